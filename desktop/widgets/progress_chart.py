"""A bar chart of registered initiatives against the target, one pair of bars per unit."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter
from PySide6.QtWidgets import QWidget

from desktop.formatting import format_number
from desktop.messages import arg
from desktop.widgets.progress_delegate import UNDER

TARGET_COLOR = QColor("#c9d3dc")


@dataclass(frozen=True)
class ChartBar:
    label: str  # the unit's code, short enough for the axis
    registered: int
    target: int


class ProgressChart(QChartView):
    """Registered (blue) beside target (grey) per unit; hovering a bar names the unit's figures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumSize(320, 240)
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignTop)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setBackgroundRoundness(0)
        self.setChart(chart)
        self.bars: list[ChartBar] = []

    def show_bars(self, title: str, bars: list[ChartBar]) -> None:
        self.bars = list(bars)
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        chart.setTitle(title)
        series = self._series(bars)
        chart.addSeries(series)
        self._add_axes(chart, series, bars)

    def _series(self, bars: list[ChartBar]) -> QBarSeries:
        registered = QBarSet(self.tr("Đã đăng ký"))
        registered.setColor(UNDER)
        registered.setBorderColor(UNDER)
        target = QBarSet(self.tr("Chỉ tiêu"))
        target.setColor(TARGET_COLOR)
        target.setBorderColor(TARGET_COLOR)
        for bar in bars:
            registered.append(bar.registered)
            target.append(bar.target)
        series = QBarSeries()
        series.append(registered)
        series.append(target)
        series.setBarWidth(0.8)
        series.hovered.connect(self._show_tooltip)
        return series

    def _add_axes(self, chart: QChart, series: QBarSeries, bars: list[ChartBar]) -> None:
        categories = QBarCategoryAxis()
        categories.append([bar.label for bar in bars])
        small = QFont(self.font())
        small.setPointSizeF(max(self.font().pointSizeF() - 1.5, 7))
        categories.setLabelsFont(small)
        categories.setLabelsAngle(-90)
        categories.setTruncateLabels(False)  # "BIENDONGPOC" in full, never "…"
        values = QValueAxis()
        values.setLabelFormat("%d")
        values.setMin(0)
        values.setMax(max([1] + [max(b.registered, b.target) for b in bars]) * 1.05)
        values.applyNiceNumbers()
        whole_steps(values)
        values.setLabelsFont(small)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        series.attachAxis(values)

    def _show_tooltip(self, status: bool, index: int, _bar_set: QBarSet) -> None:
        if not status or not 0 <= index < len(self.bars):
            self.setToolTip("")
            return
        bar = self.bars[index]
        text = self.tr("%1: %2 / %3 chỉ tiêu")
        registered, target = format_number(bar.registered), format_number(bar.target)
        self.setToolTip(arg(text, bar.label, registered, target))


def whole_steps(values: QValueAxis) -> None:
    """Counts go up in whole numbers: a unit with 1 or 2 initiatives would otherwise get steps of
    0.25 printed as "0, 0, 1, 1"."""
    if values.max() >= values.tickCount() - 1:
        return  # nice numbers already step by 1, 2, 5, 10…
    top = max(1, math.ceil(values.max()))
    values.setRange(0, top)
    values.setTickCount(top + 1)
