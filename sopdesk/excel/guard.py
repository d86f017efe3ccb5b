"""How big a sheet really is, read from the file's own metadata and cell references before
any reader builds a grid.

python-calamine turns a sheet into one rectangle from its first to its last filled cell, so
an .xlsx of 1.5 kB holding only A1 and XFD1048576 asks for a grid of 17 billion cells and
the process dies inside the reader (a Rust allocation failure is an abort, not an
exception). For .xls it builds every sheet while opening the file and reserves the rows x
columns its DIMENSIONS record claims. So the extent is found first, here, per format:

- .xlsx / .xlsm: every worksheet's XML is streamed out of the zip (bounded memory). The
  <dimension> the writer recorded gives the claimed extent; one regular-expression pass in C
  then confirms that every cell carries a plain reference (`<c r="B7"`) inside it. A sheet
  that fails that (no dimension, a claimed extent over the limit, cells outside it, cells
  without references, prefixed tags) is walked exactly with defusedxml's iterparse, placing
  each cell the way calamine does, with a depth limit and no DTD.
- .ods: content.xml walked with iterparse; repeated rows and columns count as what they
  expand to when they hold a value.
- .xls: the compound file's header counts checked against the file size, the file opened
  with olefile, then the BIFF records of the Workbook stream: the shared-string count, each
  sheet's DIMENSIONS and every cell record's row and column.
- CSV and HTML: cells counted from delimiters, line ends and <td>/<th> tags before any is
  kept (excel/legacy.py streams Excel 2003 XML the same way as above).

Sizes are the size calamine would build: from A1 to the last filled row and column.
"""

from __future__ import annotations

import re
import struct
import zipfile
from dataclasses import dataclass
from typing import IO

from .limits import FileRefused, Limits, check_cells

MAX_DEPTH = 100  # a worksheet nests about 8 deep; deeper is refused as hostile
CHUNK = 1 << 20
MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass(frozen=True)
class Extent:
    """A sheet's size as calamine would build it: rows x columns from A1, and its cells."""

    sheet: str
    rows: int  # last filled row, 1-based (0: empty)
    columns: int  # last filled column, 1-based
    cells: int  # filled cells seen

    @property
    def grid(self) -> int:
        return self.rows * self.columns


def refuse_extent(extent: Extent, limits: Limits) -> None:
    check_cells(extent.rows, extent.columns, limits, extent.sheet)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text.splitlines()[0][:200]


def _damaged_zip(exc: BaseException) -> FileRefused:
    return FileRefused("the file is damaged (not a readable zip): {detail}", "unreadable", detail=_first_line(exc))


# -- cell references --------------------------------------------------------------------------

_REF = re.compile(r"\$?([A-Za-z]{1,3})\$?([0-9]{1,7})")


def col_index(letters: str) -> int:
    """A -> 0, Z -> 25, AA -> 26 (case-insensitive)."""
    n = 0
    for ch in letters.upper():
        n = n * 26 + (ord(ch) - 64)
    return n - 1


def col_letters(index: int) -> str:
    """0 -> A, 26 -> AA."""
    s = ""
    index += 1
    while index:
        index, rem = divmod(index - 1, 26)
        s = chr(65 + rem) + s
    return s


def parse_ref(ref: str) -> tuple[int, int] | None:
    """'B7' -> (6, 1), 0-based (row, column); None if it is not a cell reference."""
    m = _REF.fullmatch(ref.strip())
    if not m:
        return None
    return max(int(m.group(2)) - 1, 0), col_index(m.group(1))


def _letters_above(letters: str) -> str:
    """A regex matching column letters (1-3, upper case) that come after `letters`."""
    alts = [f"[A-Z]{{{n}}}" for n in range(len(letters) + 1, 4)]
    for i, ch in enumerate(letters):
        if ch < "Z":
            rest = len(letters) - i - 1
            alts.append(letters[:i] + f"[{chr(ord(ch) + 1)}-Z]" + (f"[A-Z]{{{rest}}}" if rest else ""))
    return "|".join(alts) or "(?!)"


def _number_above(number: int) -> str:
    """A regex matching decimal numbers (no leading zero) greater than `number`."""
    digits = str(number)
    alts = [f"[1-9][0-9]{{{len(digits)},}}"]
    for i, ch in enumerate(digits):
        if ch < "9":
            rest = len(digits) - i - 1
            alts.append(digits[:i] + f"[{int(ch) + 1}-9]" + (f"[0-9]{{{rest}}}" if rest else ""))
    return "|".join(alts)


# -- streamed XML -----------------------------------------------------------------------------


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1].rsplit(":", 1)[-1]


def iterparse(fh: IO[bytes], member: str, keep: frozenset[str] = frozenset()):
    """(event, element) from defusedxml's iterparse: no DTD, no entities, at most MAX_DEPTH
    deep. After its end event an element is dropped from its parent, so memory stays that
    of the open elements, unless the parent's local name is in `keep` (then it goes when
    the parent does)."""
    from defusedxml import ElementTree as SafeET
    from defusedxml.common import DefusedXmlException

    stack: list = []
    try:
        for event, elem in SafeET.iterparse(fh, events=("start", "end"), forbid_dtd=True):
            if event == "start":
                stack.append(elem)
                if len(stack) > MAX_DEPTH:
                    raise FileRefused("{member} nests elements more than {limit} deep: refused as hostile",
                                      "unsupported", member=member, limit=MAX_DEPTH)
                yield event, elem
                continue
            yield event, elem
            stack.pop()
            if stack and _local(stack[-1].tag) not in keep:
                stack[-1].remove(elem)
    except DefusedXmlException:
        raise FileRefused("{member} uses entities or a DTD, which are not read (unsafe)", "unsupported",
                          member=member) from None
    except SafeET.ParseError as exc:
        raise FileRefused("the file is damaged: {member} is not well-formed XML ({detail})", "unreadable",
                          member=member, detail=_first_line(exc)) from None


# -- xlsx ------------------------------------------------------------------------------------


def check_xlsx(path: str, limits: Limits) -> list[Extent]:
    """Refuse an .xlsx whose sheets span more cells than the limit, before calamine sees it."""
    try:
        with zipfile.ZipFile(path) as zf:
            _refuse_dtds(zf)
            extents = []
            for name, member in xlsx_sheets(zf):
                extent = _xlsx_extent_fast(zf, member, name, limits)
                if extent is None:
                    extent = _xlsx_extent_exact(zf, member, name)
                refuse_extent(extent, limits)
                extents.append(extent)
            return extents
    except FileRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile / zlib raise many kinds: the zip is damaged
        raise _damaged_zip(exc) from None


def _refuse_dtds(zf: zipfile.ZipFile) -> None:
    """No part of a workbook needs a DTD; one that has it is refused before any reader
    (calamine's included) parses it. A DTD can only stand before the root element."""
    for info in zf.infolist():
        if info.filename.endswith((".xml", ".rels")):
            with zf.open(info) as fh:
                head = fh.read(4096)
            if b"<!DOCTYPE" in head or b"<!ENTITY" in head:
                raise FileRefused("{member} uses entities or a DTD, which are not read (unsafe)", "unsupported",
                                  member=info.filename)


def xlsx_sheets(zf: zipfile.ZipFile) -> list[tuple[str, str]]:
    """(sheet name, member path) of every worksheet, from workbook.xml and its relationships."""
    names = set(zf.namelist())

    def load(member: str):
        if member not in names:
            return None
        info = zf.getinfo(member)
        if info.file_size > 20 * 1024 * 1024:
            raise FileRefused("{member} is {size:,} bytes; a workbook's index is never that large", "zip_bomb",
                              member=member, size=info.file_size)
        with zf.open(member) as fh:
            for _event, _elem in iterparse(fh, member, keep=frozenset({"workbook", "sheets", "Relationships"})):
                pass
        return _root_of(zf, member)

    book = load("xl/workbook.xml")
    rels = load("xl/_rels/workbook.xml.rels")
    targets = {}
    if rels is not None:
        for rel in rels:
            target = rel.get("Target") or ""
            target = target.lstrip("/") if target.startswith("/") else "xl/" + target
            targets[rel.get("Id")] = _normpath(target)
    out = []
    if book is not None:
        for sheet in book.iter(f"{{{MAIN_NS}}}sheet"):
            member = targets.get(sheet.get(f"{{{REL_NS}}}id"))
            if member and member in names:
                out.append((sheet.get("name") or member, member))
    if not out:  # no usable index: every worksheet part there is, by its path
        out = [(m, m) for m in sorted(names) if m.startswith("xl/worksheets/") and m.endswith(".xml")]
    return out


def _root_of(zf: zipfile.ZipFile, member: str):
    """The small index parts, parsed whole once iterparse has vetted them (depth, DTD)."""
    from defusedxml import ElementTree as SafeET

    return SafeET.fromstring(zf.read(member), forbid_dtd=True)


def _normpath(path: str) -> str:
    parts: list[str] = []
    for p in path.split("/"):
        if p == "..":
            if parts:
                parts.pop()
        elif p and p != ".":
            parts.append(p)
    return "/".join(parts)


_DIMENSION = re.compile(rb'<(?:[\w.-]+:)?dimension\s+ref="([^"]*)"')
# a cell tag that is not `<c r="A1"` (no reference, another attribute first, odd spacing),
# one with a namespace prefix, or a DTD: any of them sends the sheet to the exact walk.
# Each pattern starts with a literal, which re searches for quickly.
_ODD_CELL = rb'<c(?:[\t\n\r/>]| (?!r="[A-Z]{1,3}[1-9][0-9]{0,6}")'
_PREFIXED = re.compile(rb":c[\s/>]")


def _chunks(fh: IO[bytes]):
    """The stream in pieces of about 1 MiB, each ending before its last '<' (the rest starts
    the next piece), so no tag is ever seen cut short."""
    carry = b""
    while True:
        data = fh.read(CHUNK)
        if not data:
            if carry:
                yield carry
            return
        data = carry + data
        cut = data.rfind(b"<")
        if cut <= 0:
            yield data
            carry = b""
        else:
            yield data[:cut]
            carry = data[cut:]


def _xlsx_extent_fast(zf: zipfile.ZipFile, member: str, name: str, limits: Limits) -> Extent | None:
    """The claimed <dimension>, confirmed by one pass over the sheet; None: walk it exactly."""
    with zf.open(member) as fh:
        head = fh.read(CHUNK)
    m = _DIMENSION.search(head)
    if not m:
        return None
    corners = [parse_ref(r) for r in m.group(1).decode("ascii", "replace").split(":")]
    if any(c is None for c in corners):
        return None
    last_row = max(c[0] for c in corners if c)
    last_col = max(c[1] for c in corners if c)
    claimed = Extent(name, last_row + 1, last_col + 1, 0)
    if claimed.grid > limits.max_cells:
        return None  # the real extent decides (writers sometimes claim more than they fill)
    outside = (rb'| r="(?:(?:' + _letters_above(col_letters(last_col)).encode() + rb')[0-9]|[A-Z]{1,3}(?:'
               + _number_above(last_row + 1).encode() + rb')"))')
    cell = re.compile(_ODD_CELL + outside)
    if b"<!DOCTYPE" in head or b"<!ENTITY" in head:  # a DTD can only come before the root
        return None
    with zf.open(member) as fh:
        for chunk in _chunks(fh):
            if cell.search(chunk) or _PREFIXED.search(chunk):
                return None
    return claimed


def _xlsx_extent_exact(zf: zipfile.ZipFile, member: str, name: str) -> Extent:
    """Every cell placed as calamine places it: its own reference, else the row's (from <row
    r> or counted) and one column after the cell before; only cells holding a value count."""
    row_index = col = 0
    last_row = last_col = -1
    cells = 0
    pos: tuple[int, int] | None = None
    has_value = False
    with zf.open(member) as fh:
        for event, elem in iterparse(fh, member):
            tag = _local(elem.tag)
            if event == "start":
                if tag == "row":
                    r = elem.get("r")
                    if r is not None:
                        if not r.strip().isdigit() or len(r.strip()) > 9:
                            raise FileRefused("the file is damaged: row number {ref!r} in sheet {sheet}",
                                              "unreadable", ref=r[:20], sheet=name)
                        row_index = max(int(r) - 1, 0)
                elif tag == "c":
                    r = elem.get("r")
                    if r is not None:
                        parsed = parse_ref(r)
                        if parsed is None:
                            raise FileRefused("the file is damaged: cell reference {ref!r} in sheet {sheet}",
                                              "unreadable", ref=r[:20], sheet=name)
                        pos, col = parsed, parsed[1]
                    else:
                        pos = (row_index, col)
                    has_value = False
                elif pos is not None and tag in ("v", "is"):
                    has_value = True
                continue
            if tag == "c" and pos is not None:
                if has_value:
                    cells += 1
                    last_row, last_col = max(last_row, pos[0]), max(last_col, pos[1])
                col += 1
                pos = None
            elif tag == "row":
                row_index += 1
                col = 0
    return Extent(name, last_row + 1, last_col + 1, cells)


# -- ods -------------------------------------------------------------------------------------

_TABLE_NS = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE_NS = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _repeat(elem, attr: str) -> int:
    value = elem.get(f"{{{_TABLE_NS}}}{attr}")
    if value is None:
        return 1
    value = value.strip()
    if not value.isdigit() or len(value) > 10:
        raise FileRefused("the file is damaged: {attr}={value!r}", "unreadable", attr=attr, value=value[:20])
    return max(int(value), 1)


def check_ods(path: str, limits: Limits) -> list[Extent]:
    """Every table of content.xml: rows and columns as their repeats expand where they hold
    a value (LibreOffice pads sheets with empty repeated rows; those do not count)."""
    try:
        with zipfile.ZipFile(path) as zf:
            if "content.xml" not in zf.namelist():
                raise FileRefused("the file is damaged: an .ods without content.xml", "unreadable")
            with zf.open("content.xml") as fh:
                return _ods_extents(fh, limits)
    except FileRefused:
        raise
    except Exception as exc:  # noqa: BLE001 - zipfile / zlib errors: damaged
        raise _damaged_zip(exc) from None


def _ods_extents(fh, limits: Limits) -> list[Extent]:
    extents: list[Extent] = []
    name = ""
    row = col = last_row = last_col = cells = row_cells = 0
    row_repeat = cell_repeat = 1
    cell_has_value = False
    in_table = 0
    table_tag = f"{{{_TABLE_NS}}}table"
    for event, elem in iterparse(fh, "content.xml"):
        if event == "start":
            tag = _local(elem.tag)
            if elem.tag == table_tag:
                in_table += 1
                if in_table == 1:
                    name = elem.get(f"{{{_TABLE_NS}}}name") or f"Sheet{len(extents) + 1}"
                    row = col = last_row = last_col = cells = 0
            elif in_table == 1 and tag == "table-row":
                row_repeat = _repeat(elem, "number-rows-repeated")
                row_cells = col = 0
            elif in_table == 1 and tag in ("table-cell", "covered-table-cell"):
                cell_repeat = _repeat(elem, "number-columns-repeated")
                cell_has_value = elem.get(f"{{{_OFFICE_NS}}}value-type") is not None
            elif in_table == 1 and tag == "p":
                cell_has_value = True
            continue
        tag = _local(elem.tag)
        if in_table == 1 and tag in ("table-cell", "covered-table-cell"):
            if cell_has_value:
                last_col = max(last_col, col + cell_repeat)
                row_cells += cell_repeat
            col += cell_repeat
            cell_has_value = False
        elif in_table == 1 and tag == "table-row":
            if row_cells:
                last_row = row + row_repeat
                cells += row_cells * row_repeat
            row += row_repeat
        elif elem.tag == table_tag:
            in_table -= 1
            if in_table == 0:
                extent = Extent(name, last_row, last_col, cells)
                refuse_extent(extent, limits)
                extents.append(extent)
    return extents


# -- csv and html ---------------------------------------------------------------------------


def check_csv(text: str, delimiter: str, name: str, limits: Limits) -> None:
    """Refuse a CSV of more cells than the limit before its rows are kept. Every cell ends
    at a delimiter or a line end, so their count bounds the cells (quoted ones only make it
    larger); only a text over the limit by that count is counted exactly, row by row."""
    import csv
    import io

    if text.count(delimiter) + text.count("\n") + 1 <= limits.max_cells:
        return
    cells = rows = 0
    try:
        for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter):
            cells += len(row)
            rows += 1
    except csv.Error as exc:
        raise FileRefused("the CSV cannot be read: {detail}", "unreadable", detail=str(exc)) from None
    if cells > limits.max_cells:
        raise FileRefused("{sheet} has {cells:,} cells in {rows:,} rows; the limit is {limit:,} cells",
                          "too_many_cells", sheet=name, cells=cells, rows=rows, limit=limits.max_cells)


_HTML_CELL = re.compile(r"<t[dh][\s>/]", re.IGNORECASE)


def check_html(text: str, name: str, limits: Limits) -> None:
    """An HTML table's cells are counted from its tags before any is kept."""
    cells = len(_HTML_CELL.findall(text))
    if cells > limits.max_cells:
        raise FileRefused("{sheet} has {cells:,} cells; the limit is {limit:,} cells", "too_many_cells",
                          sheet=name, cells=cells, limit=limits.max_cells)


# -- xls -------------------------------------------------------------------------------------

_CELL_RECORDS = frozenset({0x0203, 0x0204, 0x0205, 0x027E, 0x00FD, 0x0006})  # number label boolerr rk sst formula
_MULRK, _DIMENSIONS, _BOUNDSHEET, _SST, _EOF = 0x00BD, 0x0200, 0x0085, 0x00FC, 0x000A


def check_xls(path: str, size: int, limits: Limits) -> list[Extent]:
    """The compound file's own sizes, then every sheet's claimed and real extent."""
    return _biff_extents(_xls_stream(path, size), limits)


def _xls_stream(path: str, size: int) -> bytes:
    import olefile

    with open(path, "rb") as fh:
        header = fh.read(512)
    if len(header) < 512:
        raise FileRefused("the file is damaged: an .xls shorter than its header", "unreadable")
    shift = struct.unpack_from("<H", header, 30)[0]
    if shift not in (9, 12):
        raise FileRefused("the file is damaged: sector size 2^{shift} in the .xls header", "unreadable", shift=shift)
    sector = 1 << shift
    # counts a reader allocates room for before reading: none may describe more than the file
    for offset, what in ((40, "directory sectors"), (44, "FAT sectors"), (64, "mini-FAT sectors"),
                         (72, "DIFAT sectors")):
        count = struct.unpack_from("<I", header, offset)[0]
        if count * sector > size:
            raise FileRefused("the file is damaged: its header claims {count:,} {what} in a file of {size:,} bytes",
                              "unreadable", count=count, what=what, size=size)
    try:
        ole = olefile.OleFileIO(path)
    except Exception as exc:  # noqa: BLE001 - olefile raises OSError and others for damage
        raise FileRefused("the file is damaged: {detail}", "unreadable", detail=_first_line(exc)) from None
    try:
        for entry in ole.direntries:
            if entry is not None and entry.entry_type == olefile.STGTY_STREAM and entry.size > size:
                raise FileRefused("the file is damaged: stream {stream} claims {claimed:,} bytes in a file of "
                                  "{size:,}", "unreadable", stream=entry.name, claimed=entry.size, size=size)
        for name in ("Workbook", "Book"):
            if ole.exists(name):
                try:
                    return ole.openstream(name).read()
                except Exception as exc:  # noqa: BLE001
                    raise FileRefused("the file is damaged: {detail}", "unreadable",
                                      detail=_first_line(exc)) from None
        raise FileRefused("the file is not an Excel workbook (no Workbook stream)", "unreadable")
    finally:
        ole.close()


def _records(stream: bytes, start: int):
    """(type, data offset, length) from `start` to the end of the stream."""
    pos, end = start, len(stream)
    unpack = struct.unpack_from
    while pos + 4 <= end:
        typ, length = unpack("<HH", stream, pos)
        data = pos + 4
        if data + length > end:
            raise FileRefused("the file is damaged: a record runs past the end of the workbook", "unreadable")
        yield typ, data, length
        pos = data + length


def _biff_extents(stream: bytes, limits: Limits) -> list[Extent]:
    sheets: list[tuple[int, str]] = []
    for typ, data, length in _records(stream, 0):
        if typ == _BOUNDSHEET and length >= 8:
            offset = struct.unpack_from("<I", stream, data)[0]
            name = _sheet_name(stream[data + 6:data + length])
            if offset >= len(stream):
                raise FileRefused("the file is damaged: sheet {sheet} starts past the end of the workbook",
                                  "unreadable", sheet=name)
            if stream[data + 5] == 0:  # worksheets only; charts and macros have no cells
                sheets.append((offset, name))
        elif typ == _SST and length >= 8:
            count = struct.unpack_from("<i", stream, data + 4)[0]
            # each string takes at least 3 bytes: more than the stream can hold is a lie
            if count < 0 or count * 3 > len(stream):
                raise FileRefused("the file is damaged: it claims {count:,} shared strings in {size:,} bytes",
                                  "unreadable", count=count, size=len(stream))
        elif typ == _EOF:
            break
    extents = []
    for offset, name in sheets:
        extent = _biff_sheet(stream, offset, name, limits)
        refuse_extent(extent, limits)
        extents.append(extent)
    return extents


def _sheet_name(raw: bytes) -> str:
    if len(raw) < 2:
        return "?"
    n, flags = raw[0], raw[1]
    text = raw[2:2 + n * 2].decode("utf-16-le", "replace") if flags & 1 else raw[2:2 + n].decode("latin-1")
    return text.replace("\x00", "") or "?"


def _biff_sheet(stream: bytes, offset: int, name: str, limits: Limits) -> Extent:
    last_row = last_col = -1
    cells = 0
    unpack = struct.unpack_from
    for typ, data, length in _records(stream, offset):
        if typ in _CELL_RECORDS:
            if length < 4:
                raise FileRefused("the file is damaged: a cell record of {length} bytes in sheet {sheet}",
                                  "unreadable", length=length, sheet=name)
            row, col = unpack("<HH", stream, data)
            cells += 1
            last_row, last_col = max(last_row, row), max(last_col, col)
        elif typ == _MULRK:
            if length < 6:
                raise FileRefused("the file is damaged: a cell record of {length} bytes in sheet {sheet}",
                                  "unreadable", length=length, sheet=name)
            row, first = unpack("<HH", stream, data)
            last = unpack("<H", stream, data + length - 2)[0]
            if last < first or length != 6 + 6 * (last - first + 1):
                raise FileRefused("the file is damaged: a cell record that does not add up in sheet {sheet}",
                                  "unreadable", sheet=name)
            cells += last - first + 1
            last_row, last_col = max(last_row, row), max(last_col, last)
        elif typ == _DIMENSIONS:
            _biff_dimensions(stream, data, length, name, limits)
        elif typ == _EOF:
            break
    return Extent(name, last_row + 1, last_col + 1, cells)


def _biff_dimensions(stream: bytes, data: int, length: int, name: str, limits: Limits) -> None:
    """The reader reserves room for the rows x columns DIMENSIONS claims before it reads a
    cell, so the claim itself must fit the limit."""
    if length == 14:
        rf, rl, cf, cl = struct.unpack_from("<IIHH", stream, data)
    elif length == 10:
        rf, rl, cf, cl = struct.unpack_from("<HHHH", stream, data)
    else:
        raise FileRefused("the file is damaged: a DIMENSIONS record of {length} bytes in sheet {sheet}",
                          "unreadable", length=length, sheet=name)
    if rl < 1 or cl < 1:
        return
    if rl - 1 < rf or cl - 1 < cf:
        raise FileRefused("the file is damaged: sheet {sheet} ends before it starts", "unreadable", sheet=name)
    rows, cols = rl - rf, cl - cf
    if rows * cols > limits.max_cells:
        raise FileRefused("sheet {sheet} declares {rows:,} rows x {columns:,} columns ({grid:,} cells); the limit "
                          "is {limit:,} cells", "too_many_cells",
                          sheet=name, rows=rows, columns=cols, grid=rows * cols, limit=limits.max_cells)
