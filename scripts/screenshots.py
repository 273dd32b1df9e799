"""Screenshots of every page of the main window at 1366×768, for README and for looking.

    .venv/bin/python scripts/screenshots.py DB OUT_DIR [--lang en] [--pages Dashboard,Initiatives]

Runs offscreen (or on $DISPLAY when QT_QPA_PLATFORM is unset and a screen is there). Settings
go to a temporary file, so the user's own are untouched.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="vi", choices=("vi", "en"))
    parser.add_argument("--size", default="1366x768")
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from desktop.app import app_settings, make_context, open_ready_database, style_application
    from desktop.i18n import install_translators
    from desktop.main_window import MainWindow
    from desktop.tasks import wait_for_tasks

    app = QApplication.instance() or QApplication(sys.argv[:1])
    style_application(app)
    language = install_translators(app, args.lang)
    settings = app_settings(Path(tempfile.mkdtemp()) / "settings.ini")
    database, summary = open_ready_database(args.db)
    if database is None:
        print(f"{args.db} is not a SángKiến database set up for a unit", file=sys.stderr)
        return 1
    window = MainWindow(make_context(database, summary, settings, language))
    width, height = (int(n) for n in args.size.split("x"))
    window.resize(width, height)
    window.show()
    args.out.mkdir(parents=True, exist_ok=True)
    for index in range(window.navigation.count()):
        window.navigation.setCurrentRow(index)
        for _ in range(3):
            wait_for_tasks()
            app.processEvents()
        name = type(window.page_at(index)).__name__.removesuffix("Page").lower()
        path = args.out / f"{index:02d}-{name}-{language}.png"
        window.grab().save(str(path))
        print(path)
    window.close()
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
