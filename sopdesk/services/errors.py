"""Typed errors raised by services. Each has a stable code (its class), a message template
with named parameters and, where it applies, the field at fault; only the UI and CLI turn
them into sentences for people.

    raise ValidationError("line {line}: {qty} already shipped", field="qty", line=3, qty=qty)

The template is the message's identity: the UI translates it (Qt context "ServiceErrors",
collected from the services' source by resources/i18n/error_templates.py) and fills in the
parameters; `.message` is the English sentence for logs and the command line. A template is
always a plain string literal, never an f-string, so that it can be translated.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def render(template: str, params: dict[str, Any]) -> str:
    """`template` with its {name} parameters filled in; the template itself when it does
    not fit the parameters (a message is never lost to a formatting slip)."""
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError, AttributeError):
        return template


class ServiceError(Exception):
    code = "error"

    def __init__(self, message: str, *, field: str | None = None, **params: Any):
        self.template = message
        self.params = params
        self.message = render(message, params)
        super().__init__(self.message)
        self.field = field
        self.details = params

    def __str__(self) -> str:
        return f"{self.field}: {self.message}" if self.field else self.message


class ValidationError(ServiceError):
    code = "invalid"


class NotFound(ServiceError):
    code = "not_found"


class PermissionDenied(ServiceError):
    code = "permission_denied"


class InvalidTransition(ServiceError):
    code = "invalid_transition"


class InsufficientStock(ServiceError):
    code = "insufficient_stock"


class DuplicateError(ServiceError):
    code = "duplicate"


class AuthenticationFailed(ServiceError):
    code = "authentication_failed"


@dataclass
class FieldChange:
    field: str
    before: Any  # the value in the copy you loaded
    after: Any  # the value the other user saved
    changed_by: str | None = None
    changed_at: Any = None


@dataclass
class ConflictInfo:
    table: str
    record_id: str
    your_version: int
    current_version: int
    changed_by: str | None
    changed_at: Any
    changes: list[FieldChange] = field(default_factory=list)


class ConflictError(ServiceError):
    """Somebody else saved this record after you loaded it; nothing was overwritten."""

    code = "conflict"

    def __init__(self, message: str, info: ConflictInfo | None = None):
        super().__init__(message)
        self.info = info
