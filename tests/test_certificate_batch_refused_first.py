"""Two clerks at headquarters (on a server, or two windows of one program) each start a batch of
certificates. The second is refused at once — another batch is running, nothing printed or
issued — before it draws a single page, not after drawing them all; when the first is done, the
second goes through."""

from __future__ import annotations

import pytest
from certificate_world import recognised_initiative

from db.certificates import CertificateError, Signer
from db.messages import message_of
from db.reference import init_node
from db.session import open_database
from desktop.printing import jobs
from desktop.printing.jobs import CertificateSelection, print_certificates

SIGNER = Signer("Nguyễn Văn Chủ", "Chủ tịch Công đoàn Dầu khí Việt Nam")


@pytest.mark.both_engines
def test_a_second_batch_is_refused_before_it_draws_anything(db_target, tmp_path, monkeypatch):
    target = db_target("hq", migrated=False)
    lan = open_database(target, create=True)
    minh = open_database(target)  # the second clerk's own connection to the same database
    try:
        init_node(lan, "CDDKVN")
        ids = [recognised_initiative(lan, title=f"Cải tiến van xả số {n}") for n in (1, 2)]
        real, drawn, refusals = jobs.render_certificates, [], []

        def render(pages, out, **options):
            drawn.append(out.name)
            if out.name == "lan.pdf":  # while Lan's batch is drawn, Minh starts his
                with pytest.raises(CertificateError) as refused:
                    print_certificates(
                        minh, CertificateSelection(initiative_ids=tuple(ids[1:])),
                        tmp_path / "minh.pdf", signer=SIGNER,
                    )  # fmt: skip
                refusals.append(message_of(refused.value))
            return real(pages, out, **options)

        monkeypatch.setattr(jobs, "render_certificates", render)
        done = print_certificates(
            lan, CertificateSelection(initiative_ids=tuple(ids[:1])), tmp_path / "lan.pdf",
            signer=SIGNER,
        )  # fmt: skip
        assert drawn == ["lan.pdf"]  # Minh's pages were never drawn
        assert [m.code for m in refusals] == ["print.batch_running"]
        assert "Another batch" in refusals[0].text("en")
        assert len(done.issued) == 1 and not (tmp_path / "minh.pdf").exists()

        again = print_certificates(
            minh, CertificateSelection(initiative_ids=tuple(ids[1:])), tmp_path / "minh.pdf",
            signer=SIGNER,
        )  # fmt: skip
        assert len(again.issued) == 1 and (tmp_path / "minh.pdf").exists()
    finally:
        minh.close()
        lan.close()
