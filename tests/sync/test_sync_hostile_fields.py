"""Hostile or broken fields and values inside a package: one clear message each, never a
traceback; the dry run refuses exactly what the import refuses; the database stays byte-for-byte
as it was; and a message quotes only a short excerpt of what the sender wrote."""

import base64
import datetime as dt
import json
import secrets
import struct

import pytest
from sqlalchemy import select
from sync_world import file_state, private_key, register, repack, unit_code

from db.certificates import Signer, issue_certificates
from db.messages import message_of
from db.models import Initiative
from db.queries.reviews import record_review
from db.sync.crypto import MAGIC
from db.sync.errors import PackageRefused
from db.sync.importer import import_package


@pytest.fixture
def sent(world):
    """Headquarters, and a genuine package from a site it has already trusted once."""
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    world.carry(site, hq)
    register(site, "Sáng kiến thật của giàn Vinh")
    return hq, site, world.export(site, "CDDKVN")


def has_english(error: Exception) -> bool:
    """English words from the catalogue (db/messages.py), or a message not moved there yet with
    its English gloss in parentheses."""
    said = message_of(error)
    return said.text("en") != said.text("vi") if said else "(" in str(error) and ")" in str(error)


def refused_alike(database, package, message, **options):
    """The dry run and the import refuse `package` with the same message; nothing changes."""
    before = file_state(database)
    with pytest.raises(PackageRefused, match=message) as dry:
        import_package(database, package, dry_run=True, **options)
    with pytest.raises(PackageRefused, match=message) as real:
        import_package(database, package, backup=False, **options)
    assert str(dry.value) == str(real.value)
    assert has_english(real.value)  # in English too, for the English interface
    assert file_state(database) == before
    return str(real.value)


def signed(site, package, target, *, manifest=None, records=None):
    return repack(package, target, manifest=manifest, records=records, key=private_key(site))


def in_table(table, change):
    def rewrite(name, rows):
        return [change(dict(r)) for r in rows] if name == table else rows

    return rewrite


# ---- encrypted packages: refused before any key or trust ---------------------------------------


def sealed_with_header(world, tmp_path, change):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    world.carry(site, hq)
    sealed = world.export(site, "CDDKVN", encrypt=True)
    data = sealed.read_bytes()
    (length,) = struct.unpack(">I", data[len(MAGIC) : len(MAGIC) + 4])
    start = len(MAGIC) + 4
    header = change(json.loads(data[start : start + length]))
    raw = header if isinstance(header, bytes) else json.dumps(header).encode()
    target = tmp_path / "sealed-bad.skp"
    target.write_bytes(MAGIC + struct.pack(">I", len(raw)) + raw + data[start + length :])
    return hq, target


def test_an_encrypted_package_whose_header_is_not_an_object_is_refused(world, tmp_path):
    hq, bad = sealed_with_header(world, tmp_path, lambda header: b"[1, 2, 3]")
    refused_alike(hq, bad, "Gói mã hóa bị hỏng")


def test_an_encrypted_package_whose_header_nests_deeper_than_python_reads_is_refused(
    world, tmp_path
):
    hq, bad = sealed_with_header(world, tmp_path, lambda header: b"[" * 2000 + b"]" * 2000)
    refused_alike(hq, bad, "Gói mã hóa bị hỏng")


def test_an_encrypted_package_with_an_all_zero_ephemeral_key_is_refused(world, tmp_path):
    zero = base64.b64encode(bytes(32)).decode()
    hq, bad = sealed_with_header(world, tmp_path, lambda h: {**h, "ephemeral_public_key": zero})
    refused_alike(hq, bad, "Gói mã hóa bị hỏng")


def test_an_encrypted_package_whose_salt_is_not_text_is_refused(world, tmp_path):
    hq, bad = sealed_with_header(world, tmp_path, lambda h: {**h, "salt": 12345})
    refused_alike(hq, bad, "Gói mã hóa bị hỏng")


# ---- the manifest: every field typed and bounded before anything reads it ---------------------


def test_a_manifest_enrolment_that_is_text_is_refused_for_a_unit_with_a_node(world, tmp_path):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    world.carry(site, hq)
    second = world.enrol(hq, "VSP-TD03")
    package = world.export(second, "CDDKVN")
    bad = signed(
        second, package, tmp_path / "enrolment.skp", manifest=lambda m: {**m, "enrolment": "abc"}
    )
    refused_alike(hq, bad, "enrolment", trust_new_node=True)


@pytest.mark.parametrize(
    "change, field",
    [
        (lambda m: {**m, "hlc": ["0", "1"]}, "hlc"),
        (lambda m: {**m, "seq": {**m["seq"], "basis": "mười"}}, r"seq\.basis"),
        (lambda m: {**m, "seq": {**m["seq"], "to": 2**63}}, r"seq\.to"),
        (lambda m: {**m, "receipts": {"x": 2**64 - 1}}, "receipts"),
        (lambda m: {**m, "counts": {"initiatives": "một"}}, "counts"),
        (lambda m: {**m, "sender": {**m["sender"], "unit_code": ["VSP"]}}, r"sender\.unit_code"),
        (
            lambda m: {**m, "destination": {**m["destination"], "unit_code": "CDDKVN\x1b[2J"}},
            r"destination\.unit_code",
        ),
    ],
    ids=[
        "hlc-list",
        "basis-text",
        "seq-to-2^63",
        "receipt-2^64",
        "count-text",
        "sender-list",
        "code-escape",
    ],
)
def test_a_signed_manifest_with_a_field_of_the_wrong_type_or_size_is_refused(
    sent, tmp_path, change, field
):
    hq, site, package = sent
    bad = signed(site, package, tmp_path / "manifest.skp", manifest=change)
    message = refused_alike(hq, bad, "manifest.json")
    assert f"'{field.replace(chr(92), '')}'" in message and "\x1b" not in message


# ---- records: integers, nesting, shapes, sizes ---------------------------------------------------


def test_a_record_integer_beyond_sqlite_is_refused_alike(sent, tmp_path):
    hq, site, package = sent
    bad = signed(
        site,
        package,
        tmp_path / "big.skp",
        records=in_table("initiative_authors", lambda r: {**r, "share": 2**63}),
    )
    refused_alike(hq, bad, r"initiative_authors\.share.*9\.223\.372\.036\.854\.775\.807")


def test_a_benefit_value_beyond_the_money_limit_is_refused_alike(sent, tmp_path):
    hq, site, package = sent
    bad = signed(
        site,
        package,
        tmp_path / "money.skp",
        records=in_table("initiatives", lambda r: {**r, "benefit_value": 10**17}),
    )
    refused_alike(hq, bad, r"initiatives\.benefit_value.*1\.000\.000\.000\.000\.000")


@pytest.fixture
def certified(world):
    """A site, and headquarters that has certified one of its initiatives (to send down)."""
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    world.carry(hq, site)
    initiative_id = register(hq, "Sáng kiến được công nhận Hòa", "VSP-TD03", status="submitted")
    with hq.transaction() as session:
        decided = {"decision_no": "45/QĐ-CĐDK", "decision_date": dt.date(2023, 6, 5)}
        values = {"level": "industry", "outcome": "recognised", **decided}
        record_review(session, initiative_id, values, actor="council")
        result = issue_certificates(session, [initiative_id], Signer("Nguyễn Văn Chủ"), "hq")
        assert result.numbers, result.skipped
        reg_no = session.scalar(select(Initiative.reg_no).where(Initiative.id == initiative_id))
    return hq, site, world.export(hq, unit_code(site)), reg_no


def test_certificate_recipients_that_are_not_names_are_refused(certified, tmp_path):
    hq, site, package, _reg_no = certified
    bad = signed(
        hq,
        package,
        tmp_path / "recipients.skp",
        records=in_table("certificates", lambda r: {**r, "recipients": [1, 2]}),
    )
    refused_alike(site, bad, r"certificates\.recipients")


def test_a_json_column_nested_300_deep_is_refused_alike(certified, tmp_path):
    hq, site, package, _reg_no = certified
    deep: list = ["Nguyễn Văn An"]
    for _ in range(300):
        deep = [deep]
    bad = signed(
        hq,
        package,
        tmp_path / "deep.skp",
        records=in_table("certificates", lambda r: {**r, "recipients": deep}),
    )
    refused_alike(site, bad, r"certificates\.recipients")


def test_the_genuine_certificate_package_imports_and_reprints(certified, tmp_path, capsys):
    from desktop.__main__ import main

    _hq, site, package, reg_no = certified
    report = import_package(site, package, backup=False)
    assert report.status == "imported" and report.tables["certificates"].new == 1
    site.close()
    code = main(["--db", str(site.path), "certificates", "--reg", reg_no, "--reprint", "-o",
                 str(tmp_path / "lai.pdf")])  # fmt: skip
    assert code == 0, capsys.readouterr()


def test_a_10_mb_value_is_quoted_only_as_a_short_excerpt(sent, tmp_path):
    hq, site, package = sent
    huge = "Giàn khoan \x1b[31m" + secrets.token_hex(5 << 20)
    bad = signed(
        site,
        package,
        tmp_path / "huge.skp",
        records=in_table("initiatives", lambda r: {**r, "reg_no": huge}),
    )
    message = refused_alike(hq, bad, r"initiatives\.reg_no")
    assert len(message) < 1000 and "\x1b" not in message and "…" in message


def test_a_package_with_duplicate_record_ids_is_refused_in_the_dry_run_too(sent, tmp_path):
    hq, site, package = sent

    def twice(name, rows):
        return [*rows, {**rows[0], "title": "Bản sao"}] if name == "initiatives" else rows

    bad = signed(site, package, tmp_path / "twice.skp", records=twice)
    refused_alike(hq, bad, r"initiatives, dòng 2: .*hai lần")


# ---- the signature comes before everything ------------------------------------------------------


def test_a_65_byte_signature_is_a_bad_signature_not_a_zip_bomb(sent, tmp_path):
    import zipfile

    hq, _site, package = sent
    bad = tmp_path / "sig65.skp"
    with zipfile.ZipFile(package) as source, zipfile.ZipFile(bad, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            target.writestr(info, data + b"\x00" if info.filename == "manifest.sig" else data)
    refused_alike(hq, bad, "Chữ ký của gói")


def test_a_tampered_package_reusing_an_imported_id_is_refused_for_its_signature(sent, tmp_path):
    from db.node import new_key_pair

    hq, _site, package = sent
    assert import_package(hq, package, backup=False).status == "imported"
    forger, _public = new_key_pair()
    forged = repack(
        package,
        tmp_path / "replayed.skp",
        records=in_table("initiatives", lambda r: {**r, "title": "Sáng kiến bị sửa"}),
        key=forger,
    )
    refused_alike(hq, forged, "Chữ ký của gói")
    assert import_package(hq, package, backup=False).status == "already"


@pytest.mark.parametrize(
    "change",
    [
        lambda m: {**m, "enrolment": "abc"},
        lambda m: {**m, "enrolment": {**m["enrolment"], "unit_code": 7}},
        lambda m: {**m, "seq": {**m["seq"], "to": 2**63}},
    ],
    ids=["enrolment-text", "unit-code-number", "seq-to-2^63"],
)
def test_a_broken_setup_package_is_refused_and_leaves_no_database(world, tmp_path, change):
    from db.sync.enrolment import enroll, init_from_setup_package

    hq = world.headquarters()
    setup = tmp_path / "setup.skp"
    enroll(hq, "VSP-TD03", setup)
    key = private_key(hq)
    bad = repack(setup, tmp_path / "setup-bad.skp", manifest=change, key=key)
    target = tmp_path / "rig.db"
    with pytest.raises(PackageRefused, match=r"manifest\.json"):
        init_from_setup_package(target, bad)
    assert not target.exists()
