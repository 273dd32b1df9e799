"""The first-run screen, shown when there is no database yet (or one not set up for a unit).

Five ways on, the first one first: set up a site from the setup package its parent made (the
Units page or `sangkien enroll`: the parent's key and the new node's enrolment, so its packages
are accepted upward); set up a database for my unit from the unit tree the program ships (a
stand-alone start, which headquarters does not know until it enrols it); open the demo
headquarters database (built once, in the user's data folder); open another database file; or
open a headquarters database on a PostgreSQL server (issue 18).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QFrame,
    QGridLayout,
    QLabel,
    QLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.dialogs import file_dialogs
from desktop.messages import arg, not_ours
from desktop.tasks import run_op, show_error

DEMO_NAME = "demo.db"
FOLDED_INDENT = "    "


class FirstRunDialog(QDialog):
    def __init__(
        self,
        path: Path,
        settings: QSettings,
        demo_initiatives: int | None = None,
        parent: QWidget | None = None,
        not_ours: Path | str | None = None,
    ) -> None:
        """`path`: where a new database is made; `not_ours`: the file that was to be opened
        but is not a SángKiến database (the screen says so instead of "no database yet")."""
        super().__init__(parent)
        self.path = Path(path)
        self.not_ours = not_ours
        self.settings = settings
        self.demo_initiatives = demo_initiatives
        self.database = None
        self.summary = None
        self.setWindowTitle(self.tr("Chào mừng đến với SángKiến"))
        self.setMinimumWidth(780)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        # as tall as its wrapped texts need at this width (English is longer than Vietnamese)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(self._welcome())
        layout.addWidget(self._setup_package_box())
        layout.addWidget(self._own_unit_box())
        layout.addWidget(self._choice_box())
        layout.addStretch(1)
        close = QPushButton(self.tr("Thoát"))
        close.clicked.connect(self.reject)
        layout.addWidget(close, 0, Qt.AlignmentFlag.AlignRight)

    # ---- layout -------------------------------------------------------------------------------

    def _welcome(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Chào mừng đến với SángKiến"))
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        title.setFont(font)
        text = arg(
            self.tr(
                "Sổ đăng ký sáng kiến của Công đoàn Dầu khí Việt Nam, dùng được khi không có mạng. "
                "Máy này chưa có cơ sở dữ liệu (%1). Chọn một cách để bắt đầu:"
            ),
            str(self.path),
        )
        if self.not_ours is not None:
            text = arg(
                self.tr(
                    "Tệp %1 không phải cơ sở dữ liệu SángKiến (không thay đổi gì trong tệp). Hãy "
                    "mở một tệp khác, hoặc tạo cơ sở dữ liệu mới (%2):"
                ),
                str(self.not_ours),
                str(self.path),
            )
        intro = QLabel(text)
        intro.setWordWrap(True)
        layout.addWidget(title)
        layout.addWidget(intro)
        return box

    def _own_unit_box(self) -> QWidget:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QGridLayout(frame)
        heading = QLabel(self.tr("<b>Không có gói khởi tạo: tạo cơ sở dữ liệu cho đơn vị</b>"))
        hint = QLabel(
            self.tr(
                "Chọn đơn vị mà máy này phục vụ (giàn khoan, nhà máy, công đoàn...). Máy tạo "
                "cách này có khóa riêng mà cấp trên chưa biết: gói nó gửi lên sẽ bị từ chối "
                "cho đến khi cấp trên tạo gói khởi tạo cho đơn vị này và máy được cài lại từ gói "
                "đó. Hợp với trụ sở, hoặc để thử."
            )
        )
        hint.setWordWrap(True)
        self.unit_combo = unit_picker()
        self.create_button = QPushButton(self.tr("Tạo"))
        self.create_button.clicked.connect(self.create_for_unit)
        # Enter after typing the code creates, as "Tạo" beside it (the combo kept the key)
        self.unit_combo.lineEdit().returnPressed.connect(self.create_for_unit)
        layout.addWidget(heading, 0, 0, 1, 2)
        layout.addWidget(hint, 1, 0, 1, 2)
        layout.addWidget(self.unit_combo, 2, 0)
        layout.addWidget(self.create_button, 2, 1)
        layout.setColumnStretch(0, 1)
        return frame

    def _setup_package_box(self) -> QWidget:
        """The way a site should start: its parent's setup package."""
        frame = QFrame()
        frame.setObjectName("setupPackage")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        frame.setStyleSheet(
            "QFrame#setupPackage { border: 2px solid #2f6fb0; border-radius: 6px; }"
        )
        layout = QGridLayout(frame)
        heading = QLabel(self.tr("<b>Cài đặt từ gói khởi tạo (nên dùng)</b>"))
        hint = QLabel(
            self.tr(
                "Cấp trên (công đoàn trực thuộc hoặc trụ sở) tạo gói khởi tạo .skp cho đơn vị "
                "này ở trang Đơn vị & chỉ tiêu, rồi gửi theo USB. Gói mang danh mục đơn vị, "
                "chương trình, chỉ tiêu và khóa của cấp trên, và ghi nhận máy này: các gói máy "
                "này gửi lên sẽ được nhận. Đối chiếu dấu vân tay khóa với người tạo gói qua "
                "điện thoại."
            )
        )
        hint.setWordWrap(True)
        self.setup_button = QPushButton(self.tr("Cài đặt từ gói khởi tạo..."))
        self.setup_button.setDefault(True)
        self.setup_button.clicked.connect(self.set_up_from_package)
        layout.addWidget(heading, 0, 0, 1, 2)
        layout.addWidget(hint, 1, 0)
        layout.addWidget(self.setup_button, 1, 1, Qt.AlignmentFlag.AlignTop)
        layout.setColumnStretch(0, 1)
        return frame

    def _choice_box(self) -> QWidget:
        frame = QFrame()
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QGridLayout(frame)
        rows = (
            (
                self.tr("Mở dữ liệu mẫu"),
                self.tr(
                    "Cơ sở dữ liệu mẫu của trụ sở, 33 công đoàn trực thuộc: 7.085 sáng kiến "
                    "2021–2023, rồi sổ đăng ký 2024–2026."
                ),
                self.open_demo,
            ),
            (
                self.tr("Mở tệp khác..."),
                self.tr("Một cơ sở dữ liệu SángKiến đã có (tệp .db)."),
                self.open_other,
            ),
            (
                self.tr("Mở trên máy chủ..."),
                self.tr("Cơ sở dữ liệu của trụ sở trên máy chủ PostgreSQL (postgresql://…)."),
                self.open_server,
            ),
        )
        self.choice_buttons: list[QPushButton] = []
        for row, (label, text, slot) in enumerate(rows):
            button = QPushButton(label)
            button.clicked.connect(slot)
            note = QLabel(text)
            note.setWordWrap(True)  # a longer translation wraps, not cut at the edge
            layout.addWidget(button, row, 0)
            layout.addWidget(note, row, 1)
            self.choice_buttons.append(button)
        layout.setColumnStretch(1, 1)
        layout.setVerticalSpacing(10)
        return frame

    # ---- the five ways on ----------------------------------------------------------------------

    def create_for_unit(self) -> None:
        from db.reference import SetupError, init_node, unit_spec
        from db.session import DatabaseError, open_database

        code = self.unit_combo.currentData() or typed_code(self.unit_combo.currentText())
        if not code:
            show_error(self, ValueError(self.tr("Hãy chọn một đơn vị trong danh sách.")))
            return
        try:
            unit_spec(code)  # an unknown code is told before any file is made
            database = open_database(self.path, create=True)
            try:
                init_node(database, code)
            finally:
                database.close()
        except (SetupError, DatabaseError, OSError) as error:
            show_error(self, error)
            return
        self._open(self.path)

    def set_up_from_package(self) -> None:
        from db.sync.enrolment import init_from_setup_package

        name, _ = file_dialogs.open_file_name(
            self, self.tr("Chọn gói khởi tạo"), "", self.tr("Gói SángKiến (*.skp)")
        )
        if not name:
            return
        path, actor = self.path, str(self.settings.value("user/name", "") or "")

        def set_up(progress):
            return init_from_setup_package(
                path, Path(name), actor=actor, progress=progress, cancelled=progress.cancelled
            )

        run_op(
            self,
            set_up,
            lambda result: self._set_up_done(path, result),
            label=self.tr("Đang cài đặt từ gói khởi tạo..."),
        )

    def _set_up_done(self, path: Path, result) -> None:
        """The two fingerprints to read out on the phone (as `init --from` prints them): the
        parent's, to check the package came from it; this PC's, which the parent will see."""
        QMessageBox.information(self, self.tr("Đối chiếu dấu vân tay"), setup_text(result))
        self._open(path)

    def open_demo(self) -> None:
        from db.demo import DEFAULT_INITIATIVES, build_demo
        from db.paths import user_data_folder

        path = user_data_folder() / DEMO_NAME
        if path.exists():
            self._open(path)
            return
        path.parent.mkdir(parents=True, exist_ok=True)
        count = self.demo_initiatives or DEFAULT_INITIATIVES

        def build(progress):
            return build_demo(path, count, progress=progress, cancelled=progress.cancelled)

        run_op(
            self, build, lambda _summary: self._open(path), label=self.tr("Đang tạo dữ liệu mẫu...")
        )

    def open_other(self) -> None:
        name, _ = file_dialogs.open_file_name(
            self,
            self.tr("Mở cơ sở dữ liệu"),
            "",
            self.tr("Cơ sở dữ liệu SángKiến (*.db)"),
            show_databases=True,
        )
        if name:
            self._open(Path(name))

    def open_server(self) -> None:
        from db.fileutil import DatabaseError
        from desktop.dialogs.server_dialog import ServerDialog, open_server_node

        dialog = ServerDialog(self)
        if dialog.exec() != ServerDialog.DialogCode.Accepted:
            return
        try:
            self.database, self.summary = open_server_node(dialog.address)
        except DatabaseError as error:
            show_error(self, error)
            return
        self.accept()

    def _open(self, path: Path) -> None:
        from db.safe_open import open_ready_database
        from db.session import DatabaseError

        try:
            database, summary = open_ready_database(path)
        except DatabaseError as error:
            said = not_ours(error)  # the window's words, not the command line's --db hint
            show_error(self, DatabaseError(said) if said is not None else error)
            return
        if database is None:
            message = self.tr("%1 không phải cơ sở dữ liệu SángKiến đã khởi tạo cho một đơn vị.")
            show_error(self, ValueError(arg(message, str(path))))
            return
        self.database, self.summary = database, summary
        self.accept()


def free_database_path(avoid: Path) -> Path:
    """Where a new database goes instead of `avoid` (a file not SángKiến's): the usual place,
    or beside it a name not yet taken."""
    from db.paths import default_database_path

    usual = default_database_path()
    candidates = [
        usual,
        *(usual.with_name(f"{usual.stem}-{n}{usual.suffix}") for n in range(2, 100)),
    ]
    for path in candidates:
        if not path.exists() and path.resolve() != Path(avoid).resolve():
            return path
    return candidates[-1]


def setup_text(result) -> str:
    lines = (
        arg(
            QCoreApplication.translate("FirstRunDialog", "Đã cài đặt máy này cho %1 — %2."),
            result.unit_code,
            result.unit_name,
        ),
        arg(
            QCoreApplication.translate("FirstRunDialog", "Cấp trên: %1, dấu vân tay khóa %2"),
            result.parent_unit_code,
            result.parent_fingerprint,
        ),
        arg(
            QCoreApplication.translate("FirstRunDialog", "Dấu vân tay khóa của máy này: %1"),
            result.fingerprint,
        ),
        QCoreApplication.translate(
            "FirstRunDialog",
            "Hãy gọi điện cho người đã tạo gói khởi tạo, đối chiếu dấu vân tay của cấp trên và "
            "đọc cho họ dấu vân tay của máy này.",
        ),
    )
    return "\n".join(lines)


def typed_code(text: str) -> str:
    """The code at the start of what was typed ("vsp-td03", "VSP-TD03 — Giàn...")."""
    words = text.split()
    return words[0].upper() if words else ""


def unit_picker() -> QComboBox:
    """Every unit of the shipped tree as "CODE — name", indented by level; typing part of a code
    or name offers the matching units."""
    from db.reference import unit_specs

    depth = {"industry": 0, "subordinate": 1, "base": 2, "site": 2}
    combo = QComboBox()
    combo.setEditable(True)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    for spec in unit_specs():
        indent = FOLDED_INDENT * depth.get(spec.level, 1)
        combo.addItem(f"{indent}{spec.code} — {spec.name}", spec.code)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    combo.setCurrentIndex(-1)
    combo.lineEdit().setPlaceholderText(
        QCoreApplication.translate(
            "FirstRunDialog", "Gõ mã hoặc tên đơn vị, ví dụ VSP-TD03 hoặc Tam Đảo"
        )
    )
    return combo
