<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Camera</name>
    <message>
        <source>Ask staff</source>
        <translation>職員を呼ぶ</translation>
    </message>
    <message>
        <source>Checking. Please stay still.</source>
        <translation>確認しています。そのまま動かないでください。</translation>
    </message>
    <message>
        <source>Hold the card still, please.</source>
        <translation>カードを動かさないでください。</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera above the screen, about a hand&apos;s width away, and keep it still.</source>
        <translation>カードの表面を、画面の上のカメラに手のひらひとつ分ほど離してかざし、動かさないでください。</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera.</source>
        <translation>カードの表面をカメラにかざしてください。</translation>
    </message>
    <message>
        <source>Leave your card on the reader with the photo side up, under the camera, and keep it still.</source>
        <translation>カードは写真のある面を上にして、カメラの下の読み取り機に置いたまま、動かさないでください。</translation>
    </message>
    <message>
        <source>No picture is kept, and nothing of your face is sent.</source>
        <translation>画像は保存されず、顔の情報はどこにも送信されません。</translation>
    </message>
    <message>
        <source>Now put your card back on the reader.</source>
        <translation>カードを読み取り機に戻してください。</translation>
    </message>
    <message>
        <source>One person at a time, please.</source>
        <translation>お一人ずつお願いします。</translation>
    </message>
    <message>
        <source>Please come a little closer.</source>
        <translation>もう少し近づいてください。</translation>
    </message>
    <message>
        <source>Please look at the camera</source>
        <translation>カメラを見てください</translation>
    </message>
    <message>
        <source>Please look at the camera.</source>
        <translation>カメラを見てください。</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera</source>
        <translation>カードの表面をカメラに見せてください</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera, photo side up.</source>
        <translation>写真のある面を上にして、カードの表面をカメラに見せてください。</translation>
    </message>
    <message>
        <source>The camera reads only the birth date, the expiry year and the security code. No picture is kept.</source>
        <translation>カメラが読み取るのは生年月日・有効期限の年・セキュリティコードだけです。画像は保存されません。</translation>
    </message>
    <message>
        <source>Type the numbers</source>
        <translation>番号を入力する</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>暗証番号を使う</translation>
    </message>
    <message>
        <source>Your face is compared with the photo on your card. Take off a mask or sunglasses if you can.</source>
        <translation>お顔をカードの写真と照合します。できればマスクやサングラスを外してください。</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Are you leaving the shelter now?</source>
        <translation>これから避難所を出ますか？</translation>
    </message>
    <message>
        <source>No, I am still staying</source>
        <translation>いいえ、まだいます</translation>
    </message>
    <message>
        <source>Yes, I am leaving (check out)</source>
        <translation>はい、出ます（退所）</translation>
    </message>
    <message>
        <source>You are checked in at this shelter. If you check out, the time you leave is recorded.</source>
        <translation>あなたはこの避難所に登録されています。退所すると、出た時刻が記録されます。</translation>
    </message>
    <message>
        <source>{name}, are you leaving this shelter?</source>
        <translation>{name}さん、この避難所を退所しますか？</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <source>1 Birth date (YY MM DD)</source>
        <translation>1 生年月日（年2桁 月 日）</translation>
    </message>
    <message>
        <source>2 Card valid until (year)</source>
        <translation>2 有効期限（西暦の年）</translation>
    </message>
    <message>
        <source>3 Security code (under the photo)</source>
        <translation>3 セキュリティコード（写真の下）</translation>
    </message>
    <message>
        <source>Heisei 平成</source>
        <translation>平成</translation>
    </message>
    <message>
        <source>Reiwa 令和</source>
        <translation>令和</translation>
    </message>
    <message>
        <source>Showa 昭和</source>
        <translation>昭和</translation>
    </message>
    <message>
        <source>Taisho 大正</source>
        <translation>大正</translation>
    </message>
    <message>
        <source>The camera read these numbers. Please check them with your card, then press OK.</source>
        <translation>カメラが読み取った番号です。カードと見比べて確かめてから、OKを押してください。</translation>
    </message>
    <message>
        <source>Type the numbers printed on your card</source>
        <translation>カードに印刷された番号を入力してください</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>西暦</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
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
        <translation>0で始まる10桁か11桁の番号です。入れない場合は「全部消す」を押してください。</translation>
    </message>
    <message>
        <source>Add a phone number (optional)</source>
        <translation>電話番号を入れる（任意）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生年月日</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正しい</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>内容はあっていますか？</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>和暦</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男</translation>
    </message>
    <message>
        <source>Message to staff (optional)</source>
        <translation>職員への伝言（任意）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>該当なし</translation>
    </message>
    <message>
        <source>Not correct: call staff</source>
        <translation>違う：職員を呼ぶ</translation>
    </message>
    <message>
        <source>Phone number (optional)</source>
        <translation>電話番号（任意）</translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation>電話：{number}</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>性別</translation>
    </message>
    <message>
        <source>Show as {calendar}</source>
        <translation>{calendar}で表示</translation>
    </message>
    <message>
        <source>Tell staff (optional, touch all that apply):</source>
        <translation>職員に伝えること（任意・あてはまるものすべて）：</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>西暦</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Agree</source>
        <translation>同意する</translation>
    </message>
    <message>
        <source>Camera: after your PIN, it compares your face with the photo on your card. No picture is kept, and nothing of your face is sent.</source>
        <translation>カメラ：暗証番号の入力後、お顔をカードの写真と照合します。画像は保存されず、顔の情報は送信されません。</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on the front of your card, so you need no PIN. No picture is kept.</source>
        <translation>カメラ：カードの表面に印刷された番号を読み取るため、暗証番号は不要です。画像は保存されません。</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on your card and compares your face with the photo on the card, so you need no PIN. No picture is kept, and nothing of your face is sent.</source>
        <translation>カメラ：カードに印刷された番号を読み取り、お顔をカードの写真と照合するため、暗証番号は不要です。画像は保存されず、顔の情報は送信されません。</translation>
    </message>
    <message>
        <source>Consent text version {version}</source>
        <translation>同意文の版 {version}</translation>
    </message>
    <message>
        <source>May we read your card?</source>
        <translation>カードを読み取ってもよろしいですか？</translation>
    </message>
    <message>
        <source>Nothing else is read from your licence. Your PIN is not saved.</source>
        <translation>免許証からそれ以外は読み取りません。暗証番号は保存しません。</translation>
    </message>
    <message>
        <source>We do not read your My Number (12 digits). Your PIN is not saved.</source>
        <translation>マイナンバー（12桁の番号）は読み取りません。暗証番号は保存しません。</translation>
    </message>
    <message>
        <source>We will read: your name, address and birth date.</source>
        <translation>読み取る内容：氏名、住所、生年月日。</translation>
    </message>
    <message>
        <source>We will read: your name, address, birth date and sex.</source>
        <translation>読み取る内容：氏名、住所、生年月日、性別。</translation>
    </message>
    <message>
        <source>Why: so the city knows you are safe in this shelter and can bring help and supplies.</source>
        <translation>目的：あなたがこの避難所にいて無事であることを市が把握し、支援や物資を届けるためです。</translation>
    </message>
    <message>
        <source>Why: to find your check-in at this shelter and record the time you leave, so the city knows you are no longer here.</source>
        <translation>目的：この避難所での登録を探して退所の時刻を記録し、あなたがもうここにいないことを市が把握するためです。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A card the kiosk does not read</source>
        <translation>この端末で読めないカード</translation>
    </message>
    <message>
        <source>DEMO: for practice only. Sample cards; nothing here is a real check-in.</source>
        <translation>DEMO（デモ）： 練習用です。見本のカードです。本当の受付ではありません。</translation>
    </message>
    <message>
        <source>Demo cards</source>
        <translation>デモ用カード</translation>
    </message>
    <message>
        <source>Driver&apos;s licence — Yamada Taro</source>
        <translation>運転免許証 — 山田 太郎</translation>
    </message>
    <message>
        <source>Driver&apos;s licence, rare kanji — Takasaki Jun</source>
        <translation>外字のある運転免許証 — 髙﨑 淳</translation>
    </message>
    <message>
        <source>Face check: card 1&apos;s photo is taken from the face camera&apos;s first picture of a face. It is kept in memory only and forgotten when the demo ends.</source>
        <translation>顔の確認：カード1の写真は、顔カメラが最初に写した顔から取ります。写真はメモリ上だけに置かれ、デモの終了時に消去されます。</translation>
    </message>
    <message>
        <source>Face check: needs a face camera in the settings; without one it cannot be done.</source>
        <translation>顔の確認：設定で顔カメラを選ぶ必要があります。顔カメラがないと確認できません。</translation>
    </message>
    <message>
        <source>Locked My Number card — Tanaka Jiro</source>
        <translation>ロックされたマイナンバーカード — 田中 次郎</translation>
    </message>
    <message>
        <source>My Number card with one try left — Suzuki Ichiro</source>
        <translation>残り1回のマイナンバーカード — 鈴木 一郎</translation>
    </message>
    <message>
        <source>My Number card — Kokuto Mikiya</source>
        <translation>マイナンバーカード — 黒桐 幹也</translation>
    </message>
    <message>
        <source>My Number card, long address — Hasegawa Chiyoko</source>
        <translation>住所が長いマイナンバーカード — 長谷川 千代子</translation>
    </message>
    <message>
        <source>My Number card, one-part name — AYANA</source>
        <translation>姓と名に分かれていない名前のマイナンバーカード — ＡＹＡＮＡ</translation>
    </message>
    <message>
        <source>Take the card away</source>
        <translation>カードを取り去る</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>Please go to the reception desk. Staff will show you where to stay and where to find water, food and blankets.</source>
        <translation>受付へお進みください。過ごす場所と、水・食料・毛布の受け取り場所を職員がご案内します。</translation>
    </message>
    <message>
        <source>Please take your card. Thank you.</source>
        <translation>カードをお取りください。ありがとうございました。</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>次にすること</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>避難登録が完了しました</translation>
    </message>
    <message>
        <source>You are checked out</source>
        <translation>退所登録が完了しました</translation>
    </message>
</context>
<context>
    <name>Era</name>
    <message>
        <source>Choose the one that looks like your card.</source>
        <translation>カードと同じ方を選んでください。</translation>
    </message>
    <message>
        <source>How is the birth date written on your card?</source>
        <translation>カードの生年月日はどちらの書き方ですか？</translation>
    </message>
    <message>
        <source>Japanese era: {date}</source>
        <translation>和暦：{date}</translation>
    </message>
    <message>
        <source>Western: {date}</source>
        <translation>西暦：{date}</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Check in (arrive)</source>
        <translation>避難登録（入所）</translation>
    </message>
    <message>
        <source>Check in: please place your card on the reader</source>
        <translation>避難登録：カードを読み取り機に置いてください</translation>
    </message>
    <message>
        <source>Check out (leave)</source>
        <translation>退所登録（退所）</translation>
    </message>
    <message>
        <source>Check out: please place your card on the reader</source>
        <translation>退所登録：カードを読み取り機に置いてください</translation>
    </message>
    <message>
        <source>Evacuation shelter</source>
        <translation>避難所</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>文字を大きく</translation>
    </message>
    <message>
        <source>My Number card or driver&apos;s licence. Leave it there.</source>
        <translation>マイナンバーカードか運転免許証。置いたままにしてください。</translation>
    </message>
    <message>
        <source>No card?</source>
        <translation>カードがない方</translation>
    </message>
    <message>
        <source>No card? Register with your phone</source>
        <translation>カードがない方は スマートフォンで登録</translation>
    </message>
    <message>
        <source>Please place your card on the reader</source>
        <translation>カードを読み取り機に置いてください</translation>
    </message>
</context>
<context>
    <name>Keyboard</name>
    <message>
        <source>Space</source>
        <translation>スペース</translation>
    </message>
</context>
<context>
    <name>Keypad</name>
    <message>
        <source>Clear</source>
        <translation>全部消す</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>1文字消す</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>決定</translation>
    </message>
</context>
<context>
    <name>Lan</name>
    <message>
        <source>Back to the staff menu</source>
        <translation>職員メニューに戻る</translation>
    </message>
    <message>
        <source>New shelter code</source>
        <translation>新しい避難所コード</translation>
    </message>
    <message>
        <source>No other terminal found yet.</source>
        <translation>他の端末はまだ見つかっていません。</translation>
    </message>
    <message>
        <source>Not paired. On the first terminal choose a new shelter code; type it on the others.</source>
        <translation>ペアリングされていません。最初の端末で新しい避難所コードを選び、他の端末でそのコードを入力してください。</translation>
    </message>
    <message>
        <source>Pair with this code</source>
        <translation>このコードでペアリング</translation>
    </message>
    <message>
        <source>Pairing failed. Try again.</source>
        <translation>ペアリングできませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>Pairing...</source>
        <translation>ペアリング中…</translation>
    </message>
    <message>
        <source>Phone page certificate: {fingerprint}</source>
        <translation>スマートフォン用ページの証明書: {fingerprint}</translation>
    </message>
    <message>
        <source>Set the shelter id first.</source>
        <translation>先に避難所IDを設定してください。</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <translation>避難所LANとスマートフォン</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <comment>plain settings button</comment>
        <translation>避難所LANとスマートフォン</translation>
    </message>
    <message>
        <source>Shelter code</source>
        <translation>避難所コード</translation>
    </message>
    <message>
        <source>Switch the shelter LAN on in the settings first.</source>
        <translation>先に設定で避難所LANをオンにしてください。</translation>
    </message>
    <message>
        <source>That is not a shelter code: 12 letters and digits, as shown.</source>
        <translation>避難所コードではありません。表示された12文字の英数字を入力してください。</translation>
    </message>
    <message>
        <source>The phone registration could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>スマートフォン登録を開始できません。端末を再起動してください。再び起きる場合はIT担当者に連絡してください。</translation>
    </message>
    <message>
        <source>The phone registration could not start: its port is in use. Change it in the settings.</source>
        <translation>スマートフォン登録を開始できません。ポートが使用中です。設定で変更してください。</translation>
    </message>
    <message>
        <source>The phone registration could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>スマートフォン登録を開始できません。設定ファイルの待ち受けアドレスがこの端末のものではありません。IT担当者に修正を依頼してください。</translation>
    </message>
    <message>
        <source>The phone registration is off.</source>
        <translation>スマートフォン登録はオフです。</translation>
    </message>
    <message>
        <source>The shelter LAN could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>避難所LANを開始できません。端末を再起動してください。再び起きる場合はIT担当者に連絡してください。</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: its port is in use. Change it in the settings.</source>
        <translation>避難所LANを開始できません。ポートが使用中です。設定で変更してください。</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>避難所LANを開始できません。設定ファイルの待ち受けアドレスがこの端末のものではありません。IT担当者に修正を依頼してください。</translation>
    </message>
    <message>
        <source>The shelter LAN is off (settings: [lan] enabled).</source>
        <translation>避難所LANはオフです（設定: [lan] enabled）。</translation>
    </message>
    <message>
        <source>This terminal is paired.</source>
        <translation>この端末はペアリング済みです。</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>ペアリングを解除</translation>
    </message>
    <message>
        <source>an error on that terminal</source>
        <translation>その端末でエラー</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>接続中</translation>
    </message>
    <message>
        <source>does not answer in time</source>
        <translation>時間内に応答がありません</translation>
    </message>
    <message>
        <source>its answer was not authentic</source>
        <translation>応答が正しくありません</translation>
    </message>
    <message>
        <source>its clock differs by {seconds} seconds: set the clocks</source>
        <translation>時計が{seconds}秒ずれています。時計を合わせてください</translation>
    </message>
    <message>
        <source>not reachable on the network</source>
        <translation>ネットワークで接続できません</translation>
    </message>
    <message>
        <source>paired with another code: pair it again</source>
        <translation>別のコードでペアリングされています。もう一度ペアリングしてください</translation>
    </message>
    <message>
        <source>problem: {code}</source>
        <translation>問題: {code}</translation>
    </message>
    <message>
        <source>records waiting for it: {count}</source>
        <translation>送信待ちの記録: {count}件</translation>
    </message>
    <message>
        <source>waiting for it</source>
        <translation>接続を待っています</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>How do you want to open your card?</source>
        <translation>カードの読み取り方法を選んでください</translation>
    </message>
    <message>
        <source>With my 4-digit PIN</source>
        <translation>4桁の暗証番号で</translation>
    </message>
    <message>
        <source>Without PIN and without typing: show the front of the card to the camera</source>
        <translation>暗証番号も入力もなし：カードの表面をカメラに見せる</translation>
    </message>
    <message>
        <source>Without PIN: with my birth date, the card&apos;s expiry year and the security code printed on the card</source>
        <translation>暗証番号なしで：生年月日、カードの有効期限の年、カードに印刷されたセキュリティコードで</translation>
    </message>
</context>
<context>
    <name>MoreTime</name>
    <message>
        <source>Do you need more time?</source>
        <translation>もう少し時間が必要ですか？</translation>
    </message>
    <message numerus="yes">
        <source>If nobody touches the screen, everything is cleared in %n seconds.</source>
        <translation>
            <numerusform>画面に触れないと、%n 秒後にすべて消去されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>No, finish</source>
        <translation>いいえ、終わります</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translation>はい、もっと時間をください</translation>
    </message>
</context>
<context>
    <name>NoCard</name>
    <message>
        <source>No card? Please go to the staff desk</source>
        <translation>カードがない方は、職員の受付へお越しください</translation>
    </message>
    <message>
        <source>Staff will register you there. You do not need a card. If you cannot walk there, ask anyone nearby to call staff.</source>
        <translation>職員がそこで登録します。カードは要りません。歩いて行けない方は、近くの人に職員を呼んでもらってください。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Check in instead</source>
        <translation>代わりに避難登録する</translation>
    </message>
    <message>
        <source>Look at the camera again</source>
        <translation>もう一度カメラを見る</translation>
    </message>
    <message>
        <source>Not sure? Ask staff</source>
        <translation>わからないときは職員へ</translation>
    </message>
    <message>
        <source>Nothing was changed. Please take your card.</source>
        <translation>何も変更していません。カードをお取りください。</translation>
    </message>
    <message>
        <source>Nothing was read from your card. Please go to the staff desk.</source>
        <translation>カードからは何も読み取っていません。職員の受付へお越しください。</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Look at the camera and try again, or use your PIN, or ask staff.</source>
        <translation>登録はされておらず、カードは安全です。カメラを見てもう一度お試しいただくか、暗証番号を使うか、職員にお尋ねください。</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Please use your PIN, or ask staff.</source>
        <translation>登録はされておらず、カードは安全です。暗証番号を使うか、職員にお尋ねください。</translation>
    </message>
    <message>
        <source>Nothing was recorded. If you are not sure of the number, do not guess: choose another way below.</source>
        <translation>何も記録していません。番号に自信がないときは、推測で入力せず、下のほかの方法を選んでください。</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please go to the staff desk. Staff will help you.</source>
        <translation>登録はされていません。職員の受付へお越しください。職員がお手伝いします。</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card and go to the staff desk. Staff will register you.</source>
        <translation>登録はされていません。カードを取って職員の受付へお越しください。職員が登録します。</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card, then place it on the reader again.</source>
        <translation>登録はされていません。カードをいったん取って、もう一度読み取り機に置いてください。</translation>
    </message>
    <message>
        <source>Nothing was recorded. Staff will check your details with you.</source>
        <translation>登録はされていません。職員が一緒に内容を確認します。</translation>
    </message>
    <message>
        <source>Nothing was recorded. To start again, place your card on the reader.</source>
        <translation>登録はされていません。もう一度始めるには、カードを読み取り機に置いてください。</translation>
    </message>
    <message>
        <source>Nothing was sent to your card, and your card is safe. Please use your PIN or type the numbers printed on your card.</source>
        <translation>カードには何も送っておらず、カードは安全です。暗証番号を使うか、カードに印刷された番号を入力してください。</translation>
    </message>
    <message>
        <source>Nothing was tried and nothing was recorded: your card is safe. Staff can register you without the PIN.</source>
        <translation>暗証番号は試していません。記録もしていません。カードは大丈夫です。職員が暗証番号なしで登録できます。</translation>
    </message>
    <message>
        <source>Nothing was tried, and your card is safe. Please take your card and go to the staff desk.</source>
        <translation>暗証番号は一度も送っていないので、カードはそのまま使えます。カードを持って職員の受付へお越しください。</translation>
    </message>
    <message>
        <source>Only one try is left</source>
        <translation>残りは1回だけです</translation>
    </message>
    <message>
        <source>Please check the birth date and the expiry year printed on your card, then type them again.</source>
        <translation>カードに印刷された生年月日と有効期限の年を確かめて、もう一度入力してください。</translation>
    </message>
    <message>
        <source>Please go to the staff desk</source>
        <translation>職員の受付へお越しください</translation>
    </message>
    <message>
        <source>Please show your own face, not a photo</source>
        <translation>写真ではなく、ご本人のお顔を見せてください</translation>
    </message>
    <message>
        <source>Please tell the staff. Staff will register you.</source>
        <translation>職員にお知らせください。職員が登録します。</translation>
    </message>
    <message>
        <source>Please use a My Number card or a driver&apos;s licence. If you have neither, the staff desk will register you.</source>
        <translation>マイナンバーカードか運転免許証をお使いください。どちらもない方は、職員の受付で登録します。</translation>
    </message>
    <message>
        <source>Staff are at the desk near the entrance.</source>
        <translation>職員は入口近くの受付にいます。</translation>
    </message>
    <message>
        <source>The camera could not see your face</source>
        <translation>カメラにお顔が映りませんでした</translation>
    </message>
    <message>
        <source>The camera is not working</source>
        <translation>カメラが使えません</translation>
    </message>
    <message>
        <source>The camera saw a photo or a card instead of a face. Nothing was recorded. Please use your PIN, or ask staff.</source>
        <translation>お顔ではなく写真やカードが映りました。登録はされていません。暗証番号を使うか、職員にお尋ねください。</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>カードを読み取れませんでした</translation>
    </message>
    <message>
        <source>The card did not answer</source>
        <translation>カードから応答がありませんでした</translation>
    </message>
    <message>
        <source>The card reader is not working</source>
        <translation>カード読み取り機が使えません</translation>
    </message>
    <message>
        <source>The card was taken away</source>
        <translation>カードが取られました</translation>
    </message>
    <message>
        <source>The face check cannot be done now</source>
        <translation>今は顔の照合ができません</translation>
    </message>
    <message>
        <source>The number was not correct</source>
        <translation>番号が違います</translation>
    </message>
    <message>
        <source>There is nothing to check out. To check in, press Check in and place your card.</source>
        <translation>退所する登録はありません。避難登録するには「避難登録」を押してカードを置いてください。</translation>
    </message>
    <message>
        <source>This card cannot be checked here</source>
        <translation>この端末ではカードを確認できません</translation>
    </message>
    <message>
        <source>This card cannot be read here</source>
        <translation>このカードはここでは読み取れません</translation>
    </message>
    <message>
        <source>This card is locked</source>
        <translation>このカードはロックされています</translation>
    </message>
    <message>
        <source>This date does not exist</source>
        <translation>その日付はありません</translation>
    </message>
    <message>
        <source>This kiosk is not ready yet</source>
        <translation>この端末はまだ準備ができていません</translation>
    </message>
    <message>
        <source>This kiosk takes no registrations now. Please go to the staff desk.</source>
        <translation>現在、この端末では登録を受け付けていません。職員の受付へお越しください。</translation>
    </message>
    <message>
        <source>This shelter is closed</source>
        <translation>この避難所は閉所しています</translation>
    </message>
    <message>
        <source>To protect your card from locking, this kiosk will not try again. Please take your card and go to the staff desk.</source>
        <translation>カードがロックされないよう、この端末ではこれ以上試しません。カードを取って職員の受付へお越しください。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう一度入力する</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>暗証番号を使う</translation>
    </message>
    <message>
        <source>Use the camera instead</source>
        <translation>カメラを使う</translation>
    </message>
    <message>
        <source>Use the numbers printed on the card instead</source>
        <translation>代わりにカードに印刷された番号を使う</translation>
    </message>
    <message>
        <source>You are not checked in at this shelter</source>
        <translation>この避難所には登録されていません</translation>
    </message>
    <message>
        <source>You are still registered here</source>
        <translation>引き続きこの避難所に登録されています</translation>
    </message>
    <message>
        <source>Your face did not match the photo on the card</source>
        <translation>お顔がカードの写真と一致しませんでした</translation>
    </message>
    <message>
        <source>Your registration could not be saved</source>
        <translation>登録を保存できませんでした</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <source>Error code for staff: {code}</source>
        <translation>係員向けエラーコード： {code}</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>ただいま使えません</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please see the staff.</source>
        <translation>申し訳ありません。問題が起きました。職員にお声がけください。</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message numerus="yes">
        <source>%n tries left</source>
        <translation>
            <numerusform>残り %n 回</numerusform>
        </translation>
    </message>
    <message>
        <source>Careful: if the next PIN is wrong, the kiosk stops and you must see staff. If you are not sure, press Cancel and ask staff.</source>
        <translation>ご注意：次に間違えると、この端末では続けられず職員の対応が必要です。自信がなければ「やめる」を押して職員にお尋ねください。</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the camera</source>
        <translation>暗証番号を忘れた方：カメラを使う</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the numbers printed on the card</source>
        <translation>暗証番号を忘れた方：カードに印刷された番号を使う</translation>
    </message>
    <message>
        <source>I do not know my PIN</source>
        <translation>暗証番号がわからない</translation>
    </message>
    <message>
        <source>PIN 1 is the 4-digit number chosen when the licence was made. If you never chose one or do not remember it, do not guess: staff will register you.</source>
        <translation>暗証番号1は、免許証を作ったときに決めた4桁の数字です。決めていない、または覚えていないときは、推測で入力しないでください。職員が登録します。</translation>
    </message>
    <message>
        <source>The PIN you chose for this card. It is not shown and not spoken.</source>
        <translation>このカードのために決めた暗証番号です。画面に表示せず、読み上げもしません。</translation>
    </message>
    <message>
        <source>Type PIN 1 of your driver&apos;s licence (4 digits)</source>
        <translation>運転免許証の暗証番号1（4桁）を入力してください</translation>
    </message>
    <message>
        <source>Type your 4-digit PIN</source>
        <translation>4桁の暗証番号を入力してください</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Check in. Please place your card on the reader.</source>
        <translation>避難登録です。カードを読み取り機に置いてください。</translation>
    </message>
    <message>
        <source>Check out. Please place your card on the reader.</source>
        <translation>退所登録です。カードを読み取り機に置いてください。</translation>
    </message>
    <message>
        <source>Do you need more time? Please touch the screen.</source>
        <translation>もう少し時間が必要ですか？画面に触れてください。</translation>
    </message>
    <message>
        <source>Done. Please take your card.</source>
        <translation>完了しました。カードをお取りください。</translation>
    </message>
    <message>
        <source>If you have no card, please go to the staff desk.</source>
        <translation>カードがない方は、職員の受付へお越しください。</translation>
    </message>
    <message>
        <source>Please check your details on the screen, then press Correct.</source>
        <translation>画面の内容を確かめて、「正しい」を押してください。</translation>
    </message>
    <message>
        <source>Please choose how to open your card.</source>
        <translation>カードの読み取り方法を選んでください。</translation>
    </message>
    <message>
        <source>Please choose how your birth date is shown.</source>
        <translation>生年月日の表示方法を選んでください。</translation>
    </message>
    <message>
        <source>Please look at the camera. Your face is compared with the photo on your card. No picture is kept.</source>
        <translation>カメラを見てください。お顔をカードの写真と照合します。画像は保存されません。</translation>
    </message>
    <message>
        <source>Please place your card on the reader.</source>
        <translation>カードを読み取り機に置いてください。</translation>
    </message>
    <message>
        <source>Please read on the screen what we read from your card, then press Agree.</source>
        <translation>カードから読み取る内容を画面で確認し、「同意する」を押してください。</translation>
    </message>
    <message>
        <source>Please read the message on the screen.</source>
        <translation>画面のお知らせをお読みください。</translation>
    </message>
    <message>
        <source>Please show the front of your card to the camera and keep it still.</source>
        <translation>カードの表面をカメラに見せて、動かさないでください。</translation>
    </message>
    <message>
        <source>Please type your birth date, the card&apos;s expiry year and the four digit security code under the photo.</source>
        <translation>生年月日、カードの有効期限の年、写真の下にある4桁のセキュリティコードを入力してください。</translation>
    </message>
    <message>
        <source>Please type your four digit PIN. It is not shown and not spoken.</source>
        <translation>4桁の暗証番号を入力してください。画面には表示されず、読み上げもしません。</translation>
    </message>
    <message>
        <source>Reading your card. Please do not remove it.</source>
        <translation>カードを読み取っています。カードを取らないでください。</translation>
    </message>
    <message>
        <source>Saving. Please wait.</source>
        <translation>保存しています。お待ちください。</translation>
    </message>
    <message>
        <source>This kiosk is out of service. Please see the staff.</source>
        <translation>この端末はただいま使えません。職員にお声がけください。</translation>
    </message>
    <message>
        <source>You are checked in here. Are you leaving the shelter?</source>
        <translation>この避難所に登録されています。避難所を出ますか？</translation>
    </message>
    <message>
        <source>You are checked in. Please take your card.</source>
        <translation>避難登録が完了しました。カードをお取りください。</translation>
    </message>
    <message>
        <source>You are checked out. Please take your card.</source>
        <translation>退所登録が完了しました。カードをお取りください。</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Records on hold (tell IT):</source>
        <translation>保留中の記録（IT担当者に連絡）：</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ほか{count}件</translation>
    </message>
    <message>
        <source>it holds a value this kiosk version does not know (a newer version?)</source>
        <translation>この端末のバージョンが知らない値があります（新しいバージョンの記録？）</translation>
    </message>
    <message>
        <source>its details do not match their seal (changed or damaged)</source>
        <translation>内容が封印と一致しません（変更されたか、破損）</translation>
    </message>
    <message>
        <source>its personal data cannot be opened on this kiosk (another key, or damaged)</source>
        <translation>個人情報をこの端末で開けません（別の鍵か、破損）</translation>
    </message>
    <message>
        <source>record {record}: {reason}</source>
        <translation>記録 {record}： {reason}</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>サーバーが受け取りを拒否しました</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Please do not remove your card.</source>
        <translation>カードを取らないでください。</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>少々お待ちください。</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>カードを読み取っています…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>保存しています…</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message numerus="yes">
        <source>%n people registered.</source>
        <translation>
            <numerusform>%n人を登録しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>%n件の記録を読み込めませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add another member</source>
        <translation>世帯員を追加</translation>
    </message>
    <message>
        <source>Already checked out: nothing was recorded.</source>
        <translation>すでに退所しています。記録していません。</translation>
    </message>
    <message>
        <source>Already entered: {names}</source>
        <translation>入力済み: {names}</translation>
    </message>
    <message>
        <source>At most {n} people are registered together: register this household, then the others as another one.</source>
        <translation>一度に登録できるのは{n}人までです。この世帯を登録してから、残りの人を別の世帯として登録してください。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>職員メニューに戻る</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>退所を登録</translation>
    </message>
    <message>
        <source>Check someone out by hand</source>
        <translation>職員による退所登録（強制退所）</translation>
    </message>
    <message>
        <source>Check this person out?
{person}</source>
        <translation>この人の退所を登録しますか？
{person}</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>退所を登録しました。</translation>
    </message>
    <message>
        <source>Correct a record</source>
        <translation>記録を訂正</translation>
    </message>
    <message>
        <source>Correct the record</source>
        <translation>記録の訂正</translation>
    </message>
    <message>
        <source>Member {n} of the household</source>
        <translation>世帯の{n}人目</translation>
    </message>
    <message>
        <source>More were found: type more of the name.</source>
        <translation>ほかにも見つかりました。名前をもっと入力してください。</translation>
    </message>
    <message>
        <source>Name or reading</source>
        <translation>氏名またはよみがな</translation>
    </message>
    <message>
        <source>No open check-in found.</source>
        <translation>入所中の記録は見つかりません。</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>未回答</translation>
    </message>
    <message>
        <source>Nothing was saved: the record database refused it. Please try again or see IT.</source>
        <translation>保存されませんでした。記録データベースが受け付けませんでした。もう一度試すか、IT担当に連絡してください。</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>カードのない人</translation>
    </message>
    <message>
        <source>Please check the marked fields: nothing was saved.</source>
        <translation>印のついた項目を確認してください。保存されていません。</translation>
    </message>
    <message>
        <source>Reading the records...</source>
        <translation>記録を読み込んでいます…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録する</translation>
    </message>
    <message>
        <source>Register people without a card</source>
        <translation>カードのない人を代理登録</translation>
    </message>
    <message>
        <source>Same address as the first member</source>
        <translation>1人目と同じ住所</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>訂正を保存</translation>
    </message>
    <message>
        <source>Set the shelter id first: nothing can be recorded yet.</source>
        <translation>先に避難所IDを設定してください。まだ記録できません。</translation>
    </message>
    <message>
        <source>The correction was saved.</source>
        <translation>訂正を保存しました。</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>記録データベースが使えません。</translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation>記録を読み込めませんでした。</translation>
    </message>
    <message>
        <source>The shelter settings changed: nothing was recorded. Please start again.</source>
        <translation>避難所の設定が変わりました。記録していません。最初からやり直してください。</translation>
    </message>
    <message>
        <source>Western calendar</source>
        <translation>西暦</translation>
    </message>
    <message>
        <source>Who is checking out?</source>
        <translation>退所する人を探す</translation>
    </message>
    <message>
        <source>Whose record is wrong?</source>
        <translation>訂正する記録を探す</translation>
    </message>
    <message>
        <source>{name}, checked in {time}</source>
        <translation>{name}　入所 {time}</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message numerus="yes">
        <source>%n training records deleted.</source>
        <translation>
            <numerusform>訓練記録 %n件を消去しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training records wait for the server: delete again once they are sent.</source>
        <translation>
            <numerusform>訓練記録 %n件がサーバーへの送信待ちです。送信後にもう一度消去してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>90 and over</source>
        <translation>90歳以上</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>年齢不明</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>職員メニューに戻る</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>年代別</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>収容人数（人）</translation>
    </message>
    <message>
        <source>Capacity saved.</source>
        <translation>収容人数を保存しました。</translation>
    </message>
    <message>
        <source>Capacity {capacity}: {rate}% full</source>
        <translation>収容人数 {capacity}人: 収容率 {rate}%</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>入所</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>退所</translation>
    </message>
    <message>
        <source>Checked out: {count}</source>
        <translation>退所者: {count}人</translation>
    </message>
    <message>
        <source>Delete the personal data of every training record on this terminal, the copies from the other terminals included?</source>
        <translation>この端末にあるすべての訓練記録の個人情報を消去しますか？他の端末から届いた記録も含みます。</translation>
    </message>
    <message>
        <source>Delete the training records</source>
        <translation>訓練記録を消去</translation>
    </message>
    <message>
        <source>End training mode</source>
        <translation>訓練モードを終了</translation>
    </message>
    <message>
        <source>End training mode? Records made from now on are real.</source>
        <translation>訓練モードを終了しますか？これからの記録は本番の記録になります。</translation>
    </message>
    <message>
        <source>Export the roster to the USB stick</source>
        <translation>名簿をUSBメモリに書き出す</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>USBメモリのフォルダー</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>世帯</translation>
    </message>
    <message>
        <source>Households inside: {count}</source>
        <translation>在所世帯数: {count}</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>けが</translation>
    </message>
    <message>
        <source>Inside now: {count}</source>
        <translation>現在の在所者: {count}人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>氏名</translation>
    </message>
    <message>
        <source>Needs assistance</source>
        <translation>介助が必要</translation>
    </message>
    <message>
        <source>Needs medical care</source>
        <translation>医療が必要</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>No capacity set: type it below.</source>
        <translation>収容人数が未設定です。下に入力してください。</translation>
    </message>
    <message>
        <source>Not saved: the USB stick is full.</source>
        <translation>保存できませんでした: USBメモリがいっぱいです。</translation>
    </message>
    <message>
        <source>Not saved: the folder cannot be written. Is the USB stick in?</source>
        <translation>保存できませんでした: フォルダーに書き込めません。USBメモリは差してありますか？</translation>
    </message>
    <message>
        <source>Only people inside now</source>
        <translation>現在在所中の人のみ</translation>
    </message>
    <message>
        <source>Passphrase (12 or more characters)</source>
        <translation>パスフレーズ（12文字以上）</translation>
    </message>
    <message>
        <source>Personal data deleted: {count}</source>
        <translation>個人情報消去済み: {count}件</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>妊娠中</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>読み</translation>
    </message>
    <message>
        <source>Records not readable here: {count}</source>
        <translation>この端末で読めない記録: {count}件</translation>
    </message>
    <message>
        <source>Roster and counts</source>
        <translation>避難者名簿と人数</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, NOT encrypted.</source>
        <translation>{file} を保存しました: {count}人、暗号化なし。</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, encrypted.</source>
        <translation>{file} を保存しました: {count}人、暗号化済み。</translation>
    </message>
    <message>
        <source>Search by name or reading</source>
        <translation>氏名または読みで検索</translation>
    </message>
    <message>
        <source>Set the capacity</source>
        <translation>収容人数を設定</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>要配慮事項</translation>
    </message>
    <message>
        <source>Start training mode</source>
        <translation>訓練モードを開始</translation>
    </message>
    <message>
        <source>Start training mode? Every record made from now on is a training record, kept apart from the real ones.</source>
        <translation>訓練モードを開始しますか？これからの記録はすべて訓練の記録になり、本番の記録とは分けて扱われます。</translation>
    </message>
    <message>
        <source>The capacity is a number up to 100000.</source>
        <translation>収容人数は100000までの数字で入力してください。</translation>
    </message>
    <message>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>パスフレーズは12文字以上にしてください。</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>記録データベースを利用できません。</translation>
    </message>
    <message>
        <source>The records could not be read: {code}</source>
        <translation>記録を読み込めませんでした: {code}</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>同じパスフレーズをもう一度</translation>
    </message>
    <message>
        <source>The training records could not be deleted: {code}</source>
        <translation>訓練記録を消去できませんでした: {code}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Training mode: only training records are shown and counted.</source>
        <translation>訓練モード: 訓練の記録だけを表示・集計しています。</translation>
    </message>
    <message>
        <source>Type the folder of the USB stick.</source>
        <translation>USBメモリのフォルダーを入力してください。</translation>
    </message>
    <message>
        <source>With a pet</source>
        <translation>ペット同伴</translation>
    </message>
    <message>
        <source>Without encryption (plain CSV)</source>
        <translation>暗号化しない（平文CSV）</translation>
    </message>
    <message>
        <source>Write the roster WITHOUT encryption? Anyone who finds the USB stick can read every name and address.</source>
        <translation>暗号化せずに名簿を書き出しますか？USBメモリを拾った人が全員の氏名と住所を読めます。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>ended by a later check-in</source>
        <translation>再入所により終了</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>在所中</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>API token</source>
        <translation>APIトークン</translation>
    </message>
    <message>
        <source>Address in the QR code (empty: found by itself)</source>
        <translation>QRコードのアドレス（空欄：自動）</translation>
    </message>
    <message>
        <source>After a check-in, tell people (empty: the standard text)</source>
        <translation>避難登録のあとに伝えること（空欄：標準の文）</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>アプリ設定</translation>
    </message>
    <message>
        <source>Ask for 和暦 / 西暦 birth date display</source>
        <translation>生年月日の和暦/西暦を選ぶ画面を表示</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Card camera (device number)</source>
        <translation>カード用カメラ（機器番号）</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>最初の言語</translation>
    </message>
    <message>
        <source>Face camera (device number)</source>
        <translation>顔用カメラ（機器番号）</translation>
    </message>
    <message>
        <source>Language and voice</source>
        <translation>言語と音声</translation>
    </message>
    <message>
        <source>Management API URL</source>
        <translation>管理APIのURL</translation>
    </message>
    <message>
        <source>Management server</source>
        <translation>管理サーバー</translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation>保存できません：設定ファイルに書き込めませんでした。</translation>
    </message>
    <message>
        <source>Not saved: type the API token for the new API URL.</source>
        <translation>保存していません： 新しいAPIのURL用のAPIトークンを入力してください。</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>保存できません：{problem}</translation>
    </message>
    <message>
        <source>Off: PIN or typed numbers</source>
        <translation>使わない：暗証番号か番号入力</translation>
    </message>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Other terminals&apos; addresses (host:port, separated by commas)</source>
        <translation>ほかの端末のアドレス（ホスト:ポート、カンマ区切り）</translation>
    </message>
    <message>
        <source>PIN, then match the face</source>
        <translation>暗証番号のあと顔照合</translation>
    </message>
    <message>
        <source>Phone page port</source>
        <translation>スマートフォン用ページのポート</translation>
    </message>
    <message>
        <source>Phone registration</source>
        <translation>スマートフォンでの登録</translation>
    </message>
    <message>
        <source>Read the card face</source>
        <translation>券面を読み取る</translation>
    </message>
    <message>
        <source>Read the card face and match the face</source>
        <translation>券面を読み取り顔照合もする</translation>
    </message>
    <message>
        <source>Same camera</source>
        <translation>同じカメラ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Saved. Type a new one to replace it.</source>
        <translation>保存済み。変えるときだけ新しいものを入力</translation>
    </message>
    <message>
        <source>Seconds the result stays on screen</source>
        <translation>結果画面を表示する秒数</translation>
    </message>
    <message>
        <source>Seconds without a touch before asking for more time</source>
        <translation>「もう少し時間が必要ですか？」と聞くまでの秒数</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>設定を保存しました。</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>避難所</translation>
    </message>
    <message>
        <source>Shelter ID</source>
        <translation>避難所ID</translation>
    </message>
    <message>
        <source>Shelter LAN</source>
        <translation>避難所LAN</translation>
    </message>
    <message>
        <source>Shelter LAN port</source>
        <translation>避難所LANのポート</translation>
    </message>
    <message>
        <source>Shelter name</source>
        <translation>避難所名</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation>音声案内</translation>
    </message>
    <message>
        <source>Where the staff desk is (empty: the standard text)</source>
        <translation>職員の受付の場所（空欄：標準の文）</translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>I am injured</source>
        <translation>けがをしている</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>妊娠している</translation>
    </message>
    <message>
        <source>I came with a pet</source>
        <translation>ペットと一緒に来た</translation>
    </message>
    <message>
        <source>I need help to move or live here</source>
        <translation>移動や生活に手助けが必要</translation>
    </message>
    <message>
        <source>I need medical care</source>
        <translation>医療が必要</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>All records are sent. You can quit the kiosk.</source>
        <translation>すべての記録を送信しました。キオスクを終了できます。</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>アプリ設定</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>受付画面に戻る</translation>
    </message>
    <message>
        <source>Camera: unplugged or not found. People use the PIN or type the numbers until it is back.</source>
        <translation>カメラ：外れているか見つかりません。戻るまでは暗証番号か番号入力で受け付けます。</translation>
    </message>
    <message>
        <source>Camera: working</source>
        <translation>カメラ：正常</translation>
    </message>
    <message>
        <source>Connection: OFFLINE</source>
        <translation>接続：オフライン</translation>
    </message>
    <message>
        <source>Connection: no management API configured</source>
        <translation>接続：管理APIが設定されていません</translation>
    </message>
    <message>
        <source>Connection: online</source>
        <translation>接続：オンライン</translation>
    </message>
    <message>
        <source>Connection: the server refused the API token. Check the settings.</source>
        <translation>接続： サーバーがAPIトークンを拒否しました。設定を確認してください。</translation>
    </message>
    <message>
        <source>Connection: the server refused the records (see its error).</source>
        <translation>接続： サーバーが記録を拒否しました （エラーを確認）。</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>アカウント作成</translation>
    </message>
    <message>
        <source>Create the first staff account</source>
        <translation>最初の職員アカウントを作成</translation>
    </message>
    <message>
        <source>Delete personal data now</source>
        <translation>個人情報を今すぐ消去</translation>
    </message>
    <message>
        <source>Delete personal data now?</source>
        <translation>個人情報を今すぐ消去しますか？</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>最終送信：{time}</translation>
    </message>
    <message>
        <source>Lines that could not be read: {lines}</source>
        <translation>読み取れなかった行： {lines}</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Log in to open the shelter. The management system is told it opened.</source>
        <translation>ログインして避難所を開所します。管理システムに開所が通知されます。</translation>
    </message>
    <message>
        <source>Log out (quit the app)</source>
        <translation>ログアウト（アプリ終了）</translation>
    </message>
    <message>
        <source>Names, addresses and messages are erased from this kiosk for good. It works only after the close notice, once the server has every record.</source>
        <translation>氏名・住所・メッセージがこの端末から完全に消去されます。閉所通知の後、サーバーがすべての記録を受け取ってからのみ実行できます。</translation>
    </message>
    <message>
        <source>No personal data left to delete.</source>
        <translation>消去する個人情報はありません。</translation>
    </message>
    <message>
        <source>No set-up code was issued. IT: python -m kiosk.staff setup-code</source>
        <translation>セットアップコードが発行されていません。IT担当： python -m kiosk.staff setup-code</translation>
    </message>
    <message>
        <source>No staff account exists on this kiosk yet. Choose a user ID and a password of at least 10 characters.</source>
        <translation>この端末には職員アカウントがまだありません。ユーザーIDと10文字以上のパスワードを決めてください。</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>いいえ、戻る</translation>
    </message>
    <message>
        <source>Nobody can check in or out until the kiosk is started again. Records that still wait stay safely on this kiosk.</source>
        <translation>端末を再び起動するまで、入所・退所の受付はできません。未送信の記録はこの端末に安全に保管されます。</translation>
    </message>
    <message numerus="yes">
        <source>Not deleted: %n records are not yet received by the server. Press Send now and try again when they are sent.</source>
        <translation>
            <numerusform>消去していません： サーバーがまだ受け取っていない記録が%n件あります。「今すぐ送信」を押し、送信が終わってからもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: send the shelter close notice first.</source>
        <translation>消去していません： 先に閉所通知を送ってください。</translation>
    </message>
    <message>
        <source>Not deleted: the waiting time after the close has not passed yet.</source>
        <translation>消去していません： 閉所後の待ち時間がまだ過ぎていません。</translation>
    </message>
    <message>
        <source>Not everything could be sent yet. The records stay on this kiosk.</source>
        <translation>まだすべては送信できていません。記録はこの端末に残ります。</translation>
    </message>
    <message>
        <source>Only shelter staff may open this menu.</source>
        <translation>このメニューは避難所の職員専用です。</translation>
    </message>
    <message>
        <source>Only shelter staff may quit the kiosk.</source>
        <translation>キオスクを終了できるのは避難所の職員だけです。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>パスワード（確認）</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>カードのない人</translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records.</source>
        <translation>
            <numerusform>%n件の記録から個人情報を消去しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records. The database file is rewritten in a moment to remove old copies; the kiosk does this by itself.</source>
        <translation>
            <numerusform>%n件の記録から個人情報を消去しました。古い写しを消すため、データベースのファイルはまもなく書き直されます（端末が自動で行います）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a harder password: no common words, repeats, runs or the user ID.</source>
        <translation>もっと推測されにくいパスワードにしてください。よくある単語、くり返し、連続した文字、ユーザーIDは使えません。</translation>
    </message>
    <message>
        <source>Please enter a user ID.</source>
        <translation>ユーザーIDを入力してください。</translation>
    </message>
    <message>
        <source>Quarantined records queued again: {count}</source>
        <translation>保留中の記録を送信待ちに戻しました： {count}件</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>端末を終了する</translation>
    </message>
    <message>
        <source>Quit the kiosk?</source>
        <translation>端末を終了しますか？</translation>
    </message>
    <message>
        <source>Reader: {state}</source>
        <translation>読み取り機：{state}</translation>
    </message>
    <message>
        <source>Records still waiting to be sent: {count}</source>
        <translation>まだ送信されていない記録：{count} 件</translation>
    </message>
    <message>
        <source>Records that still wait are kept safely on this kiosk and are sent the next time it starts with a connection.</source>
        <translation>未送信の記録はこの端末に安全に保管され、次にネットワークにつながった状態で起動したときに送信されます。</translation>
    </message>
    <message>
        <source>Records waiting: {waiting}, quarantined: {quarantined}</source>
        <translation>未送信：{waiting} 件、保留（要確認）：{quarantined} 件</translation>
    </message>
    <message>
        <source>Retry records on hold</source>
        <translation>保留中の記録を再送</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>今すぐ送信</translation>
    </message>
    <message>
        <source>Send now and wait</source>
        <translation>今すぐ送信して待つ</translation>
    </message>
    <message>
        <source>Send shelter close notice and quit</source>
        <translation>閉所通知を送って終了</translation>
    </message>
    <message>
        <source>Send shelter open notice</source>
        <translation>開所通知を送る</translation>
    </message>
    <message>
        <source>Send the shelter close notice?</source>
        <translation>閉所通知を送信しますか？</translation>
    </message>
    <message>
        <source>Sending now.</source>
        <translation>送信しています。</translation>
    </message>
    <message>
        <source>Sending… Please wait. Records still waiting: {count}</source>
        <translation>送信しています。お待ちください。未送信の記録：{count}件</translation>
    </message>
    <message>
        <source>Set-up code from IT</source>
        <translation>ITからのセットアップコード</translation>
    </message>
    <message>
        <source>Shelter close notice queued</source>
        <translation>閉所通知を送信待ちに入れました</translation>
    </message>
    <message>
        <source>Shelter open notice queued.</source>
        <translation>開所通知を送信待ちに入れました。</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>職員ログイン</translation>
    </message>
    <message>
        <source>Staff login to quit the kiosk</source>
        <translation>キオスクを終了するには職員がログインしてください</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>職員メニュー</translation>
    </message>
    <message>
        <source>Staff menu: enter your password</source>
        <translation>職員メニュー：パスワードを入力</translation>
    </message>
    <message>
        <source>Staff must open it again: log in to open the shelter. The management system is told it opened.</source>
        <translation>職員が開所し直してください。ログインすると避難所を開所し、管理システムに開所が通知されます。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>うまくいきませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>アカウントを作成できませんでした。</translation>
    </message>
    <message>
        <source>The management system is told that this shelter is closed. Then the kiosk shows how many records still wait, and staff can quit it.</source>
        <translation>管理システムに、この避難所を閉じたことが伝わります。その後、未送信の記録の件数が表示され、職員が端末を終了できます。</translation>
    </message>
    <message>
        <source>The notice could not be saved. Please try again.</source>
        <translation>通知を保存できませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The notice was not recorded: the kiosk cannot record yet.</source>
        <translation>通知は記録されませんでした。この端末はまだ記録できません。</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>パスワードは10文字以上にしてください。</translation>
    </message>
    <message>
        <source>The set-up code is not correct.</source>
        <translation>セットアップコードが正しくありません。</translation>
    </message>
    <message>
        <source>The settings file was damaged. It was set aside as {path}; the values that could be read were kept.</source>
        <translation>設定ファイルが壊れていました。{path} として別に保存し、読み取れた値は引き継ぎました。</translation>
    </message>
    <message>
        <source>The shelter is closed</source>
        <translation>避難所は閉所しています</translation>
    </message>
    <message>
        <source>The shelter is closed: evacuees cannot check in. Send the shelter open notice to open it again, or log out.</source>
        <translation>避難所は閉所しています。避難者は受付できません。再び開所するには開所通知を送ってください。またはログアウトしてください。</translation>
    </message>
    <message>
        <source>The shelter is open already: no notice was sent.</source>
        <translation>避難所はすでに開所しています。通知は送っていません。</translation>
    </message>
    <message>
        <source>The shelter is open. Log in to start the kiosk: no notice is sent.</source>
        <translation>避難所は開所しています。ログインすると端末を再開します（通知は送りません）。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>2つのパスワードが一致しません。</translation>
    </message>
    <message>
        <source>These settings were not usable and are back at their defaults: {keys}</source>
        <translation>次の設定は使えない値だったため、初期値に戻しました： {keys}</translation>
    </message>
    <message>
        <source>This kiosk cannot record anything until the shelter ID is set. Open App settings and enter it.</source>
        <translation>避難所IDが設定されるまで、この端末は何も記録できません。「アプリ設定」を開いて入力してください。</translation>
    </message>
    <message>
        <source>This terminal has lost its ID (damaged settings). It cannot record anything until IT restores the terminal_id file.</source>
        <translation>この端末は端末IDを失いました（設定の破損）。IT担当者がterminal_idファイルを復元するまで、何も記録できません。</translation>
    </message>
    <message>
        <source>Too many wrong tries. Please wait and try again later.</source>
        <translation>間違いが多すぎます。しばらく待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ユーザーID</translation>
    </message>
    <message>
        <source>User ID or password is not correct.</source>
        <translation>ユーザーIDまたはパスワードが違います。</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>はい、消去する</translation>
    </message>
    <message>
        <source>Yes, quit</source>
        <translation>はい、終了する</translation>
    </message>
    <message>
        <source>Yes, send the close notice</source>
        <translation>はい、閉所通知を送る</translation>
    </message>
    <message>
        <source>connected, card on the reader</source>
        <translation>接続中、カードあり</translation>
    </message>
    <message>
        <source>connected, no card</source>
        <translation>接続中、カードなし</translation>
    </message>
    <message>
        <source>no reader connected</source>
        <translation>接続されていません</translation>
    </message>
</context>
<context>
    <name>StaffLog</name>
    <message>
        <source>A card could not be read ({code}).</source>
        <translation>カードを読み取れませんでした（{code}）。</translation>
    </message>
    <message>
        <source>A staff account was created.</source>
        <translation>職員アカウントが作成されました。</translation>
    </message>
    <message>
        <source>A staff login was refused ({code}).</source>
        <translation>職員のログインが拒否されました（{code}）。</translation>
    </message>
    <message>
        <source>A staff member logged in.</source>
        <translation>職員がログインしました。</translation>
    </message>
    <message>
        <source>A staff member logged out.</source>
        <translation>職員がログアウトしました。</translation>
    </message>
    <message>
        <source>A staff screen was left untouched: back to the kiosk.</source>
        <translation>職員画面が操作されないままだったので、受付画面に戻りました。</translation>
    </message>
    <message>
        <source>Demo: a sample card was placed.</source>
        <translation>デモ：見本のカードを置きました。</translation>
    </message>
    <message>
        <source>Demo: the practice data has its own folder.</source>
        <translation>デモ：練習用のデータは専用のフォルダーにあります。</translation>
    </message>
    <message>
        <source>Demo: the practice management server runs at {url}.</source>
        <translation>デモ：練習用の管理サーバーは {url} で動いています。</translation>
    </message>
    <message>
        <source>Demo: the sample card was taken away.</source>
        <translation>デモ：見本のカードを取りました。</translation>
    </message>
    <message>
        <source>Sending failed ({code}). The kiosk tries again by itself.</source>
        <translation>送信できませんでした（{code}）。端末が自動でやり直します。</translation>
    </message>
    <message>
        <source>Sending stopped ({code}). See the status.</source>
        <translation>送信が止まりました（{code}）。状態を確認してください。</translation>
    </message>
    <message>
        <source>Technical message for IT ({code})</source>
        <translation>システム担当者向けの技術的なメッセージ（{code}）</translation>
    </message>
    <message>
        <source>The card reader is missing.</source>
        <translation>カードリーダーが見つかりません。</translation>
    </message>
    <message>
        <source>The close notice waits until the earlier records are sent.</source>
        <translation>閉所通知は、先の記録が送信されるまで待っています。</translation>
    </message>
    <message>
        <source>The management server can be reached again.</source>
        <translation>管理サーバーに再び接続できました。</translation>
    </message>
    <message>
        <source>The record database needs attention ({code}). See the status.</source>
        <translation>記録データベースに対応が必要です（{code}）。状態を確認してください。</translation>
    </message>
    <message>
        <source>The screen language was changed.</source>
        <translation>画面の言語が切り替わりました。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Registrations are kept safely on this kiosk</source>
        <translation>登録はこの端末に安全に保存されています</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source>%n records could not be read (ids: {ids}).</source>
        <translation>
            <numerusform>%n件の記録は読めませんでした（ID： {ids}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>%n件の記録は読めませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were put on hold: they failed their check.</source>
        <translation>
            <numerusform>%n件の記録は確認に通らなかったため保留にしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>How many records could not be read is not known.</source>
        <translation>読めなかった記録の件数は分かりません。</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>確認しました</translation>
    </message>
    <message>
        <source>The damaged file was kept as {name} for IT. Do not delete it.</source>
        <translation>壊れたファイルはIT担当者のために {name} として残してあります。削除しないでください。</translation>
    </message>
    <message>
        <source>The record database is damaged and could not be repaired. This kiosk cannot record anything: people are told to see staff. Register people by hand and call IT. IT: stop the kiosk, then run python -m kiosk.outbox recover. Do not delete any files.</source>
        <translation>記録データベースが壊れていて、修復できませんでした。この端末では何も記録できません（利用者には係員に声をかけるよう表示されます）。受付は手書きで行い、IT担当者に連絡してください。IT担当者： 端末を終了してから python -m kiosk.outbox recover を実行してください。ファイルは削除しないでください。</translation>
    </message>
    <message numerus="yes">
        <source>The record database was damaged. %n records were saved into a new database; those not yet sent will be sent.</source>
        <translation>
            <numerusform>記録データベースが壊れていました。%n件の記録を新しいデータベースに移しました。まだ送信していない記録はこれから送信されます。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message numerus="yes">
        <source>%n records were left &apos;in flight&apos; by a sender that stopped; they will be sent again within 10 minutes or after a restart.</source>
        <translation>
            <numerusform>止まった送信処理が%n件の記録を「送信中」のまま残しました。10分以内、または再起動の後に再送されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>A record is on hold: the server already has a different record with the same ID. Tell IT. The record stays on this kiosk.</source>
        <translation>記録が1件保留になりました。サーバーに同じIDの別の記録があります。IT担当者に連絡してください。記録はこの端末に残っています。</translation>
    </message>
    <message>
        <source>A record is on hold: the server refused it. Tell IT. The record stays on this kiosk.</source>
        <translation>記録が1件保留になりました。サーバーが受け付けませんでした。IT担当者に連絡してください。記録はこの端末に残っています。</translation>
    </message>
    <message>
        <source>For IT: {details}</source>
        <translation>IT担当者向け： {details}</translation>
    </message>
    <message>
        <source>The API URL in the settings does not lead to the management server. IT must check the URL. Records wait on this kiosk.</source>
        <translation>設定のAPI URLが管理サーバーにつながっていません。IT担当者がURLを確認する必要があります。記録はこの端末で待機しています。</translation>
    </message>
    <message>
        <source>The API URL starts with http://, which is allowed only to this machine. IT must set an https:// URL in the settings. Nothing was sent.</source>
        <translation>API URLがhttp：//で始まっています。http：//はこの端末自身あての場合だけ使えます。IT担当者が設定でhttps：//のURLにする必要があります。何も送信されていません。</translation>
    </message>
    <message>
        <source>The connection dropped while sending. The kiosk sends again by itself; the server does not count a record twice.</source>
        <translation>送信中に接続が切れました。端末が自動で再送します。サーバーが同じ記録を二重に数えることはありません。</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the management server. Check the network cable or Wi-Fi. Records wait on this kiosk and are sent when the connection is back.</source>
        <translation>管理サーバーに接続できません。ネットワークのケーブルかWi-Fiを確認してください。記録はこの端末に保存され、接続が戻ると送信されます。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk is full: new check-ins may not be saved. Tell IT at once. Do not delete any files.</source>
        <translation>端末のディスクがいっぱいです。新しい受付が保存できない可能性があります。すぐにIT担当者に連絡してください。ファイルは削除しないでください。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s record database has a problem. Tell IT at once. Do not delete any files.</source>
        <translation>端末の記録データベースに問題があります。すぐにIT担当者に連絡してください。ファイルは削除しないでください。</translation>
    </message>
    <message>
        <source>The management server has a problem of its own. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>管理サーバー側で問題が起きています。端末が自動で再試行します。記録はこの端末で待機しています。</translation>
    </message>
    <message>
        <source>The network answered with another page (a Wi-Fi sign-in page?), not the management server. Sign in to the network or use another one. Records wait on this kiosk.</source>
        <translation>管理サーバーではなく、別のページ（Wi-Fiのログイン画面など）が応答しました。ネットワークにログインするか、別のネットワークを使ってください。記録はこの端末で待機しています。</translation>
    </message>
    <message>
        <source>The server asked the kiosk to send more slowly. The kiosk waits and tries again by itself.</source>
        <translation>サーバーから送信を遅くするよう求められました。端末が少し待ってから自動で再試行します。</translation>
    </message>
    <message>
        <source>The server asked to send some records again later. The kiosk does this by itself.</source>
        <translation>サーバーから一部の記録を後で再送するよう求められました。端末が自動で行います。</translation>
    </message>
    <message>
        <source>The server did not answer in time. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>サーバーが時間内に応答しませんでした。端末が自動で再試行します。記録はこの端末で待機しています。</translation>
    </message>
    <message>
        <source>The server did not confirm every record. The kiosk sends the others again by itself.</source>
        <translation>サーバーがすべての記録の受け取りを確認しませんでした。端末が残りを自動で再送します。</translation>
    </message>
    <message>
        <source>The server refused all records: probably a settings problem (is the shelter ID registered?). Check the settings, then press Send now.</source>
        <translation>サーバーがすべての記録を拒否しました。設定の問題と思われます（避難所IDは登録されていますか？）。設定を確認してから「今すぐ送信」を押してください。</translation>
    </message>
    <message>
        <source>The server refused the API token. Nothing is sent until the correct token is set in the settings.</source>
        <translation>サーバーがAPIトークンを拒否しました。設定に正しいトークンを入れるまで、何も送信されません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large. Nothing is lost; the kiosk tries again. If this stays, tell IT.</source>
        <translation>サーバーの応答が大きすぎました。データは失われていません。端末が再試行します。続く場合はIT担当者に連絡してください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If the city uses its own certificate authority, IT must set the CA file in the settings. Records wait on this kiosk.</source>
        <translation>サーバーの証明書が信頼できません。市が独自の認証局を使っている場合は、IT担当者が設定でCAファイルを指定する必要があります。記録はこの端末で待機しています。</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found. Check the network; if it works, IT must check the API URL in the settings. Records wait on this kiosk.</source>
        <translation>サーバーの名前が見つかりません。ネットワークを確認してください。ネットワークが正常なら、IT担当者が設定のAPI URLを確認する必要があります。記録はこの端末で待機しています。</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is {minutes} minutes off. Please set the date and time.</source>
        <translation>この端末の時計が{minutes}分ずれています。日付と時刻を合わせてください。</translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation>記録 {record}</translation>
    </message>
    <message>
        <source>server code {code}</source>
        <translation>サーバーコード {code}</translation>
    </message>
</context>
<context>
    <name>TakeCard</name>
    <message>
        <source>Please take your card</source>
        <translation>カードをお取りください</translation>
    </message>
    <message>
        <source>Your card is still on the reader. To start again, take it and place it again.</source>
        <translation>カードが読み取り機に置かれたままです。もう一度始めるときは、カードを取ってから、もう一度置いてください。</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING MODE: every new record is a training record</source>
        <translation>訓練モード: 新しい記録はすべて訓練の記録です</translation>
    </message>
</context>
</TS>
