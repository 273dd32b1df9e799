"""The demo writes its certificates the quick way (the signed text joined directly, the recipients'
JSON joined directly, ids and stamps made a chunk at a time): each quick way must
give exactly what the general one gives, or the demo's codes would stop verifying and the same
seed would stop giving the same database."""

import datetime as dt
import json
import unicodedata
import uuid

import numpy as np

from db.certificate_codes import SignedFields
from db.demo import text as words
from db.demo.bulk import uniforms, uuids
from db.demo.records import DEMO_NOW, FakeClock, names_json, signed_text

NAME_WORDS = (
    *(surname for surname, _weight in words.SURNAMES),
    *words.MALE_MIDDLE,
    *words.MALE_GIVEN,
    *words.FEMALE_MIDDLE,
    *words.FEMALE_GIVEN,
)


def test_a_demo_certificate_is_signed_over_its_canonical_text():
    fields = SignedFields(
        number="CDDKVN-2023-00042",
        initiative_id="5f0c1a7e-3b1d-4a51-9f0e-1c2d3e4f5a6b",
        recipients=("Đặng Văn Huy", "Nguyễn Thị Thùy Linh"),
        level="industry",
        decision_no="68/QĐ-CĐDK",
        decision_date=dt.date(2023, 5, 20),
        issued_on=dt.date(2023, 5, 29),
        issuer_node_id="725243abf8cb443bb39e201d62072bd4",
    )
    quick = signed_text(
        fields.number,
        fields.initiative_id,
        fields.recipients,
        fields.decision_no,
        "2023-05-20",
        "2023-05-29",
        fields.issuer_node_id,
    )
    assert quick == fields.canonical_text().encode("utf-8")


def test_the_demos_names_need_no_escaping_and_are_nfc():
    for word in NAME_WORDS:
        assert unicodedata.normalize("NFC", word) == word
        assert json.dumps(word, ensure_ascii=False) == f'"{word}"'
    names = ("Trần Quốc Tuấn", "Lê Thị Hà", "Ngô Bích Diệu")
    assert names_json(names) == json.dumps(list(names), ensure_ascii=False)
    assert names_json(names[:1]) == json.dumps(list(names[:1]), ensure_ascii=False)


def test_a_chunks_draws_are_numpys_and_its_ids_version_4_uuids_and_its_stamps_the_clocks():
    assert np.array_equal(
        uniforms(np.random.PCG64(np.random.SeedSequence([7, 3])), (2, 50)),
        np.random.Generator(np.random.PCG64(np.random.SeedSequence([7, 3]))).random((2, 50)),
    )
    bits = np.random.PCG64(np.random.SeedSequence([2023, 1]))
    ids = uuids(bits, 5000)
    assert len(set(ids)) == 5000
    for text in ids[:200]:
        assert str(uuid.UUID(text)) == text and uuid.UUID(text).version == 4
    one, many = FakeClock("n", DEMO_NOW), FakeClock("n", DEMO_NOW)
    stamps = [one.tick() for _ in range(70_000)]
    assert many.ticks(3) + many.ticks(65_533) + many.ticks(4_464) == stamps
    assert (one.wall_ms, one.counter) == (many.wall_ms, many.counter)


def test_the_demos_two_signing_threads_give_the_codes_one_would():
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from db.certificate_codes import encode_signature
    from db.demo.build import demo_key_pair
    from db.demo.signing import Signing

    seed, _public = demo_key_pair("725243abf8cb443bb39e201d62072bd4")
    texts = [f"SK1|CDDKVN-2023-{n:05d}|Đặng Văn Huy".encode() for n in range(1, 50)]
    key = Ed25519PrivateKey.from_private_bytes(seed)
    assert Signing(seed, texts).codes() == [encode_signature(key.sign(t)) for t in texts]
    assert Signing(seed, []).codes() == []


def test_the_demos_codes_are_written_all_at_once_as_one_at_a_time():
    import os

    from db.certificate_codes import encode_signature
    from db.demo.signing import encode_signatures

    signatures = [bytes(64), b"\xff" * 64, bytes(range(64)), *(os.urandom(64) for _ in range(300))]
    assert encode_signatures(b"".join(signatures), block=7) == [
        encode_signature(s) for s in signatures
    ]
    assert encode_signatures(b"") == []
