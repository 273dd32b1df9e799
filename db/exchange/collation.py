"""Vietnamese alphabetical order: moved to db/collation.py (beside the stored sort key), named
here still for the Excel template's list of fields."""

from db.collation import vietnamese_key

__all__ = ["vietnamese_key"]
