"""Every file dialog of the application: Qt's own dialog, made so that it never opens a file.

Why: Qt's file dialog guesses each listed file's type by reading its first bytes (the icon and
the "Type" column). On Linux, closing any descriptor of a file drops every POSIX lock the
process holds on it, so a dialog that merely listed the folder holding the open database
released SQLite's locks on it; a program run next then believed it was the last user and removed
the write-ahead log under the open window (issue 10, finding 5). Here the icon provider decides
from the name alone, and the database's companion files (and, where no database is being chosen,
the databases themselves) are not even listed. The platform's native dialog is never used: it
too reads files in this process on Linux.

Where a dialog starts: where the page asked (a folder it remembers), else the folder last chosen
in any file dialog this session, else the user's Documents; a bare file name offered for saving
goes there too. Never the program's own folder (the working directory), as Qt would.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QFileInfo, QModelIndex, QSortFilterProxyModel, QStandardPaths
from PySide6.QtGui import QAbstractFileIconProvider
from PySide6.QtWidgets import QApplication, QFileDialog, QStyle, QWidget

from db.paths import is_database_companion, is_database_file


class NameOnlyIconProvider(QAbstractFileIconProvider):
    """Icons and type names from the file name only: no file is ever opened to guess its type."""

    def icon(self, what):
        style = QApplication.style()
        is_folder = (
            what.isDir()
            if isinstance(what, QFileInfo)
            else what == QAbstractFileIconProvider.IconType.Folder
        )
        pixmap = (
            QStyle.StandardPixmap.SP_DirIcon if is_folder else QStyle.StandardPixmap.SP_FileIcon
        )
        return style.standardIcon(pixmap)

    def type(self, info: QFileInfo) -> str:
        if info.isDir():
            return QApplication.translate("FileDialogs", "Thư mục")
        suffix = info.suffix().upper()
        return suffix or QApplication.translate("FileDialogs", "Tệp")


class HideDatabaseFiles(QSortFilterProxyModel):
    """Hides a database's write-ahead log, shared memory, journal and lock file (and, unless a
    database is being chosen, the database files too), whatever filter the person picks."""

    def __init__(self, show_databases: bool, parent=None) -> None:
        super().__init__(parent)
        self.show_databases = show_databases

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        model = self.sourceModel()
        index = model.index(row, 0, parent)
        if model.isDir(index):
            return True
        name = model.fileName(index)
        if is_database_companion(name):
            return False
        return self.show_databases or not is_database_file(name)


_last_folder: list[str] = []  # the folder of the last file or folder chosen, this session


def documents_folder() -> Path:
    """The user's Documents (the home folder if there is none)."""
    where = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(where) if where and Path(where).is_dir() else Path.home()


def start_folder() -> Path:
    """The folder last chosen this session, else Documents."""
    if _last_folder and Path(_last_folder[0]).is_dir():
        return Path(_last_folder[0])
    return documents_folder()


def starting_at(folder: str) -> str:
    """Where a dialog asked to start at `folder` (a folder or a file name, or "") opens."""
    if not folder:
        return str(start_folder())
    if not Path(folder).is_absolute():
        return str(start_folder() / folder)  # a bare name: not in the program's folder
    return folder


def remember(chosen: str, is_folder: bool = False) -> None:
    if chosen:
        _last_folder[:] = [str(Path(chosen) if is_folder else Path(chosen).parent)]


def make_file_dialog(
    parent: QWidget | None,
    caption: str,
    folder: str = "",
    name_filter: str = "",
    *,
    show_databases: bool = False,
) -> QFileDialog:
    """A QFileDialog that lists files without opening any of them (see the module's note)."""
    dialog = QFileDialog(parent, caption, starting_at(folder), name_filter)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setOption(QFileDialog.Option.DontUseCustomDirectoryIcons, True)
    # Both before the dialog lists anything: the provider is what the folder model asks.
    dialog.setIconProvider(NameOnlyIconProvider())
    dialog.setProxyModel(HideDatabaseFiles(show_databases, dialog))
    return dialog


def _run(dialog: QFileDialog, default_suffix: str = "") -> tuple[list[str], str]:
    if default_suffix:
        dialog.setDefaultSuffix(default_suffix)
    if dialog.exec() != QFileDialog.DialogCode.Accepted:
        return [], ""
    files = dialog.selectedFiles()
    if files:
        remember(files[0], dialog.fileMode() == QFileDialog.FileMode.Directory)
    return files, dialog.selectedNameFilter()


def open_file_name(parent, caption, folder="", name_filter="", *, show_databases=False):
    """(path or "", chosen filter), as QFileDialog.getOpenFileName."""
    dialog = make_file_dialog(parent, caption, folder, name_filter, show_databases=show_databases)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    files, chosen = _run(dialog)
    return (files[0] if files else ""), chosen


def open_file_names(parent, caption, folder="", name_filter=""):
    """([paths], chosen filter), as QFileDialog.getOpenFileNames."""
    dialog = make_file_dialog(parent, caption, folder, name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFiles)
    return _run(dialog)


def save_file_name(parent, caption, path="", name_filter="", selected_filter=""):
    """(path or "", chosen filter), as QFileDialog.getSaveFileName."""
    dialog = make_file_dialog(parent, caption, path, name_filter)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setFileMode(QFileDialog.FileMode.AnyFile)
    if selected_filter:
        dialog.selectNameFilter(selected_filter)
    files, chosen = _run(dialog)
    return (files[0] if files else ""), chosen


def existing_folder(parent, caption, folder="") -> str:
    """A folder, or "", as QFileDialog.getExistingDirectory."""
    dialog = make_file_dialog(parent, caption, folder)
    dialog.setFileMode(QFileDialog.FileMode.Directory)
    dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
    files, _ = _run(dialog)
    return files[0] if files else ""
