"""The Qt widgets: they call the core and the store, never the other way round."""
