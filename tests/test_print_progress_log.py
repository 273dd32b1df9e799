"""HQ prints a batch of certificates from a scheduled task whose output goes to a log file: the
progress is a line at every tenth, not hundreds of carriage returns run together; on a terminal
it is one line rewritten in place."""

from __future__ import annotations

import io

from desktop.cli.print_commands import _progress_printer


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def printed(monkeypatch, stream, total: int) -> str:
    monkeypatch.setattr("sys.stderr", stream)
    show = _progress_printer()
    for done in range(1, total + 1):
        show(done, total)
    return stream.getvalue()


def test_a_log_gets_a_line_at_every_tenth(monkeypatch):
    log = printed(monkeypatch, io.StringIO(), 441)
    assert "\r" not in log
    lines = log.splitlines()
    assert lines[0] == "Đang in 1/441 (0%)" and lines[-1] == "Đang in 441/441 (100%)"
    assert len(lines) == 11


def test_a_terminal_gets_one_line_rewritten(monkeypatch):
    shown = printed(monkeypatch, Terminal(), 441)
    assert shown.count("\n") == 1 and shown.count("\r") == 100
