"""Sync on the command line: `enroll`, `export`, `import`, `conflicts` and `sync-status`.

    sangkien --db hq.db enroll VSP-TD03 -o setup.skp
    sangkien --db site.db export --to CDDKVN -o site.skp [--full] [--encrypt]
    sangkien --db hq.db import site.skp|FOLDER... [--dry-run] [--json] [--trust-new-node]
    sangkien --db hq.db conflicts list|show ID|resolve ID --keep kept|lost
    sangkien --db hq.db sync-status

(`sangkien --db site.db init --from setup.skp` is in setup_commands: it calls
db.sync.enrolment.init_from_setup_package.)
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from db.fileutil import StorageError
from db.messages import Message
from db.sync.errors import PackageRefused
from db.sync.report import ExportResult, ImportReport, field_label, table_label
from desktop.cli.common import (
    CliError,
    actor_name,
    add_json_flag,
    json_text,
    opened_database,
    print_json,
    read_rows,
)
from desktop.words import Texts, arg, current_language, said

CliSync = Texts("CliSync")
LISTED = 20


def status_text() -> dict[str, str]:
    return {
        "imported": CliSync.tr("Đã nhập."),
        "already": CliSync.tr("Gói này đã được nhập rồi: không thay đổi gì."),
        "dry-run": CliSync.tr("Chạy thử (--dry-run): chưa ghi gì vào cơ sở dữ liệu."),
        "preview": CliSync.tr("Xem trước: chưa ghi gì."),
    }


def columns() -> tuple[tuple[str, str], ...]:
    return (
        ("new", CliSync.tr("mới")),
        ("updated", CliSync.tr("cập nhật")),
        ("unchanged", CliSync.tr("không đổi")),
        ("older", CliSync.tr("cũ hơn")),
        ("conflicts", CliSync.tr("xung đột")),
        ("refused", CliSync.tr("từ chối")),
    )


def register(subcommands: argparse._SubParsersAction) -> None:
    _register_enroll(subcommands)
    _register_export(subcommands)
    _register_import(subcommands)
    _register_conflicts(subcommands)
    status = subcommands.add_parser(
        "sync-status",
        help=CliSync.tr("máy này, các máy trao đổi gói (dấu vân tay) và các gói đã gửi/nhận"),
        description=CliSync.tr(
            "Mã máy, đơn vị và dấu vân tay khóa của máy này; cấp trên và các máy cấp "
            "dưới đã ghi nhận (đã xác nhận đến đâu); 10 gói gần nhất."
        ),
    )
    add_json_flag(status)
    status.set_defaults(handler=cmd_sync_status)
    repair = subcommands.add_parser(
        "clock-repair",
        help=CliSync.tr(
            "sau khi chỉnh lại đồng hồ máy bị sai: ghi lại các phiên bản 'ở tương lai'"
        ),
        description=CliSync.tr(
            "Khi đồng hồ máy này từng chạy trước (ví dụ chỉ năm 2100), các bản ghi sửa "
            "lúc đó mang phiên bản ở tương lai và gói xuất ra bị nơi nhận từ chối. Chỉnh ngày giờ "
            "của máy cho đúng trước, rồi chạy lệnh này: các phiên bản vượt quá giờ hiện tại hơn 15 "
            "phút được ghi lại như vừa sửa bây giờ, và sẽ được gửi lại trong gói xuất tới."
        ),
    )
    repair.add_argument("--actor", metavar="NAME", help=CliSync.tr("người chạy, ghi vào nhật ký"))
    add_json_flag(repair)
    repair.set_defaults(handler=cmd_clock_repair)


def _register_enroll(subcommands: argparse._SubParsersAction) -> None:
    enroll = subcommands.add_parser(
        "enroll",
        help=CliSync.tr("tạo gói khởi tạo cho máy mới của một đơn vị cấp dưới"),
        description=CliSync.tr(
            "Tạo gói khởi tạo (.skp) cho máy mới của đơn vị UNITCODE: danh mục (đơn vị, "
            "giai đoạn, lĩnh vực, chỉ tiêu), khóa công khai của máy này và mọi bản ghi của đơn vị "
            "đó đang có ở đây. Trên máy mới: sangkien --db site.db init --from TỆP."
        ),
    )
    enroll.add_argument("unit", metavar="UNITCODE")
    enroll.add_argument("-o", "--output", metavar="FILE.skp", required=True)
    add_json_flag(enroll)
    enroll.set_defaults(handler=cmd_enroll)


def _register_export(subcommands: argparse._SubParsersAction) -> None:
    export = subcommands.add_parser(
        "export",
        help=CliSync.tr("xuất gói đồng bộ cho cấp trên hoặc một đơn vị cấp dưới"),
        description=CliSync.tr(
            "Xuất mọi thay đổi thuộc phạm vi của nơi nhận mà nơi đó chưa xác nhận đã "
            "nhận (--full: mọi bản ghi trong phạm vi). Lên cấp trên: bản ghi của đơn vị này và các "
            "đơn vị cấp dưới. Xuống cấp dưới: danh mục, quyết định, xét duyệt, chứng nhận của đơn "
            "vị đó."
        ),
    )
    export.add_argument(
        "--to", required=True, metavar="CODE", help=CliSync.tr("mã đơn vị nơi nhận")
    )
    export.add_argument("-o", "--output", required=True, metavar="FILE.skp")
    export.add_argument(
        "--full", action="store_true", help=CliSync.tr("xuất toàn bộ, không chỉ phần mới")
    )
    export.add_argument(
        "--encrypt",
        action="store_true",
        help=CliSync.tr("mã hóa cho nơi nhận (mất USB không lộ dữ liệu)"),
    )
    add_json_flag(export)
    export.set_defaults(handler=cmd_export)


def _register_import(subcommands: argparse._SubParsersAction) -> None:
    imp = subcommands.add_parser(
        "import",
        help=CliSync.tr("nhập gói đồng bộ (tệp hoặc thư mục), có xem trước"),
        description=CliSync.tr(
            "Kiểm tra từng gói (chữ ký, mã băm, từng bản ghi), sao lưu, rồi nhập trong "
            "một giao dịch. Thư mục: nhập từng gói .skp; gói hỏng được báo tên, các gói khác vẫn "
            "nhập. Bản ghi vượt quyền máy gửi hoặc sai quy tắc (tỷ lệ tác giả, ngày, trạng thái...) "
            "bị từ chối và được liệt kê theo số đăng ký, trường và lý do; phần còn lại vẫn nhập, và "
            "nhập lại gói sau này không hại gì. Mã thoát: 0 = đã nhập hết (hoặc đã nhập từ trước); "
            "3 = đã nhập nhưng có bản ghi bị từ chối (xem danh sách hoặc --json: refusals); "
            "1 = có gói bị từ chối cả gói (hỏng, sai chữ ký, đồng hồ máy gửi chạy trước quá "
            "xa...), không ghi gì từ gói đó; 2 = gõ lệnh sai."
        ),
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    imp.add_argument("paths", nargs="+", metavar="FILE_OR_FOLDER")
    imp.add_argument(
        "--dry-run", action="store_true", help=CliSync.tr("chỉ xem trước, không ghi gì")
    )
    imp.add_argument(
        "--trust-new-node",
        action="store_true",
        help=CliSync.tr("tin cậy máy gửi mới (sau khi đã đối chiếu dấu vân tay khóa với nơi gửi)"),
    )
    imp.add_argument("--actor", metavar="NAME", help=CliSync.tr("người nhập, ghi vào nhật ký"))
    add_json_flag(imp)
    imp.set_defaults(handler=cmd_import)


def _register_conflicts(subcommands: argparse._SubParsersAction) -> None:
    conflicts = subcommands.add_parser(
        "conflicts",
        help=CliSync.tr("các sửa đổi đồng thời: xem, so sánh, đảo lại"),
        description=CliSync.tr(
            "Khi hai nơi cùng sửa một trường, giá trị có phiên bản mới hơn được giữ; "
            "giá trị kia được lưu ở đây để so sánh và đảo lại nếu cần."
        ),
    )
    actions = conflicts.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=CliSync.tr("các xung đột chưa xử lý"))
    listing.add_argument("--all", action="store_true", help=CliSync.tr("cả các xung đột đã xử lý"))
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_conflicts_list)
    show = actions.add_parser("show", help=CliSync.tr("so sánh hai giá trị của một xung đột"))
    show.add_argument("id", type=int, metavar="ID")
    add_json_flag(show)
    show.set_defaults(handler=cmd_conflicts_show)
    resolve = actions.add_parser(
        "resolve", help=CliSync.tr("giữ giá trị đang có hoặc lấy lại giá trị kia")
    )
    resolve.add_argument("id", type=int, metavar="ID")
    resolve.add_argument("--keep", required=True, choices=("kept", "lost"))
    resolve.add_argument("--actor", metavar="NAME", help=CliSync.tr("người xử lý, ghi vào nhật ký"))
    add_json_flag(resolve)
    resolve.set_defaults(handler=cmd_conflicts_resolve)


# ---- helpers -------------------------------------------------------------------------------------


def terminal_progress(label: str):
    """A progress callback that redraws one line on a terminal (silent when piped)."""
    if not sys.stderr.isatty():
        return None
    shown = [-1]

    def progress(done: int, total: int) -> None:
        percent = int(100 * done / max(total, 1))
        if percent != shown[0]:
            shown[0] = percent
            end = "\n" if percent >= 100 else ""
            print(f"\r{label} {percent:3d}%", end=end, file=sys.stderr, flush=True)

    return progress


def size_text(size: int) -> str:
    for unit in ("B", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "B" else f"{size:.1f} {unit}"
        size /= 1024
    return str(size)


def print_warnings(warnings: list[Message]) -> None:
    for warning in warnings:
        print(arg(CliSync.tr("Cảnh báo: %1"), said(warning)), file=sys.stderr)


# ---- enroll and export -------------------------------------------------------------------------


def cmd_clock_repair(args: argparse.Namespace) -> int:
    from db.sync.clock_policy import repair_future_stamps

    with opened_database(args) as database, database.transaction() as session:
        repaired = repair_future_stamps(session, actor_name(args))
    if args.json:
        print_json({"repaired": repaired})
    elif repaired:
        print(
            CliSync.tr(
                "Đã ghi lại phiên bản của %n bản ghi theo giờ hiện tại của máy. Hãy xuất "
                "gói mới cho cấp trên: các thay đổi này sẽ được gửi lại.",
                "",
                repaired,
            )
        )
    else:
        print(CliSync.tr("Không có bản ghi nào mang phiên bản ở tương lai: không cần sửa."))
    return 0


def cmd_enroll(args: argparse.Namespace) -> int:
    from db.node import key_fingerprint, this_node
    from db.sync.enrolment import enroll

    with opened_database(args) as database:
        try:
            result = enroll(
                database, args.unit, args.output, progress=terminal_progress(CliSync.tr("Đang ghi"))
            )
        except (PackageRefused, StorageError) as error:
            raise CliError(error) from None
        with database.session() as session:
            fingerprint = key_fingerprint(this_node(session).public_key)
    if args.json:
        print_json({**result.to_json(), "fingerprint": fingerprint})
        return 0
    print(
        arg(
            CliSync.tr("Đã tạo gói khởi tạo cho %1: %2 (%n bản ghi, %3).", "", result.records()),
            result.destination,
            result.path,
            size_text(result.size),
        )
    )
    print(arg(CliSync.tr("Dấu vân tay khóa của máy này: %1"), fingerprint))
    print(
        arg(
            CliSync.tr(
                "Trên máy mới của %1: sangkien --db TỆP.db init --from %2 — rồi đối chiếu dấu "
                "vân tay trên."
            ),
            result.destination,
            result.path,
        )
    )
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from db.sync.export import export_package

    with opened_database(args) as database:
        try:
            result = export_package(
                database,
                args.to,
                args.output,
                full=args.full,
                encrypt=args.encrypt,
                progress=terminal_progress(CliSync.tr("Đang xuất")),
            )
        except (PackageRefused, StorageError) as error:
            raise CliError(error) from None
    print_warnings(result.warnings)
    if args.json:
        print_json(result.to_json())
    else:
        print(export_text(result))
    return 0


def export_text(result: ExportResult) -> str:
    lang = current_language()
    parts = [f"{table_label(t, lang).lower()} {n}" for t, n in result.counts.items()]
    if result.files:
        parts.append(arg(CliSync.tr("tệp %1"), result.files))
    what = ", ".join(parts) if parts else CliSync.tr("không có thay đổi mới")
    sealed = CliSync.tr(", đã mã hóa") if result.encrypted else ""
    if result.direction == "up":
        if result.full:
            done = CliSync.tr("Đã xuất gói (toàn bộ) lên cấp trên cho %1: %2 (%3%4).")
        else:
            done = CliSync.tr("Đã xuất gói lên cấp trên cho %1: %2 (%3%4).")
    elif result.full:
        done = CliSync.tr("Đã xuất gói (toàn bộ) xuống cấp dưới cho %1: %2 (%3%4).")
    else:
        done = CliSync.tr("Đã xuất gói xuống cấp dưới cho %1: %2 (%3%4).")
    counted = arg(CliSync.tr("%n bản ghi: %1.", "", result.records()), what)
    return (
        arg(done, result.destination, result.path, size_text(result.size), sealed)
        + "\n  "
        + counted
    )


# ---- import -------------------------------------------------------------------------------------


def cmd_import(args: argparse.Namespace) -> int:
    from db.sync.importer import import_paths, package_files

    if not package_files(args.paths):
        raise CliError(CliSync.tr("Không có gói .skp nào trong các đường dẫn đã cho."))
    with opened_database(args) as database:
        reports = import_paths(
            database,
            args.paths,
            dry_run=args.dry_run,
            trust_new_node=args.trust_new_node,
            actor=actor_name(args),
            progress=terminal_progress(CliSync.tr("Đang nhập")),
            waiting=lambda message: print(said(message), file=sys.stderr, flush=True),
        )
    if args.json:
        print_json([r.to_json() for r in reports])
    else:
        for report in reports:
            print(import_text(report))
    return import_exit_status(reports)


# Exit statuses of `import`: a script tells a clean import from one that left records out.
EXIT_CLEAN, EXIT_PACKAGE_REFUSED, EXIT_RECORDS_REFUSED = 0, 1, 3


def import_exit_status(reports: list[ImportReport]) -> int:
    if any(r.status == "refused" for r in reports):
        return EXIT_PACKAGE_REFUSED
    if any(r.summary()["refused"] for r in reports):
        return EXIT_RECORDS_REFUSED
    return EXIT_CLEAN


def import_text(report: ImportReport) -> str:
    name = report.file.replace("\\", "/").rsplit("/", 1)[-1]
    if report.status == "refused":
        why = said(report.error_message or report.error)
        return arg(CliSync.tr("Gói %1: BỊ TỪ CHỐI."), name) + f"\n  {why}\n"
    lines = [header_line(name, report)]
    if report.tables:
        lines += table_lines(report)
    lines += refusal_lines(report) + conflict_lines(report) + decision_lines(report)
    lines += ["  " + arg(CliSync.tr("Cảnh báo: %1"), said(w)) for w in report.warnings]
    refused = report.summary()["refused"]
    if report.status == "imported" and refused:
        lines.append(
            "  "
            + CliSync.tr(
                "Đã nhập phần còn lại; %n bản ghi bị từ chối (liệt kê ở trên) không được "
                "ghi. Báo nơi gửi sửa rồi xuất lại.",
                "",
                refused,
            )
        )
    else:
        lines.append(f"  {status_text().get(report.status, report.status)}")
    if report.backup:
        lines.append("  " + arg(CliSync.tr("Bản sao lưu trước khi nhập: %1"), report.backup))
    return "\n".join(lines) + "\n"


def header_line(name: str, report: ImportReport) -> str:
    if report.direction == "down":
        line = CliSync.tr("Gói %1: từ cấp trên %2, tạo lúc %3")
    else:
        line = CliSync.tr("Gói %1: từ cấp dưới %2, tạo lúc %3")
    full = CliSync.tr(", toàn bộ") if report.full else ""
    new = (
        arg(CliSync.tr(", MÁY MỚI được tin cậy (dấu vân tay %1)"), report.fingerprint)
        if report.new_node
        else ""
    )
    return arg(line, name, report.sender_unit, report.created_at[:16]) + full + new


def table_lines(report: ImportReport) -> list[str]:
    lang = current_language()
    header = (
        "  " + CliSync.tr("bảng").ljust(24) + "".join(f"{label:>11}" for _key, label in columns())
    )
    lines = [header]
    for table, counts in report.tables.items():
        cells = "".join(f"{getattr(counts, key):>11}" for key, _label in columns())
        lines.append(f"  {table_label(table, lang):<24}{cells}")
    return lines


def refusal_lines(report: ImportReport) -> list[str]:
    total = report.summary()["refused"]
    if not total:
        return []
    lang = current_language()
    lines = ["  " + CliSync.tr("Từ chối %n bản ghi:", "", total)]
    for refusal in report.refusals[:LISTED]:
        field = (
            arg(CliSync.tr(", trường %1"), field_label(refusal.field, lang))
            if refusal.field
            else ""
        )
        reason = said(refusal.reason)
        label = said(refusal.label)
        lines.append(f"    - {table_label(refusal.table, lang)} {label}{field}: {reason}")
    if total > LISTED:
        lines.append("    " + CliSync.tr("… và %n bản ghi nữa (xem --json).", "", total - LISTED))
    return lines


def decision_lines(report: ImportReport) -> list[str]:
    lines = []
    if report.settled:
        lines.append(
            "  " + CliSync.tr("Trạng thái tính lại theo quyết định xét duyệt đang có ở đây:")
        )
        lines += [f"    - {said(line)}" for line in report.settled[:LISTED]]
    if report.withdrawal_requests:
        lines.append(
            "  "
            + CliSync.tr(
                "Yêu cầu rút sáng kiến đã có quyết định (giữ quyết định; xem và trả lời bằng "
                "'sangkien conflicts list'):"
            )
        )
        lines += [f"    - {label}" for label in report.withdrawal_requests[:LISTED]]
    return lines


def conflict_lines(report: ImportReport) -> list[str]:
    total = report.summary()["conflicts"]
    if not total:
        return []
    lang = current_language()
    lines = [
        "  " + CliSync.tr("%n xung đột (sửa đồng thời; xem 'sangkien conflicts list'):", "", total)
    ]
    for note in report.conflicts[:LISTED]:
        lines.append(
            "    - "
            + arg(
                CliSync.tr("%1 %2, trường %3: giữ %4, thay %5"),
                table_label(note.table, lang),
                said(note.label),
                note.field,
                shown(note.kept_value),
                shown(note.lost_value),
            )
        )
    return lines


def shown(value: Any) -> str:
    text = CliSync.tr("(trống)") if value is None else str(value)
    return f"'{text[:50]}…'" if len(text) > 50 else f"'{text}'"


# ---- conflicts ----------------------------------------------------------------------------------


def cmd_conflicts_list(args: argparse.Namespace) -> int:
    from db.sync.conflicts import list_conflicts

    with opened_database(args) as database, database.session() as session:
        views = list_conflicts(session, include_resolved=args.all)
    if args.json:
        print_json([v.to_json() for v in views])
        return 0
    if not views:
        print(CliSync.tr("Không có xung đột nào cần xem."))
    lang = current_language()
    for v in views:
        state = f" [{v.resolution}]" if v.resolution else ""
        line = arg(
            CliSync.tr("%1 %2 — %3: giữ %4 (%5), thay %6 (%7)"),
            table_label(v.table, lang),
            v.label,
            v.field,
            shown(v.kept.value),
            v.kept.node,
            shown(v.lost.value),
            v.lost.node,
        )
        print(f"{v.id:>5}  {line}{state}")
    return 0


def conflict_text(v) -> str:
    def edit(title: str, info) -> str:
        at = info.at.strftime("%d/%m/%Y %H:%M:%S") if info.at else "?"
        where = arg(CliSync.tr("sửa tại %1, %2 UTC"), info.node, at)
        return f"  {title:<18}{shown(info.value)}\n  {'':<18}{where}"

    if v.resolved_at:
        state = arg(
            CliSync.tr("Đã xử lý: %1 lúc %2"), v.resolution, f"{v.resolved_at:%d/%m/%Y %H:%M}"
        )
    else:
        state = arg(
            CliSync.tr(
                "Chưa xử lý: sangkien conflicts resolve %1 --keep kept (giữ) | --keep lost "
                "(lấy lại giá trị bị thay)"
            ),
            v.id,
        )
    return "\n".join(
        [
            arg(
                CliSync.tr("Xung đột %1: %2 %3, trường %4"),
                v.id,
                table_label(v.table, current_language()),
                v.label,
                v.field,
            ),
            edit(CliSync.tr("Đang giữ (kept):"), v.kept),
            edit(CliSync.tr("Bị thay (lost):"), v.lost),
            "  " + CliSync.tr("Hiện tại:").ljust(18) + shown(v.current),
            "  "
            + arg(
                CliSync.tr("Phát hiện %1 khi nhập gói %2"),
                f"{v.detected_at:%d/%m/%Y %H:%M}",
                v.package_id,
            ),
            "  " + state,
        ]
    )


def cmd_conflicts_show(args: argparse.Namespace) -> int:
    from db.sync.conflicts import ConflictError, get_conflict

    with opened_database(args) as database, database.session() as session:
        try:
            v = get_conflict(session, args.id)
        except ConflictError as error:
            raise CliError(error) from None
    print_json(v.to_json()) if args.json else print(conflict_text(v))
    return 0


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from db.sync.conflicts import ConflictError, resolve_conflict
    from db.validation import ValidationFailed

    with opened_database(args) as database:
        try:
            with database.transaction() as session:
                v = resolve_conflict(session, args.id, args.keep, actor_name(args))
        except (ConflictError, ValidationFailed) as error:
            raise CliError(error) from None
    if args.json:
        print_json(v.to_json())
    elif args.keep == "lost":
        print(
            arg(
                CliSync.tr(
                    "Đã lấy lại giá trị %1 cho %2 (%3); lần xuất gói sau sẽ mang thay đổi này đi."
                ),
                shown(v.lost.value),
                v.label,
                v.field,
            )
        )
    else:
        print(
            arg(CliSync.tr("Đã giữ giá trị %1 cho %2 (%3)."), shown(v.kept.value), v.label, v.field)
        )
    return 0


# ---- status -------------------------------------------------------------------------------------


def cmd_sync_status(args: argparse.Namespace) -> int:
    """Read with sqlite3 alone when the file allows (desktop.cli.common.read_rows)."""
    sys.stdout.write(read_rows(args, lambda reader: sync_status_text(reader, args.json)))
    return 0


def sync_status_text(reader: Any, as_json: bool) -> str:
    from db.sync.history import history_of, status_of

    status = status_of(reader)
    history = history_of(reader, limit=10)
    if as_json:
        return json_text({**status.to_json(), "packages": [p.to_json() for p in history]})
    lines = [arg(CliSync.tr("Máy này: %1, mã máy %2"), status.unit_code, status.node_id)]
    lines.append("  " + arg(CliSync.tr("Dấu vân tay khóa: %1"), status.fingerprint))
    relation = {
        "parent": CliSync.tr("cấp trên"),
        "child": CliSync.tr("cấp dưới"),
        "retired": CliSync.tr("đã thay (cũ)"),
    }
    for n in status.neighbours:
        seen = arg(CliSync.tr("đã xác nhận đến #%1, đã nhận đến #%2"), n.acked_seq, n.merged_seq)
        unsent = CliSync.tr(", chờ gửi ≤ %n thay đổi", "", n.unsent) if n.unsent else ""
        lines.append(
            f"  {relation.get(n.relation, n.relation):<12} {n.unit_code:<12} {n.fingerprint}  "
            f"{seen}{unsent}"
        )
    for r in status.relayed:
        state = CliSync.tr("qua trung gian") if not r.retired else CliSync.tr("trung gian, cũ")
        lines.append(f"  {state:<12} {r.label}  {r.fingerprint or ''}".rstrip())
    if history:
        lines.append(CliSync.tr("Gói gần đây:"))
    for p in history:
        arrow = CliSync.tr("→ gửi") if p.direction == "out" else CliSync.tr("← nhận")
        kind = " " + CliSync.tr("(khởi tạo)") if p.counts.get("kind") == "setup" else ""
        lines.append(
            f"  {p.at:%d/%m/%Y %H:%M}  {arrow} {p.unit_code or '?'}{kind}  {p.file_name or ''}"
        )
    return "".join(line + "\n" for line in lines)
