"""The 避難者名簿 CSV: the bytes Excel needs (UTF-8 BOM, CRLF, quoting, no formulas), the
encrypted file by default, plain only when asked, and LibreOffice reading the Japanese."""

from __future__ import annotations

import csv
import io
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from kiosk.domain import SituationFlag
from kiosk.export import ContentType, ExportFormatError, decrypt, read_batch
from kiosk.export.batch import NotABatchError
from kiosk.export.pfif import PlaintextRefusedError
from kiosk.export.roster import COLUMNS, export_roster, phone_cell, roster_csv
from kiosk.roster import Roster, build
from tests.export.helpers import FAST_KDF
from tests.roster.helpers import TODAY, check_in, check_out, correction, person

PASSPHRASE = "correct horse battery staple"


def _roster() -> Roster:
    home = "熊本県荒尾市テスト町1-2"
    ichiro = check_in(person("山田\u3000一郎", address=home, reading="やまだ いちろう"))
    hanako = check_in(
        person("山田\u3000花子", address=home, born=date(2016, 9, 2)),
        minutes=1,
        situation=frozenset({SituationFlag.PREGNANT, SituationFlag.WITH_PET}),
    )
    # An address with a comma, a quote and a line break; a message that looks like a formula.
    odd = check_in(
        person(
            "佐藤\u3000次郎",
            address='東京都千代田区1-1,\n"テスト"ビル',
            message_to_staff='=HYPERLINK("x")',
        ),
        terminal="terminal-B",
        minutes=2,
    )
    wrong = check_in(person("鈴木\u3000三朗"), minutes=3)
    fixed = correction(wrong, person("鈴木\u3000三郎"))
    return build(
        [ichiro, hanako, odd, wrong, fixed, check_out(odd, terminal="terminal-C")],
        capacity=100,
        today=TODAY,
    )


#: Built once: every record id is random.
ROSTER = _roster()


def _table(data: bytes) -> list[list[str]]:
    assert data.startswith(b"\xef\xbb\xbf")
    text = data[3:].decode("utf-8")
    return list(csv.reader(io.StringIO(text, newline="")))


def test_the_columns_are_those_docs_export_lists_in_its_order() -> None:
    # docs/export.md says where the columns come from and what each holds: its table and
    # the file's header row are one list, in one order.
    docs = (Path(__file__).resolve().parents[2] / "docs" / "export.md").read_text("utf-8")
    table = docs.split("\n| Column | Content |\n|---|---|\n", 1)[1].split("\n\n", 1)[0]
    documented = [
        name.strip() for line in table.splitlines() for name in line.split("|")[1].split(",")
    ]
    assert tuple(documented) == COLUMNS
    assert "**Where the columns come from.**" in docs


def test_the_bytes_are_utf8_with_a_bom_and_crlf_in_the_documented_columns() -> None:
    data = roster_csv(ROSTER, TODAY)
    assert data[:3] == b"\xef\xbb\xbf"  # Excel reads UTF-8 only with it
    # Every record ends in CRLF; the only bare LF is the one inside the quoted address.
    assert data.endswith(b"\r\n")
    assert data.count(b"\n") - data.count(b"\r\n") == 1
    table = _table(data)
    assert tuple(table[0]) == COLUMNS
    body = [dict(zip(COLUMNS, row, strict=True)) for row in table[1:]]
    assert len(body) == 4
    by_name = {row["氏名"]: row for row in body}
    ichiro = by_name["山田\u3000一郎"]
    hanako = by_name["山田\u3000花子"]
    assert ichiro["世帯番号"] == hanako["世帯番号"] == "1"  # same address and surname
    assert ichiro["ふりがな"] == "やまだ いちろう"
    assert ichiro["性別"] == "男性"
    assert ichiro["生年月日"] == "1950/01/01"
    assert ichiro["年齢"] == "76"
    assert ichiro["年代"] == "70代"
    assert ichiro["入所日時"] == "2026/09/01 09:00"  # local time (JST) at the terminal
    assert ichiro["状態"] == "在所"
    assert ichiro["登録区分"] == "マイナンバーカード"
    assert hanako["年齢"] == "9"
    assert hanako["年代"] == "10歳未満"
    assert hanako["要配慮事項"] == "妊娠中・ペット同伴"
    jiro = by_name["佐藤\u3000次郎"]
    assert jiro["住所"] == '東京都千代田区1-1,\n"テスト"ビル'
    assert jiro["状態"] == "退所"
    assert jiro["入所端末"] == "terminal-B"
    assert jiro["退所端末"] == "terminal-C"
    assert jiro["退所日時"] == "2026/09/01 10:00"
    assert jiro["連絡事項"] == '\'=HYPERLINK("x")'  # never run as a formula
    # The corrected name, not the one typed first.
    assert "鈴木\u3000三郎" in by_name
    assert "鈴木\u3000三朗" not in by_name
    assert all(row["訓練"] == "" for row in body)
    assert int(by_name["鈴木\u3000三郎"]["世帯番号"]) > 1
    # The stay keeps how the person was registered (the correction was made by staff).
    assert by_name["鈴木\u3000三郎"]["登録区分"] == "マイナンバーカード"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("09012345678", "090-1234-5678"),  # mobile
        ("07012345678", "070-1234-5678"),
        ("05012345678", "050-1234-5678"),  # IP phone
        ("08001234567", "0800-123-4567"),  # free dial, 11 digits
        ("0120123456", "0120-123-456"),  # free dial, 10 digits
        ("0570123456", "0570-123-456"),  # navi dial
        ("0312345678", "03-1234-5678"),  # Tokyo: every 03 number
        ("0612345678", "06-1234-5678"),  # Osaka: every 06 number
        ("0968123456", "096812-3456"),  # area code not guessed: only the subscriber part
        ("12345678", "1234-5678"),  # not a Japanese number: still never a number cell
        ("0123", "0-123"),
        ("090-1234-5678", "090-1234-5678"),  # typed with hyphens (phone page): as typed
        ("+81 90 1234 5678", "'+81 90 1234 5678"),  # a formula start: the usual escape
        ("", ""),
    ],
)
def test_phone_cells_keep_their_leading_zero_without_a_formula(typed: str, written: str) -> None:
    """A cell of digits only is a number to Excel and LibreOffice (090... loses its 0);
    ="090..." is a formula and a leading apostrophe is shown: the digits are grouped with
    hyphens the way Japanese forms write them, which both keep as text."""
    assert phone_cell(typed) == written


def test_the_phone_column_holds_grouped_digits_and_no_formula() -> None:
    stay = check_in(person("電話\u3000太郎", phone="09012345678"))
    data = roster_csv(build([stay], today=TODAY), TODAY)
    line = data.split(b"\r\n")[1]
    assert b",090-1234-5678," in line
    assert b"09012345678" not in data
    assert b'="' not in data and b",'0" not in data


def test_the_export_is_encrypted_by_default(tmp_path: Path) -> None:
    out = tmp_path / "meibo.skx"
    result = export_roster(ROSTER, out, today=TODAY, passphrase=PASSPHRASE, kdf=FAST_KDF)
    assert result.encrypted
    assert result.rows == 4
    raw = out.read_bytes()
    assert "山田".encode() not in raw
    assert raw.startswith(b"SKEXPORT")
    content, plaintext = decrypt(raw, PASSPHRASE)
    assert content is ContentType.ROSTER_CSV
    assert plaintext == roster_csv(ROSTER, TODAY)


def test_a_plain_file_only_when_explicitly_allowed(tmp_path: Path) -> None:
    out = tmp_path / "meibo.csv"
    with pytest.raises(PlaintextRefusedError):
        export_roster(ROSTER, out, today=TODAY, passphrase=None)
    assert not out.exists()
    result = export_roster(ROSTER, out, today=TODAY, passphrase=None, plaintext_ok=True)
    assert not result.encrypted
    assert out.read_bytes() == roster_csv(ROSTER, TODAY)


def test_the_export_is_noted_in_the_log_by_name_and_count(tmp_path: Path) -> None:
    noted: list[tuple[str, int, str]] = []

    class Log:
        def log_export(self, *, kind: str, records: int, file_name: str) -> None:
            noted.append((kind, records, file_name))

    export_roster(
        ROSTER,
        tmp_path / "m.skx",
        today=TODAY,
        passphrase=PASSPHRASE,
        store=Log(),
        kdf=FAST_KDF,
    )
    assert noted == [("roster", 4, "m.skx")]


def test_a_roster_file_given_to_the_batch_import_is_named_as_a_roster(tmp_path: Path) -> None:
    """The municipality's import of a roster file: refused as what it is (not "PFIF"), by a
    typed error, before any key is derived (the content type is in the header)."""
    out = tmp_path / "meibo.skx"
    export_roster(ROSTER, out, today=TODAY, passphrase=PASSPHRASE, kdf=FAST_KDF)
    for passphrase in (PASSPHRASE, "not the passphrase at all"):
        with pytest.raises(NotABatchError) as caught:
            read_batch(out.read_bytes(), passphrase)
        error = caught.value
        assert isinstance(error, ExportFormatError)
        assert error.content is ContentType.ROSTER_CSV
        assert error.code == "export_not_a_batch"
        assert "roster" in str(error) and "避難者名簿" in str(error)
        assert "PFIF" not in str(error)


@pytest.mark.skipif(
    shutil.which("soffice") is None and shutil.which("libreoffice") is None,
    reason="LibreOffice is not installed",
)
def test_libreoffice_reads_the_japanese_from_the_bom(tmp_path: Path) -> None:
    source = tmp_path / "in" / "meibo.csv"
    source.parent.mkdir()
    source.write_bytes(roster_csv(ROSTER, TODAY))
    office = shutil.which("soffice") or shutil.which("libreoffice")
    assert office is not None
    subprocess.run(
        [
            office,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path / 'profile'}",
            # Out in UTF-8 (76); in: whatever LibreOffice makes of the file by itself.
            "--convert-to",
            "csv:Text - txt - csv (StarCalc):44,34,76",
            "--outdir",
            str(tmp_path / "out"),
            str(source),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    text = (tmp_path / "out" / "meibo.csv").read_text(encoding="utf-8-sig")
    table = list(csv.reader(io.StringIO(text, newline="")))
    assert tuple(table[0]) == COLUMNS
    assert "山田\u3000一郎" in {row[2] for row in table[1:]}
