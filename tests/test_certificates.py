"""Issuing, numbering, reprinting and checking certificates, as headquarters and a union do it."""

import datetime as dt

import pytest
from certificate_world import (
    EIGHT_AUTHORS,
    carry_records,
    node_database,
    recognised_initiative,
)
from sqlalchemy import select

from db.certificate_codes import CODE_DIGITS, grouped, qr_payload, short_code, short_grouped
from db.certificates import (
    CANCELLED,
    GENUINE,
    NOT_IN_REGISTER,
    TAMPERED,
    UNKNOWN_ISSUER,
    UNREADABLE,
    CertificateError,
    Signer,
    certificate_register,
    issue_certificates,
    reprint_certificates,
    select_initiatives,
    verify_certificate,
)
from db.changes import RecordWriter
from db.messages import Message
from db.models import Certificate, Initiative
from db.queries.initiatives import AuthorShare, register_initiative
from db.reference import reference_id

SIGNER = Signer("Nguyễn Mạnh Hùng", "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH", "Hà Nội")
ISSUED = dt.date(2023, 6, 15)


@pytest.fixture
def hq(tmp_path):
    database = node_database(tmp_path / "hq.db", "CDDKVN")
    yield database
    database.close()


@pytest.fixture
def vsp(tmp_path):
    database = node_database(tmp_path / "vsp.db", "VSP")
    yield database
    database.close()


def issue(database, ids, issued_on=ISSUED):
    with database.transaction() as session:
        return issue_certificates(session, ids, SIGNER, actor="Văn thư", issued_on=issued_on)


def certificate(database, number) -> Certificate:
    with database.session() as session:
        return session.scalar(select(Certificate).where(Certificate.number == number))


def verify(database, text):
    with database.session() as session:
        return verify_certificate(session, text)


def test_headquarters_issues_a_numbered_signed_certificate_and_the_initiative_is_certified(hq):
    initiative_id = recognised_initiative(hq, authors=EIGHT_AUTHORS[:2])
    result = issue(hq, [initiative_id])
    assert result.numbers == ["CDDKVN-2023-00001"] and result.skipped == []
    cert = certificate(hq, "CDDKVN-2023-00001")
    assert cert.recipients == ["Nguyễn Văn An", "Trần Thị Bích Ngọc"]
    assert (cert.level, cert.decision_no, cert.decision_date) == (
        "industry",
        "45/QĐ-CĐDK",
        dt.date(2023, 6, 5),
    )
    assert cert.signer_name == "Nguyễn Mạnh Hùng" and cert.issued_on == ISSUED
    assert len(cert.verification_code) == CODE_DIGITS
    with hq.session() as session:
        assert session.get(Initiative, initiative_id).status == "certified"


def test_initiatives_that_cannot_have_a_certificate_are_skipped_with_the_reason(hq):
    recognised = recognised_initiative(hq)
    with hq.transaction() as session:
        submitted = register_initiative(
            session,
            {
                "title": "Sáng kiến chưa được xét",
                "solution_type": "management",
                "unit_id": reference_id("unit", "PVGAS"),
                "registered_on": dt.date(2023, 3, 1),
                "status": "submitted",
            },
            [AuthorShare(full_name="Lê Văn Cường", share=100)],
        ).id
    issue(hq, [recognised])
    result = issue(hq, [recognised, submitted])
    assert result.numbers == []
    reasons = dict(result.skipped)
    assert "đã có giấy chứng nhận số CDDKVN-2023-00001" in str(reasons["VSP-TD03-2023-0001"])
    assert (
        reasons["VSP-TD03-2023-0001"].text("en")
        == "it already has certificate CDDKVN-2023-00001 (reprint it)"
    )
    assert str(reasons["PVGAS-2023-0001"]) == (
        "chưa được công nhận (đang 'Đã nộp'): ghi quyết định công nhận ở trang Xét duyệt trước"
    )
    assert reasons["PVGAS-2023-0001"].text("en").startswith("not recognised (it is 'Submitted')")


def test_a_certificate_needs_a_signer(hq):
    initiative_id = recognised_initiative(hq)
    with pytest.raises(CertificateError, match="người ký"), hq.transaction() as session:
        issue_certificates(session, [initiative_id], Signer("  "))


def test_numbers_continue_after_the_last_one_and_a_cancelled_number_is_never_reused(hq):
    first = issue(hq, [recognised_initiative(hq), recognised_initiative(hq)])
    assert first.numbers == ["CDDKVN-2023-00001", "CDDKVN-2023-00002"]
    with hq.transaction() as session:
        RecordWriter(session).delete(session.get(Certificate, first.certificate_ids[1]))
    assert issue(hq, [recognised_initiative(hq)]).numbers == ["CDDKVN-2023-00003"]
    assert issue(hq, [recognised_initiative(hq)], dt.date(2024, 1, 2)).numbers == [
        "CDDKVN-2024-00001"
    ]


def test_certificate_numbers_from_two_nodes_never_collide(hq, vsp):
    hq_numbers = issue(hq, [recognised_initiative(hq, unit_code="PVGAS") for _ in range(3)])
    vsp_numbers = issue(vsp, [recognised_initiative(vsp) for _ in range(3)])
    carry_records(vsp, hq)
    more = issue(hq, [recognised_initiative(hq, unit_code="PVEP") for _ in range(2)])
    everything = hq_numbers.numbers + vsp_numbers.numbers + more.numbers
    assert len(set(everything)) == 8
    assert vsp_numbers.numbers == ["VSP-2023-00001", "VSP-2023-00002", "VSP-2023-00003"]
    assert more.numbers == ["CDDKVN-2023-00004", "CDDKVN-2023-00005"]


def test_a_union_issues_only_within_its_own_units(hq, vsp):
    outside = recognised_initiative(hq, unit_code="PVGAS")
    carry_records(hq, vsp)
    result = issue(vsp, [outside])
    assert result.numbers == []
    assert result.skipped[0][1] == Message("certificate.skip.outside", unit="VSP")


def test_a_genuine_certificate_checks_out_from_its_qr_code_or_its_typed_code(hq):
    number = issue(hq, [recognised_initiative(hq)]).numbers[0]
    code = certificate(hq, number).verification_code
    scanned = verify(hq, qr_payload(number, code))
    assert scanned.verdict == GENUINE and scanned.genuine
    shows = dict(scanned.shows)
    assert shows["Tác giả"] == "Nguyễn Văn An"
    assert "Cải tiến hệ thống bơm dung dịch khoan" in shows["Sáng kiến"]
    assert str(shows["Quyết định"]) == "45/QĐ-CĐDK ngày 05/06/2023"
    assert shows["Quyết định"].text("en") == "45/QĐ-CĐDK of 05/06/2023"
    assert [label.label("en") for label, _ in scanned.shows][:3] == [
        "Number",
        "Authors",
        "Initiative",
    ]
    typed = f"  {number.lower()}   {grouped(code).lower().replace('0', 'o')} "
    assert verify(hq, typed).verdict == GENUINE


def test_the_short_check_code_is_typed_by_hand_and_checked_offline(hq, capsys):
    from db.certificate_check import verify_presented
    from desktop.__main__ import main

    number = issue(hq, [recognised_initiative(hq)]).numbers[0]
    short = short_grouped(short_code(certificate(hq, number).verification_code))
    assert len(f"{short}") <= 25
    with hq.session() as session:
        typed = verify_presented(session, f"{number.lower()} {short.lower().replace('-', ' ')}")
        assert typed.verdict == GENUINE
        wrong = short[:-1] + ("1" if short[-1] != "1" else "2")
        assert verify_presented(session, f"{number} {wrong}").verdict == TAMPERED
        assert verify_presented(session, f"CDDKVN-2023-00099 {short}").verdict == NOT_IN_REGISTER
    path = hq.path
    hq.close()
    assert main(["--db", str(path), "verify", number, short]) == 0
    assert "là THẬT" in capsys.readouterr().out
    assert main(["--db", str(path), "verify", number, wrong]) == 2


def test_a_tampered_code_fails_verification(hq):
    number = issue(hq, [recognised_initiative(hq)]).numbers[0]
    code = certificate(hq, number).verification_code
    position = 50
    changed = "1" if code[position] != "1" else "2"
    forged = code[:position] + changed + code[position + 1 :]
    result = verify(hq, qr_payload(number, forged))
    assert result.verdict == TAMPERED and not result.genuine
    assert "giấy bị sửa hoặc giả" in result.message


def test_a_code_moved_onto_another_certificate_fails(hq):
    first, second = issue(hq, [recognised_initiative(hq), recognised_initiative(hq)]).numbers
    code_of_first = certificate(hq, first).verification_code
    assert verify(hq, qr_payload(second, code_of_first)).verdict == TAMPERED


def test_a_register_entry_altered_after_issue_no_longer_matches_its_code(hq):
    number = issue(hq, [recognised_initiative(hq)]).numbers[0]
    with hq.transaction() as session:
        cert = session.scalar(select(Certificate).where(Certificate.number == number))
        RecordWriter(session).update(cert, recipients=["Người Khác"])
        code = cert.verification_code
    result = verify(hq, qr_payload(number, code))
    assert result.verdict == TAMPERED
    assert "đã bị sửa sau khi cấp" in result.message


def test_headquarters_checks_a_unions_certificate_offline_with_its_pinned_key(hq, vsp):
    number = issue(vsp, [recognised_initiative(vsp)]).numbers[0]
    code = certificate(vsp, number).verification_code
    assert verify(hq, qr_payload(number, code)).verdict == UNKNOWN_ISSUER
    carry_records(vsp, hq)
    result = verify(hq, qr_payload(number, code))
    assert result.verdict == GENUINE
    assert dict(result.shows)["Đơn vị cấp"] == "Công đoàn Liên doanh Việt – Nga Vietsovpetro"


def test_a_number_missing_from_the_register_is_reported_as_such(hq):
    number = issue(hq, [recognised_initiative(hq)]).numbers[0]
    code = certificate(hq, number).verification_code
    missing = verify(hq, qr_payload("CDDKVN-2023-00099", code))
    assert missing.verdict == NOT_IN_REGISTER
    assert verify(hq, qr_payload("PVXYZ-2023-00001", code)).verdict == UNKNOWN_ISSUER


def test_a_cancelled_certificate_is_reported_as_cancelled(hq):
    result = issue(hq, [recognised_initiative(hq)])
    with hq.transaction() as session:
        RecordWriter(session).delete(session.get(Certificate, result.certificate_ids[0]))
    code = certificate(hq, result.numbers[0]).verification_code
    assert verify(hq, qr_payload(result.numbers[0], code)).verdict == CANCELLED


def test_gibberish_is_unreadable_with_a_message_that_says_what_to_type(hq):
    result = verify(hq, "xin chào")
    assert result.verdict == UNREADABLE
    assert "số giấy chứng nhận" in result.message
    short = verify(hq, "CDDKVN-2023-00001 ABCDE")
    assert short.verdict == UNREADABLE and "103 ký tự" in short.message


def test_a_check_code_typed_a_group_short_is_told_the_printed_codes_length(hq):
    from db.certificate_check import verify_presented

    with hq.session() as session:
        for typed, got in (("VE2H-MW7R-5ZRS", 12), ("VE2H-MW7R-5ZRS-91NM-AB", 18)):
            result = verify_presented(session, f"CDDKVN-2023-00001 {typed}")
            assert result.verdict == UNREADABLE
            assert result.message.startswith("Mã kiểm tra in bên cạnh mã QR có 16 ký tự")
            assert f"đã gõ {got}:" in result.message  # not "must have 103"
            assert f"{got} were typed" in result.said.text("en")


def test_reprints_are_counted_in_the_register(hq):
    result = issue(hq, [recognised_initiative(hq)])
    for _ in range(2):
        with hq.transaction() as session:
            assert reprint_certificates(session, result.certificate_ids) == result.numbers
    with hq.session() as session:
        (entry,) = certificate_register(session)
    assert entry.reprint_count == 2


def test_the_register_shows_what_was_issued_when_and_to_whom(hq):
    issue(hq, [recognised_initiative(hq, authors=EIGHT_AUTHORS[:3])])
    issue(hq, [recognised_initiative(hq, unit_code="PVGAS")], dt.date(2023, 7, 1))
    with hq.session() as session:
        everything = certificate_register(session)
        july = certificate_register(session, issued_from=dt.date(2023, 7, 1))
        vsp_only = certificate_register(session, unit_id=reference_id("unit", "VSP"))
    assert [e.number for e in everything] == ["CDDKVN-2023-00001", "CDDKVN-2023-00002"]
    assert everything[0].recipients == ("Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Phúc")
    assert everything[0].issuer_code == "CDDKVN" and everything[0].level_label == "Cấp ngành"
    assert [e.unit_code for e in july] == ["PVGAS"]
    assert [e.number for e in vsp_only] == ["CDDKVN-2023-00001"]


def test_the_batch_selection_follows_unit_phase_and_status(hq):
    in_vsp = recognised_initiative(hq)
    in_pvgas = recognised_initiative(hq, unit_code="PVGAS")
    with hq.session() as session:
        vsp_id = reference_id("unit", "VSP")
        assert select_initiatives(session, unit_id=vsp_id) == [in_vsp]
        assert set(select_initiatives(session)) == {in_vsp, in_pvgas}
        assert select_initiatives(session, reg_nos=["pvgas-2023-0001"]) == [in_pvgas]
        gd1 = reference_id("phase", "GD1")
        assert select_initiatives(session, phase_id=gd1) == []
