"""Every real report of every corpus, rendered as damaged text, read against its page with lines and its truth."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from tasks.extract import extract_document
from tasks.ingest import read_source
from tasks.normalize import normalize_texts

DATA = Path(__file__).parent / "data"
IDENTITY = ("region", "province", "report_year", "admin_level")
Key = tuple[str, str, str]  # (corpus, report, field or metric)


def corpus_raws() -> tuple[list[Path], list[str]]:
    """Every corpus report's path and raw text."""
    paths = sorted(DATA.glob("*/raw/*.txt"))
    raws = [read_source((str(p.parent), p.name))["raw_text"] for p in paths]
    assert len(raws) > 1500
    return paths, raws


def against_lined(
    paths: list[Path],
    raws: list[str],
    render: Callable[[str], str],
    lined_texts: list[tuple[str, dict]] | None = None,
) -> tuple[set[Key], set[Key], set[Key]]:
    """Each report rendered and read, against its page with lines and its truth (written by reading the page):
    the identity fields it gets wrong (neither the lined page's nor the truth's), the figures it lands that neither
    has, and the figures the lined page reads right that it loses."""
    lined_texts = lined_texts if lined_texts is not None else normalize_texts(raws)
    wrong: set[Key] = set()
    landed: set[Key] = set()
    lost: set[Key] = set()
    for p, (a, la), (b, lb) in zip(paths, lined_texts, normalize_texts([render(r) for r in raws]), strict=True):
        key = (p.parent.parent.name, p.stem)
        truth_path = p.parent.parent / "truth" / f"{p.stem}.json"
        truth = json.loads(truth_path.read_text(encoding="utf-8")) if truth_path.exists() else {}
        lined, lined_rows, _ = extract_document("x", a, la.get("crawler_header"))
        rendered, rendered_rows, _ = extract_document("x", b, lb.get("crawler_header"))
        for field in IDENTITY:
            if rendered.get(field) not in (None, lined.get(field), truth.get(field)):
                wrong.add((*key, field))
        known = {(r["metric"], r["value"]) for r in lined_rows}
        stated = {(m, float(v["value"])) for m, v in truth.get("metrics", {}).items() if v.get("value") is not None}
        read_again = {(r["metric"], r["value"]) for r in rendered_rows}
        landed |= {(*key, metric) for metric, value in read_again - known - stated if value is not None}
        lost |= {(*key, metric) for metric, _ in (known & stated) - read_again}
    return wrong, landed, lost
