"""Buttons that print papers: "In đơn…" on the initiative form (the registration form of
Thông tư 18, Phụ lục I) and "Giấy tờ Hội đồng…" on the Xét duyệt page (scoring sheets, minutes,
the list attached to a decision). Each asks where to save (.pdf to print, .docx to edit in Word)
and writes in the background (desktop/dialogs/paper_saving.py, which holds the form's button);
db/queries/papers.py reads, desktop/printing lays out."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton

from desktop.dialogs.paper_saving import PaperButtons

# ---- the reviews page ----------------------------------------------------------------------------


def add_council_button(page, row) -> QPushButton:
    button = QPushButton(PaperButtons.tr("Giấy tờ Hội đồng…"))
    button.setObjectName("councilPapers")
    button.setToolTip(
        PaperButtons.tr("Phiếu chấm điểm, biên bản họp, danh sách kèm quyết định công nhận")
    )
    button.clicked.connect(lambda _checked=False: open_council_papers(page))
    row.addWidget(button)
    return button


def open_council_papers(page) -> None:
    from desktop.dialogs.council_papers_dialog import CouncilPapersDialog

    selected = page.selected()
    page.papers_dialog = CouncilPapersDialog(
        page.context, selected.reg_no if selected else "", page
    )
    page.papers_dialog.open()
