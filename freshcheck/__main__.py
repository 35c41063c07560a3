"""``python -m freshcheck`` runs the command line."""

from freshcheck.cli.app import main

main()
