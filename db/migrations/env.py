"""Alembic environment: runs migrations on the engine SángKiến opened (or on sqlalchemy.url)."""

from alembic import context
from sqlalchemy import create_engine

from db.models import Base

config = context.config
target_metadata = Base.metadata

# Tables kept by hand-written SQL (FTS5 search index and its shadow tables; the server's words
# of 0017, kept by triggers) are not models.
LOCAL_SQL_TABLES = ("initiative_fts", "initiative_word_blocks", "initiative_counts")
# The server's counterparts (0013's trigram index, replaced by 0017's words): indexes no model
# declares.
LOCAL_SQL_INDEXES = (
    "ix_initiatives_search_trgm",
    "ix_initiatives_rowid",
    "ix_people_search_text_pattern",
    "ix_initiatives_browse_rowid",
    "ix_initiatives_words",
    "ix_initiative_authors_listed",
    "ix_people_id_name",
)
# The server's rowid (0016): what SQLite builds into every table, no model declares.
LOCAL_SQL_COLUMNS = (("initiatives", "rowid"),)


def include_object(obj, name, type_, reflected, compare_to):
    if type_ == "index" and name in LOCAL_SQL_INDEXES:
        return False
    if type_ == "column" and reflected and (obj.table.name, name) in LOCAL_SQL_COLUMNS:
        return False
    return not (type_ == "table" and name and name.startswith(LOCAL_SQL_TABLES))


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        include_object=include_object,
    )


def run_migrations_online() -> None:
    given = config.attributes.get("connection")
    if given is not None:  # db.migrate: every pending step in its one open transaction
        _configure(given)
        context.run_migrations()
        return
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url"))
    with engine.connect() as connection:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        connection.commit()


run_migrations_online()
