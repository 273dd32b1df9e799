"""A clerk exports the register to CSV — with commas, as most programs read it, or with
semicolons, as Excel in the Vietnamese regional format reads it — and opens it elsewhere. A title
holding a comma and quotes, and a description written on several lines, stay whole in their own
cells, and come back unchanged when the CSV is imported into another node."""

from __future__ import annotations

import csv
import json

import pytest

from desktop.__main__ import main

TITLE = 'Van xả áp "kiểu mới", lắp trên giàn; thử nghiệm 2022'
ESSENCE = "Thay lõi lọc bằng vật liệu chịu nhiệt.\nBước 2: lắp van, siết 45 N·m.\r\nBước 3: thử áp."


def sangkien(*args) -> int:
    return main([str(a) for a in args])


@pytest.fixture
def hq(tmp_path, capsys):
    db = tmp_path / "hq.db"
    spec = tmp_path / "sk.json"
    spec.write_text(
        json.dumps(
            {
                "title": TITLE,
                "essence": ESSENCE,
                "solution_type": "technical",
                "unit_id": "VSP",
                "registered_on": "2022-10-15",
                "authors": [
                    {"full_name": "Nguyễn Văn An", "birth_date": "1985-03-02", "share": 100}
                ],
            },
            ensure_ascii=False,
        ),
        encoding="utf-8",
    )
    assert sangkien("--db", db, "init", "--unit", "VSP") == 0
    assert sangkien("--db", db, "initiative", "add", spec) == 0
    capsys.readouterr()
    return db


@pytest.mark.parametrize("separator", [",", ";"])
def test_values_with_separators_quotes_and_line_breaks_stay_whole(hq, tmp_path, capsys, separator):
    out = tmp_path / "so.csv"
    args = ["--db", hq, "initiative", "export", "-o", out, "--separator", separator]
    assert sangkien(*args) == 0, capsys.readouterr().err
    with open(out, encoding="utf-8-sig", newline="") as handle:
        header, row = list(csv.reader(handle, delimiter=separator))
    assert len(row) == len(header)
    assert row[header.index("Tên sáng kiến")] == TITLE
    assert row[header.index("Mô tả bản chất")] in (ESSENCE, ESSENCE.replace("\r\n", "\n"))

    other = tmp_path / "other.db"
    assert sangkien("--db", other, "init", "--unit", "VSP") == 0
    assert sangkien("--db", other, "initiative", "import", out) == 0, capsys.readouterr()
    capsys.readouterr()
    assert sangkien("--db", other, "initiative", "list", "--json") == 0
    (shown,) = json.loads(capsys.readouterr().out)
    assert shown["title"] == TITLE
    assert shown["essence"].replace("\r\n", "\n") == ESSENCE.replace("\r\n", "\n")
