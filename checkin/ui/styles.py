"""Looks shared by every screen and dialog, so an error reads the same everywhere."""

ERROR_HEX = "#b00020"  # dark red: readable on white, and never the only sign of an error
ERROR_STYLE = f"color: {ERROR_HEX}; font-weight: bold;"
