"""Shared paths and helpers.  Tests read only files inside the repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import settings

pytest_plugins = ["tests.http_server"]  # the local HTTP server fixture

# Property tests draw the same examples on every run, here and in CI: a run drawing new ones
# once spun for twenty minutes in Hypothesis's example generation, where the same suite had
# passed in a minute.  What a run finds, every run finds.
settings.register_profile("repeatable", derandomize=True, database=None)
settings.load_profile("repeatable")

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
GOLDEN = ROOT / "tests" / "golden"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def seed_expected() -> dict:
    return json.loads((GOLDEN / "chinanews-henan.expected.json").read_text(encoding="utf-8"))
