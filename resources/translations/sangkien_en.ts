<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="vi">
<context>
    <name>About</name>
    <message>
        <location filename="../../desktop/dialogs/about.py" line="+14"/>
        <source>Phiên bản %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;p&gt;Sổ đăng ký sáng kiến của Công đoàn Dầu khí Việt Nam, trong chương trình “1 triệu sáng kiến” của Tổng Liên đoàn Lao động Việt Nam.&lt;/p&gt;&lt;p&gt;Văn thư ghi sáng kiến từ phiếu đăng ký, hội đồng ghi kết quả xét duyệt, công đoàn cấp giấy chứng nhận. Không cần mạng: dữ liệu đi giữa các đơn vị bằng gói trên USB.&lt;/p&gt;&lt;p&gt;Cần giúp đỡ? Nhấn F1 để mở hướng dẫn sử dụng.&lt;/p&gt;</source>
        <translation>&lt;p&gt;The register of workers&apos; initiatives of the Petrovietnam Trade Union, in the Vietnam General Confederation of Labour&apos;s programme “1 million initiatives”.&lt;/p&gt;&lt;p&gt;Clerks type in initiatives from the registration forms, councils record their reviews, unions issue certificates. No network needed: data travels between units in packages on a USB stick.&lt;/p&gt;&lt;p&gt;Need help? Press F1 to open the user guide.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dữ liệu của bạn nằm ở: %1</source>
        <translation>Your data is in: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giới thiệu SángKiến</source>
        <translation>About SángKiến</translation>
    </message>
</context>
<context>
    <name>AddUnitDialog</name>
    <message>
        <location filename="../../desktop/dialogs/unit_dialog.py" line="+191"/>
        <source>Thêm đơn vị cấp dưới</source>
        <translation>Add a unit below</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mã đơn vị:</source>
        <translation>Unit code:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên đầy đủ:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên viết tắt:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại cơ sở:</source>
        <translation>Site type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số đoàn viên:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đơn vị mới thuộc %1. Sau khi lưu, tạo gói khởi tạo cho máy của đơn vị đó ở trang này.</source>
        <translation>The new unit belongs to %1. Once saved, make the setup package for its PC on this page.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../desktop/app.py" line="+291"/>
        <source>Không mở được</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Đồng hồ của máy chậm</source>
        <translation>This PC&apos;s clock is behind</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đồng hồ của máy này chậm hơn thời điểm của những thay đổi đã có trong dữ liệu. Hãy chỉnh lại ngày giờ của máy trước khi sửa dữ liệu.</source>
        <translation>This PC&apos;s clock is behind the time of changes already in the data. Set the date and time before editing.</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location line="-116"/>
        <source>Đang nâng cấp cơ sở dữ liệu %1 cho phiên bản mới (kiểm tra, rồi chuyển đổi). Với dữ liệu lớn việc này có thể mất vài phút và chỉ làm một lần; xin đừng tắt máy.</source>
        <translation>Upgrading the database %1 for the new version (a check, then the conversion). With a large register this can take a few minutes and happens only once; please do not switch the computer off.</translation>
    </message>
</context>
<context>
    <name>AttachmentsWidget</name>
    <message>
        <location filename="../../desktop/dialogs/attachments_widget.py" line="+82"/>
        <source>Bản quét, ảnh, PDF… tối đa %1 MB mỗi tệp.</source>
        <translation>Scans, photos, PDFs… up to %1 MB per file.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thêm tệp…</source>
        <translation>Add files…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gỡ bỏ</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>chưa lưu</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Chọn tệp đính kèm</source>
        <translation>Choose attachments</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bản quét và ảnh (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;Mọi tệp (*)</source>
        <translation>Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 là tệp cơ sở dữ liệu, không đính kèm được. Hãy chọn bản quét hoặc ảnh.</source>
        <translation>%1 is a database file and cannot be attached. Choose a scan or a photo.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tệp %1 nặng %2, vượt giới hạn %3 MB. Hãy quét với độ phân giải thấp hơn hoặc chia thành nhiều tệp.</source>
        <translation>File %1 is %2, over the %3 MB limit. Scan at a lower resolution or split it into several files.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/dialogs/audit_dialog.py" line="+46"/>
        <source>Thời gian</source>
        <translation>Time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người thực hiện</source>
        <translation>Changed by</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hành động</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phần</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị cũ</source>
        <translation>Old value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị mới</source>
        <translation>New value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gói</source>
        <translation>Package</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%Ln lần thay đổi</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chưa có thay đổi nào được ghi lại cho bản ghi này.</source>
        <translation>No change recorded for this record yet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Xuất lịch sử</source>
        <translation>Export history</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không xuất được</source>
        <translation>Export failed</translation>
    </message>
</context>
<context>
    <name>AuthoredModel</name>
    <message>
        <location filename="../../desktop/models/people_model.py" line="+68"/>
        <source>Số đăng ký</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên sáng kiến</source>
        <translation>Initiative title</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ngày đăng ký</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tỷ lệ đóng góp</source>
        <translation>Contribution</translation>
    </message>
</context>
<context>
    <name>AuthorsEditor</name>
    <message>
        <location filename="../../desktop/dialogs/authors_editor.py" line="+78"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nơi công tác</source>
        <translation>Workplace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trình độ chuyên môn</source>
        <translation>Qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ đóng góp</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Chọn người đã có…</source>
        <translation>Choose an existing person…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm tác giả mới</source>
        <translation>Add a new author</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bỏ tác giả đã chọn</source>
        <translation>Remove the selected author</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Chưa có tác giả nào — cần ít nhất một tác giả trước khi nộp.</source>
        <translation>No authors yet — at least one author is needed before submitting.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tổng: 100% ✓</source>
        <translation>Total: 100% ✓</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tổng: %1% — cần đủ 100% trước khi nộp (bản nháp vẫn lưu được)</source>
        <translation>Total: %1% — 100% needed before submitting (a draft can still be saved)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ngày sinh của tác giả thứ %1 phải theo dạng ngày/tháng/năm, ví dụ 25/03/1985.</source>
        <translation>The date of birth of author %1 must be day/month/year, e.g. 25/03/1985.</translation>
    </message>
</context>
<context>
    <name>BackupsPage</name>
    <message>
        <location filename="../../desktop/views/backups_page.py" line="+47"/>
        <source>Ngày giờ</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dung lượng</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>hôm nay</source>
        <translation>today</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hôm qua</source>
        <translation>yesterday</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Tốt</source>
        <translation>Good</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hỏng</source>
        <translation>Damaged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa kiểm tra</source>
        <translation>Not checked</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Máy này chưa có bản pg_dump nào của máy chủ. Bấm «Sao lưu ngay» để tạo.</source>
        <translation>This PC holds no pg_dump of the server yet. Click «Back up now» to make one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa có bản sao lưu nào. Bấm «Sao lưu ngay» để tạo bản đầu tiên; từ nay SángKiến cũng tự sao lưu mỗi ngày.</source>
        <translation>No backups yet. Click «Back up now» to make the first one; from now on SángKiến also backs up every day.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>SángKiến tự sao lưu dữ liệu mỗi ngày, trước mỗi lần nhập gói và trước khi nâng cấp. Muốn lấy lại dữ liệu của một ngày trước: chọn bản sao lưu của ngày đó trong danh sách rồi bấm «Khôi phục bản đã chọn». Dữ liệu hiện tại được sao lưu trước khi khôi phục, nên không mất gì.</source>
        <translation>SángKiến backs up the data every day, before each package import and before an upgrade. To get back the data of an earlier day, choose that day&apos;s backup in the list and click «Restore selected backup». The current data is backed up before restoring, so nothing is lost.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Khôi phục bản đã chọn…</source>
        <translation>Restore selected backup…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao lưu ngay</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khôi phục từ tệp khác…</source>
        <translation>Restore from another file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mở thư mục sao lưu</source>
        <translation>Open backup folder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+185"/>
        <location line="+4"/>
        <source>Kiểm tra dữ liệu</source>
        <translation>Check data</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Thư mục sao lưu: %1</source>
        <translation>Backup folder: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Đang sao lưu…</source>
        <translation>Backing up…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã sao lưu</source>
        <translation>Backed up</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã sao lưu vào:
%1</source>
        <translation>Backed up to:
%1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bản sao lưu SángKiến (*.db);;Mọi tệp (*)</source>
        <translation>SángKiến backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đưa dữ liệu về như lúc %1?

Bản sao lưu này có %2 sáng kiến. Những thay đổi sau thời điểm đó sẽ không còn trong dữ liệu đang dùng, nhưng dữ liệu hiện tại được sao lưu trước (lý do «Trước khi khôi phục»), nên có thể lấy lại.</source>
        <translation>Bring the data back to how it was at %1?

This backup has %2 initiatives. Changes made after that time will no longer be in the data in use, but the current data is backed up first (reason «Before restoring»), so it can be recovered.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Khôi phục dữ liệu từ tệp %1?

Tệp sẽ được kiểm tra trước. Dữ liệu hiện tại được sao lưu trước khi thay, nên có thể lấy lại.</source>
        <translation>Restore the data from file %1?

The file is checked first. The current data is backed up before it is replaced, so it can be recovered.</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+34"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>Dữ liệu nằm trên máy chủ PostgreSQL: người quản trị máy chủ sao lưu nó hằng ngày. «Sao lưu ngay» ghi thêm một bản pg_dump vào máy này. Một bản được khôi phục vào một cơ sở dữ liệu trống mới trên máy chủ: chọn nó rồi bấm «Khôi phục bản đã chọn…» để có hai lệnh cho người quản trị.</source>
        <translation>The data is on a PostgreSQL server: the server&apos;s administrator backs it up every day. «Back up now» also writes a pg_dump onto this PC. A backup is restored into a new empty database on the server: choose it and press «Restore selected backup…» for the administrator&apos;s two commands.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Dữ liệu trên máy chủ không khôi phục đè lên chỗ cũ được: bản sao lưu được đưa vào một cơ sở dữ liệu trống mới, rồi mở cơ sở dữ liệu đó (Tệp &gt; Mở cơ sở dữ liệu trên máy chủ…). Người quản trị máy chủ chạy hai lệnh (đã chép vào bộ nhớ tạm, dán vào cửa sổ lệnh):

%1
%2</source>
        <translation>Data on a server is not restored over itself: the backup goes into a new empty database, which you then open (File &gt; Open a database on a server…). The server&apos;s administrator runs two commands (copied to the clipboard, to paste into a terminal):

%1
%2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Bản pg_dump của máy chủ (*.dump);;Mọi tệp (*)</source>
        <translation>Server pg_dump backups (*.dump);;All files (*)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Khôi phục</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Đang khôi phục dữ liệu…</source>
        <translation>Restoring data…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã khôi phục dữ liệu như lúc %1 (%2 sáng kiến).</source>
        <translation>Data restored to %1 (%2 initiatives).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dữ liệu trước khi khôi phục được giữ ở:
%1</source>
        <translation>The data from before the restore is kept in:
%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã khôi phục</source>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đang kiểm tra dữ liệu…</source>
        <translation>Checking data…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dữ liệu tốt: đã kiểm tra %1 bản ghi.</source>
        <translation>Data is good: %1 records checked.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tìm thấy vấn đề:
%1

Hãy khôi phục bản sao lưu tốt gần nhất.</source>
        <translation>Problems found:
%1

Restore the most recent good backup.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chỉ đọc</source>
        <translation>Read-only</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mở trang Sao lưu</source>
        <translation>Open the Backups page</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chưa sao lưu hằng ngày được: %1</source>
        <translation>Daily backup failed: %1</translation>
    </message>
</context>
<context>
    <name>CertificateCounts</name>
    <message numerus="yes">
        <location filename="../../desktop/views/certificate_jobs.py" line="+76"/>
        <source>Đã cấp %Ln giấy chứng nhận (%1 … %2).</source>
        <translation>
            <numerusform>Issued %Ln certificate (%1 … %2).</numerusform>
            <numerusform>Issued %Ln certificates (%1 … %2).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã cấp 1 giấy chứng nhận (số %1).</source>
        <translation>Issued 1 certificate (number %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Đã in lại %Ln giấy chứng nhận (ghi BẢN IN LẠI trên giấy).</source>
        <translation>
            <numerusform>Reprinted %Ln certificate (marked REPRINT on the paper).</numerusform>
            <numerusform>Reprinted %Ln certificates (marked REPRINT on the paper).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Bỏ qua %Ln sáng kiến:</source>
        <translation>
            <numerusform>Skipped %Ln initiative:</numerusform>
            <numerusform>Skipped %Ln initiatives:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>… và %Ln sáng kiến khác.</source>
        <translation>
            <numerusform>… and %Ln more initiative.</numerusform>
            <numerusform>… and %Ln more initiatives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CertificatePreview</name>
    <message>
        <location filename="../../desktop/views/certificate_issue_panel.py" line="+265"/>
        <location filename="../../desktop/views/certificate_preview.py" line="+73"/>
        <source>Chọn một sáng kiến để xem trước giấy chứng nhận.</source>
        <translation>Choose an initiative to preview its certificate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không có sáng kiến nào trong danh sách. Sáng kiến được công nhận ở trang Xét duyệt sẽ hiện ở đây để cấp giấy chứng nhận; nếu đã chọn đơn vị, giai đoạn hoặc gõ tìm, hãy nới rộng lựa chọn.</source>
        <translation>No initiatives in the list. Initiatives recognised on the Reviews page appear here for their certificates; if you chose a unit or phase or typed a search, widen the choice.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/certificate_preview.py" line="+17"/>
        <source>Không có sáng kiến nào để xem trước.</source>
        <translation>No initiative to preview.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đang vẽ bản xem trước…</source>
        <translation>Drawing the preview…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Sáng kiến này chưa thể có giấy chứng nhận.</source>
        <translation>This initiative cannot have a certificate yet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không xem trước được: %1</source>
        <translation>Cannot preview: %1</translation>
    </message>
</context>
<context>
    <name>CertificateRegisterModel</name>
    <message>
        <location filename="../../desktop/models/certificate_register_model.py" line="+23"/>
        <source>Đã huỷ</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In lại %1 lần</source>
        <translation>Reprints: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quyết định: %1</source>
        <translation>Decision: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Số giấy chứng nhận</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày cấp</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Số đăng ký</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tên sáng kiến</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cấp công nhận</source>
        <translation>Recognised at</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người ký</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In lại</source>
        <translation>Reprints</translation>
    </message>
</context>
<context>
    <name>CertificatesPage</name>
    <message>
        <location filename="../../desktop/views/pdf_to_printer.py" line="+32"/>
        <source>Giấy chứng nhận sáng kiến</source>
        <translation>Initiative certificates</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Không đọc được tệp PDF tạm %1 để in.</source>
        <translation>Could not read the temporary PDF %1 to print it.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Không mở được máy in. Hãy kiểm tra máy in rồi thử lại.</source>
        <translation>Could not open the printer. Check the printer and try again.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/certificates_page.py" line="+30"/>
        <source>Cấp và in</source>
        <translation>Issue and print</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sổ đăng ký giấy chứng nhận</source>
        <translation>Certificate register</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cấp giấy chứng nhận cho sáng kiến đã được công nhận, in lại giấy đã cấp, và kiểm tra một giấy chứng nhận là thật hay không.</source>
        <translation>Issue certificates for recognised initiatives, reprint issued ones, and check whether a certificate is genuine.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kiểm tra giấy chứng nhận…</source>
        <translation>Verify a certificate…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/certificate_issue_panel.py" line="-196"/>
        <location filename="../../desktop/views/certificate_register_panel.py" line="+55"/>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã công nhận, chưa cấp giấy</source>
        <translation>Recognised, no certificate yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã cấp giấy — in lại</source>
        <translation>Certificate issued — reprint</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tìm số đăng ký, tên, tác giả…</source>
        <translation>Search registration number, title, author…</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../desktop/views/certificate_register_panel.py" line="+6"/>
        <source>Đơn vị:</source>
        <translation>Unit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giai đoạn:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sáng kiến:</source>
        <translation>Initiatives:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Tất cả giai đoạn</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chọn tất cả</source>
        <translation>Select all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bỏ chọn tất cả</source>
        <translation>Select none</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Người ký (được nhớ cho lần sau)</source>
        <translation>Signatory (remembered for next time)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Họ tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức danh:</source>
        <translation>Job title:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày cấp:</source>
        <translation>Issued on:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nơi ký:</source>
        <translation>Place of signing:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>In mã QR</source>
        <translation>Print the QR code</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bỏ chọn để in không có mã QR: vẫn in số và mã kiểm tra để gõ</source>
        <translation>Untick to print without a QR code: the number and the check code to type are still printed</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>In…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu PDF…</source>
        <translation>Save PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu từng tệp…</source>
        <translation>Save one file each…</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>đã cấp giấy</source>
        <translation>certificate issued</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>đã công nhận, chưa cấp giấy</source>
        <translation>recognised, no certificate yet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã chọn %1 / %2 sáng kiến %3</source>
        <translation>Selected %1 / %2 initiatives (%3)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>In lại %1 giấy chứng nhận (giữ nguyên số, ghi BẢN IN LẠI)?</source>
        <translation>Reprint %1 certificates (same numbers, marked REPRINT)?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cấp %1 giấy chứng nhận, số %2 … %3?</source>
        <translation>Issue %1 certificates, numbers %2 … %3?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cấp 1 giấy, số %2?</source>
        <translation>Issue 1 certificate, number %2?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Số đã cấp không dùng lại được. Sáng kiến không đủ điều kiện sẽ được bỏ qua.</source>
        <translation>Numbers once issued are never reused. Initiatives that do not qualify are skipped.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cấp giấy chứng nhận</source>
        <translation>Issue certificates</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ngày cấp không đọc được</source>
        <translation>The issue date cannot be read</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thiếu người ký</source>
        <translation>No signatory</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hãy nhập họ tên người ký giấy chứng nhận.</source>
        <translation>Enter the name of the person who signs the certificates.</translation>
    </message>
    <message>
        <location filename="../../desktop/views/certificate_output.py" line="+55"/>
        <source>Lưu giấy chứng nhận vào một tệp PDF</source>
        <translation>Save the certificates in one PDF file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp PDF (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Chọn thư mục để lưu mỗi giấy chứng nhận một tệp PDF</source>
        <translation>Choose a folder to save each certificate as its own PDF</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>In giấy chứng nhận</source>
        <translation>Print certificates</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Đang in lại giấy chứng nhận…</source>
        <translation>Reprinting certificates…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang cấp giấy chứng nhận…</source>
        <translation>Issuing certificates…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Không in được</source>
        <translation>Cannot print</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã lưu %1 trang vào: %2</source>
        <translation>Saved %1 pages to: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã lưu giấy chứng nhận</source>
        <translation>Certificates saved</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đang gửi %1 trang đến máy in…</source>
        <translation>Sending %1 pages to the printer…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã gửi %1 trang đến máy in %2.</source>
        <translation>Sent %1 pages to printer %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã in giấy chứng nhận</source>
        <translation>Certificates printed</translation>
    </message>
    <message>
        <location filename="../../desktop/views/certificate_register_panel.py" line="-3"/>
        <location line="+1"/>
        <source>(không giới hạn)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gồm giấy đã huỷ</source>
        <translation>Include cancelled certificates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày cấp từ:</source>
        <translation>Issued from:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>đến:</source>
        <translation>to:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu các giấy chứng nhận đang hiện ra Excel, theo thứ tự của bảng</source>
        <translation>Save the certificates shown to Excel, in the table&apos;s order</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 giấy chứng nhận</source>
        <translation>%1 certificates</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 giấy đã in lại (tô vàng)</source>
        <translation>; %1 reprinted (highlighted in yellow)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>; %1 giấy đã huỷ</source>
        <translation>; %1 cancelled</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Xuất sổ giấy chứng nhận</source>
        <translation>Export the certificate register</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không xuất được</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã xuất %1 giấy chứng nhận vào %2.</source>
        <translation>Exported %1 certificates to %2.</translation>
    </message>
</context>
<context>
    <name>CliArgparse</name>
    <message>
        <location filename="../../desktop/cli/__init__.py" line="+123"/>
        <source>cách dùng: </source>
        <translation>usage: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tham số</source>
        <translation>positional arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tùy chọn</source>
        <translation>options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>in hướng dẫn này rồi thoát</source>
        <translation>show this help message and exit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tham số %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tham số không nhận ra: %s</source>
        <translation>unrecognized arguments: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>không dùng cùng với tham số %s</source>
        <translation>not allowed with argument %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tùy chọn này không nhận giá trị %r</source>
        <translation>ignored explicit argument %r</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>thiếu các tham số bắt buộc: %s</source>
        <translation>the following arguments are required: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cần một trong các tham số %s</source>
        <translation>one of the arguments %s is required</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cần một giá trị</source>
        <translation>expected one argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cần nhiều nhất một giá trị</source>
        <translation>expected at most one argument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cần ít nhất một giá trị</source>
        <translation>expected at least one argument</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tùy chọn %(option)s không rõ: có thể là %(matches)s</source>
        <translation>ambiguous option: %(option)s could match %(matches)s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tùy chọn không đúng chỗ: %s</source>
        <translation>unexpected option string: %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>giá trị %(type)s không hợp lệ: %(value)r</source>
        <translation>invalid %(type)s value: %(value)r</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>lựa chọn không hợp lệ: %(value)r (chọn một trong %(choices)s)</source>
        <translation>invalid choice: %(value)r (choose from %(choices)s)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>không mở được &apos;%(filename)s&apos;: %(error)s</source>
        <translation>can&apos;t open &apos;%(filename)s&apos;: %(error)s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>không có lệnh %(parser_name)r (các lệnh: %(choices)s)</source>
        <translation>unknown parser %(parser_name)r (choices: %(choices)s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%(prog)s: lỗi: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cần %s giá trị</source>
        <translation>expected %s arguments</translation>
    </message>
</context>
<context>
    <name>CliCommon</name>
    <message>
        <location filename="../../desktop/cli/common.py" line="+126"/>
        <location line="+9"/>
        <source>Cảnh báo: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in kết quả dạng JSON</source>
        <translation>print the result as JSON</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ngày không hợp lệ: %1</source>
        <translation>invalid date: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ngày không hợp lệ: &apos;%1&apos; (viết 2023-04-14 hoặc 14/04/2023)</source>
        <translation>not a valid date: &apos;%1&apos; (write 2023-04-14 or 14/04/2023)</translation>
    </message>
</context>
<context>
    <name>CliDuplicates</name>
    <message>
        <location filename="../../desktop/cli/duplicate_commands.py" line="+27"/>
        <source>sáng kiến có thể trùng lặp: liệt kê, quyết định, hoàn tác</source>
        <translation>initiatives that may be duplicates: list, decide, undo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cặp sáng kiến có thể là một (cùng tác giả, tên gần giống). Người quyết định: &apos;same&apos; (bản nộp sau thành Trùng lặp) hoặc &apos;different&apos; (không đề xuất lại).</source>
        <translation>Pairs of initiatives that may be one (the same authors, nearly the same title). A person decides: &apos;same&apos; (the later filing becomes a Duplicate) or &apos;different&apos; (not suggested again).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>các cặp cần xem, giống nhất trước</source>
        <translation>the pairs to look at, the most alike first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chỉ cặp có sáng kiến của đơn vị này</source>
        <translation>only pairs with an initiative of this unit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>số cặp (mặc định 50)</source>
        <translation>the number of pairs (default 50)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ghi quyết định về một cặp</source>
        <translation>record a decision on a pair</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>số đăng ký hoặc id</source>
        <translation>a registration number or id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ghi chú</source>
        <translation>a note</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>người thực hiện, ghi vào nhật ký</source>
        <translation>who does it, written in the log</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>huỷ quyết định về một cặp, trả lại như cũ</source>
        <translation>undo the decision on a pair, putting everything back</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>tác giả có thể trùng; gộp hai tác giả</source>
        <translation>authors who may be the same person; merge two authors</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tác giả cùng tên (không dấu) và ngày sinh, hoặc cùng mã nhân viên</source>
        <translation>authors with the same name (without diacritics) and birth date, or the same employee number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>gộp MERGED vào KEEP (giữ id cũ làm bí danh)</source>
        <translation>merge MERGED into KEEP (the old id is kept as an alias)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>id tác giả giữ lại</source>
        <translation>the id of the author kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>id tác giả được gộp</source>
        <translation>the id of the author merged</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>huỷ việc gộp một tác giả</source>
        <translation>undo the merging of an author</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--limit phải là số nguyên dương.</source>
        <translation>--limit must be a whole number greater than 0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không có đơn vị mã &apos;%1&apos;.</source>
        <translation>There is no unit with code &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Không có cặp nào cần xem.</source>
        <translation>There are no pairs to look at.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 là bản trùng của %2: %3.</source>
        <translation>%1 is a duplicate of %2: %3.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã ghi: %1 và %2 là hai sáng kiến khác nhau.</source>
        <translation>Recorded: %1 and %2 are two different initiatives.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đã huỷ quyết định; %1: %2.</source>
        <translation>Decision undone; %1: %2.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Không có tác giả nào có thể trùng.</source>
        <translation>No authors look like the same person.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n SK</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Đã gộp tác giả %1 vào %2 (%n lượt tác giả chuyển sang).</source>
        <translation>
            <numerusform>Merged author %1 into %2 (%n authorship moved over).</numerusform>
            <numerusform>Merged author %1 into %2 (%n authorships moved over).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đã huỷ việc gộp: %1 trở lại là một tác giả riêng.</source>
        <translation>Merge undone: %1 is an author of their own again.</translation>
    </message>
</context>
<context>
    <name>CliExchange</name>
    <message>
        <location filename="../../desktop/cli/exchange_commands.py" line="+23"/>
        <source>xuất sổ sáng kiến ra Excel (.xlsx) hoặc CSV</source>
        <translation>export the register of initiatives to Excel (.xlsx) or CSV</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất các sáng kiến theo bộ lọc (như &apos;initiative list&apos;) ra tệp Excel: một dòng mỗi sáng kiến, và trang &apos;Tác giả&apos; một dòng mỗi tác giả. Tệp .csv là UTF-8 có BOM (Excel mở đúng tiếng Việt).</source>
        <translation>Export the initiatives a filter matches (as in &apos;initiative list&apos;) to an Excel file: a row for each initiative, and an authors sheet with a row for each author. A .csv file is UTF-8 with a BOM (Excel opens the Vietnamese correctly).</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>ngôn ngữ của tiêu đề cột trong tệp (mặc định vi)</source>
        <translation>the language of the file&apos;s column headings (default vi)</translation>
    </message>
    <message>
        <location line="-207"/>
        <source>tạo mẫu Excel để nhập sáng kiến</source>
        <translation>make an Excel template for importing initiatives</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>dấu phân cách cột của tệp .csv (mặc định &apos;,&apos;); &apos;;&apos; cho Excel theo định dạng vùng tiếng Việt. Giá trị chứa dấu này, dấu nháy kép hoặc xuống dòng được đặt trong nháy kép</source>
        <translation>the column separator of a .csv file (default &apos;,&apos;); &apos;;&apos; for Excel in the Vietnamese regional format. A value holding it, a double quote or a line break is put in double quotes</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Tạo tệp Excel mẫu: dòng tiêu đề, danh sách chọn (đơn vị, lĩnh vực, loại giải pháp) và một dòng ví dụ.</source>
        <translation>Make an Excel template: the heading row, drop-down lists (units, fields, kinds of solution) and an example row.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>nhập sáng kiến từ tệp Excel (hoặc CSV)</source>
        <translation>import initiatives from an Excel (or CSV) file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nhập sáng kiến từ tệp Excel (.xlsx, hoặc .csv UTF-8). Các cột được nhận theo tiêu đề. Dòng có số đăng ký đã có thì cập nhật, còn lại là đăng ký mới. Có lỗi thì không ghi gì, trừ khi dùng --only-valid.</source>
        <translation>Import initiatives from an Excel file (.xlsx, or UTF-8 .csv). Columns are recognised by their headings. A row with a registration number already in the register updates it; the others are new registrations. When there are mistakes nothing is written, unless --only-valid is given.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>chỉ nhập các dòng hợp lệ, bỏ qua dòng có lỗi</source>
        <translation>import only the valid rows, skipping rows with mistakes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>người thực hiện, ghi vào nhật ký</source>
        <translation>who does it, written in the log</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Đã xuất %n sáng kiến (%1 lượt tác giả) ra %2.</source>
        <translation>
            <numerusform>Exported %n initiative (%1 author entries) to %2.</numerusform>
            <numerusform>Exported %n initiatives (%1 author entries) to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+74"/>
        <source>Đã nhập: %n sáng kiến mới, %1 cập nhật.</source>
        <translation>
            <numerusform>Imported: %n new initiative, %1 updated.</numerusform>
            <numerusform>Imported: %n new initiatives, %1 updated.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Đã tạo tệp mẫu %1: điền từ dòng 3 (dòng 2 là ví dụ, hãy xoá hoặc ghi đè).</source>
        <translation>Made the template %1: fill it in from row 3 (row 2 is an example: delete it or write over it).</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>chỉ xem trước, không ghi; kết thúc với mã 1 nếu có dòng lỗi (như khi nhập thật), trừ khi có --only-valid</source>
        <translation>preview only, write nothing; exits with status 1 if any row has an error (as the import would), unless --only-valid is given</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>Bảng tính có lỗi ở %n dòng: không ghi gì. Sửa các lỗi trong tệp rồi nhập lại, hoặc thêm --only-valid để chỉ nhập các dòng hợp lệ.</source>
        <translation>
            <numerusform>The spreadsheet has mistakes in %n row: nothing was written. Correct them in the file and import it again, or add --only-valid to import only the valid rows.</numerusform>
            <numerusform>The spreadsheet has mistakes in %n rows: nothing was written. Correct them in the file and import it again, or add --only-valid to import only the valid rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Trang &apos;%1&apos;, tiêu đề ở dòng %2: %3 sáng kiến mới, %4 cập nhật, %5 không đổi.</source>
        <translation>Sheet &apos;%1&apos;, headings in row %2: new initiatives %3, updated %4, unchanged %5.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Lỗi (%1, ở %2 dòng):</source>
        <translation>Mistakes (%1; rows with mistakes: %2):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Lưu ý (%1):</source>
        <translation>Notes (%1):</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>… và %n lưu ý nữa (--dry-run --json để xem hết).</source>
        <translation>
            <numerusform>… and %n more note (--dry-run --json shows them all).</numerusform>
            <numerusform>… and %n more notes (--dry-run --json shows them all).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliInitiative</name>
    <message>
        <location filename="../../desktop/cli/initiative_commands.py" line="+58"/>
        <source>thêm, sửa, xoá, xem và liệt kê sáng kiến</source>
        <translation>add, change, delete, show and list initiatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm, sửa, xoá, xem và liệt kê sáng kiến. UID là id hoặc số đăng ký.</source>
        <translation>Add, change, delete, show and list initiatives. UID is an id or a registration number.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>mọi bản ghi đồng bộ dạng JSON lines chuẩn (để so sánh hai CSDL bằng diff)</source>
        <translation>every synced record as canonical JSON lines (to compare two databases with diff)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In mọi bản ghi đồng bộ, mỗi dòng một bản ghi JSON, sắp theo bảng rồi id.</source>
        <translation>Print every synced record, one JSON record a line, ordered by table, then id.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ghi ra tệp thay vì màn hình</source>
        <translation>write to a file instead of the screen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>đăng ký sáng kiến từ tệp JSON</source>
        <translation>register an initiative from a JSON file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đăng ký một sáng kiến từ tệp JSON (tên trường như &quot;initiative show --json&quot;; unit_id/field_id nhận mã hoặc id; authors: [{&quot;person_id&quot; hoặc &quot;full_name&quot;, &quot;birth_date&quot;, &quot;share&quot;}]). &quot;-&quot; đọc từ bàn phím/stdin.</source>
        <translation>Register an initiative from a JSON file (field names as in &quot;initiative show --json&quot;; unit_id/field_id take a code or an id; authors: [{&quot;person_id&quot; or &quot;full_name&quot;, &quot;birth_date&quot;, &quot;share&quot;}]). &quot;-&quot; reads from the keyboard/stdin.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sửa trường của sáng kiến: field=value …</source>
        <translation>change fields of an initiative: field=value …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa các trường: title=..., status=submitted, benefit_value=5000000, unit_id=VSP, first_applied_on=2022-02-01, authors=&apos;[...]&apos;. &apos;field=&apos; xoá giá trị.</source>
        <translation>Change fields: title=..., status=submitted, benefit_value=5000000, unit_id=VSP, first_applied_on=2022-02-01, authors=&apos;[...]&apos;. &apos;field=&apos; clears a value.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>xoá sáng kiến (có thể khôi phục)</source>
        <translation>delete an initiative (it can be restored)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xoá sáng kiến (có thể khôi phục).</source>
        <translation>Delete an initiative (it can be restored).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>khôi phục sáng kiến đã xoá</source>
        <translation>restore a deleted initiative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục sáng kiến đã xoá.</source>
        <translation>Restore a deleted initiative.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>xem một sáng kiến</source>
        <translation>show one initiative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xem một sáng kiến.</source>
        <translation>Show one initiative.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>liệt kê sáng kiến</source>
        <translation>list initiatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liệt kê sáng kiến theo bộ lọc.</source>
        <translation>List the initiatives a filter matches.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tối đa N dòng (0: tất cả)</source>
        <translation>at most N rows (0: all)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>đơn vị và các đơn vị cấp dưới</source>
        <translation>a unit and the units under it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>một trong: %1</source>
        <translation>one of: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mã giai đoạn, ví dụ GD1</source>
        <translation>a phase code, for example GD1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tìm không dấu: &apos;dau khi&apos;</source>
        <translation>search without diacritics: &apos;dau khi&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kể cả sáng kiến đã xoá</source>
        <translation>deleted initiatives too</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>người thực hiện, ghi vào nhật ký (mặc định: tên đăng nhập)</source>
        <translation>who does it, written in the log (default: the login name)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>cần số nguyên không âm, không phải &apos;%1&apos;</source>
        <translation>a whole number of 0 or more is needed, not &apos;%1&apos;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thiếu lệnh: sangkien initiative add|set|delete|restore|show|list|export|template|import … (xem &apos;sangkien initiative --help&apos;).</source>
        <translation>An action is missing: sangkien initiative add|set|delete|restore|show|list|export|template|import … (see &apos;sangkien initiative --help&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sessions.py" line="+47"/>
        <source>Dữ liệu chưa hợp lệ:</source>
        <translation>The data is not valid:</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/initiative_commands.py" line="+22"/>
        <source>Tệp %1 không phải văn bản UTF-8. Hãy lưu lại dạng UTF-8.</source>
        <translation>The file %1 is not UTF-8 text. Save it again as UTF-8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp %1</source>
        <translation>The file %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đã đăng ký sáng kiến %1 (id %2).</source>
        <translation>Registered initiative %1 (id %2).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&apos;%1&apos; không có dạng field=value (ví dụ title=&quot;Tên mới&quot;).</source>
        <translation>&apos;%1&apos; is not of the form field=value (for example title=&quot;New title&quot;).</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đã cập nhật %1: %2.</source>
        <translation>Updated %1: %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không có gì thay đổi ở %1.</source>
        <translation>Nothing changed in %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sáng kiến %1 đã bị xoá từ trước.</source>
        <translation>Initiative %1 was already deleted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã xoá sáng kiến %1 (khôi phục: sangkien initiative restore %1).</source>
        <translation>Deleted initiative %1 (to restore it: sangkien initiative restore %1).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đã khôi phục sáng kiến %1.</source>
        <translation>Restored initiative %1.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>ĐÃ XOÁ</source>
        <translation>DELETED</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+157"/>
        <source>Tên sáng kiến</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Loại giải pháp</source>
        <translation>Kind of solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+153"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-152"/>
        <source>Giai đoạn</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày đăng ký</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Áp dụng lần đầu</source>
        <translation>First applied on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ đầu tư</source>
        <translation>Investor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giá trị làm lợi</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phạm vi áp dụng</source>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bí mật công nghệ</source>
        <translation>Technical secret</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Có</source>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày công nhận</source>
        <translation>Recognised on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mô tả bản chất</source>
        <translation>Essence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điều kiện áp dụng</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lợi ích (tác giả)</source>
        <translation>Benefit (authors)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lợi ích (đơn vị)</source>
        <translation>Benefit (unit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người áp dụng lần đầu</source>
        <translation>First applied by</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Giấy chứng nhận số %1, cấp ngày %2</source>
        <translation>Certificate no. %1, issued on %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Tác giả:</source>
        <translation>Authors:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tác giả: (chưa có)</source>
        <translation>Authors: (none yet)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tệp đính kèm:</source>
        <translation>Attachments:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xét duyệt:</source>
        <translation>Reviews:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 điểm</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QĐ %1 ngày %2</source>
        <translation>decision %1 of %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QĐ %1</source>
        <translation>decision %1</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/sessions.py" line="+26"/>
        <source>Không có trạng thái &apos;%1&apos;. Dùng một trong: %2.</source>
        <translation>There is no status &apos;%1&apos;. Use one of: %2.</translation>
    </message>
    <message>
        <location filename="../../desktop/cli/initiative_commands.py" line="+89"/>
        <source>Số đăng ký</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Không có sáng kiến nào khớp bộ lọc.</source>
        <translation>No initiative matches the filter.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 / %n sáng kiến (thêm --limit 0 để xem tất cả).</source>
        <translation>
            <numerusform>%1 / %n initiative (add --limit 0 to see them all).</numerusform>
            <numerusform>%1 / %n initiatives (add --limit 0 to see them all).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sáng kiến.</source>
        <translation>
            <numerusform>%n initiative.</numerusform>
            <numerusform>%n initiatives.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliMain</name>
    <message>
        <location filename="../../desktop/cli/__init__.py" line="-104"/>
        <source>%1
Xem &apos;%2 --help&apos;.</source>
        <translation>%1
See &apos;%2 --help&apos;.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>in số phiên bản rồi thoát</source>
        <translation>print the version number and exit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tệp cơ sở dữ liệu (mặc định: %1)</source>
        <translation>the database file (default: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ngôn ngữ của lệnh và của cửa sổ: vi (mặc định) hoặc en; lệnh cũng đọc biến môi trường SANGKIEN_LANG</source>
        <translation>the language of the commands and of the window: vi (the default) or en; commands also read the environment variable SANGKIEN_LANG</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>SángKiến — đăng ký, đồng bộ và công nhận sáng kiến ngoại tuyến.</source>
        <translation>SángKiến — register, synchronise and recognise initiatives, offline.</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>Lỗi: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã dừng.</source>
        <translation>Stopped.</translation>
    </message>
</context>
<context>
    <name>CliPaper</name>
    <message>
        <location filename="../../desktop/cli/paper_commands.py" line="+15"/>
        <source>tệp .pdf (để in) hoặc .docx (để sửa trong Word)</source>
        <translation>a .pdf file (to print) or .docx (to edit in Word)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>in Đơn yêu cầu công nhận sáng kiến (PDF hoặc Word)</source>
        <translation>print the application for recognition of an initiative (PDF or Word)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đơn yêu cầu công nhận sáng kiến theo Phụ lục I, Thông tư 18/2013/TT-BKHCN: điền sẵn từ sổ cho một sáng kiến, hoặc mẫu trống (--blank).</source>
        <translation>The application for recognition of an initiative of Appendix I, Circular 18/2013/TT-BKHCN: filled in from the register for one initiative, or a blank form (--blank).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>số đăng ký (hoặc id)</source>
        <translation>the registration number (or id)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mẫu đơn trống để điền tay</source>
        <translation>a blank form to fill in by hand</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>giấy tờ của Hội đồng sáng kiến: phiếu chấm điểm, biên bản, danh sách kèm quyết định</source>
        <translation>the initiative council&apos;s papers: scoring sheets, minutes, the list attached to a decision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giấy tờ của Hội đồng sáng kiến, dạng PDF hoặc Word.</source>
        <translation>The initiative council&apos;s papers, as PDF or Word.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>phiếu chấm điểm: mỗi sáng kiến, mỗi thành viên một trang</source>
        <translation>scoring sheets: a page for each initiative and each member</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phiếu chấm điểm sáng kiến: một trang cho mỗi sáng kiến và mỗi thành viên.</source>
        <translation>Scoring sheets for initiatives: a page for each initiative and each member.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>biên bản họp Hội đồng sáng kiến (các kết quả xét duyệt của một ngày)</source>
        <translation>the minutes of an initiative council meeting (the reviews of one day)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biên bản họp Hội đồng sáng kiến: các sáng kiến được xét trong ngày --date với điểm, tổng điểm, xếp loại và kết quả.</source>
        <translation>The minutes of an initiative council meeting: the initiatives reviewed on --date with their scores, total, grade and outcome.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ngày họp</source>
        <translation>the meeting date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cấp xét duyệt</source>
        <translation>the review level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nơi họp</source>
        <translation>the meeting place</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>danh sách sáng kiến được công nhận kèm theo một quyết định</source>
        <translation>the list of initiatives recognised, attached to a decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách sáng kiến được công nhận kèm theo Quyết định số …</source>
        <translation>The list of initiatives recognised, attached to Decision no. …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>số quyết định</source>
        <translation>the decision number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cơ quan ra quyết định</source>
        <translation>the body that issued the decision</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ngày quyết định, khi nhiều năm có cùng số (mặc định: quyết định mới nhất)</source>
        <translation>the decision date, when several years have the same number (default: the latest decision)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>thành viên hội đồng (lặp lại được; &apos;Họ tên - chức vụ&apos;)</source>
        <translation>a council member (may be repeated; &apos;Full name - position&apos;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tên hội đồng</source>
        <translation>the council&apos;s name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thiếu loại giấy tờ: sangkien papers scoring|minutes|decision … -o FILE.</source>
        <translation>The kind of paper is missing: sangkien papers scoring|minutes|decision … -o FILE.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đã lưu %1.</source>
        <translation>Saved %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cho số đăng ký của sáng kiến, hoặc --blank cho mẫu đơn trống.</source>
        <translation>Give the initiative&apos;s registration number, or --blank for a blank form.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Không có kết quả xét duyệt nào ngày %1: kiểm tra ngày họp (ngày xét duyệt đã ghi ở trang Xét duyệt).</source>
        <translation>There are no reviews on %1: check the meeting date (the review date recorded on the Reviews page).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source> ngày %1</source>
        <translation> of %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiểm tra số quyết định (viết như đã ghi, ví dụ 125/QĐ-CĐDK) và ngày (có: %1).</source>
        <translation>Check the decision number (written as recorded, for example 125/QĐ-CĐDK) and the date (there are: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kiểm tra số quyết định (viết như đã ghi, ví dụ 125/QĐ-CĐDK).</source>
        <translation>Check the decision number (written as recorded, for example 125/QĐ-CĐDK).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không có sáng kiến nào được công nhận theo quyết định số &apos;%1&apos;%2.</source>
        <translation>No initiative was recognised by decision no. &apos;%1&apos;%2.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Có %n quyết định cùng số %1: đã in quyết định ngày %2; các ngày khác: %3 (chọn bằng --date).</source>
        <translation>
            <numerusform>There is %n decision numbered %1: printed the decision of %2; other dates: %3 (choose with --date).</numerusform>
            <numerusform>There are %n decisions numbered %1: printed the decision of %2; other dates: %3 (choose with --date).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliPrint</name>
    <message>
        <location filename="../../desktop/cli/print_commands.py" line="+42"/>
        <source>cấp và in giấy chứng nhận (một tệp PDF, hoặc mỗi giấy một tệp)</source>
        <translation>issue and print certificates (one PDF file, or a file for each)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cấp số và in giấy chứng nhận cho các sáng kiến đã được công nhận của một đơn vị (kể cả đơn vị cấp dưới), một giai đoạn hoặc theo danh sách số đăng ký. Với --reprint: in lại giấy đã cấp (được đánh dấu BẢN IN LẠI và đếm số lần in lại).</source>
        <translation>Number and print certificates for the recognised initiatives of a unit (and the units under it), of a phase or of a list of registration numbers. With --reprint: print issued certificates again (marked REPRINT, and the reprints are counted).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mã đơn vị (gồm cả đơn vị cấp dưới)</source>
        <translation>a unit code (the units under it included)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mã giai đoạn, ví dụ GD2</source>
        <translation>a phase code, for example GD2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chương trình (và lời văn của nó)</source>
        <translation>the programme (and its wording)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>trạng thái sáng kiến</source>
        <translation>the initiatives&apos; status</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>số đăng ký (lặp lại được)</source>
        <translation>a registration number (may be repeated)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in lại giấy đã cấp</source>
        <translation>print issued certificates again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>họ tên người ký (được nhớ)</source>
        <translation>the signer&apos;s full name (remembered)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>chức danh người ký; &apos;\n&apos; để xuống dòng (mặc định: &apos;TM. BAN THƯỜNG VỤ\nCHỦ TỊCH&apos;)</source>
        <translation>the signer&apos;s title; &apos;\n&apos; for a new line (default: &apos;TM. BAN THƯỜNG VỤ\nCHỦ TỊCH&apos;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nơi ký, ví dụ &apos;Hà Nội&apos;</source>
        <translation>where it is signed, for example &apos;Hà Nội&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ngày cấp (mặc định: hôm nay)</source>
        <translation>the issue date (default: today)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mẫu giấy chứng nhận JSON khác</source>
        <translation>another certificate template (JSON)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>in không có mã QR (vẫn in số và mã kiểm tra để gõ)</source>
        <translation>print without a QR code (the number and the check code to type are still printed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>người thực hiện (ghi vào nhật ký)</source>
        <translation>who does it (written in the log)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>một tệp PDF cho cả đợt</source>
        <translation>one PDF file for the whole batch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mỗi giấy một tệp PDF trong thư mục DIR</source>
        <translation>a PDF file for each certificate in the folder DIR</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>kiểm tra một giấy chứng nhận (mã QR, hoặc số và mã kiểm tra)</source>
        <translation>check a certificate (its QR code, or its number and check code)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiểm tra giấy chứng nhận là thật và chưa bị sửa: dán nội dung quét từ mã QR, hoặc gõ số giấy chứng nhận rồi mã kiểm tra 16 ký tự in bên cạnh, ví dụ &apos;CDDKVN-2023-00001 ABCD-EFGH-JKMN-PQRS&apos; (dấu cách, gạch ngang, chữ hoa hay thường đều được). Thoát với mã 0 nếu là thật, 2 nếu không.</source>
        <translation>Check that a certificate is genuine and unaltered: paste what was scanned from its QR code, or type the certificate number and then the 16-character check code printed beside it, for example &apos;CDDKVN-2023-00001 ABCD-EFGH-JKMN-PQRS&apos; (spaces, dashes, capitals or small letters all do). Exits with status 0 when genuine, 2 when not.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nội dung mã QR, hoặc SỐ MÃ</source>
        <translation>the QR code&apos;s content, or NUMBER CODE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sổ đăng ký giấy chứng nhận đã cấp</source>
        <translation>the register of issued certificates</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Liệt kê giấy chứng nhận đã cấp: số, ngày, người nhận, sáng kiến, số lần in lại.</source>
        <translation>List the issued certificates: number, date, recipients, initiative, number of reprints.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sáng kiến của đơn vị này (và cấp dưới)</source>
        <translation>initiatives of this unit (and the units under it)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gồm cả giấy đã huỷ</source>
        <translation>cancelled certificates too</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ghi sổ ra tệp Excel (các cột như bảng Sổ đăng ký của cửa sổ)</source>
        <translation>write the register to an Excel file (the columns of the window&apos;s Register table)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>báo cáo in được (PDF hoặc Excel)</source>
        <translation>printable reports (PDF or Excel)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Báo cáo in được.</source>
        <translation>Printable reports.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tiến độ so với chỉ tiêu theo đơn vị và giai đoạn</source>
        <translation>progress against the target by unit and phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Báo cáo tiến độ: số sáng kiến đăng ký, được công nhận, chỉ tiêu và tỷ lệ theo đơn vị (cộng dồn theo cây đơn vị) và theo giai đoạn, tính đến một ngày; PDF có biểu đồ, Excel có số thật và công thức.</source>
        <translation>The progress report: initiatives registered, recognised, the target and the percentage by unit (added up the tree of units) and by phase, up to a date; the PDF has charts, the Excel file real numbers and formulas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tính đến ngày</source>
        <translation>up to this date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>đơn vị gốc của báo cáo</source>
        <translation>the report&apos;s top unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chương trình (mặc định: hiện tại)</source>
        <translation>the programme (default: the current one)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Thiếu loại báo cáo: sangkien report progress … (xem &apos;sangkien report --help&apos;).</source>
        <translation>The kind of report is missing: sangkien report progress … (see &apos;sangkien report --help&apos;).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tệp ra phải có đuôi .pdf: %1.</source>
        <translation>The output file must end in .pdf: %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source> Thêm --reprint để in lại giấy đã cấp.</source>
        <translation> Add --reprint to print issued certificates again.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chỉ cấp được giấy chứng nhận cho sáng kiến &apos;Đã công nhận&apos;, không phải &apos;%1&apos;.%2</source>
        <translation>Certificates are issued only for &apos;Recognised&apos; initiatives, not for &apos;%1&apos;.%2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Hãy nhập cả --signer-name cùng chức danh/nơi ký.</source>
        <translation>Give --signer-name as well as the title or place.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Đang in %1/%2 (%3%)</source>
        <translation>Printing %1/%2 (%3%)</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>Đã cấp %n giấy chứng nhận (%1 … %2), in vào %3.</source>
        <translation>
            <numerusform>Issued %n certificate (%1 … %2), printed to %3.</numerusform>
            <numerusform>Issued %n certificates (%1 … %2), printed to %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Đã in lại %n giấy chứng nhận vào %1.</source>
        <translation>
            <numerusform>Reprinted %n certificate to %1.</numerusform>
            <numerusform>Reprinted %n certificates to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bỏ qua %1: %2</source>
        <translation>Skipped %1: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>[ĐÃ HUỶ]</source>
        <translation>[CANCELLED]</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, in lại %n lần</source>
        <translation>
            <numerusform>, reprinted %n time</numerusform>
            <numerusform>, reprinted %n times</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tổng: %n giấy chứng nhận.</source>
        <translation>
            <numerusform>Total: %n certificate.</numerusform>
            <numerusform>Total: %n certificates.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Đã ghi %n giấy chứng nhận vào %1.</source>
        <translation>
            <numerusform>Wrote %n certificate to %1.</numerusform>
            <numerusform>Wrote %n certificates to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Tệp báo cáo phải có đuôi .pdf hoặc .xlsx: %1.</source>
        <translation>The report file must end in .pdf or .xlsx: %1.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã ghi báo cáo tiến độ tính đến %1 vào %2.</source>
        <translation>Wrote the progress report up to %1 to %2.</translation>
    </message>
</context>
<context>
    <name>CliProgramme</name>
    <message>
        <location filename="../../desktop/cli/programme_commands.py" line="+28"/>
        <source>chương trình thi đua: xem, thêm, sửa (list, show, add, set)</source>
        <translation>emulation programmes: show, add, change (list, show, add, set)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Các chương trình thi đua (phong trào): thời gian, giai đoạn, chỉ tiêu. Sổ đăng ký sáng kiến là thường xuyên; một sáng kiến được tính cho mọi chương trình có thời gian và phạm vi đơn vị bao gồm nó.</source>
        <translation>Emulation programmes (campaigns): their dates, phases and targets. The register of initiatives is continuous; an initiative counts for every programme whose dates and units include it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>các chương trình</source>
        <translation>the programmes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>một chương trình: giai đoạn và chỉ tiêu</source>
        <translation>one programme: its phases and targets</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>thêm chương trình từ tệp JSON</source>
        <translation>add a programme from a JSON file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm chương trình từ tệp JSON: code, name, starts_on, ends_on, counts (registered|recognised), certificate_wording, phases [{code, name, starts_on, ends_on}], targets {ĐƠN_VỊ: {GIAI_ĐOẠN: số}}. Máy này trở thành nơi sở hữu chương trình.</source>
        <translation>Add a programme from a JSON file: code, name, starts_on, ends_on, counts (registered|recognised), certificate_wording, phases [{code, name, starts_on, ends_on}], targets {UNIT: {PHASE: number}}. This computer becomes the programme&apos;s owner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+16"/>
        <location line="+35"/>
        <source>tên người thao tác (nhật ký)</source>
        <translation>the name of who does it (for the log)</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>sửa một chương trình: field=value</source>
        <translation>change a programme: field=value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa tên, thời gian, cách tính hoặc lời văn giấy chứng nhận của chương trình: name=..., starts_on=YYYY-MM-DD, ends_on=..., counts=registered|recognised, certificate_wording=...</source>
        <translation>Change a programme&apos;s name, dates, way of counting or certificate wording: name=..., starts_on=YYYY-MM-DD, ends_on=..., counts=registered|recognised, certificate_wording=...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chỉ máy của đơn vị sở hữu chương trình hoặc cấp trên của nó được làm; gói xuất tiếp theo mang ngoại lệ xuống các đơn vị.</source>
        <translation>Only the computer of the unit that owns the programme, or of a unit above it, may do this; the next export package carries the exception down to the units.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tính một sáng kiến ngoài thời gian của chương trình vào chương trình</source>
        <translation>count an initiative outside the programme&apos;s dates in the programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tính một sáng kiến ngoài thời gian của chương trình vào chương trình.</source>
        <translation>Count an initiative outside the programme&apos;s dates in the programme.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không tính một sáng kiến cho chương trình</source>
        <translation>do not count an initiative for the programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không tính một sáng kiến cho chương trình.</source>
        <translation>Do not count an initiative for the programme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>bỏ ngoại lệ: sáng kiến được tính theo thời gian và đơn vị như thường</source>
        <translation>remove the exception: the initiative counts by its dates and unit as usual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bỏ ngoại lệ: sáng kiến được tính theo thời gian và đơn vị như thường.</source>
        <translation>Remove the exception: the initiative counts by its dates and unit as usual.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mã chương trình</source>
        <translation>the programme code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>số đăng ký hoặc id của sáng kiến</source>
        <translation>the initiative&apos;s registration number or id</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lý do</source>
        <translation>the reason</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Chưa có chương trình nào: thêm bằng &apos;sangkien programme add FILE.json&apos;.</source>
        <translation>There is no programme yet: add one with &apos;sangkien programme add FILE.json&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>chỉ tiêu %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(* chương trình các trang và lệnh dùng khi không chọn chương trình)</source>
        <translation>(* the programme the pages and commands use when none is chosen)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Thời gian: %1; tính: %2; đơn vị sở hữu: %3</source>
        <translation>Dates: %1; counts: %2; owner unit: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Giấy chứng nhận ghi: %1</source>
        <translation>Certificates say: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cộng</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ngoại lệ (sangkien programme include|exclude|reset):</source>
        <translation>Exceptions (sangkien programme include|exclude|reset):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tính thêm</source>
        <translation>counted in</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>không tính</source>
        <translation>not counted</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Đã thêm chương trình %1 — %2. Gói xuất tiếp theo sẽ mang nó xuống.</source>
        <translation>Added programme %1 — %2. The next export package will carry it down.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Không có tệp %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không đọc được %1 như JSON: %2.</source>
        <translation>%1 could not be read as JSON: %2.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;%1&apos; không có dạng field=value (ví dụ name=&quot;Tên mới&quot;).</source>
        <translation>&apos;%1&apos; is not of the form field=value (for example name=&quot;New name&quot;).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đã sửa chương trình %1: %2.</source>
        <translation>Changed programme %1: %2.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sáng kiến %1 được tính cho chương trình %2. Gói xuất tiếp theo sẽ mang thay đổi xuống.</source>
        <translation>Initiative %1 now counts for programme %2. The next export package will carry the change down.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sáng kiến %1 không được tính cho chương trình %2. Gói xuất tiếp theo sẽ mang thay đổi xuống.</source>
        <translation>Initiative %1 no longer counts for programme %2. The next export package will carry the change down.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sáng kiến %1 được tính như thường cho chương trình %2. Gói xuất tiếp theo sẽ mang thay đổi xuống.</source>
        <translation>Initiative %1 counts for programme %2 as usual again. The next export package will carry the change down.</translation>
    </message>
</context>
<context>
    <name>CliReview</name>
    <message>
        <location filename="../../desktop/cli/review_commands.py" line="+26"/>
        <source>ghi kết quả xét duyệt của hội đồng (điểm, kết quả, quyết định)</source>
        <translation>record a council&apos;s review (scores, outcome, decision)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ghi một lần xét duyệt: cấp, hội đồng, ba điểm (tính mới, khả năng áp dụng, hiệu quả), kết quả và quyết định. Công nhận đưa sáng kiến sang &apos;Đã công nhận&apos;.</source>
        <translation>Record one review: the level, the council, three scores (novelty, applicability, effect), the outcome and the decision. Recognition moves the initiative to &apos;Recognised&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>id hoặc số đăng ký của sáng kiến</source>
        <translation>the initiative&apos;s id or registration number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tên hội đồng</source>
        <translation>the council&apos;s name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ngày họp</source>
        <translation>the meeting date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>điểm tính mới, khả năng áp dụng, hiệu quả</source>
        <translation>the scores for novelty, applicability, effect</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>số quyết định</source>
        <translation>the decision number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ngày quyết định</source>
        <translation>the decision date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>lý do, nhận xét</source>
        <translation>the reason, remarks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>người thực hiện, ghi vào nhật ký</source>
        <translation>who does it, written in the log</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--scores cần ba số nguyên cách nhau bởi dấu phẩy, ví dụ 8,9,7 (đang là &apos;%1&apos;).</source>
        <translation>--scores needs three whole numbers separated by commas, for example 8,9,7 (it is &apos;%1&apos;).</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Đã ghi xét duyệt %1 cho %2.</source>
        <translation>Recorded the %1 review of %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã ghi xét duyệt %1 cho %2, tổng điểm %3 (%4).</source>
        <translation>Recorded the %1 review of %2, total score %3 (%4).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trạng thái: %1.</source>
        <translation>Status: %1.</translation>
    </message>
</context>
<context>
    <name>CliSafety</name>
    <message>
        <location filename="../../desktop/cli/safety_commands.py" line="+32"/>
        <source>sao lưu cơ sở dữ liệu ngay</source>
        <translation>back the database up now</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sao lưu bằng API sao lưu trực tuyến của SQLite (an toàn cả khi đang mở). Không có -o: vào thư mục backups cạnh cơ sở dữ liệu, xoay vòng 10 bản + 1 bản mỗi tháng.</source>
        <translation>Back up with SQLite&apos;s online backup API (safe even while it is open). Without -o: into the backups folder beside the database, keeping 10 copies + 1 a month.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ghi bản sao lưu ra tệp này</source>
        <translation>write the backup to this file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>liệt kê các bản sao lưu (ngày, lý do, số sáng kiến)</source>
        <translation>list the backups (date, reason, number of initiatives)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Liệt kê các bản sao lưu trong thư mục backups, mới nhất trước.</source>
        <translation>List the backups in the backups folder, newest first.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>khôi phục từ một bản sao lưu (sao lưu dữ liệu hiện tại trước)</source>
        <translation>restore from a backup (backing up the current data first)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khôi phục cơ sở dữ liệu từ FILE. Tệp được kiểm tra trước; dữ liệu hiện tại được sao lưu trước khi thay. FILE có thể là số thứ tự trong &apos;sangkien backups&apos; (1 = mới nhất).</source>
        <translation>Restore the database from FILE. The file is checked first; the current data is backed up before it is replaced. FILE may be a number from &apos;sangkien backups&apos; (1 = the newest).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cho phép khôi phục bản sao lưu của máy/đơn vị khác (nhận danh tính của nó)</source>
        <translation>allow restoring a backup of another computer or unit (taking on its identity)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>người thực hiện, ghi vào nhật ký</source>
        <translation>who does it, written in the log</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kiểm tra cơ sở dữ liệu (toàn vẹn, khóa ngoại, dữ liệu đồng bộ)</source>
        <translation>check the database (integrity, foreign keys, sync data)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>integrity_check, foreign_key_check, phiên bản lược đồ, dấu phiên bản và số thứ tự thay đổi của mọi bản ghi đồng bộ, chỉ mục tìm kiếm. Mã thoát 1 nếu có lỗi.</source>
        <translation>integrity_check, foreign_key_check, the schema version, the version stamps and change numbers of every synced record, the search index. Exit status 1 when something is wrong.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kiểm cả mã băm tệp đính kèm</source>
        <translation>check the attachments&apos; hashes too</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>nhật ký thay đổi: ai sửa gì, khi nào</source>
        <translation>the change log: who changed what, and when</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In hoặc xuất (CSV) nhật ký thay đổi; --record: lịch sử một bản ghi.</source>
        <translation>Print or export (CSV) the change log; --record: the history of one record.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>id hoặc số đăng ký sáng kiến</source>
        <translation>an initiative&apos;s id or registration number</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>từ ngày này</source>
        <translation>from this date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>xuất ra tệp CSV (mở bằng Excel)</source>
        <translation>export to a CSV file (opens in Excel)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Đã sao lưu: %1 (%2, %3).</source>
        <translation>Backed up: %1 (%2, %3).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+138"/>
        <source>%n sáng kiến</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="-109"/>
        <source>Chưa có bản sao lưu nào. Tạo bằng: sangkien backup</source>
        <translation>There are no backups yet. Make one with: sangkien backup</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ngày giờ</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lý do</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cỡ</source>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tốt</source>
        <translation>good</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HỎNG</source>
        <translation>DAMAGED</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Thư mục: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khôi phục: sangkien restore SỐ (ví dụ &apos;sangkien restore 1&apos; cho bản mới nhất) hoặc TỆP</source>
        <translation>To restore: sangkien restore NUMBER (for example &apos;sangkien restore 1&apos; for the newest) or FILE</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sao lưu thủ công</source>
        <translation>Manual backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sao lưu hằng ngày</source>
        <translation>Daily backup</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi nhập gói</source>
        <translation>Before importing a package</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi nhập gói (hoàn tác)</source>
        <translation>Before importing a package (undo journal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi khôi phục (hoàn tác)</source>
        <translation>Before a restore (undo journal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi nâng cấp dữ liệu (hoàn tác)</source>
        <translation>Before a data upgrade (undo journal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi nâng cấp dữ liệu</source>
        <translation>Before a data upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi khôi phục</source>
        <translation>Before restoring</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Không có bản sao lưu số %1: xem danh sách bằng &apos;sangkien backups&apos;.</source>
        <translation>There is no backup number %1: see the list with &apos;sangkien backups&apos;.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Máy chủ không khôi phục đè lên chỗ cũ: bản sao lưu được đưa vào một cơ sở dữ liệu trống mới, rồi dùng cơ sở dữ liệu đó. Người quản trị chạy:
%1
%2</source>
        <translation>A server is not restored over itself: the backup goes into a new empty database, which is then used. The administrator runs:
%1
%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Đã khôi phục bản sao lưu %1 (%2) vào %3.</source>
        <translation>Restored the backup of %1 (%2) into %3.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dữ liệu trước khi khôi phục được giữ ở: %1</source>
        <translation>The data from before the restore is kept in: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Cơ sở dữ liệu tốt: %n bản ghi đồng bộ, last_seq=%1.</source>
        <translation>
            <numerusform>The database is sound: %n synced record, last_seq=%1.</numerusform>
            <numerusform>The database is sound: %n synced records, last_seq=%1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tìm thấy %n vấn đề:</source>
        <translation>
            <numerusform>Found %n problem:</numerusform>
            <numerusform>Found %n problems:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hãy khôi phục bản sao lưu tốt gần nhất (&apos;sangkien backups&apos;).</source>
        <translation>Restore the newest good backup (&apos;sangkien backups&apos;).</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Đã xuất %n mục nhật ký ra %1.</source>
        <translation>
            <numerusform>Exported %n log entry to %1.</numerusform>
            <numerusform>Exported %n log entries to %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Không tìm thấy bản ghi &apos;%1&apos; (nhập id hoặc số đăng ký).</source>
        <translation>No record &apos;%1&apos; was found (give an id or a registration number).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Nạp danh mục %1: %n dòng</source>
        <translation>
            <numerusform>Loaded the %1 list: %n row</numerusform>
            <numerusform>Loaded the %1 list: %n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Tạo dữ liệu mẫu: %n sáng kiến</source>
        <translation>
            <numerusform>Demo data made: %n initiative</numerusform>
            <numerusform>Demo data made: %n initiatives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Sửa đồng hồ của máy: %n bản ghi</source>
        <translation>
            <numerusform>Repaired this computer&apos;s clock: %n record</numerusform>
            <numerusform>Repaired this computer&apos;s clock: %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n dòng</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nhật ký trống.</source>
        <translation>The log is empty.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>[gói %1]</source>
        <translation>[package %1]</translation>
    </message>
</context>
<context>
    <name>CliServer</name>
    <message>
        <location filename="../../desktop/cli/server_commands.py" line="+25"/>
        <source>chuyển cơ sở dữ liệu này lên máy chủ PostgreSQL (mọi bản ghi và phiên bản)</source>
        <translation>move this database to a PostgreSQL server (every record and version)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chép mọi bản ghi của tệp --db (cùng phiên bản, nhật ký, khóa của máy) vào một cơ sở dữ liệu PostgreSQL còn trống, trong một giao dịch. Mật khẩu lấy từ ~/.pgpass hoặc PGPASSWORD, không ghi trong địa chỉ. Tệp không bị thay đổi.</source>
        <translation>Copy every record of the --db file (with its versions, log and the computer&apos;s keys) into an empty PostgreSQL database, in one transaction. The password comes from ~/.pgpass or PGPASSWORD, never from the address. The file is not changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL</source>
        <translation>postgresql://USER@HOST/DBNAME</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>khôi phục bản sao lưu pg_dump vào một cơ sở dữ liệu máy chủ còn trống</source>
        <translation>restore a pg_dump backup into an empty server database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pg_restore tệp .dump (do &apos;sangkien --db postgresql://… backup&apos; tạo) vào cơ sở dữ liệu --db trên máy chủ, còn trống, trong một giao dịch.</source>
        <translation>pg_restore a .dump file (made by &apos;sangkien --db postgresql://… backup&apos;) into the empty server database --db, in one transaction.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 không phải địa chỉ máy chủ PostgreSQL. Dạng đúng: postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL.</source>
        <translation>%1 is not a PostgreSQL server address. The right form: postgresql://USER@HOST/DBNAME.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--db phải là tệp SQLite cần chuyển lên máy chủ.</source>
        <translation>--db must be the SQLite file to move to the server.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đang chuyển lên máy chủ</source>
        <translation>Copying to the server</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Đã chuyển %n bản ghi của %1 lên %2.</source>
        <translation>
            <numerusform>Moved %n record of %1 to %2.</numerusform>
            <numerusform>Moved %n records of %1 to %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Từ nay mở bằng: sangkien --db %1</source>
        <translation>From now on open it with: sangkien --db %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đã sao lưu (pg_dump): %1 (%2 byte).</source>
        <translation>Backed up (pg_dump): %1 (%2 bytes).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Để khôi phục, người quản trị đưa bản sao lưu vào một cơ sở dữ liệu trống mới (không đè lên chỗ cũ), rồi dùng cơ sở dữ liệu đó:
%1
%2</source>
        <translation>To restore it, the administrator puts the backup into a new empty database (not over the old one), then uses that database:
%1
%2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Chưa có bản sao lưu nào của máy chủ này. Tạo bằng: %1</source>
        <translation>This server has no backups yet. Make one with: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Các lệnh khôi phục bản số N (vào một cơ sở dữ liệu trống mới): %1</source>
        <translation>The commands that restore backup number N (into a new empty database): %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Thư mục: %1</source>
        <translation>Folder: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>server-restore cần --db là địa chỉ máy chủ; với tệp dùng &apos;restore&apos;.</source>
        <translation>server-restore needs --db to be a server address; for a file use &apos;restore&apos;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Không có tệp %1.</source>
        <translation>There is no file %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã khôi phục %1 vào %2.</source>
        <translation>Restored %1 into %2.</translation>
    </message>
</context>
<context>
    <name>CliSetup</name>
    <message>
        <location filename="../../desktop/cli/setup_commands.py" line="+43"/>
        <source>&apos;%1&apos; không phải một số nguyên</source>
        <translation>&apos;%1&apos; is not a whole number</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>phải lớn hơn 0 (đang là %1)</source>
        <translation>must be greater than 0 (it is %1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>tạo cơ sở dữ liệu mới cho một đơn vị (--unit) hoặc từ gói khởi tạo (--from)</source>
        <translation>create a new database for a unit (--unit) or from a setup package (--from)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tạo cơ sở dữ liệu mới cho máy phục vụ một đơn vị: với --unit CODE từ danh mục đơn vị có sẵn; với --from SETUP.skp từ gói khởi tạo do cấp trên tạo (sangkien enroll), kèm khóa của cấp trên và một cặp khóa mới cho máy này.</source>
        <translation>Create a new database for the computer that serves a unit: with --unit CODE from the built-in list of units; with --from SETUP.skp from a setup package made by the unit above (sangkien enroll), with the key of the unit above and a new key pair for this computer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mã đơn vị, ví dụ CDDKVN, VSP, VSP-TD03</source>
        <translation>a unit code, for example CDDKVN, VSP, VSP-TD03</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>gói khởi tạo</source>
        <translation>the setup package</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đã khởi tạo %1 cho %2 — %3.</source>
        <translation>Set up %1 for %2 — %3.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+63"/>
        <source>Đã tạo %1 cho %2 — %3.</source>
        <translation>Created %1 for %2 — %3.</translation>
    </message>
    <message>
        <location line="-60"/>
        <source>Mã máy (node id): %1</source>
        <translation>Node id: %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Đang đọc</source>
        <translation>Reading</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cấp trên: %1, dấu vân tay khóa %2</source>
        <translation>Unit above: %1, key fingerprint %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dấu vân tay khóa của máy này: %1</source>
        <translation>This computer&apos;s key fingerprint: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hãy đối chiếu dấu vân tay của cấp trên với người đã tạo gói khởi tạo.</source>
        <translation>Check the fingerprint of the unit above with the person who made the setup package.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>tạo cơ sở dữ liệu mẫu của trụ sở (7.085 sáng kiến như chương trình thật, rồi sổ đăng ký 2024–2026 và chương trình 2025–2027)</source>
        <translation>create a demo headquarters database (7,085 initiatives like the real programme, then the 2024–2026 register and the 2025–2027 programme)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tạo cơ sở dữ liệu mẫu của Công đoàn Dầu khí Việt Nam: cây đơn vị, chỉ tiêu 5.400, tác giả, sáng kiến, xét duyệt, quyết định và giấy chứng nhận. Với %1 sáng kiến: 3.516 đăng ký đến 14/04/2023 (65%). Sau đó sổ đăng ký tiếp tục 2024–2026 (khoảng 60% số trên) và chương trình &apos;Sáng kiến vì người lao động 2025–2027&apos; (NLD-2025, chỉ tiêu 7.200). Cùng --seed cho cùng dữ liệu. Tệp phải chưa có.</source>
        <translation>Create a demo database of the Vietnam Petroleum Trade Union: the tree of units, a target of 5,400, authors, initiatives, reviews, decisions and certificates. With %1 initiatives: 3,516 registered by 14/04/2023 (65%). Then the register goes on in 2024–2026 (about 60% as many) and the programme &apos;Initiatives for workers 2025–2027&apos; (NLD-2025, target 7,200). The same --seed gives the same data. The file must not exist yet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>số sáng kiến của chương trình 2021–2023 (mặc định %1)</source>
        <translation>the number of initiatives of the 2021–2023 programme (default %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>mặc định %1</source>
        <translation>default %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Đang tạo dữ liệu mẫu</source>
        <translation>Creating demo data</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Đã tạo %1: %2 sáng kiến, %3 tác giả, %4 lượt xét duyệt, %5 giấy chứng nhận (%6 giây, %7 MB).</source>
        <translation>Created %1: initiatives %2, authors %3, reviews %4, certificates %5 (%6 seconds, %7 MB).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Đăng ký đến 14/04/2023: %1.</source>
        <translation>Registered by 14/04/2023: %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>tiến độ: đã đăng ký / đã công nhận / chỉ tiêu / phần trăm theo đơn vị và giai đoạn</source>
        <translation>progress: registered / recognised / target / percentage by unit and phase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tiến độ của một chương trình so với chỉ tiêu đến một ngày, theo đơn vị (cộng dồn theo cây) và theo giai đoạn; cả năm hoặc một quý; theo cụm thi đua. Không tính bản nháp, sáng kiến đã rút và trùng lặp.</source>
        <translation>A programme&apos;s progress against its target up to a date, by unit (added up the tree) and by phase; a whole year or a quarter; by emulation cluster. Drafts, withdrawn initiatives and duplicates are not counted.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>chương trình (mặc định: chương trình đang diễn ra, nếu không thì gần nhất)</source>
        <translation>the programme (default: the one running now, otherwise the latest)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chỉ các sáng kiến đăng ký năm Y</source>
        <translation>only initiatives registered in year Y</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>chỉ các sáng kiến đăng ký trong quý</source>
        <translation>only initiatives registered in the quarter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>cluster: theo cụm thi đua (cụm dẫn đầu: nhiều sáng kiến nhất trong các đơn vị vượt chỉ tiêu của mình)</source>
        <translation>cluster: by emulation cluster (the leading cluster: the most initiatives among units over their own target)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>đến ngày (mặc định hôm nay)</source>
        <translation>up to this date (default today)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>đơn vị (mặc định đơn vị của máy này)</source>
        <translation>the unit (default this computer&apos;s unit)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>số cấp đơn vị con trong bảng (mặc định 1; JSON luôn có cả cây)</source>
        <translation>how many levels of units below to show in the table (default 1; JSON always has the whole tree)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Cơ sở dữ liệu chưa được khởi tạo cho đơn vị nào: chạy &apos;sangkien init --unit CODE&apos; hoặc chỉ rõ --unit.</source>
        <translation>The database is not set up for any unit: run &apos;sangkien init --unit CODE&apos; or give --unit.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cụm thi đua</source>
        <translation>Emulation cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <comment>số đơn vị của cụm</comment>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(chưa xếp cụm)</source>
        <translation>(no cluster)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Vượt CT</source>
        <translation>Over</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+56"/>
        <source>Đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Của ĐV vượt</source>
        <translation>By units over</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>* cụm dẫn đầu: nhiều sáng kiến nhất trong các đơn vị vượt chỉ tiêu của mình.</source>
        <translation>* the leading cluster: the most initiatives among units over their own target.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cả sổ đăng ký%1 (không thuộc chương trình nào).</source>
        <translation>The whole register%1 (no programme).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chương trình %1 — %2 (%3)</source>
        <translation>Programme %1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tiến độ %1 — %2, đến ngày %3: %4 / %5 (%6), đã công nhận %7</source>
        <translation>Progress of %1 — %2, up to %3: %4 / %5 (%6), recognised %7</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Công nhận</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giai đoạn</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngoài các giai đoạn</source>
        <translation>Outside the phases</translation>
    </message>
</context>
<context>
    <name>CliSync</name>
    <message>
        <location filename="../../desktop/cli/sync_commands.py" line="+40"/>
        <source>Đã nhập.</source>
        <translation>Imported.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gói này đã được nhập rồi: không thay đổi gì.</source>
        <translation>This package was imported already: nothing changed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chạy thử (--dry-run): chưa ghi gì vào cơ sở dữ liệu.</source>
        <translation>Trial run (--dry-run): nothing was written to the database.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xem trước: chưa ghi gì.</source>
        <translation>Preview: nothing was written.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mới</source>
        <translation>new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cập nhật</source>
        <translation>updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>không đổi</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cũ hơn</source>
        <translation>older</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xung đột</source>
        <translation>conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>từ chối</source>
        <translation>refused</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>máy này, các máy trao đổi gói (dấu vân tay) và các gói đã gửi/nhận</source>
        <translation>this computer, the computers it exchanges packages with (fingerprints) and the packages sent and received</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mã máy, đơn vị và dấu vân tay khóa của máy này; cấp trên và các máy cấp dưới đã ghi nhận (đã xác nhận đến đâu); 10 gói gần nhất.</source>
        <translation>This computer&apos;s node id, unit and key fingerprint; the unit above and the computers below it knows (and how far they have acknowledged); the 10 latest packages.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sau khi chỉnh lại đồng hồ máy bị sai: ghi lại các phiên bản &apos;ở tương lai&apos;</source>
        <translation>after a wrong computer clock is corrected: rewrite the versions &apos;in the future&apos;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khi đồng hồ máy này từng chạy trước (ví dụ chỉ năm 2100), các bản ghi sửa lúc đó mang phiên bản ở tương lai và gói xuất ra bị nơi nhận từ chối. Chỉnh ngày giờ của máy cho đúng trước, rồi chạy lệnh này: các phiên bản vượt quá giờ hiện tại hơn 15 phút được ghi lại như vừa sửa bây giờ, và sẽ được gửi lại trong gói xuất tới.</source>
        <translation>When this computer&apos;s clock ran ahead (showing the year 2100, say), the records changed then carry versions in the future and the packages exported are refused where they arrive. Set the computer&apos;s date and time right first, then run this command: versions more than 15 minutes ahead of now are written again as if changed just now, and are sent again in the next export package.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>người chạy, ghi vào nhật ký</source>
        <translation>who runs it, written in the log</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tạo gói khởi tạo cho máy mới của một đơn vị cấp dưới</source>
        <translation>make a setup package for a new computer of a unit below</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tạo gói khởi tạo (.skp) cho máy mới của đơn vị UNITCODE: danh mục (đơn vị, giai đoạn, lĩnh vực, chỉ tiêu), khóa công khai của máy này và mọi bản ghi của đơn vị đó đang có ở đây. Trên máy mới: sangkien --db site.db init --from TỆP.</source>
        <translation>Make a setup package (.skp) for a new computer of the unit UNITCODE: the reference lists (units, phases, fields, targets), this computer&apos;s public key and every record of that unit held here. On the new computer: sangkien --db site.db init --from FILE.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>xuất gói đồng bộ cho cấp trên hoặc một đơn vị cấp dưới</source>
        <translation>export a sync package for the unit above or a unit below</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xuất mọi thay đổi thuộc phạm vi của nơi nhận mà nơi đó chưa xác nhận đã nhận (--full: mọi bản ghi trong phạm vi). Lên cấp trên: bản ghi của đơn vị này và các đơn vị cấp dưới. Xuống cấp dưới: danh mục, quyết định, xét duyệt, chứng nhận của đơn vị đó.</source>
        <translation>Export every change within the receiver&apos;s scope that it has not acknowledged yet (--full: every record in the scope). Up to the unit above: the records of this unit and the units below it. Down to a unit below: the reference lists, decisions, reviews and certificates of that unit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mã đơn vị nơi nhận</source>
        <translation>the receiving unit&apos;s code</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>xuất toàn bộ, không chỉ phần mới</source>
        <translation>export everything, not only what is new</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mã hóa cho nơi nhận (mất USB không lộ dữ liệu)</source>
        <translation>encrypt for the receiver (a lost USB stick gives nothing away)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nhập gói đồng bộ (tệp hoặc thư mục), có xem trước</source>
        <translation>import sync packages (a file or a folder), with a preview</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kiểm tra từng gói (chữ ký, mã băm, từng bản ghi), sao lưu, rồi nhập trong một giao dịch. Thư mục: nhập từng gói .skp; gói hỏng được báo tên, các gói khác vẫn nhập. Bản ghi vượt quyền máy gửi hoặc sai quy tắc (tỷ lệ tác giả, ngày, trạng thái...) bị từ chối và được liệt kê theo số đăng ký, trường và lý do; phần còn lại vẫn nhập, và nhập lại gói sau này không hại gì. Mã thoát: 0 = đã nhập hết (hoặc đã nhập từ trước); 3 = đã nhập nhưng có bản ghi bị từ chối (xem danh sách hoặc --json: refusals); 1 = có gói bị từ chối cả gói (hỏng, sai chữ ký, đồng hồ máy gửi chạy trước quá xa...), không ghi gì từ gói đó; 2 = gõ lệnh sai.</source>
        <translation>Check each package (signature, hashes, every record), back up, then import it in one transaction. A folder: each .skp package in it is imported; a damaged package is named and the others are still imported. Records beyond the sender&apos;s authority or against the rules (authors&apos; shares, dates, status...) are refused and listed by registration number, field and reason; the rest is still imported, and importing the package again later does no harm. Exit status: 0 = all imported (or imported before); 3 = imported, but some records were refused (see the list, or --json: refusals); 1 = a whole package was refused (damaged, a wrong signature, the sender&apos;s clock far ahead...) and nothing from it was written; 2 = the command was mistyped.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>chỉ xem trước, không ghi gì</source>
        <translation>only preview, write nothing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tin cậy máy gửi mới (sau khi đã đối chiếu dấu vân tay khóa với nơi gửi)</source>
        <translation>trust a new sending computer (after checking its key fingerprint with the sender)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>người nhập, ghi vào nhật ký</source>
        <translation>who imports, written in the log</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>các sửa đổi đồng thời: xem, so sánh, đảo lại</source>
        <translation>simultaneous edits: show, compare, reverse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Khi hai nơi cùng sửa một trường, giá trị có phiên bản mới hơn được giữ; giá trị kia được lưu ở đây để so sánh và đảo lại nếu cần.</source>
        <translation>When two places change the same field, the value with the newer version is kept; the other is stored here, to compare and reverse if needed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>các xung đột chưa xử lý</source>
        <translation>the conflicts not yet dealt with</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cả các xung đột đã xử lý</source>
        <translation>the conflicts already dealt with too</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>so sánh hai giá trị của một xung đột</source>
        <translation>compare the two values of a conflict</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>giữ giá trị đang có hoặc lấy lại giá trị kia</source>
        <translation>keep the current value or take back the other</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>người xử lý, ghi vào nhật ký</source>
        <translation>who deals with it, written in the log</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+159"/>
        <source>Cảnh báo: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-143"/>
        <source>Đã ghi lại phiên bản của %n bản ghi theo giờ hiện tại của máy. Hãy xuất gói mới cho cấp trên: các thay đổi này sẽ được gửi lại.</source>
        <translation>
            <numerusform>Rewrote the version of %n record by the computer&apos;s current time. Export a new package for the unit above: these changes will be sent again.</numerusform>
            <numerusform>Rewrote the versions of %n records by the computer&apos;s current time. Export a new package for the unit above: these changes will be sent again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không có bản ghi nào mang phiên bản ở tương lai: không cần sửa.</source>
        <translation>No record carries a version in the future: nothing to repair.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Đang ghi</source>
        <translation>Writing</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Đã tạo gói khởi tạo cho %1: %2 (%n bản ghi, %3).</source>
        <translation>
            <numerusform>Made the setup package for %1: %2 (%n record, %3).</numerusform>
            <numerusform>Made the setup package for %1: %2 (%n records, %3).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dấu vân tay khóa của máy này: %1</source>
        <translation>This computer&apos;s key fingerprint: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trên máy mới của %1: sangkien --db TỆP.db init --from %2 — rồi đối chiếu dấu vân tay trên.</source>
        <translation>On the new computer of %1: sangkien --db FILE.db init --from %2 — then check the fingerprint above.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Đang xuất</source>
        <translation>Exporting</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>tệp %1</source>
        <translation>files %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>không có thay đổi mới</source>
        <translation>no new changes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, đã mã hóa</source>
        <translation>, encrypted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đã xuất gói (toàn bộ) lên cấp trên cho %1: %2 (%3%4).</source>
        <translation>Exported a package (everything) up to %1: %2 (%3%4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã xuất gói lên cấp trên cho %1: %2 (%3%4).</source>
        <translation>Exported a package up to %1: %2 (%3%4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã xuất gói (toàn bộ) xuống cấp dưới cho %1: %2 (%3%4).</source>
        <translation>Exported a package (everything) down to %1: %2 (%3%4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã xuất gói xuống cấp dưới cho %1: %2 (%3%4).</source>
        <translation>Exported a package down to %1: %2 (%3%4).</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n bản ghi: %1.</source>
        <translation>
            <numerusform>%n record: %1.</numerusform>
            <numerusform>%n records: %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Không có gói .skp nào trong các đường dẫn đã cho.</source>
        <translation>There is no .skp package in the paths given.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đang nhập</source>
        <translation>Importing</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Gói %1: BỊ TỪ CHỐI.</source>
        <translation>Package %1: REFUSED.</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Đã nhập phần còn lại; %n bản ghi bị từ chối (liệt kê ở trên) không được ghi. Báo nơi gửi sửa rồi xuất lại.</source>
        <translation>
            <numerusform>Imported the rest; %n refused record (listed above) was not written. Ask the sender to correct it and export again.</numerusform>
            <numerusform>Imported the rest; %n refused records (listed above) were not written. Ask the sender to correct them and export again.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Bản sao lưu trước khi nhập: %1</source>
        <translation>Backup made before the import: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gói %1: từ cấp trên %2, tạo lúc %3</source>
        <translation>Package %1: from the unit above, %2, made at %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gói %1: từ cấp dưới %2, tạo lúc %3</source>
        <translation>Package %1: from the unit below, %2, made at %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, toàn bộ</source>
        <translation>, everything</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, MÁY MỚI được tin cậy (dấu vân tay %1)</source>
        <translation>, a NEW COMPUTER now trusted (fingerprint %1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>bảng</source>
        <translation>table</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>Từ chối %n bản ghi:</source>
        <translation>
            <numerusform>Refused %n record:</numerusform>
            <numerusform>Refused %n records:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, trường %1</source>
        <translation>, field %1</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>… và %n bản ghi nữa (xem --json).</source>
        <translation>
            <numerusform>… and %n more record (see --json).</numerusform>
            <numerusform>… and %n more records (see --json).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trạng thái tính lại theo quyết định xét duyệt đang có ở đây:</source>
        <translation>Statuses worked out again from the review decisions held here:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yêu cầu rút sáng kiến đã có quyết định (giữ quyết định; xem và trả lời bằng &apos;sangkien conflicts list&apos;):</source>
        <translation>Requests to withdraw initiatives that have a decision (the decision is kept; see and answer them with &apos;sangkien conflicts list&apos;):</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n xung đột (sửa đồng thời; xem &apos;sangkien conflicts list&apos;):</source>
        <translation>
            <numerusform>%n conflict (simultaneous edits; see &apos;sangkien conflicts list&apos;):</numerusform>
            <numerusform>%n conflicts (simultaneous edits; see &apos;sangkien conflicts list&apos;):</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 %2, trường %3: giữ %4, thay %5</source>
        <translation>%1 %2, field %3: kept %4, replaced %5</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Không có xung đột nào cần xem.</source>
        <translation>There are no conflicts to look at.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2 — %3: giữ %4 (%5), thay %6 (%7)</source>
        <translation>%1 %2 — %3: kept %4 (%5), replaced %6 (%7)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>sửa tại %1, %2 UTC</source>
        <translation>changed at %1, %2 UTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã xử lý: %1 lúc %2</source>
        <translation>Dealt with: %1 at %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa xử lý: sangkien conflicts resolve %1 --keep kept (giữ) | --keep lost (lấy lại giá trị bị thay)</source>
        <translation>Not dealt with yet: sangkien conflicts resolve %1 --keep kept (keep) | --keep lost (take back the replaced value)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Xung đột %1: %2 %3, trường %4</source>
        <translation>Conflict %1: %2 %3, field %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đang giữ (kept):</source>
        <translation>Kept:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bị thay (lost):</source>
        <translation>Replaced (lost):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiện tại:</source>
        <translation>Now:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phát hiện %1 khi nhập gói %2</source>
        <translation>Found %1 while importing package %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Đã lấy lại giá trị %1 cho %2 (%3); lần xuất gói sau sẽ mang thay đổi này đi.</source>
        <translation>Took back the value %1 for %2 (%3); the next export package will carry this change.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã giữ giá trị %1 cho %2 (%3).</source>
        <translation>Kept the value %1 for %2 (%3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Máy này: %1, mã máy %2</source>
        <translation>This computer: %1, node id %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dấu vân tay khóa: %1</source>
        <translation>Key fingerprint: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cấp trên</source>
        <translation>above</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cấp dưới</source>
        <translation>below</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>đã thay (cũ)</source>
        <translation>replaced (old)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>đã xác nhận đến #%1, đã nhận đến #%2</source>
        <translation>acknowledged up to #%1, received up to #%2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>, chờ gửi ≤ %n thay đổi</source>
        <translation>
            <numerusform>, ≤ %n change waiting to be sent</numerusform>
            <numerusform>, ≤ %n changes waiting to be sent</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>qua trung gian</source>
        <translation>relayed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>trung gian, cũ</source>
        <translation>relayed, old</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gói gần đây:</source>
        <translation>Recent packages:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>→ gửi</source>
        <translation>→ sent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>← nhận</source>
        <translation>← received</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(khởi tạo)</source>
        <translation>(setup)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../desktop/dialogs/conflict_dialog.py" line="+38"/>
        <source>Xung đột số %1</source>
        <translation>Conflict no. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang giữ (bản sửa mới hơn)</source>
        <translation>Kept (the newer edit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bị thay</source>
        <translation>Replaced</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 %2 — trường «%3».
Hai nơi cùng sửa trường này mà chưa thấy bản sửa của nhau. SángKiến giữ bản sửa mới hơn và lưu bản kia ở đây để bạn so sánh; nếu bản bị thay mới đúng, bấm «Lấy lại giá trị bị thay»: lần gửi gói sau sẽ mang nó đi khắp nơi.</source>
        <translation>%1 %2 — field «%3».
Two places edited this field without seeing each other&apos;s edit. SángKiến keeps the newer edit and saves the other one here for you to compare; if the replaced one is right, click «Restore replaced value»: the next package sent will carry it everywhere.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã xử lý lúc %1: %2.</source>
        <translation>Resolved at %1: %2.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sửa tại %1, lúc %2</source>
        <translation>Edited at %1, at %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Giữ giá trị đang có</source>
        <translation>Keep the current value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lấy lại giá trị bị thay</source>
        <translation>Restore replaced value</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>ConflictsPanel</name>
    <message>
        <location filename="../../desktop/views/sync_conflicts.py" line="+43"/>
        <source>Không có xung đột nào chờ xử lý. Khi một gói mang đến thay đổi của một trường mà ở đây cũng đã sửa, giá trị bị thay sẽ hiện ở đây để bạn so sánh và lấy lại nếu cần.</source>
        <translation>No conflicts waiting. When a package brings a change to a field that was also changed here, the value replaced is listed here for you to compare and take back if needed.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Hiện cả các xung đột đã xử lý</source>
        <translation>Also show resolved conflicts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>So sánh và xử lý…</source>
        <translation>Compare and resolve…</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Không xử lý được</source>
        <translation>Could not resolve</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xung đột số %1: đã lấy lại «%2»; lần gửi gói sau sẽ mang thay đổi này đi.</source>
        <translation>Conflict no. %1: «%2» restored; the next package sent will carry this change.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xung đột số %1: đã giữ «%2».</source>
        <translation>Conflict no. %1: «%2» kept.</translation>
    </message>
</context>
<context>
    <name>CouncilPapersDialog</name>
    <message>
        <location filename="../../desktop/dialogs/council_papers_dialog.py" line="+32"/>
        <source>Giấy tờ Hội đồng sáng kiến</source>
        <translation>Initiative council papers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Phiếu chấm điểm (mỗi thành viên một trang)</source>
        <translation>Scoring sheets (one page per member)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Biên bản họp Hội đồng</source>
        <translation>Minutes of the council&apos;s meeting</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Danh sách kèm quyết định công nhận</source>
        <translation>List attached to a recognition decision</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số đăng ký, cách nhau bởi dấu phẩy</source>
        <translation>Registration numbers, separated by commas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(chọn ngày)</source>
        <translation>(choose a date)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hội đồng sáng kiến …</source>
        <translation>Initiative council …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mỗi dòng một thành viên: Họ tên - chức vụ</source>
        <translation>One member per line: Full name - role</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giấy tờ:</source>
        <translation>Paper:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sáng kiến:</source>
        <translation>Initiatives:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày họp:</source>
        <translation>Meeting date:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số quyết định:</source>
        <translation>Decision number:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội đồng:</source>
        <translation>Council:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thành viên:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu…</source>
        <translation>Save…</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Không có kết quả xét duyệt nào trong ngày này.</source>
        <translation>No review was recorded on this date.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Không có sáng kiến nào được công nhận theo quyết định này.</source>
        <translation>No initiative was recognised by this decision.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="+188"/>
        <source>Chương trình:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Số liệu đến ngày:</source>
        <translation>Figures as of:</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+228"/>
        <source>đang tính…</source>
        <translation>counting…</translation>
    </message>
    <message>
        <location line="-146"/>
        <source>Hôm nay</source>
        <translation>Today</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sơ kết %1</source>
        <translation>Interim review %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hết %1</source>
        <translation>End of %1</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 — sáng kiến đã công nhận so với chỉ tiêu, đến ngày %2</source>
        <translation>%1 — initiatives recognised against target, as of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã đăng ký: %1</source>
        <translation>Registered: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — sáng kiến đã đăng ký so với chỉ tiêu, đến ngày %2</source>
        <translation>%1 — initiatives registered against target, as of %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã công nhận: %1</source>
        <translation>Recognised: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 không có đơn vị trực thuộc: tiến độ của đơn vị là các số ở trên.</source>
        <translation>%1 has no units under it: its progress is the figures above.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chỉ tiêu của %1 trong chương trình này: %2 sáng kiến.</source>
        <translation>Target of %1 in this programme: %2 initiatives.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa có chỉ tiêu cho %1 trong chương trình này: chỉ tiêu do cấp trên giao và đến máy này trong gói đồng bộ (trang Đồng bộ → Nhập từ tệp…).</source>
        <translation>No target for %1 in this programme yet: targets are set by the level above and reach this PC in a sync package (Sync page → Import from files…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nhập sáng kiến đầu tiên: trang &lt;b&gt;Sáng kiến&lt;/b&gt; → &lt;b&gt;Sáng kiến mới&lt;/b&gt; (Ctrl+N).</source>
        <translation>Register the first initiative: &lt;b&gt;Initiatives&lt;/b&gt; page → &lt;b&gt;New initiative&lt;/b&gt; (Ctrl+N).</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Gửi lên cấp trên: trang &lt;b&gt;Đồng bộ&lt;/b&gt; → &lt;b&gt;Xuất gói…&lt;/b&gt;, mang tệp .skp theo USB.</source>
        <translation>Send to the level above: &lt;b&gt;Sync&lt;/b&gt; page → &lt;b&gt;Export package…&lt;/b&gt;, carry the .skp file on a USB stick.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhận chỉ tiêu, quyết định và số giấy chứng nhận: trang &lt;b&gt;Đồng bộ&lt;/b&gt; → &lt;b&gt;Nhập từ tệp…&lt;/b&gt; gói của cấp trên.</source>
        <translation>Receive targets, decisions and certificate numbers: &lt;b&gt;Sync&lt;/b&gt; page → &lt;b&gt;Import from files…&lt;/b&gt; the package from the level above.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Việc tiếp theo:</source>
        <translation>What to do next:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có sáng kiến nào được đăng ký đến ngày %1.</source>
        <translation>No initiative registered yet as of %1.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Cài máy cho các đơn vị cấp dưới: trang &lt;b&gt;Đơn vị &amp;amp; chỉ tiêu&lt;/b&gt; → chọn đơn vị → &lt;b&gt;Tạo gói khởi tạo…&lt;/b&gt;, mang tệp theo USB.</source>
        <translation>Set up the PCs of the units below: page &lt;b&gt;Units &amp;amp; targets&lt;/b&gt; → choose the unit → &lt;b&gt;Make setup package…&lt;/b&gt;, and take the file on a USB stick.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nhận sáng kiến của các đơn vị cấp dưới: trang &lt;b&gt;Đồng bộ&lt;/b&gt; → &lt;b&gt;Nhập từ tệp…&lt;/b&gt; hoặc &lt;b&gt;Nhập cả thư mục…&lt;/b&gt; các gói của họ.</source>
        <translation>Gather the initiatives of the units below: page &lt;b&gt;Sync&lt;/b&gt; → &lt;b&gt;Import from files…&lt;/b&gt; or &lt;b&gt;Import a whole folder…&lt;/b&gt; with their packages.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tiến độ các đơn vị trực thuộc %1</source>
        <translation>Progress of the units under %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đã công nhận và chỉ tiêu theo đơn vị, đến ngày %1</source>
        <translation>Recognised and target by unit, as of %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã đăng ký và chỉ tiêu theo đơn vị, đến ngày %1</source>
        <translation>Registered and target by unit, as of %1</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <location filename="../../desktop/widgets/date_edit.py" line="+42"/>
        <source>ngày/tháng/năm</source>
        <translation>dd/mm/yyyy</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chọn ngày trên lịch</source>
        <translation>Pick the date on a calendar</translation>
    </message>
</context>
<context>
    <name>DayCount</name>
    <message numerus="yes">
        <location filename="../../desktop/views/backups_page.py" line="-389"/>
        <source>%Ln ngày trước</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DbMessages</name>
    <message>
        <location filename="../../db/messages.py" line="+205"/>
        <source>{term}</source>
        <comment>term</comment>
        <translation>{term}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n năm</source>
        <comment>duration.years</comment>
        <translation>
            <numerusform>%n year</numerusform>
            <numerusform>%n years</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n ngày</source>
        <comment>duration.days</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n giờ</source>
        <comment>duration.hours</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n phút</source>
        <comment>duration.minutes</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Ổ đĩa đã đầy: không ghi được {path}. Hãy xóa bớt tệp hoặc chọn ổ khác rồi thử lại; dữ liệu đã lưu không bị mất.</source>
        <comment>storage.disk_full</comment>
        <translation>The disk is full: {path} could not be written. Delete some files or choose another drive and try again; nothing saved was lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã hết hạn mức dung lượng: không ghi được {path}. Hãy xóa bớt tệp hoặc chọn ổ khác rồi thử lại; dữ liệu đã lưu không bị mất.</source>
        <comment>storage.quota</comment>
        <translation>The disk quota is used up: {path} could not be written. Delete some files or choose another drive and try again; nothing saved was lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ổ đĩa chỉ cho phép đọc (USB bị khóa ghi?): không ghi được {path}. Hãy gạt khóa ghi trên USB hoặc chọn ổ khác; dữ liệu đã lưu không bị mất.</source>
        <comment>storage.read_only</comment>
        <translation>The drive is read-only (a write-protected USB stick?): {path} could not be written. Slide the stick&apos;s lock off or choose another drive; nothing saved was lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không có quyền ghi {path}. Hãy chọn một thư mục khác (ví dụ Tài liệu) hoặc hỏi người quản trị máy.</source>
        <comment>storage.no_permission</comment>
        <translation>You may not write {path}. Choose another folder (Documents, for example) or ask the computer&apos;s administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không được phép ghi {path}. Hãy chọn một thư mục khác.</source>
        <comment>storage.not_permitted</comment>
        <translation>Writing {path} is not permitted. Choose another folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không ghi đè được {path}: tệp đang mở trong chương trình khác (Excel, Word, trình đọc PDF?) hoặc chỉ cho đọc. Đóng tệp đó rồi lưu lại, hoặc chọn tên khác.</source>
        <comment>storage.file_in_use</comment>
        <translation>Cannot overwrite {path}: it is open in another program (Excel, Word, a PDF reader?) or read-only. Close it and save again, or choose another name.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không tìm thấy thư mục của {path} (USB đã bị rút?). Hãy cắm lại hoặc chọn nơi khác.</source>
        <comment>storage.no_folder</comment>
        <translation>The folder of {path} is not there (was the USB stick pulled out?). Plug it in again or choose another place.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ổ đĩa báo lỗi đọc/ghi khi ghi {path} ({reason}). Hãy kiểm tra ổ đĩa hoặc chọn nơi khác rồi thử lại; dữ liệu đã lưu không bị mất.</source>
        <comment>storage.io_error</comment>
        <translation>The drive reported a read/write error while writing {path} ({reason}). Check the drive or choose another place and try again; nothing saved was lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp {path} quá lớn cho ổ đĩa này (USB định dạng FAT32 chỉ nhận tệp dưới 4 GB). Hãy chọn ổ khác.</source>
        <comment>storage.too_large</comment>
        <translation>The file {path} is too large for this drive (a FAT32 USB stick takes files under 4 GB only). Choose another drive.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lỗi đọc/ghi thiết bị khi ghi {path} (USB hỏng hoặc bị rút giữa chừng?). Hãy thử ổ khác; dữ liệu đã lưu không bị mất.</source>
        <comment>storage.removable_io_error</comment>
        <translation>A device read/write error while writing {path} (a faulty USB stick, or pulled out midway?). Try another drive; nothing saved was lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không ghi được {path}: {reason}. Dữ liệu đã lưu không bị mất.</source>
        <comment>storage.other</comment>
        <translation>{path} could not be written: {reason}. Nothing saved was lost.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không tìm thấy cơ sở dữ liệu {path}. Hãy tạo bằng lệnh &apos;init&apos; hoặc &apos;demo&apos;, hoặc chỉ đúng tệp bằng --db.</source>
        <comment>open.not_found</comment>
        <translation>The database {path} was not found. Create one with &apos;init&apos; or &apos;demo&apos;, or name the right file with --db.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp {path} rỗng (0 byte): có lẽ là một lần chép bị lỗi hoặc chưa xong, không phải một sổ đăng ký trống. Không thay đổi gì. {offer}</source>
        <comment>open.empty_file</comment>
        <translation>The file {path} is empty (0 bytes): probably a failed or unfinished copy, not an empty register. Nothing was changed. {offer}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp {path} là cơ sở dữ liệu SQLite trống, chưa khởi tạo cho SángKiến. Không thay đổi gì. Hãy khởi tạo bằng &apos;sangkien --db TỆP init --unit MÃ&apos; hoặc chỉ đúng tệp bằng --db.</source>
        <comment>open.blank_sqlite</comment>
        <translation>The file {path} is an empty SQLite database, not set up for SángKiến. Nothing was changed. Set it up with &apos;sangkien --db FILE init --unit CODE&apos; or name the right file with --db.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp {path} không phải cơ sở dữ liệu SángKiến (không phải SQLite, hoặc đã hỏng hoàn toàn). Không thay đổi gì. Hãy chỉ đúng tệp bằng --db, hoặc khôi phục một bản sao lưu.</source>
        <comment>open.not_sqlite</comment>
        <translation>The file {path} is not a SángKiến database (not SQLite, or damaged beyond repair). Nothing was changed. Name the right file with --db, or restore a backup.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp {path} không phải cơ sở dữ liệu SángKiến (hoặc đã hỏng hoàn toàn). Hãy chỉ đúng tệp bằng --db, hoặc khôi phục một bản sao lưu.</source>
        <comment>open.not_a_database</comment>
        <translation>The file {path} is not a SángKiến database (or is damaged beyond repair). Name the right file with --db, or restore a backup.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cơ sở dữ liệu {name} bị hỏng tới mức không đọc được ({detail}). Không thay đổi gì. {offer}</source>
        <comment>open.unreadable</comment>
        <translation>The database {name} is too damaged to read ({detail}). Nothing was changed. {offer}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp {path} là cơ sở dữ liệu SQLite của một chương trình khác, không phải của SángKiến. Không thay đổi gì trong tệp. Hãy chỉ đúng tệp bằng --db.</source>
        <comment>open.foreign</comment>
        <translation>The file {path} is another program&apos;s SQLite database, not SángKiến&apos;s. Nothing in it was changed. Name the right file with --db.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp {path} là cơ sở dữ liệu của một chương trình khác, không phải của SángKiến. Không thay đổi gì trong tệp. Hãy mở một tệp khác, hoặc tạo cơ sở dữ liệu mới.</source>
        <comment>open.foreign_window</comment>
        <translation>The file {path} is another program&apos;s database, not SángKiến&apos;s. Nothing in it was changed. Open another file, or create a new database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp {path} không phải cơ sở dữ liệu SángKiến (hoặc đã hỏng hoàn toàn). Không thay đổi gì trong tệp. Hãy mở một tệp khác, tạo cơ sở dữ liệu mới, hoặc khôi phục một bản sao lưu.</source>
        <comment>open.not_ours_window</comment>
        <translation>The file {path} is not a SángKiến database (or is damaged beyond reading). Nothing in it was changed. Open another file, create a new database, or restore a backup.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cơ sở dữ liệu {name} được tạo bằng SángKiến phiên bản {wanted} (cấu trúc dữ liệu {revision}), mới hơn phiên bản {running} đang chạy. Hãy cập nhật SángKiến lên phiên bản {wanted} trở lên rồi mở lại; tệp không bị thay đổi.</source>
        <comment>open.newer</comment>
        <translation>The database {name} was made by SángKiến version {wanted} (data structure {revision}), newer than the running version {running}. Update SángKiến to version {wanted} or later and open it again; the file was not changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>mới hơn</source>
        <comment>open.newer_version</comment>
        <translation>a newer one</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bản sao lưu tốt gần nhất: {backup} ({made}); khôi phục bằng lệnh &apos;sangkien restore &quot;{path}&quot;&apos;.</source>
        <comment>open.backup_offer</comment>
        <translation>The latest good backup: {backup} ({made}); restore it with &apos;sangkien restore &quot;{path}&quot;&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Hãy chép lại tệp từ nơi đã chép.</source>
        <comment>open.copy_again</comment>
        <translation>Copy the file again from where it came from.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ sở dữ liệu {name} nằm trên ổ chỉ đọc (USB bị khóa ghi, đĩa CD hoặc thư mục không có quyền ghi): đã mở ở chế độ chỉ đọc, xem được nhưng không sửa được. Hãy chép tệp vào máy hoặc gạt khóa ghi để sửa.</source>
        <comment>open.read_only_medium</comment>
        <translation>The database {name} is on a read-only drive (a write-protected USB stick, a CD or a folder you may not write to): it was opened read-only, to look at but not to change. Copy the file to this PC or slide the stick&apos;s lock off to edit.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cơ sở dữ liệu {name} bị hỏng ({problem}); đã mở ở chế độ chỉ đọc để không làm hỏng thêm. {offer}</source>
        <comment>open.damaged_read_only</comment>
        <translation>The database {name} is damaged ({problem}); it was opened read-only so as not to damage it further. {offer}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Bản sao lưu tốt gần nhất: {backup} ({made}, %n sáng kiến). Khôi phục ở trang Sao lưu hoặc bằng lệnh &apos;sangkien restore &quot;{path}&quot;&apos;.</source>
        <comment>open.damaged_backup_offer</comment>
        <translation>
            <numerusform>The latest good backup: {backup} ({made}, %n initiative). Restore it on the Backups page or with &apos;sangkien restore &quot;{path}&quot;&apos;.</numerusform>
            <numerusform>The latest good backup: {backup} ({made}, %n initiatives). Restore it on the Backups page or with &apos;sangkien restore &quot;{path}&quot;&apos;.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không có bản sao lưu tốt nào trong thư mục backups: hãy gọi người hỗ trợ, đừng xóa tệp này.</source>
        <comment>open.damaged_no_backup</comment>
        <translation>There is no good backup in the backups folder: call for support, and do not delete this file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reason} Cơ sở dữ liệu cần nâng cấp nên chưa mở được.</source>
        <comment>open.cannot_upgrade</comment>
        <translation>{reason} The database needs upgrading, so it was not opened.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reason} Đã mở ở chế độ chỉ đọc: xem được nhưng không sửa được.</source>
        <comment>open.in_use_read_only</comment>
        <translation>{reason} It was opened read-only: to look at but not to change.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không tạo được tệp khóa bên cạnh cơ sở dữ liệu (ổ chỉ đọc?): chỉ đọc.</source>
        <comment>open.no_lock_file</comment>
        <translation>The lock file beside the database could not be made (a read-only drive?): read-only.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ sở dữ liệu {name} đang được mở ở một chương trình khác{who}. Hãy đóng chương trình đó rồi thử lại.</source>
        <comment>lock.in_use</comment>
        <translation>The database {name} is open in another program{who}. Close that program and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> ({program} trên máy {host})</source>
        <comment>lock.holder</comment>
        <translation> ({program} on {host})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> ({program} trên máy {host}, từ {since})</source>
        <comment>lock.holder_since</comment>
        <translation> ({program} on {host}, since {since})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ sở dữ liệu đang bận vì một chương trình khác đang ghi; đã chờ 5 giây mà chưa xong. Hãy thử lưu lại sau ít phút; dữ liệu vừa nhập chưa được lưu.</source>
        <comment>db.busy</comment>
        <translation>The database is busy: another program is writing to it and 5 seconds of waiting were not enough. Try saving again in a few minutes; what you just entered is not saved yet.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ổ đĩa đã đầy nên chưa lưu được. Hãy xóa bớt tệp trên ổ đĩa rồi lưu lại; dữ liệu đã lưu trước đó không bị mất.</source>
        <comment>db.disk_full</comment>
        <translation>The disk is full, so nothing was saved. Delete some files on the drive and save again; what was saved before is not lost.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cơ sở dữ liệu đang ở chế độ chỉ đọc (ổ chỉ đọc, không có quyền ghi hoặc đang mở ở chương trình khác) nên không lưu được.</source>
        <comment>db.read_only</comment>
        <translation>The database is read-only (a read-only drive, no permission to write, or open in another program), so nothing could be saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lỗi đọc/ghi ổ đĩa khi lưu; thay đổi chưa được lưu. Hãy kiểm tra ổ đĩa rồi chạy &apos;sangkien check&apos;.</source>
        <comment>db.io_error</comment>
        <translation>A disk read/write error while saving; the change was not saved. Check the drive, then run &apos;sangkien check&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cơ sở dữ liệu bị hỏng. Hãy đóng SángKiến và khôi phục bản sao lưu tốt gần nhất (trang Sao lưu, hoặc &apos;sangkien backups&apos;).</source>
        <comment>db.damaged</comment>
        <translation>The database is damaged. Close SángKiến and restore the latest good backup (the Backups page, or &apos;sangkien backups&apos;).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp nhật ký ghi ({name}-wal) của cơ sở dữ liệu đã bị một chương trình khác xóa trong khi SángKiến đang mở nó, nên thay đổi vừa rồi chưa được lưu. Hãy đóng SángKiến, mở lại rồi làm lại thao tác; sau đó chạy &apos;sangkien check&apos;.</source>
        <comment>db.wal_removed</comment>
        <translation>The database&apos;s write-ahead log ({name}-wal) was removed by another program while SángKiến had it open, so the last change was not saved. Close SángKiến, open it again and redo the action; then run &apos;sangkien check&apos;.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Không sao lưu được {source} sang {path}: SQLite báo «{error}». Hãy đóng các chương trình đang mở cơ sở dữ liệu, chạy &apos;sangkien check&apos; rồi thử lại; dữ liệu đã lưu không bị thay đổi.</source>
        <comment>backup.sqlite_failed</comment>
        <translation>{source} could not be backed up to {path}: SQLite said «{error}». Close the programs that have the database open, run &apos;sangkien check&apos; and try again; nothing saved was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không tìm thấy cơ sở dữ liệu {path}.</source>
        <comment>backup.no_database</comment>
        <translation>The database {path} was not found.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ sở dữ liệu {name} bị hỏng nên không sao lưu đè lên các bản sao lưu tốt. Hãy khôi phục bản sao lưu tốt gần nhất (trang Sao lưu, hoặc &apos;sangkien backups&apos; rồi &apos;sangkien restore TỆP&apos;).</source>
        <comment>backup.damaged_source</comment>
        <translation>The database {name} is damaged, so it is not backed up over the good backups. Restore the latest good backup (the Backups page, or &apos;sangkien backups&apos; then &apos;sangkien restore FILE&apos;).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không khôi phục được từ {name}: {why}</source>
        <comment>restore.refused</comment>
        <translation>{name} could not be restored: {why}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không tìm thấy tệp {path}. Hãy chọn lại tệp sao lưu.</source>
        <comment>restore.not_found</comment>
        <translation>The file {path} was not found. Choose the backup file again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tệp này không phải bản sao lưu SángKiến (không phải cơ sở dữ liệu).</source>
        <comment>restore.not_a_database</comment>
        <translation>this file is not a SángKiến backup (it is not a database).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tệp bị hỏng ({error}).</source>
        <comment>restore.damaged</comment>
        <translation>the file is damaged ({error}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tệp này không phải cơ sở dữ liệu SángKiến.</source>
        <comment>restore.not_sangkien</comment>
        <translation>this file is not a SángKiến database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bản sao lưu bị hỏng ({problem}). Hãy chọn bản cũ hơn.</source>
        <comment>restore.backup_damaged</comment>
        <translation>the backup is damaged ({problem}). Choose an older one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bản sao lưu do phiên bản SángKiến mới hơn tạo ra. Hãy cập nhật SángKiến.</source>
        <comment>restore.newer</comment>
        <translation>the backup was made by a newer version of SángKiến. Update SángKiến.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tệp bị hỏng hoặc không đọc được ({error}).</source>
        <comment>restore.unreadable</comment>
        <translation>the file is damaged or cannot be read ({error}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bản sao lưu thuộc một máy/đơn vị khác ({unit}). Khôi phục nó sẽ làm hai máy trùng danh tính đồng bộ. Nếu chắc chắn, dùng --other-node.</source>
        <comment>restore.other_node</comment>
        <translation>the backup belongs to another PC or unit ({unit}). Restoring it would give two PCs the same sync identity. If you are sure, use --other-node.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{error}</source>
        <comment>restore.other</comment>
        <translation>{error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không khôi phục được: {error}. Cơ sở dữ liệu không đổi.</source>
        <comment>restore.failed</comment>
        <translation>The restore failed: {error}. The database was not changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bảng {table} không có rowid: không ghi nhật ký hoàn tác được.</source>
        <comment>journal.without_rowid</comment>
        <translation>The table {table} has no rowid: no undo journal can be kept.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} là nhật ký hoàn tác của một máy khác; không dùng được ở đây.</source>
        <comment>journal.other_node</comment>
        <translation>{name} is the undo journal of another PC; it cannot be used here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gói của {name} chưa từng được nhập vào cơ sở dữ liệu này (lần nhập đã bị huỷ): dữ liệu vẫn như trước khi nhập, không cần khôi phục.</source>
        <comment>journal.never_imported</comment>
        <translation>The package of {name} was never imported into this database (the import was cancelled): the data is as it was before, there is nothing to restore.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cơ sở dữ liệu đã thay đổi sau lần nhập của {name}, nên bản này không đưa nó về đúng trạng thái trước khi nhập. Hãy khôi phục các bản sau nó trước (mới nhất trước), hoặc một bản sao lưu đầy đủ.</source>
        <comment>journal.changed_since</comment>
        <translation>The database has changed since the import of {name}, so this copy would not bring it back to how it was before that import. Restore the later ones first (newest first), or a full backup.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Không tìm thấy tệp gói {path}.</source>
        <comment>sync.file_not_found</comment>
        <translation>The package file {path} was not found.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp {name} không phải gói đồng bộ SángKiến (không đọc được dạng zip). Hãy chọn đúng tệp .skp mà đơn vị gửi đến, hoặc xin họ xuất lại.</source>
        <comment>sync.not_a_package</comment>
        <translation>The file {name} is not a SángKiến package (it cannot be read as a zip). Choose the .skp file the unit sent, or ask them to export it again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gói {name} bị hỏng hoặc chưa chép hết (có thể USB bị rút khi đang chép). Hãy chép lại tệp từ nguồn hoặc xin nơi gửi xuất lại.</source>
        <comment>sync.damaged</comment>
        <translation>The package {name} is damaged or was not copied completely (perhaps the USB stick was pulled out while copying). Copy the file again or ask the sender to export it again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nội dung &apos;{member}&apos; trong gói {name} không khớp với phần mô tả đã ký: gói đã bị sửa hoặc hỏng trên đường đi. Không nhập gói này; hãy xin nơi gửi xuất lại.</source>
        <comment>sync.tampered</comment>
        <translation>The content &apos;{member}&apos; of the package {name} does not match its signed description: the package was changed or damaged on the way. It is not imported; ask the sender to export it again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gói {name} chứa {what} (&apos;{member}&apos;): gói không phải do SángKiến tạo ra hoặc đã bị sửa. Không nhập gói này; hãy xin nơi gửi xuất lại.</source>
        <comment>sync.unsafe</comment>
        <translation>The package {name} holds {what} (&apos;{member}&apos;): SángKiến did not make it, or it was changed. It is not imported; ask the sender to export it again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tên tệp nguy hiểm (đường dẫn tuyệt đối hoặc &apos;..&apos;)</source>
        <comment>sync.unsafe.path</comment>
        <translation>a dangerous file name (an absolute path or &apos;..&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Một lần nhập gói khác đang chạy trên máy chủ này: đang chờ nó xong rồi nhập tiếp.</source>
        <comment>sync.import_waiting</comment>
        <translation>Another package import is running on this server: waiting for it to finish.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>liên kết (symlink)</source>
        <comment>sync.unsafe.link</comment>
        <translation>a link (symlink)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hai tệp trùng tên</source>
        <comment>sync.unsafe.duplicate</comment>
        <translation>two files of the same name</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tệp lạ không thuộc gói</source>
        <comment>sync.unsafe.unexpected</comment>
        <translation>a file that does not belong in a package</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tệp bị mã hóa kiểu zip</source>
        <comment>sync.unsafe.encrypted</comment>
        <translation>a zip-encrypted file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>kiểu nén lạ</source>
        <comment>sync.unsafe.compression</comment>
        <translation>an unknown kind of compression</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gói {name} giải nén ra quá lớn hoặc có tỉ lệ nén bất thường (nghi là tệp độc hại kiểu &apos;zip bomb&apos;). Không nhập gói này; hãy hỏi lại nơi gửi.</source>
        <comment>sync.bomb</comment>
        <translation>The package {name} unpacks too large or is compressed abnormally (a malicious &apos;zip bomb&apos; is suspected). It is not imported; ask the sender about it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gói {name} có bản ghi không hợp lệ ở bảng {table}, dòng {line}: {detail}. Không nhập gì từ gói này; hãy báo nơi gửi kiểm tra và xuất lại.</source>
        <comment>sync.invalid_record</comment>
        <translation>The package {name} has an invalid record in table {table}, line {line}: {detail}. Nothing was imported from it; ask the sender to check and export it again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>không đọc được JSON</source>
        <comment>sync.detail.not_json</comment>
        <translation>not readable as JSON</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không phải một đối tượng JSON</source>
        <comment>sync.detail.not_an_object</comment>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không phải gói SángKiến</source>
        <comment>sync.detail.not_ours</comment>
        <translation>not a SángKiến package</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>thiếu {member}</source>
        <comment>sync.detail.missing</comment>
        <translation>{member} is missing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>khóa công khai của nơi gửi sai</source>
        <comment>sync.detail.bad_key</comment>
        <translation>the sender&apos;s public key is wrong</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gói {name} được tạo bằng SángKiến phiên bản {version}, với cấu trúc dữ liệu mới hơn phiên bản đang dùng ở đây. Hãy cập nhật SángKiến lên phiên bản {version} trở lên rồi nhập lại gói.</source>
        <comment>sync.needs_update</comment>
        <translation>The package {name} was made by SángKiến version {version}, with a newer data structure than the version here. Update SángKiến to version {version} or later and import it again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Phần mô tả (manifest.json) của gói {name} bị hỏng: {detail}. Không nhập gói này; hãy xin nơi gửi xuất lại.</source>
        <comment>sync.damaged_manifest</comment>
        <translation>The description (manifest.json) of the package {name} is damaged: {detail}. It is not imported; ask the sender to export it again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gói {name} là gói khởi tạo cho máy mới của đơn vị {unit}: hãy dùng nó trên máy mới bằng &apos;sangkien --db TỆP.db init --from {name}&apos;, không nhập vào đây.</source>
        <comment>sync.setup_package</comment>
        <translation>The package {name} is a setup package for a new PC of the unit {unit}: use it on the new PC with &apos;sangkien --db FILE.db init --from {name}&apos;, do not import it here.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gói {name} do chính máy này xuất ra; hãy gửi nó cho nơi nhận.</source>
        <comment>sync.own_package</comment>
        <translation>The package {name} was exported by this PC; send it to its destination.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gói {name} gửi cho đơn vị {to}, không phải cho đơn vị {mine} của máy này. Hãy chuyển gói đến đúng nơi.</source>
        <comment>sync.other_unit</comment>
        <translation>The package {name} is addressed to the unit {to}, not to this PC&apos;s unit {mine}. Take it to the right place.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gói {name} gửi cho một máy khác của đơn vị {mine} (có lẽ máy cũ, trước khi cài lại). Hãy gửi một gói từ máy này lên {sender} trước để nơi đó ghi nhận máy mới, rồi xin xuất lại.</source>
        <comment>sync.other_node</comment>
        <translation>The package {name} is addressed to another PC of the unit {mine} (the old one, before a reinstall?). Send a package from this PC to {sender} first so that it knows the new PC, then ask for a new export.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chữ ký của gói {name} không đúng: gói đã bị sửa sau khi xuất, hoặc không do máy của đơn vị {unit} tạo ra. Không nhập gói này; hãy xin nơi gửi xuất lại.</source>
        <comment>sync.bad_signature</comment>
        <translation>The signature of the package {name} is wrong: it was changed after export, or was not made by the PC of the unit {unit}. It is not imported; ask the sender to export it again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gói {name} mang mã máy của đơn vị {unit} nhưng được ký bằng một khóa khác với khóa đã ghi nhận: có thể là gói giả. Không nhập. Nếu máy ở {unit} đã được cài lại, hãy tạo gói khởi tạo mới bằng &apos;sangkien enroll {unit}&apos;, cài lại máy đó từ gói khởi tạo, rồi gửi gói mới.</source>
        <comment>sync.key_changed</comment>
        <translation>The package {name} carries the PC id of the unit {unit} but is signed with a key other than the one recorded: it may be forged. Not imported. If the PC at {unit} was reinstalled, make a new setup package with &apos;sangkien enroll {unit}&apos;, set that PC up from it, then send a new package.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gói {name} đến từ máy cũ của đơn vị {unit} (dấu vân tay {fingerprint}, ghi nhận từ {since}), đã được thay bằng máy mới{when} khi tạo gói khởi tạo &apos;enroll {unit}&apos;. Không nhận gói từ máy đã thay: hãy nhập dữ liệu trên máy mới và gửi gói từ máy mới. Nếu máy cũ bị mất, khóa của nó đã bị thu hồi.</source>
        <comment>sync.retired</comment>
        <translation>The package {name} comes from the old PC of the unit {unit} (fingerprint {fingerprint}, known since {since}), which was replaced by a new PC{when} when the setup package &apos;enroll {unit}&apos; was made. Packages from a replaced PC are refused: enter the data on the new PC and send its package. If the old PC was lost, its key has been revoked.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> lúc {at} (giờ UTC)</source>
        <comment>sync.retired_at</comment>
        <translation> at {at} (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gói {name} đến từ đơn vị {unit} không có trong danh mục đơn vị ở đây.</source>
        <comment>sync.unknown_sending_unit</comment>
        <translation>The package {name} comes from the unit {unit}, which is not in the unit list here.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đơn vị {unit} đã có một máy được ghi nhận (dấu vân tay {current}); gói {name} đến từ một máy khác (dấu vân tay {fingerprint}). Nếu máy ở {unit} đã được cài lại, hãy tạo gói khởi tạo mới bằng &apos;sangkien enroll {unit}&apos; tại đây, cài máy đó từ gói khởi tạo rồi gửi lại gói.</source>
        <comment>sync.another_node</comment>
        <translation>The unit {unit} already has a known PC (fingerprint {current}); the package {name} comes from another PC (fingerprint {fingerprint}). If the PC at {unit} was reinstalled, make a new setup package with &apos;sangkien enroll {unit}&apos; here, set that PC up from it and send the package again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gói {name} đến từ đơn vị {sender}, không phải đơn vị cấp trên đã ghi nhận hay một đơn vị cấp dưới của {own}: không nhận gói từ đó. Nếu đơn vị cấp trên đã cài lại máy, cần cài lại máy này từ gói khởi tạo mới của cấp trên.</source>
        <comment>sync.not_related</comment>
        <translation>The package {name} comes from the unit {sender}, neither the recorded unit above nor a unit below {own}: packages from it are refused. If the unit above reinstalled its PC, this PC must be set up again from a new setup package of the unit above.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Gói {name} đến từ một máy chưa biết của đơn vị {unit}, dấu vân tay khóa {fingerprint}. Hãy gọi điện cho đơn vị đó để đối chiếu dấu vân tay; nếu khớp, nhập lại với --trust-new-node (hoặc bấm &apos;Tin cậy&apos; trong màn hình xem trước).</source>
        <comment>sync.unknown_sender</comment>
        <translation>The package {name} comes from an unknown PC of the unit {unit}, key fingerprint {fingerprint}. Phone that unit to compare the fingerprint; if it matches, import again with --trust-new-node (or press &apos;Trust&apos; in the preview).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đồng hồ của máy gửi {sender} chạy trước máy này {ahead} (gói có phiên bản ghi lúc {when} UTC; cho phép lệch tối đa 15 phút). Không nhập gì từ gói này và không ghi nhận gói đã nhận. Tại {sender}: chỉnh lại ngày giờ của máy, chạy &apos;sangkien clock-repair&apos;, rồi xuất gói mới: mọi thay đổi sẽ được gửi lại. Nếu chính đồng hồ máy này chạy chậm, hãy chỉnh nó rồi nhập lại.</source>
        <comment>sync.clock_ahead</comment>
        <translation>The clock of the sending PC {sender} is {ahead} ahead of this one (the package has a version written at {when} UTC; at most 15 minutes are allowed). Nothing was imported from it and it is not recorded as received. At {sender}: set the PC&apos;s date and time right, run &apos;sangkien clock-repair&apos;, then export a new package: every change will be sent again. If this PC&apos;s own clock is slow, set it right and import again.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đơn vị {unit} của máy gửi không có trong danh mục đơn vị ở đây; không nhận gói.</source>
        <comment>sync.sender_unit_missing</comment>
        <translation>The sending PC&apos;s unit {unit} is not in the unit list here; the package is refused.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gói {name} mâu thuẫn với dữ liệu ở đây ({detail}); không có gì được ghi. Hãy gửi tệp gói cho bộ phận hỗ trợ.</source>
        <comment>sync.conflicts_with_data</comment>
        <translation>The package {name} contradicts the data here ({detail}); nothing was written. Send the package file to support.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gói {name} nhắc tới một đơn vị không có trong danh mục đơn vị ở đây ({where} = {value}). Có thể danh mục ở máy này cũ hơn: hãy nhập các gói từ cấp trên trước rồi nhập lại gói này, hoặc báo nơi gửi kiểm tra.</source>
        <comment>sync.unknown_unit_ref</comment>
        <translation>The package {name} names a unit that is not in the unit list here ({where} = {value}). This PC&apos;s list may be older: import the packages from the unit above first and then this one again, or ask the sender to check.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chưa có đơn vị {unit} trong danh mục đơn vị của máy này: hãy nhập gói từ cấp trên trước.</source>
        <comment>sync.own_unit_missing</comment>
        <translation>The unit {unit} is not in this PC&apos;s unit list yet: import the package from the unit above first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không có đơn vị mã &apos;{code}&apos;.</source>
        <comment>lookup.unknown_unit</comment>
        <translation>There is no unit with code &apos;{code}&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không xuất gói cho {code} được: chỉ gửi được cho đơn vị cấp trên {parent}hoặc một đơn vị cấp dưới của {own}.</source>
        <comment>sync.not_a_neighbour</comment>
        <translation>No package can be exported for {code}: packages go to the unit above {parent}or to a unit below {own}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có khóa mã hóa của {unit}: cần nhận ít nhất một gói từ máy đó trước khi gửi gói mã hóa. Hãy xuất không mã hóa lần này.</source>
        <comment>sync.no_box_key</comment>
        <translation>The encryption key of {unit} is not known yet: at least one package from that PC must come in before an encrypted one can be sent. Export without encryption this time.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chỉ tạo được gói khởi tạo cho một đơn vị cấp dưới của {own}; {code} không phải.</source>
        <comment>sync.enrol_not_below</comment>
        <translation>A setup package can be made only for a unit below {own}; {code} is not one.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp {name} không phải gói khởi tạo: hãy xin cấp trên tạo bằng &apos;sangkien enroll MÃ_ĐƠN_VỊ&apos;. Gói dữ liệu thường thì nhập bằng &apos;sangkien import&apos;.</source>
        <comment>sync.not_setup_package</comment>
        <translation>The file {name} is not a setup package: ask the unit above to make one with &apos;sangkien enroll UNIT_CODE&apos;. An ordinary data package is imported with &apos;sangkien import&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gói khởi tạo {name} bị hỏng.</source>
        <comment>sync.damaged_setup</comment>
        <translation>The setup package {name} is damaged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chữ ký của gói khởi tạo {name} không đúng: gói đã bị sửa. Hãy xin cấp trên tạo lại gói.</source>
        <comment>sync.setup_bad_signature</comment>
        <translation>The signature of the setup package {name} is wrong: it was changed. Ask the unit above to make it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ sở dữ liệu {path} đã có dữ liệu ({unit}); chỉ khởi tạo được một tệp mới. Hãy chọn tệp khác bằng --db.</source>
        <comment>sync.setup_not_empty</comment>
        <translation>The database {path} already holds data ({unit}); only a new file can be set up. Choose another file with --db.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>đơn vị</source>
        <comment>sync.some_unit</comment>
        <translation>a unit</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bản ghi này thuộc {what} {label} đã bị từ chối trong gói này (xem ở trên)</source>
        <comment>sync.belongs_to_refused</comment>
        <translation>this record belongs to a refused {what} record {label} of this package (see above)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tham chiếu tới {what} không có ở đây và không được nhận từ gói này</source>
        <comment>sync.refers_to_missing</comment>
        <translation>it refers to a {what} record that is not here and was not taken from this package</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>có thể trùng: {key} &apos;{value}&apos; đã thuộc bản ghi khác ({holder})</source>
        <comment>sync.possible_duplicate</comment>
        <translation>possible duplicate: {key} &apos;{value}&apos; already belongs to another record ({holder})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>của sáng kiến {reg_no}</source>
        <comment>sync.label.of_initiative</comment>
        <translation>of initiative {reg_no}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>của đơn vị {unit}</source>
        <comment>sync.label.of_unit</comment>
        <translation>of unit {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(không rõ)</source>
        <comment>sync.label.unknown</comment>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(chưa có ở đây)</source>
        <comment>sync.label.not_here</comment>
        <translation>(not here yet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}: {sent} → {kept}</source>
        <comment>sync.settled</comment>
        <translation>{label}: {sent} → {kept}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{unit} (máy {node})</source>
        <comment>sync.sender_pc</comment>
        <translation>{unit} (PC {node})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: hai nơi đã gộp hai bản ghi của người này, mỗi nơi theo một chiều, trước khi biết nhau; giữ việc gộp trước, việc gộp sau (của {undone_by}) được coi như đã hoàn tác: còn một bản ghi, mọi tác giả ghi dưới bản ghi đó.</source>
        <comment>sync.alias_loop</comment>
        <translation>{name}: two places merged this person&apos;s two records, each one way, before hearing of each other; the earlier merge holds and the later one (made at {undone_by}) is taken as undone: one record is left, with every authorship under it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{reg_no}: hai nơi cùng cấp giấy chứng nhận cùng một cấp trước khi biết nhau ({kept} và {cancelled}); giữ giấy cấp trước, {kept}; giấy {cancelled} bị hủy.</source>
        <comment>sync.certificate_twin</comment>
        <translation>{reg_no}: two places issued a certificate of the same level before hearing of each other ({kept} and {cancelled}); the first issued, {kept}, holds; {cancelled} is cancelled.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đồng hồ của máy gửi ({sender}) có vẻ sai (gói ghi ngày {created}): hãy nhắc nơi gửi chỉnh ngày giờ máy.</source>
        <comment>sync.sender_clock_wrong</comment>
        <translation>The sending PC&apos;s clock ({sender}) looks wrong (the package is dated {created}): ask the sender to set its date and time.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Gói này không nối tiếp gói trước đã nhập từ {sender} (thiếu một phần ở giữa): hãy xin {sender} xuất lại với --full.</source>
        <comment>sync.gap_before</comment>
        <translation>This package does not follow on from the last one imported from {sender} (a part is missing in between): ask {sender} to export again with --full.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không có đơn vị mã &apos;{code}&apos; trong danh mục đơn vị.{hint} Mã các công đoàn: {unions}.</source>
        <comment>setup.unknown_unit_code</comment>
        <translation>There is no unit with code &apos;{code}&apos; in the unit list.{hint} The unions&apos; codes: {unions}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> Có phải: {codes}?</source>
        <comment>setup.did_you_mean</comment>
        <translation> Did you mean: {codes}?</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ sở dữ liệu đã có danh mục đơn vị; không nạp lại.</source>
        <comment>setup.units_loaded</comment>
        <translation>The database already has its unit list; it is not loaded again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ sở dữ liệu này đã được khởi tạo cho đơn vị {unit}; không khởi tạo lại. Chọn tệp khác bằng --db.</source>
        <comment>setup.already_set_up</comment>
        <translation>This database is already set up for the unit {unit}; it is not set up again. Choose another file with --db.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cơ sở dữ liệu này đã có dữ liệu; chỉ khởi tạo được tệp mới.</source>
        <comment>setup.not_empty</comment>
        <translation>This database already holds data; only a new file can be set up.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ sở dữ liệu chưa được khởi tạo cho đơn vị nào: chạy &apos;sangkien init --unit MÃ&apos;.</source>
        <comment>setup.not_set_up</comment>
        <translation>The database is not set up for any unit yet: run &apos;sangkien init --unit CODE&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ sở dữ liệu {name} trên máy chủ đã có nút của đơn vị {unit}; không khởi tạo lại. Không thay đổi gì. Để khởi tạo nút khác, người quản trị tạo một cơ sở dữ liệu trống mới:
{create}
rồi chọn nó bằng --db {address}</source>
        <comment>setup.server_already_set_up</comment>
        <translation>The server database {name} already holds the node of {unit}; it is not set up again. Nothing was changed. To set up another node, the administrator makes a new empty database:
{create}
then chooses it with --db {address}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cơ sở dữ liệu {name} trên máy chủ đã có dữ liệu; chỉ khởi tạo được một cơ sở dữ liệu trống. Không thay đổi gì. Người quản trị tạo một cơ sở dữ liệu trống mới:
{create}
rồi chọn nó bằng --db {address}</source>
        <comment>setup.server_not_empty</comment>
        <translation>The server database {name} already holds data; only an empty database can be set up. Nothing was changed. The administrator makes a new empty database:
{create}
then chooses it with --db {address}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cơ sở dữ liệu này đã được khởi tạo cho một đơn vị.</source>
        <comment>setup.already_a_node</comment>
        <translation>This database has already been set up for a unit.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n phút</source>
        <comment>time.minutes</comment>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n giờ</source>
        <comment>time.hours</comment>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n ngày</source>
        <comment>time.days</comment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đồng hồ của máy này đang chậm khoảng {behind}: máy chỉ {shown}, nhưng dữ liệu đã có thay đổi lúc {seen}. Hãy chỉnh lại ngày giờ của máy trước khi sửa dữ liệu: sửa đổi làm với giờ sai bị coi là cũ hơn.</source>
        <comment>clock.behind</comment>
        <translation>This PC&apos;s clock is about {behind} behind: it says {shown}, but the data already holds a change made at {seen}. Set the date and time before editing: changes made with a wrong time count as older.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đồng hồ máy này đang chỉ ngày trước năm 2021: hãy chỉnh lại ngày giờ của máy. Bản ghi sửa trên máy có giờ sai sẽ thua các bản sửa ở nơi khác.</source>
        <comment>clock.before_2021</comment>
        <translation>This PC&apos;s clock shows a date before 2021: set its date and time. Records edited on a PC with a wrong time lose to edits made elsewhere.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đồng hồ máy này chậm hơn thời điểm của các bản ghi đã có ({seen} UTC): hãy kiểm tra ngày giờ của máy.</source>
        <comment>clock.behind_stamps</comment>
        <translation>This PC&apos;s clock is behind the newest change among its records ({seen} UTC): check its date and time.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Chưa có khóa mã hóa của nơi nhận: cần nhận ít nhất một gói từ đơn vị đó trước.</source>
        <comment>crypto.no_recipient_key</comment>
        <translation>The recipient&apos;s encryption key is not known yet: at least one package from that unit must come in first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp không phải gói mã hóa của SángKiến.</source>
        <comment>crypto.not_encrypted</comment>
        <translation>The file is not an encrypted SángKiến package.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gói được mã hóa theo cách mà phiên bản SángKiến này chưa biết: hãy cập nhật SángKiến.</source>
        <comment>crypto.unknown_format</comment>
        <translation>The package is encrypted in a way this version of SángKiến does not know: update SángKiến.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gói mã hóa bị hỏng, bị cắt cụt hoặc đã bị sửa: hãy xin nơi gửi xuất lại gói.</source>
        <comment>crypto.damaged</comment>
        <translation>The encrypted package is damaged, cut short or was changed: ask the sender to export it again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Gói này được mã hóa cho một đơn vị khác (khóa {key}), không mở được ở đây. Hãy kiểm tra lại nơi nhận khi xuất gói.</source>
        <comment>crypto.other_recipient</comment>
        <translation>This package is encrypted for another unit (key {key}) and cannot be opened here. Check the destination when exporting.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không có xung đột số {number}.</source>
        <comment>conflict.not_found</comment>
        <translation>There is no conflict number {number}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Xung đột số {number} đã được xử lý ({resolution}).</source>
        <comment>conflict.resolved</comment>
        <translation>Conflict number {number} has already been settled ({resolution}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Xung đột số {number} là yêu cầu rút một sáng kiến hội đồng đã quyết định: trạng thái theo quyết định được giữ, không đặt lại thành &apos;Rút&apos; được. Muốn chấp nhận yêu cầu, hội đồng cần ra quyết định mới; đã trả lời xong thì đánh dấu đã xem bằng --keep kept.</source>
        <comment>conflict.withdrawal_after_decision</comment>
        <translation>Conflict number {number} is a request to withdraw an initiative the council has decided on: the status of the decision stands and cannot be set back to &apos;Withdrawn&apos;. To grant the request the council must make a new decision; once answered, mark it as seen with --keep kept.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Xung đột số {number}: sáng kiến đã có quyết định của hội đồng ({status}); trạng thái và ngày công nhận theo quyết định, không đặt lại giá trị cũ được. Đã xem xong thì đánh dấu là đã xem (giữ giá trị hiện tại).</source>
        <comment>conflict.status_after_decision</comment>
        <translation>Conflict {number}: the initiative has a council&apos;s decision ({status}); its status and recognition date follow the decision, and the older value cannot be brought back. When you have looked at it, mark it as seen (keep the current value).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bản ghi {row} không còn.</source>
        <comment>conflict.row_gone</comment>
        <translation>The record {row} no longer exists.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không có chương trình mã &apos;{code}&apos; (có: {known}).</source>
        <comment>lookup.unknown_programme</comment>
        <translation>There is no programme with code &apos;{code}&apos; (there are: {known}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chưa có chương trình nào</source>
        <comment>lookup.no_programmes</comment>
        <translation>no programme yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dòng {number}: &apos;{line}&apos; không phải số nguyên không âm.</source>
        <comment>lookup.not_a_whole_number</comment>
        <translation>Line {number}: &apos;{line}&apos; is not a whole number of zero or more.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không tìm thấy sáng kiến &apos;{key}&apos; (theo id hoặc số đăng ký).</source>
        <comment>lookup.no_initiative</comment>
        <translation>No initiative &apos;{key}&apos; was found (by id or registration number).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không tìm thấy tệp đính kèm &apos;{id}&apos;.</source>
        <comment>lookup.no_attachment</comment>
        <translation>No attachment &apos;{id}&apos; was found.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không có giai đoạn mã &apos;{code}&apos; (có: {known}).</source>
        <comment>lookup.unknown_phase</comment>
        <translation>There is no phase with code &apos;{code}&apos; (there are: {known}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không tìm thấy tác giả &apos;{id}&apos;.</source>
        <comment>lookup.no_person</comment>
        <translation>No author &apos;{id}&apos; was found.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{problem}</source>
        <comment>validation.problem</comment>
        <translation>{problem}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trường &apos;{field}&apos;: {problem}.</source>
        <comment>validation.field_problem</comment>
        <translation>Field &apos;{field}&apos;: {problem}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tên sáng kiến</source>
        <comment>field.title</comment>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>loại giải pháp</source>
        <comment>field.solution_type</comment>
        <translation>Solution type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>đơn vị</source>
        <comment>field.unit</comment>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ngày đăng ký</source>
        <comment>field.registered_on</comment>
        <translation>Registration date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loại giải pháp</source>
        <comment>field.Solution_type</comment>
        <translation>solution type</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trạng thái</source>
        <comment>field.Status</comment>
        <translation>status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đơn vị tiền tệ</source>
        <comment>field.Currency</comment>
        <translation>currency</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày áp dụng lần đầu</source>
        <comment>field.First_applied_on</comment>
        <translation>First applied on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày đăng ký</source>
        <comment>field.Registered_on</comment>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>số nguyên</source>
        <comment>kind.int</comment>
        <translation>a whole number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>đúng/sai</source>
        <comment>kind.bool</comment>
        <translation>true/false</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>văn bản</source>
        <comment>kind.str</comment>
        <translation>text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ngày (YYYY-MM-DD)</source>
        <comment>kind.date</comment>
        <translation>a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ngày YYYY-MM-DD</source>
        <comment>kind.iso_date</comment>
        <translation>a YYYY-MM-DD date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>thời điểm</source>
        <comment>kind.datetime</comment>
        <translation>a date and time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>số tiền</source>
        <comment>kind.decimal</comment>
        <translation>an amount</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa nhập {field}.</source>
        <comment>validation.required</comment>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} &apos;{value}&apos; không hợp lệ (chọn một trong: {codes}).</source>
        <comment>validation.unknown_code</comment>
        <translation>Unknown {field} &apos;{value}&apos; (one of: {codes}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} {day} chưa tới (hôm nay là {today}): hãy nhập ngày đã qua.</source>
        <comment>validation.in_future</comment>
        <translation>{field} {day} is in the future (today is {today}): enter a past date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field} {day} sớm hơn 01/01/1990: hãy kiểm tra lại năm.</source>
        <comment>validation.too_early</comment>
        <translation>{field} {day} is before 01/01/1990: check the year.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sáng kiến mới chỉ có thể ở trạng thái Nháp hoặc Đã nộp, không thể là &apos;{status}&apos;.</source>
        <comment>validation.initial_status</comment>
        <translation>A new initiative can only be draft or submitted, not &apos;{status}&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Số đăng ký {reg_no} đã được dùng cho một sáng kiến khác.</source>
        <comment>validation.reg_no_taken</comment>
        <translation>Registration number {reg_no} is already used by another initiative.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sáng kiến phải có ít nhất một tác giả.</source>
        <comment>validation.no_author</comment>
        <translation>An initiative needs at least one author.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tỷ lệ đóng góp của tác giả thứ {index} phải là số nguyên từ 1 đến 100 (đang là {share}).</source>
        <comment>validation.share_range</comment>
        <translation>Author {index}&apos;s share must be a whole number from 1 to 100 (got {share}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tổng tỷ lệ đóng góp phải bằng 100% (hiện là {total}%).</source>
        <comment>validation.share_sum</comment>
        <translation>The authors&apos; shares must add up to 100% (now {total}%).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Một người không thể đứng tên tác giả hai lần trong cùng một sáng kiến.</source>
        <comment>validation.repeated_person</comment>
        <translation>The same person is listed twice as an author.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không thể chuyển trạng thái từ &apos;{old}&apos; sang &apos;{new}&apos; (được phép: {allowed}).</source>
        <comment>validation.status_flow</comment>
        <translation>Cannot change status from &apos;{old}&apos; to &apos;{new}&apos; (allowed: {allowed}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không có</source>
        <comment>validation.none_allowed</comment>
        <translation>none</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cần nhập đủ ba điểm: tính mới, khả năng áp dụng và hiệu quả.</source>
        <comment>validation.scores_incomplete</comment>
        <translation>Enter all three scores: novelty, applicability and benefit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Điểm phải là số nguyên từ 0 đến {most} (đang là {score}).</source>
        <comment>validation.score_range</comment>
        <translation>A score must be a whole number from 0 to {most} (got {score}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Công nhận sáng kiến cần có số quyết định.</source>
        <comment>validation.decision_no</comment>
        <translation>A recognition needs a decision number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Công nhận sáng kiến cần có ngày quyết định.</source>
        <comment>validation.decision_date</comment>
        <translation>A recognition needs a decision date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày quyết định {decided} sớm hơn ngày họp xét {reviewed}: quyết định chỉ có sau khi hội đồng họp. Hãy kiểm tra lại hai ngày.</source>
        <comment>validation.decision_before_review</comment>
        <translation>The decision date {decided} is before the council met on {reviewed}: a decision comes only after the council meets. Check the two dates.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trường &apos;{field}&apos; không có trong {table}.</source>
        <comment>validation.unknown_field</comment>
        <translation>Unknown field &apos;{field}&apos; of {table}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trường &apos;{field}&apos; cần {kind}, không phải {value}.</source>
        <comment>validation.wrong_type</comment>
        <translation>Field &apos;{field}&apos; needs {kind}, not {value}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cấp xét duyệt &apos;{value}&apos; không hợp lệ (chọn một trong: {codes}).</source>
        <comment>validation.unknown_review_level</comment>
        <translation>Unknown review level &apos;{value}&apos; (one of: {codes}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kết quả xét duyệt &apos;{value}&apos; không hợp lệ (chọn một trong: {codes}).</source>
        <comment>validation.unknown_outcome</comment>
        <translation>Unknown review outcome &apos;{value}&apos; (one of: {codes}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giá trị làm lợi không được âm.</source>
        <comment>validation.negative_money</comment>
        <translation>Benefit value cannot be negative.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giá trị làm lợi tối đa là {limit} (một triệu tỷ); hãy kiểm tra lại số đã nhập.</source>
        <comment>validation.money_too_large</comment>
        <translation>Benefit value can be at most {limit}; check the number entered.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không tìm thấy {what} &apos;{key}&apos;.</source>
        <comment>validation.not_found</comment>
        <translation>No {what} &apos;{key}&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không đặt trực tiếp trạng thái &apos;{status}&apos; được: trạng thái này chỉ có khi hội đồng xét duyệt ghi quyết định (lệnh &apos;sangkien review&apos;, trang Xét duyệt) hoặc khi cấp giấy chứng nhận, và chỉ ở cấp có quyền quyết định.</source>
        <comment>validation.needs_decision</comment>
        <translation>&apos;{status}&apos; cannot be set directly: it follows from a council&apos;s review (sangkien review, the Reviews page) or a certificate, recorded at a level that may decide it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chưa nhập họ tên tác giả.</source>
        <comment>validation.person_name</comment>
        <translation>Name is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày sinh {day} không hợp lệ.</source>
        <comment>validation.birth_date</comment>
        <translation>Birth date {day} is not plausible.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp nặng {size} MB, vượt giới hạn {limit} MB cho mỗi tệp đính kèm. Hãy scan với độ phân giải thấp hơn hoặc chia thành nhiều tệp.</source>
        <comment>validation.file_too_big</comment>
        <translation>The file is {size} MB, over the {limit} MB limit per attachment. Scan it at a lower resolution or split it into several files.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không đọc được tệp {path}: {reason}.</source>
        <comment>validation.file_unreadable</comment>
        <translation>Cannot read {path}: {reason}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không có tệp này: hãy kiểm tra tên tệp và thư mục</source>
        <comment>file.not_found</comment>
        <translation>there is no such file: check the file name and the folder</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không có quyền đọc tệp này: hãy chép nó ra thư mục của mình rồi thử lại</source>
        <comment>file.no_permission</comment>
        <translation>you may not read this file: copy it to a folder of your own and try again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>đó là một thư mục, không phải tệp: hãy chọn một tệp trong đó</source>
        <comment>file.is_folder</comment>
        <translation>that is a folder, not a file: choose a file inside it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lỗi đọc ổ đĩa: USB có thể đã bị rút ra hoặc hỏng, hãy cắm lại và thử lần nữa</source>
        <comment>file.io_error</comment>
        <translation>the disk could not be read: the USB stick may have been pulled out or be damaged; plug it in again and retry</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hệ điều hành không cho đọc tệp này: hãy chép nó ra thư mục khác rồi thử lại</source>
        <comment>file.read_other</comment>
        <translation>the system would not let this file be read: copy it to another folder and try again</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa có tên tệp.</source>
        <comment>validation.file_name</comment>
        <translation>A file name is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đơn vị {own} không có quyền sửa đơn vị {unit} (chỉ sửa được đơn vị mình và các đơn vị cấp dưới).</source>
        <comment>validation.unit_not_authorised</comment>
        <translation>Unit {own} may not change unit {unit} (only its own unit and the units below it).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chỉ tiêu phải là số nguyên không âm (đang là {value}).</source>
        <comment>validation.target_range</comment>
        <translation>A target must be a whole number, 0 or more (got {value}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa nhập tên mới.</source>
        <comment>validation.new_name</comment>
        <translation>The new name is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa nhập ngày đổi tên.</source>
        <comment>validation.renamed_on</comment>
        <translation>Date is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày đổi tên {day} sớm hơn lần đổi tên trước ({since}).</source>
        <comment>validation.rename_before_history</comment>
        <translation>Renaming date {day} is before the previous renaming ({since}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trường &apos;{field}&apos; được tính tự động, không nhập.</source>
        <comment>validation.not_editable</comment>
        <translation>Field &apos;{field}&apos; is computed, not entered.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Máy của {unit} ({unit_level}) không ghi được quyết định {level}: chỉ hội đồng ở cấp đó mới quyết định. Hãy gửi sáng kiến lên cấp trên để xét.</source>
        <comment>validation.review_above_level</comment>
        <translation>The node of {unit} ({unit_level}) cannot record a {level} decision; send it up for review.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sáng kiến không thuộc đơn vị {unit} hay các đơn vị cấp dưới: máy này không xét duyệt được.</source>
        <comment>validation.review_outside_tree</comment>
        <translation>The initiative is not of {unit} or a unit below it.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đơn vị {own} không có quyền {what} (chỉ đơn vị mình và cấp dưới).</source>
        <comment>validation.unit_may_not</comment>
        <translation>Unit {own} may not {what} (only its own unit and those below).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Loại cơ sở &apos;{value}&apos; không hợp lệ ({codes}).</source>
        <comment>validation.unknown_site_type</comment>
        <translation>Unknown site type &apos;{value}&apos; ({codes}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Số đoàn viên phải là số nguyên không âm (đang là {value}).</source>
        <comment>validation.member_count</comment>
        <translation>The member count must be a whole number, 0 or more (got {value}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã đơn vị &apos;{code}&apos; không hợp lệ: 2–32 chữ in hoa, số, &apos;-&apos; (ví dụ VSP-TD05).</source>
        <comment>validation.unit_code_form</comment>
        <translation>Unit code &apos;{code}&apos; is not valid: 2–32 capitals, digits, &apos;-&apos; (e.g. VSP-TD05).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã có đơn vị mã {code}: hãy chọn mã khác.</source>
        <comment>validation.unit_code_taken</comment>
        <translation>A unit {code} already exists: choose another code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa nhập tên đơn vị.</source>
        <comment>validation.unit_name</comment>
        <translation>Name is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cấp &apos;{value}&apos; không hợp lệ.</source>
        <comment>validation.unknown_unit_level</comment>
        <translation>Unknown level &apos;{value}&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không ngừng hoạt động được đơn vị của chính máy này.</source>
        <comment>validation.own_unit_active</comment>
        <translation>This node&apos;s own unit cannot be deactivated.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sáng kiến {reg_no} đã bị xoá; hãy khôi phục trước khi sửa.</source>
        <comment>validation.initiative_deleted</comment>
        <translation>Initiative {reg_no} is deleted; restore it before editing.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trường &apos;{field}&apos; cần có giá trị.</source>
        <comment>validation.field_required</comment>
        <translation>{field} is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trường &apos;{field}&apos; không sửa trực tiếp được.</source>
        <comment>validation.field_not_settable</comment>
        <translation>Field &apos;{field}&apos; cannot be set directly.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tác giả thứ {index}: {problem}</source>
        <comment>validation.author_n</comment>
        <translation>Author {index}: {problem}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chỉ hội đồng của đơn vị quản lý cả hai sáng kiến mới quyết định được (máy này không quản lý một trong hai đơn vị).</source>
        <comment>duplicates.authority</comment>
        <translation>Only the council of a unit that owns both initiatives can decide (this PC does not manage one of the two units).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Kết luận phải là same hoặc different.</source>
        <comment>duplicates.verdict</comment>
        <translation>The verdict must be same or different.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hai sáng kiến phải khác nhau.</source>
        <comment>duplicates.same_row</comment>
        <translation>Pick two different initiatives.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reg_no} đã là bản trùng của một sáng kiến khác; hãy huỷ quyết định đó trước.</source>
        <comment>duplicates.already_duplicate</comment>
        <translation>{reg_no} is already a duplicate of another initiative; undo that decision first.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reg_no} đã có quyết định của hội đồng ({status}): sáng kiến đã xét xong không chuyển thành trùng lặp được.</source>
        <comment>duplicates.decided</comment>
        <translation>{reg_no} already has a council&apos;s decision ({status}): a decided initiative cannot become a duplicate.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cặp này do hội đồng của {unit} đã quyết định: chỉ hội đồng đó hoặc cấp trên mới sửa hay huỷ được.</source>
        <comment>duplicates.decided_above</comment>
        <translation>This pair was decided by the council of {unit}: only that council or one above it can change or undo the decision.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có quyết định nào về cặp {a} – {b}.</source>
        <comment>duplicates.not_decided</comment>
        <translation>There is no decision on the pair {a} – {b}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chọn hai tác giả khác nhau, chưa bị xoá hay gộp.</source>
        <comment>people.merge</comment>
        <translation>Pick two different people, neither deleted nor merged.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hai người này cùng là tác giả của một sáng kiến; sửa danh sách tác giả của sáng kiến đó trước khi gộp.</source>
        <comment>people.both_authors</comment>
        <translation>Both are authors of one initiative; correct that initiative&apos;s authors before merging.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tác giả này chưa được gộp vào ai.</source>
        <comment>people.not_merged</comment>
        <translation>This person has not been merged.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chọn một giá trị trong danh sách.</source>
        <comment>template.pick_from_list</comment>
        <translation>Pick a value from the list.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên đơn vị</source>
        <comment>template.unit_name</comment>
        <translation>Unit name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tuỳ chọn: một dòng mỗi tác giả (ngày sinh, nơi công tác…), nối với sáng kiến bằng số đăng ký. Không dùng trang này thì ghi tác giả ở cột &apos;{column}&apos;: Họ tên (60%); Họ tên (40%).</source>
        <comment>template.authors_note</comment>
        <translation>Optional: one row per author (date of birth, workplace…), joined to the initiative by its registration number. Without this sheet, write the authors in the &apos;{column}&apos; column: Full name (60%); Full name (40%).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&apos;{value}&apos; không phải ngày.</source>
        <comment>sheet.not_a_date</comment>
        <translation>&apos;{value}&apos; is not a date.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; không phải số tiền: hãy viết ví dụ 1.234.567 hoặc 12.345,67.</source>
        <comment>sheet.not_an_amount</comment>
        <translation>&apos;{value}&apos; is not an amount: type e.g. 1,234,567 or 12,345.67.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; không rõ: hãy viết &apos;Có&apos; hoặc để trống.</source>
        <comment>sheet.yes_or_empty</comment>
        <translation>&apos;{value}&apos; is unclear: type &apos;Yes&apos; or leave it empty.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{value}&apos; không phải số nguyên.</source>
        <comment>sheet.not_whole_number</comment>
        <translation>&apos;{value}&apos; is not a whole number.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không có tệp {path}: kiểm tra tên tệp và thư mục.</source>
        <comment>sheet.no_file</comment>
        <translation>There is no file {path}: check the file&apos;s name and folder.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không đọc được {name} như một bảng tính Excel (.xlsx): {error}. Hãy mở tệp trong Excel và lưu lại dạng .xlsx.</source>
        <comment>sheet.not_xlsx</comment>
        <translation>{name} could not be read as an Excel workbook (.xlsx): {error}. Open it in Excel and save it again as .xlsx.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp {name} trống (0 byte): mở bảng tính trong Excel, lưu lại rồi chọn tệp đó.</source>
        <comment>sheet.empty_file</comment>
        <translation>The file {name} is empty (0 bytes): open the workbook in Excel, save it again and choose that file.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp {name} là dạng Excel 97–2003 (.xls), không nhập được: mở tệp trong Excel, chọn Lưu thành (Save As) &apos;Sổ làm việc Excel (.xlsx)&apos; rồi nhập tệp .xlsx đó.</source>
        <comment>sheet.old_xls</comment>
        <translation>The file {name} is an Excel 97–2003 workbook (.xls), which cannot be imported: open it in Excel, choose Save As &apos;Excel Workbook (.xlsx)&apos; and import that .xlsx file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không mở được tệp {name}: tệp đang mở trong chương trình khác (Excel?) hoặc không được phép đọc. Đóng tệp đó rồi thử lại.</source>
        <comment>sheet.cannot_open</comment>
        <translation>Cannot open the file {name}: it is open in another program (Excel?) or may not be read. Close it and try again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dòng tiêu đề (dòng {row}, trang &apos;{sheet}&apos;) không có cột &apos;Tên sáng kiến&apos;: thêm cột này hoặc sửa lại tên cột cho đúng, rồi nhập lại.</source>
        <comment>sheet.no_title_column</comment>
        <translation>The header (row {row}, sheet &apos;{sheet}&apos;) has no title column (&apos;Tên sáng kiến&apos; or &apos;Title&apos;): add it or correct its heading, then import again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trang &apos;{sheet}&apos; không có cột &apos;{column}&apos; (dòng tiêu đề {row}): thêm cột này như tệp mẫu rồi nhập lại.</source>
        <comment>sheet.missing_column</comment>
        <translation>Sheet &apos;{sheet}&apos; has no column &apos;{column}&apos; (header in row {row}): add it as in the template, then import again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trang &apos;{sheet}&apos; không có cột &apos;{column}&apos;: cột &apos;{near}&apos; ở dòng tiêu đề {row} có phải là nó? Sửa tên cột như tệp mẫu rồi nhập lại.</source>
        <comment>sheet.missing_column_near</comment>
        <translation>Sheet &apos;{sheet}&apos; has no column &apos;{column}&apos;: is the column &apos;{near}&apos; in the header (row {row}) meant to be it? Correct its heading as in the template, then import again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>đây là dòng ví dụ của tệp mẫu: xoá dòng này hoặc ghi đè bằng sáng kiến của đơn vị, rồi nhập lại.</source>
        <comment>sheet.example_row</comment>
        <translation>this is the template&apos;s example row: delete it or overwrite it with your unit&apos;s initiative, then import again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>chưa ghi tỷ lệ đóng góp của {names}: viết mỗi tác giả như &apos;Nguyễn Văn An (60%)&apos;, các tác giả cách nhau bằng dấu chấm phẩy.</source>
        <comment>sheet.share_missing</comment>
        <translation>no share is written for {names}: write each author as &apos;Nguyễn Văn An (60%)&apos;, the authors separated by semicolons.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trang &apos;{sheet}&apos; không có sáng kiến nào dưới dòng tiêu đề (dòng {row}): điền từ dòng {next} rồi nhập lại.</source>
        <comment>sheet.no_rows</comment>
        <translation>Sheet &apos;{sheet}&apos; has no initiatives below its header (row {row}): fill them in from row {next}, then import again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sáng kiến {reg_no} đã có cùng tên, đơn vị và ngày đăng ký (tệp đã được nhập?): xoá dòng này, hoặc ghi {reg_no} vào cột &apos;Số đăng ký&apos; để cập nhật sáng kiến đó.</source>
        <comment>sheet.already_registered</comment>
        <translation>initiative {reg_no} has the same title, unit and registration date (was this file imported already?): delete this row, or write {reg_no} in the &apos;Registration number&apos; column to update that initiative.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trùng tên, đơn vị và ngày đăng ký với dòng {row}: xoá một trong hai dòng.</source>
        <comment>sheet.same_as_row</comment>
        <translation>same title, unit and registration date as row {row}: delete one of the two rows.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trang &amp;P / &amp;N</source>
        <comment>sheet.page_footer</comment>
        <translation>Page &amp;P of &amp;N</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không tìm thấy dòng tiêu đề trong trang &apos;{sheet}&apos;: cần các cột như &apos;Tên sáng kiến&apos;, &apos;Loại giải pháp&apos;, &apos;Mã đơn vị&apos;, &apos;Ngày đăng ký&apos;, &apos;Tác giả&apos;.</source>
        <comment>sheet.no_header_in_sheet</comment>
        <translation>No header row was found in the sheet &apos;{sheet}&apos;: it needs columns such as &apos;Title&apos;, &apos;Solution type&apos;, &apos;Unit code&apos;, &apos;Registered on&apos;, &apos;Authors&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không tìm thấy dòng tiêu đề trong {name}: cần các cột như &apos;Tên sáng kiến&apos;, &apos;Loại giải pháp&apos;, &apos;Mã đơn vị&apos;, &apos;Ngày đăng ký&apos;, &apos;Tác giả&apos;.</source>
        <comment>sheet.no_header_in_file</comment>
        <translation>No header row was found in {name}: it needs columns such as &apos;Title&apos;, &apos;Solution type&apos;, &apos;Unit code&apos;, &apos;Registered on&apos;, &apos;Authors&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tệp {name} không phải văn bản UTF-8: trong Excel, lưu lại dạng &apos;CSV UTF-8&apos; hoặc .xlsx.</source>
        <comment>sheet.not_utf8</comment>
        <translation>{name} is not UTF-8 text: in Excel, save it again as &apos;CSV UTF-8&apos; or .xlsx.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dòng {row}</source>
        <comment>sheet.where_row</comment>
        <translation>Row {row}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cột &apos;{column}&apos;</source>
        <comment>sheet.where_column</comment>
        <translation>column &apos;{column}&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cột này không được nhập (không trùng tên cột nào của sổ sáng kiến).</source>
        <comment>sheet.column_ignored</comment>
        <translation>this column is not imported (it matches no column of the register).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>số đăng ký {reg_no} đã có ở dòng {row}; mỗi sáng kiến chỉ một dòng.</source>
        <comment>sheet.reg_no_twice</comment>
        <translation>registration number {reg_no} is already on row {row}; one row per initiative.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tiền tệ &apos;{typed}&apos; không rõ: viết VND hoặc USD.</source>
        <comment>sheet.currency_unclear</comment>
        <translation>currency &apos;{typed}&apos; is unclear: type VND or USD.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{typed}&apos; không có trong danh sách: chọn một trong {choices}.</source>
        <comment>sheet.not_in_list</comment>
        <translation>&apos;{typed}&apos; is not one of: {choices}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không có lĩnh vực &apos;{typed}&apos;: chọn theo danh sách của tệp mẫu (sangkien initiative template).</source>
        <comment>sheet.no_such_field</comment>
        <translation>no field &apos;{typed}&apos;: pick one from the template&apos;s list (sangkien initiative template).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không có đơn vị mã &apos;{typed}&apos;: sửa theo danh sách đơn vị của tệp mẫu (trang Danh mục) hoặc thêm đơn vị ở trang Đơn vị &amp; chỉ tiêu.</source>
        <comment>sheet.no_such_unit</comment>
        <translation>no unit with code &apos;{typed}&apos;: use a code from the template&apos;s list (the Lists sheet) or add the unit on the Units &amp; targets page.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>không có đơn vị mã &apos;{typed}&apos;: có phải {near}? Sửa theo danh sách đơn vị của tệp mẫu (trang Danh mục).</source>
        <comment>sheet.no_such_unit_near</comment>
        <translation>no unit with code &apos;{typed}&apos;: is {near} meant? Use a code from the template&apos;s list (the Lists sheet).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tác giả của sáng kiến này ở trang tác giả có lỗi (xem các dòng đó).</source>
        <comment>sheet.author_rows_wrong</comment>
        <translation>this initiative&apos;s rows on the authors sheet have problems (see them).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{status}&apos; chỉ có khi hội đồng ghi quyết định: sáng kiến được nhập ở trạng thái &apos;Đang xét&apos;; ghi kết quả xét duyệt ở trang Xét duyệt (sangkien review).</source>
        <comment>sheet.status_from_decision</comment>
        <translation>&apos;{status}&apos; follows only from a council&apos;s decision: the initiative is imported as &apos;Under review&apos;; record the review on the Reviews page (sangkien review).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>trạng thái &apos;{status}&apos; được ghi theo bảng tính; số và ngày quyết định công nhận (nếu có) hãy ghi ở trang Xét duyệt.</source>
        <comment>sheet.status_as_written</comment>
        <translation>the status &apos;{status}&apos; is taken from the sheet; record the decision&apos;s number and date (if any) on the Reviews page.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sáng kiến {reg_no} đã bị xoá: khôi phục nó trước, hoặc xoá dòng này.</source>
        <comment>sheet.initiative_deleted</comment>
        <translation>initiative {reg_no} is deleted: restore it first, or remove this row.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Có</source>
        <comment>sheet.yes</comment>
        <translation>Yes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không</source>
        <comment>sheet.no</comment>
        <translation>No</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(chưa xếp cụm)</source>
        <comment>stats.no_cluster</comment>
        <translation>(no cluster)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>thiếu số đăng ký của sáng kiến.</source>
        <comment>sheet.reg_no_missing</comment>
        <translation>registration number missing.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Bảng tính có %n dòng lỗi: không ghi gì. Sửa các lỗi trong tệp rồi nhập lại, hoặc chọn chỉ nhập các dòng hợp lệ.</source>
        <comment>sheet.has_errors</comment>
        <translation>
            <numerusform>The sheet has %n row with errors: nothing was written. Correct it in the file and import again, or choose to import only the valid rows.</numerusform>
            <numerusform>The sheet has %n rows with errors: nothing was written. Correct them in the file and import again, or choose to import only the valid rows.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dòng {row}: {problems}. Không ghi gì.</source>
        <comment>sheet.row_refused</comment>
        <translation>Row {row}: {problems}. Nothing was written.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã xác thực phải có {digits} ký tự (chữ số và chữ cái in hoa), nhận được {got}.</source>
        <comment>code.length</comment>
        <translation>A verification code has {digits} characters (digits and capital letters); {got} were given.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã xác thực không hợp lệ (ký tự đầu sai).</source>
        <comment>code.invalid</comment>
        <translation>The verification code is not valid (its first character is wrong).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không đọc được: nhập số giấy chứng nhận rồi đến mã kiểm tra 16 ký tự in bên cạnh mã QR, ví dụ &apos;CDDKVN-2023-00001 VE2H-MW7R-5ZRS-91NM&apos;, hoặc nội dung quét từ mã QR.</source>
        <comment>code.unreadable</comment>
        <translation>Cannot read this: type the certificate number and then the 16-character check code printed beside the QR code, e.g. &apos;CDDKVN-2023-00001 VE2H-MW7R-5ZRS-91NM&apos;, or what was scanned from the QR code.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mã kiểm tra in bên cạnh mã QR có {digits} ký tự (4 nhóm 4, ví dụ VE2H-MW7R-5ZRS-91NM), đã gõ {got}: hãy gõ lại đủ, hoặc quét mã QR.</source>
        <comment>code.short_length</comment>
        <translation>The check code printed beside the QR code has {digits} characters (4 groups of 4, e.g. VE2H-MW7R-5ZRS-91NM); {got} were typed: type it again in full, or scan the QR code.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Năm {year} không hợp lệ.</source>
        <comment>period.bad_year</comment>
        <translation>{year} is not a valid year.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quý &apos;{text}&apos; không hợp lệ: viết như 2026Q3.</source>
        <comment>period.bad_quarter</comment>
        <translation>The quarter &apos;{text}&apos; is not valid: write it like 2026Q3.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quý &apos;{text}&apos; không hợp lệ: quý từ 1 đến 4.</source>
        <comment>period.quarter_range</comment>
        <translation>The quarter &apos;{text}&apos; is not valid: quarters go from 1 to 4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa nhập tên người ký.</source>
        <comment>certificate.no_signer</comment>
        <translation>The signer&apos;s name is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>đã có giấy chứng nhận số {number} (dùng in lại)</source>
        <comment>certificate.skip.has_one</comment>
        <translation>it already has certificate {number} (reprint it)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sáng kiến đã bị xoá</source>
        <comment>certificate.skip.deleted</comment>
        <translation>the initiative was deleted</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chưa được công nhận (đang &apos;{status}&apos;): ghi quyết định công nhận ở trang Xét duyệt trước</source>
        <comment>certificate.skip.status</comment>
        <translation>not recognised (it is &apos;{status}&apos;): record the recognition decision on the Reviews page first</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ngoài phạm vi đơn vị {unit} của máy này</source>
        <comment>certificate.skip.outside</comment>
        <translation>outside this PC&apos;s unit {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chưa có quyết định công nhận (kết quả xét duyệt &apos;Công nhận&apos;)</source>
        <comment>certificate.skip.no_decision</comment>
        <translation>no recognition decision yet (a review with the outcome &apos;Recognised&apos;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>được công nhận ở {level}: giấy chứng nhận do cấp đó cấp, không phải máy của {unit}</source>
        <comment>certificate.skip.level</comment>
        <translation>recognised at {level}: the certificate is issued at that level, not by the PC of {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chưa có tác giả</source>
        <comment>certificate.skip.no_authors</comment>
        <translation>no authors yet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{number} ngày {date}</source>
        <comment>certificate.decision_on</comment>
        <translation>{number} of {date}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Số</source>
        <comment>certificate.shows.number</comment>
        <translation>Number</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tác giả</source>
        <comment>certificate.shows.authors</comment>
        <translation>Authors</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sáng kiến</source>
        <comment>certificate.shows.initiative</comment>
        <translation>Initiative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cấp công nhận</source>
        <comment>certificate.shows.level</comment>
        <translation>Recognised at</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quyết định</source>
        <comment>certificate.shows.decision</comment>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ngày cấp</source>
        <comment>certificate.shows.issued_on</comment>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đơn vị cấp</source>
        <comment>certificate.shows.issuer</comment>
        <translation>Issued by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Người ký</source>
        <comment>certificate.shows.signer</comment>
        <translation>Signed by</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Số lần in lại</source>
        <comment>certificate.shows.reprints</comment>
        <translation>Reprints</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Máy này chưa có khóa ký nên không cấp được giấy chứng nhận.</source>
        <comment>certificate.no_key</comment>
        <translation>This PC has no signing key, so it cannot issue certificates.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giấy chứng nhận {number} không có hoặc đã bị huỷ: không in lại được.</source>
        <comment>certificate.not_reprintable</comment>
        <translation>The certificate {number} does not exist or was cancelled: it cannot be reprinted.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{what} của đơn vị {own} do cấp trên đặt; máy của {own} chỉ đặt {what_lower} cho các đơn vị cấp dưới của mình.</source>
        <comment>authority.set_from_above</comment>
        <translation>{what} of {own} are set by the unit above it; this node sets {what_lower} only for the units below it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đơn vị {unit} không thuộc {own} hay các đơn vị cấp dưới: máy của {own} không ghi hay sửa hồ sơ của đơn vị đó (đơn vị đó hoặc cấp trên của nó làm việc này).</source>
        <comment>authority.outside_tree</comment>
        <translation>Unit {unit} is not {own} or below it: this node cannot record or change its records.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(chưa có đơn vị)</source>
        <comment>authority.no_unit</comment>
        <translation>(no unit yet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chỉ đơn vị sở hữu chương trình {programme} ({owner}) hoặc cấp trên của nó mới được thay đổi sáng kiến nào được tính cho chương trình; máy này không được. Hãy đề nghị đơn vị đó.</source>
        <comment>programme.override_not_allowed</comment>
        <translation>Only the owner of the programme {programme} ({owner}) or a unit above it may change what counts toward it; this PC may not. Ask that unit.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sáng kiến {reg_no} không thuộc đơn vị nào của chương trình {programme} ({owner} và các đơn vị trực thuộc).</source>
        <comment>programme.override_outside_scope</comment>
        <translation>Initiative {reg_no} is not of a unit of the programme {programme} ({owner} and the units below it).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{source} không phải JSON hợp lệ: {error} (dòng {line}, cột {column}).</source>
        <comment>json.bad</comment>
        <translation>{source} is not valid JSON: {error} (line {line}, column {column}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp JSON phải chứa một đối tượng {{...}} mô tả một sáng kiến.</source>
        <comment>json.not_object</comment>
        <translation>The JSON must be one object {{...}} describing an initiative.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trường &apos;{field}&apos; không có trong sáng kiến (các trường: {known}, authors).</source>
        <comment>json.unknown_field</comment>
        <translation>Unknown field &apos;{field}&apos; (fields: {known}, authors).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sổ chứng nhận vừa thay đổi trong lúc in; không có gì được cấp. Hãy in lại.</source>
        <comment>print.register_changed</comment>
        <translation>The register changed while printing; nothing was issued. Print again.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Một đợt in giấy chứng nhận khác đang chạy trên cơ sở dữ liệu này; không có gì được in hay cấp. Hãy đợi đợt đó xong rồi in lại.</source>
        <comment>print.batch_running</comment>
        <translation>Another batch of certificates is being printed on this database; nothing was printed or issued. Wait for it to finish, then print again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa có người ký: nhập họ tên và chức danh người ký (lần sau sẽ được nhớ).</source>
        <comment>print.no_signer</comment>
        <translation>No signer yet: enter the signer&apos;s name and title (they will be remembered next time).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không có sáng kiến nào đã cấp chứng nhận trong phạm vi đã chọn.</source>
        <comment>print.none_certified</comment>
        <translation>No initiative in the selection has a certificate.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không có sáng kiến nào đã được công nhận trong phạm vi đã chọn.</source>
        <comment>print.none_recognised</comment>
        <translation>No initiative in the selection is recognised.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Các sáng kiến đã chọn chưa có giấy chứng nhận để in lại.</source>
        <comment>print.nothing_to_reprint</comment>
        <translation>The selected initiatives have no certificate to reprint.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{reg_no}: {why}</source>
        <comment>print.skipped_one</comment>
        <translation>{reg_no}: {why}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> (và %n sáng kiến khác)</source>
        <comment>print.and_more</comment>
        <translation>
            <numerusform> (and %n more initiative)</numerusform>
            <numerusform> (and %n more initiatives)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không cấp được giấy chứng nhận nào — {reasons}{more}.</source>
        <comment>print.nothing_issued</comment>
        <translation>No certificate could be issued — {reasons}{more}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mẫu {path}: phần tử &apos;{element}&apos; dùng phông &apos;{font}&apos; không có trong &apos;fonts&apos;.</source>
        <comment>print.unknown_font_key</comment>
        <translation>Template {path}: the element &apos;{element}&apos; uses the font &apos;{font}&apos;, which is not in &apos;fonts&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>phần tử &apos;{element}&apos; thiếu khóa {key}</source>
        <comment>print.element_key_missing</comment>
        <translation>the element &apos;{element}&apos; lacks the key {key}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>thiếu mục &apos;{key}&apos;</source>
        <comment>print.template_key_missing</comment>
        <translation>its section &apos;{key}&apos; is missing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>phần tử &apos;{element}&apos;: {error}</source>
        <comment>print.element_wrong</comment>
        <translation>the element &apos;{element}&apos;: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cần 0 &lt; min_size ≤ size, max_lines ≥ 1 và extra_lines ≥ 0</source>
        <comment>print.style_sizes</comment>
        <translation>it needs 0 &lt; min_size ≤ size, max_lines ≥ 1 and extra_lines ≥ 0</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>align phải là left, center hoặc right, không phải &apos;{value}&apos;</source>
        <comment>print.align</comment>
        <translation>align must be left, center or right, not &apos;{value}&apos;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã huỷ in.</source>
        <comment>print.cancelled</comment>
        <translation>Printing was cancelled.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không đọc được phông chữ {path}: {error}. Hãy cài lại SángKiến hoặc sửa tên phông trong mẫu.</source>
        <comment>print.font_unreadable</comment>
        <translation>The font {path} could not be read: {error}. Reinstall SángKiến or correct the font&apos;s name in the template.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp báo cáo phải có đuôi .pdf hoặc .xlsx: {name}.</source>
        <comment>print.report_suffix</comment>
        <translation>A report file must end in .pdf or .xlsx: {name}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không đọc được mẫu giấy chứng nhận {path}: {error}</source>
        <comment>print.template_unreadable</comment>
        <translation>The certificate template {path} could not be read: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mẫu giấy chứng nhận {path} sai: {error}. Xem phần &apos;about&apos; trong tệp.</source>
        <comment>print.template_wrong</comment>
        <translation>The certificate template {path} is wrong: {error}. See its &apos;about&apos; part.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tên tệp {name} phải kết thúc bằng .pdf hoặc .docx.</source>
        <comment>print.paper_suffix</comment>
        <translation>The file name {name} must end in .pdf or .docx.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>đơn vị</source>
        <comment>what.unit</comment>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lĩnh vực</source>
        <comment>what.field</comment>
        <translation>field</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>giai đoạn</source>
        <comment>what.phase</comment>
        <translation>phase</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tác giả</source>
        <comment>what.person</comment>
        <translation>person</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>đơn vị cấp trên</source>
        <comment>what.parent</comment>
        <translation>parent unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sáng kiến gốc</source>
        <comment>what.original</comment>
        <translation>original initiative</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chỉ tiêu</source>
        <comment>what.targets</comment>
        <translation>Targets</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>thêm đơn vị ở đây</source>
        <comment>unit.add_here</comment>
        <translation>add a unit here</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sửa đơn vị {unit}</source>
        <comment>unit.change</comment>
        <translation>change {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{key}: không có {what} mã hoặc id &apos;{raw}&apos;.</source>
        <comment>json.no_code_or_id</comment>
        <translation>{key}: no {what} with code or id &apos;{raw}&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duplicate_of_id: không có sáng kiến &apos;{raw}&apos;.</source>
        <comment>json.no_initiative</comment>
        <translation>duplicate_of_id: no initiative &apos;{raw}&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>authors: cần một danh sách [{{&quot;person_id&quot; hoặc &quot;full_name&quot;, &quot;share&quot;}}, ...].</source>
        <comment>json.authors_not_list</comment>
        <translation>authors: expected a list [{{&quot;person_id&quot; or &quot;full_name&quot;, &quot;share&quot;}}, ...].</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}: cần một đối tượng {{...}}.</source>
        <comment>json.author_not_object</comment>
        <translation>{label}: expected an object {{...}}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}: trường không biết {fields} (dùng: {known}).</source>
        <comment>json.author_unknown_fields</comment>
        <translation>{label}: unknown fields {fields} (use: {known}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}.share: cần số nguyên (tỷ lệ %), không phải {share}.</source>
        <comment>json.share_not_whole</comment>
        <translation>{label}.share: expected a whole number (percent), not {share}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}: cần person_id hoặc full_name.</source>
        <comment>json.author_needs_name</comment>
        <translation>{label}: person_id or full_name is required.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: ngày &apos;{value}&apos; không hợp lệ (viết YYYY-MM-DD hoặc DD/MM/YYYY).</source>
        <comment>programme.bad_date</comment>
        <translation>{where}: &apos;{value}&apos; is not a date (write YYYY-MM-DD or DD/MM/YYYY).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp phải là một đối tượng JSON.</source>
        <comment>programme.not_object</comment>
        <translation>Not a JSON object.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã chương trình &apos;{code}&apos; không hợp lệ: 2–32 chữ in hoa, số, &apos;-&apos;, &apos;.&apos; (ví dụ NLD-2025).</source>
        <comment>programme.bad_code</comment>
        <translation>Programme code &apos;{code}&apos; is not valid: 2–32 capitals, digits, &apos;-&apos;, &apos;.&apos; (e.g. NLD-2025).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã có chương trình mã {code}: hãy chọn mã khác.</source>
        <comment>programme.code_taken</comment>
        <translation>A programme {code} already exists: choose another code.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa nhập tên chương trình.</source>
        <comment>programme.no_name</comment>
        <translation>The programme&apos;s name is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chương trình tính &apos;registered&apos; (đã đăng ký) hoặc &apos;recognised&apos; (được công nhận), không phải &apos;{counts}&apos;.</source>
        <comment>programme.bad_counts</comment>
        <translation>A programme counts &apos;registered&apos; or &apos;recognised&apos;, not &apos;{counts}&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa nhập thời gian của chương trình (từ ngày, đến ngày).</source>
        <comment>programme.no_window</comment>
        <translation>The programme&apos;s window (from, to) is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chương trình kết thúc ({ends}) trước khi bắt đầu ({starts}).</source>
        <comment>programme.ends_before_start</comment>
        <translation>The programme ends ({ends}) before it starts ({starts}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chương trình cần ít nhất một giai đoạn.</source>
        <comment>programme.no_phase</comment>
        <translation>A programme needs at least one phase.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giai đoạn {before} ({before_start}–{before_end}) và {after} ({after_start}–{after_end}) chồng lên nhau: giai đoạn sau phải bắt đầu sau ngày kết thúc giai đoạn trước.</source>
        <comment>programme.phases_overlap</comment>
        <translation>Phases {before} ({before_start}–{before_end}) and {after} ({after_start}–{after_end}) overlap: a phase must start after the previous one ends.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mã giai đoạn &apos;{code}&apos; không hợp lệ: 1–16 chữ in hoa, số, &apos;-&apos;.</source>
        <comment>programme.bad_phase_code</comment>
        <translation>Phase code &apos;{code}&apos; is not valid: 1–16 capitals, digits, &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã giai đoạn {code} đã dùng: hãy chọn mã khác (ví dụ {example}).</source>
        <comment>programme.phase_code_taken</comment>
        <translation>Phase code {code} is taken: choose another (e.g. {example}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa nhập tên giai đoạn.</source>
        <comment>programme.no_phase_name</comment>
        <translation>A phase&apos;s name is required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chưa nhập ngày của giai đoạn.</source>
        <comment>programme.no_phase_dates</comment>
        <translation>A phase&apos;s dates are required.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giai đoạn {code} kết thúc trước khi bắt đầu.</source>
        <comment>programme.phase_ends_before_start</comment>
        <translation>Phase {code} ends before it starts.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giai đoạn {code} ({starts}–{ends}) nằm ngoài thời gian của chương trình ({window_start}–{window_end}).</source>
        <comment>programme.phase_outside_window</comment>
        <translation>Phase {code} ({starts}–{ends}) lies outside the programme&apos;s window ({window_start}–{window_end}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chương trình do máy của đơn vị sở hữu tạo: máy này phục vụ {own}, không phải {owner}.</source>
        <comment>programme.not_owner_node</comment>
        <translation>A programme is made by its owner&apos;s node: this one serves {own}, not {owner}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chỉ tiêu cho đơn vị &apos;{unit}&apos;: không có đơn vị này dưới đơn vị sở hữu chương trình.</source>
        <comment>programme.target_unknown_unit</comment>
        <translation>Target for &apos;{unit}&apos;: no such unit under the programme&apos;s owner.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chỉ tiêu của {unit}: giai đoạn &apos;{phase}&apos; không thuộc chương trình (ghi chỉ tiêu theo từng giai đoạn).</source>
        <comment>programme.target_unknown_phase</comment>
        <translation>Target of {unit}: phase &apos;{phase}&apos; is not one of the programme&apos;s (give a target per phase).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chỉ tiêu của {unit} phải là số nguyên không âm (đang là {value}).</source>
        <comment>programme.target_range</comment>
        <translation>The target of {unit} must be a whole number, 0 or more (got {value}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không sửa được trường &apos;{field}&apos; (sửa được: {settable}).</source>
        <comment>programme.not_settable</comment>
        <translation>Field &apos;{field}&apos; cannot be set (settable: {settable}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chỉ máy của đơn vị sở hữu mới sửa được chương trình {code}.</source>
        <comment>programme.owner_only</comment>
        <translation>Only the owner&apos;s node may change programme {code}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giá trị làm lợi bằng {currency} là số tròn, không có phần lẻ.</source>
        <comment>validation.whole_money</comment>
        <translation>A benefit value in {currency} is a whole number, no fraction.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giá trị làm lợi bằng {currency} có tối đa {allowed} chữ số sau dấu thập phân (ví dụ 12.345,67).</source>
        <comment>validation.money_decimals</comment>
        <translation>A benefit value in {currency} has at most {allowed} decimals (e.g. 12,345.67).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{where}: giá trị không hợp lệ {value}: {reason}</source>
        <comment>record.invalid_value</comment>
        <translation>{where}: the value {value} is not valid: {reason}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: thiếu giá trị</source>
        <comment>record.value_required</comment>
        <translation>{where}: a value is required</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: mã bản ghi sai {value}</source>
        <comment>record.bad_id</comment>
        <translation>{where}: a wrong record id {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: dấu phiên bản sai {value}</source>
        <comment>record.bad_stamp</comment>
        <translation>{where}: a wrong version stamp {value}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: phải là một đối tượng</source>
        <comment>record.stamps_not_object</comment>
        <translation>{where}: must be an object</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: phiên bản sai cho {field}</source>
        <comment>record.bad_field_stamp</comment>
        <translation>{where}: a wrong version for {field}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{where}: trường không biết {fields}</source>
        <comment>record.unknown_fields</comment>
        <translation>{where}: unknown fields {fields}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>mới hơn</source>
        <comment>sync.newer_version</comment>
        <translation>newer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không phải một đối tượng JSON đúng dạng ({detail})</source>
        <comment>sync.manifest_not_object</comment>
        <translation>not a JSON object of the right form ({detail})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>trường &apos;{field}&apos; thiếu, sai kiểu hoặc vượt giới hạn ({detail})</source>
        <comment>sync.manifest_field</comment>
        <translation>the field &apos;{field}&apos; is missing, of the wrong type or out of bounds ({detail})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cần văn bản</source>
        <comment>value.text</comment>
        <translation>text was expected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dài quá {limit} ký tự</source>
        <comment>value.too_long</comment>
        <translation>longer than {limit} characters</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cần số nguyên</source>
        <comment>value.whole_number</comment>
        <translation>a whole number was expected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cần true/false</source>
        <comment>value.true_false</comment>
        <translation>true or false was expected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cần {what} dạng văn bản ISO</source>
        <comment>value.iso_text</comment>
        <translation>{what} was expected, as ISO text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không phải {what}</source>
        <comment>value.not_a</comment>
        <translation>not {what}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không phải thời điểm ISO 8601</source>
        <comment>value.not_a_time</comment>
        <translation>not an ISO 8601 date and time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cần một danh sách tên</source>
        <comment>value.names</comment>
        <translation>a list of names was expected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tối đa {most} tên, mỗi tên tối đa {chars} ký tự</source>
        <comment>value.too_many_names</comment>
        <translation>at most {most} names of at most {chars} characters each</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>lồng quá {depth} tầng</source>
        <comment>value.too_deep</comment>
        <translation>nested more than {depth} levels deep</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cần số tiền</source>
        <comment>money.expected</comment>
        <translation>an amount was expected</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quá 2 chữ số thập phân</source>
        <comment>money.decimals</comment>
        <translation>more than 2 decimals</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cần số tiền: số nguyên hoặc chuỗi thập phân</source>
        <comment>money.record_expected</comment>
        <translation>an amount was expected: a whole number or a decimal string</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không phải số tiền dạng 2500.5</source>
        <comment>money.record_form</comment>
        <translation>not an amount like 2500.5</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Không biết khóa của máy đã cấp số {number}: chưa nhập gói dữ liệu nào của máy đó, nên chưa kiểm tra được.</source>
        <comment>verify.unknown_issuer</comment>
        <translation>The key of the computer that issued number {number} is not known: no package from it has been imported here yet, so it cannot be checked.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Giấy chứng nhận số {number} là thật nhưng ĐÃ BỊ HUỶ trong sổ đăng ký.</source>
        <comment>verify.cancelled</comment>
        <translation>Certificate number {number} is genuine but was CANCELLED in the register.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Giấy chứng nhận số {number} là THẬT và đúng như trong sổ đăng ký: hãy so tên, sáng kiến và quyết định in trên giấy với các dòng dưới đây.</source>
        <comment>verify.genuine</comment>
        <translation>Certificate number {number} is GENUINE and as the register holds it: compare the names, the initiative and the decision printed on the paper with the lines below.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KHÔNG KHỚP: mã xác thực trên giấy không phải mã của giấy chứng nhận số {number} đã cấp — giấy bị sửa hoặc giả.</source>
        <comment>verify.code_mismatch</comment>
        <translation>NO MATCH: the verification code on the paper is not that of certificate number {number} as issued — the paper was altered or forged.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KHÔNG KHỚP: dữ liệu của số {number} trong sổ đăng ký đã bị sửa sau khi cấp, chữ ký không còn đúng.</source>
        <comment>verify.register_altered</comment>
        <translation>NO MATCH: the register&apos;s entry for number {number} was changed after it was issued; its signature no longer holds.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Số {number} không có trong sổ đăng ký và đơn vị &apos;{unit}&apos; chưa từng gửi gói dữ liệu đến máy này: không kiểm tra được.</source>
        <comment>verify.unknown_unit</comment>
        <translation>Number {number} is not in the register and the unit &apos;{unit}&apos; has never sent a package to this computer: it cannot be checked.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Số {number} không có trong sổ đăng ký. Nếu giấy mới được cấp, hãy nhập gói dữ liệu mới nhất của {unit} rồi kiểm tra lại; nếu không, giấy này đáng ngờ.</source>
        <comment>verify.not_in_register</comment>
        <translation>Number {number} is not in the register. If the certificate was issued recently, import the latest package from {unit} and check again; if not, this paper is suspect.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>KHÔNG KHỚP: mã kiểm tra {code} không phải mã của giấy chứng nhận số {number} đã cấp — giấy bị sửa, giả, hoặc gõ nhầm (hãy gõ lại, hoặc quét mã QR).</source>
        <comment>verify.short_code_mismatch</comment>
        <translation>NO MATCH: the check code {code} is not that of certificate number {number} as issued — the paper was altered or forged, or mistyped (type it again, or scan the QR code).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã hủy; không có gì thay đổi.</source>
        <comment>work.cancelled</comment>
        <translation>Cancelled; nothing changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tên tệp {name} phải kết thúc bằng .xlsx (Excel) hoặc .csv.</source>
        <comment>exchange.file_kind</comment>
        <translation>The file name {name} must end in .xlsx (Excel) or .csv.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tên tệp mẫu {name} phải kết thúc bằng .xlsx (mẫu có danh sách chọn, CSV không giữ được).</source>
        <comment>exchange.template_kind</comment>
        <translation>The template&apos;s file name {name} must end in .xlsx (the template has drop-down lists, which a CSV cannot hold).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã huỷ xuất tệp.</source>
        <comment>exchange.export_cancelled</comment>
        <translation>The export was cancelled.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã huỷ tạo dữ liệu mẫu; không ghi tệp nào.</source>
        <comment>demo.cancelled</comment>
        <translation>Making the demo data was cancelled; no file was written.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp {path} đã có; dữ liệu mẫu không ghi đè lên cơ sở dữ liệu có sẵn. Chọn tệp khác bằng --db hoặc xoá tệp đó trước.</source>
        <comment>demo.file_exists</comment>
        <translation>The file {path} exists already; the demo never overwrites a database. Choose another file with --db, or delete that one first.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cơ sở dữ liệu {name} trên máy chủ đã có dữ liệu; dữ liệu mẫu chỉ tạo trong một cơ sở dữ liệu trống. Không thay đổi gì. Người quản trị tạo một cơ sở dữ liệu trống mới:
{create}
rồi chạy lại với --db {address}</source>
        <comment>demo.server_not_empty</comment>
        <translation>The server database {name} already holds data; the demo is made only in an empty database. Nothing was changed. The administrator makes a new empty database:
{create}
then runs the demo again with --db {address}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>giai đoạn và lĩnh vực chỉ cấp ngành sửa được</source>
        <comment>authority.root_only</comment>
        <translation>phases and fields are changed by the top of the tree only</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chỉ đơn vị cấp trên của đơn vị này mới đặt được (chỉ tiêu, tên), {unit} không tự đặt cho mình</source>
        <comment>authority.unit_above_only</comment>
        <translation>only the unit above sets this (targets, names); {unit} does not set it for itself</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>cấp xét duyệt/chứng nhận &apos;{level}&apos; cao hơn cấp của đơn vị {unit}</source>
        <comment>authority.level_too_high</comment>
        <translation>the review or certificate level &apos;{level}&apos; is above the level of unit {unit}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>giấy chứng nhận của {unit} cho một quyết định công nhận ở {level}: giấy chứng nhận do cấp đã công nhận cấp</source>
        <comment>authority.certificate_level</comment>
        <translation>a certificate of {unit} for a recognition at the {level}: a certificate is issued by the level that recognised</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{what} không thuộc đơn vị {unit} hay các đơn vị cấp dưới của nó</source>
        <comment>authority.outside</comment>
        <translation>{what} is outside unit {unit} and the units below it</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bản ghi</source>
        <comment>authority.what.record</comment>
        <translation>The record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tác giả</source>
        <comment>authority.what.person</comment>
        <translation>The author</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quyết định trùng lặp</source>
        <comment>authority.what.duplicate_decision</comment>
        <translation>The duplicate decision</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đơn vị cấp trên mới</source>
        <comment>authority.what.new_parent</comment>
        <translation>The new parent unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chỉ cấp trên mới sửa được mã, tên, cấp và đơn vị cấp trên của một đơn vị; {unit} không tự sửa đơn vị mình hay đơn vị ngoài cây của mình</source>
        <comment>authority.unit_from_above</comment>
        <translation>only a unit above may change a unit&apos;s code, name, level and parent; {unit} does not change its own unit or units outside its tree</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>mã bản ghi {record} xuất hiện hai lần</source>
        <comment>package.duplicate_record</comment>
        <translation>the record id {record} appears twice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>thiếu trường {fields}</source>
        <comment>package.missing_fields</comment>
        <translation>fields missing: {fields}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Địa chỉ máy chủ không đúng: {address}. Dạng đúng: postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL.</source>
        <comment>server.bad_address</comment>
        <translation>The server address is not right: {address}. The right form: postgresql://USER@HOST/DBNAME.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không ghi mật khẩu trong địa chỉ máy chủ: SángKiến không lưu mật khẩu. Hãy đặt mật khẩu trong tệp ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf) hoặc biến môi trường PGPASSWORD, rồi dùng postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL.</source>
        <comment>server.password_in_address</comment>
        <translation>Do not write the password in the server address: SángKiến never stores passwords. Put it in the file ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf) or the environment variable PGPASSWORD, then use postgresql://USER@HOST/DBNAME.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Địa chỉ máy chủ thiếu tên cơ sở dữ liệu: {address}.</source>
        <comment>server.no_database_name</comment>
        <translation>The server address names no database: {address}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Không kết nối được máy chủ cơ sở dữ liệu {address} ({reason}). Hãy kiểm tra máy chủ đang chạy, tên máy, cổng, tên người dùng và mật khẩu trong ~/.pgpass.</source>
        <comment>server.unreachable</comment>
        <translation>Cannot connect to the database server {address} ({reason}). Check that the server is running, and the host name, port, user name and the password in ~/.pgpass.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không kết nối được máy chủ {host} cổng {port}: PostgreSQL không chạy ở đó, hoặc tường lửa chặn. Hãy kiểm tra máy chủ đang chạy và tên máy, cổng trong địa chỉ {address}.</source>
        <comment>server.not_running</comment>
        <translation>Cannot connect to the server {host} on port {port}: PostgreSQL is not running there, or a firewall blocks it. Check that the server is running, and the host name and port in the address {address}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không kết nối được máy chủ: không tìm thấy máy «{host}» trên mạng. Hãy kiểm tra tên máy trong địa chỉ {address}.</source>
        <comment>server.unknown_host</comment>
        <translation>Cannot connect to the server: no computer named «{host}» was found on the network. Check the host name in the address {address}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Máy chủ {host} đòi mật khẩu của người dùng {user}, mà máy này chưa có. Hãy thêm dòng {host}:{port}:{database}:{user}:MẬT_KHẨU vào tệp ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf) hoặc đặt biến môi trường PGPASSWORD, rồi mở lại.</source>
        <comment>server.no_password</comment>
        <translation>The server {host} asks for the password of the user {user}, which this PC does not have. Add the line {host}:{port}:{database}:{user}:PASSWORD to the file ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf) or set the environment variable PGPASSWORD, then open it again.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tệp mật khẩu {path} để người khác đọc được, nên PostgreSQL bỏ qua nó. Hãy chạy: chmod 600 {path}, rồi mở lại.</source>
        <comment>server.pgpass_ignored</comment>
        <translation>The password file {path} may be read by others, so PostgreSQL ignores it. Run: chmod 600 {path}, then open again.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Máy chủ {host} từ chối mật khẩu của người dùng {user}. Hãy sửa mật khẩu trong ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf) hoặc PGPASSWORD, hoặc hỏi người quản trị máy chủ.</source>
        <comment>server.wrong_password</comment>
        <translation>The server {host} refused the password of the user {user}. Correct the password in ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf) or PGPASSWORD, or ask the server&apos;s administrator.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Máy chủ {host} không có cơ sở dữ liệu «{database}». Hãy kiểm tra tên sau dấu / cuối của địa chỉ, hoặc nhờ người quản trị tạo nó: createdb -O {user} {database}.</source>
        <comment>server.no_such_database</comment>
        <translation>The server {host} has no database «{database}». Check the name after the last / of the address, or ask the administrator to create it: createdb -O {user} {database}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Máy chủ {host} không có người dùng «{user}». Hãy kiểm tra tên trước dấu @ của địa chỉ, hoặc nhờ người quản trị tạo người dùng đó: createuser -P {user}.</source>
        <comment>server.no_such_user</comment>
        <translation>The server {host} has no user «{user}». Check the name before the @ of the address, or ask the administrator to create that user: createuser -P {user}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Máy chủ {host} không cho máy này kết nối với người dùng {user} (pg_hba.conf). Hãy nhờ người quản trị máy chủ cho phép máy này.</source>
        <comment>server.not_allowed</comment>
        <translation>The server {host} does not let this PC connect as the user {user} (pg_hba.conf). Ask the server&apos;s administrator to allow this PC.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Người dùng {user} vào được {address} nhưng không có quyền trên các bảng của SángKiến. Hãy nhờ người quản trị cấp quyền (GRANT ALL ON ALL TABLES IN SCHEMA public TO {user}; GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {user};) hoặc dùng người dùng sở hữu cơ sở dữ liệu. Không thay đổi gì.</source>
        <comment>server.no_privilege</comment>
        <translation>The user {user} may connect to {address} but has no rights on SángKiến&apos;s tables. Ask the administrator to grant them (GRANT ALL ON ALL TABLES IN SCHEMA public TO {user}; GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO {user};) or use the user that owns the database. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chưa lưu gì: một đồng nghiệp đang nhập gói vào máy chủ này, và mọi thay đổi phải chờ việc nhập xong (một gói lớn mất vài phút). Hãy thử lại sau ít phút.</source>
        <comment>server.busy_importing</comment>
        <translation>Nothing was saved: a colleague is importing a package into this server, and every change waits until the import is done (a large package takes a few minutes). Try again in a few minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chưa lưu gì: một đồng nghiệp đang ghi một việc lớn vào máy chủ này (ví dụ cấp giấy chứng nhận hàng loạt). Hãy thử lại sau ít phút.</source>
        <comment>server.busy_writing</comment>
        <translation>Nothing was saved: a colleague is writing a large task into this server (a batch of certificates, say). Try again in a few minutes.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cơ sở dữ liệu {address} trên máy chủ là của một chương trình khác, không phải của SángKiến. Không thay đổi gì.</source>
        <comment>server.foreign_database</comment>
        <translation>The server database {address} belongs to another program, not to SángKiến. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cơ sở dữ liệu {address} được tạo bằng SángKiến mới hơn (cấu trúc {revision}). Hãy cập nhật SángKiến rồi mở lại; không thay đổi gì.</source>
        <comment>server.newer_schema</comment>
        <translation>The database {address} was made by a newer SángKiến (structure {revision}). Update SángKiến and open it again; nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cơ sở dữ liệu {address} trên máy chủ còn trống. Hãy khởi tạo bằng &apos;sangkien --db {address} init --unit MÃ&apos;, &apos;demo&apos; hoặc &apos;migrate-to&apos;.</source>
        <comment>server.empty</comment>
        <translation>The server database {address} is empty. Set it up with &apos;sangkien --db {address} init --unit CODE&apos;, &apos;demo&apos; or &apos;migrate-to&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không chép được lên máy chủ ({reason}); máy chủ không thay đổi gì.</source>
        <comment>server.copy_failed</comment>
        <translation>The copy to the server failed ({reason}); nothing was changed on the server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cơ sở dữ liệu đích đã có dữ liệu (bảng {table}): chỉ chuyển vào một cơ sở dữ liệu trống. Không thay đổi gì.</source>
        <comment>server.target_not_empty</comment>
        <translation>The target database holds data already (table {table}): a node moves only into an empty database. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chép chưa đủ bảng {table} ({held} / {expected}): không thay đổi gì.</source>
        <comment>server.copy_incomplete</comment>
        <translation>Table {table} was not copied whole ({held} / {expected}): nothing was changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chỉ khôi phục vào một cơ sở dữ liệu máy chủ còn trống (tạo bằng &apos;createdb&apos;); cơ sở dữ liệu này đã có bảng. Không thay đổi gì.</source>
        <comment>server.restore_not_empty</comment>
        <translation>A backup is restored only into an empty server database (made with &apos;createdb&apos;); this one has tables. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} không phải bản sao lưu pg_dump của máy chủ (định dạng custom, do &apos;sangkien backup&apos; hoặc trang Sao lưu ghi). Không thay đổi gì.</source>
        <comment>server.restore_not_a_dump</comment>
        <translation>{path} is not a server&apos;s pg_dump backup (custom format, as &apos;sangkien backup&apos; or the Backups page writes it). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{path} là một tệp cơ sở dữ liệu SángKiến, không phải bản pg_dump. Chuyển nó lên máy chủ bằng: sangkien --db {path} migrate-to postgresql://NGƯỜI_DÙNG@MÁY/TÊN_CSDL. Không thay đổi gì.</source>
        <comment>server.restore_a_file</comment>
        <translation>{path} is a SángKiến database file, not a pg_dump. Move it to the server with: sangkien --db {path} migrate-to postgresql://USER@HOST/DBNAME. Nothing was changed.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>PostgreSQL chưa được cài ({program} không có). Trên Debian/Ubuntu: &apos;sudo apt-get install postgresql&apos;.</source>
        <comment>server.trial_not_installed</comment>
        <translation>PostgreSQL is not installed ({program} is missing). On Debian/Ubuntu: &apos;sudo apt-get install postgresql&apos;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cổng {port} đã có chương trình khác dùng (có thể là một PostgreSQL khác). Hãy chọn cổng khác, ví dụ --port {other}; không thay đổi gì.</source>
        <comment>server.trial_port_taken</comment>
        <translation>Port {port} is already used by another program (perhaps another PostgreSQL). Choose another port, e.g. --port {other}; nothing was changed.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Máy chủ thử không khởi động được. Xem lý do trong {log}.</source>
        <comment>server.trial_did_not_start</comment>
        <translation>The trial server did not start. The reason is in {log}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Máy chủ thử trong {folder} không chạy: không có gì để dừng.</source>
        <comment>server.trial_not_running</comment>
        <translation>The trial server in {folder} is not running: there is nothing to stop.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chạy bằng root, máy chủ thử thuộc người dùng postgres của hệ thống, mà người này không vào được {folder} (một thư mục trên đường đi chỉ root vào được, như /root). Hãy chọn thư mục khác, ví dụ /var/lib/sangkien-server, hoặc chạy lệnh bằng một người dùng thường.</source>
        <comment>server.trial_folder_private</comment>
        <translation>Run as root, the trial server belongs to the system user postgres, who cannot enter {folder} (a folder on the way only root may enter, such as /root). Choose another folder, e.g. /var/lib/sangkien-server, or run the command as an ordinary user.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không tìm thấy {program}, công cụ của PostgreSQL để sao lưu và khôi phục máy chủ. Hãy cài gói postgresql-client (Windows: cài PostgreSQL, thư mục bin của nó, ví dụ C:\Program Files\PostgreSQL\16\bin, được tìm tự động). Không thay đổi gì.</source>
        <comment>server.tool_missing</comment>
        <translation>{program}, the PostgreSQL tool to back up and restore a server, was not found. Install the package postgresql-client (Windows: install PostgreSQL; its bin folder, e.g. C:\Program Files\PostgreSQL\16\bin, is found by itself). Nothing was changed.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{program} không chạy được: {error}</source>
        <comment>server.tool_failed</comment>
        <translation>{program} failed: {error}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sao lưu thủ công</source>
        <comment>backup.reason.manual</comment>
        <translation>Manual backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sao lưu hằng ngày</source>
        <comment>backup.reason.daily</comment>
        <translation>Daily backup</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trước khi nhập gói</source>
        <comment>backup.reason.import</comment>
        <translation>Before importing a package</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trước khi nhập gói (hoàn tác)</source>
        <comment>backup.reason.import-undo</comment>
        <translation>Before importing a package (undo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trước khi khôi phục (hoàn tác)</source>
        <comment>backup.reason.restore-undo</comment>
        <translation>Before a restore (undo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trước khi nâng cấp dữ liệu (hoàn tác)</source>
        <comment>backup.reason.migrate-undo</comment>
        <translation>Before upgrading the data (undo)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trước khi nâng cấp dữ liệu</source>
        <comment>backup.reason.migrate</comment>
        <translation>Before upgrading the data</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trước khi khôi phục</source>
        <comment>backup.reason.restore</comment>
        <translation>Before a restore</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bản hỏng được giữ lại</source>
        <comment>backup.reason.damaged</comment>
        <translation>Damaged copy kept</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{typed}&apos; không phải ngày: hãy viết dạng {example} (ngày/tháng/năm).</source>
        <comment>date.unreadable</comment>
        <translation>&apos;{typed}&apos; is not a date: type it as {example} (day/month/year).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&apos;{typed}&apos;: hãy viết năm đủ bốn chữ số, ví dụ {example} (năm {short} có thể là 19{short} hoặc 20{short}).</source>
        <comment>date.two_digit_year</comment>
        <translation>&apos;{typed}&apos;: write the year with its four digits, e.g. {example} (the year {short} could be 19{short} or 20{short}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{field}: &apos;{typed}&apos; không phải ngày có thật: hãy viết dạng {example} (ngày/tháng/năm).</source>
        <comment>date.field_unreadable</comment>
        <translation>{field}: &apos;{typed}&apos; is not a real date: type it as {example} (day/month/year).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{field}: &apos;{typed}&apos; không phải ngày viết dạng {example} (năm-tháng-ngày, như &apos;initiative show --json&apos; in ra).</source>
        <comment>date.json_unreadable</comment>
        <translation>{field}: &apos;{typed}&apos; is not a date written as {example} (year-month-day, as &apos;initiative show --json&apos; prints it).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>không phải số tiền</source>
        <comment>money.not_an_amount</comment>
        <translation>not an amount</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name} (nội dung chưa được đồng bộ về)</source>
        <comment>attachment.not_synced</comment>
        <translation>{name} (its content has not arrived by sync yet)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{actor} (gói đồng bộ)</source>
        <comment>edit.by_package</comment>
        <translation>{actor} (a sync package)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>«{field}» đã được {who} sửa lúc {when} (giá trị hiện là {now}) sau khi bạn mở bản ghi. Hãy mở lại để xem thay đổi rồi sửa tiếp; chưa lưu gì.</source>
        <comment>edit.meanwhile_named</comment>
        <translation>“{field}” was changed by {who} at {when} (now {now}) after you opened the record. Reopen it to see the change; nothing was saved.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>số nguyên phải nằm trong khoảng {low} .. {high}</source>
        <comment>value.integer_range</comment>
        <translation>a whole number must lie between {low} and {high}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{table} (rowid {rowid}) trỏ tới {parent} không tồn tại</source>
        <comment>check.foreign_key</comment>
        <translation>{table} (rowid {rowid}) points to a missing {parent}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>phiên bản lược đồ {revision}, cần {head}</source>
        <comment>check.schema</comment>
        <translation>schema version {revision}, {head} is needed</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>có {count} dòng danh tính nút, chỉ được có một</source>
        <comment>check.node_rows</comment>
        <translation>{count} node identity rows, where only one may be</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>{table}: %n dòng thiếu hoặc sai dấu phiên bản (hlc)</source>
        <comment>check.bad_hlc</comment>
        <translation>
            <numerusform>{table}: %n row with a missing or wrong version stamp (hlc)</numerusform>
            <numerusform>{table}: %n rows with a missing or wrong version stamp (hlc)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>{table}: %n dòng thiếu số thứ tự thay đổi (seq)</source>
        <comment>check.no_seq</comment>
        <translation>
            <numerusform>{table}: %n row without a change number (seq)</numerusform>
            <numerusform>{table}: %n rows without a change number (seq)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{table}: {count} dòng có seq lớn hơn last_seq={last_seq} của nút</source>
        <comment>check.seq_above</comment>
        <translation>{table}: {count} rows with a seq above the node&apos;s last_seq={last_seq}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{table}: {count} dòng có field_hlc sai, ví dụ {example}</source>
        <comment>check.bad_field_hlc</comment>
        <translation>{table}: {count} rows with a wrong field_hlc, for example {example}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>số thứ tự thay đổi bị trùng giữa các dòng: {sample}</source>
        <comment>check.duplicate_seq</comment>
        <translation>change numbers repeated between rows: {sample}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nút {unit} báo đã nhận tới seq {acked} &gt; last_seq {last_seq}</source>
        <comment>check.receipts</comment>
        <translation>node {unit} reports it received up to seq {acked} &gt; last_seq {last_seq}</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n tệp đính kèm có kích thước sai</source>
        <comment>check.attachment_sizes</comment>
        <translation>
            <numerusform>%n attachment with a wrong size</numerusform>
            <numerusform>%n attachments with a wrong size</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>tệp đính kèm {sha}… không khớp mã băm SHA-256</source>
        <comment>check.attachment_hash</comment>
        <translation>attachment {sha}… does not match its SHA-256 hash</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chỉ mục tìm kiếm không khớp dữ liệu (cần dựng lại)</source>
        <comment>check.search_index</comment>
        <translation>the search index does not match the data (it needs rebuilding)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đến hạn kiểm tra toàn vẹn {name} ({why}). Vẫn đọc được ngay; lần ghi đầu tiên sẽ kiểm tra trước (Ctrl+C để dừng, không ghi gì), hoặc chạy &apos;sangkien check&apos; khi có thời gian.</source>
        <comment>open.check_due</comment>
        <translation>The integrity check of {name} is due ({why}). Reading goes on now; the first change runs it first (Ctrl+C stops it, nothing is written), or run &apos;sangkien check&apos; when there is time.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lần trước SángKiến không được đóng đúng cách</source>
        <comment>open.check_why.unclean</comment>
        <translation>SángKiến was not closed cleanly last time</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tệp đã thay đổi khi không có SángKiến nào mở nó</source>
        <comment>open.check_why.changed</comment>
        <translation>the file changed while no SángKiến had it open</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>đã hơn 7 ngày từ lần kiểm tra trước</source>
        <comment>open.check_why.schedule</comment>
        <translation>more than 7 days since the last check</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>chưa có lần kiểm tra nào được ghi lại</source>
        <comment>open.check_why.unknown</comment>
        <translation>no check of it is on record</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đang kiểm tra toàn vẹn {name} trước khi ghi: {done} ({seconds} giây; Ctrl+C để dừng)</source>
        <comment>open.checking</comment>
        <translation>Checking {name} before writing: {done} ({seconds} s; Ctrl+C stops)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã dừng kiểm tra toàn vẹn; chưa ghi gì vào {name}. Việc kiểm tra vẫn đến hạn: chạy lại lệnh, hoặc &apos;sangkien check&apos;, khi có thời gian.</source>
        <comment>open.check_cancelled</comment>
        <translation>The integrity check was stopped; nothing was written to {name}. It is still due: run the command again, or &apos;sangkien check&apos;, when there is time.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đang kiểm tra toàn vẹn {name} ({why}) nên chưa ghi được; chưa ghi gì. Hãy lưu lại sau ít phút, khi kiểm tra xong.</source>
        <comment>open.check_running</comment>
        <translation>The integrity check of {name} is running ({why}), so nothing can be written yet; nothing was written. Save again in a few minutes, when it has finished.</translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../desktop/views/duplicates_page.py" line="+54"/>
        <source>Cần xem</source>
        <translation>To decide</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã quyết định</source>
        <translation>Decided</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+18"/>
        <location line="+179"/>
        <source>Nộp trước</source>
        <translation>Filed first</translation>
    </message>
    <message>
        <location line="-197"/>
        <location line="+19"/>
        <location line="+179"/>
        <source>Nộp sau</source>
        <translation>Filed later</translation>
    </message>
    <message>
        <location line="-198"/>
        <source>Tác giả chung</source>
        <translation>Shared authors</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Kết luận</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày quyết định</source>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+113"/>
        <source>Cùng một sáng kiến</source>
        <translation>Same initiative</translation>
    </message>
    <message>
        <location line="-110"/>
        <location line="+110"/>
        <source>Khác nhau</source>
        <translation>Different</translation>
    </message>
    <message>
        <location line="-107"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Làm mới</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Đang tìm các cặp có thể trùng…</source>
        <translation>Looking for possible duplicates…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đang so sánh các sáng kiến…</source>
        <translation>Comparing initiatives…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Đang kiểm tra toàn vẹn cơ sở dữ liệu; các cặp có thể trùng sẽ hiện khi kiểm tra xong.</source>
        <translation>The database&apos;s integrity is being checked; the pairs that may be one will appear when the check is done.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đã dừng so sánh. Bấm Làm mới để tiếp tục (phần đã so sánh được giữ).</source>
        <translation>Comparison stopped. Press Refresh to continue (what was compared is kept).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 cặp sáng kiến có thể là một, giống nhất trước.</source>
        <translation>%1 pairs of initiatives that may be one, most alike first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Không có cặp nào cần xem.</source>
        <translation>No pairs to look at.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Số đăng ký</source>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày đăng ký</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày áp dụng lần đầu</source>
        <translation>First applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Trùng lặp</source>
        <translation>Duplicates</translation>
    </message>
</context>
<context>
    <name>EditUnitDialog</name>
    <message>
        <location filename="../../desktop/dialogs/unit_dialog.py" line="+32"/>
        <source>Sửa thông tin đơn vị</source>
        <translation>Edit unit details</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tên viết tắt:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại cơ sở:</source>
        <translation>Site type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cụm thi đua:</source>
        <translation>Competition cluster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số đoàn viên:</source>
        <translation>Members:</translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <location filename="../../desktop/widgets/error_text.py" line="+33"/>
        <source>Đã có lỗi không rõ nguyên nhân.</source>
        <translation>Something went wrong, for no known reason.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Không tìm thấy tệp hoặc thư mục.</source>
        <translation>The file or folder was not found.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Không có quyền ghi hoặc đọc ở đó. Hãy chọn thư mục khác.</source>
        <translation>No permission to read or write there. Choose another folder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ổ đĩa đã đầy. Hãy giải phóng chỗ trống hoặc chọn ổ khác.</source>
        <translation>The disk is full. Free some space or choose another drive.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ổ đĩa chỉ cho đọc (USB bị khóa ghi?). Hãy chọn ổ khác.</source>
        <translation>The drive is read-only (a write-protected USB stick?). Choose another drive.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lỗi đọc ghi ổ đĩa: USB có thể đã bị rút ra hoặc hỏng. Hãy cắm lại và thử lần nữa.</source>
        <translation>The drive could not be read or written: the USB stick may have been pulled out or be damaged. Plug it in again and try once more.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã có tệp cùng tên ở đó.</source>
        <translation>A file of that name is already there.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đó là một thư mục, không phải tệp.</source>
        <translation>That is a folder, not a file.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không đọc hoặc ghi được tệp.</source>
        <translation>The file could not be read or written.</translation>
    </message>
</context>
<context>
    <name>ExcelImportDialog</name>
    <message>
        <location filename="../../desktop/dialogs/excel_import_dialog.py" line="+42"/>
        <source>Nhập sáng kiến từ Excel</source>
        <translation>Import initiatives from Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đang đọc %1…</source>
        <translation>Reading %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+35"/>
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vấn đề và cách sửa</source>
        <translation>Problem and what to do</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vấn đề</source>
        <translation>Problems</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sẽ làm</source>
        <translation>Will be</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số đăng ký</source>
        <translation>Registration number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên sáng kiến</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Đang kiểm tra bảng tính…</source>
        <translation>Checking the sheet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trang &apos;%1&apos; (tiêu đề ở dòng %2): %3 sáng kiến mới, %4 cập nhật, %5 không đổi.</source>
        <translation>Sheet &apos;%1&apos; (header on row %2): new initiatives %3, updated %4, unchanged %5.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 dòng có lỗi: sửa trong tệp rồi mở lại, hoặc chỉ nhập các dòng hợp lệ.</source>
        <translation>Rows with errors: %1. Correct them in the file and open it again, or import only the valid rows.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chỉ nhập các dòng hợp lệ (%1 sáng kiến), bỏ qua %2 dòng lỗi</source>
        <translation>Import only the valid rows (initiatives: %1), leaving out the rows with errors (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Sáng kiến (%1)</source>
        <translation>Initiatives (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vấn đề (%1)</source>
        <translation>Problems (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Thêm mới</source>
        <translation>Added</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Có lỗi</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(cấp khi ghi)</source>
        <translation>(given when written)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Không đọc được bảng tính</source>
        <translation>Could not read the sheet</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Đang nhập sáng kiến…</source>
        <translation>Importing initiatives…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã nhập %1 sáng kiến mới và cập nhật %2 sáng kiến.</source>
        <translation>Imported: new initiatives %1, updated %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã nhập</source>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Không nhập được: không có gì thay đổi</source>
        <translation>Could not import: nothing was changed</translation>
    </message>
</context>
<context>
    <name>FigureCard</name>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="-422"/>
        <source>%1 sáng kiến</source>
        <translation>%1 initiatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>chưa có chỉ tiêu</source>
        <translation>no target yet</translation>
    </message>
</context>
<context>
    <name>FileDialogs</name>
    <message>
        <location filename="../../desktop/dialogs/file_dialogs.py" line="+45"/>
        <source>Thư mục</source>
        <translation>Folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desktop/dialogs/first_run.py" line="+57"/>
        <location line="+21"/>
        <source>Chào mừng đến với SángKiến</source>
        <translation>Welcome to SángKiến</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Thoát</source>
        <translation>Exit</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Sổ đăng ký sáng kiến của Công đoàn Dầu khí Việt Nam, dùng được khi không có mạng. Máy này chưa có cơ sở dữ liệu (%1). Chọn một cách để bắt đầu:</source>
        <translation>The initiatives register of the Vietnam Oil and Gas Trade Union, usable without a network. This computer has no database yet (%1). Choose how to start:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Tạo</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cài đặt từ gói khởi tạo...</source>
        <translation>Set up from a setup package...</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>&lt;b&gt;Không có gói khởi tạo: tạo cơ sở dữ liệu cho đơn vị&lt;/b&gt;</source>
        <translation>&lt;b&gt;No setup package: create a database for a unit&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Tệp %1 không phải cơ sở dữ liệu SángKiến (không thay đổi gì trong tệp). Hãy mở một tệp khác, hoặc tạo cơ sở dữ liệu mới (%2):</source>
        <translation>The file %1 is not a SángKiến database (nothing in it was changed). Open another file, or create a new database (%2):</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Chọn đơn vị mà máy này phục vụ (giàn khoan, nhà máy, công đoàn...). Máy tạo cách này có khóa riêng mà cấp trên chưa biết: gói nó gửi lên sẽ bị từ chối cho đến khi cấp trên tạo gói khởi tạo cho đơn vị này và máy được cài lại từ gói đó. Hợp với trụ sở, hoặc để thử.</source>
        <translation>Choose the unit this PC serves (rig, plant, union...). A PC set up this way has its own key that the level above does not know: the packages it sends up are refused until the level above makes a setup package for this unit and the PC is set up again from it. Right for headquarters, or for trying things out.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>&lt;b&gt;Cài đặt từ gói khởi tạo (nên dùng)&lt;/b&gt;</source>
        <translation>&lt;b&gt;Set up from a setup package (recommended)&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cấp trên (công đoàn trực thuộc hoặc trụ sở) tạo gói khởi tạo .skp cho đơn vị này ở trang Đơn vị &amp; chỉ tiêu, rồi gửi theo USB. Gói mang danh mục đơn vị, chương trình, chỉ tiêu và khóa của cấp trên, và ghi nhận máy này: các gói máy này gửi lên sẽ được nhận. Đối chiếu dấu vân tay khóa với người tạo gói qua điện thoại.</source>
        <translation>The level above (a subordinate union or headquarters) makes a .skp setup package for this unit on its Units &amp; targets page and sends it on a USB stick. It carries the units, programmes, targets and the key of the level above, and enrols this PC: the packages it sends up will be accepted. Compare the key fingerprint with the person who made it by phone.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Mở dữ liệu mẫu</source>
        <translation>Open the sample data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ sở dữ liệu mẫu của trụ sở, 33 công đoàn trực thuộc: 7.085 sáng kiến 2021–2023, rồi sổ đăng ký 2024–2026.</source>
        <translation>The headquarters sample database, 33 subordinate unions: 7,085 initiatives of 2021–2023, then the register of 2024–2026.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mở tệp khác...</source>
        <translation>Open another file...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Một cơ sở dữ liệu SángKiến đã có (tệp .db).</source>
        <translation>An existing SángKiến database (.db file).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mở trên máy chủ...</source>
        <translation>Open on a server...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ sở dữ liệu của trụ sở trên máy chủ PostgreSQL (postgresql://…).</source>
        <translation>A headquarters database on a PostgreSQL server (postgresql://…).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Hãy chọn một đơn vị trong danh sách.</source>
        <translation>Choose a unit in the list.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Chọn gói khởi tạo</source>
        <translation>Choose the setup package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gói SángKiến (*.skp)</source>
        <translation>SángKiến packages (*.skp)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đang cài đặt từ gói khởi tạo...</source>
        <translation>Setting up from the setup package...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đối chiếu dấu vân tay</source>
        <translation>Compare the fingerprints</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đang tạo dữ liệu mẫu...</source>
        <translation>Making the sample data...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ sở dữ liệu SángKiến (*.db)</source>
        <translation>SángKiến databases (*.db)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 không phải cơ sở dữ liệu SángKiến đã khởi tạo cho một đơn vị.</source>
        <translation>%1 is not a SángKiến database set up for a unit.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Đã cài đặt máy này cho %1 — %2.</source>
        <translation>This PC is set up for %1 — %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cấp trên: %1, dấu vân tay khóa %2</source>
        <translation>Parent: %1, key fingerprint %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dấu vân tay khóa của máy này: %1</source>
        <translation>This PC&apos;s key fingerprint: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hãy gọi điện cho người đã tạo gói khởi tạo, đối chiếu dấu vân tay của cấp trên và đọc cho họ dấu vân tay của máy này.</source>
        <translation>Phone the person who made the setup package, compare the parent&apos;s fingerprint and read them this PC&apos;s fingerprint.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Gõ mã hoặc tên đơn vị, ví dụ VSP-TD03 hoặc Tam Đảo</source>
        <translation>Type a unit code or name, e.g. VSP-TD03 or Tam Đảo</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../desktop/dialogs/help_window.py" line="+24"/>
        <source>Hướng dẫn sử dụng SángKiến</source>
        <translation>SángKiến user guide</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../desktop/dialogs/programme_wizard.py" line="+65"/>
        <source>Chương trình mới: tên và thời gian</source>
        <translation>New programme: name and window</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sáng kiến đăng ký trong thời gian này, của các đơn vị thuộc %1, được tính.</source>
        <translation>Initiatives registered in this window by the units of %1 count toward it.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sáng kiến vì người lao động 2025–2027</source>
        <translation>Initiatives for the workers 2025–2027</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sáng kiến đã đăng ký</source>
        <translation>Registered initiatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sáng kiến được công nhận</source>
        <translation>Recognised initiatives</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(như tên chương trình)</source>
        <translation>(as the programme&apos;s name)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã chương trình:</source>
        <translation>Programme code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ ngày:</source>
        <translation>From:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến ngày:</source>
        <translation>To:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tính:</source>
        <translation>Counts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy chứng nhận ghi:</source>
        <translation>Certificates read:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Hãy nhập mã và tên chương trình.</source>
        <translation>Enter the programme&apos;s code and name.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ngày kết thúc phải sau ngày bắt đầu.</source>
        <translation>The end date must come after the start date.</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="+41"/>
        <source>Mới</source>
        <translation>New</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cập nhật</source>
        <translation>Updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không đổi</source>
        <translation>Unchanged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cũ hơn</source>
        <translation>Older</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xung đột</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ chối</source>
        <translation>Refused</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 — BỊ TỪ CHỐI</source>
        <translation>%1 — REFUSED</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — đã nhập rồi, không thay đổi gì</source>
        <translation>%1 — already imported, nothing changes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 — từ %2: %3 mới, %4 cập nhật, %5 xung đột, %6 từ chối</source>
        <translation>%1 — from %2: %3 new, %4 updated, %5 conflicts, %6 refused</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Gói %1 bị từ chối, không nhập được:
%2</source>
        <translation>Package %1 was refused and cannot be imported:
%2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gói %1 đã được nhập rồi: nhập lại không thay đổi gì.</source>
        <translation>Package %1 has already been imported: importing it again changes nothing.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>từ cấp trên</source>
        <translation>from the higher level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>từ cấp dưới</source>
        <translation>from a lower level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, toàn bộ</source>
        <translation>, full</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gói %1 %2 %3, tạo lúc %4%5.</source>
        <translation>Package %1 %2 %3, created at %4%5.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Xem trước khi nhập gói</source>
        <translation>Package import preview</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Bản ghi bị từ chối và lý do:</source>
        <translation>Refused records and why:</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Máy mới, đã đăng ký tại đây</source>
        <translation>New machine, enrolled here</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Máy mới của %1, đã đăng ký tại đây: máy đó được cài từ gói khởi tạo do máy này cấp, nên khóa của nó được tin cậy mà không cần hỏi. Dấu vân tay khóa của máy đó (để đối chiếu nếu muốn):</source>
        <translation>A new machine of %1, enrolled here: it was set up from a setup package issued by this machine, so its key is trusted without asking. Its key fingerprint (to compare if you wish):</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Máy gửi chưa được biết ở đây</source>
        <translation>The sending machine is not known here</translation>
    </message>
    <message>
        <location line="-190"/>
        <source> — MÁY MỚI CHƯA BIẾT: cần đối chiếu dấu vân tay</source>
        <translation> — NEW, UNKNOWN MACHINE: compare its key fingerprint</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — máy mới, đã đăng ký tại đây</source>
        <translation> — new machine, enrolled here</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Tin cậy máy này</source>
        <translation>Trust this machine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cảnh báo: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Gói này đến từ một máy chưa biết của đơn vị %1. Hãy gọi điện cho đơn vị đó và đọc dấu vân tay khóa dưới đây để đối chiếu với dấu vân tay hiện trên máy của họ. Chỉ tin cậy khi hai dãy khớp nhau hoàn toàn.</source>
        <translation>This package comes from an unknown machine of unit %1. Phone that unit and read out the key fingerprint below to compare it with the one shown on their machine. Trust it only if the two match exactly.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>… và %1 bản ghi nữa.</source>
        <translation>… and %1 more records.</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>Nhập %n gói</source>
        <translation>
            <numerusform>Import %n package</numerusform>
            <numerusform>Import %n packages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n gói đã kiểm tra: %1 gói nhập được.</source>
        <translation>
            <numerusform>%n package checked: %1 can be imported.</numerusform>
            <numerusform>%n packages checked: %1 can be imported.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n gói từ máy mới chờ bạn đối chiếu dấu vân tay và bấm «Tin cậy máy này».</source>
        <translation>
            <numerusform>%n package from a new machine waits for you to compare fingerprints and tick «Trust this machine».</numerusform>
            <numerusform>%n packages from new machines wait for you to compare fingerprints and tick «Trust this machine».</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Có thể trùng với sáng kiến đã có ở đơn vị khác</source>
        <translation>May duplicate an initiative already here from another unit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nhập gói không gộp gì cả. Sau khi nhập, xem và quyết định ở trang «Trùng lặp».</source>
        <translation>Importing merges nothing. After the import, look and decide on the Duplicates page.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trong gói</source>
        <translation>In the package</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đã có ở đây</source>
        <translation>Already here</translation>
    </message>
</context>
<context>
    <name>InitiativeForm</name>
    <message>
        <location filename="../../desktop/dialogs/initiative_fields.py" line="+62"/>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sáng kiến</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Áp dụng và hiệu quả</source>
        <translation>Application and benefits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảo mật</source>
        <translation>Confidentiality</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công nhận</source>
        <translation>Recognition</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tệp đính kèm</source>
        <translation>Attachments</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_form.py" line="+402"/>
        <source>Tác giả hoặc nhóm tác giả đề nghị công nhận sáng kiến (tổng tỷ lệ đóng góp 100%):</source>
        <translation>Author or group of authors applying for recognition (contributions totalling 100%):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_fields.py" line="+12"/>
        <source>Để trống: tự cấp khi lưu (MÃĐƠNVỊ-NĂM-SỐ)</source>
        <translation>Leave empty: assigned on saving (UNITCODE-YEAR-NO.)</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Số đăng ký:</source>
        <translation>Reg. no.:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tên sáng kiến: *</source>
        <translation>Title: *</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị: *</source>
        <translation>Unit: *</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loại giải pháp: *</source>
        <translation>Solution type: *</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_form.py" line="-79"/>
        <source>(chưa chọn)</source>
        <translation>(not chosen)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_fields.py" line="+6"/>
        <source>Lĩnh vực:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chủ đầu tư tạo ra sáng kiến:</source>
        <translation>Investor who funded the initiative:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ngày đăng ký: *</source>
        <translation>Registered on: *</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>(chưa nhập)</source>
        <translation>(not entered)</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Giai đoạn:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_form.py" line="+99"/>
        <source>Sáng kiến được tính cho mọi chương trình có thời gian và đơn vị bao gồm nó. Đơn vị sở hữu chương trình (hoặc cấp trên) có thể tính thêm hoặc bỏ ra.</source>
        <translation>An initiative counts toward every programme whose window and units cover it. The programme&apos;s owner unit (or a unit above it) may count one in or leave one out.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_fields.py" line="+1"/>
        <source>Tính cho chương trình:</source>
        <translation>Counts toward:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mô tả bản chất của sáng kiến:</source>
        <translation>Description of the initiative:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ngày áp dụng lần đầu:</source>
        <translation>First applied on:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phạm vi áp dụng:</source>
        <translation>Scope of application:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Các điều kiện cần thiết để áp dụng:</source>
        <translation>Conditions needed to apply it:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lợi ích thu được theo ý kiến tác giả:</source>
        <translation>Benefits in the authors&apos; view:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lợi ích theo ý kiến đơn vị áp dụng:</source>
        <translation>Benefits in the applying unit&apos;s view:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Những người tham gia áp dụng lần đầu:</source>
        <translation>People who took part in the first application:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Giá trị làm lợi (ước tính):</source>
        <translation>Benefit value (estimated):</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_form.py" line="-89"/>
        <source>ví dụ 1.250.000.000</source>
        <translation>e.g. 1.250.000.000</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_fields.py" line="+10"/>
        <source>Sáng kiến chứa bí mật công nghệ</source>
        <translation>The initiative contains technology secrets</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_form.py" line="+106"/>
        <source>Khi đánh dấu, chỉ tên, tóm tắt và kết quả công nhận được gửi lên cấp trên; mô tả chi tiết ở lại đơn vị.</source>
        <translation>When ticked, only the title, summary and recognition result are sent to the higher level; the detailed description stays in the unit.</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_fields.py" line="+5"/>
        <source>Những thông tin cần được bảo mật:</source>
        <translation>Information to keep confidential:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_form.py" line="+17"/>
        <source>Chuyển sang:</source>
        <translation>Move to:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_fields.py" line="+3"/>
        <source>Ngày công nhận:</source>
        <translation>Recognised on:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(chưa có)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_form.py" line="+8"/>
        <source>Tổng điểm</source>
        <translation>Total score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xếp loại</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_fields.py" line="+2"/>
        <source>Xét duyệt:</source>
        <translation>Reviews:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_form.py" line="+7"/>
        <source>Số chứng nhận</source>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ngày cấp</source>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Người ký</source>
        <translation>Signed by</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_fields.py" line="+1"/>
        <source>Giấy chứng nhận:</source>
        <translation>Certificates:</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_form.py" line="-139"/>
        <source>Ví dụ: 1.250.000.000 hoặc 1,25 tỷ; 500 triệu; 12.345,67 USD</source>
        <translation>For example: 1,250,000,000 or 1.25 billion; 500 million; 12,345.67 USD</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>Cấp xét duyệt</source>
        <translation>Review level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày họp xét</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Xóa sáng kiến…</source>
        <translation>Delete initiative…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lưu mọi thay đổi (Ctrl+S)</source>
        <translation>Save all changes (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lịch sử thay đổi…</source>
        <translation>History…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ai đã sửa gì, khi nào (nhật ký thay đổi)</source>
        <translation>Who changed what, and when (the audit trail)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sáng kiến mới</source>
        <translation>New initiative</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>xác định theo ngày đăng ký khi lưu</source>
        <translation>set from the registration date on saving</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sáng kiến %1</source>
        <translation>Initiative %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(ngoài các giai đoạn)</source>
        <translation>(outside the phases)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(ngoại lệ)</source>
        <translation>(exception)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(không chương trình nào)</source>
        <translation>(no programme)</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Chuyển sang trạng thái “%1”</source>
        <translation>Move to the status “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(không còn bước nào tiếp theo)</source>
        <translation>(no further step)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Trả về bản nháp</source>
        <translation>Return to draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nộp</source>
        <translation>Submit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đưa ra xét</source>
        <translation>Send for review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yêu cầu bổ sung</source>
        <translation>Ask for more information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công nhận sáng kiến</source>
        <translation>Recognise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không công nhận</source>
        <translation>Do not recognise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi đã cấp chứng nhận</source>
        <translation>Mark as certified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rút sáng kiến</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đánh dấu trùng lặp</source>
        <translation>Mark as duplicate</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>Không lưu được</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Chuyển sáng kiến sang trạng thái “%1”?</source>
        <translation>Move the initiative to status “%1”?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Xóa sáng kiến này? Dữ liệu vẫn được giữ lại và có thể khôi phục.</source>
        <translation>Delete this initiative? The data is kept and can be restored.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Sáng kiến có thay đổi chưa lưu. Lưu lại trước khi đóng?</source>
        <translation>The initiative has unsaved changes. Save before closing?</translation>
    </message>
</context>
<context>
    <name>InitiativeTableModel</name>
    <message>
        <location filename="../../desktop/models/initiative_table.py" line="+66"/>
        <location filename="../../desktop/views/first_rows.py" line="+47"/>
        <source>Số đăng ký</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/first_rows.py" line="+1"/>
        <source>Tên sáng kiến</source>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/first_rows.py" line="+1"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/first_rows.py" line="+1"/>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/first_rows.py" line="+1"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/views/first_rows.py" line="+1"/>
        <source>Loại giải pháp</source>
        <translation>Solution type</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/views/first_rows.py" line="+1"/>
        <source>Giai đoạn</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/first_rows.py" line="+1"/>
        <source>Ngày đăng ký</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/views/first_rows.py" line="+1"/>
        <source>Ngày áp dụng</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../desktop/views/first_rows.py" line="+1"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/first_rows.py" line="+1"/>
        <source>Giá trị làm lợi</source>
        <translation>Benefit value</translation>
    </message>
</context>
<context>
    <name>InitiativesExcel</name>
    <message>
        <location filename="../../desktop/views/initiatives_excel.py" line="+26"/>
        <source>Xuất Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu các sáng kiến đang hiện (theo bộ lọc) ra Excel hoặc CSV</source>
        <translation>Save the initiatives shown (by the filters) to Excel or CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhập từ Excel…</source>
        <translation>Import from Excel…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhập sáng kiến từ một bảng Excel, xem trước rồi mới ghi</source>
        <translation>Import initiatives from an Excel sheet, with a preview before anything is written</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhập từ tệp Excel…</source>
        <translation>Import from an Excel file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lưu tệp Excel mẫu để điền…</source>
        <translation>Save an Excel template to fill in…</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+84"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>CSV, UTF-8, dấu phẩy (*.csv)</source>
        <translation>CSV, UTF-8, commas (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV, UTF-8, dấu chấm phẩy — Excel tiếng Việt (*.csv)</source>
        <translation>CSV, UTF-8, semicolons — Excel in Vietnamese format (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xuất sổ sáng kiến</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Đang xuất sổ sáng kiến…</source>
        <translation>Exporting the register…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không xuất được</source>
        <translation>Could not export</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đã xuất %1 sáng kiến vào:
%2</source>
        <translation>Exported %1 initiatives to:
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã xuất</source>
        <translation>Exported</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nhập sáng kiến từ Excel</source>
        <translation>Import initiatives from Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bảng tính Excel hoặc CSV (*.xlsx *.csv)</source>
        <translation>Excel workbook or CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Lưu tệp Excel mẫu</source>
        <translation>Save the Excel template</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Đã lưu tệp mẫu vào:
%1
Điền từ dòng 3 (dòng 2 là ví dụ), rồi dùng Nhập từ Excel.</source>
        <translation>Saved the template to:
%1
Fill it in from row 3 (row 2 is an example), then use Import from Excel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đang tạo tệp mẫu…</source>
        <translation>Making the template…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
</context>
<context>
    <name>InitiativesPage</name>
    <message>
        <location filename="../../desktop/views/initiatives_page.py" line="+85"/>
        <source>Tìm theo tên, số đăng ký, tác giả, đơn vị… (gõ không dấu cũng được)</source>
        <translation>Search by title, reg. no., author, unit… (accents optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sáng kiến mới</source>
        <translation>New initiative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đăng ký một sáng kiến mới (Ctrl+N)</source>
        <translation>Register a new initiative (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bộ lọc</source>
        <translation>Filters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hiện hoặc ẩn bảng bộ lọc bên trái</source>
        <translation>Show or hide the filter panel on the left</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>đơn vị</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>giai đoạn</source>
        <translation>phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trạng thái</source>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lĩnh vực</source>
        <translation>field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loại giải pháp</source>
        <translation>solution type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ngày đăng ký</source>
        <translation>registration date</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Đang lọc theo %1: danh sách chỉ hiện các sáng kiến khớp.</source>
        <translation>Filtered by %1: the list shows only the matching initiatives.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tất cả đơn vị</source>
        <translation>All units</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+1"/>
        <source>(không giới hạn)</source>
        <translation>(any)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đơn vị (gồm cả đơn vị trực thuộc):</source>
        <translation>Unit (including units under it):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giai đoạn:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lĩnh vực:</source>
        <translation>Field:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại giải pháp:</source>
        <translation>Solution type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày đăng ký từ:</source>
        <translation>Registered from:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>đến:</source>
        <translation>to:</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Tìm kiếm không thành công</source>
        <translation>The search failed</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%Ln sáng kiến</source>
        <translation>
            <numerusform>%Ln initiative</numerusform>
            <numerusform>%Ln initiatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="-204"/>
        <location line="+67"/>
        <source>Xóa bộ lọc</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tất cả giai đoạn</source>
        <translation>All phases</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mọi trạng thái</source>
        <translation>Any status</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mọi lĩnh vực</source>
        <translation>Any field</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mọi loại giải pháp</source>
        <translation>Any solution type</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Chưa có sáng kiến nào: bấm «Sáng kiến mới» (Ctrl+N)</source>
        <translation>No initiatives yet: click «New initiative» (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không có sáng kiến nào khớp: bấm «Xóa bộ lọc»</source>
        <translation>No initiative matches: click «Clear filters»</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Đã lưu sáng kiến số %1.</source>
        <translation>Initiative %1 saved.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Hiện các cột</source>
        <translation>Show columns</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop/main_window.py" line="+78"/>
        <source>&amp;Tệp</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sáng kiến &amp;mới…</source>
        <translation>&amp;New initiative…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tìm sáng kiến</source>
        <translation>&amp;Find initiatives</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Mở cơ sở dữ liệu khác…</source>
        <translation>&amp;Open another database…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mở cơ sở dữ liệu trên má&amp;y chủ…</source>
        <translation>Open a database on a ser&amp;ver…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>T&amp;hoát</source>
        <translation>E&amp;xit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trợ &amp;giúp</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Hướng dẫn sử dụng</source>
        <translation>User &amp;guide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Lịch sử thay đổi của sáng kiến…</source>
        <translation>Initiative &amp;history…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Giới thiệu SángKiến</source>
        <translation>&amp;About SángKiến</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Đơn vị: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 trên %2</source>
        <translation>%1 on %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — SángKiến</source>
        <translation>%1 — SángKiến</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Đang mở cơ sở dữ liệu…</source>
        <translation>Opening the database…</translation>
    </message>
    <message numerus="yes">
        <location line="+29"/>
        <source>%Ln sáng kiến</source>
        <translation>
            <numerusform>%Ln initiative</numerusform>
            <numerusform>%Ln initiatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+10"/>
        <source>Lịch sử thay đổi</source>
        <translation>History</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Số đăng ký của sáng kiến (ví dụ VSP-2022-0001):</source>
        <translation>The initiative&apos;s registration number (e.g. VSP-2022-0001):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Không có sáng kiến số %1.</source>
        <translation>There is no initiative numbered %1.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Mở cơ sở dữ liệu</source>
        <translation>Open database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cơ sở dữ liệu SángKiến (*.db *.sqlite);;Mọi tệp (*)</source>
        <translation>SángKiến databases (*.db *.sqlite);;All files (*)</translation>
    </message>
</context>
<context>
    <name>MergePeopleDialog</name>
    <message>
        <location filename="../../desktop/dialogs/merge_people_dialog.py" line="+34"/>
        <location line="+123"/>
        <source>Gộp tác giả trùng</source>
        <translation>Merge duplicate people</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Giữ lại:</source>
        <translation>Keep:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Những người còn lại trong nhóm được gộp vào người giữ lại: các sáng kiến của họ chuyển sang người này; mã cũ vẫn được nhận ra trong các gói gửi đến.</source>
        <translation>The others in the group are merged into the person kept: their initiatives move to this person; their old ids are still recognised in incoming packages.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Gộp</source>
        <translation>Merge</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hoàn tác</source>
        <translation>Undo</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n nhóm tác giả có thể là một người.</source>
        <translation>
            <numerusform>%n group of people who may be one person.</numerusform>
            <numerusform>%n groups of people who may be one person.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n SK</source>
        <translation>
            <numerusform>%n initiative</numerusform>
            <numerusform>%n initiatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Không có tác giả nào có thể trùng.</source>
        <translation>No possible duplicate people.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>cùng họ tên và ngày sinh</source>
        <translation>same name and date of birth</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cùng mã nhân viên</source>
        <translation>same employee number</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/views/backups_page.py" line="+53"/>
        <location filename="../../desktop/views/registry.py" line="+92"/>
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="+13"/>
        <location filename="../../desktop/views/registry.py" line="-8"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/initiatives_page.py" line="-349"/>
        <location filename="../../desktop/views/registry.py" line="+1"/>
        <source>Sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location filename="../../desktop/views/people_page.py" line="+41"/>
        <location filename="../../desktop/views/registry.py" line="+1"/>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location filename="../../desktop/views/registry.py" line="+2"/>
        <location filename="../../desktop/views/reviews_page.py" line="+44"/>
        <source>Xét duyệt</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../desktop/views/settings_page.py" line="+38"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location line="-4"/>
        <location filename="../../desktop/views/units_page.py" line="+54"/>
        <source>Đơn vị &amp; chỉ tiêu</source>
        <translation>Units &amp; targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../desktop/views/sync_page.py" line="+43"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/views/certificates_page.py" line="-25"/>
        <location filename="../../desktop/views/registry.py" line="+1"/>
        <source>Chứng nhận</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/views/duplicates_page.py" line="-290"/>
        <location filename="../../desktop/views/registry.py" line="-4"/>
        <source>Trùng lặp</source>
        <translation>Duplicates</translation>
    </message>
</context>
<context>
    <name>PaperButtons</name>
    <message>
        <location filename="../../desktop/dialogs/paper_saving.py" line="+24"/>
        <source>PDF để in (*.pdf)</source>
        <translation>PDF to print (*.pdf)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Word để sửa (*.docx)</source>
        <translation>Word to edit (*.docx)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu giấy tờ</source>
        <translation>Save the paper</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đã lưu</source>
        <translation>Saved</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã lưu vào:
%1</source>
        <translation>Saved to:
%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Đang lập giấy tờ…</source>
        <translation>Preparing the paper…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không lưu được</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>In đơn…</source>
        <translation>Print form…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đơn yêu cầu công nhận sáng kiến (Thông tư 18/2013, Phụ lục I): PDF hoặc Word</source>
        <translation>Request for recognition of an initiative (Circular 18/2013, Annex I): PDF or Word</translation>
    </message>
    <message>
        <location filename="../../desktop/views/paper_buttons.py" line="+17"/>
        <source>Giấy tờ Hội đồng…</source>
        <translation>Council papers…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Phiếu chấm điểm, biên bản họp, danh sách kèm quyết định công nhận</source>
        <translation>Scoring sheets, meeting minutes, the list attached to a recognition decision</translation>
    </message>
</context>
<context>
    <name>PeopleModel</name>
    <message>
        <location filename="../../desktop/models/people_model.py" line="-66"/>
        <source>Có thể trùng với một người khác cùng họ tên và ngày sinh.</source>
        <translation>May be a duplicate of another person with the same name and date of birth.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Họ và tên</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ngày sinh</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chức danh</source>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mã nhân viên</source>
        <translation>Employee no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Số sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <location filename="../../desktop/views/people_page.py" line="+24"/>
        <source>Tìm theo họ tên hoặc mã nhân viên (gõ không dấu)</source>
        <translation>Search by name or employee no. (accents optional)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chỉ người có thể trùng lặp</source>
        <translation>Possible duplicates only</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thêm tác giả…</source>
        <translation>Add author…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Gộp tác giả trùng…</source>
        <translation>Merge duplicates…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Không có tác giả nào có thể trùng.</source>
        <translation>No authors who may be the same person.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chưa có tác giả nào. Bấm «Thêm tác giả…», hoặc thêm tác giả ngay trong mẫu sáng kiến.</source>
        <translation>No authors yet. Click «Add author…», or add the authors right in the initiative form.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Không tìm thấy tác giả nào.</source>
        <translation>No authors found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tác giả (hiện %2 người đầu; hãy tìm để thu hẹp).</source>
        <translation>%1 authors (showing the first %2; search to narrow down).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln tác giả.</source>
        <translation>
            <numerusform>%Ln author.</numerusform>
            <numerusform>%Ln authors.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Chọn một tác giả để xem các sáng kiến của người đó.</source>
        <translation>Choose an author to see their initiatives.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sáng kiến của %1 (%2)</source>
        <translation>Initiatives of %1 (%2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Có thể trùng với: %1 (cùng họ tên và ngày sinh).</source>
        <translation>May be a duplicate of: %1 (same name and date of birth).</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <location filename="../../desktop/dialogs/person_dialog.py" line="+41"/>
        <source>Sửa thông tin tác giả</source>
        <translation>Edit author</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Thêm tác giả</source>
        <translation>Add author</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Ví dụ: Nguyễn Văn An</source>
        <translation>e.g. Nguyễn Văn An</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(Chưa rõ đơn vị)</source>
        <translation>(Unit not known)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: Kỹ sư khoan</source>
        <translation>e.g. Drilling engineer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ví dụ: Kỹ sư cơ khí</source>
        <translation>e.g. Mechanical engineer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Là đoàn viên công đoàn</source>
        <translation>Trade union member</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày sinh:</source>
        <translation>Date of birth:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nơi công tác:</source>
        <translation>Workplace:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức danh:</source>
        <translation>Job title:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trình độ chuyên môn:</source>
        <translation>Qualification:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã nhân viên:</source>
        <translation>Employee no.:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Có thể trùng với người đã có (cùng họ tên và ngày sinh): %1. Hãy kiểm tra trước khi lưu.</source>
        <translation>May be a duplicate of an existing person (same name and date of birth): %1. Check before saving.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../desktop/dialogs/authors_editor.py" line="+34"/>
        <source>Chọn tác giả đã có</source>
        <translation>Choose an existing author</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Gõ họ tên hoặc mã nhân viên (không dấu cũng được)</source>
        <translation>Type a name or employee no. (accents optional)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Không tìm thấy ai — hãy thêm tác giả mới.</source>
        <translation>Nobody found — add a new author.</translation>
    </message>
</context>
<context>
    <name>PhasesPage</name>
    <message>
        <location filename="../../desktop/dialogs/programme_wizard.py" line="+11"/>
        <source>Các giai đoạn</source>
        <translation>Phases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Các giai đoạn nằm trong thời gian của chương trình và không chồng lên nhau.</source>
        <translation>Phases lie within the programme&apos;s window and do not overlap.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Thêm giai đoạn</source>
        <translation>Add phase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mỗi năm một giai đoạn</source>
        <translation>One phase a year</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xóa giai đoạn</source>
        <translation>Remove phase</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Giai đoạn %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Mỗi giai đoạn cần ngày bắt đầu và kết thúc dạng dd/mm/yyyy.</source>
        <translation>Every phase needs a start and an end date as dd/mm/yyyy.</translation>
    </message>
</context>
<context>
    <name>ProgrammeWizard</name>
    <message>
        <location line="+145"/>
        <source>Chương trình thi đua mới</source>
        <translation>New emulation programme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tiếp &gt;</source>
        <translation>Next &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; Quay lại</source>
        <translation>&lt; Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tạo chương trình</source>
        <translation>Create programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>ProgressChart</name>
    <message>
        <location filename="../../desktop/widgets/progress_chart.py" line="+54"/>
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: %2 / %3 chỉ tiêu</source>
        <translation>%1: %2 / %3 target</translation>
    </message>
</context>
<context>
    <name>ProgressModel</name>
    <message>
        <location filename="../../desktop/models/progress_model.py" line="+36"/>
        <source>Mã</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Đã công nhận</source>
        <translation>Recognised</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>ProgressReport</name>
    <message>
        <location filename="../../desktop/views/progress_report_button.py" line="+27"/>
        <source>Báo cáo…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lưu báo cáo tiến độ (PDF để in, hoặc Excel) theo ngày đang xem</source>
        <translation>Save the progress report (PDF for printing, or Excel) for the date shown</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Báo cáo PDF (*.pdf)</source>
        <translation>PDF report (*.pdf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lưu báo cáo tiến độ</source>
        <translation>Save progress report</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đang lập báo cáo tiến độ…</source>
        <translation>Making the progress report…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Không lưu được báo cáo</source>
        <translation>Cannot save the report</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Đã lưu báo cáo tiến độ tính đến %1 vào:
%2</source>
        <translation>Progress report as of %1 saved to:
%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã lưu báo cáo</source>
        <translation>Report saved</translation>
    </message>
</context>
<context>
    <name>RenameUnitDialog</name>
    <message>
        <location filename="../../desktop/dialogs/unit_dialog.py" line="-124"/>
        <source>Đổi tên đơn vị</source>
        <translation>Rename unit</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tên mới:</source>
        <translation>New name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên viết tắt mới:</source>
        <translation>New short name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dùng tên mới từ ngày:</source>
        <translation>New name used from:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên cũ được giữ trong lịch sử tên của đơn vị; giấy chứng nhận in tên đơn vị đúng vào ngày cấp.</source>
        <translation>The old name is kept in the unit&apos;s name history; certificates print the unit&apos;s name as it was on the date of issue.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <location filename="../../desktop/dialogs/review_dialog.py" line="+43"/>
        <source>Ghi kết quả xét duyệt</source>
        <translation>Record review result</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 điểm</source>
        <translation>%1 points</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Đơn vị: %1 · Tác giả: %2 · Trạng thái: %3</source>
        <translation>Unit: %1 · Authors: %2 · Status: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã xét: %1</source>
        <translation>Reviewed: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hội đồng</source>
        <translation>Council</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Ví dụ: Hội đồng sáng kiến Công đoàn Dầu khí</source>
        <translation>e.g. Oil and Gas Trade Union initiatives council</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cấp xét duyệt:</source>
        <translation>Review level:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hội đồng:</source>
        <translation>Council:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày họp xét:</source>
        <translation>Meeting date:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chấm điểm (mỗi tiêu chí 0–%1)</source>
        <translation>Scores (each criterion 0–%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tính mới:</source>
        <translation>Novelty:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Khả năng áp dụng:</source>
        <translation>Applicability:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hiệu quả:</source>
        <translation>Effectiveness:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Tổng điểm:</source>
        <translation>Total score:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xếp loại:</source>
        <translation>Grade:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Kết luận</source>
        <translation>Conclusion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(Chưa kết luận — chỉ ghi điểm)</source>
        <translation>(No conclusion yet — scores only)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ví dụ: 125/QĐ-CĐDK</source>
        <translation>e.g. 125/QD-CDDK</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhận xét của hội đồng, lý do không công nhận…</source>
        <translation>Council&apos;s remarks, reasons for not recognising…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kết quả:</source>
        <translation>Result:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số quyết định:</source>
        <translation>Decision no.:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày quyết định:</source>
        <translation>Decision date:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lý do, nhận xét:</source>
        <translation>Reasons, remarks:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Ghi kết quả</source>
        <translation>Record result</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>— / %1</source>
        <translation>— / %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Không xếp loại</source>
        <translation>Not graded</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>giữ nguyên: %1</source>
        <translation>unchanged: %1</translation>
    </message>
</context>
<context>
    <name>ReviewQueueModel</name>
    <message>
        <location filename="../../desktop/models/reviews_model.py" line="+19"/>
        <source>Số đăng ký</source>
        <translation>Reg. no.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên sáng kiến</source>
        <translation>Initiative title</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ngày đăng ký</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lần xét</source>
        <translation>Reviews</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../../desktop/views/reviews_page.py" line="+24"/>
        <source>Tìm số đăng ký, tên, tác giả… (gõ không dấu)</source>
        <translation>Search reg. no., title, author… (accents optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mọi trạng thái chờ xét</source>
        <translation>All pending statuses</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Ghi kết quả xét duyệt…</source>
        <translation>Record review result…</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+81"/>
        <source>Các lần xét duyệt trước</source>
        <translation>Earlier reviews</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày họp</source>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội đồng</source>
        <translation>Council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xếp loại</source>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết quả</source>
        <translation>Result</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quyết định</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do, nhận xét</source>
        <translation>Reasons, remarks</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Không có sáng kiến nào đang chờ xét duyệt.</source>
        <translation>No initiatives awaiting review.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 sáng kiến đang chờ xét duyệt (hiện %2 sáng kiến đầu; hãy tìm để thu hẹp).</source>
        <translation>%1 initiatives awaiting review (showing the first %2; search to narrow down).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%Ln sáng kiến đang chờ xét duyệt.</source>
        <translation>
            <numerusform>%Ln initiative awaiting review.</numerusform>
            <numerusform>%Ln initiatives awaiting review.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Các lần xét duyệt của %1</source>
        <translation>Reviews of %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Chưa xét lần nào</source>
        <translation>Not reviewed yet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Đã ghi kết quả xét duyệt của %1.</source>
        <translation>Review of %1 recorded.</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../desktop/dialogs/server_dialog.py" line="+24"/>
        <source>Địa chỉ máy chủ bắt đầu bằng postgresql://, ví dụ %1.</source>
        <translation>A server address starts with postgresql://, for example %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Địa chỉ không đúng dạng. Dạng đúng: %1.</source>
        <translation>This is not a valid address. It looks like: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đừng ghi mật khẩu trong địa chỉ: SángKiến không lưu mật khẩu. Hãy đặt nó trong tệp ~/.pgpass hoặc biến môi trường PGPASSWORD, rồi bỏ mật khẩu khỏi địa chỉ.</source>
        <translation>Do not put the password in the address: SángKiến never stores a password. Keep it in ~/.pgpass or the PGPASSWORD environment variable, and remove it from the address.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Địa chỉ thiếu tên cơ sở dữ liệu sau dấu / cuối. Dạng đúng: %1.</source>
        <translation>The address names no database after the last /. It looks like: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Mở cơ sở dữ liệu trên máy chủ</source>
        <translation>Open a database on a server</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Địa chỉ máy chủ PostgreSQL:</source>
        <translation>PostgreSQL server address:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mật khẩu không nhập ở đây và không được lưu: SángKiến dùng mật khẩu trong tệp ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf) hoặc biến môi trường PGPASSWORD của máy này.</source>
        <translation>The password is neither typed here nor stored: SángKiến uses the password in ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf) or this PC&apos;s PGPASSWORD environment variable.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Đang kết nối máy chủ…</source>
        <translation>Connecting to the server…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cơ sở dữ liệu %1 trên máy chủ chưa được thiết lập cho đơn vị nào. Hãy chạy lệnh «sangkien --db %1 init --unit MÃ» (hoặc «migrate-to» từ tệp của trụ sở) rồi mở lại.</source>
        <translation>The server database %1 is not set up for any unit. Run «sangkien --db %1 init --unit CODE» (or «migrate-to» from the headquarters file), then open it again.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="-8"/>
        <source>Thư mục tệp đính kèm (bản quét, ảnh):</source>
        <translation>Attachments folder (scans, photos):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thư mục gói đồng bộ (USB):</source>
        <translation>Sync packages folder (USB):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thư mục lưu báo cáo và chứng nhận:</source>
        <translation>Reports and certificates folder:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Ngôn ngữ giao diện</source>
        <translation>Interface language</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Ngôn ngữ:</source>
        <translation>Language:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Người sử dụng</source>
        <translation>User</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ví dụ: Nguyễn Thị Lan</source>
        <translation>e.g. Lan Nguyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tên này được ghi vào nhật ký thay đổi của mỗi bản ghi bạn sửa.</source>
        <translation>This name is written in the change log of every record you edit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Họ và tên:</source>
        <translation>Full name:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Thư mục mặc định</source>
        <translation>Default folders</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Chọn…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Chọn thư mục</source>
        <translation>Choose folder</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cơ sở dữ liệu</source>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tệp:</source>
        <translation>File:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Máy chủ PostgreSQL:</source>
        <translation>PostgreSQL server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên cơ sở dữ liệu:</source>
        <translation>Database name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người dùng:</source>
        <translation>User:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Không lưu trong SángKiến: lấy từ tệp ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf) hoặc biến môi trường PGPASSWORD của máy này.</source>
        <translation>Not kept by SángKiến: taken from this PC&apos;s file ~/.pgpass (Windows: %APPDATA%\postgresql\pgpass.conf) or its PGPASSWORD environment variable.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mật khẩu:</source>
        <translation>Password:</translation>
    </message>
</context>
<context>
    <name>SimilarInitiatives</name>
    <message>
        <location filename="../../desktop/dialogs/similar_initiatives.py" line="+43"/>
        <source>Sáng kiến tương tự đã có</source>
        <translation>Similar initiatives already here</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>Gõ tên sáng kiến để xem các sáng kiến gần giống.</source>
        <translation>Type the title to see similar initiatives.</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sáng kiến</source>
        <translation>Initiative</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Có thể là cùng một sáng kiến: %1</source>
        <translation>Probably the same initiative: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Không thấy sáng kiến nào gần giống.</source>
        <translation>No similar initiative found.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bấm vào một dòng để mở sáng kiến đó.</source>
        <translation>Click a row to open that initiative.</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../desktop/views/sync_tables.py" line="+24"/>
        <source>Ngày giờ</source>
        <translation>Date and time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chiều</source>
        <translation>Direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Nội dung</source>
        <translation>Contents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp</source>
        <translation>File</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quan hệ</source>
        <translation>Relation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dấu vân tay khóa</source>
        <translation>Key fingerprint</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thay đổi chờ gửi (tối đa)</source>
        <translation>Changes waiting to be sent (at most)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số</source>
        <translation>No.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản ghi</source>
        <translation>Record</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trường</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị đang giữ</source>
        <translation>Value kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị bị thay</source>
        <translation>Value replaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tình trạng</source>
        <translation>State</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cấp trên</source>
        <translation>Higher level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp dưới</source>
        <translation>Lower level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy cũ (đã thay)</source>
        <translation>Old machine (replaced)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qua đơn vị trung gian</source>
        <translation>Through a union (relayed)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 mới</source>
        <translation>%1 new</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 cập nhật</source>
        <translation>%1 updated</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 xung đột</source>
        <translation>%1 conflicts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 từ chối</source>
        <translation>%1 refused</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/conflict_texts.py" line="+20"/>
        <source>(trống)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>có</source>
        <translation>yes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>không</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_tables.py" line="+75"/>
        <source>→ Gửi đi</source>
        <translation>→ Sent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>← Nhận về</source>
        <translation>← Received</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Gói khởi tạo: </source>
        <translation>Setup package: </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 bản ghi</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/conflict_texts.py" line="+13"/>
        <source>Chưa xem</source>
        <translation>Not reviewed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã lấy lại giá trị bị thay</source>
        <translation>Replaced value restored</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã giữ</source>
        <translation>Kept</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_export.py" line="+181"/>
        <location filename="../../desktop/views/sync_page.py" line="-4"/>
        <source>Gói đồng bộ SángKiến (*.skp)</source>
        <translation>SángKiến sync packages (*.skp)</translation>
    </message>
    <message>
        <location line="-98"/>
        <source>Gửi gói</source>
        <translation>Send a package</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nơi nhận:</source>
        <translation>Send to:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gửi toàn bộ (không chỉ phần nơi nhận chưa có)</source>
        <translation>Send everything (not only what the receiver lacks)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mã hóa cho nơi nhận (mất USB không lộ dữ liệu)</source>
        <translation>Encrypt for the receiver (a lost USB stick leaks no data)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Xuất gói…</source>
        <translation>Export package…</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_page.py" line="+27"/>
        <location line="+137"/>
        <source>Nhận gói</source>
        <translation>Receive packages</translation>
    </message>
    <message>
        <location line="-133"/>
        <source>Chọn các tệp gói .skp, hoặc cả thư mục trên USB. Mỗi gói được kiểm tra và cho xem trước; dữ liệu được sao lưu trước khi nhập. Gói hỏng được báo tên, các gói khác vẫn nhập.</source>
        <translation>Choose .skp package files, or a whole folder on the USB stick. Each package is checked and previewed; the data is backed up before importing. A damaged package is named and the others are still imported.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nhập từ tệp…</source>
        <translation>Import from files…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhập cả thư mục…</source>
        <translation>Import a whole folder…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Lịch sử gói</source>
        <translation>Package history</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Các máy trao đổi</source>
        <translation>Partner machines</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Không đọc được dữ liệu đồng bộ</source>
        <translation>Cannot read the sync data</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Xung đột (%1)</source>
        <translation>Conflicts (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Máy này phục vụ đơn vị %1. Dấu vân tay khóa (đọc khi gọi điện xác nhận): %2</source>
        <translation>This PC serves the unit %1. Key fingerprint (read it out when confirming by phone): %2</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_export.py" line="+101"/>
        <source>cấp trên</source>
        <translation>higher level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cấp dưới</source>
        <translation>lower level</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Chưa có khóa mã hóa của %1: cần nhận ít nhất một gói từ máy đó trước.</source>
        <translation>No encryption key for %1 yet: receive at least one package from that machine first.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Lưu gói cho %1</source>
        <translation>Save package for %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Đang xuất gói cho %1…</source>
        <translation>Exporting package for %1…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cảnh báo: %1</source>
        <translation>Warning: %1</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_page.py" line="+18"/>
        <source>Chọn gói để nhập</source>
        <translation>Choose packages to import</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chọn thư mục có các gói</source>
        <translation>Choose the folder with the packages</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Không có gói .skp nào ở đó.</source>
        <translation>There are no .skp packages there.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đang kiểm tra %1 gói…</source>
        <translation>Checking %1 packages…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Đang nhập %1 gói…</source>
        <translation>Importing %1 packages…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kết quả nhập gói</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_import.py" line="+108"/>
        <source>lên cấp trên</source>
        <translation>up to the higher level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>xuống cấp dưới</source>
        <translation>down to the lower level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> toàn bộ</source>
        <translation> full</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, đã mã hóa</source>
        <translation>, encrypted</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>không có thay đổi mới</source>
        <translation>no new changes</translation>
    </message>
    <message>
        <location line="-7"/>
        <source> và nội dung của %1 tệp</source>
        <translation> and the contents of %1 file(s)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đã xuất gói%1 %2 cho %3: %4 bản ghi (%5)%6, %7%8.
Tệp: %9</source>
        <translation>Exported%1 package %2 for %3: %4 records (%5)%6, %7%8.
File: %9</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>
    Lưu ý: %1</source>
        <translation>
    Note: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>✘ %1: bị từ chối — %2</source>
        <translation>✘ %1: refused — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>• %1: đã nhập rồi, không thay đổi gì.</source>
        <translation>• %1: already imported, nothing changed.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ %1: đã nhập — %2 bản ghi mới (%3 sáng kiến), %4 cập nhật, %5 xung đột, %6 từ chối.</source>
        <translation>✔ %1: imported — %2 new records (%3 initiatives), %4 updated, %5 conflicts, %6 refused.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> Máy mới của %1 từ nay được tin cậy (dấu vân tay %2).</source>
        <translation> The new machine of %1 is trusted from now on (fingerprint %2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>• %1: chưa nhập — chưa tin cậy máy gửi %2 (dấu vân tay %3).</source>
        <translation>• %1: not imported — sending machine %2 not trusted yet (fingerprint %3).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Bản sao lưu trước khi nhập: %1</source>
        <translation>Backup before the import: %1</translation>
    </message>
</context>
<context>
    <name>TargetsDialog</name>
    <message>
        <location filename="../../desktop/dialogs/unit_dialog.py" line="-59"/>
        <source>Sửa chỉ tiêu</source>
        <translation>Edit targets</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2 – %3):</source>
        <translation>%1 (%2 – %3):</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> sáng kiến</source>
        <translation> initiatives</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>cộng chỉ tiêu của các đơn vị cấp dưới: %1</source>
        <translation>sum of the lower units&apos; targets: %1</translation>
    </message>
</context>
<context>
    <name>TargetsPage</name>
    <message>
        <location filename="../../desktop/dialogs/programme_wizard.py" line="-138"/>
        <source>Chỉ tiêu của các đơn vị</source>
        <translation>Targets of the units</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gõ chỉ tiêu, sao chép từ chương trình trước nhân với một hệ số, hoặc dán một cột từ Excel vào cột đang chọn.</source>
        <translation>Type the targets, copy them from an earlier programme times a factor, or paste a column from Excel into the selected column.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sao chép từ:</source>
        <translation>Copy from:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>× hệ số</source>
        <translation>× factor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sao chép</source>
        <translation>Copy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dán cột từ Excel</source>
        <translation>Paste column from Excel</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Tổng chỉ tiêu: %1</source>
        <translation>Total target: %1</translation>
    </message>
</context>
<context>
    <name>Tasks</name>
    <message>
        <location filename="../../desktop/tasks.py" line="+208"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đang làm việc</source>
        <translation>Working</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Không thực hiện được</source>
        <translation>Could not be done</translation>
    </message>
</context>
<context>
    <name>UnitsModel</name>
    <message>
        <location filename="../../desktop/models/units_model.py" line="+22"/>
        <source>Đơn vị</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp</source>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đoàn viên</source>
        <translation>Members</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chỉ tiêu %1</source>
        <translation>Target %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiến độ</source>
        <translation>Progress</translation>
    </message>
</context>
<context>
    <name>UnitsPage</name>
    <message>
        <location filename="../../desktop/views/units_page.py" line="+30"/>
        <source>Tìm đơn vị theo mã hoặc tên (gõ không dấu)</source>
        <translation>Find a unit by code or name (accents optional)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chương trình:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chương trình mới…</source>
        <translation>New programme…</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>Thông tin đơn vị</source>
        <translation>Unit details</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mã:</source>
        <translation>Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên viết tắt:</source>
        <translation>Short name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp:</source>
        <translation>Level:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại cơ sở:</source>
        <translation>Grassroots type:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cụm thi đua:</source>
        <translation>Emulation cluster:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số đoàn viên:</source>
        <translation>Members:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Thêm đơn vị cấp dưới…</source>
        <translation>Add unit below…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sửa thông tin…</source>
        <translation>Edit details…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+159"/>
        <location line="+116"/>
        <source>Ngừng hoạt động</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-273"/>
        <source>Tạo gói khởi tạo…</source>
        <translation>Make setup package…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gói để cài máy mới của đơn vị này (mang theo USB, chạy &apos;Cài đặt từ gói khởi tạo...&apos;)</source>
        <translation>A package to set up a new PC of this unit (carry it on a USB stick, choose &apos;Set up from a setup package...&apos;)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Chỉ tiêu và tiến độ (đến hôm nay)</source>
        <translation>Targets and progress (as of today)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sửa chỉ tiêu…</source>
        <translation>Edit targets…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đổi tên…</source>
        <translation>Rename…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Lịch sử tên</source>
        <translation>Name history</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tên</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Viết tắt</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Từ ngày</source>
        <translation>From</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Đến ngày</source>
        <translation>To</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Máy này thuộc %1: sửa được đơn vị này và các đơn vị cấp dưới.</source>
        <translation>This machine belongs to %1: it can edit this unit and the units under it.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Hoạt động trở lại</source>
        <translation>Reactivate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa có đơn vị nào.</source>
        <translation>No units yet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Chỉ xem: đơn vị này không thuộc quyền quản lý của %1.</source>
        <translation>View only: this unit is not managed by %1.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>chỉ tiêu %1</source>
        <translation>target %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 / %2 — %3</source>
        <translation>%1 / %2 — %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã đăng ký / chỉ tiêu:</source>
        <translation>Registered / target:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(từ đầu)</source>
        <translation>(from the start)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nay</source>
        <translation>now</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Ngừng hoạt động đơn vị %1? Đơn vị và các sáng kiến của nó vẫn được giữ; có thể cho hoạt động trở lại.</source>
        <translation>Deactivate %1? The unit and its initiatives are kept; it can be reactivated.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Không sửa được</source>
        <translation>Could not change</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lưu gói khởi tạo</source>
        <translation>Save setup package</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gói SángKiến (*.skp)</source>
        <translation>SángKiến package (*.skp)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Đang tạo gói khởi tạo…</source>
        <translation>Making the setup package…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã lưu gói khởi tạo cho %1 vào:
%2

Mang tệp này theo USB đến máy mới, chọn &apos;Cài đặt từ gói khởi tạo...&apos; ở màn hình đầu tiên và đối chiếu dấu vân tay khóa qua điện thoại.</source>
        <translation>Saved the setup package for %1 to:
%2

Carry it on a USB stick to the new PC, choose &apos;Set up from a setup package...&apos; on its first screen, and compare the key fingerprint by phone.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Đã tạo gói khởi tạo</source>
        <translation>Setup package made</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <location filename="../../desktop/dialogs/verify_dialog.py" line="+39"/>
        <source>Kiểm tra giấy chứng nhận</source>
        <translation>Verify a certificate</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CDDKVN-2023-00042 ABCD-EFGH-…</source>
        <translation>CDDKVN-2023-00042 ABCD-EFGH-…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kiểm tra</source>
        <translation>Verify</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dán nội dung quét được từ mã QR trên giấy, hoặc gõ số giấy chứng nhận rồi mã xác thực in bên dưới (dấu cách, gạch ngang, chữ hoa hay thường đều được).</source>
        <translation>Paste what was scanned from the QR code on the paper, or type the certificate number and then the verification code printed under it (spaces, dashes, upper or lower case are all fine).</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <location filename="../../db/vocab.py" line="+86"/>
        <source>Nháp</source>
        <comment>status.draft</comment>
        <translation>Draft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã nộp</source>
        <comment>status.submitted</comment>
        <translation>Submitted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang xét</source>
        <comment>status.under_review</comment>
        <translation>Under review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cần bổ sung</source>
        <comment>status.needs_more</comment>
        <translation>Needs more information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã công nhận</source>
        <comment>status.recognised</comment>
        <translation>Recognised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không công nhận</source>
        <comment>status.not_recognised</comment>
        <translation>Not recognised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã cấp chứng nhận</source>
        <comment>status.certified</comment>
        <translation>Certified</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rút</source>
        <comment>status.withdrawn</comment>
        <translation>Withdrawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trùng lặp</source>
        <comment>status.duplicate</comment>
        <translation>Duplicate</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Giải pháp kỹ thuật</source>
        <comment>solution_type.technical</comment>
        <translation>Technical solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giải pháp quản lý</source>
        <comment>solution_type.management</comment>
        <translation>Management solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giải pháp tác nghiệp</source>
        <comment>solution_type.operational</comment>
        <translation>Operational solution</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ứng dụng tiến bộ kỹ thuật</source>
        <comment>solution_type.tech_advance</comment>
        <translation>Application of technical advance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đề tài nghiên cứu khoa học</source>
        <comment>solution_type.research</comment>
        <translation>Scientific research project</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Công đoàn ngành</source>
        <comment>unit_level.industry</comment>
        <translation>Industry union</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công đoàn trực thuộc</source>
        <comment>unit_level.subordinate</comment>
        <translation>Subordinate union</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công đoàn cơ sở</source>
        <comment>unit_level.base</comment>
        <translation>Base union</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công trường / giàn</source>
        <comment>unit_level.site</comment>
        <translation>Site</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Văn phòng</source>
        <comment>site_type.office</comment>
        <translation>Office</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giàn khai thác ngoài khơi</source>
        <comment>site_type.offshore_platform</comment>
        <translation>Offshore platform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giàn khoan</source>
        <comment>site_type.rig</comment>
        <translation>Drilling rig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhà máy</source>
        <comment>site_type.plant</comment>
        <translation>Plant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Công trường dự án</source>
        <comment>site_type.project_site</comment>
        <translation>Project site</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tàu</source>
        <comment>site_type.vessel</comment>
        <translation>Vessel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cấp cơ sở</source>
        <comment>review_level.base</comment>
        <translation>Base level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp công đoàn trực thuộc</source>
        <comment>review_level.subordinate</comment>
        <translation>Subordinate union level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp ngành</source>
        <comment>review_level.industry</comment>
        <translation>Industry level</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Công nhận</source>
        <comment>review_outcome.recognised</comment>
        <translation>Recognised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Không công nhận</source>
        <comment>review_outcome.not_recognised</comment>
        <translation>Not recognised</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yêu cầu bổ sung</source>
        <comment>review_outcome.needs_more</comment>
        <translation>More information requested</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Loại A</source>
        <comment>grade.A</comment>
        <translation>Grade A</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại B</source>
        <comment>grade.B</comment>
        <translation>Grade B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại C</source>
        <comment>grade.C</comment>
        <translation>Grade C</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Đồng Việt Nam</source>
        <comment>currency.VND</comment>
        <translation>Vietnamese dong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đô la Mỹ</source>
        <comment>currency.USD</comment>
        <translation>US dollar</translation>
    </message>
    <message>
        <location filename="../../db/audit.py" line="+55"/>
        <source>Tạo mới</source>
        <comment>audit_action.create</comment>
        <translation>Created</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sửa</source>
        <comment>audit_action.update</comment>
        <translation>Changed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xóa</source>
        <comment>audit_action.delete</comment>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Khôi phục</source>
        <comment>audit_action.restore</comment>
        <translation>Restored</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập từ gói</source>
        <comment>audit_action.import</comment>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nhập từ gói</source>
        <comment>audit_action.merge</comment>
        <translation>Imported</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xung đột</source>
        <comment>audit_action.conflict</comment>
        <translation>Conflict</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Đơn vị</source>
        <comment>audit_table.units</comment>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Giai đoạn</source>
        <comment>audit_table.phases</comment>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lĩnh vực</source>
        <comment>audit_table.fields</comment>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ tiêu</source>
        <comment>audit_table.targets</comment>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tác giả</source>
        <comment>audit_table.people</comment>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sáng kiến</source>
        <comment>audit_table.initiatives</comment>
        <translation>Initiative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tác giả của sáng kiến</source>
        <comment>audit_table.initiative_authors</comment>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xét duyệt</source>
        <comment>audit_table.reviews</comment>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy chứng nhận</source>
        <comment>audit_table.certificates</comment>
        <translation>Certificate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp đính kèm</source>
        <comment>audit_table.attachments</comment>
        <translation>Attachment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quyết định trùng lặp</source>
        <comment>audit_table.duplicate_decisions</comment>
        <translation>Duplicate decision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tác giả đã gộp</source>
        <comment>audit_table.person_aliases</comment>
        <translation>Merged person</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cơ sở dữ liệu</source>
        <comment>audit_table.database</comment>
        <translation>Database</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Số đăng ký</source>
        <comment>audit_field.reg_no</comment>
        <translation>Registration no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên sáng kiến</source>
        <comment>audit_field.title</comment>
        <translation>Title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại giải pháp</source>
        <comment>audit_field.solution_type</comment>
        <translation>Solution type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lĩnh vực</source>
        <comment>audit_field.field_id</comment>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị</source>
        <comment>audit_field.unit_id</comment>
        <translation>Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giai đoạn</source>
        <comment>audit_field.phase_id</comment>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chủ đầu tư</source>
        <comment>audit_field.investor</comment>
        <translation>Investor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày áp dụng lần đầu</source>
        <comment>audit_field.first_applied_on</comment>
        <translation>First applied on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày đăng ký</source>
        <comment>audit_field.registered_on</comment>
        <translation>Registration date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản chất</source>
        <comment>audit_field.essence</comment>
        <translation>Essence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điều kiện áp dụng</source>
        <comment>audit_field.conditions</comment>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lợi ích (tác giả)</source>
        <comment>audit_field.benefit_author</comment>
        <translation>Benefit (author)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lợi ích (đơn vị)</source>
        <comment>audit_field.benefit_unit</comment>
        <translation>Benefit (unit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người áp dụng lần đầu</source>
        <comment>audit_field.first_appliers</comment>
        <translation>First appliers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thông tin bảo mật</source>
        <comment>audit_field.confidential_info</comment>
        <translation>Confidential information</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bí mật công nghệ</source>
        <comment>audit_field.tech_secret</comment>
        <translation>Technology secret</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giá trị làm lợi</source>
        <comment>audit_field.benefit_value</comment>
        <translation>Benefit value</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phạm vi áp dụng</source>
        <comment>audit_field.scope</comment>
        <translation>Scope</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái</source>
        <comment>audit_field.status</comment>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày công nhận</source>
        <comment>audit_field.recognised_on</comment>
        <translation>Recognised on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trùng với</source>
        <comment>audit_field.duplicate_of_id</comment>
        <translation>Duplicate of</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đã xóa</source>
        <comment>audit_field.deleted</comment>
        <translation>Deleted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kết luận</source>
        <comment>audit_field.verdict</comment>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản nộp trước</source>
        <comment>audit_field.original_id</comment>
        <translation>Earlier filing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày sinh</source>
        <comment>audit_field.birth_date</comment>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tác giả</source>
        <comment>audit_field.person_id</comment>
        <translation>Author</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kết quả</source>
        <comment>audit_field.outcome</comment>
        <translation>Outcome</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Xếp loại</source>
        <comment>audit_field.grade</comment>
        <translation>Grade</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Tên cũ của đơn vị</source>
        <comment>audit_table.unit_names</comment>
        <translation>Former unit name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chương trình thi đua</source>
        <comment>audit_table.programmes</comment>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Sáng kiến tính/không tính cho chương trình</source>
        <comment>audit_table.programme_overrides</comment>
        <translation>Programme override</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Đơn vị tiền tệ</source>
        <comment>audit_field.benefit_currency</comment>
        <translation>Currency</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Họ tên</source>
        <comment>audit_field.full_name</comment>
        <translation>Full name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chức danh</source>
        <comment>audit_field.job_title</comment>
        <translation>Job title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trình độ chuyên môn</source>
        <comment>audit_field.qualification</comment>
        <translation>Qualification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã nhân viên</source>
        <comment>audit_field.employee_no</comment>
        <translation>Employee number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đoàn viên công đoàn</source>
        <comment>audit_field.union_member</comment>
        <translation>Union member</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tỷ lệ đóng góp</source>
        <comment>audit_field.share</comment>
        <translation>Share</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thứ tự</source>
        <comment>audit_field.ordinal</comment>
        <translation>Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sáng kiến</source>
        <comment>audit_field.initiative_id</comment>
        <translation>Initiative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cấp</source>
        <comment>audit_field.level</comment>
        <translation>Level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hội đồng</source>
        <comment>audit_field.council</comment>
        <translation>Council</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày họp xét</source>
        <comment>audit_field.reviewed_on</comment>
        <translation>Meeting date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm tính mới</source>
        <comment>audit_field.score_novelty</comment>
        <translation>Novelty score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm khả năng áp dụng</source>
        <comment>audit_field.score_applicability</comment>
        <translation>Applicability score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Điểm hiệu quả</source>
        <comment>audit_field.score_benefit</comment>
        <translation>Benefit score</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tổng điểm</source>
        <comment>audit_field.total</comment>
        <translation>Total score</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Số quyết định</source>
        <comment>audit_field.decision_no</comment>
        <translation>Decision number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày quyết định</source>
        <comment>audit_field.decision_date</comment>
        <translation>Decision date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lý do, nhận xét</source>
        <comment>audit_field.reason</comment>
        <translation>Reason, comments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số giấy chứng nhận</source>
        <comment>audit_field.number</comment>
        <translation>Certificate no.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lượt xét duyệt</source>
        <comment>audit_field.review_id</comment>
        <translation>Review</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người nhận</source>
        <comment>audit_field.recipients</comment>
        <translation>Recipients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày cấp</source>
        <comment>audit_field.issued_on</comment>
        <translation>Issued on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nơi cấp</source>
        <comment>audit_field.place</comment>
        <translation>Place of issue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Người ký</source>
        <comment>audit_field.signer_name</comment>
        <translation>Signer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chức vụ người ký</source>
        <comment>audit_field.signer_title</comment>
        <translation>Signer&apos;s title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị cấp</source>
        <comment>audit_field.issuer_unit_id</comment>
        <translation>Issuing unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Máy cấp</source>
        <comment>audit_field.issuer_node_id</comment>
        <translation>Issuing PC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số lần in lại</source>
        <comment>audit_field.reprint_count</comment>
        <translation>Reprints</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã xác thực</source>
        <comment>audit_field.verification_code</comment>
        <translation>Verification code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên tệp</source>
        <comment>audit_field.file_name</comment>
        <translation>File name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại tệp</source>
        <comment>audit_field.mime_type</comment>
        <translation>File type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dung lượng</source>
        <comment>audit_field.size</comment>
        <translation>Size</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã băm SHA-256</source>
        <comment>audit_field.sha256</comment>
        <translation>SHA-256 hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày đính kèm</source>
        <comment>audit_field.added_on</comment>
        <translation>Attached on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mã</source>
        <comment>audit_field.code</comment>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên</source>
        <comment>audit_field.name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên viết tắt</source>
        <comment>audit_field.short_name</comment>
        <translation>Short name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị cấp trên</source>
        <comment>audit_field.parent_id</comment>
        <translation>Parent unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loại cơ sở</source>
        <comment>audit_field.site_type</comment>
        <translation>Site type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cụm thi đua</source>
        <comment>audit_field.cluster</comment>
        <translation>Competition cluster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Số đoàn viên</source>
        <comment>audit_field.member_count</comment>
        <translation>Union members</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đang hoạt động</source>
        <comment>audit_field.active</comment>
        <translation>Active</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dùng từ ngày</source>
        <comment>audit_field.valid_from</comment>
        <translation>Valid from</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dùng đến ngày</source>
        <comment>audit_field.valid_to</comment>
        <translation>Valid to</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ tiêu</source>
        <comment>audit_field.target</comment>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chương trình</source>
        <comment>audit_field.programme_id</comment>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Từ ngày</source>
        <comment>audit_field.starts_on</comment>
        <translation>Starts on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đến ngày</source>
        <comment>audit_field.ends_on</comment>
        <translation>Ends on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tính những gì</source>
        <comment>audit_field.counts</comment>
        <translation>What it counts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lời văn giấy chứng nhận</source>
        <comment>audit_field.certificate_wording</comment>
        <translation>Certificate wording</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Đơn vị chủ trì</source>
        <comment>audit_field.owner_unit_id</comment>
        <translation>Owning unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tính cho chương trình</source>
        <comment>audit_field.included</comment>
        <translation>Counted for the programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày kết luận</source>
        <comment>audit_field.decided_on</comment>
        <translation>Decided on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ghi chú</source>
        <comment>audit_field.note</comment>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trạng thái trước đó</source>
        <comment>audit_field.previous_status</comment>
        <translation>Previous status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tác giả được giữ</source>
        <comment>audit_field.kept_id</comment>
        <translation>Person kept</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tác giả đã gộp</source>
        <comment>audit_field.merged_id</comment>
        <translation>Person merged</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lượt tác giả đã chuyển</source>
        <comment>audit_field.moved_authors</comment>
        <translation>Authorships moved</translation>
    </message>
    <message>
        <location filename="../../db/sync/report.py" line="+157"/>
        <source>Đơn vị</source>
        <comment>package_table.units</comment>
        <translation>Units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tên cũ của đơn vị</source>
        <comment>package_table.unit_names</comment>
        <translation>Former unit names</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giai đoạn</source>
        <comment>package_table.phases</comment>
        <translation>Phases</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lĩnh vực</source>
        <comment>package_table.fields</comment>
        <translation>Fields</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chỉ tiêu</source>
        <comment>package_table.targets</comment>
        <translation>Targets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tác giả</source>
        <comment>package_table.people</comment>
        <translation>People</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sáng kiến</source>
        <comment>package_table.initiatives</comment>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tác giả của sáng kiến</source>
        <comment>package_table.initiative_authors</comment>
        <translation>Initiative authors</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Xét duyệt</source>
        <comment>package_table.reviews</comment>
        <translation>Reviews</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Giấy chứng nhận</source>
        <comment>package_table.certificates</comment>
        <translation>Certificates</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tệp đính kèm</source>
        <comment>package_table.attachments</comment>
        <translation>Attachments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chương trình thi đua</source>
        <comment>package_table.programmes</comment>
        <translation>Programmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quyết định trùng lặp</source>
        <comment>package_table.duplicate_decisions</comment>
        <translation>Duplicate decisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tác giả đã gộp</source>
        <comment>package_table.person_aliases</comment>
        <translation>Merged people</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sáng kiến tính/không tính cho chương trình</source>
        <comment>package_table.programme_overrides</comment>
        <translation>Programme overrides</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>mã</source>
        <comment>package_field.code</comment>
        <translation>code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tên</source>
        <comment>package_field.name</comment>
        <translation>name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>đơn vị cấp trên</source>
        <comment>package_field.parent_id</comment>
        <translation>parent unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cấp</source>
        <comment>package_field.level</comment>
        <translation>level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>đơn vị</source>
        <comment>package_field.unit_id</comment>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>chỉ tiêu</source>
        <comment>package_field.target</comment>
        <translation>target</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>họ tên</source>
        <comment>package_field.full_name</comment>
        <translation>full name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tên sáng kiến</source>
        <comment>package_field.title</comment>
        <translation>title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loại giải pháp</source>
        <comment>package_field.solution_type</comment>
        <translation>solution type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trạng thái</source>
        <comment>package_field.status</comment>
        <translation>status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ngày đăng ký</source>
        <comment>package_field.registered_on</comment>
        <translation>registration date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ngày áp dụng lần đầu</source>
        <comment>package_field.first_applied_on</comment>
        <translation>first applied on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>giá trị làm lợi</source>
        <comment>package_field.benefit_value</comment>
        <translation>benefit value</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>đơn vị tiền tệ</source>
        <comment>package_field.benefit_currency</comment>
        <translation>currency</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tỷ lệ đóng góp</source>
        <comment>package_field.share</comment>
        <translation>share</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tác giả</source>
        <comment>package_field.person_id</comment>
        <translation>author</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sáng kiến</source>
        <comment>package_field.initiative_id</comment>
        <translation>initiative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>kết quả</source>
        <comment>package_field.outcome</comment>
        <translation>outcome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>số quyết định</source>
        <comment>package_field.decision_no</comment>
        <translation>decision number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ngày quyết định</source>
        <comment>package_field.decision_date</comment>
        <translation>decision date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>điểm</source>
        <comment>package_field.scores</comment>
        <translation>scores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>phiên bản (đồng hồ máy gửi)</source>
        <comment>package_field.hlc</comment>
        <translation>version (sending PC&apos;s clock)</translation>
    </message>
</context>
<context>
    <name>_UnitDialog</name>
    <message>
        <location filename="../../desktop/dialogs/unit_dialog.py" line="-65"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
    </message>
</context>
</TS>
