"""A secretary sorting the people, the reviews queue, the certificate register or the dashboard's
units by name reads them in Vietnamese order: "Bùi Duy Thuận" before "Bùi Đình Dũng" (Đ is a
letter after D), "An toàn" before "Ăn uống" — not in the order of the folded search text, which
takes Đ for D and puts "Đình" before "Duy"."""

from __future__ import annotations

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt

from desktop.models.certificate_register_model import CertificateRegisterModel
from desktop.models.people_model import PeopleModel
from desktop.models.progress_model import ProgressModel
from desktop.models.reviews_model import ReviewQueueModel

NAMES = ["Bùi Đình Dũng", "Ăn uống ca ba", "Bùi Duy Thuận", "An toàn giàn khoan", "Bùi Dũng"]
IN_VIETNAMESE_ORDER = [
    "An toàn giàn khoan", "Ăn uống ca ba", "Bùi Dũng", "Bùi Duy Thuận", "Bùi Đình Dũng",
]  # fmt: skip


def shown(model, column: int) -> list[str]:
    return [model.index(row, column).data() for row in range(model.rowCount())]


def row(name: str) -> SimpleNamespace:
    return SimpleNamespace(
        id=name, full_name=name, title=name, authors=name, recipients=[name], name=name,
        short_name=name,
        birth_date=None, unit_code="VSP", job_title=name, employee_no="", initiatives=1,
        possible_duplicate=False, code="VSP", registered=1, target=2, recognised=0,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("model_class", "header"),
    [
        (PeopleModel, "Họ và tên"),
        (PeopleModel, "Chức danh"),
        (ReviewQueueModel, "Tên sáng kiến"),
        (ReviewQueueModel, "Tác giả"),
        (CertificateRegisterModel, "Tác giả"),
        (CertificateRegisterModel, "Tên sáng kiến"),
        (ProgressModel, "Đơn vị"),
    ],
)
def test_names_sort_in_vietnamese_order(qapp, model_class, header):
    model = model_class()
    model.set_rows([row(name) for name in NAMES])
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    column = headers.index(header)
    model.sort(column)
    assert shown(model, column) == IN_VIETNAMESE_ORDER
