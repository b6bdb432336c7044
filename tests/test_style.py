"""The code is as ruff wants it: linted and formatted (pyproject.toml's settings), so CI checks what reviewers read."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from conftest import ROOT

RUFF = Path(sys.executable).parent / "ruff"


def test_ruff_lint_is_clean() -> None:
    out = subprocess.run([str(RUFF), "check", "--no-cache", str(ROOT)], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 0, out.stdout[-3000:]


def test_ruff_format_is_clean() -> None:
    out = subprocess.run(
        [str(RUFF), "format", "--check", "--no-cache", str(ROOT)], capture_output=True, text=True, cwd=ROOT
    )
    assert out.returncode == 0, out.stdout[-3000:]
