"""The freshness room."""
