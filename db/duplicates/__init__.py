"""Duplicates (issue 14): the same initiative filed twice, the same person recorded twice.

matching.py    folding and rapidfuzz scores (title, essence, a pair)
index.py       the in-memory title index: idf-weighted word counts, then rapidfuzz
distinct_titles.py  the register's distinct titles: a whole package checked at once
candidates.py  similar initiatives while typing, pairs to decide, incoming ones at import
decisions.py   "same" / "different" and undo: synced records, the first-filer rule
people.py      people recorded twice: find them, merge (an alias keeps the old id), undo
demo.py        the pairs the demo plants
"""
