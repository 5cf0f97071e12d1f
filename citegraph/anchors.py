"""Footnote anchors: the name in the body text that a footnote mark is attached to.

A footnote in a UN resolution sources the instrument named just before its
mark: "... the United Nations Convention against Corruption⁵ and ...". The
layout stage finds the mark; :func:`anchor_before` reads the name that ends
there, trimmed to the name (SCHEMA.md: "the words in the body text that carry
the footnote mark (the instrument or document named) ... trimmed to the name").

How a name is read, walking back from the mark over words:

- a name is a run of capitalised words, numbers and the small words that join
  them inside titles ("of", "on", "the", "and", "against", "thereto", ...), and
  "resolution(s)"/"decision(s)" with their numbers;
- the run stops at any other lower-case word, at a governing verb
  ("Welcoming"), at a comma that does not join two parts of one title;
- when the words before the mark only qualify the name (", adopted on 8
  September 2006", " on promoting legal aid", ", which addressed ..."), they
  are cut off first, so that the name they qualify is read;
- when the name found is only the agent of a qualifier ("..., adopted by the
  Thirteenth United Nations Congress"; "report ... prepared pursuant to
  resolution 74/177"), the anchor is what is qualified;
- a document named by a common noun is kept with that noun ("report of the
  Secretary-General", "outcome document of the special session ...").

>>> anchor_before("implementation of the United Nations Convention against Corruption", 67)
'United Nations Convention against Corruption'
>>> anchor_before("Reaffirming the commitments made by Member States in the United Nations Global "
...               "Counter-Terrorism Strategy, adopted on 8 September 2006,", 120)
'United Nations Global Counter-Terrorism Strategy'
>>> anchor_before("Takes note of the report of the Secretary-General prepared pursuant to resolution 74/177;", 89)
'report of the Secretary-General'
"""

from __future__ import annotations

import re

from citegraph.grammar import MONTHS as _MONTHS

#: Small words that join the parts of a title ("Convention on the Rights of the Child").
CONNECTORS = frozenset(
    {
        "of",
        "on",
        "the",
        "and",
        "for",
        "against",
        "in",
        "to",
        "by",
        "with",
        "as",
        "amended",
        "into",
        "at",
        "from",
        "a",
        "an",
        "its",
        "their",
        "thereto",
        "thereof",
        "between",
        "within",
        "under",
        "towards",
        "or",
        "resolution",
        "resolutions",
        "decision",
        "decisions",
    }
)

#: Participles and verbs that open the clause a name stands in: the walk never crosses them.
_VERB_WORDS = re.compile(
    r"^(?:[A-Za-z]+ing|Reaffirms|Recalls|Welcomes|Notes|Takes|Urges|Requests|Decides|Invites|Calls|Encourages|"
    r"Stresses|Emphasizes|Underlines|Recognizes|Acknowledges|Endorses|Expresses|Reiterates|Affirms|Approves|"
    r"Adopts|Commends|Condemns|Demands|Supports|Also|Further)$"
)

_TOKEN = re.compile(r"[\w\u2019'./\u2010\u2011\u2013-]+|[(),;:]")

#: Words after the name that only qualify it; the earliest after the verb is cut off.
_CUT = re.compile(
    r",\s*(?:which|in\s+which|by\s+which|whereby|including|inter\s+alia|adopted|held|signed|done|both|all)\b"
    r"|\s(?:on|for)\s+(?!the\b|a\b|an\b)[a-z]+\b"
    r"|\sto\s+(?!the\b|a\b|an\b|its\b|their\b|be\b)[a-z]{3,}\b"
    r"|\s(?:prepared|submitted|issued|presented)\s"
    r"|\spursuant\s+to\b"
    r"|\suntil\b"
    r"|\sadopted\s+on\b"
)

#: The words before a name that make it the agent or source of a qualifier, not the anchor.
_QUALIFIER_BEFORE = re.compile(
    r"(?:,\s*(?:adopted|convened|organized|hosted|endorsed|established|launched|proclaimed|held)\s+(?:by|at|in)"
    r"|\s(?:prepared|submitted|issued|presented)\s+(?:pursuant\s+to|in\s+accordance\s+with|under|by)"
    r"|\spursuant\s+to)\s+(?:the\s+|its\s+)?$"
)

#: Common nouns that name a document and are kept before "of the ...".
_HEAD_NOUN_BEFORE = re.compile(
    r"\b(?P<head>(?:(?:agreed\s+)?conclusions|reports?|(?<![Tt]aking\s)(?<![Tt]akes\s)(?<![Tt]ake\s)note|letter|outcome\s+document|(?:practical\s+)?tools|"
    r"recommendations|summary|statement|review))\s+of\s+(?:the\s+)?$"
)

#: A common noun that names a document and opens the anchor when no title can be read.
_HEAD_NOUN = re.compile(
    r"\b(?:(?:agreed\s+)?conclusions|reports?|outcome\s+document|(?:practical\s+)?tools|recommendations)\b"
)

_LAST_PHRASE = re.compile(r"(?:\b(?:its|their|the)\s+)?(?:[\w\u2019'-]+\s+){0,3}[\w\u2019'-]+$")

_TRAILING_DATE = re.compile(rf"\s+of\s+\d{{1,2}}\s+(?:{'|'.join(_MONTHS)})\s+\d{{4}}$")


def _is_name_word(tok: str) -> bool:
    return tok[:1].isupper() or tok[:1].isdigit()


def _stops(toks: list[re.Match[str]], i: int, started: bool) -> bool:
    """Whether the walk back stops before token ``i - 1``."""
    t = toks[i - 1][0]
    nxt = toks[i][0] if i < len(toks) else ""
    prev = toks[i - 2][0] if i >= 2 else ""
    if t == ",":
        # a comma inside a title: "Prevent, Combat and Eradicate", "Levels, and Public Participation"
        nxt2 = toks[i + 1][0] if i + 1 < len(toks) else ""
        joins = _is_name_word(prev) and (_is_name_word(nxt) or (nxt == "and" and _is_name_word(nxt2)))
        return not (joins and started)
    if t in ("(", ")"):
        return False
    if t in (";", ":"):
        return True
    if _VERB_WORDS.match(t):
        # a capitalised participle inside a title ("Declaration on Integrating ...") does not stop it
        return not (t[:1].isupper() and (_is_name_word(prev) or prev in CONNECTORS) and prev != "The")
    if not (_is_name_word(t) or t in CONNECTORS):
        return True
    # "Member States in the United Nations ... Strategy": the subject of the clause is no part of the name
    return t == "States" and prev == "Member" and started


def _walk_back(toks: list[re.Match[str]]) -> tuple[int, int | None]:
    """Walk back from the last token while the name goes on: (where it stopped, name start)."""
    i = len(toks)
    start = None
    while i > 0:
        if _stops(toks, i, start is not None):
            break
        start = toks[i - 1].start()
        i -= 1
    return i, start


def _walk(head: str) -> tuple[str, int] | None:
    """The name that ends ``head``, and where it starts; None when ``head`` ends in no name."""
    # Names are short: tokenise the last 300 characters or so, from a space (a token boundary,
    # so these tokens are the tail of the whole head's), and the whole head only if the walk
    # reaches the first two of them.
    p = head.rfind(" ", 0, max(0, len(head) - 300)) + 1
    i, start = _walk_back(list(_TOKEN.finditer(head, p)))
    if p and i < 2:
        i, start = _walk_back(list(_TOKEN.finditer(head)))
    if start is None:
        return None
    # drop leading joiners ("of the", "in 2001 of the") so that the name starts with a name word
    toks = [m for m in _TOKEN.finditer(head, start)]
    k = 0
    while k < len(toks):
        t = toks[k][0]
        if (
            t in CONNECTORS
            and t not in ("resolution", "resolutions", "decision", "decisions")
            or t in (",", ")")
        ):
            k += 1
            continue
        if (
            t[:1].isdigit()
            and "/" not in t
            and k + 1 < len(toks)
            and (toks[k + 1][0] in CONNECTORS or toks[k + 1][0] == ",")
        ):
            k += 1  # "in 2001 of the Programme": a year is no part of the name
            continue
        break
    if k >= len(toks):
        return None
    start = toks[k].start()
    name = head[start:].strip()
    return (name, start) if _valid(name) else None


def _valid(name: str) -> bool:
    """A name has a capitalised word that is not a month, or a numbered resolution/decision."""
    words = name.replace("(", " ").replace(")", " ").split()
    if any(w[:1].isupper() and w.strip(",.") not in _MONTHS for w in words):
        return True
    return bool(re.search(r"\b(?:resolutions?|decisions?)\s+\S*\d", name))


def _tidy(name: str) -> str:
    name = _TRAILING_DATE.sub("", " ".join(name.split())).strip(" ,;:")
    words = name.split(" ")
    while len(words) > 1 and words[0] in ("of", "on", "to", "in", "by", "and", "for", "at", "with"):
        words.pop(0)  # "of the Doha amendment" -> "the Doha amendment"
    return " ".join(words)


def _with_head_noun(head: str, start: int, name: str) -> str:
    m = _HEAD_NOUN_BEFORE.search(head[:start])
    if m:
        return head[m.start("head") : start] + name
    return name


def anchor_before(text: str, end: int) -> str | None:
    """The name that ends at ``text[end]`` (where a footnote mark stood), or None."""
    head = text[:end].rstrip(" ,;:.")
    clause_start = max(head.rfind(";"), head.rfind("\n")) + 1
    head = head[clause_start:]
    if not head.strip():
        return None
    for _ in range(4):
        found = _walk(head)
        if found is not None:
            name, start = found
            q = _QUALIFIER_BEFORE.search(head[:start])
            if q:
                head = head[: q.start()].rstrip(" ,")
                continue
            return _tidy(_with_head_noun(head, start, name))
        verb_end = _verb_end(head)  # read once: the cut and the head noun both start after the verb
        cut = _first_cut(head, verb_end)
        noun = _last_head_noun(head, verb_end)
        if noun is not None and (cut is None or noun > cut):
            return _tidy(head[noun:])  # "the outcome document of the special session ... held in 2016"
        if cut is None:
            break
        head = head[:cut].rstrip(" ,")
    noun = _last_head_noun(head, _verb_end(head))
    if noun is not None:
        return _tidy(head[noun:])
    # no title: the last plain noun phrase ("its successive biennial reviews")
    m = _LAST_PHRASE.search(head, _last_words_start(head, 5))
    return _tidy(m[0]) if m else None


def _last_words_start(head: str, n: int) -> int:
    """Where the last ``n`` whitespace-separated chunks of ``head`` begin (0 if it has no more).

    A :data:`_LAST_PHRASE` match is at most five words apart only by whitespace, so it lies in
    the last five chunks: searching from there finds the same match without trying every position.
    """
    parts = head.rsplit(None, n)
    return head.index(parts[1], len(parts[0])) if len(parts) > n else 0


def _verb_end(head: str) -> int:
    from citegraph.references import governing_verb

    verb = governing_verb(head, len(head))
    return verb[1] if verb else 0


def _last_head_noun(head: str, after: int = 0) -> int | None:
    """Where the last document-naming noun after the governing verb starts, if any."""
    start = None
    for m in _HEAD_NOUN.finditer(head, after):
        start = m.start()
    return start


def _first_cut(head: str, verb_end: int | None = None) -> int | None:
    """Where the qualifiers of the name begin: the earliest cut after the clause's governing verb
    (which ends at ``verb_end``, :func:`_verb_end`, if already known)."""
    for m in _CUT.finditer(head, _verb_end(head) if verb_end is None else verb_end):
        return m.start()
    return None
