"""A clerk opens the initiative form on a 1366×768 laptop (the form is then 1280×640) and adds an
author with a long workplace, job title and qualification: each reads whole on the Authors tab
(wrapped onto more lines where needed), nothing cut off."""

from __future__ import annotations

import datetime as dt

import pytest
from initiatives_support import clerk_world, unit
from PySide6.QtCore import QRect, Qt

from desktop.dialogs.authors_editor import JOB, NAME, QUALIFICATION, UNIT, AuthorRow
from desktop.dialogs.initiative_form import InitiativeForm

FORM_ON_A_LAPTOP = (1280, 640)  # fit_to_screen's answer for 1366×768 less the taskbar


@pytest.fixture
def clerk(tmp_path):
    world = clerk_world(tmp_path)
    yield world
    world.database.close()


def test_the_authors_workplace_job_and_qualification_read_whole(qtbot, clerk):
    form = InitiativeForm(clerk.context, None, unit_id=unit("VSP-TD03"))
    qtbot.addWidget(form)
    form.resize(*FORM_ON_A_LAPTOP)
    form.show()
    author = AuthorRow(
        person_id=None,
        full_name="Nguyễn Khánh Phương",
        birth_date=dt.date(1985, 11, 23),
        unit_id=None,
        unit_name="Công đoàn Công ty Cổ phần Dịch vụ Kỹ thuật Điện lực Dầu khí Việt Nam",
        job_title="Chuyên viên phân tích số liệu giếng",
        qualification="Cao đẳng Vận hành thiết bị chế biến dầu khí",
        share=100,
    )
    form.authors.add_author(author)
    table = form.authors.table
    qtbot.waitUntil(lambda: table.viewport().width() > 600, timeout=3000)
    metrics = table.fontMetrics()

    def reads_whole(column: int) -> bool:
        cell = table.visualRect(table.model().index(0, column))
        room = QRect(0, 0, cell.width() - 8, 10_000)  # the cell's margins
        needed = metrics.boundingRect(room, Qt.TextFlag.TextWordWrap, table.item(0, column).text())
        return needed.width() <= room.width() and needed.height() <= cell.height()

    for column in (NAME, UNIT, JOB, QUALIFICATION):
        qtbot.waitUntil(lambda column=column: reads_whole(column), timeout=3000)
    assert table.horizontalHeader().length() <= table.viewport().width()
