"""Small widgets the pages and dialogs share (unit tree picker, optional date edit)."""
