"""Vietnamese order for every list a person reads sorted: "Đào tạo" and "Điện" come with D
(after "Dầu khí"), before "Xây lắp"; "Ăn uống" after "An toàn". Python's own order compares code
points, which puts every accented capital after Z.

Qt's QCollator with the Vietnamese locale (ICU) does this; the keys are cached because a table
sorts thousands of rows with few distinct texts."""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from typing import Any, TypeVar

T = TypeVar("T")


@cache
def _collator():
    from PySide6.QtCore import QCollator, QLocale

    collator = QCollator(QLocale(QLocale.Language.Vietnamese, QLocale.Country.Vietnam))
    collator.setNumericMode(True)  # "Giai đoạn 2" before "Giai đoạn 10"
    collator.setCaseSensitivity(collator.caseSensitivity().CaseInsensitive)
    return collator


@cache
def vi_key(text: str) -> Any:
    """A sort key that orders texts as a Vietnamese reader expects."""
    return _collator().sortKey(text)


def sort_vi(items: Iterable[T], text=lambda item: item) -> list[T]:
    """`items` in Vietnamese order of `text(item)`."""
    return sorted(items, key=lambda item: vi_key(text(item) or ""))


def comparable(value: Any) -> Any:
    """A value as a sort key: texts in Vietnamese order, everything else as it is."""
    return vi_key(value) if isinstance(value, str) else value
