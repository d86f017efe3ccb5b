"""Use cases and permission checks (no Qt). Importing the package registers the session
hooks that keep stock_month_value in step with item costs (services/stock_value.py)."""

from . import stock_value  # noqa: F401
