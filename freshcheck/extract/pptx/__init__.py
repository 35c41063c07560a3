"""The extract/pptx room."""
