"""A real window for the kill story (run as its own process by test_window_keeps_its_database):
it opens the database, opens the attachment dialog in the database's own folder, lets another
program read the database, saves an initiative, says "saved" and waits to be killed."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog


def close_dialog_soon(app: QApplication) -> None:
    def close() -> None:
        dialog = app.activeModalWidget()
        if isinstance(dialog, QFileDialog):
            dialog.reject()
        else:
            QTimer.singleShot(200, close)

    QTimer.singleShot(1500, close)  # long enough for the dialog to list the folder


def save_one(database, title: str) -> None:
    from db.models import Unit
    from db.queries.initiatives import AuthorShare, register_initiative

    with database.transaction() as session:
        unit = session.query(Unit).filter_by(code="VSP-MSP1").one()
        values = {
            "title": title,
            "solution_type": "technical",
            "unit_id": unit.id,
            "registered_on": dt.date(2023, 3, 15),
        }
        register_initiative(session, values, [AuthorShare(share=100, full_name="Lê Văn Tám")])


def main(db_path: str, settings_path: str, title: str) -> None:
    from desktop.app import Application, app_settings, style_application
    from desktop.dialogs.attachments_widget import AttachmentsWidget

    app = QApplication(sys.argv[:1])
    style_application(app)
    settings = app_settings(settings_path)
    settings.setValue("folders/attachments", str(Path(db_path).parent))
    application = Application(settings, "vi")
    assert application.open(Path(db_path))
    database = application.database
    with database.session() as session:  # the window has read: SQLite holds its shared lock
        session.execute(__import__("sqlalchemy").text("SELECT count(*) FROM initiatives")).all()
    widget = AttachmentsWidget(database, settings)
    close_dialog_soon(app)
    widget.choose_files()  # the attachment dialog, opened in the database's folder
    reader = [sys.executable, "-m", "desktop", "--db", db_path, "initiative", "list"]
    subprocess.run(reader, check=True, capture_output=True)
    save_one(database, title)
    print("saved", flush=True)
    sys.stdin.readline()  # killed here


if __name__ == "__main__":
    main(*sys.argv[1:4])
