"""The main window with its frame, placement, dialogs, start-up notices and watches."""
