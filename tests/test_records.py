"""Records travel as JSON: the same values come back, and a wrong type is named, not stored."""

import datetime as dt

import pytest

from db.changes import RecordWriter
from db.models import Phase
from db.records import RecordError, dump_line, record_to_values, row_to_record

pytestmark = pytest.mark.both_engines  # issue 18: the same stories on a server


def test_a_phase_round_trips_through_its_record(node_db):
    with node_db.transaction() as session:
        writer = RecordWriter(session, actor="Nguyễn Văn An")
        phase = writer.create(
            Phase,
            code="GD1",
            name="Giai đoạn 1",
            starts_on=dt.date(2022, 1, 8),
            ends_on=dt.date(2022, 5, 31),
        )
        record = row_to_record(phase)
    assert record["starts_on"] == "2022-01-08"
    values = record_to_values(Phase, record)
    assert values["starts_on"] == dt.date(2022, 1, 8)
    assert values["name"] == "Giai đoạn 1"


def test_an_edit_changes_only_that_fields_version(node_db):
    with node_db.transaction() as session:
        writer = RecordWriter(session)
        phase = writer.create(
            Phase,
            code="GD2",
            name="GĐ 2",
            starts_on=dt.date(2022, 6, 1),
            ends_on=dt.date(2023, 9, 1),
        )
        created = phase.hlc
        writer.update(phase, name="Giai đoạn 2")
        assert phase.version_of("name") > created
        assert phase.version_of("code") == created
        assert '"name":"Giai đoạn 2"' in dump_line(phase)


def test_a_record_with_a_wrong_type_is_refused_with_the_field_named():
    with pytest.raises(RecordError, match=r"phases\.starts_on"):
        record_to_values(Phase, {"code": "GD1", "starts_on": 20220108})
    with pytest.raises(RecordError, match="trường không biết"):
        record_to_values(Phase, {"code": "GD1", "colour": "red"})
