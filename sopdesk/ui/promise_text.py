"""Capable-to-promise answers in words, for the order dialog and the order review: the same
templates as services.planning_promise.WHY (tests/ui/test_promise.py keeps the two equal),
translated here."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication

from sopdesk.services.errors import render


def why_templates() -> dict[str, str]:
    return {
        "stock": QCoreApplication.translate("Promise", "{available} of {item} available from stock in week {week}"),
        "material": QCoreApplication.translate(
            "Promise", "{item} cannot arrive before week {until} ({lead} week(s) lead time): {qty} short in week {week}"),
        "capacity": QCoreApplication.translate(
            "Promise", "{work_center}, week {week}: load {load} + {qty} would exceed capacity {capacity}"),
        "made_in_time": QCoreApplication.translate("Promise", "{item} can be made or bought in time"),
        "none": QCoreApplication.translate("Promise", "no week of the {weeks}-week horizon can take {qty}"),
    }


def binding_label(binding: str) -> str:
    return {"stock": QCoreApplication.translate("Promise", "stock"), "material": QCoreApplication.translate("Promise", "material"),
            "capacity": QCoreApplication.translate("Promise", "capacity")}.get(binding, binding)


def _figure(text: str) -> str:
    """A load or capacity in the center's unit, for reading: thousands grouped, at most one
    decimal (the exact figure is in `sopdesk plan promise --json`)."""
    try:
        value = Decimal(text)
    except (InvalidOperation, TypeError):
        return str(text)
    rounded = value.quantize(Decimal("0.1"))
    return f"{rounded:,.0f}" if rounded == rounded.to_integral_value() else f"{rounded:,.1f}"


def why_sentence(why) -> str:
    params = dict(why.params)
    if why.kind == "capacity":
        params.update({k: _figure(params[k]) for k in ("load", "qty", "capacity")})
    text = render(why_templates()[why.kind], params)
    windows = why.params.get("maintenance") or []
    if windows:
        parts = [QCoreApplication.translate("Promise", "maintenance {first}..{last} at {percent} %").format(
            first=m["first"][5:], last=m["last"][5:], percent=m["percent"]) for m in windows]
        text += QCoreApplication.translate("Promise", " ({0})").format(QCoreApplication.translate("Promise", ", ").join(parts))
    return text


def answer_text(answer) -> str:
    """"Earliest 2027-01-25 (bound by material): B cannot arrive before …"."""
    why = QCoreApplication.translate("Promise", "; ").join(why_sentence(w) for w in answer.why)
    if answer.earliest is None:
        return QCoreApplication.translate("Promise", "Not within the horizon: {0}").format(why)
    return QCoreApplication.translate("Promise", "Earliest {0} (bound by {1}): {2}").format(answer.earliest.isoformat(),
                                                                     binding_label(answer.binding), why)
