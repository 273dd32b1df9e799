"""HQ unticks "In mã QR" on the certificates page: the batch it prints has no QR code."""

from __future__ import annotations


def test_the_certificates_page_prints_without_qr_when_unticked(qtbot, tmp_path):
    from certificate_world import node_database
    from pages_support import page_context

    from desktop.views.certificate_issue_panel import IssuePanel

    database = node_database(tmp_path / "hq.db")
    panel = IssuePanel(page_context(database, tmp_path / "s.ini"))
    qtbot.addWidget(panel)
    assert panel.with_qr.isChecked()
    panel.signer_name.setText("Nguyễn Mạnh Hùng")
    panel.confirm = lambda: True
    assert panel.job(tmp_path / "gcn.pdf").qr
    panel.with_qr.setChecked(False)
    assert not panel.job(tmp_path / "gcn.pdf").qr
    database.close()


def test_the_preview_follows_the_qr_tick(qtbot, tmp_path, monkeypatch):
    from certificate_world import node_database
    from pages_support import page_context

    from desktop.printing import certificate
    from desktop.views.certificate_issue_panel import IssuePanel
    from desktop.views.certificate_preview import render_preview

    database = node_database(tmp_path / "hq.db")
    panel = IssuePanel(page_context(database, tmp_path / "s.ini"))
    qtbot.addWidget(panel)
    shown = []
    monkeypatch.setattr(panel.preview, "show_initiative", lambda *args: shown.append(args[-1]))
    panel.with_qr.setChecked(False)
    panel.with_qr.setChecked(True)
    assert shown == [False, True]
    database.close()

    from certificate_world import recognised_initiative

    database = node_database(tmp_path / "hq2.db")
    initiative = recognised_initiative(database)
    drawn = []
    monkeypatch.setattr(certificate, "draw_qr", lambda *args: drawn.append(args))
    signer = None
    assert render_preview(database, initiative, signer, None, tmp_path / "a.pdf", qr=False)
    assert not drawn
    assert render_preview(database, initiative, signer, None, tmp_path / "b.pdf")
    assert len(drawn) == 1
    database.close()
