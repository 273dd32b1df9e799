"""The About box: name, version, what SángKiến is for."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import __version__


def about_text() -> str:
    return (
        f"<h3>SángKiến {__version__}</h3>"
        + QCoreApplication.translate(
            "About",
            "<p>Sổ đăng ký sáng kiến ngoại tuyến cho Công đoàn Dầu khí Việt Nam, trong chương "
            "trình “1 triệu sáng kiến” của Tổng Liên đoàn Lao động Việt Nam.</p>"
            "<p>Đăng ký, xét duyệt, công nhận và cấp chứng nhận sáng kiến; đồng bộ giữa các "
            "đơn vị bằng gói dữ liệu, không cần mạng.</p>",
        )
        + "<p>Python · Qt (PySide6) · SQLite · SQLAlchemy · ReportLab</p>"
    )


def show_about(parent: QWidget | None) -> None:
    title = QCoreApplication.translate("About", "Giới thiệu SángKiến")
    QMessageBox.about(parent, title, about_text())
