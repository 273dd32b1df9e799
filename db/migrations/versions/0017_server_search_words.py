"""server search words

On PostgreSQL (issue 18) a search is counted from an index of words, the server's counterpart of
the doclists of SQLite's FTS5 table: `initiative_words` holds one (word, rowid) pair for every
distinct word of an initiative's folded search text (words are [0-9a-z]+, as db.search.TOKEN
splits them). Counting 'dau khi' is then a merge of two ranges of one B-tree read without the
table (an index-only scan), where the trigram index had to read every hit's row and test its
regular expression (755 ms for 23 ms on the file at 321,000 initiatives).

Triggers keep it: a statement's new rows (one INSERT per statement, so a COPY or a batch of a
thousand rows costs one insert of their words), a row whose search text or rowid changes, a
deleted row, a TRUNCATE. `migrate-to` switches the insert trigger off while it copies and fills
the table once at the end (db.postgres.words). Rows already on the server are filled here. A
SQLite file is left exactly as it was (FTS5 is its index).

Revision ID: 0017
Revises: 0016
Create Date: 2026-12-02 23:10:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLE = "initiative_words"
INDEX = "ix_initiative_words"
WORDS = "sk_words"  # the distinct words of a folded text

FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION {WORDS}(folded text) RETURNS SETOF text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT DISTINCT word FROM regexp_split_to_table(folded, '[^0-9a-z]+') AS word
    WHERE word <> ''
$$;

CREATE OR REPLACE FUNCTION sk_initiative_words_added() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO {TABLE} (word, rowid)
    SELECT word, added.rowid FROM added, LATERAL {WORDS}(added.search_text) AS word;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sk_initiative_words_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM {TABLE}
        WHERE rowid = OLD.rowid AND word IN (SELECT {WORDS}(OLD.search_text));
    END IF;
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO {TABLE} (word, rowid) SELECT {WORDS}(NEW.search_text), NEW.rowid;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sk_initiative_words_emptied() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE {TABLE};
    RETURN NULL;
END $$;
"""

TRIGGERS = """
CREATE TRIGGER initiative_words_added AFTER INSERT ON initiatives
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION sk_initiative_words_added();
CREATE TRIGGER initiative_words_changed AFTER UPDATE OF search_text, rowid ON initiatives
    FOR EACH ROW
    WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text OR OLD.rowid <> NEW.rowid)
    EXECUTE FUNCTION sk_initiative_words_changed();
CREATE TRIGGER initiative_words_deleted AFTER DELETE ON initiatives
    FOR EACH ROW EXECUTE FUNCTION sk_initiative_words_changed();
CREATE TRIGGER initiative_words_emptied AFTER TRUNCATE ON initiatives
    FOR EACH STATEMENT EXECUTE FUNCTION sk_initiative_words_emptied();
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # COLLATE "C": a word's prefix ('khi'*) is a range of the B-tree whatever the server's locale
    op.execute(f'CREATE TABLE {TABLE} (word text COLLATE "C" NOT NULL, rowid bigint NOT NULL)')
    op.execute(FUNCTIONS)
    op.execute(
        f"INSERT INTO {TABLE} (word, rowid) "
        f"SELECT word, initiatives.rowid FROM initiatives, LATERAL {WORDS}(search_text) AS word"
    )
    op.execute(f"CREATE UNIQUE INDEX {INDEX} ON {TABLE} (word, rowid)")
    # no parallel workers: a merge of two ranges of the index is ~30 ms at 80,000 initiatives,
    # where the planner's parallel hash join took 150 ms (workers' start-up on a busy server)
    op.execute(f"ALTER TABLE {TABLE} SET (parallel_workers = 0)")
    op.execute(TRIGGERS)


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    for trigger in ("added", "changed", "deleted", "emptied"):
        op.execute(f"DROP TRIGGER IF EXISTS initiative_words_{trigger} ON initiatives")
    op.execute(f"DROP TABLE IF EXISTS {TABLE}")
    for function in ("added()", "changed()", "emptied()"):
        op.execute(f"DROP FUNCTION IF EXISTS sk_initiative_words_{function}")
    op.execute(f"DROP FUNCTION IF EXISTS {WORDS}(text)")
