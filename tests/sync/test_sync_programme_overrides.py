"""Who may say what counts toward a programme: the node of the programme's owner or a node above
it. Headquarters' override travels down and every site counts the same; a site's is refused on
the site itself and, forged into a package, at headquarters."""

import datetime as dt

import pytest
from sqlalchemy import select
from sync_world import private_key, register, repack

from db.changes import RecordWriter
from db.models import Initiative, Programme, ProgrammeOverride
from db.queries.programme_overrides import override_id, set_override
from db.queries.stats import progress_stats
from db.records import row_to_record
from db.sync.importer import import_package
from db.validation import ValidationFailed

END = dt.date(2023, 9, 1)


def registered(database, code="VSP") -> int:
    with database.session() as session:
        return progress_stats(session, END, code, "1TRIEU-2021").scope.registered


def reg_no(database, row: str) -> str:
    with database.session() as session:
        return session.get(Initiative, row).reg_no


def test_headquarters_leaves_an_initiative_out_and_the_site_counts_the_same(world):
    hq = world.headquarters()
    vsp = world.enrol(hq, "VSP")
    row = register(vsp, "Sáng kiến bị loại", status="submitted")
    world.carry(vsp, hq)
    assert registered(hq) == registered(vsp) == 1
    with hq.transaction() as session:
        set_override(session, "1TRIEU-2021", reg_no(hq, row), False, "clerk", "Trùng chương trình")
    assert registered(hq) == 0
    world.carry(hq, vsp)
    assert registered(vsp) == 0


def test_a_site_may_not_override_headquarters_programme(world, tmp_path):
    hq = world.headquarters()
    vsp = world.enrol(hq, "VSP")
    row = register(vsp, "Sáng kiến của VSP", status="submitted")
    world.carry(vsp, hq)
    with vsp.transaction() as session, pytest.raises(ValidationFailed, match="sở hữu"):
        set_override(session, "1TRIEU-2021", reg_no(vsp, row), False, "clerk")
    with vsp.session() as session:
        assert session.scalar(select(ProgrammeOverride)) is None

    # an altered copy of the program writes it anyway and forges it into its package
    with vsp.transaction() as session:
        programme = session.scalar(select(Programme).where(Programme.code == "1TRIEU-2021"))
        forged = RecordWriter(session, "kẻ giả mạo").create(
            ProgrammeOverride,
            id=override_id(programme.id, row),
            programme_id=programme.id,
            initiative_id=row,
            unit_id=programme.owner_unit_id,
            included=False,
        )
        record = row_to_record(forged)
    package = repack(
        world.export(vsp, "CDDKVN"),
        tmp_path / "override.skp",
        extra={"programme_overrides": [record]},
        key=private_key(vsp),
    )
    report = import_package(hq, package, trust_new_node=True, backup=False)
    assert report.tables["programme_overrides"].refused == 1
    assert registered(hq) == 1
    with hq.session() as session:
        assert session.scalar(select(ProgrammeOverride)) is None
