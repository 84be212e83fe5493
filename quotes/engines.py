"""Ingest engines: extraction (`quotes.pipeline`) wired to a store, article by article.

The store comes from the caller (the CLI passes `db.store.ArticleStore`): this module never
imports the database package, and the core modules never import this one. Three engines give the
same result: in this process, in local worker processes (`--workers N`), and on a Ray cluster
(`--engine ray`). Each worker loads the models once, extracts a batch of articles and stores
each article in its own transaction; an article stored twice is found by its content hash, so a
batch that is run again after a crash stores nothing twice.
"""

from __future__ import annotations

import gc
import os
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, Optional

from quotes.errors import one_line
from quotes.types import Article, ArticleResult

#: (doc, status, quotes stored, problem or None); status: added, replaced, unchanged, failed
Outcome = tuple[str, str, int, Optional[str]]
#: stores one article in its own transaction: (status, quotes stored), or raises
Save = Callable[[ArticleResult], tuple[str, int]]


@dataclass(frozen=True)
class Setup:
    """What a worker needs to build its own pipeline and store. `open_store` is called once in
    the worker's process (so it must pickle: a class or a `functools.partial` of one)."""

    open_store: Callable[[], Save]
    models: str = "auto"
    models_dir: Optional[Path] = None
    threads: int = 1


def store(save: Save, result: ArticleResult) -> Outcome:
    """Save one article; a failure is this article's outcome, not the batch's."""
    doc = result.article.doc
    try:
        status, n = save(result)
    except Exception as e:  # a database error for one article must not stop the rest
        return doc, "failed", 0, f"not stored ({one_line(e)})"
    return doc, status, n, None


class Worker:
    """Models and a store, loaded once; `run` extracts and stores a batch."""

    def __init__(self, setup: Setup):
        import torch

        from quotes.nlp import choose_models, load
        from quotes.pipeline import Extractor

        torch.set_num_threads(setup.threads)  # N workers share the cores instead of each taking all
        self.extractor = Extractor(load(choose_models(setup.models, setup.models_dir)))
        self.save = setup.open_store()
        # the models live as long as the worker: frozen, Python's full collections stop walking
        # them again and again while stanza makes its objects (ingest ~15 % faster, BENCHMARKS.md)
        gc.freeze()

    def run(self, batch: list[Article]) -> list[Outcome]:
        return [store(self.save, r) for r in self.extractor.run(batch, batch_size=len(batch))]


def batches(articles: list[Article], size: int) -> list[list[Article]]:
    return [articles[i:i + size] for i in range(0, len(articles), size)]


# --- local worker processes -------------------------------------------------------------

_local: dict = {}


def _local_init(setup: Setup) -> None:
    _local["worker"] = Worker(setup)


def _local_run(batch: list[Article]) -> list[Outcome]:
    return _local["worker"].run(batch)


def local_parallel(articles: list[Article], setup: Setup, workers: int, batch_size: int) -> Iterator[Outcome]:
    """Batches over `workers` processes on this machine, each with its own models."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor, as_completed

    setup = replace(setup, threads=max(1, (os.cpu_count() or 1) // workers))
    # spawn, not fork: a forked copy of a process that has started torch threads can hang
    with ProcessPoolExecutor(workers, mp_context=mp.get_context("spawn"), initializer=_local_init,
                             initargs=(setup,)) as pool:
        for done in as_completed([pool.submit(_local_run, b) for b in batches(articles, batch_size)]):
            yield from done.result()


# --- Ray ------------------------------------------------------------------------------------

class RayUnavailable(RuntimeError):
    """Ray is not installed, or the cluster cannot be reached."""


def ray_ingest(articles: list[Article], setup: Setup, workers: int, batch_size: int,
               address: Optional[str] = None, restarts: int = 3) -> Iterator[Outcome]:
    """Batches over a pool of `workers` Ray actors, each holding models and a database connection.

    `address`: an existing cluster (`auto`, `HOST:PORT` or `ray://HOST:PORT`); None starts a
    Ray instance on this machine. A worker that dies is restarted and its batch is run again
    (up to `restarts` times); articles it had stored are then found unchanged, none twice.
    """
    try:
        import ray
        from ray.util import ActorPool
    except ImportError as e:
        raise RayUnavailable("Ray is not installed: pip install 'quotes[cluster]'") from e
    started = not ray.is_initialized()
    if started:
        try:
            ray.init(address=address, include_dashboard=False, log_to_driver=False, logging_level="ERROR",
                     configure_logging=False)
        except Exception as e:  # ConnectionError, RuntimeError, ValueError: one clear message
            raise RayUnavailable(f"cannot reach the Ray cluster at {address or 'a new local instance'} "
                                 f"({one_line(e)})") from e
    try:
        actor = ray.remote(num_cpus=1, max_restarts=restarts, max_task_retries=restarts)(Worker)
        per_worker = replace(setup, threads=1)
        pool = ActorPool([actor.remote(per_worker) for _ in range(workers)])
        for outcomes in pool.map_unordered(lambda a, b: a.run.remote(b), batches(articles, batch_size)):
            yield from outcomes
    finally:
        if started:
            ray.shutdown()


def run_engine(engine: str, articles: list[Article], setup: Setup, workers: int, batch_size: int,
               address: Optional[str] = None) -> Iterable[Outcome]:
    """The outcomes of ingesting `articles` with the chosen engine, in completion order."""
    if engine == "ray":
        return ray_ingest(articles, setup, workers, batch_size, address)
    if workers > 1:
        return local_parallel(articles, setup, workers, batch_size)
    worker = Worker(replace(setup, threads=os.cpu_count() or 1))
    return (o for b in batches(articles, batch_size) for o in worker.run(b))
