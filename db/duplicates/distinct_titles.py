"""The register's distinct titles, for checking a whole package at once (the import preview).

Many initiatives share one title (one idea filed at many units; the demo's 160,692 initiatives
hold 14,341 distinct folded titles), so a package's titles are matched against the distinct
titles, each counted and scored once, and a hit stands for every initiative holding that title.
Built from the title index in one pass when a package is checked (a quarter of a second at
160,000 initiatives) and kept on the index until the register changes.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

import numpy as np
from rapidfuzz import fuzz, process

from db.duplicates.index import COMMON_SHARE, TitleIndex, best_scored, rarity_scores
from db.duplicates.matching import title_score


@dataclass(frozen=True)
class DistinctTitles:
    index: TitleIndex
    numbers: dict[str, int]  # folded title -> its number
    texts: list[str]  # by title number
    holders: list[list[int]]  # title number -> the rowids of the initiatives holding it
    postings: dict[str, np.ndarray]  # word -> title numbers

    @classmethod
    def of(cls, index: TitleIndex) -> DistinctTitles:
        """The index's distinct titles: kept on the index until it changes."""
        kept = index.distinct
        if isinstance(kept, DistinctTitles):
            return kept
        by_title: dict[str, list[int]] = defaultdict(list)
        for rowid, folded in enumerate(index.titles):
            if folded is not None:
                by_title[folded].append(rowid)
        texts = list(by_title)
        words: dict[str, list[int]] = defaultdict(list)
        for number, folded in enumerate(texts):
            for word in set(folded.split()):
                words[word].append(number)
        postings = {word: np.array(found, dtype=np.int32) for word, found in words.items()}
        numbers = {folded: number for number, folded in enumerate(texts)}
        made = cls(index, numbers, texts, list(by_title.values()), postings)
        index.distinct = made
        return made

    def ranked(
        self, query: str, min_score: float, wanted: int, rescored: int
    ) -> list[tuple[int, float]]:
        """(rowid, full title score) of the initiatives with the best titles, best first: the
        `rescored` best distinct titles, each standing for its holders (at most `rescored`)."""
        same = self.numbers.get(query)
        if same is not None and len(self.holders[same]) >= rescored:
            return [(rowid, 100.0) for rowid in self.holders[same][:rescored]]  # nothing beats it
        postings, total = self.postings, max(len(self.texts), 1)
        present = sorted(
            {w for w in self.index.corrected(query.split()) if w in postings},
            key=lambda w: len(postings[w]),
        )
        used = [
            postings[w]
            for n, w in enumerate(present)
            if n < 2 or len(postings[w]) <= COMMON_SHARE * total
        ]
        if not used:
            return []
        numbers = best_scored(rarity_scores(used, total), wanted).tolist()
        rough = process.extract(
            query,
            [self.texts[n] for n in numbers],
            scorer=fuzz.token_ratio,
            limit=rescored,
            score_cutoff=min_score,
        )
        scored = [(numbers[i], title_score(query, choice)) for choice, _score, i in rough]
        scored.sort(key=lambda pair: -pair[1])
        found: list[tuple[int, float]] = []
        for number, score in scored:
            if score < min_score or len(found) >= rescored:
                break
            found += [(rowid, score) for rowid in self.holders[number][: rescored - len(found)]]
        return found
