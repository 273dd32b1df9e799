"""Work off the GUI thread: one operation object, in the spirit of Anki's QueryOp and Picard's
run_task. See docs/ARCHITECTURE.md, "Work off the GUI thread".

    run_op(self, lambda progress: count_rows(database), self.show_count, key="count")
    run_op(self, lambda progress: build(path, progress=progress, cancelled=progress.cancelled),
           self.built, label=self.tr("Đang tạo dữ liệu mẫu…"))      # a dialog with Cancel

- `work(progress)` runs on a QThreadPool worker and always gets one db.progress.Progress: call
  it as progress(done, total), pass `progress.cancelled` to db/ functions as their cancel check,
  and `progress.tell` where a db/ function says in words what it is doing (its dialog shows it).
- `on_done(result)` runs on the GUI thread, only if the result is still wanted: the owner widget
  still exists and no newer operation of the same `key` was started by it (a newer search
  replaces an older one). This is the one place where stale results are dropped. The older
  operation's progress is cancelled too, so work that checks `progress.cancelled` stops early.
- Errors are reported one way: OperationCancelled (any subclass) ends quietly; any other error
  goes to `on_error(error)` if given, else one message box on the owner's window.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any

import shiboken6
from PySide6.QtCore import (
    QCoreApplication,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from db.messages import Message
from db.progress import OperationCancelled, Progress
from desktop.messages import say

_RUNNING: set[Operation] = set()  # keeps operations alive until their result has been delivered
_LATEST: dict[tuple[int, str], Operation] = {}  # (id of owner, key) -> the newest operation
_ENDED: list[Operation] = []  # delivered; let go later, never inside their own slot


def _let_go_of_ended() -> None:
    """Drop the operations whose answer was delivered, except any still inside its slot (a
    modal dialog opened by an answer runs the loop, in which others are delivered)."""
    _ENDED[:] = [operation for operation in _ENDED if operation.delivering]


class Operation(QObject):
    """One piece of work for an owner widget. Lives on the GUI thread; the worker emits its
    signals, so the slots run on the GUI thread. `ended` is emitted whatever the outcome, also
    when the owner has gone."""

    finished = Signal(object)
    failed = Signal(object)
    progressed = Signal(int, int)
    told = Signal(object)
    ended = Signal()

    def __init__(self, owner: QObject, key: str | None, on_done, on_error) -> None:
        super().__init__()
        self.owner = owner
        self.slot = (id(owner), key) if key is not None else None
        self.on_done = on_done
        self.on_error = on_error
        self.dialog: QProgressDialog | None = None
        self.delivering = False  # inside _deliver or _fail: see _close
        self.progress = Progress(self.progressed.emit, self.told.emit)
        self.finished.connect(self._deliver)
        self.failed.connect(self._fail)
        self.progressed.connect(self._show_progress)
        self.told.connect(self._show_told)

    def cancel(self) -> None:
        """What the dialog's Cancel does: the work sees progress.cancelled() turn True."""
        self.progress.cancel()

    def wanted(self) -> bool:
        """The owner is still there and this is its newest operation of this key."""
        if not shiboken6.isValid(self.owner):
            return False
        return self.slot is None or _LATEST.get(self.slot) is self

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        if self.dialog is not None and not self.progress.cancelled():
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(min(done, max(total, 1)))

    @Slot(object)
    def _show_told(self, message: Message) -> None:
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.setLabelText(say(message))

    @Slot(object)
    def _deliver(self, result: Any) -> None:
        def tell() -> None:
            if self.on_done is not None:
                self.on_done(result)

        self._end(tell)

    @Slot(object)
    def _fail(self, error: BaseException) -> None:
        def tell() -> None:
            if isinstance(error, OperationCancelled):
                return
            if self.on_error is not None:
                self.on_error(error)
            else:
                show_error(_window_of(self.owner), error)

        self._end(tell)

    def _end(self, tell: Callable[[], None]) -> None:
        """The work ended: `tell` the owner if the answer is still wanted, then `ended`."""
        self.delivering = True
        try:
            wanted = self.wanted() and not self.progress.cancelled()
            self._close()
            if wanted:
                tell()
            self.ended.emit()
        finally:
            self._delivered()

    def _delivered(self) -> None:
        """Out of its slot: kept a while (see _close), it holds nothing of the window."""
        self.delivering = False
        self.owner = self.on_done = self.on_error = None

    def _close(self) -> None:
        _RUNNING.discard(self)
        # Letting go of the last reference here would delete this QObject inside its own slot,
        # while Qt is still delivering the event that called it: it is let go later, when the
        # next operation starts or ends.
        _let_go_of_ended()
        _ENDED.append(self)
        if self.slot is not None and _LATEST.get(self.slot) is self:
            del _LATEST[self.slot]
        if self.dialog is not None and shiboken6.isValid(self.dialog):
            self.dialog.reset()
            self.dialog.deleteLater()
        self.dialog = None


class _Runner(QRunnable):
    def __init__(self, operation: Operation, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.operation = operation
        self.work = work

    def run(self) -> None:
        try:
            result = self.work(self.operation.progress)
        except BaseException as error:  # delivered to the GUI thread, never lost in the worker
            error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self.operation.failed.emit(error)
        else:
            self.operation.finished.emit(result)


def run_op(
    owner: QObject,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None] | None = None,
    *,
    key: str | None = None,
    label: str | None = None,
    on_error: Callable[[BaseException], None] | None = None,
) -> Operation:
    """Run work(progress) on the thread pool for `owner`; on_done(result) on the GUI thread
    afterwards if still wanted. With `label`, a progress dialog with Cancel shows meanwhile."""
    _let_go_of_ended()
    operation = Operation(owner, key, on_done, on_error)
    if label:
        operation.dialog = _progress_dialog(label, _window_of(owner))
        operation.dialog.canceled.connect(operation.cancel)
    _RUNNING.add(operation)
    if operation.slot is not None:
        older = _LATEST.get(operation.slot)
        if older is not None:
            older.cancel()  # nobody wants its result: its work may stop at its next check
        _LATEST[operation.slot] = operation
    QThreadPool.globalInstance().start(_Runner(operation, work))
    return operation


def running(owner: QObject, key: str) -> bool:
    """Whether `owner` has an operation of `key` still on its way."""
    return (id(owner), key) in _LATEST


def forget_op(owner: QObject, key: str) -> None:
    """The result of `owner`'s operation of `key` still on its way is no longer wanted."""
    _LATEST.pop((id(owner), key), None)


def _window_of(owner: QObject) -> QWidget | None:
    return owner.window() if isinstance(owner, QWidget) else None


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


def wait_until_settled(timeout_ms: int = 30000) -> bool:
    """Tests and shutdown: wait until every operation has ended and its result has reached the
    GUI thread, including operations those results started (a refresh after an import)."""
    deadline = time.monotonic() + timeout_ms / 1000
    while True:
        left_ms = max(0, int((deadline - time.monotonic()) * 1000))
        if not wait_for_tasks(left_ms):
            return False
        QCoreApplication.processEvents()
        if not _RUNNING and QThreadPool.globalInstance().activeThreadCount() == 0:
            _let_go_of_ended()
            return True
        if time.monotonic() >= deadline:
            return False
