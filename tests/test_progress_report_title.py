"""The progress report of a programme whose name has no dash ("Sáng kiến vì người lao động
2025–2027") says its name once, in the title, with its window under it; the first programme's
long name ("1 triệu sáng kiến – nỗ lực vượt khó, …") is shortened in the title and given whole
under it."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from desktop.printing.progress_report import programme_line, report_title


def stats_of(name: str):
    programme = SimpleNamespace(
        name=name, starts_on=dt.date(2025, 1, 1), ends_on=dt.date(2027, 12, 31)
    )
    return SimpleNamespace(programme=programme)


def test_a_name_without_a_dash_is_said_once():
    stats = stats_of("Sáng kiến vì người lao động 2025–2027")
    assert (
        report_title(stats) == "Báo cáo tiến độ chương trình Sáng kiến vì người lao động 2025–2027"
    )
    assert programme_line(stats) == "(01/01/2025 – 31/12/2027)"


def test_a_long_name_is_shortened_in_the_title_and_given_whole_under_it():
    name = "1 triệu sáng kiến – nỗ lực vượt khó, sáng tạo"
    stats = stats_of(name)
    assert report_title(stats) == "Báo cáo tiến độ chương trình 1 triệu sáng kiến"
    assert programme_line(stats) == f"{name} (01/01/2025 – 31/12/2027)"
