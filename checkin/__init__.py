"""checkin: an offline registration desk for conferences."""

__version__ = "0.1.0"  # the one place: pyproject.toml reads it, the About box shows it
