"""`python -m tracker ...`: the command line (see tracker/cli.py)."""

import sys

from .cli import main

if __name__ == "__main__":
    sys.exit(main())
