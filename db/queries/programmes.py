"""Programmes (phong trào thi đua): listing, choosing the one a screen shows, defining a new one
with its phases and targets, and changing its fields.

A programme belongs to the unit whose node defined it (the root for the whole union; a union may
run its own for its subtree) and only that node changes it. An initiative counts toward every
programme whose window holds its registration date and whose owner's subtree holds its unit.
"""

from __future__ import annotations

import datetime as dt
import itertools
import re
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from db.changes import RecordWriter
from db.messages import Message
from db.models import Initiative, Phase, Programme, ProgrammeOverride, Target, Unit
from db.node import this_node
from db.queries.programme_dates import ProgrammeChoice, pick_default
from db.queries.targets import node_unit_id, set_target
from db.queries.units import subtree_ids, subtree_ids_select
from db.validation import Problem, raise_if

COUNTS = ("registered", "recognised")  # what a programme counts
CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9._-]{1,31}$")
PHASE_CODE_PATTERN = re.compile(r"^[A-Z0-9][A-Z0-9._-]{0,15}$")
EDITABLE = ("name", "starts_on", "ends_on", "counts", "certificate_wording")


class UnknownProgramme(LookupError):
    def __init__(self, code: str, known: list[str]) -> None:
        listed = ", ".join(known) or Message("lookup.no_programmes")
        super().__init__(Message("lookup.unknown_programme", code=code, known=listed))
        self.code = code


@dataclass
class PhaseDraft:
    code: str
    name: str
    starts_on: dt.date | None
    ends_on: dt.date | None


@dataclass
class ProgrammeDraft:
    """A programme as a person or a JSON file describes it, before it is checked and written."""

    code: str
    name: str
    starts_on: dt.date | None
    ends_on: dt.date | None
    counts: str = "registered"
    certificate_wording: str | None = None
    owner_code: str | None = None  # this node's unit when None
    phases: list[PhaseDraft] = field(default_factory=list)
    targets: dict[str, dict[str, Any]] = field(default_factory=dict)  # unit code -> phase -> n


# ---- reading -------------------------------------------------------------------------------------


def live_programmes(session: Session) -> list[Programme]:
    """Every programme, the oldest first."""
    query = select(Programme).where(Programme.deleted.is_(False))
    return list(session.scalars(query.order_by(Programme.starts_on, Programme.code)))


def programme_by_code(session: Session, code: str) -> Programme:
    wanted = (code or "").strip().upper()
    programme = session.scalar(
        select(Programme).where(Programme.code == wanted, Programme.deleted.is_(False))
    )
    if programme is None:
        raise UnknownProgramme(code, [p.code for p in live_programmes(session)])
    return programme


def default_programme(session: Session, day: dt.date | None = None) -> Programme | None:
    """The programme running on `day` (today), else the latest begun by then, else the first."""
    return pick_default(live_programmes(session), day or dt.date.today())


def programme_choices(session: Session) -> list[ProgrammeChoice]:
    """Every programme, oldest first, for the dashboard's and the units page's pickers (the same
    reading as the window's first paint, db.queries.first_look, through this session)."""
    from db.compiled import SessionReader
    from db.queries.programme_dates import programme_choices_of

    return programme_choices_of(SessionReader(session))


def target_units(session: Session, owner_unit_id: str | None) -> list[tuple[str, str]]:
    """(code, name) of the active units directly below the owner: those a programme's targets
    are given to (the unions, for the root)."""
    query = select(Unit.code, Unit.name).where(
        Unit.parent_id == owner_unit_id, Unit.deleted.is_(False), Unit.active.is_(True)
    )
    return [(code, name) for code, name in session.execute(query.order_by(Unit.code))]


def programme_phases(session: Session, programme_id: str) -> list[Phase]:
    query = select(Phase).where(Phase.programme_id == programme_id, Phase.deleted.is_(False))
    return list(session.scalars(query.order_by(Phase.starts_on, Phase.code)))


def programme_targets(session: Session, programme_id: str) -> dict[str, dict[str, int]]:
    """unit id -> phase id -> the unit's own target in this programme."""
    query = (
        select(Target.unit_id, Target.phase_id, Target.target)
        .join(Phase, Phase.id == Target.phase_id)
        .where(Phase.programme_id == programme_id, Target.deleted.is_(False))
    )
    targets: dict[str, dict[str, int]] = {}
    for unit_id, phase_id, value in session.execute(query):
        targets.setdefault(unit_id, {})[phase_id] = value
    return targets


def overrides_of(session: Session, programme: Programme) -> tuple[list[str], list[str]]:
    """(included, excluded) initiative ids: the live overrides that name the programme's owner."""
    rows = session.execute(
        select(ProgrammeOverride.initiative_id, ProgrammeOverride.included).where(
            ProgrammeOverride.programme_id == programme.id,
            ProgrammeOverride.unit_id == programme.owner_unit_id,
            ProgrammeOverride.deleted.is_(False),
        )
    )
    included: list[str] = []
    excluded: list[str] = []
    for initiative_id, is_included in rows:
        (included if is_included else excluded).append(initiative_id)
    return included, excluded


def initiatives_counting(
    session: Session, programme: Programme, initiative_ids: list[str]
) -> list[str]:
    """Those of `initiative_ids` (in their order) that count toward `programme`: in its window
    and units (by recognition date for a programme counting recognitions), or counted in by an
    override, and not left out by one."""
    included, excluded = overrides_of(session, programme)
    units = subtree_ids_select(programme.owner_unit_id)
    date = (
        Initiative.recognised_on if programme.counts == "recognised" else Initiative.registered_on
    )
    in_window = date.between(programme.starts_on, programme.ends_on)
    if included:
        in_window = or_(in_window, Initiative.id.in_(included))
    counting: set[str] = set()
    for start in range(0, len(initiative_ids), 900):
        chunk = initiative_ids[start : start + 900]
        query = select(Initiative.id).where(
            Initiative.id.in_(chunk), in_window, Initiative.unit_id.in_(units)
        )
        counting.update(session.scalars(query))
    counting.difference_update(excluded)
    return [i for i in initiative_ids if i in counting]


def programme_as_json(session: Session, programme: Programme) -> dict[str, Any]:
    owner = session.get(Unit, programme.owner_unit_id)
    phases = programme_phases(session, programme.id)
    codes = {u.id: u.code for u in session.scalars(select(Unit))}
    targets = programme_targets(session, programme.id)
    phase_codes = {p.id: p.code for p in phases}
    return {
        "code": programme.code,
        "name": programme.name,
        "starts_on": programme.starts_on.isoformat(),
        "ends_on": programme.ends_on.isoformat(),
        "counts": programme.counts,
        "certificate_wording": programme.certificate_wording,
        "owner": owner.code if owner else None,
        "phases": [
            {
                "code": p.code,
                "name": p.name,
                "starts_on": p.starts_on.isoformat(),
                "ends_on": p.ends_on.isoformat(),
            }
            for p in phases
        ],
        "targets": {
            codes.get(unit_id, unit_id): {
                phase_codes[pid]: n for pid, n in sorted(by_phase.items()) if pid in phase_codes
            }
            for unit_id, by_phase in sorted(targets.items(), key=lambda kv: codes.get(kv[0], ""))
        },
    }


# ---- a draft from JSON ---------------------------------------------------------------------------


def _date(value: Any, problems: list[Problem], where: str) -> dt.date | None:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        for form in ("%Y-%m-%d", "%d/%m/%Y"):
            try:
                return dt.datetime.strptime(value.strip(), form).date()
            except ValueError:
                continue
    said = Message("programme.bad_date", where=where, value=value)
    problems.append(Problem.said(where, "bad_date", said))
    return None


def draft_from_json(data: Any) -> ProgrammeDraft:
    """A draft from the JSON `programme add` reads (`programme show --json` prints the same)."""
    problems: list[Problem] = []
    if not isinstance(data, dict):
        raise_if([_problem("file", "programme.not_object")])
    phases = []
    for raw in data.get("phases") or []:
        raw = raw if isinstance(raw, dict) else {}
        phases.append(
            PhaseDraft(
                str(raw.get("code") or "").strip().upper(),
                str(raw.get("name") or "").strip(),
                _date(raw.get("starts_on"), problems, "phases.starts_on"),
                _date(raw.get("ends_on"), problems, "phases.ends_on"),
            )
        )
    draft = ProgrammeDraft(
        code=str(data.get("code") or "").strip().upper(),
        name=str(data.get("name") or "").strip(),
        starts_on=_date(data.get("starts_on"), problems, "starts_on"),
        ends_on=_date(data.get("ends_on"), problems, "ends_on"),
        counts=str(data.get("counts") or "registered"),
        certificate_wording=(data.get("certificate_wording") or None),
        owner_code=data.get("owner") or None,
        phases=phases,
        targets=_targets_from_json(data.get("targets") or {}, phases),
    )
    raise_if(problems)
    return draft


def _targets_from_json(raw: Any, phases: list[PhaseDraft]) -> dict[str, dict[str, Any]]:
    """{unit: {phase: n}}; a bare number with a one-phase programme is that phase's target."""
    if not isinstance(raw, dict):
        return {"?": {"?": raw}}
    targets: dict[str, dict[str, Any]] = {}
    for unit, value in raw.items():
        if isinstance(value, dict):
            targets[str(unit).strip().upper()] = {str(k).upper(): v for k, v in value.items()}
        elif len(phases) == 1:
            targets[str(unit).strip().upper()] = {phases[0].code: value}
        else:
            targets[str(unit).strip().upper()] = {"*": value}
    return targets


# ---- checking ------------------------------------------------------------------------------------


def _problem(field_name: str, said: str, kind: str = "invalid", /, **params: Any) -> Problem:
    """A problem whose words are the catalogue's message `said` (db/messages.py)."""
    return Problem.said(field_name, kind, Message(said, **params))


def draft_problems(session: Session, draft: ProgrammeDraft) -> list[Problem]:
    """Everything wrong with a new programme, all at once."""
    problems = _identity_problems(session, draft) + _window_problems(draft)
    problems += _phase_problems(session, draft)
    owner_id = _owner_id(session, draft, problems)
    if owner_id is not None:
        problems += _target_problems(session, draft, owner_id)
    return problems


def _identity_problems(session: Session, draft: ProgrammeDraft) -> list[Problem]:
    problems = []
    if not CODE_PATTERN.match(draft.code):
        problems.append(_problem("code", "programme.bad_code", code=draft.code))
    elif session.scalar(select(Programme.id).where(Programme.code == draft.code)):
        problems.append(_problem("code", "programme.code_taken", "exists", code=draft.code))
    if not draft.name:
        problems.append(_problem("name", "programme.no_name"))
    if draft.counts not in COUNTS:
        problems.append(_problem("counts", "programme.bad_counts", counts=draft.counts))
    return problems


def _window_problems(draft: ProgrammeDraft) -> list[Problem]:
    starts, ends = draft.starts_on, draft.ends_on
    if starts is None or ends is None:
        return [_problem("starts_on", "programme.no_window")]
    if ends < starts:
        return [_problem("ends_on", "programme.ends_before_start", ends=ends, starts=starts)]
    return []


def _phase_problems(session: Session, draft: ProgrammeDraft) -> list[Problem]:
    if not draft.phases:
        return [_problem("phases", "programme.no_phase")]
    problems: list[Problem] = []
    seen: set[str] = set()
    for phase in draft.phases:
        problems += _one_phase_problems(session, draft, phase, seen)
    dated = sorted(
        (p for p in draft.phases if p.starts_on and p.ends_on), key=lambda p: p.starts_on
    )
    for before, after in itertools.pairwise(dated):
        if after.starts_on <= before.ends_on:
            problems.append(
                _problem(
                    "phases",
                    "programme.phases_overlap",
                    "overlap",
                    before=before.code,
                    before_start=before.starts_on,
                    before_end=before.ends_on,
                    after=after.code,
                    after_start=after.starts_on,
                    after_end=after.ends_on,
                )
            )
    return problems


def _one_phase_problems(
    session: Session, draft: ProgrammeDraft, phase: PhaseDraft, seen: set[str]
) -> list[Problem]:
    problems = []
    if not PHASE_CODE_PATTERN.match(phase.code):
        problems.append(_problem("phases", "programme.bad_phase_code", code=phase.code))
    elif phase.code in seen or session.scalar(select(Phase.id).where(Phase.code == phase.code)):
        problems.append(
            _problem(
                "phases",
                "programme.phase_code_taken",
                "exists",
                code=phase.code,
                example=f"{draft.code}-1",
            )
        )
    seen.add(phase.code)
    if not phase.name:
        problems.append(_problem("phases", "programme.no_phase_name"))
    if phase.starts_on is None or phase.ends_on is None:
        return [
            *problems,
            _problem("phases", "programme.no_phase_dates"),
        ]
    if phase.ends_on < phase.starts_on:
        problems.append(_problem("phases", "programme.phase_ends_before_start", code=phase.code))
    if (
        draft.starts_on
        and draft.ends_on
        and not (draft.starts_on <= phase.starts_on and phase.ends_on <= draft.ends_on)
    ):
        problems.append(
            _problem(
                "phases",
                "programme.phase_outside_window",
                "outside_window",
                code=phase.code,
                starts=phase.starts_on,
                ends=phase.ends_on,
                window_start=draft.starts_on,
                window_end=draft.ends_on,
            )
        )
    return problems


def _owner_id(session: Session, draft: ProgrammeDraft, problems: list[Problem]) -> str | None:
    node = this_node(session)
    own = node_unit_id(session, node)
    if draft.owner_code:
        owner = session.scalar(select(Unit.id).where(Unit.code == draft.owner_code.upper()))
        if owner != own:
            problems.append(
                _problem(
                    "owner",
                    "programme.not_owner_node",
                    "not_authorised",
                    own=node.unit_code,
                    owner=draft.owner_code,
                )
            )
            return None
    return own


def whole_target(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _target_problems(session: Session, draft: ProgrammeDraft, owner_id: str) -> list[Problem]:
    problems: list[Problem] = []
    phase_codes = {p.code for p in draft.phases}
    in_scope = set(subtree_ids(session, owner_id))
    units = {u.code: u.id for u in session.scalars(select(Unit).where(Unit.deleted.is_(False)))}
    for unit_code, by_phase in draft.targets.items():
        if units.get(unit_code) not in in_scope:
            problems.append(
                _problem(
                    "targets",
                    "programme.target_unknown_unit",
                    "unknown_unit",
                    unit=unit_code,
                )
            )
        for phase_code, value in by_phase.items():
            if phase_code not in phase_codes:
                problems.append(
                    _problem(
                        "targets",
                        "programme.target_unknown_phase",
                        "unknown_phase",
                        unit=unit_code,
                        phase=phase_code,
                    )
                )
            if not whole_target(value):
                problems.append(target_problem(unit_code, value))
    return problems


def target_problem(unit_code: str, value: Any) -> Problem:
    return _problem(
        "targets",
        "programme.target_range",
        "target_range",
        unit=unit_code,
        value=repr(value),
    )


# ---- writing -------------------------------------------------------------------------------------


def add_programme(session: Session, draft: ProgrammeDraft, actor: str = "") -> Programme:
    """Write a new programme with its phases and targets (ValidationFailed, nothing written)."""
    problems = draft_problems(session, draft)
    raise_if(problems)
    owner_id = _owner_id(session, draft, [])
    writer = RecordWriter(session, actor)
    programme = writer.create(
        Programme,
        code=draft.code,
        name=draft.name,
        starts_on=draft.starts_on,
        ends_on=draft.ends_on,
        counts=draft.counts,
        certificate_wording=(draft.certificate_wording or draft.name),
        owner_unit_id=owner_id,
    )
    phase_ids = {}
    for phase in sorted(draft.phases, key=lambda p: p.starts_on):
        row = writer.create(
            Phase,
            code=phase.code,
            name=phase.name,
            starts_on=phase.starts_on,
            ends_on=phase.ends_on,
            programme_id=programme.id,
        )
        phase_ids[phase.code] = row.id
    units = {u.code: u.id for u in session.scalars(select(Unit))}
    for unit_code, by_phase in sorted(draft.targets.items()):
        for phase_code, value in sorted(by_phase.items()):
            set_target(session, units[unit_code], phase_ids[phase_code], value, actor)
    return programme


def update_programme(
    session: Session, code: str, changes: dict[str, str], actor: str = ""
) -> Programme:
    """`programme set CODE field=value`: change the programme's own fields (not its phases)."""
    programme = programme_by_code(session, code)
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for name, raw in changes.items():
        if name not in EDITABLE:
            problems.append(
                _problem(
                    name,
                    "programme.not_settable",
                    field=name,
                    settable=", ".join(EDITABLE),
                )
            )
        elif name in ("starts_on", "ends_on"):
            values[name] = _date(raw, problems, name)
        else:
            values[name] = raw.strip() or None
    merged = ProgrammeDraft(
        code=programme.code,
        name=values.get("name", programme.name) or "",
        starts_on=values.get("starts_on", programme.starts_on),
        ends_on=values.get("ends_on", programme.ends_on),
        counts=values.get("counts", programme.counts) or "",
        phases=[
            PhaseDraft(p.code, p.name, p.starts_on, p.ends_on)
            for p in programme_phases(session, programme.id)
        ],
    )
    problems += _owner_problems(session, programme)
    problems += [p for p in _identity_problems(session, merged) if p.field != "code"]
    problems += _window_problems(merged)
    problems += [
        p
        for phase in merged.phases
        for p in _one_phase_problems(session, merged, phase, set())
        if p.code == "outside_window"
    ]
    raise_if(problems)
    RecordWriter(session, actor).update(programme, **values)
    return programme


def _owner_problems(session: Session, programme: Programme) -> list[Problem]:
    node = this_node(session)
    if node_unit_id(session, node) == programme.owner_unit_id:
        return []
    return [
        _problem(
            "owner",
            "programme.owner_only",
            "not_authorised",
            code=programme.code,
        )
    ]


def scaled_targets(session: Session, source_code: str, factor: float) -> dict[str, int]:
    """unit code -> the unit's whole target in another programme times `factor`, rounded."""
    source = programme_by_code(session, source_code)
    codes = {u.id: u.code for u in session.scalars(select(Unit))}
    totals = {
        codes[unit_id]: round(sum(by_phase.values()) * factor)
        for unit_id, by_phase in programme_targets(session, source.id).items()
        if unit_id in codes
    }
    return dict(sorted(totals.items()))


def split_over_phases(total: int, phases: list[PhaseDraft]) -> dict[str, int]:
    """A unit's whole target shared over the phases in proportion to their length (sums to it)."""
    lengths = [max((p.ends_on - p.starts_on).days + 1, 1) for p in phases]
    whole = sum(lengths)
    parts = [total * n // whole for n in lengths]
    parts[-1] += total - sum(parts)
    return {p.code: n for p, n in zip(phases, parts, strict=True)}


def parse_pasted_column(text: str) -> list[int | None]:
    """A column copied from Excel: one number a line ('1.200', '1,200', blank = None).

    ValueError naming the line for anything that is not a whole number, 0 or more.
    """
    values: list[int | None] = []
    for number, line in enumerate(text.splitlines(), start=1):
        cell = line.split("\t")[-1].strip().replace(".", "").replace(",", "").replace(" ", "")
        if not cell:
            values.append(None)
            continue
        if not cell.isdigit():
            raise ValueError(Message("lookup.not_a_whole_number", number=number, line=line.strip()))
        values.append(int(cell))
    return values
