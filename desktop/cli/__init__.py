"""The command line: `sangkien [--db PATH] COMMAND ...`; with no command, the GUI opens.

Each group of commands lives in its own module with a `register(subcommands)` function that adds
its parsers and sets `handler` on them. A handler takes the parsed arguments and returns an exit
status; it raises `CliError` for anything a person got wrong, which prints one message and exits 1.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from importlib import import_module

from desktop import __version__
from desktop.cli.common import CliError, default_db_path

# Modules that add commands, in the order their commands appear in --help.
COMMAND_MODULES = (
    "desktop.cli.setup_commands",
    "desktop.cli.initiative_commands",
    "desktop.cli.review_commands",
    "desktop.cli.safety_commands",
    "desktop.cli.print_commands",
    "desktop.cli.paper_commands",
    "desktop.cli.sync_commands",
)


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line and exit 1, not argparse's exit 2
        raise CliError(f"{message}\nXem 'sangkien {self.prog.split(' ', 1)[-1]} --help'.")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="sangkien",
        description="SángKiến — đăng ký, đồng bộ và công nhận sáng kiến ngoại tuyến.",
    )
    parser.add_argument("--version", action="version", version=f"SángKiến {__version__}")
    parser.add_argument(
        "--db", metavar="PATH", help=f"tệp cơ sở dữ liệu (mặc định: {default_db_path()})"
    )
    parser.add_argument("--lang", choices=("vi", "en"), help="ngôn ngữ giao diện (GUI)")
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for module_name in COMMAND_MODULES:
        import_module(module_name).register(subcommands)
    return parser


def run(argv: list[str]) -> int:
    try:
        args = build_parser().parse_args(argv)
        handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
        if handler is None:
            from desktop.app import run_gui

            return run_gui(args)
        return handler(args) or 0
    except CliError as error:
        print(f"Lỗi: {error}", file=sys.stderr)
        return 1
    except BrokenPipeError:  # `sangkien stats | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print("Đã dừng.", file=sys.stderr)
        return 130
