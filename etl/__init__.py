"""ETL for Fujian municipal news: raw files → clean paragraphs → indicator mentions → DuckDB."""

from pathlib import Path

DATA_DIR = Path(__file__).parent / "data"
