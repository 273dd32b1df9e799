"""Sheets as clerks make them, written by code: a merged title row above a header typed without
diacritics, dates typed as text and as Excel dates, money with dots and with "đ", decomposed
(NFD) Vietnamese, trailing spaces, an empty row; and, for the problems, one unknown unit code and
one author list whose shares add up to 90."""

from __future__ import annotations

import datetime as dt
import unicodedata
from pathlib import Path

HEADER = [
    "Ten sang kien",
    "Loai giai phap",
    "Ma don vi",
    "Linh vuc",
    "Ngay dang ky",
    "Ngay ap dung lan dau",
    "Gia tri lam loi",
    "Tac gia",
    "Ghi chu",
]
GOOD_ROWS = 2  # rows 4 and 5
BAD_UNIT_ROW = 7
SHARE_90_ROW = 8


def nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


def messy_rows() -> list[list]:
    return [
        [
            nfd("Cải tiến quy trình bơm dung dịch khoan  "),
            "Giai phap ky thuat",
            "VSP-TD03 ",
            "Khoan va sua gieng",
            "15/08/2022",
            "01/08/2022",
            "1.234.567",
            nfd("Nguyễn Văn An (60%); Trần Thị Bình (40%) "),
            "đã duyệt cấp cơ sở",
        ],
        [
            "Tối ưu chế độ vận hành máy nén khí",
            "Giải pháp quản lý",
            "VSP",
            "",
            dt.datetime(2022, 9, 20),
            dt.datetime(2022, 9, 1),
            "1,234,567 đ",
            "Lê Văn Cường",
            None,
        ],
        [None] * len(HEADER),  # the empty row 6
        [
            "Giảm thời gian thay choòng khoan",
            "Giải pháp kỹ thuật",
            "VSP-XYZ",
            None,
            "02/10/2022",
            "15/09/2022",
            2_000_000,
            "Phạm Đức Thắng (100%)",
            None,
        ],
        [
            "Sơn chống ăn mòn cho kết cấu chân đế",
            "Giải pháp kỹ thuật",
            "VSP-TD03",
            None,
            "03/10/2022",
            "15/09/2022",
            "3.000.000",
            "Nguyễn Văn Dũng (50%); Hoàng Thị Em (40%)",
            None,
        ],
    ]


def write_messy_sheet(path: Path) -> Path:
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "DS 2022"
    sheet.append(["DANH SÁCH SÁNG KIẾN ĐĂNG KÝ NĂM 2022 – XN KHOAN"])
    sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(HEADER))
    sheet.append([])
    sheet.append(HEADER)
    for row in messy_rows():
        sheet.append(row)
    book.save(path)
    return path
