"""Work off the GUI thread, as a clerk meets it: a page closed while its query runs gets no late
answer, a newer search replaces an older one, Cancel reaches the db/ function doing the work,
and a failure is told once."""

from __future__ import annotations

import threading
import weakref

import pytest
from initiatives_support import clerk_world
from PySide6.QtWidgets import QWidget

from db.exchange.export import export_register
from db.queries.filters import InitiativeFilter
from db.sync.errors import PackageRefused, SyncCancelled, check_cancelled
from desktop.tasks import run_op, wait_for_tasks, wait_until_settled


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


def blocked_until(gate: threading.Event, answer):
    def work(_progress):
        assert gate.wait(10)
        return answer

    return work


def test_a_page_closed_while_its_query_runs_gets_no_answer(qtbot):
    page, gate, shown = QWidget(), threading.Event(), []
    run_op(page, blocked_until(gate, "rows"), shown.append, key="rows")
    page.deleteLater()  # the clerk closed the window
    qtbot.waitUntil(lambda: not _alive(page))
    gate.set()
    assert wait_for_tasks()
    qtbot.wait(50)
    assert shown == []


def test_a_newer_search_replaces_the_older_one(qtbot):
    page, gate, shown = QWidget(), threading.Event(), []
    qtbot.addWidget(page)
    run_op(page, blocked_until(gate, "dau"), shown.append, key="search")
    run_op(page, lambda _progress: "dau khi", shown.append, key="search")
    qtbot.waitUntil(lambda: shown == ["dau khi"])
    gate.set()
    assert wait_for_tasks()
    qtbot.wait(50)
    assert shown == ["dau khi"]  # the older answer, arriving last, is dropped


def test_cancel_reaches_the_export_and_leaves_no_file(qtbot, clerk, tmp_path, message_boxes):
    page, pressed, done = QWidget(), threading.Event(), []
    qtbot.addWidget(page)
    out = tmp_path / "so-sang-kien.xlsx"

    def export(progress):
        assert pressed.wait(10)
        with clerk.database.session() as session:
            return export_register(
                session, InitiativeFilter(), out, progress=progress, cancelled=progress.cancelled
            )

    operation = run_op(page, export, done.append, label="Đang xuất sổ sáng kiến…")
    operation.dialog.canceled.emit()  # the person presses Cancel on the progress dialog
    pressed.set()
    assert wait_for_tasks()
    qtbot.wait(50)
    assert operation.progress.cancelled()
    assert done == [] and message_boxes == []
    assert list(tmp_path.glob("so-sang-kien*")) == []


def test_a_failure_is_told_once(qtbot, message_boxes):
    page = QWidget()
    qtbot.addWidget(page)

    def fail(_progress):
        raise ValueError("Tệp không đọc được.")

    run_op(page, fail, lambda _result: None)
    qtbot.waitUntil(lambda: bool(message_boxes))
    assert wait_for_tasks()
    qtbot.wait(50)
    assert [text for _kind, text in message_boxes] == ["Tệp không đọc được."]

    told: list[BaseException] = []
    run_op(page, fail, lambda _result: None, on_error=told.append)
    qtbot.waitUntil(lambda: bool(told))
    assert len(told) == 1 and len(message_boxes) == 1  # the page's own handler, no second box


def test_an_attachment_is_read_and_hashed_before_save_not_during_it(qtbot, clerk, tmp_path):
    from sqlalchemy import select

    from db.models import Initiative
    from db.queries.attachments import attachment_content
    from db.queries.initiatives import initiative_detail
    from desktop.dialogs.initiative_form import InitiativeForm

    scan = tmp_path / "phieu-dang-ky.jpg"
    content = b"\xff\xd8\xff" + b"scan" * 1000
    scan.write_bytes(content)
    with clerk.database.session() as session:
        first = session.scalar(select(Initiative.id).order_by(Initiative.reg_no))
    form = InitiativeForm(clerk.context, first)
    qtbot.addWidget(form)
    assert form.attachments.add_file(scan)
    qtbot.waitUntil(lambda: scan in form.attachments.read)  # read off the GUI thread
    scan.unlink()  # Save no longer needs the file: it was read when it was added
    assert form.save()
    with clerk.database.session() as session:
        stored = initiative_detail(session, form.initiative_id).attachments
        assert [attachment_content(session, a.id) for a in stored] == [content]


def test_a_cancelled_sync_is_not_a_refused_package():
    with pytest.raises(SyncCancelled) as cancelled:
        check_cancelled(lambda: True)
    assert not isinstance(cancelled.value, PackageRefused)
    try:
        check_cancelled(lambda: True)
    except PackageRefused:  # what a caller listing refused packages catches
        pytest.fail("Cancel was taken for a refused package")
    except SyncCancelled:
        pass


def _alive(widget) -> bool:
    import shiboken6

    return shiboken6.isValid(widget)


def test_a_replaced_search_is_told_to_stop(qtbot):
    """The older search's work sees its cancel check turn True: a long listing stops early
    instead of holding a worker thread for an answer nobody wants."""
    page, gate, seen = QWidget(), threading.Event(), []
    qtbot.addWidget(page)

    def older(progress):
        assert gate.wait(10)
        seen.append(progress.cancelled())

    run_op(page, older, key="search")
    run_op(page, lambda _progress: None, key="search")
    gate.set()
    assert wait_for_tasks()
    assert seen == [True]


def test_work_that_waits_says_so_in_its_progress_dialog(qtbot):
    """A second import on a server headquarters waits for the first: the clerk reads why."""
    from db.messages import Message

    page, gate, told = QWidget(), threading.Event(), threading.Event()
    qtbot.addWidget(page)

    def work(progress):
        progress.tell(Message("sync.import_waiting"))
        told.set()
        assert gate.wait(10)

    operation = run_op(page, work, label="Đang nhập 1 gói…")
    assert told.wait(10)
    qtbot.waitUntil(lambda: "đang chờ" in operation.dialog.labelText())
    gate.set()
    assert wait_for_tasks()


def test_an_operation_outlives_the_slot_that_delivers_its_answer(qtbot):
    """Deleting a QObject inside its own slot, while Qt still delivers the event that called it,
    can crash the window: a delivered operation is let go later, outside its slot."""
    from PySide6.QtCore import QCoreApplication

    page, shown = QWidget(), []
    operation = weakref.ref(run_op(page, lambda _progress: "rows", shown.append, key="rows"))
    assert wait_for_tasks()
    QCoreApplication.sendPostedEvents()  # the answer is delivered; timers have not run yet
    assert shown == ["rows"]
    assert operation() is not None
    owner = weakref.ref(page)
    del page
    assert owner() is None  # the operation kept a while holds nothing of the window
    assert wait_until_settled()  # let go once no slot of it runs: the next operation, or here
    assert operation() is None


def test_settling_waits_for_the_work_an_answer_starts(qtbot):
    """A refresh started by an import's answer ends too before a story's databases close."""
    page, shown = QWidget(), []
    qtbot.addWidget(page)

    def then_refresh(answer):
        shown.append(answer)
        run_op(page, lambda _progress: "refreshed", shown.append, key="refresh")

    run_op(page, lambda _progress: "imported", then_refresh)
    assert wait_until_settled()
    assert shown == ["imported", "refreshed"]
