"""The kiosk's translations, for people with or without Qt Linguist.

The ``translations/kiosk_<code>.ts`` files are the authority (one per language of
kiosk/languages.py). ``pyside6-lupdate`` extracts the texts from the code into them, a
translator fills them in Linguist (``pyside6-linguist``), a translation platform, or with
this tool, and ``pyside6-lrelease`` compiles them into the ``.qm`` files the kiosk loads.

    python scripts/translations.py extract      texts of kiosk/ -> every .ts (keeps translations)
    python scripts/translations.py missing      unfinished entries (exit 1 if any)
    python scripts/translations.py show --context Idle --source "Evacuation shelter"
    python scripts/translations.py set --context Idle --source "Evacuation shelter" \\
        ja="避難所" zh_CN="避难所" ko="대피소" vi="Nơi sơ tán" pt_BR="Abrigo" \\
        ja_easy="{避難所|ひなんじょ}"
    python scripts/translations.py set --context Status --source "%n need staff" \\
        en="%n needs staff" en="%n need staff" ...     (a plural: one value per form, in order)
    python scripts/translations.py check        fail if the .ts are not what extract makes
    python scripts/translations.py review out.html   read-only side-by-side page
    python scripts/translations.py compile [--out DIR]   .ts -> .qm

See translations/README.md ("Adding or changing a text").
"""

from __future__ import annotations

import argparse
import hashlib
import html
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"
CODE = ROOT / "kiosk"

sys.path.insert(0, str(ROOT))
from kiosk import furigana, languages  # noqa: E402 - from this tree

UNFINISHED = "unfinished"
#: Placeholders that must be the same in a source and its translations: ``{name}`` for
#: ``.format()``, Qt's ``%1`` ... ``%99``, ``%n`` / ``%Ln`` (the count of a plural).
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?[0-9]{1,2}|%L?n")


class TranslationsError(Exception):
    """A .ts file, a command or an argument that cannot be used (the message says why)."""


# --- the .ts format --------------------------------------------------------------------------


@dataclass
class Message:
    source: str
    #: Qt's disambiguation (the third argument of translate()), shown to translators.
    comment: str = ""
    numerus: bool = False
    #: One text, or one per plural form when ``numerus``.
    forms: list[str] = field(default_factory=lambda: [""])
    finished: bool = False
    #: Kept as found (lupdate writes them); other elements are not used by this project.
    extracomment: str = ""

    @property
    def key(self) -> tuple[str, str]:
        return (self.source, self.comment)


@dataclass
class TsFile:
    language: str
    source_language: str = languages.SOURCE
    #: Context name -> its messages, in file order.
    contexts: dict[str, list[Message]] = field(default_factory=dict)

    def messages(self) -> Iterable[tuple[str, Message]]:
        for context, messages in self.contexts.items():
            for message in messages:
                yield context, message

    def find(self, context: str, source: str, comment: str = "") -> Message | None:
        for message in self.contexts.get(context, []):
            if message.key == (source, comment):
                return message
        return None


def ts_path(code: str) -> Path:
    return TRANSLATIONS / languages.get(code).ts_name


def read_ts(path: Path) -> TsFile:
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise TranslationsError(f"{path.name}: not a readable .ts file ({exc})") from None
    if root.tag != "TS":
        raise TranslationsError(f"{path.name}: not a .ts file (root element {root.tag!r})")
    ts = TsFile(root.get("language", ""), root.get("sourcelanguage", languages.SOURCE))
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        messages = ts.contexts.setdefault(name, [])
        for element in context.iter("message"):
            translation = element.find("translation")
            numerus = element.get("numerus") == "yes"
            if translation is None:
                forms = [""]
            elif numerus:
                forms = [form.text or "" for form in translation.iter("numerusform")] or [""]
            else:
                forms = [translation.text or ""]
            state = translation.get("type", "") if translation is not None else UNFINISHED
            messages.append(
                Message(
                    source=element.findtext("source") or "",
                    comment=element.findtext("comment") or "",
                    numerus=numerus,
                    forms=forms,
                    finished=state == "",
                    extracomment=element.findtext("extracomment") or "",
                )
            )
            if state not in ("", UNFINISHED):  # vanished, obsolete
                messages[-1].finished = False
                messages[-1].extracomment = f"[{state}] " + messages[-1].extracomment
    return ts


def _escape(text: str) -> str:
    """As lupdate writes text (so a file this tool wrote stays as it is under lupdate)."""
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace('"', "&quot;")
        .replace("'", "&apos;")
    )


def render_ts(ts: TsFile) -> str:
    """The file as lupdate writes it: same layout, same escapes."""
    lines = [
        '<?xml version="1.0" encoding="utf-8"?>',
        "<!DOCTYPE TS>",
        f'<TS version="2.1" language="{ts.language}" sourcelanguage="{ts.source_language}">',
    ]
    for context, messages in ts.contexts.items():
        lines += ["<context>", f"    <name>{_escape(context)}</name>"]
        for message in messages:
            lines.append('    <message numerus="yes">' if message.numerus else "    <message>")
            lines.append(f"        <source>{_escape(message.source)}</source>")
            if message.comment:
                lines.append(f"        <comment>{_escape(message.comment)}</comment>")
            if message.extracomment:
                lines.append(
                    f"        <extracomment>{_escape(message.extracomment)}</extracomment>"
                )
            state = "" if message.finished else f' type="{UNFINISHED}"'
            if message.numerus:
                lines.append(f"        <translation{state}>")
                for form in message.forms:
                    lines.append(f"            <numerusform>{_escape(form)}</numerusform>")
                lines.append("        </translation>")
            else:
                lines.append(
                    f"        <translation{state}>{_escape(message.forms[0])}</translation>"
                )
            lines.append("    </message>")
        lines.append("</context>")
    lines.append("</TS>")
    return "\n".join(lines) + "\n"


def write_ts(path: Path, ts: TsFile) -> None:
    path.write_text(render_ts(ts), encoding="utf-8")


# --- extraction ------------------------------------------------------------------------------


def qt_tool(name: str) -> str:
    """``pyside6-<name>`` next to this Python (the venv), on PATH, or Qt's own ``<name>``."""
    # On Windows the venv's scripts end in .exe (Scripts\pyside6-lrelease.exe).
    for suffix in ("", ".exe"):
        beside = Path(sys.executable).with_name(f"pyside6-{name}{suffix}")
        if beside.exists():
            return str(beside)
    found = shutil.which(f"pyside6-{name}") or shutil.which(name)
    if not found:
        raise TranslationsError(f"pyside6-{name} not found (pip install PySide6-Essentials)")
    return found


def lupdate(ts_files: Sequence[Path], code: Path | None = None) -> None:
    """Runs lupdate over ``code`` into ``ts_files`` (new texts unfinished, texts gone from
    the code dropped, translations kept), then :func:`tidy` each file."""
    command = [
        qt_tool("lupdate"),
        "-silent",
        "-extensions",
        "py",
        "-locations",
        "none",
        "-no-obsolete",
        "-sort-messages",
        "-source-language",
        languages.SOURCE,
        str(code or CODE),
        "-ts",
        *(str(path) for path in ts_files),
    ]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise TranslationsError(f"lupdate failed: {done.stderr.strip()[-2000:]}")
    for path in ts_files:
        tidy(path)


def tidy(path: Path) -> None:
    """What lupdate leaves, made ready for review:

    * comments lupdate took from ``#:`` lines (this code's attribute docs, not notes for
      translators) are dropped; a note for translators is translate()'s disambiguation;
    * English is the source: each English text is its own translation (finished), except
      plurals, whose forms an English speaker writes (``%n record`` / ``%n records``);
    * the language attribute is the registry's (lrelease takes the plural rules from it).
    """
    ts = read_ts(path)
    code = path.stem.removeprefix("kiosk_")
    language = languages.get(code)
    ts.language = language.ts_language
    ts.source_language = languages.SOURCE
    for _context, message in ts.messages():
        message.extracomment = ""
        if language.is_source and not message.numerus:
            message.forms = [message.source]
            message.finished = True
    write_ts(path, ts)


def extract() -> list[Path]:
    """Every language's .ts brought up to date with the code; a .ts that does not exist yet
    is created (all unfinished)."""
    paths = [ts_path(code) for code in languages.CODES]
    lupdate(paths)
    return paths


def stale_languages(code_dir: Path | None = None) -> list[str]:
    """Languages whose committed .ts differs from what :func:`extract` makes of the code now
    (a text added, changed or removed in the code without an extract)."""
    with tempfile.TemporaryDirectory(prefix="kiosk-ts-") as temp:
        copies = []
        for code in languages.CODES:
            copy = Path(temp) / languages.get(code).ts_name
            if ts_path(code).is_file():
                shutil.copyfile(ts_path(code), copy)
            copies.append(copy)
        lupdate(copies, code_dir)
        return [
            code
            for code, copy in zip(languages.CODES, copies, strict=True)
            if not ts_path(code).is_file()
            or copy.read_text("utf-8") != ts_path(code).read_text("utf-8")
        ]


# --- checks ----------------------------------------------------------------------------------


def placeholders(text: str) -> list[str]:
    return sorted(PLACEHOLDER.findall(text))


def _compared(text: str, numerus: bool) -> list[str]:
    """The placeholders a translation must keep: all of them; in a plural form, all but the
    count (a form may say "one record" instead of "%n record")."""
    found = placeholders(text)
    return [p for p in found if p not in ("%n", "%Ln")] if numerus else found


def problems(ts: TsFile, code: str) -> list[str]:
    """Everything unfinished or wrong in one language's file, one line each."""
    language = languages.get(code)
    out = []
    for context, message in ts.messages():
        where = f"{code} [{context}] {message.source!r}"
        if not message.finished:
            out.append(f"{where}: unfinished")
            continue
        if message.numerus and len(message.forms) != language.plural_forms:
            out.append(
                f"{where}: {len(message.forms)} plural forms, {language.plural_forms} needed"
            )
        wanted = _compared(message.source, message.numerus)
        for form in message.forms:
            if not form.strip():
                out.append(f"{where}: empty translation")
            elif _compared(form, message.numerus) != wanted:
                out.append(f"{where}: placeholders {placeholders(form)} in {form!r}")
    return out


def all_problems() -> list[str]:
    out = []
    for code in languages.CODES:
        if not ts_path(code).is_file():
            out.append(f"{code}: {languages.get(code).ts_name} missing")
            continue
        out += problems(read_ts(ts_path(code)), code)
    return out


# --- editing ---------------------------------------------------------------------------------


def set_translation(
    context: str, source: str, values: dict[str, list[str]], comment: str = ""
) -> list[str]:
    """Sets (and marks finished) the translations of one text; returns the languages
    changed. The text must be in the .ts already (write it in the code, then extract)."""
    changed = []
    for code, forms in values.items():
        language = languages.get(code)
        path = ts_path(code)
        ts = read_ts(path)
        message = ts.find(context, source, comment)
        if message is None:
            raise TranslationsError(
                f"{code}: no text [{context}] {source!r} in {path.name}; write it in the code "
                "and run 'scripts/translations.py extract' first"
            )
        wanted = language.plural_forms if message.numerus else 1
        if len(forms) != wanted:
            kind = "a plural" if message.numerus else "not a plural"
            raise TranslationsError(f"{code}: {kind}, {wanted} value(s) needed, {len(forms)} given")
        message.forms = list(forms)
        message.finished = True
        write_ts(path, ts)
        changed.append(code)
    return changed


def parse_values(pairs: Sequence[str]) -> dict[str, list[str]]:
    """``ja=text`` arguments -> {code: [text, ...]} (a code given twice: plural forms)."""
    values: dict[str, list[str]] = {}
    for pair in pairs:
        code, sep, text = pair.partition("=")
        if not sep:
            raise TranslationsError(f"{pair!r}: expected LANGUAGE=TEXT")
        if code not in languages.CODES:
            raise TranslationsError(f"{code!r}: not a language ({', '.join(languages.CODES)})")
        values.setdefault(code, []).append(text)
    return values


# --- review page -----------------------------------------------------------------------------


def _html_ruby(text: str) -> str:
    """Furigana markup as HTML ruby (the browser draws the readings as the kiosk does)."""
    try:
        segments = furigana.parse(text)
    except furigana.FuriganaError as exc:
        return f"{html.escape(text)} <b>[{html.escape(str(exc))}]</b>"
    return "".join(
        f"<ruby>{html.escape(s.text)}<rt>{html.escape(s.reading)}</rt></ruby>"
        if s.reading
        else html.escape(s.text)
        for s in segments
    )


def review_html() -> str:
    """One table per context: each text in every language side by side (read-only)."""
    files = {code: read_ts(ts_path(code)) for code in languages.CODES}
    reference = files[languages.SOURCE]
    head = "".join(f"<th>{html.escape(lang.native_name)}</th>" for lang in languages.LANGUAGES)
    parts = [
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>Kiosk texts</title><style>"
        "body{font-family:'Noto Sans','Noto Sans CJK JP',sans-serif}"
        "table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #999;"
        "padding:4px;vertical-align:top}.todo{background:#fdd}</style></head><body>",
        "<h1>Kiosk texts</h1><p>Generated from translations/*.ts (read-only). Red: unfinished.</p>",
    ]
    for context, messages in reference.contexts.items():
        parts.append(f"<h2>{html.escape(context)}</h2><table><tr>{head}</tr>")
        for message in messages:
            cells = []
            for code in languages.CODES:
                found = files[code].find(context, message.source, message.comment)
                forms = found.forms if found else []
                ruby = languages.get(code).ruby
                text = " | ".join(_html_ruby(form) if ruby else html.escape(form) for form in forms)
                todo = " class='todo'" if found is None or not found.finished else ""
                cells.append(f"<td{todo}>{text}</td>")
            parts.append("<tr>" + "".join(cells) + "</tr>")
        parts.append("</table>")
    parts.append("</body></html>")
    return "\n".join(parts)


# --- compiling -------------------------------------------------------------------------------


def compile_all(out_dir: Path = TRANSLATIONS) -> list[Path]:
    """Every language's .ts -> ``kiosk_<code>.qm`` in ``out_dir`` (lrelease)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    command = qt_tool("lrelease")
    built = []
    for language in languages.LANGUAGES:
        target = out_dir / language.qm_name
        subprocess.run(
            [command, "-silent", str(TRANSLATIONS / language.ts_name), "-qm", str(target)],
            check=True,
        )
        built.append(target)
    return built


# --- command line ----------------------------------------------------------------------------


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    commands.add_parser("extract", help="texts of kiosk/ into every .ts (keeps translations)")
    commands.add_parser("missing", help="list unfinished or wrong entries (exit 1 if any)")
    commands.add_parser("check", help="fail if a .ts is not up to date with the code")
    for name in ("show", "set"):
        sub = commands.add_parser(name, help=f"{name} one text's translations")
        sub.add_argument("--context", required=True)
        sub.add_argument("--source", required=True, help="the English text as in the code")
        sub.add_argument("--comment", default="", help="its disambiguation, if it has one")
        if name == "set":
            sub.add_argument("values", nargs="+", metavar="LANGUAGE=TEXT")
    review = commands.add_parser("review", help="write the read-only side-by-side page")
    review.add_argument("out", type=Path)
    build = commands.add_parser("compile", help="compile every .ts into .qm")
    build.add_argument("--out", type=Path, default=TRANSLATIONS)
    args = parser.parse_args(argv)
    try:
        return _run(args)
    except TranslationsError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


@contextmanager
def _locked() -> Iterator[None]:
    """One writer of the .ts files at a time (people extract and set at the same time)."""
    try:
        import fcntl
    except ImportError:  # Windows: no lock; one person at a time there
        yield
        return
    tag = hashlib.sha256(str(TRANSLATIONS).encode()).hexdigest()[:12]
    with (Path(tempfile.gettempdir()) / f"kiosk-translations-{tag}.lock").open("a") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _run(args: argparse.Namespace) -> int:
    if args.command in ("extract", "set"):
        with _locked():
            return _run_unlocked(args)
    return _run_unlocked(args)


def _run_unlocked(args: argparse.Namespace) -> int:
    if args.command == "extract":
        extract()
        print("\n".join(all_problems()) or "every text is translated")
    elif args.command == "missing":
        found = all_problems()
        print("\n".join(found) or "every text is translated")
        return 1 if found else 0
    elif args.command == "check":
        stale = stale_languages()
        if stale:
            print(f"out of date: {stale}; run scripts/translations.py extract", file=sys.stderr)
            return 1
    elif args.command == "show":
        for code in languages.CODES:
            message = read_ts(ts_path(code)).find(args.context, args.source, args.comment)
            state = "missing" if message is None else ("" if message.finished else "unfinished")
            forms = message.forms if message else []
            print(f"{code:8} {state:10} " + " | ".join(forms))
    elif args.command == "set":
        changed = set_translation(
            args.context, args.source, parse_values(args.values), args.comment
        )
        print(f"set {', '.join(changed)}")
    elif args.command == "review":
        args.out.write_text(review_html(), encoding="utf-8")
        print(f"wrote {args.out}")
    elif args.command == "compile":
        built = compile_all(args.out)
        print(f"translations: compiled {len(built)} catalogues into {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
