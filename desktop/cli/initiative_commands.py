"""`sangkien initiative add|set|delete|restore|show|list` and `sangkien dump`.

Every write is one transaction through the db/ operations the GUI uses, so the same rules apply;
anything wrong gives one message, exit status 1, and leaves the database as it was.
"""

from __future__ import annotations

import argparse
import json
import sys
from itertools import chain, islice
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from db.vocab import GRADE, REVIEW_LEVEL, REVIEW_OUTCOME, SOLUTION_TYPE, STATUS
from desktop.cli.common import (
    CliError,
    actor_name,
    add_json_flag,
    json_text,
    print_json,
    read_rows,
)
from desktop.cli.exchange_commands import add_exchange_parsers
from desktop.words import Texts, arg, current_language

if TYPE_CHECKING:  # start-up speed: SQLAlchemy and the models load inside the handlers
    from sqlalchemy.orm import Session

    from db.queries.filters import InitiativeFilter
    from db.queries.initiative_show import InitiativeDetail

CliInitiative = Texts("CliInitiative")

DEFAULT_LIMIT = 50
TITLE_CHARS = 60
YIELD_ROWS = 2000
LISTED_AT_ONCE = 1000  # a page up to this many rows may be read with sqlite3 alone (db.compiled)
# what other command modules take from here, loaded when asked for (desktop.cli.sessions)
_FROM_SESSIONS = ("reading", "writing", "user_errors")


def __getattr__(name: str) -> Any:
    if name in _FROM_SESSIONS:
        from desktop.cli import sessions

        return getattr(sessions, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


# ---- parsers -------------------------------------------------------------------------------------


def register(subcommands: argparse._SubParsersAction) -> None:
    initiative = subcommands.add_parser(
        "initiative",
        help=CliInitiative.tr("thêm, sửa, xoá, xem và liệt kê sáng kiến"),
        description=CliInitiative.tr(
            "Thêm, sửa, xoá, xem và liệt kê sáng kiến. UID là id hoặc số đăng ký."
        ),
    )
    initiative.set_defaults(handler=_missing_action)
    actions = initiative.add_subparsers(
        dest="action", metavar="ACTION", parser_class=type(initiative)
    )
    _add_parsers(actions)
    dump = subcommands.add_parser(
        "dump",
        help=CliInitiative.tr(
            "mọi bản ghi đồng bộ dạng JSON lines chuẩn (để so sánh hai CSDL bằng diff)"
        ),
        description=CliInitiative.tr(
            "In mọi bản ghi đồng bộ, mỗi dòng một bản ghi JSON, sắp theo bảng rồi id."
        ),
    )
    dump.add_argument(
        "-o", "--output", metavar="FILE", help=CliInitiative.tr("ghi ra tệp thay vì màn hình")
    )
    dump.set_defaults(handler=cmd_dump)


def _add_parsers(actions: argparse._SubParsersAction) -> None:
    add = actions.add_parser(
        "add",
        help=CliInitiative.tr("đăng ký sáng kiến từ tệp JSON"),
        description=CliInitiative.tr(
            'Đăng ký một sáng kiến từ tệp JSON (tên trường như "initiative show --json"; '
            'unit_id/field_id nhận mã hoặc id; authors: [{"person_id" hoặc "full_name", '
            '"birth_date", "share"}]). "-" đọc từ bàn phím/stdin.'
        ),
    )
    add.add_argument("file", metavar="FILE.json")
    _writer_options(add)
    add.set_defaults(handler=cmd_add)

    edit = actions.add_parser(
        "set",
        help=CliInitiative.tr("sửa trường của sáng kiến: field=value …"),
        description=CliInitiative.tr(
            "Sửa các trường: title=..., status=submitted, benefit_value=5000000, "
            "unit_id=VSP, first_applied_on=2022-02-01, authors='[...]'. 'field=' xoá giá trị."
        ),
    )
    edit.add_argument("uid", metavar="UID")
    edit.add_argument("assignments", metavar="field=value", nargs="+")
    _writer_options(edit)
    edit.set_defaults(handler=cmd_set)

    for name, handler, text, sentence in (
        (
            "delete",
            cmd_delete,
            CliInitiative.tr("xoá sáng kiến (có thể khôi phục)"),
            CliInitiative.tr("Xoá sáng kiến (có thể khôi phục)."),
        ),
        (
            "restore",
            cmd_restore,
            CliInitiative.tr("khôi phục sáng kiến đã xoá"),
            CliInitiative.tr("Khôi phục sáng kiến đã xoá."),
        ),
    ):
        parser = actions.add_parser(name, help=text, description=sentence)
        parser.add_argument("uid", metavar="UID")
        _writer_options(parser, json_flag=False)
        parser.set_defaults(handler=handler)

    show = actions.add_parser(
        "show",
        help=CliInitiative.tr("xem một sáng kiến"),
        description=CliInitiative.tr("Xem một sáng kiến."),
    )
    show.add_argument("uid", metavar="UID")
    add_json_flag(show)
    show.set_defaults(handler=cmd_show)

    listing = actions.add_parser(
        "list",
        help=CliInitiative.tr("liệt kê sáng kiến"),
        description=CliInitiative.tr("Liệt kê sáng kiến theo bộ lọc."),
    )
    _filter_options(listing)
    listing.add_argument(
        "--limit",
        metavar="N",
        type=_count,
        default=DEFAULT_LIMIT,
        help=CliInitiative.tr("tối đa N dòng (0: tất cả)"),
    )
    add_json_flag(listing)
    listing.set_defaults(handler=cmd_list)
    add_exchange_parsers(actions, _filter_options)


def _filter_options(parser: argparse.ArgumentParser) -> None:
    """The filters of `initiative list` (and `initiative export`)."""
    parser.add_argument(
        "--unit", metavar="CODE", help=CliInitiative.tr("đơn vị và các đơn vị cấp dưới")
    )
    parser.add_argument(
        "--status",
        metavar="STATUS",
        help=arg(CliInitiative.tr("một trong: %1"), ", ".join(STATUS.codes())),
    )
    parser.add_argument("--phase", metavar="CODE", help=CliInitiative.tr("mã giai đoạn, ví dụ GD1"))
    parser.add_argument(
        "--search", metavar="TEXT", default="", help=CliInitiative.tr("tìm không dấu: 'dau khi'")
    )
    parser.add_argument(
        "--deleted", action="store_true", help=CliInitiative.tr("kể cả sáng kiến đã xoá")
    )


def _writer_options(parser: argparse.ArgumentParser, json_flag: bool = True) -> None:
    parser.add_argument(
        "--actor",
        metavar="NAME",
        help=CliInitiative.tr("người thực hiện, ghi vào nhật ký (mặc định: tên đăng nhập)"),
    )
    if json_flag:
        add_json_flag(parser)


def _count(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = -1
    if value < 0:
        raise argparse.ArgumentTypeError(
            arg(CliInitiative.tr("cần số nguyên không âm, không phải '%1'"), text)
        )
    return value


def _missing_action(_args: argparse.Namespace) -> int:
    raise CliError(
        CliInitiative.tr(
            "Thiếu lệnh: sangkien initiative add|set|delete|restore|show|list|export|template|"
            "import … (xem 'sangkien initiative --help')."
        )
    )


# ---- add / set / delete / restore ----------------------------------------------------------------


def read_json_file(name: str) -> Any:
    from db.queries.initiative_json import load_json_text
    from desktop.cli.sessions import user_errors

    try:
        raw = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
        text = raw.decode("utf-8-sig")
    except OSError as error:
        from db.validation import unreadable_file

        raise CliError(unreadable_file(name, error)) from None
    except UnicodeDecodeError:
        raise CliError(
            arg(CliInitiative.tr("Tệp %1 không phải văn bản UTF-8. Hãy lưu lại dạng UTF-8."), name)
        ) from None
    with user_errors():
        return load_json_text(text, arg(CliInitiative.tr("Tệp %1"), name))


def cmd_add(args: argparse.Namespace) -> int:
    from db.queries.initiative_json import initiative_json, parse_initiative_json
    from db.queries.initiatives import register_initiative
    from desktop.cli.sessions import writing

    data = read_json_file(args.file)
    with writing(args) as session:
        values, authors = parse_initiative_json(session, data)
        initiative = register_initiative(session, values, authors, actor_name(args))
        record = initiative_json(session, initiative)
    if args.json:
        print_json(record)
    else:
        print(
            arg(
                CliInitiative.tr("Đã đăng ký sáng kiến %1 (id %2)."), record["reg_no"], record["id"]
            )
        )
    return 0


def parse_assignments(session: Session, assignments: list[str]) -> tuple[dict[str, Any], Any]:
    from db.queries.initiative_json import text_value

    values: dict[str, Any] = {}
    authors = None
    for item in assignments:
        key, sep, text = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise CliError(
                arg(
                    CliInitiative.tr("'%1' không có dạng field=value (ví dụ title=\"Tên mới\")."),
                    item,
                )
            )
        if key == "authors":
            authors = text_value(session, key, text)
        else:
            values[key] = text_value(session, key, text)
    return values, authors


def cmd_set(args: argparse.Namespace) -> int:
    from db.queries.initiative_json import initiative_json
    from db.queries.initiatives import initiative_by_key, update_initiative
    from desktop.cli.sessions import writing

    with writing(args) as session:
        initiative = initiative_by_key(session, args.uid)
        before = initiative_json(session, initiative)
        values, authors = parse_assignments(session, args.assignments)
        update_initiative(session, initiative.id, values, authors, actor_name(args))
        after = initiative_json(session, initiative)
    changed = [k for k in after if k not in ("hlc", "field_hlc") and after[k] != before.get(k)]
    if args.json:
        print_json(after)
    elif changed:
        print(arg(CliInitiative.tr("Đã cập nhật %1: %2."), after["reg_no"], ", ".join(changed)))
    else:
        print(arg(CliInitiative.tr("Không có gì thay đổi ở %1."), after["reg_no"]))
    return 0


def cmd_delete(args: argparse.Namespace) -> int:
    from db.queries.initiatives import delete_initiative, initiative_by_key
    from desktop.cli.sessions import writing

    with writing(args) as session:
        initiative = initiative_by_key(session, args.uid)
        was_deleted = initiative.deleted
        delete_initiative(session, initiative.id, actor_name(args))
        reg_no = initiative.reg_no
    if was_deleted:
        print(arg(CliInitiative.tr("Sáng kiến %1 đã bị xoá từ trước."), reg_no))
    else:
        print(
            arg(
                CliInitiative.tr(
                    "Đã xoá sáng kiến %1 (khôi phục: sangkien initiative restore %1)."
                ),
                reg_no,
            )
        )
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from db.queries.initiatives import initiative_by_key, restore_initiative
    from desktop.cli.sessions import writing

    with writing(args) as session:
        initiative = initiative_by_key(session, args.uid)
        restore_initiative(session, initiative.id, actor_name(args))
        reg_no = initiative.reg_no
    print(arg(CliInitiative.tr("Đã khôi phục sáng kiến %1."), reg_no))
    return 0


# ---- show ----------------------------------------------------------------------------------------


def cmd_show(args: argparse.Namespace) -> int:
    """Read with sqlite3 alone when the file allows (desktop.cli.common.read_rows)."""
    sys.stdout.write(read_rows(args, lambda reader: show_text(reader, args.uid, args.json)))
    return 0


def show_text(reader: Any, key: str, as_json: bool) -> str:
    from db.queries.initiative_show import shown_initiative, shown_record

    shown = shown_initiative(reader, key, with_details=not as_json)
    if as_json:
        return json_text(shown_record(shown))
    return "\n".join(detail_lines(shown)) + "\n"


def _phase_text(detail: InitiativeDetail, lang: str) -> str:
    from desktop.formatting import phase_name

    return phase_name(detail.phase.code, detail.phase.name, lang) if detail.phase else ""


def detail_lines(detail: InitiativeDetail) -> list[str]:
    from desktop.formatting import format_date, format_money

    i = detail.initiative
    lang = current_language()
    deleted = " · " + CliInitiative.tr("ĐÃ XOÁ") if i.deleted else ""
    heading = f"{i.reg_no} · {STATUS.label(i.status, lang)}{deleted}"
    unit = f"{detail.unit.code} — {detail.unit.name}" if detail.unit else i.unit_id
    rows = [
        (CliInitiative.tr("Tên sáng kiến"), i.title),
        (CliInitiative.tr("Loại giải pháp"), SOLUTION_TYPE.label(i.solution_type, lang)),
        (CliInitiative.tr("Lĩnh vực"), detail.field.name if detail.field else ""),
        (CliInitiative.tr("Đơn vị"), unit),
        (CliInitiative.tr("Giai đoạn"), _phase_text(detail, lang)),
        (CliInitiative.tr("Ngày đăng ký"), format_date(i.registered_on)),
        (CliInitiative.tr("Áp dụng lần đầu"), format_date(i.first_applied_on)),
        (CliInitiative.tr("Chủ đầu tư"), i.investor),
        (
            CliInitiative.tr("Giá trị làm lợi"),
            format_money(i.benefit_value, i.benefit_currency),
        ),
        (CliInitiative.tr("Phạm vi áp dụng"), i.scope),
        (CliInitiative.tr("Bí mật công nghệ"), CliInitiative.tr("Có") if i.tech_secret else ""),
        (CliInitiative.tr("Ngày công nhận"), format_date(i.recognised_on)),
        (CliInitiative.tr("Mô tả bản chất"), i.essence),
        (CliInitiative.tr("Điều kiện áp dụng"), i.conditions),
        (CliInitiative.tr("Lợi ích (tác giả)"), i.benefit_author),
        (CliInitiative.tr("Lợi ích (đơn vị)"), i.benefit_unit),
        (CliInitiative.tr("Người áp dụng lần đầu"), i.first_appliers),
    ]
    lines = [heading, *(f"{label + ':':<23}{value}" for label, value in rows if value)]
    lines += _author_lines(detail) + _attachment_lines(detail) + _review_lines(detail)
    lines += [
        "  "
        + arg(
            CliInitiative.tr("Giấy chứng nhận số %1, cấp ngày %2"),
            c.number,
            f"{c.issued_on:%d/%m/%Y}",
        )
        for c in detail.certificates
    ]
    return [*lines, f"{'id:':<23}{i.id}"]


def _author_lines(detail: InitiativeDetail) -> list[str]:
    if detail.authors:
        lines = [CliInitiative.tr("Tác giả:")]
    else:
        lines = [CliInitiative.tr("Tác giả: (chưa có)")]
    return lines + [f"  {n}. {a.full_name} — {a.share}%" for n, a in enumerate(detail.authors, 1)]


def _attachment_lines(detail: InitiativeDetail) -> list[str]:
    if not detail.attachments:
        return []
    return [CliInitiative.tr("Tệp đính kèm:")] + [
        f"  {a.file_name} ({max(1, round(a.size / 1024))} KB)" for a in detail.attachments
    ]


def _review_lines(detail: InitiativeDetail) -> list[str]:
    lang = current_language()
    lines = [CliInitiative.tr("Xét duyệt:")] if detail.reviews else []
    for r in detail.reviews:
        parts = [REVIEW_LEVEL.label(r.level, lang)]
        if r.total is not None:
            grade = f", {GRADE.label(r.grade, lang)}" if r.grade else ""
            parts.append(arg(CliInitiative.tr("%1 điểm"), r.total) + grade)
        if r.outcome:
            parts.append(REVIEW_OUTCOME.label(r.outcome, lang))
        if r.decision_no:
            if r.decision_date:
                decision = CliInitiative.tr("QĐ %1 ngày %2")
            else:
                decision = CliInitiative.tr("QĐ %1")
            parts.append(
                arg(
                    decision,
                    r.decision_no,
                    f"{r.decision_date:%d/%m/%Y}" if r.decision_date else "",
                )
            )
        lines.append("  " + " — ".join(parts))
    return lines


# ---- list ----------------------------------------------------------------------------------------


def cmd_list(args: argparse.Namespace) -> int:
    """A page without a search reads with sqlite3 alone when the file allows (db.compiled); a
    search, or every row (--limit 0 or beyond LISTED_AT_ONCE), streams through a session."""
    if args.search or not args.limit or args.limit > LISTED_AT_ONCE:
        _list_usual_way(args)
    else:
        sys.stdout.write(
            read_rows(args, lambda r: list_text(r, args), lambda: _list_usual_way(args))
        )
    return 0


def _list_usual_way(args: argparse.Namespace) -> str:
    from desktop.cli.sessions import list_filter, reading

    with reading(args) as session:
        f = list_filter(session, args)
        if args.json:
            write_json_list(session, f, args.limit, sys.stdout)
        else:
            write_table(session, f, args.limit, sys.stdout)
    return ""


def list_text(reader: Any, args: argparse.Namespace) -> str:
    """The page `write_table` or `write_json_list` print, from a reader (db.compiled): the same
    bytes. An unknown unit or phase is left to the usual path, whose message lists them."""
    from db.compiled import UsualPath
    from db.queries import initiative_listing as listing
    from desktop.cli.sessions import status_code

    chosen = {"unit_id": None, "phase_id": None}
    for name, builder, code in (
        ("unit_id", listing.unit_id_by_code, args.unit),
        ("phase_id", listing.phase_id_by_code, args.phase),
    ):
        if code:
            row = reader.first(builder, code=code.strip().upper())
            if row is None:
                raise UsualPath(name)
            chosen[name] = row.id
    status = status_code(args.status) if args.status else None
    wanted = {**chosen, "status": status, "deleted": bool(args.deleted)}
    if args.json:
        return _json_list_text(reader, wanted, args.limit)
    rows = [
        (reg_no, STATUS.label(status, current_language()), code or "", _short(title))
        for reg_no, status, code, title in reader.rows(
            listing.listed_rows, **wanted, limit=args.limit
        )
    ]
    header = _list_header()
    widths = [max(len(r[n]) for r in [header, *rows]) for n in range(3)]
    total = reader.first(listing.listed_count, **wanted).count
    lines = [_table_line(row, widths) for row in [header, *rows]]
    return "".join(lines) + _footer(len(rows), total or 0)


def _json_list_text(reader: Any, wanted: dict[str, Any], limit: int) -> str:
    from db.queries import initiative_listing as listing
    from db.queries.initiative_show import authors_of_one, shown_record, with_authors

    records = [
        shown_record(with_authors(i, reader.rows(authors_of_one, initiative_id=i.id)))
        for i in reader.rows(listing.listed_records, **wanted, limit=limit)
    ]
    if not records:
        return "[]\n"
    texts = [json.dumps(record, ensure_ascii=False) for record in records]
    return "[\n  " + ",\n  ".join(texts) + "\n]\n"


def _list_header() -> tuple[str, ...]:
    return (
        CliInitiative.tr("Số đăng ký"),
        CliInitiative.tr("Trạng thái"),
        CliInitiative.tr("Đơn vị"),
        CliInitiative.tr("Tên sáng kiến"),
    )


def write_json_list(session: Session, f: InitiativeFilter, limit: int, out: IO[str]) -> None:
    """A JSON array of initiative records, streamed (authors read a batch at a time)."""
    from db.queries import initiative_listing as listing
    from db.queries.initiative_json import initiatives_json

    rows = session.scalars(listing.records(f, limit).execution_options(yield_per=YIELD_ROWS))
    out.write("[")
    first = True
    while batch := list(islice(rows, YIELD_ROWS)):
        for record in initiatives_json(session, batch):
            out.write(("\n  " if first else ",\n  ") + json.dumps(record, ensure_ascii=False))
            first = False
    out.write("\n]\n" if not first else "]\n")


def write_table(session: Session, f: InitiativeFilter, limit: int, out: IO[str]) -> None:
    from db.queries import initiative_listing as listing

    found = session.execute(listing.table_rows(f, limit).execution_options(yield_per=YIELD_ROWS))
    rows = (
        (reg_no, STATUS.label(status, current_language()), code or "", _short(title))
        for reg_no, status, code, title in found
    )
    header = _list_header()
    first = list(islice(rows, 1000))
    widths = [max(len(r[n]) for r in [header, *first]) for n in range(3)]
    out.write(_table_line(header, widths))
    shown = 0
    for row in chain(first, rows):
        out.write(_table_line(row, widths))
        shown += 1
    total = session.execute(listing.counted(f)).scalar()
    out.write(_footer(shown, total or 0))


def _table_line(row: tuple[str, ...], widths: list[int]) -> str:
    cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
    return "  ".join([*cells, row[-1]]).rstrip() + "\n"


def _short(title: str | None) -> str:
    title = " ".join((title or "").split())
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"


def _footer(shown: int, total: int) -> str:
    from desktop.formatting import format_number

    if total == 0:
        return CliInitiative.tr("Không có sáng kiến nào khớp bộ lọc.") + "\n"
    if shown < total:
        text = CliInitiative.tr("%1 / %n sáng kiến (thêm --limit 0 để xem tất cả).", "", total)
        return arg(text, format_number(shown)) + "\n"
    return CliInitiative.tr("%n sáng kiến.", "", total) + "\n"


# ---- dump ----------------------------------------------------------------------------------------


def cmd_dump(args: argparse.Namespace) -> int:
    from desktop.cli.sessions import reading

    with reading(args) as session:
        if args.output:
            _dump_to_file(session, Path(args.output))
        else:
            _dump_to_stdout(session)
    return 0


def _dump_to_file(session: Session, path: Path) -> None:
    from db.dump import dump_bytes
    from db.fileutil import StorageError, atomic_write

    try:
        with atomic_write(path) as out:
            for line in dump_bytes(session):
                out.write(line + b"\n")
    except StorageError as error:
        raise CliError(error) from None


def _dump_to_stdout(session: Session) -> None:
    from db.dump import dump_bytes

    out = sys.stdout.buffer if hasattr(sys.stdout, "buffer") else None
    try:
        for line in dump_bytes(session):
            if out is None:
                sys.stdout.write(line.decode("utf-8") + "\n")
            else:
                out.write(line + b"\n")
        sys.stdout.flush()
    except BrokenPipeError:  # `sangkien dump | head`: the reader has seen enough
        sys.stderr.close()
