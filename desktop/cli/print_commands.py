"""`sangkien certificates`, `sangkien verify`, `sangkien certificate-register` and
`sangkien report progress`: the printed side of SángKiến from the command line."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from db.certificates import DEFAULT_SIGNER_TITLE, CertificateError, Signer
from db.fileutil import StorageError
from db.node import NodeNotSetUp
from db.queries.units import UnknownUnit, unit_by_code
from db.vocab import REVIEW_LEVEL, STATUS
from desktop.cli.common import (
    CliError,
    actor_name,
    add_json_flag,
    date_argument,
    opened_database,
    print_json,
)
from desktop.cli.exchange_commands import sheet_language
from desktop.words import Texts, arg, current_language, said

CliPrint = Texts("CliPrint")

# ---- parsers -------------------------------------------------------------------------------------


def register(subcommands: argparse._SubParsersAction) -> None:
    _add_certificates(subcommands)
    _add_verify(subcommands)
    _add_register(subcommands)
    _add_report(subcommands)


def _add_certificates(subcommands: argparse._SubParsersAction) -> None:
    parser = subcommands.add_parser(
        "certificates",
        help=CliPrint.tr("cấp và in giấy chứng nhận (một tệp PDF, hoặc mỗi giấy một tệp)"),
        description=CliPrint.tr(
            "Cấp số và in giấy chứng nhận cho các sáng kiến đã được công nhận của một đơn vị "
            "(kể cả đơn vị cấp dưới), một giai đoạn hoặc theo danh sách số đăng ký. Với --reprint: "
            "in lại giấy đã cấp (được đánh dấu BẢN IN LẠI và đếm số lần in lại)."
        ),
    )
    parser.add_argument(
        "--unit", metavar="CODE", help=CliPrint.tr("mã đơn vị (gồm cả đơn vị cấp dưới)")
    )
    parser.add_argument("--phase", metavar="CODE", help=CliPrint.tr("mã giai đoạn, ví dụ GD2"))
    parser.add_argument(
        "--programme", metavar="CODE", help=CliPrint.tr("chương trình (và lời văn của nó)")
    )
    parser.add_argument(
        "--status", choices=STATUS.codes(), help=CliPrint.tr("trạng thái sáng kiến")
    )
    parser.add_argument(
        "--reg",
        metavar="REG_NO",
        action="append",
        default=[],
        help=CliPrint.tr("số đăng ký (lặp lại được)"),
    )
    parser.add_argument("--reprint", action="store_true", help=CliPrint.tr("in lại giấy đã cấp"))
    parser.add_argument(
        "--signer-name", metavar="NAME", help=CliPrint.tr("họ tên người ký (được nhớ)")
    )
    parser.add_argument(
        "--signer-title",
        metavar="TITLE",
        help=CliPrint.tr(
            "chức danh người ký; '\\n' để xuống dòng (mặc định: 'TM. BAN THƯỜNG VỤ\\nCHỦ TỊCH')"
        ),
    )
    parser.add_argument("--place", metavar="PLACE", help=CliPrint.tr("nơi ký, ví dụ 'Hà Nội'"))
    parser.add_argument(
        "--date",
        metavar="YYYY-MM-DD",
        type=date_argument,
        help=CliPrint.tr("ngày cấp (mặc định: hôm nay)"),
    )
    parser.add_argument(
        "--template", metavar="FILE", help=CliPrint.tr("mẫu giấy chứng nhận JSON khác")
    )
    parser.add_argument(
        "--no-qr",
        action="store_true",
        help=CliPrint.tr("in không có mã QR (vẫn in số và mã kiểm tra để gõ)"),
    )
    parser.add_argument(
        "--actor", metavar="NAME", help=CliPrint.tr("người thực hiện (ghi vào nhật ký)")
    )
    target = parser.add_mutually_exclusive_group(required=True)
    target.add_argument(
        "-o", "--output", metavar="FILE.pdf", help=CliPrint.tr("một tệp PDF cho cả đợt")
    )
    target.add_argument(
        "--split", metavar="DIR", help=CliPrint.tr("mỗi giấy một tệp PDF trong thư mục DIR")
    )
    add_json_flag(parser)
    parser.set_defaults(handler=cmd_certificates)


def _add_verify(subcommands: argparse._SubParsersAction) -> None:
    parser = subcommands.add_parser(
        "verify",
        help=CliPrint.tr("kiểm tra một giấy chứng nhận (mã QR, hoặc số và mã kiểm tra)"),
        description=CliPrint.tr(
            "Kiểm tra giấy chứng nhận là thật và chưa bị sửa: dán nội dung quét từ mã QR, hoặc "
            "gõ số giấy chứng nhận rồi mã kiểm tra 16 ký tự in bên cạnh, ví dụ "
            "'CDDKVN-2023-00001 ABCD-EFGH-JKMN-PQRS' (dấu cách, gạch ngang, chữ hoa hay thường "
            "đều được). Thoát với mã 0 nếu là thật, 2 nếu không."
        ),
    )
    parser.add_argument(
        "code", nargs="+", metavar="CODE", help=CliPrint.tr("nội dung mã QR, hoặc SỐ MÃ")
    )
    add_json_flag(parser)
    parser.set_defaults(handler=cmd_verify)


def _add_register(subcommands: argparse._SubParsersAction) -> None:
    parser = subcommands.add_parser(
        "certificate-register",
        help=CliPrint.tr("sổ đăng ký giấy chứng nhận đã cấp"),
        description=CliPrint.tr(
            "Liệt kê giấy chứng nhận đã cấp: số, ngày, người nhận, sáng kiến, số lần in lại."
        ),
    )
    parser.add_argument(
        "--unit", metavar="CODE", help=CliPrint.tr("sáng kiến của đơn vị này (và cấp dưới)")
    )
    parser.add_argument("--from", dest="issued_from", metavar="YYYY-MM-DD", type=date_argument)
    parser.add_argument("--to", dest="issued_to", metavar="YYYY-MM-DD", type=date_argument)
    parser.add_argument("--cancelled", action="store_true", help=CliPrint.tr("gồm cả giấy đã huỷ"))
    parser.add_argument(
        "-o",
        "--output",
        metavar="FILE.xlsx",
        help=CliPrint.tr("ghi sổ ra tệp Excel (các cột như bảng Sổ đăng ký của cửa sổ)"),
    )
    sheet_language(parser)
    add_json_flag(parser)
    parser.set_defaults(handler=cmd_register)


def _add_report(subcommands: argparse._SubParsersAction) -> None:
    report = subcommands.add_parser(
        "report",
        help=CliPrint.tr("báo cáo in được (PDF hoặc Excel)"),
        description=CliPrint.tr("Báo cáo in được."),
    )
    kinds = report.add_subparsers(dest="kind", metavar="KIND", parser_class=type(report))
    progress = kinds.add_parser(
        "progress",
        help=CliPrint.tr("tiến độ so với chỉ tiêu theo đơn vị và giai đoạn"),
        description=CliPrint.tr(
            "Báo cáo tiến độ: số sáng kiến đăng ký, được công nhận, chỉ tiêu và tỷ lệ theo đơn vị "
            "(cộng dồn theo cây đơn vị) và theo giai đoạn, tính đến một ngày; PDF có biểu đồ, "
            "Excel có số thật và công thức."
        ),
    )
    progress.add_argument(
        "--as-of", metavar="YYYY-MM-DD", type=date_argument, help=CliPrint.tr("tính đến ngày")
    )
    progress.add_argument("--unit", metavar="CODE", help=CliPrint.tr("đơn vị gốc của báo cáo"))
    progress.add_argument(
        "--programme", metavar="CODE", help=CliPrint.tr("chương trình (mặc định: hiện tại)")
    )
    progress.add_argument("-o", "--output", metavar="FILE.pdf|FILE.xlsx", required=True)
    progress.set_defaults(handler=cmd_report_progress)
    report.set_defaults(handler=_missing_kind)


def _missing_kind(_args: argparse.Namespace) -> int:
    raise CliError(
        CliPrint.tr(
            "Thiếu loại báo cáo: sangkien report progress … (xem 'sangkien report --help')."
        )
    )


# ---- certificates --------------------------------------------------------------------------------


def cmd_certificates(args: argparse.Namespace) -> int:
    from desktop.printing.jobs import print_certificates

    out = Path(args.split or args.output)
    if args.output and out.suffix.lower() != ".pdf":
        raise CliError(arg(CliPrint.tr("Tệp ra phải có đuôi .pdf: %1."), out))
    with opened_database(args) as database:
        selection = _selection(database, args)
        try:
            result = print_certificates(
                database,
                selection,
                out,
                reprint=args.reprint,
                signer=_signer(args),
                issued_on=args.date,
                actor=actor_name(args),
                split=bool(args.split),
                progress=_progress_printer(),
                template=_template(args),
            )
        except (CertificateError, StorageError, NodeNotSetUp) as error:
            raise CliError(error) from None
    _report_printed(args, result)
    return 0


def _selection(database, args: argparse.Namespace):
    from desktop.printing.jobs import CertificateSelection

    if args.status and not args.reprint and args.status != "recognised":
        hint = CliPrint.tr(" Thêm --reprint để in lại giấy đã cấp.")
        raise CliError(
            arg(
                CliPrint.tr(
                    "Chỉ cấp được giấy chứng nhận cho sáng kiến 'Đã công nhận', không phải '%1'.%2"
                ),
                STATUS.label(args.status, current_language()),
                hint if args.status == "certified" else "",
            )
        )
    with database.session() as session:
        _known_initiatives(session, args.reg)
        return CertificateSelection(
            unit_id=_unit_id(session, args.unit),
            phase_id=_phase_id(session, args.phase),
            status=args.status,
            reg_nos=tuple(args.reg),
            programme=args.programme,
        )


def _known_initiatives(session, reg_nos: list[str]) -> None:
    """A mistyped registration number is named, not reported as "nothing recognised"."""
    from db.queries.initiatives import InitiativeNotFound, initiative_by_key

    for reg_no in reg_nos:
        try:
            initiative_by_key(session, reg_no)
        except InitiativeNotFound as error:
            raise CliError(error) from None


def _unit_id(session, code: str | None) -> str | None:
    if not code:
        return None
    try:
        return unit_by_code(session, code).id
    except UnknownUnit as error:
        raise CliError(error) from None


def _phase_id(session, code: str | None) -> str | None:
    if not code:
        return None
    from db.queries.phases import UnknownPhase, phase_id_by_code

    try:
        return phase_id_by_code(session, code)
    except UnknownPhase as error:
        raise CliError(error) from None


def _signer(args: argparse.Namespace) -> Signer | None:
    if not args.signer_name:
        if args.signer_title or args.place:
            raise CliError(CliPrint.tr("Hãy nhập cả --signer-name cùng chức danh/nơi ký."))
        return None
    title = (args.signer_title or DEFAULT_SIGNER_TITLE).replace("\\n", "\n")
    return Signer(args.signer_name.strip(), title, (args.place or "Hà Nội").strip())


def _template(args: argparse.Namespace):
    template = _chosen_template(args)
    if args.no_qr:
        from desktop.printing.template import without_qr

        return without_qr(template)
    return template


def _chosen_template(args: argparse.Namespace):
    if not args.template:
        return None
    from desktop.printing.template import TemplateError, load_template

    try:
        return load_template(args.template)
    except TemplateError as error:
        raise CliError(error) from None


def _progress_printer():
    """One line rewritten in place on a terminal; in a log or a pipe, where a carriage return
    runs the lines together, a line at every tenth."""
    last = [-1]
    terminal = sys.stderr.isatty()
    step = 1 if terminal else 10

    def show(done: int, total: int) -> None:
        percent = done * 100 // max(total, 1) // step * step
        if percent != last[0] or done == total:
            last[0] = percent
            end = "\n" if done == total or not terminal else "\r"
            line = arg(CliPrint.tr("Đang in %1/%2 (%3%)"), done, total, percent)
            print(line, end=end, file=sys.stderr, flush=True)

    return show


def _report_printed(args: argparse.Namespace, result) -> None:
    if args.json:
        print_json(
            {
                "files": [str(path) for path in result.files],
                "pages": result.pages,
                "issued": result.issued,
                "reprinted": result.reprinted,
                "skipped": [{"reg_no": reg, "reason": why} for reg, why in result.skipped],
            }
        )
        return
    where = args.split or args.output
    if result.issued:
        print(
            arg(
                CliPrint.tr(
                    "Đã cấp %n giấy chứng nhận (%1 … %2), in vào %3.", "", len(result.issued)
                ),
                result.issued[0],
                result.issued[-1],
                where,
            )
        )
    if result.reprinted:
        print(
            arg(
                CliPrint.tr("Đã in lại %n giấy chứng nhận vào %1.", "", len(result.reprinted)),
                where,
            )
        )
    for reg_no, why in result.skipped:
        print("  " + arg(CliPrint.tr("Bỏ qua %1: %2"), reg_no, said(why)))


# ---- verify --------------------------------------------------------------------------------------


def cmd_verify(args: argparse.Namespace) -> int:
    from db.certificate_check import verify_presented

    with opened_database(args) as database, database.session() as session:
        try:
            result = verify_presented(session, " ".join(args.code))
        except NodeNotSetUp as error:
            raise CliError(error) from None
    if args.json:
        print_json(
            {
                "verdict": result.verdict,
                "genuine": result.genuine,
                "number": result.number,
                "message": result.message,
                "shows": dict(result.shows),
            }
        )
    else:
        print(said(result.said or result.message))
        for label, value in result.shows:  # a label's str is its Vietnamese, --json's key
            print(f"  {said(label)}: {said(value)}")
    return 0 if result.genuine else 2


# ---- the register --------------------------------------------------------------------------------


def cmd_register(args: argparse.Namespace) -> int:
    from db.certificates import certificate_register

    with opened_database(args) as database, database.session() as session:
        entries = certificate_register(
            session,
            unit_id=_unit_id(session, args.unit),
            issued_from=args.issued_from,
            issued_to=args.issued_to,
            include_cancelled=args.cancelled,
        )
    if args.output:
        return _register_workbook(entries, args)
    if args.json:
        print_json([_entry_json(entry) for entry in entries])
        return 0
    for e in entries:
        mark = " " + CliPrint.tr("[ĐÃ HUỶ]") if e.cancelled else ""
        reprints = CliPrint.tr(", in lại %n lần", "", e.reprint_count) if e.reprint_count else ""
        print(
            f"{e.number}  {e.issued_on:%d/%m/%Y}  {e.reg_no}  {', '.join(e.recipients)}"
            f"  — {REVIEW_LEVEL.label(e.level, current_language())}"
            f"{reprints}{mark}"
        )
    print(CliPrint.tr("Tổng: %n giấy chứng nhận.", "", len(entries)))
    return 0


def _register_workbook(entries, args: argparse.Namespace) -> int:
    from db.exchange.certificate_register import export_certificate_register
    from db.exchange.export import ExportError

    try:
        count = export_certificate_register(entries, args.output, args.sheet_lang)
    except (ExportError, StorageError, OSError) as error:
        raise CliError(error) from None
    print(arg(CliPrint.tr("Đã ghi %n giấy chứng nhận vào %1.", "", count), args.output))
    return 0


def _entry_json(entry) -> dict:
    return {
        "number": entry.number,
        "issued_on": entry.issued_on.isoformat(),
        "recipients": list(entry.recipients),
        "reg_no": entry.reg_no,
        "title": entry.title,
        "unit": entry.unit_code,
        "level": entry.level,
        "decision_no": entry.decision_no,
        "decision_date": entry.decision_date.isoformat() if entry.decision_date else None,
        "issuer": entry.issuer_code,
        "signer": entry.signer_name,
        "reprint_count": entry.reprint_count,
        "cancelled": entry.cancelled,
    }


# ---- report progress -----------------------------------------------------------------------------


def cmd_report_progress(args: argparse.Namespace) -> int:
    from desktop.printing.progress_file import write_progress_report

    out = Path(args.output)
    if out.suffix.lower() not in (".pdf", ".xlsx"):
        raise CliError(arg(CliPrint.tr("Tệp báo cáo phải có đuôi .pdf hoặc .xlsx: %1."), out))
    as_of = args.as_of or dt.date.today()
    with opened_database(args) as database, database.session() as session:
        unit_code = _unit_code(session, args.unit)
        try:
            write_progress_report(
                session, out, as_of=as_of, unit_code=unit_code, programme_code=args.programme
            )
        except (StorageError, LookupError) as error:
            raise CliError(error) from None
    print(arg(CliPrint.tr("Đã ghi báo cáo tiến độ tính đến %1 vào %2."), f"{as_of:%d/%m/%Y}", out))
    return 0


def _unit_code(session, code: str | None) -> str | None:
    return None if not code else unit_by_code_checked(session, code)


def unit_by_code_checked(session, code: str) -> str:
    try:
        return unit_by_code(session, code).code
    except UnknownUnit as error:
        raise CliError(error) from None
