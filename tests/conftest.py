"""Shared paths and helpers.  Tests read only files inside the repository."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest_plugins = ["tests.http_server"]  # the local HTTP server fixture

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "fixtures"
GOLDEN = ROOT / "tests" / "golden"


def fixture_bytes(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.fixture
def seed_expected() -> dict:
    return json.loads((GOLDEN / "chinanews-henan.expected.json").read_text(encoding="utf-8"))
