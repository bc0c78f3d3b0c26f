<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP" sourcelanguage="en">
<context>
    <name>Camera</name>
    <message>
        <source>Ask staff</source>
        <translation>職員《しょくいん》を 呼《よ》ぶ</translation>
    </message>
    <message>
        <source>Checking. Please stay still.</source>
        <translation>しらべて います。動《うご》かないで ください。</translation>
    </message>
    <message>
        <source>Hold the card still, please.</source>
        <translation>カードを 動《うご》かさないで ください。</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera above the screen, about a hand&apos;s width away, and keep it still.</source>
        <translation>カードの 表《おもて》を、画面《がめん》の 上《うえ》の カメラに 見《み》せて ください。手《て》の ひら 1つぐらい はなして、動《うご》かさないで ください。</translation>
    </message>
    <message>
        <source>Hold the front of your card up to the camera.</source>
        <translation>カードの 表《おもて》を カメラに 見《み》せて ください。</translation>
    </message>
    <message>
        <source>Leave your card on the reader with the photo side up, under the camera, and keep it still.</source>
        <translation>カードは 写真《しゃしん》の ある 方《ほう》を 上《うえ》に して、カメラの 下《した》の 読《よ》み取《と》り機《き》に 置《お》いた ままに して ください。動《うご》かさないで ください。</translation>
    </message>
    <message>
        <source>No picture is kept, and nothing of your face is sent.</source>
        <translation>写真《しゃしん》は のこしません。顔《かお》の ことは どこにも 送《おく》りません。</translation>
    </message>
    <message>
        <source>Now put your card back on the reader.</source>
        <translation>カードを 読《よ》み取《と》り機《き》に もどして ください。</translation>
    </message>
    <message>
        <source>One person at a time, please.</source>
        <translation>1人《ひとり》ずつ おねがいします。</translation>
    </message>
    <message>
        <source>Please come a little closer.</source>
        <translation>もう すこし 近《ちか》くに 来《き》て ください。</translation>
    </message>
    <message>
        <source>Please look at the camera</source>
        <translation>カメラを 見《み》て ください</translation>
    </message>
    <message>
        <source>Please look at the camera.</source>
        <translation>カメラを 見《み》て ください。</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera</source>
        <translation>カードの 表《おもて》を カメラに 見《み》せて ください</translation>
    </message>
    <message>
        <source>Show the front of your card to the camera, photo side up.</source>
        <translation>写真《しゃしん》の ある 方《ほう》を 上《うえ》に して、カードを カメラに 見《み》せて ください。</translation>
    </message>
    <message>
        <source>The camera reads only the birth date, the expiry year and the security code. No picture is kept.</source>
        <translation>カメラが 読《よ》むのは、生《う》まれた 日《ひ》と、カードが 使《つか》える 年《とし》と、4けたの 番号《ばんごう》だけです。写真《しゃしん》は のこしません。</translation>
    </message>
    <message>
        <source>Type the numbers</source>
        <translation>番号《ばんごう》を 入《い》れる</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>暗証番号《あんしょうばんごう》を 使《つか》う</translation>
    </message>
    <message>
        <source>Your face is compared with the photo on your card. Take off a mask or sunglasses if you can.</source>
        <translation>顔《かお》と カードの 写真《しゃしん》を くらべます。できれば マスクや サングラスを とって ください。</translation>
    </message>
</context>
<context>
    <name>Checkout</name>
    <message>
        <source>Are you leaving the shelter now?</source>
        <translation>今《いま》 避難所《ひなんじょ》を 出《で》ますか？</translation>
    </message>
    <message>
        <source>No, I am still staying</source>
        <translation>いいえ、まだ います</translation>
    </message>
    <message>
        <source>Yes, I am leaving (check out)</source>
        <translation>はい、出《で》ます</translation>
    </message>
    <message>
        <source>You are checked in at this shelter. If you check out, the time you leave is recorded.</source>
        <translation>あなたは この 避難所《ひなんじょ》に います。出《で》ると、出《で》た 時間《じかん》を 記録《きろく》します。</translation>
    </message>
    <message>
        <source>{name}, are you leaving this shelter?</source>
        <translation>{name}さん、この 避難所《ひなんじょ》を 出《で》ますか？</translation>
    </message>
</context>
<context>
    <name>CodeB</name>
    <message>
        <source>1 Birth date (YY MM DD)</source>
        <translation>1 生《う》まれた 日《ひ》（年《とし》の 下《した》 2けた・月《つき》・日《ひ》）</translation>
    </message>
    <message>
        <source>2 Card valid until (year)</source>
        <translation>2 カードを 使《つか》える 最後《さいご》の 年《とし》（西暦《せいれき》）</translation>
    </message>
    <message>
        <source>3 Security code (under the photo)</source>
        <translation>3 写真《しゃしん》の 下《した》の 4けたの 番号《ばんごう》</translation>
    </message>
    <message>
        <source>Heisei 平成</source>
        <translation>平成《へいせい》</translation>
    </message>
    <message>
        <source>Reiwa 令和</source>
        <translation>令和《れいわ》</translation>
    </message>
    <message>
        <source>Showa 昭和</source>
        <translation>昭和《しょうわ》</translation>
    </message>
    <message>
        <source>Taisho 大正</source>
        <translation>大正《たいしょう》</translation>
    </message>
    <message>
        <source>The camera read these numbers. Please check them with your card, then press OK.</source>
        <translation>カメラが 読《よ》んだ 番号《ばんごう》です。カードと くらべて、あって いたら OKを おして ください。</translation>
    </message>
    <message>
        <source>Type the numbers printed on your card</source>
        <translation>カードに 書《か》いて ある 番号《ばんごう》を 入《い》れて ください</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>西暦《せいれき》（1980年《ねん》など）</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <source>Back</source>
        <translation>戻《もど》る</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>やめる</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>終《お》わり</translation>
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
        <translation>0から 始《はじ》まる 10けたか 11けたの 番号《ばんごう》です。入《い》れない ときは「全部《ぜんぶ》 消《け》す」を 押《お》して ください。</translation>
    </message>
    <message>
        <source>Add a phone number (optional)</source>
        <translation>電話番号《でんわばんごう》を 入《い》れる（入《い》れなくても いいです）</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>住所《じゅうしょ》</translation>
    </message>
    <message>
        <source>Birth date</source>
        <translation>生《う》まれた 日《ひ》</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正《ただ》しい</translation>
    </message>
    <message>
        <source>Female</source>
        <translation>女《おんな》</translation>
    </message>
    <message>
        <source>Is this you?</source>
        <translation>これは あなたですか？</translation>
    </message>
    <message>
        <source>Japanese era</source>
        <translation>令和《れいわ》・平成《へいせい》・昭和《しょうわ》</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>男《おとこ》</translation>
    </message>
    <message>
        <source>Message to staff (optional)</source>
        <translation>しょくいんへの メッセージ（なくても いいです）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前《なまえ》</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Not correct: call staff</source>
        <translation>違《ちが》う：職員《しょくいん》を 呼《よ》ぶ</translation>
    </message>
    <message>
        <source>Phone number (optional)</source>
        <translation>電話番号《でんわばんごう》（入《い》れなくても いいです）</translation>
    </message>
    <message>
        <source>Phone: {number}</source>
        <translation>電話《でんわ》：{number}</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>男《おとこ》・女《おんな》</translation>
    </message>
    <message>
        <source>Show as {calendar}</source>
        <translation>{calendar}で 見《み》る</translation>
    </message>
    <message>
        <source>Tell staff (optional, touch all that apply):</source>
        <translation>職員《しょくいん》に 伝《つた》える こと（あれば 全部《ぜんぶ》 押《お》して ください）：</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>わからない</translation>
    </message>
    <message>
        <source>Western year</source>
        <translation>西暦《せいれき》（1980年《ねん》など）</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <source>Agree</source>
        <translation>いいです</translation>
    </message>
    <message>
        <source>Camera: after your PIN, it compares your face with the photo on your card. No picture is kept, and nothing of your face is sent.</source>
        <translation>カメラ：暗証番号《あんしょうばんごう》の あとで、顔《かお》と カードの 写真《しゃしん》を くらべます。写真《しゃしん》は のこしません。顔《かお》の ことは 送《おく》りません。</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on the front of your card, so you need no PIN. No picture is kept.</source>
        <translation>カメラ：カードの 表《おもて》に 書《か》いて ある 番号《ばんごう》を 読《よ》みます。暗証番号《あんしょうばんごう》は いりません。写真《しゃしん》は のこしません。</translation>
    </message>
    <message>
        <source>Camera: it reads the numbers printed on your card and compares your face with the photo on the card, so you need no PIN. No picture is kept, and nothing of your face is sent.</source>
        <translation>カメラ：カードに 書《か》いて ある 番号《ばんごう》を 読《よ》みます。顔《かお》と カードの 写真《しゃしん》を くらべます。暗証番号《あんしょうばんごう》は いりません。写真《しゃしん》は のこしません。顔《かお》の ことは 送《おく》りません。</translation>
    </message>
    <message>
        <source>Consent text version {version}</source>
        <translation>説明《せつめい》の 版《はん》 {version}</translation>
    </message>
    <message>
        <source>May we read your card?</source>
        <translation>カードを 読《よ》んでも いいですか？</translation>
    </message>
    <message>
        <source>Nothing else is read from your licence. Your PIN is not saved.</source>
        <translation>免許証《めんきょしょう》から ほかの ことは 読《よ》みません。暗証番号《あんしょうばんごう》は のこしません。</translation>
    </message>
    <message>
        <source>We do not read your My Number (12 digits). Your PIN is not saved.</source>
        <translation>マイナンバー（12けたの 番号《ばんごう》）は 読《よ》みません。暗証番号《あんしょうばんごう》は 残《のこ》しません。</translation>
    </message>
    <message>
        <source>We will read: your name, address and birth date.</source>
        <translation>読《よ》む もの：名前《なまえ》、住所《じゅうしょ》、生《う》まれた 日《ひ》。</translation>
    </message>
    <message>
        <source>We will read: your name, address, birth date and sex.</source>
        <translation>読《よ》む もの：名前《なまえ》、住所《じゅうしょ》、生《う》まれた 日《ひ》、男《おとこ》か 女《おんな》か。</translation>
    </message>
    <message>
        <source>Why: so the city knows you are safe in this shelter and can bring help and supplies.</source>
        <translation>わけ：あなたが この 避難所《ひなんじょ》に いて 無事《ぶじ》だと 市《し》が わかります。市《し》が 助《たす》けや 物《もの》を 届《とど》けます。</translation>
    </message>
    <message>
        <source>Why: to find your check-in at this shelter and record the time you leave, so the city knows you are no longer here.</source>
        <translation>りゆう：ここに 入《はい》った 記録《きろく》を さがして、出《で》た 時間《じかん》を 書《か》きます。あなたが もう ここに いない ことが 市《し》に わかります。</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>A card the kiosk does not read</source>
        <translation>この きかいで よめない カード</translation>
    </message>
    <message>
        <source>DEMO: for practice only. Sample cards; nothing here is a real check-in.</source>
        <translation>DEMO（デモ）： れんしゅう です。みほんの カード です。ほんとうの うけつけ では ありません。</translation>
    </message>
    <message>
        <source>Demo cards</source>
        <translation>れんしゅうの カード</translation>
    </message>
    <message>
        <source>Driver&apos;s licence — Yamada Taro</source>
        <translation>めんきょしょう — やまだ たろう</translation>
    </message>
    <message>
        <source>Driver&apos;s licence, rare kanji — Takasaki Jun</source>
        <translation>めずらしい かんじの めんきょしょう — たかさき じゅん</translation>
    </message>
    <message>
        <source>Face check: card 1&apos;s photo is taken from the face camera&apos;s first picture of a face. It is kept in memory only and forgotten when the demo ends.</source>
        <translation>顔《かお》の 確認《かくにん》：カード1の 写真《しゃしん》は、顔《かお》の カメラが 最初《さいしょ》に 写《うつ》した 顔《かお》です。写真《しゃしん》は 保存《ほぞん》しません。デモが 終《お》わると 消《け》えます。</translation>
    </message>
    <message>
        <source>Face check: needs a face camera in the settings; without one it cannot be done.</source>
        <translation>顔《かお》の 確認《かくにん》：設定《せってい》で 顔《かお》の カメラを 選《えら》んで ください。カメラが ないと 確認《かくにん》できません。</translation>
    </message>
    <message>
        <source>Locked My Number card — Tanaka Jiro</source>
        <translation>つかえなく なった マイナンバーカード — たなか じろう</translation>
    </message>
    <message>
        <source>My Number card with one try left — Suzuki Ichiro</source>
        <translation>あと 1かいの マイナンバーカード — すずき いちろう</translation>
    </message>
    <message>
        <source>My Number card — Kokuto Mikiya</source>
        <translation>マイナンバーカード — こくとう みきや</translation>
    </message>
    <message>
        <source>My Number card, long address — Hasegawa Chiyoko</source>
        <translation>じゅうしょが ながい マイナンバーカード — はせがわ ちよこ</translation>
    </message>
    <message>
        <source>My Number card, one-part name — AYANA</source>
        <translation>なまえが ひとつだけの マイナンバーカード — ＡＹＡＮＡ</translation>
    </message>
    <message>
        <source>Take the card away</source>
        <translation>カードを とる</translation>
    </message>
</context>
<context>
    <name>Done</name>
    <message>
        <source>Please go to the reception desk. Staff will show you where to stay and where to find water, food and blankets.</source>
        <translation>受付《うけつけ》へ 行《い》って ください。職員《しょくいん》が、あなたの いる 場所《ばしょ》と、水《みず》・たべもの・もうふの 場所《ばしょ》を おしえます。</translation>
    </message>
    <message>
        <source>Please take your card. Thank you.</source>
        <translation>カードを 取《と》って ください。ありがとう ございました。</translation>
    </message>
    <message>
        <source>What to do next</source>
        <translation>次《つぎ》に する こと</translation>
    </message>
    <message>
        <source>You are checked in</source>
        <translation>受付《うけつけ》が できました</translation>
    </message>
    <message>
        <source>You are checked out</source>
        <translation>出《で》る 手続《てつづ》きが できました</translation>
    </message>
</context>
<context>
    <name>Era</name>
    <message>
        <source>Choose the one that looks like your card.</source>
        <translation>カードと 同《おな》じ 方《ほう》を 選《えら》んで ください。</translation>
    </message>
    <message>
        <source>How is the birth date written on your card?</source>
        <translation>カードの 生《う》まれた 日《ひ》は どちらの 書《か》き方《かた》ですか？</translation>
    </message>
    <message>
        <source>Japanese era: {date}</source>
        <translation>令和《れいわ》・平成《へいせい》・昭和《しょうわ》：{date}</translation>
    </message>
    <message>
        <source>Western: {date}</source>
        <translation>西暦《せいれき》：{date}</translation>
    </message>
</context>
<context>
    <name>Idle</name>
    <message>
        <source>Check in (arrive)</source>
        <translation>入《はい》る</translation>
    </message>
    <message>
        <source>Check in: please place your card on the reader</source>
        <translation>避難所《ひなんじょ》に 入《はい》る：カードを ここに 置《お》いて ください</translation>
    </message>
    <message>
        <source>Check out (leave)</source>
        <translation>出《で》る</translation>
    </message>
    <message>
        <source>Check out: please place your card on the reader</source>
        <translation>避難所《ひなんじょ》を 出《で》る：カードを ここに 置《お》いて ください</translation>
    </message>
    <message>
        <source>Evacuation shelter</source>
        <translation>避難所《ひなんじょ》</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>字《じ》を 大《おお》きく</translation>
    </message>
    <message>
        <source>My Number card or driver&apos;s licence. Leave it there.</source>
        <translation>マイナンバーカードか 運転免許証《うんてんめんきょしょう》を 置《お》いて ください。置《お》いた ままに して ください。</translation>
    </message>
    <message>
        <source>No card?</source>
        <translation>カードが ない 人《ひと》</translation>
    </message>
    <message>
        <source>No card? Register with your phone</source>
        <translation>スマホで 登録《とうろく》 できます</translation>
    </message>
    <message>
        <source>Please place your card on the reader</source>
        <translation>カードを ここに 置《お》いて ください</translation>
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
        <translation>全部《ぜんぶ》 消《け》す</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>1つ 消《け》す</translation>
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
        <translation>スタッフの メニューに 戻《もど》る</translation>
    </message>
    <message>
        <source>New shelter code</source>
        <translation>新《あたら》しい 避難所《ひなんじょ》の コード</translation>
    </message>
    <message>
        <source>No other terminal found yet.</source>
        <translation>ほかの 機械《きかい》は まだ 見《み》つかりません。</translation>
    </message>
    <message>
        <source>Not paired. On the first terminal choose a new shelter code; type it on the others.</source>
        <translation>まだ つながって いません。最初《さいしょ》の 機械《きかい》で 新《あたら》しい コードを 出《だ》します。ほかの 機械《きかい》で その コードを 入《い》れます。</translation>
    </message>
    <message>
        <source>Pair with this code</source>
        <translation>この コードで つなぐ</translation>
    </message>
    <message>
        <source>Pairing failed. Try again.</source>
        <translation>つなぐ ことが できませんでした。もう 一度《いちど》 して ください。</translation>
    </message>
    <message>
        <source>Pairing...</source>
        <translation>つないで います…</translation>
    </message>
    <message>
        <source>Phone page certificate: {fingerprint}</source>
        <translation>スマホの ページの 証明書《しょうめいしょ》: {fingerprint}</translation>
    </message>
    <message>
        <source>Set the shelter id first.</source>
        <translation>先《さき》に 避難所《ひなんじょ》の IDを 設定《せってい》して ください。</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <translation>避難所《ひなんじょ》の ネットワークと スマホ</translation>
    </message>
    <message>
        <source>Shelter LAN and phones</source>
        <comment>plain settings button</comment>
        <translation>ひなんじょの ネットワークと スマホ</translation>
    </message>
    <message>
        <source>Shelter code</source>
        <translation>避難所《ひなんじょ》の コード</translation>
    </message>
    <message>
        <source>Switch the shelter LAN on in the settings first.</source>
        <translation>先《さき》に 設定《せってい》で 避難所《ひなんじょ》の ネットワークを オンに して ください。</translation>
    </message>
    <message>
        <source>That is not a shelter code: 12 letters and digits, as shown.</source>
        <translation>避難所《ひなんじょ》の コードでは ありません。出《で》て いる 12この 文字《もじ》を 入《い》れて ください。</translation>
    </message>
    <message>
        <source>The phone registration could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>スマホの 登録《とうろく》が 始《はじ》まりません。機械《きかい》を もう 一度《いちど》 つけなおして ください。また なったら、パソコンの 係《かかり》の 人《ひと》を 呼《よ》んで ください。</translation>
    </message>
    <message>
        <source>The phone registration could not start: its port is in use. Change it in the settings.</source>
        <translation>スマホの 登録《とうろく》が 始《はじ》まりません。ポートが 使《つか》われて います。設定《せってい》で 変《か》えて ください。</translation>
    </message>
    <message>
        <source>The phone registration could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>スマホの 登録《とうろく》が 始《はじ》まりません。設定《せってい》の ファイルの アドレスが この 機械《きかい》の ものでは ありません。パソコンの 係《かかり》の 人《ひと》に 直《なお》して もらって ください。</translation>
    </message>
    <message>
        <source>The phone registration is off.</source>
        <translation>スマホの 登録《とうろく》は オフです。</translation>
    </message>
    <message>
        <source>The shelter LAN could not start. Restart the terminal; if it happens again, call IT.</source>
        <translation>避難所《ひなんじょ》の ネットワークが 始《はじ》まりません。機械《きかい》を もう 一度《いちど》 つけなおして ください。また なったら、パソコンの 係《かかり》の 人《ひと》を 呼《よ》んで ください。</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: its port is in use. Change it in the settings.</source>
        <translation>避難所《ひなんじょ》の ネットワークが 始《はじ》まりません。ポートが 使《つか》われて います。設定《せってい》で 変《か》えて ください。</translation>
    </message>
    <message>
        <source>The shelter LAN could not start: the listen address in the settings file is not this terminal&apos;s. Ask IT to correct it.</source>
        <translation>避難所《ひなんじょ》の ネットワークが 始《はじ》まりません。設定《せってい》の ファイルの アドレスが この 機械《きかい》の ものでは ありません。パソコンの 係《かかり》の 人《ひと》に 直《なお》して もらって ください。</translation>
    </message>
    <message>
        <source>The shelter LAN is off (settings: [lan] enabled).</source>
        <translation>避難所《ひなんじょ》の ネットワークは オフです（設定《せってい》: [lan] enabled）。</translation>
    </message>
    <message>
        <source>This terminal is paired.</source>
        <translation>この 機械《きかい》は つながって います。</translation>
    </message>
    <message>
        <source>Unpair</source>
        <translation>つなぐのを やめる</translation>
    </message>
    <message>
        <source>an error on that terminal</source>
        <translation>その 機械《きかい》で エラー</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>つながって います</translation>
    </message>
    <message>
        <source>does not answer in time</source>
        <translation>返事《へんじ》が ありません</translation>
    </message>
    <message>
        <source>its answer was not authentic</source>
        <translation>返事《へんじ》が 正《ただ》しく ありません</translation>
    </message>
    <message>
        <source>its clock differs by {seconds} seconds: set the clocks</source>
        <translation>時計《とけい》が {seconds}秒《びょう》 ずれて います。時計《とけい》を 合《あ》わせて ください</translation>
    </message>
    <message>
        <source>not reachable on the network</source>
        <translation>ネットワークで つながりません</translation>
    </message>
    <message>
        <source>paired with another code: pair it again</source>
        <translation>ちがう コードです。もう 一度《いちど》 つないで ください</translation>
    </message>
    <message>
        <source>problem: {code}</source>
        <translation>問題《もんだい》: {code}</translation>
    </message>
    <message>
        <source>records waiting for it: {count}</source>
        <translation>待《ま》って いる 記録《きろく》: {count}</translation>
    </message>
    <message>
        <source>waiting for it</source>
        <translation>待《ま》って います</translation>
    </message>
</context>
<context>
    <name>Method</name>
    <message>
        <source>How do you want to open your card?</source>
        <translation>カードの 読《よ》み方《かた》を 選《えら》んで ください</translation>
    </message>
    <message>
        <source>With my 4-digit PIN</source>
        <translation>4けたの 暗証番号《あんしょうばんごう》で</translation>
    </message>
    <message>
        <source>Without PIN and without typing: show the front of the card to the camera</source>
        <translation>暗証番号《あんしょうばんごう》も 入力《にゅうりょく》も なし：カードの 表《おもて》を カメラに 見《み》せる</translation>
    </message>
    <message>
        <source>Without PIN: with my birth date, the card&apos;s expiry year and the security code printed on the card</source>
        <translation>暗証番号《あんしょうばんごう》なしで：生《う》まれた 日《ひ》、カードを 使《つか》える 最後《さいご》の 年《とし》、カードに 書《か》いて ある 4けたの 番号《ばんごう》で</translation>
    </message>
</context>
<context>
    <name>MoreTime</name>
    <message>
        <source>Do you need more time?</source>
        <translation>もっと 時間《じかん》が 要《い》りますか？</translation>
    </message>
    <message numerus="yes">
        <source>If nobody touches the screen, everything is cleared in %n seconds.</source>
        <translation>
            <numerusform>画面《がめん》に さわらないと、%n秒《びょう》で ぜんぶ 消《き》えます。</numerusform>
        </translation>
    </message>
    <message>
        <source>No, finish</source>
        <translation>いいえ、終《お》わります</translation>
    </message>
    <message>
        <source>Yes, more time</source>
        <translation>はい、もっと 時間《じかん》が 要《い》ります</translation>
    </message>
</context>
<context>
    <name>NoCard</name>
    <message>
        <source>No card? Please go to the staff desk</source>
        <translation>カードが ない 人《ひと》は 職員《しょくいん》の ところへ 行《い》って ください</translation>
    </message>
    <message>
        <source>Staff will register you there. You do not need a card. If you cannot walk there, ask anyone nearby to call staff.</source>
        <translation>職員《しょくいん》が そこで 受付《うけつけ》を します。カードは 要《い》りません。歩《ある》けない 人《ひと》は、近《ちか》くの 人《ひと》に 職員《しょくいん》を 呼《よ》んで もらって ください。</translation>
    </message>
</context>
<context>
    <name>Notice</name>
    <message>
        <source>Check in instead</source>
        <translation>代《か》わりに 入《はい》る 手続《てつづ》きを する</translation>
    </message>
    <message>
        <source>Look at the camera again</source>
        <translation>もう 一度《いちど》 カメラを 見《み》る</translation>
    </message>
    <message>
        <source>Not sure? Ask staff</source>
        <translation>わからない ときは 職員《しょくいん》へ</translation>
    </message>
    <message>
        <source>Nothing was changed. Please take your card.</source>
        <translation>何《なに》も 変《か》わって いません。カードを 取《と》って ください。</translation>
    </message>
    <message>
        <source>Nothing was read from your card. Please go to the staff desk.</source>
        <translation>カードは 読《よ》んで いません。職員《しょくいん》の ところへ 行《い》って ください。</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Look at the camera and try again, or use your PIN, or ask staff.</source>
        <translation>まだ 受付《うけつけ》は できて いません。カードは だいじょうぶです。カメラを 見《み》て もう 一度《いちど》 ためすか、暗証番号《あんしょうばんごう》を 使《つか》うか、職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
        <source>Nothing was recorded, and your card is safe. Please use your PIN, or ask staff.</source>
        <translation>まだ 受付《うけつけ》は できて いません。カードは だいじょうぶです。暗証番号《あんしょうばんごう》を 使《つか》うか、職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
        <source>Nothing was recorded. If you are not sure of the number, do not guess: choose another way below.</source>
        <translation>何《なに》も 記録《きろく》して いません。番号《ばんごう》が わからない ときは、入《い》れないで ください。下《した》から ほかの やりかたを 選《えら》んで ください。</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please go to the staff desk. Staff will help you.</source>
        <translation>まだ 受付《うけつけ》は できて いません。職員《しょくいん》の ところへ 行《い》って ください。職員《しょくいん》が 手伝《てつだ》います。</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card and go to the staff desk. Staff will register you.</source>
        <translation>まだ 受付《うけつけ》は できて いません。カードを 取《と》って、職員《しょくいん》の ところへ 行《い》って ください。職員《しょくいん》が 受付《うけつけ》を します。</translation>
    </message>
    <message>
        <source>Nothing was recorded. Please take your card, then place it on the reader again.</source>
        <translation>まだ 受付《うけつけ》は できて いません。カードを 一度《いちど》 取《と》って、もう 一度《いちど》 置《お》いて ください。</translation>
    </message>
    <message>
        <source>Nothing was recorded. Staff will check your details with you.</source>
        <translation>まだ 受付《うけつけ》は できて いません。職員《しょくいん》が あなたと 一緒《いっしょ》に 見《み》ます。</translation>
    </message>
    <message>
        <source>Nothing was recorded. To start again, place your card on the reader.</source>
        <translation>まだ 受付《うけつけ》は できて いません。もう 一度《いちど》 カードを ここに 置《お》いて ください。</translation>
    </message>
    <message>
        <source>Nothing was sent to your card, and your card is safe. Please use your PIN or type the numbers printed on your card.</source>
        <translation>カードには なにも して いません。カードは だいじょうぶです。暗証番号《あんしょうばんごう》を 使《つか》うか、カードに 書《か》いて ある 番号《ばんごう》を 入《い》れて ください。</translation>
    </message>
    <message>
        <source>Nothing was tried and nothing was recorded: your card is safe. Staff can register you without the PIN.</source>
        <translation>暗証番号《あんしょうばんごう》は 使《つか》って いません。何《なに》も 記録《きろく》して いません。カードは だいじょうぶです。職員《しょくいん》が 登録《とうろく》します。</translation>
    </message>
    <message>
        <source>Nothing was tried, and your card is safe. Please take your card and go to the staff desk.</source>
        <translation>何《なに》も して いません。カードは 大丈夫《だいじょうぶ》です。カードを 持《も》って 職員《しょくいん》の ところへ 行《い》って ください。</translation>
    </message>
    <message>
        <source>Only one try is left</source>
        <translation>あと 1回《かい》しか ありません</translation>
    </message>
    <message>
        <source>Please check the birth date and the expiry year printed on your card, then type them again.</source>
        <translation>カードに 書《か》いて ある 生《う》まれた 日《ひ》と 最後《さいご》の 年《とし》を 見《み》て、もう 一度《いちど》 入《い》れて ください。</translation>
    </message>
    <message>
        <source>Please go to the staff desk</source>
        <translation>職員《しょくいん》の ところへ 行《い》って ください</translation>
    </message>
    <message>
        <source>Please show your own face, not a photo</source>
        <translation>写真《しゃしん》では なく、あなたの 顔《かお》を 見《み》せて ください</translation>
    </message>
    <message>
        <source>Please tell the staff. Staff will register you.</source>
        <translation>職員《しょくいん》に 言《い》って ください。職員《しょくいん》が 受付《うけつけ》を します。</translation>
    </message>
    <message>
        <source>Please use a My Number card or a driver&apos;s licence. If you have neither, the staff desk will register you.</source>
        <translation>マイナンバーカードか 運転免許証《うんてんめんきょしょう》を 使《つか》って ください。どちらも ない 人《ひと》は、職員《しょくいん》が 受付《うけつけ》を します。</translation>
    </message>
    <message>
        <source>Staff are at the desk near the entrance.</source>
        <translation>職員《しょくいん》は 入口《いりぐち》の 近《ちか》くに います。</translation>
    </message>
    <message>
        <source>The camera could not see your face</source>
        <translation>カメラに 顔《かお》が うつりませんでした</translation>
    </message>
    <message>
        <source>The camera is not working</source>
        <translation>カメラが 使《つか》えません</translation>
    </message>
    <message>
        <source>The camera saw a photo or a card instead of a face. Nothing was recorded. Please use your PIN, or ask staff.</source>
        <translation>顔《かお》では なく、写真《しゃしん》や カードが うつりました。まだ 受付《うけつけ》は できて いません。暗証番号《あんしょうばんごう》を 使《つか》うか、職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
        <source>The card could not be read</source>
        <translation>カードが 読《よ》めませんでした</translation>
    </message>
    <message>
        <source>The card did not answer</source>
        <translation>カードの 返事《へんじ》が ありません</translation>
    </message>
    <message>
        <source>The card reader is not working</source>
        <translation>カードを 読《よ》む 機械《きかい》が 動《うご》きません</translation>
    </message>
    <message>
        <source>The card was taken away</source>
        <translation>カードが 取《と》られました</translation>
    </message>
    <message>
        <source>The face check cannot be done now</source>
        <translation>いまは 顔《かお》を くらべる ことが できません</translation>
    </message>
    <message>
        <source>The number was not correct</source>
        <translation>番号《ばんごう》が 違《ちが》います</translation>
    </message>
    <message>
        <source>There is nothing to check out. To check in, press Check in and place your card.</source>
        <translation>出《で》る 手続《てつづ》きは 要《い》りません。入《はい》る ときは「入《はい》る」を 押《お》して、カードを 置《お》いて ください。</translation>
    </message>
    <message>
        <source>This card cannot be checked here</source>
        <translation>この 機械《きかい》では カードを 調《しら》べられません</translation>
    </message>
    <message>
        <source>This card cannot be read here</source>
        <translation>この カードは ここでは 読《よ》めません</translation>
    </message>
    <message>
        <source>This card is locked</source>
        <translation>この カードは 使《つか》えなく なって います</translation>
    </message>
    <message>
        <source>This date does not exist</source>
        <translation>その 日《ひ》は ありません</translation>
    </message>
    <message>
        <source>This kiosk is not ready yet</source>
        <translation>この 機械《きかい》は まだ 使《つか》えません</translation>
    </message>
    <message>
        <source>This kiosk takes no registrations now. Please go to the staff desk.</source>
        <translation>いまは この 機械《きかい》で 登録《とうろく》 できません。職員《しょくいん》の ところへ 行《い》って ください。</translation>
    </message>
    <message>
        <source>This shelter is closed</source>
        <translation>この 避難所《ひなんじょ》は 閉《し》まって います</translation>
    </message>
    <message>
        <source>To protect your card from locking, this kiosk will not try again. Please take your card and go to the staff desk.</source>
        <translation>カードが 使《つか》えなく ならない ように、ここでは もう しません。カードを 取《と》って、職員《しょくいん》の ところへ 行《い》って ください。</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>もう 一度《いちど》</translation>
    </message>
    <message>
        <source>Use my PIN instead</source>
        <translation>暗証番号《あんしょうばんごう》を 使《つか》う</translation>
    </message>
    <message>
        <source>Use the camera instead</source>
        <translation>カメラを 使《つか》う</translation>
    </message>
    <message>
        <source>Use the numbers printed on the card instead</source>
        <translation>代《か》わりに カードに 書《か》いて ある 番号《ばんごう》を 使《つか》う</translation>
    </message>
    <message>
        <source>You are not checked in at this shelter</source>
        <translation>あなたは この 避難所《ひなんじょ》の 受付《うけつけ》を して いません</translation>
    </message>
    <message>
        <source>You are still registered here</source>
        <translation>あなたは まだ ここに います</translation>
    </message>
    <message>
        <source>Your face did not match the photo on the card</source>
        <translation>顔《かお》と カードの 写真《しゃしん》が あいませんでした</translation>
    </message>
    <message>
        <source>Your registration could not be saved</source>
        <translation>受付《うけつけ》が できませんでした</translation>
    </message>
</context>
<context>
    <name>OutOfService</name>
    <message>
        <source>Error code for staff: {code}</source>
        <translation>職員《しょくいん》が 見《み》る 番号《ばんごう》：{code}</translation>
    </message>
    <message>
        <source>Out of service</source>
        <translation>今《いま》 使《つか》えません</translation>
    </message>
    <message>
        <source>Sorry, something went wrong. Please see the staff.</source>
        <translation>ごめんなさい。問題《もんだい》が 起《お》きました。職員《しょくいん》に 言《い》って ください。</translation>
    </message>
</context>
<context>
    <name>Pin</name>
    <message numerus="yes">
        <source>%n tries left</source>
        <translation>
            <numerusform>あと %n回《かい》</numerusform>
        </translation>
    </message>
    <message>
        <source>Careful: if the next PIN is wrong, the kiosk stops and you must see staff. If you are not sure, press Cancel and ask staff.</source>
        <translation>気《き》を つけて ください。次《つぎ》に 間違《まちが》えると、ここでは もう できません。わからない ときは「やめる」を 押《お》して、職員《しょくいん》に 聞《き》いて ください。</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the camera</source>
        <translation>暗証番号《あんしょうばんごう》を 忘《わす》れた：カメラを 使《つか》う</translation>
    </message>
    <message>
        <source>Forgot the PIN? Use the numbers printed on the card</source>
        <translation>暗証番号《あんしょうばんごう》を 忘《わす》れた：カードに 書《か》いて ある 番号《ばんごう》を 使《つか》う</translation>
    </message>
    <message>
        <source>I do not know my PIN</source>
        <translation>暗証番号《あんしょうばんごう》が わからない</translation>
    </message>
    <message>
        <source>PIN 1 is the 4-digit number chosen when the licence was made. If you never chose one or do not remember it, do not guess: staff will register you.</source>
        <translation>暗証番号《あんしょうばんごう》1は、免許証《めんきょしょう》を つくった ときに きめた 4けたの 数字《すうじ》です。わからない ときは 入《い》れないで ください。職員《しょくいん》が 登録《とうろく》します。</translation>
    </message>
    <message>
        <source>The PIN you chose for this card. It is not shown and not spoken.</source>
        <translation>カードを 作《つく》った とき 決《き》めた 番号《ばんごう》です。画面《がめん》に 出《で》ません。声《こえ》でも 言《い》いません。</translation>
    </message>
    <message>
        <source>Type PIN 1 of your driver&apos;s licence (4 digits)</source>
        <translation>運転免許証《うんてんめんきょしょう》の 暗証番号《あんしょうばんごう》1（4けた）を 入《い》れて ください</translation>
    </message>
    <message>
        <source>Type your 4-digit PIN</source>
        <translation>4けたの 暗証番号《あんしょうばんごう》を 入《い》れて ください</translation>
    </message>
</context>
<context>
    <name>Prompt</name>
    <message>
        <source>Check in. Please place your card on the reader.</source>
        <translation>入《はい》る 手続《てつづ》きです。カードを ここに 置《お》いて ください。</translation>
    </message>
    <message>
        <source>Check out. Please place your card on the reader.</source>
        <translation>出《で》る 手続《てつづ》きです。カードを ここに 置《お》いて ください。</translation>
    </message>
    <message>
        <source>Do you need more time? Please touch the screen.</source>
        <translation>もっと 時間《じかん》が 要《い》りますか？ 画面《がめん》を さわって ください。</translation>
    </message>
    <message>
        <source>Done. Please take your card.</source>
        <translation>終《お》わりました。カードを 取《と》って ください。</translation>
    </message>
    <message>
        <source>If you have no card, please go to the staff desk.</source>
        <translation>カードが ない 人《ひと》は、職員《しょくいん》の ところへ 行《い》って ください。</translation>
    </message>
    <message>
        <source>Please check your details on the screen, then press Correct.</source>
        <translation>画面《がめん》を 見《み》て ください。合《あ》って いれば「正《ただ》しい」を 押《お》して ください。</translation>
    </message>
    <message>
        <source>Please choose how to open your card.</source>
        <translation>カードの 読《よ》み方《かた》を 選《えら》んで ください。</translation>
    </message>
    <message>
        <source>Please choose how your birth date is shown.</source>
        <translation>生《う》まれた 日《ひ》の 書《か》き方《かた》を 選《えら》んで ください。</translation>
    </message>
    <message>
        <source>Please look at the camera. Your face is compared with the photo on your card. No picture is kept.</source>
        <translation>カメラを 見《み》て ください。顔《かお》と カードの 写真《しゃしん》を くらべます。写真《しゃしん》は のこしません。</translation>
    </message>
    <message>
        <source>Please place your card on the reader.</source>
        <translation>カードを ここに 置《お》いて ください。</translation>
    </message>
    <message>
        <source>Please read on the screen what we read from your card, then press Agree.</source>
        <translation>カードから 読《よ》む ことを 画面《がめん》で 見《み》て ください。よければ 「いいです」を 押《お》して ください。</translation>
    </message>
    <message>
        <source>Please read the message on the screen.</source>
        <translation>画面《がめん》を 読《よ》んで ください。</translation>
    </message>
    <message>
        <source>Please show the front of your card to the camera and keep it still.</source>
        <translation>カードの 表《おもて》を カメラに 見《み》せて ください。動《うご》かさないで ください。</translation>
    </message>
    <message>
        <source>Please type your birth date, the card&apos;s expiry year and the four digit security code under the photo.</source>
        <translation>生《う》まれた 日《ひ》、カードを 使《つか》える 最後《さいご》の 年《とし》、写真《しゃしん》の 下《した》の 4けたの 番号《ばんごう》を 入《い》れて ください。</translation>
    </message>
    <message>
        <source>Please type your four digit PIN. It is not shown and not spoken.</source>
        <translation>4けたの 暗証番号《あんしょうばんごう》を 入《い》れて ください。画面《がめん》に 出《で》ません。声《こえ》でも 言《い》いません。</translation>
    </message>
    <message>
        <source>Reading your card. Please do not remove it.</source>
        <translation>カードを 読《よ》んで います。カードを 取《と》らないで ください。</translation>
    </message>
    <message>
        <source>Saving. Please wait.</source>
        <translation>残《のこ》して います。待《ま》って ください。</translation>
    </message>
    <message>
        <source>This kiosk is out of service. Please see the staff.</source>
        <translation>この 機械《きかい》は 今《いま》 使《つか》えません。職員《しょくいん》に 言《い》って ください。</translation>
    </message>
    <message>
        <source>You are checked in here. Are you leaving the shelter?</source>
        <translation>あなたは ここに います。避難所《ひなんじょ》を 出《で》ますか？</translation>
    </message>
    <message>
        <source>You are checked in. Please take your card.</source>
        <translation>受付《うけつけ》が できました。カードを 取《と》って ください。</translation>
    </message>
    <message>
        <source>You are checked out. Please take your card.</source>
        <translation>出《で》る 手続《てつづ》きが できました。カードを 取《と》って ください。</translation>
    </message>
</context>
<context>
    <name>Quarantine</name>
    <message>
        <source>Records on hold (tell IT):</source>
        <translation>とめて いる きろく（ITの ひとに しらせて ください）：</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>ほかに {count}けん</translation>
    </message>
    <message>
        <source>it holds a value this kiosk version does not know (a newer version?)</source>
        <translation>この きかいの バージョンが しらない データが あります（あたらしい バージョン？）</translation>
    </message>
    <message>
        <source>its details do not match their seal (changed or damaged)</source>
        <translation>なかみが しるしと あいません（かえられた か、こわれて います）</translation>
    </message>
    <message>
        <source>its personal data cannot be opened on this kiosk (another key, or damaged)</source>
        <translation>こじんの じょうほうを この きかいで ひらけません（ちがう かぎ か、こわれて います）</translation>
    </message>
    <message>
        <source>record {record}: {reason}</source>
        <translation>きろく {record}： {reason}</translation>
    </message>
    <message>
        <source>the server refused it</source>
        <translation>サーバーが うけとりません でした</translation>
    </message>
</context>
<context>
    <name>Reading</name>
    <message>
        <source>Please do not remove your card.</source>
        <translation>カードを 取《と》らないで ください。</translation>
    </message>
    <message>
        <source>Please wait a moment.</source>
        <translation>少《すこ》し 待《ま》って ください。</translation>
    </message>
    <message>
        <source>Reading your card…</source>
        <translation>カードを 読《よ》んで います…</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>残《のこ》して います…</translation>
    </message>
</context>
<context>
    <name>Registration</name>
    <message numerus="yes">
        <source>%n people registered.</source>
        <translation>
            <numerusform>%n人《にん》を 登録《とうろく》しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>%n件《けん》の 記録《きろく》を 読《よ》めませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add another member</source>
        <translation>家族《かぞく》を 足《た》す</translation>
    </message>
    <message>
        <source>Already checked out: nothing was recorded.</source>
        <translation>もう 退所《たいしょ》して います。記録《きろく》して いません。</translation>
    </message>
    <message>
        <source>Already entered: {names}</source>
        <translation>もう 書《か》いた 人《ひと》: {names}</translation>
    </message>
    <message>
        <source>At most {n} people are registered together: register this household, then the others as another one.</source>
        <translation>一回《いっかい》に {n}人《にん》まで 登録《とうろく》 できます。この 家族《かぞく》を 登録《とうろく》してから、ほかの 人《ひと》を 別《べつ》の 家族《かぞく》として 登録《とうろく》して ください。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>もどる</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>職員《しょくいん》メニューに もどる</translation>
    </message>
    <message>
        <source>Check out</source>
        <translation>退所《たいしょ》を 登録《とうろく》する</translation>
    </message>
    <message>
        <source>Check someone out by hand</source>
        <translation>職員《しょくいん》が 退所《たいしょ》を 登録《とうろく》する</translation>
    </message>
    <message>
        <source>Check this person out?
{person}</source>
        <translation>この 人《ひと》の 退所《たいしょ》を 登録《とうろく》しますか？
{person}</translation>
    </message>
    <message>
        <source>Checked out.</source>
        <translation>退所《たいしょ》を 登録《とうろく》しました。</translation>
    </message>
    <message>
        <source>Correct a record</source>
        <translation>記録《きろく》を 直《なお》す</translation>
    </message>
    <message>
        <source>Correct the record</source>
        <translation>記録《きろく》を 直《なお》す</translation>
    </message>
    <message>
        <source>Member {n} of the household</source>
        <translation>家族《かぞく》の {n}人目《にんめ》</translation>
    </message>
    <message>
        <source>More were found: type more of the name.</source>
        <translation>ほかにも あります。名前《なまえ》を もっと 書《か》いて ください。</translation>
    </message>
    <message>
        <source>Name or reading</source>
        <translation>名前《なまえ》か よみかた</translation>
    </message>
    <message>
        <source>No open check-in found.</source>
        <translation>いま 中《なか》に いる 人《ひと》の 記録《きろく》は ありません。</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>書《か》かない</translation>
    </message>
    <message>
        <source>Nothing was saved: the record database refused it. Please try again or see IT.</source>
        <translation>保存《ほぞん》 できませんでした。もう 一回《いっかい》 して ください。だめなら IT の 係《かかり》に 話《はな》して ください。</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>カードが ない 人《ひと》</translation>
    </message>
    <message>
        <source>Please check the marked fields: nothing was saved.</source>
        <translation>しるしの ところを 見《み》て ください。まだ 保存《ほぞん》して いません。</translation>
    </message>
    <message>
        <source>Reading the records...</source>
        <translation>記録《きろく》を 読《よ》んでいます…</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>登録《とうろく》する</translation>
    </message>
    <message>
        <source>Register people without a card</source>
        <translation>カードが ない 人《ひと》を 登録《とうろく》する</translation>
    </message>
    <message>
        <source>Same address as the first member</source>
        <translation>1人目《ひとりめ》と 同《おな》じ 住所《じゅうしょ》</translation>
    </message>
    <message>
        <source>Save the correction</source>
        <translation>直《なお》した ことを 保存《ほぞん》する</translation>
    </message>
    <message>
        <source>Set the shelter id first: nothing can be recorded yet.</source>
        <translation>先《さき》に 避難所《ひなんじょ》の IDを 設定《せってい》して ください。まだ 記録《きろく》 できません。</translation>
    </message>
    <message>
        <source>The correction was saved.</source>
        <translation>直《なお》した ことを 保存《ほぞん》しました。</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>記録《きろく》の データベースが 使《つか》えません。</translation>
    </message>
    <message>
        <source>The records could not be read.</source>
        <translation>記録《きろく》を 読《よ》めませんでした。</translation>
    </message>
    <message>
        <source>The shelter settings changed: nothing was recorded. Please start again.</source>
        <translation>避難所《ひなんじょ》の 設定《せってい》が かわりました。記録《きろく》して いません。はじめから もう 一回《いっかい》 して ください。</translation>
    </message>
    <message>
        <source>Western calendar</source>
        <translation>西暦《せいれき》</translation>
    </message>
    <message>
        <source>Who is checking out?</source>
        <translation>出《で》る 人《ひと》は だれですか</translation>
    </message>
    <message>
        <source>Whose record is wrong?</source>
        <translation>だれの 記録《きろく》が ちがいますか</translation>
    </message>
    <message>
        <source>{name}, checked in {time}</source>
        <translation>{name}　入所《にゅうしょ》 {time}</translation>
    </message>
</context>
<context>
    <name>Roster</name>
    <message numerus="yes">
        <source>%n training records deleted.</source>
        <translation>
            <numerusform>訓練《くんれん》の 記録《きろく》を %n件《けん》 消《け》しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n training records wait for the server: delete again once they are sent.</source>
        <translation>
            <numerusform>訓練《くんれん》の 記録《きろく》 %n件《けん》は まだ 送《おく》って いません。 送《おく》った あとで もう 一度《いちど》 消《け》して ください。</numerusform>
        </translation>
    </message>
    <message>
        <source>90 and over</source>
        <translation>90歳《さい》 以上《いじょう》</translation>
    </message>
    <message>
        <source>Age unknown</source>
        <translation>年齢《ねんれい》が わからない</translation>
    </message>
    <message>
        <source>Back to the staff menu</source>
        <translation>スタッフの メニューに 戻《もど》る</translation>
    </message>
    <message>
        <source>By age</source>
        <translation>年齢《ねんれい》ごと</translation>
    </message>
    <message>
        <source>Capacity (people)</source>
        <translation>はいれる にんずう（にん）</translation>
    </message>
    <message>
        <source>Capacity saved.</source>
        <translation>入《はい》れる 人数《にんずう》を 保存《ほぞん》しました。</translation>
    </message>
    <message>
        <source>Capacity {capacity}: {rate}% full</source>
        <translation>入《はい》れる 人数《にんずう》 {capacity}人《にん》: {rate}%</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>きた じかん</translation>
    </message>
    <message>
        <source>Checked out</source>
        <translation>でた じかん</translation>
    </message>
    <message>
        <source>Checked out: {count}</source>
        <translation>出《で》た 人《ひと》: {count}人《にん》</translation>
    </message>
    <message>
        <source>Delete the personal data of every training record on this terminal, the copies from the other terminals included?</source>
        <translation>この 機械《きかい》に ある 訓練《くんれん》の 記録《きろく》の 名前《なまえ》などを みんな 消《け》しますか？ ほかの 機械《きかい》から 来《き》た 記録《きろく》も 消《け》します。</translation>
    </message>
    <message>
        <source>Delete the training records</source>
        <translation>訓練《くんれん》の 記録《きろく》を 消《け》す</translation>
    </message>
    <message>
        <source>End training mode</source>
        <translation>訓練《くんれん》モードを 終《お》わる</translation>
    </message>
    <message>
        <source>End training mode? Records made from now on are real.</source>
        <translation>訓練《くんれん》モードを 終《お》わりますか？ これからの 記録《きろく》は 本当《ほんとう》の 記録《きろく》です。</translation>
    </message>
    <message>
        <source>Export the roster to the USB stick</source>
        <translation>名簿《めいぼ》を USBメモリに 入《い》れる</translation>
    </message>
    <message>
        <source>Folder on the USB stick</source>
        <translation>USBメモリの フォルダー</translation>
    </message>
    <message>
        <source>Household</source>
        <translation>かぞく</translation>
    </message>
    <message>
        <source>Households inside: {count}</source>
        <translation>今《いま》 いる 家族《かぞく》の 数《かず》: {count}</translation>
    </message>
    <message>
        <source>Injured</source>
        <translation>けが</translation>
    </message>
    <message>
        <source>Inside now: {count}</source>
        <translation>今《いま》 いる 人《ひと》: {count}人《にん》</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>なまえ</translation>
    </message>
    <message>
        <source>Needs assistance</source>
        <translation>てつだいが ひつよう</translation>
    </message>
    <message>
        <source>Needs medical care</source>
        <translation>びょういんや くすりが ひつよう</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>No capacity set: type it below.</source>
        <translation>入《はい》れる 人数《にんずう》が まだ ありません。 下《した》に 書《か》いて ください。</translation>
    </message>
    <message>
        <source>Not saved: the USB stick is full.</source>
        <translation>入《い》れられませんでした: USBメモリが いっぱいです。</translation>
    </message>
    <message>
        <source>Not saved: the folder cannot be written. Is the USB stick in?</source>
        <translation>入《い》れられませんでした: フォルダーに 書《か》けません。 USBメモリは ささって いますか？</translation>
    </message>
    <message>
        <source>Only people inside now</source>
        <translation>いま いる ひと だけ</translation>
    </message>
    <message>
        <source>Passphrase (12 or more characters)</source>
        <translation>パスワード（12もじ いじょう）</translation>
    </message>
    <message>
        <source>Personal data deleted: {count}</source>
        <translation>名前《なまえ》などを 消《け》した 記録《きろく》: {count}</translation>
    </message>
    <message>
        <source>Pregnant</source>
        <translation>おなかに あかちゃんが いる</translation>
    </message>
    <message>
        <source>Reading</source>
        <translation>よみかた</translation>
    </message>
    <message>
        <source>Records not readable here: {count}</source>
        <translation>この 機械《きかい》で 読《よ》めない 記録《きろく》: {count}</translation>
    </message>
    <message>
        <source>Roster and counts</source>
        <translation>名簿《めいぼ》と 人数《にんずう》</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, NOT encrypted.</source>
        <translation>{file} を 入《い》れました: {count}人《にん》、 かぎ なし。</translation>
    </message>
    <message>
        <source>Saved {file}: {count} people, encrypted.</source>
        <translation>{file} を 入《い》れました: {count}人《にん》、 かぎ あり。</translation>
    </message>
    <message>
        <source>Search by name or reading</source>
        <translation>なまえ か よみかたで さがす</translation>
    </message>
    <message>
        <source>Set the capacity</source>
        <translation>にんずうを きめる</translation>
    </message>
    <message>
        <source>Special needs</source>
        <translation>てつだいが ひつような こと</translation>
    </message>
    <message>
        <source>Start training mode</source>
        <translation>訓練《くんれん》モードを 始《はじ》める</translation>
    </message>
    <message>
        <source>Start training mode? Every record made from now on is a training record, kept apart from the real ones.</source>
        <translation>訓練《くんれん》モードを 始《はじ》めますか？ これからの 記録《きろく》は みんな 訓練《くんれん》の 記録《きろく》に なり、 本当《ほんとう》の 記録《きろく》とは 別《べつ》に します。</translation>
    </message>
    <message>
        <source>The capacity is a number up to 100000.</source>
        <translation>人数《にんずう》は 100000までの 数字《すうじ》で 書《か》いて ください。</translation>
    </message>
    <message>
        <source>The passphrase needs at least 12 characters.</source>
        <translation>パスワードは 12文字《もじ》 以上《いじょう》に して ください。</translation>
    </message>
    <message>
        <source>The record database is not available.</source>
        <translation>記録《きろく》が 使《つか》えません。</translation>
    </message>
    <message>
        <source>The records could not be read: {code}</source>
        <translation>記録《きろく》が 読《よ》めませんでした: {code}</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>おなじ パスワードを もう いちど</translation>
    </message>
    <message>
        <source>The training records could not be deleted: {code}</source>
        <translation>訓練《くんれん》の 記録《きろく》を 消《け》せませんでした: {code}</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2つの パスワードが 同《おな》じでは ありません。</translation>
    </message>
    <message>
        <source>Training mode: only training records are shown and counted.</source>
        <translation>訓練《くんれん》モード: 訓練《くんれん》の 記録《きろく》だけ 見《み》せて います。</translation>
    </message>
    <message>
        <source>Type the folder of the USB stick.</source>
        <translation>USBメモリの フォルダーを 書《か》いて ください。</translation>
    </message>
    <message>
        <source>With a pet</source>
        <translation>ペットと いっしょ</translation>
    </message>
    <message>
        <source>Without encryption (plain CSV)</source>
        <translation>かぎを かけない（CSV）</translation>
    </message>
    <message>
        <source>Write the roster WITHOUT encryption? Anyone who finds the USB stick can read every name and address.</source>
        <translation>かぎを かけないで 名簿《めいぼ》を 入《い》れますか？ USBメモリを 拾《ひろ》った 人《ひと》が みんなの 名前《なまえ》と 住所《じゅうしょ》を 読《よ》めます。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>ended by a later check-in</source>
        <translation>もう いちど きたので おわり</translation>
    </message>
    <message>
        <source>inside</source>
        <translation>いる</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>API token</source>
        <translation>APIの トークン</translation>
    </message>
    <message>
        <source>Address in the QR code (empty: found by itself)</source>
        <translation>QRコードの アドレス（書《か》かない とき: 自動《じどう》）</translation>
    </message>
    <message>
        <source>After a check-in, tell people (empty: the standard text)</source>
        <translation>ひなんの とうろくの あとに つたえる こと（からっぽ：いつもの ぶん）</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>せってい</translation>
    </message>
    <message>
        <source>Ask for 和暦 / 西暦 birth date display</source>
        <translation>うまれた ひを われき か せいれき で えらぶ がめんを だす</translation>
    </message>
    <message>
        <source>Camera</source>
        <translation>カメラ</translation>
    </message>
    <message>
        <source>Card camera (device number)</source>
        <translation>カードの カメラ（番号《ばんごう》）</translation>
    </message>
    <message>
        <source>Default language</source>
        <translation>はじめの ことば</translation>
    </message>
    <message>
        <source>Face camera (device number)</source>
        <translation>顔《かお》の カメラ（番号《ばんごう》）</translation>
    </message>
    <message>
        <source>Language and voice</source>
        <translation>ことばと こえ</translation>
    </message>
    <message>
        <source>Management API URL</source>
        <translation>かんりの APIの URL</translation>
    </message>
    <message>
        <source>Management server</source>
        <translation>かんりの サーバー</translation>
    </message>
    <message>
        <source>Not saved: the settings file could not be written.</source>
        <translation>のこせません：せっていの ファイルに かけませんでした。</translation>
    </message>
    <message>
        <source>Not saved: type the API token for the new API URL.</source>
        <translation>のこして いません： あたらしい APIの URLの ための APIの トークンを いれて ください。</translation>
    </message>
    <message>
        <source>Not saved: {problem}</source>
        <translation>のこせません：{problem}</translation>
    </message>
    <message>
        <source>Off: PIN or typed numbers</source>
        <translation>使《つか》わない：暗証番号《あんしょうばんごう》か 番号《ばんごう》を 入《い》れる</translation>
    </message>
    <message>
        <source>On</source>
        <translation>つける</translation>
    </message>
    <message>
        <source>Other terminals&apos; addresses (host:port, separated by commas)</source>
        <translation>ほかの 端末《たんまつ》の アドレス（ホスト:ポート、「,」で 分《わ》ける）</translation>
    </message>
    <message>
        <source>PIN, then match the face</source>
        <translation>暗証番号《あんしょうばんごう》の あと 顔《かお》を くらべる</translation>
    </message>
    <message>
        <source>Phone page port</source>
        <translation>スマホの ページの ポート</translation>
    </message>
    <message>
        <source>Phone registration</source>
        <translation>スマホで 登録《とうろく》</translation>
    </message>
    <message>
        <source>Read the card face</source>
        <translation>カードの 表《おもて》を 読《よ》む</translation>
    </message>
    <message>
        <source>Read the card face and match the face</source>
        <translation>カードの 表《おもて》を 読《よ》んで 顔《かお》も くらべる</translation>
    </message>
    <message>
        <source>Same camera</source>
        <translation>おなじ カメラ</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>のこす</translation>
    </message>
    <message>
        <source>Saved. Type a new one to replace it.</source>
        <translation>のこして あります。かえる とき だけ いれて ください。</translation>
    </message>
    <message>
        <source>Seconds the result stays on screen</source>
        <translation>けっかを みせる びょう</translation>
    </message>
    <message>
        <source>Seconds without a touch before asking for more time</source>
        <translation>「もっと じかんが いりますか？」と きく までの びょう</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>せっていを のこしました。</translation>
    </message>
    <message>
        <source>Shelter</source>
        <translation>ひなんじょ</translation>
    </message>
    <message>
        <source>Shelter ID</source>
        <translation>ひなんじょの ID</translation>
    </message>
    <message>
        <source>Shelter LAN</source>
        <translation>避難所《ひなんじょ》の ネットワーク</translation>
    </message>
    <message>
        <source>Shelter LAN port</source>
        <translation>避難所《ひなんじょ》の ネットワークの ポート</translation>
    </message>
    <message>
        <source>Shelter name</source>
        <translation>ひなんじょの なまえ</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>じかん</translation>
    </message>
    <message>
        <source>Voice guidance</source>
        <translation>こえの あんない</translation>
    </message>
    <message>
        <source>Where the staff desk is (empty: the standard text)</source>
        <translation>しょくいんの いる ばしょ（からっぽ：いつもの ぶん）</translation>
    </message>
</context>
<context>
    <name>Situation</name>
    <message>
        <source>I am injured</source>
        <translation>けがを して いる</translation>
    </message>
    <message>
        <source>I am pregnant</source>
        <translation>おなかに 赤《あか》ちゃんが いる</translation>
    </message>
    <message>
        <source>I came with a pet</source>
        <translation>ペットと 一緒《いっしょ》に 来《き》た</translation>
    </message>
    <message>
        <source>I need help to move or live here</source>
        <translation>歩《ある》く ことや 生活《せいかつ》に 手伝《てつだ》いが ほしい</translation>
    </message>
    <message>
        <source>I need medical care</source>
        <translation>医者《いしゃ》に 見《み》て ほしい</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>All records are sent. You can quit the kiosk.</source>
        <translation>きろくを ぜんぶ おくりました。おわりに できます。</translation>
    </message>
    <message>
        <source>App settings</source>
        <translation>設定《せってい》</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>受付《うけつけ》の 画面《がめん》に 戻《もど》る</translation>
    </message>
    <message>
        <source>Camera: unplugged or not found. People use the PIN or type the numbers until it is back.</source>
        <translation>カメラ：外《はず》れて いるか、見《み》つかりません。もどるまで、暗証番号《あんしょうばんごう》か 番号《ばんごう》を 入《い》れて 受付《うけつけ》します。</translation>
    </message>
    <message>
        <source>Camera: working</source>
        <translation>カメラ：使《つか》えます</translation>
    </message>
    <message>
        <source>Connection: OFFLINE</source>
        <translation>接続《せつぞく》：つながって いません</translation>
    </message>
    <message>
        <source>Connection: no management API configured</source>
        <translation>せつぞく：かんりの APIが せってい されて いません</translation>
    </message>
    <message>
        <source>Connection: online</source>
        <translation>接続《せつぞく》：つながって います</translation>
    </message>
    <message>
        <source>Connection: the server refused the API token. Check the settings.</source>
        <translation>せつぞく： サーバーが APIの トークンを うけとりません。せっていを みて ください。</translation>
    </message>
    <message>
        <source>Connection: the server refused the records (see its error).</source>
        <translation>せつぞく： サーバーが きろくを うけとりません （エラーを みて ください）。</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>アカウントを 作《つく》る</translation>
    </message>
    <message>
        <source>Create the first staff account</source>
        <translation>最初《さいしょ》の 職員《しょくいん》の アカウントを 作《つく》る</translation>
    </message>
    <message>
        <source>Delete personal data now</source>
        <translation>名前《なまえ》などを 今《いま》 消《け》す</translation>
    </message>
    <message>
        <source>Delete personal data now?</source>
        <translation>名前《なまえ》などを 今《いま》 消《け》しますか？</translation>
    </message>
    <message>
        <source>Last sync: {time}</source>
        <translation>最後《さいご》に 送《おく》った 時間《じかん》：{time}</translation>
    </message>
    <message>
        <source>Lines that could not be read: {lines}</source>
        <translation>読《よ》めなかった 行《ぎょう》：{lines}</translation>
    </message>
    <message>
        <source>Log in</source>
        <translation>ログイン</translation>
    </message>
    <message>
        <source>Log in to open the shelter. The management system is told it opened.</source>
        <translation>ログイン すると ひなんじょを ひらきます。かんりの システムに しらせます。</translation>
    </message>
    <message>
        <source>Log out (quit the app)</source>
        <translation>ログアウト（アプリを おわる）</translation>
    </message>
    <message>
        <source>Names, addresses and messages are erased from this kiosk for good. It works only after the close notice, once the server has every record.</source>
        <translation>なまえ、じゅうしょ、メッセージを この きかいから ぜんぶ けします。もどせません。しめる しらせの あと、サーバーが ぜんぶ うけとって から できます。</translation>
    </message>
    <message>
        <source>No personal data left to delete.</source>
        <translation>消《け》す 名前《なまえ》などは ありません。</translation>
    </message>
    <message>
        <source>No set-up code was issued. IT: python -m kiosk.staff setup-code</source>
        <translation>コードが まだ ありません。ITの ひと： python -m kiosk.staff setup-code</translation>
    </message>
    <message>
        <source>No staff account exists on this kiosk yet. Choose a user ID and a password of at least 10 characters.</source>
        <translation>この きかいには まだ しょくいんの アカウントが ありません。IDと 10もじ いじょうの パスワードを きめて ください。</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>いいえ、戻《もど》る</translation>
    </message>
    <message>
        <source>Nobody can check in or out until the kiosk is started again. Records that still wait stay safely on this kiosk.</source>
        <translation>また はじめる まで、はいる うけつけも でる うけつけも できません。まだ おくって いない きろくは この きかいに のこります。</translation>
    </message>
    <message numerus="yes">
        <source>Not deleted: %n records are not yet received by the server. Press Send now and try again when they are sent.</source>
        <translation>
            <numerusform>消《け》して いません。サーバーが まだ 受《う》け取《と》って いない 記録《きろく》が %n件《けん》 あります。「いま 送《おく》る」を 押《お》して、送《おく》り終《お》わってから もう一度《いちど》 して ください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not deleted: send the shelter close notice first.</source>
        <translation>けして いません： さきに ひなんじょを しめる おしらせを おくって ください。</translation>
    </message>
    <message>
        <source>Not deleted: the waiting time after the close has not passed yet.</source>
        <translation>けして いません： しめてからの まちじかんが まだ おわって いません。</translation>
    </message>
    <message>
        <source>Not everything could be sent yet. The records stay on this kiosk.</source>
        <translation>まだ ぜんぶは おくれて いません。きろくは この きかいに のこります。</translation>
    </message>
    <message>
        <source>Only shelter staff may open this menu.</source>
        <translation>この メニューは 職員《しょくいん》だけが 使《つか》えます。</translation>
    </message>
    <message>
        <source>Only shelter staff may quit the kiosk.</source>
        <translation>終《お》わりに できるのは 職員《しょくいん》だけです。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>パスワード（もう 一度《いちど》）</translation>
    </message>
    <message>
        <source>People without a card</source>
        <translation>カードが ない 人《ひと》</translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records.</source>
        <translation>
            <numerusform>%n件《けん》の 記録《きろく》から 名前《なまえ》などを 消《け》しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Personal data deleted from %n records. The database file is rewritten in a moment to remove old copies; the kiosk does this by itself.</source>
        <translation>
            <numerusform>%n件《けん》の 記録《きろく》から 名前《なまえ》などを 消《け》しました。古《ふる》い コピーを 消《け》すため、もうすぐ ファイルを 書《か》き直《なお》します。機械《きかい》が 自分《じぶん》で します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Please choose a harder password: no common words, repeats, runs or the user ID.</source>
        <translation>もっと むずかしい パスワードに して ください。よく ある ことば、おなじ もじの くりかえし、ならんだ もじ、IDは だめです。</translation>
    </message>
    <message>
        <source>Please enter a user ID.</source>
        <translation>IDを 入《い》れて ください。</translation>
    </message>
    <message>
        <source>Quarantined records queued again: {count}</source>
        <translation>もういちど おくる きろく： {count}</translation>
    </message>
    <message>
        <source>Quit the kiosk</source>
        <translation>終《お》わる</translation>
    </message>
    <message>
        <source>Quit the kiosk?</source>
        <translation>終《お》わりますか？</translation>
    </message>
    <message>
        <source>Reader: {state}</source>
        <translation>読《よ》み取《と》り機《き》：{state}</translation>
    </message>
    <message>
        <source>Records still waiting to be sent: {count}</source>
        <translation>まだ おくって いない きろく：{count}</translation>
    </message>
    <message>
        <source>Records that still wait are kept safely on this kiosk and are sent the next time it starts with a connection.</source>
        <translation>まだ おくって いない きろくは この きかいに のこります。つぎに ネットに つながった とき おくります。</translation>
    </message>
    <message>
        <source>Records waiting: {waiting}, quarantined: {quarantined}</source>
        <translation>まだ おくって いない：{waiting}、しょくいんが みる もの：{quarantined}</translation>
    </message>
    <message>
        <source>Retry records on hold</source>
        <translation>止《と》めた 記録《きろく》を もう 一度《いちど》 送《おく》る</translation>
    </message>
    <message>
        <source>Send now</source>
        <translation>今《いま》 送《おく》る</translation>
    </message>
    <message>
        <source>Send now and wait</source>
        <translation>今《いま》 送《おく》って 待《ま》つ</translation>
    </message>
    <message>
        <source>Send shelter close notice and quit</source>
        <translation>閉《し》めた ことを 知《し》らせて 終《お》わる</translation>
    </message>
    <message>
        <source>Send shelter open notice</source>
        <translation>開《ひら》いた ことを 知《し》らせる</translation>
    </message>
    <message>
        <source>Send the shelter close notice?</source>
        <translation>避難所《ひなんじょ》を 閉《し》める 知《し》らせを 送《おく》りますか？</translation>
    </message>
    <message>
        <source>Sending now.</source>
        <translation>今《いま》 送《おく》って います。</translation>
    </message>
    <message>
        <source>Sending… Please wait. Records still waiting: {count}</source>
        <translation>おくって います。まって ください。まだ おくって いない きろく：{count}</translation>
    </message>
    <message>
        <source>Set-up code from IT</source>
        <translation>ITの 人《ひと》から もらった コード</translation>
    </message>
    <message>
        <source>Shelter close notice queued</source>
        <translation>閉《し》めた 知《し》らせを 送《おく》る 準備《じゅんび》が できました</translation>
    </message>
    <message>
        <source>Shelter open notice queued.</source>
        <translation>開《ひら》いた 知《し》らせを 送《おく》る 準備《じゅんび》が できました。</translation>
    </message>
    <message>
        <source>Staff login</source>
        <translation>職員《しょくいん》の ログイン</translation>
    </message>
    <message>
        <source>Staff login to quit the kiosk</source>
        <translation>終《お》わりに するには 職員《しょくいん》が ログインします</translation>
    </message>
    <message>
        <source>Staff menu</source>
        <translation>職員《しょくいん》の メニュー</translation>
    </message>
    <message>
        <source>Staff menu: enter your password</source>
        <translation>職員《しょくいん》の メニュー：パスワードを 入《い》れる</translation>
    </message>
    <message>
        <source>Staff must open it again: log in to open the shelter. The management system is told it opened.</source>
        <translation>しょくいんが もう いちど ひらきます。ログインすると ひなんじょを ひらいて、しらせを おくります。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>今《いま》の ようす</translation>
    </message>
    <message>
        <source>That did not work. Please try again.</source>
        <translation>できませんでした。もう 一度《いちど》 して ください。</translation>
    </message>
    <message>
        <source>The account could not be created.</source>
        <translation>アカウントが 作《つく》れませんでした。</translation>
    </message>
    <message>
        <source>The management system is told that this shelter is closed. Then the kiosk shows how many records still wait, and staff can quit it.</source>
        <translation>ひなんじょを しめた ことを しらせます。そのあと まだ おくって いない きろくの かずを みせます。しょくいんが おわる ことが できます。</translation>
    </message>
    <message>
        <source>The notice could not be saved. Please try again.</source>
        <translation>しらせを のこせませんでした。もう いちど して ください。</translation>
    </message>
    <message>
        <source>The notice was not recorded: the kiosk cannot record yet.</source>
        <translation>しらせは きろく されません でした。この きかいは まだ きろく できません。</translation>
    </message>
    <message>
        <source>The password needs at least 10 characters.</source>
        <translation>パスワードは 10もじ いじょうに して ください。</translation>
    </message>
    <message>
        <source>The set-up code is not correct.</source>
        <translation>コードが 違《ちが》います。</translation>
    </message>
    <message>
        <source>The settings file was damaged. It was set aside as {path}; the values that could be read were kept.</source>
        <translation>せっていの ファイルが こわれて いました。{path} に べつに とって あります。よめた ものは そのまま つかいます。</translation>
    </message>
    <message>
        <source>The shelter is closed</source>
        <translation>避難所《ひなんじょ》は 閉《し》まって います</translation>
    </message>
    <message>
        <source>The shelter is closed: evacuees cannot check in. Send the shelter open notice to open it again, or log out.</source>
        <translation>避難所《ひなんじょ》は 閉《し》まって います。ひなんした 人《ひと》は 受付《うけつけ》 できません。もう 一度《いちど》 開《ひら》く ときは、開《ひら》いた ことを 知《し》らせて ください。または ログアウト して ください。</translation>
    </message>
    <message>
        <source>The shelter is open already: no notice was sent.</source>
        <translation>ひなんじょは もう ひらいて います。しらせは おくって いません。</translation>
    </message>
    <message>
        <source>The shelter is open. Log in to start the kiosk: no notice is sent.</source>
        <translation>ひなんじょは ひらいて います。ログインすると きかいを つかえます。しらせは おくりません。</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>2つの パスワードが 違《ちが》います。</translation>
    </message>
    <message>
        <source>These settings were not usable and are back at their defaults: {keys}</source>
        <translation>つぎの せっていは つかえないので、はじめの あたいに もどしました： {keys}</translation>
    </message>
    <message>
        <source>This kiosk cannot record anything until the shelter ID is set. Open App settings and enter it.</source>
        <translation>ひなんじょの IDを いれる まで、この きかいは きろく できません。「せってい」を ひらいて いれて ください。</translation>
    </message>
    <message>
        <source>This terminal has lost its ID (damaged settings). It cannot record anything until IT restores the terminal_id file.</source>
        <translation>この きかいの IDが なくなりました （せっていが こわれた）。ITの ひとが terminal_idの ファイルを もどす まで、きろく できません。</translation>
    </message>
    <message>
        <source>Too many wrong tries. Please wait and try again later.</source>
        <translation>まちがいが おおすぎます。すこし まって から もう いちど して ください。</translation>
    </message>
    <message>
        <source>User ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>User ID or password is not correct.</source>
        <translation>IDか パスワードが 違《ちが》います。</translation>
    </message>
    <message>
        <source>Yes, delete</source>
        <translation>はい、消《け》す</translation>
    </message>
    <message>
        <source>Yes, quit</source>
        <translation>はい、終《お》わる</translation>
    </message>
    <message>
        <source>Yes, send the close notice</source>
        <translation>はい、閉《し》める 知《し》らせを 送《おく》る</translation>
    </message>
    <message>
        <source>connected, card on the reader</source>
        <translation>つながって います。カードが あります</translation>
    </message>
    <message>
        <source>connected, no card</source>
        <translation>つながって います。カードは ありません</translation>
    </message>
    <message>
        <source>no reader connected</source>
        <translation>つながって いません</translation>
    </message>
</context>
<context>
    <name>StaffLog</name>
    <message>
        <source>A card could not be read ({code}).</source>
        <translation>カードを よめませんでした（{code}）。</translation>
    </message>
    <message>
        <source>A staff account was created.</source>
        <translation>しょくいんの アカウントを つくりました。</translation>
    </message>
    <message>
        <source>A staff login was refused ({code}).</source>
        <translation>しょくいんの ログインが できませんでした（{code}）。</translation>
    </message>
    <message>
        <source>A staff member logged in.</source>
        <translation>しょくいんが ログイン しました。</translation>
    </message>
    <message>
        <source>A staff member logged out.</source>
        <translation>しょくいんが ログアウト しました。</translation>
    </message>
    <message>
        <source>A staff screen was left untouched: back to the kiosk.</source>
        <translation>しょくいんの がめんを つかわなかったので、うけつけの がめんに もどりました。</translation>
    </message>
    <message>
        <source>Demo: a sample card was placed.</source>
        <translation>デモ：みほんの カードを おきました。</translation>
    </message>
    <message>
        <source>Demo: the practice data has its own folder.</source>
        <translation>デモ：れんしゅうの データは べつの フォルダーに あります。</translation>
    </message>
    <message>
        <source>Demo: the practice management server runs at {url}.</source>
        <translation>デモ：れんしゅうの かんりの サーバーは {url} で うごいて います。</translation>
    </message>
    <message>
        <source>Demo: the sample card was taken away.</source>
        <translation>デモ：みほんの カードを とりました。</translation>
    </message>
    <message>
        <source>Sending failed ({code}). The kiosk tries again by itself.</source>
        <translation>おくれませんでした（{code}）。きかいが じぶんで もういちど おくります。</translation>
    </message>
    <message>
        <source>Sending stopped ({code}). See the status.</source>
        <translation>おくるのが とまりました（{code}）。じょうたいを みて ください。</translation>
    </message>
    <message>
        <source>Technical message for IT ({code})</source>
        <translation>IT の たんとうの ための メッセージ（{code}）</translation>
    </message>
    <message>
        <source>The card reader is missing.</source>
        <translation>カードを よむ きかいが ありません。</translation>
    </message>
    <message>
        <source>The close notice waits until the earlier records are sent.</source>
        <translation>とじた しらせは、まえの きろくを おくるまで まって います。</translation>
    </message>
    <message>
        <source>The management server can be reached again.</source>
        <translation>かんりの サーバーに また つながりました。</translation>
    </message>
    <message>
        <source>The record database needs attention ({code}). See the status.</source>
        <translation>きろくの データベースに もんだいが あります（{code}）。じょうたいを みて ください。</translation>
    </message>
    <message>
        <source>The screen language was changed.</source>
        <translation>がめんの ことばが かわりました。</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>Registrations are kept safely on this kiosk</source>
        <translation>受付《うけつけ》は この 機械《きかい》に ちゃんと 残《のこ》って います</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message numerus="yes">
        <source>%n records could not be read (ids: {ids}).</source>
        <translation>
            <numerusform>%n件《けん》の 記録《きろく》は 読《よ》めません でした（ID： {ids}）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records could not be read.</source>
        <translation>
            <numerusform>%n件《けん》の 記録《きろく》は 読《よ》めません でした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n records were put on hold: they failed their check.</source>
        <translation>
            <numerusform>%n件《けん》の 記録《きろく》は チェックで だめ だったので 止《と》めて います。</numerusform>
        </translation>
    </message>
    <message>
        <source>How many records could not be read is not known.</source>
        <translation>よめなかった きろくが なんけん あるか わかりません。</translation>
    </message>
    <message>
        <source>I have read this</source>
        <translation>よみました</translation>
    </message>
    <message>
        <source>The damaged file was kept as {name} for IT. Do not delete it.</source>
        <translation>こわれた ファイルは ITの ひとの ために {name} と いう なまえで のこして あります。けさないで ください。</translation>
    </message>
    <message>
        <source>The record database is damaged and could not be repaired. This kiosk cannot record anything: people are told to see staff. Register people by hand and call IT. IT: stop the kiosk, then run python -m kiosk.outbox recover. Do not delete any files.</source>
        <translation>きろくの データが こわれて いて、なおせません でした。この きかいは なにも きろく できません。てがきで うけつけを して、ITの ひとを よんで ください。ITの ひと： きかいを とめてから python -m kiosk.outbox recover を して ください。ファイルは けさないで ください。</translation>
    </message>
    <message numerus="yes">
        <source>The record database was damaged. %n records were saved into a new database; those not yet sent will be sent.</source>
        <translation>
            <numerusform>記録《きろく》の データが こわれて いました。%n件《けん》の 記録《きろく》を 新《あたら》しい データに うつしました。まだ 送《おく》って いない 記録《きろく》は これから 送《おく》ります。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SyncProblem</name>
    <message numerus="yes">
        <source>%n records were left &apos;in flight&apos; by a sender that stopped; they will be sent again within 10 minutes or after a restart.</source>
        <translation>
            <numerusform>%n件《けん》の 記録《きろく》が「送《おく》って いる 途中《とちゅう》」の まま です。10分《ぷん》 以内《いない》か、機械《きかい》を つけ直《なお》した あとに また 送《おく》ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>A record is on hold: the server already has a different record with the same ID. Tell IT. The record stays on this kiosk.</source>
        <translation>きろくが 1つ とまって います。サーバーに おなじ IDの べつの きろくが あります。ITの ひとに いって ください。きろくは この きかいに のこって います。</translation>
    </message>
    <message>
        <source>A record is on hold: the server refused it. Tell IT. The record stays on this kiosk.</source>
        <translation>きろくが 1つ とまって います。サーバーが うけとりません でした。ITの ひとに いって ください。きろくは この きかいに のこって います。</translation>
    </message>
    <message>
        <source>For IT: {details}</source>
        <translation>ITの ひとへ： {details}</translation>
    </message>
    <message>
        <source>The API URL in the settings does not lead to the management server. IT must check the URL. Records wait on this kiosk.</source>
        <translation>せっていの API URLが ちがう ようです。ITの ひとが URLを みます。きろくは この きかいで まって います。</translation>
    </message>
    <message>
        <source>The API URL starts with http://, which is allowed only to this machine. IT must set an https:// URL in the settings. Nothing was sent.</source>
        <translation>API URLが http：// です。これは つかえません。ITの ひとが せっていで https：//の URLに します。なにも おくって いません。</translation>
    </message>
    <message>
        <source>The connection dropped while sending. The kiosk sends again by itself; the server does not count a record twice.</source>
        <translation>おくって いる とき、せつぞくが きれました。きかいが また おくります。おなじ きろくが 2かい かぞえられる ことは ありません。</translation>
    </message>
    <message>
        <source>The kiosk cannot reach the management server. Check the network cable or Wi-Fi. Records wait on this kiosk and are sent when the connection is back.</source>
        <translation>サーバーに つながりません。ネットの ケーブルか Wi-Fiを みて ください。きろくは この きかいに あります。つながったら おくります。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s disk is full: new check-ins may not be saved. Tell IT at once. Do not delete any files.</source>
        <translation>きかいの ディスクが いっぱい です。あたらしい うけつけが のこらない かも しれません。すぐ ITの ひとに いって ください。ファイルは けさないで ください。</translation>
    </message>
    <message>
        <source>The kiosk&apos;s record database has a problem. Tell IT at once. Do not delete any files.</source>
        <translation>きかいの きろくの データに もんだいが あります。すぐ ITの ひとに いって ください。ファイルは けさないで ください。</translation>
    </message>
    <message>
        <source>The management server has a problem of its own. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>サーバーに もんだいが あります。きかいが また やって みます。きろくは この きかいで まって います。</translation>
    </message>
    <message>
        <source>The network answered with another page (a Wi-Fi sign-in page?), not the management server. Sign in to the network or use another one. Records wait on this kiosk.</source>
        <translation>サーバー では ない ページが でました （Wi-Fiの ログイン？）。ネットに ログイン するか、ほかの ネットを つかって ください。きろくは この きかいで まって います。</translation>
    </message>
    <message>
        <source>The server asked the kiosk to send more slowly. The kiosk waits and tries again by itself.</source>
        <translation>サーバーが「ゆっくり おくって」と いいました。きかいが まって から、また おくります。</translation>
    </message>
    <message>
        <source>The server asked to send some records again later. The kiosk does this by itself.</source>
        <translation>サーバーが「いくつかの きろくを あとで また おくって」と いいました。きかいが じぶんで おくります。</translation>
    </message>
    <message>
        <source>The server did not answer in time. The kiosk tries again by itself. Records wait on this kiosk.</source>
        <translation>サーバーの へんじが ありません でした。きかいが また やって みます。きろくは この きかいで まって います。</translation>
    </message>
    <message>
        <source>The server did not confirm every record. The kiosk sends the others again by itself.</source>
        <translation>サーバーが ぜんぶの きろくを うけとったと いって いません。のこりは きかいが また おくります。</translation>
    </message>
    <message>
        <source>The server refused all records: probably a settings problem (is the shelter ID registered?). Check the settings, then press Send now.</source>
        <translation>サーバーが ぜんぶの きろくを うけとりません。せっていの もんだい かも しれません （ひなんじょの IDは とうろく して ありますか？）。せっていを みて から「いま おくる」を おして ください。</translation>
    </message>
    <message>
        <source>The server refused the API token. Nothing is sent until the correct token is set in the settings.</source>
        <translation>サーバーが APIの トークンを うけとりません。せっていに ただしい トークンを いれる まで、なにも おくりません。</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large. Nothing is lost; the kiosk tries again. If this stays, tell IT.</source>
        <translation>サーバーの へんじが おおきすぎました。きろくは なくなって いません。また やって みます。ずっと つづく ときは、ITの ひとに いって ください。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not trusted. If the city uses its own certificate authority, IT must set the CA file in the settings. Records wait on this kiosk.</source>
        <translation>サーバーの しょうめいしょが しんらい できません。ITの ひとが せっていで CAの ファイルを いれる ひつようが あるかも しれません。きろくは この きかいで まって います。</translation>
    </message>
    <message>
        <source>The server&apos;s name cannot be found. Check the network; if it works, IT must check the API URL in the settings. Records wait on this kiosk.</source>
        <translation>サーバーの なまえが みつかりません。ネットを みて ください。ネットが だいじょうぶなら、ITの ひとが せっていの API URLを みます。きろくは この きかいで まって います。</translation>
    </message>
    <message>
        <source>This terminal&apos;s clock is {minutes} minutes off. Please set the date and time.</source>
        <translation>この きかいの とけいが {minutes}ぷん ずれて います。ひにちと じかんを なおして ください。</translation>
    </message>
    <message>
        <source>record {record}</source>
        <translation>きろく {record}</translation>
    </message>
    <message>
        <source>server code {code}</source>
        <translation>サーバーの コード {code}</translation>
    </message>
</context>
<context>
    <name>TakeCard</name>
    <message>
        <source>Please take your card</source>
        <translation>カードを 取《と》って ください</translation>
    </message>
    <message>
        <source>Your card is still on the reader. To start again, take it and place it again.</source>
        <translation>カードが まだ 置《お》いて あります。もう 一度《いちど》 する ときは、カードを 取《と》って、もう 一度《いちど》 置《お》いて ください。</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>TRAINING MODE: every new record is a training record</source>
        <translation>くんれん モード: あたらしい きろくは みんな くんれん です</translation>
    </message>
</context>
</TS>
