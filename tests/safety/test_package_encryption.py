"""A package sealed to the recipient's box key: only that recipient opens it, and any damage shows."""

import os

import pytest

from db.node import new_box_key_pair
from db.sync.crypto import (
    CHUNK,
    PackageCryptoError,
    decrypt_package,
    encrypt_package,
    is_encrypted_package,
    recipient_fingerprint,
)


@pytest.fixture
def package(tmp_path):
    path = tmp_path / "site.skp"
    path.write_bytes(b"PK\x03\x04" + os.urandom(2 * CHUNK + 1234) + "Nguyễn Văn Đức".encode())
    return path


def test_headquarters_opens_a_package_sealed_to_its_key(tmp_path, package):
    private, public = new_box_key_pair()
    sealed, opened = tmp_path / "sealed.skp", tmp_path / "opened.skp"
    encrypt_package(package, sealed, public)
    assert is_encrypted_package(sealed) and not is_encrypted_package(package)
    assert "Nguyễn Văn Đức".encode() not in sealed.read_bytes()
    decrypt_package(sealed, opened, private)
    assert opened.read_bytes() == package.read_bytes()


def test_an_empty_file_round_trips(tmp_path):
    private, public = new_box_key_pair()
    (tmp_path / "empty").write_bytes(b"")
    encrypt_package(tmp_path / "empty", tmp_path / "sealed", public)
    decrypt_package(tmp_path / "sealed", tmp_path / "opened", private)
    assert (tmp_path / "opened").read_bytes() == b""


def test_whoever_finds_the_usb_stick_with_another_key_cannot_open_it(tmp_path, package):
    _, public = new_box_key_pair()
    other_private, _ = new_box_key_pair()
    encrypt_package(package, tmp_path / "sealed.skp", public)
    with pytest.raises(PackageCryptoError, match="đơn vị khác"):
        decrypt_package(tmp_path / "sealed.skp", tmp_path / "out.skp", other_private)
    assert not (tmp_path / "out.skp").exists()


def damage_by_flipping(data: bytes) -> bytes:
    middle = len(data) // 2
    return data[:middle] + bytes([data[middle] ^ 1]) + data[middle + 1 :]


def damage_by_truncating(data: bytes) -> bytes:
    return data[: len(data) - CHUNK // 2]


def damage_by_dropping_last_chunk(data: bytes) -> bytes:
    return data[: len(data) - (1234 + 20 + 16 + 4)]


def damage_by_appending(data: bytes) -> bytes:
    return data + b"\x00" * 40


@pytest.mark.parametrize(
    "damage",
    [damage_by_flipping, damage_by_truncating, damage_by_dropping_last_chunk, damage_by_appending],
)
def test_a_damaged_or_edited_sealed_package_is_refused_and_nothing_is_written(
    tmp_path, package, damage
):
    private, public = new_box_key_pair()
    sealed = tmp_path / "sealed.skp"
    encrypt_package(package, sealed, public)
    sealed.write_bytes(damage(sealed.read_bytes()))
    with pytest.raises(PackageCryptoError, match="hỏng"):
        decrypt_package(sealed, tmp_path / "out.skp", private)
    assert sorted(tmp_path.iterdir()) == sorted([package, sealed])  # no half file, no temp left


def test_exporting_to_a_node_whose_key_is_unknown_says_what_to_do(tmp_path, package):
    with pytest.raises(PackageCryptoError, match="khóa mã hóa"):
        encrypt_package(package, tmp_path / "sealed.skp", None)


def test_the_package_says_whom_it_is_for(tmp_path, package):
    from db.node import key_fingerprint

    _, public = new_box_key_pair()
    encrypt_package(package, tmp_path / "sealed.skp", public)
    assert recipient_fingerprint(tmp_path / "sealed.skp") == key_fingerprint(public)
