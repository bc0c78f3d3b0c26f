"""``python -m kiosk``: the shelter kiosk.

    python -m kiosk              full screen, no window chrome (closed only from the staff menu)
    python -m kiosk --windowed   in a normal window (development, training)
    python -m kiosk --demo       in-process virtual reader with sample cards (keys 1-9) and a
                                 local reference management server when no API URL is set
    python -m kiosk --self-test  headless check of every subsystem; JSON on stdout, exit 0/1.
                                 Read-only: creates no data folder, database, key or terminal
                                 id ("no store yet" is a state, not a failure)
    python -m kiosk --self-test --init-store   ... and creates the store when there is none

Nothing here imports Qt: the UI (kiosk.ui) is loaded by name when the kiosk starts, and
``--self-test`` runs its core checks without it (only the translations check loads it).
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kiosk.instance_lock import InstanceLock, InstanceLockedError


def _check(name: str, run: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    started = time.monotonic()
    try:
        result = {"name": name, "ok": True, **run()}
    except Exception as exc:
        # Exception texts from our code hold no personal data; the type is always safe.
        result = {"name": name, "ok": False, "error": f"{type(exc).__name__}: {exc}"}
    result["ms"] = round((time.monotonic() - started) * 1000)
    return result


def _settings(init_store: bool = False) -> dict[str, Any]:
    from kiosk import paths
    from kiosk import settings as settings_module

    path = paths.settings_file()
    settings, report = settings_module.load_with_report(path, create=init_store)
    problems = [p for p in report.problems if p.code != "unknown_key"]
    if problems:
        raise ValueError("; ".join(f"{p.code} {p.key}".strip() for p in problems))
    blocked = settings.recording_blocked_reason()
    result: dict[str, Any] = {
        "file": str(path),
        "state": "configured" if path.exists() else "no_settings",
        "shelter_configured": bool(settings.shelter.shelter_id),
        "api_configured": bool(settings.api.url),
        "recording_blocked": blocked.code if blocked else None,
    }
    if blocked is not None:
        result["warning"] = blocked.message
    return result


def _database(init_store: bool = False) -> dict[str, Any]:
    """Read-only unless ``init_store``: a missing database is the state "no_store"."""
    from kiosk import settings as settings_module

    settings = settings_module.load_with_report(create=False)[0]
    path = settings.database_path()
    if init_store:
        return _open_or_create_store(settings)
    if not path.exists():
        return {"path": str(path), "state": "no_store", "warning": "no store yet (--init-store)"}
    return {"path": str(path), "state": "ready", **_read_only_counts(path)}


def _open_or_create_store(settings: Any) -> dict[str, Any]:
    from kiosk.store import open_store

    store = open_store(settings, requeue_in_flight=False)
    try:
        counts = store.counts()
    finally:
        store.close()
    return {"path": str(store.path), "state": "ready", "counts": counts}


def _read_only_counts(path: Path) -> dict[str, Any]:
    """Outbox counts and whether the store key is there, without writing anything (the
    store's own opening would migrate and re-queue)."""
    import sqlite3

    from kiosk.store import STATES, store_key_provider

    # A running kiosk keeps its -wal/-shm files: read along with it. Otherwise nobody writes,
    # and "immutable" keeps SQLite from leaving -wal/-shm files behind.
    running = path.with_name(path.name + "-wal").exists()
    mode = "mode=ro" if running else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{mode}", uri=True, timeout=10)
    try:
        counts = dict.fromkeys(STATES, 0)
        for state, n in conn.execute("SELECT state, count(*) FROM outbox GROUP BY state"):
            counts[str(state)] = int(n)
        has_key_check = conn.execute("SELECT 1 FROM meta WHERE key = 'key_check'").fetchone()
    finally:
        conn.close()
    from kiosk import paths

    # The key provider makes the data folder when it is missing: only ask when it exists.
    key_present = paths.data_dir().is_dir() and store_key_provider().load() is not None
    if has_key_check and not key_present:
        raise RuntimeError("the store key is missing: unsent personal data cannot be read")
    return {"counts": counts, "key": "present" if key_present else "none_yet"}


def _scratch_database() -> dict[str, Any]:
    """A write/read round trip on a throw-away database (the real one is never written)."""
    from datetime import UTC, datetime

    from kiosk.records import Event, EventKind
    from kiosk.store import FakeKeyProvider, RecordStore

    with tempfile.TemporaryDirectory(prefix="kiosk-self-test-") as folder:
        store = RecordStore(Path(folder) / "check.sqlite3", FakeKeyProvider())
        try:
            event = Event(
                kind=EventKind.SHELTER_OPEN,
                shelter_id="self-test",
                terminal_id="self-test",
                occurred_at=datetime.now(UTC),
                utc_offset_minutes=540,
            )
            store.record(event)
            if store.get_event(event.event_id) is None:
                raise RuntimeError("a recorded event could not be read back")
        finally:
            store.close()
    return {}


def _cards(demo: bool) -> dict[str, Any]:
    from kiosk import settings as settings_module
    from kiosk.cards.api import NoReaderError
    from kiosk.clock import SystemClock

    settings = settings_module.load_with_report(create=False)[0]
    clock = SystemClock()
    # As the kiosk builds it: each card operation bounded by cards.read_deadline_s, birth
    # dates checked against the clock's local date.
    rules: dict[str, Any] = {
        "code_b_min_tries_left": settings.cards.code_b_min_tries_left,
        "licence_default_pin": settings.cards.licence_default_pin_enabled,
        "deadline_s": settings.cards.read_deadline_s,
        "today": lambda: clock.now().astimezone().date(),
    }
    if demo:
        from kiosk.cards.virtual.inprocess import InProcessCardReaderService

        service: Any = InProcessCardReaderService(**rules)
    else:
        from kiosk.cards import pcsc

        service = pcsc.PcscCardReaderService(settings.cards.reader_name, **rules)
    try:
        readers = service.readers()
    except NoReaderError:
        # No PC/SC service (yet): the kiosk waits for it and shows "no reader" meanwhile.
        return {
            "state": "waiting_for_pcsc_service",
            "readers": [],
            "warning": "the PC/SC service is not running (yet)",
        }
    result: dict[str, Any] = {
        "state": "ready",
        "readers": [r.name for r in readers],
        "card_present": any(r.card_present for r in readers),
    }
    if not readers:
        result["warning"] = "no card reader connected"
    return result


def _speech() -> dict[str, Any]:
    from kiosk.settings import LANGUAGES
    from kiosk.speech import SpeechWorker

    worker = SpeechWorker()
    try:
        voices = worker.voices(timeout=20)
        with_voice = [lang for lang in LANGUAGES if worker.has_voice(lang)]
    finally:
        worker.close()
    result: dict[str, Any] = {"voices": len(voices), "languages_with_voice": with_voice}
    missing = [lang for lang in LANGUAGES if lang not in with_voice]
    if missing:
        result["warning"] = f"no voice for {missing} (screens still show text)"
    return result


def _ui() -> Any:
    """The Qt application, imported only once the Qt-free work is done, so ``--self-test``
    checks the core without Qt. This entry point is the one module outside kiosk/ui allowed
    to import kiosk.ui (tests/test_architecture.py); it never imports Qt itself."""
    from kiosk.ui import app

    return app


def _translations() -> dict[str, Any]:
    result: dict[str, Any] = _ui().check_translations()
    return result


def _resources() -> dict[str, Any]:
    from kiosk import resources

    return resources.check()


def self_test(demo: bool, init_store: bool = False) -> int:
    if init_store:
        lock = _hold_data_folder()  # it writes the store: never next to a running kiosk
        if lock is None:
            return EXIT_ANOTHER_INSTANCE
    checks = [
        _check("settings", lambda: _settings(init_store)),
        _check("database", lambda: _database(init_store)),
        _check("database_round_trip", _scratch_database),
        _check("cards", lambda: _cards(demo)),
        _check("speech", _speech),
        _check("translations", _translations),
        _check("resources", _resources),
    ]
    ok = all(c["ok"] for c in checks)
    print(json.dumps({"ok": ok, "checks": checks}, ensure_ascii=False, indent=2))
    return 0 if ok else 1


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kiosk", description="Shelter check-in kiosk")
    parser.add_argument("--windowed", action="store_true", help="run in a normal window")
    parser.add_argument(
        "--demo", action="store_true", help="virtual reader with sample cards, local server"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check every subsystem (read-only), print JSON, exit 0/1",
    )
    parser.add_argument(
        "--init-store",
        action="store_true",
        help="with --self-test: create the settings' terminal id and the store if missing",
    )
    args = parser.parse_args(argv)
    if args.init_store and not args.self_test:
        parser.error("--init-store goes with --self-test")
    if args.demo and not demo_shipped():
        parser.error("this build has no demo mode (a demo build: KIOSK_BUILD_DEMO=1)")
    if args.self_test:
        return self_test(args.demo, init_store=args.init_store)
    lock = _hold_data_folder(demo=args.demo)
    if lock is None:
        return EXIT_ANOTHER_INSTANCE
    try:
        return int(_ui().run(windowed=args.windowed, demo=args.demo))
    finally:
        lock.release()


def demo_shipped() -> bool:
    """Whether this build carries the demo (the reference server, the virtual reader and the
    sample cards): a build for real shelters leaves them out (kiosk.spec)."""
    import importlib.util

    return importlib.util.find_spec("kiosk.mgmt_server") is not None


#: Exit status when another kiosk already runs on the data folder.
EXIT_ANOTHER_INSTANCE = 3


def _hold_data_folder(demo: bool = False) -> InstanceLock | None:
    """The data folder's instance lock for this process's lifetime, or None (said on stderr)
    when another kiosk holds it: this one then exits before touching the store. The demo
    runs in its own folder (kiosk.paths.demo_data_dir) and locks that one only."""
    from kiosk import paths

    lock = InstanceLock(paths.demo_data_dir() if demo else paths.data_dir())
    try:
        lock.acquire()
    except InstanceLockedError as exc:
        print(f"python -m kiosk: {exc.message}; this one exits.", file=sys.stderr)
        return None
    return lock


#: The console tools for IT (``kiosk-tools GROUP ...``; ``ShelterKiosk-tools.exe`` on a tablet).
TOOL_GROUPS = ("outbox", "staff", "cards", "provision", "uninstall-check")
#: The frozen console executable's name (kiosk.spec): it runs :func:`tools_main`.
TOOLS_EXECUTABLE = "ShelterKiosk-tools"

TOOLS_USAGE = """usage: kiosk-tools GROUP [ARGS...]   (or --self-test, or any other kiosk option)

  outbox status|sync|retry-dead|purge|recover|export|pfif ...   the record outbox
  staff add-user|setup-code|set-password|list|unlock|remove-user ...   staff accounts
  cards readers|status|read ...                                  card readers
  provision --file FILE | --shelter-id ... --api-url ... --token-file FILE
  uninstall-check                 exit 0 only when no record is unsent (the uninstaller asks)
  --self-test [--init-store]      the kiosk's health report (JSON), as python -m kiosk
"""


def tools_main(argv: list[str] | None = None) -> int:
    """``kiosk-tools``: one console command for every IT tool. Options (``--self-test``,
    ``--windowed``...) go to the kiosk itself, so this executable is also the kiosk with its
    log output visible."""
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(TOOLS_USAGE, end="")
        return 0 if args else 2
    if args[0].startswith("-"):
        return main(args)
    group, rest = args[0], args[1:]
    if group == "outbox":
        from kiosk.outbox.cli import main as outbox

        return outbox(rest)
    if group == "staff":
        from kiosk.staff.cli import main as staff

        return staff(rest)
    if group == "cards":
        from kiosk.cards.__main__ import main as cards

        return cards(rest)
    if group in ("provision", "uninstall-check"):
        from kiosk.provisioning import main as provisioning

        return provisioning(args)
    print(f"kiosk-tools: unknown group {group!r}\n{TOOLS_USAGE}", end="", file=sys.stderr)
    return 2


def _entry() -> int:
    """The frozen console executable is the tools; every other entry is the kiosk."""
    if Path(sys.executable).stem == TOOLS_EXECUTABLE:
        return tools_main()
    return main()


if __name__ == "__main__":
    sys.exit(_entry())
