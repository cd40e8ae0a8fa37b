"""Desk: the front-desk etiquette and safety console."""

__version__ = "0.1.0"
