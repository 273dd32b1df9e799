"""A secretary opening the history of a record with no change recorded (the demo's records were
made in one go) reads that in words, not "0 changes", and the CSV export, which would save an
empty file, waits until there is something to export."""

from __future__ import annotations

import pytest
from initiatives_support import clerk_world

from desktop.dialogs.audit_dialog import AuditDialog
from desktop.i18n import install_translators


@pytest.fixture
def world(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


@pytest.mark.parametrize(("language", "words"), [("vi", "Chưa có thay đổi"), ("en", "No change")])
def test_no_history_is_said_in_words(qtbot, qapp, world, language, words):
    install_translators(qapp, language)
    try:
        dialog = AuditDialog(world.context, "not-a-recorded-id", "BSR-2022-0001 — Máy bơm")
        qtbot.addWidget(dialog)
    finally:
        install_translators(qapp, "vi")
    assert dialog.table.rowCount() == 0
    assert dialog.summary.text().startswith(words)
    assert not dialog.export_button.isEnabled()
