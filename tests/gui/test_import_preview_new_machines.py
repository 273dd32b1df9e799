"""The import preview's list of packages tells the two kinds of new machine apart, in the words
of the trust box below it: one unknown here (its fingerprint to be compared before trusting it)
and one set up from a setup package issued here (trusted without asking)."""

from __future__ import annotations

from db.sync.report import ImportReport
from desktop.dialogs.import_preview_dialog import ImportPreviewDialog, package_line


def report(name: str, *, new_node: bool, needs_trust: bool) -> ImportReport:
    return ImportReport(
        f"/media/usb/{name}",
        sender_unit="VSP-TD03",
        fingerprint="AB12 CD34",
        new_node=new_node,
        needs_trust=needs_trust,
    )


def test_the_list_says_which_new_machine_asks_for_trust(qtbot):
    unknown = report("la.skp", new_node=True, needs_trust=True)
    enrolled = report("dk.skp", new_node=True, needs_trust=False)
    known = report("cu.skp", new_node=False, needs_trust=False)
    dialog = ImportPreviewDialog([unknown, enrolled, known])
    qtbot.addWidget(dialog)
    lines = [dialog.packages.item(row).text() for row in range(dialog.packages.count())]
    assert "MÁY MỚI CHƯA BIẾT" in lines[0] and "vân tay" in lines[0]
    assert "máy mới, đã đăng ký tại đây" in lines[1] and "CHƯA BIẾT" not in lines[1]
    assert "mới, đã đăng ký" not in lines[2] and "CHƯA BIẾT" not in lines[2]
    assert lines[0] != lines[1].replace("dk.skp", "la.skp")


def test_in_english_too(qtbot, qapp):
    from desktop.i18n import install_translators

    install_translators(qapp, "en")
    try:
        unknown = package_line(report("la.skp", new_node=True, needs_trust=True))
        enrolled = package_line(report("dk.skp", new_node=True, needs_trust=False))
    finally:
        install_translators(qapp, "vi")
    assert "UNKNOWN" in unknown and "fingerprint" in unknown
    assert "enrolled here" in enrolled
