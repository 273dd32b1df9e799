"""A title index that answers "which initiatives are like this title?" in milliseconds.

Blocking, then scoring. The folded words of every live initiative's title are posted in memory
(word -> the rowids of the titles holding it, 4-byte arrays); the folded titles are kept by
rowid, nothing else (2,000,000 titles fit in a few hundred MB at headquarters). A query sums,
per title, the rarity (idf) of the query's words it holds, over every posting of those words
(numpy's bincount, in C: the work grows with the register, so recall does not fall as it grows;
only a word in more than COMMON_SHARE of all titles is left out, as it says little), takes the
CANDIDATES best (numpy's argpartition), lets rapidfuzz rank those in C (token ratio, with the
caller's minimum as score_cutoff: the full score never exceeds it) and gives the best RESCORED
the full score (db.duplicates.matching.title_score). A word not in the vocabulary (a typo)
stands for its nearest vocabulary word (rapidfuzz's Levenshtein over the distinct words).

Only the few hits are read from the database (number, unit, date, status), by rowid. A keystroke
also reads `SELECT max(seq)`, to see whether anything changed; new and changed initiatives are
then read by their local sequence numbers (a changed title posts its new words; a word it lost
stays posted and is harmless: candidates are scored on the current title). A file replaced by a
restore (its newest sequence number below ours) starts a new index. Rowids are stable: this
database is never VACUUMed (the search index relies on it too, see migration 0001).
"""

from __future__ import annotations

import threading
from array import array
from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from sqlalchemy import text
from sqlalchemy.orm import Session

from db.duplicates.matching import folded_title, title_score

CANDIDATES = 300  # titles ranked by rapidfuzz per query
COMMON_SHARE = 0.2  # a word in more of the titles than this says little: not counted
BEST_SHARE = 0.15  # a candidate holds at least this share of the best candidate's word rarity
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


def rarity_scores(postings: list[np.ndarray], total: int) -> np.ndarray:
    """Per position, the sum of the rarity (idf: log(1 + total / postings)) of the postings
    holding it: many words shared count, rare ones most."""
    sizes = [len(part) for part in postings]
    rarity = np.log1p(total / np.array(sizes, dtype=np.float64))
    return np.bincount(np.concatenate(postings), weights=np.repeat(rarity, sizes))


def best_scored(
    scores: np.ndarray, wanted: int, share: float = BEST_SHARE, close: float | None = None
) -> np.ndarray:
    """The positions of the `wanted` highest nonzero scores, best first (ties: lower first).
    Only those holding at least `share` of the best one's score are looked at: one pass in C
    that leaves the few thousand worth sorting out of millions. With `close`, those holding
    `close` of the best are tried first: when they are `wanted` or more, the `wanted` best are
    among them (the same answer, with far fewer to sort)."""
    if len(scores) == 0:
        return np.arange(0)
    best = scores.max()
    top = np.flatnonzero(scores >= max(best * (close or share), 1e-9))
    if close is not None and len(top) < wanted:
        top = np.flatnonzero(scores >= max(best * share, 1e-9))
    if wanted < len(top):
        # Made unique first: numpy's selection slows down a hundredfold on many equal values.
        unique = scores[top] - top * 1e-12
        top = top[np.argpartition(unique, -wanted)[-wanted:]]
    return top[np.lexsort((top, -scores[top]))]


@dataclass
class TitleIndex:
    titles: list[str | None] = field(default_factory=list)  # folded, by rowid; None: not live
    postings: dict[str, array] = field(default_factory=lambda: defaultdict(lambda: array("i")))
    unit_codes: dict[str, str] = field(default_factory=dict)
    last_seq: int = -1
    live: int = 0
    _vocab: list[str] | None = None
    # The distinct titles (db.duplicates.distinct_titles.DistinctTitles) when a package was
    # checked; dropped on any change.
    distinct: object | None = None
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False, compare=False)

    # ---- keeping up to date ------------------------------------------------------------------

    def build(self, session: Session, newest: int) -> None:
        """Every live title at once (the first use of a database): the driver's own cursor
        (sqlite3 or psycopg) and one loop, as this is the index's one long wait (2,000,000
        titles at headquarters)."""
        cursor = session.connection().connection.driver_connection.cursor()
        rows = cursor.execute(
            "SELECT rowid, title FROM initiatives WHERE NOT deleted AND status != 'duplicate'"
        )
        titles, postings, live = self.titles, self.postings, 0
        for rowid, title in rows:
            folded = folded_title(title)
            if not folded:
                continue
            if rowid >= len(titles):
                titles.extend([None] * (rowid + 1 + len(titles) // 4 - len(titles)))
            titles[rowid] = folded
            live += 1
            for word in set(folded.split()):
                postings[word].append(rowid)
        self.live, self._vocab, self.last_seq = live, None, newest

    def refresh(self, session: Session, newest: int) -> None:
        if newest <= self.last_seq:
            return
        rows = session.execute(
            text(
                "SELECT rowid, title, deleted, status, seq FROM initiatives "
                "WHERE seq > :last ORDER BY seq"
            ),
            {"last": self.last_seq},
        ).all()
        for rowid, title, deleted, status, seq in rows:
            gone = bool(deleted) or status == "duplicate"
            old = self.titles[rowid] if rowid < len(self.titles) else None
            self._put(rowid, None if gone else folded_title(title), old)
            self.last_seq = max(self.last_seq, seq)
        self.unit_codes = dict(session.execute(text("SELECT id, code FROM units")).all())

    def _put(self, rowid: int, folded: str | None, old: str | None) -> None:
        titles = self.titles
        if rowid >= len(titles):
            titles.extend([None] * (rowid + 1 - len(titles)))
        folded = folded or None
        self.distinct = None
        self.live += (folded is not None) - (old is not None)
        titles[rowid] = folded
        if folded is None:
            return
        known = set(old.split()) if old else set()
        postings = self.postings
        with self._lock:
            for word in set(folded.split()) - known:
                if word not in postings:
                    self._vocab = None
                postings[word].append(rowid)

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

    def candidates(self, words: list[str], wanted: int = CANDIDATES) -> list[int]:
        """The rowids of the live titles sharing the most of the query's words, each word
        weighted by its rarity (idf). Every word's postings are counted (numpy, in C), so the
        work grows with the register, not with how rare the words are; a word in more than
        COMMON_SHARE of the titles is left out (unless it is one of the two rarest)."""
        postings = self.postings
        present = sorted({w for w in words if w in postings}, key=lambda w: len(postings[w]))
        if not present:
            return []
        live = max(self.live, 1)
        with self._lock:  # a refresh appending to a posting while numpy reads it would fail
            used = [
                np.frombuffer(postings[w], dtype=np.int32)
                for n, w in enumerate(present)
                if n < 2 or len(postings[w]) <= COMMON_SHARE * live
            ]
            scores = rarity_scores(used, live)  # copies what it reads
            del used  # the views go before the lock: an array with a view cannot grow
        return self._best(scores, wanted)

    def _best(self, scores: np.ndarray, wanted: int) -> list[int]:
        titles = self.titles
        best = best_scored(scores, wanted + wanted // 2).tolist()
        return [rowid for rowid in best if titles[rowid] is not None][:wanted]

    def ranked(
        self,
        query: str,
        min_score: float,
        wanted: int = CANDIDATES,
        rescored: int = RESCORED,
    ) -> list[tuple[int, float]]:
        """(rowid, full title score) of the best titles for a folded query, best first."""
        rowids = self.candidates(self.corrected(query.split()), wanted)
        titles = self.titles
        choices = [titles[rowid] for rowid in rowids]
        rough = process.extract(
            query, choices, scorer=fuzz.token_ratio, limit=rescored, score_cutoff=min_score
        )  # token_ratio is the larger of the two ratios title_score averages
        scored = [(rowids[i], title_score(query, choice)) for choice, _score, i in rough]
        scored = [(rowid, score) for rowid, score in scored if score >= min_score]
        scored.sort(key=lambda pair: -pair[1])
        return scored

    def search(
        self,
        session: Session,
        title: str,
        limit: int = 5,
        min_score: float = 0.0,
        exclude: set[str] | frozenset[str] = frozenset(),
    ) -> list[Hit]:
        """The best titles for a query, best first, with what the side list shows (one read)."""
        query = folded_title(title)
        if not query:
            return []
        scored = self.ranked(query, min_score)[: limit + len(exclude)]
        entries = entries_by_rowid(session, [rowid for rowid, _ in scored])
        hits = []
        for rowid, score in scored:
            entry = entries.get(rowid)
            if entry is not None and entry.id not in exclude:
                code = self.unit_codes.get(entry.unit_id or "", "")
                hits.append(Hit(entry, code, round(score, 1)))
        return hits[:limit]


def entries_by_rowid(session: Session, rowids: list[int]) -> dict[int, Entry]:
    """What the side list shows of these initiatives (900 a query: SQLite's parameter limit)."""
    found: dict[int, Entry] = {}
    for start in range(0, len(rowids), 900):
        names = {f"r{n}": rowid for n, rowid in enumerate(rowids[start : start + 900])}
        marks = ", ".join(f":{name}" for name in names)
        rows = session.execute(
            text(
                "SELECT rowid, id, reg_no, title, unit_id, registered_on, status "
                f"FROM initiatives WHERE rowid IN ({marks})"
            ),
            names,
        )
        found.update({row[0]: Entry(*row[1:5], str(row[5]), row[6]) for row in rows})
    return found
