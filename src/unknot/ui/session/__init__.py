"""The guided session on screen: the screen, the hold page and its parts, the summary."""
