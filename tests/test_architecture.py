"""Checked rules about how the code base is put together."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "kiosk"
QT_MODULES = ("PySide6", "shiboken6", "PyQt5", "PyQt6", "pytestqt")


def _imports(path: Path) -> set[str]:
    """Absolute names of every module ``path`` imports, relative imports resolved, plus
    string arguments of importlib.import_module / __import__ (dynamic imports)."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    try:
        package_parts = list(path.relative_to(ROOT).with_suffix("").parts[:-1])
    except ValueError:
        package_parts = []
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level == 0 and node.module:
                names.add(node.module)
            elif node.level:
                base = package_parts[: len(package_parts) - (node.level - 1)]
                module = ".".join([*base, node.module] if node.module else base)
                names.add(module)
                names.update(f"{module}.{alias.name}" for alias in node.names)
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", ""))
            in {"import_module", "__import__"}
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names.add(node.args[0].value)
    return names


def _core_modules() -> list[Path]:
    return [
        p for p in sorted(PACKAGE.rglob("*.py")) if "ui" not in p.relative_to(PACKAGE).parts[:1]
    ]


def test_core_modules_exist() -> None:
    assert len(_core_modules()) >= 5


#: The program's entry point composes the application: it may import kiosk.ui (lazily, after
#: the Qt-free work), but never Qt itself.
ENTRY_POINT = PACKAGE / "__main__.py"


def _is_qt(name: str) -> bool:
    return name.split(".", maxsplit=1)[0] in QT_MODULES


def _is_ui(name: str) -> bool:
    return name == "kiosk.ui" or name.startswith("kiosk.ui.")


@pytest.mark.parametrize("module", _core_modules(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_core_imports_no_qt_and_no_ui(module: Path) -> None:
    names = _imports(module)
    bad = {n for n in names if _is_qt(n) or (_is_ui(n) and module != ENTRY_POINT)}
    assert not bad, f"{module.relative_to(ROOT)} imports {sorted(bad)}; only kiosk/ui may"


def test_entry_point_reaches_the_ui_only_by_a_plain_import() -> None:
    # A module name hidden in a string would slip past the rule above.
    source = ENTRY_POINT.read_text(encoding="utf-8")
    assert "import_module" not in source and "__import__" not in source
    assert any(_is_ui(n) for n in _imports(ENTRY_POINT))


def test_rule_detects_a_qt_import(tmp_path: Path) -> None:
    offender = tmp_path / "offender.py"
    offender.write_text(
        "from PySide6.QtCore import QObject\nimport kiosk.ui.app\n"
        "import importlib\nimportlib.import_module('shiboken6')\n"
    )
    assert {"PySide6.QtCore", "kiosk.ui.app", "shiboken6"} <= _imports(offender)


def test_rule_resolves_relative_imports() -> None:
    module = PACKAGE / "flow" / "machine.py"
    names = _imports(module)
    assert all(not n.startswith(".") for n in names)


# ---------------------------------------------------------------------------------------------
# The screens call the flow, and the hosts route its effects' outcomes, by typed references
# (``host.send(CheckInFlow.agree)``, a table keyed by effect type), never by a string name: a
# typo or a rename then fails at once (type checker, building the screens), not as "out of
# service" in front of an evacuee.


def _flow_names() -> tuple[set[str], set[str]]:
    """(CheckInFlow's public methods, the effect type names)."""
    from typing import get_args

    from kiosk.flow.contract import Effect
    from kiosk.flow.machine import CheckInFlow

    methods = {n for n, v in vars(CheckInFlow).items() if callable(v) and not n.startswith("_")}
    return methods, {t.__name__ for t in get_args(Effect)}


def _calls_by_name(path: Path) -> list[str]:
    """Every place in ``path`` that calls into the flow or routes its results by a string."""
    methods, effects = _flow_names()
    routed = effects | {m for m in methods if m.endswith("_result") or m == "bug"}
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}

    def where(node: ast.AST) -> str:
        return f"{path.name}:{getattr(node, 'lineno', '?')}"

    def strings(node: ast.AST) -> list[str]:
        return [
            n.value
            for n in ast.walk(node)
            if isinstance(n, ast.Constant) and isinstance(n.value, str)
        ]

    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            callee = node.func.attr if isinstance(node.func, ast.Attribute) else ""
            callee = node.func.id if isinstance(node.func, ast.Name) else callee
            first = node.args[0] if node.args else None
            name_arg = node.args[1] if len(node.args) > 1 else None
            if callee in {"getattr", "hasattr", "setattr"} and name_arg is not None:
                if not isinstance(name_arg, ast.Constant):
                    found.append(f"{where(node)} {callee} with a computed name")
                elif name_arg.value in methods:
                    found.append(f"{where(node)} {callee}(..., {name_arg.value!r})")
            elif (
                isinstance(first, ast.Constant)
                and isinstance(first.value, str)
                and (
                    callee in {"send", "call", "dispatch", "post"}
                    or "result" in callee
                    or "handler" in callee
                )
            ):
                found.append(f"{where(node)} {callee}({first.value!r})")
        elif isinstance(node, ast.Dict):
            keys = {s for key in node.keys if key is not None for s in strings(key)}
            if keys & (methods | effects):
                found.append(f"{where(node)} a table keyed by {sorted(keys & (methods | effects))}")
        elif isinstance(node, ast.Constant) and node.value in routed:
            parent = parents.get(node)
            while isinstance(parent, ast.Tuple | ast.List | ast.Set):
                parent = parents.get(parent)
            if isinstance(parent, ast.Compare | ast.Call | ast.Subscript | ast.Return):
                found.append(f"{where(node)} {node.value!r} used as a name")
    return found


def _flow_hosts() -> list[Path]:
    return sorted((PACKAGE / "ui").rglob("*.py")) + sorted((PACKAGE / "flow").rglob("*.py"))


@pytest.mark.parametrize("module", _flow_hosts(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_no_call_into_the_flow_by_a_string_name(module: Path) -> None:
    found = _calls_by_name(module)
    assert not found, f"string-named calls/routing into the flow: {found}"


def test_rule_detects_calls_by_a_string_name(tmp_path: Path) -> None:
    offender = tmp_path / "offender.py"
    offender.write_text(
        "host.send('choose_action', 1)\n"
        "self._result_handler('read_result', token)\n"
        "getattr(self.machine, method)(*args)\n"
        "getattr(flow, 'agree')()\n"
        "HANDLERS = {'card_inserted': on_card}\n"
        "if method in ('card_status_result', 'read_result'):\n    pass\n"
        "self._issue('QueryCardStatus')\n"
        "host.send(CheckInFlow.agree)\n"  # the typed way: not reported
        "button.setObjectName('agree')\n",
        encoding="utf-8",
    )
    found = _calls_by_name(offender)
    lines = {int(f.split(" ", 1)[0].rsplit(":", 1)[1]) for f in found}
    assert lines == {1, 2, 3, 4, 5, 6, 8}, found


# ---------------------------------------------------------------------------------------------
# No import cycles in the UI: the composition root (kiosk.ui.app) sits on top; what it is built
# from (kiosk.services: Services and the protocols of its parts) is Qt-free and imports none
# of the UI, so the factories (kiosk.ui.services), the demo and the controllers never need to
# import the app back.


def _module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imported_modules(path: Path) -> set[str]:
    """What ``path`` imports, with ``from package import module`` as the module too."""
    names = set(_imports(path))
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def _import_cycles(paths: list[Path], root: Path = ROOT) -> list[list[str]]:
    """Every cycle (as a list of module names) in the imports among ``paths``, counting
    lazy imports inside functions too (they still tie the modules together)."""
    modules = {_module_name(p, root): p for p in paths}
    graph = {
        name: sorted((_imported_modules(path) & modules.keys()) - {name})
        for name, path in modules.items()
    }
    cycles: list[list[str]] = []
    state: dict[str, int] = {}  # 1 = on the stack, 2 = done
    stack: list[str] = []

    def visit(node: str) -> None:
        state[node] = 1
        stack.append(node)
        for nxt in graph[node]:
            if state.get(nxt) == 1:
                cycles.append([*stack[stack.index(nxt) :], nxt])
            elif nxt not in state:
                visit(nxt)
        stack.pop()
        state[node] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name)
    return cycles


def test_no_import_cycles_in_the_ui_or_with_services() -> None:
    paths = [*sorted((PACKAGE / "ui").rglob("*.py")), PACKAGE / "services.py"]
    cycles = _import_cycles(paths)
    assert not cycles, f"import cycles: {cycles}"


def test_services_are_qt_free_and_import_no_ui() -> None:
    names = _imports(PACKAGE / "services.py")
    assert not {n for n in names if _is_qt(n) or _is_ui(n)}


def test_cycle_rule_detects_a_cycle(tmp_path: Path) -> None:
    package = tmp_path / "kiosk" / "ui"
    package.mkdir(parents=True)
    (package / "a.py").write_text("from kiosk.ui.b import B\n", encoding="utf-8")
    (package / "b.py").write_text("def f():\n    from kiosk.ui import a\n", encoding="utf-8")
    cycles = _import_cycles(sorted(package.glob("*.py")), tmp_path)
    assert cycles == [["kiosk.ui.a", "kiosk.ui.b", "kiosk.ui.a"]]


# -- docs/architecture.md is kept true where a test can see it ---------------------------------

ARCHITECTURE_MAP = ROOT / "docs" / "architecture.md"


def _thread_names_in_code() -> set[str]:
    """Names given to threads in kiosk/: ``threading.Thread(..., name=...)`` with a literal
    or an f-string (its fixed head, e.g. ``lan-sender-``), and the UI's ``Worker("...")``."""
    names: set[str] = set()
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            callee = getattr(node.func, "attr", getattr(node.func, "id", ""))
            values: list[ast.expr] = []
            if callee == "Thread":
                values = [k.value for k in node.keywords if k.arg == "name"]
            elif callee == "Worker" and node.args:
                values = [node.args[0]]
            for value in values:
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    names.add(value.value)
                elif isinstance(value, ast.JoinedStr) and isinstance(value.values[0], ast.Constant):
                    names.add(str(value.values[0].value))
    return names


def test_every_named_thread_is_on_the_architecture_map() -> None:
    names = _thread_names_in_code()
    assert {"card-io", "store-io", "outbox-sync", "speech"} <= names, names
    text = ARCHITECTURE_MAP.read_text(encoding="utf-8")
    missing = sorted(n for n in names if f"`{n}" not in text)
    assert missing == [], f"threads missing from docs/architecture.md: {missing}"


def test_every_package_is_on_the_architecture_map() -> None:
    text = ARCHITECTURE_MAP.read_text(encoding="utf-8")
    packages = sorted(
        p.parent.relative_to(ROOT).as_posix()
        for p in PACKAGE.glob("*/__init__.py")
        if p.parent.name != "ui"
    )
    assert "kiosk/cards" in packages
    missing = [p for p in packages if f"`{p}`" not in text]
    assert missing == [], f"packages missing from docs/architecture.md: {missing}"
    ui_modules = sorted(
        p.relative_to(PACKAGE / "ui").as_posix()
        for p in (PACKAGE / "ui").glob("*.py")
        if p.name != "__init__.py"
    )
    missing_ui = [m for m in ui_modules if f"`{m}`" not in text]
    assert missing_ui == [], f"kiosk/ui modules missing from docs/architecture.md: {missing_ui}"


def test_every_service_of_the_kiosk_is_on_the_architecture_map() -> None:
    """Each part injected through kiosk.services.Services whose type is a class (a device,
    a service or its protocol) is named on the map, so a new device cannot arrive unseen."""
    tree = ast.parse((PACKAGE / "services.py").read_text(encoding="utf-8"))
    services = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Services")
    types: set[str] = set()
    for node in services.body:
        if isinstance(node, ast.AnnAssign):
            for part in ast.walk(node.annotation):
                if isinstance(part, ast.Name) and part.id[:1].isupper() and part.id != "None":
                    types.add(part.id)
    types.discard("Callable")
    assert {"CardReaderService", "CardMonitor", "EventRecorder", "Clock"} <= types, types
    text = ARCHITECTURE_MAP.read_text(encoding="utf-8")
    missing = sorted(t for t in types if f"`{t}`" not in text)
    assert missing == [], f"Services parts missing from docs/architecture.md: {missing}"


def test_no_test_imports_another_test_module_or_a_conftest() -> None:
    """Shared helpers live in helpers modules and tests/fixtures/; fixtures reach tests
    through pytest, never by importing a test module (which would also run its tests twice
    under another name) or a conftest."""
    offenders = []
    for path in sorted((ROOT / "tests").rglob("*.py")):
        for name in _imports(path):
            last = name.rsplit(".", 1)[-1]
            if name.startswith("tests.") and (last.startswith("test_") or last == "conftest"):
                offenders.append(f"{path.relative_to(ROOT)} imports {name}")
    assert offenders == []
