"""The messages `db/` gives a person, in one place: each code and its Vietnamese template; the
English lives in Qt Linguist's resources/translations/sangkien_en.ts, beside the window's own
strings (see docs/ARCHITECTURE.md, "Messages").

`db/` raises its errors and reports its problems with a `Message` (a code and parameters), never
with finished words: `raise DatabaseError(Message("open.not_found", path=path))`. The words are
chosen where the message is shown: `str(error)` and `message.text()` are Vietnamese (the source
language), `message.text("en")` English. There is one translation path, the .ts file:

- each code is declared with `QT_TRANSLATE_NOOP("DbMessages", vietnamese, code)`, named after
  Qt's macro so that pyside6-lupdate files the text in the .ts (context DbMessages, the code as
  its disambiguation, so two codes with the same Vietnamese stay apart) without db/ importing Qt;
  a fourth argument `1` marks a message with plural forms, whose count is `%n` (lupdate makes it
  a numerus message; the forms are chosen by the parameter `count`);
- the window asks Qt for the English (`desktop.messages.say`, QCoreApplication.translate);
- the command line and tests read the same English from resources/translations/cli_en.json,
  which scripts/cli_catalogue.py writes from the .ts (reading the .qm would need Qt).

Templates use `{name}` parameters. A parameter is written per language: an `int` with the
language's thousands mark only when it is a count (`count`, `%n`), a date as dd/mm/yyyy, a
vocabulary `Term` (anything with `label(lang)`) or a nested `Message` in the same language.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

CONTEXT = "DbMessages"  # the .ts context of every db/ message
COUNT = "%n"  # where a message with plural forms writes its count (Qt's numerus placeholder)

# QCoreApplication.translate's shape: (context, source, disambiguation, n) -> the translation,
# with %n replaced by n when n >= 0. The window passes Qt's; without one, `english` reads
# cli_en.json.
Translate = Callable[[str, str, str, int], str]


@dataclass(frozen=True)
class Words:
    vi: str  # the Vietnamese template, the .ts source text
    counted: bool = False  # has plural forms, chosen by the parameter `count` (written at %n)


CATALOGUE: dict[str, Words] = {}


def QT_TRANSLATE_NOOP(context: str, text: str, code: str, counted: int = 0) -> None:
    """Declare the message `code` with its Vietnamese `text`; `counted=1` for plural forms.

    Named and called like Qt's macro so pyside6-lupdate finds the text: it reads the call's
    literal arguments (context, source, disambiguation; a literal number as the fourth makes the
    message numerus) and needs no import of this module."""
    if context != CONTEXT:
        raise ValueError(f"message {code}: context {context!r}, not {CONTEXT!r}")
    if code in CATALOGUE:
        raise ValueError(f"message code {code} declared twice")
    CATALOGUE[code] = Words(text, bool(counted))


class Message:
    """A message a person will read: a catalogue code and its parameters."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: Any) -> None:
        if code not in CATALOGUE:
            raise KeyError(f"no message {code!r} in db/messages.py")
        self.code = code
        self.params: dict[str, Any] = params

    def text(self, lang: str = "vi", translate: Translate | None = None) -> str:
        """The words in `lang`; English through `translate` (Qt's) or else cli_en.json."""
        template = self.template(lang, translate)
        values = {
            name: _written(name, value, lang, translate) for name, value in self.params.items()
        }
        return template.format(**values)

    def template(self, lang: str = "vi", translate: Translate | None = None) -> str:
        """The template in `lang`, its plural form chosen and %n made `{count}`."""
        words = CATALOGUE[self.code]
        count = self.params.get("count") if words.counted else None
        n = count if isinstance(count, int) and not isinstance(count, bool) else -1
        if lang != "en":
            template = words.vi
        else:
            template = (translate or english)(CONTEXT, words.vi, self.code, n)
            if n >= 0:  # n was written where %n was; a counted template has no other digit
                template = template.replace(str(n), COUNT)
        return template.replace(COUNT, "{count}") if words.counted else template

    def __str__(self) -> str:
        return self.text("vi")

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash((self.code, repr(sorted(self.params.items()))))


def english(context: str, source: str, disambiguation: str = "", n: int = -1) -> str:
    """QCoreApplication.translate's English without Qt: the translation of `source` in cli_en.json
    (written from the .ts), its singular form when n is 1, else its plural, n written at %n;
    `source` itself when it has no finished translation, as Qt does."""
    key = f"{source}\u0004{disambiguation}" if disambiguation else source
    found = translations().get(context, {}).get(key)
    if isinstance(found, list):
        found = found[0] if n == 1 or len(found) == 1 else found[1]
    text = found or source
    return text.replace(COUNT, str(n)) if n >= 0 else text


@cache
def translations() -> dict[str, dict[str, str | list[str]]]:
    """cli_en.json: context -> {source, or source U+0004 disambiguation: the English, or its
    [singular, plural]}, the finished translations of the .ts read without Qt (here and by the
    command line's desktop.words)."""
    from db.paths import bundled_path

    path = bundled_path("resources", "translations", "cli_en.json")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}  # a broken install speaks Vietnamese rather than failing


class Label(str):
    """A catalogue text used as a key: its str is the Vietnamese (stable in --json and in tests),
    `label(lang)` its words in either language."""

    code: str

    def __new__(cls, code: str) -> Label:
        label = super().__new__(cls, CATALOGUE[code].vi)
        label.code = code
        return label

    def label(self, lang: str = "vi", translate: Translate | None = None) -> str:
        return Message(self.code).text(lang, translate)


class Joined:
    """Several parameters (messages, terms or text) as one, joined by `separator`."""

    def __init__(self, items: list[Any], separator: str = ", ") -> None:
        self.items, self.separator = items, separator

    def label(self, lang: str = "vi", translate: Translate | None = None) -> str:
        return self.separator.join(_written("", item, lang, translate) for item in self.items)


class Duration:
    """A length of time as a person says it: "3 ngày 4 giờ 5 phút", "3 days 4 hours 5 minutes"
    (at least a minute)."""

    UNITS = ("duration.years", "duration.days", "duration.hours", "duration.minutes")

    def __init__(self, ms: int) -> None:
        minutes = max(1, ms // 60_000)
        days, rest = divmod(minutes, 24 * 60)
        hours, minutes = divmod(rest, 60)
        self.parts = (days // 365, days % 365, hours, minutes)

    def label(self, lang: str = "vi", translate: Translate | None = None) -> str:
        return " ".join(
            Message(unit, count=count).text(lang, translate)
            for count, unit in zip(self.parts, self.UNITS, strict=True)
            if count
        )


def message_of(error: BaseException) -> Message | None:
    """The catalogued message an exception was raised with, if any."""
    for arg in error.args:
        if isinstance(arg, Message):
            return arg
    return None


def _written(name: str, value: Any, lang: str, translate: Translate | None = None) -> str:
    if isinstance(value, Message):
        return value.text(lang, translate)
    if hasattr(value, "label"):  # a Label, Joined, Duration or vocabulary Term
        return value.label(lang, translate)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int) and name == "count":
        text = f"{value:,}"
        return text.replace(",", ".") if lang == "vi" else text
    if isinstance(value, dt.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    if isinstance(value, dt.date):
        return value.strftime("%d/%m/%Y")
    return str(value)


QT_TRANSLATE_NOOP(
    "DbMessages",
    "{term}",
    "term",
)  # a vocabulary term (db/vocab.py) where a Message is held
QT_TRANSLATE_NOOP("DbMessages", "%n năm", "duration.years", 1)
QT_TRANSLATE_NOOP("DbMessages", "%n ngày", "duration.days", 1)
QT_TRANSLATE_NOOP("DbMessages", "%n giờ", "duration.hours", 1)
QT_TRANSLATE_NOOP("DbMessages", "%n phút", "duration.minutes", 1)

# ---- files and storage (db/fileutil.py) ----------------------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Ổ đĩa đã đầy: không ghi được {path}. Hãy xóa bớt tệp hoặc chọn ổ khác rồi thử lại; dữ liệu "
    "đã lưu không bị mất.",
    "storage.disk_full",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đã hết hạn mức dung lượng: không ghi được {path}. Hãy xóa bớt tệp hoặc chọn ổ khác rồi thử "
    "lại; dữ liệu đã lưu không bị mất.",
    "storage.quota",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Ổ đĩa chỉ cho phép đọc (USB bị khóa ghi?): không ghi được {path}. Hãy gạt khóa ghi trên USB "
    "hoặc chọn ổ khác; dữ liệu đã lưu không bị mất.",
    "storage.read_only",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không có quyền ghi {path}. Hãy chọn một thư mục khác (ví dụ Tài liệu) hoặc hỏi người quản "
    "trị máy.",
    "storage.no_permission",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không được phép ghi {path}. Hãy chọn một thư mục khác.",
    "storage.not_permitted",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không ghi đè được {path}: tệp đang mở trong chương trình khác (Excel, Word, trình đọc PDF?) "
    "hoặc chỉ cho đọc. Đóng tệp đó rồi lưu lại, hoặc chọn tên khác.",
    "storage.file_in_use",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không tìm thấy thư mục của {path} (USB đã bị rút?). Hãy cắm lại hoặc chọn nơi khác.",
    "storage.no_folder",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Ổ đĩa báo lỗi đọc/ghi khi ghi {path} ({reason}). Hãy kiểm tra ổ đĩa hoặc chọn nơi khác rồi "
    "thử lại; dữ liệu đã lưu không bị mất.",
    "storage.io_error",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {path} quá lớn cho ổ đĩa này (USB định dạng FAT32 chỉ nhận tệp dưới 4 GB). Hãy chọn ổ "
    "khác.",
    "storage.too_large",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Lỗi đọc/ghi thiết bị khi ghi {path} (USB hỏng hoặc bị rút giữa chừng?). Hãy thử ổ khác; dữ "
    "liệu đã lưu không bị mất.",
    "storage.removable_io_error",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không ghi được {path}: {reason}. Dữ liệu đã lưu không bị mất.",
    "storage.other",
)

# ---- opening a database (db/opening.py, db/safe_open.py, db/lock.py) -----------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không tìm thấy cơ sở dữ liệu {path}. Hãy tạo bằng lệnh 'init' hoặc 'demo', hoặc chỉ đúng tệp "
    "bằng --db.",
    "open.not_found",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {path} rỗng (0 byte): có lẽ là một lần chép bị lỗi hoặc chưa xong, không phải một sổ "
    "đăng ký trống. Không thay đổi gì. {offer}",
    "open.empty_file",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {path} là cơ sở dữ liệu SQLite trống, chưa khởi tạo cho SángKiến. Không thay đổi gì. Hãy "
    "khởi tạo bằng 'sangkien --db TỆP init --unit MÃ' hoặc chỉ đúng tệp bằng --db.",
    "open.blank_sqlite",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {path} không phải cơ sở dữ liệu SángKiến (không phải SQLite, hoặc đã hỏng hoàn toàn). "
    "Không thay đổi gì. Hãy chỉ đúng tệp bằng --db, hoặc khôi phục một bản sao lưu.",
    "open.not_sqlite",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {path} không phải cơ sở dữ liệu SángKiến (hoặc đã hỏng hoàn toàn). Hãy chỉ đúng tệp bằng "
    "--db, hoặc khôi phục một bản sao lưu.",
    "open.not_a_database",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu {name} bị hỏng tới mức không đọc được ({detail}). Không thay đổi gì. {offer}",
    "open.unreadable",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {path} là cơ sở dữ liệu SQLite của một chương trình khác, không phải của SángKiến. Không "
    "thay đổi gì trong tệp. Hãy chỉ đúng tệp bằng --db.",
    "open.foreign",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {path} là cơ sở dữ liệu của một chương trình khác, không phải của SángKiến. Không thay "
    "đổi gì trong tệp. Hãy mở một tệp khác, hoặc tạo cơ sở dữ liệu mới.",
    "open.foreign_window",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {path} không phải cơ sở dữ liệu SángKiến (hoặc đã hỏng hoàn toàn). Không thay đổi gì "
    "trong tệp. Hãy mở một tệp khác, tạo cơ sở dữ liệu mới, hoặc khôi phục một bản sao lưu.",
    "open.not_ours_window",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu {name} được tạo bằng SángKiến phiên bản {wanted} (cấu trúc dữ liệu "
    "{revision}), mới hơn phiên bản {running} đang chạy. Hãy cập nhật SángKiến lên phiên bản "
    "{wanted} trở lên rồi mở lại; tệp không bị thay đổi.",
    "open.newer",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "mới hơn",
    "open.newer_version",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Bản sao lưu tốt gần nhất: {backup} ({made}); khôi phục bằng lệnh 'sangkien restore "
    '"{path}"\'.',
    "open.backup_offer",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Hãy chép lại tệp từ nơi đã chép.",
    "open.copy_again",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu {name} nằm trên ổ chỉ đọc (USB bị khóa ghi, đĩa CD hoặc thư mục không có quyền "
    "ghi): đã mở ở chế độ chỉ đọc, xem được nhưng không sửa được. Hãy chép tệp vào máy hoặc gạt "
    "khóa ghi để sửa.",
    "open.read_only_medium",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu {name} bị hỏng ({problem}); đã mở ở chế độ chỉ đọc để không làm hỏng thêm. "
    "{offer}",
    "open.damaged_read_only",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Bản sao lưu tốt gần nhất: {backup} ({made}, %n sáng kiến). Khôi phục ở trang Sao lưu "
    "hoặc bằng lệnh 'sangkien restore \"{path}\"'.",
    "open.damaged_backup_offer",
    1,
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không có bản sao lưu tốt nào trong thư mục backups: hãy gọi người hỗ trợ, đừng xóa tệp này.",
    "open.damaged_no_backup",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{reason} Cơ sở dữ liệu cần nâng cấp nên chưa mở được.",
    "open.cannot_upgrade",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{reason} Đã mở ở chế độ chỉ đọc: xem được nhưng không sửa được.",
    "open.in_use_read_only",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không tạo được tệp khóa bên cạnh cơ sở dữ liệu (ổ chỉ đọc?): chỉ đọc.",
    "open.no_lock_file",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu {name} đang được mở ở một chương trình khác{who}. Hãy đóng chương trình đó "
    "rồi thử lại.",
    "lock.in_use",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    " ({program} trên máy {host})",
    "lock.holder",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    " ({program} trên máy {host}, từ {since})",
    "lock.holder_since",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu đang bận vì một chương trình khác đang ghi; đã chờ 5 giây mà chưa xong. Hãy thử "
    "lưu lại sau ít phút; dữ liệu vừa nhập chưa được lưu.",
    "db.busy",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Ổ đĩa đã đầy nên chưa lưu được. Hãy xóa bớt tệp trên ổ đĩa rồi lưu lại; dữ liệu đã lưu trước "
    "đó không bị mất.",
    "db.disk_full",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu đang ở chế độ chỉ đọc (ổ chỉ đọc, không có quyền ghi hoặc đang mở ở chương "
    "trình khác) nên không lưu được.",
    "db.read_only",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Lỗi đọc/ghi ổ đĩa khi lưu; thay đổi chưa được lưu. Hãy kiểm tra ổ đĩa rồi chạy 'sangkien "
    "check'.",
    "db.io_error",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu bị hỏng. Hãy đóng SángKiến và khôi phục bản sao lưu tốt gần nhất (trang Sao "
    "lưu, hoặc 'sangkien backups').",
    "db.damaged",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp nhật ký ghi ({name}-wal) của cơ sở dữ liệu đã bị một chương trình khác xóa trong khi "
    "SángKiến đang mở nó, nên thay đổi vừa rồi chưa được lưu. Hãy đóng SángKiến, mở lại rồi làm "
    "lại thao tác; sau đó chạy 'sangkien check'.",
    "db.wal_removed",
)

# ---- backups (db/backup.py) --------------------------------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không sao lưu được {source} sang {path}: SQLite báo «{error}». Hãy đóng các chương trình đang "
    "mở cơ sở dữ liệu, chạy 'sangkien check' rồi thử lại; dữ liệu đã lưu không bị thay đổi.",
    "backup.sqlite_failed",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không tìm thấy cơ sở dữ liệu {path}.",
    "backup.no_database",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu {name} bị hỏng nên không sao lưu đè lên các bản sao lưu tốt. Hãy khôi phục bản "
    "sao lưu tốt gần nhất (trang Sao lưu, hoặc 'sangkien backups' rồi 'sangkien restore TỆP').",
    "backup.damaged_source",
)

# ---- restoring a backup or an undo journal (db/restore.py, db/undo_journal.py) -------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không khôi phục được từ {name}: {why}",
    "restore.refused",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không tìm thấy tệp {path}. Hãy chọn lại tệp sao lưu.",
    "restore.not_found",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tệp này không phải bản sao lưu SángKiến (không phải cơ sở dữ liệu).",
    "restore.not_a_database",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tệp bị hỏng ({error}).",
    "restore.damaged",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tệp này không phải cơ sở dữ liệu SángKiến.",
    "restore.not_sangkien",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "bản sao lưu bị hỏng ({problem}). Hãy chọn bản cũ hơn.",
    "restore.backup_damaged",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "bản sao lưu do phiên bản SángKiến mới hơn tạo ra. Hãy cập nhật SángKiến.",
    "restore.newer",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tệp bị hỏng hoặc không đọc được ({error}).",
    "restore.unreadable",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "bản sao lưu thuộc một máy/đơn vị khác ({unit}). Khôi phục nó sẽ làm hai máy trùng danh tính "
    "đồng bộ. Nếu chắc chắn, dùng --other-node.",
    "restore.other_node",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{error}",
    "restore.other",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không khôi phục được: {error}. Cơ sở dữ liệu không đổi.",
    "restore.failed",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Bảng {table} không có rowid: không ghi nhật ký hoàn tác được.",
    "journal.without_rowid",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{name} là nhật ký hoàn tác của một máy khác; không dùng được ở đây.",
    "journal.other_node",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói của {name} chưa từng được nhập vào cơ sở dữ liệu này (lần nhập đã bị huỷ): dữ liệu vẫn "
    "như trước khi nhập, không cần khôi phục.",
    "journal.never_imported",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu đã thay đổi sau lần nhập của {name}, nên bản này không đưa nó về đúng trạng "
    "thái trước khi nhập. Hãy khôi phục các bản sau nó trước (mới nhất trước), hoặc một bản sao "
    "lưu đầy đủ.",
    "journal.changed_since",
)

# ---- packages: reading, trusting, importing (db/sync/) ------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không tìm thấy tệp gói {path}.",
    "sync.file_not_found",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {name} không phải gói đồng bộ SángKiến (không đọc được dạng zip). Hãy chọn đúng tệp .skp "
    "mà đơn vị gửi đến, hoặc xin họ xuất lại.",
    "sync.not_a_package",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} bị hỏng hoặc chưa chép hết (có thể USB bị rút khi đang chép). Hãy chép lại tệp từ "
    "nguồn hoặc xin nơi gửi xuất lại.",
    "sync.damaged",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Nội dung '{member}' trong gói {name} không khớp với phần mô tả đã ký: gói đã bị sửa hoặc hỏng "
    "trên đường đi. Không nhập gói này; hãy xin nơi gửi xuất lại.",
    "sync.tampered",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} chứa {what} ('{member}'): gói không phải do SángKiến tạo ra hoặc đã bị sửa. Không "
    "nhập gói này; hãy xin nơi gửi xuất lại.",
    "sync.unsafe",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tên tệp nguy hiểm (đường dẫn tuyệt đối hoặc '..')",
    "sync.unsafe.path",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Một lần nhập gói khác đang chạy trên máy chủ này: đang chờ nó xong rồi nhập tiếp.",
    "sync.import_waiting",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "liên kết (symlink)",
    "sync.unsafe.link",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "hai tệp trùng tên",
    "sync.unsafe.duplicate",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tệp lạ không thuộc gói",
    "sync.unsafe.unexpected",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tệp bị mã hóa kiểu zip",
    "sync.unsafe.encrypted",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "kiểu nén lạ",
    "sync.unsafe.compression",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} giải nén ra quá lớn hoặc có tỉ lệ nén bất thường (nghi là tệp độc hại kiểu 'zip "
    "bomb'). Không nhập gói này; hãy hỏi lại nơi gửi.",
    "sync.bomb",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} có bản ghi không hợp lệ ở bảng {table}, dòng {line}: {detail}. Không nhập gì từ "
    "gói này; hãy báo nơi gửi kiểm tra và xuất lại.",
    "sync.invalid_record",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "không đọc được JSON",
    "sync.detail.not_json",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "không phải một đối tượng JSON",
    "sync.detail.not_an_object",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "không phải gói SángKiến",
    "sync.detail.not_ours",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "thiếu {member}",
    "sync.detail.missing",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "khóa công khai của nơi gửi sai",
    "sync.detail.bad_key",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} được tạo bằng SángKiến phiên bản {version}, với cấu trúc dữ liệu mới hơn phiên bản "
    "đang dùng ở đây. Hãy cập nhật SángKiến lên phiên bản {version} trở lên rồi nhập lại gói.",
    "sync.needs_update",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Phần mô tả (manifest.json) của gói {name} bị hỏng: {detail}. Không nhập gói này; hãy xin nơi "
    "gửi xuất lại.",
    "sync.damaged_manifest",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} là gói khởi tạo cho máy mới của đơn vị {unit}: hãy dùng nó trên máy mới bằng "
    "'sangkien --db TỆP.db init --from {name}', không nhập vào đây.",
    "sync.setup_package",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} do chính máy này xuất ra; hãy gửi nó cho nơi nhận.",
    "sync.own_package",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} gửi cho đơn vị {to}, không phải cho đơn vị {mine} của máy này. Hãy chuyển gói đến "
    "đúng nơi.",
    "sync.other_unit",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} gửi cho một máy khác của đơn vị {mine} (có lẽ máy cũ, trước khi cài lại). Hãy gửi "
    "một gói từ máy này lên {sender} trước để nơi đó ghi nhận máy mới, rồi xin xuất lại.",
    "sync.other_node",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chữ ký của gói {name} không đúng: gói đã bị sửa sau khi xuất, hoặc không do máy của đơn vị "
    "{unit} tạo ra. Không nhập gói này; hãy xin nơi gửi xuất lại.",
    "sync.bad_signature",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} mang mã máy của đơn vị {unit} nhưng được ký bằng một khóa khác với khóa đã ghi "
    "nhận: có thể là gói giả. Không nhập. Nếu máy ở {unit} đã được cài lại, hãy tạo gói khởi tạo "
    "mới bằng 'sangkien enroll {unit}', cài lại máy đó từ gói khởi tạo, rồi gửi gói mới.",
    "sync.key_changed",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} đến từ máy cũ của đơn vị {unit} (dấu vân tay {fingerprint}, ghi nhận từ {since}), "
    "đã được thay bằng máy mới{when} khi tạo gói khởi tạo 'enroll {unit}'. Không nhận gói từ máy "
    "đã thay: hãy nhập dữ liệu trên máy mới và gửi gói từ máy mới. Nếu máy cũ bị mất, khóa của nó "
    "đã bị thu hồi.",
    "sync.retired",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    " lúc {at} (giờ UTC)",
    "sync.retired_at",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} đến từ đơn vị {unit} không có trong danh mục đơn vị ở đây.",
    "sync.unknown_sending_unit",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đơn vị {unit} đã có một máy được ghi nhận (dấu vân tay {current}); gói {name} đến từ một máy "
    "khác (dấu vân tay {fingerprint}). Nếu máy ở {unit} đã được cài lại, hãy tạo gói khởi tạo mới "
    "bằng 'sangkien enroll {unit}' tại đây, cài máy đó từ gói khởi tạo rồi gửi lại gói.",
    "sync.another_node",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} đến từ đơn vị {sender}, không phải đơn vị cấp trên đã ghi nhận hay một đơn vị cấp "
    "dưới của {own}: không nhận gói từ đó. Nếu đơn vị cấp trên đã cài lại máy, cần cài lại máy "
    "này từ gói khởi tạo mới của cấp trên.",
    "sync.not_related",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} đến từ một máy chưa biết của đơn vị {unit}, dấu vân tay khóa {fingerprint}. Hãy "
    "gọi điện cho đơn vị đó để đối chiếu dấu vân tay; nếu khớp, nhập lại với --trust-new-node "
    "(hoặc bấm 'Tin cậy' trong màn hình xem trước).",
    "sync.unknown_sender",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đồng hồ của máy gửi {sender} chạy trước máy này {ahead} (gói có phiên bản ghi lúc {when} UTC; "
    "cho phép lệch tối đa 15 phút). Không nhập gì từ gói này và không ghi nhận gói đã nhận. Tại "
    "{sender}: chỉnh lại ngày giờ của máy, chạy 'sangkien clock-repair', rồi xuất gói mới: mọi "
    "thay đổi sẽ được gửi lại. Nếu chính đồng hồ máy này chạy chậm, hãy chỉnh nó rồi nhập lại.",
    "sync.clock_ahead",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đơn vị {unit} của máy gửi không có trong danh mục đơn vị ở đây; không nhận gói.",
    "sync.sender_unit_missing",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} mâu thuẫn với dữ liệu ở đây ({detail}); không có gì được ghi. Hãy gửi tệp gói cho "
    "bộ phận hỗ trợ.",
    "sync.conflicts_with_data",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói {name} nhắc tới một đơn vị không có trong danh mục đơn vị ở đây ({where} = {value}). Có "
    "thể danh mục ở máy này cũ hơn: hãy nhập các gói từ cấp trên trước rồi nhập lại gói này, hoặc "
    "báo nơi gửi kiểm tra.",
    "sync.unknown_unit_ref",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa có đơn vị {unit} trong danh mục đơn vị của máy này: hãy nhập gói từ cấp trên trước.",
    "sync.own_unit_missing",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không có đơn vị mã '{code}'.",
    "lookup.unknown_unit",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không xuất gói cho {code} được: chỉ gửi được cho đơn vị cấp trên {parent}hoặc một đơn vị cấp "
    "dưới của {own}.",
    "sync.not_a_neighbour",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa có khóa mã hóa của {unit}: cần nhận ít nhất một gói từ máy đó trước khi gửi gói mã hóa. "
    "Hãy xuất không mã hóa lần này.",
    "sync.no_box_key",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chỉ tạo được gói khởi tạo cho một đơn vị cấp dưới của {own}; {code} không phải.",
    "sync.enrol_not_below",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {name} không phải gói khởi tạo: hãy xin cấp trên tạo bằng 'sangkien enroll MÃ_ĐƠN_VỊ'. Gói "
    "dữ liệu thường thì nhập bằng 'sangkien import'.",
    "sync.not_setup_package",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói khởi tạo {name} bị hỏng.",
    "sync.damaged_setup",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chữ ký của gói khởi tạo {name} không đúng: gói đã bị sửa. Hãy xin cấp trên tạo lại gói.",
    "sync.setup_bad_signature",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu {path} đã có dữ liệu ({unit}); chỉ khởi tạo được một tệp mới. Hãy chọn tệp khác "
    "bằng --db.",
    "sync.setup_not_empty",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "đơn vị",
    "sync.some_unit",
)

# what the import report says of one record, and its warnings (db/sync/apply.py, importer.py)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "bản ghi này thuộc {what} {label} đã bị từ chối trong gói này (xem ở trên)",
    "sync.belongs_to_refused",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tham chiếu tới {what} không có ở đây và không được nhận từ gói này",
    "sync.refers_to_missing",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "có thể trùng: {key} '{value}' đã thuộc bản ghi khác ({holder})",
    "sync.possible_duplicate",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "của sáng kiến {reg_no}",
    "sync.label.of_initiative",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "của đơn vị {unit}",
    "sync.label.of_unit",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "(không rõ)",
    "sync.label.unknown",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "(chưa có ở đây)",
    "sync.label.not_here",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{label}: {sent} → {kept}",
    "sync.settled",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{unit} (máy {node})",
    "sync.sender_pc",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{name}: hai nơi đã gộp hai bản ghi của người này, mỗi nơi theo một chiều, trước khi biết "
    "nhau; giữ việc gộp trước, việc gộp sau (của {undone_by}) được coi như đã hoàn tác: còn một "
    "bản ghi, mọi tác giả ghi dưới bản ghi đó.",
    "sync.alias_loop",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{reg_no}: hai nơi cùng cấp giấy chứng nhận cùng một cấp trước khi biết nhau ({kept} và "
    "{cancelled}); giữ giấy cấp trước, {kept}; giấy {cancelled} bị hủy.",
    "sync.certificate_twin",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đồng hồ của máy gửi ({sender}) có vẻ sai (gói ghi ngày {created}): hãy nhắc nơi gửi chỉnh "
    "ngày giờ máy.",
    "sync.sender_clock_wrong",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói này không nối tiếp gói trước đã nhập từ {sender} (thiếu một phần ở giữa): hãy xin "
    "{sender} xuất lại với --full.",
    "sync.gap_before",
)

# ---- setting up a database (db/reference.py, db/node.py) ------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không có đơn vị mã '{code}' trong danh mục đơn vị.{hint} Mã các công đoàn: {unions}.",
    "setup.unknown_unit_code",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    " Có phải: {codes}?",
    "setup.did_you_mean",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu đã có danh mục đơn vị; không nạp lại.",
    "setup.units_loaded",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu này đã được khởi tạo cho đơn vị {unit}; không khởi tạo lại. Chọn tệp khác bằng "
    "--db.",
    "setup.already_set_up",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu này đã có dữ liệu; chỉ khởi tạo được tệp mới.",
    "setup.not_empty",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu chưa được khởi tạo cho đơn vị nào: chạy 'sangkien init --unit MÃ'.",
    "setup.not_set_up",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu {name} trên máy chủ đã có nút của đơn vị {unit}; không khởi tạo lại. Không "
    "thay đổi gì. Để khởi tạo nút khác, người quản trị tạo một cơ sở dữ liệu trống mới:\n"
    "{create}\nrồi chọn nó bằng --db {address}",
    "setup.server_already_set_up",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu {name} trên máy chủ đã có dữ liệu; chỉ khởi tạo được một cơ sở dữ liệu trống. "
    "Không thay đổi gì. Người quản trị tạo một cơ sở dữ liệu trống mới:\n{create}\nrồi chọn nó "
    "bằng --db {address}",
    "setup.server_not_empty",
)

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu này đã được khởi tạo cho một đơn vị.",
    "setup.already_a_node",
)

# ---- this PC's clock (db/node.py, db/sync/export.py) ---------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "%n phút",
    "time.minutes",
    1,
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "%n giờ",
    "time.hours",
    1,
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "%n ngày",
    "time.days",
    1,
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đồng hồ của máy này đang chậm khoảng {behind}: máy chỉ {shown}, nhưng dữ liệu đã có thay đổi "
    "lúc {seen}. Hãy chỉnh lại ngày giờ của máy trước khi sửa dữ liệu: sửa đổi làm với giờ sai bị "
    "coi là cũ hơn.",
    "clock.behind",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đồng hồ máy này đang chỉ ngày trước năm 2021: hãy chỉnh lại ngày giờ của máy. Bản ghi sửa "
    "trên máy có giờ sai sẽ thua các bản sửa ở nơi khác.",
    "clock.before_2021",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đồng hồ máy này chậm hơn thời điểm của các bản ghi đã có ({seen} UTC): hãy kiểm tra ngày giờ "
    "của máy.",
    "clock.behind_stamps",
)

# ---- encrypted packages (db/sync/crypto.py) ------------------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa có khóa mã hóa của nơi nhận: cần nhận ít nhất một gói từ đơn vị đó trước.",
    "crypto.no_recipient_key",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp không phải gói mã hóa của SángKiến.",
    "crypto.not_encrypted",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói được mã hóa theo cách mà phiên bản SángKiến này chưa biết: hãy cập nhật SángKiến.",
    "crypto.unknown_format",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói mã hóa bị hỏng, bị cắt cụt hoặc đã bị sửa: hãy xin nơi gửi xuất lại gói.",
    "crypto.damaged",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Gói này được mã hóa cho một đơn vị khác (khóa {key}), không mở được ở đây. Hãy kiểm tra lại "
    "nơi nhận khi xuất gói.",
    "crypto.other_recipient",
)

# ---- conflicts (db/sync/conflicts.py) ------------------------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không có xung đột số {number}.",
    "conflict.not_found",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Xung đột số {number} đã được xử lý ({resolution}).",
    "conflict.resolved",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Xung đột số {number} là yêu cầu rút một sáng kiến hội đồng đã quyết định: trạng thái theo "
    "quyết định được giữ, không đặt lại thành 'Rút' được. Muốn chấp nhận yêu cầu, hội đồng cần ra "
    "quyết định mới; đã trả lời xong thì đánh dấu đã xem bằng --keep kept.",
    "conflict.withdrawal_after_decision",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Xung đột số {number}: sáng kiến đã có quyết định của hội đồng ({status}); trạng thái và ngày "
    "công nhận theo quyết định, không đặt lại giá trị cũ được. Đã xem xong thì đánh dấu là đã xem "
    "(giữ giá trị hiện tại).",
    "conflict.status_after_decision",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Bản ghi {row} không còn.",
    "conflict.row_gone",
)

# ---- looking records up (db/queries/) ------------------------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không có chương trình mã '{code}' (có: {known}).",
    "lookup.unknown_programme",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "chưa có chương trình nào",
    "lookup.no_programmes",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Dòng {number}: '{line}' không phải số nguyên không âm.",
    "lookup.not_a_whole_number",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không tìm thấy sáng kiến '{key}' (theo id hoặc số đăng ký).",
    "lookup.no_initiative",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không tìm thấy tệp đính kèm '{id}'.",
    "lookup.no_attachment",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không có giai đoạn mã '{code}' (có: {known}).",
    "lookup.unknown_phase",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không tìm thấy tác giả '{id}'.",
    "lookup.no_person",
)

# ---- the rules a record must keep (db/validation.py) ---------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "{problem}",
    "validation.problem",
)  # a Problem (already in both languages)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trường '{field}': {problem}.",
    "validation.field_problem",
)
# fields' names in a sentence, lower case ("field.title") or as a heading ("field.Status")
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tên sáng kiến",
    "field.title",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "loại giải pháp",
    "field.solution_type",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "đơn vị",
    "field.unit",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "ngày đăng ký",
    "field.registered_on",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Loại giải pháp",
    "field.Solution_type",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trạng thái",
    "field.Status",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đơn vị tiền tệ",
    "field.Currency",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Ngày áp dụng lần đầu",
    "field.First_applied_on",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Ngày đăng ký",
    "field.Registered_on",
)
# kinds of value
QT_TRANSLATE_NOOP(
    "DbMessages",
    "số nguyên",
    "kind.int",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "đúng/sai",
    "kind.bool",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "văn bản",
    "kind.str",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "ngày (YYYY-MM-DD)",
    "kind.date",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "ngày YYYY-MM-DD",
    "kind.iso_date",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "thời điểm",
    "kind.datetime",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "số tiền",
    "kind.decimal",
)

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa nhập {field}.",
    "validation.required",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{field} '{value}' không hợp lệ (chọn một trong: {codes}).",
    "validation.unknown_code",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{field} {day} chưa tới (hôm nay là {today}): hãy nhập ngày đã qua.",
    "validation.in_future",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{field} {day} sớm hơn 01/01/1990: hãy kiểm tra lại năm.",
    "validation.too_early",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Sáng kiến mới chỉ có thể ở trạng thái Nháp hoặc Đã nộp, không thể là '{status}'.",
    "validation.initial_status",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Số đăng ký {reg_no} đã được dùng cho một sáng kiến khác.",
    "validation.reg_no_taken",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Sáng kiến phải có ít nhất một tác giả.",
    "validation.no_author",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tỷ lệ đóng góp của tác giả thứ {index} phải là số nguyên từ 1 đến 100 (đang là {share}).",
    "validation.share_range",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tổng tỷ lệ đóng góp phải bằng 100% (hiện là {total}%).",
    "validation.share_sum",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Một người không thể đứng tên tác giả hai lần trong cùng một sáng kiến.",
    "validation.repeated_person",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không thể chuyển trạng thái từ '{old}' sang '{new}' (được phép: {allowed}).",
    "validation.status_flow",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "không có",
    "validation.none_allowed",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cần nhập đủ ba điểm: tính mới, khả năng áp dụng và hiệu quả.",
    "validation.scores_incomplete",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Điểm phải là số nguyên từ 0 đến {most} (đang là {score}).",
    "validation.score_range",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Công nhận sáng kiến cần có số quyết định.",
    "validation.decision_no",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Công nhận sáng kiến cần có ngày quyết định.",
    "validation.decision_date",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Ngày quyết định {decided} sớm hơn ngày họp xét {reviewed}: quyết định chỉ có sau khi hội đồng họp. Hãy kiểm tra lại hai ngày.",
    "validation.decision_before_review",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trường '{field}' không có trong {table}.",
    "validation.unknown_field",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trường '{field}' cần {kind}, không phải {value}.",
    "validation.wrong_type",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cấp xét duyệt '{value}' không hợp lệ (chọn một trong: {codes}).",
    "validation.unknown_review_level",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Kết quả xét duyệt '{value}' không hợp lệ (chọn một trong: {codes}).",
    "validation.unknown_outcome",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Giá trị làm lợi không được âm.",
    "validation.negative_money",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Giá trị làm lợi tối đa là {limit} (một triệu tỷ); hãy kiểm tra lại số đã nhập.",
    "validation.money_too_large",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không tìm thấy {what} '{key}'.",
    "validation.not_found",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không đặt trực tiếp trạng thái '{status}' được: trạng thái này chỉ có khi hội đồng xét duyệt "
    "ghi quyết định (lệnh 'sangkien review', trang Xét duyệt) hoặc khi cấp giấy chứng nhận, và chỉ "
    "ở cấp có quyền quyết định.",
    "validation.needs_decision",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa nhập họ tên tác giả.",
    "validation.person_name",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Ngày sinh {day} không hợp lệ.",
    "validation.birth_date",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp nặng {size} MB, vượt giới hạn {limit} MB cho mỗi tệp đính kèm. Hãy scan với độ phân giải "
    "thấp hơn hoặc chia thành nhiều tệp.",
    "validation.file_too_big",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không đọc được tệp {path}: {reason}.",
    "validation.file_unreadable",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "không có tệp này: hãy kiểm tra tên tệp và thư mục",
    "file.not_found",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "không có quyền đọc tệp này: hãy chép nó ra thư mục của mình rồi thử lại",
    "file.no_permission",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "đó là một thư mục, không phải tệp: hãy chọn một tệp trong đó",
    "file.is_folder",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "lỗi đọc ổ đĩa: USB có thể đã bị rút ra hoặc hỏng, hãy cắm lại và thử lần nữa",
    "file.io_error",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "hệ điều hành không cho đọc tệp này: hãy chép nó ra thư mục khác rồi thử lại",
    "file.read_other",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa có tên tệp.",
    "validation.file_name",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đơn vị {own} không có quyền sửa đơn vị {unit} (chỉ sửa được đơn vị mình và các đơn vị cấp "
    "dưới).",
    "validation.unit_not_authorised",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chỉ tiêu phải là số nguyên không âm (đang là {value}).",
    "validation.target_range",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa nhập tên mới.",
    "validation.new_name",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa nhập ngày đổi tên.",
    "validation.renamed_on",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Ngày đổi tên {day} sớm hơn lần đổi tên trước ({since}).",
    "validation.rename_before_history",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trường '{field}' được tính tự động, không nhập.",
    "validation.not_editable",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Máy của {unit} ({unit_level}) không ghi được quyết định {level}: chỉ hội đồng ở cấp đó mới "
    "quyết định. Hãy gửi sáng kiến lên cấp trên để xét.",
    "validation.review_above_level",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Sáng kiến không thuộc đơn vị {unit} hay các đơn vị cấp dưới: máy này không xét duyệt được.",
    "validation.review_outside_tree",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đơn vị {own} không có quyền {what} (chỉ đơn vị mình và cấp dưới).",
    "validation.unit_may_not",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Loại cơ sở '{value}' không hợp lệ ({codes}).",
    "validation.unknown_site_type",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Số đoàn viên phải là số nguyên không âm (đang là {value}).",
    "validation.member_count",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Mã đơn vị '{code}' không hợp lệ: 2–32 chữ in hoa, số, '-' (ví dụ VSP-TD05).",
    "validation.unit_code_form",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đã có đơn vị mã {code}: hãy chọn mã khác.",
    "validation.unit_code_taken",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa nhập tên đơn vị.",
    "validation.unit_name",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cấp '{value}' không hợp lệ.",
    "validation.unknown_unit_level",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không ngừng hoạt động được đơn vị của chính máy này.",
    "validation.own_unit_active",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Sáng kiến {reg_no} đã bị xoá; hãy khôi phục trước khi sửa.",
    "validation.initiative_deleted",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trường '{field}' cần có giá trị.",
    "validation.field_required",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trường '{field}' không sửa trực tiếp được.",
    "validation.field_not_settable",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tác giả thứ {index}: {problem}",
    "validation.author_n",
)

# ---- duplicate decisions and merged people (db/duplicates/) -------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chỉ hội đồng của đơn vị quản lý cả hai sáng kiến mới quyết định được (máy này không quản lý "
    "một trong hai đơn vị).",
    "duplicates.authority",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Kết luận phải là same hoặc different.",
    "duplicates.verdict",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Hai sáng kiến phải khác nhau.",
    "duplicates.same_row",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{reg_no} đã là bản trùng của một sáng kiến khác; hãy huỷ quyết định đó trước.",
    "duplicates.already_duplicate",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{reg_no} đã có quyết định của hội đồng ({status}): sáng kiến đã xét xong không chuyển thành "
    "trùng lặp được.",
    "duplicates.decided",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cặp này do hội đồng của {unit} đã quyết định: chỉ hội đồng đó hoặc cấp trên mới sửa hay huỷ "
    "được.",
    "duplicates.decided_above",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa có quyết định nào về cặp {a} – {b}.",
    "duplicates.not_decided",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chọn hai tác giả khác nhau, chưa bị xoá hay gộp.",
    "people.merge",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Hai người này cùng là tác giả của một sáng kiến; sửa danh sách tác giả của sáng kiến đó trước "
    "khi gộp.",
    "people.both_authors",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tác giả này chưa được gộp vào ai.",
    "people.not_merged",
)

# ---- the blank register sheet (db/exchange/template.py) ------------------------------------------

QT_TRANSLATE_NOOP("DbMessages", "Chọn một giá trị trong danh sách.", "template.pick_from_list")
QT_TRANSLATE_NOOP("DbMessages", "Tên đơn vị", "template.unit_name")
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tuỳ chọn: một dòng mỗi tác giả (ngày sinh, nơi công tác…), nối với sáng kiến bằng số "
    "đăng ký. Không dùng trang này thì ghi tác giả ở cột '{column}': Họ tên (60%); Họ tên (40%).",
    "template.authors_note",
)

# ---- reading a sheet to import (db/exchange/) ----------------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "'{value}' không phải ngày.",
    "sheet.not_a_date",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "'{value}' không phải số tiền: hãy viết ví dụ 1.234.567 hoặc 12.345,67.",
    "sheet.not_an_amount",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "'{value}' không rõ: hãy viết 'Có' hoặc để trống.",
    "sheet.yes_or_empty",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "'{value}' không phải số nguyên.",
    "sheet.not_whole_number",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không có tệp {path}: kiểm tra tên tệp và thư mục.",
    "sheet.no_file",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không đọc được {name} như một bảng tính Excel (.xlsx): {error}. Hãy mở tệp trong Excel và lưu "
    "lại dạng .xlsx.",
    "sheet.not_xlsx",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {name} trống (0 byte): mở bảng tính trong Excel, lưu lại rồi chọn tệp đó.",
    "sheet.empty_file",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {name} là dạng Excel 97–2003 (.xls), không nhập được: mở tệp trong Excel, chọn Lưu thành "
    "(Save As) 'Sổ làm việc Excel (.xlsx)' rồi nhập tệp .xlsx đó.",
    "sheet.old_xls",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không mở được tệp {name}: tệp đang mở trong chương trình khác (Excel?) hoặc không được phép "
    "đọc. Đóng tệp đó rồi thử lại.",
    "sheet.cannot_open",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Dòng tiêu đề (dòng {row}, trang '{sheet}') không có cột 'Tên sáng kiến': thêm cột này hoặc "
    "sửa lại tên cột cho đúng, rồi nhập lại.",
    "sheet.no_title_column",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trang '{sheet}' không có cột '{column}' (dòng tiêu đề {row}): thêm cột này như tệp mẫu rồi "
    "nhập lại.",
    "sheet.missing_column",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trang '{sheet}' không có cột '{column}': cột '{near}' ở dòng tiêu đề {row} có phải là nó? Sửa "
    "tên cột như tệp mẫu rồi nhập lại.",
    "sheet.missing_column_near",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "đây là dòng ví dụ của tệp mẫu: xoá dòng này hoặc ghi đè bằng sáng kiến của đơn vị, rồi nhập "
    "lại.",
    "sheet.example_row",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "chưa ghi tỷ lệ đóng góp của {names}: viết mỗi tác giả như 'Nguyễn Văn An (60%)', các tác giả "
    "cách nhau bằng dấu chấm phẩy.",
    "sheet.share_missing",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trang '{sheet}' không có sáng kiến nào dưới dòng tiêu đề (dòng {row}): điền từ dòng {next} "
    "rồi nhập lại.",
    "sheet.no_rows",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "sáng kiến {reg_no} đã có cùng tên, đơn vị và ngày đăng ký (tệp đã được nhập?): xoá dòng "
    "này, hoặc ghi {reg_no} vào cột 'Số đăng ký' để cập nhật sáng kiến đó.",
    "sheet.already_registered",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "trùng tên, đơn vị và ngày đăng ký với dòng {row}: xoá một trong hai dòng.",
    "sheet.same_as_row",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trang &P / &N",
    "sheet.page_footer",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không tìm thấy dòng tiêu đề trong trang '{sheet}': cần các cột như 'Tên sáng kiến', 'Loại "
    "giải pháp', 'Mã đơn vị', 'Ngày đăng ký', 'Tác giả'.",
    "sheet.no_header_in_sheet",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không tìm thấy dòng tiêu đề trong {name}: cần các cột như 'Tên sáng kiến', 'Loại giải pháp', "
    "'Mã đơn vị', 'Ngày đăng ký', 'Tác giả'.",
    "sheet.no_header_in_file",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {name} không phải văn bản UTF-8: trong Excel, lưu lại dạng 'CSV UTF-8' hoặc .xlsx.",
    "sheet.not_utf8",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Dòng {row}",
    "sheet.where_row",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "cột '{column}'",
    "sheet.where_column",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "cột này không được nhập (không trùng tên cột nào của sổ sáng kiến).",
    "sheet.column_ignored",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "số đăng ký {reg_no} đã có ở dòng {row}; mỗi sáng kiến chỉ một dòng.",
    "sheet.reg_no_twice",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tiền tệ '{typed}' không rõ: viết VND hoặc USD.",
    "sheet.currency_unclear",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "'{typed}' không có trong danh sách: chọn một trong {choices}.",
    "sheet.not_in_list",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "không có lĩnh vực '{typed}': chọn theo danh sách của tệp mẫu (sangkien initiative template).",
    "sheet.no_such_field",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "không có đơn vị mã '{typed}': sửa theo danh sách đơn vị của tệp mẫu (trang Danh mục) hoặc "
    "thêm đơn vị ở trang Đơn vị & chỉ tiêu.",
    "sheet.no_such_unit",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "không có đơn vị mã '{typed}': có phải {near}? Sửa theo danh sách đơn vị của tệp mẫu (trang "
    "Danh mục).",
    "sheet.no_such_unit_near",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tác giả của sáng kiến này ở trang tác giả có lỗi (xem các dòng đó).",
    "sheet.author_rows_wrong",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "'{status}' chỉ có khi hội đồng ghi quyết định: sáng kiến được nhập ở trạng thái 'Đang xét'; "
    "ghi kết quả xét duyệt ở trang Xét duyệt (sangkien review).",
    "sheet.status_from_decision",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "trạng thái '{status}' được ghi theo bảng tính; số và ngày quyết định công nhận (nếu có) hãy "
    "ghi ở trang Xét duyệt.",
    "sheet.status_as_written",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "sáng kiến {reg_no} đã bị xoá: khôi phục nó trước, hoặc xoá dòng này.",
    "sheet.initiative_deleted",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Có",
    "sheet.yes",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không",
    "sheet.no",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "(chưa xếp cụm)",
    "stats.no_cluster",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "thiếu số đăng ký của sáng kiến.",
    "sheet.reg_no_missing",
)

# ---- Excel sheets and verification codes ---------------------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Bảng tính có %n dòng lỗi: không ghi gì. Sửa các lỗi trong tệp rồi nhập lại, hoặc chọn "
    "chỉ nhập các dòng hợp lệ.",
    "sheet.has_errors",
    1,
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Dòng {row}: {problems}. Không ghi gì.",
    "sheet.row_refused",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Mã xác thực phải có {digits} ký tự (chữ số và chữ cái in hoa), nhận được {got}.",
    "code.length",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Mã xác thực không hợp lệ (ký tự đầu sai).",
    "code.invalid",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không đọc được: nhập số giấy chứng nhận rồi đến mã kiểm tra 16 ký tự in bên cạnh mã QR, ví "
    "dụ 'CDDKVN-2023-00001 VE2H-MW7R-5ZRS-91NM', hoặc nội dung quét từ mã QR.",
    "code.unreadable",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Mã kiểm tra in bên cạnh mã QR có {digits} ký tự (4 nhóm 4, ví dụ VE2H-MW7R-5ZRS-91NM), đã gõ "
    "{got}: hãy gõ lại đủ, hoặc quét mã QR.",
    "code.short_length",
)

# ---- periods and certificates (db/queries/stats.py, db/certificates.py) --------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Năm {year} không hợp lệ.",
    "period.bad_year",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Quý '{text}' không hợp lệ: viết như 2026Q3.",
    "period.bad_quarter",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Quý '{text}' không hợp lệ: quý từ 1 đến 4.",
    "period.quarter_range",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa nhập tên người ký.",
    "certificate.no_signer",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "đã có giấy chứng nhận số {number} (dùng in lại)",
    "certificate.skip.has_one",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "sáng kiến đã bị xoá",
    "certificate.skip.deleted",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "chưa được công nhận (đang '{status}'): ghi quyết định công nhận ở trang Xét duyệt trước",
    "certificate.skip.status",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "ngoài phạm vi đơn vị {unit} của máy này",
    "certificate.skip.outside",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "chưa có quyết định công nhận (kết quả xét duyệt 'Công nhận')",
    "certificate.skip.no_decision",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "được công nhận ở {level}: giấy chứng nhận do cấp đó cấp, không phải máy của {unit}",
    "certificate.skip.level",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "chưa có tác giả",
    "certificate.skip.no_authors",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{number} ngày {date}",
    "certificate.decision_on",
)
# what a certificate shows, as the register holds it (Labels: the Vietnamese is --json's key)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Số",
    "certificate.shows.number",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tác giả",
    "certificate.shows.authors",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Sáng kiến",
    "certificate.shows.initiative",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cấp công nhận",
    "certificate.shows.level",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Quyết định",
    "certificate.shows.decision",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Ngày cấp",
    "certificate.shows.issued_on",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đơn vị cấp",
    "certificate.shows.issuer",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Người ký",
    "certificate.shows.signer",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Số lần in lại",
    "certificate.shows.reprints",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Máy này chưa có khóa ký nên không cấp được giấy chứng nhận.",
    "certificate.no_key",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Giấy chứng nhận {number} không có hoặc đã bị huỷ: không in lại được.",
    "certificate.not_reprintable",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{what} của đơn vị {own} do cấp trên đặt; máy của {own} chỉ đặt {what_lower} cho các đơn vị "
    "cấp dưới của mình.",
    "authority.set_from_above",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đơn vị {unit} không thuộc {own} hay các đơn vị cấp dưới: máy của {own} không ghi hay sửa hồ "
    "sơ của đơn vị đó (đơn vị đó hoặc cấp trên của nó làm việc này).",
    "authority.outside_tree",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "(chưa có đơn vị)",
    "authority.no_unit",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chỉ đơn vị sở hữu chương trình {programme} ({owner}) hoặc cấp trên của nó mới được thay đổi "
    "sáng kiến nào được tính cho chương trình; máy này không được. Hãy đề nghị đơn vị đó.",
    "programme.override_not_allowed",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Sáng kiến {reg_no} không thuộc đơn vị nào của chương trình {programme} ({owner} và các đơn vị "
    "trực thuộc).",
    "programme.override_outside_scope",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{source} không phải JSON hợp lệ: {error} (dòng {line}, cột {column}).",
    "json.bad",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp JSON phải chứa một đối tượng {{...}} mô tả một sáng kiến.",
    "json.not_object",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trường '{field}' không có trong sáng kiến (các trường: {known}, authors).",
    "json.unknown_field",
)

# ---- printing certificates and papers (desktop/printing/) ----------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Sổ chứng nhận vừa thay đổi trong lúc in; không có gì được cấp. Hãy in lại.",
    "print.register_changed",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Một đợt in giấy chứng nhận khác đang chạy trên cơ sở dữ liệu này; không có gì được in hay "
    "cấp. Hãy đợi đợt đó xong rồi in lại.",
    "print.batch_running",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa có người ký: nhập họ tên và chức danh người ký (lần sau sẽ được nhớ).",
    "print.no_signer",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không có sáng kiến nào đã cấp chứng nhận trong phạm vi đã chọn.",
    "print.none_certified",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không có sáng kiến nào đã được công nhận trong phạm vi đã chọn.",
    "print.none_recognised",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Các sáng kiến đã chọn chưa có giấy chứng nhận để in lại.",
    "print.nothing_to_reprint",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{reg_no}: {why}",
    "print.skipped_one",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    " (và %n sáng kiến khác)",
    "print.and_more",
    1,
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không cấp được giấy chứng nhận nào — {reasons}{more}.",
    "print.nothing_issued",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Mẫu {path}: phần tử '{element}' dùng phông '{font}' không có trong 'fonts'.",
    "print.unknown_font_key",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "phần tử '{element}' thiếu khóa {key}",
    "print.element_key_missing",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "thiếu mục '{key}'",
    "print.template_key_missing",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "phần tử '{element}': {error}",
    "print.element_wrong",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "cần 0 < min_size ≤ size, max_lines ≥ 1 và extra_lines ≥ 0",
    "print.style_sizes",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "align phải là left, center hoặc right, không phải '{value}'",
    "print.align",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đã huỷ in.",
    "print.cancelled",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không đọc được phông chữ {path}: {error}. Hãy cài lại SángKiến hoặc sửa tên phông trong mẫu.",
    "print.font_unreadable",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp báo cáo phải có đuôi .pdf hoặc .xlsx: {name}.",
    "print.report_suffix",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không đọc được mẫu giấy chứng nhận {path}: {error}",
    "print.template_unreadable",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Mẫu giấy chứng nhận {path} sai: {error}. Xem phần 'about' trong tệp.",
    "print.template_wrong",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tên tệp {name} phải kết thúc bằng .pdf hoặc .docx.",
    "print.paper_suffix",
)

# ---- an initiative as JSON (db/queries/initiative_json.py) ----------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "đơn vị",
    "what.unit",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "lĩnh vực",
    "what.field",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "giai đoạn",
    "what.phase",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tác giả",
    "what.person",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "đơn vị cấp trên",
    "what.parent",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "sáng kiến gốc",
    "what.original",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chỉ tiêu",
    "what.targets",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "thêm đơn vị ở đây",
    "unit.add_here",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "sửa đơn vị {unit}",
    "unit.change",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{key}: không có {what} mã hoặc id '{raw}'.",
    "json.no_code_or_id",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "duplicate_of_id: không có sáng kiến '{raw}'.",
    "json.no_initiative",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    'authors: cần một danh sách [{{"person_id" hoặc "full_name", "share"}}, ...].',
    "json.authors_not_list",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{label}: cần một đối tượng {{...}}.",
    "json.author_not_object",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{label}: trường không biết {fields} (dùng: {known}).",
    "json.author_unknown_fields",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{label}.share: cần số nguyên (tỷ lệ %), không phải {share}.",
    "json.share_not_whole",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{label}: cần person_id hoặc full_name.",
    "json.author_needs_name",
)

# ---- programmes (db/queries/programmes.py) -------------------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "{where}: ngày '{value}' không hợp lệ (viết YYYY-MM-DD hoặc DD/MM/YYYY).",
    "programme.bad_date",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp phải là một đối tượng JSON.",
    "programme.not_object",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Mã chương trình '{code}' không hợp lệ: 2–32 chữ in hoa, số, '-', '.' (ví dụ NLD-2025).",
    "programme.bad_code",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đã có chương trình mã {code}: hãy chọn mã khác.",
    "programme.code_taken",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa nhập tên chương trình.",
    "programme.no_name",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chương trình tính 'registered' (đã đăng ký) hoặc 'recognised' (được công nhận), không phải "
    "'{counts}'.",
    "programme.bad_counts",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa nhập thời gian của chương trình (từ ngày, đến ngày).",
    "programme.no_window",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chương trình kết thúc ({ends}) trước khi bắt đầu ({starts}).",
    "programme.ends_before_start",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chương trình cần ít nhất một giai đoạn.",
    "programme.no_phase",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Giai đoạn {before} ({before_start}–{before_end}) và {after} ({after_start}–{after_end}) chồng "
    "lên nhau: giai đoạn sau phải bắt đầu sau ngày kết thúc giai đoạn trước.",
    "programme.phases_overlap",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Mã giai đoạn '{code}' không hợp lệ: 1–16 chữ in hoa, số, '-'.",
    "programme.bad_phase_code",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Mã giai đoạn {code} đã dùng: hãy chọn mã khác (ví dụ {example}).",
    "programme.phase_code_taken",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa nhập tên giai đoạn.",
    "programme.no_phase_name",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa nhập ngày của giai đoạn.",
    "programme.no_phase_dates",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Giai đoạn {code} kết thúc trước khi bắt đầu.",
    "programme.phase_ends_before_start",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Giai đoạn {code} ({starts}–{ends}) nằm ngoài thời gian của chương trình ({window_start}–"
    "{window_end}).",
    "programme.phase_outside_window",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chương trình do máy của đơn vị sở hữu tạo: máy này phục vụ {own}, không phải {owner}.",
    "programme.not_owner_node",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chỉ tiêu cho đơn vị '{unit}': không có đơn vị này dưới đơn vị sở hữu chương trình.",
    "programme.target_unknown_unit",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chỉ tiêu của {unit}: giai đoạn '{phase}' không thuộc chương trình (ghi chỉ tiêu theo từng giai "
    "đoạn).",
    "programme.target_unknown_phase",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chỉ tiêu của {unit} phải là số nguyên không âm (đang là {value}).",
    "programme.target_range",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không sửa được trường '{field}' (sửa được: {settable}).",
    "programme.not_settable",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chỉ máy của đơn vị sở hữu mới sửa được chương trình {code}.",
    "programme.owner_only",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Giá trị làm lợi bằng {currency} là số tròn, không có phần lẻ.",
    "validation.whole_money",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Giá trị làm lợi bằng {currency} có tối đa {allowed} chữ số sau dấu thập phân (ví dụ 12.345,67).",
    "validation.money_decimals",
)

# ---- values of a record (db/sync/codec.py, db/records.py, db/money.py) -------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "{where}: giá trị không hợp lệ {value}: {reason}",
    "record.invalid_value",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{where}: thiếu giá trị",
    "record.value_required",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{where}: mã bản ghi sai {value}",
    "record.bad_id",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{where}: dấu phiên bản sai {value}",
    "record.bad_stamp",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{where}: phải là một đối tượng",
    "record.stamps_not_object",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{where}: phiên bản sai cho {field}",
    "record.bad_field_stamp",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{where}: trường không biết {fields}",
    "record.unknown_fields",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "mới hơn",
    "sync.newer_version",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "không phải một đối tượng JSON đúng dạng ({detail})",
    "sync.manifest_not_object",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "trường '{field}' thiếu, sai kiểu hoặc vượt giới hạn ({detail})",
    "sync.manifest_field",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "cần văn bản",
    "value.text",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "dài quá {limit} ký tự",
    "value.too_long",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "cần số nguyên",
    "value.whole_number",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "cần true/false",
    "value.true_false",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "cần {what} dạng văn bản ISO",
    "value.iso_text",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "không phải {what}",
    "value.not_a",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "không phải thời điểm ISO 8601",
    "value.not_a_time",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "cần một danh sách tên",
    "value.names",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tối đa {most} tên, mỗi tên tối đa {chars} ký tự",
    "value.too_many_names",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "lồng quá {depth} tầng",
    "value.too_deep",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "cần số tiền",
    "money.expected",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "quá 2 chữ số thập phân",
    "money.decimals",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "cần số tiền: số nguyên hoặc chuỗi thập phân",
    "money.record_expected",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "không phải số tiền dạng 2500.5",
    "money.record_form",
)

# ---- checking a certificate (db/certificates.py, db/certificate_check.py) ------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không biết khóa của máy đã cấp số {number}: chưa nhập gói dữ liệu nào của máy đó, nên chưa "
    "kiểm tra được.",
    "verify.unknown_issuer",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Giấy chứng nhận số {number} là thật nhưng ĐÃ BỊ HUỶ trong sổ đăng ký.",
    "verify.cancelled",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Giấy chứng nhận số {number} là THẬT và đúng như trong sổ đăng ký: hãy so tên, sáng kiến và "
    "quyết định in trên giấy với các dòng dưới đây.",
    "verify.genuine",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "KHÔNG KHỚP: mã xác thực trên giấy không phải mã của giấy chứng nhận số {number} đã cấp — "
    "giấy bị sửa hoặc giả.",
    "verify.code_mismatch",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "KHÔNG KHỚP: dữ liệu của số {number} trong sổ đăng ký đã bị sửa sau khi cấp, chữ ký không "
    "còn đúng.",
    "verify.register_altered",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Số {number} không có trong sổ đăng ký và đơn vị '{unit}' chưa từng gửi gói dữ liệu đến máy "
    "này: không kiểm tra được.",
    "verify.unknown_unit",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Số {number} không có trong sổ đăng ký. Nếu giấy mới được cấp, hãy nhập gói dữ liệu mới nhất "
    "của {unit} rồi kiểm tra lại; nếu không, giấy này đáng ngờ.",
    "verify.not_in_register",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "KHÔNG KHỚP: mã kiểm tra {code} không phải mã của giấy chứng nhận số {number} đã cấp — giấy "
    "bị sửa, giả, hoặc gõ nhầm (hãy gõ lại, hoặc quét mã QR).",
    "verify.short_code_mismatch",
)

# ---- long work, servers, files (db/progress.py, db/engines.py, db/exchange/, db/demo/) -----------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đã hủy; không có gì thay đổi.",
    "work.cancelled",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tên tệp {name} phải kết thúc bằng .xlsx (Excel) hoặc .csv.",
    "exchange.file_kind",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tên tệp mẫu {name} phải kết thúc bằng .xlsx (mẫu có danh sách chọn, CSV không giữ được).",
    "exchange.template_kind",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đã huỷ xuất tệp.",
    "exchange.export_cancelled",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đã huỷ tạo dữ liệu mẫu; không ghi tệp nào.",
    "demo.cancelled",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp {path} đã có; dữ liệu mẫu không ghi đè lên cơ sở dữ liệu có sẵn. Chọn tệp khác bằng "
    "--db hoặc xoá tệp đó trước.",
    "demo.file_exists",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu {name} trên máy chủ đã có dữ liệu; dữ liệu mẫu chỉ tạo trong một cơ sở dữ "
    "liệu trống. Không thay đổi gì. Người quản trị tạo một cơ sở dữ liệu trống mới:\n{create}\n"
    "rồi chạy lại với --db {address}",
    "demo.server_not_empty",
)

# ---- a package's authority (db/sync/authority.py, db/sync/verify.py) -----------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "giai đoạn và lĩnh vực chỉ cấp ngành sửa được",
    "authority.root_only",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "chỉ đơn vị cấp trên của đơn vị này mới đặt được (chỉ tiêu, tên), {unit} không tự đặt cho mình",
    "authority.unit_above_only",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "cấp xét duyệt/chứng nhận '{level}' cao hơn cấp của đơn vị {unit}",
    "authority.level_too_high",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "giấy chứng nhận của {unit} cho một quyết định công nhận ở {level}: giấy chứng nhận do cấp "
    "đã công nhận cấp",
    "authority.certificate_level",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{what} không thuộc đơn vị {unit} hay các đơn vị cấp dưới của nó",
    "authority.outside",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Bản ghi",
    "authority.what.record",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tác giả",
    "authority.what.person",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Quyết định trùng lặp",
    "authority.what.duplicate_decision",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đơn vị cấp trên mới",
    "authority.what.new_parent",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "chỉ cấp trên mới sửa được mã, tên, cấp và đơn vị cấp trên của một đơn vị; {unit} không tự "
    "sửa đơn vị mình hay đơn vị ngoài cây của mình",
    "authority.unit_from_above",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "mã bản ghi {record} xuất hiện hai lần",
    "package.duplicate_record",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "thiếu trường {fields}",
    "package.missing_fields",
)

# ---- a headquarters on a server (db/postgres/) ---------------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Địa chỉ máy chủ không đúng: {address}. Dạng đúng: postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL.",
    "server.bad_address",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không ghi mật khẩu trong địa chỉ máy chủ: SángKiến không lưu mật khẩu. Hãy đặt mật khẩu "
    "trong tệp ~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf) hoặc biến môi trường "
    "PGPASSWORD, rồi dùng postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL.",
    "server.password_in_address",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Địa chỉ máy chủ thiếu tên cơ sở dữ liệu: {address}.",
    "server.no_database_name",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không kết nối được máy chủ cơ sở dữ liệu {address} ({reason}). Hãy kiểm tra máy chủ đang "
    "chạy, tên máy, cổng, tên người dùng và mật khẩu trong ~/.pgpass.",
    "server.unreachable",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không kết nối được máy chủ {host} cổng {port}: PostgreSQL không chạy ở đó, hoặc tường lửa "
    "chặn. Hãy kiểm tra máy chủ đang chạy và tên máy, cổng trong địa chỉ {address}.",
    "server.not_running",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không kết nối được máy chủ: không tìm thấy máy «{host}» trên mạng. Hãy kiểm tra tên máy "
    "trong địa chỉ {address}.",
    "server.unknown_host",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Máy chủ {host} đòi mật khẩu của người dùng {user}, mà máy này chưa có. Hãy thêm dòng "
    "{host}:{port}:{database}:{user}:MẬT_KHẨU vào tệp ~/.pgpass (Windows: "
    "%APPDATA%\\postgresql\\pgpass.conf) hoặc đặt biến môi trường PGPASSWORD, rồi mở lại.",
    "server.no_password",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Tệp mật khẩu {path} để người khác đọc được, nên PostgreSQL bỏ qua nó. Hãy chạy: chmod 600 "
    "{path}, rồi mở lại.",
    "server.pgpass_ignored",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Máy chủ {host} từ chối mật khẩu của người dùng {user}. Hãy sửa mật khẩu trong ~/.pgpass "
    "(Windows: %APPDATA%\\postgresql\\pgpass.conf) hoặc PGPASSWORD, hoặc hỏi người quản trị "
    "máy chủ.",
    "server.wrong_password",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Máy chủ {host} không có cơ sở dữ liệu «{database}». Hãy kiểm tra tên sau dấu / cuối của "
    "địa chỉ, hoặc nhờ người quản trị tạo nó: createdb -O {user} {database}.",
    "server.no_such_database",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Máy chủ {host} không có người dùng «{user}». Hãy kiểm tra tên trước dấu @ của địa chỉ, "
    "hoặc nhờ người quản trị tạo người dùng đó: createuser -P {user}.",
    "server.no_such_user",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Máy chủ {host} không cho máy này kết nối với người dùng {user} (pg_hba.conf). Hãy nhờ "
    "người quản trị máy chủ cho phép máy này.",
    "server.not_allowed",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Người dùng {user} vào được {address} nhưng không có quyền trên các bảng của SángKiến. Hãy "
    "nhờ người quản trị cấp quyền (GRANT ALL ON ALL TABLES IN SCHEMA public TO {user}; GRANT "
    "ALL ON ALL SEQUENCES IN SCHEMA public TO {user};) hoặc dùng người dùng sở hữu cơ sở dữ "
    "liệu. Không thay đổi gì.",
    "server.no_privilege",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa lưu gì: một đồng nghiệp đang nhập gói vào máy chủ này, và mọi thay đổi phải chờ việc "
    "nhập xong (một gói lớn mất vài phút). Hãy thử lại sau ít phút.",
    "server.busy_importing",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chưa lưu gì: một đồng nghiệp đang ghi một việc lớn vào máy chủ này (ví dụ cấp giấy chứng "
    "nhận hàng loạt). Hãy thử lại sau ít phút.",
    "server.busy_writing",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu {address} trên máy chủ là của một chương trình khác, không phải của SángKiến. "
    "Không thay đổi gì.",
    "server.foreign_database",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu {address} được tạo bằng SángKiến mới hơn (cấu trúc {revision}). Hãy cập nhật "
    "SángKiến rồi mở lại; không thay đổi gì.",
    "server.newer_schema",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu {address} trên máy chủ còn trống. Hãy khởi tạo bằng 'sangkien --db {address} "
    "init --unit MÃ', 'demo' hoặc 'migrate-to'.",
    "server.empty",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không chép được lên máy chủ ({reason}); máy chủ không thay đổi gì.",
    "server.copy_failed",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cơ sở dữ liệu đích đã có dữ liệu (bảng {table}): chỉ chuyển vào một cơ sở dữ liệu trống. "
    "Không thay đổi gì.",
    "server.target_not_empty",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chép chưa đủ bảng {table} ({held} / {expected}): không thay đổi gì.",
    "server.copy_incomplete",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chỉ khôi phục vào một cơ sở dữ liệu máy chủ còn trống (tạo bằng 'createdb'); cơ sở dữ liệu "
    "này đã có bảng. Không thay đổi gì.",
    "server.restore_not_empty",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{path} không phải bản sao lưu pg_dump của máy chủ (định dạng custom, do 'sangkien backup' "
    "hoặc trang Sao lưu ghi). Không thay đổi gì.",
    "server.restore_not_a_dump",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{path} là một tệp cơ sở dữ liệu SángKiến, không phải bản pg_dump. Chuyển nó lên máy chủ "
    "bằng: sangkien --db {path} migrate-to postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL. Không thay "
    "đổi gì.",
    "server.restore_a_file",
)

QT_TRANSLATE_NOOP(
    "DbMessages",
    "PostgreSQL chưa được cài ({program} không có). Trên Debian/Ubuntu: 'sudo apt-get install "
    "postgresql'.",
    "server.trial_not_installed",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Cổng {port} đã có chương trình khác dùng (có thể là một PostgreSQL khác). Hãy chọn cổng "
    "khác, ví dụ --port {other}; không thay đổi gì.",
    "server.trial_port_taken",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Máy chủ thử không khởi động được. Xem lý do trong {log}.",
    "server.trial_did_not_start",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Máy chủ thử trong {folder} không chạy: không có gì để dừng.",
    "server.trial_not_running",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Chạy bằng root, máy chủ thử thuộc người dùng postgres của hệ thống, mà người này không vào "
    "được {folder} (một thư mục trên đường đi chỉ root vào được, như /root). Hãy chọn thư mục khác, ví dụ "
    "/var/lib/sangkien-server, hoặc chạy lệnh bằng một người dùng thường.",
    "server.trial_folder_private",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Không tìm thấy {program}, công cụ của PostgreSQL để sao lưu và khôi phục máy chủ. Hãy cài "
    "gói postgresql-client (Windows: cài PostgreSQL, thư mục bin của nó, ví dụ C:\\Program "
    "Files\\PostgreSQL\\16\\bin, được tìm tự động). Không thay đổi gì.",
    "server.tool_missing",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{program} không chạy được: {error}",
    "server.tool_failed",
)

# ---- backups and dates ----------------------------------------------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Sao lưu thủ công",
    "backup.reason.manual",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Sao lưu hằng ngày",
    "backup.reason.daily",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trước khi nhập gói",
    "backup.reason.import",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trước khi nhập gói (hoàn tác)",
    "backup.reason.import-undo",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trước khi khôi phục (hoàn tác)",
    "backup.reason.restore-undo",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trước khi nâng cấp dữ liệu (hoàn tác)",
    "backup.reason.migrate-undo",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trước khi nâng cấp dữ liệu",
    "backup.reason.migrate",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Trước khi khôi phục",
    "backup.reason.restore",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Bản hỏng được giữ lại",
    "backup.reason.damaged",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "'{typed}' không phải ngày: hãy viết dạng {example} (ngày/tháng/năm).",
    "date.unreadable",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "'{typed}': hãy viết năm đủ bốn chữ số, ví dụ {example} (năm {short} có thể là 19{short} "
    "hoặc 20{short}).",
    "date.two_digit_year",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{field}: '{typed}' không phải ngày có thật: hãy viết dạng {example} (ngày/tháng/năm).",
    "date.field_unreadable",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{field}: '{typed}' không phải ngày viết dạng {example} (năm-tháng-ngày, như 'initiative show "
    "--json' in ra).",
    "date.json_unreadable",
)

QT_TRANSLATE_NOOP(
    "DbMessages",
    "không phải số tiền",
    "money.not_an_amount",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{name} (nội dung chưa được đồng bộ về)",
    "attachment.not_synced",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{actor} (gói đồng bộ)",
    "edit.by_package",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "«{field}» đã được {who} sửa lúc {when} (giá trị hiện là {now}) sau khi bạn mở bản ghi. Hãy "
    "mở lại để xem thay đổi rồi sửa tiếp; chưa lưu gì.",
    "edit.meanwhile_named",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "số nguyên phải nằm trong khoảng {low} .. {high}",
    "value.integer_range",
)

# ---- checking a database (db/integrity.py, `sangkien check`) -------------------------------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "{table} (rowid {rowid}) trỏ tới {parent} không tồn tại",
    "check.foreign_key",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "phiên bản lược đồ {revision}, cần {head}",
    "check.schema",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "có {count} dòng danh tính nút, chỉ được có một",
    "check.node_rows",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{table}: %n dòng thiếu hoặc sai dấu phiên bản (hlc)",
    "check.bad_hlc",
    1,
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{table}: %n dòng thiếu số thứ tự thay đổi (seq)",
    "check.no_seq",
    1,
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{table}: {count} dòng có seq lớn hơn last_seq={last_seq} của nút",
    "check.seq_above",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "{table}: {count} dòng có field_hlc sai, ví dụ {example}",
    "check.bad_field_hlc",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "số thứ tự thay đổi bị trùng giữa các dòng: {sample}",
    "check.duplicate_seq",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "nút {unit} báo đã nhận tới seq {acked} > last_seq {last_seq}",
    "check.receipts",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "%n tệp đính kèm có kích thước sai",
    "check.attachment_sizes",
    1,
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tệp đính kèm {sha}… không khớp mã băm SHA-256",
    "check.attachment_hash",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "chỉ mục tìm kiếm không khớp dữ liệu (cần dựng lại)",
    "check.search_index",
)


# ---- the full check when it is due (db/safe_open.py, db/integrity.py; issue 13) -----------------

QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đến hạn kiểm tra toàn vẹn {name} ({why}). Vẫn đọc được ngay; lần ghi đầu tiên sẽ kiểm tra "
    "trước (Ctrl+C để dừng, không ghi gì), hoặc chạy 'sangkien check' khi có thời gian.",
    "open.check_due",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "lần trước SángKiến không được đóng đúng cách",
    "open.check_why.unclean",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "tệp đã thay đổi khi không có SángKiến nào mở nó",
    "open.check_why.changed",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "đã hơn 7 ngày từ lần kiểm tra trước",
    "open.check_why.schedule",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "chưa có lần kiểm tra nào được ghi lại",
    "open.check_why.unknown",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đang kiểm tra toàn vẹn {name} trước khi ghi: {done} ({seconds} giây; Ctrl+C để dừng)",
    "open.checking",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đã dừng kiểm tra toàn vẹn; chưa ghi gì vào {name}. Việc kiểm tra vẫn đến hạn: chạy lại lệnh, "
    "hoặc 'sangkien check', khi có thời gian.",
    "open.check_cancelled",
)
QT_TRANSLATE_NOOP(
    "DbMessages",
    "Đang kiểm tra toàn vẹn {name} ({why}) nên chưa ghi được; chưa ghi gì. Hãy lưu lại sau ít "
    "phút, khi kiểm tra xong.",
    "open.check_running",
)
