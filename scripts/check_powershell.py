"""Parse-checks the Windows build's PowerShell without Windows: build/windows/*.ps1 and the
``run:`` blocks of .github/workflows/windows.yml (``shell: pwsh``), with tree-sitter's
PowerShell grammar. Exit 0 when every script parses, 1 on a syntax error, 2 when the grammar
is missing. It checks syntax only (no PowerShell runs here); the workflow itself runs them.

    python3 -m venv /tmp/ps-check && /tmp/ps-check/bin/pip install tree-sitter \\
        tree-sitter-powershell pyyaml
    /tmp/ps-check/bin/python scripts/check_powershell.py
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]


def errors_in(parser: Any, source: bytes) -> list[tuple[int, int, str]]:
    found: list[tuple[int, int, str]] = []
    stack = [parser.parse(source).root_node]
    while stack:
        node = stack.pop()
        if node.is_error or node.is_missing:
            found.append((node.start_point[0] + 1, node.start_point[1] + 1, node.type))
        stack.extend(node.children)
    return sorted(found)


def scripts() -> list[tuple[str, bytes]]:
    out = [
        (str(p.relative_to(ROOT)), p.read_bytes()) for p in sorted(ROOT.glob("build/windows/*.ps1"))
    ]
    import yaml

    workflow = ROOT / ".github" / "workflows" / "windows.yml"
    data = yaml.safe_load(workflow.read_text(encoding="utf-8"))
    for job_name, job in data["jobs"].items():
        for step in job["steps"]:
            if "run" in step:
                # ${{ ... }} is expanded by the runner before PowerShell sees the text
                text = step["run"].replace("${{ matrix.build }}", "face")
                out.append((f"{workflow.name}: {job_name}: {step.get('name', '?')}", text.encode()))
    return out


def main() -> int:
    try:
        import tree_sitter_powershell
        from tree_sitter import Language, Parser
    except ImportError:
        print(__doc__, file=sys.stderr)
        return 2
    parser = Parser(Language(tree_sitter_powershell.language()))
    bad = 0
    for name, source in scripts():
        errors = errors_in(parser, source)
        lines = source.decode("utf-8", "replace").splitlines()
        for line, column, kind in errors:
            print(f"{name}:{line}:{column}: syntax error ({kind}): {lines[line - 1].strip()[:100]}")
        print(f"{name}: {'ok' if not errors else f'{len(errors)} errors'}")
        bad += len(errors)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
