"""Every SQLite connection a store test opens must be closed.

Python 3.13 warns (ResourceWarning, an error under ``filterwarnings = error``) when a
connection is garbage-collected unclosed, and the warning surfaces in whatever test happens
to collect it. This guard catches the leak on every Python version, in the test that made it:
each connection opened during a test is tracked, and one that is freed without close() fails
that test with the place it was opened.
"""

from __future__ import annotations

import gc
import sqlite3
import traceback
import weakref
from collections.abc import Iterator
from typing import Any

import pytest

_real_connect = sqlite3.connect


class _Tracked(sqlite3.Connection):
    """A connection that notes its close() in a cell that outlives it."""

    closed_cell: list[bool]

    def close(self) -> None:
        self.closed_cell[0] = True
        super().close()


def _opened_at() -> str:
    frames = traceback.extract_stack()[:-2]
    ours = [f for f in frames if "site-packages" not in f.filename]
    return "".join(traceback.format_list(ours[-6:]))


def _note_if_open(closed_cell: list[bool], where: str, leaked: list[str]) -> None:
    if not closed_cell[0]:
        leaked.append(where)


@pytest.fixture(autouse=True)
def connections_are_closed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    leaked: list[str] = []

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        if "factory" in kwargs:
            other: sqlite3.Connection = _real_connect(*args, **kwargs)
            return other
        conn: _Tracked = _real_connect(*args, factory=_Tracked, **kwargs)
        conn.closed_cell = [False]
        weakref.finalize(conn, _note_if_open, conn.closed_cell, _opened_at(), leaked)
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    yield
    gc.collect()
    if leaked:
        pytest.fail(
            "an SQLite connection was freed without close(); opened at:\n" + "\n".join(leaked),
            pytrace=False,
        )
