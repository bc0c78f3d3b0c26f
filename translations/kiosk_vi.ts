<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN" sourcelanguage="en">
<context>
    <name>Camera</name>
    <message>
        <source>Ask staff</source>
        <translation>Hỏi nhân viên</translation>
    </message>
    <message>
        <source>Checking. Please stay still.</source>
        <translation>Đang kiểm tra. Vui lòng đứng yên.</translation>
    </message>
    <message>
        <source>Hold the card still, please.</source>
        <translation>Vui lòng giữ yên thẻ.</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera above the screen, about a hand&apos;s width away, and keep it still.</source>
        <translation>Hãy đưa mặt trước của thẻ về phía camera phía trên màn hình, cách khoảng một bàn tay, và giữ yên.</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera.</source>
        <translation>Hãy đưa mặt trước của thẻ về phía camera.</translation>
    </message>
    <message>
        <source>Leave your card on the reader with the photo side up, under the camera, and keep it still.</source>
        <translation>Để thẻ trên máy đọc dưới camera, mặt có ảnh hướng lên trên, và giữ yên.</translation>
    </message>
    <message>
        <source>No picture is kept, and nothing of your face is sent.</source>
        <translation>Không lưu lại hình ảnh nào và không gửi đi thông tin gì về khuôn mặt của bạn.</translation>
    </message>
    <message>
        <source>Now put your card back on the reader.</source>
        <translation>Bây giờ hãy đặt thẻ trở lại máy đọc.</translation>
    </message>
    <message>
        <source>One person at a time, please.</source>
        <translation>Vui lòng từng người một.</translation>
    </message>
    <message>
        <source>Please come a little closer.</source>
        <translation>Vui lòng lại gần hơn một chút.</translation>
    </message>
    <message>
        <source>Please look at the camera</source>
        <translation>Vui lòng nhìn vào camera</translation>
    </message>
    <message>
        <source>Please look at the camera.</source>
        <translation>Vui lòng nhìn vào camera.</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera</source>
        <translation>Hãy cho camera xem mặt trước của thẻ</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera, photo side up.</source>
        <translation>Cho camera xem mặt trước của thẻ, mặt có ảnh hướng lên.</translation>
    </message>
    <message>
        <source>The camera reads only the birth date, the expiry year and the security code. No picture is kept.</source>
        <translation>Camera chỉ đọc ngày sinh, năm hết hạn và mã bảo mật. Không lưu lại hình ảnh nào.</translation>
    </message>
    <message>
        <source>Type the numbers</source>
        <translation>Tự nhập các số</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>Dùng mã PIN</translation>
    </message>
    <message>
        <source>Your face is compared with the photo on your card. Take off a mask or sunglasses if you can.</source>
        <translation>Khuôn mặt của bạn sẽ được so với ảnh trên thẻ. Nếu được, vui lòng tháo khẩu trang hoặc kính râm.</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Are you leaving the shelter now?</source>
        <translation>Bây giờ bạn có rời nơi sơ tán không?</translation>
    </message>
    <message>
        <source>No, I am still staying</source>
        <translation>Không, tôi vẫn ở lại</translation>
    </message>
    <message>
        <source>Yes, I am leaving (check out)</source>
        <translation>Có, tôi rời đi (đăng ký rời)</translation>
    </message>
    <message>
        <source>You are checked in at this shelter. If you check out, the time you leave is recorded.</source>
        <translation>Bạn đã đăng ký ở nơi sơ tán này. Nếu bạn đăng ký rời đi, giờ bạn rời đi sẽ được ghi lại.</translation>
    </message>
    <message>
        <source>{name}, are you leaving this shelter?</source>
        <translation>{name}, bạn có rời nơi sơ tán này không?</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <source>1 Birth date (YY MM DD)</source>
        <translation>1 Ngày sinh (năm 2 số, tháng, ngày)</translation>
    </message>
    <message>
        <source>2 Card valid until (year)</source>
        <translation>2 Thẻ có hạn đến (năm)</translation>
    </message>
    <message>
        <source>3 Security code (under the photo)</source>
        <translation>3 Mã bảo mật (dưới ảnh)</translation>
    </message>
    <message>
        <source>Heisei 平成</source>
        <translation>Heisei 平成</translation>
    </message>
    <message>
        <source>Reiwa 令和</source>
        <translation>Reiwa 令和</translation>
    </message>
    <message>
        <source>Showa 昭和</source>
        <translation>Showa 昭和</translation>
    </message>
    <message>
        <source>Taisho 大正</source>
        <translation>Taisho 大正</translation>
    </message>
    <message>
        <source>The camera read these numbers. Please check them with your card, then press OK.</source>
        <translation>Đây là các số camera đã đọc. Vui lòng so với thẻ rồi nhấn OK.</translation>
    </message>
    <message>
        <source>Type the numbers printed on your card</source>
        <translation>Nhập các số in trên thẻ của bạn</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>Dương lịch</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>10 or 11 digits, starting with 0. To leave none, press Clear.</source>
        <translation>10 hoặc 11 chữ số, bắt đầu bằng 0. Nếu không nhập, hãy nhấn Xóa hết.</translation>
    </message>
    <message>
        <source>Add a phone number (optional)</source>
        <translation>Thêm số điện thoại (không bắt buộc)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Địa chỉ</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>Ngày sinh</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Đúng</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>Nữ</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>Đây có phải là bạn không?</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>niên hiệu Nhật</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Nam</translation>
    </message>
    <message>
        <source>Message to staff (optional)</source>
        <translation>Lời nhắn cho nhân viên (không bắt buộc)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Không áp dụng</translation>
    </message>
    <message>
        <source>Not correct: call staff</source>
        <translation>Không đúng: gọi nhân viên</translation>
    </message>
    <message>
        <source>Phone number (optional)</source>
        <translation>Số điện thoại (không bắt buộc)</translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation>Điện thoại: {number}</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Giới tính</translation>
    </message>
    <message>
        <source>Show as {calendar}</source>
        <translation>Hiện theo {calendar}</translation>
    </message>
    <message>
        <source>Tell staff (optional, touch all that apply):</source>
        <translation>Báo cho nhân viên (không bắt buộc, chọn tất cả mục đúng):</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>dương lịch</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Agree</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <source>Camera: after your PIN, it compares your face with the photo on your card. No picture is kept, and nothing of your face is sent.</source>
        <translation>Camera: sau khi nhập mã PIN, camera so khuôn mặt của bạn với ảnh trên thẻ. Không lưu hình ảnh và không gửi đi thông tin khuôn mặt.</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on the front of your card, so you need no PIN. No picture is kept.</source>
        <translation>Camera: camera đọc các số in ở mặt trước của thẻ, nên bạn không cần mã PIN. Không lưu lại hình ảnh nào.</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on your card and compares your face with the photo on the card, so you need no PIN. No picture is kept, and nothing of your face is sent.</source>
        <translation>Camera: camera đọc các số in trên thẻ và so khuôn mặt của bạn với ảnh trên thẻ, nên bạn không cần mã PIN. Không lưu hình ảnh và không gửi đi thông tin khuôn mặt.</translation>
    </message>
    <message>
        <source>Consent text version {version}</source>
        <translation>Phiên bản nội dung đồng ý {version}</translation>
    </message>
    <message>
        <source>May we read your card?</source>
        <translation>Chúng tôi có thể đọc thẻ của bạn không?</translation>
    </message>
    <message>
        <source>Nothing else is read from your licence. Your PIN is not saved.</source>
        <translation>Chúng tôi không đọc gì khác từ bằng lái. Mã PIN không được lưu.</translation>
    </message>
    <message>
        <source>We do not read your My Number (12 digits). Your PIN is not saved.</source>
        <translation>Chúng tôi không đọc số My Number (12 chữ số). Mã PIN không được lưu.</translation>
    </message>
    <message>
        <source>We will read: your name, address and birth date.</source>
        <translation>Chúng tôi sẽ đọc: họ tên, địa chỉ và ngày sinh.</translation>
    </message>
    <message>
        <source>We will read: your name, address, birth date and sex.</source>
        <translation>Chúng tôi sẽ đọc: họ tên, địa chỉ, ngày sinh và giới tính.</translation>
    </message>
    <message>
        <source>Why: so the city knows you are safe in this shelter and can bring help and supplies.</source>
        <translation>Lý do: để thành phố biết bạn an toàn ở nơi sơ tán này và mang đến hỗ trợ, nhu yếu phẩm.</translation>
    </message>
    <message>
        <source>Why: to find your check-in at this shelter and record the time you leave, so the city knows you are no longer here.</source>
        <translation>Lý do: để tìm đăng ký của bạn ở nơi sơ tán này và ghi lại giờ bạn rời đi, để thành phố biết bạn không còn ở đây.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A card the kiosk does not read</source>
        <translation>Thẻ máy này không đọc</translation>
    </message>
    <message>
        <source>DEMO: for practice only. Sample cards; nothing here is a real check-in.</source>
        <translation>DEMO: chỉ để thực hành. Thẻ mẫu; đây không phải đăng ký thật.</translation>
    </message>
    <message>
        <source>Demo cards</source>
        <translation>Thẻ demo</translation>
    </message>
    <message>
        <source>Driver&apos;s licence — Yamada Taro</source>
        <translation>Bằng lái xe — Yamada Taro</translation>
    </message>
    <message>
        <source>Driver&apos;s licence, rare kanji — Takasaki Jun</source>
        <translation>Bằng lái xe, chữ Hán hiếm — Takasaki Jun</translation>
    </message>
    <message>
        <source>Face check: card 1&apos;s photo is taken from the face camera&apos;s first picture of a face. It is kept in memory only and forgotten when the demo ends.</source>
        <translation>Kiểm tra khuôn mặt: ảnh của thẻ 1 được lấy từ khuôn mặt đầu tiên mà camera khuôn mặt chụp được. Ảnh chỉ được giữ trong bộ nhớ và bị xóa khi kết thúc bản demo.</translation>
    </message>
    <message>
        <source>Face check: needs a face camera in the settings; without one it cannot be done.</source>
        <translation>Kiểm tra khuôn mặt: cần chọn camera khuôn mặt trong phần cài đặt; không có camera thì không thể kiểm tra.</translation>
    </message>
    <message>
        <source>Locked My Number card — Tanaka Jiro</source>
        <translation>Thẻ My Number bị khóa — Tanaka Jiro</translation>
    </message>
    <message>
        <source>My Number card with one try left — Suzuki Ichiro</source>
        <translation>Thẻ My Number chỉ còn 1 lần thử — Suzuki Ichiro</translation>
    </message>
    <message>
        <source>My Number card — Kokuto Mikiya</source>
        <translation>Thẻ My Number — Kokuto Mikiya</translation>
    </message>
    <message>
        <source>My Number card, long address — Hasegawa Chiyoko</source>
        <translation>Thẻ My Number, địa chỉ dài — Hasegawa Chiyoko</translation>
    </message>
    <message>
        <source>My Number card, one-part name — AYANA</source>
        <translation>Thẻ My Number, tên một phần — AYANA</translation>
    </message>
    <message>
        <source>Take the card away</source>
        <translation>Lấy thẻ ra</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>Please go to the reception desk. Staff will show you where to stay and where to find water, food and blankets.</source>
        <translation>Vui lòng đến quầy tiếp nhận. Nhân viên sẽ chỉ cho bạn chỗ ở và nơi nhận nước, đồ ăn và chăn.</translation>
    </message>
    <message>
        <source>Please take your card. Thank you.</source>
        <translation>Vui lòng lấy lại thẻ. Cảm ơn bạn.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>Việc tiếp theo</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>Bạn đã đăng ký vào</translation>
    </message>
    <message>
        <source>You are checked out</source>
        <translation>Bạn đã đăng ký rời đi</translation>
    </message>
</context>
<context>
    <name>Era</name>
    <message>
        <source>Choose the one that looks like your card.</source>
        <translation>Hãy chọn cách giống trên thẻ.</translation>
    </message>
    <message>
        <source>How is the birth date written on your card?</source>
        <translation>Ngày sinh trên thẻ của bạn được viết theo cách nào?</translation>
    </message>
    <message>
        <source>Japanese era: {date}</source>
        <translation>Niên hiệu Nhật: {date}</translation>
    </message>
    <message>
        <source>Western: {date}</source>
        <translation>Dương lịch: {date}</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Check in (arrive)</source>
        <translation>Đăng ký vào (đến)</translation>
    </message>
    <message>
        <source>Check in: please place your card on the reader</source>
        <translation>Đăng ký vào: vui lòng đặt thẻ lên máy đọc</translation>
    </message>
    <message>
        <source>Check out (leave)</source>
        <translation>Đăng ký rời đi (đi)</translation>
    </message>
    <message>
        <source>Check out: please place your card on the reader</source>
        <translation>Đăng ký rời đi: vui lòng đặt thẻ lên máy đọc</translation>
    </message>
    <message>
        <source>Evacuation shelter</source>
        <translation>Nơi sơ tán</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Chữ to hơn</translation>
    </message>
    <message>
        <source>My Number card or driver&apos;s licence. Leave it there.</source>
        <translation>Thẻ My Number hoặc bằng lái xe. Cứ để thẻ ở đó.</translation>
    </message>
    <message>
        <source>No card?</source>
        <translation>Không có thẻ?</translation>
    </message>
    <message>
        <source>No card? Register with your phone</source>
        <translation>Không có thẻ? Đăng ký bằng điện thoại</translation>
    </message>
    <message>
        <source>Please place your card on the reader</source>
        <translation>Vui lòng đặt thẻ lên máy đọc</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Space</source>
        <translation>Dấu cách</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Clear</source>
        <translation>Xóa hết</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Lan</name>
    <message>
        <source>Back to the staff menu</source>
        <translation>Quay lại menu nhân viên</translation>
    </message>
    <message>
        <source>New shelter code</source>
        <translation>Mã nơi sơ tán mới</translation>
    </message>
    <message>
        <source>No other terminal found yet.</source>
        <translation>Chưa tìm thấy máy khác.</translation>
    </message>
    <message>
        <source>Not paired. On the first terminal choose a new shelter code; type it on the others.</source>
        <translation>Chưa ghép nối. Trên máy đầu tiên, chọn mã nơi sơ tán mới; nhập mã đó trên các máy khác.</translation>
    </message>
    <message>
        <source>Pair with this code</source>
        <translation>Ghép nối bằng mã này</translation>
    </message>
    <message>
        <source>Pairing failed. Try again.</source>
        <translation>Ghép nối không thành công. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>Pairing...</source>
        <translation>Đang ghép nối…</translation>
    </message>
    <message>
        <source>Phone page certificate: {fingerprint}</source>
        <translation>Chứng chỉ trang điện thoại: {fingerprint}</translation>
    </message>
    <message>
        <source>Set the shelter id first.</source>
        <translation>Hãy đặt mã nơi sơ tán trước.</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <translation>Mạng LAN nơi sơ tán và điện thoại</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <comment>plain settings button</comment>
        <translation>Mạng LAN nơi sơ tán và điện thoại</translation>
    </message>
    <message>
        <source>Shelter code</source>
        <translation>Mã nơi sơ tán</translation>
    </message>
    <message>
        <source>Switch the shelter LAN on in the settings first.</source>
        <translation>Hãy bật mạng LAN nơi sơ tán trong cài đặt trước.</translation>
    </message>
    <message>
        <source>That is not a shelter code: 12 letters and digits, as shown.</source>
        <translation>Đây không phải mã nơi sơ tán: 12 chữ và số, như đã hiển thị.</translation>
    </message>
    <message>
        <source>The phone registration could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>Không thể bắt đầu đăng ký bằng điện thoại. Hãy khởi động lại máy; nếu vẫn xảy ra, hãy gọi bộ phận IT.</translation>
    </message>
    <message>
        <source>The phone registration could not start: its port is in use. Change it in the settings.</source>
        <translation>Không thể bắt đầu đăng ký bằng điện thoại: cổng đang được dùng. Hãy đổi trong cài đặt.</translation>
    </message>
    <message>
        <source>The phone registration could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>Không thể bắt đầu đăng ký bằng điện thoại: địa chỉ lắng nghe trong tệp cài đặt không phải của máy này. Hãy nhờ bộ phận IT sửa lại.</translation>
    </message>
    <message>
        <source>The phone registration is off.</source>
        <translation>Đăng ký bằng điện thoại đang tắt.</translation>
    </message>
    <message>
        <source>The shelter LAN could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>Không thể bắt đầu mạng LAN nơi sơ tán. Hãy khởi động lại máy; nếu vẫn xảy ra, hãy gọi bộ phận IT.</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: its port is in use. Change it in the settings.</source>
        <translation>Không thể bắt đầu mạng LAN nơi sơ tán: cổng đang được dùng. Hãy đổi trong cài đặt.</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>Không thể bắt đầu mạng LAN nơi sơ tán: địa chỉ lắng nghe trong tệp cài đặt không phải của máy này. Hãy nhờ bộ phận IT sửa lại.</translation>
    </message>
    <message>
        <source>The shelter LAN is off (settings: [lan] enabled).</source>
        <translation>Mạng LAN nơi sơ tán đang tắt (cài đặt: [lan] enabled).</translation>
    </message>
    <message>
        <source>This terminal is paired.</source>
        <translation>Máy này đã được ghép nối.</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>Hủy ghép nối</translation>
    </message>
    <message>
        <source>an error on that terminal</source>
        <translation>lỗi trên máy đó</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>đã kết nối</translation>
    </message>
    <message>
        <source>does not answer in time</source>
        <translation>không trả lời kịp</translation>
    </message>
    <message>
        <source>its answer was not authentic</source>
        <translation>câu trả lời không xác thực</translation>
    </message>
    <message>
        <source>its clock differs by {seconds} seconds: set the clocks</source>
        <translation>đồng hồ lệch {seconds} giây: hãy chỉnh đồng hồ</translation>
    </message>
    <message>
        <source>not reachable on the network</source>
        <translation>không kết nối được qua mạng</translation>
    </message>
    <message>
        <source>paired with another code: pair it again</source>
        <translation>đã ghép nối bằng mã khác: hãy ghép nối lại</translation>
    </message>
    <message>
        <source>problem: {code}</source>
        <translation>sự cố: {code}</translation>
    </message>
    <message>
        <source>records waiting for it: {count}</source>
        <translation>bản ghi đang chờ: {count}</translation>
    </message>
    <message>
        <source>waiting for it</source>
        <translation>đang chờ kết nối</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>How do you want to open your card?</source>
        <translation>Bạn muốn mở thẻ bằng cách nào?</translation>
    </message>
    <message>
        <source>With my 4-digit PIN</source>
        <translation>Bằng mã PIN 4 số</translation>
    </message>
    <message>
        <source>Without PIN and without typing: show the front of the card to the camera</source>
        <translation>Không cần mã PIN, không cần nhập: cho camera xem mặt trước của thẻ</translation>
    </message>
    <message>
        <source>Without PIN: with my birth date, the card&apos;s expiry year and the security code printed on the card</source>
        <translation>Không cần PIN: bằng ngày sinh, năm hết hạn của thẻ và mã bảo mật in trên thẻ</translation>
    </message>
</context>
<context>
    <name>MoreTime</name>
    <message>
        <source>Do you need more time?</source>
        <translation>Bạn có cần thêm thời gian không?</translation>
    </message>
    <message numerus="yes">
        <source>If nobody touches the screen, everything is cleared in %n seconds.</source>
        <translation>
            <numerusform>Nếu không ai chạm vào màn hình, mọi thứ sẽ bị xóa sau %n giây.</numerusform>
        </translation>
    </message>
    <message>
        <source>No, finish</source>
        <translation>Không, kết thúc</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translation>Có, cho thêm thời gian</translation>
    </message>
</context>
<context>
    <name>NoCard</name>
    <message>
        <source>No card? Please go to the staff desk</source>
        <translation>Không có thẻ? Vui lòng đến bàn nhân viên</translation>
    </message>
    <message>
        <source>Staff will register you there. You do not need a card. If you cannot walk there, ask anyone nearby to call staff.</source>
        <translation>Nhân viên sẽ đăng ký cho bạn ở đó. Bạn không cần thẻ. Nếu không đi được, hãy nhờ người bên cạnh gọi nhân viên.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Check in instead</source>
        <translation>Đăng ký vào thay thế</translation>
    </message>
    <message>
        <source>Look at the camera again</source>
        <translation>Nhìn vào camera lần nữa</translation>
    </message>
    <message>
        <source>Not sure? Ask staff</source>
        <translation>Không chắc? Hỏi nhân viên</translation>
    </message>
    <message>
        <source>Nothing was changed. Please take your card.</source>
        <translation>Không có gì thay đổi. Vui lòng lấy lại thẻ.</translation>
    </message>
    <message>
        <source>Nothing was read from your card. Please go to the staff desk.</source>
        <translation>Chưa đọc gì từ thẻ của bạn. Vui lòng đến bàn nhân viên.</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Look at the camera and try again, or use your PIN, or ask staff.</source>
        <translation>Chưa có gì được ghi lại và thẻ của bạn vẫn an toàn. Hãy nhìn vào camera và thử lại, hoặc dùng mã PIN, hoặc hỏi nhân viên.</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Please use your PIN, or ask staff.</source>
        <translation>Chưa có gì được ghi lại và thẻ của bạn vẫn an toàn. Vui lòng dùng mã PIN hoặc hỏi nhân viên.</translation>
    </message>
    <message>
        <source>Nothing was recorded. If you are not sure of the number, do not guess: choose another way below.</source>
        <translation>Chưa có gì được ghi lại. Nếu bạn không chắc số này, đừng đoán: hãy chọn cách khác bên dưới.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please go to the staff desk. Staff will help you.</source>
        <translation>Chưa có gì được ghi lại. Vui lòng đến bàn nhân viên. Nhân viên sẽ giúp bạn.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card and go to the staff desk. Staff will register you.</source>
        <translation>Chưa có gì được ghi lại. Vui lòng lấy thẻ và đến bàn nhân viên. Nhân viên sẽ đăng ký cho bạn.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card, then place it on the reader again.</source>
        <translation>Chưa có gì được ghi lại. Vui lòng nhấc thẻ lên rồi đặt lại lên máy đọc.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Staff will check your details with you.</source>
        <translation>Chưa có gì được ghi lại. Nhân viên sẽ cùng bạn kiểm tra thông tin.</translation>
    </message>
    <message>
        <source>Nothing was recorded. To start again, place your card on the reader.</source>
        <translation>Chưa có gì được ghi lại. Để bắt đầu lại, hãy đặt thẻ lên máy đọc.</translation>
    </message>
    <message>
        <source>Nothing was sent to your card, and your card is safe. Please use your PIN or type the numbers printed on your card.</source>
        <translation>Chưa gửi gì đến thẻ và thẻ của bạn vẫn an toàn. Vui lòng dùng mã PIN hoặc nhập các số in trên thẻ.</translation>
    </message>
    <message>
        <source>Nothing was tried and nothing was recorded: your card is safe. Staff can register you without the PIN.</source>
        <translation>Chưa thử mã nào và chưa ghi lại gì: thẻ của bạn an toàn. Nhân viên có thể đăng ký cho bạn mà không cần mã PIN.</translation>
    </message>
    <message>
        <source>Nothing was tried, and your card is safe. Please take your card and go to the staff desk.</source>
        <translation>Chưa thử gì cả, thẻ của bạn vẫn an toàn. Vui lòng cầm thẻ và đến bàn nhân viên.</translation>
    </message>
    <message>
        <source>Only one try is left</source>
        <translation>Chỉ còn một lần thử</translation>
    </message>
    <message>
        <source>Please check the birth date and the expiry year printed on your card, then type them again.</source>
        <translation>Vui lòng kiểm tra ngày sinh và năm hết hạn in trên thẻ, rồi nhập lại.</translation>
    </message>
    <message>
        <source>Please go to the staff desk</source>
        <translation>Vui lòng đến bàn nhân viên</translation>
    </message>
    <message>
        <source>Please show your own face, not a photo</source>
        <translation>Vui lòng cho xem khuôn mặt thật của bạn, không phải ảnh</translation>
    </message>
    <message>
        <source>Please tell the staff. Staff will register you.</source>
        <translation>Vui lòng báo cho nhân viên. Nhân viên sẽ đăng ký cho bạn.</translation>
    </message>
    <message>
        <source>Please use a My Number card or a driver&apos;s licence. If you have neither, the staff desk will register you.</source>
        <translation>Vui lòng dùng thẻ My Number hoặc bằng lái xe. Nếu không có cả hai, bàn nhân viên sẽ đăng ký cho bạn.</translation>
    </message>
    <message>
        <source>Staff are at the desk near the entrance.</source>
        <translation>Nhân viên ở bàn gần lối vào.</translation>
    </message>
    <message>
        <source>The camera could not see your face</source>
        <translation>Camera không nhìn thấy khuôn mặt của bạn</translation>
    </message>
    <message>
        <source>The camera is not working</source>
        <translation>Camera không hoạt động</translation>
    </message>
    <message>
        <source>The camera saw a photo or a card instead of a face. Nothing was recorded. Please use your PIN, or ask staff.</source>
        <translation>Camera thấy một tấm ảnh hoặc một chiếc thẻ thay vì khuôn mặt. Chưa có gì được ghi lại. Vui lòng dùng mã PIN hoặc hỏi nhân viên.</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>Không đọc được thẻ</translation>
    </message>
    <message>
        <source>The card did not answer</source>
        <translation>Thẻ không phản hồi</translation>
    </message>
    <message>
        <source>The card reader is not working</source>
        <translation>Máy đọc thẻ không hoạt động</translation>
    </message>
    <message>
        <source>The card was taken away</source>
        <translation>Thẻ đã bị lấy ra</translation>
    </message>
    <message>
        <source>The face check cannot be done now</source>
        <translation>Hiện không thể kiểm tra khuôn mặt</translation>
    </message>
    <message>
        <source>The number was not correct</source>
        <translation>Số chưa đúng</translation>
    </message>
    <message>
        <source>There is nothing to check out. To check in, press Check in and place your card.</source>
        <translation>Không có gì để đăng ký rời đi. Để đăng ký vào, hãy bấm Đăng ký vào và đặt thẻ.</translation>
    </message>
    <message>
        <source>This card cannot be checked here</source>
        <translation>Máy này không kiểm tra được thẻ của bạn</translation>
    </message>
    <message>
        <source>This card cannot be read here</source>
        <translation>Không thể đọc thẻ này ở đây</translation>
    </message>
    <message>
        <source>This card is locked</source>
        <translation>Thẻ này đã bị khóa</translation>
    </message>
    <message>
        <source>This date does not exist</source>
        <translation>Ngày này không tồn tại</translation>
    </message>
    <message>
        <source>This kiosk is not ready yet</source>
        <translation>Máy này chưa sẵn sàng</translation>
    </message>
    <message>
        <source>This kiosk takes no registrations now. Please go to the staff desk.</source>
        <translation>Máy này hiện không nhận đăng ký. Vui lòng đến bàn nhân viên.</translation>
    </message>
    <message>
        <source>This shelter is closed</source>
        <translation>Nơi sơ tán này đã đóng cửa</translation>
    </message>
    <message>
        <source>To protect your card from locking, this kiosk will not try again. Please take your card and go to the staff desk.</source>
        <translation>Để thẻ không bị khóa, máy này sẽ không thử nữa. Vui lòng lấy thẻ và đến bàn nhân viên.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>Dùng mã PIN</translation>
    </message>
    <message>
        <source>Use the camera instead</source>
        <translation>Dùng camera</translation>
    </message>
    <message>
        <source>Use the numbers printed on the card instead</source>
        <translation>Dùng các số in trên thẻ thay thế</translation>
    </message>
    <message>
        <source>You are not checked in at this shelter</source>
        <translation>Bạn chưa đăng ký ở nơi sơ tán này</translation>
    </message>
    <message>
        <source>You are still registered here</source>
        <translation>Bạn vẫn đang được đăng ký ở đây</translation>
    </message>
    <message>
        <source>Your face did not match the photo on the card</source>
        <translation>Khuôn mặt của bạn không khớp với ảnh trên thẻ</translation>
    </message>
    <message>
        <source>Your registration could not be saved</source>
        <translation>Không lưu được đăng ký của bạn</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <source>Error code for staff: {code}</source>
        <translation>Mã lỗi cho nhân viên: {code}</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>Tạm ngừng hoạt động</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please see the staff.</source>
        <translation>Xin lỗi, đã có lỗi xảy ra. Vui lòng gặp nhân viên.</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message numerus="yes">
        <source>%n tries left</source>
        <translation>
            <numerusform>Còn %n lần thử</numerusform>
        </translation>
    </message>
    <message>
        <source>Careful: if the next PIN is wrong, the kiosk stops and you must see staff. If you are not sure, press Cancel and ask staff.</source>
        <translation>Cẩn thận: nếu lần tới sai, máy sẽ dừng và bạn phải gặp nhân viên. Nếu không chắc, hãy bấm Hủy và hỏi nhân viên.</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the camera</source>
        <translation>Quên mã PIN? Dùng camera</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the numbers printed on the card</source>
        <translation>Quên mã PIN? Dùng các số in trên thẻ</translation>
    </message>
    <message>
        <source>I do not know my PIN</source>
        <translation>Tôi không biết mã PIN</translation>
    </message>
    <message>
        <source>PIN 1 is the 4-digit number chosen when the licence was made. If you never chose one or do not remember it, do not guess: staff will register you.</source>
        <translation>Mã PIN 1 là 4 chữ số được chọn khi làm bằng lái. Nếu bạn chưa từng chọn hoặc không nhớ, đừng đoán: nhân viên sẽ đăng ký cho bạn.</translation>
    </message>
    <message>
        <source>The PIN you chose for this card. It is not shown and not spoken.</source>
        <translation>Là mã PIN bạn đã đặt cho thẻ này. Mã không hiện ra và không được đọc to.</translation>
    </message>
    <message>
        <source>Type PIN 1 of your driver&apos;s licence (4 digits)</source>
        <translation>Nhập mã PIN 1 của bằng lái xe (4 số)</translation>
    </message>
    <message>
        <source>Type your 4-digit PIN</source>
        <translation>Nhập mã PIN 4 số</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Check in. Please place your card on the reader.</source>
        <translation>Đăng ký vào. Vui lòng đặt thẻ lên máy đọc.</translation>
    </message>
    <message>
        <source>Check out. Please place your card on the reader.</source>
        <translation>Đăng ký rời đi. Vui lòng đặt thẻ lên máy đọc.</translation>
    </message>
    <message>
        <source>Do you need more time? Please touch the screen.</source>
        <translation>Bạn có cần thêm thời gian không? Vui lòng chạm vào màn hình.</translation>
    </message>
    <message>
        <source>Done. Please take your card.</source>
        <translation>Xong. Vui lòng lấy lại thẻ.</translation>
    </message>
    <message>
        <source>If you have no card, please go to the staff desk.</source>
        <translation>Nếu không có thẻ, vui lòng đến bàn nhân viên.</translation>
    </message>
    <message>
        <source>Please check your details on the screen, then press Correct.</source>
        <translation>Vui lòng kiểm tra thông tin trên màn hình, rồi bấm Đúng.</translation>
    </message>
    <message>
        <source>Please choose how to open your card.</source>
        <translation>Vui lòng chọn cách mở thẻ.</translation>
    </message>
    <message>
        <source>Please choose how your birth date is shown.</source>
        <translation>Vui lòng chọn cách hiển thị ngày sinh.</translation>
    </message>
    <message>
        <source>Please look at the camera. Your face is compared with the photo on your card. No picture is kept.</source>
        <translation>Vui lòng nhìn vào camera. Khuôn mặt của bạn sẽ được so với ảnh trên thẻ. Không lưu lại hình ảnh nào.</translation>
    </message>
    <message>
        <source>Please place your card on the reader.</source>
        <translation>Vui lòng đặt thẻ lên máy đọc.</translation>
    </message>
    <message>
        <source>Please read on the screen what we read from your card, then press Agree.</source>
        <translation>Vui lòng xem trên màn hình những gì chúng tôi đọc từ thẻ, rồi nhấn Đồng ý.</translation>
    </message>
    <message>
        <source>Please read the message on the screen.</source>
        <translation>Vui lòng đọc thông báo trên màn hình.</translation>
    </message>
    <message>
        <source>Please show the front of your card to the camera and keep it still.</source>
        <translation>Vui lòng cho camera xem mặt trước của thẻ và giữ yên.</translation>
    </message>
    <message>
        <source>Please type your birth date, the card&apos;s expiry year and the four digit security code under the photo.</source>
        <translation>Vui lòng nhập ngày sinh, năm hết hạn của thẻ và mã bảo mật 4 số dưới ảnh.</translation>
    </message>
    <message>
        <source>Please type your four digit PIN. It is not shown and not spoken.</source>
        <translation>Vui lòng nhập mã PIN 4 số. Mã không hiện ra và không được đọc to.</translation>
    </message>
    <message>
        <source>Reading your card. Please do not remove it.</source>
        <translation>Đang đọc thẻ. Vui lòng không lấy thẻ ra.</translation>
    </message>
    <message>
        <source>Saving. Please wait.</source>
        <translation>Đang lưu. Vui lòng chờ.</translation>
    </message>
    <message>
        <source>This kiosk is out of service. Please see the staff.</source>
        <translation>Máy này đang tạm ngừng. Vui lòng gặp nhân viên.</translation>
    </message>
    <message>
        <source>You are checked in here. Are you leaving the shelter?</source>
        <translation>Bạn đã đăng ký ở đây. Bạn có rời nơi sơ tán không?</translation>
    </message>
    <message>
        <source>You are checked in. Please take your card.</source>
        <translation>Bạn đã đăng ký vào. Vui lòng lấy lại thẻ.</translation>
    </message>
    <message>
        <source>You are checked out. Please take your card.</source>
        <translation>Bạn đã đăng ký rời đi. Vui lòng lấy lại thẻ.</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Records on hold (tell IT):</source>
        <translation>Bản ghi đang giữ lại (báo cho IT):</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>và {count} bản ghi khác</translation>
    </message>
    <message>
        <source>it holds a value this kiosk version does not know (a newer version?)</source>
        <translation>có giá trị mà phiên bản máy này không biết (bản ghi của phiên bản mới hơn?)</translation>
    </message>
    <message>
        <source>its details do not match their seal (changed or damaged)</source>
        <translation>nội dung không khớp với dấu niêm phong (bị sửa hoặc bị hỏng)</translation>
    </message>
    <message>
        <source>its personal data cannot be opened on this kiosk (another key, or damaged)</source>
        <translation>không mở được thông tin cá nhân trên máy này (khóa khác hoặc bị hỏng)</translation>
    </message>
    <message>
        <source>record {record}: {reason}</source>
        <translation>bản ghi {record}: {reason}</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>máy chủ đã từ chối</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Please do not remove your card.</source>
        <translation>Vui lòng không lấy thẻ ra.</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>Vui lòng chờ một chút.</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>Đang đọc thẻ…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Đang lưu…</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message numerus="yes">
        <source>%n people registered.</source>
        <translation>
            <numerusform>Đã đăng ký %n người.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>Không đọc được %n bản ghi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add another member</source>
        <translation>Thêm thành viên khác</translation>
    </message>
    <message>
        <source>Already checked out: nothing was recorded.</source>
        <translation>Người này đã rời đi: không ghi lại gì.</translation>
    </message>
    <message>
        <source>Already entered: {names}</source>
        <translation>Đã nhập: {names}</translation>
    </message>
    <message>
        <source>At most {n} people are registered together: register this household, then the others as another one.</source>
        <translation>Mỗi lần đăng ký tối đa {n} người: hãy đăng ký hộ này, rồi đăng ký những người còn lại thành hộ khác.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>Quay lại menu nhân viên</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>Đăng ký rời đi</translation>
    </message>
    <message>
        <source>Check someone out by hand</source>
        <translation>Nhân viên đăng ký rời đi thay</translation>
    </message>
    <message>
        <source>Check this person out?
{person}</source>
        <translation>Đăng ký rời đi cho người này?
{person}</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>Đã đăng ký rời đi.</translation>
    </message>
    <message>
        <source>Correct a record</source>
        <translation>Sửa một bản ghi</translation>
    </message>
    <message>
        <source>Correct the record</source>
        <translation>Sửa bản ghi</translation>
    </message>
    <message>
        <source>Member {n} of the household</source>
        <translation>Thành viên thứ {n} của hộ</translation>
    </message>
    <message>
        <source>More were found: type more of the name.</source>
        <translation>Còn nhiều kết quả: hãy nhập thêm tên.</translation>
    </message>
    <message>
        <source>Name or reading</source>
        <translation>Họ tên hoặc cách đọc</translation>
    </message>
    <message>
        <source>No open check-in found.</source>
        <translation>Không tìm thấy lượt vào nào đang mở.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Không rõ</translation>
    </message>
    <message>
        <source>Nothing was saved: the record database refused it. Please try again or see IT.</source>
        <translation>Chưa lưu được: cơ sở dữ liệu từ chối. Hãy thử lại hoặc liên hệ bộ phận IT.</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>Người không có thẻ</translation>
    </message>
    <message>
        <source>Please check the marked fields: nothing was saved.</source>
        <translation>Hãy kiểm tra các mục được đánh dấu: chưa lưu gì.</translation>
    </message>
    <message>
        <source>Reading the records...</source>
        <translation>Đang đọc các bản ghi…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>Đăng ký</translation>
    </message>
    <message>
        <source>Register people without a card</source>
        <translation>Đăng ký thay cho người không có thẻ</translation>
    </message>
    <message>
        <source>Same address as the first member</source>
        <translation>Cùng địa chỉ với người đầu tiên</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>Lưu bản sửa</translation>
    </message>
    <message>
        <source>Set the shelter id first: nothing can be recorded yet.</source>
        <translation>Hãy đặt mã nơi sơ tán trước: chưa thể ghi lại.</translation>
    </message>
    <message>
        <source>The correction was saved.</source>
        <translation>Đã lưu bản sửa.</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>Không dùng được cơ sở dữ liệu bản ghi.</translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation>Không đọc được các bản ghi.</translation>
    </message>
    <message>
        <source>The shelter settings changed: nothing was recorded. Please start again.</source>
        <translation>Cài đặt nơi sơ tán đã thay đổi: chưa ghi lại gì. Hãy làm lại từ đầu.</translation>
    </message>
    <message>
        <source>Western calendar</source>
        <translation>Dương lịch</translation>
    </message>
    <message>
        <source>Who is checking out?</source>
        <translation>Ai rời đi?</translation>
    </message>
    <message>
        <source>Whose record is wrong?</source>
        <translation>Bản ghi của ai bị sai?</translation>
    </message>
    <message>
        <source>{name}, checked in {time}</source>
        <translation>{name}, vào lúc {time}</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message numerus="yes">
        <source>%n training records deleted.</source>
        <translation>
            <numerusform>Đã xóa %n bản ghi diễn tập.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training records wait for the server: delete again once they are sent.</source>
        <translation>
            <numerusform>%n bản ghi diễn tập đang chờ gửi lên máy chủ: hãy xóa lại sau khi đã gửi.</numerusform>
        </translation>
    </message>
    <message>
        <source>90 and over</source>
        <translation>Từ 90 tuổi</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>Không rõ tuổi</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>Quay lại menu nhân viên</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>Theo độ tuổi</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>Sức chứa (người)</translation>
    </message>
    <message>
        <source>Capacity saved.</source>
        <translation>Đã lưu sức chứa.</translation>
    </message>
    <message>
        <source>Capacity {capacity}: {rate}% full</source>
        <translation>Sức chứa {capacity}: đã đầy {rate}%</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Vào</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>Rời đi</translation>
    </message>
    <message>
        <source>Checked out: {count}</source>
        <translation>Đã rời đi: {count} người</translation>
    </message>
    <message>
        <source>Delete the personal data of every training record on this terminal, the copies from the other terminals included?</source>
        <translation>Xóa thông tin cá nhân của mọi bản ghi diễn tập trên máy này, kể cả bản sao từ các máy khác?</translation>
    </message>
    <message>
        <source>Delete the training records</source>
        <translation>Xóa bản ghi diễn tập</translation>
    </message>
    <message>
        <source>End training mode</source>
        <translation>Kết thúc chế độ diễn tập</translation>
    </message>
    <message>
        <source>End training mode? Records made from now on are real.</source>
        <translation>Kết thúc chế độ diễn tập? Từ giờ các bản ghi là thật.</translation>
    </message>
    <message>
        <source>Export the roster to the USB stick</source>
        <translation>Xuất danh sách ra USB</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>Thư mục trên USB</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>Hộ</translation>
    </message>
    <message>
        <source>Households inside: {count}</source>
        <translation>Số hộ đang ở: {count}</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>Bị thương</translation>
    </message>
    <message>
        <source>Inside now: {count}</source>
        <translation>Đang ở đây: {count} người</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Họ tên</translation>
    </message>
    <message>
        <source>Needs assistance</source>
        <translation>Cần trợ giúp</translation>
    </message>
    <message>
        <source>Needs medical care</source>
        <translation>Cần chăm sóc y tế</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Không</translation>
    </message>
    <message>
        <source>No capacity set: type it below.</source>
        <translation>Chưa đặt sức chứa: hãy nhập bên dưới.</translation>
    </message>
    <message>
        <source>Not saved: the USB stick is full.</source>
        <translation>Chưa lưu: USB đã đầy.</translation>
    </message>
    <message>
        <source>Not saved: the folder cannot be written. Is the USB stick in?</source>
        <translation>Chưa lưu: không ghi được vào thư mục. USB đã cắm chưa?</translation>
    </message>
    <message>
        <source>Only people inside now</source>
        <translation>Chỉ người đang ở đây</translation>
    </message>
    <message>
        <source>Passphrase (12 or more characters)</source>
        <translation>Cụm mật khẩu (từ 12 ký tự)</translation>
    </message>
    <message>
        <source>Personal data deleted: {count}</source>
        <translation>Đã xóa thông tin cá nhân: {count}</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>Đang mang thai</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>Cách đọc</translation>
    </message>
    <message>
        <source>Records not readable here: {count}</source>
        <translation>Bản ghi không đọc được ở đây: {count}</translation>
    </message>
    <message>
        <source>Roster and counts</source>
        <translation>Danh sách và số người</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, NOT encrypted.</source>
        <translation>Đã lưu {file}: {count} người, KHÔNG mã hóa.</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, encrypted.</source>
        <translation>Đã lưu {file}: {count} người, đã mã hóa.</translation>
    </message>
    <message>
        <source>Search by name or reading</source>
        <translation>Tìm theo tên hoặc cách đọc</translation>
    </message>
    <message>
        <source>Set the capacity</source>
        <translation>Đặt sức chứa</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>Cần hỗ trợ đặc biệt</translation>
    </message>
    <message>
        <source>Start training mode</source>
        <translation>Bắt đầu chế độ diễn tập</translation>
    </message>
    <message>
        <source>Start training mode? Every record made from now on is a training record, kept apart from the real ones.</source>
        <translation>Bắt đầu chế độ diễn tập? Mọi bản ghi từ giờ là bản ghi diễn tập, tách riêng khỏi bản ghi thật.</translation>
    </message>
    <message>
        <source>The capacity is a number up to 100000.</source>
        <translation>Sức chứa là số không quá 100000.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>Cụm mật khẩu cần ít nhất 12 ký tự.</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>Không dùng được cơ sở dữ liệu bản ghi.</translation>
    </message>
    <message>
        <source>The records could not be read: {code}</source>
        <translation>Không đọc được bản ghi: {code}</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Nhập lại cụm mật khẩu</translation>
    </message>
    <message>
        <source>The training records could not be deleted: {code}</source>
        <translation>Không xóa được bản ghi diễn tập: {code}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Hai cụm mật khẩu không khớp.</translation>
    </message>
    <message>
        <source>Training mode: only training records are shown and counted.</source>
        <translation>Chế độ diễn tập: chỉ hiện và đếm bản ghi diễn tập.</translation>
    </message>
    <message>
        <source>Type the folder of the USB stick.</source>
        <translation>Hãy nhập thư mục của USB.</translation>
    </message>
    <message>
        <source>With a pet</source>
        <translation>Có thú cưng</translation>
    </message>
    <message>
        <source>Without encryption (plain CSV)</source>
        <translation>Không mã hóa (CSV thường)</translation>
    </message>
    <message>
        <source>Write the roster WITHOUT encryption? Anyone who finds the USB stick can read every name and address.</source>
        <translation>Xuất danh sách KHÔNG mã hóa? Ai nhặt được USB cũng đọc được mọi họ tên và địa chỉ.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Có</translation>
    </message>
    <message>
        <source>ended by a later check-in</source>
        <translation>kết thúc do vào lại</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>đang ở</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>API token</source>
        <translation>Mã thông báo API</translation>
    </message>
    <message>
        <source>Address in the QR code (empty: found by itself)</source>
        <translation>Địa chỉ trong mã QR (để trống: tự động)</translation>
    </message>
    <message>
        <source>After a check-in, tell people (empty: the standard text)</source>
        <translation>Sau khi đăng ký, báo cho mọi người (để trống: câu mặc định)</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>Cài đặt ứng dụng</translation>
    </message>
    <message>
        <source>Ask for 和暦 / 西暦 birth date display</source>
        <translation>Hỏi cách hiện ngày sinh 和暦 / 西暦</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>Camera</translation>
    </message>
    <message>
        <source>Card camera (device number)</source>
        <translation>Camera đọc thẻ (số thiết bị)</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>Ngôn ngữ mặc định</translation>
    </message>
    <message>
        <source>Face camera (device number)</source>
        <translation>Camera khuôn mặt (số thiết bị)</translation>
    </message>
    <message>
        <source>Language and voice</source>
        <translation>Ngôn ngữ và giọng nói</translation>
    </message>
    <message>
        <source>Management API URL</source>
        <translation>URL API quản lý</translation>
    </message>
    <message>
        <source>Management server</source>
        <translation>Máy chủ quản lý</translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation>Chưa lưu: không ghi được tệp cài đặt.</translation>
    </message>
    <message>
        <source>Not saved: type the API token for the new API URL.</source>
        <translation>Chưa lưu: hãy nhập mã thông báo API cho URL API mới.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>Chưa lưu: {problem}</translation>
    </message>
    <message>
        <source>Off: PIN or typed numbers</source>
        <translation>Tắt: mã PIN hoặc nhập số</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Bật</translation>
    </message>
    <message>
        <source>Other terminals&apos; addresses (host:port, separated by commas)</source>
        <translation>Địa chỉ các máy khác (máy:cổng, cách nhau bằng dấu phẩy)</translation>
    </message>
    <message>
        <source>PIN, then match the face</source>
        <translation>Mã PIN, rồi so khuôn mặt</translation>
    </message>
    <message>
        <source>Phone page port</source>
        <translation>Cổng trang điện thoại</translation>
    </message>
    <message>
        <source>Phone registration</source>
        <translation>Đăng ký bằng điện thoại</translation>
    </message>
    <message>
        <source>Read the card face</source>
        <translation>Đọc mặt thẻ</translation>
    </message>
    <message>
        <source>Read the card face and match the face</source>
        <translation>Đọc mặt thẻ và so khuôn mặt</translation>
    </message>
    <message>
        <source>Same camera</source>
        <translation>Cùng camera</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <source>Saved. Type a new one to replace it.</source>
        <translation>Đã lưu. Chỉ nhập mã mới khi muốn thay.</translation>
    </message>
    <message>
        <source>Seconds the result stays on screen</source>
        <translation>Số giây hiện kết quả trên màn hình</translation>
    </message>
    <message>
        <source>Seconds without a touch before asking for more time</source>
        <translation>Số giây không chạm trước khi hỏi thêm thời gian</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Đã lưu cài đặt.</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>Nơi sơ tán</translation>
    </message>
    <message>
        <source>Shelter ID</source>
        <translation>ID nơi sơ tán</translation>
    </message>
    <message>
        <source>Shelter LAN</source>
        <translation>Mạng LAN nơi sơ tán</translation>
    </message>
    <message>
        <source>Shelter LAN port</source>
        <translation>Cổng mạng LAN nơi sơ tán</translation>
    </message>
    <message>
        <source>Shelter name</source>
        <translation>Tên nơi sơ tán</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Thời gian</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation>Hướng dẫn bằng giọng nói</translation>
    </message>
    <message>
        <source>Where the staff desk is (empty: the standard text)</source>
        <translation>Bàn nhân viên ở đâu (để trống: câu mặc định)</translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>I am injured</source>
        <translation>Tôi bị thương</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>Tôi đang mang thai</translation>
    </message>
    <message>
        <source>I came with a pet</source>
        <translation>Tôi đi cùng thú cưng</translation>
    </message>
    <message>
        <source>I need help to move or live here</source>
        <translation>Tôi cần giúp đỡ để đi lại hoặc sinh hoạt</translation>
    </message>
    <message>
        <source>I need medical care</source>
        <translation>Tôi cần chăm sóc y tế</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>All records are sent. You can quit the kiosk.</source>
        <translation>Đã gửi hết bản ghi. Có thể tắt máy.</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>Cài đặt ứng dụng</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Quay lại màn hình tiếp nhận</translation>
    </message>
    <message>
        <source>Camera: unplugged or not found. People use the PIN or type the numbers until it is back.</source>
        <translation>Camera: bị rút ra hoặc không tìm thấy. Cho đến khi có lại, mọi người dùng mã PIN hoặc nhập số.</translation>
    </message>
    <message>
        <source>Camera: working</source>
        <translation>Camera: đang hoạt động</translation>
    </message>
    <message>
        <source>Connection: OFFLINE</source>
        <translation>Kết nối: NGOẠI TUYẾN</translation>
    </message>
    <message>
        <source>Connection: no management API configured</source>
        <translation>Kết nối: chưa cài đặt API quản lý</translation>
    </message>
    <message>
        <source>Connection: online</source>
        <translation>Kết nối: trực tuyến</translation>
    </message>
    <message>
        <source>Connection: the server refused the API token. Check the settings.</source>
        <translation>Kết nối: máy chủ từ chối mã thông báo API. Hãy kiểm tra cài đặt.</translation>
    </message>
    <message>
        <source>Connection: the server refused the records (see its error).</source>
        <translation>Kết nối: máy chủ từ chối các bản ghi (xem lỗi).</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Tạo tài khoản</translation>
    </message>
    <message>
        <source>Create the first staff account</source>
        <translation>Tạo tài khoản nhân viên đầu tiên</translation>
    </message>
    <message>
        <source>Delete personal data now</source>
        <translation>Xóa thông tin cá nhân ngay</translation>
    </message>
    <message>
        <source>Delete personal data now?</source>
        <translation>Xóa thông tin cá nhân ngay bây giờ?</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>Đồng bộ lần cuối: {time}</translation>
    </message>
    <message>
        <source>Lines that could not be read: {lines}</source>
        <translation>Các dòng không đọc được: {lines}</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <source>Log in to open the shelter. The management system is told it opened.</source>
        <translation>Đăng nhập để mở nơi sơ tán. Hệ thống quản lý sẽ được báo là đã mở.</translation>
    </message>
    <message>
        <source>Log out (quit the app)</source>
        <translation>Đăng xuất (thoát ứng dụng)</translation>
    </message>
    <message>
        <source>Names, addresses and messages are erased from this kiosk for good. It works only after the close notice, once the server has every record.</source>
        <translation>Họ tên, địa chỉ và lời nhắn sẽ bị xóa vĩnh viễn khỏi máy này. Chỉ thực hiện được sau thông báo đóng cửa, khi máy chủ đã nhận mọi bản ghi.</translation>
    </message>
    <message>
        <source>No personal data left to delete.</source>
        <translation>Không còn thông tin cá nhân để xóa.</translation>
    </message>
    <message>
        <source>No set-up code was issued. IT: python -m kiosk.staff setup-code</source>
        <translation>Chưa cấp mã cài đặt. IT: python -m kiosk.staff setup-code</translation>
    </message>
    <message>
        <source>No staff account exists on this kiosk yet. Choose a user ID and a password of at least 10 characters.</source>
        <translation>Máy này chưa có tài khoản nhân viên. Hãy chọn ID người dùng và mật khẩu ít nhất 10 ký tự.</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Không, quay lại</translation>
    </message>
    <message>
        <source>Nobody can check in or out until the kiosk is started again. Records that still wait stay safely on this kiosk.</source>
        <translation>Không ai có thể đăng ký vào hoặc ra cho đến khi máy được khởi động lại. Các bản ghi còn chờ được giữ an toàn trên máy này.</translation>
    </message>
    <message numerus="yes">
        <source>Not deleted: %n records are not yet received by the server. Press Send now and try again when they are sent.</source>
        <translation>
            <numerusform>Chưa xóa: máy chủ chưa nhận %n bản ghi. Hãy bấm Gửi ngay và thử lại khi đã gửi xong.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: send the shelter close notice first.</source>
        <translation>Chưa xóa: hãy gửi thông báo đóng nơi sơ tán trước.</translation>
    </message>
    <message>
        <source>Not deleted: the waiting time after the close has not passed yet.</source>
        <translation>Chưa xóa: thời gian chờ sau khi đóng cửa chưa hết.</translation>
    </message>
    <message>
        <source>Not everything could be sent yet. The records stay on this kiosk.</source>
        <translation>Chưa gửi được hết. Các bản ghi vẫn được giữ trên máy này.</translation>
    </message>
    <message>
        <source>Only shelter staff may open this menu.</source>
        <translation>Chỉ nhân viên nơi sơ tán được mở menu này.</translation>
    </message>
    <message>
        <source>Only shelter staff may quit the kiosk.</source>
        <translation>Chỉ nhân viên nơi sơ tán được tắt máy này.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mật khẩu</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Nhập lại mật khẩu</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>Người không có thẻ</translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records.</source>
        <translation>
            <numerusform>Đã xóa thông tin cá nhân khỏi %n bản ghi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records. The database file is rewritten in a moment to remove old copies; the kiosk does this by itself.</source>
        <translation>
            <numerusform>Đã xóa thông tin cá nhân khỏi %n bản ghi. Tệp cơ sở dữ liệu sẽ sớm được ghi lại để xóa các bản sao cũ; máy tự làm việc này.</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a harder password: no common words, repeats, runs or the user ID.</source>
        <translation>Hãy chọn mật khẩu khó đoán hơn: không dùng từ phổ biến, ký tự lặp, dãy liên tiếp hay ID người dùng.</translation>
    </message>
    <message>
        <source>Please enter a user ID.</source>
        <translation>Vui lòng nhập ID người dùng.</translation>
    </message>
    <message>
        <source>Quarantined records queued again: {count}</source>
        <translation>Bản ghi bị giữ lại đã xếp hàng gửi lại: {count}</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>Thoát chương trình</translation>
    </message>
    <message>
        <source>Quit the kiosk?</source>
        <translation>Thoát chương trình?</translation>
    </message>
    <message>
        <source>Reader: {state}</source>
        <translation>Máy đọc: {state}</translation>
    </message>
    <message>
        <source>Records still waiting to be sent: {count}</source>
        <translation>Bản ghi còn chờ gửi: {count}</translation>
    </message>
    <message>
        <source>Records that still wait are kept safely on this kiosk and are sent the next time it starts with a connection.</source>
        <translation>Các bản ghi còn chờ được giữ an toàn trên máy này và sẽ được gửi khi máy khởi động lại có kết nối.</translation>
    </message>
    <message>
        <source>Records waiting: {waiting}, quarantined: {quarantined}</source>
        <translation>Bản ghi đang chờ: {waiting}, bị cách ly: {quarantined}</translation>
    </message>
    <message>
        <source>Retry records on hold</source>
        <translation>Gửi lại bản ghi bị giữ lại</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>Gửi ngay</translation>
    </message>
    <message>
        <source>Send now and wait</source>
        <translation>Gửi ngay và chờ</translation>
    </message>
    <message>
        <source>Send shelter close notice and quit</source>
        <translation>Gửi thông báo đóng cửa và thoát</translation>
    </message>
    <message>
        <source>Send shelter open notice</source>
        <translation>Gửi thông báo mở cửa</translation>
    </message>
    <message>
        <source>Send the shelter close notice?</source>
        <translation>Gửi thông báo đóng cửa nơi sơ tán?</translation>
    </message>
    <message>
        <source>Sending now.</source>
        <translation>Đang gửi.</translation>
    </message>
    <message>
        <source>Sending… Please wait. Records still waiting: {count}</source>
        <translation>Đang gửi. Vui lòng chờ. Bản ghi còn chờ: {count}</translation>
    </message>
    <message>
        <source>Set-up code from IT</source>
        <translation>Mã cài đặt từ bộ phận IT</translation>
    </message>
    <message>
        <source>Shelter close notice queued</source>
        <translation>Đã xếp hàng thông báo đóng cửa</translation>
    </message>
    <message>
        <source>Shelter open notice queued.</source>
        <translation>Đã xếp hàng thông báo mở cửa.</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>Nhân viên đăng nhập</translation>
    </message>
    <message>
        <source>Staff login to quit the kiosk</source>
        <translation>Nhân viên đăng nhập để tắt máy</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>Menu nhân viên</translation>
    </message>
    <message>
        <source>Staff menu: enter your password</source>
        <translation>Menu nhân viên: nhập mật khẩu</translation>
    </message>
    <message>
        <source>Staff must open it again: log in to open the shelter. The management system is told it opened.</source>
        <translation>Nhân viên cần mở lại: đăng nhập để mở nơi sơ tán. Hệ thống quản lý sẽ được thông báo.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Trạng thái</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>Không thành công. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>Không tạo được tài khoản.</translation>
    </message>
    <message>
        <source>The management system is told that this shelter is closed. Then the kiosk shows how many records still wait, and staff can quit it.</source>
        <translation>Hệ thống quản lý sẽ được báo rằng nơi sơ tán này đã đóng cửa. Sau đó máy hiển thị số bản ghi còn chờ gửi, và nhân viên có thể thoát chương trình.</translation>
    </message>
    <message>
        <source>The notice could not be saved. Please try again.</source>
        <translation>Không lưu được thông báo. Vui lòng thử lại.</translation>
    </message>
    <message>
        <source>The notice was not recorded: the kiosk cannot record yet.</source>
        <translation>Thông báo chưa được ghi: máy chưa thể ghi.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>Mật khẩu cần ít nhất 10 ký tự.</translation>
    </message>
    <message>
        <source>The set-up code is not correct.</source>
        <translation>Mã cài đặt không đúng.</translation>
    </message>
    <message>
        <source>The settings file was damaged. It was set aside as {path}; the values that could be read were kept.</source>
        <translation>Tệp cài đặt bị hỏng. Tệp đã được để riêng thành {path}; các giá trị đọc được đã được giữ lại.</translation>
    </message>
    <message>
        <source>The shelter is closed</source>
        <translation>Nơi sơ tán đã đóng cửa</translation>
    </message>
    <message>
        <source>The shelter is closed: evacuees cannot check in. Send the shelter open notice to open it again, or log out.</source>
        <translation>Nơi sơ tán đã đóng cửa: người sơ tán không thể đăng ký. Gửi thông báo mở cửa để mở lại, hoặc đăng xuất.</translation>
    </message>
    <message>
        <source>The shelter is open already: no notice was sent.</source>
        <translation>Nơi sơ tán đã mở cửa rồi: không gửi thông báo.</translation>
    </message>
    <message>
        <source>The shelter is open. Log in to start the kiosk: no notice is sent.</source>
        <translation>Nơi sơ tán đang mở cửa. Đăng nhập để khởi động máy: không gửi thông báo.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Hai mật khẩu không giống nhau.</translation>
    </message>
    <message>
        <source>These settings were not usable and are back at their defaults: {keys}</source>
        <translation>Các cài đặt sau không dùng được và đã trở về mặc định: {keys}</translation>
    </message>
    <message>
        <source>This kiosk cannot record anything until the shelter ID is set. Open App settings and enter it.</source>
        <translation>Máy này không thể ghi gì cho đến khi đặt ID nơi sơ tán. Hãy mở &quot;Cài đặt ứng dụng&quot; và nhập ID.</translation>
    </message>
    <message>
        <source>This terminal has lost its ID (damaged settings). It cannot record anything until IT restores the terminal_id file.</source>
        <translation>Máy này đã mất ID thiết bị (cài đặt bị hỏng). Máy không thể ghi gì cho đến khi bộ phận IT khôi phục tệp terminal_id.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Please wait and try again later.</source>
        <translation>Sai quá nhiều lần. Vui lòng chờ rồi thử lại sau.</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID người dùng</translation>
    </message>
    <message>
        <source>User ID or password is not correct.</source>
        <translation>ID người dùng hoặc mật khẩu không đúng.</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>Có, xóa</translation>
    </message>
    <message>
        <source>Yes, quit</source>
        <translation>Có, thoát</translation>
    </message>
    <message>
        <source>Yes, send the close notice</source>
        <translation>Có, gửi thông báo đóng cửa</translation>
    </message>
    <message>
        <source>connected, card on the reader</source>
        <translation>đã kết nối, có thẻ trên máy</translation>
    </message>
    <message>
        <source>connected, no card</source>
        <translation>đã kết nối, không có thẻ</translation>
    </message>
    <message>
        <source>no reader connected</source>
        <translation>chưa kết nối máy đọc</translation>
    </message>
</context>
<context>
    <name>StaffLog</name>
    <message>
        <source>A card could not be read ({code}).</source>
        <translation>Không đọc được thẻ ({code}).</translation>
    </message>
    <message>
        <source>A staff account was created.</source>
        <translation>Đã tạo một tài khoản nhân viên.</translation>
    </message>
    <message>
        <source>A staff login was refused ({code}).</source>
        <translation>Đăng nhập của nhân viên bị từ chối ({code}).</translation>
    </message>
    <message>
        <source>A staff member logged in.</source>
        <translation>Một nhân viên đã đăng nhập.</translation>
    </message>
    <message>
        <source>A staff member logged out.</source>
        <translation>Một nhân viên đã đăng xuất.</translation>
    </message>
    <message>
        <source>A staff screen was left untouched: back to the kiosk.</source>
        <translation>Màn hình nhân viên không được dùng: đã quay lại màn hình tiếp nhận.</translation>
    </message>
    <message>
        <source>Demo: a sample card was placed.</source>
        <translation>Demo: đã đặt một thẻ mẫu.</translation>
    </message>
    <message>
        <source>Demo: the practice data has its own folder.</source>
        <translation>Demo: dữ liệu luyện tập nằm trong thư mục riêng.</translation>
    </message>
    <message>
        <source>Demo: the practice management server runs at {url}.</source>
        <translation>Demo: máy chủ quản lý luyện tập chạy tại {url}.</translation>
    </message>
    <message>
        <source>Demo: the sample card was taken away.</source>
        <translation>Demo: đã lấy thẻ mẫu ra.</translation>
    </message>
    <message>
        <source>Sending failed ({code}). The kiosk tries again by itself.</source>
        <translation>Gửi không được ({code}). Máy sẽ tự gửi lại.</translation>
    </message>
    <message>
        <source>Sending stopped ({code}). See the status.</source>
        <translation>Đã ngừng gửi ({code}). Xem trạng thái.</translation>
    </message>
    <message>
        <source>Technical message for IT ({code})</source>
        <translation>Thông báo kỹ thuật cho IT ({code})</translation>
    </message>
    <message>
        <source>The card reader is missing.</source>
        <translation>Không thấy máy đọc thẻ.</translation>
    </message>
    <message>
        <source>The close notice waits until the earlier records are sent.</source>
        <translation>Thông báo đóng cửa chờ đến khi các bản ghi trước được gửi.</translation>
    </message>
    <message>
        <source>The management server can be reached again.</source>
        <translation>Đã kết nối lại được với máy chủ quản lý.</translation>
    </message>
    <message>
        <source>The record database needs attention ({code}). See the status.</source>
        <translation>Cơ sở dữ liệu bản ghi cần được xử lý ({code}). Xem trạng thái.</translation>
    </message>
    <message>
        <source>The screen language was changed.</source>
        <translation>Ngôn ngữ màn hình đã được đổi.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Registrations are kept safely on this kiosk</source>
        <translation>Thông tin đăng ký được lưu an toàn trên máy này</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source>%n records could not be read (ids: {ids}).</source>
        <translation>
            <numerusform>%n bản ghi không đọc được (mã: {ids}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>%n bản ghi không đọc được.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were put on hold: they failed their check.</source>
        <translation>
            <numerusform>%n bản ghi không qua được kiểm tra nên đang được giữ lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>How many records could not be read is not known.</source>
        <translation>Không biết có bao nhiêu bản ghi không đọc được.</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>Tôi đã đọc</translation>
    </message>
    <message>
        <source>The damaged file was kept as {name} for IT. Do not delete it.</source>
        <translation>Tệp bị hỏng được giữ lại với tên {name} cho IT. Không xóa tệp này.</translation>
    </message>
    <message>
        <source>The record database is damaged and could not be repaired. This kiosk cannot record anything: people are told to see staff. Register people by hand and call IT. IT: stop the kiosk, then run python -m kiosk.outbox recover. Do not delete any files.</source>
        <translation>Cơ sở dữ liệu bản ghi bị hỏng và không sửa được. Máy này không ghi được gì (người dùng được báo gặp nhân viên). Hãy đăng ký bằng tay và gọi IT. IT: tắt máy kiosk rồi chạy python -m kiosk.outbox recover. Không xóa tệp nào.</translation>
    </message>
    <message numerus="yes">
        <source>The record database was damaged. %n records were saved into a new database; those not yet sent will be sent.</source>
        <translation>
            <numerusform>Cơ sở dữ liệu bản ghi đã bị hỏng. Đã lưu %n bản ghi vào cơ sở dữ liệu mới; các bản ghi chưa gửi sẽ được gửi.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message numerus="yes">
        <source>%n records were left &apos;in flight&apos; by a sender that stopped; they will be sent again within 10 minutes or after a restart.</source>
        <translation>
            <numerusform>%n bản ghi bị bỏ lại ở trạng thái &apos;đang gửi&apos; do một tiến trình gửi đã dừng; chúng sẽ được gửi lại trong vòng 10 phút hoặc sau khi khởi động lại.</numerusform>
        </translation>
    </message>
    <message>
        <source>A record is on hold: the server already has a different record with the same ID. Tell IT. The record stays on this kiosk.</source>
        <translation>Một bản ghi đang bị tạm giữ: máy chủ đã có một bản ghi khác cùng ID. Hãy báo bộ phận IT. Bản ghi vẫn ở trên máy này.</translation>
    </message>
    <message>
        <source>A record is on hold: the server refused it. Tell IT. The record stays on this kiosk.</source>
        <translation>Một bản ghi đang bị tạm giữ: máy chủ đã từ chối nó. Hãy báo bộ phận IT. Bản ghi vẫn ở trên máy này.</translation>
    </message>
    <message>
        <source>For IT: {details}</source>
        <translation>Dành cho IT: {details}</translation>
    </message>
    <message>
        <source>The API URL in the settings does not lead to the management server. IT must check the URL. Records wait on this kiosk.</source>
        <translation>API URL trong cài đặt không dẫn đến máy chủ quản lý. Bộ phận IT phải kiểm tra URL. Các bản ghi đang chờ trên máy này.</translation>
    </message>
    <message>
        <source>The API URL starts with http://, which is allowed only to this machine. IT must set an https:// URL in the settings. Nothing was sent.</source>
        <translation>API URL bắt đầu bằng http://, chỉ được phép cho chính máy này. Bộ phận IT phải đặt URL https:// trong cài đặt. Chưa gửi gì.</translation>
    </message>
    <message>
        <source>The connection dropped while sending. The kiosk sends again by itself; the server does not count a record twice.</source>
        <translation>Kết nối bị ngắt khi đang gửi. Máy sẽ tự gửi lại; máy chủ không tính một bản ghi hai lần.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the management server. Check the network cable or Wi-Fi. Records wait on this kiosk and are sent when the connection is back.</source>
        <translation>Máy không kết nối được với máy chủ quản lý. Hãy kiểm tra cáp mạng hoặc Wi-Fi. Các bản ghi được giữ trên máy này và sẽ được gửi khi có kết nối lại.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk is full: new check-ins may not be saved. Tell IT at once. Do not delete any files.</source>
        <translation>Ổ đĩa của máy đã đầy: các lượt đăng ký mới có thể không được lưu. Hãy báo bộ phận IT ngay. Đừng xóa tệp nào.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s record database has a problem. Tell IT at once. Do not delete any files.</source>
        <translation>Cơ sở dữ liệu bản ghi của máy có sự cố. Hãy báo bộ phận IT ngay. Đừng xóa tệp nào.</translation>
    </message>
    <message>
        <source>The management server has a problem of its own. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>Máy chủ quản lý đang gặp sự cố. Máy sẽ tự thử lại. Các bản ghi đang chờ trên máy này.</translation>
    </message>
    <message>
        <source>The network answered with another page (a Wi-Fi sign-in page?), not the management server. Sign in to the network or use another one. Records wait on this kiosk.</source>
        <translation>Mạng trả về một trang khác (trang đăng nhập Wi-Fi?), không phải máy chủ quản lý. Hãy đăng nhập mạng hoặc dùng mạng khác. Các bản ghi đang chờ trên máy này.</translation>
    </message>
    <message>
        <source>The server asked the kiosk to send more slowly. The kiosk waits and tries again by itself.</source>
        <translation>Máy chủ yêu cầu gửi chậm lại. Máy sẽ chờ rồi tự thử lại.</translation>
    </message>
    <message>
        <source>The server asked to send some records again later. The kiosk does this by itself.</source>
        <translation>Máy chủ yêu cầu gửi lại một số bản ghi sau. Máy sẽ tự làm việc này.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>Máy chủ không trả lời kịp. Máy sẽ tự thử lại. Các bản ghi đang chờ trên máy này.</translation>
    </message>
    <message>
        <source>The server did not confirm every record. The kiosk sends the others again by itself.</source>
        <translation>Máy chủ không xác nhận đã nhận mọi bản ghi. Máy sẽ tự gửi lại các bản ghi còn lại.</translation>
    </message>
    <message>
        <source>The server refused all records: probably a settings problem (is the shelter ID registered?). Check the settings, then press Send now.</source>
        <translation>Máy chủ từ chối tất cả bản ghi: có lẽ do cài đặt (ID nơi sơ tán đã được đăng ký chưa?). Hãy kiểm tra cài đặt rồi bấm &quot;Gửi ngay&quot;.</translation>
    </message>
    <message>
        <source>The server refused the API token. Nothing is sent until the correct token is set in the settings.</source>
        <translation>Máy chủ từ chối mã thông báo API. Sẽ không gửi gì cho đến khi đặt đúng mã trong cài đặt.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large. Nothing is lost; the kiosk tries again. If this stays, tell IT.</source>
        <translation>Phản hồi của máy chủ quá lớn. Không mất dữ liệu; máy sẽ thử lại. Nếu vẫn tiếp diễn, hãy báo bộ phận IT.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If the city uses its own certificate authority, IT must set the CA file in the settings. Records wait on this kiosk.</source>
        <translation>Chứng chỉ của máy chủ không được tin cậy. Nếu thành phố dùng cơ quan cấp chứng chỉ riêng, bộ phận IT phải đặt tệp CA trong cài đặt. Các bản ghi đang chờ trên máy này.</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found. Check the network; if it works, IT must check the API URL in the settings. Records wait on this kiosk.</source>
        <translation>Không tìm thấy tên máy chủ. Hãy kiểm tra mạng; nếu mạng bình thường, bộ phận IT phải kiểm tra API URL trong cài đặt. Các bản ghi đang chờ trên máy này.</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is {minutes} minutes off. Please set the date and time.</source>
        <translation>Đồng hồ của máy này lệch {minutes} phút. Vui lòng chỉnh ngày và giờ.</translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation>bản ghi {record}</translation>
    </message>
    <message>
        <source>server code {code}</source>
        <translation>mã máy chủ {code}</translation>
    </message>
</context>
<context>
    <name>TakeCard</name>
    <message>
        <source>Please take your card</source>
        <translation>Vui lòng lấy thẻ của bạn</translation>
    </message>
    <message>
        <source>Your card is still on the reader. To start again, take it and place it again.</source>
        <translation>Thẻ của bạn vẫn còn trên máy đọc. Để bắt đầu lại, hãy lấy thẻ ra rồi đặt lại.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING MODE: every new record is a training record</source>
        <translation>CHẾ ĐỘ DIỄN TẬP: mọi bản ghi mới là bản ghi diễn tập</translation>
    </message>
</context>
</TS>
