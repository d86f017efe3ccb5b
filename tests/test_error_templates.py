"""Every error a service raises carries a translatable template and its parameters
(resources/i18n/error_templates.py reads them from the source): a plain string literal, every
{parameter} given, listed in the generated catalog, translated into Chinese with the same
parameters. The UI side (the Chinese sentence shown) is tests/ui/test_error_sentences.py."""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "resources" / "i18n"))
import error_templates  # noqa: E402

from sopdesk.services.errors import ValidationError  # noqa: E402

RAISES = error_templates.scan()


def test_the_scan_finds_the_services_errors():
    assert len(RAISES) > 150
    assert any(r.path == "sopdesk/services/orders.py" for r in RAISES)


def test_every_error_message_is_a_plain_template():
    """An f-string or a variable cannot be translated: the parameters go as keywords."""
    bad = [f"{r.where} {r.cls}" for r in RAISES if r.template is None and not r.passthrough]
    assert bad == []


def test_every_placeholder_is_given():
    missing = [f"{r.where}: {sorted(error_templates.placeholders(r.template) - r.keywords)}"
               for r in RAISES
               if r.template and not r.has_star_kwargs and not error_templates.placeholders(r.template) <= r.keywords]
    assert missing == []


def test_the_catalog_lupdate_reads_is_current():
    current = error_templates.CATALOG.read_text(encoding="utf-8")
    assert current == error_templates.catalog_text(error_templates.templates(RAISES)), \
        "run python resources/i18n/update.py"


def _zh() -> dict[str, ET.Element]:
    root = ET.parse(ROOT / "resources" / "i18n" / "sopdesk_zh_CN.ts").getroot()
    for ctx in root.iter("context"):
        if ctx.findtext("name") == error_templates.CONTEXT:
            return {m.findtext("source"): m.find("translation") for m in ctx.iter("message")}
    return {}


def test_every_template_has_a_finished_chinese_translation_with_the_same_parameters():
    zh = _zh()
    problems = []
    for template in error_templates.templates(RAISES):
        tr = zh.get(template)
        if tr is None or not (tr.text or "").strip() or tr.get("type") == "unfinished":
            problems.append(f"untranslated: {template}")
        elif error_templates.placeholders(tr.text) != error_templates.placeholders_shown(template):
            problems.append(f"parameters differ: {template} -> {tr.text}")
    assert problems == []


def test_an_error_keeps_its_template_parameters_and_english_sentence():
    exc = ValidationError("line {line_no}: {shipped_qty} already shipped", field="lines[0].qty",
                          line_no=2, shipped_qty="5")
    assert exc.template == "line {line_no}: {shipped_qty} already shipped"
    assert exc.params == {"line_no": 2, "shipped_qty": "5"} and exc.field == "lines[0].qty"
    assert exc.message == "line 2: 5 already shipped" and str(exc) == "lines[0].qty: line 2: 5 already shipped"


@pytest.mark.parametrize("template", ["a {missing} parameter", "a {0} positional", "a { brace"])
def test_a_template_that_does_not_fit_its_parameters_keeps_its_words(template):
    assert ValidationError(template).message == template
