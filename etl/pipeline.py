"""The build: files → documents and mentions → DuckDB, in parallel over files."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

from .extract import extract_document
from .load import write_database
from .read import list_inputs, read_file
from .records import Document, Mention, Reject
from .segment import build_document


@dataclass
class BuildResult:
    database: Path | None
    documents: list[tuple[Document, list[Mention]]] = field(default_factory=list)
    rejects: list[Reject] = field(default_factory=list)

    @property
    def mentions_by_topic(self) -> Counter[str]:
        return Counter(m.topic for _, ms in self.documents for m in ms)


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


def run_files(
    paths: list[Path], jobs: int | None = None, progress: Callable[[Iterable], Iterable] = iter
) -> BuildResult:
    files = [(f, p if p.is_dir() else None) for p in paths for f in list_inputs([p])]
    jobs = jobs or os.cpu_count() or 1
    result = BuildResult(None)
    if jobs > 1 and len(files) > 1:
        with ProcessPoolExecutor(jobs) as pool:
            outcomes = list(progress(pool.map(_process, files, chunksize=max(1, len(files) // (jobs * 8)))))
    else:
        outcomes = [process_file(*f) for f in progress(files)]
    seen: set[str] = set()
    for outcome in outcomes:
        if isinstance(outcome, Reject):
            result.rejects.append(outcome)
        elif outcome[0].doc_id in seen:
            result.rejects.append(
                Reject(outcome[0].file_name, outcome[0].sha256, "duplicate of another file's content")
            )
        else:
            seen.add(outcome[0].doc_id)
            result.documents.append(outcome)
    return result


def build(paths: list[Path], database: Path, jobs: int | None = None, progress=iter) -> BuildResult:
    result = run_files(paths, jobs, progress)
    if result.documents:
        result.database = write_database(database, result.documents, result.rejects)
    return result
