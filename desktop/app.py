"""Starting the window: the QApplication, the language, the settings, the database (or the
first-run screen when there is none yet), then the main window."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QSettings, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.i18n import install_translators
from desktop.views.registry import NodeInfo, PageContext

ORGANISATION = "SangKien"
APPLICATION = "SangKien"


# Vietnamese stacks two marks over a letter (ế, Ấ, ặ): tab labels get room above the text so the
# upper mark is never clipped (with the default padding "Sáng kiến" read as "Sáng kiên").
APP_STYLE = "QTabBar::tab { padding: 6px 12px 4px 12px; }"


def style_application(app: QApplication) -> None:
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("SángKiến")
    app.setStyleSheet(APP_STYLE)


def app_settings(path: str | Path | None = None) -> QSettings:
    """The user's settings (an INI file); tests pass a path in their temporary folder."""
    if path is not None:
        return QSettings(str(path), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION, APPLICATION
    )


def chosen_language(args: argparse.Namespace, settings: QSettings) -> str:
    return getattr(args, "lang", None) or str(settings.value("language", "vi") or "vi")


def database_path(args: argparse.Namespace, settings: QSettings) -> Path | str:
    """--db if given, else the database opened last time, else the default in the data folder.
    A server's address (issue 18) stays the text it is: `postgresql://user@host/db`."""
    from db.engines import is_server_address
    from db.paths import default_database_path  # the user data folder, never the program's

    if getattr(args, "db", None):
        return args.db if is_server_address(args.db) else Path(args.db)
    last = str(settings.value("database/last", "") or "")
    if last and is_server_address(last):
        return last
    return Path(last) if last and Path(last).exists() else default_database_path()


def open_ready(target: Path | str):
    """(database, node summary) of a file or a server address; (None, None) for a file that is
    missing or not set up (then the first-run screen shows); DatabaseError when it cannot open."""
    from db.engines import is_server_address
    from db.safe_open import open_ready_database

    if not is_server_address(target):
        return open_ready_database(Path(target))
    from desktop.dialogs.server_dialog import open_server_node

    return open_server_node(str(target))


def make_context(database, summary, settings: QSettings, language: str) -> PageContext:
    node = NodeInfo(summary.node_id, summary.unit_code, summary.unit_id, summary.unit_name)
    return PageContext(database, node, settings, language)


FIRST_READS_MS = 1000  # a quick start opens the database once the first page has read, or by then


class AfterFirstPaint(QObject):
    """Calls `then` once `window` has painted (or after FALLBACK_MS, should it never paint: a
    minimised window), from the event loop, once the paint is over."""

    FALLBACK_MS = 1000

    def __init__(self, window, then) -> None:
        super().__init__(window)
        self.then = then
        window.installEventFilter(self)
        QTimer.singleShot(self.FALLBACK_MS, self, self._call)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.then is not None:
            QTimer.singleShot(0, self, self._call)
        return False

    def _call(self) -> None:
        then, self.then = self.then, None  # once, whichever comes first
        if then is not None:
            then()


class Application(QObject):
    """Keeps the one main window and reopens it on another database when asked."""

    def __init__(self, settings: QSettings, language: str) -> None:
        super().__init__()
        self.settings = settings
        self.language = language
        self.window = None
        self.database = None
        self._opened_meanwhile = None  # a quick start's database, until the window has it

    def start(self, path: Path | str) -> bool:
        """As `open`, but quicker to the eye (issue 13): a file that needs nothing but opening
        (db.compiled.open_file_reader) shows its window at once, its node (and the initiatives
        page's first rows) read with sqlite3 alone, and is opened the usual way (SQLAlchemy, the writer lock) in the
        background once the window has painted; its page is made then. Anything else: `open`."""
        from db.queries.first_look import first_look
        from desktop.views.first_rows import FIRST_ROWS, first_rows_wanted

        rows = FIRST_ROWS if first_rows_wanted(self.settings) else 0
        look = None if isinstance(path, str) else first_look(path, rows=rows)
        if look is None:
            return self.open(path)
        node = NodeInfo(look.node_id, look.unit_code, look.unit_id, look.unit_name)
        context = PageContext(None, node, self.settings, self.language, path=path)
        self.window = self._make_window(context)
        if look.rows:
            self.window.show_first_rows(look.rows)
        self.window.show()
        window = self.window
        AfterFirstPaint(window, lambda: self._open_after_paint(path, window))
        return True

    def _open_after_paint(self, path: Path, window, waited_ms: int = 0) -> None:
        from PySide6.QtCore import QThreadPool

        from desktop.tasks import run_op

        if self.window is not window:  # closed, or another database opened, meanwhile
            return
        if QThreadPool.globalInstance().activeThreadCount() and waited_ms < FIRST_READS_MS:
            # the first page still reads what it shows (sqlite3 alone): SQLAlchemy's import,
            # pure Python, would hold it back
            QTimer.singleShot(
                10, self, lambda: self._open_after_paint(path, window, waited_ms + 10)
            )
            return

        def open_in_background(_progress):
            self._opened_meanwhile = open_ready(path)  # imports SQLAlchemy and the models
            return window

        run_op(
            self,
            open_in_background,
            lambda _window: self._opened(path, window),
            key="open",
            on_error=lambda error: self._not_opened(path, error) if self.window is window else None,
        )

    def _opened(self, path: Path, window) -> None:
        opened, self._opened_meanwhile = self._opened_meanwhile, None
        if opened is None:
            return  # the window was closed meanwhile, and the database with it (close_window)
        database, summary = opened
        if self.window is not window:  # another database was opened meanwhile
            self._close(None, database)
            return
        if database is None:  # no longer set up: the first-run screen, as `open` shows it
            self._not_opened(path, None)
            return
        self.database = database
        self.settings.setValue("database/last", str(database.path))
        window.context.node = NodeInfo(
            summary.node_id, summary.unit_code, summary.unit_id, summary.unit_name
        )
        window.context.set_database(database)
        self._after_showing(window, database)

    def _not_opened(self, path: Path, error: BaseException | None) -> None:
        """The opening in the background failed: as `open` does, the message, then the
        first-run screen (or the program ends, as when that is cancelled)."""
        from db.session import DatabaseError

        self._close(self.window, None)
        self.window = None
        if error is not None and not isinstance(error, DatabaseError):
            from desktop.tasks import show_error

            show_error(None, error)  # not a person's doing: said, and the program ends
            QApplication.quit()
            return
        foreign = error is not None and self._say_refused(error)
        database, summary = self._first_run_instead_of(path) if foreign else self._first_run(path)
        if database is None:
            QApplication.quit()
            return
        self._show_window(database, summary)

    def open(self, path: Path | str) -> bool:
        """Show the window on `path` (a file or a server's address), going through the
        first-run screen if a file needs it."""
        from db.engines import is_server_address
        from db.session import DatabaseError

        foreign = False
        try:
            database, summary = self._open_ready_saying_upgrade(path)
        except DatabaseError as error:
            foreign = self._say_refused(error)
            database, summary = None, None
        if database is None and is_server_address(path):
            return False  # a server is set up by `init`, `demo` or `migrate-to` (the message)
        if database is None:
            database, summary = (
                self._first_run_instead_of(path) if foreign else self._first_run(path)
            )
            if database is None:
                return False
        self._show_window(database, summary)
        return True

    def _open_ready_saying_upgrade(self, path: Path | str):
        """open_ready; a file made by an earlier version is first upgraded (its full check, then
        the migrations: minutes for a large register), meanwhile a window says so, instead of
        nothing on the screen until it is done."""
        from db.compiled import usual_opening_needed
        from db.engines import is_server_address

        if is_server_address(path) or usual_opening_needed(path) != "other revision":
            return open_ready(path)
        from PySide6.QtCore import QEventLoop

        from desktop.tasks import run_op

        outcome: dict[str, object] = {}
        waiting = QEventLoop()

        def ended(key: str, value: object) -> None:
            outcome[key] = value
            waiting.quit()

        dialog = self._upgrading_dialog(Path(path).name)
        run_op(
            self,
            lambda _progress: open_ready(path),
            lambda opened: ended("opened", opened),
            key="upgrade",
            on_error=lambda error: ended("error", error),
        )
        if not outcome:  # a very quick upgrade may be over already
            waiting.exec()
        dialog.close()
        dialog.deleteLater()
        if "error" in outcome:
            raise outcome["error"]  # type: ignore[misc]
        return outcome["opened"]

    def _upgrading_dialog(self, name: str):
        from PySide6.QtWidgets import QLabel, QProgressDialog

        dialog = QProgressDialog()
        dialog.setWindowTitle("SángKiến")
        label = QLabel(
            self.tr(
                "Đang nâng cấp cơ sở dữ liệu %1 cho phiên bản mới (kiểm tra, rồi chuyển đổi). "
                "Với dữ liệu lớn việc này có thể mất vài phút và chỉ làm một lần; xin đừng tắt "
                "máy."
            ).replace("%1", name)
        )
        label.setWordWrap(True)
        dialog.setLabel(label)
        dialog.setCancelButton(None)  # a migration is one transaction: it ends, or never began
        dialog.setRange(0, 0)
        dialog.setMinimumDuration(0)
        dialog.setFixedWidth(520)
        dialog.show()
        return dialog

    @staticmethod
    def _say_refused(error: BaseException) -> bool:
        """Why a database did not open, in the window's words; True when the file is not a
        SángKiến database (then the first-run screen offers another file or a new database)."""
        from desktop.messages import not_ours, say
        from desktop.widgets.error_text import error_text

        ours = not_ours(error)
        text = say(ours) if ours is not None else error_text(error)
        QMessageBox.warning(None, QCoreApplication.translate("App", "Không mở được"), text)
        return ours is not None

    def _first_run(self, path: Path | str):
        from desktop.dialogs.first_run import FirstRunDialog

        return self._run_first_run(FirstRunDialog(path, self.settings))

    def _first_run_instead_of(self, path: Path | str):
        """The first-run screen after a file not SángKiến's: another file, or a new database
        made elsewhere, never over it."""
        from desktop.dialogs.first_run import FirstRunDialog, free_database_path

        where = free_database_path(Path(path))
        return self._run_first_run(FirstRunDialog(where, self.settings, not_ours=path))

    @staticmethod
    def _run_first_run(dialog):
        if dialog.exec() != dialog.DialogCode.Accepted or dialog.database is None:
            return None, None
        return dialog.database, dialog.summary

    def _show_window(self, database, summary) -> None:
        previous = (self.window, self.database)
        if self.window is not None:  # a language chosen in Settings holds for the next database
            self.language = self.window.context.language
        self.database = database
        self.settings.setValue("database/last", str(database.path))
        context = make_context(database, summary, self.settings, self.language)
        self.window = self._make_window(context)
        self.window.show()  # before the old one closes, so Qt does not quit on "last window"
        self._close(*previous)
        self._after_showing(self.window, database)

    def _make_window(self, context: PageContext):
        from desktop.main_window import MainWindow

        window = MainWindow(context)
        context.setParent(window)
        window.open_database_requested.connect(self._open_requested)
        return window

    @staticmethod
    def _after_showing(window, database) -> None:
        from desktop.startup import start_up_done

        start_up_done()  # the window is up: the garbage collector runs again (issue 13)
        from desktop.views.backups_page import after_window_shown

        after_window_shown(window)  # read-only warning, or today's backup in the background
        start_due_check(window, database)
        warn_if_clock_behind(window, database)

    def _open_requested(self, target: str) -> None:
        from db.engines import is_server_address

        self.open(target if is_server_address(target) else Path(target))

    def close_window(self) -> None:
        if self.database is None:  # closed before a quick start's opening came back
            from desktop.tasks import wait_for_tasks

            wait_for_tasks()
            if self._opened_meanwhile is not None:
                self.database = self._opened_meanwhile[0]
                self._opened_meanwhile = None
        self._close(self.window, self.database)
        self.window, self.database = None, None

    @staticmethod
    def _close(window, database) -> None:
        if window is not None:
            window.close()
            window.deleteLater()
        if database is not None:
            from db.safe_open import close_safely
            from desktop.tasks import wait_for_tasks

            wait_for_tasks()  # a query still running on a worker must not outlive its database
            close_safely(database)


def warn_if_clock_behind(window, database) -> QMessageBox | None:
    """A PC whose clock is behind the newest change it has seen says so at start (status bar and
    a message), before the clerk edits anything."""
    from db.node import clock_behind_warning
    from desktop.messages import say

    with database.session() as session:
        warning = clock_behind_warning(session)
    if not warning:
        return None
    title = QCoreApplication.translate("App", "Đồng hồ của máy chậm")
    text = QCoreApplication.translate(
        "App",
        "Đồng hồ của máy này chậm hơn thời điểm của những thay đổi đã có trong dữ liệu. Hãy "
        "chỉnh lại ngày giờ của máy trước khi sửa dữ liệu.",
    )
    window.statusBar().showMessage(title + ": " + text)
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, parent=window)
    box.setInformativeText(say(warning))
    box.open()  # not modal for the program: the window stays usable
    return box


def start_due_check(window, database) -> None:
    """The full integrity check, when due (after an unclean shutdown, weekly...), off the GUI
    thread: the window is usable at once, and turns read-only with a message if it finds damage."""
    from db.safe_open import run_due_check
    from desktop.tasks import run_op
    from desktop.views.backups_page import warn_read_only

    guard = getattr(database, "guard", None)
    if guard is None or not guard.check_due or guard.read_only:
        return

    def done(problems) -> None:
        if problems and window.isVisible():
            warn_read_only(window, guard)

    run_op(window, lambda _progress: run_due_check(database), done)


def run_gui(args: argparse.Namespace) -> int:
    """The GUI: `sangkien [--db PATH] [--lang en]` with no command."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    style_application(app)
    settings = app_settings()
    language = install_translators(app, chosen_language(args, settings))
    application = Application(settings, language)
    if not application.start(database_path(args, settings)):
        return 0
    status = app.exec()
    application.close_window()
    return status
