"""The window on a headquarters database on a PostgreSQL server (issue 18). A clerk opens the
server's address, walks every page without an error, searches and filters the initiatives, saves
an initiative in the form, prints a batch of certificates, backs the server up from the Backups
page (a pg_dump) and is told how a server is restored; the "open on a server" dialog refuses an
address with a password in it. Skipped without PostgreSQL, like every server test."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from qt_waiting import settle, wait_for

from db.postgres.backup import server_backups_folder
from db.queries.units import unit_by_code
from desktop.__main__ import main
from desktop.app import Application, app_settings
from desktop.tasks import wait_for_tasks


@pytest.fixture(scope="module")
def demo_server(pg):
    """A demo headquarters built on a server database (as `sangkien --db ADDRESS demo`)."""
    address = pg.new_database("window", migrated=False)
    assert main(["--db", address, "demo", "--initiatives", "300"]) == 0
    return address


@pytest.fixture
def window(qtbot, demo_server, tmp_path, monkeypatch):
    import desktop.tasks

    errors: list[str] = []
    monkeypatch.setattr(desktop.tasks, "show_error", lambda _parent, error: errors.append(error))
    application = Application(app_settings(tmp_path / "settings.ini"), "vi")
    assert application.open(demo_server)
    window = application.window
    window.errors = errors
    yield window
    wait_for_tasks()
    application.close_window()


def test_the_clerk_walks_every_page_on_the_server_without_an_error(
    qtbot, window, demo_server, message_boxes
):
    assert demo_server in window.path_label.text()
    for row in range(window.navigation.count()):
        window.navigation.setCurrentRow(row)
        settle(qtbot)
        assert window.errors == [], type(window.page_at(row)).__name__
    assert not [text for kind, text in message_boxes if kind in ("warning", "critical")]


def test_searching_and_filtering_the_initiatives_on_the_server(qtbot, window):
    page = window.page_named("InitiativesPage")
    settle(qtbot)
    everything = page.model.rowCount()
    assert everything >= 300
    qtbot.keyClicks(page.search, "dau khi")
    found = holding(window.context.database, {"dau", "khi"})
    assert 0 < found < everything
    wait_for(qtbot, lambda: page.model.rowCount() == found)  # the first page, then the rest
    page.search.clear()
    with window.context.database.session() as session:
        vsp = unit_by_code(session, "VSP").id
    page.unit_filter.set_unit(vsp)
    page.apply_filters()
    wait_for(qtbot, lambda: 0 < page.model.rowCount() < everything)
    assert window.errors == []


def holding(database, words: set[str]) -> int:
    """The live initiatives whose folded search text holds every word (what a search finds)."""
    from sqlalchemy import select

    from db.models import Initiative
    from db.search import TOKEN

    with database.session() as session:
        texts = session.scalars(select(Initiative.search_text).where(~Initiative.deleted))
        return sum(1 for text in texts if words <= set(TOKEN.findall(text)))


def test_a_clerk_saves_an_initiative_on_the_server(qtbot, window):
    from sqlalchemy import select

    from db.models import Initiative
    from db.queries.initiatives import get_initiative
    from desktop.dialogs.initiative_form import InitiativeForm

    database = window.context.database
    with database.session() as session:
        chosen = session.scalar(select(Initiative.id).where(Initiative.status == "submitted"))
    form = InitiativeForm(window.context, chosen, window)
    qtbot.addWidget(form)
    form.fields["scope"].setPlainText("Toàn Tập đoàn")
    assert form.save()
    with database.session() as session:
        assert get_initiative(session, chosen).scope == "Toàn Tập đoàn"


def test_a_batch_of_certificates_is_printed_from_the_server(
    qtbot, window, tmp_path, monkeypatch, message_boxes
):
    from desktop.dialogs import file_dialogs

    page = window.page_named("CertificatesPage")
    page.issue.confirm = lambda: True
    with window.context.database.session() as session:
        vsp = unit_by_code(session, "VSP").id
    page.issue.unit_filter.set_unit(vsp)
    wait_for(qtbot, lambda: page.issue.model.rowCount() > 0)
    wanted = page.issue.model.rowCount()
    page.issue.model.tick_all(True)
    page.issue.signer_name.setText("Nguyễn Mạnh Hùng")
    out = tmp_path / "VSP.pdf"
    chosen = (str(out), "Tệp PDF (*.pdf)")
    monkeypatch.setattr(file_dialogs, "save_file_name", lambda *a, **k: chosen)
    qtbot.mouseClick(page.issue.save_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, lambda: out.exists() and message_boxes)
    assert f"Đã cấp {wanted} giấy chứng nhận" in message_boxes[-1][1]
    assert window.errors == []


def test_backing_up_the_server_from_the_backups_page_makes_a_pg_dump(qtbot, window, message_boxes):
    page = window.page_named("BackupsPage")
    settle(qtbot)
    before = page.table.rowCount()
    page.backup_now()
    wait_for(qtbot, lambda: page.table.rowCount() == before + 1)
    assert page.backups[0].path.suffix == ".dump"
    assert str(server_backups_folder()) in page.folder_label.text()
    page.restore_selected()  # a server is restored into an empty database: it says how
    assert "server-restore" in message_boxes[-1][1]
    assert window.errors == []


def test_the_server_dialog_refuses_a_password_in_the_address(qtbot, demo_server):
    from desktop.dialogs.server_dialog import ServerDialog

    dialog = ServerDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.field, "postgresql://clerk:secret@hq-server/sangkien")
    dialog.accept()
    assert dialog.result() != ServerDialog.DialogCode.Accepted
    assert "PGPASSWORD" in dialog.problem.text()
    dialog.field.setText(demo_server)  # the dialog closes on a server that lets us in
    dialog.accept()
    assert dialog.address == demo_server


def test_a_council_records_its_review_on_the_server(qtbot, window):
    from PySide6.QtCore import QDate
    from sqlalchemy import select

    from db.models import Initiative
    from db.queries.initiatives import initiative_detail
    from desktop.dialogs.review_dialog import ReviewDialog

    database = window.context.database
    with database.session() as session:
        chosen = session.scalar(select(Initiative.id).where(Initiative.status == "submitted"))
    dialog = ReviewDialog(window.context, chosen)
    qtbot.addWidget(dialog)
    for spin, score in zip(dialog.scores.values(), (8, 7, 9), strict=True):
        spin.setValue(score)
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("recognised"))
    dialog.decision_no.insert("125/QD-CDDK")
    dialog.reviewed_on.setDate(QDate(2023, 4, 3))  # a decision comes after the council met
    dialog.decision_date.setDate(QDate(2023, 4, 10))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.saved
    with database.session() as session:
        assert initiative_detail(session, chosen).initiative.status == "recognised"


def test_the_first_run_screen_opens_a_headquarters_on_a_server(
    qtbot, demo_server, tmp_path, monkeypatch
):
    from desktop.dialogs.first_run import FirstRunDialog
    from desktop.dialogs.server_dialog import ServerDialog

    def typed(dialog):
        dialog.field.setText(demo_server)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(ServerDialog, "exec", typed)
    screen = FirstRunDialog(tmp_path / "none.db", app_settings(tmp_path / "settings.ini"))
    qtbot.addWidget(screen)
    screen.open_server()
    try:
        assert screen.summary.unit_code == "CDDKVN"
        assert str(screen.database.path) == demo_server
    finally:
        screen.database.close()
