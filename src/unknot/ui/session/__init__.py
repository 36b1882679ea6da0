"""The parts of the guided session's screen: the actions, the hold page and the
adapter that saves through the history service."""
