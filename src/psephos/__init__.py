"""psephos: an open, reproducible engine for UK Westminster election results."""

from __future__ import annotations

__version__ = "0.1.0"
