"""The extract/pdf room."""
