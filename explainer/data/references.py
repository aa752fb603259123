"""Every reference the descriptor declares: foreign keys, and `itemReference` on list fields.

Checked on every load, not only by `validate`: the pages look cited rows up, so a dangling id
must stop the build with its file:row:field rather than a KeyError. `validate` turns
frictionless's own foreign-key check off (`schema_check.py`), so each key is checked once.
"""

from __future__ import annotations

from explainer.data.problems import Problem
from explainer.data.records import Story, record_key
from explainer.data.schema import Reference, TableSpec


def reference_problems(
    story: Story, specs: tuple[TableSpec, ...], lines: dict[str, dict[str, int]], loaded: set[str]
) -> list[Problem]:
    """A problem for each value that is not in the table it refers to."""
    paths = {spec.name: spec.path for spec in specs}
    problems = []
    for spec in specs:
        for reference in spec.references:
            if {spec.name, reference.target} <= loaded:
                problems += _dangling(story, spec, reference, paths, lines.get(spec.name, {}))
    return problems


def _dangling(story, spec, reference: Reference, paths, lines) -> list[Problem]:
    known = {_values(row, reference.target_fields) for row in getattr(story, reference.target)}
    field = ", ".join(reference.fields)
    noun = _noun(reference.target_fields)
    problems = []
    for record in getattr(story, spec.name):
        if reference.each_item:
            wanted = [(item,) for item in getattr(record, reference.fields[0])]
        else:
            wanted = [_values(record, reference.fields)]
        for values in wanted:
            if values not in known and not all(v in ("", None) for v in values):
                shown = ", ".join(str(v) for v in values)
                message = f"{noun} '{shown}' is not in {paths[reference.target]}"
                problems.append(
                    Problem(spec.path, lines.get(record_key(record), "-"), field, message)
                )
    return problems


def _values(record, fields: tuple[str, ...]) -> tuple:
    return tuple(getattr(record, name) for name in fields)


def _noun(fields: tuple[str, ...]) -> str:
    """'source_id' -> 'source', 'actor_group_id' -> 'actor group'."""
    return ", ".join(name.removesuffix("_id").replace("_", " ") for name in fields)
