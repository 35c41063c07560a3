"""The extract/docx room."""
