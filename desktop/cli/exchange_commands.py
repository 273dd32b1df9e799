"""`sangkien initiative export|template|import`: the register to and from Excel.

The parsers are added to `sangkien initiative` by initiative_commands; SQLAlchemy and openpyxl
are imported inside the handlers only (start-up speed).
"""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError, add_json_flag, print_json
from desktop.words import Texts, arg, current_language

CliExchange = Texts("CliExchange")

WARNINGS_SHOWN = 20  # errors are all listed; notes (a status taken from the sheet…) can be many


def add_exchange_parsers(actions: argparse._SubParsersAction, filters) -> None:
    """`filters(parser)` adds the filter options of `initiative list`."""
    export = actions.add_parser(
        "export",
        help=CliExchange.tr("xuất sổ sáng kiến ra Excel (.xlsx) hoặc CSV"),
        description=CliExchange.tr(
            "Xuất các sáng kiến theo bộ lọc (như 'initiative list') ra tệp Excel: "
            "một dòng mỗi sáng kiến, và trang 'Tác giả' một dòng mỗi tác giả. Tệp .csv là UTF-8 "
            "có BOM (Excel mở đúng tiếng Việt)."
        ),
    )
    export.add_argument("-o", "--output", metavar="FILE", required=True, help="FILE.xlsx/.csv")
    export.add_argument(
        "--separator",
        choices=(",", ";"),
        default=",",
        help=CliExchange.tr(
            "dấu phân cách cột của tệp .csv (mặc định ','); ';' cho Excel theo định dạng vùng "
            "tiếng Việt. Giá trị chứa dấu này, dấu nháy kép hoặc xuống dòng được đặt trong nháy kép"
        ),
    )
    sheet_language(export)
    filters(export)
    export.set_defaults(handler=cmd_export)

    template = actions.add_parser(
        "template",
        help=CliExchange.tr("tạo mẫu Excel để nhập sáng kiến"),
        description=CliExchange.tr(
            "Tạo tệp Excel mẫu: dòng tiêu đề, danh sách chọn (đơn vị, lĩnh vực, loại "
            "giải pháp) và một dòng ví dụ."
        ),
    )
    template.add_argument("-o", "--output", metavar="FILE.xlsx", required=True)
    sheet_language(template)
    template.set_defaults(handler=cmd_template)

    importing = actions.add_parser(
        "import",
        help=CliExchange.tr("nhập sáng kiến từ tệp Excel (hoặc CSV)"),
        description=CliExchange.tr(
            "Nhập sáng kiến từ tệp Excel (.xlsx, hoặc .csv UTF-8). Các cột được nhận theo "
            "tiêu đề. Dòng có số đăng ký đã có thì cập nhật, còn lại là đăng ký mới. Có lỗi thì "
            "không ghi gì, trừ khi dùng --only-valid."
        ),
    )
    importing.add_argument("file", metavar="FILE.xlsx|FILE.csv")
    importing.add_argument(
        "--dry-run",
        action="store_true",
        help=CliExchange.tr(
            "chỉ xem trước, không ghi; kết thúc với mã 1 nếu có dòng lỗi (như khi nhập thật), "
            "trừ khi có --only-valid"
        ),
    )
    importing.add_argument(
        "--only-valid",
        action="store_true",
        help=CliExchange.tr("chỉ nhập các dòng hợp lệ, bỏ qua dòng có lỗi"),
    )
    importing.add_argument(
        "--actor", metavar="NAME", help=CliExchange.tr("người thực hiện, ghi vào nhật ký")
    )
    add_json_flag(importing)
    importing.set_defaults(handler=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    from db.exchange.export import ExportError, export_register
    from db.fileutil import StorageError
    from desktop.cli.sessions import list_filter, reading
    from desktop.formatting import format_number

    with reading(args) as session:
        f = list_filter(session, args)
        try:
            summary = export_register(
                session, f, args.output, lang=args.sheet_lang, separator=args.separator
            )
        except (ExportError, StorageError) as error:
            raise CliError(error) from None
    print(
        arg(
            CliExchange.tr(
                "Đã xuất %n sáng kiến (%1 lượt tác giả) ra %2.", "", summary.initiatives
            ),
            format_number(summary.authors),
            summary.path,
        )
    )
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    from db.exchange.export import ExportError
    from db.exchange.template import write_template
    from db.fileutil import StorageError
    from desktop.cli.sessions import reading

    with reading(args) as session:
        try:
            path = write_template(session, args.output, args.sheet_lang)
        except (ExportError, StorageError) as error:
            raise CliError(error) from None
    print(
        arg(
            CliExchange.tr(
                "Đã tạo tệp mẫu %1: điền từ dòng 3 (dòng 2 là ví dụ, hãy xoá hoặc ghi đè)."
            ),
            path,
        )
    )
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from db.exchange.importer import ImportRefused, apply_import, preview_import
    from db.exchange.sheet import SheetError
    from desktop.cli.common import actor_name
    from desktop.cli.sessions import reading, writing

    try:
        with reading(args) as session:
            preview = preview_import(session, args.file)
        refused = preview.has_errors and not args.only_valid
        if args.json and args.dry_run:
            print_json(preview_json(preview))
        elif not args.json:
            print_preview(preview, args.only_valid)
        if args.dry_run:  # the preview lists the errors; the status says what the import would do
            return 1 if refused else 0
        if refused:
            raise CliError(
                CliExchange.tr(
                    "Bảng tính có lỗi ở %n dòng: không ghi gì. Sửa các lỗi trong tệp rồi nhập "
                    "lại, hoặc thêm --only-valid để chỉ nhập các dòng hợp lệ.",
                    "",
                    len(preview.error_rows),
                )
            )
        with writing(args) as session:
            result = apply_import(
                session, preview, actor=actor_name(args), only_valid=args.only_valid
            )
    except (SheetError, ImportRefused) as error:
        raise CliError(error) from None
    if args.json:
        print_json(
            {
                "created": result.created,
                "updated": result.updated,
                "skipped_rows": result.skipped_rows,
                "problems": preview_json(preview)["problems"],
            }
        )
    else:
        print(
            arg(
                CliExchange.tr("Đã nhập: %n sáng kiến mới, %1 cập nhật.", "", len(result.created)),
                number(len(result.updated)),
            )
        )
    return 0


def preview_json(preview) -> dict:
    return {
        "sheet": preview.sheet,
        "header_row": preview.header_row,
        "new": preview.count("new", False),
        "updated": preview.count("update", False),
        "unchanged": preview.count("unchanged", False),
        "error_rows": sorted(preview.error_rows),
        "problems": [
            {"sheet": p.sheet, "row": p.row, "column": p.column, "message": p.vi, "error": p.error}
            for p in preview.problems
        ],
    }


def number(count: int) -> str:
    """A count as the language writes it: 1.605 in Vietnamese, 1,605 in English."""
    from desktop.formatting import format_number

    return format_number(count)


def print_preview(preview, only_valid: bool) -> None:
    print(
        arg(
            CliExchange.tr(
                "Trang '%1', tiêu đề ở dòng %2: %3 sáng kiến mới, %4 cập nhật, %5 không đổi."
            ),
            preview.sheet,
            preview.header_row,
            number(preview.count("new", only_valid)),
            number(preview.count("update", only_valid)),
            number(preview.count("unchanged", only_valid)),
        )
    )
    errors = [p for p in preview.problems if p.error]
    warnings = [p for p in preview.problems if not p.error]
    lang = current_language()
    if errors:
        counts = number(len(errors)), number(len(preview.error_rows))
        print(arg(CliExchange.tr("Lỗi (%1, ở %2 dòng):"), *counts))
        for p in errors:
            print(f"  - {_where(p, preview)}{p.message(lang)}")
    if warnings:
        print(arg(CliExchange.tr("Lưu ý (%1):"), number(len(warnings))))
        for p in warnings[:WARNINGS_SHOWN]:
            print(f"  - {_where(p, preview)}{p.message(lang)}")
        if len(warnings) > WARNINGS_SHOWN:
            print(
                "  "
                + CliExchange.tr(
                    "… và %n lưu ý nữa (--dry-run --json để xem hết).",
                    "",
                    len(warnings) - WARNINGS_SHOWN,
                )
            )


def _where(problem, preview) -> str:
    return "" if problem.sheet == preview.sheet else f"[{problem.sheet}] "


def sheet_language(parser) -> None:
    """--lang: the language of the sheet's headers and sheet names (the interface's is apart)."""
    parser.add_argument(
        "--lang",
        dest="sheet_lang",
        choices=("vi", "en"),
        default="vi",
        help=CliExchange.tr("ngôn ngữ của tiêu đề cột trong tệp (mặc định vi)"),
    )
