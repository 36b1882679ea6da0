"""The progress page: calendar, weekly bars, week strip, tables of sessions and spots."""
