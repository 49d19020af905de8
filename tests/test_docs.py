"""The README documents every command and option the CLI has (and the other way round)."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from newsparse.cli import app
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", ["extract", "batch", "explain"])
def test_every_option_is_documented(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"], env={"COLUMNS": "200", "NO_COLOR": "1"})
    assert result.exit_code == 0
    options = set(re.findall(r"(--[a-z][a-z-]+)", result.output)) - {"--help"}
    assert options
    undocumented = sorted(option for option in options if option not in README)
    assert not undocumented, f"README does not mention {undocumented} of {command}"
    assert f"newsparse {command}" in README


def test_exit_codes_in_readme_match_the_enum() -> None:
    from newsparse.errors import ExitCode

    for code in ExitCode:
        assert re.search(rf"\| {int(code)} \|", README), f"exit code {int(code)} is not in the README table"
