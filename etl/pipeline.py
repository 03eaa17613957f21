"""The build: files → documents and mentions → a new database version, in parallel over files.

Incremental by content: a file whose name and bytes (sha256) are already in the live database,
built by the same extractor version, is not read again; its rows are carried over.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from . import load
from .extract import extract_document
from .read import list_inputs, read_file
from .records import Document, Mention, Reject
from .segment import build_document


@dataclass
class BuildResult:
    database: Path | None
    documents: list[tuple[Document, list[Mention]]] = field(default_factory=list)  # processed now
    rejects: list[Reject] = field(default_factory=list)  # found now
    reused: int = 0  # documents and rejects carried over unchanged


def process_file(path: Path, root: Path | None = None) -> tuple[Document, list[Mention]] | Reject:
    """One file through every stage; any failure becomes a Reject so the build goes on."""
    raw = read_file(path, root)
    if isinstance(raw, Reject):
        return raw
    try:
        doc = build_document(raw)
        return doc, extract_document(doc)
    except Exception as e:  # a bug on one file must not sink the other files of the build
        return Reject(raw.file_name, raw.sha256, f"processing failed: {type(e).__name__}: {e}")


def _process(args: tuple[Path, Path | None]):
    return process_file(*args)


def collect(paths: list[Path]) -> list[tuple[Path, Path | None]]:
    """Input files with the folder they were found in (to keep symlinks inside it)."""
    return [(f, p if p.is_dir() else None) for p in paths for f in list_inputs([p])]


def run_files(
    files: list[tuple[Path, Path | None]], jobs: int | None = None, progress: Callable[[Iterable], Iterable] = iter
) -> list[tuple[Document, list[Mention]] | Reject]:
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(files) > 1:
        with ProcessPoolExecutor(jobs) as pool:
            chunk = max(1, len(files) // (jobs * 16))
            return list(progress(pool.map(_process, files, chunksize=chunk)))
    return [process_file(*f) for f in progress(files)]


def _sha256(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def build(
    paths: list[Path], database: Path, jobs: int | None = None, progress=iter, incremental: bool = True
) -> BuildResult:
    """Build or update `database` from the inputs; None as database when nothing could be loaded."""
    files = collect(paths)
    previous = load.previous_build(database) if incremental else None
    if previous is None:
        result = _split(run_files(files, jobs, progress), keep_ids=set())
        if result.documents:
            load.publish(database, result.documents, result.rejects)
            result.database = database
        return result

    docs_before, rejects_before = previous
    keys = {f: (f[0].name, _sha256(f[0])) for f in files}
    changed = [f for f in files if keys[f] not in docs_before and keys[f] not in rejects_before]
    present = set(keys.values())
    kept = {key: doc_id for key, doc_id in docs_before.items() if key in present}
    result = _split(run_files(changed, jobs, progress), keep_ids=set(kept.values()))
    result.reused = len(files) - len(changed)
    gone = [doc_id for key, doc_id in docs_before.items() if key not in present]
    stale_rejects = [key for key in rejects_before if key not in present]
    stale_rejects += [(f[0].name, None) for f in changed]  # a changed file's old reject goes
    if not (result.documents or result.rejects or gone or stale_rejects):
        result.database = database  # nothing changed: the live version stays
        return result
    if not kept and not result.documents:
        return result
    base = load.current_version(database)
    load.publish(database, result.documents, result.rejects, base=base, drop_doc_ids=gone, drop_rejects=stale_rejects)
    result.database = database
    return result


def _split(outcomes, keep_ids: set[str]) -> BuildResult:
    result = BuildResult(None)
    seen = set(keep_ids)
    for outcome in outcomes:
        if isinstance(outcome, Reject):
            result.rejects.append(outcome)
        elif outcome[0].doc_id in seen:
            doc = outcome[0]
            result.rejects.append(Reject(doc.file_name, doc.sha256, "duplicate of another file's content"))
        else:
            seen.add(outcome[0].doc_id)
            result.documents.append(outcome)
    return result
