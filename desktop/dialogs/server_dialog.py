"""File > Open a database on a server (issue 18): the address `postgresql://user@host/db` in one
field. The password is never asked for nor kept: libpq reads it from ~/.pgpass (Windows:
%APPDATA%\\postgresql\\pgpass.conf) or PGPASSWORD, and the dialog says so."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from db.fileutil import DatabaseError
from db.postgres.opening import address_problem, check_server, open_server
from desktop.messages import arg
from desktop.widgets.error_text import error_text

PROBLEMS = {
    "scheme": QT_TRANSLATE_NOOP(
        "ServerDialog", "Địa chỉ máy chủ bắt đầu bằng postgresql://, ví dụ %1."
    ),
    "form": QT_TRANSLATE_NOOP("ServerDialog", "Địa chỉ không đúng dạng. Dạng đúng: %1."),
    "password": QT_TRANSLATE_NOOP(
        "ServerDialog",
        "Đừng ghi mật khẩu trong địa chỉ: SángKiến không lưu mật khẩu. Hãy đặt nó trong tệp "
        "~/.pgpass hoặc biến môi trường PGPASSWORD, rồi bỏ mật khẩu khỏi địa chỉ.",
    ),
    "database": QT_TRANSLATE_NOOP(
        "ServerDialog", "Địa chỉ thiếu tên cơ sở dữ liệu sau dấu / cuối. Dạng đúng: %1."
    ),
}
EXAMPLE = "postgresql://clerk@hq-server/sangkien"


class ServerDialog(QDialog):
    """Asks for a server's address; `address` holds it once accepted."""

    def __init__(self, parent: QWidget | None = None, address: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mở cơ sở dữ liệu trên máy chủ"))
        self.setMinimumWidth(520)
        self.address = ""
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Địa chỉ máy chủ PostgreSQL:")))
        self.field = QLineEdit(address)
        self.field.setObjectName("serverAddress")
        self.field.setPlaceholderText(EXAMPLE)
        layout.addWidget(self.field)
        hint = QLabel(
            self.tr(
                "Mật khẩu không nhập ở đây và không được lưu: SángKiến dùng mật khẩu trong tệp "
                "~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf) hoặc biến môi trường "
                "PGPASSWORD của máy này."
            )
        )
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.problem = QLabel()
        self.problem.setObjectName("problem")
        self.problem.setWordWrap(True)
        self.problem.hide()
        layout.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Open).setText(self.tr("Mở"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Hủy"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        """Close only on a server that lets us in: otherwise say why here, below the address
        the person typed, so that they correct it rather than type it all again."""
        typed = self.field.text().strip()
        problem = address_problem(typed)
        if problem is not None:
            text = QCoreApplication.translate("ServerDialog", PROBLEMS[problem])
            self._say(arg(text, EXAMPLE))
            return
        refusal = self._refusal_of(typed)
        if refusal is not None:
            self._say(refusal)
            return
        self.address = typed
        super().accept()

    def _refusal_of(self, address: str) -> str | None:
        """What the server says to the address (at most libpq's connect timeout), or None."""
        self._say(self.tr("Đang kết nối máy chủ…"), colour="#555555")
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        QApplication.processEvents()
        try:
            check_server(address)
        except DatabaseError as error:
            return error_text(error)
        finally:
            QApplication.restoreOverrideCursor()
        return None

    def _say(self, text: str, colour: str = "#b00020") -> None:
        self.problem.setStyleSheet(f"color: {colour};")
        self.problem.setText(text)
        self.problem.show()


def open_server_node(address: str):
    """(database, node summary) of the server database at `address`; DatabaseError, with what
    to do, if it cannot be opened or holds no node (an empty one is refused by open_server)."""
    from db.queries.browse import node_summary

    database = open_server(address)
    try:
        with database.session() as session:
            summary = node_summary(session)
    except BaseException:
        database.close()
        raise
    if summary is None:
        database.close()
        text = QCoreApplication.translate(
            "ServerDialog",
            "Cơ sở dữ liệu %1 trên máy chủ chưa được thiết lập cho đơn vị nào. Hãy chạy lệnh "
            "«sangkien --db %1 init --unit MÃ» (hoặc «migrate-to» từ tệp của trụ sở) rồi mở lại.",
        )
        raise DatabaseError(arg(text, address))
    return database, summary
