"""The audit trail names a field with the words the import report uses for it (a secretary reads
"ngày quyết định" in a refusal and finds the same field in the record's history), in Vietnamese
and English; and no field of any record shows as its programmer's name (reviewed_on, score_benefit)."""

from __future__ import annotations

from db.audit import FIELDS, TABLES
from db.models import SYNCED_MODELS
from db.sync.report import FIELD_LABELS, TABLE_LABELS


def capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def test_the_audit_trail_and_the_import_report_use_the_same_words_for_a_field():
    shared = [term.code for term in FIELD_LABELS if term.code in FIELDS]
    assert {"decision_date", "benefit_currency", "full_name", "share"} <= set(shared)
    for lang in ("vi", "en"):
        different = {
            code: (FIELDS.label(code, lang), FIELD_LABELS.label(code, lang))
            for code in shared
            if FIELDS.label(code, lang) != capitalised(FIELD_LABELS.label(code, lang))
        }
        assert not different, lang


def test_the_audit_trail_and_the_import_report_name_a_table_alike():
    different = {
        term.code: (TABLES.label(term.code), TABLE_LABELS.label(term.code))
        for term in TABLE_LABELS
        if TABLES.label(term.code) != TABLE_LABELS.label(term.code)
    }
    assert not different


def test_every_synced_field_has_a_name_in_the_audit_trail():
    raw = {
        f"{model.__tablename__}.{field}"
        for model in SYNCED_MODELS
        for field in model.synced_fields()
        if field not in FIELDS
    }
    assert not raw
    assert FIELDS.label("reviewed_on", "en") == "Meeting date"  # as the review dialog says
