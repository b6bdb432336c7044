"""An up-to-date folder without a flow run: the CLI's shortcut when the embedded Prefect API would cost more than the
run itself.

Starting the embedded API takes 6–9 s, and a run over a folder the lake already knows has nothing to read. Before
starting Prefect, the CLI takes the run's inventory (a stat of every entry against the lake's memory of it); when no
entry needs reading, no duplicate lost its holder and nothing is to be pruned, it records the run here exactly as
the flow's closing commit would — one ledger row per entry, `unchanged` or as before — under the same lake lock,
and prints the same summary. Everything else (and every run against a Prefect server, which the UI should show)
goes through the flow.
"""

from __future__ import annotations

import datetime as dt
import sys
import uuid
from pathlib import Path

from tasks import lake
from tasks.inventory import Inventory, inventory_of
from tasks.land import RunCounts, closing_change

NO_FLOW_RUN = "no flow run: nothing to read"


def nothing_to_read(inv: Inventory, prune: bool) -> bool:
    """True when a run would read no file: none new or changed, no new problem entry, no orphaned duplicate, and
    nothing to prune."""
    return (
        not inv.to_read
        and not inv.triage.orphans()
        and inv.unread.rejected.height == 0
        and not (prune and inv.triage.removed())
    )


def record_if_up_to_date(
    input_dir: Path, lake_dir: Path, prune: bool, max_bytes: int, retention: dt.timedelta = lake.RETENTION
) -> dict | None:
    """The run's summary when the folder is up to date (the run recorded in the ledger); None when there is work
    for the flow. Raises LakeBusy when another run holds the lake."""
    snap = lake.current(lake_dir)
    if snap is None:
        return None  # a new lake: the first run is the flow's
    run_id = str(uuid.uuid4())
    with lake.locked(lake_dir, run_id):
        inv = inventory_of(input_dir, lake_dir, False, max_bytes, run_id)
        if inv.recovered:
            print(f"recovered the lake from an interrupted run: {'; '.join(inv.recovered)}", file=sys.stderr)
        if not nothing_to_read(inv, prune):
            return None
        counts = RunCounts()
        if inv.needs_closing(counts):
            change = closing_change(str(lake_dir), inv.unread, inv.not_read, inv.triage, prune, run_id, counts)
            lake.commit(lake_dir, change, run_id)
        lake.vacuum(lake_dir, retention)
    from flows.report import summarize

    return {**summarize(str(lake_dir), run_id, inv, counts), "note": NO_FLOW_RUN}
