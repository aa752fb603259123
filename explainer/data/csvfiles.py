"""Read one CSV of the data package, catching file-level faults with file:row:field."""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from pathlib import Path

from explainer.data.problems import WHOLE_FILE, Problem

BOM = b"\xef\xbb\xbf"


@dataclass
class Table:
    """Rows of one CSV as dicts, with the file line on which each row starts."""

    name: str
    header: list[str] = field(default_factory=list)
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)


def read_table(
    path: Path, expected_fields: list[str], name: str | None = None
) -> tuple[Table | None, list[Problem]]:
    """Read `path`; return the table (None if unreadable) and the problems found.

    Problems name the file as `name` (default: the file's name).
    """
    name = name or path.name
    if not path.is_file():
        return None, [Problem(name, WHOLE_FILE, WHOLE_FILE, "file is missing")]
    raw = path.read_bytes()
    problems: list[Problem] = []
    if raw.startswith(BOM):
        raw = raw[len(BOM) :]
        problems.append(Problem(name, 1, WHOLE_FILE, "byte-order mark removed on reading", True))
    if b"\r\n" in raw:
        problems.append(Problem(name, 1, WHOLE_FILE, "Windows (CRLF) line endings accepted", True))
    if not raw.strip():
        expected = ", ".join(expected_fields)
        return None, [Problem(name, 1, "(header)", f"file is empty; expected a header: {expected}")]
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as err:
        return None, problems + [_encoding_problem(name, raw, err.start)]
    return _parse(name, text, expected_fields, problems)


def _encoding_problem(name: str, raw: bytes, offset: int) -> Problem:
    line_no = raw.count(b"\n", 0, offset) + 1
    header = next(csv.reader([raw.split(b"\n", 1)[0].decode("utf-8", "replace")]), [])
    line = raw.split(b"\n")[line_no - 1].decode("utf-8", "replace")
    cells = next(csv.reader([line]), [])
    column = next((i for i, cell in enumerate(cells) if "\ufffd" in cell), None)
    field_name = header[column] if column is not None and column < len(header) else WHOLE_FILE
    message = f"bytes that are not UTF-8 (byte {raw[offset]:#04x}); save the file as UTF-8"
    return Problem(name, line_no, field_name, message)


def _parse(name, text, expected_fields, problems):
    table = Table(name)
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        table.header = [h.strip() for h in next(reader)]
    except StopIteration:
        return None, problems + [Problem(name, 1, "(header)", "no header row")]
    for column in expected_fields:
        if column not in table.header:
            problems.append(Problem(name, 1, column, "column is missing from the header"))
    for column in table.header:
        if column not in expected_fields:
            problems.append(Problem(name, 1, column or "(blank)", "unexpected column"))
    if len(set(table.header)) != len(table.header):
        problems.append(Problem(name, 1, "(header)", "a column name appears twice"))
    start = reader.line_num + 1
    lines = text.split("\n")
    try:
        for cells in reader:
            raw = lines[start - 1] if start - 1 < len(lines) else ""
            _check_row(name, table, (start, reader.line_num, raw), cells, problems)
            start = reader.line_num + 1
    except csv.Error as err:
        problems.append(Problem(name, start, WHOLE_FILE, f"cannot read the row: {err}"))
    return table, problems


def _unbalanced_field(raw: str, header: list[str]) -> str | None:
    """The column whose quotation mark never closes on this line, if any."""
    if raw.count('"') % 2 == 0:
        return None
    quotes, index, start_index = 0, 0, 0
    for char in raw:
        if char == '"':
            quotes += 1
        elif char == "," and quotes % 2 == 0:
            index += 1
            start_index = index
    return header[start_index] if start_index < len(header) else WHOLE_FILE


def _check_row(name, table, span, cells, problems):
    start, end, raw = span
    if not any(cell.strip() for cell in cells):
        return
    header = table.header
    multi_line = end > start and any("\n" in cell or "\r" in cell for cell in cells)
    if multi_line or len(cells) != len(header):
        column = _unbalanced_field(raw.rstrip("\r"), header)
        if column is not None:
            message = "unbalanced quotation mark: a quote opens in this field and never closes"
            problems.append(Problem(name, start, column, message))
            return
    if multi_line:
        message = f"this field runs on to line {end}; data fields must stay on one line"
        broken = next(i for i, cell in enumerate(cells) if "\n" in cell or "\r" in cell)
        problems.append(
            Problem(name, start, header[broken] if broken < len(header) else WHOLE_FILE, message)
        )
        return
    if len(cells) != len(header):
        message = f"row has {len(cells)} fields but the header has {len(header)}"
        problems.append(Problem(name, start, WHOLE_FILE, message))
        return
    table.rows.append((start, dict(zip(header, cells, strict=True))))
