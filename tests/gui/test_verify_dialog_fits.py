"""HQ checks a certificate whose initiative has a forty-word title and eight authors: the verify
dialog grows to show the verdict and every line of the register whole, the title wrapped, no
line cut through its diacritics."""

from __future__ import annotations

import datetime as dt

from certificate_world import EIGHT_AUTHORS, LONG_TITLE, node_database, recognised_initiative
from sqlalchemy import select

from db.certificate_codes import short_code, short_grouped
from db.certificates import GENUINE, Signer, issue_certificates
from db.models import Certificate
from desktop.dialogs.verify_dialog import VerifyDialog


def test_a_long_register_entry_is_shown_whole(qtbot, tmp_path):
    database = node_database(tmp_path / "hq.db")
    initiative = recognised_initiative(database, title=LONG_TITLE, authors=EIGHT_AUTHORS)
    with database.transaction() as session:
        signer = Signer("Nguyễn Mạnh Hùng", "CHỦ TỊCH")
        (number,) = issue_certificates(
            session, [initiative], signer, issued_on=dt.date(2023, 6, 15)
        ).numbers
        code = session.scalar(select(Certificate.verification_code))
    dialog = VerifyDialog(database)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.code_edit.setPlainText(f"{number} {short_grouped(short_code(code))}")
    assert dialog.check().verdict == GENUINE
    layout = dialog.layout()
    qtbot.waitUntil(lambda: dialog.height() >= layout.totalHeightForWidth(dialog.width()))
    for row in range(dialog.details.rowCount()):
        shown = dialog.details.itemAt(row, dialog.details.ItemRole.FieldRole).widget()
        assert shown.height() >= shown.heightForWidth(shown.width()), shown.text()
    database.close()
