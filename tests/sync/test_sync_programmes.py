"""Headquarters defines a new programme; it travels down by packages through Vietsovpetro to the
rig Tam Đảo 03, whose dashboard shows the rig's target. A package written before programmes
existed (no programme table, phases without a programme) still imports."""

import datetime as dt

from PySide6.QtCore import QSettings
from sqlalchemy import select
from sync_world import private_key, register, repack

from db.models import Phase, Programme
from db.queries.programmes import PhaseDraft, ProgrammeDraft, add_programme
from db.sync.importer import import_package
from desktop.tasks import wait_for_tasks
from desktop.views.dashboard_page import DashboardPage
from desktop.views.registry import NodeInfo, PageContext


def new_programme(hq) -> None:
    draft = ProgrammeDraft(
        code="NLD-2025",
        name="Sáng kiến vì người lao động 2025–2027",
        starts_on=dt.date(2025, 1, 1),
        ends_on=dt.date(2027, 12, 31),
        phases=[
            PhaseDraft("NLD-1", "Giai đoạn 1", dt.date(2025, 1, 1), dt.date(2025, 12, 31)),
            PhaseDraft("NLD-2", "Giai đoạn 2", dt.date(2026, 1, 1), dt.date(2027, 12, 31)),
        ],
        targets={"VSP": {"NLD-1": 100, "NLD-2": 300}, "VSP-TD03": {"NLD-1": 12, "NLD-2": 30}},
    )
    with hq.transaction() as session:
        add_programme(session, draft, actor="Trụ sở")


def dashboard_of(database, qtbot, tmp_path, code: str) -> DashboardPage:
    with database.session() as session:
        from db.node import this_node

        node = this_node(session)
        info = NodeInfo(node.node_id, node.unit_code, node.unit_id, code)
    settings = QSettings(str(tmp_path / f"{code}.ini"), QSettings.Format.IniFormat)
    page = DashboardPage(PageContext(database, info, settings, "vi"))
    qtbot.addWidget(page)
    return page


def test_a_programme_defined_at_headquarters_reaches_a_rig_two_levels_down(world, qtbot, tmp_path):
    hq = world.headquarters()
    vsp = world.enrol(hq, "VSP")
    rig = world.enrol(vsp, "VSP-TD03")
    new_programme(hq)
    world.carry(hq, vsp)
    world.carry(vsp, rig)
    with rig.session() as session:
        programme = session.scalar(select(Programme).where(Programme.code == "NLD-2025"))
        assert programme is not None and programme.name.startswith("Sáng kiến vì người lao động")
    register(rig, "Cải tiến bơm dung dịch khoan", registered_on=dt.date.today(), status="submitted")
    page = dashboard_of(rig, qtbot, tmp_path, "VSP-TD03")
    page.refresh()
    qtbot.waitUntil(lambda: (wait_for_tasks(50), page.figures is not None)[1], timeout=10000)
    assert page.programme_code() == "NLD-2025"
    assert page.figures.total.target == 42
    assert page.total_card.figure.text() == "1 / 42 — 2%"
    # and a programme never goes up: the rig's package to VSP carries none
    report = world.carry(rig, vsp)
    assert "programmes" not in report.tables or report.tables["programmes"].new == 0


def test_a_package_from_before_programmes_still_imports(world, tmp_path):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    register(hq, "Sáng kiến do trụ sở nhập hộ", code="VSP-TD03")
    package = world.export(hq, "VSP-TD03", full=True)

    def old_records(table, rows):
        if table == "phases":
            return [{k: v for k, v in row.items() if k != "programme_id"} for row in rows]
        return rows

    def old_manifest(manifest):
        manifest = dict(manifest, schema_revision="0002")
        manifest["members"] = {
            name: m for name, m in manifest["members"].items() if "programmes" not in name
        }
        if isinstance(manifest.get("counts"), dict):
            manifest["counts"] = {k: v for k, v in manifest["counts"].items() if k != "programmes"}
        return manifest

    stripped = tmp_path / "stripped.skp"
    repack(package, stripped, records=old_records)
    old = repack(stripped, tmp_path / "old.skp", manifest=old_manifest, key=private_key(hq))
    _drop_member(old, "data/programmes.jsonl")
    report = import_package(site, old, backup=False)
    assert report.status == "imported", report
    assert report.tables["initiatives"].new == 1
    with site.session() as session:
        phases = session.scalars(select(Phase).order_by(Phase.code)).all()
        assert [p.programme_id is not None for p in phases] == [True, True]  # kept


def _drop_member(path, member: str) -> None:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        members = {n: archive.read(n) for n in archive.namelist() if n != member}
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
