"""Unknot: a desktop coach for self myofascial release."""

from unknot.source_reads import spare_source_reads

__version__ = "0.1.0"

# Before anything of Unknot's imports PySide: see unknot.source_reads.
spare_source_reads()
