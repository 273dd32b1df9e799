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
