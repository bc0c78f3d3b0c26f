<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>Camera</name>
    <message>
        <source>Ask staff</source>
        <translation>请找工作人员</translation>
    </message>
    <message>
        <source>Checking. Please stay still.</source>
        <translation>正在确认，请保持不动。</translation>
    </message>
    <message>
        <source>Hold the card still, please.</source>
        <translation>请拿稳卡片，不要移动。</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera above the screen, about a hand&apos;s width away, and keep it still.</source>
        <translation>请把卡片正面对着屏幕上方的摄像头，距离约一个手掌宽，并保持不动。</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera.</source>
        <translation>请把卡片正面对着摄像头。</translation>
    </message>
    <message>
        <source>Leave your card on the reader with the photo side up, under the camera, and keep it still.</source>
        <translation>请把卡片有照片的一面朝上，放在摄像头下方的读卡器上，保持不动。</translation>
    </message>
    <message>
        <source>No picture is kept, and nothing of your face is sent.</source>
        <translation>不会保存任何图像，也不会发送任何面部信息。</translation>
    </message>
    <message>
        <source>Now put your card back on the reader.</source>
        <translation>现在请把卡片放回读卡器上。</translation>
    </message>
    <message>
        <source>One person at a time, please.</source>
        <translation>请一次一人。</translation>
    </message>
    <message>
        <source>Please come a little closer.</source>
        <translation>请再靠近一点。</translation>
    </message>
    <message>
        <source>Please look at the camera</source>
        <translation>请看摄像头</translation>
    </message>
    <message>
        <source>Please look at the camera.</source>
        <translation>请看摄像头。</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera</source>
        <translation>请把卡片正面对着摄像头</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera, photo side up.</source>
        <translation>请把卡片有照片的一面朝上，对着摄像头。</translation>
    </message>
    <message>
        <source>The camera reads only the birth date, the expiry year and the security code. No picture is kept.</source>
        <translation>摄像头只读取出生日期、有效期年份和安全码，不会保存任何图像。</translation>
    </message>
    <message>
        <source>Type the numbers</source>
        <translation>输入号码</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>改用密码</translation>
    </message>
    <message>
        <source>Your face is compared with the photo on your card. Take off a mask or sunglasses if you can.</source>
        <translation>将把您的面部与卡片上的照片进行比对。如果可以，请摘下口罩或墨镜。</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Are you leaving the shelter now?</source>
        <translation>您现在要离开避难所吗？</translation>
    </message>
    <message>
        <source>No, I am still staying</source>
        <translation>不，我还要住</translation>
    </message>
    <message>
        <source>Yes, I am leaving (check out)</source>
        <translation>是，我要离开（退出）</translation>
    </message>
    <message>
        <source>You are checked in at this shelter. If you check out, the time you leave is recorded.</source>
        <translation>您已在本避难所登记。办理离开后，会记录您离开的时间。</translation>
    </message>
    <message>
        <source>{name}, are you leaving this shelter?</source>
        <translation>{name}，您要离开本避难所吗？</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <source>1 Birth date (YY MM DD)</source>
        <translation>1 出生日期（年2位 月 日）</translation>
    </message>
    <message>
        <source>2 Card valid until (year)</source>
        <translation>2 有效期限（年份）</translation>
    </message>
    <message>
        <source>3 Security code (under the photo)</source>
        <translation>3 安全码（照片下方）</translation>
    </message>
    <message>
        <source>Heisei 平成</source>
        <translation>平成 Heisei</translation>
    </message>
    <message>
        <source>Reiwa 令和</source>
        <translation>令和 Reiwa</translation>
    </message>
    <message>
        <source>Showa 昭和</source>
        <translation>昭和 Showa</translation>
    </message>
    <message>
        <source>Taisho 大正</source>
        <translation>大正 Taisho</translation>
    </message>
    <message>
        <source>The camera read these numbers. Please check them with your card, then press OK.</source>
        <translation>这是摄像头读取的号码。请与卡片核对后按 OK。</translation>
    </message>
    <message>
        <source>Type the numbers printed on your card</source>
        <translation>请输入卡片上印的数字</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>公历</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>10 or 11 digits, starting with 0. To leave none, press Clear.</source>
        <translation>以0开头的10位或11位号码。不填写请按“清空”。</translation>
    </message>
    <message>
        <source>Add a phone number (optional)</source>
        <translation>添加电话号码（可选）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住址</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>出生日期</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>这是您的信息吗？</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>日本年号</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Message to staff (optional)</source>
        <translation>给工作人员的留言（可选）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <source>Not correct: call staff</source>
        <translation>不对：叫工作人员</translation>
    </message>
    <message>
        <source>Phone number (optional)</source>
        <translation>电话号码（可选）</translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation>电话：{number}</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性别</translation>
    </message>
    <message>
        <source>Show as {calendar}</source>
        <translation>以{calendar}显示</translation>
    </message>
    <message>
        <source>Tell staff (optional, touch all that apply):</source>
        <translation>告诉工作人员（可选，选择所有符合的）：</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>公历</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Agree</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Camera: after your PIN, it compares your face with the photo on your card. No picture is kept, and nothing of your face is sent.</source>
        <translation>摄像头：输入密码后，将把您的面部与卡片上的照片进行比对。不会保存任何图像，也不会发送任何面部信息。</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on the front of your card, so you need no PIN. No picture is kept.</source>
        <translation>摄像头：读取卡片正面印刷的号码，因此无需密码。不会保存任何图像。</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on your card and compares your face with the photo on the card, so you need no PIN. No picture is kept, and nothing of your face is sent.</source>
        <translation>摄像头：读取卡片上印刷的号码，并将您的面部与卡片照片进行比对，因此无需密码。不会保存任何图像，也不会发送任何面部信息。</translation>
    </message>
    <message>
        <source>Consent text version {version}</source>
        <translation>同意书版本 {version}</translation>
    </message>
    <message>
        <source>May we read your card?</source>
        <translation>可以读取您的卡片吗？</translation>
    </message>
    <message>
        <source>Nothing else is read from your licence. Your PIN is not saved.</source>
        <translation>不会从驾驶执照读取其他内容。密码不会被保存。</translation>
    </message>
    <message>
        <source>We do not read your My Number (12 digits). Your PIN is not saved.</source>
        <translation>我们不读取您的个人编号（12位数字）。密码不会被保存。</translation>
    </message>
    <message>
        <source>We will read: your name, address and birth date.</source>
        <translation>读取内容：姓名、住址和出生日期。</translation>
    </message>
    <message>
        <source>We will read: your name, address, birth date and sex.</source>
        <translation>读取内容：姓名、住址、出生日期和性别。</translation>
    </message>
    <message>
        <source>Why: so the city knows you are safe in this shelter and can bring help and supplies.</source>
        <translation>目的：让市政府知道您在这个避难所平安，并能送来帮助和物资。</translation>
    </message>
    <message>
        <source>Why: to find your check-in at this shelter and record the time you leave, so the city knows you are no longer here.</source>
        <translation>目的：查找您在本避难所的登记并记录您离开的时间，让市政府知道您已不在这里。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A card the kiosk does not read</source>
        <translation>本终端不能读取的卡片</translation>
    </message>
    <message>
        <source>DEMO: for practice only. Sample cards; nothing here is a real check-in.</source>
        <translation>DEMO（演示）：仅供练习。使用样本卡片，这里不是真正的登记。</translation>
    </message>
    <message>
        <source>Demo cards</source>
        <translation>演示卡片</translation>
    </message>
    <message>
        <source>Driver&apos;s licence — Yamada Taro</source>
        <translation>驾驶证 — 山田太郎</translation>
    </message>
    <message>
        <source>Driver&apos;s licence, rare kanji — Takasaki Jun</source>
        <translation>含罕见汉字的驾驶证 — 髙﨑淳</translation>
    </message>
    <message>
        <source>Face check: card 1&apos;s photo is taken from the face camera&apos;s first picture of a face. It is kept in memory only and forgotten when the demo ends.</source>
        <translation>人脸核对：卡片1的照片取自人脸摄像头拍到的第一张人脸。照片只保存在内存中，演示结束时即被删除。</translation>
    </message>
    <message>
        <source>Face check: needs a face camera in the settings; without one it cannot be done.</source>
        <translation>人脸核对：需要在设置中选择人脸摄像头，没有人脸摄像头则无法核对。</translation>
    </message>
    <message>
        <source>Locked My Number card — Tanaka Jiro</source>
        <translation>已锁定的个人编号卡 — 田中次郎</translation>
    </message>
    <message>
        <source>My Number card with one try left — Suzuki Ichiro</source>
        <translation>只剩1次机会的个人编号卡 — 铃木一郎</translation>
    </message>
    <message>
        <source>My Number card — Kokuto Mikiya</source>
        <translation>个人编号卡 — 黑桐干也</translation>
    </message>
    <message>
        <source>My Number card, long address — Hasegawa Chiyoko</source>
        <translation>地址很长的个人编号卡 — 长谷川千代子</translation>
    </message>
    <message>
        <source>My Number card, one-part name — AYANA</source>
        <translation>姓名不分姓和名的个人编号卡 — AYANA</translation>
    </message>
    <message>
        <source>Take the card away</source>
        <translation>取走卡片</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>Please go to the reception desk. Staff will show you where to stay and where to find water, food and blankets.</source>
        <translation>请前往接待处。工作人员会告诉您住在哪里，以及在哪里领取水、食物和毛毯。</translation>
    </message>
    <message>
        <source>Please take your card. Thank you.</source>
        <translation>请取回卡片。谢谢。</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>接下来请这样做</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>避难登记完成</translation>
    </message>
    <message>
        <source>You are checked out</source>
        <translation>离开登记完成</translation>
    </message>
</context>
<context>
    <name>Era</name>
    <message>
        <source>Choose the one that looks like your card.</source>
        <translation>请选择和卡片上一样的那个。</translation>
    </message>
    <message>
        <source>How is the birth date written on your card?</source>
        <translation>您卡片上的出生日期是哪种写法？</translation>
    </message>
    <message>
        <source>Japanese era: {date}</source>
        <translation>日本年号：{date}</translation>
    </message>
    <message>
        <source>Western: {date}</source>
        <translation>公历：{date}</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Check in (arrive)</source>
        <translation>避难登记（入住）</translation>
    </message>
    <message>
        <source>Check in: please place your card on the reader</source>
        <translation>避难登记：请把卡片放在读卡器上</translation>
    </message>
    <message>
        <source>Check out (leave)</source>
        <translation>离开登记（离开）</translation>
    </message>
    <message>
        <source>Check out: please place your card on the reader</source>
        <translation>离开登记：请把卡片放在读卡器上</translation>
    </message>
    <message>
        <source>Evacuation shelter</source>
        <translation>避难所</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>放大文字</translation>
    </message>
    <message>
        <source>My Number card or driver&apos;s licence. Leave it there.</source>
        <translation>个人编号卡或驾驶执照。请一直放在上面。</translation>
    </message>
    <message>
        <source>No card?</source>
        <translation>没有卡片？</translation>
    </message>
    <message>
        <source>No card? Register with your phone</source>
        <translation>没有卡片？请用手机登记</translation>
    </message>
    <message>
        <source>Please place your card on the reader</source>
        <translation>请把卡片放在读卡器上</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Space</source>
        <translation>空格</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>确定</translation>
    </message>
</context>
<context>
    <name>Lan</name>
    <message>
        <source>Back to the staff menu</source>
        <translation>返回工作人员菜单</translation>
    </message>
    <message>
        <source>New shelter code</source>
        <translation>新的避难所代码</translation>
    </message>
    <message>
        <source>No other terminal found yet.</source>
        <translation>尚未找到其他终端。</translation>
    </message>
    <message>
        <source>Not paired. On the first terminal choose a new shelter code; type it on the others.</source>
        <translation>尚未配对。请在第一台终端上选择新的避难所代码，然后在其他终端上输入该代码。</translation>
    </message>
    <message>
        <source>Pair with this code</source>
        <translation>用此代码配对</translation>
    </message>
    <message>
        <source>Pairing failed. Try again.</source>
        <translation>配对失败。请重试。</translation>
    </message>
    <message>
        <source>Pairing...</source>
        <translation>正在配对…</translation>
    </message>
    <message>
        <source>Phone page certificate: {fingerprint}</source>
        <translation>手机页面证书：{fingerprint}</translation>
    </message>
    <message>
        <source>Set the shelter id first.</source>
        <translation>请先设置避难所ID。</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <translation>避难所局域网和手机</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <comment>plain settings button</comment>
        <translation>避难所局域网和手机</translation>
    </message>
    <message>
        <source>Shelter code</source>
        <translation>避难所代码</translation>
    </message>
    <message>
        <source>Switch the shelter LAN on in the settings first.</source>
        <translation>请先在设置中开启避难所局域网。</translation>
    </message>
    <message>
        <source>That is not a shelter code: 12 letters and digits, as shown.</source>
        <translation>这不是避难所代码：请输入显示的12位字母和数字。</translation>
    </message>
    <message>
        <source>The phone registration could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>无法启动手机登记。请重新启动终端；如果再次发生，请联系IT人员。</translation>
    </message>
    <message>
        <source>The phone registration could not start: its port is in use. Change it in the settings.</source>
        <translation>无法启动手机登记：端口已被占用。请在设置中更改。</translation>
    </message>
    <message>
        <source>The phone registration could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>无法启动手机登记：设置文件中的监听地址不属于本终端。请联系IT人员更正。</translation>
    </message>
    <message>
        <source>The phone registration is off.</source>
        <translation>手机登记已关闭。</translation>
    </message>
    <message>
        <source>The shelter LAN could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>无法启动避难所局域网。请重新启动终端；如果再次发生，请联系IT人员。</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: its port is in use. Change it in the settings.</source>
        <translation>无法启动避难所局域网：端口已被占用。请在设置中更改。</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>无法启动避难所局域网：设置文件中的监听地址不属于本终端。请联系IT人员更正。</translation>
    </message>
    <message>
        <source>The shelter LAN is off (settings: [lan] enabled).</source>
        <translation>避难所局域网已关闭（设置：[lan] enabled）。</translation>
    </message>
    <message>
        <source>This terminal is paired.</source>
        <translation>此终端已配对。</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>解除配对</translation>
    </message>
    <message>
        <source>an error on that terminal</source>
        <translation>该终端出错</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>does not answer in time</source>
        <translation>未及时应答</translation>
    </message>
    <message>
        <source>its answer was not authentic</source>
        <translation>应答不可信</translation>
    </message>
    <message>
        <source>its clock differs by {seconds} seconds: set the clocks</source>
        <translation>时钟相差{seconds}秒：请校准时钟</translation>
    </message>
    <message>
        <source>not reachable on the network</source>
        <translation>网络上无法连接</translation>
    </message>
    <message>
        <source>paired with another code: pair it again</source>
        <translation>使用了其他代码配对：请重新配对</translation>
    </message>
    <message>
        <source>problem: {code}</source>
        <translation>问题：{code}</translation>
    </message>
    <message>
        <source>records waiting for it: {count}</source>
        <translation>等待发送的记录：{count}条</translation>
    </message>
    <message>
        <source>waiting for it</source>
        <translation>等待连接</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>How do you want to open your card?</source>
        <translation>请选择打开卡片的方式</translation>
    </message>
    <message>
        <source>With my 4-digit PIN</source>
        <translation>使用4位数密码</translation>
    </message>
    <message>
        <source>Without PIN and without typing: show the front of the card to the camera</source>
        <translation>无需密码也无需输入：把卡片正面对着摄像头</translation>
    </message>
    <message>
        <source>Without PIN: with my birth date, the card&apos;s expiry year and the security code printed on the card</source>
        <translation>不用密码：使用出生日期、卡片有效期的年份和卡片上印的安全码</translation>
    </message>
</context>
<context>
    <name>MoreTime</name>
    <message>
        <source>Do you need more time?</source>
        <translation>您需要更多时间吗？</translation>
    </message>
    <message numerus="yes">
        <source>If nobody touches the screen, everything is cleared in %n seconds.</source>
        <translation>
            <numerusform>如果没有人触摸屏幕，%n 秒后将清除所有内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>No, finish</source>
        <translation>不，结束</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translation>是，需要更多时间</translation>
    </message>
</context>
<context>
    <name>NoCard</name>
    <message>
        <source>No card? Please go to the staff desk</source>
        <translation>没有卡片？请到工作人员服务台</translation>
    </message>
    <message>
        <source>Staff will register you there. You do not need a card. If you cannot walk there, ask anyone nearby to call staff.</source>
        <translation>工作人员会在那里为您登记，不需要卡片。如果您无法走过去，请请身边的人叫工作人员。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Check in instead</source>
        <translation>改为避难登记</translation>
    </message>
    <message>
        <source>Look at the camera again</source>
        <translation>再看一次摄像头</translation>
    </message>
    <message>
        <source>Not sure? Ask staff</source>
        <translation>不确定？请找工作人员</translation>
    </message>
    <message>
        <source>Nothing was changed. Please take your card.</source>
        <translation>没有任何更改。请取回卡片。</translation>
    </message>
    <message>
        <source>Nothing was read from your card. Please go to the staff desk.</source>
        <translation>没有从您的卡片读取任何信息。请到工作人员服务台。</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Look at the camera and try again, or use your PIN, or ask staff.</source>
        <translation>没有进行登记，您的卡片是安全的。请看着摄像头再试一次，或使用密码，或询问工作人员。</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Please use your PIN, or ask staff.</source>
        <translation>没有进行登记，您的卡片是安全的。请使用密码，或询问工作人员。</translation>
    </message>
    <message>
        <source>Nothing was recorded. If you are not sure of the number, do not guess: choose another way below.</source>
        <translation>没有记录任何内容。如果不确定号码，请不要猜，请选择下面的其他方式。</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please go to the staff desk. Staff will help you.</source>
        <translation>没有进行登记。请到工作人员服务台，工作人员会帮助您。</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card and go to the staff desk. Staff will register you.</source>
        <translation>没有进行登记。请取回卡片，到工作人员服务台。工作人员会为您登记。</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card, then place it on the reader again.</source>
        <translation>没有进行登记。请先拿起卡片，再重新放到读卡器上。</translation>
    </message>
    <message>
        <source>Nothing was recorded. Staff will check your details with you.</source>
        <translation>没有进行登记。工作人员会和您一起核对信息。</translation>
    </message>
    <message>
        <source>Nothing was recorded. To start again, place your card on the reader.</source>
        <translation>没有进行登记。要重新开始，请把卡片放在读卡器上。</translation>
    </message>
    <message>
        <source>Nothing was sent to your card, and your card is safe. Please use your PIN or type the numbers printed on your card.</source>
        <translation>没有向卡片发送任何内容，您的卡片是安全的。请使用密码，或输入卡片上印的数字。</translation>
    </message>
    <message>
        <source>Nothing was tried and nothing was recorded: your card is safe. Staff can register you without the PIN.</source>
        <translation>没有尝试密码，也没有记录任何内容：您的卡片是安全的。工作人员可以不用密码为您登记。</translation>
    </message>
    <message>
        <source>Nothing was tried, and your card is safe. Please take your card and go to the staff desk.</source>
        <translation>没有进行任何尝试，您的卡片是安全的。请拿好卡片，到工作人员服务台。</translation>
    </message>
    <message>
        <source>Only one try is left</source>
        <translation>只剩一次机会</translation>
    </message>
    <message>
        <source>Please check the birth date and the expiry year printed on your card, then type them again.</source>
        <translation>请核对卡片上印的出生日期和有效期限年份，然后重新输入。</translation>
    </message>
    <message>
        <source>Please go to the staff desk</source>
        <translation>请到工作人员服务台</translation>
    </message>
    <message>
        <source>Please show your own face, not a photo</source>
        <translation>请出示您本人的面孔，而不是照片</translation>
    </message>
    <message>
        <source>Please tell the staff. Staff will register you.</source>
        <translation>请告诉工作人员，工作人员会为您登记。</translation>
    </message>
    <message>
        <source>Please use a My Number card or a driver&apos;s licence. If you have neither, the staff desk will register you.</source>
        <translation>请使用个人编号卡或驾驶执照。如果都没有，工作人员服务台会为您登记。</translation>
    </message>
    <message>
        <source>Staff are at the desk near the entrance.</source>
        <translation>工作人员在入口附近的服务台。</translation>
    </message>
    <message>
        <source>The camera could not see your face</source>
        <translation>摄像头没有看到您的面孔</translation>
    </message>
    <message>
        <source>The camera is not working</source>
        <translation>摄像头无法使用</translation>
    </message>
    <message>
        <source>The camera saw a photo or a card instead of a face. Nothing was recorded. Please use your PIN, or ask staff.</source>
        <translation>摄像头看到的是照片或卡片，而不是面孔。没有进行登记。请使用密码，或询问工作人员。</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>无法读取卡片</translation>
    </message>
    <message>
        <source>The card did not answer</source>
        <translation>卡片没有响应</translation>
    </message>
    <message>
        <source>The card reader is not working</source>
        <translation>读卡器无法使用</translation>
    </message>
    <message>
        <source>The card was taken away</source>
        <translation>卡片被拿走了</translation>
    </message>
    <message>
        <source>The face check cannot be done now</source>
        <translation>现在无法进行面部比对</translation>
    </message>
    <message>
        <source>The number was not correct</source>
        <translation>号码不正确</translation>
    </message>
    <message>
        <source>There is nothing to check out. To check in, press Check in and place your card.</source>
        <translation>没有可以离开的登记。要登记入住，请按“避难登记”并放上卡片。</translation>
    </message>
    <message>
        <source>This card cannot be checked here</source>
        <translation>本机无法核对这张卡片</translation>
    </message>
    <message>
        <source>This card cannot be read here</source>
        <translation>这里无法读取这张卡</translation>
    </message>
    <message>
        <source>This card is locked</source>
        <translation>这张卡已被锁定</translation>
    </message>
    <message>
        <source>This date does not exist</source>
        <translation>这个日期不存在</translation>
    </message>
    <message>
        <source>This kiosk is not ready yet</source>
        <translation>本机尚未准备就绪</translation>
    </message>
    <message>
        <source>This kiosk takes no registrations now. Please go to the staff desk.</source>
        <translation>本机目前不受理登记。请到工作人员服务台。</translation>
    </message>
    <message>
        <source>This shelter is closed</source>
        <translation>本避难所已关闭</translation>
    </message>
    <message>
        <source>To protect your card from locking, this kiosk will not try again. Please take your card and go to the staff desk.</source>
        <translation>为了防止卡片被锁定，本机不会再尝试。请取回卡片，到工作人员服务台。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再试一次</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>改用密码</translation>
    </message>
    <message>
        <source>Use the camera instead</source>
        <translation>改用摄像头</translation>
    </message>
    <message>
        <source>Use the numbers printed on the card instead</source>
        <translation>改用卡片上印的数字</translation>
    </message>
    <message>
        <source>You are not checked in at this shelter</source>
        <translation>您没有在本避难所登记</translation>
    </message>
    <message>
        <source>You are still registered here</source>
        <translation>您仍在此处登记</translation>
    </message>
    <message>
        <source>Your face did not match the photo on the card</source>
        <translation>您的面孔与卡片上的照片不一致</translation>
    </message>
    <message>
        <source>Your registration could not be saved</source>
        <translation>无法保存您的登记</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <source>Error code for staff: {code}</source>
        <translation>工作人员用错误代码：{code}</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>暂停服务</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please see the staff.</source>
        <translation>对不起，出现了问题。请找工作人员。</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message numerus="yes">
        <source>%n tries left</source>
        <translation>
            <numerusform>剩余 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <source>Careful: if the next PIN is wrong, the kiosk stops and you must see staff. If you are not sure, press Cancel and ask staff.</source>
        <translation>注意：如果下一次密码错误，本机将停止，您需要找工作人员。如果不确定，请按“取消”并询问工作人员。</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the camera</source>
        <translation>忘记密码？使用摄像头</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the numbers printed on the card</source>
        <translation>忘记密码？使用卡片上印的数字</translation>
    </message>
    <message>
        <source>I do not know my PIN</source>
        <translation>我不知道密码</translation>
    </message>
    <message>
        <source>PIN 1 is the 4-digit number chosen when the licence was made. If you never chose one or do not remember it, do not guess: staff will register you.</source>
        <translation>密码1是办理驾驶执照时设定的4位数字。如果您从未设定或不记得，请不要猜：工作人员会为您登记。</translation>
    </message>
    <message>
        <source>The PIN you chose for this card. It is not shown and not spoken.</source>
        <translation>这是您为这张卡设定的密码。不会显示，也不会读出来。</translation>
    </message>
    <message>
        <source>Type PIN 1 of your driver&apos;s licence (4 digits)</source>
        <translation>请输入驾驶执照的密码1（4位数）</translation>
    </message>
    <message>
        <source>Type your 4-digit PIN</source>
        <translation>请输入4位数密码</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Check in. Please place your card on the reader.</source>
        <translation>避难登记。请把卡片放在读卡器上。</translation>
    </message>
    <message>
        <source>Check out. Please place your card on the reader.</source>
        <translation>离开登记。请把卡片放在读卡器上。</translation>
    </message>
    <message>
        <source>Do you need more time? Please touch the screen.</source>
        <translation>您需要更多时间吗？请触摸屏幕。</translation>
    </message>
    <message>
        <source>Done. Please take your card.</source>
        <translation>完成。请取回卡片。</translation>
    </message>
    <message>
        <source>If you have no card, please go to the staff desk.</source>
        <translation>如果没有卡片，请到工作人员服务台。</translation>
    </message>
    <message>
        <source>Please check your details on the screen, then press Correct.</source>
        <translation>请核对屏幕上的信息，然后按“正确”。</translation>
    </message>
    <message>
        <source>Please choose how to open your card.</source>
        <translation>请选择打开卡片的方式。</translation>
    </message>
    <message>
        <source>Please choose how your birth date is shown.</source>
        <translation>请选择出生日期的显示方式。</translation>
    </message>
    <message>
        <source>Please look at the camera. Your face is compared with the photo on your card. No picture is kept.</source>
        <translation>请看摄像头。将把您的面部与卡片上的照片进行比对。不会保存任何图像。</translation>
    </message>
    <message>
        <source>Please place your card on the reader.</source>
        <translation>请把卡片放在读卡器上。</translation>
    </message>
    <message>
        <source>Please read on the screen what we read from your card, then press Agree.</source>
        <translation>请在屏幕上确认将从卡片读取的内容，然后按“同意”。</translation>
    </message>
    <message>
        <source>Please read the message on the screen.</source>
        <translation>请阅读屏幕上的信息。</translation>
    </message>
    <message>
        <source>Please show the front of your card to the camera and keep it still.</source>
        <translation>请把卡片正面对着摄像头，并保持不动。</translation>
    </message>
    <message>
        <source>Please type your birth date, the card&apos;s expiry year and the four digit security code under the photo.</source>
        <translation>请输入出生日期、卡片有效期限的年份和照片下方的4位安全码。</translation>
    </message>
    <message>
        <source>Please type your four digit PIN. It is not shown and not spoken.</source>
        <translation>请输入4位数密码。密码不会显示，也不会读出来。</translation>
    </message>
    <message>
        <source>Reading your card. Please do not remove it.</source>
        <translation>正在读取卡片。请不要拿走。</translation>
    </message>
    <message>
        <source>Saving. Please wait.</source>
        <translation>正在保存。请稍等。</translation>
    </message>
    <message>
        <source>This kiosk is out of service. Please see the staff.</source>
        <translation>本机暂停服务。请找工作人员。</translation>
    </message>
    <message>
        <source>You are checked in here. Are you leaving the shelter?</source>
        <translation>您已在这里登记。您要离开避难所吗？</translation>
    </message>
    <message>
        <source>You are checked in. Please take your card.</source>
        <translation>避难登记完成。请取回卡片。</translation>
    </message>
    <message>
        <source>You are checked out. Please take your card.</source>
        <translation>离开登记完成。请取回卡片。</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Records on hold (tell IT):</source>
        <translation>隔离的记录（请告知IT人员）：</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>另有 {count} 条</translation>
    </message>
    <message>
        <source>it holds a value this kiosk version does not know (a newer version?)</source>
        <translation>含有本机版本不认识的值（更新版本的记录？）</translation>
    </message>
    <message>
        <source>its details do not match their seal (changed or damaged)</source>
        <translation>内容与封印不符（被更改或已损坏）</translation>
    </message>
    <message>
        <source>its personal data cannot be opened on this kiosk (another key, or damaged)</source>
        <translation>其个人信息无法在本机打开（密钥不同或已损坏）</translation>
    </message>
    <message>
        <source>record {record}: {reason}</source>
        <translation>记录 {record}：{reason}</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>服务器拒绝了它</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Please do not remove your card.</source>
        <translation>请不要拿走卡片。</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>请稍等。</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>正在读取卡片…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>正在保存…</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message numerus="yes">
        <source>%n people registered.</source>
        <translation>
            <numerusform>已登记%n人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>%n条记录无法读取。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add another member</source>
        <translation>添加另一位家庭成员</translation>
    </message>
    <message>
        <source>Already checked out: nothing was recorded.</source>
        <translation>已经登记离开：未作记录。</translation>
    </message>
    <message>
        <source>Already entered: {names}</source>
        <translation>已输入：{names}</translation>
    </message>
    <message>
        <source>At most {n} people are registered together: register this household, then the others as another one.</source>
        <translation>一次最多登记{n}人：请先登记这一户，其余的人作为另一户登记。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>返回</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>返回工作人员菜单</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>登记离开</translation>
    </message>
    <message>
        <source>Check someone out by hand</source>
        <translation>由工作人员办理离开登记</translation>
    </message>
    <message>
        <source>Check this person out?
{person}</source>
        <translation>为此人登记离开吗？
{person}</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>已登记离开。</translation>
    </message>
    <message>
        <source>Correct a record</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>Correct the record</source>
        <translation>更正记录</translation>
    </message>
    <message>
        <source>Member {n} of the household</source>
        <translation>家庭第{n}位成员</translation>
    </message>
    <message>
        <source>More were found: type more of the name.</source>
        <translation>还有更多结果：请多输入一些姓名。</translation>
    </message>
    <message>
        <source>Name or reading</source>
        <translation>姓名或读音</translation>
    </message>
    <message>
        <source>No open check-in found.</source>
        <translation>未找到在所记录。</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未填写</translation>
    </message>
    <message>
        <source>Nothing was saved: the record database refused it. Please try again or see IT.</source>
        <translation>未保存：记录数据库拒绝了写入。请重试或联系IT人员。</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>无卡人员</translation>
    </message>
    <message>
        <source>Please check the marked fields: nothing was saved.</source>
        <translation>请检查标出的项目：尚未保存。</translation>
    </message>
    <message>
        <source>Reading the records...</source>
        <translation>正在读取记录…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登记</translation>
    </message>
    <message>
        <source>Register people without a card</source>
        <translation>为无卡人员代为登记</translation>
    </message>
    <message>
        <source>Same address as the first member</source>
        <translation>与第一位相同的住址</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>保存更正</translation>
    </message>
    <message>
        <source>Set the shelter id first: nothing can be recorded yet.</source>
        <translation>请先设置避难所ID：目前还不能记录。</translation>
    </message>
    <message>
        <source>The correction was saved.</source>
        <translation>更正已保存。</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>记录数据库不可用。</translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation>无法读取记录。</translation>
    </message>
    <message>
        <source>The shelter settings changed: nothing was recorded. Please start again.</source>
        <translation>避难所设置已更改：未作记录。请重新开始。</translation>
    </message>
    <message>
        <source>Western calendar</source>
        <translation>公历</translation>
    </message>
    <message>
        <source>Who is checking out?</source>
        <translation>谁要离开？</translation>
    </message>
    <message>
        <source>Whose record is wrong?</source>
        <translation>要更正谁的记录？</translation>
    </message>
    <message>
        <source>{name}, checked in {time}</source>
        <translation>{name}，入所 {time}</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message numerus="yes">
        <source>%n training records deleted.</source>
        <translation>
            <numerusform>已删除 %n 条演练记录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training records wait for the server: delete again once they are sent.</source>
        <translation>
            <numerusform>%n 条演练记录正在等待发送到服务器：发送后请再次删除。</numerusform>
        </translation>
    </message>
    <message>
        <source>90 and over</source>
        <translation>90岁以上</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>年龄不明</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>返回工作人员菜单</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>按年龄段</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>容纳人数（人）</translation>
    </message>
    <message>
        <source>Capacity saved.</source>
        <translation>已保存容纳人数。</translation>
    </message>
    <message>
        <source>Capacity {capacity}: {rate}% full</source>
        <translation>容纳人数 {capacity}人: 收容率 {rate}%</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>入所</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>离所</translation>
    </message>
    <message>
        <source>Checked out: {count}</source>
        <translation>已离所: {count}人</translation>
    </message>
    <message>
        <source>Delete the personal data of every training record on this terminal, the copies from the other terminals included?</source>
        <translation>要删除本终端上所有演练记录的个人信息吗？包括来自其他终端的副本。</translation>
    </message>
    <message>
        <source>Delete the training records</source>
        <translation>删除演练记录</translation>
    </message>
    <message>
        <source>End training mode</source>
        <translation>结束演练模式</translation>
    </message>
    <message>
        <source>End training mode? Records made from now on are real.</source>
        <translation>要结束演练模式吗？此后的记录将是正式记录。</translation>
    </message>
    <message>
        <source>Export the roster to the USB stick</source>
        <translation>将名册导出到U盘</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>U盘上的文件夹</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>家庭</translation>
    </message>
    <message>
        <source>Households inside: {count}</source>
        <translation>在所家庭数: {count}</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>受伤</translation>
    </message>
    <message>
        <source>Inside now: {count}</source>
        <translation>目前在所: {count}人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Needs assistance</source>
        <translation>需要协助</translation>
    </message>
    <message>
        <source>Needs medical care</source>
        <translation>需要医疗</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>No capacity set: type it below.</source>
        <translation>未设置容纳人数，请在下方输入。</translation>
    </message>
    <message>
        <source>Not saved: the USB stick is full.</source>
        <translation>未保存：U盘已满。</translation>
    </message>
    <message>
        <source>Not saved: the folder cannot be written. Is the USB stick in?</source>
        <translation>未保存：无法写入文件夹。U盘插好了吗？</translation>
    </message>
    <message>
        <source>Only people inside now</source>
        <translation>仅显示目前在所的人</translation>
    </message>
    <message>
        <source>Passphrase (12 or more characters)</source>
        <translation>密码短语（12个字符以上）</translation>
    </message>
    <message>
        <source>Personal data deleted: {count}</source>
        <translation>个人信息已删除: {count}条</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>怀孕</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>读音</translation>
    </message>
    <message>
        <source>Records not readable here: {count}</source>
        <translation>本终端无法读取的记录: {count}条</translation>
    </message>
    <message>
        <source>Roster and counts</source>
        <translation>避难者名册与人数</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, NOT encrypted.</source>
        <translation>已保存 {file}：{count}人，未加密。</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, encrypted.</source>
        <translation>已保存 {file}：{count}人，已加密。</translation>
    </message>
    <message>
        <source>Search by name or reading</source>
        <translation>按姓名或读音搜索</translation>
    </message>
    <message>
        <source>Set the capacity</source>
        <translation>设置容纳人数</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>需要照顾的事项</translation>
    </message>
    <message>
        <source>Start training mode</source>
        <translation>开始演练模式</translation>
    </message>
    <message>
        <source>Start training mode? Every record made from now on is a training record, kept apart from the real ones.</source>
        <translation>要开始演练模式吗？此后的所有记录都是演练记录，与正式记录分开处理。</translation>
    </message>
    <message>
        <source>The capacity is a number up to 100000.</source>
        <translation>容纳人数必须是不超过100000的数字。</translation>
    </message>
    <message>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>密码短语至少需要12个字符。</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>记录数据库不可用。</translation>
    </message>
    <message>
        <source>The records could not be read: {code}</source>
        <translation>无法读取记录: {code}</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>再次输入相同的密码短语</translation>
    </message>
    <message>
        <source>The training records could not be deleted: {code}</source>
        <translation>无法删除演练记录: {code}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不一致。</translation>
    </message>
    <message>
        <source>Training mode: only training records are shown and counted.</source>
        <translation>演练模式：只显示和统计演练记录。</translation>
    </message>
    <message>
        <source>Type the folder of the USB stick.</source>
        <translation>请输入U盘的文件夹。</translation>
    </message>
    <message>
        <source>With a pet</source>
        <translation>携带宠物</translation>
    </message>
    <message>
        <source>Without encryption (plain CSV)</source>
        <translation>不加密（明文CSV）</translation>
    </message>
    <message>
        <source>Write the roster WITHOUT encryption? Anyone who finds the USB stick can read every name and address.</source>
        <translation>要不加密地导出名册吗？捡到U盘的人可以读取所有人的姓名和住址。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>ended by a later check-in</source>
        <translation>因再次入所而结束</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>在所</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>API token</source>
        <translation>API令牌</translation>
    </message>
    <message>
        <source>Address in the QR code (empty: found by itself)</source>
        <translation>二维码中的地址（留空：自动获取）</translation>
    </message>
    <message>
        <source>After a check-in, tell people (empty: the standard text)</source>
        <translation>登记后告诉大家的内容（留空：标准文字）</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>应用设置</translation>
    </message>
    <message>
        <source>Ask for 和暦 / 西暦 birth date display</source>
        <translation>显示选择出生日期和历/公历的画面</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>摄像头</translation>
    </message>
    <message>
        <source>Card camera (device number)</source>
        <translation>读卡摄像头（设备编号）</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>默认语言</translation>
    </message>
    <message>
        <source>Face camera (device number)</source>
        <translation>面部摄像头（设备编号）</translation>
    </message>
    <message>
        <source>Language and voice</source>
        <translation>语言和语音</translation>
    </message>
    <message>
        <source>Management API URL</source>
        <translation>管理API网址</translation>
    </message>
    <message>
        <source>Management server</source>
        <translation>管理服务器</translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation>未保存：无法写入设置文件。</translation>
    </message>
    <message>
        <source>Not saved: type the API token for the new API URL.</source>
        <translation>未保存：请为新的API网址输入API令牌。</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>未保存：{problem}</translation>
    </message>
    <message>
        <source>Off: PIN or typed numbers</source>
        <translation>关闭：密码或输入号码</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Other terminals&apos; addresses (host:port, separated by commas)</source>
        <translation>其他终端的地址（主机:端口，用逗号分隔）</translation>
    </message>
    <message>
        <source>PIN, then match the face</source>
        <translation>先输入密码，再比对面部</translation>
    </message>
    <message>
        <source>Phone page port</source>
        <translation>手机页面端口</translation>
    </message>
    <message>
        <source>Phone registration</source>
        <translation>手机登记</translation>
    </message>
    <message>
        <source>Read the card face</source>
        <translation>读取卡面</translation>
    </message>
    <message>
        <source>Read the card face and match the face</source>
        <translation>读取卡面并比对面部</translation>
    </message>
    <message>
        <source>Same camera</source>
        <translation>同一个摄像头</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved. Type a new one to replace it.</source>
        <translation>已保存。仅在更换时输入新的。</translation>
    </message>
    <message>
        <source>Seconds the result stays on screen</source>
        <translation>结果画面显示的秒数</translation>
    </message>
    <message>
        <source>Seconds without a touch before asking for more time</source>
        <translation>无操作多少秒后询问是否需要更多时间</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>设置已保存。</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>避难所</translation>
    </message>
    <message>
        <source>Shelter ID</source>
        <translation>避难所ID</translation>
    </message>
    <message>
        <source>Shelter LAN</source>
        <translation>避难所局域网</translation>
    </message>
    <message>
        <source>Shelter LAN port</source>
        <translation>避难所局域网端口</translation>
    </message>
    <message>
        <source>Shelter name</source>
        <translation>避难所名称</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation>语音引导</translation>
    </message>
    <message>
        <source>Where the staff desk is (empty: the standard text)</source>
        <translation>工作人员服务台的位置（留空：标准文字）</translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>I am injured</source>
        <translation>我受伤了</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>我怀孕了</translation>
    </message>
    <message>
        <source>I came with a pet</source>
        <translation>我带着宠物</translation>
    </message>
    <message>
        <source>I need help to move or live here</source>
        <translation>我行动或生活需要帮助</translation>
    </message>
    <message>
        <source>I need medical care</source>
        <translation>我需要医疗照顾</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>All records are sent. You can quit the kiosk.</source>
        <translation>所有记录已发送。可以退出本终端。</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>应用设置</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>返回登记画面</translation>
    </message>
    <message>
        <source>Camera: unplugged or not found. People use the PIN or type the numbers until it is back.</source>
        <translation>摄像头：已拔出或未找到。在恢复之前，请使用密码或输入号码。</translation>
    </message>
    <message>
        <source>Camera: working</source>
        <translation>摄像头：正常</translation>
    </message>
    <message>
        <source>Connection: OFFLINE</source>
        <translation>连接：离线</translation>
    </message>
    <message>
        <source>Connection: no management API configured</source>
        <translation>连接：未设置管理API</translation>
    </message>
    <message>
        <source>Connection: online</source>
        <translation>连接：在线</translation>
    </message>
    <message>
        <source>Connection: the server refused the API token. Check the settings.</source>
        <translation>连接：服务器拒绝了API令牌。请检查设置。</translation>
    </message>
    <message>
        <source>Connection: the server refused the records (see its error).</source>
        <translation>连接：服务器拒绝了记录（见其错误信息）。</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Create the first staff account</source>
        <translation>创建第一个工作人员账户</translation>
    </message>
    <message>
        <source>Delete personal data now</source>
        <translation>立即删除个人信息</translation>
    </message>
    <message>
        <source>Delete personal data now?</source>
        <translation>要立即删除个人信息吗？</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>上次同步：{time}</translation>
    </message>
    <message>
        <source>Lines that could not be read: {lines}</source>
        <translation>无法读取的行：{lines}</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Log in to open the shelter. The management system is told it opened.</source>
        <translation>登录以开设避难所。管理系统会收到开设通知。</translation>
    </message>
    <message>
        <source>Log out (quit the app)</source>
        <translation>退出登录（关闭应用）</translation>
    </message>
    <message>
        <source>Names, addresses and messages are erased from this kiosk for good. It works only after the close notice, once the server has every record.</source>
        <translation>姓名、地址和留言将从本机永久删除。只有在发送关闭通知、且服务器已收到全部记录后才能执行。</translation>
    </message>
    <message>
        <source>No personal data left to delete.</source>
        <translation>没有需要删除的个人信息。</translation>
    </message>
    <message>
        <source>No set-up code was issued. IT: python -m kiosk.staff setup-code</source>
        <translation>尚未发放设置码。IT人员：python -m kiosk.staff setup-code</translation>
    </message>
    <message>
        <source>No staff account exists on this kiosk yet. Choose a user ID and a password of at least 10 characters.</source>
        <translation>本机还没有工作人员账户。请设定用户ID和至少10个字符的密码。</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>不，返回</translation>
    </message>
    <message>
        <source>Nobody can check in or out until the kiosk is started again. Records that still wait stay safely on this kiosk.</source>
        <translation>在重新启动本机之前，任何人都无法办理入住或离开。尚未发送的记录会安全地保存在本机上。</translation>
    </message>
    <message numerus="yes">
        <source>Not deleted: %n records are not yet received by the server. Press Send now and try again when they are sent.</source>
        <translation>
            <numerusform>未删除：有 %n 条记录服务器尚未收到。请按“立即发送”，发送完成后再试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: send the shelter close notice first.</source>
        <translation>未删除：请先发送避难所关闭通知。</translation>
    </message>
    <message>
        <source>Not deleted: the waiting time after the close has not passed yet.</source>
        <translation>未删除：关闭后的等待时间尚未结束。</translation>
    </message>
    <message>
        <source>Not everything could be sent yet. The records stay on this kiosk.</source>
        <translation>还有记录未能发送。记录保留在本终端上。</translation>
    </message>
    <message>
        <source>Only shelter staff may open this menu.</source>
        <translation>此菜单仅限避难所工作人员使用。</translation>
    </message>
    <message>
        <source>Only shelter staff may quit the kiosk.</source>
        <translation>只有避难所工作人员可以退出本终端。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>无卡人员</translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records.</source>
        <translation>
            <numerusform>已从 %n 条记录中删除个人信息。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records. The database file is rewritten in a moment to remove old copies; the kiosk does this by itself.</source>
        <translation>
            <numerusform>已从 %n 条记录中删除个人信息。数据库文件将很快被重写以清除旧副本，本机会自动完成。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a harder password: no common words, repeats, runs or the user ID.</source>
        <translation>请设置更难猜的密码：不要用常见单词、重复、连续字符或用户ID。</translation>
    </message>
    <message>
        <source>Please enter a user ID.</source>
        <translation>请输入用户ID。</translation>
    </message>
    <message>
        <source>Quarantined records queued again: {count}</source>
        <translation>已重新排队的隔离记录：{count} 条</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>退出程序</translation>
    </message>
    <message>
        <source>Quit the kiosk?</source>
        <translation>要退出程序吗？</translation>
    </message>
    <message>
        <source>Reader: {state}</source>
        <translation>读卡器：{state}</translation>
    </message>
    <message>
        <source>Records still waiting to be sent: {count}</source>
        <translation>尚未发送的记录：{count} 条</translation>
    </message>
    <message>
        <source>Records that still wait are kept safely on this kiosk and are sent the next time it starts with a connection.</source>
        <translation>未发送的记录会安全地保存在本机上，下次联网启动时发送。</translation>
    </message>
    <message>
        <source>Records waiting: {waiting}, quarantined: {quarantined}</source>
        <translation>待发送：{waiting} 条，已隔离：{quarantined} 条</translation>
    </message>
    <message>
        <source>Retry records on hold</source>
        <translation>重新发送隔离的记录</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>立即发送</translation>
    </message>
    <message>
        <source>Send now and wait</source>
        <translation>立即发送并等待</translation>
    </message>
    <message>
        <source>Send shelter close notice and quit</source>
        <translation>发送关闭通知并退出</translation>
    </message>
    <message>
        <source>Send shelter open notice</source>
        <translation>发送开设通知</translation>
    </message>
    <message>
        <source>Send the shelter close notice?</source>
        <translation>要发送避难所关闭通知吗？</translation>
    </message>
    <message>
        <source>Sending now.</source>
        <translation>正在发送。</translation>
    </message>
    <message>
        <source>Sending… Please wait. Records still waiting: {count}</source>
        <translation>正在发送，请稍候。尚未发送的记录：{count}条</translation>
    </message>
    <message>
        <source>Set-up code from IT</source>
        <translation>IT提供的设置码</translation>
    </message>
    <message>
        <source>Shelter close notice queued</source>
        <translation>关闭通知已排队等待发送</translation>
    </message>
    <message>
        <source>Shelter open notice queued.</source>
        <translation>开设通知已排队等待发送。</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>工作人员登录</translation>
    </message>
    <message>
        <source>Staff login to quit the kiosk</source>
        <translation>工作人员登录后才能退出本终端</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>工作人员菜单</translation>
    </message>
    <message>
        <source>Staff menu: enter your password</source>
        <translation>工作人员菜单：请输入密码</translation>
    </message>
    <message>
        <source>Staff must open it again: log in to open the shelter. The management system is told it opened.</source>
        <translation>需由工作人员重新开设：登录即开设避难所，并通知管理系统。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>操作失败。请再试一次。</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>无法创建账户。</translation>
    </message>
    <message>
        <source>The management system is told that this shelter is closed. Then the kiosk shows how many records still wait, and staff can quit it.</source>
        <translation>管理系统将得知本避难所已关闭。之后本机会显示尚未发送的记录数，工作人员可以退出程序。</translation>
    </message>
    <message>
        <source>The notice could not be saved. Please try again.</source>
        <translation>无法保存通知。请再试一次。</translation>
    </message>
    <message>
        <source>The notice was not recorded: the kiosk cannot record yet.</source>
        <translation>通知未被记录：本机暂时无法记录。</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>密码至少需要10个字符。</translation>
    </message>
    <message>
        <source>The set-up code is not correct.</source>
        <translation>设置码不正确。</translation>
    </message>
    <message>
        <source>The settings file was damaged. It was set aside as {path}; the values that could be read were kept.</source>
        <translation>设置文件已损坏。已另存为 {path};能读取的值已保留。</translation>
    </message>
    <message>
        <source>The shelter is closed</source>
        <translation>避难所已关闭</translation>
    </message>
    <message>
        <source>The shelter is closed: evacuees cannot check in. Send the shelter open notice to open it again, or log out.</source>
        <translation>避难所已关闭：避难者无法登记。如需重新开设，请发送开设通知；或退出登录。</translation>
    </message>
    <message>
        <source>The shelter is open already: no notice was sent.</source>
        <translation>避难所已经开设，未发送通知。</translation>
    </message>
    <message>
        <source>The shelter is open. Log in to start the kiosk: no notice is sent.</source>
        <translation>避难所已开设。登录后启动终端，不会发送通知。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
        <source>These settings were not usable and are back at their defaults: {keys}</source>
        <translation>以下设置的值无法使用，已恢复为默认值：{keys}</translation>
    </message>
    <message>
        <source>This kiosk cannot record anything until the shelter ID is set. Open App settings and enter it.</source>
        <translation>设置避难所ID之前，本机无法记录任何内容。请打开“应用设置”并输入。</translation>
    </message>
    <message>
        <source>This terminal has lost its ID (damaged settings). It cannot record anything until IT restores the terminal_id file.</source>
        <translation>本机的终端ID已丢失（设置损坏）。在IT人员恢复terminal_id文件之前，无法记录任何内容。</translation>
    </message>
    <message>
        <source>Too many wrong tries. Please wait and try again later.</source>
        <translation>错误次数过多。请稍后再试。</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>用户ID</translation>
    </message>
    <message>
        <source>User ID or password is not correct.</source>
        <translation>用户ID或密码不正确。</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>是，删除</translation>
    </message>
    <message>
        <source>Yes, quit</source>
        <translation>是，退出</translation>
    </message>
    <message>
        <source>Yes, send the close notice</source>
        <translation>是，发送关闭通知</translation>
    </message>
    <message>
        <source>connected, card on the reader</source>
        <translation>已连接，卡片在读卡器上</translation>
    </message>
    <message>
        <source>connected, no card</source>
        <translation>已连接，没有卡片</translation>
    </message>
    <message>
        <source>no reader connected</source>
        <translation>未连接读卡器</translation>
    </message>
</context>
<context>
    <name>StaffLog</name>
    <message>
        <source>A card could not be read ({code}).</source>
        <translation>无法读取卡片（{code}）。</translation>
    </message>
    <message>
        <source>A staff account was created.</source>
        <translation>已创建工作人员账户。</translation>
    </message>
    <message>
        <source>A staff login was refused ({code}).</source>
        <translation>工作人员登录被拒绝（{code}）。</translation>
    </message>
    <message>
        <source>A staff member logged in.</source>
        <translation>工作人员已登录。</translation>
    </message>
    <message>
        <source>A staff member logged out.</source>
        <translation>工作人员已退出登录。</translation>
    </message>
    <message>
        <source>A staff screen was left untouched: back to the kiosk.</source>
        <translation>工作人员画面长时间无操作，已返回登记画面。</translation>
    </message>
    <message>
        <source>Demo: a sample card was placed.</source>
        <translation>演示：已放上示例卡片。</translation>
    </message>
    <message>
        <source>Demo: the practice data has its own folder.</source>
        <translation>演示：练习数据保存在单独的文件夹中。</translation>
    </message>
    <message>
        <source>Demo: the practice management server runs at {url}.</source>
        <translation>演示：练习用管理服务器运行在 {url}。</translation>
    </message>
    <message>
        <source>Demo: the sample card was taken away.</source>
        <translation>演示：已取走示例卡片。</translation>
    </message>
    <message>
        <source>Sending failed ({code}). The kiosk tries again by itself.</source>
        <translation>发送失败（{code}）。终端会自动重试。</translation>
    </message>
    <message>
        <source>Sending stopped ({code}). See the status.</source>
        <translation>发送已停止（{code}）。请查看状态。</translation>
    </message>
    <message>
        <source>Technical message for IT ({code})</source>
        <translation>给IT人员的技术信息（{code}）</translation>
    </message>
    <message>
        <source>The card reader is missing.</source>
        <translation>找不到读卡器。</translation>
    </message>
    <message>
        <source>The close notice waits until the earlier records are sent.</source>
        <translation>关闭通知正在等待之前的记录发送完毕。</translation>
    </message>
    <message>
        <source>The management server can be reached again.</source>
        <translation>已重新连接到管理服务器。</translation>
    </message>
    <message>
        <source>The record database needs attention ({code}). See the status.</source>
        <translation>记录数据库需要处理（{code}）。请查看状态。</translation>
    </message>
    <message>
        <source>The screen language was changed.</source>
        <translation>画面语言已切换。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Registrations are kept safely on this kiosk</source>
        <translation>登记信息已安全保存在本终端</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source>%n records could not be read (ids: {ids}).</source>
        <translation>
            <numerusform>有 %n 条记录无法读取（ID：{ids}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>有 %n 条记录无法读取。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were put on hold: they failed their check.</source>
        <translation>
            <numerusform>有 %n 条记录未通过检查，已隔离。</numerusform>
        </translation>
    </message>
    <message>
        <source>How many records could not be read is not known.</source>
        <translation>无法得知有多少条记录未能读取。</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>我已阅读</translation>
    </message>
    <message>
        <source>The damaged file was kept as {name} for IT. Do not delete it.</source>
        <translation>已损坏的文件作为 {name} 保留给IT人员。请勿删除。</translation>
    </message>
    <message>
        <source>The record database is damaged and could not be repaired. This kiosk cannot record anything: people are told to see staff. Register people by hand and call IT. IT: stop the kiosk, then run python -m kiosk.outbox recover. Do not delete any files.</source>
        <translation>记录数据库已损坏，无法修复。本机无法记录任何内容（使用者会被告知去找工作人员）。请手工登记并联系IT人员。IT人员：先退出程序，再运行 python -m kiosk.outbox recover。请勿删除任何文件。</translation>
    </message>
    <message numerus="yes">
        <source>The record database was damaged. %n records were saved into a new database; those not yet sent will be sent.</source>
        <translation>
            <numerusform>记录数据库曾损坏。已将 %n 条记录保存到新数据库;尚未发送的记录将会发送。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message numerus="yes">
        <source>%n records were left &apos;in flight&apos; by a sender that stopped; they will be sent again within 10 minutes or after a restart.</source>
        <translation>
            <numerusform>已停止的发送程序留下了%n条“发送中”的记录;它们会在10分钟内或重启后重新发送。</numerusform>
        </translation>
    </message>
    <message>
        <source>A record is on hold: the server already has a different record with the same ID. Tell IT. The record stays on this kiosk.</source>
        <translation>有一条记录被暂停：服务器上已有相同ID的另一条记录。请联系IT人员。该记录保留在本机上。</translation>
    </message>
    <message>
        <source>A record is on hold: the server refused it. Tell IT. The record stays on this kiosk.</source>
        <translation>有一条记录被暂停：服务器拒绝了它。请联系IT人员。该记录保留在本机上。</translation>
    </message>
    <message>
        <source>For IT: {details}</source>
        <translation>供IT人员参考：{details}</translation>
    </message>
    <message>
        <source>The API URL in the settings does not lead to the management server. IT must check the URL. Records wait on this kiosk.</source>
        <translation>设置中的API URL没有指向管理服务器。需要IT人员检查URL。记录在本机等待发送。</translation>
    </message>
    <message>
        <source>The API URL starts with http://, which is allowed only to this machine. IT must set an https:// URL in the settings. Nothing was sent.</source>
        <translation>API URL以http：//开头，只允许用于本机。需要IT人员在设置中改为https：//的URL。没有发送任何数据。</translation>
    </message>
    <message>
        <source>The connection dropped while sending. The kiosk sends again by itself; the server does not count a record twice.</source>
        <translation>发送时连接中断。本机会自动重新发送;服务器不会重复计算同一条记录。</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the management server. Check the network cable or Wi-Fi. Records wait on this kiosk and are sent when the connection is back.</source>
        <translation>无法连接管理服务器。请检查网线或Wi-Fi。记录保存在本机，连接恢复后会发送。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk is full: new check-ins may not be saved. Tell IT at once. Do not delete any files.</source>
        <translation>本机磁盘已满：新的登记可能无法保存。请立即联系IT人员。请不要删除任何文件。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s record database has a problem. Tell IT at once. Do not delete any files.</source>
        <translation>本机的记录数据库出现问题。请立即联系IT人员。请不要删除任何文件。</translation>
    </message>
    <message>
        <source>The management server has a problem of its own. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>管理服务器自身出现问题。本机会自动重试。记录在本机等待发送。</translation>
    </message>
    <message>
        <source>The network answered with another page (a Wi-Fi sign-in page?), not the management server. Sign in to the network or use another one. Records wait on this kiosk.</source>
        <translation>回应的不是管理服务器，而是其他页面（可能是Wi-Fi登录页）。请登录该网络或改用其他网络。记录在本机等待发送。</translation>
    </message>
    <message>
        <source>The server asked the kiosk to send more slowly. The kiosk waits and tries again by itself.</source>
        <translation>服务器要求放慢发送速度。本机会等待后自动重试。</translation>
    </message>
    <message>
        <source>The server asked to send some records again later. The kiosk does this by itself.</source>
        <translation>服务器要求稍后重新发送部分记录。本机会自动完成。</translation>
    </message>
    <message>
        <source>The server did not answer in time. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>服务器没有及时响应。本机会自动重试。记录在本机等待发送。</translation>
    </message>
    <message>
        <source>The server did not confirm every record. The kiosk sends the others again by itself.</source>
        <translation>服务器没有确认收到所有记录。本机会自动重新发送其余记录。</translation>
    </message>
    <message>
        <source>The server refused all records: probably a settings problem (is the shelter ID registered?). Check the settings, then press Send now.</source>
        <translation>服务器拒绝了所有记录：可能是设置问题（避难所ID是否已登记？）。请检查设置，然后按“立即发送”。</translation>
    </message>
    <message>
        <source>The server refused the API token. Nothing is sent until the correct token is set in the settings.</source>
        <translation>服务器拒绝了API令牌。在设置中填入正确的令牌之前，不会发送任何数据。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large. Nothing is lost; the kiosk tries again. If this stays, tell IT.</source>
        <translation>服务器的响应过大。没有丢失任何数据;本机会重试。如果一直这样，请联系IT人员。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If the city uses its own certificate authority, IT must set the CA file in the settings. Records wait on this kiosk.</source>
        <translation>服务器证书不受信任。如果市政府使用自己的证书颁发机构，需要IT人员在设置中指定CA文件。记录在本机等待发送。</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found. Check the network; if it works, IT must check the API URL in the settings. Records wait on this kiosk.</source>
        <translation>找不到服务器名称。请检查网络;如果网络正常，需要IT人员检查设置中的API URL。记录在本机等待发送。</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is {minutes} minutes off. Please set the date and time.</source>
        <translation>本机的时钟偏差了{minutes}分钟。请设置正确的日期和时间。</translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation>记录 {record}</translation>
    </message>
    <message>
        <source>server code {code}</source>
        <translation>服务器代码 {code}</translation>
    </message>
</context>
<context>
    <name>TakeCard</name>
    <message>
        <source>Please take your card</source>
        <translation>请取走您的卡片</translation>
    </message>
    <message>
        <source>Your card is still on the reader. To start again, take it and place it again.</source>
        <translation>您的卡片还在读卡器上。如需重新开始，请先取走卡片，再重新放上。</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING MODE: every new record is a training record</source>
        <translation>演练模式：所有新记录均为演练记录</translation>
    </message>
</context>
</TS>
