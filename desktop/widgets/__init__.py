"""Small widgets the pages share: progress bars in tables, charts, unit pickers, dates."""
