"""The words of every message `db/` gives a person, in one place: a code, its parameters, and
its Vietnamese and English templates (see docs/ARCHITECTURE.md, "Messages").

`db/` raises its errors and reports its problems with a `Message` (a code and parameters), never
with finished words: `raise DatabaseError(Message("open.not_found", path=path))`. The words are
chosen where the message is shown: `str(error)` and `message.text()` are Vietnamese (the command
line, logs), `message.text("en")` English; the GUI asks for its interface language through
`desktop.messages.error_text`. The catalogue is plain Python because `db/` never imports Qt and
the command line and tests read it without a screen; the window's own strings stay in Qt
Linguist (.ts).

Templates use `{name}` parameters. A parameter is written per language: an `int` with the
language's thousands mark only when it is a count (`count`), a date as dd/mm/yyyy, a vocabulary
`Term` (anything with `label(lang)`) or a nested `Message` in the same language. An English
template may be a pair (singular, plural), chosen by the parameter `count`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Words:
    vi: str
    en: str | tuple[str, str]


CATALOGUE: dict[str, Words] = {}


def _add(code: str, vi: str, en: str | tuple[str, str]) -> None:
    if code in CATALOGUE:
        raise ValueError(f"message code {code} declared twice")
    CATALOGUE[code] = Words(vi, en)


class Message:
    """A message a person will read: a catalogue code and its parameters."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: Any) -> None:
        if code not in CATALOGUE:
            raise KeyError(f"no message {code!r} in db/messages.py")
        self.code = code
        self.params: dict[str, Any] = params

    def text(self, lang: str = "vi") -> str:
        words = CATALOGUE[self.code]
        template = words.en if lang == "en" else words.vi
        if isinstance(template, tuple):
            template = template[0] if self.params.get("count") == 1 else template[1]
        values = {name: _written(name, value, lang) for name, value in self.params.items()}
        return template.format(**values)

    def __str__(self) -> str:
        return self.text("vi")

    def __repr__(self) -> str:
        return f"Message({self.code!r}, {self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Message) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash((self.code, repr(sorted(self.params.items()))))


class Label(str):
    """A catalogue text used as a key: its str is the Vietnamese (stable in --json and in tests),
    `label(lang)` its words in either language."""

    code: str

    def __new__(cls, code: str) -> Label:
        label = super().__new__(cls, CATALOGUE[code].vi)
        label.code = code
        return label

    def label(self, lang: str = "vi") -> str:
        return Message(self.code).text(lang)


class Joined:
    """Several parameters (messages, terms or text) as one, joined by `separator`."""

    def __init__(self, items: list[Any], separator: str = ", ") -> None:
        self.items, self.separator = items, separator

    def label(self, lang: str = "vi") -> str:
        return self.separator.join(_written("", item, lang) for item in self.items)


_TIME_UNITS = {"vi": ("năm", "ngày", "giờ", "phút"), "en": ("year", "day", "hour", "minute")}


class Duration:
    """A length of time as a person says it: "3 ngày 4 giờ 5 phút", "3 days 4 hours 5 minutes"
    (at least a minute)."""

    def __init__(self, ms: int) -> None:
        minutes = max(1, ms // 60_000)
        days, rest = divmod(minutes, 24 * 60)
        hours, minutes = divmod(rest, 60)
        self.parts = (days // 365, days % 365, hours, minutes)

    def label(self, lang: str = "vi") -> str:
        names = _TIME_UNITS["en" if lang == "en" else "vi"]
        words = []
        for count, name in zip(self.parts, names, strict=True):
            if count:
                plural = "s" if lang == "en" and count != 1 else ""
                words.append(f"{count} {name}{plural}")
        return " ".join(words)


def message_of(error: BaseException) -> Message | None:
    """The catalogued message an exception was raised with, if any."""
    for arg in error.args:
        if isinstance(arg, Message):
            return arg
    return None


def _written(name: str, value: Any, lang: str) -> str:
    if isinstance(value, Message):
        return value.text(lang)
    if hasattr(value, "label"):
        return value.label(lang)
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


_add("term", "{term}", "{term}")  # a vocabulary term (db/vocab.py) where a Message is held

# ---- files and storage (db/fileutil.py) ----------------------------------------------------------

_add(
    "storage.disk_full",
    "Ổ đĩa đã đầy: không ghi được {path}. Hãy xóa bớt tệp hoặc chọn ổ khác rồi thử lại; dữ liệu "
    "đã lưu không bị mất.",
    "The disk is full: {path} could not be written. Delete some files or choose another drive "
    "and try again; nothing saved was lost.",
)
_add(
    "storage.quota",
    "Đã hết hạn mức dung lượng: không ghi được {path}. Hãy xóa bớt tệp hoặc chọn ổ khác rồi thử "
    "lại; dữ liệu đã lưu không bị mất.",
    "The disk quota is used up: {path} could not be written. Delete some files or choose another "
    "drive and try again; nothing saved was lost.",
)
_add(
    "storage.read_only",
    "Ổ đĩa chỉ cho phép đọc (USB bị khóa ghi?): không ghi được {path}. Hãy gạt khóa ghi trên USB "
    "hoặc chọn ổ khác; dữ liệu đã lưu không bị mất.",
    "The drive is read-only (a write-protected USB stick?): {path} could not be written. Slide "
    "the stick's lock off or choose another drive; nothing saved was lost.",
)
_add(
    "storage.no_permission",
    "Không có quyền ghi {path}. Hãy chọn một thư mục khác (ví dụ Tài liệu) hoặc hỏi người quản "
    "trị máy.",
    "You may not write {path}. Choose another folder (Documents, for example) or ask the "
    "computer's administrator.",
)
_add(
    "storage.not_permitted",
    "Không được phép ghi {path}. Hãy chọn một thư mục khác.",
    "Writing {path} is not permitted. Choose another folder.",
)
_add(
    "storage.no_folder",
    "Không tìm thấy thư mục của {path} (USB đã bị rút?). Hãy cắm lại hoặc chọn nơi khác.",
    "The folder of {path} is not there (was the USB stick pulled out?). Plug it in again or "
    "choose another place.",
)
_add(
    "storage.io_error",
    "Ổ đĩa báo lỗi đọc/ghi khi ghi {path} ({reason}). Hãy kiểm tra ổ đĩa hoặc chọn nơi khác rồi "
    "thử lại; dữ liệu đã lưu không bị mất.",
    "The drive reported a read/write error while writing {path} ({reason}). Check the drive or "
    "choose another place and try again; nothing saved was lost.",
)
_add(
    "storage.too_large",
    "Tệp {path} quá lớn cho ổ đĩa này (USB định dạng FAT32 chỉ nhận tệp dưới 4 GB). Hãy chọn ổ "
    "khác.",
    "The file {path} is too large for this drive (a FAT32 USB stick takes files under 4 GB "
    "only). Choose another drive.",
)
_add(
    "storage.removable_io_error",
    "Lỗi đọc/ghi thiết bị khi ghi {path} (USB hỏng hoặc bị rút giữa chừng?). Hãy thử ổ khác; dữ "
    "liệu đã lưu không bị mất.",
    "A device read/write error while writing {path} (a faulty USB stick, or pulled out "
    "midway?). Try another drive; nothing saved was lost.",
)
_add(
    "storage.other",
    "Không ghi được {path}: {reason}. Dữ liệu đã lưu không bị mất.",
    "{path} could not be written: {reason}. Nothing saved was lost.",
)

# ---- opening a database (db/opening.py, db/safe_open.py, db/lock.py) -----------------------------

_add(
    "open.not_found",
    "Không tìm thấy cơ sở dữ liệu {path}. Hãy tạo bằng lệnh 'init' hoặc 'demo', hoặc chỉ đúng tệp "
    "bằng --db.",
    "The database {path} was not found. Create one with 'init' or 'demo', or name the right file "
    "with --db.",
)
_add(
    "open.empty_file",
    "Tệp {path} rỗng (0 byte): có lẽ là một lần chép bị lỗi hoặc chưa xong, không phải một sổ "
    "đăng ký trống. Không thay đổi gì. {offer}",
    "The file {path} is empty (0 bytes): probably a failed or unfinished copy, not an empty "
    "register. Nothing was changed. {offer}",
)
_add(
    "open.blank_sqlite",
    "Tệp {path} là cơ sở dữ liệu SQLite trống, chưa khởi tạo cho SángKiến. Không thay đổi gì. Hãy "
    "khởi tạo bằng 'sangkien --db TỆP init --unit MÃ' hoặc chỉ đúng tệp bằng --db.",
    "The file {path} is an empty SQLite database, not set up for SángKiến. Nothing was changed. "
    "Set it up with 'sangkien --db FILE init --unit CODE' or name the right file with --db.",
)
_add(
    "open.not_sqlite",
    "Tệp {path} không phải cơ sở dữ liệu SángKiến (không phải SQLite, hoặc đã hỏng hoàn toàn). "
    "Không thay đổi gì. Hãy chỉ đúng tệp bằng --db, hoặc khôi phục một bản sao lưu.",
    "The file {path} is not a SángKiến database (not SQLite, or damaged beyond repair). Nothing "
    "was changed. Name the right file with --db, or restore a backup.",
)
_add(
    "open.not_a_database",
    "Tệp {path} không phải cơ sở dữ liệu SángKiến (hoặc đã hỏng hoàn toàn). Hãy chỉ đúng tệp bằng "
    "--db, hoặc khôi phục một bản sao lưu.",
    "The file {path} is not a SángKiến database (or is damaged beyond repair). Name the right "
    "file with --db, or restore a backup.",
)
_add(
    "open.unreadable",
    "Cơ sở dữ liệu {name} bị hỏng tới mức không đọc được ({detail}). Không thay đổi gì. {offer}",
    "The database {name} is too damaged to read ({detail}). Nothing was changed. {offer}",
)
_add(
    "open.foreign",
    "Tệp {path} là cơ sở dữ liệu SQLite của một chương trình khác, không phải của SángKiến. Không "
    "thay đổi gì trong tệp. Hãy chỉ đúng tệp bằng --db.",
    "The file {path} is another program's SQLite database, not SángKiến's. Nothing in it was "
    "changed. Name the right file with --db.",
)
_add(
    "open.newer",
    "Cơ sở dữ liệu {name} được tạo bằng SángKiến phiên bản {wanted} (cấu trúc dữ liệu "
    "{revision}), mới hơn phiên bản {running} đang chạy. Hãy cập nhật SángKiến lên phiên bản "
    "{wanted} trở lên rồi mở lại; tệp không bị thay đổi.",
    "The database {name} was made by SángKiến version {wanted} (data structure {revision}), "
    "newer than the running version {running}. Update SángKiến to version {wanted} or later and "
    "open it again; the file was not changed.",
)
_add("open.newer_version", "mới hơn", "a newer one")
_add(
    "open.backup_offer",
    "Bản sao lưu tốt gần nhất: {backup} ({made}); khôi phục bằng lệnh 'sangkien restore "
    '"{path}"\'.',
    "The latest good backup: {backup} ({made}); restore it with 'sangkien restore \"{path}\"'.",
)
_add(
    "open.copy_again",
    "Hãy chép lại tệp từ nơi đã chép.",
    "Copy the file again from where it came from.",
)
_add(
    "open.read_only_medium",
    "Cơ sở dữ liệu {name} nằm trên ổ chỉ đọc (USB bị khóa ghi, đĩa CD hoặc thư mục không có quyền "
    "ghi): đã mở ở chế độ chỉ đọc, xem được nhưng không sửa được. Hãy chép tệp vào máy hoặc gạt "
    "khóa ghi để sửa.",
    "The database {name} is on a read-only drive (a write-protected USB stick, a CD or a folder "
    "you may not write to): it was opened read-only, to look at but not to change. Copy the file "
    "to this PC or slide the stick's lock off to edit.",
)
_add(
    "open.damaged_read_only",
    "Cơ sở dữ liệu {name} bị hỏng ({problem}); đã mở ở chế độ chỉ đọc để không làm hỏng thêm. "
    "{offer}",
    "The database {name} is damaged ({problem}); it was opened read-only so as not to damage it "
    "further. {offer}",
)
_add(
    "open.damaged_backup_offer",
    "Bản sao lưu tốt gần nhất: {backup} ({made}, {count} sáng kiến). Khôi phục ở trang Sao lưu "
    "hoặc bằng lệnh 'sangkien restore \"{path}\"'.",
    (
        "The latest good backup: {backup} ({made}, {count} initiative). Restore it on the Backups "
        "page or with 'sangkien restore \"{path}\"'.",
        "The latest good backup: {backup} ({made}, {count} initiatives). Restore it on the Backups "
        "page or with 'sangkien restore \"{path}\"'.",
    ),
)
_add(
    "open.damaged_no_backup",
    "Không có bản sao lưu tốt nào trong thư mục backups: hãy gọi người hỗ trợ, đừng xóa tệp này.",
    "There is no good backup in the backups folder: call for support, and do not delete this file.",
)
_add(
    "open.cannot_upgrade",
    "{reason} Cơ sở dữ liệu cần nâng cấp nên chưa mở được.",
    "{reason} The database needs upgrading, so it was not opened.",
)
_add(
    "open.in_use_read_only",
    "{reason} Đã mở ở chế độ chỉ đọc: xem được nhưng không sửa được.",
    "{reason} It was opened read-only: to look at but not to change.",
)
_add(
    "open.no_lock_file",
    "Không tạo được tệp khóa bên cạnh cơ sở dữ liệu (ổ chỉ đọc?): chỉ đọc.",
    "The lock file beside the database could not be made (a read-only drive?): read-only.",
)
_add(
    "lock.in_use",
    "Cơ sở dữ liệu {name} đang được mở ở một chương trình khác{who}. Hãy đóng chương trình đó "
    "rồi thử lại.",
    "The database {name} is open in another program{who}. Close that program and try again.",
)
_add("lock.holder", " ({program} trên máy {host})", " ({program} on {host})")
_add(
    "lock.holder_since",
    " ({program} trên máy {host}, từ {since})",
    " ({program} on {host}, since {since})",
)
_add(
    "db.busy",
    "Cơ sở dữ liệu đang bận vì một chương trình khác đang ghi; đã chờ 5 giây mà chưa xong. Hãy thử "
    "lưu lại sau ít phút; dữ liệu vừa nhập chưa được lưu.",
    "The database is busy: another program is writing to it and 5 seconds of waiting were not "
    "enough. Try saving again in a few minutes; what you just entered is not saved yet.",
)
_add(
    "db.disk_full",
    "Ổ đĩa đã đầy nên chưa lưu được. Hãy xóa bớt tệp trên ổ đĩa rồi lưu lại; dữ liệu đã lưu trước "
    "đó không bị mất.",
    "The disk is full, so nothing was saved. Delete some files on the drive and save again; what "
    "was saved before is not lost.",
)
_add(
    "db.read_only",
    "Cơ sở dữ liệu đang ở chế độ chỉ đọc (ổ chỉ đọc, không có quyền ghi hoặc đang mở ở chương "
    "trình khác) nên không lưu được.",
    "The database is read-only (a read-only drive, no permission to write, or open in another "
    "program), so nothing could be saved.",
)
_add(
    "db.io_error",
    "Lỗi đọc/ghi ổ đĩa khi lưu; thay đổi chưa được lưu. Hãy kiểm tra ổ đĩa rồi chạy 'sangkien "
    "check'.",
    "A disk read/write error while saving; the change was not saved. Check the drive, then run "
    "'sangkien check'.",
)
_add(
    "db.damaged",
    "Cơ sở dữ liệu bị hỏng. Hãy đóng SángKiến và khôi phục bản sao lưu tốt gần nhất (trang Sao "
    "lưu, hoặc 'sangkien backups').",
    "The database is damaged. Close SángKiến and restore the latest good backup (the Backups "
    "page, or 'sangkien backups').",
)
_add(
    "db.wal_removed",
    "Tệp nhật ký ghi ({name}-wal) của cơ sở dữ liệu đã bị một chương trình khác xóa trong khi "
    "SángKiến đang mở nó, nên thay đổi vừa rồi chưa được lưu. Hãy đóng SángKiến, mở lại rồi làm "
    "lại thao tác; sau đó chạy 'sangkien check'.",
    "The database's write-ahead log ({name}-wal) was removed by another program while SángKiến "
    "had it open, so the last change was not saved. Close SángKiến, open it again and redo the "
    "action; then run 'sangkien check'.",
)

# ---- backups (db/backup.py) --------------------------------------------------------------------

_add(
    "backup.sqlite_failed",
    "Không sao lưu được {source} sang {path}: SQLite báo «{error}». Hãy đóng các chương trình đang "
    "mở cơ sở dữ liệu, chạy 'sangkien check' rồi thử lại; dữ liệu đã lưu không bị thay đổi.",
    "{source} could not be backed up to {path}: SQLite said «{error}». Close the programs that "
    "have the database open, run 'sangkien check' and try again; nothing saved was changed.",
)
_add(
    "backup.no_database",
    "Không tìm thấy cơ sở dữ liệu {path}.",
    "The database {path} was not found.",
)
_add(
    "backup.damaged_source",
    "Cơ sở dữ liệu {name} bị hỏng nên không sao lưu đè lên các bản sao lưu tốt. Hãy khôi phục bản "
    "sao lưu tốt gần nhất (trang Sao lưu, hoặc 'sangkien backups' rồi 'sangkien restore TỆP').",
    "The database {name} is damaged, so it is not backed up over the good backups. Restore the "
    "latest good backup (the Backups page, or 'sangkien backups' then 'sangkien restore FILE').",
)

# ---- restoring a backup or an undo journal (db/restore.py, db/undo_journal.py) -------------------

_add(
    "restore.refused",
    "Không khôi phục được từ {name}: {why}",
    "{name} could not be restored: {why}",
)
_add(
    "restore.not_found",
    "Không tìm thấy tệp {path}. Hãy chọn lại tệp sao lưu.",
    "The file {path} was not found. Choose the backup file again.",
)
_add(
    "restore.not_a_database",
    "tệp này không phải bản sao lưu SángKiến (không phải cơ sở dữ liệu).",
    "this file is not a SángKiến backup (it is not a database).",
)
_add("restore.damaged", "tệp bị hỏng ({error}).", "the file is damaged ({error}).")
_add(
    "restore.not_sangkien",
    "tệp này không phải cơ sở dữ liệu SángKiến.",
    "this file is not a SángKiến database.",
)
_add(
    "restore.backup_damaged",
    "bản sao lưu bị hỏng ({problem}). Hãy chọn bản cũ hơn.",
    "the backup is damaged ({problem}). Choose an older one.",
)
_add(
    "restore.newer",
    "bản sao lưu do phiên bản SángKiến mới hơn tạo ra. Hãy cập nhật SángKiến.",
    "the backup was made by a newer version of SángKiến. Update SángKiến.",
)
_add(
    "restore.unreadable",
    "tệp bị hỏng hoặc không đọc được ({error}).",
    "the file is damaged or cannot be read ({error}).",
)
_add(
    "restore.other_node",
    "bản sao lưu thuộc một máy/đơn vị khác ({unit}). Khôi phục nó sẽ làm hai máy trùng danh tính "
    "đồng bộ. Nếu chắc chắn, dùng --other-node.",
    "the backup belongs to another PC or unit ({unit}). Restoring it would give two PCs the same "
    "sync identity. If you are sure, use --other-node.",
)
_add("restore.other", "{error}", "{error}")
_add(
    "restore.failed",
    "Không khôi phục được: {error}. Cơ sở dữ liệu không đổi.",
    "The restore failed: {error}. The database was not changed.",
)
_add(
    "journal.without_rowid",
    "Bảng {table} không có rowid: không ghi nhật ký hoàn tác được.",
    "The table {table} has no rowid: no undo journal can be kept.",
)
_add(
    "journal.other_node",
    "{name} là nhật ký hoàn tác của một máy khác; không dùng được ở đây.",
    "{name} is the undo journal of another PC; it cannot be used here.",
)
_add(
    "journal.never_imported",
    "Gói của {name} chưa từng được nhập vào cơ sở dữ liệu này (lần nhập đã bị huỷ): dữ liệu vẫn "
    "như trước khi nhập, không cần khôi phục.",
    "The package of {name} was never imported into this database (the import was cancelled): the "
    "data is as it was before, there is nothing to restore.",
)
_add(
    "journal.changed_since",
    "Cơ sở dữ liệu đã thay đổi sau lần nhập của {name}, nên bản này không đưa nó về đúng trạng "
    "thái trước khi nhập. Hãy khôi phục các bản sau nó trước (mới nhất trước), hoặc một bản sao "
    "lưu đầy đủ.",
    "The database has changed since the import of {name}, so this copy would not bring it back to "
    "how it was before that import. Restore the later ones first (newest first), or a full backup.",
)

# ---- packages: reading, trusting, importing (db/sync/) ------------------------------------------

_add(
    "sync.file_not_found",
    "Không tìm thấy tệp gói {path}.",
    "The package file {path} was not found.",
)
_add(
    "sync.not_a_package",
    "Tệp {name} không phải gói đồng bộ SángKiến (không đọc được dạng zip). Hãy chọn đúng tệp .skp "
    "mà đơn vị gửi đến, hoặc xin họ xuất lại.",
    "The file {name} is not a SángKiến package (it cannot be read as a zip). Choose the .skp file "
    "the unit sent, or ask them to export it again.",
)
_add(
    "sync.damaged",
    "Gói {name} bị hỏng hoặc chưa chép hết (có thể USB bị rút khi đang chép). Hãy chép lại tệp từ "
    "nguồn hoặc xin nơi gửi xuất lại.",
    "The package {name} is damaged or was not copied completely (perhaps the USB stick was pulled "
    "out while copying). Copy the file again or ask the sender to export it again.",
)
_add(
    "sync.tampered",
    "Nội dung '{member}' trong gói {name} không khớp với phần mô tả đã ký: gói đã bị sửa hoặc hỏng "
    "trên đường đi. Không nhập gói này; hãy xin nơi gửi xuất lại.",
    "The content '{member}' of the package {name} does not match its signed description: the "
    "package was changed or damaged on the way. It is not imported; ask the sender to export it "
    "again.",
)
_add(
    "sync.unsafe",
    "Gói {name} chứa {what} ('{member}'): gói không phải do SángKiến tạo ra hoặc đã bị sửa. Không "
    "nhập gói này; hãy xin nơi gửi xuất lại.",
    "The package {name} holds {what} ('{member}'): SángKiến did not make it, or it was changed. "
    "It is not imported; ask the sender to export it again.",
)
_add(
    "sync.unsafe.path",
    "tên tệp nguy hiểm (đường dẫn tuyệt đối hoặc '..')",
    "a dangerous file name (an absolute path or '..')",
)
_add(
    "sync.import_waiting",
    "Một lần nhập gói khác đang chạy trên máy chủ này: đang chờ nó xong rồi nhập tiếp.",
    "Another package import is running on this server: waiting for it to finish.",
)
_add("sync.unsafe.link", "liên kết (symlink)", "a link (symlink)")
_add("sync.unsafe.duplicate", "hai tệp trùng tên", "two files of the same name")
_add("sync.unsafe.unexpected", "tệp lạ không thuộc gói", "a file that does not belong in a package")
_add("sync.unsafe.encrypted", "tệp bị mã hóa kiểu zip", "a zip-encrypted file")
_add("sync.unsafe.compression", "kiểu nén lạ", "an unknown kind of compression")
_add(
    "sync.bomb",
    "Gói {name} giải nén ra quá lớn hoặc có tỉ lệ nén bất thường (nghi là tệp độc hại kiểu 'zip "
    "bomb'). Không nhập gói này; hãy hỏi lại nơi gửi.",
    "The package {name} unpacks too large or is compressed abnormally (a malicious 'zip bomb' is "
    "suspected). It is not imported; ask the sender about it.",
)
_add(
    "sync.invalid_record",
    "Gói {name} có bản ghi không hợp lệ ở bảng {table}, dòng {line}: {detail}. Không nhập gì từ "
    "gói này; hãy báo nơi gửi kiểm tra và xuất lại.",
    "The package {name} has an invalid record in table {table}, line {line}: {detail}. Nothing "
    "was imported from it; ask the sender to check and export it again.",
)
_add("sync.detail.not_json", "không đọc được JSON", "not readable as JSON")
_add("sync.detail.not_an_object", "không phải một đối tượng JSON", "not a JSON object")
_add("sync.detail.not_ours", "không phải gói SángKiến", "not a SángKiến package")
_add("sync.detail.missing", "thiếu {member}", "{member} is missing")
_add("sync.detail.bad_key", "khóa công khai của nơi gửi sai", "the sender's public key is wrong")
_add(
    "sync.needs_update",
    "Gói {name} được tạo bằng SángKiến phiên bản {version}, với cấu trúc dữ liệu mới hơn phiên bản "
    "đang dùng ở đây. Hãy cập nhật SángKiến lên phiên bản {version} trở lên rồi nhập lại gói.",
    "The package {name} was made by SángKiến version {version}, with a newer data structure than "
    "the version here. Update SángKiến to version {version} or later and import it again.",
)
_add(
    "sync.damaged_manifest",
    "Phần mô tả (manifest.json) của gói {name} bị hỏng: {detail}. Không nhập gói này; hãy xin nơi "
    "gửi xuất lại.",
    "The description (manifest.json) of the package {name} is damaged: {detail}. It is not "
    "imported; ask the sender to export it again.",
)
_add(
    "sync.setup_package",
    "Gói {name} là gói khởi tạo cho máy mới của đơn vị {unit}: hãy dùng nó trên máy mới bằng "
    "'sangkien --db TỆP.db init --from {name}', không nhập vào đây.",
    "The package {name} is a setup package for a new PC of the unit {unit}: use it on the new PC "
    "with 'sangkien --db FILE.db init --from {name}', do not import it here.",
)
_add(
    "sync.own_package",
    "Gói {name} do chính máy này xuất ra; hãy gửi nó cho nơi nhận.",
    "The package {name} was exported by this PC; send it to its destination.",
)
_add(
    "sync.other_unit",
    "Gói {name} gửi cho đơn vị {to}, không phải cho đơn vị {mine} của máy này. Hãy chuyển gói đến "
    "đúng nơi.",
    "The package {name} is addressed to the unit {to}, not to this PC's unit {mine}. Take it to "
    "the right place.",
)
_add(
    "sync.other_node",
    "Gói {name} gửi cho một máy khác của đơn vị {mine} (có lẽ máy cũ, trước khi cài lại). Hãy gửi "
    "một gói từ máy này lên {sender} trước để nơi đó ghi nhận máy mới, rồi xin xuất lại.",
    "The package {name} is addressed to another PC of the unit {mine} (the old one, before a "
    "reinstall?). Send a package from this PC to {sender} first so that it knows the new PC, then "
    "ask for a new export.",
)
_add(
    "sync.bad_signature",
    "Chữ ký của gói {name} không đúng: gói đã bị sửa sau khi xuất, hoặc không do máy của đơn vị "
    "{unit} tạo ra. Không nhập gói này; hãy xin nơi gửi xuất lại.",
    "The signature of the package {name} is wrong: it was changed after export, or was not made "
    "by the PC of the unit {unit}. It is not imported; ask the sender to export it again.",
)
_add(
    "sync.key_changed",
    "Gói {name} mang mã máy của đơn vị {unit} nhưng được ký bằng một khóa khác với khóa đã ghi "
    "nhận: có thể là gói giả. Không nhập. Nếu máy ở {unit} đã được cài lại, hãy tạo gói khởi tạo "
    "mới bằng 'sangkien enroll {unit}', cài lại máy đó từ gói khởi tạo, rồi gửi gói mới.",
    "The package {name} carries the PC id of the unit {unit} but is signed with a key other than "
    "the one recorded: it may be forged. Not imported. If the PC at {unit} was reinstalled, make "
    "a new setup package with 'sangkien enroll {unit}', set that PC up from it, then send a new "
    "package.",
)
_add(
    "sync.retired",
    "Gói {name} đến từ máy cũ của đơn vị {unit} (dấu vân tay {fingerprint}, ghi nhận từ {since}), "
    "đã được thay bằng máy mới{when} khi tạo gói khởi tạo 'enroll {unit}'. Không nhận gói từ máy "
    "đã thay: hãy nhập dữ liệu trên máy mới và gửi gói từ máy mới. Nếu máy cũ bị mất, khóa của nó "
    "đã bị thu hồi.",
    "The package {name} comes from the old PC of the unit {unit} (fingerprint {fingerprint}, "
    "known since {since}), which was replaced by a new PC{when} when the setup package 'enroll {unit}' was "
    "made. Packages from a replaced PC are refused: enter the data on the new PC and send its "
    "package. If the old PC was lost, its key has been revoked.",
)
_add("sync.retired_at", " lúc {at} (giờ UTC)", " at {at} (UTC)")
_add(
    "sync.unknown_sending_unit",
    "Gói {name} đến từ đơn vị {unit} không có trong danh mục đơn vị ở đây.",
    "The package {name} comes from the unit {unit}, which is not in the unit list here.",
)
_add(
    "sync.another_node",
    "Đơn vị {unit} đã có một máy được ghi nhận (dấu vân tay {current}); gói {name} đến từ một máy "
    "khác (dấu vân tay {fingerprint}). Nếu máy ở {unit} đã được cài lại, hãy tạo gói khởi tạo mới "
    "bằng 'sangkien enroll {unit}' tại đây, cài máy đó từ gói khởi tạo rồi gửi lại gói.",
    "The unit {unit} already has a known PC (fingerprint {current}); the package {name} comes "
    "from another PC (fingerprint {fingerprint}). If the PC at {unit} was reinstalled, make a new "
    "setup package with 'sangkien enroll {unit}' here, set that PC up from it and send the "
    "package again.",
)
_add(
    "sync.not_related",
    "Gói {name} đến từ đơn vị {sender}, không phải đơn vị cấp trên đã ghi nhận hay một đơn vị cấp "
    "dưới của {own}: không nhận gói từ đó. Nếu đơn vị cấp trên đã cài lại máy, cần cài lại máy "
    "này từ gói khởi tạo mới của cấp trên.",
    "The package {name} comes from the unit {sender}, neither the recorded unit above nor a unit "
    "below {own}: packages from it are refused. If the unit above reinstalled its PC, this PC "
    "must be set up again from a new setup package of the unit above.",
)
_add(
    "sync.unknown_sender",
    "Gói {name} đến từ một máy chưa biết của đơn vị {unit}, dấu vân tay khóa {fingerprint}. Hãy "
    "gọi điện cho đơn vị đó để đối chiếu dấu vân tay; nếu khớp, nhập lại với --trust-new-node "
    "(hoặc bấm 'Tin cậy' trong màn hình xem trước).",
    "The package {name} comes from an unknown PC of the unit {unit}, key fingerprint "
    "{fingerprint}. Phone that unit to compare the fingerprint; if it matches, import again with "
    "--trust-new-node (or press 'Trust' in the preview).",
)
_add(
    "sync.clock_ahead",
    "Đồng hồ của máy gửi {sender} chạy trước máy này {ahead} (gói có phiên bản ghi lúc {when} UTC; "
    "cho phép lệch tối đa 15 phút). Không nhập gì từ gói này và không ghi nhận gói đã nhận. Tại "
    "{sender}: chỉnh lại ngày giờ của máy, chạy 'sangkien clock-repair', rồi xuất gói mới: mọi "
    "thay đổi sẽ được gửi lại. Nếu chính đồng hồ máy này chạy chậm, hãy chỉnh nó rồi nhập lại.",
    "The clock of the sending PC {sender} is {ahead} ahead of this one (the package has a version "
    "written at {when} UTC; at most 15 minutes are allowed). Nothing was imported from it and it "
    "is not recorded as received. At {sender}: set the PC's date and time right, run 'sangkien "
    "clock-repair', then export a new package: every change will be sent again. If this PC's own "
    "clock is slow, set it right and import again.",
)
_add(
    "sync.sender_unit_missing",
    "Đơn vị {unit} của máy gửi không có trong danh mục đơn vị ở đây; không nhận gói.",
    "The sending PC's unit {unit} is not in the unit list here; the package is refused.",
)
_add(
    "sync.conflicts_with_data",
    "Gói {name} mâu thuẫn với dữ liệu ở đây ({detail}); không có gì được ghi. Hãy gửi tệp gói cho "
    "bộ phận hỗ trợ.",
    "The package {name} contradicts the data here ({detail}); nothing was written. Send the "
    "package file to support.",
)
_add(
    "sync.unknown_unit_ref",
    "Gói {name} nhắc tới một đơn vị không có trong danh mục đơn vị ở đây ({where} = {value}). Có "
    "thể danh mục ở máy này cũ hơn: hãy nhập các gói từ cấp trên trước rồi nhập lại gói này, hoặc "
    "báo nơi gửi kiểm tra.",
    "The package {name} names a unit that is not in the unit list here ({where} = {value}). This "
    "PC's list may be older: import the packages from the unit above first and then this one "
    "again, or ask the sender to check.",
)
_add(
    "sync.own_unit_missing",
    "Chưa có đơn vị {unit} trong danh mục đơn vị của máy này: hãy nhập gói từ cấp trên trước.",
    "The unit {unit} is not in this PC's unit list yet: import the package from the unit above "
    "first.",
)
_add("lookup.unknown_unit", "Không có đơn vị mã '{code}'.", "There is no unit with code '{code}'.")
_add(
    "sync.not_a_neighbour",
    "Không xuất gói cho {code} được: chỉ gửi được cho đơn vị cấp trên {parent}hoặc một đơn vị cấp "
    "dưới của {own}.",
    "No package can be exported for {code}: packages go to the unit above {parent}or to a unit "
    "below {own}.",
)
_add(
    "sync.no_box_key",
    "Chưa có khóa mã hóa của {unit}: cần nhận ít nhất một gói từ máy đó trước khi gửi gói mã hóa. "
    "Hãy xuất không mã hóa lần này.",
    "The encryption key of {unit} is not known yet: at least one package from that PC must come "
    "in before an encrypted one can be sent. Export without encryption this time.",
)
_add(
    "sync.enrol_not_below",
    "Chỉ tạo được gói khởi tạo cho một đơn vị cấp dưới của {own}; {code} không phải.",
    "A setup package can be made only for a unit below {own}; {code} is not one.",
)
_add(
    "sync.not_setup_package",
    "Tệp {name} không phải gói khởi tạo: hãy xin cấp trên tạo bằng 'sangkien enroll MÃ_ĐƠN_VỊ'. Gói "
    "dữ liệu thường thì nhập bằng 'sangkien import'.",
    "The file {name} is not a setup package: ask the unit above to make one with 'sangkien enroll "
    "UNIT_CODE'. An ordinary data package is imported with 'sangkien import'.",
)
_add(
    "sync.damaged_setup",
    "Gói khởi tạo {name} bị hỏng.",
    "The setup package {name} is damaged.",
)
_add(
    "sync.setup_bad_signature",
    "Chữ ký của gói khởi tạo {name} không đúng: gói đã bị sửa. Hãy xin cấp trên tạo lại gói.",
    "The signature of the setup package {name} is wrong: it was changed. Ask the unit above to "
    "make it again.",
)
_add(
    "sync.setup_not_empty",
    "Cơ sở dữ liệu {path} đã có dữ liệu ({unit}); chỉ khởi tạo được một tệp mới. Hãy chọn tệp khác "
    "bằng --db.",
    "The database {path} already holds data ({unit}); only a new file can be set up. Choose "
    "another file with --db.",
)
_add("sync.some_unit", "đơn vị", "a unit")

# what the import report says of one record, and its warnings (db/sync/apply.py, importer.py)
_add(
    "sync.belongs_to_refused",
    "bản ghi này thuộc {what} {label} đã bị từ chối trong gói này (xem ở trên)",
    "this record belongs to a refused {what} record {label} of this package (see above)",
)
_add(
    "sync.refers_to_missing",
    "tham chiếu tới {what} không có ở đây và không được nhận từ gói này",
    "it refers to a {what} record that is not here and was not taken from this package",
)
_add(
    "sync.possible_duplicate",
    "có thể trùng: {key} '{value}' đã thuộc bản ghi khác ({holder})",
    "possible duplicate: {key} '{value}' already belongs to another record ({holder})",
)
_add("sync.label.of_initiative", "của sáng kiến {reg_no}", "of initiative {reg_no}")
_add("sync.label.of_unit", "của đơn vị {unit}", "of unit {unit}")
_add("sync.label.unknown", "(không rõ)", "(unknown)")
_add("sync.label.not_here", "(chưa có ở đây)", "(not here yet)")
_add("sync.settled", "{label}: {sent} → {kept}", "{label}: {sent} → {kept}")
_add("sync.sender_pc", "{unit} (máy {node})", "{unit} (PC {node})")
_add(
    "sync.sender_clock_wrong",
    "Đồng hồ của máy gửi ({sender}) có vẻ sai (gói ghi ngày {created}): hãy nhắc nơi gửi chỉnh "
    "ngày giờ máy.",
    "The sending PC's clock ({sender}) looks wrong (the package is dated {created}): ask the "
    "sender to set its date and time.",
)
_add(
    "sync.gap_before",
    "Gói này không nối tiếp gói trước đã nhập từ {sender} (thiếu một phần ở giữa): hãy xin "
    "{sender} xuất lại với --full.",
    "This package does not follow on from the last one imported from {sender} (a part is "
    "missing in between): ask {sender} to export again with --full.",
)

# ---- setting up a database (db/reference.py, db/node.py) ------------------------------------------

_add(
    "setup.unknown_unit_code",
    "Không có đơn vị mã '{code}' trong danh mục đơn vị.{hint} Mã các công đoàn: {unions}.",
    "There is no unit with code '{code}' in the unit list.{hint} The unions' codes: {unions}.",
)
_add("setup.did_you_mean", " Có phải: {codes}?", " Did you mean: {codes}?")
_add(
    "setup.units_loaded",
    "Cơ sở dữ liệu đã có danh mục đơn vị; không nạp lại.",
    "The database already has its unit list; it is not loaded again.",
)
_add(
    "setup.already_set_up",
    "Cơ sở dữ liệu này đã được khởi tạo cho đơn vị {unit}; không khởi tạo lại. Chọn tệp khác bằng "
    "--db.",
    "This database is already set up for the unit {unit}; it is not set up again. Choose another "
    "file with --db.",
)
_add(
    "setup.not_empty",
    "Cơ sở dữ liệu này đã có dữ liệu; chỉ khởi tạo được tệp mới.",
    "This database already holds data; only a new file can be set up.",
)
_add(
    "setup.not_set_up",
    "Cơ sở dữ liệu chưa được khởi tạo cho đơn vị nào: chạy 'sangkien init --unit MÃ'.",
    "The database is not set up for any unit yet: run 'sangkien init --unit CODE'.",
)

_add(
    "setup.already_a_node",
    "Cơ sở dữ liệu này đã được khởi tạo cho một đơn vị.",
    "This database has already been set up for a unit.",
)

# ---- this PC's clock (db/node.py, db/sync/export.py) ---------------------------------------------

_add("time.minutes", "{count} phút", ("{count} minute", "{count} minutes"))
_add("time.hours", "{count} giờ", ("{count} hour", "{count} hours"))
_add("time.days", "{count} ngày", ("{count} day", "{count} days"))
_add(
    "clock.behind",
    "Đồng hồ của máy này đang chậm khoảng {behind}: máy chỉ {shown}, nhưng dữ liệu đã có thay đổi "
    "lúc {seen}. Hãy chỉnh lại ngày giờ của máy trước khi sửa dữ liệu: sửa đổi làm với giờ sai bị "
    "coi là cũ hơn.",
    "This PC's clock is about {behind} behind: it says {shown}, but the data already holds a "
    "change made at {seen}. Set the date and time before editing: changes made with a wrong time "
    "count as older.",
)
_add(
    "clock.before_2021",
    "Đồng hồ máy này đang chỉ ngày trước năm 2021: hãy chỉnh lại ngày giờ của máy. Bản ghi sửa "
    "trên máy có giờ sai sẽ thua các bản sửa ở nơi khác.",
    "This PC's clock shows a date before 2021: set its date and time. Records edited on a PC with "
    "a wrong time lose to edits made elsewhere.",
)
_add(
    "clock.behind_stamps",
    "Đồng hồ máy này chậm hơn thời điểm của các bản ghi đã có ({seen} UTC): hãy kiểm tra ngày giờ "
    "của máy.",
    "This PC's clock is behind the newest change among its records ({seen} UTC): check its date "
    "and time.",
)

# ---- encrypted packages (db/sync/crypto.py) ------------------------------------------------------

_add(
    "crypto.no_recipient_key",
    "Chưa có khóa mã hóa của nơi nhận: cần nhận ít nhất một gói từ đơn vị đó trước.",
    "The recipient's encryption key is not known yet: at least one package from that unit must "
    "come in first.",
)
_add(
    "crypto.not_encrypted",
    "Tệp không phải gói mã hóa của SángKiến.",
    "The file is not an encrypted SángKiến package.",
)
_add(
    "crypto.unknown_format",
    "Gói được mã hóa theo cách mà phiên bản SángKiến này chưa biết: hãy cập nhật SángKiến.",
    "The package is encrypted in a way this version of SángKiến does not know: update SángKiến.",
)
_add(
    "crypto.damaged",
    "Gói mã hóa bị hỏng, bị cắt cụt hoặc đã bị sửa: hãy xin nơi gửi xuất lại gói.",
    "The encrypted package is damaged, cut short or was changed: ask the sender to export it "
    "again.",
)
_add(
    "crypto.other_recipient",
    "Gói này được mã hóa cho một đơn vị khác (khóa {key}), không mở được ở đây. Hãy kiểm tra lại "
    "nơi nhận khi xuất gói.",
    "This package is encrypted for another unit (key {key}) and cannot be opened here. Check the "
    "destination when exporting.",
)

# ---- conflicts (db/sync/conflicts.py) ------------------------------------------------------------

_add(
    "conflict.not_found", "Không có xung đột số {number}.", "There is no conflict number {number}."
)
_add(
    "conflict.resolved",
    "Xung đột số {number} đã được xử lý ({resolution}).",
    "Conflict number {number} has already been settled ({resolution}).",
)
_add(
    "conflict.withdrawal_after_decision",
    "Xung đột số {number} là yêu cầu rút một sáng kiến hội đồng đã quyết định: trạng thái theo "
    "quyết định được giữ, không đặt lại thành 'Rút' được. Muốn chấp nhận yêu cầu, hội đồng cần ra "
    "quyết định mới; đã trả lời xong thì đánh dấu đã xem bằng --keep kept.",
    "Conflict number {number} is a request to withdraw an initiative the council has decided on: "
    "the status of the decision stands and cannot be set back to 'Withdrawn'. To grant the "
    "request the council must make a new decision; once answered, mark it as seen with --keep "
    "kept.",
)
_add("conflict.row_gone", "Bản ghi {row} không còn.", "The record {row} no longer exists.")

# ---- looking records up (db/queries/) ------------------------------------------------------------

_add(
    "lookup.unknown_programme",
    "Không có chương trình mã '{code}' (có: {known}).",
    "There is no programme with code '{code}' (there are: {known}).",
)
_add("lookup.no_programmes", "chưa có chương trình nào", "no programme yet")
_add(
    "lookup.not_a_whole_number",
    "Dòng {number}: '{line}' không phải số nguyên không âm.",
    "Line {number}: '{line}' is not a whole number of zero or more.",
)
_add(
    "lookup.no_initiative",
    "Không tìm thấy sáng kiến '{key}' (theo id hoặc số đăng ký).",
    "No initiative '{key}' was found (by id or registration number).",
)
_add(
    "lookup.no_attachment",
    "Không tìm thấy tệp đính kèm '{id}'.",
    "No attachment '{id}' was found.",
)
_add(
    "lookup.unknown_phase",
    "Không có giai đoạn mã '{code}' (có: {known}).",
    "There is no phase with code '{code}' (there are: {known}).",
)
_add("lookup.no_person", "Không tìm thấy tác giả '{id}'.", "No author '{id}' was found.")

# ---- the rules a record must keep (db/validation.py) ---------------------------------------------

_add("validation.problem", "{problem}", "{problem}")  # a Problem (already in both languages)
_add("validation.field_problem", "Trường '{field}': {problem}.", "Field '{field}': {problem}.")
# fields' names in a sentence, lower case ("field.title") or as a heading ("field.Status")
_add("field.title", "tên sáng kiến", "Title")
_add("field.solution_type", "loại giải pháp", "Solution type")
_add("field.unit", "đơn vị", "Unit")
_add("field.registered_on", "ngày đăng ký", "Registration date")
_add("field.Solution_type", "Loại giải pháp", "solution type")
_add("field.Status", "Trạng thái", "status")
_add("field.Currency", "Đơn vị tiền tệ", "currency")
_add("field.First_applied_on", "Ngày áp dụng lần đầu", "First applied on")
_add("field.Registered_on", "Ngày đăng ký", "Registered on")
# kinds of value
_add("kind.int", "số nguyên", "a whole number")
_add("kind.bool", "đúng/sai", "true/false")
_add("kind.str", "văn bản", "text")
_add("kind.date", "ngày (YYYY-MM-DD)", "a date (YYYY-MM-DD)")
_add("kind.iso_date", "ngày YYYY-MM-DD", "a YYYY-MM-DD date")
_add("kind.datetime", "thời điểm", "a date and time")
_add("kind.decimal", "số tiền", "an amount")

_add("validation.required", "Chưa nhập {field}.", "{field} is required.")
_add(
    "validation.unknown_code",
    "{field} '{value}' không hợp lệ (chọn một trong: {codes}).",
    "Unknown {field} '{value}' (one of: {codes}).",
)
_add(
    "validation.in_future",
    "{field} {day} chưa tới (hôm nay là {today}): hãy nhập ngày đã qua.",
    "{field} {day} is in the future (today is {today}): enter a past date.",
)
_add(
    "validation.too_early",
    "{field} {day} sớm hơn 01/01/1990: hãy kiểm tra lại năm.",
    "{field} {day} is before 01/01/1990: check the year.",
)
_add(
    "validation.initial_status",
    "Sáng kiến mới chỉ có thể ở trạng thái Nháp hoặc Đã nộp, không thể là '{status}'.",
    "A new initiative can only be draft or submitted, not '{status}'.",
)
_add(
    "validation.reg_no_taken",
    "Số đăng ký {reg_no} đã được dùng cho một sáng kiến khác.",
    "Registration number {reg_no} is already used by another initiative.",
)
_add(
    "validation.no_author",
    "Sáng kiến phải có ít nhất một tác giả.",
    "An initiative needs at least one author.",
)
_add(
    "validation.share_range",
    "Tỷ lệ đóng góp của tác giả thứ {index} phải là số nguyên từ 1 đến 100 (đang là {share}).",
    "Author {index}'s share must be a whole number from 1 to 100 (got {share}).",
)
_add(
    "validation.share_sum",
    "Tổng tỷ lệ đóng góp phải bằng 100% (hiện là {total}%).",
    "The authors' shares must add up to 100% (now {total}%).",
)
_add(
    "validation.repeated_person",
    "Một người không thể đứng tên tác giả hai lần trong cùng một sáng kiến.",
    "The same person is listed twice as an author.",
)
_add(
    "validation.status_flow",
    "Không thể chuyển trạng thái từ '{old}' sang '{new}' (được phép: {allowed}).",
    "Cannot change status from '{old}' to '{new}' (allowed: {allowed}).",
)
_add("validation.none_allowed", "không có", "none")
_add(
    "validation.scores_incomplete",
    "Cần nhập đủ ba điểm: tính mới, khả năng áp dụng và hiệu quả.",
    "Enter all three scores: novelty, applicability and benefit.",
)
_add(
    "validation.score_range",
    "Điểm phải là số nguyên từ 0 đến {most} (đang là {score}).",
    "A score must be a whole number from 0 to {most} (got {score}).",
)
_add(
    "validation.decision_no",
    "Công nhận sáng kiến cần có số quyết định.",
    "A recognition needs a decision number.",
)
_add(
    "validation.decision_date",
    "Công nhận sáng kiến cần có ngày quyết định.",
    "A recognition needs a decision date.",
)
_add(
    "validation.unknown_field",
    "Trường '{field}' không có trong {table}.",
    "Unknown field '{field}' of {table}.",
)
_add(
    "validation.wrong_type",
    "Trường '{field}' cần {kind}, không phải {value}.",
    "Field '{field}' needs {kind}, not {value}.",
)
_add(
    "validation.unknown_review_level",
    "Cấp xét duyệt '{value}' không hợp lệ (chọn một trong: {codes}).",
    "Unknown review level '{value}' (one of: {codes}).",
)
_add(
    "validation.unknown_outcome",
    "Kết quả xét duyệt '{value}' không hợp lệ (chọn một trong: {codes}).",
    "Unknown review outcome '{value}' (one of: {codes}).",
)
_add(
    "validation.negative_money",
    "Giá trị làm lợi không được âm.",
    "Benefit value cannot be negative.",
)
_add(
    "validation.money_too_large",
    "Giá trị làm lợi tối đa là {limit} (một triệu tỷ); hãy kiểm tra lại số đã nhập.",
    "Benefit value can be at most {limit}; check the number entered.",
)
_add("validation.not_found", "Không tìm thấy {what} '{key}'.", "No {what} '{key}'.")
_add(
    "validation.needs_decision",
    "Không đặt trực tiếp trạng thái '{status}' được: trạng thái này chỉ có khi hội đồng xét duyệt "
    "ghi quyết định (lệnh 'sangkien review', trang Xét duyệt) hoặc khi cấp giấy chứng nhận, và chỉ "
    "ở cấp có quyền quyết định.",
    "'{status}' cannot be set directly: it follows from a council's review (sangkien review, the "
    "Reviews page) or a certificate, recorded at a level that may decide it.",
)
_add("validation.person_name", "Chưa nhập họ tên tác giả.", "Name is required.")
_add(
    "validation.birth_date",
    "Ngày sinh {day} không hợp lệ.",
    "Birth date {day} is not plausible.",
)
_add(
    "validation.file_too_big",
    "Tệp nặng {size} MB, vượt giới hạn {limit} MB cho mỗi tệp đính kèm. Hãy scan với độ phân giải "
    "thấp hơn hoặc chia thành nhiều tệp.",
    "The file is {size} MB, over the {limit} MB limit per attachment. Scan it at a lower "
    "resolution or split it into several files.",
)
_add(
    "validation.file_unreadable",
    "Không đọc được tệp {path}: {reason}.",
    "Cannot read {path}: {reason}.",
)
_add("validation.file_name", "Chưa có tên tệp.", "A file name is required.")
_add(
    "validation.unit_not_authorised",
    "Đơn vị {own} không có quyền sửa đơn vị {unit} (chỉ sửa được đơn vị mình và các đơn vị cấp "
    "dưới).",
    "Unit {own} may not change unit {unit} (only its own unit and the units below it).",
)
_add(
    "validation.target_range",
    "Chỉ tiêu phải là số nguyên không âm (đang là {value}).",
    "A target must be a whole number, 0 or more (got {value}).",
)
_add("validation.new_name", "Chưa nhập tên mới.", "The new name is required.")
_add("validation.renamed_on", "Chưa nhập ngày đổi tên.", "Date is required.")
_add(
    "validation.rename_before_history",
    "Ngày đổi tên {day} sớm hơn lần đổi tên trước ({since}).",
    "Renaming date {day} is before the previous renaming ({since}).",
)
_add(
    "validation.not_editable",
    "Trường '{field}' được tính tự động, không nhập.",
    "Field '{field}' is computed, not entered.",
)
_add(
    "validation.review_above_level",
    "Máy của {unit} ({unit_level}) không ghi được quyết định {level}: chỉ hội đồng ở cấp đó mới "
    "quyết định. Hãy gửi sáng kiến lên cấp trên để xét.",
    "The node of {unit} ({unit_level}) cannot record a {level} decision; send it up for review.",
)
_add(
    "validation.review_outside_tree",
    "Sáng kiến không thuộc đơn vị {unit} hay các đơn vị cấp dưới: máy này không xét duyệt được.",
    "The initiative is not of {unit} or a unit below it.",
)
_add(
    "validation.unit_may_not",
    "Đơn vị {own} không có quyền {what} (chỉ đơn vị mình và cấp dưới).",
    "Unit {own} may not {what} (only its own unit and those below).",
)
_add(
    "validation.unknown_site_type",
    "Loại cơ sở '{value}' không hợp lệ ({codes}).",
    "Unknown site type '{value}' ({codes}).",
)
_add(
    "validation.member_count",
    "Số đoàn viên phải là số nguyên không âm (đang là {value}).",
    "The member count must be a whole number, 0 or more (got {value}).",
)
_add(
    "validation.unit_code_form",
    "Mã đơn vị '{code}' không hợp lệ: 2–32 chữ in hoa, số, '-' (ví dụ VSP-TD05).",
    "Unit code '{code}' is not valid: 2–32 capitals, digits, '-' (e.g. VSP-TD05).",
)
_add(
    "validation.unit_code_taken",
    "Đã có đơn vị mã {code}: hãy chọn mã khác.",
    "A unit {code} already exists: choose another code.",
)
_add("validation.unit_name", "Chưa nhập tên đơn vị.", "Name is required.")
_add("validation.unknown_unit_level", "Cấp '{value}' không hợp lệ.", "Unknown level '{value}'.")
_add(
    "validation.own_unit_active",
    "Không ngừng hoạt động được đơn vị của chính máy này.",
    "This node's own unit cannot be deactivated.",
)
_add(
    "validation.initiative_deleted",
    "Sáng kiến {reg_no} đã bị xoá; hãy khôi phục trước khi sửa.",
    "Initiative {reg_no} is deleted; restore it before editing.",
)
_add("validation.field_required", "Trường '{field}' cần có giá trị.", "{field} is required.")
_add(
    "validation.field_not_settable",
    "Trường '{field}' không sửa trực tiếp được.",
    "Field '{field}' cannot be set directly.",
)
_add("validation.author_n", "Tác giả thứ {index}: {problem}", "Author {index}: {problem}")

# ---- duplicate decisions and merged people (db/duplicates/) -------------------------------------

_add(
    "duplicates.authority",
    "Chỉ hội đồng của đơn vị quản lý cả hai sáng kiến mới quyết định được (máy này không quản lý "
    "một trong hai đơn vị).",
    "Only the council of a unit that owns both initiatives can decide (this PC does not manage "
    "one of the two units).",
)
_add(
    "duplicates.verdict",
    "Kết luận phải là same hoặc different.",
    "The verdict must be same or different.",
)
_add("duplicates.same_row", "Hai sáng kiến phải khác nhau.", "Pick two different initiatives.")
_add(
    "duplicates.already_duplicate",
    "{reg_no} đã là bản trùng của một sáng kiến khác; hãy huỷ quyết định đó trước.",
    "{reg_no} is already a duplicate of another initiative; undo that decision first.",
)
_add(
    "duplicates.not_decided",
    "Chưa có quyết định nào về cặp {a} – {b}.",
    "There is no decision on the pair {a} – {b}.",
)
_add(
    "people.merge",
    "Chọn hai tác giả khác nhau, chưa bị xoá hay gộp.",
    "Pick two different people, neither deleted nor merged.",
)
_add(
    "people.both_authors",
    "Hai người này cùng là tác giả của một sáng kiến; sửa danh sách tác giả của sáng kiến đó trước "
    "khi gộp.",
    "Both are authors of one initiative; correct that initiative's authors before merging.",
)
_add("people.not_merged", "Tác giả này chưa được gộp vào ai.", "This person has not been merged.")

# ---- reading a sheet to import (db/exchange/) ----------------------------------------------------

_add(
    "sheet.not_a_date",
    "'{value}' không phải ngày.",
    "'{value}' is not a date.",
)
_add(
    "sheet.not_an_amount",
    "'{value}' không phải số tiền: hãy viết ví dụ 1.234.567 hoặc 12.345,67.",
    "'{value}' is not an amount: type e.g. 1,234,567 or 12,345.67.",
)
_add(
    "sheet.yes_or_empty",
    "'{value}' không rõ: hãy viết 'Có' hoặc để trống.",
    "'{value}' is unclear: type 'Yes' or leave it empty.",
)
_add(
    "sheet.not_whole_number", "'{value}' không phải số nguyên.", "'{value}' is not a whole number."
)
_add(
    "sheet.no_file",
    "Không có tệp {path}: kiểm tra tên tệp và thư mục.",
    "There is no file {path}: check the file's name and folder.",
)
_add(
    "sheet.not_xlsx",
    "Không đọc được {name} như một bảng tính Excel (.xlsx): {error}. Hãy mở tệp trong Excel và lưu "
    "lại dạng .xlsx.",
    "{name} could not be read as an Excel workbook (.xlsx): {error}. Open it in Excel and save it "
    "again as .xlsx.",
)
_add(
    "sheet.no_header_in_sheet",
    "Không tìm thấy dòng tiêu đề trong trang '{sheet}': cần các cột như 'Tên sáng kiến', 'Loại "
    "giải pháp', 'Mã đơn vị', 'Ngày đăng ký', 'Tác giả'.",
    "No header row was found in the sheet '{sheet}': it needs columns such as 'Title', 'Solution "
    "type', 'Unit code', 'Registered on', 'Authors'.",
)
_add(
    "sheet.no_header_in_file",
    "Không tìm thấy dòng tiêu đề trong {name}: cần các cột như 'Tên sáng kiến', 'Loại giải pháp', "
    "'Mã đơn vị', 'Ngày đăng ký', 'Tác giả'.",
    "No header row was found in {name}: it needs columns such as 'Title', 'Solution type', 'Unit "
    "code', 'Registered on', 'Authors'.",
)
_add(
    "sheet.not_utf8",
    "Tệp {name} không phải văn bản UTF-8: trong Excel, lưu lại dạng 'CSV UTF-8' hoặc .xlsx.",
    "{name} is not UTF-8 text: in Excel, save it again as 'CSV UTF-8' or .xlsx.",
)
_add("sheet.where_row", "Dòng {row}", "Row {row}")
_add("sheet.where_column", "cột '{column}'", "column '{column}'")
_add(
    "sheet.column_ignored",
    "cột này không được nhập (không trùng tên cột nào của sổ sáng kiến).",
    "this column is not imported (it matches no column of the register).",
)
_add(
    "sheet.reg_no_twice",
    "số đăng ký {reg_no} đã có ở dòng {row}; mỗi sáng kiến chỉ một dòng.",
    "registration number {reg_no} is already on row {row}; one row per initiative.",
)
_add(
    "sheet.currency_unclear",
    "tiền tệ '{typed}' không rõ: viết VND hoặc USD.",
    "currency '{typed}' is unclear: type VND or USD.",
)
_add(
    "sheet.not_in_list",
    "'{typed}' không có trong danh sách: chọn một trong {choices}.",
    "'{typed}' is not one of: {choices}.",
)
_add(
    "sheet.no_such_field",
    "không có lĩnh vực '{typed}': chọn theo danh sách của tệp mẫu (sangkien initiative template).",
    "no field '{typed}': pick one from the template's list (sangkien initiative template).",
)
_add(
    "sheet.no_such_unit",
    "không có đơn vị mã '{typed}': sửa theo danh sách đơn vị của tệp mẫu (trang Danh mục) hoặc "
    "thêm đơn vị ở trang Đơn vị & chỉ tiêu.",
    "no unit with code '{typed}': use a code from the template's list (the Lists sheet) or add "
    "the unit on the Units & targets page.",
)
_add(
    "sheet.author_rows_wrong",
    "tác giả của sáng kiến này ở trang tác giả có lỗi (xem các dòng đó).",
    "this initiative's rows on the authors sheet have problems (see them).",
)
_add(
    "sheet.status_from_decision",
    "'{status}' chỉ có khi hội đồng ghi quyết định: sáng kiến được nhập ở trạng thái 'Đang xét'; "
    "ghi kết quả xét duyệt ở trang Xét duyệt (sangkien review).",
    "'{status}' follows only from a council's decision: the initiative is imported as 'Under "
    "review'; record the review on the Reviews page (sangkien review).",
)
_add(
    "sheet.status_as_written",
    "trạng thái '{status}' được ghi theo bảng tính; số và ngày quyết định công nhận (nếu có) hãy "
    "ghi ở trang Xét duyệt.",
    "the status '{status}' is taken from the sheet; record the decision's number and date (if "
    "any) on the Reviews page.",
)
_add(
    "sheet.initiative_deleted",
    "sáng kiến {reg_no} đã bị xoá: khôi phục nó trước, hoặc xoá dòng này.",
    "initiative {reg_no} is deleted: restore it first, or remove this row.",
)
_add("sheet.yes", "Có", "Yes")
_add("sheet.no", "Không", "No")
_add("stats.no_cluster", "(chưa xếp cụm)", "(no cluster)")
_add("sheet.reg_no_missing", "thiếu số đăng ký của sáng kiến.", "registration number missing.")

# ---- Excel sheets and verification codes ---------------------------------------------------------

_add(
    "sheet.has_errors",
    "Bảng tính có {count} dòng lỗi: không ghi gì. Sửa các lỗi trong tệp rồi nhập lại, hoặc chọn "
    "chỉ nhập các dòng hợp lệ.",
    (
        "The sheet has {count} row with errors: nothing was written. Correct it in the file and "
        "import again, or choose to import only the valid rows.",
        "The sheet has {count} rows with errors: nothing was written. Correct them in the file "
        "and import again, or choose to import only the valid rows.",
    ),
)
_add(
    "sheet.row_refused",
    "Dòng {row}: {problems}. Không ghi gì.",
    "Row {row}: {problems}. Nothing was written.",
)
_add(
    "code.length",
    "Mã xác thực phải có {digits} ký tự (chữ số và chữ cái in hoa), nhận được {got}.",
    "A verification code has {digits} characters (digits and capital letters); {got} were given.",
)
_add(
    "code.invalid",
    "Mã xác thực không hợp lệ (ký tự đầu sai).",
    "The verification code is not valid (its first character is wrong).",
)
_add(
    "code.unreadable",
    "Không đọc được: nhập số giấy chứng nhận rồi đến mã xác thực, ví dụ 'VSP-2023-00012 0ABCD "
    "EFGH...', hoặc nội dung quét từ mã QR.",
    "Cannot read this: type the certificate number and then its verification code, e.g. "
    "'VSP-2023-00012 0ABCD EFGH...', or what was scanned from the QR code.",
)

# ---- periods and certificates (db/queries/stats.py, db/certificates.py) --------------------------

_add("period.bad_year", "Năm {year} không hợp lệ.", "{year} is not a valid year.")
_add(
    "period.bad_quarter",
    "Quý '{text}' không hợp lệ: viết như 2026Q3.",
    "The quarter '{text}' is not valid: write it like 2026Q3.",
)
_add(
    "period.quarter_range",
    "Quý '{text}' không hợp lệ: quý từ 1 đến 4.",
    "The quarter '{text}' is not valid: quarters go from 1 to 4.",
)
_add("certificate.no_signer", "Chưa nhập tên người ký.", "The signer's name is required.")
_add(
    "certificate.skip.has_one",
    "đã có giấy chứng nhận số {number} (dùng in lại)",
    "it already has certificate {number} (reprint it)",
)
_add("certificate.skip.deleted", "sáng kiến đã bị xoá", "the initiative was deleted")
_add("certificate.skip.not_recognised", "chưa được công nhận", "not recognised yet")
_add(
    "certificate.skip.outside",
    "ngoài phạm vi đơn vị {unit} của máy này",
    "outside this PC's unit {unit}",
)
_add(
    "certificate.skip.no_decision",
    "chưa có quyết định công nhận (kết quả xét duyệt 'Công nhận')",
    "no recognition decision yet (a review with the outcome 'Recognised')",
)
_add("certificate.skip.no_authors", "chưa có tác giả", "no authors yet")
_add("certificate.decision_on", "{number} ngày {date}", "{number} of {date}")
# what a certificate shows, as the register holds it (Labels: the Vietnamese is --json's key)
_add("certificate.shows.number", "Số", "Number")
_add("certificate.shows.authors", "Tác giả", "Authors")
_add("certificate.shows.initiative", "Sáng kiến", "Initiative")
_add("certificate.shows.level", "Cấp công nhận", "Recognised at")
_add("certificate.shows.decision", "Quyết định", "Decision")
_add("certificate.shows.issued_on", "Ngày cấp", "Issued on")
_add("certificate.shows.issuer", "Đơn vị cấp", "Issued by")
_add("certificate.shows.signer", "Người ký", "Signed by")
_add("certificate.shows.reprints", "Số lần in lại", "Reprints")
_add(
    "certificate.no_key",
    "Máy này chưa có khóa ký nên không cấp được giấy chứng nhận.",
    "This PC has no signing key, so it cannot issue certificates.",
)
_add(
    "certificate.not_reprintable",
    "Giấy chứng nhận {number} không có hoặc đã bị huỷ: không in lại được.",
    "The certificate {number} does not exist or was cancelled: it cannot be reprinted.",
)
_add(
    "authority.set_from_above",
    "{what} của đơn vị {own} do cấp trên đặt; máy của {own} chỉ đặt {what_lower} cho các đơn vị "
    "cấp dưới của mình.",
    "{what} of {own} are set by the unit above it; this node sets {what_lower} only for the units "
    "below it.",
)
_add(
    "authority.outside_tree",
    "Đơn vị {unit} không thuộc {own} hay các đơn vị cấp dưới: máy của {own} không ghi hay sửa hồ "
    "sơ của đơn vị đó (đơn vị đó hoặc cấp trên của nó làm việc này).",
    "Unit {unit} is not {own} or below it: this node cannot record or change its records.",
)
_add("authority.no_unit", "(chưa có đơn vị)", "(no unit yet)")
_add(
    "programme.override_not_allowed",
    "Chỉ đơn vị sở hữu chương trình {programme} ({owner}) hoặc cấp trên của nó mới được thay đổi "
    "sáng kiến nào được tính cho chương trình; máy này không được. Hãy đề nghị đơn vị đó.",
    "Only the owner of the programme {programme} ({owner}) or a unit above it may change what "
    "counts toward it; this PC may not. Ask that unit.",
)
_add(
    "programme.override_outside_scope",
    "Sáng kiến {reg_no} không thuộc đơn vị nào của chương trình {programme} ({owner} và các đơn vị "
    "trực thuộc).",
    "Initiative {reg_no} is not of a unit of the programme {programme} ({owner} and the units "
    "below it).",
)
_add(
    "json.bad",
    "{source} không phải JSON hợp lệ: {error} (dòng {line}, cột {column}).",
    "{source} is not valid JSON: {error} (line {line}, column {column}).",
)
_add(
    "json.not_object",
    "Tệp JSON phải chứa một đối tượng {{...}} mô tả một sáng kiến.",
    "The JSON must be one object {{...}} describing an initiative.",
)
_add(
    "json.unknown_field",
    "Trường '{field}' không có trong sáng kiến (các trường: {known}, authors).",
    "Unknown field '{field}' (fields: {known}, authors).",
)

# ---- printing certificates and papers (desktop/printing/) ----------------------------------------

_add(
    "print.register_changed",
    "Sổ chứng nhận vừa thay đổi trong lúc in; không có gì được cấp. Hãy in lại.",
    "The register changed while printing; nothing was issued. Print again.",
)
_add(
    "print.no_signer",
    "Chưa có người ký: nhập họ tên và chức danh người ký (lần sau sẽ được nhớ).",
    "No signer yet: enter the signer's name and title (they will be remembered next time).",
)
_add(
    "print.none_certified",
    "Không có sáng kiến nào đã cấp chứng nhận trong phạm vi đã chọn.",
    "No initiative in the selection has a certificate.",
)
_add(
    "print.none_recognised",
    "Không có sáng kiến nào đã được công nhận trong phạm vi đã chọn.",
    "No initiative in the selection is recognised.",
)
_add(
    "print.nothing_to_reprint",
    "Các sáng kiến đã chọn chưa có giấy chứng nhận để in lại.",
    "The selected initiatives have no certificate to reprint.",
)
_add("print.skipped_one", "{reg_no}: {why}", "{reg_no}: {why}")
_add(
    "print.and_more",
    " (và {count} sáng kiến khác)",
    (" (and {count} more initiative)", " (and {count} more initiatives)"),
)
_add(
    "print.nothing_issued",
    "Không cấp được giấy chứng nhận nào — {reasons}{more}.",
    "No certificate could be issued — {reasons}{more}.",
)
_add(
    "print.unknown_font_key",
    "Mẫu {path}: phần tử '{element}' dùng phông '{font}' không có trong 'fonts'.",
    "Template {path}: the element '{element}' uses the font '{font}', which is not in 'fonts'.",
)
_add(
    "print.element_key_missing",
    "phần tử '{element}' thiếu khóa {key}",
    "the element '{element}' lacks the key {key}",
)
_add("print.element_wrong", "phần tử '{element}': {error}", "the element '{element}': {error}")
_add(
    "print.style_sizes",
    "cần 0 < min_size ≤ size, max_lines ≥ 1 và extra_lines ≥ 0",
    "it needs 0 < min_size ≤ size, max_lines ≥ 1 and extra_lines ≥ 0",
)
_add(
    "print.align",
    "align phải là left, center hoặc right, không phải '{value}'",
    "align must be left, center or right, not '{value}'",
)
_add("print.cancelled", "Đã huỷ in.", "Printing was cancelled.")
_add(
    "print.font_unreadable",
    "Không đọc được phông chữ {path}: {error}. Hãy cài lại SángKiến hoặc sửa tên phông trong mẫu.",
    "The font {path} could not be read: {error}. Reinstall SángKiến or correct the font's name in "
    "the template.",
)
_add(
    "print.report_suffix",
    "Tệp báo cáo phải có đuôi .pdf hoặc .xlsx: {name}.",
    "A report file must end in .pdf or .xlsx: {name}.",
)
_add(
    "print.template_unreadable",
    "Không đọc được mẫu giấy chứng nhận {path}: {error}",
    "The certificate template {path} could not be read: {error}",
)
_add(
    "print.template_wrong",
    "Mẫu giấy chứng nhận {path} sai: {error}. Xem phần 'about' trong tệp.",
    "The certificate template {path} is wrong: {error}. See its 'about' part.",
)
_add(
    "print.paper_suffix",
    "Tên tệp {name} phải kết thúc bằng .pdf hoặc .docx.",
    "The file name {name} must end in .pdf or .docx.",
)

# ---- an initiative as JSON (db/queries/initiative_json.py) ----------------------------------------

_add("what.unit", "đơn vị", "unit")
_add("what.field", "lĩnh vực", "field")
_add("what.phase", "giai đoạn", "phase")
_add("what.person", "tác giả", "person")
_add("what.parent", "đơn vị cấp trên", "parent unit")
_add("what.original", "sáng kiến gốc", "original initiative")
_add("what.targets", "Chỉ tiêu", "Targets")
_add("unit.add_here", "thêm đơn vị ở đây", "add a unit here")
_add("unit.change", "sửa đơn vị {unit}", "change {unit}")
_add(
    "json.no_code_or_id",
    "{key}: không có {what} mã hoặc id '{raw}'.",
    "{key}: no {what} with code or id '{raw}'.",
)
_add(
    "json.no_initiative",
    "duplicate_of_id: không có sáng kiến '{raw}'.",
    "duplicate_of_id: no initiative '{raw}'.",
)
_add(
    "json.authors_not_list",
    'authors: cần một danh sách [{{"person_id" hoặc "full_name", "share"}}, ...].',
    'authors: expected a list [{{"person_id" or "full_name", "share"}}, ...].',
)
_add(
    "json.author_not_object",
    "{label}: cần một đối tượng {{...}}.",
    "{label}: expected an object {{...}}.",
)
_add(
    "json.author_unknown_fields",
    "{label}: trường không biết {fields} (dùng: {known}).",
    "{label}: unknown fields {fields} (use: {known}).",
)
_add(
    "json.share_not_whole",
    "{label}.share: cần số nguyên (tỷ lệ %), không phải {share}.",
    "{label}.share: expected a whole number (percent), not {share}.",
)
_add(
    "json.author_needs_name",
    "{label}: cần person_id hoặc full_name.",
    "{label}: person_id or full_name is required.",
)

# ---- programmes (db/queries/programmes.py) -------------------------------------------------------

_add(
    "programme.bad_date",
    "{where}: ngày '{value}' không hợp lệ (viết YYYY-MM-DD hoặc DD/MM/YYYY).",
    "{where}: '{value}' is not a date (write YYYY-MM-DD or DD/MM/YYYY).",
)
_add("programme.not_object", "Tệp phải là một đối tượng JSON.", "Not a JSON object.")
_add(
    "programme.bad_code",
    "Mã chương trình '{code}' không hợp lệ: 2–32 chữ in hoa, số, '-', '.' (ví dụ NLD-2025).",
    "Programme code '{code}' is not valid: 2–32 capitals, digits, '-', '.' (e.g. NLD-2025).",
)
_add(
    "programme.code_taken",
    "Đã có chương trình mã {code}: hãy chọn mã khác.",
    "A programme {code} already exists: choose another code.",
)
_add("programme.no_name", "Chưa nhập tên chương trình.", "The programme's name is required.")
_add(
    "programme.bad_counts",
    "Chương trình tính 'registered' (đã đăng ký) hoặc 'recognised' (được công nhận), không phải "
    "'{counts}'.",
    "A programme counts 'registered' or 'recognised', not '{counts}'.",
)
_add(
    "programme.no_window",
    "Chưa nhập thời gian của chương trình (từ ngày, đến ngày).",
    "The programme's window (from, to) is required.",
)
_add(
    "programme.ends_before_start",
    "Chương trình kết thúc ({ends}) trước khi bắt đầu ({starts}).",
    "The programme ends ({ends}) before it starts ({starts}).",
)
_add(
    "programme.no_phase",
    "Chương trình cần ít nhất một giai đoạn.",
    "A programme needs at least one phase.",
)
_add(
    "programme.phases_overlap",
    "Giai đoạn {before} ({before_start}–{before_end}) và {after} ({after_start}–{after_end}) chồng "
    "lên nhau: giai đoạn sau phải bắt đầu sau ngày kết thúc giai đoạn trước.",
    "Phases {before} ({before_start}–{before_end}) and {after} ({after_start}–{after_end}) "
    "overlap: a phase must start after the previous one ends.",
)
_add(
    "programme.bad_phase_code",
    "Mã giai đoạn '{code}' không hợp lệ: 1–16 chữ in hoa, số, '-'.",
    "Phase code '{code}' is not valid: 1–16 capitals, digits, '-'.",
)
_add(
    "programme.phase_code_taken",
    "Mã giai đoạn {code} đã dùng: hãy chọn mã khác (ví dụ {example}).",
    "Phase code {code} is taken: choose another (e.g. {example}).",
)
_add("programme.no_phase_name", "Chưa nhập tên giai đoạn.", "A phase's name is required.")
_add("programme.no_phase_dates", "Chưa nhập ngày của giai đoạn.", "A phase's dates are required.")
_add(
    "programme.phase_ends_before_start",
    "Giai đoạn {code} kết thúc trước khi bắt đầu.",
    "Phase {code} ends before it starts.",
)
_add(
    "programme.phase_outside_window",
    "Giai đoạn {code} ({starts}–{ends}) nằm ngoài thời gian của chương trình ({window_start}–"
    "{window_end}).",
    "Phase {code} ({starts}–{ends}) lies outside the programme's window ({window_start}–"
    "{window_end}).",
)
_add(
    "programme.not_owner_node",
    "Chương trình do máy của đơn vị sở hữu tạo: máy này phục vụ {own}, không phải {owner}.",
    "A programme is made by its owner's node: this one serves {own}, not {owner}.",
)
_add(
    "programme.target_unknown_unit",
    "Chỉ tiêu cho đơn vị '{unit}': không có đơn vị này dưới đơn vị sở hữu chương trình.",
    "Target for '{unit}': no such unit under the programme's owner.",
)
_add(
    "programme.target_unknown_phase",
    "Chỉ tiêu của {unit}: giai đoạn '{phase}' không thuộc chương trình (ghi chỉ tiêu theo từng giai "
    "đoạn).",
    "Target of {unit}: phase '{phase}' is not one of the programme's (give a target per phase).",
)
_add(
    "programme.target_range",
    "Chỉ tiêu của {unit} phải là số nguyên không âm (đang là {value}).",
    "The target of {unit} must be a whole number, 0 or more (got {value}).",
)
_add(
    "programme.not_settable",
    "Không sửa được trường '{field}' (sửa được: {settable}).",
    "Field '{field}' cannot be set (settable: {settable}).",
)
_add(
    "programme.owner_only",
    "Chỉ máy của đơn vị sở hữu mới sửa được chương trình {code}.",
    "Only the owner's node may change programme {code}.",
)
_add(
    "validation.whole_money",
    "Giá trị làm lợi bằng {currency} là số tròn, không có phần lẻ.",
    "A benefit value in {currency} is a whole number, no fraction.",
)
_add(
    "validation.money_decimals",
    "Giá trị làm lợi bằng {currency} có tối đa {allowed} chữ số sau dấu thập phân (ví dụ 12.345,67).",
    "A benefit value in {currency} has at most {allowed} decimals (e.g. 12,345.67).",
)

# ---- values of a record (db/sync/codec.py, db/records.py, db/money.py) -------------------------

_add(
    "record.invalid_value",
    "{where}: giá trị không hợp lệ {value}: {reason}",
    "{where}: the value {value} is not valid: {reason}",
)
_add("record.value_required", "{where}: thiếu giá trị", "{where}: a value is required")
_add("record.bad_id", "{where}: mã bản ghi sai {value}", "{where}: a wrong record id {value}")
_add(
    "record.bad_stamp",
    "{where}: dấu phiên bản sai {value}",
    "{where}: a wrong version stamp {value}",
)
_add("record.stamps_not_object", "{where}: phải là một đối tượng", "{where}: must be an object")
_add(
    "record.bad_field_stamp",
    "{where}: phiên bản sai cho {field}",
    "{where}: a wrong version for {field}",
)
_add(
    "record.unknown_fields",
    "{where}: trường không biết {fields}",
    "{where}: unknown fields {fields}",
)
_add("sync.newer_version", "mới hơn", "newer")
_add(
    "sync.manifest_not_object",
    "không phải một đối tượng JSON đúng dạng ({detail})",
    "not a JSON object of the right form ({detail})",
)
_add(
    "sync.manifest_field",
    "trường '{field}' thiếu, sai kiểu hoặc vượt giới hạn ({detail})",
    "the field '{field}' is missing, of the wrong type or out of bounds ({detail})",
)
_add("value.text", "cần văn bản", "text was expected")
_add("value.too_long", "dài quá {limit} ký tự", "longer than {limit} characters")
_add("value.whole_number", "cần số nguyên", "a whole number was expected")
_add("value.true_false", "cần true/false", "true or false was expected")
_add("value.iso_text", "cần {what} dạng văn bản ISO", "{what} was expected, as ISO text")
_add("value.not_a", "không phải {what}", "not {what}")
_add("value.not_a_time", "không phải thời điểm ISO 8601", "not an ISO 8601 date and time")
_add("value.names", "cần một danh sách tên", "a list of names was expected")
_add(
    "value.too_many_names",
    "tối đa {most} tên, mỗi tên tối đa {chars} ký tự",
    "at most {most} names of at most {chars} characters each",
)
_add("value.too_deep", "lồng quá {depth} tầng", "nested more than {depth} levels deep")
_add("money.expected", "cần số tiền", "an amount was expected")
_add("money.decimals", "quá 2 chữ số thập phân", "more than 2 decimals")
_add(
    "money.record_expected",
    "cần số tiền: số nguyên hoặc chuỗi thập phân",
    "an amount was expected: a whole number or a decimal string",
)
_add("money.record_form", "không phải số tiền dạng 2500.5", "not an amount like 2500.5")

# ---- checking a certificate (db/certificates.py, db/certificate_check.py) ------------------------

_add(
    "verify.unknown_issuer",
    "Không biết khóa của máy đã cấp số {number}: chưa nhập gói dữ liệu nào của máy đó, nên chưa "
    "kiểm tra được.",
    "The key of the computer that issued number {number} is not known: no package from it has "
    "been imported here yet, so it cannot be checked.",
)
_add(
    "verify.cancelled",
    "Giấy chứng nhận số {number} là thật nhưng ĐÃ BỊ HUỶ trong sổ đăng ký.",
    "Certificate number {number} is genuine but was CANCELLED in the register.",
)
_add(
    "verify.genuine",
    "Giấy chứng nhận số {number} là THẬT và đúng như trong sổ đăng ký: hãy so tên, sáng kiến và "
    "quyết định in trên giấy với các dòng dưới đây.",
    "Certificate number {number} is GENUINE and as the register holds it: compare the names, "
    "the initiative and the decision printed on the paper with the lines below.",
)
_add(
    "verify.code_mismatch",
    "KHÔNG KHỚP: mã xác thực trên giấy không phải mã của giấy chứng nhận số {number} đã cấp — "
    "giấy bị sửa hoặc giả.",
    "NO MATCH: the verification code on the paper is not that of certificate number {number} "
    "as issued — the paper was altered or forged.",
)
_add(
    "verify.register_altered",
    "KHÔNG KHỚP: dữ liệu của số {number} trong sổ đăng ký đã bị sửa sau khi cấp, chữ ký không "
    "còn đúng.",
    "NO MATCH: the register's entry for number {number} was changed after it was issued; its "
    "signature no longer holds.",
)
_add(
    "verify.unknown_unit",
    "Số {number} không có trong sổ đăng ký và đơn vị '{unit}' chưa từng gửi gói dữ liệu đến máy "
    "này: không kiểm tra được.",
    "Number {number} is not in the register and the unit '{unit}' has never sent a package to "
    "this computer: it cannot be checked.",
)
_add(
    "verify.not_in_register",
    "Số {number} không có trong sổ đăng ký. Nếu giấy mới được cấp, hãy nhập gói dữ liệu mới nhất "
    "của {unit} rồi kiểm tra lại; nếu không, giấy này đáng ngờ.",
    "Number {number} is not in the register. If the certificate was issued recently, import the "
    "latest package from {unit} and check again; if not, this paper is suspect.",
)
_add(
    "verify.short_code_mismatch",
    "KHÔNG KHỚP: mã kiểm tra {code} không phải mã của giấy chứng nhận số {number} đã cấp — giấy "
    "bị sửa, giả, hoặc gõ nhầm (hãy gõ lại, hoặc quét mã QR).",
    "NO MATCH: the check code {code} is not that of certificate number {number} as issued — the "
    "paper was altered or forged, or mistyped (type it again, or scan the QR code).",
)

# ---- long work, servers, files (db/progress.py, db/engines.py, db/exchange/, db/demo/) -----------

_add(
    "work.cancelled",
    "Đã hủy; không có gì thay đổi.",
    "Cancelled; nothing changed.",
)
_add(
    "exchange.file_kind",
    "Tên tệp {name} phải kết thúc bằng .xlsx (Excel) hoặc .csv.",
    "The file name {name} must end in .xlsx (Excel) or .csv.",
)
_add("exchange.export_cancelled", "Đã huỷ xuất tệp.", "The export was cancelled.")
_add(
    "demo.cancelled",
    "Đã huỷ tạo dữ liệu mẫu; không ghi tệp nào.",
    "Making the demo data was cancelled; no file was written.",
)
_add(
    "demo.file_exists",
    "Tệp {path} đã có; dữ liệu mẫu không ghi đè lên cơ sở dữ liệu có sẵn. Chọn tệp khác bằng "
    "--db hoặc xoá tệp đó trước.",
    "The file {path} exists already; the demo never overwrites a database. Choose another file "
    "with --db, or delete that one first.",
)

# ---- a package's authority (db/sync/authority.py, db/sync/verify.py) -----------------------------

_add(
    "authority.root_only",
    "giai đoạn và lĩnh vực chỉ cấp ngành sửa được",
    "phases and fields are changed by the top of the tree only",
)
_add(
    "authority.unit_above_only",
    "chỉ đơn vị cấp trên của đơn vị này mới đặt được (chỉ tiêu, tên), {unit} không tự đặt cho mình",
    "only the unit above sets this (targets, names); {unit} does not set it for itself",
)
_add(
    "authority.level_too_high",
    "cấp xét duyệt/chứng nhận '{level}' cao hơn cấp của đơn vị {unit}",
    "the review or certificate level '{level}' is above the level of unit {unit}",
)
_add(
    "authority.outside",
    "{what} không thuộc đơn vị {unit} hay các đơn vị cấp dưới của nó",
    "{what} is outside unit {unit} and the units below it",
)
_add("authority.what.record", "Bản ghi", "The record")
_add("authority.what.person", "Tác giả", "The author")
_add("authority.what.duplicate_decision", "Quyết định trùng lặp", "The duplicate decision")
_add("authority.what.new_parent", "Đơn vị cấp trên mới", "The new parent unit")
_add(
    "authority.unit_from_above",
    "chỉ cấp trên mới sửa được mã, tên, cấp và đơn vị cấp trên của một đơn vị; {unit} không tự "
    "sửa đơn vị mình hay đơn vị ngoài cây của mình",
    "only a unit above may change a unit's code, name, level and parent; {unit} does not change "
    "its own unit or units outside its tree",
)
_add(
    "package.duplicate_record",
    "mã bản ghi {record} xuất hiện hai lần",
    "the record id {record} appears twice",
)
_add("package.missing_fields", "thiếu trường {fields}", "fields missing: {fields}")

# ---- a headquarters on a server (db/postgres/) ---------------------------------------------------

_add(
    "server.bad_address",
    "Địa chỉ máy chủ không đúng: {address}. Dạng đúng: postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL.",
    "The server address is not right: {address}. The right form: postgresql://USER@HOST/DBNAME.",
)
_add(
    "server.password_in_address",
    "Không ghi mật khẩu trong địa chỉ máy chủ: SángKiến không lưu mật khẩu. Hãy đặt mật khẩu "
    "trong tệp ~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf) hoặc biến môi trường "
    "PGPASSWORD, rồi dùng postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL.",
    "Do not write the password in the server address: SángKiến never stores passwords. Put it "
    "in the file ~/.pgpass (Windows: %APPDATA%\\postgresql\\pgpass.conf) or the environment "
    "variable PGPASSWORD, then use postgresql://USER@HOST/DBNAME.",
)
_add(
    "server.no_database_name",
    "Địa chỉ máy chủ thiếu tên cơ sở dữ liệu: {address}.",
    "The server address names no database: {address}.",
)
_add(
    "server.unreachable",
    "Không kết nối được máy chủ cơ sở dữ liệu {address} ({reason}). Hãy kiểm tra máy chủ đang "
    "chạy, tên máy, cổng, tên người dùng và mật khẩu trong ~/.pgpass.",
    "Cannot connect to the database server {address} ({reason}). Check that the server is "
    "running, and the host name, port, user name and the password in ~/.pgpass.",
)
_add(
    "server.foreign_database",
    "Cơ sở dữ liệu {address} trên máy chủ là của một chương trình khác, không phải của SángKiến. "
    "Không thay đổi gì.",
    "The server database {address} belongs to another program, not to SángKiến. Nothing was "
    "changed.",
)
_add(
    "server.newer_schema",
    "Cơ sở dữ liệu {address} được tạo bằng SángKiến mới hơn (cấu trúc {revision}). Hãy cập nhật "
    "SángKiến rồi mở lại; không thay đổi gì.",
    "The database {address} was made by a newer SángKiến (structure {revision}). Update "
    "SángKiến and open it again; nothing was changed.",
)
_add(
    "server.empty",
    "Cơ sở dữ liệu {address} trên máy chủ còn trống. Hãy khởi tạo bằng 'sangkien --db {address} "
    "init --unit MÃ', 'demo' hoặc 'migrate-to'.",
    "The server database {address} is empty. Set it up with 'sangkien --db {address} init "
    "--unit CODE', 'demo' or 'migrate-to'.",
)
_add(
    "server.copy_failed",
    "Không chép được lên máy chủ ({reason}); máy chủ không thay đổi gì.",
    "The copy to the server failed ({reason}); nothing was changed on the server.",
)
_add(
    "server.target_not_empty",
    "Cơ sở dữ liệu đích đã có dữ liệu (bảng {table}): chỉ chuyển vào một cơ sở dữ liệu trống. "
    "Không thay đổi gì.",
    "The target database holds data already (table {table}): a node moves only into an empty "
    "database. Nothing was changed.",
)
_add(
    "server.copy_incomplete",
    "Chép chưa đủ bảng {table} ({held} / {expected}): không thay đổi gì.",
    "Table {table} was not copied whole ({held} / {expected}): nothing was changed.",
)
_add(
    "server.restore_not_empty",
    "Chỉ khôi phục vào một cơ sở dữ liệu máy chủ còn trống (tạo bằng 'createdb'); cơ sở dữ liệu "
    "này đã có bảng. Không thay đổi gì.",
    "A backup is restored only into an empty server database (made with 'createdb'); this one "
    "has tables. Nothing was changed.",
)

_add(
    "server.trial_not_installed",
    "PostgreSQL chưa được cài ({program} không có). Trên Debian/Ubuntu: 'sudo apt-get install "
    "postgresql'.",
    "PostgreSQL is not installed ({program} is missing). On Debian/Ubuntu: 'sudo apt-get install "
    "postgresql'.",
)
_add(
    "server.tool_missing",
    "Không tìm thấy {program} (công cụ của PostgreSQL) để sao lưu máy chủ. Hãy cài gói "
    "postgresql-client.",
    "{program} (a PostgreSQL tool) was not found to back up the server. Install the package "
    "postgresql-client.",
)
_add(
    "server.tool_failed",
    "{program} không chạy được: {error}",
    "{program} failed: {error}",
)

# ---- backups and dates ----------------------------------------------------------------------------

_add("backup.reason.manual", "Sao lưu thủ công", "Manual backup")
_add("backup.reason.daily", "Sao lưu hằng ngày", "Daily backup")
_add("backup.reason.import", "Trước khi nhập gói", "Before importing a package")
_add(
    "backup.reason.import-undo",
    "Trước khi nhập gói (hoàn tác)",
    "Before importing a package (undo)",
)
_add("backup.reason.restore-undo", "Trước khi khôi phục (hoàn tác)", "Before a restore (undo)")
_add(
    "backup.reason.migrate-undo",
    "Trước khi nâng cấp dữ liệu (hoàn tác)",
    "Before upgrading the data (undo)",
)
_add("backup.reason.migrate", "Trước khi nâng cấp dữ liệu", "Before upgrading the data")
_add("backup.reason.restore", "Trước khi khôi phục", "Before a restore")
_add("backup.reason.damaged", "Bản hỏng được giữ lại", "Damaged copy kept")
_add(
    "date.unreadable",
    "'{typed}' không phải ngày: hãy viết dạng {example} (ngày/tháng/năm).",
    "'{typed}' is not a date: type it as {example} (day/month/year).",
)

_add("money.not_an_amount", "không phải số tiền", "not an amount")
_add(
    "attachment.not_synced",
    "{name} (nội dung chưa được đồng bộ về)",
    "{name} (its content has not arrived by sync yet)",
)
_add("edit.by_package", "{actor} (gói đồng bộ)", "{actor} (a sync package)")
_add(
    "edit.meanwhile",
    "Trường {field} đã được {who} sửa lúc {when} (giá trị hiện là {now}) sau khi bạn mở bản ghi. "
    "Hãy mở lại để xem thay đổi rồi sửa tiếp; chưa lưu gì.",
    "{field} was changed by {who} at {when} (now {now}) after you opened the record. Reopen it to "
    "see the change; nothing was saved.",
)
_add(
    "value.integer_range",
    "số nguyên phải nằm trong khoảng {low} .. {high}",
    "a whole number must lie between {low} and {high}",
)

# ---- checking a database (db/integrity.py, `sangkien check`) -------------------------------------

_add(
    "check.foreign_key",
    "{table} (rowid {rowid}) trỏ tới {parent} không tồn tại",
    "{table} (rowid {rowid}) points to a missing {parent}",
)
_add(
    "check.schema",
    "phiên bản lược đồ {revision}, cần {head}",
    "schema version {revision}, {head} is needed",
)
_add(
    "check.node_rows",
    "có {count} dòng danh tính nút, chỉ được có một",
    "{count} node identity rows, where only one may be",
)
_add(
    "check.bad_hlc",
    "{table}: {count} dòng thiếu hoặc sai dấu phiên bản (hlc)",
    (
        "{table}: {count} row with a missing or wrong version stamp (hlc)",
        "{table}: {count} rows with a missing or wrong version stamp (hlc)",
    ),
)
_add(
    "check.no_seq",
    "{table}: {count} dòng thiếu số thứ tự thay đổi (seq)",
    (
        "{table}: {count} row without a change number (seq)",
        "{table}: {count} rows without a change number (seq)",
    ),
)
_add(
    "check.seq_above",
    "{table}: {count} dòng có seq lớn hơn last_seq={last_seq} của nút",
    "{table}: {count} rows with a seq above the node's last_seq={last_seq}",
)
_add(
    "check.bad_field_hlc",
    "{table}: {count} dòng có field_hlc sai, ví dụ {example}",
    "{table}: {count} rows with a wrong field_hlc, for example {example}",
)
_add(
    "check.duplicate_seq",
    "số thứ tự thay đổi bị trùng giữa các dòng: {sample}",
    "change numbers repeated between rows: {sample}",
)
_add(
    "check.receipts",
    "nút {unit} báo đã nhận tới seq {acked} > last_seq {last_seq}",
    "node {unit} reports it received up to seq {acked} > last_seq {last_seq}",
)
_add(
    "check.attachment_sizes",
    "{count} tệp đính kèm có kích thước sai",
    ("{count} attachment with a wrong size", "{count} attachments with a wrong size"),
)
_add(
    "check.attachment_hash",
    "tệp đính kèm {sha}… không khớp mã băm SHA-256",
    "attachment {sha}… does not match its SHA-256 hash",
)
_add(
    "check.search_index",
    "chỉ mục tìm kiếm không khớp dữ liệu (cần dựng lại)",
    "the search index does not match the data (it needs rebuilding)",
)


# ---- the full check when it is due (db/safe_open.py, db/integrity.py; issue 13) -----------------

_add(
    "open.check_due",
    "Đến hạn kiểm tra toàn vẹn {name} ({why}). Vẫn đọc được ngay; lần ghi đầu tiên sẽ kiểm tra "
    "trước (Ctrl+C để dừng, không ghi gì), hoặc chạy 'sangkien check' khi có thời gian.",
    "The integrity check of {name} is due ({why}). Reading goes on now; the first change runs "
    "it first (Ctrl+C stops it, nothing is written), or run 'sangkien check' when there is time.",
)
_add(
    "open.check_why.unclean",
    "lần trước SángKiến không được đóng đúng cách",
    "SángKiến was not closed cleanly last time",
)
_add(
    "open.check_why.changed",
    "tệp đã thay đổi khi không có SángKiến nào mở nó",
    "the file changed while no SángKiến had it open",
)
_add(
    "open.check_why.schedule",
    "đã hơn 7 ngày từ lần kiểm tra trước",
    "more than 7 days since the last check",
)
_add(
    "open.check_why.unknown",
    "chưa có lần kiểm tra nào được ghi lại",
    "no check of it is on record",
)
_add(
    "open.checking",
    "Đang kiểm tra toàn vẹn {name} trước khi ghi: {done} ({seconds} giây; Ctrl+C để dừng)",
    "Checking {name} before writing: {done} ({seconds} s; Ctrl+C stops)",
)
_add(
    "open.check_cancelled",
    "Đã dừng kiểm tra toàn vẹn; chưa ghi gì vào {name}. Việc kiểm tra vẫn đến hạn: chạy lại lệnh, "
    "hoặc 'sangkien check', khi có thời gian.",
    "The integrity check was stopped; nothing was written to {name}. It is still due: run the "
    "command again, or 'sangkien check', when there is time.",
)
_add(
    "open.check_running",
    "Đang kiểm tra toàn vẹn {name} ({why}) nên chưa ghi được; chưa ghi gì. Hãy lưu lại sau ít "
    "phút, khi kiểm tra xong.",
    "The integrity check of {name} is running ({why}), so nothing can be written yet; nothing "
    "was written. Save again in a few minutes, when it has finished.",
)
