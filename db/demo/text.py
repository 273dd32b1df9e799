"""Vietnamese words the demo generator composes people and initiatives from.

Names follow the usual frequency of Vietnamese surnames; titles, descriptions and benefits are
built from the vocabulary of the oil and gas trades, one list per field of activity (the codes of
resources/data/fields.json). Everything here is illustrative: no real person or initiative.
"""

from __future__ import annotations

# The word lists read best packed: the formatter leaves them alone.
# fmt: off

# ---- people --------------------------------------------------------------------------------------

SURNAMES = (
    ("Nguyễn", 310),
    ("Trần", 110),
    ("Lê", 95),
    ("Phạm", 70),
    ("Hoàng", 50),
    ("Huỳnh", 40),
    ("Phan", 40),
    ("Vũ", 40),
    ("Võ", 40),
    ("Đặng", 20),
    ("Bùi", 20),
    ("Đỗ", 15),
    ("Hồ", 15),
    ("Ngô", 15),
    ("Dương", 10),
    ("Lý", 5),
    ("Đinh", 8),
    ("Trịnh", 6),
    ("Đoàn", 6),
    ("Lương", 5),
    ("Mai", 4),
    ("Tạ", 3),
    ("Cao", 4),
    ("Lâm", 4),
    ("Hà", 5),
    ("Tô", 2),
    ("Quách", 2),
    ("Châu", 2),
)

MALE_MIDDLE = (
    "Văn", "Văn", "Văn", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Công", "Xuân", "Ngọc",
    "Hoàng", "Anh", "Duy", "Tiến", "Trung", "Đình", "Quang", "Mạnh", "Thế", "Trọng", "Việt",
)
FEMALE_MIDDLE = (
    "Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Kim", "Hồng", "Phương", "Thùy", "Minh",
    "Bích", "Diệu", "Hải", "Mỹ", "Khánh",
)
MALE_GIVEN = (
    "Hùng", "Dũng", "Tuấn", "Minh", "Hải", "Nam", "Long", "Sơn", "Thắng", "Cường", "Huy",
    "Phong", "Quân", "Trung", "Hiếu", "Đạt", "Khoa", "Toàn", "Tùng", "Vinh", "Lâm", "Bình",
    "Thành", "Hưng", "Kiên", "Lợi", "Nghĩa", "Phúc", "Quý", "Tâm", "Thịnh", "Việt", "Đức",
    "Anh", "Hoàng", "Khánh", "Chiến", "Định", "Hòa", "Tài", "Hậu", "Thuận", "Trí", "Vũ",
)
FEMALE_GIVEN = (
    "Hương", "Lan", "Linh", "Trang", "Hà", "Thảo", "Hạnh", "Nga", "Phương", "Yến", "Thủy",
    "Huyền", "Mai", "Ngọc", "Dung", "Hằng", "Loan", "Oanh", "Vân", "Nhung", "Quyên", "Thư",
    "Giang", "Hiền",
)

# Job titles and qualifications by field of activity; the generic ones fill in everywhere.
GENERIC_JOBS = (
    "Trưởng phòng Kỹ thuật", "Phó Giám đốc", "Chuyên viên kỹ thuật", "Chuyên viên kế hoạch",
    "Kỹ sư an toàn", "Tổ trưởng sản xuất",
)
FIELD_JOBS = {
    "THAMDO": ("Kỹ sư địa chất", "Kỹ sư địa vật lý", "Kỹ sư mỏ", "Chuyên viên phân tích số liệu giếng"),
    "KHOAN": ("Kỹ sư khoan", "Đốc công khoan", "Thợ khoan", "Thợ máy khoan", "Kỹ sư dung dịch khoan"),
    "KHAITHAC": (
        "Kỹ sư khai thác", "Trưởng giàn", "Phó giàn", "Thợ vận hành khai thác",
        "Trưởng ca vận hành", "Kỹ sư công nghệ mỏ",
    ),
    "CHEBIENKHI": (
        "Kỹ sư công nghệ", "Trưởng ca vận hành", "Vận hành viên phòng điều khiển",
        "Kỹ sư quá trình",
    ),
    "VANCHUYENKHI": ("Kỹ sư đường ống", "Trưởng trạm phân phối khí", "Thợ vận hành trạm khí"),
    "LOCHOADAU": (
        "Kỹ sư công nghệ", "Trưởng ca vận hành", "Vận hành viên phân xưởng", "Kỹ sư hóa",
        "Kỹ sư quá trình",
    ),
    "DIEN": (
        "Kỹ sư điện", "Trưởng ca vận hành tổ máy", "Thợ sửa chữa điện", "Kỹ sư nhiệt",
        "Vận hành viên lò – máy",
    ),
    "PHANBON": ("Kỹ sư hóa", "Trưởng ca xưởng urê", "Thợ vận hành xưởng amoniac", "Kỹ sư công nghệ"),
    "COKHI": ("Kỹ sư cơ khí", "Thợ sửa chữa cơ khí", "Thợ hàn", "Đốc công bảo dưỡng", "Thợ tiện"),
    "XAYLAP": ("Kỹ sư xây dựng", "Kỹ sư kết cấu", "Giám sát thi công", "Thợ hàn áp lực", "Thợ lắp ráp"),
    "HANGHAI": ("Thuyền trưởng", "Máy trưởng", "Đại phó", "Sĩ quan boong", "Thợ máy tàu"),
    "ANTOAN": ("Kỹ sư an toàn", "Chuyên viên môi trường", "Giám sát an toàn", "Đội trưởng cứu hỏa"),
    "TUDONGHOA": ("Kỹ sư tự động hóa", "Kỹ thuật viên đo lường", "Kỹ sư điều khiển"),
    "CNTT": ("Chuyên viên công nghệ thông tin", "Kỹ sư phần mềm", "Quản trị hệ thống"),
    "QUANLY": ("Chuyên viên kế hoạch", "Trưởng phòng Tổ chức – Nhân sự", "Chuyên viên pháp chế"),
    "TAICHINH": ("Kế toán trưởng", "Chuyên viên tài chính", "Chuyên viên tín dụng", "Kiểm soát viên"),
    "THUONGMAI": ("Chuyên viên kinh doanh", "Cửa hàng trưởng", "Thủ kho", "Chuyên viên bảo hiểm"),
    "DAOTAO": ("Giảng viên", "Nghiên cứu viên", "Trưởng phòng thí nghiệm", "Kỹ sư thí nghiệm"),
}
GENERIC_QUALIFICATIONS = (
    "Kỹ sư Cơ khí", "Cử nhân Kinh tế", "Thạc sĩ Quản trị kinh doanh", "Công nhân kỹ thuật bậc 5/7",
    "Công nhân kỹ thuật bậc 6/7", "Kỹ sư Điện – Điện tử",
)
FIELD_QUALIFICATIONS = {
    "THAMDO": ("Kỹ sư Địa chất dầu khí", "Thạc sĩ Địa vật lý", "Tiến sĩ Địa chất"),
    "KHOAN": ("Kỹ sư Khoan – Khai thác dầu khí", "Cao đẳng Khoan dầu khí", "Công nhân khoan bậc 5/7"),
    "KHAITHAC": ("Kỹ sư Khoan – Khai thác dầu khí", "Thạc sĩ Kỹ thuật dầu khí", "Cao đẳng Vận hành khai thác dầu khí"),
    "CHEBIENKHI": ("Kỹ sư Công nghệ Hóa học", "Cao đẳng Vận hành thiết bị chế biến dầu khí"),
    "VANCHUYENKHI": ("Kỹ sư Cơ khí", "Kỹ sư Công nghệ Hóa học", "Trung cấp Vận hành đường ống"),
    "LOCHOADAU": ("Kỹ sư Lọc – Hóa dầu", "Thạc sĩ Kỹ thuật Hóa học", "Cao đẳng Vận hành thiết bị chế biến dầu khí"),
    "DIEN": ("Kỹ sư Hệ thống điện", "Kỹ sư Nhiệt – Điện lạnh", "Trung cấp Điện công nghiệp"),
    "PHANBON": ("Kỹ sư Công nghệ Hóa học", "Thạc sĩ Kỹ thuật Hóa học", "Cao đẳng Công nghệ kỹ thuật hóa học"),
    "COKHI": ("Kỹ sư Cơ khí", "Kỹ sư Cơ khí chế tạo máy", "Công nhân cơ khí bậc 6/7"),
    "XAYLAP": ("Kỹ sư Xây dựng công trình biển", "Kỹ sư Kết cấu thép", "Thợ hàn 6G"),
    "HANGHAI": ("Kỹ sư Điều khiển tàu biển", "Kỹ sư Máy tàu thủy", "Thuyền trưởng hạng nhất"),
    "ANTOAN": ("Kỹ sư Kỹ thuật môi trường", "Kỹ sư Bảo hộ lao động", "Thạc sĩ Khoa học môi trường"),
    "TUDONGHOA": ("Kỹ sư Tự động hóa", "Kỹ sư Điều khiển và Tự động hóa", "Cao đẳng Đo lường điều khiển"),
    "CNTT": ("Kỹ sư Công nghệ thông tin", "Cử nhân Khoa học máy tính", "Thạc sĩ Hệ thống thông tin"),
    "QUANLY": ("Cử nhân Quản trị kinh doanh", "Thạc sĩ Quản trị kinh doanh", "Cử nhân Luật"),
    "TAICHINH": ("Cử nhân Tài chính – Ngân hàng", "Cử nhân Kế toán", "Thạc sĩ Tài chính"),
    "THUONGMAI": ("Cử nhân Kinh tế", "Cử nhân Quản trị kinh doanh", "Trung cấp Thương mại"),
    "DAOTAO": ("Thạc sĩ Kỹ thuật dầu khí", "Tiến sĩ Hóa học", "Tiến sĩ Địa chất"),
}

# ---- which fields each subordinate union works in (repeats weight the choice) -------------------

UNION_FIELDS = {
    "CQTD": ("QUANLY", "QUANLY", "QUANLY", "TAICHINH", "CNTT", "CNTT", "THAMDO"),
    "VSP": (
        "KHAITHAC", "KHAITHAC", "KHAITHAC", "KHAITHAC", "KHOAN", "KHOAN", "KHOAN", "COKHI",
        "COKHI", "XAYLAP", "HANGHAI", "ANTOAN", "TUDONGHOA", "THAMDO",
    ),
    "PVGAS": (
        "CHEBIENKHI", "CHEBIENKHI", "CHEBIENKHI", "VANCHUYENKHI", "VANCHUYENKHI", "VANCHUYENKHI",
        "COKHI", "TUDONGHOA", "ANTOAN", "THUONGMAI", "QUANLY",
    ),
    "PVEP": ("THAMDO", "THAMDO", "THAMDO", "KHAITHAC", "KHAITHAC", "KHAITHAC", "KHOAN", "QUANLY", "CNTT", "ANTOAN"),
    "PVOIL": ("THUONGMAI", "THUONGMAI", "THUONGMAI", "QUANLY", "QUANLY", "CNTT", "ANTOAN", "LOCHOADAU"),
    "PVPOWER": ("DIEN", "DIEN", "DIEN", "DIEN", "DIEN", "COKHI", "COKHI", "TUDONGHOA", "ANTOAN", "QUANLY"),
    "PVFCCO": ("PHANBON", "PHANBON", "PHANBON", "PHANBON", "COKHI", "TUDONGHOA", "ANTOAN", "THUONGMAI"),
    "PVCFC": ("PHANBON", "PHANBON", "PHANBON", "PHANBON", "COKHI", "TUDONGHOA", "ANTOAN", "CNTT"),
    "BSR": (
        "LOCHOADAU", "LOCHOADAU", "LOCHOADAU", "LOCHOADAU", "LOCHOADAU", "COKHI", "COKHI",
        "TUDONGHOA", "ANTOAN", "QUANLY",
    ),
    "PVD": ("KHOAN", "KHOAN", "KHOAN", "KHOAN", "KHOAN", "COKHI", "COKHI", "ANTOAN", "QUANLY"),
    "PTSC": ("XAYLAP", "XAYLAP", "XAYLAP", "HANGHAI", "HANGHAI", "HANGHAI", "COKHI", "COKHI", "ANTOAN", "QUANLY"),
    "PVCHEM": ("PHANBON", "PHANBON", "KHOAN", "KHOAN", "THUONGMAI", "QUANLY"),
    "PVI": ("TAICHINH", "TAICHINH", "TAICHINH", "THUONGMAI", "THUONGMAI", "CNTT", "QUANLY"),
    "PETROSETCO": ("THUONGMAI", "THUONGMAI", "THUONGMAI", "THUONGMAI", "QUANLY", "QUANLY", "CNTT"),
    "PETROCONS": ("XAYLAP", "XAYLAP", "XAYLAP", "XAYLAP", "XAYLAP", "COKHI", "ANTOAN", "QUANLY"),
    "BIENDONGPOC": ("KHAITHAC", "KHAITHAC", "KHAITHAC", "CHEBIENKHI", "TUDONGHOA", "ANTOAN", "THAMDO"),
    "PQPOC": ("THAMDO", "THAMDO", "VANCHUYENKHI", "QUANLY"),
    "VPI": ("DAOTAO", "DAOTAO", "DAOTAO", "THAMDO", "THAMDO", "LOCHOADAU", "CHEBIENKHI"),
    "PVU": ("DAOTAO", "DAOTAO", "DAOTAO", "DAOTAO", "THAMDO", "CNTT"),
    "PVTRANS": ("HANGHAI", "HANGHAI", "HANGHAI", "HANGHAI", "HANGHAI", "COKHI", "ANTOAN", "QUANLY"),
    "PVCOMBANK": ("TAICHINH", "TAICHINH", "TAICHINH", "TAICHINH", "CNTT", "CNTT", "QUANLY"),
    "PVSHIPYARD": ("XAYLAP", "XAYLAP", "XAYLAP", "COKHI", "COKHI", "COKHI", "KHOAN", "ANTOAN"),
    "PVMR": ("COKHI", "COKHI", "COKHI", "COKHI", "COKHI", "TUDONGHOA", "ANTOAN", "XAYLAP"),
    "PVPS": ("DIEN", "DIEN", "DIEN", "COKHI", "COKHI", "COKHI", "TUDONGHOA"),
    "PVTEX": ("PHANBON", "COKHI", "COKHI", "TUDONGHOA", "QUANLY"),
    "PVCOLLEGE": ("DAOTAO", "DAOTAO", "DAOTAO", "DAOTAO", "ANTOAN", "CNTT"),
    "LPSH": ("DIEN", "DIEN", "XAYLAP", "XAYLAP", "QUANLY", "QUANLY"),
    "PVTB2": ("DIEN", "DIEN", "XAYLAP", "XAYLAP", "QUANLY", "QUANLY"),
    "NSRP": ("LOCHOADAU", "LOCHOADAU", "LOCHOADAU", "LOCHOADAU", "COKHI", "TUDONGHOA", "ANTOAN"),
    "CLJOC": ("KHAITHAC", "KHAITHAC", "KHAITHAC", "KHOAN", "THAMDO", "ANTOAN", "TUDONGHOA"),
    "HLJOC": ("KHAITHAC", "KHAITHAC", "KHAITHAC", "THAMDO", "ANTOAN"),
    "TLJOC": ("KHAITHAC", "KHAITHAC", "KHAITHAC", "THAMDO", "ANTOAN"),
    "DQS": ("XAYLAP", "XAYLAP", "HANGHAI", "HANGHAI", "COKHI", "COKHI", "COKHI"),
}
DEFAULT_FIELDS = ("QUANLY", "COKHI", "ANTOAN", "CNTT")

# Unions whose accounts are kept (partly) in US dollars: joint ventures and operators.
USD_UNIONS = frozenset({"VSP", "PVEP", "CLJOC", "HLJOC", "TLJOC", "BIENDONGPOC", "NSRP", "PQPOC"})

# ---- what initiatives are about, per field ----------------------------------------------------
# objects: equipment or processes improved; tools: things made; tasks: work done ("công tác …").

TOPICS = {
    "THAMDO": {
        "objects": (
            "mô hình địa chất mỏ", "tài liệu địa chấn 3D", "mô hình mô phỏng vỉa",
            "cơ sở dữ liệu giếng khoan", "bản đồ cấu trúc tầng móng nứt nẻ",
        ),
        "tools": (
            "công cụ tự động liên kết tài liệu địa vật lý giếng khoan",
            "bộ chương trình xử lý số liệu thử vỉa", "bảng tính đánh giá nhanh trữ lượng",
        ),
        "tasks": (
            "minh giải tài liệu địa vật lý giếng khoan", "đánh giá trữ lượng dầu khí",
            "lập thiết kế giếng thăm dò", "phân tích mẫu lõi", "chọn vị trí giếng khai thác bổ sung",
        ),
    },
    "KHOAN": {
        "objects": (
            "hệ thống tuần hoàn dung dịch khoan", "đầu kéo thủy lực top drive",
            "hệ thống thiết bị chống phun (BOP)", "tời khoan", "máy bơm dung dịch khoan",
            "bộ khoan cụ đáy giếng", "hệ thống xử lý mùn khoan",
        ),
        "tools": (
            "bộ gá thay van chống phun", "dụng cụ cứu kẹt cần khoan", "thiết bị kiểm tra ren cần khoan",
            "giá đỡ ống chống di động", "máng hứng dung dịch khoan khi kéo cần",
        ),
        "tasks": (
            "kéo thả ống chống", "sửa giếng", "trám xi măng giếng khoan",
            "lắp đặt thiết bị lòng giếng", "kiểm định khoan cụ", "khoan giếng định hướng",
        ),
    },
    "KHAITHAC": {
        "objects": (
            "hệ thống bơm ép vỉa", "hệ thống khai thác bằng gaslift", "van an toàn sâu",
            "bình tách dầu – khí – nước", "máy nén khí gaslift", "hệ thống đường ống nội mỏ",
            "cụm phân dòng đầu giếng", "hệ thống xử lý nước khai thác",
        ),
        "tools": (
            "thiết bị đo lưu lượng giếng di động", "bộ dụng cụ thay van gaslift",
            "thiết bị bơm hóa phẩm chống lắng đọng paraffin",
        ),
        "tasks": (
            "xử lý vùng cận đáy giếng", "vận hành giếng khai thác", "gọi dòng giếng",
            "chống lắng đọng paraffin trong đường ống", "đo đạc, thử giếng",
        ),
    },
    "CHEBIENKHI": {
        "objects": (
            "tháp tách C3/C4", "máy nén khí đầu vào", "hệ thống thu hồi condensate",
            "thiết bị trao đổi nhiệt dạng tấm", "hệ thống làm khô khí bằng rây phân tử",
            "lò gia nhiệt dầu nóng",
        ),
        "tools": ("bộ lọc khí tự làm sạch", "thiết bị thu hồi khí đuốc", "cụm gia nhiệt khí nhiên liệu"),
        "tasks": (
            "vận hành nhà máy xử lý khí", "tái sinh chất hấp phụ", "bảo dưỡng máy nén khí",
            "xuất sản phẩm LPG",
        ),
    },
    "VANCHUYENKHI": {
        "objects": (
            "trạm phân phối khí", "hệ thống đường ống dẫn khí", "trạm van ngắt tuyến",
            "hệ thống bảo vệ catốt", "cụm đo đếm khí", "bồn chứa LPG",
        ),
        "tools": (
            "thiết bị phóng – nhận thoi làm sạch đường ống", "bộ kiểm tra rò rỉ khí cầm tay",
        ),
        "tasks": (
            "kiểm tra tuyến ống", "phóng thoi làm sạch đường ống", "đo đếm và giao nhận khí",
            "nạp chiết LPG",
        ),
    },
    "LOCHOADAU": {
        "objects": (
            "phân xưởng cracking xúc tác cặn (RFCC)", "lò gia nhiệt dầu thô",
            "tháp chưng cất khí quyển", "hệ thống xử lý nước thải", "phân xưởng thu hồi lưu huỳnh",
            "hệ thống đuốc", "bồn chứa sản phẩm",
        ),
        "tools": ("thiết bị lấy mẫu kín", "bộ gá thay bó ống trao đổi nhiệt"),
        "tasks": (
            "vận hành phân xưởng chưng cất", "pha trộn xăng thương phẩm",
            "bảo dưỡng tổng thể nhà máy", "tái sinh chất xúc tác",
        ),
    },
    "DIEN": {
        "objects": (
            "tuabin khí", "lò hơi thu hồi nhiệt", "hệ thống điều khiển DCS", "máy biến áp chính",
            "hệ thống băng tải than", "hệ thống nước làm mát tuần hoàn", "bộ lọc bụi tĩnh điện",
            "máy phát điện dự phòng",
        ),
        "tools": ("thiết bị kiểm tra cách điện di động", "bộ gá tháo lắp cánh tuabin"),
        "tasks": (
            "vận hành tổ máy", "đại tu tuabin khí", "xử lý sự cố lưới điện",
            "kiểm định thiết bị điện",
        ),
    },
    "PHANBON": {
        "objects": (
            "tháp tạo hạt urê", "máy nén CO2", "thiết bị tổng hợp amoniac", "dây chuyền đóng bao",
            "hệ thống băng tải sản phẩm", "thiết bị reforming sơ cấp", "kho chứa urê",
        ),
        "tools": ("máy khâu bao tự động", "thiết bị chống vón cục sản phẩm"),
        "tasks": (
            "vận hành xưởng urê", "đóng bao và xuất sản phẩm", "bảo dưỡng máy nén",
            "sản xuất phân bón hỗn hợp NPK",
        ),
    },
    "COKHI": {
        "objects": (
            "máy bơm ly tâm", "hộp giảm tốc", "máy nén piston", "cầu trục", "van điều khiển",
            "hệ thống thủy lực", "động cơ diesel",
        ),
        "tools": (
            "bộ cảo tháo ổ bi cỡ lớn", "thiết bị căn chỉnh đồng tâm bằng laser",
            "bàn thử van an toàn", "máy tiện ren chuyên dụng",
        ),
        "tasks": (
            "bảo dưỡng máy bơm", "sửa chữa van", "kiểm tra không phá hủy mối hàn",
            "phục hồi chi tiết bị mài mòn",
        ),
    },
    "XAYLAP": {
        "objects": (
            "khối chân đế giàn", "khối thượng tầng", "đường ống công nghệ", "kết cấu thép",
            "hệ thống giàn giáo",
        ),
        "tools": ("đồ gá hàn ống tự động", "giá nâng cấu kiện đa năng", "thiết bị uốn ống thủy lực"),
        "tasks": (
            "chế tạo khối chân đế", "hàn ống công nghệ", "sơn phủ chống ăn mòn",
            "hạ thủy và lắp đặt giàn", "thi công đường ống ngoài khơi",
        ),
    },
    "HANGHAI": {
        "objects": (
            "máy chính tàu", "hệ thống neo buộc", "hệ thống định vị động (DP)",
            "hệ thống xử lý nước dằn", "cần cẩu trên tàu",
        ),
        "tools": ("thiết bị giám sát tiêu hao nhiên liệu", "bộ dụng cụ buộc tàu an toàn"),
        "tasks": (
            "điều động tàu cập mạn giàn", "xuất dầu thô qua tàu chứa", "bảo dưỡng máy tàu",
            "vận chuyển hàng siêu trường siêu trọng",
        ),
    },
    "ANTOAN": {
        "objects": (
            "hệ thống phát hiện khí cháy", "hệ thống chữa cháy bằng nước", "thiết bị thở",
            "hệ thống cảnh báo khí H2S", "xuồng cứu sinh",
        ),
        "tools": (
            "thiết bị huấn luyện thoát hiểm", "bộ ứng phó tràn dầu tại chỗ",
            "biển báo an toàn phát quang",
        ),
        "tasks": (
            "cấp giấy phép làm việc", "ứng cứu sự cố tràn dầu", "diễn tập phòng cháy chữa cháy",
            "làm việc trên cao", "làm việc trong không gian hạn chế", "quan trắc môi trường",
        ),
    },
    "TUDONGHOA": {
        "objects": (
            "hệ thống điều khiển PLC", "hệ thống giám sát SCADA", "van điều khiển khí nén",
            "hệ thống dừng khẩn cấp (ESD)", "cảm biến áp suất",
        ),
        "tools": ("bộ mô phỏng tín hiệu 4–20 mA", "thiết bị hiệu chuẩn cảm biến tại hiện trường"),
        "tasks": (
            "hiệu chuẩn thiết bị đo", "kiểm tra liên động an toàn", "cập nhật phần mềm điều khiển",
        ),
    },
    "CNTT": {
        "objects": (
            "hệ thống quản lý bảo dưỡng", "cơ sở dữ liệu vật tư", "mạng truyền dẫn ngoài khơi",
            "hệ thống lưu trữ hồ sơ",
        ),
        "tools": (
            "phần mềm theo dõi tiến độ", "ứng dụng di động báo cáo ca",
            "công cụ tự động lập báo cáo sản lượng",
        ),
        "tasks": (
            "báo cáo sản lượng hằng ngày", "quản lý hồ sơ kỹ thuật", "quản lý vật tư tồn kho",
            "giao ban trực tuyến",
        ),
    },
    "QUANLY": {
        "objects": (
            "quy trình quản lý vật tư", "quy trình mua sắm", "quy trình lập kế hoạch bảo dưỡng",
            "hệ thống quản lý chất lượng", "quy chế khoán chi phí",
        ),
        "tools": ("bộ chỉ tiêu đánh giá hiệu quả công việc (KPI)", "bộ mẫu biểu điện tử"),
        "tasks": (
            "lập kế hoạch sản xuất", "quản lý hợp đồng", "đánh giá nhà thầu",
            "điều phối nhân lực theo ca",
        ),
    },
    "TAICHINH": {
        "objects": (
            "quy trình thanh quyết toán", "công tác quản lý dòng tiền", "quy trình kiểm soát chi phí",
            "hệ thống báo cáo tài chính",
        ),
        "tools": ("công cụ đối chiếu công nợ tự động", "mô hình dự báo dòng tiền"),
        "tasks": (
            "quyết toán chi phí", "lập báo cáo tài chính hợp nhất", "thẩm định tín dụng",
            "giải ngân khoản vay",
        ),
    },
    "THUONGMAI": {
        "objects": (
            "hệ thống cửa hàng xăng dầu", "hệ thống đại lý phân phối", "quy trình giao nhận hàng",
            "công tác quản lý kho hàng",
        ),
        "tools": ("phần mềm quản lý bán hàng", "thiết bị đo bồn tự động"),
        "tasks": (
            "giao nhận xăng dầu", "chăm sóc khách hàng", "quản lý hao hụt xăng dầu",
            "giám định bồi thường bảo hiểm tài sản",
        ),
    },
    "DAOTAO": {
        "objects": (
            "chương trình đào tạo vận hành", "phòng thí nghiệm", "bộ mô phỏng vận hành",
            "giáo trình an toàn",
        ),
        "tools": ("mô hình học cụ", "phần mềm ôn luyện trắc nghiệm"),
        "tasks": (
            "đào tạo thợ vận hành", "phân tích mẫu dầu thô", "thí nghiệm mẫu lõi",
            "kèm cặp kỹ sư trẻ",
        ),
    },
}

# Two ways of writing about an initiative: on equipment and plant, or on office work and data.
OFFICE_FIELDS = frozenset({"THAMDO", "CNTT", "QUANLY", "TAICHINH", "THUONGMAI", "DAOTAO"})

TECHS = (
    "phần mềm Excel VBA", "ngôn ngữ lập trình Python", "công nghệ in 3D", "camera nhiệt",
    "cảm biến không dây", "công nghệ hàn TIG tự động", "phương pháp phân tích rung động",
    "mã QR", "điện toán đám mây", "trí tuệ nhân tạo",
)
FAULTS = ("rò rỉ", "rung động mạnh", "quá nhiệt", "tắc nghẽn", "ăn mòn", "mài mòn nhanh")

# Title patterns: {obj} {tool} {task} {goal} {tech} {fault}; {place} is "" or " trên giàn …".
# Problems, solutions, results and conditions make up the description of the essence.
# A title about an object ({obj}) is described by an object problem; one about a task, a tool or a
# technique by a task problem. Solutions follow the title: a tool is made, a technique applied.
EQUIPMENT_TEXTS = {
    "titles": (
        "Cải tiến {obj}{place}",
        "Cải tiến {obj}{place} nhằm {goal}",
        "Giải pháp {goal} cho {obj}{place}",
        "Tối ưu hóa chế độ vận hành {obj}{place}",
        "Thiết kế, chế tạo {tool} phục vụ công tác {task}",
        "Chế tạo {tool} thay thế hàng nhập khẩu{place}",
        "Ứng dụng {tech} trong công tác {task}{place}",
        "Hoàn thiện quy trình {task}{place}",
        "Khắc phục hiện tượng {fault} của {obj}{place}",
        "Nâng cao hiệu quả công tác {task}{place}",
    ),
    "goals": (
        "giảm thời gian dừng máy", "tiết kiệm chi phí vận hành", "nâng cao độ tin cậy của thiết bị",
        "giảm tiêu hao năng lượng", "bảo đảm an toàn cho người lao động",
        "giảm phát thải ra môi trường", "kéo dài tuổi thọ thiết bị", "tăng sản lượng",
        "giảm chi phí nhập khẩu vật tư", "rút ngắn thời gian sửa chữa",
    ),
    "obj_problems": (
        "{obj} thường xuyên phải dừng để sửa chữa, mỗi lần mất từ 8 đến 12 giờ",
        "việc theo dõi {obj} được làm thủ công trên giấy, mất nhiều thời gian và dễ sai sót",
        "{obj} vận hành ở chế độ chưa tối ưu, tiêu hao nhiều nhiên liệu và điện năng",
        "vật tư thay thế cho {obj} phải nhập khẩu với giá cao, thời gian chờ hàng kéo dài nhiều tháng",
        "{obj} bị ăn mòn, mài mòn nhanh trong điều kiện làm việc khắc nghiệt",
    ),
    "task_problems": (
        "công tác {task} tiềm ẩn nguy cơ mất an toàn cho người lao động",
        "công tác {task} phải thuê dịch vụ bên ngoài với chi phí cao",
        "công tác {task} mất nhiều thời gian do phần lớn các bước phải làm thủ công",
        "công tác {task} hay bị gián đoạn vì thiếu dụng cụ chuyên dụng",
    ),
    "solutions": (
        "thiết kế lại kết cấu và bổ sung bộ phận làm kín bằng vật liệu chịu nhiệt, chịu mài mòn",
        "xây dựng quy trình kiểm tra mới, kết hợp bảng tính theo dõi tự động trên máy tính",
        "điều chỉnh lại các thông số vận hành dựa trên số liệu đo thực tế trong nhiều tháng",
        "lắp đặt bổ sung cảm biến, tín hiệu cảnh báo và liên động dừng an toàn",
        "áp dụng lớp phủ bảo vệ mới và thay đổi chu kỳ bảo dưỡng cho phù hợp với thực tế",
    ),
    "tool_solutions": (
        "tự thiết kế, chế tạo {tool} từ vật liệu sẵn có tại xưởng",
        "thiết kế {tool} theo kích thước thực tế, chế tạo thử và hiệu chỉnh tại xưởng của đơn vị",
    ),
    "tech_solutions": (
        "ứng dụng {tech} để thay các bước làm thủ công",
        "nghiên cứu, đưa {tech} vào quy trình làm việc hằng ngày của tổ",
    ),
    "results": (
        "thời gian dừng thiết bị giảm khoảng {pct}%",
        "chi phí vật tư, nhân công giảm khoảng {pct}% so với trước",
        "không còn xảy ra sự cố tương tự trong {months} tháng theo dõi",
        "năng suất lao động tăng khoảng {pct}%",
        "thời gian thực hiện công việc rút ngắn từ {h1} giờ xuống còn {h2} giờ",
    ),
    "conditions": (
        "Áp dụng được tại các đơn vị trong ngành có thiết bị cùng loại; không cần đầu tư thêm thiết bị.",
        "Cần đào tạo người vận hành trong khoảng {days} ngày; vật liệu chế tạo có sẵn trong nước.",
        "Áp dụng ngay trong phạm vi đơn vị; khi nhân rộng cần khảo sát điều kiện thực tế từng công trình.",
        "Cần phối hợp với bộ phận bảo dưỡng khi lắp đặt và chạy thử; chi phí thực hiện thấp.",
    ),
    "appliers": ("tổ vận hành ca A", "tổ vận hành ca B", "tổ vận hành ca C", "tổ bảo dưỡng"),
    "savings": (
        "giảm chi phí thuê dịch vụ bên ngoài", "giảm thời gian dừng sản xuất",
        "không phải nhập khẩu vật tư thay thế", "tiết kiệm nhiên liệu và điện năng",
        "giảm hao hụt sản phẩm",
    ),
}
OFFICE_TEXTS = {
    "titles": (
        "Cải tiến {obj}",
        "Cải tiến {obj} nhằm {goal}",
        "Ứng dụng {tech} trong công tác {task}",
        "Hoàn thiện quy trình {task}",
        "Nâng cao hiệu quả công tác {task}",
        "Xây dựng {tool} phục vụ công tác {task}",
        "Số hóa công tác {task}",
        "Giải pháp {goal} trong công tác {task}",
    ),
    "goals": (
        "rút ngắn thời gian xử lý hồ sơ", "giảm sai sót trong báo cáo", "tiết kiệm chi phí quản lý",
        "nâng cao chất lượng phục vụ khách hàng", "tăng tính minh bạch", "hỗ trợ ra quyết định kịp thời",
    ),
    "obj_problems": (
        "{obj} chưa được chuẩn hóa, mỗi bộ phận thực hiện theo một cách khác nhau",
        "{obj} còn nhiều bước trùng lặp, phải trình ký qua nhiều cấp",
    ),
    "task_problems": (
        "công tác {task} được làm thủ công trên giấy, mất nhiều thời gian và dễ sai sót",
        "số liệu phục vụ công tác {task} nằm rải rác ở nhiều bộ phận, khó tổng hợp khi cần ra quyết định",
        "thời gian xử lý công tác {task} kéo dài, ảnh hưởng đến tiến độ chung của đơn vị",
    ),
    "solutions": (
        "xây dựng cơ sở dữ liệu dùng chung và công cụ lập báo cáo tự động",
        "chuẩn hóa lại các bước công việc và ban hành bộ biểu mẫu thống nhất",
        "phân công lại trách nhiệm giữa các bộ phận và theo dõi tiến độ trên bảng điều khiển trực tuyến",
    ),
    "tool_solutions": (
        "xây dựng {tool} tự động kiểm tra, đối chiếu số liệu",
        "xây dựng {tool} và hướng dẫn các bộ phận cùng sử dụng",
    ),
    "tech_solutions": (
        "ứng dụng {tech} để tự động tổng hợp và kiểm tra số liệu",
        "đưa {tech} vào quy trình xử lý công việc hằng ngày",
    ),
    "results": (
        "thời gian xử lý công việc giảm khoảng {pct}%",
        "báo cáo được lập trong {h2} giờ thay vì {h1} giờ như trước, sai sót giảm rõ rệt",
        "chi phí quản lý giảm khoảng {pct}%",
        "không còn phát sinh sai lệch số liệu trong {months} tháng theo dõi",
    ),
    "conditions": (
        "Áp dụng được tại các phòng ban và đơn vị có công việc tương tự; không cần đầu tư thêm.",
        "Cần máy tính cài phần mềm văn phòng thông dụng; đào tạo người dùng trong {days} ngày.",
        "Áp dụng ngay trong phạm vi đơn vị; có thể nhân rộng trong toàn Tập đoàn.",
    ),
    "appliers": ("các phòng chuyên môn", "phòng Kế hoạch", "phòng Tài chính – Kế toán", "văn phòng"),
    "savings": (
        "giảm giờ công xử lý hồ sơ", "giảm chi phí in ấn, văn phòng phẩm",
        "giảm chi phí thuê tư vấn bên ngoài", "thu hồi công nợ nhanh hơn",
    ),
}
INTANGIBLE = (
    "nâng cao mức độ an toàn cho người lao động", "giúp công việc được kiểm soát chặt chẽ, minh bạch hơn",
    "giảm rủi ro ô nhiễm môi trường", "rút ngắn thời gian ra quyết định",
)
UNIT_BENEFITS = (
    "Đơn vị xác nhận giải pháp đã được áp dụng từ tháng {month} và mang lại hiệu quả như tác giả nêu.",
    "Hội đồng sáng kiến cơ sở đánh giá giải pháp có hiệu quả rõ rệt, đề nghị nhân rộng.",
    "Đơn vị đã đưa giải pháp vào quy trình vận hành chính thức từ tháng {month}.",
)
SCOPES = (
    "Trong phạm vi đơn vị",
    "Toàn {union}",
    "Có thể nhân rộng trong toàn Tập đoàn",
    "Các đơn vị cùng lĩnh vực trong ngành Dầu khí",
)
CONFIDENTIAL = (
    "Bản vẽ chế tạo và thông số vật liệu chỉ lưu tại phòng Kỹ thuật của đơn vị.",
    "Thuật toán và mã nguồn chương trình do đơn vị quản lý, không công bố.",
)
NOT_RECOGNISED_REASONS = (
    "Giải pháp chưa có tính mới so với quy trình đang áp dụng tại đơn vị.",
    "Chưa chứng minh được hiệu quả áp dụng thực tế.",
    "Nội dung trùng với giải pháp đã được công nhận trước đây.",
)
NEEDS_MORE_REASONS = (
    "Đề nghị bổ sung số liệu tính toán hiệu quả kinh tế và xác nhận của đơn vị áp dụng.",
    "Đề nghị bổ sung bản vẽ, hình ảnh minh họa và biên bản áp dụng thử.",
)

# Where an initiative is applied, for the titles: site code -> phrase after the object.
SITE_PLACES = {
    "VSP-MSP1": " trên giàn MSP-1",
    "VSP-CPP3": " tại giàn công nghệ trung tâm CPP-3",
    "VSP-TD03": " trên giàn khoan Tam Đảo 03",
    "VSP-TD05": " trên giàn khoan Tam Đảo 05",
    "VSP-BK14": " trên giàn BK-14",
    "VSP-RP1": " tại giàn RP-1 mỏ Rồng",
    "PVEP-DH01": " trên giàn Đại Hùng 01",
    "PVEP-SD": " tại dự án mỏ Sông Đốc",
    "PVD-I": " trên giàn khoan PV DRILLING I",
    "PVD-II": " trên giàn khoan PV DRILLING II",
    "PVD-III": " trên giàn khoan PV DRILLING III",
    "PVD-V": " trên giàn khoan PV DRILLING V",
    "PVD-VI": " trên giàn khoan PV DRILLING VI",
    "BSR-DQ": " tại Nhà máy Lọc dầu Dung Quất",
    "PVCFC-CM": " tại Nhà máy Đạm Cà Mau",
    "PVGAS-DNB": " tại Công ty Khí Đông Nam Bộ",
    "PVGAS-DINHCO": " tại Nhà máy Xử lý Khí Dinh Cố",
    "PVGAS-GPP2": " tại Nhà máy Xử lý Khí Cà Mau",
    "PVPOWER-CM12": " tại Nhà máy Điện Cà Mau 1 & 2",
    "PVPOWER-VA1": " tại Nhà máy Nhiệt điện Vũng Áng 1",
    "PVPOWER-NT2P": " tại Nhà máy Điện Nhơn Trạch 2",
    "PVFCCO-PM": " tại Nhà máy Đạm Phú Mỹ",
    "PTSC-FPSO": " trên FPSO Lam Sơn",
    "PTSC-MC-YARD": " tại bãi chế tạo PTSC M&C",
    "PETROCONS-TB2": " tại công trường Nhiệt điện Thái Bình 2",
    "BIENDONGPOC-HT": " trên giàn Hải Thạch",
    "BIENDONGPOC-MT": " trên giàn Mộc Tinh",
    "PQPOC-LOB": " tại dự án khí Lô B – Ô Môn",
    "PVTRANS-NEPTUNE": " trên tàu PVT Neptune",
    "PVTRANS-MERCURY": " trên tàu PVT Mercury",
    "CLJOC-STV": " trên giàn Sư Tử Vàng",
    "HLJOC-TGT": " trên giàn H1 mỏ Tê Giác Trắng",
    "NSRP-LHD": " tại Liên hợp Lọc hóa dầu Nghi Sơn",
    "LPSH-SH1": " tại công trường Nhiệt điện Sông Hậu 1",
    "PVSHIPYARD-YARD": " tại bãi chế tạo giàn khoan Vũng Tàu",
    "DQS-NM": " tại Nhà máy Đóng tàu Dung Quất",
    "PVTEX-DV": " tại Nhà máy Xơ sợi Đình Vũ",
}

# Headquarters' certificates: where they are signed and by whom (fictional signer).
CERTIFICATE_PLACE = "Hà Nội"
SIGNER_NAME = "Trần Quang Vinh"
SIGNER_TITLE = "TM. BAN THƯỜNG VỤ\nCHỦ TỊCH"  # as db/certificates.py prints it
# fmt: on
