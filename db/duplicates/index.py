"""A title index that answers "which initiatives are like this title?" in milliseconds.

Blocking, then scoring. The folded words of every live initiative's title are posted in memory
(word -> positions of the titles holding it, 4-byte arrays). A query counts, per title, how many
of its rarest words the title holds (collections.Counter over the postings, in C; the commonest
words are left out once POSTING_BUDGET postings have been read: a word in a third of all titles
says little), takes the CANDIDATES best, lets rapidfuzz rank those in C (token ratio) and gives
the best RESCORED the full score (db.duplicates.matching.title_score). A word not in the
vocabulary (a typo) stands for its nearest vocabulary word (rapidfuzz's Levenshtein over the few
thousand distinct words).

What the side list shows (number, unit, date, title) is kept beside each title, so a keystroke
reads the database once: `SELECT max(seq)`, to see whether anything changed. New and changed
initiatives are then read by their local sequence numbers; a file replaced by a restore (its
newest sequence number below ours) starts a new index.
"""

from __future__ import annotations

import threading
from array import array
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from sqlalchemy import text
from sqlalchemy.orm import Session

from db.duplicates.matching import folded_title, title_score

CANDIDATES = 600  # titles ranked by rapidfuzz per query
POSTING_BUDGET = 40_000  # postings counted per query before the commoner words are left out
RESCORED = 30  # of those, the best by rapidfuzz's token ratio get the full score


@dataclass(frozen=True)
class Entry:
    """What the side list shows of one initiative."""

    id: str
    reg_no: str
    title: str
    unit_id: str | None
    registered_on: str  # ISO date, as stored
    status: str


@dataclass
class Hit:
    entry: Entry
    unit_code: str
    score: float

    @property
    def id(self) -> str:
        return self.entry.id

    @property
    def unit_id(self) -> str | None:
        return self.entry.unit_id


@dataclass
class TitleIndex:
    entries: list[Entry] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)  # folded
    alive: list[bool] = field(default_factory=list)
    postings: dict[str, array] = field(default_factory=lambda: defaultdict(lambda: array("i")))
    position: dict[str, int] = field(default_factory=dict)
    unit_codes: dict[str, str] = field(default_factory=dict)
    last_seq: int = -1
    live: int = 0
    _vocab: list[str] | None = None

    # ---- keeping up to date ------------------------------------------------------------------

    def refresh(self, session: Session, newest: int) -> None:
        if newest <= self.last_seq:
            return
        rows = session.execute(
            text(
                "SELECT id, reg_no, title, unit_id, registered_on, status, deleted, seq "
                "FROM initiatives WHERE seq > :last ORDER BY seq"
            ),
            {"last": self.last_seq},
        ).all()
        for row_id, reg_no, title, unit_id, registered_on, status, deleted, seq in rows:
            entry = Entry(row_id, reg_no, title, unit_id, str(registered_on), status)
            self.put(entry, bool(deleted) or status == "duplicate")
            self.last_seq = max(self.last_seq, seq)
        self.unit_codes = dict(session.execute(text("SELECT id, code FROM units")).all())

    def put(self, entry: Entry, gone: bool) -> None:
        old = self.position.get(entry.id)
        if old is not None:
            if self.alive[old]:
                self.live -= 1
            self.alive[old] = False
        folded = folded_title(entry.title)
        if gone or not folded:
            return
        index = len(self.entries)
        self.entries.append(entry)
        self.titles.append(folded)
        self.alive.append(True)
        self.position[entry.id] = index
        self.live += 1
        for word in set(folded.split()):
            if word not in self.postings:
                self._vocab = None
            self.postings[word].append(index)

    # ---- asking ------------------------------------------------------------------------------

    def vocabulary(self) -> list[str]:
        if self._vocab is None:
            self._vocab = list(self.postings)
        return self._vocab

    def corrected(self, words: list[str]) -> list[str]:
        """The query's words, a typo replaced by its nearest vocabulary word (one edit away)."""
        fixed = []
        for word in words:
            if word in self.postings or len(word) < 3:
                fixed.append(word)
                continue
            near = process.extractOne(
                word, self.vocabulary(), scorer=Levenshtein.distance, score_cutoff=1
            )
            fixed.append(near[0] if near else word)
        return fixed

    def candidates(self, words: list[str]) -> list[int]:
        """The titles holding the most of the query's rarer words, best first."""
        postings = self.postings
        ranked = sorted({w for w in words if w in postings}, key=lambda w: len(postings[w]))
        counts: Counter[int] = Counter()
        read = 0
        for used, word in enumerate(ranked):
            df = len(postings[word])
            if used >= 2 and read + df > POSTING_BUDGET:
                break
            counts.update(postings[word])  # counted in C
            read += df
        alive = self.alive
        best = counts.most_common(CANDIDATES * 2)
        return [index for index, _ in best if alive[index]][:CANDIDATES]

    def search(
        self,
        title: str,
        limit: int = 5,
        min_score: float = 0.0,
        exclude: set[str] | frozenset[str] = frozenset(),
    ) -> list[Hit]:
        """The best titles for a query, best first (see the module docstring)."""
        query = folded_title(title)
        if not query:
            return []
        entries = self.entries
        choices = {
            index: self.titles[index]
            for index in self.candidates(self.corrected(query.split()))
            if entries[index].id not in exclude
        }
        ranked = process.extract(query, choices, scorer=fuzz.token_ratio, limit=RESCORED)
        hits = []
        for _title, _rough, index in ranked:
            score = title_score(query, self.titles[index])
            if score >= min_score:
                entry = entries[index]
                code = self.unit_codes.get(entry.unit_id or "", "")
                hits.append(Hit(entry, code, round(score, 1)))
        hits.sort(key=lambda hit: -hit.score)
        return hits[:limit]


_INDEXES: dict[str, TitleIndex] = {}
_LOCK = threading.Lock()


def title_index(session: Session) -> TitleIndex:
    """This database's index, brought up to date (one per database file, kept between calls)."""
    key = session.get_bind().url.render_as_string(hide_password=False)
    newest = session.execute(text("SELECT max(seq) FROM initiatives")).scalar() or 0
    with _LOCK:
        index = _INDEXES.get(key)
        if index is None or key.endswith(":memory:") or newest < index.last_seq:
            index = _INDEXES[key] = TitleIndex()  # new, or the file was replaced (a restore)
        index.refresh(session, newest)
        return index
