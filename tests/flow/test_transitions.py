"""The flow's transition tables: the document shows what they say, the machine does what they
say (random walks take no transition the tables do not list), back() is the BACK table."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk.flow import diagram, transitions
from kiosk.flow.contract import (
    Calendar,
    NoticeCode,
    QueryCardStatus,
    Step,
)
from kiosk.flow.machine import CheckInFlow
from kiosk.flow.transitions import BACK, PLAIN, BackRule, Edge, Input

from .helpers import Driver, documented, make_driver, mynumber_status, read_and_look_up

DOC = Path(__file__).resolve().parents[2] / "docs" / "flow.md"


def test_the_document_shows_the_generated_diagram() -> None:
    document = DOC.read_text(encoding="utf-8")
    assert diagram.BEGIN in document and diagram.END in document
    assert diagram.with_diagram(document) == document, (
        "docs/flow.md is out of date: run .venv/bin/python scripts/flow_diagram.py"
    )


def test_a_changed_table_changes_the_diagram(monkeypatch: pytest.MonkeyPatch) -> None:
    document = DOC.read_text(encoding="utf-8")
    changed = dict(BACK)
    changed[Step.CHOOSE_METHOD] = Step.IDLE
    monkeypatch.setattr(diagram, "BACK", changed)
    assert diagram.with_diagram(document) != document
    monkeypatch.undo()
    extra = Edge((Step.DONE,), (Input.AGREE,), Step.CONSENT, "a new transition")
    monkeypatch.setattr(diagram, "EDGES", (*transitions.EDGES, extra))
    assert "DONE --> CONSENT: a new transition" in diagram.with_diagram(document)


def test_a_label_mermaid_would_cut_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    bad = Edge((Step.DONE,), (Input.DISMISS,), Step.IDLE, "OK: back to idle")
    monkeypatch.setattr(diagram, "EDGES", (*transitions.EDGES, bad))
    with pytest.raises(ValueError, match="Mermaid"):
        diagram.render()


def test_a_document_without_the_markers_is_refused() -> None:
    with pytest.raises(diagram.DiagramMarkersError):
        diagram.with_diagram("# flow\n\nno diagram here\n")


def test_every_input_is_a_method_of_the_machine() -> None:
    for name in Input:
        assert callable(getattr(CheckInFlow, name.value, None)), name


def test_every_step_appears_in_the_tables() -> None:
    targets = {
        Step.NOTICE if isinstance(e.target, NoticeCode) else e.target
        for e in transitions.all_edges()
    }
    sources = {s for e in transitions.all_edges() for s in e.sources}
    assert targets | {Step.IDLE} == set(Step) and sources == set(Step)


def test_plain_transitions_are_what_the_machine_does() -> None:
    assert (Step.IDLE, Input.NO_CARD_HELP) in PLAIN
    d = make_driver()
    d(d.flow.no_card_help())
    assert d.flow.view.step == PLAIN[(Step.IDLE, Input.NO_CARD_HELP)]
    # A plain input elsewhere does nothing.
    assert d(d.flow.not_correct()) == [] and d.flow.view.step == Step.NO_CARD_HELP


def _to_era_choice(era_screen: bool = True) -> Driver:
    d = make_driver(show_era_screen=era_screen)
    read_and_look_up(d)
    return d


@pytest.mark.parametrize("era_screen", [True, False])
def test_back_from_confirm_follows_the_table(era_screen: bool) -> None:
    assert BACK[Step.CONFIRM] == BackRule.ERA_IF_SHOWN
    d = _to_era_choice(era_screen)
    flow = d.flow
    if era_screen:
        flow.choose_calendar(Calendar.WESTERN)
    assert flow.view.step == Step.CONFIRM
    flow.back()
    assert flow.view.step == (Step.ERA_CHOICE if era_screen else Step.CONFIRM)


def test_back_from_the_pin_screen_follows_the_rule() -> None:
    for pin_tries, expected in ((3, Step.CHOOSE_METHOD), (1, Step.CONSENT)):
        d = make_driver()
        d(d.flow.card_inserted())
        status = mynumber_status(code_b=10)
        if pin_tries == 1:
            status = mynumber_status(pin=1, pin_refused=True)
        d(d.flow.card_status_result(status, token=d.last(QueryCardStatus).token))
        d(d.flow.agree())
        d(d.flow.back())
        assert d.flow.view.step == expected


def test_the_walk_check_rejects_an_undocumented_transition() -> None:
    """The random walks' check can fail: a transition missing from the tables is caught."""
    assert documented(Step.CONFIRM, Input.BACK, Step.ERA_CHOICE, None)
    assert not documented(Step.CONFIRM, Input.BACK, Step.CONSENT, None)
    assert not documented(Step.IDLE, Input.AGREE, Step.ENTER_PIN, None)
    assert documented(Step.CONFIRM, Input.NOT_CORRECT, Step.NOTICE, NoticeCode.NOT_CORRECT)
    assert not documented(Step.CONFIRM, Input.NOT_CORRECT, Step.NOTICE, NoticeCode.LOCKED)
