"""The frozen bundle and its installer: sizes, files, cold start and peak memory, one JSON object.

    .venv/bin/python bench/bundle.py [--bundle dist/ShelterKiosk] [--runs 3] [--settle 5]
                                     [--installer dist/ShelterKiosk-setup-X.Y.Z.exe]

``cold_start_s``: from starting the frozen ``ShelterKiosk`` (offscreen, a fresh provisioned
data folder each run) until its log says the first screen is up (the same marker as
``scripts/start.sh``'s smoke test: ``kiosk.ui.i18n ... language:``). The page cache is not
dropped (other work shares this machine), so the first run is the coldest. Sizes are MiB.
``peak_rss_mb``: the kiosk process's VmHWM (peak resident set) after ``--settle`` more
seconds; ``..._with_children`` adds its child processes (the speech worker). Goals (issue
12): installer at most 150 MB with the face stack, cold start at most 3 s, RSS at most 250 MB
without / 450 MB with the camera or face stack. The bundle is the Linux one; the Windows
installer's size is measured by scripts/windows_payload.py.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
MARKER = " kiosk.ui.i18n "
GOALS = {"installer_mb_with_face": 150, "cold_start_s": 3.0, "rss_mb": 250, "rss_mb_with_face": 450}


def _tree_size(folder: Path) -> tuple[int, int]:
    files = [p for p in folder.rglob("*") if p.is_file() and not p.is_symlink()]
    return sum(p.stat().st_size for p in files), len(files)


def _hwm_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        return 0
    return 0


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*"):
        try:
            found += [int(c) for c in (task / "children").read_text().split()]
        except OSError:
            continue
    return found


def _provisioned_home(folder: Path) -> None:
    """A data folder as after an install: shelter id set (recording not blocked)."""
    env = dict(os.environ, KIOSK_HOME=str(folder))
    subprocess.run(
        [sys.executable, "-m", "kiosk.provisioning", "provision", "--shelter-id", "bench-001"],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
    )


def one_start(exe: Path, settle_s: float, timeout_s: float = 60) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="kiosk-bench-bundle-") as tmp:
        home = Path(tmp) / "home"
        _provisioned_home(home)
        log = home / "logs" / "kiosk.log"
        env = dict(os.environ, KIOSK_HOME=str(home), QT_QPA_PLATFORM="offscreen")
        started = time.monotonic()
        proc = subprocess.Popen(
            [str(exe)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        up: float | None = None
        try:
            while time.monotonic() - started < timeout_s and proc.poll() is None:
                if log.exists() and MARKER in log.read_text(errors="replace"):
                    up = time.monotonic() - started
                    break
                time.sleep(0.02)
            end = time.monotonic() + settle_s
            while proc.poll() is None and time.monotonic() < end:
                time.sleep(0.1)
            main_kb = _hwm_kb(proc.pid)
            child_kb = sum(_hwm_kb(c) for c in _children(proc.pid))
            alive = proc.poll() is None
        finally:
            proc.terminate()
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
    return {"up_s": up, "main_kb": main_kb, "children_kb": child_kb, "alive": alive}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "ShelterKiosk")
    parser.add_argument("--installer", type=Path, default=None)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--settle", type=float, default=5.0)
    args = parser.parse_args()
    bundle: Path = args.bundle
    exe = bundle / ("ShelterKiosk.exe" if os.name == "nt" else "ShelterKiosk")
    if not exe.exists():
        print(json.dumps({"error": f"no frozen kiosk at {exe} (scripts/build_installer.sh)"}))
        return 2
    installer = args.installer or next(
        iter(sorted(bundle.parent.glob("ShelterKiosk-setup-*.exe"))), None
    )
    size, files = _tree_size(bundle)
    internal = bundle / "_internal"
    face = (internal / "face_recognition_models").is_dir()
    camera = (internal / "rapidocr_onnxruntime").is_dir()
    runs = [one_start(exe, args.settle) for _ in range(args.runs)]
    ups = [r["up_s"] for r in runs if r["up_s"] is not None]
    peak_main = max(r["main_kb"] for r in runs) / 1024
    peak_total = max(r["main_kb"] + r["children_kb"] for r in runs) / 1024
    result: dict[str, Any] = {
        "bundle": str(bundle),
        # build/bundle_rules.py: default, camera (card-face OCR) or face (OCR and face match)
        "build": "face" if face else "camera" if camera else "default",
        "face_stack": face,
        "bundle_mb": round(size / 2**20, 1),
        "files": files,
        "largest_parts_mb": {
            name: round(_tree_size(internal / name)[0] / 2**20, 1)
            for name in (
                "PySide6",
                "fonts",
                "cryptography",
                "cv2",
                "onnxruntime",
                "rapidocr_onnxruntime",
                "face_recognition_models",
            )
            if (internal / name).exists()
        },
        "installer": str(installer) if installer else None,
        "installer_mb": round(installer.stat().st_size / 2**20, 1) if installer else None,
        "cold_start_s": round(ups[0], 2) if ups else None,
        "start_s_median": round(statistics.median(ups), 2) if ups else None,
        "started": f"{len(ups)}/{len(runs)}",
        "still_running_after_settle": all(r["alive"] for r in runs),
        "peak_rss_mb": round(peak_main, 1),
        "peak_rss_mb_with_children": round(peak_total, 1),
        "goals": GOALS,
    }
    rss_goal = GOALS["rss_mb_with_face"] if face or camera else GOALS["rss_mb"]
    result["meets_goals"] = {
        "cold_start": bool(ups) and ups[0] <= GOALS["cold_start_s"],
        "rss": peak_total <= rss_goal,
        "installer": None
        if result["installer_mb"] is None
        else result["installer_mb"] <= GOALS["installer_mb_with_face"],
    }
    print(json.dumps(result, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
