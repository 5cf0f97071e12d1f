"""References: every identifier a UN text cites, typed by the verb that governs it.

``Document ─extract─▶ [Reference]``. For each paragraph the scanner of
:mod:`citegraph.grammar` yields atoms (keywords, numbers, dates, symbols,
Treaty Series citations...); this module joins them the way SCHEMA.md reads
them:

- a keyword opens a *list*: "its resolutions 46/152 of 18 December 1991, 60/1
  of ... and 70/1 of ..."; the list runs on while each next number follows a
  separator (",", "and") in the same clause;
- a date printed after a number, or after the "and"-joined group the number
  closes, is its date (``69/193 and 69/196 of 18 December 2014``: both; but
  ``70/299, and 72/305 of 23 July 2018``: only 72/305);
- the body is read from the words before the keyword ("Economic and Social
  Council resolution"), after the number ("8/10 of ... of the Conference of the
  States Parties to ..."), the shape of the number (``1373 (2001)`` is the
  Security Council's) or, for "its", the organ that adopted the document;
- the relation is the lemma of the nearest governing verb before the list,
  unless the words just before it only name a source ("as adopted by the
  General Assembly in its resolution 69/196", "pursuant to"): then ``cite``.
  Footnotes are ``source``, the header ``cite``.

:func:`scan_text` does all this on one plain string (what the grammar tests
use); :func:`extract_references` runs it over a :class:`~citegraph.models.Document`.

>>> [(r.target, r.date, r.relation) for r in scan_text("Reaffirming its resolutions 69/193 and 69/196 of 18 December 2014,")]
[('A/RES/69/193', '2014-12-18', 'reaffirm'), ('A/RES/69/196', '2014-12-18', 'reaffirm')]
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from citegraph import grammar as g
from citegraph.anchors import submitted_report
from citegraph.models import FOOTNOTE, HEADER, Document, Footnote, NormText, Paragraph, Reference
from citegraph.symbols import (
    BODIES,
    REGIONAL_COMMISSIONS,
    SymbolError,
    au_decision,
    body_of,
    council_year,
    decision,
    file_symbol,
    imo_resolution,
    kind_of,
    opcw_decision,
    parse_id,
    protocol_decision,
    publication,
    resolution,
    treaty,
    treaty_volume,
    wha_designation,
)
from citegraph.symbols import fold as _fold_ws
from citegraph.verbs import OPENING_ONLY, VERBS, lemma_of, lemma_of_past

_MONTH_NO = {m: i for i, m in enumerate(g.MONTHS, 1)}
_MONTH_MM = {m: f"{i:02d}" for m, i in _MONTH_NO.items()}  # "December" -> "12"
_SECURITY_COUNCIL = re.compile(r"The\s+Security\s+Council\s*,")
_GLUED = re.compile(r"\d(?=[A-Z]{1,8}/)")
_MARKDOWN = re.compile(r"\]\([^)]*\)|[\[*\\]")
_NEEDS_TIDY = re.compile(r"\d[A-Z]|[0-9A-Z]\(")
_PAREN_YEAR = re.compile(r"\((\d{4})")
_PAREN_SPACE = re.compile(r"\(\s+|\s+\)")
_DIGITS = re.compile(r"\d+")
_NUMBER_KINDS = frozenset(g.NUMBER_KINDS)
#: The last part of a symbol with its number spaced off by OCR: "/Add. 1".
_SPACED_PART = re.compile(r"(/(?:Add|Corr|Rev))\. (\d)")
#: What str.isdigit finds in a symbol (its digits are \d: see grammar's "symbol").
_ANY_DIGIT = re.compile(r"\d")
_PART_SUFFIX = re.compile(r"/(?:Corr|Add|Rev)\.\d+$")
#: The last part of a symbol, which the bare numbers of a list of parts continue: "S/1994/89/Add.1 and 2".
_LAST_PART = re.compile(r"^(?P<base>.+)/(?P<part>Corr|Add|Rev)\.\d{1,3}$")
#: A range of parts, printed after a symbol ("and Corr.1–3") or inside it ("S/8248/Add.7-9").
_PART_RANGE = re.compile(
    r"^(?P<head>(?:.+/)?(?:Corr|Add|Rev)\.)(?P<lo>\d{1,3})[\u2010\u2011\u2012\u2013-](?P<hi>\d{1,3})$"
)
#: The gap before a bare number of a list of parts: "Add.1 and 2", "Add.1, 2 and 3".
_PARTNO_GAP = re.compile(r"\s*(?:,\s*and|,|and)\s*")
_JOIN_ONLY = re.compile(r"\s*(?:,\s*)?(?:and|or|as\s+well\s+as)?\s*(?:the\s+)?")
_LETTERED = re.compile(r"(.*?\d)\s?([A-H])$")
_LETTER_JOIN = re.compile(r"\s*(?:,|and|,\s*and|to)\s*")
_RANGE = re.compile(r"\d\s?[\u2013-]\s?\d")
_FIRST_GAP = re.compile(r"\s*(?:No\.\s*)?|\s*\d{1,4}\s*\d{4}\)\s*,\s*")
_DASHES = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-"})
#: The hyphens of print that look like "-" (hyphen, non-breaking hyphen): a document's symbol as printed has "-" there.
#: A dash that looks like none ("A/C.6/64/SR.1–28/Corrigendum": the en dash of a range) is printed as it is.
_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-"})


@dataclass(slots=True)
class Found:
    """A reference found in one string: offsets are into that string."""

    start: int
    end: int
    surface: str
    target: str
    kind: str
    body: str | None
    date: str | None
    relation: str


@dataclass(slots=True)
class Context:
    """What the scanner needs to know about the document around a paragraph."""

    organ: str = "GA"  # the organ "its" stands for
    own: frozenset[str] = frozenset()  # the document's own symbols: never annotated
    section: str = "body"  # "header", "body" or "footnote"
    ibid: list[str] = field(default_factory=list)  # targets of the previous footnote
    ibid_treaty: bool | None = None  # whether it cited the Treaty Series (None: no such footnote yet)
    ibid_document: str | None = None  # the document the previous footnote placed an act in: see _ibid
    doc_text: str = ""  # the whole normalised text, to find the body a short name ("Council") stands for
    norm: NormText | None = None  # to read what the file prints where the normalised text lost a digit
    known: dict[str, str] = field(default_factory=dict)  # "31/1" -> "CCPCJ": bodies numbers had earlier
    base: int = 0  # where the paragraph being scanned starts in ``doc_text``
    declaration: bool = False  # a declaration in the first person ("We, Heads of State ..."): see _scan


# ---- the governing verbs ------------------------------------------------------------------


def _verb_forms() -> list[tuple[str, str]]:
    """(form, lemma) pairs that can govern a reference: participles, present tenses, "having ..."."""
    out = []
    for v in VERBS.values():
        for f in v.forms:
            if not f:
                continue
            last = f.split()[-1]
            if (
                last.endswith("ed")
                and not f.startswith("having")
                and f not in ("guided by",)
                and f not in OPENING_ONLY
            ):
                continue  # "in which it decided ...": past tenses describe the cited text
            if (
                f == v.lemma.replace("-", " ")
                and not last.endswith("ing")
                and f not in OPENING_ONLY
                and f not in ("guided by",)  # a participle's lemma: "Guided by the Charter ..."
            ):
                continue  # bare base forms ("note") are nouns as often as verbs: see _MODAL
            out.append((f, v.lemma))
    out.sort(key=lambda t: -len(t[0]))
    return out


_FORMS = _verb_forms()
_LEMMA_OF_FORM = {f: lemma for f, lemma in _FORMS}


def _verb_regex(forms: list[str]) -> str:
    """One alternation per first letter and case ("R(?:eaffirming|ecalling|...)|r(?:eaffirming|...)"):
    much faster than IGNORECASE, which keeps the regex engine from skipping through prose, and than
    ``[Rr]``, since the engine rules out an alternative that starts with one letter at a glance.

    A verb of several words is one alternative per first word, its other words after it
    ("alls\\s+(?:<inside>\\s+)?(?:upon|for|on)"): the words that may stand inside it
    (:data:`_INSIDE_VERB`) are written once per first word, not once per form. Those come before
    the verbs of one word, so that "taking note" is read before "taking".
    """
    by_first: dict[str, list[str]] = {}
    for f in forms:
        by_first.setdefault(f[0], []).append(f[1:])
    alts = []
    for first, rests in by_first.items():
        tails: dict[str, list[str]] = {}  # first word (without its first letter) -> the other words
        singles = []
        for r in rests:
            head, sep, tail = r.partition(" ")
            if sep:
                tails.setdefault(head, []).append(tail)
            else:
                singles.append(r)
        parts = [
            re.escape(head)
            + r"\s+(?:"
            + _INSIDE_VERB
            + r"\s+)?(?:"
            + "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in sorted(ts, key=len, reverse=True))
            + ")"
            for head, ts in sorted(tails.items(), key=lambda kv: -len(kv[0]))
        ]
        parts += [re.escape(r) for r in sorted(singles, key=len, reverse=True)]
        body = "|".join(parts)
        alts += [f"{first.upper()}(?:{body})", f"{first}(?:{body})"]
    return r"(?:" + "|".join(alts) + r")\b"  # after \b: see grammar.WordSearch


#: Words that may stand inside a verb of two or more words, after its first word, with no comma around them
#: (a verb never runs across a comma: see :func:`last_verb`): "and calls in this regard for the full
#: implementation of ... resolutions 446 (1979) ..." is "calls for"; "calls once again upon", "taking
#: further note", "having also considered".
_INSIDE_VERB = (
    r"(?:in\s+(?:this|that)\s+(?:regard|respect|context)|inter\s+alia|also|further|once\s+again|again)"
)
_INSIDE_VERB_RE = re.compile(r"\s+" + _INSIDE_VERB + r"(?=\s)", re.IGNORECASE)


_VERB = g.WordSearch(_verb_regex([f for f, _ in _FORMS]))
_BASES = sorted(
    {v.lemma.replace("-", " ") for v in VERBS.values() if v.forms and v.forms[0]}, key=len, reverse=True
)
#: "which will support the implementation of resolutions ...": a finite verb after a modal; and
#: after "we", the voice of a declaration ("We take note of the final report ...", "We also welcome").
_MODALS = ("will", "shall", "would", "should", "may", "can", "could", "must", "we")
_MODAL = g.WordSearch(
    rf"(?:{'|'.join(_MODALS)})\s+(?:also\s+|further\s+|continue\s+to\s+)?(?P<base>"
    + "|".join(re.escape(b).replace(r"\ ", r"\s+") for b in _BASES)
    + r")\b",
    re.IGNORECASE,
)


def _any_case(word: str) -> str:
    """``word`` in either case, letter by letter ("can" -> "[Cc][Aa][Nn]"); a space is ``\\s+``."""
    return "".join(r"\s+" if c == " " else f"[{c.upper()}{c}]" if c.isalpha() else re.escape(c) for c in word)


#: :data:`_MODAL` for ASCII text, where IGNORECASE is only "either case": each modal starts with one
#: letter per case (W[Ii][Ll][Ll]|w[Ii][Ll][Ll]...), which the regex engine rules out at a glance.
_MODAL_ASCII = g.WordSearch(
    "(?:"
    + "|".join(f"{c}{_any_case(m[1:])}" for m in _MODALS for c in (m[0].upper(), m[0]))
    + r")\s+(?:"
    + "|".join(_any_case(a) + r"\s+" for a in ("also", "further", "continue to"))
    + ")?(?P<base>"
    + "|".join(_any_case(b) for b in _BASES)
    + r")\b"
)
#: A paragraph of a declaration in the first person opens with the bare verb of its "We" ("We, Heads of
#: State and Government ...: 10. Reaffirm the commitment to General Assembly resolution 71/3 ..."):
#: the base form at the paragraph's start governs, as after "we" (:data:`_MODAL`). Not "Note by the
#: Secretary-General", a heading.
_DECLARATION_OPENING = re.compile(
    r"\s*(?:(?:Also|Further)\s+)?(?P<base>"
    + "|".join(re.escape(b[0].upper() + b[1:]).replace(r"\ ", r"\s+") for b in _BASES)
    + r")\b(?!\s+by\b)"
)


def _declaration_opening(text: str) -> tuple[int, int, str] | None:
    """The bare verb that opens a paragraph of a first-person declaration, as :func:`verb_spans` gives it.

    >>> _declaration_opening("Reaffirm the commitment to General Assembly resolution 71/3")
    (0, 8, 'reaffirm')
    >>> _declaration_opening("Take note of the contributions"), _declaration_opening("Note by the Secretary-General")
    ((0, 9, 'take-note'), None)
    """
    m = _DECLARATION_OPENING.match(text)
    return (m.start("base"), m.end("base"), _lemma_base(m["base"])) if m is not None else None


#: Words before an -s form that make it a noun ("the requests of", "notes verbales").
_NOUN_BEFORE = frozenset(
    {
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "these",
        "those",
        "such",
        "of",
        "by",
        "for",
        "with",
        "to",
        "in",
        "on",
        "from",
        "all",
        "any",
        "new",
        "our",
        "whose",
        "two",
        "three",
        "several",
        "many",
        "various",
        "relevant",
        "recent",
    }
)
#: Words before an -ing form that make it a gerund, not the governing participle ("on promoting ...").
_GERUND_BEFORE = frozenset(
    {
        "on",
        "of",
        "for",
        "in",
        "by",
        "to",
        "at",
        "without",
        "through",
        "while",
        "when",
        "after",
        "before",
        "toward",
        "towards",
    }
)


#: A participle right after a reference or its date, with no comma, describes that reference ("its
#: resolution 78/267 of 21 March 2024 declaring 15 November the International Day ..., and its resolution
#: 79/266"): it governs nothing after it. (In lower case: a capital opens the next paragraph.)
_AFTER_REFERENCE = re.compile(r"[\d)]\s+$")


_WORD_OR_STOP = re.compile(r"[A-Za-z]+|[,;.:]")


def _joined_to_gerund(text: str, s: int) -> bool:
    """Whether the -ing form at ``s`` is joined by "and"/"or" to a gerund, and so is one too.

    The gerund is looked for within a few words (its object), with no punctuation and no other
    "and" between: in "Taking into account the need to hold officials accountable by depriving them
    of the profits and proceeds of their crimes and welcoming resolution 10/6", "welcoming" is
    joined to "Taking", not to "depriving".

    >>> _joined_to_gerund("the importance of strengthening cooperation and ensuring", 48)
    True
    >>> _joined_to_gerund("Recalling its resolution and ensuring", 30)
    False
    """
    words = _WORD_OR_STOP.findall(text, max(0, s - 100), s)
    if not words or words[-1].lower() not in ("and", "or"):
        return False
    for i in range(len(words) - 2, max(0, len(words) - 9), -1):
        w = words[i]
        if w in ",;.:" or w.lower() in ("and", "or"):
            return False
        if w.endswith("ing"):
            return words[i - 1].lower() in _GERUND_BEFORE
    return False


#: A list of gerunds after "by" or "through", each with its object, up to the comma before the next one:
#: "inter alia, through taking robust legislative and law enforcement measures, supporting technical
#: assistance and promoting capacity-building initiatives" (A_RES_79_190 O43). The gerund after such a comma is
#: one more object of the preposition (how to implement), not a participle of its own: it governs nothing
#: after the list. Each object is up to 80 characters with no digit (no reference), bracket or stop.
_MEANS_GERUNDS = re.compile(
    r"\b(?:[Bb]y|[Tt]hrough)\s+[a-z]{2,}ing\b(?:[^\d,;:.()]{1,80},\s*[a-z]{2,}ing\b)*[^\d,;:.()]{1,80},\s*$"
)


def _listed_gerund(text: str, s: int) -> bool:
    """Whether the -ing form at ``s`` follows a comma in a list of gerunds after "by"/"through"
    (:data:`_MEANS_GERUNDS`), and so is a gerund too.

    >>> _listed_gerund("through taking measures, supporting", 25)
    True
    >>> _listed_gerund("Recalling its commitments, supporting", 27)
    False
    """
    before = text[max(0, s - 3) : s].rstrip()
    if not before.endswith(","):
        return False
    return _MEANS_GERUNDS.search(text, max(0, s - 400), s) is not None


def _word_before(text: str, pos: int) -> str:
    """The word that ends right before ``pos`` (spaces skipped), lower case."""
    words = text[max(0, pos - 16) : pos].split()
    return words[-1].lower() if words and not text[max(0, pos - 16) : pos][-1:].isalnum() else ""


def _lemma(form_text: str) -> str:
    key = " ".join(form_text.lower().split())
    lemma = _LEMMA_OF_FORM.get(key)
    if lemma is None and " " in key:  # "calls in this regard for": the verb without the words inside it
        key = " ".join(_INSIDE_VERB_RE.sub("", key, count=1).split())
        lemma = _LEMMA_OF_FORM.get(key)
    if lemma is None:
        lemma = lemma_of(key) or "cite"
    return lemma


def verb_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """Every verb of ``text[start:end]`` that can govern a reference: ``(start, end, lemma)``, in order.

    Gerunds ("on promoting"), nouns ("the requests of") and past tenses ("in which it decided")
    are left out; a base form counts after a modal ("which will support").
    """
    end = len(text) if end is None else end
    return _verbs_in(text, start, end, _has_modal(text, start, end))


def _has_modal(text: str, start: int, end: int) -> bool:
    """Whether :func:`verb_spans` reads the modal verbs of ``text[start:end]``: when it holds one."""
    return (
        text.find("will", start, end) != -1
        or text.find("shall", start, end) != -1
        or text.find("ould", start, end) != -1
        or text.find("may", start, end) != -1
        or text.find("can", start, end) != -1
        or text.find("must", start, end) != -1
        or text.find("we ", start, end) != -1
        or text.find("We ", start, end) != -1
    )


def _verbs_in(text: str, start: int, end: int, modal: bool) -> list[tuple[int, int, str]]:
    """The verbs :func:`verb_spans` finds in ``text[start:end]``; the modal ones if ``modal``."""
    spans = [v for v in (_verb_span(text, s, m) for s, m in _VERB.spans(text, start, end)) if v is not None]
    if modal:
        modals = _MODAL_ASCII if text.isascii() else _MODAL
        spans.extend(
            (s, m.end(), _lemma_base(m["base"]))
            for s, m in modals.spans(text, start, end)
            if not _in_aside(text, s, m.end())
        )
        spans.sort()
    return spans


def _verb_span(text: str, s: int, m: re.Match[str]) -> tuple[int, int, str] | None:
    """The verb ``m`` found at ``s`` as ``(start, end, lemma)``, or None for a gerund or a noun."""
    e = m.end()
    word = text[s:e]
    low = word.lower()
    if low.endswith("ing"):
        if not low.startswith("having") and (
            _word_before(text, s) in _GERUND_BEFORE
            or (word[0].islower() and _AFTER_REFERENCE.search(text, max(0, s - 8), s) is not None)
            or _joined_to_gerund(text, s)
            or _listed_gerund(text, s)
        ):
            return None
    elif low.split()[0].endswith("s") and _word_before(text, s) in _NOUN_BEFORE:
        return None
    if low in OPENING_ONLY and not _opens(text, s):
        return None  # "the States concerned": a participle governs only as the paragraph's opening
    if _in_aside(text, s, e):
        return None
    lemma = _lemma(word)
    return s, e, lemma


#: The subordinator and subject of an aside with a subject of its own, right before its verb ("as he
#: considers appropriate", "if it deems it necessary", "as they may consider necessary": a modal between).
_ASIDE_OPENERS = frozenset({"if", "as", "when", "whenever", "where", "wherever", "unless"})
_ASIDE_SUBJECTS = frozenset({"he", "she", "it", "they"})
_ASIDE_MODALS = frozenset({"may", "might", "should", "shall", "will", "would", "can", "could", "so"})
#: The rest of the aside after its verb: a few words ("it appropriate", "necessary") with no digit (no
#: reference in it), then the comma or ";" that closes it.
_ASIDE_REST = re.compile(r"[^\d,;:()]{0,40}[,;]")


def _in_aside(text: str, s: int, e: int) -> bool:
    """Whether the verb at ``text[s:e]`` is that of an aside with its own subject, closed by a comma
    before any reference: "Requests the Secretary-General to report to the Security Council, not later
    than 15 June 1992 and earlier if he considers it appropriate, on the implementation of resolution 752
    (1992)" is "request" (S_RES_757_1992 O15); the aside's verb governs nothing outside it.

    >>> t = "Requests the Secretary-General, as he considers appropriate, to act under resolution 660 (1990)"
    >>> _in_aside(t, 38, 47), _in_aside("Considers that resolution 660 (1990),", 0, 9)
    (True, False)
    >>> _in_aside("if he considers resolution 660 (1990) to be", 6, 15)
    False
    """
    before = text[max(0, s - 24) : s]
    if not before[-1:].isspace():
        return False
    words = before.lower().split()
    if len(words) > 2 and words[-1] in _ASIDE_MODALS:
        words.pop()
    return (
        len(words) > 1
        and words[-1] in _ASIDE_SUBJECTS
        and words[-2] in _ASIDE_OPENERS
        and _ASIDE_REST.match(text, e) is not None
    )


#: Words that may stand before a participle that opens a paragraph, besides adverbs in "-ly".
_OPENING_ADVERBS = frozenset({"also", "further", "furthermore", "moreover", "still", "most"})


def _opens(text: str, s: int) -> bool:
    """Whether the word at ``s`` opens the paragraph ``text``, adverbs aside ("Deeply concerned").

    >>> _opens("Gravely alarmed that", 8), _opens("the parties concerned", 12)
    (True, False)
    """
    return all(w.endswith("ly") or w in _OPENING_ADVERBS for w in text[:s].lower().replace("*", " ").split())


def _last_in(text: str, start: int, end: int, modal: bool) -> list[tuple[int, int, str]]:
    """The last of :func:`_verbs_in`: without modal verbs, the first verb kept reading backwards."""
    if modal:
        return _verbs_in(text, start, end, True)[-1:]
    for s, m in reversed(_VERB.spans(text, start, end)):
        v = _verb_span(text, s, m)
        if v is not None:
            return [v]
    return []


def last_verb(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int, str]]:
    """The last of :func:`verb_spans` ``(text, start, end)`` (a list of one, or none), read from the end.

    The governing verb is the last one before a reference, and it is mostly near it: windows are
    read backwards, each starting right after a ",", "." or ";". A verb (letters and spaces) never
    runs across such a character, so each window holds exactly the verbs a scan from ``start``
    finds there.
    """
    end = len(text) if end is None else end
    modal = _has_modal(text, start, end)
    hi, size = end, 256
    while hi > start:
        lo = hi - size
        if lo > start:
            cut = max(text.rfind(",", start, lo), text.rfind(".", start, lo), text.rfind(";", start, lo))
            lo = cut + 1 if cut != -1 else start
        else:
            lo = start
        last = _last_in(text, lo, hi, modal)
        if last:
            return last
        hi, size = lo, size * 2
    return []


def governing_verb(
    text: str, pos: int, spans: list[tuple[int, int, str]] | None = None
) -> tuple[str, int] | None:
    """The lemma of the nearest verb before ``pos`` that can govern a reference, and where it ends.

    >>> governing_verb("Underscoring the role of the Commission, and reaffirming its resolution 73/183", 60)
    ('reaffirm', 56)
    >>> governing_verb("through the Commission, which will support the implementation of resolutions 67/80", 80)
    ('support', 42)
    """
    spans = last_verb(text, 0, pos) if spans is None else spans
    k = bisect.bisect_left(spans, (pos,)) - 1
    while k >= 0 and spans[k][1] > pos:
        k -= 1
    if k < 0:
        return None
    return spans[k][2], spans[k][1]


def _lemma_base(base: str) -> str:
    key = " ".join(base.lower().split())
    for v in VERBS.values():
        if v.lemma.replace("-", " ") == key:
            return v.lemma
    return "cite"


#: How far before a reference a relative clause that governs it may begin (:data:`grammar.RELATIVE_ACT` reads 400
#: characters after its verb, :data:`grammar.RELATIVE_ADOPTION` 200 after "the adoption of").
_RELATIVE_REACH = 700


def _relative_verb(text: str, verb_end: int, pos: int) -> tuple[str, int] | None:
    """The verb of a relative clause "in which it <verb>ed ..." between the governing verb (ending at ``verb_end``)
    and the reference at ``pos``, as ``(lemma, end)``, when the reference stands inside that clause and the verb is
    one of the table's (:data:`grammar.RELATIVE_ACT`); else None.

    >>> t = "Takes note of decision X/29, in which the Conference of the Parties requested parties to implement decision"
    >>> _relative_verb(t, 5, len(t) + 1)
    ('request', 77)
    >>> t = "Recalling its resolution 70/1, in which it called upon States to act, and Council resolution"
    >>> _relative_verb(t, 9, len(t) + 1) is None
    True
    """
    m = g.RELATIVE_ACT.search(text, verb_end, pos)
    if m is None or g.RELATIVE_CLAUSE_END.search(text, m.end("past"), pos) is not None:
        return None
    lemma = lemma_of_past(m["past"])
    return (lemma, m.end("past")) if lemma is not None else None


def _adoption_governed(text: str, verb_end: int, floor: int, pos: int) -> bool:
    """Whether the verb ending at ``verb_end`` governs "the adoption of X in/by its resolution" at ``pos``
    (:data:`grammar.ADOPTION_OF`): with no reference between them, and near (300 characters)."""
    return (
        floor <= verb_end and pos - verb_end <= 300 and g.ADOPTION_OF.match(text, verb_end, pos) is not None
    )


def _adjective_governs(text: str, verb_end: int, pos: int) -> bool:
    """Whether an adjective set off after the verb ending at ``verb_end`` governs the reference at ``pos``
    (:data:`grammar.ADJECTIVE_OPENING`: ", and mindful of the provisions of ... resolution 1980/67"): the last
    one within 300 characters, with no ";" or ", to <verb>" between it and ``pos``.

    >>> t = "Requests UNESCO, and mindful of the provisions of the annex to resolution 1980/67, to continue"
    >>> _adjective_governs(t, 8, t.index("resolution")), _adjective_governs(t + " resolution 1/2", 8, len(t) + 1)
    (True, False)
    """
    lo = max(verb_end, pos - 300)
    if (  # the four adjectives as plain text first: mostly none is there (C-speed finds, no regex pass)
        text.find("aware", lo, pos) == -1
        and text.find("mindful", lo, pos) == -1
        and text.find("conscious", lo, pos) == -1
        and text.find("cognizant", lo, pos) == -1
    ):
        return False
    ends = [m.end() for m in g.ADJECTIVE_OPENING.finditer(text, lo, pos)]
    return bool(ends) and g.ADJECTIVE_END.search(text, ends[-1], pos) is None


def relation_at(
    text: str, pos: int, floor: int, section: str, spans: list[tuple[int, int, str]] | None = None
) -> str:
    """The relation of a reference (or a list) that begins at ``pos``.

    ``floor`` is where the previous reference ended: only the words between
    it (or the verb, if nearer) and ``pos`` can make the reference a mere source.

    >>> relation_at("Recalling the measures adopted by the General Assembly in its resolution 69/127", 62, 0, "body")
    'cite'
    >>> relation_at("Welcoming the adoption, by its resolution 70/175, of the revision", 30, 0, "body")
    'welcome'
    >>> relation_at("Recalling the adoption of the Treaty in its resolution 50/245", 44, 0, "body")
    'recall'
    """
    if section == "footnote":
        return "source"
    if section == "header":
        return "cite"
    verb = governing_verb(text, pos, spans)
    if verb is None or _adjective_governs(text, verb[1], pos):
        return "cite"  # nothing governs it (or an adjective, as at a paragraph's start): it is cited
    # (the clauses end at the reference: only their reach before it is searched, so that a verb far back in a long
    # paragraph costs nothing per reference)
    near = max(verb[1], pos - _RELATIVE_REACH)
    if text.find(" adoption of", near, pos) != -1 and g.RELATIVE_ADOPTION.search(text, near, pos):
        return "cite"  # "those which prompted the adoption of resolution 56/1": the relative clause's, not the verb's
    if text.find(" which ", near, pos) != -1 and (relative := _relative_verb(text, near, pos)) is not None:
        verb = relative  # "..., in which the Conference requested parties to implement decision IX/16 C": request
    gap = text[max(floor, verb[1], pos - 160) : pos]
    trigger = g.CITE_TRIGGERS.search(gap) if gap else None
    if trigger is not None and _inside_a_name(gap, trigger):
        trigger = None
    if trigger is None and gap and gap.rstrip()[-1:].isupper():
        trigger = _upper_case_trigger(gap)
    if trigger is None and ("and" in gap or "well" in gap):
        trigger = g.REPEATED_SOURCE.search(gap)  # "contrary to the interests ..., as well as to resolution X"
    if trigger is not None and trigger[0].lstrip().startswith("by") and g.BY_AGENT_OF.match(trigger[0]):
        return verb[0]  # "the rejection by Israel of its resolutions": the agent's act, the verb's object
    if (
        trigger is not None
        and "compliance" in gap
        and trigger[0].lstrip().startswith("with")
        and g.COMPLIANCE_AGENT.search(gap, 0, trigger.end() - len(trigger[0].lstrip())) is not None
    ):
        # "compliance of Iraq with paragraph 2 of resolution 660 (1990)": what is complied with
        return verb[0]
    if trigger is not None and _repeats_compliance(gap, trigger):
        return verb[0]
    if trigger is not None and not (
        g.ACT_VIA.match(trigger[0])
        and (
            g.ADOPTION_BY.search(gap)
            or g.ADOPTION_JOINED.search(gap)
            or _adoption_governed(text, verb[1], floor, pos)
        )
        or ", in " in gap
        and g.ACT_AT_PLACE.search(gap)
    ):
        return verb[0] if g.CLAUSE_MEANS.search(gap) else "cite"
    return verb[0]


#: A bare preposition before a capitalised word, as a source phrase reads it ("in Council resolution 5/1").
_BARE_PREPOSITION = re.compile(r"\W?(?:in|under|by|through|with)\s+(?:the\s+)?[A-Z]")


def _inside_a_name(gap: str, trigger: re.Match[str]) -> bool:
    """Whether the source phrase ``trigger`` found in ``gap`` is a bare preposition inside a name of a list:
    "Recalling the Brazzaville Declaration on Cooperation for Peace and Security in Central Africa, the Bata
    Declaration ... and the Yaoundé Declaration" (A_RES_79_68 P10) names no source with "in Central Africa".
    The word before is capitalised (the name runs on) and the list goes on after it (a comma or "and"); "the
    Commission in Commission resolution 1986/20" keeps its source phrase.

    >>> gap = "the Declaration on Peace and Security in Central Africa, the Bata Declaration and the "
    >>> _inside_a_name(gap, g.CITE_TRIGGERS.search(gap))
    True
    >>> gap = "the mandate given by the Commission on Human Rights in Commission "
    >>> _inside_a_name(gap, g.CITE_TRIGGERS.search(gap))
    False
    """
    found = trigger[0]
    if not _BARE_PREPOSITION.match(found):
        return False
    before = gap[: trigger.start()].split()  # (a match may hold the space before its word: see WordSearch)
    return bool(before) and before[-1][:1].isupper() and ("," in found or " and " in found)


def _repeats_compliance(gap: str, trigger: re.Match[str]) -> bool:
    """Whether the source phrase ``trigger`` in ``gap`` is a bare "with" after "and" that repeats the "with" of
    compliance (:data:`grammar.COMPLIANCE_BEFORE`), which is no source phrase.

    >>> t = "that full compliance with the General Armistice Agreements and with Council "
    >>> _repeats_compliance(t, g.CITE_TRIGGERS.search(t))
    True
    >>> t = "in accordance with its mandate, as set forth in the Final Document, and with paragraph 3 of "
    >>> _repeats_compliance(t, g.CITE_TRIGGERS.search(t, 50))
    False
    """
    if not trigger[0].lstrip().startswith("with"):
        return False
    head = gap[: trigger.start()].rstrip()
    if not head.endswith("and"):
        return False
    first = head.rfind("with", 0, len(head) - 3)
    return first != -1 and g.COMPLIANCE_BEFORE.search(head, max(0, first - 16), first) is not None


#: Every ASCII character but the lower-case letters, and the dashes and apostrophe of print: what an
#: all-capital heading is made of ("SECURITY COUNCIL COMMITTEE ESTABLISHED BY RESOLUTION 661 (1990)").
_NOT_LOWER = "".join(chr(c) for c in range(128) if not chr(c).islower()) + "\u2010\u2011\u2013\u2019"


def _upper_case_trigger(gap: str) -> re.Match[str] | None:
    """The source phrase (:data:`grammar.CITE_TRIGGERS`) in the all-capital words that end ``gap``, read
    in lower case, or None: a heading prints them so ("SECURITY COUNCIL COMMITTEE ESTABLISHED BY
    RESOLUTION 661 (1990)" is "the Committee established by resolution 661 (1990)": cite). Only words
    with no lower-case letter after the last one of ``gap``: the whole phrase is upper case.

    >>> _upper_case_trigger("REVISED FORM\\n\\nSECURITY COUNCIL COMMITTEE ESTABLISHED BY ")[0].strip()
    'established by'
    >>> _upper_case_trigger("shall approve rates. UNITED NATIONS "), _upper_case_trigger("pursuant TO ")
    (None, None)
    """
    tail = gap[len(gap.rstrip(_NOT_LOWER)) :]
    return g.CITE_TRIGGERS.search(tail.lower()) if tail else None


# ---- small readers --------------------------------------------------------------------------


def fold(s: str) -> str:
    """Whitespace folded to single spaces (:func:`citegraph.symbols.fold`), fast on one-line text."""
    if "\n" in s or "  " in s or "\t" in s or "\xa0" in s:
        return _fold_ws(s)
    return s.strip()


@functools.lru_cache(maxsize=4096)  # pure; four dates in five were printed in an earlier text
def iso_date(text: str, year: int | None = None) -> str | None:
    """``18 December 1991`` -> ``1991-12-18``; a date printed without its year takes ``year``.

    >>> iso_date("2 August\\n1990"), iso_date("16 June", 1966), iso_date("15 of December of 2022")
    ('1990-08-02', '1966-06-16', '2022-12-15')
    """
    parts = text.split()
    if len(parts) > 3:  # "15 of December of 2022"
        parts = [p for p in parts if p != "of"]
    day = parts[0]
    if len(parts) == 3:
        printed = parts[2]
        if len(printed) == 4 and len(day) == 2 and (printed + day).isascii() and (printed + day).isdigit():
            return f"{printed}-{_MONTH_MM[parts[1]]}-{day}"  # "18 December 1991": the digits as printed
        year = int(printed)
    if year is None:
        return None
    return f"{year:04d}-{_MONTH_MM[parts[1]]}-{int(day):02d}"


def _year_of_number(number: str, shape: str) -> int | None:
    """The year a number carries: ``222 (1966)`` -> 1966, ``2014/23`` -> 2014."""
    if shape == "sc":
        m = _PAREN_YEAR.search(number)
        return int(m[1]) if m else None
    if shape == "eco":
        return int(number[:4])
    return None


@functools.lru_cache(maxsize=4096)  # pure; most numbers are cited by many texts ("70/1", "1373 (2001)")
def _clean_number(text: str) -> str:
    """A number as the canonical form prints it: dashes plain, no markdown escapes, spaces folded."""
    if not text.isascii():  # the dashes to replace are not ASCII
        text = text.translate(_DASHES)
    n = fold(text.replace("\\", "") if "\\" in text else text)
    return _PAREN_SPACE.sub(lambda m: m[0].strip(), n) if "(" in n else n


def number_target(number: str, shape: str, body: str, is_decision: bool) -> str | None:
    """The canonical target of resolution/decision ``number`` of ``body``; None when it has none.

    >>> number_target("8/10", "ga", "COSP-UNCAC", False), number_target("74/550 B", "ga", "GA", True)
    ('CAC/COSP/RES/8/10', 'A/DEC/74/550 B')
    """
    return _target_of(_clean_number(number), body, is_decision)


#: The text before and after "{n}" in the canonical forms that hold nothing else to format
#: ("A/RES/{n}" -> ("A/RES/", "")): pattern.format(n=n) is then a concatenation.
_AROUND_N = {
    p: (p.partition("{n}")[0], p.partition("{n}")[2])
    for b in BODIES.values()
    for p in (b.res, b.dec)
    if p and p.count("{n}") == 1 and "{" not in p.replace("{n}", "") and "}" not in p.replace("{n}", "")
}


@functools.lru_cache(maxsize=4096)  # pure, and seven calls in ten repeat an earlier one
def _target_of(n: str, body: str, is_decision: bool) -> str | None:
    """:func:`number_target` of a number already cleaned by :func:`_clean_number`."""
    b = BODIES.get(body)
    pattern = (b.dec if is_decision else b.res) if b else None
    # _NEEDS_TIDY wants an upper-case letter or "("; most numbers ("75/196") have neither
    if pattern and "{n}" in pattern and not (("(" in n or n != n.lower()) and _NEEDS_TIDY.search(n)):
        # the number is printed as the canonical form wants it
        around = _AROUND_N.get(pattern)
        return around[0] + n + around[1] if around else pattern.format(n=n)
    try:
        if is_decision:
            return decision(body, n)
        return resolution(body, n)
    except (SymbolError, KeyError):
        if body in ("CBD", "UNFCCC", "UNCCD"):
            return decision(body, n)
        return None


#: The bodies that number resolutions by the year ("2017/15"): the Economic and Social Council and
#: its commissions (the Commission on Human Rights and its Sub-Commission, the functional commissions).
_YEAR_NUMBERED = frozenset({"ECOSOC", "CHR", "SUBCOM", "CCPCJ", "CND", "CSW", "STATCOM", "CSOCD", "CPD"})


#: The Conferences of the Parties that designate their decisions by the session (pieces "fccc", "iccd"):
#: the UNFCCC's "1/CP.21", the UNCCD's "3/COP.15". A "session/number" named for one ("decision 15/11 of
#: the Conference of the Parties to the Convention" in a text on the UNCCD) is none of theirs: no line,
#: as for a body citegraph does not know.
_DESIGNATED_BY_SESSION = frozenset({"UNFCCC", "UNCCD"})


def _shape_body(shape: str, named: str | None, organ: str) -> str:
    """The body a number's shape implies, reconciled with the body named in the text."""
    if shape == "sc":
        return "SC"
    if named in REGIONAL_COMMISSIONS:
        # a number a regional commission is named for is its own, whatever its shape ("Economic Commission
        # for Africa resolution 2023/7", ESCAP's "79/1", ECLAC's "767 (XL)")
        return named
    if named == "Council":  # "Council resolution": the number says which council
        return "ECOSOC" if shape == "eco" else "HRC"
    if shape == "old":
        return "ECOSOC" if named == "ECOSOC" else "GA"  # 155 C (VII): the Council numbered so too
    if shape == "fccc":
        return "UNFCCC"
    if shape == "iccd":
        return "UNCCD"
    if shape in ("cbd", "mop"):
        return "CBD"
    if shape == "eco":
        return named if named in _YEAR_NUMBERED else "ECOSOC"
    # "ga": session/number. The Security Council numbers no resolution so.
    if named is None or named == "SC":
        return "GA"
    return named


_SHORT_KINDS = {
    "Council": ("ECOSOC", "HRC", "SC"),
    "Commission": ("CCPCJ", "CND", "CSW", "CHR", "STATCOM", "CSOCD", "CPD", *sorted(REGIONAL_COMMISSIONS)),
    "Assembly": ("GA", "UNEA"),
    "Conference": ("COSP-UNCAC", "COP-UNTOC", "CBD", "UNFCCC", "UNCCD"),
}


#: The last words of :data:`grammar.ITS_OWNER` and :data:`grammar.BY_BODY` before "its"/"their".
_OWNER_PREPOSITIONS = (
    "in",
    "by",
    "through",
    "under",
    "with",
    "particular",
    "including",
    "notably",
    "especially",
)


def _named_body(text: str, pos: int, ctx: Context) -> tuple[str | None, bool]:
    """The body named just before the keyword at ``pos``, and whether it is one citegraph does not know."""
    tail = text[max(0, pos - 260) : pos]
    words = tail[-60:].split()
    while words and words[-1] in ("also", "further", "own"):
        words.pop()
    last = words[-1] if words else ""
    if last in ("its", "their"):
        # ITS_OWNER and BY_BODY end in "in its", "by their", "including its"...: "Recalling its" needs neither
        end = tail.rstrip()
        before = end[:-3] if end.endswith("its") else end[:-5] if end.endswith("their") else ""
        owner = (
            (g.ITS_OWNER.search(tail) or g.BY_BODY.search(tail))
            if before.rstrip().endswith(_OWNER_PREPOSITIONS)
            else None
        )
        return (g.body_code(owner["name"]) if owner else ctx.organ), False
    if not last[:1].isupper():
        if (
            "by the" in tail
            or "including" in tail
            or "particular" in tail
            or "notably" in tail
            or "especially" in tail
            or "inter alia" in tail
        ):
            m = g.BY_BODY.search(tail) or g.INHERIT_BEFORE.search(tail)
            if m:
                return g.body_code(m["name"]), False
        return None, False
    m = g.NAMED_BEFORE.search(tail, max(0, len(tail) - 130))
    if m:
        return g.body_code(m["name"]), False
    m = g.OTHER_BEFORE.search(tail, max(0, len(tail) - 110))
    if m:
        words = m[0].split()
        if lemma_of(words[0]):
            words.pop(
                0
            )  # "Welcoming the Governing Council": the verb is no part of the name, nor the article
        while words and words[0].lower() in ("the", "of", "on", "for", "and", "also", "further"):
            words.pop(0)
        if len(words) >= 2:
            for name, code in g.BODY_NAMES:  # a known body misprinted: "Economic and Council resolution"
                if name.split()[0] == words[0] and name.split()[-1] == words[-1].rstrip("'\u2019s"):
                    return code, False
            return None, True  # "the Governing Council decision ...": a body not in the table
    m = g.SHORT_BEFORE.search(tail, max(0, len(tail) - 30))
    if m:
        if m["short"] == "Council" and ctx.organ != "SC":
            return "Council", False
        default = {"Council": "SC", "Assembly": "GA"}.get(m["short"])
        code = _last_body(m["short"], text, pos, ctx) or default
        return code, code is None
    return None, False


def _last_body(short: str, text: str, pos: int, ctx: Context) -> str | None:
    """The body of kind ``short`` ("Commission", "Conference") named last before ``pos``.

    Names in this paragraph come first, then names earlier in the document. A Conference is
    the one of the convention named last (:func:`_last_conference`).
    """
    if short == "Conference":
        return _last_conference(text, pos, ctx)
    codes = _SHORT_KINDS.get(short, ())
    best: tuple[int, int, str] | None = None
    for name, code in g.BODY_NAMES:
        if code not in codes:
            continue
        i = text.rfind(name, 0, pos)
        rank = (1, i) if i != -1 else (0, ctx.doc_text.rfind(name, 0, ctx.base) if ctx.base else -1)
        if rank[1] != -1 and (best is None or rank > best[:2]):
            best = (rank[0], rank[1], code)
    return best[2] if best else None


#: The Conferences of the Parties of the conventions of :data:`grammar.CONVENTIONS`.
_CONFERENCES = frozenset(code for _, code in g.CONVENTIONS)
#: Those of them called "Conference of the States Parties" (the others: "of the Parties").
_STATES_PARTIES = frozenset(c for c in _CONFERENCES if "States Parties" in BODIES[c].name)


@functools.lru_cache(maxsize=512)  # pure; the document's text is asked about once per paragraph
def _mentions(text: str) -> tuple[tuple[int, str | None], ...]:
    """Where ``text`` names a body, in order: ``(start, code)``.

    A convention stands for its Conference of the Parties ("Convention on Biological Diversity":
    ``CBD``); a convention citegraph does not know has the code None ("Basel Convention").

    >>> _mentions("the Human Rights Council and the Basel Convention")
    ((4, 'HRC'), (33, None))
    """
    out: list[tuple[int, str | None]] = [(m.start(), g.body_code(m[0])) for m in g.BODY_NAME.finditer(text)]
    out.extend((m.start(), g.convention_code(m)) for m in g.conventions(text))
    out.sort(key=lambda x: x[0])
    return tuple(out)


@functools.lru_cache(maxsize=64)  # pure; asked once per short name, of the same document
def _conventions_by_use(text: str) -> tuple[str | None, ...]:
    """The conventions ``text`` names, the most named first (the first named first among equals):
    their Conferences' codes, None for a convention citegraph does not know.

    >>> _conventions_by_use("the Basel Convention, the Convention on Biological Diversity and "
    ...     "the Convention on Biological Diversity")
    ('CBD', None)
    """
    counts: dict[str, int] = {}
    for m in g.conventions(text):
        key = g.convention_code(m) or m[0]  # a convention citegraph does not know: by its words
        counts[key] = counts.get(key, 0) + 1
    ranked = sorted(counts, key=lambda k: -counts[k])  # stable: the first named first among equals
    return tuple(k if k in _CONFERENCES else None for k in ranked)


def _last_conference(text: str, pos: int, ctx: Context, states: bool | None = None) -> str | None:
    """The Conference of the Parties that "the Conference" at ``pos`` of this paragraph is.

    It is the one of the convention named last before ``pos`` in the paragraph, else the one of
    the convention the document names most, the one it is about ("the Convention"): a convention
    named once in passing ("the United Nations Convention on the Law of the Sea", in a text on
    the CBD) is not it. None when that convention is one citegraph does not know ("the
    Conference of the Parties to the Convention" in a text on the Basel Convention), or none
    is named.

    ``states`` is whether the text calls it "Conference of the States Parties" (True) or "of
    the Parties" (False): a convention whose Conference is called otherwise is passed over.
    """
    named = [code for p, code in _mentions(text) if p < pos][::-1]
    for where in (named, _conventions_by_use(ctx.doc_text) if ctx.doc_text else ()):
        for code in where:
            if code is None:
                return None
            if code in _CONFERENCES and (states is None or (code in _STATES_PARTIES) == states):
                return code
    return None


#: The first GA session that numbered its resolutions "31/1": the earlier ones are "2200 A (XXI)".
_FIRST_NUMBERED_GA_SESSION = 31
#: GA decisions are numbered from 301 on (elections and appointments; the others from 401).
_FIRST_GA_DECISION = 301
#: Bodies that number nothing "session/number": the Security Council ("1373 (2001)"), the
#: Economic and Social Council and the Commission on Human Rights ("2017/15", "1503 (XLVIII)").
_NOT_SESSION_NUMBERED = frozenset({"SC", "ECOSOC", "CHR"})


def _may_be(body: str, number: str, is_decision: bool, date: str | None) -> bool:
    """Whether ``body`` can have adopted resolution (decision) ``number`` dated ``date``.

    It must adopt resolutions (decisions) of a numbered form; a GA number is "31/1" or later,
    a GA decision "31/301" or later; a dated number's session must be one the body held that
    year (:data:`SESSIONS_IN_YEAR`).

    >>> _may_be("GA", "2/17", False, None), _may_be("UNEA", "2/17", False, "2016-05-27")
    (False, True)
    >>> _may_be("GA", "56/115", True, None), _may_be("HRC", "56/115", True, "2024-07-10")
    (False, True)

    A year-numbered resolution is of a body that numbers by the year, adopted that year:

    >>> _may_be("CPD", "2013/1", False, "2013-04-26"), _may_be("GA", "2013/1", False, None)
    (True, False)
    """
    b = BODIES.get(body)
    if b is None or (b.dec if is_decision else b.res) is None:
        return False
    if body == "WHA":  # its numbers are dotted or in parentheses ("77.17", "75(9)"), none "session/number"
        return False
    if _YEAR_NUMBER.match(number):  # "2013/1": a body that numbers by the year, and that year
        return body in _YEAR_NUMBERED and (not date or date[:4] == number[:4])
    m = _SESSION_NUMBER.match(number)
    if m is None:  # special and emergency sessions: S-32/1, ES-10/15
        return True
    if body in _NOT_SESSION_NUMBERED:
        return False
    session, item = int(m[1]), int(m[2])
    if body == "GA" and (session < _FIRST_NUMBERED_GA_SESSION or (is_decision and item < _FIRST_GA_DECISION)):
        return False
    if date and body in SESSIONS_IN_YEAR:
        return session in SESSIONS_IN_YEAR[body](int(date[:4]))
    return True


def _named_near(
    text: str, pos: int, end: int, number: str, is_decision: bool, date: str | None
) -> str | None:
    """The body other than the GA named in the clause of ``text[pos:end]`` that can have adopted
    resolution (decision) ``number`` (:func:`_may_be`): the one named last before it ("the United
    Nations Environment Assembly, as reflected in its resolution 2/17"), else the first named
    after it ("resolution 4/6 on marine plastic litter, adopted by the United Nations Environment
    Assembly"). None when no such body is named. The clause ends at a semicolon.
    """
    mentions = _mentions(text)
    start, stop = text.rfind(";", 0, pos), text.find(";", end)
    stop = len(text) if stop == -1 else stop
    before = [c for p, c in mentions if start < p < pos]
    after = [c for p, c in mentions if end <= p < stop]
    for code in [*reversed(before), *after]:
        if code is not None and code != "GA" and _may_be(code, number, is_decision, date):
            return code
    return None


# ---- the scanner ------------------------------------------------------------------------------


@dataclass(slots=True)
class _Item:
    found: Found
    shape: str
    number: str
    sep_before: str  # "first", "comma", "and", "comma-and"
    dated: bool = False


@dataclass(slots=True)
class _List:
    kw_start: int
    last_end: int
    is_decision: bool
    named: str | None
    unknown: bool
    relation: str
    items: list[_Item] = field(default_factory=list)
    suffix: str | None = None
    pre_date: str | None = None
    end: int = 0  # where the keyword ends
    its: bool = False  # ``named`` is the organ, read from "its resolution"


def _suffix(lst: _List, text: str, pos: int, ctx: Context) -> None:
    """Read a body named after a number or its date: "8/10 of ... of the Conference of the States Parties ..."."""
    if lst.named is not None:
        return  # a body named before the keyword wins
    sm = g.SUFFIX_BODY.match(text, pos)
    if sm is None:
        return
    if sm["name"]:
        lst.suffix = g.body_code(sm["name"])
        return
    if sm["other"]:
        lst.unknown = True  # "of the Conference of the Food and Agriculture Organization"
        return
    short = sm["short"].split()[0]
    if short == "Conference" and "Parties" in sm["short"]:
        # "of the Conference of the (States) Parties (to the Convention)": the convention named last
        code = _last_conference(text, pos, ctx, states="States" in sm["short"])
    else:
        code = _last_body(short, text, pos, ctx)
    if code is not None:
        lst.suffix = code
    elif short != "Council":
        lst.unknown = (
            True  # "decision 15/6 adopted at the fifteenth meeting of the Conference of the Parties"
        )


def _sep(gap: str) -> str:
    gap = gap[-24:]
    tail = gap.rstrip()
    if tail.endswith(("and", "as")) and g.COMMA_AND.search(gap):  # ", and", ", as well as"
        return "comma-and"
    if tail.endswith((",", ".", ";")):  # "." and ";": OCR's commas (grammar.SC_OCR_COMMA_GAP)
        return "comma"
    return "and"


def _close(lst: _List | None, ctx: Context, out: list[Found], text: str) -> None:
    """Give each number of a finished list its body and target, and keep it."""
    if lst is None:
        return
    named = lst.named if lst.named is not None else lst.suffix
    unknown = lst.unknown and lst.suffix is None  # session numbers of a body citegraph does not know
    kept: list[tuple[_Item, str, str]] = []
    for it in lst.items:
        if it.shape == "wha":
            if _names_the_wha(lst, named, unknown, text, it):
                kept.append((it, "WHA", it.number))
            continue
        if (unknown or named == "WHA" or named in _DESIGNATED_BY_SESSION) and it.shape in ("ga", "eco"):
            # the World Health Assembly numbers nothing so: "77.17", "75(9)"; nor do the Conferences that
            # designate their decisions by the session: "1/CP.21", "3/COP.15"
            continue
        body = _shape_body(it.shape, named, ctx.organ)
        number = _clean_number(it.number)  # once: the default body, the known bodies and the target read it
        if named is None and it.shape == "ga":
            body = _plausible_default(it, lst.is_decision, ctx, text, number)
            if body is None:
                continue
        elif it.shape == "ga" and body != "GA":
            ctx.known.setdefault(number, body)
        elif lst.its and body == "GA" and not _may_be("GA", number, lst.is_decision, it.found.date):
            # "its" is a body named in the clause, not the GA: "the United Nations Environment
            # Assembly, as reflected in its resolution 2/17" (no GA resolution is numbered so),
            # "through its resolution 54/18 of 12 October 2023, the Human Rights Council" (the GA
            # held no 54th session in 2023). A GA number whose date alone does not fit stays the
            # GA's when no other body fits: "its resolution 72/256 of 24 December 2107" is misprinted.
            other = _named_near(text, it.found.start, it.found.end, number, lst.is_decision, it.found.date)
            if other is None and not _may_be("GA", number, lst.is_decision, None):
                continue
            if other is not None:
                body = other
                ctx.known.setdefault(number, body)
        elif lst.its and it.shape == "eco" and named not in _YEAR_NUMBERED:
            # "its" is an organ that numbers nothing by the year: the body named in the clause that
            # does, if any ("Commission on Population and Development resolutions 2006/2 ... and 2009/1
            # ... and its resolution 2013/1"), else the Economic and Social Council
            other = _named_near(text, it.found.start, it.found.end, number, lst.is_decision, it.found.date)
            if other is not None:
                body = other
        kept.append((it, body, number))
    if named is None and len(kept) > 1:
        _special_sessions_of_the_list(kept)
    for it, body, number in kept:
        if it.shape == "wha":  # the designation says which: resolution WHA77.17, decision WHA75(9)
            target = wha_designation(number)
            kind = kind_of(target)
        else:
            target = (
                protocol_decision(number) if it.shape == "mop" else _target_of(number, body, lst.is_decision)
            )
            kind = (
                "decision" if lst.is_decision and target is not None and "/DEC/" in target else "resolution"
            )
        if (
            target is None
            or target in ctx.own
            or (ctx.section == "header" and _own_misprinted(target, ctx.own))
        ):
            continue
        it.found.target = target
        it.found.body = body
        it.found.kind = kind
        out.append(it.found)


def _names_the_wha(lst: _List, named: str | None, unknown: bool, text: str, it: _Item) -> bool:
    """Whether a World Health Assembly number ("77.17", "75(9)", "SSA2(5)") of ``lst`` is the
    Assembly's: the list names it ("World Health Assembly resolution 71.3", "resolution 77.17 ...,
    adopted by the World Health Assembly"), or names no body (or says "its") and the clause of the
    number names it ("in its decision SSA2(5) of 1 December 2021, the World Health Assembly
    acknowledges"). A dotted number is otherwise no resolution's: "resolution 12.20" of the
    Conference of the Parties to another convention; and after a document of the Assembly's
    records ("document WHA58/2005/REC/1, resolution 58.3, annex") it is a place in that record."""
    if named == "WHA":
        return True
    if unknown or (named is not None and not lst.its):
        return False
    start, stop = text.rfind(";", 0, it.found.start), text.find(";", it.found.end)
    stop = len(text) if stop == -1 else stop
    return any(code == "WHA" and start < p < stop for p, code in _mentions(text))


def _special_sessions_of_the_list(kept: list[tuple[_Item, str, str]]) -> None:
    """A special session's number no words name ("S-29/1") is of the body its list's other numbers
    are all of: in "the resolutions and decisions of the Human Rights Council, ..., 46/21 of 24 March
    2021, S-29/1 of 12 February 2021, 43/26 of 22 June 2020" it is the Council's, not the Assembly's
    (the General Assembly is only the default of a number alone)."""
    others = {body for it, body, number in kept if not number.startswith("S-")}
    if len(others) != 1 or "GA" in others:
        return
    (body,) = others
    if body not in ("HRC", "CHR"):  # the bodies besides the Assembly that hold special sessions
        return
    for k, (it, b, number) in enumerate(kept):
        if number.startswith("S-") and b == "GA":
            kept[k] = (it, body, number)


_SESSION_NUMBER = re.compile(r"(\d{1,3})/(\d{1,4})")
_YEAR_NUMBER = re.compile(r"(?:19|20)\d\d/")


#: The sessions a body held in a year: a session number printed with a date must fit its body.
#: GA session s meets in 1945 + s (and resumes into the next year); the Human Rights Council
#: holds three sessions a year since 2006; the Commissions one a year (the CCPCJ's 31st in 2022,
#: the CND's 65th in 2022, the CSW's 56th in 2012); the Conference of the States Parties to
#: UNCAC meets in odd years (9th in 2021), the Conference of the Parties to UNTOC yearly from
#: 2004 to 2006 (1st to 3rd), then in even years (4th in 2008, 10th in 2020, 11th in 2022).
SESSIONS_IN_YEAR: dict[str, Callable[[int], range]] = {
    "GA": lambda y: range(y - 1946, y - 1944),
    "HRC": lambda y: range((y - 2006) * 3, (y - 2006) * 3 + 4) if y >= 2006 else range(0),
    "CCPCJ": lambda y: range(y - 1992, y - 1990),
    "CND": lambda y: range(y - 1958, y - 1956),
    "CSW": lambda y: range(y - 1957, y - 1955),
    "COSP-UNCAC": lambda y: range((y - 2004) // 2, (y - 2002) // 2 + 1) if y >= 2006 else range(0),
    "COP-UNTOC": lambda y: (
        range((y - 1999) // 2, (y - 1998) // 2) if y >= 2007 else range(max(1, y - 2003), y - 2002)
    ),
}


#: :data:`SESSIONS_IN_YEAR` read out for the years resolutions are dated in (the same ranges, in the
#: same order), so that a dated number needs no call per body.
_SESSIONS_BY_YEAR: dict[int, tuple[tuple[str, range], ...]] = {
    y: tuple((b, sessions(y)) for b, sessions in SESSIONS_IN_YEAR.items()) for y in range(1940, 2101)
}


def _bodies_holding(session: int, year: int) -> list[str]:
    """The bodies of :data:`SESSIONS_IN_YEAR` that held session ``session`` in ``year``, in its order.

    >>> _bodies_holding(73, 2018), _bodies_holding(69, 2018), _bodies_holding(49, 2022)
    (['GA'], [], ['HRC'])
    >>> [(y, s) for y in range(2003, 2026) for s in range(15) if "COP-UNTOC" in _bodies_holding(s, y)]
    [(2004, 1), (2005, 2), (2006, 3), (2008, 4), (2010, 5), (2012, 6), (2014, 7), (2016, 8), (2018, 9), (2020, 10), (2022, 11), (2024, 12)]
    """
    by_body = _SESSIONS_BY_YEAR.get(year)
    if by_body is None:
        by_body = tuple((b, sessions(year)) for b, sessions in SESSIONS_IN_YEAR.items())
    return [b for b, sessions in by_body if session in sessions]


def _plausible_default(it: _Item, is_decision: bool, ctx: Context, text: str, number: str) -> str | None:
    """The body of a session-numbered item no words name: the General Assembly when it can be.

    A number printed again is the body's it had before in the document ("resolution 31/1 of
    the Commission ..., the Commission's report pursuant to resolution 31/1"). A dated number
    belongs to the body whose session that year fits (:data:`SESSIONS_IN_YEAR`): "resolution
    54/9 of 11 October 2023" is the Human Rights Council's, "resolution 9/1 of 15 December
    2021" the Conference of the States Parties to UNCAC's; when several fit, the one named
    last. GA decisions are numbered from 401 up: "decision 15/6" is no GA decision.
    """
    known = ctx.known.get(number)  # ``number`` is ``it.number`` cleaned (_clean_number)
    if known is not None:
        return known
    m = _SESSION_NUMBER.match(number)
    if m is None:  # special and emergency sessions: S-32/1, ES-10/15
        return "GA"
    session, item = int(m[1]), int(m[2])
    date = it.found.date
    if is_decision and item < 400:
        if ctx.organ not in ("GA", "SC"):
            return ctx.organ
        # no GA decision ("in line with decisions 15/6, 16/31 and 16/32" in a text on the CBD)
        return _not_the_assembly(it, True, ctx, text, number)
    if not date:
        if _may_be("GA", number, is_decision, None):
            return "GA"
        # "resolution 4/6 on marine plastic litter, adopted by the United Nations Environment Assembly"
        return _not_the_assembly(it, is_decision, ctx, text, number)
    fits = _bodies_holding(session, int(date[:4]))
    if "GA" in fits:
        return "GA" if session >= _FIRST_NUMBERED_GA_SESSION else None
    if not fits:
        # a body whose sessions the table does not know, named in the clause: "the decision by the
        # United Nations Environment Assembly at its resumed fifth session, in resolution 5/14 of
        # 2 March 2022"
        return _named_near(text, it.found.start, it.found.end, number, is_decision, date)
    if len(fits) == 1:
        return fits[0]
    named = [
        (max(text.rfind(n, 0, it.found.start), ctx.doc_text.rfind(n, 0, ctx.base) - len(ctx.doc_text)), c)
        for n, c in g.BODY_NAMES
        if c in fits
    ]
    best = max(named, default=(-(1 << 40), None))
    return best[1] if best[0] > -(1 << 40) else None


def _not_the_assembly(it: _Item, is_decision: bool, ctx: Context, text: str, number: str) -> str | None:
    """The body of a session-numbered item no words name that is no GA number ("resolution 10/5",
    "decision 15/6"): the body named in its clause (:func:`_named_near`), else the Conference of
    the convention named last in the paragraph or, failing that, of the one the document is about
    (:func:`_last_conference`), when it can have adopted it; else None."""
    date = it.found.date
    body = _named_near(text, it.found.start, it.found.end, number, is_decision, date)
    if body is None:
        body = _last_conference(text, it.found.start, ctx)
    return body if body is not None and _may_be(body, number, is_decision, date) else None


def _date_group(lst: _List, date: str, whole: bool) -> None:
    """Date the last item and the undated items of the group it closes.

    The group is the items joined to the last one by "and" back to the previous dated item
    ("69/196, 69/197 and 69/201 of 18 December 2014": all three). It stops at a comma
    before "and" ("70/299, and 72/305 of 23 July 2018": only 72/305), and a dated item set
    apart by a bare comma closes no group: "186 (1964), 187 (1964), 192 (1964), 193 (1964) of
    9 August 1964, 194 (1964)" dates 193 alone (186 is of 4 March 1964), as "68/186 of 18
    December 2013, 69/196, 73/130 of 13 December 2018" leaves 69/196 undated. An item never
    takes a date it cannot have (:func:`_may_date`: resolution 69/196 was not adopted in 2018).
    """
    items = lst.items
    k = len(items) - 1
    items[k].found.date = date
    items[k].dated = True
    if not whole and items[k].sep_before == "comma":
        return
    year = int(date[:4])
    bodies: frozenset[str] | None = None  # those of the dated item, read once it has company
    while k > 0:
        if items[k - 1].dated:
            break
        if not whole and items[k].sep_before == "comma-and":
            break
        if bodies is None:
            bodies = _bodies_in(items[-1], year) or frozenset()
        if not _may_date(items[k - 1], year, bodies):
            break
        k -= 1
        items[k].found.date = date
        items[k].dated = True


def _respective_dates(lst: _List, raw: str) -> None:
    """Date the items of ``lst`` one by one with the dates of ``raw``, printed "respectively".

    "1196 (1998) and 1197 (1998), adopted ... on 16 and 18 September 1998, respectively": a day
    printed alone takes the month and year of the next date. The dates go to the undated items
    at the end of the list, and only when there are as many of them as dates: otherwise the text
    does not say which date is whose.
    """
    parts = [(m["day"], m["month"], m["year"]) for m in g.DATES_ONE.finditer(raw)]
    month, year = parts[-1][1], parts[-1][2]
    dates: list[str | None] = []
    for day, mo, yr in reversed(parts):
        month = mo or month
        year = yr or year
        dates.append(iso_date(f"{day} {month} {year}"))
    dates.reverse()
    undated = 0
    for it in reversed(lst.items):
        if it.dated:
            break
        undated += 1
    if undated != len(dates) or None in dates:
        return
    for it, date in zip(lst.items[-undated:], dates, strict=True):
        it.found.date = date
        it.dated = True


def _session_of(it: _Item) -> int | None:
    """The session number of a session-numbered item ("69/196" -> 69), else None."""
    if it.shape != "ga":
        return None
    m = _SESSION_NUMBER.match(it.number)
    return int(m[1]) if m else None


def _bodies_in(it: _Item, year: int) -> frozenset[str] | None:
    """The bodies of :data:`SESSIONS_IN_YEAR` that held ``it``'s session in ``year``; None
    when ``it`` has no session number. Empty for a body the table does not know (the
    Environment Assembly's "5/2 of 2 March 2022")."""
    session = _session_of(it)
    return None if session is None else frozenset(_bodies_holding(session, year))


def _may_date(it: _Item, year: int, bodies: frozenset[str] | None) -> bool:
    """Whether ``it`` may share a date of ``year`` printed after a later item of its list.

    A year in its number must be that year. A session number must be one that a body
    the dated item may belong to (``bodies``, :func:`_bodies_in`) held in that year:
    in "68/186 of 18 December 2013, 69/196, 73/130 of 13 December 2018" resolution 69/196
    is not of 2018. When the dated item's body is not one :data:`SESSIONS_IN_YEAR` knows,
    nothing is ruled out.

    >>> f = Found(0, 0, "69/196", "", "", None, None, "")
    >>> _may_date(_Item(f, "ga", "69/196", "comma"), 2014, frozenset({"GA"}))
    True
    >>> _may_date(_Item(f, "ga", "69/196", "comma"), 2018, frozenset({"GA"}))
    False
    """
    carried = _year_of_number(it.number, it.shape)
    if carried is not None:
        return carried == year
    if not bodies:
        return True
    mine = _bodies_in(it, year)
    return mine is None or bool(mine & bodies)


def scan_text(text: str, ctx: Context | None = None) -> list[Found]:
    """Every reference in one paragraph's text, with offsets into ``text``.

    >>> [(r.surface, r.target, r.body, r.date) for r in scan_text(
    ...     "welcoming in this regard resolution 8/10 of 20 December 2019 of the Conference of the "
    ...     "States Parties to the United Nations Convention against Corruption,")]
    [('8/10', 'CAC/COSP/RES/8/10', 'COSP-UNCAC', '2019-12-20')]
    >>> [(r.surface, r.target) for r in scan_text("United Nations, Treaty Series, vols. 1577, 2171 and 2173, No. 27531.")]
    [('vols. 1577, 2171 and 2173, No. 27531', 'UNTS/1577/27531'), ('vols. 1577, 2171 and 2173, No. 27531', \
'UNTS/2171/27531'), ('vols. 1577, 2171 and 2173, No. 27531', 'UNTS/2173/27531')]
    """
    found = g.atoms(text)
    return _scan(text, found, ctx or Context()) if found else []


def _scan(text: str, found: list[g.Atom], ctx: Context) -> list[Found]:
    """:func:`scan_text` of a text whose atoms are ``found`` (not empty)."""
    out: list[Found] = []
    lst: _List | None = None
    prev_list: _List | None = None
    floor = 0  # end of the previous reference: the relation's window starts here
    last_symbol: tuple[str, int] | None = None  # target and end of the last document symbol
    symbol_start = 0  # where it starts: the parts after it ("and Corr.1") are read with it
    last_part: re.Match[str] | None = None  # the base and kind of its last part ("S/26060", "Add")
    pending_date: tuple[str, int] | None = None  # a date printed before its keyword
    ibid_at: int | None = None
    ibid_span = (0, 0)
    last_treaty: int | None = None  # the end of the last Treaty Series citation
    last_volume: str | None = None  # its (last) volume, for an "ibid., No. 5476" after it
    section = ctx.section

    spans: list[tuple[int, int, str]] = []
    scanned = 0  # verbs are read lazily, up to the furthest reference asked about
    if ctx.declaration and section == "body":
        opening = _declaration_opening(text)  # "Reaffirm the commitment to ...": no verb form of the table
        if opening is not None:
            spans.append(opening)

    fixed = "source" if section == "footnote" else "cite" if section == "header" else None

    def rel(pos: int) -> str:
        nonlocal scanned
        if fixed is not None:
            return fixed  # footnotes are sources, the header only cites
        if pos > scanned:  # positions only grow: only the last verb of each stretch can govern
            spans.extend(last_verb(text, scanned, pos))
            scanned = pos
        return relation_at(text, pos, floor, section, spans)

    for s, _, kind, e, raw, groups in found:
        if kind == "kw":
            if lst is not None:
                _close(lst, ctx, out, text)
            if (
                section == "footnote"
                and raw[0] not in "dD"
                and last_symbol is not None
                and g.REPORT_PLACE_GAP.fullmatch(text, last_symbol[1], s) is not None
            ):
                # "(E/2015/27), chap. I, sect. C, resolution 59/1": a place in the report, no reference; a
                # decision there is one, as right after the symbol ("CBD/COP/13/25, sect. I, decision XIII/11")
                lst = prev_list = None
                continue
            named, unknown = _named_body(text, s, ctx)
            if (
                named is None
                and not unknown
                and prev_list is not None
                and prev_list.named is not None
                and g.INHERIT_GAP.search(text[prev_list.end : s])
            ):
                named = prev_list.named  # "Human Rights Council resolutions, in particular resolutions 7/34"
            if last_symbol is not None and g.AFTER_SYMBOL_GAP.fullmatch(text[last_symbol[1] : s]):
                named = next((b for pre, b in g.SERIES_BODY if last_symbol[0].startswith(pre)), None)
                unknown = named is None  # "document IOC/A-32/Decisions, decision A-32/4.3"
            # (not before ``scanned``: the verbs are read once, forwards)
            bare = _bare_keyword(text, max(floor, scanned), s)
            relation = (
                _coordinated(prev_list, text, s)
                or (_coordinated(prev_list, text, bare, _LATER_JOIN) if bare < s else None)
                or rel(bare)
            )
            lst = _List(s, e, raw[0] in "dD", named, unknown, relation, end=e)
            lst.its = named == ctx.organ and g.ITS_BEFORE.search(text, max(0, s - 20), s) is not None
            prev_list = lst
            if pending_date and g.PRE_DATE_GAP.fullmatch(text[pending_date[1] : s]):
                lst.pre_date = pending_date[0]
            pending_date = None
            continue
        number = raw
        if kind == "scocr":
            if lst is None or not _council_ocr(lst, text[lst.last_end : s], ctx):
                continue  # no Council list goes on here: a footnote number before a year, a page counter
            kind, number = "sc", _council_number(raw)
        elif kind == "oldocr":
            kind, number = (
                "old",
                _old_session(raw),
            )  # "General Assembly resolution 22 A (1)": the session as digits
        elif kind == "scbare":
            year = (
                _council_year(raw, ctx.doc_text or text)
                if lst is not None and not lst.items and _council_ocr(lst, text[lst.last_end : s], ctx)
                else None
            )
            if year is None:
                continue  # no Council list, or the text never prints the year the number needs
            kind, number = "sc", f"{raw} ({year})"
        if kind in _NUMBER_KINDS:
            gap = text[lst.last_end : s] if lst else ""
            if lst is None or not _continues(lst, gap, kind):
                if lst is not None:
                    _close(lst, ctx, out, text)
                lst = None
                continue
            sep = "first" if not lst.items else _sep(gap)
            f = Found(
                s, e, fold(raw.replace("\\", "") if "\\" in raw else raw), "", "", None, None, lst.relation
            )
            item = _Item(f, kind, number, sep)
            if lst.items and not lst.items[-1].dated and g.UNREAD_DATE_GAP.match(gap):
                lst.items[
                    -1
                ].dated = True  # its own date, unread: "207 (1965) of 10 Au-gust and 219 (1965) of ..."
            if lst.pre_date and not lst.items:
                f.date = lst.pre_date
                item.dated = True
            lst.items.append(item)
            lst.last_end = e
            floor = e
            if lst.named is None:
                _suffix(lst, text, e, ctx)
            continue
        if kind == "lone":
            if lst and lst.items:
                _lone_letter(lst, text, s, e, raw)
            continue
        if kind == "ocrdate":  # "13, March" -> "13 March", "il August 1949" -> "11 August 1949"
            kind, raw = "date", _ocr_date(raw)
        if kind == "date":
            last = lst.items[-1] if lst and lst.items else None
            has_year = raw[-4:].isdigit()  # "18 December 1991", not "16 June"
            printed_year = _printed_year(text, e, ctx) if not has_year else None
            if printed_year is not None:
                date = iso_date(f"{fold(raw)} {printed_year[0]}")
                e = printed_year[1]
            else:  # iso_date splits on whitespace (the date needs no folding); a year printed wins
                date = iso_date(
                    raw, _year_of_number(last.number, last.shape) if last and not has_year else None
                )
            if date is None:
                continue
            if (
                last_symbol is not None
                and out
                and out[-1].end == last_symbol[1]
                and out[-1].kind in ("resolution", "decision")
                and g.DATE_GAP.fullmatch(text[last_symbol[1] : s])
            ):
                out[-1].date = date  # "decision CBD/COP/DEC/16/5 of 1 November 2024"
                continue
            if (
                last_symbol is not None
                and out
                and out[-1].end == last_symbol[1]
                and out[-1].kind == "document"
                and g.DOCUMENT_DATE_AFTER.match(text, last_symbol[1]) is not None
            ):
                # "contained in document S/19278 of 19 November 1987": a reference takes the date printed right
                # after it (SCHEMA.md), a document as an act does, and so do the parts before it that one symbol
                # joins ("S/21919 and Corr.1 and Add.1-3 of ...": the "and"-joined group the date closes)
                for f in reversed(out):
                    if f.start < symbol_start or f.kind != "document":
                        break
                    f.date = date
                continue
            if lst and last:
                gap = text[lst.last_end : s]
                if g.DATE_GAP.fullmatch(gap):
                    if "entitled" in gap:  # "78/148, entitled “...”, adopted on": the titled one alone
                        last.found.date = date
                        last.dated = True
                    else:
                        _date_group(lst, date, whole=False)
                    lst.last_end = e
                    if lst.named is None:
                        _suffix(lst, text, e, ctx)
                    continue
                if len(gap) < 300 and g.GROUP_DATE_GAP.search(gap) and not g.clause_break(gap):
                    _date_group(lst, date, whole=True)
                    lst.last_end = e
                    continue
            pending_date = (date, e)
            continue
        if kind == "dates":
            if lst and lst.items and g.DATE_GAP.fullmatch(text[lst.last_end : s]):
                _respective_dates(lst, raw)
                lst.last_end = e
            continue
        if kind == "imo":  # "resolution A.1159(32) of 15 December 2021": the IMO's, by its designation
            target = imo_resolution(raw)
            # after its keyword, or another of its list, it is read as a number is: the relation comes
            # from the keyword ("adopted by the Assembly ... in its resolution A.1078(28)" -> cite), and
            # so does a date printed before it ("the adoption ... on 9 December 2021 of resolution
            # A.1170(32)"); the list stays open for the next one ("resolutions A.1029(26) and A.1074(28)")
            gap = text[lst.last_end : s] if lst is not None and not lst.items else None
            if lst is not None and gap is not None and _SYMBOL_LIST_GAP.fullmatch(gap):
                date = lst.pre_date if not gap.strip() else None
                out.append(Found(s, e, fold(raw), target, "resolution", "IMO", date, lst.relation))
                lst.last_end = e
            else:
                if lst is not None:
                    _close(lst, ctx, out, text)
                    lst = None
                out.append(Found(s, e, fold(raw), target, "resolution", "IMO", None, rel(s)))
            last_symbol = (target, e)
            symbol_start = s
            last_part = None
            floor = e
            continue
        # identifiers that need no keyword end any list
        if lst is not None:
            _close(lst, ctx, out, text)
            lst = None
        if kind == "treaty":
            if not _in_treaty_series(text, s, last_treaty, ctx, bare=groups["bareno"] is not None):
                # "The Lancet, vol. 399, No. 10325": a journal's volume; an "Ibid." it follows in
                # the same citation repeats the journal, no source of the previous footnote
                if ibid_at is not None and not _CITATION_END.search(text, ibid_span[1], s):
                    ibid_at = None
                continue
            r = rel(s)
            surface = fold(raw)
            for vol in _DIGITS.findall(groups["vols"]):
                for no in _registration_numbers(groups):
                    out.append(Found(s, e, surface, treaty(vol, no), "treaty", "UNTS", None, r))
                last_volume = vol
            floor = e
            last_treaty = e
        elif kind == "treatyno":
            # "(ibid., No. 5476)" after "vol. 382 (1960), No. 5475", or a footnote "Ibid., No. 973." after
            # one citing "vol. 75, Nos. 970-973": the volume is the previous citation's
            volume = last_volume or treaty_volume(ctx.ibid[-1] if ctx.ibid else "")
            if volume is not None:
                out.append(
                    Found(s, e, fold(raw), treaty(volume, groups["regno"]), "treaty", "UNTS", None, rel(s))
                )
                floor = e
                last_treaty = e
        elif kind == "sales":
            out.append(
                Found(s, e, fold(raw), publication(groups["salesno"]), "publication", None, None, rel(s))
            )
            floor = e
        elif kind == "symbol":
            f = _symbol(raw, s, e, _joined_source(text, s, floor, out) or rel(s), ctx)
            if f is not None and f.kind == "document":
                act = _act_by_symbol(text, s, f, out[-1] if out and out[-1].end == floor else None)
                if act is not None:  # "resolutions GOV/2022/17 of 3 March 2022": an act, which takes its date
                    f.kind, f.body = act
                    dated = g.DATE_AFTER.match(text, f.end)
                    if dated is not None:
                        f.date = iso_date(dated["date"])
            if f is not None:
                parts = _part_range(f.target) if f.kind == "document" else None
                if parts:  # "S/8248/Add.7-9": three addenda, each printed as the whole range
                    for t in parts:
                        out.append(Found(f.start, f.end, f.surface, t, "document", None, None, f.relation))
                    f = out[-1]
                else:
                    out.append(f)
                last_symbol = (f.target, f.end)
                symbol_start = f.start
                last_part = _LAST_PART.match(f.target)
                floor = f.end
        elif kind == "part":
            if last_symbol and g.PART_GAP.fullmatch(text[last_symbol[1] : s]):
                base = _PART_SUFFIX.sub("", last_symbol[0])
                r = rel(s)
                surface = fold(raw)
                part = "".join(raw.split())  # "Add. 1": the OCR's space is no part of the symbol
                targets = _part_range(f"{base}/{part}") or [f"{base}/{part}"]  # "and Corr.1–3"
                for t in targets:
                    out.append(Found(s, e, surface, t, "document", None, None, r))
                last_symbol = (last_symbol[0], e)
                last_part = _LAST_PART.match(targets[0]) if len(targets) == 1 else None
                floor = e
        elif kind == "partno":
            # "S/26060 and Add.1 and 2": the bare number is one more part of the same kind
            if last_symbol and last_part and _PARTNO_GAP.fullmatch(text[last_symbol[1] : s]):
                t = f"{last_part['base']}/{last_part['part']}.{raw}"
                out.append(Found(s, e, raw, t, "document", None, None, rel(s)))
                last_symbol = (last_symbol[0], e)
                floor = e
        elif kind == "whasym":  # "document WHA77.4": the designation names the resolution and its body
            target = wha_designation(raw)
            if target not in ctx.own:
                out.append(Found(s, e, raw, target, kind_of(target), "WHA", None, rel(s)))
                last_symbol = (target, e)
                symbol_start = s
                last_part = None
                floor = e
        elif kind == "au":  # "decision Ext/Assembly/AU/Dec.1(XI)": the symbol names the decision and its body
            target = au_decision(raw)
            out.append(Found(s, e, fold(raw), target, "decision", "AU", None, rel(s)))
            last_symbol = (target, e)
            symbol_start = s
            last_part = None
            floor = e
        elif kind == "opcw":  # "decision C-25/DEC.9 of 21 April 2021": the OPCW's, by its symbol
            target = opcw_decision(raw)
            out.append(Found(s, e, fold(raw), target, kind_of(target), "OPCW", None, rel(s)))
            last_symbol = (target, e)
            symbol_start = s
            last_part = None
            floor = e
        elif kind == "ibid":
            ibid_at = len(out)
            ibid_span = (s, e)
    _close(lst, ctx, out, text)
    if ibid_at is not None and section == "footnote":
        _ibid(text, ibid_span, out, ctx)
    out.sort(key=lambda f: f.start)
    if ("(" in text or "document" in text) and section != "header":
        _document_dates(text, out)
    return out


def _document_dates(text: str, out: list[Found]) -> None:
    """Date the documents whose symbols stand in brackets after the document's noun, from the date printed with
    them there: before the bracket ("the report of the Secretary-General of 4 December 1968 (S/8914)",
    :func:`grammar.document_date_before`; the next of a list, "... (S/24859) and 29 November 1992 (S/24868)") or
    after it ("(S/25811 and Add.1) dated 20 May 1993": every part the bracket holds); and a symbol after
    "contained in document" that way ("the report ... of 12 January 1979, contained in document S/13026 and Corr.1").
    SCHEMA.md: "the date the text gives for that reference". Only undated documents change; an act keeps the date
    its number is read with.

    >>> t = "Taking note of the letters of 24 November 1992 (S/24859) and 29 November 1992 (S/24868),"
    >>> [(f.target, f.date) for f in scan_text(t)]
    [('S/24859', '1992-11-24'), ('S/24868', '1992-11-29')]
    >>> [(f.target, f.date) for f in scan_text("the final report (S/25811 and Add.1) dated 20 May 1993,")]
    [('S/25811', '1993-05-20'), ('S/25811/Add.1', '1993-05-20')]
    """
    if all(f.kind != "document" or f.date is not None for f in out):
        return  # most paragraphs: nothing to date
    k, n = 0, len(out)
    previous: int | None = None  # where the last bracket dated by a date before it closed
    while k < n:
        first = out[k]
        k += 1
        if first.kind != "document" or first.date is not None:
            continue
        open_at = text.rfind("(", max(0, first.start - 3), first.start)
        bracket = open_at != -1 and not text[open_at + 1 : first.start].strip()
        if bracket:
            lead = open_at + 1  # "(S/8914)": the bracket holds it and the parts after it
        elif g.CONTAINED_IN_DOCUMENT.search(text, max(0, first.start - 40), first.start) is not None:
            lead = first.start  # "contained in document S/13026 and Corr.1": its parts follow it
        else:
            continue
        group = [first]
        while k < n:
            nxt = out[k]
            if (
                nxt.kind != "document"
                or nxt.date is not None
                or ")" in text[group[-1].end : nxt.start]
                or (not bracket and not nxt.target.startswith(first.target + "/"))
            ):
                break
            group.append(nxt)
            k += 1
        last_end = group[-1].end
        after = g.BRACKET_DATE_AFTER.match(text, last_end) if bracket else None
        if after is not None:
            date = after["date"]
        elif (before := g.document_date_before(text, lead)) is not None:
            date = before
        elif (
            previous is not None
            and bracket
            and (chained := g.NEXT_DOCUMENT_DATE.search(text, previous, lead))
        ):
            date = chained["date"] if chained.start() == previous else None
        else:
            date = None
        if date is None:
            previous = None
            continue
        iso = iso_date(date)
        for f in group:
            f.date = iso
        close = text.find(")", last_end, last_end + 4) if bracket else -1
        previous = close if close != -1 and after is None else None


#: What may stand between the keyword and an act cited by its designation, or between two such acts of
#: one list: nothing, or a list's comma or "and" ("resolutions A.1018(26), A.1067(28) and A.1070(28)").
_SYMBOL_LIST_GAP = re.compile(r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|and\s{1,3})?")


#: What ends the citation an "Ibid." opens: the next citation of the footnote starts after it.
_CITATION_END = re.compile(r";|\bsee\b", re.IGNORECASE)
#: What a footnote adds to the source of the name at its mark, after that source ("A/78/100; see also
#: E/2023/5", "...; see A/77/1", "cf. A/77/1"): not the name's own. A "See" that opens a sentence
#: gives the source ("Adopted under the Convention. See FCCC/CP/2015/10/Add.1, decision 1/CP.21").
_SEE_ALSO = re.compile(r"\b(?:see\s+also|cf\.)|;\s*see\b", re.IGNORECASE)
#: The parts of the Official Records that make an "Ibid." another record of the same series
#: ("Ibid., Thirty-fourth Year, 2169th meeting", "Ibid., Fourth Year, Special Supplement No. 4").
_OTHER_RECORD = re.compile(r"\b(?:Year|Session|Supplement|meetings?)\b")
#: What stands between an "Ibid." and the number of an act placed in the document it repeats: "Ibid., decision 15/8",
#: or with the annex that holds it: "Ibid., annex 1, resolution MSC.255(84)" (after "document MSC 84/24/Add.1,
#: annex 3, resolution MSC.257(84)").
_IBID_ACT = re.compile(
    r",{1,2}\s{0,3}(?:annex\s{1,3}[IVX\d]{1,4}\s{0,3},\s{0,3})?(?:[Dd]ecisions?|[Rr]esolutions?)\s{1,3}"
)
#: A volume right after "Ibid." ("Ibid., vol. 3175, 612."): a citation of its own, never the bare "Ibid.".
_IBID_VOLUME = re.compile(r",{0,2}\s{0,3}vols?[.,]\s{0,3}\d")
#: A document named right after an "Ibid." by a symbol the scanner could not read ("Ibid., document
#: S$/25241"): the footnote cites that document, not the previous footnote's source.
_UNREAD_DOCUMENT = re.compile(r",{0,2}\s{0,3}documents?\s{1,3}[^\s,;]{0,12}[/\d]")


def _ibid(text: str, span: tuple[int, int], out: list[Found], ctx: Context) -> None:
    """Resolve the "Ibid." at ``span`` of a footnote into ``out``.

    It takes the identifier printed in its own citation (up to a ";" or "see":
    "Ibid., Supplement No. 10 (E/2017/30)"), if any: nothing more is added. Otherwise it
    stands for the previous footnote's source, even when a later citation of the footnote
    names another ("Ibid., para. 259; see also resolution 79/1"), unless it names another
    record of the same series with no identifier ("Ibid., Fourth Year, Special Supplement
    No. 4"), or another document by a symbol that could not be read ("Ibid., document
    S$/25241"): that is no reference, and no later "Ibid." stands for the previous source.

    An act right after it ("Ibid., decision 15/8.") is a place in the document the previous
    footnote placed its own act in ("document CBD/COP/15/17, decision 15/10."): that document
    is cited too, as it was there. After any other footnote the act is its own identifier.
    """
    s, e = span
    m = _CITATION_END.search(text, e)
    stop = m.start() if m else len(text)
    own = next((f for f in out if e <= f.start < stop), None)
    if own is not None:
        t = ctx.ibid_document
        if (
            t is not None
            and own.kind in ("decision", "resolution")
            and _IBID_ACT.fullmatch(text, e, own.start) is not None
        ):
            # "Ibid., decision 15/8." after "document CBD/COP/15/17, decision 15/10.": the decision is
            # a place in the document the "Ibid." repeats, as the previous footnote's was
            out.append(Found(s, e, "Ibid.", t, kind_of(t), _body_of_target(t), None, "source"))
        return  # its own identifier
    if _OTHER_RECORD.search(text, e, stop) or (
        "document" in text[e : e + 16] and _UNREAD_DOCUMENT.match(text, e) is not None
    ):
        ctx.ibid = []
        return
    if "vol" in text[e : e + 8] and _IBID_VOLUME.match(text, e) is not None:
        # "Ibid., vol. 3175, 612" whose registration number was not read: another volume of the
        # Series, never the previous footnote's treaty
        ctx.ibid = []
        return
    if ctx.ibid:
        t = ctx.ibid[-1]
        if ctx.ibid_document is not None and _IBID_ACT.match(text, e) is not None:
            # "Ibid., decision 15/8" of a body not read: the document, not the previous decision 15/10
            t = ctx.ibid_document
        # a bare "Ibid." repeats the whole previous citation: "See ISBA/28/A/15 and ISBA/29/A/11." then
        # "Ibid." cites both; with a place of its own ("Ibid., para. 5") it points into the last one
        targets = ctx.ibid if len(ctx.ibid) > 1 and not text[e:stop].strip(" .") else [t]
        out.extend(Found(s, e, "Ibid.", x, kind_of(x), _body_of_target(x), None, "source") for x in targets)


def _ibid_sources(targets: list[str]) -> list[str]:
    """What a later "Ibid." stands for, of a footnote's ``targets``: every one when they are several documents
    none of which is a part or corrigendum of another ("See ISBA/28/A/15 and ISBA/29/A/11."), which a bare
    "Ibid." repeats all together; else the one of :func:`_ibid_source`, last in the list.

    >>> _ibid_sources(["ISBA/28/A/15", "ISBA/29/A/11"]), _ibid_sources(["LC 32/15", "LC 32/15/Corr.1"])
    (['ISBA/28/A/15', 'ISBA/29/A/11'], ['LC 32/15'])
    >>> _ibid_sources(["MSC 84/24/Add.1", "MSC.257(84)"])
    ['MSC.257(84)']
    """
    distinct = list(dict.fromkeys(targets))
    if (
        len(distinct) > 1
        and all(kind_of(t) == "document" for t in distinct)
        and not any(b.startswith(a + "/") for a in distinct for b in distinct if a != b)
    ):
        return distinct
    return [_ibid_source(targets)]


def _ibid_source(targets: list[str]) -> str:
    """What a later "Ibid." stands for, of a footnote's ``targets``: the last one, unless it is the
    corrigendum of a document the footnote also cites ("See A/ES-10/273 and A/ES-10/273/Corr.1." then
    "Ibid., advisory opinion, para. 120.": the opinion is in the document, not in its corrigendum).

    >>> _ibid_source(["A/ES-10/273", "A/ES-10/273/Corr.1"]), _ibid_source(["A/78/13/Corr.1"])
    ('A/ES-10/273', 'A/78/13/Corr.1')
    """
    last = targets[-1]
    base, sep, _ = last.rpartition("/Corr.")
    return base if sep and base in targets else last


def _in_treaty_series(text: str, s: int, last_treaty: int | None, ctx: Context, bare: bool = False) -> bool:
    """Whether the "vol. N, No. M" at ``s`` cites the United Nations Treaty Series.

    A journal prints volumes and numbers too ("The Lancet, vol. 399, No. 10325"). It is the
    Series when its citation (after the last ";" or "see") names it ("United Nations, Treaty
    Series, vol. 2225"), when it goes on from a citation of it ("vol. 2131, No. 20378; and vols.
    2171, ..."), when it is an "Ibid." of a footnote that cited it, or when nothing is named
    before it ("See vol. 75, No. 973"). A ``bare`` citation, whose "No." the source lost ("Ibid.,
    vol. 3175, 612."), is read only where the Series is named or repeated: "See vol. 12, 2004."
    may be any journal's volume and year.
    """
    if last_treaty is not None and g.TREATY_JOIN.fullmatch(text, last_treaty, s):
        return True
    start = 0 if last_treaty is None else last_treaty
    for m in _CITATION_END.finditer(text, start, s):
        start = m.end()
    head = text[start:s]
    if g.TREATY_SERIES.search(head):
        return True
    if g.TREATY_IBID.search(head):
        # the footnote that "Ibid." repeats cited the Series
        return ctx.ibid_treaty is True if bare else ctx.ibid_treaty is not False
    return not bare and all(w.lower() in g.TREATY_LEAD_WORDS for w in _WORDS.findall(head))


_WORDS = re.compile(r"[^\W\d_]+")


def _bare_keyword(text: str, floor: int, kw_start: int) -> int:
    """Where the relation of the list at ``kw_start`` is read: at a bare keyword before it whose members it
    names (:data:`grammar.BARE_KEYWORD_BEFORE`: "the arrangements referred to in General Assembly resolutions
    on the pattern of conferences, including resolutions 53/208 A ..." -> cite, as the bare "resolutions"
    is), else at the keyword itself. Not before ``floor``, the end of the previous reference (or where
    the verbs were last read).

    >>> t = "Notes that the arrangements referred to in its resolutions on conferences, including resolution 53/208"
    >>> _bare_keyword(t, 0, t.index("resolution 53"))
    47
    """
    lo = max(floor, kw_start - 200)
    m = g.BARE_KEYWORD_BEFORE.search(text, lo, kw_start)
    return m.start() if m is not None else kw_start


def _joined_source(text: str, pos: int, floor: int, out: list[Found]) -> str | None:
    """``cite`` for a document joined by "and" to a source right before it (:data:`grammar.JOINED_DOCUMENT`).

    "pursuant to resolution 687 (1991) and the Secretary-General's report for implementing paragraph 3
    of that resolution (S/22558)": the source phrase governs both. Only where no verb stands between.

    >>> t = "Noting that it was done pursuant to resolution 687 (1991) and the Secretary-General's report ("
    >>> e = t.index(" and")
    >>> f = Found(e - 10, e, "687 (1991)", "S/RES/687 (1991)", "resolution", "SC", None, "cite")
    >>> u = t.replace(" and", " and notes")
    >>> _joined_source(t, len(t), e, [f]), _joined_source(u, len(u), e, [f])
    ('cite', None)
    """
    if not out or out[-1].end != floor or out[-1].relation != "cite" or floor >= pos:
        return None
    if not g.JOINED_DOCUMENT.fullmatch(text, floor, pos):
        return None
    verb = governing_verb(text, pos, last_verb(text, floor, pos))
    return "cite" if verb is None else None


def _coordinated(
    prev: _List | None, text: str, kw_start: int, join: re.Pattern[str] | None = None
) -> str | None:
    """The relation of a list joined to the previous one by "and" alone, which shares its governor.

    "in accordance with Council resolutions 5/1 and 5/2 and Commission on Human Rights resolution 2005/74":
    the second list is also a source (``cite``). ``join`` is one more pattern the words between may
    fullmatch: :data:`_LATER_JOIN` at a bare keyword whose members a list names.
    """
    if prev is None or not prev.items:
        return None
    gap = text[prev.last_end : kw_start]
    if len(gap) > 160 and not (len(gap) < 600 and "entitled" in gap):
        return None  # (a quoted title may be long: see _TITLED_JOIN)
    m = g.NAMED_BEFORE.search(gap) or g.SHORT_BEFORE.search(gap) or g.ITS_BEFORE.search(gap)
    rest = gap[: m.start()] if m else gap
    if rest.lstrip().startswith(",") and _SET_OFF_SOURCE.search(
        text, max(0, prev.kw_start - 160), prev.kw_start
    ):
        return (
            None  # "the Framework, adopted in decision 15/4 of 19 December 2022, as well as decision 15/29"
        )
    if (
        _JOIN_ONLY.fullmatch(rest)
        or _TOPIC_JOIN.fullmatch(rest)
        or _LOCATOR_JOIN.fullmatch(rest)
        or _REPEATED_JOIN.fullmatch(rest)
        or ("entitled" in rest and _TITLED_JOIN.fullmatch(rest))
        or (join is not None and join.fullmatch(rest))
    ):
        return prev.relation
    return None


#: A participle set off by a comma that makes the previous list the source of the noun before it: ", adopted
#: in decision 15/4 of 19 December 2022, as well as decision 15/29 ...": the comma after it closes the phrase,
#: and what ", as well as" or ", and" joins next is the verb's object again (recall), not a second source;
#: an adverb may come first (", as originally requested in resolution 71/321, and its resolution 78/189").
_SET_OFF_SOURCE = re.compile(
    r",\s*(?:as\s+)?(?:[a-z]{3,}ly\s+)?[a-z]{3,}ed\s+(?:by|in|at|under|through|on|upon|pursuant\s+to)\b[^,;()]{0,100}$"
)

#: The later resolutions on a subject, joined to the one just cited and then named by a list: "in line
#: with General Assembly resolution 46/182 of 19 December 1991 and the annex thereto and all subsequent
#: General Assembly resolutions on the subject, including its resolution 78/119" (cite, as 46/182 is: the
#: list names members of "all subsequent resolutions", read at that bare keyword).
_LATER_JOIN = re.compile(
    r"(?:\s*,?\s*and\s+the\s+annex(?:es)?\s+(?:thereto|to\s+(?:it|them)))?\s*,?\s*(?:and|as\s+well\s+as)\s+"
    r"(?:all\s+)?(?:the\s+|its\s+)?(?:subsequent|relevant|other|related|later|further)(?:\s+relevant)?\s*"
)


#: The second object of the previous list's preposition, said again or not, after a date phrase that
#: names no date: "in accordance with resolution 54 (1948) of that date and with resolution 50 (1948) of
#: 29 May 1948" (cite, as 54 (1948) is: S_RES_61_1948 P1); "pursuant to resolution X and to resolution Y".
_REPEATED_JOIN = re.compile(
    r"(?:\s*,?\s*of\s+(?:that|the\s+same)\s+date)?\s*,?\s*(?:and|or|as\s+well\s+as)\s+"
    r"(?:(?:with|to|under|in|by)\s+)?(?:the\s+)?"
)


#: The subject of the previous list before the join: "in accordance with General Assembly resolutions
#: 53/199 ... and 61/185 ... on the proclamation of international years and Economic and Social
#: Council resolution 1980/67" (no number, bracket, quote or stop: no reference or clause can hide
#: in it). The subject may name an instrument, with a source phrase of its own, which names that
#: instrument only: "Recalling ... resolution 8/6 of 20 December 2019 on implementation of international
#: obligations to prevent and combat bribery as defined under the United Nations Convention against
#: Corruption and resolution 8/9 on strengthening asset recovery" (A_RES_79_190 P69: 8/9 is recalled as
#: 8/6 is; "as defined under" does not reach over "and" to the next item of the list).
_TOPIC_JOIN = re.compile(
    r"\s*on\s+[a-z][^\d.,;:()\u201c\u201d\"]{0,150}?\s+(?:and|as\s+well\s+as)\s+(?:the\s+)?"
)

#: The quoted title of the previous list's last item, set off by commas, before the join: "in accordance
#: with resolution 9/1 of 15 December 2021, entitled “Sharm el-Sheikh declaration on strengthening
#: international cooperation ...”, and resolution 10/11 of 15 December 2023, entitled “Follow-up to ...”"
#: (A_RES_79_190 P70: 10/11 is the second object of "in accordance with", cite as 9/1 is). The title
#: holds no quote mark of its own; up to 500 characters.
_TITLED_JOIN = re.compile(
    r"\s*,\s*entitled\s+[\u201c\"][^\u201c\u201d\"]{1,500}[\u201d\"]\s*,?\s*(?:and|as\s+well\s+as)\s+(?:the\s+)?"
)

#: A place in the next resolution after the join: "in response to paragraphs 113, 117 and 119 to 124 of
#: resolution 64/72, paragraphs 121, 126 and 132 to 134 of resolution 66/68 and paragraphs 181 and 257
#: of resolution 77/118" (numbers, numerals and letters only between the locator word and "of"), also
#: after a ";" that the text prints inside the list ("... of resolution 66/68; paragraphs 156, 171 ... of
#: resolution 71/123 and ...": a locator and "of" follow, no verb).
_LOCATOR_JOIN = re.compile(
    r"\s*(?:[,;]\s*)?(?:and\s+|as\s+well\s+as\s+)?(?:the\s+)?(?:paragraphs?|sections?|parts?|chapters?)"
    r"(?:[\s,]+(?:\d{1,3}(?:\s?\([a-z]\))*|\([a-z]\)|[IVXL]{1,5}(?:\.[A-Z])?|[A-H]|and|to)(?!\w))+"
    r"\s+of\s+(?:the\s+annex\s+to\s+)?"
)


def _lone_letter(lst: _List, text: str, s: int, e: int, letter: str) -> None:
    """The other parts of a lettered resolution: "36/87 A and B", "78/254 A to C" (``letter`` is
    at ``text[s:e]``). The parts of a range ("A", "B" and "C" of "A to C") have the whole range as their surface."""
    last = lst.items[-1]
    base = _LETTERED.match(last.number.strip())
    gap = text[lst.last_end : s]
    if base is None or not _LETTER_JOIN.fullmatch(gap):
        return
    first = base[2]
    ranged = gap.strip() == "to"
    letters = [chr(c) for c in range(ord(first) + 1, ord(letter) + 1)] if ranged else [letter]
    if ranged:
        # "78/254 A to C": each part is read from the range, which is the surface of all three (as the volumes of
        # "vols. 2225, 2237 and 2241, No. 39574" share theirs; three blind readers gave it so): B is printed nowhere
        start = last.found.start
        last.found.end, last.found.surface = e, " ".join(text[start:e].split())
    for ch in letters:
        if ranged:
            f = Found(last.found.start, e, last.found.surface, "", "", None, None, lst.relation)
        else:  # "36/87 A and B": B as printed
            f = Found(s, e, letter, "", "", None, None, lst.relation)
        lst.items.append(_Item(f, last.shape, f"{base[1]} {ch}", _sep(gap)))
    lst.last_end = e


def _registration_numbers(groups: dict[str, str | None]) -> list[str]:
    """The registration numbers of a Treaty Series citation's named parts (``regno`` or ``regnos``):
    ``No. 39574`` -> one number; ``Nos. 970–973`` -> 970, 971, 972, 973; ``Nos. 17512 and 17513`` -> two."""
    if groups["regno"]:
        return [groups["regno"]]
    if groups["bareno"]:
        return [groups["bareno"]]  # "Ibid., vol. 3175, 612.": the source lost the "No."
    regnos = groups["regnos"] or ""
    nums = _DIGITS.findall(regnos)
    if len(nums) == 2 and _RANGE.search(regnos) and 0 < int(nums[1]) - int(nums[0]) < 20:
        return [str(n) for n in range(int(nums[0]), int(nums[1]) + 1)]
    return nums


_YEAR3 = re.compile(r"\s{1,3}(\d{3})(?!\d)")


def _printed_year(text: str, pos: int, ctx: Context) -> tuple[str, int] | None:
    """The year the file prints after a date whose normalised text lost its last digit.

    A year has four digits; "18 December 201" means the normaliser took the "4" of "2014"
    for a footnote mark. The original text says which year it is.
    """
    m = _YEAR3.match(text, pos)
    if m is None or ctx.norm is None:
        return None
    start, end = ctx.norm.to_original(ctx.base + m.start(1), ctx.base + m.end(1))
    printed = ctx.norm.original[start : end + 1]
    if len(printed) == 4 and printed.isdigit() and printed.startswith(("19", "20")):
        return printed, m.end()
    return None


#: What joins a Council number the OCR broke to the Council number before it in a list: ", ", " and ",
#: ", and " (never a bare space: "794 (1992) 6 1993" is no list).
_COUNCIL_OCR_GAP = re.compile(r"\s{0,3}(?:,\s{0,3}(?:and\s{1,3})?|and\s{1,3})")


def _council_ocr(lst: _List, gap: str, ctx: Context) -> bool:
    """Whether a Council number whose parentheses the OCR lost (piece "scocr": "775 1992", "387 1976)",
    "387 (1976"), after ``gap``, is an item of the open list ``lst``: in a Security Council text (or
    after "Security Council resolution"), right after the keyword ("its resolution 868 1993 of 29
    September 1993"), or after a Council number of the list ("767 (1992) of 27 July 1992, 775 1992 of
    28 August 1992"). A decision, or a list of another body's numbers, has no such number.

    >>> lst = _List(0, 11, False, None, False, "recall")
    >>> _council_ocr(lst, " ", Context(organ="SC")), _council_ocr(lst, " ", Context(organ="GA"))
    (True, False)
    """
    if lst.is_decision or lst.named not in (None, "SC") or (ctx.organ != "SC" and lst.named != "SC"):
        return False
    if not lst.items:
        return not gap or gap.isspace()
    return lst.items[-1].shape == "sc" and _COUNCIL_OCR_GAP.fullmatch(gap) is not None


def _council_year(number: str, doc_text: str) -> str | None:
    """The year of Council resolution ``number``, printed without it (piece "scbare"): as the document prints it with
    the number elsewhere ("687 (1991)"), else the year the Council's numbering gives it (:func:`council_year`:
    "the resolution 1051 lists" in S/RES/1454 (2002), "imposed against South Africa in resolution 418" in S/RES/571
    (1985), whose OCR lost "(1977)"); None when the document gives two years, or the number is past the table. A
    number under 100 that the document never prints with a year is no citation but a footnote mark after the word
    ("within a period of five months from the date of this resolution 4 programme of", S/RES/80 (1950)): the
    Council's first hundred resolutions (1946-1950) are not cited without their year.

    >>> t = "resolutions 687 (1991) of 3 April 1991 ... paragraph 24 of resolution 687 as it relates"
    >>> _council_year("687", t), _council_year("1051", t), _council_year("2334", t), _council_year("4", t)
    ('1991', '1996', None, None)
    """
    years = {
        m[1]
        for m in re.finditer(rf"(?<![\w/.,-]){number}[ \n]{{0,3}}\\?\([ \n]?(\d{{4}})[ \n]?\\?\)", doc_text)
    }
    if years:
        return years.pop() if len(years) == 1 else None
    n = int(number)
    year = council_year(n) if n >= 100 else None
    return None if year is None else str(year)


def _council_number(raw: str) -> str:
    """The number of a Council resolution whose parentheses the OCR lost, or whose first digit 5 it printed "$", or
    whose last digit 5 it printed "S", as printed in full.

    >>> _council_number("775 1992"), _council_number("387 1976)"), _council_number("387 (1976")
    ('775 (1992)', '387 (1976)', '387 (1976)')
    >>> _council_number("$46 (1984)"), _council_number("70S (1991)")
    ('546 (1984)', '705 (1991)')
    """
    number, year = _DIGITS.findall(raw.replace("$", "5").replace("S", "5"))
    return f"{number} ({year})"


def _old_session(raw: str) -> str:
    """The number of a GA resolution whose Roman session the OCR printed as digits or letters l (piece "oldocr"), as
    printed in full.

    >>> _old_session("22 A (1)"), _old_session("181 (11)"), _old_session("194\\n(lll)")
    ('22 A (I)', '181 (II)', '194 (III)')
    """
    number, session = fold(raw).rsplit("(", 1)
    return f"{number.rstrip()} ({'I' * (len(session) - 1)})"


#: The letters the OCR prints for the digit 1 in a day ("of il August 1949").
_OCR_ONE = str.maketrans("lIi", "111")


def _ocr_date(raw: str) -> str:
    """A date whose day the OCR damaged (piece "ocrdate"), as printed in full.

    >>> _ocr_date("13, March"), _ocr_date("il August 1949"), _ocr_date("l9 June\\n1990")
    ('13 March', '11 August 1949', '19 June 1990')
    """
    day, rest = raw.split(None, 1)
    return f"{day.rstrip(',').translate(_OCR_ONE)} {fold(rest)}"


def _continues(lst: _List, gap: str, kind: str = "") -> bool:
    """Whether a number of shape ``kind`` after ``gap`` belongs to the open list."""
    if not lst.items:
        # right after the keyword; an OCR-broken first number ("387 1976), 418 (1977)") does not end the list
        if not gap or gap.isspace():
            return True  # "resolutions 46/152": what _FIRST_GAP always allows
        return _FIRST_GAP.fullmatch(gap) is not None
    if kind == "sc" and lst.items[-1].shape == "sc" and gap.isspace():
        return True  # "450 (1979)\n489 (1979), ...": a comma the OCR lost between two Council numbers
    if kind == "sc" and lst.items[-1].shape == "sc" and g.SC_OCR_COMMA_GAP.fullmatch(gap):
        return True  # "432 (1978).\n435 (1978)": a comma the OCR printed as a full stop
    if ";" in gap and kind == lst.items[-1].shape and g.LOCATOR_LIST_GAP.fullmatch(gap):
        return True  # "52/214, sect. C, para. 3; 55/222, ...": a list of places in resolutions
    if len(gap) > 300 or g.clause_break(gap):
        return False
    tail = gap.rstrip()
    # a locator word ends in one of _LOCATOR_LAST: ", " and " and " need no regex
    if tail[-1:] in _LOCATOR_LAST and g.LOCATOR_BEFORE.search(gap):
        return False
    return tail.endswith(",") or g.LIST_SEP.search(gap) is not None


#: The last characters of the words of :data:`grammar.LOCATOR_BEFORE` ("para.", "paragraph", "pages",
#: "article", "annex").
_LOCATOR_LAST = frozenset(".hsex")


def _part_range(target: str) -> list[str] | None:
    """The parts a range names, or None: ``S/8248/Add.7-9`` -> ``S/8248/Add.7`` ... ``S/8248/Add.9``.

    >>> _part_range("C 2009/REP/Corr.1\u20133")
    ['C 2009/REP/Corr.1', 'C 2009/REP/Corr.2', 'C 2009/REP/Corr.3']
    >>> _part_range("A/C.6/64/SR.1-28") is None, _part_range("S/1/Add.3-1") is None
    (True, True)
    """
    m = _PART_RANGE.match(target)
    if m is None:
        return None
    lo, hi = int(m["lo"]), int(m["hi"])
    if not 0 < hi - lo < 20:
        return None
    return [f"{m['head']}{n}" for n in range(lo, hi + 1)]


def _body_of_target(target: str) -> str | None:
    return body_of(target)


def _act_by_symbol(text: str, s: int, f: Found, prev: Found | None) -> tuple[str, str | None] | None:
    """The kind and body of an act named by a document symbol right after "resolution(s)" or
    "decision(s)" (:data:`grammar.ACT_KEYWORD_BEFORE`), or after such an act of the same series in a
    list (:data:`grammar.ACT_LIST_GAP`); else None.

    "as well as resolutions GOV/2022/17 of 3 March 2022, GOV/2022/58 of 15 September 2022 and
    GOV/2022/71 of 17 November 2022, entitled “…”, and GOV/2024/18 of 7 March 2024, entitled “…”, of
    the Board of Governors of the Agency": four resolutions of the IAEA's Board, each with its date.
    """
    series = f.target.partition("/")[0] + "/"
    if (
        prev is not None
        and prev.kind in ("resolution", "decision")
        and prev.surface == prev.target  # an act named by its symbol, not "resolution 50/245 and A/50/1027"
        and prev.target.startswith(series)
        and g.ACT_LIST_GAP.fullmatch(text, prev.end, s)
    ):
        return prev.kind, prev.body
    m = g.ACT_KEYWORD_BEFORE.search(text, max(0, s - 16), s)
    if m is None:
        return None
    kind = "decision" if m["kw"][0] in "dD" else "resolution"
    return kind, next((b for pre, b in g.ACT_SERIES_BODY if series == pre), None)


#: The Council's series as the OCR printed it in a symbol the grammar read (grammar._ocr_council_symbol): an "S$/" with
#: a stray "$", or "$/", "s/", "5/" for "S/".
_OCR_COUNCIL_SERIES = re.compile(r"(?:S\$|[$s5])/")


def _symbol(raw: str, s: int, e: int, relation: str, ctx: Context) -> Found | None:
    """A document symbol as a reference; None for what only looks like one."""
    sym = raw.rstrip(".-\u2010\u2011\u2013")
    glued = _GLUED.search(sym)
    if glued:  # two symbols run together by PDF extraction: "A/RES/78/18A/RES/78/18"
        sym = sym[: glued.end()]
    if "/" not in sym or not _ANY_DIGIT.search(sym):
        return None
    e = s + len(sym)
    printed = fold(sym)
    canon = printed if sym.isascii() else fold(sym.translate(_HYPHENS))  # the hyphens are not ASCII
    if "- " in canon:
        canon = canon.replace(
            "- ", "-"
        )  # a joint symbol broken at its hyphen: "A/77/69/Add.1-\nE/2022/47/Add.1"
    if ". " in canon:  # an addendum OCR spaced off its number: "S/1117/Add. 1" is S/1117/Add.1
        canon = _SPACED_PART.sub(r"\1.\2", canon)
    if "/ " in canon:  # a number OCR spaced off the series' slash: "S/ 13384" is S/13384
        canon = canon.replace("/ ", "/", 1)
    if (ocr := _OCR_COUNCIL_SERIES.match(canon)) is not None:
        canon = "S/" + canon[ocr.end() :]  # "S$/25241", "$/26627", "s/3140", "5/2002/1005": the Council's S/
    up = canon.upper()
    if "/RES" not in up and "/DEC/" not in up and "/MOP/" not in up:  # "/MOP/": CBD/CP/MOP/VIII/19
        if canon in ctx.own:
            return None
        return Found(s, e, printed, canon, "document", None, None, relation)  # as printed
    try:
        target = parse_id(canon)
    except SymbolError:
        target = canon
    if target == up:
        target = canon  # no canonical form to bring it to: the symbol as printed ("UNEP/EA.5/Res.11")
    if target in ctx.own or canon in ctx.own:
        return None
    kind = kind_of(target)
    body = _body_of_target(target) if kind in ("resolution", "decision") else None
    return Found(s, e, printed, target, kind, body, None, relation)


# ---- the document -------------------------------------------------------------------------------


def _own_misprinted(target: str, own: frozenset[str]) -> bool:
    """Whether the Security Council resolution ``target``, read in the header, is the document's own
    number with a misprinted year: "Resolution 434 (1973)\nof 18 September 1978" heads S/RES/434 (1978).

    >>> _own_misprinted("S/RES/434 (1973)", frozenset({"S/RES/434 (1978)"}))
    True
    >>> _own_misprinted("S/RES/425 (1978)", frozenset({"S/RES/434 (1978)"}))
    False
    """
    if not target.startswith("S/RES/"):
        return False
    number = target.partition(" (")[0]
    return any(o.startswith(number + " (") for o in own)


def _own_symbols(doc: Document) -> frozenset[str]:
    """The symbols the document is known by, never annotated: its own (printed, inferred, its file's name) and,
    in an early Council resolution, the one it was issued under (:data:`grammar.OWN_ISSUE_SYMBOL`)."""
    own = {doc.meta.symbol, doc.meta.inferred_symbol, file_symbol(doc.name)}
    header = doc.paragraphs[0] if doc.paragraphs and doc.paragraphs[0].kind == HEADER else None
    if header is not None and "Resolution" in header.text:
        own.update(m["symbol"] for m in g.OWN_ISSUE_SYMBOL.finditer(header.text))
    return frozenset(x for x in own if x)


def _organ(doc: Document) -> str:
    if doc.meta.organ:
        return doc.meta.organ
    head = doc.text[:3000]
    if _SECURITY_COUNCIL.search(head):
        return "SC"
    return "GA"


def clear_caches() -> None:
    """Forget the memoised numbers, targets and dates (:func:`iso_date` and the number steps).

    They last for the process, as a fresh ``citegraph extract`` run starts without them; a
    benchmark that repeats a pass over the same texts clears them before each pass, so that
    every pass is timed as the first one.
    """
    for f in (iso_date, _clean_number, _target_of):
        f.cache_clear()


def extract_references(doc: Document) -> list[Reference]:
    """Every reference ``doc`` makes, in SCHEMA.md's terms, with offsets into the original text."""
    ctx = Context(
        organ=_organ(doc),
        own=_own_symbols(doc),
        doc_text=doc.text,
        norm=doc.norm,
        declaration=g.is_declaration(doc.text),
    )
    # footnote label -> anchor, read when the first footnote with a reference comes
    anchors: dict[str, str | None] = {}
    by_label: dict[str, Footnote] = {}
    body: _Body | None = None
    refs: list[Reference] = []
    footnotes = []
    in_body: dict[int, list[Found]] = {}  # body paragraph start -> its references, for the names at marks
    for p in doc.paragraphs:
        if p.kind == FOOTNOTE:
            footnotes.append(p)
            continue
        found = g.atoms(p.text)  # most paragraphs have none: no scan
        if not found:
            continue
        ctx.section = "header" if p.kind == HEADER else "body"
        ctx.base = p.start
        in_body[p.start] = _scan(p.text, found, ctx)
        for f in in_body[p.start]:
            refs.append(_reference(doc, p.label, p.start, f, None))
    ctx.section = "footnote"
    ctx.ibid = []
    for p in sorted(footnotes, key=lambda q: q.number or 0):
        ctx.base = p.start
        found = scan_text(p.text, ctx)
        if not found:
            # a footnote that cites nothing by an identifier ("Food and Agriculture Organization ..., The
            # State of Food Security and Nutrition in the World 2023"): the "Ibid." after it stands for
            # that source, not for the one before it
            ctx.ibid, ctx.ibid_treaty = [], False
            ctx.ibid_document = None
            continue
        if not anchors:
            anchors = {f"F{fn.number}": fn.anchor for fn in doc.footnotes}
            by_label = {f"F{fn.number}": fn for fn in doc.footnotes}
            body = _Body(doc, in_body, ctx.declaration)
        # the footnote's own source, not what it adds after a ";" or "see also": a later "Ibid."
        # stands for it
        m = _CITATION_END.search(p.text) if len(found) > 1 else None
        own = ([f for f in found if f.start < m.start()] if m else found) or found
        # the name at the mark is what the footnote cites before a "see also" ("Ibid., vols. 2171 and 2173,
        # No. 27531; and resolution 66/138, annex." for "the Optional Protocols thereto": all three)
        fn = by_label.get(p.label)
        use = body.use_of(fn) if fn is not None and body is not None else None
        m = _SEE_ALSO.search(p.text) if use is not None and len(found) > 1 else None
        mine = {id(f) for f in found if m is None or f.start < m.start()}
        for f in found:
            ref = _reference(doc, p.label, p.start, f, anchors.get(p.label))
            if use is not None and id(f) in mine:
                ref.anchor_para, ref.anchor_relation = use
            refs.append(ref)
        if found:
            ctx.ibid = _ibid_sources([f.target for f in own])
            ctx.ibid_treaty = any(f.kind == "treaty" for f in found)
            ctx.ibid_document = _act_document(own)
    return refs


def anchor_uses(doc: Document) -> dict[str, tuple[str, str]]:
    """Where each footnote's source is used in the body, and how: footnote label -> (the label of the
    paragraph its mark stands in, the relation the verb there gives the name at the mark), for the
    footnotes that cite something (:func:`extract_references`, ``anchor_para`` and ``anchor_relation``).

    The name the mark is attached to (``Footnote.anchor``) is read as a reference beginning where the
    name begins (:func:`relation_at`): "Reaffirming the Convention on the Rights of the Child,¹" gives
    ``reaffirm``, "Recalling its resolution 44/25, by which it adopted the Convention,¹" ``cite`` (the
    Convention stands there as what 44/25 adopted: :data:`grammar.OPEN_RELATIVE`). A name that holds
    a reference of the body ("the activities mandated by the Council in its resolutions 55/28 and
    57/28¹") is used as that reference is. A footnote whose mark is not in a body paragraph is left out.

    >>> from citegraph.reader import read_document
    >>> doc = read_document("x.txt", "The General Assembly,\\n\\nReaffirming the Convention on the Rights of the Child,1\\n\\n"
    ...                 "1. Decides to continue.\\n\\n_______________\\n\\n1 United Nations, Treaty Series, vol. 1577, No. 27531.\\n")
    >>> anchor_uses(doc)
    {'F1': ('P1', 'reaffirm')}
    """
    return {
        r.para: (r.anchor_para, r.anchor_relation)
        for r in extract_references(doc)
        if r.anchor_para is not None and r.anchor_relation is not None
    }


class _Body:
    """The body paragraphs of a document and their references, to read where and how a footnote's source
    is used (:func:`anchor_uses`): the paragraph that holds its mark is found by bisection."""

    def __init__(self, doc: Document, found: dict[int, list[Found]], declaration: bool) -> None:
        self.paras = [p for p in doc.paragraphs if p.kind != FOOTNOTE]
        self.starts = [p.start for p in self.paras]
        if any(a > b for a, b in zip(self.starts, self.starts[1:], strict=False)):  # never seen: sort them
            self.paras.sort(key=lambda p: p.start)
            self.starts.sort()
        self.found = found  # paragraph start -> the references read in it (offsets in the paragraph)
        self.declaration = declaration  # a first-person declaration (see _scan), as the context read it
        # paragraph start -> how far its verbs were read and the last verb of each stretch, as _scan keeps
        # them: the marks of a paragraph come in order, and each reads on from the one before
        self.verbs: dict[int, tuple[int, list[tuple[int, int, str]]]] = {}

    def _opening(self, para: Paragraph) -> list[tuple[int, int, str]]:
        """The bare verb a paragraph of a declaration opens with ("Reaffirm the political declaration ..."), as
        _scan reads it, else none."""
        opening = _declaration_opening(para.text) if self.declaration and para.kind != HEADER else None
        return [opening] if opening is not None else []

    def use_of(self, fn: Footnote) -> tuple[str, str] | None:
        """(paragraph label, relation) of footnote ``fn``'s mark (:func:`anchor_uses`), or None."""
        if fn.mark is None:
            return None
        k = bisect.bisect_right(self.starts, fn.mark) - 1
        # the paragraph that starts at or before the mark holds it, a mark at its end too (a mark between
        # two paragraphs is in the earlier one's end, as the layout reads it)
        para = self.paras[k] if k >= 0 and fn.mark <= self.paras[k].end else None
        if para is None:
            return None
        at = fn.mark - para.start
        name = submitted_report(fn.anchor) if fn.anchor else None  # used as the report is, not its resolution
        pos = para.text.rfind(name, 0, at + 1) if name else -1
        end = pos + len(name) if name and pos >= 0 else at
        if pos < 0 and name and (head := _printed_head(para.text, at, name)) is not None:
            # "reports of the Secretary-General on B", read as if the noun were printed again: where the noun is printed
            pos, end = head
        if pos < 0:
            pos = at
        # a reference of the body inside the name ("... in its resolutions 55/28 and 57/28¹"): the name is used
        # as the last of them is (not one between the name and a mark printed further on: "the report of the
        # Secretary-General prepared pursuant to resolution 78/229;⁴²" takes note of the report)
        inside = [f for f in self.found.get(para.start, ()) if pos <= f.start and f.end <= end]
        if inside:
            return para.label, max(inside, key=lambda f: f.start).relation
        scanned, spans = self.verbs.get(para.start, (0, []))
        if para.start not in self.verbs or pos < scanned:  # its first name, or one before the last read
            scanned, spans = 0, self._opening(para)
        spans.extend(last_verb(para.text, scanned, pos))
        self.verbs[para.start] = (pos, spans)
        relation = relation_at(para.text, pos, 0, "header" if para.kind == HEADER else "body", spans)
        if relation == "cite":
            return para.label, relation
        verb = governing_verb(para.text, pos, spans)
        floor = verb[1] if verb is not None else 0
        if g.OPEN_RELATIVE.search(para.text, max(floor, pos - 200), pos) or g.OPEN_ACT_RELATIVE.search(
            para.text, max(floor, pos - 400), pos
        ):
            relation = "cite"  # "its resolution 44/25, by which it adopted the Convention¹": what it adopted
        elif not (fn.anchor and g.LISTED_REPORT.match(fn.anchor)) and g.SOURCE_LIST_OPENING.search(
            para.text, max(floor, pos - 600), pos
        ):
            relation = "cite"  # "the freedoms enshrined in the Declaration¹ and the treaties, including ...²"
        return para.label, relation


def _printed_head(text: str, at: int, anchor: str) -> tuple[int, int] | None:
    """Where the longest run of ``anchor``'s first words (three at least) is printed last before ``text[at]``, and where
    it ends, for an anchor read as if its noun were printed again ("letters addressed to the Security Council on 30
    May" over "its letters addressed to the Security Council on 7 May,²³ 30 May²⁴"); None when none is.

    >>> _printed_head("its letters addressed to the Council on 7 May, 30 May", 52, "letters addressed to the Council on 30 May")
    (4, 39)
    """
    words = anchor.split()
    for k in range(len(words) - 1, 2, -1):
        head = " ".join(words[:k])
        pos = text.rfind(head, 0, at + 1)
        if pos >= 0:
            return pos, pos + len(head)
    return None


def _act_document(found: list[Found]) -> str | None:
    """The document a footnote's citation places an act in, for an "Ibid., decision N" after it:
    "document CBD/COP/15/17, decision 15/10" (or its "Ibid." and "decision 15/8"); else None.

    >>> d = Found(0, 13, "CBD/COP/15/17", "CBD/COP/15/17", "document", None, None, "source")
    >>> a = Found(24, 29, "15/10", "CBD/COP/DEC/15/10", "decision", "CBD", None, "source")
    >>> _act_document([d, a]), _act_document([d]), _act_document([a, d])
    ('CBD/COP/15/17', None, None)
    """
    if (
        len(found) > 1
        and found[0].kind == "document"
        and all(f.kind in ("decision", "resolution") for f in found[1:])
    ):
        return found[0].target
    return None


def _reference(doc: Document, label: str, base: int, f: Found, anchor: str | None) -> Reference:
    start, end = doc.norm.to_original(base + f.start, base + f.end)
    if f.kind in ("resolution", "decision") and doc.norm.original[start:end] != f.surface:
        # the printed number wins over the normalised one: a digit taken for a footnote mark
        # ("77/263 A" read as "77/26" + mark 3) is put back
        printed = fold(_MARKDOWN.sub("", doc.norm.original[start:end]))
        if printed != f.surface and f.surface in f.target:
            kind = g.number_kind(printed)
            if kind is not None and kind == g.number_kind(f.surface):
                f.target = f.target.replace(f.surface, _clean_number(printed))
                f.surface = printed
    # positional, in the field order of models.Reference (a keyword call costs a third more); the
    # gold and corpus tests compare every field, so a reordered model cannot pass unnoticed
    return Reference(
        doc.name, label, f.surface, f.target, f.kind, f.body, f.date, f.relation, anchor, start, end
    )
