"""`sangkien form` (Đơn yêu cầu công nhận sáng kiến) and `sangkien papers scoring|minutes|decision`
(the council's papers), as .pdf or .docx. Heavy imports inside the handlers (start-up speed)."""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError, date_argument
from desktop.words import Texts, arg

CliPaper = Texts("CliPaper")


def output_help() -> str:
    return CliPaper.tr("tệp .pdf (để in) hoặc .docx (để sửa trong Word)")


def register(subcommands: argparse._SubParsersAction) -> None:
    form = subcommands.add_parser(
        "form",
        help=CliPaper.tr("in Đơn yêu cầu công nhận sáng kiến (PDF hoặc Word)"),
        description=CliPaper.tr(
            "Đơn yêu cầu công nhận sáng kiến theo Phụ lục I, Thông tư 18/2013/TT-BKHCN: "
            "điền sẵn từ sổ cho một sáng kiến, hoặc mẫu trống (--blank)."
        ),
    )
    form.add_argument(
        "reg_no", metavar="REG_NO", nargs="?", help=CliPaper.tr("số đăng ký (hoặc id)")
    )
    form.add_argument("--blank", action="store_true", help=CliPaper.tr("mẫu đơn trống để điền tay"))
    form.add_argument("-o", "--output", metavar="FILE", required=True, help=output_help())
    form.set_defaults(handler=cmd_form)

    papers = subcommands.add_parser(
        "papers",
        help=CliPaper.tr(
            "giấy tờ của Hội đồng sáng kiến: phiếu chấm điểm, biên bản, danh sách kèm quyết định"
        ),
        description=CliPaper.tr("Giấy tờ của Hội đồng sáng kiến, dạng PDF hoặc Word."),
    )
    papers.set_defaults(handler=_missing_kind)
    kinds = papers.add_subparsers(dest="kind", metavar="KIND", parser_class=type(papers))
    scoring = kinds.add_parser(
        "scoring",
        help=CliPaper.tr("phiếu chấm điểm: mỗi sáng kiến, mỗi thành viên một trang"),
        description=CliPaper.tr(
            "Phiếu chấm điểm sáng kiến: một trang cho mỗi sáng kiến và mỗi thành viên."
        ),
    )
    scoring.add_argument("reg_nos", metavar="REG_NO", nargs="+")
    _council_options(scoring)
    scoring.set_defaults(handler=cmd_scoring)
    minutes = kinds.add_parser(
        "minutes",
        help=CliPaper.tr("biên bản họp Hội đồng sáng kiến (các kết quả xét duyệt của một ngày)"),
        description=CliPaper.tr(
            "Biên bản họp Hội đồng sáng kiến: các sáng kiến được xét trong ngày --date "
            "với điểm, tổng điểm, xếp loại và kết quả."
        ),
    )
    minutes.add_argument("--date", type=date_argument, required=True, help=CliPaper.tr("ngày họp"))
    minutes.add_argument(
        "--level",
        choices=("base", "subordinate", "industry"),
        help=CliPaper.tr("cấp xét duyệt"),
    )
    minutes.add_argument("--place", metavar="PLACE", default="", help=CliPaper.tr("nơi họp"))
    _council_options(minutes)
    minutes.set_defaults(handler=cmd_minutes)
    decision = kinds.add_parser(
        "decision",
        help=CliPaper.tr("danh sách sáng kiến được công nhận kèm theo một quyết định"),
        description=CliPaper.tr("Danh sách sáng kiến được công nhận kèm theo Quyết định số …"),
    )
    decision.add_argument("decision_no", metavar="DECISION_NO", help=CliPaper.tr("số quyết định"))
    decision.add_argument(
        "--issuer", metavar="NAME", default="", help=CliPaper.tr("cơ quan ra quyết định")
    )
    decision.add_argument(
        "--date",
        type=date_argument,
        help=CliPaper.tr(
            "ngày quyết định, khi nhiều năm có cùng số (mặc định: quyết định mới nhất)"
        ),
    )
    decision.add_argument("-o", "--output", metavar="FILE", required=True, help=output_help())
    decision.set_defaults(handler=cmd_decision)


def _council_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--member",
        metavar="NAME",
        action="append",
        default=[],
        help=CliPaper.tr("thành viên hội đồng (lặp lại được; 'Họ tên - chức vụ')"),
    )
    parser.add_argument("--council", metavar="NAME", default="", help=CliPaper.tr("tên hội đồng"))
    parser.add_argument("-o", "--output", metavar="FILE", required=True, help=output_help())


def _missing_kind(_args: argparse.Namespace) -> int:
    raise CliError(
        CliPaper.tr("Thiếu loại giấy tờ: sangkien papers scoring|minutes|decision … -o FILE.")
    )


def _write(paper, path: str) -> None:
    from db.fileutil import StorageError
    from desktop.printing.paper_file import write_paper

    try:
        write_paper(paper, path)
    except (ValueError, StorageError) as error:
        raise CliError(error) from None
    print(arg(CliPaper.tr("Đã lưu %1."), path))


def cmd_form(args: argparse.Namespace) -> int:
    from db.queries.papers import FormData, registration_form
    from desktop.cli.initiative_commands import reading
    from desktop.printing.registration_form import registration_paper

    if args.blank == bool(args.reg_no):
        raise CliError(CliPaper.tr("Cho số đăng ký của sáng kiến, hoặc --blank cho mẫu đơn trống."))
    if args.blank:
        data = FormData()
    else:
        with reading(args) as session:
            data = registration_form(session, args.reg_no)
    _write(registration_paper(data), args.output)
    return 0


def cmd_scoring(args: argparse.Namespace) -> int:
    from db.queries.papers import items_by_reg_no
    from desktop.cli.initiative_commands import reading
    from desktop.printing.council_papers import scoring_paper

    with reading(args) as session:
        items = items_by_reg_no(session, args.reg_nos)
    _write(scoring_paper(items, args.member, args.council), args.output)
    return 0


def cmd_minutes(args: argparse.Namespace) -> int:
    from db.queries.papers import session_items
    from desktop.cli.initiative_commands import reading
    from desktop.printing.council_papers import minutes_paper

    with reading(args) as session:
        items = session_items(session, args.date, args.level)
    if not items:
        raise CliError(
            arg(
                CliPaper.tr(
                    "Không có kết quả xét duyệt nào ngày %1: kiểm tra ngày họp "
                    "(ngày xét duyệt đã ghi ở trang Xét duyệt)."
                ),
                f"{args.date:%d/%m/%Y}",
            )
        )
    _write(minutes_paper(items, args.date, args.member, args.council, args.place), args.output)
    return 0


def cmd_decision(args: argparse.Namespace) -> int:
    from db.queries.papers import decision_dates, decision_items, recorded_decision_no
    from desktop.cli.initiative_commands import reading
    from desktop.printing.council_papers import decision_paper

    with reading(args) as session:
        args.decision_no = recorded_decision_no(session, args.decision_no)
        dates = decision_dates(session, args.decision_no)
        items = decision_items(session, args.decision_no, args.date)
    if not items:
        when = arg(CliPaper.tr(" ngày %1"), f"{args.date:%d/%m/%Y}") if args.date else ""
        known = ", ".join(f"{d:%d/%m/%Y}" for d in dates)
        if dates:
            check = arg(
                CliPaper.tr(
                    "Kiểm tra số quyết định (viết như đã ghi, ví dụ 125/QĐ-CĐDK) và ngày (có: %1)."
                ),
                known,
            )
        else:
            check = CliPaper.tr("Kiểm tra số quyết định (viết như đã ghi, ví dụ 125/QĐ-CĐDK).")
        raise CliError(
            arg(
                CliPaper.tr("Không có sáng kiến nào được công nhận theo quyết định số '%1'%2."),
                args.decision_no,
                when,
            )
            + " "
            + check
        )
    if len(dates) > 1 and args.date is None:
        others = ", ".join(f"{d:%d/%m/%Y}" for d in dates[1:])
        print(
            arg(
                CliPaper.tr(
                    "Có %n quyết định cùng số %1: đã in quyết định ngày %2; các ngày khác: %3 "
                    "(chọn bằng --date).",
                    "",
                    len(dates),
                ),
                args.decision_no,
                f"{dates[0]:%d/%m/%Y}",
                others,
            )
        )
    _write(decision_paper(items, args.decision_no, args.issuer), args.output)
    return 0
