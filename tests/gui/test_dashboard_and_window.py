"""Headquarters opens the demo: the dashboard shows what `sangkien stats` prints (3.516 / 5.400 —
65% on 14/04/2023), the main window names the database, the unit and the count, Ctrl+N opens a
new form, and the window comes back at the size it was left."""

import datetime as dt
import json

import pytest
from initiatives_support import make_context, settle
from PySide6.QtCore import Qt

from db.demo import build_demo
from db.session import open_database
from desktop.__main__ import main
from desktop.main_window import MainWindow
from desktop.views.dashboard_page import DashboardPage


@pytest.fixture(scope="module")
def demo_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    build_demo(path, initiatives=2000)
    return path


@pytest.fixture
def hq(demo_path, tmp_path):
    database = open_database(demo_path)
    yield database, make_context(database, tmp_path / "settings.ini")
    database.close()


def stats_json(capsys, path, as_of):
    assert main(["--db", str(path), "stats", "--json", "--as-of", as_of]) == 0
    return json.loads(capsys.readouterr().out)


def test_the_dashboard_shows_what_stats_prints(qtbot, hq, demo_path, capsys):
    _, context = hq
    expected = stats_json(capsys, demo_path, "2023-04-14")
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.as_of_edit.set_value(dt.date(2023, 4, 14))
    settle(qtbot, lambda: page.figures is not None and page.figures.as_of == dt.date(2023, 4, 14))
    total = expected["total"]
    assert total["registered"] == round(2000 * 3516 / 7085)
    shown = page.total_card.figure.text()
    assert shown == f"{total['registered']:,} / 5.400 — {total['percent']}%".replace(",", ".")
    for card, phase in zip(page.phase_cards, expected["phases"], strict=True):
        assert card.figure.text().startswith(f"{phase['registered']:,}".replace(",", "."))
    unions = {u["code"]: u for u in expected["units"] if u["depth"] == 1}
    rows = {row.code: row for row in page.model.rows}
    assert rows.keys() == unions.keys()
    for code, row in rows.items():
        assert (row.registered, row.target, row.recognised) == (
            unions[code]["registered"],
            unions[code]["target"],
            unions[code]["recognised"],
        )
    ratios = [row.ratio for row in page.model.rows]
    assert ratios == sorted(ratios, reverse=True)  # sorted by percent, best first
    assert len(page.chart.bars) == 33


def test_the_window_names_database_unit_and_count_and_ctrl_n_opens_a_form(qtbot, hq, demo_path):
    database, context = hq
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    count = database.engine.connect().exec_driver_sql("SELECT count(*) FROM initiatives").scalar()
    assert count > 2000  # the first programme's 2,000 and the register of 2024–2026
    settle(qtbot, lambda: f"{count:,}".replace(",", ".") in window.count_label.text())
    assert str(demo_path) in window.path_label.text()
    assert "CDDKVN" in window.unit_label.text()
    names = [window.navigation.item(i).text() for i in range(window.navigation.count())]
    assert names[:6] == [
        "Tổng quan",
        "Sáng kiến",
        "Tác giả",
        "Trùng lặp",
        "Xét duyệt",
        "Đơn vị & chỉ tiêu",
    ]
    assert "Đồng bộ" in names and "Chứng nhận" in names and names[-1] == "Cài đặt"
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    from desktop.dialogs.initiative_form import InitiativeForm

    qtbot.waitUntil(
        lambda: any(isinstance(w, InitiativeForm) for w in window.findChildren(InitiativeForm))
    )
    form = window.findChildren(InitiativeForm)[0]
    assert form.isVisible()
    form.reject()


def test_the_window_comes_back_at_its_size_and_page(qtbot, hq):
    _, context = hq
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    window.resize(window.minimumWidth(), 520)  # the offscreen screen is only 800×600
    window.navigation.setCurrentRow(2)
    window.close()
    again = MainWindow(context)
    qtbot.addWidget(again)
    again.show()
    assert again.height() == 520  # (the width is clamped to the small offscreen screen)
    assert again.navigation.currentRow() == 2


def test_a_page_closed_while_its_figures_load_drops_them_quietly(qtbot, hq):
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    from desktop.tasks import wait_for_tasks

    _, context = hq
    page = DashboardPage(context)
    page.refresh()  # a query on the worker thread...
    page.close()
    page.deleteLater()  # ...and the page is gone before it answers, as when a window closes
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    del page
    gc.collect()  # on the GUI thread: the wrapper's leftovers go here, not on the worker
    wait_for_tasks()
    qtbot.wait(50)  # the result is delivered here: no "already deleted" error may escape


def test_the_dashboard_chooses_a_programme_the_current_one_first(qtbot, hq, demo_path, capsys):
    _, context = hq
    page = DashboardPage(context)
    qtbot.addWidget(page)
    page.refresh()
    assert page.programme_code() == "NLD-2025"  # running today
    current = json.loads(
        (main(["--db", str(demo_path), "stats", "--json"]), capsys.readouterr().out)[1]
    )
    settle(qtbot, lambda: page.figures is not None and page.figures.programme.code == "NLD-2025")
    assert page.total_card.figure.text().startswith(
        f"{current['total']['registered']:,} / 7.200".replace(",", ".")
    )
    assert [c.title.text().split(" (")[0] for c in page.phase_cards[:2]] == [
        "Giai đoạn 1",
        "Giai đoạn 2",
    ]
    labels = [page.programme_combo.itemText(i) for i in range(page.programme_combo.count())]
    assert labels == ["1 triệu sáng kiến (2021–2023)", "Sáng kiến vì người lao động 2025–2027"]
    page.programme_combo.setCurrentIndex(0)
    settle(qtbot, lambda: page.figures.programme.code == "1TRIEU-2021")
    assert "/ 5.400" in page.total_card.figure.text()
    page.programme_combo.setCurrentIndex(1)
    page.as_of_edit.set_value(dt.date(2023, 4, 14))  # outside NLD-2025: the programme of that day
    assert page.programme_code() == "1TRIEU-2021"
    settle(qtbot, lambda: page.figures.as_of == dt.date(2023, 4, 14))
    assert page.total_card.figure.text().startswith("993 / 5.400")  # 2,000 × 3,516 / 7,085


def test_an_empty_site_shows_what_to_do_next(qtbot, tmp_path):
    from db.reference import init_node

    database = open_database(tmp_path / "rig.db", create=True)
    init_node(database, "VSP-TD03")
    page = DashboardPage(make_context(database, tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot, lambda: page.figures is not None)
    assert not page.empty_state.isHidden() and page.splitter.isHidden()
    text = page.empty_state.text()
    assert "Chưa có sáng kiến nào được đăng ký" in text
    assert "Ctrl+N" in text and "Xuất gói" in text
    assert "0 / 0" not in page.total_card.figure.text()
    assert page.total_card.figure.text() == "0 sáng kiến"
    assert "chưa có chỉ tiêu" in page.total_card.note.text()
    page.close()
    database.close()


def test_a_rig_with_initiatives_says_it_has_no_units_under_it(qtbot, tmp_path):
    """A rig has no subordinate units: no empty table and chart, but a line saying so."""
    from sqlalchemy import select

    from db.models import Unit
    from db.queries.initiatives import AuthorShare, register_initiative
    from db.reference import init_node

    database = open_database(tmp_path / "rig.db", create=True)
    init_node(database, "VSP-TD03")
    with database.transaction() as session:
        rig = session.scalar(select(Unit).where(Unit.code == "VSP-TD03"))
        data = {
            "title": "Cải tiến bơm dung dịch",
            "solution_type": "technical",
            "unit_id": rig.id,
            "registered_on": dt.date(2022, 3, 15),  # in the 2021–2023 programme a rig knows
            "first_applied_on": dt.date(2022, 2, 1),
            "status": "submitted",
        }
        author = AuthorShare(full_name="Nguyễn Văn An", share=100, unit_id=rig.id)
        register_initiative(session, data, [author], actor="clerk")
    page = DashboardPage(make_context(database, tmp_path / "settings.ini"))
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    settle(qtbot, lambda: page.figures is not None)
    assert page.figures.total.registered == 1
    assert page.splitter.isHidden() and not page.empty_state.isHidden()
    assert "không có đơn vị trực thuộc" in page.empty_state.text()
    page.close()
    database.close()


def test_a_programme_counting_recognitions_shows_them_against_the_target(
    qtbot, demo_path, tmp_path, capsys
):
    import shutil

    from db.queries.programmes import update_programme

    path = tmp_path / "recognised.db"
    shutil.copy(demo_path, path)
    database = open_database(path)
    try:
        with database.transaction() as session:
            update_programme(session, "NLD-2025", {"counts": "recognised"}, "test")
        expected = json.loads(
            (main(["--db", str(path), "stats", "--json"]), capsys.readouterr().out)[1]
        )["total"]
        page = DashboardPage(make_context(database, tmp_path / "settings.ini"))
        qtbot.addWidget(page)
        page.refresh()
        settle(
            qtbot, lambda: page.figures is not None and page.figures.programme.code == "NLD-2025"
        )
        assert 0 < expected["recognised"] < expected["registered"]
        shown = page.total_card.figure.text()
        assert shown.startswith(f"{expected['recognised']:,} / ".replace(",", "."))
        assert shown.endswith(f"{expected['percent']}%")
        assert "đã công nhận so với chỉ tiêu" in page.total_card.title.text()
        assert page.total_card.note.text().startswith("Đã đăng ký:")
    finally:
        database.close()
