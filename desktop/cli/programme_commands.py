"""Programmes (phong trào thi đua): `programme list|show|add|set`.

sangkien --db hq.db programme list [--json]
sangkien --db hq.db programme show 1TRIEU-2021 [--json]
sangkien --db hq.db programme add programme.json        (the JSON `show --json` prints)
sangkien --db hq.db programme set NLD-2025 name="..." ends_on=2027-12-31
sangkien --db hq.db programme include|exclude|reset NLD-2025 REG_NO [--reason TEXT]

SQLAlchemy and the db modules are imported inside the handlers (start-up speed).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from desktop.cli.common import CliError, add_json_flag, print_json
from desktop.formatting import format_number
from desktop.words import Texts, arg

CliProgramme = Texts("CliProgramme")


def register(subcommands: argparse._SubParsersAction) -> None:
    programme = subcommands.add_parser(
        "programme",
        help=CliProgramme.tr("chương trình thi đua: xem, thêm, sửa (list, show, add, set)"),
        description=CliProgramme.tr(
            "Các chương trình thi đua (phong trào): thời gian, giai đoạn, chỉ tiêu. Sổ "
            "đăng ký sáng kiến là thường xuyên; một sáng kiến được tính cho mọi chương trình có "
            "thời gian và phạm vi đơn vị bao gồm nó."
        ),
    )
    actions = programme.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help=CliProgramme.tr("các chương trình"))
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_list)
    show = actions.add_parser(
        "show", help=CliProgramme.tr("một chương trình: giai đoạn và chỉ tiêu")
    )
    show.add_argument("code", metavar="CODE")
    add_json_flag(show)
    show.set_defaults(handler=cmd_show)
    add = actions.add_parser(
        "add",
        help=CliProgramme.tr("thêm chương trình từ tệp JSON"),
        description=CliProgramme.tr(
            "Thêm chương trình từ tệp JSON: code, name, starts_on, ends_on, counts "
            "(registered|recognised), certificate_wording, phases [{code, name, starts_on, "
            "ends_on}], targets {ĐƠN_VỊ: {GIAI_ĐOẠN: số}}. Máy này trở thành nơi sở hữu chương "
            "trình."
        ),
    )
    add.add_argument("file", metavar="FILE.json")
    add.add_argument(
        "--actor", metavar="NAME", help=CliProgramme.tr("tên người thao tác (nhật ký)")
    )
    add_json_flag(add)
    add.set_defaults(handler=cmd_add)
    change = actions.add_parser(
        "set",
        help=CliProgramme.tr("sửa một chương trình: field=value"),
        description=CliProgramme.tr(
            "Sửa tên, thời gian, cách tính hoặc lời văn giấy chứng nhận của chương "
            "trình: name=..., starts_on=YYYY-MM-DD, ends_on=..., counts=registered|recognised, "
            "certificate_wording=..."
        ),
    )
    change.add_argument("code", metavar="CODE")
    change.add_argument("assignments", nargs="+", metavar="field=value")
    change.add_argument(
        "--actor", metavar="NAME", help=CliProgramme.tr("tên người thao tác (nhật ký)")
    )
    change.set_defaults(handler=cmd_set)
    who = CliProgramme.tr(
        "Chỉ máy của đơn vị sở hữu chương trình hoặc cấp trên của nó được làm; gói xuất tiếp "
        "theo mang ngoại lệ xuống các đơn vị."
    )
    for action, text, sentence in (
        (
            "include",
            CliProgramme.tr("tính một sáng kiến ngoài thời gian của chương trình vào chương trình"),
            CliProgramme.tr(
                "Tính một sáng kiến ngoài thời gian của chương trình vào chương trình."
            ),
        ),
        (
            "exclude",
            CliProgramme.tr("không tính một sáng kiến cho chương trình"),
            CliProgramme.tr("Không tính một sáng kiến cho chương trình."),
        ),
        (
            "reset",
            CliProgramme.tr("bỏ ngoại lệ: sáng kiến được tính theo thời gian và đơn vị như thường"),
            CliProgramme.tr(
                "Bỏ ngoại lệ: sáng kiến được tính theo thời gian và đơn vị như thường."
            ),
        ),
    ):
        override = actions.add_parser(action, help=text, description=f"{sentence} {who}")
        override.add_argument("code", metavar="CODE", help=CliProgramme.tr("mã chương trình"))
        override.add_argument(
            "uid", metavar="REG_NO", help=CliProgramme.tr("số đăng ký hoặc id của sáng kiến")
        )
        override.add_argument("--reason", metavar="TEXT", help=CliProgramme.tr("lý do"))
        override.add_argument(
            "--actor", metavar="NAME", help=CliProgramme.tr("tên người thao tác (nhật ký)")
        )
        override.set_defaults(
            handler=cmd_override, included={"include": True, "exclude": False}.get(action)
        )


def cmd_list(args: argparse.Namespace) -> int:
    import datetime as dt

    from db.queries.programmes import default_programme, live_programmes, programme_as_json
    from desktop.cli.initiative_commands import reading

    with reading(args) as session:
        current = default_programme(session, dt.date.today())
        rows = [programme_as_json(session, p) for p in live_programmes(session)]
    current_code = current.code if current else None
    if args.json:
        print_json([{**row, "current": row["code"] == current_code} for row in rows])
        return 0
    if not rows:
        print(
            CliProgramme.tr(
                "Chưa có chương trình nào: thêm bằng 'sangkien programme add FILE.json'."
            )
        )
    for row in rows:
        mark = "*" if row["code"] == current_code else " "
        total = sum(sum(t.values()) for t in row["targets"].values())
        target = arg(CliProgramme.tr("chỉ tiêu %1"), f"{format_number(total):>7}")
        print(f"{mark} {row['code']:<16} {_period(row)}  {target}  {row['name']}")
    if current_code:
        print(
            CliProgramme.tr("(* chương trình các trang và lệnh dùng khi không chọn chương trình)")
        )
    return 0


def _period(row: dict) -> str:
    import datetime as dt

    starts = dt.date.fromisoformat(row["starts_on"])
    ends = dt.date.fromisoformat(row["ends_on"])
    return f"{starts:%d/%m/%Y}–{ends:%d/%m/%Y}"


def cmd_show(args: argparse.Namespace) -> int:
    from db.queries.programme_overrides import overrides_listing
    from db.queries.programmes import programme_as_json, programme_by_code
    from desktop.cli.initiative_commands import reading

    with reading(args) as session:
        programme = programme_by_code(session, args.code)
        row = programme_as_json(session, programme)
        overrides = overrides_listing(session, programme)
    if args.json:
        print_json({**row, "overrides": overrides})
        return 0
    print(f"{row['code']} — {row['name']}")
    print(
        arg(
            CliProgramme.tr("Thời gian: %1; tính: %2; đơn vị sở hữu: %3"),
            _period(row),
            row["counts"],
            row["owner"],
        )
    )
    print(arg(CliProgramme.tr("Giấy chứng nhận ghi: %1"), row["certificate_wording"] or ""))
    for phase in row["phases"]:
        print(f"  {phase['code']:<12} {_period(phase)}  {phase['name']}")
    codes = [p["code"] for p in row["phases"]]
    print(
        "\n"
        + CliProgramme.tr("Đơn vị").ljust(16)
        + "".join(f"{c:>12}" for c in codes)
        + CliProgramme.tr("Cộng").rjust(10)
    )
    for unit, by_phase in row["targets"].items():
        cells = "".join(f"{format_number(by_phase.get(c, 0)):>12}" for c in codes)
        print(f"{unit:<16}{cells}{format_number(sum(by_phase.values())):>10}")
    if overrides:
        print("\n" + CliProgramme.tr("Ngoại lệ (sangkien programme include|exclude|reset):"))
    for override in overrides:
        verb = (
            CliProgramme.tr("tính thêm") if override["included"] else CliProgramme.tr("không tính")
        )
        reason = f" — {override['reason']}" if override["reason"] else ""
        print(f"  {override['reg_no']:<22} {verb}{reason}")
    return 0


def cmd_add(args: argparse.Namespace) -> int:
    from db.queries.programmes import add_programme, draft_from_json
    from desktop.cli.initiative_commands import actor_name, user_errors, writing

    data = _read_json(Path(args.file))
    with user_errors():
        draft = draft_from_json(data)
    with writing(args) as session:
        programme = add_programme(session, draft, actor_name(args))
        code, name = programme.code, programme.name
    if args.json:
        print_json({"code": code, "name": name})
    else:
        print(
            arg(
                CliProgramme.tr(
                    "Đã thêm chương trình %1 — %2. Gói xuất tiếp theo sẽ mang nó xuống."
                ),
                code,
                name,
            )
        )
    return 0


def _read_json(path: Path) -> object:
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise CliError(arg(CliProgramme.tr("Không có tệp %1."), path)) from None
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as error:
        raise CliError(
            arg(CliProgramme.tr("Không đọc được %1 như JSON: %2."), path, error)
        ) from None


def cmd_set(args: argparse.Namespace) -> int:
    from db.queries.programmes import update_programme
    from desktop.cli.initiative_commands import actor_name, writing

    changes: dict[str, str] = {}
    for item in args.assignments:
        name, sep, value = item.partition("=")
        if not sep or not name.strip():
            raise CliError(
                arg(
                    CliProgramme.tr("'%1' không có dạng field=value (ví dụ name=\"Tên mới\")."),
                    item,
                )
            )
        changes[name.strip()] = value
    with writing(args) as session:
        programme = update_programme(session, args.code, changes, actor_name(args))
        code = programme.code
    print(arg(CliProgramme.tr("Đã sửa chương trình %1: %2."), code, ", ".join(changes)))
    return 0


def cmd_override(args: argparse.Namespace) -> int:
    from db.queries.programme_overrides import set_override
    from desktop.cli.initiative_commands import actor_name, writing

    with writing(args) as session:
        set_override(session, args.code, args.uid, args.included, actor_name(args), args.reason)
    done = {
        True: CliProgramme.tr(
            "Sáng kiến %1 được tính cho chương trình %2. Gói xuất tiếp theo sẽ mang thay đổi xuống."
        ),
        False: CliProgramme.tr(
            "Sáng kiến %1 không được tính cho chương trình %2. Gói xuất tiếp theo sẽ mang thay "
            "đổi xuống."
        ),
        None: CliProgramme.tr(
            "Sáng kiến %1 được tính như thường cho chương trình %2. Gói xuất tiếp theo sẽ mang "
            "thay đổi xuống."
        ),
    }
    print(arg(done[args.included], args.uid.strip().upper(), args.code.strip().upper()))
    return 0
