"""Files the app reads and writes besides the event file: what may be touched, and how."""
