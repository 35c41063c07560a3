"""``python -m freshcheck`` runs the command line."""

from freshcheck.cli import main

main()
