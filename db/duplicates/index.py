"""A title index that answers "which initiatives are like this title?" in milliseconds.

Blocking, then scoring: the folded words of every live initiative's title are posted in memory
(word -> the titles that hold it). A query takes its rarest words first (a word in a third of all
titles says little), counts, per title, the weight (idf) of the words it shares, and hands the
few hundred best to rapidfuzz (db.duplicates.matching.title_score). A word not in the vocabulary
(a typo) stands for its vocabulary neighbours one edit away (rapidfuzz's Levenshtein over the
few thousand distinct words). The index is built once per database and brought up to date from
the initiatives' local sequence numbers (`seq`) before each query: new and changed titles only.
"""

from __future__ import annotations

import heapq
import math
import threading
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from operator import itemgetter

from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein
from sqlalchemy import text
from sqlalchemy.orm import Session

from db.duplicates.matching import folded_title, title_score

CANDIDATES = 300  # titles scored by rapidfuzz per query
POSTING_BUDGET = 40_000  # postings read per query before the commoner words are left out
RESCORED = 30  # of those, the best by rapidfuzz's token ratio get the full score


@dataclass
class Hit:
    id: str
    unit_id: str | None
    score: float


@dataclass
class TitleIndex:
    ids: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    units: list[str | None] = field(default_factory=list)
    alive: list[bool] = field(default_factory=list)
    # word -> positions of the titles holding it (4-byte ints: 100,000 titles cost a few MB)
    postings: dict[str, array] = field(default_factory=lambda: defaultdict(lambda: array("i")))
    position: dict[str, int] = field(default_factory=dict)
    last_seq: int = -1
    live: int = 0
    _vocab: list[str] | None = None

    # ---- keeping up to date ------------------------------------------------------------------

    def refresh(self, session: Session) -> None:
        rows = session.execute(
            text(
                "SELECT id, title, unit_id, deleted, seq, status FROM initiatives "
                "WHERE seq > :last ORDER BY seq"
            ),
            {"last": self.last_seq},
        ).all()
        for row_id, title, unit_id, deleted, seq, status in rows:
            self.put(row_id, title, unit_id, bool(deleted) or status == "duplicate")
            self.last_seq = max(self.last_seq, seq)

    def put(self, row_id: str, title: str | None, unit_id: str | None, gone: bool) -> None:
        old = self.position.get(row_id)
        folded = folded_title(title)
        if old is not None:
            if self.alive[old]:
                self.live -= 1
            self.alive[old] = False
        if gone or not folded:
            return
        index = len(self.ids)
        self.ids.append(row_id)
        self.titles.append(folded)
        self.units.append(unit_id)
        self.alive.append(True)
        self.position[row_id] = index
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

    def words_for(self, word: str) -> list[str]:
        """The word itself when titles hold it; else its neighbours one edit away (a typo)."""
        if word in self.postings:
            return [word]
        if len(word) < 3:
            return []
        found = process.extract(
            word, self.vocabulary(), scorer=Levenshtein.distance, score_cutoff=1, limit=4
        )
        return [match for match, _distance, _ in found]

    def idf(self, word: str) -> float:
        return math.log(1 + max(self.live, 1) / max(len(self.postings.get(word, ())), 1))

    def corrected(self, words: list[str]) -> list[str]:
        """The query's words with a typo replaced by its nearest vocabulary word."""
        fixed = []
        for word in words:
            near = self.words_for(word)
            fixed.append(near[0] if near else word)
        return fixed

    def candidates(self, words: list[str]) -> list[int]:
        """The titles sharing the most (idf-weighted) words with the query, best first."""
        weighted: list[tuple[int, float, str]] = []
        for word in dict.fromkeys(words):
            for posted in self.words_for(word):
                weighted.append((len(self.postings[posted]), self.idf(posted), posted))
        weighted.sort()
        counts: dict[int, float] = defaultdict(float)
        read = 0
        for used, (df, weight, posted) in enumerate(weighted):
            if used >= 2 and read + df > POSTING_BUDGET:
                break
            read += df
            for index in self.postings[posted]:
                counts[index] += weight
        alive = self.alive
        best = heapq.nlargest(CANDIDATES * 2, counts.items(), key=itemgetter(1))
        return [index for index, _ in best if alive[index]][:CANDIDATES]

    def search(
        self,
        title: str,
        limit: int = 5,
        min_score: float = 0.0,
        exclude: set[str] | frozenset[str] = frozenset(),
    ) -> list[Hit]:
        """The best titles for a query: rapidfuzz ranks the candidates in C (token ratio), and
        the best few get the full score (db.duplicates.matching.title_score)."""
        query = folded_title(title)
        if not query:
            return []
        choices = {
            index: self.titles[index]
            for index in self.candidates(self.corrected(query.split()))
            if self.ids[index] not in exclude
        }
        ranked = process.extract(query, choices, scorer=fuzz.token_ratio, limit=RESCORED)
        hits = []
        for _title, _rough, index in ranked:
            score = title_score(query, self.titles[index])
            if score >= min_score:
                hits.append(Hit(self.ids[index], self.units[index], round(score, 1)))
        hits.sort(key=lambda hit: -hit.score)
        return hits[:limit]


_INDEXES: dict[str, TitleIndex] = {}
_LOCK = threading.Lock()


def title_index(session: Session) -> TitleIndex:
    """This database's index, brought up to date (one per database file, kept between calls)."""
    key = session.get_bind().url.render_as_string(hide_password=False)
    with _LOCK:
        index = _INDEXES.get(key)
        newest = session.execute(text("SELECT max(seq) FROM initiatives")).scalar() or 0
        if index is None or key.endswith(":memory:") or newest < index.last_seq:
            index = _INDEXES[key] = TitleIndex()  # new, or the file was replaced (a restore)
        index.refresh(session)
        return index


def forget_indexes() -> None:
    """Drop every cached index (a database replaced by a restore, tests)."""
    with _LOCK:
        _INDEXES.clear()
