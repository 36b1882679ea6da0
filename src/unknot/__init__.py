"""Unknot: a desktop coach for self myofascial release."""

__version__ = "0.1.0"
