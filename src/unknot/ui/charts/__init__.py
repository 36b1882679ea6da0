"""Painted charts: plain renderers (a QPainter and a rectangle, testable
without a window) and the widgets that show them in the progress view."""
