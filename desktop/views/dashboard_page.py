"""Tổng quan: registered initiatives against the target in this node's scope ("3.516 / 5.400 —
65%"), by phase, per unit with progress bars, and a chart per subordinate unit, as of a date.

The figures come from db.queries.stats.progress_stats, the same function `sangkien stats` prints,
so the two always agree. Other helpers add buttons to the toolbar row with `add_action(button)`
(the printing helper's "Báo cáo…"); `as_of()` and `scope_unit_code()` say what is shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QFrame,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_date, format_number, format_percent, phase_name
from desktop.models.progress_model import PROGRESS_COLUMN, ProgressModel
from desktop.views.progress_report_button import add_report_button
from desktop.views.registry import Page, PageContext
from desktop.widgets.date_edit import DateEdit
from desktop.widgets.page_refresh import RefreshOnChange
from desktop.widgets.progress_chart import ChartBar, ProgressChart
from desktop.widgets.progress_delegate import MET, UNDER, ProgressBarDelegate
from desktop.widgets.tables import record_table, restore_header, save_header

# The programme's published progress figure was taken on this day (programme.json).
REPORTED_ON = dt.date(2023, 4, 14)

CARD_STYLE = """
QFrame#card { background: palette(base); border: 1px solid #d5dbe1; border-radius: 6px; }
QLabel#cardTitle { color: #55606b; }
"""


def figure_text(registered: int, target: int) -> str:
    """'3.516 / 5.400 — 65%' (the percent rounded down, as `stats`)."""
    percent = format_percent(registered, target)
    return f"{format_number(registered)} / {format_number(target)} — {percent}"


class FigureCard(QFrame):
    """A titled card: the figure "registered / target — percent", a bar, and a note."""

    def __init__(self, big: bool = False, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(4)
        self.title = QLabel()
        self.title.setObjectName("cardTitle")
        self.title.setWordWrap(True)
        self.figure = QLabel()
        font = QFont(self.figure.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * (2.2 if big else 1.45))
        self.figure.setFont(font)
        self.figure.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setFixedHeight(12 if big else 8)
        self.bar.setRange(0, 1000)
        self.note = QLabel()
        self.note.setObjectName("cardTitle")
        for widget in (self.title, self.figure, self.bar, self.note):
            layout.addWidget(widget)

    def show_figure(self, title: str, registered: int, target: int, note: str = "") -> None:
        self.title.setText(title)
        self.figure.setText(figure_text(registered, target))
        self.bar.setValue(min(int(1000 * registered / target), 1000) if target else 0)
        color = (MET if target and registered >= target else UNDER).name()
        self.bar.setStyleSheet(
            "QProgressBar { background: #e3e7eb; border: none; border-radius: 4px; }"
            f"QProgressBar::chunk {{ background: {color}; border-radius: 4px; }}"
        )
        self.note.setText(note)
        self.note.setVisible(bool(note))


class DashboardPage(RefreshOnChange, Page):
    title = QT_TRANSLATE_NOOP("Pages", "Tổng quan")
    icon = "dashboard"

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(context, parent)
        self._generation = 0
        self.figures = None
        self.model = ProgressModel(self)
        self.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        add_report_button(self)  # "Báo cáo…": the progress report as PDF or Excel
        layout.addLayout(self._cards())
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._unit_table())
        self.chart = ProgressChart()
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([630, 530])  # the table with its progress bars, then the chart
        layout.addWidget(self.splitter, 1)
        self._restore_state()
        self.watch_records()

    # ---- layout -------------------------------------------------------------------------------

    def _toolbar(self) -> QHBoxLayout:
        self.actions = QHBoxLayout()
        self.actions.addWidget(QLabel(self.tr("Số liệu đến ngày:")))
        self.as_of_edit = DateEdit()
        self.as_of_edit.set_value(dt.date.today())
        self.as_of_edit.dateChanged.connect(self.refresh)
        self.actions.addWidget(self.as_of_edit)
        for text, day in self._quick_dates():
            button = QPushButton(text)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, d=day: self.as_of_edit.set_value(d))
            self.actions.addWidget(button)
        self.actions.addStretch(1)
        return self.actions

    def _quick_dates(self) -> list[tuple[str, dt.date]]:
        from db.queries.unit_tree import live_phases

        with self.context.database.session() as session:
            phases = live_phases(session)
        dates = [(self.tr("Hôm nay"), dt.date.today())]
        dates.append((self.tr("Sơ kết %1").replace("%1", format_date(REPORTED_ON)), REPORTED_ON))
        for phase in phases:
            dates.append(
                (
                    self.tr("Hết %1").replace("%1", phase_name(phase.code, phase.name).lower()),
                    phase.ends_on,
                )
            )
        return dates

    def add_action(self, button: QAbstractButton) -> None:
        """Another helper's button (e.g. "Báo cáo…") at the right end of the toolbar row."""
        self.actions.addWidget(button)

    def _cards(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.total_card = FigureCard(big=True)
        row.addWidget(self.total_card, 2)
        self.phase_cards: list[FigureCard] = []
        self.cards_row = row
        return row

    def _unit_table(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table_label = QLabel()
        layout.addWidget(self.table_label)
        self.table = record_table(self.model, 1, PROGRESS_COLUMN, Qt.SortOrder.DescendingOrder)
        self.table.setItemDelegateForColumn(PROGRESS_COLUMN, ProgressBarDelegate(self.table))
        for column, width in {0: 95, 1: 135, 2: 80, 3: 65, 4: 105, 5: 115}.items():
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        return box

    # ---- what is shown ------------------------------------------------------------------------

    def as_of(self) -> dt.date:
        return self.as_of_edit.value() or dt.date.today()

    def scope_unit_code(self) -> str:
        return self.context.node.unit_code

    def refresh(self) -> None:
        from desktop.models.progress_model import load_dashboard

        self._generation += 1
        generation, database = self._generation, self.context.database
        as_of, code = self.as_of(), self.scope_unit_code()

        def load():
            with database.session() as session:
                return load_dashboard(session, as_of, code)

        self.context.run_task(load, lambda figures: self._show(generation, figures))

    def _show(self, generation: int, figures) -> None:
        if generation != self._generation:
            return
        self.figures = figures
        as_of = format_date(figures.as_of)
        title = self.tr("%1 — sáng kiến đã đăng ký so với chỉ tiêu, đến ngày %2")
        note = self.tr("Đã công nhận: %1").replace("%1", format_number(figures.total.recognised))
        self.total_card.show_figure(
            title.replace("%1", figures.total.name).replace("%2", as_of),
            figures.total.registered,
            figures.total.target,
            note,
        )
        self._show_phases(figures.phases)
        self._show_units(figures)

    def _show_phases(self, phases) -> None:
        while len(self.phase_cards) < len(phases):
            card = FigureCard()
            self.phase_cards.append(card)
            self.cards_row.addWidget(card, 1)
        for card, phase in zip(self.phase_cards, phases, strict=False):
            period = f"{format_date(phase.starts_on)} – {format_date(phase.ends_on)}"
            card.show_figure(
                f"{phase_name(phase.code, phase.name)} ({period})", phase.registered, phase.target
            )
        for extra in self.phase_cards[len(phases) :]:
            extra.hide()

    def _show_units(self, figures) -> None:
        self.model.set_rows(figures.units)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        text = self.tr("Tiến độ các đơn vị trực thuộc %1").replace("%1", figures.total.code)
        self.table_label.setText(text)
        bars = [ChartBar(u.code, u.registered, u.target) for u in self.model.rows]
        chart_title = self.tr("Đã đăng ký và chỉ tiêu theo đơn vị, đến ngày %1")
        self.chart.show_bars(chart_title.replace("%1", format_date(figures.as_of)), bars)

    # ---- remembered ---------------------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.context.settings
        restore_header(self.table, settings, "pages/dashboard/header")
        splitter = settings.value("pages/dashboard/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)

    def save_state(self) -> None:
        save_header(self.table, self.context.settings, "pages/dashboard/header")
        self.context.settings.setValue("pages/dashboard/splitter", self.splitter.saveState())
