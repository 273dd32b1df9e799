"""A database at revision 0002 (before number series) upgrades to 0008 keeping every record, and
its node keeps numbering as it did."""

from __future__ import annotations

import sqlite3

from alembic import command
from safety_helpers import add_initiatives, make_site

from db.migrate import alembic_config, head_revision
from db.models import Initiative, NodeIdentity, Unit
from db.reg_numbers import next_reg_no
from db.safe_open import close_safely, open_safely


def test_a_site_at_revision_0002_keeps_its_records_and_its_numbers(tmp_path):
    path = tmp_path / "site.db"
    database = make_site(path)
    add_initiatives(database, 3)
    command.downgrade(alembic_config(database.engine), "0002")
    close_safely(database)
    before = sqlite3.connect(path)
    assert before.execute("SELECT version_num FROM alembic_version").fetchone() == ("0002",)
    columns = [row[1] for row in before.execute("PRAGMA table_info(node)")]
    before.close()
    assert "reg_series" not in columns

    database = open_safely(path)
    try:
        with database.session() as session:
            assert session.query(Initiative).count() == 3
            assert session.query(Unit).filter_by(code="VSP").one().name == "Công đoàn Vietsovpetro"
            node = session.query(NodeIdentity).one()
            assert node.unit_code == "VSP" and node.reg_series is None
            assert next_reg_no(session, "VSP", 2022) == "VSP-2022-0004"
    finally:
        close_safely(database)
    after = sqlite3.connect(path)
    assert after.execute("SELECT version_num FROM alembic_version").fetchone() == (head_revision(),)
    assert after.execute("PRAGMA application_id").fetchone()[0] != 0  # marked as SángKiến's
    after.close()


def test_the_schema_revisions_read_from_the_files_are_alembics():
    from alembic.script import ScriptDirectory

    from db.migrate import known_revisions

    scripts = ScriptDirectory.from_config(alembic_config())
    assert head_revision() == scripts.get_current_head()
    assert known_revisions() == {s.revision for s in scripts.walk_revisions()}
