"""The messaging room."""
