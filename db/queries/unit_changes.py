"""Units grow: a parent adds a unit below it (a new rig), changes its details, deactivates it.

Only this node's own unit and the units below it may be changed (the rule of
db.queries.targets.can_edit_unit, which the sync applies to packages too). A rename keeps the
old name in the unit's history: db.queries.targets.rename_unit.
"""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.messages import Message
from db.models import Unit
from db.node import this_node
from db.queries.targets import can_edit_unit, node_unit_id
from db.validation import Problem, missing_record, raise_if
from db.vocab import SITE_TYPE, UNIT_LEVEL

UNIT_CODE = re.compile(r"^[A-Z0-9][A-Z0-9._-]{1,31}$")
DETAILS = ("short_name", "site_type", "cluster", "member_count")


def _authority(session: Session, unit_id: str, what: Message) -> list[Problem]:
    node = this_node(session)
    if can_edit_unit(session, node, unit_id):
        return []
    return [
        Problem.said(
            "parent_id",
            "not_authorised",
            Message("validation.unit_may_not", own=node.unit_code, what=what),
        )
    ]


def _detail_problems(values: dict[str, Any]) -> list[Problem]:
    problems = []
    site_type = values.get("site_type")
    if site_type and site_type not in SITE_TYPE:
        problems.append(
            Problem.said(
                "site_type",
                "unknown_code",
                Message(
                    "validation.unknown_site_type",
                    value=site_type,
                    codes=", ".join(SITE_TYPE.codes()),
                ),
            )
        )
    members = values.get("member_count", 0)
    if isinstance(members, bool) or not isinstance(members, int) or members < 0:
        problems.append(
            Problem.said(
                "member_count", "range", Message("validation.member_count", value=repr(members))
            )
        )
    return problems


def add_unit(session: Session, parent_id: str, values: dict[str, Any], actor: str = "") -> Unit:
    """A new unit below `parent_id`: code, name, short_name, level, site_type, cluster,
    member_count. ValidationFailed (nothing written) for a taken code or a wrong value."""
    code = str(values.get("code") or "").strip().upper()
    name = str(values.get("name") or "").strip()
    level = values.get("level") or ("site" if values.get("site_type") else "base")
    parent = session.get(Unit, parent_id)
    problems = [] if parent else [missing_record("parent_id", "what.parent", "")]
    if parent is not None:
        problems += _authority(session, parent_id, Message("unit.add_here"))
    if not UNIT_CODE.match(code):
        problems.append(
            Problem.said("code", "invalid", Message("validation.unit_code_form", code=code))
        )
    elif session.scalar(select(Unit.id).where(Unit.code == code)) is not None:
        problems.append(
            Problem.said("code", "exists", Message("validation.unit_code_taken", code=code))
        )
    if not name:
        problems.append(Problem.said("name", "required", Message("validation.unit_name")))
    if level not in UNIT_LEVEL:
        problems.append(
            Problem.said(
                "level", "unknown_code", Message("validation.unknown_unit_level", value=level)
            )
        )
    details = {"member_count": 0, **{k: values[k] for k in DETAILS if k in values}}
    problems += _detail_problems(details)
    raise_if(problems)
    return RecordWriter(session, actor).create(
        Unit,
        code=code,
        name=name,
        short_name=(details.get("short_name") or "").strip() or None,
        parent_id=parent_id,
        level=level,
        site_type=details.get("site_type") or None,
        cluster=details.get("cluster") or (parent.cluster if parent else None),
        member_count=details["member_count"],
        active=True,
    )


def edit_unit(session: Session, unit_id: str, changes: dict[str, Any], actor: str = "") -> Unit:
    """Change a unit's details (short name, site type, cluster, members); the name changes by
    rename_unit, which keeps the history."""
    unit = session.get(Unit, unit_id)
    raise_if([] if unit else [missing_record("unit_id", "what.unit", unit_id)])
    values = {k: v for k, v in changes.items() if k in DETAILS}
    problems = _authority(session, unit_id, Message("unit.change", unit=unit.code))
    raise_if(problems + _detail_problems({"member_count": unit.member_count, **values}))
    for key in ("short_name", "site_type", "cluster"):
        if key in values:
            values[key] = (values[key] or "").strip() or None
    RecordWriter(session, actor).update(unit, **values)
    return unit


def set_unit_active(session: Session, unit_id: str, active: bool, actor: str = "") -> Unit:
    """Deactivate a unit (it stays, with its records, and can be made active again)."""
    unit = session.get(Unit, unit_id)
    raise_if([] if unit else [missing_record("unit_id", "what.unit", unit_id)])
    problems = _authority(session, unit_id, Message("unit.change", unit=unit.code))
    if unit_id == node_unit_id(session, this_node(session)) and not active:
        problems.append(Problem.said("active", "own_unit", Message("validation.own_unit_active")))
    raise_if(problems)
    RecordWriter(session, actor).update(unit, active=bool(active))
    return unit
