"""The programme's phases by code (GD1, GD2), as the command line and filters name them."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.messages import Message
from db.models import Phase


class UnknownPhase(LookupError):
    def __init__(self, code: str, known: list[str]) -> None:
        super().__init__(Message("lookup.unknown_phase", code=code, known=", ".join(known)))
        self.code = code


def phase_id_by_code(session: Session, code: str) -> str:
    """The id of the phase with this code (case and spaces ignored); UnknownPhase if none."""
    phase_id = session.scalar(select(Phase.id).where(Phase.code == code.strip().upper()))
    if phase_id is None:
        raise UnknownPhase(code, list(session.scalars(select(Phase.code).order_by(Phase.code))))
    return phase_id
