"""Lake commits for the crash and concurrency tests: small batches of rows in every table's exact schema."""

from __future__ import annotations

import sys
from pathlib import Path

import polars as pl

from tasks import lake
from tasks.schemas import SOURCES, TABLES


def rows(table: str, docs: list[str], year: int) -> pl.DataFrame:
    """Rows of `table` for the documents, one per document (three per document in metrics)."""
    schema = TABLES[table].schema
    per_doc = 3 if table == "metrics" else 1
    data = []
    for d in docs:
        for k in range(per_doc):
            row = {c: None for c in schema}
            row.update(doc_id=d, report_year=year)
            if "source_file" in schema:
                row["source_file"] = f"{d}.txt"
            if table == "metrics":
                row.update(metric=f"m{k}", value=float(k), evidence="x", evidence_start=0, evidence_end=1)
            if table == "documents":
                row.update(text=f"text of {d} " * 50)
            data.append(row)
    return pl.DataFrame(data, schema=schema)


def change(add_docs: list[str], year: int, remove: list[str] = ()) -> lake.Change:
    sources = pl.DataFrame(
        [
            {
                "source_file": f"{d}.txt",
                "size": 1,
                "mtime_ns": 1,
                "ctime_ns": 1,
                "doc_id": d,
                "state": "landed",
                "reason": None,
                "run_id": "r",
            }
            for d in add_docs
        ],
        schema=SOURCES,
    )
    return lake.Change(
        add={t: rows(t, add_docs, year) for t in ("documents", "reports", "metrics")},
        remove_docs=set(remove),
        remove_sources={f"{d}.txt" for d in remove},
        sources=sources,
        forget={f"{d}.txt" for d in remove},
    )


# The commits of a "run": batch after batch, the third replacing a document of the first.
STEPS = [
    lambda: change(["a1", "a2", "a3"], 2019),
    lambda: change(["b1", "b2"], 2020),
    lambda: change(["a2x"], 2019, remove=["a2"]),
]


def state(lake_dir: Path) -> dict[str, list]:
    """Every table's rows, sorted: what two lakes must share to be equal."""
    out = {}
    for t in ("documents", "reports", "metrics"):
        df = lake.read_table(lake_dir, t)
        out[t] = sorted(df.drop("run_id", strict=False).rows()) if df is not None else []
    snap = lake.current(lake_dir)
    out["sources"] = sorted(snap.sources().rows()) if snap else []
    return out


if __name__ == "__main__":  # python lake_cases.py LAKE FIRST_STEP: commit the steps from FIRST_STEP on
    target, first = Path(sys.argv[1]), int(sys.argv[2])
    lake.recover(target)
    for step in STEPS[first:]:
        lake.commit(target, step(), "run")
