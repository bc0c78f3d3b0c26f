# ruff: noqa: E501 (translations: one sentence per line reads and diffs best)
"""The phone registration page's texts, in the kiosk's seven languages.

These are web texts, not Qt texts: they live here, not in translations/*.ts (the page is
rendered by a Qt-free server thread). tests/webreg/test_texts.py checks that every text
exists in every language of kiosk/languages.py, that placeholders match the English, and
that the やさしい日本語 readings are well formed (kiosk/furigana.py). ``{n}`` is the only
placeholder.
"""

from __future__ import annotations

from kiosk import languages

#: Shown when the browser asks for nothing we know.
DEFAULT_LANGUAGE = "ja"

TEXTS: dict[str, dict[str, str]] = {
    "title": {
        "en": "Register at this shelter",
        "ja": "避難所の受付（スマートフォン）",
        "zh_CN": "在本避难所登记",
        "ko": "이 대피소에 등록",
        "vi": "Đăng ký tại nơi sơ tán này",
        "pt_BR": "Cadastro neste abrigo",
        "ja_easy": "避難所《ひなんじょ》の 受付《うけつけ》",
    },
    "shelter": {
        "en": "Shelter",
        "ja": "避難所",
        "zh_CN": "避难所",
        "ko": "대피소",
        "vi": "Nơi sơ tán",
        "pt_BR": "Abrigo",
        "ja_easy": "避難所《ひなんじょ》",
    },
    "language": {
        "en": "Language",
        "ja": "言語",
        "zh_CN": "语言",
        "ko": "언어",
        "vi": "Ngôn ngữ",
        "pt_BR": "Idioma",
        "ja_easy": "ことば",
    },
    "change_language": {
        "en": "Change language",
        "ja": "言語を変える",
        "zh_CN": "切换语言",
        "ko": "언어 변경",
        "vi": "Đổi ngôn ngữ",
        "pt_BR": "Mudar idioma",
        "ja_easy": "ことばを かえる",
    },
    "intro": {
        "en": "For people without a card. Items marked * are required.",
        "ja": "カードをお持ちでない方の受付です。＊の項目は必須です。",
        "zh_CN": "供没有证件的人使用。带 * 的项目为必填。",
        "ko": "카드가 없는 분을 위한 등록입니다. * 표시 항목은 필수입니다.",
        "vi": "Dành cho người không có thẻ. Các mục có dấu * là bắt buộc.",
        "pt_BR": "Para quem não tem cartão. Os itens com * são obrigatórios.",
        "ja_easy": "カードが ない 人《ひと》の 受付《うけつけ》です。＊は かならず 書《か》いてください。",
    },
    "name": {
        "en": "Name *",
        "ja": "氏名 ＊",
        "zh_CN": "姓名 *",
        "ko": "이름 *",
        "vi": "Họ và tên *",
        "pt_BR": "Nome *",
        "ja_easy": "名前《なまえ》 ＊",
    },
    "reading": {
        "en": "Reading of the name (kana)",
        "ja": "ふりがな",
        "zh_CN": "姓名读音（假名）",
        "ko": "이름 읽는 법 (가나)",
        "vi": "Cách đọc tên (kana)",
        "pt_BR": "Leitura do nome (kana)",
        "ja_easy": "名前《なまえ》の よみかた",
    },
    "sex": {
        "en": "Sex",
        "ja": "性別",
        "zh_CN": "性别",
        "ko": "성별",
        "vi": "Giới tính",
        "pt_BR": "Sexo",
        "ja_easy": "男《おとこ》・女《おんな》",
    },
    "sex_male": {
        "en": "Male",
        "ja": "男性",
        "zh_CN": "男",
        "ko": "남성",
        "vi": "Nam",
        "pt_BR": "Masculino",
        "ja_easy": "男《おとこ》",
    },
    "sex_female": {
        "en": "Female",
        "ja": "女性",
        "zh_CN": "女",
        "ko": "여성",
        "vi": "Nữ",
        "pt_BR": "Feminino",
        "ja_easy": "女《おんな》",
    },
    "sex_not_applicable": {
        "en": "Other",
        "ja": "その他",
        "zh_CN": "其他",
        "ko": "기타",
        "vi": "Khác",
        "pt_BR": "Outro",
        "ja_easy": "そのほか",
    },
    "sex_unknown": {
        "en": "Prefer not to say",
        "ja": "回答しない",
        "zh_CN": "不愿透露",
        "ko": "응답하지 않음",
        "vi": "Không muốn trả lời",
        "pt_BR": "Prefiro não dizer",
        "ja_easy": "こたえない",
    },
    "birth_date": {
        "en": "Birth date *",
        "ja": "生年月日 ＊",
        "zh_CN": "出生日期 *",
        "ko": "생년월일 *",
        "vi": "Ngày sinh *",
        "pt_BR": "Data de nascimento *",
        "ja_easy": "生《う》まれた 日《ひ》 ＊",
    },
    "birth_calendar": {
        "en": "Date (calendar)",
        "ja": "西暦（カレンダー）",
        "zh_CN": "日期（日历）",
        "ko": "날짜 (달력)",
        "vi": "Ngày (lịch)",
        "pt_BR": "Data (calendário)",
        "ja_easy": "カレンダーで えらぶ",
    },
    "birth_era": {
        "en": "Or in the Japanese calendar",
        "ja": "または和暦で",
        "zh_CN": "或使用日本年号",
        "ko": "또는 일본 연호로",
        "vi": "Hoặc theo niên hiệu Nhật Bản",
        "pt_BR": "Ou no calendário japonês",
        "ja_easy": "令和《れいわ》・平成《へいせい》・昭和《しょうわ》で 書《か》く",
    },
    "era": {
        "en": "Era",
        "ja": "元号",
        "zh_CN": "年号",
        "ko": "연호",
        "vi": "Niên hiệu",
        "pt_BR": "Era",
        "ja_easy": "令和《れいわ》・平成《へいせい》など",
    },
    "year": {
        "en": "Year",
        "ja": "年",
        "zh_CN": "年",
        "ko": "년",
        "vi": "Năm",
        "pt_BR": "Ano",
        "ja_easy": "年《ねん》",
    },
    "month": {
        "en": "Month",
        "ja": "月",
        "zh_CN": "月",
        "ko": "월",
        "vi": "Tháng",
        "pt_BR": "Mês",
        "ja_easy": "月《がつ》",
    },
    "day": {
        "en": "Day",
        "ja": "日",
        "zh_CN": "日",
        "ko": "일",
        "vi": "Ngày",
        "pt_BR": "Dia",
        "ja_easy": "日《にち》",
    },
    "address": {
        "en": "Address *",
        "ja": "住所 ＊",
        "zh_CN": "住址 *",
        "ko": "주소 *",
        "vi": "Địa chỉ *",
        "pt_BR": "Endereço *",
        "ja_easy": "住所《じゅうしょ》 ＊",
    },
    "phone": {
        "en": "Phone number",
        "ja": "電話番号",
        "zh_CN": "电话号码",
        "ko": "전화번호",
        "vi": "Số điện thoại",
        "pt_BR": "Telefone",
        "ja_easy": "電話番号《でんわばんごう》",
    },
    "situation": {
        "en": "Tell staff if any of these apply (optional)",
        "ja": "当てはまるものがあれば選んでください（任意）",
        "zh_CN": "如有以下情况请告知工作人员（可选）",
        "ko": "해당하는 것이 있으면 선택하세요 (선택 사항)",
        "vi": "Chọn nếu có mục nào đúng với bạn (không bắt buộc)",
        "pt_BR": "Marque se algo se aplica a você (opcional)",
        "ja_easy": "あてはまる ものが あれば えらんでください",
    },
    "flag_injured": {
        "en": "I am injured",
        "ja": "けがをしている",
        "zh_CN": "我受伤了",
        "ko": "다쳤습니다",
        "vi": "Tôi bị thương",
        "pt_BR": "Estou ferido(a)",
        "ja_easy": "けがを している",
    },
    "flag_needs_medical_care": {
        "en": "I need medical care or medicine",
        "ja": "治療・薬が必要",
        "zh_CN": "我需要治疗或药物",
        "ko": "치료나 약이 필요합니다",
        "vi": "Tôi cần chăm sóc y tế hoặc thuốc",
        "pt_BR": "Preciso de cuidados médicos ou remédios",
        "ja_easy": "病院《びょういん》や 薬《くすり》が 必要《ひつよう》",
    },
    "flag_pregnant": {
        "en": "I am pregnant",
        "ja": "妊娠している",
        "zh_CN": "我怀孕了",
        "ko": "임신 중입니다",
        "vi": "Tôi đang mang thai",
        "pt_BR": "Estou grávida",
        "ja_easy": "おなかに 赤《あか》ちゃんが いる",
    },
    "flag_needs_assistance": {
        "en": "I need help (moving, care, language)",
        "ja": "介助・支援が必要（移動・介護・言葉）",
        "zh_CN": "我需要帮助（行动、护理、语言）",
        "ko": "도움이 필요합니다 (이동, 돌봄, 언어)",
        "vi": "Tôi cần giúp đỡ (di chuyển, chăm sóc, ngôn ngữ)",
        "pt_BR": "Preciso de ajuda (locomoção, cuidados, idioma)",
        "ja_easy": "手伝《てつだ》いが 必要《ひつよう》",
    },
    "flag_with_pet": {
        "en": "I have a pet with me",
        "ja": "ペットを連れている",
        "zh_CN": "我带着宠物",
        "ko": "반려동물과 함께 있습니다",
        "vi": "Tôi mang theo thú cưng",
        "pt_BR": "Estou com um animal de estimação",
        "ja_easy": "ペットが いっしょ",
    },
    "message": {
        "en": "Message to staff (optional)",
        "ja": "職員への連絡事項（任意）",
        "zh_CN": "给工作人员的留言（可选）",
        "ko": "직원에게 전할 말 (선택 사항)",
        "vi": "Lời nhắn cho nhân viên (không bắt buộc)",
        "pt_BR": "Mensagem para a equipe (opcional)",
        "ja_easy": "職員《しょくいん》への メッセージ",
    },
    "consent_title": {
        "en": "Use of your information",
        "ja": "個人情報の取り扱い",
        "zh_CN": "个人信息的使用",
        "ko": "개인정보의 이용",
        "vi": "Sử dụng thông tin của bạn",
        "pt_BR": "Uso dos seus dados",
        "ja_easy": "あなたの 情報《じょうほう》に ついて",
    },
    "consent_text": {
        "en": (
            "What you enter here is used only to run this shelter. It is kept encrypted on the "
            "shelter's terminal, sent to the city's shelter management system, and deleted "
            "from the terminal after the shelter closes. Nobody else's data is shown here."
        ),
        "ja": (
            "入力された情報は、この避難所の運営にのみ使います。避難所の端末に暗号化して保存し、"
            "市の避難所管理システムに送信します。閉所後、端末からは削除します。"
            "このページに他の方の情報が表示されることはありません。"
        ),
        "zh_CN": (
            "您填写的信息仅用于本避难所的运营。信息加密保存在避难所的终端上，发送至市政府的避难所"
            "管理系统，并在避难所关闭后从终端删除。本页面不会显示其他人的信息。"
        ),
        "ko": (
            "입력하신 정보는 이 대피소 운영에만 사용됩니다. 대피소 단말기에 암호화되어 저장되고, "
            "시의 대피소 관리 시스템으로 전송되며, 대피소가 닫힌 후 단말기에서 삭제됩니다. "
            "이 페이지에는 다른 사람의 정보가 표시되지 않습니다."
        ),
        "vi": (
            "Thông tin bạn nhập chỉ được dùng để vận hành nơi sơ tán này. Thông tin được mã hóa "
            "trên máy của nơi sơ tán, gửi đến hệ thống quản lý nơi sơ tán của thành phố, và bị "
            "xóa khỏi máy sau khi nơi sơ tán đóng cửa. Trang này không hiển thị thông tin của "
            "người khác."
        ),
        "pt_BR": (
            "O que você preencher aqui é usado somente para o funcionamento deste abrigo. Fica "
            "guardado de forma criptografada no terminal do abrigo, é enviado ao sistema de "
            "gestão de abrigos da prefeitura e é apagado do terminal quando o abrigo fechar. "
            "Esta página não mostra dados de outras pessoas."
        ),
        "ja_easy": (
            "書《か》いた ことは この 避難所《ひなんじょ》の ために だけ 使《つか》います。"
            "市《し》に 送《おく》ります。避難所《ひなんじょ》が 終《お》わったら、"
            "この 機械《きかい》からは 消《け》します。"
        ),
    },
    "consent_check": {
        "en": "I agree *",
        "ja": "同意します ＊",
        "zh_CN": "我同意 *",
        "ko": "동의합니다 *",
        "vi": "Tôi đồng ý *",
        "pt_BR": "Eu concordo *",
        "ja_easy": "わかりました ＊",
    },
    "submit": {
        "en": "Register",
        "ja": "登録する",
        "zh_CN": "登记",
        "ko": "등록하기",
        "vi": "Đăng ký",
        "pt_BR": "Cadastrar",
        "ja_easy": "登録《とうろく》する",
    },
    "errors_summary": {
        "en": "Please correct the items marked below. What you typed is kept.",
        "ja": "下の印のある項目を直してください。入力した内容はそのまま残っています。",
        "zh_CN": "请更正下面标出的项目。您已填写的内容仍然保留。",
        "ko": "아래 표시된 항목을 고쳐 주세요. 입력한 내용은 그대로 남아 있습니다.",
        "vi": "Vui lòng sửa các mục được đánh dấu bên dưới. Những gì bạn đã nhập vẫn được giữ.",
        "pt_BR": "Corrija os itens marcados abaixo. O que você digitou foi mantido.",
        "ja_easy": "下《した》の ところを なおしてください。書《か》いた ことは 消《き》えていません。",
    },
    "error_mark": {
        "en": "Error:",
        "ja": "エラー：",
        "zh_CN": "错误：",
        "ko": "오류:",
        "vi": "Lỗi:",
        "pt_BR": "Erro:",
        "ja_easy": "まちがい：",
    },
    "err_required": {
        "en": "This is required.",
        "ja": "入力してください。",
        "zh_CN": "此项为必填。",
        "ko": "입력해 주세요.",
        "vi": "Mục này là bắt buộc.",
        "pt_BR": "Este campo é obrigatório.",
        "ja_easy": "書《か》いてください。",
    },
    "err_too_long": {
        "en": "Too long: at most {n} characters.",
        "ja": "長すぎます（{n}文字まで）。",
        "zh_CN": "太长了：最多 {n} 个字符。",
        "ko": "너무 깁니다: 최대 {n}자.",
        "vi": "Quá dài: tối đa {n} ký tự.",
        "pt_BR": "Muito longo: no máximo {n} caracteres.",
        "ja_easy": "長《なが》すぎます。{n}文字《もじ》までです。",
    },
    "err_text": {
        "en": "Please use ordinary characters only.",
        "ja": "使えない文字が含まれています。",
        "zh_CN": "请只使用普通字符。",
        "ko": "일반 문자만 사용해 주세요.",
        "vi": "Vui lòng chỉ dùng ký tự thông thường.",
        "pt_BR": "Use apenas caracteres comuns.",
        "ja_easy": "使《つか》えない 文字《もじ》が あります。",
    },
    "err_date": {
        "en": "Enter a real birth date (not in the future).",
        "ja": "正しい生年月日を入力してください（未来の日付は不可）。",
        "zh_CN": "请输入真实的出生日期（不能是将来的日期）。",
        "ko": "올바른 생년월일을 입력해 주세요 (미래 날짜 불가).",
        "vi": "Hãy nhập ngày sinh thật (không phải ngày trong tương lai).",
        "pt_BR": "Informe uma data de nascimento real (não futura).",
        "ja_easy": "正《ただ》しい 生《う》まれた 日《ひ》を 書《か》いてください。",
    },
    "err_date_conflict": {
        "en": "The calendar date and the Japanese-calendar date differ: please keep one.",
        "ja": "西暦と和暦の日付が違います。どちらか一方にしてください。",
        "zh_CN": "日历日期与日本年号日期不一致：请只保留一个。",
        "ko": "달력 날짜와 연호 날짜가 다릅니다. 하나만 남겨 주세요.",
        "vi": "Ngày theo lịch và ngày theo niên hiệu khác nhau: hãy giữ một cái.",
        "pt_BR": "A data do calendário e a do calendário japonês são diferentes: mantenha uma.",
        "ja_easy": "二《ふた》つの 日《ひ》が ちがいます。一《ひと》つに してください。",
    },
    "err_phone": {
        "en": "Use digits, spaces, + and - only.",
        "ja": "数字、スペース、＋、－だけで入力してください。",
        "zh_CN": "只能使用数字、空格、+ 和 -。",
        "ko": "숫자, 공백, +, - 만 사용해 주세요.",
        "vi": "Chỉ dùng chữ số, dấu cách, + và -.",
        "pt_BR": "Use apenas dígitos, espaços, + e -.",
        "ja_easy": "数字《すうじ》で 書《か》いてください。",
    },
    "err_consent": {
        "en": "Please tick “I agree” to register.",
        "ja": "登録するには「同意します」にチェックしてください。",
        "zh_CN": "请勾选“我同意”后再登记。",
        "ko": "등록하려면 '동의합니다'에 체크해 주세요.",
        "vi": "Hãy đánh dấu “Tôi đồng ý” để đăng ký.",
        "pt_BR": "Marque “Eu concordo” para se cadastrar.",
        "ja_easy": "「わかりました」に チェックを してください。",
    },
    "err_choice": {
        "en": "Please choose one of the options.",
        "ja": "選択肢から選んでください。",
        "zh_CN": "请从选项中选择。",
        "ko": "선택지 중에서 골라 주세요.",
        "vi": "Hãy chọn một trong các lựa chọn.",
        "pt_BR": "Escolha uma das opções.",
        "ja_easy": "この 中《なか》から えらんでください。",
    },
    "form_renewed": {
        "en": "This form had been open too long. Your entries are kept: please press Register again.",
        "ja": "フォームの有効時間が過ぎました。入力内容は残っています。もう一度「登録する」を押してください。",
        "zh_CN": "表单打开时间过长。您的内容已保留：请再按一次“登记”。",
        "ko": "양식이 너무 오래 열려 있었습니다. 입력 내용은 남아 있으니 '등록하기'를 다시 눌러 주세요.",
        "vi": "Biểu mẫu đã mở quá lâu. Nội dung của bạn vẫn được giữ: hãy bấm Đăng ký lần nữa.",
        "pt_BR": "O formulário ficou aberto tempo demais. Seus dados foram mantidos: toque em Cadastrar de novo.",
        "ja_easy": "時間《じかん》が すぎました。もう 一回《いっかい》「登録《とうろく》する」を おしてください。",
    },
    "not_saved": {
        "en": "This could not be saved just now, so nothing was registered. Your entries are kept: please try again, or go to the staff desk.",
        "ja": "保存できなかったため、登録されていません。入力内容は残っています。もう一度試すか、職員の受付へお越しください。",
        "zh_CN": "暂时无法保存，因此尚未登记。您的内容已保留：请重试，或前往工作人员服务台。",
        "ko": "지금 저장할 수 없어 등록되지 않았습니다. 입력 내용은 남아 있으니 다시 시도하거나 직원 접수처로 가 주세요.",
        "vi": "Hiện không lưu được nên chưa đăng ký. Nội dung của bạn vẫn được giữ: hãy thử lại hoặc đến bàn nhân viên.",
        "pt_BR": "Não foi possível salvar agora, então nada foi cadastrado. Seus dados foram mantidos: tente de novo ou vá ao balcão da equipe.",
        "ja_easy": "登録《とうろく》 できませんでした。もう 一回《いっかい》 おすか、職員《しょくいん》に 話《はな》してください。",
    },
    "thanks_title": {
        "en": "Registered",
        "ja": "登録しました",
        "zh_CN": "已登记",
        "ko": "등록되었습니다",
        "vi": "Đã đăng ký",
        "pt_BR": "Cadastrado",
        "ja_easy": "登録《とうろく》 できました",
    },
    "thanks_text": {
        "en": "You are registered at this shelter. You can close this page now.",
        "ja": "この避難所への登録が完了しました。このページは閉じてかまいません。",
        "zh_CN": "您已在本避难所完成登记。现在可以关闭此页面。",
        "ko": "이 대피소에 등록되었습니다. 이제 이 페이지를 닫아도 됩니다.",
        "vi": "Bạn đã được đăng ký tại nơi sơ tán này. Bây giờ bạn có thể đóng trang này.",
        "pt_BR": "Você está cadastrado(a) neste abrigo. Já pode fechar esta página.",
        "ja_easy": "この 避難所《ひなんじょ》に 登録《とうろく》 できました。この ページは とじて いいです。",
    },
    "register_another": {
        "en": "Register another person",
        "ja": "別の人を登録する",
        "zh_CN": "登记另一个人",
        "ko": "다른 사람 등록하기",
        "vi": "Đăng ký người khác",
        "pt_BR": "Cadastrar outra pessoa",
        "ja_easy": "ほかの 人《ひと》を 登録《とうろく》する",
    },
    "expired_title": {
        "en": "This QR code is no longer valid",
        "ja": "このQRコードは使えません",
        "zh_CN": "此二维码已失效",
        "ko": "이 QR 코드는 더 이상 유효하지 않습니다",
        "vi": "Mã QR này không còn hiệu lực",
        "pt_BR": "Este QR code não é mais válido",
        "ja_easy": "この QRコードは 使《つか》えません",
    },
    "expired_text": {
        "en": "Please ask staff for the current QR code.",
        "ja": "職員に今の QR コードをたずねてください。",
        "zh_CN": "请向工作人员索取当前的二维码。",
        "ko": "직원에게 현재 QR 코드를 요청해 주세요.",
        "vi": "Hãy hỏi nhân viên mã QR hiện tại.",
        "pt_BR": "Peça à equipe o QR code atual.",
        "ja_easy": "職員《しょくいん》に 今《いま》の QRコードを 聞《き》いてください。",
    },
    "busy_text": {
        "en": "Too many registrations are arriving at once. Please wait a minute, then press Register again: your entries are kept below.",
        "ja": "登録が集中しています。1分ほど待ってから、もう一度「登録する」を押してください。入力内容は下に残っています。",
        "zh_CN": "同时登记的人太多。请等一分钟，然后再按一次“登记”：您填写的内容保留在下方。",
        "ko": "등록이 한꺼번에 몰리고 있습니다. 1분 정도 기다린 후 '등록하기'를 다시 눌러 주세요. 입력 내용은 아래에 남아 있습니다.",
        "vi": "Có quá nhiều lượt đăng ký cùng lúc. Hãy đợi một phút rồi bấm Đăng ký lần nữa: nội dung của bạn vẫn còn bên dưới.",
        "pt_BR": "Muitos cadastros estão chegando ao mesmo tempo. Aguarde um minuto e toque em Cadastrar de novo: seus dados continuam abaixo.",
        "ja_easy": "いま こんでいます。1分《ぷん》 まってから、もう 一回《いっかい》「登録《とうろく》する」を おしてください。書《か》いた ことは 消《き》えていません。",
    },
    "too_large_text": {
        "en": "What was sent is too long. Please shorten the message and try again.",
        "ja": "送信内容が長すぎます。連絡事項を短くして、もう一度お試しください。",
        "zh_CN": "发送的内容太长。请缩短留言后重试。",
        "ko": "보낸 내용이 너무 깁니다. 메시지를 줄여서 다시 시도해 주세요.",
        "vi": "Nội dung gửi quá dài. Hãy rút ngắn lời nhắn và thử lại.",
        "pt_BR": "O que foi enviado é longo demais. Encurte a mensagem e tente de novo.",
        "ja_easy": "長《なが》すぎます。メッセージを みじかく してください。",
    },
    "not_ready_text": {
        "en": "Registration by phone is not available right now. Please go to the staff desk.",
        "ja": "現在、スマートフォンでの受付はできません。職員の受付へお越しください。",
        "zh_CN": "目前无法通过手机登记。请前往工作人员服务台。",
        "ko": "지금은 휴대전화로 등록할 수 없습니다. 직원 접수처로 가 주세요.",
        "vi": "Hiện không thể đăng ký bằng điện thoại. Hãy đến bàn nhân viên.",
        "pt_BR": "O cadastro pelo celular não está disponível agora. Vá ao balcão da equipe.",
        "ja_easy": "いまは スマートフォンで 登録《とうろく》 できません。職員《しょくいん》の ところへ 行《い》ってください。",
    },
    "not_found_text": {
        "en": "There is no such page. Please scan the QR code at the shelter again.",
        "ja": "このページはありません。避難所の QR コードをもう一度読み取ってください。",
        "zh_CN": "没有这个页面。请重新扫描避难所的二维码。",
        "ko": "없는 페이지입니다. 대피소의 QR 코드를 다시 읽어 주세요.",
        "vi": "Không có trang này. Hãy quét lại mã QR tại nơi sơ tán.",
        "pt_BR": "Esta página não existe. Leia de novo o QR code do abrigo.",
        "ja_easy": "この ページは ありません。もう 一回《いっかい》 QRコードを よんでください。",
    },
}

#: The eras a birth date may be given in on the page (the living generations').
ERA_NAMES: dict[str, dict[str, str]] = {
    "reiwa": {"ja": "令和", "ja_easy": "令和《れいわ》"},
    "heisei": {"ja": "平成", "ja_easy": "平成《へいせい》"},
    "showa": {"ja": "昭和", "ja_easy": "昭和《しょうわ》"},
    "taisho": {"ja": "大正", "ja_easy": "大正《たいしょう》"},
}


def text(key: str, lang: str, **values: object) -> str:
    """The text ``key`` in ``lang`` (English when the language is unknown)."""
    table = TEXTS[key]
    found = table.get(lang) or table[languages.SOURCE]
    return found.format(**values) if values else found


def pick_language(requested: str | None, accept_language: str | None) -> str:
    """The page's language: the one asked for (``?lang=``), else the browser's first known
    one (Accept-Language), else Japanese."""
    if requested in languages.CODES:
        return requested
    for part in (accept_language or "").split(","):
        tag = part.split(";", 1)[0].strip().replace("-", "_").lower()
        if not tag:
            continue
        for code in languages.CODES:
            if code.lower() == tag:
                return code
        base = tag.split("_", 1)[0]
        if base == "zh":
            return "zh_CN"
        if base == "pt":
            return "pt_BR"
        if base in languages.CODES:
            return base
    return DEFAULT_LANGUAGE
