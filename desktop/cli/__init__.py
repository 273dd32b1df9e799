"""The command line: `sangkien [--db PATH] COMMAND ...`; with no command, the GUI opens.

Each group of commands lives in its own module with a `register(subcommands)` function that adds
its parsers and sets `handler` on them. A handler takes the parsed arguments and returns an exit
status; it raises `CliError` for anything a person got wrong, which prints one message and exits 1.

Start-up is lazy: `--version` and the GUI (no command) parse only the global options and import no
command module; a command module imports SQLAlchemy, ReportLab etc. only inside its handlers.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from importlib import import_module

from desktop.cli.common import CliError, default_db_path
from desktop.words import Texts, arg, chosen_language, current_language, said, set_language

CliMain = Texts("CliMain")
CliArgparse = Texts("CliArgparse")

# Modules that add commands, in the order their commands appear in --help.
COMMAND_MODULES = (
    "desktop.cli.setup_commands",
    "desktop.cli.programme_commands",
    "desktop.cli.initiative_commands",
    "desktop.cli.review_commands",
    "desktop.cli.safety_commands",
    "desktop.cli.print_commands",
    "desktop.cli.paper_commands",
    "desktop.cli.sync_commands",
    "desktop.cli.duplicate_commands",
    "desktop.cli.server_commands",
)

# The module of each command: a command given on the line imports (and registers) only its own
# module, not all ten with SQLAlchemy, the models and the demo behind them (issue 13). A command
# missing here still works: the whole parser is built (tests/test_startup.py checks the table).
COMMAND_MODULE = {
    **dict.fromkeys(("init", "demo", "stats"), "desktop.cli.setup_commands"),
    "programme": "desktop.cli.programme_commands",
    **dict.fromkeys(("initiative", "dump"), "desktop.cli.initiative_commands"),
    "review": "desktop.cli.review_commands",
    **dict.fromkeys(
        ("backup", "backups", "restore", "check", "audit"), "desktop.cli.safety_commands"
    ),
    **dict.fromkeys(
        ("certificates", "verify", "certificate-register", "report"), "desktop.cli.print_commands"
    ),
    **dict.fromkeys(("form", "papers"), "desktop.cli.paper_commands"),
    **dict.fromkeys(
        ("enroll", "export", "import", "conflicts", "sync-status", "clock-repair"),
        "desktop.cli.sync_commands",
    ),
    **dict.fromkeys(("duplicates", "people"), "desktop.cli.duplicate_commands"),
    **dict.fromkeys(("migrate-to", "server-restore"), "desktop.cli.server_commands"),
}


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one clear line and exit 1, not argparse's exit 2
        raise CliError(arg(CliMain.tr("%1\nXem '%2 --help'."), message, self.prog))


class _Version(argparse.Action):
    """--version: the version is read only when asked for (importlib.metadata is not free)."""

    def __init__(self, option_strings: list[str], dest: str, **kwargs: object) -> None:
        super().__init__(
            option_strings, dest, nargs=0, help=CliMain.tr("in số phiên bản rồi thoát")
        )

    def __call__(self, parser: argparse.ArgumentParser, *_args: object, **_kwargs: object) -> None:
        from desktop import __version__

        print(f"SángKiến {__version__}")
        parser.exit()


def _global_options(parser: argparse.ArgumentParser, with_help: bool) -> argparse.ArgumentParser:
    parser.add_argument("--version", action=_Version)
    db_help = None
    if with_help:
        db_help = arg(CliMain.tr("tệp cơ sở dữ liệu (mặc định: %1)"), default_db_path())
    parser.add_argument("--db", metavar="PATH", help=db_help)
    lang_help = CliMain.tr(
        "ngôn ngữ của lệnh và của cửa sổ: vi (mặc định) hoặc en; lệnh cũng đọc biến môi "
        "trường SANGKIEN_LANG"
    )
    parser.add_argument("--lang", choices=("vi", "en"), help=lang_help if with_help else None)
    return parser


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of every command, or with `command` (a known one) of its module's only."""
    parser = _Parser(
        prog="sangkien",
        description=CliMain.tr("SángKiến — đăng ký, đồng bộ và công nhận sáng kiến ngoại tuyến."),
    )
    # the default path in --db's help costs platformdirs: only the whole parser's help shows it
    _global_options(parser, with_help=command not in COMMAND_MODULE)
    subcommands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    modules = (COMMAND_MODULE[command],) if command in COMMAND_MODULE else COMMAND_MODULES
    for module_name in modules:
        import_module(module_name).register(subcommands)
    return parser


def _global_only(argv: list[str]) -> tuple[argparse.Namespace, list[str]]:
    """The global options, and the rest of the line (the command and its arguments, or --help).
    Only these few options are parsed, so no command module is imported."""
    parser = _global_options(_Parser(prog="sangkien", add_help=False), with_help=False)
    return parser.parse_known_args(argv)


def argparse_words() -> dict[str, str]:
    """argparse's own words (it asks gettext for them: its headings and its mistakes, such as
    "not allowed with …") in the interface language; their English is argparse's own."""
    return {
        "usage: ": CliArgparse.tr("cách dùng: "),
        "positional arguments": CliArgparse.tr("tham số"),
        "options": CliArgparse.tr("tùy chọn"),
        "show this help message and exit": CliArgparse.tr("in hướng dẫn này rồi thoát"),
        "argument %(argument_name)s: %(message)s": CliArgparse.tr(
            "tham số %(argument_name)s: %(message)s"
        ),
        "unrecognized arguments: %s": CliArgparse.tr("tham số không nhận ra: %s"),
        "not allowed with argument %s": CliArgparse.tr("không dùng cùng với tham số %s"),
        "ignored explicit argument %r": CliArgparse.tr("tùy chọn này không nhận giá trị %r"),
        "the following arguments are required: %s": CliArgparse.tr(
            "thiếu các tham số bắt buộc: %s"
        ),
        "one of the arguments %s is required": CliArgparse.tr("cần một trong các tham số %s"),
        "expected one argument": CliArgparse.tr("cần một giá trị"),
        "expected at most one argument": CliArgparse.tr("cần nhiều nhất một giá trị"),
        "expected at least one argument": CliArgparse.tr("cần ít nhất một giá trị"),
        "ambiguous option: %(option)s could match %(matches)s": CliArgparse.tr(
            "tùy chọn %(option)s không rõ: có thể là %(matches)s"
        ),
        "unexpected option string: %s": CliArgparse.tr("tùy chọn không đúng chỗ: %s"),
        "invalid %(type)s value: %(value)r": CliArgparse.tr(
            "giá trị %(type)s không hợp lệ: %(value)r"
        ),
        "invalid choice: %(value)r (choose from %(choices)s)": CliArgparse.tr(
            "lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)"
        ),
        "can't open '%(filename)s': %(error)s": CliArgparse.tr(
            "không mở được '%(filename)s': %(error)s"
        ),
        "unknown parser %(parser_name)r (choices: %(choices)s)": CliArgparse.tr(
            "không có lệnh %(parser_name)r (các lệnh: %(choices)s)"
        ),
        "%(prog)s: error: %(message)s\n": CliArgparse.tr("%(prog)s: lỗi: %(message)s\n"),
    }


def _argparse_gettext(text: str) -> str:
    return argparse_words().get(text, text)


def _argparse_ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's counted words ("expected %s arguments"): Vietnamese has one form."""
    if current_language() == "en":
        return singular if n == 1 else plural
    if singular == "expected %s argument":
        return CliArgparse.tr("cần %s giá trị")
    return singular if n == 1 else plural


@contextmanager
def _speaking() -> Iterator[None]:
    """argparse's words in the interface language, and the language put back afterwards (tests
    run many commands in one process)."""
    before, gettext, ngettext = current_language(), argparse._, argparse.ngettext
    set_language(chosen_language(None))  # $SANGKIEN_LANG, until --lang is read
    argparse._ = _argparse_gettext  # argparse looks `_` up at each call
    argparse.ngettext = _argparse_ngettext
    try:
        yield
    finally:
        argparse._, argparse.ngettext = gettext, ngettext
        set_language(before)


def run(argv: list[str]) -> int:
    with _speaking():
        return _run(argv)


def _run(argv: list[str]) -> int:
    try:
        args, rest = _global_only(argv)
        before_command = argv[: argv.index(rest[0])] if rest else argv
        set_language(chosen_language(_global_only(before_command)[0].lang))
        if rest:  # a command (or --help): the GUI and --version need no parser of commands
            args = build_parser(rest[0]).parse_args(argv)
        handler: Callable[[argparse.Namespace], int] | None = getattr(args, "handler", None)
        if handler is None:
            from desktop.app import run_gui

            return run_gui(args)
        return handler(args) or 0
    except CliError as error:
        detail = error.args[0] if error.args else error  # the command line's words, or db/'s
        print(
            arg(CliMain.tr("Lỗi: %1"), detail if isinstance(detail, str) else said(detail)),
            file=sys.stderr,
        )
        return 1
    except BrokenPipeError:  # `sangkien stats | head`: the reader left, nothing is wrong
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        print(CliMain.tr("Đã dừng."), file=sys.stderr)
        return 130
