"""The columns of an exported register, its template and what an import recognises.

One list serves all three, so an export can always be imported again. A column whose key is an
Initiative field is exported from that field and read back by its `kind` with nothing else to
write (db/exchange/export.py, importer.py); the few others (a name looked up, a vocabulary's
label, the authors) are named in those two files. Headers are Vietnamese or
English (the interface language); an import finds a column by its folded header in either, so
"Ten sang kien", "TÊN SÁNG KIẾN " and "Title" all find the title.
"""

from __future__ import annotations

from dataclasses import dataclass

from db.search import fold


@dataclass(frozen=True)
class Column:
    key: str
    vi: str
    en: str
    width: int  # characters: the widest a column grows to fit its text
    kind: str = "text"  # text, date, money, number, yes_no: how a cell is written and read
    aliases: tuple[str, ...] = ()  # other headers real sheets use
    field: str = ""  # the Initiative field it carries, when the key is not that field's name

    @property
    def carries(self) -> str:
        return self.field or self.key

    def header(self, lang: str = "vi") -> str:
        return self.en if lang == "en" else self.vi


INITIATIVE_COLUMNS: tuple[Column, ...] = (
    Column("reg_no", "Số đăng ký", "Registration number", 22, aliases=("So DK", "Số ĐK")),
    Column("title", "Tên sáng kiến", "Title", 60),
    Column("solution_type", "Loại giải pháp", "Solution type", 26),
    Column("field", "Lĩnh vực", "Field", 30, aliases=("Lĩnh vực áp dụng",), field="field_id"),
    Column("unit_code", "Mã đơn vị", "Unit code", 14, field="unit_id"),
    Column("unit_name", "Tên đơn vị", "Unit name", 40, aliases=("Đơn vị",)),
    Column("phase", "Giai đoạn", "Phase", 14, field="phase_id"),
    Column("registered_on", "Ngày đăng ký", "Registered on", 12, "date"),
    Column("first_applied_on", "Ngày áp dụng lần đầu", "First applied on", 12, "date"),
    Column("investor", "Chủ đầu tư", "Investor", 30),
    Column("authors", "Tác giả", "Authors", 40, aliases=("Tác giả (tỷ lệ %)",)),
    Column("essence", "Mô tả bản chất", "Essence", 50),
    Column("confidential_info", "Thông tin cần được bảo mật", "Confidential information", 30),
    Column("tech_secret", "Bí mật công nghệ", "Technology secret", 10, "yes_no"),
    Column("conditions", "Điều kiện cần thiết để áp dụng", "Conditions for applying", 40),
    Column("benefit_author", "Lợi ích theo ý kiến tác giả", "Benefit per the author", 40),
    Column(
        "benefit_unit",
        "Lợi ích theo ý kiến tổ chức, cá nhân đã áp dụng",
        "Benefit per the applying unit",
        40,
    ),
    Column("first_appliers", "Người tham gia áp dụng lần đầu", "First appliers", 30),
    Column("benefit_value", "Giá trị làm lợi", "Benefit value", 16, "money"),
    Column("benefit_currency", "Tiền tệ", "Currency", 8, aliases=("Đơn vị tiền tệ",)),
    Column("scope", "Phạm vi áp dụng", "Scope", 30),
    Column("status", "Trạng thái", "Status", 18),
    Column("recognised_on", "Ngày công nhận", "Recognised on", 12, "date"),
    Column("duplicate_of", "Trùng với sáng kiến", "Duplicate of", 22, field="duplicate_of_id"),
)

AUTHOR_COLUMNS: tuple[Column, ...] = (
    Column("reg_no", "Số đăng ký", "Registration number", 22),
    Column("ordinal", "STT", "No.", 5, "number"),
    Column("full_name", "Họ và tên", "Full name", 28, aliases=("Họ tên",)),
    Column("birth_date", "Ngày sinh", "Date of birth", 12, "date"),
    Column("unit_code", "Mã đơn vị công tác", "Workplace unit code", 14),
    Column("unit_name", "Nơi công tác", "Workplace", 36),
    Column("job_title", "Chức danh", "Job title", 24),
    Column("qualification", "Trình độ chuyên môn", "Qualification", 24),
    Column("employee_no", "Mã nhân viên", "Employee number", 14),
    Column("union_member", "Đoàn viên", "Union member", 10),
    Column("share", "Tỷ lệ đóng góp (%)", "Share (%)", 10, "number", ("Tỷ lệ (%)", "Tỷ lệ")),
)

# The certificate register's workbook (db/exchange/certificate_register.py): the columns of the
# Chứng nhận page's register table (desktop/models/certificate_register_model.py), and the words
# of its "In lại" column.
REGISTER_COLUMNS: tuple[Column, ...] = (
    Column("number", "Số giấy chứng nhận", "Certificate number", 24),
    Column("issued_on", "Ngày cấp", "Issued on", 12, kind="date"),
    Column("reg_no", "Số đăng ký", "Registration number", 22),
    Column("recipients", "Tác giả", "Authors", 40),
    Column("title", "Tên sáng kiến", "Title", 60),
    Column("level", "Cấp công nhận", "Recognition level", 22),
    Column("signer", "Người ký", "Signed by", 24),
    Column("reprints", "In lại", "Reprints", 16),
)
REGISTER_WORDS = {  # the table's "In lại %1 lần" and "Đã huỷ"
    "reprinted": ("In lại {n} lần", "Reprinted {n} times"),
    "cancelled": ("Đã huỷ", "Cancelled"),
}

# Sheet names and column headers are the sheet's format, read back in either language whatever the
# interface language (an English sheet imports into a Vietnamese window), so both are here.
SHEET_NAMES = {
    "initiatives": ("Sáng kiến", "Initiatives"),
    "authors": ("Tác giả", "Authors"),
    "lists": ("Danh mục", "Lists"),
    "certificates": ("Sổ giấy chứng nhận", "Certificate register"),
}


def sheet_name(kind: str, lang: str = "vi") -> str:
    vi, en = SHEET_NAMES[kind]
    return en if lang == "en" else vi


def header_key(text: str) -> str:
    """A header as it is compared: folded, only letters and digits, single spaces."""
    folded = fold(text)
    return " ".join("".join(ch if ch.isalnum() else " " for ch in folded).split())


def header_index(columns: tuple[Column, ...]) -> dict[str, str]:
    """{folded header: column key} for every header and alias, in both languages."""
    index: dict[str, str] = {}
    for column in columns:
        for text in (column.vi, column.en, column.key, *column.aliases):
            index.setdefault(header_key(text), column.key)
    return index


YES_WORDS = frozenset({"co", "x", "yes", "true", "1", "dung"})
NO_WORDS = frozenset({"", "khong", "no", "false", "0", "sai"})
