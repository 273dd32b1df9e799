"""A screenshot of the programme wizard's targets step on a demo database (nothing is saved).

    .venv/bin/python scripts/wizard_screenshot.py DEMO.db OUT.png [--lang en]

Fills in "Sáng kiến xanh 2028–2030" with a phase a year and the targets of NLD-2025 times 1.2,
the way headquarters would, and grabs the window before Finish.
"""

from __future__ import annotations

import argparse
import datetime as dt
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
    args = parser.parse_args(argv)

    from PySide6.QtWidgets import QApplication

    from db.safe_open import open_ready_database
    from desktop.app import app_settings, make_context, style_application
    from desktop.dialogs.programme_wizard import ProgrammeWizard
    from desktop.i18n import install_translators

    app = QApplication.instance() or QApplication(sys.argv[:1])
    style_application(app)
    language = install_translators(app, args.lang)
    settings = app_settings(Path(tempfile.mkdtemp()) / "settings.ini")
    database, summary = open_ready_database(args.db)
    if database is None:
        print(f"{args.db} is not a SángKiến database set up for a unit", file=sys.stderr)
        return 1
    wizard = ProgrammeWizard(make_context(database, summary, settings, language))
    wizard.resize(900, 600)
    wizard.show()
    identity = wizard.identity
    identity.code.setText("XANH-2028")
    identity.name.setText("Sáng kiến xanh 2028–2030")
    identity.starts.set_value(dt.date(2028, 1, 1))
    identity.ends.set_value(dt.date(2030, 12, 31))
    wizard.next()
    wizard.phases_page.phase_per_year()
    wizard.next()
    targets = wizard.targets_page
    targets.source.setCurrentIndex(max(targets.source.findData("NLD-2025"), 0))
    targets.factor.setValue(1.2)
    targets.copy_scaled()
    for _ in range(3):
        app.processEvents()
    args.out.parent.mkdir(parents=True, exist_ok=True)
    wizard.grab().save(str(args.out))
    print(args.out)
    wizard.reject()
    database.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
