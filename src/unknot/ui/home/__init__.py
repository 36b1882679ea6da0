"""The home screen: the body map, today's plan and the saved routines."""
