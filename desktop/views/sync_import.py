"""The sync page's work off the GUI thread and what it says afterwards: check every package chosen
(a bad one is reported by name, the others go on), import those the person accepted, and the
result in words. No Qt widgets here; the calls are db/sync's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from db.fileutil import StorageError
from db.messages import Message
from db.progress import IsCancelled, OnProgress, share
from db.session import Database, DatabaseError
from db.sync.errors import PackageRefused, UnknownSender
from db.sync.report import ExportResult, ImportReport, table_label
from desktop.formatting import current_language, format_number
from desktop.messages import Texts, arg, say
from desktop.widgets.error_text import message_in_language

UNREADABLE = (PackageRefused, StorageError, DatabaseError, OSError, ValueError)


SyncPage = Texts("SyncPage")  # lupdate files SyncPage.tr("...") under "SyncPage"


# ---- preview and import --------------------------------------------------------------------------


def preview_packages(
    database: Database,
    paths: list[Path],
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
) -> list[ImportReport]:
    """What importing each package would do; nothing is written."""
    return [
        preview_one(database, path, share(progress, i, len(paths)), cancelled)
        for i, path in enumerate(paths)
    ]


def preview_one(
    database: Database, path: Path, progress: OnProgress | None, cancelled: IsCancelled | None
):
    """The preview of one package. A new node vouched for by its enrolment here (a child made
    from a setup package issued here) previews without the trust flag, as it imports: `new_node`
    only, shown as information. Any other node not known here: the preview as if trusted (still
    nothing written) with `needs_trust` and the fingerprint for the person to confirm."""
    # the sync engine (signatures, formats) loads when a package is opened, not at start-up
    from db.sync.importer import preview_package, refused_report

    options = {"progress": progress, "cancelled": cancelled}
    try:
        try:
            return preview_package(database, path, **options)
        except UnknownSender:
            report = preview_package(database, path, trust_new_node=True, **options)
            report.needs_trust = True
            return report
    except UNREADABLE as error:
        return refused_report(path, error)


def import_chosen(
    database: Database,
    chosen: list[tuple[Path, bool]],
    actor: str,
    progress: OnProgress | None = None,
    cancelled: IsCancelled | None = None,
    waiting: Callable[[Message], None] | None = None,
) -> list[ImportReport]:
    """Import each (path, trust its new sender) in turn, each in its own transaction; `waiting`
    is told when another import holds a server headquarters."""
    from db.sync.importer import import_package, refused_report

    reports = []
    for index, (path, trust) in enumerate(chosen):
        step = share(progress, index, len(chosen))
        try:
            report = import_package(
                database,
                path,
                trust_new_node=trust,
                actor=actor,
                progress=step,
                cancelled=cancelled,
                waiting=waiting,
            )
        except UNREADABLE as error:
            report = refused_report(path, error)
        reports.append(report)
    return reports


# ---- in words ------------------------------------------------------------------------------------


def size_text(size: int) -> str:
    if size >= 1_048_576:
        return f"{size / 1_048_576:.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} KB"


def export_result_text(result: ExportResult) -> str:
    where = (
        QCoreApplication.translate("SyncPage", "lên cấp trên")
        if result.direction == "up"
        else QCoreApplication.translate("SyncPage", "xuống cấp dưới")
    )
    full = QCoreApplication.translate("SyncPage", " toàn bộ") if result.full else ""
    sealed = QCoreApplication.translate("SyncPage", ", đã mã hóa") if result.encrypted else ""
    language = current_language()
    parts = [
        f"{table_label(t, language)} {format_number(n)}" for t, n in result.counts.items() if n
    ]
    # the files themselves, apart from their records (which read "Tệp đính kèm 1" above)
    files = (
        arg(QCoreApplication.translate("SyncPage", " và nội dung của %1 tệp"), result.files)
        if result.files
        else ""
    )
    what = (
        ", ".join(parts)
        if parts
        else QCoreApplication.translate("SyncPage", "không có thay đổi mới")
    )
    text = QCoreApplication.translate(
        "SyncPage", "Đã xuất gói%1 %2 cho %3: %4 bản ghi (%5)%6, %7%8.\nTệp: %9"
    )
    records = format_number(result.records())
    size = size_text(result.size)
    return arg(
        text, full, where, result.destination, records, what, files, size, sealed, result.path
    )


def file_name(report: ImportReport) -> str:
    return report.file.replace("\\", "/").rsplit("/", 1)[-1]


def refusal_text(report: ImportReport) -> str:
    if report.error_message is not None:
        return say(report.error_message)
    return message_in_language(report.error or "")


def warning_lines(report: ImportReport) -> str:
    """The import's warnings, one line each: what it put right on its own and a person should
    know (two merges of one pair of people each way, two certificates of one level), a gap."""
    line = QCoreApplication.translate("SyncPage", "\n    Lưu ý: %1")
    return "".join(arg(line, say(warning)) for warning in report.warnings)


def package_result(report: ImportReport) -> str:
    name = file_name(report)
    if report.status == "refused":
        return arg(
            QCoreApplication.translate("SyncPage", "✘ %1: bị từ chối — %2"),
            name,
            refusal_text(report),
        )
    if report.status == "already":
        return arg(
            QCoreApplication.translate("SyncPage", "• %1: đã nhập rồi, không thay đổi gì."), name
        )
    if report.status == "imported":
        s = report.summary()
        initiatives = report.tables["initiatives"].new if "initiatives" in report.tables else 0
        text = QCoreApplication.translate(
            "SyncPage",
            "✔ %1: đã nhập — %2 bản ghi mới (%3 sáng kiến), %4 cập nhật, %5 xung đột, %6 từ chối.",
        )
        done = arg(text, name, s["new"], initiatives, s["updated"], s["conflicts"], s["refused"])
        done += warning_lines(report)
        if not report.new_node:
            return done
        pinned = QCoreApplication.translate(
            "SyncPage", " Máy mới của %1 từ nay được tin cậy (dấu vân tay %2)."
        )
        return done + arg(pinned, report.sender_unit, report.fingerprint)
    return arg(
        QCoreApplication.translate(
            "SyncPage", "• %1: chưa nhập — chưa tin cậy máy gửi %2 (dấu vân tay %3)."
        ),
        name,
        report.sender_unit,
        report.fingerprint,
    )


def import_result_text(
    previews: list[ImportReport], imported: list[ImportReport]
) -> tuple[str, bool]:
    """One line per package, in the order chosen, and whether any was refused."""
    done = {report.file: report for report in imported}
    final = [done.get(report.file, report) for report in previews]
    lines = [package_result(report) for report in final]
    backups = [r.backup for r in final if r.backup]
    if backups:
        lines.append(
            arg(
                QCoreApplication.translate("SyncPage", "Bản sao lưu trước khi nhập: %1"), backups[0]
            )
        )
    return "\n".join(lines), any(r.status == "refused" for r in final)
