"""The register's distinct titles, for checking a whole package at once (the import preview).

Many initiatives share one title (one idea filed at many units; the demo's 160,692 initiatives
hold 14,341 distinct folded titles), so a package's titles are matched against the distinct
titles, each counted and scored once, and a hit stands for every initiative holding that title.
Built from the title index in one pass when a package is checked (a quarter of a second at
160,000 initiatives) and kept on the index until the register changes.

A package of 10,000 titles all new to the register is 10,000 searches, and the check must stay
a small part of the import (issue 14: at most a fifth). So a search here ranks the titles by
their *likeness* in shared rarity (what the query and a title share, over what both hold:
a title holding the query's words and few others ranks first), which puts the true copy among
the first ten far more often than the plain sum the keystroke uses; only those ten get the full
score (measured in tests/benchmarks/bench_duplicates.py: recall 0.97 over 2,000 retyped copies,
against 0.97 with the plain sum, a hundred candidates and rapidfuzz ranking them).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

import numpy as np
from rapidfuzz import fuzz

from db.duplicates.index import COMMON_SHARE, Entry, TitleIndex, best_scored

CLOSE_SHARE = 0.75  # the likeliest are first looked for among titles this close to the best
ESSENCES_KEPT = 200_000  # folded essences kept between checks (about 40 MB)


@dataclass(frozen=True)
class DistinctTitles:
    index: TitleIndex
    numbers: dict[str, int]  # folded title -> its number
    texts: list[str]  # by title number
    holders: list[list[int]]  # title number -> the rowids of the initiatives holding it
    postings: dict[str, np.ndarray]  # word -> title numbers (numpy's index type: no casting)
    weights: dict[str, np.ndarray]  # word -> its rarity, once per posting (bincount's weights)
    rarity: np.ndarray  # title number -> the rarity of all its words
    sorted_texts: list[str]  # by title number, its words in order: token_sort_ratio's own step
    sizes: dict[str, int]  # word -> how many titles hold it
    idf: dict[str, float]  # word -> its rarity
    # id -> folded essence ("" for none) of the initiatives here an import check compared: kept
    # with the titles until the register changes (headquarters previews a folder of packages,
    # and a popular title is a look-alike in each); at most ESSENCES_KEPT
    essences: dict[str, str] = field(default_factory=dict)
    # rowid -> the initiative here as a hit shows it (db.duplicates.index.Entry), and (folded
    # title, minimum) -> its search's answer (`ranked`), kept alike
    entries: dict[int, Entry] = field(default_factory=dict)
    searched: dict[tuple[str, float], list[tuple[int, float]]] = field(default_factory=dict)

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
        total = max(len(texts), 1)
        idf = {word: float(np.log1p(total / len(found))) for word, found in words.items()}
        rarity = np.array([sum(idf[w] for w in set(t.split())) for t in texts], dtype=np.float64)
        made = cls(
            index,
            {folded: number for number, folded in enumerate(texts)},
            texts,
            list(by_title.values()),
            {word: np.array(found, dtype=np.intp) for word, found in words.items()},
            {word: np.full(len(found), idf[word]) for word, found in words.items()},
            rarity,
            [" ".join(sorted(t.split())) for t in texts],
            {word: len(found) for word, found in words.items()},
            idf,
        )
        index.distinct = made
        return made

    def ranked(
        self, query: str, min_score: float, wanted: int, rescored: int
    ) -> list[tuple[int, float]]:
        """(rowid, full title score) of the initiatives with the best titles, best first: the
        `wanted` likeliest distinct titles fully scored, the best standing for their holders
        (at most `rescored`)."""
        same = self.numbers.get(query)
        if same is not None and len(self.holders[same]) >= rescored:
            return [(rowid, 100.0) for rowid in self.holders[same][:rescored]]  # nothing beats it
        texts, in_order = self.texts, self.sorted_texts
        query_in_order = " ".join(sorted(query.split()))
        # db.duplicates.matching.title_score, the words of the titles put in order once, not
        # per comparison (the same figure: token_sort_ratio is the ratio of the ordered words)
        scored = [
            (
                (fuzz.ratio(query_in_order, in_order[n]) + fuzz.token_set_ratio(query, texts[n]))
                / 2,
                n,
            )
            for n in self.likeliest(query, wanted)
        ]
        scored.sort(key=lambda pair: -pair[0])  # stable: the likelier first among equals
        found: list[tuple[int, float]] = []
        for score, number in scored:
            if score < min_score or len(found) >= rescored:
                break
            found += [(rowid, score) for rowid in self.holders[number][: rescored - len(found)]]
        return found

    def likeliest(self, query: str, wanted: int) -> list[int]:
        """The numbers of the `wanted` titles likest the query in shared rarity, likeliest
        first. A word in more than COMMON_SHARE of the titles is not counted as shared
        (unless it is one of the two rarest) but weighs in the query's own rarity."""
        postings, weights, sizes = self.postings, self.weights, self.sizes
        present = sorted(
            {w for w in self.index.corrected(query.split()) if w in sizes}, key=sizes.__getitem__
        )
        common = COMMON_SHARE * max(len(self.texts), 1)
        used = [w for n, w in enumerate(present) if n < 2 or sizes[w] <= common]
        if not used:
            return []
        shared = np.bincount(
            np.concatenate([postings[w] for w in used]),
            weights=np.concatenate([weights[w] for w in used]),
        )
        own = sum(map(self.idf.__getitem__, present))
        likeness = np.divide(shared, np.add(self.rarity[: len(shared)], own), out=shared)
        return best_scored(likeness, wanted, close=CLOSE_SHARE).tolist()
