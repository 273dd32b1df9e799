"""A clerk attaches scans and photos; the same file is stored once however often it is attached."""

import pytest
from initiative_world import build_world, initiative_data
from sqlalchemy import func, select

from db.models import Attachment, Blob
from db.queries.attachments import (
    MAX_ATTACHMENT_BYTES,
    attach_file,
    attachment_content,
    remove_attachment,
)
from db.queries.initiatives import AuthorShare, initiative_detail, register_initiative
from db.validation import ValidationFailed

pytestmark = pytest.mark.both_engines  # issue 18: also on a server


@pytest.fixture
def two_initiatives(node_db):
    world = build_world(node_db)
    with node_db.transaction() as session:
        return [
            register_initiative(session, initiative_data(world), [AuthorShare(world.an, 100)]).id
            for _ in range(2)
        ]


def test_the_same_scan_attached_to_two_initiatives_is_stored_once(
    node_db, two_initiatives, tmp_path
):
    scan = tmp_path / "Bản vẽ bơm.pdf"
    scan.write_bytes(b"%PDF-1.4 scan of the paper form")
    first, second = two_initiatives
    with node_db.transaction() as session:
        a = attach_file(session, first, scan, actor="Lan")
        b = attach_file(session, second, scan.read_bytes(), "C:\\Scans\\ban-ve.pdf", actor="Lan")
    assert a.sha256 == b.sha256
    assert (a.file_name, a.mime_type) == ("Bản vẽ bơm.pdf", "application/pdf")
    assert b.file_name == "ban-ve.pdf"  # the folder of the clerk's PC is not kept
    with node_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 1
        assert session.scalar(select(func.count()).select_from(Attachment)) == 2
        assert attachment_content(session, b.id) == scan.read_bytes()
        assert [x.file_name for x in initiative_detail(session, first).attachments] == [
            "Bản vẽ bơm.pdf"
        ]


def test_a_file_over_20_mib_is_refused_with_a_clear_message(node_db, two_initiatives, tmp_path):
    big = tmp_path / "video.mp4"
    with big.open("wb") as out:
        out.truncate(MAX_ATTACHMENT_BYTES + 1)
    with node_db.transaction() as session, pytest.raises(ValidationFailed) as refused:
        attach_file(session, two_initiatives[0], big)
    assert "vượt giới hạn 20 MB" in str(refused.value)
    with node_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 0


def test_a_missing_file_is_named(node_db, two_initiatives, tmp_path):
    with (
        node_db.transaction() as session,
        pytest.raises(ValidationFailed, match="Không đọc được tệp"),
    ):
        attach_file(session, two_initiatives[0], tmp_path / "absent.jpg")


def test_a_removed_attachment_leaves_the_form_but_can_come_back(node_db, two_initiatives):
    with node_db.transaction() as session:
        attachment = attach_file(session, two_initiatives[0], b"photo", "anh.jpg")
        remove_attachment(session, attachment.id, actor="Lan")
        assert initiative_detail(session, two_initiatives[0]).attachments == []
        assert session.get(Attachment, attachment.id).deleted
        assert attachment_content(session, attachment.id) == b"photo"
