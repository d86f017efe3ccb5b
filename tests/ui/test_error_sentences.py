"""The UI turns an error's template and parameters into a sentence in the user's language:
every template the services can raise shows in Chinese, with no English left but the values
filled in; in English the template reads as a sentence."""

from __future__ import annotations

import sys
from pathlib import Path

from sopdesk.models import OrderStatus, Role
from sopdesk.services.errors import InvalidTransition, PermissionDenied, ValidationError
from sopdesk.ui import errors

ROOT = Path(__file__).resolve().parent.parent.parent
sys.path.insert(0, str(ROOT / "resources" / "i18n"))
import error_templates  # noqa: E402

LATIN_WORDS_ALLOWED = {"BOM", "SQLite", "postgresql",
                       # file formats and their parts, named as the user's software names them
                       "xlsb", "xlsx", "xls", "ods", "CSV", "XML", "Excel", "ss", "Index", "DIMENSIONS", "zip",
                       "content", "xml", "UTF", "GBK", "GB", "DTD", "MB", "Workbook", "sopdesk"}


def _dummy(template: str) -> dict:
    return {name: 7 for name in error_templates.placeholders(template)}


def _latin_words(text: str) -> set[str]:
    import re

    return set(re.findall(r"[A-Za-z]{2,}", text)) - LATIN_WORDS_ALLOWED


def test_every_service_error_shows_in_chinese(qapp, zh_ui):
    shown = []
    for template in error_templates.templates():
        params = _dummy(template)
        if "suggested" in params:
            import datetime as dt

            params["suggested"] = dt.date(2026, 12, 1)
        text = errors.sentence(ValidationError(template, **params))
        if _latin_words(text) or not any("\u4e00" <= ch <= "\u9fff" for ch in text):
            shown.append((template, text))
    assert shown == []


def test_status_and_role_parameters_are_words_of_the_language(qapp, zh_ui):
    exc = InvalidTransition("an order cannot go from {current} to {target}", field="status",
                            current=OrderStatus.CONFIRMED.value, target="draft")
    assert errors.sentence(exc) == "订单不能从“已确认”变为“草稿”。"
    denied = PermissionDenied("role {role} may not {permission}", role=Role.SALES.value, permission="po.edit")
    assert errors.sentence(denied).startswith("“销售”角色")


def test_in_english_a_template_reads_as_a_sentence(qapp):
    exc = ValidationError("line {line_no}: {shipped_qty} already shipped", line_no=2, shipped_qty="5")
    assert errors.sentence(exc) == "Line 2: 5 already shipped."
    assert errors.describe(ValidationError("price cannot be negative", field="unit_price")).text.endswith(
        "Price cannot be negative.")
