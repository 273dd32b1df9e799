"""The demo writes its certificates the quick way (the signed text joined directly, the recipients'
JSON joined directly, a few authors drawn without random.sample's set-up): each quick way must
give exactly what the general one gives, or the demo's codes would stop verifying and the same
seed would stop giving the same database."""

import datetime as dt
import json
import random
import unicodedata

from db.certificate_codes import SignedFields
from db.demo import text as words
from db.demo.records import CertificatePlan, names_json, sample_few, signed_text

NAME_WORDS = (
    *(surname for surname, _weight in words.SURNAMES),
    *words.MALE_MIDDLE,
    *words.MALE_GIVEN,
    *words.FEMALE_MIDDLE,
    *words.FEMALE_GIVEN,
)


def test_a_demo_certificate_is_signed_over_its_canonical_text():
    plan = CertificatePlan(
        issued_on=dt.date(2023, 5, 29),
        order=7,
        initiative_id="5f0c1a7e-3b1d-4a51-9f0e-1c2d3e4f5a6b",
        review_id="0d9e8f7a-6b5c-4d3e-8f1a-2b3c4d5e6f70",
        recipients=("Đặng Văn Huy", "Nguyễn Thị Thùy Linh"),
        decision_no="68/QĐ-CĐDK",
        decision_date=dt.date(2023, 5, 20),
        number="CDDKVN-2023-00042",
    )
    fields = SignedFields(
        number="CDDKVN-2023-00042",
        initiative_id=plan.initiative_id,
        recipients=plan.recipients,
        level="industry",
        decision_no=plan.decision_no,
        decision_date=plan.decision_date,
        issued_on=plan.issued_on,
        issuer_node_id="725243abf8cb443bb39e201d62072bd4",
    )
    quick = signed_text(plan, fields.issuer_node_id)
    assert quick == fields.canonical_text().encode("utf-8")


def test_the_demos_names_need_no_escaping_and_are_nfc():
    for word in NAME_WORDS:
        assert unicodedata.normalize("NFC", word) == word
        assert json.dumps(word, ensure_ascii=False) == f'"{word}"'
    names = ("Trần Quốc Tuấn", "Lê Thị Hà", "Ngô Bích Diệu")
    assert names_json(names) == json.dumps(list(names), ensure_ascii=False)
    assert names_json(names[:1]) == json.dumps(list(names[:1]), ensure_ascii=False)


def test_a_few_authors_are_drawn_as_random_sample_draws_them():
    for size in (1, 2, 5, 21, 22, 40, 3000):
        people = [f"person {i}" for i in range(size)]
        for k in range(1, min(5, size) + 1):
            for seed in range(50):
                stdlib, quick = random.Random(seed), random.Random(seed)
                assert sample_few(quick, people, k) == stdlib.sample(people, k)
                assert quick.random() == stdlib.random()  # the generator moved alike


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
