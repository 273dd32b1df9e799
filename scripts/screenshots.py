"""Screenshots of every page and dialog as a clerk's laptop shows them, for looking and for the
user guide and README.

    .venv/bin/python scripts/screenshots.py DB OUT_DIR [--lang en] [--size 1366x728]
    .venv/bin/python scripts/screenshots.py DB OUT_DIR --all          # both sizes, both languages
    .venv/bin/python scripts/screenshots.py DB OUT_DIR --all --guide  # also the guide's pictures

Runs offscreen on a pretend screen of the given size (1366×768 is a laptop; 1366×728 the same
laptop less a 40-pixel taskbar); the window is maximised on it, as a person first sees it.
Settings go to a temporary file, so the user's own are untouched. With --guide, the pictures
of resources/help/images and docs/initiatives.png are renewed from the 1366×768 shots.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIZES = ("1366x768", "1366x728")
# the guide's pictures: (shot name, picture name, width in the guide)
GUIDE = (
    ("dashboard", "dashboard", 1100),
    ("initiatives", "initiatives", 1100),
    ("dialog-initiative-form", "initiative-form", 1000),
    ("reviews", "reviews", 1100),
    ("certificates", "certificates", 1100),
)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--lang", default="vi", choices=("vi", "en"))
    parser.add_argument("--size", default="1366x768")
    parser.add_argument("--all", action="store_true", help="both sizes and both languages")
    parser.add_argument("--guide", action="store_true", help="renew the guide's pictures")
    args = parser.parse_args(argv)
    if args.all:
        for size in SIZES:
            for language in ("vi", "en"):
                run_one(args.db, args.out / size / language, language, size)
        if args.guide:
            renew_guide_pictures(args.out / SIZES[0])
        return 0
    return shoot(args.db, args.out, args.lang, args.size)


def run_one(db: Path, out: Path, language: str, size: str) -> None:
    """Each size in its own process: the pretend screen is chosen before Qt starts."""
    command = [sys.executable, __file__, str(db), str(out), "--lang", language, "--size", size]
    subprocess.run(command, check=True)


def pretend_screen(size: str) -> None:
    width, height = (int(n) for n in size.split("x"))
    screen = {"name": "laptop", "x": 0, "y": 0, "width": width, "height": height}
    screen |= {"logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
    config = Path(tempfile.mkdtemp()) / "screen.json"
    config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"


def shoot(db: Path, out: Path, language: str, size: str) -> int:
    pretend_screen(size)
    from PySide6.QtWidgets import QApplication

    from db.safe_open import open_ready_database
    from desktop.app import app_settings, make_context, style_application
    from desktop.i18n import install_translators
    from desktop.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    style_application(app)
    language = install_translators(app, language)
    settings = app_settings(Path(tempfile.mkdtemp()) / "settings.ini")
    settings.setValue("user/name", "Lê Thị Thu")
    database, summary = open_ready_database(db)
    if database is None:
        print(f"{db} is not a SángKiến database set up for a unit", file=sys.stderr)
        return 1
    context = make_context(database, summary, settings, language)
    window = MainWindow(context)
    window.show()
    out.mkdir(parents=True, exist_ok=True)
    for index in range(window.navigation.count()):
        window.navigation.setCurrentRow(index)
        settle(app)
        name = type(window.page_at(index)).__name__.removesuffix("Page").lower()
        save(window, out / f"{index:02d}-{name}.png")
    for name, dialog in dialogs(context, window):
        dialog.show()
        settle(app)
        save(dialog, out / f"dialog-{name}.png")
        dialog.close()
    window.close()
    settle(app)
    database.close()
    return 0


def settle(app) -> None:
    from desktop.tasks import wait_for_tasks

    for _ in range(4):
        wait_for_tasks()
        app.processEvents()


def save(widget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path, f"{widget.width()}×{widget.height()}")


def dialogs(context, window):
    """(name, dialog) of every dialog a clerk opens, filled as they would see it."""
    from PySide6.QtWidgets import QMessageBox

    from desktop.dialogs.about import about_text
    from desktop.dialogs.audit_dialog import AuditDialog
    from desktop.dialogs.help_window import HelpWindow
    from desktop.dialogs.initiative_form import InitiativeForm
    from desktop.dialogs.person_dialog import PersonDialog
    from desktop.dialogs.review_dialog import ReviewDialog
    from desktop.dialogs.verify_dialog import VerifyDialog

    first, awaiting = sample_ids(context)
    yield "initiative-new", InitiativeForm(context, None, window)
    if first:
        form = InitiativeForm(context, first, window)
        yield "initiative-form", form
        form.tabs.setCurrentIndex(4)
        yield "initiative-recognition", form
        yield "audit", AuditDialog(context, first, "", window)
    if awaiting:
        yield "review", ReviewDialog(context, awaiting, window)
    yield "person", PersonDialog(context, None, window)
    yield "verify", VerifyDialog(context.database, window)
    yield "help", HelpWindow(context.language, window)
    about = QMessageBox(QMessageBox.Icon.Information, "SángKiến", "", parent=window)
    about.setText(about_text(str(context.database.path)))
    yield "about", about


def sample_ids(context) -> tuple[str | None, str | None]:
    from sqlalchemy import select

    from db.models import Initiative
    from db.queries.review_queue import review_queue

    with context.database.session() as session:
        first = session.scalar(
            select(Initiative.id).where(Initiative.status == "recognised").limit(1)
        )
        queue = review_queue(session, context.node.unit_id, limit=1)
        awaiting = queue.rows[0].id if queue.rows else None
    return first, awaiting


def renew_guide_pictures(shots: Path) -> None:
    """The guide's pictures (scaled, to keep the folder small) and README's."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    images = ROOT / "resources" / "help" / "images"
    images.mkdir(parents=True, exist_ok=True)
    for language in ("vi", "en"):
        for shot, picture, width in GUIDE:
            found = sorted((shots / language).glob(f"*{shot}.png"))
            if not found:
                continue
            image = QImage(str(found[0]))
            smooth = Qt.TransformationMode.SmoothTransformation
            small = image.scaledToWidth(min(width, image.width()), smooth)
            # 256 colours are plenty for a window, and keep the folder small
            flags = Qt.ImageConversionFlag.AvoidDither | Qt.ImageConversionFlag.ThresholdDither
            small = small.convertToFormat(QImage.Format.Format_Indexed8, flags)
            small.save(str(images / f"{picture}-{language}.png"), "PNG", 0)
    readme = sorted((shots / "vi").glob("*-initiatives.png"))
    if readme:
        QImage(str(readme[0])).save(str(ROOT / "docs" / "initiatives.png"))


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
