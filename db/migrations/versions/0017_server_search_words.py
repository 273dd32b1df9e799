"""server search words

On PostgreSQL (issue 18) a search is found and counted from the words of the folded search text,
as SQLite's FTS5 finds and counts them (words are [0-9a-z]+, as db.search.TOKEN splits them):
- `ix_initiatives_words`, a GIN index of `sk_word_array(search_text)`: the rows holding every
  word typed (`@> ARRAY['pham', 'anh', 'huy']`), exactly, where the trigram index of 0013 gave
  2,715 candidates for 98 hits of 'pham anh huy' at 80,000 initiatives (and 'anh' found
  'thanh'). It replaces that index (a row has ~30 words for ~150 trigrams: cheaper to keep at
  every import), which nothing else used.
- `initiative_word_blocks (word, block, bits)`: for each word and each block of 1,024 rowids, a
  bit per rowid, kept by triggers on initiatives (a statement's new rows at once: a COPY or a
  batch costs one upsert of their words; a row whose search text or rowid changes; a deleted
  row; a TRUNCATE). Counting 'dau khi' is an AND and a bit_count of two words' blocks (about
  1,000 rows at a million initiatives; 0.5-1.2 ms at 80,000), where the trigram index read every
  hit's row (755 ms for 23 ms on the file at 321,000) and a (word, rowid) B-tree, tried first,
  took 21-30 ms to merge and 6.9 s to take the words of 10,000 new initiatives.
`sk_refill_search_words()` fills the blocks from the initiatives (here, for the rows already on
the server; and by `migrate-to`, which copies with the insert trigger off).

Also on a server: `ix_initiatives_browse_rowid`, the table's order (registered_on, then rowid)
with the unit, phase and status beside it, as SQLite's browse index holds its rowid: the first
rows of a unit are an index-only walk that stops at the page's end (0.4 ms for 1.0 ms at 80,000,
with no row read for the 638 rows of other units it passes).

And `initiative_counts (deleted, status, phase_id, field_id, n)`, the initiatives counted by
what the table's narrow counts filter on, kept by statement triggers (a statement's rows at
once; an UPDATE writes only the groups whose number changed): the table's count on a server is
a sum over a few hundred rows, where counting a million rows' index took 124 ms for 13 ms on
the file. Writers that change a status already take the node row first (db.records), so two
clerks never wait on each other's counts in a different order.

And two covering indexes for a page of the table (its 100 rows' authors' names, a correlated
`string_agg` per row): `ix_initiative_authors_listed (initiative_id) INCLUDE (person_id,
deleted)` and `ix_people_id_name (id) INCLUDE (full_name)`; the page's columns went from 7.0 ms
to 1.4-1.9 ms at a million (EXPLAIN ANALYZE), where the file takes about 0.1 ms.

A SQLite file is left exactly as it was (FTS5 is its index, and it counts its own rows fast).

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

BLOCKS = "initiative_word_blocks"
WORDS_INDEX = "ix_initiatives_words"
TRIGRAMS = "ix_initiatives_search_trgm"  # 0013's, replaced
BROWSE = "ix_initiatives_browse_rowid"
WORDS = "sk_word_array"  # the words of a folded text
# the authors' names of a page of the table read from indexes alone (7.0 ms for 1.4-1.9 ms)
LISTED = (
    (
        "ix_initiative_authors_listed",
        "initiative_authors",
        "(initiative_id) INCLUDE (person_id, deleted)",
    ),
    ("ix_people_id_name", "people", "(id) INCLUDE (full_name)"),
)
BIT = "sk_word_bit"  # a rowid's bit in its block of 1,024 rowids

FUNCTIONS = f"""
CREATE OR REPLACE FUNCTION {WORDS}(folded text) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT string_to_array(btrim(regexp_replace(folded, '[^0-9a-z]+', ' ', 'g')), ' ')
$$;

CREATE OR REPLACE FUNCTION {BIT}(row_key bigint) RETURNS bit(1024)
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT set_bit(repeat('0', 1024)::bit(1024), (row_key & 1023)::int, 1)
$$;

CREATE OR REPLACE FUNCTION sk_initiative_words_added() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO {BLOCKS} (word, block, bits)
    SELECT word, added.rowid >> 10, bit_or({BIT}(added.rowid))
    FROM added, unnest({WORDS}(added.search_text)) AS word
    GROUP BY 1, 2
    ON CONFLICT (word, block) DO UPDATE SET bits = {BLOCKS}.bits | excluded.bits;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sk_initiative_words_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        UPDATE {BLOCKS} SET bits = bits & ~{BIT}(OLD.rowid)
        WHERE block = OLD.rowid >> 10 AND word = ANY({WORDS}(OLD.search_text));
    END IF;
    IF TG_OP = 'UPDATE' THEN
        INSERT INTO {BLOCKS} (word, block, bits)
        SELECT DISTINCT word, NEW.rowid >> 10, {BIT}(NEW.rowid)
        FROM unnest({WORDS}(NEW.search_text)) AS word
        ON CONFLICT (word, block) DO UPDATE SET bits = {BLOCKS}.bits | excluded.bits;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sk_initiative_words_emptied() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE {BLOCKS};
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sk_refill_search_words() RETURNS void
LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('work_mem', '256MB', true);  -- the blocks' aggregate, in memory
    TRUNCATE {BLOCKS};
    INSERT INTO {BLOCKS} (word, block, bits)
    SELECT word, rowid >> 10, bit_or({BIT}(rowid))
    FROM initiatives, unnest({WORDS}(search_text)) AS word
    GROUP BY 1, 2;
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

COUNTS = "initiative_counts"
COUNT_KEY = "deleted, coalesce(status, ''), coalesce(phase_id, ''), coalesce(field_id, '')"
COUNTED = f"""
CREATE OR REPLACE FUNCTION sk_initiative_counts_changed() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        INSERT INTO {COUNTS} AS held (deleted, status, phase_id, field_id, n)
        SELECT deleted, status, phase_id, field_id, count(*) FROM added GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4
        ON CONFLICT ({COUNT_KEY}) DO UPDATE SET n = held.n + excluded.n;
    ELSIF TG_OP = 'DELETE' THEN
        INSERT INTO {COUNTS} AS held (deleted, status, phase_id, field_id, n)
        SELECT deleted, status, phase_id, field_id, -count(*) FROM removed GROUP BY 1, 2, 3, 4
        ORDER BY 1, 2, 3, 4
        ON CONFLICT ({COUNT_KEY}) DO UPDATE SET n = held.n + excluded.n;
    ELSE  -- only the groups whose number changed are written (a title saved writes nothing)
        INSERT INTO {COUNTS} AS held (deleted, status, phase_id, field_id, n)
        SELECT deleted, status, phase_id, field_id, sum(k) FROM (
            SELECT deleted, status, phase_id, field_id, 1 AS k FROM added
            UNION ALL
            SELECT deleted, status, phase_id, field_id, -1 AS k FROM removed
        ) AS moved
        GROUP BY 1, 2, 3, 4 HAVING sum(k) <> 0 ORDER BY 1, 2, 3, 4
        ON CONFLICT ({COUNT_KEY}) DO UPDATE SET n = held.n + excluded.n;
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION sk_initiative_counts_emptied() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE {COUNTS};
    RETURN NULL;
END $$;

CREATE TRIGGER initiative_counts_added AFTER INSERT ON initiatives
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION sk_initiative_counts_changed();
CREATE TRIGGER initiative_counts_changed AFTER UPDATE ON initiatives
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT
    EXECUTE FUNCTION sk_initiative_counts_changed();
CREATE TRIGGER initiative_counts_deleted AFTER DELETE ON initiatives
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT
    EXECUTE FUNCTION sk_initiative_counts_changed();
CREATE TRIGGER initiative_counts_emptied AFTER TRUNCATE ON initiatives
    FOR EACH STATEMENT EXECUTE FUNCTION sk_initiative_counts_emptied();
"""


def upgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    # COLLATE "C": the same bytes, whatever the server's locale
    op.execute(
        f'CREATE TABLE {BLOCKS} (word text COLLATE "C" NOT NULL, block bigint NOT NULL, '
        f"bits bit(1024) NOT NULL, CONSTRAINT pk_{BLOCKS} PRIMARY KEY (word, block))"
    )
    # no parallel workers: joining two words' blocks is ~1 ms; starting workers on a busy
    # server took 35 ms and more
    op.execute(f"ALTER TABLE {BLOCKS} SET (parallel_workers = 0)")
    # the 1,000 commonest words in the planner's statistics: a count of 'vsp-2023-2178' then
    # starts from the rare '2178' (120 blocks, 2.2 ms at a million) instead of 'vsp' (977, 31 ms)
    op.execute(f"ALTER TABLE {BLOCKS} ALTER COLUMN word SET STATISTICS 1000")
    op.execute(FUNCTIONS)
    op.execute("SELECT sk_refill_search_words()")
    op.execute(TRIGGERS)
    op.execute("SET LOCAL maintenance_work_mem = '256MB'")
    op.execute(
        f"CREATE INDEX IF NOT EXISTS {WORDS_INDEX} ON initiatives USING gin ({WORDS}(search_text))"
    )
    op.execute(f"DROP INDEX IF EXISTS {TRIGRAMS}")
    op.execute(
        f"CREATE TABLE {COUNTS} (deleted boolean NOT NULL, status text, phase_id text, "
        "field_id text, n bigint NOT NULL)"
    )
    op.execute(f"CREATE UNIQUE INDEX uq_{COUNTS} ON {COUNTS} ({COUNT_KEY})")
    op.execute(
        f"INSERT INTO {COUNTS} SELECT deleted, status, phase_id, field_id, count(*) "
        "FROM initiatives GROUP BY 1, 2, 3, 4"
    )
    op.execute(COUNTED)
    op.execute(
        f"CREATE INDEX IF NOT EXISTS {BROWSE} ON initiatives (deleted, registered_on, rowid) "
        "INCLUDE (unit_id, phase_id, status)"
    )
    for name, table, columns in LISTED:
        op.execute(f"CREATE INDEX IF NOT EXISTS {name} ON {table} {columns}")


def downgrade() -> None:
    if op.get_bind().dialect.name != "postgresql":
        return
    op.execute(
        f"CREATE INDEX IF NOT EXISTS {TRIGRAMS} ON initiatives USING gin (search_text gin_trgm_ops)"
    )
    op.execute(f"DROP INDEX IF EXISTS {BROWSE}")
    for name, _table, _columns in LISTED:
        op.execute(f"DROP INDEX IF EXISTS {name}")
    for trigger in ("added", "changed", "deleted", "emptied"):
        op.execute(f"DROP TRIGGER IF EXISTS initiative_counts_{trigger} ON initiatives")
    op.execute(f"DROP TABLE IF EXISTS {COUNTS}")
    op.execute("DROP FUNCTION IF EXISTS sk_initiative_counts_changed()")
    op.execute("DROP FUNCTION IF EXISTS sk_initiative_counts_emptied()")
    op.execute(f"DROP INDEX IF EXISTS {WORDS_INDEX}")
    for trigger in ("added", "changed", "deleted", "emptied"):
        op.execute(f"DROP TRIGGER IF EXISTS initiative_words_{trigger} ON initiatives")
    op.execute(f"DROP TABLE IF EXISTS {BLOCKS}")
    for function in ("added()", "changed()", "emptied()"):
        op.execute(f"DROP FUNCTION IF EXISTS sk_initiative_words_{function}")
    op.execute("DROP FUNCTION IF EXISTS sk_refill_search_words()")
    op.execute(f"DROP FUNCTION IF EXISTS {WORDS}(text), {BIT}(bigint)")
