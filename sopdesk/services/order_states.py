"""The sales order state machine: which status may follow which, and on what condition.

draft → in_review → confirmed → in_production, then the shipments decide: partially
shipped, shipped (services/shipping.sync_order_status — nobody sets them by hand); shipped →
closed; cancelled from any status before shipping. A custom order (定制) must pass the review before it is confirmed; a standard
order may be confirmed straight from draft. Confirming needs a promised date.
"""

from __future__ import annotations

from sopdesk.models import OrderStatus as S

from .errors import InvalidTransition

TRANSITIONS: dict[S, frozenset[S]] = {
    S.DRAFT: frozenset({S.IN_REVIEW, S.CONFIRMED, S.CANCELLED}),
    S.IN_REVIEW: frozenset({S.DRAFT, S.CONFIRMED, S.CANCELLED}),
    S.CONFIRMED: frozenset({S.IN_PRODUCTION, S.CANCELLED}),
    S.IN_PRODUCTION: frozenset({S.CANCELLED}),
    S.PARTIALLY_SHIPPED: frozenset(),  # ship the rest, or close it short (shipping.close_line_short)
    S.SHIPPED: frozenset({S.CLOSED}),
    S.CLOSED: frozenset(),
    S.CANCELLED: frozenset(),
}
TERMINAL = frozenset({S.CLOSED, S.CANCELLED})
# Reached only through shipment documents.
BY_DOCUMENTS = frozenset({S.PARTIALLY_SHIPPED, S.SHIPPED})
# What shipments, short closes and their reversals move an order through
# (services/shipping.sync_order_status); never offered as a hand-set status.
DOCUMENT_TRANSITIONS: dict[S, frozenset[S]] = {
    S.CONFIRMED: frozenset({S.PARTIALLY_SHIPPED, S.SHIPPED, S.CLOSED}),
    S.IN_PRODUCTION: frozenset({S.PARTIALLY_SHIPPED, S.SHIPPED, S.CLOSED}),
    S.PARTIALLY_SHIPPED: frozenset({S.SHIPPED, S.CONFIRMED, S.IN_PRODUCTION}),
    S.SHIPPED: frozenset({S.PARTIALLY_SHIPPED, S.CONFIRMED, S.IN_PRODUCTION}),
}
EDITABLE = frozenset({S.DRAFT, S.IN_REVIEW, S.CONFIRMED})  # lines and quantities may change


def allowed_next(status: S, *, is_custom: bool) -> frozenset[S]:
    nxt = TRANSITIONS[status]
    if is_custom and status == S.DRAFT:
        nxt = nxt - {S.CONFIRMED}
    if not is_custom:
        # check_transition refuses the review for a standard order; offering it here meant
        # a screen showed a move that could only fail
        nxt = nxt - {S.IN_REVIEW}
    return nxt


def check_transition(
    current: S, target: S, *, is_custom: bool, has_promised_date: bool,
    reviews_complete: bool = True,
) -> None:
    """Raise InvalidTransition with the reason when current → target is not allowed."""
    if target not in TRANSITIONS[current]:
        raise InvalidTransition(
            "an order cannot go from {current} to {target}",
            field="status", current=current.value, target=target.value,
        )
    if target == S.CONFIRMED:
        if is_custom and current == S.DRAFT:
            raise InvalidTransition(
                "a custom order must be reviewed by production and supply before it is confirmed",
                field="status", current=current.value, target=target.value,
            )
        if is_custom and not reviews_complete:
            raise InvalidTransition(
                "production and supply have not both answered the review yet",
                field="status", current=current.value, target=target.value,
            )
        if not has_promised_date:
            raise InvalidTransition(
                "confirming an order needs a promised delivery date",
                field="promised_date", current=current.value, target=target.value,
            )
    if target == S.IN_REVIEW and not is_custom:
        raise InvalidTransition(
            "only custom orders go through the order review",
            field="status", current=current.value, target=target.value,
        )
