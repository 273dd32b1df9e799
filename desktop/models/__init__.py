"""Qt item models over db/ queries (the views never run SQL themselves)."""
