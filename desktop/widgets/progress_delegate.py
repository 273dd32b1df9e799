"""A progress bar drawn in a table cell: registered against target, with the percent beside it.

The model answers PROGRESS_ROLE with (done, target); the bar turns green once the target is met.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from desktop.formatting import format_percent

PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 20
TEXT_WIDTH = 48  # room for "188%" right of the bar

TRACK = QColor("#e3e7eb")
UNDER = QColor("#2f6fb2")  # under target: the application's blue
MET = QColor("#2e8b57")  # target met: green
NO_TARGET = QColor("#9aa3ab")


def bar_color(done: int, target: int) -> QColor:
    if not target:
        return NO_TARGET
    return MET if done >= target else UNDER


class ProgressBarDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        value = index.data(PROGRESS_ROLE)
        if value is None:
            super().paint(painter, option, index)
            return
        done, target = value
        self._paint_background(painter, option, index)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        bar = option.rect.adjusted(6, 0, -TEXT_WIDTH - 4, 0)
        bar.setTop(option.rect.center().y() - 5)
        bar.setHeight(10)
        self._paint_bar(painter, bar, done, target)
        self._paint_text(painter, option, done, target)
        painter.restore()

    @staticmethod
    def _paint_background(painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        background = QStyleOptionViewItem(option)
        background.text = ""
        style = option.widget.style() if option.widget else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, background, painter, option.widget)

    @staticmethod
    def _paint_bar(painter: QPainter, bar: QRect, done: int, target: int) -> None:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(TRACK)
        painter.drawRoundedRect(QRectF(bar), 4, 4)
        fraction = min(done / target, 1.0) if target else 0.0
        if fraction > 0:
            filled = QRectF(bar)
            filled.setWidth(max(bar.width() * fraction, 4))
            painter.setBrush(bar_color(done, target))
            painter.drawRoundedRect(filled, 4, 4)

    @staticmethod
    def _paint_text(painter: QPainter, option: QStyleOptionViewItem, done: int, target: int):
        selected = option.state & QStyle.StateFlag.State_Selected
        role = (
            option.palette.ColorRole.HighlightedText if selected else option.palette.ColorRole.Text
        )
        painter.setPen(option.palette.color(role))
        text_rect = option.rect.adjusted(option.rect.width() - TEXT_WIDTH - 4, 0, -6, 0)
        align = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, align, format_percent(done, target))
