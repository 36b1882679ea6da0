"""The technique guide: how to work every area, browsed outside a session."""
