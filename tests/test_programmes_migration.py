"""Headquarters upgrades a database of the schema before programmes (revision 0002) holding the
demo's real records: the two phases become programme 1TRIEU-2021's, every target and initiative
stays, and the figures read the same."""

import sqlite3

from alembic import command

from db.demo import build_demo
from db.migrate import alembic_config, head_revision
from db.reference import reference_id
from db.session import open_database


def table_counts(path) -> dict[str, int]:
    conn = sqlite3.connect(path)
    try:
        tables = ("units", "phases", "targets", "initiatives", "reviews", "certificates")
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in tables}
    finally:
        conn.close()


def test_a_database_at_0002_gets_its_programme_and_keeps_every_record(tmp_path):
    path = tmp_path / "hq.db"
    build_demo(path, initiatives=400)
    database = open_database(path)
    command.downgrade(alembic_config(database.engine), "0002")
    database.close()
    before = table_counts(path)
    conn = sqlite3.connect(path)
    columns = [row[1] for row in conn.execute("PRAGMA table_info(phases)")]
    assert "programme_id" not in columns
    last_seq = conn.execute("SELECT last_seq FROM node").fetchone()[0]
    conn.close()

    open_database(path).close()

    conn = sqlite3.connect(path)
    assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    assert table_counts(path) == before
    programme = conn.execute(
        "SELECT id, code, name, starts_on, ends_on, counts, owner_unit_id, seq FROM programmes"
    ).fetchall()
    assert len(programme) == 1
    pid, code, name, starts, ends, counts, owner, seq = programme[0]
    assert (pid, code, starts, ends, counts) == (
        reference_id("programme", "1TRIEU-2021"),
        "1TRIEU-2021",
        "2021-09-01",
        "2023-09-01",
        "registered",
    )
    assert name.startswith("1 triệu sáng kiến – nỗ lực vượt khó")
    assert owner == reference_id("unit", "CDDKVN")
    assert seq == last_seq + 1
    phases = conn.execute(
        "SELECT code, programme_id FROM phases WHERE code LIKE 'GD%' ORDER BY code"
    ).fetchall()
    assert phases == [("GD1", pid), ("GD2", pid)]
    # (the demo's later programme went with the downgrade; its phases belong to none now)
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.close()


def test_a_new_database_holds_the_same_programme_as_an_upgraded_one(tmp_path):
    """The programme an upgraded node writes equals the one `init` loads: same id, same stamp."""
    fresh = tmp_path / "fresh.db"
    build_demo(fresh, initiatives=50)
    upgraded = tmp_path / "upgraded.db"
    build_demo(upgraded, initiatives=50)
    database = open_database(upgraded)
    command.downgrade(alembic_config(database.engine), "0002")
    database.close()
    open_database(upgraded).close()
    query = (
        "SELECT id, hlc, code, name, starts_on, ends_on, owner_unit_id FROM programmes "
        "WHERE code = '1TRIEU-2021'"
    )
    rows = [sqlite3.connect(p).execute(query).fetchall() for p in (fresh, upgraded)]
    assert rows[0] == rows[1]
