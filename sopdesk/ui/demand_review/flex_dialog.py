"""A product's own flex band (弹性区间) from the meeting page: how far above the consensus the
production target and the supply target reach (defaults +5.56 % and +11.11 %, the seed's
900 → 950 and 1000), saved through services.demand_review_consensus.set_flex (the manager;
stale saves refused). "Use the defaults" removes the product's own band."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
)

from sopdesk.services import demand_review_consensus as cons_svc
from sopdesk.services.errors import ConflictError, ServiceError
from sopdesk.ui import errors
from sopdesk.ui.changes import Changes

HUNDRED = Decimal(100)


def _percent_box(fraction: Decimal) -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setRange(0, 1000)
    box.setDecimals(2)
    box.setSuffix(" %")
    box.setValue(float(fraction * HUNDRED))
    return box


class FlexDialog(QDialog):
    """State: the band as loaded (`flex`); `saved` after a save (tests read it)."""

    def __init__(self, ctx, flex: cons_svc.FlexView, parent=None):
        super().__init__(parent)
        self.ctx, self.flex, self.saved = ctx, flex, None
        self.setWindowTitle(self.tr("Flex band of {0}").format(flex.code))
        self.production = _percent_box(flex.production_flex)
        self.supply = _percent_box(flex.supply_flex)
        self.state = QLabel(self.tr("The product's own band.") if flex.own else
                            self.tr("The defaults (no band of its own yet)."))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b42318;")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Production target above the consensus"), self.production)
        form.addRow(self.tr("Supply target above the consensus"), self.supply)
        self.defaults_button = QPushButton(self.tr("Use the defaults"))
        self.defaults_button.setEnabled(flex.own)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.addButton(self.defaults_button, QDialogButtonBox.ButtonRole.ResetRole)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        self.defaults_button.clicked.connect(lambda: self.save(defaults=True))
        lay = QVBoxLayout(self)
        lay.addWidget(self.state)
        lay.addLayout(form)
        lay.addWidget(self.error)
        lay.addWidget(buttons)

    def save(self, defaults: bool = False) -> None:
        self.error.clear()
        if defaults:
            production = supply = None
        else:
            production = (Decimal(str(self.production.value())) / HUNDRED).quantize(Decimal("0.0001"))
            supply = (Decimal(str(self.supply.value())) / HUNDRED).quantize(Decimal("0.0001"))
        flex = self.flex
        self.ctx.mutate(lambda s, a: cons_svc.set_flex(s, a, flex.item_id, production, supply, flex.version),
                        Changes(), self._saved, parent=self, initiator=self, on_error=self._failed)

    def _saved(self, view) -> None:
        self.saved = view
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ConflictError):
            self.ctx.show_error(self, exc)
            self.reject()
        elif isinstance(exc, ServiceError):
            self.error.setText(errors.sentence(exc))
        else:
            self.ctx.show_error(self, exc)
