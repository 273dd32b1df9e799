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
        <location filename="../../desktop/dialogs/unit_dialog.py" line="+185"/>
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
        <location filename="../../desktop/app.py" line="+97"/>
        <source>Không mở được</source>
        <translation>Cannot open</translation>
    </message>
    <message>
        <location line="+71"/>
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
    <name>AttachmentsWidget</name>
    <message>
        <location filename="../../desktop/dialogs/attachments_widget.py" line="+73"/>
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
        <location line="+15"/>
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
        <location line="+8"/>
        <source>Không đọc được tệp %1: %2</source>
        <translation>Cannot read file %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tệp %1 nặng %2, vượt giới hạn %3 MB. Hãy quét với độ phân giải thấp hơn hoặc chia thành nhiều tệp.</source>
        <translation>File %1 is %2, over the %3 MB limit. Scan at a lower resolution or split it into several files.</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../desktop/dialogs/audit_dialog.py" line="+37"/>
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
        <location line="+33"/>
        <source>Lịch sử thay đổi</source>
        <translation>Change history</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Xuất CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đóng</source>
        <translation>Close</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%Ln lần thay đổi</source>
        <translation>
            <numerusform>%Ln change</numerusform>
            <numerusform>%Ln changes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location filename="../../desktop/models/people_model.py" line="+64"/>
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
        <location filename="../../desktop/dialogs/authors_editor.py" line="+66"/>
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
        <location line="+46"/>
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
        <location line="+96"/>
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
        <location filename="../../desktop/views/backups_page.py" line="+41"/>
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
        <location line="+3"/>
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
        <source>Trước khi nâng cấp dữ liệu</source>
        <translation>Before a data upgrade</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trước khi khôi phục</source>
        <translation>Before restoring</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bản hỏng được giữ lại</source>
        <translation>Damaged copy kept</translation>
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
        <location line="+38"/>
        <source>Máy này chưa có bản pg_dump nào của máy chủ. Bấm «Sao lưu ngay» để tạo.</source>
        <translation>This PC holds no pg_dump of the server yet. Click «Back up now» to make one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chưa có bản sao lưu nào. Bấm «Sao lưu ngay» để tạo bản đầu tiên; từ nay SángKiến cũng tự sao lưu mỗi ngày.</source>
        <translation>No backups yet. Click «Back up now» to make the first one; from now on SángKiến also backs up every day.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Dữ liệu nằm trên máy chủ PostgreSQL: người quản trị máy chủ sao lưu nó hằng ngày. «Sao lưu ngay» ghi thêm một bản pg_dump vào máy này. Khôi phục một bản vào một cơ sở dữ liệu trống trên máy chủ bằng lệnh: sangkien --db postgresql://…/csdl-trống server-restore TỆP.dump</source>
        <translation>The data is on a PostgreSQL server: the server&apos;s administrator backs it up every day. «Back up now» also writes a pg_dump onto this PC. Restore one into an empty database on the server with: sangkien --db postgresql://…/empty-db server-restore FILE.dump</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>SángKiến tự sao lưu dữ liệu mỗi ngày, trước mỗi lần nhập gói và trước khi nâng cấp. Muốn lấy lại dữ liệu của một ngày trước: chọn bản sao lưu của ngày đó trong danh sách rồi bấm «Khôi phục bản đã chọn». Dữ liệu hiện tại được sao lưu trước khi khôi phục, nên không mất gì.</source>
        <translation>SángKiến backs up the data every day, before each package import and before an upgrade. To get back the data of an earlier day, choose that day&apos;s backup in the list and click «Restore selected backup». The current data is backed up before restoring, so nothing is lost.</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location line="+187"/>
        <location line="+4"/>
        <source>Kiểm tra dữ liệu</source>
        <translation>Check data</translation>
    </message>
    <message>
        <location line="-156"/>
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
        <location line="+19"/>
        <source>Dữ liệu trên máy chủ không khôi phục đè lên chỗ cũ được. Hãy tạo một cơ sở dữ liệu trống trên máy chủ rồi chạy: sangkien --db postgresql://…/csdl-trống server-restore TỆP.dump, sau đó mở cơ sở dữ liệu đó.</source>
        <translation>Data on a server cannot be restored over itself. Create an empty database on the server, run: sangkien --db postgresql://…/empty-db server-restore FILE.dump, then open that database.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Chọn bản sao lưu</source>
        <translation>Choose a backup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bản sao lưu SángKiến (*.db);;Mọi tệp (*)</source>
        <translation>SángKiến backups (*.db);;All files (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Đưa dữ liệu về như lúc %1?

Bản sao lưu này có %2 sáng kiến. Những thay đổi sau thời điểm đó sẽ không còn trong dữ liệu đang dùng, nhưng dữ liệu hiện tại được sao lưu trước (lý do «Trước khi khôi phục»), nên có thể lấy lại.</source>
        <translation>Bring the data back to how it was at %1?

This backup has %2 initiatives. Changes made after that time will no longer be in the data in use, but the current data is backed up first (reason «Before restoring»), so it can be recovered.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Khôi phục dữ liệu từ tệp %1?

Tệp sẽ được kiểm tra trước. Dữ liệu hiện tại được sao lưu trước khi thay, nên có thể lấy lại.</source>
        <translation>Restore the data from file %1?

The file is checked first. The current data is backed up before it is replaced, so it can be recovered.</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+40"/>
        <source>Khôi phục dữ liệu</source>
        <translation>Restore data</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location line="+5"/>
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
        <location filename="../../desktop/views/certificate_jobs.py" line="+66"/>
        <source>Đã cấp %Ln giấy chứng nhận (%1 … %2).</source>
        <translation>
            <numerusform>Issued %Ln certificate (%1 … %2).</numerusform>
            <numerusform>Issued %Ln certificates (%1 … %2).</numerusform>
        </translation>
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
        <location filename="../../desktop/views/certificate_preview.py" line="+61"/>
        <source>Chọn một sáng kiến để xem trước giấy chứng nhận.</source>
        <translation>Choose an initiative to preview its certificate.</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../../desktop/models/certificate_register_model.py" line="+24"/>
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
        <location filename="../../desktop/views/certificate_issue_panel.py" line="+77"/>
        <location filename="../../desktop/views/certificate_register_panel.py" line="+42"/>
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
        <location line="+15"/>
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
        <location line="+41"/>
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
        <location line="+8"/>
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
        <location filename="../../desktop/views/sync_conflicts.py" line="+42"/>
        <source>Hiện cả các xung đột đã xử lý</source>
        <translation>Also show resolved conflicts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>So sánh và xử lý…</source>
        <translation>Compare and resolve…</translation>
    </message>
    <message>
        <location line="+49"/>
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
        <location line="+11"/>
        <source>Không có sáng kiến nào được công nhận theo quyết định này.</source>
        <translation>No initiative was recognised by this decision.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="+156"/>
        <source>Chương trình:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Số liệu đến ngày:</source>
        <translation>Figures as of:</translation>
    </message>
    <message>
        <location line="+68"/>
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
        <location line="+69"/>
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
        <location line="+20"/>
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
        <location line="+3"/>
        <source>Gửi lên cấp trên: trang &lt;b&gt;Đồng bộ&lt;/b&gt; → &lt;b&gt;Xuất gói…&lt;/b&gt;, mang tệp .skp theo USB.</source>
        <translation>Send to the level above: &lt;b&gt;Sync&lt;/b&gt; page → &lt;b&gt;Export package…&lt;/b&gt;, carry the .skp file on a USB stick.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nhận chỉ tiêu, quyết định và số giấy chứng nhận: trang &lt;b&gt;Đồng bộ&lt;/b&gt; → &lt;b&gt;Nhập từ tệp…&lt;/b&gt; gói của cấp trên.</source>
        <translation>Receive targets, decisions and certificate numbers: &lt;b&gt;Sync&lt;/b&gt; page → &lt;b&gt;Import from files…&lt;/b&gt; the package from the level above.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Việc tiếp theo:</source>
        <translation>What to do next:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chưa có sáng kiến nào được đăng ký đến ngày %1.</source>
        <translation>No initiative registered yet as of %1.</translation>
    </message>
    <message>
        <location line="+24"/>
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
        <location filename="../../desktop/widgets/date_edit.py" line="+28"/>
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
        <location filename="../../desktop/views/backups_page.py" line="-385"/>
        <source>%Ln ngày trước</source>
        <translation>
            <numerusform>%Ln day ago</numerusform>
            <numerusform>%Ln days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location filename="../../desktop/views/duplicates_page.py" line="+59"/>
        <source>Điểm</source>
        <translation>Score</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+107"/>
        <source>Nộp trước</source>
        <translation>Filed first</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+108"/>
        <source>Nộp sau</source>
        <translation>Filed later</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>Tác giả chung</source>
        <translation>Shared authors</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cùng một sáng kiến</source>
        <translation>Same initiative</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Khác nhau</source>
        <translation>Different</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+21"/>
        <source>%1 cặp sáng kiến có thể là một, giống nhất trước.</source>
        <translation>%1 pairs of initiatives that may be one, most alike first.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Không có cặp nào cần xem.</source>
        <translation>No pairs to look at.</translation>
    </message>
    <message>
        <location line="+29"/>
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
        <location line="+42"/>
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
        <location filename="../../desktop/dialogs/excel_import_dialog.py" line="+39"/>
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
        <source>Dòng</source>
        <translation>Row</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cột</source>
        <translation>Column</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vấn đề và cách sửa</source>
        <translation>Problem and what to do</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Nhập</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Đang kiểm tra bảng tính…</source>
        <translation>Checking the sheet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Trang &apos;%1&apos; (tiêu đề ở dòng %2): %3 sáng kiến mới, %4 cập nhật, %5 không đổi.</source>
        <translation>Sheet &apos;%1&apos; (header on row %2): %3 new initiatives, %4 updated, %5 unchanged.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 dòng có lỗi: sửa trong tệp rồi mở lại, hoặc chỉ nhập các dòng hợp lệ.</source>
        <translation>%1 rows have errors: correct them in the file and open it again, or import only the valid rows.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chỉ nhập các dòng hợp lệ (%1 sáng kiến), bỏ qua %2 dòng lỗi</source>
        <translation>Import only the valid rows (%1 initiatives), leaving out %2 rows with errors</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <translation>Imported %1 new initiatives and updated %2.</translation>
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
        <location filename="../../desktop/views/dashboard_page.py" line="-277"/>
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
        <location filename="../../desktop/dialogs/file_dialogs.py" line="+39"/>
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
        <location filename="../../desktop/dialogs/first_run.py" line="+51"/>
        <location line="+19"/>
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
        <location line="+26"/>
        <source>Tạo</source>
        <translation>Create</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Cài đặt từ gói khởi tạo...</source>
        <translation>Set up from a setup package...</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>&lt;b&gt;Không có gói khởi tạo: tạo cơ sở dữ liệu cho đơn vị&lt;/b&gt;</source>
        <translation>&lt;b&gt;No setup package: create a database for a unit&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chọn đơn vị mà máy này phục vụ (giàn khoan, nhà máy, công đoàn...). Máy tạo cách này có khóa riêng mà cấp trên chưa biết: gói nó gửi lên sẽ bị từ chối cho đến khi cấp trên tạo gói khởi tạo cho đơn vị này và máy được cài lại từ gói đó. Hợp với trụ sở, hoặc để thử.</source>
        <translation>Choose the unit this PC serves (rig, plant, union...). A PC set up this way has its own key that the level above does not know: the packages it sends up are refused until the level above makes a setup package for this unit and the PC is set up again from it. Right for headquarters, or for trying things out.</translation>
    </message>
    <message>
        <location line="+26"/>
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
        <location line="+1"/>
        <source>Cơ sở dữ liệu mẫu của trụ sở: 7.085 sáng kiến, 33 công đoàn trực thuộc.</source>
        <translation>The headquarters sample database: 7,085 initiatives, 33 subordinate unions.</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <location line="+24"/>
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
        <location line="+30"/>
        <source>%1 không phải cơ sở dữ liệu SángKiến đã khởi tạo cho một đơn vị.</source>
        <translation>%1 is not a SángKiến database set up for a unit.</translation>
    </message>
    <message>
        <location line="+31"/>
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
        <location filename="../../desktop/dialogs/import_preview_dialog.py" line="+40"/>
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
        <location line="+16"/>
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
        <location line="+6"/>
        <source> — MÁY MỚI</source>
        <translation> — NEW MACHINE</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+16"/>
        <source>Máy gửi chưa được biết ở đây</source>
        <translation>The sending machine is not known here</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Tin cậy máy này</source>
        <translation>Trust this machine</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Bảng</source>
        <translation>Table</translation>
    </message>
    <message>
        <location line="+10"/>
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
        <location line="+11"/>
        <source>Gói này đến từ một máy chưa biết của đơn vị %1. Hãy gọi điện cho đơn vị đó và đọc dấu vân tay khóa dưới đây để đối chiếu với dấu vân tay hiện trên máy của họ. Chỉ tin cậy khi hai dãy khớp nhau hoàn toàn.</source>
        <translation>This package comes from an unknown machine of unit %1. Phone that unit and read out the key fingerprint below to compare it with the one shown on their machine. Trust it only if the two match exactly.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>… và %1 bản ghi nữa.</source>
        <translation>… and %1 more records.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Nhập %1 gói</source>
        <translation>Import %1 packages</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 gói đã kiểm tra: %2 gói nhập được.</source>
        <translation>%1 packages checked: %2 can be imported.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 gói từ máy mới chờ bạn đối chiếu dấu vân tay và bấm «Tin cậy máy này».</source>
        <translation>%1 packages from new machines wait for you to compare fingerprints and tick «Trust this machine».</translation>
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
        <location filename="../../desktop/dialogs/initiative_fields.py" line="+61"/>
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
        <location filename="../../desktop/dialogs/initiative_form.py" line="+385"/>
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
        <location filename="../../desktop/dialogs/initiative_form.py" line="-72"/>
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
        <location filename="../../desktop/dialogs/initiative_form.py" line="+92"/>
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
        <location filename="../../desktop/dialogs/initiative_form.py" line="-82"/>
        <source>ví dụ 1.250.000.000</source>
        <translation>e.g. 1.250.000.000</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_fields.py" line="+10"/>
        <source>Sáng kiến chứa bí mật công nghệ</source>
        <translation>The initiative contains technology secrets</translation>
    </message>
    <message>
        <location filename="../../desktop/dialogs/initiative_form.py" line="+99"/>
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
        <location filename="../../desktop/dialogs/initiative_form.py" line="+6"/>
        <source>Cấp xét</source>
        <translation>Review level</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày xét</source>
        <translation>Reviewed on</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../../desktop/dialogs/initiative_form.py" line="-132"/>
        <source>Ví dụ: 1.250.000.000 hoặc 1,25 tỷ; 500 triệu; 12.345,67 USD</source>
        <translation>For example: 1,250,000,000 or 1.25 billion; 500 million; 12,345.67 USD</translation>
    </message>
    <message>
        <location line="+153"/>
        <source>Xóa sáng kiến…</source>
        <translation>Delete initiative…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lưu</source>
        <translation>Save</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+55"/>
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
        <location line="+128"/>
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
        <location line="+34"/>
        <source>Sáng kiến có thay đổi chưa lưu. Lưu lại trước khi đóng?</source>
        <translation>The initiative has unsaved changes. Save before closing?</translation>
    </message>
</context>
<context>
    <name>InitiativeTableModel</name>
    <message>
        <location filename="../../desktop/models/initiative_table.py" line="+64"/>
        <source>Số đăng ký</source>
        <translation>Reg. no.</translation>
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
        <location line="+1"/>
        <source>Lĩnh vực</source>
        <translation>Field</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loại giải pháp</source>
        <translation>Solution type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Giai đoạn</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ngày đăng ký</source>
        <translation>Registered on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ngày áp dụng</source>
        <translation>Applied on</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trạng thái</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+13"/>
        <location line="+78"/>
        <source>Bảng tính Excel (*.xlsx)</source>
        <translation>Excel workbook (*.xlsx)</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>CSV, UTF-8 (*.csv)</source>
        <translation>CSV, UTF-8 (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xuất sổ sáng kiến</source>
        <translation>Export the register</translation>
    </message>
    <message>
        <location line="+32"/>
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
        <location filename="../../desktop/views/initiatives_page.py" line="+80"/>
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
    <message numerus="yes">
        <location line="+121"/>
        <source>%Ln sáng kiến</source>
        <translation>
            <numerusform>%Ln initiative</numerusform>
            <numerusform>%Ln initiatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="-187"/>
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
        <location line="+89"/>
        <source>Đang tìm…</source>
        <translation>Searching…</translation>
    </message>
    <message>
        <location line="+57"/>
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
        <location filename="../../desktop/main_window.py" line="+35"/>
        <location line="+107"/>
        <source>SángKiến — Sổ đăng ký sáng kiến</source>
        <translation>SángKiến — Initiatives register</translation>
    </message>
    <message>
        <location line="-72"/>
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
        <location line="+24"/>
        <source>Đơn vị: %1</source>
        <translation>Unit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cơ sở dữ liệu: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+93"/>
        <source>%Ln sáng kiến</source>
        <translation>
            <numerusform>%Ln initiative</numerusform>
            <numerusform>%Ln initiatives</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
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
        <location filename="../../desktop/dialogs/merge_people_dialog.py" line="+32"/>
        <location line="+122"/>
        <source>Gộp tác giả trùng</source>
        <translation>Merge duplicate people</translation>
    </message>
    <message>
        <location line="-111"/>
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
    <message>
        <location line="+21"/>
        <source>%1 nhóm tác giả có thể là một người.</source>
        <translation>%1 groups of people who may be one person.</translation>
    </message>
    <message>
        <location line="+2"/>
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
    <message>
        <location line="+7"/>
        <source>%1 SK</source>
        <translation>%1 initiatives</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../desktop/views/backups_page.py" line="+52"/>
        <source>Sao lưu</source>
        <translation>Backups</translation>
    </message>
    <message>
        <location filename="../../desktop/views/dashboard_page.py" line="+13"/>
        <source>Tổng quan</source>
        <translation>Overview</translation>
    </message>
    <message>
        <location filename="../../desktop/views/initiatives_page.py" line="-321"/>
        <source>Sáng kiến</source>
        <translation>Initiatives</translation>
    </message>
    <message>
        <location filename="../../desktop/views/people_page.py" line="+34"/>
        <source>Tác giả</source>
        <translation>Authors</translation>
    </message>
    <message>
        <location filename="../../desktop/views/reviews_page.py" line="+37"/>
        <source>Xét duyệt</source>
        <translation>Reviews</translation>
    </message>
    <message>
        <location filename="../../desktop/views/settings_page.py" line="+37"/>
        <source>Cài đặt</source>
        <translation>Settings</translation>
    </message>
    <message>
        <location filename="../../desktop/views/units_page.py" line="+41"/>
        <source>Đơn vị &amp; chỉ tiêu</source>
        <translation>Units &amp; targets</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_page.py" line="+44"/>
        <source>Đồng bộ</source>
        <translation>Sync</translation>
    </message>
    <message>
        <location filename="../../desktop/views/certificates_page.py" line="-25"/>
        <source>Chứng nhận</source>
        <translation>Certificates</translation>
    </message>
    <message>
        <location filename="../../desktop/views/duplicates_page.py" line="-188"/>
        <source>Trùng lặp</source>
        <translation>Duplicates</translation>
    </message>
</context>
<context>
    <name>PaperButtons</name>
    <message>
        <location filename="../../desktop/views/paper_buttons.py" line="+25"/>
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
        <location line="+28"/>
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
        <location line="+76"/>
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
        <location filename="../../desktop/dialogs/authors_editor.py" line="+31"/>
        <source>Chọn tác giả đã có</source>
        <translation>Choose an existing author</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gõ họ tên hoặc mã nhân viên (không dấu cũng được)</source>
        <translation>Type a name or employee no. (accents optional)</translation>
    </message>
    <message>
        <location line="+30"/>
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
        <location filename="../../desktop/widgets/progress_chart.py" line="+53"/>
        <source>Đã đăng ký</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Chỉ tiêu</source>
        <translation>Target</translation>
    </message>
    <message>
        <location line="+37"/>
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
        <location filename="../../desktop/dialogs/unit_dialog.py" line="-123"/>
        <source>Đổi tên đơn vị</source>
        <translation>Rename unit</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+35"/>
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
        <location filename="../../desktop/models/reviews_model.py" line="+20"/>
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
        <location filename="../../desktop/views/reviews_page.py" line="+23"/>
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
        <location line="+29"/>
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
        <location line="+28"/>
        <source>Chưa xét lần nào</source>
        <translation>Not reviewed yet</translation>
    </message>
</context>
<context>
    <name>ServerDialog</name>
    <message>
        <location filename="../../desktop/dialogs/server_dialog.py" line="+21"/>
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
        <location line="+16"/>
        <source>Mở</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hủy</source>
        <translation>Cancel</translation>
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
        <location line="+17"/>
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
        <location filename="../../desktop/views/sync_tables.py" line="+25"/>
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
        <location line="+11"/>
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
        <location line="+79"/>
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
        <location line="+35"/>
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
        <location filename="../../desktop/views/sync_export.py" line="+144"/>
        <location filename="../../desktop/views/sync_page.py" line="-4"/>
        <source>Gói đồng bộ SángKiến (*.skp)</source>
        <translation>SángKiến sync packages (*.skp)</translation>
    </message>
    <message>
        <location line="-93"/>
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
        <location line="+128"/>
        <source>Nhận gói</source>
        <translation>Receive packages</translation>
    </message>
    <message>
        <location line="-124"/>
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
        <location filename="../../desktop/views/sync_export.py" line="+96"/>
        <source>cấp trên</source>
        <translation>higher level</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cấp dưới</source>
        <translation>lower level</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Chưa có khóa mã hóa của %1: cần nhận ít nhất một gói từ máy đó trước.</source>
        <translation>No encryption key for %1 yet: receive at least one package from that machine first.</translation>
    </message>
    <message>
        <location line="+40"/>
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
        <location filename="../../desktop/views/sync_page.py" line="+15"/>
        <source>Chọn gói để nhập</source>
        <translation>Choose packages to import</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Chọn thư mục có các gói</source>
        <translation>Choose the folder with the packages</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Không có gói .skp nào ở đó.</source>
        <translation>There are no .skp packages there.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Đang kiểm tra %1 gói…</source>
        <translation>Checking %1 packages…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Đang nhập %1 gói…</source>
        <translation>Importing %1 packages…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Kết quả nhập gói</source>
        <translation>Import results</translation>
    </message>
    <message>
        <location filename="../../desktop/views/sync_import.py" line="+95"/>
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
        <location line="+7"/>
        <source>tệp đính kèm %1</source>
        <translation>attachments %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>không có thay đổi mới</source>
        <translation>no new changes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Đã xuất gói%1 %2 cho %3: %4 bản ghi (%5), %6%7.
Tệp: %8</source>
        <translation>Exported%1 package %2 for %3: %4 records (%5), %6%7.
File: %8</translation>
    </message>
    <message>
        <location line="+22"/>
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
        <location line="+6"/>
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
        <location filename="../../desktop/dialogs/unit_dialog.py" line="-57"/>
        <source>Sửa chỉ tiêu</source>
        <translation>Edit targets</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (%2 – %3):</source>
        <translation>%1 (%2 – %3):</translation>
    </message>
    <message>
        <location line="+8"/>
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
        <location filename="../../desktop/tasks.py" line="+153"/>
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
        <location filename="../../desktop/views/units_page.py" line="+27"/>
        <source>Tìm đơn vị theo mã hoặc tên (gõ không dấu)</source>
        <translation>Find a unit by code or name (accents optional)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Chương trình:</source>
        <translation>Programme:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Chương trình mới…</source>
        <translation>New programme…</translation>
    </message>
    <message>
        <location line="+62"/>
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
        <location line="+130"/>
        <location line="+116"/>
        <source>Ngừng hoạt động</source>
        <translation>Deactivate</translation>
    </message>
    <message>
        <location line="-244"/>
        <source>Tạo gói khởi tạo…</source>
        <translation>Make setup package…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Gói để cài máy mới của đơn vị này (mang theo USB, chạy &apos;Cài đặt từ gói khởi tạo...&apos;)</source>
        <translation>A package to set up a new PC of this unit (carry it on a USB stick, choose &apos;Set up from a setup package...&apos;)</translation>
    </message>
    <message>
        <location line="+16"/>
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
        <location line="+49"/>
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
        <location filename="../../desktop/dialogs/verify_dialog.py" line="+38"/>
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
    <name>_UnitDialog</name>
    <message>
        <location filename="../../desktop/dialogs/unit_dialog.py" line="-61"/>
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
