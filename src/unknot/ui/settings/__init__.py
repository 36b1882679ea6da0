"""Edit > Settings, with the voice coach's part of it."""
