"""Validation problems, each naming the file, row and field."""

from __future__ import annotations

from dataclasses import dataclass

WHOLE_FILE = "-"


@dataclass(frozen=True, order=True)
class Problem:
    """One thing wrong with the data: `file:row: field: message`."""

    file: str
    row: int | str
    field: str
    message: str
    warning: bool = False
    translation: bool = False  # about a language edition's text, not the English story

    def __str__(self) -> str:
        prefix = "warning: " if self.warning else ""
        return f"{self.file}:{self.row}: {self.field}: {prefix}{self.message}"


class DataError(Exception):
    """Raised when the data package does not validate."""

    def __init__(self, problems: list[Problem]):
        self.problems = [p for p in problems if not p.warning]
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"{len(self.problems)} problem(s) in the data:\n{lines}")
