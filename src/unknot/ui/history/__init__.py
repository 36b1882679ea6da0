"""The history in the window: its one service, its one read model, backups and restore."""
