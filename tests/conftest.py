"""Shared fixtures: the seed database is built once per test session from data/raw."""

from __future__ import annotations

from pathlib import Path

import pytest
from servers import CHROMIUM, CHROMIUM_ARGS

from etl.pipeline import build, collect, process_file

ROOT = Path(__file__).resolve().parents[1]
RAW = ROOT / "data" / "raw"
GOLD = Path(__file__).parent / "gold"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The BuildResult of the seed documents (documents, mentions, rejects, database path)."""
    db = tmp_path_factory.mktemp("seed") / "fujian.duckdb"
    result = build([RAW], db, jobs=1)
    assert result.database == db
    return result


@pytest.fixture(scope="session")
def seed_db(seed_build) -> Path:
    """Path to a DuckDB database built from the five seed documents."""
    return seed_build.database


@pytest.fixture(scope="session")
def seed_docs():
    """{file name: (Document, mentions)} for the seeds, as every build makes them."""
    return {path.name: process_file(path, root) for path, root in collect([RAW])}


@pytest.fixture(scope="module")
def browser():
    """Debian's headless Chromium, shared by the tests of one module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()
