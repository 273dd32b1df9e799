"""A genuine package mutated at random, as a careless or hostile sender might (types, sizes,
nesting, numbers at SQLite's edges), in the manifest or in any record, and signed again with the
sender's real key so that the change gets past the signature: importing it never raises anything
but the project's refusal, the dry run and the import agree, and a refused package leaves the
database file byte-for-byte as it was."""

import json
import shutil
import struct
from itertools import count
from pathlib import Path

import orjson
import pytest
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st
from sync_world import World, file_state, private_key, register, repack

from db.session import open_database
from db.sync.crypto import MAGIC, MAX_HEADER
from db.sync.errors import PackageRefused
from db.sync.importer import import_package

EDGES = [0, -1, 1, 2**31, 2**53 + 1, 2**63 - 1, 2**63, -(2**63), -(2**63) - 1, 2**64 - 1, 2**64]
MANIFEST_PATHS = [
    ("format_version",), ("kind",), ("package_id",), ("schema_revision",), ("app_version",),
    ("created_at",), ("sender",), ("sender", "node_id"), ("sender", "unit_id"),
    ("sender", "unit_code"), ("sender", "public_key"), ("sender", "box_public_key"),
    ("destination",), ("destination", "unit_code"), ("destination", "node_id"), ("direction",),
    ("full",), ("seq",), ("seq", "from"), ("seq", "to"), ("seq", "basis"), ("hlc",),
    ("hlc", "max"), ("receipts",), ("counts",), ("counts", "initiatives"), ("enrolment",),
    ("enrolment", "id"),
]  # fmt: skip
_examples = count()


def nested(depth: int, leaf: object) -> object:
    for _ in range(depth):
        leaf = [leaf]
    return leaf


edges = st.sampled_from(EDGES)
hostile = st.one_of(
    edges,
    edges,
    edges,
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=40),
    st.sampled_from([300, 5_000, 200_000]).map(lambda n: "Dầu khí " * (n // 8)),
    st.sampled_from([2, 17, 64, 300]).map(lambda d: nested(d, "Nguyễn Văn An")),
    st.lists(st.one_of(st.integers(), st.text(max_size=5)), max_size=4),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


@pytest.fixture(scope="module")
def genuine(tmp_path_factory):
    """A closed headquarters database that trusts a site, and a genuine package from it."""
    folder = tmp_path_factory.mktemp("mutations")
    world = World(folder)
    hq = world.headquarters()
    site = world.enrol(hq, "VSP-TD03")
    world.carry(site, hq)
    register(site, "Sáng kiến thật của giàn Vinh")
    register(site, "Sáng kiến thứ hai của giàn Hải", benefit_value=1_500_000)
    package = world.export(site, "CDDKVN")
    sealed = world.export(site, "CDDKVN", encrypt=True)
    key = private_key(site)
    world.close()
    return folder, Path(hq.path), package, key, sealed


def replaced(data: dict, path: tuple, value: object) -> dict:
    head, *rest = path
    if not rest:
        return {**data, head: value}
    inner = data.get(head)
    return {**data, head: replaced(inner if isinstance(inner, dict) else {}, tuple(rest), value)}


@st.composite
def mutations(draw):
    """(where, mutate manifest, mutate records) for repack."""
    value = draw(hostile)
    if draw(st.booleans()):
        path = draw(st.sampled_from(MANIFEST_PATHS))
        return f"manifest {'.'.join(path)}", lambda m: replaced(m, path, value), None
    table = draw(st.sampled_from(["people", "initiatives", "initiative_authors", "units"]))
    index, key = draw(st.integers(0, 5)), draw(st.integers(0, 60))

    def records(name, rows):
        if name != table or not rows:
            return rows
        at = index % len(rows)
        fields = [*sorted(rows[at]), "extra_field"]
        where = (fields[key % len(fields)],)
        return [replaced(r, where, value) if i == at else r for i, r in enumerate(rows)]

    return f"{table}[{index}] field {key}", None, records


def outcome(database, package, **options):
    """('ok', summary) or ('refused', message); anything else escapes and fails the test."""
    try:
        report = import_package(database, package, trust_new_node=True, **options)
    except PackageRefused as refused:
        return "refused", str(refused)
    return "ok", report.summary()


@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(mutation=mutations())
def test_a_mutated_package_is_refused_or_imported_alike_and_never_crashes(genuine, mutation):
    folder, template, package, key, _sealed = genuine
    where, manifest, records = mutation
    number = next(_examples)
    bad = repack(package, folder / f"m{number}.skp", manifest=manifest, records=records, key=key)
    copy = folder / f"hq-{number}.db"
    shutil.copyfile(template, copy)
    database = open_database(copy)
    try:
        before = file_state(database)
        dry = outcome(database, bad, dry_run=True)
        assert file_state(database) == before, where
        real = outcome(database, bad, backup=False)
        event(real[0])
        assert dry[0] == real[0] and (dry[1] == real[1]), (where, dry, real)
        if real[0] == "refused":
            assert file_state(database) == before, where
            assert len(real[1]) < 2000, where
    finally:
        database.close()
        copy.unlink()
        bad.unlink()


def test_the_unmutated_package_imports(genuine):
    folder, template, package, _key, _sealed = genuine
    copy = folder / "hq-genuine.db"
    shutil.copyfile(template, copy)
    database = open_database(copy)
    try:
        assert outcome(database, package, dry_run=True) == outcome(database, package, backup=False)
        assert orjson.dumps(import_package(database, package).status) == b'"already"'
    finally:
        database.close()


HEADER_KEYS = ["version", "algorithm", "ephemeral_public_key", "recipient_fingerprint", "salt"]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(key=st.sampled_from([None, *HEADER_KEYS]), value=hostile)
def test_a_sealed_package_with_a_mutated_header_is_refused_alike(genuine, key, value):
    folder, template, _package, _key, sealed = genuine
    data = sealed.read_bytes()
    start = len(MAGIC) + 4
    (length,) = struct.unpack(">I", data[len(MAGIC) : start])
    header = json.loads(data[start : start + length])
    # a "mutation" that writes back the same JSON is the genuine package (true is not 1 in JSON)
    assume(key is None or json.dumps(header.get(key)) != json.dumps(value))
    header = value if key is None else {**header, key: value}
    raw = json.dumps(header).encode()[:MAX_HEADER]
    number = next(_examples)
    bad = folder / f"s{number}.skp"
    bad.write_bytes(MAGIC + struct.pack(">I", len(raw)) + raw + data[start + length :])
    copy = folder / f"hq-{number}.db"
    shutil.copyfile(template, copy)
    database = open_database(copy)
    try:
        before = file_state(database)
        dry = outcome(database, bad, dry_run=True)
        real = outcome(database, bad, backup=False)
        assert dry == real and real[0] == "refused", (key, real)
        assert file_state(database) == before
    finally:
        database.close()
        copy.unlink()
        bad.unlink()


@pytest.mark.parametrize("key, value", [("version", 1), ("version", True), ("version", 1.0)])
def test_a_sealed_header_is_refused_unless_it_is_the_genuine_one(genuine, key, value):
    """The edges hypothesis found: the genuine version 1 imports; JSON true or 1.0 is refused."""
    folder, template, _package, _key, sealed = genuine
    data = sealed.read_bytes()
    start = len(MAGIC) + 4
    (length,) = struct.unpack(">I", data[len(MAGIC) : start])
    header = {**json.loads(data[start : start + length]), key: value}
    raw = json.dumps(header).encode()
    bad = folder / f"edge-{next(_examples)}.skp"
    bad.write_bytes(MAGIC + struct.pack(">I", len(raw)) + raw + data[start + length :])
    copy = folder / f"hq-edge-{next(_examples)}.db"
    shutil.copyfile(template, copy)
    database = open_database(copy)
    try:
        expected = "ok" if type(value) is int else "refused"
        assert outcome(database, bad, dry_run=True)[0] == expected
    finally:
        database.close()
        copy.unlink()
        bad.unlink()


@pytest.mark.parametrize(
    "record",
    [
        {"id": "p1", "hlc": "Dầu khí " * 600},
        {"id": "x" * 5000, "hlc": "0"},
        {"id": "p1", "hlc": "0000000000001-0000-node", "field_hlc": {"ten " * 900: "0"}},
    ],
)
def test_a_refusal_never_quotes_a_long_value_of_the_sender_back_whole(record):
    """A record's wrong id or version stamp is named with a short excerpt of what was sent (the
    preview and the log show the refusal; a 5 KB quotation helps nobody)."""
    from db.records import RecordError
    from db.sync.merge import record_meta

    with pytest.raises(RecordError) as refused:
        record_meta("people", record, ["full_name"])
    for language in ("vi", "en"):
        assert len(refused.value.args[0].text(language)) < 300
