"""`dump` lets two databases be compared with diff: canonical, stable, local metadata left out."""

import json
from decimal import Decimal

import pytest
from initiative_world import build_world, initiative_data
from sqlalchemy import insert, select, text

from db.changes import RecordWriter
from db.models import SYNCED_MODELS, Blob, Initiative
from db.node import create_node
from db.queries.attachments import attach_file
from db.queries.initiatives import AuthorShare, delete_initiative, register_initiative
from db.session import open_database
from desktop.__main__ import main


def filled_database(path):
    database = open_database(path, create=True)
    with database.transaction() as session:
        create_node(session, "CDDKVN")
    world = build_world(database)
    with database.transaction() as session:
        for n in range(3):
            initiative = register_initiative(
                session,
                initiative_data(world, title=f"Sáng kiến số {n}"),
                [AuthorShare(world.an, 50), AuthorShare(world.binh, 50)],
            )
        attach_file(session, initiative.id, b"scan", "scan.pdf")
        delete_initiative(session, initiative.id)
    database.close()
    return path


def sangkien_dump(capsys, path, *extra):
    assert main(["--db", str(path), "dump", *map(str, extra)]) == 0
    return capsys.readouterr().out


@pytest.fixture
def site(tmp_path):
    return filled_database(tmp_path / "site.db")


def test_dump_is_the_same_on_every_run(site, capsys):
    first = sangkien_dump(capsys, site)
    assert first == sangkien_dump(capsys, site)
    lines = [json.loads(line) for line in first.splitlines()]
    order = [m.__tablename__ for m in SYNCED_MODELS]
    keys = [(order.index(r["table"]), r["id"]) for r in lines]
    assert keys == sorted(keys)
    assert {r["table"] for r in lines} >= {"units", "people", "initiatives", "attachments"}
    assert not any({"seq", "search_text", "hlc", "field_hlc"} & r.keys() for r in lines)
    deleted = [r for r in lines if r["table"] == "initiatives" and r["deleted"]]
    assert len(deleted) == 1  # tombstones are records too


def test_dump_to_a_file_equals_the_screen(site, tmp_path, capsys):
    out = tmp_path / "dump.jsonl"
    assert sangkien_dump(capsys, site, "-o", out) == ""
    assert out.read_text(encoding="utf-8") == sangkien_dump(capsys, site)


def test_two_databases_holding_the_same_records_dump_alike(site, tmp_path, capsys):
    other = tmp_path / "other.db"
    source, target = open_database(site), open_database(other, create=True)
    with source.session() as src, target.transaction() as dst:
        create_node(dst, "VSP")  # another node, its own clock and sequence numbers
        dst.execute(text("PRAGMA defer_foreign_keys = ON"))  # children may come before parents
        dst.execute(insert(Blob), [dict(b._mapping) for b in src.execute(select(Blob.__table__))])
        for model in SYNCED_MODELS:
            rows = [dict(r._mapping) for r in src.execute(select(model.__table__))]
            for row in reversed(rows):
                row["seq"] += 1000  # local: differs between nodes, never dumped
                if "search_text" in row:
                    row["search_text"] = ""
                dst.execute(insert(model.__table__).values(**row))
    source.close()
    target.close()
    assert sangkien_dump(capsys, other) == sangkien_dump(capsys, site)


def test_a_missing_database_cannot_be_dumped(tmp_path, capsys):
    assert main(["--db", str(tmp_path / "none.db"), "dump"]) == 1
    assert "Không tìm thấy cơ sở dữ liệu" in capsys.readouterr().err


def test_the_fast_dump_writes_exactly_what_dump_line_writes(tmp_path):
    from db.dump import dump_lines
    from db.records import dump_line

    database = open_database(filled_database(tmp_path / "odd.db"))
    odd = 'Tab\tnewline\n "quote" \\ \u2028 \x7f \x01 emoji 🛢️ Đặng'
    with database.transaction() as session:
        initiative = session.scalars(select(Initiative)).first()
        # the largest amount the column holds, with cents (whole hundredths: db/money.py)
        huge = Decimal("9999999999999999.99")
        RecordWriter(session).update(initiative, title=odd, benefit_value=huge)
    with database.session() as session:
        expected = [
            dump_line(row)
            for model in SYNCED_MODELS
            for row in session.scalars(select(model).order_by(model.id))
        ]
        assert list(dump_lines(session)) == expected
    database.close()
