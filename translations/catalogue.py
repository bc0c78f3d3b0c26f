"""Every text of the kiosk in every language, side by side (the source of the .ts files).

Order in each entry: context, English source, then ja, zh_CN, ko, vi, pt_BR, ja_easy.
English is the source language, so en.ts repeats the source.

Tone: people at this kiosk may be having the worst day of their lives. Plain words, short
sentences, always say what to do next. やさしい日本語: short sentences, simple words, mostly
hiragana, spaces between phrases (分かち書き), no furigana needed.

After editing: ``python scripts/build_translations.py --update`` (rewrites translations/*.ts).
"""

from __future__ import annotations

_ENTRIES: list[tuple[str, str, str, str, str, str, str, str]] = []


def T(  # noqa: N802 - reads like a table row
    context: str,
    source: str,
    ja: str,
    zh_cn: str,
    ko: str,
    vi: str,
    pt_br: str,
    ja_easy: str,
) -> None:
    _ENTRIES.append((context, source, ja, zh_cn, ko, vi, pt_br, ja_easy))


# --- Common -------------------------------------------------------------------------------
T("Common", "Back", "戻る", "返回", "뒤로", "Quay lại", "Voltar", "もどる")
T("Common", "Cancel", "やめる", "取消", "취소", "Hủy", "Cancelar", "やめる")
T("Common", "OK", "OK", "确定", "확인", "OK", "OK", "OK")
T("Common", "Done", "完了", "完成", "완료", "Xong", "Pronto", "おわり")
T("Keypad", "Delete", "1文字消す", "删除", "지우기", "Xóa", "Apagar", "けす")
T("Keypad", "OK", "決定", "确定", "확인", "OK", "OK", "OK")

# --- Idle ---------------------------------------------------------------------------------
T(
    "Idle",
    "Please place your card on the reader",
    "カードを読み取り機に置いてください",
    "请把卡片放在读卡器上",
    "카드를 리더기 위에 올려 주세요",
    "Vui lòng đặt thẻ lên máy đọc",
    "Coloque o seu cartão no leitor",
    "カードを ここに おいて ください",
)
T(
    "Idle",
    "My Number card or driver's licence. Leave it there.",
    "マイナンバーカードか運転免許証。置いたままにしてください。",
    "个人编号卡或驾驶执照。请一直放在上面。",
    "마이넘버 카드 또는 운전면허증. 그대로 두세요.",
    "Thẻ My Number hoặc bằng lái xe. Cứ để thẻ ở đó.",
    "Cartão My Number ou carteira de motorista. Deixe-o ali.",
    "マイナンバーカード か めんきょしょう です。おいた まま に して ください。",
)
T(
    "Idle",
    "Check in: please place your card on the reader",
    "避難登録:カードを読み取り機に置いてください",
    "避难登记:请把卡片放在读卡器上",
    "피난 등록: 카드를 리더기 위에 올려 주세요",
    "Đăng ký vào: vui lòng đặt thẻ lên máy đọc",
    "Entrada: coloque o seu cartão no leitor",
    "ひなんじょに はいる:カードを ここに おいて ください",
)
T(
    "Idle",
    "Check out: please place your card on the reader",
    "退所登録:カードを読み取り機に置いてください",
    "离开登记:请把卡片放在读卡器上",
    "퇴소 등록: 카드를 리더기 위에 올려 주세요",
    "Đăng ký rời đi: vui lòng đặt thẻ lên máy đọc",
    "Saída: coloque o seu cartão no leitor",
    "ひなんじょを でる:カードを ここに おいて ください",
)
T(
    "Idle",
    "Check in (arrive)",
    "避難登録(入所)",
    "避难登记(入住)",
    "피난 등록 (입소)",
    "Đăng ký vào (đến)",
    "Entrada (chegar)",
    "はいる",
)
T(
    "Idle",
    "Check out (leave)",
    "退所登録(退所)",
    "离开登记(离开)",
    "퇴소 등록 (퇴소)",
    "Đăng ký rời đi (đi)",
    "Saída (sair)",
    "でる",
)
T(
    "Idle",
    "No card?",
    "カードがない方",
    "没有卡片?",
    "카드가 없으신가요?",
    "Không có thẻ?",
    "Não tem cartão?",
    "カードが ない ひと",
)
T("Idle", "Evacuation shelter", "避難所", "避难所", "대피소", "Nơi sơ tán", "Abrigo", "ひなんじょ")

# --- Status line (for staff, on the idle screen) -----------------------------------------
T("Status", "Offline", "オフライン", "离线", "오프라인", "Ngoại tuyến", "Sem conexão", "つながって いない")
T(
    "Status",
    "{count} waiting",
    "未送信 {count} 件",
    "{count} 条待发送",
    "전송 대기 {count}건",
    "{count} đang chờ gửi",
    "{count} aguardando envio",
    "まだ おくって いない もの {count}",
)
T(
    "Status",
    "{count} need staff",
    "要対応 {count} 件",
    "{count} 条需工作人员处理",
    "직원 확인 필요 {count}건",
    "{count} cần nhân viên xử lý",
    "{count} precisam da equipe",
    "しょくいんが みる もの {count}",
)
T(
    "Status",
    "Reader missing",
    "読み取り機なし",
    "没有读卡器",
    "리더기 없음",
    "Không có máy đọc",
    "Leitor ausente",
    "よみとりきが ない",
)

# --- No card --------------------------------------------------------------------------------
T(
    "NoCard",
    "No card? Please go to the staff desk",
    "カードがない方は、職員の受付へお越しください",
    "没有卡片?请到工作人员服务台",
    "카드가 없으면 직원 접수처로 가 주세요",
    "Không có thẻ? Vui lòng đến bàn nhân viên",
    "Não tem cartão? Vá até a mesa da equipe",
    "カードが ない ひとは しょくいんの ところへ いって ください",
)
T(
    "NoCard",
    "Staff will register you there. You do not need a card. "
    "If you cannot walk there, ask anyone nearby to call staff.",
    "職員がそこで登録します。カードは要りません。"
    "歩いて行けない方は、近くの人に職員を呼んでもらってください。",
    "工作人员会在那里为您登记,不需要卡片。如果您无法走过去,请请身边的人叫工作人员。",
    "직원이 그곳에서 등록해 드립니다. 카드는 필요 없습니다. "
    "걸어갈 수 없다면 가까이 있는 사람에게 직원을 불러 달라고 하세요.",
    "Nhân viên sẽ đăng ký cho bạn ở đó. Bạn không cần thẻ. "
    "Nếu không đi được, hãy nhờ người bên cạnh gọi nhân viên.",
    "A equipe vai registrar você lá. Não precisa de cartão. "
    "Se não puder andar até lá, peça a alguém por perto para chamar a equipe.",
    "しょくいんが そこで うけつけ します。カードは いりません。"
    "あるけない ひとは ちかくの ひとに しょくいんを よんで もらって ください。",
)

# --- Consent --------------------------------------------------------------------------------
T(
    "Consent",
    "May we read your card?",
    "カードを読み取ってもよろしいですか?",
    "可以读取您的卡片吗?",
    "카드를 읽어도 될까요?",
    "Chúng tôi có thể đọc thẻ của bạn không?",
    "Podemos ler o seu cartão?",
    "カードを よんでも いいですか?",
)
T(
    "Consent",
    "We will read: your name, address, birth date and sex.",
    "読み取る内容:氏名、住所、生年月日、性別。",
    "读取内容:姓名、住址、出生日期和性别。",
    "읽는 내용: 이름, 주소, 생년월일, 성별.",
    "Chúng tôi sẽ đọc: họ tên, địa chỉ, ngày sinh và giới tính.",
    "Vamos ler: seu nome, endereço, data de nascimento e sexo.",
    "よむ もの:なまえ、じゅうしょ、うまれた ひ、せいべつ。",
)
T(
    "Consent",
    "Why: so the city knows you are safe in this shelter and can bring help and supplies.",
    "目的:あなたがこの避難所にいて無事であることを市が把握し、支援や物資を届けるためです。",
    "目的:让市政府知道您在这个避难所平安,并能送来帮助和物资。",
    "목적: 당신이 이 대피소에서 안전하다는 것을 시가 알고, 도움과 물자를 보내기 위해서입니다.",
    "Lý do: để thành phố biết bạn an toàn ở nơi sơ tán này và mang đến hỗ trợ, "
    "nhu yếu phẩm.",
    "Por quê: para a prefeitura saber que você está seguro neste abrigo e levar ajuda e "
    "suprimentos.",
    "りゆう:あなたが ここに いて ぶじだと しが わかります。たすけや ものを とどけます。",
)
T(
    "Consent",
    "We do not read your My Number (12 digits). Your PIN is not saved.",
    "マイナンバー(12桁の番号)は読み取りません。暗証番号は保存しません。",
    "我们不读取您的个人编号(12位数字)。密码不会被保存。",
    "마이넘버(12자리 번호)는 읽지 않습니다. 비밀번호는 저장하지 않습니다.",
    "Chúng tôi không đọc số My Number (12 chữ số). Mã PIN không được lưu.",
    "Não lemos o seu número My Number (12 dígitos). Sua senha não é guardada.",
    "マイナンバー(12けたの ばんごう)は よみません。あんしょうばんごうは のこしません。",
)
T(
    "Consent",
    "Consent text version {version}",
    "同意文の版 {version}",
    "同意书版本 {version}",
    "동의문 버전 {version}",
    "Phiên bản nội dung đồng ý {version}",
    "Versão do texto de consentimento {version}",
    "どうい の ぶんしょう {version}",
)
T("Consent", "Agree", "同意する", "同意", "동의합니다", "Đồng ý", "Concordo", "いいです")

# --- Method ---------------------------------------------------------------------------------
T(
    "Method",
    "How do you want to open your card?",
    "カードの読み取り方法を選んでください",
    "请选择打开卡片的方式",
    "카드를 여는 방법을 골라 주세요",
    "Bạn muốn mở thẻ bằng cách nào?",
    "Como você quer abrir o seu cartão?",
    "カードの よみかたを えらんで ください",
)
T(
    "Method",
    "With my 4-digit PIN",
    "4桁の暗証番号で",
    "使用4位数密码",
    "4자리 비밀번호로",
    "Bằng mã PIN 4 số",
    "Com a minha senha de 4 dígitos",
    "4けたの あんしょうばんごうで",
)
T(
    "Method",
    "Without PIN: with my birth date, the card's expiry year and the security code "
    "printed on the card",
    "暗証番号なしで:生年月日、カードの有効期限の年、カードに印刷されたセキュリティコードで",
    "不用密码:使用出生日期、卡片有效期的年份和卡片上印的安全码",
    "비밀번호 없이: 생년월일, 카드 유효기간 연도, 카드에 인쇄된 보안 코드로",
    "Không cần PIN: bằng ngày sinh, năm hết hạn của thẻ và mã bảo mật in trên thẻ",
    "Sem senha: com a data de nascimento, o ano de validade e o código de segurança "
    "impresso no cartão",
    "あんしょうばんごう なしで:うまれた ひ、カードの きげんの とし、"
    "カードに かいて ある 4けたの ばんごうで",
)

# --- PIN --------------------------------------------------------------------------------------
T(
    "Pin",
    "Type your 4-digit PIN",
    "4桁の暗証番号を入力してください",
    "请输入4位数密码",
    "4자리 비밀번호를 입력해 주세요",
    "Nhập mã PIN 4 số",
    "Digite a sua senha de 4 dígitos",
    "4けたの あんしょうばんごうを いれて ください",
)
T(
    "Pin",
    "Type PIN 1 of your driver's licence (4 digits)",
    "運転免許証の暗証番号1(4桁)を入力してください",
    "请输入驾驶执照的密码1(4位数)",
    "운전면허증의 비밀번호 1 (4자리)을 입력해 주세요",
    "Nhập mã PIN 1 của bằng lái xe (4 số)",
    "Digite a senha 1 da carteira de motorista (4 dígitos)",
    "めんきょしょうの あんしょうばんごう 1(4けた)を いれて ください",
)
T(
    "Pin",
    "The PIN you chose for this card. It is not shown and not spoken.",
    "このカードのために決めた暗証番号です。画面に表示せず、読み上げもしません。",
    "这是您为这张卡设定的密码。不会显示,也不会读出来。",
    "이 카드에 정한 비밀번호입니다. 화면에 보이지 않고 읽어 주지도 않습니다.",
    "Là mã PIN bạn đã đặt cho thẻ này. Mã không hiện ra và không được đọc to.",
    "É a senha que você escolheu para este cartão. Ela não aparece e não é falada.",
    "カードを つくった とき きめた ばんごう です。がめんに でません。こえでも いいません。",
)
T(
    "Pin",
    "Tries left: {count}",
    "残り回数:{count}",
    "剩余次数:{count}",
    "남은 횟수: {count}",
    "Số lần còn lại: {count}",
    "Tentativas restantes: {count}",
    "あと {count}かい",
)
T(
    "Pin",
    "Careful: if the next PIN is wrong, the kiosk stops and you must see staff. "
    "If you are not sure, press Cancel and ask staff.",
    "ご注意:次に間違えると、この端末では続けられず職員の対応が必要です。"
    "自信がなければ「やめる」を押して職員にお尋ねください。",
    "注意:如果下一次密码错误,本机将停止,您需要找工作人员。"
    "如果不确定,请按“取消”并询问工作人员。",
    "주의: 다음에 틀리면 이 단말기에서는 계속할 수 없고 직원에게 가야 합니다. "
    "확실하지 않으면 '취소'를 누르고 직원에게 물어보세요.",
    "Cẩn thận: nếu lần tới sai, máy sẽ dừng và bạn phải gặp nhân viên. "
    "Nếu không chắc, hãy bấm Hủy và hỏi nhân viên.",
    "Atenção: se a próxima senha estiver errada, o terminal para e você precisará da "
    "equipe. Se não tiver certeza, toque em Cancelar e fale com a equipe.",
    "ちゅうい:つぎに まちがえると ここでは できません。しょくいんの ところへ いきます。"
    "わからない ときは「やめる」を おして しょくいんに きいて ください。",
)
T(
    "Pin",
    "Forgot the PIN? Use the numbers printed on the card",
    "暗証番号を忘れた方:カードに印刷された番号を使う",
    "忘记密码?使用卡片上印的数字",
    "비밀번호를 잊으셨나요? 카드에 인쇄된 번호를 사용하기",
    "Quên mã PIN? Dùng các số in trên thẻ",
    "Esqueceu a senha? Use os números impressos no cartão",
    "ばんごうを わすれた:カードに かいて ある ばんごうを つかう",
)

# --- 照合番号B ---------------------------------------------------------------------------------
T(
    "CodeB",
    "Type the numbers printed on your card",
    "カードに印刷された番号を入力してください",
    "请输入卡片上印的数字",
    "카드에 인쇄된 번호를 입력해 주세요",
    "Nhập các số in trên thẻ của bạn",
    "Digite os números impressos no seu cartão",
    "カードに かいて ある ばんごうを いれて ください",
)
T("CodeB", "Reiwa 令和", "令和", "令和 Reiwa", "레이와 令和", "Reiwa 令和", "Reiwa 令和", "れいわ")
T("CodeB", "Heisei 平成", "平成", "平成 Heisei", "헤이세이 平成", "Heisei 平成", "Heisei 平成", "へいせい")
T("CodeB", "Showa 昭和", "昭和", "昭和 Showa", "쇼와 昭和", "Showa 昭和", "Showa 昭和", "しょうわ")
T("CodeB", "Taisho 大正", "大正", "大正 Taisho", "다이쇼 大正", "Taisho 大正", "Taisho 大正", "たいしょう")
T("CodeB", "Western year", "西暦", "公历", "서기", "Dương lịch", "Ano ocidental", "せいれき")
T(
    "CodeB",
    "1 Birth date (YY MM DD)",
    "1 生年月日(年2桁 月 日)",
    "1 出生日期(年2位 月 日)",
    "1 생년월일 (연도 2자리 월 일)",
    "1 Ngày sinh (năm 2 số, tháng, ngày)",
    "1 Nascimento (AA MM DD)",
    "1 うまれた ひ(とし 2けた・つき・ひ)",
)
T(
    "CodeB",
    "2 Card valid until (year)",
    "2 有効期限(西暦の年)",
    "2 有效期限(年份)",
    "2 유효기간 (연도)",
    "2 Thẻ có hạn đến (năm)",
    "2 Validade do cartão (ano)",
    "2 カードの きげん(せいれきの とし)",
)
T(
    "CodeB",
    "3 Security code (under the photo)",
    "3 セキュリティコード(写真の下)",
    "3 安全码(照片下方)",
    "3 보안 코드 (사진 아래)",
    "3 Mã bảo mật (dưới ảnh)",
    "3 Código de segurança (abaixo da foto)",
    "3 しゃしんの したの 4けたの ばんごう",
)

# --- Reading / saving -----------------------------------------------------------------------
T(
    "Reading",
    "Reading your card…",
    "カードを読み取っています…",
    "正在读取卡片…",
    "카드를 읽는 중입니다…",
    "Đang đọc thẻ…",
    "Lendo o seu cartão…",
    "カードを よんで います…",
)
T(
    "Reading",
    "Please do not remove your card.",
    "カードを取らないでください。",
    "请不要拿走卡片。",
    "카드를 치우지 마세요.",
    "Vui lòng không lấy thẻ ra.",
    "Não retire o seu cartão.",
    "カードを とらないで ください。",
)
T("Reading", "Saving…", "保存しています…", "正在保存…", "저장 중입니다…", "Đang lưu…", "Salvando…", "のこして います…")
T(
    "Reading",
    "Please wait a moment.",
    "少々お待ちください。",
    "请稍等。",
    "잠시 기다려 주세요.",
    "Vui lòng chờ một chút.",
    "Aguarde um momento.",
    "すこし まって ください。",
)

# --- Era choice ----------------------------------------------------------------------------
T(
    "Era",
    "How is the birth date written on your card?",
    "カードの生年月日はどちらの書き方ですか?",
    "您卡片上的出生日期是哪种写法?",
    "카드에 생년월일이 어떻게 쓰여 있나요?",
    "Ngày sinh trên thẻ của bạn được viết theo cách nào?",
    "Como a data de nascimento está escrita no seu cartão?",
    "カードの うまれた ひは どちらの かきかた ですか?",
)
T(
    "Era",
    "Choose the one that looks like your card.",
    "カードと同じ方を選んでください。",
    "请选择和卡片上一样的那个。",
    "카드와 같은 쪽을 골라 주세요.",
    "Hãy chọn cách giống trên thẻ.",
    "Escolha o que se parece com o seu cartão.",
    "カードと おなじ ほうを えらんで ください。",
)
T(
    "Era",
    "Japanese era: {date}",
    "和暦:{date}",
    "日本年号:{date}",
    "일본 연호: {date}",
    "Niên hiệu Nhật: {date}",
    "Era japonesa: {date}",
    "われき:{date}",
)
T(
    "Era",
    "Western: {date}",
    "西暦:{date}",
    "公历:{date}",
    "서기: {date}",
    "Dương lịch: {date}",
    "Calendário ocidental: {date}",
    "せいれき:{date}",
)

# --- Confirm -----------------------------------------------------------------------------------
T("Confirm", "Is this you?", "内容はあっていますか?", "这是您的信息吗?", "본인 정보가 맞습니까?", "Đây có phải là bạn không?", "Estes dados são seus?", "これは あなた ですか?")
T("Confirm", "Name", "氏名", "姓名", "이름", "Họ tên", "Nome", "なまえ")
T("Confirm", "Address", "住所", "住址", "주소", "Địa chỉ", "Endereço", "じゅうしょ")
T("Confirm", "Birth date", "生年月日", "出生日期", "생년월일", "Ngày sinh", "Nascimento", "うまれた ひ")
T("Confirm", "Sex", "性別", "性别", "성별", "Giới tính", "Sexo", "せいべつ")
T("Confirm", "Male", "男", "男", "남", "Nam", "Masculino", "おとこ")
T("Confirm", "Female", "女", "女", "여", "Nữ", "Feminino", "おんな")
T("Confirm", "Not applicable", "該当なし", "不适用", "해당 없음", "Không áp dụng", "Não se aplica", "なし")
T("Confirm", "Unknown", "不明", "不明", "알 수 없음", "Không rõ", "Desconhecido", "わからない")
T(
    "Confirm",
    "Show as {calendar}",
    "{calendar}で表示",
    "以{calendar}显示",
    "{calendar}(으)로 보기",
    "Hiện theo {calendar}",
    "Mostrar em {calendar}",
    "{calendar}で みる",
)
T("Confirm", "Western year", "西暦", "公历", "서기", "dương lịch", "ano ocidental", "せいれき")
T("Confirm", "Japanese era", "和暦", "日本年号", "일본 연호", "niên hiệu Nhật", "era japonesa", "われき")
T(
    "Confirm",
    "Add a phone number (optional)",
    "電話番号を入れる(任意)",
    "添加电话号码(可选)",
    "전화번호 추가 (선택)",
    "Thêm số điện thoại (không bắt buộc)",
    "Adicionar telefone (opcional)",
    "でんわばんごうを いれる(いれなくても いい)",
)
T("Confirm", "Phone: {number}", "電話:{number}", "电话:{number}", "전화: {number}", "Điện thoại: {number}", "Telefone: {number}", "でんわ:{number}")
T(
    "Confirm",
    "Phone number (optional)",
    "電話番号(任意)",
    "电话号码(可选)",
    "전화번호 (선택)",
    "Số điện thoại (không bắt buộc)",
    "Telefone (opcional)",
    "でんわばんごう(いれなくても いい)",
)
T(
    "Confirm",
    "Message to staff (optional)",
    "職員への伝言(任意)",
    "给工作人员的留言(可选)",
    "직원에게 전할 말 (선택)",
    "Lời nhắn cho nhân viên (không bắt buộc)",
    "Recado para a equipe (opcional)",
    "しょくいんへの メッセージ(なくても いい)",
)
T(
    "Confirm",
    "Tell staff (optional, touch all that apply):",
    "職員に伝えること(任意・あてはまるものすべて):",
    "告诉工作人员(可选,选择所有符合的):",
    "직원에게 알릴 것 (선택, 해당하는 것 모두):",
    "Báo cho nhân viên (không bắt buộc, chọn tất cả mục đúng):",
    "Avise a equipe (opcional, toque em tudo o que se aplica):",
    "しょくいんに つたえる こと(あれば ぜんぶ おす):",
)
T(
    "Confirm",
    "Not correct: call staff",
    "違う:職員を呼ぶ",
    "不对:叫工作人员",
    "틀림: 직원 호출",
    "Không đúng: gọi nhân viên",
    "Não está certo: chamar a equipe",
    "ちがう:しょくいんを よぶ",
)
T("Confirm", "Correct", "正しい", "正确", "맞습니다", "Đúng", "Está certo", "ただしい")

# --- Situation ---------------------------------------------------------------------------------
T("Situation", "I am injured", "けがをしている", "我受伤了", "다쳤어요", "Tôi bị thương", "Estou ferido(a)", "けがを して いる")
T(
    "Situation",
    "I need medical care",
    "医療が必要",
    "我需要医疗照顾",
    "치료가 필요해요",
    "Tôi cần chăm sóc y tế",
    "Preciso de atendimento médico",
    "びょういんの ひとに みて ほしい",
)
T("Situation", "I am pregnant", "妊娠している", "我怀孕了", "임신 중이에요", "Tôi đang mang thai", "Estou grávida", "おなかに あかちゃんが いる")
T(
    "Situation",
    "I need help to move or live here",
    "移動や生活に手助けが必要",
    "我行动或生活需要帮助",
    "이동이나 생활에 도움이 필요해요",
    "Tôi cần giúp đỡ để đi lại hoặc sinh hoạt",
    "Preciso de ajuda para me mover ou viver aqui",
    "あるく ことや せいかつに てつだいが ほしい",
)
T(
    "Situation",
    "I came with a pet",
    "ペットと一緒に来た",
    "我带着宠物",
    "반려동물과 함께 왔어요",
    "Tôi đi cùng thú cưng",
    "Vim com um animal de estimação",
    "ペットと いっしょに きた",
)

# --- Check-out -------------------------------------------------------------------------------
T(
    "Checkout",
    "You are checked in at this shelter",
    "あなたはこの避難所に登録されています",
    "您已在本避难所登记",
    "이 대피소에 등록되어 있습니다",
    "Bạn đã đăng ký ở nơi sơ tán này",
    "Você está registrado(a) neste abrigo",
    "あなたは この ひなんじょに います",
)
T(
    "Checkout",
    "Are you leaving the shelter now?",
    "これから避難所を出ますか?",
    "您现在要离开避难所吗?",
    "지금 대피소를 떠나시나요?",
    "Bây giờ bạn có rời nơi sơ tán không?",
    "Você vai sair do abrigo agora?",
    "いま ひなんじょを でますか?",
)
T(
    "Checkout",
    "Yes, I am leaving (check out)",
    "はい、出ます(退所)",
    "是,我要离开(退出)",
    "네, 떠납니다 (퇴소)",
    "Có, tôi rời đi (đăng ký rời)",
    "Sim, vou sair (saída)",
    "はい、でます",
)
T(
    "Checkout",
    "No, I am still staying",
    "いいえ、まだいます",
    "不,我还要住",
    "아니요, 계속 있습니다",
    "Không, tôi vẫn ở lại",
    "Não, vou continuar aqui",
    "いいえ、まだ います",
)

# --- Done --------------------------------------------------------------------------------------
T("Done", "You are checked in", "避難登録が完了しました", "避难登记完成", "피난 등록이 완료되었습니다", "Bạn đã đăng ký vào", "Entrada registrada", "うけつけ できました")
T("Done", "You are checked out", "退所登録が完了しました", "离开登记完成", "퇴소 등록이 완료되었습니다", "Bạn đã đăng ký rời đi", "Saída registrada", "でる てつづきが できました")
T(
    "Done",
    "Please take your card. Thank you.",
    "カードをお取りください。ありがとうございました。",
    "请取回卡片。谢谢。",
    "카드를 가져가세요. 감사합니다.",
    "Vui lòng lấy lại thẻ. Cảm ơn bạn.",
    "Pegue o seu cartão. Obrigado.",
    "カードを とって ください。ありがとう ございました。",
)

# --- Notices -----------------------------------------------------------------------------------
T(
    "Notice",
    "The number was not correct",
    "番号が違います",
    "号码不正确",
    "번호가 맞지 않습니다",
    "Số chưa đúng",
    "O número não está correto",
    "ばんごうが ちがいます",
)
T(
    "Notice",
    "Please check the number and try again.",
    "番号を確かめて、もう一度入力してください。",
    "请确认号码后再试一次。",
    "번호를 확인하고 다시 입력해 주세요.",
    "Vui lòng kiểm tra số và thử lại.",
    "Confira o número e tente de novo.",
    "ばんごうを たしかめて もう いちど いれて ください。",
)
T("Notice", "Try again", "もう一度入力する", "再试一次", "다시 입력", "Thử lại", "Tentar de novo", "もう いちど")
T(
    "Notice",
    "This card is locked",
    "このカードはロックされています",
    "这张卡已被锁定",
    "이 카드는 잠겨 있습니다",
    "Thẻ này đã bị khóa",
    "Este cartão está bloqueado",
    "この カードは つかえなく なって います",
)
T(
    "Notice",
    "Nothing was recorded. Please take your card and go to the staff desk. "
    "Staff will register you.",
    "登録はされていません。カードを取って職員の受付へお越しください。職員が登録します。",
    "没有进行登记。请取回卡片,到工作人员服务台。工作人员会为您登记。",
    "등록되지 않았습니다. 카드를 가지고 직원 접수처로 가 주세요. 직원이 등록해 드립니다.",
    "Chưa có gì được ghi lại. Vui lòng lấy thẻ và đến bàn nhân viên. "
    "Nhân viên sẽ đăng ký cho bạn.",
    "Nada foi registrado. Pegue o seu cartão e vá até a mesa da equipe. "
    "A equipe vai registrar você.",
    "まだ うけつけ して いません。カードを とって しょくいんの ところへ いって ください。"
    "しょくいんが うけつけ します。",
)
T(
    "Notice",
    "Only one try is left",
    "残りは1回だけです",
    "只剩一次机会",
    "남은 기회가 1번뿐입니다",
    "Chỉ còn một lần thử",
    "Resta só uma tentativa",
    "あと 1かい しか ありません",
)
T(
    "Notice",
    "To protect your card from locking, this kiosk will not try again. "
    "Please take your card and go to the staff desk.",
    "カードがロックされないよう、この端末ではこれ以上試しません。"
    "カードを取って職員の受付へお越しください。",
    "为了防止卡片被锁定,本机不会再尝试。请取回卡片,到工作人员服务台。",
    "카드가 잠기지 않도록 이 단말기에서는 더 시도하지 않습니다. "
    "카드를 가지고 직원 접수처로 가 주세요.",
    "Để thẻ không bị khóa, máy này sẽ không thử nữa. "
    "Vui lòng lấy thẻ và đến bàn nhân viên.",
    "Para o seu cartão não ser bloqueado, este terminal não vai tentar de novo. "
    "Pegue o seu cartão e vá até a mesa da equipe.",
    "カードが つかえなく ならない ように、ここでは もう ためしません。"
    "カードを とって しょくいんの ところへ いって ください。",
)
T(
    "Notice",
    "This card cannot be read here",
    "このカードはここでは読み取れません",
    "这里无法读取这张卡",
    "이 카드는 여기서 읽을 수 없습니다",
    "Không thể đọc thẻ này ở đây",
    "Este cartão não pode ser lido aqui",
    "この カードは ここでは よめません",
)
T(
    "Notice",
    "Please use a My Number card or a driver's licence. "
    "If you have neither, the staff desk will register you.",
    "マイナンバーカードか運転免許証をお使いください。どちらもない方は、職員の受付で登録します。",
    "请使用个人编号卡或驾驶执照。如果都没有,工作人员服务台会为您登记。",
    "마이넘버 카드나 운전면허증을 사용해 주세요. 둘 다 없으면 직원 접수처에서 등록해 드립니다.",
    "Vui lòng dùng thẻ My Number hoặc bằng lái xe. "
    "Nếu không có cả hai, bàn nhân viên sẽ đăng ký cho bạn.",
    "Use um cartão My Number ou a carteira de motorista. "
    "Se não tiver nenhum dos dois, a mesa da equipe vai registrar você.",
    "マイナンバーカード か めんきょしょうを つかって ください。"
    "どちらも ない ひとは しょくいんが うけつけ します。",
)
T(
    "Notice",
    "The card was taken away",
    "カードが取られました",
    "卡片被拿走了",
    "카드가 치워졌습니다",
    "Thẻ đã bị lấy ra",
    "O cartão foi retirado",
    "カードが とられました",
)
T(
    "Notice",
    "Nothing was recorded. To start again, place your card on the reader.",
    "登録はされていません。もう一度始めるには、カードを読み取り機に置いてください。",
    "没有进行登记。要重新开始,请把卡片放在读卡器上。",
    "등록되지 않았습니다. 다시 시작하려면 카드를 리더기 위에 올려 주세요.",
    "Chưa có gì được ghi lại. Để bắt đầu lại, hãy đặt thẻ lên máy đọc.",
    "Nada foi registrado. Para começar de novo, coloque o cartão no leitor.",
    "まだ うけつけ して いません。もう いちど カードを ここに おいて ください。",
)
# --- Card timeout and unreadable retry counter (card layer, issue 7) ----------------------
T(
    "Notice",
    "The card did not answer",
    "カードから応答がありませんでした",
    "卡片没有响应",
    "카드가 응답하지 않았습니다",
    "Thẻ không phản hồi",
    "O cartão não respondeu",
    "カードの へんじが ありません",
)
T(
    "Notice",
    "Nothing was recorded. Please take your card, then place it on the reader again.",
    "登録はされていません。カードをいったん取って、もう一度読み取り機に置いてください。",
    "没有进行登记。请先拿起卡片,再重新放到读卡器上。",
    "등록되지 않았습니다. 카드를 들었다가 다시 리더기 위에 올려 주세요.",
    "Chưa có gì được ghi lại. Vui lòng nhấc thẻ lên rồi đặt lại lên máy đọc.",
    "Nada foi registrado. Retire o cartão e coloque-o no leitor de novo.",
    "まだ うけつけ して いません。カードを いちど とって、もう いちど ここに おいて ください。",
)
T(
    "Notice",
    "This card cannot be checked here",
    "この端末ではカードを確認できません",
    "本机无法核对这张卡片",
    "이 단말기에서는 카드를 확인할 수 없습니다",
    "Máy này không kiểm tra được thẻ của bạn",
    "Este cartão não pode ser verificado aqui",
    "この きかいでは カードを しらべられません",
)
T(
    "Notice",
    "Nothing was tried, and your card is safe. Please take your card and go to the staff desk.",
    "暗証番号は一度も送っていないので、カードはそのまま使えます。"
    "カードを持って職員の受付へお越しください。",
    "没有进行任何尝试,您的卡片是安全的。请拿好卡片,到工作人员服务台。",
    "아무것도 시도하지 않았으므로 카드는 안전합니다. 카드를 가지고 직원 접수처로 가 주세요.",
    "Chưa thử gì cả, thẻ của bạn vẫn an toàn. Vui lòng cầm thẻ và đến bàn nhân viên.",
    "Nada foi tentado e o seu cartão está seguro. Pegue o cartão e vá até a mesa da equipe.",
    "なにも して いないので、カードは だいじょうぶ です。"
    "カードを もって しょくいんの ところへ いって ください。",
)
T(
    "Notice",
    "The card could not be read",
    "カードを読み取れませんでした",
    "无法读取卡片",
    "카드를 읽을 수 없었습니다",
    "Không đọc được thẻ",
    "Não foi possível ler o cartão",
    "カードが よめませんでした",
)
T(
    "Notice",
    "Nothing was recorded. Please go to the staff desk. Staff will help you.",
    "登録はされていません。職員の受付へお越しください。職員がお手伝いします。",
    "没有进行登记。请到工作人员服务台,工作人员会帮助您。",
    "등록되지 않았습니다. 직원 접수처로 가 주세요. 직원이 도와드립니다.",
    "Chưa có gì được ghi lại. Vui lòng đến bàn nhân viên. Nhân viên sẽ giúp bạn.",
    "Nada foi registrado. Vá até a mesa da equipe. A equipe vai ajudar você.",
    "まだ うけつけ して いません。しょくいんの ところへ いって ください。"
    "しょくいんが てつだいます。",
)
T(
    "Notice",
    "The card reader is not working",
    "カード読み取り機が使えません",
    "读卡器无法使用",
    "카드 리더기가 작동하지 않습니다",
    "Máy đọc thẻ không hoạt động",
    "O leitor de cartão não está funcionando",
    "カードを よむ きかいが うごきません",
)
T(
    "Notice",
    "Please tell the staff. Staff will register you.",
    "職員にお知らせください。職員が登録します。",
    "请告诉工作人员,工作人员会为您登记。",
    "직원에게 알려 주세요. 직원이 등록해 드립니다.",
    "Vui lòng báo cho nhân viên. Nhân viên sẽ đăng ký cho bạn.",
    "Avise a equipe. A equipe vai registrar você.",
    "しょくいんに いって ください。しょくいんが うけつけ します。",
)
T(
    "Notice",
    "Your registration could not be saved",
    "登録を保存できませんでした",
    "无法保存您的登记",
    "등록을 저장할 수 없었습니다",
    "Không lưu được đăng ký của bạn",
    "Não foi possível salvar o seu registro",
    "うけつけが できませんでした",
)
T(
    "Notice",
    "Please go to the staff desk",
    "職員の受付へお越しください",
    "请到工作人员服务台",
    "직원 접수처로 가 주세요",
    "Vui lòng đến bàn nhân viên",
    "Vá até a mesa da equipe",
    "しょくいんの ところへ いって ください",
)
T(
    "Notice",
    "Nothing was recorded. Staff will check your details with you.",
    "登録はされていません。職員が一緒に内容を確認します。",
    "没有进行登记。工作人员会和您一起核对信息。",
    "등록되지 않았습니다. 직원이 함께 내용을 확인해 드립니다.",
    "Chưa có gì được ghi lại. Nhân viên sẽ cùng bạn kiểm tra thông tin.",
    "Nada foi registrado. A equipe vai conferir os seus dados com você.",
    "まだ うけつけ して いません。しょくいんが いっしょに みます。",
)
T(
    "Notice",
    "You are still registered here",
    "引き続きこの避難所に登録されています",
    "您仍在此处登记",
    "계속 이곳에 등록되어 있습니다",
    "Bạn vẫn đang được đăng ký ở đây",
    "Você continua registrado(a) aqui",
    "あなたは まだ ここに います",
)
T(
    "Notice",
    "Nothing was changed. Please take your card.",
    "何も変更していません。カードをお取りください。",
    "没有任何更改。请取回卡片。",
    "아무것도 바뀌지 않았습니다. 카드를 가져가세요.",
    "Không có gì thay đổi. Vui lòng lấy lại thẻ.",
    "Nada foi alterado. Pegue o seu cartão.",
    "なにも かわって いません。カードを とって ください。",
)
T(
    "Notice",
    "You are not checked in at this shelter",
    "この避難所には登録されていません",
    "您没有在本避难所登记",
    "이 대피소에 등록되어 있지 않습니다",
    "Bạn chưa đăng ký ở nơi sơ tán này",
    "Você não está registrado(a) neste abrigo",
    "あなたは この ひなんじょに うけつけ して いません",
)
T(
    "Notice",
    "There is nothing to check out. To check in, press Check in and place your card.",
    "退所する登録はありません。避難登録するには「避難登録」を押してカードを置いてください。",
    "没有可以离开的登记。要登记入住,请按“避难登记”并放上卡片。",
    "퇴소할 등록이 없습니다. 피난 등록을 하려면 '피난 등록'을 누르고 카드를 올려 주세요.",
    "Không có gì để đăng ký rời đi. Để đăng ký vào, hãy bấm Đăng ký vào và đặt thẻ.",
    "Não há saída a registrar. Para dar entrada, toque em Entrada e coloque o cartão.",
    "でる てつづきは いりません。はいる ときは「はいる」を おして カードを おいて ください。",
)
T(
    "Notice",
    "Check in instead",
    "代わりに避難登録する",
    "改为避难登记",
    "대신 피난 등록하기",
    "Đăng ký vào thay thế",
    "Dar entrada em vez disso",
    "かわりに はいる てつづきを する",
)
T(
    "Notice",
    "This date does not exist",
    "その日付はありません",
    "这个日期不存在",
    "존재하지 않는 날짜입니다",
    "Ngày này không tồn tại",
    "Esta data não existe",
    "その ひづけは ありません",
)
T(
    "Notice",
    "Please check the birth date and the expiry year printed on your card, "
    "then type them again.",
    "カードに印刷された生年月日と有効期限の年を確かめて、もう一度入力してください。",
    "请核对卡片上印的出生日期和有效期限年份,然后重新输入。",
    "카드에 인쇄된 생년월일과 유효기간 연도를 확인하고 다시 입력해 주세요.",
    "Vui lòng kiểm tra ngày sinh và năm hết hạn in trên thẻ, rồi nhập lại.",
    "Confira a data de nascimento e o ano de validade impressos no cartão e digite de novo.",
    "カードに かいて ある うまれた ひと きげんの としを たしかめて、もう いちど いれて ください。",
)
T(
    "Notice",
    "Staff are at the desk near the entrance.",
    "職員は入口近くの受付にいます。",
    "工作人员在入口附近的服务台。",
    "직원은 입구 근처 접수처에 있습니다.",
    "Nhân viên ở bàn gần lối vào.",
    "A equipe está na mesa perto da entrada.",
    "しょくいんは いりぐちの ちかくに います。",
)
T(
    "Notice",
    "Use the numbers printed on the card instead",
    "代わりにカードに印刷された番号を使う",
    "改用卡片上印的数字",
    "대신 카드에 인쇄된 번호 사용하기",
    "Dùng các số in trên thẻ thay thế",
    "Usar os números impressos no cartão",
    "かわりに カードに かいて ある ばんごうを つかう",
)

# --- Kiosk not ready: no shelter id / terminal id, nothing read (issue 7 point 13, H6) ------
T(
    "Notice",
    "This kiosk is not ready yet",
    "この端末はまだ準備ができていません",
    "本机尚未准备就绪",
    "이 단말기는 아직 준비되지 않았습니다",
    "Máy này chưa sẵn sàng",
    "Este terminal ainda não está pronto",
    "この きかいは まだ つかえません",
)
T(
    "Notice",
    "Nothing was read from your card. Please go to the staff desk.",
    "カードからは何も読み取っていません。職員の受付へお越しください。",
    "没有从您的卡片读取任何信息。请到工作人员服务台。",
    "카드에서 아무것도 읽지 않았습니다. 직원 접수처로 가 주세요.",
    "Chưa đọc gì từ thẻ của bạn. Vui lòng đến bàn nhân viên.",
    "Nada foi lido do seu cartão. Vá até a mesa da equipe.",
    "カードは よんで いません。しょくいんの ところへ いって ください。",
)
# --- end of the H6 block ---

# --- Out of service --------------------------------------------------------------------------
T("OutOfService", "Out of service", "ただいま使えません", "暂停服务", "사용할 수 없습니다", "Tạm ngừng hoạt động", "Fora de serviço", "いま つかえません")
T("OutOfService", "Error code for staff: {code}", "係員向けエラーコード: {code}", "工作人员用错误代码：{code}", "직원용 오류 코드: {code}", "Mã lỗi cho nhân viên: {code}", "Código de erro para a equipe: {code}", "かかりの ひと よう エラー コード: {code}")
T(
    "OutOfService",
    "Sorry, something went wrong. Please see the staff.",
    "申し訳ありません。問題が起きました。職員にお声がけください。",
    "对不起,出现了问题。请找工作人员。",
    "죄송합니다. 문제가 생겼습니다. 직원에게 말씀해 주세요.",
    "Xin lỗi, đã có lỗi xảy ra. Vui lòng gặp nhân viên.",
    "Desculpe, algo deu errado. Procure a equipe.",
    "ごめんなさい。もんだいが おきました。しょくいんに いって ください。",
)

# --- More time ----------------------------------------------------------------------------------
T(
    "MoreTime",
    "Do you need more time?",
    "もう少し時間が必要ですか?",
    "您需要更多时间吗?",
    "시간이 더 필요하신가요?",
    "Bạn có cần thêm thời gian không?",
    "Precisa de mais tempo?",
    "もっと じかんが いりますか?",
)
T(
    "MoreTime",
    "If nobody touches the screen, everything is cleared in {seconds} seconds.",
    "画面に触れないと、{seconds} 秒後にすべて消去されます。",
    "如果没有人触摸屏幕,{seconds} 秒后将清除所有内容。",
    "화면을 누르지 않으면 {seconds}초 뒤에 모든 내용이 지워집니다.",
    "Nếu không ai chạm vào màn hình, mọi thứ sẽ bị xóa sau {seconds} giây.",
    "Se ninguém tocar na tela, tudo será apagado em {seconds} segundos.",
    "がめんを さわらないと {seconds}びょうで ぜんぶ きえます。",
)
T("MoreTime", "Yes, more time", "はい、もっと時間をください", "是,需要更多时间", "네, 시간을 더 주세요", "Có, cho thêm thời gian", "Sim, mais tempo", "はい、もっと じかんが いります")
T("MoreTime", "No, finish", "いいえ、終わります", "不,结束", "아니요, 끝낼게요", "Không, kết thúc", "Não, terminar", "いいえ、おわります")

# --- Spoken prompts (fixed sentences, never personal data) ----------------------------------
T(
    "Prompt",
    "Please place your card on the reader.",
    "カードを読み取り機に置いてください。",
    "请把卡片放在读卡器上。",
    "카드를 리더기 위에 올려 주세요.",
    "Vui lòng đặt thẻ lên máy đọc.",
    "Coloque o seu cartão no leitor.",
    "カードを ここに おいて ください。",
)
T(
    "Prompt",
    "Check in. Please place your card on the reader.",
    "避難登録です。カードを読み取り機に置いてください。",
    "避难登记。请把卡片放在读卡器上。",
    "피난 등록입니다. 카드를 리더기 위에 올려 주세요.",
    "Đăng ký vào. Vui lòng đặt thẻ lên máy đọc.",
    "Entrada. Coloque o seu cartão no leitor.",
    "はいる てつづき です。カードを ここに おいて ください。",
)
T(
    "Prompt",
    "Check out. Please place your card on the reader.",
    "退所登録です。カードを読み取り機に置いてください。",
    "离开登记。请把卡片放在读卡器上。",
    "퇴소 등록입니다. 카드를 리더기 위에 올려 주세요.",
    "Đăng ký rời đi. Vui lòng đặt thẻ lên máy đọc.",
    "Saída. Coloque o seu cartão no leitor.",
    "でる てつづき です。カードを ここに おいて ください。",
)
T(
    "Prompt",
    "If you have no card, please go to the staff desk.",
    "カードがない方は、職員の受付へお越しください。",
    "如果没有卡片,请到工作人员服务台。",
    "카드가 없으면 직원 접수처로 가 주세요.",
    "Nếu không có thẻ, vui lòng đến bàn nhân viên.",
    "Se não tiver cartão, vá até a mesa da equipe.",
    "カードが ない ひとは しょくいんの ところへ いって ください。",
)
T(
    "Prompt",
    "We will read your name, address, birth date and sex from the card. "
    "Press Agree to continue.",
    "カードから氏名、住所、生年月日、性別を読み取ります。よろしければ「同意する」を押してください。",
    "我们将从卡片读取姓名、住址、出生日期和性别。继续请按“同意”。",
    "카드에서 이름, 주소, 생년월일, 성별을 읽습니다. 계속하려면 '동의합니다'를 누르세요.",
    "Chúng tôi sẽ đọc họ tên, địa chỉ, ngày sinh và giới tính từ thẻ. "
    "Bấm Đồng ý để tiếp tục.",
    "Vamos ler do cartão o seu nome, endereço, data de nascimento e sexo. "
    "Toque em Concordo para continuar.",
    "カードから なまえ、じゅうしょ、うまれた ひ、せいべつを よみます。いい ときは「いいです」を おして ください。",
)
T(
    "Prompt",
    "Please choose how to open your card.",
    "カードの読み取り方法を選んでください。",
    "请选择打开卡片的方式。",
    "카드를 여는 방법을 골라 주세요.",
    "Vui lòng chọn cách mở thẻ.",
    "Escolha como abrir o seu cartão.",
    "カードの よみかたを えらんで ください。",
)
T(
    "Prompt",
    "Please type your four digit PIN. It is not shown and not spoken.",
    "4桁の暗証番号を入力してください。画面には表示されず、読み上げもしません。",
    "请输入4位数密码。密码不会显示,也不会读出来。",
    "4자리 비밀번호를 입력해 주세요. 화면에 보이지 않고 읽어 주지도 않습니다.",
    "Vui lòng nhập mã PIN 4 số. Mã không hiện ra và không được đọc to.",
    "Digite a sua senha de 4 dígitos. Ela não aparece e não é falada.",
    "4けたの あんしょうばんごうを いれて ください。がめんに でません。こえでも いいません。",
)
T(
    "Prompt",
    "Please type your birth date, the card's expiry year and the four digit security "
    "code under the photo.",
    "生年月日、カードの有効期限の年、写真の下にある4桁のセキュリティコードを入力してください。",
    "请输入出生日期、卡片有效期限的年份和照片下方的4位安全码。",
    "생년월일, 카드 유효기간 연도, 사진 아래의 4자리 보안 코드를 입력해 주세요.",
    "Vui lòng nhập ngày sinh, năm hết hạn của thẻ và mã bảo mật 4 số dưới ảnh.",
    "Digite a data de nascimento, o ano de validade do cartão e o código de segurança de "
    "4 dígitos abaixo da foto.",
    "うまれた ひ、カードの きげんの とし、しゃしんの したの 4けたの ばんごうを いれて ください。",
)
T(
    "Prompt",
    "Reading your card. Please do not remove it.",
    "カードを読み取っています。カードを取らないでください。",
    "正在读取卡片。请不要拿走。",
    "카드를 읽는 중입니다. 카드를 치우지 마세요.",
    "Đang đọc thẻ. Vui lòng không lấy thẻ ra.",
    "Lendo o seu cartão. Não o retire.",
    "カードを よんで います。カードを とらないで ください。",
)
T(
    "Prompt",
    "Please choose how your birth date is shown.",
    "生年月日の表示方法を選んでください。",
    "请选择出生日期的显示方式。",
    "생년월일 표시 방법을 골라 주세요.",
    "Vui lòng chọn cách hiển thị ngày sinh.",
    "Escolha como mostrar a sua data de nascimento.",
    "うまれた ひの かきかたを えらんで ください。",
)
T(
    "Prompt",
    "Please check your details on the screen, then press Correct.",
    "画面の内容を確かめて、「正しい」を押してください。",
    "请核对屏幕上的信息,然后按“正确”。",
    "화면의 내용을 확인하고 '맞습니다'를 눌러 주세요.",
    "Vui lòng kiểm tra thông tin trên màn hình, rồi bấm Đúng.",
    "Confira os seus dados na tela e toque em Está certo.",
    "がめんを みて、あって いれば「ただしい」を おして ください。",
)
T(
    "Prompt",
    "You are checked in here. Are you leaving the shelter?",
    "この避難所に登録されています。避難所を出ますか?",
    "您已在这里登记。您要离开避难所吗?",
    "이곳에 등록되어 있습니다. 대피소를 떠나시나요?",
    "Bạn đã đăng ký ở đây. Bạn có rời nơi sơ tán không?",
    "Você está registrado(a) aqui. Vai sair do abrigo?",
    "あなたは ここに います。ひなんじょを でますか?",
)
T(
    "Prompt",
    "Saving. Please wait.",
    "保存しています。お待ちください。",
    "正在保存。请稍等。",
    "저장 중입니다. 기다려 주세요.",
    "Đang lưu. Vui lòng chờ.",
    "Salvando. Aguarde.",
    "のこして います。まって ください。",
)
T(
    "Prompt",
    "Done. Please take your card.",
    "完了しました。カードをお取りください。",
    "完成。请取回卡片。",
    "완료되었습니다. 카드를 가져가세요.",
    "Xong. Vui lòng lấy lại thẻ.",
    "Pronto. Pegue o seu cartão.",
    "おわりました。カードを とって ください。",
)
T(
    "Prompt",
    "You are checked in. Please take your card.",
    "避難登録が完了しました。カードをお取りください。",
    "避难登记完成。请取回卡片。",
    "피난 등록이 완료되었습니다. 카드를 가져가세요.",
    "Bạn đã đăng ký vào. Vui lòng lấy lại thẻ.",
    "Entrada registrada. Pegue o seu cartão.",
    "うけつけ できました。カードを とって ください。",
)
T(
    "Prompt",
    "You are checked out. Please take your card.",
    "退所登録が完了しました。カードをお取りください。",
    "离开登记完成。请取回卡片。",
    "퇴소 등록이 완료되었습니다. 카드를 가져가세요.",
    "Bạn đã đăng ký rời đi. Vui lòng lấy lại thẻ.",
    "Saída registrada. Pegue o seu cartão.",
    "でる てつづきが できました。カードを とって ください。",
)
T(
    "Prompt",
    "Please read the message on the screen.",
    "画面のお知らせをお読みください。",
    "请阅读屏幕上的信息。",
    "화면의 안내를 읽어 주세요.",
    "Vui lòng đọc thông báo trên màn hình.",
    "Leia a mensagem na tela.",
    "がめんを よんで ください。",
)
T(
    "Prompt",
    "This kiosk is out of service. Please see the staff.",
    "この端末はただいま使えません。職員にお声がけください。",
    "本机暂停服务。请找工作人员。",
    "이 단말기는 지금 사용할 수 없습니다. 직원에게 말씀해 주세요.",
    "Máy này đang tạm ngừng. Vui lòng gặp nhân viên.",
    "Este terminal está fora de serviço. Procure a equipe.",
    "この きかいは いま つかえません。しょくいんに いって ください。",
)
T(
    "Prompt",
    "Do you need more time? Please touch the screen.",
    "もう少し時間が必要ですか?画面に触れてください。",
    "您需要更多时间吗?请触摸屏幕。",
    "시간이 더 필요하신가요? 화면을 눌러 주세요.",
    "Bạn có cần thêm thời gian không? Vui lòng chạm vào màn hình.",
    "Precisa de mais tempo? Toque na tela.",
    "もっと じかんが いりますか?がめんを さわって ください。",
)

# --- Staff ---------------------------------------------------------------------------------------
T("Staff", "Create the first staff account", "最初の職員アカウントを作成", "创建第一个工作人员账户", "첫 직원 계정 만들기", "Tạo tài khoản nhân viên đầu tiên", "Criar a primeira conta da equipe", "はじめの しょくいんの アカウントを つくる")
T(
    "Staff",
    "No staff account exists on this kiosk yet. Choose a user ID and a password of at "
    "least 10 characters.",
    "この端末には職員アカウントがまだありません。ユーザーIDと10文字以上のパスワードを決めてください。",
    "本机还没有工作人员账户。请设定用户ID和至少10个字符的密码。",
    "이 단말기에는 아직 직원 계정이 없습니다. 사용자 ID와 10자 이상의 비밀번호를 정해 주세요.",
    "Máy này chưa có tài khoản nhân viên. Hãy chọn ID người dùng và mật khẩu ít nhất 10 ký tự.",
    "Ainda não há conta da equipe neste terminal. Escolha um ID de usuário e uma senha com "
    "pelo menos 10 caracteres.",
    "この きかいには まだ しょくいんの アカウントが ありません。IDと 10もじ いじょうの パスワードを きめて ください。",
)
T("Staff", "Staff login", "職員ログイン", "工作人员登录", "직원 로그인", "Nhân viên đăng nhập", "Login da equipe", "しょくいんの ログイン")
T(
    "Staff",
    "Log in to open the shelter. The management system is told it opened.",
    "ログインして避難所を開設します。管理システムに開設が通知されます。",
    "登录以开设避难所。管理系统会收到开设通知。",
    "로그인하면 대피소를 개설합니다. 관리 시스템에 개설이 통지됩니다.",
    "Đăng nhập để mở nơi sơ tán. Hệ thống quản lý sẽ được báo là đã mở.",
    "Faça login para abrir o abrigo. O sistema de gestão é avisado da abertura.",
    "ログイン すると ひなんじょを ひらきます。かんりの システムに しらせます。",
)
T("Staff", "Staff menu: enter your password", "職員メニュー:パスワードを入力", "工作人员菜单:请输入密码", "직원 메뉴: 비밀번호 입력", "Menu nhân viên: nhập mật khẩu", "Menu da equipe: digite a sua senha", "しょくいんの メニュー:パスワードを いれる")
T(
    "Staff",
    "Only shelter staff may open this menu.",
    "このメニューは避難所の職員専用です。",
    "此菜单仅限避难所工作人员使用。",
    "이 메뉴는 대피소 직원만 열 수 있습니다.",
    "Chỉ nhân viên nơi sơ tán được mở menu này.",
    "Somente a equipe do abrigo pode abrir este menu.",
    "この メニューは しょくいん だけが つかえます。",
)
T(
    "Staff",
    "Staff login to quit the kiosk",
    "キオスクを終了するには職員がログインしてください",
    "工作人员登录后才能退出本终端",
    "키오스크를 종료하려면 직원이 로그인하세요",
    "Nhân viên đăng nhập để tắt máy",
    "Login da equipe para fechar o quiosque",
    "おわりに するには しょくいんが ログインします",
)
T(
    "Staff",
    "Only shelter staff may quit the kiosk.",
    "キオスクを終了できるのは避難所の職員だけです。",
    "只有避难所工作人员可以退出本终端。",
    "키오스크는 대피소 직원만 종료할 수 있습니다.",
    "Chỉ nhân viên nơi sơ tán được tắt máy này.",
    "Somente a equipe do abrigo pode fechar o quiosque.",
    "おわりに できるのは しょくいん だけです。",
)
T("Staff", "User ID", "ユーザーID", "用户ID", "사용자 ID", "ID người dùng", "ID de usuário", "ID")
T("Staff", "Password", "パスワード", "密码", "비밀번호", "Mật khẩu", "Senha", "パスワード")
T("Staff", "Password again", "パスワード(確認)", "再次输入密码", "비밀번호 확인", "Nhập lại mật khẩu", "Senha de novo", "パスワード(もう いちど)")
T("Staff", "Create account", "アカウント作成", "创建账户", "계정 만들기", "Tạo tài khoản", "Criar conta", "アカウントを つくる")
T("Staff", "Log in", "ログイン", "登录", "로그인", "Đăng nhập", "Entrar", "ログイン")
T(
    "Staff",
    "The two passwords are not the same.",
    "2つのパスワードが一致しません。",
    "两次输入的密码不一致。",
    "두 비밀번호가 같지 않습니다.",
    "Hai mật khẩu không giống nhau.",
    "As duas senhas não são iguais.",
    "2つの パスワードが ちがいます。",
)
T("Staff", "Please enter a user ID.", "ユーザーIDを入力してください。", "请输入用户ID。", "사용자 ID를 입력해 주세요.", "Vui lòng nhập ID người dùng.", "Digite um ID de usuário.", "IDを いれて ください。")
T(
    "Staff",
    "The password needs at least 10 characters.",
    "パスワードは10文字以上にしてください。",
    "密码至少需要10个字符。",
    "비밀번호는 10자 이상이어야 합니다.",
    "Mật khẩu cần ít nhất 10 ký tự.",
    "A senha precisa ter pelo menos 10 caracteres.",
    "パスワードは 10もじ いじょうに して ください。",
)
T(
    "Staff",
    "The account could not be created.",
    "アカウントを作成できませんでした。",
    "无法创建账户。",
    "계정을 만들 수 없었습니다.",
    "Không tạo được tài khoản.",
    "Não foi possível criar a conta.",
    "アカウントが つくれませんでした。",
)
T(
    "Staff",
    "User ID or password is not correct.",
    "ユーザーIDまたはパスワードが違います。",
    "用户ID或密码不正确。",
    "사용자 ID 또는 비밀번호가 맞지 않습니다.",
    "ID người dùng hoặc mật khẩu không đúng.",
    "ID de usuário ou senha incorretos.",
    "ID か パスワードが ちがいます。",
)
T(
    "Staff",
    "Too many wrong tries. Please wait and try again later.",
    "間違いが多すぎます。しばらく待ってから、もう一度お試しください。",
    "错误次数过多。请稍后再试。",
    "잘못된 시도가 너무 많습니다. 잠시 후 다시 시도해 주세요.",
    "Sai quá nhiều lần. Vui lòng chờ rồi thử lại sau.",
    "Tentativas erradas demais. Espere e tente de novo mais tarde.",
    "まちがいが おおすぎます。すこし まって から もう いちど して ください。",
)
T("Staff", "Staff menu", "職員メニュー", "工作人员菜单", "직원 메뉴", "Menu nhân viên", "Menu da equipe", "しょくいんの メニュー")
T("Staff", "App settings", "アプリ設定", "应用设置", "앱 설정", "Cài đặt ứng dụng", "Configurações do app", "せってい")
T("Staff", "Send shelter open notice", "開所通知を送る", "发送开设通知", "개소 통지 보내기", "Gửi thông báo mở cửa", "Enviar aviso de abertura", "ひらいた ことを しらせる")
T("Staff", "Send shelter close notice and quit", "閉所通知を送って終了", "发送关闭通知并退出", "폐소 통지를 보내고 종료", "Gửi thông báo đóng cửa và thoát", "Enviar aviso de fechamento e sair", "とじた ことを しらせて おわる")
T("Staff", "Log out", "ログアウト", "退出登录", "로그아웃", "Đăng xuất", "Sair da conta", "ログアウト")
T("Staff", "Back to the kiosk", "受付画面に戻る", "返回登记画面", "접수 화면으로 돌아가기", "Quay lại màn hình tiếp nhận", "Voltar ao terminal", "うけつけの がめんに もどる")
T("Staff", "Status", "状態", "状态", "상태", "Trạng thái", "Estado", "じょうたい")
T(
    "Staff",
    "Connection: no management API configured",
    "接続:管理APIが設定されていません",
    "连接:未设置管理API",
    "연결: 관리 API가 설정되지 않았습니다",
    "Kết nối: chưa cài đặt API quản lý",
    "Conexão: nenhuma API de gestão configurada",
    "せつぞく:かんりの APIが せってい されて いません",
)
T("Staff", "Connection: online", "接続:オンライン", "连接:在线", "연결: 온라인", "Kết nối: trực tuyến", "Conexão: online", "せつぞく:つながって います")
T("Staff", "Connection: OFFLINE", "接続:オフライン", "连接:离线", "연결: 오프라인", "Kết nối: NGOẠI TUYẾN", "Conexão: SEM CONEXÃO", "せつぞく:つながって いません")
T(
    "Staff",
    "Records waiting: {waiting}, quarantined: {quarantined}",
    "未送信:{waiting} 件、保留(要確認):{quarantined} 件",
    "待发送:{waiting} 条,已隔离:{quarantined} 条",
    "전송 대기: {waiting}건, 보류: {quarantined}건",
    "Bản ghi đang chờ: {waiting}, bị cách ly: {quarantined}",
    "Registros aguardando: {waiting}, em quarentena: {quarantined}",
    "まだ おくって いない:{waiting}、しょくいんが みる もの:{quarantined}",
)
T("Staff", "Last sync: {time}", "最終送信:{time}", "上次同步:{time}", "마지막 동기화: {time}", "Đồng bộ lần cuối: {time}", "Última sincronização: {time}", "さいごに おくった じかん:{time}")
T("Staff", "Reader: {state}", "読み取り機:{state}", "读卡器:{state}", "리더기: {state}", "Máy đọc: {state}", "Leitor: {state}", "よみとりき:{state}")
T("Staff", "no reader connected", "接続されていません", "未连接读卡器", "리더기가 연결되지 않음", "chưa kết nối máy đọc", "nenhum leitor conectado", "つながって いません")
T("Staff", "connected, no card", "接続中、カードなし", "已连接,没有卡片", "연결됨, 카드 없음", "đã kết nối, không có thẻ", "conectado, sem cartão", "つながって います。カードは ありません")
T("Staff", "connected, card on the reader", "接続中、カードあり", "已连接,卡片在读卡器上", "연결됨, 카드 있음", "đã kết nối, có thẻ trên máy", "conectado, cartão no leitor", "つながって います。カードが あります")
T("Staff", "Shelter open notice queued.", "開所通知を送信待ちに入れました。", "开设通知已排队等待发送。", "개소 통지를 전송 대기열에 넣었습니다.", "Đã xếp hàng thông báo mở cửa.", "Aviso de abertura na fila de envio.", "ひらいた しらせを おくる じゅんびが できました。")
T(
    "Staff",
    "The notice could not be saved. Please try again.",
    "通知を保存できませんでした。もう一度お試しください。",
    "无法保存通知。请再试一次。",
    "통지를 저장할 수 없었습니다. 다시 시도해 주세요.",
    "Không lưu được thông báo. Vui lòng thử lại.",
    "Não foi possível salvar o aviso. Tente de novo.",
    "しらせを のこせませんでした。もう いちど して ください。",
)
T("Staff", "Shelter close notice queued", "閉所通知を送信待ちに入れました", "关闭通知已排队等待发送", "폐소 통지를 전송 대기열에 넣었습니다", "Đã xếp hàng thông báo đóng cửa", "Aviso de fechamento na fila de envio", "とじた しらせを おくる じゅんびが できました")
T(
    "Staff",
    "Records still waiting to be sent: {count}",
    "まだ送信されていない記録:{count} 件",
    "尚未发送的记录:{count} 条",
    "아직 전송되지 않은 기록: {count}건",
    "Bản ghi còn chờ gửi: {count}",
    "Registros ainda aguardando envio: {count}",
    "まだ おくって いない きろく:{count}",
)
T(
    "Staff",
    "Records that still wait are kept safely on this kiosk and are sent the next time it "
    "starts with a connection.",
    "未送信の記録はこの端末に安全に保管され、次にネットワークにつながった状態で起動したときに送信されます。",
    "未发送的记录会安全地保存在本机上,下次联网启动时发送。",
    "전송되지 않은 기록은 이 단말기에 안전하게 보관되며, 다음에 연결된 상태로 시작할 때 전송됩니다.",
    "Các bản ghi còn chờ được giữ an toàn trên máy này và sẽ được gửi khi máy khởi động "
    "lại có kết nối.",
    "Os registros que ainda aguardam ficam guardados com segurança neste terminal e são "
    "enviados na próxima vez que ele iniciar com conexão.",
    "まだ おくって いない きろくは この きかいに のこります。つぎに ネットに つながった とき おくります。",
)
T("Staff", "Quit the kiosk", "端末を終了する", "退出程序", "단말기 종료", "Thoát chương trình", "Fechar o terminal", "おわる")
T("Staff", "Send now", "今すぐ送信", "立即发送", "지금 보내기", "Gửi ngay", "Enviar agora", "いま おくる")
T("Staff", "Retry records on hold", "保留中の記録を再送", "重新发送隔离的记录", "보류된 기록 다시 보내기", "Gửi lại bản ghi bị giữ lại", "Reenviar registros retidos", "とめた きろくを もういちど おくる")
T("Staff", "Delete personal data now", "個人情報を今すぐ消去", "立即删除个人信息", "개인정보 지금 삭제", "Xóa thông tin cá nhân ngay", "Apagar dados pessoais agora", "こじんの じょうほうを いま けす")
T("Staff", "Sending now.", "送信しています。", "正在发送。", "보내는 중입니다.", "Đang gửi.", "Enviando agora.", "いま おくって います。")
T("Staff", "That did not work. Please try again.", "うまくいきませんでした。もう一度お試しください。", "操作失败。请再试一次。", "실패했습니다. 다시 시도해 주세요.", "Không thành công. Vui lòng thử lại.", "Não funcionou. Tente novamente.", "できませんでした。もう いちど して ください。")
T("Staff", "Quarantined records queued again: {count}", "保留中の記録を送信待ちに戻しました: {count}件", "已重新排队的隔离记录：{count} 条", "다시 대기열에 넣은 보류 기록: {count}건", "Bản ghi bị giữ lại đã xếp hàng gửi lại: {count}", "Registros retidos na fila novamente: {count}", "もういちど おくる きろく: {count}")
T("Staff", "Personal data deleted from {count} record(s).", "{count}件の記録から個人情報を消去しました。", "已从 {count} 条记录中删除个人信息。", "{count}건의 기록에서 개인정보를 삭제했습니다.", "Đã xóa thông tin cá nhân khỏi {count} bản ghi.", "Dados pessoais apagados de {count} registro(s).", "{count}この きろくから こじんの じょうほうを けしました。")
T("Staff", "No personal data left to delete.", "消去する個人情報はありません。", "没有需要删除的个人信息。", "삭제할 개인정보가 없습니다.", "Không còn thông tin cá nhân để xóa.", "Não há dados pessoais para apagar.", "けす こじんの じょうほうは ありません。")
T("Staff", "Not deleted: send the shelter close notice first.", "消去していません: 先に閉所通知を送ってください。", "未删除：请先发送避难所关闭通知。", "삭제하지 않았습니다: 먼저 대피소 폐쇄 알림을 보내 주세요.", "Chưa xóa: hãy gửi thông báo đóng nơi sơ tán trước.", "Não apagado: envie primeiro o aviso de fechamento do abrigo.", "けして いません: さきに ひなんじょを しめる おしらせを おくって ください。")
T("Staff", "Connection: the server refused the API token. Check the settings.", "接続: サーバーがAPIトークンを拒否しました。設定を確認してください。", "连接：服务器拒绝了API令牌。请检查设置。", "연결: 서버가 API 토큰을 거부했습니다. 설정을 확인해 주세요.", "Kết nối: máy chủ từ chối mã thông báo API. Hãy kiểm tra cài đặt.", "Conexão: o servidor recusou o token da API. Verifique as configurações.", "せつぞく: サーバーが APIの トークンを うけとりません。せっていを みて ください。")
T("Staff", "Connection: the server refused the records (see its error).", "接続: サーバーが記録を拒否しました (エラーを確認)。", "连接：服务器拒绝了记录（见其错误信息）。", "연결: 서버가 기록을 거부했습니다 (오류 참조).", "Kết nối: máy chủ từ chối các bản ghi (xem lỗi).", "Conexão: o servidor recusou os registros (veja o erro).", "せつぞく: サーバーが きろくを うけとりません (エラーを みて ください)。")

# --- Staff: sending problems (kiosk.sync SyncProblem) and the settings state (H7) ----------------
T("SyncProblem", "The kiosk cannot reach the management server. Check the network cable or Wi-Fi. Records wait on this kiosk and are sent when the connection is back.",
  "管理サーバーに接続できません。ネットワークのケーブルかWi-Fiを確認してください。記録はこの端末に保存され、接続が戻ると送信されます。",
  "无法连接管理服务器。请检查网线或Wi-Fi。记录保存在本机,连接恢复后会发送。",
  "관리 서버에 연결할 수 없습니다. 네트워크 케이블이나 Wi-Fi를 확인해 주세요. 기록은 이 단말기에 보관되며 연결이 복구되면 전송됩니다.",
  "Máy không kết nối được với máy chủ quản lý. Hãy kiểm tra cáp mạng hoặc Wi-Fi. Các bản ghi được giữ trên máy này và sẽ được gửi khi có kết nối lại.",
  "O quiosque não consegue acessar o servidor de gestão. Verifique o cabo de rede ou o Wi-Fi. Os registros aguardam neste quiosque e são enviados quando a conexão voltar.",
  "サーバーに つながりません。ネットの ケーブルか Wi-Fiを みて ください。きろくは この きかいに あります。つながったら おくります。")
T("SyncProblem", "The server's name cannot be found. Check the network; if it works, IT must check the API URL in the settings. Records wait on this kiosk.",
  "サーバーの名前が見つかりません。ネットワークを確認してください。ネットワークが正常なら、IT担当者が設定のAPI URLを確認する必要があります。記録はこの端末で待機しています。",
  "找不到服务器名称。请检查网络;如果网络正常,需要IT人员检查设置中的API URL。记录在本机等待发送。",
  "서버 이름을 찾을 수 없습니다. 네트워크를 확인해 주세요. 네트워크가 정상이면 IT 담당자가 설정의 API URL을 확인해야 합니다. 기록은 이 단말기에서 대기 중입니다.",
  "Không tìm thấy tên máy chủ. Hãy kiểm tra mạng; nếu mạng bình thường, bộ phận IT phải kiểm tra API URL trong cài đặt. Các bản ghi đang chờ trên máy này.",
  "O nome do servidor não foi encontrado. Verifique a rede; se ela funcionar, a TI deve conferir a URL da API nas configurações. Os registros aguardam neste quiosque.",
  "サーバーの なまえが みつかりません。ネットを みて ください。ネットが だいじょうぶなら、ITの ひとが せっていの API URLを みます。きろくは この きかいで まって います。")
T("SyncProblem", "The server's certificate is not trusted. If the city uses its own certificate authority, IT must set the CA file in the settings. Records wait on this kiosk.",
  "サーバーの証明書が信頼できません。市が独自の認証局を使っている場合は、IT担当者が設定でCAファイルを指定する必要があります。記録はこの端末で待機しています。",
  "服务器证书不受信任。如果市政府使用自己的证书颁发机构,需要IT人员在设置中指定CA文件。记录在本机等待发送。",
  "서버 인증서를 신뢰할 수 없습니다. 시가 자체 인증 기관을 사용하는 경우 IT 담당자가 설정에서 CA 파일을 지정해야 합니다. 기록은 이 단말기에서 대기 중입니다.",
  "Chứng chỉ của máy chủ không được tin cậy. Nếu thành phố dùng cơ quan cấp chứng chỉ riêng, bộ phận IT phải đặt tệp CA trong cài đặt. Các bản ghi đang chờ trên máy này.",
  "O certificado do servidor não é confiável. Se a prefeitura usa a sua própria autoridade certificadora, a TI deve indicar o arquivo CA nas configurações. Os registros aguardam neste quiosque.",
  "サーバーの しょうめいしょが しんらい できません。ITの ひとが せっていで CAの ファイルを いれる ひつようが あるかも しれません。きろくは この きかいで まって います。")
T("SyncProblem", "The server did not answer in time. The kiosk tries again by itself. Records wait on this kiosk.",
  "サーバーが時間内に応答しませんでした。端末が自動で再試行します。記録はこの端末で待機しています。",
  "服务器没有及时响应。本机会自动重试。记录在本机等待发送。",
  "서버가 제시간에 응답하지 않았습니다. 단말기가 자동으로 다시 시도합니다. 기록은 이 단말기에서 대기 중입니다.",
  "Máy chủ không trả lời kịp. Máy sẽ tự thử lại. Các bản ghi đang chờ trên máy này.",
  "O servidor não respondeu a tempo. O quiosque tenta de novo sozinho. Os registros aguardam neste quiosque.",
  "サーバーの へんじが ありません でした。きかいが また やって みます。きろくは この きかいで まって います。")
T("SyncProblem", "The connection dropped while sending. The kiosk sends again by itself; the server does not count a record twice.",
  "送信中に接続が切れました。端末が自動で再送します。サーバーが同じ記録を二重に数えることはありません。",
  "发送时连接中断。本机会自动重新发送;服务器不会重复计算同一条记录。",
  "전송 중에 연결이 끊겼습니다. 단말기가 자동으로 다시 보냅니다. 서버는 같은 기록을 두 번 세지 않습니다.",
  "Kết nối bị ngắt khi đang gửi. Máy sẽ tự gửi lại; máy chủ không tính một bản ghi hai lần.",
  "A conexão caiu durante o envio. O quiosque envia de novo sozinho; o servidor não conta um registro duas vezes.",
  "おくって いる とき、せつぞくが きれました。きかいが また おくります。おなじ きろくが 2かい かぞえられる ことは ありません。")
T("SyncProblem", "The server's answer was too large. Nothing is lost; the kiosk tries again. If this stays, tell IT.",
  "サーバーの応答が大きすぎました。データは失われていません。端末が再試行します。続く場合はIT担当者に連絡してください。",
  "服务器的响应过大。没有丢失任何数据;本机会重试。如果一直这样,请联系IT人员。",
  "서버의 응답이 너무 컸습니다. 잃어버린 것은 없으며 단말기가 다시 시도합니다. 계속되면 IT 담당자에게 알려 주세요.",
  "Phản hồi của máy chủ quá lớn. Không mất dữ liệu; máy sẽ thử lại. Nếu vẫn tiếp diễn, hãy báo bộ phận IT.",
  "A resposta do servidor foi grande demais. Nada se perdeu; o quiosque tenta de novo. Se continuar, avise a TI.",
  "サーバーの へんじが おおきすぎました。きろくは なくなって いません。また やって みます。ずっと つづく ときは、ITの ひとに いって ください。")
T("SyncProblem", "The network answered with another page (a Wi-Fi sign-in page?), not the management server. Sign in to the network or use another one. Records wait on this kiosk.",
  "管理サーバーではなく、別のページ(Wi-Fiのログイン画面など)が応答しました。ネットワークにログインするか、別のネットワークを使ってください。記録はこの端末で待機しています。",
  "回应的不是管理服务器,而是其他页面(可能是Wi-Fi登录页)。请登录该网络或改用其他网络。记录在本机等待发送。",
  "관리 서버가 아닌 다른 페이지(Wi-Fi 로그인 페이지?)가 응답했습니다. 네트워크에 로그인하거나 다른 네트워크를 사용해 주세요. 기록은 이 단말기에서 대기 중입니다.",
  "Mạng trả về một trang khác (trang đăng nhập Wi-Fi?), không phải máy chủ quản lý. Hãy đăng nhập mạng hoặc dùng mạng khác. Các bản ghi đang chờ trên máy này.",
  "A rede respondeu com outra página (login do Wi-Fi?), não com o servidor de gestão. Entre na rede ou use outra. Os registros aguardam neste quiosque.",
  "サーバー では ない ページが でました (Wi-Fiの ログイン?)。ネットに ログイン するか、ほかの ネットを つかって ください。きろくは この きかいで まって います。")
T("SyncProblem", "The API URL in the settings does not lead to the management server. IT must check the URL. Records wait on this kiosk.",
  "設定のAPI URLが管理サーバーにつながっていません。IT担当者がURLを確認する必要があります。記録はこの端末で待機しています。",
  "设置中的API URL没有指向管理服务器。需要IT人员检查URL。记录在本机等待发送。",
  "설정의 API URL이 관리 서버로 연결되지 않습니다. IT 담당자가 URL을 확인해야 합니다. 기록은 이 단말기에서 대기 중입니다.",
  "API URL trong cài đặt không dẫn đến máy chủ quản lý. Bộ phận IT phải kiểm tra URL. Các bản ghi đang chờ trên máy này.",
  "A URL da API nas configurações não leva ao servidor de gestão. A TI deve conferir a URL. Os registros aguardam neste quiosque.",
  "せっていの API URLが ちがう ようです。ITの ひとが URLを みます。きろくは この きかいで まって います。")
T("SyncProblem", "The server asked the kiosk to send more slowly. The kiosk waits and tries again by itself.",
  "サーバーから送信を遅くするよう求められました。端末が少し待ってから自動で再試行します。",
  "服务器要求放慢发送速度。本机会等待后自动重试。",
  "서버가 전송 속도를 늦추라고 요청했습니다. 단말기가 기다렸다가 자동으로 다시 시도합니다.",
  "Máy chủ yêu cầu gửi chậm lại. Máy sẽ chờ rồi tự thử lại.",
  "O servidor pediu ao quiosque que envie mais devagar. O quiosque espera e tenta de novo sozinho.",
  "サーバーが「ゆっくり おくって」と いいました。きかいが まって から、また おくります。")
T("SyncProblem", "The management server has a problem of its own. The kiosk tries again by itself. Records wait on this kiosk.",
  "管理サーバー側で問題が起きています。端末が自動で再試行します。記録はこの端末で待機しています。",
  "管理服务器自身出现问题。本机会自动重试。记录在本机等待发送。",
  "관리 서버 자체에 문제가 있습니다. 단말기가 자동으로 다시 시도합니다. 기록은 이 단말기에서 대기 중입니다.",
  "Máy chủ quản lý đang gặp sự cố. Máy sẽ tự thử lại. Các bản ghi đang chờ trên máy này.",
  "O servidor de gestão está com um problema próprio. O quiosque tenta de novo sozinho. Os registros aguardam neste quiosque.",
  "サーバーに もんだいが あります。きかいが また やって みます。きろくは この きかいで まって います。")
T("SyncProblem", "The server refused the API token. Nothing is sent until the correct token is set in the settings.",
  "サーバーがAPIトークンを拒否しました。設定に正しいトークンを入れるまで、何も送信されません。",
  "服务器拒绝了API令牌。在设置中填入正确的令牌之前,不会发送任何数据。",
  "서버가 API 토큰을 거부했습니다. 설정에 올바른 토큰을 넣을 때까지 아무것도 전송되지 않습니다.",
  "Máy chủ từ chối mã thông báo API. Sẽ không gửi gì cho đến khi đặt đúng mã trong cài đặt.",
  "O servidor recusou o token da API. Nada é enviado até que o token correto seja definido nas configurações.",
  "サーバーが APIの トークンを うけとりません。せっていに ただしい トークンを いれる まで、なにも おくりません。")
T("SyncProblem", "The server refused all records: probably a settings problem (is the shelter ID registered?). Check the settings, then press Send now.",
  "サーバーがすべての記録を拒否しました。設定の問題と思われます(避難所IDは登録されていますか?)。設定を確認してから「今すぐ送信」を押してください。",
  "服务器拒绝了所有记录:可能是设置问题(避难所ID是否已登记?)。请检查设置,然后按“立即发送”。",
  "서버가 모든 기록을 거부했습니다. 설정 문제로 보입니다(대피소 ID가 등록되어 있나요?). 설정을 확인한 후 '지금 보내기'를 눌러 주세요.",
  "Máy chủ từ chối tất cả bản ghi: có lẽ do cài đặt (ID nơi sơ tán đã được đăng ký chưa?). Hãy kiểm tra cài đặt rồi bấm \"Gửi ngay\".",
  "O servidor recusou todos os registros: provavelmente um problema de configuração (o ID do abrigo está cadastrado?). Verifique as configurações e toque em \"Enviar agora\".",
  "サーバーが ぜんぶの きろくを うけとりません。せっていの もんだい かも しれません (ひなんじょの IDは とうろく して ありますか?)。せっていを みて から「いま おくる」を おして ください。")
T("SyncProblem", "A record is on hold: the server already has a different record with the same ID. Tell IT. The record stays on this kiosk.",
  "記録が1件保留になりました。サーバーに同じIDの別の記録があります。IT担当者に連絡してください。記録はこの端末に残っています。",
  "有一条记录被暂停:服务器上已有相同ID的另一条记录。请联系IT人员。该记录保留在本机上。",
  "기록 1건이 보류되었습니다. 서버에 같은 ID의 다른 기록이 이미 있습니다. IT 담당자에게 알려 주세요. 기록은 이 단말기에 남아 있습니다.",
  "Một bản ghi đang bị tạm giữ: máy chủ đã có một bản ghi khác cùng ID. Hãy báo bộ phận IT. Bản ghi vẫn ở trên máy này.",
  "Um registro está em espera: o servidor já tem outro registro com o mesmo ID. Avise a TI. O registro fica neste quiosque.",
  "きろくが 1つ とまって います。サーバーに おなじ IDの べつの きろくが あります。ITの ひとに いって ください。きろくは この きかいに のこって います。")
T("SyncProblem", "A record is on hold: the server refused it. Tell IT. The record stays on this kiosk.",
  "記録が1件保留になりました。サーバーが受け付けませんでした。IT担当者に連絡してください。記録はこの端末に残っています。",
  "有一条记录被暂停:服务器拒绝了它。请联系IT人员。该记录保留在本机上。",
  "기록 1건이 보류되었습니다. 서버가 받아들이지 않았습니다. IT 담당자에게 알려 주세요. 기록은 이 단말기에 남아 있습니다.",
  "Một bản ghi đang bị tạm giữ: máy chủ đã từ chối nó. Hãy báo bộ phận IT. Bản ghi vẫn ở trên máy này.",
  "Um registro está em espera: o servidor o recusou. Avise a TI. O registro fica neste quiosque.",
  "きろくが 1つ とまって います。サーバーが うけとりません でした。ITの ひとに いって ください。きろくは この きかいに のこって います。")
T("SyncProblem", "The server asked to send some records again later. The kiosk does this by itself.",
  "サーバーから一部の記録を後で再送するよう求められました。端末が自動で行います。",
  "服务器要求稍后重新发送部分记录。本机会自动完成。",
  "서버가 일부 기록을 나중에 다시 보내 달라고 요청했습니다. 단말기가 자동으로 처리합니다.",
  "Máy chủ yêu cầu gửi lại một số bản ghi sau. Máy sẽ tự làm việc này.",
  "O servidor pediu para enviar alguns registros de novo mais tarde. O quiosque faz isso sozinho.",
  "サーバーが「いくつかの きろくを あとで また おくって」と いいました。きかいが じぶんで おくります。")
T("SyncProblem", "The server did not confirm every record. The kiosk sends the others again by itself.",
  "サーバーがすべての記録の受け取りを確認しませんでした。端末が残りを自動で再送します。",
  "服务器没有确认收到所有记录。本机会自动重新发送其余记录。",
  "서버가 모든 기록의 수신을 확인하지 않았습니다. 단말기가 나머지를 자동으로 다시 보냅니다.",
  "Máy chủ không xác nhận đã nhận mọi bản ghi. Máy sẽ tự gửi lại các bản ghi còn lại.",
  "O servidor não confirmou todos os registros. O quiosque envia os outros de novo sozinho.",
  "サーバーが ぜんぶの きろくを うけとったと いって いません。のこりは きかいが また おくります。")
T("SyncProblem", "This terminal's clock is {minutes} minutes off. Please set the date and time.",
  "この端末の時計が{minutes}分ずれています。日付と時刻を合わせてください。",
  "本机的时钟偏差了{minutes}分钟。请设置正确的日期和时间。",
  "이 단말기의 시계가 {minutes}분 어긋나 있습니다. 날짜와 시간을 맞춰 주세요.",
  "Đồng hồ của máy này lệch {minutes} phút. Vui lòng chỉnh ngày và giờ.",
  "O relógio deste terminal está {minutes} minutos errado. Acerte a data e a hora.",
  "この きかいの とけいが {minutes}ぷん ずれて います。ひにちと じかんを なおして ください。")
T("SyncProblem", "The kiosk's disk is full: new check-ins may not be saved. Tell IT at once. Do not delete any files.",
  "端末のディスクがいっぱいです。新しい受付が保存できない可能性があります。すぐにIT担当者に連絡してください。ファイルは削除しないでください。",
  "本机磁盘已满:新的登记可能无法保存。请立即联系IT人员。请不要删除任何文件。",
  "단말기의 디스크가 가득 찼습니다. 새 접수가 저장되지 않을 수 있습니다. 즉시 IT 담당자에게 알려 주세요. 파일을 삭제하지 마세요.",
  "Ổ đĩa của máy đã đầy: các lượt đăng ký mới có thể không được lưu. Hãy báo bộ phận IT ngay. Đừng xóa tệp nào.",
  "O disco do quiosque está cheio: novas entradas podem não ser salvas. Avise a TI imediatamente. Não apague nenhum arquivo.",
  "きかいの ディスクが いっぱい です。あたらしい うけつけが のこらない かも しれません。すぐ ITの ひとに いって ください。ファイルは けさないで ください。")
T("SyncProblem", "The kiosk's record database has a problem. Tell IT at once. Do not delete any files.",
  "端末の記録データベースに問題があります。すぐにIT担当者に連絡してください。ファイルは削除しないでください。",
  "本机的记录数据库出现问题。请立即联系IT人员。请不要删除任何文件。",
  "단말기의 기록 데이터베이스에 문제가 있습니다. 즉시 IT 담당자에게 알려 주세요. 파일을 삭제하지 마세요.",
  "Cơ sở dữ liệu bản ghi của máy có sự cố. Hãy báo bộ phận IT ngay. Đừng xóa tệp nào.",
  "O banco de dados de registros do quiosque tem um problema. Avise a TI imediatamente. Não apague nenhum arquivo.",
  "きかいの きろくの データに もんだいが あります。すぐ ITの ひとに いって ください。ファイルは けさないで ください。")
T("SyncProblem", "{count} records were left 'in flight' by a sender that stopped; they will be sent again within 10 minutes or after a restart.",
  "止まった送信処理が{count}件の記録を「送信中」のまま残しました。10分以内、または再起動の後に再送されます。",
  "已停止的发送程序留下了{count}条“发送中”的记录;它们会在10分钟内或重启后重新发送。",
  "멈춘 전송 작업이 기록 {count}건을 '전송 중' 상태로 남겼습니다. 10분 이내 또는 재시작 후 다시 전송됩니다.",
  "{count} bản ghi bị bỏ lại ở trạng thái 'đang gửi' do một tiến trình gửi đã dừng; chúng sẽ được gửi lại trong vòng 10 phút hoặc sau khi khởi động lại.",
  "{count} registros ficaram 'em envio' por um envio que parou; serão enviados de novo em até 10 minutos ou após reiniciar.",
  "{count}この きろくが「おくって いる とちゅう」の まま です。10ぷん いないか、きかいを つけなおした あとに また おくります。")
T("SyncProblem", "The API URL starts with http://, which is allowed only to this machine. IT must set an https:// URL in the settings. Nothing was sent.",
  "API URLがhttp://で始まっています。http://はこの端末自身あての場合だけ使えます。IT担当者が設定でhttps://のURLにする必要があります。何も送信されていません。",
  "API URL以http://开头,只允许用于本机。需要IT人员在设置中改为https://的URL。没有发送任何数据。",
  "API URL이 http://로 시작합니다. http://는 이 기기 자신에게만 허용됩니다. IT 담당자가 설정에서 https:// URL로 바꿔야 합니다. 아무것도 전송되지 않았습니다.",
  "API URL bắt đầu bằng http://, chỉ được phép cho chính máy này. Bộ phận IT phải đặt URL https:// trong cài đặt. Chưa gửi gì.",
  "A URL da API começa com http://, permitido só para esta máquina. A TI deve definir uma URL https:// nas configurações. Nada foi enviado.",
  "API URLが http:// です。これは つかえません。ITの ひとが せっていで https://の URLに します。なにも おくって いません。")
T("SyncProblem", "server code {code}", "サーバーコード {code}", "服务器代码 {code}", "서버 코드 {code}", "mã máy chủ {code}", "código do servidor {code}", "サーバーの コード {code}")
T("SyncProblem", "record {record}", "記録 {record}", "记录 {record}", "기록 {record}", "bản ghi {record}", "registro {record}", "きろく {record}")
T("SyncProblem", "For IT: {details}", "IT担当者向け: {details}", "供IT人员参考:{details}", "IT 담당자용: {details}", "Dành cho IT: {details}", "Para a TI: {details}", "ITの ひとへ: {details}")
T("Staff", "The settings file was damaged. It was set aside as {path}; the values that could be read were kept.",
  "設定ファイルが壊れていました。{path} として別に保存し、読み取れた値は引き継ぎました。",
  "设置文件已损坏。已另存为 {path};能读取的值已保留。",
  "설정 파일이 손상되어 있었습니다. {path}(으)로 따로 보관했으며, 읽을 수 있는 값은 유지했습니다.",
  "Tệp cài đặt bị hỏng. Tệp đã được để riêng thành {path}; các giá trị đọc được đã được giữ lại.",
  "O arquivo de configurações estava danificado. Ele foi guardado à parte como {path}; os valores legíveis foram mantidos.",
  "せっていの ファイルが こわれて いました。{path} に べつに とって あります。よめた ものは そのまま つかいます。")
T("Staff", "Lines that could not be read: {lines}", "読み取れなかった行: {lines}", "无法读取的行:{lines}", "읽을 수 없었던 줄: {lines}", "Các dòng không đọc được: {lines}", "Linhas que não puderam ser lidas: {lines}", "よめなかった ぎょう: {lines}")
T("Staff", "These settings were not usable and are back at their defaults: {keys}",
  "次の設定は使えない値だったため、初期値に戻しました: {keys}",
  "以下设置的值无法使用,已恢复为默认值:{keys}",
  "다음 설정은 사용할 수 없는 값이어서 기본값으로 되돌렸습니다: {keys}",
  "Các cài đặt sau không dùng được và đã trở về mặc định: {keys}",
  "Estas configurações não eram utilizáveis e voltaram ao padrão: {keys}",
  "つぎの せっていは つかえないので、はじめの あたいに もどしました: {keys}")
T("Staff", "This kiosk cannot record anything until the shelter ID is set. Open App settings and enter it.",
  "避難所IDが設定されるまで、この端末は何も記録できません。「アプリ設定」を開いて入力してください。",
  "设置避难所ID之前,本机无法记录任何内容。请打开“应用设置”并输入。",
  "대피소 ID가 설정될 때까지 이 단말기는 아무것도 기록할 수 없습니다. '앱 설정'을 열어 입력해 주세요.",
  "Máy này không thể ghi gì cho đến khi đặt ID nơi sơ tán. Hãy mở \"Cài đặt ứng dụng\" và nhập ID.",
  "Este quiosque não pode registrar nada até que o ID do abrigo seja definido. Abra \"Configurações do app\" e digite-o.",
  "ひなんじょの IDを いれる まで、この きかいは きろく できません。「せってい」を ひらいて いれて ください。")
T("Staff", "This terminal has lost its ID (damaged settings). It cannot record anything until IT restores the terminal_id file.",
  "この端末は端末IDを失いました(設定の破損)。IT担当者がterminal_idファイルを復元するまで、何も記録できません。",
  "本机的终端ID已丢失(设置损坏)。在IT人员恢复terminal_id文件之前,无法记录任何内容。",
  "이 단말기의 단말기 ID가 사라졌습니다(설정 손상). IT 담당자가 terminal_id 파일을 복구할 때까지 아무것도 기록할 수 없습니다.",
  "Máy này đã mất ID thiết bị (cài đặt bị hỏng). Máy không thể ghi gì cho đến khi bộ phận IT khôi phục tệp terminal_id.",
  "Este terminal perdeu o seu ID (configurações danificadas). Não pode registrar nada até a TI restaurar o arquivo terminal_id.",
  "この きかいの IDが なくなりました (せっていが こわれた)。ITの ひとが terminal_idの ファイルを もどす まで、きろく できません。")
T("Staff", "The notice was not recorded: the kiosk cannot record yet.",
  "通知は記録されませんでした。この端末はまだ記録できません。",
  "通知未被记录:本机暂时无法记录。",
  "통지가 기록되지 않았습니다. 이 단말기는 아직 기록할 수 없습니다.",
  "Thông báo chưa được ghi: máy chưa thể ghi.",
  "O aviso não foi registrado: o quiosque ainda não pode registrar.",
  "しらせは きろく されません でした。この きかいは まだ きろく できません。")

# --- Staff: confirmations, idle lock, API token (H5) ---------------------------------------------
T("Staff", "Send the shelter close notice?", "閉所通知を送信しますか?", "要发送避难所关闭通知吗?", "대피소 폐쇄 통지를 보낼까요?", "Gửi thông báo đóng cửa nơi sơ tán?", "Enviar o aviso de fechamento do abrigo?", "ひなんじょを しめる しらせを おくりますか?")
T(
    "Staff",
    "The management system is told that this shelter is closed. Then the kiosk shows how many "
    "records still wait, and staff can quit it.",
    "管理システムに、この避難所を閉じたことが伝わります。その後、未送信の記録の件数が表示され、職員が端末を終了できます。",
    "管理系统将得知本避难所已关闭。之后本机会显示尚未发送的记录数,工作人员可以退出程序。",
    "관리 시스템에 이 대피소가 폐쇄되었음을 알립니다. 그 후 아직 전송되지 않은 기록 수가 표시되고, 직원이 단말기를 종료할 수 있습니다.",
    "Hệ thống quản lý sẽ được báo rằng nơi sơ tán này đã đóng cửa. Sau đó máy hiển thị số bản "
    "ghi còn chờ gửi, và nhân viên có thể thoát chương trình.",
    "O sistema de gestão é informado de que este abrigo foi fechado. Depois o terminal mostra "
    "quantos registros ainda aguardam, e a equipe pode fechá-lo.",
    "ひなんじょを しめた ことを しらせます。そのあと まだ おくって いない きろくの かずを みせます。しょくいんが おわる ことが できます。",
)
T("Staff", "Yes, send the close notice", "はい、閉所通知を送る", "是,发送关闭通知", "예, 폐쇄 통지 보내기", "Có, gửi thông báo đóng cửa", "Sim, enviar o aviso de fechamento", "はい、しめる しらせを おくる")
T("Staff", "Delete personal data now?", "個人情報を今すぐ消去しますか?", "要立即删除个人信息吗?", "개인정보를 지금 삭제할까요?", "Xóa thông tin cá nhân ngay bây giờ?", "Apagar os dados pessoais agora?", "こじんの じょうほうを いま けしますか?")
T(
    "Staff",
    "Names, addresses and messages are erased from this kiosk for good. It works only after "
    "the close notice, once the server has every record.",
    "氏名・住所・メッセージがこの端末から完全に消去されます。閉所通知の後、サーバーがすべての記録を受け取ってからのみ実行できます。",
    "姓名、地址和留言将从本机永久删除。只有在发送关闭通知、且服务器已收到全部记录后才能执行。",
    "이름, 주소, 메시지가 이 단말기에서 완전히 삭제됩니다. 폐쇄 통지 후 서버가 모든 기록을 받은 뒤에만 실행됩니다.",
    "Họ tên, địa chỉ và lời nhắn sẽ bị xóa vĩnh viễn khỏi máy này. Chỉ thực hiện được sau "
    "thông báo đóng cửa, khi máy chủ đã nhận mọi bản ghi.",
    "Nomes, endereços e mensagens são apagados deste terminal para sempre. Só funciona depois "
    "do aviso de fechamento, quando o servidor tiver recebido todos os registros.",
    "なまえ、じゅうしょ、メッセージを この きかいから ぜんぶ けします。もどせません。しめる しらせの あと、サーバーが ぜんぶ うけとって から できます。",
)
T("Staff", "Yes, delete", "はい、消去する", "是,删除", "예, 삭제", "Có, xóa", "Sim, apagar", "はい、けす")
T("Staff", "Quit the kiosk?", "端末を終了しますか?", "要退出程序吗?", "단말기를 종료할까요?", "Thoát chương trình?", "Fechar o terminal?", "おわりますか?")
T(
    "Staff",
    "Nobody can check in or out until the kiosk is started again. Records that still wait "
    "stay safely on this kiosk.",
    "端末を再び起動するまで、入所・退所の受付はできません。未送信の記録はこの端末に安全に保管されます。",
    "在重新启动本机之前,任何人都无法办理入住或离开。尚未发送的记录会安全地保存在本机上。",
    "단말기를 다시 시작할 때까지 입소·퇴소 접수를 할 수 없습니다. 아직 전송되지 않은 기록은 이 단말기에 안전하게 보관됩니다.",
    "Không ai có thể đăng ký vào hoặc ra cho đến khi máy được khởi động lại. Các bản ghi còn "
    "chờ được giữ an toàn trên máy này.",
    "Ninguém pode registrar entrada ou saída até o terminal ser iniciado de novo. Os "
    "registros que ainda aguardam ficam guardados com segurança neste terminal.",
    "また はじめる まで、はいる うけつけも でる うけつけも できません。まだ おくって いない きろくは この きかいに のこります。",
)
T("Staff", "Yes, quit", "はい、終了する", "是,退出", "예, 종료", "Có, thoát", "Sim, fechar", "はい、おわる")
T("Staff", "No, go back", "いいえ、戻る", "不,返回", "아니요, 돌아가기", "Không, quay lại", "Não, voltar", "いいえ、もどる")
T("Settings", "Saved. Type a new one to replace it.", "保存済み。変えるときだけ新しいものを入力", "已保存。仅在更换时输入新的。", "저장됨. 바꿀 때만 새로 입력하세요.", "Đã lưu. Chỉ nhập mã mới khi muốn thay.", "Salvo. Digite um novo só para trocar.", "のこして あります。かえる とき だけ いれて ください。")
T("Settings", "Not saved: type the API token for the new API URL.", "保存していません: 新しいAPIのURL用のAPIトークンを入力してください。", "未保存:请为新的API网址输入API令牌。", "저장하지 않았습니다: 새 API URL의 API 토큰을 입력해 주세요.", "Chưa lưu: hãy nhập mã thông báo API cho URL API mới.", "Não salvo: digite o token da API para a nova URL da API.", "のこして いません: あたらしい APIの URLの ための APIの トークンを いれて ください。")
T(
    "Demo",
    "DEMO: for practice only. Sample cards; nothing here is a real check-in.",
    "DEMO(デモ): 練習用です。見本のカードです。本当の受付ではありません。",
    "DEMO(演示):仅供练习。使用样本卡片,这里不是真正的登记。",
    "DEMO(데모): 연습용입니다. 견본 카드이며 실제 접수가 아닙니다.",
    "DEMO: chỉ để thực hành. Thẻ mẫu; đây không phải đăng ký thật.",
    "DEMO: apenas para treino. Cartões de exemplo; nada aqui é um registro real.",
    "DEMO(デモ): れんしゅう です。みほんの カード です。ほんとうの うけつけ では ありません。",
)
T("Staff", "Set-up code from IT", "ITからのセットアップコード", "IT提供的设置码", "IT에서 받은 설정 코드", "Mã cài đặt từ bộ phận IT", "Código de configuração da TI", "ITの ひとから もらった コード")
T("Staff", "No set-up code was issued. IT: python -m kiosk.staff setup-code", "セットアップコードが発行されていません。IT担当: python -m kiosk.staff setup-code", "尚未发放设置码。IT人员:python -m kiosk.staff setup-code", "설정 코드가 발급되지 않았습니다. IT 담당: python -m kiosk.staff setup-code", "Chưa cấp mã cài đặt. IT: python -m kiosk.staff setup-code", "Nenhum código de configuração foi emitido. TI: python -m kiosk.staff setup-code", "コードが まだ ありません。ITの ひと: python -m kiosk.staff setup-code")
T("Staff", "The set-up code is not correct.", "セットアップコードが正しくありません。", "设置码不正确。", "설정 코드가 올바르지 않습니다.", "Mã cài đặt không đúng.", "O código de configuração não está correto.", "コードが ちがいます。")
T("Staff", "Please choose a harder password: no common words, repeats, runs or the user ID.", "もっと推測されにくいパスワードにしてください。よくある単語、くり返し、連続した文字、ユーザーIDは使えません。", "请设置更难猜的密码:不要用常见单词、重复、连续字符或用户ID。", "더 어려운 비밀번호를 정해 주세요. 흔한 단어, 반복, 연속된 문자, 사용자 ID는 안 됩니다.", "Hãy chọn mật khẩu khó đoán hơn: không dùng từ phổ biến, ký tự lặp, dãy liên tiếp hay ID người dùng.", "Escolha uma senha mais difícil: sem palavras comuns, repetições, sequências ou o ID de usuário.", "もっと むずかしい パスワードに して ください。よく ある ことば、おなじ もじの くりかえし、ならんだ もじ、IDは だめです。")
# --- end of the H5 block ---------------------------------------------------------------------------

# --- Staff: purge statuses, records on hold, the record database's condition (H9) ------------------
T("Staff", "Personal data deleted from {count} record(s). The database file is rewritten in a moment to remove old copies; the kiosk does this by itself.",
  "{count}件の記録から個人情報を消去しました。古い写しを消すため、データベースのファイルはまもなく書き直されます(端末が自動で行います)。",
  "已从 {count} 条记录中删除个人信息。数据库文件将很快被重写以清除旧副本,本机会自动完成。",
  "{count}건의 기록에서 개인정보를 삭제했습니다. 이전 사본을 지우기 위해 데이터베이스 파일이 곧 다시 쓰입니다(단말기가 자동으로 합니다).",
  "Đã xóa thông tin cá nhân khỏi {count} bản ghi. Tệp cơ sở dữ liệu sẽ sớm được ghi lại để xóa các bản sao cũ; máy tự làm việc này.",
  "Dados pessoais apagados de {count} registro(s). O arquivo do banco de dados será reescrito em instantes para remover cópias antigas; o terminal faz isso sozinho.",
  "{count}けんの きろくから こじんの じょうほうを けしました。ふるい コピーを けすため、データの ファイルを もうすぐ かきなおします。きかいが じぶんで します。")
T("Staff", "Not deleted: {count} record(s) are not yet received by the server. Press Send now and try again when they are sent.",
  "消去していません: サーバーがまだ受け取っていない記録が{count}件あります。「今すぐ送信」を押し、送信が終わってからもう一度お試しください。",
  "未删除:有 {count} 条记录服务器尚未收到。请按“立即发送”,发送完成后再试。",
  "삭제하지 않았습니다: 서버가 아직 받지 않은 기록이 {count}건 있습니다. '지금 보내기'를 누르고, 전송이 끝나면 다시 시도해 주세요.",
  "Chưa xóa: máy chủ chưa nhận {count} bản ghi. Hãy bấm Gửi ngay và thử lại khi đã gửi xong.",
  "Não apagado: o servidor ainda não recebeu {count} registro(s). Toque em Enviar agora e tente de novo quando forem enviados.",
  "けして いません: サーバーが まだ うけとって いない きろくが {count}けん あります。「いま おくる」を おして、おくりおわってから もういちど して ください。")
T("Staff", "Not deleted: the waiting time after the close has not passed yet.",
  "消去していません: 閉所後の待ち時間がまだ過ぎていません。",
  "未删除:关闭后的等待时间尚未结束。",
  "삭제하지 않았습니다: 폐쇄 후 대기 시간이 아직 지나지 않았습니다.",
  "Chưa xóa: thời gian chờ sau khi đóng cửa chưa hết.",
  "Não apagado: o tempo de espera após o fechamento ainda não passou.",
  "けして いません: しめてからの まちじかんが まだ おわって いません。")
T("Quarantine", "the server refused it",
  "サーバーが受け取りを拒否しました",
  "服务器拒绝了它",
  "서버가 받기를 거부했습니다",
  "máy chủ đã từ chối",
  "o servidor o recusou",
  "サーバーが うけとりません でした")
T("Quarantine", "its personal data cannot be opened on this kiosk (another key, or damaged)",
  "個人情報をこの端末で開けません(別の鍵か、破損)",
  "其个人信息无法在本机打开(密钥不同或已损坏)",
  "개인정보를 이 단말기에서 열 수 없습니다(다른 키 또는 손상)",
  "không mở được thông tin cá nhân trên máy này (khóa khác hoặc bị hỏng)",
  "os dados pessoais não abrem neste terminal (outra chave ou danificados)",
  "こじんの じょうほうを この きかいで ひらけません(ちがう かぎ か、こわれて います)")
T("Quarantine", "its details do not match their seal (changed or damaged)",
  "内容が封印と一致しません(変更されたか、破損)",
  "内容与封印不符(被更改或已损坏)",
  "내용이 봉인과 맞지 않습니다(변경 또는 손상)",
  "nội dung không khớp với dấu niêm phong (bị sửa hoặc bị hỏng)",
  "os dados não conferem com o selo (alterados ou danificados)",
  "なかみが しるしと あいません(かえられた か、こわれて います)")
T("Quarantine", "it holds a value this kiosk version does not know (a newer version?)",
  "この端末のバージョンが知らない値があります(新しいバージョンの記録?)",
  "含有本机版本不认识的值(更新版本的记录?)",
  "이 단말기 버전이 모르는 값이 있습니다(새 버전의 기록?)",
  "có giá trị mà phiên bản máy này không biết (bản ghi của phiên bản mới hơn?)",
  "contém um valor que esta versão não conhece (de uma versão mais nova?)",
  "この きかいの バージョンが しらない データが あります(あたらしい バージョン?)")
T("Quarantine", "Records on hold (tell IT):",
  "保留中の記録(IT担当者に連絡):",
  "隔离的记录(请告知IT人员):",
  "보류된 기록(IT 담당자에게 알려 주세요):",
  "Bản ghi đang giữ lại (báo cho IT):",
  "Registros retidos (avise a TI):",
  "とめて いる きろく(ITの ひとに しらせて ください):")
T("Quarantine", "record {record}: {reason}",
  "記録 {record}: {reason}",
  "记录 {record}:{reason}",
  "기록 {record}: {reason}",
  "bản ghi {record}: {reason}",
  "registro {record}: {reason}",
  "きろく {record}: {reason}")
T("Quarantine", "and {count} more",
  "ほか{count}件",
  "另有 {count} 条",
  "외 {count}건",
  "và {count} bản ghi khác",
  "e mais {count}",
  "ほかに {count}けん")
T("Store", "The record database is damaged and could not be repaired. This kiosk cannot record anything: people are told to see staff. Register people by hand and call IT. IT: stop the kiosk, then run python -m kiosk.outbox recover. Do not delete any files.",
  "記録データベースが壊れていて、修復できませんでした。この端末では何も記録できません(利用者には係員に声をかけるよう表示されます)。受付は手書きで行い、IT担当者に連絡してください。IT担当者: 端末を終了してから python -m kiosk.outbox recover を実行してください。ファイルは削除しないでください。",
  "记录数据库已损坏,无法修复。本机无法记录任何内容(使用者会被告知去找工作人员)。请手工登记并联系IT人员。IT人员:先退出程序,再运行 python -m kiosk.outbox recover。请勿删除任何文件。",
  "기록 데이터베이스가 손상되어 복구할 수 없었습니다. 이 단말기는 아무것도 기록할 수 없습니다(이용자에게는 직원에게 문의하라고 안내됩니다). 수기로 접수하고 IT 담당자에게 연락해 주세요. IT 담당자: 단말기를 종료한 뒤 python -m kiosk.outbox recover 를 실행하세요. 파일은 삭제하지 마세요.",
  "Cơ sở dữ liệu bản ghi bị hỏng và không sửa được. Máy này không ghi được gì (người dùng được báo gặp nhân viên). Hãy đăng ký bằng tay và gọi IT. IT: tắt máy kiosk rồi chạy python -m kiosk.outbox recover. Không xóa tệp nào.",
  "O banco de dados de registros está danificado e não pôde ser reparado. Este terminal não consegue registrar nada (as pessoas são orientadas a procurar a equipe). Registre as pessoas à mão e chame a TI. TI: feche o terminal e execute python -m kiosk.outbox recover. Não apague nenhum arquivo.",
  "きろくの データが こわれて いて、なおせません でした。この きかいは なにも きろく できません。てがきで うけつけを して、ITの ひとを よんで ください。ITの ひと: きかいを とめてから python -m kiosk.outbox recover を して ください。ファイルは けさないで ください。")
T("Store", "I have read this",
  "確認しました",
  "我已阅读",
  "확인했습니다",
  "Tôi đã đọc",
  "Eu li",
  "よみました")
T("Store", "The record database was damaged. {saved} records were saved into a new database; those not yet sent will be sent.",
  "記録データベースが壊れていました。{saved}件の記録を新しいデータベースに移しました。まだ送信していない記録はこれから送信されます。",
  "记录数据库曾损坏。已将 {saved} 条记录保存到新数据库;尚未发送的记录将会发送。",
  "기록 데이터베이스가 손상되었습니다. {saved}건의 기록을 새 데이터베이스에 저장했습니다. 아직 보내지 않은 기록은 전송됩니다.",
  "Cơ sở dữ liệu bản ghi đã bị hỏng. Đã lưu {saved} bản ghi vào cơ sở dữ liệu mới; các bản ghi chưa gửi sẽ được gửi.",
  "O banco de dados de registros estava danificado. {saved} registros foram salvos em um banco novo; os ainda não enviados serão enviados.",
  "きろくの データが こわれて いました。{saved}けんの きろくを あたらしい データに うつしました。まだ おくって いない きろくは これから おくります。")
T("Store", "How many records could not be read is not known.",
  "読めなかった記録の件数は分かりません。",
  "无法得知有多少条记录未能读取。",
  "읽지 못한 기록이 몇 건인지 알 수 없습니다.",
  "Không biết có bao nhiêu bản ghi không đọc được.",
  "Não se sabe quantos registros não puderam ser lidos.",
  "よめなかった きろくが なんけん あるか わかりません。")
T("Store", "{lost} records could not be read (ids: {ids}).",
  "{lost}件の記録は読めませんでした(ID: {ids})。",
  "有 {lost} 条记录无法读取(ID:{ids})。",
  "{lost}건의 기록은 읽을 수 없었습니다(ID: {ids}).",
  "{lost} bản ghi không đọc được (mã: {ids}).",
  "{lost} registros não puderam ser lidos (ids: {ids}).",
  "{lost}けんの きろくは よめません でした(ID: {ids})。")
T("Store", "{lost} records could not be read.",
  "{lost}件の記録は読めませんでした。",
  "有 {lost} 条记录无法读取。",
  "{lost}건의 기록은 읽을 수 없었습니다.",
  "{lost} bản ghi không đọc được.",
  "{lost} registros não puderam ser lidos.",
  "{lost}けんの きろくは よめません でした。")
T("Store", "{count} records were put on hold: they failed their check.",
  "{count}件の記録は確認に通らなかったため保留にしました。",
  "有 {count} 条记录未通过检查,已隔离。",
  "{count}건의 기록은 확인을 통과하지 못해 보류했습니다.",
  "{count} bản ghi không qua được kiểm tra nên đang được giữ lại.",
  "{count} registros foram retidos: não passaram na verificação.",
  "{count}けんの きろくは チェックで だめ だったので とめて います。")
T("Store", "The damaged file was kept as {name} for IT. Do not delete it.",
  "壊れたファイルはIT担当者のために {name} として残してあります。削除しないでください。",
  "已损坏的文件作为 {name} 保留给IT人员。请勿删除。",
  "손상된 파일은 IT 담당자를 위해 {name}(으)로 남겨 두었습니다. 삭제하지 마세요.",
  "Tệp bị hỏng được giữ lại với tên {name} cho IT. Không xóa tệp này.",
  "O arquivo danificado foi guardado como {name} para a TI. Não o apague.",
  "こわれた ファイルは ITの ひとの ために {name} と いう なまえで のこして あります。けさないで ください。")
T("Status", "Record database damaged: call IT",
  "記録データベース破損: IT担当者へ連絡",
  "记录数据库损坏:请联系IT",
  "기록 데이터베이스 손상: IT에 연락",
  "CSDL bản ghi bị hỏng: gọi IT",
  "Banco de registros danificado: chame a TI",
  "データが こわれた: ITの ひとを よぶ")
T("Status", "Record database repaired: see staff menu",
  "記録データベース修復済み: 係員メニューを確認",
  "记录数据库已修复:请查看工作人员菜单",
  "기록 데이터베이스 복구됨: 직원 메뉴 확인",
  "CSDL bản ghi đã sửa: xem menu nhân viên",
  "Banco de registros reparado: veja o menu da equipe",
  "データを なおした: かかりの メニューを みる")
# --- end of the H9 block ---------------------------------------------------------------------------

# --- Settings -------------------------------------------------------------------------------------
T("Settings", "App settings", "アプリ設定", "应用设置", "앱 설정", "Cài đặt ứng dụng", "Configurações do app", "せってい")
T("Settings", "Shelter name", "避難所名", "避难所名称", "대피소 이름", "Tên nơi sơ tán", "Nome do abrigo", "ひなんじょの なまえ")
T("Settings", "Shelter ID", "避難所ID", "避难所ID", "대피소 ID", "ID nơi sơ tán", "ID do abrigo", "ひなんじょの ID")
T("Settings", "Management API URL", "管理APIのURL", "管理API网址", "관리 API URL", "URL API quản lý", "URL da API de gestão", "かんりの APIの URL")
T("Settings", "API token", "APIトークン", "API令牌", "API 토큰", "Mã thông báo API", "Token da API", "APIの トークン")
T("Settings", "Voice guidance", "音声案内", "语音引导", "음성 안내", "Hướng dẫn bằng giọng nói", "Guia por voz", "こえの あんない")
T(
    "Settings",
    "Ask for 和暦 / 西暦 birth date display",
    "生年月日の和暦/西暦を選ぶ画面を表示",
    "显示选择出生日期和历/公历的画面",
    "생년월일 와레키/서기 선택 화면 표시",
    "Hỏi cách hiện ngày sinh 和暦 / 西暦",
    "Perguntar exibição da data 和暦 / 西暦",
    "うまれた ひを われき か せいれき で えらぶ がめんを だす",
)
T("Settings", "Default language", "最初の言語", "默认语言", "기본 언어", "Ngôn ngữ mặc định", "Idioma padrão", "はじめの ことば")
T(
    "Settings",
    "Seconds without a touch before asking for more time",
    "「もう少し時間が必要ですか?」と聞くまでの秒数",
    "无操作多少秒后询问是否需要更多时间",
    "'시간이 더 필요하신가요?'를 묻기까지의 초",
    "Số giây không chạm trước khi hỏi thêm thời gian",
    "Segundos sem toque antes de perguntar se precisa de mais tempo",
    "「もっと じかんが いりますか?」と きく までの びょう",
)
T(
    "Settings",
    "Seconds the result stays on screen",
    "結果画面を表示する秒数",
    "结果画面显示的秒数",
    "결과 화면 표시 시간(초)",
    "Số giây hiện kết quả trên màn hình",
    "Segundos que o resultado fica na tela",
    "けっかを みせる びょう",
)
T("Settings", "On", "オン", "开", "켜기", "Bật", "Ligado", "つける")
T("Settings", "Save", "保存", "保存", "저장", "Lưu", "Salvar", "のこす")
T("Settings", "Settings saved.", "設定を保存しました。", "设置已保存。", "설정을 저장했습니다.", "Đã lưu cài đặt.", "Configurações salvas.", "せっていを のこしました。")
T("Settings", "Not saved: {problem}", "保存できません:{problem}", "未保存:{problem}", "저장되지 않음: {problem}", "Chưa lưu: {problem}", "Não salvo: {problem}", "のこせません:{problem}")
T(
    "Settings",
    "Not saved: the settings file could not be written.",
    "保存できません:設定ファイルに書き込めませんでした。",
    "未保存:无法写入设置文件。",
    "저장되지 않음: 설정 파일에 쓸 수 없었습니다.",
    "Chưa lưu: không ghi được tệp cài đặt.",
    "Não salvo: não foi possível gravar o arquivo de configurações.",
    "のこせません:せっていの ファイルに かけませんでした。",
)

LANGUAGE_ORDER = ("ja", "zh_CN", "ko", "vi", "pt_BR", "ja_easy")

#: The entries above are typed with ASCII punctuation (easier to edit and diff); Japanese and
#: Chinese get their full-width forms here. Placeholders and words like "ID" are untouched.
_FULL_WIDTH = {
    "ja": str.maketrans({",": "、", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}),
    "ja_easy": str.maketrans({",": "、", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}),
    "zh_CN": str.maketrans({",": "，", ":": "：", "(": "（", ")": "）", "?": "？", "!": "！"}),
}


def _punctuate(language: str, text: str) -> str:
    table = _FULL_WIDTH.get(language)
    return text.translate(table) if table else text


def catalogue() -> dict[tuple[str, str], dict[str, str]]:
    """{(context, English source): {language: text}} for every entry above."""
    out: dict[tuple[str, str], dict[str, str]] = {}
    for context, source, *texts in _ENTRIES:
        key = (context, source)
        if key in out:
            raise ValueError(f"duplicate catalogue entry {key}")
        out[key] = {
            language: _punctuate(language, text)
            for language, text in zip(LANGUAGE_ORDER, texts, strict=True)
        }
    return out
