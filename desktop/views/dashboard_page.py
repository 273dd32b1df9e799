"""Tổng quan: registered initiatives against the target of a programme in this node's scope
("3.516 / 5.400 — 65%"), by phase, per unit with progress bars, and a chart per subordinate unit,
as of a date. The programme is chosen in a combo (the current one by default); a date outside
the chosen programme's window switches to the programme of that date. A site with nothing
registered yet sees what to do next instead of empty figures.

The figures come from db.queries.stats.progress_stats, the same function `sangkien stats` prints,
so the two always agree. Other helpers add buttons to the toolbar row with `add_action(button)`
(the printing helper's "Báo cáo…"); `as_of()`, `programme_code()` and `scope_unit_code()` say
what is shown.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.formatting import format_date, format_number, format_percent, phase_name
from desktop.messages import arg
from desktop.models.progress_model import PROGRESS_COLUMN, ProgressModel
from desktop.tasks import forget_op, run_op
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
QLabel#emptyState { background: palette(base); border: 1px dashed #b8c2cc; border-radius: 6px; }
"""


def figure_text(registered: int, target: int) -> str:
    """'3.516 / 5.400 — 65%' (the percent rounded down, as `stats`)."""
    percent = format_percent(registered, target)
    return f"{format_number(registered)} / {format_number(target)} — {percent}"


def _counts_recognised(figures) -> bool:
    """The programme measures its progress by recognised initiatives (Programme.counts)."""
    return figures.programme is not None and figures.programme.counts == "recognised"


def programme_label(choice) -> str:
    """'1 triệu sáng kiến (2021–2023)': the name up to its dash, with the years unless it has
    them already."""
    name = choice.name.split(" – ")[0]
    years = f"{choice.starts_on.year}–{choice.ends_on.year}"
    return name if str(choice.starts_on.year) in name else f"{name} ({years})"


def figures_of(reader, as_of: dt.date, unit_code: str, programme_code: str | None, memo=None):
    """desktop.models.progress_model.load_dashboard through a reader of db.compiled; with `memo`
    (a file database's, db.queries.stats_memo.memo_file), the figures remembered for the same
    records, else counted and remembered."""
    from desktop.models.progress_model import DashboardFigures

    if memo is None:
        from db.queries.stats import progress_stats_of

        stats = progress_stats_of(reader, as_of, unit_code, programme_code)
    else:
        from db.queries.stats_memo import counted_or_remembered

        stats = counted_or_remembered(reader, memo, as_of, unit_code, programme_code)
    return DashboardFigures(as_of, stats.scope, stats.phases, stats.children(), stats.programme)


def remembered_figures(reader, memo, as_of: dt.date, unit_code: str, programme_code: str | None):
    """The figures remembered for the records as they are now (None: they must be counted)."""
    from db.queries.stats_memo import read_stamp, remembered
    from desktop.models.progress_model import DashboardFigures

    stats = remembered(memo, as_of, unit_code, programme_code, read_stamp(reader))
    if stats is None:
        return None
    return DashboardFigures(as_of, stats.scope, stats.phases, stats.children(), stats.programme)


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
        if target:
            self.figure.setText(figure_text(registered, target))
        else:  # no target set: the count alone, never "0 / 0 — —"
            count = arg(self.tr("%1 sáng kiến"), format_number(registered))
            self.figure.setText(count)
            no_target = self.tr("chưa có chỉ tiêu")
            note = f"{note} · {no_target}" if note else no_target
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
        self.figures = None
        self._read_alone_failed = False
        self._hold_asked: tuple[dt.date, str, str | None] | None = None  # at a quick start
        context.database_opened.connect(self._database_opened)
        self.model = ProgressModel(self)
        self.setStyleSheet(CARD_STYLE)
        layout = QVBoxLayout(self)
        layout.addLayout(self._toolbar())
        self.report_button = add_report_button(self)  # the progress report as PDF or Excel
        self.report_button.setEnabled(context.database is not None)  # a quick start: once open
        layout.addLayout(self._cards())
        self.empty_state = QLabel()
        self.empty_state.setObjectName("emptyState")
        self.empty_state.setWordWrap(True)
        self.empty_state.setTextFormat(Qt.TextFormat.RichText)
        self.empty_state.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_state.setContentsMargins(18, 14, 18, 14)
        self.empty_state.hide()
        layout.addWidget(self.empty_state, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self._unit_table())
        self.chart = ProgressChart()
        self.splitter.addWidget(self.chart)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([660, 480])  # the table with its progress bars, then the chart
        layout.addWidget(self.splitter, 1)
        self._restore_state()
        self.watch_records()

    # ---- layout -------------------------------------------------------------------------------

    def _toolbar(self) -> QHBoxLayout:
        self.actions = QHBoxLayout()
        self.actions.addWidget(QLabel(self.tr("Chương trình:")))
        self.programme_combo = QComboBox()
        self.programme_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.programme_combo.setMaximumWidth(420)
        self.actions.addWidget(self.programme_combo)
        self.actions.addWidget(QLabel(self.tr("Số liệu đến ngày:")))
        self.as_of_edit = DateEdit()
        self.as_of_edit.set_value(dt.date.today())
        self.actions.addWidget(self.as_of_edit)
        self.counting = QLabel(self.tr("đang tính…"))  # figures being counted (refresh)
        self.counting.setObjectName("cardTitle")
        self.counting.hide()
        self.actions.addWidget(self.counting)
        self.quick_row = QHBoxLayout()
        self.actions.addLayout(self.quick_row)
        self.actions.addStretch(1)
        self._load_programmes()
        self.as_of_edit.dateChanged.connect(self._date_changed)
        self.programme_combo.currentIndexChanged.connect(self._programme_changed)
        return self.actions

    def _load_programmes(self) -> None:
        from db.queries.programme_dates import pick_default

        self.programmes = self._programme_choices()
        self.programme_combo.blockSignals(True)
        self.programme_combo.clear()
        for choice in self.programmes:
            self.programme_combo.addItem(programme_label(choice), choice.code)
            index = self.programme_combo.count() - 1
            self.programme_combo.setItemData(index, choice.name, Qt.ItemDataRole.ToolTipRole)
        current = pick_default(self.programmes, self.as_of())
        if current is not None:
            self.programme_combo.setCurrentIndex(self.programme_combo.findData(current.code))
        self.programme_combo.blockSignals(False)
        self.programme_combo.setVisible(bool(self.programmes))
        self._show_quick_dates()

    def _programme_choices(self) -> list:
        """Every programme; at a quick start, before the database is open, read with sqlite3
        alone (issue 13: the dashboard is the first page of a first start)."""
        if self.context.database is None:
            from db.queries.first_look import read_before_opening
            from db.queries.programme_dates import programme_choices_of

            found = read_before_opening(self.context.path, programme_choices_of)
            self._read_alone_failed = found is None
            return found or []
        from db.queries.programmes import programme_choices

        with self.context.database.session() as session:
            return programme_choices(session)

    def _chosen(self):
        code = self.programme_combo.currentData()
        return next((p for p in self.programmes if p.code == code), None)

    def _date_changed(self) -> None:
        """A date outside the chosen programme's window shows the programme of that date."""
        from db.queries.programme_dates import pick_default

        chosen, day = self._chosen(), self.as_of()
        if chosen is not None and not chosen.starts_on <= day <= chosen.ends_on:
            other = pick_default(self.programmes, day)
            if other is not None and other.code != chosen.code:
                self.programme_combo.blockSignals(True)
                self.programme_combo.setCurrentIndex(self.programme_combo.findData(other.code))
                self.programme_combo.blockSignals(False)
                self._show_quick_dates()
        self.refresh()

    def _programme_changed(self) -> None:
        self._show_quick_dates()
        self.refresh()

    def _show_quick_dates(self) -> None:
        while self.quick_row.count():
            widget = self.quick_row.takeAt(0).widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for text, day in self._quick_dates():
            button = QPushButton(text)
            button.setFlat(True)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _checked=False, d=day: self.as_of_edit.set_value(d))
            self.quick_row.addWidget(button)

    def _quick_dates(self) -> list[tuple[str, dt.date]]:
        """Today, the first programme's published progress day, and the end of each phase."""
        dates = [(self.tr("Hôm nay"), dt.date.today())]
        chosen = self._chosen()
        if chosen is None:
            return dates
        if chosen.starts_on <= REPORTED_ON <= chosen.ends_on:
            dates.append((arg(self.tr("Sơ kết %1"), format_date(REPORTED_ON)), REPORTED_ON))
        for code, name, _starts, ends in chosen.phases:
            if ends <= dt.date.today():
                label = arg(self.tr("Hết %1"), phase_name(code, name).lower())
                dates.append((label, ends))
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
        # the name takes what the figures leave (short names: "PV GAS", "Ban QLDA Thái Bình 2")
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in {0: 100, 2: 72, 3: 64, 4: 92, 5: 104}.items():
            self.table.setColumnWidth(column, width)
        layout.addWidget(self.table, 1)
        return box

    # ---- what is shown ------------------------------------------------------------------------

    def as_of(self) -> dt.date:
        return self.as_of_edit.value() or dt.date.today()

    def scope_unit_code(self) -> str:
        return self.context.node.unit_code

    def programme_code(self) -> str | None:
        return self.programme_combo.currentData()

    def reload(self) -> None:
        """Records changed (a package brought a programme): the picker, then the figures."""
        chosen = self.programme_code()
        self._load_programmes()
        if chosen and self.programme_combo.findData(chosen) >= 0:
            self.programme_combo.blockSignals(True)
            self.programme_combo.setCurrentIndex(self.programme_combo.findData(chosen))
            self.programme_combo.blockSignals(False)
            self._show_quick_dates()
        super().reload()

    def refresh(self) -> None:
        """The figures for the date, unit and programme chosen: at once when the records are
        as they were when they were last counted (db.queries.stats_memo), else "đang tính…"
        until they are counted (never the figures of other records as if they were current)."""
        from db.compiled import SessionReader
        from db.queries.stats_memo import memo_file

        database = self.context.database
        as_of, code, programme = self.as_of(), self.scope_unit_code(), self.programme_code()
        if database is None:  # a quick start: the same figures, read with sqlite3 alone
            self._refresh_before_opening(as_of, code, programme)
            return
        from db.engines import on_server

        memo = None if on_server(database.engine) else memo_file(database.path)
        self._show_counting()

        def load(_progress):
            with database.session() as session:
                return figures_of(SessionReader(session), as_of, code, programme, memo)

        def shown(figures) -> None:
            self._show(figures)
            if memo is not None:
                self._find_how_long_they_hold(as_of, code, programme)

        run_op(self, load, shown, key="figures")

    def _hold_once_open(self, as_of: dt.date, code: str, programme: str | None) -> None:
        """At a quick start, until which day the figures hold is found once the database is
        open, not beside the first paint (its statement may need compiling: SQLAlchemy)."""
        if self.context.database is None:
            self._hold_asked = (as_of, code, programme)
        else:
            self._find_how_long_they_hold(as_of, code, programme)

    def _find_how_long_they_hold(self, as_of: dt.date, code: str, programme: str | None) -> None:
        """Until which day the figures just shown hold (db.queries.stats_memo), on a worker."""
        from db.compiled import SessionReader
        from db.queries.stats_memo import memo_file

        database = self.context.database
        memo = memo_file(database.path)

        def how_long(_progress):
            from db.queries.stats_memo import remember_how_long

            with database.session() as session:
                remember_how_long(SessionReader(session), memo, as_of, code, programme)

        run_op(self, how_long, key="figures_hold")

    def _refresh_before_opening(self, as_of: dt.date, code: str, programme: str | None) -> None:
        from db.queries.first_look import read_before_opening
        from db.queries.stats_memo import memo_file

        path = self.context.path
        memo = memo_file(path)
        found = read_before_opening(
            path, lambda r: remembered_figures(r, memo, as_of, code, programme)
        )

        if found is not None:  # the records as they were counted: shown with the window
            forget_op(self, "figures")
            self._show(found)
            self._hold_once_open(as_of, code, programme)
            return
        self._show_counting()

        def load(_progress):
            return read_before_opening(path, lambda r: figures_of(r, as_of, code, programme, memo))

        def shown(figures) -> None:
            self._show_before_opening(figures)
            if figures is not None:
                self._hold_once_open(as_of, code, programme)

        run_op(self, load, shown, key="figures")

    def _show_counting(self) -> None:
        """ "Đang tính…" in place of figures not yet counted; figures shown before stay, greyed,
        under the same words until the new ones are in."""
        self.counting.show()
        if self.figures is None:
            self.total_card.title.setText(self.tr("Tổng quan"))
            self.total_card.figure.setText(self.tr("đang tính…"))
            self.total_card.note.hide()
        for widget in (self.total_card, *self.phase_cards, self.splitter):
            widget.setEnabled(False)

    def _show_before_opening(self, figures) -> None:
        if figures is None:  # the database was being opened meanwhile: read once it is
            self._read_alone_failed = True
            return
        self._show(figures)

    def _database_opened(self) -> None:
        """A quick start: the report can be made now; and if reading with sqlite3 alone came
        too late, the figures are read now."""
        self.report_button.setEnabled(True)
        asked, self._hold_asked = self._hold_asked, None
        if asked is not None:
            self._find_how_long_they_hold(*asked)
        if self._read_alone_failed:
            self._read_alone_failed = False
            self.reload()

    def _show(self, figures) -> None:
        self.figures = figures
        self.counting.hide()
        for widget in (self.total_card, *self.phase_cards, self.splitter):
            widget.setEnabled(True)
        as_of = format_date(figures.as_of)
        if _counts_recognised(figures):
            title = self.tr("%1 — sáng kiến đã công nhận so với chỉ tiêu, đến ngày %2")
            note = arg(self.tr("Đã đăng ký: %1"), format_number(figures.total.registered))
        else:
            title = self.tr("%1 — sáng kiến đã đăng ký so với chỉ tiêu, đến ngày %2")
            note = arg(self.tr("Đã công nhận: %1"), format_number(figures.total.recognised))
        self.total_card.show_figure(
            arg(title, figures.total.name, as_of),
            figures.total.counted,
            figures.total.target,
            note,
        )
        self._show_phases(figures.phases)
        self._show_units(figures)
        self._show_empty_state(figures)

    def _show_empty_state(self, figures) -> None:
        """Nothing registered in this programme here yet: what to do next, in place of an empty
        table and chart."""
        empty = figures.total.registered == 0
        no_units = not figures.units  # a rig or a site: nothing under it to compare
        self.empty_state.setVisible(empty or no_units)
        self.splitter.setVisible(not (empty or no_units))
        if not empty:
            if no_units:
                text = self.tr(
                    "%1 không có đơn vị trực thuộc: tiến độ của đơn vị là các số ở trên."
                )
                self.empty_state.setText(f"<p>{arg(text, figures.total.name)}</p>")
            return
        if figures.total.target:
            target = self.tr("Chỉ tiêu của %1 trong chương trình này: %2 sáng kiến.")
            target = arg(target, figures.total.name, format_number(figures.total.target))
        else:
            target = arg(
                self.tr(
                    "Chưa có chỉ tiêu cho %1 trong chương trình này: chỉ tiêu do cấp trên giao và "
                    "đến máy này trong gói đồng bộ (trang Đồng bộ → Nhập từ tệp…)."
                ),
                figures.total.name,
            )
        steps = [
            self.tr(
                "Nhập sáng kiến đầu tiên: trang <b>Sáng kiến</b> → <b>Sáng kiến mới</b> (Ctrl+N)."
            ),
            *(self._top_steps() if figures.total.parent_id is None else self._site_steps()),
        ]
        next_steps = self.tr("Việc tiếp theo:")
        heading = self.tr("Chưa có sáng kiến nào được đăng ký đến ngày %1.")
        heading = arg(heading, format_date(figures.as_of))
        items = "".join(f"<li>{step}</li>" for step in steps)
        self.empty_state.setText(
            f"<h3>{heading}</h3><p>{target}</p><p>{next_steps}</p><ol>{items}</ol>"
        )

    def _site_steps(self) -> list[str]:
        """A unit with a unit above it sends up and hears back."""
        return [
            self.tr(
                "Gửi lên cấp trên: trang <b>Đồng bộ</b> → <b>Xuất gói…</b>, mang tệp .skp theo USB."
            ),
            self.tr(
                "Nhận chỉ tiêu, quyết định và số giấy chứng nhận: trang <b>Đồng bộ</b> → "
                "<b>Nhập từ tệp…</b> gói của cấp trên."
            ),
        ]

    def _top_steps(self) -> list[str]:
        """The top of the tree (headquarters) has no unit above: it sets up and gathers."""
        return [
            self.tr(
                "Cài máy cho các đơn vị cấp dưới: trang <b>Đơn vị &amp; chỉ tiêu</b> → chọn đơn vị "
                "→ <b>Tạo gói khởi tạo…</b>, mang tệp theo USB."
            ),
            self.tr(
                "Nhận sáng kiến của các đơn vị cấp dưới: trang <b>Đồng bộ</b> → "
                "<b>Nhập từ tệp…</b> hoặc <b>Nhập cả thư mục…</b> các gói của họ."
            ),
        ]

    def _show_phases(self, phases) -> None:
        while len(self.phase_cards) < len(phases):
            card = FigureCard()
            self.phase_cards.append(card)
            self.cards_row.addWidget(card, 1)
        for card, phase in zip(self.phase_cards, phases, strict=False):
            period = f"{format_date(phase.starts_on)} – {format_date(phase.ends_on)}"
            card.show_figure(
                f"{phase_name(phase.code, phase.name)} ({period})", phase.counted, phase.target
            )
        for extra in self.phase_cards[len(phases) :]:
            extra.hide()

    def _show_units(self, figures) -> None:
        self.model.set_rows(figures.units)
        header = self.table.horizontalHeader()
        self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        text = arg(self.tr("Tiến độ các đơn vị trực thuộc %1"), figures.total.code)
        self.table_label.setText(text)
        bars = [ChartBar(u.code, u.counted, u.target) for u in self.model.rows]
        if _counts_recognised(figures):
            chart_title = self.tr("Đã công nhận và chỉ tiêu theo đơn vị, đến ngày %1")
        else:
            chart_title = self.tr("Đã đăng ký và chỉ tiêu theo đơn vị, đến ngày %1")
        self.chart.show_bars(arg(chart_title, format_date(figures.as_of)), bars)
        # one rotated label per unit needs ~12 px: the chart keeps the room for all of them
        self.chart.setMinimumWidth(min(70 + 12 * len(bars), 560))

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
