"""Mentions out of DuckDB as JSON Lines in the spec's format (what the scorer reads)."""

from __future__ import annotations

import json
from pathlib import Path

import duckdb

_QUERY = """
SELECT d.file_name AS doc, m.quote, m.value, m.value_high, m.unit, m.indicator, m.kind,
       m.qualifier, m.city, m.place, m.topic, m.period, m.paragraph_id, m.start, m."end",
       m.mention_id, m.confidence, m.doubt,
       substr(p.text, greatest(m.start - 11, 1), least(m.start, 12)) AS context
FROM mentions m JOIN documents d USING (doc_id) JOIN paragraphs p USING (paragraph_id)
ORDER BY d.file_name, p.seq, m.start
"""


def export_mentions(database: Path, out: Path) -> int:
    con = duckdb.connect(str(database), read_only=True)
    try:
        cursor = con.execute(_QUERY)
        columns = [c[0] for c in cursor.description]
        rows = cursor.fetchall()
    finally:
        con.close()
    with open(out, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(dict(zip(columns, row)), ensure_ascii=False) + "\n")
    return len(rows)
