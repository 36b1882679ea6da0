"""The voice coach: its speaking and its offer at the first session."""
