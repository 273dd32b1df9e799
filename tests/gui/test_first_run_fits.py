"""An IT admin opens SángKiến in English on a new headquarters PC: every sentence of the
first-run screen is read whole, none cut at the box's edge or under the next box."""

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel

from desktop.dialogs.first_run import FirstRunDialog
from desktop.i18n import install_translators


@pytest.fixture(params=["vi", "en"])
def first_run(request, qapp, qtbot, tmp_path):
    install_translators(qapp, request.param)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    dialog = FirstRunDialog(tmp_path / "sangkien.db", settings)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    yield dialog
    install_translators(qapp, "vi")


def test_every_sentence_of_the_first_run_screen_is_shown_whole(first_run):
    sentences = [label for label in first_run.findChildren(QLabel) if len(label.text()) > 60]
    assert len(sentences) >= 4
    for label in sentences:
        assert label.wordWrap(), label.text()
        needed = label.heightForWidth(label.width())
        assert label.height() >= needed, label.text()
