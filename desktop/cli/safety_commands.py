"""Data safety on the command line: `backup`, `backups`, `restore`, `check` and `audit`."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from db.backup import BackupError, backup_before, list_backups, make_backup
from db.fileutil import StorageError
from db.session import DatabaseError
from desktop.cli.common import (
    CliError,
    actor_name,
    add_json_flag,
    date_argument,
    db_path,
    opened_database,
    print_json,
)
from desktop.formatting import format_number
from desktop.words import Texts, arg, current_language, said

CliSafety = Texts("CliSafety")


def register(subcommands: argparse._SubParsersAction) -> None:
    backup = subcommands.add_parser(
        "backup",
        help=CliSafety.tr("sao lưu cơ sở dữ liệu ngay"),
        description=CliSafety.tr(
            "Sao lưu bằng API sao lưu trực tuyến của SQLite (an toàn cả khi đang mở). Không có "
            "-o: vào thư mục backups cạnh cơ sở dữ liệu, xoay vòng 10 bản + 1 bản mỗi tháng."
        ),
    )
    backup.add_argument(
        "-o", "--output", metavar="FILE", help=CliSafety.tr("ghi bản sao lưu ra tệp này")
    )
    add_json_flag(backup)
    backup.set_defaults(handler=cmd_backup)

    backups = subcommands.add_parser(
        "backups",
        help=CliSafety.tr("liệt kê các bản sao lưu (ngày, lý do, số sáng kiến)"),
        description=CliSafety.tr("Liệt kê các bản sao lưu trong thư mục backups, mới nhất trước."),
    )
    add_json_flag(backups)
    backups.set_defaults(handler=cmd_backups)

    restore = subcommands.add_parser(
        "restore",
        help=CliSafety.tr("khôi phục từ một bản sao lưu (sao lưu dữ liệu hiện tại trước)"),
        description=CliSafety.tr(
            "Khôi phục cơ sở dữ liệu từ FILE. Tệp được kiểm tra trước; dữ liệu hiện tại "
            "được sao lưu trước khi thay. FILE có thể là số thứ tự trong 'sangkien backups' "
            "(1 = mới nhất)."
        ),
    )
    restore.add_argument("file", metavar="FILE")
    restore.add_argument(
        "--other-node",
        action="store_true",
        help=CliSafety.tr(
            "cho phép khôi phục bản sao lưu của máy/đơn vị khác (nhận danh tính của nó)"
        ),
    )
    restore.add_argument(
        "--actor", metavar="NAME", help=CliSafety.tr("người thực hiện, ghi vào nhật ký")
    )
    add_json_flag(restore)
    restore.set_defaults(handler=cmd_restore)

    check = subcommands.add_parser(
        "check",
        help=CliSafety.tr("kiểm tra cơ sở dữ liệu (toàn vẹn, khóa ngoại, dữ liệu đồng bộ)"),
        description=CliSafety.tr(
            "integrity_check, foreign_key_check, phiên bản lược đồ, dấu phiên bản và số "
            "thứ tự thay đổi của mọi bản ghi đồng bộ, chỉ mục tìm kiếm. Mã thoát 1 nếu có lỗi."
        ),
    )
    check.add_argument(
        "--deep", action="store_true", help=CliSafety.tr("kiểm cả mã băm tệp đính kèm")
    )
    add_json_flag(check)
    check.set_defaults(handler=cmd_check)

    audit = subcommands.add_parser(
        "audit",
        help=CliSafety.tr("nhật ký thay đổi: ai sửa gì, khi nào"),
        description=CliSafety.tr(
            "In hoặc xuất (CSV) nhật ký thay đổi; --record: lịch sử một bản ghi."
        ),
    )
    audit.add_argument("--record", metavar="UID", help=CliSafety.tr("id hoặc số đăng ký sáng kiến"))
    audit.add_argument(
        "--since", metavar="YYYY-MM-DD", type=date_argument, help=CliSafety.tr("từ ngày này")
    )
    audit.add_argument(
        "-o", "--output", metavar="FILE.csv", help=CliSafety.tr("xuất ra tệp CSV (mở bằng Excel)")
    )
    add_json_flag(audit)
    audit.set_defaults(handler=cmd_audit)


def _size(n: int) -> str:
    return f"{n / 1_048_576:.1f} MB" if n >= 1_048_576 else f"{max(1, n // 1024)} KB"


# ---- backup / backups ----------------------------------------------------------------------------


def cmd_backup(args: argparse.Namespace) -> int:
    from db.postgres import is_server_address

    if is_server_address(db_path(args)):  # pg_dump (issue 18)
        from desktop.cli.server_commands import cmd_server_backup

        return cmd_server_backup(args)
    with opened_database(args) as database:
        try:
            if args.output:
                info = make_backup(database, Path(args.output), "manual")
            else:
                info = _describe(backup_before(database, "manual"))
        except (BackupError, StorageError) as error:
            raise CliError(error) from None
    if args.json:
        print_json(info.as_json())
    else:
        print(
            arg(
                CliSafety.tr("Đã sao lưu: %1 (%2, %3)."),
                info.path,
                CliSafety.tr("%n sáng kiến", "", info.initiatives or 0),
                _size(info.size),
            )
        )
    return 0


def _describe(path: Path):
    from db.backup import describe_file
    from db.restore import _when_and_why

    created, reason = _when_and_why(path)
    info = describe_file(path, reason, created)
    info.path = path
    return info


def cmd_backups(args: argparse.Namespace) -> int:
    from db.postgres import is_server_address

    if is_server_address(db_path(args)):  # the pg_dump files (issue 18)
        from desktop.cli.server_commands import cmd_server_backups

        return cmd_server_backups(args)
    backups = list_backups(db_path(args))
    if args.json:
        print_json([b.as_json() for b in backups])
        return 0
    if not backups:
        print(CliSafety.tr("Chưa có bản sao lưu nào. Tạo bằng: sangkien backup"))
        return 0
    print(
        f"{'#':>3}  "
        + CliSafety.tr("Ngày giờ").ljust(16)
        + "  "
        + CliSafety.tr("Lý do").ljust(27)
        + "  "
        + CliSafety.tr("Sáng kiến").rjust(9)
        + "  "
        + CliSafety.tr("Cỡ").rjust(8)
        + "  "
        + CliSafety.tr("Tình trạng")
    )
    states = {True: CliSafety.tr("tốt"), False: CliSafety.tr("HỎNG"), None: "?"}
    reasons = reason_labels()
    for number, b in enumerate(backups, 1):
        state = states[b.checked_ok]
        count = "" if b.initiatives is None else format_number(b.initiatives)
        print(
            f"{number:>3}  {b.created_at:%d/%m/%Y %H:%M}  {reasons.get(b.reason, b.reason_label):27}  {count:>9}  "
            f"{_size(b.size):>8}  {state}"
        )
    print(arg(CliSafety.tr("Thư mục: %1"), backups[0].path.parent))
    print(
        CliSafety.tr(
            "Khôi phục: sangkien restore SỐ (ví dụ 'sangkien restore 1' cho bản mới nhất) hoặc TỆP"
        )
    )
    return 0


def reason_labels() -> dict[str, str]:
    """db.backup.REASONS in the language."""
    return {
        "manual": CliSafety.tr("Sao lưu thủ công"),
        "daily": CliSafety.tr("Sao lưu hằng ngày"),
        "import": CliSafety.tr("Trước khi nhập gói"),
        "import-undo": CliSafety.tr("Trước khi nhập gói (hoàn tác)"),
        "restore-undo": CliSafety.tr("Trước khi khôi phục (hoàn tác)"),
        "migrate-undo": CliSafety.tr("Trước khi nâng cấp dữ liệu (hoàn tác)"),
        "migrate": CliSafety.tr("Trước khi nâng cấp dữ liệu"),
        "restore": CliSafety.tr("Trước khi khôi phục"),
    }


# ---- restore -------------------------------------------------------------------------------------


def _backup_file(args: argparse.Namespace) -> Path:
    """FILE, or the N-th backup of 'sangkien backups' when FILE is a small number."""
    from db.postgres import is_server_address

    text = args.file.strip()
    if text.isdigit() and not Path(text).exists():
        if is_server_address(db_path(args)):  # the pg_dumps 'sangkien backups' lists
            from db.postgres.backup import server_backups

            backups = server_backups(str(db_path(args)))
        else:
            backups = [backup.path for backup in list_backups(db_path(args))]
        index = int(text) - 1
        if not 0 <= index < len(backups):
            raise CliError(
                arg(
                    CliSafety.tr(
                        "Không có bản sao lưu số %1: xem danh sách bằng 'sangkien backups'."
                    ),
                    text,
                )
            )
        return backups[index]
    return Path(text)


def cmd_restore(args: argparse.Namespace) -> int:
    from db.postgres import is_server_address
    from db.restore import restore_backup

    if is_server_address(db_path(args)):
        from db.postgres.backup import restore_commands

        create, restore = restore_commands(str(db_path(args)), _backup_file(args))
        raise CliError(
            arg(
                CliSafety.tr(
                    "Máy chủ không khôi phục đè lên chỗ cũ: bản sao lưu được đưa vào một cơ sở "
                    "dữ liệu trống mới, rồi dùng cơ sở dữ liệu đó. Người quản trị chạy:\n%1\n%2"
                ),
                create,
                restore,
            )
        )

    source = _backup_file(args)
    try:
        result = restore_backup(
            db_path(args), source, allow_other_node=args.other_node, actor=actor_name(args)
        )
    except (DatabaseError, StorageError) as error:
        raise CliError(error) from None
    restored = result.restored
    if args.json:
        print_json({"restored": restored.as_json(), "previous_saved_as": str(result.safety_backup)})
        return 0
    print(
        arg(
            CliSafety.tr("Đã khôi phục bản sao lưu %1 (%2) vào %3."),
            f"{restored.created_at:%d/%m/%Y %H:%M}",
            CliSafety.tr("%n sáng kiến", "", restored.initiatives or 0),
            db_path(args),
        )
    )
    if result.safety_backup:
        print(arg(CliSafety.tr("Dữ liệu trước khi khôi phục được giữ ở: %1"), result.safety_backup))
    return 0


# ---- check ---------------------------------------------------------------------------------------


def cmd_check(args: argparse.Namespace) -> int:
    from db.integrity import check_database

    with opened_database(args) as database:
        report = check_database(database, deep=args.deep)
        guard = getattr(database, "guard", None)
        if guard is not None:  # integrity_check is stronger than the check due on opening
            guard.settled_by([p.message for p in report.problems if p.area == "integrity"])
    if args.json:
        print_json(report.as_json())
    elif report.ok:
        print(
            arg(
                CliSafety.tr(
                    "Cơ sở dữ liệu tốt: %n bản ghi đồng bộ, last_seq=%1.", "", report.rows_checked
                ),
                report.last_seq,
            )
        )
    else:
        print(CliSafety.tr("Tìm thấy %n vấn đề:", "", len(report.problems)), file=sys.stderr)
        for problem in report.problems:
            print(f"  - [{problem.area}] {said(problem.said or problem.message)}", file=sys.stderr)
        print(
            CliSafety.tr("Hãy khôi phục bản sao lưu tốt gần nhất ('sangkien backups')."),
            file=sys.stderr,
        )
    return 0 if report.ok else 1


# ---- audit ---------------------------------------------------------------------------------------


def _since_utc(day: dt.date | None) -> dt.datetime | None:
    if day is None:
        return None
    local_midnight = dt.datetime.combine(day, dt.time()).astimezone()
    return local_midnight.astimezone(dt.UTC).replace(tzinfo=None)


def cmd_audit(args: argparse.Namespace) -> int:
    from db.audit import audit_entries, export_audit, find_record_id, history_of, row_names

    since = _since_utc(args.since)
    with opened_database(args) as database, database.session() as session:
        record_id = _record_id(session, args.record, find_record_id)
        if args.output:
            count = export_audit(session, args.output, since, record_id)
            print(arg(CliSafety.tr("Đã xuất %n mục nhật ký ra %1.", "", count), args.output))
            return 0
        entries = history_of(session, record_id) if record_id else audit_entries(session, since)
        entries = [e for e in entries if since is None or e.at >= since]
        names = {} if args.json else row_names(session, entries)
    if args.json:
        print_json([e.as_json() for e in entries])
    else:
        _print_entries(entries, names)
    return 0


def _record_id(session, text: str | None, find) -> str | None:
    if not text:
        return None
    record_id = find(session, text)
    if record_id is None:
        raise CliError(
            arg(CliSafety.tr("Không tìm thấy bản ghi '%1' (nhập id hoặc số đăng ký)."), text)
        )
    return record_id


MAX_VALUE = 120  # a long text (a description) is cut: the CSV export (-o) holds it whole


def _value_text(value) -> str:
    """A changed value, once db.audit.readable_value has made it what the window shows."""
    if value is None or value == "":
        return CliSafety.tr("(trống)")
    if isinstance(value, bool):
        return CliSafety.tr("có") if value else CliSafety.tr("không")
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    text = " ".join(text.split())  # one line per change, however many lines the text had
    return text if len(text) <= MAX_VALUE else text[: MAX_VALUE - 1] + "…"


def _whole_line(entry, lang: str) -> str | None:
    """An entry about many rows at once (a list loaded on setting up, the demo, the clock
    repaired, an import's rows of one table) as a sentence: it has no record to name and its
    changes are counts."""
    said = {change.field: change.new for change in entry.changes}
    if entry.action == "load_reference":
        rows = said.get("rows") if isinstance(said.get("rows"), int) else 0
        text = CliSafety.tr("Nạp danh mục %1: %n dòng", "", rows)
        return arg(text, entry.table_label(lang).lower())
    if entry.action == "demo":
        counts = said.get("rows") if isinstance(said.get("rows"), dict) else {}
        made = counts.get("initiatives", said.get("initiatives"))
        return CliSafety.tr(
            "Tạo dữ liệu mẫu: %n sáng kiến", "", made if isinstance(made, int) else 0
        )
    if entry.action == "clock-repair":
        records = said.get("records") if isinstance(said.get("records"), int) else 0
        return CliSafety.tr("Sửa đồng hồ của máy: %n bản ghi", "", records)
    if entry.row_id == "*" and isinstance(said.get("rows"), int):  # an import, table by table
        rows = CliSafety.tr("%n dòng", "", said["rows"])
        return f"{entry.action_label(lang)} {entry.table_label(lang).lower()}: {rows}"
    return None


def _print_entries(entries, names: dict[str, str]) -> None:
    from db.audit import local_time, readable_value

    if not entries:
        print(CliSafety.tr("Nhật ký trống."))
    lang = current_language()
    for entry in entries:
        package = ""
        if entry.package_id:
            package = " " + arg(
                CliSafety.tr("[gói %1]"), names.get(entry.package_id, entry.package_id)
            )
        whole = _whole_line(entry, lang)
        if whole is not None:
            print(f"{local_time(entry.at):%d/%m/%Y %H:%M:%S}  {entry.actor}  {whole}{package}")
            continue
        print(
            f"{local_time(entry.at):%d/%m/%Y %H:%M:%S}  {entry.actor}  {entry.action_label(lang)} "
            f"{entry.table_label(lang).lower()} {names.get(entry.row_id, entry.row_id)}{package}"
        )
        for change in entry.changes:
            old, new = (
                _value_text(readable_value(entry.table_name, change.field, value, names, lang))
                for value in (change.old, change.new)
            )
            if entry.action == "create":  # a new record: its values, nothing before them
                print(f"    {change.field_label(lang)}: {new}")
            else:
                print(f"    {change.field_label(lang)}: {old} → {new}")
