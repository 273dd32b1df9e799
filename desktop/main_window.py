"""The main window: a navigation list on the left, the pages (desktop/views/registry.py) on the right,
and a status bar naming the open database, this node's unit and the number of initiatives."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from db.engines import is_server_address
from db.fileutil import DatabaseError
from desktop.dialogs import file_dialogs
from desktop.i18n import counted
from desktop.messages import arg
from desktop.tasks import run_op
from desktop.views.first_rows import FirstRowsPage
from desktop.views.registry import READS_BEFORE_OPENING, PageContext, page_slots
from desktop.widgets.icons import icon


class MainWindow(QMainWindow):
    # Another database was chosen (File > Open): app.py reopens the window on it.
    open_database_requested = Signal(str)

    def __init__(self, context: PageContext, pages: list[str] | None = None) -> None:
        super().__init__()
        self.context = context
        context.window = self
        self._name_in_title()
        self.setWindowIcon(icon("app"))
        self._slots = page_slots(pages)
        self.pages: dict[int, QWidget] = {}
        self._waiting: list = []  # what was asked before the database opened (quick start)
        self._stand_in: QWidget | None = None  # a quick start's first rows, until the page's
        self._build_body()
        self._build_menus()
        self._build_status_bar()
        self._restore_state()
        context.records_changed.connect(self.refresh_record_count)
        context.language_changed.connect(self.switch_language)
        context.database_opened.connect(self._database_opened)
        self.refresh_record_count()

    # ---- layout -------------------------------------------------------------------------------

    def _build_body(self) -> None:
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setMinimumWidth(150)
        self.stack = QStackedWidget()
        for slot in self._slots:
            item = QListWidgetItem(icon(slot.icon), slot.translated_title())
            item.setSizeHint(QSize(0, 36))
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # the page itself is made when first shown
        self.navigation.currentRowChanged.connect(self.show_page)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigation)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([190, 1000])
        self.splitter.setChildrenCollapsible(False)
        self.setCentralWidget(self.splitter)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tệp"))
        self._add_action(file_menu, self.tr("Sáng kiến &mới…"), "Ctrl+N", self.new_initiative)
        self._add_action(file_menu, self.tr("&Tìm sáng kiến"), "Ctrl+F", self.focus_search)
        file_menu.addSeparator()
        self._add_action(
            file_menu, self.tr("&Mở cơ sở dữ liệu khác…"), "Ctrl+O", self.choose_database
        )
        self._add_action(
            file_menu, self.tr("Mở cơ sở dữ liệu trên má&y chủ…"), None, self.choose_server
        )
        file_menu.addSeparator()
        self._add_action(file_menu, self.tr("T&hoát"), QKeySequence.StandardKey.Quit, self.close)
        help_menu = self.menuBar().addMenu(self.tr("Trợ &giúp"))
        self._add_action(
            help_menu,
            self.tr("&Hướng dẫn sử dụng"),
            QKeySequence.StandardKey.HelpContents,
            self.show_help,
        )
        self._add_action(
            help_menu, self.tr("&Lịch sử thay đổi của sáng kiến…"), "Ctrl+H", self.show_history
        )
        help_menu.addSeparator()
        self._add_action(help_menu, self.tr("&Giới thiệu SángKiến"), None, self.show_about)

    def _add_action(self, menu, text: str, shortcut, slot) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.unit_label = QLabel()
        self.count_label = QLabel()
        self.path_label = QLabel()
        self.path_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        bar.addWidget(self.path_label, 1)
        bar.addPermanentWidget(self.unit_label)
        bar.addPermanentWidget(self.count_label)
        self.count_label.setContentsMargins(0, 0, 8, 0)  # not flush with a maximised window's edge
        self._label_status_bar()

    def _label_status_bar(self) -> None:
        node = self.context.node
        unit = f"{node.unit_code} — {node.unit_name}" if node.unit_name else node.unit_code
        self.unit_label.setText(arg(self.tr("Đơn vị: %1"), unit))
        self.path_label.setText(arg(self.tr("Cơ sở dữ liệu: %1"), str(self.context.path)))

    def _name_in_title(self) -> None:
        """The title bar names the open database as the status bar does: a file by its name, a
        server's database with its host (the address holds no password; any typed is dropped)."""
        path = self.context.path
        if is_server_address(path):
            address = urlsplit(str(path))
            database = address.path.lstrip("/") or (address.username or "")
            name = arg(self.tr("%1 trên %2"), database, address.hostname or "localhost")
        else:
            name = Path(str(path)).name
        self.setWindowTitle(arg(self.tr("%1 — SángKiến"), name))

    # ---- language -----------------------------------------------------------------------------

    def switch_language(self, language: str) -> None:
        """Redraw the window in `language` without a restart: menus, navigation, status bar,
        and the pages (made again, in the new language, when next shown). Deferred, because
        the Settings page that asked is one of the pages replaced."""
        QTimer.singleShot(0, lambda: self._redraw_in(language))

    def _redraw_in(self, language: str) -> None:
        from PySide6.QtWidgets import QApplication

        from desktop.i18n import install_translators
        from desktop.tasks import wait_for_tasks

        wait_for_tasks()  # no page is deleted under a query still running for it
        self.context.language = install_translators(QApplication.instance(), language)
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state()
        current = self.navigation.currentRow()
        for index in sorted(self.pages):
            self._drop_page(index)
        self._name_in_title()
        for index, slot in enumerate(self._slots):
            self.navigation.item(index).setText(slot.translated_title())
        self.menuBar().clear()
        self._build_menus()
        self._label_status_bar()
        self.refresh_record_count()
        self.show_page(current)

    def _drop_page(self, index: int) -> None:
        page = self.pages.pop(index)
        placeholder = QWidget()
        self.stack.insertWidget(index, placeholder)
        self.stack.removeWidget(page)
        page.deleteLater()

    # ---- pages --------------------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        if index < 0:
            return
        if self.context.database is None and self._slots[index].name not in READS_BEFORE_OPENING:
            return  # a quick start: the page is made once the database is open
        try:
            page = self.page_at(index)
        except DatabaseError as error:  # a server gone, a file gone: said once, window usable
            self._page_failed(error)
            return
        if self._stand_in is None:  # else the first rows stay in front until the page has its
            self.stack.setCurrentWidget(page)
        if hasattr(page, "page_shown"):
            page.page_shown()

    def _page_failed(self, error: BaseException) -> None:
        """The page could not be made (its first reads failed): the one message the rest of the
        window gives for it, and the navigation back on the page in front, which still works."""
        from desktop.tasks import show_error

        shown = self.stack.currentIndex()
        if shown in self.pages and shown != self.navigation.currentRow():
            self.navigation.blockSignals(True)
            self.navigation.setCurrentRow(shown)
            self.navigation.blockSignals(False)
        show_error(self, error)

    def page_at(self, index: int) -> QWidget:
        """The page at `index`, made on first use (so start-up only builds the visible page)."""
        if index not in self.pages:
            self._end_stand_in()
            page = self._slots[index].page_class()(self.context)
            placeholder = self.stack.widget(index)
            self.stack.insertWidget(index, page)
            self.pages[index] = page
            if isinstance(placeholder, FirstRowsPage) and self.stack.currentWidget() is placeholder:
                self._stand_in = placeholder  # in front until the page has its first rows in
                placeholder.hand_over(page, self._end_stand_in)
            else:
                self.stack.removeWidget(placeholder)
                placeholder.deleteLater()
        return self.pages[index]

    def show_first_rows(self, rows: tuple) -> None:
        """A quick start on the initiatives page: its first rows, read with sqlite3 alone,
        shown in its place until the page is made (desktop/views/first_rows.py)."""
        index = self._index_of("InitiativesPage")
        if index != self.navigation.currentRow() or index in self.pages:
            return
        stand_in = FirstRowsPage(rows, self.context.settings, self.context.language)
        placeholder = self.stack.widget(index)
        self.stack.insertWidget(index, stand_in)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        self.stack.setCurrentWidget(stand_in)

    def _end_stand_in(self) -> None:
        stand_in, self._stand_in = self._stand_in, None
        if stand_in is None:
            return
        if self.stack.currentWidget() is stand_in:  # the page made for it sits just before it
            self.stack.setCurrentIndex(self.stack.indexOf(stand_in) - 1)
        self.stack.removeWidget(stand_in)
        stand_in.deleteLater()

    def page_named(self, class_name: str) -> QWidget | None:
        for index, slot in enumerate(self._slots):
            if slot.name == class_name:
                self.navigation.setCurrentRow(index)
                return self.page_at(index)
        return None

    def new_initiative(self) -> None:
        if self._wait_for_database(self.new_initiative):
            return
        page = self.page_named("InitiativesPage")
        if page is not None:
            page.new_initiative()

    def focus_search(self) -> None:
        if self._wait_for_database(self.focus_search):
            return
        page = self.page_named("InitiativesPage")
        if page is not None:
            page.focus_search()

    # ---- a quick start: the window first, the database a moment later (desktop/app.py) -------

    def _wait_for_database(self, action) -> bool:
        """True if the database is not open yet: `action` then runs once it is (the window
        stays responsive meanwhile; the status bar says why nothing happened yet)."""
        if self.context.database is not None:
            return False
        if action not in self._waiting:
            self._waiting.append(action)
        self.statusBar().showMessage(self.tr("Đang mở cơ sở dữ liệu…"))
        return True

    def _database_opened(self) -> None:
        self.statusBar().clearMessage()
        self._label_status_bar()  # as the opening found this node
        self.show_page(self.navigation.currentRow())
        self.refresh_record_count()
        waiting, self._waiting = self._waiting, []
        for action in waiting:
            action()

    # ---- status bar ---------------------------------------------------------------------------

    def refresh_record_count(self) -> None:
        database = self.context.database
        if database is None:
            return  # a quick start: counted once the database is open

        from db.queries.browse import initiative_count

        def count(_progress) -> int:
            with database.session() as session:
                return initiative_count(session)

        run_op(self, count, self._show_count, key="count", on_error=lambda _e: None)

    def _show_count(self, count: int) -> None:
        self.record_count = count
        self.count_label.setText(counted(self.tr("%Ln sáng kiến", "", count), count))

    # ---- other windows ------------------------------------------------------------------------

    def show_help(self) -> None:
        """The user guide, open at the part about the page in front (F1)."""
        from desktop.dialogs.help_window import show_guide

        row = self.navigation.currentRow()
        anchor = self._slots[row].name.lower() if row >= 0 else ""
        self.help_window = show_guide(self.context.language, anchor, self)

    def show_history(self) -> None:
        """The audit trail of the initiative selected on the Sáng kiến page, or of one whose
        registration number the person types."""
        if self._wait_for_database(self.show_history):
            return
        from PySide6.QtWidgets import QInputDialog, QMessageBox

        from db.audit import find_record_id
        from desktop.dialogs.audit_dialog import show_history

        page = self.pages.get(self._index_of("InitiativesPage"))
        selected = page.selected_initiative() if page is not None else None
        if selected is not None:
            show_history(self.context, selected.id, f"{selected.reg_no} — {selected.title}", self)
            return
        text, ok = QInputDialog.getText(
            self,
            self.tr("Lịch sử thay đổi"),
            self.tr("Số đăng ký của sáng kiến (ví dụ VSP-2022-0001):"),
        )
        if not ok or not text.strip():
            return
        with self.context.database.session() as session:
            record_id = find_record_id(session, text)
        if record_id is None:
            QMessageBox.information(
                self,
                self.tr("Lịch sử thay đổi"),
                arg(self.tr("Không có sáng kiến số %1."), text.strip()),
            )
            return
        show_history(self.context, record_id, text.strip(), self)

    def _index_of(self, class_name: str) -> int:
        names = [slot.name for slot in self._slots]
        return names.index(class_name) if class_name in names else -1

    def show_about(self) -> None:
        from desktop.dialogs.about import show_about

        show_about(self, str(self.context.path))

    def choose_database(self) -> None:
        here = self.context.path
        path, _ = file_dialogs.open_file_name(
            self,
            self.tr("Mở cơ sở dữ liệu"),
            "" if is_server_address(here) else str(here.parent),
            self.tr("Cơ sở dữ liệu SángKiến (*.db *.sqlite);;Mọi tệp (*)"),
            show_databases=True,
        )
        if path:
            self.open_database_requested.emit(path)

    def choose_server(self) -> None:
        """A headquarters database on a PostgreSQL server (issue 18)."""
        from desktop.dialogs.server_dialog import ServerDialog

        here = str(self.context.path)
        dialog = ServerDialog(self, here if is_server_address(here) else "")
        if dialog.exec() == ServerDialog.DialogCode.Accepted:
            self.open_database_requested.emit(dialog.address)

    # ---- remembered between runs --------------------------------------------------------------

    def _restore_state(self) -> None:
        settings = self.context.settings
        geometry = settings.value("window/geometry")
        # the size a person chose comes back (maximised or not); the first time, maximised
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 700)
            self.setWindowState(self.windowState() | Qt.WindowState.WindowMaximized)
        splitter = settings.value("window/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
        names = [slot.name for slot in self._slots]
        last = str(settings.value("window/page", "") or "")
        self.navigation.setCurrentRow(names.index(last) if last in names else 0)

    def save_state(self) -> None:
        settings = self.context.settings
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        row = self.navigation.currentRow()
        if row >= 0:
            settings.setValue("window/page", self._slots[row].name)
        for page in self.pages.values():
            if hasattr(page, "save_state"):
                page.save_state()
        settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
