"""Registration numbers `{UNIT}-{YYYY}-{series}{NNNN}` that never collide, even when several nodes
register for one unit without talking to each other (issue 10, finding 13).

Every node hands out numbers only in its own series, so two nodes can never make the same one:

- **the unit's primary series** (no tag: `VSP-MSP1-2023-0001`) belongs to one node only: the
  first PC its parent enrolled for that unit (`sangkien enroll VSP-MSP1`, then `init --from`),
  or a root node (headquarters, which nobody enrols);
- **a letter series** (`VSP-MSP1-2023-B0001`, then C, D, …) for a PC enrolled for a unit whose
  primary series is already in use in numbers the enrolling node holds but did not hand out
  itself (a site first enrolled by its union, enrolled again by headquarters). A PC that
  replaces one the same parent enrolled continues that PC's series after the numbers held there:
  the enrolment retires the old PC at once (its packages are refused from then on), so numbers
  it made and never sent can never enter any register. The series travels in the setup package
  (`enrolment.reg_series`) and is kept in the parent's enrolment record;
- **a machine series** (`VSP-MSP1-2023-M1A2B3C-0001`: "M" and six hex digits of the node id)
  for a PC set up for its unit without a setup package (the first-run screen, `init --unit`),
  which cannot know what its parent holds, and for numbers a node gives on another unit's
  behalf (headquarters registering for a site) once a PC may be numbering for that unit: one was
  enrolled for it here, a node we know serves it or a unit above it (and may enrol one), or a
  primary number of it held here came from another node. Until then the registering node is the
  only one numbering for that unit and uses the primary series; a PC enrolled for it later gets
  the next letter series (the parent holds those primary numbers).

Within a series the next number is one past the highest of that unit, year and series held here,
deleted rows included (a reinstalled site that got its records back continues after them).
Nodes made before this rule (series NULL) keep numbering in the primary series everywhere.
"""

from __future__ import annotations

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session

from db.models import Initiative, KnownNode, LocalSetting, NodeIdentity, Unit
from db.postgres.sql import glob, not_glob

LETTERS = "BCDEFGHJKLNPQRSTUVWXYZ"  # no A (the primary comes first), I, O (1, 0) nor M (machine)
PRIMARY = ""


def machine_series(node_id: str) -> str:
    return f"M{node_id[:6].upper()}-"


def standalone_series(node: NodeIdentity, has_parent_unit: bool) -> str:
    """The series of a node set up without a setup package: primary for a root, else its own."""
    return machine_series(node.node_id) if has_parent_unit else PRIMARY


def series_for(session: Session, node: NodeIdentity | None, unit_code: str) -> str:
    """The series this node numbers `unit_code`'s initiatives in."""
    if node is None or node.reg_series is None:
        return PRIMARY  # a node from before the rule: as it always did
    if unit_code == node.unit_code:
        return node.reg_series
    if _primary_free_for_us(session, node, unit_code):
        return PRIMARY
    return machine_series(node.node_id)


def _primary_free_for_us(session: Session, node: NodeIdentity, unit_code: str) -> bool:
    """On another unit's behalf, the primary series is ours while no PC can be numbering there:
    none was enrolled for the unit here, no node we know serves it or a unit above it (that node
    may enrol one), and no primary number of the unit held here came from another node."""
    from db.unit_authority import ancestor_ids

    unit = session.scalar(select(Unit).where(Unit.code == unit_code))
    if unit is None:
        return False
    children = session.execute(select(KnownNode.unit_code).where(KnownNode.relation != "parent"))
    codes = {code for (code,) in children} | {code for _at, code in _enrolled_units(session)}
    above = set(ancestor_ids(session, unit.id))  # the unit itself and every unit above it
    if codes and session.scalar(select(Unit.id).where(Unit.code.in_(codes), Unit.id.in_(above))):
        return False
    return not _primary_numbers_from_others(session, node, unit_code)


def _enrolled_units(session: Session) -> list[tuple[str, str]]:
    settings = session.scalars(
        select(LocalSetting).where(LocalSetting.key.like("sync.enrolment.%"))
    ).all()
    return [
        (str(s.value.get("at", "")), str(s.value.get("unit_code")))
        for s in settings
        if isinstance(s.value, dict)
    ]


def _primary_numbers_from_others(session: Session, node: NodeIdentity, unit_code: str) -> bool:
    pattern = _glob_literal(f"{unit_code}-") + "[0-9][0-9][0-9][0-9]-[0-9]*"
    stamps = session.scalars(select(Initiative.hlc).where(glob(Initiative.reg_no, pattern)))
    return any(not (stamp or "").endswith(node.node_id) for stamp in stamps)


def _glob_literal(text: str) -> str:
    return "".join(f"[{c}]" if c in "*?[]" else c for c in text)


def next_reg_no(session: Session, unit_code: str, year: int) -> str:
    """The next number of `unit_code` and `year` in this node's series."""
    node = session.scalar(select(NodeIdentity))
    prefix = f"{unit_code}-{year:04d}-{series_for(session, node, unit_code)}"
    number = cast(func.substr(Initiative.reg_no, len(prefix) + 1), Integer)
    highest = session.scalar(
        select(func.max(number)).where(
            glob(Initiative.reg_no, _glob_literal(prefix) + "[0-9]*"),
            not_glob(func.substr(Initiative.reg_no, len(prefix) + 1), "*[^0-9]*"),
        )
    )
    return f"{prefix}{(highest or 0) + 1:04d}"


# ---- at the parent, when enrolling a PC ------------------------------------------------------------


def series_of_number(reg_no: str, unit_code: str) -> str | None:
    """The primary ("") or letter series of a number of `unit_code`; None for machine series."""
    size = len(unit_code)
    year, dash = reg_no[size + 1 : size + 5], reg_no[size + 5 : size + 6]
    if not (reg_no.startswith(unit_code + "-") and year.isdigit() and dash == "-"):
        return None
    rest = reg_no[size + 6 :]
    if rest[:1].isdigit():
        return PRIMARY
    if rest[:1] in LETTERS and rest[:1] and rest[1:].isdigit():
        return rest[:1]
    return None


def _series_given(session: Session, unit_code: str) -> list[tuple[str, str]]:
    """(when, series) of the enrolments of `unit_code` issued here, oldest first."""
    settings = session.scalars(
        select(LocalSetting).where(LocalSetting.key.like("sync.enrolment.%"))
    ).all()
    return sorted(
        (str(s.value.get("at", "")), s.value["reg_series"])
        for s in settings
        if isinstance(s.value, dict)
        and s.value.get("unit_code") == unit_code
        and isinstance(s.value.get("reg_series"), str)
    )


def next_enrolment_series(session: Session, unit_code: str) -> str:
    """The series for a new PC of `unit_code`. A PC this node enrolled before for the unit is
    retired by the new enrolment (its packages are refused here from now on, so its unsent
    numbers can never enter a register): the new PC continues that series, after the numbers
    held here. Otherwise the first series that no number of the unit held here uses (primary
    first, then B, C, …): a unit enrolled before by another node (a union) keeps its numbers."""
    given = _series_given(session, unit_code)
    if given:
        return given[-1][1]
    numbers = session.scalars(
        select(Initiative.reg_no).where(Initiative.reg_no.like(f"{unit_code}-%"))
    )
    used = {series_of_number(n, unit_code) for n in numbers}
    for series in (PRIMARY, *LETTERS):
        if series not in used:
            return series
    return f"{LETTERS[-1]}{len(used)}-"  # beyond Z: never reached in practice, still distinct
