"""Word-level comparison of two printings of the same words, with difflib.

Printings are often excerpts: one outlet printed the first part of a statement, another the
second, a third both. `compare` first places one printing within the other (by their words,
ignoring case and punctuation), then diffs only the span both printed. Words outside that span
were not printed by the other outlet: they are marked as such, never as changes.
"""

from __future__ import annotations

import re
from difflib import Match, SequenceMatcher

TOKEN = re.compile(r"\w+|[^\w\s]|\s+")
WORD = re.compile(r"\w+(?:[.'\u2019]\w+)*")
ELISION = re.compile(r"\s*(?:\[\s*(?:\.\s*){3}\]|(?:\.\s*){3}|\u2026|\[\u2026\])\s*")
BRACKET_AFTER = re.compile(r"\s*\[[^\[\]]*\]")
BRACKET_BEFORE = re.compile(r"\[[^\[\]]*\]\s*$")
APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})

STRONG_WORDS = 3  # a run of this many shared words places one printing within another
NEAR_WORDS = 3  # a shorter shared run counts when this few words from a placed one
EDGE_WORDS = 2  # this few differing words at the edge of the shared span are a change

# Run kinds: 'same'; 'left' / 'right': changed words inside the shared span, printed only by
# that side; 'not-in-right' / 'not-in-left': words outside the span the other did not print.
UNPRINTED = {"left": "not-in-right", "right": "not-in-left"}


def tokens(text: str) -> list[str]:
    """Words, punctuation marks and runs of spaces, in order."""
    return TOKEN.findall(text)


def words(text: str) -> list[re.Match]:
    """The words, with abbreviations and contractions kept whole ('U.S.', "ICE's")."""
    return list(WORD.finditer(text))


def word_key(word: str) -> str:
    """What two printings must share for a word to count as the same: letters, any case."""
    return re.sub(r"\W", "", word.casefold())


def word_diff(left: str, right: str) -> list[list[str]]:
    """[op, text] runs; op is 'same', 'left' (only in the left text) or 'right'."""
    a, b = tokens(left), tokens(right)
    matcher = SequenceMatcher(a=a, b=b, autojunk=False)
    runs: list[list[str]] = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            _append(runs, "same", "".join(a[i1:i2]))
            continue
        gone, added = "".join(a[i1:i2]), "".join(b[j1:j2])
        # an elision mark ('[...]') stands for words left out: not printed, not changed
        elided = ELISION.fullmatch(gone) or ELISION.fullmatch(added)
        if gone:
            _append(runs, UNPRINTED["left"] if elided else "left", gone)
        if added:
            _append(runs, UNPRINTED["right"] if elided else "right", added)
    return runs


def _append(runs: list[list[str]], op: str, text: str) -> None:
    if runs and runs[-1][0] == op:
        runs[-1][1] += text
    else:
        runs.append([op, text])


def similarity(left: str, right: str) -> float:
    """Share of words and marks the two printings have in common, 0 to 1."""
    return SequenceMatcher(a=tokens(left), b=tokens(right), autojunk=False).ratio()


def _anchors(a: list[str], b: list[str]) -> list[Match]:
    """Runs of shared words that place one printing within the other, in order.

    A run counts when it is long enough not to be chance (shorter for short printings), or
    when it lies a few words from a run that counts; lone common words far away do not.
    """
    blocks = [m for m in SequenceMatcher(a=a, b=b, autojunk=False).get_matching_blocks() if m.size]
    strong = min(STRONG_WORDS, max(1, min(len(a), len(b)) // 2))
    kept = {m for m in blocks if m.size >= strong}
    grew = bool(kept)
    while grew:
        grew = False
        for m in blocks:
            if m not in kept and any(_near(m, k) for k in kept):
                kept.add(m)
                grew = True
    return sorted(kept)


def _near(x: Match, y: Match) -> bool:
    first, second = sorted((x, y))
    gap_a = second.a - first.a - first.size
    gap_b = second.b - first.b - first.size
    return 0 <= gap_a <= NEAR_WORDS and 0 <= gap_b <= NEAR_WORDS


def shared_words(left: str, right: str) -> tuple[int, int, int, int] | None:
    """Word ranges (left start, left end, right start, right end) both printed, or None."""
    a = [word_key(w.group()) for w in words(left)]
    b = [word_key(w.group()) for w in words(right)]
    anchors = _anchors(a, b)
    if not anchors:
        return None
    l0, r0 = anchors[0].a, anchors[0].b
    l1, r1 = anchors[-1].a + anchors[-1].size, anchors[-1].b + anchors[-1].size
    # a word or two that differ where one printing starts or stops is a changed word
    if 0 < (k := min(l0, r0)) <= EDGE_WORDS:
        l0, r0 = l0 - k, r0 - k
    if 0 < (k := min(len(a) - l1, len(b) - r1)) <= EDGE_WORDS:
        l1, r1 = l1 + k, r1 + k
    return l0, l1, r0, r1


def _with_brackets(text: str, start: int, end: int) -> tuple[int, int]:
    """An editor's bracket ('[separation of families]') at the shared span's edge belongs to
    it: words the outlet added there are a change, not a part the other left out."""
    if after := BRACKET_AFTER.match(text, end):
        end = after.end()
    if before := BRACKET_BEFORE.search(text[:start]):
        start = before.start()
    return start, end


def _gap_after(text: str, end: int) -> str:
    following = WORD.search(text, end)
    return text[end : following.start() if following else len(text)]


def _gap_before(text: str, start: int) -> str:
    previous = [m.end() for m in WORD.finditer(text[:start])]
    return text[(previous[-1] if previous else 0) : start]


def _common_prefix(x: str, y: str) -> int:
    """How many leading marks (not spaces) the two have in common, any quotation-mark shape."""
    n = 0
    for p, q in zip(x.translate(APOSTROPHES), y.translate(APOSTROPHES), strict=False):
        if p != q or p.isspace():
            break
        n += 1
    return n


def shared_span(left: str, right: str) -> tuple[int, int, int, int] | None:
    """Character ranges of the part both printed, with the marks both put at its edges."""
    span = shared_words(left, right)
    if span is None:
        return None
    l0, l1, r0, r1 = span
    lw, rw = words(left), words(right)
    ls, le = _with_brackets(left, lw[l0].start(), lw[l1 - 1].end())
    rs, re_ = _with_brackets(right, rw[r0].start(), rw[r1 - 1].end())
    after = _common_prefix(_gap_after(left, le), _gap_after(right, re_))
    before = _common_prefix(_gap_before(left, ls)[::-1], _gap_before(right, rs)[::-1])
    return ls - before, le + after, rs - before, re_ + after


def overlaps_within(reference: str, left: str, right: str) -> bool:
    """Whether the two printings cover a common part of the reference (the fullest printing)."""
    spans = [shared_words(reference, text) for text in (left, right)]
    if None in spans:
        return False
    return max(s[0] for s in spans) < min(s[1] for s in spans)


def _has_words(runs: list[list[str]], op: str) -> bool:
    return any(kind == op and WORD.search(text) for kind, text in runs)


def compare(left: str, right: str, reference: str | None = None) -> dict:
    """How two printings relate, their word diff and their similarity within the shared part.

    relation: 'identical'; 'disjoint' (no shared span: they printed different parts);
    'excerpt' / 'excerpt-with-changes' (one printed only part of the other's words; `shorter`
    names it); 'overlapping' (each printed words the other did not); 'different' (the same
    span with changed words). `reference`, the group's fullest printing, settles where each
    lies when the two share only a stock phrase from different parts of it.
    """
    if left == right:
        return {"relation": "identical", "runs": [["same", left]], "similarity": 1.0}
    span = shared_span(left, right)
    if span is None or (reference and not overlaps_within(reference, left, right)):
        return _disjoint(left, right, reference)
    ls, le, rs, re_ = span
    runs: list[list[str]] = []
    for op, text in (("not-in-right", left[:ls]), ("not-in-left", right[:rs])):
        if text:
            _append(runs, op, text)
    for op, text in word_diff(left[ls:le], right[rs:re_]):
        _append(runs, op, text)
    for op, text in (("not-in-right", left[le:]), ("not-in-left", right[re_:])):
        if text:
            _append(runs, op, text)
    result = {
        "relation": _relation(runs),
        "runs": runs,
        "similarity": round(similarity(left[ls:le], right[rs:re_]), 3),
        "changed": any(op in ("left", "right") for op, _ in runs),
    }
    if result["relation"].startswith("excerpt"):
        result["shorter"] = "right" if _has_words(runs, "not-in-right") else "left"
    return result


def _relation(runs: list[list[str]]) -> str:
    left_more, right_more = _has_words(runs, "not-in-right"), _has_words(runs, "not-in-left")
    changed = any(op in ("left", "right") for op, _ in runs)
    if left_more and right_more:
        return "overlapping"
    if left_more or right_more:
        return "excerpt-with-changes" if changed else "excerpt"
    return "different"


def _disjoint(left: str, right: str, reference: str | None) -> dict:
    runs = [["not-in-right", left], ["not-in-left", right]]
    if reference and _position(reference, right) < _position(reference, left):
        runs.reverse()
    return {"relation": "disjoint", "runs": runs, "similarity": None, "changed": False}


def _position(reference: str, text: str) -> int:
    """Where a printing starts within the reference, in words (the end if nowhere)."""
    span = shared_words(reference, text)
    return span[0] if span else len(words(reference))
