"""Duplicates on the command line (issue 14).

    sangkien duplicates list [--json] [--unit CODE] [--limit N]
    sangkien duplicates decide A B same|different [--note TEXT]
    sangkien duplicates undo A B
    sangkien people duplicates [--json]
    sangkien people merge KEEP MERGED | sangkien people unmerge MERGED

A and B are registration numbers or ids. "same" makes the later filing Trùng lặp (the first
filing wins); "different" is remembered; undo puts everything back. Heavy imports stay inside the
handlers (start-up speed).
"""

from __future__ import annotations

import argparse

from desktop.cli.common import CliError, add_json_flag, print_json
from desktop.words import Texts, arg, current_language

CliDuplicates = Texts("CliDuplicates")


def register(subcommands: argparse._SubParsersAction) -> None:
    duplicates = subcommands.add_parser(
        "duplicates",
        help=CliDuplicates.tr("sáng kiến có thể trùng lặp: liệt kê, quyết định, hoàn tác"),
        description=CliDuplicates.tr(
            "Cặp sáng kiến có thể là một (cùng tác giả, tên gần giống). Người quyết định: "
            "'same' (bản nộp sau thành Trùng lặp) hoặc 'different' (không đề xuất lại)."
        ),
    )
    actions = duplicates.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=CliDuplicates.tr("các cặp cần xem, giống nhất trước"))
    listing.add_argument(
        "--unit", metavar="CODE", help=CliDuplicates.tr("chỉ cặp có sáng kiến của đơn vị này")
    )
    listing.add_argument(
        "--limit",
        type=int,
        default=50,
        metavar="N",
        help=CliDuplicates.tr("số cặp (mặc định 50)"),
    )
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_list)
    decide = actions.add_parser("decide", help=CliDuplicates.tr("ghi quyết định về một cặp"))
    decide.add_argument("a", metavar="A", help=CliDuplicates.tr("số đăng ký hoặc id"))
    decide.add_argument("b", metavar="B", help=CliDuplicates.tr("số đăng ký hoặc id"))
    decide.add_argument("verdict", choices=("same", "different"))
    decide.add_argument("--note", metavar="TEXT", help=CliDuplicates.tr("ghi chú"))
    decide.add_argument(
        "--actor", metavar="NAME", help=CliDuplicates.tr("người thực hiện, ghi vào nhật ký")
    )
    add_json_flag(decide)
    decide.set_defaults(handler=cmd_decide)
    undo = actions.add_parser(
        "undo", help=CliDuplicates.tr("huỷ quyết định về một cặp, trả lại như cũ")
    )
    undo.add_argument("a", metavar="A")
    undo.add_argument("b", metavar="B")
    undo.add_argument(
        "--actor", metavar="NAME", help=CliDuplicates.tr("người thực hiện, ghi vào nhật ký")
    )
    undo.set_defaults(handler=cmd_undo)
    _register_people(subcommands)


def _register_people(subcommands: argparse._SubParsersAction) -> None:
    people = subcommands.add_parser(
        "people", help=CliDuplicates.tr("tác giả có thể trùng; gộp hai tác giả")
    )
    actions = people.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser(
        "duplicates",
        help=CliDuplicates.tr("tác giả cùng tên (không dấu) và ngày sinh, hoặc cùng mã nhân viên"),
    )
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_people_duplicates)
    merge = actions.add_parser(
        "merge", help=CliDuplicates.tr("gộp MERGED vào KEEP (giữ id cũ làm bí danh)")
    )
    merge.add_argument("keep", metavar="KEEP", help=CliDuplicates.tr("id tác giả giữ lại"))
    merge.add_argument("merged", metavar="MERGED", help=CliDuplicates.tr("id tác giả được gộp"))
    merge.add_argument("--actor", metavar="NAME")
    merge.set_defaults(handler=cmd_people_merge)
    unmerge = actions.add_parser("unmerge", help=CliDuplicates.tr("huỷ việc gộp một tác giả"))
    unmerge.add_argument("merged", metavar="MERGED")
    unmerge.add_argument("--actor", metavar="NAME")
    unmerge.set_defaults(handler=cmd_people_unmerge)


def _card(card) -> dict:
    return {
        "id": card.id,
        "reg_no": card.reg_no,
        "title": card.title,
        "unit": card.unit_code,
        "registered_on": card.registered_on.isoformat(),
        "status": card.status,
        "authors": list(card.authors),
    }


def cmd_list(args: argparse.Namespace) -> int:
    from db.duplicates.candidates import pairs_to_decide
    from db.queries.units import UnknownUnit, unit_by_code
    from desktop.cli.common import opened_database
    from desktop.cli.initiative_commands import user_errors

    if args.limit < 1:
        raise CliError(CliDuplicates.tr("--limit phải là số nguyên dương."))
    with opened_database(args) as database, user_errors():
        unit_id = None
        if args.unit:
            with database.session() as session:
                try:
                    unit_id = unit_by_code(session, args.unit).id
                except UnknownUnit:
                    raise CliError(
                        arg(CliDuplicates.tr("Không có đơn vị mã '%1'."), args.unit)
                    ) from None
        pairs = pairs_to_decide(database, unit_id=unit_id, limit=args.limit)
    if args.json:
        print_json(
            [
                {
                    "score": p.score,
                    "title_score": p.title_score,
                    "essence_score": p.essence_score,
                    "shared_authors": list(p.shared_authors),
                    "original": _card(p.original),
                    "later": _card(p.later),
                }
                for p in pairs
            ]
        )
        return 0
    if not pairs:
        print(CliDuplicates.tr("Không có cặp nào cần xem."))
    for p in pairs:
        print(f"{p.score:5.1f}  {p.original.reg_no} ({p.original.unit_code})  ~  ", end="")
        print(f"{p.later.reg_no} ({p.later.unit_code})  {p.later.title[:60]}")
    return 0


def cmd_decide(args: argparse.Namespace) -> int:
    from db.duplicates.decisions import decide_pair
    from db.queries.initiatives import initiative_by_key
    from db.vocab import STATUS
    from desktop.cli.initiative_commands import actor_name, writing

    with writing(args) as session:
        a, b = initiative_by_key(session, args.a), initiative_by_key(session, args.b)
        result = decide_pair(session, a.id, b.id, args.verdict, actor_name(args), args.note)
        summary = {
            "verdict": args.verdict,
            "original": result.original.reg_no,
            "later": result.later.reg_no,
            "later_status": result.later.status,
        }
    if args.json:
        print_json(summary)
    elif args.verdict == "same":
        print(
            arg(
                CliDuplicates.tr("%1 là bản trùng của %2: %3."),
                summary["later"],
                summary["original"],
                STATUS.label(summary["later_status"], current_language()),
            )
        )
    else:
        print(
            arg(
                CliDuplicates.tr("Đã ghi: %1 và %2 là hai sáng kiến khác nhau."),
                summary["original"],
                summary["later"],
            )
        )
    return 0


def cmd_undo(args: argparse.Namespace) -> int:
    from db.duplicates.decisions import undo_decision
    from db.queries.initiatives import initiative_by_key
    from db.vocab import STATUS
    from desktop.cli.initiative_commands import actor_name, writing

    with writing(args) as session:
        a, b = initiative_by_key(session, args.a), initiative_by_key(session, args.b)
        result = undo_decision(session, a.id, b.id, actor_name(args))
        later, status = result.later.reg_no, result.later.status
    print(
        arg(
            CliDuplicates.tr("Đã huỷ quyết định; %1: %2."),
            later,
            STATUS.label(status, current_language()),
        )
    )
    return 0


def cmd_people_duplicates(args: argparse.Namespace) -> int:
    from db.duplicates.people import duplicate_people_groups
    from desktop.cli.initiative_commands import reading

    with reading(args) as session:
        groups = duplicate_people_groups(session)
    if args.json:
        print_json(
            [
                {
                    "reason": g.reason,
                    "people": [
                        {
                            "id": p.id,
                            "full_name": p.full_name,
                            "birth_date": p.birth_date.isoformat() if p.birth_date else None,
                            "unit": p.unit_code,
                            "employee_no": p.employee_no,
                            "initiatives": p.initiatives,
                        }
                        for p in g.people
                    ],
                }
                for g in groups
            ]
        )
        return 0
    if not groups:
        print(CliDuplicates.tr("Không có tác giả nào có thể trùng."))
    for g in groups:
        print(
            " | ".join(
                f"{p.full_name} ({p.unit_code}, "
                + CliDuplicates.tr("%n SK", "", p.initiatives)
                + f") {p.id}"
                for p in g.people
            )
        )
    return 0


def cmd_people_merge(args: argparse.Namespace) -> int:
    from db.duplicates.people import merge_people
    from desktop.cli.initiative_commands import actor_name, writing

    with writing(args) as session:
        alias = merge_people(session, args.keep, args.merged, actor_name(args))
        moved = len(alias.moved_authors or [])
    print(
        arg(
            CliDuplicates.tr("Đã gộp tác giả %1 vào %2 (%n lượt tác giả chuyển sang).", "", moved),
            args.merged,
            args.keep,
        )
    )
    return 0


def cmd_people_unmerge(args: argparse.Namespace) -> int:
    from db.duplicates.people import undo_merge
    from desktop.cli.initiative_commands import actor_name, writing

    with writing(args) as session:
        person = undo_merge(session, args.merged, actor_name(args))
        name = person.full_name
    print(arg(CliDuplicates.tr("Đã huỷ việc gộp: %1 trở lại là một tác giả riêng."), name))
    return 0
