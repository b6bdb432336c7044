"""Shared fixtures: an isolated Prefect API for the session and lakes built by the real flow."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "90")
os.environ.setdefault("GX_ANALYTICS_ENABLED", "false")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
SEED_TRUTH = Path(__file__).parent / "data" / "seeds" / "truth"
CORPUS_RAW = Path(__file__).parent / "data" / "corpus" / "raw"
CORPUS_TRUTH = Path(__file__).parent / "data" / "corpus" / "truth"


def load_truth(folder: Path) -> dict[str, dict]:
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(folder.glob("*.json"))}


@pytest.fixture(scope="session")
def corpus() -> tuple[list[Path], list[str], list[tuple[str, dict]]]:
    """Every corpus report's path, raw text and page with lines (normalized), read once for the rendering tests
    (tests/test_wrapped.py, test_markdown.py, test_pdf_text.py), which read each rendering against it."""
    from rendered import corpus_raws

    from tasks.normalize import normalize_texts

    paths, raws = corpus_raws()
    return paths, raws, normalize_texts(raws)


@pytest.fixture(scope="session")
def prefect_api():
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=90):
        yield


@pytest.fixture(scope="session")
def sample_lake(prefect_api, tmp_path_factory):
    from flows.gongkai import gongkai

    lake = tmp_path_factory.mktemp("lake")
    summary = gongkai(input_dir=str(SAMPLES), lake_dir=str(lake))
    return lake, summary


@pytest.fixture(scope="session")
def corpus_lake(prefect_api, tmp_path_factory):
    from flows.gongkai import gongkai

    lake = tmp_path_factory.mktemp("corpus_lake")
    summary = gongkai(input_dir=str(CORPUS_RAW), lake_dir=str(lake))
    return lake, summary


CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def browser():
    """Debian's Chromium through playwright, one per test module (its event loop ends with the module)."""
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (apt-get install -y chromium): no browser to open a page in")
    sync_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()
