"""Validation messages beside the fields: db/ rules give Problems (field, message in vi/en); each
field's red label below it shows its own, the rest go to a general label at the bottom."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtWidgets import QLabel, QWidget

from db.validation import Problem

ERROR_STYLE = "color: #b3261e;"


def error_label(parent: QWidget | None = None) -> QLabel:
    label = QLabel(parent)
    label.setStyleSheet(ERROR_STYLE)
    label.setWordWrap(True)
    label.hide()
    return label


class FieldMessages:
    """The error labels of one form, by the db field name each stands for."""

    def __init__(self, general: QLabel, language: str = "vi") -> None:
        self.general = general
        self.language = language
        self.labels: dict[str, QLabel] = {}

    def label_for(self, *fields: str) -> QLabel:
        """A new red label showing the problems of `fields` (several fields may share one)."""
        label = error_label()
        for name in fields:
            self.labels[name] = label
        return label

    def show(self, problems: list[Problem]) -> None:
        self.clear()
        texts: dict[QLabel, list[str]] = defaultdict(list)
        for problem in problems:
            label = self.labels.get(problem.field, self.general)
            texts[label].append(problem.message(self.language))
        for label, lines in texts.items():
            label.setText("\n".join(dict.fromkeys(lines)))
            label.show()

    def clear(self) -> None:
        for label in {*self.labels.values(), self.general}:
            label.clear()
            label.hide()

    def has_messages(self) -> bool:
        return any(label.isVisible() or label.text() for label in self.labels.values())
