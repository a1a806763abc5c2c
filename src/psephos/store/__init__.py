"""The store: one DuckDB file holding the canonical tables."""
