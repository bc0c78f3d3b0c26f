<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Camera</name>
    <message>
        <source>Ask staff</source>
        <translation>직원에게 문의</translation>
    </message>
    <message>
        <source>Checking. Please stay still.</source>
        <translation>확인 중입니다. 움직이지 말아 주세요.</translation>
    </message>
    <message>
        <source>Hold the card still, please.</source>
        <translation>카드를 움직이지 말아 주세요.</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera above the screen, about a hand&apos;s width away, and keep it still.</source>
        <translation>카드 앞면을 화면 위 카메라에 손바닥 한 뼘 정도 떨어뜨려 비추고 움직이지 말아 주세요.</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera.</source>
        <translation>카드 앞면을 카메라에 비춰 주세요.</translation>
    </message>
    <message>
        <source>Leave your card on the reader with the photo side up, under the camera, and keep it still.</source>
        <translation>카드를 사진이 있는 면이 위로 오게 카메라 아래 리더기에 둔 채 움직이지 말아 주세요.</translation>
    </message>
    <message>
        <source>No picture is kept, and nothing of your face is sent.</source>
        <translation>사진은 저장되지 않으며 얼굴 정보는 어디에도 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Now put your card back on the reader.</source>
        <translation>이제 카드를 리더기에 다시 올려 주세요.</translation>
    </message>
    <message>
        <source>One person at a time, please.</source>
        <translation>한 분씩 부탁드립니다.</translation>
    </message>
    <message>
        <source>Please come a little closer.</source>
        <translation>조금 더 가까이 와 주세요.</translation>
    </message>
    <message>
        <source>Please look at the camera</source>
        <translation>카메라를 봐 주세요</translation>
    </message>
    <message>
        <source>Please look at the camera.</source>
        <translation>카메라를 봐 주세요.</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera</source>
        <translation>카드 앞면을 카메라에 보여 주세요</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera, photo side up.</source>
        <translation>사진이 있는 면을 위로 하여 카드 앞면을 카메라에 보여 주세요.</translation>
    </message>
    <message>
        <source>The camera reads only the birth date, the expiry year and the security code. No picture is kept.</source>
        <translation>카메라는 생년월일, 유효기간 연도, 보안 코드만 읽습니다. 사진은 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Type the numbers</source>
        <translation>번호 입력하기</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>비밀번호 사용하기</translation>
    </message>
    <message>
        <source>Your face is compared with the photo on your card. Take off a mask or sunglasses if you can.</source>
        <translation>얼굴을 카드의 사진과 대조합니다. 가능하면 마스크나 선글라스를 벗어 주세요.</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Are you leaving the shelter now?</source>
        <translation>지금 대피소를 떠나시나요?</translation>
    </message>
    <message>
        <source>No, I am still staying</source>
        <translation>아니요, 계속 있습니다</translation>
    </message>
    <message>
        <source>Yes, I am leaving (check out)</source>
        <translation>네, 떠납니다 (퇴소)</translation>
    </message>
    <message>
        <source>You are checked in at this shelter. If you check out, the time you leave is recorded.</source>
        <translation>이 대피소에 등록되어 있습니다. 퇴소하면 떠나는 시각이 기록됩니다.</translation>
    </message>
    <message>
        <source>{name}, are you leaving this shelter?</source>
        <translation>{name} 님, 이 대피소에서 퇴소하시겠습니까?</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <source>1 Birth date (YY MM DD)</source>
        <translation>1 생년월일 (연도 2자리 월 일)</translation>
    </message>
    <message>
        <source>2 Card valid until (year)</source>
        <translation>2 유효기간 (연도)</translation>
    </message>
    <message>
        <source>3 Security code (under the photo)</source>
        <translation>3 보안 코드 (사진 아래)</translation>
    </message>
    <message>
        <source>Heisei 平成</source>
        <translation>헤이세이 平成</translation>
    </message>
    <message>
        <source>Reiwa 令和</source>
        <translation>레이와 令和</translation>
    </message>
    <message>
        <source>Showa 昭和</source>
        <translation>쇼와 昭和</translation>
    </message>
    <message>
        <source>Taisho 大正</source>
        <translation>다이쇼 大正</translation>
    </message>
    <message>
        <source>The camera read these numbers. Please check them with your card, then press OK.</source>
        <translation>카메라가 읽은 번호입니다. 카드와 비교해 확인한 후 OK를 눌러 주세요.</translation>
    </message>
    <message>
        <source>Type the numbers printed on your card</source>
        <translation>카드에 인쇄된 번호를 입력해 주세요</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>서기</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>10 or 11 digits, starting with 0. To leave none, press Clear.</source>
        <translation>0으로 시작하는 10자리 또는 11자리 번호입니다. 입력하지 않으려면 「모두 지우기」를 누르세요.</translation>
    </message>
    <message>
        <source>Add a phone number (optional)</source>
        <translation>전화번호 추가 (선택)</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>생년월일</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>맞습니다</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>여</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>본인 정보가 맞습니까?</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>일본 연호</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>남</translation>
    </message>
    <message>
        <source>Message to staff (optional)</source>
        <translation>직원에게 전할 말 (선택)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Not correct: call staff</source>
        <translation>틀림: 직원 호출</translation>
    </message>
    <message>
        <source>Phone number (optional)</source>
        <translation>전화번호 (선택)</translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation>전화: {number}</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>성별</translation>
    </message>
    <message>
        <source>Show as {calendar}</source>
        <translation>{calendar}(으)로 보기</translation>
    </message>
    <message>
        <source>Tell staff (optional, touch all that apply):</source>
        <translation>직원에게 알릴 것 (선택, 해당하는 것 모두):</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>서기</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Agree</source>
        <translation>동의합니다</translation>
    </message>
    <message>
        <source>Camera: after your PIN, it compares your face with the photo on your card. No picture is kept, and nothing of your face is sent.</source>
        <translation>카메라: 비밀번호 입력 후 얼굴을 카드의 사진과 대조합니다. 사진은 저장되지 않으며 얼굴 정보는 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on the front of your card, so you need no PIN. No picture is kept.</source>
        <translation>카메라: 카드 앞면에 인쇄된 번호를 읽으므로 비밀번호가 필요 없습니다. 사진은 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on your card and compares your face with the photo on the card, so you need no PIN. No picture is kept, and nothing of your face is sent.</source>
        <translation>카메라: 카드에 인쇄된 번호를 읽고 얼굴을 카드의 사진과 대조하므로 비밀번호가 필요 없습니다. 사진은 저장되지 않으며 얼굴 정보는 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>Consent text version {version}</source>
        <translation>동의문 버전 {version}</translation>
    </message>
    <message>
        <source>May we read your card?</source>
        <translation>카드를 읽어도 될까요?</translation>
    </message>
    <message>
        <source>Nothing else is read from your licence. Your PIN is not saved.</source>
        <translation>면허증에서 그 밖의 정보는 읽지 않습니다. 비밀번호는 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>We do not read your My Number (12 digits). Your PIN is not saved.</source>
        <translation>마이넘버(12자리 번호)는 읽지 않습니다. 비밀번호는 저장하지 않습니다.</translation>
    </message>
    <message>
        <source>We will read: your name, address and birth date.</source>
        <translation>읽는 내용: 이름, 주소, 생년월일.</translation>
    </message>
    <message>
        <source>We will read: your name, address, birth date and sex.</source>
        <translation>읽는 내용: 이름, 주소, 생년월일, 성별.</translation>
    </message>
    <message>
        <source>Why: so the city knows you are safe in this shelter and can bring help and supplies.</source>
        <translation>목적: 당신이 이 대피소에서 안전하다는 것을 시가 알고, 도움과 물자를 보내기 위해서입니다.</translation>
    </message>
    <message>
        <source>Why: to find your check-in at this shelter and record the time you leave, so the city knows you are no longer here.</source>
        <translation>목적: 이 대피소의 등록을 찾아 떠나는 시각을 기록하고, 당신이 더 이상 여기에 없다는 것을 시가 알기 위해서입니다.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A card the kiosk does not read</source>
        <translation>이 단말기가 읽지 않는 카드</translation>
    </message>
    <message>
        <source>DEMO: for practice only. Sample cards; nothing here is a real check-in.</source>
        <translation>DEMO(데모): 연습용입니다. 견본 카드이며 실제 접수가 아닙니다.</translation>
    </message>
    <message>
        <source>Demo cards</source>
        <translation>데모 카드</translation>
    </message>
    <message>
        <source>Driver&apos;s licence — Yamada Taro</source>
        <translation>운전면허증 — 야마다 타로</translation>
    </message>
    <message>
        <source>Driver&apos;s licence, rare kanji — Takasaki Jun</source>
        <translation>드문 한자가 있는 운전면허증 — 다카사키 준</translation>
    </message>
    <message>
        <source>Face check: card 1&apos;s photo is taken from the face camera&apos;s first picture of a face. It is kept in memory only and forgotten when the demo ends.</source>
        <translation>얼굴 확인: 카드 1의 사진은 얼굴 카메라가 처음 찍은 얼굴에서 가져옵니다. 메모리에만 보관되며 데모가 끝나면 지워집니다.</translation>
    </message>
    <message>
        <source>Face check: needs a face camera in the settings; without one it cannot be done.</source>
        <translation>얼굴 확인: 설정에서 얼굴 카메라를 지정해야 합니다. 얼굴 카메라가 없으면 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>Locked My Number card — Tanaka Jiro</source>
        <translation>잠긴 마이넘버 카드 — 다나카 지로</translation>
    </message>
    <message>
        <source>My Number card with one try left — Suzuki Ichiro</source>
        <translation>시도 1회 남은 마이넘버 카드 — 스즈키 이치로</translation>
    </message>
    <message>
        <source>My Number card — Kokuto Mikiya</source>
        <translation>마이넘버 카드 — 고쿠토 미키야</translation>
    </message>
    <message>
        <source>My Number card, long address — Hasegawa Chiyoko</source>
        <translation>주소가 긴 마이넘버 카드 — 하세가와 지요코</translation>
    </message>
    <message>
        <source>My Number card, one-part name — AYANA</source>
        <translation>성과 이름이 나뉘지 않은 마이넘버 카드 — AYANA</translation>
    </message>
    <message>
        <source>Take the card away</source>
        <translation>카드 치우기</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>Please go to the reception desk. Staff will show you where to stay and where to find water, food and blankets.</source>
        <translation>접수처로 가 주세요. 직원이 지낼 곳과 물, 음식, 담요를 받는 곳을 안내해 드립니다.</translation>
    </message>
    <message>
        <source>Please take your card. Thank you.</source>
        <translation>카드를 가져가세요. 감사합니다.</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>다음에 할 일</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>피난 등록이 완료되었습니다</translation>
    </message>
    <message>
        <source>You are checked out</source>
        <translation>퇴소 등록이 완료되었습니다</translation>
    </message>
</context>
<context>
    <name>Era</name>
    <message>
        <source>Choose the one that looks like your card.</source>
        <translation>카드와 같은 쪽을 골라 주세요.</translation>
    </message>
    <message>
        <source>How is the birth date written on your card?</source>
        <translation>카드에 생년월일이 어떻게 쓰여 있나요?</translation>
    </message>
    <message>
        <source>Japanese era: {date}</source>
        <translation>일본 연호: {date}</translation>
    </message>
    <message>
        <source>Western: {date}</source>
        <translation>서기: {date}</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Check in (arrive)</source>
        <translation>피난 등록 (입소)</translation>
    </message>
    <message>
        <source>Check in: please place your card on the reader</source>
        <translation>피난 등록: 카드를 리더기 위에 올려 주세요</translation>
    </message>
    <message>
        <source>Check out (leave)</source>
        <translation>퇴소 등록 (퇴소)</translation>
    </message>
    <message>
        <source>Check out: please place your card on the reader</source>
        <translation>퇴소 등록: 카드를 리더기 위에 올려 주세요</translation>
    </message>
    <message>
        <source>Evacuation shelter</source>
        <translation>대피소</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>글자 크게</translation>
    </message>
    <message>
        <source>My Number card or driver&apos;s licence. Leave it there.</source>
        <translation>마이넘버 카드 또는 운전면허증. 그대로 두세요.</translation>
    </message>
    <message>
        <source>No card?</source>
        <translation>카드가 없으신가요?</translation>
    </message>
    <message>
        <source>No card? Register with your phone</source>
        <translation>카드가 없나요? 휴대폰으로 등록하세요</translation>
    </message>
    <message>
        <source>Please place your card on the reader</source>
        <translation>카드를 리더기 위에 올려 주세요</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Space</source>
        <translation>스페이스</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Clear</source>
        <translation>모두 지우기</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>Lan</name>
    <message>
        <source>Back to the staff menu</source>
        <translation>직원 메뉴로 돌아가기</translation>
    </message>
    <message>
        <source>New shelter code</source>
        <translation>새 대피소 코드</translation>
    </message>
    <message>
        <source>No other terminal found yet.</source>
        <translation>아직 다른 단말기를 찾지 못했습니다.</translation>
    </message>
    <message>
        <source>Not paired. On the first terminal choose a new shelter code; type it on the others.</source>
        <translation>페어링되지 않았습니다. 첫 번째 단말기에서 새 대피소 코드를 선택하고 다른 단말기에 입력하세요.</translation>
    </message>
    <message>
        <source>Pair with this code</source>
        <translation>이 코드로 페어링</translation>
    </message>
    <message>
        <source>Pairing failed. Try again.</source>
        <translation>페어링하지 못했습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>Pairing...</source>
        <translation>페어링 중…</translation>
    </message>
    <message>
        <source>Phone page certificate: {fingerprint}</source>
        <translation>휴대폰 페이지 인증서: {fingerprint}</translation>
    </message>
    <message>
        <source>Set the shelter id first.</source>
        <translation>먼저 대피소 ID를 설정하세요.</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <translation>대피소 LAN과 휴대폰</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <comment>plain settings button</comment>
        <translation>대피소 LAN과 휴대폰</translation>
    </message>
    <message>
        <source>Shelter code</source>
        <translation>대피소 코드</translation>
    </message>
    <message>
        <source>Switch the shelter LAN on in the settings first.</source>
        <translation>먼저 설정에서 대피소 LAN을 켜세요.</translation>
    </message>
    <message>
        <source>That is not a shelter code: 12 letters and digits, as shown.</source>
        <translation>대피소 코드가 아닙니다. 표시된 12자리 영문자와 숫자를 입력하세요.</translation>
    </message>
    <message>
        <source>The phone registration could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>휴대폰 등록을 시작할 수 없습니다. 단말기를 다시 시작하세요. 다시 발생하면 IT 담당자에게 연락하세요.</translation>
    </message>
    <message>
        <source>The phone registration could not start: its port is in use. Change it in the settings.</source>
        <translation>휴대폰 등록을 시작할 수 없습니다. 포트가 사용 중입니다. 설정에서 변경하세요.</translation>
    </message>
    <message>
        <source>The phone registration could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>휴대폰 등록을 시작할 수 없습니다. 설정 파일의 수신 주소가 이 단말기의 주소가 아닙니다. IT 담당자에게 수정을 요청하세요.</translation>
    </message>
    <message>
        <source>The phone registration is off.</source>
        <translation>휴대폰 등록이 꺼져 있습니다.</translation>
    </message>
    <message>
        <source>The shelter LAN could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>대피소 LAN을 시작할 수 없습니다. 단말기를 다시 시작하세요. 다시 발생하면 IT 담당자에게 연락하세요.</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: its port is in use. Change it in the settings.</source>
        <translation>대피소 LAN을 시작할 수 없습니다. 포트가 사용 중입니다. 설정에서 변경하세요.</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>대피소 LAN을 시작할 수 없습니다. 설정 파일의 수신 주소가 이 단말기의 주소가 아닙니다. IT 담당자에게 수정을 요청하세요.</translation>
    </message>
    <message>
        <source>The shelter LAN is off (settings: [lan] enabled).</source>
        <translation>대피소 LAN이 꺼져 있습니다(설정: [lan] enabled).</translation>
    </message>
    <message>
        <source>This terminal is paired.</source>
        <translation>이 단말기는 페어링되었습니다.</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>페어링 해제</translation>
    </message>
    <message>
        <source>an error on that terminal</source>
        <translation>해당 단말기 오류</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>연결됨</translation>
    </message>
    <message>
        <source>does not answer in time</source>
        <translation>제때 응답하지 않음</translation>
    </message>
    <message>
        <source>its answer was not authentic</source>
        <translation>응답이 올바르지 않음</translation>
    </message>
    <message>
        <source>its clock differs by {seconds} seconds: set the clocks</source>
        <translation>시계가 {seconds}초 차이 납니다. 시계를 맞추세요</translation>
    </message>
    <message>
        <source>not reachable on the network</source>
        <translation>네트워크에서 연결할 수 없음</translation>
    </message>
    <message>
        <source>paired with another code: pair it again</source>
        <translation>다른 코드로 페어링되었습니다. 다시 페어링하세요</translation>
    </message>
    <message>
        <source>problem: {code}</source>
        <translation>문제: {code}</translation>
    </message>
    <message>
        <source>records waiting for it: {count}</source>
        <translation>대기 중인 기록: {count}건</translation>
    </message>
    <message>
        <source>waiting for it</source>
        <translation>연결 대기 중</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>How do you want to open your card?</source>
        <translation>카드를 여는 방법을 골라 주세요</translation>
    </message>
    <message>
        <source>With my 4-digit PIN</source>
        <translation>4자리 비밀번호로</translation>
    </message>
    <message>
        <source>Without PIN and without typing: show the front of the card to the camera</source>
        <translation>비밀번호도 입력도 없이: 카드 앞면을 카메라에 보여 주기</translation>
    </message>
    <message>
        <source>Without PIN: with my birth date, the card&apos;s expiry year and the security code printed on the card</source>
        <translation>비밀번호 없이: 생년월일, 카드 유효기간 연도, 카드에 인쇄된 보안 코드로</translation>
    </message>
</context>
<context>
    <name>MoreTime</name>
    <message>
        <source>Do you need more time?</source>
        <translation>시간이 더 필요하신가요?</translation>
    </message>
    <message numerus="yes">
        <source>If nobody touches the screen, everything is cleared in %n seconds.</source>
        <translation>
            <numerusform>화면을 누르지 않으면 %n초 뒤에 모든 내용이 지워집니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>No, finish</source>
        <translation>아니요, 끝낼게요</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translation>네, 시간을 더 주세요</translation>
    </message>
</context>
<context>
    <name>NoCard</name>
    <message>
        <source>No card? Please go to the staff desk</source>
        <translation>카드가 없으면 직원 접수처로 가 주세요</translation>
    </message>
    <message>
        <source>Staff will register you there. You do not need a card. If you cannot walk there, ask anyone nearby to call staff.</source>
        <translation>직원이 그곳에서 등록해 드립니다. 카드는 필요 없습니다. 걸어갈 수 없다면 가까이 있는 사람에게 직원을 불러 달라고 하세요.</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Check in instead</source>
        <translation>대신 피난 등록하기</translation>
    </message>
    <message>
        <source>Look at the camera again</source>
        <translation>다시 카메라 보기</translation>
    </message>
    <message>
        <source>Not sure? Ask staff</source>
        <translation>잘 모르시겠어요? 직원에게 문의</translation>
    </message>
    <message>
        <source>Nothing was changed. Please take your card.</source>
        <translation>아무것도 바뀌지 않았습니다. 카드를 가져가세요.</translation>
    </message>
    <message>
        <source>Nothing was read from your card. Please go to the staff desk.</source>
        <translation>카드에서 아무것도 읽지 않았습니다. 직원 접수처로 가 주세요.</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Look at the camera and try again, or use your PIN, or ask staff.</source>
        <translation>등록되지 않았으며 카드는 안전합니다. 카메라를 보고 다시 시도하거나, 비밀번호를 사용하거나, 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Please use your PIN, or ask staff.</source>
        <translation>등록되지 않았으며 카드는 안전합니다. 비밀번호를 사용하거나 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>Nothing was recorded. If you are not sure of the number, do not guess: choose another way below.</source>
        <translation>아무것도 기록되지 않았습니다. 번호가 확실하지 않으면 추측해서 입력하지 말고 아래의 다른 방법을 선택해 주세요.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please go to the staff desk. Staff will help you.</source>
        <translation>등록되지 않았습니다. 직원 접수처로 가 주세요. 직원이 도와드립니다.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card and go to the staff desk. Staff will register you.</source>
        <translation>등록되지 않았습니다. 카드를 가지고 직원 접수처로 가 주세요. 직원이 등록해 드립니다.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card, then place it on the reader again.</source>
        <translation>등록되지 않았습니다. 카드를 들었다가 다시 리더기 위에 올려 주세요.</translation>
    </message>
    <message>
        <source>Nothing was recorded. Staff will check your details with you.</source>
        <translation>등록되지 않았습니다. 직원이 함께 내용을 확인해 드립니다.</translation>
    </message>
    <message>
        <source>Nothing was recorded. To start again, place your card on the reader.</source>
        <translation>등록되지 않았습니다. 다시 시작하려면 카드를 리더기 위에 올려 주세요.</translation>
    </message>
    <message>
        <source>Nothing was sent to your card, and your card is safe. Please use your PIN or type the numbers printed on your card.</source>
        <translation>카드에는 아무것도 보내지 않았으며 카드는 안전합니다. 비밀번호를 사용하거나 카드에 인쇄된 번호를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Nothing was tried and nothing was recorded: your card is safe. Staff can register you without the PIN.</source>
        <translation>비밀번호를 시도하지 않았고 아무것도 기록되지 않았습니다. 카드는 안전합니다. 직원이 비밀번호 없이 등록해 드릴 수 있습니다.</translation>
    </message>
    <message>
        <source>Nothing was tried, and your card is safe. Please take your card and go to the staff desk.</source>
        <translation>아무것도 시도하지 않았으므로 카드는 안전합니다. 카드를 가지고 직원 접수처로 가 주세요.</translation>
    </message>
    <message>
        <source>Only one try is left</source>
        <translation>남은 기회가 1번뿐입니다</translation>
    </message>
    <message>
        <source>Please check the birth date and the expiry year printed on your card, then type them again.</source>
        <translation>카드에 인쇄된 생년월일과 유효기간 연도를 확인하고 다시 입력해 주세요.</translation>
    </message>
    <message>
        <source>Please go to the staff desk</source>
        <translation>직원 접수처로 가 주세요</translation>
    </message>
    <message>
        <source>Please show your own face, not a photo</source>
        <translation>사진이 아닌 본인의 얼굴을 보여 주세요</translation>
    </message>
    <message>
        <source>Please tell the staff. Staff will register you.</source>
        <translation>직원에게 알려 주세요. 직원이 등록해 드립니다.</translation>
    </message>
    <message>
        <source>Please use a My Number card or a driver&apos;s licence. If you have neither, the staff desk will register you.</source>
        <translation>마이넘버 카드나 운전면허증을 사용해 주세요. 둘 다 없으면 직원 접수처에서 등록해 드립니다.</translation>
    </message>
    <message>
        <source>Staff are at the desk near the entrance.</source>
        <translation>직원은 입구 근처 접수처에 있습니다.</translation>
    </message>
    <message>
        <source>The camera could not see your face</source>
        <translation>카메라가 얼굴을 인식하지 못했습니다</translation>
    </message>
    <message>
        <source>The camera is not working</source>
        <translation>카메라가 작동하지 않습니다</translation>
    </message>
    <message>
        <source>The camera saw a photo or a card instead of a face. Nothing was recorded. Please use your PIN, or ask staff.</source>
        <translation>얼굴 대신 사진이나 카드가 인식되었습니다. 등록되지 않았습니다. 비밀번호를 사용하거나 직원에게 문의해 주세요.</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>카드를 읽을 수 없었습니다</translation>
    </message>
    <message>
        <source>The card did not answer</source>
        <translation>카드가 응답하지 않았습니다</translation>
    </message>
    <message>
        <source>The card reader is not working</source>
        <translation>카드 리더기가 작동하지 않습니다</translation>
    </message>
    <message>
        <source>The card was taken away</source>
        <translation>카드가 치워졌습니다</translation>
    </message>
    <message>
        <source>The face check cannot be done now</source>
        <translation>지금은 얼굴 대조를 할 수 없습니다</translation>
    </message>
    <message>
        <source>The number was not correct</source>
        <translation>번호가 맞지 않습니다</translation>
    </message>
    <message>
        <source>There is nothing to check out. To check in, press Check in and place your card.</source>
        <translation>퇴소할 등록이 없습니다. 피난 등록을 하려면 &apos;피난 등록&apos;을 누르고 카드를 올려 주세요.</translation>
    </message>
    <message>
        <source>This card cannot be checked here</source>
        <translation>이 단말기에서는 카드를 확인할 수 없습니다</translation>
    </message>
    <message>
        <source>This card cannot be read here</source>
        <translation>이 카드는 여기서 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>This card is locked</source>
        <translation>이 카드는 잠겨 있습니다</translation>
    </message>
    <message>
        <source>This date does not exist</source>
        <translation>존재하지 않는 날짜입니다</translation>
    </message>
    <message>
        <source>This kiosk is not ready yet</source>
        <translation>이 단말기는 아직 준비되지 않았습니다</translation>
    </message>
    <message>
        <source>This kiosk takes no registrations now. Please go to the staff desk.</source>
        <translation>이 단말기는 지금 등록을 받지 않습니다. 직원 접수처로 가 주세요.</translation>
    </message>
    <message>
        <source>This shelter is closed</source>
        <translation>이 대피소는 폐소되었습니다</translation>
    </message>
    <message>
        <source>To protect your card from locking, this kiosk will not try again. Please take your card and go to the staff desk.</source>
        <translation>카드가 잠기지 않도록 이 단말기에서는 더 시도하지 않습니다. 카드를 가지고 직원 접수처로 가 주세요.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>다시 입력</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>비밀번호 사용하기</translation>
    </message>
    <message>
        <source>Use the camera instead</source>
        <translation>카메라 사용하기</translation>
    </message>
    <message>
        <source>Use the numbers printed on the card instead</source>
        <translation>대신 카드에 인쇄된 번호 사용하기</translation>
    </message>
    <message>
        <source>You are not checked in at this shelter</source>
        <translation>이 대피소에 등록되어 있지 않습니다</translation>
    </message>
    <message>
        <source>You are still registered here</source>
        <translation>계속 이곳에 등록되어 있습니다</translation>
    </message>
    <message>
        <source>Your face did not match the photo on the card</source>
        <translation>얼굴이 카드의 사진과 일치하지 않았습니다</translation>
    </message>
    <message>
        <source>Your registration could not be saved</source>
        <translation>등록을 저장할 수 없었습니다</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <source>Error code for staff: {code}</source>
        <translation>직원용 오류 코드: {code}</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>사용할 수 없습니다</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please see the staff.</source>
        <translation>죄송합니다. 문제가 생겼습니다. 직원에게 말씀해 주세요.</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message numerus="yes">
        <source>%n tries left</source>
        <translation>
            <numerusform>남은 횟수: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Careful: if the next PIN is wrong, the kiosk stops and you must see staff. If you are not sure, press Cancel and ask staff.</source>
        <translation>주의: 다음에 틀리면 이 단말기에서는 계속할 수 없고 직원에게 가야 합니다. 확실하지 않으면 &apos;취소&apos;를 누르고 직원에게 물어보세요.</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the camera</source>
        <translation>비밀번호를 잊으셨나요? 카메라 사용하기</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the numbers printed on the card</source>
        <translation>비밀번호를 잊으셨나요? 카드에 인쇄된 번호를 사용하기</translation>
    </message>
    <message>
        <source>I do not know my PIN</source>
        <translation>비밀번호를 모릅니다</translation>
    </message>
    <message>
        <source>PIN 1 is the 4-digit number chosen when the licence was made. If you never chose one or do not remember it, do not guess: staff will register you.</source>
        <translation>비밀번호 1은 면허증을 만들 때 정한 4자리 숫자입니다. 정한 적이 없거나 기억나지 않으면 추측하지 마세요. 직원이 등록해 드립니다.</translation>
    </message>
    <message>
        <source>The PIN you chose for this card. It is not shown and not spoken.</source>
        <translation>이 카드에 정한 비밀번호입니다. 화면에 보이지 않고 읽어 주지도 않습니다.</translation>
    </message>
    <message>
        <source>Type PIN 1 of your driver&apos;s licence (4 digits)</source>
        <translation>운전면허증의 비밀번호 1 (4자리)을 입력해 주세요</translation>
    </message>
    <message>
        <source>Type your 4-digit PIN</source>
        <translation>4자리 비밀번호를 입력해 주세요</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Check in. Please place your card on the reader.</source>
        <translation>피난 등록입니다. 카드를 리더기 위에 올려 주세요.</translation>
    </message>
    <message>
        <source>Check out. Please place your card on the reader.</source>
        <translation>퇴소 등록입니다. 카드를 리더기 위에 올려 주세요.</translation>
    </message>
    <message>
        <source>Do you need more time? Please touch the screen.</source>
        <translation>시간이 더 필요하신가요? 화면을 눌러 주세요.</translation>
    </message>
    <message>
        <source>Done. Please take your card.</source>
        <translation>완료되었습니다. 카드를 가져가세요.</translation>
    </message>
    <message>
        <source>If you have no card, please go to the staff desk.</source>
        <translation>카드가 없으면 직원 접수처로 가 주세요.</translation>
    </message>
    <message>
        <source>Please check your details on the screen, then press Correct.</source>
        <translation>화면의 내용을 확인하고 &apos;맞습니다&apos;를 눌러 주세요.</translation>
    </message>
    <message>
        <source>Please choose how to open your card.</source>
        <translation>카드를 여는 방법을 골라 주세요.</translation>
    </message>
    <message>
        <source>Please choose how your birth date is shown.</source>
        <translation>생년월일 표시 방법을 골라 주세요.</translation>
    </message>
    <message>
        <source>Please look at the camera. Your face is compared with the photo on your card. No picture is kept.</source>
        <translation>카메라를 봐 주세요. 얼굴을 카드의 사진과 대조합니다. 사진은 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Please place your card on the reader.</source>
        <translation>카드를 리더기 위에 올려 주세요.</translation>
    </message>
    <message>
        <source>Please read on the screen what we read from your card, then press Agree.</source>
        <translation>카드에서 읽는 내용을 화면에서 확인하고 &apos;동의합니다&apos;를 눌러 주세요.</translation>
    </message>
    <message>
        <source>Please read the message on the screen.</source>
        <translation>화면의 안내를 읽어 주세요.</translation>
    </message>
    <message>
        <source>Please show the front of your card to the camera and keep it still.</source>
        <translation>카드 앞면을 카메라에 보여 주고 움직이지 말아 주세요.</translation>
    </message>
    <message>
        <source>Please type your birth date, the card&apos;s expiry year and the four digit security code under the photo.</source>
        <translation>생년월일, 카드 유효기간 연도, 사진 아래의 4자리 보안 코드를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Please type your four digit PIN. It is not shown and not spoken.</source>
        <translation>4자리 비밀번호를 입력해 주세요. 화면에 보이지 않고 읽어 주지도 않습니다.</translation>
    </message>
    <message>
        <source>Reading your card. Please do not remove it.</source>
        <translation>카드를 읽는 중입니다. 카드를 치우지 마세요.</translation>
    </message>
    <message>
        <source>Saving. Please wait.</source>
        <translation>저장 중입니다. 기다려 주세요.</translation>
    </message>
    <message>
        <source>This kiosk is out of service. Please see the staff.</source>
        <translation>이 단말기는 지금 사용할 수 없습니다. 직원에게 말씀해 주세요.</translation>
    </message>
    <message>
        <source>You are checked in here. Are you leaving the shelter?</source>
        <translation>이곳에 등록되어 있습니다. 대피소를 떠나시나요?</translation>
    </message>
    <message>
        <source>You are checked in. Please take your card.</source>
        <translation>피난 등록이 완료되었습니다. 카드를 가져가세요.</translation>
    </message>
    <message>
        <source>You are checked out. Please take your card.</source>
        <translation>퇴소 등록이 완료되었습니다. 카드를 가져가세요.</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Records on hold (tell IT):</source>
        <translation>보류된 기록(IT 담당자에게 알려 주세요):</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>외 {count}건</translation>
    </message>
    <message>
        <source>it holds a value this kiosk version does not know (a newer version?)</source>
        <translation>이 단말기 버전이 모르는 값이 있습니다(새 버전의 기록?)</translation>
    </message>
    <message>
        <source>its details do not match their seal (changed or damaged)</source>
        <translation>내용이 봉인과 맞지 않습니다(변경 또는 손상)</translation>
    </message>
    <message>
        <source>its personal data cannot be opened on this kiosk (another key, or damaged)</source>
        <translation>개인정보를 이 단말기에서 열 수 없습니다(다른 키 또는 손상)</translation>
    </message>
    <message>
        <source>record {record}: {reason}</source>
        <translation>기록 {record}: {reason}</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>서버가 받기를 거부했습니다</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Please do not remove your card.</source>
        <translation>카드를 치우지 마세요.</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>잠시 기다려 주세요.</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>카드를 읽는 중입니다…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>저장 중입니다…</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message numerus="yes">
        <source>%n people registered.</source>
        <translation>
            <numerusform>%n명을 등록했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>기록 %n건을 읽을 수 없습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add another member</source>
        <translation>세대원 추가</translation>
    </message>
    <message>
        <source>Already checked out: nothing was recorded.</source>
        <translation>이미 퇴소했습니다. 기록하지 않았습니다.</translation>
    </message>
    <message>
        <source>Already entered: {names}</source>
        <translation>입력 완료: {names}</translation>
    </message>
    <message>
        <source>At most {n} people are registered together: register this household, then the others as another one.</source>
        <translation>한 번에 {n}명까지 등록할 수 있습니다. 이 세대를 등록한 뒤 나머지는 다른 세대로 등록하세요.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>돌아가기</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>직원 메뉴로 돌아가기</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>퇴소 등록</translation>
    </message>
    <message>
        <source>Check someone out by hand</source>
        <translation>직원이 퇴소 등록(강제 퇴소)</translation>
    </message>
    <message>
        <source>Check this person out?
{person}</source>
        <translation>이 사람의 퇴소를 등록할까요?
{person}</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>퇴소를 등록했습니다.</translation>
    </message>
    <message>
        <source>Correct a record</source>
        <translation>기록 정정</translation>
    </message>
    <message>
        <source>Correct the record</source>
        <translation>기록 정정</translation>
    </message>
    <message>
        <source>Member {n} of the household</source>
        <translation>세대의 {n}번째 사람</translation>
    </message>
    <message>
        <source>More were found: type more of the name.</source>
        <translation>더 많이 찾았습니다. 이름을 더 입력하세요.</translation>
    </message>
    <message>
        <source>Name or reading</source>
        <translation>이름 또는 읽는 법</translation>
    </message>
    <message>
        <source>No open check-in found.</source>
        <translation>입소 중인 기록이 없습니다.</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>미기재</translation>
    </message>
    <message>
        <source>Nothing was saved: the record database refused it. Please try again or see IT.</source>
        <translation>저장되지 않았습니다. 기록 데이터베이스가 거부했습니다. 다시 시도하거나 IT 담당자에게 문의하세요.</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>카드가 없는 사람</translation>
    </message>
    <message>
        <source>Please check the marked fields: nothing was saved.</source>
        <translation>표시된 항목을 확인하세요. 저장되지 않았습니다.</translation>
    </message>
    <message>
        <source>Reading the records...</source>
        <translation>기록을 읽고 있습니다…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Register people without a card</source>
        <translation>카드가 없는 사람 대리 등록</translation>
    </message>
    <message>
        <source>Same address as the first member</source>
        <translation>첫 번째 사람과 같은 주소</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>정정 저장</translation>
    </message>
    <message>
        <source>Set the shelter id first: nothing can be recorded yet.</source>
        <translation>먼저 대피소 ID를 설정하세요. 아직 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>The correction was saved.</source>
        <translation>정정을 저장했습니다.</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>기록 데이터베이스를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation>기록을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The shelter settings changed: nothing was recorded. Please start again.</source>
        <translation>대피소 설정이 바뀌었습니다. 기록하지 않았습니다. 처음부터 다시 해 주세요.</translation>
    </message>
    <message>
        <source>Western calendar</source>
        <translation>서기</translation>
    </message>
    <message>
        <source>Who is checking out?</source>
        <translation>누가 퇴소하나요?</translation>
    </message>
    <message>
        <source>Whose record is wrong?</source>
        <translation>누구의 기록을 정정하나요?</translation>
    </message>
    <message>
        <source>{name}, checked in {time}</source>
        <translation>{name}, 입소 {time}</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message numerus="yes">
        <source>%n training records deleted.</source>
        <translation>
            <numerusform>훈련 기록 %n건을 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training records wait for the server: delete again once they are sent.</source>
        <translation>
            <numerusform>훈련 기록 %n건이 서버 전송을 기다립니다. 전송 후 다시 삭제하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>90 and over</source>
        <translation>90세 이상</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>나이 불명</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>직원 메뉴로 돌아가기</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>연령대별</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>수용 인원(명)</translation>
    </message>
    <message>
        <source>Capacity saved.</source>
        <translation>수용 인원을 저장했습니다.</translation>
    </message>
    <message>
        <source>Capacity {capacity}: {rate}% full</source>
        <translation>수용 인원 {capacity}명: 수용률 {rate}%</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>입소</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>퇴소</translation>
    </message>
    <message>
        <source>Checked out: {count}</source>
        <translation>퇴소자: {count}명</translation>
    </message>
    <message>
        <source>Delete the personal data of every training record on this terminal, the copies from the other terminals included?</source>
        <translation>이 단말에 있는 모든 훈련 기록의 개인정보를 삭제할까요? 다른 단말에서 온 사본도 포함됩니다.</translation>
    </message>
    <message>
        <source>Delete the training records</source>
        <translation>훈련 기록 삭제</translation>
    </message>
    <message>
        <source>End training mode</source>
        <translation>훈련 모드 종료</translation>
    </message>
    <message>
        <source>End training mode? Records made from now on are real.</source>
        <translation>훈련 모드를 종료할까요? 지금부터의 기록은 실제 기록입니다.</translation>
    </message>
    <message>
        <source>Export the roster to the USB stick</source>
        <translation>명부를 USB 메모리로 내보내기</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>USB 메모리의 폴더</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>세대</translation>
    </message>
    <message>
        <source>Households inside: {count}</source>
        <translation>재소 세대 수: {count}</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>부상</translation>
    </message>
    <message>
        <source>Inside now: {count}</source>
        <translation>현재 재소자: {count}명</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Needs assistance</source>
        <translation>도움 필요</translation>
    </message>
    <message>
        <source>Needs medical care</source>
        <translation>의료 필요</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>No capacity set: type it below.</source>
        <translation>수용 인원이 설정되지 않았습니다. 아래에 입력하세요.</translation>
    </message>
    <message>
        <source>Not saved: the USB stick is full.</source>
        <translation>저장하지 못했습니다: USB 메모리가 가득 찼습니다.</translation>
    </message>
    <message>
        <source>Not saved: the folder cannot be written. Is the USB stick in?</source>
        <translation>저장하지 못했습니다: 폴더에 쓸 수 없습니다. USB 메모리가 꽂혀 있나요?</translation>
    </message>
    <message>
        <source>Only people inside now</source>
        <translation>현재 재소 중인 사람만</translation>
    </message>
    <message>
        <source>Passphrase (12 or more characters)</source>
        <translation>암호 문구(12자 이상)</translation>
    </message>
    <message>
        <source>Personal data deleted: {count}</source>
        <translation>개인정보 삭제됨: {count}건</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>임신 중</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>읽는 법</translation>
    </message>
    <message>
        <source>Records not readable here: {count}</source>
        <translation>이 단말에서 읽을 수 없는 기록: {count}건</translation>
    </message>
    <message>
        <source>Roster and counts</source>
        <translation>피난자 명부와 인원</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, NOT encrypted.</source>
        <translation>{file} 저장됨: {count}명, 암호화되지 않음.</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, encrypted.</source>
        <translation>{file} 저장됨: {count}명, 암호화됨.</translation>
    </message>
    <message>
        <source>Search by name or reading</source>
        <translation>이름 또는 읽는 법으로 검색</translation>
    </message>
    <message>
        <source>Set the capacity</source>
        <translation>수용 인원 설정</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>배려 필요 사항</translation>
    </message>
    <message>
        <source>Start training mode</source>
        <translation>훈련 모드 시작</translation>
    </message>
    <message>
        <source>Start training mode? Every record made from now on is a training record, kept apart from the real ones.</source>
        <translation>훈련 모드를 시작할까요? 지금부터의 모든 기록은 훈련 기록이며 실제 기록과 따로 관리됩니다.</translation>
    </message>
    <message>
        <source>The capacity is a number up to 100000.</source>
        <translation>수용 인원은 100000 이하의 숫자입니다.</translation>
    </message>
    <message>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>암호 문구는 12자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>기록 데이터베이스를 사용할 수 없습니다.</translation>
    </message>
    <message>
        <source>The records could not be read: {code}</source>
        <translation>기록을 읽을 수 없습니다: {code}</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>같은 암호 문구를 한 번 더</translation>
    </message>
    <message>
        <source>The training records could not be deleted: {code}</source>
        <translation>훈련 기록을 삭제할 수 없습니다: {code}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호 문구가 다릅니다.</translation>
    </message>
    <message>
        <source>Training mode: only training records are shown and counted.</source>
        <translation>훈련 모드: 훈련 기록만 표시하고 집계합니다.</translation>
    </message>
    <message>
        <source>Type the folder of the USB stick.</source>
        <translation>USB 메모리의 폴더를 입력하세요.</translation>
    </message>
    <message>
        <source>With a pet</source>
        <translation>반려동물 동반</translation>
    </message>
    <message>
        <source>Without encryption (plain CSV)</source>
        <translation>암호화하지 않음(일반 CSV)</translation>
    </message>
    <message>
        <source>Write the roster WITHOUT encryption? Anyone who finds the USB stick can read every name and address.</source>
        <translation>암호화 없이 명부를 내보낼까요? USB 메모리를 주운 사람이 모든 이름과 주소를 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>ended by a later check-in</source>
        <translation>재입소로 종료</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>재소 중</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>API token</source>
        <translation>API 토큰</translation>
    </message>
    <message>
        <source>Address in the QR code (empty: found by itself)</source>
        <translation>QR 코드의 주소(비워 두면 자동)</translation>
    </message>
    <message>
        <source>After a check-in, tell people (empty: the standard text)</source>
        <translation>등록 후 안내할 내용 (비워 두면: 기본 문구)</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>앱 설정</translation>
    </message>
    <message>
        <source>Ask for 和暦 / 西暦 birth date display</source>
        <translation>생년월일 와레키/서기 선택 화면 표시</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>카메라</translation>
    </message>
    <message>
        <source>Card camera (device number)</source>
        <translation>카드용 카메라 (장치 번호)</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>기본 언어</translation>
    </message>
    <message>
        <source>Face camera (device number)</source>
        <translation>얼굴용 카메라 (장치 번호)</translation>
    </message>
    <message>
        <source>Language and voice</source>
        <translation>언어와 음성</translation>
    </message>
    <message>
        <source>Management API URL</source>
        <translation>관리 API URL</translation>
    </message>
    <message>
        <source>Management server</source>
        <translation>관리 서버</translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation>저장되지 않음: 설정 파일에 쓸 수 없었습니다.</translation>
    </message>
    <message>
        <source>Not saved: type the API token for the new API URL.</source>
        <translation>저장하지 않았습니다: 새 API URL의 API 토큰을 입력해 주세요.</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>저장되지 않음: {problem}</translation>
    </message>
    <message>
        <source>Off: PIN or typed numbers</source>
        <translation>사용 안 함: 비밀번호 또는 번호 입력</translation>
    </message>
    <message>
        <source>On</source>
        <translation>켜기</translation>
    </message>
    <message>
        <source>Other terminals&apos; addresses (host:port, separated by commas)</source>
        <translation>다른 단말기의 주소(호스트:포트, 쉼표로 구분)</translation>
    </message>
    <message>
        <source>PIN, then match the face</source>
        <translation>비밀번호 후 얼굴 대조</translation>
    </message>
    <message>
        <source>Phone page port</source>
        <translation>휴대폰 페이지 포트</translation>
    </message>
    <message>
        <source>Phone registration</source>
        <translation>휴대폰 등록</translation>
    </message>
    <message>
        <source>Read the card face</source>
        <translation>카드 앞면 읽기</translation>
    </message>
    <message>
        <source>Read the card face and match the face</source>
        <translation>카드 앞면 읽기와 얼굴 대조</translation>
    </message>
    <message>
        <source>Same camera</source>
        <translation>같은 카메라</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Saved. Type a new one to replace it.</source>
        <translation>저장됨. 바꿀 때만 새로 입력하세요.</translation>
    </message>
    <message>
        <source>Seconds the result stays on screen</source>
        <translation>결과 화면 표시 시간(초)</translation>
    </message>
    <message>
        <source>Seconds without a touch before asking for more time</source>
        <translation>&apos;시간이 더 필요하신가요?&apos;를 묻기까지의 초</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>설정을 저장했습니다.</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>대피소</translation>
    </message>
    <message>
        <source>Shelter ID</source>
        <translation>대피소 ID</translation>
    </message>
    <message>
        <source>Shelter LAN</source>
        <translation>대피소 LAN</translation>
    </message>
    <message>
        <source>Shelter LAN port</source>
        <translation>대피소 LAN 포트</translation>
    </message>
    <message>
        <source>Shelter name</source>
        <translation>대피소 이름</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation>음성 안내</translation>
    </message>
    <message>
        <source>Where the staff desk is (empty: the standard text)</source>
        <translation>직원 창구 위치 (비워 두면: 기본 문구)</translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>I am injured</source>
        <translation>다쳤어요</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>임신 중이에요</translation>
    </message>
    <message>
        <source>I came with a pet</source>
        <translation>반려동물과 함께 왔어요</translation>
    </message>
    <message>
        <source>I need help to move or live here</source>
        <translation>이동이나 생활에 도움이 필요해요</translation>
    </message>
    <message>
        <source>I need medical care</source>
        <translation>치료가 필요해요</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>All records are sent. You can quit the kiosk.</source>
        <translation>모든 기록을 보냈습니다. 키오스크를 종료해도 됩니다.</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>앱 설정</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>접수 화면으로 돌아가기</translation>
    </message>
    <message>
        <source>Camera: unplugged or not found. People use the PIN or type the numbers until it is back.</source>
        <translation>카메라: 분리되었거나 찾을 수 없습니다. 복구될 때까지 비밀번호 또는 번호 입력으로 접수합니다.</translation>
    </message>
    <message>
        <source>Camera: working</source>
        <translation>카메라: 정상</translation>
    </message>
    <message>
        <source>Connection: OFFLINE</source>
        <translation>연결: 오프라인</translation>
    </message>
    <message>
        <source>Connection: no management API configured</source>
        <translation>연결: 관리 API가 설정되지 않았습니다</translation>
    </message>
    <message>
        <source>Connection: online</source>
        <translation>연결: 온라인</translation>
    </message>
    <message>
        <source>Connection: the server refused the API token. Check the settings.</source>
        <translation>연결: 서버가 API 토큰을 거부했습니다. 설정을 확인해 주세요.</translation>
    </message>
    <message>
        <source>Connection: the server refused the records (see its error).</source>
        <translation>연결: 서버가 기록을 거부했습니다 (오류 참조).</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>계정 만들기</translation>
    </message>
    <message>
        <source>Create the first staff account</source>
        <translation>첫 직원 계정 만들기</translation>
    </message>
    <message>
        <source>Delete personal data now</source>
        <translation>개인정보 지금 삭제</translation>
    </message>
    <message>
        <source>Delete personal data now?</source>
        <translation>개인정보를 지금 삭제할까요?</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>마지막 동기화: {time}</translation>
    </message>
    <message>
        <source>Lines that could not be read: {lines}</source>
        <translation>읽을 수 없었던 줄: {lines}</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Log in to open the shelter. The management system is told it opened.</source>
        <translation>로그인하면 대피소를 개설합니다. 관리 시스템에 개설이 통지됩니다.</translation>
    </message>
    <message>
        <source>Log out (quit the app)</source>
        <translation>로그아웃(앱 종료)</translation>
    </message>
    <message>
        <source>Names, addresses and messages are erased from this kiosk for good. It works only after the close notice, once the server has every record.</source>
        <translation>이름, 주소, 메시지가 이 단말기에서 완전히 삭제됩니다. 폐쇄 통지 후 서버가 모든 기록을 받은 뒤에만 실행됩니다.</translation>
    </message>
    <message>
        <source>No personal data left to delete.</source>
        <translation>삭제할 개인정보가 없습니다.</translation>
    </message>
    <message>
        <source>No set-up code was issued. IT: python -m kiosk.staff setup-code</source>
        <translation>설정 코드가 발급되지 않았습니다. IT 담당: python -m kiosk.staff setup-code</translation>
    </message>
    <message>
        <source>No staff account exists on this kiosk yet. Choose a user ID and a password of at least 10 characters.</source>
        <translation>이 단말기에는 아직 직원 계정이 없습니다. 사용자 ID와 10자 이상의 비밀번호를 정해 주세요.</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>아니요, 돌아가기</translation>
    </message>
    <message>
        <source>Nobody can check in or out until the kiosk is started again. Records that still wait stay safely on this kiosk.</source>
        <translation>단말기를 다시 시작할 때까지 입소·퇴소 접수를 할 수 없습니다. 아직 전송되지 않은 기록은 이 단말기에 안전하게 보관됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>Not deleted: %n records are not yet received by the server. Press Send now and try again when they are sent.</source>
        <translation>
            <numerusform>삭제하지 않았습니다: 서버가 아직 받지 않은 기록이 %n건 있습니다. &apos;지금 보내기&apos;를 누르고, 전송이 끝나면 다시 시도해 주세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: send the shelter close notice first.</source>
        <translation>삭제하지 않았습니다: 먼저 대피소 폐쇄 알림을 보내 주세요.</translation>
    </message>
    <message>
        <source>Not deleted: the waiting time after the close has not passed yet.</source>
        <translation>삭제하지 않았습니다: 폐쇄 후 대기 시간이 아직 지나지 않았습니다.</translation>
    </message>
    <message>
        <source>Not everything could be sent yet. The records stay on this kiosk.</source>
        <translation>아직 모두 보내지 못했습니다. 기록은 이 단말기에 남아 있습니다.</translation>
    </message>
    <message>
        <source>Only shelter staff may open this menu.</source>
        <translation>이 메뉴는 대피소 직원만 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Only shelter staff may quit the kiosk.</source>
        <translation>키오스크는 대피소 직원만 종료할 수 있습니다.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>비밀번호</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>비밀번호 확인</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>카드가 없는 사람</translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records.</source>
        <translation>
            <numerusform>%n건의 기록에서 개인정보를 삭제했습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records. The database file is rewritten in a moment to remove old copies; the kiosk does this by itself.</source>
        <translation>
            <numerusform>%n건의 기록에서 개인정보를 삭제했습니다. 이전 사본을 지우기 위해 데이터베이스 파일이 곧 다시 쓰입니다(단말기가 자동으로 합니다).</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a harder password: no common words, repeats, runs or the user ID.</source>
        <translation>더 어려운 비밀번호를 정해 주세요. 흔한 단어, 반복, 연속된 문자, 사용자 ID는 안 됩니다.</translation>
    </message>
    <message>
        <source>Please enter a user ID.</source>
        <translation>사용자 ID를 입력해 주세요.</translation>
    </message>
    <message>
        <source>Quarantined records queued again: {count}</source>
        <translation>다시 대기열에 넣은 보류 기록: {count}건</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>단말기 종료</translation>
    </message>
    <message>
        <source>Quit the kiosk?</source>
        <translation>단말기를 종료할까요?</translation>
    </message>
    <message>
        <source>Reader: {state}</source>
        <translation>리더기: {state}</translation>
    </message>
    <message>
        <source>Records still waiting to be sent: {count}</source>
        <translation>아직 전송되지 않은 기록: {count}건</translation>
    </message>
    <message>
        <source>Records that still wait are kept safely on this kiosk and are sent the next time it starts with a connection.</source>
        <translation>전송되지 않은 기록은 이 단말기에 안전하게 보관되며, 다음에 연결된 상태로 시작할 때 전송됩니다.</translation>
    </message>
    <message>
        <source>Records waiting: {waiting}, quarantined: {quarantined}</source>
        <translation>전송 대기: {waiting}건, 보류: {quarantined}건</translation>
    </message>
    <message>
        <source>Retry records on hold</source>
        <translation>보류된 기록 다시 보내기</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>지금 보내기</translation>
    </message>
    <message>
        <source>Send now and wait</source>
        <translation>지금 보내고 기다리기</translation>
    </message>
    <message>
        <source>Send shelter close notice and quit</source>
        <translation>폐소 통지를 보내고 종료</translation>
    </message>
    <message>
        <source>Send shelter open notice</source>
        <translation>개소 통지 보내기</translation>
    </message>
    <message>
        <source>Send the shelter close notice?</source>
        <translation>대피소 폐쇄 통지를 보낼까요?</translation>
    </message>
    <message>
        <source>Sending now.</source>
        <translation>보내는 중입니다.</translation>
    </message>
    <message>
        <source>Sending… Please wait. Records still waiting: {count}</source>
        <translation>보내는 중입니다. 기다려 주세요. 남은 기록: {count}건</translation>
    </message>
    <message>
        <source>Set-up code from IT</source>
        <translation>IT에서 받은 설정 코드</translation>
    </message>
    <message>
        <source>Shelter close notice queued</source>
        <translation>폐소 통지를 전송 대기열에 넣었습니다</translation>
    </message>
    <message>
        <source>Shelter open notice queued.</source>
        <translation>개소 통지를 전송 대기열에 넣었습니다.</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>직원 로그인</translation>
    </message>
    <message>
        <source>Staff login to quit the kiosk</source>
        <translation>키오스크를 종료하려면 직원이 로그인하세요</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>직원 메뉴</translation>
    </message>
    <message>
        <source>Staff menu: enter your password</source>
        <translation>직원 메뉴: 비밀번호 입력</translation>
    </message>
    <message>
        <source>Staff must open it again: log in to open the shelter. The management system is told it opened.</source>
        <translation>직원이 다시 개소해야 합니다. 로그인하면 대피소를 개소하고 관리 시스템에 개소가 통지됩니다.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>실패했습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>계정을 만들 수 없었습니다.</translation>
    </message>
    <message>
        <source>The management system is told that this shelter is closed. Then the kiosk shows how many records still wait, and staff can quit it.</source>
        <translation>관리 시스템에 이 대피소가 폐쇄되었음을 알립니다. 그 후 아직 전송되지 않은 기록 수가 표시되고, 직원이 단말기를 종료할 수 있습니다.</translation>
    </message>
    <message>
        <source>The notice could not be saved. Please try again.</source>
        <translation>통지를 저장할 수 없었습니다. 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The notice was not recorded: the kiosk cannot record yet.</source>
        <translation>통지가 기록되지 않았습니다. 이 단말기는 아직 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>비밀번호는 10자 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>The set-up code is not correct.</source>
        <translation>설정 코드가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>The settings file was damaged. It was set aside as {path}; the values that could be read were kept.</source>
        <translation>설정 파일이 손상되어 있었습니다. {path}(으)로 따로 보관했으며, 읽을 수 있는 값은 유지했습니다.</translation>
    </message>
    <message>
        <source>The shelter is closed</source>
        <translation>대피소가 폐소되었습니다</translation>
    </message>
    <message>
        <source>The shelter is closed: evacuees cannot check in. Send the shelter open notice to open it again, or log out.</source>
        <translation>대피소가 폐소되었습니다. 피난자는 체크인할 수 없습니다. 다시 개소하려면 개소 통지를 보내거나 로그아웃하세요.</translation>
    </message>
    <message>
        <source>The shelter is open already: no notice was sent.</source>
        <translation>대피소가 이미 개소되어 있습니다. 통지를 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>The shelter is open. Log in to start the kiosk: no notice is sent.</source>
        <translation>대피소가 개소되어 있습니다. 로그인하면 단말기를 시작합니다. 통지는 보내지 않습니다.</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>두 비밀번호가 같지 않습니다.</translation>
    </message>
    <message>
        <source>These settings were not usable and are back at their defaults: {keys}</source>
        <translation>다음 설정은 사용할 수 없는 값이어서 기본값으로 되돌렸습니다: {keys}</translation>
    </message>
    <message>
        <source>This kiosk cannot record anything until the shelter ID is set. Open App settings and enter it.</source>
        <translation>대피소 ID가 설정될 때까지 이 단말기는 아무것도 기록할 수 없습니다. &apos;앱 설정&apos;을 열어 입력해 주세요.</translation>
    </message>
    <message>
        <source>This terminal has lost its ID (damaged settings). It cannot record anything until IT restores the terminal_id file.</source>
        <translation>이 단말기의 단말기 ID가 사라졌습니다(설정 손상). IT 담당자가 terminal_id 파일을 복구할 때까지 아무것도 기록할 수 없습니다.</translation>
    </message>
    <message>
        <source>Too many wrong tries. Please wait and try again later.</source>
        <translation>잘못된 시도가 너무 많습니다. 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>사용자 ID</translation>
    </message>
    <message>
        <source>User ID or password is not correct.</source>
        <translation>사용자 ID 또는 비밀번호가 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>예, 삭제</translation>
    </message>
    <message>
        <source>Yes, quit</source>
        <translation>예, 종료</translation>
    </message>
    <message>
        <source>Yes, send the close notice</source>
        <translation>예, 폐쇄 통지 보내기</translation>
    </message>
    <message>
        <source>connected, card on the reader</source>
        <translation>연결됨, 카드 있음</translation>
    </message>
    <message>
        <source>connected, no card</source>
        <translation>연결됨, 카드 없음</translation>
    </message>
    <message>
        <source>no reader connected</source>
        <translation>리더기가 연결되지 않음</translation>
    </message>
</context>
<context>
    <name>StaffLog</name>
    <message>
        <source>A card could not be read ({code}).</source>
        <translation>카드를 읽지 못했습니다({code}).</translation>
    </message>
    <message>
        <source>A staff account was created.</source>
        <translation>직원 계정이 만들어졌습니다.</translation>
    </message>
    <message>
        <source>A staff login was refused ({code}).</source>
        <translation>직원 로그인이 거부되었습니다({code}).</translation>
    </message>
    <message>
        <source>A staff member logged in.</source>
        <translation>직원이 로그인했습니다.</translation>
    </message>
    <message>
        <source>A staff member logged out.</source>
        <translation>직원이 로그아웃했습니다.</translation>
    </message>
    <message>
        <source>A staff screen was left untouched: back to the kiosk.</source>
        <translation>직원 화면을 조작하지 않아 접수 화면으로 돌아갔습니다.</translation>
    </message>
    <message>
        <source>Demo: a sample card was placed.</source>
        <translation>데모: 견본 카드를 올렸습니다.</translation>
    </message>
    <message>
        <source>Demo: the practice data has its own folder.</source>
        <translation>데모: 연습 데이터는 별도 폴더에 있습니다.</translation>
    </message>
    <message>
        <source>Demo: the practice management server runs at {url}.</source>
        <translation>데모: 연습용 관리 서버가 {url} 에서 실행 중입니다.</translation>
    </message>
    <message>
        <source>Demo: the sample card was taken away.</source>
        <translation>데모: 견본 카드를 치웠습니다.</translation>
    </message>
    <message>
        <source>Sending failed ({code}). The kiosk tries again by itself.</source>
        <translation>전송하지 못했습니다({code}). 단말기가 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>Sending stopped ({code}). See the status.</source>
        <translation>전송이 멈췄습니다({code}). 상태를 확인하세요.</translation>
    </message>
    <message>
        <source>Technical message for IT ({code})</source>
        <translation>IT 담당자용 기술 메시지({code})</translation>
    </message>
    <message>
        <source>The card reader is missing.</source>
        <translation>카드 리더기를 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The close notice waits until the earlier records are sent.</source>
        <translation>폐소 통지는 앞선 기록이 전송될 때까지 기다립니다.</translation>
    </message>
    <message>
        <source>The management server can be reached again.</source>
        <translation>관리 서버에 다시 연결되었습니다.</translation>
    </message>
    <message>
        <source>The record database needs attention ({code}). See the status.</source>
        <translation>기록 데이터베이스에 조치가 필요합니다({code}). 상태를 확인하세요.</translation>
    </message>
    <message>
        <source>The screen language was changed.</source>
        <translation>화면 언어가 바뀌었습니다.</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Registrations are kept safely on this kiosk</source>
        <translation>등록 정보는 이 단말기에 안전하게 보관됩니다</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source>%n records could not be read (ids: {ids}).</source>
        <translation>
            <numerusform>%n건의 기록은 읽을 수 없었습니다(ID: {ids}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>%n건의 기록은 읽을 수 없었습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were put on hold: they failed their check.</source>
        <translation>
            <numerusform>%n건의 기록은 확인을 통과하지 못해 보류했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>How many records could not be read is not known.</source>
        <translation>읽지 못한 기록이 몇 건인지 알 수 없습니다.</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>확인했습니다</translation>
    </message>
    <message>
        <source>The damaged file was kept as {name} for IT. Do not delete it.</source>
        <translation>손상된 파일은 IT 담당자를 위해 {name}(으)로 남겨 두었습니다. 삭제하지 마세요.</translation>
    </message>
    <message>
        <source>The record database is damaged and could not be repaired. This kiosk cannot record anything: people are told to see staff. Register people by hand and call IT. IT: stop the kiosk, then run python -m kiosk.outbox recover. Do not delete any files.</source>
        <translation>기록 데이터베이스가 손상되어 복구할 수 없었습니다. 이 단말기는 아무것도 기록할 수 없습니다(이용자에게는 직원에게 문의하라고 안내됩니다). 수기로 접수하고 IT 담당자에게 연락해 주세요. IT 담당자: 단말기를 종료한 뒤 python -m kiosk.outbox recover 를 실행하세요. 파일은 삭제하지 마세요.</translation>
    </message>
    <message numerus="yes">
        <source>The record database was damaged. %n records were saved into a new database; those not yet sent will be sent.</source>
        <translation>
            <numerusform>기록 데이터베이스가 손상되었습니다. %n건의 기록을 새 데이터베이스에 저장했습니다. 아직 보내지 않은 기록은 전송됩니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message numerus="yes">
        <source>%n records were left &apos;in flight&apos; by a sender that stopped; they will be sent again within 10 minutes or after a restart.</source>
        <translation>
            <numerusform>멈춘 전송 작업이 기록 %n건을 &apos;전송 중&apos; 상태로 남겼습니다. 10분 이내 또는 재시작 후 다시 전송됩니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>A record is on hold: the server already has a different record with the same ID. Tell IT. The record stays on this kiosk.</source>
        <translation>기록 1건이 보류되었습니다. 서버에 같은 ID의 다른 기록이 이미 있습니다. IT 담당자에게 알려 주세요. 기록은 이 단말기에 남아 있습니다.</translation>
    </message>
    <message>
        <source>A record is on hold: the server refused it. Tell IT. The record stays on this kiosk.</source>
        <translation>기록 1건이 보류되었습니다. 서버가 받아들이지 않았습니다. IT 담당자에게 알려 주세요. 기록은 이 단말기에 남아 있습니다.</translation>
    </message>
    <message>
        <source>For IT: {details}</source>
        <translation>IT 담당자용: {details}</translation>
    </message>
    <message>
        <source>The API URL in the settings does not lead to the management server. IT must check the URL. Records wait on this kiosk.</source>
        <translation>설정의 API URL이 관리 서버로 연결되지 않습니다. IT 담당자가 URL을 확인해야 합니다. 기록은 이 단말기에서 대기 중입니다.</translation>
    </message>
    <message>
        <source>The API URL starts with http://, which is allowed only to this machine. IT must set an https:// URL in the settings. Nothing was sent.</source>
        <translation>API URL이 http://로 시작합니다. http://는 이 기기 자신에게만 허용됩니다. IT 담당자가 설정에서 https:// URL로 바꿔야 합니다. 아무것도 전송되지 않았습니다.</translation>
    </message>
    <message>
        <source>The connection dropped while sending. The kiosk sends again by itself; the server does not count a record twice.</source>
        <translation>전송 중에 연결이 끊겼습니다. 단말기가 자동으로 다시 보냅니다. 서버는 같은 기록을 두 번 세지 않습니다.</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the management server. Check the network cable or Wi-Fi. Records wait on this kiosk and are sent when the connection is back.</source>
        <translation>관리 서버에 연결할 수 없습니다. 네트워크 케이블이나 Wi-Fi를 확인해 주세요. 기록은 이 단말기에 보관되며 연결이 복구되면 전송됩니다.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk is full: new check-ins may not be saved. Tell IT at once. Do not delete any files.</source>
        <translation>단말기의 디스크가 가득 찼습니다. 새 접수가 저장되지 않을 수 있습니다. 즉시 IT 담당자에게 알려 주세요. 파일을 삭제하지 마세요.</translation>
    </message>
    <message>
        <source>The kiosk&apos;s record database has a problem. Tell IT at once. Do not delete any files.</source>
        <translation>단말기의 기록 데이터베이스에 문제가 있습니다. 즉시 IT 담당자에게 알려 주세요. 파일을 삭제하지 마세요.</translation>
    </message>
    <message>
        <source>The management server has a problem of its own. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>관리 서버 자체에 문제가 있습니다. 단말기가 자동으로 다시 시도합니다. 기록은 이 단말기에서 대기 중입니다.</translation>
    </message>
    <message>
        <source>The network answered with another page (a Wi-Fi sign-in page?), not the management server. Sign in to the network or use another one. Records wait on this kiosk.</source>
        <translation>관리 서버가 아닌 다른 페이지(Wi-Fi 로그인 페이지?)가 응답했습니다. 네트워크에 로그인하거나 다른 네트워크를 사용해 주세요. 기록은 이 단말기에서 대기 중입니다.</translation>
    </message>
    <message>
        <source>The server asked the kiosk to send more slowly. The kiosk waits and tries again by itself.</source>
        <translation>서버가 전송 속도를 늦추라고 요청했습니다. 단말기가 기다렸다가 자동으로 다시 시도합니다.</translation>
    </message>
    <message>
        <source>The server asked to send some records again later. The kiosk does this by itself.</source>
        <translation>서버가 일부 기록을 나중에 다시 보내 달라고 요청했습니다. 단말기가 자동으로 처리합니다.</translation>
    </message>
    <message>
        <source>The server did not answer in time. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>서버가 제시간에 응답하지 않았습니다. 단말기가 자동으로 다시 시도합니다. 기록은 이 단말기에서 대기 중입니다.</translation>
    </message>
    <message>
        <source>The server did not confirm every record. The kiosk sends the others again by itself.</source>
        <translation>서버가 모든 기록의 수신을 확인하지 않았습니다. 단말기가 나머지를 자동으로 다시 보냅니다.</translation>
    </message>
    <message>
        <source>The server refused all records: probably a settings problem (is the shelter ID registered?). Check the settings, then press Send now.</source>
        <translation>서버가 모든 기록을 거부했습니다. 설정 문제로 보입니다(대피소 ID가 등록되어 있나요?). 설정을 확인한 후 &apos;지금 보내기&apos;를 눌러 주세요.</translation>
    </message>
    <message>
        <source>The server refused the API token. Nothing is sent until the correct token is set in the settings.</source>
        <translation>서버가 API 토큰을 거부했습니다. 설정에 올바른 토큰을 넣을 때까지 아무것도 전송되지 않습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large. Nothing is lost; the kiosk tries again. If this stays, tell IT.</source>
        <translation>서버의 응답이 너무 컸습니다. 잃어버린 것은 없으며 단말기가 다시 시도합니다. 계속되면 IT 담당자에게 알려 주세요.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If the city uses its own certificate authority, IT must set the CA file in the settings. Records wait on this kiosk.</source>
        <translation>서버 인증서를 신뢰할 수 없습니다. 시가 자체 인증 기관을 사용하는 경우 IT 담당자가 설정에서 CA 파일을 지정해야 합니다. 기록은 이 단말기에서 대기 중입니다.</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found. Check the network; if it works, IT must check the API URL in the settings. Records wait on this kiosk.</source>
        <translation>서버 이름을 찾을 수 없습니다. 네트워크를 확인해 주세요. 네트워크가 정상이면 IT 담당자가 설정의 API URL을 확인해야 합니다. 기록은 이 단말기에서 대기 중입니다.</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is {minutes} minutes off. Please set the date and time.</source>
        <translation>이 단말기의 시계가 {minutes}분 어긋나 있습니다. 날짜와 시간을 맞춰 주세요.</translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation>기록 {record}</translation>
    </message>
    <message>
        <source>server code {code}</source>
        <translation>서버 코드 {code}</translation>
    </message>
</context>
<context>
    <name>TakeCard</name>
    <message>
        <source>Please take your card</source>
        <translation>카드를 가져가 주세요</translation>
    </message>
    <message>
        <source>Your card is still on the reader. To start again, take it and place it again.</source>
        <translation>카드가 아직 리더기 위에 있습니다. 다시 시작하려면 카드를 가져갔다가 다시 올려 주세요.</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING MODE: every new record is a training record</source>
        <translation>훈련 모드: 새 기록은 모두 훈련 기록입니다</translation>
    </message>
</context>
</TS>
