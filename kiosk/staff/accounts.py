"""Staff accounts: user id + password, hashed with scrypt, with a persisted lockout.

Stored in ``staff.json`` in the kiosk's data folder (owner-only, written atomically). Each
account keeps its own scrypt parameters, so the cost can be raised later: an account hashed
with older parameters is re-hashed at its next successful login.

Cost: N=2**15, r=8, p=1, 32-byte key, 16-byte random salt. That takes 32 MiB and about
0.1 s on a shelter tablet, within the range OWASP's password-storage guidance gives for
scrypt, and slow enough that the file is not worth brute-forcing offline.

Lockout: after :data:`FREE_FAILURES` consecutive wrong passwords the account is locked for
30 s, doubling with each further failure up to one hour. The count and the lock time are
saved in the file (wall-clock UTC, not the monotonic clock) so restarting the kiosk does not
reset them. A correct password resets the count. Unknown user ids get the same answer and
the same delay as a wrong password, and are not written to the file.
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
from pathlib import Path
from typing import Any

from kiosk import paths
from kiosk.atomic import atomic_write_text
from kiosk.clock import Clock, SystemClock
from kiosk.errors import KioskError

log = logging.getLogger(__name__)

FILE_VERSION = 1
FREE_FAILURES = 5
LOCK_BASE_S = 30.0
LOCK_MAX_S = 3600.0
MIN_PASSWORD_LENGTH = 8
MAX_USER_ID_LENGTH = 64


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


class StaffAccountError(KioskError):
    code = "staff_account_error"


class LoginFailedError(StaffAccountError):
    """Wrong user id or password (deliberately not saying which)."""

    code = "login_failed"


class AccountLockedError(StaffAccountError):
    code = "account_locked"

    def __init__(self, retry_after_s: float) -> None:
        super().__init__(f"too many failed logins; try again in {int(retry_after_s) + 1} s")
        self.retry_after_s = retry_after_s


class AccountExistsError(StaffAccountError):
    code = "account_exists"


class UnknownAccountError(StaffAccountError):
    code = "unknown_account"


class WeakPasswordError(StaffAccountError):
    code = "weak_password"


class InvalidUserIdError(StaffAccountError):
    code = "invalid_user_id"


class AccountsFileError(StaffAccountError):
    """staff.json is unreadable; it is never overwritten silently (staff would be locked out)."""

    code = "staff_file_corrupt"
    needs_staff = True


def accounts_file() -> Path:
    return paths.data_dir() / "staff.json"


def _hash(password: str, salt: bytes, cost: ScryptCost) -> bytes:
    return hashlib.scrypt(
        password.encode("utf-8"),
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


def validate_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise WeakPasswordError(f"a password has at least {MIN_PASSWORD_LENGTH} characters")
    if password.strip() != password or not password.isprintable():
        raise WeakPasswordError("a password has no leading/trailing spaces or control characters")


class StaffAccounts:
    """The staff account file. Thread-safe within one process."""

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

    # -- queries --------------------------------------------------------------------------------

    def has_accounts(self) -> bool:
        """False on first run: the UI then asks for the first staff account."""
        with self._lock:
            return bool(self._load()["accounts"])

    def users(self) -> list[str]:
        with self._lock:
            return sorted(self._load()["accounts"])

    def locked_for(self, user_id: str) -> float:
        """Seconds until ``user_id`` may try again (0: not locked)."""
        with self._lock:
            account = self._load()["accounts"].get(user_id)
            return self._lock_left(account) if account else 0.0

    # -- changes --------------------------------------------------------------------------------

    def create_account(self, user_id: str, password: str) -> None:
        validate_user_id(user_id)
        validate_password(password)
        with self._lock:
            data = self._load()
            if user_id in data["accounts"]:
                raise AccountExistsError(f"user {user_id!r} exists")
            data["accounts"][user_id] = self._new_secret(password)
            self._save(data)
        log.info("staff account created")

    def authenticate(self, user_id: str, password: str) -> None:
        """Return if the password is right; raise LoginFailedError / AccountLockedError."""
        with self._lock:
            data = self._load()
            account = data["accounts"].get(user_id)
            if account is None:
                _hash(password, self._dummy_salt, self._cost)
                raise LoginFailedError("wrong user id or password")
            left = self._lock_left(account)
            if left > 0:
                raise AccountLockedError(left)
            if not self._matches(account, password):
                failures = int(account.get("failures", 0)) + 1
                account["failures"] = failures
                if failures >= FREE_FAILURES:
                    period = min(LOCK_BASE_S * 2 ** (failures - FREE_FAILURES), LOCK_MAX_S)
                    until = self._clock.now() + timedelta(seconds=period)
                    account["locked_until"] = until.isoformat()
                    log.warning("staff account locked for %d s after failed logins", period)
                self._save(data)
                raise LoginFailedError("wrong user id or password")
            changed = account.get("failures") or account.get("locked_until")
            account["failures"] = 0
            account.pop("locked_until", None)
            if self._outdated(account):
                account.update(self._new_secret(password))
                changed = True
            if changed:
                self._save(data)

    # The names the UI's StaffAccounts protocol uses (kiosk/ui/app.py).
    def create(self, user_id: str, password: str) -> None:
        self.create_account(user_id, password)

    def verify(self, user_id: str, password: str) -> None:
        self.authenticate(user_id, password)

    def change_password(self, user_id: str, old_password: str, new_password: str) -> None:
        validate_password(new_password)
        self.authenticate(user_id, old_password)
        self.set_password(user_id, new_password)

    def set_password(self, user_id: str, new_password: str) -> None:
        """Set a password without the old one (installation CLI); also lifts a lock."""
        validate_password(new_password)
        with self._lock:
            data = self._load()
            if user_id not in data["accounts"]:
                raise UnknownAccountError(f"no user {user_id!r}")
            created = data["accounts"][user_id].get("created_at")
            data["accounts"][user_id] = self._new_secret(new_password)
            if created:
                data["accounts"][user_id]["created_at"] = created
            self._save(data)

    def unlock(self, user_id: str) -> None:
        with self._lock:
            data = self._load()
            account = data["accounts"].get(user_id)
            if account is None:
                raise UnknownAccountError(f"no user {user_id!r}")
            account["failures"] = 0
            account.pop("locked_until", None)
            self._save(data)

    def remove_account(self, user_id: str) -> None:
        with self._lock:
            data = self._load()
            if data["accounts"].pop(user_id, None) is None:
                raise UnknownAccountError(f"no user {user_id!r}")
            self._save(data)

    # -- internals ------------------------------------------------------------------------------

    def _new_secret(self, password: str) -> dict[str, Any]:
        salt = secrets.token_bytes(16)
        cost = self._cost
        return {
            "scheme": "scrypt",
            "n": cost.n,
            "r": cost.r,
            "p": cost.p,
            "dklen": cost.dklen,
            "salt": salt.hex(),
            "hash": _hash(password, salt, cost).hex(),
            "created_at": self._clock.now().isoformat(),
            "changed_at": self._clock.now().isoformat(),
            "failures": 0,
        }

    @staticmethod
    def _matches(account: dict[str, Any], password: str) -> bool:
        try:
            cost = ScryptCost(
                n=int(account["n"]),
                r=int(account["r"]),
                p=int(account["p"]),
                dklen=int(account["dklen"]),
            )
            expected = bytes.fromhex(account["hash"])
            actual = _hash(password, bytes.fromhex(account["salt"]), cost)
        except (KeyError, ValueError) as exc:
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

    def _lock_left(self, account: dict[str, Any]) -> float:
        until = account.get("locked_until")
        if not until:
            return 0.0
        try:
            left = (datetime.fromisoformat(until) - self._clock.now()).total_seconds()
        except (TypeError, ValueError):
            return LOCK_MAX_S  # a damaged lock time stays locked rather than open
        return max(left, 0.0)

    def _load(self) -> dict[str, Any]:
        try:
            text = self.path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return {"version": FILE_VERSION, "accounts": {}}
        except OSError as exc:
            raise AccountsFileError(f"cannot read the staff account file: {exc}") from exc
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            raise AccountsFileError("the staff account file is not valid JSON") from exc
        if not isinstance(data, dict) or not isinstance(data.get("accounts"), dict):
            raise AccountsFileError("the staff account file has no accounts table")
        return data

    def _save(self, data: dict[str, Any]) -> None:
        data["version"] = FILE_VERSION
        atomic_write_text(self.path, json.dumps(data, indent=2, sort_keys=True) + "\n")
