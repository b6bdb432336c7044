"""`gongkai query`: DuckDB SQL over the lake's tables by name."""

from __future__ import annotations

from pathlib import Path

import duckdb
import polars as pl

from flows.views import ViewError
from flows.views.tables import TABLES, load, require_lake, tables_in


def run_query(lake: Path, sql: str) -> pl.DataFrame:
    """Run one SQL statement over the lake; each table it names is registered from its current snapshot."""
    require_lake(lake)
    con = duckdb.connect()
    missing = []
    for name in tables_in(sql):
        df = load(lake, name)
        if df is None:
            missing.append(name)
        else:
            con.register(name, df.to_arrow())
    try:
        relation = con.sql(sql)
        return relation.pl() if relation is not None else pl.DataFrame()
    except duckdb.Error as exc:
        first_line = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        hint = f"not in this lake: {', '.join(missing)}" if missing else f"the lake's tables: {', '.join(TABLES)}"
        raise ViewError(f"the query failed ({first_line}); {hint}") from exc
    finally:
        con.close()
