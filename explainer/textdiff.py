"""Word-level comparison of two printings of the same words, with difflib."""

from __future__ import annotations

import re
from difflib import SequenceMatcher

TOKEN = re.compile(r"\w+|[^\w\s]|\s+")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})


def tokens(text: str) -> list[str]:
    """Words, punctuation marks and runs of spaces, in order."""
    return TOKEN.findall(text)


def word_diff(left: str, right: str) -> list[list[str]]:
    """[op, text] runs; op is 'same', 'left' (only in the left text) or 'right'."""
    a, b = tokens(left), tokens(right)
    matcher = SequenceMatcher(a=a, b=b, autojunk=False)
    runs: list[list[str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _append(runs, "same", "".join(a[i1:i2]))
            continue
        if i2 > i1:
            _append(runs, "left", "".join(a[i1:i2]))
        if j2 > j1:
            _append(runs, "right", "".join(b[j1:j2]))
    return runs


def _append(runs: list[list[str]], op: str, text: str) -> None:
    if runs and runs[-1][0] == op:
        runs[-1][1] += text
    else:
        runs.append([op, text])


def similarity(left: str, right: str) -> float:
    """Share of words and marks the two printings have in common, 0 to 1."""
    return SequenceMatcher(a=tokens(left), b=tokens(right), autojunk=False).ratio()


def find_excerpt(longer: str, shorter: str) -> tuple[int, int] | None:
    """Where the shorter printing's words stand in the longer one, ignoring case, spacing and
    the shape of quotation marks; None if they don't."""
    words = [t for t in tokens(shorter) if not t.isspace()]
    if not words:
        return None
    parts = [_flexible(w) for w in words]
    match = re.search(r"\s*".join(parts), longer, re.IGNORECASE)
    return match.span() if match else None


def _flexible(token: str) -> str:
    """A token's pattern: any quotation-mark shape for a quote, space or nothing for a hyphen."""
    if token in "'\u2018\u2019":
        return "['\u2018\u2019]"
    if token == "-":
        return "[-\\s]?"
    return re.escape(token)


def compare(left: str, right: str) -> dict:
    """How two printings relate, their word diff and their similarity.

    relation: 'identical'; 'excerpt' when one prints only part of the other's words (the runs
    then mark the rest as 'context', not printed by the shorter one); else 'different'.
    """
    if left == right:
        return {"relation": "identical", "runs": [["same", left]], "similarity": 1.0}
    shorter_is_right = len(right) <= len(left)
    longer, shorter = (left, right) if shorter_is_right else (right, left)
    span = find_excerpt(longer, shorter) if len(shorter) < len(longer) else None
    if span is None:
        return {
            "relation": "different",
            "runs": word_diff(left, right),
            "similarity": round(similarity(left, right), 3),
        }
    start, end = span
    inner = (
        word_diff(longer[start:end], shorter)
        if shorter_is_right
        else word_diff(shorter, longer[start:end])
    )
    runs = (
        ([["context", longer[:start]]] if start else [])
        + inner
        + ([["context", longer[end:]]] if end < len(longer) else [])
    )
    changed = any(op != "same" for op, _ in inner)
    return {
        "relation": "excerpt-with-changes" if changed else "excerpt",
        "shorter": "right" if shorter_is_right else "left",
        "runs": runs,
        "similarity": round(similarity(longer[start:end], shorter), 3),
    }
