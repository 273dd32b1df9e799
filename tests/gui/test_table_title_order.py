"""A clerk clicks «Tên sáng kiến» in the initiatives table: «Ứng dụng…» shows between U and V and
«Đ…» after D, not after Z; clicked again, the order turns round. With no filter the title order is
read a stretch at a time, like the newest-first order; «Tác giả» sorts by the first author."""

from PySide6.QtCore import Qt
from test_table_vietnamese_order import BY_TITLE, FIRST_AUTHORS, register_records

from desktop.models.initiative_table import COLUMN_INDEX, InitiativeTableModel


def shown_titles(model: InitiativeTableModel) -> list[str]:
    return [model.row_at(row).title for row in range(model.rowCount())]


def test_the_clerk_sorts_the_table_by_title_and_by_author(node_db):
    register_records(node_db)
    model = InitiativeTableModel(node_db)
    model.sort(COLUMN_INDEX["title"])
    assert shown_titles(model) == BY_TITLE
    model.sort(COLUMN_INDEX["title"], Qt.SortOrder.DescendingOrder)
    assert shown_titles(model) == BY_TITLE[::-1]
    model.sort(COLUMN_INDEX["authors"])
    assert [model.row_at(row).authors for row in range(model.rowCount())] == FIRST_AUTHORS
