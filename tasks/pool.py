"""Per-document work on both cores, each document under a time budget.

OpenCC and `re` hold the GIL, so CPU-bound stages run in worker processes (forked from a clean fork server that
has the stage modules loaded). A document that runs past its budget — crafted or corrupted input that sends a
rule into a long search — has its worker killed and comes back as a `Failure("timeout", …)`; a worker that
dies comes back as `Failure("crash", …)`; the rest of the batch goes on. With `workers=0` everything runs in this
process (no budget: nothing can stop a running C regex from inside).
"""

from __future__ import annotations

import contextlib
import io
import multiprocessing as mp
import os
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from multiprocessing import context, forkserver, popen_forkserver, reduction, spawn, util
from multiprocessing.connection import Connection, wait
from typing import Any

# What the fork server imports once, so each worker starts warm.
PRELOAD = ["tasks.ingest", "tasks.normalize", "tasks.extract"]
BASE_BUDGET_S = 30.0
BUDGET_S_PER_MB = 10.0


@dataclass(frozen=True)
class Failure:
    """A document the stage could not finish; it is quarantined with this reason."""

    reason: str  # timeout | crash | error
    detail: str


def budget_for(size_chars: int, base: float = BASE_BUDGET_S) -> float:
    """Seconds one document may take in one stage: generous for real reports (milliseconds each)."""
    return base + BUDGET_S_PER_MB * size_chars / 1e6


def default_workers() -> int:
    return max(1, len(os.sched_getaffinity(0)))


def _serve(conn: Connection) -> None:
    while True:
        try:
            msg = conn.recv()
        except EOFError:
            return
        if msg is None:
            return
        index, fn, arg = msg
        try:
            conn.send((index, True, fn(arg)))
        except Exception as exc:  # a bug on one document must not stop the others
            conn.send((index, False, f"{type(exc).__name__}: {exc}"))


def warm_up() -> None:
    """Start the fork server now: it imports the stage modules while the caller does other start-up work."""
    ctx = mp.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD)
    from multiprocessing import forkserver

    forkserver.ensure_running()


class _Popen(popen_forkserver.Popen):
    """The fork server's start of a worker, without the caller's main module. A worker runs the stage functions it
    is sent, all in `tasks`; started the usual way it would first run the caller's script again (as multiprocessing
    does for forkserver and spawn) — the CLI's console script in every worker, and a user's script that calls the
    flow without `if __name__ == "__main__":` would start the flow, and an embedded API server, in every worker."""

    def _launch(self, process_obj: Any) -> None:
        prep_data = spawn.get_preparation_data(process_obj._name)
        prep_data.pop("init_main_from_path", None)
        prep_data.pop("init_main_from_name", None)
        buf = io.BytesIO()
        context.set_spawning_popen(self)
        try:
            reduction.dump(prep_data, buf)
            reduction.dump(process_obj, buf)
        finally:
            context.set_spawning_popen(None)
        self.sentinel, w = forkserver.connect_to_new_process(self._fds)
        # the parent's duplicate of the data pipe's write end, the child's sentinel of its parent (as the stdlib's)
        _parent_w = os.dup(w)
        self.finalizer = util.Finalize(self, util.close_fds, (_parent_w, self.sentinel))
        with open(w, "wb", closefd=True) as f:
            f.write(buf.getbuffer())
        self.pid = forkserver.read_signed(self.sentinel)


class _Process(mp.context.ForkServerProcess):
    @staticmethod
    def _Popen(process_obj: Any) -> _Popen:
        return _Popen(process_obj)


# _Popen._launch is the stdlib's of Python 3.11–3.13 less the main module; a later Python's own start is kept (its
# fork server changed how a child is asked for), with the script guard that multiprocessing asks for.
Process = _Process if sys.version_info < (3, 14) else mp.context.ForkServerProcess


class _Worker:
    def __init__(self, ctx: mp.context.BaseContext) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = Process(target=_serve, args=(child,), daemon=True)
        self.proc.start()
        child.close()
        self.job: tuple[int, float] | None = None  # (item index, deadline)

    def stop(self, kill: bool = False) -> None:
        if kill:
            self.proc.kill()
        else:
            try:
                self.conn.send(None)
            except OSError:
                pass
        self.proc.join(timeout=5)
        if self.proc.is_alive():
            self.proc.kill()
            self.proc.join()
        self.conn.close()


class WorkerPool:
    """A fixed number of worker processes; `map` keeps them all busy and enforces each item's budget."""

    def __init__(self, workers: int | None = None, base_budget: float = BASE_BUDGET_S) -> None:
        self.n = default_workers() if workers is None else workers
        self.base_budget = base_budget
        self._workers: list[_Worker] = []
        self._lock = threading.Lock()
        self._ctx = None
        if self.n > 0:
            self._ctx = mp.get_context("forkserver")
            self._ctx.set_forkserver_preload(PRELOAD)

    def __enter__(self) -> WorkerPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        for w in self._workers:
            w.stop()
        self._workers = []

    def map(self, fn: Callable[[Any], Any], items: Sequence[Any], sizes: Sequence[int] | None = None) -> list[Any]:
        """fn(item) for each item, in order; a Failure where it timed out, crashed or raised. Stages of different
        batches may call it from their own threads: they take turns, each keeping every worker busy."""
        if self.n == 0 or not items:
            return [_call(fn, x) for x in items]
        with self._lock:
            return self._map(fn, items, sizes)

    def _map(self, fn: Callable[[Any], Any], items: Sequence[Any], sizes: Sequence[int] | None) -> list[Any]:
        sizes = sizes or [0] * len(items)
        while len(self._workers) < min(self.n, len(items)):
            self._workers.append(_Worker(self._ctx))
        results: list[Any] = [None] * len(items)
        pending = deque(range(len(items)))
        busy: dict[Connection, _Worker] = {}
        while pending or busy:
            for w in self._workers:
                if w.job is None and pending:
                    i = pending.popleft()
                    w.conn.send((i, fn, items[i]))
                    w.job = (i, time.monotonic() + budget_for(sizes[i], self.base_budget))
                    busy[w.conn] = w
            timeout = max(0.0, min(w.job[1] for w in busy.values()) - time.monotonic())
            for conn in wait(list(busy), timeout=timeout):
                w = busy.pop(conn)
                i = w.job[0]
                try:
                    _, ok, value = conn.recv()
                    results[i] = value if ok else Failure("error", value)
                    w.job = None
                except (EOFError, OSError):
                    code = w.proc.exitcode
                    results[i] = Failure("crash", f"the worker died (exit code {code}) on this document")
                    self._replace(w)
            now = time.monotonic()
            for conn, w in list(busy.items()):
                if w.job[1] <= now:
                    i = w.job[0]
                    budget = budget_for(sizes[i], self.base_budget)
                    results[i] = Failure(
                        "timeout", f"still running after {budget:.0f} s (the per-document time budget): left out"
                    )
                    del busy[conn]
                    self._replace(w, kill=True)
        return results

    def map_chunked(
        self, fn: Callable[[list[Any]], list[Any]], items: Sequence[Any], sizes: Sequence[int], chunk: int = 16
    ) -> list[Any]:
        """fn over chunks of items (a stage that runs faster over several documents at once); a chunk that fails
        is run again one item at a time, so only the document at fault comes back as a Failure."""
        chunks = [list(range(i, min(i + chunk, len(items)))) for i in range(0, len(items), chunk)]
        out = self.map(fn, [[items[i] for i in c] for c in chunks], [sum(sizes[i] for i in c) for c in chunks])
        results: list[Any] = [None] * len(items)
        for c, res in zip(chunks, out, strict=True):
            if isinstance(res, Failure):
                if len(c) == 1:
                    results[c[0]] = res
                    continue
                res = [
                    r[0] if not isinstance(r, Failure) else r
                    for r in self.map(fn, [[items[i]] for i in c], [sizes[i] for i in c])
                ]
            for i, r in zip(c, res, strict=True):
                results[i] = r
        return results

    def _replace(self, w: _Worker, kill: bool = False) -> None:
        w.stop(kill=kill)
        self._workers[self._workers.index(w)] = _Worker(self._ctx)


def _call(fn: Callable[[Any], Any], x: Any) -> Any:
    try:
        return fn(x)
    except Exception as exc:
        return Failure("error", f"{type(exc).__name__}: {exc}")


_SHARED: WorkerPool | None = None


@contextlib.contextmanager
def shared_pool(workers: int | None = None, base_budget: float = BASE_BUDGET_S) -> Iterator[WorkerPool]:
    """The run's pool, which every stage task uses through `pool()`; closed when the run ends."""
    global _SHARED
    previous, _SHARED = _SHARED, WorkerPool(workers, base_budget)
    try:
        yield _SHARED
    finally:
        _SHARED.close()
        _SHARED = previous


def pool() -> WorkerPool:
    """The run's pool, or an in-process one outside a run."""
    return _SHARED if _SHARED is not None else WorkerPool(0)
