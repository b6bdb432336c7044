"""The gongkai flow: ingest → normalize → extract → validate → land, one task run per stage per batch."""

from __future__ import annotations

import contextlib
import ctypes
import ctypes.util
import datetime as dt
import gc
import threading
from collections import deque
from collections.abc import Iterator
from pathlib import Path

from prefect import flow, get_run_logger
from prefect.context import FlowRunContext
from prefect.runtime import flow_run
from prefect.task_runners import ThreadPoolTaskRunner
from prefect.utilities.annotations import opaque, quote

from flows import BATCH_SIZE
from flows.progress import reporter
from flows.report import publish
from tasks import lake
from tasks.extract import extract
from tasks.ingest import ingest, sort_out
from tasks.inventory import take_inventory
from tasks.land import RunCounts, batch_change, closing_change, land
from tasks.normalize import normalize
from tasks.pool import BASE_BUDGET_S, shared_pool, warm_up
from tasks.validate import import_gx, validate

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "data" / "samples"
DEFAULT_LAKE = ROOT / "data" / "lake"
IN_FLIGHT = 2  # batches between reading and landing: the next is read and normalized while one is validated


def run_name() -> str:
    params = flow_run.parameters
    return f"{Path(params.get('input_dir', '?')).name} {dt.date.today().isoformat()}"


@flow(name="gongkai", flow_run_name=run_name, log_prints=False)
def gongkai(
    input_dir: str = str(SAMPLES),
    lake_dir: str = str(DEFAULT_LAKE),
    batch_size: int = BATCH_SIZE,
    full: bool = False,
    prune: bool = False,
    workers: int | None = None,
    doc_timeout: float = BASE_BUDGET_S,
    retention_hours: float = 1.0,
    max_file_mb: float = 64,
) -> dict:
    """Bring the lake up to date with a folder of annual reports: only new and changed files are processed."""
    with _collected_each_batch():
        return _run(input_dir, lake_dir, batch_size, full, prune, workers, doc_timeout, retention_hours, max_file_mb)


@contextlib.contextmanager
def _collected_each_batch() -> Iterator[None]:
    """A batch's frames outlive it in reference cycles (Prefect's states and futures) until Python's rare full
    collection: a 30,000-report run grew its main process from 0.7 to 1.4 GB. Each landed batch now collects them;
    the objects alive at the start (modules, the API client) are frozen out of those collections, which then take
    milliseconds instead of 0.4 s."""
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


def _run(
    input_dir: str,
    lake_dir: str,
    batch_size: int,
    full: bool,
    prune: bool,
    workers: int | None,
    doc_timeout: float,
    retention_hours: float,
    max_file_mb: float,
) -> dict:
    run_id = str(flow_run.get_id() or "local")
    lake.check_writable(Path(lake_dir))
    if workers != 0:
        warm_up()
    threading.Thread(target=import_gx, daemon=True).start()
    counts = RunCounts()
    whole, resolved = _unwalked()
    with lake.locked(Path(lake_dir), run_id), shared_pool(workers, doc_timeout), reporter() as progress:
        inv = take_inventory(input_dir, lake_dir, full, prune, int(max_file_mb * 1e6), run_id)
        progress.start(len(inv.to_read))
        in_flight: deque = deque()
        for entries in inv.batches(batch_size):
            intake = sort_out(entries, ingest.submit(input_dir, whole(entries)).result(), inv.triage, run_id)
            normalized = normalize.submit(intake.raw, run_id)
            extracted = extract.submit(resolved(normalized), run_id)
            checked = validate.submit(resolved(extracted), resolved(normalized), run_id)
            in_flight.append((len(entries), intake, normalized, extracted, checked))
            if len(in_flight) >= IN_FLIGHT:
                land_batch(lake_dir, in_flight.popleft(), run_id, counts, progress)
        while in_flight:
            land_batch(lake_dir, in_flight.popleft(), run_id, counts, progress)
        if inv.needs_closing(counts):
            change = closing_change(lake_dir, inv.unread, inv.not_read, inv.triage, prune, run_id, counts)
            land(lake_dir, quote(change), run_id)
        lake.vacuum(Path(lake_dir), dt.timedelta(hours=retention_hours))
    summary = publish(lake_dir, run_id, inv, counts)
    get_run_logger().info("run summary: %s", summary)
    return summary


def _as_is(x: object) -> object:
    return x


def _unwalked() -> tuple:
    """How to pass a batch's arguments to its tasks. Prefect walks a task's arguments for futures, element by element
    (0.9 s a batch for its thousands of entries, ids and rows): on this machine's runner the entries are passed
    whole (quote) and the stages' results resolved without a walk inside them (opaque). A Dask cluster is sent the
    arguments as they are: the annotations do not cross to its workers."""
    ctx = FlowRunContext.get()
    if ctx is not None and isinstance(ctx.task_runner, ThreadPoolTaskRunner):
        return quote, opaque
    return _as_is, _as_is


def land_batch(lake_dir: str, batch: tuple, run_id: str, counts: RunCounts, progress) -> None:
    """Commit one batch once its stages are done, in the order the batches were read."""
    n_files, intake, normalized, extracted, checked = batch
    change = batch_change(intake, normalized.result(), extracted.result(), checked.result(), run_id, counts)
    land(lake_dir, quote(change), run_id)  # its sets of thousands of ids are not walked for futures
    del batch, intake, normalized, extracted, checked, change
    gc.collect()  # the batch's frames held in reference cycles (see _collected_each_batch)
    _trim_heap()
    progress.advance(n_files)


def _trim_heap() -> None:
    """Hand the C heap's free pages back to the system once a batch has landed: glibc keeps them (about 100 MB a
    batch here), and a long run would carry them as peak memory. A no-op where the C library has no malloc_trim."""
    name = ctypes.util.find_library("c")
    trim = getattr(ctypes.CDLL(name), "malloc_trim", None) if name else None
    if trim is not None:
        trim(0)
