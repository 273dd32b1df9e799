"""The title index kept on disk between runs, so that headquarters' 2,000,000 titles load in a
few seconds instead of being read and folded again (half a minute of CPU).

Only a large register's index is kept (PERSIST_MIN live titles): a file in the user's cache
folder, named by the database's path, holding a header and then the index (marshal: Python's
own fast format for plain lists, strings and bytes). The header is checked against the database
before the index is trusted: the node's id, and how many initiatives have a sequence number up to
the saved one and the highest rowid among them. A file replaced by a restore, or another
database at the same path, fails the check and the index is built afresh. After loading, the
index catches up by sequence numbers like one built in this run.

title_index, the accessor everyone calls, lives here (above TitleIndex in db.duplicates.index)
so that the index module need not import its cache.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import threading
from array import array
from pathlib import Path

from sqlalchemy import text
from sqlalchemy.orm import Session

from db.duplicates.index import TitleIndex

VERSION = 1
PERSIST_MIN = 50_000


def cache_file(session: Session) -> Path | None:
    """Where this database's index is kept (None for a database in memory)."""
    from platformdirs import user_cache_path

    from db.paths import APP_NAME

    url = session.get_bind().url
    name = url.database
    if url.get_backend_name() != "sqlite" or not name or name == ":memory:":
        return None  # a server's index is rebuilt by each clerk's program
    key = hashlib.sha1(str(Path(name).resolve()).encode()).hexdigest()[:20]
    return user_cache_path(APP_NAME, appauthor=False) / f"titles-{key}.idx"


def _stamp(session: Session, last_seq: int) -> tuple:
    node = session.execute(text("SELECT node_id FROM node")).scalar()
    count, top = session.execute(
        text("SELECT count(*), max(rowid) FROM initiatives WHERE seq <= :last"),
        {"last": last_seq},
    ).one()
    return (VERSION, node, last_seq, count, top)


def save_index(session: Session, index: TitleIndex) -> None:
    """Keep a large index on disk (written aside, then moved over: never half a file)."""
    path = cache_file(session)
    if path is None or index.live < PERSIST_MIN:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_suffix(".part")
    with partial.open("wb") as out:
        marshal.dump(_stamp(session, index.last_seq), out)
        postings = {word: rowids.tobytes() for word, rowids in index.postings.items()}
        marshal.dump((index.live, index.titles, postings), out)
    os.replace(partial, path)


def load_index(session: Session) -> TitleIndex | None:
    """The kept index of this database, if it is still this database's; else None."""
    path = cache_file(session)
    if path is None or not path.exists():
        return None
    try:
        with path.open("rb") as source:
            stamp = marshal.load(source)
            if not isinstance(stamp, tuple) or len(stamp) != 5 or stamp[0] != VERSION:
                return None
            if _stamp(session, stamp[2]) != stamp:
                return None
            live, titles, postings = marshal.load(source)
    except (OSError, EOFError, ValueError, TypeError):
        with contextlib.suppress(OSError):
            path.unlink()
        return None
    index = TitleIndex(titles=titles, live=live, last_seq=stamp[2])
    for word, raw in postings.items():
        rowids = array("i")
        rowids.frombytes(raw)
        index.postings[word] = rowids
    return index


_INDEXES: dict[str, TitleIndex] = {}
_LOCK = threading.Lock()


def title_index(session: Session) -> TitleIndex:
    """This database's index, brought up to date (one per database file, kept between calls;
    a large one also on disk between runs: save_index and load_index here)."""
    key = session.get_bind().url.render_as_string(hide_password=False)
    newest = session.execute(text("SELECT max(seq) FROM initiatives")).scalar() or 0
    with _LOCK:
        index = _INDEXES.get(key)
        if index is None or key.endswith(":memory:") or newest < index.last_seq:
            index = load_index(session) if newest else None  # kept from an earlier run
            if index is None or newest < index.last_seq:
                index = TitleIndex()  # new, or the file was replaced (a restore)
                index.build(session, newest)
                save_index(session, index)
            index.unit_codes = dict(session.execute(text("SELECT id, code FROM units")).all())
            _INDEXES[key] = index
        index.refresh(session, newest)
        return index
