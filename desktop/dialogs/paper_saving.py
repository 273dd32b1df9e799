"""Saving a paper: asking where (.pdf to print, .docx to edit in Word) and writing it in the
background, and the initiative form's "In đơn…" button. Below the form and the pages' buttons
(desktop/views/paper_buttons.py), which both use it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QPushButton

from desktop.dialogs import file_dialogs
from desktop.messages import Texts, arg
from desktop.tasks import run_op
from desktop.widgets.error_text import error_text

SETTINGS_FOLDER = "papers/folder"


PaperButtons = Texts("PaperButtons")  # lupdate files PaperButtons.tr("...") under "PaperButtons"


def ask_paper_path(parent, context, name: str) -> Path | None:
    """Where to save; the filter chosen decides the suffix when none was typed."""
    pdf, word = PaperButtons.tr("PDF để in (*.pdf)"), PaperButtons.tr("Word để sửa (*.docx)")
    folder = Path(str(context.settings.value(SETTINGS_FOLDER, "") or Path.home()))
    path, chosen = file_dialogs.save_file_name(
        parent, PaperButtons.tr("Lưu giấy tờ"), str(folder / name), f"{pdf};;{word}"
    )
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() not in (".pdf", ".docx"):
        out = out.with_name(out.name + (".docx" if chosen == word else ".pdf"))
    context.settings.setValue(SETTINGS_FOLDER, str(out.parent))
    return out


def save_paper(parent, context, build, out: Path, on_saved=None) -> None:
    """build(session) -> Paper, run in the background; then the file is written."""
    from desktop.printing.paper_file import write_paper

    database = context.database

    def write(_progress) -> Path:
        with database.session() as session:
            paper = build(session)
        return write_paper(paper, out)

    def saved(path: Path) -> None:
        parent.last_paper = path
        if on_saved is not None:
            on_saved(path)
        else:
            QMessageBox.information(
                parent,
                PaperButtons.tr("Đã lưu"),
                arg(PaperButtons.tr("Đã lưu vào:\n%1"), str(path)),
            )

    run_op(
        parent,
        write,
        saved,
        label=PaperButtons.tr("Đang lập giấy tờ…"),
        on_error=lambda error: QMessageBox.warning(
            parent, PaperButtons.tr("Không lưu được"), error_text(error)
        ),
    )


# ---- the initiative form -------------------------------------------------------------------------


def add_form_button(form, row) -> QPushButton:
    """ "In đơn…" beside the form's buttons; shown once the initiative is saved."""
    button = QPushButton(PaperButtons.tr("In đơn…"))
    button.setObjectName("printForm")
    button.setToolTip(
        PaperButtons.tr(
            "Đơn yêu cầu công nhận sáng kiến (Thông tư 18/2013, Phụ lục I): PDF hoặc Word"
        )
    )
    button.clicked.connect(lambda _checked=False: print_registration_form(form))
    button.setVisible(bool(form.initiative_id))
    row.insertWidget(1, button)
    return button


def print_registration_form(form, out: Path | None = None) -> None:
    from db.queries.papers import registration_form
    from desktop.printing.registration_form import registration_paper

    key = form.initiative_id
    if not key:
        return
    out = out or ask_paper_path(form, form.context, form_file_name(form.fields["reg_no"].text()))
    if out is None:
        return
    save_paper(
        form, form.context, lambda session: registration_paper(registration_form(session, key)), out
    )


def form_file_name(reg_no: str) -> str:
    """The suggested file: one per initiative, so a second form never overwrites the first."""
    reg_no = reg_no.strip().replace("/", "-")
    return f"don-yeu-cau-cong-nhan-{reg_no}.pdf" if reg_no else "don-yeu-cau-cong-nhan.pdf"
