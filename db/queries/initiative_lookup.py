"""What the window says right after a save: the new initiative's registration number, and its
rowid so the list can select its row."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import literal_column, select
from sqlalchemy.orm import Session

from db.models import Initiative


@dataclass(frozen=True)
class SavedInitiative:
    rowid: int
    reg_no: str


def saved_initiative(session: Session, initiative_id: str) -> SavedInitiative | None:
    row = session.execute(
        select(literal_column("initiatives.rowid"), Initiative.reg_no).where(
            Initiative.id == initiative_id
        )
    ).first()
    return SavedInitiative(int(row[0]), row[1] or "") if row else None
