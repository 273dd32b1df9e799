"""The first-run screen, shown when there is no database yet (or one not set up for a unit)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout


class FirstRunDialog(QDialog):
    def __init__(self, path: Path, settings: QSettings) -> None:
        super().__init__()
        self.path = path
        self.settings = settings
        self.database = None
        self.summary = None
        self.setWindowTitle(self.tr("Chào mừng đến với SángKiến"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Chưa có cơ sở dữ liệu: %1").replace("%1", str(path))))
