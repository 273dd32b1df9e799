"""What one cell of the initiatives table shows, without SQLAlchemy: the table's model
(desktop.models.initiative_table) and the window's first rows (desktop.views.first_rows, painted
before SQLAlchemy is loaded) write every cell through this one function."""

from __future__ import annotations

from typing import Any

from db.vocab import SOLUTION_TYPE, STATUS
from desktop.formatting import format_date, format_money


def cell_text(row: Any, key: str, language: str) -> str:
    """What one cell shows, in the person's language (`row`: a browse row, or a first-look row)."""
    if key == "status":
        return STATUS.label(row.status, language)
    if key == "solution_type":
        return SOLUTION_TYPE.label(row.solution_type, language)
    if key in ("registered_on", "first_applied_on"):
        return format_date(getattr(row, key))
    if key == "benefit":
        return format_money(row.benefit_value, row.benefit_currency or "VND")
    if key == "unit":
        return row.unit_code
    return str(getattr(row, key) or "")
