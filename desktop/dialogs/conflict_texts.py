"""How a conflict's field, values and state read, in the sync page's table and in the conflict
dialog alike (below both)."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication

from db.audit import FIELDS
from db.sync.conflicts import ConflictView

MAX_CELL = 80


def value_text(value: Any, limit: int | None = MAX_CELL) -> str:
    """A field's value as a person reads it: empty shown as "(trống)", yes/no in words."""
    if value is None or value == "":
        text = QCoreApplication.translate("SyncPage", "(trống)")
    elif isinstance(value, bool):
        text = (
            QCoreApplication.translate("SyncPage", "có")
            if value
            else QCoreApplication.translate("SyncPage", "không")
        )
    else:
        text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


def field_text(field_name: str, language: str = "vi") -> str:
    return FIELDS.label(field_name, language)


def resolution_text(view: ConflictView) -> str:
    if view.resolved_at is None:
        return QCoreApplication.translate("SyncPage", "Chưa xem")
    return (
        QCoreApplication.translate("SyncPage", "Đã lấy lại giá trị bị thay")
        if view.resolution == "lost"
        else QCoreApplication.translate("SyncPage", "Đã giữ")
    )
