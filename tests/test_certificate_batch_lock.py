"""A batch of certificates is drawn outside the write transaction: other clerks can save while
it renders, and a batch whose certificates changed meanwhile issues nothing and leaves no file."""

from __future__ import annotations

import sqlite3

import pytest
from certificate_world import node_database, recognised_initiative

from db.certificates import CertificateError, Signer, issue_certificates
from db.messages import message_of
from db.session import open_database
from desktop.printing import jobs
from desktop.printing.jobs import CertificateSelection, print_certificates

SIGNER = Signer("Nguyễn Văn Chủ", "Chủ tịch Công đoàn Dầu khí Việt Nam")


@pytest.fixture
def hq(tmp_path):
    database = node_database(tmp_path / "hq.db", "CDDKVN")
    yield database
    database.close()


def drawing_while(monkeypatch, meanwhile) -> None:
    """Run `meanwhile()` while the batch is being drawn."""
    real = jobs.render_certificates

    def render(pages, out, **options):
        meanwhile()
        return real(pages, out, **options)

    monkeypatch.setattr(jobs, "render_certificates", render)


def test_another_clerk_can_save_while_a_batch_is_drawn(hq, tmp_path, monkeypatch):
    ids = [recognised_initiative(hq, title=f"Cải tiến van xả số {n}") for n in (1, 2)]
    saved = []

    def another_clerk_saves() -> None:
        other = sqlite3.connect(hq.path, timeout=0.2)
        try:
            other.execute("BEGIN IMMEDIATE")  # the write lock, as any save takes it
            other.rollback()
            saved.append(True)
        finally:
            other.close()

    drawing_while(monkeypatch, another_clerk_saves)
    out = tmp_path / "dot-1.pdf"
    result = print_certificates(
        hq, CertificateSelection(initiative_ids=tuple(ids)), out, signer=SIGNER
    )
    assert saved == [True]
    assert len(result.issued) == 2 and out.exists()


def test_a_batch_whose_certificates_changed_while_drawn_issues_nothing(hq, tmp_path, monkeypatch):
    ids = [recognised_initiative(hq, title=f"Cải tiến van xả số {n}") for n in (1, 2)]

    def another_window_issues_the_first() -> None:
        other = open_database(hq.path)
        try:
            with other.transaction() as session:
                issue_certificates(session, ids[:1], SIGNER, actor="Văn thư khác")
        finally:
            other.close()

    drawing_while(monkeypatch, another_window_issues_the_first)
    out = tmp_path / "dot-2.pdf"
    with pytest.raises(CertificateError, match="Hãy in lại") as refused:
        print_certificates(hq, CertificateSelection(initiative_ids=tuple(ids)), out, signer=SIGNER)
    assert message_of(refused.value).text("en").endswith("nothing was issued. Print again.")
    assert list(tmp_path.glob("dot-2*")) == [] and list(tmp_path.glob(".*.sktmp")) == []
