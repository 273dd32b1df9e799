"""Work off the GUI thread (Picard's run_task): fn runs on a QThreadPool worker, its result comes
back to on_done on the GUI thread, and long work shows a progress dialog with Cancel.

    run_task(lambda: count_rows(db), show_count)                         # quiet, no dialog
    run_task(lambda progress, cancelled: build(path, progress=progress, cancelled=cancelled),
             on_done, progress="Đang tạo dữ liệu mẫu…")                  # dialog with Cancel

With `progress`, fn is called as fn(progress, cancelled): progress(done, total) may be called as
often as it likes from the worker; cancelled() turns True once the person pressed Cancel.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, Qt, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

_RUNNING: set[_Task] = set()  # keeps tasks alive until their result has been delivered


class TaskCancelled(Exception):
    """Raise (or let db/ raise its own) when cancelled() turned True; on_done is then not called."""


class _Task(QObject):
    """Lives on the GUI thread; the worker emits its signals, so the slots run on the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)

    def __init__(self, on_done, on_error, dialog: QProgressDialog | None) -> None:
        super().__init__()
        self.on_done = on_done
        self.on_error = on_error
        self.dialog = dialog
        self.cancel_event = threading.Event()
        self.finished.connect(self._deliver)
        self.failed.connect(self._fail)
        self.progressed.connect(self._show_progress)
        if dialog is not None:
            dialog.canceled.connect(self.cancel_event.set)

    def report(self, done: int, total: int) -> None:
        self.progressed.emit(int(done), int(total))

    def cancelled(self) -> bool:
        return self.cancel_event.is_set()

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.cancelled():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))

    @Slot(object)
    def _deliver(self, result: Any) -> None:
        self._close()
        if self.cancelled():
            return
        if self.on_done is not None:
            _unless_gone(self.on_done, result)

    @Slot(object)
    def _fail(self, error: BaseException) -> None:
        self._close()
        if isinstance(error, TaskCancelled) or self.cancelled():
            return
        if self.on_error is not None:
            _unless_gone(self.on_error, error)
        else:
            show_error(self.dialog.parentWidget() if self.dialog else None, error)

    def _close(self) -> None:
        _RUNNING.discard(self)
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reset()
            self.dialog.deleteLater()
        self.dialog = None


def _unless_gone(callback: Callable[[Any], None], value: Any) -> None:
    """Deliver a result; if the page or window that asked was closed meanwhile, its widgets are
    gone and the result has nowhere to go: drop it instead of raising on the GUI thread."""
    try:
        callback(value)
    except RuntimeError as error:
        if "already deleted" not in str(error):
            raise


class _Runner(QRunnable):
    def __init__(self, task: _Task, call: Callable[[], Any]) -> None:
        super().__init__()
        self.task = task
        self.call = call

    def run(self) -> None:
        try:
            result = self.call()
        except BaseException as error:  # delivered to the GUI thread, never lost in the worker
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.task.failed.emit(error)
        else:
            self.task.finished.emit(result)


def run_task(
    fn: Callable[..., Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    progress: str | None = None,
    on_error: Callable[[BaseException], None] | None = None,
    parent: QWidget | None = None,
) -> _Task:
    """Run fn on the thread pool; on_done(result) runs on the GUI thread afterwards."""
    dialog = _progress_dialog(progress, parent) if progress else None
    task = _Task(on_done, on_error, dialog)
    _RUNNING.add(task)
    call = (lambda: fn(task.report, task.cancelled)) if dialog is not None else fn
    QThreadPool.globalInstance().start(_Runner(task, call))
    return task


def _progress_dialog(label: str, parent: QWidget | None) -> QProgressDialog:
    cancel = QCoreApplication.translate("Tasks", "Hủy")
    dialog = QProgressDialog(label, cancel, 0, 0, parent)
    dialog.setWindowTitle(QCoreApplication.translate("Tasks", "Đang làm việc"))
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(400)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setValue(0)
    return dialog


def show_error(parent: QWidget | None, error: BaseException) -> None:
    """One clear message: db/ errors already say what is wrong and what to do."""
    from desktop.widgets.error_text import error_text

    QMessageBox.warning(
        parent,
        QCoreApplication.translate("Tasks", "Không thực hiện được"),
        error_text(error),
    )


def wait_for_tasks(timeout_ms: int = 30000) -> bool:
    """Tests and shutdown: wait until the worker threads are idle."""
    return QThreadPool.globalInstance().waitForDone(timeout_ms)
