"""Check every table against its Table Schema with frictionless."""

from __future__ import annotations

from pathlib import Path

from explainer.data.problems import WHOLE_FILE, Problem
from explainer.data.schema import DESCRIPTOR


def frictionless_problems(data_dir: Path, skip: set[str] = frozenset()) -> list[Problem]:
    """Validate with frictionless; tables named in `skip` already have file-level faults."""
    from frictionless import FrictionlessException, Package, system

    try:
        with system.use_context(trusted=True):
            package = Package(str(data_dir / DESCRIPTOR), basepath=str(data_dir))
            report = package.validate()
    except FrictionlessException as err:
        return [Problem(DESCRIPTOR, WHOLE_FILE, WHOLE_FILE, err.error.message)]
    problems = []
    for task, resource in zip(report.tasks, package.resources, strict=True):
        file = Path(resource.path).name
        if file in skip:
            continue
        for error in task.errors:
            row = getattr(error, "row_number", None) or WHOLE_FILE
            field = _field_of(error, resource)
            if error.type in {"missing-label", "blank-label", "duplicate-label", "incorrect-label"}:
                row = 1
                field = getattr(error, "label", None) or field
            problems.append(Problem(file, row, field, _message(error)))
    return problems


def _field_of(error, resource) -> str:
    if getattr(error, "field_name", None):
        return error.field_name
    if getattr(error, "field_names", None):
        return ", ".join(error.field_names)
    if error.type == "primary-key":
        return ", ".join(resource.schema.primary_key)
    return WHOLE_FILE


def _message(error) -> str:
    note = getattr(error, "note", "") or error.message
    cell = getattr(error, "cell", None)
    if error.type == "constraint-error" and cell is not None:
        return f"'{cell}' breaks the schema: {note}"
    return f"{error.title.lower()}: {note}"
