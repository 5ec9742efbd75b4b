"""`python -m checkin` (and the frozen bundle's entry point): the same as `checkin`."""

import sys

from checkin.cli import main

if __name__ == "__main__":
    sys.exit(main())
