"""Finding the sheet and the header row, and proposing which column holds which field.

Factory files open with merged title rows, "制表人 / 日期" lines and blank rows, and the
orders may be on the second sheet. Every sheet's first rows are scored: a row scores one
point per field one of its cells names (through the kind's Chinese and English synonyms,
or a saved profile's headers), three more per required field. The best row wins; ties go to
the earlier sheet and row.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field, replace
from typing import Any

from .fields import KindSpec, header_candidates, norm_header, spec_for
from .reader import SheetData, Workbook
from .values import cell_text


def col_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    s = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


@dataclass(frozen=True)
class ProfileData:
    """A saved mapping (services.imports loads them from the import_profile table)."""

    name: str
    kind: str
    signature: str
    mapping: dict[str, str]  # normalised header -> field
    sheet_name: str | None = None


@dataclass(frozen=True)
class ColumnInfo:
    index: int  # position in the sheet's rows
    letter: str  # Excel column letter
    header: str  # as written in the file
    field: str | None  # proposed field, None = ignored
    samples: tuple[str, ...] = ()


@dataclass
class Detection:
    """Where the data is and what each column means. The wizard shows `columns()`, lets the
    user change the mapping with `remap()`, and passes the result to parse()."""

    kind: str
    sheet: str
    header_index: int  # index in the sheet's rows
    header_row: int  # Excel row number of the header
    headers: list[str]  # header text per column index ("" if none)
    mapping: dict[int, str]  # column index -> field name; unmapped columns are absent
    col_offset: int = 0
    score: int = 0
    profile: str | None = None
    samples: dict[int, list[str]] = field(default_factory=dict)
    # the wide layout (spec.wide): column index -> (year or None, month) of each column whose
    # header is a month; parse() turns each row into one row per month with a value
    months: dict[int, tuple[int | None, int]] = field(default_factory=dict)

    @property
    def spec(self) -> KindSpec:
        return spec_for(self.kind)

    @property
    def signature(self) -> str:
        return header_signature(self.headers)

    def columns(self) -> list[ColumnInfo]:
        """Each column with its field; a month column of the wide layout shows the quantity
        field (spec.wide[1]) it holds."""
        wide = self.spec.wide[1] if self.months and self.spec.wide else None
        return [
            ColumnInfo(j, col_letter(self.col_offset + j), h, wide if j in self.months else self.mapping.get(j),
                       tuple(self.samples.get(j, ())))
            for j, h in enumerate(self.headers) if h or j in self.mapping
        ]

    def missing(self) -> list[str]:
        """Required fields (and one-of groups) no column is mapped to."""
        mapped = set(self.mapping.values())
        if self.months and self.spec.wide:
            mapped.update(self.spec.wide)
        out = [f.name for f in self.spec.fields if f.required and f.name not in mapped]
        for group in self.spec.one_of:
            if not mapped.intersection(group):
                out.append(" / ".join(group))
        return out

    def remap(self, mapping: dict[int, str | None]) -> Detection:
        """A copy with some columns mapped anew (None: ignore the column). A field may be
        mapped to one column only; mapping it again moves it."""
        new = dict(self.mapping)
        months = dict(self.months)
        wide = self.spec.wide or ()
        for j, name in mapping.items():
            if j in months and name == wide[1]:
                continue  # a month column stays one
            months.pop(j, None)
            if name is None:
                new.pop(j, None)
                continue
            if name in wide:  # a month or quantity column of its own: the long layout
                months = {}
            self.spec.field(name)  # KeyError for a field the kind does not have
            for k in [k for k, v in new.items() if v == name and k != j]:
                del new[k]
            new[j] = name
        return replace(self, mapping=new, profile=None, months=months)

    def profile_mapping(self) -> dict[str, str]:
        """{normalised header: field} to save as a profile."""
        return {norm_header(self.headers[j]): f for j, f in self.mapping.items()
                if j < len(self.headers) and norm_header(self.headers[j])}


def wide_months(spec: KindSpec, row: list[Any], mapping: dict[int, str]) -> dict[int, tuple[int | None, int]]:
    """The month columns of a header row of the wide layout: none unless the kind has one
    and the row maps neither its month nor its quantity field to a column of its own."""
    if not spec.wide or set(spec.wide) & set(mapping.values()):
        return {}
    from .months import month_of

    out = {}
    for j, v in enumerate(row):
        if j not in mapping:
            m = month_of(v)
            if m is not None:
                out[j] = m
    return out


def header_signature(headers: list[str]) -> str:
    folded = [norm_header(h) for h in headers]
    return hashlib.sha1("|".join(h for h in folded if h).encode("utf-8")).hexdigest()


class HeaderNotFound(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def _row_texts(row: list[Any]) -> list[str]:
    return [cell_text(v).strip() if not isinstance(v, str) else v.strip() for v in row]


def _match_row(texts: list[str], spec: KindSpec, extra: dict[str, str]) -> dict[int, str]:
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    month_of = None
    if spec.wide:  # a month header (2027年3月) is a month column, never a field's synonym
        from .months import month_of
    for j, text in enumerate(texts):
        if not text or len(text) > 60 or (month_of is not None and month_of(text) is not None):
            continue
        for cand in header_candidates(text):
            name = extra.get(cand) or spec.synonym_index.get(cand)
            if name and name not in taken:
                mapping[j] = name
                taken.add(name)
                break
    return mapping


def _score(mapping: dict[int, str], spec: KindSpec) -> int:
    required = {f.name for f in spec.fields if f.required}
    return len(mapping) + 3 * len(required.intersection(mapping.values()))


def detect(book: Workbook, kind: str, *, sheet: str | None = None,
           profile: ProfileData | None = None, profiles: list[ProfileData] | tuple = ()) -> Detection:
    """Find the header row of `kind` in the book (in `sheet` only, if given).

    `profile` forces a saved mapping; otherwise a profile among `profiles` whose signature
    equals the found header row's is applied. Raises HeaderNotFound with a sentence.
    """
    spec = spec_for(kind)
    names = [sheet] if sheet else list(book.sheet_names)
    if sheet and sheet not in book.sheet_names:
        raise HeaderNotFound(f"there is no sheet named {sheet!r}; sheets: {', '.join(book.sheet_names)}")
    extras = [profile.mapping] if profile else [{}] + [p.mapping for p in profiles if p.kind == kind]
    best: tuple[int, str, int, dict[int, str], SheetData] | None = None
    for name in names:
        head = book.head(name)
        for i, row in enumerate(head.rows):
            texts = _row_texts(row)
            if sum(1 for t in texts if t) < 2:
                continue
            for extra in extras:
                mapping = _match_row(texts, spec, extra)
                score = _score(mapping, spec)
                fields = len(mapping)
                months = wide_months(spec, row, mapping)
                if months:  # the month columns stand for the month and quantity fields
                    score += 8
                    fields += 1
                if fields >= 2 and (best is None or score > best[0]):
                    best = (score, name, i, mapping, head)
    if best is None:
        where = f"sheet {sheet}" if sheet else "any sheet"
        raise HeaderNotFound(
            f"no header row for {spec.en.lower()} ({spec.zh}) found in {where}: expected columns such as "
            + ", ".join(f.zh for f in spec.fields if f.required)
        )
    score, name, i, mapping, head = best
    headers = _row_texts(head.rows[i])
    det = Detection(kind, name, i, head.excel_row(i), headers, mapping, head.col_offset, score,
                    months=wide_months(spec, head.rows[i], mapping))
    chosen = profile or next((p for p in profiles if p.kind == kind and p.signature == det.signature), None)
    if chosen is not None:
        applied = {}
        for j, h in enumerate(headers):
            f = chosen.mapping.get(norm_header(h))
            if f and f in spec.names and f not in applied.values():
                applied[j] = f
        if applied:
            det = replace(det, mapping=applied, profile=chosen.name)
    det.samples = {j: [cell_text(r[j]) for r in head.rows[i + 1:i + 6] if j < len(r) and cell_text(r[j])]
                   for j in range(len(headers))}
    return det
