"""A clerk exchanges the register with Excel: exports what a filter shows, fills the template,
imports a messy sheet and sees every problem by row and column with nothing written, and moves a
union's register to a new node through a workbook without losing a field."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from exchange_sheets import BAD_UNIT_ROW, SHARE_90_ROW, write_messy_sheet

from db.demo import build_demo
from db.exchange.importer import ImportRefused, apply_import, preview_import
from db.reference import init_node
from db.session import open_database
from db.validation import DECISION_STATUSES
from desktop.__main__ import main


def sangkien(capsys, *args):
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "hq.db"
    build_demo(path, initiatives=600)
    return path


@pytest.fixture
def rig(tmp_path):
    """A new node for the VSP union, with the reference data and no initiatives."""
    path = tmp_path / "vsp.db"
    database = open_database(path, create=True)
    init_node(database, "VSP")
    database.close()
    return path


def dump_records(capsys, db):
    code, out, _ = sangkien(capsys, "--db", db, "dump")
    assert code == 0
    return [json.loads(line) for line in out.splitlines()]


def register_view(records, units=None):
    """Initiatives by registration number with their authors' details: the ids and versions a
    node makes for itself left aside (DESIGN: every row has a UUID made where it was created)."""
    tables: dict[str, dict] = {}
    for record in records:
        tables.setdefault(record["table"], {})[record["id"]] = record
    people, initiatives = tables.get("people", {}), tables.get("initiatives", {})
    authors = [a for a in tables.get("initiative_authors", {}).values() if not a["deleted"]]
    own = ("id", "versions", "table")
    view = {}
    for i in initiatives.values():
        if units is not None and i["unit_id"] not in units:
            continue
        record = {k: v for k, v in i.items() if k not in (*own, "duplicate_of_id")}
        original = initiatives.get(i["duplicate_of_id"] or "")
        record["duplicate_of"] = original["reg_no"] if original else None
        record["authors"] = sorted(
            (
                a["ordinal"],
                a["share"],
                sorted((k, v) for k, v in people[a["person_id"]].items() if k not in own),
            )
            for a in authors
            if a["initiative_id"] == i["id"]
        )
        view[i["reg_no"]] = record
    return view


def as_imported(view: dict) -> dict:
    """What an import makes of a register: a council's decision (recognised, not recognised,
    certified) is never set from a sheet (db.validation.decision_status_problems), so those
    initiatives arrive under review, to be decided on the Reviews page."""
    out = {}
    for reg_no, record in view.items():
        if record["status"] in DECISION_STATUSES:
            record = {**record, "status": "under_review", "recognised_on": None}
        out[reg_no] = record
    return out


def test_the_vsp_register_moves_to_a_new_node_through_excel(demo, rig, tmp_path, capsys):
    sheet = tmp_path / "vsp.xlsx"
    code, out, _ = sangkien(
        capsys, "--db", demo, "initiative", "export", "--unit", "VSP", "-o", sheet
    )
    assert code == 0 and "sáng kiến" in out
    code, out, err = sangkien(capsys, "--db", rig, "initiative", "import", sheet)
    assert code == 0, err
    rig_records = dump_records(capsys, rig)
    moved = register_view(rig_records)
    units = {r["unit_id"] for r in moved.values()}
    original = register_view(dump_records(capsys, demo), units)
    # The phase follows the registration date among the phases a node holds; the new node has
    # the reference programme's, a later programme's come with headquarters' packages.
    phases = {r["id"] for r in rig_records if r["table"] == "phases"}
    for record in original.values():
        if record["phase_id"] not in phases:
            record["phase_id"] = None
    assert len(moved) > 20
    assert any(r["status"] in DECISION_STATUSES for r in original.values())
    expected = as_imported(original)
    differing = {
        (reg_no, name, record[name], expected.get(reg_no, {}).get(name))
        for reg_no, record in moved.items()
        for name in record
        if record[name] != expected.get(reg_no, {}).get(name)
    }
    assert not differing
    assert moved.keys() == expected.keys()


def test_a_messy_sheet_shows_exactly_its_two_problems_and_writes_nothing(rig, tmp_path, capsys):
    sheet = write_messy_sheet(tmp_path / "messy.xlsx")
    before = rig.read_bytes()
    code, out, err = sangkien(
        capsys, "--db", rig, "initiative", "import", sheet, "--dry-run", "--json"
    )
    assert code == 1, err  # a dry run of a sheet with errors ends as the import would
    preview = json.loads(out)
    assert preview["header_row"] == 3
    assert preview["new"] == 4
    errors = [(p["row"], p["column"], p["message"]) for p in preview["problems"] if p["error"]]
    assert [(row, column) for row, column, _ in errors] == [
        (BAD_UNIT_ROW, "Ma don vi"),
        (SHARE_90_ROW, "Tac gia"),
    ]
    assert "VSP-XYZ" in errors[0][2] and "danh sách đơn vị" in errors[0][2]
    assert "90%" in errors[1][2]
    warnings = [(p["row"], p["column"]) for p in preview["problems"] if not p["error"]]
    assert warnings == [(3, "Ghi chu")]  # a column the register has no place for

    code, _out, err = sangkien(capsys, "--db", rig, "initiative", "import", sheet)
    assert code == 1 and "--only-valid" in err
    assert rig.read_bytes() == before


def test_only_the_valid_rows_of_a_messy_sheet_are_imported_when_asked(rig, tmp_path, capsys):
    sheet = write_messy_sheet(tmp_path / "messy.xlsx")
    code, out, err = sangkien(
        capsys, "--db", rig, "initiative", "import", sheet, "--only-valid", "--json"
    )
    assert code == 0, err
    result = json.loads(out)
    created = result["created"]
    assert len(created) == 2 and result["skipped_rows"] == [BAD_UNIT_ROW, SHARE_90_ROW]
    records = register_view(dump_records(capsys, rig))
    first, second = (records[reg] for reg in created)
    assert first["title"] == "Cải tiến quy trình bơm dung dịch khoan"  # NFC, trimmed
    assert first["registered_on"] == "2022-08-15" and first["benefit_value"] == 1_234_567
    assert [(a[1], dict(a[2])["full_name"]) for a in first["authors"]] == [
        (60, "Nguyễn Văn An"),
        (40, "Trần Thị Bình"),
    ]
    assert second["registered_on"] == "2022-09-20" and second["benefit_value"] == 1_234_567
    assert second["benefit_currency"] == "VND" and second["solution_type"] == "management"


def test_the_preview_refuses_to_apply_a_sheet_with_errors(rig, tmp_path):
    sheet = write_messy_sheet(tmp_path / "messy.xlsx")
    database = open_database(rig)
    try:
        with database.session() as session:
            preview = preview_import(session, sheet)
        with pytest.raises(ImportRefused), database.transaction() as session:
            apply_import(session, preview, actor="test")
    finally:
        database.close()


def test_the_template_has_lists_and_an_example_of_this_nodes_own_unit(rig, tmp_path, capsys):
    from openpyxl import load_workbook

    template = tmp_path / "mau.xlsx"
    code, out, _ = sangkien(capsys, "--db", rig, "initiative", "template", "-o", template)
    assert code == 0
    book = load_workbook(template)
    sheet = book["Sáng kiến"]
    validated = {str(v.sqref).split(":")[0] for v in sheet.data_validations.dataValidation}
    headers = [c.value for c in sheet[1]]
    for header in ("Mã đơn vị", "Lĩnh vực", "Loại giải pháp"):
        column = headers.index(header) + 1
        assert f"{sheet.cell(row=2, column=column).column_letter}2" in validated
    assert "VSP-TD03" in [c.value for c in book["Danh mục"]["A"]]
    assert sheet.cell(row=2, column=headers.index("Mã đơn vị") + 1).value == "VSP"
    # The clerk overwrites the example with the unit's own initiative: it imports cleanly.
    sheet.cell(row=2, column=headers.index("Tên sáng kiến") + 1).value = "Giảm rung bơm ép vỉa"
    book.save(template)
    code, out, _err = sangkien(
        capsys, "--db", rig, "initiative", "import", template, "--dry-run", "--json"
    )
    preview = json.loads(out)
    assert preview["new"] == 1 and not [p for p in preview["problems"] if p["error"]]


def test_the_templates_example_row_left_in_is_not_imported(rig, tmp_path, capsys):
    template = tmp_path / "mau.xlsx"
    sangkien(capsys, "--db", rig, "initiative", "template", "-o", template)
    before = dump_records(capsys, rig)
    code, out, err = sangkien(capsys, "--db", rig, "initiative", "import", template)
    assert code == 1
    assert "Dòng 2, cột 'Tên sáng kiến': đây là dòng ví dụ của tệp mẫu" in out + err
    assert dump_records(capsys, rig) == before


def test_an_export_is_a_workbook_a_clerk_can_read(demo, tmp_path, capsys):
    from openpyxl import load_workbook

    sheet = tmp_path / "so.xlsx"
    code, _out, _ = sangkien(
        capsys, "--db", demo, "initiative", "export", "--unit", "VSP", "-o", sheet
    )
    assert code == 0
    book = load_workbook(sheet)
    main_sheet, authors = book["Sáng kiến"], book["Tác giả"]
    assert main_sheet.freeze_panes == "B2" and main_sheet.auto_filter.ref.startswith("A1:")
    header = [c.value for c in main_sheet[1]]
    row = dict(zip(header, [c.value for c in main_sheet[2]], strict=True))
    assert isinstance(row["Ngày đăng ký"], dt.datetime)
    assert (
        main_sheet.cell(row=2, column=header.index("Ngày đăng ký") + 1).number_format
        == "DD/MM/YYYY"
    )
    assert isinstance(row["Giá trị làm lợi"], int) and row["Tiền tệ"] in ("VND", "USD")
    assert row["Mã đơn vị"].startswith("VSP") and row["Tên đơn vị"]
    assert row["Trạng thái"] in (
        "Đã công nhận",
        "Đã cấp chứng nhận",
        "Đang xét",
        "Đã nộp",
        "Nháp",
        "Không công nhận",
        "Cần bổ sung",
        "Rút",
        "Trùng lặp",
    )
    assert "%)" in row["Tác giả"]
    assert authors.max_row - 1 >= main_sheet.max_row - 1
    assert 10 < main_sheet.column_dimensions["B"].width <= 62


def test_a_csv_export_opens_in_excel_with_its_vietnamese(demo, tmp_path, capsys):
    out_path = tmp_path / "so.csv"
    code, _out, _ = sangkien(
        capsys, "--db", demo, "initiative", "export", "--status", "recognised", "-o", out_path
    )
    assert code == 0
    raw = out_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    text = raw.decode("utf-8-sig")
    assert text.startswith("Số đăng ký,Tên sáng kiến")
    assert "Đã công nhận" in text and "Đã cấp chứng nhận" not in text


def test_a_row_with_a_known_registration_number_updates_that_initiative(rig, tmp_path, capsys):
    from openpyxl import load_workbook

    messy = write_messy_sheet(tmp_path / "messy.xlsx")
    assert sangkien(capsys, "--db", rig, "initiative", "import", messy, "--only-valid")[0] == 0
    exported = tmp_path / "so.xlsx"
    assert sangkien(capsys, "--db", rig, "initiative", "export", "-o", exported)[0] == 0
    book = load_workbook(exported)
    sheet = book["Sáng kiến"]
    header = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=header.index("Tên sáng kiến") + 1, value="Tên mới đã sửa trong Excel")
    reg_no = sheet.cell(row=2, column=1).value
    book.save(exported)

    code, out, err = sangkien(
        capsys, "--db", rig, "initiative", "import", exported, "--dry-run", "--json"
    )
    assert code == 0, err
    preview = json.loads(out)
    assert (preview["new"], preview["updated"], preview["unchanged"]) == (0, 1, 1)
    code, out, err = sangkien(capsys, "--db", rig, "initiative", "import", exported, "--json")
    assert code == 0, err
    assert json.loads(out)["updated"] == [reg_no]
    assert register_view(dump_records(capsys, rig))[reg_no]["title"] == "Tên mới đã sửa trong Excel"


def test_a_csv_export_comes_back_in_with_its_fields(demo, rig, tmp_path, capsys):
    sheet = tmp_path / "vsp.csv"
    assert (
        sangkien(capsys, "--db", demo, "initiative", "export", "--unit", "VSP-XNXL", "-o", sheet)[0]
        == 0
    )
    code, _out, err = sangkien(capsys, "--db", rig, "initiative", "import", sheet)
    assert code == 0, err
    moved = register_view(dump_records(capsys, rig))
    original = as_imported(
        register_view(dump_records(capsys, demo), {r["unit_id"] for r in moved.values()})
    )
    assert moved.keys() == original.keys() and moved
    for reg_no, record in moved.items():
        expected = original[reg_no]
        for name in ("title", "registered_on", "benefit_value", "benefit_currency", "status"):
            assert record[name] == expected[name], (reg_no, name)
        names = [(a[1], dict(a[2])["full_name"]) for a in record["authors"]]
        assert names == [(a[1], dict(a[2])["full_name"]) for a in expected["authors"]]


def test_every_kind_of_cell_is_written_and_read_back(tmp_path):
    """Rows are written as sheet XML (not cell by cell through openpyxl): text with XML's own
    characters and a control character a pasted title may carry, dates, whole amounts and
    amounts with cents, numbers; the sheet reads back as written, beyond the first 200 rows
    too (those wait for the column widths)."""
    import datetime as dt
    from decimal import Decimal

    from openpyxl import load_workbook

    from db.exchange.columns import INITIATIVE_COLUMNS
    from db.exchange.export import _write_xlsx

    keys = [c.key for c in INITIATIVE_COLUMNS]

    def row(n: int) -> list:
        values = dict.fromkeys(keys)
        values.update(
            reg_no=f"VSP-2023-{n:04d}",
            title=f"Bơm <P-{n}> & van \x0bkhí  ",
            registered_on=dt.date(2023, 3, 15),
            benefit_value=1_250_000_000 if n % 2 else Decimal("1250.50"),
            benefit_currency="VND" if n % 2 else "USD",
        )
        return [values[k] for k in keys]

    out = tmp_path / "kinds.xlsx"
    rows = [
        (
            row(n),
            [
                [
                    f"VSP-2023-{n:04d}",
                    1,
                    "Nguyễn Văn An",
                    None,
                    "VSP",
                    "Vietsovpetro",
                    None,
                    None,
                    None,
                    "Có",
                    100,
                ]
            ],
        )
        for n in range(1, 251)
    ]
    _write_xlsx(out, iter(rows), "vi")
    sheet = load_workbook(out)["Sáng kiến"]
    col = {k: i for i, k in enumerate(keys)}
    for n in (1, 2, 250):
        cells = next(sheet.iter_rows(min_row=n + 1, max_row=n + 1))
        assert cells[col["reg_no"]].value == f"VSP-2023-{n:04d}"
        assert cells[col["title"]].value == f"Bơm <P-{n}> & van khí  "
        assert cells[col["registered_on"]].value == dt.datetime(2023, 3, 15)
        assert cells[col["registered_on"]].number_format == "DD/MM/YYYY"
        money = cells[col["benefit_value"]]
        if n % 2:
            assert (money.value, money.number_format) == (1_250_000_000, "#,##0")
        else:
            assert (money.value, money.number_format) == (1250.5, "#,##0.00")
    authors = load_workbook(out)["Tác giả"]
    assert authors.max_row == 251 and authors["K251"].value == 100
