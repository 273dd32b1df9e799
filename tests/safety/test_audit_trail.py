"""Who changed what and when: per record, exportable, imports named by their package."""

from __future__ import annotations

import csv
import datetime as dt

from db.audit import export_audit, find_record_id, history_of
from db.changes import RecordWriter
from db.models import Initiative, InitiativeAuthor, Person


def edit_title(database, reg_no: str, title: str, actor: str, package_id: str | None = None):
    with database.transaction() as session:
        row = session.query(Initiative).filter_by(reg_no=reg_no).one()
        RecordWriter(session, actor, package_id=package_id).update(row, title=title)
        return row.id


def test_a_records_history_says_who_changed_which_field_and_when(site_db):
    row_id = edit_title(site_db, "VSP-2022-0001", "Tiêu đề mới", "Lê Văn Tám")
    with site_db.session() as session:
        history = history_of(session, row_id)
    assert [(e.action, e.actor) for e in history] == [
        ("create", "Nguyễn Thị Hoa"),
        ("update", "Lê Văn Tám"),
    ]
    change = history[1].changes[0]
    assert (change.field, change.new) == ("title", "Tiêu đề mới")
    assert change.old.startswith("Cải tiến quy trình")
    assert history[1].action_label() == "Sửa" and history[1].table_label() == "Sáng kiến"


def test_an_initiatives_history_includes_its_authors(site_db):
    with site_db.transaction() as session:
        initiative = session.query(Initiative).filter_by(reg_no="VSP-2022-0002").one()
        person = session.query(Person).first()
        RecordWriter(session, "Hoa").create(
            InitiativeAuthor, initiative_id=initiative.id, person_id=person.id, share=100
        )
        initiative_id = initiative.id
    with site_db.session() as session:
        tables = [e.table_name for e in history_of(session, initiative_id)]
    assert tables == ["initiatives", "initiative_authors"]


def test_an_import_is_recorded_with_its_package_id(site_db):
    row_id = edit_title(site_db, "VSP-2022-0001", "Từ trụ sở", "CDDKVN", package_id="pkg-42")
    with site_db.session() as session:
        assert history_of(session, row_id)[-1].package_id == "pkg-42"


def test_a_person_finds_a_record_by_its_registration_number(site_db):
    with site_db.session() as session:
        row_id = find_record_id(session, "VSP-2022-0003")
        assert session.get(Initiative, row_id).reg_no == "VSP-2022-0003"
        assert find_record_id(session, "VSP-2099-9999") is None


def test_the_trail_exports_as_csv_that_excel_reads_in_vietnamese(site_db, tmp_path):
    edit_title(site_db, "VSP-2022-0001", "Tiêu đề mới", "Lê Văn Tám")
    out = tmp_path / "nhat-ky.csv"
    with site_db.session() as session:
        count = export_audit(session, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 BOM: Excel shows the diacritics
    rows = list(csv.DictReader(raw.decode("utf-8-sig").splitlines()))
    assert count == 6  # the unit, 3 initiatives and a person created, then one edit
    edit = [r for r in rows if r["hanh_dong"] == "Sửa"]
    assert edit == [
        {
            **edit[0],
            "nguoi_thuc_hien": "Lê Văn Tám",
            "truong": "title",
            "gia_tri_moi": "Tiêu đề mới",
        }
    ]


def test_the_export_can_start_from_a_date(site_db, tmp_path):
    with site_db.session() as session:
        count = export_audit(session, tmp_path / "a.csv", since=dt.datetime(2999, 1, 1))
    assert count == 0
    assert (tmp_path / "a.csv").read_text(encoding="utf-8-sig").startswith("thoi_gian,")
