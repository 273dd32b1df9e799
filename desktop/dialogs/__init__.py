"""Dialogs: the initiative form, the first-run screen, the About box."""
