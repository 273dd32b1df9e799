"""Reference data: the unit tree, phases, fields and targets every node holds alike."""

import json
from collections import Counter

import pytest
from sqlalchemy import func, select

from db.models import Field, NodeIdentity, Phase, Target, Unit, UnitName
from db.records import dump_line
from db.reference import SetupError, init_node, unit_specs
from db.session import open_database
from db.vocab import SITE_TYPE, UNIT_LEVEL
from resources import resource_path


def programme() -> dict:
    return json.loads(resource_path("data", "programme.json").read_text(encoding="utf-8"))


def test_the_tree_has_the_root_33_unions_pvgas_16_base_unions_and_the_sample_sites():
    specs = {s.code: s for s in unit_specs()}
    levels = Counter(s.level for s in specs.values())
    assert levels["industry"] == 1 and specs["CDDKVN"].parent is None
    assert levels["subordinate"] == 33
    assert sum(1 for s in specs.values() if s.parent == "PVGAS" and s.level == "base") == 16
    for union in programme()["subordinate_unions"]:
        assert specs[union["code"]].name == union["name_vi"]
    for site in programme()["sample_sites"]:
        assert specs[site["code"]].parent == site["parent"]
        assert specs[site["code"]].level == "site"
    assert all(s.level in UNIT_LEVEL for s in specs.values())
    assert all(s.site_type in SITE_TYPE for s in specs.values() if s.level == "site")


def test_targets_are_5400_split_1400_and_4000_with_pvep_210():
    by_phase = Counter()
    for spec in unit_specs():
        by_phase.update(spec.targets)
    assert by_phase == {"GD1": 1400, "GD2": 4000}
    pvep = next(s for s in unit_specs() if s.code == "PVEP")
    assert sum(pvep.targets.values()) == 210


def test_init_sets_up_a_site_node_with_the_whole_reference_data(tmp_path):
    database = open_database(tmp_path / "site.db", create=True)
    result = init_node(database, "vsp-td03")
    with database.session() as session:
        node = session.scalar(select(NodeIdentity))
        assert (node.unit_code, result.unit_code) == ("VSP-TD03", "VSP-TD03")
        assert session.get(Unit, node.unit_id).name == "Giàn khoan tự nâng Tam Đảo 03"
        assert session.scalar(select(func.count()).select_from(Unit)) == len(unit_specs())
        assert session.scalar(select(func.sum(Target.target))) == 5400
        assert session.scalar(select(func.count()).select_from(Phase)) == 2
        assert session.scalar(select(func.count()).select_from(Field)) >= 10
        assert node.last_seq >= result.counts.units
    database.close()


def reference_dump(path) -> list[str]:
    database = open_database(path)
    with database.session() as session:
        lines = [
            dump_line(row)
            for model in (Unit, UnitName, Phase, Field, Target)
            for row in session.scalars(select(model).order_by(model.id))
        ]
    database.close()
    return lines


def test_two_nodes_hold_identical_reference_records(tmp_path):
    for name, code in (("hq.db", "CDDKVN"), ("site.db", "PVD-I")):
        database = open_database(tmp_path / name, create=True)
        init_node(database, code)
        database.close()
    assert reference_dump(tmp_path / "hq.db") == reference_dump(tmp_path / "site.db")


def test_an_unknown_unit_code_is_refused_naming_close_codes(tmp_path):
    database = open_database(tmp_path / "x.db", create=True)
    with pytest.raises(SetupError, match=r"Không có đơn vị mã 'PVGA'.*PVGAS"):
        init_node(database, "PVGA")
    with database.session() as session:
        assert session.scalar(select(NodeIdentity)) is None
    database.close()


def test_a_database_already_set_up_is_not_set_up_again(tmp_path):
    database = open_database(tmp_path / "x.db", create=True)
    first = init_node(database, "BSR")
    with pytest.raises(SetupError, match="đã được khởi tạo cho đơn vị BSR"):
        init_node(database, "VSP")
    with database.session() as session:
        assert session.scalar(select(NodeIdentity.node_id)) == first.node_id
    database.close()
