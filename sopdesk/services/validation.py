"""Small validation helpers shared by the services."""

from __future__ import annotations

from decimal import Decimal

from sopdesk.models.types import ExactDecimal, NotExact

from .errors import ValidationError


def exact(column_type: ExactDecimal, value, field: str) -> Decimal:
    """`value` as the column's exact decimal, or a ValidationError naming `field`
    (not a number, not finite, or more decimal places than the column keeps)."""
    try:
        return column_type.to_decimal(value)
    except NotExact as exc:
        raise ValidationError(exc.template, field=field, **exc.params) from None
