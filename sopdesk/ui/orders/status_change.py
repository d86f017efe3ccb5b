"""Moving an order to another status from the Orders tab, through the state machine.

Custom orders go through the review service: sending to review starts the review,
confirming asks for the date agreed with the customer, and going back to draft or
cancelling withdraws the review. Other orders use orders.change_status.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox

from sopdesk.models import OrderStatus
from sopdesk.services import orders
from sopdesk.services.errors import ConflictError
from sopdesk.services.order_queries import OrderLineRow
from sopdesk.ui import labels
from sopdesk.ui.changes import Changes

CTX = "StatusChange"
translate = QCoreApplication.translate


def ask(parent, question: str) -> bool:
    """Yes/No question (tests monkeypatch this)."""
    answer = QMessageBox.question(parent, translate("StatusChange", "Change status"), question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def change_order_status(tab, ctx, row: OrderLineRow, target: OrderStatus) -> None:
    from sopdesk.services import review

    if row.is_custom and row.status == OrderStatus.IN_REVIEW and target == OrderStatus.CONFIRMED:
        from sopdesk.ui.review.confirm_dialog import confirm_order

        confirm_order(tab, ctx, row.order_id)
        return
    question = translate("StatusChange", "Change order {number} from {current} to {target}?").format(
        number=row.number, current=labels.status(row.status), target=labels.status(target))
    if row.is_custom and target == OrderStatus.IN_REVIEW:
        question += "\n\n" + translate("StatusChange", "Production and supply chain are asked to answer the review.")
    if not ask(tab, question):
        return
    order_id, version = row.order_id, row.version
    if row.is_custom and target == OrderStatus.IN_REVIEW:
        def work(s, a):
            return review.start_review(s, a, order_id, version)
    elif row.is_custom and row.status == OrderStatus.IN_REVIEW:
        def work(s, a):
            return review.withdraw(s, a, order_id, version, target)
    else:
        def work(s, a):
            return orders.change_status(s, a, order_id, version, target)

    def failed(exc):
        if isinstance(exc, ConflictError):
            tab.handle_conflict(exc)
        else:
            ctx.show_error(tab, exc)

    changes = Changes(orders=True, reviews=row.is_custom, inbox=row.is_custom)
    ctx.mutate(work, changes, parent=tab, initiator=tab, on_error=failed)
