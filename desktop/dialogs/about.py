"""The About box, in the user's words: what SángKiến is for, its version, where the data is."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import __version__
from desktop.messages import Texts, arg

About = Texts("About")  # lupdate files About.tr("...") under "About"


def about_text(database_path: str = "") -> str:
    version = arg(About.tr("Phiên bản %1"), __version__)
    text = f"<h3>SángKiến</h3><p>{version}</p>"
    text += About.tr(
        "<p>Sổ đăng ký sáng kiến của Công đoàn Dầu khí Việt Nam, trong chương trình “1 triệu "
        "sáng kiến” của Tổng Liên đoàn Lao động Việt Nam.</p>"
        "<p>Văn thư ghi sáng kiến từ phiếu đăng ký, hội đồng ghi kết quả xét duyệt, công đoàn "
        "cấp giấy chứng nhận. Không cần mạng: dữ liệu đi giữa các đơn vị bằng gói trên USB.</p>"
        "<p>Cần giúp đỡ? Nhấn F1 để mở hướng dẫn sử dụng.</p>"
    )
    if database_path:
        text += "<p>" + arg(About.tr("Dữ liệu của bạn nằm ở: %1"), database_path) + "</p>"
    return text


def show_about(parent: QWidget | None, database_path: str = "") -> None:
    QMessageBox.about(parent, About.tr("Giới thiệu SángKiến"), about_text(database_path))
