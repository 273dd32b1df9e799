"""A site two levels down, relayed by its union: headquarters names its node by unit, not by id.

CDDKVN (headquarters) enrols VSP; VSP enrols VSP-MSP1. MSP1's packages reach headquarters only
inside VSP's; the version stamps then carry a node id headquarters never met. VSP's packages
carry a signed node directory, so headquarters shows "VSP-MSP1 (name)" wherever it shows that
node; a union cannot name a node of a unit outside its own tree.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select
from sync_world import edit, initiative, private_key, register, repack

from db.models import NodeIdentity, Unit
from db.sync.conflicts import list_conflicts
from db.sync.directory import node_labels
from db.sync.history import sync_status
from db.sync.importer import import_package
from desktop.__main__ import main

pytestmark = pytest.mark.both_engines  # issue 18: headquarters on a server too


def node_id(database) -> str:
    with database.session() as session:
        return session.scalar(select(NodeIdentity)).node_id


def unit_name(database, code: str) -> str:
    with database.session() as session:
        return session.scalar(select(Unit.name).where(Unit.code == code))


def relayed_world(world):
    hq = world.headquarters()
    vsp = world.enrol(hq, "VSP")
    msp1 = world.enrol(vsp, "VSP-MSP1")
    return hq, vsp, msp1


def test_headquarters_names_a_relayed_site_in_its_conflicts(world, capsys):
    hq, vsp, msp1 = relayed_world(world)
    row = register(msp1, "Cải tiến giá đỡ ống Hùng")
    world.carry(msp1, vsp)
    world.carry(vsp, hq)
    world.carry(hq, vsp)
    world.carry(vsp, msp1)

    edit(msp1, row, title="Cải tiến giá đỡ ống (bản của giàn) Hùng")
    edit(hq, row, title="Cải tiến giá đỡ ống (bản của tập đoàn) Hùng")
    world.carry(msp1, vsp)
    report = world.carry(vsp, hq)
    assert report.tables["initiatives"].conflicts == 1

    label = f"VSP-MSP1 ({unit_name(hq, 'VSP-MSP1')})"
    with hq.session() as session:
        [conflict] = list_conflicts(session)  # what the conflicts tab shows
    assert {conflict.kept.node, conflict.lost.node} == {label, "CDDKVN"}
    assert initiative(hq, row).title == conflict.kept.value

    capsys.readouterr()
    assert main(["--db", str(hq.path), "conflicts", "list"]) == 0
    out = capsys.readouterr().out
    assert "VSP-MSP1" in out
    assert node_id(msp1)[:8] not in out

    with hq.session() as session:
        status = sync_status(session)
    [relayed] = status.relayed  # sync-status: named, not a neighbour
    assert (relayed.node_id, relayed.label) == (node_id(msp1), label)
    from desktop.views.sync_tables import node_rows  # the sync page's table of nodes

    assert label in [row[1] for row in node_rows(status)]
    assert main(["--db", str(hq.path), "sync-status"]) == 0
    assert label in capsys.readouterr().out


def test_a_union_cannot_name_a_node_outside_its_tree(world):
    hq, vsp, msp1 = relayed_world(world)
    world.carry(msp1, vsp)
    package = world.export(vsp, "CDDKVN")
    forged = world.path("forged.skp")
    stranger = "f" * 32

    def rename(manifest: dict) -> dict:
        directory = list(manifest.get("directory") or [])
        directory.append({"node_id": node_id(hq), "unit_code": "VSP-MSP1"})
        directory.append({"node_id": stranger, "unit_code": "PVEP"})
        return {**manifest, "directory": directory}

    repack(package, forged, manifest=rename, key=private_key(vsp))
    report = import_package(hq, forged, trust_new_node=True, backup=False)
    assert report.status == "imported", report
    with hq.session() as session:
        labels = node_labels(session)
    assert labels[node_id(hq)] == "CDDKVN"
    assert stranger not in labels
    assert labels[node_id(msp1)].startswith("VSP-MSP1 (")


def test_a_union_cannot_take_over_the_name_of_another_unions_site(world):
    hq, vsp, msp1 = relayed_world(world)
    pvep = world.enrol(hq, "PVEP")
    world.carry(msp1, vsp)
    world.carry(vsp, hq)
    package = world.export(pvep, "CDDKVN")
    forged = world.path("forged.skp")

    def rename(manifest: dict) -> dict:
        entry = {"node_id": node_id(msp1), "unit_code": "PVEP"}
        return {**manifest, "directory": [*manifest.get("directory", []), entry]}

    repack(package, forged, manifest=rename, key=private_key(pvep))
    report = import_package(hq, forged, trust_new_node=True, backup=False)
    assert report.status == "imported", report
    with hq.session() as session:
        assert node_labels(session)[node_id(msp1)].startswith("VSP-MSP1 (")
