"""Score a lake against truth files (the same rules as the shared score tool)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from tasks.lake import read_table

IDENTITY = ("region", "province", "report_year", "admin_level", "format_era", "contact_phone", "contact_email",
            "contact_postcode")


@dataclass
class Score:
    total: int = 0
    ok: int = 0
    wrong: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.ok / self.total if self.total else 0.0

    @property
    def wrong_rate(self) -> float:
        extracted = self.ok + len(self.wrong)
        return len(self.wrong) / extracted if extracted else 0.0

    def line(self, label: str) -> str:
        return (f"{label}: accuracy {self.accuracy:.3f} ({self.ok}/{self.total}), wrong {len(self.wrong)} "
                f"({self.wrong_rate:.2%} of extracted), missing {len(self.missing)}")


def score(lake: Path, truth: dict[str, dict], *, era: str | None = None, fields: str = "all",
          metric_prefix: tuple[str, ...] | None = None, skip_derived: bool = True) -> Score:
    reports, metrics = read_table(lake, "reports"), read_table(lake, "metrics")
    by_stem = {Path(r["source_file"]).stem: r for r in reports.iter_rows(named=True)}
    got: dict[str, dict[str, set]] = {}
    for r in metrics.select("doc_id", "metric", "value").iter_rows(named=True):
        got.setdefault(r["doc_id"], {}).setdefault(r["metric"], set()).add(r["value"])
    s = Score()
    for stem, t in truth.items():
        if era and not str(t.get("format_era", "")).startswith(era):
            continue
        row = by_stem.get(stem)
        checks = []
        if fields in ("identity", "all"):
            for f in IDENTITY:
                if f in t and t[f] is not None:
                    have = row.get(f) if row else None
                    checks.append((f, t[f], have, have is not None and str(have) == str(t[f])))
        if fields in ("metrics", "all"):
            for name, m in t.get("metrics", {}).items():
                if skip_derived and m.get("derived"):
                    continue
                if metric_prefix and not name.startswith(metric_prefix):
                    continue
                vals = got.get(row["doc_id"], {}).get(name, set()) if row else set()
                good = any(v is not None and abs(float(v) - float(m["value"])) < 1e-6 for v in vals)
                checks.append((name, m["value"], sorted(vals) if vals else None, good))
        for name, want, have, good in checks:
            s.total += 1
            if good:
                s.ok += 1
            elif not have:
                s.missing.append(f"{stem} {name} (want {want})")
            else:
                s.wrong.append(f"{stem} {name}: got {have} want {want}")
    return s
