"""Setting a database up and reading its progress: `init`, `demo` and `stats`.

sangkien --db site.db init --unit VSP-TD03       a new node for that unit, reference data in
sangkien --db site.db init --from setup.skp      a new site from its parent's setup package
sangkien --db demo.db demo [--initiatives N] [--seed S]
sangkien --db hq.db stats [--programme CODE] [--year Y | --quarter 2026Q3] [--by cluster]
                         [--as-of DATE] [--unit CODE] [--depth N] [--json]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from desktop.cli.common import (
    CliError,
    add_json_flag,
    date_argument,
    db_path,
    opened_database,
    print_json,
    read_rows,
)
from desktop.formatting import format_number, format_percent, phase_name
from desktop.words import Texts, arg, current_language

CliSetup = Texts("CliSetup")


def register(subcommands: argparse._SubParsersAction) -> None:
    _add_init(subcommands)
    _add_demo(subcommands)
    _add_stats(subcommands)


def positive_int(text: str) -> int:
    try:
        value = int(text.replace(".", "").replace(",", "").replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(
            arg(CliSetup.tr("'%1' không phải một số nguyên"), text)
        ) from None
    if value < 1:
        raise argparse.ArgumentTypeError(arg(CliSetup.tr("phải lớn hơn 0 (đang là %1)"), value))
    return value


# ---- init ---------------------------------------------------------------------------------------


def _add_init(subcommands: argparse._SubParsersAction) -> None:
    init = subcommands.add_parser(
        "init",
        help=CliSetup.tr(
            "tạo cơ sở dữ liệu mới cho một đơn vị (--unit) hoặc từ gói khởi tạo (--from)"
        ),
        description=CliSetup.tr(
            "Tạo cơ sở dữ liệu mới cho máy phục vụ một đơn vị: với --unit CODE từ danh "
            "mục đơn vị có sẵn; với --from SETUP.skp từ gói khởi tạo do cấp trên tạo "
            "(sangkien enroll), kèm khóa của cấp trên và một cặp khóa mới cho máy này."
        ),
    )
    source = init.add_mutually_exclusive_group(required=True)
    source.add_argument(
        "--unit", metavar="CODE", help=CliSetup.tr("mã đơn vị, ví dụ CDDKVN, VSP, VSP-TD03")
    )
    source.add_argument(
        "--from", dest="setup", metavar="SETUP.skp", help=CliSetup.tr("gói khởi tạo")
    )
    add_json_flag(init)
    init.set_defaults(handler=cmd_init)


def cmd_init(args: argparse.Namespace) -> int:
    if args.setup:
        return _init_from_package(args)
    from db.fileutil import remove_database_files
    from db.postgres import is_server_address
    from db.reference import SetupError, init_node, unit_spec

    path = db_path(args)
    existed = is_server_address(path) or path.exists()  # a server's database is never removed
    try:
        unit_spec(args.unit)  # an unknown code is told before any file is made
        with opened_database(args, create=True) as database:
            result = init_node(database, args.unit)
    except (SetupError, CliError) as error:
        if not existed:
            remove_database_files(path)
        if is_server_address(path):
            raise CliError(_on_server(error, str(path), args.unit)) from None
        raise CliError(error) from None
    if args.json:
        print_json({"node_id": result.node_id, "unit": result.unit_code, "db": str(path)})
        return 0
    done = (
        CliSetup.tr("Đã khởi tạo %1 cho %2 — %3.")
        if existed
        else CliSetup.tr("Đã tạo %1 cho %2 — %3.")
    )
    print(arg(done, path, result.unit_code, result.unit_name))
    print(arg(CliSetup.tr("Mã máy (node id): %1"), result.node_id))
    return 0


def _on_server(error: Exception, address: str, unit: str) -> Exception:
    """A server database already holding a node (or data) is told as a server's: which database,
    and how to make and choose another (createdb, then --db ADDRESS), not "choose another file"."""
    import re

    from db.engines import ServerAddress
    from db.messages import Message, message_of
    from db.postgres.backup import createdb_command

    message = message_of(error)
    if message is None or message.code not in ("setup.already_set_up", "setup.not_empty"):
        return error
    name = ServerAddress(address).name
    slug = re.sub(r"\W+", "_", unit.lower())
    create, target = createdb_command(address, f"{name}_{slug}")
    if message.code == "setup.already_set_up":
        return Message(
            "setup.server_already_set_up",
            name=name,
            unit=message.params.get("unit"),
            create=create,
            address=target,
        )
    return Message("setup.server_not_empty", name=name, create=create, address=target)


def _init_from_package(args: argparse.Namespace) -> int:
    from db.fileutil import StorageError
    from db.session import DatabaseError
    from db.sync.enrolment import init_from_setup_package
    from db.sync.errors import PackageRefused
    from desktop.cli.common import actor_name
    from desktop.cli.sync_commands import terminal_progress

    path = db_path(args)
    try:
        result = init_from_setup_package(
            path,
            Path(args.setup),
            actor=actor_name(args),
            progress=terminal_progress(CliSetup.tr("Đang đọc")),
        )
    except (PackageRefused, StorageError, DatabaseError) as error:
        raise CliError(error) from None
    if args.json:
        print_json(
            {
                "node_id": result.node_id,
                "unit": result.unit_code,
                "fingerprint": result.fingerprint,
                "parent": result.parent_unit_code,
                "parent_fingerprint": result.parent_fingerprint,
                "counts": result.counts,
            }
        )
        return 0
    print(arg(CliSetup.tr("Đã tạo %1 cho %2 — %3."), path, result.unit_code, result.unit_name))
    print(
        arg(
            CliSetup.tr("Cấp trên: %1, dấu vân tay khóa %2"),
            result.parent_unit_code,
            result.parent_fingerprint,
        )
    )
    print(arg(CliSetup.tr("Dấu vân tay khóa của máy này: %1"), result.fingerprint))
    print(CliSetup.tr("Hãy đối chiếu dấu vân tay của cấp trên với người đã tạo gói khởi tạo."))
    return 0


# ---- demo ---------------------------------------------------------------------------------------


# db.demo's defaults, written out so that building this parser (for `stats` too) does not import
# the demo generator: 1.6 s under load (tests/test_startup.py checks they agree).
DEFAULT_INITIATIVES = 7085
DEFAULT_SEED = 2023


def _add_demo(subcommands: argparse._SubParsersAction) -> None:
    demo = subcommands.add_parser(
        "demo",
        help=CliSetup.tr(
            "tạo cơ sở dữ liệu mẫu của trụ sở (7.085 sáng kiến như chương trình thật, rồi "
            "sổ đăng ký 2024–2026 và chương trình 2025–2027)"
        ),
        description=arg(
            CliSetup.tr(
                "Tạo cơ sở dữ liệu mẫu của Công đoàn Dầu khí Việt Nam: cây đơn vị, chỉ tiêu "
                "5.400, tác giả, sáng kiến, xét duyệt, quyết định và giấy chứng nhận. Với "
                "%1 sáng kiến: 3.516 đăng ký đến 14/04/2023 (65%). Sau đó sổ đăng "
                "ký tiếp tục 2024–2026 (khoảng 60% số trên) và chương trình 'Sáng kiến vì người "
                "lao động 2025–2027' (NLD-2025, chỉ tiêu 7.200). Cùng --seed cho cùng dữ liệu. "
                "Tệp phải chưa có."
            ),
            DEFAULT_INITIATIVES,
        ),
    )
    demo.add_argument(
        "--initiatives",
        type=positive_int,
        default=DEFAULT_INITIATIVES,
        metavar="N",
        help=arg(
            CliSetup.tr("số sáng kiến của chương trình 2021–2023 (mặc định %1)"),
            DEFAULT_INITIATIVES,
        ),
    )
    demo.add_argument(
        "--seed",
        type=int,
        default=DEFAULT_SEED,
        metavar="S",
        help=arg(CliSetup.tr("mặc định %1"), DEFAULT_SEED),
    )
    add_json_flag(demo)
    demo.set_defaults(handler=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    from db.demo import DemoError, build_demo
    from db.postgres import is_server_address
    from db.session import DatabaseError
    from desktop.cli.sync_commands import terminal_progress

    path = db_path(args)
    build = build_demo
    if is_server_address(path):  # built as a file, then copied to the server (issue 18)
        from db.demo.on_server import build_demo_on_server as build
    try:
        summary = build(
            str(path),
            args.initiatives,
            args.seed,
            progress=terminal_progress(CliSetup.tr("Đang tạo dữ liệu mẫu")),
        )
    except (DemoError, DatabaseError, OSError) as error:
        raise CliError(error) from None
    size = 0 if is_server_address(path) else path.stat().st_size
    if args.json:
        print_json(
            {
                "db": str(path),
                "initiatives": summary.initiatives,
                "people": summary.people,
                "authors": summary.authors,
                "reviews": summary.reviews,
                "certificates": summary.certificates,
                "registered_by_2023_04_14": summary.registered_by_as_of,
                "seconds": round(summary.seconds, 2),
                "bytes": size,
            }
        )
        return 0
    print(
        arg(
            CliSetup.tr(
                "Đã tạo %1: %2 sáng kiến, %3 tác giả, %4 lượt xét duyệt, %5 giấy chứng nhận "
                "(%6 giây, %7 MB)."
            ),
            path,
            format_number(summary.initiatives),
            format_number(summary.people),
            format_number(summary.reviews),
            format_number(summary.certificates),
            f"{summary.seconds:.1f}",
            f"{size / 1_048_576:.0f}",
        )
    )
    print(
        arg(
            CliSetup.tr("Đăng ký đến 14/04/2023: %1."),
            format_number(summary.registered_by_as_of),
        )
    )
    return 0


# ---- stats --------------------------------------------------------------------------------------


def _add_stats(subcommands: argparse._SubParsersAction) -> None:
    stats = subcommands.add_parser(
        "stats",
        help=CliSetup.tr(
            "tiến độ: đã đăng ký / đã công nhận / chỉ tiêu / phần trăm theo đơn vị và giai đoạn"
        ),
        description=CliSetup.tr(
            "Tiến độ của một chương trình so với chỉ tiêu đến một ngày, theo đơn vị "
            "(cộng dồn theo cây) và theo giai đoạn; cả năm hoặc một quý; theo cụm thi đua. Không "
            "tính bản nháp, sáng kiến đã rút và trùng lặp."
        ),
    )
    stats.add_argument(
        "--programme",
        metavar="CODE",
        help=CliSetup.tr(
            "chương trình (mặc định: chương trình đang diễn ra, nếu không thì gần nhất)"
        ),
    )
    period = stats.add_mutually_exclusive_group()
    period.add_argument(
        "--year", type=int, metavar="Y", help=CliSetup.tr("chỉ các sáng kiến đăng ký năm Y")
    )
    period.add_argument(
        "--quarter", metavar="2026Q3", help=CliSetup.tr("chỉ các sáng kiến đăng ký trong quý")
    )
    stats.add_argument(
        "--by",
        choices=("cluster",),
        help=CliSetup.tr(
            "cluster: theo cụm thi đua (cụm dẫn đầu: nhiều sáng kiến nhất trong các đơn vị "
            "vượt chỉ tiêu của mình)"
        ),
    )
    stats.add_argument(
        "--as-of",
        type=date_argument,
        metavar="DATE",
        help=CliSetup.tr("đến ngày (mặc định hôm nay)"),
    )
    stats.add_argument(
        "--unit", metavar="CODE", help=CliSetup.tr("đơn vị (mặc định đơn vị của máy này)")
    )
    stats.add_argument(
        "--depth",
        type=int,
        default=1,
        metavar="N",
        help=CliSetup.tr("số cấp đơn vị con trong bảng (mặc định 1; JSON luôn có cả cây)"),
    )
    add_json_flag(stats)
    stats.set_defaults(handler=cmd_stats)


def stats_period(args: argparse.Namespace):
    """The --year or --quarter asked for, as a db.queries.stats.Period (None for neither)."""
    from db.queries.stats import BadPeriod, Period

    try:
        if getattr(args, "year", None) is not None:
            return Period.year(args.year)
        if getattr(args, "quarter", None):
            return Period.quarter(args.quarter)
    except BadPeriod as error:
        raise CliError(error) from None
    return None


def cmd_stats(args: argparse.Namespace) -> int:
    """Read with sqlite3 alone when the file allows (desktop.cli.common.read_rows)."""
    from db.node_identity import NodeNotSetUp
    from db.queries.stats import clusters_as_json, progress_stats_of, stats_as_json

    period = stats_period(args)
    as_of = args.as_of or dt.date.today()
    if period is not None and args.as_of is None:
        as_of = min(as_of, period.ends_on)  # a past quarter: its figures at its end
    try:  # an unknown unit or programme is a LookupError: one message (read_rows)
        stats = read_rows(
            args, lambda reader: progress_stats_of(reader, as_of, args.unit, args.programme, period)
        )
    except NodeNotSetUp:
        raise CliError(
            CliSetup.tr(
                "Cơ sở dữ liệu chưa được khởi tạo cho đơn vị nào: chạy 'sangkien init --unit "
                "CODE' hoặc chỉ rõ --unit."
            )
        ) from None
    if args.json:
        data = stats_as_json(stats)
        if args.by == "cluster":
            data["clusters"] = clusters_as_json(stats)
        print_json(data)
    elif args.by == "cluster":
        print_cluster_table(stats)
    else:
        print_stats_table(stats, args.depth)
    return 0


def print_cluster_table(stats) -> None:
    from db.queries.stats import cluster_stats

    out = sys.stdout
    out.write(_programme_line(stats))
    out.write(
        CliSetup.tr("Cụm thi đua").ljust(62)
        + _heading(CliSetup.tr("Đơn vị", "số đơn vị của cụm"), 7)
        + _heading(CliSetup.tr("Vượt CT"), 8)
        + _heading(CliSetup.tr("Đăng ký"), 9)
        + _heading(CliSetup.tr("Của ĐV vượt"), 12)
        + "\n"
    )
    for rank, cluster in enumerate(cluster_stats(stats)):
        mark = "*" if rank == 0 and cluster.by_units_over_target else " "
        label = cluster.name or CliSetup.tr("(chưa xếp cụm)")
        out.write(
            f"{mark}{label[:61]:<61}{cluster.units:>7}{cluster.units_over_target:>8}"
            f"{format_number(cluster.registered):>9}{format_number(cluster.by_units_over_target):>12}\n"
        )
    out.write(
        "\n"
        + CliSetup.tr(
            "* cụm dẫn đầu: nhiều sáng kiến nhất trong các đơn vị vượt chỉ tiêu của mình."
        )
        + "\n"
    )


def _heading(text: str, width: int) -> str:
    """A column heading right-aligned to `width`, with a space before it however long it is
    (an English heading may be longer than the Vietnamese the column was made for)."""
    return text.rjust(width) if len(text) < width else f" {text}"


def _programme_line(stats) -> str:
    programme = stats.programme
    if programme is None:
        period = f" {stats.period.label}" if stats.period else ""
        return arg(CliSetup.tr("Cả sổ đăng ký%1 (không thuộc chương trình nào)."), period) + "\n"
    period = f"; {stats.period.label}" if stats.period else ""
    dates = f"{programme.starts_on:%d/%m/%Y}–{programme.ends_on:%d/%m/%Y}{period}"
    return (
        arg(CliSetup.tr("Chương trình %1 — %2 (%3)"), programme.code, programme.name, dates) + "\n"
    )


def print_stats_table(stats, depth: int) -> None:
    out = sys.stdout
    scope = stats.scope
    out.write(
        arg(
            CliSetup.tr("Tiến độ %1 — %2, đến ngày %3: %4 / %5 (%6), đã công nhận %7"),
            scope.code,
            scope.name,
            f"{stats.as_of:%d/%m/%Y}",
            format_number(scope.registered),
            format_number(scope.target),
            format_percent(scope.registered, scope.target),
            format_number(scope.recognised),
        )
        + "\n"
    )
    out.write(_programme_line(stats) + "\n")
    figures = (
        _heading(CliSetup.tr("Đăng ký"), 10)
        + _heading(CliSetup.tr("Công nhận"), 11)
        + _heading(CliSetup.tr("Chỉ tiêu"), 10)
        + f"{'%':>6}\n"
    )
    out.write(CliSetup.tr("Giai đoạn").ljust(40) + figures)
    for phase in stats.phases:
        name = phase_name(phase.code, phase.name, current_language()) if phase.name else ""
        name = name or CliSetup.tr("Ngoài các giai đoạn")
        period = (
            f" ({phase.starts_on:%d/%m/%Y}–{phase.ends_on:%d/%m/%Y})" if phase.starts_on else ""
        )
        out.write(_row(f"{name}{period}", phase, 40))
    out.write("\n" + CliSetup.tr("Đơn vị").ljust(40) + figures)
    for unit in stats.units:
        if unit.depth <= depth:
            label = "  " * unit.depth + unit.code
            out.write(_row(label, unit, 40))


def _row(label: str, figures, width: int) -> str:
    return (
        f"{label[:width]:<{width}}{format_number(figures.registered):>10}{format_number(figures.recognised):>11}"
        f"{format_number(figures.target):>10}{format_percent(figures.registered, figures.target):>6}\n"
    )
