"""An error as a person reads it, in the interface language: no "[Errno 5]", no Python class
names, no English tail in a Vietnamese message.

An error raised with a db.messages.Message is said in the interface language from the catalogue
(every message of db/ is one). Text raised as it is (a window's own words, already translated)
is shown as it is; an old "Tiếng Việt. (English.)" text would show the half in the language.
An OSError is said in words, with what to try."""

from __future__ import annotations

import errno
import re

from db.messages import message_of
from db.validation import ValidationFailed
from desktop import formatting
from desktop.messages import Texts, say

ENGLISH_GLOSS = re.compile(r"\s*\(([A-Za-z][^()]*[.!?]?)\)\s*$")


ErrorText = Texts("ErrorText")  # lupdate files ErrorText.tr("...") under "ErrorText"


def error_text(error: BaseException) -> str:
    message = message_of(error)
    if message is not None:
        return say(message)
    if isinstance(error, ValidationFailed):
        return "\n".join(error.messages(formatting.current_language()))
    if isinstance(error, OSError) and error.errno is not None:
        return file_error_text(error)
    return message_in_language(str(error) or ErrorText.tr("Đã có lỗi không rõ nguyên nhân."))


def message_in_language(message: str) -> str:
    """'Tiếng Việt. (English.)' -> the part in the interface language."""
    match = ENGLISH_GLOSS.search(message)
    if not match or re.search(r"[^\x00-\x7f]", match.group(1)):
        return message  # no English gloss: say it as it is
    if formatting.current_language() == "en":
        return match.group(1).strip()
    return message[: match.start()].strip()


def file_error_text(error: OSError) -> str:
    where = error.filename or ""
    reasons = {
        errno.ENOENT: ErrorText.tr("Không tìm thấy tệp hoặc thư mục."),
        errno.EACCES: ErrorText.tr("Không có quyền ghi hoặc đọc ở đó. Hãy chọn thư mục khác."),
        errno.EPERM: ErrorText.tr("Không có quyền ghi hoặc đọc ở đó. Hãy chọn thư mục khác."),
        errno.ENOSPC: ErrorText.tr("Ổ đĩa đã đầy. Hãy giải phóng chỗ trống hoặc chọn ổ khác."),
        errno.EROFS: ErrorText.tr("Ổ đĩa chỉ cho đọc (USB bị khóa ghi?). Hãy chọn ổ khác."),
        errno.EIO: ErrorText.tr(
            "Lỗi đọc ghi ổ đĩa: USB có thể đã bị rút ra hoặc hỏng. Hãy cắm lại và thử lần nữa."
        ),
        errno.EEXIST: ErrorText.tr("Đã có tệp cùng tên ở đó."),
        errno.EISDIR: ErrorText.tr("Đó là một thư mục, không phải tệp."),
    }
    reason = reasons.get(error.errno, ErrorText.tr("Không đọc hoặc ghi được tệp."))
    return f"{reason}\n{where}" if where else reason
