"""Identity: what a UN text is (symbol, type, session, date, title, sponsors) from its header.

The header is everything before the acting organ's line ("The General Assembly,").
Identity is read from the original text (header lines are page furniture
elsewhere, so the normaliser may drop them), with tolerance for the OCR noise
of old Security Council texts ("ef 15 June 1965", "3 Apri] 1991").

>>> parse_date("3 Apri] 1991"), parse_date("on 16 December 2020"), parse_date("16 Smarch 2020")
('1991-04-03', '2020-12-16', None)
>>> ordinal_number("Seventy-fifth"), ordinal_number("eightieth"), ordinal_number("Forty-eighth")
(75, 80, 48)
"""

from __future__ import annotations

from functools import lru_cache

import regex

from citegraph import symbols
from citegraph.models import Meta
from citegraph.normalize import ORGAN_RE

MONTHS = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
]

_UNITS = {
    "first": 1,
    "second": 2,
    "third": 3,
    "fourth": 4,
    "fifth": 5,
    "sixth": 6,
    "seventh": 7,
    "eighth": 8,
    "ninth": 9,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
}
_TEENS = {
    "tenth": 10,
    "eleventh": 11,
    "twelfth": 12,
    "thirteenth": 13,
    "fourteenth": 14,
    "fifteenth": 15,
    "sixteenth": 16,
    "seventeenth": 17,
    "eighteenth": 18,
    "nineteenth": 19,
}
_TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "twentieth": 20,
    "thirtieth": 30,
    "fortieth": 40,
    "fiftieth": 50,
    "sixtieth": 60,
    "seventieth": 70,
    "eightieth": 80,
    "ninetieth": 90,
}

_ORDINAL = (
    r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-?"
    r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth"
    r"|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
    r"|twentieth|thirtieth|fortieth|fiftieth|sixtieth|seventieth|eightieth|ninetieth)"
)

_DATE = regex.compile(r"(\d{1,2})\s+([A-Za-z][a-z]{2,9})[\]\)|1l!]?\s*,?\s+((?:19|20)\d\d)\b")
_SESSION = regex.compile(r"\b(" + _ORDINAL + r")\s+(?:special\s+|emergency\s+special\s+)?session\b", regex.I)
_GA_TITLE = regex.compile(r"^[ \t*]*((?:[SE]S-)?\d{1,3})/(\d{1,3})\s?\.\s+(\S.*)$", regex.M)
#: A resolution of the Assembly's first thirty sessions numbers itself across sessions, with its session in Roman
#: numerals: "2625 (XXV). Declaration on Principles of International Law ...", "2200 A (XXI). International ..."
_OLD_GA_TITLE = regex.compile(r"^[ \t*]*(\d{1,4}\s?(?:[A-Z]\s)?\(([IVXL]{1,6})\))\s?\.\s+(\S.*)$", regex.M)
#: A draft's title line may open with the number the resolution will get, left blank: "55/... The right to education"
_BLANK_TITLE_NUMBER = regex.compile(r"^(?:[SE]S-)?\d{1,3}/(?:\.{3}|…|_+)\s*")
#: The Economic and Social Council's title line numbers its resolution by year: "2019/30. Strengthening ..."
_ECOSOC_TITLE = regex.compile(r"^[ \t*]*((?:19|20)\d\d)/(\d{1,3})\s?\.\s+(\S.*)$", regex.M)
_SC_TITLE = regex.compile(
    r"^[ \t*]*(?:(\d{1,4})\s+\(([\d\s-]{4,7})\)\.\s+Resolution\b|RESOLUTION\s+(\d{1,4})\s+\(([\d\s-]{4,7})\)"
    r"|Resolution\s+(\d{1,4})\s+\(([\d\s-]{4,7})\))",
    regex.M | regex.I,
)
_SYMBOL_TOP = regex.compile(
    r"^[ \t]*(?:United Nations\s+)?([ASE]/[A-Z0-9][A-Za-z0-9.\-/]*(?:\s?\(\d{4}\))?)[ \t]*$", regex.M
)
#: "Resolution adopted by the General Assembly on 16 December 2020", and the same of the Economic and Social
#: Council and the Human Rights Council, whose resolutions print the same header (A/HRC/RES/55/12, E/RES/2019/30)
_ADOPTED = regex.compile(
    r"Resolution\s+adopted\s+by\s+the\s+"
    r"(?:General\s+Assembly|Economic\s+and\s+Social\s+Council|Human\s+Rights\s+Council)\s+on\s+",
    regex.I,
)
_ADOPTED_SC = regex.compile(
    r"(?:Adopted\s+by\s+the\s+Security\s+Council\s+at\s+its\s+\S+\s+meeting\s*,?\s*(?:held\s+)?on\s+"
    r"|Resolution\s+(?:\d{1,4}\s+\([\d\s-]{4,7}\)\s*)?[oe0][fl]\s+)",
    regex.I,
)
_DISTR = regex.compile(r"Distr\.:\s*\w+\s+", regex.I)
_PLENARY = regex.compile(r"\d{1,4}(?:st|nd|rd|th)\s+plenary\s+meeting\W{0,5}\s*", regex.I)
#: The trailer of an adopted resolution: "46th plenary meeting" on a line of its own and its date on the next
#: (blank lines between in seed 000's line shape, italics in markdown). A text with no header that has one is a
#: resolution, not a draft: a draft is not yet adopted at a meeting.
_TRAILER = regex.compile(
    r"^[ \t*_]*\d{1,4}(?:st|nd|rd|th)\s+(?:\(resumed\)\s+)?plenary\s+meeting[ \t*_,]*\n(?:[ \t]*\n){0,3}"
    r"[ \t*_]*\d{1,2}\s+[A-Z][a-z]{2,8}\s+\d{4}\b",
    regex.M,
)
#: The sponsor line: the Member States, then "draft resolution" (or its revised and amendment
#: forms). A long list wraps onto more lines, but never over a blank line, which ends the
#: header block before it ("Crime prevention and criminal justice").
_SPONSORS = regex.compile(
    r"^[ \t*]*((?:[^\n:]|\n(?![ \t]*\n)){2,8000}?):[\s*]*(revised\s+draft\s+resolution|draft\s+resolution|amendments?\s+to\s+(?:the\s+)?"
    r"(?:revised\s+)?draft\s+resolution)",
    regex.M | regex.I,
)
#: "Agenda item 65 (a)", "Agenda items 24 and 71 (b)": the sub-item stays with its item.
_AGENDA_ITEM = r"\d[\w().]*(?:\s+\([a-z]{1,3}\))?"
_AGENDA = regex.compile(rf"Agenda\s+items?\s+({_AGENDA_ITEM}(?:(?:,\s*|\s+and\s+){_AGENDA_ITEM})*)", regex.I)
#: "[on the report of the Third Committee (A/78/482)]"; a committee's other name in brackets comes
#: first: "[on the report of the Special Political and Decolonization Committee (Fourth Committee)
#: (A/79/431, para. 33)]".
_REPORT = regex.compile(
    r"\[\s*\**\s*on\s+the\s+(?:report|recommendation)\s+of\s+the\s+[^(\]]{3,80}(?:\([A-Z][a-z]+\s+Committee\)\s*)?"
    r"\(\[?([A-Z][A-Za-z0-9./\-]+)",  # "(A/75/479, para. 20)", a markdown link "([A/78/443](#), para. 9)"
    regex.I,
)
_AMENDS = regex.compile(
    r"amendments?\s+to\s+(?:the\s+)?(?:revised\s+)?draft\s+resolution\s+([A-Z][A-Za-z0-9./\-]+[A-Za-z0-9])",
    regex.I,
)
_BLANK_NUMBER = regex.compile(r"\b(\d{2})/_{2,}")
_BOLD = regex.compile(r"\*{2,}")  # markdown bold glue, which also ends a header line
#: The organ's line glued to the header by ``**`` (seed 004's shape): "***The General Assembly,*", or
#: "***The General Assembly*" where the resolution prints the organ with no comma (the one-paragraph
#: resolutions that adopt a declaration, A/RES/78/1: "The General Assembly ⏎ Endorses ...").
_ORGAN_GLUED = regex.compile(r"\*\s*The\s+(?:General\s+Assembly|Security\s+Council)\s*(?:[,:]|\*)")
#: The word every form of :data:`_SC_TITLE` has (a case-insensitive literal: found fast).
_RESOLUTION_WORD = regex.compile("resolution", regex.I)
#: The word every form of :data:`_SPONSORS` has, found as fast.
_DRAFT_WORD = regex.compile("draft", regex.I)
# Patterns used once per text, compiled here (a module-level regex.sub looks its pattern up each time).
_FIRST_LINE = regex.compile(r"^[^\n]*\n")
_AMENDED_SYMBOL_LINE = regex.compile(r"^\s*[A-Z]/[A-Za-z0-9./\-]+\s*\n")
_LINK = regex.compile(r"\[([^\]]*)\]\([^)]*\)")
_NON_DIGITS = regex.compile(r"\D")
_GLUED_YEAR = regex.compile(r"(\d)\((\d{4})\)")
_AT_SESSION = regex.compile(r"\bat\s+its\s+(" + _ORDINAL + r")\s+session", regex.I)


def ordinal_number(word: str) -> int | None:
    """``Seventy-fifth`` -> 75."""
    w = word.lower().replace(" ", "-")
    if w in _UNITS:
        return _UNITS[w]
    if w in _TEENS:
        return _TEENS[w]
    if w in _TENS:
        return _TENS[w]
    if "-" in w:
        tens, unit = w.split("-", 1)
        if tens in _TENS and unit in _UNITS:
            return _TENS[tens] + _UNITS[unit]
    for t, v in _TENS.items():  # "seventyfifth"
        if w.startswith(t) and w[len(t) :] in _UNITS:
            return v + _UNITS[w[len(t) :]]
    return None


def _month(word: str) -> int | None:
    w = word.lower()
    for i, name in enumerate(MONTHS):
        if w == name or (len(w) >= 3 and name.startswith(w[:3]) and abs(len(w) - len(name)) <= 1):
            return i + 1
    return None


def parse_date(text: str) -> str | None:
    """The first "16 December 2020" date in ``text``, as ISO ``2020-12-16``, else None."""
    for m in _DATE.finditer(text):
        mo = _month(m[2])
        if mo:
            return f"{int(m[3]):04d}-{mo:02d}-{int(m[1]):02d}"
    return None


def ga_session_at(date: str) -> int:
    """The General Assembly session sitting on ``date`` (ISO): each opens in September (the 1st in 1946), on a
    Tuesday between the 5th and the 17th. From the 15th the new one is taken: resolutions adopted in the first days
    of September close the old one (A/RES/78/328 of 6 September 2024, 79/333 of 5 September 2025).

    >>> ga_session_at("2023-12-19"), ga_session_at("2024-09-06"), ga_session_at("2024-09-20"), ga_session_at("1991-12-18")
    (78, 78, 79, 46)
    """
    year, month, day = int(date[:4]), int(date[5:7]), int(date[8:10])
    return year - 1945 if (month, day) >= (9, 15) else year - 1946


@lru_cache(maxsize=8)
def header_end(original: str) -> int:
    """The offset of the acting organ's line, or a bounded prefix when there is none.

    Cached for the few texts read last: the normaliser (for running titles) and
    :func:`identify` both ask, for the same text.
    """
    head = original[:20000]
    pos = 0
    for line in head.split("\n"):  # the first line of at most 200 characters that is the organ's
        if len(line) <= 200 and "The" in line and ORGAN_RE.fullmatch(line.strip()):
            return pos
        pos += len(line) + 1
    # markdown header glued with ** (seed 004 shape)
    m = _ORGAN_GLUED.search(head)
    if m:
        return m.start()
    return min(len(original), 4000)


@lru_cache(maxsize=8)
def title_line(original: str) -> str | None:
    """The document title as the header prints it (without "75/196. "), whitespace folded.

    Cached like :func:`header_end` (the normaliser and :func:`identify` both ask).
    """
    head = original[: header_end(original)]
    head = _flat(head)
    m = _GA_TITLE.search(head) or _ECOSOC_TITLE.search(head) or _OLD_GA_TITLE.search(head)
    if m:
        return _fold_title(m[3] + head[m.end() :], stop_at_blank=True)
    # A draft: the title follows the sponsor line.
    s = _sponsor_line(head)
    if s:
        rest = _FIRST_LINE.sub("", head[s.end() :], count=1)  # the rest of the sponsor line
        rest = _AMENDED_SYMBOL_LINE.sub("", rest)  # the amended draft's symbol
        title = _fold_title(rest.lstrip(" \t\n"), stop_at_blank=True)
        return _BLANK_TITLE_NUMBER.sub("", title) or None
    return None


def _flat(head: str) -> str:
    """``head`` with markdown bold glue (``**``) made a line break, as the header patterns expect."""
    return _BOLD.sub("\n", head) if "**" in head else head


def _sponsor_line(head: str) -> regex.Match[str] | None:
    """``_SPONSORS.search(head)``, tried only on a header with the word "draft" (any case).

    Every form of the sponsor line ends in "draft resolution": a header without the word,
    as a resolution's is, has none, and the search (slow: it tries every line) is skipped.
    """
    return _SPONSORS.search(head) if _DRAFT_WORD.search(head) else None


def _sc_title(text: str) -> regex.Match[str] | None:
    """``_SC_TITLE.search(text)``, tried only where a match may start (the search was slow).

    Each form of the title has the word "resolution" (any case) with only spaces,
    ``*``, digits, brackets, ``-`` and ``.`` between it and the start of its line: a
    match starts at a line start in that stretch before an occurrence of the word.
    The stretches come in text order, so the first match found is the leftmost.
    """
    for w in _RESOLUTION_WORD.finditer(text):
        p = w.start()
        b = p
        while b > 0 and (text[b - 1] in "*()-." or text[b - 1].isspace() or text[b - 1].isdigit()):
            b -= 1
        start = b if b == 0 or text[b - 1] == "\n" else text.find("\n", b, p) + 1
        while 0 <= start <= p and (start > 0 or b == 0):
            m = _SC_TITLE.match(text, start)
            if m:
                return m
            start = text.find("\n", start, p) + 1
            if start == 0:
                break
    return None


def _fold_title(text: str, stop_at_blank: bool) -> str:
    """The title from ``text``: lines up to a blank line (markup out, whitespace folded).

    A title whose line ends with a semicolon goes on after the blank line: A/RES/79/243 prints
    "United Nations Convention against Cybercrime;", blank lines, then "Strengthening International
    Cooperation for Combating Certain Crimes ...", one title of two parts.

    >>> _fold_title("Convention against Cybercrime;\\n\\n Strengthening Cooperation\\n\\nNext", True)
    'Convention against Cybercrime; Strengthening Cooperation'
    >>> _fold_title("Oceans and the law of the sea\\n\\nNext", True)
    'Oceans and the law of the sea'
    >>> _fold_title("Right of peoples to self-\\ndetermination\\n\\nNext", True)
    'Right of peoples to self-determination'
    >>> _fold_title("Strengthening the programme\\n1.\\nIn operative paragraph 64, after", True)
    'Strengthening the programme'
    """
    lines = []
    for ln in text.split("\n"):
        s = ln.strip()
        if not s:
            if lines and stop_at_blank and not lines[-1].endswith(";"):
                break
            continue
        if lines and s[:1].isdigit() and _PARAGRAPH_NUMBER_LINE.match(s):
            break  # the first numbered paragraph, with no blank line before it (pdftotext)
        if lines and lines[-1][-1:] == "-" and lines[-1][-2:-1].isalpha() and s[:1].isalpha():
            lines[-1] += s  # "... peoples to self-" + "determination": one word, as the normaliser joins it
        else:
            lines.append(s)
    t = " ".join(lines)
    t = _LINK.sub(r"\1", t)
    t = t.replace("*", "").replace("\\", "")
    return " ".join(t.split())


#: A numbered paragraph's first line: "1.", "1. In operative paragraph 64, ..." (:func:`_fold_title`).
_PARAGRAPH_NUMBER_LINE = regex.compile(r"\d{1,3}\.(?:\s|$)")


def _sc_number(num: str, year: str) -> str | None:
    y = _NON_DIGITS.sub("", year)
    if len(y) != 4:
        return None
    return f"S/RES/{int(num)} ({y})"


def identify(original: str, body_text: str = "", last_operative: str = "") -> Meta:
    """The identity of a UN text: symbol, type, session, date, title, sponsors, organ...

    ``body_text`` is the normalised body (used to infer the session of a text with no
    header from blank numbers such as ``70/___``); ``last_operative`` the text of the last
    operative paragraph ("... at its seventy-first session").
    """
    hend = header_end(original)
    head = original[:hend]
    head_flat = _flat(head)
    meta = Meta()

    organ = ORGAN_RE.search(original[hend : hend + 300])
    if organ:
        name = " ".join(organ[1].split())
        meta.organ = {
            "General Assembly": "GA",
            "Security Council": "SC",
            "Economic and Social Council": "ECOSOC",
            "Human Rights Council": "HRC",
        }.get(name, name)

    # Symbol: printed at the top, or from the title line. The title lines are looked for
    # only without a symbol at the top (elsewhere the SC title decides only the type, below).
    top = _SYMBOL_TOP.search(head_flat[:600])
    ga = None if top else _GA_TITLE.search(head_flat)
    ecosoc = None if top or ga else _ECOSOC_TITLE.search(head_flat)
    old_ga = None if top or ga or ecosoc else _OLD_GA_TITLE.search(head_flat)
    # a Security Council title stands in the header: a body line that opens "resolution 2334 (2016)
    # of 23 December 2016," is a cited resolution (a text with no header, seed 000's shape)
    sc_head = original[: min(hend, 3000)]
    sc = None if top else _sc_title(sc_head)
    if top:
        meta.symbol = " ".join(top[1].split())
        if "(" in meta.symbol:  # "S/RES/2719(2023)": the year glued on
            meta.symbol = _GLUED_YEAR.sub(r"\1 (\2)", meta.symbol)
    elif ga:
        meta.symbol = f"A/RES/{ga[1]}/{ga[2]}"
    elif ecosoc:
        meta.symbol = f"E/RES/{ecosoc[1]}/{ecosoc[2]}"
    elif old_ga:
        meta.symbol = symbols.parse_id(symbols.fold(old_ga[1]))  # "2200A (XXI)" -> A/RES/2200 A (XXI)
    elif sc:
        num, year = next((sc[i], sc[i + 1]) for i in (1, 3, 5) if sc[i])
        meta.symbol = _sc_number(num, year)
    if meta.organ is None and meta.symbol:
        meta.organ = {"A": "GA", "S": "SC", "E": "ECOSOC"}.get(meta.symbol[0])

    # Type and sponsors.
    trailer = None
    spons = _sponsor_line(head_flat)
    if spons:
        kind = " ".join(spons[2].lower().split())
        if kind.startswith("amendment"):
            meta.doc_type = "amendment"
            am = _AMENDS.search(" ".join(head_flat[spons.start() : spons.end() + 200].split()))
            meta.amends = am[1] if am else None
        elif kind.startswith("revised"):
            meta.doc_type = "revised-draft-resolution"
        else:
            meta.doc_type = "draft-resolution"
        meta.sponsors = split_sponsors(_after_agenda(spons[1]))
    elif (
        (meta.symbol and "/RES/" in meta.symbol)
        or _ADOPTED.search(head)
        or sc
        or (top and _sc_title(sc_head))
    ):
        meta.doc_type = "resolution"
    elif meta.symbol and "/L." in meta.symbol:
        meta.doc_type = "revised-draft-resolution" if "/Rev." in meta.symbol else "draft-resolution"
    elif meta.symbol is None and "plenary" in original and (trailer := _TRAILER.search(original)) is not None:
        # no header, but adopted at a plenary meeting (seed 000's shape of a resolution)
        meta.doc_type = "resolution"
    else:
        meta.doc_type = "draft-resolution"

    # Session.
    ses = _SESSION.search(head_flat)
    if ses:
        meta.session = ordinal_number(ses[1])
    elif meta.organ == "GA" or (meta.symbol or "").startswith("A/"):
        from citegraph.symbols import session_of

        meta.session = session_of(meta.symbol) if meta.symbol else None
        if meta.session is None:
            blank = _BLANK_NUMBER.search(body_text) if "/__" in body_text else None
            if blank:
                meta.session = int(blank[1])
            else:
                at = _AT_SESSION.search(last_operative)
                n = ordinal_number(at[1]) if at else None
                meta.session = n - 1 if n else None

    # Date.
    if meta.doc_type == "resolution":
        m = _ADOPTED.search(head) or _ADOPTED_SC.search(original[:4000])
        if m:
            meta.date = parse_date(original[m.end() : m.end() + 40])
        if meta.date is None:
            m = _PLENARY.search(original)
            if m:
                meta.date = parse_date(original[m.end() : m.end() + 40])
    else:
        m = _DISTR.search(head)
        if m:
            meta.date = parse_date(head[m.end() : m.end() + 60])

    if trailer is not None and (adopted := parse_date(trailer[0])) is not None:
        # no header: the date of the trailer (not of a meeting the text mentions), and the Assembly's session then
        # (not one the title names: "on the work of its fifty-sixth session")
        meta.date, meta.session = adopted, ga_session_at(adopted)

    if sc and not top and meta.symbol and meta.date and meta.symbol[-5:-1] != meta.date[:4]:
        # a Security Council resolution carries the year of its adoption: "434 (1973)" of
        # 18 September 1978 is an OCR slip for 434 (1978)
        meta.symbol = f"{meta.symbol[:-6]}({meta.date[:4]})"

    meta.title = title_line(original)
    if meta.title is None and meta.symbol is None and not spons:
        # A text with no header: its first lines before the organ line are the title.
        t = _fold_title(head, stop_at_blank=False)
        meta.title = t or None

    ag = _AGENDA.search(head_flat)
    meta.agenda_item = " ".join(ag[1].split()) if ag else None
    rep = _REPORT.search(head_flat) if "[" in head_flat else None  # (it starts with "[")
    meta.committee_report = rep[1].rstrip(",.") if rep else None
    return meta


def _after_agenda(text: str) -> str:
    """The sponsor line's own text, where no blank line parts it from the agenda lines above it
    (pdftotext prints "Third Committee" ⏎ "Agenda item 107" ⏎ "Crime prevention and criminal justice" ⏎
    "Belarus, ... and" ⏎ "Venezuela (Bolivarian Republic of)"): the lines after the "Agenda item" line and
    the item's title, whose lines, unlike a list of Member States, have a small word of four letters or more.

    >>> _after_agenda("Third Committee\\nAgenda item 107\\nCrime prevention and criminal justice\\nItaly")
    'Italy'
    >>> _after_agenda("Hungary and Italy")
    'Hungary and Italy'
    """
    lines = text.split("\n")
    at = next((i for i, ln in enumerate(lines) if _AGENDA.match(ln.strip(" \t*"))), None)
    if at is None:
        return text
    rest = lines[at + 1 :]
    while rest and _SMALL_WORD.search(rest[0]):
        rest.pop(0)
    return "\n".join(rest) if rest else text


#: A word of four small letters or more, not "and", "the", "of": in an agenda item's title
#: ("Crime prevention and criminal justice"), not in a Member State's name.
_SMALL_WORD = regex.compile(r"\b(?!(?:with|from|behalf)\b)\p{Ll}{4,}\b")


def split_sponsors(text: str) -> list[str]:
    """Member States named in a sponsor line, in text order.

    >>> split_sponsors("Hungary and Italy")
    ['Hungary', 'Italy']
    >>> split_sponsors("Bolivia (Plurinational State of), Saint Kitts and Nevis, Trinidad and Tobago and Zimbabwe")
    ['Bolivia (Plurinational State of)', 'Saint Kitts and Nevis', 'Trinidad and Tobago', 'Zimbabwe']
    """
    t = " ".join(text.replace("*", "").split())
    parts = [p.strip() for p in t.split(",") if p.strip()]
    if not parts:
        return []
    last = parts.pop()
    # The last item is "X and Y": split on the last " and " that leaves two names we can tell apart.
    tail = _split_last_and(last)
    return parts + tail


_AND_NAMES = (
    "Antigua and Barbuda",
    "Bosnia and Herzegovina",
    "Saint Kitts and Nevis",
    "Trinidad and Tobago",
    "Saint Vincent and the Grenadines",
    "Sao Tome and Principe",
    "Heard Island and McDonald Islands",
    "United Kingdom of Great Britain and Northern Ireland",
    "Turks and Caicos Islands",
    "Wallis and Futuna",
    "Saint Pierre and Miquelon",
)


_AND_NAME_PATTERNS = [regex.compile(regex.escape(n)) for n in _AND_NAMES]
_AND = regex.compile(r" and ")


def _split_last_and(s: str) -> list[str]:
    """Split "X and Y" at the last " and " that does not fall inside a country name."""
    spans = [(m.start(), m.end()) for n in _AND_NAME_PATTERNS for m in n.finditer(s)]
    for m in reversed(list(_AND.finditer(s))):
        if any(a <= m.start() < b for a, b in spans):
            continue
        return [s[: m.start()].strip(), s[m.end() :].strip()]
    return [s]
