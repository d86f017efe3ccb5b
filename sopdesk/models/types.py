"""Column types shared by every table.

Quantities and money are exact decimals. PostgreSQL stores them as NUMERIC. SQLite has no
exact decimal type (NUMERIC affinity turns values into 8-byte floats), so there they are
stored as integers scaled by 10**scale: sums in SQL stay exact and fast. One consequence:
on SQLite, never multiply two of these columns inside SQL (the scales would multiply too);
sum in SQL, multiply in Python.

Timestamps are stored in UTC. Binding a naive datetime is a programming error.
"""

from __future__ import annotations

import datetime as dt
import os
import uuid
from decimal import Decimal, InvalidOperation
from typing import Annotated

from sqlalchemy import BigInteger, DateTime, Numeric, String, Uuid
from sqlalchemy.orm import mapped_column
from sqlalchemy.types import TypeDecorator

QTY_SCALE = 4
PRICE_SCALE = 4
AMOUNT_SCALE = 2


class ExactDecimal(TypeDecorator):
    """A Decimal with a fixed number of places, exact on every database."""

    impl = Numeric
    cache_ok = True

    def __init__(self, scale: int = QTY_SCALE, precision: int = 18):
        self.scale = scale
        self.precision = precision
        self._quantum = Decimal(1).scaleb(-scale)
        super().__init__(precision=precision, scale=scale, asdecimal=True)

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(BigInteger())
        return dialect.type_descriptor(Numeric(self.precision, self.scale, asdecimal=True))

    def to_decimal(self, value) -> Decimal:
        if isinstance(value, float):
            # floats carry binary artefacts; only accept them through their shortest repr
            value = repr(value)
        try:
            d = Decimal(value)
        except (InvalidOperation, TypeError) as exc:
            raise NotExact("not a decimal number: {value!r}", value=value) from exc
        if not d.is_finite():
            raise NotExact("not a finite number: {value!r}", value=value)
        q = d.quantize(self._quantum)
        if q != d:
            raise NotExact("{value} has more than {places} decimal places", value=value, places=self.scale)
        return q

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        q = self.to_decimal(value)
        if dialect.name == "sqlite":
            return int(q.scaleb(self.scale))
        return q

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if dialect.name == "sqlite":
            if isinstance(value, float):  # e.g. AVG(); round to the column's scale
                return Decimal(repr(value)).scaleb(-self.scale).quantize(self._quantum)
            return Decimal(int(value)).scaleb(-self.scale).quantize(self._quantum)
        return Decimal(value).quantize(self._quantum)

    @property
    def python_type(self):
        return Decimal

    def __repr__(self) -> str:  # how Alembic writes the type into a migration
        return f"ExactDecimal(scale={self.scale}, precision={self.precision})"


class NotExact(ValueError):
    """A value an exact decimal column cannot keep: a message template and its parameters
    (the services turn it into a ValidationError naming the field)."""

    def __init__(self, template: str, **params):
        self.template = template
        self.params = params
        super().__init__(template.format(**params))


class BigDecimal(TypeDecorator):
    """An exact decimal of any size, for sums that may pass 64 bits (valued stock): NUMERIC
    without a limit on PostgreSQL, the number's text on SQLite (whose integers stop at 64
    bits). Never summed or multiplied in SQL on SQLite: read the values and add them in
    Python. Values keep their exact digits (no rounding to a context precision)."""

    impl = Numeric
    cache_ok = True

    def load_dialect_impl(self, dialect):
        if dialect.name == "sqlite":
            return dialect.type_descriptor(String())
        return dialect.type_descriptor(Numeric(asdecimal=True))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if not isinstance(value, Decimal | int):
            raise ValueError(f"not an exact number: {value!r}")
        value = Decimal(value)
        if not value.is_finite():
            raise ValueError(f"not a finite number: {value!r}")
        return format(value, "f") if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        return None if value is None else Decimal(value)

    @property
    def python_type(self):
        return Decimal

    def __repr__(self) -> str:
        return "BigDecimal()"


class UTCDateTime(TypeDecorator):
    """Timezone-aware datetimes, stored in UTC (TIMESTAMPTZ on PostgreSQL)."""

    impl = DateTime
    cache_ok = True

    def load_dialect_impl(self, dialect):
        return dialect.type_descriptor(DateTime(timezone=dialect.name != "sqlite"))

    def process_bind_param(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime: timestamps must carry a time zone")
        value = value.astimezone(dt.UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value, dialect):
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)

    @property
    def python_type(self):
        return dt.datetime

    def __repr__(self) -> str:
        return "UTCDateTime()"


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def new_id() -> uuid.UUID:
    return uuid.uuid4()


def new_id_texts(n: int) -> list[str]:
    """n random (version 4) UUIDs as 32 hex digits, the form db/bulk writes as it is, for
    bulk writes: uuid.uuid4() builds an object per id (23,000 planned orders: 60 ms; 8 ms
    this way)."""
    raw = bytearray(os.urandom(16 * n))
    raw[6::16] = bytes(b & 0x0F | 0x40 for b in raw[6::16])  # version 4
    raw[8::16] = bytes(b & 0x3F | 0x80 for b in raw[8::16])  # RFC 4122 variant
    digits = raw.hex()
    return [digits[i:i + 32] for i in range(0, 32 * n, 32)]


Qty = ExactDecimal(QTY_SCALE)
Price = ExactDecimal(PRICE_SCALE)
Amount = ExactDecimal(AMOUNT_SCALE, precision=20)

# Annotated column kinds, reused by every table (the Warehouse habit).
uuid_pk = Annotated[uuid.UUID, mapped_column(Uuid, primary_key=True, default=new_id)]
code = Annotated[str, mapped_column(String(40), nullable=False)]
name = Annotated[str, mapped_column(String(200), nullable=False)]
qty = Annotated[Decimal, mapped_column(Qty, nullable=False, default=Decimal(0))]
price = Annotated[Decimal, mapped_column(Price, nullable=False, default=Decimal(0))]
amount = Annotated[Decimal, mapped_column(Amount, nullable=False, default=Decimal(0))]
timestamp = Annotated[dt.datetime, mapped_column(UTCDateTime, nullable=False, default=utcnow)]
