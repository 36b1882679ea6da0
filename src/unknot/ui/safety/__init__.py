"""The safety check and the warning signs that say when to stop."""
