"""The progress report ("Báo cáo tiến độ"): the figures of db.queries.stats.progress_stats — the
same ones `sangkien stats` prints and the dashboard shows — as a PDF to print or an Excel workbook
to work on. Which one is chosen by the file's suffix (progress_file.py); this module is the text
both formats share.

Both writers put the file under a temporary name beside `out` and rename it when complete
(db.fileutil.atomic_path), so a full disk or a read-only stick leaves nothing half written and
raises StorageError with a message a person can act on.
"""

from __future__ import annotations

import unicodedata

from db.queries.stats import NO_PHASE, PhaseStats, ProgressStats, UnitStats
from desktop.printing.vietnamese import grouped_number, short_date

ORGANISATION = "Công đoàn Dầu khí Việt Nam"
REPORT_TITLE = "Báo cáo tiến độ chương trình 1 triệu sáng kiến"  # the first programme's
OUTSIDE_PHASES = "Ngoài các giai đoạn"


# ---- what both formats say the same way ----------------------------------------------------------


def nfc(text: str | None) -> str:
    return unicodedata.normalize("NFC", text or "")


def report_title(stats: ProgressStats) -> str:
    """'Báo cáo tiến độ chương trình 1 triệu sáng kiến': the programme's name up to its dash."""
    if stats.programme is None:
        return REPORT_TITLE
    return f"Báo cáo tiến độ chương trình {nfc(stats.programme.name).split(' – ')[0]}"


def programme_line(stats: ProgressStats) -> str:
    """The programme's full name and window, under the title."""
    programme = stats.programme
    if programme is None:
        return ""
    window = f"{short_date(programme.starts_on)} – {short_date(programme.ends_on)}"
    if " – " not in nfc(programme.name):  # the title holds the whole name: only the window
        return f"({window})"
    return f"{nfc(programme.name)} ({window})"


def as_of_line(stats: ProgressStats) -> str:
    return f"Tính đến ngày {short_date(stats.as_of)}"


def scope_heading(stats: ProgressStats) -> str | None:
    """The unit's name under the union's, unless the report is the whole union's."""
    name = nfc(stats.scope.name)
    return None if name.casefold() == ORGANISATION.casefold() else name


def phase_label(phase: PhaseStats) -> str:
    return nfc(phase.name) if phase.code != NO_PHASE else OUTSIDE_PHASES


def phase_period(phase: PhaseStats) -> str:
    if phase.starts_on is None or phase.ends_on is None:
        return ""
    return f"{short_date(phase.starts_on)} – {short_date(phase.ends_on)}"


def number_text(value: int) -> str:
    return grouped_number(value)


def percent_text(figures: UnitStats | PhaseStats) -> str:
    """'65%' rounded down as everywhere in SángKiến; '—' where there is no target."""
    return "—" if figures.percent is None else f"{figures.percent}%"


def summary_line(stats: ProgressStats) -> str:
    total = stats.scope
    line = (
        f"Đã đăng ký {number_text(total.registered)} sáng kiến, đã công nhận "
        f"{number_text(total.recognised)}"
    )
    if total.target:
        line += f"; chỉ tiêu {number_text(total.target)} — đạt {percent_text(total)}"
    return line + "."
