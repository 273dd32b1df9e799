"""Broken and hostile package files: one clear message each, and the database byte-for-byte as it
was (the file and its WAL hashed before and after)."""

import uuid
import zipfile

import orjson
import pytest
from sync_world import file_state, private_key, register, repack

from db.engines import on_server
from db.messages import message_of
from db.node import new_key_pair
from db.sync.crypto import is_encrypted_package
from db.sync.errors import PackageRefused
from db.sync.importer import import_package, import_paths

pytestmark = pytest.mark.both_engines  # issue 18: headquarters on a server too


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


def members_of(package):
    with zipfile.ZipFile(package) as archive:
        return [(info, archive.read(info)) for info in archive.infolist()]


def rezip(package, target, members, extra=()):
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in [*members, *extra]:
            archive.writestr(info, data)
    return target


def not_a_zip(tmp_path, package, site):
    path = tmp_path / "bao-cao.skp"
    path.write_bytes("Báo cáo tháng 3, không phải gói".encode())
    return path, "không phải gói đồng bộ"


def truncated(tmp_path, package, site):
    path = tmp_path / "truncated.skp"
    data = package.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return path, "bị hỏng hoặc chưa chép hết"


def flipped_byte(tmp_path, package, site):
    path = tmp_path / "flipped.skp"
    data = bytearray(package.read_bytes())
    offset = next(
        i for i, (info, _) in enumerate(members_of(package)) if info.filename.startswith("data/")
    )
    info = members_of(package)[offset][0]
    position = info.header_offset + 30 + len(info.filename) + info.compress_size // 2
    data[position] ^= 0x40
    path.write_bytes(bytes(data))
    return path, "(bị hỏng|không khớp)"


def rezipped_with_other_records(tmp_path, package, site):
    changed = []
    for info, data in members_of(package):
        if info.filename == "data/initiatives.jsonl":
            data = data.replace(b"Vinh", "Giả".encode())
        changed.append((info.filename, data))
    return rezip(package, tmp_path / "rezipped.skp", changed), "không khớp với phần mô tả đã ký"


def extra_member(tmp_path, package, site):
    members = [(i.filename, d) for i, d in members_of(package)]
    extra = [("files/" + "0" * 64, b"not listed in the manifest")]
    return rezip(package, tmp_path / "extra.skp", members, extra), "không khớp"


def wrong_signature(tmp_path, package, site):
    forger, _public = new_key_pair()

    def forge(table, rows):
        return [
            dict(r, title="Sáng kiến bị sửa trên đường") if table == "initiatives" else r
            for r in rows
        ]

    return repack(
        package, tmp_path / "forged.skp", records=forge, key=forger
    ), "Chữ ký .* không đúng"


def parent_path(tmp_path, package, site):
    members = [(i.filename, d) for i, d in members_of(package)]
    return rezip(package, tmp_path / "dotdot.skp", members, [("../../evil.bat", b"x")]), "'..'"


def absolute_path(tmp_path, package, site):
    members = [(i.filename, d) for i, d in members_of(package)]
    return rezip(package, tmp_path / "abs.skp", members, [("/etc/cron.d/evil", b"x")]), "tuyệt đối"


def symlink(tmp_path, package, site):
    link = zipfile.ZipInfo("files/" + "a" * 64)
    link.create_system = 3
    link.external_attr = 0o120777 << 16
    members = [(i.filename, d) for i, d in members_of(package)]
    return rezip(package, tmp_path / "link.skp", members, [(link, b"/etc/passwd")]), "symlink"


def duplicate_names(tmp_path, package, site):
    members = [(i.filename, d) for i, d in members_of(package)]
    data = dict(members)["data/initiatives.jsonl"]
    with pytest.warns(UserWarning, match="Duplicate"):
        path = rezip(package, tmp_path / "dup.skp", members, [("data/initiatives.jsonl", data)])
    return path, "hai tệp trùng tên"


def zip_bomb(tmp_path, package, site):
    members = [(i.filename, d) for i, d in members_of(package)]
    bomb = ("files/" + "b" * 64, bytes(64 << 20))
    return rezip(package, tmp_path / "bomb.skp", members, [bomb]), "zip bomb"


def newer_schema(tmp_path, package, site):
    def newer(manifest):
        return dict(manifest, schema_revision="0099", app_version="2.4.0")

    path = repack(package, tmp_path / "newer.skp", manifest=newer, key=private_key(site))
    return path, "cập nhật SángKiến lên phiên bản 2.4.0"


def newer_format(tmp_path, package, site):
    def newer(manifest):
        return dict(manifest, format_version=2, app_version="3.0.0")

    path = repack(package, tmp_path / "format2.skp", manifest=newer, key=private_key(site))
    return path, "phiên bản 3.0.0"


def wrong_type(tmp_path, package, site):
    def bad(table, rows):
        return [dict(r, registered_on=20220315) if table == "initiatives" else r for r in rows]

    path = repack(package, tmp_path / "type.skp", records=bad, key=private_key(site))
    return path, r"initiatives, dòng 1: initiatives\.registered_on"


def unknown_unit(tmp_path, package, site):
    def bad(table, rows):
        return [dict(r, unit_id=str(uuid.uuid4())) if table == "initiatives" else r for r in rows]

    path = repack(package, tmp_path / "unit.skp", records=bad, key=private_key(site))
    return path, "đơn vị không có trong danh mục"


def not_json(tmp_path, package, site):
    path = repack(package, tmp_path / "json.skp", key=private_key(site))
    members = [(i.filename, d) for i, d in members_of(path)]
    return path, None if not members else "dummy"


def addressed_elsewhere(tmp_path, package, site):
    def elsewhere(manifest):
        return dict(manifest, destination={**manifest["destination"], "unit_code": "PVGAS"})

    path = repack(package, tmp_path / "elsewhere.skp", manifest=elsewhere, key=private_key(site))
    return path, "gửi cho đơn vị PVGAS"


HOSTILE = [
    not_a_zip,
    truncated,
    flipped_byte,
    rezipped_with_other_records,
    extra_member,
    wrong_signature,
    parent_path,
    absolute_path,
    symlink,
    duplicate_names,
    zip_bomb,
    newer_schema,
    newer_format,
    wrong_type,
    unknown_unit,
    addressed_elsewhere,
]


@pytest.mark.parametrize("make", HOSTILE, ids=[f.__name__ for f in HOSTILE])
def test_a_hostile_or_broken_package_is_refused_and_changes_nothing(sent, tmp_path, make):
    hq, site, package = sent
    bad, message = make(tmp_path, package, site)
    before = file_state(hq)
    with pytest.raises(PackageRefused, match=message) as refused:
        import_package(hq, bad, trust_new_node=True)
    assert has_english(refused.value)  # in English too, for the English interface
    assert file_state(hq) == before
    assert not backups_made(hq)


def backups_made(hq) -> list:
    """The backups before an import: copies beside the file, or pg_dumps of the server."""
    if on_server(hq.engine):
        from db.postgres.backup import server_backups

        return server_backups(str(hq.path))
    folder = hq.path.parent / "backups"
    return list(folder.glob("*.db")) if folder.exists() else []


def test_a_folder_with_a_bad_package_reports_it_by_name_and_imports_the_others(sent, tmp_path):
    hq, site, package = sent
    folder = tmp_path / "usb"
    folder.mkdir()
    good = folder / "1-site.skp"
    package.rename(good)
    bad, _ = truncated(tmp_path, good, site)
    bad.rename(folder / "2-broken.skp")
    (folder / "ghi-chu.txt").write_text("không phải gói")
    reports = import_paths(hq, [folder], backup=False)
    assert [r.status for r in reports] == ["imported", "refused"]
    assert reports[1].file.endswith("2-broken.skp") and "chưa chép hết" in reports[1].error


def test_a_package_sealed_for_another_node_is_refused(sent, tmp_path):
    from db.node import new_box_key_pair
    from db.sync.crypto import encrypt_package

    hq, _site, package = sent
    _private, someone_else = new_box_key_pair()
    sealed = tmp_path / "sealed.skp"
    encrypt_package(package, sealed, someone_else)
    before = file_state(hq)
    with pytest.raises(PackageRefused, match="mã hóa cho một đơn vị khác"):
        import_package(hq, sealed)
    assert file_state(hq) == before


def test_a_package_from_an_unknown_node_asks_for_the_fingerprint(world):
    from db.reference import init_node
    from db.session import open_database
    from db.sync.errors import UnknownSender

    hq = world.headquarters()
    site = open_database(world.path("standalone.db"), create=True)  # not from a setup package:
    world.open.append(site)  # a PC enrolled here would be trusted without asking
    init_node(site, "VSP-TD03")
    package = world.export(site, "CDDKVN")
    before = file_state(hq)
    with pytest.raises(UnknownSender) as asked:
        import_package(hq, package)
    assert asked.value.fingerprint in str(asked.value) and "--trust-new-node" in str(asked.value)
    assert file_state(hq) == before


def test_a_known_node_signing_with_another_key_is_told_to_re_enrol(sent, tmp_path):
    hq, _site, package = sent
    forger, public = new_key_pair()
    import base64

    def other_key(manifest):
        sender = dict(manifest["sender"], public_key=base64.b64encode(public).decode())
        return dict(manifest, sender=sender)

    forged = repack(package, tmp_path / "rekeyed.skp", manifest=other_key, key=forger)
    before = file_state(hq)
    with pytest.raises(PackageRefused, match="enroll VSP-TD03"):
        import_package(hq, forged, trust_new_node=True)
    assert file_state(hq) == before


def test_an_encrypted_package_for_headquarters_imports(world):
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    title = "Sáng kiến gửi kín Xuân"
    row = register(site, title)
    sealed = world.export(site, "CDDKVN", encrypt=True)
    assert is_encrypted_package(sealed)
    assert not sealed.read_bytes().startswith(b"PK")
    assert title.encode() not in sealed.read_bytes()
    report = import_package(hq, sealed, trust_new_node=True, backup=False)
    assert report.status == "imported" and report.tables["initiatives"].new == 1
    assert orjson.dumps(row)
