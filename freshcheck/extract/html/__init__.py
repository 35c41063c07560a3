"""The extract/html room."""
