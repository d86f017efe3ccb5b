"""Typed errors raised by services. Each has a stable code and, where it applies, the field
at fault; only the UI and CLI turn them into sentences for people."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


class ServiceError(Exception):
    code = "error"

    def __init__(self, message: str, *, field: str | None = None, **details: Any):
        super().__init__(message)
        self.message = message
        self.field = field
        self.details = details

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
