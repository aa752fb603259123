"""The quote comparisons: curated pairs, checklists, transcription variants, edit history."""

from __future__ import annotations

import re
from itertools import combinations

from explainer.components.formatting import (
    citations,
    event_when,
    format_day,
    source_record,
)
from explainer.components.i18n import ENGLISH, N_, _, current_language
from explainer.data.records import Quote, QuoteCheck, Story
from explainer.reporting import report_target
from explainer.sections.citing import part_cite, part_forms, quote_item
from explainer.sections.corrections import revisions
from explainer.sections.glossary import VOILA_GLOSSARY_HREF, glossary_links
from explainer.sections.textdiff import compare, words

MEDIUM_LABELS = {
    "blog-post": N_("blog post"),
    "statement": N_("statement"),
    "tweet": N_("tweet"),
    "email-memo": N_("email or memo"),
    "open-letter": N_("open letter"),
    "speech": N_("speech"),
    "press-briefing": N_("press briefing"),
    "interview": N_("interview"),
    "court-order": N_("court order"),
    "executive-order": N_("executive order"),
    "official-memo": N_("official memo"),
    "official-report": N_("official report"),
    "social-post": N_("social-media post"),
}
# The states of the January post's ICE passage on 18 June 2018 (post_history.state).
STATE_LABELS = {
    "published": N_("Published"),
    "present": N_("Still there"),
    "removed": N_("Removed"),
    "restored": N_("Restored"),
    "explained": N_("Explained"),
}


def check_regex(check: QuoteCheck) -> re.Pattern:
    """The check's words, matched case-insensitively as whole words."""
    return re.compile(rf"\b(?:{check.pattern})\b", re.IGNORECASE)


def evidence_spans(text: str, check: QuoteCheck) -> list[list[int]]:
    """Where the check's words occur in the text, as (start, end) character offsets."""
    return [list(m.span()) for m in check_regex(check).finditer(text)]


def quote_card(story: Story, quote: Quote, static: bool = False) -> dict:
    """What a card shows for one quote: who, when, how, the words, the source, any revisions.

    On a page in another language the words stay verbatim (`text`) and `translation` (ours;
    "" where there is none yet) goes beside them."""
    card = {
        "id": quote.quote_id,
        "speaker": quote.speaker,
        "role": quote.role,
        "date": format_day(quote.date),
        "medium": _(MEDIUM_LABELS[quote.medium]),
        "text": quote.text,
        "context": quote.context,
        "source": source_record(story.source(quote.source_id)),
        "revisions": revisions(story, "quotes", quote.quote_id, static),
        "cite": part_cite(quote_item(story, quote)),
    }
    if current_language() != ENGLISH:
        card["translation"] = quote.translation
    return card


def side_answer(story: Story, quote_ids, check: QuoteCheck) -> dict:
    """For one side of a pair: the matched words per quote, or that none appear."""
    spans = {qid: evidence_spans(story.quote(qid).text, check) for qid in quote_ids}
    words = []
    for qid, found in spans.items():
        text = story.quote(qid).text
        words += [text[start:end] for start, end in found]
    return {"found": bool(words), "words": sorted(set(words), key=str.lower), "spans": spans}


def pair_view(story: Story, pair, static: bool = False) -> dict:
    checks = {c.check_id: c for c in story.quote_checks}
    return {
        "id": pair.pair_id,
        "question": pair.question,
        "left": {
            "label": pair.left_label,
            "quotes": [quote_card(story, story.quote(q), static) for q in pair.left_quote_ids],
        },
        "right": {
            "label": pair.right_label,
            "quotes": [quote_card(story, story.quote(q), static) for q in pair.right_quote_ids],
        },
        "checks": [
            {
                "id": cid,
                "label": checks[cid].label,
                "left": side_answer(story, pair.left_quote_ids, checks[cid]),
                "right": side_answer(story, pair.right_quote_ids, checks[cid]),
            }
            for cid in pair.check_ids
        ],
    }


def variant_groups(story: Story, static: bool = False) -> list[dict]:
    """Each group of printings of the same words, with a word diff for every two members."""
    groups: dict[str, list[Quote]] = {}
    for quote in story.quotes:
        if quote.variant_group:
            groups.setdefault(quote.variant_group, []).append(quote)
    out = []
    for group_id, members in sorted(groups.items(), key=lambda item: (item[1][0].date, item[0])):
        fullest = max(members, key=lambda q: len(words(q.text))).text
        longest = max(members, key=lambda q: len(q.text))
        comparisons = {}
        for a, b in combinations(range(len(members)), 2):
            comparisons[f"{a}-{b}"] = compare(members[a].text, members[b].text, fullest)
        out.append(
            {
                "id": group_id,
                # Translators: a group of printings of the same quote: who, when, its first words.
                "label": _("{speaker}, {date}: {opening}").format(
                    speaker=members[0].speaker,
                    date=format_day(members[0].date),
                    opening=_opening(longest.translation or longest.text),
                ),
                "members": [
                    {**quote_card(story, q, static), "note": q.variant_note} for q in members
                ],
                "comparisons": comparisons,
                "default": _most_telling_pair(members, comparisons),
            }
        )
    return out


def _opening(text: str, words: int = 8) -> str:
    head = text.split()
    return " ".join(head[:words]) + ("…" if len(head) > words else "")


RELATION_RANK = {
    "excerpt-with-changes": 0,
    "different": 1,
    "overlapping": 2,
    "excerpt": 3,
    "identical": 5,
    "disjoint": 6,
}
ALIKE = 0.5


def _most_telling_pair(members: list[Quote], comparisons: dict) -> list[int]:
    """Default comparison: the most alike two printings whose words still differ."""

    def rank(item):
        key, comparison = item
        rank = RELATION_RANK[comparison["relation"]]
        if comparison["relation"] == "different" and comparison["similarity"] < ALIKE:
            rank = 4
        return (rank, -(comparison["similarity"] or 0), key)

    key = min(comparisons.items(), key=rank)[0]
    return [int(i) for i in key.split("-")]


def post_history(story: Story) -> list[dict]:
    """The January post's ICE passage on 18 June 2018, step by step, with each step's sources."""
    steps = []
    for step in sorted(story.post_history, key=lambda s: s.step):
        event = story.event(step.event_id)
        steps.append(
            {
                "step": step.step,
                "state": step.state,
                "state_label": _(STATE_LABELS[step.state]),
                "when": event_when(event),
                "title": event.title,
                "note": step.note,
                "confidence": event.confidence,
                "sources": citations(story, event.source_ids),
            }
        )
    return steps


def quotes_view(
    story: Story, glossary_href: str = VOILA_GLOSSARY_HREF, static: bool = False
) -> dict:
    """The whole view model for the quotes widget (plain JSON); `static` for the static edition."""
    passage = next((q for q in story.quotes if q.quote_id == "onmsft-jan-post-modernization"), None)
    return {
        "pairs": [
            pair_view(story, p, static) for p in sorted(story.quote_pairs, key=lambda p: p.order)
        ],
        "variants": variant_groups(story, static),
        "history": post_history(story),
        "passage": quote_card(story, passage, static) if passage else None,
        "links": glossary_links(story, glossary_href),
        "report_to": report_target(),
        "cite_forms": part_forms(story),
    }
