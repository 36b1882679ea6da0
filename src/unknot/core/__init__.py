"""The method as plain Python: areas, tools, plans, the hold timer, streaks.

Only the standard library is imported here (tests/core/test_layering.py checks),
so all of it runs and is tested without a display or a database.
"""
