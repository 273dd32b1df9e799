"""The pages of the main window; desktop/views/registry.py lists them and says how to add one."""
