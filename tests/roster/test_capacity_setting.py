"""The shelter's capacity (収容人数) is a typed, bounded setting that survives a save."""

from __future__ import annotations

from pathlib import Path

import pytest

from kiosk import settings as settings_module
from kiosk.settings import Settings


def test_capacity_defaults_to_not_set_and_round_trips(tmp_path: Path) -> None:
    assert Settings().shelter.capacity == 0
    settings = Settings()
    settings.shelter.capacity = 300
    path = tmp_path / "settings.toml"
    settings_module.save(settings, path)
    assert settings_module.load(path).shelter.capacity == 300


@pytest.mark.parametrize("value", [-1, 100_001])
def test_an_out_of_range_capacity_is_a_typed_problem(value: int) -> None:
    settings = Settings()
    settings.shelter.capacity = value
    problems = settings.problems()
    assert [(p.code, p.key) for p in problems] == [("out_of_range", "shelter.capacity")]
    assert settings.with_invalid_values_reset().shelter.capacity == 0


def test_a_capacity_of_the_wrong_type_goes_back_to_its_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.toml"
    path.write_text('[shelter]\ncapacity = "many"\n', encoding="utf-8")
    loaded, report = settings_module.load_with_report(path)
    assert loaded.shelter.capacity == 0
    assert any(p.key == "shelter.capacity" for p in report.problems)
