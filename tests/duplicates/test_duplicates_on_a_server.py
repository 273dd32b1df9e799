"""Duplicates at a headquarters on a PostgreSQL server (issues 14 and 18): the form's similar
list, the pairs to decide and `duplicates list|decide` work on either engine."""

import datetime as dt
import json

import pytest
from duplicate_world import RETYPED, TITLE, filed
from initiative_world import build_world

from db.duplicates.candidates import pairs_to_decide, similar_initiatives
from db.duplicates.decisions import undo_decision
from db.models import Initiative
from desktop.cli import run as main

pytestmark = pytest.mark.both_engines


def address_of(database) -> str:
    url = database.engine.url
    if url.get_backend_name() == "sqlite":
        return str(url.database)
    return url.render_as_string(hide_password=False).replace(
        "postgresql+psycopg://", "postgresql://"
    )


def test_one_initiative_filed_at_two_units_is_proposed_and_decided_on_either_engine(
    node_db, capsys
):
    database, w = node_db, build_world(node_db)
    first = filed(database, TITLE, w.rig, w.an, dt.date(2022, 3, 1))
    later = filed(database, RETYPED, w.pvgas, w.an, dt.date(2022, 3, 20))
    with database.session() as session:  # the form, as the title is typed again
        [hit] = similar_initiatives(session, TITLE, exclude_id=later.id)
        assert hit.card.id == first.id and hit.card.unit_code == "VSP-TD03"
    filed(database, "Sửa chữa bơm ly tâm", w.pvgas, w.binh, dt.date(2022, 3, 21))
    with database.session() as session:  # the index follows new filings on the server too
        assert similar_initiatives(session, "sua chua bom ly tam")[0].card.title.startswith("Sửa")
    [pair] = pairs_to_decide(database)
    assert (pair.original.id, pair.later.id) == (first.id, later.id)

    where = address_of(database)
    assert main(["--db", where, "duplicates", "list", "--json"]) == 0
    [listed] = json.loads(capsys.readouterr().out)
    assert (listed["original"]["reg_no"], listed["later"]["reg_no"]) == (first.reg_no, later.reg_no)
    command = ["--db", where, "duplicates", "decide", later.reg_no, first.reg_no, "same"]
    assert main(command) == 0, capsys.readouterr().err
    capsys.readouterr()
    with database.session() as session:
        assert session.get(Initiative, later.id).status == "duplicate"
    assert pairs_to_decide(database) == []
    with database.transaction() as session:
        undo_decision(session, first.id, later.id, actor="Hội đồng")
    with database.session() as session:
        assert session.get(Initiative, later.id).status == "submitted"
    assert [p.later.id for p in pairs_to_decide(database)] == [later.id]
