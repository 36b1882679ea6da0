"""Reaching the person outside the window: tray icon, daily reminder, hold-end notice."""
