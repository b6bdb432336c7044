"""Score a lake against truth files (the shared score tool's rules, plus traps and unverified values).

A truth file may name traps: `"must_not_extract": {"metric": "why"}` says the document states a number that is
not that metric, so any value landed under that name is wrong (any but the stated one, where the truth also states
the metric). A value landed under a name the truth neither
states nor forbids is *unverified*: listed for review, counted neither right nor wrong.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

from tasks.lake import read_table
from tasks.vocabulary import CATALOG

IDENTITY = (
    "region",
    "province",
    "report_year",
    "admin_level",
    "format_era",
    "contact_phone",
    "contact_email",
    "contact_postcode",
)


@dataclass
class Score:
    total: int = 0
    ok: int = 0
    wrong: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    unverified: list[str] = field(default_factory=list)
    traps: int = 0  # must_not_extract entries checked

    @property
    def accuracy(self) -> float:
        return self.ok / self.total if self.total else 0.0

    @property
    def wrong_rate(self) -> float:
        extracted = self.ok + len(self.wrong)
        return len(self.wrong) / extracted if extracted else 0.0

    def line(self, label: str) -> str:
        return (
            f"{label}: accuracy {self.accuracy:.3f} ({self.ok}/{self.total}), wrong {len(self.wrong)} "
            f"({self.wrong_rate:.2%} of extracted), missing {len(self.missing)}, unverified "
            f"{len(self.unverified)}, traps {self.traps}"
        )


def _in_scope(name: str, metric_prefix: tuple[str, ...] | None, kinds: tuple[str, ...] | None) -> bool:
    if metric_prefix and not name.startswith(metric_prefix):
        return False
    return not kinds or (name in CATALOG and CATALOG[name].kind in kinds)


def score(lake: Path, truth: dict[str, dict], **options) -> Score:
    """Compare a lake's reports and metrics with the truth files (options as `score_frames`)."""
    return score_frames(read_table(lake, "reports"), read_table(lake, "metrics"), truth, **options)


def score_frames(
    reports: pl.DataFrame,
    metrics: pl.DataFrame,
    truth: dict[str, dict],
    *,
    era: str | None = None,
    fields: str = "all",
    metric_prefix: tuple[str, ...] | None = None,
    kinds: tuple[str, ...] | None = None,
    skip_derived: bool = True,
) -> Score:
    """Compare reports and metrics frames with the truth files; `kinds` keeps metrics of those catalog kinds."""
    by_stem = {Path(r["source_file"]).stem: r for r in reports.iter_rows(named=True)}
    got: dict[str, dict[str, set]] = {}
    for r in metrics.select("doc_id", "metric", "value").iter_rows(named=True):
        got.setdefault(r["doc_id"], {}).setdefault(r["metric"], set()).add(r["value"])
    s = Score()
    for stem, t in truth.items():
        if era and not str(t.get("format_era", "")).startswith(era):
            continue
        row = by_stem.get(stem)
        have_all = got.get(row["doc_id"], {}) if row else {}
        checks = []
        if fields in ("identity", "all"):
            for f in IDENTITY:
                if f in t and t[f] is not None:
                    have = row.get(f) if row else None
                    checks.append((f, t[f], have, have is not None and str(have) == str(t[f])))
        if fields in ("metrics", "all"):
            stated = t.get("metrics", {})
            traps = t.get("must_not_extract", {})
            for name, m in stated.items():
                if (skip_derived and m.get("derived")) or not _in_scope(name, metric_prefix, kinds):
                    continue
                vals = have_all.get(name, set())
                good = any(v is not None and abs(float(v) - float(m["value"])) < 1e-6 for v in vals)
                checks.append((name, m["value"], sorted(vals) if vals else None, good))
            for name, why in traps.items():
                if not _in_scope(name, metric_prefix, kinds):
                    continue
                s.traps += 1
                # A trap on a metric the truth also states forbids the other values only (fresh6 k19: the table's
                # 行政许可 0 is right, the prose's 685 items would not be).
                # A cell landed blank (value null, qualifier blank) states no number: no trap's number is taken.
                want = stated.get(name, {}).get("value")
                bad = [v for v in have_all.get(name, ()) if v is not None and (want is None or abs(v - want) > 1e-6)]
                if bad:
                    s.wrong.append(f"{stem} {name}: got {sorted(bad, key=str)}, must not extract ({why})")
            for name, vals in have_all.items():
                if name not in stated and name not in traps and _in_scope(name, metric_prefix, kinds):
                    s.unverified.append(f"{stem} {name}: {sorted(vals)}")
        for name, want, have, good in checks:
            s.total += 1
            if good:
                s.ok += 1
            elif not have:
                s.missing.append(f"{stem} {name} (want {want})")
            else:
                s.wrong.append(f"{stem} {name}: got {have} want {want}")
    return s
