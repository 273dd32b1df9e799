"""What `initiative list` reads without a search, as builders for db.compiled (issue 13): the
rows of the page the person asked for, their count, and for `--json` their records. Importing
this module loads no SQLAlchemy: each builder imports it inside (db/compiled.py)."""

from __future__ import annotations

from typing import Any


def _filter(unit_id: str | None, phase_id: str | None, status: str | None, deleted: bool) -> Any:
    from db.queries.filters import InitiativeFilter

    return InitiativeFilter(
        unit_id=unit_id, phase_id=phase_id, status=status, include_deleted=deleted
    )


def unit_id_by_code(code: str) -> Any:
    from sqlalchemy import select

    from db.models import Unit

    return select(Unit.id).where(Unit.code == code)


def phase_id_by_code(code: str) -> Any:
    from sqlalchemy import select

    from db.models import Phase

    return select(Phase.id).where(Phase.code == code)


def _page(query: Any, limit: int) -> Any:
    from db.models import Initiative

    query = query.order_by(Initiative.registered_on, Initiative.reg_no)
    return query.limit(limit) if limit else query


def listed_rows(
    unit_id: str | None, phase_id: str | None, status: str | None, deleted: bool, limit: int
) -> Any:
    """The table of `initiative list`: number, status, unit code, title."""
    return table_rows(_filter(unit_id, phase_id, status, deleted), limit)


def listed_records(
    unit_id: str | None, phase_id: str | None, status: str | None, deleted: bool, limit: int
) -> Any:
    """The initiatives of `initiative list --json`, every column of their records."""
    from db.queries.filters import apply_filter
    from db.queries.initiative_show import initiative_columns

    query = initiative_columns()
    return _page(apply_filter(query, _filter(unit_id, phase_id, status, deleted)), limit)


def listed_count(
    unit_id: str | None, phase_id: str | None, status: str | None, deleted: bool
) -> Any:
    return counted(_filter(unit_id, phase_id, status, deleted))


# ---- any filter, a search too (read through a session, streamed) ------------------------------


def table_rows(f: Any, limit: int) -> Any:
    """Number, status, unit code and title of the initiatives a filter finds (a search's best
    matches first), in registration order."""
    from sqlalchemy import select

    from db.models import Initiative, Unit
    from db.queries.filters import apply_filter, ranked

    columns = (Initiative.reg_no, Initiative.status, Unit.code, Initiative.title)
    query = select(*columns).outerjoin(Unit, Unit.id == Initiative.unit_id)
    return _page(ranked(apply_filter(query, f), f), limit)


def records(f: Any, limit: int) -> Any:
    """The initiatives a filter finds, as ORM objects, in the order of `table_rows`."""
    from sqlalchemy import select

    from db.models import Initiative
    from db.queries.filters import apply_filter, ranked

    return _page(ranked(apply_filter(select(Initiative), f), f), limit)


def counted(f: Any) -> Any:
    """How many initiatives a filter finds, as one row with `count`."""
    from sqlalchemy import func, select

    from db.models import Initiative
    from db.queries.filters import apply_filter

    query = apply_filter(select(Initiative.id), f)
    return select(func.count().label("count")).select_from(query.subquery())
