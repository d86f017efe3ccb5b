"""The Plan tab (计划)."""
