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
  ("Welcoming"), at a comma that does not join two parts of one title (a comma
  after a full date ends a list item: "resolution 77/213 of 15 December 2022,
  Human Rights Council resolution 53/11");
- a Protocol's name runs on over ", supplementing the United Nations Convention
  against ..." and starts at "Protocol" (gold 000 F10, 002 F22); a title runs on
  over a colon before its subtitle ("... and the Rule of Law: Towards the
  Achievement of the 2030 Agenda for Sustainable Development");
- the body that acted is no part of what it acted on ("the adoption by the
  General Assembly of the 2030 Agenda ..." reads the Agenda);
- when the words before the mark only qualify the name (", adopted on 8
  September 2006", " on promoting legal aid", ", which addressed ..."), they
  are cut off first, so that the name they qualify is read;
- when the name found is only the agent of a qualifier ("..., adopted by the
  Thirteenth United Nations Congress"; "report ... prepared pursuant to
  resolution 74/177"; ", adopted during the ministerial segment of the
  sixty-second session of the Commission on Narcotic Drugs": the place runs on
  over plain words), the anchor is what is qualified; after a name, a
  participle opens a qualifier without a comma too ("the Vienna Declaration and
  Programme of Action adopted by the World Conference on Human Rights on 25 June
  1993"), and participles joined by "and" make one ("submitted to the
  Secretary-General by ... and circulated by the Secretary-General");
- a list item of plain words that ends at the mark after "as well as" or ", and
  the" is the name ("as well as previous resolutions on the issue"); a title in
  quotes that ends there is not cut ("entitled “Our ocean, our future: call for
  action”");
- a document named by a common noun is kept with that noun ("report of the
  Secretary-General", "outcome document of the special session ...", "political
  declaration of the high-level meeting on universal health coverage"), and a
  report "on the implementation of resolution 77/7" is anchored, not the resolution;
- a date is no part of a name: "the entry into force on 19 August 2010 of the
  Optional Protocol ..." reads the Protocol, ", of 12 August 1949" or ", adopted
  on 22 May 1969 by the ..." after a name is read past, unless a common noun
  names the document by its date ("letter dated 15 October 1993 from ...");
- what is read is trimmed to the name: no governing verb ("recalling its relevant
  resolutions" -> "its relevant resolutions"), no leading "the", no closing quote
  opened before the name ("Our Common Agenda”"), no lone year ("2026–2027" is
  read with its noun, "period 2026–2027");
- after a dated qualifier, "and its ..." is an item of its own: "... adopted on
  8 September 2006 and its successive biennial reviews".
- a name never runs back over another footnote's mark: "the Convention on the
  Rights of the Child¹⁸ and the Optional Protocols thereto¹⁹" anchors 19 on the
  Protocols, and each item of "resolutions 34/8 of 23 March 2017,⁴ 35/34 ...,⁵"
  carries its own mark (:func:`anchor_after_mark`); an item of plain words
  after the other mark is a name too ("... Development⁷ and the key actions for
  its further implementation⁸"), and a word that only goes on the phrase of the
  other mark carries what that mark carries ("the political declarations of the
  high-level meetings ... to commemorate the tenth⁴ and twentieth⁵ anniversaries").

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
import threading

from citegraph.grammar import BODY_NAMES, at_word_start
from citegraph.grammar import MONTHS as _MONTHS
from citegraph.symbols import fold

# ---- dates and the clause that ends at a mark --------------------------------------------------------------------

#: A month's name, and a full date as printed ("18 December 1991"): the pieces the date patterns below are built from.
_MONTH = f"(?:{'|'.join(_MONTHS)})"
#: A day of a month ("30 May"), and a whole date ("11 June 1979").
_DAY_OF_MONTH = rf"\d{{1,2}}\s+{_MONTH}"
_FULL_DATE = rf"{_DAY_OF_MONTH}\s+\d{{4}}"


def _last_in_clause(
    pattern: re.Pattern[str], text: str, end: int, span: int, needle: str
) -> tuple[str, re.Match[str]] | None:
    """The last match of ``pattern`` in the clause that ends at the mark at ``text[end]``: in the words before it
    (trailing punctuation dropped), after the last ";" or line break and within ``span`` characters; with those
    words, or None. ``needle``, a substring every match holds, is looked for first (the cheap test).

    >>> _last_in_clause(re.compile("report on [a-z]+"), "a report on x; the report on y,", 31, 100, " on ")[1][0]
    'report on y'
    >>> _last_in_clause(re.compile("report on [a-z]+"), "a report on x; the study,", 25, 100, " on ") is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    start = max(0, len(head) - span, head.rfind(";") + 1, head.rfind("\n") + 1)
    if needle not in head[start:]:
        return None
    last = _last_match(pattern, head, start)
    return None if last is None else (head, last)


def _last_match(pattern: re.Pattern[str], text: str, *bounds: int) -> re.Match[str] | None:
    """The last match of ``pattern`` in ``text`` (within ``bounds``, as ``finditer`` takes them), or None.

    >>> _last_match(re.compile("[0-9]"), "a1b2c")[0], _last_match(re.compile("[0-9]"), "abc") is None
    ('2', True)
    """
    last = None
    for last in pattern.finditer(text, *bounds):  # noqa: B007 (the loop keeps the last one)
        pass
    return last


# ---- the walk back over a name: its words, where it stops (_stops), the walk (_walk), its tidying ----------------


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
        "especially",  # "Convention on Wetlands of International Importance especially as Waterfowl Habitat"
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
        "beyond",  # "Marine Biological Diversity of Areas beyond National Jurisdiction"
        "among",
        "or",
        "and/or",  # "Countries Experiencing Serious Drought and/or Desertification"
        "resolution",
        "resolutions",
        "decision",
        "decisions",
    }
)

#: A plain lower-case adjective before a body's name that opens with a participle ("intersessional", "hoc" in "an ad hoc
#: intersessional Working Group on ..."), see :func:`_stops`.
_ADJECTIVE_BEFORE_NAME = re.compile(r"[a-z][a-z\-]*")

#: Verbs that open the clause a name stands in (with any participle, :func:`_is_verb_word`).
_CLAUSE_VERBS = frozenset(
    {
        "Reaffirms",
        "Recalls",
        "Welcomes",
        "Notes",
        "Takes",
        "Urges",
        "Requests",
        "Decides",
        "Invites",
        "Calls",
        "Encourages",
        "Stresses",
        "Emphasizes",
        "Underlines",
        "Recognizes",
        "Acknowledges",
        "Endorses",
        "Expresses",
        "Reiterates",
        "Affirms",
        "Approves",
        "Adopts",
        "Commends",
        "Condemns",
        "Demands",
        "Supports",
        "Also",
        "Further",
        # the words a preambular paragraph opens with that are no "-ing" participle
        "Guided",
        "Mindful",
        "Aware",
        "Conscious",
        "Convinced",
        "Concerned",
        "Alarmed",
        "Determined",
        "Cognizant",
        "Desirous",
        "Deeply",
        "Gravely",
    }
)

_TOKEN = re.compile(r"[\w\u2019'./\u2010\u2011\u2013-]+|[(),;:]")
#: :data:`_TOKEN` for ASCII text, where it finds the same tokens: an ASCII ``\w`` is a table look-up,
#: a Unicode one up to four character-database look-ups.
_TOKEN_ASCII = re.compile(r"[\w'./-]+|[(),;:]", re.ASCII)

#: Words after the name that only qualify it; the earliest after the verb is cut off. ("to" after "right"
#: opens what the right is to, no infinitive of purpose: "the right to freedom of thought, conscience and religion";
#: so does "to" after "related"/"relating": "developments related to secured transactions". "with a view to ..." is a
#: purpose adjunct, cut off whole: "the Programme of Action with a view to better integrating work ...". No verb opens
#: with "self-": "the right of peoples to self-determination" is one noun phrase. "for" after "respect" opens what the
#: respect is for, as "to" after "right" does: "respect for human rights and fundamental freedoms ...".)
#: (A match starts at a comma or a space: written as ``[,\s]`` first, then which one it was, so
#: that a search skips straight to those characters instead of trying every alternative everywhere.)
_CUT = re.compile(
    r"[,\s](?:"
    r"(?<=,)\s*(?:which|in\s+which|by\s+which|by\s+the|whereby|including|inter\s+alia|adopted|held|signed|done|both|all)\b"
    r"|(?<=\s)(?:"
    r"(?:on|(?<!respect\s)for)\s+(?!the\b|a\b|an\b)[a-z]+\b"
    r"|(?<!right\s)(?<!rights\s)(?<!related\s)(?<!relating\s)to\s+(?!the\b|a\b|an\b|its\b|their\b|be\b|th[oe]se\b|self-)"
    r"(?!(?:[a-z]+-)?(?:[a-z]+th|first|second|third)\s+(?:[a-z]+\s+)?(?:sessions|meetings)\b)"  # a range
    r"[a-z]{3,}\b"
    r"|(?:prepared|submitted|issued|presented)\s"
    r"|pursuant\s+to\b"
    r"|with\s+a\s+view\s+to\b"
    r"|until\b"
    r"|containing\b"
    r"|(?:that|which)\s+(?:was|were)\s+(?:held|convened|adopted|signed|issued|submitted|presented|prepared|published"
    r"|released|launched|transmitted|circulated|endorsed|approved)\b"
    r"|adopted\s+on\b"
    r"))"
)

#: The words that give a name another one after a comma: "the Paris Agreement work programme, commonly
#: referred to as the Katowice Rulebook", "the Global Compact ..., also known as the Marrakech Compact".
_ALIAS_BEFORE = re.compile(r",\s*(?:(?:commonly|also)\s+)?(?:known|referred\s+to)\s+as\s+(?:the\s+)?$")

#: An ordinal number before a name: "adopted at the second United Nations Conference on ...".
_ORDINAL = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-)?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|fortieth"
    r"|fiftieth|sixtieth|seventieth|eightieth|ninetieth)"
)
_ORDINAL_WORD = re.compile(_ORDINAL)
#: How every ordinal of :data:`_ORDINAL` ends: the cheap test before :data:`_ELIDED_SESSION`.
_ORDINAL_ENDS = ("st", "nd", "rd", "th")
#: A session named by its ordinal alone, its noun left to a later one: "adopted by the Commission on Human Rights at its
#: sixty-first² and previous sessions" (A/RES/78/193 F2).
_ELIDED_SESSION = re.compile(r"\bat\s+(?:its|their|the)\s+" + _ORDINAL + r"$")

#: The paragraphs of a resolution that a qualifier names before it: " paragraphs 31 and 32 of", " paragraph 5 (b) of".
_PARAGRAPHS_OF = (
    r"\s+paragraphs?\s+\d{1,3}(?:\s*\([a-z]\))?(?:(?:,\s*|\s+and\s+|\s+to\s+)\d{1,3}(?:\s*\([a-z]\))?)*\s+of"
)

#: The words before a name that make it the agent or source of a qualifier, not the anchor (a relative clause
#: in the passive is one too: ", which was endorsed by the General Assembly in its decision 80/506"); after a
#: comma, the participle's place may run on over plain words to an "of" before the name (", adopted
#: during the ministerial segment of the sixty-second session of the Commission on Narcotic Drugs": the
#: Commission is where the Declaration before the comma was adopted, seed 004 F44).
#: (A match starts with the space or comma before at most :data:`_QUALIFIER_CHUNKS` - 1 chunks.)
_QUALIFIER_BEFORE = re.compile(
    r"(?:,\s*(?:(?:which|that)\s+(?:was|were|(?:has|have|had)\s+been)\s+)?"  # ", which was endorsed by the"
    r"(?:adopted|convened|organized|hosted|endorsed|established|launched|proclaimed|held)"
    rf"(?:\s+on\s+{_FULL_DATE})?\s+(?:by|at|in|during)"
    r"(?:(?:\s+[a-z][\w-]*){0,10}?\s+of)?"
    r"|(?:,?\s+as)?\s(?:prepared|submitted|issued|presented)\s+"
    r"(?:pursuant\s+to|in\s+accordance\s+with|under|by|following)"
    r"(?:\s+the\s+requests?\s+(?:contained|made)\s+in)?"  # "... with the request contained in its resolution 79/160"
    rf"(?:{_PARAGRAPHS_OF})?"  # "submitted pursuant to paragraphs 31 and 32 of its resolution 79/116"
    r"|,?\s(?:submitted|presented|transmitted)\s+to"
    r"|\s(?:sent|transmitted)\s+by"
    r"|\saddressed\s+to"  # "the letter dated 21 June 2023 from the Chair ... addressed to the Commissioner-General"
    r"|,?\s(?:(?:convened|held|organized|hosted)\s+)?under\s+the\s+auspices\s+of"  # "convened under the auspices of the"
    r"|\sconcerning(?:\s+[a-z][\w-]*){1,6}?\s+(?:of|in|on|for|to|between|with|at)"
    rf"|\spursuant\s+to(?:{_PARAGRAPHS_OF})?)\s+(?:the\s+|its\s+)?(?:{_ORDINAL}\s+)?$"
)
#: Participles that open a qualifier after a name without a comma: "the Vienna Declaration and Programme
#: of Action adopted by the World Conference on Human Rights on 25 June 1993", "the Model Nuclear Weapons
#: Convention submitted to the Secretary-General ... and circulated by the Secretary-General".
_BARE_PARTICIPLES = (
    "adopted",
    "endorsed",
    "convened",
    "organized",
    "hosted",
    "launched",
    "proclaimed",
    "held",
    "submitted",
    "circulated",
    "signed",
    "concluded",
    "made",
    "issued",
)
#: Such a participle and the word that ends it, before a name (at the end) or anywhere (:func:`_bare_cut`).
#: "as adopted by" opens one too ("the approved guidelines and terms of reference of the Force as adopted
#: by the Security Council": S/RES/444 (1979) F8).
_BARE_QUALIFIER = re.compile(
    rf"\s(?P<and>and\s+)?(?:as\s+)?(?:{'|'.join(_BARE_PARTICIPLES)})"
    rf"(?:\s+on\s+{_FULL_DATE})?\s+(?:by|at|in|to|under)\s+(?:the\s+|its\s+)?"
    r"(?:[a-z][\w-]*\s+(?:[a-z][\w-]*\s+){0,2}?of\s+(?:the\s+)?)?"  # "adopted at the first phase of the"
    rf"(?:{_ORDINAL}\s+)?$"  # "adopted by the second (United Nations Conference on ...)"
)
_BARE_CUT = re.compile(rf"\s(?:{'|'.join(_BARE_PARTICIPLES)})\s+(?:by|at|in|to|under)\s")
#: How far back from a coordinated participle ("... and circulated by") the first one is looked for.
_CHAIN_SPAN = 200
#: A report "on the implementation of" a numbered resolution before it: the footnote cites the
#: report ("the report of the Secretary-General on the implementation of resolution 77/7;"), also with its title in
#: quotes between, read with it ("the report of the Secretary-General, entitled “Inclusive development for and with
#: persons with disabilities”, on the implementation of General Assembly resolution 77/189;").
_REPORT_ON_RESOLUTION = re.compile(
    r"\b(?P<report>reports?\s+of\s+the\s+[\w-]+(?:\s+[\w-]+){0,8}?"
    r"(?:,?\s+entitled\s+\u201c[^\u201c\u201d;]{1,250}\u201d)?),?"
    r"\s+on\s+the\s+implementation\s+of\s+(?:its\s+)?$"
)
#: How far before a numbered resolution a :data:`_REPORT_ON_RESOLUTION` is looked for (a title may stand between).
_REPORT_ON_RESOLUTION_SPAN = 400
#: A plain noun phrase joined by "and" after a date at the end of a head where no name ends: an item
#: of its own, not part of the qualifier that the date ends ("... adopted on 8 September 2006 and its
#: successive biennial reviews", "..., held in Buenos Aires from 20 to 22 March 2019, and its outcome document").
_COORDINATED_ITEM = re.compile(
    rf"{_MONTH}\s+\d{{4}},?\s+and\s+(?P<item>(?:its|their|the)\s+(?:[a-z][\w-]*\s+){{0,3}}[a-z][\w-]*)$"
)
#: How many whitespace-separated chunks before a name a :data:`_QUALIFIER_BEFORE` or
#: :data:`_HEAD_NOUN_BEFORE` match can span ("Treaties, adopted on 22 May 1969 by the ").
_BEFORE_CHUNKS = 8
#: The word that ends a :data:`_QUALIFIER_BEFORE` match, before any "the" or "its" (keep in step).
_QUALIFIER_LAST = frozenset(
    {"by", "at", "in", "during", "of", "to", "with", "under", "following", "on", "for", "between"}
)
#: How many whitespace-separated chunks before a name a :data:`_QUALIFIER_BEFORE` match can span
#: (", adopted during the ministerial segment of the sixty-second session of the ": 12).
_QUALIFIER_CHUNKS = 16

#: Common nouns that name a document and are kept before "of the ..." ("order of provisional measures of the
#: International Court of Justice", "judgment of the International Court of Justice": the order or judgment, not the
#: court that made it).
_HEAD_NOUN_BEFORE = re.compile(
    r"\b(?P<head>(?:(?:agreed\s+)?conclusions|reports?|(?<![Tt]aking\s)(?<![Tt]akes\s)(?<![Tt]ake\s)note|letters?|outcomes?(?:\s+document)?|(?:practical\s+)?tools|"
    r"recommendations|summary|statement|requests?|review|assessments?|stud(?:y|ies)|appeals?|repl(?:y|ies)|comments(?:\s+and\s+observations)?|(?:comments\s+and\s+)?observations|(?:(?:approved\s+)?guidelines\s+and\s+)?terms\s+of\s+reference"
    r"|orders?\s+of\s+provisional\s+measures|judgments?|(?:advisory\s+)?opinions?)\s+of|(?:political\s+)?declarations?\s+(?:of|on)"
    r"|letters?\s+from|requests?\s+by)\s+(?:the\s+|its\s+)?"
    rf"(?:(?<=the\s){_ORDINAL}\s+)?$"  # "the outcome of the second (High-level ... Conference ...)"
)
#: The word that ends a :data:`_HEAD_NOUN_BEFORE` match, before any "the" (keep in step).
_HEAD_NOUN_LAST = frozenset({"of", "on", "from", "by"})

#: Common nouns that name a document and open the anchor when no title can be read.
_HEAD_NOUNS = (
    r"agreed\s+conclusions",
    "conclusions",
    "reports",
    "report",
    r"outcome\s+document",
    r"practical\s+tools",
    "tools",
    "recommendations",
    r"political\s+declarations?",
    r"advisory\s+opinions?",
)
_HEAD_NOUN = re.compile(at_word_start(*_HEAD_NOUNS) + r"\b")
#: The plain words the nouns start with: no :data:`_HEAD_NOUN` match starts before the first of them.
_HEAD_NOUN_FIRST_WORDS = tuple(dict.fromkeys(noun.split("\\")[0] for noun in _HEAD_NOUNS))

_LAST_PHRASE = re.compile(r"(?:\b(?:its|their|the)\s+)?(?:[\w\u2019'-]+\s+){0,3}[\w\u2019'\u2013-]+$")
#: An adverb that singles out the phrase read at the mark, before its determiner (the cheap test first): "especially
#: the resolutions", "in particular the resolution" (read over the last few words: "particular the resolution").
_FOCUS_OPENINGS = ("especially ", "particularly ", "notably ", "in particular ", "particular ")
_FOCUS_ADVERB = re.compile(
    r"(?:especially|particularly|notably|(?:in\s+)?particular)\s+(?=(?:the|its|their)\s+\S)"
)
#: Words that open a clause, not a name: a phrase read after the governing verb starts after them
#: ("Recalling also relevant resolutions" -> "relevant resolutions").
_NOT_OPENING = frozenset({"also", "further", "furthermore", "again", "moreover", "that"})

#: "dated" and a date at the end of a head, set apart by a comma or not: ", dated 15 January 1948".
_DATED_AT_END = re.compile(rf",?\s+dated\s+{_FULL_DATE}$")
#: A date a name ends in after "of": one day ("of 8 September 2006") or two ("of 3 and 15 December 1993"). (A day
#: and month without its year, "its letters of 7 May,¹ 30 May² and 11 June 1979,³", opens a list of dates, each a
#: mark's name: it stays.)
_TRAILING_DATE = re.compile(rf"\s+of\s+(?:\d{{1,2}}\s+(?:and|to)\s+|\d{{1,2}}\s?[-\u2013]\s?)?{_FULL_DATE}$")
#: The date a name ends in after "on", after a capitalised word: when what it names was adopted, signed or made ("the
#: United Nations Convention on Jurisdictional Immunities of States and Their Property on 2 December 2004"). (After a
#: plain word the date may be part of a phrase: "the attack on 3 May 2023".) Two days, as after "of": "the first part of
#: the fifty-first session of Working Group III on 17 and 18 February 2025" (A/RES/79/117 F15: "Working Group III").
_TRAILING_ON_DATE = re.compile(
    rf"(?:\b[A-Z][\w\u2019'-]*|\))(?P<date>\s+on\s+(?:\d{{1,2}}\s+(?:and|to)\s+|\d{{1,2}}\s?[-\u2013]\s?)?{_FULL_DATE})$"
)
#: A year a name ends in after "in", after a capitalised word or a closing bracket: when the named event is held or
#: the named body was set up, no part of the name ("the fourth United Nations Conference on the Peaceful Exploration of
#: Outer Space (UNISPACE IV) in 2027"). (After a plain word the year may be part of a phrase: "its establishment in
#: 2006".)
_TRAILING_IN_YEAR = re.compile(r"(?:\b[A-Z][\w\u2019'-]*|\))(?P<year>\s+in\s+\d{4})$")
#: How far back :data:`_TRAILING_IN_YEAR` is searched: the year and a long last word before it.
_TRAILING_IN_YEAR_MAX = 40
#: The longest :data:`_TRAILING_DATE` match in text with single spaces (" of 30 and 30 September 2006").
_TRAILING_DATE_MAX = len(" of 30 and 30 ") + max(map(len, _MONTHS)) + len(" 2006")
#: How far back :data:`_TRAILING_ON_DATE` is searched: the date and a long last word before it.
_TRAILING_ON_DATE_MAX = _TRAILING_DATE_MAX + 30

_MONTH_NAMES = frozenset(_MONTHS)

#: A document named by a common noun and its date: the noun and the date open its name ("letter
#: dated 15 October 1993 from ...", "report of 6 April 2020 of the Board", "agreement of 5 October
#: 1999 between ..."); a date after a verb or "on" does not ("entry into force on 19 August 2010 of").
_DATED_DOCUMENT = re.compile(r"\b(?P<noun>[a-z][a-z-]+)\s+(?:dated|of)\s+$")

#: A date or year set apart by a comma after a name (", of 12 August 1949", ", affirmed on 17 December
#: 2018", ", of 1977", "and 10/3, also of 16 October 2020"): it qualifies the name, which is read before it.
_COMMA_DATE = re.compile(
    rf",\s*(?:also\s+)?(?:[a-z]+ed\s+)?(?:on|of|in)\s+(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+)?\d{{4}}$"
)


def _dated_document(head: str, date_start: int) -> int | None:
    """Where the common noun starts that the date at ``head[date_start:]`` names a document with
    ("the letter dated 15 October 1993": the start of "letter"), or None.

    >>> _dated_document("the report of 6 April 2020", 14), _dated_document("the adoption on 7 July 2017", 16)
    (4, None)
    """
    m = _DATED_DOCUMENT.search(head, max(0, date_start - 40), date_start)
    if m is None:
        return None
    noun = m["noun"]
    if noun in CONNECTORS or _is_verb_word(noun) or noun.endswith("ed"):
        return None
    return m.start()


#: A document named by a plain noun and its owner, which a date ended before the mark ("its complaint", "the letters"):
#: up to two plain words between ("its further note"), none of them a joiner. (A report is read from its noun, as a
#: document noun that opens the anchor: "his report of 3 March 1993" -> "report".)
_OWNED_DOCUMENT_AT_END = re.compile(
    r"\b(?:its|their|his|her|the)\s+(?:(?!and\b|or\b|of\b)[a-z][a-z-]+\s+){0,2}"
    r"(?:complaints?|letters?|notes?|communications?|requests?|messages?|telegrams?|cables?|memorand(?:um|a)"
    r"|statements?)$"
)


def _owned_dated_document(head: str) -> str | None:
    """The plain noun phrase of a document that ends ``head``, where its date stood before the mark ("and
    particularly its complaint" of "its complaint of 3 March 1981,"), or None: the document carries the mark, not a
    name earlier in the clause ("which had prompted the Government of Lebanon repeatedly to ask the Council for
    action, and particularly its complaint of 3 March 1981,¹⁹": the complaint, not the Government).

    >>> _owned_dated_document("to ask the Council for action, and particularly its complaint")
    'its complaint'
    >>> _owned_dated_document("the adoption of the letter"), _owned_dated_document("the Council and its work")
    ('letter', None)
    """
    if not head[-1:].isalpha() or (m := _OWNED_DOCUMENT_AT_END.search(head, max(0, len(head) - 60))) is None:
        return None
    return _without_article(" ".join(m[0].split()))


def _date_length(words: list[str], i: int) -> int:
    """How many tokens a date at ``words[i]`` spans ("19 August 2010": 3, "August 2010": 2), or 0."""
    k = 1 if words[i].isdigit() and len(words[i]) <= 2 else 0
    if i + k + 1 < len(words) and words[i + k] in _MONTH_NAMES:
        year = words[i + k + 1]
        if year.isdigit() and len(year) == 4:
            return k + 2
    return 0


_NUMBERED_DECISION = re.compile(r"\b(?:resolutions?|decisions?)\s+\S*\d")


def _is_name_word(tok: str) -> bool:
    """A capitalised word or a number, or a name with a particle before a hyphen ("el-Sheikh")."""
    return tok[:1].isupper() or tok[:1].isdigit() or (tok[2:3] == "-" and _PARTICLE.match(tok) is not None)


#: A name's lower-case particle and hyphen: "Sharm el-Sheikh", "Dar es-Salaam".
_PARTICLE = re.compile(r"(?:el|al|es|ad|ar|as|at|an|ul)-[A-Z]")


def _is_verb_word(tok: str) -> bool:
    """Whether ``tok`` is a participle ("Welcoming", "taking") or a verb that opens a clause ("Decides")."""
    return tok in _CLAUSE_VERBS or (tok.endswith("ing") and len(tok) > 3 and tok.isascii() and tok.isalpha())


_PUNCTUATION = frozenset("(),;:")


def _bracketed_word(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` closes a capitalised word (no acronym) in brackets after a name word, a part of a title: the
    "(Revised)" of "the Migration for Employment Convention (Revised), 1949 (No. 97)" (A/RES/78/180 F25).

    >>> _bracketed_word(["Convention", "(", "Revised", ")"], 3), _bracketed_word(["in", "(", "Revised", ")"], 3)
    (True, False)
    """
    return (
        i >= 3
        and words[i] == ")"
        and words[i - 2] == "("
        and words[i - 1][:1].isupper()
        and words[i - 1][1:].islower()  # a word, no acronym: "(UNDP), UNICEF" lists two entities
        and _is_name_word(words[i - 3])
    )


def _stops(words: list[str], i: int, started: bool, last_keyword: int) -> bool:
    """Whether the walk back over the tokens ``words`` stops before ``words[i - 1]``; ``last_keyword``: the index
    of the last resolution or decision keyword in ``words`` (-1: none)."""
    t = words[i - 1]
    prev = words[i - 2] if i >= 2 else ""
    if t in _PUNCTUATION:
        if t == ",":
            if started and prev in _TITLE_PREPOSITIONS and _coordinated_prepositions(words, i):
                return False  # "the Sustainable Development Goals by, for and with Persons with Disabilities"
            # a comma inside a title: "Prevent, Combat and Eradicate", "Levels, and Public Participation"
            if not (started and (_is_name_word(prev) or _bracketed_word(words, i - 2))):
                return True
            nxt = words[i] if i < len(words) else ""
            if nxt in _TITLE_PREPOSITIONS and _enclosed_manner(words, i):
                return False  # "to Identify and Trace, in a Timely and Reliable Manner, Illicit ..."
            if nxt == _SUPPLEMENTING:  # "Protocol against the Smuggling of Migrants ..., supplementing"
                return False
            if nxt == "including" and _title_inclusion(words, i):
                return False  # "... of the Marine Environment, including Socioeconomic Aspects": one title
            if _is_name_word(nxt) and _ends_date(words, i - 1):
                # "resolution 77/213 of 15 December 2022, Human Rights Council resolution 53/11": a
                # comma after a date ends a list item; the next item is a name of its own
                return not nxt[:1].isdigit()
            nxt2 = words[i + 1] if i + 1 < len(words) else ""
            if last_keyword >= i:
                # "... peace in Ukraine, and Human Rights Council resolutions 49/1": a numbered resolution is an
                # item of its own, which a comma before it ends
                return True
            if nxt == "the" and _comma_list_of_names(words, i):
                return False  # "the Pact for the Future, the Global Digital Compact and the Declaration ..."
            if nxt == "their" and _is_name_word(nxt2):
                # a title's possessive printed in lower case: "the Protocol against the Illicit Manufacturing of and
                # Trafficking in Firearms, their Parts and Components and Ammunition" (A/C.3/80/L.3 O60)
                return False
            return not (_is_name_word(nxt) or (nxt == "and" and _is_name_word(nxt2)))
        if t == ":":
            # a title's subtitle: "the Rule of Law: Towards the Achievement of the 2030 Agenda", also when it opens
            # with "the" ("the Havana Declaration on Current Development Challenges: the Role of Science, ...")
            return not (
                started
                and _is_name_word(prev)
                and (
                    words[i][:1].isupper()
                    or (words[i] == "the" and i + 1 < len(words) and words[i + 1][:1].isupper())
                )
            )
        return t == ";"  # a parenthesis does not stop it
    if t == _SUPPLEMENTING and prev == ",":
        return False  # a Protocol's name runs on over ", supplementing the United Nations Convention ..."
    if t == "including" and prev == "," and started and _title_inclusion(words, i - 1):
        return False  # "Assessment of the State of the Marine Environment, including Socioeconomic Aspects"
    if t == "serving" and prev == "Parties" and words[i : i + 1] == ["as"]:
        return False  # "the Conference of the Parties serving as the Meeting of the Parties to ...": one body
    if (
        t in _DASHES
        and started
        and _YEAR.fullmatch(prev)
        and _YEAR.fullmatch(words[i] if i < len(words) else "")
    ):
        return False  # a span of years with a spaced dash: "Disaster Risk Reduction 2015 – 2030"
    if (
        t in _DASHES
        and started
        and _is_name_word(prev)
        and _YEAR.fullmatch(words[i] if i < len(words) else "")
    ):
        return False  # the year of a name after a spaced dash: "the Call to Action on Antimicrobial Resistance – 2021"
    if (
        t == "that"
        and started
        and _is_name_word(prev)
        and i < len(words)
        and words[i][:1].isupper()
        and words[i] not in _SUBJECTS
    ):
        return False  # inside a title: "the Montreal Protocol on Substances that Deplete the Ozone Layer"
    if (
        t == "that"
        and started
        and prev == "of"
        and i >= 3
        and _is_name_word(words[i - 3])
        and i < len(words)
        and words[i][:1].isupper()
    ):
        # a demonstrative between two names, as "the" is: "the Facilitation Committee of that Organization" (80/110
        # F91); not after a plain noun ("the implementation of that Protocol": the walk stops at "Protocol")
        return False
    if (
        t in ("relative", "relating", "related")
        and started
        and _is_name_word(prev)
        and words[i : i + 2] in (["to", "the"], ["to", "a"])
        and i + 2 < len(words)
        and _is_name_word(words[i + 2])
    ):
        return False  # inside a title: "Geneva Convention relative to the Treatment of Prisoners of War"
    if (
        t == "regard"
        and started
        and prev == "with"
        and i >= 3
        and _is_name_word(words[i - 3])
        and words[i : i + 1] == ["to"]
        and any(_is_name_word(w) for w in words[i + 1 : i + 3])
    ):
        return False  # inside a title: "the Special Committee on the Situation with regard to the Implementation of ..."
    if t == "concerning" and started and _is_name_word(prev):
        # inside a title: "Code of Conduct concerning the Repression of Piracy", "Programme of Action
        # concerning Disabled Persons" (not "... concerning the situation in Abkhazia")
        nxt = words[i] if i < len(words) else ""
        return not (
            _is_name_word(nxt) or (nxt == "the" and i + 1 < len(words) and _is_name_word(words[i + 1]))
        )
    if (
        t in _PARTICIPLE_PREPOSITIONS
        and started
        and prev[:1].isupper()
        and prev.endswith("ed")
        and words[i : i + 1] == ["the"]
        and i + 1 < len(words)
        and words[i + 1][:1].isupper()
    ):
        return False  # inside a title: "Prosecution ... of Crimes Committed during the Period of Democratic Kampuchea"
    if _is_verb_word(t):
        # a capitalised participle inside a title ("Declaration on Integrating ...") does not stop it
        # (nor does one that opens a subtitle: "Political Declaration on HIV and AIDS: Ending Inequalities")
        return not (
            t[0].isupper()
            and (
                _is_name_word(prev)
                or prev in CONNECTORS
                or (prev == ":" and i >= 3 and _is_name_word(words[i - 3]))
                # an item of a comma list inside a title: "the Development, Production, Stockpiling and Use of ..."
                or (
                    prev == ","
                    and i >= 3
                    and _is_name_word(words[i - 3])
                    and words[i : i + 1] in (["and"], [","])
                )
                # a participle that is the first word of a body's name after a plain adjective: "an ad hoc
                # intersessional Working Group on Ocean Observations" (A/RES/80/110 F157), not "Group on ..."
                or (
                    started
                    and _ADJECTIVE_BEFORE_NAME.fullmatch(prev) is not None
                    and prev not in CONNECTORS
                    and i < len(words)
                    and words[i][:1].isupper()
                )
            )
            and prev != "The"
        )
    if t == "and" and started and words[i : i + 2] == ["Parties", "to"]:
        return True  # "the Agreement and Parties to the United Nations Framework Convention": the parties name no item
    if t == "and" and started and _ends_numbered_item(words, i - 1) and _opens_numbered_item(words, i):
        # "Assembly resolution 79/181 of 17 December 2024 and Council resolution 58/17 of 3 April 2025,¹": a
        # numbered resolution named with its own keyword is an item of its own, which "and" before it ends
        # (as a comma does); "resolutions 22/7 and 22/8" is one name
        return True
    if t in _SAID_AGAIN and prev == "and" and started and words[i] in _SAID_AGAIN_DETERMINERS:
        # "the targets agreed in the 2030 Agenda for Sustainable Development and in the End TB Strategy,²": the
        # preposition said again opens an item of its own, which the mark is on
        return True
    if t in CONNECTORS:
        return False
    if (
        t in _SPAN_NOUNS
        and started
        and _YEAR_SPAN.fullmatch(words[i])
        and i >= 4
        and words[i - 3] == "for"
        and words[i - 2] == "the"
        and _is_name_word(words[i - 4])  # "Countries for the decade 2022–2031", not a name's first word
    ):
        return False  # "Doha Programme of Action for the Least Developed Countries for the decade 2022–2031"
    if not _is_name_word(t):
        # "(Ukraine v. Russian Federation)": "v." between a case's parties joins them, and ends no sentence
        return not (
            t in _VERSUS and started and _is_name_word(prev) and i < len(words) and _is_name_word(words[i])
        )
    # "Member States in the United Nations ... Strategy", "as agreed to by the States Parties in the Final Document of the
    # 2000 Review Conference ...": the subject of the clause is no part of the name
    return started and (
        (t == "States" and prev == "Member")
        or (t == "Parties" and prev == "States" and words[i] == "in")
        or (
            (t in _ACTORS_BEFORE_IN or _acronym_actor(t))
            and words[i] == "in"
            and words[i + 1 : i + 2] == ["the"]
        )
    )


def _title_inclusion(words: list[str], i: int) -> bool:
    """Whether ``words[i]`` ("including", after a comma that follows a name word) goes on a title: capitalised words
    (no article, no number) follow it, as in "the Regular Process for Global Reporting and Assessment of the State of
    the Marine Environment, including Socioeconomic Aspects (the Regular Process)" (A/RES/79/144 F3). An inclusion in
    lower-case words ("..., including the Moon", "..., including in open-ocean waters") is no part of a name here.

    >>> _title_inclusion(["Environment", ",", "including", "Socioeconomic", "Aspects"], 2)
    True
    >>> _title_inclusion(["Environment", ",", "including", "the", "Aspects"], 2)
    False
    """
    return (
        i >= 2
        and i + 1 < len(words)
        and words[i - 1] == ","
        and _is_name_word(words[i - 2])
        and words[i + 1][:1].isupper()
    )


#: Prepositions that a title coordinates before one object ("by, for and with Persons with Disabilities") or that open
#: a phrase of manner set off by commas inside a title ("to Identify and Trace, in a Timely and Reliable Manner, Illicit
#: Small Arms").
_TITLE_PREPOSITIONS = frozenset({"by", "for", "with", "to", "in", "on", "of", "from", "at", "through"})


def _coordinated_prepositions(words: list[str], i: int) -> bool:
    """Whether the comma before ``words[i]`` joins prepositions that a title coordinates before one capitalised
    object, after a name word: "the 2018 Disability and Development Report: Realizing the Sustainable Development
    Goals by, for and with Persons with Disabilities" (A/RES/78/195 F11, A/RES/78/178 F2). The comma after a preposition
    ends a name elsewhere: "... attention to, with a view to ..." has no name word before it nor a name after.

    >>> _coordinated_prepositions(["Goals", "by", ",", "for", "and", "with", "Persons"], 3)
    True
    >>> _coordinated_prepositions(["Goals", "by", ",", "for", "and", "with", "persons"], 3)
    False
    """
    if i < 3 or not _is_name_word(words[i - 3]):
        return False
    j, n = i, len(words)
    while j + 1 < n and words[j] in _TITLE_PREPOSITIONS and words[j + 1] == ",":
        j += 2  # "by, for, with and ..."
    return (
        j + 3 < n
        and words[j] in _TITLE_PREPOSITIONS
        and words[j + 1] in ("and", "or")
        and words[j + 2] in _TITLE_PREPOSITIONS
        and _is_name_word(words[j + 3])
    )


#: The most tokens a phrase of manner inside a title spans between its commas ("in a Timely and Reliable Manner": 6).
_MANNER_SPAN = 10


def _enclosed_manner(words: list[str], i: int) -> bool:
    """Whether ``words[i:]`` (after a comma that follows a name word) open a phrase of manner set off by commas inside
    a title: a preposition, "a" or "an", capitalised words and joiners, and a comma that a capitalised word follows, as
    in "the International Instrument to Enable States to Identify and Trace, in a Timely and Reliable Manner, Illicit
    Small Arms and Light Weapons" (A/RES/79/136 F8). A place or a body set off so ("the Conference, in Nice, France",
    "..., in the Doha Declaration, ...") opens with no "a": the comma before it ends the name before it.

    >>> _enclosed_manner([",", "in", "a", "Timely", "and", "Reliable", "Manner", ",", "Illicit", "Arms"], 1)
    True
    >>> _enclosed_manner([",", "in", "Nice", ",", "France"], 1), _enclosed_manner([",", "in", "a", "timely", ","], 1)
    (False, False)
    """
    if words[i + 1 : i + 2] not in (["a"], ["an"]):
        return False
    for j in range(i + 2, min(len(words) - 1, i + 2 + _MANNER_SPAN)):
        w = words[j]
        if w == ",":
            return j > i + 2 and _is_name_word(words[j - 1]) and _is_name_word(words[j + 1])
        if not (_is_name_word(w) or w in CONNECTORS):
            return False
    return False


def _comma_list_of_names(words: list[str], i: int) -> bool:
    """Whether the comma before ``words[i]`` ("the") joins two items of one list of names that "and the" and a name
    close further on: "the Pact for the Future, the Global Digital Compact and the Declaration on Future
    Generations,¹⁵" (A/RES/80/191 F15: Resolution 79/1, which holds all three), read as one list as "A, B and C" is.
    A comma before "the" and a name with no "and the" after it ends the name ("the Final Document ..., the
    Programme of Action"): an appositive or a new clause, no list.

    >>> _comma_list_of_names(["Future", ",", "the", "Global", "Compact", "and", "the", "Declaration"], 2)
    True
    >>> _comma_list_of_names(["Future", ",", "the", "Global", "Compact"], 2)
    False
    >>> _comma_list_of_names(["Slavery", ",", "the", "Slave", "Trade", ",", "and", "Institutions"], 2)
    True
    """
    if i + 1 >= len(words) or not _is_name_word(words[i + 1]):
        return False
    for j in range(i + 2, len(words) - 2):
        if words[j] == "and" and words[j + 1] == "the" and _is_name_word(words[j + 2]):
            return True
        if words[j] == "," and words[j + 1] == "and" and _is_name_word(words[j + 2]):
            # a serial comma: "the Abolition of Slavery, the Slave Trade, and Institutions and ..."
            return True
    return False


#: Prepositions that, said again after "and" before "the" and a name ("... and in the End TB Strategy", "... and with
#: the Space Debris Mitigation Guidelines of ...", "... and to its Declaration on ..."), open an item of their own.
_SAID_AGAIN = frozenset({"in", "with", "under", "to"})
#: What opens the item after the preposition said again: "and to its Declaration on the Enhancement of Cooperation
#: between the United Nations and Regional Arrangements ..." (A/RES/79/10 F2: not the Organization before it).
_SAID_AGAIN_DETERMINERS = frozenset({"the", "its", "their"})

#: Prepositions that a capitalised participle inside a title takes before "the" and a name, and that end no name there:
#: "Crimes Committed during the Period of Democratic Kampuchea" (A/RES/80/243 F8). ("the Agreement signed during the
#: Summit": a participle in plain words ends the name, as any plain word does.)
_PARTICIPLE_PREPOSITIONS = frozenset({"during", "since", "after", "before", "until"})

#: The word between the parties of a case before a court: "(Ukraine v. Russian Federation)".
_VERSUS = frozenset({"v.", "v", "vs."})

#: The plain nouns that a span of years after "for the" ends a name with: "... for the decade 2022–2031",
#: "the Strategic Plan for the period 2024–2028" (not "the proclamation of the period 2021–2030 as ...").
_SPAN_NOUNS = frozenset({"decade", "period", "biennium"})
_YEAR_SPAN = re.compile(r"\d{4}[\u2013-]\d{2,4}")


#: The words that a numbered resolution or decision is named with.
_KEYWORDS = frozenset({"resolution", "resolutions", "decision", "decisions"})

_DASHES = frozenset({"\u2013", "-"})
#: Capitalised words that open the subject of a clause after "that": "the Convention that States Parties ...".
_SUBJECTS = frozenset({"States", "Member", "Governments", "Parties", "The", "It", "They"})
#: Who acts or is named in a document, before "in the" and the document's name: no part of that name ("the
#: recommendation of the Secretary-General in the New Agenda for Peace", "adopted by the General Assembly in the Global
#: Digital Compact"); the name after "in the" is read.
_ACTORS_BEFORE_IN = frozenset({"Secretary-General", "Director-General", "Assembly", "Peoples"})
_YEAR = re.compile(r"\d{4}")


def _acronym_actor(word: str) -> bool:
    """Whether ``word`` is an organization's acronym (three or more capitals, no roman number), which before "in the"
    and a name acts there, as one of :data:`_ACTORS_BEFORE_IN` does: "the relevant role of INTERPOL in the
    International Instrument to Enable States to Identify and Trace ..." (A/RES/79/136 F8) names the Instrument.

    >>> _acronym_actor("INTERPOL"), _acronym_actor("III"), _acronym_actor("Council")
    (True, False, False)
    """
    return len(word) >= 3 and word.isupper() and word.isalpha() and _ROMAN_NUMBER.fullmatch(word) is None


#: The word that joins a Protocol's own name to its Convention's: one name (gold 000 F10, 002 F22).
_SUPPLEMENTING = "supplementing"


def _ends_date(words: list[str], i: int) -> bool:
    """Whether ``words[:i]`` ends in a full date ("15 December 2022", "December 2022").

    >>> _ends_date(["of", "15", "December", "2022", ","], 4), _ends_date(["Protocol", "I", ","], 2)
    (True, False)
    """
    return i >= 2 and words[i - 1].isdigit() and len(words[i - 1]) == 4 and words[i - 2] in _MONTH_NAMES


#: A resolution's or decision's number as a token: "79/181", "S-34/1", "2/CP.23".
_NUMBER_TOKEN = re.compile(r"(?:(?:ES|S)-)?\d{1,4}/[\w.]+")
#: How many tokens a keyword may stand before the number it names ("resolution 2/CP.23": 1).
_KEYWORD_SPAN = 8


def _ends_numbered_item(words: list[str], i: int) -> bool:
    """Whether ``words[:i]`` ends in a numbered resolution or decision, with or without its date
    ("resolution 79/181", "79/181 of 17 December 2024", "2334 (2016)").

    >>> _ends_numbered_item(["resolution", "79/181", "of", "17", "December", "2024"], 6)
    True
    >>> _ends_numbered_item(["Convention", "of", "17", "December", "2024"], 5)
    False
    """
    if _ends_date(words, i):
        k = i - 2 - (words[i - 3].isdigit() if i >= 3 else 0)  # "of" before the date
        if k < 2 or words[k - 1] != "of":
            return False
        i = k - 1
    if i >= 4 and words[i - 1] == ")" and words[i - 3] == "(" and _YEAR.fullmatch(words[i - 2]):
        return words[i - 4].isdigit()  # "2334 (2016)"
    return i >= 1 and _NUMBER_TOKEN.fullmatch(words[i - 1]) is not None


def _opens_numbered_item(words: list[str], i: int) -> bool:
    """Whether ``words[i:]`` open a numbered resolution or decision named with its own keyword, and
    a body or "the" before it ("Council resolution 58/17", "the Human Rights Council in its resolution 4/4").

    >>> _opens_numbered_item(["Council", "resolution", "58/17"], 0), _opens_numbered_item(["22/8"], 0)
    (True, False)
    """
    if i >= len(words) or not (_is_name_word(words[i]) or words[i] == "the") or words[i][:1].isdigit():
        return False
    for j in range(i, min(len(words) - 1, i + _KEYWORD_SPAN)):
        if words[j] in _KEYWORDS:
            return _NUMBER_TOKEN.fullmatch(words[j + 1]) is not None or words[j + 1].isdigit()
        if not (_is_name_word(words[j]) or words[j] in CONNECTORS):
            return False
    return False


def _walk_back(words: list[str], i: int) -> int:
    """Walk back over ``words`` from before ``words[i]`` while the name goes on: the index of the
    name's first token (``i`` when the walk stops at once)."""
    n = len(words)
    # where the last keyword stands, found once: asked at every comma, a search of the words after it would
    # make a walk over a long list of names ("Albania, Algeria, Andorra, ...") quadratic
    last_keyword = next((j for j in range(n - 1, -1, -1) if words[j] in _KEYWORDS), -1)
    while i > 0 and not _stops(words, i, i < n, last_keyword):
        i -= 1
    return i


#: How many characters at the end of a head are tokenised first (:func:`_walk`): most names are shorter.
_WALK_WINDOW = 64


def _walk(head: str) -> tuple[str, int] | None:
    """The name that ends ``head``, and where it starts; None when ``head`` ends in no name."""
    # Names are short: tokenise the last 64 characters or so, from a space (a token boundary, so
    # these tokens are the tail of the whole head's), and walk back over them. Deciding on a token
    # reads the one before it: while the walk reaches the first token, tokenise twice as much text
    # before them and go on from the second token.
    token = _TOKEN_ASCII if head.isascii() else _TOKEN
    toks: list[re.Match[str]] = []
    words: list[str] = []
    end, size = len(head), _WALK_WINDOW
    while True:
        p = head.rfind(" ", 0, max(0, end - size)) + 1
        more = list(token.finditer(head, p, end))
        resume = len(more) + min(1, len(toks))  # the second token read before (or the end)
        toks = more + toks
        words = [m[0] for m in more] + words
        i = _walk_back(words, resume)
        if i >= 2 or not p:
            break
        end, size = p, size * 2
    # drop leading joiners ("of the", "in 2001 of the") so that the name starts with a name word
    n = len(words)
    date_start = None
    while i < n:
        t = words[i]
        if (
            t in CONNECTORS
            and t not in ("resolution", "resolutions", "decision", "decisions")
            or t in (",", ")")
        ):
            i += 1
        elif (
            t[:1].isdigit()
            and "/" not in t
            and i + 1 < n
            and (words[i + 1] in CONNECTORS or words[i + 1] == ",")
        ):
            i += 1  # "in 2001 of the Programme": a year is no part of the name
        elif (k := _numbered_paragraph(words, i)) and i + k < n and words[i + k] in CONNECTORS:
            i += k  # "article 56 (1) of Additional Protocol I": an article's number and paragraph are no part of it
        elif (
            i > 0
            and words[i - 1] in _PART_NOUNS
            and i + 1 < n
            and words[i + 1] in ("to", "of")
            and _ROMAN_NUMBER.fullmatch(t)
        ):
            i += 1  # "contained in annex III to decision 15/8": a part's number is no name's start
        elif (
            (k := _date_length(words, i))
            and i + k < n
            and (words[i + k] in CONNECTORS or words[i + k] == ",")
        ):
            # "on 19 August 2010 of the Optional Protocol", "adopted on 22 May 1969 by the Conference":
            # a date is no part of the name either
            date_start = toks[i].start()
            i += k
        else:
            break
    if i >= n:
        return None
    start = toks[i].start()
    if date_start is not None and (dated := _dated_document(head, date_start)) is not None:
        start = dated  # "letter dated 15 October 1993 from President Aristide": the date names it
    elif (sup := head.find(", " + _SUPPLEMENTING, start)) >= 0 and (
        protocol := head.rfind("Protocol", start, sup)
    ) > start:
        # "the Convention and the Protocol ..., supplementing the Convention", "Parties to the Protocol
        # ..., supplementing ...": the Protocol's name starts at "Protocol"
        start = protocol
    if (adopted_on := _last_match(_ON_DATE_OF_THE, head, start)) is not None:
        # "the adoption by the Heads of State ... on 23 September 2024 of the Leaders’ Declaration ...": the Declaration
        start = adopted_on.end()
    name = head[start:].strip()
    return (name, start) if _valid(name) else None


#: A full date after "on" and then "of the" and a capitalised word, inside the words a walk read: what was done on that
#: date is the name after it, who did it the name before ("notes the adoption by the Heads of State and Government of
#: the Alliance of Small Island States on 23 September 2024 of the Leaders’ Declaration on Sea-Level Rise and
#: Statehood": the Declaration).
_ON_DATE_OF_THE = re.compile(rf"\bon\s+{_FULL_DATE}\s+of\s+the\s+(?=[A-Z])")


#: Lower-case nouns of a document's parts that a roman number follows: "annex III to decision 15/8", "part II of".
_PART_NOUNS = frozenset(
    {"annex", "annexes", "part", "chapter", "chap.", "section", "appendix", "volume", "vol."}
)
#: A roman number, as a document's part is numbered: "III".
_ROMAN_NUMBER = re.compile(r"[IVXL]{1,6}")


#: A paragraph's number or letter in brackets after an article's number: "56 (1)", "3 (b)" (not a year: "2334 (2016)").
_PARAGRAPH_NUMBER = re.compile(r"\d{1,2}|[a-z]")


def _numbered_paragraph(words: list[str], i: int) -> int:
    """How many tokens an article's number and its paragraph's in brackets span at ``words[i]`` ("56 (1)": 4), or 0.

    >>> _numbered_paragraph(["56", "(", "1", ")", "of"], 0), _numbered_paragraph(["2334", "(", "2016", ")"], 0)
    (4, 0)
    """
    if (
        words[i].isdigit()
        and words[i + 1 : i + 2] == ["("]
        and words[i + 3 : i + 4] == [")"]
        and _PARAGRAPH_NUMBER.fullmatch(words[i + 2])
    ):
        return 4
    return 0


def _valid(name: str) -> bool:
    """A name has a capitalised word that is not a month, or a numbered resolution/decision."""
    words = name.replace("(", " ").replace(")", " ").split()
    if any(w[:1].isupper() and w.strip(",.") not in _MONTH_NAMES for w in words):
        return True
    return _NUMBERED_DECISION.search(name) is not None or _SYMBOL_NUMBER.match(name) is not None


#: A resolution's number that opens a name: "54/5 of 10 October 2023" (an item of "resolutions ..., and 54/5").
_SYMBOL_NUMBER = re.compile(r"(?:(?:ES|S)-)?\d{1,4}/\d{1,4}\b")


#: The quotes that close a title: straight or curly.
_CLOSING_QUOTES = frozenset('"\u201d')


#: A hyphen and the space a line break left before a capitalised word: "Secretary- General".
_BROKEN_HYPHEN = re.compile(r"(?<=\w)- (?=[A-Z])")


#: A span of years with a spaced dash: "2015 – 2030".
_SPACED_SPAN = re.compile(r"\b(\d{4}) ?\u2013 ?(\d{2,4})\b")


#: The joiners a name read at a mark never opens with: "of the Doha amendment", "(concern) about trafficking in persons".
_NAME_JOINERS = frozenset({"of", "on", "to", "in", "by", "and", "for", "at", "with", "about"})


def _tidy(name: str) -> str:
    """``name`` on one line, without a trailing date ("of 8 September 2006", "on 10 June 2016" after a capitalised
    word) or leading joiner ("of"), and without the space a line break leaves after a hyphen ("Secretary- General",
    "Non- Proliferation") or around the dash of a span of years ("2015 – 2030").

    >>> _tidy("the Treaty on the Non- Proliferation of Nuclear Weapons")
    'the Treaty on the Non-Proliferation of Nuclear Weapons'
    >>> _tidy("Sendai Framework for Disaster Risk Reduction 2015 – 2030")
    'Sendai Framework for Disaster Risk Reduction 2015–2030'
    >>> _tidy("the Bangui Declaration on 10 June 2016"), _tidy("the attack on 3 May 2023")
    ('the Bangui Declaration', 'the attack on 3 May 2023')
    """
    name = " ".join(name.split())
    if "- " in name:
        name = _BROKEN_HYPHEN.sub("-", name)
    if "\u2013 " in name or " \u2013" in name:
        name = _SPACED_SPAN.sub("\\1\u2013\\2", name)
    if name[-1:].isdigit():  # only then may it end in a date, in its last few characters
        date = _TRAILING_DATE.search(name, max(0, len(name) - _TRAILING_DATE_MAX))
        if date:
            name = name[: date.start()]
        elif " on " in name[-_TRAILING_DATE_MAX:] and (
            date := _TRAILING_ON_DATE.search(name, max(0, len(name) - _TRAILING_ON_DATE_MAX))
        ):
            name = name[: date.start("date")]  # "... Their Property on 2 December 2004": when it was adopted
        elif " in " in name[-_TRAILING_IN_YEAR_MAX:] and (
            year := _TRAILING_IN_YEAR.search(name, max(0, len(name) - _TRAILING_IN_YEAR_MAX))
        ):
            # "... (UNISPACE IV) in 2027": when it is held, no part of the name
            name = name[: year.start("year")]
    name = name.strip(" ,;:")
    if name[-1:] in _CLOSING_QUOTES:
        if (name.count('"') % 2) if name[-1] == '"' else name.count("\u201d") > name.count("\u201c"):
            # 'Our Common Agenda”': the quote opened before the name (or inside it, after an earlier title)
            name = name[name.rfind("\u201c") + 1 : -1].rstrip(" ,;:")
        elif name[-2:-1] == ",":
            name = name[:-2] + name[-1]  # '... world drug problem,"': the comma is the sentence's
    words = name.split(" ")
    while len(words) > 1 and words[0] in _NAME_JOINERS:
        words.pop(0)  # "of the Doha amendment" -> "the Doha amendment"
    name = " ".join(words)
    if (party := _PARTY_TO.match(name)) is not None:
        name = name[party.end() :]  # "a Party to the International Covenant ...": the Covenant
    return name


#: The parties to an instrument before its name: "(States) Parties to the", "a Party to the".
_PARTY_TO = re.compile(r"(?:(?:a|States)\s+)?Part(?:y|ies)\s+to\s+(?:the\s+)?(?=[A-Z0-9])")


# ---- readings that widen a name: its event, head noun, place, year, main title, subject or list item -------------


#: A capitalised document name and the event it comes from, in plain words, before a name: the document
#: is what the name ends ("the Joint Ministerial Statement of the 2014 high-level review by the Commission on
#: Narcotic Drugs of the implementation by Member States of the Political Declaration and Plan of Action",
#: gold 002 F33).
_EVENT_DOCUMENT = re.compile(
    r"\b(?:[A-Z][\w-]*\s+){1,3}(?:Statement|Declaration|Communiqu\w+)\s+of\s+the\s+(?:\d{4}\s+)?(?=[a-z])"
)


def _event_document(head: str, start: int) -> int | None:
    """Where a capitalised document name starts whose event, in plain words, runs on to the name at
    ``head[start:]`` with no comma between, or None (:data:`_EVENT_DOCUMENT`).

    >>> h = "the Joint Ministerial Statement of the 2014 high-level review of the Political Declaration"
    >>> h[_event_document(h, 72) :]
    'Joint Ministerial Statement of the 2014 high-level review of the Political Declaration'
    """
    titled = _EVENT_DOCUMENT.search(head, max(0, start - _EVENT_SPAN), start)
    if titled is None or any(c in head[titled.end() : start] for c in ",;"):
        return None
    return titled.start()


#: How far before a name :func:`_event_document` looks for the document name.
_EVENT_SPAN = 250
#: A document noun and the event or work it comes from, in plain words, right before "of the" and a name: "the outcome
#: of the first global stocktake of the " (Paris Agreement), "the report of the thirteenth session of the " (Committee);
#: a decision or resolution and its subject: "the decision on the extension of the " (Treaty); the round of a series
#: the event is: "the report of the eighteenth round of informal consultations of " (States Parties to the Agreement).
#: (No new item or clause in the plain words; one to four of them.)
_DOCUMENT_OF_PLAIN_OF = re.compile(
    r"\b(?:the|its|their)\s+(?P<head>(?:outcomes?|reports?|conclusions|summary)\s+of|(?:decisions?|resolutions?)\s+on)"
    r"\s+(?:the|its|their)\s+(?:(?:[a-z][\w-]*\s+)?round\s+of\s+)?"
    r"(?:(?!(?:the|its|their|a|an|of|and|or|on|in|at|by|for|to|with|that|which)\b)[a-z][\w-]*\s+){1,4}of\s+(?:the\s+)?$"
)
#: How far before a name :func:`_document_of_plain_of` looks for the document noun.
_DOCUMENT_OF_PLAIN_OF_SPAN = 100
#: The round of a series of events as the second "of" of plural reports, right before "of the" and a name: "the reports
#: of the resumed Review Conference on the Agreement and of the sixteenth round of informal consultations of " (States
#: parties to the Agreement): the round names which report, as "the report of the ... round" does.
_ROUND_AND_OF = re.compile(
    r"\band\s+of\s+the\s+(?P<head>(?:[a-z][\w-]*\s+)?round\s+of\s+"
    r"(?:(?!(?:the|its|their|a|an|of|and|or|on|in|at|by|for|to|with|that|which)\b)[a-z][\w-]*\s+){1,4}of\s+(?:the\s+)?)$"
)
#: The plural reports the round is the second "of" of, before it: "the reports of".
_REPORTS_OF = re.compile(r"\b(?:the|its|their)\s+reports\s+of\s+")
#: How far before the round :func:`_document_of_plain_of` looks for "the reports of".
_REPORTS_OF_SPAN = 160


def _document_of_plain_of(head: str, start: int) -> int | None:
    """Where the document noun (:data:`_DOCUMENT_OF_PLAIN_OF`) starts whose event in plain words is "of" the name at
    ``head[start:]``, or None: "the outcome of the first global stocktake of the Paris Agreement" names the outcome (the
    decision that adopted it), not the Agreement, whose own footnote is another.

    >>> h = "which include the outcome of the first global stocktake of the Paris Agreement"
    >>> h[_document_of_plain_of(h, h.index("Paris")) :]
    'outcome of the first global stocktake of the Paris Agreement'
    >>> h = "the implementation of the Paris Agreement"
    >>> _document_of_plain_of(h, h.index("Paris")) is None
    True

    The round of a series of events that is the second "of" of plural reports (:data:`_ROUND_AND_OF`) names which
    report, from the round:

    >>> h = "the reports of the Review Conference and of the sixteenth round of informal consultations of States"
    >>> h[_document_of_plain_of(h, h.index("States")) :]
    'sixteenth round of informal consultations of States'
    """
    if head[start - 4 : start] != "the " and head[start - 3 : start] != "of ":
        return None
    m = _DOCUMENT_OF_PLAIN_OF.search(head, max(0, start - _DOCUMENT_OF_PLAIN_OF_SPAN), start)
    if m is None and "round" in head[max(0, start - _DOCUMENT_OF_PLAIN_OF_SPAN) : start]:
        # "the reports of the resumed Review Conference on the Agreement and of the sixteenth round of informal
        # consultations of States parties to the Agreement": the round, the second "of" of the reports
        m = _ROUND_AND_OF.search(head, max(0, start - _DOCUMENT_OF_PLAIN_OF_SPAN), start)
        if m is None or _REPORTS_OF.search(head, max(0, m.start() - _REPORTS_OF_SPAN), m.start()) is None:
            return None
    return None if m is None else m.start("head")


def _with_head_noun(head: str, start: int, name: str, near: int = 0) -> str:
    """``name`` (at ``head[start:]``) with the document noun before it ("report of the ..."), if any.

    A :data:`_HEAD_NOUN_BEFORE` match spans at most four whitespace-separated chunks: searching
    from ``near``, where the last four (or more) chunks before ``start`` begin, finds it.
    """
    m = _HEAD_NOUN_BEFORE.search(head, near, start)
    if m:
        return head[_with_leading_place(head, _with_leading_year(head, m.start("head"))) : start] + name
    return name


#: A place name after an article, right before "outcome document": "the Buenos Aires outcome document of the second
#: High-level United Nations Conference on South-South Cooperation" (the document's name as printed).
_LEADING_PLACE = re.compile(r"\b(?:the|its)\s+(?P<place>(?:[A-Z][a-z]+\s+){1,3})$")


def _with_leading_place(head: str, start: int) -> int:
    """Where an outcome document named at ``head[start:]`` starts with the place name that opens it, if one does
    (:data:`_LEADING_PLACE`); else ``start``.

    >>> h = "in which it endorsed the Buenos Aires outcome document of the second High-level Conference"
    >>> h[_with_leading_place(h, 38) :]
    'Buenos Aires outcome document of the second High-level Conference'
    >>> h = "Recalling the outcome document of the Conference"
    >>> _with_leading_place(h, 14), _with_leading_place("and The outcome document", 8)
    (14, 8)
    """
    if head.startswith("outcome document", start) and (
        place := _LEADING_PLACE.search(head, max(0, start - 40), start)
    ):
        return place.start("place")
    return start


#: A year after an article, right before a document noun: "the 2021 political declaration on HIV and AIDS".
_LEADING_YEAR = re.compile(r"\b(?:the|its|their)\s+(?P<year>(?:19|20)\d\d)\s+$")


def _with_leading_year(head: str, start: int) -> int:
    """Where the name in plain words at ``head[start:]`` starts with the year that opens it, if one does: the year is
    part of the name ("the 2021 political declaration on HIV and AIDS", as gold 002 keeps "2009 Political Declaration
    ..." and "2019 Ministerial Declaration ..."); else ``start``.

    >>> h = "Recalling the 2021 political declaration on HIV and AIDS"
    >>> h[_with_leading_year(h, 19) :], _with_leading_year("the 21 political declaration", 7)
    ('2021 political declaration on HIV and AIDS', 7)
    """
    if (
        start > 8
        and head[start - 2 : start - 1].isdigit()
        and (year := _LEADING_YEAR.search(head, max(0, start - 16), start)) is not None
    ):
        return year.start("year")
    return start


#: A declaration named by plain nouns and the event that adopted it, in plain words (and the organ that held it),
#: right before a document noun (the end of the head): "the political declaration of the high-level meeting on the
#: midterm " (review of the Sendai ...), "... of the high-level meeting of the General Assembly on the midterm ".
_DECLARATION_OF_EVENT = re.compile(
    r"\b(?:the|its)\s+(?P<declaration>(?:political|ministerial)\s+declarations?\s+of\s+the\s+"
    r"(?:[a-z][\w-]*\s+){1,6}?(?:of\s+the\s+(?:[A-Z][\w-]*\s+){1,4})?(?:on|of)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,3})$"
)


def _with_main_title(head: str, at: int, name: str) -> str:
    """``name``, a document noun and its name at ``head[at:]``, with the instrument's title before it when a colon
    makes it that title's subtitle ("the Doha Declaration on Financing for Development: outcome document of the
    Follow-up International Conference ..."), else ``name``.

    >>> h = "the Doha Declaration on Financing for Development: outcome document of the Follow-up Conference"
    >>> _with_main_title(h, 51, "outcome document of the Follow-up Conference")
    'Doha Declaration on Financing for Development: outcome document of the Follow-up Conference'
    >>> _with_main_title("Recalling its tenth special session: report of the Commission", 37, "report of the Commission")
    'report of the Commission'
    """
    before = head[:at].rstrip()
    if not before.endswith(":") or (title := _walk(before[:-1])) is None:
        return name
    if _INSTRUMENT_NOUNS.search(title[0]) is None or not title[0][:1].isupper():
        return name
    return f"{title[0]}: {name}"


#: A numbered resolution or decision, by its keyword or as an item of a list: "decision 2/CP.23",
#: "resolutions 49/1", "and S-34/1", "resolution 1373 (2001)", "resolution EC-57/1"; a dotted number (the World Health Assembly's) only
#: right after its keyword, where no other number can stand ("resolution 58.16", not "between 1.5 and 2.5").
_NUMBERED_ITEM = re.compile(
    r"(?:\b(?:[Rr]esolutions?|[Dd]ecisions?)\s+|\band\s+|,\s+)"
    r"(?P<num>(?:(?:ES|S)-)?\d{1,4}/(?:\d{1,4}|[A-Z]{2,4}\.\d{1,3})\b|\d{1,4}\s?\(\d{4}\)"
    r"|(?<=[ns]\s)\d{1,3}\.\d{1,3}\b(?!\.\d)"
    # a body's lettered number, only right after its keyword: "resolution EC-57/1", "decision A-32/4.4"
    r"|(?<=[ns]\s)[A-Z]{1,3}-\d{1,3}/\d{1,3}(?:\.\d{1,3})*\b)"
)
#: What ends the subject of a numbered resolution before a mark: another item or document, a title, a clause ("that",
#: "which"); not a relative "that" between a plural noun and a plain verb, inside the subject ("on enhancing measures
#: to prevent and combat crimes that affect the environment": no determiner, pronoun or name after it, which would open
#: a clause of its own: "notes that the", "that States").
_NOT_SUBJECT = re.compile(
    r"[;\u201c\u201d\"]|\bentitled\b|,\s+the\s|\band\s+(?:the|its|their)\s|\bincluding\s+(?:the|its|their)\s"
    r"|\bas\s+well\s+as\b|\b(?:[Rr]esolutions?|[Dd]ecisions?|which|whereby|who)\b|\band\s+(?:also\s+)?[a-z]+ed\b"
    r"|\bthat\b(?!(?<=[a-z]s\sthat)\s+(?!(?:the|a|an|its|their|there|this|these|those|such|all|it|they|in|on|at|by|for"
    r"|with|to|of|is|are|was|were|has|have)\b)[a-z]+\s)"
)
#: The nouns that name an instrument or a document: a name with one is what a footnote sources, even as a
#: resolution's subject ("its resolution 44/25 on the Convention on the Rights of the Child").
_INSTRUMENT_NOUNS = re.compile(
    r"\b(?:Conventions?|Declarations?|Protocols?|Agreements?|Agenda|Programmes?|Plans?|Framework|Strategy|"
    r"Charter|Statute|Covenants?|Treat(?:y|ies)|Principles|Rules|Guidelines|Compact|Pact|Amendments?|"
    r"Accords?|Code|Standards|Reports?|Platform\s+for\s+Action)\b"
)
_SUBJECT_ON = re.compile(r"\son\s")
_LIST_KEYWORD = re.compile(r"\b(?:[Rr]esolutions|[Dd]ecisions)\b")


def _numbered_subject(head: str) -> str | None:
    """The numbered resolution or decision whose subject ("on ...") runs from after it to the end of
    ``head``, read as the anchor; or None. The subject names no instrument and no other item, and
    ``head`` ends in no name that reaches back over "on" ("resolution 44/25 on the Convention on the
    Rights of the Child" is read as one name).

    >>> _numbered_subject("recalls decision 2/CP.23 of the Conference of the Parties to the Convention on the"
    ...                   " Platform’s purpose and functions")
    'decision 2/CP.23 of the Conference of the Parties to the Convention'
    >>> _numbered_subject("Recalling its resolution 44/25 on the Convention on the Rights of the Child") is None
    True
    """
    items = list(_NUMBERED_ITEM.finditer(head, max(0, len(head) - 400)))
    if (
        not items
        or _NOT_SUBJECT.search(head, items[-1].end())
        or _NUMBERED_ITEM.search(head, items[-1].end())
    ):
        return None
    last = items[-1]
    if (not last[0][:1].isalpha() or last[0].startswith("and")) and _LIST_KEYWORD.search(head):
        # an item of a list ("and 22/8 of 26 April 2013 on ..."): only when the list's keyword is not read
        # with it ("resolutions 22/7 on ... and 22/8 on ...,¹²" names both), after another item's mark
        return None
    found = _walk(head)
    ons = [m.start() for m in _SUBJECT_ON.finditer(head, last.end())]
    if (
        not ons
        or (found is not None and found[1] <= ons[0])
        or (_INSTRUMENT_NOUNS.search(head, ons[0]) and not _name_ends_plain_subject(head, ons[0], found))
        or _HEAD_NOUN.search(head, ons[0])
        or _verb_end(head) > last.end()
    ):
        return None
    for on in reversed(ons):
        before = _walk(head[:on])
        if before is not None and before[1] <= last.start("num") and (found is None or found[1] > on):
            return _own_item(anchor_before(head, on))
    return None


#: A numbered resolution's subject in plain words, from its "on": "on enhancing the use of ...", "on strengthening
#: asset recovery ...", "on the implementation of ..." (not "on the Convention on the Rights of the Child", whose
#: subject is the instrument it names).
_PLAIN_SUBJECT_OPENING = re.compile(r"on\s+(?:the\s+)?(?!the\b|and\b|or\b)[a-z]")
#: What ends such a subject before the name: another infinitive of the sentence ("... established by resolution
#: 69/292 of 19 June 2015 on the elements and to elaborate the text of an international legally binding instrument
#: under the United Nations Convention on the Law of the Sea¹": the Convention, first named there).
_PLAIN_SUBJECT_ENDS = re.compile(r"\band\s+to\s")


def _name_ends_plain_subject(head: str, on: int, found: tuple[str, int] | None) -> bool:
    """Whether the name that ends ``head`` (``found``, as :func:`_walk` reads it) ends a numbered resolution's
    subject in plain words that opens at ``head[on]`` (a space, then "on"): the name is then part of the
    resolution's title, which the mark carries, not the instrument the footnote sources ("resolution 6/4 of
    6 November 2015 on enhancing the use of civil and administrative proceedings against corruption, ..., in the
    framework of the United Nations Convention against Corruption,²⁷": the report that printed resolution 6/4).

    >>> h = "and resolution 8/9 on strengthening asset recovery to support the 2030 Agenda for Sustainable Development"
    >>> _name_ends_plain_subject(h, h.find(" on "), _walk(h))
    True
    >>> h = "Recalling its resolution 44/25 on the Convention on the Rights of the Child"
    >>> _name_ends_plain_subject(h, h.find(" on "), _walk(h))
    False
    """
    return (
        found is not None
        and found[1] > on
        and _PLAIN_SUBJECT_OPENING.match(head, on + 1) is not None
        and _PLAIN_SUBJECT_ENDS.search(head, on, found[1]) is None
    )


#: An "and" right before a resolution's or decision's keyword, which opens a new item of a list: "the United Nations
#: Convention against Corruption and resolution 8/9".
_AND_KEYWORD = re.compile(r"\sand\s+(?=(?:[Rr]esolutions?|[Dd]ecisions?)\s)")


def _own_item(read: str | None) -> str | None:
    """``read`` from the keyword of its last item, when an "and" joins that item to what is before it.

    >>> _own_item("United Nations Convention against Corruption and resolution 8/9")
    'resolution 8/9'
    >>> _own_item("Commission on Crime Prevention and Criminal Justice resolution 25/2")
    'Commission on Crime Prevention and Criminal Justice resolution 25/2'
    """
    if read is None or " and " not in read:
        return read
    joins = [m.end() for m in _AND_KEYWORD.finditer(read)]
    return read[joins[-1] :] if joins else read


#: Where and by whom a titled resolution was adopted, after its title in quotes, to the end of the
#: head: "”, adopted by the Conference of the Parties at its eleventh session, held in Vienna from 17 to
#: 21 October 2022" (no quote after it: the title is the last one; no other resolution or decision: "...”,
#: adopted by the Conference ..., and of resolution 11/5" names its own). The body may follow the title with a bare
#: "of the" as well: "resolution 8/12 of 20 December 2019, entitled “...”, of the Conference of the States Parties to
#: the United Nations Convention against Corruption".
_ADOPTED_AFTER_TITLE = re.compile(
    r"[\u201d\"],?\s+(?:adopted\s+(?:by|at|on|in|during)|of\s+the(?=\s+[A-Z]))\s"
    r"(?:(?!resolution|decision)[^\u201c\u201d\"/])*$"
)


#: How far before the end of a head :data:`_ADOPTED_AFTER_TITLE` looks for the title's closing quote.
_ADOPTED_SPAN = 400


#: An anchor that only says when or where something happened (a date, a year, a session or meeting of a body)
#: names nothing a footnote sources: "24 November 2022", "2012", "its ninth meeting", and the day a yearly observance
#: falls on ("a resolution proclaiming an International Day for Women in Maritime, to be observed on 18 May every
#: year;", A/RES/79/144 F52: the Day proclaimed carries the mark, not the day of the year).
_WHEN_ONLY = re.compile(
    rf"(?:(?:\d{{1,2}}\s+)?{_MONTH}\s+)?\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH}\s+(?:every|each)\s+year"
    r"|(?:its|their|the)\s+[a-z-]+\s+(?:part\s+of\s+its\s+[a-z-]+\s+)?(?:session|meeting)"
)

#: A preposition that opens a read, then a plain noun phrase: "the work, under the five-year workplan,¹³ of the Working
#: Group" reads "under the five-year workplan"; the preposition (and "the" after it) is no part of the name, the plain
#: words after it are ("five-year workplan", "its multi-year workplan", as "its relevant resolutions" is kept).
_PREPOSITION_OPENING = re.compile(
    r"under\s+(?:the\s+)?(?=(?:its\s+|their\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)*$)"
)

#: Where a trailing qualifier of time or place opens, read back from the mark: ", in Jeddah, Saudi Arabia, from
#: 22 to 24 November 2022", ", in 2012", ", approved by the Council at the second part of its twenty-eighth
#: session", ", to be observed on 18 May every year" (when an observance falls). Only after a comma: "the decision
#: of the Authority at its eighth session" names the decision by its session, and "its eighth session" is part of
#: that name.
_WHEN_WHERE_OPENING = re.compile(
    r",\s+(?:(?:held|adopted|approved|convened|hosted|to\s+be\s+(?:observed|celebrated|commemorated))\s+)?"
    r"(?:in|at|from|on|during|by)\s"
)

#: How far back from the mark :func:`_before_when_where` looks for the qualifier's opening, and how many it tries.
_WHEN_WHERE_SPAN = 160
_WHEN_WHERE_TRIES = 4


#: The body a numbered resolution is "in its": "the Human Rights Council in its resolution 22/13" (a name before it,
#: no clause: "Welcomes the decision of the Council, in its resolution ..." is not cut).
_IN_ITS = re.compile(r"^[A-Z][^,;:]*?\bin\s+(?:its|their)\s+(?=(?:resolutions?|decisions?)\s+\S)")


#: An observance a date or period is proclaimed "as", to the end of a read: "18 June as the International Day for
#: Countering Hate Speech", "General Assembly as the International Year of Peace and Trust" (group ``name``). Only the
#: nouns of observances: "the outcome document ... known as the World Conference on Indigenous Peoples" names no
#: observance. (At most three capitalised words before the noun, each with its space, so the match is linear.)
_DESIGNATED_AS = re.compile(
    r"\sas\s+the\s+(?P<name>(?:[A-Z][\w-]*\s+){1,3}(?:Year|Day|Decade|Week|Month)\b[^\n]*)$"
)


#: How deep readings may nest. A reading may read an earlier name again (the name a title in quotes ends, the
#: resolution before "entitled"), and that reading another: a paragraph of two hundred titles in a row ("entitled
#: “...” and entitled “...” and ...") must not exhaust the stack. The corpus nests at most 5 deep.
_MAX_NESTING = 16
#: The depth of readings in progress, per thread (:func:`anchor_before`).
_nesting = threading.local()


#: Instruments named in plain words by what they govern, at the end of a head: "the international treaties governing
#: the uses of outer space". (Each repeated part opens with a space and a plain word, so the match is linear.)
_INSTRUMENTS_GOVERNING = re.compile(
    r"\b(?P<name>(?:(?:international|multilateral|relevant|existing|applicable|legal)\s+){0,2}"
    r"(?:treaties|conventions|instruments|agreements|protocols)\s+governing(?:\s+[a-z][\w\u2019'-]*){1,8})$"
)
#: How far before the mark :data:`_INSTRUMENTS_GOVERNING` is looked for.
_INSTRUMENTS_GOVERNING_SPAN = 160


def _instruments_governing(text: str, end: int, read: str) -> str | None:
    """The instruments named in plain words by what they govern (:data:`_INSTRUMENTS_GOVERNING`) that run on to the
    mark at ``text[end]``, when ``read``, the phrase read there, lies in what they govern; or None. The footnote lists
    the instruments: they carry the mark, not their subject.

    >>> t = "Urges Member States that have not yet become parties to the international treaties governing the uses of"
    >>> t += " outer space"
    >>> _instruments_governing(t, len(t), "uses of outer space")
    'international treaties governing the uses of outer space'
    >>> t = "Recalling the rules governing the uses of outer space"
    >>> _instruments_governing(t, len(t), "uses of outer space") is None
    True
    """
    head = text[max(0, end - _INSTRUMENTS_GOVERNING_SPAN) : end].rstrip(" ,;:")
    m = _INSTRUMENTS_GOVERNING.search(head)
    if m is None or fold(read) not in fold(m["name"]):
        return None
    return _tidy(m["name"])


#: A document made by someone "in collaboration with" (cooperation, consultation, partnership) a partner, up to the
#: mark: "prepared by the Office of the United Nations High Commissioner for Human Rights, in collaboration with the World
#: Health Organization" (group ``partner``: from the comma or space before "in"). The actor and partner runs stop at a
#: comma, semicolon or full stop, so each is tried once from every start.
_MADE_WITH_PARTNER = re.compile(
    r"\b(?:prepared|developed|produced|elaborated|issued|published)\s+(?:jointly\s+)?by\s+[^,;.]{1,200}?"
    r"(?P<partner>,?\s+in\s+(?:collaboration|cooperation|consultation|partnership)\s+with\s+[^,;.]{1,200}),?\s*$"
)
#: How far before the mark :data:`_MADE_WITH_PARTNER` is looked for.
_MADE_WITH_PARTNER_SPAN = 450


#: "in all its forms (and manifestations)" after what it qualifies, at the end of a head: how far that goes, no name.
_IN_ALL_FORMS = re.compile(r"\s+in\s+all\s+(?:its|their)\s+forms(?:\s+and\s+manifestations)?[\s,;]*$")
#: How far before the mark :data:`_IN_ALL_FORMS` is looked for.
_IN_ALL_FORMS_SPAN = 60
#: A condition clause set off by a comma at the end of a head: ", unless the security of the civilians involved or
#: imperative military reasons so demand,": when what is named applies, no name (no comma, semicolon or bracket inside,
#: so one scan from each comma).
_UNLESS_CONDITION = re.compile(r",\s+unless\s[^,;:()]{1,200}?[\s,;]*$")
#: How far before the mark :data:`_UNLESS_CONDITION` is looked for.
_UNLESS_CONDITION_SPAN = 220
#: How far before the mark :func:`_item_after_inclusion_clause` looks.
_INCLUSION_SPAN = 700
#: A bare item of plain words in a comma list: no article, possessive or joiner opens it (an item that "and", "the",
#: "its" opens goes on the phrase before it). (Each repeated part is a space and a plain word: linear.)
_BARE_PLAIN_ITEM = re.compile(
    r"(?!(?:and|or|as|the|a|an|its|their|in|of|to|for|by|with|on|at|including|such)\b)[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}"
)


def _item_after_inclusion_clause(text: str, end: int) -> str | None:
    """The bare plain item of a comma list that ends at the mark at ``text[end]``, when the list stands in a relative
    clause on the items of an inclusion (", including women and children, who are ... targeted especially for sexual
    and gender-based violence and sexual exploitation and abuse, trafficking in persons,¹⁹"), and nothing from the
    inclusion on is a name (no capital, no number); else None. The mark is on that item: the cut before
    ", including" would read the noun the inclusion is of ("many internally displaced persons"), which the
    relative clause has left behind.

    >>> t = "experienced by many displaced persons, including women and children, who are targeted especially for"
    >>> t += " sexual violence and abuse, trafficking in persons,"
    >>> _item_after_inclusion_clause(t, len(t))
    'trafficking in persons'
    >>> t = "experienced by many displaced persons, including women and children, trafficking in persons,"
    >>> _item_after_inclusion_clause(t, len(t)) is None  # no relative clause: the inclusion's list
    True
    >>> t = "the Convention, including its protocols, which entered into force, and its annexes,"
    >>> _item_after_inclusion_clause(t, len(t)) is None  # "and its annexes" goes on the phrase before
    True
    """
    window = text[max(0, end - _INCLUSION_SPAN) : end].rstrip(" ,;")
    inclusion = window.rfind(", including ")
    if inclusion < 0:
        return None
    rest = window[inclusion:]
    if any(c.isupper() or c.isdigit() for c in rest):
        return None  # a name or a number in the inclusion or after it: the readings of names decide
    relative = max(rest.rfind(", who "), rest.rfind(", which "))
    comma = rest.rfind(", ")
    if relative < 0 or comma <= relative:
        return None
    item = " ".join(rest[comma + 2 :].split())
    return item if _BARE_PLAIN_ITEM.fullmatch(item) is not None else None


#: A document already known by its capitalised name (a declaration, programme, plan, platform, agenda, compact,
#: strategy or charter), where and by whom it was adopted in plain words after it (no comma, new item or clause), then
#: its subtitle in quotes after "entitled" at the end of a head: "the Declaration of Commitment on HIV/AIDS adopted at
#: the twenty-sixth special session of the General Assembly on HIV/AIDS, entitled “Global Crisis – Global Action”".
#: (Not a conference or session before "entitled": the title then names the document, "the Fifth United Nations
#: Conference on the Least Developed Countries, entitled “Doha Programme of Action ...”".)
_NAMED_DOCUMENT_TITLED = re.compile(
    r"\b(?:the|its|their)\s+(?P<name>(?:[A-Z][\w\u2019'-]*\s+){0,3}"
    r"(?:Declaration|Programme|Plan|Platform|Agenda|Compact|Strategy|Charter)\b"
    r"(?:(?!\band\s+(?:the|its|their)\b|\b(?:which|that|who|whose|including|entitled)\b)[^,;:\u201c\u201d\"]){0,250}"
    r",?\s+entitled\s+[\u201c\"][^\u201c\u201d\"]{1,300}[\u201d\"])$"
)
#: How far back :data:`_NAMED_DOCUMENT_TITLED` is looked for.
_NAMED_DOCUMENT_TITLED_SPAN = 700


def _named_document_titled(text: str, end: int, read: str) -> str | None:
    """A named document with its subtitle in quotes (:data:`_NAMED_DOCUMENT_TITLED`) when ``read``, the name read at
    the mark at ``text[end]``, is that subtitle alone, or None: the footnote sources the document, whose name as
    printed comes before its subtitle (as "the outcome document of ..., entitled “...”" is read with its noun).

    >>> t = "the Declaration of Commitment on HIV/AIDS adopted at the twenty-sixth special session of the General"
    >>> t += " Assembly on HIV/AIDS, entitled “Global Crisis – Global Action”,"
    >>> _named_document_titled(t, len(t) - 1, "Global Crisis – Global Action")[:41]
    'Declaration of Commitment on HIV/AIDS ado'
    >>> t = "the Fifth United Nations Conference on the Least Developed Countries, entitled “Doha Programme”,"
    >>> _named_document_titled(t, len(t) - 1, "Doha Programme") is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    if head[-1:] not in _CLOSING_QUOTES or (title := _title_start(head)) is None:
        return None
    if fold(read) != fold(head[title + 1 : -1]):
        return None
    m = _NAMED_DOCUMENT_TITLED.search(head, max(0, len(head) - _NAMED_DOCUMENT_TITLED_SPAN))
    return None if m is None else _tidy(m["name"])


#: What joins a text published as an annex to a document named at the mark: " as an annex to the " (Legislative Guide
#: ...), " as annexes to ". (A match ends where the host's name starts.)
_AS_ANNEX_TO = re.compile(r"\s+as\s+(?:an\s+annex|annexes)\s+to\s+(?:the\s+)?$")


def _annexed_to(text: str, end: int, read: str) -> str | None:
    """The text published "as an annex to" the document ``read`` at the mark at ``text[end]``, read from that text's
    name through the host's (:data:`_AS_ANNEX_TO`), or None: the footnote sources what was approved or adopted, which
    the annex is, and the host only says where it is published ("the model organization rules for limited liability
    enterprises as an annex to the Legislative Guide on Limited Liability Enterprises;⁵").

    >>> t = "the model organization rules for limited liability enterprises as an annex to the Legislative Guide on"
    >>> t += " Limited Liability Enterprises;"
    >>> _annexed_to(t, len(t) - 1, "Legislative Guide on Limited Liability Enterprises")[:62]
    'model organization rules for limited liability enterprises as '
    >>> t = "the rules and the Legislative Guide on Limited Liability Enterprises;"
    >>> _annexed_to(t, len(t) - 1, "Legislative Guide on Limited Liability Enterprises") is None
    True
    """
    span = _span_near(text, end, read, len(read) + 20)
    if span is None or (joint := _AS_ANNEX_TO.search(text, max(0, span[0] - 40), span[0])) is None:
        return None
    annexed = anchor_before(text, joint.start())
    if annexed is None or (at := _span_near(text, joint.start(), annexed, _ANNEXED_SPAN)) is None:
        return None
    if _NEW_ITEM_IN_ANNEXED.search(text, at[1], joint.start()):
        return None
    if (opening := _ANNEXED_OPENING.search(text, max(0, at[0] - 60), at[0])) is None:
        return None  # no article opens the annexed text's name: no name read there
    # "the model \norganization rules": the plain words after the article belong to the name
    return _tidy(text[opening.start("words") : span[1]])


#: How far before " as an annex to" the annexed text's name as read is looked for.
_ANNEXED_SPAN = 250
#: The article that opens the annexed text's name, and plain words between it and the name as read, which belong to it.
_ANNEXED_OPENING = re.compile(r"\b(?:the|its|their)\s+(?P<words>(?:[a-z][\w-]*\s+){0,3})$")
#: What may not stand between the annexed text's name as read and " as an annex to": a new item or clause.
_NEW_ITEM_IN_ANNEXED = re.compile(r"[;:,\u201c\u201d\"]|\b(?:and|or|which|that|including)\b")


# ---- the entry point (anchor_before) and the readings it tries around the main one -------------------------------


def anchor_before(text: str, end: int) -> str | None:
    """The name that ends at ``text[end]`` (where a footnote mark stood), or None; None as well past
    :data:`_MAX_NESTING` readings inside one another.
    """
    depth = getattr(_nesting, "depth", 0)
    if depth >= _MAX_NESTING:
        return None
    _nesting.depth = depth + 1
    try:
        return _anchor_before_outer(text, end)
    finally:
        _nesting.depth = depth


#: A revision by a Protocol after an instrument's name, set apart by a comma, that runs on to the mark (perhaps with
#: ", as amended" after it): ", as modified by the Protocol of 1978 relating thereto, as amended", ", as amended by the
#: 1972 Protocol".
_REVISION_AT_MARK = re.compile(
    r",\s+as\s+(?P<verb>modified|amended)\s+by\s+(?P<by>(?:the\s+)?(?:\d{4}\s+)?Protocol\b[^,;]{0,60}?)"
    r"(?:,\s+as\s+amended)?[\s,]*$"
)
#: How far before the mark such a revision is looked for.
_REVISION_AT_MARK_SPAN = 110
#: What stands before the last of several instruments in one name read back from a revision: "... under the
#: International Convention for the Safety of Life at Sea and the International Convention for the Prevention of".
_LAST_INSTRUMENT = re.compile(r"\s+(?:and|under)\s+the\s+")


def _revised_instrument(text: str, end: int) -> str | None:
    """The instrument named before a revision by a Protocol that runs on to the mark at ``text[end]``
    (:data:`_REVISION_AT_MARK`), read with the revision, as the gold gives "Single Convention on Narcotic Drugs of 1961 as
    amended by the 1972 Protocol"; or None when no instrument's name ends right before the revision: the words of the
    revision alone name nothing ("1978 relating thereto").

    >>> t = "through the designation of Special Areas under the International Convention for the Prevention of Pollution"
    >>> t += " from Ships, 1973, as modified by the Protocol of 1978 relating thereto, as amended,"
    >>> _revised_instrument(t, len(t))
    'International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978 relating thereto'
    >>> t = "Recalling the Single Convention on Narcotic Drugs of 1961, as amended by the 1972 Protocol,"
    >>> _revised_instrument(t, len(t))
    'Single Convention on Narcotic Drugs of 1961, as amended by the 1972 Protocol'
    """
    revision = _REVISION_AT_MARK.search(text, max(0, end - _REVISION_AT_MARK_SPAN), end)
    if revision is None or revision.start() == 0:
        return None
    name = anchor_before(text, revision.start())
    if name is None or _INSTRUMENT_NOUNS.search(name) is None:
        return None
    if not " ".join(text[: revision.start()].split()).endswith(" ".join(name.split())):
        # the name read is not the one right before the revision ("the Polar Code, adopted by the International
        # Maritime Organization under the International Convention for the Safety of Life at Sea and the International
        # Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978 ...,¹"):
        # the revision's instrument is the last one named before it, which carries the mark (three blind readers)
        walked = _walk(text[: revision.start()])
        last = _LAST_INSTRUMENT.split(walked[0])[-1] if walked is not None else ""
        if _INSTRUMENT_NOUNS.search(last) is None:
            return None
        name = last
    by = " ".join(revision["by"].split())
    return f"{name}, as {revision['verb']} by {by}"


def _anchor_before_outer(text: str, end: int) -> str | None:
    """:func:`anchor_before`, one reading deeper.

    A reading that only says when or where (:data:`_WHEN_ONLY`) is read again before the qualifier of time or
    place it ends: "the summary of discussions of the Informal Consultative Process at its thirteenth meeting,
    in 2012;" is not read as "2012".

    >>> text = ("and notes in this regard the summary of discussions of the Informal Consultative Process at its "
    ...         "thirteenth meeting, in 2012;")
    >>> anchor_before(text, len(text) - 1)
    'Informal Consultative Process at its thirteenth meeting'

    A session whose noun the text leaves to a later one ("at its sixty-first² and previous sessions") is read
    as if the noun were printed, and given back as printed:

    >>> text = "Recalling the resolutions adopted by the Commission on Human Rights at its sixty-first"
    >>> anchor_before(text, len(text))
    'resolutions adopted by the Commission on Human Rights at its sixty-first'
    """
    if (
        " forms" in text[max(0, end - _IN_ALL_FORMS_SPAN) : end]
        and (forms := _IN_ALL_FORMS.search(text, max(0, end - _IN_ALL_FORMS_SPAN), end)) is not None
    ):
        # "trafficking in persons in all its forms,¹⁹": the extent of what is named is no part of its name ("all its
        # forms" is never one); the words before it carry the mark
        return anchor_before(text, forms.start()) if forms.start() > 0 else None
    if (
        " unless " in text[max(0, end - _UNLESS_CONDITION_SPAN) : end]
        and (unless := _UNLESS_CONDITION.search(text, max(0, end - _UNLESS_CONDITION_SPAN), end)) is not None
        and unless.start() > 0
    ):
        # "as well as the prohibition of forced displacement of the civilian population, unless the security of the
        # civilians involved or imperative military reasons so demand,²" (Protocol II, arts. 13 and 17): the condition
        # is no name; the words before it carry the mark
        return anchor_before(text, unless.start())
    if (
        ", including " in text[max(0, end - _INCLUSION_SPAN) : end]
        and (item := _item_after_inclusion_clause(text, end)) is not None
    ):
        return item
    if (
        text.endswith(_ORDINAL_ENDS, 0, end)
        and _ELIDED_SESSION.search(text, max(0, end - 40), end) is not None
    ):
        read = anchor_before(text[:end] + " session", end + len(" session"))
        return read[: -len(" session")] if read is not None and read.endswith(" session") else read
    if (
        " those of " in text[max(0, end - _THOSE_OF_DATES_SPAN) : end]
        and (those := _THOSE_OF_DATES.search(text, max(0, end - _THOSE_OF_DATES_SPAN), end)) is not None
        and those.start() > 0
    ):
        # "the relevant statements by its President, including those of 13 January 2010³ and 6 August 2013,⁴": "those"
        # stands for the documents named before the comma, and dates alone are no name (SCHEMA.md): that noun
        # phrase carries each mark
        return anchor_before(text, those.start())
    if (
        " by " in text[max(0, end - _REVISION_AT_MARK_SPAN) : end]
        and (revised := _revised_instrument(text, end)) is not None
    ):
        return revised
    if " with " in text[max(0, end - _MADE_WITH_PARTNER_SPAN) : end] and (
        partner := _MADE_WITH_PARTNER.search(text, max(0, end - _MADE_WITH_PARTNER_SPAN), end)
    ):
        # "the technical guidance prepared by the Office of the United Nations High Commissioner for Human Rights, in
        # collaboration with the World Health Organization,¹⁵": the partner a document was made with is an actor, no
        # name; the document made carries the mark
        return anchor_before(text, partner.start("partner"))
    read = _anchor_before(text, end)
    if read is None:
        return None
    if (
        "entitled" in text[max(0, end - _NAMED_DOCUMENT_TITLED_SPAN) : end]
        and (titled := _named_document_titled(text, end, read)) is not None
    ):
        return titled
    if (
        " annex" in text[max(0, end - len(read) - 30) : end]
        and (hosted := _annexed_to(text, end, read)) is not None
    ):
        # "the model organization rules for limited liability enterprises as an annex to the Legislative Guide on
        # Limited Liability Enterprises;⁵": the annexed text the footnote sources, read through its host's name
        return hosted
    if read.startswith("under ") and (opening := _PREPOSITION_OPENING.match(read)) is not None:
        # "Notes with satisfaction the work, under the five-year workplan,¹³ of the Working Group" (A/AC.105/1260,
        # annex II, appendix: the workplan): trimmed to the name, the preposition that opened the aside is no part of
        # it (SCHEMA.md: the name as printed)
        return read[opening.end() :]
    if (
        " governing " in text[max(0, end - _INSTRUMENTS_GOVERNING_SPAN) : end]
        and (governing := _instruments_governing(text, end, read)) is not None
    ):
        # "Urges Member States that have not yet become parties to the international treaties governing the uses of
        # outer space¹⁴": the treaties (the footnote lists them), not what they govern
        return governing
    if len(read) == 1 and read.islower() and (at := text.rfind(read, max(0, end - 4), end)) > 0:
        # "the Sendai Framework for Disaster Risk Reduction 2015–2030, a ⁸ nd other relevant ...": a mark printed inside
        # a word leaves one letter before it, never a name; the name before that letter is read
        return anchor_before(text, at)
    if " and resolutions " in read or " and decisions " in read:
        # "decision 14/4 of 30 November 2018 of the Conference of the Parties to the Convention on Biological Diversity
        # and resolutions 3/4 of 30 January 2018, 5/1 of 2 March 2022 and 5/6 of 7 March 2022 of the United Nations
        # Environment Assembly;²⁹": the numbered item before "and resolutions" is one of its own
        read = _last_numbered_conjunct(read)
    if (
        read[:1] in "IVXL"
        and _ROMAN_NUMBER.fullmatch(read.split(" ", 1)[0])
        and (part := _PART_BEFORE_NUMBER.search(text, max(0, end - _PART_BEFORE_SPAN), end)) is not None
        and fold(text[part.start("number") : end]).startswith(fold(read))
    ):
        # "the trust fund established pursuant to resolution 55/7, and referred to in annex II thereto,²⁶": the part
        # noun names the part its number is of ("annex II thereto"), no bare number
        read = f"{part['noun']} {read}"
    if read[:1] in "IVXL123456789" and (numbers := _ARTICLE_NUMBERS_OF.match(read)) is not None:
        span = _span_near(text, end, read, len(read) + _ARTICLE_NAME_REACH)
        if span is not None and _ARTICLE_BEFORE.search(text, max(0, span[0] - _ARTICLE_BEFORE_SPAN), span[0]):
            # "the mechanism agreed upon by the parties in article XII of the Declaration of Principles on Interim
            # Self-Government Arrangements of 13 September 1993³": an article's number is no part of the name (nor
            # a reference: SCHEMA.md), the instrument it is of is
            read = read[numbers.end() :]
    if read in _CONNECTIVE_READS:
        # "to Member States, in particular to developing countries, within ...": a connective ("in particular",
        # "inter alia", "as appropriate", "in this regard") is never an anchor; the words before it are read
        at = text.rfind(read, max(0, end - 300), end)
        if at > 0 and (tail := _CONNECTIVE_AT_END.search(text, max(0, at - 12), at + len(read))) is not None:
            return _anchor_before(text, tail.start()) if tail.start() > 0 else None
        return None
    if read.startswith("as ") and (role := _role_start(text, end)) is not None:
        # "using the International Maritime Organization Instruments Implementation Code (III Code) as the audit
        # standard;⁹³": the role a name is used in is no name; the name before it carries the mark
        return _anchor_before(text, role)
    if _WHEN_ONLY.fullmatch(read) is not None:
        return _before_when_where(text, end) or read
    if " in its " in read or " in their " in read:
        # "as called for by the Commission on Crime Prevention and Criminal Justice in its resolution 34/1 of 23 May
        # 2025;⁵⁸": the body that acted "in its" resolution is no part of the resolution's name (as
        # :func:`printed_resolution` reads it): "resolution 34/1"
        return _IN_ITS.sub("", read)
    if " as the " in read and (designated := _DESIGNATED_AS.search(read)) is not None:
        # "We recall that 2025 was proclaimed by the General Assembly as the International Year of Peace and Trust,⁴",
        # "welcoming the observance of 18 June as the International Day for Countering Hate Speech³": the observance
        # proclaimed carries the mark, not the date or the body that proclaimed it (SCHEMA.md: trimmed to the name)
        return designated["name"]
    if " and " in read and (listed := _numbered_list_head(text, end, read)) is not None:
        return listed
    if " and the " in read:
        # "of Agenda 2063 and the 2030 Agenda for Sustainable Development,¹⁵" (Resolution 70/1): two instruments, of
        # which the mark sources the last
        return _last_independent_name(read)
    if read[:1].isupper() and (titled := _resolution_with_title(text, end, read)) is not None:
        return titled
    if read[:1].islower() and (subtitled := _title_before_plain_subtitle(text, end, read)) is not None:
        return subtitled
    if read.startswith(("occasion of ", "occasions of ")) and (occasion := _on_the_occasion(text, end, read)):
        return occasion
    if (
        _PART_NUMBER_THEREOF.match(read) is not None
        and (part := _part_noun_before(text, end, read)) is not None
    ):
        return part
    return read


#: A read that opens with the number of a part of an instrument and refers back to it: "VI thereof", "2 thereto".
_PART_NUMBER_THEREOF = re.compile(r"(?:[IVXLC]+|\d+)\s+(?:thereof|thereto|thereunder)$")
#: The plain noun of that part right before the number: "article", "articles", "paragraph", ...
_PART_NOUN = re.compile(
    r"\b(?:articles?|paragraphs?|sections?|chapters?|parts?|annex(?:es)?|regulations?)\s+$"
)


def _part_noun_before(text: str, end: int, read: str) -> str | None:
    """``read``, a part's number that refers back to an instrument ("VI thereof"), with the noun printed before it
    ("article VI thereof"), or None: the number alone is a fragment (A/RES/80/53 F11: "committed under article VI
    thereof,¹¹").

    >>> t = "to which all States Parties to the Treaty are committed under article VI thereof,"
    >>> _part_noun_before(t, len(t) - 1, "VI thereof")
    'article VI thereof'
    >>> _part_noun_before("committed under the Treaty VI thereof,", 37, "VI thereof") is None
    True
    """
    span = _span_of(text, end, read)
    if span is None:
        return None
    noun = _PART_NOUN.search(text, max(0, span[0] - 20), span[0])
    return None if noun is None else f"{noun[0]}{read}"


#: "on the occasion(s) of" and its article, before a name read from "occasion": the words before it carry the mark.
_ON_THE_OCCASION = re.compile(r"\s+on\s+the\s+(?P<occasion>occasions?)\s+of\s")


def _on_the_occasion(text: str, end: int, read: str) -> str | None:
    """The plain noun phrase before "on the occasion of" with that occasion, when ``read``, the name at the mark at
    ``text[end]``, starts at "occasion": "the declarations adopted by the Commission on the Status of Women on the
    occasion of the tenth, fifteenth, twentieth and twenty-fifth anniversaries of the Fourth World Conference on
    Women,¹⁴" (A/RES/78/206 F14) names the declarations, not the occasion, which only says when they were adopted
    (as "the political declaration on the occasion of the twenty-fifth anniversary of ..." is read whole); None when
    no plain noun phrase stands before it.

    >>> t = "the declaration adopted by the Commission on the Status of Women on the occasion of the tenth anniversary"
    >>> _on_the_occasion(t, len(t), "occasion of the tenth anniversary")
    'declaration adopted by the Commission on the Status of Women on the occasion of the tenth anniversary'
    """
    span = _span_of(text, end, read)
    if span is None:
        return None
    on = _ON_THE_OCCASION.search(text, max(0, span[0] - 24), span[0] + len("occasions of "))
    if on is None or on.start() == 0 or on.start("occasion") != span[0]:
        return None
    head = anchor_before(text, on.start())
    if head is None or not head[:1].islower() or _WHEN_ONLY.fullmatch(head) is not None:
        return None
    return _tidy(f"{head} on the {read}")


#: A numbered item with its own subject joined to the item before it, inside a name read at a mark: "and 5/2 on".
_SUBJECT_CONJUNCT = re.compile(r"\band\s+\d{1,4}/\d{1,4}\s+on\s")
#: The list keyword with its body's name before it and the first numbered item with its subject after it: "Human
#: Rights Council resolutions 5/1 on" (the body's words each open with a capital or are a joiner; each repeated
#: part ends in a space, so the match is linear).
_KEYWORD_FIRST_ITEM = re.compile(
    r"(?P<body>(?:[A-Z][\w-]*\s+)(?:(?:[A-Z][\w-]*|of|on|for|and|the|to|against)\s+){0,10})?"
    r"(?P<keyword>[Rr]esolutions|[Dd]ecisions)\s+(?P<num>\d{1,4}/\d{1,4})\s+on\s"
)
#: How far before the name read at the mark :func:`_numbered_list_head` looks for the list's keyword.
_LIST_HEAD_SPAN = 300


def _numbered_list_head(text: str, end: int, read: str) -> str | None:
    """The list keyword, the body's name before it and the first number, when ``read``, the name read at the mark at
    ``text[end]``, begins inside the subject of that first item and runs on over "and" to the next numbered item and
    its subject ("Recalling Human Rights Council resolutions 5/1 on institution-building of the Council and 5/2 on the
    Code of Conduct for Special Procedures Mandate Holders of the Council of 18 June 2007,¹³" read as "Council and 5/2
    on the Code of Conduct ..."): the mark is on the list, named as the gold files name one ("Commission on Crime
    Prevention and Criminal Justice resolutions 22/7" for "... resolutions 22/7 on ... and 22/8 of 26 April 2013 on
    ..."); else None.

    >>> t = "Recalling Human Rights Council resolutions 5/1 on institution-building of the Council and 5/2 on the Code"
    >>> t += " of Conduct of the Council of 18 June 2007,"
    >>> _numbered_list_head(t, len(t), "Council and 5/2 on the Code of Conduct of the Council")
    'Human Rights Council resolutions 5/1'
    >>> _numbered_list_head(t, len(t), "Code of Conduct of the Council") is None
    True
    """
    if _SUBJECT_CONJUNCT.search(read) is None or _LIST_KEYWORD.match(read) is not None:
        return None
    span = _span_of(text, end, read)
    if span is None:
        return None
    lo = max(0, span[0] - _LIST_HEAD_SPAN)
    lo = max(lo, text.rfind(";", lo, span[0]) + 1, text.rfind("\n\n", lo, span[0]) + 1)
    first = _last_match(_KEYWORD_FIRST_ITEM, text, lo, span[0])
    if first is None or _NUMBERED_ITEM.search(text, first.end(), span[0]) is not None:
        return None  # no list keyword before the name, or another item between
    body = first["body"] or ""
    # "Recalling Human Rights Council": the governing verb is no part of the name
    words = body[_verb_end(body + "resolutions") if body else 0 :].split()
    return " ".join([*words, first["keyword"], first["num"]])


def _title_before_plain_subtitle(text: str, end: int, read: str) -> str | None:
    """The title before a colon with ``read``, a subtitle in plain words after it, read near the mark at
    ``text[end]`` (:data:`_PLAIN_SUBTITLE_AT_END`), as one name, or None: "the Declaration of the World Food Summit:
    five years later, adopted in Rome on 13 June 2002,⁶" is not read as "five years later", words no name opens.

    >>> t = "the Rome Declaration and the Declaration of the World Food Summit: five years later, adopted in Rome,"
    >>> _title_before_plain_subtitle(t, len(t), "five years later")
    'Declaration of the World Food Summit: five years later'
    >>> _title_before_plain_subtitle("the report: five years later,", 29, "five years later") is None
    True
    """
    span = _span_near(text, end, read, len(read) + _AND_ITS_SPAN)
    if (
        span is None
        or (sub := _PLAIN_SUBTITLE_AT_END.search(text, max(0, span[1] - _AND_ITS_SPAN), span[1])) is None
    ):
        return None
    if fold(text[sub.start() + 1 : span[1]]) != fold(read) or not _last_is_name(text[: sub.start()]):
        return None  # the read is not the whole subtitle, or no name's word before the colon
    found = _walk(text[: sub.start()])
    if found is None or found[1] + len(found[0]) < sub.start() - 1:
        return None
    name = _last_independent_name(found[0]) if " and the " in found[0] else found[0]
    return _tidy(name + text[sub.start() : span[1]])


#: A numbered resolution or decision (its date and the body that adopted it after it), then a comma and the title it
#: is given in apposition: "resolution 6/5 of 6 November 2015 of the Conference of the States Parties to the United
#: Nations Convention against Corruption, the " (Saint Petersburg statement on ...). (No comma, semicolon or bracket
#: before the apposition's comma: the lazy run stops at the first.)
_RESOLUTION_THEN_TITLE = re.compile(
    r"\b(?:resolution|decision)\s+\d{1,4}/\d{1,4}(?:\s+[A-Z]\b)?(?:\s+of\s+[^,;()]{1,200}?)?,\s+(?:the\s+)?$"
)
#: A numbered resolution or decision in a name read: no title, another item of a list.
_NUMBERED_IN_READ = re.compile(r"\b(?:resolution|decision)s?\s+\d")
#: How far before the title :data:`_RESOLUTION_THEN_TITLE` is looked for.
_RESOLUTION_THEN_TITLE_SPAN = 260


def _resolution_with_title(text: str, end: int, read: str) -> str | None:
    """The numbered resolution or decision with the title it is given in apposition (:data:`_RESOLUTION_THEN_TITLE`),
    up to the mark at ``text[end]``, when ``read``, the name read there, opens that title; else None. The mark stands
    after the title, but the footnote sources the resolution (the report that holds it): both are named, so that the
    anchor holds the resolution as gold 002 reads "decision 8/1 of 20 December 2019 of the Conference of the States
    Parties ...,¹⁰" and the title as printed.

    >>> t = ("recalling in this regard resolution 6/5 of 6 November 2015 of the Conference of the States Parties to the"
    ...      " United Nations Convention against Corruption, the Saint Petersburg statement on promoting public-private"
    ...      " partnership in the prevention of and fight against corruption,")
    >>> a = _resolution_with_title(t, len(t), "Saint Petersburg statement")
    >>> a[:33], a[-49:]
    ('resolution 6/5 of 6 November 2015', 'in the prevention of and fight against corruption')
    >>> "Corruption, the Saint Petersburg statement on promoting" in a
    True
    >>> t = "Recalling its resolution 70/1 of 25 September 2015, entitled the 2030 Agenda, and the Paris Agreement,"
    >>> _resolution_with_title(t, len(t), "Paris Agreement") is None
    True
    >>> t = "its resolution 77/213 of 15 December 2022, Human Rights Council resolution 53/11 of 12 July 2023"
    >>> _resolution_with_title(t, len(t), "Human Rights Council resolution 53/11") is None
    True
    """
    if _NUMBERED_IN_READ.search(read) is not None:
        return (
            None  # "its resolution 77/213 of 15 December 2022, Human Rights Council resolution 53/11": a list
        )
    span = _span_of(text, end, read)
    if span is None or any(c in ",;:()" for c in text[span[1] : end].rstrip(" ,;:.")):
        return None  # the title runs on to the mark in one piece
    m = _RESOLUTION_THEN_TITLE.search(text, max(0, span[0] - _RESOLUTION_THEN_TITLE_SPAN), span[0])
    if m is None:
        return None
    return _tidy(text[m.start() : end].rstrip(" ,;:."))


#: A role in plain words that a name is given, at the end of a head (the mark's punctuation after it): " as the audit
#: standard;" (the words are lower case: "as a Zone of Peace" is part of a title).
_ROLE_AT_END = re.compile(r"\s+as\s+(?:the|an?)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}[\s,;:.]*$")
#: How far before a mark :data:`_ROLE_AT_END` is looked for.
_ROLE_SPAN = 80


def _role_start(text: str, end: int) -> int | None:
    """Where a role given to a name (:data:`_ROLE_AT_END`) starts, when it ends at the mark at ``text[end]`` right
    after a name (a capitalised word or a closing bracket: not "such as", "as well as", "known as"), or None.

    >>> t = "using the Instruments Implementation Code (III Code) as the audit standard;"
    >>> t[: _role_start(t, len(t))]
    'using the Instruments Implementation Code (III Code)'
    >>> _role_start("taking into account instruments such as the relevant guidelines,", 65) is None
    True
    """
    role = _ROLE_AT_END.search(text, max(0, end - _ROLE_SPAN), end)
    if role is None or role.start() == 0:
        return None
    before = text[: role.start()].rsplit(None, 1)[-1]
    return role.start() if before[:1].isupper() or before.endswith(")") else None


#: A part noun and the roman number of the part, near a mark: "annex II thereto" (the number's start is ``number``).
_PART_BEFORE_NUMBER = re.compile(
    r"\b(?P<noun>annex|appendix|part|chapter|section)\s+(?P<number>[IVXL]{1,6}\b)(?=[^;]{0,40}$)"
)
#: How far before a mark :data:`_PART_BEFORE_NUMBER` is looked for.
_PART_BEFORE_SPAN = 60
#: The numbers of articles that open a name read at a mark, up to the instrument's name they are of: "XII of the ",
#: "V and VI of the ", "3, 4 and 5 of ". (Each repeated part opens with a comma or "and", so the match is linear.)
_ARTICLE_NUMBERS_OF = re.compile(
    r"(?:[IVXL]{1,6}|[1-9]\d{0,2})(?:(?:,\s*|,?\s+and\s+)(?:[IVXL]{1,6}|[1-9]\d{0,2}))*\s+of\s+(?:the\s+)?(?=[A-Z])"
)
#: The article noun right before those numbers: "article ", "articles ".
_ARTICLE_BEFORE = re.compile(r"\b[Aa]rticles?\s+$")
#: How far before the name read :data:`_ARTICLE_BEFORE` is looked for.
_ARTICLE_BEFORE_SPAN = 12
#: How far past the name read the mark may stand (a date or place after the name, read past).
_ARTICLE_NAME_REACH = 120
#: A numbered resolution or decision named with its keyword, then "and" and a plural keyword with a number of its
#: own: "decision 14/4 of ... and resolutions 3/4" (the second keyword's start is the group ``last``).
_NUMBERED_THEN_KEYWORD = re.compile(
    r"\b(?:resolutions?|decisions?)\s+(?:(?:ES|S)-)?\d[^;]*?\sand\s+(?P<last>(?:resolutions|decisions)\s+(?:(?:ES|S)-)?\d)"
)


#: "and" then a plural keyword with a number of its own, after words that name no resolution or decision: "Conference
#: of the Parties to the Convention on Biological Diversity and resolutions 5/1" (the keyword's start is the group
#: ``last``).
_AND_NUMBERED_KEYWORD = re.compile(r"\sand\s+(?P<last>(?:resolutions|decisions)\s+(?:(?:ES|S)-)?\d)")


def _last_numbered_conjunct(read: str) -> str:
    """``read`` from its last numbered conjunct, when a numbered resolution or decision with its own keyword comes
    before "and resolutions/decisions" and a number (:data:`_NUMBERED_THEN_KEYWORD`): each is an item of its own, and
    the mark at the end is on the last; else ``read``. The item before may have been cut off by a mark of its own, so
    that the read opens with the body it is "of" (:data:`_AND_NUMBERED_KEYWORD`): the body is no part of the
    numbered item's name, the item is read alone.

    >>> _last_numbered_conjunct("decision 14/4 of the Conference and resolutions 3/4 and 5/1 of the Assembly")
    'resolutions 3/4 and 5/1 of the Assembly'
    >>> _last_numbered_conjunct("Conference of the Parties to the Convention on Biological Diversity and resolutions 5/1")
    'resolutions 5/1'
    >>> _last_numbered_conjunct("its resolution 70/1 and resolutions of the Commission")
    'its resolution 70/1 and resolutions of the Commission'
    """
    m = _NUMBERED_THEN_KEYWORD.search(read)
    if m is None:
        m = _AND_NUMBERED_KEYWORD.search(read)
    return read if m is None else read[m.start("last") :]


#: The nouns that name the kind of an instrument, the head of its name's opening capitalised words: the "Agenda" of
#: "Agenda 2063" and of "2030 Agenda for Sustainable Development", the "Convention" of "United Nations Convention
#: against Corruption".
_NAME_HEADS = frozenset(
    {
        "Agenda", "Convention", "Declaration", "Agreement", "Outcome", "Programme", "Plan", "Framework",
        "Strategy", "Charter", "Statute", "Covenant", "Treaty", "Compact", "Pact", "Protocol", "Protocols",
        "Platform", "Principles", "Rules", "Guidelines", "Commitment", "Consensus", "Code", "Accord",
    }
)  # fmt: skip
#: Heads of a name that may depend on the name before it: "the Optional Protocols thereto", "its Amendment".
_DEPENDENT_HEADS = frozenset({"Protocol", "Protocols"})
#: A year that opens a name: "2030" (Agenda), "2005" (World Summit Outcome), "1995" (Agreement).
_OPENING_YEAR = re.compile(r"(?:19|20)\d\d\s")


def _name_head(name: str) -> str | None:
    """The head noun of ``name`` (:data:`_NAME_HEADS`): the last of its opening capitalised words (a number
    skipped), up to the first lower-case word, comma or bracket; None if that word names no kind of instrument.

    >>> _name_head("2030 Agenda for Sustainable Development"), _name_head("Agenda 2063")
    ('Agenda', 'Agenda')
    >>> _name_head("Collective Security Treaty Organization") is None
    True
    """
    head = None
    for word in name.split(maxsplit=8):
        bare = word.rstrip(",")
        if bare[:1].isdigit():
            pass
        elif bare[:1].isupper():
            head = bare
        else:
            break
        if bare != word:
            break
    return head if head in _NAME_HEADS else None


def _last_independent_name(read: str) -> str:
    """``read`` from the name after "and the" when the two names it joins are two instruments, of which a mark
    at the end sources the last; else ``read``. They are two when the second is of the same kind as the first
    ("Agenda 2063 and the 2030 Agenda for Sustainable Development", "the United Nations Convention against Corruption
    and the United Nations Convention against Transnational Organized Crime and the Protocols thereto"), when the
    first is one word that names again what was named before ("the Convention and the Agreement relating to the
    Implementation of Part XI ...", "the UNFCCC and the Paris Agreement"), when the second opens with its own year
    ("the Millennium Declaration and the 2005 World Summit Outcome") or is a protocol to an instrument it names
    itself ("the Work in Fishing Convention, 2007 (No. 188) and the Protocol to the Forced Labour Convention, 1930
    (No. 29)"). A second name that depends on the first ("the Optional Protocols thereto") and two instruments of
    different kinds adopted together ("the Sendai Declaration and the Sendai Framework for Disaster Risk Reduction
    2015–2030", "the Tunis Commitment and the Tunis Agenda for the Information Society") stay one anchor.

    >>> _last_independent_name("Agenda 2063 and the 2030 Agenda for Sustainable Development")
    '2030 Agenda for Sustainable Development'
    >>> _last_independent_name("Convention on the Rights of the Child and the Optional Protocols thereto")
    'Convention on the Rights of the Child and the Optional Protocols thereto'
    >>> _last_independent_name("Sendai Declaration and the Sendai Framework for Disaster Risk Reduction 2015–2030")
    'Sendai Declaration and the Sendai Framework for Disaster Risk Reduction 2015–2030'
    """
    if not read[:1].isupper():
        return read
    at = read.find(" and the ")
    while at > 0:
        second = read[at + 9 :]
        own = second.split(" and the ", 1)[0]
        head = _name_head(second) if second[:1].isupper() or second[:1].isdigit() else None
        if head is not None and not own.endswith("thereto"):
            first = read[:at]
            if head in _DEPENDENT_HEADS:
                if " to the " in own:
                    return second  # "the Protocol to the Forced Labour Convention": its own instrument
            elif head == _name_head(first) or " " not in first or _OPENING_YEAR.match(second):
                return second
        at = read.find(" and the ", at + 9)
    return read


def _before_when_where(text: str, end: int) -> str | None:
    """The name read before the trailing qualifier of time or place that ends at ``text[end]``: each opening
    (:data:`_WHEN_WHERE_OPENING`) is tried from the mark back, and the first reading that is more than a time or
    place is kept; None if there is none."""
    head = text[:end].rstrip(" ,;:.")
    start = max(0, len(head) - _WHEN_WHERE_SPAN, head.rfind(";") + 1, head.rfind("\n") + 1)
    openings = [m.start() for m in _WHEN_WHERE_OPENING.finditer(head, start)]
    for cut in reversed(openings[-_WHEN_WHERE_TRIES:]):
        read = _anchor_before(head, cut)
        if read is None or _WHEN_ONLY.fullmatch(read) is not None:
            continue
        before = head[:cut].rstrip(" ,")
        if before.endswith(read) and before[: len(before) - len(read)].endswith(" in "):
            continue  # "..., in Jeddah, Saudi Arabia, from 22 to 24 November 2022": the place is no name either
        return read
    return None


#: An act named by a common noun and where (and when) it was signed, reached or issued, ending at the mark: "the treaties
#: signed at Nicosia on 16 August 1960", "the peace agreement signed in Arusha on 4 August 1993". The place is no name
#: of the act: the noun with where (and when) it was made says which act it is, as "letters addressed to the Security
#: Council on 7 May" and "joint statement issued in Moscow on 8 July 1993" do.
_ACT_MADE_AT_PLACE = re.compile(
    r"\b(?P<act>(?:(?!(?:the|a|an|its|their|his|her|of|and|or|to|in|on|at|with|by|for|that|which)\b)[a-z][\w-]*\s+)?"
    r"(?:treat(?:y|ies)|agreements?|accords?|protocols?|statements?|communiqu[e\u00e9]s?|declarations?|arrangements?|decisions?)"
    r"\s+(?:signed|concluded|reached|done|initialled|issued|made|adopted|taken)\s+(?:at|in)\s+"
    rf"[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){{0,2}}(?:\s+on\s+{_FULL_DATE})?)$"
)
#: How far before the mark such an act may be named.
_ACT_MADE_AT_PLACE_SPAN = 160
#: A name read at the mark that can be only a place: one to three capitalised words ("Nicosia", "New York").
_PLACE_ONLY = re.compile(r"[A-Z][\w\u2019'-]*(?: [A-Z][\w\u2019'-]*){0,2}")


def _act_made_at_place(text: str, end: int, read: str) -> str | None:
    """The act named by a common noun and where (and when) it was made that ends at the mark at ``text[end]``
    (:data:`_ACT_MADE_AT_PLACE`), when the name read there is only the place, or None.

    >>> t = "Considering the positions taken by the parties in relation to the treaties signed at Nicosia on 16 August 1960,"
    >>> _act_made_at_place(t, len(t), "Nicosia")
    'treaties signed at Nicosia on 16 August 1960'
    >>> t = "Welcoming the peace agreement signed in Arusha,"
    >>> _act_made_at_place(t, len(t), "Arusha")
    'peace agreement signed in Arusha'
    >>> t = "Noting the Memorandum of Understanding signed at Geneva on 1 December 1993,"
    >>> _act_made_at_place(t, len(t), "Memorandum of Understanding") is None
    True
    """
    found = _last_in_clause(_ACT_MADE_AT_PLACE, text, end, _ACT_MADE_AT_PLACE_SPAN, " ")
    if found is None:
        return None
    act = " ".join(found[1]["act"].split())
    return act if f" {read}" in act else None


def _anchor_before(text: str, end: int) -> str | None:
    """:func:`anchor_before`, without the second reading of a time or place.

    What one is called upon, urged or invited to do is read on past the one asked, who names no
    document ("calls upon countries to strengthen the implementation of the enhanced Lima work programme
    on gender"), when what is read there holds a name; else the reading stays as it was.
    """
    if (
        " such as " in text[max(0, end - _PLAIN_AT_MARK_SPAN) : end]
        and (example := _example_at_mark(text[:end])) is not None
    ):
        # "... through global collaboration mechanisms, including World Health Organization initiatives such as the
        # accelerator council for new tuberculosis vaccines¹²": the example, not a name or verb further back
        return example
    asked: list[str] = []
    read = _read_anchor(text, end, asked)
    if asked and (read is None or not any(c.isupper() for c in read)):
        if read is None and (task := _task_after_aside(text, end, asked[-1])) is not None:
            # "Requests the United Nations Office on Drugs and Crime, in coordination with the Stolen Asset Recovery
            # Initiative, to continue to expand the global knowledge and data collection on asset recovery ...;³⁷":
            # what is asked for, not a name in the aside nor the one asked
            return task
        if (plain := _plain_phrase_at_mark(text[:end])) is not None:
            # "and urges Member States to continue to support this work ..., as contained in the guidelines for
            # governmental experts and the secretariat in the conduct of country reviews;³²": the phrase at the mark,
            # not the one asked (nor whom the one asked is to ask: "to encourage their ... authorities to ...")
            return plain
        if (means := _means_phrase_at_mark(text[:end])) is not None:
            # "Encourages States to enhance information-sharing ..., including by the sharing of national measures ...
            # through the use of the updated one-time voluntary questionnaire²⁰": the means at the mark, not the one
            # asked
            return means
        if read is not None and (named := _capitalized_head_of_read(text[:end], read)) is not None:
            # "and also encourages States to consider implementing the 2023 Guidelines for the control and management
            # of ships' biofouling to minimize ..., adopted by the International Maritime Organization;¹²⁴": the
            # Guidelines the plain read (cut at "and") is part of, not the one asked
            return named
        stays = _read_anchor(text, end, None)
        if (
            read is not None
            and stays is not None
            and "".join(stays.split()) in "".join(asked[-1].split())
            and (read.startswith(("its ", "their ")) or f"the {read}" in " ".join(text[:end].split()))
        ):
            # "requests the Secretary-General to keep the General Assembly informed of developments regarding
            # the funding and budgetary situation of the transparency repository;²¹": the one asked is no anchor,
            # a noun phrase read past it is (not words that open none: "..., particularly to developing countries");
            # "... to ensure that ..., consistent with the resolution adopted by the Conference of the States Parties at
            # its sixth session;³⁴": what was done at the session, not the session alone
            return _done_by_or_at(text, end, read) or read
        if stays is not None and (owned := _named_possession_at_mark(text, end, stays)) is not None:
            # "Calls upon the Governments of India and Pakistan to make immediate arrangements, ..., to prepare and
            # execute ... on the basis of the principles of paragraph 2 of General McNaughton’s proposal⁷": the
            # proposal the mark closes, not the one asked
            return owned
        if (task := _task_at_mark(text, end, asked[-1])) is not None:
            # "invites the Secretary-General of the Authority to continue efforts to recover arrears, including
            # bilateral efforts;³⁸": what the one asked is to do, up to the mark, not the one asked
            return task
        return stays
    if read is not None and (acted := _act_with_infinitive(text, end, read)) is not None:
        # "Welcomes the decision by the Commission to authorize the publication of a legal toolkit on ..., in the six
        # official languages of the United Nations,¹³": the act with what it is to do, up to the mark
        return acted
    if read is not None and (task := _task_of_addressee(text, end, read)) is not None:
        # "Urges the African States, the Asia-Pacific States, ... and the Western European and other States to
        # nominate their candidates for ..., before the next session of the Committee, to be held in 2026;³³": the
        # ones asked, a list read as a name, carry no mark that closes what they are to do
        return task
    if (
        read is not None
        and _PLACE_ONLY.fullmatch(read) is not None
        and (made_at := _act_made_at_place(text, end, read)) is not None
    ):
        # "in relation to the treaties signed at Nicosia on 16 August 1960,⁵": the treaties, not the place
        return made_at
    if (
        read is not None
        and _CONCLUSIONS_NEEDLE in text[max(0, end - _CONCLUSIONS_ON_SPAN) : end]
        and (conclusions := _conclusions_on_subject(text, end, read)) is not None
    ):
        # "Endorses the conclusions and recommendations of the Committee for Programme and Coordination on United
        # Nations system support for Agenda 2063: The Africa We Want.¹¹": the conclusions (a chapter of the
        # Committee's report), not the name their subject ends in
        return conclusions
    if (
        read is not None
        and " thereto" in text[max(0, end - _ANNEX_THERETO_SPAN) : end]
        and (document := _annex_thereto(text, end)) is not None
    ):
        # "the report of the United Nations High Commissioner for Human Rights on ... and the annex thereto, entitled
        # “Four-point Agenda ...”, submitted pursuant to resolution 43/1,¹²": the report, not its annex's title
        return document
    if (
        read is not None
        and _DECLARATION_ON_HINT.search(text, max(0, end - _DECLARATION_ON_SPAN), end) is not None
        and (declaration := _declaration_on(text, end, read)) is not None
    ):
        # "the Bangui declaration on security and the fight against armed groups in the Central African Republic,⁸":
        # a declaration titled in plain words is read whole, not the name its subject ends in
        return declaration
    if (
        read is not None
        and read[:1].isupper()
        and (instrument := _instrument_for(text, end, read)) is not None
    ):
        # "the Organization of African Unity Convention for the elimination of mercenarism in Africa,²": an instrument
        # titled in plain words is read whole, not the place its subject ends in
        return instrument
    if read is not None and "\u201d" in read and (titled := _title_ends_name(text, end, read)) is not None:
        # "the outcome document entitled “New Urban Agenda” at the United Nations Conference on Housing and Sustainable
        # Urban Development (Habitat III), held in Quito ...,⁸": the title ends the name, where it was adopted follows
        return titled
    if (antecedent := _resolution_before_clause(text, end)) is not None:
        # "Human Rights Council resolution 52/27 of 4 April 2023, in which the Council renewed the mandate of the
        # Special Rapporteur on ... in the Islamic Republic of Iran,⁴": the resolution, not a name in the clause
        return antecedent
    if (recommended := _recommendation_of(text, end)) is not None and (
        read is None or _INSTRUMENT_NOUNS.search(read) is None
    ):
        return recommended
    if (
        " that " in text[max(0, end - _ACT_THAT_SPAN) : end]
        and (content := _act_with_content(text, end)) is not None
        and (
            read is None
            or (_INSTRUMENT_NOUNS.search(read) is None and _NUMBERED_DECISION.search(read) is None)
        )
    ):
        # "the decision adopted by consensus that the Committee would continue to monitor the Convention in
        # accordance with its mandate;¹¹": the decision, whose content the "that" clause is, not a phrase it ends in
        return content
    if (
        (
            " that " in text[max(0, end - _ACT_BY_BODY_SPAN) : end]
            or " to " in text[max(0, end - _ACT_BY_BODY_SPAN) : end]
        )
        and (content := _act_by_body_with_content(text, end)) is not None
        and (
            read is None
            or (_INSTRUMENT_NOUNS.search(read) is None and _NUMBERED_DECISION.search(read) is None)
        )
    ):
        # "the decision adopted by the Assembly of the Intergovernmental Oceanographic Commission at its thirty-second
        # session that warning systems for tsunamis ... as part of Multi-Hazard Early Warning Systems;¹⁵⁴", "... at its
        # thirty-second session to establish an ad hoc intersessional Working Group on ...;¹⁵³": the decision
        return content
    if (act := _act_of_body(text, end)) is not None and (
        read is None or (_INSTRUMENT_NOUNS.search(read) is None and _NUMBERED_DECISION.search(read) is None)
    ):
        # "the call of the Special Rapporteur upon political leaders and parties to ...;¹⁹": the act, not the
        # words its content ends in (a resolution or an instrument named there is what a footnote sources: "... in
        # line with the mandate of United Nations Environment Assembly resolution 5/14,¹¹⁸")
        return act
    if (
        read is not None
        and ", at its " in text[max(0, end - _ADOPTED_AT_SESSION_SPAN) : end]
        and (adopted := _adopted_at_session(text, end, read)) is not None
    ):
        # "the Conference of the Parties ..., at its ninth meeting, adopted scientific criteria for identifying ...;¹⁴⁰":
        # what was adopted, not the meeting
        return adopted
    if (
        read is not None
        and " session," in text[max(0, end - _BODY_AT_SESSION_SPAN) : end]
        and (session := _body_at_session(text, end, read)) is not None
    ):
        # "Recalls that the Committee on Fisheries, at its thirty-third session, emphasized ... the need to ensure
        # ...;²⁹": the body and its session, whose report records what it did, not a plain word of what it did
        return session
    if (
        read is not None
        and " session," in text[max(0, end - _BODY_AT_SESSION_SPAN) : end]
        and (session := _as_done_by_at_session(text, end, read)) is not None
    ):
        # "including on legal issues relating to the digital economy as reaffirmed by the Commission at its fifty-third
        # session,¹⁶": the body and its session, whose report records what it did, not a plain word read further back
        return session
    if (
        read is not None
        and read[:1].isupper()
        and (
            "representatives of " in (near := text[max(0, end - _MADE_BY_STATES_SPAN) : end])
            or "Governments of " in near
        )
        and (states := _made_by_states(text, end)) is not None
    ):
        # "the joint statement issued in Moscow on 8 July 1993 by the representatives of Portugal, the Russian
        # Federation and the United States of America,¹⁸": the statement, not the States that made it
        return states
    if (
        read is not None
        and "declaration by the " in text[max(0, end - _DECLARATION_BY_ON_SPAN) : end]
        and (declaration := _declaration_by_on(text, end)) is not None
    ):
        # "the high-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review,⁸": the
        # declaration with its subject, not the noun and the body alone
        return declaration
    if (
        read is not None
        and (made := _made_by(text, end, read)) is not None
        and _INSTRUMENT_NOUNS.search(read) is None
        and _NUMBERED_DECISION.search(read) is None
        and _HEAD_NOUN.search(read) is None
    ):
        # "the statement made by the President of French Polynesia in the Special Political and Decolonization
        # Committee (Fourth Committee), at the seventy-eighth session of the General Assembly, in October 2023,⁷":
        # the statement, not the place, session or date that qualifies it, nor the one who made it
        return made
    if (
        read is not None
        and " by the " in text[max(0, end - _REQUEST_BY_TO_SPAN) : end]
        and (requested := _request_by_to(text, end, read))
    ):
        # "the request by the United Nations Environment Assembly to the Executive Director of the United Nations
        # Environment Programme, subject to the availability of resources and benefiting from the work of existing
        # mechanisms, to immediately strengthen ...;¹¹⁷": the request, not a phrase in the aside or in what is asked
        return requested
    if (
        (dated := _dated_letter_opening(text, end)) is not None
        and read is not None
        and _INSTRUMENT_NOUNS.search(read) is None
        and _NUMBERED_DECISION.search(read) is None
        and _HEAD_NOUN.search(read) is None
    ):
        # "Noting that, in a letter dated 30 June 2023 addressed to the President of the General Assembly, the
        # President of the conference drew attention to ... would be very helpful,⁴": the letter, which says it all
        return dated
    if (
        read is not None
        and " as " in text[max(0, end - _PART_OF_LOCATED_SPAN) : end]
        and (located := _part_of_located(text, end)) is not None
    ):
        # "..., as reflected in the report of Committee II of the Fourteenth Congress, in particular the encouragement
        # given by some participants to Member States to share information ...,³": the report, not a name in the part
        return located
    if read is not None and (implications := _implications_document(text, end, read)) is not None:
        # "the statement submitted by the Secretary-General ... on programme budget implications arising from
        # recommendations ... contained in the report of the United Nations Joint Staff Pension Board,²⁶": the statement
        return implications
    if read is not None and (made := _document_by_plain_body(text, end, read)) is not None:
        # "the summary by the Co-Chairs of the multi-stakeholder forum on science, technology and innovation for the
        # Sustainable Development Goals²⁶": the summary, not the name the forum's ends in
        return made
    if (
        read is not None
        and read[:1].islower()
        and "ing to " in text[max(0, end - _DOCUMENT_REFERRING_SPAN) : end]
        and (compiled := _document_referring_to(text, end, read)) is not None
    ):
        # "the compilation of decisions of international courts, tribunals and other bodies referring to the articles,
        # prepared by the Secretary-General,³": the compilation, not what its decisions refer to
        return compiled
    if read is not None and (report := _document_with_participle(text, end, read)) is not None:
        # "the report of the Disarmament Commission outlining general principles of verification elaborated upon or
        # added to those stated in the Final Document of the Tenth Special Session of the General Assembly,⁵": the
        # report, not the name in what it outlines
        return report
    if read is not None and (report := _report_on_subject(text, end, read)) is not None:
        # "the report of the Special Rapporteur on the rights of Indigenous Peoples entitled “Green financing – a just
        # transition to protect the rights of Indigenous Peoples” ²⁶": the report with its title, not a name in it
        return _report_title(text, end, read) or report
    if read is not None and (report := _report_of_joint_authors(text, end, read)) is not None:
        # "the report of the Chief Executive of Pension Administration and the Acting Representative of the
        # Secretary-General for the investment of the assets of the Fund on the implementation of ...,²⁸": the report
        return report
    if read is not None and (road := _road_map(text, end, read)) is not None:
        # "the Quartet road map to a permanent two-State solution to the Israeli-Palestinian conflict,¹⁴": the road map,
        # not the words its subject ends in
        return road
    if (
        read is not None
        and " on " in text[max(0, end - _DOCUMENT_ON_TOPIC_SPAN) : end]
        and (topical := _document_on_topic(text, end)) is not None
    ):
        # "the conclusion on machine-readable travel documents for refugees and stateless persons adopted by the
        # Executive Committee at its sixty-eighth session;¹⁵": the conclusion and its topic, its name
        return topical
    if read is not None and (subject := _document_on_subject(text, end, read)) is not None:
        # "the recommendations on access to credit for micro-, small and medium-sized enterprises;⁶": which ones
        return subject
    if read is not None and (listed := _resolutions_on_subject(text, end, read)) is not None:
        # "especially the resolutions on ending plastic pollution: towards an international legally binding
        # instrument,¹³", "that organization’s decision on accession by the least developed countries;²⁹": which
        # resolutions or decision, not the bare noun nor its owner
        return listed
    if read is not None and (part := _part_to_document(text, end, read)) is not None:
        # "and also refers the commentaries to the draft articles,⁸": the commentaries, not the articles
        return part
    if read is not None and (titled := _title_noun_on_subject(text, end, read)) is not None:
        # "the adoption by the International Maritime Organization on 31 March 2023 of Guidelines on how to deal with
        # seafarer abandonment cases;⁶⁰": the Guidelines and their subject, not the bare noun
        return titled
    if (
        read is not None
        and "draft " in text[max(0, end - _DRAFT_ON_SPAN) : end]
        and (draft := _draft_on_subject(text, end, read)) is not None
    ):
        # "the draft treaty on the prevention of the placement of weapons in outer space ..., introduced by China and the
        # Russian Federation at the Conference on Disarmament in 2008,²": the draft, not who introduced it where
        return draft
    if read is not None and (mandate := _mandate_at_place(text, end, read)) is not None:
        # "the group of independent experts on accountability for human rights violations in the Democratic People's
        # Republic of Korea,¹⁵": the mandate's title, not the place its subject ends in
        return mandate
    if read is not None and (statement := _statement_on_subject(text, end, read)) is not None:
        # "the press statements of the Security Council on the situation in Myanmar of 9 May 2018,¹⁷": the statements
        return statement
    if read is not None and (case := _court_case(text, end, read)) is not None:
        # "the order of the International Court of Justice of 16 March 2022 on provisional measures in the case
        # concerning Allegations of Genocide ... (Ukraine v. Russian Federation),²⁴": the order, with its case
        return case
    if read is not None and (person := _described_person(text, end, read)) is not None:
        # "the report of Sir Owen Dixon, the United Nations Representative for India and Pakistan,³": the report, not
        # the title that says who wrote it
        return person
    if read is not None and (letter := _letter_with_tail(text, end, read)) is not None:
        # "the letter dated 5 May 1978 from the Permanent Representative of Zambia on behalf of the Group of African
        # States at the United Nations,⁴⁴": the letter, not the group it speaks for
        return letter
    if read is not None and (sent := _sent_to(text, end, read)) is not None:
        # "the request communicated to the Government of Egypt and the Provisional Government of Israel by the Acting
        # Mediator on 26 October⁴¹": the request, not the Governments it went to
        return sent
    if read is not None and (owned := _possessed_at_mark(text, end, read)) is not None:
        return owned
    if read is not None and (owned := _named_possession_at_mark(text, end, read)) is not None:
        # "... on the basis of the principles of paragraph 2 of General McNaughton’s proposal⁷": the proposal, not the
        # Governments asked far back
        return owned
    if read is not None and (titled := _titled_document(text, end, read)) is not None:
        return titled
    if (
        read is not None
        and read[:1].isupper()
        and "Convention " in text[max(0, end - _CONVENTION_GOVERNING_SPAN - len(read)) : end]
        and (convention := _convention_governing(text, end, read)) is not None
    ):
        # "the Organization of African Unity Convention governing the specific aspects of refugee problems in Africa of
        # 1969¹": the convention, whose title runs on through its subject, not the place the subject ends in
        return convention
    if (
        read is not None
        and read[:1].isupper()
        and "including the " in text[max(0, end - len(read) - _INCLUDING_THE_SPAN) : end]
        and (title := _title_including(text, end, read)) is not None
    ):
        # "the Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space,
        # including the Moon and Other Celestial Bodies,¹": the treaty, whose title runs on, not the bodies alone
        return title
    if read is not None and ")" in read and (bracketed := _bracket_in_name(text, end, read)) is not None:
        # "as set out in the High Commissioner’s annual report (part II) of 2018,¹¹": the report, not "II) of 2018"
        return bracketed
    if read is not None and (short := _BRACKETED_NAME.fullmatch(read)) is not None:
        return short[
            "name"
        ]  # "... human rights (the Paris Principles),": the short name, without its brackets
    if read is not None and read.startswith("dated ") and (dated := _dated_read(text, end)) is not None:
        return dated
    if read is not None and read.startswith("No. ") and (at := text.rfind(read[:8], 0, end)) > 0:
        noun = _NUMBERED_NOUN.search(text, max(0, at - 40), at)
        if noun is not None:
            # "its general recommendation No. 38 (2020) on trafficking in women and girls ...": the document noun
            return f"{' '.join(noun[0].split())} {read}"
    if read is not None and read.endswith(_ORDINAL_ENDINGS) and (series := _ordinal_series(text, end, read)):
        return series  # "the outcome of its first,²³ second²⁴ and third²⁵ universal periodic reviews"
    if (
        read is not None
        and read[:1].isupper()
        and " session of " in text[max(0, end - _DONE_AT_SESSION_SPAN - len(read)) : end]
        and (report := _report_on_session(text, end, read)) is not None
    ):
        # "the report on the second session of the Ad Hoc Committee to Draft Terms of Reference for a United Nations
        # Framework Convention on International Tax Cooperation,¹": the report, not the Committee
        return report
    if (
        read is not None
        and read[:1].isupper()
        and " session of " in text[max(0, end - _DONE_AT_SESSION_SPAN - len(read)) : end]
        and (report := _report_of_on_sessions(text, end, read)) is not None
    ):
        # "the report of the Executive Secretary of the United Nations Framework Convention on Climate Change on the
        # twenty-seventh session of the Conference of the Parties to the Convention;³³": the report, not the Conference
        return report
    if (
        read is not None
        and " session of " in text[max(0, end - _DONE_AT_SESSION_SPAN) : end]
        and (done := _done_at_session_of(text, end, read)) is not None
    ):
        # "the renewal of the mandate at the fifty-first session of the Human Rights Council,¹⁷": what was done there,
        # not the body
        return done
    if (
        read is not None
        and " meeting" in text[max(0, end - _AT_MEETING_SPAN) : end]
        and (occasion := _adopted_at_meeting(text, end)) is not None
    ):
        # "the adoption of the New York Declaration for Refugees and Migrants at the high-level plenary meeting of the
        # General Assembly on addressing large movements of refugees and migrants, held on 19 September 2016,¹²": the
        # Declaration, not the meeting or the body it was of
        return occasion
    if (
        read is not None
        and " held " in text[max(0, end - _HELD_IN_BODY_SPAN) : end]
        and (held := _held_in_body(text, end, read)) is not None
    ):
        # "the discussions held in the Sixth Committee at the sixty-fourth to seventy-eighth sessions of the General
        # Assembly on the scope and application of universal jurisdiction,¹": the discussions, not the sessions
        return held
    if read is not None and (summary := _summary_of_discussions(text, end, read)) is not None:
        # "the written summary of the deliberations at the first resumed session (2023) ... of the Sixth Committee on the
        # draft articles ... and on the recommendation of the Commission,⁴": the summary, not a subject it lists
        return summary
    if read is not None and (held := _held_plain(text, end, read)) is not None:
        # "including at its resumed sessions held during the seventy-seventh and seventy-eighth sessions of the General
        # Assembly,⁶": what was held, not the body whose sessions say when
        return held
    if read is not None and (done := _done_by_or_at(text, end, read)) is not None:
        return done
    if read is not None and read[:1] in "pb" and (qualified := _span_qualified(text, end, read)) is not None:
        # "with regard to the composition of the bureaux of the Committee and its subcommittees for the period
        # 2024–2025,³¹": the composition, not the span of years
        return qualified
    if (
        read is not None
        and ("these " in (near := text[max(0, end - 60) : end]) or "this " in near)
        and (antecedent := _demonstrative_antecedent(text, end, read)) is not None
    ):
        # "..., and encourages Member States, observers, contractors and other stakeholders to contribute financially to
        # these trust funds;⁴⁶": the trust funds the paragraph named before
        return antecedent
    if (
        read is not None
        and "aimed at " in text[max(0, end - _AIMED_AT_SPAN) : end]
        and (aim := _aimed_at(text, end, read))
    ):
        # "the Ocean Decade Vision 2030 process aimed at enhancing the strategic delivery of the Decade under its 10
        # Decade Challenges;¹⁴⁸": the process, not a name in what it aims at
        return aim
    if (
        read is not None
        and " it is " in text[max(0, end - _STATED_IN_SPAN) : end]
        and (stated := _stated_in(text, end, read)) is not None
    ):
        # "Recalls annex V to the International Convention for the Prevention of Pollution from Ships, 1973, ..., in which
        # it is stated, inter alia, that ... also to that coastal State;⁵⁰": the instrument that states it, not a name in
        # what it states
        return stated
    if (
        read is not None
        and read.endswith(_SUBJECT_HOLDER_ENDINGS)
        and (subject := _with_plain_subject(text, end, read)) is not None
    ):
        # "the political declaration of the high-level meeting of the General Assembly on antimicrobial resistance,⁵":
        # the meeting's subject is part of the name, not a qualifier cut off
        read = subject
    if (
        read is not None
        and not read.islower()
        and "outcome document" in text[max(0, end - _OUTCOME_OF_EVENT_SPAN - len(read)) : end]
        and (outcome := _outcome_of_event(text, end, read)) is not None
    ):
        # "the outcome document of the high-level plenary meeting of the General Assembly known as the World Conference
        # on Indigenous Peoples,⁹": the document, not the conference the meeting is known as
        return outcome
    if (
        read is not None
        and read[:1].islower()
        and "of the " in text[max(0, end - _DOCUMENT_OF_PLAIN_SPAN) : end]
        and (document := _document_of_plain(text, end, read)) is not None
    ):
        # "the Declaration of the commemorative high-level plenary meeting devoted to the follow-up to the outcome of
        # the special session on children, held in New York from 11 to 13 December 2007,³¹": the Declaration
        return document
    if (
        read is not None
        and read[:1].isupper()
        and "report" in text[max(0, end - _PLAIN_REPORT_SPAN) : end]
        and (report := _plain_report_on(text, end, read)) is not None
    ):
        # "its annual report on the rights of Indigenous Peoples;³²": the report, not the name its subject ends in
        return report
    if (
        read is not None
        and read.endswith(("report", "reports"))
        and (prepared := _prepared_report(text, end, read)) is not None
    ):
        # "the summary report prepared by the Office of the United Nations High Commissioner for Human Rights on the
        # half-day panel discussion, held on 28 September 2022 ...,²³": which report, not the bare noun
        return prepared
    if (
        read is not None
        and read.startswith(_MODIFIED_NOUNS)
        and (modified := _with_modifiers(text, end, read))
    ):
        # "the annual report of the Conference on Disarmament on its 2024 session,⁴", "the Quartet report of 1 July
        # 2016,¹⁵", "the conclusions and recommendations of the Committee ...": the words before the noun name it too
        return modified
    if read is not None and read.islower() and (relative := _head_of_relative(text, end, read)) is not None:
        # "other international conventions of the United Nations Educational, Scientific and Cultural Organization that
        # provide a comprehensive framework for ... and acknowledge cultural diversity and economic and social
        # development,⁶": the conventions the restrictive clause is on, not the plain words it ends in
        return relative
    if (
        read is not None
        and read.startswith(("session", "meeting"))
        and (done := _done_at_session(text, end, read))
    ):
        # "at its tenth session of all resolutions³⁰", "the conclusion at that meeting of three agreements⁶": what was
        # done there, not the session or meeting
        return done
    if read is not None and ("Charter" in read or " under " in read):
        # "Guided by the Charter of the United Nations and the Universal Declaration of Human Rights,¹", "the obligations
        # of Myanmar under the Convention on the Rights of the Child,²⁷": the instrument the mark is on
        return _instrument_at_mark(read)
    return read


# ---- what was done at a session or meeting, by a body, held or adopted somewhere ---------------------------------


#: A session or meeting read at the start of a plain phrase at the mark, and what was done there after its "of": "session
#: of all resolutions" (not "session of the General Assembly": a name, nor "session of the Commission").
_SESSION_OF_PLAIN = re.compile(r"(?:session|meeting)s?\s+of\s+(?!the\b|its\b|their\b)(?=[a-z])")
#: The words before it that make the session or meeting where something was done: "at its tenth ", "at that ".
_AT_SESSION_BEFORE = re.compile(r"\bat\s+(?:its|their|the|that)\s+(?:[\w-]+\s+){0,2}$")
#: How far before the phrase :data:`_AT_SESSION_BEFORE` is looked for.
_AT_SESSION_SPAN = 60


def _done_at_session(text: str, end: int, read: str) -> str | None:
    """What was done at a session or meeting, when the plain phrase ``read`` at the mark runs back over its "of"
    into where it was done ("Also welcomes the adoption ... by the Conference of the States Parties at its tenth
    session of all resolutions³⁰": "all resolutions"); or None.

    >>> text = "Also welcomes the adoption by the Conference at its tenth session of all resolutions"
    >>> _done_at_session(text, len(text), "session of all resolutions")
    'all resolutions'
    >>> text = "Welcoming the progress made, in particular the conclusion at that meeting of three agreements"
    >>> _done_at_session(text, len(text), "meeting of three agreements")
    'three agreements'
    >>> text = "Recalls the outcome of its tenth session of work"
    >>> _done_at_session(text, len(text), "session of work") is None
    True
    """
    if (of := _SESSION_OF_PLAIN.match(read)) is None:
        return None
    head = " ".join(text[max(0, end - len(read) - 2 * _AT_SESSION_SPAN) : end].split()).rstrip(" ,;:.")
    if not head.endswith(read) or _AT_SESSION_BEFORE.search(head, 0, len(head) - len(read)) is None:
        return None
    return read[of.end() :]


#: A meeting, session or study read at the mark, which its subject in plain words after "on" follows: "high-level meeting
#: of the General Assembly", "twenty-seventh special session of the General Assembly", "United Nations study".
_SUBJECT_HOLDER = re.compile(
    r"\b(?:(?:session|meeting|summit|forum)s?(?:\s+of\s+the\s+General\s+Assembly)?|stud(?:y|ies))$"
)
#: The last words of a :data:`_SUBJECT_HOLDER` read (a cheap test first).
_SUBJECT_HOLDER_ENDINGS = (
    "session",
    "sessions",
    "meeting",
    "meetings",
    "summit",
    "summits",
    "forum",
    "forums",
    "Assembly",
    "study",
    "studies",
)
#: The subject in plain words after such a read, up to the mark: "on" and lower-case words (no determiner after "on",
#: no new clause or item: "that", "which", "and the", "at", "held"), then a title ", entitled “...”" and where and
#: when it was held, as printed: " on children, entitled “A world fit for children”", " on antimicrobial resistance".
_PLAIN_SUBJECT_AFTER = re.compile(
    r"\s+on\s+(?!(?:the|a|an|its|their|behalf|this|that|these|those)\b)[a-z][\w\u2019'-]*"
    r"(?:,?\s+(?!(?:and\s+(?:the|its|their)|that|which|who|whose|including|as|at|in|on|held|convened|adopted|entitled|to|for|by)\b)"
    r"[a-z][\w\u2019'-]*){0,8}"
    r"(?:,\s+entitled\s+[\u201c\"][^\u201d\"]{1,150}[\u201d\"])?"
)
#: The organs a document is presented to, named after "to the" (:data:`_AFTER_SUBJECT`, :data:`_ADDRESSEE_ORGAN`).
_ADDRESSEE_ORGANS = (
    r"(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council)"
)
#: What may stand after such a subject before the mark: the organ it was presented to (:data:`_ADDRESSEE_ORGAN`),
#: where and when the meeting was held (not across the subject of a meeting named next: "held in 2019⁴ and 2023,⁵ on
#: pandemic prevention").
_AFTER_SUBJECT = re.compile(
    rf"(?:\s+to\s+the\s+{_ADDRESSEE_ORGANS})?"
    r"(?:,?\s+(?:held|convened)\s(?:(?!\son\s(?!\d))[^;:]){0,200})?[\s,;:.]*"
)
#: How far back the read is looked for.
_PLAIN_SUBJECT_SPAN = 400


def _with_plain_subject(text: str, end: int, read: str) -> str | None:
    """``read``, a meeting, session or study (:data:`_SUBJECT_HOLDER`), with its subject in plain words after "on"
    that runs on to the mark at ``text[end]`` (:data:`_PLAIN_SUBJECT_AFTER`), or None.

    >>> t = "Reaffirm the political declaration of the high-level meeting of the General Assembly on antimicrobial"
    >>> t += " resistance, "
    >>> _with_plain_subject(t, len(t), "political declaration of the high-level meeting of the General Assembly")
    'political declaration of the high-level meeting of the General Assembly on antimicrobial resistance'
    >>> t = "the outcome of the special session on a regular basis,"
    >>> _with_plain_subject(t, len(t), "outcome of the special session") is None
    True
    """
    if _SUBJECT_HOLDER.search(read, max(0, len(read) - 40)) is None:
        return None
    span = _span_near(text, end, read, _PLAIN_SUBJECT_SPAN)
    if span is None:
        return None
    at = span[1]
    subject = _PLAIN_SUBJECT_AFTER.match(text, at, end)
    if subject is None or _AFTER_SUBJECT.fullmatch(text, subject.end(), end) is None:
        return None
    return _tidy(read + text[at : subject.end()])


#: An outcome document "of the" event that the words up to a name read at the mark describe, with no comma, new item or
#: clause between: "the outcome document of the high-level plenary meeting of the General Assembly known as the " (World
#: Conference on Indigenous Peoples), "the outcome document of the special event to follow up efforts made towards
#: achieving the " (Millennium Development Goals). (A match ends where the name starts.)
_OUTCOME_OF_EVENT = re.compile(
    r"\b(?:the|its|their)\s+(?P<document>outcome\s+documents?)\s+of\s+(?:the\s+)?"
    r"(?:(?!(?:and|or|that|which|who|whose|whereby|including|entitled|contained)\b)[\w\u2019'-]+\s+){1,24}$"
)
#: How far back :data:`_OUTCOME_OF_EVENT` is looked for.
_OUTCOME_OF_EVENT_SPAN = 250


def _outcome_of_event(text: str, end: int, read: str) -> str | None:
    """The outcome document of an event whose description runs on to ``read``, a name read at the mark at
    ``text[end]`` (:data:`_OUTCOME_OF_EVENT`), read from the document's noun to the end of the name; else None. The
    footnote sources the document (the resolution that adopted it), not the conference the event is known as or the
    goals it followed up; a participle after the name ("convened by the President ...") only qualifies the event.

    >>> t = "the outcome document of the high-level plenary meeting of the General Assembly known as the World"
    >>> t += " Conference on Indigenous Peoples,"
    >>> _outcome_of_event(t, len(t), "World Conference on Indigenous Peoples")[:62]
    'outcome document of the high-level plenary meeting of the Gene'
    >>> t = "the outcome document and the World Conference on Indigenous Peoples,"
    >>> _outcome_of_event(t, len(t), "World Conference on Indigenous Peoples") is None
    True
    """
    span = _span_near(text, end, read, _OUTCOME_OF_EVENT_SPAN)
    if span is None:
        return None
    m = _OUTCOME_OF_EVENT.search(text, max(0, span[0] - _OUTCOME_OF_EVENT_SPAN), span[0])
    if m is None:
        return None
    return _tidy(text[m.start("document") : span[1]])


#: A declaration or outcome document "of the" event an unbroken run of plain words names, up to a plain noun phrase read
#: at the mark: "the Declaration of the commemorative high-level plenary meeting devoted to the follow-up to the outcome
#: of the " (special session on children). No new clause or item in the run. (A match ends where the phrase starts.)
_DOCUMENT_OF_PLAIN = re.compile(
    r"\b(?:the|its|their)\s+(?P<document>(?:[Pp]olitical\s+)?[Dd]eclarations?|outcome\s+documents?)\s+of\s+the\s+"
    r"(?:(?!(?:that|which|who|whose|whereby|including|as|and|or)\b)[a-z][\w-]*\s+){1,16}$"
)
#: How far back :data:`_DOCUMENT_OF_PLAIN` is looked for.
_DOCUMENT_OF_PLAIN_SPAN = 300


def _document_of_plain(text: str, end: int, read: str) -> str | None:
    """The declaration or outcome document of the event that plain words name, up to ``read``, a plain noun phrase
    read at the mark at ``text[end]`` (:data:`_DOCUMENT_OF_PLAIN`), or None: the document carries the mark, not the
    last noun phrase of the event's description.

    >>> t = "the Declaration of the commemorative high-level plenary meeting devoted to the follow-up to the outcome of"
    >>> t += " the special session on children,"
    >>> _document_of_plain(t, len(t), "special session on children")[:47]
    'Declaration of the commemorative high-level ple'
    >>> t = "the Declaration and the special session on children,"
    >>> _document_of_plain(t, len(t), "special session on children") is None
    True
    """
    span = _span_near(text, end, read, _DOCUMENT_OF_PLAIN_SPAN)
    if span is None:
        return None
    m = _DOCUMENT_OF_PLAIN.search(text, max(0, end - _DOCUMENT_OF_PLAIN_SPAN), span[0])
    if m is None:
        return None
    return _tidy(text[m.start("document") : span[1]])


#: The document nouns that open a name read at the mark which :data:`_MODIFIERS` may stand before ("the midterm review
#: of the Sendai Framework": which review it is).
_MODIFIED_NOUNS = ("report ", "reports ", "recommendations ", "review ", "report", "reports")
#: Up to three words between a determiner and such a noun: adjectives and nouns that say which report ("annual
#: overview", "summary", "Quartet"), or a noun coordinated with it ("conclusions and"). Not a preposition, another
#: determiner, a demonstrative adjective ("present", "same", "said") or a verb. (A match ends where the noun starts.)
_MODIFIERS = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?P<words>(?:conclusions|findings|observations)\s+and\s+"
    r"|(?:(?!(?:of|on|and|or|for|to|in|the|a|an|by|with|at|from|that|which|this|these|those|its|their|his|her"
    r"|present|same|said|above|aforementioned|above-mentioned|following|latter|former|such|other|relevant|related"
    r"|various|all|both|each|any|no)\b)[\w\u2019'-]+\s+){1,3})$"
)
#: How far back the words before the noun are looked for.
_MODIFIERS_SPAN = 60


def _with_modifiers(text: str, end: int, read: str) -> str | None:
    """``read``, a name that a document noun opens (:data:`_MODIFIED_NOUNS`), with the words between its determiner and
    that noun (:data:`_MODIFIERS`) before it, or None: they say which report it is ("annual", "Quartet").

    >>> t = "the annual report of the Conference on Disarmament on its 2024 session,"
    >>> _with_modifiers(t, len(t), "report of the Conference on Disarmament")
    'annual report of the Conference on Disarmament'
    >>> t = "Taking note of the report of the Secretary-General,"
    >>> _with_modifiers(t, len(t), "report of the Secretary-General") is None
    True
    """
    span = _span_near(text, end, read, _PLAIN_REPORT_SPAN)
    if span is None:
        return None
    m = _MODIFIERS.search(text, max(0, end - _PLAIN_REPORT_SPAN, span[0] - _MODIFIERS_SPAN), span[0])
    if m is None or any(w[:1].isupper() and w in _CLAUSE_VERBS for w in m["words"].split()):
        return None
    return _tidy(m["words"] + text[span[0] : span[1]])


#: A report with the words that say which one it is, who prepared it and its subject in plain words up to a comma:
#: "the summary report prepared by the Office of the United Nations High Commissioner for Human Rights on the half-day
#: panel discussion". (Each repeated part of the name opens with a space and a capital, so the match is linear.)
_PREPARED_REPORT = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?P<report>(?:(?!(?:of|on|and|or|for|to|in|the|by|with|at|that|which)\b)"
    r"[a-z][\w-]*\s+){0,2}reports?\s+(?:prepared|submitted|presented|issued)\s+by\s+the\s+"
    r"[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?|for\s+)?[A-Z][\w-]*)*"
    r"(?:\s+on\s+the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}(?=,))?)"
)
#: How far before the mark such a report may be named.
_PREPARED_REPORT_SPAN = 400
#: The longest read that is only a report noun and the words that say which one ("summary report").
_BARE_REPORT_MAX = 30


def _prepared_report(text: str, end: int, read: str) -> str | None:
    """The report that a bare "report" (or "summary report") read at the mark at ``text[end]`` stands for, with the
    words that say which one, who prepared it and its subject (:data:`_PREPARED_REPORT`), the last one in the clause, or
    None: the noun alone names no document ("Taking note of the summary report prepared by the Office of the United
    Nations High Commissioner for Human Rights on the half-day panel discussion, held on 28 September 2022 ..., with
    special focus on food security,²³").

    >>> t = "Taking note of the summary report prepared by the Office of the High Commissioner on the panel discussion,"
    >>> t += " held on 28 September 2022, with special focus on food security,"
    >>> _prepared_report(t, len(t), "report")
    'summary report prepared by the Office of the High Commissioner on the panel discussion'
    >>> t = "Taking note of the reports of 18 October 2022,"
    >>> _prepared_report(t, len(t), "reports") is None
    True
    """
    if len(read) > _BARE_REPORT_MAX or not read.islower():
        return None  # a report read with its author or subject, or more than a few words before the noun
    start = max(0, end - _PREPARED_REPORT_SPAN)
    if " by the " not in text[start:end]:
        return None
    head = text[:end].rstrip(" ,;:.")
    last = _last_match(_PREPARED_REPORT, head, max(head.rfind(";"), head.rfind("\n"), start) + 1)
    return None if last is None else _tidy(last["report"])


#: A report named by plain words ("its annual report", "the report", "his report") and its subject after "on" in plain
#: words, up to a name that ends it: "its annual report on the rights of " (Indigenous Peoples). No name of who wrote it
#: ("report of the <Name>": :func:`_report_on_subject`), no new clause or item in the subject. (A match ends where the
#: name starts.)
_PLAIN_REPORT_ON = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?P<report>(?:(?!(?:of|on|and|for|to|in|the|a|an|by|with|at|that|which)\b)[a-z][\w-]*\s+){0,2}"
    r"reports?\s+on\s+(?:the\s+)?(?!(?:its|their|a|an)\b)[a-z][\w\u2019'-]*"
    r"(?:\s+(?!(?:that|which|who|whose|whereby|including|as|and\s+(?:the|its|their))\b)[a-z][\w\u2019'-]*){0,12}\s+)$"
)
#: How far back :data:`_PLAIN_REPORT_ON` is looked for.
_PLAIN_REPORT_SPAN = 250


def _plain_report_on(text: str, end: int, read: str) -> str | None:
    """The report named by plain words whose subject ends in ``read``, the name read at the mark at ``text[end]``
    (:data:`_PLAIN_REPORT_ON`), or None: the footnote cites the report. Not when ``read`` names an instrument or a
    document of its own ("its report on the implementation of the Convention").

    >>> t = "and its annual report on the rights of Indigenous Peoples;"
    >>> _plain_report_on(t, len(t), "Indigenous Peoples")
    'annual report on the rights of Indigenous Peoples'
    >>> t = "its report on the implementation of the Convention on Biological Diversity,"
    >>> _plain_report_on(t, len(t), "Convention on Biological Diversity") is None
    True
    """
    if _INSTRUMENT_NOUNS.search(read) is not None or _NUMBERED_DECISION.search(read) is not None:
        return None
    span = _span_near(text, end, read, _PLAIN_REPORT_SPAN)
    if span is None or text[span[1] : end].strip(" ,;:."):
        return None
    m = _PLAIN_REPORT_ON.search(text, max(0, end - _PLAIN_REPORT_SPAN), span[0])
    if m is None:
        return None
    return _tidy(m["report"] + read)


#: A document named by plain words after "the", "its" or "their", and the participle that says who adopted or
#: recommended it, before the name of that body or the session it acted at: "the six core principles relating to sexual
#: exploitation and abuse adopted by the", "the substantive items recommended at", "its relevant resolutions adopted at".
#: (The plain words hold no determiner, relative pronoun or verb of their own: the last determiner opens them.)
_ADOPTED_PHRASE = re.compile(
    r"\b(?P<det>the|its|their)\s+"
    r"(?P<phrase>(?:(?!(?:the|its|their|a|an|that|which|who|whose|is|are|was|were|has|have|had|be|been|as|by|at|with"
    r"|from|including|well)\b)[a-z0-9][\w\u2019'\u2013-]*\s+){0,9}?[a-z][\w\u2019'-]*)"
    r"\s+(?:as\s+)?(?:adopted|approved|endorsed|recommended|agreed|issued|reached|taken|elaborated|developed|formulated)"
    r"(?:\s+on\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4})?"  # "adopted on 30 September 2014 by": when, then who
    r"\s+(?:by|at)\s+(?:the\s+)?(?:States\s+)?$"  # "by States (members of the Executive Committee)"
)
#: The same when the document's words open the text read (after another mark, or a verb) and hold determiners or "of" of
#: their own, up to a comma before the participle: "the unequivocal commitment of nuclear-weapon States to accomplish the
#: total elimination of their nuclear arsenals leading to nuclear disarmament, agreed at the".
_ADOPTED_ITEM = re.compile(
    r"\s*(?:and\s+)?(?:[A-Z][a-z]+\s+(?:also\s+)?)?(?P<det>the|its|their)\s+(?P<phrase>[a-z][^,;:()\u201c\u201d\"]{2,250}?),?"
    r"\s+(?:adopted|approved|endorsed|agreed|reached)\s+(?:by|at)\s+(?:the\s+)?$"
)
#: Words that open a clause, or are its verb, in words that would be a document's: "which", "was", "has been".
_CLAUSE_WORD = re.compile(r"\b(?:which|that|who|whose|was|were|is|are|has|have|had|been|be)\b")
#: A body's name at the start of a name read: "Inter-Agency Standing Committee", "Conference of the States Parties".
_AGENT_BODY = re.compile(
    r"(?:\d{4}\s+)?(?:[A-Z][\w-]*\s+(?:and\s+)?){0,5}(?:Council|Commission|Board|Assembly|Conference|Committee|Subcommittee|Congress"
    r"|Organization|Office|Summit|Group|Forum|Meeting|Parties|Secretariat|Agency|Union)\b"
)
#: The members of a body as the ones that acted, read alone: "members of the Executive Committee" (after "by States").
_MEMBERS_OF_BODY = re.compile(r"members\s+of\s+(?:the\s+)?" + _AGENT_BODY.pattern)
#: A session or meeting of the one that acted, read alone: "its substantive session of 2024", "its ninth meeting".
_SESSION_READ = re.compile(
    r"(?:its|their)\s+(?:[\w-]+\s+(?:and\s+)?){0,4}(?:sessions?|meetings?)(?:\s+of\s+\d{4})?"
)
#: " at " right before such a session (no comma: ", at its ninth meeting, adopted ..." opens a clause of its own).
_AT_BEFORE = re.compile(r"[^,\s]\s+at\s+$")
#: How far before the body's name :data:`_ADOPTED_PHRASE` is looked for.
_ADOPTED_PHRASE_SPAN = 200


def _done_by_or_at(text: str, end: int, read: str) -> str | None:
    """What ``read``, the name read at the mark at ``text[end]``, is only the body or the session of: the document a
    body adopted (:func:`_adopted_by_body`: "the six core principles relating to sexual exploitation and abuse adopted
    by the Inter-Agency Standing Committee,¹⁶", "the substantive items recommended at its sixty-sixth session,⁸", with
    who adopted it, as gold 002 F16 reads it), or what was done at a session (:func:`_at_its_session`: "the outcome of
    the twenty-seventh humanitarian affairs segment of the Economic and Social Council at its substantive session of
    2024,¹⁵"); else None."""
    if read[:1].isupper() or read[:1].isdigit() or read.startswith(("its ", "their ", "members of ")):
        return _adopted_by_body(text, end, read) or _at_its_session(text, end, read)
    return None


def _adopted_by_body(text: str, end: int, read: str) -> str | None:
    """The document named by plain words before the participle that says who adopted it (:data:`_ADOPTED_PHRASE`), read
    with that body or session as far as the mark at ``text[end]``, when ``read``, the name read there, is only the body
    (:data:`_AGENT_BODY`) or its session (:data:`_SESSION_READ`); else None. The footnote sources the document, which
    has no name but its plain words ("agreed conclusions adopted by the Commission on the Status of Women at its
    fifty-seventh session": gold 002 F16 reads it so).

    >>> t = "notes the six core principles relating to sexual exploitation and abuse adopted by the Inter-Agency"
    >>> t += " Standing Committee,"
    >>> _adopted_by_body(t, len(t), "Inter-Agency Standing Committee")
    'six core principles relating to sexual exploitation and abuse adopted by the Inter-Agency Standing Committee'
    >>> t = "should consider the substantive items recommended at its sixty-sixth session,"
    >>> _adopted_by_body(t, len(t), "its sixty-sixth session")
    'substantive items recommended at its sixty-sixth session'
    >>> t = "Recalling the Vienna Declaration and Programme of Action adopted by the World Conference on Human Rights,"
    >>> _adopted_by_body(t, len(t), "World Conference on Human Rights") is None
    True
    >>> t = " the commitment of nuclear-weapon States to the elimination of their arsenals, agreed at the 2000 Review"
    >>> t += " Conference,"
    >>> _adopted_by_body(t, len(t), "2000 Review Conference")
    'commitment of nuclear-weapon States to the elimination of their arsenals, agreed at the 2000 Review Conference'
    """
    if (
        not ((read[:1].isupper() or read[:1].isdigit()) and _AGENT_BODY.match(read))
        and not (read[:1] in "it" and _SESSION_READ.fullmatch(read))
        and not (read.startswith("members of ") and _MEMBERS_OF_BODY.fullmatch(read))
    ):
        return None
    span = _span_of(text, end, read)
    if span is None:
        return None
    m = _ADOPTED_PHRASE.search(text, max(0, span[0] - _ADOPTED_PHRASE_SPAN), span[0])
    if m is None and (
        (m := _ADOPTED_ITEM.match(text, 0, span[0])) is None or _CLAUSE_WORD.search(m["phrase"]) is not None
    ):
        # no plain words, or a clause in them ("the road map for peace which was endorsed by the African Union")
        return None
    start = m.start("det") if m["det"] != "the" else m.start("phrase")
    return _tidy(text[start : span[1]])


def _at_its_session(text: str, end: int, read: str) -> str | None:
    """What was done at the session of a body that ``read``, the name read at the mark at ``text[end]``, names alone
    (:data:`_SESSION_READ`), when " at " joins it to the name read before it: that name with its session; else None
    ("Welcomes the outcome of the twenty-seventh humanitarian affairs segment of the Economic and Social Council at its
    substantive session of 2024,¹⁵": the outcome; "the resolutions and decisions adopted by the Conference of the States
    Parties ... at its ninth session, held in ...,²": the resolutions and decisions, :func:`_adopted_by_body`).

    >>> t = "Welcomes the outcome of the twenty-seventh humanitarian affairs segment of the Economic and Social Council"
    >>> t += " at its substantive session of 2024,"
    >>> _at_its_session(t, len(t), "its substantive session of 2024")
    'outcome of the twenty-seventh humanitarian affairs segment of the Economic and Social Council at its substantive session of 2024'
    >>> t = "notes that the Committee on Fisheries, at its thirty-fifth session,"
    >>> _at_its_session(t, len(t), "its thirty-fifth session") is None
    True
    """
    if read[:1] not in "it" or _SESSION_READ.fullmatch(read) is None:
        return None
    span = _span_of(text, end, read)
    if span is None or (at := _AT_BEFORE.search(text, max(0, span[0] - 12), span[0])) is None:
        return None
    before = at.start() + 1
    name = anchor_before(text, before)
    if name is None or _SESSION_READ.fullmatch(name) is not None:
        return None
    named = _span_of(text, before, name)
    if named is None or named[1] != before:
        return None  # the name read there ends before the session's " at ": no phrase runs on to it
    return _tidy(text[named[0] : span[1]])


#: What was done, in plain words, at a body's numbered session, up to where the body's name starts: "the renewal of the
#: mandate at the fifty-first session of the " (Human Rights Council), "the decision taken at the sixty-sixth session of
#: the ". (No new item or clause in the plain words: no "and", "that", "which"; one "of the" phrase at most.)
_DONE_AT_SESSION = re.compile(
    r"\b(?:the|its|their)\s+(?P<phrase>(?:(?!(?:the|its|their|a|an|and|or|that|which|who|by|at|with|of|as)\b)"
    r"[a-z][\w-]*\s+){0,3}(?:of\s+(?:the|its|their)\s+[a-z][\w-]*\s+)?)"
    rf"at\s+(?:the|its)\s+{_ORDINAL}\s+(?:regular\s+|special\s+)?session\s+of\s+(?:the\s+)?$"
)
#: How far before the mark " session of " is looked for (the body's name after it).
_DONE_AT_SESSION_SPAN = 200


def _done_at_session_of(text: str, end: int, read: str) -> str | None:
    """What was done at a body's numbered session (:data:`_DONE_AT_SESSION`), read with the session and the body, when
    ``read``, the name read at the mark at ``text[end]``, is only that body and ends at the mark; else None. The
    footnote sources what was done (the resolution that renewed a mandate), not the body.

    >>> t = "Takes note of the work of the Independent Expert on the enjoyment of all human rights by older persons and the"
    >>> t += " renewal of the mandate at the fifty-first session of the Human Rights Council,"
    >>> _done_at_session_of(t, len(t), "Human Rights Council")
    'renewal of the mandate at the fifty-first session of the Human Rights Council'
    >>> t = "Recalling the Declaration adopted at the twenty-fourth session of the General Assembly,"
    >>> _done_at_session_of(t, len(t), "General Assembly") is None
    True
    """
    if not read[:1].isupper() or _AGENT_BODY.match(read) is None:
        return None
    head = text[:end].rstrip(" ,;:.")
    at = _start_at_end(head, read)
    if at is None:
        return None
    m = _DONE_AT_SESSION.search(head, max(0, at - _DONE_AT_SESSION_SPAN), at)
    if m is None or not m["phrase"].strip():
        return None
    return _tidy(head[m.start("phrase") :])


#: A report on or of a body's numbered session, up to where the body's name starts: "the report on the second session of
#: the " (Ad Hoc Committee to Draft Terms of Reference for a United Nations Framework Convention on ...).
_REPORT_ON_SESSION = re.compile(
    r"\b(?:the|its|their)\s+(?P<report>(?:[a-z][\w-]*\s+){0,2}reports?\s+(?:on|of)\s+(?:the|its)\s+"
    rf"{_ORDINAL}\s+(?:(?:regular|special|resumed|substantive)\s+)?session\s+of\s+)(?:the\s+)?$"
)


def _report_on_session(text: str, end: int, read: str) -> str | None:
    """The report on a body's numbered session (:data:`_REPORT_ON_SESSION`), read with the body's name, when ``read``,
    the capitalised name read at the mark at ``text[end]``, is that name and opens right after "session of the"; else
    None. The footnote gives the report, whatever the body's name holds ("Convention", "Framework"): an instrument named
    in a body's name is no item of its own.

    >>> t = "Takes note of the report on the second session of the Ad Hoc Committee to Draft Terms of Reference for a"
    >>> t += " United Nations Framework Convention on International Tax Cooperation,"
    >>> _report_on_session(t, len(t), t[t.index("Ad Hoc") : -1])[:60]
    'report on the second session of the Ad Hoc Committee to Draf'
    >>> t = "Takes note of the report on the second session and the Framework Convention on Tax,"
    >>> _report_on_session(t, len(t), "Framework Convention on Tax") is None
    True
    """
    span = _span_near(text, end, read, _DONE_AT_SESSION_SPAN + len(read))
    if span is None:
        return None
    m = _REPORT_ON_SESSION.search(text, max(0, span[0] - _DONE_AT_SESSION_SPAN), span[0])
    if m is None:
        return None
    return _tidy(text[m.start("report") : span[1]])


#: The capitalised name of a body after "session of (the)": capitalised words and the small words of a title between
#: them ("Conference of the Parties serving as the Meeting of the Parties to the Paris Agreement").
_SESSION_BODY = r"[A-Z][\w\u2019'-]*(?:\s+(?:(?:of|to|on|for|the|and|serving|as|in|against)\s+){0,3}[A-Z][\w\u2019'-]*){0,16}"
#: One numbered session of a body, up to the body's name: "the twenty-seventh session of the " (Conference ...).
_ONE_SESSION = (
    rf"(?:the|its)\s+{_ORDINAL}\s+(?:(?:regular|special|resumed|substantive)\s+)?session\s+of\s+(?:the\s+)?"
)
#: A report of a named author on one or more numbered sessions of bodies, from "report" (and at most two plain words
#: before it) to the end of the head: "report of the Executive Secretary of the United Nations Framework Convention on
#: Climate Change on the twenty-seventh session of the Conference of the Parties to the Convention", "... on the
#: twenty-ninth session of the Conference of the Parties to the Convention, the nineteenth session of the Conference ...
#: and the sixth session of the Conference ...".
_REPORT_OF_ON_SESSIONS = re.compile(
    r"(?:(?!(?:the|its|their|of|and|on)\b)[a-z][\w-]*\s+){0,2}reports?\s+of\s+(?:the\s+)?[A-Z][^;:]{0,160}?\s+on\s+"
    rf"{_ONE_SESSION}{_SESSION_BODY}(?:(?:,\s+(?:and\s+)?|\s+and\s+){_ONE_SESSION}{_SESSION_BODY}){{0,4}}"
)
#: Where such a report may open: "report(s) of" after an article and at most two plain words ("the annual report of").
_REPORT_OF_SESSIONS_OPENING = re.compile(
    r"\b(?:the|its|their)\s+(?P<report>(?:(?!(?:the|its|their|of|and|on)\b)[a-z][\w-]*\s+){0,2}reports?\s+of\s)"
)
#: How far before the mark the report is looked for (three sessions of long names: A/RES/80/138 F30).
_REPORT_OF_ON_SESSIONS_SPAN = 600


def _report_of_on_sessions(text: str, end: int, read: str) -> str | None:
    """The report of a named author on the numbered sessions of bodies (:data:`_REPORT_OF_ON_SESSIONS`) that runs on
    to the mark at ``text[end]``, read whole from "report", when ``read``, the capitalised name read there, ends it;
    else None. The footnote gives the report (its symbol), not the Conference whose session it is on: the reading
    keeps its head noun and does not restart at the last "session of".

    >>> t = "Takes note of the report of the Executive Secretary of the United Nations Framework Convention on Climate"
    >>> t += " Change on the twenty-seventh session of the Conference of the Parties to the Convention;"
    >>> _report_of_on_sessions(t, len(t) - 1, "Conference of the Parties to the Convention")[:50]
    'report of the Executive Secretary of the United Na'
    >>> t = "Takes note of the report of the Secretary-General and the decisions adopted at the twenty-seventh session"
    >>> t += " of the Conference of the Parties to the Convention;"
    >>> _report_of_on_sessions(t, len(t) - 1, "Conference of the Parties to the Convention") is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    lo = max(0, len(head) - _REPORT_OF_ON_SESSIONS_SPAN, head.rfind(";") + 1)
    if "report" not in head[lo:] or _start_at_end(head, read) is None:
        return None
    for opening in reversed(list(_REPORT_OF_SESSIONS_OPENING.finditer(head, lo))):
        if _REPORT_OF_ON_SESSIONS.fullmatch(head, opening.start("report")) is not None:
            return _tidy(head[opening.start("report") :])
    return None


#: Discussions in plain words held in a body, up to the body's name: "the discussions held in the " (Sixth Committee at
#: the sixty-fourth to seventy-eighth sessions of the General Assembly on ...). The body's records source them.
_HELD_IN_BODY = re.compile(
    r"\b(?:the|its|their)\s+(?P<phrase>(?:[a-z][\w-]*\s+){0,2}"
    r"(?:discussions|debates?|deliberations|consultations|negotiations|dialogues?)\s+held\s+(?:in|at|by|during)\s+)"
    r"(?:the\s+)?(?=[A-Z])"
)
#: What opens a new item or clause after the body's name: no longer where and on what the discussions were held.
_HELD_NEW_ITEM = re.compile(r"[;:]|\sand\s+(?:the|its|their)\s|,\s+and\s|\s(?:which|that|who|including)\s")
#: Where and when a document's event was held, set apart by commas, then "entitled" and the opening quote of the
#: document's title: ", held in Rio de Janeiro, Brazil, from 20 to 22 June 2012, entitled “" (The future we want).
_HELD_BEFORE_TITLE = re.compile(
    r",\s+held\s+(?:in|at|on|from)\s[^;:()\u201c\u201d\"]{1,120}?,\s+entitled\s+[\u201c\"]"
)
#: How far before the mark " held " is looked for.
_HELD_IN_BODY_SPAN = 300


def _held_in_body(text: str, end: int, read: str) -> str | None:
    """Discussions held in a body (:data:`_HELD_IN_BODY`), read with the body, the sessions and the subject that run on
    to the mark at ``text[end]`` with no new item (:data:`_HELD_NEW_ITEM`), when ``read``, the name read there, lies in
    those words; else None. The footnote gives the body's records of the discussions, not its name or its sessions.

    >>> t = "the discussions held in the Sixth Committee at the sixty-fourth to seventy-eighth sessions of the General"
    >>> t += " Assembly on the scope and application of universal jurisdiction,"
    >>> _held_in_body(t, len(t), "application of universal jurisdiction")[:80]
    'discussions held in the Sixth Committee at the sixty-fourth to seventy-eighth se'
    >>> t = "the discussions held in the Sixth Committee and the Convention on the Law of the Sea,"
    >>> _held_in_body(t, len(t), "Convention on the Law of the Sea") is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    m = _last_match(_HELD_IN_BODY, head, max(0, len(head) - _HELD_IN_BODY_SPAN))
    if m is None or _HELD_NEW_ITEM.search(head, m.end()) is not None:
        return None
    span = _span_near(text, end, read, len(text) - m.end())
    if span is None or span[0] < m.end() - 4:  # "the Sixth Committee": the article may open the name read
        return None
    return _tidy(head[m.start("phrase") :])


#: A plain noun phrase after its determiner, then "held" and when or where: "its resumed sessions held during " (the
#: seventy-seventh and seventy-eighth sessions of the General Assembly). Its words are lower-case and no preposition or
#: conjunction; the phrase is what was held (:data:`_HELD_IN_BODY` reads discussions held in a named body).
_HELD_PLAIN = re.compile(
    r"\b(?:the|its|their)\s+(?P<phrase>(?:(?!(?:of|on|for|to|in|at|and|or|by|with|from|the|that|which)\b)"
    r"[a-z][\w-]*\s+){1,3}held\s+(?:during|in|at|on|from)\s)"
)


def _held_plain(text: str, end: int, read: str) -> str | None:
    """A plain noun phrase held when or where (:data:`_HELD_PLAIN`), read with the words after "held" that run on to
    the mark at ``text[end]`` with no new item (:data:`_HELD_NEW_ITEM`), when ``read``, the name read there, lies in
    those words; else None. The participle qualifies the phrase, whose records the footnote gives, not the sessions or
    the body named after it ("including at its resumed sessions held during the seventy-seventh and seventy-eighth
    sessions of the General Assembly,⁶": the summary records of the resumed sessions).

    >>> t = "including at its resumed sessions held during the seventy-seventh and seventy-eighth sessions of the"
    >>> t += " General Assembly,"
    >>> _held_plain(t, len(t), "General Assembly")
    'resumed sessions held during the seventy-seventh and seventy-eighth sessions of the General Assembly'
    >>> t = "including at its resumed sessions held during the seventy-seventh session, and the Charter of the United"
    >>> t += " Nations,"
    >>> _held_plain(t, len(t), "Charter of the United Nations") is None
    True
    """
    if " held " not in text[max(0, end - _HELD_IN_BODY_SPAN) : end]:
        return None
    head = text[:end].rstrip(" ,;:.")
    m = _last_match(_HELD_PLAIN, head, max(0, len(head) - _HELD_IN_BODY_SPAN, head.rfind(";") + 1))
    if m is None or "," in head[m.end() :] or _HELD_NEW_ITEM.search(head, m.end()) is not None:
        return None  # "the discussions held at the workshop, as reflected in the report of ...": a clause of its own
    if _INSTRUMENT_NOUNS.search(read) is not None or _HEAD_NOUN.search(read) is not None:
        return None  # a document named after "held" is what a footnote sources
    span = _span_near(text, end, read, len(text) - m.start("phrase"))
    if span is None or span[0] <= head.rfind(" held ", m.start(), m.end()):  # read after "held", or all of it
        return None
    if head.endswith(" at ", 0, m.start()):
        # "the practical tools recommended by the ... expert group ... at its meeting held in Bangkok from 11 to 13
        # November 2014;³⁸": a document named before "at" in the same phrase is what was done there, and is read
        floor = max(0, m.start() - _HELD_IN_BODY_SPAN, head.rfind(";", 0, m.start()) + 1)
        noun = _last_head_noun(head[: m.start()], floor)
        if (
            noun is not None
            and "," not in head[noun : m.start()]
            and not _HELD_NEW_ITEM.search(head, noun, m.start())
        ):
            return _tidy(head[noun:])
    return _tidy(head[m.start("phrase") :])


#: A summary of discussions and where, when or on what they were held, up to the mark: "the written summary of the
#: deliberations at " (the first resumed session (2023) ... of the Sixth Committee on the draft articles ... and on the
#: recommendation of the Commission).
_SUMMARY_OF_DISCUSSIONS = re.compile(
    r"\b(?:the|its|their)\s+(?P<phrase>(?:written\s+)?summar(?:y|ies)\s+of\s+(?:the\s+)?"
    r"(?:deliberations|discussions|debates?|dialogues?|consultations|negotiations)\s+(?:at|during|in|on)\s)"
)
#: What ends such a summary's words before the mark: a clause or item of its own.
_SUMMARY_NEW_ITEM = re.compile(r"[;:,]|\s(?:which|that|who|including|as\s+well\s+as)\s")
#: How far before the mark the summary is looked for.
_SUMMARY_SPAN = 400


def _summary_of_discussions(text: str, end: int, read: str) -> str | None:
    """A summary of discussions (:data:`_SUMMARY_OF_DISCUSSIONS`), read with where and on what they were held up to
    the mark at ``text[end]`` with no clause or item of its own between (:data:`_SUMMARY_NEW_ITEM`), when ``read``,
    the name read there, lies in those words and names no instrument or numbered resolution; else None. The footnote
    gives the summary, not a subject it lists last ("Recalling also the written summary of the deliberations at the
    first resumed session (2023) ... of the Sixth Committee on the draft articles ... and on the recommendation of the
    Commission,⁴").

    >>> t = "Recalling also the written summary of the deliberations at the first resumed session (2023) of the Sixth"
    >>> t += " Committee on the draft articles and on the recommendation of the Commission,"
    >>> _summary_of_discussions(t, len(t), "recommendation of the Commission")[:60]
    'written summary of the deliberations at the first resumed se'
    >>> t = "the summary of discussions of the Informal Consultative Process at its thirteenth meeting, in 2012;"
    >>> _summary_of_discussions(t, len(t), "Informal Consultative Process at its thirteenth meeting") is None
    True
    """
    if "summar" not in text[max(0, end - _SUMMARY_SPAN) : end]:
        return None
    if _INSTRUMENT_NOUNS.search(read) is not None or _NUMBERED_DECISION.search(read) is not None:
        return None
    head = text[:end].rstrip(" ,;:.")
    m = _last_match(_SUMMARY_OF_DISCUSSIONS, head, max(0, len(head) - _SUMMARY_SPAN, head.rfind(";") + 1))
    if m is None or _SUMMARY_NEW_ITEM.search(head, m.end()) is not None:
        return None
    span = _span_near(text, end, read, len(text) - m.end())
    if span is None or span[0] < m.end() - 4:  # "the Sixth Committee": the article may open the name read
        return None
    return _tidy(head[m.start("phrase") :])


#: An occasion after an instrument's name, up to the mark: " at the high-level plenary meeting" (of the General Assembly
#: on addressing large movements ..., held on 19 September 2016), ", adopted at the high-level meeting" (held in New York
#: on ...), " on 22 November 2021 at the high-level meeting" (the day of adoption first). The meeting is named by plain
#: words (a capitalised name, "at the World Summit", is read as it was).
_AT_MEETING = re.compile(
    r"(?<=[\w)])(?:,?\s+(?:adopted|approved|endorsed|launched|made|delivered))?"
    rf"(?:\s+on\s+\d{{1,2}}\s+{_MONTH}\s+\d{{4}})?"
    r"\s+at\s+the\s+(?:[a-z][\w-]*\s+){0,4}meeting\b"
)
#: What may follow the meeting's noun up to the mark, all of it only saying which meeting it was, where and when: "of the
#: General Assembly", " on <subject in plain words>", ", held at United Nations Headquarters in New York", " on 22 and 23
#: November 2021", " from 11 to 13 December 2007". (Each part is bounded, so the tail is read in linear time.)
_OCCASION_TAIL = re.compile(
    r"(?:\s+of\s+the\s+(?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*)?"
    r"(?:\s+on\s+(?!the\s+[A-Z])[a-z][^;:,()\d\u201c\u201d\"]{0,150}?)?"
    r"(?:,?\s+held\s+(?:at|in)\s+(?:the\s+)?[A-Z][^;:,()\d]{0,80}?)?"
    rf"(?:,?\s+(?:held\s+)?(?:on|from|in)\s+(?:\d{{1,2}}(?:\s+(?:and|to)\s+\d{{1,2}})?\s+)?"
    rf"(?:{_MONTH}\s+)?\d{{4}})?"
)
#: How far before the mark the occasion is looked for.
_AT_MEETING_SPAN = 300


def _adopted_at_meeting(text: str, end: int) -> str | None:
    """The instrument named right before an occasion (:data:`_AT_MEETING`) whose tail runs on to the mark at
    ``text[end]`` and only says which meeting it was, of which body, on what, where and when
    (:data:`_OCCASION_TAIL`); else None. The occasion names no document: the footnote sources what was adopted there
    ("Recalling the adoption of the New York Declaration for Refugees and Migrants at the high-level plenary meeting of
    the General Assembly on addressing large movements of refugees and migrants, held on 19 September 2016,¹²": the
    Declaration, not the General Assembly).

    >>> t = "Welcoming the adoption of the 2021 Political Declaration on the Plan at the high-level meeting of the General"
    >>> t += " Assembly held at United Nations Headquarters in New York on 22 and 23 November 2021,"
    >>> _adopted_at_meeting(t, len(t))
    '2021 Political Declaration on the Plan'
    >>> t = "Welcoming the 2021 Political Declaration at the high-level meeting and the Convention against Corruption,"
    >>> _adopted_at_meeting(t, len(t)) is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    m = _last_match(_AT_MEETING, head, max(0, len(head) - _AT_MEETING_SPAN))
    if m is None or _OCCASION_TAIL.fullmatch(head, m.end()) is None:
        return None
    name = anchor_before(text, m.start())
    if name is None or name[:1].islower() or name.islower():
        return None  # no name right before the occasion: what was done there is read as it was
    span = _span_near(text, m.start(), name, len(name) + 40)
    if span is None or span[1] != m.start():
        return None  # the name read there ends before the occasion: no instrument it qualifies
    return name


#: A closing quote and a lower-case word after it: the title in quotes ends there (" at the United Nations Conference").
_AFTER_TITLE = re.compile(r"\u201d\s+[a-z]")


def _title_ends_name(text: str, end: int, read: str) -> str | None:
    """The name read up to the closing quote of a title in ``read``, the name read at the mark at ``text[end]``, when
    ``read`` holds that quote and not the opening one and a lower-case word follows the quote (where or by whom the
    titled document was adopted: "“New Urban Agenda” at the United Nations Conference on Housing ..."); else None. A
    title ends the name; a quote inside a name followed by a capitalised word stays ("the “Space2030” Agenda").

    >>> t = "Reaffirming the adoption of the outcome document entitled “New Urban Agenda” at the United Nations"
    >>> t += " Conference on Housing and Sustainable Urban Development (Habitat III),"
    >>> _title_ends_name(t, len(t), "New Urban Agenda” at the United Nations Conference on Housing and Sustainable"
    ...                  " Urban Development (Habitat III)")
    'New Urban Agenda'
    >>> t = "made in implementing the “Space2030” Agenda,"
    >>> _title_ends_name(t, len(t), "Space2030” Agenda") is None
    True
    """
    if "\u201c" in read:
        return None
    span = _span_of(text, end, read)
    if span is None:
        return None
    close = text.find("\u201d", span[0], span[1])
    if close < 0 or _AFTER_TITLE.match(text, close) is None:
        return None
    return anchor_before(text, close + 1)


#: The annex of a document named before it, with its title and what it was submitted under, to the end of a head: " and
#: the annex thereto, entitled “Four-point Agenda towards Transformative Change for Racial Justice and Equality”,
#: submitted pursuant to resolution 43/1".
_ANNEX_THERETO = re.compile(
    r"\s+and\s+(?:the|its)\s+(?:annex(?:es)?|appendix|appendices|addend(?:um|a))\s+thereto"
    r"(?:,?\s+entitled\s+[\u201c\"][^\u201c\u201d\"]{1,300}[\u201d\"])?"
    r"(?:,?\s+(?:submitted|prepared|presented|issued|transmitted)\s+(?:pursuant\s+to|in\s+accordance\s+with|under|by|to)"
    r"\s[^,;:\u201c\u201d\"]{1,150})?$"
)
#: How far before the mark the annex may be named.
_ANNEX_THERETO_SPAN = 600


def _annex_thereto(text: str, end: int) -> str | None:
    """The document whose annex, named after it with its title (:data:`_ANNEX_THERETO`), runs on to the mark at
    ``text[end]`` ("the report of the United Nations High Commissioner for Human Rights on ... and the annex thereto,
    entitled “Four-point Agenda ...”, submitted pursuant to resolution 43/1,¹²"): the annex is a part of the document,
    which the footnote gives; the annex's title is no anchor of its own. Else None.

    >>> t = "recalling the report of the High Commissioner on racial justice and the annex thereto, entitled “Four-point"
    >>> t += " Agenda”, submitted pursuant to resolution 43/1,"
    >>> _annex_thereto(t, len(t))
    'report of the High Commissioner'
    >>> t = "Recalling the Convention and the Protocols thereto,"
    >>> _annex_thereto(t, len(t)) is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    m = _ANNEX_THERETO.search(head, max(0, len(head) - _ANNEX_THERETO_SPAN))
    return anchor_before(head, m.start()) if m is not None else None


# ---- instruments, titles, and documents named by their subject ---------------------------------------------------


#: The Charter of the United Nations and "and the" before another instrument's name: a resolution cites the Charter by
#: its name, with no footnote, so that a mark after the other name is that instrument's ("the Charter of the United
#: Nations and the Universal Declaration of Human Rights,¹").
_CHARTER_AND = re.compile(r"\bCharter\s+of\s+the\s+United\s+Nations,?\s+and\s+(?:the\s+)?(?=[A-Z])")
#: A name (a State's: "Myanmar", "States Parties") "under" an instrument, read as one: "Myanmar under the Convention on the
#: Rights of the Child" (the obligations of Myanmar under it).
_UNDER_INSTRUMENT = re.compile(
    r"(?P<owner>[A-Z][\w\u2019'-]*(?:\s+(?:[A-Z][\w\u2019'-]*|of|the|and)){0,5})\s+under\s+(?:the\s+)?(?=[A-Z])"
)


def _instrument_at_mark(read: str) -> str:
    """``read``, the name read at a mark, without a name before the instrument the mark is on: the Charter of the United
    Nations before "and the" and another instrument (:data:`_CHARTER_AND`), or a State named as bound "under" the
    instrument (:data:`_UNDER_INSTRUMENT`). A title with "and" in it ("Convention on the Prevention and Punishment of the
    Crime of Genocide"), an instrument "under" another ("Agreement under the United Nations Convention on the Law of the
    Sea ...") and what refers back to the first ("and the Optional Protocol thereto") are read whole.

    >>> _instrument_at_mark("Charter of the United Nations and the Universal Declaration of Human Rights")
    'Universal Declaration of Human Rights'
    >>> _instrument_at_mark("Myanmar under the Convention on the Rights of the Child")
    'Convention on the Rights of the Child'
    >>> _instrument_at_mark("Agreement under the United Nations Convention on the Law of the Sea")
    'Agreement under the United Nations Convention on the Law of the Sea'
    """
    if (charter := _CHARTER_AND.search(read)) is not None:
        rest = read[charter.end() :]
        if _INSTRUMENT_NOUNS.search(rest) is not None and _REFERS_BACK.search(rest) is None:
            return rest
    if (under := _UNDER_INSTRUMENT.match(read)) is not None:
        owner, rest = under["owner"], read[under.end() :]
        if (
            _INSTRUMENT_NOUNS.search(owner) is None
            and _HEAD_NOUN.search(owner) is None
            and (_INSTRUMENT_NOUNS.match(rest) is not None or _INSTRUMENT_AFTER_WORDS.match(rest) is not None)
            and " v. " not in rest
        ):
            return rest
    return read


#: Capitalised words before an instrument's noun: "United Nations Convention", "International Covenant".
_INSTRUMENT_AFTER_WORDS = re.compile(
    r"(?:[A-Z][\w\u2019'-]*\s+){1,4}(?:Conventions?|Covenants?|Protocols?|Agreements?|Charter|Treat(?:y|ies)|Declarations?)\b"
)


#: A declaration titled in plain words, "declaration on" (or "Declaration on", or "declaration in support of": "the
#: Luanda declaration in support of the final adoption of the regional strategy ... in Central Africa", A_RES_79_68
#: F15) and its subject (plain or capitalised
#: words, no comma, no new clause or item such as "and the declaration on ..."), at the end of a head, with up to
#: three capitalised words for where it was adopted before it ("the Bangui declaration on security and the fight
#: against armed groups in the Central African Republic", "the Kintélé Declaration on hate speech in Central Africa",
#: "the political declaration on the implementation of the United Nations Global Plan of Action to Combat Trafficking
#: in Persons"); where and when it was adopted may follow ("... in Central Africa at the fiftieth ministerial meeting
#: of the Standing Advisory Committee", ", adopted at the high-level meeting of the General Assembly held in New York
#: on 27 and 28 September 2017"), and is no part of the title.
_DECLARATION_ON = re.compile(
    r"\b(?:the|its|their)\s+(?P<title>(?:[A-Z][\w\u2019'-]*\s+){0,3}(?:political\s+|ministerial\s+)?[Dd]eclaration\s+(?:on|in\s+support\s+of)"
    r"(?:\s+(?!(?:that|which|who|whose|whereby|including|adopted|held|at|during|following|as\s+[a-z]+ed)\b)"
    r"(?!and\s+(?:the|its|their)\s+(?:[A-Z]|(?:political\s+|ministerial\s+)?declaration\b))[\w\u2019'-]+){1,40}?)"
    r"(?P<where>\s+(?:at|during)\s+(?:the|its)\s+(?:[\w\u2019'-]+\s+){0,12}?"
    r"(?:meeting|session|summit|conference|forum|Meeting|Session|Summit|Conference|Forum)\b[^,;:()]*"
    r"|,?\s+(?:adopted|held)\s+(?:at|by|on|in|during)\s[^,;:()]*)?$"
)
#: How far back :data:`_DECLARATION_ON` is looked for.
_DECLARATION_ON_SPAN = 400
#: What must stand in that span for :data:`_DECLARATION_ON` to be looked for.
_DECLARATION_ON_HINT = re.compile(r"eclaration (?:on|in support of) ")


def _declaration_on(text: str, end: int, read: str) -> str | None:
    """The declaration titled in plain words (:data:`_DECLARATION_ON`) whose subject, or where it was adopted, runs
    to the mark at ``text[end]`` and holds ``read``, the name read there, or None.

    >>> t = "including the Bangui declaration on security and the fight against armed groups in the Central"
    >>> t += " African Republic,"
    >>> _declaration_on(t, len(t), "Central African Republic")
    'Bangui declaration on security and the fight against armed groups in the Central African Republic'
    >>> t = "the Convention on the Rights of the Child,"
    >>> _declaration_on(t, len(t), "Convention on the Rights of the Child") is None
    True
    """
    head = " ".join(text[max(0, end - _DECLARATION_ON_SPAN) : end].rstrip(" ,;:.").split())
    m = _DECLARATION_ON.search(head)
    if m is None or fold(read) not in fold(m[0]):
        return None
    return _tidy(m["title"])


#: An instrument titled in plain words after its noun, "Convention for the" (or "on the") and its subject in plain words
#: that may end in a place's name, at the end of a head, with up to five capitalised words (and "of") for whose it is
#: before the noun: "the Organization of African Unity Convention for the elimination of mercenarism in Africa" (the
#: walk stops at the plain words, and the place alone is no anchor). A capitalised subject ("the Convention on the
#: Rights of the Child") is a name the walk reads whole.
_INSTRUMENT_FOR = re.compile(
    r"\b(?:the|its|their)\s+(?P<title>(?:[A-Z][\w\u2019'-]*\s+(?:of\s+)?){0,5}"
    r"(?:Convention|Treaty|Protocol|Agreement)\s+(?:for|on)\s+(?:the\s+)?[a-z][\w\u2019'-]*"
    r"(?:\s+(?!(?:that|which|who|whose|whereby|including|adopted|held|and)\b)[\w\u2019'-]+){0,20})$"
)


def _instrument_for(text: str, end: int, read: str) -> str | None:
    """The instrument titled in plain words (:data:`_INSTRUMENT_FOR`) whose subject runs to the mark at ``text[end]``
    and ends in ``read``, the name read there without the instrument's noun, or None.

    >>> t = "inter alia, the Organization of African Unity Convention for the elimination of mercenarism in Africa,"
    >>> _instrument_for(t, len(t), "Africa")
    'Organization of African Unity Convention for the elimination of mercenarism in Africa'
    >>> t = "the Convention on the Rights of the Child,"
    >>> _instrument_for(t, len(t), "Convention on the Rights of the Child") is None
    True
    """
    head = " ".join(text[max(0, end - _DECLARATION_ON_SPAN) : end].rstrip(" ,;:.").split())
    m = _INSTRUMENT_FOR.search(head)
    if m is None or not fold(m["title"]).endswith(fold(read)) or _INSTRUMENT_NOUNS.search(read) is not None:
        return None
    return _tidy(m["title"])


#: A numbered resolution or decision and the relative clause after it that runs to the end of a head: ",
#: in which the Council renewed the mandate of ...", ", by which it adopted ...", ", whereby ..." (no other
#: numbered item, title in quotes or clause after it).
_RESOLUTION_CLAUSE = re.compile(
    r"\b(?:[Rr]esolutions?|[Dd]ecisions?)\s+(?:(?:ES|S)-)?\d{1,4}/\d{1,4}(?:\s[A-H])?"
    rf"(?:\s+of\s+{_FULL_DATE})?"
    r"(?P<comma>,)\s+(?:in\s+which|by\s+which|whereby)\s+(?P<clause>[^;:\u201c\u201d\"/]*)$"
)
#: A word in such a clause that names what a footnote may source: a document or an instrument ("in which it
#: took note of the report of ...", "by which it adopted the Convention on ...", "endorsed the Buenos Aires outcome
#: document"), or another resolution.
_CLAUSE_DOCUMENT = re.compile(
    r"\b(?:[Rr]eports?|[Dd]ocuments?|[Dd]eclarations?|[Cc]onventions?|[Pp]rotocols?|[Aa]greements?|[Aa]genda|"
    r"[Pp]rogrammes?|[Pp]lans?|[Ff]ramework|[Ss]trateg(?:y|ies)|[Cc]harter|[Ss]tatute|[Cc]ovenants?|[Tt]reat(?:y|ies)|"
    r"[Pp]rinciples|[Rr]ules|[Gg]uidelines|[Cc]ompact|[Pp]act|[Aa]mendments?|[Aa]ccords?|[Cc]ode|[Ss]tandards|"
    r"[Cc]onclusions|[Rr]ecommendations?|[Rr]esolutions?|[Dd]ecisions?|[Cc]ommuniqu\w+|[Ss]tatements?|[Ll]etters?|"
    r"[Nn]otes?|[Oo]pinions?|[Oo]utcomes?|[Pp]latform|[Mm]odalities|[Tt]erms\s+of\s+reference)\b"
)
#: How far before a mark :data:`_RESOLUTION_CLAUSE` looks.
_RESOLUTION_CLAUSE_SPAN = 350


def _resolution_before_clause(text: str, end: int) -> str | None:
    """The numbered resolution that a relative clause running to the mark at ``text[end]`` qualifies, when the
    clause names no document or instrument; else None. What the clause names then is a mandate, a person or a
    place ("..., in which the Council renewed the mandate of the Special Rapporteur on the situation of human
    rights in the Islamic Republic of Iran,⁴": the footnote sources the resolution, in the Council's report); a
    document it names is what a footnote sources ("..., by which it adopted the Convention on the Rights of the
    Child,¹").

    >>> t = ("and Human Rights Council resolution 52/27 of 4 April 2023, in which the Council renewed the mandate"
    ...      " of the Special Rapporteur on the situation of human rights in the Islamic Republic of Iran,")
    >>> _resolution_before_clause(t, len(t))
    'Human Rights Council resolution 52/27'
    >>> t = "Reaffirming its resolution 44/25 of 20 November 1989, by which it adopted the Convention on the Rights"
    >>> _resolution_before_clause(t, len(t)) is None
    True
    """
    start = max(0, end - _RESOLUTION_CLAUSE_SPAN)
    if "which" not in text[start:end] and "whereby" not in text[start:end]:
        return None
    head = text[start:end].rstrip(" ,;:.")
    m = _RESOLUTION_CLAUSE.search(head)
    if m is None or _CLAUSE_DOCUMENT.search(m["clause"]) is not None:
        return None
    return anchor_before(text, start + m.start("comma"))


#: A short name in brackets, read alone: "(the Paris Principles)", also one that opens with its year ("(the 2023 IMO
#: Strategy on Reduction of GHG Emissions from Ships)").
_BRACKETED_NAME = re.compile(r"\((?:the\s+)?(?P<name>(?:\d{4}\s+)?[A-Z][^()]*)\)")


def _dated_read(text: str, end: int) -> str | None:
    """The document a bare date "dated <date>" at the end of ``text[:end]`` dates, read before the date, with it
    ("as well as his note dated 31 October 1979" -> "note dated 31 October 1979"), or None: a read of the date
    alone names nothing.

    >>> t = "Taking note of the letters of the Permanent Representative of Lebanon dated 4 June 1982,"
    >>> _dated_read(t, len(t))
    'letters of the Permanent Representative of Lebanon dated 4 June 1982'
    """
    head = text[:end].rstrip(" ,;:.")
    dated = _DATED_AT_END.search(head, max(0, len(head) - 60))
    if dated is None:
        return None
    before = anchor_before(head, dated.start())
    if before is None or before.startswith("dated ") or not before[-1:].isalnum():
        return None
    return _tidy(f"{before}{head[dated.start() :]}")


#: A past participle that ends a head after a plain word: "the commission of inquiry established".
_LAST_PARTICIPLE = re.compile(r"(?<=[a-z])\s+[a-z]{3,}ed$")


#: A past participle and its agent's name after "by" (:func:`_without_participle`): "the report of the Group of Legal
#: Experts established by the Secretary-General". (A match ends where the agent's name starts.)
_PARTICIPLE_BY = re.compile(r"(?<=[\w)])\s+[a-z]{3,}ed\s+by\s+(?:the\s+)?(?=[A-Z])")
#: How far back from the end of a head :data:`_PARTICIPLE_BY` is looked for.
_PARTICIPLE_BY_SPAN = 120


def _without_participle(head: str, qualifier: str) -> str:
    """``head``, cut before the ``qualifier`` " pursuant to ...", without the participle that opens that
    qualifier ("the commission of inquiry established pursuant to resolution 21/1": the commission, not the
    resolution's number read past a head that ends in a verb), also with its agent after "by" ("the report of the
    Group of Legal Experts established by the Secretary-General pursuant to its resolution 59/300": the report, not
    the one who set up the Group).

    >>> _without_participle("the commission of inquiry established", " pursuant to ")
    'the commission of inquiry'
    >>> _without_participle("the Convention", " pursuant to ")
    'the Convention'
    >>> _without_participle("the report of the Group of Legal Experts established by the Secretary-General", " pursuant to ")
    'the report of the Group of Legal Experts'
    """
    if not qualifier.lstrip().startswith("pursuant"):
        return head
    if (p := _LAST_PARTICIPLE.search(head)) is not None:
        return head[: p.start()]
    if "ed by " not in head[-_PARTICIPLE_BY_SPAN:]:
        return head
    matches = list(_PARTICIPLE_BY.finditer(head, max(0, len(head) - _PARTICIPLE_BY_SPAN)))
    if not matches or (found := _walk(head)) is None or found[1] != matches[-1].end():
        return head  # no agent's name runs from "by" to the end
    return head[: matches[-1].start()]


#: A possessive and one or two plain words after a preposition, at the mark: "through its statute".
_POSSESSED = re.compile(
    r"\s(?:through|under|in|by|with|to)\s+(?P<phrase>(?:its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?)$"
)
#: How far before the mark a name read there may end to be the words that carry it.
_POSSESSED_SPAN = 20


def _possessed_at_mark(text: str, end: int, read: str) -> str | None:
    """The phrase "its <noun>" after a preposition that the mark at ``text[end]`` closes, when ``read``, the name
    read there, is a capitalised name that names no document and ends further back, before a verb phrase: the
    possessive's noun carries the mark ("... essential for the Office of the High Commissioner to continue to
    fulfil the mandate conferred upon it through its statute¹¹": the statute, not the Office); else None.

    >>> t = "resources are essential for the Office of the High Commissioner to continue to fulfil the mandate"
    >>> t += " conferred upon it through its statute"
    >>> _possessed_at_mark(t, len(t), "Office of the High Commissioner")
    'its statute'
    >>> t = "Recalling the Convention on Biological Diversity and its Protocols"
    >>> _possessed_at_mark(t, len(t), "Convention on Biological Diversity and its Protocols") is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    m = _POSSESSED.search(head, max(0, len(head) - 60))
    if (
        m is None
        or not read[:1].isupper()
        or _INSTRUMENT_NOUNS.search(read)
        or _HEAD_NOUN.search(read)
        or _NUMBERED_DECISION.search(read)
    ):
        return None
    at = _span_of(text, end, read)
    if at is None or at[1] > m.start() - _POSSESSED_SPAN:
        return None
    return m["phrase"]


#: A capitalised owner in the possessive and the document noun it owns, at the mark: "General McNaughton’s proposal".
_NAMED_POSSESSION = re.compile(
    r"(?<![\w\u2019'-])(?P<phrase>(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w-]*[\u2019']s\s+(?:[a-z]+\s+)?"
    r"(?:proposals?|reports?|memorandum|notes?|statements?|letters?|recommendations?|suggestions?|plan))$"
)


def _named_possession_at_mark(text: str, end: int, read: str) -> str | None:
    """The owner's document named in the possessive ("General McNaughton’s proposal") that the mark at ``text[end]``
    closes, when ``read``, the name read there, ends before it: the words that carry the mark name the document ("...
    to prepare and execute ... a programme of demilitarization on the basis of the principles of paragraph 2 of General
    McNaughton’s proposal⁷", S/RES/80 (1950) F7 cites S/1453, the proposal: not the Governments asked); else None.

    >>> t = "Calls upon the Governments of India and Pakistan to make immediate arrangements, to prepare and execute"
    >>> t += " a programme on the basis of the principles of paragraph 2 of General McNaughton’s proposal"
    >>> _named_possession_at_mark(t, len(t), "Governments of India and Pakistan")
    'General McNaughton’s proposal'
    >>> t = "Takes note of the Secretary-General’s report"
    >>> _named_possession_at_mark(t, len(t), "Secretary-General’s report") is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    m = _NAMED_POSSESSION.search(head, max(0, len(head) - 80))
    if m is None:
        return None
    at = _span_of(text, end, read)
    if at is None or at[1] > m.start():
        return None
    return " ".join(m["phrase"].split())


def _titled_document(text: str, end: int, read: str) -> str | None:
    """The document titled in quotes after "entitled" at the end of ``text[:end]`` when ``read``, the name read
    there, is words inside the title or a plain word before it that names no document, or None: the document
    noun right before "entitled" with the title ("report entitled “Road map for digital cooperation:
    implementation of the recommendations of the High-level Panel on Digital Cooperation”", not the Panel),
    else the title.

    >>> t = "the calls for action made in the declarations entitled “Our ocean, our future: call for action”"
    >>> _titled_document(t, len(t), "calls")
    'Our ocean, our future: call for action'
    """
    head = text[:end].rstrip(" ,;:.")
    if (
        head[-1:] not in _CLOSING_QUOTES
        or any(c.isdigit() for c in read)  # "resolution 27/2 ..., entitled “...”": the resolution
        or (title := _title_start(head)) is None
    ):
        return None
    before = head[:title].rstrip()
    if not before.endswith("entitled"):
        return None
    inside = fold(read) in fold(head[title + 1 : -1]) and fold(read) != fold(head[title + 1 : -1])
    if not inside and not (read.islower() and _HEAD_NOUN.search(read) is None and len(read.split()) <= 2):
        return None
    before = before[: -len("entitled")].rstrip(" ,")
    noun = _last_head_noun(before, max(0, len(before) - 40))
    if noun is not None and len(before[noun:].split()) <= 2:
        return _tidy(head[noun:])
    return _tidy(head[title + 1 :])


#: The plain document noun that a numbered general comment or recommendation is named with, before "No.".
_NUMBERED_NOUN = re.compile(r"(?:general\s+)?(?:recommendation|comment)\s+$")


#: A treaty body's numbered general comment or recommendation: "general comment No. 25 (2021)", "general
#: recommendation No. 39 (2022)", "general comment No. 1".
_NUMBERED_COMMENT = re.compile(
    r"\b(?:general\s+)?(?:comment|recommendation)\s+No\.\s*\d{1,3}(?:\s*\(\d{4}\))?"
)
#: What opens the subject of such a comment, or the participle that says who adopted it, after its number (and the
#: committee's name): " regarding the implementation of ...", " on the rights of ...", ", adopted by the Committee".
_COMMENT_SUBJECT = re.compile(
    r"\s+(?:on|regarding|concerning|in\s+relation\s+to)\s+(?:the\s+(?=[a-z])|(?!the\b)(?=[a-z]))|,\s+(?:adopted|issued)\s"
)
#: What the subject of a comment does not hold: a new item, clause or title ("... and the statement on the right to
#: sanitation of the Committee", "..., which notes that ...").
_NOT_COMMENT_SUBJECT = re.compile(
    r"[;\u201c\u201d\"]|,\s+and\b|\band\s+(?:the|its|their)\s|\bas\s+well\s+as\b|\b(?:which|that|whereby|who)\b"
    r"|\b(?:[Rr]esolutions?|[Dd]ecisions?)\s+\S*\d|\bNo\.\s*\d"
)
#: How far before the end of a head a comment's number is looked for.
_COMMENT_SPAN = 400


def _numbered_comment(head: str) -> str | None:
    """The numbered general comment or recommendation, with the committee named right after it, whose subject in
    plain words (or the words on who adopted it) runs on to the end of ``head``, or None: the footnote cites the
    comment, not a name or a phrase its subject ends in (the subject of a comment is a treaty's matter).

    >>> _numbered_comment("Taking note of general comment No. 25 (2021) of the Committee on the Rights of the Child"
    ...                   " regarding the implementation of the Convention on the Rights of the Child in relation to"
    ...                   " the digital environment")
    'general comment No. 25 (2021) of the Committee on the Rights of the Child'
    >>> _numbered_comment("Taking note of general recommendation No. 39 (2022) on the rights of Indigenous women")
    'general recommendation No. 39 (2022)'
    >>> _numbered_comment("general comment No. 26 (2023) on children’s rights and the environment") is None
    True
    """
    if "No." not in head:
        return None
    last = _last_match(_NUMBERED_COMMENT, head, max(0, len(head) - _COMMENT_SPAN))
    if last is None:
        return None
    opener = _COMMENT_SUBJECT.search(head, last.end())
    if opener is None or _NOT_COMMENT_SUBJECT.search(head, last.end()):
        return None
    if opener.start() > last.end():
        # the committee's name between: " of the Committee on Economic, Social and Cultural Rights"
        if not head.startswith(" of the ", last.end()):
            return None
        found = _walk(head[: opener.start()])
        if found is None or found[1] > last.end():
            return None
    return _tidy(head[last.start() : opener.start()])


#: What every match of :data:`_CONCLUSIONS_ON` holds (the cheap test before it is tried).
_CONCLUSIONS_NEEDLE = "conclusions and recommendations of the "
#: The conclusions and recommendations of a body named with capitalised words (small joining words and "and" between
#: them), then "on" and their subject: "the conclusions and recommendations of the Committee for Programme and
#: Coordination on ". (Each repeated part of the name opens with a space and a capital, so the match is linear.)
_CONCLUSIONS_ON = re.compile(
    r"\b(?:the|its|their)\s+(?P<name>conclusions\s+and\s+recommendations\s+of\s+the\s+[A-Z][\w-]*"
    r"(?:\s+(?:(?:of|for|on|and)\s+(?:the\s+)?)?[A-Z][\w-]*)*)\s+on\s+(?P<subject>\S)"
)
#: How far before the mark the conclusions may be named (the body's name and their subject between).
_CONCLUSIONS_ON_SPAN = 300


def _conclusions_on_subject(text: str, end: int, read: str) -> str | None:
    """The conclusions and recommendations of a body on a subject that runs on to the mark at ``text[end]``
    (:data:`_CONCLUSIONS_ON`), with that subject, when ``read``, the name read at the mark, lies in the subject, or
    None: the footnote cites the body's report, where they stand, not a name or document their subject mentions
    ("... on United Nations system support for Agenda 2063: The Africa We Want", "... on the annual overview report
    of the United Nations System Chief Executives Board for Coordination for 2022"). The last such opening in the
    clause is taken; the subject holds no semicolon.

    >>> t = ("Endorses the conclusions and recommendations of the Committee for Programme and Coordination on United"
    ...      " Nations system support for Agenda 2063: The Africa We Want.")
    >>> _conclusions_on_subject(t, len(t), "Agenda 2063: The Africa We Want")
    'conclusions and recommendations of the Committee for Programme and Coordination on United Nations system support for Agenda 2063: The Africa We Want'
    >>> t = "the conclusions and recommendations of the Committee on the Sustainable Development Goals"
    >>> _conclusions_on_subject(t, len(t), "Committee on the Sustainable Development Goals") is None
    True
    """
    found = _last_in_clause(_CONCLUSIONS_ON, text, end, _CONCLUSIONS_ON_SPAN, _CONCLUSIONS_NEEDLE)
    if found is None:
        return None
    head, m = found
    if fold(read) not in fold(head[m.start("subject") :]):
        return None
    return _tidy(head[m.start("name") :])


#: A report of a body or person named with capitalised words, then its subject in plain words: "the report of the
#: Acting Mediator on the hostilities which ...", "... concerning the assassination on 17 September 1948 of ...".
_REPORT_OF_NAME = re.compile(
    r"\breports?\s+(?:to\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+)?of\s+the\s+"
    r"(?=[A-Z]|(?P<body>commission\s+of\s+inquiry|group\s+of\s+(?:independent\s+)?experts|panel\s+of\s+experts"
    r"|(?:independent\s+)?(?:international\s+)?fact-finding\s+mission)\s)"
)
#: What a body named in plain words was set up to do, its subject after it: "(the independent international
#: fact-finding mission) to investigate the implications of the Israeli settlements on ...".
_BODY_TASK = re.compile(
    r"\s+to\s+(?:investigate|inquire\s+into|examine|assess)\s+(?:the\s+)?(?!the\b|and\b|or\b)[a-z]"
)
#: Plain words that end in "of the" and a name: "activities of the Office", "work of the Development Coordination
#: Office".
_OF_A_NAME = re.compile(r"^[a-z][\w-]*(?:\s+[a-z][\w-]*){0,3}\s+of\s+the\s+[A-Z]")
_PLAIN_SUBJECT = re.compile(r"\s+(?:on|concerning)\s+(?:the\s+)?(?!the\b|and\b|or\b)[a-z]")
#: How far after "report of the" the subject may start (the name between).
_REPORT_NAME_SPAN = 80


def _report_on_subject(text: str, end: int, read: str) -> str | None:
    """The report whose subject in plain words runs on to the mark at ``text[end]`` when ``read``, the name read
    there, lies inside that subject (a place or person it mentions), or None: the footnote cites the report.

    >>> t = "Having considered the report of the Acting Mediator on the hostilities which broke out in southern"
    >>> t += " Palestine on 22 December 1948,"
    >>> _report_on_subject(t, len(t), "Palestine on 22 December 1948")
    'report of the Acting Mediator'
    >>> t = "Welcoming the report of the Secretary-General on the implementation of the Convention on Biological Diversity"
    >>> _report_on_subject(t, len(t), "Convention on Biological Diversity") is None
    True
    """
    # a name, or an outcome named with its event ("... on the outcome of the World Humanitarian Summit"), or a subject
    # its owner opens ("... on his recent mission on behalf of the Security Council"), or plain
    # words of a name that name no document ("... on the work of the Development Coordination Office, including on
    # the operational, administrative and financing aspects of the activities of the Office")
    if (
        not (
            read[:1].isupper()
            or read.startswith(("outcome of ", "his ", "her ", "its ", "their "))
            or (
                " of the " in read and _OF_A_NAME.search(read) is not None and _HEAD_NOUN.search(read) is None
            )
        )
        or _INSTRUMENT_NOUNS.search(read)
        or _NUMBERED_DECISION.search(read)
        # a mandate's whole title read at the mark is the author of the reports meant there, not a name in an earlier
        # report's subject: "the reports of the Special Rapporteur on A, and of the Special Rapporteur on B,³²"
        or _MANDATE_TITLE.fullmatch(read) is not None
    ):
        return None
    head = text[:end].rstrip(" ,;:.")
    clause = head[max(head.rfind(";"), head.rfind("\n")) + 1 :]
    last = _last_match(_REPORT_OF_NAME, clause)
    if last is None:
        return None
    subject = None
    if last["body"] is not None:
        # "the report of the independent international fact-finding mission to investigate the implications of ..."
        subject = _BODY_TASK.match(clause, last.end() + len(last["body"]))
    if subject is None:
        subject = _PLAIN_SUBJECT.search(clause, last.end(), last.end() + _REPORT_NAME_SPAN)
    if subject is None:
        return None
    if fold(read) not in fold(clause[subject.end() - 1 :]):  # from the first letter of the subject
        return None
    if ", and " in clause[subject.end() :] and _coordinated_verb(clause, subject.end()):
        return None  # "... under its multi-year workplan, ..., and notes with satisfaction the new five-year workplan of
        # the Working Group;¹⁹": the subject ends before a verb of its own, and what it governs is no part of it
    if last["body"] is not None:
        # a body named in plain words: "the report of the commission of inquiry on human rights in Myanmar"
        if last.end() + len(last["body"]) != subject.start():
            return None
    elif (found := _walk(clause[: subject.start()])) is None or not last.start() < found[1] <= last.end():
        return None
    return _tidy(clause[last.start() : subject.start()])


#: A report noun before the "entitled" of a title in quotes, its author or subject between: "report of the Special
#: Rapporteur on the rights of Indigenous Peoples entitled “" (the last one: "reports ..., including the report").
_REPORT_BEFORE_TITLE = re.compile(r"\breports?\s(?=[^;\u201c\u201d]*entitled\s+$)")
#: How far before the title the report noun may stand (its author and subject between).
_REPORT_TITLE_SPAN = 250


def _report_title(text: str, end: int, read: str) -> str | None:
    """The report, its author and subject, and its title in quotes that ends at the mark at ``text[end]``, when
    ``read``, what was read there, is words inside that title, or None: the report with its title
    carries the mark, as "the May 2020 report of the Secretary-General entitled “Road map for digital cooperation”"
    does ("the report of the Special Rapporteur on the rights of Indigenous Peoples entitled “Green financing – a just
    transition to protect the rights of Indigenous Peoples” ²⁶": neither the report alone nor the name the title ends
    in).

    >>> t = "the report of the Special Rapporteur on housing entitled “Tourism and Indigenous Peoples”"
    >>> _report_title(t, len(t), "Indigenous Peoples")
    'report of the Special Rapporteur on housing entitled “Tourism and Indigenous Peoples”'
    >>> t = "the study on housing entitled “Tourism and Indigenous Peoples”"
    >>> _report_title(t, len(t), "Indigenous Peoples") is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    if head[-1:] not in _CLOSING_QUOTES or (title := _title_start(head)) is None:
        return None
    if fold(read) not in fold(head[title:]) or not head.endswith("entitled ", 0, title):
        return None
    start = max(head.rfind(";"), head.rfind("\n"), title - _REPORT_TITLE_SPAN) + 1
    report = _last_match(_REPORT_BEFORE_TITLE, head, start, title)
    if report is None or _entitled_resolution(head) is not None:
        return None
    return _tidy(head[report.start() :])


#: The authors of a report, one name or more joined by "and the", with what the last one is for, then its subject in
#: plain words: "Chief Executive of Pension Administration and the Acting Representative of the Secretary-General for
#: the investment of the assets of the Fund on the implementation ...". (Each repeated part opens with a space and a
#: capital or "and the", so the match is linear.)
_JOINT_AUTHORS = re.compile(
    r"(?P<authors>[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*)*"
    r"(?:\s+and\s+the\s+[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*)*)+"
    r"(?:\s+for\s+the\s+[a-z][\w-]*(?:\s+[a-z][\w-]*){0,6}\s+of\s+the\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,4})?)"
    r"\s+(?:on|concerning)\s+(?:the\s+)?(?!the\b|and\b|or\b)[a-z]"
)

#: How far before the mark the report of joint authors may be named (their names and its subject between).
_JOINT_AUTHORS_SPAN = 500


def _report_of_joint_authors(text: str, end: int, read: str) -> str | None:
    """The report of two authors or more joined by "and the" whose subject in plain words runs on to the mark at
    ``text[end]``, when ``read``, the name read there, lies in that subject, or None: as :func:`_report_on_subject`
    reads a report of one author, whose name the "and the" of a second one breaks ("the report of the Chief Executive
    of Pension Administration and the Acting Representative of the Secretary-General for the investment of the assets
    of the Fund on the implementation of the recommendations of the Board of Auditors contained in its report for the
    year ended 31 December 2024 on the United Nations Joint Staff Pension Fund²⁸": A/80/328, the report).

    >>> t = "the report of the Chief Executive and the Representative of the Secretary-General on the work of the Fund"
    >>> _report_of_joint_authors(t, len(t), "Fund")
    'report of the Chief Executive and the Representative of the Secretary-General'
    >>> t = "the report of the Board and the Convention on Biological Diversity"
    >>> _report_of_joint_authors(t, len(t), "Convention on Biological Diversity") is None
    True
    """
    if not read[:1].isupper() or " and the " not in (window := text[max(0, end - _JOINT_AUTHORS_SPAN) : end]):
        return None
    if "report" not in window or _INSTRUMENT_NOUNS.search(read) or _NUMBERED_DECISION.search(read):
        return None
    head = text[:end].rstrip(" ,;:.")
    clause = head[max(head.rfind(";"), head.rfind("\n"), max(0, end - _JOINT_AUTHORS_SPAN)) + 1 :]
    last = _last_match(_REPORT_OF_NAME, clause)
    if (
        last is None
        or last["body"] is not None
        or (authors := _JOINT_AUTHORS.match(clause, last.end())) is None
    ):
        return None
    subject = authors.end() - 1  # the first letter of the subject
    if fold(read) not in fold(clause[subject:]):
        return None
    if ", and " in clause[subject:] and _coordinated_verb(clause, subject):
        return None  # the subject ends before a verb of its own
    return _tidy(clause[last.start() : authors.end("authors")])


#: The plain noun phrase before a bracket that a name read at a mark closes ("the High Commissioner’s annual report
#: (part II) of 2018"): a determiner, an owner's name with "’s" if any, and up to four plain words.
_BEFORE_BRACKET = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?P<phrase>(?:(?:[A-Z][\w-]*\s+){0,3}[A-Z][\w-]*[\u2019']s\s+)?"
    r"(?:[a-z][\w-]*\s+){0,3}[a-z][\w-]*)\s*$"
)
#: How far before the bracket :data:`_BEFORE_BRACKET` is looked for, and how far before the name the bracket.
_BEFORE_BRACKET_SPAN = 80


def _bracket_in_name(text: str, end: int, read: str) -> str | None:
    """The name read at the mark at ``text[end]`` with the plain noun phrase before the bracket it closes, when
    ``read`` holds a closing bracket but not the one that opens it ("II) of 2018", read after "(part"): a bracketed
    part does not break the name it stands in, and an anchor never starts inside a bracket; else None.

    >>> t = "Recalls the Global Compact on Refugees as set out in the High Commissioner’s annual report (part II) of 2018,"
    >>> _bracket_in_name(t, len(t), "II) of 2018")
    'High Commissioner’s annual report (part II) of 2018'
    >>> t = "the Convention (No. 189),"
    >>> _bracket_in_name(t, len(t), "Convention (No. 189)") is None
    True
    """
    if read.count(")") <= read.count("("):
        return None
    span = _span_of(text, end, read)
    if span is None or (opened := text.rfind("(", max(0, span[0] - _BEFORE_BRACKET_SPAN), span[0])) < 0:
        return None
    phrase = _BEFORE_BRACKET.search(text, max(0, opened - _BEFORE_BRACKET_SPAN), opened)
    if phrase is None:
        return None
    return _tidy(text[phrase.start("phrase") : span[1]])


#: A convention's capitalised name and the lower-case words of its subject after "governing" or "relating to", right
#: before a name read at the mark: "the Organization of African Unity Convention governing the specific aspects of
#: refugee problems in " (Africa of 1969).
_CONVENTION_GOVERNING = re.compile(
    r"\b(?P<name>(?![A-Z][a-z]+ing\b)[A-Z][\w\u2019'-]*\s+(?:(?:of\s+)?[A-Z][\w\u2019'-]*\s+){0,7}?Convention)"
    r"\s+(?:governing|relating\s+to)\s+"
    r"(?:(?!(?:and|which|that|adopted|signed|done)\b)[a-z][\w\u2019'-]*\s+){1,12}$"
)
#: How far before the name read :data:`_CONVENTION_GOVERNING` is looked for.
_CONVENTION_GOVERNING_SPAN = 200


def _convention_governing(text: str, end: int, read: str) -> str | None:
    """The convention whose name runs on through the lower-case words of its subject after "governing" or "relating
    to" (:data:`_CONVENTION_GOVERNING`) to ``read``, the capitalised name read at the mark at ``text[end]`` ("Africa of
    1969"), read whole from its first capitalised word; else None: the subject is part of the title.

    >>> t = "Recalling the Organization of African Unity Convention governing the specific aspects of refugee problems"
    >>> t += " in Africa of 1969"
    >>> _convention_governing(t, len(t), "Africa of 1969")
    'Organization of African Unity Convention governing the specific aspects of refugee problems in Africa of 1969'
    >>> t = "Recalling the Convention and the protection of refugees in Africa"
    >>> _convention_governing(t, len(t), "Africa") is None
    True
    """
    span = _span_of(text, end, read)
    if span is None:
        return None
    m = _CONVENTION_GOVERNING.search(text, max(0, span[0] - _CONVENTION_GOVERNING_SPAN), span[0])
    return _tidy(text[m.start("name") : span[1]]) if m is not None else None


#: ", including the" and capitalised words that run on to a name read at the mark: the part a title names
#: ("..., including the Moon and Other Celestial Bodies").
_INCLUDING_THE = re.compile(r",\s+including\s+the\s+$")
#: How far before the name read at the mark ", including the" is looked for.
_INCLUDING_THE_SPAN = 20


def _title_including(text: str, end: int, read: str) -> str | None:
    """The instrument whose capitalised title runs on over ", including the" to ``read``, the capitalised name read at
    the mark at ``text[end]`` ("the Treaty on Principles Governing the Activities of States in the Exploration and Use of
    Outer Space, including the Moon and Other Celestial Bodies,¹"), read whole; else None. What is included names no
    instrument itself ("..., including the Rio Declaration on Environment and Development" is an item of its own), and
    the name before the comma opens with an instrument's noun, after "the" (not a place: "the Occupied Palestinian
    Territory, including East Jerusalem").

    >>> t = "the Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space,"
    >>> t += " including the Moon and Other Celestial Bodies"
    >>> _title_including(t, len(t), "Moon and Other Celestial Bodies")
    'Treaty on Principles Governing the Activities of States in the Exploration and Use of Outer Space, including the Moon and Other Celestial Bodies'
    >>> t = "the United Nations Conference on Environment and Development, including the Rio Declaration on Environment"
    >>> _title_including(t, len(t), "Rio Declaration on Environment") is None
    True
    """
    if _INSTRUMENT_NOUNS.search(read) is not None or (span := _span_of(text, end, read)) is None:
        return None
    including = _INCLUDING_THE.search(text, max(0, span[0] - _INCLUDING_THE_SPAN), span[0])
    if including is None:
        return None
    before = anchor_before(text, including.start())
    if before is None or "," in before or (noun := _INSTRUMENT_NOUNS.search(before)) is None:
        return None  # no instrument's title before the comma, or one of a list
    # the title opens with its noun after "the" ("III and IV of the Treaty on Principles ...": the Treaty on ...)
    if noun.start() and not before.endswith(" the ", 0, noun.start()):
        return None
    before = before[noun.start() :]
    at = _span_of(text, including.start(), before)
    if at is None or text[at[1] : including.start()].strip():
        return None  # what is read before the comma does not end there
    return _tidy(text[at[0] : span[1]])


#: A conclusion, report or study named by its topic in plain words after "on" (no article: "on the ..." is read as a name
#: is), with up to two words before the noun: "the conclusion on machine-readable travel documents for refugees and
#: stateless persons", "the report on persons with albinism", "in his report on multilingualism" (the
#: Secretary-General's, A_RES_78_245 O55). The topic's words are lower-case; a participle that opens a qualifier
#: (:data:`_TOPIC_QUALIFIER`) ends them. (Draft) articles on a topic are an instrument named so, the
#: topic with or without "the" and with the capitalised words it may hold: "the articles on responsibility of States for
#: internationally wrongful acts", "the draft articles on the prevention of transboundary harm"; "and on", "and the"
#: open an item of their own ("... on the draft articles on ... against humanity and on the recommendation of ...").
_DOCUMENT_ON_TOPIC = re.compile(
    r"\b(?:the|its|their|his|her)\s+(?P<name>(?:[a-z][\w-]*\s+){0,2}?(?:(?:conclusions?|reports?|stud(?:y|ies))\s+on\s+"
    r"(?!(?:the|a|an|this|that|these|those|its|their|which)\b)[a-z][\w\u2019'-]*"
    r"(?:\s+(?!(?:adopted|submitted|prepared|presented|issued|endorsed|transmitted|by|which|that)\b)[a-z][\w\u2019'-]*){0,11}"
    r"|articles\s+on\s+(?:the\s+)?(?!(?:a|an|this|that|these|those|its|their|which)\b)[a-z][\w\u2019'-]*"
    r"(?:\s+(?!(?:adopted|submitted|prepared|presented|issued|endorsed|transmitted|by|which|that)\b)"
    r"(?!and\s+(?:on|the|its|their|to|in)\b)[A-Za-z][\w\u2019'-]*){0,15}"
    # "the UNCITRAL-UNIDROIT study on the legal nature of verified carbon credits": a study's topic with "the" before
    # plain words (a capitalised one is a name read as such), its makers' name or acronym before the noun
    r"|(?:[A-Z][\w\u2019'-]*\s+){0,3}?stud(?:y|ies)\s+on\s+the\s+(?=[a-z])[a-z][\w\u2019'-]*"
    r"(?:\s+(?!(?:adopted|submitted|prepared|presented|issued|endorsed|transmitted|by|which|that)\b)[a-z][\w\u2019'-]*){0,11}"
    # "the resolution on the situation in Angola": an unnumbered resolution's usual topic, the situation in a place
    r"|(?:conclusions?|reports?|stud(?:y|ies)|resolutions?|decisions?)\s+on\s+the\s+situation\s+(?:in|of|concerning)\s+"
    r"(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\u2019'-]*){0,4}))"
)
#: What may follow such a topic up to the mark: nothing, or a participle and who or what it names (who adopted or
#: submitted it, at which session, to whom), which qualifies the document.
_TOPIC_QUALIFIER = re.compile(
    r"\s+(?:adopted|submitted|prepared|presented|issued|endorsed|transmitted)\s+(?:by|at|to|in|during|pursuant)\s"
)
#: How far before the mark such a document is looked for.
_DOCUMENT_ON_TOPIC_SPAN = 400


def _document_on_topic(text: str, end: int) -> str | None:
    """The conclusion, report or study named by its topic in plain words (:data:`_DOCUMENT_ON_TOPIC`) whose topic runs on
    to the mark at ``text[end]``, alone or with a participle that qualifies it (:data:`_TOPIC_QUALIFIER`: who adopted
    or submitted it, where and when), or None. The topic is the document's name: "report" alone names nothing, and
    neither does a name read before it ("the ongoing efforts undertaken by Member States to implement the conclusion
    on ...") or in the qualifier (the body that adopted it).

    >>> t = "Recalling the report on persons with albinism submitted by the Office of the United Nations High"
    >>> t += " Commissioner for Human Rights to the Human Rights Council at its twenty-fourth session,"
    >>> _document_on_topic(t, len(t))
    'report on persons with albinism'
    >>> t = "Reaffirms the conclusion on civil registration adopted by the Executive Committee at its sixty-fourth"
    >>> t += " session, held in Geneva from 30 September to 4 October 2013,"
    >>> _document_on_topic(t, len(t))
    'conclusion on civil registration'
    >>> t = "Requests the Secretary-General to submit the next report on this issue to the General Assembly,"
    >>> _document_on_topic(t, len(t)) is None
    True
    >>> t = "Welcomes the report on persons with albinism, and the Convention on the Rights of Persons with Disabilities,"
    >>> _document_on_topic(t, len(t)) is None
    True
    """
    found = _last_in_clause(_DOCUMENT_ON_TOPIC, text, end, _DOCUMENT_ON_TOPIC_SPAN, " on ")
    if found is None:
        return None
    head, last = found
    rest = head[last.end() :]
    if rest.strip() and (
        (qualifier := _TOPIC_QUALIFIER.match(rest)) is None or _ACT_NEW_ITEM.search(rest, qualifier.end())
    ):
        return None  # the topic runs on to no mark, or a new item follows the qualifier
    return _tidy(last["name"])


#: The plain document nouns that a cut before "on <subject>" leaves alone at the mark: "recommendations", "guidance text".
_SUBJECT_DOCUMENT_NOUNS = frozenset(
    {"recommendations", "guidance", "guidance text", "guidance document", "guidance note", "guidance notes"}
)
#: Such a noun after its determiner and its subject in plain words after "on" that runs on to the end: "the
#: recommendations on access to credit for micro-, small and medium-sized enterprises", "the guidance text on early
#: dismissal and preliminary determination". A word cut short by a hyphen may take a comma ("micro-, small"); no new
#: clause or item ("that", "which", "and the"), capital, digit or other punctuation.
_DOCUMENT_ON_SUBJECT = re.compile(
    r"\b(?:the|its|their)\s+(?P<name>(?:recommendations|guidance(?:\s+(?:text|document|notes?))?)\s+on\s+"
    r"(?!(?:the|a|an|this|that|these|those|its|their|which)\b)[a-z][\w\u2019'-]*(?:(?<=-),)?"
    r"(?:\s+(?!(?:that|which|who|whose|whereby|including|as|adopted|by)\b)(?!and\s+(?:the|its|their)\b)"
    r"[a-z][\w\u2019'-]*(?:(?<=-),)?){0,20})$"
)
#: How far before the mark such a document is looked for.
_DOCUMENT_ON_SUBJECT_SPAN = 250


def _document_on_subject(text: str, end: int, read: str) -> str | None:
    """The plain document noun ``read`` at the mark at ``text[end]`` (:data:`_SUBJECT_DOCUMENT_NOUNS`) with its subject
    after "on" that runs on to the mark (:data:`_DOCUMENT_ON_SUBJECT`), or None: the subject says which document the
    noun is, and the cut before "on" left the noun alone ("(b) In the area of micro-, small and medium-sized
    enterprises, the recommendations on access to credit for micro-, small and medium-sized enterprises;⁶").

    >>> t = "In the area of dispute settlement, the guidance text on early dismissal and preliminary determination;"
    >>> _document_on_subject(t, len(t), "guidance text")
    'guidance text on early dismissal and preliminary determination'
    >>> t = "the recommendations on access to credit, and the Model Law on Secured Transactions;"
    >>> _document_on_subject(t, len(t), "recommendations") is None
    True
    """
    if read not in _SUBJECT_DOCUMENT_NOUNS:
        return None
    found = _last_in_clause(_DOCUMENT_ON_SUBJECT, text, end, _DOCUMENT_ON_SUBJECT_SPAN, f"{read} on ")
    return None if found is None else _tidy(found[1]["name"])


#: The unnumbered resolutions or decisions of a list read alone at the mark, the first item of the list (the noun's
#: own, see :func:`_own_subject` for those after it): "resolutions", "decision".
_LISTED_RESOLUTION_NOUNS = frozenset({"resolutions", "resolution", "decisions", "decision"})
#: Such a noun after its determiner and its subject in plain words after "on" that runs on to the end, a title's colon
#: and commas included: "the resolutions on ending plastic pollution: towards an international legally binding
#: instrument", "the resolutions on strengthening ocean efforts to tackle climate change, marine biodiversity loss and
#: pollution, and on the sound management of chemicals and waste" (one mark for both). No new clause or item ("that",
#: "which", "and the"), capital, digit or other punctuation.
_RESOLUTIONS_ON_SUBJECT = re.compile(
    r"\b(?:the|its|their)\s+(?P<name>(?:resolutions?|decisions?)\s+on\s+"
    r"(?!(?:the|a|an|this|that|these|those|its|their|which)\b)[a-z][\w\u2019'-]*:?"
    r"(?:\s+(?!(?:that|which|who|whose|whereby|including|as|adopted|by)\b)(?!and\s+(?:the|its|their)\b)"
    r"[a-z][\w\u2019'-]*[:,]?){0,30})$"
)


def _resolutions_on_subject(text: str, end: int, read: str) -> str | None:
    """The unnumbered resolutions or decisions ``read`` at the mark at ``text[end]`` (:data:`_LISTED_RESOLUTION_NOUNS`)
    with their subject after "on" that runs on to the mark (:data:`_RESOLUTIONS_ON_SUBJECT`; else an owned or single
    one, :func:`_decision_on_subject`), or None: the subject says which resolution the footnote sources, and the cut
    before "on" left the noun alone ("the outcomes of the fifth session of the United Nations Environment Assembly ...,
    especially the resolutions on ending plastic pollution: towards an international legally binding instrument,¹³ on
    nature-based solutions ...,¹⁴").

    >>> t = "especially the resolutions on ending plastic pollution: towards an international legally binding instrument,"
    >>> _resolutions_on_subject(t, len(t), "resolutions")
    'resolutions on ending plastic pollution: towards an international legally binding instrument'
    >>> t = "especially the resolutions on ending plastic pollution, and the Minamata Convention on Mercury,"
    >>> _resolutions_on_subject(t, len(t), "resolutions") is None
    True
    """
    if read in _LISTED_RESOLUTION_NOUNS:
        found = _last_in_clause(_RESOLUTIONS_ON_SUBJECT, text, end, _DOCUMENT_ON_SUBJECT_SPAN, f"{read} on ")
        if found is not None:
            return _tidy(found[1]["name"])
    return _decision_on_subject(text, end, read) or _subject_cut_short(text, end, read)


#: An unnumbered resolution or decision and its subject after "on" that runs on to the end, over more words than a
#: plain noun phrase read at the mark holds: the subject may open with "the" and hold names ("the resolution on
#: International Maritime Organization policies and practices related to the reduction of greenhouse gas emissions
#: from ships"); no digit or punctuation, no new clause ("that", "which", "adopted", "by") or item ("and the").
_RESOLUTION_ON_LONG_SUBJECT = re.compile(
    r"\b(?:the|its|their)\s+(?P<name>(?:resolution|decision)s?\s+on\s+(?:the\s+)?"
    r"(?!(?:a|an|the|this|that|these|those|its|their|which)\b)[A-Za-z][\w\u2019'-]*"
    r"(?:\s+(?!(?:that|which|who|whose|whereby|including|as|adopted|taken|made|by)\b)"
    r"(?!and\s+(?:the|its|their|on)\b)[A-Za-z][\w\u2019'-]*){0,24})$"
)


def _subject_cut_short(text: str, end: int, read: str) -> str | None:
    """The unnumbered resolution or decision whose subject after "on" (:data:`_RESOLUTION_ON_LONG_SUBJECT`) runs on to
    the mark at ``text[end]`` and ends in ``read``, a plain noun phrase read over the last words only, or None: such a
    phrase is the end of the subject, cut mid-name ("gas emissions from ships", of "greenhouse gas emissions from
    ships"); the resolution named by its whole subject carries the mark (A/RES/80/110 F131).

    >>> t = "the resolution on International Maritime Organization policies and practices related to the reduction of"
    >>> t += " greenhouse gas emissions from ships,"
    >>> _subject_cut_short(t, len(t), "gas emissions from ships")[:66]
    'resolution on International Maritime Organization policies and pra'
    >>> t = "the resolution on ocean acidification, and the reduction of greenhouse gas emissions from ships,"
    >>> _subject_cut_short(t, len(t), "gas emissions from ships") is None
    True
    >>> t = "pursuant to a resolution of the Special Tripartite Committee of the Maritime Labour Convention, 2006, as"
    >>> t += " amended, concerning the implementation and practical application of that Convention during the pandemic,"
    >>> _subject_cut_short(t, len(t), "during the pandemic")[-60:]
    'practical application of that Convention during the pandemic'
    """
    if read[:1].isupper() or not read[:1].isalnum():
        return None  # a name read at the mark is no subject's cut-off end ("19 pandemic" is, of "COVID‑19 pandemic")
    near = text[max(0, end - _DOCUMENT_ON_SUBJECT_SPAN) : end]
    if read.islower() and " on " in near:
        found = _last_in_clause(_RESOLUTION_ON_LONG_SUBJECT, text, end, _DOCUMENT_ON_SUBJECT_SPAN, " on ")
    elif " concerning " in near:
        # "a resolution of the Special Tripartite Committee of the Maritime Labour Convention, 2006, as amended,
        # concerning the implementation and practical application of that Convention during the COVID-19 pandemic,":
        # the phrase at the mark opened with "during", no name (A/RES/80/110 F61)
        found = _last_in_clause(
            _RESOLUTION_OF_BODY_CONCERNING, text, end, _DOCUMENT_ON_SUBJECT_SPAN, " concerning "
        )
    else:
        return None
    if found is None:
        return None
    name = _tidy(found[1]["name"])
    cut = len(name) - len(read)
    # the phrase began at a word or inside one split at a hyphen ("19 pandemic" of "COVID‑19 pandemic")
    return name if cut > 0 and name.endswith(read) and name[cut - 1] in " -\u2011" else None


#: An unnumbered resolution or decision of a body named in capitalised words (with the year and ", as amended" of an
#: instrument in its name), and its subject after "concerning" that runs on to the end: "a resolution of the Special
#: Tripartite Committee of the Maritime Labour Convention, 2006, as amended, concerning the implementation and
#: practical application of that Convention during the COVID-19 pandemic". No punctuation in the subject, no new
#: clause ("which", "adopted", "by", "that" before a plain word; "that Convention" is a demonstrative) or item ("and the").
_RESOLUTION_OF_BODY_CONCERNING = re.compile(
    r"\b(?:a|the|its|their)\s+(?P<name>(?:resolution|decision)s?\s+of\s+the\s+[A-Z][\w\u2019'-]*"
    r"(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w\u2019'-]*|,\s+\d{4}|,\s+as\s+amended){0,12}"
    r",?\s+concerning\s+(?:the\s+)?[a-z][\w\u2019'-]*"
    r"(?:\s+(?!(?:which|who|whose|including|adopted|by)\b)(?!that\s+[a-z])(?!and\s+(?:the|its|their)\b)"
    r"[A-Za-z][\w\u2019'\u2011-]*){0,24})$"
)


#: A decision or resolution read alone at the mark, perhaps after a determiner and an owner's possessive: "decision",
#: "that organization’s decision" (the noun is the group ``noun``).
_OWNED_DECISION_READ = re.compile(
    r"(?:(?:that|this|the|its|their)\s+)?(?:[\w-]+[\u2019']s\s+)?(?P<noun>(?:decision|resolution)s?)"
)
#: Such a noun and its subject in plain words after "on", to the end: "decision on accession by the least developed
#: countries", "decision on its institutional reform". Unlike :data:`_RESOLUTIONS_ON_SUBJECT` the subject may open
#: with "the", "its" or "their" and hold "by" (the subject's own agent: "accession by the least developed
#: countries"); its first word plain, then no punctuation (a capitalised word or a number may follow: "on procedures
#: for port State control", "during the COVID-19 pandemic", A/RES/80/110 F102, F58), no new clause ("that", "which",
#: "adopted") or item ("and the").
_DECISION_ON_SUBJECT = re.compile(
    r"\b(?P<name>(?:decision|resolution)s?\s+on\s+(?:(?:the|its|their)\s+)?"
    r"(?!(?:the|a|an|this|that|these|those|its|their|which)\b)[a-z][\w\u2019'-]*"
    r"(?:\s+(?!(?:that|which|who|whose|whereby|including|as|adopted|taken|made)\b)(?!and\s+(?:the|its|their|on)\b)"
    r"[A-Za-z\d][\w\u2019'\u2011-]*){0,20})$"
)


def _decision_on_subject(text: str, end: int, read: str) -> str | None:
    """The decision or resolution ``read`` at the mark at ``text[end]``, alone or owned ("that organization’s
    decision", :data:`_OWNED_DECISION_READ`), with its subject in plain words after "on" that runs on to the mark
    (:data:`_DECISION_ON_SUBJECT`), or None. An unnumbered decision is named by its subject: a bare "decision" names
    nothing, and an owner's possessive is no part of the name ("reaffirms the importance of that organization’s
    decision on accession by the least developed countries;²⁹", "takes note of the decision on its
    institutional reform,²⁸").

    >>> t = "reaffirms the importance of that organization’s decision on accession by the least developed countries;"
    >>> _decision_on_subject(t, len(t), "that organization’s decision")
    'decision on accession by the least developed countries'
    >>> t = "takes note of the decision on its institutional reform,"
    >>> _decision_on_subject(t, len(t), "decision")
    'decision on its institutional reform'
    >>> t = "takes note of the decision on its institutional reform adopted by the Assembly of the African Union,"
    >>> _decision_on_subject(t, len(t), "decision") is None
    True
    """
    if not read.endswith(("decision", "decisions", "resolution", "resolutions")):
        return None
    owned = _OWNED_DECISION_READ.fullmatch(read)
    if owned is None:
        return None
    found = _last_in_clause(
        _DECISION_ON_SUBJECT, text, end, _DOCUMENT_ON_SUBJECT_SPAN, f"{owned['noun']} on "
    )
    return None if found is None else _tidy(found[1]["name"])


#: A part or companion of a document, and "to" before the document's name: "the commentaries to the " (draft
#: articles), "its annex to the " (Protocol). The noun is the group ``noun``; the name read at the mark follows.
_PART_TO_DOCUMENT = re.compile(
    r"\b(?:the|its|their)\s+(?P<noun>commentar(?:y|ies)|annex(?:es)?|addend(?:um|a)|append(?:ix|ices))\s+to\s+"
    r"(?:the\s+)?$"
)
#: How far before the name read the noun is looked for ("the commentaries to the ").
_PART_TO_DOCUMENT_SPAN = 40


def _part_to_document(text: str, end: int, read: str) -> str | None:
    """The commentaries, annex, addendum or appendix to the document ``read`` at the mark at ``text[end]``
    (:data:`_PART_TO_DOCUMENT` right before it), with the document, or None: the footnote cites the part, which is
    named with the noun and the document it belongs to ("and also refers the commentaries to the draft articles,⁸
    the written comments ...": the commentaries, in the Commission's report, not the articles).

    >>> t = "and also refers the commentaries to the draft articles,"
    >>> _part_to_document(t, len(t), "draft articles")
    'commentaries to the draft articles'
    >>> t = "consisting of both the draft articles and a compilation of proposals for amendments to the draft articles,"
    >>> _part_to_document(t, len(t), "draft articles") is None
    True
    """
    if " to " not in text[max(0, end - len(read) - _PART_TO_DOCUMENT_SPAN) : end]:
        return None
    span = _span_near(text, end, read, len(read) + _PART_TO_DOCUMENT_SPAN)
    if span is None or text[span[1] : end].strip(" ,;:."):
        return None  # the name read ends at the mark
    part = _PART_TO_DOCUMENT.search(text, max(0, span[0] - _PART_TO_DOCUMENT_SPAN), span[0])
    return None if part is None else _tidy(text[part.start("noun") : span[1]])


#: The capitalised document nouns a name may be alone with its subject in plain words after it: "Guidelines (on how to
#: deal with seafarer abandonment cases)".
_SUBJECT_TITLE_NOUNS = frozenset(
    {"Guidelines", "Principles", "Rules", "Recommendations", "Guidance", "Standards"}
)
#: Such a noun and its subject after "on" or "for" in plain words that runs on to the end, as
#: :data:`_DOCUMENT_ON_SUBJECT` reads it: "Guidelines on how to deal with seafarer abandonment cases".
_TITLE_NOUN_ON_SUBJECT = re.compile(
    r"\b(?P<name>(?:Guidelines|Principles|Rules|Recommendations|Guidance|Standards)\s+(?:on|for)\s+"
    r"(?!(?:a|an|this|that|these|those|its|their|which)\b)[a-z][\w\u2019'-]*"
    r"(?:\s+(?:by\s+(?=(?:sea|air|land|road|rail)\b))?(?!(?:that|which|who|whose|whereby|including|as|adopted|by)\b)"
    r"(?!and\s+(?:the|its|their)\b)[a-z][\w\u2019'-]*){0,20})$"
)


def _title_noun_on_subject(text: str, end: int, read: str) -> str | None:
    """The capitalised document noun ``read`` alone at the mark at ``text[end]`` (:data:`_SUBJECT_TITLE_NOUNS`) with
    its subject in plain words after "on" or "for" that runs on to the mark (:data:`_TITLE_NOUN_ON_SUBJECT`), or None:
    the cut before "on" left the noun alone, and the subject is the rest of its name ("the adoption by the
    International Maritime Organization on 31 March 2023 of Guidelines on how to deal with seafarer abandonment
    cases;⁶⁰").

    >>> t = "the adoption by the International Maritime Organization of Guidelines on how to deal with abandonment cases;"
    >>> _title_noun_on_subject(t, len(t) - 1, "Guidelines")
    'Guidelines on how to deal with abandonment cases'
    >>> t = "the Guidelines on how to deal with abandonment cases, and the Convention;"
    >>> _title_noun_on_subject(t, len(t) - 1, "Guidelines") is None
    True
    """
    if read in _SUBJECT_TITLE_NOUNS:
        found = _last_in_clause(_TITLE_NOUN_ON_SUBJECT, text, end, _DOCUMENT_ON_SUBJECT_SPAN, read)
        return None if found is None else _tidy(found[1]["name"])
    if not read[:1].islower() or not (found := _tail_of_title_subject(text, end)):
        return None
    # "its approval of Recommendations for the carriage of plastic pellets by sea in freight containers": the plain
    # phrase read at the mark ("sea in freight containers") is the end of the noun's subject, not a name of its own
    return found if fold(found).endswith(fold(read)) and len(found) > len(read) else None


def _tail_of_title_subject(text: str, end: int) -> str | None:
    """The capitalised document noun and its subject in plain words that run on to the mark at ``text[end]``
    (:data:`_TITLE_NOUN_ON_SUBJECT`), looked for whichever noun it is, or None.

    >>> t = "and its approval of Recommendations for the carriage of plastic pellets by sea in freight containers"
    >>> _tail_of_title_subject(t, len(t))
    'Recommendations for the carriage of plastic pellets by sea in freight containers'
    >>> t = "the Guidelines for the carriage of pellets adopted by the Committee"
    >>> _tail_of_title_subject(t, len(t)) is None
    True
    """
    found = [
        m[1]
        for noun in _SUBJECT_TITLE_NOUNS
        if (m := _last_in_clause(_TITLE_NOUN_ON_SUBJECT, text, end, _DOCUMENT_ON_SUBJECT_SPAN, noun))
        is not None
    ]
    return _tidy(max(found, key=lambda m: m.start())["name"]) if found else None


#: A draft instrument named in plain words by its subject after "on" or "for": "the draft treaty on the prevention of the
#: placement of weapons in outer space and of the threat or use of force against outer space objects", "the draft
#: convention on negotiable cargo documents".
_DRAFT_ON = re.compile(
    r"\bdraft\s+(?:treat(?:y|ies)|conventions?|articles|declarations?|protocols?|agreements?|statutes?|principles"
    r"|guidelines|code\s+of\s+conduct)\s+(?:on|for|concerning|relating\s+to)\s+(?=[a-z])"
)
#: The subject in plain words (no comma, no new item or clause) that runs on to the mark, with a participle that says who
#: introduced, adopted or submitted the draft, where and when, after it: ", introduced by China and the Russian
#: Federation at the Conference on Disarmament in 2008" (no new clause or item in it).
_DRAFT_SUBJECT = re.compile(
    r"(?P<subject>[a-z][\w\u2019'-]*(?:\s+(?!(?:which|that|who|whose|including|as|adopted|introduced|submitted|presented|prepared"
    r"|proposed|tabled|transmitted|approved)\b)(?!and\s+(?:the|its|their)\b)[a-z][\w\u2019'-]*){0,40})"
    r"(?:,?\s+(?:introduced|adopted|submitted|presented|prepared|proposed|tabled|transmitted|approved)"
    r"\s+(?:by|at|in|to|during|on)\s(?:(?!,\s+(?:which|that|and)\s)[^;:])*)?"
)
#: How far before the mark a draft instrument is looked for.
_DRAFT_ON_SPAN = 400


def _draft_on_subject(text: str, end: int, read: str) -> str | None:
    """The draft instrument named by its subject in plain words (:data:`_DRAFT_ON`) that runs on to the mark at
    ``text[end]``, alone or with who introduced or adopted it (:data:`_DRAFT_SUBJECT`), when the name ``read`` there
    lies in those words, or None. The draft and its subject are its name, as gold 002 reads "the ... Strategy, adopted
    on 8 September 2006,¹⁴": who introduced it where and when only qualifies it, and a plain word of the subject ("draft
    convention", cut before "on negotiable cargo documents") is only part of it.

    >>> t = "Welcoming, in this regard, the draft treaty on the prevention of the placement of weapons in outer space and"
    >>> t += " of the threat or use of force against outer space objects, introduced by China and the Russian Federation"
    >>> t += " at the Conference on Disarmament in 2008,"
    >>> _draft_on_subject(t, len(t), "China and the Russian Federation at the Conference on Disarmament in 2008")
    'draft treaty on the prevention of the placement of weapons in outer space and of the threat or use of force against outer space objects'
    >>> t = "the draft convention on negotiable cargo documents, and the submission of its updated version in 2014,"
    >>> _draft_on_subject(t, len(t), "submission of its updated version") is None
    True
    """
    found = _last_in_clause(_DRAFT_ON, text, end, _DRAFT_ON_SPAN, "draft ")
    if found is None:
        return None
    head, last = found
    subject = _DRAFT_SUBJECT.fullmatch(head, last.end())
    if subject is None or "".join(read.split()) not in "".join(head[last.start() :].split()):
        return None  # the subject runs on to no mark, or what is read at the mark is no part of it
    return _tidy(head[last.start() : subject.end("subject")])


# ---- acts of bodies: recommendations, decisions, requests, opinions and declarations -----------------------------


#: ", and" and a verb (with "also" or "further"), at the end of the words before a governing verb's end: a clause of its
#: own ("..., and notes", "..., and also welcomes").
_AND_VERB = re.compile(r",\s+and\s+(?:(?:also|further)\s+)?(?:[a-z]+\s+){0,2}[a-z]+$")


def _coordinated_verb(clause: str, after: int) -> bool:
    """Whether the governing verb of the end of ``clause`` (:func:`_verb_end`) comes after ``clause[after]`` and opens a
    clause of its own after ", and" (:data:`_AND_VERB`): what it governs is no part of anything named before it.

    >>> _coordinated_verb("Takes note of the report on the work conducted, and notes with satisfaction the plan", 27)
    True
    >>> _coordinated_verb("Takes note of the report on ways to strengthen and support the plan", 27)
    False
    """
    verb = _verb_end(clause)
    return verb > after and _AND_VERB.search(clause, max(after, verb - 40), verb) is not None


#: A body's recommendation, proposal, decision, request or conclusions, whose content a "that" clause after the
#: body's name says ("the decision of the Economic and Social Council that the Commission ... will report on ...").
_RECOMMENDATION_OF = re.compile(
    r"\b(?:recommendations?|proposals?|suggestions?|decisions?|requests?|conclusions?)\s+of\s+the\s+(?=[A-Z])"
)
#: How far after "recommendation of the" the "that" of its clause may stand (the body's name between).
_RECOMMENDATION_NAME_SPAN = 150
#: The words after "that" that make it open a relative clause on the name, not the recommendation's content.
_RELATIVE_AFTER_THAT = frozenset({"was", "were", "is", "are", "has", "have", "had", "will", "would"})
#: Where the body stated it, set apart by commas between its name and the "that" of the content: ", in its advisory
#: opinion of 9 July 2004," (the conclusion of the Court ..., that ...).
_WHERE_STATED = re.compile(r",\s+in\s+(?:its|their)\s+[a-z][^,;:\u201c\u201d]{0,80},$")
#: How far before the "that" :data:`_WHERE_STATED` is looked for.
_WHERE_STATED_SPAN = 100


def _recommendation_of(text: str, end: int) -> str | None:
    """The recommendation (proposal, decision, request, conclusions) of a body, named with the body, whose content
    (a "that" clause) runs to the mark at ``text[end]``, or None: the footnote cites the body's report or its act,
    not what the content names (nor its verb: "... that the Commission ... will report on social aspects ...").

    >>> t = "in which it endorsed the recommendation of the Special Committee on Peacekeeping Operations that the"
    >>> t += " Secretary-General make available a comprehensive report on the issue of sexual exploitation,"
    >>> _recommendation_of(t, len(t))
    'recommendation of the Special Committee on Peacekeeping Operations'
    >>> _recommendation_of("the recommendation of the Committee that was adopted in 2005,", 60) is None
    True

    Where the body stated it may stand between its name and "that", set apart by commas (:data:`_WHERE_STATED`); it
    is read with the name, as it names the document that holds the content:

    >>> t = "Recalling the conclusion of the Court, in its advisory opinion of 9 July 2004, that the construction of"
    >>> t += " the wall in the Occupied Palestinian Territory severely impedes the right to self-determination,"
    >>> _recommendation_of(t, len(t))
    'conclusion of the Court, in its advisory opinion of 9 July 2004'
    """
    head = text[:end].rstrip(" ,;:.")
    clause = head[max(head.rfind(";"), head.rfind("\n")) + 1 :]
    if "that" not in clause:
        return None
    last = _last_match(_RECOMMENDATION_OF, clause)
    if last is None:
        return _body_that(clause)
    that = clause.find(" that ", last.end(), last.end() + _RECOMMENDATION_NAME_SPAN)
    if that < 0 or clause[that + 6 :].split(None, 1)[:1] in ([w] for w in _RELATIVE_AFTER_THAT):
        return None
    named = clause[:that]
    if named.endswith(",") and (aside := _WHERE_STATED.search(named, max(0, that - _WHERE_STATED_SPAN))):
        # "the conclusion of the Court, in its advisory opinion of 9 July 2004, that": the name before the aside
        named = named[: aside.start()]
    found = _walk(named)
    # (a walk may read "decision of the" with the name)
    if found is None or found[1] not in (last.start(), last.end()):
        return None
    return _tidy(clause[last.start() : that])


#: A restrictive relative clause, "that" or "which" with no comma before it, after a word and before its verb (a plain
#: word then an article or a preposition: "that provide a", "which contribute to"; or an auxiliary), running to a mark:
#: "other international conventions of the United Nations Educational, ... Organization that provide a comprehensive
#: framework for ... and acknowledge cultural diversity and economic and social development,". Not "that" before its
#: clause's subject ("that all States", "that education is") nor a demonstrative ("that the", "that organization's").
_RELATIVE_CLAUSE = re.compile(
    r"(?<=[\w)\u2019])\s+(?:that|which)\s+"
    r"(?:(?:is|are|was|were|has|have|had|will|would|shall|should|may|might|can|could|must)\b"
    r"|(?!(?:the|a|an|this|these|those|it|its|they|their|there|such|all|each|every|any|some|no|both|many|most|in|at"
    r"|on|by|for|with|to|of|and|or|not)\b)[a-z]{3,}\s+(?:(?:the|a|an|its|their|to|for|on|in|with|by|at)\b))"
)
#: How far before the mark the "that" or "which" of such a clause is looked for.
_RELATIVE_SPAN = 300
#: What ends such a clause before the mark: a new clause or item of its own (", and particularly its complaint"),
#: another relative, a quote.
_RELATIVE_END = re.compile(
    r"[;:\u201c\u201d\"]|\b(?:that|which|who|whose|whereby)\b"
    r"|,\s+(?:and\s+)?(?:(?:particularly|in\s+particular|especially|notably)\s+)?(?:the|its|their)\s"
)
#: A plural noun naming instruments or documents and "of (the)" before the name a relative clause is on: "other
#: international conventions of the" (United Nations Educational, Scientific and Cultural Organization that ...).
_INSTRUMENTS_OF = re.compile(
    r"\b(?:the|other|its|their)\s+(?P<noun>(?:[a-z][\w-]*\s+){0,3}(?:conventions|instruments|treaties|agreements|"
    r"protocols|declarations|resolutions|decisions|principles|guidelines|standards|recommendations|reports))"
    r"\s+of\s+(?:the\s+)?$"
)

#: The nouns of what a footnote cites, one of which the name a relative clause is on must hold (not "Member States
#: that have not yet become parties to the international treaties ...", "the donors that have made contributions to").
_RELATIVE_HEADS = re.compile(
    r"\b(?:[Cc]onventions?|[Ii]nstruments?|[Tt]reat(?:y|ies)|[Aa]greements?|[Pp]rotocols?|[Dd]eclarations?|"
    r"[Rr]esolutions?|[Dd]ecisions?|[Pp]rinciples|[Gg]uidelines|[Ss]tandards|[Rr]ecommendations|[Rr]eports?|[Pp]lans?|"
    r"[Ff]rameworks?|[Pp]rogrammes?|[Ss]trateg(?:y|ies)|Charter|Statute|Covenants?|Agenda|Compact)\b"
)


def _head_of_relative(text: str, end: int, read: str) -> str | None:
    """The name a restrictive relative clause that runs to the mark at ``text[end]`` is on, when ``read``, what was
    read at the mark, is plain words inside the clause: the clause only says what the name does, as ", which ..."
    does (a cut, :data:`_CUT`), and the footnote cites the name ("the international conventions that provide a
    comprehensive framework for the protection of culture,"). A plural instrument noun before "of the" and the name is
    read with it ("international conventions of the United Nations Educational, ... Organization"). None when no
    such clause runs to the mark or nothing is read before it.

    >>> t = "Recalling the international conventions that provide a comprehensive framework for the protection of culture,"
    >>> _head_of_relative(t, len(t), "protection of culture")
    'international conventions'
    >>> t = "Stressing the importance of ensuring that education promotes tolerance and the protection of culture,"
    >>> _head_of_relative(t, len(t), "protection of culture") is None
    True
    """
    window = text[max(0, end - _RELATIVE_SPAN) : end]
    if read.lower() != read or (" that " not in window and " which " not in window):
        return None
    head = text[:end].rstrip(" ,;:.")
    clause = head[max(head.rfind(";"), head.rfind("\n") + 1, len(head) - _RELATIVE_SPAN) :]
    last = _last_match(_RELATIVE_CLAUSE, clause)
    if (
        last is None
        or _RELATIVE_END.search(clause, last.end()) is not None
        or read not in clause[last.end() :]
    ):
        return None
    before = clause[: last.start()]
    name = anchor_before(before, len(before))
    if name is None or not before.endswith(name):
        return None
    at = len(before) - len(name)
    if name[:1].isupper() and (noun := _INSTRUMENTS_OF.search(before, max(0, at - 60), at)) is not None:
        name = _tidy(before[noun.start("noun") :])
    return name if _RELATIVE_HEADS.search(name) is not None else None


#: A decision, recommendation, proposal, request or conclusion named in plain words, with how it was reached
#: ("adopted by consensus"), and the "that" that opens its content: "the decision adopted by consensus that".
_ACT_THAT = re.compile(
    r"\b(?:the\s+|(?P<owner>(?:its|their)\s+))(?P<act>(?:[a-z]+\s+)?(?:decisions?|recommendations?|proposals?|requests?|conclusions?)"
    r"(?:\s+(?:adopted|taken|made|reached)(?:\s+[a-z]+){0,3})?)\s+that\s+(?P<next>[\w-]+)"
)
#: How far before the mark the "that" of such a content clause is looked for.
_ACT_THAT_SPAN = 300


def _act_with_content(text: str, end: int) -> str | None:
    """A decision (recommendation, proposal, request, conclusion) named in plain words whose content, a "that" clause,
    runs to the mark at ``text[end]`` with no new item in it, or None: the footnote cites the act (the record of the
    meeting that took it), not a phrase the content ends in, as for "the decision of <body> that"
    (:func:`_recommendation_of`); a "that" before "was", "has" ... opens a relative clause on the act, no content.

    >>> t = "Recalls the first Conference of the States Parties, and the decision adopted by consensus that the Committee"
    >>> t += " would continue to monitor the Convention in accordance with its mandate;"
    >>> _act_with_content(t, len(t))
    'decision adopted by consensus'
    >>> _act_with_content("Recalling its decision that the Special Committee should continue its work;", 74)
    'its decision'
    >>> _act_with_content("the decision that was adopted by consensus in accordance with its mandate;", 74) is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    clause = head[max(head.rfind(";"), head.rfind("\n"), 0, end - _ACT_THAT_SPAN) :]
    last = _last_match(_ACT_THAT, clause)
    if (
        last is None
        or last["next"] in _RELATIVE_AFTER_THAT
        or _ACT_NEW_ITEM.search(clause, last.end()) is not None
        or " and the " in clause[last.end() :]
    ):
        return None
    # "its decision", as "its relevant resolutions"
    return " ".join(f"{last['owner'] or ''}{last['act']}".split())


#: A decision (recommendation, proposal, request, conclusion) in plain words "adopted by" a body named with capitalised
#: words, perhaps "at its <ordinal> session", then the "that" of its content: "the decision adopted by the Assembly of the
#: Intergovernmental Oceanographic Commission at its thirty-second session that" (warning systems ... should be ...), or
#: the infinitive that says what it decided: "... at its thirty-second session to establish" (an ad hoc intersessional
#: Working Group ...), "the decisions adopted by the Council to create" (this position).
_ACT_BY_BODY_THAT = re.compile(
    r"\b(?:the\s+|(?P<owner>(?:its|their)\s+))(?P<act>(?:[a-z]+\s+)?(?:decisions?|recommendations?|proposals?|requests?"
    r"|conclusions?)\s+(?:adopted|taken|made|reached)\s+by\s+the\s+[A-Z][\w\u2019'-]*"
    r"(?:\s+(?:[A-Z][\w\u2019'-]*|of|the|and|for|on|in)){0,14}?"
    r"(?:,?\s+at\s+(?:its|their)\s+[a-z][\w-]*\s+(?:regular\s+|special\s+)?(?:session|meeting)s?)?)"
    r"(?:,?\s+that\s+(?P<next>[\w-]+)|\s+to\s+(?!(?:the|a|an|its|their|be)\b)[a-z]{3,}\s)"
)
#: How far before the mark :data:`_ACT_BY_BODY_THAT` is looked for: the body's name and a long content clause.
_ACT_BY_BODY_SPAN = 700


def _act_by_body_with_content(text: str, end: int) -> str | None:
    """A decision (recommendation ...) named in plain words, "adopted by" a body named with capitalised words (and at its
    session), whose content, a "that" clause, runs to the mark at ``text[end]`` with no new item in it
    (:data:`_ACT_BY_BODY_THAT`); or None. The footnote cites the act, as :func:`_act_with_content` reads it when the act
    is adopted "by consensus" ("the decision adopted by consensus that ..."), not a name its content ends in: "Notes the
    decision adopted by the Assembly of the Intergovernmental Oceanographic Commission at its thirty-second session that
    warning systems for tsunamis ... as part of Multi-Hazard Early Warning Systems;¹⁵⁴" (A/RES/79/144 F154), read as
    the same decision is without a content clause (F167).

    >>> t = "Notes the decision adopted by the Assembly of the Intergovernmental Oceanographic Commission at its"
    >>> t += " thirty-second session that warning systems should be coordinated as part of Multi-Hazard Early Warning Systems;"
    >>> _act_by_body_with_content(t, len(t))
    'decision adopted by the Assembly of the Intergovernmental Oceanographic Commission at its thirty-second session'
    >>> t = "Notes the decision adopted by the Assembly that was reached, and the Global Ocean Observing System;"
    >>> _act_by_body_with_content(t, len(t)) is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    clause = head[max(head.rfind(";"), head.rfind("\n"), 0, end - _ACT_BY_BODY_SPAN) :]
    if (" that " not in clause and " to " not in clause) or " by the " not in clause:
        return None
    last = _last_match(_ACT_BY_BODY_THAT, clause)
    if (
        last is None
        or last["next"] in _RELATIVE_AFTER_THAT
        or _ACT_NEW_ITEM.search(clause, last.end()) is not None
        or " and the " in clause[last.end() :]
    ):
        return None
    return _tidy(f"{last['owner'] or ''}{last['act']}")


#: A body's verb of recommending or deciding and the "that" of its content: "the World Conference on Human Rights
#: recommended that" (more resources be made available ...).
_BODY_VERB_THAT = re.compile(
    r"\s+(?:recommended|decided|concluded|proposed|requested|agreed|declared)\s+that\s"
)


def _body_that(clause: str) -> str | None:
    """The body whose recommendation or decision, a verb and its "that" clause, runs to the end of ``clause``, or None:
    the footnote cites the body's report, not what the content names, as for "the recommendation of <body> that".

    >>> _body_that("Recalling that the World Conference on Human Rights recommended that more resources be made"
    ...            " available for the Office of the United Nations High Commissioner for Human Rights")
    'World Conference on Human Rights'
    >>> _body_that("Recalling that it decided that the Office of the High Commissioner for Human Rights") is None
    True
    """
    m = _last_match(_BODY_VERB_THAT, clause)
    if m is None or clause[m.end() :].split(None, 1)[:1] in ([w] for w in _RELATIVE_AFTER_THAT):
        return None
    found = _walk(clause[: m.start()])
    if (
        found is None
        or not found[0][:1].isupper()
        or not (_KNOWN_BODY.match(found[0]) or _OTHER_BODY.match(found[0]))
    ):
        return None
    return _tidy(found[0])


#: A body's decision, call, concern or recommendation, named with the body: what it says or asks follows in plain
#: words ("the decision of the Special Committee in which it expressed its readiness ...", "the call of the Special
#: Rapporteur upon political leaders and parties to ...").
_ACT_OF_BODY = re.compile(
    r"\b(?:decisions?|calls?|concerns?|recommendations?|appeals?|proposals?|invitations?)\s+of\s+the\s+(?=[A-Z])"
)
#: What opens the content of such an act after the body's name: a relative clause, an infinitive, the object of the
#: call or concern, where it was presented (not a title's "for"/"on" before a capitalised word).
_ACT_CONTENT = re.compile(
    r"\s+(?:in\s+which|by\s+which|whereby|to\s+(?!the\b|a\b|an\b|its\b|their\b|be\b)[a-z]{3,}"
    r"|(?:for|upon|regarding|concerning)\s+(?:the\s+|a\s+|an\s+)?[a-z]|presented\s+(?:at|to|in)|made\s+(?:at|in))"
)
#: How far after "decision of the" the content may open (the body's name between: "the Ninth Review Conference of
#: the States Parties to the Convention on the Prohibition of the Development, ... and on Their Destruction").
_ACT_NAME_SPAN = 300


def _act_of_body(text: str, end: int) -> str | None:
    """A body's act (decision, call, concern, recommendation), named with the body, whose content in plain words
    runs from right after the body's name to the mark at ``text[end]``, or None: the footnote cites the body's
    report or record of the act, not a name or a plain phrase the content ends in.

    >>> t = "Recalls the concern of the Special Rapporteur regarding the resurgence of neo-Nazism in contemporary"
    >>> t += " times and growing support for and acceptance of neo-Nazism;"
    >>> _act_of_body(t, len(t))
    'concern of the Special Rapporteur'
    >>> t = "Welcoming the decision of the Commission on the Status of Women to encourage the secretariat to continue"
    >>> t += " its work, in compliance with the rules of procedure of the Economic and Social Council,"
    >>> _act_of_body(t, len(t))
    'decision of the Commission on the Status of Women'
    >>> _act_of_body("Recalling the decision of the Commission on Narcotic Drugs,", 59) is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    clause = head[max(head.rfind(";"), head.rfind("\n")) + 1 :]
    last = _last_match(_ACT_OF_BODY, clause)
    if last is None:
        return None
    content = None
    for m in _ACT_CONTENT.finditer(clause, last.end(), min(len(clause), last.end() + _ACT_NAME_SPAN)):
        found = _walk(clause[: m.start()])
        if found is None or found[1] > last.end():  # (the walk may run on back over "decision of the")
            break  # the body's name ended before: the content opened at the match before
        content = m
    if content is None or _ACT_NEW_ITEM.search(clause, content.end()):
        return None
    return _tidy(clause[last.start() : content.start()])


#: A new item in the content of an act: the mark closes that item ("... the appeal of the Secretary-General of 3
#: December in which the Secretary-General proffered his good offices, and their replies to his previous appeals,²⁶").
_ACT_NEW_ITEM = re.compile(r",\s+and\s+(?:the|its|their|his|her)\s")


#: A body's name, the session at which it acted set apart by commas, and what it did (a verb in the past tense), or
#: the mark right after the session: "the Committee on Fisheries, at its thirty-third session, emphasized ...", "the
#: Governing Body of the International Labour Organization, at its 344th session,".
_BODY_AT_SESSION = re.compile(
    r",\s+at\s+its\s+(?P<session>[\w-]+(?:\s+[\w-]+)?\s+session),(?:\s+(?:also\s+)?[a-z]+ed\b(?P<did>.*))?$"
)
#: How far before the mark the session is looked for.
_BODY_AT_SESSION_SPAN = 400


def _body_at_session(text: str, end: int, read: str) -> str | None:
    """The body and the session at which it acted (:data:`_BODY_AT_SESSION`) when what it did runs to the mark at
    ``text[end]`` and names no document (``read``, the name read there, is plain words or the session), or None.

    >>> t = "Recalls that the Committee on Fisheries, at its thirty-third session, emphasized the need to ensure"
    >>> t += " comparability of reporting indicators;"
    >>> _body_at_session(t, len(t), "need")
    'Committee on Fisheries, at its thirty-third session'
    >>> t = "the Committee on Fisheries, at its thirty-sixth session, welcomed the discussions under the United Nations"
    >>> t += " Framework Convention on Climate Change,"
    >>> _body_at_session(t, len(t), "United Nations Framework Convention on Climate Change") is None
    True
    """
    head = text[max(0, end - _BODY_AT_SESSION_SPAN) : end].rstrip(" ,;:.")
    head = " ".join(head[max(head.rfind(";"), head.rfind("\n")) + 1 :].split()) + ","
    at = head.rfind(", at its ")  # the last session named: the one that what runs to the mark is about
    m = _BODY_AT_SESSION.match(head, at) if at >= 0 else None
    if m is None:
        return None
    if m["did"] is None:
        if fold(read) not in fold(f"its {m['session']}"):
            return None
    elif any(c.isupper() or c.isdigit() for c in read) or " " not in m["did"]:
        return None  # what it did names something: that carries the mark
    found = _walk(head[: m.start()])
    if found is None or found[1] + len(found[0]) < m.start() - 1:
        return None
    return f"{_tidy(found[0])}, at its {' '.join(m['session'].split())}"


#: What a body did at its session, read as a qualifier of plain words right before the mark: "... relating to the digital
#: economy as reaffirmed by the Commission at its fifty-third session,". Only verbs that say what the body held or
#: asked, not what it adopted ("as adopted by" follows a document's own name). The body is capitalised words.
_AS_DONE_BY_AT_SESSION = re.compile(
    r"\sas\s+(?:also\s+)?(?:reaffirmed|recommended|agreed|decided|requested|noted|stressed|emphasized|recognized"
    r"|underlined|reiterated|expressed)\s+by\s+(?:the\s+)?(?P<body>[A-Z][\w\u2019'-]*(?:\s+(?:[A-Z][\w\u2019'-]*|of|on"
    r"|the|and|for))*)\s+at\s+its\s+(?P<session>[\w-]+(?:\s+[\w-]+)?\s+session),$"
)


def _as_done_by_at_session(text: str, end: int, read: str) -> str | None:
    """The body and the session at which it held or asked what the plain words before "as" say
    (:data:`_AS_DONE_BY_AT_SESSION`), when the mark at ``text[end]`` closes that session and ``read``, the name read
    there, is plain words (no name, instrument or document of its own), or None.

    >>> t = "including on legal issues relating to the digital economy as reaffirmed by the Commission at its fifty-"
    >>> t += "third session,"
    >>> _as_done_by_at_session(t, len(t), "coordination of and cooperation")
    'Commission at its fifty-third session'
    >>> t = "the Political Declaration as adopted by the General Assembly at its sixty-fourth session,"
    >>> _as_done_by_at_session(t, len(t), "Political Declaration") is None
    True
    """
    if any(c.isupper() or c.isdigit() for c in read):
        return None  # a name read at the mark carries it
    head = text[max(0, end - _BODY_AT_SESSION_SPAN) : end].rstrip(" ,;:.")
    head = " ".join(head[max(head.rfind(";"), head.rfind("\n")) + 1 :].split()) + ","
    at = head.rfind(" as ")
    m = _AS_DONE_BY_AT_SESSION.match(head, at) if at >= 0 else None
    if m is None:
        return None
    return f"{m['body']} at its {m['session']}"


#: A body's session or meeting set apart by commas and the document it adopted, approved or endorsed there (its
#: noun after at most three plain words), running on to the end: ", at its ninth meeting, adopted scientific criteria
#: for identifying ... and deep-sea habitats and scientific guidance for selecting areas ..., including in open-ocean
#: waters and deep-sea habitats". The object ends at a comma; an inclusion (", including ...") may follow it.
_ADOPTED_AT_SESSION = re.compile(
    r",\s+at\s+its\s+[\w-]+(?:\s+[\w-]+)?\s+(?:session|meeting),\s+(?:also\s+)?(?:adopted|approved|endorsed)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?P<object>(?:[a-z][\w-]*\s+){0,3}?"
    r"(?:criteria|guidelines|guidance|(?:action\s+|work\s*|strategic\s+)?plans?|programmes?|principles"
    r"|recommendations|rules|standards|strateg(?:y|ies)|framework|road\s+map|code\s+of\s+conduct)\b[^,;:]*)"
    r"(?:,\s+including\s[^;:]*)?$"
)
#: How far before the mark :data:`_ADOPTED_AT_SESSION` is looked for.
_ADOPTED_AT_SESSION_SPAN = 500


def _adopted_at_session(text: str, end: int, read: str) -> str | None:
    """The document a body adopted at a session or meeting named between commas (:data:`_ADOPTED_AT_SESSION`), when
    it runs on to the mark at ``text[end]`` and ``read``, the name read there, is plain words (the session, a word of
    the object), or None: what was adopted is what the footnote sources, not the session ("Recalls that the Conference
    of the Parties to the Convention on Biological Diversity, at its ninth meeting, adopted scientific criteria for
    identifying ... deep-sea habitats,¹⁴⁰"). (:func:`_body_at_session` reads the body and its session when what it did
    names no document: "..., at its thirty-third session, emphasized the need to ensure ...".)

    >>> t = "Recalls that the Conference of the Parties, at its ninth meeting, adopted scientific criteria for"
    >>> t += " identifying significant marine areas, including in open-ocean waters and deep-sea habitats,"
    >>> _adopted_at_session(t, len(t), "its ninth meeting")
    'scientific criteria for identifying significant marine areas'
    >>> t = "Recalls that the Committee on Fisheries, at its thirty-third session, emphasized the need to ensure it,"
    >>> _adopted_at_session(t, len(t), "need") is None
    True
    """
    if any(c.isupper() or c.isdigit() for c in read):
        return None  # a name read at the mark carries it
    found = _last_in_clause(_ADOPTED_AT_SESSION, text, end, _ADOPTED_AT_SESSION_SPAN, ", at its ")
    return None if found is None else _tidy(found[1]["object"])


#: A statement, invitation or the like and the one who made it, after "made by", "extended by" ... or a bare "by": "the
#: statement made by the President of French Polynesia", "the invitation extended by the President of ...", "the
#: statement by the Co-Chair of the Preparatory Commission", "the appeals addressed by the Secretary-General"; a court's
#: opinion or judgment "rendered by" it, and the date it was made on before "by": "the advisory opinion rendered on
#: 9 July 2004 by the International Court of Justice", "the statement issued on 3 May 2020 by the"; a body's own
#: officer after "by its": "the relevant statements by its President"; a note "by" or "provided by" its author (the
#: document's own title: "the note by the Secretariat"; not "take note by"); proposals, a report or a memorandum
#: "submitted (to them) by" (or just "by") a State's representative or a body: "the proposals submitted to them by the
#: representative of the United States of America" (S/RES/67 (1949) F6; the name read at the mark is the State's, a
#: part of who submitted them).
_MADE_BY = re.compile(
    r"\b(?:statements?|invitations?|announcements?|offers?|appeals?|declarations?|communiqu\w+"
    r"|(?:advisory\s+)?opinions?|judgments?|(?<![Tt]ake\s)(?<![Tt]akes\s)(?<![Tt]aking\s)(?<![Tt]aken\s)"
    r"(?P<note>notes?)(?=\s+(?:provided\s+)?by\s)"
    r"|(?:proposals?|reports?|memorand(?:um|a))(?=\s+(?:submitted\s+(?:to\s+(?:them|it|him)\s+)?)?by\s))\s+"
    r"(?:(?P<made>made|extended|delivered|issued|given|conveyed|addressed|rendered|provided|submitted)"
    rf"(?:\s+on\s+{_FULL_DATE}|\s+to\s+(?:them|it|him))?\s+)?by\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:representatives?\s+of\s+(?:the\s+)?)?(?=[A-Z])"
)
#: Where the name of the one who made it may end: a comma or a word that opens what qualifies the act (where,
#: when, to whom it was made: "in the Special Political ...", "at the seventy-eighth session", "on 8 December
#: 1978", "to the Special Committee to send a visiting mission ...").
_MADE_BY_END = re.compile(
    r",|\s(?:in|at|on|to|before|during|for|from|with|when|as|concerning|regarding|that|which|who)\s"
)
#: How far after "made by the" the name of the one who made it may end.
_MADE_BY_SPAN = 150


def _made_by(text: str, end: int, read: str) -> str | None:
    """A statement, invitation or the like "made by" (or just "by") someone named, whose qualifiers (where, when, to
    whom it was made) run on from the name to the mark at ``text[end]``, when ``read``, the name read there, lies after
    "made by" (the one who made it, or a body, place, session or occasion the qualifiers name: "at the closing of the
    organizational meeting of the Commission"); or None. The footnote cites the record of the act: "statement made by
    the President of French Polynesia", read up to the end of the name of the one who made it, without the
    qualifiers. A verb of its own that the mark's clause has after the statement ("..., supports the efforts to
    address piracy in the Gulf of Guinea,") governs something else, which the mark is on. A note "provided by" someone
    is read so too, with the words that say what kind of note it is ("the procedural options note provided by the
    Secretary-General at the eightieth session of the General Assembly;").

    >>> t = "Taking note of the statement made by the President of French Polynesia in the Special Political and"
    >>> t += " Decolonization Committee (Fourth Committee), at the seventy-eighth session of the General Assembly,"
    >>> _made_by(t, len(t), "General Assembly")
    'statement made by the President of French Polynesia'
    >>> t = "Noting the statement made by the President of the Security Council on 8 December 1978 (S/12958),"
    >>> _made_by(t, len(t), "President of the Security Council on 8 December 1978 (S/12958)")
    'statement made by the President of the Security Council'
    >>> t = "Takes note of the statement by the Co-Chair of the Preparatory Commission at the closing of the"
    >>> t += " organizational meeting of the Commission;"
    >>> _made_by(t, len(t), "closing of the organizational meeting of the Commission")
    'statement by the Co-Chair of the Preparatory Commission'
    >>> t = "and the reports of the Ad Hoc Committee, as well as the note by the Secretariat"
    >>> _made_by(t, len(t), "Secretariat")
    'note by the Secretariat'
    >>> t = "Recalling the statement made by the President of the Council, and the report of the Secretary-General,"
    >>> _made_by(t, len(t), "Secretary-General") is None
    True
    >>> t = "notes the statement by the President of the Council of 25 April 2016, supports the efforts to address"
    >>> t += " piracy in the Gulf of Guinea,"
    >>> _made_by(t, len(t), "Gulf of Guinea") is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    clause = head[max(head.rfind(";"), head.rfind("\n")) + 1 :]
    if " by " not in clause:
        return None
    last = _last_match(_MADE_BY, clause)
    if last is None and _RENDERED_BY.search(clause):
        return _opinion_rendered_by(clause, read)
    if last is None or fold(read) not in fold(clause[last.end() :]):
        return None
    if last["made"] is None and (
        _ACT_NEW_ITEM.search(clause, last.end()) or _verb_end(clause) > last.start()
    ):
        # a bare "by": a new item, or a verb of its own after the statement (", supports the efforts ..."); an act
        # "rendered by" the Court runs on through what it determined (", and the Court's determination ...")
        return None
    name_end = len(clause)
    for m in _MADE_BY_END.finditer(clause, last.end(), min(len(clause), last.end() + _MADE_BY_SPAN)):
        name_end = m.start()
        break
    found = _walk(clause[:name_end])
    if found is None or found[1] != last.end():
        return None  # no name right after "made by the" ("made by a number of States")
    if any(
        not _part_of_act(clause, item.end(), found[0]) for item in _ACT_NEW_ITEM.finditer(clause, name_end)
    ):
        return None
    if ", and " in clause[name_end:] and _coordinated_verb(clause, name_end):
        return None  # "..., and noting in particular the reply of the Court, ...,⁸": a clause of its own
    start = last.start()
    if (
        last["note"] is not None
        and (kind := _NOTE_KIND.search(clause, max(0, start - 60), start)) is not None
    ):
        start = kind.start("kind")  # "the procedural options note provided by the Secretary-General"
    return _tidy(clause[start:name_end])


#: The verbs a court's act is made with, before "by" the court ("rendered by", "issued by", "delivered by").
_RENDERED_BY = re.compile(r" (?:rendered|issued|delivered) by ")
#: A court's opinion or judgment named by its subject, then ", rendered by" (or "issued by", "delivered by") the court
#: (and the date, before "by"): "the advisory opinion on the responsibilities and obligations of States sponsoring
#: persons and entities with respect to activities in the Area, rendered by the" (A/RES/79/144 F34; "issued by the" in
#: A/RES/78/69 F41). (:data:`_MADE_BY` knows these verbs only right after the noun.)
_OPINION_RENDERED_BY = re.compile(
    r"\b(?:advisory\s+)?(?:opinions?|judgments?)\s+(?:on|of|concerning|regarding)\s[^;:\u201c\u201d]{1,250}?,?"
    rf"\s+(?P<verb>rendered|issued|delivered)(?:\s+on\s+{_FULL_DATE})?\s+by\s+(?:the\s+)?(?=[A-Z])"
)


def _opinion_rendered_by(clause: str, read: str) -> str | None:
    """A court's opinion or judgment named by its subject and "rendered by" the court (:data:`_OPINION_RENDERED_BY`),
    read up to the end of the court's name, when ``read``, the name read at the end of ``clause`` (the clause that ends
    at the mark), is the court or what qualifies the act after it (when it was rendered); else None. The footnote cites
    the opinion, not the court: "the advisory opinion on the responsibilities ... in the Area, rendered by the Seabed
    Disputes Chamber of the Tribunal on 1 February 2011;³⁴" (A/RES/79/144 F34), read with who rendered it as
    :func:`_made_by` reads a statement.

    >>> c = "Recalls the relevance of the advisory opinion on the obligations of States in the Area, rendered by the"
    >>> c += " Seabed Disputes Chamber of the Tribunal on 1 February 2011"
    >>> _opinion_rendered_by(c, "Seabed Disputes Chamber of the Tribunal")
    'advisory opinion on the obligations of States in the Area, rendered by the Seabed Disputes Chamber of the Tribunal'
    >>> c = "the advisory opinion on climate change and international law rendered by the International Tribunal for the"
    >>> _opinion_rendered_by(c + " Law of the Sea on 21 May 2024", "International Tribunal for the Law of the Sea")
    'advisory opinion on climate change and international law rendered by the International Tribunal for the Law of the Sea'
    >>> c = "the advisory opinion on the obligations of States in the Area, issued by the Seabed Disputes Chamber of"
    >>> _opinion_rendered_by(c + " the Tribunal on 1 February 2011", "Area")
    'advisory opinion on the obligations of States in the Area, issued by the Seabed Disputes Chamber of the Tribunal'
    >>> c = "Welcomes the advisory opinion on climate change rendered by the Tribunal, and the Court of Justice"
    >>> _opinion_rendered_by(c, "Court of Justice") is None
    True
    """
    last = _last_match(_OPINION_RENDERED_BY, clause)
    if last is None:
        return None
    if fold(read) not in (rest := fold(clause[last.end() :])):
        if not fold(clause[last.start() : last.start("verb")]).rstrip(" ,").endswith(fold(read)):
            return None  # the name read at the mark is neither the court nor the end of the act's subject
    elif rest.startswith(fold(read)):
        # the court's name, as read at the mark ("the International Tribunal for the Law of the Sea on 21 May 2024")
        return _tidy(clause[last.start() : last.end()] + read)
    name_end = len(clause)
    for m in _MADE_BY_END.finditer(clause, last.end(), min(len(clause), last.end() + _MADE_BY_SPAN)):
        name_end = m.start()
        break
    found = _walk(clause[:name_end])
    if found is None or found[1] != last.end() or clause[name_end:].lstrip().startswith(","):
        return None  # no name right after "rendered by the", or a new item after it
    return _tidy(clause[last.start() : name_end])


#: A request (call, invitation, appeal) "by" a body "to" the one asked, both named with capitalised words, then what the
#: one asked is to do, an infinitive, perhaps after an aside set apart by commas: "the request by the United Nations
#: Environment Assembly to the Executive Director of the United Nations Environment Programme, subject to the
#: availability of resources and benefiting from the work of existing mechanisms, to immediately strengthen". The body
#: may be followed by its session and, set apart by commas, the paragraph of its resolution that made the request: "the
#: request by the United Nations Environment Assembly at its second session, in paragraph 6 of its resolution 2/10 of
#: 27 May 2016, to the United Nations Environment Programme to step up" (A/RES/78/69 F102; read with the aside).
_REQUEST_BY_TO = re.compile(
    r"\b(?P<act>(?:requests?|calls?|invitations?|appeals?)\s+by\s+the\s+[A-Z][\w\u2019'-]*"
    r"(?:\s+(?:[A-Z][\w\u2019'-]*|of|the|and|for|on|in)){0,12}?"
    rf"(?:\s+at\s+its\s+{_ORDINAL}\s+session)?"
    rf"(?:,\s+in\s+paragraphs?\s+\d{{1,3}}\s+of\s+its\s+(?:resolution|decision)\s+\d{{1,4}}/\d{{1,4}}"
    rf"(?:\s+of\s+{_FULL_DATE})?,)?"
    r"\s+to\s+the\s+[A-Z][\w\u2019'-]*"
    r"(?:\s+(?:[A-Z][\w\u2019'-]*|of|the|and|for|on|in)){0,14}?)"
    r"(?:,\s+[a-z][^,;:()\u201c\u201d\"]{0,200},)?\s+to\s+(?:[a-z]+ly\s+)?[a-z]{3,}\b"
)
#: How far before the mark :data:`_REQUEST_BY_TO` is looked for.
_REQUEST_BY_TO_SPAN = 600


def _request_by_to(text: str, end: int, read: str) -> str | None:
    """A request "by" a body "to" the one asked, whose infinitive (what is asked, perhaps after an aside set apart by
    commas) runs to the mark at ``text[end]`` (:data:`_REQUEST_BY_TO`), when ``read``, the name read there, lies after
    the request's addressee; or None. The footnote cites the request (the resolution that made it), not a phrase in the
    aside or in what is asked: "Welcomes the request by the United Nations Environment Assembly to the Executive
    Director of the United Nations Environment Programme, subject to the availability of resources and benefiting from
    the work of existing mechanisms, to immediately strengthen ... marine plastic litter and microplastics; ¹¹⁷"
    (A/RES/79/144 F117).

    >>> t = "Welcomes the request by the United Nations Environment Assembly to the Executive Director of the United"
    >>> t += " Nations Environment Programme, subject to the availability of resources and benefiting from the work of"
    >>> t += " existing mechanisms, to immediately strengthen scientific knowledge with regard to marine litter;"
    >>> _request_by_to(t, len(t), "work of existing mechanisms")
    'request by the United Nations Environment Assembly to the Executive Director of the United Nations Environment Programme'
    >>> t = "Acknowledges the request by the United Nations Environment Assembly at its second session, in paragraph 6"
    >>> t += " of its resolution 2/10 of 27 May 2016, to the United Nations Environment Programme to step up its work,"
    >>> t += " including through its Regional Seas Programme, on assisting countries in marine spatial planning;"
    >>> _request_by_to(t, len(t), "Regional Seas Programme")
    'request by the United Nations Environment Assembly at its second session, in paragraph 6 of its resolution 2/10 of 27 May 2016, to the United Nations Environment Programme'
    >>> t = "Welcomes the request by the Assembly to the Executive Director to strengthen knowledge, and the report of"
    >>> t += " the Secretary-General;"
    >>> _request_by_to(t, len(t), "Secretary-General") is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    start = max(head.rfind(";"), head.rfind("\n"), len(head) - _REQUEST_BY_TO_SPAN) + 1
    if " by the " not in head[start:] or " to the " not in head[start:]:
        return None
    last = _last_match(_REQUEST_BY_TO, head, start)
    if last is None or _ACT_NEW_ITEM.search(head, last.end()) is not None:
        return None
    at = fold(head).rfind(fold(read))
    if at < last.start("act"):
        return None  # the name read at the mark comes before the request
    return _tidy(last["act"])


#: A declaration in plain words by a body named with capitalised words, on a subject in plain words that ends the clause:
#: "the high-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review". (Its plain modifiers are
#: read with it; the subject holds no capitalised word, no new item and no clause.)
_DECLARATION_BY_ON = re.compile(
    r"\b(?:the|its|their)\s+(?P<name>(?:(?!(?:the|its|their|of|and|a|an)\b)[a-z\d][\w-]*\s+){0,2}declarations?\s+by\s+"
    r"the\s+[A-Z][\w-]*(?:\s+(?:(?:on|of|for|and)\s+)?[A-Z][\w-]*)*\s+on\s+(?:the\s+)?[a-z\d][^;:,()A-Z]{0,120})$"
)
#: A participle after a comma that only relates a declaration named before it to an earlier instrument, up to the end
#: of a head: ", following up to the Ministerial Declaration of 2019" (the declaration carries the mark, the one it
#: follows up is named as an item of its own; not ", building on the Addis Ababa Action Agenda,¹³", whose object may
#: be what the mark is on, as in A/RES/80/3).
_FOLLOWING_UP = re.compile(r",\s+following\s+up\s+(?:to|on)\s+(?:the\s+)?[A-Z][^;:,()\u201c\u201d\"]{0,150}$")
#: How far before the end of a head :data:`_FOLLOWING_UP` is looked for.
_FOLLOWING_UP_SPAN = 180
#: What ends a subject in plain words: a new item or a clause of its own.
_DECLARATION_BY_ON_NEW_ITEM = re.compile(r"\b(?:and|which|that|who|whose|including|as)\b")
#: How far before the mark the declaration is looked for.
_DECLARATION_BY_ON_SPAN = 300


def _declaration_by_on(text: str, end: int) -> str | None:
    """A declaration by a body on a subject in plain words (:data:`_DECLARATION_BY_ON`) that runs on to the mark at
    ``text[end]``, read whole with its modifiers, the body and the subject; else None. The subject names it, as the
    subject of a report does ("the report of the Secretary-General on ..."); the body alone, or the noun and the body,
    is only part of its name.

    >>> t = "as well as the high-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review,"
    >>> _declaration_by_on(t, len(t))
    'high-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review'
    >>> t = "the high-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review, following up to"
    >>> t += " the Ministerial Declaration of 2019,"
    >>> _declaration_by_on(t, len(t))
    'high-level declaration by the Commission on Narcotic Drugs on the 2024 midterm review'
    >>> t = "the declaration by the Commission on Narcotic Drugs on the review and the Political Declaration,"
    >>> _declaration_by_on(t, len(t)) is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    if " following up " in head[-_FOLLOWING_UP_SPAN:]:
        # "..., following up to the Ministerial Declaration of 2019": what it follows up is no part of it
        tail = _FOLLOWING_UP.search(head, max(0, len(head) - _FOLLOWING_UP_SPAN))
        head = head if tail is None else head[: tail.start()]
    start = max(head.rfind(";"), head.rfind("\n"), len(head) - _DECLARATION_BY_ON_SPAN, 0)
    m = _DECLARATION_BY_ON.search(head, start)
    if m is None:
        return None
    subject = m["name"].rfind(" on ")
    if _DECLARATION_BY_ON_NEW_ITEM.search(m["name"], subject) is not None:
        return None
    return _tidy(m["name"])


#: The plain words that say what kind of note it is, after "the" and before "note": "the procedural options ".
_NOTE_KIND = re.compile(
    r"\b(?:the|its|their|a)\s+(?P<kind>(?:(?!(?:of|on|and|or|for|to|in|by|with|at|that|which)\b)[a-z][\w-]*\s+){1,3})$"
)


#: A statement or the like made by the representatives (or Governments) of States whose list runs on to the end: "the joint
#: statement issued in Moscow on 8 July 1993 by the representatives of Portugal, the Russian Federation and the United
#: States of America"; where and when it was made may stand before "by".
_MADE_BY_STATES = re.compile(
    r"\b(?P<act>(?:(?:joint|press)\s+)?(?:statements?|communiqu\w+|declarations?|appeals?)\s+"
    r"(?:made|issued|signed|adopted|delivered)(?:\s+(?:in|at)\s+[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,2})?"
    rf"(?:\s+on\s+{_FULL_DATE})?)\s+by\s+the\s+(?:representatives|Governments)\s+of\s+"
    r"(?P<states>(?:the\s+)?[A-Z][\w\u2019'.-]*(?:(?:\s+|,\s+|\s+and\s+)(?:the\s+|of\s+)?[A-Z][\w\u2019'.-]*)*)$"
)
#: How far before the mark such a statement may be named.
_MADE_BY_STATES_SPAN = 300


def _made_by_states(text: str, end: int) -> str | None:
    """The statement made by the representatives or Governments of States whose list runs on to the mark at
    ``text[end]`` (:data:`_MADE_BY_STATES`), read with where and when it was made, without the list, or None: the list
    says who made it, and the footnote cites the statement, not the last State named.

    >>> t = "Welcoming also the joint statement issued in Moscow on 8 July 1993 by the representatives of Portugal, the"
    >>> t += " Russian Federation and the United States of America,"
    >>> _made_by_states(t, len(t))
    'joint statement issued in Moscow on 8 July 1993'
    >>> t = "Welcoming the joint statement issued by the representatives of Portugal on the peace process,"
    >>> _made_by_states(t, len(t)) is None
    True
    """
    found = _last_in_clause(_MADE_BY_STATES, text, end, _MADE_BY_STATES_SPAN, " by the ")
    # on one line, with its date ("issued in Moscow on 8 July 1993" says which statement it is, as "letter dated" does)
    return " ".join(found[1]["act"].split()) if found is not None else None


#: What an act's own parts open with after ", and": "its" (the act's: "..., and its reaffirmation that ..."), or the
#: possessive of a word of the name of the one who made it ("the International Court of Justice ..., and the Court’s
#: determination, inter alia, that ...").
_PART_OF_ACT = re.compile(r"(?<=its\s)|(?<=the\s)(?P<owner>[A-Z][\w-]*)[\u2019']s\s")


def _part_of_act(clause: str, at: int, name: str) -> bool:
    """Whether what ", and its ..." or ", and the <owner>’s ..." opens at ``clause[at]`` (after :data:`_ACT_NEW_ITEM`)
    is a part of an act made by ``name`` (:func:`_made_by`), not a new item: its owner is the act or the one who made
    it, and no document is named from there on to the mark ("..., and the Court’s determination, inter alia, that
    ..., and its reaffirmation that ...,⁹": the advisory opinion carries the mark; not "..., and its report on ...").

    >>> c = "the advisory opinion rendered by the International Court of Justice, and the Court’s determination that"
    >>> _part_of_act(c, 77, "International Court of Justice"), _part_of_act(c, 77, "Secretary-General")
    (True, False)
    """
    m = _PART_OF_ACT.match(clause, at)
    if m is None or (m["owner"] is not None and m["owner"] not in name.split()):
        return False
    return _HEAD_NOUN.search(clause, at) is None and _INSTRUMENT_NOUNS.search(clause, at) is None


# ---- letters, notes and what was sent ----------------------------------------------------------------------------


#: A dated letter or note that opens a clause, set apart by commas, as where what the clause reports was said: "Noting
#: that, in a letter dated 30 June 2023 addressed to the President of the General Assembly, the President of ...".
_DATED_LETTER_OPENING = re.compile(
    r"\s*(?:\d{1,3}\.\s+)?[A-Z][a-z]+(?:\s+(?:also|further|with\s+[a-z]+))?\s+that,?\s+(?:in|by)\s+"
    r"(?:a|the|its|his|her|their)\s+(?P<doc>(?:letters?|notes?|communications?)\s+dated\s+\d{1,2}\s+"
    rf"{_MONTH}\s+\d{{4}})(?:\s+(?:addressed\s+to|from)\s[^,;:]{{1,150}})?,\s"
)


def _dated_letter_opening(text: str, end: int) -> str | None:
    """The dated letter or note that opens the clause the mark at ``text[end]`` closes ("Noting that, in a letter
    dated 30 June 2023 addressed to ..., the President of the conference drew attention to ...,⁴": what the clause
    reports is what the letter says, and the footnote cites the letter), or None.

    >>> t = "Noting that, in a letter dated 30 June 2023 addressed to the President of the General Assembly, the"
    >>> t += " President of the conference drew attention to the desire expressed by several delegations,"
    >>> _dated_letter_opening(t, len(t))
    'letter dated 30 June 2023'
    >>> t = "Noting that the letter dated 30 June 2023 was circulated to all delegations,"
    >>> _dated_letter_opening(t, len(t)) is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    clause_start = max(head.rfind(";"), head.rfind("\n")) + 1
    if "dated" not in head[clause_start : clause_start + 120]:
        return None
    m = _DATED_LETTER_OPENING.match(head, clause_start)
    return _tidy(m["doc"]) if m is not None and m.end() < len(head) else None


#: A letter or note named by its date or by its sender ("letter dated 5 May 1978", "note dated 31 October 1979", "letter
#: of the Permanent Representative of Kenya"): who sent it, to whom, on whose behalf and what it transmits may follow.
_LETTER = re.compile(
    r"\b(?:letters?|notes?|communications?|telegrams?|messages?)\s+"
    rf"(?:dated\s+{_FULL_DATE}|(?<=letter\s)of\s+the\s+(?=[A-Z])|(?<=letters\s)of\s+the\s+(?=[A-Z])"
    # "its letters addressed to the Security Council on 7 May": named by to whom and when they were sent
    r"|(?<=letter\s)addressed\s+to\s+the\s+(?=[A-Z])|(?<=letters\s)addressed\s+to\s+the\s+(?=[A-Z]))"
)
#: What ends a letter's tail before the mark: a new item (", the", "and the", "as well as"), a clause ("which",
#: "that"), a numbered resolution or a title in quotes; the footnote then sources what the tail names.
_LETTER_TAIL_END = re.compile(
    r"[;\u201c\u201d\"]|,\s+(?:and\s+)?(?:the|its|his|her|their)\s|\band\s+(?:the|its|his|her|their)\s"
    r"|\b(?:which|that|whereby|who|resolutions?|decisions?|as\s+well\s+as)\b"
    r"|\s(?:was|were|is|are|has|have|had|will|would|shall|should|may|might|can|could|must)\s"
)
#: How far before the mark the letter may be named.
_LETTER_SPAN = 300
#: The dates of letters in a series at the end of a letter's tail, each with its own mark: "on 7 May, 30 May and 11 June
#: 1979" (the last date is the last mark's).
_LETTER_DATES = re.compile(
    rf"\son\s+\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?"
    rf"(?:(?:,\s*|\s+and\s+)(?P<last>\d{{1,2}}\s+{_MONTH}(?:\s+\d{{4}})?))+$"
)


def _letter_with_tail(text: str, end: int, read: str) -> str | None:
    """The letter or note whose tail (from whom, to whom, on whose behalf, what it transmits) runs on to the mark at
    ``text[end]``, when ``read``, the name read there, lies in that tail (the sender, the one it transmits from, the
    group it speaks for), or None: the footnote sources the letter, read from its noun to the mark, without the
    addressee (as a letter "addressed to" someone is read without it).

    >>> t = "Having considered the letter dated 5 May 1978 from the Permanent Representative of Zambia on behalf of the"
    >>> t += " Group of African States at the United Nations,"
    >>> _letter_with_tail(t, len(t), "Group of African States at the United Nations")
    'letter dated 5 May 1978 from the Permanent Representative of Zambia on behalf of the Group of African States at the United Nations'
    >>> t = "Taking note of the letter dated 11 April 2023 from the Chair of the Commission addressed to the President"
    >>> t += " of the thirty-third Meeting of States Parties,"
    >>> _letter_with_tail(t, len(t), "States Parties")
    'letter dated 11 April 2023 from the Chair of the Commission'
    >>> t = "Recalling the letter dated 5 May 1978 from the Chair, and the report of the Secretary-General,"
    >>> _letter_with_tail(t, len(t), "report of the Secretary-General") is None
    True
    """
    start = max(0, end - _LETTER_SPAN)
    if "letter" not in text[start:end] and "dated" not in text[start:end]:
        return None
    head = text[:end].rstrip(" ,;:.")
    floor = max(head.rfind(";"), head.rfind("\n"), start) + 1
    last = _last_match(_LETTER, head, floor)
    if last is None:
        return None
    tail = head[last.end() :]
    if not tail.strip() or fold(read) not in fold(tail) or _LETTER_TAIL_END.search(tail):
        return None
    if " on " in tail and (dates := _LETTER_DATES.search(tail)) is not None:
        # "its letters addressed to the Security Council on 7 May,²³ 30 May²⁴ and 11 June 1979,²⁵": each later mark
        # carries its own date, as after "its letters of 7 May,²³"
        return dates["last"]
    if (addressed := tail.find(" addressed to ")) >= 0:
        # "... from the Chair of the Commission addressed to the President of ...": the letter, not its addressee
        tail = tail[:addressed]
    return _tidy(head[last.start() : last.end()] + tail)


#: A request, appeal or letter and the participle of its sending before to whom it was sent: "the request communicated
#: to the" (Government of Egypt ...), "the appeal transmitted to the".
_SENT_TO = re.compile(
    r"\b(?:requests?|appeals?|proposals?|letters?|notes?|messages?|communications?|cables?|telegrams?)\s+"
    r"(?:communicated|transmitted|addressed|sent|delivered)\s+to\s+the\s+(?=[A-Z])"
)
#: What ends the tail of such a document before the mark: a new item or clause, but not a second addressee ("and the
#: Provisional Government of Israel").
_SENT_TAIL_END = re.compile(
    r"[;:\u201c\u201d\"]|,\s+(?:and\s+)?(?:the|its|his|her|their)\s|\band\s+(?:the|its|his|her|their)\s+(?![\sA-Z])"
    r"|\b(?:which|that|whereby|who|resolutions?|decisions?|as\s+well\s+as)\b"
)
#: How far before the mark such a document may be named.
_SENT_TO_SPAN = 250


def _sent_to(text: str, end: int, read: str) -> str | None:
    """The request (appeal, letter) sent to someone whose tail (to whom, by whom, when) runs on to the mark at
    ``text[end]``, when ``read``, the name read there, lies in that tail, or None: the document carries the mark, as a
    letter "addressed to" someone does ("the request communicated to the Government of Egypt and the Provisional
    Government of Israel by the Acting Mediator on 26 October⁴¹": the request, not the Governments it went to).

    >>> t = "Takes note of the request communicated to the Government of Egypt by the Acting Mediator on 26 October"
    >>> _sent_to(t, len(t), "Government of Egypt by the Acting Mediator on 26 October")
    'request communicated to the Government of Egypt by the Acting Mediator on 26 October'
    >>> t = "Takes note of the request communicated to the Government of Egypt and the observations of the Mediator"
    >>> _sent_to(t, len(t), "Mediator") is None
    True
    """
    start = max(0, end - _SENT_TO_SPAN)
    if not read[:1].isupper() or (
        "ed to the " not in (window := text[start:end]) and "sent to the " not in window
    ):
        return None
    head = text[:end].rstrip(" ,;:.")
    last = _last_match(_SENT_TO, head, max(head.rfind(";"), head.rfind("\n"), start) + 1)
    if last is None:
        return None
    tail = head[last.end() :]
    if fold(read) not in fold(tail) or _SENT_TAIL_END.search(tail):
        return None
    return _tidy(head[last.start() :])


# ---- cases, statements, documents named by their makers, names renamed or qualified ------------------------------


#: A document of a person named without an article, then the person's title set apart by a comma, to the end of a
#: head: "the report of Sir Owen Dixon, the United Nations Representative for India and Pakistan". Two to five
#: capitalised words name the person ("Sir Owen Dixon", "Mr. Sam Nujoma"), so that a list of one-word names is not
#: read as one ("of Angola, the Congo").
_PERSON_DESCRIBED = re.compile(
    r"\b(?:reports?|letters?|notes?|statements?|messages?|communications?|proposals?|requests?|appeals?)\s+"
    r"(?:of|by|from)\s+(?!the\b)[A-Z][\w\u2019'.-]*(?:\s+[A-Z][\w\u2019'.-]*){1,4},\s+(?:the|a|an)\s+"
    r"(?P<title>[A-Z][^,;:()\u201c\u201d\"]{0,150})$"
)
#: How far before the title the document noun may stand.
_PERSON_SPAN = 90


def _described_person(text: str, end: int, read: str) -> str | None:
    """The document of a person whose title, in apposition after a comma, is ``read``, the name read at the mark at
    ``text[end]`` ("the report of Sir Owen Dixon, the United Nations Representative for India and Pakistan,³"), read
    from its noun to the mark, or None: the title only says who the person is, and the footnote sources the report.

    >>> t = "Having received and noted the report of Sir Owen Dixon, the United Nations Representative for India and"
    >>> t += " Pakistan,"
    >>> _described_person(t, len(t), "United Nations Representative for India and Pakistan")
    'report of Sir Owen Dixon, the United Nations Representative for India and Pakistan'
    >>> t = "Taking note of the reports of the Special Representative on Violence against Children, the Special"
    >>> t += " Representative for Children and Armed Conflict,"
    >>> _described_person(t, len(t), "Special Representative for Children and Armed Conflict") is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    start = max(0, len(head) - len(read) - _PERSON_SPAN)
    if not read[:1].isupper() or (", the " not in head[start:] and ", a" not in head[start:]):
        return None
    m = _PERSON_DESCRIBED.search(head, start)
    if m is None or _tidy(m["title"]) != read:
        return None  # no person's title, or not the name read at the mark
    return _tidy(head[m.start() :])


def _start_at_end(head: str, read: str) -> int | None:
    """Where ``read``, a name read at the mark, starts in ``head`` when it ends it (spacing may differ), or None: a
    cheap look near the end of ``head`` (:func:`_span_of` finds a name anywhere before the mark).

    >>> _start_at_end("in the case concerning Avena and Other Mexican  Nationals", "Avena and Other Mexican Nationals")
    23
    >>> _start_at_end("Avena and Other Mexican Nationals and others", "Avena and Other Mexican Nationals") is None
    True
    """
    at = head.rfind(read[:12], max(0, len(head) - len(read) - 40))
    return at if at >= 0 and fold(head[at:]) == fold(read) else None


#: A court's judgment, order or opinion and the case it was given in, to where the case's name starts: "the order of the
#: International Court of Justice of 19 April 2017 on provisional measures in the case concerning " (Application of
#: ...), "the Judgment of the International Court of Justice of 31 March 2004 in the case concerning " (Avena ...).
_COURT_CASE = re.compile(
    r"\b(?:[Jj]udgments?|[Oo]rders?|(?:[Aa]dvisory\s+)?[Oo]pinions?)\s+of\s+the\s+[A-Z][^;]{0,150}?"
    r"\s+in\s+the\s+case\s+(?:concerning|of)\s+(?:the\s+)?$"
)
#: How far before the case's name the court's document may be named.
_COURT_CASE_SPAN = 200


def _court_case(text: str, end: int, read: str) -> str | None:
    """The judgment, order or opinion of a court given in the case whose name is ``read``, the name read at the mark at
    ``text[end]``, read from its noun to the mark, or None: the footnote sources the court's document (its report),
    and the case's name, which follows "in the case concerning", is a part of how it is named.

    >>> t = "Recalling the order of the International Court of Justice of 16 March 2022 on provisional measures in the"
    >>> t += " case concerning Allegations of Genocide (Ukraine v. Russian Federation),"
    >>> _court_case(t, len(t), "Allegations of Genocide (Ukraine v. Russian Federation)")
    'order of the International Court of Justice of 16 March 2022 on provisional measures in the case concerning Allegations of Genocide (Ukraine v. Russian Federation)'
    """
    head = text[:end].rstrip(" ,;:.")
    if not read[:1].isupper() or " case " not in head[-len(read) - 30 :]:
        return None
    at = _start_at_end(head, read)
    if at is None:
        return None  # the name read there does not end at the mark
    m = _COURT_CASE.search(head, max(0, at - _COURT_CASE_SPAN), at)
    return _tidy(head[m.start() :]) if m is not None else None


#: A statement of a body named with capitalised words: "the press statements of the Security Council" (on the situation
#: in Myanmar ...).
_STATEMENT_OF = re.compile(r"\b(?:(?:press|presidential)\s+)?statements?\s+of\s+the\s+(?=[A-Z])")
#: One date or more, of one month ("1 and 30 April 2021"), in a list at the end of a head, after "of" or a comma: "of 9
#: May 2018, 4 February 2021 and 1 and 30 April 2021". (Each item is bounded, so the list is read in linear time.)
_DATE_ITEM = rf"\d{{1,2}}(?:\s+and\s+\d{{1,2}})?\s+{_MONTH}(?:\s+\d{{4}})?"
_DATES_AT_END = re.compile(rf"(?:\s+of|,)\s+{_DATE_ITEM}(?:(?:,\s*|\s+and\s+){_DATE_ITEM})*$")
#: "those of" and one date or more at the end of a head, after a comma and a word that singles items out: ", including
#: those of 13 January 2010 and 6 August 2013". (Each date is bounded and opens with a digit, so the match is linear.)
_THOSE_OF_DATES = re.compile(
    rf",\s+(?:including|in\s+particular|particularly|notably|especially)\s+those\s+of\s+{_DATE_ITEM}"
    rf"(?:(?:,\s*|\s+and\s+){_DATE_ITEM})*[\s,;:]*$"
)
#: How far before the mark :data:`_THOSE_OF_DATES` is looked for.
_THOSE_OF_DATES_SPAN = 160
#: What ends the subject of a statement before the mark: a new item or clause.
_NOT_STATEMENT_SUBJECT = re.compile(
    r"[;:\u201c\u201d\"]|\band\s+(?:the|its|their)\s|\b(?:which|that|who|whereby)\b"
)
#: How far before the mark the statement may be named.
_STATEMENT_SPAN = 300


def _statement_on_subject(text: str, end: int, read: str) -> str | None:
    """The statement of a body whose subject in plain words, and the dates of its issues, run on to the mark at
    ``text[end]``, when ``read``, the name read there, lies in that subject (a place it is on), or None: the footnote
    sources the statement, read with its subject, as printed before the dates ("the press statements of the Security
    Council on the situation in Myanmar of 9 May 2018,¹⁷ 4 February 2021¹⁸ ...": each mark carries the statements).

    >>> t = "and the press statements of the Security Council on the situation in Myanmar of 9 May 2018, 4 February 2021"
    >>> _statement_on_subject(t, len(t), "Myanmar of 9 May 2018, 4 February 2021")
    'press statements of the Security Council on the situation in Myanmar'
    >>> t = "the statement of the President of the Council on the implementation of the Convention on Biological Diversity"
    >>> _statement_on_subject(t, len(t), "Convention on Biological Diversity") is None
    True
    """
    start = max(0, end - _STATEMENT_SPAN)
    if "statement" not in text[start:end] or not read[:1].isupper():
        return None
    if _INSTRUMENT_NOUNS.search(read) or _NUMBERED_DECISION.search(read) or _HEAD_NOUN.search(read):
        return None
    head = text[:end].rstrip(" ,;:.")
    clause = head[max(head.rfind(";"), head.rfind("\n"), start) + 1 :]
    last = _last_match(_STATEMENT_OF, clause)
    if last is None:
        return None
    subject = _PLAIN_SUBJECT.search(clause, last.end(), last.end() + _REPORT_NAME_SPAN)
    if (
        subject is None
        or (found := _walk(clause[: subject.start()])) is None
        or not last.start() < found[1] <= last.end()  # the body's name runs from "of the" to the subject
        or fold(read) not in fold(clause[subject.end() - 1 :])
    ):
        return None
    dates = _DATES_AT_END.search(clause, subject.end())
    named = clause[: dates.start()] if dates is not None else clause
    if _NOT_STATEMENT_SUBJECT.search(named, subject.end()):
        return None
    return _tidy(named[last.start() :])


#: The report whose recommendations have budget implications, at the end of a head: "programme budget implications
#: arising from recommendations and decisions contained in the report of the", "administrative and financial
#: implications arising from the report of the" (a capitalised name follows).
_IMPLICATIONS_ARISING = re.compile(
    r"\bimplications\s+arising\s+from\s+(?:(?:the\s+)?[a-z]+(?:\s+and\s+[a-z]+)?\s+contained\s+in\s+)?"
    r"(?:the|its)\s+reports?\s+of\s+the\s+(?=[A-Z])"
)
#: The document on such implications and who made it: "statement submitted by the Secretary-General", "note by the
#: Secretary-General", "report of the Secretary-General" (the name runs to the first plain word).
_IMPLICATIONS_DOCUMENT = re.compile(
    r"\b(?:statements?|notes?|reports?)\s+(?:(?:submitted|made|issued|presented)\s+by|by|of)\s+the\s+"
    r"[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,8}"
)
#: How far before the mark the implications are looked for, and the document on them before that.
_IMPLICATIONS_SPAN = 500


def _implications_document(text: str, end: int, read: str) -> str | None:
    """The statement (or note, or report) on the budget implications of a report whose name runs to the mark at
    ``text[end]``, when ``read``, what was read there, lies in that name, or None: the footnote cites the statement,
    which names the report only to say what its implications arise from ("the statement submitted by the
    Secretary-General in accordance with rule 153 of the rules of procedure of the General Assembly on programme
    budget implications arising from recommendations and decisions contained in the report of the United Nations
    Joint Staff Pension Board,²⁶": A/C.5/80/2, the statement).

    >>> t = "the statement submitted by the Secretary-General on programme budget implications arising from"
    >>> t += " recommendations contained in the report of the Board"
    >>> _implications_document(t, len(t), "report of the Board")
    'statement submitted by the Secretary-General'
    >>> t = "the report of the Board on the implications of the decisions contained in the report of the Commission"
    >>> _implications_document(t, len(t), "report of the Commission") is None
    True
    """
    start = max(0, end - _IMPLICATIONS_SPAN)
    if "implications arising" not in text[start:end]:
        return None
    head = text[:end].rstrip(" ,;:.")
    clause = head[max(head.rfind(";"), head.rfind("\n"), start) + 1 :]
    arising = _last_match(_IMPLICATIONS_ARISING, clause)
    if arising is None or fold(read) not in fold(clause[arising.start() :]):
        return None
    if _NOT_STATEMENT_SUBJECT.search(clause, arising.end()) or "," in clause[arising.end() :]:
        return None  # the report's name does not run to the mark
    document = _last_match(_IMPLICATIONS_DOCUMENT, clause, 0, arising.start())
    if document is None or _NOT_STATEMENT_SUBJECT.search(clause, document.end(), arising.start()):
        return None
    if "," in clause[document.end() : arising.start()]:
        return None  # a new item between: "the statement ..., the financial report on the implications"
    return _tidy(document[0])


#: A document noun and "by the" before who made it: "summary by the", "statements by the", "report by the".
_DOCUMENT_BY = re.compile(r"\b(?:summar(?:y|ies)|reports?|declarations?|statements?)\s+by\s+the\s+(?=[A-Z])")
#: Who made it, named with capitalised words and then "of the" and a body in plain words: "Co-Chairs of the
#: multi-stakeholder forum". (Each repeated part opens with a space and a capital, so the match is linear.)
_AUTHOR_OF_PLAIN = re.compile(r"[A-Z][\w-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*)*\s+of\s+the\s+[a-z]")
#: How far before the mark the document noun may stand.
_DOCUMENT_BY_SPAN = 250


def _document_by_plain_body(text: str, end: int, read: str) -> str | None:
    """The document made by someone of a body named in plain words that runs on to the mark at ``text[end]``, when
    ``read``, what was read there, lies in that body's name, or None: the document heads the anchor ("the summary by
    the Co-Chairs of the multi-stakeholder forum on science, technology and innovation for the Sustainable
    Development Goals²⁶": the summary, not the Goals the forum's name ends in).

    >>> t = "the summary by the Co-Chairs of the forum on science and technology for the Sustainable Development Goals"
    >>> _document_by_plain_body(t, len(t), "Sustainable Development Goals")
    'summary by the Co-Chairs of the forum on science and technology for the Sustainable Development Goals'
    >>> t = "the summary by the Co-Chairs of the forum, and the Sustainable Development Goals"
    >>> _document_by_plain_body(t, len(t), "Sustainable Development Goals") is None
    True
    """
    start = max(0, end - _DOCUMENT_BY_SPAN)
    if " by the " not in text[start:end]:
        return None
    if _INSTRUMENT_NOUNS.search(read) or _NUMBERED_DECISION.search(read) or _HEAD_NOUN.search(read):
        return None
    head = text[:end].rstrip(" ,;:.")
    clause = head[max(head.rfind(";"), head.rfind("\n"), start) + 1 :]
    document = _last_match(_DOCUMENT_BY, clause)
    if document is None or _AUTHOR_OF_PLAIN.match(clause, document.end()) is None:
        return None
    rest = clause[document.end() :]
    if (
        _NOT_STATEMENT_SUBJECT.search(rest)
        or ", and " in rest
        or " including " in rest
        or fold(read) not in fold(rest)
    ):
        return None  # a new item or clause before the mark
    return _tidy(clause[document.start() :])


#: A document noun and its author's capitalised name, then a present participle that says what the document does, whose
#: object opens with plain words (after an article): "report of the Disarmament Commission outlining general
#: principles", "report of the Secretary-General containing the views of Member States". The document is
#: the head of the noun phrase; a name further on lies in the participle's clause ("... stated in the Final Document of
#: the Tenth Special Session of the General Assembly"). (A match ends where the participle's object starts; each
#: repeated part of the author's name opens with a space and a capital, so the match is linear.)
_DOCUMENT_PARTICIPLE = re.compile(
    r"\b(?P<doc>(?:reports?|notes?|letters?|stud(?:y|ies))\s+of\s+the\s+[A-Z][\w\u2019'-]*"
    r"(?:\s+(?:(?:of|on|for|and|the)\s+){0,2}[A-Z][\w\u2019'-]*){0,8})"
    r"\s+(?:outlining|containing|highlighting|setting\s+out|describing|summarizing|reviewing|presenting|identifying"
    r"|detailing)\s+(?:(?:the|an?|its|their)\s+)?(?=[a-z])"
)
#: How far before the mark the document noun may stand.
_DOCUMENT_PARTICIPLE_SPAN = 300


#: A document noun and what it is of in plain words (a list with commas too), then "referring to", "relating to" or
#: "pertaining to" and a plain noun phrase, to the end: "the compilation of decisions of international courts, tribunals
#: and other bodies referring to the articles" (A/RES/78/114 F3: the compilations, A/72/81 ...; the articles are 66/100).
#: The participle only says what the document's items are about. (The match opens at the article before the noun.)
_DOCUMENT_REFERRING = re.compile(
    r"\b(?:the|its|their)\s+(?P<doc>(?:[a-z][\w-]*\s+)?(?:compilations?|collections?|digests?|lists?|summar(?:y|ies)"
    r"|surveys?|analys[ie]s|stud(?:y|ies)|reports?|overviews?)\s+of\s+(?:[a-z][\w-]*,?\s+){1,12}?"
    r"(?:referring|relating|pertaining)\s+to\s+(?:(?:the|its|their)\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4})$"
)
#: How far before the mark :data:`_DOCUMENT_REFERRING` is looked for (a qualifier may follow the phrase).
_DOCUMENT_REFERRING_SPAN = 300


def _document_referring_to(text: str, end: int, read: str) -> str | None:
    """The document named in plain words (:data:`_DOCUMENT_REFERRING`) whose "referring to" phrase ends in ``read``,
    the plain noun phrase read at the mark at ``text[end]``, or None.

    >>> t = ("Noting the compilation of decisions of international courts, tribunals and other bodies referring to the"
    ...      " articles, prepared by the Secretary-General,")
    >>> _document_referring_to(t, len(t), "articles")
    'compilation of decisions of international courts, tribunals and other bodies referring to the articles'
    >>> t = "Noting the efforts of States referring to the articles,"
    >>> _document_referring_to(t, len(t), "articles") is None
    True
    """
    start = max(0, end - _DOCUMENT_REFERRING_SPAN)
    at = text.rfind(read, start, end)
    if at < 0:
        return None
    head = text[: at + len(read)]
    m = _DOCUMENT_REFERRING.search(head, max(start, head.rfind(";") + 1, head.rfind("\n") + 1))
    return None if m is None else _tidy(m["doc"])


def _document_with_participle(text: str, end: int, read: str) -> str | None:
    """The document that heads the noun phrase the mark at ``text[end]`` closes, when a present participle after its
    author's name (:data:`_DOCUMENT_PARTICIPLE`) opens a clause that runs on, with no comma or new clause, to ``read``,
    a name at its end; or None. The name lies in what the document is said to do ("the report of the Disarmament
    Commission outlining general principles of verification elaborated upon or added to those stated in the Final
    Document of the Tenth Special Session of the General Assembly,⁵": the report, A/51/182/Rev.1).

    >>> t = ("the report of the Disarmament Commission outlining general principles of verification stated in the Final"
    ...      " Document of the Tenth Special Session of the General Assembly")
    >>> _document_with_participle(t, len(t), "Final Document of the Tenth Special Session of the General Assembly")
    'report of the Disarmament Commission'
    >>> t = "the report of the Disarmament Commission outlining the Final Document, and the Treaty on Outer Space"
    >>> _document_with_participle(t, len(t), "Treaty on Outer Space") is None
    True
    """
    if not read[:1].isupper():
        return None
    start = max(0, end - _DOCUMENT_PARTICIPLE_SPAN)
    if " of the " not in text[start:end]:
        return None
    head = text[:end].rstrip(" ,;:.")
    clause = head[max(head.rfind(";"), head.rfind("\n"), start) + 1 :]
    document = _last_match(_DOCUMENT_PARTICIPLE, clause)
    if document is None:
        return None
    rest = clause[document.end() :]
    if not rest.endswith(read) or "," in rest or ":" in rest or _CLAUSE_WORD.search(rest):
        return None  # the name is not at the mark, or a new item or clause stands before it
    return _tidy(document["doc"])


#: A document that what is noted is located in, then a part of it singled out that runs on to the mark: ", as
#: reflected in the report of Committee II of the Fourteenth Congress, in particular the encouragement given ...".
_LOCATED_THEN_PART = re.compile(
    r"\sas\s+(?:reflected|contained|set\s+out|set\s+forth|outlined|described|summarized|recorded)\s+in\s+"
    r"(?:the\s+|its\s+|their\s+)?(?P<doc>[^,;]{4,200}?),\s+(?:in\s+particular|including|notably|especially)\s+"
)
#: How far before the mark the "as reflected in" of :data:`_LOCATED_THEN_PART` may stand.
_PART_OF_LOCATED_SPAN = 800


def _part_of_located(text: str, end: int) -> str | None:
    """The document that a clause locates what it notes in (", as reflected in the report of ..."), when the part of
    it singled out after that (", in particular ...") runs on to the mark at ``text[end]`` and names no document of
    its own (no instrument, document noun or numbered resolution), or None: the footnote cites the document.

    >>> t = "Noting the discussions held at the workshop, as reflected in the report of Committee II of the Fourteenth"
    >>> t += " Congress, in particular the encouragement given by some participants to Member States to share"
    >>> t += " information on promising practices,"
    >>> _part_of_located(t, len(t))
    'report of Committee II of the Fourteenth Congress'
    >>> t = "the measures, as reflected in the report of the Committee, in particular in the Paris Agreement,"
    >>> _part_of_located(t, len(t)) is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    floor = max(head.rfind(";"), head.rfind("\n"), len(head) - _PART_OF_LOCATED_SPAN) + 1
    last = _last_match(_LOCATED_THEN_PART, head, floor)
    if last is None:
        return None
    part = head[last.end() :]
    if (
        not part
        or _INSTRUMENT_NOUNS.search(part)
        or _NUMBERED_DECISION.search(part)
        or _HEAD_NOUN.search(part)
    ):
        return None
    doc = anchor_before(head, last.end("doc"))
    if doc is None or not (_HEAD_NOUN.search(doc) or _INSTRUMENT_NOUNS.search(doc)):
        return None  # only a document is located in: ", as reflected in paragraph 3, in particular ..."
    return doc


#: An appositive of plain words set apart by a comma at the end of a head that numbers what it names: ",
#: the first special session devoted to disarmament" (its first words are compared with the name before it,
#: :func:`_renamed`; with no ordinal, plain words after a name are a list item: "the Declaration of Basic
#: Principles of Justice ..., the basic principles on the use of restorative justice programmes").
_APPOSITIVE = re.compile(
    rf",\s+(?:the|a|an)\s+{_ORDINAL}\s+(?P<first>(?:[a-z][\w-]*\s+){{0,1}}[a-z][\w-]*)(?:\s+[a-z][\w-]*){{0,10}}$"
)


#: A preposition or "and" right before a title in quotes that ends a head: the title is what it governs.
_QUOTED_OBJECT = re.compile(r"(?:\s(?:of|in|and|to|on|under|with)|[\u201d\"]\s+and)\s+$")


def _renamed(head: str) -> str | None:
    """The capitalised name before an appositive at the end of ``head`` that describes it again with
    one of its own words ("the Final Document of the Tenth Special Session of the General Assembly, the
    first special session devoted to disarmament": a session), or None; a list item that shares no word
    with the name before it is an item of its own ("the Beijing Declaration and Platform for Action, the
    outcome documents of the twenty-third special session").

    >>> _renamed("Recalling the Final Document of the Tenth Special Session of the General Assembly, the first"
    ...          " special session devoted to disarmament")
    'Final Document of the Tenth Special Session of the General Assembly'
    >>> _renamed("the Beijing Declaration and Platform for Action, the outcome documents of the special session") is None
    True
    """
    m = _APPOSITIVE.search(head, max(0, len(head) - 120))
    if m is None:
        return None
    before = head[: m.start()]
    found = _walk(before)
    if found is None or not found[0][:1].isupper():
        return None
    name_words = {w.lower() for w in found[0].split() if w[:1].isupper()}
    if not any(w in name_words for w in m["first"].split() if w not in CONNECTORS):
        return None
    return anchor_before(before, len(before))


#: Capitalised words and the small words that join them inside a title, and nothing else: "Strengthening International
#: Cooperation for Combating Certain Crimes Committed by Means of ... Technology Systems".
_TITLE_WORDS = re.compile(
    r"\s*[A-Z][\w\u2019'-]*(?:\s+(?:(?:of|for|and|the|by|in|on|against|to|with|from|at|a|an)\s+)*[A-Z][\w\u2019'-]*)+"
)


#: A short name in brackets after a title, the name it is known by: " (“the United Nations Convention against Cybercrime”)".
_SHORT_NAME_AFTER = re.compile(r"\s*\(\s*[\u201c\"]?(?:the\s+)?[A-Z][^()\u201c\u201d\"]*[\u201d\"]?\)$")


def _subtitle_after_semicolon(head: str, at: int) -> str | None:
    """An instrument's name before the semicolon at ``head[at - 1]`` with its subtitle, when the words after the
    semicolon, to the end of ``head``, are a title's words (:data:`_TITLE_WORDS`), or None: a semicolon between two
    parts of one title ends no clause ("the United Nations Convention against Cybercrime; Strengthening International
    Cooperation for Combating Certain Crimes ...;¹⁴").

    >>> h = "Noting the United Nations Convention against Cybercrime; Strengthening International Cooperation"
    >>> _subtitle_after_semicolon(h, h.index(";") + 1)
    'United Nations Convention against Cybercrime; Strengthening International Cooperation'
    >>> h = "the United Nations Convention against Cybercrime; Strengthening International Cooperation (“the Convention”)"
    >>> _subtitle_after_semicolon(h, h.index(";") + 1)
    'United Nations Convention against Cybercrime; Strengthening International Cooperation (“the Convention”)'
    >>> h = "Recalling the Convention on Biological Diversity; Welcomes the Kunming-Montreal Global Biodiversity Framework"
    >>> _subtitle_after_semicolon(h, h.index(";") + 1) is None
    True
    """
    rest = head[at:]
    # "... of Serious Crimes (“the United Nations Convention against Cybercrime”)": the subtitle before the short name
    short = _SHORT_NAME_AFTER.search(rest)
    if (
        not rest.lstrip()[:1].isupper()
        or rest.split(None, 1)[0] in _CLAUSE_VERBS
        or not _TITLE_WORDS.fullmatch(rest[: short.start()] if short else rest)
    ):
        return None
    before = head[: at - 1]
    name = anchor_before(before, len(before))
    if name is None or not name[:1].isupper() or _INSTRUMENT_NOUNS.search(name) is None:
        return None
    if not fold(before).endswith(fold(name)):
        return None  # the name read there does not end at the semicolon
    return f"{name}; {_tidy(rest)}"


#: A participle of purpose after a name: " aimed at (enhancing ...)" (no comma between: the name is what aims).
_AIMED_AT = re.compile(r"(?<=[\w)])\s+aimed\s+at\s+(?=[a-z])")
#: How far before the mark such a participle is looked for.
_AIMED_AT_SPAN = 300


def _aimed_at(text: str, end: int, read: str) -> str | None:
    """The name before a purpose "aimed at ..." (:data:`_AIMED_AT`) that runs on to the mark at ``text[end]``, when
    ``read``, what is read at the mark, lies in the purpose and names no instrument, resolution or document (which the
    footnote would source: "... aimed at implementing the Sendai Framework ...,⁵"), or None: the purpose only says
    what the named item is for ("the development of the Ocean Decade Vision 2030 process aimed at enhancing the
    strategic delivery of the Decade under its 10 Decade Challenges;¹⁴⁸": the process, not the Challenges). The name
    before it holds a capital (a plain noun there, "efforts aimed at ...", says less than what is read).

    >>> t = "the Ocean Decade Vision 2030 process aimed at enhancing the delivery of the Decade under its 10 Decade Challenges;"
    >>> _aimed_at(t, len(t) - 1, "Decade under its 10 Decade Challenges")
    'Ocean Decade Vision 2030 process'
    >>> t = "the programme aimed at implementing the Sendai Framework for Disaster Risk Reduction 2015\u20132030;"
    >>> _aimed_at(t, len(t) - 1, "Sendai Framework for Disaster Risk Reduction 2015\u20132030") is None
    True
    """
    if _INSTRUMENT_NOUNS.search(read) is not None or _NUMBERED_DECISION.search(read) is not None:
        return None
    found = _last_in_clause(_AIMED_AT, text, end, _AIMED_AT_SPAN, "aimed at ")
    if found is None:
        return None
    head, aim = found
    if "".join(read.split()) not in "".join(head[aim.end() :].split()) or _HEAD_NOUN.search(read) is not None:
        return None
    name = anchor_before(head, aim.start())
    if name is None or not _names_something(name) or not any(c.isupper() for c in name):
        return None
    return name


#: An impersonal passive relative clause after an instrument's name that says what the instrument states: ", in which it
#: is stated, inter alia, that ...".
_STATED_IN = re.compile(
    r",\s+in\s+which\s+it\s+is\s+(?:stated|provided|declared|affirmed|recognized|set\s+out)\b"
)
#: A revision after an instrument's name, read as if not there: ", as modified by the Protocol of 1978 relating
#: thereto", ", as amended by ..." (up to the end of the words read).
_AS_MODIFIED = re.compile(r",\s+as\s+(?:modified|amended)\s+by\s+[^,;]*$")
#: How far before the mark such a clause is looked for; how far before the clause the revision.
_STATED_IN_SPAN = 600
_AS_MODIFIED_SPAN = 120


def _stated_in(text: str, end: int, read: str) -> str | None:
    """The instrument before a clause ", in which it is stated ... that ..." (:data:`_STATED_IN`) that runs on to the
    mark at ``text[end]`` with no ";", when ``read``, what is read at the mark, lies in the clause and names no
    instrument, resolution or decision, or None: the footnote sources the instrument that states it ("Recalls annex V to
    the International Convention for the Prevention of Pollution from Ships, 1973, as modified by the Protocol of 1978
    relating thereto, in which it is stated, inter alia, that the ... loss ... shall be reported ... also to that
    coastal State;⁵⁰": the Convention, not "State"). A revision after the name (:data:`_AS_MODIFIED`) is read as if
    not there; what is read before the clause must name an instrument.

    >>> t = "Recalls annex V to the International Convention for the Prevention of Pollution from Ships, 1973, as"
    >>> t += " modified by the Protocol of 1978 relating thereto, in which it is stated, inter alia, that it shall be"
    >>> t += " reported to that coastal State;"
    >>> _stated_in(t, len(t) - 1, "State")
    'International Convention for the Prevention of Pollution from Ships, 1973'
    >>> t = "Recalls the report of the meeting, in which it is stated that the Paris Agreement applies;"
    >>> _stated_in(t, len(t) - 1, "Paris Agreement") is None
    True
    """
    if _INSTRUMENT_NOUNS.search(read) is not None or _NUMBERED_DECISION.search(read) is not None:
        return None
    head = text[:end].rstrip(" ,;:.")
    stated = _last_match(_STATED_IN, head, max(0, len(head) - _STATED_IN_SPAN, head.rfind(";") + 1))
    if stated is None or "".join(read.split()) not in "".join(head[stated.end() :].split()):
        return None
    before = head[: stated.start()]
    if (modified := _AS_MODIFIED.search(before, max(0, len(before) - _AS_MODIFIED_SPAN))) is not None:
        before = before[: modified.start()]
    name = anchor_before(before, len(before))
    if name is None or _INSTRUMENT_NOUNS.search(name) is None:
        return None
    return name


#: A demonstrative phrase at the end of a head, which names again what the paragraph named before: "(to) these trust
#: funds", "(to) this fund".
_DEMONSTRATIVE_AT_END = re.compile(r"\b(?:these|this)\s+(?P<phrase>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)$")
#: The determiner and plain modifiers before the antecedent's words: "the voluntary (trust funds)", "the endowment
#: (fund)".
_ANTECEDENT_START = re.compile(r"\b(?:the|its|their)\s+(?:[a-z][\w-]*\s+){0,3}$")
#: The antecedent's complement after its noun, up to a comma, a semicolon or a participle or relative that qualifies it:
#: "(funds) of the Authority", "(fund) for marine scientific research in the Area" (before "established by ...").
_ANTECEDENT_END = re.compile(
    r"s?(?:\s+(?:of|for)\s+(?:(?!(?:established|adopted|set\s+up|that|which|and)\b)[^,;\s]+\s*)*?)?"
    r"(?=,|;|$|\s+(?:established|adopted|set\s+up|that|which|and)\b)"
)
#: How far back the antecedent is looked for.
_DEMONSTRATIVE_SPAN = 400


def _demonstrative_antecedent(text: str, end: int, read: str) -> str | None:
    """What a demonstrative phrase at the mark at ``text[end]`` (:data:`_DEMONSTRATIVE_AT_END`) names again: the
    earlier noun phrase of the same clause with the same words (a plural "s" aside), with its determiner's modifiers and
    its complement, when ``read``, what is read at the mark, is plain words outside the phrase (the one asked, a
    manner) and names no instrument or resolution, or None: "Expresses its appreciation to the donors that have made contributions to the voluntary trust
    funds of the Authority, and encourages Member States, observers, contractors and other stakeholders to contribute
    financially to these trust funds;⁴⁶": the trust funds of the Authority.

    >>> t = "Expresses its appreciation to the donors that have made contributions to the voluntary trust funds of the"
    >>> t += " Authority, and encourages Member States to contribute financially to these trust funds;"
    >>> _demonstrative_antecedent(t, len(t) - 1, "Member States")
    'voluntary trust funds of the Authority'
    >>> t = "the decision of the Conference at its tenth session of all resolutions and decisions of that session;"
    >>> _demonstrative_antecedent(t, len(t) - 1, "decisions of that session") is None
    True
    """
    if _INSTRUMENT_NOUNS.search(read) is not None or _NUMBERED_DECISION.search(read) is not None:
        return None  # an instrument or a resolution read at the mark carries it
    head = text[:end].rstrip(" ,;:.")
    start = max(0, len(head) - _DEMONSTRATIVE_SPAN, head.rfind(";") + 1, head.rfind("\n") + 1)
    this = _DEMONSTRATIVE_AT_END.search(head, max(start, len(head) - 60))
    if this is None or fold(this["phrase"]) in fold(read):
        return None
    words = " ".join(this["phrase"].split())
    words = words[:-1] if words.endswith("s") else words
    at = head.rfind(f" {words}", start, this.start())
    if at < 0:
        return None
    modifiers = _ANTECEDENT_START.search(head, max(start, at - 60), at + 1)
    complement = _ANTECEDENT_END.match(head, at + 1 + len(words))
    if modifiers is None or complement is None:
        return None
    name = _without_article(" ".join(head[modifiers.start() : complement.end()].split()))
    return name if _names_something(name) else None


#: A span of years read alone at the mark, after "for the": "period 2024\u20132025", "biennium 2024\u20132025".
_SPAN_READ = re.compile(r"(?:period|biennium)\s+\d{4}[\u2013-]\d{2,4}")
#: "for the" before such a span, after a plain word (", respectively," between them is left out).
_FOR_THE_SPAN = re.compile(r"(?<=[a-z])(?:,\s+respectively,)?\s+for\s+the\s+$")


def _span_qualified(text: str, end: int, read: str) -> str | None:
    """The plain noun phrase that the span of years ``read`` at the mark at ``text[end]`` qualifies, with the name
    it owns after "of the", read with the span; or None. A span names nothing: "with regard to the composition of
    the bureaux of the Committee and its subcommittees for the period 2024\u20132025,\u00b3\u00b9" carries the
    composition (footnote: where it was agreed), not "period 2024\u20132025"; "the budget for the biennium
    2024\u20132025" carries the budget.

    >>> t = "Reiterates, with regard to the composition of the bureaux of the Committee and its subcommittees"
    >>> t += " for the period 2024\u20132025,"
    >>> _span_qualified(t, len(t), "period 2024\u20132025")
    'composition of the bureaux of the Committee and its subcommittees for the period 2024\u20132025'
    """
    if not _SPAN_READ.fullmatch(read):
        return None
    head = text[:end].rstrip(" ,;:.")
    at = head.rfind(read[:6], max(0, len(head) - len(read) - 20))
    if (
        at < 0
        or fold(head[at:]) != fold(read)
        or (span := _FOR_THE_SPAN.search(head, max(0, at - 40), at)) is None
    ):
        return None
    before = head[: span.start()]
    inner = anchor_before(before, len(before))  # "Committee and its subcommittees"
    if (
        inner is not None
        and (start := before.rfind(inner[:8], max(0, len(before) - len(inner) - 20))) >= 0
        and fold(before[start:]) == fold(inner)
        and before.endswith(("of the ", "of "), 0, start)
    ):
        # a name owned by a plain noun phrase: "the composition of the bureaux of the Committee and its subcommittees"
        tail = ("of", "the") if before.endswith("of the ", 0, start) else ("of",)
        if (phrase := _plain_phrase(before, start, tail)) is not None:
            return _tidy(_without_article(head[phrase:]))
    if (plain := _plain_phrase(before, len(before))) is not None:
        return _tidy(_without_article(head[plain:]))  # "the budget for the biennium 2024–2025"
    return None


#: An act and its agent named before what it acted on in plain words, which runs to the mark: "the adoption by 16
#: Governments of national action plans for family farming" (the plans; not the agent, nor a name before). The agent is
#: up to four capitalised words after "by" (a count may open them), or the possessive before the act ("its adoption of
#: guidelines on life cycle GHG intensity of marine fuels"); the object opens with no determiner and holds no new
#: clause or item (an acronym in capitals may stand in it: "GHG").
_PLAIN_OBJECT_OF_ACT = re.compile(
    r"\b(?:(?:its|their)\s+(?:adoption|approval|endorsement|ratification|launch)\s+"
    r"|(?:adoption|approval|endorsement|ratification|launch)\s+by\s+(?:the\s+)?(?:\d+\s+)?(?:[A-Z][\w\u2019'-]*\s+){1,4})"
    r"of\s+(?P<object>(?!(?:the|a|an|its|their|this|that|these|those)\b)[a-z][\w\u2019'-]*"
    r"(?:\s+(?!(?:that|which|who|whose|whereby|including|and|or)\b)(?:[a-z][\w\u2019'-]*|[A-Z]{2,}(?![\w\u2019'-]))){1,12})$"
)
#: How far back :data:`_PLAIN_OBJECT_OF_ACT` is looked for.
_PLAIN_OBJECT_SPAN = 200


def _plain_object_of_act(head: str) -> str | None:
    """What an act by an agent was done to, in plain words that end ``head`` (:data:`_PLAIN_OBJECT_OF_ACT`), or None.

    >>> _plain_object_of_act("including the adoption by 16 Governments of national action plans for family farming")
    'national action plans for family farming'
    >>> _plain_object_of_act("and also recalls its adoption of guidelines on life cycle GHG intensity of marine fuels")
    'guidelines on life cycle GHG intensity of marine fuels'
    >>> _plain_object_of_act("Recalling the adoption by the General Assembly of the 2030 Agenda") is None
    True
    >>> _plain_object_of_act("Recalling its adoption of resolution 70/1") is None
    True
    """
    m = _PLAIN_OBJECT_OF_ACT.search(head, max(0, len(head) - _PLAIN_OBJECT_SPAN))
    return None if m is None else m["object"]


# ---- the name read at the mark (_read_anchor) --------------------------------------------------------------------


def _read_anchor(text: str, end: int, asked: list[str] | None) -> str | None:
    """:func:`anchor_before`; ``asked``: None to read no further than the one asked to do something,
    else a list that records the words that name the one asked, when read past."""
    head = text[:end].rstrip(" ,;:.")
    clause_start = max(head.rfind(";"), head.rfind("\n")) + 1
    if (
        head[clause_start - 1 : clause_start] == ";"
        and (subtitled := _subtitle_after_semicolon(head, clause_start)) is not None
    ):
        return (
            subtitled  # "the United Nations Convention against Cybercrime; Strengthening International ..."
        )
    if ":" in head and (item := _FIRST_ITEM.search(head, max(clause_start, head.rfind(":")))) is not None:
        clause_start = item.end()  # "... to request its secretariat: (a) To conduct preparatory work ...;¹⁰"
    head = whole_head = head[clause_start:]
    past = 0  # the end of what the one asked is to do, once read past
    if not head.strip():
        return None
    if head[-1:].isalpha() and (plain := _plain_object_of_act(head)) is not None:
        # "including the adoption by 16 Governments of national action plans for family farming,²⁹": the plans, which
        # the footnote sources, not the agent before them
        return plain
    if head[-1:].isalpha() and (saying := _its_resolutions_saying(head)) is not None:
        return saying  # "Recalls its resolutions affirming the importance of ... and the need for ...,²⁸"
    if head[-1:].isalpha() and (subject := _resolutions_on_including(head)) is not None:
        return subject  # "Recalling relevant resolutions on the prevention of ..., including ..., and their ...,⁵"
    if head[-1:].isalpha() and (renamed := _renamed(head)) is not None:
        # "the Final Document of the Tenth Special Session of the General Assembly, the first special session
        # devoted to disarmament,¹": an appositive that only describes the name before it
        return renamed
    if head[-1:] in _CLOSING_QUOTES and (numbered := _entitled_resolution(head)) is not None:
        return numbered
    if head[-1:] in _CLOSING_QUOTES and (outcome := _entitled_outcome(head)) is not None:
        # "the outcome of the twenty-third special session of the General Assembly, entitled “Women 2000: ...”": the
        # outcome with its event and title, as "the outcome document of ..., entitled “...”" is read
        return outcome
    if (
        head[-1:] in _CLOSING_QUOTES
        and (title := _title_start(head)) is not None
        and _QUOTED_OBJECT.search(head, max(0, title - 12), title)
    ):
        # "as recalled in paragraph 158 of “The future we want”.⁵", "in the declarations entitled “...” and
        # “Our ocean, our future, our responsibility”": the title in quotes after a preposition is the name
        return _tidy(head[title + 1 :])
    if (adopted := _ADOPTED_AFTER_TITLE.search(head, max(0, len(head) - _ADOPTED_SPAN))) is not None:
        titled = head[: adopted.start() + 1]
        if (numbered := _entitled_resolution(titled)) is not None:
            # "resolution 11/5 of 21 October 2022, entitled “...”, adopted by the Conference of the Parties at
            # its eleventh session, held in Vienna ...": where and by whom qualify the resolution
            return numbered
        if (title := _title_start(titled)) is not None and titled[:title].rstrip().endswith("entitled"):
            # "the declaration entitled “Our ocean, our future, our responsibility”, adopted by the high level
            # United Nations Conference to Support ... Goal 14: Conserve ... held in Lisbon from 27 June to 1 July
            # 2022,²": the titled document, as if printed without where it was adopted
            return anchor_before(titled, len(titled))
    if head[-1:].isalpha() and (subject := _numbered_subject(head)) is not None:
        # "decision 2/CP.23 of the Conference of the Parties to the Convention on the Platform’s purpose and
        # functions": the decision carries the mark, not its subject
        return subject
    if (comment := _numbered_comment(head)) is not None:
        # "general comment No. 25 (2021) of the Committee on the Rights of the Child regarding the implementation of
        # the Convention on the Rights of the Child in relation to the digital environment,³²": the comment
        return comment
    if head[-1:].isdigit() and (date := _COMMA_DATE.search(head, max(0, len(head) - 48))):
        # "the Geneva Convention ..., of 12 August 1949": read the name before the date, if there is one
        found = _walk(head[: date.start()])
        if found is not None and found[0].count("(") == found[0].count(")"):  # not "II) of 2018"
            head = head[: date.start()]
        elif (
            head[date.start() - 1 : date.start()].isalpha()
            and _last_head_noun(head[: date.start()]) is not None
        ):
            # "the advisory opinion of the International Court of Justice on the legality of the threat or
            # use of nuclear weapons, issued on 8 July 1996": the document noun names it, not the date
            head = head[: date.start()]
    if head[-1:].isdigit() and (date := _TRAILING_DATE.search(head, max(0, len(head) - 60))):
        # "the Geneva communiqué of 30 June 2012": the words before the date are read, as if the date were not
        # there (:func:`_tidy` drops it from a name read with it): "Geneva communiqué", "statement", "Quartet
        # report"; the name without its date is in the name with it, as the loose comparison of anchors asks
        head = head[: date.start()]
        if (owned := _owned_dated_document(head)) is not None:
            return owned  # "..., and particularly its complaint of 3 March 1981,¹⁹": the complaint
    if (tail := _TRAILING_QUALIFIER.search(head, max(0, len(head) - 40))) is not None and tail.start() > 0:
        # "the contributions by the European Union and Germany in this regard,²⁶": read as if not there
        head = head[: tail.start()]
    if head.endswith(("particular", "alia", "appropriate")) and (
        tail := _TRAILING_CONNECTIVE.search(head, max(0, len(head) - 30))
    ):
        # "..., in particular,": the connective is no name; what comes before it is read
        head = head[: tail.start()]
    if (
        " since " in head[-_TRAILING_SINCE_SPAN:]
        and (tail := _TRAILING_SINCE.search(head, max(0, len(head) - _TRAILING_SINCE_SPAN))) is not None
        and tail.start() > 0
    ):
        # "within the framework of UN-SPIDER since its establishment in 2006 ²⁷": since when is no name; "its" is
        # the name before it, which is read as if the tail were not there
        head = head[: tail.start()]
    if (
        "official languages" in head[-_IN_OFFICIAL_LANGUAGES_SPAN:]
        and (tail := _IN_OFFICIAL_LANGUAGES.search(head, max(0, len(head) - _IN_OFFICIAL_LANGUAGES_SPAN)))
        is not None
        and tail.start() > 0
    ):
        # "the decision by the Commission to authorize the publication of a legal toolkit ..., including electronically,
        # in the six official languages of the United Nations,¹³": the languages are no name; read as if not there
        head = head[: tail.start()]
    if (
        head[-1:].isalpha()
        and " to " in head[-_PURPOSE_TAIL_SPAN:]
        and (purpose := _purpose_after_name(head)) is not None
    ):
        # "the ... Colloquium on Climate Change and International Trade Law to consider areas in which ... dispute
        # resolution bodies;⁸": the purpose of the named event is no name; read as if not there
        head = head[:purpose]
    if head.endswith(_ORGAN_ENDINGS) and (addressee := _addressee_organ(head)) is not None:
        # "the United Nations study on violence against children to the General Assembly,³⁹": the study
        head = addressee
    qualified = False  # the last step cut off a qualifier a name's walk found set apart before it
    for step in range(4):
        found = _walk(head)
        if found is not None:
            name, start = found
            # a qualifier or a document noun before the name lies in the last few chunks before it
            near, before = _last_words(head, _BEFORE_CHUNKS, start)
            q = None
            if _ends_in(before, _QUALIFIER_LAST):
                q = _QUALIFIER_BEFORE.search(head, _last_words(head, _QUALIFIER_CHUNKS, start)[0], start)
                if q and q[0].startswith(" addressed") and not _after_name(head, q.start()):
                    # "the questions raised in its letters addressed to the Security Council on 7 May": only a
                    # name (or a date) before it makes the addressee no part of what is read
                    q = None
                elif q and "auspices" in q[0] and not (_KNOWN_BODY.match(name) or _OTHER_BODY.match(name)):
                    # "the work undertaken under the auspices of the Marrakech Partnership for Global Climate
                    # Action": what is no organ may be what a footnote sources
                    q = None
            if q:
                head = _without_participle(head[: q.start()].rstrip(" ,"), q[0])
                qualified = True
                continue
            if head.endswith(("as ", "as the "), 0, start) and (
                alias := _ALIAS_BEFORE.search(head, max(0, start - 60), start)
            ):
                head = head[
                    : alias.start()
                ]  # "..., commonly referred to as the Katowice Rulebook": the name before
                continue
            if _ends_in(before, _OF_LAST) and (cut := _of_organization(head, start, name)) is not None:
                head = head[
                    :cut
                ]  # "the ... Convention, 1999 (No. 182), of the International Labour Organization"
                continue
            if _ends_in(before, _QUALIFIER_LAST) and (cut := _bare_qualifier(head, near, start)) is not None:
                head = head[:cut]  # "the Vienna Declaration ... adopted by the World Conference ..."
                continue
            if _NUMBERED_DECISION.match(name.removeprefix("General Assembly ")) and (
                report := _REPORT_ON_RESOLUTION.search(
                    head, max(0, start - _REPORT_ON_RESOLUTION_SPAN), start
                )
            ):
                head = head[: report.end("report")]  # the report is footnoted, not the resolution
                continue
            if _ends_in(before, _BY_LAST) and (acted := _without_agent(head, start, name)) is not None:
                name = acted  # "the adoption by the General Assembly of the 2030 Agenda": the Agenda
            elif _ends_in(before, _BY_LAST) and (done := _done_by(head, start, name)) is not None:
                return done  # "the programme of work for the 2009 session by the Conference on Disarmament"
            elif (
                " between " in head[max(0, start - 13) : start + _BETWEEN_REACH]
                and (agreed := _agreement_between(head, start)) is not None
            ):
                # "the cooperation agreement of 1997 between the United Nations and INTERPOL": the agreement, named in
                # plain words with its parties, not the parties alone
                return _tidy(head[agreed:])
            elif (
                _ends_in(before, _PLAIN_HEAD_LAST) and (plain := _plain_head_before(head, start)) is not None
            ):
                # "the plan of action for the International Decades for the Eradication of Colonialism", "the general
                # elections in the Territory": the plan or the elections, not the name after their preposition
                return _tidy(head[plain:])
            elif (
                before[-4:] == ["States", "parties", "to", "the"]
                and (noun := _document_of_plain_of(head, head.rfind("States", 0, start))) is not None
            ):
                # "the report of the seventeenth round of informal consultations of States parties to the Agreement":
                # the parties in lower case stop the walk, not the report of their event, as "States Parties" does not
                name = head[noun:]
            elif _ends_in(before, _HEAD_NOUN_LAST):
                name = _with_head_noun(head, start, name, near)
                if name == found[0] and (titled := _event_document(head, start)) is not None:
                    name = head[
                        titled:
                    ]  # "the Joint Ministerial Statement of the 2014 high-level review ..."
                elif name == found[0] and (noun := _document_of_plain_of(head, start)) is not None:
                    name = head[noun:]  # "the outcome of the first global stocktake of the Paris Agreement"
                elif name == found[0] and (owned := _owned_document(head, start, name)) is not None:
                    return owned  # "the draft calendar of conferences and meetings of the United Nations"
                elif name != found[0]:
                    # "the Doha Declaration on Financing for Development: outcome document of the ...": the main title
                    at = start - (len(name) - len(found[0]))
                    name = _with_main_title(head, at, name)
                    if (
                        declared := _DECLARATION_OF_EVENT.search(head, max(0, at - _EVENT_SPAN), at)
                    ) is not None:
                        # "the political declaration of the high-level meeting on the midterm review of the Sendai
                        # Framework ...": the declaration that the event in plain words adopted is the document
                        name = head[declared.start("declaration") : at] + name
            if name == found[0] and (acted := _without_trailing_agent(head, start, name)) is not None:
                name = acted  # "the adoption of the New Urban Agenda by the United Nations Conference ...": the Agenda
            return _tidy(name)
        if (item := _COORDINATED_ITEM.search(head, max(0, len(head) - 80))) is not None:
            # "the Strategy adopted on 8 September 2006⁷ and its successive biennial reviews": a new item
            return _without_article(_tidy(item["item"]))
        if step == 0 and ": " in head[-2 * _AND_ITS_SPAN :] and (parts := _name_and_its(head)) is not None:
            # "the “Space2030” Agenda: space as a driver of sustainable development and its implementation plan⁵": a
            # title's plain subtitle ends before "and its", which is no item of its own
            return parts
        if step == 0 and (item := _TRAILING_ITEM.search(head, max(0, len(head) - 120))) is not None:
            # "... Development⁷ and the key actions for its further implementation,⁸", "as well as previous
            # resolutions on the issue,¹": a list item of plain words ends at the mark, and is its name
            return (item["det"] or "") + _without_act(item["item"])
        if step == 0 and (subject := _name_and_its_subject(head)) is not None:
            # "the Legal Subcommittee and its working groups continued their work,¹²": the subject, not what it did
            return subject
        if step == 0 and (subject := _name_subject(head)) is not None:
            # "the Scientific and Technical Subcommittee continued its work,¹⁴": the subject, not what it did
            return subject
        if step == 0 and (parts := _name_and_its(head)) is not None:
            # "the Sendai Framework for Disaster Risk Reduction 2015–2030 and its guiding principles,²⁰": the name
            # and its parts, not the parts alone
            return parts
        if step == 0 and (earlier := _earlier_resolutions(head)) is not None:
            # "... on science, technology and innovation for development and previous Council resolutions on the
            # issue,⁶": the unnumbered resolutions the item names, not the numbered one the list opened with
            return earlier
        if step == 0 and (located := _located_phrase(head)) is not None:
            # "... contained in the administrative instruction for the authorization of ...,", "in accordance with
            # the rules of procedure,", "including its 2018–2030 strategic framework,": what the phrase locates
            return located
        if step == 0 and (located := _located_conjunct(head)) is not None:
            # "in accordance with the requirements of article 76 of the Convention and with the rules of procedure ³¹":
            # the second thing located, not the one asked far back ("Calls upon the Division to continue ...")
            return located
        if step == 0 and (mandate := _mandate_title(head)) is not None:
            # "the Special Rapporteur on trafficking in persons, especially women and children,": the whole title
            return mandate
        if step == 0 and (adopted := _subject_before_adopted(head)) is not None:
            # "the further initiatives for social development adopted by the General Assembly, including at its
            # twenty-fourth special session,": what was adopted, with what it is for or on
            return adopted
        if step == 0 and " relevant to " in head and (relevant := _relevant_to_phrase(head)) is not None:
            # "the paragraphs relevant to nuclear disarmament and to verification,¹" (A/RES/80/53 F1, resolution
            # S-10/2, paras. 30, 31, ...): the plain noun and what it is relevant to, not a fragment of the subject
            return relevant
        if (step == 0 or qualified) and (document := _document_phrase(head)) is not None:
            # "the ministerial declaration of the high-level political forum on sustainable development", "the
            # Belgrade principles on the relationship between national human rights institutions and parliaments";
            # also once a qualifier set apart after it is cut off ("the World Health Organization guiding principles
            # on human cell, tissue and organ transplantation, endorsed by the sixty-third World Health Assembly in
            # its resolution 63.22": the principles and their subject, not the principles alone)
            return document
        if step == 0 and (plan := _plan_phrase(head)) is not None:
            # "the World Health Organization global action plan on antimicrobial resistance", "the United Nations
            # strategic plan for forests 2017–2030": the owner and the subject are read with the plan
            return plan
        if (plan := _plan_for_gerund(head)) is not None:
            # "the action plan for integrating sustainable development practices into Secretariat-wide operations and
            # facilities management submitted by the Secretary-General,⁴³": what the plan is for is in its name
            return plan
        if (action := _action_subject(head)) is not None:
            # "the Rabat Plan of Action on the prohibition of advocacy of ... hatred that constitutes incitement to
            # discrimination, hostility or violence": the plan and its subject, also when a qualifier was cut off
            return action
        verb_end = _verb_end(head)  # read once: the cut and the head noun both start after the verb
        title = _title_start(head)
        # no cut falls inside a title in quotes that ends the head ("“Our ocean, our future: call for action”")
        cut = _first_cut(head[:title] if title is not None else head, verb_end)
        noun = _last_head_noun(head, verb_end)
        if (
            asked is not None
            and cut is not None
            and (noun is None or noun < cut)
            and _addressee_task(head, verb_end, cut)
            and (task := _CUT.match(head, cut)) is not None
        ):
            # "calls upon countries to strengthen the implementation of ...": the one asked names no document
            asked.append(head[verb_end:cut])
            past = max(past, task.end())
            cut = _first_cut(head[:title] if title is not None else head, task.end())
        if (topic := _comma_topic(head, verb_end)) is not None and (cut is None or cut <= topic + 1):
            # "..., as well as resolution 6/2019 of 28 June 2019 of the Conference of the Food and Agriculture
            # Organization of the United Nations, on antimicrobial resistance,²¹": the item the topic is of
            cut = topic
        elif cut is not None and (late := _cut_after_list_opener(head, cut)) is not None:
            cut = late  # "..., including the Domestic Workers Convention, 2011 (No. 189), on decent work ..."
        elif (
            cut is not None
            and (noun is None or noun < cut)
            and (late := _cut_after_purpose(head, cut)) is not None
        ):
            cut = late  # "... to support the effective implementation of resolution 8/4 ... on safeguarding ..."
        if (
            cut is not None
            and (noun is None or noun < cut)
            and "including" in head[cut:]
            and (item := _NAMED_ITEM_AT_END.search(head, max(cut, len(head) - _NAMED_ITEM_SPAN))) is not None
        ):
            # "welcomes the progress of the United Nations Secretary-General’s call to protect everyone on Earth
            # through universal coverage of early warning systems, including through the Early Warnings for All
            # initiative;⁴¹": the item the list opener names runs on to the mark and carries it, as "including
            # through Global Tourism Resilience Day;" does; the cut before it would leave the call
            return _tidy(item["item"])
        if (
            cut is not None
            and (noun is None or noun < cut)
            and (item := _FOCUSED_ITEM_AT_END.search(head, max(cut, len(head) - _NAMED_ITEM_SPAN)))
            is not None
        ):
            # "Encourages the Authority to continue its work ..., including the Intergovernmental Oceanographic
            # Commission and the International Hydrographic Organization, particularly under the Seabed 2030
            # project;³⁶" (A/RES/80/110 F36): the item singled out at the mark carries it, not the one asked
            return _tidy(item["item"])
        if (
            noun is not None
            and cut is not None
            and noun < cut
            and title is not None
            and (held := _HELD_BEFORE_TITLE.match(head, cut, title + 1)) is not None
            and _HELD_NEW_ITEM.search(held[0]) is None
        ):
            # "the outcome document of the United Nations Conference on Sustainable Development, held in Rio de
            # Janeiro, Brazil, from 20 to 22 June 2012, entitled “The future we want”,⁸": where and when it was held
            # qualifies the document noun, whose title in quotes follows; the whole is read, as with no comma
            return _tidy(head[noun:])
        if noun is not None and (cut is None or noun > cut) and not head.startswith(" containing", cut or 0):
            # "the outcome document of the special session ... held in 2016" (not what a document contains: "the
            # progress report of its Advisory Committee containing recommendations on ...")
            return _tidy(head[noun:])
        if cut is None:
            if title is not None:
                # "and the declaration entitled “Our ocean, our future: call for action”": the title
                return _entitled_resolution(head) or _tidy(head[title + 1 :])
            break  # nothing to cut, and no document noun (it would have been read above)
        head = _TRAILING_AND.sub("", head[:cut])  # "... credits and to organize": no "and" ends a name
        qualified = False
    else:
        noun = _last_head_noun(head, _verb_end(head))
        if noun is not None:
            return _tidy(head[noun:])
    # no title: the last plain noun phrase ("its successive biennial reviews")
    m = _LAST_PHRASE.search(
        head, max(_last_words(head, 5)[0], past)
    )  # not the verb of what one asked is to do
    if (
        m is not None
        and (_ENDS_IN_VERB.search(m[0]) or m[0].endswith(_VERB_REPORT))
        and len(head) < len(whole_head)
    ):
        # what the cuts left ends in a verb ("that the International Law Commission decided", cut before
        # "to recommend ..."): they cut no qualifier off a name; the noun phrase at the mark is read
        # ("... on the basis of the draft articles")
        head = whole_head
        m = _LAST_PHRASE.search(head, _last_words(head, 5)[0])
    if m is None or m.start() < past:
        return None  # nothing read past the one asked ("requests the Division to continue")
    if (
        right := _RIGHT_TO.search(head, max(0, m.start() - _RIGHT_TO_SPAN))
    ) is not None and right.start() < m.start():
        m = right  # "the enjoyment of the right to freedom of thought, conscience and religion or belief": the right
    if (opening := _INFINITIVE_OPENING.match(whole_head)) is not None and m.start() < opening.end():
        # "(b) To continue to implement the project on the stocktaking of ... to further monitor ...;¹¹": the
        # task's object carries the mark, not its verb; when a cut left only the verbs, up to the next cut
        end = len(head)
        if len(head.rstrip()) <= opening.end():
            end = _first_cut(whole_head, opening.end()) or len(whole_head)
        task = _TRAILING_AND.sub("", whole_head[opening.end() : end])
        if task.strip():
            return _without_article(_tidy(task))
    if (
        " part " in head[m.start() - 1 :]
        and (idiom := _PART_IN.search(head, max(0, m.start() - 40))) is not None
    ):
        # "those who take part in peace operations": "part" goes on the verb, no noun the phrase at the mark opens with
        m = _LAST_PHRASE.search(head, max(m.start(), idiom.end())) or m
    phrase_start = m.start()
    if (
        head[phrase_start : phrase_start + 1].isupper()
        and head[phrase_start - 2 : phrase_start - 1].isalpha()
    ):
        # "the World Health Organization guiding principles": the phrase's first word is a name's, whose words
        # before it are read too (the phrase is read over the last five words only)
        phrase_start = _name_words_before(head, phrase_start)
    if " of " in head[max(0, phrase_start - _NOUN_OF_SPAN) : phrase_start + 5]:
        # "Noting the replies of the three Governments concerned²⁵": the document noun before "of the" and the phrase
        phrase_start = _document_noun_before(head, m) or phrase_start
    if " and of " in head[max(0, phrase_start - 12) : phrase_start + 4] and (
        first := _noun_before_first_author(head, phrase_start)
    ):
        # "the comments of the Secretary-General and of the United Nations System Chief Executives Board for
        # Coordination thereon" (A/RES/79/254 F7): the noun's "of" said again before a second author
        phrase_start = first
    # "notes with appreciation the policy on protection ...": the manner of the verb is no part of the phrase
    read = _without_article(_tidy(_MANNER.sub("", _after_verb(head, phrase_start))))
    if read.startswith(_FOCUS_OPENINGS) and (focus := _FOCUS_ADVERB.match(read)) is not None:
        # "..., especially the resolutions on ...": the adverb that singles the phrase out is no part of it
        read = _without_article(read[focus.end() :])
    if " that " in read and (clause := _manner_that_clause(head, whole_head, phrase_start)) is not None:
        # "and noting with deep concern that casualties continue to take a heavier toll on personnel of
        # non-governmental organizations than on United Nations personnel,¹³": the clause, not "concern that ..."
        return clause
    if (all(w.capitalize() in _CLAUSE_VERBS for w in read.split()) or _THAT_CLAUSE.match(read)) and (
        whole := _LAST_PHRASE.search(whole_head, _last_words(whole_head, 5)[0])
    ) is not None:
        # "Decides to allocate ... with respect to investor-State dispute settlement reform;¹⁹": a verb is never
        # the anchor, nor what opens the clause after it ("Demands that ali Somali parties, including ...,
        # comply fully ... with their agreement on implementing the cease-fire and on modalities of
        # disarmament;¹³"); the plain noun phrase at the mark is read
        phrase = _without_article(_without_that_article(_tidy(whole[0])))
        if _RELATIVE_AT_START.match(phrase) is not None and (
            noun := _noun_before_relative(whole_head, phrase)
        ):
            # "and notes the technical upgrades that have been completed;⁴⁸": the phrase read over the last words is
            # the relative clause alone; the noun it is on opens the anchor ("upgrades that were completed" fits)
            return f"{noun} {phrase}"
        return phrase
    if read.startswith(_PARTICIPLE_OPENINGS) and (named := _object_of_verb(whole_head)) is not None:
        # "Recognizing the Outer Space Treaty as the cornerstone of the international legal regime governing outer
        # space activities,⁸": a participle phrase has no head noun; the name the verb governs is read
        return named
    if (
        "including" in whole_head[len(head) :]
        and read.islower()
        and _INCLUDED_AT_MARK.fullmatch(whole_head, len(head)) is not None
    ):
        # "those who take part in peace operations, including peacekeeping operations,⁷": the part in plain words
        # that the mark ends is read with the phrase it is part of, as printed (both name what the footnote is on)
        return f"{read}{' '.join(whole_head[len(head) :].split())}"
    return read


#: Participles that open a phrase read at the mark with no noun before them: "governing outer space activities".
_PARTICIPLE_OPENINGS = ("governing ", "concerning ", "regarding ", "relating ", "pertaining ", "dealing ")


# ---- plain noun phrases at the mark ------------------------------------------------------------------------------

#: A capitalised name right after the governing verb, and a plain word after it: "(Recognizing) the Outer Space Treaty
#: as".
_OBJECT_NAME = re.compile(
    r"\s*(?:the\s+)?(?P<name>[A-Z][\w\u2019'-]*(?:\s+(?:(?:of|on|the|and|for|against)\s+)*[A-Z][\w\u2019'-]*){0,12})"
    r"(?=\s+[a-z])"
)


def _object_of_verb(head: str) -> str | None:
    """The capitalised name that the verb governing ``head`` takes as its object, right after it, or None.

    >>> _object_of_verb("Recognizing the Outer Space Treaty as the cornerstone of the regime governing activities")
    'Outer Space Treaty'
    >>> _object_of_verb("Recognizing the role of the regime governing activities") is None
    True
    """
    verb_end = _verb_end(head)
    if verb_end == 0:
        return None
    m = _OBJECT_NAME.match(head, verb_end)
    return None if m is None else _tidy(m["name"])


#: The capitalised words of a name that end right before a phrase read at the mark: "World " (Health Organization
#: guiding principles).
_NAME_WORDS_BEFORE = re.compile(r"(?<![\w\u2019'-])(?:[A-Z][\w\u2019'-]*\s+){1,6}$")
#: A name that goes on before such words, which are then no name's start: "Scientific and " (Technical Subcommittee).
_NAME_GOES_ON = re.compile(r"(?:[A-Z][\w\u2019'-]*\s+(?:(?:and|of|for|on|the)\s+)?|\S)$")
#: How far back :data:`_NAME_WORDS_BEFORE` is looked for.
_NAME_WORDS_SPAN = 60


def _name_words_before(head: str, start: int) -> int:
    """Where the name whose later words open the phrase at ``head[start]`` starts: the capitalised words right before
    it, not a verb or participle among them ("Welcoming World Bank ..."); ``start`` when there are none.

    >>> h = "in line with the World Health Organization guiding principles"
    >>> h[_name_words_before(h, h.index("Health")) :]
    'World Health Organization guiding principles'
    >>> h = "Welcoming Health Organization guiding principles"
    >>> h[_name_words_before(h, h.index("Health")) :]
    'Health Organization guiding principles'
    >>> h = "the Scientific and Technical Subcommittee continued its work"
    >>> h[_name_words_before(h, h.index("Subcommittee")) :]
    'Subcommittee continued its work'
    """
    m = _NAME_WORDS_BEFORE.search(head, max(0, start - _NAME_WORDS_SPAN), start)
    if m is None or _NAME_GOES_ON.search(head, max(0, m.start() - 30), m.start()) is not None:
        return start  # "the Scientific and Technical Subcommittee continued its work": no name's first words
    words = m[0].split()
    first = next((k for k, word in enumerate(words) if not _is_verb_word(word)), None)
    return start if first is None else head.index(words[first], m.start())


#: A part in plain words, the cut off rest of a head: ", including peacekeeping operations".
_INCLUDED_AT_MARK = re.compile(r",\s+including\s+(?:the\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,5}")
#: How far before a plain noun phrase read at a mark :func:`_document_noun_before` looks for a document noun.
_NOUN_OF_SPAN = 40
#: The article a :data:`_LAST_PHRASE` match may open with.
_PHRASE_ARTICLE = re.compile(r"(?:its|their|the)\s+")


def _document_noun_before(head: str, phrase: re.Match[str]) -> int | None:
    """Where the document noun and "of (the)" right before ``phrase``, the plain noun phrase read at the end of ``head``,
    start (:data:`_HEAD_NOUN_BEFORE`: "replies of the", "reply of the"), or None: the noun is what the phrase names
    the author of, and the footnote cites ("the replies of the three Governments concerned"). The phrase opens with an
    article, as an author's name does (not "review of regional environmental management plans"), or with a capitalised
    name right after "of" ("the comments of Governments and international organizations", A/RES/78/114 F2).

    >>> h = "Noting the replies of the three Governments concerned"
    >>> _document_noun_before(h, _LAST_PHRASE.search(h, h.index("of the")))
    11
    >>> h = "Noting the efforts of the three Governments concerned"
    >>> _document_noun_before(h, _LAST_PHRASE.search(h, h.index("of the"))) is None
    True
    >>> h = "Taking note of the comments of Governments and international organizations"
    >>> h[_document_noun_before(h, _LAST_PHRASE.search(h, h.index("Governments"))) :]
    'comments of Governments and international organizations'
    >>> h = "Notes the outcomes of its fourth session"
    >>> _document_noun_before(h, _LAST_PHRASE.search(h, h.index("outcomes")))
    10
    >>> h = "notes the procedure for the development, establishment and review of regional environmental management plans"
    >>> _document_noun_before(h, _LAST_PHRASE.search(h, h.index("review"))) is None
    True
    """
    article = _PHRASE_ARTICLE.match(head, phrase.start())
    if article is None and head.startswith("of ", phrase.start()):
        # "the outcomes of its fourth session": the phrase read opens with the "of" of a possessive
        article = _PHRASE_ARTICLE.match(head, phrase.start() + 3)
    if article is not None:
        opens = article.end()
    elif head[phrase.start() : phrase.start() + 1].isupper() and head.endswith(" of ", 0, phrase.start()):
        # "the comments of Governments and international organizations": a name opens the phrase without an article
        opens = phrase.start()
    else:
        return None  # "the development, establishment and review of regional environmental management plans"
    noun = _HEAD_NOUN_BEFORE.search(head, max(0, phrase.start() - _NOUN_OF_SPAN), opens)
    return noun.start("head") if noun is not None else None


#: How far before a second "and of" author :func:`_noun_before_first_author` looks for the first author's "of".
_FIRST_AUTHOR_SPAN = 90
#: A first author's name that a second "and of" one follows: capitalised words, with "of", "for", "on", "and" and
#: "the" inside, and no comma, semicolon or bracket ("the Secretary-General", "the Office of Legal Affairs").
_FIRST_AUTHOR = re.compile(
    r"(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+(?:(?:of|for|on|and|the)\s+)?[A-Z][\w\u2019'-]*){0,8}"
)


def _noun_before_first_author(head: str, phrase_start: int) -> int | None:
    """Where the document noun and "of (the)" start whose first author's name comes before the "and of (the)" of a
    second author at ``phrase_start`` (the plain phrase read at the mark opens with it or right after it)
    (:data:`_HEAD_NOUN_BEFORE`, :data:`_FIRST_AUTHOR`), or None.

    >>> h = "as well as the comments of the Secretary-General and of the Board thereon"
    >>> h[_noun_before_first_author(h, h.index("of the Board")) :]
    'comments of the Secretary-General and of the Board thereon'
    >>> h[_noun_before_first_author(h, h.index("Board")) :]
    'comments of the Secretary-General and of the Board thereon'
    >>> h = "the efforts of the Secretary-General and of the Board thereon"
    >>> _noun_before_first_author(h, h.index("Board")) is None
    True
    """
    if head.startswith("of ", phrase_start) and head.endswith(" and ", 0, phrase_start):
        before = phrase_start - len(" and ")
    elif head.endswith((" and of the ", " and of "), 0, phrase_start):
        before = head.rindex(" and of ", 0, phrase_start)
    else:
        return None
    window = max(0, before - _FIRST_AUTHOR_SPAN)
    at = before
    while (at := head.rfind(" of ", window, at)) != -1:
        if _FIRST_AUTHOR.fullmatch(head, at + 4, before) is not None:
            opens = at + 4 + (4 if head.startswith("the ", at + 4) else 0)
            noun = _HEAD_NOUN_BEFORE.search(head, max(0, at - _NOUN_OF_SPAN), opens)
            if noun is not None:
                return noun.start("head")
    return None


#: A colon and the letter or number of the first subparagraph after it: the subparagraph is a clause of its own.
_FIRST_ITEM = re.compile(r":\s*(?=\((?:[a-z]|[ivx]{1,4})\)\s)")
#: "that" opening a clause, not a demonstrative before a noun ("that organization’s decision").
_THAT_CLAUSE = re.compile(r"that\s+(?![\w-]+[\u2019']s\b)")
#: A relative "that" or "which" and the auxiliary of its verb, opening a phrase read at a mark: "that have been
#: completed" is a clause on the noun before it, never a name of its own.
_RELATIVE_AT_START = re.compile(
    r"(?:that|which)\s+(?:is|are|was|were|has|have|had|will|would|shall|should|may|might|can|could|must)\b"
)


def _noun_before_relative(head: str, clause: str) -> str | None:
    """The plain noun phrase that ``clause``, a relative clause at the end of ``head``, is on, or None.

    >>> _noun_before_relative("and notes the technical upgrades that have been completed", "that have been completed")
    'technical upgrades'
    >>> _noun_before_relative("Decides that have been completed", "that have been completed") is None
    True
    """
    if not head.endswith(clause):
        return None
    before = head[: len(head) - len(clause)].rstrip()
    words: list[str] = []
    # the plain words back to the governing verb or an article (a capital, a digit or punctuation: no plain noun)
    for w in reversed(before.split()[-5:]):
        if w.capitalize() in _CLAUSE_VERBS or w in ("the", "a", "an", "its", "their"):
            break
        if not (w.isalpha() and w.islower()):
            return None
        words.insert(0, w)
    return " ".join(words) or None


#: The verbs of a subparagraph that says what someone is to do, before the task's object: "(b) To continue to
#: implement the project on ...", "(c) To continue and finalize its work on ...", "(v) To carry out work on ...".
_INFINITIVE_OPENING = re.compile(
    r"\s*(?:\([a-z]{1,5}\)\s*)?To\s+[a-z]+(?:\s+and\s+[a-z]+)?(?:\s+out)?"
    r"(?:\s+to\s+(?:further\s+)?[a-z]+(?:\s+and\s+[a-z]+)?(?:\s+out)?)*\s+"
)
#: A comma or "and" left at the end of an item by the cut before the next one (", and to define ...").
_TRAILING_AND = re.compile(r"[\s,]*(?:\band)?[\s,]*$")


#: Words at the end of a head that only say in what regard: no part of a name. (Not "as reaffirmed by the
#: Commission at its fifty-third session": the footnote may cite the report of the one that did so, as for
#: "as recommended by the World Summit on Sustainable Development,²⁰" in A/RES/78/69.)
_TRAILING_QUALIFIER = re.compile(r"\s+in\s+(?:this|that)\s+(?:regard|respect)$")
#: A connective at the end of a head that only singles out or qualifies what comes before it: no part of a name
#: ("..., in particular,", "..., inter alia,", "..., as appropriate,"); read as if not there.
_TRAILING_CONNECTIVE = re.compile(r",?\s+(?:in\s+particular|inter\s+alia|as\s+appropriate)$")
#: What a connective leaves when it is all that is read: never an anchor (:func:`anchor_before`). "as amended" after
#: an instrument's name says which text of it is meant, and names nothing ("the Agreement for the Establishment of the
#: General Fisheries Commission for the Mediterranean, as amended,⁴¹": the Agreement).
_CONNECTIVE_READS = frozenset(
    {
        "as amended",
        "particular",
        "in particular",
        "inter alia",
        "alia",
        "as appropriate",
        "appropriate",
        "this regard",
        "that regard",
        "this respect",
        "that respect",
    }
)
#: A connective that such a reading came from, at the end of a head (its start is where the words before it end).
_CONNECTIVE_AT_END = re.compile(
    r",?\s+(?:in\s+particular|inter\s+alia|as\s+(?:appropriate|amended)|in\s+(?:this|that)\s+(?:regard|respect))[\s,]*$"
)
#: Since when a named body or programme has worked, at the end of a head: no name, and what "its" points back to is
#: the name before it ("within the framework of UN-SPIDER since its establishment in 2006 ²⁷": UN-SPIDER).
_TRAILING_SINCE = re.compile(
    r"\s+since\s+(?:its|their)\s+(?:establishment|creation|inception|launch|founding|entry\s+into\s+force)"
    r"(?:\s+in\s+\d{4})?$"
)
#: How far before the end of a head :data:`_TRAILING_SINCE` is looked for.
_TRAILING_SINCE_SPAN = 60
#: A manner adjunct at the end of a head: in what languages (and how) something is done, never a name: ", including
#: electronically, in the six official languages of the United Nations" (the object before it carries the mark).
_IN_OFFICIAL_LANGUAGES = re.compile(
    r"(?:,\s+including\s+[a-z]+ly,)?,?\s+in\s+(?:all\s+)?(?:the\s+)?(?:(?:six|all)\s+)?official\s+languages"
    r"(?:\s+of\s+the\s+United\s+Nations)?$"
)
#: How far before the end of a head :data:`_IN_OFFICIAL_LANGUAGES` is looked for.
_IN_OFFICIAL_LANGUAGES_SPAN = 120


#: An organ that a document before it was presented to, at the end of a head after a plain word that is no
#: participle or verb ("the United Nations study on violence against children to the General Assembly"): the addressee
#: names no document; the document before it carries the mark. (Not "submitted to the", read by
#: :data:`_QUALIFIER_BEFORE`; not a name before "to": "the Permanent Observer to the ...".)
_ADDRESSEE_ORGAN = re.compile(
    r"(?<=\s)(?P<word>[a-z][\w\u2019'-]*)\s+to\s+the\s+"
    rf"{_ADDRESSEE_ORGANS}$"
)
#: The last words of the organs :data:`_ADDRESSEE_ORGAN` names (a cheap test first).
_ORGAN_ENDINGS = ("Assembly", "Council")
#: How far back :data:`_ADDRESSEE_ORGAN` is looked for.
_ADDRESSEE_SPAN = 80
#: Plain words before "to the <organ>" that make it what is done, or whom it is done to, not an addressee.
_NOT_ADDRESSED = frozenset(
    {
        "report",
        "submit",
        "present",
        "transmit",
        "recommend",
        "convey",
        "forward",
        "refer",
        "relevant",
        "due",
        "contribution",
        "contributions",
        "accession",
        "party",
        "parties",
        "access",
        "membership",
        "and",
        "or",
    }
)


def _addressee_organ(head: str) -> str | None:
    """``head`` without the organ a document was presented to that ends it (:data:`_ADDRESSEE_ORGAN`), or None.

    >>> _addressee_organ("the United Nations study on violence against children to the General Assembly")
    'the United Nations study on violence against children'
    >>> _addressee_organ("the report submitted to the General Assembly") is None
    True
    >>> _addressee_organ("requests the Secretary-General to report to the General Assembly") is None
    True
    """
    m = _ADDRESSEE_ORGAN.search(head, max(0, len(head) - _ADDRESSEE_SPAN))
    if m is None or m["word"] in _NOT_ADDRESSED or m["word"].endswith(("ed", "ing")):
        return None
    return head[: m.end("word")]


#: The manner phrase of a verb that opens a plain noun phrase read at the mark: "notes with appreciation the
#: policy", "takes note with interest of the report" (before a determiner: "interest rates" is a phrase).
_MANNER = re.compile(
    r"^\s*(?:with\s+)?(?:(?:deep|great|grave|serious|particular)\s+)?"
    r"(?:appreciation|interest|satisfaction|concern|gratitude|regret)\s+(?:of\s+)?(?=(?:the|its|their)\s)"
)

#: The manner noun of a participle and the "that" that opens the clause it governs, in a phrase read at the mark:
#: "(noting with deep) concern that ", "(with) satisfaction that ". (The phrase read over the last few words crossed
#: the "that" when a cut inside the clause left only its subject and verb: "concern that casualties continue", cut
#: before "to take a heavier toll on ...".)
_MANNER_THAT = re.compile(
    r"(?:(?:deep|great|grave|serious|particular)\s+)?"
    r"(?:appreciation|interest|satisfaction|concern|gratitude|regret|alarm)\s+that\s+(?=[a-z])"
)
#: The longest that-clause read whole up to the mark.
_MANNER_THAT_SPAN = 250


def _manner_that_clause(head: str, whole_head: str, phrase_start: int) -> str | None:
    """The that-clause a manner noun governs (:data:`_MANNER_THAT`) in the phrase read at ``head[phrase_start:]``, read
    from its first word up to the mark at the end of ``whole_head`` (``head`` before any cut), or None. The governing
    participle's "concern that" opens no anchor, and the clause names no document: its words up to the mark are what
    the footnote supports, and any part of them (its tail at the mark) lies within them.

    >>> h = "and noting with deep concern that casualties continue to take a heavier toll on personnel"
    >>> _manner_that_clause(h[:53], h, 21)
    'casualties continue to take a heavier toll on personnel'
    >>> _manner_that_clause("noting with concern the report", "noting with concern the report", 12) is None
    True
    """
    m = _MANNER_THAT.search(head, phrase_start)
    if m is None or not whole_head.startswith(head[: m.end()]):
        return None
    clause = whole_head[m.end() :]
    if len(clause) > _MANNER_THAT_SPAN or ";" in clause or "\u201c" in clause:
        return None
    return _without_article(_tidy(clause))


#: A right and, in plain words, what it is to, at the end of a head: "the right to freedom of thought, conscience
#: and religion or belief" is one noun phrase, read from "right".
_RIGHT_TO = re.compile(r"\brights?\s+to\s+(?:[a-z][\w-]*,?\s+){0,12}[a-z][\w-]*$")
#: How far before the last few words :data:`_RIGHT_TO` is looked for.
_RIGHT_TO_SPAN = 120

#: "take part in", "play a (full) part in": the verb's noun and preposition, before the noun phrase they govern.
_PART_IN = re.compile(
    r"\b(?:tak(?:e|es|ing|en)|took|play(?:s|ing|ed)?)\s+(?:(?:an?|the)\s+)?(?:[a-z]+\s+)?part\s+in\s+(?:the\s+)?"
)
#: A past participle or tense at the end of a phrase ("decided", "devoted"; not "need"): no noun ends it.
_ENDS_IN_VERB = re.compile(r"[a-z]{3}ed$")

#: The standard phrases that locate what they name: "in accordance with", "in compliance with", "in conformity
#: with", "in line with" (:data:`_LOCATED`, :data:`_LOCATED_FIRST`).
_STANDARD_WITH = r"in\s+(?:accordance|compliance|conformity|line)\s+with"
#: The words that place what a plain noun phrase after them names: a document or a set of rules ("contained in
#: the administrative instruction ...", "in accordance with the rules of procedure", "within his mandate",
#: "including its ...").
_LOCATED = re.compile(
    r"\b(?:(?:contained|set\s+out|set\s+forth|enshrined|reflected|outlined|described)\s+in"
    rf"|{_STANDARD_WITH}|within)\s+(?P<det>the|its|their|his|her)\s+"
    r"(?P<owner>[A-Z][\w-]*[\u2019']s\s+)?"  # "as reflected in the Agency’s proposed programme budget for 2024"
    r"|(?<=[A-Za-z]),\s+including\s+(?P<part>its|their)\s+"
)
#: What a located phrase does not hold: a new clause or item, a title.
_NOT_LOCATED = re.compile(
    r"[;:\u201c\u201d\"]|,\s+(?:and\s+)?(?:the|its|their|which|including|in\s+particular)\b|\b(?:that|which|whereby|whose)\b"
    r"|\band\s+(?:the|its|their|to|on|in|with)\s|\bto\s+[a-z]+\b|^present\b"
)
#: How many words a located phrase may hold.
_LOCATED_WORDS = 25


def _located_phrase(head: str) -> str | None:
    """The plain noun phrase that ends ``head`` after words that locate a document or rules in it
    (:data:`_LOCATED`), or None: the phrase opens with a plain word and holds no new clause or item.

    >>> _located_phrase("and expressing the need to adopt a programme of work, in accordance with the rules of procedure")
    'rules of procedure'
    >>> _located_phrase("Particularly in Africa, including its 2018–2030 strategic framework")
    'its 2018–2030 strategic framework'
    >>> _located_phrase("the Special Rapporteur on contemporary forms of slavery, including its causes") is None
    True
    """
    openers = list(_LOCATED.finditer(head, max(0, len(head) - 300)))
    if not openers or not _is_plain_word(head[openers[-1].end() :].split(None, 1)[0].rstrip(",")):
        return None
    last = openers[-1]
    if last["part"] is not None and not head[: last.start()].rsplit(None, 1)[-1][:1].isupper():
        # ", including its ..." after a name: a part of it ("the Convention to Combat Desertification ...,
        # Particularly in Africa, including its 2018–2030 strategic framework"); after plain words, what goes
        # on a title ("the Special Rapporteur on contemporary forms of slavery, including its causes and
        # consequences")
        return None
    phrase = head[last.end() :]
    if _NOT_LOCATED.search(phrase) or len(phrase.split()) > _LOCATED_WORDS:
        return None
    if last["owner"]:
        return _tidy(
            last["owner"] + phrase
        )  # the owner stays with what it owns: "Agency’s proposed programme budget"
    det = last["part"] or (last["det"] if last["det"] in ("its", "their") else "")
    return _tidy(f"{det} {phrase}" if det else phrase)


#: A second thing located after "and with", at the end of a head: "and with the " (rules of procedure).
_LOCATED_CONJUNCT = re.compile(r"\sand\s+with\s+(?P<det>the|its|their)\s+")
#: The words that locate the first one, earlier in the clause: "in accordance with".
_LOCATED_FIRST = re.compile(rf"\b{_STANDARD_WITH}\s")
#: How far back the two are looked for.
_LOCATED_CONJUNCT_SPAN = 300


def _located_conjunct(head: str) -> str | None:
    """The plain noun phrase that ends ``head`` after "and with the", when "in accordance (compliance, conformity,
    line) with" opened the first of the two things located earlier in the clause (:func:`_located_phrase` reads a
    phrase right after the opener); or None. The phrase opens with a plain word and holds no new clause or item.

    >>> _located_conjunct("to facilitate their submissions in accordance with the requirements of article 76 of the"
    ...                   " Convention and with the rules of procedure")
    'rules of procedure'
    >>> _located_conjunct("to cooperate with the Commission and with the rules of procedure") is None
    True
    """
    lo = max(0, len(head) - _LOCATED_CONJUNCT_SPAN, head.rfind(";") + 1)
    if " and with " not in head[lo:]:
        return None
    last = _last_match(_LOCATED_CONJUNCT, head, lo)
    if last is None or _LOCATED_FIRST.search(head, lo, last.start()) is None:
        return None
    phrase = head[last.end() :]
    if (
        not phrase
        or not _is_plain_word(phrase.split(None, 1)[0].rstrip(","))
        or _NOT_LOCATED.search(phrase)
        or len(phrase.split()) > _LOCATED_WORDS
    ):
        return None
    det = last["det"] if last["det"] in ("its", "their") else ""
    return _tidy(f"{det} {phrase}" if det else phrase)


#: A plain noun phrase, to the end of a head, that words which locate a document in it open (:data:`_LOCATED`); its
#: plain words may join others with "and the" ("the guidelines for governmental experts and the secretariat in the
#: conduct of country reviews").
_LOCATED_PLAIN = re.compile(r"(?:[a-z][\w\u2019'-]*\s+){0,24}[a-z][\w\u2019'-]*")
#: What such a phrase does not hold: a new clause, an item's "including", an infinitive.
_NOT_LOCATED_PLAIN = re.compile(r"\b(?:that|which|who|whose|whereby|including|to)\b")
#: A list item of plain words after a name and "and the", to the end of a head: "such as the Stolen Asset Recovery
#: Initiative and the asset recovery inter-agency networks" (a name's title goes on in capitalised words).
_PLAIN_ITEM_AFTER_NAME = re.compile(
    r"[A-Z][\w\u2019'-]*\s+and\s+the\s+(?P<item>(?!and\b)[a-z][\w\u2019'-]*(?:\s+(?!and\b)[a-z][\w\u2019'-]*){1,9})$"
)
#: How far back from the mark :func:`_plain_phrase_at_mark` reads.
_PLAIN_AT_MARK_SPAN = 300


def _plain_phrase_at_mark(head: str) -> str | None:
    """The plain noun phrase that ends ``head`` (a mark's text before it) after words that locate a document in it
    ("as contained in the ...") or after a name and "and the", or None; read in place of the one asked to do
    something, who names no document ("and urges Member States to continue to support this work ... and adhere to
    the timelines for review, as contained in the guidelines for governmental experts and the secretariat in the
    conduct of country reviews;³²").

    >>> _plain_phrase_at_mark("and adhere to the timelines, as contained in the guidelines for governmental experts"
    ...                       " and the secretariat in the conduct of country reviews;")
    'guidelines for governmental experts and the secretariat in the conduct of country reviews'
    >>> _plain_phrase_at_mark("Invites States parties to make best use of opportunities through entities such as the"
    ...                       " Stolen Asset Recovery Initiative and the asset recovery inter-agency networks,")
    'asset recovery inter-agency networks'
    >>> _plain_phrase_at_mark("Invites States parties to make best use of the Stolen Asset Recovery Initiative") is None
    True
    """
    head = head.rstrip(" ,;:.")
    start = max(0, len(head) - _PLAIN_AT_MARK_SPAN, head.rfind(";") + 1)
    if " in " in head[start:] or " with " in head[start:]:
        openers = list(_LOCATED.finditer(head, start))
        if openers and openers[-1]["part"] is None and openers[-1]["owner"] is None:
            phrase = head[openers[-1].end() :]
            if _LOCATED_PLAIN.fullmatch(phrase) is not None and _NOT_LOCATED_PLAIN.search(phrase) is None:
                det = openers[-1]["det"]
                return _tidy(f"{det} {phrase}" if det in ("its", "their") else phrase)
    if " and the " in head[start:] and (item := _PLAIN_ITEM_AFTER_NAME.search(head, start)) is not None:
        return _tidy(item["item"])
    return None


#: The words that give an example of what the clause names, before the plain noun phrase at the mark: "initiatives
#: such as the accelerator council for new tuberculosis vaccines" (the determiner is the group ``det``).
_SUCH_AS = re.compile(r"\bsuch\s+as\s+(?:(?P<det>the|its|their)\s+)?(?=[a-z])")
#: A new item in such an example: the mark is on the last item only, which other rules read.
_EXAMPLE_NEW_ITEM = re.compile(r"\b(?:and|or)\s+(?:the|its|their|a|an)\s|,")


def _example_at_mark(head: str) -> str | None:
    """The plain noun phrase that ends ``head`` (a mark's text before it) right after "such as (the)", or None: the
    example carries the mark, not the kind of thing it exemplifies nor a name or verb further back ("Commit to ...
    through global collaboration mechanisms, including World Health Organization initiatives such as the accelerator
    council for new tuberculosis vaccines¹²": the footnote gives the council's web page). The phrase holds plain words
    only, no clause, infinitive or item of its own (a name after "such as" is read by the walk, as "such as the BRICS
    Tuberculosis Research Network" is).

    >>> _example_at_mark("including World Health Organization initiatives such as the accelerator council for new"
    ...                  " tuberculosis vaccines ")
    'accelerator council for new tuberculosis vaccines'
    >>> _example_at_mark("noting platforms and networks such as the BRICS Tuberculosis Research Network") is None
    True
    >>> _example_at_mark("using tools such as the guidelines and the standards,") is None
    True
    """
    head = head.rstrip(" ,;:.")
    start = max(0, len(head) - _PLAIN_AT_MARK_SPAN, head.rfind(";") + 1)
    example = _last_match(_SUCH_AS, head, start)
    if example is None:
        return None
    phrase = head[example.end() :]
    if (
        _LOCATED_PLAIN.fullmatch(phrase) is None
        or _NOT_LOCATED_PLAIN.search(phrase) is not None
        or _EXAMPLE_NEW_ITEM.search(phrase) is not None
    ):
        return None
    det = example["det"]
    return _tidy(f"{det} {phrase}" if det in ("its", "their") else phrase)


#: The words that name the means something is done by, before the plain noun phrase at the mark: "including through
#: the", "through the use of the", "by means of the" (the determiner is the group ``det``).
_MEANS_OPENER = re.compile(
    r"\b(?:through|via|by\s+means\s+of)\s+(?:the\s+use\s+of\s+)?(?P<det>the|its|their)\s+(?=[a-z])"
)
#: The ", including" that opens the means, earlier in the clause: "..., including by the sharing of ...".
_INCLUDING_LEAD = re.compile(r",\s+including\s+(?:through|by|via)\s")
#: A means in a gerund and its object, right after ", including by": "..., including by forging regional initiatives or
#: plans of action" (the object is the means' name in plain words, as the one after "through the" is).
_INCLUDING_BY_GERUND = re.compile(r",\s+including\s+by\s+[a-z]+ing\s+(?:(?P<det>the|its|their)\s+)?(?=[a-z])")


#: A capitalised name and the start of what it is for, on or of, cut off before "and"/"or" by the read at a mark:
#: "the 2023 Guidelines for the control and " before "management of ships' biofouling" (the name is group ``name``).
_CAPITALIZED_HEAD_BEFORE_CONJUNCT = re.compile(
    r"\bthe\s+(?P<name>(?:(?:19|20)\d\d\s+)?[A-Z][\w\u2019'-]*(?:\s+[A-Z][\w\u2019'-]*){0,3}\s+(?:for|on|of)\s+"
    r"(?:the\s+)?(?:[a-z][\w\u2019'-]*\s+){1,4}?(?:and|or)\s+)$"
)
#: How far before the plain read the capitalised name may start.
_CAPITALIZED_HEAD_SPAN = 120


def _capitalized_head_of_read(head: str, read: str) -> str | None:
    """The capitalised name whose "for/on/of" complement the plain ``read`` at the end of ``head`` (a mark's text
    before it) is the second conjunct of, with that complement, or None: read in place of the one asked to do
    something, who names no document ("and also encourages States to consider implementing the 2023 Guidelines for
    the control and management of ships' biofouling to minimize the transfer of invasive aquatic species, adopted by
    the International Maritime Organization;\u00b9\u00b2\u2074": the Guidelines, not "States"; the read was cut at
    "and").

    >>> _capitalized_head_of_read("encourages States to consider implementing the 2023 Guidelines for the control"
    ...                           " and management of ships biofouling", "management of ships biofouling")
    '2023 Guidelines for the control and management of ships biofouling'
    >>> _capitalized_head_of_read("requests the Secretary-General to keep the General Assembly informed of the"
    ...                           " funding and budgetary situation", "budgetary situation") is None
    True
    """
    folded = " ".join(head.split())
    at = folded.rfind(read)
    if at <= 0 or read.startswith(("its ", "their ")) or any(c.isupper() for c in read):
        return None
    found = _CAPITALIZED_HEAD_BEFORE_CONJUNCT.search(folded, max(0, at - _CAPITALIZED_HEAD_SPAN), at)
    if found is None:
        return None
    return _tidy(found["name"] + read)


def _means_phrase_at_mark(head: str) -> str | None:
    """The plain noun phrase that ends ``head`` (a mark's text before it) after words that name a means
    (:data:`_MEANS_OPENER`) or the gerund right after ", including by" (:data:`_INCLUDING_BY_GERUND`), in a part that
    ", including through/by" opens (:data:`_INCLUDING_LEAD`), or None; read
    in place of the one asked to do something, who names no document ("Encourages States to enhance information-sharing
    ..., including by the sharing of national measures ... through the use of the updated one-time voluntary
    questionnaire²⁰ and the maintenance of a network ...;": the questionnaire, not "States").

    >>> _means_phrase_at_mark("Encourages States to enhance cooperation, including through the updated one-time"
    ...                       " voluntary questionnaire")
    'updated one-time voluntary questionnaire'
    >>> _means_phrase_at_mark("Encourages States to engage in cooperation, including by forging regional initiatives")
    'regional initiatives'
    >>> _means_phrase_at_mark("Encourages States to enhance cooperation through the updated questionnaire") is None
    True
    >>> _means_phrase_at_mark("Encourages States, including through the network, to share data that is collected") is None
    True
    """
    head = head.rstrip(" ,;:.")
    start = max(0, len(head) - _PLAIN_AT_MARK_SPAN, head.rfind(";") + 1)
    if "including " not in head[start:]:
        return None
    lead = _last_match(_INCLUDING_LEAD, head, start)
    if lead is None:
        return None
    opener = _last_match(_MEANS_OPENER, head, lead.start()) or _INCLUDING_BY_GERUND.match(head, lead.start())
    if opener is None:
        return None
    phrase = head[opener.end() :]
    if _LOCATED_PLAIN.fullmatch(phrase) is None or _NOT_LOCATED_PLAIN.search(phrase) is not None:
        return None  # a new clause, an item or an infinitive before the mark
    det = opener["det"]
    return _tidy(f"{det} {phrase}" if det in ("its", "their") else phrase)


#: A document named by a plain noun and what it is on or of, in plain words, at the end of a head: "the ministerial
#: declaration of the high-level political forum on sustainable development", "the basic principles on the right to
#: an effective remedy for victims of trafficking in persons", "the Belgrade principles on the relationship between
#: national human rights institutions and parliaments". The noun may have two words before it; what follows holds no
#: new clause or item ("that", "which", "and the"). ("the principles of the rule of law" names no document.) A year
#: may open the phrase: "the 2016 political declaration of the high-level meeting to tackle antimicrobial resistance".
#: A policy is such a noun: "the policy on protection against retaliation for reporting misconduct and for cooperating
#: with duly authorized audits or investigations" (A/RES/80/238 F6, ST/SGB/2017/2/Rev.1; the cut at "on" + a plain
#: word left "policy").
_DOCUMENT_PHRASE = re.compile(
    r"\b(?:the|its|their)\s+(?P<phrase>(?:(?:19|20)\d\d\s+)?"
    r"(?:(?!(?:of|on|and|for|to|in|the|a|an)\b)[A-Za-z][\w-]*\s+){0,2}?"
    r"(?:(?:principles(?:\s+and\s+guidelines)?|guidelines|programmes?\s+of\s+action|plans?\s+of\s+action|code\s+of\s+conduct|polic(?:y|ies))"
    r"\s+(?:on|for|relating\s+to|concerning)"
    r"|(?:political\s+|ministerial\s+)?declarations?\s+(?:on|of))"
    r"(?:\s+(?!(?:that|which|who|whose|whereby|including|as)\b)(?!and\s+(?:the|its|their)\b)[a-z][\w\u2019'-]*){1,20})$"
)
#: How far back :data:`_DOCUMENT_PHRASE` is looked for.
_DOCUMENT_PHRASE_SPAN = 250
#: Principles or guidelines of a named owner, the owner's capitalised name before the plain words, and their subject
#: in plain words that a list with commas may run through up to the end of a head: "the World Health Organization
#: guiding principles on human cell, tissue and organ transplantation" (A/RES/79/189 F8, F11). (Only principles and
#: guidelines: "the declaration of the state of emergency, violations of ..." is an act, no document.)
_OWNED_PRINCIPLES = re.compile(
    r"\b(?:the|its|their)\s+(?P<phrase>(?:[A-Z][\w-]*\s+){0,4}(?:(?!(?:of|on|and|for|to|in|the|a|an)\b)[a-z][\w-]*\s+)?"
    r"(?:principles|guidelines)\s+(?:on|for|relating\s+to|concerning)"
    r"(?:,?\s+(?!(?:that|which|who|whose|whereby|including|as)\b)(?!and\s+(?:the|its|their)\b)[a-z][\w\u2019'-]*){1,20})$"
)
#: Such a phrase of guidelines, principles or a code without an article, after a preposition or "following", with at most
#: one plain word before the noun: "following existing guidelines on disability statistics", "in line with existing
#: guidelines on ...". (Not "data following existing guidelines": the word before the noun is no preposition.)
_BARE_DOCUMENT_PHRASE = re.compile(
    r"\b(?:following|under|with|of|in|on|to|by|and)\s+(?P<phrase>"
    r"(?:(?!(?:of|on|and|for|to|in|the|a|an|with|by|under|following)\b)[a-z][\w-]*\s+)?"
    r"(?:principles(?:\s+and\s+guidelines)?|guidelines|code\s+of\s+conduct)\s+(?:on|for|relating\s+to|concerning)"
    r"(?:\s+(?!(?:that|which|who|whose|whereby|including|as)\b)(?!and\s+(?:the|its|their)\b)[a-z][\w\u2019'-]*){1,20})$"
)


#: A plain noun phrase and what it is for or on in plain words, which a participle of adoption follows to the end of a
#: head: "the further initiatives for social development adopted by the General Assembly, including at its
#: twenty-fourth special session" (A/RES/80/5 F3, resolution S-24/2, whose annex is entitled "Further initiatives for
#: social development"). What was adopted is a document, whose name its "for"/"on" phrase is part of, no purpose
#: adjunct: at most two plain words before the noun, which is no participle, and up to four after the preposition (and
#: "the": "the guiding principles for the search for disappeared persons adopted by the Committee", A/RES/78/207 F12);
#: the qualifier holds no new item ("and the ...") nor clause break.
_SUBJECT_BEFORE_ADOPTED = re.compile(
    r"\b(?:the|its|their)\s+(?P<phrase>(?:(?!(?:the|an?|its|their|and|or|of|for|on|in|to|by|with|at|that|which)\b)"
    r"[a-z][\w-]*\s+){0,2}?[a-z][\w-]*(?<!ed)(?<!ing)"
    r"\s+(?:for|on)\s+(?:the\s+)?(?!(?:the|an?|its|their|this|that|these|those)\b)[a-z][\w-]*"
    r"(?:\s+(?!(?:adopted|endorsed|approved|and|or|that|which|the)\b)[a-z][\w-]*){0,3}?)"
    r"\s+(?:adopted|endorsed|approved)\s+(?:by|at|in|during)\s(?P<tail>[^;\u201c\u201d\"]{0,200})$"
)
#: How far back :data:`_SUBJECT_BEFORE_ADOPTED` is looked for.
_SUBJECT_BEFORE_ADOPTED_SPAN = 320
#: A new item in such a qualifier: the phrase before it is no name of the mark's.
_NEW_ITEM = re.compile(r"\b(?:and|as\s+well\s+as)\s+(?:the|its|their)\s")


def _subject_before_adopted(head: str) -> str | None:
    """The plain noun phrase and its "for"/"on" phrase that a participle of adoption follows to the end of ``head``
    (:data:`_SUBJECT_BEFORE_ADOPTED`), or None: the cut before "for" and a plain word (a purpose after a name) does
    not cut what was adopted short.

    >>> _subject_before_adopted("and the further initiatives for social development adopted by the General Assembly,"
    ...                         " including at its twenty-fourth special session")
    'further initiatives for social development'
    >>> _subject_before_adopted("the resources for development adopted by the Assembly and the measures on data") is None
    True
    """
    if " adopted " not in head and " endorsed " not in head and " approved " not in head:
        return None
    m = _SUBJECT_BEFORE_ADOPTED.search(head, max(0, len(head) - _SUBJECT_BEFORE_ADOPTED_SPAN))
    if m is None or _NEW_ITEM.search(m["tail"]) is not None:
        return None
    return _tidy(m["phrase"])


#: "The outcome(s) of the" event that an unbroken run of plain words names (no comma but the one before "entitled", no
#: new item or clause), then its title in quotes at the end of the head: "the outcome of the twenty-third special
#: session of the General Assembly, entitled “Women 2000: gender equality, development and peace for the twenty-first
#: century”". Bare "outcome" is no :data:`_HEAD_NOUNS` noun (it is a plain word elsewhere); with "of the" and a title it
#: names the document as "outcome document" does.
_ENTITLED_OUTCOME = re.compile(
    r"\b(?:the|its|their)\s+(?P<name>outcomes?\s+of\s+the\s+"
    r"{word}(?:\s+{word}){{0,23}},?\s+entitled\s+[\u201c\"][^\u201c\u201d\"]{{1,300}}[\u201d\"])$".format(
        word=r"(?!(?:and|or|that|which|who|whose|including|as|held|adopted|entitled)\b)[\w\u2019'-]+"
    )
)
#: How far back :data:`_ENTITLED_OUTCOME` is looked for.
_ENTITLED_OUTCOME_SPAN = 600


def _entitled_outcome(head: str) -> str | None:
    """The outcome of an event, with its title in quotes, that ends ``head`` (:data:`_ENTITLED_OUTCOME`), or None.

    >>> _entitled_outcome("and the outcome of the twenty-third special session of the General Assembly, entitled"
    ...                   " “Women 2000: gender equality”")
    'outcome of the twenty-third special session of the General Assembly, entitled “Women 2000: gender equality”'
    >>> _entitled_outcome("the outcomes of the Conference, the Declaration, and of the session, entitled “Women”") is None
    True
    """
    if "entitled" not in head or "outcome" not in head:
        return None
    m = _ENTITLED_OUTCOME.search(head, max(0, len(head) - _ENTITLED_OUTCOME_SPAN))
    return None if m is None else _tidy(m["name"])


#: A plain noun after an article, what it is relevant to in plain words ("to" said again after "and" may open a
#: second subject), at the end of a head: "the paragraphs relevant to nuclear disarmament and to verification". No
#: verb before "relevant" ("the measures are relevant to ..."): the noun's words are plain nouns or adjectives.
#: (The words after "to" are taken possessively: an "and" that could be a word or a joiner is never tried both ways.)
_RELEVANT_TO_PHRASE = re.compile(
    r"\b(?:(?P<own>its|their)|the)\s+(?P<phrase>(?:{word}\s+){{0,2}}{word}\s+relevant\s+to\s+"
    r"[a-z][\w-]*(?:\s+(?:and\s+to\s+|and\s+|or\s+)?[a-z][\w-]*){{0,8}}+)$".format(
        word=r"(?!(?:is|are|was|were|be|been|being|remain|remains|remained|become|becomes|seem|seems|more|most|not|"
        r"also|particularly|especially|directly|and|or|that|which)\b)[a-z][\w-]*"
    )
)
#: How far back :data:`_RELEVANT_TO_PHRASE` is looked for.
_RELEVANT_TO_SPAN = 200


def _relevant_to_phrase(head: str) -> str | None:
    """The plain noun and what it is relevant to at the end of ``head`` (:data:`_RELEVANT_TO_PHRASE`), or None;
    "its" or "their" is kept, "the" is not.

    >>> _relevant_to_phrase("in particular the paragraphs relevant to nuclear disarmament and to verification")
    'paragraphs relevant to nuclear disarmament and to verification'
    >>> _relevant_to_phrase("the Convention and its optional protocols relevant to trafficking in persons")
    'its optional protocols relevant to trafficking in persons'
    >>> _relevant_to_phrase("that the measures are relevant to nuclear disarmament") is None
    True
    """
    m = _RELEVANT_TO_PHRASE.search(head, max(0, len(head) - _RELEVANT_TO_SPAN))
    if m is None:
        return None
    return f"{m['own']} {m['phrase']}" if m["own"] else m["phrase"]


def _document_phrase(head: str) -> str | None:
    """The document named by a plain noun ("principles", "declaration", ...) and its subject in plain words at the
    end of ``head`` (:data:`_DOCUMENT_PHRASE`), or None.

    >>> _document_phrase("Recalling the ministerial declaration of the high-level political forum on sustainable development")
    'ministerial declaration of the high-level political forum on sustainable development'
    >>> _document_phrase("Recalling the efforts of States on sustainable development") is None
    True
    >>> _document_phrase("the importance of reliable data following existing guidelines on disability statistics")
    'existing guidelines on disability statistics'
    """
    m = _DOCUMENT_PHRASE.search(head, max(0, len(head) - _DOCUMENT_PHRASE_SPAN))
    if m is None and ("guidelines " in head or "principles " in head or "code of " in head):
        # "following existing guidelines on disability statistics,²¹": no article opens the phrase
        m = _BARE_DOCUMENT_PHRASE.search(head, max(0, len(head) - _DOCUMENT_PHRASE_SPAN))
    if m is None and ("principles " in head or "guidelines " in head):
        # "the World Health Organization guiding principles on human cell, tissue and organ transplantation": the
        # owner's name and the whole subject are read with the principles
        m = _OWNED_PRINCIPLES.search(head, max(0, len(head) - _DOCUMENT_PHRASE_SPAN))
    return _tidy(m["phrase"]) if m is not None else None


#: A plan, strategy or work programme named by plain nouns, with the capitalised name of its owner or a plain word or
#: two before them, and what it is on or for in plain words (a span of years may end it), at the end of a head: "the
#: World Health Organization global action plan on antimicrobial resistance", "the United Nations strategic plan for
#: forests 2017\u20132030", "the global action plan on antimicrobial resistance".
_PLAN_PHRASE = re.compile(
    r"\b(?:the|its|their)\s+(?P<phrase>(?:(?!(?:of|on|and|for|to|in|the|a|an|by|with|at)\b)[\w\u2019'-]+\s+){0,5}?"
    r"(?:action\s+plans?|strategic\s+plans?|strateg(?:y|ies)|work\s+programmes?)"
    r"\s+(?:on|for)\s+(?!(?:the|a|an|its|their)\b)[a-z][\w\u2019'-]*"
    r"(?:\s+(?!(?:and\s+(?:the|its|their)|that|which|including)\b)[a-z][\w\u2019'-]*){0,5}"
    r"(?:\s+\d{4}[\u2013-]\d{2,4})?)$"
)
#: How far back :data:`_PLAN_PHRASE` is looked for.
_PLAN_PHRASE_SPAN = 200
#: Such a plan with no subject, which the span of years it runs over ends, with its owner's name or acronym before the
#: plain nouns: "the UN-Women strategic plan 2022–2025" (A/RES/78/180 F13). (Not "the strategy 2022–2025" with
#: no owner before it: the walk back reads what is there.)
_PLAN_OF_YEARS = re.compile(
    r"\b(?:the|its|their)\s+(?P<phrase>(?:[A-Z][\w\u2019'-]*\s+){1,5}(?:[a-z][\w-]*\s+)?"
    r"(?:action\s+plans?|strategic\s+plans?|strateg(?:y|ies)|work\s+programmes?)\s+\d{4}[\u2013-]\d{2,4})$"
)


def _plan_phrase(head: str) -> str | None:
    """The plan or strategy named by plain nouns and its subject at the end of ``head`` (:data:`_PLAN_PHRASE`), or
    None: the owner's name before the nouns and the subject after them are read with them.

    >>> _plan_phrase("the World Health Organization global action plan on antimicrobial resistance")
    'World Health Organization global action plan on antimicrobial resistance'
    >>> _plan_phrase("Recalling the United Nations strategic plan for forests 2017\u20132030")
    'United Nations strategic plan for forests 2017\u20132030'
    >>> _plan_phrase("the efforts of States on sustainable development") is None
    True
    """
    tail = head[-_PLAN_PHRASE_SPAN:]
    if "plan" not in tail and "strateg" not in tail and "programme" not in tail:
        return None
    m = _PLAN_PHRASE.search(head, max(0, len(head) - _PLAN_PHRASE_SPAN))
    if m is None and head[-1:].isdigit():
        # "in the light of the UN-Women strategic plan 2022–2025,¹³": the span of years ends the plan's name
        m = _PLAN_OF_YEARS.search(head, max(0, len(head) - _PLAN_PHRASE_SPAN))
    return _tidy(m["phrase"]) if m is not None else None


#: A plan, strategy or framework named in plain words by what it is for, a gerund and its object, to the end of a head:
#: "the action plan for integrating sustainable development practices into Secretariat-wide operations and facilities
#: management" (A/RES/78/153 F43; a qualifier "submitted by the Secretary-General" is cut off first). The object holds
#: plain words and "Secretariat-wide", no new clause or item ("that", "which", "and the") and no participle of who
#: made it; "for" opens no purpose here but the document's name.
_PLAN_FOR_GERUND = re.compile(
    r"\b(?:the|its|their)\s+(?P<phrase>(?:(?!(?:of|on|and|for|to|in|the|a|an|by|with|at|as)\b)[\w\u2019'-]+\s+){0,4}?"
    r"(?:plans?|strateg(?:y|ies)|frameworks?|programmes?|guidelines|polic(?:y|ies)|road\s+maps?|toolkits?)"
    r"\s+for\s+(?!(?:during|including|concerning|regarding|following|pending|according)\b)[a-z][a-z-]*ing"
    r"(?:\s+(?!(?:and\s+(?:the|its|their)|that|which|who|whose|including|as|by|submitted|prepared|adopted|presented"
    r"|issued|endorsed)\b)(?:[a-z][\w\u2019'-]*|[A-Z][a-z]+-[a-z][\w-]*)){0,14})$"
)
#: How far back :data:`_PLAN_FOR_GERUND` is looked for.
_PLAN_FOR_GERUND_SPAN = 250


def _plan_for_gerund(head: str) -> str | None:
    """The plan or strategy named by what it is for (:data:`_PLAN_FOR_GERUND`) at the end of ``head``, read whole, or
    None: the cut at "for" + a plain word (a purpose after a name) does not cut a document's own name short.

    >>> _plan_for_gerund("Recalls the action plan for integrating sustainable development practices into"
    ...                  " Secretariat-wide operations and facilities management")
    'action plan for integrating sustainable development practices into Secretariat-wide operations and facilities management'
    >>> _plan_for_gerund("Recalls the action plan for sustainable development practices") is None
    True
    >>> _plan_for_gerund("as a forward-looking strategy for reaffirming the contribution of space activities") is None
    True
    """
    tail = head[-_PLAN_FOR_GERUND_SPAN:]
    if " for " not in tail or "ing" not in tail:
        return None
    m = _PLAN_FOR_GERUND.search(head, max(0, len(head) - _PLAN_FOR_GERUND_SPAN))
    return _tidy(m["phrase"]) if m is not None else None


#: A mandate's title, its subject in plain words (commas and all) running on to the end of a head: "the Special
#: Rapporteur on trafficking in persons, especially women and children", "the Special Rapporteur on the sale, sexual
#: exploitation and sexual abuse of children" (no new clause or item: "that", "which", ", and the").
#: A protocol to a convention whose own subject follows in plain words is a title of the same shape: "the Optional
#: Protocol to the Convention on the Rights of the Child on the sale of children, child prostitution and child
#: pornography" (the convention's title words are capitalised or small: "of", "the", "on", "against", "and"), "the
#: Optional Protocol thereto on the sale of children, ...", "its Optional Protocol on the involvement of children in
#: armed conflict".
_MANDATE_TITLE = re.compile(
    r"\b(?P<title>(?:Special\s+Rapporteur|Independent\s+Expert|Working\s+Group"
    r"|(?:Optional\s+)?Protocols?(?:\s+to\s+the(?:\s+(?:[A-Z][\w\u2019'-]*|of|the|and|against|on)){1,12}?|\s+thereto)?)"
    r"\s+on\s+(?:the\s+)?(?!its\b|their\b|the\b)[a-z][\w\u2019'-]*"
    r"(?:,?\s+(?!(?:which|that|who|whose|whereby)\b)(?!and\s+(?:the|its|their)\b)[a-z][\w\u2019'-]*){0,24})$"
)
#: How far back :data:`_MANDATE_TITLE` is looked for.
_MANDATE_TITLE_SPAN = 250


def _mandate_title(head: str) -> str | None:
    """The title of a mandate and its subject in plain words that ends ``head`` (:data:`_MANDATE_TITLE`), with the
    document noun before it ("report of the Special Rapporteur on ..."), or None.

    >>> _mandate_title("and the Special Rapporteur on trafficking in persons, especially women and children")
    'Special Rapporteur on trafficking in persons, especially women and children'
    >>> _mandate_title("the report of the Special Rapporteur on the right to food")
    'report of the Special Rapporteur on the right to food'
    """
    tail = head[-_MANDATE_TITLE_SPAN:]
    if "Rapporteur" not in tail and "Expert" not in tail and "Group" not in tail and "Protocol" not in tail:
        return None
    m = _MANDATE_TITLE.search(head, max(0, len(head) - _MANDATE_TITLE_SPAN))
    if m is None:
        return None
    start = m.start("title")
    near = _last_words(head, _BEFORE_CHUNKS, start)[0]
    title = _with_head_noun(head, start, m["title"], near)
    # "the reports of the Special Rapporteur on A, and of the Special Rapporteur on the sale, sexual exploitation and
    # sexual abuse of children,³²" (A/C.3/80/L.4 F32): the reports' noun is not said again, the bare title is read
    return _tidy(title)


#: A plan, programme or platform of action whose subject in plain words, commas and all, runs on to the end of a head
#: after "on" or "against" (and "the"; not "on a ... basis", "on its ... session"): "the Rabat Plan of Action on the
#: prohibition of advocacy of national, racial or religious hatred that constitutes incitement to discrimination,
#: hostility or violence", "the Plan of Action against incitement to violence". A lower-case "to <word>" there goes on
#: the subject ("incitement to violence"), a "that" and a verb in "-s" too ("that constitutes"); no new clause or item
#: ("which", "that was", ", and the", "to the").
#: (A match starts where the subject does; the title before it is what :func:`_walk` reads there.)
_ACTION_SUBJECT = re.compile(
    r"(?<=Action)\s+(?:on|against)\s+(?:the\s+)?(?!(?:its|their|the|a|an|behalf)\b)[a-z][\w\u2019'-]*"
    r"(?:,?\s+(?!(?:which|who|whose|whereby|including|as)\b)(?!that\s+(?:was|is|has|were|are|have|had)\b)"
    r"(?!and\s+(?:the|its|their)\b)(?!to\s+(?:the|its|their|a|an)\b)[a-z][\w\u2019'-]*){0,30}$"
)
#: The title nouns a :data:`_ACTION_SUBJECT` subject follows.
_ACTION_TITLES = ("Plan of Action", "Programme of Action", "Platform for Action")
#: How far back :data:`_ACTION_SUBJECT` is looked for.
_ACTION_SUBJECT_SPAN = 300


def _action_subject(head: str) -> str | None:
    """The plan or programme of action and its subject in plain words that end ``head``
    (:data:`_ACTION_SUBJECT`), or None: the subject is the title's, not a new clause ("to discrimination"
    is no infinitive of purpose), and the footnote sources the plan.

    >>> _action_subject("Noting the Plan of Action against incitement to violence")
    'Plan of Action against incitement to violence'
    >>> _action_subject("the implementation of the Doha Programme of Action on a system-wide basis") is None
    True
    """
    tail = head[-_ACTION_SUBJECT_SPAN:]
    if "Action" not in tail:
        return None
    m = _ACTION_SUBJECT.search(head, max(0, len(head) - _ACTION_SUBJECT_SPAN))
    if m is None or not head.endswith(_ACTION_TITLES, 0, m.start()):
        return None
    found = _walk(head[: m.start()])
    if found is None or found[0].count("(") != found[0].count(")"):
        return None
    return _tidy(found[0] + head[m.start() :])


#: A mandate's title and its subject in plain words up to a place's name that ends it: "the group of independent experts
#: on accountability for human rights violations in the " (Democratic People's Republic of Korea), "the Special
#: Rapporteur on the situation of human rights in " (Myanmar). (A match ends where the place's name starts.)
_MANDATE_AT_PLACE = re.compile(
    r"\b(?P<title>(?:Special\s+Rapporteur|Independent\s+Expert|Working\s+Group|[Gg]roup\s+of\s+(?:independent\s+)?experts"
    r"|[Pp]anel\s+of\s+experts|[Cc]ommission\s+of\s+inquiry)"
    r"\s+on\s+(?:the\s+)?(?!its\b|their\b|the\b)[a-z][\w\u2019'-]*"
    r"(?:,?\s+(?!(?:which|that|who|whose|whereby)\b)(?!and\s+(?:the|its|their)\b)[a-z][\w\u2019'-]*){0,24}?"
    r"\s+(?:in|of)\s+(?:the\s+)?)$"
)
#: The words that a :data:`_MANDATE_AT_PLACE` title holds: none of them, no title (a cheap test first).
_MANDATE_WORDS = ("Rapporteur", "Expert", "Group", "experts", "inquiry")


def _mandate_at_place(text: str, end: int, read: str) -> str | None:
    """The title of a mandate whose subject in plain words ends in ``read``, the place's name read at the mark at
    ``text[end]``, read whole with the document noun before it, if any; or None: the footnote sources what the
    mandate's holder wrote, not the place ("those identified by the group of independent experts on accountability for
    human rights violations in the Democratic People's Republic of Korea,¹⁵").

    >>> t = "identified by the group of independent experts on accountability for human rights violations in the"
    >>> t += " Democratic People’s Republic of Korea,"
    >>> _mandate_at_place(t, len(t), "Democratic People’s Republic of Korea")
    'group of independent experts on accountability for human rights violations in the Democratic People’s Republic of Korea'
    >>> t = "the reports of the Special Rapporteur on torture, and of the Special Rapporteur on the situation in Myanmar,"
    >>> _mandate_at_place(t, len(t), "Myanmar") is None
    True
    """
    if not read[:1].isupper() or _INSTRUMENT_NOUNS.search(read) or _NUMBERED_DECISION.search(read):
        return None
    head = text[:end].rstrip(" ,;:.")
    window = head[-len(read) - _MANDATE_TITLE_SPAN :]
    if not any(w in window for w in _MANDATE_WORDS):
        return None
    at = _start_at_end(head, read)
    if at is None:
        return None  # the name read there does not end at the mark
    m = _MANDATE_AT_PLACE.search(head, max(0, at - _MANDATE_TITLE_SPAN), at)
    if m is None:
        return None
    start = m.start("title")
    near = _last_words(head, _BEFORE_CHUNKS, start)[0]
    title = _with_head_noun(head, start, head[start:], near)
    if title == head[start:] and head.endswith(("of the ", "of "), 0, start):
        return None  # "the reports of the Special Rapporteur on A, and of the Special Rapporteur on B": read as before
    return _tidy(title)


#: A road map, its owner's capitalised name before it, and what it leads to or is for, running on to the end of a head
#: with no comma, new item or clause: "the Quartet road map to a permanent two-State solution to the Israeli-Palestinian
#: conflict", "the joint road map for peace in the Central African Republic".
_ROAD_MAP = re.compile(
    r"\b(?:the|its|their)\s+(?P<phrase>(?:[A-Z][\w\u2019'-]*\s+){0,3}(?:[a-z]+\s+)?road\s+maps?"
    r"\s+(?:to|for|on)\s[^,;:\u201c\u201d\"]*)$"
)
#: What opens a new item or clause in a road map's words: "... and the Peace Agreement", "... which ...".
_ROAD_MAP_NEW_ITEM = re.compile(r"\s(?:and\s+(?:the|its|their)|which|that|who|whose|including|as)\s")
#: How far back :data:`_ROAD_MAP` is looked for.
_ROAD_MAP_SPAN = 250


def _road_map(text: str, end: int, read: str) -> str | None:
    """The road map whose words (:data:`_ROAD_MAP`) run on to the mark at ``text[end]`` when ``read``, the name read
    there, lies in them and names no instrument or numbered resolution (a place, a conflict: the road map's subject); or
    None. The footnote sources the road map ("the Quartet road map to a permanent two-State solution to the
    Israeli-Palestinian conflict,¹⁴": S/2003/529).

    >>> t = "Recalling further the Quartet road map to a permanent two-State solution to the Israeli-Palestinian conflict,"
    >>> _road_map(t, len(t), "Israeli-Palestinian conflict")
    'Quartet road map to a permanent two-State solution to the Israeli-Palestinian conflict'
    >>> t = "recalls the road map for the accelerated implementation of the Vienna Programme of Action;"
    >>> _road_map(t, len(t), "Vienna Programme of Action") is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    if (
        "road map" not in head[-_ROAD_MAP_SPAN:]
        or _INSTRUMENT_NOUNS.search(read)
        or _NUMBERED_DECISION.search(read)
    ):
        return None
    m = _ROAD_MAP.search(head, max(0, len(head) - _ROAD_MAP_SPAN))
    if m is None or _ROAD_MAP_NEW_ITEM.search(m["phrase"]) or fold(read) not in fold(m["phrase"]):
        return None
    return _tidy(m["phrase"])


# ---- list items and unnumbered resolutions -----------------------------------------------------------------------


#: Two to ten plain words: a list item that names no title ("key actions for its further implementation").
_PLAIN_WORDS = r"(?P<item>(?!and\b)[a-z][\w\u2019'-]*(?:\s+(?!and\b)[a-z][\w\u2019'-]*){1,9})"
#: A list item of plain words after "as well as", ", and the" or ", including the" that ends a head (a year
#: after it is left off: ", including the approval in principle of its statute in 2024"): "..., as well as previous
#: resolutions on the issue", "..., and the political declaration of the high-level meeting on universal
#: health coverage"; "its"/"their" stay, as in "its successive biennial reviews", "the" goes. (After "and"
#: alone, plain words may go on a title: "the report ... on the revised estimates ... and the support account";
#: "and its"/"and their" after a plain word opens an item: "... on improving the coordination of efforts against
#: trafficking in persons and its other relevant resolutions on trafficking in persons", while after a name it
#: goes on the name: "the Pact for the Future and its annexes".)
_TRAILING_ITEM = re.compile(
    r"(?:\bas\s+well\s+as\s+(?:the\s+)?|,\s+and\s+(?:the\s+|(?=its\s|their\s))|\s[a-z][\w\u2019'-]*\s+and\s+(?=its\s|their\s)"
    r"|,\s+including\s+the\s+)(?P<det>(?:its|their)\s+)?" + _PLAIN_WORDS + r"(?:\s+in\s+\d{4})?$"
)
#: The act done to a document that opens a plain list item ("the adoption of its political declaration"): the
#: footnote sources the document, not the act, so the act and its "of" (and a "the" after it) are no part of the name.
_DOCUMENT_ACTS = "adoption|approval|endorsement"  # the acts both act patterns know, each adding its own
_ACT_OF = re.compile(rf"(?:{_DOCUMENT_ACTS}|submission)\s+of\s+(?:the\s+)?(?=[a-z])")


def _without_act(item: str) -> str:
    """A plain list item without the act done to the document it names, or the item as it is.

    >>> _without_act("adoption of its political declaration"), _without_act("approval of the related action plan")
    ('its political declaration', 'related action plan')
    >>> _without_act("approval in principle of its statute"), _without_act("adoption of")
    ('approval in principle of its statute', 'adoption of')
    """
    if (act := _ACT_OF.match(item)) is None or " " not in item[act.end() :].strip():
        return item
    return item[act.end() :]


#: The same after another footnote's mark, opened by "and the", "and its", "as well as ...": "...
#: Development⁷ and the key actions for its further implementation,⁸" (after "and", an item of its
#: own opens with "the", "its" or "their": "the tenth⁴ and twentieth⁵ anniversaries" is one phrase).
_MARKED_PLAIN_ITEM = re.compile(
    r"[\s,;]*(?:and\s+(?:the\s+|(?P<det>(?:its|their)\s+))|as\s+well\s+as\s+(?:the\s+)?(?P<det2>(?:its|their)\s+)?)"
    + _PLAIN_WORDS
    + rf"(?:\s+(?:{'|'.join(_BARE_PARTICIPLES)})\s+(?:by|at|in)\s[^;\u201c\u201d]*?)?"  # "... adopted by the Conference ..."
    + r"[\s,;.]*"
)


#: An item of earlier, unnumbered resolutions or decisions after "and" that ends a head, with a body's short
#: name before the noun, or none, and a subject of plain words after it, or none: "and previous Council
#: resolutions on the issue", "and previous resolutions on the issue", "and its other relevant resolutions".
_EARLIER_RESOLUTIONS = re.compile(
    r"\band\s+(?P<item>(?:(?:its|their)\s+)?(?:all\s+)?(?:previous|prior|earlier|other|subsequent|relevant)"
    r"(?:\s+relevant)?\s+(?:(?:Council|Assembly|Commission|Conference)\s+)?(?:resolutions|decisions)"
    r"(?:\s+(?!and\b)[a-z][\w\u2019'-]*){0,8})$"
)
#: How far before the end of a head :data:`_EARLIER_RESOLUTIONS` looks.
_EARLIER_RESOLUTIONS_SPAN = 140
#: The same item, of resolutions and decisions both, with a subject after "relating to" (or "concerning",
#: "regarding") that runs on to the end of the head as one plain-word list of what they relate to: "..., with a view
#: to developing the instrument as soon as possible, and relevant resolutions and decisions relating to the convening
#: of the fourth and fifth sessions of the conference, the resumed fifth session of the conference and the further
#: resumed fifth session of the conference" (A_RES_78_272 P1, its footnote lists them). The subject holds commas and
#: "and" (its own list), but no capital (a name: another item), digit, bracket, quote, ";" or ":".
_EARLIER_RESOLUTIONS_RELATING = re.compile(
    r"\band\s+(?P<item>(?:(?:its|their)\s+)?(?:all\s+)?(?:previous|prior|earlier|other|subsequent|relevant)"
    r"(?:\s+relevant)?\s+(?:resolutions|decisions)(?:\s+and\s+(?:resolutions|decisions))?"
    r"\s+(?:relating\s+to|concerning|regarding)\s+[a-z][^A-Z\d;:()\[\]\u201c\u201d\"]{0,300}?)$"
)
#: How far before the end of a head :data:`_EARLIER_RESOLUTIONS_RELATING` looks.
_EARLIER_RESOLUTIONS_RELATING_SPAN = 400


#: "its resolutions" (or decisions), then a participle that opens what they say: "Recalls its resolutions affirming
#: the importance of ...", "its relevant resolutions stressing ..."; not "including" (a list opener), nor a
#: participle of what they are about ("relating to", "concerning", "regarding": a subject, read as a name).
_ITS_RESOLUTIONS_SAYING = re.compile(
    r"\b(?P<name>its\s+(?:(?:previous|relevant|earlier|prior|successive)\s+)?(?:resolutions|decisions))"
    r"\s+(?:[a-z]+ly\s+)?(?!including\b|relating\b|concerning\b|regarding\b)[a-z]+ing\b"
)

#: Unnumbered resolutions (or decisions) on a subject in plain words, then ", including" and plain words to the end
#: of a head: "relevant resolutions on the prevention of the acquisition of weapons by terrorists, including improvised
#: explosive device components, and their transfer to ... criminals". (No comma or capital in the subject and none
#: but commas in what follows "including": each part is one run, so the match is linear.)
_RESOLUTIONS_ON_INCLUDING = re.compile(
    r"\b(?P<name>(?:(?:its|their|the|all)\s+)?(?:(?:previous|relevant|earlier|prior|other|subsequent)\s+){0,2}"
    r"(?:resolutions|decisions)\s+(?:on|relating\s+to|concerning|regarding)\s+[a-z][^,A-Z;:.\u201c\u201d\"]*?)"
    r",\s+including\s+[a-z][^A-Z;:.\u201c\u201d\"]*$"
)
#: How far before the end of a head :data:`_RESOLUTIONS_ON_INCLUDING` looks.
_RESOLUTIONS_ON_SPAN = 400

#: "and its"/"and their" and plain words that end a head, right after a word (no comma): "... 2015–2030 and its
#: guiding principles", "... the Information Society and its outcomes"; no verb after the first word ("the Legal
#: Subcommittee and its working groups continued their work": a clause, not a name's parts).
_AND_ITS_PARTS = re.compile(
    r"(?<=[\w\u2019)])\s+and\s+(?:its|their)\s+(?!and\b)[a-z][\w\u2019'-]*"
    r"(?:\s+(?!and\b|its\b|their\b|[a-z]+ed\b)[a-z][\w\u2019'-]*){0,4}$"
)
#: How far before the end of a head :data:`_AND_ITS_PARTS` looks.
_AND_ITS_SPAN = 80
#: A subtitle in plain words after a colon that ends a title: ": space as a driver of sustainable development" (of the
#: "“Space2030” Agenda"). (Each repeated part is a plain word and a space, so the match is linear.)
_PLAIN_SUBTITLE_AT_END = re.compile(r":\s+(?:[a-z][\w\u2019'-]*\s+){1,10}[a-z][\w\u2019'-]*$")


def _name_and_its(head: str) -> str | None:
    """A name and "and its <plain words>" after it that end ``head``, read as one, or None.

    What "its" points back to is the name before it, and the footnote sources that name ("Recalling the Sendai
    Framework for Disaster Risk Reduction 2015–2030 and its guiding principles,²⁰": annex II of 69/283 is the
    Framework): the name, read as if the parts were not there, and the parts after it, as printed. A document
    noun in the parts names what a footnote sources ("... World Conference on Indigenous Peoples and its outcome
    document,¹⁰": resolution 69/2, the outcome document), and is read as before. After a comma
    ("the ... Conference ..., and its outcome document") or a plain word ("... trafficking in persons and its
    other relevant resolutions ...") "and its" opens an item of its own (:data:`_COORDINATED_ITEM`,
    :data:`_TRAILING_ITEM`).

    >>> _name_and_its("Recalling the World Summit on the Information Society and its outcomes")
    'World Summit on the Information Society and its outcomes'
    >>> _name_and_its("Recalling the United Nations Conference, and its outcome document") is None
    True
    """
    if " its " not in head[-_AND_ITS_SPAN:] and " their " not in head[-_AND_ITS_SPAN:]:
        return None
    m = _AND_ITS_PARTS.search(head, max(0, len(head) - _AND_ITS_SPAN))
    if m is None or _HEAD_NOUN.search(m[0]) is not None:
        return None  # "the World Conference on Indigenous Peoples and its outcome document": the document
    name_end = m.start()
    if not _last_is_name(head[:name_end]) and (
        subtitle := _PLAIN_SUBTITLE_AT_END.search(head, max(0, name_end - _AND_ITS_SPAN), name_end)
    ):
        name_end = subtitle.start()  # "the “Space2030” Agenda: space as a driver of sustainable development"
    if not _last_is_name(head[:name_end]):
        return None
    found = _walk(head[:name_end])
    if found is None or found[1] + len(found[0]) < name_end - 1:
        return None
    if found[0].count("\u201d") > found[0].count("\u201c") and head[: found[1]].endswith("\u201c"):
        return _tidy("\u201c" + found[0] + head[name_end:])  # the title's opening quote: "“Space2030” Agenda"
    return _tidy(found[0] + head[name_end:])


#: "and its"/"and their" and the plain words of a subject after a name, then a finite verb and its object that end a
#: head: "the Legal Subcommittee and its working groups continued their work", "... held meetings" (the subject's
#: words are the group ``parts``; no preposition after the verb, which would open a qualifier: "adopted by").
_AND_ITS_SUBJECT = re.compile(
    r"(?<=[\w\u2019)])\s+and\s+(?:its|their)\s+(?P<parts>[a-z][\w\u2019'-]*(?:\s+(?!and\b)[a-z][\w\u2019'-]*){0,2}?)"
    r"\s+(?:[a-z]+ed|held|met|made|took|began|undertook|continue|continues|carried\s+out)"
    r"\s+(?:(?:its|their|the|a|an)\s+)?(?!(?:by|in|at|on|under|to|for|with|from|during|and|of)\b)[a-z][\w\u2019'-]*"
    r"(?:\s+[a-z][\w\u2019'-]*){0,2}$"
)


#: A finite verb and a possessive object of plain words that end a head after a name, its subject: "the Scientific and
#: Technical Subcommittee continued its work" (the object is the subject's own: "its"/"their", as in "and its").
_NAME_SUBJECT = re.compile(
    r"(?<=[\w\u2019)])\s+(?:[a-z]+ed|held|met|made|took|began|undertook|continue|continues|carried\s+out)"
    r"\s+(?:its|their)\s+[a-z][\w\u2019'-]*(?:\s+[a-z][\w\u2019'-]*){0,2}$"
)


def _name_subject(head: str) -> str | None:
    """A name alone as the subject of a clause whose verb and possessive object end ``head``, or None.

    "Notes that, at its sixtieth session, the Scientific and Technical Subcommittee continued its work,¹⁴ as mandated
    ...": what the clause says was done is no name; the footnote sources the report of its subject, which is read
    (the whole name), not the last word of the name with the verb and its object ("Subcommittee continued its work").

    >>> _name_subject("Notes that, at its sixtieth session, the Scientific and Technical Subcommittee continued its work")
    'Scientific and Technical Subcommittee'
    >>> _name_subject("Notes that the Commission welcomed the report") is None
    True
    """
    if " its " not in head[-_AND_ITS_SPAN:] and " their " not in head[-_AND_ITS_SPAN:]:
        return None
    m = _NAME_SUBJECT.search(head, max(0, len(head) - _AND_ITS_SPAN))
    if m is None or not _last_is_name(head[: m.start()]) or _HEAD_NOUN.search(head, m.start()) is not None:
        return None
    found = _walk(head[: m.start()])
    if found is None or found[1] + len(found[0]) < m.start() - 1:
        return None
    return _tidy(found[0])


def _name_and_its_subject(head: str) -> str | None:
    """A name and "and its <plain words>" as the subject of a clause whose verb and object end ``head``, or None.

    "Notes with satisfaction that, at its sixty-fourth session, the Legal Subcommittee and its working groups continued
    their work,¹² as mandated ...": what the clause says was done is no name; the footnote sources the work of its
    subject, which is read (the name, and its parts, as printed), not the verb and its object ("groups continued their
    work"), nor with them.

    >>> _name_and_its_subject("that, at its sixty-fourth session, the Legal Subcommittee and its working groups held meetings")
    'Legal Subcommittee and its working groups'
    >>> _name_and_its_subject("Recalling the Sendai Framework and its guiding principles") is None
    True
    """
    if " its " not in head[-_AND_ITS_SPAN:] and " their " not in head[-_AND_ITS_SPAN:]:
        return None
    m = _AND_ITS_SUBJECT.search(head, max(0, len(head) - _AND_ITS_SPAN))
    if m is None or not _last_is_name(head[: m.start()]) or _HEAD_NOUN.search(m["parts"]) is not None:
        return None
    found = _walk(head[: m.start()])
    if found is None or found[1] + len(found[0]) < m.start() - 1:
        return None
    return _tidy(found[0] + head[m.start() : m.end("parts")])


def _last_is_name(head: str) -> bool:
    """Whether the last word of ``head`` is a name's: capitalised, a number or a year span ("2015–2030")."""
    last = head[head.rfind(" ") + 1 :]
    return last[:1].isupper() or last[:1].isdigit()


def _earlier_resolutions(head: str) -> str | None:
    """The item of earlier, unnumbered resolutions or decisions that ends ``head`` after "and", or None.

    Such an item is a name of its own when a numbered resolution with a subject of plain words stands before
    it ("resolution 2025/19 of 29 July 2025 on science, technology and innovation for development and previous
    Council resolutions on the issue": the footnote lists those earlier resolutions, not 2025/19); "its" stays,
    "and" goes.

    >>> _earlier_resolutions("Taking note of Economic and Social Council resolution 2025/19 of 29 July 2025 on"
    ...                      " science, technology and innovation for development and previous Council resolutions"
    ...                      " on the issue")
    'previous Council resolutions on the issue'
    >>> _earlier_resolutions("Recalling its resolution 78/160 and the resolutions on the issue") is None
    True

    Of resolutions and decisions both, their subject after "relating to" may be a list of its own
    (:data:`_EARLIER_RESOLUTIONS_RELATING`), up to a capital that opens another item:

    >>> h = "as soon as possible, and relevant resolutions and decisions relating to the convening of the fourth"
    >>> item = _earlier_resolutions(h + " session of the conference and the resumed fifth session of the conference")
    >>> item[:60], item[-40:]
    ('relevant resolutions and decisions relating to the convening', ' resumed fifth session of the conference')
    >>> _earlier_resolutions("and relevant resolutions relating to the convening and the Paris Agreement") is None
    True
    """
    tail = head[-_EARLIER_RESOLUTIONS_SPAN:]
    if ("resolutions" in tail or "decisions" in tail) and (
        m := _EARLIER_RESOLUTIONS.search(tail)
    ) is not None:
        return _tidy(m["item"])
    long_tail = head[-_EARLIER_RESOLUTIONS_RELATING_SPAN:]
    if (
        " relating to " not in long_tail
        and " concerning " not in long_tail
        and " regarding " not in long_tail
    ):
        return None
    m = _EARLIER_RESOLUTIONS_RELATING.search(long_tail)
    return _tidy(m["item"]) if m is not None else None


def _its_resolutions_saying(head: str) -> str | None:
    """ "its resolutions" when a participle clause of what they say runs from them to the end of ``head``, or None.

    "Recalls its resolutions affirming the importance of high-quality, user-friendly and cost-effective United
    Nations websites and the need for their multilingual development, maintenance and enrichment,²⁸": the footnote
    lists the resolutions; the plain words at the mark are what they affirm, and name nothing. Only when the clause
    ends in a plain (lower-case) word: "its resolutions declaring zones of peace in Central Asia,³ the South
    Atlantic⁴ ..." gives each mark its place, a name.

    >>> _its_resolutions_saying("Recalls its resolutions affirming the importance of United Nations websites and"
    ...                         " the need for their multilingual development, maintenance and enrichment")
    'its resolutions'
    >>> _its_resolutions_saying("Recalling its resolutions declaring zones of peace in Central Asia") is None
    True
    """
    if (
        " resolutions " not in head
        and " decisions " not in head
        or not head[head.rfind(" ") + 1 :][:1].islower()
    ):
        return None
    m = _ITS_RESOLUTIONS_SAYING.search(head)
    # the participle governs what ends the head: no later verb ("..., enrichment,²⁸ commends the fact that ... and
    # welcomes the efforts ... in accordance with the applicable guidelines.²⁹": the guidelines' mark is not theirs)
    return m["name"] if m is not None and _verb_end(head) == m.end() else None


def _resolutions_on_including(head: str) -> str | None:
    """Unnumbered resolutions and their plain subject, when ", including" and plain words after the subject run to the
    end of ``head``, or None.

    "Recalling relevant resolutions on the prevention of the acquisition of weapons by terrorists, including
    improvised explosive device components, and their transfer to and between terrorists, associated groups and other
    illegal armed groups and criminals,⁵" (A/RES/79/53; the footnote: Security Council resolution 2370 (2017)): the
    words after "including" are part of the subject, a kind of weapon, and name nothing; the resolutions carry the mark,
    as "its resolutions affirming ..." do (:func:`_its_resolutions_saying`). Only when nothing after the noun is
    capitalised and no later verb governs the end: a name in the subject or after "including" is read as before.

    >>> _resolutions_on_including("Recalling relevant resolutions on the prevention of the acquisition of weapons by"
    ...                           " terrorists, including improvised explosive device components, and their transfer")
    'relevant resolutions on the prevention of the acquisition of weapons by terrorists'
    >>> _resolutions_on_including("Recalling its resolutions on cooperation, including the Paris Agreement") is None
    True
    """
    if ", including " not in head or not head[head.rfind(" ") + 1 :][:1].islower():
        return None
    m = _RESOLUTIONS_ON_INCLUDING.search(head, max(0, len(head) - _RESOLUTIONS_ON_SPAN))
    return m["name"] if m is not None and _verb_end(head) <= m.start() else None


def _title_start(head: str) -> int | None:
    """Where the quote opens of a title in quotes that ends ``head``, or None.

    >>> _title_start("the declaration entitled “Our ocean, our future: call for action”")
    25
    >>> _title_start("the Programme of Action") is None
    True
    """
    close = len(head) - 1
    if head[close:] not in _CLOSING_QUOTES:
        return None
    start = head.rfind("\u201c" if head[close] == "\u201d" else '"', max(0, close - 400), close)
    return start if start >= 0 else None


def _entitled_resolution(head: str) -> str | None:
    """The numbered resolution or decision whose title, in quotes, ends ``head``: the anchor of
    "resolution 11/6 of 21 October 2022 of the Conference of the Parties ..., entitled "..."," is
    the resolution, as the gold files anchor one printed without its title. None when the words
    before "entitled" name no numbered resolution or decision (a report's title stays the name).

    >>> _entitled_resolution('to implement Commission resolution 65/2, entitled "Strengthening cooperation"')
    'Commission resolution 65/2'
    >>> _entitled_resolution("the outcome document entitled “Our joint commitment”") is None
    True
    """
    close = len(head) - 1
    opening = "“" if head[close] == "”" else '"'
    start = head.rfind(opening, max(0, close - 400), close)
    if start == -1:
        return None
    before = head[:start].rstrip()
    if not before.endswith("entitled"):
        return None
    before = before[: -len("entitled")].rstrip(" ,")
    name = anchor_before(before, len(before))
    if name is None or not (_NUMBERED_DECISION.search(name) or _SYMBOL_NUMBER.fullmatch(name)):
        return None  # "and 10/3, also of 16 October 2020, entitled “...”": an item of a list of resolutions
    return name


# ---- word-level helpers: verbs, head nouns, agents, cuts before qualifiers ---------------------------------------


def _after_verb(head: str, start: int) -> str:
    """``head[start:]`` without the governing verb and the adverbs that open it: the anchor is the
    name, not the clause ("Recalling also relevant resolutions" -> "relevant resolutions",
    "recalling its relevant resolutions" -> "its relevant resolutions").

    >>> _after_verb("Recalling also relevant resolutions", 0), _after_verb("Noting its successive reviews", 7)
    ('relevant resolutions', 'its successive reviews')
    """
    verb_end = _verb_end(head)
    if start >= verb_end:
        return head[start:]
    words = head[verb_end:].split()
    while len(words) > 1 and words[0].lower() in _NOT_OPENING:
        words.pop(0)
    return " ".join(words) if words else head[start:]


def _without_article(phrase: str) -> str:
    """``phrase`` without a leading "the" or "a": no name in the gold files starts with one ("Optional
    Protocols thereto", not "the Optional Protocols thereto"; "a guidance document"); "its" and "their"
    stay, and so does a title's "An" ("An Agenda for Peace").

    >>> _without_article("the period 2026–2027"), _without_article("its relevant resolutions")
    ('period 2026–2027', 'its relevant resolutions')
    """
    first, _, rest = phrase.partition(" ")
    return rest if first in ("the", "The", "a", "an") and rest else phrase


#: A "that" conjunction and the article after it, opening a phrase read at a mark: "that a " (draft resolution).
_THAT_ARTICLE = re.compile(r"that\s+(?:an?|the)\s+(?=\S)")


def _without_that_article(phrase: str) -> str:
    """``phrase`` without a "that" conjunction and the article after it that open it: neither is ever part of a name
    ("regretting that a draft resolution⁸ was not adopted" -> "draft resolution"); a demonstrative "that" before a
    noun stays ("that organization’s decision").

    >>> _without_that_article("that a draft resolution"), _without_that_article("that organization’s decision")
    ('draft resolution', 'that organization’s decision')
    """
    if not phrase.startswith("that "):
        return phrase
    m = _THAT_ARTICLE.match(phrase)
    return phrase[m.end() :] if m is not None else phrase


def _last_words(head: str, n: int, end: int | None = None) -> tuple[int, list[str]]:
    """Where the last ``n`` whitespace-separated chunks of ``head[:end]`` begin (0 if it has no
    more), and those chunks.

    A pattern anchored at the end whose matches hold at most ``n`` chunks (a :data:`_LAST_PHRASE`
    match is at most five words apart only by whitespace) matches only from there on: searching
    from there finds the same match without trying every position of a long head.

    >>> _last_words("Recalling the  Convention of the", 2)
    (26, ['of', 'the'])
    """
    if end is not None:
        head = head[:end]
    parts = head.rsplit(None, n)
    if len(parts) > n:
        return head.index(parts[1], len(parts[0])), parts[1:]
    return 0, parts


def _ends_in(chunks: list[str], words: frozenset[str]) -> bool:
    """Whether ``chunks`` end in one of ``words``, or in one of them and "the" or "its".

    Text that :data:`_QUALIFIER_BEFORE` or :data:`_HEAD_NOUN_BEFORE` matches so ends (in
    :data:`_QUALIFIER_LAST`, :data:`_HEAD_NOUN_LAST`): most text before a name does not, and
    is not searched.
    """
    if chunks and _ORDINAL_WORD.fullmatch(chunks[-1]):
        chunks = chunks[:-1]  # "at the second"
    if chunks and chunks[-1] in ("the", "its"):
        chunks = chunks[:-1]
    return bool(chunks) and chunks[-1] in words


def _verb_end(head: str) -> int:
    """Where the verb that governs what ends ``head`` ends (0: none).

    A verb of a relative clause (", which highlights the contribution of ...") is no such verb: the clause is
    about the name before it, which a mark that closes the clause carries as it does after ", which describes"
    (a verb no list holds); the verb is the one before the clause.

    >>> h = "Taking note of the report of the Working Group, which highlights the progress of international law"
    >>> h[: _verb_end(h)]
    'Taking note'
    """
    from citegraph.references import governing_verb

    verb = governing_verb(head, len(head))
    if verb is None:
        return 0
    if "which" in head and (clause := _WHICH_VERB.search(head, max(0, verb[1] - _WHICH_VERB_SPAN), verb[1])):
        return _verb_end(head[: clause.start()])
    return verb[1]


#: A relative clause's "which" and its verb, up to where the verb ends: ", which highlights", ", which also
#: stresses", ", which was welcomed".
_WHICH_VERB = re.compile(r",\s+which\s+(?:[a-z]+\s+){0,3}[a-z]+$")
_WHICH_VERB_SPAN = 60


def _last_head_noun(head: str, after: int = 0) -> int | None:
    """Where the last document-naming noun after the governing verb starts, if any.

    A search starts at the first of :data:`_HEAD_NOUN_FIRST_WORDS` (``str.find`` gets there
    faster), and most heads, which hold none of them, are not searched at all.

    >>> _last_head_noun("Welcoming the reports of the Board and the agreed conclusions of the Commission", 9)
    43
    >>> _last_head_noun("Welcoming the Convention adopted on 8 September 2006") is None
    True
    >>> _last_head_noun("that the Commission will report on social aspects") is None
    True
    >>> h = "advancing the recommendations of the United Nations study on violence against children"
    >>> h[_last_head_noun(h) :]
    'United Nations study on violence against children'
    """
    firsts = [i for word in _HEAD_NOUN_FIRST_WORDS if (i := head.find(word, after)) >= 0]
    if not firsts:
        return None
    start = None
    noun = ""
    noun_end = 0
    for m in _HEAD_NOUN.finditer(head, min(firsts)):
        if m[0] == "report" and head.endswith(_BEFORE_VERB_REPORT, 0, m.start()):
            continue  # "that the Commission ... will report on social aspects": a verb, no document
        start, noun, noun_end = m.start(), m[0], m.end()
    if (
        noun == "recommendations"
        and (study := _RECOMMENDATIONS_OF_DOCUMENT.match(head, noun_end)) is not None
    ):
        # "the recommendations of the United Nations study on violence against children,⁴²": the study is the
        # document named, what it recommends is no part of its name
        return study.start("document")
    if start is not None and head.endswith(" and ", 0, start):
        start = _coordinated_head_noun(head, start)
    elif (
        start is not None
        and noun.startswith("report")
        and (kind := _REPORT_KIND.search(head, max(0, start - 20), start))
    ):
        start = kind.start()  # "a status report on the elaboration of ...": the kind of report is in its name
    return start if start is None else _with_leading_year(head, start)


#: A study or report named after "recommendations of the", by up to four capitalised words of its author or
#: none: "(recommendations) of the United Nations study on violence against children", "of the study of the Office".
_RECOMMENDATIONS_OF_DOCUMENT = re.compile(
    r"\s+of\s+the\s+(?P<document>(?:[A-Z][\w\u2019'-]*\s+){0,4}(?:study|report)\b)"
)


#: A word right before "report(s)" that says what kind of report it is, and so is part of the document's name as
#: printed: "to present a status report on the elaboration of the draft declaration ...;¹³" (A_RES_78_234 O15), "the
#: status report of the Intergovernmental Working Group ... on the elaboration of ...;¹⁵" (A_RES_79_161 O18), "the
#: comprehensive report of", "the biennial report of". Not a word of when or which ("latest", "recent",
#: "subsequent", "further", "related"): those only point at the report. After an owner's possessive the name is read
#: with the owner elsewhere ("the High Commissioner’s annual report (part II) of 2018"): left to that reading.
_REPORT_KIND = re.compile(
    r"(?<![\u2019']s\s)\b(?:status|progress|annual|interim|final|synthesis|comprehensive|biennial|quadrennial|consolidated|oral"
    r"|special)\s+$"
)


#: A document noun and "and" before another ("the political declarations and outcome document"): one head of both.
_HEAD_NOUN_AND = re.compile(at_word_start(*_HEAD_NOUNS) + r"\s+and\s+$")


def _coordinated_head_noun(head: str, start: int) -> int:
    """Where the document nouns joined by "and" that end at ``head[start]`` start: the name the head nouns open names
    both documents ("the political declarations and outcome document approved by the previous high-level meetings
    ...": the footnotes give the declarations and the outcome document), not the last one alone.

    >>> h = "implementation of the political declarations and outcome document"
    >>> h[_coordinated_head_noun(h, h.index("outcome")) :]
    'political declarations and outcome document'
    """
    m = _HEAD_NOUN_AND.search(head, max(0, start - 40), start)
    return m.start() if m is not None else start


#: The words before "report" that make it a verb ("to report on", "will report to the Council").
_BEFORE_VERB_REPORT = ("to ", "will ", "shall ", "would ", "should ", "may ", "must ", "can ", "could ")
#: "report" as a verb at the end of a phrase ("that the Commission will report", cut before "on ...").
_VERB_REPORT = tuple(f" {before}report" for before in _BEFORE_VERB_REPORT)


def _after_name(head: str, at: int) -> bool:
    """Whether the word before ``head[at]`` ends a name: capitalised, a number or a closing bracket
    ("Programme of Action adopted by", "Convention, 2011 (No. 189) adopted by"), not a common noun
    ("agreed conclusions adopted by the Commission ... at its fifty-seventh session": gold 002 F16
    keeps the whole).

    >>> _after_name("the Plan of Action adopted by", 18), _after_name("the declarations adopted at", 16)
    (True, False)
    """
    word = head[max(0, at - 40) : at].rsplit(None, 1)[-1:]
    return bool(word) and (_is_name_word(word[0]) or word[0].endswith(")"))


#: ", of the" before a name: the organization it names may be the owner of the name before the comma.
_COMMA_OF = re.compile(r",\s*of\s+(?:the\s+)?$")
_OF_LAST = frozenset({"of"})
#: The last words of an organization's or organ's name ("International Labour Organization").
_ORGANIZATION_NOUNS = frozenset(
    {
        "Organization",
        "Organisation",
        "Union",
        "Agency",
        "Office",
        "Assembly",
        "Council",
        "Commission",
        "Conference",
    }
)


def _of_organization(head: str, start: int, name: str) -> int | None:
    """Where the comma is of ", of the <organization>" before the name at ``head[start:]``, when a
    title ends before it: the organization owns that title, which carries the mark ("the Worst Forms
    of Child Labour Convention, 1999 (No. 182), of the International Labour Organization"), or None.
    A resolution or a date before the comma opens no title ("the adoption, by its resolution 70/175,
    of the ...").

    >>> h = "the Tribal Peoples Convention, 1989 (No. 169), of the International Labour Organization"
    >>> h[: _of_organization(h, 54, h[54:])]
    'the Tribal Peoples Convention, 1989 (No. 169)'
    >>> _of_organization("the adoption, by its resolution 70/175, of the Office", 47, "Office") is None
    True
    """
    if name.rsplit(None, 1)[-1] not in _ORGANIZATION_NOUNS:
        return None
    m = _COMMA_OF.search(head, max(0, start - 12), start)
    if m is None:
        return None
    owner = _walk(head[: m.start()])
    if owner is None or _NUMBERED_DECISION.match(owner[0]) or not owner[0][:1].isupper():
        return None
    return m.start()


#: An act and its agent before a name: "the adoption by the", "the endorsement by", "the ratification by".
_ACT_BY = re.compile(
    r"\b(?:adoption|endorsement|approval|publication|establishment|proclamation|launch|ratification|signature"
    r"|accession|acceptance|observance)\s+by\s+(?:the\s+)?$"
)
_BY_LAST = frozenset({"by"})
#: A body SCHEMA knows by name at the start of a name (longest names first).
_KNOWN_BODY = re.compile("|".join(re.escape(n).replace(r"\ ", r"\s+") for n, _ in BODY_NAMES))
#: Another body: capitalised words that end in a noun naming a body ("Marine Environment Protection Committee").
#: ("Fourteenth United Nations Congress on Crime Prevention and Criminal Justice": its subject may follow).
_OTHER_BODY = re.compile(
    r"(?:[A-Z][\w-]*\s+){0,5}(?:Council|Commission|Board|Assembly|Conference|Committee|Congress|Organization|Office)"
    r"(?:\s+(?:on|for)\s+[A-Z][\w-]*(?:\s+(?:and\s+|of\s+)?[A-Z][\w-]*){0,6})?"
)
#: What joins the agent to the thing it acted on: "of the 2030 Agenda", "of resolution 9/8", "of a resolution on
#: procedures for port State control", "of resolutions on comprehensive action ...".
_AGENT_OF = re.compile(r"\s+of\s+(?:the\s+(?=\S)|(?:an?\s+)?(?=(?:resolutions?|decisions?)\b))")
#: What a body acts on in plain words: "resolutions", "a decision" (its subject may follow the mark's words).
_ACT_NOUN = re.compile(r"(?:an?\s+)?(?:resolutions?|decisions?)")
#: "of" and an instrument's noun after an agent's name of several words: the title acted on, which has no "the"
#: ("the adoption by the International Maritime Organization of Guidelines on how to deal with seafarer abandonment
#: cases"); "of" and other capitalised words go on the body's own name ("the Inter-American Commission of Women").
_AGENT_OF_TITLE = re.compile(rf"\s+of\s+(?={_INSTRUMENT_NOUNS.pattern})")
#: The United Nations as the agent, with "of" and what it acted on after it: its name has no "of" of its own ("the
#: seventeenth observance by the United Nations of World Oceans Day": the Day).
_UNITED_NATIONS = re.compile(r"United\s+Nations(?=\s+of\s+[A-Z\d])")
_PLAIN_OF = re.compile(r"\s+of\s+")
#: A body's own "of" and capitalised words after its head noun ("the Organization of American States", "the Council
#: of Europe", "the Inter-American Commission of Women"): the agent's name, when "of the" follows it.
_AGENT_OWN_OF = re.compile(r"\s+of\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}")
#: A date between the agent and what it acted on: "(by the International Maritime Organization) on 31 March 2023 of
#: Guidelines", "in 2016 of the". The date ends the agent's name, so "of" and a capital open the name acted on.
_AGENT_DATE_OF = re.compile(rf"\s+(?:on\s+{_FULL_DATE}|in\s+\d{{4}})\s+of\s+(?:the\s+)?(?=[A-Z\d])")
#: States as the agent: capitalised names in a list, whose own "of" has no "the" after it ("China, France, the
#: Russian Federation and the United Kingdom of Great Britain and Northern Ireland").
_STATES_AGENT = re.compile(
    r"[A-Z][\w’'-]*(?:(?:,\s+(?:and\s+)?(?:the\s+)?|\s+(?:and\s+(?:the\s+)?|of\s+)?)[A-Z][\w’'-]*)*"
)
#: The words that go on a body's own name after "of the": "Conference of the Parties to ...".
_BODY_OF = re.compile(r"(?:States\s+)?Parties\b|Heads\b|Members?\b|Whole\b")


#: An act noun (and the year it took place in) and "of the" right before a name: "the adoption of the " (New Urban
#: Agenda by the ...), "the adoption in 2022 of the " (Agreement on Fisheries Subsidies by the World Trade Organization).
_ACT_OF_BEFORE = re.compile(rf"\b(?:{_DOCUMENT_ACTS}|launch|proclamation)(?:\s+in\s+\d{{4}})?\s+of\s+the\s+$")
#: "by the" or "at the" and a body's name (its acronym in brackets after it) that ends a name: the agent of the act
#: before the name, or where it was done.
_TRAILING_AGENT = re.compile(r"\s+(?:by|at)\s+the\s+")
_AGENT_ACRONYM = re.compile(r"(?:\s+\([A-Z][\w\s-]{0,40}\))?")


def _without_trailing_agent(head: str, start: int, name: str) -> str | None:
    """The name at ``head[start:]`` without the body after its last "by the" or "at the", when that body ends the name
    and an act opens it ("Reaffirming the adoption of the New Urban Agenda by the United Nations Conference on Housing
    and Sustainable Urban Development (Habitat III)": the Agenda; the body only adopted it), or None. SCHEMA: the anchor
    is the instrument's name, trimmed to the name.

    >>> h = "Reaffirming the adoption of the New Urban Agenda by the United Nations Conference on Housing and"
    >>> h += " Sustainable Urban Development (Habitat III)"
    >>> _without_trailing_agent(h, h.index("New"), h[h.index("New") :])
    'New Urban Agenda'
    >>> h = "Also recalls the adoption in 2022 of the Agreement on Fisheries Subsidies by the World Trade Organization"
    >>> _without_trailing_agent(h, h.index("Agreement"), h[h.index("Agreement") :])
    'Agreement on Fisheries Subsidies'
    >>> h = "the Joint Ministerial Statement of the 2014 high-level review by the Commission on Narcotic Drugs of the"
    >>> h += " implementation"
    >>> _without_trailing_agent(h, 4, h[4:]) is None
    True
    """
    if _ACT_OF_BEFORE.search(head, max(0, start - 30), start) is None:
        return None
    joints = list(_TRAILING_AGENT.finditer(name))
    if not joints:
        return None
    joint = joints[-1]
    rest = joint.end()
    body = _KNOWN_BODY.match(name, rest) or _OTHER_BODY.match(name, rest)
    if body is None or _AGENT_ACRONYM.match(name, body.end()).end() != len(name):
        return None
    kept = name[: joint.start()]
    return kept if kept[:1].isupper() and _valid(kept) else None


def _without_agent(head: str, start: int, name: str) -> str | None:
    """The name at ``head[start:]`` without the body that opens it, when that body is the agent of an
    act before it ("the adoption by the General Assembly of the 2030 Agenda for Sustainable Development":
    the Agenda; "the adoption by the Conference of the States Parties to the United Nations Convention
    against Corruption of resolution 9/8": the resolution), or None.

    >>> h = "Recalling the adoption by the General Assembly of the 2030 Agenda for Sustainable Development"
    >>> _without_agent(h, 30, h[30:])
    '2030 Agenda for Sustainable Development'
    >>> h = "Welcoming the adoption by the Conference of the Parties to the Basel Convention"
    >>> _without_agent(h, 30, h[30:]) is None
    True
    >>> h = "the adoption by the International Maritime Organization on 31 March 2023 of Guidelines"
    >>> _without_agent(h, 20, h[20:])
    'Guidelines'

    States named in a list act as a body does ("the ratification by China, France, the Russian Federation and the
    United Kingdom of Great Britain and Northern Ireland of the Protocol to the Treaty ...": the Protocol).

    >>> h = "the ratification by China and France of the Protocol to the Treaty"
    >>> _without_agent(h, 20, h[20:])
    'Protocol to the Treaty'
    """
    if _ACT_BY.search(head, max(0, start - 40), start) is None:
        return None
    known = _KNOWN_BODY.match(name)
    agent = known or _OTHER_BODY.match(name) or _UNITED_NATIONS.match(name) or _STATES_AGENT.match(name)
    if agent is None or (joint := _agent_joint(name, agent)) is None:
        return None
    rest = name[joint.end() :]
    if not _valid(rest) or _BODY_OF.match(rest) or rest.rsplit(None, 1)[-1] in _ORGANIZATION_NOUNS:
        return None  # "Conference of the Parties to ...", "Council of the European Union": one body's name
    if (
        (owner := _KNOWN_BODY.match(rest) or _OTHER_BODY.match(rest)) is not None
        and (own := _agent_joint(rest, owner)) is not None
        and (_valid(rest[own.end() :]) or _ACT_NOUN.fullmatch(rest, own.end()))
    ):
        # "the adoption by the Assembly of the International Maritime Organization of resolutions on ...": the
        # agent's name runs on over its owner's ("Assembly of the International Maritime Organization")
        return rest[own.end() :]
    return rest


def _agent_joint(name: str, agent: re.Match[str]) -> re.Match[str] | None:
    """What joins ``agent``, a body's name at the start of ``name``, to what it acted on (:data:`_AGENT_OF`,
    :data:`_AGENT_DATE_OF`, also after the body's own "of" and name, :data:`_AGENT_OWN_OF`; :data:`_AGENT_OF_TITLE`
    after a name of several words), or None.

    >>> n = "International Maritime Organization of Guidelines"
    >>> _agent_joint(n, _OTHER_BODY.match(n)).end()
    39
    >>> n = "Organization of American States of the Inter-American Convention against Corruption"
    >>> n[_agent_joint(n, _OTHER_BODY.match(n)).end() :]
    'Inter-American Convention against Corruption'
    >>> n = "Inter-American Commission of Women"
    >>> _agent_joint(n, _OTHER_BODY.match(n)) is None
    True
    """
    at = agent.end()
    if (joint := _AGENT_OF.match(name, at) or _AGENT_DATE_OF.match(name, at)) is not None:
        return joint
    if (own := _AGENT_OWN_OF.match(name, at)) is not None and (
        joint := _AGENT_OF.match(name, own.end()) or _AGENT_DATE_OF.match(name, own.end())
    ) is not None:
        return joint
    if agent.re is _UNITED_NATIONS:
        return _PLAIN_OF.match(name, at)  # "by the United Nations of World Oceans Day"
    return _AGENT_OF_TITLE.match(name, at) if " " in agent.group().strip() else None


#: A working group or subcommittee named by its short name, as a body named before is named again: "the new five-year
#: workplan of the Working Group" (no subject of its own after it).
_GROUP_SHORT_NAME = (
    r"(?:Working\s+Group|(?:Legal|Scientific\s+and\s+Technical)\s+Subcommittee|Subcommittee|Advisory\s+Group)"
)
#: A specialized agency named with "and" between its capitalised words and "of the United Nations" after its noun: "Food
#: and Agriculture Organization of the United Nations" (which :data:`_OTHER_BODY` does not read whole).
_AGENCY_OF_THE_UN = (
    r"[A-Z][\w-]*(?:\s+(?:and\s+)?[A-Z][\w-]*){0,4}\s+Organization\s+of\s+the\s+United\s+Nations"
)
#: A name that only names an organization or an organ, with at most the year it acts for ("United
#: Nations for 2026"): no document, but the owner of the one a plain noun phrase before it names.
_ORGAN_ONLY = re.compile(
    rf"(?:United\s+Nations|{_KNOWN_BODY.pattern}|{_OTHER_BODY.pattern}|{_GROUP_SHORT_NAME}|{_AGENCY_OF_THE_UN})"
    r"(?:\s+in\s+[A-Z][\w-]*)?"
    r"(?:\s+(?:for|in)\s+\d{4})?"
)
#: A date after an organ's name: "by the Conference on Disarmament on 29 May 2009".
_ON_DATE = re.compile(rf"\s+on\s+{_FULL_DATE}$")
#: Participles that do not end in "-ed": "the progress made by the Commission".
_IRREGULAR_PARTICIPLES = frozenset(
    {
        "made",
        "taken",
        "undertaken",
        "given",
        "done",
        "held",
        "set",
        "led",
        "paid",
        "sent",
        "shown",
        "brought",
        "built",
        "kept",
        "put",
        "seen",
        "spent",
        "written",
        "drawn",
        "laid",
        "met",
        "found",
        "known",
        "chosen",
    }
)
#: "by" and "the" before a name, after the plain noun phrase that names what was done.
_BY_THE = re.compile(r"\s+by\s+(?:the\s+)?$")
#: The small words that a plain noun phrase runs on over, walking back from "of the" before its owner
#: ("calendar of conferences and meetings", "declaration on the commemoration of the ... anniversary").
_PLAIN_JOINERS = frozenset({"of", "on", "for", "and", "the", "its", "their"})
#: The nouns after which "to" joins a plain noun phrase ("the right to sanitation", "the rights to water and
#: sanitation"), as :data:`_CUT` reads them.
_RIGHT_NOUNS = frozenset({"right", "rights"})
_CHUNK = re.compile(r"\S+")
#: Plain words that a noun phrase before its owner does not run back over: prepositions, adverbs,
#: conjunctions ("in accordance with the procedures of the Committee": the procedures).
_NOT_IN_PHRASE = frozenset(
    {
        "as",
        "also",
        "well",
        "with",
        "to",
        "in",
        "at",
        "by",
        "from",
        "into",
        "under",
        "within",
        "between",
        "through",
        "towards",
        "upon",
        "about",
        "against",
        "among",
        "during",
        "after",
        "before",
        "that",
        "which",
        "whose",
        "who",
        "or",
        "but",
        "nor",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "has",
        "have",
        "had",
        "further",
        "furthermore",
        "again",
        "moreover",
        "including",
        "inter",
        "alia",
        "such",
        "namely",
        "regarding",
        "concerning",
        "following",
        "paragraph",
        "paragraphs",
        "article",
        "articles",
        "chapter",
        "section",
        "annex",
    }
)
_DETERMINERS = frozenset({"the", "its", "their"})
#: The joiners a plain noun phrase does not open with ("its" and "their" stay: "its gender action plan").
_LEADING_JOINERS = _PLAIN_JOINERS - {"its", "their"}
#: A session or meeting of an organ, with the words that number it: an event, not a document.
_SESSION_ONLY = re.compile(
    r"(?:its\s+|their\s+)?(?:(?!of\b|on\b|for\b)[a-z-]+\s+(?:and\s+)?){0,4}(?:sessions?|meetings?|segments?|parts?)"
)
#: How many words a plain noun phrase before its owner may hold.
_OWNED_WORDS = 10


def _owned_document(head: str, start: int, name: str) -> str | None:
    """The plain noun phrase that ends in "of the" before the organization named at ``head[start:]``,
    with that name, when the name only names an organization: the phrase names the document the
    organization owns ("Approves the draft calendar of conferences and meetings of the United Nations
    for 2026": the calendar; "the declaration on the commemoration of the seventy-fifth anniversary of
    the United Nations": the declaration), or None.

    >>> h = "3. Approves the draft calendar of conferences and meetings of the United Nations for 2026"
    >>> _owned_document(h, h.index("United"), "United Nations for 2026")
    'draft calendar of conferences and meetings of the United Nations for 2026'
    >>> h = "Recalling the Charter of the United Nations"
    >>> _owned_document(h, h.index("United"), "United Nations") is None
    True
    """
    if not _ORGAN_ONLY.fullmatch(name) or not head[max(0, start - 8) : start].endswith(" of the "):
        return None
    phrase = _plain_phrase(head, start, ("of", "the"))
    if phrase is None or _SESSION_ONLY.fullmatch(words := " ".join(head[phrase:start].split()[:-2])):
        return None  # "the seventy-eighth session of the General Assembly": an event, no document
    if words == "auspices":
        return None  # "developed under the auspices of the Food and Agriculture Organization ...": who acts, no document
    role = _ROLE_OF_THE.search(head, max(0, phrase - 40), phrase)
    if role is not None and (noun := _HEAD_NOUN_BEFORE.search(head, max(0, role.start() - 40), role.start())):
        # "the oral report of the Chair of the working group of the Sixth Committee,¹³" (A/RES/79/116 F13): the
        # phrase is the body whose officer wrote the document the noun before names, not the document
        return _without_article(_tidy(head[_with_leading_year(head, noun.start("head")) :]))
    return _without_article(_tidy(head[phrase:]))


#: An officer's capitalised title and "of the" right before a body named in plain words: "(report of the) Chair of
#: the (working group of the Sixth Committee)".
_ROLE_OF_THE = re.compile(
    r"\b(?:Chairs?|Chairpersons?|Co-Chairs?|Vice-Chairs?|President|Rapporteurs?|Coordinators?|Facilitators?)"
    r"\s+of\s+the\s+$"
)


#: An agreement named in plain words, up to "between" and its parties: its noun, with at most two plain words before it
#: ("cooperation agreement", "relationship agreement"; no determiner, joiner, adverb or participle: "the recently signed
#: agreement" -> "agreement") and the date or kind after its "of" ("of 1997", "of 5 October 1999", "of cooperation"),
#: or an exchange of letters or notes, the document that records one ("an exchange of letters between the Agency and
#: the Palestine Liberation Organization"). (The match ends at the space before "between".)
_AGREEMENT_BETWEEN = re.compile(
    r"(?<![\w-])(?P<noun>(?:(?!(?:the|an?|its|their|this|that|and|or|of|between|other|all|such|with|in|for|on|by|to"
    r"|at|from|under|into)\b)[a-z][a-z-]*(?<!ly)(?<!ed)\s+){0,2}?"
    r"(?:agreements?|arrangements?|accords?|memorand(?:um|a)\s+of\s+understanding|exchanges?\s+of\s+(?:letters|notes))"
    rf"(?:\s+of\s+(?:cooperation|understanding|\d{{4}}|{_FULL_DATE}))?)\s$"
)
#: How far before "between" an :data:`_AGREEMENT_BETWEEN` match is looked for, and how far into a name "between" may
#: stand (after a dated noun the walk read: "agreement of 5 October 1999 between").
_AGREEMENT_SPAN = 90
_BETWEEN_REACH = 40


def _agreement_between(head: str, start: int) -> int | None:
    """Where an agreement named in plain words starts (:data:`_AGREEMENT_BETWEEN`) whose parties after "between" are
    the name at ``head[start:]`` (or whose dated noun opens it), or None: the footnote sources the agreement, as a
    capitalised "Agreement between the United Nations and ..." is read whole (A/RES/79/136 F1, F5).

    >>> h = "Recalling also the cooperation agreement of 1997 between the United Nations and INTERPOL"
    >>> h[_agreement_between(h, h.index("United")) :]
    'cooperation agreement of 1997 between the United Nations and INTERPOL'
    >>> h = "in accordance with the cooperation agreement of 5 October 1999 between the United Nations"
    >>> h[_agreement_between(h, h.index("agreement")) :]
    'cooperation agreement of 5 October 1999 between the United Nations'
    >>> h = "embodied in an exchange of letters between the Agency and the Palestine Liberation Organization"
    >>> h[_agreement_between(h, h.index("Agency")) :]
    'exchange of letters between the Agency and the Palestine Liberation Organization'
    >>> h = "Recalling the cooperation between the United Nations and INTERPOL"
    >>> _agreement_between(h, h.index("United")) is None
    True
    """
    between = head.find(" between ", max(0, start - 13), start + _BETWEEN_REACH)  # " between the " (13)
    if between < 0 or head.find(" between ", between + 1, start) >= 0:
        return None
    m = _AGREEMENT_BETWEEN.search(head, max(0, between - _AGREEMENT_SPAN), between + 1)
    if m is None or m.start("noun") > start:
        return None
    if start > between and head[between + 9 : start].strip() not in ("", "the"):
        return None  # the name is not the parties after "between"
    return m.start("noun")


#: A plan or an election named in plain words, right before the preposition and the name it is for, of or in (to
#: the end of a head): "the plan of action for the " (International Decades ...), "the workplan of the " (Action
#: Team), "the general elections in the " (Territory). At most two plain words before the noun ("updated global plan
#: of action", "general elections"), after a determiner. (A place or body named after them is what the plan is for or
#: where the elections were held; the footnote sources the plan, or the document on the elections.) A constitution
#: in plain words is such a document: "the production of a draft outline constitution for the " (Republic of Bosnia
#: and Herzegovina, S/RES/787 (1992) F5: the draft, not the country it is for), after "a" too.
_PLAIN_HEAD_BEFORE = re.compile(
    r"\b(?:the|its|their|a)\s+(?P<head>(?:(?!(?:the|an?|its|their|and|or|of|for|on|in|to|by|with|at)\b)[a-z][\w-]*\s+)"
    r"{0,2}?(?:(?:(?:plans?|programmes?)\s+of\s+(?:action|work)|action\s+plans?|work\s*plans?|road\s*maps?"
    r"|constitutions?)"
    r"\s+(?:for|of|on)|(?:elections?|referend(?:um|a)|plebiscites?)\s+in))\s+(?:the\s+)?$"
)
#: The prepositions a :data:`_PLAIN_HEAD_BEFORE` match ends with, before any "the".
_PLAIN_HEAD_LAST = frozenset({"for", "of", "on", "in"})
#: How far before a name a :data:`_PLAIN_HEAD_BEFORE` match is looked for.
_PLAIN_HEAD_SPAN = 80


def _plain_head_before(head: str, start: int) -> int | None:
    """Where the plan or election named in plain words (:data:`_PLAIN_HEAD_BEFORE`) starts that the name at
    ``head[start:]`` completes, or None (A/RES/79/105 F4 and F9, A/RES/80/90 F4, A/RES/80/76 F25).

    >>> h = "and the plan of action for the International Decades for the Eradication of Colonialism"
    >>> h[_plain_head_before(h, h.index("International")) :]
    'plan of action for the International Decades for the Eradication of Colonialism'
    >>> h = "Recalling the general elections in the Territory"
    >>> h[_plain_head_before(h, h.index("Territory")) :]
    'general elections in the Territory'
    >>> h = "Recalling the implementation of the plan of action and the Declaration"
    >>> _plain_head_before(h, h.index("Declaration")) is None
    True
    """
    m = _PLAIN_HEAD_BEFORE.search(head, max(0, start - _PLAIN_HEAD_SPAN), start)
    return None if m is None else m.start("head")


def _done_by(head: str, start: int, name: str) -> str | None:
    """The plain noun phrase before "by the" and the organ named at ``head[start:]``, when the organ
    only did what the phrase names ("Noting the adoption of the programme of work for the 2009 session
    by the Conference on Disarmament on 29 May 2009": the programme), or None. A participle before "by"
    opens a qualifier that other rules read ("the resolutions adopted by the General Assembly").

    >>> h = "Noting the adoption of the programme of work for the 2009 session by the Conference on Disarmament"
    >>> _done_by(h, h.index("Conference"), "Conference on Disarmament")
    'programme of work for the 2009 session'
    """
    organ = name[: m.start()] if (m := _ON_DATE.search(name)) else name
    by = _BY_THE.search(head, max(0, start - 12), start)
    if by is None or not _ORGAN_ONLY.fullmatch(organ):
        return None
    last = head[max(0, by.start() - 30) : by.start()].rsplit(None, 1)[-1:]
    if not last or last[0].endswith("ed") or last[0] in _IRREGULAR_PARTICIPLES or _is_verb_word(last[0]):
        return None  # "the progress made by the Commission": a participle's agent
    phrase = _plain_phrase(head, by.start())
    return _without_article(_tidy(head[phrase : by.start()])) if phrase is not None else None


#: The acts a plain noun phrase may open with that are no part of what they act on: "the adoption of
#: the programme of work for the 2009 session" names the programme.
_ACT_NOUNS = frozenset({"adoption", "endorsement", "approval", "publication", "establishment", "launch"})


def _plain_phrase(head: str, end: int, tail: tuple[str, ...] = ()) -> int | None:
    """Where the plain noun phrase that ends at ``head[end]`` starts, or None: lower-case words and
    numbers joined by "of", "on", "for", "and", "the" ("the draft calendar of conferences and meetings
    of the", "the programme of work for the 2009 session"), after the governing verb; it opens at a
    determiner when it holds one ("Taking note with appreciation of the agreed conclusions of the"),
    stops at a preposition, a verb or an item of its own ("and the", "and on"), and an act ("the
    adoption of") is no part of it. ``tail``: the words it must end in, taken as they are ("of the").

    >>> h = "Noting the adoption of the programme of work for the 2009 session"
    >>> h[_plain_phrase(h, len(h)) :]
    'programme of work for the 2009 session'
    >>> _plain_phrase("Recalling the Convention", 24) is None
    True
    """
    chunks = list(_CHUNK.finditer(head, max(0, end - 300), end))
    words = [c[0] for c in chunks]
    n = len(words) - len(tail)
    if n <= 0 or tuple(words[n:]) != tail:
        return None
    i = n
    while i > 0 and n - i < _OWNED_WORDS:
        w = words[i - 1]
        if w in _PLAIN_JOINERS or (w == "to" and i > 1 and words[i - 2] in _RIGHT_NOUNS):
            # "to" after "right" opens what the right is to, as in :data:`_CUT`: "the statement on the right to
            # sanitation of the Committee" is one phrase
            if w == "and" and i < len(words) and words[i] in _PLAIN_JOINERS:
                # "... of the United Nations and the declaration on ...", "... and on the recommendation
                # of the Commission": a new item
                break
            i -= 1
            continue
        if (
            w.endswith(",")
            and _ORDINAL_WORD.fullmatch(w[:-1])
            and i < n
            and _ORDINAL_WORD.fullmatch(words[i].rstrip(","))
        ):
            # an ordinal of a series, its comma before the next: "the tenth, fifteenth, twentieth and twenty-fifth
            # anniversaries of the" is one phrase (not cut to "twentieth and twenty-fifth anniversaries")
            i -= 1
            continue
        if not _is_plain_word(w) or w in _NOT_IN_PHRASE or (_is_verb_word(w) and not _ing_noun(words, i - 1)):
            break
        i -= 1
    if i > 0 and words[i - 1] not in _DETERMINERS:
        # "Taking note with appreciation of the agreed conclusions of ...": the phrase is the one that
        # a determiner opens, if there is one
        for j in range(i, n - 1):
            if words[j] in _DETERMINERS:
                i = j
                break
    while i < n and words[i] in _LEADING_JOINERS:
        i += 1
    if i + 2 < n and words[i] in _ACT_NOUNS and words[i + 1] == "of":
        i += 2  # "the adoption of the programme of work": the programme
        i += words[i] == "the"
    if i >= n or not words[i][:1].islower() or words[i] in _LEADING_JOINERS:
        return None
    start = chunks[i].start()
    return start if start >= _verb_end(head) else None


def _ing_noun(words: list[str], i: int) -> bool:
    """Whether ``words[i]``, an "-ing" word, is a noun: after a determiner or a plain modifier ("the
    ministerial meeting", "the high-level meeting"), not after a comma or a joiner ("and recalling").

    >>> _ing_noun(["the", "ministerial", "meeting"], 2), _ing_noun(["and", "recalling"], 1)
    (True, False)
    """
    prev = words[i - 1] if i else ""
    return prev in _DETERMINERS or (
        _is_plain_word(prev)
        and not _is_verb_word(prev)
        and prev not in _NOT_IN_PHRASE
        and prev not in _PLAIN_JOINERS
    )


def _is_plain_word(w: str) -> bool:
    """A lower-case word or a number: "calendar", "seventy-fifth", "2009", "2018–2030"."""
    return (w[:1].islower() or w[:1].isdigit()) and w.replace("-", "").replace("\u2013", "").isalnum()


def _bare_qualifier(head: str, near: int, start: int) -> int | None:
    """Where a qualifier opened by a participle without a comma begins, when the name at
    ``head[start:]`` is its agent or place ("the Vienna Declaration and Programme of Action adopted
    by the World Conference on Human Rights": the World Conference), or None.

    The participle follows a name; one joined by "and" ("the Model Nuclear Weapons Convention
    submitted to the Secretary-General by Costa Rica and Malaysia in 2007 and circulated by the
    Secretary-General") continues the qualifier a participle opened after a name, with no comma between.

    >>> h = "Recalling the Model Nuclear Weapons Convention submitted to the Secretary-General by Costa Rica"
    >>> h += " and Malaysia in 2007 and circulated by the Secretary-General"
    >>> h[: _bare_qualifier(h, 100, h.rindex("Secretary"))]
    'Recalling the Model Nuclear Weapons Convention'
    >>> _bare_qualifier("the resolutions adopted by the General Assembly", 0, 31) is None
    True
    """
    q = _BARE_QUALIFIER.search(head, near, start)
    if q is None:
        return None
    if not q["and"]:
        return q.start() if _after_name(head, q.start()) else None
    lo = max(head.rfind(",", 0, q.start()), head.rfind(";", 0, q.start()), q.start() - _CHAIN_SPAN) + 1
    for m in _BARE_CUT.finditer(head, max(0, lo), q.start() + 1):
        if _after_name(head, m.start()):
            return m.start()
    if _NUMBERED_DECISION.search(head, start) is not None:
        return None  # "..., and endorsed by the General Assembly in its resolution 59/220": the resolution is read
    return _chain_before_comma(head, q.start())


def _chain_before_comma(head: str, at: int) -> int | None:
    """Where the first participle of a chain begins when the one joined by "and" at ``head[at]`` follows a comma
    that ends the first one's qualifier ("the Declaration of Principles and the Plan of Action adopted by the World
    Summit ... at its first phase, held in Geneva from 10 to 12 December 2003, and endorsed by the General
    Assembly": the Declaration and the Plan were endorsed, not the body that adopted them), or None: the nearest
    participle after a name in the clause, no further back than :data:`_CHAIN_SPAN`.

    >>> h = "Recalling the Plan of Action adopted by the Summit at its first phase, held in Geneva in 2003,"
    >>> h[: _chain_before_comma(h + " and endorsed by the General Assembly", len(h))]
    'Recalling the Plan of Action'
    >>> _chain_before_comma("the reports submitted by the Board, and endorsed by the Assembly", 33) is None
    True
    """
    if head[at - 1 : at] != ",":
        return None
    lo = max(head.rfind(";", 0, at), at - _CHAIN_SPAN, -1) + 1
    last = None
    for m in _BARE_CUT.finditer(head, lo, at):
        if _after_name(head, m.start()):
            last = m.start()
    return last


#: A topic in plain words set apart by a comma at the end of a head: ", on antimicrobial resistance", ", on the right to
#: food" (not "on its ...", "on the basis of", "on behalf of": no topic).
_COMMA_TOPIC = re.compile(
    r",\s+on\s+(?:the\s+)?(?!(?:its|their|the|a|an|basis|behalf)\b)[a-z][\w\u2019'-]*(?:\s+[a-z][\w\u2019'-]*){0,9}$"
)
#: How far before the end of a head a :data:`_COMMA_TOPIC` may start.
_COMMA_TOPIC_SPAN = 120


def _comma_topic(head: str, after: int) -> int | None:
    """Where a topic set apart by a comma (:data:`_COMMA_TOPIC`) begins at the end of ``head``, after the governing verb
    (which ends at ``after``), when a name ends before it, or None: the topic only says what the item named is on, and
    the item carries the mark ("..., and the action plan ... of the Food and Agriculture Organization of the United
    Nations, as well as resolution 6/2019 of 28 June 2019 of the Conference of the Food and Agriculture Organization of
    the United Nations, on antimicrobial resistance,²¹": the resolution, not an earlier item of the list).

    >>> h = "Recalling the High-level Dialogue, and Human Rights Council resolution 52/1 of 4 April 2023, on the right to food"
    >>> h[: _comma_topic(h, 9)]
    'Recalling the High-level Dialogue, and Human Rights Council resolution 52/1 of 4 April 2023'
    >>> _comma_topic("Recalling its efforts, on the right to food", 9) is None
    True
    """
    at = head.rfind(", on ", max(after, len(head) - _COMMA_TOPIC_SPAN))
    if at < 0 or _COMMA_TOPIC.match(head, at) is None or _walk(head[:at]) is None:
        return None
    return at


#: The pieces of an item named at the end of a head: how it is reached ("through", "under"), its capitalised words and
#: the small words between them, and the one or two plain words that end it ("... Seabed 2030 project").
_ITEM_MEANS = r"(?:through|by|under|within)\s+"
_ITEM_CAPITAL_WORD = r"[A-Z][\w\u2019'-]*"
_ITEM_JOINERS = r"of|for|on|and|the|to"
_ITEM_PLAIN_END = r"\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?"
#: "including" (and how: "through", "by", "under") and the item after it, up to the end of a head: a name in capitals
#: and one or two plain words after it, which no walk reads as a name ("including through the Early Warnings for All
#: initiative"). The item's ``item`` group leaves the article out.
_NAMED_ITEM_AT_END = re.compile(
    rf"(?:,\s*|\s)including\s+(?:{_ITEM_MEANS})?(?:the\s+)?"
    rf"(?P<item>{_ITEM_CAPITAL_WORD}(?:\s+(?:{_ITEM_CAPITAL_WORD}|{_ITEM_JOINERS}))*{_ITEM_PLAIN_END})$"
)
#: An item singled out after a comma, with how, up to the end of a head: a name in capitals (or numbers) and one or two
#: plain words after it ("..., particularly under the Seabed 2030 project").
_FOCUSED_ITEM_AT_END = re.compile(
    rf",\s*(?:particularly|in\s+particular|especially|notably)\s+{_ITEM_MEANS}(?:the\s+)?"
    rf"(?P<item>{_ITEM_CAPITAL_WORD}(?:\s+(?:{_ITEM_CAPITAL_WORD}|\d[\w\u2013-]*|{_ITEM_JOINERS}))*{_ITEM_PLAIN_END})$"
)
#: How far before the end of a head :data:`_NAMED_ITEM_AT_END` is looked for.
_NAMED_ITEM_SPAN = 150
#: The words that open the items a clause names: "relevant conventions ..., including the ...".
_LIST_OPENER = re.compile(r"(?:,\s*|\s)(?:including|in\s+particular|such\s+as|notably|namely)\s")


def _cut_after_list_opener(head: str, cut: int) -> int | None:
    """A cut after the last "including" (or "in particular", "such as") that comes after ``cut``,
    when what it leaves ends in a name: the item the list opener names carries the mark, not a name
    before it ("Invites Member States to consider ratifying relevant conventions of the International
    Labour Organization, including the Domestic Workers Convention, 2011 (No. 189), on decent work for
    domestic workers": the cut before "to consider" would leave "Member States").

    >>> h = "Invites Member States to consider ratifying conventions, including the Domestic Workers Convention,"
    >>> h += " 2011 (No. 189), on decent work for domestic workers"
    >>> h[: _cut_after_list_opener(h, 22)]
    'Invites Member States to consider ratifying conventions, including the Domestic Workers Convention, 2011 (No. 189),'
    """
    last = _last_match(_LIST_OPENER, head, cut)
    if last is None:
        return None
    late = _first_cut(head, last.end())
    # only a subject set apart by a comma (", on decent work ..."): a participle after the item
    # (", held in 2016, entitled ...") may qualify a document noun the walk does not read
    if late is None or not head.startswith(", on ", late - 1) or _walk(head[: late - 1]) is None:
        return None
    return late


def _cut_after_purpose(head: str, cut: int) -> int | None:
    """A later cut when the cut at ``cut`` opens an infinitive or "to" and a gerund, and a name
    after it carries the mark, not a name before it; or None. The later cut is the one before the
    subject ("on ...", "for ...") of a numbered resolution or decision ("Taking note of the publication
    of the ... Global Report on Corruption in Sport to support the effective implementation of resolution
    8/4 of 20 December 2019 of the Conference ... on safeguarding sport from corruption": seed 004 F29
    cites the Conference's report), or the first qualifier set apart by a comma after a title ("Recalling
    the reference to preventing ... trafficking in persons ... in the Kyoto Declaration on Advancing Crime
    Prevention, ..., adopted by the Fourteenth United Nations Congress ..., held in Kyoto, ...":
    A/C.3/80/L.4 F18 cites the Declaration).

    >>> h = "Taking note of the Report to support the implementation of resolution 8/4 of the Conference"
    >>> h[: _cut_after_purpose(h + " on safeguarding sport", 25)]
    'Taking note of the Report to support the implementation of resolution 8/4 of the Conference'
    >>> h = "Recalling the reference to preventing crime in the Kyoto Declaration, adopted by the Congress"
    >>> h[: _cut_after_purpose(h, 23)]
    'Recalling the reference to preventing crime in the Kyoto Declaration'
    >>> _cut_after_purpose("Taking note of the Report to support the Conference on safeguarding sport", 25) is None
    True
    """
    if not head.startswith(" to ", cut):
        return None
    subject = qualifier = None
    for m in _CUT.finditer(head, cut + 1):
        if _in_quotes(head, m.start()):
            continue
        if head.startswith((" on ", " for "), m.start()):
            subject = m
        elif qualifier is None and head.startswith(_COMMA_QUALIFIERS, m.start()):
            qualifier = m
    if subject is not None:
        found = _walk(head[: subject.start()])
        if found is not None and found[1] > cut and _NUMBERED_DECISION.match(found[0]):
            return subject.start()
    if qualifier is not None:
        found = _walk(head[: qualifier.start()])
        if (
            found is not None
            and found[1] > cut
            and found[0][:1].isupper()
            and found[0].rsplit(None, 1)[-1] not in _ORGANIZATION_NOUNS  # a body names no document
        ):
            return qualifier.start()
    return None


#: A purpose infinitive right after a name's last (capitalised) word that runs on to the mark in plain words: " to
#: consider areas in which international trade law can effectively support ... courts and dispute resolution bodies"
#: (after "the United Nations Commission on International Trade Law Colloquium on Climate Change and International Trade
#: Law"). Its words hold no capital, digit, bracket, quote or clause break, so no name of its own; "to be" opens no
#: purpose. (A match starts at the space before "to".)
_PURPOSE_TAIL = re.compile(
    r"(?<=[a-z])\s+to\s+(?!(?:be|the|its|their|this|that|these|those|all|any|such|each|other)\b)[a-z]{3,}\s"
    r"[^A-Z\d;:()\u201c\u201d\"]{40,}$"
)
#: An event's noun in a name that such an infinitive may be the purpose of: "Colloquium", "Conference", "Forum" (a
#: report records the event; a body, a State or an instrument before "to" is who is to act or what says so).
_EVENT_NOUN = re.compile(
    r"\b(?:Colloquium|Conference|Summit|Forum|Meeting|Dialogue|Symposium|Workshop|Seminar|Congress|Consultations?"
    r"|Round\s+Table)\b"
)
#: How far before the mark such an infinitive is looked for.
_PURPOSE_TAIL_SPAN = 600


def _purpose_after_name(head: str) -> int | None:
    """Where a purpose infinitive in plain words (:data:`_PURPOSE_TAIL`) that runs on to the mark at the end of ``head``
    starts, when a name ends right before it that is no one asked or named as the governing verb's object, or None. The
    name is what the infinitive is the purpose of, and carries the mark: the head is read as if the infinitive were not
    there ("Commends the secretariat of the Commission for holding the ... Colloquium on Climate Change and
    International Trade Law to consider areas in which ...;⁸": the Colloquium, not the secretariat). Only an event's
    name (:data:`_EVENT_NOUN`), not a body's; not what one asked is to do ("Requests the Secretary-General to continue to
    provide ..."), the verb's object ("Welcomes the Conference to ...") or the infinitive's subject ("the need for States
    to comply with ...", "the efforts of the Commission to maintain ...").

    >>> h = "Commends the secretariat for holding the Colloquium on Climate Change to consider areas in which trade law"
    >>> h = h + " can support the goals set by the international community"
    >>> h[: _purpose_after_name(h)]
    'Commends the secretariat for holding the Colloquium on Climate Change'
    >>> _purpose_after_name("Requests the Secretary-General to continue to provide all necessary assistance to the committee")
    """
    tail = _PURPOSE_TAIL.search(head, max(0, len(head) - _PURPOSE_TAIL_SPAN))
    if tail is None or not head[: tail.start()].rsplit(None, 1)[-1][:1].isupper():
        return None
    found = _walk(head[: tail.start()])
    if found is None or _EVENT_NOUN.search(found[0]) is None or _KNOWN_BODY.fullmatch(found[0]) is not None:
        return None
    if head[: found[1]].endswith((" for ", " of ", " for the ", " of the ")):
        return None  # "the need for the Conference to adopt ...", "the decision of the Conference to ...": its subject
    verb_end = _verb_end(head[: found[1]])
    between = head[verb_end : found[1]].split()
    if len(between) <= 1 and all(w in _DETERMINERS for w in between):
        return None  # the name is the verb's object: "Welcomes the Commission to ...", "Requests the Secretary-General"
    from citegraph.references import governing_verb

    verb = governing_verb(head, found[1])
    if verb is not None and verb[0] in _ASKING:
        return None  # "Calls upon all States and the Office of the High Commissioner to ...": the one asked
    return tail.start()


#: The cuts of :data:`_CUT` that open a qualifier set apart by a comma after a title.
_COMMA_QUALIFIERS = (", adopted", ", held", ", signed", ", done")


def _in_quotes(head: str, at: int) -> bool:
    """Whether ``head[at]`` lies inside a title in curly quotes.

    >>> _in_quotes("the declaration entitled “Our common commitment to act”, adopted", 45)
    True
    """
    return "\u201c" in head and head.rfind("\u201c", 0, at) > head.rfind("\u201d", 0, at)


#: The verbs that ask someone to do something: "calls upon countries to strengthen ...".
_ASKING = frozenset({"call-upon", "urge", "request", "invite", "encourage", "call", "appeal", "ask"})
#: How many words the one asked may be named with ("the Secretary-General and Member States", "the Government
#: of the Democratic People’s Republic of Korea").
_ADDRESSEE_WORDS = 10
#: Whom the one asked is to work with, set apart by commas before what it is to do: ", in coordination with the
#: Stolen Asset Recovery Initiative,".
_WITH_ASIDE = re.compile(
    r",\s+in\s+(?:close\s+)?(?:coordination|cooperation|consultation|collaboration|partnership)\s+with\s[^,;]*,\s*$"
)


#: The verbs of what the one asked is to do, before its object: " to continue to expand the ".
_TASK_OPENING = re.compile(r"\s+to\s+[a-z]+(?:\s+to\s+(?:further\s+)?[a-z]+)*\s+(?:the\s+)?(?=[a-z])")


#: The words that open no object of what the one asked is to do, but a clause ("to ensure that masters ..."), an
#: adverb or a preposition ("to contribute financially to these trust funds").
_NO_TASK_OBJECT = re.compile(
    r"(?:that|whether|how|what|which|who|to|and|or|in|on|for|with|by|at|from|[a-z]+ly)\b"
)
#: A demonstrative: the object points back to what the paragraph named before ("to this fund").
_POINTS_BACK = re.compile(r"\b(?:this|these|those|such)\s")
#: A possessive that opens the object: an anchor names the thing ("efforts to recover arrears", not "his efforts").
_OPENING_POSSESSIVE = re.compile(r"(?:its|their|his|her)\s+")
#: An act cited by its number, which names a document: "resolution 4/6".
_NUMBERED_ACT = re.compile(r"\b(?:resolutions?|decisions?)\s+\S*\d")
#: How long the object of what the one asked is to do may run to the mark.
_TASK_AT_MARK_SPAN = 400


def _task_at_mark(text: str, end: int, asked: str) -> str | None:
    """The object of what the one asked (``asked``) is to do, from the infinitive that follows it to the mark at
    ``text[end]``, when the mark closes that object and nothing in it names a document; or None. Nine of nine blind
    readers who met such a mark gave words at the mark (the object, or its last phrase that the object holds), none
    the one asked: "invites the Secretary-General of the Authority to continue efforts to recover arrears, including
    bilateral efforts;³⁸", "urges the African States to nominate their candidate for the office of ..., before the
    next session of the Committee, to be held in 2026;³¹".

    >>> t = "and invites the Secretary-General of the Authority to continue his efforts to recover arrears, including"
    >>> t += " bilateral efforts;"
    >>> _task_at_mark(t, len(t), "the Secretary-General of the Authority")
    'efforts to recover arrears, including bilateral efforts'
    >>> t = "Calls upon States to ensure that masters on ships flying their flag take the steps required"
    >>> _task_at_mark(t, len(t), "States") is None
    True
    """
    head = text[:end].rstrip(" ,;:.")
    at = head.rfind(asked)
    return _task_after(head, at + len(asked)) if at >= 0 else None


def _task_after(head: str, at: int) -> str | None:
    """:func:`_task_at_mark`, from ``head[at:]``, the words right after the one asked, to the end of ``head``."""
    if (opening := _TASK_OPENING.match(head, at)) is None:
        return None
    task = head[opening.end() :]
    # (not "to implement resolution 4/6 on ...", whose number the walk reads, nor "to make additional contributions to
    # this fund", which points back to the fund named before)
    if (
        not task
        or len(task) > _TASK_AT_MARK_SPAN
        or ";" in task
        or _NO_TASK_OBJECT.match(task) is not None
        or _NUMBERED_ACT.search(task) is not None
        or _POINTS_BACK.search(task) is not None
    ):
        return None
    if (possessive := _OPENING_POSSESSIVE.match(task)) is not None:
        task = task[possessive.end() :]
    return _tidy(task)


def _task_of_addressee(text: str, end: int, read: str) -> str | None:
    """:func:`_task_at_mark` for ``read``, the name read at the mark at ``text[end]``, when it is the one a verb of
    asking (:data:`_ASKING`) addresses, named right before what it is to do; else None.

    >>> t = "Urges the African States, the Asia-Pacific States and the Western European and other States to nominate"
    >>> t += " their candidates for the office of Chair, before the next session of the Committee, to be held in 2026;"
    >>> _task_of_addressee(t, len(t), "States")
    'candidates for the office of Chair, before the next session of the Committee, to be held in 2026'
    >>> t = "Urges States to become parties to the Convention on Biological Diversity"
    >>> _task_of_addressee(t, len(t), "Convention on Biological Diversity") is None
    True
    """
    # the end of ``text[:end].rstrip(" ,;:.")``, found without copying the text: this runs for most marks
    stop = min(end, len(text))
    while stop > 0 and text[stop - 1] in " ,;:.":
        stop -= 1
    at = text.rfind(read, max(0, stop - _TASK_AT_MARK_SPAN - len(read)), stop)
    if at < 0 or _TASK_OPENING.match(text, at + len(read), stop) is None:  # (before the verb is looked for)
        return None
    head = text[:stop]
    from citegraph.references import governing_verb

    verb = governing_verb(head, at)
    if verb is None or verb[0] not in _ASKING or ";" in head[verb[1] : at]:
        return None
    return _task_after(head, at + len(read))


#: The nouns of an act or an effort whose infinitive says what is to be done: "the decision by the Commission to
#: authorize", "the efforts of the Authority to continue its work on".
_ACT_WITH_INFINITIVE = re.compile(
    r"(?:decisions?|efforts?|requests?|calls?|recommendations?|commitments?|initiatives?|proposals?|intention)"
    r"\s+(?:of|by)\s"
)


#: An act noun and its "of the" right before the name of a body read alone: "efforts of the " (Authority).
_ACT_BEFORE_BODY = re.compile(_ACT_WITH_INFINITIVE.pattern + r"(?:the\s+)?$")
#: An infinitive and the word after it: " to proceed with", " to authorize the".
_INFINITIVE = re.compile(r"\s+to\s+[a-z]+\s+(?=[a-z])")


def _act_with_infinitive(text: str, end: int, read: str) -> str | None:
    """``read``, an act or effort of a named body (:data:`_ACT_WITH_INFINITIVE`), with its infinitive and that
    infinitive's object up to the mark at ``text[end]``, when the object is what :func:`_task_at_mark` reads; else
    None. A blind reader of round 8 gave the toolkit whose publication "the decision by the Commission to
    authorize" names, another the whole decision, two of round 7 the framework "the efforts of the Authority to
    continue its work on": the act read with its task holds each.

    >>> t = "Welcomes the decision by the Commission to authorize the publication of a legal toolkit on trade law,"
    >>> _act_with_infinitive(t, len(t), "decision by the Commission")
    'decision by the Commission to authorize the publication of a legal toolkit on trade law'
    >>> t = "Notes the call of the Special Rapporteur to Member States to implement the Convention,"
    >>> _act_with_infinitive(t, len(t), "call of the Special Rapporteur") is None
    True
    """
    if " to " in read:
        return None  # "the request by the Assembly ... to the United Nations Environment Programme": its addressee read
    if text.find(" to ", max(0, end - _TASK_AT_MARK_SPAN - len(read)), end) == -1:
        return None  # (no infinitive near the mark: the most marks, read at no cost)
    head = text[:end].rstrip(" ,;:.")
    if "official languages" in head[-_IN_OFFICIAL_LANGUAGES_SPAN:] and (
        languages := _IN_OFFICIAL_LANGUAGES.search(head, max(0, len(head) - _IN_OFFICIAL_LANGUAGES_SPAN))
    ):
        # ", including electronically, in the six official languages ...": a manner adjunct, no part of the task
        head = head[: languages.start()]
    at = head.rfind(read, max(0, len(head) - _TASK_AT_MARK_SPAN - len(read)))
    if at < 0 or (infinitive := _INFINITIVE.match(head, at + len(read))) is None:
        return None
    if _ACT_WITH_INFINITIVE.match(read) is None:
        # "the efforts of the Authority to continue its work on ...": the body read, after its act
        if (act := _ACT_BEFORE_BODY.search(head, max(0, at - 40), at)) is None:
            return None
        at = act.start()
    task = head[infinitive.end() :]
    if ";" in task or _NUMBERED_ACT.search(task) is not None or task.startswith(("that ", "whether ")):
        return None  # (a clause, or a resolution by its number, which the walk reads)
    return _tidy(head[at:])


def _task_after_aside(text: str, end: int, asked: str) -> str | None:
    """The object of what the one asked (``asked``, with whom it is to work set apart after it: :data:`_WITH_ASIDE`)
    is to do, up to the first cut after it, for a mark that nothing past the one asked was read for; or None.

    >>> text = ("Requests the United Nations Office on Drugs and Crime, in coordination with the Stolen Asset Recovery"
    ...         " Initiative, to continue to expand the global knowledge and data collection on asset recovery and return"
    ...         ", drawing upon existing efforts, within existing resources;")
    >>> _task_after_aside(text, len(text), text[8 : text.find(" to continue")])
    'global knowledge and data collection'
    """
    if "," not in asked or _WITH_ASIDE.search(asked) is None:
        return None
    head = text[:end].rstrip(" ,;:.")
    if (at := head.rfind(asked)) < 0 or (opening := _TASK_OPENING.match(head, at + len(asked))) is None:
        return None
    stop = _first_cut(head, opening.end()) or len(head)
    if (comma := head.find(",", opening.end(), stop)) >= 0:
        stop = comma  # "... to continue to expand the global knowledge of asset recovery, while ensuring ..."
    task = _TRAILING_AND.sub("", head[opening.end() : stop])
    return _without_article(_tidy(task)) if task.strip() else None


def _addressee_task(head: str, verb_end: int, at: int) -> bool:
    """Whether ``head[at:]`` opens the infinitive ("to strengthen ...") that says what the one named
    after a verb of asking, which ends at ``verb_end``, is to do: "Calls upon the Secretary-General and
    Member States to adhere to the guidelines ... contained in the administrative instruction ...": the
    one asked names no document, and what it is to do is read on.

    >>> h = "and calls upon countries to strengthen the implementation of the enhanced Lima work programme"
    >>> _addressee_task(h, 14, 24), _addressee_task("Taking note of the Report to support it", 6, 24)
    (True, False)
    """
    asked = head[verb_end:at]
    if "," in asked and (aside := _WITH_ASIDE.search(asked)) is not None:
        # "Requests the United Nations Office on Drugs and Crime, in coordination with the Stolen Asset Recovery
        # Initiative, to continue to expand ...": those the one asked works with are asked too, and name no document
        asked = asked[: aside.start()]
    if not head.startswith(" to ", at) or "," in asked or len(asked.split()) > _ADDRESSEE_WORDS:
        return False
    from citegraph.references import governing_verb

    verb = governing_verb(head, verb_end)
    return verb is not None and verb[1] == verb_end and verb[0] in _ASKING


def _first_cut(head: str, verb_end: int | None = None) -> int | None:
    """Where the qualifiers of the name begin: the earliest cut after the clause's governing verb
    (which ends at ``verb_end``, :func:`_verb_end`, if already known).

    >>> _first_cut("Recalling the Convention, adopted on 8 September 2006", 9)
    24
    >>> _first_cut("Takes note of the report prepared pursuant to resolution 74/177", 5)
    24
    """
    after = _verb_end(head) if verb_end is None else verb_end
    m = _CUT.search(head, after)
    while m is not None and _in_quotes(head, m.start()):
        # "the political declaration entitled “Our common commitment to effectively addressing ...”,
        # adopted by ...": a title in quotes is not cut
        m = _CUT.search(head, m.end())
    end = m.start() if m else len(head)
    # "the Declaration of Principles and the Plan of Action adopted by the World Summit ... at its first
    # phase": a participle after a name opens a qualifier without a comma too
    for bare in _BARE_CUT.finditer(head, after, end):
        if _after_name(head, bare.start()):
            return bare.start()
    return m.start() if m else None


# ---- a mark after another mark in the same clause (anchor_after_mark) --------------------------------------------


#: A list item alone between two footnote marks: "resolutions 34/8 of 23 March 2017,⁴ 35/34 of 23 June
#: 2017,⁵": the window of mark 5 holds " 35/34 of 23 June 2017,", whose name is the number.
_MARKED_ITEM = re.compile(
    r"[\s,;]*(?:and\s+|as\s+well\s+as\s+)?(?:(?:[Rr]esolutions?|[Dd]ecisions?)\s+)?"
    r"(?P<item>(?:(?:ES|S)-)?\d{1,4}/\d{1,4}(?:\s[A-H])?|\d{1,4}\s?\(\d{4}\))"
    rf"(?:\s*,?\s*(?:of|adopted\s+on)\s+{_FULL_DATE})?[\s,;]*"
)


#: A body alone after another footnote's mark, as the agent of a participle joined by "and": ", and endorsed by the
#: General Assembly,"; what the body acted on is named before that mark.
_ENDORSED_BY_BODY = re.compile(
    r"[\s,;]*and\s+(?P<act>(?:endorsed|adopted|approved|welcomed|proclaimed|reaffirmed)\s+by\s+(?:the\s+)?"
    r"(?:[A-Z][\w\u2019'-]*\s*(?:(?:of|on|for|and|the)\s+){0,2}){1,12})[\s,;.]*"
)


#: A part of the item before another footnote's mark: "... Particularly in Africa,²² including its 2018–2030
#: strategic framework,²³".
_MARKED_PART = re.compile(
    r"[\s,;]*including\s+(?P<det>its|their)\s+(?P<item>[\w\u2013-]+(?:\s+[a-z][\w\u2019'-]*){0,8})[\s,;.]*"
)


def anchor_after_mark(
    text: str, floor: int, end: int, whole: str | None, previous: str | None = None
) -> str | None:
    """The anchor of a mark at ``text[end]`` when another mark stood at ``text[floor]``, or None.

    A name never runs back over another footnote's mark: in "the Convention on the Rights of the
    Child¹⁸ and the Optional Protocols thereto¹⁹", mark 19 carries "Optional Protocols thereto"
    (gold 002 F19), and in a list whose items carry their own marks, each mark carries its item.
    ``whole`` is what :func:`anchor_before` reads over the whole text: the name read after the other
    mark replaces it when ``whole`` runs on into that name (a longer reading of the same words), or
    when the words after the other mark open an item of their own ("and the Programme of Action of
    ...", "and the key actions for its further implementation") whose name ``whole`` is not read in;
    a name read from further back ("reports of the Secretary-General submitted pursuant to
    resolutions 73/263,²¹ 74/168²²": the reports) stays, and so does ``whole`` read up to the other mark
    when the words after it name nothing (only dates: "reports ... of 18 October 2022,²⁸ 15 March 2023²⁹"),
    but a reading that runs back across that mark does not (:func:`_not_across_mark`).
    Words after the other mark that go on its phrase, with no name of their own ("the political
    declarations of the high-level meetings ... to commemorate the tenth⁴ and twentieth⁵ anniversaries",
    "the declarations adopted at its forty-ninth,¹ fifty-fourth,² fifty-ninth³ and sixty-fourth
    sessions⁴"), carry what the other mark carries: ``previous``, its anchor, when it is known.

    >>> t = "resolutions 34/8 of 23 March 2017, 35/34 of 23 June 2017,"
    >>> anchor_after_mark(t, 34, len(t), "resolutions 34/8 of 23 March 2017, 35/34")
    '35/34'
    >>> t = "the Convention on the Rights of the Child and the Optional Protocols thereto"
    >>> anchor_after_mark(t, 42, len(t), "Convention on the Rights of the Child and the Optional Protocols thereto")
    'Optional Protocols thereto'
    >>> t = "reports of the Independent International Commission of Inquiry of 18 October 2022, 15 March 2023"
    >>> anchor_after_mark(t, 83, len(t), "reports of the Independent International Commission of Inquiry") is None
    True
    """
    window = text[floor:end]
    if (" on " in window or " in " in window) and (
        qualified := _participle_after_located(text, floor, end)
    ) is not None:
        # "... as set out in the High Commissioner’s annual report (part II) of 2018,¹¹ affirmed on 17 December 2018,¹²"
        return qualified
    if (part := _MARKED_PART.fullmatch(window)) is not None:
        return f"{part['det']} {part['item']}"
    if (
        previous is not None
        and "ed by " in window
        and (endorsed := _ENDORSED_BY_BODY.fullmatch(window)) is not None
    ):
        # "the Declaration of Principles and the Plan of Action adopted by the World Summit ... 2003,⁴ and endorsed
        # by the General Assembly,⁵": what was endorsed, which the other mark carries, read with the endorsement
        # this mark's footnote sources (not the body alone, which names nothing)
        return f"{previous} {_tidy(endorsed['act'])}"
    if (same := _same_document(text, floor, window)) is not None:
        return same
    if previous is not None and " on " in window and (subject := _own_subject(text, floor, window, previous)):
        # "the conclusions and recommendations of the Committee ... on the proposed programme plan for 2026 and
        # programme performance for 2024⁸ and on evaluation,⁹": the document the other mark carries, on this mark's
        # own subject, not the other mark's
        return subject
    if (plain := _MARKED_PLAIN_ITEM.fullmatch(window)) is not None:
        return (plain["det"] or plain["det2"] or "") + _without_act(plain["item"])
    if (clause := _before_clause_after_mark(text, floor, end, whole)) is not None:
        # "..., 8 and World Health Assembly resolution 77.4 ... on ..., in which the World Health Assembly urged
        # member States to take measures ...,⁹": the name before the clause, in the words after the other mark
        return clause
    item = _MARKED_ITEM.fullmatch(window)
    # "..., 45/18 of 6 October 2020¹¹ and 51/9 of 6 October 2022 on the safety of journalists,¹²"; an item right
    # after the mark is one of the list the comma before that mark ended ("... Education,¹³ 32/13 of 1 July 2016
    # on the promotion, protection and enjoyment of human rights on the Internet,¹⁴")
    listed = ", " + window.lstrip() if _OPENS_WITH_NUMBER.match(window) else window
    if item is None and (subject := _numbered_subject(listed.rstrip(" ,;:."))) is not None:
        return subject
    if item is not None:
        name: str | None = item["item"]
    else:
        name = anchor_before(window, len(window))
        if name is None or not (_names_something(name) or _SYMBOL_NUMBER.match(name)):
            if (
                previous is not None
                and (date := _dates_only(window)) is not None
                and (dated := _with_own_date(text, floor, previous, date)) is not None
            ):
                # "its letters addressed to the Security Council on 7 May,²³ 30 May²⁴ and 11 June 1979,²⁵": a date
                # alone names another of what the mark before carries, as if its noun were printed again
                return dated
            return _not_across_mark(text, floor, end, whole, previous)
    assert name is not None
    if previous is not None and _CONTINUATION.fullmatch(window):
        # "the tenth⁴ and twentieth⁵ anniversaries": the phrase of the mark before, with this mark's ordinal
        return _next_in_series(text, end, window, previous) or _own_conjunct(window, previous) or previous
    if whole is None or fold(whole).endswith(fold(name)):
        return name
    if fold(name).endswith(fold(whole)) and _valid(name):
        # "...,² the unequivocal commitment of nuclear-weapon States ..., agreed at the 2000 Review Conference ...,³":
        # what is read after the other mark holds ``whole`` at its end, the longer reading of the same words
        return name
    if item is None and _NEW_ITEM_START.match(window) and _valid(name) and fold(whole) not in fold(window):
        # a name of its own after the other mark: what is read past the mark belongs to another item
        # ("... Platform for Action adopted by the Fourth World Conference on Women¹¹ and the Programme
        # of Action of the International Conference on Population and Development,¹²")
        return name
    if (
        previous is not None
        and (fold(whole) == fold(previous) or fold(whole) in fold(text[:floor]))
        and (part := _INCLUDED.match(window))
    ):
        # what the mark before carries is no anchor of this one, when a part of it opens after that mark
        # ("..., in implementing the ... Strategy,³ including through information-sharing on foreign
        # terrorist fighters, ..., and on improvements in border security,⁴"): the part, or the last item of
        # it that a determiner opens ("..., including transparent and inclusive deliberations, and the
        # agreement reached by the Commission on the conditions ...;²³"), also when the mark before carries a name
        # read after ``whole`` ("the Polar Code, adopted ... under ... the International Convention for the Prevention
        # of Pollution from Ships, ..., as amended,⁹³ including relevant requirements of the International Convention
        # on Standards of Training ...,⁹⁴")
        last = _LAST_ITEM.search(window, part.end())
        return (last["det"] or "") + last["item"] if last else _tidy(window[part.end() :])
    return _not_across_mark(text, floor, end, whole, previous)


#: A bare participle and a date, alone after another footnote's mark: ", affirmed on 17 December 2018,".
_PARTICIPLE_DATE = re.compile(rf"[\s,]*[a-z]{{3,}}ed\s+(?:on\s+{_FULL_DATE}|in\s+\d{{4}})[\s,;.]*")
#: Words that locate a document in another before that mark: "as set out in", "as contained in", "as reflected in".
_LOCATING = re.compile(
    r"(?:,\s*|\s)(?:as\s+)?(?:contained|set\s+out|set\s+forth|reflected|enshrined|outlined|described)\s+in\s"
)
#: How far before the other mark :data:`_LOCATING` is looked for.
_LOCATING_SPAN = 200


def _participle_after_located(text: str, floor: int, end: int) -> str | None:
    """The name a bare participle and its date after another mark at ``text[floor]`` qualify, when that mark closed
    a document which locates the name ("the Global Compact on Refugees as set out in the High Commissioner’s annual
    report (part II) of 2018,¹¹ affirmed on 17 December 2018,¹²"): the Compact, which was affirmed, not the report,
    which has its own mark (a second footnote on it would say nothing new); else None.

    >>> t = "Recalls the Global Compact on Refugees as set out in the High Commissioner’s annual report (part II) of"
    >>> t += " 2018, affirmed on 17 December 2018,"
    >>> _participle_after_located(t, 108, len(t))
    'Global Compact on Refugees'
    >>> t = "Recalls the Global Compact on Refugees, affirmed on 17 December 2018,"
    >>> _participle_after_located(t, 38, len(t)) is None
    True
    """
    if _PARTICIPLE_DATE.fullmatch(text, floor, end) is None:
        return None
    before = text[:floor]
    located = _last_match(_LOCATING, before, max(0, floor - _LOCATING_SPAN))
    if located is None or ";" in before[located.end() :]:
        return None
    name = anchor_before(text, located.start())
    return name if name is not None and _names_something(name) else None


def _not_across_mark(
    text: str, floor: int, end: int, whole: str | None, previous: str | None = None
) -> str | None:
    """The anchor of the mark at ``text[end]`` when ``whole``, the name read over the whole text, runs
    back across the other mark at ``text[floor]``, or when it lies before that mark and the words after
    it locate a document of their own; else None (``whole`` stays).

    A name never runs back over another footnote's mark: the words after it that name something are the
    name ("as reported in ... the report of the Board of Inquiry¹² and by the independent commission of
    inquiry established pursuant to Human Rights Council resolution S-21/1,¹³": the commission), else,
    when they name nothing (dates, years: "held in 2006,¹³ 2011,¹⁴"; a participle: "affirmed on 17
    December 2018"), the name read up to the other mark ("political declarations on HIV and AIDS ...
    held in 2006"), which is what the other mark carries (``previous``) when that is in ``whole`` (without
    the other mark's year, when the words are a year alone: :func:`_without_other_year`); a proper
    name in them comes before a participle ("recommendations⁵⁷ emanating from
    the Joint Action Group ...;⁵⁸"). A document that the words after the other mark locate ("the goals
    set forth in the Beijing Platform for Action,²² as contained in paragraph 33 of the further actions
    and initiatives,²³") is theirs, not a name read from before that mark.

    >>> t = "the report of the Board of Inquiry and by the independent commission of inquiry established"
    >>> _not_across_mark(t, 34, len(t), "report of the Board of Inquiry and by the independent commission of inquiry")
    'independent commission of inquiry'
    >>> t = "the political declarations on HIV and AIDS held in 2006, 2011,"
    >>> _not_across_mark(t, 56, len(t), "political declarations on HIV and AIDS held in 2006, 2011")
    'political declarations on HIV and AIDS held in 2006'
    >>> t = "Recalling the reports of the Secretary-General submitted pursuant to resolutions 73/263, 74/168,"
    >>> _not_across_mark(t, 89, len(t), "reports of the Secretary-General") is None
    True
    """
    if whole is None:
        return None
    window = text[floor:end]
    if fold(whole) not in fold(window) and (located := _LOCATED_AFTER_MARK.fullmatch(window)) is not None:
        return (located["det"] or "") + located["item"]
    span = _span_of(text, end, whole)
    if span is None or not span[0] < floor < span[1]:
        return None  # the name lies after the other mark, or before it (an item of a list it heads)
    words = text[floor : span[1]].split()
    while words and (words[0].lower() in _EMPTY_WORDS or words[0] in ("by", "for", "at", "with")):
        words.pop(0)  # "and by the independent commission of inquiry" -> "independent commission of inquiry"
    if words and _ENDS_IN_VERB.search(words[-1]) and len(words) > 1:
        words.pop()  # "... commission of inquiry established" (cut before "pursuant to ...")
    after = _tidy(" ".join(words))
    if words and _names_something(after) and not _PARTICIPLE_FIRST.match(after):
        return after
    window_name = anchor_before(window, len(window))
    if window_name is not None and _names_something(window_name) and window_name[:1].isupper():
        return window_name  # "emanating from the Joint Action Group to review ...": the Group
    if previous is not None and fold(previous) in fold(whole):
        # "held in 2006,¹³ 2011,¹⁴ 2016¹⁵": what mark 14 carries, itself read up to mark 13, without the year that
        # is the other mark's own
        return _without_other_year(window, previous)
    before = _tidy(text[span[0] : floor])
    return before if before and _valid(before) else None


#: A relative clause after a name, opened by a comma: ", in which", ", by which", ", whereby".
_CLAUSE_AFTER_NAME = re.compile(r",\s+(?:(?:in|by)\s+which|whereby)\s+")


def _before_clause_after_mark(text: str, floor: int, end: int, whole: str | None) -> str | None:
    """The name before a relative clause (:data:`_CLAUSE_AFTER_NAME`) that runs on to the mark at ``text[end]``, read
    in the words after the other mark at ``text[floor]``, when the clause names no document (:data:`_CLAUSE_DOCUMENT`)
    and ``whole``, the name read over the whole text, is not read after that mark; else None. A name never runs back
    over another mark: the clause qualifies the conjunct it follows ("..., 8 and World Health Assembly resolution 77.4
    of 1 June 2024 on ..., in which the World Health Assembly urged member States to take measures ...,⁹": the
    resolution, not the guiding principles mark 8 carries).

    >>> t = "the guiding principles on transplantation, and World Health Assembly resolution 77.4 of 1 June 2024 on"
    >>> t += " organs, in which the World Health Assembly urged member States to take measures,"
    >>> _before_clause_after_mark(t, 41, len(t), "guiding principles")
    'World Health Assembly resolution 77.4'
    >>> t = "the guiding principles, and resolution 77.4, in which the Assembly adopted the Convention on Organs,"
    >>> _before_clause_after_mark(t, 22, len(t), "guiding principles") is None
    True
    """
    window = text[floor:end]
    if "which" not in window and "whereby" not in window:
        return None
    m = _last_match(_CLAUSE_AFTER_NAME, window)
    if m is None or ";" in window[m.end() :] or _CLAUSE_DOCUMENT.search(window, m.end()) is not None:
        return None
    if (
        whole is not None
        and (span := _span_of(text, end, whole)) is not None
        and span[0] >= floor
        and _CLAUSE_AFTER_NAME.search(whole) is None
    ):
        return None  # the name read over the whole text is read after the other mark, without the clause: it stays
    name = anchor_before(window, m.start())
    if name is None or not _names_something(name) or not _valid(name):
        return None
    return name


#: A year alone after another mark: "2014", " and 2018", ", 2016".
_YEAR_ONLY = re.compile(r"[\s,]*(?:and\s+)?\d{4}[\s,;.]*")
#: The year that ends a name, with what dates it: " held in 2011", " of 2017", " adopted in 2006".
_YEAR_AT_END = re.compile(r"(?:\s+(?:held|adopted|convened|issued|submitted))?\s+(?:in|of)\s+\d{4}$")


#: A date, its year perhaps left to a later one: "30 May", "11 June 1979".
_DAY_MONTH = re.compile(rf"{_DAY_OF_MONTH}(?:\s+\d{{4}})?")
#: What may stand between dates of a list: commas, spaces, "and", a day whose month the next date gives ("1 and 30
#: April 2021").
_DATE_SEPARATORS = re.compile(r"(?:[\s,;.]|\band\b|\b\d{1,2}\b)*")


def _dates_only(window: str) -> str | None:
    """The last date of ``window``, the words after another footnote's mark, when they are dates alone (", 30 May",
    ", 28 May 2025, 21 October 2025"): the one this mark stands on; else None.

    >>> _dates_only(" 30 May "), _dates_only(", 28 May 2025, 21 October 2025"), _dates_only(" and the Council")
    ('30 May', '21 October 2025', None)
    >>> _dates_only(", 1 and 30 April 2021 and 4 April 2025")
    '4 April 2025'
    """
    dates = _DAY_MONTH.findall(window)
    if not dates or _DATE_SEPARATORS.fullmatch(_DAY_MONTH.sub(" ", window)) is None:
        return None
    return dates[-1]


#: The date a name read before another mark ends in: "... addressed to the Security Council on 7 May".
_DAY_MONTH_AT_END = re.compile(rf"\s+(?P<by>on|of|dated)\s+{_DAY_MONTH.pattern}$")
#: A name printed before another mark with a date after it: its preposition ("of 18 October 2022"), perhaps after a
#: participle and its agent ("issued by the Security Council on 6 November 2017").
_DATE_AFTER_NAME = re.compile(
    rf"(?P<between>\s+[a-z]+ed\s+by\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,4}})?"
    # and whom it was addressed to: "the appeals addressed by the Secretary-General to the Governments of Greece, Turkey
    # and Cyprus on 22 November,²¹ 24 November²²" (S/RES/244 (1967))
    r"(?P<to>\s+to\s+(?:the\s+)?[A-Z][\w-]*(?:,?\s+(?:[A-Z][\w-]*|of|and|the)){0,10}?)?"
    rf"\s+(?P<by>on|of|dated)\s+{_DAY_OF_MONTH}\b"
)
#: How far before the other mark the name it carries may be printed with its date.
_DATED_NAME_SPAN = 300


def _with_own_date(text: str, floor: int, previous: str, date: str) -> str | None:
    """What ``previous``, the anchor of the mark at ``text[floor]``, names, on ``date``, the date alone after that mark:
    a date names another of the same documents, read as if their noun were printed again ("letters addressed to the
    Security Council on 30 May"; the date alone names nothing, and the other mark's date is not this one's). The
    preposition is the one ``previous`` ends in, or the one printed after it before that mark ("reports of the
    Commission of 18 October 2022,²⁸ 15 March 2023²⁹"); None when neither is found.

    >>> t = "its letters addressed to the Security Council on 7 May, 30 May"
    >>> _with_own_date(t, 54, "letters addressed to the Security Council on 7 May", "30 May")
    'letters addressed to the Security Council on 30 May'
    >>> t = "the reports of the Commission of Inquiry of 18 October 2022, 15 March 2023"
    >>> _with_own_date(t, 59, "reports of the Commission of Inquiry", "15 March 2023")
    'reports of the Commission of Inquiry of 15 March 2023'
    >>> t = "the presidential statements issued by the Security Council on 6 November 2017 and 10 March 2021"
    >>> _with_own_date(t, 79, "presidential statements", "10 March 2021")
    'presidential statements issued by the Security Council on 10 March 2021'
    """
    date = " ".join(date.split())
    if (
        own := _DAY_MONTH_AT_END.search(previous, max(0, len(previous) - 30))
    ) is not None and own.start() > 0:
        return f"{previous[: own.start()]} {own['by']} {date}"
    before = " ".join(text[max(0, floor - _DATED_NAME_SPAN) : floor].split())
    at = before.rfind(previous)
    if at < 0 or (by := _DATE_AFTER_NAME.match(before, at + len(previous))) is None:
        return None
    return f"{previous}{by['between'] or ''}{by['to'] or ''} {by['by']} {date}"


def _without_other_year(window: str, previous: str) -> str:
    """``previous``, what the mark before carries, without the year it ends in, when ``window``, the words since that
    mark, is a year alone: each year names one item of those a name read before the years covers ("the political
    declarations and outcome document ... held in 2011,¹ 2014² and 2018;³", "Political Declarations of 2017² and
    2021,³"), and the year of the other mark is not this mark's; else ``previous``.

    >>> _without_other_year(" 2014", "political declarations held in 2011"), _without_other_year(" and 2021,", "Declarations of 2017")
    ('political declarations', 'Declarations')
    >>> _without_other_year(" affirmed on 17 December 2018", "declarations held in 2011")
    'declarations held in 2011'
    """
    if (
        _YEAR_ONLY.fullmatch(window) is None
        or (year := _YEAR_AT_END.search(previous, max(0, len(previous) - 30))) is None
        or year.start() == 0
    ):
        return previous
    return previous[: year.start()]


#: What a window after another footnote's mark holds when it locates a document of its own: "as contained
#: in paragraph 33 of the further actions and initiatives" (the outcome of a special session).
_LOCATED_AFTER_MARK = re.compile(
    r"[\s,]*(?:as\s+)?(?:contained|set\s+out|set\s+forth|reflected|enshrined|outlined)\s+in\s+"
    r"(?:(?:paragraph|section|chapter|annex)s?\s+[\w.]+\s+(?:of|to)\s+)?(?:the\s+|(?P<det>(?:its|their)\s+))"
    r"(?P<item>[a-z][\w\u2019'-]*(?:\s+[a-z][\w\u2019'-]*){0,9})[\s,;.]*"
)
#: A participle or gerund that opens the words after another mark: they qualify what that mark carries.
_PARTICIPLE_FIRST = re.compile(r"[a-z]+(?:ed|ing)\b")


def _span_near(text: str, end: int, name: str, reach: int) -> tuple[int, int] | None:
    """:func:`_span_of` in the last ``reach`` characters before ``end`` only, as offsets into ``text``: where a
    name read at a mark stands, looked for near the mark (a rule that reads around it needs no more).

    >>> _span_near("the Secretary- General and the report of the Board,", 51, "report of the Board", 30)
    (31, 50)
    """
    lo = max(0, end - reach)
    span = _span_of(text[lo:end], end - lo, name)
    return None if span is None else (lo + span[0], lo + span[1])


def _span_of(text: str, end: int, name: str) -> tuple[int, int] | None:
    """Where ``name``, read by :func:`anchor_before` (its spacing and line-break hyphens tidied), last
    stands in ``text[:end]``: its start and end offsets, or None.

    The name and the text are compared with their spaces and hyphens left out, so that "Secretary-
    General" in the text is found for "Secretary-General": ``str.rfind`` in the text squeezed so, its
    runs of other characters mapped back to where they stand (no pattern compiled per name).

    Squeezing drops characters one by one, so the squeezed end of the text is the end of the squeezed
    text, and a name found there is found at its last place. The search therefore starts in a short
    window before ``end`` and widens it only when the name is not there: a name is mostly read close
    to the mark, and a whole document need not be squeezed for it.

    >>> _span_of("the Secretary- General and the report of the Board,", 51, "report of the Board")
    (31, 50)
    >>> _span_of("the Secretary- General and the report of the Board,", 51, "Secretary-General")
    (4, 22)
    >>> _span_of("the Secretary- General and the report of the Board,", 51, "Board of Auditors") is None
    True
    """
    key = name.translate(_SQUEEZE)
    if not key:
        return None
    reach = len(name) + 96
    while True:
        lo = max(0, end - reach)
        i = text[lo:end].translate(_SQUEEZE).rfind(key)
        if i >= 0:
            break
        if lo == 0:
            return None
        reach *= 8
    j = i + len(key) - 1  # the name's last character, in the squeezed window
    first = n = 0
    for m in _SQUEEZED_RUN.finditer(text, lo, end):
        size = m.end() - m.start()
        if n <= i < n + size:
            first = m.start() + i - n
        if j < n + size:
            return first, m.start() + j - n + 1
        n += size
    return None  # not reached: the squeezed window holds the whole name


#: A run of characters that are neither spaces nor hyphens (see :func:`_span_of`).
_SQUEEZED_RUN = re.compile(r"[^\s-]+")
#: What :func:`_span_of` leaves out of a name and of the text: the hyphen and every character that
#: ``\s`` matches (the same set as ``str.isspace``).
_SQUEEZE = dict.fromkeys(
    [*range(0x09, 0x0E), *range(0x1C, 0x21), 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B)]
    + [0x2028, 0x2029, 0x202F, 0x205F, 0x3000, ord("-")]
)


#: A resolution's number that opens the words after another mark: an item of a list.
_OPENS_WITH_NUMBER = re.compile(r"\s*(?:(?:ES|S)-)?\d{1,4}/\d")

#: The last item of plain words that a window after another mark ends in: ", and the agreement reached by
#: the Commission on the conditions ...", ", and on improvements in border security".
_LAST_ITEM = re.compile(
    r",\s*and\s+(?:the\s+|(?P<det>its\s+|their\s+))(?P<item>[a-z][^;,\u201c\u201d\"]{0,200}?)[\s,;.]*$"
)
#: A part of what the mark before carries, after that mark: "including through", "including".
_INCLUDED = re.compile(r"[\s,]*including\s+(?:through\s+|by\s+|in\s+)?(?=[a-z])")


#: A second subject of the document the mark before carries, after that mark: "the reports of the Secretary-General on
#: national institutions ...¹⁰ and on the activities of the Global Alliance ...,¹¹", also with no "and" in a list of
#: subjects ("... denial of humanitarian access,²⁵ on pathways to fulfil ...,²⁶ and on the root causes ...²⁷").
_SECOND_SUBJECT = re.compile(
    r"[\s,]*(?:and\s+)?(?:on|concerning)\s+(?!(?:the\s+)?(?:basis|behalf|occasion)\b)(?:the\s+)?[a-z]"
)


#: A second subject in plain words after another mark, all the window holds: "and on evaluation", ", on evaluation".
_OWN_SUBJECT = re.compile(
    r"[\s,]*(?:and\s+)?(?P<subject>on\s+(?!the\s+[A-Z])[a-z\d][\w\u2019'\u2013-]*(?:\s+[a-z\d][\w\u2019'\u2013-]*){0,9})[\s,;.]*"
)
#: A second subject after another mark that the conclusions and recommendations the other mark carries are on, what
#: the window holds, names and all: "and on United Nations system support for Agenda 2063: The Africa We Want".
_OWN_NAMED_SUBJECT = re.compile(r"[\s,]*(?:and\s+)?on\s+(?P<subject>[^;\s][^;]*)")
#: A subject in plain words that ends a name: "... Coordination on the proposed programme plan for 2026".
_PLAIN_SUBJECT_AT_END = re.compile(r"(?:^|\s)on\s+(?:the\s+)?[a-z][^A-Z]*$")


#: A document's head in plain words before its first subject: "resolutions on ...", "its reports on ...".
_PLAIN_HEAD_ON = re.compile(
    r"(?P<head>(?:(?:its|their)\s+)?[a-z][\w\u2019'-]*(?:\s+[a-z][\w\u2019'-]*){0,3}?)\s+on\s"
)


def _own_subject(text: str, floor: int, window: str, previous: str) -> str | None:
    """The document that ``previous``, what the mark before at ``text[floor]`` carries, names, on the second subject
    that ``window``, the words since that mark, holds ("and on evaluation"), or None.

    The document and its first subject, or the document alone when its first subject ran on to the mark before ("the
    political declarations on pandemic prevention, preparedness and response³ and on universal health coverage⁴"), are
    read before that mark; this mark's footnote sources the same kind of document on its own subject, as printed: the
    document is read as if its noun were printed again ("political declarations on universal health coverage"), not
    the other mark's subject, nor the subject alone, which names no document. Only a subject in plain words, or the
    second subject of conclusions and recommendations (:data:`_CONCLUSIONS_ON`), which may name something itself.

    >>> p = "recommendations of the Committee for Programme and Coordination on the proposed programme plan for 2026"
    >>> t = f"Endorses the {p} and on evaluation,"
    >>> _own_subject(t, len(t) - 19, " and on evaluation,", p)
    'recommendations of the Committee for Programme and Coordination on evaluation'
    >>> t = "taking note of the political declarations on pandemic prevention and on universal health coverage"
    >>> _own_subject(t, t.index(" and on"), t[t.index(" and on") :], "political declarations")
    'political declarations on universal health coverage'
    >>> _own_subject(t, t.index(" and on"), t[t.index(" and on") :], "pandemic prevention") is None
    True
    >>> _own_subject("", 0, " and on recommendations", "resolutions on action during the COVID-19 pandemic")
    'resolutions on recommendations'
    >>> p = "conclusions and recommendations of the Committee for Programme and Coordination on the Africa report"
    >>> _own_subject(f"the {p}", len(p) + 4, " and on United Nations system support for Agenda 2063.", p)
    'conclusions and recommendations of the Committee for Programme and Coordination on United Nations system support for Agenda 2063'
    """
    own = _OWN_SUBJECT.fullmatch(window)
    if own is not None:
        if (first := _PLAIN_SUBJECT_AT_END.search(previous)) is not None and first.start() > 0:
            return _tidy(f"{previous[: first.start()]} {own['subject']}")
        if (plain := _PLAIN_HEAD_ON.match(previous)) is not None:
            # "resolutions on comprehensive action to address seafarers’ challenges during the COVID‑19 pandemic⁵⁸ and on
            # recommendations⁵⁹": a head in plain words, whatever names its first subject holds
            return _tidy(f"{plain['head']} {own['subject']}")
        if _opens_subject_after(text, floor, previous):
            return _tidy(f"{previous} {own['subject']}")
    if (conclusions := _CONCLUSIONS_ON.match(f"the {previous}")) is not None and (
        named := _OWN_NAMED_SUBJECT.fullmatch(window)
    ):
        # "the conclusions and recommendations of the Committee ... on the annual overview report of the United Nations
        # System Chief Executives Board for Coordination for 2022¹⁰ and on United Nations system support for Agenda
        # 2063: The Africa We Want.¹¹": the second subject of the conclusions, though it names something
        return _tidy(f"{conclusions['name']} on {named['subject'].rstrip(' ,;:.')}")
    return None


#: How far before the mark before the document it carries may be printed, its first subject between.
_FIRST_SUBJECT_SPAN = 400


def _opens_subject_after(text: str, floor: int, name: str) -> bool:
    """Whether ``name`` is printed before ``text[floor]`` with a subject ("on ...") that runs on to there: the name is
    a document, the words after it that document's first subject.

    >>> t = "the political declarations on pandemic prevention"
    >>> _opens_subject_after(t, len(t), "political declarations"), _opens_subject_after(t, len(t), "prevention")
    (True, False)
    """
    before = " ".join(text[max(0, floor - _FIRST_SUBJECT_SPAN) : floor].split())
    at = before.rfind(f"{name} on ")
    return at >= 0 and ";" not in before[at:]


#: What opens this mark's own subject after the mark before: ", and " before "on the activities of ...", or a comma
#: alone, in a list of subjects ("...,²⁵ on pathways to fulfil ...,²⁶ and on the root causes ...²⁷").
_AND_BEFORE_SUBJECT = re.compile(r"[\s,]*(?:and\s+)?(?=(?:on|concerning)\s)")


def _same_document(text: str, floor: int, window: str) -> str | None:
    """The report of a named body or person whose subject in plain words ("on ...") runs on to the other mark at
    ``text[floor]``, when ``window``, the words after that mark, opens a second subject of it with "and on": the
    second mark carries the report on its own subject, read as if the report's noun were printed again, not a name
    inside that subject alone ("(Paris Principles)"); else None.

    >>> t = "Taking note of the reports of the Secretary-General on national institutions and on the activities of"
    >>> t += " the Global Alliance (Paris Principles), "
    >>> _same_document(t, t.index(" and on"), t[t.index(" and on") :])
    'reports of the Secretary-General on the activities of the Global Alliance (Paris Principles)'
    >>> t = "the Convention and on the activities of the Alliance, "
    >>> _same_document(t, 14, t[14:]) is None
    True
    """
    if _SECOND_SUBJECT.match(window) is None:
        return None
    head = text[:floor]
    clause = head[max(head.rfind(";"), head.rfind("\n")) + 1 :]
    last = _last_match(_REPORT_OF_NAME, clause)
    if last is None or last["body"] is not None:
        return None
    subject = _PLAIN_SUBJECT.search(clause, last.end(), last.end() + _REPORT_NAME_SPAN)
    if (
        subject is None
        or (found := _walk(clause[: subject.start()])) is None
        or not last.start() < found[1] <= last.end()
    ):
        return None
    report = _tidy(clause[last.start() : subject.start()])
    own = _AND_BEFORE_SUBJECT.match(window)
    return _tidy(f"{report} {window[own.end() :]}") if own is not None else report


#: Words after a mark that only go on its phrase: one or two plain words after "and" or a comma
#: ("tenth⁴ and twentieth⁵", "forty-ninth,¹ fifty-fourth,² ... and sixty-fourth sessions⁴").
_CONTINUATION = re.compile(r"[\s,]*(?:and\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*)?[\s,;.]*")


#: The endings of an ordinal number: the cheap test before :data:`_SERIES_BEFORE`.
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")
#: A series of ordinals at the end of a read ("its first, second"), the last one by itself.
_SERIES_BEFORE = re.compile(rf"(?:\b{_ORDINAL}[\s,]+(?:and\s+)?)*\b(?P<ordinal>{_ORDINAL})$")
#: The last ordinal in a name read for the mark before ("outcome of its second universal periodic reviews").
_ORDINAL_IN_NAME = re.compile(rf"\b{_ORDINAL}\b")
#: Up to four plain words, the noun that the ordinals of a series share ("universal periodic reviews"): no
#: preposition, article or "and" among them.
_SERIES_NOUN = (
    r"(?P<noun>(?!(?:and|of|to|for|on|in|at|by|with|which|that|the|its|their)\b)[a-z][\w\u2019'-]*"
    r"(?:\s+(?!(?:and|of|to|for|on|in|at|by|with|which|that|the|its|their)\b)[a-z][\w\u2019'-]*){0,3})"
)
#: After a mark on an ordinal: more ordinals of the series, at least one, and the noun they share.
_SERIES_NEXT = re.compile(rf"(?:[\s,]+(?:and\s+)?{_ORDINAL}\b)+\s+" + _SERIES_NOUN)
#: After a mark on the last ordinal of a series: the noun the series shares.
_SERIES_REST = re.compile(rf"(?:[\s,]+(?:and\s+)?{_ORDINAL}\b)*\s+" + _SERIES_NOUN)
#: The window of a mark in an ordinal series after the mark before: its ordinal, and the noun if it stands there.
_SERIES_MARKED = re.compile(rf"[\s,]*(?:and\s+)?(?P<ordinal>{_ORDINAL})(?:\s+{_SERIES_NOUN})?[\s,;.]*")
#: A list opener in the words before a series: the series' item starts after it ("..., and the first and second
#: annual progress reports").
_SERIES_ITEM_OPENER = re.compile(r"(?:,\s+|\band\s+|\bas\s+well\s+as\s+)the\s+")
#: How far after a mark the rest of an ordinal series is looked for.
_SERIES_SPAN = 160


def _series_item(prefix: str, ordinal: str, noun: str | None) -> str:
    """One ordinal's item of a series: the words before the series (from the last list opener on), the ordinal
    and the noun the series shares, as printed ("outcome of its " + "second" + "universal periodic reviews").

    >>> _series_item("recommendations of the groups, and the ", "second", "annual progress reports")
    'second annual progress reports'
    """
    openers = list(_SERIES_ITEM_OPENER.finditer(prefix))
    if openers:
        prefix = prefix[openers[-1].end() :]
    return _without_article(_tidy(f"{prefix}{ordinal} {noun or ''}"))


def _ordinal_series(text: str, end: int, read: str) -> str | None:
    """The name of the first mark of a series of ordinals ("the outcome of its first,²³ second²⁴ and third²⁵
    universal periodic reviews"), when ``read``, what is read before the mark at ``text[end]``, ends in the first
    ordinal and the series and the noun it shares go on after the mark; else None. Each ordinal's mark sources
    its own document (A/HRC/13/13, A/HRC/27/10, A/HRC/42/10: the three reviews' outcomes), so each carries the
    words before the series, its own ordinal and the shared noun: "outcome of its first universal periodic
    reviews" (the noun as printed, plural).

    >>> t = "contained in the outcome of its first, second and third universal periodic reviews and to give"
    >>> _ordinal_series(t, 37, "outcome of its first")
    'outcome of its first universal periodic reviews'
    >>> _ordinal_series("the outcome of its first review", 24, "outcome of its first") is None
    True
    """
    series = _SERIES_BEFORE.search(read)
    rest = _SERIES_NEXT.match(text, end, end + _SERIES_SPAN) if series is not None else None
    if series is None or rest is None:
        return None
    return _series_item(read[: series.start()], series["ordinal"], rest["noun"])


def _next_in_series(text: str, end: int, window: str, previous: str) -> str | None:
    """The name of a later mark of a series of ordinals (:func:`_ordinal_series`): ``previous``, the name the mark
    before carries, with this mark's ordinal for its own, and the noun the series shares; or None when
    ``window``, the words since the mark before, is not one ordinal or ``previous`` has none.

    >>> t = "outcome of its first, second and third universal periodic reviews and to give"
    >>> _next_in_series(t, 28, " second", "outcome of its first universal periodic reviews")
    'outcome of its second universal periodic reviews'
    >>> t = "as well as the declarations adopted at its forty-ninth, fifty-fourth, fifty-ninth and sixty-fourth sessions,"
    >>> _next_in_series(t, len(t), " and sixty-fourth sessions,", "declarations adopted at its fifty-ninth sessions")
    'declarations adopted at its sixty-fourth sessions'
    """
    marked = _SERIES_MARKED.fullmatch(window)
    if marked is None:
        return None
    ordinals = list(_ORDINAL_IN_NAME.finditer(previous))
    if not ordinals:
        return None
    last = ordinals[-1]
    noun = marked["noun"]
    if noun is None and (rest := _SERIES_REST.match(text, end, end + _SERIES_SPAN)) is not None:
        noun = rest["noun"]
    return _series_item(previous[: last.start()], marked["ordinal"], noun)


#: One plain word after "and" between two marks: a conjunct of the plain word that ends the name the mark before
#: carries ("the comments on children¹⁴ and women¹⁵").
_OWN_CONJUNCT = re.compile(r"[\s,]*and\s+(?P<word>[a-z][\w-]*)[\s,;.]*")


def _own_conjunct(window: str, previous: str) -> str | None:
    """The word that ``window``, the words since the mark before, holds when it is one plain word after "and" and
    ``previous``, what the mark before carries, ends in a plain word it is a conjunct of; else None. Each mark
    carries its own conjunct, not the other's: "the comments on children¹⁴ and women¹⁵" (footnote 15 is the comment
    on women); an ordinal is one of a series (:func:`_next_in_series`).

    >>> _own_conjunct("  and women ", "comments on children"), _own_conjunct(" and fifty-third", "reports of the Rapporteur")
    ('women', None)
    >>> _own_conjunct(" and women", "Convention on the Rights of the Child") is None
    True
    """
    conjunct = _OWN_CONJUNCT.fullmatch(window)
    if conjunct is None or _ORDINAL_WORD.fullmatch(word := conjunct["word"]) is not None:
        return None
    last = previous.rsplit(None, 1)[-1]
    if not (last.isalpha() and last.islower()) or _ORDINAL_WORD.fullmatch(last) is not None:
        return None
    return word


# ---- across footnotes: items earlier marks carry, printed resolutions, Secretary-General documents ---------------


#: The words that open a list item of its own after a footnote mark: "and the key actions ...", "and
#: 54/5 of 10 October 2023 on ensuring quality education ...", "and of Guidelines on good practice ..." (the
#: preposition of the item before it again, then a capitalised name of its own), not a
#: word that continues the phrase the mark stands in ("the tenth⁴ and twentieth⁵ anniversaries").
_NEW_ITEM_START = re.compile(
    r"[\s,;]*(?:and\s+|as\s+well\s+as\s+)?(?:(?:the|its|their)\s|(?:(?:ES|S)-)?\d{1,4}/\d|of\s+(?=[A-Z]))"
)


def _names_something(name: str) -> bool:
    """Not only dates, numbers and joining words ("21 October 2022", "168", "and", "dated 9 May 2025")."""
    return any(
        w.strip(",.;:()").lower() not in _EMPTY_WORDS
        and not w[:1].isdigit()
        and w.strip(",.;:()") not in _MONTH_NAMES
        for w in name.split()
    )


_EMPTY_WORDS = frozenset({"and", "of", "on", "in", "dated", "the", "to", "from", ""})


#: A resolution's number right before a footnote's mark, perhaps after others of a list: "73/263,", "and 79/184".
_NUMBER_AT_MARK = re.compile(r"(?P<number>(?:(?:ES|S)-)?\d{1,3}/\d{1,4}(?:\s[A-H])?)[\s,;.]*$")
#: What a report was submitted under, between its name and the list of resolutions: "submitted pursuant to
#: resolutions", "prepared pursuant to its resolution".
_SUBMITTED = r"(?:submitted|prepared|presented)\s+(?:pursuant\s+to|in\s+accordance\s+with|under)\s+(?:its\s+)?resolutions?"
_SUBMITTED_UNDER = re.compile(rf"\b{_SUBMITTED}\s")
#: How far before the mark the report's name may be printed.
_SUBMITTED_UNDER_SPAN = 600
#: How far after a mark another mark of the same list of resolutions may stand ("73/263,²¹ 74/168,²²").
_LIST_REACH = 40


def with_resolution_at_mark(host: str, at: int, anchor: str, marks: list[int], base: int = 0) -> str | None:
    """The report ``anchor`` names, with the resolution it was submitted under when the mark at ``host[at]`` stands on
    that resolution's number ("the reports of the Secretary-General submitted pursuant to resolutions 73/263,²¹
    74/168²²": "reports of the Secretary-General submitted pursuant to resolutions 74/168"), read as if the words
    were printed for each: the footnote sources the report, and the mark stands on the number that tells the reports
    apart (readers of SCHEMA.md gave either; the whole holds both). Only in a list whose numbers carry marks of their
    own (``marks``: where the text's marks stand, ``base`` where ``host`` starts in it, read only once the cheaper tests
    pass): a report with one mark is named as printed ("the report of the
    Secretary-General prepared pursuant to resolution 74/177²": gold 002 F35). None when the mark is on no number, or
    no report submitted under resolutions is printed before it.

    >>> t = "Welcoming the reports of the Secretary-General submitted pursuant to resolutions 73/263, 74/168,"
    >>> with_resolution_at_mark(t, len(t), "reports of the Secretary-General", [87, len(t)])
    'reports of the Secretary-General submitted pursuant to resolutions 74/168'
    >>> with_resolution_at_mark(t, len(t), "reports of the Secretary-General", [len(t)]) is None
    True
    """
    if (
        "/" not in host[max(0, at - 12) : at]
        or (number := _NUMBER_AT_MARK.search(host, max(0, at - 16), at)) is None
    ):
        return None
    if "/" in anchor or not anchor.startswith(("report", "Report")):
        return None
    start = host.rfind(anchor, max(0, at - _SUBMITTED_UNDER_SPAN), number.start())
    if start < 0:
        return None
    under = _last_match(_SUBMITTED_UNDER, host[: number.start()], start + len(anchor))
    if under is None or ";" in host[start : number.start()]:
        return None
    reach = min(at + _LIST_REACH, len(host))
    if not any(m - base != at and under.end() < m - base <= reach for m in marks):
        return None  # one mark for the report (or for a list of resolutions it answers)
    return _tidy(f"{host[start : under.end()]} {number['number']}")


#: The resolution a report was submitted under, ending an anchor (:func:`with_resolution_at_mark`).
_SUBMITTED_TAIL = re.compile(rf",?\s+{_SUBMITTED}\s+\S+$")


def submitted_report(anchor: str) -> str:
    """``anchor`` without the resolution a report was submitted under (:func:`with_resolution_at_mark`): the report
    is what the paragraph's verb acts on, the resolution only where it was asked for.

    >>> submitted_report("reports of the Secretary-General submitted pursuant to resolutions 74/168")
    'reports of the Secretary-General'
    >>> submitted_report("Paris Agreement")
    'Paris Agreement'
    """
    if "/" not in anchor or (tail := _SUBMITTED_TAIL.search(anchor)) is None:
        return anchor
    return anchor[: tail.start()]


def without_possessive(anchor: str) -> str:
    """``anchor`` without the possessive that opens it ("its previous resolutions on the issue", "their national action
    plans"): whose a name is belongs to the sentence, not to the name (SCHEMA.md: "trimmed to the name"; no anchor of
    the shipped gold or of the 196 blind texts opens with one, and the name without it is inside theirs).

    >>> without_possessive("its previous resolutions on the issue"), without_possessive("Its Lordship")
    ('previous resolutions on the issue', 'Its Lordship')
    >>> without_possessive("its")
    'its'
    """
    first, _, rest = anchor.partition(" ")
    return rest if first in ("its", "their") and rest else anchor


def without_earlier_item(anchor: str, earlier: list[str]) -> str:
    """``anchor`` without a first item joined by "and the" that an earlier footnote anchors already:
    in "the 2030 Agenda for Sustainable Development and the New Urban Agenda,²³" after the 2030
    Agenda's own footnote, mark 23 carries the New Urban Agenda. "... and the Protocols thereto"
    stays whole: it names its items by the first (gold 000 F13). Earlier anchors are compared as the
    scorer compares anchors: one contains the other, case and spacing aside.

    >>> without_earlier_item("2030 Agenda for Sustainable Development and the New Urban Agenda",
    ...                      ["Transforming our world: the 2030 Agenda for Sustainable Development"])
    'New Urban Agenda'
    >>> without_earlier_item("Convention against Crime and the Protocols thereto", ["Convention against Crime"])
    'Convention against Crime and the Protocols thereto'
    >>> without_earlier_item("Declaration and the Plan of Action endorsed by the Assembly", ["Declaration and the Plan of Action"])
    'Declaration and the Plan of Action endorsed by the Assembly'
    """
    if earlier and (last := _last_of_marked_list(anchor, earlier)) is not None:
        return last
    if earlier and ", the " in anchor and (rest := _after_named_items(anchor, earlier)) is not None:
        return rest  # "the 2030 Agenda, the Addis Ababa Action Agenda ... and the Sevilla Commitment ...;²³"
    at = anchor.rfind(" and the ")
    if at <= 0 or not earlier:
        return anchor
    first, rest = anchor[:at], anchor[at + len(" and the ") :]
    if not rest[:1].isupper() or " " not in first or _REFERS_BACK.search(rest):
        return anchor
    if " between " in first and " and " not in first[first.rfind(" between ") :]:
        # "Agreement between the United Nations and the Government of Sierra Leone on ...": "and the" joins the two
        # parties of "between", no two items (A/RES/80/243 F11, after F8's "Addendum to the Agreement between the
        # United Nations and the Royal Government of Cambodia ...")
        return anchor
    key, whole = fold(first).lower(), fold(anchor).lower()
    others = [fold(name).lower() for name in earlier]
    if any(whole in other for other in others):
        return anchor  # one name read again ("... Process on Oceans and the Law of the Sea")
    if any(len(other) > len(key) and whole.startswith(other) for other in others):
        # "the Declaration of Principles and the Plan of Action ...,⁴ and endorsed by the General Assembly,⁵": both
        # items again, with what this mark adds, not the last item alone
        return anchor
    if any(key in other or (" " in other and other in key) for other in others):
        return rest
    if any(" " in (o := x[_LEADING_YEAR_OR_THE.match(x).end() :]) and key.startswith(o) for x in others):
        return rest  # "the Addis Ababa Action Agenda of the Third ... and the Sevilla Commitment" after "2015 Addis ..."
    if any(_short_form(first, name) for name in earlier):
        return rest  # "the Madrid Plan of Action and the Sendai Framework ...¹⁹" after "the Madrid International Plan of
        # Action on Ageing, 2002¹": the first item named again by a short form
    return anchor


#: The items of a list of names read as one anchor: a comma or "and" before "the" and a name word ("the Pact for the
#: Future, the Global Digital Compact and the Declaration on Future Generations").
_LIST_ITEM_BREAK = re.compile(r"(?:,|\sand)\s+the\s+(?=[A-Z0-9])")
#: A year or an article that opens an earlier anchor, left out when it is compared as a list's item: "2015" (Addis
#: Ababa Action Agenda).
_LEADING_YEAR_OR_THE = re.compile(r"(?:the\s+)?(?:(?:19|20)\d\d\s+)?")


def _after_named_items(anchor: str, earlier: list[str]) -> str | None:
    """``anchor``, a list of names with a comma between its items ("A, the B and the C"), from its first item on that
    no earlier footnote's anchor names: those items carry their own marks before, and this mark carries the rest
    ("the 2030 Agenda, the Addis Ababa Action Agenda of the Third International Conference on Financing for
    Development and the Sevilla Commitment of the Fourth International Conference on Financing for Development;²³"
    after "2030 Agenda for Sustainable Development" and "2015 Addis Ababa Action Agenda": the Sevilla Commitment,
    A/RES/80/118 F23). An item of two words or more is named by an earlier anchor that holds it, or that opens it
    (without a year or "the" before it: "Addis Ababa Action Agenda" opens "Addis Ababa Action Agenda of the Third ...",
    as :func:`without_earlier_item` compares the first of two items). None when the
    first item is named by none (the whole list is this mark's: A/RES/80/191 F15), or every item is.

    >>> _after_named_items("2030 Agenda, the Addis Ababa Action Agenda and the Sevilla Commitment",
    ...                    ["2030 Agenda for Sustainable Development", "2015 Addis Ababa Action Agenda"])
    'Sevilla Commitment'
    >>> _after_named_items("Pact for the Future, the Global Digital Compact and the Declaration on Future Generations",
    ...                    ["2030 Agenda for Sustainable Development"]) is None
    True
    """
    breaks = list(_LIST_ITEM_BREAK.finditer(anchor))
    others = [fold(name).lower() for name in earlier]
    opening = [o[_LEADING_YEAR_OR_THE.match(o).end() :] for o in others]
    start = 0
    for brk in breaks:
        item = anchor[start : brk.start()]
        if " between " in item and brk[0][0] != ",":
            continue  # "Agreement between the United Nations and the Government of ...": the parties, no two items
        key = fold(item).lower()
        if (
            " " not in key
            or not any(key in other for other in others)
            and not any(" " in o and key.startswith(o) for o in opening)
        ):
            break
        start = brk.end()
    if not start or any(fold(anchor[start:]).lower() in other for other in others):
        return None  # the first item is this mark's, or the last was named before too: one name read again
    return anchor[start:]


def _short_form(name: str, other: str) -> bool:
    """Whether ``name`` is a short form of ``other``: its capitalised words (two at least) stand in ``other`` in the same
    order, with words left out between them ("Madrid Plan of Action", "Political Declaration and the Madrid
    International Plan of Action on Ageing, 2002").

    >>> _short_form("Madrid Plan of Action", "Political Declaration and the Madrid International Plan of Action on Ageing")
    True
    >>> _short_form("Madrid Plan of Action", "Sendai Framework for Disaster Risk Reduction 2015–2030")
    False

    A short form is a name: it opens with a capitalised word (a year or "the" before it aside). "report of the World
    Health Organization" is a report, its capitals only its author's name, and an earlier anchor that names the author
    ("World Health Organization global action plan on antimicrobial resistance") names no report:

    >>> _short_form("report of the World Health Organization", "World Health Organization global action plan")
    False
    """
    capitals = [w for w in name.split() if w[:1].isupper()]
    if len(capitals) < 2 or not name[_LEADING_YEAR_OR_THE.match(name).end() :][:1].isupper():
        return False
    words = iter(other.replace(",", " ").split())
    return all(w in words for w in capitals)


#: A list of numbered resolutions or decisions set apart by commas alone, its last item at the end: "Human Rights
#: Council resolutions 34/24, 40/20, 46/17, 49/22".
_COMMA_LIST = re.compile(
    r"\b(?:resolutions|decisions)\s+(?P<items>(?:(?:(?:ES|S)-)?\d{1,4}/\d{1,4},\s+)+)"
    r"(?P<last>(?:(?:ES|S)-)?\d{1,4}/\d{1,4})$"
)
_ITEM_NUMBER = re.compile(r"(?:(?:ES|S)-)?\d{1,4}/\d{1,4}")


def _last_of_marked_list(anchor: str, earlier: list[str]) -> str | None:
    """The last item of a comma list of numbered resolutions read as ``anchor``, when every item before it is
    what an earlier footnote's anchor names; else None. The earlier items carry their own marks there, so this
    mark carries only the item it follows ("in accordance with Human Rights Council resolutions 34/24, 40/20,
    46/17, 49/22 of 1 April 2022,³² 52/28 of 4 April 2023³³", after marks 29-31 on 34/24, 40/20, 46/17: "49/22",
    as mark 33 carries "52/28").

    >>> _last_of_marked_list("Human Rights Council resolutions 34/24, 40/20, 46/17, 49/22",
    ...                      ["Human Rights Council resolutions 34/24", "40/20", "46/17"])
    '49/22'
    >>> _last_of_marked_list("resolutions 34/24, 40/20, 49/22", ["resolutions 34/24"]) is None
    True
    """
    if "/" not in anchor or ", " not in anchor:
        return None
    m = _COMMA_LIST.search(anchor)
    if m is None:
        return None
    named = {n for name in earlier if "/" in name for n in _ITEM_NUMBER.findall(name)}
    if all(n in named for n in _ITEM_NUMBER.findall(m["items"])):
        return m["last"]
    return None


#: Words by which an item names itself by the item before it: "the Optional Protocols thereto".
_REFERS_BACK = re.compile(r"\b(?:thereto|thereof|thereunder)\b")


#: A document of the Secretary-General, its subject and the mark: "the third annual progress report of
#: the Secretary-General on the Gigiri master plan ... at the United Nations Office at Nairobi⁴¹".
#: Thanks to the Secretary-General "for his report" name it too: "Expresses its appreciation to the Secretary-General
#: for his updated report submitted to the resumed Review Conference ..." (the report, without "his").
_SECRETARY_GENERAL_DOCUMENT = re.compile(
    r"\b(?P<head>(?:reports?|note|statement(?:\s+submitted)?|letter)\s+(?:of|by|from)\s+the\s+Secretary-\s?General)\b"
    r"|(?<=Secretary-General\sfor\s)(?:his|her)\s+(?P<own>(?:[a-z]+\s+){0,2}?reports?)\b"
)
#: What ends the phrase a document of the Secretary-General heads: a new item or clause, another
#: document ("transmitting the report of the Joint Inspection Unit"), or a title, which names the
#: document better ("report of the Secretary-General entitled “Our Common Agenda”").
_NEW_ITEM = re.compile(
    r";|,\s+(?:and|the)\b|\band\s+the\b|\b(?:which|whereby|in\s+which|that|entitled)\b|[\u201c\"]"
    r"|\b(?:reports?|note|recommendations|conclusions|declaration|study|studies)\b"
)
#: What a note of the Secretary-General transmits, right after it: "transmitting the fifth report of the Board of
#: Auditors", "drawing attention to the report of the Joint Inspection Unit".
_TRANSMITTING = re.compile(
    r"\s+(?:transmitting|drawing\s+attention\s+to)\s+(?:the|a|an|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:reports?|notes?|letters?|text|communication|comments|observations|study|review)\b"
)
#: What ends the document a note transmits: a new item or clause, another document named in plain words ("and the
#: related report of the Advisory Committee"), not "and the" inside a name ("... of the United Nations and the
#: International Fund for Agricultural Development").
_TRANSMITTED_NEW_ITEM = re.compile(
    r";|,\s+(?:and|as\s+well\s+as)\s|\bas\s+well\s+as\b|\b(?:which|whereby|in\s+which)\b"
    r"|\band\s+(?:the|its|his|her|their)\s+(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:reports?|notes?|letters?|comments|observations|recommendations|conclusions)\b"
)
#: A document symbol in a footnote, not a resolution's: "A/79/266", "S/2024/1", "A/HRC/55/30".
_DOCUMENT_SYMBOL = re.compile(r"(?<![\w/])[ASE]/(?!RES/|DEC/)[A-Z0-9.]+/")


#: A footnote that points into a chapter of an Official Records volume, where a body's resolutions and
#: decisions are printed: "See Official Records of the General Assembly, Seventy-second Session, Supplement
#: No. 53 (A/72/53), chap. IV, sect. A.", "Ibid., Seventy-fourth Session, Supplement No. 53 (A/74/53), chap. IV".
_PRINTED_IN_RECORDS = re.compile(
    r"\bSupplement\s+No\.\s*\d{1,3}[A-Z]?\s*\([^()]{1,40}(?:\([^()]{1,20}\)[^()]{0,10})?\)"
    r"(?:\s+and\s+corrigend\w+)?,\s*(?:vol\.\s*[IVX\d]+,\s*)?(?:part\s+\w+,\s*)?chaps?\."
)
#: A numbered resolution or decision that ends a head, with its date: "Human Rights Council resolutions 34/24
#: of 24 March 2017", "in its resolution 22/13 of 21 March 2013", "40/20 of 22 March 2019".
_NUMBERED_AT_END = re.compile(
    r"(?P<num>(?:(?:ES|S)-)?\d{1,4}/\d{1,4}(?:\s[A-H])?)"
    rf"(?:\s*,?\s+of\s+{_FULL_DATE})?$"
)


def printed_resolution(text: str, floor: int, end: int, footnote: str, anchor: str | None) -> str | None:
    """The numbered resolution or decision that the mark at ``text[end]`` follows, when the footnote
    points into the Official Records chapter that prints it and ``anchor`` does not name it; else None.

    The name read before a qualifier ("steps taken pursuant to", "the commission of inquiry ...,
    established by the Human Rights Council in its resolution 22/13 of 21 March 2013,¹⁵") is what a
    footnote that cites a document by its symbol sources ("the report of the Secretary-General submitted
    in accordance with resolution 79/181,⁵": A/80/312); a footnote into the chapter of a body's report that
    prints its resolutions sources the resolution, as the gold files anchor one printed alone (002 F8
    "Commission on Crime Prevention and Criminal Justice resolution 25/2": E/2016/30, chap. I, sect. D).
    After another mark, the item between the marks is the number ("..., 40/20 of 22 March 2019³¹").

    >>> t = "Welcomes the steps taken pursuant to Human Rights Council resolutions 34/24 of 24 March 2017,"
    >>> f = "See Official Records of the General Assembly, Seventy-second Session, Supplement No. 53 (A/72/53), chap. IV."
    >>> printed_resolution(t, 0, len(t), f, "steps taken")
    'Human Rights Council resolutions 34/24'
    >>> printed_resolution(t, 0, len(t), "A/72/123.", "steps taken") is None
    True
    """
    if _PRINTED_IN_RECORDS.search(footnote) is None:
        return None
    head = text[floor:end].rstrip(" ,;:.")
    m = _NUMBERED_AT_END.search(head, max(0, len(head) - 40))
    if m is None or (anchor is not None and m["num"] in anchor):
        return None
    if floor and (item := _MARKED_ITEM.fullmatch(text[floor:end])) is not None:
        return item["item"]  # "resolutions 34/24 of 24 March 2017,³⁰ 40/20 of 22 March 2019³¹"
    found = _walk(text[:end].rstrip(" ,;:.")[: floor + m.end("num")])
    if found is None or m["num"] not in found[0]:
        return None
    return _IN_ITS.sub("", _tidy(found[0]))


def secretary_general_document(
    text: str, floor: int, end: int, footnote: str, named: str | None = None
) -> str | None:
    """The Secretary-General's document whose description the mark at ``text[end]`` closes, when
    the footnote cites a document by its symbol; else None.

    The gold files anchor such a footnote on the document ("report of the Secretary-General",
    002 F35), not on a proper name its subject ends with ("United Nations Office at Geneva"); a note that transmits
    another's report is read whole, up to the mark, as one document with it.

    >>> t = "Having considered the eleventh annual progress report of the Secretary-General on the strategic"
    >>> t += " heritage plan of the United Nations Office at Geneva"
    >>> secretary_general_document(t, 0, len(t), "A/79/7/Add.3.")
    'report of the Secretary-General'
    >>> secretary_general_document(t, 0, len(t), "United Nations, Treaty Series, vol. 1, No. 1.") is None
    True
    >>> t = "Takes note of the note by the Secretary-General transmitting the report of the United Nations Educational,"
    >>> t += " Scientific and Cultural Organization;"
    >>> secretary_general_document(t, 0, len(t), "A/78/217.")
    'note by the Secretary-General transmitting the report of the United Nations Educational, Scientific and Cultural Organization'

    ``named``: a name that ends the document's subject at the mark and that an earlier footnote, citing something
    else, anchors already; what it holds (a title in quotes) ends no phrase, as the mark is not its own:

    >>> t = "Taking note of the reports of the Secretary-General on progress made towards achieving the commitments set"
    >>> t += " out in the outcome document of the special session on children, entitled “A world fit for children”,"
    >>> n = "outcome document of the special session on children, entitled “A world fit for children”"
    >>> secretary_general_document(t, 0, len(t), "A/79/274-E/2025/3.", n)
    'reports of the Secretary-General'
    >>> secretary_general_document(t, 0, len(t), "A/79/274-E/2025/3.") is None
    True
    """
    if "Secretary" not in text or _DOCUMENT_SYMBOL.search(footnote) is None:
        return None
    last = _last_match(_SECRETARY_GENERAL_DOCUMENT, text, floor, end)
    if last is None:
        return None
    if last["own"] is not None:
        # "to the Secretary-General for his updated report submitted to the resumed Review Conference ... to assist
        # the Review Conference in discharging its mandate under article 36, paragraph 2, of the Agreement;²⁷"
        if _NEW_ITEM.search(text, last.end(), len(text[:end].rstrip(" ,;:."))) is not None:
            return None
        return " ".join(last["own"].split())
    if (
        last["head"].startswith("note")
        and (sent := _TRANSMITTING.match(text, last.end(), end)) is not None
        and _TRANSMITTED_NEW_ITEM.search(text, sent.end(), len(text[:end].rstrip(" ,;:."))) is None
    ):
        # "the note by the Secretary-General transmitting the report of the Food and Agriculture Organization of the
        # United Nations and the International Fund for Agricultural Development on ...;⁴⁰": the note and what it
        # transmits are one document (the footnote gives the note's symbol), read whole
        return _tidy(text[last.start("head") : end].rstrip(" ,;:."))
    # (the clause's own ";" or "," before the mark is no new item: "... on the implementation of article 3 of the
    # Relationship Agreement;⁸")
    subject_end = len(text[:end].rstrip(" ,;:."))
    if named is not None and text.endswith(named, 0, subject_end):
        # "... set out in the outcome document ..., entitled “A world fit for children”,³³": the subject ends before it
        subject_end -= len(named)
    if _NEW_ITEM.search(text, last.end(), subject_end) is not None:
        return None
    return " ".join(last["head"].split())


#: A footnote that says what a word means: "The term “survivor” or “survivors” is not defined in ...", "The term
#: “disasters” refers to ..." (the quoted words, as the footnote opens; straight quotes as markdown copies print them).
_DEFINED_TERMS = re.compile(
    r"\s*The\s+terms?\s+[\"\u201c](?P<terms>[^\"\u201d]{1,40}[\"\u201d](?:\s*(?:,|or|and)\s*[\"\u201c][^\"\u201d]{1,40}[\"\u201d])*)"
)
#: One quoted term of :data:`_DEFINED_TERMS`'s group ``terms``.
_QUOTED_TERM = re.compile(r"[\"\u201c](?P<term>[^\"\u201d]+)[\"\u201d]")


def defined_term(text: str, end: int, footnote: str, anchor: str | None) -> str | None:
    """The word that the mark at ``text[end]`` follows, when the footnote says what that word means and ``anchor``
    (what the other rules read) does not end with it; else None. Such a footnote glosses the word it is printed
    on, not a name read further back ("including non-governmental actors, civil society, victims and survivors,²²"
    with "²² The term “survivor” or “survivors” is not defined in the Protocol ...": "survivors", not "Coordination
    Group", the name the walk finds before the list).

    >>> t = "the work of the Coordination Group to strengthen coordination, including civil society, victims and survivors,"
    >>> defined_term(t, len(t), "The term “survivor” or “survivors” is not defined.", "Coordination Group")
    'survivors'
    >>> t = "Seriously concerned about the devastating impact of disasters,"
    >>> defined_term(t, len(t), "The term “disasters” refers to natural disasters.", "devastating impact of disasters")
    >>> defined_term(t, len(t), "Resolution 70/1.", "Coordination Group")
    """
    opening = _DEFINED_TERMS.match(footnote)
    if opening is None:
        return None
    head = text[:end].rstrip(" ,;:.")
    for quoted in _QUOTED_TERM.finditer(opening["terms"]):
        term = quoted["term"].strip()
        start = len(head) - len(term)
        if start < 0 or head[start:].lower() != term.lower() or (start and head[start - 1].isalnum()):
            continue
        if anchor is not None and anchor.lower().endswith(term.lower()):
            return None
        return head[start:]
    return None
