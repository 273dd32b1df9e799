"""A headquarters on a PostgreSQL server (issue 18):

    sangkien --db hq.db migrate-to postgresql://USER@HOST/DBNAME   move this node to the server
    sangkien --db postgresql://USER@HOST/DBNAME server-restore FILE.dump   into an empty database

(`backup` on a server address makes a pg_dump; `demo` and `init` take a server address too.)
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.cli.common import CliError, add_json_flag, db_path, opened_database, print_json
from desktop.formatting import format_number
from desktop.words import Texts, arg

CliServer = Texts("CliServer")


def register(subcommands: argparse._SubParsersAction) -> None:
    move = subcommands.add_parser(
        "migrate-to",
        help=CliServer.tr(
            "chuyển cơ sở dữ liệu này lên máy chủ PostgreSQL (mọi bản ghi và phiên bản)"
        ),
        description=CliServer.tr(
            "Chép mọi bản ghi của tệp --db (cùng phiên bản, nhật ký, khóa của máy) vào "
            "một cơ sở dữ liệu PostgreSQL còn trống, trong một giao dịch. Mật khẩu lấy từ "
            "~/.pgpass hoặc PGPASSWORD, không ghi trong địa chỉ. Tệp không bị thay đổi."
        ),
    )
    move.add_argument("address", metavar=CliServer.tr("postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL"))
    add_json_flag(move)
    move.set_defaults(handler=cmd_migrate_to)

    restore = subcommands.add_parser(
        "server-restore",
        help=CliServer.tr("khôi phục bản sao lưu pg_dump vào một cơ sở dữ liệu máy chủ còn trống"),
        description=CliServer.tr(
            "pg_restore tệp .dump (do 'sangkien --db postgresql://… backup' tạo) vào "
            "cơ sở dữ liệu --db trên máy chủ, còn trống, trong một giao dịch."
        ),
    )
    restore.add_argument("file", metavar="FILE.dump")
    restore.set_defaults(handler=cmd_server_restore)


def cmd_migrate_to(args: argparse.Namespace) -> int:
    from db.postgres import is_server_address
    from db.postgres.copy import copy_node
    from db.session import DatabaseError, open_database
    from desktop.cli.sync_commands import terminal_progress

    if not is_server_address(args.address):
        raise CliError(
            arg(
                CliServer.tr(
                    "%1 không phải địa chỉ máy chủ PostgreSQL. Dạng đúng: "
                    "postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL."
                ),
                args.address,
            )
        )
    if is_server_address(db_path(args)):
        raise CliError(CliServer.tr("--db phải là tệp SQLite cần chuyển lên máy chủ."))
    with opened_database(args) as source:
        try:
            target = open_database(args.address, create=True)
        except DatabaseError as error:
            raise CliError(error) from None
        try:
            moving = terminal_progress(CliServer.tr("Đang chuyển lên máy chủ"))
            result = copy_node(source, target, moving)
        except DatabaseError as error:
            raise CliError(error) from None
        finally:
            target.close()
    if args.json:
        print_json({"address": args.address, "rows": result.rows})
        return 0
    print(
        arg(
            CliServer.tr("Đã chuyển %n bản ghi của %1 lên %2.", "", result.total),
            db_path(args),
            args.address,
        )
    )
    print(arg(CliServer.tr("Từ nay mở bằng: sangkien --db %1"), args.address))
    return 0


def cmd_server_backup(args: argparse.Namespace) -> int:
    """`backup` of a server node: pg_dump in custom format (restored with server-restore)."""
    from db.postgres.backup import dump_server, restore_commands
    from db.session import DatabaseError

    address = str(db_path(args))
    with opened_database(args):  # refuses an unreachable, empty or foreign database first
        pass
    try:
        path = dump_server(address, "manual", Path(args.output) if args.output else None)
    except DatabaseError as error:
        raise CliError(error) from None
    if args.json:
        print_json({"path": str(path), "size": path.stat().st_size, "format": "pg_dump custom"})
    else:
        size = format_number(path.stat().st_size)
        print(arg(CliServer.tr("Đã sao lưu (pg_dump): %1 (%2 byte)."), path, size))
        create, restore = restore_commands(address, path)
        print(
            arg(
                CliServer.tr(
                    "Để khôi phục, người quản trị đưa bản sao lưu vào một cơ sở dữ liệu trống "
                    "mới (không đè lên chỗ cũ), rồi dùng cơ sở dữ liệu đó:\n%1\n%2"
                ),
                create,
                restore,
            )
        )
    return 0


def cmd_server_backups(args: argparse.Namespace) -> int:
    """`backups` of a server node: its pg_dump files in the server backups folder, newest first."""
    from db.postgres.backup import server_backups

    found = server_backups(str(db_path(args)))
    if args.json:
        print_json([{"path": str(p), "size": p.stat().st_size} for p in found])
        return 0
    if not found:
        print(
            arg(
                CliServer.tr("Chưa có bản sao lưu nào của máy chủ này. Tạo bằng: %1"),
                f"sangkien --db {db_path(args)} backup",
            )
        )
        return 0
    for number, path in enumerate(found, 1):
        print(f"{number:>3}  {path.name}  {format_number(path.stat().st_size)} byte")
    print(arg(CliServer.tr("Thư mục: %1"), found[0].parent))
    print(
        arg(
            CliServer.tr("Các lệnh khôi phục bản số N (vào một cơ sở dữ liệu trống mới): %1"),
            f"sangkien --db {db_path(args)} restore N",
        )
    )
    return 0


def cmd_server_restore(args: argparse.Namespace) -> int:
    from db.postgres import is_server_address
    from db.postgres.backup import restore_server
    from db.session import DatabaseError

    target = db_path(args)
    if not is_server_address(target):
        raise CliError(
            CliServer.tr("server-restore cần --db là địa chỉ máy chủ; với tệp dùng 'restore'.")
        )
    dump = Path(args.file)
    if not dump.is_file():
        raise CliError(arg(CliServer.tr("Không có tệp %1."), dump))
    try:
        restore_server(dump, str(target))
    except DatabaseError as error:
        raise CliError(error) from None
    print(arg(CliServer.tr("Đã khôi phục %1 vào %2."), dump.name, target))
    return 0
