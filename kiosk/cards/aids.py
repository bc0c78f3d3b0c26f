"""Application ids and file ids of the cards the kiosk reads (idcards.md §1-§4)."""

from __future__ import annotations

#: My Number card, 券面事項入力補助AP ("text AP"): the basic four facts as text.
TEXT_AP_AID = bytes.fromhex("D3921000310001010408")
#: My Number card, 券面事項確認AP ("visual AP"): birth date, sex, expiry, face photo.
VISUAL_AP_AID = bytes.fromhex("D3921000310001010402")
#: My Number card, JPKI AP (token EF 0006 identifies a My Number card).
JPKI_AP_AID = bytes.fromhex("D392F000260100000001")

# Text AP files.
TEXT_EF_MY_NUMBER = 0x0001  # 個人番号: NEVER read (guarded).
TEXT_EF_BASIC_INFO = 0x0002
TEXT_IEF_PIN = 0x0011
TEXT_IEF_CODE_A = 0x0014  # 照合番号A: NEVER used (guarded).
TEXT_IEF_CODE_B = 0x0015

# Visual AP files.
VISUAL_EF_FACE = 0x0002
VISUAL_IEF_CODE_B = 0x0012
VISUAL_IEF_CODE_A = 0x0013  # 照合番号A: NEVER used (guarded).
VISUAL_EF_MY_NUMBER_IMAGE = 0x0005  # the 個人番号 as an image: NEVER read (guarded).

# Conventional IC driver's licence.
LICENCE_DF1_AID = bytes.fromhex("A0000002310100000000000000000000")
LICENCE_DF2_AID = bytes.fromhex("A0000002310200000000000000000000")
LICENCE_EF_COMMON = 0x2F01  # MF, 共通データ要素, no PIN
LICENCE_SFI_PIN_SETTING = 0x0A  # MF EF02 (FID 000A), 暗証番号設定, no PIN
LICENCE_IEF_PIN1 = 0x0001  # MF IEF01: FID 0001, legitimately used (PIN1)
LICENCE_IEF_PIN2 = 0x0002
LICENCE_EF_MATTERS = 0x0001  # DF1 EF01 記載事項 (FID 0001, legitimately read)
