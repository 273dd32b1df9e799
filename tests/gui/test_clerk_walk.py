"""What a clerk noticed walking through a day in the window (the clerkwalk session): each story
is one thing that looked wrong on the screen, now as a person expects."""

from __future__ import annotations

import pytest
from initiatives_support import clerk_world, register

from desktop.dialogs.initiative_form import InitiativeForm

LONG_TITLE = (
    "Cải tiến hệ thống bơm dung dịch khoan để giảm thời gian dừng máy trên giàn khoan Tam Đảo 03 "
    "và tiết kiệm chi phí bảo dưỡng định kỳ hằng năm"
)


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


def test_a_long_title_opens_at_its_first_words(qtbot, clerk):
    saved = register(clerk.database, LONG_TITLE, "VSP-TD03", [(clerk.an, 100)])
    form = InitiativeForm(clerk.context, saved)
    qtbot.addWidget(form)
    form.show()

    title = form.fields["title"]
    assert title.text() == LONG_TITLE
    assert title.cursorPosition() == 0  # "Cải tiến hệ thống…" shows, not "…định kỳ hằng năm"


def test_printing_the_form_suggests_a_file_named_for_the_initiative(qtbot, clerk, monkeypatch):
    from desktop.dialogs import file_dialogs
    from desktop.dialogs.paper_saving import print_registration_form

    saved = register(clerk.database, LONG_TITLE, "VSP-TD03", [(clerk.an, 100)])
    form = InitiativeForm(clerk.context, saved)
    qtbot.addWidget(form)
    offered = []
    monkeypatch.setattr(
        file_dialogs, "save_file_name", lambda _p, _t, name, _f: offered.append(name) or ("", "")
    )

    print_registration_form(form)

    reg_no = form.fields["reg_no"].text()
    assert offered and offered[0].endswith(f"don-yeu-cau-cong-nhan-{reg_no}.pdf")


@pytest.mark.parametrize("registered", [0, 1, 2, 3, 7, 260])
def test_the_progress_chart_counts_in_whole_numbers(qtbot, registered):
    from PySide6.QtCharts import QValueAxis

    from desktop.widgets.progress_chart import ChartBar, ProgressChart

    chart = ProgressChart()
    qtbot.addWidget(chart)
    chart.show_bars("VSP-TD03", [ChartBar("VSP-TD03", registered, 0)])

    [axis] = [a for a in chart.chart().axes() if isinstance(a, QValueAxis)]
    step = (axis.max() - axis.min()) / (axis.tickCount() - 1)
    assert step >= 1 and step == int(step)  # never "0, 0, 1, 1" beside one initiative
    assert axis.max() >= registered


def test_down_in_the_person_search_moves_to_the_next_person_found(qtbot, clerk):
    from PySide6.QtCore import Qt

    from desktop.dialogs.authors_editor import PersonPicker

    picker = PersonPicker(clerk.database, {}, None)
    qtbot.addWidget(picker)
    picker.show()
    qtbot.keyClicks(picker.search, "n")  # Nguyễn Văn An, Trần Thị Bình
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)  # at once, before the search has run
    assert picker.results.count() == 2
    second = picker.results.item(1).data(Qt.ItemDataRole.UserRole)

    qtbot.keyClick(picker.search, Qt.Key.Key_Return)

    assert picker.chosen == second


def test_an_export_with_an_attachment_names_its_record_and_its_file_apart():
    from db.sync.report import ExportResult
    from desktop.views.sync_import import export_result_text

    counts = {"people": 1, "initiatives": 2, "initiative_authors": 2, "attachments": 1}
    result = ExportResult(
        "/usb/site.skp", "p1", "data", "CDDKVN", "up", False, 1, 6, counts, 1, 125_000
    )

    text = export_result_text(result)

    assert "6 bản ghi (" in text and "Tệp đính kèm 1)" in text
    assert "tệp đính kèm 1" not in text  # it read "Tệp đính kèm 1, tệp đính kèm 1"
    assert ") và nội dung của 1 tệp, 122 KB." in text


def test_the_form_opens_at_the_size_the_clerk_left_it(qtbot, clerk):
    first = InitiativeForm(clerk.context, None)
    qtbot.addWidget(first)
    first.show()
    first.resize(first.width(), 480)  # on the tests' 800×600 screen it opens at 560
    left = (first.width(), first.height())
    first.reject()  # "Đóng", nothing typed

    second = InitiativeForm(clerk.context, None)
    qtbot.addWidget(second)
    second.show()

    assert (second.width(), second.height()) == left and left[1] == 480


@pytest.fixture
def council(node_db):
    from initiative_world import build_world

    return node_db, build_world(node_db)


def shown_reviews_page(qtbot, context):
    from desktop.tasks import wait_for_tasks
    from desktop.views.reviews_page import ReviewsPage

    page = ReviewsPage(context)
    qtbot.addWidget(page)
    page.resize(1170, 640)
    page.show()
    page.page_shown()
    wait_for_tasks()
    qtbot.waitUntil(lambda: page.count_label.text() != "")
    return page


def test_an_earlier_review_shows_its_level_and_council_in_full(qtbot, tmp_path, council):
    import datetime as dt

    from pages_support import page_context, submit_initiative

    from db.queries.reviews import record_review

    database, world = council
    initiative_id = submit_initiative(database, world, "Cải tiến van xả áp giàn Tam Đảo 03")
    name = "Hội đồng sáng kiến Công đoàn Dầu khí Việt Nam"
    review = {"level": "subordinate", "council": name, "reviewed_on": dt.date(2023, 3, 1)}
    with database.transaction() as session:
        record_review(session, initiative_id, review, "test")
    page = shown_reviews_page(qtbot, page_context(database, tmp_path / "s.ini"))
    qtbot.waitUntil(lambda: page.history.topLevelItemCount() == 1)

    item, history = page.history.topLevelItem(0), page.history
    for column, text in ((0, "Cấp công đoàn trực thuộc"), (2, name)):
        assert item.text(column) == text
        assert history.columnWidth(column) >= history.fontMetrics().horizontalAdvance(text)


def test_recording_a_decision_says_so_though_the_initiative_leaves_the_queue(
    qtbot, tmp_path, council, monkeypatch
):
    from pages_support import page_context, submit_initiative
    from PySide6.QtWidgets import QMainWindow

    from desktop.dialogs.review_dialog import ReviewDialog

    database, world = council
    submit_initiative(database, world, "Cải tiến van xả áp giàn Tam Đảo 03")
    context = page_context(database, tmp_path / "s.ini")
    context.window = QMainWindow()
    qtbot.addWidget(context.window)
    page = shown_reviews_page(qtbot, context)
    qtbot.waitUntil(page.review_button.isEnabled)
    reg_no = page.selected().reg_no

    def council_decides(dialog):
        dialog.saved = True  # as ReviewDialog.save does once the review is recorded
        return 1

    monkeypatch.setattr(ReviewDialog, "exec", council_decides)
    page.review_selected()

    said = f"Đã ghi kết quả xét duyệt của {reg_no}."
    assert page.recorded_message == said
    assert context.window.statusBar().currentMessage() == said


def test_open_and_remove_wait_until_there_is_a_file_to_open_or_remove(qtbot, clerk, tmp_path):
    form = InitiativeForm(clerk.context, None)
    qtbot.addWidget(form)
    attachments = form.attachments
    assert not attachments.open_button.isEnabled()
    assert not attachments.remove_button.isEnabled()

    scan = tmp_path / "ban-ve-bom.png"
    scan.write_bytes(b"\x89PNG scan")
    assert attachments.add_file(scan)
    assert attachments.open_button.isEnabled() and attachments.remove_button.isEnabled()

    attachments.remove_selected()
    assert attachments.list.count() == 0
    assert not attachments.open_button.isEnabled()
    assert not attachments.remove_button.isEnabled()
