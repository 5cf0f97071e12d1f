"""Normalisation: a UN text in any shape -> clean text with an offset map back to the original.

UN texts reach citegraph in three shapes: PDF extractions with hard line breaks,
page headers and footers and footnote blocks in mid-text (PyMuPDF, pypdf, or a
text with blank lines between all lines); markdown conversions with ``[72/192](#)``
links, ``*italics*``, ``\\(`` escapes and Unicode superscript footnote marks; and
hand-corrected OCR texts (Security Council) with footnotes at the end.

:func:`analyse` reads any of them into a :class:`Normalized`: the normalised text
(page furniture, markup and footnote marks removed, paragraphs split by page
breaks or footnote blocks joined), the body *blocks* (candidate paragraphs) and
footnotes it found, and the footnote *marks* with their position. Every kept
character remembers its offset in the original (``NormText.offsets``).

The normalised text is laid out as the body blocks in reading order, then the
footnotes in number order, each separated by a blank line:

>>> n = analyse("The General Assembly,\\n\\nRecalling its resolution [70/1](#),¹\\n\\n¹ See A/70/1.\\n")
>>> print(n.text)
The General Assembly,
<BLANKLINE>
Recalling its resolution 70/1,
<BLANKLINE>
See A/70/1.
>>> [(m.number, n.text[m.offset - 5:m.offset]) for m in n.marks]
[(1, '70/1,')]
>>> fn = n.blocks[-1]
>>> fn.kind, fn.number, n.original[slice(*n.to_original(fn.start, fn.end))]
('footnote', 1, 'See A/70/1.')

All regular expressions here are linear: no nested quantifiers.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

import regex

from citegraph.columns import plain_lines
from citegraph.grammar import MONTHS
from citegraph.models import NormText
from citegraph.verbs import OPENING_ONLY, VERBS, lemma_of

SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUP = str.maketrans(SUPERSCRIPTS, "0123456789")
#: ``c > _ASCII_MAX`` is ``not c.isascii()`` for one character ``c``, as a comparison, not a
#: method call: it is asked of the first character of most lines (a non-ASCII character may
#: be a digit, which ``\d`` matches).
_ASCII_MAX = "\x7f"

# ---------------------------------------------------------------------------
# Line classes
# ---------------------------------------------------------------------------

#: Job numbers, barcodes, separators, links, recycling notes: page furniture wherever it stands.
_FURNITURE = regex.compile(
    r"(?:\d{2}-\d{5}\s*(?:\(E\))?(?:\s+\d{6})?(?:\s+\d{1,3}/\d{1,3})?"
    r"|\d{1,3}/\d{1,3}\s+\d{2}-\d{5}(?:\s*\(E\))?"
    r"|\*\d{7}\*"
    r"|_{3,}"
    r"|https?://\S+"
    r"|Please recycle\W*"
    r"|\\?\*\s+\S.*"  # "* Reissued for technical reasons ..." (an unnumbered note)
    r")",
)
#: The characters a _FURNITURE match that does not start with a digit starts with.
_FURNITURE_OPENERS = frozenset("*_hP\\")
_JOB = regex.compile(
    r"\d{2}-\d{5}\s*(?:\(E\))?(?:\s+\d{6})?(?:\s+\d{1,3}/\d{1,3})?|\d{1,3}/\d{1,3}\s+\d{2}-\d{5}(?:\s*\(E\))?"
)
_NOTE_OR_URL = regex.compile(r"https?://\S+|\\?\*\s+\S.*")
_MONTH_AFTER_NUMBER = regex.compile(rf"\d{{1,3}}\s+(?:{'|'.join(MONTHS)})\b")
_PAGE_COUNTER = regex.compile(r"(\d{1,3})/(\d{1,3})")
_SYMBOL_LINE = regex.compile(r"(?:United Nations\s+)?([ASE]/[A-Z0-9][A-Za-z0-9.\-/]*(?:\s?\(\d{4}\))?)\*?")
#: A footnote line of a PDF extraction: "1  United Nations, Treaty Series ...".
_FN_START = regex.compile(r"(\d{1,3})\s+(\S)")
#: After a Security Council trailer, where vote counts ("by 9 votes to none, with\n2 abstentions") wrap too.
_FN_START_STRICT = regex.compile(r"(\d{1,3})\s+([\p{Lu}\d(“\"‘'*\[])")
#: A footnote line whose number the OCR glued to its first word with a full stop, in a footnote zone:
#: "33.One member (China) did not participate in the voting." (S/RES/434 (1978)). A capital and a small
#: letter follow the stop: "5.A.2.a: Systems ..." (a list item) and "2.5 million" are no footnote.
_FN_START_GLUED = regex.compile(r"(\d{1,3})\.(\p{Lu})(?=\p{Ll})")
_FN_NUMBER_ONLY = regex.compile(r"(\d{1,3})")
#: A footnote line in the 1990s UN style, its number followed by a slash: "1/ S/24476, annex.".
#: Not a symbol ("1/CP.21", "8/\n10" of "resolution 8/10" split by a line break): a space and
#: then no digit follow the slash.
_FN_SLASH = regex.compile(r"([0-9]{1,2})/\s+([^\d\s])")
#: Its mark in the body ("signed at Geneva on 30 September 1992 1/ and", "Herzegovina, 5/"):
#: after a space or closing punctuation (never "/": "A/47/"), before punctuation, the end, or
#: a space with no digit next ("resolution 8/ 10" is a symbol split by a line break).
_SLASH_MARK = regex.compile(r"(?<=[\s,;:)\]”’\"])(\d{1,2})/(?=[,;.:)]|\s(?!\s*\d)|$)")
#: A markdown footnote line: "¹² Ibid." or "$^{12}$ Ibid.".
_SUP_OPENERS = frozenset(SUPERSCRIPTS + "$")  # the characters a _FN_SUP match starts with
_FN_SUP = regex.compile(r"([⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})\s*(?=\S)|\$\^\{\^?\{?(\d{1,3})\}?\}\$\s*(?=\S)")
#: The acting organ's line that opens the preamble.
ORGAN_RE = regex.compile(
    r"\**\s*The\s+(General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council"
    r"|Human\s+Rights\s+Council|Trusteeship\s+Council|Commission\s+on\s+[A-Z][\w ]{2,60}|"
    r"Conference\s+of\s+the\s+(?:States\s+)?Parties[\w ]{0,80})\s*[,:]?\s*\**"
)
#: A Security Council adoption trailer, after which its footnotes follow: "Adopted unanimously at the 3293rd
#: meeting.", "Adopted at the 1469th meeting by 13 votes", OCR's "Adopted unanimous at". The layout's trailer
#: pattern is built from it too.
SC_ADOPTED = r"Adopted\s+(?:unanimous(?:ly)?\s+)?(?:at|by|without)\b"
_SC_TRAILER = regex.compile(SC_ADOPTED)
#: The Assembly's vote line: "50th plenary meeting" (the layout's and flat.py's are built from it too).
GA_ADOPTED = r"\d{1,3}(?:st|nd|rd|th)\s+plenary\s+meeting\b"
_GA_TRAILER = regex.compile(r"\**" + GA_ADOPTED)
#: Abbreviations that may end a line of a footnote that goes on; any other closing
#: character but these ends it (see :func:`_ends_unfinished`).
_OPEN_ABBREV = regex.compile(
    r"\b(?:No|Nos|vol|vols|chap|sect|para|paras|p|pp|art|arts|Corr|Add|Rev|Suppl|Sales)\.$"
)
_FN_CLOSERS = frozenset('.)]”"’')

# ---------------------------------------------------------------------------
# Inline markup and marks
# ---------------------------------------------------------------------------

#: Markup removed inside a line: the group ``keep`` survives, the rest of the match goes.
_MARKUP = regex.compile(
    # [72/192](#) -> 72/192; the target may hold parentheses of its own, one level deep:
    # [1373 \(2001\)](https://undocs.org/S/RES/1373(2001)) -> 1373 \(2001\) (two disjoint branches: linear)
    r"\[(?P<keep>[^\[\]\n]{0,400})\]\((?:[^()\s]|\([^()\s]{0,40}\)){0,400}\)"
    r"|\*+"  # *italics*, **bold**
)

#: Candidate footnote marks inside body text, in the forms the corpus shows: superscript and
#: LaTeX-like marks ("¹²", "$^{12}$")...
_MARK_SUP = regex.compile(r"(?P<sup>[⁰¹²³⁴⁵⁶⁷⁸⁹]{1,3})|(?P<latex>\$\^\{\^?\{?\d{1,3}\}?\}\$)")
#: ... and digits. Every digit form starts at a digit after a non-digit: the leading
#: ``(?<!\d)(?=\d)`` lets the engine pass every other position at once instead of trying
#: each form there (twice as fast). No digit form overlaps a superscript or LaTeX-like
#: mark, so searching the two patterns apart finds what one alternation of them would.
_MARK_DIGITS = regex.compile(
    r"(?<!\d)(?=\d)(?:"
    r"(?<=[^\W\d_][)\]”’\"]?|[\d,.;:][)\]”’\"])(?P<glued>\d{1,3})(?![\w/]|\.\d)"  # Corruption5, (No. 29)26
    r"|(?<=[^\W\d_]{2}[,;:]|[)”’\"][,;:]|\d[,;:])(?P<punct>\d{1,3})(?![\d/]|\.\d)"  # thereto,1  2021,6
    r"|(?<=[A-Za-z]{3}\.|[)”’]\.|(?:19|20)\d\d\.)(?P<dot>\d{1,3})(?=\s|$)"  # Convention.5  2017.3
    r"|(?<![\w/.,-])(?P<year>(?:19|20)\d\d)(?P<ymark>\d{1,3})(?![\w/]|[.,]\d)"  # 20263 = 2026 + mark 3
    r"|(?<=[\dIVX]/|[A-Z]{2}\.)(?P<slash>\d{3,6})(?![\w/]|[.,]\d)"
    r"|(?<=(?<!\d)\d/)(?P<short>\d\d)(?![\w/]|[.,]\d)"  # 5/64 = UNEA 5/6 + mark 4, if footnote 4 says so  # 76/17918 = 76/179 + mark 18; 1/CP.2731
    r"|(?<=[A-Z]{2}-)(?P<hyph>\d{3,4})(?![\w/-]|[.,]\d)"  # COVID-1915 = COVID-19 + mark 15
    r"|(?<=\S\s{1,4})(?P<alone>\d{1,3})(?=\s|$)"  # Protocol, 2  the
    r"|(?<=\S\s{1,4})(?P<big>\d{5,6})(?=\s)"  # a number with a mark glued on
    r"|(?<=[\s,;:)\]”’\"])(?P<slashmark>\d{1,2}/)(?=[,;.:)]|\s(?!\s*\d)|$)"  # 1992 1/ and  (_SLASH_MARK)
    r")"
)
_SPLIT_AFTER = regex.compile(r"\s+[a-z]")


def _split_after(raw: str, e: int) -> bool:
    """``_SPLIT_AFTER.match(raw, e)`` for an "alone" or "big" match ending at ``e``.

    Such a match is followed by whitespace, so the pattern matches at once when the next
    character is a lowercase ASCII letter and cannot match when it is neither that nor a
    space (``\\s`` matches no character that ``str.isspace`` rejects).
    """
    c = raw[e + 1 : e + 2]
    if "a" <= c <= "z":
        return True
    return c.isspace() and _SPLIT_AFTER.match(raw, e) is not None


#: Words whose full stop is followed by a number, never by a footnote mark: "Add.1", "vol. 2225", and
#: the "DEC."/"RES." inside a symbol ("C-25/DEC.9", "CP/RES.594", "UNEP/EA.5/Res.5").
_ABBREV_BEFORE_DOT = regex.compile(
    r"(?:Add|Corr|Rev|Amend|Suppl|Nos?|vols?|paras?|chap|sect|arts?|pp?|annex|/DEC|/Dec|/RES|/Res)\.$"
)
#: A treaty body's session designation before the digits: the "1/CMA." of "1/CMA.3", the
#: "7/COP." of "7/COP.13". The session number (one or two digits) is part of the designation.
_DESIGNATION_BEFORE = regex.compile(r"\d/(?:CP|CMP|CMA|COP|MOP)\.$")
_NO_MARK_BEFORE = frozenset(
    [
        "from",
        "to",
        "and",
        "or",
        "of",
        "between",
        "paragraph",
        "paragraphs",
        "para",
        "paras",
        "No",
        "Nos",
        "vol",
        "vols",
        "article",
        "articles",
        "annex",
        "chapter",
        "section",
        "rule",
        "rules",
        "principle",
        "principles",
        "Goal",
        "target",
        "targets",
        "the",
        "Article",
        "Chapter",
        "Part",
        "part",
        "than",
        "by",
        "over",
        "under",
        "about",
        "some",
        "at",
        "in",
        "all",
        "with",
        "its",
        "their",
        "item",
        "items",
        "sect",
        "chap",
        "p",
        "pp",
        "page",
        "pages",
        "Corr",
        "Add",
        "Rev",
        "Supplement",
        "Rule",
        "Principle",
        "Section",
        "Annex",
        "Title",
        "Book",
        "Volume",
        "footnote",
        "on",
        "per",
        "every",
        "each",
    ]
)
_MONTHS = " ".join(MONTHS)
_NO_MARK_AFTER = frozenset(
    (
        _MONTHS + " years year months month days day weeks week hours per percent million billion thousand "
        "times per cent - – — / % p.m. a.m."
    ).split()
)
_NO_MARK_AFTER_WORD = frozenset(["States", "countries", "members", "Member", "persons", "people"])
_LIST_WORDS = frozenset(["and", "or", "to"])
_WORD = regex.compile(r"\S+")


@dataclass
class Block:
    """A body block (a candidate paragraph) or a footnote, as a span of the normalised text."""

    kind: str  # "body" or "footnote"
    start: int
    end: int
    number: int | None = None  # footnote number as printed


@dataclass
class Mark:
    """A footnote mark found (and removed) in the body: its number and where it stood."""

    number: int
    offset: int  # in the normalised text: the mark stood just before text[offset]
    block: int  # index of the body block in ``Normalized.blocks``


@dataclass
class Normalized(NormText):
    """A :class:`NormText` that also remembers the blocks, footnotes and marks it found."""

    blocks: list[Block] = field(default_factory=list)
    marks: list[Mark] = field(default_factory=list)

    @property
    def footnote_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "footnote"]

    @property
    def body_blocks(self) -> list[Block]:
        return [b for b in self.blocks if b.kind == "body"]


def normalize(original: str) -> NormText:
    """The normalised text of ``original`` with its offset map (see :func:`analyse`)."""
    return analyse(original)


# ---------------------------------------------------------------------------
# Pass 1: lines
# ---------------------------------------------------------------------------

BLANK, FURN, BODY, MARKLINE, FN_START, FN_CONT = "blank", "furn", "body", "mark", "fn", "fncont"


#: A line: (start, end, text, indent). ``start`` is the offset of its first non-space
#: character, ``end`` the offset just past its last, ``text`` is ``original[start:end]``
#: (empty for a blank line) and ``indent`` says whether the raw line began with
#: whitespace. A plain tuple: a text has thousands of lines, and a tuple is made (and
#: freed) in half the time of an object. What each line is, is kept in :class:`_Classes`.
_Line = tuple[int, int, str, bool]
START, END, TEXT, INDENT = range(4)


@dataclass(slots=True)
class _Classes:
    """What each line is (:func:`_classify`), by line index."""

    kinds: list[str]  # BLANK, FURN, BODY, MARKLINE, FN_START or FN_CONT
    numbers: dict[int, int]  # footnote number (FN_START) or mark number (MARKLINE)
    body_starts: dict[int, int]  # FN_START: where the footnote text begins
    furniture: list[int]  # the FURN lines (as :func:`_classify` found them)
    line_pages: bool = False  # seed 000's shape (:func:`_printed_line_shape`)
    separators: list[int] = field(
        default_factory=list
    )  # the footnote separators' lines (:func:`_renumber_zone`)


_SPACES = regex.compile(r"\s+")
_SEGMENT_BREAK = regex.compile(r"\r?\n|\r|\*{2,}")
#: A carriage return not followed by a line feed: a line end of old Mac text.
_LONE_CR = regex.compile(r"\r(?!\n)")
#: A paragraph number, or the resolution's own number before its title, whose full stop a markdown converter
#: escaped lest it open an ordered list: "1\\. *Takes note* of ...", "78/115\\. Measures to eliminate ..."
#: (html2text, markdownify). The dot takes the backslash's place and a space the dot's (see :func:`analyse`).
_ESCAPED_NUMBER_DOT = regex.compile(r"^([ \t]*\**(?:\d{1,3}/)?\d{1,3})\\\.(?=[ \t])", regex.M)

#: Markdown that other converters write for what the UN page prints: a heading's hashes, a footnote reference
#: ``[^3]`` and its definition ``[^3]:``, an HTML superscript mark ``<sup>3</sup>``, pandoc's superscript ``^3^``,
#: and the bracketed number of pandoc's plain text and of web pages, as a mark and before its note (``[3]``; not
#: a link's text, ``[3](#)``).
_MARKDOWN_NOTES = regex.compile(
    r"^[ \t]*#{1,6}[ \t]|\[\^(\d{1,3})\]:?|<sup>(\d{1,3})</sup>|\^(\d{1,3})\^"
    r"|\[(\d{1,3})\](?![(:\[])",  # pandoc's plain text and web pages: "thereto,[1]", "[1] United Nations, ..."
    regex.M,
)
_TO_SUP = str.maketrans("0123456789", SUPERSCRIPTS)
#: The spaces other than U+0020 that a text from a word processor or a web page prints: no-break (U+00A0),
#: narrow no-break (U+202F), figure, thin and the other fixed-width spaces. Each is read as the plain space it
#: is (see :func:`analyse`): "resolution 75/196", "18 December 2014" and "vol. 976" read alike however spaced.
_WIDE_SPACES = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000"
_WIDE_SPACE = regex.compile(f"[{_WIDE_SPACES}]")
#: Emphasis that html2text writes with underscores (``_Recalling_``, ``_Treaty Series_``), read as the
#: ``*italics*`` it stands for (see :func:`analyse`). Not inside a word (``snake_case``), not an escaped
#: ``\_`` and not a run of underscores (a blank draft number "70/___", a separator line "_____").
_UNDERSCORE_EMPHASIS = regex.compile(r"(?<![\w\\_])_(?=[^\s_])([^_\n]{0,400})(?<=[^\s_\\])_(?![\w_])")


def _bracketed_number(original: str) -> bool:
    """Whether a "[" in ``original`` opens a number ("[12]"), by string search: a PDF text's few brackets
    ("[on the report of ...]") are passed at once, where a regex over the whole text would take longer.

    >>> _bracketed_number("[on the report of the Third Committee (A/78/479)]"), _bracketed_number("thereto,[1]")
    (False, True)
    """
    at = original.find("[")
    while at >= 0:
        if original[at + 1 : at + 2].isdigit():
            return True
        at = original.find("[", at + 1)
    return False


def _markdown_notes(original: str) -> str:
    r"""``original`` with :data:`_MARKDOWN_NOTES` in the shape UN markdown prints them, one character for one.

    A heading's hashes become spaces, a footnote reference or an HTML superscript the superscript
    digits that the seeds' markdown uses for marks (``¹``), a footnote definition the same at the start of
    its line, each padded with spaces to its length: every offset still points into the text as given.

    >>> _markdown_notes("## 75/196. Title\nCorruption,[^12] and<sup>3</sup>\n[^12]: See A/70/1.\n")
    '   75/196. Title\nCorruption,¹²    and³           \n¹²     See A/70/1.\n'
    >>> _markdown_notes("Protocol,^4^ and\n^4^ Ibid., vol. 2237, No. 39574.\n")
    'Protocol,⁴   and\n⁴   Ibid., vol. 2237, No. 39574.\n'
    >>> _markdown_notes("thereto,[1] the\n[1] United Nations, Treaty Series\n[12](#) [2044 \\(2012\\)](#)")
    'thereto,¹   the\n¹   United Nations, Treaty Series\n[12](#) [2044 \\(2012\\)](#)'
    """

    def flat(m: regex.Match[str]) -> str:
        digits = m[1] or m[2] or m[3] or m[4]
        if digits is None:
            return " " * len(m[0])
        return digits.translate(_TO_SUP).ljust(len(m[0]))

    return _MARKDOWN_NOTES.sub(flat, original)


def _lines(original: str) -> list[_Line]:
    """Split into lines (a run of two or more ``*``, markdown bold glue, also ends a line)."""
    out: list[_Line] = []
    append = out.append
    if "\r" in original or ("*" in original and "**" in original):  # (a one-character search is faster)
        pos = 0
        for m in _SEGMENT_BREAK.finditer(original + "\n"):
            seg = original[pos : m.start()]
            stripped = seg.strip()
            if not stripped:
                append((pos, pos, "", False))
            else:
                lead = seg.find(stripped[0])  # the first non-space character
                s = pos + lead
                # A segment cut at "**" inherits no indentation.
                indent = lead > 0 and (pos == 0 or original[pos - 1] in "\r\n")
                append((s, s + len(stripped), stripped, indent))
            pos = m.end()
        return out
    # only "\n" ends a line: str.split finds them at C speed, and every line starts a raw line
    pos = 0
    for seg in original.split("\n"):
        stripped = seg.strip()
        if not stripped:
            append((pos, pos, "", False))
        elif seg[0] == stripped[0]:  # most lines: no leading space (a comparison, not a find)
            append((pos, pos + len(stripped), stripped, False))
        else:
            s = pos + seg.find(stripped[0])
            append((s, s + len(stripped), stripped, True))
        pos += len(seg) + 1
    return out


def _own_symbol(lines: list[_Line]) -> str | None:
    """The symbol printed at the top of the first page, if any (used to spot running heads)."""
    for ln in lines[:12]:
        if not ln[TEXT]:  # a blank line
            continue
        m = _SYMBOL_LINE.fullmatch(ln[TEXT])
        if m:
            return _SPACES.sub(" ", m[1])
    return None


def _classify(lines: list[_Line], relined: bool = False) -> _Classes:
    """Tell blank lines, furniture, footnote zones, footnote lines, mark lines and body lines.

    ``relined``: the lines are those :func:`citegraph.flat.relines` gave a flattened text, which has no blank
    line; each of its lines stands as if a blank line came before it.
    """
    texts = [ln[TEXT] for ln in lines]
    kinds = [BODY] * len(lines)
    numbers: dict[int, int] = {}
    body_starts: dict[int, int] = {}
    furniture: list[int] = []
    own = _own_symbol(lines)
    # Page counters: "2/27" lines whose denominator is the document's page count. A page's number
    # is at most the count: "27/21" alone on a line is a resolution number (seed 000's shape cuts a
    # line at each mark: "... 24/14 of 27 September 2013," ⏎ "2" ⏎ " 27/21 " ⏎⏎ "of 26 September 2014,").
    denominators: dict[int, int] = {}
    beside_job: set[int] = set()  # the denominators of counters printed beside a job number ("25-20947")
    for i in [i for i, t in enumerate(texts) if len(t) <= 7 and "/" in t]:  # (not blank lines: no "/")
        m = _PAGE_COUNTER.fullmatch(texts[i])
        if m and int(m[1]) <= int(m[2]):
            denominators[int(m[2])] = denominators.get(int(m[2]), 0) + 1
            if any(0 <= j < len(texts) and _JOB.fullmatch(texts[j]) for j in (i - 1, i + 1)):
                beside_job.add(int(m[2]))
    # a job number ("23-25272") on a line of its own: page furniture
    jobs = any(len(t) <= 40 and t[:1].isdigit() and _JOB.fullmatch(t) for t in texts)
    pages = max(denominators, key=lambda d: denominators[d]) if denominators else None
    # every page but the first prints its counter beside its job number: one counter alone, in a text
    # with no job number, is a page count only for a text of two pages ("2/2"); "5/14" alone is a
    # resolution number (A/RES/80/109 in seed 000's shape, which prints no page furniture)
    if pages is not None and denominators[pages] < 2 and (pages > 60 or (pages > 2 and not jobs)):
        pages = None
    # a page holds 1,200 characters at the least (a two-page resolution's first page is half blank): "41/48"
    # and "47/48" alone on lines of a text of 15,000 characters, with no job number beside them, are resolution
    # numbers that a line break left alone ("... 40/82 of 12 December 1985," ⏎ "41/48" ⏎ "of 3 December
    # 1986, ..."), not a page count. (Beside a job number, a counter is one even in an excerpt of its page.)
    if pages is not None and pages not in beside_job and pages * 600 > sum(map(len, texts)):
        pages = None

    # With page furniture, a footnote block always ends at the next page head; without (seed
    # 000's shape), the body may follow the footnotes directly.
    paged = pages is not None or jobs
    # seed 000's shape: a footnote's further lines open with no space, a page's first line with one
    line_pages = not paged and _printed_line_shape(lines)
    organ_seen = False
    trailer_seen = False
    in_zone = False
    open_fn = False  # the current footnote's text may go on on the next line
    last_fn_text = ""  # the last line of the current footnote
    last_fn: int | None = None  # the number of the last footnote seen
    slash_style = False  # footnotes printed "1/ S/24476, annex." (only that form starts one then)
    slash_marks: set[int] = set()  # the "N/" marks of the body lines before ``slash_upto``
    slash_upto = 0
    para_num = 0  # the number of the last numbered paragraph's first line ("25. Recalls")
    last_zone = False  # the footnotes that end a text with no vote line have begun (_opens_last_footnotes)
    md_fn = ""  # the last line, if it is a markdown footnote's (which may go on on the next line: see below)
    blank_lines = texts.count("") * 50 > len(texts)  # (more than one line in fifty is blank)
    separators: list[int] = []  # the footnote separators' lines
    for i, t in enumerate(texts):
        if not t:
            kinds[i] = BLANK
            md_fn = ""
            continue
        c0 = t[0]
        n = len(t)
        # furniture is short, or a note ("* Reissued ...") or a link: most lines are ruled out at once;
        # each pattern is tried only on a line that starts as its matches do
        is_furn = False
        if n <= 60 or c0 in "*\\_h":
            # (a job number or page counter that starts with a digit has "-" or "/" after it)
            if (
                c0 in _FURNITURE_OPENERS
                or ((c0 in _ASCII_DIGITS or c0 > _ASCII_MAX) and (t[2:3] == "-" or "/" in t[1:4]))
            ) and _FURNITURE.fullmatch(t):
                is_furn = True
            elif pages is not None and n <= 7 and "/" in t and (m := _PAGE_COUNTER.fullmatch(t)):
                is_furn = int(m[2]) == pages and int(m[1]) <= pages
            elif n == 6 and jobs and t.isdigit():
                is_furn = _job_stamp(texts, i)
            if (
                not is_furn
                and own
                and organ_seen
                and c0 in "UASE"
                and (t.startswith("United Nations") if c0 == "U" else t[1:2] == "/")
                and (sym := _SYMBOL_LINE.fullmatch(t))
            ):
                is_furn = _SPACES.sub(" ", sym[1]) == own
        if is_furn:
            kinds[i] = FURN
            furniture.append(i)
            md_fn = ""
            if _is_separator(t):
                in_zone, open_fn = True, False
                separators.append(i)
            elif in_zone and not _NOTE_OR_URL.fullmatch(t):
                in_zone, open_fn = False, False  # page furniture: the footnotes of this page are over
            elif line_pages:
                # seed 000's shape prints a page's links after its footnotes: none goes on after one
                # (a footnote that is only a link, "10" ⏎ "  http://legal.un.org/committees/charter.",
                # and the next page's " (c) " ⏎⏎ "Calls upon ...": A/RES/78/111 in that shape)
                open_fn = False
            continue
        msup = _FN_SUP.match(t) if c0 in _SUP_OPENERS else None
        if msup:  # markdown footnote line, wherever it stands
            digits = msup[1] or msup[2]
            kinds[i], numbers[i], body_starts[i] = (
                FN_START,
                int(digits.translate(_SUP)),
                lines[i][START] + msup.end(),
            )
            open_fn = False
            md_fn = t if blank_lines else ""
            continue
        if md_fn:
            # A markdown footnote wrapped over lines with no blank line between them (pandoc wraps at 72
            # columns): "²⁴ See *Official Records of the Economic and Social Council*, 2018," ⏎ "Supplement
            # No. 10 ([E/2018/30](#)), chap. I, sect. C.", "³ A/79/6 (Sect. 2), ..., A/79/6 (Sect." ⏎ "5), ...":
            # in markdown a line right under another is the same paragraph. In a text with no blank lines
            # (md_fn is not set then) every line is a paragraph's or a footnote's: the line after a page's
            # footnotes goes on with the paragraph the page cut ("ratification and implementation of ...").
            kinds[i] = FN_CONT
            md_fn = t
            continue
        md_fn = ""
        if not organ_seen and "The" in t and ORGAN_RE.fullmatch(t):  # ORGAN_RE needs "The"
            organ_seen = True
        if (
            organ_seen
            and c0 == "A"
            and t.startswith("Adopted")
            # not the text of a footnote whose number stands on the line before (seed 000's shape:
            # "14" ⏎⏎ "Adopted by the Conference of the Parties serving as the Meeting of ..."), nor one under
            # another footnote's text in a footnote zone (pdftotext, its numbers printed apart: "Adopted at the
            # fifteenth meeting of the Conference of the Parties to the Convention on Biological Diversity")
            and not (in_zone and ((open_fn and not last_fn_text) or _after_footnote_line(kinds, i)))
            and _SC_TRAILER.match(t)
        ):
            trailer_seen = True
        if organ_seen and c0 in _ASCII_DIGITS and "/" in t[1:3] and (msl := _FN_SLASH.match(t)):
            # "1/ S/24476, annex.": footnote k if the body before it has the mark "k/" and the
            # numbers run on, wherever it stands: after a vote line, at the foot of a page, or
            # straight after the last operative paragraph (the 1990s texts whose vote line is
            # in the header), which it then ends
            k = int(msl[1])
            if k not in slash_marks and slash_upto < i:
                slash_marks |= _slash_marks_in(texts, kinds, slash_upto, i)
                slash_upto = i
            if k in slash_marks and (last_fn is None or k == last_fn + 1 or (not open_fn and k > last_fn)):
                kinds[i], numbers[i], body_starts[i] = FN_START, k, lines[i][START] + msl.start(2)
                open_fn, last_fn_text, last_fn = _ends_unfinished(t), t, k
                in_zone = slash_style = True
                continue
        if (
            organ_seen
            and not (in_zone or trailer_seen or slash_style)
            and c0 in _ASCII_DIGITS
            and i
            and (relined or not texts[i - 1])
            and (mst := _FN_START_STRICT.match(t))
            and _opens_last_footnotes(texts, kinds, i, mst.start(2), int(mst[1]))
        ):
            # "10 Ibid., document S/6569." after the last paragraph of a text with no vote line
            k = int(mst[1])
            kinds[i], numbers[i], body_starts[i] = FN_START, k, lines[i][START] + mst.start(2)
            open_fn, last_fn_text, last_fn = _ends_unfinished(t), t, k
            in_zone = last_zone = True
            continue
        zone = in_zone or trailer_seen
        if zone:
            if not slash_style:  # (then a footnote starts "k/", above)
                mnum = _FN_NUMBER_ONLY.fullmatch(t) if n <= 3 else None
                if mnum:
                    kinds[i], numbers[i], body_starts[i] = FN_START, int(mnum[1]), lines[i][END]
                    open_fn, last_fn_text, last_fn = True, "", int(mnum[1])
                    continue
                mst = (_FN_START if in_zone else _FN_START_STRICT).match(t) or _FN_START_GLUED.match(t)
                if mst and _MONTH_AFTER_NUMBER.match(t):
                    mst = None  # "4 December 2023": a date, not a footnote
                if mst:
                    k = int(mst[1])
                    # footnotes run in sequence: "28 and 29 June 2012," inside a footnote goes on with it
                    if (
                        last_fn is None
                        or k == last_fn + 1
                        or (
                            k > last_fn
                            and (not open_fn or _opens_cited_footnote(texts, kinds, i, mst.start(2), k))
                        )
                    ):
                        kinds[i], numbers[i], body_starts[i] = FN_START, k, lines[i][START] + mst.start(2)
                        open_fn, last_fn_text, last_fn = _ends_unfinished(t), t, k
                        continue
            if (
                open_fn
                or (in_zone and paged)
                or (in_zone and line_pages and not lines[i][INDENT] and last_fn is not None)
                or (last_fn_text and _starts_lower(t) and not last_fn_text.endswith("."))
                # in the footnotes at the end of a text (after its vote line, or those that end a text
                # with none), a lower-case line right under a footnote line goes on with it even after a
                # full stop the OCR made of a comma ("7 Ibid., ... June 1956.⏎document S/3596.")
                or ((trailer_seen or last_zone) and kinds[i - 1] in _FN_LINES and _starts_lower(t))
            ):
                kinds[i] = FN_CONT
                open_fn = _ends_unfinished(t)
                last_fn_text = t
                continue
            if in_zone:
                in_zone = False
        if organ_seen and n <= 3 and _FN_NUMBER_ONLY.fullmatch(t):
            if int(t) == para_num + 1 and _bare_paragraph_number(texts, i):
                para_num += 1  # a body line: the paragraph's number, its full stop lost
            else:
                kinds[i], numbers[i] = MARKLINE, int(t)
        elif c0 in _ASCII_DIGITS and (mp := _PARAGRAPH_NUMBER.match(t)):
            para_num = int(mp[1])
    marklines = [i for i, k in enumerate(kinds) if k == MARKLINE] if MARKLINE in kinds else []
    if marklines:
        # A number alone on a line above every footnote's number is the body's, not a mark: "resolutions 242
        # (1967) of 22 November 1967, 446 (1979) of 22 March 1979," ⏎ "465" ⏎ "(1980) of 1 March 1980, ..."
        top = max((numbers[i] for i, k in enumerate(kinds) if k == FN_START), default=0)
        for i in marklines:
            # (between two body lines: after a running head, "S/RES/1454 (2002)" ⏎ "10", it is the page's number)
            if numbers[i] > top and 0 < i < len(kinds) - 1 and kinds[i - 1] == BODY and kinds[i + 1] == BODY:
                kinds[i] = BODY
                del numbers[i]
    return _Classes(kinds, numbers, body_starts, furniture, line_pages, separators)


def _after_footnote_line(kinds: list[str], i: int) -> bool:
    """Whether the last line before line ``i`` that is not blank is a footnote's."""
    j = i - 1
    while j >= 0 and kinds[j] == BLANK:
        j -= 1
    return j >= 0 and kinds[j] in _FN_LINES


def _job_stamp(texts: list[str], i: int) -> bool:
    """Whether line ``i``, six digits, is the date a job number is stamped with ("23-25976 (E)    100124"),
    which pdftotext prints on a line of its own near the job number: it reads as a day, a month and a year,
    and a job number stands within six lines of it.

    >>> _job_stamp(["23-25976 (E)", "", "100124"], 2), _job_stamp(["23-25976 (E)", "", "991224"], 2)
    (True, False)
    """
    t = texts[i]
    if not (1 <= int(t[:2]) <= 31 and 1 <= int(t[2:4]) <= 12):
        return False
    return any(
        0 <= j < len(texts) and texts[j][:1].isdigit() and _JOB.fullmatch(texts[j])
        for j in range(i - 6, i + 7)
    )


def _renumber_zone(
    lines: list[_Line], kinds: list[str], numbers: dict[int, int], body_starts: dict[int, int], sep: int
) -> None:
    """Give the footnotes of the zone under separator line ``sep`` the numbers that poppler's ``pdftotext``
    (its default mode) printed away from their texts.

    pdftotext reads a page's footnote numbers as a column of their own, and prints some of them apart from
    their text: the first two after the page's last footnote, or all of them before the first, or one of
    them after the others; and when the numbers are all it prints under the separator, the texts come
    between the page's footer lines (its counter and its job number)::

        __________________                          __________________
        United Nations, Treaty Series, vol. 2225,   6
        Ibid., vol. 2237, No. 39574.                7
        3                                           2/27
        Ibid., vol. 2241, No. 39574.                See A/CONF.234/16.
        1                                           Resolution 76/181, annex.
        2                                           25-20947

    Footnotes run in order, so the zone's numbers, sorted, are its footnotes' in the order their texts
    stand. A text starts at a line with a number right above it, at the zone's first line, and, for the
    numbers still to place, at a line after one that ends a footnote (:func:`_ends_unfinished`) and that
    opens with a capital, a number ("2010 Review Conference ...") or a quote (the footnote openers first:
    "Ibid.", "See", "Resolution", a symbol). Each text's first line becomes its footnote's start, and
    the number lines page furniture. It is asked after the running titles are read (:func:`_running_titles`):
    a page's title printed under the zone's last numbers ends the zone, as furniture.

    The zone is left as :func:`_classify` read it unless a number stands with no text under it or the
    numbers stand out of order, they run on one by one, and the lines give exactly as many footnotes.
    """
    n = len(kinds)
    j = sep + 1
    while j < n and kinds[j] in _ZONE_KINDS:
        j += 1
    zone = range(sep + 1, j)
    bare = [i for i in zone if kinds[i] == FN_START and body_starts[i] == lines[i][END]]
    if not bare:
        return
    ks = sorted(numbers[b] for b in bare)
    if ks != list(range(ks[0], ks[0] + len(ks))):
        return
    # A line that opens with a number and goes on ("28 and 29 June 2012, ...", which _classify read as
    # footnote 28) is a footnote's further line, unless its number runs on from the bare ones: then it is a
    # footnote line with its number and its text, "5 Ibid., ...", and the numbers are in their place.
    texted = [i for i in zone if kinds[i] == FN_START and i not in bare]
    if any(ks[0] - 1 <= numbers[i] <= ks[-1] + 1 for i in texted):
        return
    text_lines = [i for i in zone if kinds[i] == FN_CONT or i in texted]
    under = {}  # the first text line under each number (a blank line may stand between: seed 000's shape)
    for b in bare:
        i = b + 1
        while i < n and kinds[i] == BLANK:
            i += 1
        if i < n and (kinds[i] == FN_CONT or i in texted):
            under[b] = i
    if len(under) == len(bare) and [numbers[b] for b in bare] == ks:
        return  # every number above its text, in order (the shapes of every other converter)
    starts = set(under.values())
    if text_lines:
        starts.add(text_lines[0])
    after = _between_footer_lines(lines, kinds, j) if len(starts) < len(ks) else []
    if after:  # the texts the page printed between its footer lines
        starts.add(after[0])
        text_lines += after
    needed = len(ks) - len(starts)
    if needed == -1 and text_lines[0] not in under.values():
        # the zone's first lines go on with the last footnote of the page before
        starts.discard(text_lines[0])
        needed = 0
    if needed < 0 or not text_lines:
        return
    if needed:
        candidates = []
        for p, i in zip(text_lines, text_lines[1:], strict=False):
            t = lines[i][TEXT]
            if i in starts or not (t[0].isupper() or t[0].isdigit() or t[0] in _OPENING_QUOTES):
                continue
            between = range(p + 1, i)
            if any(kinds[x] != BLANK for x in between):
                continue  # (over a number line)
            # (not after a line that ends unfinished, even over a blank line: seed 000's shape prints one after
            # every line); a footnote's opener ("Ibid.", "Resolution", a symbol) comes first
            if not _ends_unfinished(lines[p][TEXT]):
                candidates.append((_NOTE_OPENER.match(t) is None, i))
        if len(candidates) < needed:
            return
        starts.update(i for _, i in sorted(candidates)[:needed])
    for b in bare:
        kinds[b] = FURN
        del numbers[b], body_starts[b]
    for i in texted:
        del numbers[i], body_starts[i]
    for i in (*after, *texted):
        kinds[i] = FN_CONT
    for k, i in zip(ks, sorted(starts), strict=True):
        kinds[i], numbers[i], body_starts[i] = FN_START, k, lines[i][START]


def _between_footer_lines(lines: list[_Line], kinds: list[str], j: int) -> list[int]:
    """The body lines that stand between two of a page's footer lines (:data:`_FOOTER`), the first at or
    after line ``j`` (blank lines between), or none. A footnote zone's texts, where pdftotext printed only
    their numbers under the separator (:func:`_renumber_zone`); never a page's body, which stands under the
    next page's running head."""
    n = len(kinds)
    footer = False
    while j < n and (kinds[j] == BLANK or (kinds[j] == FURN and _FOOTER.fullmatch(lines[j][TEXT]))):
        footer = footer or kinds[j] == FURN
        j += 1
    run = []
    while j < n and kinds[j] == BODY:
        run.append(j)
        j += 1
    while j < n and kinds[j] == BLANK:
        j += 1
    if footer and run and j < n and kinds[j] == FURN and _FOOTER.fullmatch(lines[j][TEXT]):
        return run
    return []


#: A page's footer line: its job number, its counter ("2/27"), its bar code ("*2520947*").
_FOOTER = regex.compile(rf"{_JOB.pattern}|\d{{1,3}}/\d{{1,3}}|\*\d{{7}}\*|\d{{6}}")
_ZONE_KINDS = frozenset([BLANK, FN_START, FN_CONT])


#: A numbered paragraph's number at the start of a body line: "26. Condemns" (see :func:`_classify`).
_PARAGRAPH_NUMBER = regex.compile(r"(\d{1,3})\.\s")


def _bare_paragraph_number(texts: list[str], i: int) -> bool:
    """Whether the number alone on line ``i`` is a paragraph's number that lost its full stop
    rather than a footnote mark printed on its own line: it stands after a blank line, and the next
    line opens with an operative verb ("26 ⏎Condemns without reservation any denial ...", 79/160;
    :func:`_classify` asks only when the number is the next paragraph's). The layout reads it so.

    >>> _bare_paragraph_number(["nations;14", "", "26", "Condemns without reservation"], 2)
    True
    >>> _bare_paragraph_number(["nations;", "26", "Condemns without reservation"], 1)
    False
    >>> _bare_paragraph_number(["nations;", "", "26", "Member States"], 2)
    False
    """
    if i == 0 or texts[i - 1] or i + 1 >= len(texts):
        return False
    return opens_operative(texts[i + 1])


#: A capitalised verb in the third person, as an operative paragraph opens: "Condemns", "Affirms".
OPERATIVE_VERB = regex.compile(r"[A-Z][a-z]+s\b")


def opens_operative(t: str) -> bool:
    """Whether ``t`` opens with an operative verb of the table (:mod:`citegraph.verbs`), capitalised and in
    the third person as an operative paragraph opens: the reader's test here and the layout's.

    >>> opens_operative("Condemns without reservation"), opens_operative("States Parties"), opens_operative("Recalling")
    (True, False, False)
    """
    return OPERATIVE_VERB.match(t) is not None and lemma_of(t[:40]) is not None


#: The words a Security Council footnote opens with: "Ibid." (also as OCR reads it: "Tbid.",
#: "[bid.", "lbid."), "See" and "Official Records".
#: The words a cited footnote opens with (:data:`_FN_OPENER`, :data:`_LAST_FN_OPENER`).
_FN_OPENER_WORDS = r"[IiTlJ\[]bid\.|See\s|Official\s+Records\b"
_FN_OPENER = regex.compile(rf"(?:{_FN_OPENER_WORDS})")
#: A number standing as a footnote mark in a body line: after a word, with or without
#: punctuation and a space ("Angola 52 and", "Zambia, 52"), and not glued to a larger number,
#: a symbol or a decimal.
#: What stands before a mark in a body line, and the mark itself (:data:`_BODY_MARK`, :data:`_LAST_BODY_MARK`).
_AFTER_WORD = r"[^\W\d_][,;:)”’\"]?\s{0,2}"
_MARK_DIGITS_END = r"(\d{1,3})(?=[\s,;.:]|$)(?!\.\d)"
_BODY_MARK = regex.compile(rf"(?<={_AFTER_WORD}){_MARK_DIGITS_END}")


def _opens_cited_footnote(texts: list[str], kinds: list[str], i: int, at: int, k: int) -> bool:
    """Whether line ``i`` ("52 Ibid., Thirty-fourth Year, 2119th meeting.") starts footnote ``k``
    although the footnote before it has no closing full stop and the numbers jump (S/RES/445
    (1979): "... February and March 1979" then "52 Ibid." -- mark 51 was another resolution's
    on the printed page): its text, from ``at``, opens as a footnote does (:data:`_FN_OPENER`)
    and ``k`` stands as a mark in a body line before it. Asked only for such a line (rare), so
    the body is searched then; a line of a footnote that goes on and starts with a number
    ("28 and 29 June 2012,") has no such opener.

    >>> texts = ["Angola 52 and Zambia, 52", "", "50 See Official Records", "52 Ibid., 2119th meeting."]
    >>> kinds = [BODY, BLANK, FN_START, FN_CONT]
    >>> _opens_cited_footnote(texts, kinds, 3, 3, 52)
    True
    >>> _opens_cited_footnote(texts, kinds, 3, 3, 53)
    False
    >>> _opens_cited_footnote(["Angola 52 and", "50 See the meetings of", "52 and 53 June"], kinds, 2, 3, 52)
    False
    """
    return bool(_FN_OPENER.match(texts[i], at)) and _marked_before(texts, kinds, i, k, _BODY_MARK)


def _marked_before(texts: list[str], kinds: list[str], i: int, k: int, mark: regex.Pattern[str]) -> bool:
    """Whether mark number ``k`` stands, as ``mark`` reads marks (group 1), in a body line before line ``i``.

    >>> _marked_before(["Angola 52 and", "52 Ibid."], [BODY, FN_START], 1, 52, _BODY_MARK)
    True
    >>> _marked_before(["Angola 52 and", "52 Ibid."], [BODY, FN_START], 1, 5, _BODY_MARK)
    False
    """
    key = str(k)
    return any(
        kinds[j] == BODY and key in texts[j] and any(int(m[1]) == k for m in mark.finditer(texts[j]))
        for j in range(i)
    )


#: What a footnote opens with at the end of a text with no vote line: :data:`_FN_OPENER`'s words
#: and a treaty's volume ("United Nations, Treaty Series").
_LAST_FN_OPENER = regex.compile(rf"(?:{_FN_OPENER_WORDS}|United\s+Nations,\s+Treaty\s+Series\b)")
#: What a footnote's text opens with (:func:`_renumber_zone`): "Ibid.", "See", "Official Records", a treaty's
#: volume, "Resolution(s)", "Decision(s)", "Report", a symbol ("A/79/161", "CTOC/COP/2020/10").
_NOTE_OPENER = regex.compile(
    rf"{_LAST_FN_OPENER.pattern}|(?:Resolutions?|Decisions?|Report)\b|[A-Z]{{1,6}}/[A-Z\d]"
)
#: A mark in a body line as :data:`_BODY_MARK` reads it, or after a year and its comma ("of 29 July
#: 1965, 10 stating").
_LAST_BODY_MARK = regex.compile(rf"(?<={_AFTER_WORD}|(?<!\d)(?:19|20)\d\d[,;:]\s{{0,2}}){_MARK_DIGITS_END}")
_FN_LINES = frozenset([FN_START, FN_CONT])


def _opens_last_footnotes(texts: list[str], kinds: list[str], i: int, at: int, k: int) -> bool:
    """Whether line ``i`` ("10 Ibid., document S/6569."), after a blank line and outside any footnote
    zone, opens the footnotes at the end of a text that has no vote line (S/RES/207 (1965)): its text,
    from ``at``, opens as a footnote does (:data:`_LAST_FN_OPENER`), and ``k`` stands as a mark in a
    body line before it (:data:`_LAST_BODY_MARK`). Asked only for a body line that starts with a
    number and a capital after a blank line (rare: a paragraph's number has its full stop).

    >>> texts = ["Noting the report of 29 July", "1965, 10 stating that", "", "", "10 Ibid., document S/6569."]
    >>> kinds = [BODY, BODY, BLANK, BLANK, BODY]
    >>> _opens_last_footnotes(texts, kinds, 4, 3, 10)
    True
    >>> _opens_last_footnotes(texts, kinds, 4, 3, 11)
    False
    >>> _opens_last_footnotes(texts[:4] + ["10 States voted for it."], kinds, 4, 3, 10)
    False
    """
    return bool(_LAST_FN_OPENER.match(texts[i], at)) and _marked_before(texts, kinds, i, k, _LAST_BODY_MARK)


def _slash_marks_in(texts: list[str], kinds: list[str], start: int, end: int) -> set[int]:
    """The numbers of the "N/" marks (:data:`_SLASH_MARK`) in the body lines ``start:end``.

    Asked only when a line reads as a "k/" footnote line (rare), for lines not asked before. Each run of
    body lines is read as one text: whether "2/" that ends a line is a mark depends on the next line of the
    run ("Secretary-General, 2/" ⏎ "Responding to ..." is a mark, "resolution 8/" ⏎ "10 of ..." a symbol),
    and one that ends the run, before a blank line or furniture, is a mark.
    """
    marks: set[int] = set()
    run: list[str] = []
    for j in range(start, end + 1):
        if j < end and kinds[j] == BODY:
            run.append(texts[j])
        elif run:
            if any("/" in t for t in run):
                marks.update(int(m[1]) for m in _SLASH_MARK.finditer("\n".join(run)))
            run = []
    return marks


def _is_separator(t: str) -> bool:
    """True if ``t`` is a footnote separator: three or more ``_`` and nothing else."""
    return len(t) >= 3 and not t.strip("_")


def _ends_unfinished(t: str) -> bool:
    """True if a footnote line may go on on the next line: it ends with an abbreviation
    (:data:`_OPEN_ABBREV`) or with no closing character.

    This is a search for ``(?:ABBREVIATION\\.|[^CLOSERS])$``, done as two cheap tests: the
    second form is just the last character (that one pattern was slow even on a short tail).
    """
    if not t:
        return False
    if t[-1] not in _FN_CLOSERS:
        return True
    # an abbreviation ends the line and is at most 6 characters long ("Suppl.")
    return t[-1] == "." and _OPEN_ABBREV.search(t, max(0, len(t) - 8)) is not None


def _running_titles(lines: list[_Line], classes: _Classes, original: str) -> None:
    """Drop running titles: lines of the document title repeated beside page furniture.

    A running title is a run of lines, with no blank line in it, whose first line is
    the start of the title and at least 12 characters long (a body line from the
    title's middle, "Peoples' representatives and institutions in meetings of
    relevant United Nations" at the top of a page of A/RES/78/328, is the paragraph
    quoting the title), and which stands beside page
    furniture or footnotes, not inside the body text: the nearest non-blank line
    before or after it is not a body line. Each line after the first goes on with the
    title, however short: A/RES/79/258 prints "Special subjects relating to the
    proposed programme budget" then "for 2025", and a "for 2025" left in the body
    would end the paragraph before the page break unfinished and glue the next
    paragraph on. A body line that is only part of the title ("development," between
    two lines of a paragraph of A/RES/78/168, "Agriculture development, food security
    and nutrition") stays.
    """
    from citegraph.identity import title_line  # the title, as the header prints it

    title = title_line(original)
    if not title:
        return
    folded = " ".join(title.split()).lower()
    own = (_own_symbol(lines) or "").lower()
    n = len(lines)
    kinds = classes.kinds
    found: list[int] = []  # the candidate title lines, in order
    # The lines within 5 of a furniture line, each once and in order (not a set of them
    # sorted): the furniture lines come in order, so a window starts where the last ended.
    done = 0  # the lines before this one have been looked at
    so_far = ""  # the title text that the last candidate ends
    for i in classes.furniture:
        if _is_separator(lines[i][TEXT]):
            continue
        for j in range(max(done, i - 5), min(n, i + 6)):
            if kinds[j] not in (BODY, FN_CONT):
                continue
            f = " ".join(lines[j][TEXT].split()).lower()
            if own and (f.endswith(" " + own) or f.startswith(own + " ")):  # "... capacity A/RES/80/229"
                f = f.replace(own, "").strip()
            # "for 2025"; "nuclear-" + "weapon-free zone"; the title's two lines with the symbol between them
            # (pdftotext -layout: "A/RES/78/229    justice programme, ..." is the symbol's line and the next)
            if found and _furniture_between(kinds, found[-1], j):
                joined = so_far + f if so_far.endswith("-") else f"{so_far} {f}"
                if joined in folded:
                    found.append(j)
                    so_far = joined
                    continue
            if len(f) >= 12 and folded.startswith(f):
                found.append(j)
                so_far = f
        done = max(done, i + 6)
    # drop the runs that are not inside the body text (a body line before and after them)
    k = 0
    while k < len(found):
        e = k
        while e + 1 < len(found) and _furniture_between(kinds, found[e], found[e + 1]):
            e += 1
        a, b = found[k], found[e]
        while a > 0 and kinds[a - 1] == BLANK:
            a -= 1
        while b + 1 < n and kinds[b + 1] == BLANK:
            b += 1
        if a == 0 or b + 1 == n or kinds[a - 1] != BODY or kinds[b + 1] != BODY:
            for j in range(found[k], found[e] + 1):
                kinds[j] = FURN
        k = e + 1


def _furniture_between(kinds: list[str], a: int, b: int) -> bool:
    """Whether line ``b`` comes after line ``a`` with only furniture lines between them, or none."""
    return a + 1 == b or (
        a < b and kinds[b - 1] == FURN and all(kinds[x] == FURN for x in range(a + 1, b - 1))
    )


# ---------------------------------------------------------------------------
# Pass 2: blocks
# ---------------------------------------------------------------------------

_NUMBERED = regex.compile(r"\**\s*\d{1,3}\.\**\s+\S")
#: A numbered paragraph beyond doubt ("12. Decides"), or as OCR may print it ("12, Decides", "Z. Demands").
_NUMBERED_SURE = regex.compile(r"\**\s*\d{1,3}\.\**(?:\s+[\p{Lu}*“\"(]|\s*$)")
_NUMBERED_OCR = regex.compile(r"(?:\d{1,3}|[ZS]|[1l]{1,2})[.,]\s+\p{Lu}")
_ANNEX_HEAD = regex.compile(r"\**\s*Annex(?:es)?(?:\s+[IVX]{1,5}|\s+[A-Z])?\s*\**")
_PART_HEAD = regex.compile(r"\**\s*(?:[IVX]{1,6}|[A-H])\.?\s*\**")
_PREAMBLE_WORD = regex.compile(r"[A-Z][a-z]+(?:ing|ed)\b")


#: The ASCII characters a _NUMBERED or _PREAMBLE_WORD match starts with (lines are stripped).
_NUMBERED_OR_WORD_OPENERS = frozenset("*0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")
#: ... a _NUMBERED_SURE or _GA_TRAILER match starts with ...
_NUMBERED_OPENERS = frozenset("*0123456789")
#: ... a _NUMBERED_OCR match ...
_OCR_OPENERS = frozenset("0123456789ZSl")
#: ... and a _PART_HEAD or _ANNEX_HEAD match.
_HEAD_OPENERS = frozenset("*IVXABCDEFGH")
_ASCII_DIGITS = frozenset("0123456789")
#: The ASCII characters a line that :func:`_opens_block` may accept starts with.
_HEAD_LINE_OPENERS = _NUMBERED_OPENERS | _OCR_OPENERS | {"A"}


def _opens_block(t: str, prev_text: str, organ_done: bool) -> bool:
    """True if body line ``t`` opens a block: a numbered paragraph ("12. Decides", or as OCR
    prints it) or, after the organ's line, an adoption trailer.

    Only for a line that starts with one of :data:`_HEAD_LINE_OPENERS` or a non-ASCII
    character (which may be a digit); each pattern is tried only on a line that starts
    as its matches do.
    """
    c0 = t[0]
    other = c0 > _ASCII_MAX
    # a number of one to three digits or letters then "." or "," opens a numbered paragraph
    head = t[1:4]
    dot = "." in head
    return bool(
        ((c0 == "*" or (dot and (c0 in _ASCII_DIGITS or other))) and _NUMBERED_SURE.match(t))
        or (
            (c0 in _OCR_OPENERS or other)
            and (dot or "," in head)
            and _NUMBERED_OCR.match(t)
            and not _ends_open(prev_text)
        )
        or (
            organ_done
            and (
                ((c0 in _NUMBERED_OPENERS or other) and "plenary" in t and _GA_TRAILER.match(t))
                or (c0 == "A" and _SC_TRAILER.match(t))
            )
        )
    )


def _is_indent_shape(lines: list[_Line], kinds: list[str]) -> bool:
    """True if paragraphs start with an indented line (pypdf, some PDF text), not after a blank line.

    That is, if more of the body lines that open a paragraph ("12. Decides", "Recalling")
    are indented than not. The indented ones are counted first; the others only until
    they are as many. (The first character is tested here, before :func:`_opens_paragraph`
    is called: most lines go on a sentence and start with a lowercase letter.)
    """
    openers = _NUMBERED_OR_WORD_OPENERS
    ind = 0
    for (_, _, t, indent), kind in zip(lines, kinds, strict=True):
        if indent and kind == BODY and (t[0] in openers or t[0] > _ASCII_MAX) and _opens_paragraph(t):
            ind += 1
    if not ind:
        return False
    flat = 0
    for (_, _, t, indent), kind in zip(lines, kinds, strict=True):
        if not indent and kind == BODY and (t[0] in openers or t[0] > _ASCII_MAX) and _opens_paragraph(t):
            flat += 1
            if flat >= ind:
                return False
    return True


def _printed_line_shape(lines: list[_Line]) -> bool:
    """Whether the text is in seed 000's shape: a PDF conversion that prints a blank line after every
    printed line but a page's last, a space before a paragraph's first line, footnote marks and
    numbers on lines of their own, and no page furniture. Four lines in five (a mark's, a number's or
    a link's line aside) have a blank line or a mark's line after them, and one in ten opens with a space; a markdown
    conversion (seeds 001-004) prints a blank line after each line too, but no space before it, and
    a PDF text prints most lines with none after them. The first 400 lines tell.

    There a footnote's further lines at a page's foot open with no space, and the next page's first
    line with one: "  Ibid., Supplement No. 53A (A/66/53/Add.1), chap. III. " ⏎⏎ "Available at ..."
    goes on with its footnote, " or any other type of measures ..." on the next page does not
    (:func:`_classify`); and a body line right after another opens a page whose predecessor had no
    footnotes, and goes on with the paragraph the page ended in as a line after page furniture does
    (:func:`_goes_on_after_break`): "..., 1979 (2011) on 27 April 2011, " ⏎ " 2044 (2012) on 24 April
    2012, ..." (A/RES/79/98 in that shape), while "terrorism, " ⏎ "  Deeply concerned about ..." opens
    a paragraph (seed 000).

    >>> _printed_line_shape(_lines(" Recalling its resolution 70/1, \\n\\nand noting \\n\\n\\n1\\n  Ibid. \\n\\n"))
    True
    >>> _printed_line_shape(_lines("Recalling its resolution 70/1,\\n\\nNoting the report,\\n\\n"))
    False
    >>> _printed_line_shape(_lines(" Recalling its resolution 70/1, \\nand noting the report, \\n\\n"))
    False
    """
    n = after = indented = 0
    last = min(len(lines), 400) - 1
    for i in range(last):
        _, _, t, indent = lines[i]
        if not t or (len(t) <= 3 and t.isdigit()) or t.startswith("http"):
            continue
        n += 1
        indented += indent
        nxt = lines[i + 1][TEXT]
        after += not nxt or (len(nxt) <= 3 and nxt.isdigit())  # a blank line, or a mark's
    return n > 0 and after * 5 >= n * 4 and indented * 10 >= n


def _opens_paragraph(t: str) -> bool:
    """A line that reads as a paragraph's first: numbered, or a preambular participle."""
    c = t[:1]
    return (c in _NUMBERED_OR_WORD_OPENERS or c > _ASCII_MAX) and bool(
        _NUMBERED.match(t) or _PREAMBLE_WORD.match(t)
    )


def _is_organ(t: str) -> bool:
    """The acting organ's line ("The General Assembly,"): short, so most lines are ruled out at once."""
    return len(t) < 130 and "The" in t and bool(ORGAN_RE.fullmatch(t))


def _is_part_head(t: str) -> bool:
    """A part or section marker standing alone ("A", "II."), or an annex heading ("Annex", "Annex II")."""
    return len(t) <= 16 and bool(_PART_HEAD.fullmatch(t) or _ANNEX_HEAD.fullmatch(t))


#: How a paragraph that is not numbered opens: a preambular participle, adverb or adjective
#: ("Recalling", "Re-emphasizing", "Convinced", "Deeply", "Mindful", "Further"), an operative
#: verb ("Decides", "Takes note"), a sentence of an annexed text ("We", "The", "If") or a
#: quotation. Read by :func:`_goes_on_after_break`: a line that opens so may start a new
#: paragraph after a page break, and is not joined to the one before.
_PARAGRAPH_OPENER = regex.compile(
    r"[“\"‘']"
    r"|\p{Lu}\p{Ll}*(?:-\p{Ll}+)?(?:ing|ed|ly|s)\b"
    r"|(?:Also|Further|Aware|Mindful|Conscious|Cognizant|Desirous|Indignant|Being|Having|Bearing)\b"
    r"|(?:The|This|These|That|We|Our|It|Its|There|A|An|All|Any|Each|No|Nothing|Such|In|If|For|Where|When"
    r"|Whenever|While|With|Without|To|On|At|As|After|Before|Upon|Once|Unless|Given|Pursuant|Subject"
    r"|Notwithstanding|Therefore|Yet)(?=[\s,]|$)"
)


def _rest_after_mark(kinds: list[str], i: int) -> bool:
    """Whether line ``i`` is what follows a footnote mark on a printed line, the mark having been
    moved to a line of its own: a conversion in seed 000's shape prints "...Convention against
    Corruption" ⏎ "2" ⏎ " offer important bases for", and after a mark of two digits a blank
    line more ("Crime," ⏎ "10" ⏎⏎ " and the entry into force"). The piece is indented as a
    paragraph's first line is, and may start with anything: "2015," ⏎ "13" ⏎⏎ " 37/5 of 22 March
    2018" (A/RES/78/171 in that shape). A mark that ended its printed line has a line holding a
    space and a blank line after it ("girls," ⏎ "4" ⏎ "  " ⏎⏎ " Reiterating ..."): two blank lines
    or more, after which the next printed line opens, a paragraph or not.

    >>> _rest_after_mark([BODY, MARKLINE, BODY], 2), _rest_after_mark([BODY, MARKLINE, BLANK, BODY], 3)
    (True, True)
    >>> _rest_after_mark([BODY, MARKLINE, BLANK, BLANK, BODY], 4), _rest_after_mark([BODY, BLANK, BODY], 2)
    (False, False)
    """
    return kinds[i - 1] == MARKLINE or (i >= 2 and kinds[i - 1] == BLANK and kinds[i - 2] == MARKLINE)


def _goes_on_after_break(prev_text: str, t: str, alone: bool) -> bool:
    """True if body line ``t``, the first after page furniture or footnotes, goes on with the
    paragraph whose last line before them is ``prev_text``, though ``t`` does not start in
    lower case.

    Page furniture splits no paragraph (SCHEMA.md). A paragraph left unfinished at a comma
    (a preambular paragraph or a list: "... 46/21 of 24 March 2021,10" then, on the next
    page, "S-29/1 of 12 February 2021,11 ...") goes on when the next page does not open a
    paragraph (:data:`_PARAGRAPH_OPENER`, a number or a part head: those are told before);
    after a semicolon only a number goes on ("... using tobacco;" then "150 million more
    people ..."), as a capital may open the next item. A short line standing alone with
    no closing punctuation is a heading ("Final report"), not the paragraph's end.

    >>> _goes_on_after_break("46/21 of 24 March 2021,10", "S-29/1 of 12 February 2021,11 43/26 of", False)
    True
    >>> _goes_on_after_break("Islamophobia,", "Christianophobia and antisemitism, is a threat to social", False)
    True
    >>> _goes_on_after_break("46/21 of 24 March 2021,", "Recalling also its resolution 78/1,", False)
    False
    >>> _goes_on_after_break("gross domestic product,", "Final report", True)
    False
    >>> _goes_on_after_break("using tobacco;", "150 million more people have hypertension", False)
    True
    """
    end = without_end_mark(prev_text)[-1:]
    s = t.lstrip("*_[")  # markdown: "*Recalling*", "[2044 (2012)](#)"
    if not (end == "," or (end == ";" and s[:1].isdigit())):
        return False
    if _PARAGRAPH_OPENER.match(s):
        return False
    return not (alone and len(t) < 60 and _ends_open(t))  # a heading


#: The words a sentence goes on after and no heading, title or paragraph ends with: articles,
#: prepositions, conjunctions ("... to follow the Principles and Good Practice of" ⏎⏎ "Humanitarian
#: Donorship"). Read by :func:`_goes_on_over_blank`.
_GOES_ON_WORDS = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "for",
        "and",
        "or",
        "nor",
        "to",
        "in",
        "on",
        "at",
        "by",
        "with",
        "from",
        "into",
        "among",
        "between",
        "against",
        "under",
        "as",
        "its",
        "their",
        "including",
        "such",
        "that",
        "which",
        "whose",
        "whether",
        "than",
    ]
)
#: A paragraph's number: "16. ", as OCR prints it ("16, "); and a number that may be one that lost its
#: full stop ("26 Condemns": one if an operative verb follows).
_NUMBERED_START = regex.compile(r"\d{1,3}[.,]\s")
_BARE_NUMBER_START = regex.compile(r"\d{1,3}\s+(?=\p{Lu})")


def _goes_on_over_blank(prev_text: str, t: str, first: str) -> bool:
    """True if body line ``t``, after a blank line and no furniture or footnotes, goes on with the
    line ``prev_text`` before it (the last of the block that ``first`` opens) though ``t`` starts with
    a capital or a digit.

    A markdown conversion prints each paragraph on one line and breaks it where the PDF's page
    ended, with only a blank line when that page had no footnotes (seed 004: "... and to continue
    to ensure" ⏎⏎ "coordination and coherence ..."). The break goes on a sentence when the line
    before ends with a word no sentence, heading or title ends with (:data:`_GOES_ON_WORDS`:
    "the Principles and Good Practice of" ⏎⏎ "Humanitarian Donorship"; not "and", "or", "to" after a
    comma or semicolon, before a list's next item), or with a capitalised word in a paragraph that its
    number or a preambular word opens, on its first line ``first`` (a name: "... adoption of the Madrid"
    ⏎⏎ "International Plan of Action on Ageing"; a heading ends so, but no heading opens so; a line of a
    PDF text may start with "Committed by" inside a title), or ends with a comma
    and the next line with a number that is no paragraph's (a list of dated resolutions:
    "1979 (2011) on 27 April 2011," ⏎⏎ "2044 (2012) on 24 April 2012, ..."; not a paragraph's number
    that :func:`_opens_block` did not take: "16. ‘Reiterates ..." in OCR, "26 Condemns ..." that lost its
    full stop). The lower-case case is told before.

    >>> def goes_on(prev: str, t: str, first: str = "") -> bool:
    ...     return _goes_on_over_blank(prev, t, first or prev)
    >>> goes_on("encourages efforts to follow the Principles and Good Practice of", "Humanitarian Donorship")
    True
    >>> goes_on("1979 (2011) on 27 April 2011,", r"[2044 \\(2012\\)](#) on 24 April 2012,")
    True
    >>> goes_on("Recognizing also that ... through the adoption of the Madrid", "International Plan of Action")
    True
    >>> goes_on("*Recognizing* also that ... through the adoption of the Madrid", "International Plan of Action")
    True
    >>> goes_on("*Deeply concerned* that ... the adoption of the Madrid", "International Plan of Action")
    True
    >>> goes_on("Agenda items 13 and 117", "Integrated and coordinated implementation")
    False
    >>> goes_on("Crime prevention and criminal justice", "Resolution adopted by the General Assembly")
    False
    >>> goes_on("and corrosion resistant nozzles, or", "Fast/Workboats, of any construction")
    False
    >>> goes_on("Enterprise resource planning project, Umoja", "Recalling section II of its resolution 60/283")
    False
    >>> goes_on("Committed by Means of Information and Communications Technology Systems", "Preamble",
    ...         "Strengthening International Cooperation for Combating Certain Crimes")
    False
    >>> goes_on("Recalling its resolution 78/1,", "26 Condemns without reservation any denial")
    False
    >>> goes_on("to keep the Council regularly informed of developments,", "16. ‘Reiterates its readiness")
    False

    A paragraph's or an item's number alone on the block's first line (:data:`_NUMBER_LINE`) goes on with the
    paragraph after the blank line (poppler's pdftotext prints "19." ⏎⏎ "Calls upon all States to ...").

    >>> goes_on("19.", "Calls upon all States to cooperate to prevent and suppress terrorist acts;")
    True
    """
    if len(prev_text) <= 6 and prev_text == first and _NUMBER_LINE.fullmatch(prev_text):
        return True
    last = prev_text[-1:]
    if last.isalpha():  # (cheap: most lines that reach here end with punctuation)
        at = prev_text.rfind(" ")
        word = prev_text[at + 1 :]
        if word in _GOES_ON_WORDS:
            # "..., or" ⏎⏎ "Fast/Workboats ...": a list's last item may follow its own line
            return not (word in _LIST_WORDS and prev_text[at - 1 : at] in ",;")
        # a name the page broke ("... the Madrid" ⏎⏎ "International Plan of Action on Ageing"): in
        # a paragraph that its number or a preambular word opens, which no heading or title is
        return word[:1].isupper() and (
            _NUMBERED_SURE.match(first) is not None or _PREAMBULAR_LINE.match(first) is not None
        )
    s = t.lstrip("*_[")
    return (
        s[:1].isdigit()
        and without_end_mark(prev_text)[-1:] == ","
        and not _NUMBERED_START.match(s)
        and not ((m := _BARE_NUMBER_START.match(s)) and opens_operative(s[m.end() : m.end() + 40]))
    )


#: The words that open a preambular paragraph and nothing else where a line starts after a
#: comma: the participles of the governing verbs (:data:`citegraph.verbs.VERBS`: "Recalling",
#: "Having", "Taking", "Bearing", "Concerned", ...), the openers that
#: :data:`citegraph.layout._PREAMBLE` reads from here, and a few more printed in the corpus' preambles
#: ("Observing", "Commemorating", "Dismayed"). A closed list, not any capitalised "-ing" or "-ed"
#: word: a title or a list of names goes on after a comma with those ("Production,⏎Stockpiling
#: and Use of Chemical Weapons", "Fishing Vessels,⏎Refrigerated Transport Vessels", "Piracy,⏎Armed
#: Robbery against Ships").
PREAMBULAR_OPENERS: frozenset[str] = frozenset(
    {
        w.capitalize()
        for v in VERBS.values()
        for f in v.forms
        if f and ((w := f.split()[0]).endswith("ing") or w in OPENING_ONLY)
    }
    | {
        # adjectives and past participles
        "Acting",
        "Aware",
        "Mindful",
        "Conscious",
        "Cognizant",
        "Desirous",
        "Indignant",
        "Guided",
        "Encouraged",
        "Dismayed",
        "Grieved",
        "Shocked",
        "Appalled",
        "Outraged",
        "Seized",
        "Resolved",
        "Committed",
        # participles that the verb table does not hold (it gives "Stressing", "Deploring", "Being", ...)
        "Observing",
        "Paying",
        "Responding",
        "Honouring",
        "Commemorating",
        "Reconfirming",
        "Re-emphasizing",
        "Praising",
        "Recommitting",
        "Believing",
        "Anticipating",
        "Realizing",
    }
)
#: Adverbs that open a preambular paragraph before a participle or adjective ("Deeply
#: concerned", "Also noting", "Further recalling", "Fully aware").
PREAMBULAR_ADVERBS = (
    "Deeply",
    "Gravely",
    "Seriously",
    "Strongly",
    "Firmly",
    "Fully",
    "Also",
    "Further",
    "Particularly",
    "Equally",
    "Unequivocally",
    "Solemnly",
    "Profoundly",
    "Greatly",
    "Again",
)
#: The openers and adverbs as alternations, longest first (the patterns below share them).
_OPENERS = "|".join(regex.escape(w) for w in sorted(PREAMBULAR_OPENERS, key=lambda w: (-len(w), w)))
_ADVERBS = "|".join(PREAMBULAR_ADVERBS)
#: A line that opens a preambular paragraph: an opener of :data:`PREAMBULAR_OPENERS` followed
#: by a lower-case word or a comma ("Acting under Chapter VII", "Welcoming, in this regard,"),
#: or an adverb then a participle or adjective. The word after the opener must be lower case:
#: "Acting Mediator" is a title, "Especially Women and Children" part of a name.
#: A markdown conversion may print the opener in italics ("*Recognizing* also that ...", "*Deeply
#: concerned* that ..."): the asterisks around it are read past.
_PREAMBULAR_LINE = regex.compile(
    r"\*{0,2}(?:(?:"
    + _OPENERS
    + r")|(?:"
    + _ADVERBS
    + r")\s+(?:\p{Ll}+(?:ing|ed)|aware|mindful|conscious|cognizant|desirous))\*{0,2}(?=,|\s+\p{Ll})"
)


#: Any participle opens a preambular paragraph after the end of the last ("..., Sharing the deep concern"), and
#: an opener of the table before a name ("..., Recalling Human Rights Council resolutions", where
#: :data:`_PREAMBULAR_LINE` wants a small word), but not "Acting" before a name ("Acting Mediator") nor a word
#: of a name ("the Development, Production, Stockpiling and Use of ..."), nor a preposition or a noun in -ing
#: (:data:`_NOT_PARTICIPLES`: "3." ⏎ "During this period, small island developing States ..."); and an adverb's
#: pair, "Further gravely concerned at".
_NOT_PARTICIPLES = (
    "During|Including|Concerning|Regarding|Following|According|Pending|Excluding|Notwithstanding|Barring"
    "|Nothing|Something|Everything|Anything|Morning|Evening|Spring|Beijing|Wellington|Washington|Bearing"
)
PARTICIPLE_OPENER = regex.compile(
    r"\**(?!Acting\s+\p{Lu})(?:(?:"
    + _OPENERS
    + rf")\**\s+\p{{Lu}}|(?!(?:{_NOT_PARTICIPLES})\b)\p{{Lu}}\p{{Ll}}+ing\**\s+(?!(?:and|or|of|for)\b)\p{{Ll}}|(?:"
    + _ADVERBS
    + r")\s+\p{Ll}+ing\**\s|(?:Further|Also|Again)\s+\p{Ll}+ly\s+\p{Ll}+(?:ed|ing)\s)"
)


def opens_preamble(text: str, pos: int = 0) -> bool:
    """Whether ``text`` opens a preambular paragraph at ``pos``: an opener of the table before a small word
    (:data:`_PREAMBULAR_LINE`), or one of :data:`PARTICIPLE_OPENER`'s.

    >>> opens_preamble("Recalling Human Rights Council resolution 5/1"), opens_preamble("Stockpiling and Use")
    (True, False)
    """
    return _PREAMBULAR_LINE.match(text, pos) is not None or PARTICIPLE_OPENER.match(text, pos) is not None


def _opens_preamble_after_comma(prev_text: str, t: str) -> bool:
    """True if body line ``t``, printed right after ``prev_text`` with no blank line, opens a
    new preambular paragraph: ``prev_text`` ends with a comma (marks aside), as a preambular
    paragraph does, or with a full stop, as a sentence does (OCR: "of 30 November 1992, .⏎Having
    studied the report"), and ``t`` starts with a preambular opener (:data:`_PREAMBULAR_LINE`).

    The Security Council texts print most paragraphs after a blank line but some right on the
    next line ("Determined to secure full compliance with its decisions,⏎Acting under Chapter
    VII of the Charter,"); a paragraph's own lines never start so after a comma, while a list
    or a name may go on with a capital ("Recalling its resolutions ...,⏎Security Council
    resolution ...").

    >>> _opens_preamble_after_comma("difficulty and danger,", "Aware of the enormous difficulties in")
    True
    >>> _opens_preamble_after_comma("repressive laws, 12", "Reaffirming that the existence of the")
    True
    >>> _opens_preamble_after_comma("in that respect,", "Also noting that the implementation of")
    True
    >>> _opens_preamble_after_comma("in that respect,", "*Also noting* that the implementation of")
    True
    >>> _opens_preamble_after_comma("Trafficking in Persons,", "*Especially* Women and Children")
    False
    >>> _opens_preamble_after_comma("Security Council,", "Acting Mediator in Palestine")
    False
    >>> _opens_preamble_after_comma("Trafficking in Persons,", "Especially Women and Children, supplementing")
    False
    >>> _opens_preamble_after_comma("its decisions", "Acting under Chapter VII of the Charter,")
    False
    >>> _opens_preamble_after_comma("of 30 November 1992, .", "Having studied the report of the Secretary-General")
    True
    >>> _opens_preamble_after_comma("for humanitarian activities,", "Reaffirming")
    True
    >>> _opens_preamble_after_comma("3.", "Recalling that, during this period, ...")
    False
    """
    last = prev_text[-1:]
    if not (last in ",.;”)" or last.isdigit() or last in SUPERSCRIPTS or last == "$"):
        return False
    end = without_end_mark(prev_text)[-2:]
    if not (end[-1:] in ",.;”" or (end[-1:] == ")" and end[:1].isdigit())):  # OCR lost a comma: "(S/1994/16)"
        return False
    if len(prev_text) <= 6 and _NUMBER_LINE.fullmatch(prev_text.strip("* ")):
        return False  # a paragraph's number on a line of its own ("3." ⏎ "During this period, ..."): its text
    return (
        opens_preamble(t)
        # the opener alone on its line (pypdf: "Reaffirming" ⏎ "the ...")
        or t.strip("* ") in PREAMBULAR_OPENERS
        # the one operative paragraph of a text that numbers none, after the preamble's last comma
        or (end[-1:] in ",;" and opens_operative(t))
    )


#: A paragraph's or an item's number alone on a line: "3.", "(a)", "12)".
_NUMBER_LINE = regex.compile(r"\(?\d{1,3}[.)]|\([a-z]{1,4}\)")


def _starts_lower(t: str) -> bool:
    s = t.lstrip("*_[“\"‘'(")
    return bool(s) and s[0].islower()


#: The quotation marks that open a quoted text.
_OPENING_QUOTES = frozenset('“"‘')


def _ends_open(t: str) -> bool:
    """True if a body text ends mid-sentence (no closing punctuation), marks aside."""
    s = without_end_mark(t)
    return bool(s) and s[-1] not in '.,;:!?)]”"’*'


def without_end_mark(t: str) -> str:
    """``t`` as it would end without a footnote mark at its end, right-stripped.

    A text is judged by its last character (a paragraph ends in "," ";" "." ...), and a
    mark printed after that character hides it: "on its behalf, 18" ends as "on its
    behalf," does. The mark may be a superscript, a LaTeX-like mark or one to three digits
    after punctuation or a word, glued or after a space; it is still in the text when no
    footnote text was found for it (a Security Council text whose footnotes were left out),
    so :func:`citegraph.layout.layout` judges a block's end by this too, as the block
    building here (:func:`_ends_open`) does. A number after a word is cut as well ("Article
    9" -> "Article"): that text still ends in a letter, so its judgment does not change.

    >>> without_end_mark("Recalling the statement made on its behalf, 18")
    'Recalling the statement made on its behalf,'
    >>> without_end_mark("the Governors Island Agreement,¹ "), without_end_mark("Article 9")
    ('the Governors Island Agreement,', 'Article')
    >>> without_end_mark("for the Republic of Bosnia and Herzegovina, 5/"), without_end_mark("UNEP/EA.5/")
    ('for the Republic of Bosnia and Herzegovina,', 'UNEP/EA.5/')
    """
    s = t.rstrip(_SPACE_STAR_SUP)
    # a trailing mark ends in a digit, "$" or "/" and is at most 12 characters long: search only
    # there, not along the whole line
    m = (
        _TRAILING_MARK.search(s, max(0, len(s) - 16))
        if s[-1:].isdigit() or s[-1:] in ("$", "\n", "/")
        else None
    )
    if m:
        s = s[: m.start()] + s[m.end() :]
    return s.rstrip(" *")


_SPACE_STAR_SUP = " *" + SUPERSCRIPTS
_TRAILING_MARK = regex.compile(
    r"(?<=[,;:.)”’\"\p{L}])\s{0,3}\d{1,3}$|\$\^\{\^?\{?\d{1,3}\}?\}\$$"
    # a "N/" mark ("Herzegovina, 5/"), after a space or glued to punctuation (not to "." or a
    # letter: "UNEP/EA.5/", "A/47/")
    r"|(?<=[,;:.)”’\"\p{L}])\s{1,3}\d{1,2}/$|(?<=[,;:)”’\"])\d{1,2}/$"
)


#: The longest text whose offsets :func:`_offset_ints` keeps ready (about 36 MB of ints at most).
_POOL_MAX = 1 << 20
_POOL: list[int] = []


def _offset_ints(n: int) -> list[int]:
    """A list ``[0, 1, ..., n - 1]`` or longer, shared by every text up to :data:`_POOL_MAX` long.

    An offset map holds one int per character, and creating (then freeing) millions of
    int objects was a fifth of :func:`analyse`'s time. Slicing this list copies pointers
    to int objects made once and shared by every offset map, with equal values.
    """
    if len(_POOL) < n:
        if n > _POOL_MAX:
            return list(range(n))
        _POOL.extend(range(len(_POOL), n))
    return _POOL


def _run_offsets(out: list[int], ints: list[int], runs: list[int], length: int, start: int, end: int) -> None:
    """Append to ``out`` the offsets of ``raw[start:end]``, for a raw block text ``length`` long.

    ``runs`` maps the raw text to the original in runs of consecutive offsets, as a flat
    list ``[raw_start, orig_start, ...]`` (no tuple per run): a run goes on to the next
    run's ``raw_start`` (or to ``length``). A body line and the line break after it are
    often one run, a paragraph too: the offsets are then one slice of ``ints``
    (:func:`_offset_ints`), not one list per block copied again.
    """
    n = len(runs)
    for i in range(0, n, 2):
        rs = runs[i]
        re_ = runs[i + 2] if i + 2 < n else length
        lo = start if start > rs else rs
        hi = end if end < re_ else re_
        if lo < hi:
            os = runs[i + 1] - rs
            out += ints[os + lo : os + hi]


_ESCAPE = regex.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|])")  # the backslash of \( \) \_ ...
_ESCAPE_OR_MARK = regex.compile(_ESCAPE.pattern + r"|\$\^\{\^?\{?\d{1,3}\}?\}\$|[⁰¹²³⁴⁵⁶⁷⁸⁹]+")


#: The characters that :data:`_MARKUP` and :data:`_ESCAPE` (or :data:`_ESCAPE_OR_MARK`) need.
_CLEAN_TRIGGER = regex.compile(r"[\[*\\]")
_CLEAN_OR_MARK_TRIGGER = regex.compile(r"[\[*\\$⁰¹²³⁴⁵⁶⁷⁸⁹]")


def _clean_spans(original: str, start: int, end: int, keep_marks: bool) -> list[tuple[int, int]]:
    """The sub-spans of ``original[start:end]`` that survive markup removal.

    Links keep their text, ``*`` go, escaping backslashes go; in footnote text
    (``keep_marks=False``) superscript and LaTeX-like marks go too.
    """
    if not (_CLEAN_TRIGGER if keep_marks else _CLEAN_OR_MARK_TRIGGER).search(original, start, end):
        return [(start, end)] if end > start else []  # most lines: nothing to remove
    spans: list[tuple[int, int]] = []
    pos = start
    for m in _MARKUP.finditer(original, start, end):
        spans.append((pos, m.start()))
        if m.group("keep") is not None:
            spans.append((m.start("keep"), m.end("keep")))
        pos = m.end()
    spans.append((pos, end))
    drop = _ESCAPE if keep_marks else _ESCAPE_OR_MARK
    out: list[tuple[int, int]] = []
    for s, e in spans:
        p = s
        for m in drop.finditer(original, s, e):
            out.append((p, m.start()))
            p = m.end()
        out.append((p, e))
    return [(s, e) for s, e in out if e > s]


_SPACE_RUN = regex.compile(r" {2,}|(?<=\p{L}(?P<hyphen>-)) (?=\p{L})")
#: A markdown link whose text holds a line break ("[1720" ⏎ "\\(2006\\)](#)"): its text is group 1.
_BROKEN_LINK = regex.compile(
    r"\[([^\[\]\n]{0,200}\n[^\[\]\n]{0,200})\]\((?:[^()\s]|\([^()\s]{0,40}\)){0,400}\)"
)


def _one_space(original: str, spans: list[tuple[int, int]], hyphens: bool = True) -> list[tuple[int, int]]:
    """``spans`` of ``original`` with each run of spaces in them cut to its first space, and the space after
    a hyphen between letters dropped: in a flattened text, where a line break was ("self- determination",
    "Secretary- General"), read as the normaliser reads a line-end hyphen; a month's name so broken is one
    word again ("10 Au- gust" is "10 August"). With ``hyphens`` false, runs of spaces only.

    >>> t = "further   initiatives for self- determination on 10 Au- gust"
    >>> "".join(t[s:e] for s, e in _one_space(t, [(0, len(t))]))
    'further initiatives for self-determination on 10 August'
    """
    out: list[tuple[int, int]] = []
    for s, e in spans:
        p = s
        for m in _SPACE_RUN.finditer(original, s, e):
            if m["hyphen"] is None:
                out.append((p, m.start() + 1))  # a run of spaces: its first
            elif not hyphens:
                continue
            elif (w := _WORD_START.match(original, m.end())) and (
                original[original.rfind(" ", s, m.start()) + 1 : m.start() - 1] + w[0] in _MONTH_NAMES
            ):
                out.append((p, m.start() - 1))  # "Au- gust": the hyphen goes too
            else:
                out.append((p, m.start()))  # "self- determination": the hyphen stays, the space goes
            p = m.end()
        out.append((p, e))
    return [(s, e) for s, e in out if e > s]


#: The months' names, for :func:`_month_broken`.
_MONTH_NAMES = frozenset(MONTHS)
#: The letters that end a line before its hyphen, and the letters that open the next line.
_WORD_END = regex.compile(r"[A-Z][a-z]{0,7}-$")
_WORD_START = regex.compile(r"[a-z]{1,8}")


def _month_broken(prev: str, line: str) -> bool:
    """Whether ``prev`` ends in the first part of a month's name broken at a hyphen that ``line`` ends.

    >>> _month_broken("207 (1965) of 10 Au-", "gust and 219 (1965)")
    True
    >>> _month_broken("a high-", "level meeting")
    False
    """
    if prev[-1:] != "-" or not line[:1].islower():
        return False
    m = _WORD_END.search(prev)
    n = _WORD_START.match(line)
    return m is not None and n is not None and m[0][:-1] + n[0] in _MONTH_NAMES


def analyse(original: str) -> Normalized:
    r"""Read ``original`` into normalised text, body blocks, footnotes and marks (see module doc).

    A carriage return that ends a line alone (old Mac text) is read as the line feed it stands for, and one
    before a line feed (Windows text) as a space, the line's trailing space, which every pattern allows; one
    character for one, so that every offset still points into ``original`` as given. The header's patterns
    then see Windows text as they see Unix text: a blank line is "\n \n", not "\n\r\n" (which hid the end of
    a draft's agenda block and ran it into its sponsor line). A paragraph number's escaped full stop ("1\\. *Takes
    note* ...") is read the same way, one for one, as the "1.  " it stands for (:data:`_ESCAPED_NUMBER_DOT`), a
    no-break or other fixed-width space as a space (:data:`_WIDE_SPACE`), and html2text's ``_italics_`` as the
    ``*italics*`` the other converters write (:data:`_UNDERSCORE_EMPHASIS`).

    >>> n = analyse("Hungary and Italy: draft resolution\r\n\r\nThe General Assembly,\r\n")
    >>> n.original == "Hungary and Italy: draft resolution \n \nThe General Assembly, \n"
    True
    >>> analyse("_Recalling_ its resolution\u00a075/196,").text
    'Recalling its resolution 75/196,'
    """
    if "\r" in original:
        original = _LONE_CR.sub("\n", original).replace("\r\n", " \n")
    # (one str search per space character: seven times the regex's speed on a text that holds none)
    if not original.isascii() and any(c in original for c in _WIDE_SPACES):
        original = _WIDE_SPACE.sub(" ", original)
    if "\\." in original:
        original = _ESCAPED_NUMBER_DOT.sub(r"\1. ", original)
    if "_" in original and _UNDERSCORE_EMPHASIS.search(original):
        original = _UNDERSCORE_EMPHASIS.sub(r"*\1*", original)
    from citegraph.flat import relines  # (flat reads with this module's openers: imported here, not above)

    flat = relines(original)  # a document flattened onto one line gets its lines back (citegraph.flat)
    # each of the lines it gets is a paragraph's, a header line, a footnote or furniture, or the part of a
    # paragraph that a page break cut: they are read as the lines of a text with a blank line between them
    relined = flat is not original
    original = flat
    # a text laid out in columns of spaces (pdftotext -layout) gets its lines moved to the left, in the shape
    # pypdf prints: a paragraph's first line opens with a space; a text indented or quoted as a whole is moved
    # left, and one with every line break doubled gets single ones (citegraph.columns)
    aligned = original if relined else plain_lines(original)
    columns = aligned is not original
    original = aligned
    if "#" in original or "^" in original or "<sup>" in original or _bracketed_number(original):
        original = _markdown_notes(original)
    # a link whose text a wrapped line broke ("and [1720" ⏎ "\(2006\)](#) of"), which markup removal, line by
    # line, would not see: its brackets and address become spaces, one character for one
    broken_links = "[" in original and _BROKEN_LINK.search(original) is not None
    if broken_links:
        original = _BROKEN_LINK.sub(lambda m: " " + m[1] + " " * (m.end() - m.end(1)), original)
    spaced = relined or broken_links or columns  # runs of spaces in a line stand for one (see _one_space)
    lines = _lines(original)
    classes = _classify(lines, relined)
    _running_titles(lines, classes, original)
    for sep in classes.separators:  # (after the running titles, which end a footnote zone as furniture)
        _renumber_zone(lines, classes.kinds, classes.numbers, classes.body_starts, sep)
    kinds, numbers = classes.kinds, classes.numbers
    indent_shape = _is_indent_shape(lines, kinds)
    line_pages = indent_shape and classes.line_pages

    # Group body lines into blocks (lists of line indices); footnotes into (number, [line indices]).
    blocks: list[list[int]] = []
    footnotes: dict[int, list[int]] = {}
    current_fn: int | None = None
    cur: list[int] = []
    boundary = False  # a blank line (blank shape) or other break since the last body line
    interrupted = False  # furniture or footnotes since the last body line

    def close() -> None:
        nonlocal cur
        if cur:
            blocks.append(cur)
        cur = []

    n_lines = len(lines)

    def _stands_alone(i: int) -> bool:
        """Whether line ``i`` is followed by a blank line (or a new indented paragraph), or by nothing."""
        j = i + 1
        if j >= n_lines:
            return True
        return kinds[j] == BLANK or (indent_shape and lines[j][INDENT])

    organ_done = False
    last_body = ""
    prev_head = False  # the last body line is the organ's line or a part head
    for i, k in enumerate(kinds):
        if k == BLANK:
            boundary = True
            continue
        if k == FURN:
            interrupted = True
            current_fn = None
            continue
        if k == FN_START:
            interrupted = True
            if numbers[i] not in footnotes:
                footnotes[numbers[i]] = [i]
                current_fn = numbers[i]
            else:
                current_fn = None  # a repeated number: keep the first footnote
            continue
        if k == FN_CONT:
            if current_fn is not None:
                footnotes[current_fn].append(i)
            continue
        current_fn = None
        if k == MARKLINE:
            if cur:
                cur.append(i)
            continue
        # BODY. Each line is tested once for the organ's line and a part head (the tests are
        # needed again when it is the previous line), and each pattern only on a line that
        # starts as its matches do.
        t = lines[i][TEXT]
        c0 = t[0]
        organ_t = len(t) < 130 and "The" in t and _is_organ(t)  # (the cheap tests of _is_organ, inline)
        part_t = len(t) <= 16 and c0 in _HEAD_OPENERS and _is_part_head(t)
        if not cur:  # the first body line, which may be the organ's ("The Security Council," first)
            cur = [i]
            organ_done = organ_t
        elif indent_shape and lines[i][INDENT] and _rest_after_mark(kinds, i):
            cur.append(i)  # the rest of a printed line whose mark was moved to a line of its own
        else:
            prev_text = last_body  # the last body line of the current block
            is_organ = not organ_done and organ_t
            candidate = (lines[i][INDENT] if indent_shape else boundary) or interrupted
            split = False
            if (
                is_organ
                or prev_head
                or part_t
                # (most lines go on a sentence and start with a letter no head starts with)
                or ((c0 in _HEAD_LINE_OPENERS or c0 > _ASCII_MAX) and _opens_block(t, prev_text, organ_done))
                # a paragraph printed on the next line with no blank line before it (blank shape), or
                # with its indent lost (indent shape: A/C.3/80/L.3 read from its PDF)
                or (organ_done and "A" <= c0 <= "Z" and _opens_preamble_after_comma(prev_text, t))
            ):
                split = True
            elif candidate and not interrupted and not indent_shape:
                # a blank line: a new block unless the sentence goes on ("... Council resolution\n\n2021/25 of"),
                # or a quotation follows its colon ("its Article 2, paragraph 4, which reads:\n\n“ All Members")
                split = not (
                    _starts_lower(t)
                    or (_ends_open(prev_text) and not t.lstrip("*_[“\"‘'(")[:1].isupper())
                    or (c0 in _OPENING_QUOTES and prev_text.rstrip().endswith(":"))
                    or _goes_on_over_blank(prev_text, t, lines[cur[0]][TEXT])
                )
            elif candidate and line_pages and not interrupted and kinds[i - 1] == BLANK:
                # seed 000's shape: a line opened by a space after a blank line opens a paragraph, also
                # after a line with no closing punctuation, a heading ("International Trade Centre" ⏎⏎
                # " Approves resources ...", A/RES/78/253); a page's first line has no blank line before it
                split = not _starts_lower(t)
            elif candidate:
                split = not (
                    _starts_lower(t)
                    or _ends_open(prev_text)
                    or (interrupted and _goes_on_after_break(prev_text, t, _stands_alone(i)))
                    # a page's first line right after the last line of a page with no footnotes (seed
                    # 000's shape, where only a page's last line has no blank line after it)
                    or (line_pages and kinds[i - 1] == BODY and _goes_on_after_break(prev_text, t, False))
                )
            if is_organ:
                organ_done = True
            if split:
                close()
                cur = [i]
            else:
                cur.append(i)
        last_body = t
        prev_head = organ_t or part_t
        boundary = relined
        interrupted = False
    close()

    # Raw block texts (markup out, marks still in), with their offset runs and own-line marks.
    raws: list[tuple[str, list[int], dict[int, int]]] = []
    ints = _offset_ints(len(original) + 1)
    markup = any(c in original for c in "[*\\")  # what _clean_spans removes from body lines
    for blk in blocks:
        text_parts: list[str] = []
        runs: list[int] = []  # see _run_offsets
        rpos = 0  # the length of the raw text so far
        nxt = -1  # the original offset that would go on the last run
        strong_at: dict[int, int] = {}  # position in block -> mark number (mark lines)
        prev_text: str | None = None  # the last line added, and where it ends
        prev_end = 0
        for i in blk:
            ln_start, ln_end, t, _ = lines[i]
            if kinds[i] == MARKLINE:
                strong_at[rpos] = numbers[i] or 0
                continue
            if prev_text is not None and _month_broken(prev_text, t):
                # "10 Au-⏎gust": a month's name broken over a line is one word again (its hyphen dropped)
                text_parts[-1] = text_parts[-1][:-1]
                rpos -= 1
                nxt = -1
            elif prev_text is not None and not (
                prev_text[-1] == "-"
                and (
                    (prev_text[-2:-1].isalpha() and t[:1].isalpha())
                    or (prev_text[-2:-1].isdigit() and t[:1].isdigit())
                )
            ):
                # a line break; "high-\nlevel" and "2015-\n2030" keep their hyphen, no space
                text_parts.append(" ")
                if prev_end != nxt:
                    runs.append(rpos)
                    runs.append(prev_end)
                rpos += 1
                nxt = prev_end + 1
            # a flattened text's runs of spaces and hyphens before a space, where its lines ended; a broken link's
            squeeze = (spaced and "  " in t) or (relined and "- " in t)
            if squeeze or (markup and ("[" in t or "*" in t or "\\" in t)):
                spans = (
                    _clean_spans(original, ln_start, ln_end, keep_marks=True)
                    if markup and ("[" in t or "*" in t or "\\" in t)
                    else [(ln_start, ln_end)]
                )
                for s, e in _one_space(original, spans, relined) if squeeze else spans:
                    text_parts.append(original[s:e])
                    if s != nxt:
                        runs.append(rpos)
                        runs.append(s)
                    rpos += e - s
                    nxt = e
            else:  # nothing to remove: the line is original[ln_start:ln_end] (no list, no tuple made)
                text_parts.append(t)
                if ln_start != nxt:
                    runs.append(rpos)
                    runs.append(ln_start)
                rpos += ln_end - ln_start
                nxt = ln_end
            prev_text, prev_end = t, ln_end
        raws.append(("".join(text_parts), runs, strong_at))

    fn_texts = {k: " ".join(lines[i][TEXT] for i in idx) for k, idx in footnotes.items()}

    def source(bi: int, p: int) -> str:
        """The original text from position ``p`` of raw block ``bi`` on (a few characters)."""
        runs = raws[bi][1]
        j = 0
        while j + 2 < len(runs) and runs[j + 2] <= p:
            j += 2
        o = runs[j + 1] + p - runs[j]
        return original[o : o + 4]

    drops = _assign_marks([r[0] for r in raws], [r[2] for r in raws], set(footnotes), fn_texts, source)
    parts: list[str] = []  # the normalised text, in pieces
    offsets: list[int] = []
    length = 0
    out_blocks: list[Block] = []
    marks: list[Mark] = []
    for bi, (raw, runs, _) in enumerate(raws):
        if out_blocks:
            sep = offsets[-1] + 1 if offsets else 0
            parts.append("\n\n")
            offsets += (sep, sep)
            length += 2
        start = length
        pos = 0
        for ds, de, num, first in drops[bi]:
            if ds > pos:
                parts.append(raw[pos:ds])
                _run_offsets(offsets, ints, runs, len(raw), pos, ds)
                length += ds - pos
            if first:
                marks.append(Mark(num, length, bi))
            pos = max(pos, de)
        if pos < len(raw):  # most blocks drop nothing
            parts.append(raw[pos:] if pos else raw)
            _run_offsets(offsets, ints, runs, len(raw), pos, len(raw))
            length += len(raw) - pos
        out_blocks.append(Block("body", start, length))

    body_starts = classes.body_starts
    for num in sorted(footnotes):
        if out_blocks:
            sep = offsets[-1] + 1 if offsets else 0
            parts.append("\n\n")
            offsets += (sep, sep)
            length += 2
        start = length
        first = True
        prev_fn_end = None
        for i in footnotes[num]:
            ln_start, ln_end, _, _ = lines[i]
            s0 = body_starts[i] if first and i in body_starts else ln_start
            if s0 >= ln_end and first:
                first = False
                continue
            if prev_fn_end is not None:
                parts.append(" ")
                offsets.append(prev_fn_end)
                length += 1
            for s, e in _clean_spans(original, s0, ln_end, keep_marks=False):
                parts.append(original[s:e])
                offsets += ints[s:e]
                length += e - s
            prev_fn_end = ln_end
            first = False
        out_blocks.append(Block("footnote", start, length, num))

    text = "".join(parts)
    offsets.append((offsets[-1] + 1) if offsets else 0)
    # Spans tight around the text; a mark left of trailing spaces stays inside its block.
    for blk in out_blocks:
        while blk.end > blk.start and text[blk.end - 1].isspace():
            blk.end -= 1
        while blk.start < blk.end and text[blk.start].isspace():
            blk.start += 1
    for mk in marks:
        blk = out_blocks[mk.block]
        mk.offset = min(max(mk.offset, blk.start), blk.end)
    return Normalized(original=original, text=text, offsets=offsets, blocks=out_blocks, marks=marks)


def _candidates(raw: str, strong_at: dict[int, int]) -> list[tuple[int, int, str, int]]:
    """Every place in ``raw`` that may be a footnote mark: (start, end, form, number)."""
    cands: list[tuple[int, int, str, int]] = [(pos, pos, "line", num) for pos, num in strong_at.items()]
    matches = list(_MARK_DIGITS.finditer(raw))
    # most blocks are ASCII: then only "$" may open a _MARK_SUP match (one-character searches)
    if "$" in raw or (not raw.isascii() and any(c in raw for c in SUPERSCRIPTS)):
        matches += _MARK_SUP.finditer(raw)
    for m in matches:  # in any order: the candidates are sorted below
        form = m.lastgroup or ""
        s, e = m.span()
        if form == "alone" or form == "big":  # (most matches stand alone)
            tok = m[0]
            if form == "alone":
                cands.append((s, e, "alone", int(tok)))
            if _split_after(raw, e):
                # "Agenda 216 and" = Agenda 21 + mark 6; "at least 56514 humanitarian" = 565 + mark 14
                for k in (1, 2):
                    if len(tok) - k >= 2 and tok[-k] != "0":
                        cands.append((e - k, e, "split", int(tok[-k:])))
        elif form == "sup":
            cands.append((s, e, "sup", int(m[0].translate(_SUP))))
        elif form == "slashmark":
            cands.append((s, e, form, int(m[0][:-1])))
        elif form == "latex":
            cands.append((s, e, "sup", int(_DIGITS.search(m[0])[0])))
        elif form in ("year", "ymark"):
            cands.append((m.start("ymark"), m.end("ymark"), "year", int(m["ymark"])))
        elif form == "hyph":
            # "on COVID-1915 and" = COVID-19 + mark 15 (or COVID-191 + mark 5): the name keeps two digits
            tok = m[0]
            for k in (1, 2):
                if len(tok) - k >= 2 and tok[-k] != "0":
                    cands.append((e - k, e, "hyph", int(tok[-k:])))
        elif form == "punct" and _thousands_group(raw, s, e):
            continue  # "535,042,000 dollars": the "042" of an amount is no mark 42
        elif form == "short":
            if m[0][-1] != "0":
                cands.append((e - 1, e, "short", int(m[0][-1])))
        elif form in ("dot", "slash") and _DESIGNATION_BEFORE.search(raw[max(0, s - 6) : s]):
            # "decisions 1/CMA.3 and": the session is no mark; "1/CP.2731" = 1/CP.27 + mark 31,
            # "1/CMA.328" = 1/CMA.3 + mark 28 or 1/CMA.32 + mark 8 (the footnote order decides)
            tok = m[0]
            for k in (1, 2):
                if 1 <= len(tok) - k <= 2 and tok[-k] != "0":
                    cands.append((e - k, e, "slash", int(tok[-k:])))
        elif form == "slash":  # a symbol with a mark glued on: every split leaving >= 2 digits
            tok = m[0]
            # keep at least three digits of the number (two after a roman numeral, "VIII/19", or
            # before a two-digit mark, "54/2639"): "61/142" is resolution 61/142, not 61/14 + mark 2
            roman = s >= 2 and raw[s - 2] in "IVX"
            for k in (1, 2):
                need = 2 if (roman or k == 2) else 3
                if len(tok) - k >= need and tok[-k] != "0":
                    cands.append((e - k, e, "slash", int(tok[-k:])))
        elif form == "dot" and _ABBREV_BEFORE_DOT.search(raw[max(0, s - 8) : s]):
            continue
        else:
            cands.append((s, e, form, int(m[0])))
    cands.sort()
    return cands


#: A digit and the comma after it: the cheap test of :func:`_thousands_group`.
_DIGIT_COMMAS = frozenset(d + "," for d in "0123456789")
#: The groups of a thousands-grouped number before a comma: one to three digits that no word,
#: symbol or decimal runs into ("535,", "535,042,"; not "2021," nor the "14," of "5/14,118").
_THOUSANDS_BEFORE = regex.compile(r"(?<![\w/.\-])\d{1,3}(?:,\d{3})*,\Z")


def _thousands_group(raw: str, s: int, e: int) -> bool:
    """Whether the digits ``raw[s:e]`` after a comma are a group of a thousands-grouped number:
    three digits after a comma that follows a run of one to three digits ("535,042,000",
    "22,002,700"), never a mark. A comma after a year ("2021,123") or a symbol ("resolution
    5/14,118") leaves a mark.

    >>> _thousands_group("of 535,042,000 dollars", 7, 10), _thousands_group("of 535,042,000 dollars", 11, 14)
    (True, True)
    >>> _thousands_group("in 2021,123 the", 8, 11), _thousands_group("of 1988,12 the", 8, 10)
    (False, False)
    >>> _thousands_group("international law”,103 and", 19, 22), _thousands_group("resolution 5/14,118 and", 16, 19)
    (False, False)
    """
    return (
        e - s == 3
        and raw[s - 2 : s] in _DIGIT_COMMAS
        and _THOUSANDS_BEFORE.search(raw, max(0, s - 40), s) is not None
    )


#: The forms of a candidate that stand as a mark whatever follows: glued to a word, after its
#: punctuation or full stop, superscript, or on its own line: one of them after a split-off
#: digit of a count, in order, is the first mark instead (``better_later`` in :func:`_assign_marks`).
_PLAIN_MARK_FORMS = frozenset(["glued", "punct", "dot", "sup", "line"])


def _assign_marks(
    raws: list[str],
    strong: list[dict[int, int]],
    fn_numbers: set[int],
    fn_texts: dict[int, str] | None = None,
    source: Callable[[int, int], str] | None = None,
) -> list[list[tuple[int, int, int, bool]]]:
    """Decide which candidates are footnote marks; per block, the spans to drop.

    Each span is (start, end, number, first): ``first`` for the mark where a footnote's
    number first appears. The first marks are found in number order, each after the
    previous one, so that one missed mark does not hide the next. A superscript, a
    LaTeX-like mark or a mark on its own line is always a mark (and dropped even when
    its footnote text is absent). A digit glued to a word, to punctuation or to a year,
    or standing alone, is the first mark of footnote k only if it reads k; after that
    first mark, a glued or comma-led k is a reused mark, unless it makes a code or a count
    (:data:`_LETTER_CODE`, :data:`_COUNT_LIST`). "from 7 to 12 March" keeps its 7.
    A digit split off a count ("268 injuries") yields to a plain mark of k after it and before
    the mark of the next footnote ("harassment,8").
    """
    flat: list[tuple[int, int, int, int, str, int]] = []  # (block, start, end, form, number)
    for bi, raw in enumerate(raws):
        for s, e, form, num in _candidates(raw, strong[bi]):
            flat.append((bi, s, e, 0, form, num))
    by_number: dict[int, list[int]] = {}
    for idx, c in enumerate(flat):
        by_number.setdefault(c[5], []).append(idx)

    def first_ok(idx: int, k: int) -> bool:
        bi, s, e, _, form, _num = flat[idx]
        if form == "short":
            return _footnote_names(fn_texts or {}, k, raws[bi], s)
        if form in ("alone", "split"):
            return _alone_ok(raws[bi], s, e, k, k, set())
        return True

    def better_later(idx: int, k: int, after: int | None) -> int:
        """A mark of ``k`` in a plain form (:data:`_PLAIN_MARK_FORMS`) after the split number at
        ``idx`` and before the first mark of footnote ``after``, if any; else ``idx``. "268
        injuries, ... and harassment,8": the "8" of a count is a weaker reading than the mark
        glued to the comma that follows, in order."""
        places = by_number[k]
        bound = len(flat)
        if after is not None:
            nxt = by_number.get(after, [])
            for j in nxt[bisect_left(nxt, idx + 1) :]:
                if first_ok(j, after):
                    bound = j
                    break
        for j in places[bisect_left(places, idx + 1) :]:
            if j >= bound:
                break
            if flat[j][4] in _PLAIN_MARK_FORMS:
                return j
        return idx

    first_at: dict[int, int] = {}  # footnote number -> index in flat of its first mark
    pointer = 0
    ordered = sorted(fn_numbers)
    for ki, k in enumerate(ordered):
        places = by_number.get(k, [])
        for idx in places[bisect_left(places, pointer) :]:
            if not first_ok(idx, k):
                continue
            if flat[idx][4] == "split":
                idx = better_later(idx, k, ordered[ki + 1] if ki + 1 < len(ordered) else None)
            first_at[k] = idx
            pointer = idx + 1
            break
    # A mark printed out of order (the yearbook's "(S/12958), 7" before the mark of 6): look
    # anywhere, once the ordered pass is done.
    taken = set(first_at.values())
    for k in sorted(fn_numbers - set(first_at)):
        for idx in by_number.get(k, []):
            if idx in taken or flat[idx][4] == "year" or not first_ok(idx, k):
                continue
            first_at[k] = idx
            taken.add(idx)
            break
    firsts = {idx: k for k, idx in first_at.items()}
    drops: list[list[tuple[int, int, int, bool]]] = [[] for _ in raws]
    if len(first_at) < len(fn_numbers):  # a footnote with no mark found: its mark may be misread
        for k in sorted(fn_numbers - set(first_at)):
            ocr = _misread_mark(raws, flat, first_at, fn_numbers, k, source)
            if ocr:
                drops[ocr[0]].append((ocr[1], ocr[2], k, True))
    for idx, (bi, s, e, _, form, num) in enumerate(flat):
        if idx in firsts:
            drops[bi].append((s, e, num, True))
            continue
        if form in ("sup", "line"):
            drops[bi].append((s, e, num, False))
            continue
        if num not in first_at or idx < first_at[num]:
            continue
        raw = raws[bi]
        if (
            form in ("punct", "dot", "slashmark")
            or (form == "glued" and not _LETTER_CODE.match(raw, s - 1))
            or (
                form == "alone"
                and _alone_ok(raw, s, e, num, None, {num})
                and not _COUNT_LIST.search(raw, max(0, s - 80), e + 2)
            )
        ):
            drops[bi].append((s, e, num, False))
    return [sorted(d) for d in drops]


#: What a number read again as a footnote's mark (not the first) never is: its digits glued to a
#: lone capital that is no roman numeral make a code ("section S1", "the U4 Anti-Corruption
#: Resource Centre"), and a number after a comma, before a capitalised word, is a count when
#: the list item before the comma opened with a number and such a word too ("seven new posts
#: (2 P-5, 3 P-4 and 2 P-3)").
_LETTER_CODE = regex.compile(r"(?<![^\s(])[A-HJ-UWYZ]\d")
_COUNT_LIST = regex.compile(r"[(:,]\s*\d{1,3}\s+[A-Z][^,;()]{0,60},\s+\d{1,3}\s[A-Z]$")


#: A footnote mark of two or three digits as OCR misread its superscript, glued after a word, a
#: number or their comma: "America,'*" (18, S/RES/851 (1993)), "Jordan?°" (20) and "1949,??"
#: (22, S/RES/465 (1980)). Only the glyphs those misreadings give; never a run of "*" alone
#: (markdown), and never one that ends in an apostrophe (a quotation closed: "?'"). Matched
#: in the original text (the body text has lost a "*" as markdown), where
#: :data:`_MISREAD_GLYPHS` found the place in the body text.
_MISREAD_MARK = regex.compile(r"(?!\*\*)['’?*°]{1,2}[?*°](?=\s|$)")
_MISREAD_GLYPHS = regex.compile(r"(?<=[^\W_][,;:]?)['’?*°]{1,3}(?=\s|$)")


def _misread_mark(
    raws: list[str],
    flat: list[tuple[int, int, int, int, str, int]],
    first_at: dict[int, int],
    fn_numbers: set[int],
    k: int,
    source: Callable[[int, int], str] | None = None,
) -> tuple[int, int, int] | None:
    """Where the misread mark of footnote ``k`` stands, as (block, start, end), if anywhere.

    Footnote ``k`` (of two or three digits) has text but no mark found. Its mark is the one
    misread form (:data:`_MISREAD_MARK`, as many glyphs as ``k`` has digits) between the mark of
    footnote ``k - 1`` (or the start, if ``k`` is the first footnote) and that of ``k + 1`` (or
    the end, if ``k`` is the last). If ``k - 1`` has no mark found, or the stretch holds no
    such form or more than one, ``k`` keeps no mark. Asked only for a footnote with no mark
    (rare), so the stretch is searched then. ``source(block, position)`` gives the original
    text from that place of the body text on (the body text itself if not given).

    >>> flat = [(0, 10, 12, 0, "alone", 17)]
    >>> _misread_mark(["Angola, 17 and the United States of America,'* the"], flat, {17: 0}, {17, 18}, 18)
    (0, 44, 46)
    >>> _misread_mark(["Angola, 17 and the America,'* or Africa,?° the"], flat, {17: 0}, {17, 18}, 18)
    >>> _misread_mark(["Angola, 17 and the States of America,'' the"], flat, {17: 0}, {17, 18}, 18)
    >>> _misread_mark(["Angola, 17 and the United States of America,'* the"], flat, {}, {17, 18}, 18)
    """
    width = len(str(k))
    if width < 2 or (k - 1 in fn_numbers and k - 1 not in first_at):
        return None
    b0, p0 = (flat[first_at[k - 1]][0], flat[first_at[k - 1]][2]) if k - 1 in first_at else (0, 0)
    b1, p1 = (
        (flat[first_at[k + 1]][0], flat[first_at[k + 1]][1]) if k + 1 in first_at else (len(raws) - 1, None)
    )
    found: tuple[int, int, int] | None = None
    for bi in range(b0, b1 + 1):
        raw = raws[bi]
        lo = p0 if bi == b0 else 0
        hi = p1 if bi == b1 and p1 is not None else len(raw)
        if "?" not in raw and "'" not in raw and "’" not in raw and "°" not in raw:  # (most blocks)
            continue
        for m in _MISREAD_GLYPHS.finditer(raw, lo, hi):
            orig = source(bi, m.start()) if source else raw[m.start() : m.start() + 4]
            mm = _MISREAD_MARK.match(orig)
            if not mm or mm.end() != width:
                continue
            if found:
                return None  # two candidates: none is sure
            found = (bi, m.start(), m.end())
    return found


_DIGITS = regex.compile(r"\d+")
_NUMBER_SLASH_END = regex.compile(r"(\d{1,3})/(\d{1,3})$")


def _footnote_names(fn_texts: dict[int, str], k: int, raw: str, s: int) -> bool:
    """True if footnote ``k`` cites the number left when its mark is cut off ("5/6" for "UNEP/EA.5/Res.6")."""
    m = _NUMBER_SLASH_END.search(raw[max(0, s - 8) : s])
    if not m:
        return False
    return bool(regex.search(rf"(?:{m[1]}/|Res\.){m[2]}(?!\d)", fn_texts.get(k, "")))


def _alone_ok(raw: str, s: int, e: int, num: int, exp: int | None, anchored: set[int]) -> bool:
    """A standalone number is a mark if the words around it do not make it a count or a date."""
    ts = s
    while ts > 0 and raw[ts - 1].isdigit():  # a mark split off a number: "Agenda 216" = 21 + 6
        ts -= 1
    if ts < s:
        before = raw[max(0, ts - 40) : ts].split()
        if not before or before[-1] in _NO_MARK_BEFORE or before[-1].rstrip(".") in _NO_MARK_BEFORE:
            return False
    words = raw[max(0, s - 60) : s].split()
    if not words:
        return False
    prev = words[-1]
    after = raw[e : e + 30].split()
    nxt = after[0].strip(",;:.") if after else ""
    punct = prev[-1] in ',;:)”’"'
    if nxt in _NO_MARK_AFTER or (prev in _NO_MARK_BEFORE or prev.rstrip(".") in _NO_MARK_BEFORE):
        return False  # "paragraph 3", "from 7 to 12 March", "2 years"
    if not punct and nxt in _NO_MARK_AFTER_WORD:
        return False  # "8 and 9 November", "26 States"
    core = prev.rstrip(",;:")
    # "1, 2 and 3" is a list of numbers; "Agenda 21, 6 the" a mark
    then = after[1] if len(after) > 1 else ""
    if (
        core.isdigit()
        and len(core) != 4
        and ((nxt in _LIST_WORDS and then[:1].isdigit()) or nxt[:1].isdigit() or len(words) < 2)
    ):
        return False
    if num == exp:
        return True
    return num in anchored and punct
