"""The scan/cache room."""
