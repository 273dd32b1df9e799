"""The demo after 1 triệu sáng kiến: the register of 2024–2026 and a current programme.

The register goes on after September 2023: the unions keep registering in 2024, 2025 and 2026
(to 30/11/2026), about as many a year as in the programme's busiest year. Headquarters runs a new
programme, "Sáng kiến vì người lao động 2025–2027" (NLD-2025), with a target per subordinate union
and two phases; as of December 2026 it stands about half way. Everything here comes after the
first programme's records, so its figures (3,516 / 5,400 on 14/04/2023, 7,085 at the end) stay
exactly as they were.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from db.demo.records import FINAL_BY_UNION, scaled, split_exactly, working_days
from db.reference import ROOT_CODE

if TYPE_CHECKING:
    from db.demo.records import DemoRecords

CODE = "NLD-2025"
NAME = "Sáng kiến vì người lao động 2025–2027"
WORDING = "Phong trào thi đua “Sáng kiến vì người lao động” giai đoạn 2025–2027"
WINDOW = (dt.date(2025, 1, 1), dt.date(2027, 12, 31))
PHASES = (
    ("NLD-1", "Giai đoạn 1", dt.date(2025, 1, 1), dt.date(2025, 12, 31), 2400),
    ("NLD-2", "Giai đoạn 2", dt.date(2026, 1, 1), dt.date(2027, 12, 31), 4800),
)
REGISTERED_FROM = dt.date(2024, 1, 2)
REGISTERED_UNTIL = dt.date(2026, 11, 30)  # the demo's register ends before any real "today"
DECISIONS_UNTIL = dt.date(2026, 11, 20)
# For the default demo: initiatives registered 2024-01-02 .. 2026-11-30.
REAL_LATER = 4300


def write_later_years(records: DemoRecords) -> None:
    """The current programme (with its targets), then the register of 2024–2026."""
    phase_ids = write_programme(records)
    records.phases.extend(
        (starts, ends, phase_ids[code]) for code, _name, starts, ends, _target in PHASES
    )
    records.decisions_until = DECISIONS_UNTIL
    count = scaled(records.n, REAL_LATER)
    if count == 0:
        return
    days = working_days(records.rng, REGISTERED_FROM, REGISTERED_UNTIL, count)
    # unions with people of their own (a small demo may leave one without any)
    weights = [FINAL_BY_UNION[u.code] if u.people else 0 for u in records.unions]
    shares = split_exactly(count, weights)
    unions = [u.index for u, n in zip(records.unions, shares, strict=True) for _ in range(n)]
    records.rng.shuffle(unions)
    plan = sorted(zip(days, unions, strict=True), key=lambda pair: pair[0])
    records.write_initiatives(plan)


def write_programme(records: DemoRecords) -> dict[str, str]:
    """Programme NLD-2025 owned by headquarters, its phases, and each union's target per phase
    (in proportion to what it registered in the first programme). phase code -> phase id."""
    programme_id, stamp, deleted, seq = records.meta()
    records.insert(
        [
            (
                "INSERT INTO programmes (id, hlc, deleted, seq, code, name, starts_on, ends_on, "
                "counts, certificate_wording, owner_unit_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'registered', ?, ?)",
                [(
                    programme_id, stamp, deleted, seq, CODE, NAME, WINDOW[0].isoformat(),
                    WINDOW[1].isoformat(), WORDING, records.unit_ids[ROOT_CODE],
                )],
            )
        ]
    )  # fmt: skip
    phase_ids = {}
    for code, name, starts, ends, _target in PHASES:
        phase_id, stamp, deleted, seq = records.meta()
        records.insert(
            [
                (
                    "INSERT INTO phases (id, hlc, deleted, seq, code, name, starts_on, ends_on, "
                    "programme_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [(phase_id, stamp, deleted, seq, code, name, starts.isoformat(),
                      ends.isoformat(), programme_id)],
                )
            ]
        )  # fmt: skip
        phase_ids[code] = phase_id
    write_targets(records, phase_ids)
    return phase_ids


def write_targets(records: DemoRecords, phase_ids: dict[str, str]) -> None:
    weights = [FINAL_BY_UNION[u.code] for u in records.unions]
    rows = [
        (*records.meta(), records.unit_ids[union.code], phase_ids[code], target)
        for code, _name, _starts, _ends, total in PHASES
        for union, target in zip(records.unions, split_exactly(total, weights), strict=True)
    ]
    records.insert(
        [
            (
                "INSERT INTO targets (id, hlc, deleted, seq, unit_id, phase_id, target) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
        ]
    )
