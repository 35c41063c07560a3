"""The extract/markdown room."""
