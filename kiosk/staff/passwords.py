"""Which staff passwords are refused: too short, common, one repeated pattern, a keyboard or
counting run, or the user id inside. Each refusal has a stable ``reason`` the UI translates;
no message ever holds the password."""

from __future__ import annotations

import itertools

MIN_PASSWORD_LENGTH = 10

#: Common passwords (compared without case, spaces, hyphens, dots and underscores, and also
#: with trailing digits and "!" removed): the most frequent entries of public breach lists,
#: keyboard walks, and the obvious local words (shelter, city hall, disaster words in romaji,
#: common family names and cities).
_COMMON = """
    password passw0rd p@ssword p@ssw0rd pass pasword passwort motdepasse contrasena senha
    qwerty qwertyuiop qwertyuiop123 asdfghjkl zxcvbnm qazwsx qazwsxedc 1q2w3e4r 1q2w3e4r5t
    1q2w3e4r5t6y q1w2e3r4t5 1qaz2wsx 1qaz2wsx3edc zaq12wsx abc123 abcd1234 iloveyou letmein
    welcome admin administrator root toor login master hello monkey dragon football baseball
    sunshine princess shadow superman michael charlie trustno1 starwars whatever freedom
    secret changeme default guest test tester testing user staff kiosk shelter hinanjo
    hinansho bousai bosai saigai jishin tsunami shiyakusho yakusho kuyakusho cityhall
    sapporo tokyo osaka nagoya yokohama kobe sendai fukuoka japan nippon nihon sakura
    doraemon pikachu pokemon naruto gundam tanaka suzuki sato takahashi watanabe ito
    yamamoto nakamura kobayashi kato yoshida yamada sasaki
    1234567890 0987654321 12345678910 123456789 1234567891 123123123 123321123321 1122334455
"""
COMMON_PASSWORDS = frozenset(_COMMON.split())


class PasswordRefusedError(Exception):
    """Why a password is refused (kiosk.staff.accounts turns it into WeakPasswordError)."""

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


def _squeezed(text: str) -> str:
    return "".join(ch for ch in text.lower() if ch not in " -_.")


def _is_repeated(text: str) -> bool:
    """One short pattern over and over ("aaaaaaaaaa", "abcabcabca", "1212121212")."""
    return any(all(text[i] == text[i % n] for i in range(len(text))) for n in range(1, 4))


def _is_run(text: str) -> bool:
    """Counting up or down ("0123456789", "9876543210", "abcdefghij"), 9 -> 0 wrapping."""
    steps = {
        (ord(b) - ord(a)) % (10 if a.isdigit() and b.isdigit() else 256)
        for a, b in itertools.pairwise(text)
    }
    return steps in ({1}, {9}, {255})


def check_password(password: str, user_id: str = "") -> None:
    """Raise :class:`PasswordRefusedError` when ``password`` must be refused."""
    if password.strip() != password or not password.isprintable():
        raise PasswordRefusedError("spaces", "no leading/trailing spaces or control characters")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise PasswordRefusedError("too_short", f"at least {MIN_PASSWORD_LENGTH} characters")
    squeezed = _squeezed(password)
    if _is_repeated(squeezed):
        raise PasswordRefusedError("repeated", "not one character or pattern repeated")
    if squeezed in COMMON_PASSWORDS or squeezed.rstrip("0123456789!") in COMMON_PASSWORDS:
        raise PasswordRefusedError("common", "too common")
    if _is_run(squeezed):
        raise PasswordRefusedError("sequence", "not a run of letters or digits")
    if len(user_id) >= 3 and _squeezed(user_id) in squeezed:
        raise PasswordRefusedError("contains_user_id", "must not contain the user id")
