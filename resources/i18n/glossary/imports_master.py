"""Simplified Chinese for the imports of locations, work centers, maintenance windows, the
working calendar and work orders (the import wizard's summary; the cell messages of every
import are in glossary/import_cells.py)."""

ZH = {
    "SummaryPage|Created along with it ({0}): {1} — {2}": "同时新建（{0}）：{1} — {2}",
}
