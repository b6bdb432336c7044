"""Inventory: what the input folder holds against what the lake knows, before any file is read."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl
from prefect import get_run_logger, task
from prefect.cache_policies import NO_CACHE

from tasks import lake
from tasks.ingest import Intake, special_entries
from tasks.schemas import SOURCES
from tasks.sources import Entry, Triage, scan_folder


@dataclass
class Inventory:
    """The run's plan: files to read (new or changed by size and time), files unchanged, entries never read."""

    triage: Triage
    to_read: list[Entry]
    unchanged: list[Entry]
    unread: Intake  # quarantine and ledger rows of entries that are not files to read
    by_source: dict[str, Entry]
    recovered: list[str]
    reread: set[str] = field(default_factory=set)  # unchanged duplicates read again: their holder changed or went

    def batches(self, size: int) -> Iterator[list[Entry]]:
        for i in range(0, len(self.to_read), size):
            yield self.to_read[i : i + size]
        # Duplicates of a document whose holder changed or went: read again, one of them now lands it.
        orphans = [self.by_source[s] for s in self.triage.orphans()]
        self.reread = {e.source_file for e in orphans}
        for i in range(0, len(orphans), size):
            yield orphans[i : i + size]

    @property
    def not_read(self) -> list[Entry]:
        """Files the run did not read: unchanged by size and times, and not read again as orphans."""
        return [e for e in self.unchanged if e.source_file not in self.reread]

    def needs_closing(self, counts: object) -> bool:
        return bool(self.unread.ledger or self.unchanged or self.triage.removed() or counts.landed_docs)

    @property
    def seen(self) -> int:
        return len(self.by_source)


def plan(
    input_dir: Path, sources: pl.DataFrame, full: bool, max_bytes: int, run_id: str
) -> tuple[Triage, list[Entry], list[Entry], Intake, dict[str, Entry]]:
    entries = scan_folder(input_dir, max_bytes)
    triage = Triage.from_lake(sources, entries, full)
    special = [e for e in entries if e.problem]
    unchanged = [e for e in entries if not e.problem and triage.unchanged_by_stat(e)]
    keep = {e.source_file for e in unchanged}
    to_read = [e for e in entries if not e.problem and e.source_file not in keep]
    return triage, to_read, unchanged, special_entries(special, triage, run_id), {e.source_file: e for e in entries}


def inventory_of(input_dir: Path, lake_dir: Path, full: bool, max_bytes: int, run_id: str) -> Inventory:
    """Recover from a killed run, then compare the input folder with the lake's memory of it (the lake held)."""
    recovered = lake.recover(lake_dir)
    snap = lake.current(lake_dir)
    sources = snap.sources() if snap else pl.DataFrame(schema=SOURCES)
    return Inventory(*plan(input_dir, sources, full, max_bytes, run_id), recovered)


@task(name="inventory", cache_policy=NO_CACHE)
def take_inventory(input_dir: str, lake_dir: str, full: bool, prune: bool, max_bytes: int, run_id: str) -> Inventory:
    """The run's plan: what to read, what is unchanged, what is never read."""
    log = get_run_logger()
    inv = inventory_of(Path(input_dir), Path(lake_dir), full, max_bytes, run_id)
    if inv.recovered:
        log.warning("recovered the lake from an interrupted run: %s", "; ".join(inv.recovered))
    triage, by_source, unread = inv.triage, inv.by_source, inv.unread
    log.info(
        "inventory: %d entries; %d to read, %d unchanged, %d not read, %d gone from the folder%s",
        len(by_source),
        len(inv.to_read),
        len(inv.unchanged),
        len(unread.ledger),
        len(triage.removed()),
        " (pruned)" if prune else "",
    )
    return inv
