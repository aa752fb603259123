"""Check every table against its Table Schema with frictionless, in an editor's words."""

from __future__ import annotations

import re
from pathlib import Path

from explainer.data.problems import WHOLE_FILE, Problem
from explainer.data.schema import DESCRIPTOR

# How a pattern of the descriptor reads in a message; any other pattern is quoted as it is.
PATTERN_WORDS = {
    "[a-z0-9]+(-[a-z0-9]+)*": "an id of lower-case letters and digits joined by single hyphens",
    "https?://[^/\\s]+\\S*": "an http(s) address",
    "([01][0-9]|2[0-3]):[0-5][0-9]": "a time HH:MM (00:00 to 23:59)",
}
LABEL_ERRORS = {"missing-label", "blank-label", "duplicate-label", "incorrect-label"}


def frictionless_problems(data_dir: Path, skip: set[str] = frozenset()) -> list[Problem]:
    """Validate with frictionless; tables named in `skip` already have file-level faults.

    Foreign keys are left out: `references.py` checks them from the same descriptor on every
    load, list items included, which frictionless cannot do.
    """
    from frictionless import FrictionlessException, Package, system

    try:
        with system.use_context(trusted=True):
            package = Package(str(data_dir / DESCRIPTOR), basepath=str(data_dir))
            for resource in package.resources:
                resource.schema.foreign_keys = []
            report = package.validate()
    except FrictionlessException as err:
        return [Problem(DESCRIPTOR, WHOLE_FILE, WHOLE_FILE, err.error.message)]
    problems = []
    for task, resource in zip(report.tasks, package.resources, strict=True):
        file = resource.path
        if file in skip:
            continue
        for error in task.errors:
            row = getattr(error, "row_number", None) or WHOLE_FILE
            field = _field_of(error, resource)
            if error.type in LABEL_ERRORS:
                row = 1
                field = getattr(error, "label", None) or field
            problems.append(Problem(file, row, field, _message(error, resource)))
    return problems


def _field_of(error, resource) -> str:
    if getattr(error, "field_name", None):
        return error.field_name
    if error.type == "primary-key":
        return ", ".join(resource.schema.primary_key)
    return WHOLE_FILE


def _message(error, resource) -> str:
    note = getattr(error, "note", "") or error.message
    earlier = re.search(r"the same as in the row at position (\d+)", note)
    if error.type == "unique-error" and earlier:
        return f"'{error.cell}' is already used on line {earlier.group(1)}; it must be unique"
    if error.type == "primary-key" and earlier:
        key = ", ".join(resource.schema.primary_key)
        return f"the same ({key}) as on line {earlier.group(1)}; each must be unique"
    constraint = re.match(r'constraint "(\w+)"', note)
    if error.type == "constraint-error" and constraint:
        field = resource.schema.get_field(error.field_name)
        return _broken(constraint.group(1), error.cell, field)
    if error.type == "type-error":
        return f"'{error.cell}' is not a valid {resource.schema.get_field(error.field_name).type}"
    return f"{error.title.lower()}: {note}"


def _broken(name: str, cell: str, field) -> str:
    """The sentence for one broken constraint of `field`."""
    rule = field.constraints[name]
    shown = f"'{cell}'" if len(cell) <= 40 else f"'{cell[:40]}…'"
    if name == "enum":
        return f"{shown} is not one of: {', '.join(str(value) for value in rule)}"
    if name == "pattern":
        return f"{shown} is not {PATTERN_WORDS.get(rule, f'of the form {rule}')}"
    if name == "maxLength":
        return f"{shown} is {len(cell)} characters long; at most {rule} are allowed"
    if name == "minLength":
        return f"{shown} is {len(cell)} characters long; at least {rule} are needed"
    if name == "minimum":
        return f"{shown} is less than {rule}"
    if name == "maximum":
        return f"{shown} is more than {rule}"
    if name == "required":
        return "required value is empty"
    return f"{shown} breaks the constraint {name}: {rule}"
