"""A command reads a healthy database with sqlite3 alone, from SQL compiled once and kept in the
user cache folder (db/compiled.py, issue 13): the rows are those SQLAlchemy gives, a spoilt cache
file is rebuilt, and anything unusual leaves the reading to the usual path."""

import datetime as dt
import json
from decimal import Decimal

import pytest
from initiative_world import build_world

from db import compiled
from db.compiled import NotCacheable, SessionReader, open_file_reader
from db.node import create_node
from db.queries import initiative_show as show
from db.queries.initiatives import AuthorShare, register_initiative
from db.safe_open import close_safely, open_safely
from db.session import open_database


@pytest.fixture
def site(tmp_path):
    """A closed database file, opened once the usual way (its check passed and recorded)."""
    path = tmp_path / "site.db"
    database = open_database(path, create=True)
    with database.transaction() as session:
        create_node(session, "CDDKVN")
    world = build_world(database)
    with database.transaction() as session:
        values = {
            "title": "Cải tiến quy trình bảo dưỡng máy nén khí",
            "solution_type": "technical",
            "unit_id": world.rig,
            "field_id": world.field,
            "registered_on": dt.date(2022, 7, 1),
            "benefit_value": Decimal("1234.5"),
            "benefit_currency": "USD",
        }
        authors = [AuthorShare(world.an, 60), AuthorShare(world.binh, 40)]
        initiative = register_initiative(session, values, authors, "test")
        initiative_id = initiative.id
    database.close()
    close_safely(open_safely(path))
    return path, initiative_id


@pytest.fixture
def cache(tmp_path):
    return tmp_path / "cache"


def both_readers(path, cache):
    reader = open_file_reader(path, cache)
    assert reader is not None
    database = open_database(path)
    return reader, database


QUERIES = (
    (show.initiative_by_id, "initiative_id"),
    (show.authors_of_one, "initiative_id"),
    (show.attachments_of, "initiative_id"),
    (show.reviews_of, "initiative_id"),
    (show.certificates_of, "initiative_id"),
)


def test_the_compiled_text_gives_the_rows_sqlalchemy_gives(site, cache):
    path, initiative_id = site
    reader, database = both_readers(path, cache)
    with reader, database.session() as session:
        usual = SessionReader(session)
        for builder, name in QUERIES:
            fast_rows = reader.rows(builder, **{name: initiative_id})
            usual_rows = usual.rows(builder, **{name: initiative_id})
            assert [tuple(r) for r in fast_rows] == [tuple(r) for r in usual_rows], builder
            assert [r._fields for r in fast_rows] == [tuple(r._fields) for r in usual_rows]
        row = reader.first(show.initiative_by_id, initiative_id=initiative_id)
        assert row.registered_on == dt.date(2022, 7, 1)
        assert row.benefit_value == Decimal("1234.5") and row.deleted is False
    database.close()


def test_a_later_process_finds_the_text_in_the_cache_file(site, cache, monkeypatch):
    path, initiative_id = site
    with open_file_reader(path, cache) as reader:
        first = reader.rows(show.authors_of_one, initiative_id=initiative_id)
    (stored,) = cache.glob("compiled-sql-*.json")
    assert "show.authors_of_one" in stored.read_text(encoding="utf-8")

    def no_compiling(*_args, **_kwargs):
        raise AssertionError("compiled again")

    monkeypatch.setattr(compiled, "compile_query", no_compiling)
    with open_file_reader(path, cache) as reader:
        assert reader.rows(show.authors_of_one, initiative_id=initiative_id) == first


@pytest.mark.parametrize(
    "spoilt", ["", "{not json", '{"format": 99}', '{"format": 1, "queries": {"x": 1}}', "[1, 2]"]
)
def test_a_spoilt_cache_file_is_rebuilt_not_an_error(site, cache, spoilt):
    path, initiative_id = site
    with open_file_reader(path, cache) as reader:
        reader.rows(show.certificates_of, initiative_id=initiative_id)
    (stored,) = cache.glob("compiled-sql-*.json")
    stored.write_text(spoilt, encoding="utf-8")
    with open_file_reader(path, cache) as reader:
        assert reader.rows(show.certificates_of, initiative_id=initiative_id) == []
    assert json.loads(stored.read_text(encoding="utf-8"))["format"] == compiled.FORMAT


def test_a_wrong_entry_in_the_cache_is_rebuilt(site, cache):
    path, initiative_id = site
    with open_file_reader(path, cache) as reader:
        reader.rows(show.attachments_of, initiative_id=initiative_id)
    (stored,) = cache.glob("compiled-sql-*.json")
    data = json.loads(stored.read_text(encoding="utf-8"))
    for entry in data["queries"].values():
        del entry["columns"]
    stored.write_text(json.dumps(data), encoding="utf-8")
    with open_file_reader(path, cache) as reader:
        assert reader.rows(show.attachments_of, initiative_id=initiative_id) == []


def test_an_unwritable_cache_folder_only_means_compiling_again(site, tmp_path):
    path, initiative_id = site
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    with open_file_reader(path, blocked / "cache") as reader:
        assert len(reader.rows(show.authors_of_one, initiative_id=initiative_id)) == 2


def test_anything_unusual_takes_the_usual_path(site, cache, tmp_path):
    path, _ = site
    assert compiled.usual_opening_needed(path) == ""
    assert open_file_reader(tmp_path / "missing.db", cache) is None
    assert open_file_reader("postgresql://hq/sangkien", cache) is None
    unchecked = tmp_path / "unchecked.db"
    open_database(unchecked, create=True).close()
    assert compiled.usual_opening_needed(unchecked) == "unknown"  # its check is due
    lock = path.with_name(path.name + ".lock")
    lock.write_text(lock.read_text(encoding="utf-8").replace('"open": false', '"open": true'))
    assert compiled.usual_opening_needed(path) == "unclean shutdown"


def test_a_value_the_builder_transforms_cannot_be_kept_as_text(site, cache):
    path, _ = site

    def by_upper_reg_no(reg_no: str):
        return show.initiative_by_reg_no(reg_no.upper())

    with open_file_reader(path, cache) as reader, pytest.raises(NotCacheable):
        reader.rows(by_upper_reg_no, reg_no="vsp")


def test_a_shape_value_is_part_of_the_key_not_a_parameter():
    assert compiled.query_key(show.unit_by_id, {"unit_id": "x", "deleted": True}).endswith(
        "unit_by_id(deleted=True)"
    )


def test_a_frozen_build_without_source_files_still_stamps_its_cache(monkeypatch, tmp_path):
    monkeypatch.setattr(compiled, "__file__", str(tmp_path / "no-such-folder" / "compiled.py"))
    assert compiled.sources_stamp() == "0-00000000"


@pytest.mark.parametrize("part", ["sql", "params", "columns", "column_count"])
def test_a_spoilt_entry_that_still_reads_as_json_is_compiled_again(site, cache, part):
    path, initiative_id = site
    with open_file_reader(path, cache) as reader:
        expected = reader.rows(show.authors_of_one, initiative_id=initiative_id)
    (stored,) = cache.glob("compiled-sql-*.json")
    data = json.loads(stored.read_text(encoding="utf-8"))
    for entry in data["queries"].values():
        entry[part.replace("column_count", "columns")] = {
            "sql": "SELECT nothing FROM nowhere",
            "params": [["value", "someone_else", "none"]],
            "columns": [["x", "a tag nobody knows"]],
            "column_count": [["x", "none"]],
        }[part]
    stored.write_text(json.dumps(data), encoding="utf-8")
    with open_file_reader(path, cache) as reader:
        assert reader.rows(show.authors_of_one, initiative_id=initiative_id) == expected
    assert "SELECT nothing" not in stored.read_text(encoding="utf-8")


def test_a_keys_fingerprint_is_its_sha256_without_loading_openssl():
    import base64
    import hashlib

    from db.node_identity import key_fingerprint

    key = bytes(range(32))
    digest = base64.b32encode(hashlib.sha256(key).digest()).decode("ascii")[:20]
    assert key_fingerprint(key) == "-".join(digest[i : i + 4] for i in range(0, 20, 4))


def test_values_go_in_and_come_out_as_sqlalchemy_converts_them_on_sqlite():
    from sqlalchemy import JSON, Boolean, Date, DateTime
    from sqlalchemy.dialects import sqlite

    from db.models import Money

    dialect = sqlite.dialect()
    samples = {
        "date": (Date(), [dt.date(2023, 4, 14), dt.date(999, 1, 2)]),
        "datetime": (DateTime(), [dt.datetime(2023, 4, 14, 9, 5, 7, 12), dt.datetime(999, 1, 2)]),
        "money": (Money(), [Decimal("1234.5"), 500_000_000, Decimal("0.01")]),
        "bool": (Boolean(), [True, False]),
        "json": (JSON(), [{"a": [1, "đ"]}, [], "x"]),
    }
    for tag, (sql_type, values) in samples.items():
        impl = sql_type.dialect_impl(dialect)
        put, get = impl.bind_processor(dialect), impl.result_processor(dialect, None)
        for value in values:
            stored = put(value)
            if tag in ("date", "datetime", "money"):
                assert compiled._bind_value(value, tag) == stored
            assert compiled._result_converter(tag)(stored) == get(stored)
            assert compiled._result_converter(tag)(None) is None
