"""Staff accounts: user id + password, hashed with scrypt, with persisted throttling.

Stored in ``staff.json`` in the kiosk's data folder (owner-only, written atomically). Each
account keeps its own scrypt parameters, so the cost can be raised later: an account hashed
with older parameters is re-hashed at its next successful login.

Cost: N=2**15, r=8, p=1, 32-byte key, 16-byte random salt. That takes 32 MiB and about
0.1 s on a shelter tablet, within the range OWASP's password-storage guidance gives for
scrypt, and slow enough that the file is not worth brute-forcing offline.

Throttling, not lockout: failed attempts are counted per user id *whether the id exists or
not* (so the answer and the delay never tell which ids exist), under an HMAC of the id with a
per-file random key (typed ids, which may be a password typed in the wrong field, are never
written down). After :data:`FREE_FAILURES` failures each further one makes that id wait
2 s, 4 s, 8 s ... up to :data:`THROTTLE_MAX_S`; a try while waiting is refused without a
check and not counted. Anyone at the kiosk can therefore slow a staff member's login down by
a minute at most, never lock a shift out. Counts are saved in the file (wall-clock UTC; a
clock set back never makes the wait longer than the maximum). A correct password resets the
count. Unknown ids cost the same scrypt hash and the same file write as real ones.

The first account: on a fresh install IT either creates it (``python -m kiosk.staff
add-user``) or issues a one-time set-up code (``python -m kiosk.staff setup-code``, stored
only as a scrypt hash) that the kiosk's first-account screen requires. Nobody who merely
stands at a fresh kiosk can make themselves staff.

Passwords: see :mod:`kiosk.staff.passwords` (10+ characters, no common password, no repeated
pattern or run, not containing the user id).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import secrets
import threading
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Any

from kiosk import paths
from kiosk.atomic import atomic_write_text
from kiosk.clock import Clock, SystemClock
from kiosk.errors import KioskError
from kiosk.staff.passwords import PasswordRefusedError, check_password

log = logging.getLogger(__name__)

FILE_VERSION = 2
#: Failed attempts per user id before each further one makes the id wait.
FREE_FAILURES = 3
THROTTLE_BASE_S = 2.0
THROTTLE_MAX_S = 60.0
#: Attempt counters kept (the oldest go first); counters idle this long are dropped.
MAX_COUNTERS = 200
COUNTER_TTL = timedelta(days=1)
MAX_USER_ID_LENGTH = 64
#: Set-up codes: 12 characters from an alphabet without look-alikes (0/O, 1/I/L), ~60 bits.
SETUP_CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"
SETUP_CODE_LENGTH = 12
#: The counter of set-up code guesses (no user id can contain a NUL).
_SETUP_COUNTER = "\0setup-code"


@dataclass(frozen=True)
class ScryptCost:
    n: int = 2**15
    r: int = 8
    p: int = 1
    dklen: int = 32

    @property
    def maxmem(self) -> int:
        # scrypt needs 128 * N * r bytes; leave headroom over OpenSSL's 32 MiB default.
        return 128 * self.n * self.r * 2 + 1024 * 1024


DEFAULT_COST = ScryptCost()


class StaffErrorCode(StrEnum):
    """The ``code`` of every staff account error, typed: the UI and the CLI compare these
    members (a misspelt code is an attribute error, not a silent mismatch)."""

    STAFF_ACCOUNT_ERROR = "staff_account_error"
    LOGIN_FAILED = "login_failed"
    LOGIN_THROTTLED = "login_throttled"
    ACCOUNT_EXISTS = "account_exists"
    UNKNOWN_ACCOUNT = "unknown_account"
    WEAK_PASSWORD = "weak_password"  # noqa: S105 - an error code, not a password
    INVALID_USER_ID = "invalid_user_id"
    SETUP_CODE_MISSING = "setup_code_missing"
    SETUP_CODE_INVALID = "setup_code_invalid"
    STAFF_FILE_CORRUPT = "staff_file_corrupt"


class StaffAccountError(KioskError):
    code: str = StaffErrorCode.STAFF_ACCOUNT_ERROR

    @property
    def staff_code(self) -> StaffErrorCode:
        """The typed code of this error."""
        return StaffErrorCode(self.code)


class LoginFailedError(StaffAccountError):
    """Wrong user id or password (deliberately not saying which)."""

    code = StaffErrorCode.LOGIN_FAILED


class LoginThrottledError(StaffAccountError):
    """Too many failed tries for this user id (or set-up code): wait ``retry_after_s``."""

    code = StaffErrorCode.LOGIN_THROTTLED

    def __init__(self, retry_after_s: float) -> None:
        self.retry_after_s = float(max(1, round(retry_after_s + 0.49)))
        super().__init__(f"too many failed tries; try again in {int(self.retry_after_s)} s")


#: The old name (there is no lock any more, only a short wait).
AccountLockedError = LoginThrottledError


class AccountExistsError(StaffAccountError):
    code = StaffErrorCode.ACCOUNT_EXISTS


class UnknownAccountError(StaffAccountError):
    code = StaffErrorCode.UNKNOWN_ACCOUNT


class WeakPasswordError(StaffAccountError):
    """``reason``: too_short, common, repeated, sequence, contains_user_id, spaces."""

    code = StaffErrorCode.WEAK_PASSWORD

    def __init__(self, reason: str, message: str) -> None:
        super().__init__(message)
        self.reason = reason


class InvalidUserIdError(StaffAccountError):
    code = StaffErrorCode.INVALID_USER_ID


class SetupCodeMissingError(StaffAccountError):
    """The first account needs a set-up code and IT has not issued one (or none was typed
    while none exists): ``python -m kiosk.staff setup-code`` or ``add-user``."""

    code = StaffErrorCode.SETUP_CODE_MISSING
    needs_staff = True


class SetupCodeInvalidError(StaffAccountError):
    code = StaffErrorCode.SETUP_CODE_INVALID


class AccountsFileError(StaffAccountError):
    """staff.json is unreadable; it is never overwritten (staff would be locked out, or
    anyone could create the "first" account). IT: ``python -m kiosk.staff
    set-aside-damaged-file`` keeps it under a new name and starts an empty file."""

    code = StaffErrorCode.STAFF_FILE_CORRUPT
    needs_staff = True


def accounts_file() -> Path:
    return paths.data_dir() / "staff.json"


def _hash(secret: str, salt: bytes, cost: ScryptCost) -> bytes:
    return hashlib.scrypt(
        secret.encode("utf-8"),
        salt=salt,
        n=cost.n,
        r=cost.r,
        p=cost.p,
        dklen=cost.dklen,
        maxmem=cost.maxmem,
    )


def validate_user_id(user_id: str) -> None:
    if not user_id or len(user_id) > MAX_USER_ID_LENGTH:
        raise InvalidUserIdError(f"a user id has 1 to {MAX_USER_ID_LENGTH} characters")
    if not user_id.isprintable() or any(ch.isspace() for ch in user_id):
        raise InvalidUserIdError("a user id has no spaces or control characters")


def validate_password(password: str, user_id: str = "") -> None:
    try:
        check_password(password, user_id)
    except PasswordRefusedError as refused:
        raise WeakPasswordError(refused.reason, f"password refused: {refused}") from None


def _normalised_setup_code(code: str) -> str:
    return "".join(ch for ch in code.upper() if ch.isalnum())


class StaffAccounts:
    """The staff account file. Thread-safe within one process.

    Opening it reads the file once: a damaged file raises :class:`AccountsFileError` here,
    while the kiosk's services are built, so start-up shows the out-of-service screen.
    """

    def __init__(
        self,
        path: Path | None = None,
        clock: Clock | None = None,
        *,
        cost: ScryptCost = DEFAULT_COST,
    ) -> None:
        self.path = path or accounts_file()
        self._clock = clock or SystemClock()
        self._cost = cost
        self._lock = threading.Lock()
        # Hashed for unknown user ids so they take as long as a real check.
        self._dummy_salt = secrets.token_bytes(16)
        self._load()

    # -- queries --------------------------------------------------------------------------------

    def has_accounts(self) -> bool:
        """False on first run: the UI then asks for the first staff account."""
        with self._lock:
            return bool(self._load()["accounts"])

    def needs_setup_code(self) -> bool:
        """True while there is no account: the first-account screen asks for the code."""
        return not self.has_accounts()

    def setup_code_issued(self) -> bool:
        """Whether IT has issued a set-up code that is still unused."""
        with self._lock:
            return "setup_code" in self._load()

    def users(self) -> list[str]:
        with self._lock:
            return sorted(self._load()["accounts"])

    def retry_after(self, user_id: str) -> float:
        """Seconds until ``user_id`` (known or not) may try again; 0: now."""
        with self._lock:
            data = self._load()
            return self._wait_left(data, self._counter_key(data, user_id))

    def locked_for(self, user_id: str) -> float:
        """The old name of :meth:`retry_after`."""
        return self.retry_after(user_id)

    # -- changes --------------------------------------------------------------------------------

    def create_account(self, user_id: str, password: str) -> None:
        """Create an account without a set-up code: for IT (``add-user``) and for staff who
        are logged in. The kiosk's first-account screen uses :meth:`create_first_account`."""
        validate_user_id(user_id)
        validate_password(password, user_id)
        with self._lock:
            data = self._load()
            if user_id in data["accounts"]:
                raise AccountExistsError(f"user {user_id!r} exists")
            data["accounts"][user_id] = self._new_secret(password)
            self._save(data)
        log.info("staff account created")

    def issue_setup_code(self) -> str:
        """A new one-time code for the first account (replaces an earlier unused one).
        Only the code's hash is stored; the code is returned once, for IT to hand over."""
        code = "".join(secrets.choice(SETUP_CODE_ALPHABET) for _ in range(SETUP_CODE_LENGTH))
        with self._lock:
            data = self._load()
            if data["accounts"]:
                raise AccountExistsError("staff accounts exist; IT adds more with add-user")
            secret = self._new_secret(code)
            data["setup_code"] = {k: secret[k] for k in ("n", "r", "p", "dklen", "salt", "hash")}
            data["setup_code"]["issued_at"] = self._clock.now().isoformat()
            self._save(data)
        log.info("staff set-up code issued")
        return "-".join(code[i : i + 4] for i in range(0, SETUP_CODE_LENGTH, 4))

    def create_first_account(self, user_id: str, password: str, setup_code: str) -> None:
        """The first-account screen: needs the one-time set-up code, which it uses up.
        Raises SetupCodeMissingError / SetupCodeInvalidError / LoginThrottledError,
        AccountExistsError (there is an account already), or the user id / password errors
        (the code is then not used up)."""
        validate_user_id(user_id)
        validate_password(password, user_id)
        with self._lock:
            data = self._load()
            if data["accounts"]:
                raise AccountExistsError("staff accounts exist; IT adds more with add-user")
            stored = data.get("setup_code")
            if stored is None:
                raise SetupCodeMissingError(
                    "no set-up code was issued: IT runs python -m kiosk.staff setup-code"
                )
            key = self._counter_key(data, _SETUP_COUNTER)
            self._refuse_while_waiting(data, key)
            if not self._matches(stored, _normalised_setup_code(setup_code)):
                self._count_failure(data, key)
                raise SetupCodeInvalidError("the set-up code is not correct")
            data["accounts"][user_id] = self._new_secret(password)
            del data["setup_code"]
            data["attempts"].pop(key, None)
            self._save(data)
        log.info("first staff account created with the set-up code")

    def authenticate(self, user_id: str, password: str) -> None:
        """Return if the password is right; raise LoginFailedError / LoginThrottledError."""
        with self._lock:
            data = self._load()
            key = self._counter_key(data, user_id)
            self._refuse_while_waiting(data, key)
            account = data["accounts"].get(user_id)
            if account is None:
                _hash(password, self._dummy_salt, self._cost)
                right = False
            else:
                right = self._matches(account, password)
            if not right:
                self._count_failure(data, key)
                raise LoginFailedError("wrong user id or password")
            changed = data["attempts"].pop(key, None) is not None
            if self._outdated(account):
                account.update(self._new_secret(password, account.get("created_at")))
                changed = True
            if changed:
                self._save(data)

    # The names the UI's StaffAccounts protocol uses (kiosk/ui/app.py).
    def create(self, user_id: str, password: str, setup_code: str = "") -> None:
        """The first-account screen (see :meth:`create_first_account`)."""
        self.create_first_account(user_id, password, setup_code)

    def verify(self, user_id: str, password: str) -> None:
        self.authenticate(user_id, password)

    def change_password(self, user_id: str, old_password: str, new_password: str) -> None:
        validate_password(new_password, user_id)
        self.authenticate(user_id, old_password)
        self.set_password(user_id, new_password)

    def set_password(self, user_id: str, new_password: str) -> None:
        """Set a password without the old one (installation CLI); also clears the wait."""
        validate_password(new_password, user_id)
        with self._lock:
            data = self._load()
            if user_id not in data["accounts"]:
                raise UnknownAccountError(f"no user {user_id!r}")
            created = data["accounts"][user_id].get("created_at")
            data["accounts"][user_id] = self._new_secret(new_password, created)
            data["attempts"].pop(self._counter_key(data, user_id), None)
            self._save(data)

    def unlock(self, user_id: str) -> None:
        """Clear the failed-try count of ``user_id`` (IT, from the command line)."""
        with self._lock:
            data = self._load()
            if user_id not in data["accounts"]:
                raise UnknownAccountError(f"no user {user_id!r}")
            data["attempts"].pop(self._counter_key(data, user_id), None)
            self._save(data)

    def remove_account(self, user_id: str) -> None:
        with self._lock:
            data = self._load()
            if data["accounts"].pop(user_id, None) is None:
                raise UnknownAccountError(f"no user {user_id!r}")
            self._save(data)

    # -- internals ------------------------------------------------------------------------------

    def _new_secret(self, secret: str, created_at: str | None = None) -> dict[str, Any]:
        salt = secrets.token_bytes(16)
        cost = self._cost
        now = self._clock.now().isoformat()
        return {
            "scheme": "scrypt",
            "n": cost.n,
            "r": cost.r,
            "p": cost.p,
            "dklen": cost.dklen,
            "salt": salt.hex(),
            "hash": _hash(secret, salt, cost).hex(),
            "created_at": created_at or now,
            "changed_at": now,
        }

    @staticmethod
    def _matches(entry: dict[str, Any], secret: str) -> bool:
        try:
            cost = ScryptCost(
                n=int(entry["n"]), r=int(entry["r"]), p=int(entry["p"]), dklen=int(entry["dklen"])
            )
            expected = bytes.fromhex(entry["hash"])
            actual = _hash(secret, bytes.fromhex(entry["salt"]), cost)
        except (KeyError, ValueError, TypeError) as exc:
            raise AccountsFileError("a staff account entry is damaged") from exc
        return hmac.compare_digest(actual, expected)

    def _outdated(self, account: dict[str, Any]) -> bool:
        cost = self._cost
        return (account.get("n"), account.get("r"), account.get("p"), account.get("dklen")) != (
            cost.n,
            cost.r,
            cost.p,
            cost.dklen,
        )

    @staticmethod
    def _counter_key(data: dict[str, Any], user_id: str) -> str:
        key = bytes.fromhex(data["counter_key"])
        return hmac.new(key, user_id.encode("utf-8"), hashlib.sha256).hexdigest()[:32]

    def _wait_left(self, data: dict[str, Any], key: str) -> float:
        entry = data["attempts"].get(key)
        if not isinstance(entry, dict) or not entry.get("wait_until"):
            return 0.0
        try:
            left = (datetime.fromisoformat(entry["wait_until"]) - self._clock.now()).total_seconds()
        except (TypeError, ValueError):
            return THROTTLE_MAX_S  # a damaged time waits the longest, never opens
        return min(max(left, 0.0), THROTTLE_MAX_S)

    def _refuse_while_waiting(self, data: dict[str, Any], key: str) -> None:
        left = self._wait_left(data, key)
        if left > 0:
            raise LoginThrottledError(left)

    def _count_failure(self, data: dict[str, Any], key: str) -> None:
        now = self._clock.now()
        attempts: dict[str, Any] = data["attempts"]
        entry = attempts.pop(key, None)
        failures = int(entry.get("failures", 0)) + 1 if isinstance(entry, dict) else 1
        entry = {"failures": failures, "last_at": now.isoformat()}
        if failures >= FREE_FAILURES:
            wait = min(THROTTLE_BASE_S * 2 ** (failures - FREE_FAILURES), THROTTLE_MAX_S)
            entry["wait_until"] = (now + timedelta(seconds=wait)).isoformat()
            log.warning("staff login: %d failed tries, next try in %d s", failures, wait)
        attempts[key] = entry  # newest last
        self._prune(attempts, now)
        self._save(data)

    @staticmethod
    def _prune(attempts: dict[str, Any], now: datetime) -> None:
        for key in list(attempts):
            try:
                last = datetime.fromisoformat(attempts[key]["last_at"])
            except (KeyError, TypeError, ValueError):
                continue
            if now - last > COUNTER_TTL:
                del attempts[key]
        while len(attempts) > MAX_COUNTERS:
            del attempts[next(iter(attempts))]

    def _load(self) -> dict[str, Any]:
        return _read(self.path)

    def _save(self, data: dict[str, Any]) -> None:
        data["version"] = FILE_VERSION
        atomic_write_text(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")


def _read(path: Path) -> dict[str, Any]:
    """The file's content, upgraded; raises AccountsFileError when it is damaged."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = None
    except (OSError, UnicodeDecodeError) as exc:
        raise AccountsFileError(
            f"cannot read the staff account file ({type(exc).__name__})"
        ) from exc
    if text is None:
        data: Any = {"version": FILE_VERSION, "accounts": {}}
    else:
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise AccountsFileError("the staff account file is not valid JSON") from exc
    if not isinstance(data, dict) or not isinstance(data.get("accounts"), dict):
        raise AccountsFileError("the staff account file has no accounts table")
    if not all(isinstance(a, dict) for a in data["accounts"].values()):
        raise AccountsFileError("a staff account entry is damaged")
    if "setup_code" in data and not isinstance(data["setup_code"], dict):
        raise AccountsFileError("the set-up code entry is damaged")
    for account in data["accounts"].values():
        # Version 1 kept a lock in each account; the counters replace it.
        account.pop("failures", None)
        account.pop("locked_until", None)
    if not isinstance(data.get("attempts"), dict):
        data["attempts"] = {}
    counter_key = data.get("counter_key")
    if not isinstance(counter_key, str) or len(counter_key) != 64:
        data["counter_key"] = secrets.token_hex(32)
        data["attempts"] = {}
    return data


def set_aside_damaged_file(path: Path | None = None) -> Path:
    """Move a damaged staff file to a new ``staff.broken-<UTC time>.json`` (never over an
    existing file) so IT can start again with ``add-user`` or ``setup-code``. A readable file
    is never moved: :class:`StaffAccountError` then."""
    path = path or accounts_file()
    try:
        _read(path)
    except AccountsFileError:
        pass
    else:
        raise StaffAccountError("the staff account file is readable; nothing was moved")
    return paths.set_aside(path, "staff.broken", ".json")
