"""The build: files → documents and mentions → a new database version, in parallel over files.

Files are cut into batches of a few megabytes. Each batch goes through every stage in a worker
process, which writes its rows as Parquet into a staging folder and hands back only a summary
(which files became which documents, and the rejects). The database is then filled from the
staged Parquet by DuckDB, so memory stays bounded by a batch per worker, whatever the corpus.

Incremental by content: a file whose name and bytes (sha256) are already in the live database,
built by the same extractor version, is not read again; its rows are carried over.
"""

from __future__ import annotations

import hashlib
import multiprocessing as mp
import os
import shutil
import sys
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import load, rows
from .extract import extract_document, warm_up
from .read import list_inputs, read_file
from .records import Document, Mention, Reject
from .segment import NothingLeft, build_document

BATCH_BYTES = 8_000_000
BATCHES_PER_JOB = 4  # enough batches for every worker to stay busy until the end
BYTES_PER_WORKER = 750_000  # a worker's start (its dictionaries) costs what extracting 0.7 MB does


@dataclass
class BuildResult:
    database: Path | None
    processed: int = 0  # files read now (documents and rejects)
    rejects: list[Reject] = field(default_factory=list)  # found now
    reused: int = 0  # documents and rejects carried over unchanged


@dataclass
class BatchSummary:
    """What a worker hands back: which file became which document, and the rejects."""

    documents: list[tuple[str, str, str]]  # (file name, sha256, doc_id), in file order
    rejects: list[Reject]


def no_progress(summaries: Iterator[BatchSummary], files: int) -> Iterator[BatchSummary]:
    return summaries


def process_file(path: Path, root: Path | None = None) -> tuple[Document, list[Mention]] | Reject:
    """One file through every stage; any failure becomes a Reject so the build goes on."""
    raw = read_file(path, root)
    if isinstance(raw, Reject):
        return raw
    try:
        doc = build_document(raw)
        return doc, extract_document(doc)
    except NothingLeft as e:
        return Reject(raw.file_name, raw.sha256, str(e))
    except Exception as e:  # a bug on one file must not sink the other files of the build
        return Reject(raw.file_name, raw.sha256, f"processing failed: {type(e).__name__}: {e}")


def process_batch(
    files: list[tuple[Path, Path | None]], staging: Path, part: str, write: Callable = rows.write_batch
) -> BatchSummary:
    """Files → rows staged as Parquet under `staging` (part name `part`) by `write` → a summary."""
    outcomes = [process_file(*f) for f in files]
    documents = [o for o in outcomes if not isinstance(o, Reject)]
    write(documents, staging, part)
    return BatchSummary(
        [(doc.file_name, doc.sha256, doc.doc_id) for doc, _ in documents],
        [o for o in outcomes if isinstance(o, Reject)],
    )


def _process_batch(args) -> BatchSummary:
    return process_batch(*args)


def collect(paths: list[Path]) -> list[tuple[Path, Path | None]]:
    """Input files with the folder they were found in (to keep symlinks inside it)."""
    return [(f, p if p.is_dir() else None) for p in paths for f in list_inputs([p])]


def batches(
    files: list[tuple[Path, Path | None]], jobs: int, sizes: list[int] | None = None
) -> list[list[tuple[Path, Path | None]]]:
    """Consecutive files in batches of at most BATCH_BYTES (or one bigger file), smaller when
    needed to give every job several batches. `sizes`: the files' sizes, when already known."""
    sizes = sizes if sizes is not None else [_size(f[0]) for f in files]
    target = max(1, min(BATCH_BYTES, sum(sizes) // (jobs * BATCHES_PER_JOB) if jobs > 1 else BATCH_BYTES))
    out, current, filled = [], [], 0
    for f, size in zip(files, sizes):
        if current and filled + size > target:
            out.append(current)
            current, filled = [], 0
        current.append(f)
        filled += size
    return out + ([current] if current else [])


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0  # unreadable: the worker reports why


def run_batches(
    files: list[tuple[Path, Path | None]],
    staging: Path,
    jobs: int | None = None,
    progress: Callable = no_progress,
) -> Iterator[BatchSummary]:
    """Every file through the stages, staged under `staging`; summaries in batch order, passed
    through `progress(summaries, number of files)`."""
    sizes = [_size(f[0]) for f in files]
    jobs = min(jobs or os.cpu_count() or 1, max(1, sum(sizes) // BYTES_PER_WORKER))
    work = [(batch, staging, f"{i:06d}") for i, batch in enumerate(batches(files, jobs, sizes))]
    if jobs > 1 and len(work) > 1:
        with _workers(min(jobs, len(work))) as pool:
            yield from progress(pool.map(_process_batch, work), len(files))
    else:
        yield from progress((process_batch(*w) for w in work), len(files))


def _workers(jobs: int) -> ProcessPoolExecutor:
    """Forked on Linux, whatever start method this process was given (a process started by
    `spawn` passes it on): a forked worker has this process's modules loaded, a spawned one takes
    0.4 s to import them again."""
    context = mp.get_context("fork" if sys.platform == "linux" else None)
    return ProcessPoolExecutor(jobs, mp_context=context, initializer=warm_up)


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def build(
    paths: list[Path],
    database: Path,
    jobs: int | None = None,
    progress: Callable[[Iterator[BatchSummary], int], Iterable[BatchSummary]] = no_progress,
    incremental: bool = True,
) -> BuildResult:
    """Build or update `database` from the inputs; None as database when nothing could be loaded."""
    files = collect(paths)
    # the version read here is the one copied below, even if another build publishes meanwhile
    base = load.current_version(database) if incremental else None
    previous = load.previous_build(base)
    docs_before, rejects_before = previous or ({}, set())
    keys = {f: (f[0].name, _sha256(f[0])) if previous else None for f in files}
    changed = [f for f in files if keys[f] not in docs_before and keys[f] not in rejects_before]
    present = set(keys.values())
    kept = {doc_id for key, doc_id in docs_before.items() if key in present}
    gone = [doc_id for key, doc_id in docs_before.items() if key not in present]
    stale_rejects = [key for key in rejects_before if key not in present]
    stale_rejects += [(f[0].name, None) for f in changed if previous]  # a changed file's old reject goes
    result = BuildResult(None, processed=len(changed), reused=len(files) - len(changed))
    if previous and not (changed or gone or stale_rejects):
        result.database = database  # nothing changed: the live version stays
        return result

    _remove_abandoned_staging(database)
    staging = database.with_name(f".{database.name}.staging-{os.getpid()}")
    shutil.rmtree(staging, ignore_errors=True)  # a killed build's, whose process id came back
    draft = load.Draft(database, base if previous else None)  # copying now
    try:
        staging.mkdir(parents=True)
        summaries = list(run_batches(changed, staging, jobs, progress))
        new_docs, duplicates = new_documents(summaries, kept)
        result.rejects = [r for s in summaries for r in s.rejects] + duplicates
        if not (kept or new_docs):
            draft.discard()
            return result
        load.publish(
            draft,
            staging,
            result.rejects,
            skip_files=[r.file_name for r in duplicates],
            drop_doc_ids=gone,
            drop_rejects=stale_rejects,
        )
        result.database = database
        return result
    except BaseException:
        draft.discard()
        raise
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def _remove_abandoned_staging(database: Path) -> None:
    """Staging folders left by builds that were killed: their process is gone."""
    for folder in database.parent.glob(f".{database.name}.staging-*"):
        pid = folder.name.rsplit("-", 1)[-1]
        if pid.isdigit() and not _alive(int(pid)):
            shutil.rmtree(folder, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's process
    return True


def new_documents(summaries: list[BatchSummary], kept: set[str]) -> tuple[set[str], list[Reject]]:
    """Documents new to the database, and files whose content another file already brought."""
    seen, duplicates = set(kept), []
    for summary in summaries:
        for file_name, sha256, doc_id in summary.documents:
            if doc_id in seen:
                duplicates.append(Reject(file_name, sha256, "duplicate of another file's content"))
            seen.add(doc_id)
    return seen - kept, duplicates
