"""Duplicates (issue 14): a clerk types an initiative another unit already filed, in whatever
spelling; a person merges the same author recorded twice; the demo's planted pairs are listed."""

import datetime as dt
import json
import sqlite3

import pytest
from initiative_world import build_world
from sqlalchemy import select, text

from db.duplicates.candidates import similar_initiatives
from db.duplicates.matching import folded_title, title_score
from db.duplicates.people import duplicate_people_groups, merge_people, resolve_person, undo_merge
from db.models import InitiativeAuthor, Person, PersonAlias
from db.queries.initiatives import AuthorShare, register_initiative
from db.validation import ValidationFailed
from desktop.cli import run as main

TITLE = "Cải tiến hệ thống hòa đồng bộ máy phát điện trên giàn"


@pytest.mark.parametrize(
    "typed",
    [
        "cai tien he thong hoa dong bo may phat dien tren gian",  # no diacritics
        "Cải tiến hệ thống hoà đồng bộ máy phát điện trên giàn",  # the other tone placement
        "máy phát điện trên giàn: cải tiến hệ thống hòa đồng bộ",  # words reordered
        "Cải tiến hệ thốg hòa đồng bộ máy phát điệm trên giàn",  # two typos
        "CẢI TIẾN HỆ THỐNG HÒA ĐỒNG BỘ MÁY PHÁT ĐIỆN TRÊN GIÀN",  # capitals
    ],
)
def test_a_title_typed_another_way_scores_as_the_same(typed):
    assert title_score(folded_title(TITLE), folded_title(typed)) >= 90


def test_a_different_initiative_on_the_same_machine_scores_low():
    other = "Chế tạo bộ gá tháo lắp ổ bi máy phát điện"
    assert title_score(folded_title(TITLE), folded_title(other)) < 70


def test_dj_folds_to_d():
    assert folded_title("Đổi mới đo đạc") == "doi moi do dac"


@pytest.fixture
def world_db(node_db):
    return node_db, build_world(node_db)


def add(database, world, title, unit, authors, registered=dt.date(2022, 3, 1)):
    with database.transaction() as session:
        data = {
            "title": title,
            "solution_type": "technical",
            "unit_id": unit,
            "registered_on": registered,
            "status": "submitted",
        }
        return register_initiative(session, data, authors, actor="clerk").id


def test_the_form_lists_the_closest_initiatives_of_any_unit_as_the_title_is_typed(world_db):
    database, w = world_db
    first = add(database, w, TITLE, w.rig, [AuthorShare(person_id=w.an, share=100)])
    add(database, w, "Số hóa công tác quản lý hợp đồng", w.pvgas, [AuthorShare(w.binh, 100)])
    with database.session() as session:
        [hit] = similar_initiatives(session, "cai tien he thong hoa dong bo may phat")
        assert hit.card.id == first and hit.card.unit_code == "VSP-TD03"
        assert hit.card.reg_no.startswith("VSP-TD03-2022-") and hit.score >= 60
        assert similar_initiatives(session, "cai tien", exclude_id=first) == []
    second = add(database, w, "Sửa chữa bơm ly tâm", w.pvgas, [AuthorShare(w.binh, 100)])
    with database.session() as session:  # the index follows new filings
        assert similar_initiatives(session, "sua chua bom ly tam")[0].card.id == second


def test_the_same_person_twice_is_merged_and_the_merge_undone(world_db):
    database, w = world_db
    with database.transaction() as session:
        born = session.get(Person, w.an).birth_date
    twin_id = add(  # the same person typed again at another unit, without diacritics
        database,
        w,
        "Sửa chữa bơm",
        w.pvgas,
        [AuthorShare(full_name="Nguyen Van An", birth_date=born, unit_id=w.pvgas, share=100)],
    )
    with database.session() as session:
        twin_person = session.scalar(
            select(InitiativeAuthor.person_id).where(InitiativeAuthor.initiative_id == twin_id)
        )
    with database.session() as session:
        groups = duplicate_people_groups(session)
        assert [{p.id for p in g.people} for g in groups] == [{w.an, twin_person}]
    with database.transaction() as session:
        merge_people(session, w.an, twin_person, actor="clerk")
    with database.session() as session:
        authors = session.scalars(
            select(InitiativeAuthor.person_id).where(InitiativeAuthor.initiative_id == twin_id)
        ).all()
        assert authors == [w.an]
        assert resolve_person(session, twin_person) == w.an  # a package naming it resolves
        assert session.get(Person, twin_person).deleted
        assert duplicate_people_groups(session) == []
    with database.transaction() as session, pytest.raises(ValidationFailed):
        merge_people(session, w.an, twin_person)  # already merged
    with database.transaction() as session:
        undo_merge(session, twin_person, actor="clerk")
    with database.session() as session:
        authors = session.scalars(
            select(InitiativeAuthor.person_id).where(InitiativeAuthor.initiative_id == twin_id)
        ).all()
        assert authors == [twin_person]
        assert not session.get(Person, twin_person).deleted
        assert session.scalar(select(PersonAlias.deleted)) is True


# ---- the demo and the command line ---------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    assert main(["--db", str(path), "demo", "--initiatives", "1500"]) == 0
    return path


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def planted(path):
    """The later filings the demo rewrote (the audit trail says so)."""
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT row_id FROM audit_log WHERE actor = 'demo' AND table_name = 'initiatives' "
        "AND action = 'update'"
    ).fetchall()
    connection.close()
    return {row[0] for row in rows}


def test_duplicates_list_shows_the_pairs_the_demo_planted(capsys, demo_db):
    code, out, err = sangkien(capsys, "--db", demo_db, "duplicates", "list", "--json")
    assert code == 0, err
    pairs = json.loads(out)
    later = {p["later"]["id"] for p in pairs}
    assert len(planted(demo_db)) == 12
    assert planted(demo_db) <= later
    assert all(p["original"]["registered_on"] <= p["later"]["registered_on"] for p in pairs)


def test_planting_reads_only_the_initiatives_it_rewrites(demo_db):
    """Building a big demo does not wait on every submitted initiative loaded as an object:
    the planting picks its pairs from ids and units, and loads the 24 it pairs."""
    import random

    from sqlalchemy import create_engine, event
    from sqlalchemy.orm import Session

    from db.duplicates.demo import PLANTED, plant_demo_duplicates
    from db.models import Initiative

    engine = create_engine(f"sqlite:///{demo_db}")
    with engine.connect() as connection:
        transaction = connection.begin()
        session = Session(bind=connection)
        submitted = session.scalar(
            text("SELECT count(*) FROM initiatives WHERE status IN ('submitted', 'under_review')")
        )
        loaded = []

        @event.listens_for(session, "loaded_as_persistent")
        def _loaded(_session, instance):
            if isinstance(instance, Initiative):
                loaded.append(instance.id)

        assert plant_demo_duplicates(session, random.Random(3)) == PLANTED
        assert submitted > 4 * PLANTED
        assert len(loaded) == 2 * PLANTED
        session.close()
        transaction.rollback()
    engine.dispose()


def test_decide_same_then_undo_on_the_command_line(capsys, demo_db, tmp_path):
    import shutil

    path = tmp_path / "copy.db"
    shutil.copy(demo_db, path)
    _, out, _ = sangkien(capsys, "--db", path, "duplicates", "list", "--json", "--limit", "1")
    [pair] = json.loads(out)
    a, b = pair["original"]["reg_no"], pair["later"]["reg_no"]
    code, out, err = sangkien(capsys, "--db", path, "duplicates", "decide", b, a, "same", "--json")
    assert code == 0, err
    assert json.loads(out) == {
        "verdict": "same",
        "original": a,
        "later": b,
        "later_status": "duplicate",
    }
    code, out, err = sangkien(capsys, "--db", path, "duplicates", "undo", a, b)
    assert code == 0, err
    assert pair["later"]["status"] in out or "Đã huỷ" in out
    code, out, err = sangkien(capsys, "--db", path, "duplicates", "decide", a, "NO-SUCH", "same")
    assert code == 1 and "NO-SUCH" in err
    code, _, err = sangkien(capsys, "--db", path, "duplicates", "undo", a, b)
    assert code == 1 and "Chưa có quyết định" in err


def test_people_duplicates_lists_the_author_typed_again(capsys, demo_db):
    code, out, err = sangkien(capsys, "--db", demo_db, "people", "duplicates", "--json")
    assert code == 0, err
    groups = json.loads(out)
    assert any(
        len({p["full_name"] for p in g["people"]}) == 2 and g["reason"] == "name_birth"
        for g in groups
    )


def test_a_database_at_revision_0002_keeps_its_records_and_gains_the_decision_tables(tmp_path):
    from alembic import command

    from db.migrate import alembic_config, head_revision
    from db.session import open_database

    path = tmp_path / "old.db"
    assert main(["--db", str(path), "demo", "--initiatives", "200"]) == 0
    database = open_database(path)
    command.downgrade(alembic_config(database.engine), "0002")
    database.close()
    connection = sqlite3.connect(path)
    tables = "SELECT name FROM sqlite_master WHERE name = 'duplicate_decisions'"
    assert connection.execute(tables).fetchall() == []
    before = connection.execute("SELECT id, title, status FROM initiatives ORDER BY id").fetchall()
    connection.close()

    open_database(path).close()  # opening upgrades (after a backup)
    connection = sqlite3.connect(path)
    assert connection.execute("SELECT version_num FROM alembic_version").fetchone() == (
        head_revision(),
    )
    assert connection.execute(tables).fetchall() == [("duplicate_decisions",)]
    after = connection.execute("SELECT id, title, status FROM initiatives ORDER BY id").fetchall()
    assert after == before and len(before) >= 200
    connection.close()


def test_a_duplicate_of_one_initiative_cannot_be_made_the_duplicate_of_another(world_db):
    from db.duplicates.decisions import decide_pair

    database, w = world_db
    an = [AuthorShare(person_id=w.an, share=100)]
    first = add(database, w, TITLE, w.rig, an, dt.date(2022, 3, 1))
    other = add(database, w, TITLE + " số 2", w.pvgas, an, dt.date(2022, 3, 2))
    later = add(database, w, TITLE, w.pvgas, an, dt.date(2022, 5, 1))
    with database.transaction() as session:
        decide_pair(session, first, later, "same", actor="council")
    with database.transaction() as session, pytest.raises(ValidationFailed) as refused:
        decide_pair(session, other, later, "same", actor="council")
    assert "đã là bản trùng" in refused.value.problems[0].vi


def test_people_merge_and_unmerge_on_the_command_line(capsys, demo_db, tmp_path):
    import shutil

    path = tmp_path / "copy.db"
    shutil.copy(demo_db, path)
    _, out, _ = sangkien(capsys, "--db", path, "people", "duplicates", "--json")
    group = json.loads(out)[0]
    keep, merged = (p["id"] for p in group["people"][:2])
    code, out, err = sangkien(capsys, "--db", path, "people", "merge", keep, merged)
    assert code == 0, err
    assert "Đã gộp" in out
    _, out, _ = sangkien(capsys, "--db", path, "people", "duplicates", "--json")
    assert group["people"][0]["id"] not in out or len(group["people"]) > 2
    code, out, err = sangkien(capsys, "--db", path, "people", "unmerge", merged)
    assert code == 0, err
    code, _, err = sangkien(capsys, "--db", path, "people", "unmerge", merged)
    assert code == 1 and "chưa được gộp" in err


def test_a_large_registers_title_index_is_kept_on_disk_and_refused_for_another_file(
    world_db, tmp_path, monkeypatch
):
    """Headquarters' index loads from its file in the next run (here any size counts as large);
    a database put in its place (a restore of another file) is indexed afresh."""
    from db.duplicates import index_cache

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    monkeypatch.setattr(index_cache, "PERSIST_MIN", 1)
    database, w = world_db
    first = add(database, w, TITLE, w.rig, [AuthorShare(person_id=w.an, share=100)])
    with database.session() as session:
        [hit] = similar_initiatives(session, "cai tien he thong hoa dong bo may phat")
    assert hit.card.id == first
    index_cache._INDEXES.clear()  # the next run
    with database.session() as session:
        kept = index_cache.load_index(session)
        assert kept is not None and kept.live == 1
        [hit] = similar_initiatives(session, "cai tien he thong hoa dong bo may phat")
        assert hit.card.id == first and hit.card.unit_code == "VSP-TD03"
    second = add(database, w, "Sửa chữa bơm ly tâm", w.pvgas, [AuthorShare(w.binh, 100)])
    with database.session() as session:  # caught up by sequence numbers after loading
        assert similar_initiatives(session, "sua chua bom ly tam")[0].card.id == second
    with database.transaction() as session:  # another node's file in its place
        session.execute(text("UPDATE node SET node_id = 'another'"))
    with database.session() as session:
        assert index_cache.load_index(session) is None
