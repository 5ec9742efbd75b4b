"""`python -m checkin`: the same as the `checkin` command."""

import sys

from checkin.cli import main

sys.exit(main())
