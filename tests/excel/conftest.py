"""Fixtures for the spreadsheet tests: the shared `db` fixture plus small master data."""

from __future__ import annotations

import pytest

from tests.factories import make_basics


@pytest.fixture
def basics(db):
    return make_basics(db)
