"""The citation grammar: named pattern pieces, each with examples, composed into scanners.

A UN text cites other texts in a handful of shapes. Each shape is a
:class:`Piece` below: a name, a small regular expression, printed examples that
it must match in full, and a line saying why it is there. Pieces refer to one
another by ``{name}``; :func:`compose` expands them, so the grammar reads as a
table rather than one opaque expression.

The extractor (:mod:`citegraph.references`) runs one scanner, :func:`atoms`, over
each paragraph. It yields *atoms* — a keyword ("resolutions"), a number
("46/152", "1373 (2001)"), a date, a document symbol, a Treaty Series citation,
a sales number, an "Ibid." — and the extractor joins them by the short gaps of
text between them ("46/152 of 18 December 1991, 60/1 ..."). The scanner never
runs one big alternation over the text: each piece is compiled on its own and
tried only where a cheap literal hit ("/", "(", "vol.") says an identifier can be.

Every pattern is linear-time: bounded repeats of character classes, and
repeated groups only where each repetition must begin with a separator that
the repeated item cannot contain (no nested quantifiers that can backtrack).

>>> [(kind, text) for _, _, kind, _, text, _ in atoms("its resolutions 46/152 of 18 December 1991 and 1373 (2001)")]
[('kw', 'resolutions'), ('ga', '46/152'), ('date', '18 December 1991'), ('sc', '1373 (2001)')]
>>> number_kind("2200 A (XXI)"), number_kind("2017/15"), number_kind("S-32/1")
('old', 'eco', 'ga')
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    """One named piece of the grammar: a pattern, what it is for, and texts it must match whole."""

    name: str
    pattern: str
    doc: str
    examples: tuple[str, ...] = ()
    non_examples: tuple[str, ...] = ()


class WordSearch:
    r"""A pattern ``\b`` + ``body`` whose every match starts with a word character, searched fast.

    The regex engine cannot skip ahead to where such a pattern may match (the leading ``\b`` hides
    its first characters), so a plain search tries every position of the text. A match that does
    not start the searched range starts right after a non-word character: ``after`` (``\W`` and
    the body) finds exactly those, and the engine skips straight to the non-word characters, the
    spaces and punctuation. ``at`` tries the start of the range, where ``\b`` reads the character
    before it. Together they find what ``at.search`` and ``at.finditer`` find.

    A match of ``after`` also holds the non-word character before the body: read the named groups,
    or the start :meth:`spans` gives, not ``m.start()``.

    Both are compiled twice: as written, and with ``re.ASCII`` for ASCII text (most paragraphs).
    On ASCII text the two find the same matches (``\w``, ``\W``, ``\s``, ``\b`` and case folding
    agree on ASCII characters), but the ASCII ones test ``\W`` by a table lookup instead of a
    Unicode database call at every character: the verb search costs a fifth less.
    """

    __slots__ = ("at", "after", "at_ascii", "after_ascii")

    def __init__(self, body: str, flags: int = 0):
        self.at = re.compile(r"\b" + body, flags)
        self.after = re.compile(r"\W" + body, flags)
        self.at_ascii = re.compile(r"\b" + body, flags | re.ASCII)
        self.after_ascii = re.compile(r"\W" + body, flags | re.ASCII)

    def search(self, text: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """The leftmost match in ``text[pos:endpos]`` (see the class note on ``start()``)."""
        end = len(text) if endpos is None else endpos
        if text.isascii():  # O(1): CPython records it
            return self.at_ascii.match(text, pos, end) or self.after_ascii.search(text, pos, end)
        return self.at.match(text, pos, end) or self.after.search(text, pos, end)

    def spans(self, text: str, start: int, end: int) -> list[tuple[int, re.Match[str]]]:
        """Every match in ``text[start:end]``, in order, as ``(where it starts, match)``."""
        at, after = (self.at_ascii, self.after_ascii) if text.isascii() else (self.at, self.after)
        out = []
        m = at.match(text, start, end)
        if m is not None:
            out.append((start, m))
            start = m.end()
        out.extend((m.start() + 1, m) for m in after.finditer(text, start, end))
        return out


def at_word_start(*alternatives: str) -> str:
    r"""``\b(?:a|b|...)`` for alternatives that each begin with a plain word character, written so that
    a search can skip to where they may match.

    A leading ``\b`` hides the pattern's first characters from the regex engine, which then tries
    every position. Here the check that no word character comes before (``(?<!\w.)``, what ``\b``
    says before a word character) stands after each first character, so the engine looks only at
    those characters (the "C" and "G" of body names) and matches exactly what ``\b`` + the
    alternation matches.

    >>> re.findall(at_word_start("its", "their"), "its bits their")
    ['its', 'their']
    """
    assert all(a[:1].isalnum() for a in alternatives)
    return "(?:" + "|".join(rf"{a[0]}(?<!\w.){a[1:]}" for a in alternatives) + ")"


#: The month names a UN text prints dates with; every stage that reads dates uses this tuple.
MONTHS = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
_MONTHS = "|".join(MONTHS)
#: A full date as printed, nothing of a longer number after its year: "25 October 1993" (a document's date, a date
#: after an OCR-damaged "of").
_FULL_DATE = rf"\d{{1,2}}[ \n]{{1,3}}(?:{_MONTHS})[ \n]{{1,3}}\d{{4}}(?!\d)"
_DASH = "[-\u2010\u2011\u2012\u2013]"  # hyphen, non-breaking hyphen, en dash: PDF text uses them all

#: The grammar, in reading order. ``{name}`` refers to an earlier piece.
PIECES: dict[str, Piece] = {
    p.name: p
    for p in [
        # ---- small parts -------------------------------------------------------------
        Piece("dash", _DASH, "Any hyphen or dash a PDF may print inside a symbol.", ("-", "\u2011")),
        Piece("roman", r"[IVXLC]{1,7}", "A Roman session number of the old GA style.", ("XXI", "III", "XV")),
        Piece(
            "year",
            r"(?:19[4-9]\d|20[0-4]\d)",
            "A year the UN has printed resolutions in.",
            ("1946", "2001", "2025"),
            ("1899", "2101"),
        ),
        Piece(
            "date",
            rf"\d{{1,2}}\s+(?:of\s+)?(?:{_MONTHS})(?:\s+(?:of\s+)?\d{{4}})?",
            "A date; a year alone is not a date (SCHEMA.md). Old Security Council texts leave the year "
            "to the resolution number: '222 (1966) of 16 June'. Some texts print it in the Spanish "
            "way, '15 of December of 2022' (A/RES/79/159).",
            ("18 December 1991", "2 August\n1990", "16 June", "15 of December of 2022"),
            ("December 1991", "2014"),
        ),
        Piece(
            "date_lead",
            # a subject in plain words, then only "of" or "adopted on" ("76/133 on the inclusive policies ...,
            # adopted on 16 December 2021"): no other number may come between ("/"), and no quote
            r"(?:\s{1,3}on\s{1,3}(?=[a-z])(?:[^\d;:/\u201c\u201d\"]|COVID-19){1,250}?\s{0,3},?\s{0,3}"
            r"(?:of|adopted\s{1,3}on)"
            r"|(?:\s{0,3},?\s{0,3}entitled\s{0,3}[\u201c\"][^\u201d\"]{0,300}[\u201d\"])?"
            r"\s{0,3}(?:,\s{0,3})?(?:(?:also\s{1,3})?of|dated|on|adopted\s{1,3}"
            r"(?:(?:unanimously|by\s{1,3}consensus|without\s{1,3}a\s{1,3}vote)\s{1,3})?"
            r"(?:by\s{1,3}the\s{1,3}[A-Z][\w-]{0,30}(?:\s{1,3}(?:[A-Z][\w-]{0,30}|and|of|on|the|for)){0,10}\s{1,3})?"
            r"(?:at\s{1,3}its\s{1,3}(?:\d{1,4}(?:st|nd|rd|th)|[a-z][a-z-]{2,30})\s{1,3}(?:plenary\s{1,3})?meeting\s{1,3})?"
            r"on))",
            "What leads from a number to its date: 'of', ', also of', ', adopted on', and how and by which organ "
            "it was adopted ('2262 (XXII) adopted by the General Assembly on 3 November 1967', '72/241, ..., "
            "adopted by consensus on 20 December 2017', '3212 (XXIX) ... adopted unanimously by the General "
            "Assembly at its 2275th plenary meeting on 1 November 1974'); a title may come "
            "between ('78/148, entitled \u201c...\u201d, adopted on 19 December 2023'): the date is then "
            "the titled resolution's alone. So may a subject in plain words, before 'of' or 'adopted on' only "
            "('49/7 on cultural rights and the protection of cultural heritage of 31 March 2022').",
            (
                " of",
                ", also of",
                ", adopted on",
                " adopted by the General Assembly on",
                ", adopted by the Commission on Human Rights on",
                ", entitled \u201cStrengthening the links between all modes of transport\u201d, adopted on",
                ", adopted by consensus on",
                " adopted unanimously by the General Assembly at its\n2275th plenary meeting on",
                " adopted without a vote at its sixty-first meeting on",
                " on cultural rights and the protection of cultural heritage of",
                " on the inclusive policies and programmes to address homelessness, including in the aftermath "
                "of the coronavirus disease (COVID-19), adopted on",
            ),
            (
                " adopted by the General Assembly at its",
                " adopted in",
                " adopted at its 10th session on",
                " on the margins of the session on",
                " on the follow-up to resolution 70/1 of",
            ),
        ),
        Piece(
            "dates",
            rf"\d{{1,2}}(?:\s{{1,3}}(?:{_MONTHS})(?:\s{{1,3}}\d{{4}})?)?"
            rf"(?:\s{{0,3}},\s{{0,3}}\d{{1,2}}(?:\s{{1,3}}(?:{_MONTHS})(?:\s{{1,3}}\d{{4}})?)?){{0,8}}"
            rf"\s{{0,3}},?\s{{0,3}}and\s{{1,3}}\d{{1,2}}\s{{1,3}}(?:{_MONTHS})\s{{1,3}}\d{{4}}",
            "The dates of a list, one for each item in turn: '1196 (1998) and 1197 (1998), adopted by the "
            "Security Council on 16 and 18 September 1998, respectively'. A day printed alone takes the "
            "month and year of the next date. Read before ', respectively' (DATES_AFTER), or right after "
            "an 'and'-joined list of as many items ('63 (1948) and 64 (1948) of 24 and 28 December 1948', "
            "DATES_PAIRED).",
            ("16 and 18 September 1998", "2 March and 9 April 2020", "1, 2 and 3 May 2001"),
            ("16 and 18 September", "16 September 1998"),
        ),
        Piece(
            "ocrdate",
            rf"(?:\d{{1,2}},[ \n]{{1,3}}(?:{_MONTHS})(?:[ \n]{{1,3}}{{year}})?"
            rf"|(?:[1-3][lIi]|[lIi][\dlIi])[ \n]{{1,3}}(?:{_MONTHS})[ \n]{{1,3}}{{year}})",
            "A date whose day the OCR damaged: a stray comma after the day ('187 (1964) of 13, March, 192(1964) "
            "of 20 June'), or a '1' printed as a letter l, I or i ('73 (1949) of il August 1949'). Read only "
            "in 'of <date>' right after a number or a resolution symbol (DATE_AFTER_OCR), and a day of "
            "letters only with its month and year, where no word can be meant.",
            (
                "13, March",
                "13, March 1964",
                "il August 1949",
                "1l May 1990",
                "l9 June\n1990",
                "2I April 1990",
            ),
            ("13 March", "il August", "13,March", "it August 1949", "ll, May 1990", "4l May 1990"),
        ),
        Piece(
            "letter",
            r"(?:\s?[A-Z](?![\w/\u2010\u2011\u2013-]))?",
            "The part letter of a resolution adopted in parts (67/234 B).",
            ("", " B", "A"),
        ),
        # ---- resolution and decision numbers ------------------------------------------
        Piece(
            "sc",
            r"\d{1,4}\s{0,3}(?:[A-Z]\s?)?\\?\(\s?{year}\s?\\?\)",
            "A Security Council resolution number: number and year in parentheses, "
            "possibly split over lines.",
            ("1373 (2001)", "660 (1990)", "1373\n(2001)", "242(1967)", "1373 \\(2001\\)", "161 A (1961)"),
            ("1373 (1820)",),
        ),
        Piece(
            "scocr",
            r"\d{1,4}[ \n]{1,3}(?:\({year}(?![ \n]?\\?\))|{year}(?:[ \n]?\))?)|\$\d{1,3}[ \n]?\({year}\)"
            r"|\d{1,3}S[ \n]?\({year}\)",
            "A Security Council resolution number whose parentheses the OCR lost, digits intact: "
            "'its resolution 868 1993 of 29 September 1993', '387 1976), 418 (1977)', '387 (1976, 418 (1977)'; "
            "or whose first digit 5 it printed '$': '545 (1983) and $46 (1984)' is 546 (1984); "
            "or whose last digit 5 it printed 'S': 'paragraph 2 of resolution 70S (1991)' is 705 (1991). "
            "Read only right after 'resolution(s)' (KW_SC_OCR) or as the next item of a list of Council "
            "numbers (SC_OCR_NEXT), and kept only in a Security Council text (the extractor decides): a "
            "footnote number before a year ('6 2000 Review Conference') or 'paragraph 6 1993' is none.",
            (
                "775 1992",
                "387 1976)",
                "387 (1976",
                "868\n1993",
                "$46 (1984)",
                "$46\n(1984)",
                "70S (1991)",
                "70S\n(1991)",
            ),
            (
                "387 (1976)",
                "775 1820",
                "775 (1992 )",
                "2010 Review",
                "$4600 (1984)",
                "$46 1984",
                "$ 46 (1984)",
                "7005S (1991)",
                "70S 1991",
                "70 S (1991)",
                "S46 (1984)",
            ),
        ),
        Piece(
            "scbare",
            r"\d{1,4}",
            "A Security Council resolution number printed without its year: 'paragraph 24 of resolution 687 as "
            "it relates to ...', 'Security Council resolution 1284 and assessed'. Read only right after "
            "'resolution(s)' (KW_SC_BARE) and kept only in a Security Council text (or after 'Security Council') "
            "whose other text prints the same number with its year ('687 (1991)'), which the extractor takes: "
            "without a year the target cannot be written.",
            ("687", "1284"),
            ("687 (1991)", "12345", "46/152"),
        ),
        Piece(
            "old",
            r"\d{1,4}\s?(?:[A-Z]\s?)?\\?\((?:(?:ES|S){dash}(?:{roman}|\d{1,2})|{roman})\\?\)",
            "A GA resolution before 1976: number, part letter, session in Roman numerals (a special or "
            "emergency special session's with its 'S-' or 'ES-', in early years in Arabic numerals: "
            "'186 (S-2)' of the second special session, 1948).",
            (
                "2200 A (XXI)",
                "217 A (III)",
                "1514 (XV)",
                "3314(XXIX)",
                "194 (III)",
                "3201 (S-VI)",
                "186 (S-2)",
            ),
        ),
        Piece(
            "oldocr",
            r"\d{1,4}[ \n]?(?:[A-H][ \n]?)?\([1l]{1,3}\)",
            "A GA resolution of the first three sessions whose Roman session the OCR printed as digits or "
            "letters l: 'General Assembly resolution 22 A (1).' is 22 A (I). Read only right after 'General "
            "Assembly resolution(s)' (KW_GA_OCR), where no other reading is possible: 'article 22 (1)', 'para. "
            "43 (l)', 'Agenda item 99 (l)' are none.",
            ("22 A (1)", "22 A\n(1)", "181 (11)", "194 (111)", "77 (l)"),
            ("22 A (I)", "22 (1111)", "22 (2)", "22 A (12)", "1373 (2001)"),
        ),
        Piece(
            "eco",
            r"(?:19[4-9]\d|20[0-4]\d)/\d{1,3}{letter}",
            "A year-numbered resolution (ECOSOC, the Commission on Human Rights): year/number.",
            ("2017/15", "2014/23", "2005/69"),
            ("2017/", "75/196"),
        ),
        Piece(
            "ga",
            r"(?:(?:ES|S){dash})?\d{1,3}/\d{1,4}{letter}",
            "A session-numbered resolution or decision: GA (75/196, 67/234 B, S-32/1, ES-10/15), "
            "HRC (30/1, S-28/1), the commissions (25/2) and the Conferences of States Parties (8/10).",
            ("75/196", "67/234 B", "S-32/1", "ES-10/15", "ES\u201110/27", "8/10"),
            ("70/___", "2017/15"),
        ),
        Piece(
            "mop",
            r"(?:BS|CP|NP){dash}(?:{roman}|\d{1,2})/\d{1,3}",
            "A decision of the meeting of the Parties to a protocol of the CBD, designated by the "
            "protocol and the meeting: the Cartagena Protocol's (BS-V/11, CP-VIII/19), the Nagoya "
            "Protocol's (NP-2/7).",
            ("BS-V/11", "CP-VIII/19", "NP-2/7", "BS\u2011V/11"),
            ("BS-V", "XIII/18"),
        ),
        Piece(
            "cbd",
            r"{roman}/\d{1,3}{letter}",
            "A CBD decision numbered with a Roman meeting number (XIII/18, IX/16 C).",
            ("XIII/18", "IX/16 C"),
        ),
        Piece(
            "fccc",
            r"\d{1,3}/(?:CP|CMP|CMA)\.\d{1,2}",
            "A UNFCCC decision designated by its meeting (1/CP.21).",
            ("1/CP.21", "2/CMA.1"),
        ),
        Piece(
            "iccd",
            r"\d{1,3}/COP\.\d{1,2}",
            "A decision of the Conference of the Parties to the United Nations Convention to Combat "
            "Desertification, designated by its number and the Conference's session, as the UNCCD prints "
            "it ('Recalling that, in its decision 3/COP.15, the Conference of the Parties to the "
            "Convention ...'; 'ICCD/COP(13)/21/Add.1, decision 7/COP.13, annex'). The session alone is no "
            "decision, nor a number before 'COP' without its session.",
            ("3/COP.15", "7/COP.13", "10/COP.1"),
            ("COP.15", "3/COP", "3/COP.", "1/CP.21", "ICCD/COP(15)/23"),
        ),
        Piece(
            "wha",
            r"(?:SSA\d{1,2}|\d{1,2})(?:\.\d{1,3}|\(\d{1,3}\))",
            "A World Health Assembly resolution (77.17: its session, a dot, the number) or decision "
            "(75(9): the number in parentheses), printed without the 'WHA' of its designation, or a "
            "decision of its special session (SSA2(5)). Read only in a paragraph that names the World "
            "Health Assembly, after a keyword, and kept only when the clause names it: a dotted number "
            "is otherwise a paragraph or a version ('resolution 12.20' of another Conference of the "
            "Parties is none).",
            ("77.17", "78.1", "75(9)", "SSA2(5)"),
            ("77/17", "1.2.3", "2021(5)"),
        ),
        Piece(
            "whasym",
            r"WHA\d{1,2}(?:\.\d{1,3}|\(\d{1,3}\))",
            "A World Health Assembly resolution (WHA77.17) or decision (WHA75(9)) by its full "
            "designation, which names it without a keyword ('World Health Organization, document WHA77.4.').",
            ("WHA77.4", "WHA77.17", "WHA75(9)"),
            ("WHA58/2005/REC/1", "WHA77"),
        ),
        # ---- what opens a list of numbers --------------------------------------------
        Piece(
            "kw",
            at_word_start(
                "Resolutions?", "resolutions?", "Decisions?", "decisions?", "RESOLUTIONS?", "DECISIONS?"
            )
            + r"\b",
            "The keyword before one number or a list of numbers, a whole word (see at_word_start).",
            ("resolution", "Resolutions", "decisions"),
            ("resolve", "decisive"),
        ),
        # ---- citations that carry their own identity ---------------------------------
        Piece(
            "vols",
            r"\d{1,5}(?:\s?,\s?(?:and\s)?\d{1,5}|\s(?:and|to)\s\d{1,5})*",
            "The volumes of a Treaty Series citation: '2225', '1577, 2171 and 2173'.",
            ("2225", "1577, 2171 and 2173", "2225, 2237, 2241 and 2326"),
        ),
        Piece(
            "regnos",
            r"\d{1,7}(?:\s?(?:,|and|[\u2013-])\s?\d{1,7}){0,3}",
            "The registration numbers after 'Nos.': '970\u2013973' (a range), '17512 and 17513'.",
            ("970\u2013973", "17512 and 17513"),
        ),
        Piece(
            "treaty",
            r"\bvol(?P<plural>s)?[.,]\s{0,3}(?P<vols>{vols})(?:\s{0,3}\(\d{4}\))?(?:,?\s{0,3}(?:No\.\s{0,3}"
            r"(?P<regno>\d{1,7})|Nos\.\s{0,3}(?P<regnos>{regnos}))"
            r"|(?(plural)(?!)|,\s{0,3}(?P<bareno>\d{1,7})(?=[;\)]|\.(?!\d)|\s*$)))",
            "A United Nations Treaty Series citation: volume(s) and registration number(s); OCR may print "
            "the volume's full stop as a comma ('Treaty Series, vol, 75, No. 973'), and old texts the "
            "volume's year ('vol. 382 (1960), No. 5475': no part of the target). A journal prints "
            "volumes and numbers too ('The Lancet, vol. 399, No. 10325'): the extractor keeps only those "
            "the citation names the Series for (grammar.TREATY_SERIES). A source may lose the 'No.' of "
            "one volume's citation that ends right after its number ('Ibid., vol. 3175, 612.'): the "
            "bare number ('bareno'), which the extractor keeps only in a citation that names the Series "
            "or repeats one that did (never after 'vols.', whose numbers after a comma are volumes).",
            (
                "vol. 2225, No. 39574",
                "vols. 2225, 2237, 2241 and 2326, No. 39574",
                "vol. 976, No.\n14152",
                "vol. 75, Nos. 970\u2013973",
                "vol, 75, No. 973",
                "vol. 382\n(1960), No. 5475",
                "vol. 3175, 612",
            ),
            ("vol. 2225, p. 209", "vol 75, No. 973", "vols. 2171, 2173", "vol. 3175, 612.5"),
        ),
        Piece(
            "treatyno",
            r"No\.\s{0,3}(?P<regno>\d{1,7})",
            "Another registration number of the same Treaty Series volume, read only right after 'ibid., ' "
            "(see atoms): 'Treaty of "
            "Guarantee (United Nations, Treaty Series, vol. 382 (1960), No. 5475); Treaty concerning the "
            "Establishment of the Republic of Cyprus (ibid., No. 5476)', or a footnote 'Ibid., No. 973.' "
            "after 'vol. 75, Nos. 970\u2013973' (the volume is the previous citation's).",
            ("No. 5476", "No.\n973"),
            ("vol. 75, No. 973",),
        ),
        Piece(
            "sales",
            r"\bSales\s{1,3}No\.\s{0,3}(?P<salesno>(?:[A-Z]{1,2}\.)?\d{2}\."
            # the category's Roman numeral; an OCR'd text may print its I as T or l ("E.77.XTV.2" in
            # S/RES/418 (1977) F16, for XIV), kept as printed: at least one true numeral letter
            r"(?=[Tl]{0,5}[IVXL])[IVXLTl]{1,6}\.(?:[A-Z]{1,2}\.)?\d{1,3})",
            "A United Nations publication by its sales number (the language letter is not printed since 2019; "
            "an OCR'd Roman numeral is read as printed).",
            ("Sales No. E.91.IV.2", "Sales No. E.14.II.A.4", "Sales No. 19.IV.4", "Sales No. E.77.XTV.2"),
            ("Sales No. E.77.T.2", "Sales No. E.77.4.2", "Sales No. E.77.ABC.2"),
        ),
        Piece(
            "symbol",
            r"(?<![\w/.:@\u2010\u2011\u2013-])(?![IVXLC]{1,5}/)[A-Z][A-Z]{0,7}"
            # a joint organ's letters: "JAG-TSC/2023"; a division's in parentheses: "UNEP(DTIE)/Hg/CONF/4"
            r"(?:[\u2010\u2011\u2013-][A-Z]{2,7}(?=/))?"
            r"(?:\.\d{1,3}|\(\d{1,3}\)|\([A-Z]{2,8}\)|(?<=[A-Z]{2})\d{1,3})?"
            # OCR may space the number off the slash of an organ's one-letter series: "S/ 13384"
            r"(?:/(?:(?<=(?<![\w/.:@\u2010\u2011\u2013-])[AES]/)[ \n](?=\d\d[\d/]))?"
            r"[A-Za-z0-9](?:[A-Za-z0-9.\u2010\u2011\u2013-]{0,24}[A-Za-z0-9])?"
            # a part glued in parentheses: "WT/MIN(22)/33", "IOC/A-33/4.8.Doc(2)", "GB.344/POL/2(Rev.1)"; a
            # part with its number: "STCMLC/Part I/2021/2"
            r"(?:(?<=[A-Za-z])\(\d{1,3}\)|\((?:Rev|Add|Corr)\.\d{1,2}\)|(?<=/Part)[ \n][IVX]{1,4}(?=/))?){1,8}"
            # an addendum OCR spaced off its number: "S/1117/Add. 1"
            r"(?:(?:(?<=/Add)|(?<=/Corr)|(?<=/Rev))\.[ \n]\d{1,3}(?![\w/]))?"
            # the second symbol of a joint one after a line break at its hyphen: "A/77/69/Add.1-\nE/2022/47/Add.1"
            r"(?:[\u2010\u2011\u2013-][ \n]{1,2}[A-Z]{1,8}(?:\.\d{1,3})?"
            r"(?:/[A-Za-z0-9](?:[A-Za-z0-9.\u2010\u2011\u2013-]{0,24}[A-Za-z0-9])?){2,8})?"
            r"(?:\s{0,3}\((?:Sect\.\s?\d{1,3}[A-Z]?|Plan\soutline|Introduction|Income\ssect\.\s?\d{1,2}|Parts?\s[IVX]{1,4}(?:\sand\s[IVX]{1,4})?|Vol\.\s?[IVX]{1,4})\)"
            r"(?:/[A-Za-z0-9](?:[A-Za-z0-9.\u2010\u2011\u2013-]{0,24}[A-Za-z0-9])?){0,3})?"
            r"(?:\s?\({year}\))?",
            "A document symbol: series letters, then '/'-separated parts (a joint symbol "
            "is one symbol, also when a line breaks at its hyphen); a resolution symbol may carry its year. The IAEA General Conference "
            "numbers its series by session: GC(68)/RES/8; the World Health Assembly and the WHO "
            "Executive Board by the letters' own number: WHA58/2005/REC/1, EB136/8 (two letters at "
            "least: 'G20/...' is no series). A fascicle of the programme budget is its section (or its plan outline, "
            "introduction or income section) in parentheses, and its addenda go on after it: "
            "A/79/6 (Sect. 3)/Add.1, A/80/6 (Plan outline). OCR may space an addendum's number off: S/1117/Add. 1, "
            "and the number off the slash of an organ's one-letter series (S/, A/, E/): S/ 13384, but not a "
            "short number ('A/ 2' may be a page counter). A report issued in "
            "parts or volumes has the part in its symbol, as the UN prints and files it: "
            "A/CONF.157/24 (Part I), NPT/CONF.2000/28 (Parts I and II), NPT/CONF.2010/50 (Vol. I), "
            "NPT/CONF.1995/32 (Part I)/Corr.2. The ILO and UNEP print a joint organ's letters with a hyphen "
            "(JAG-TSC/2023), a division's in parentheses (UNEP(DTIE)/Hg/CONF/4), a part with its number "
            "(STCMLC/Part I/2021/2) and a revision or number glued in parentheses (GB.344/POL/2(Rev.1), "
            "IOC/A-33/4.8.Doc(2)): all part of the symbol as printed.",
            (
                "A/75/479",
                "E/CN.15/2015/16",
                "CAC/COSP/2019/17",
                "A/CONF.234/16",
                "A/69/711-S/2015/1",
                "A/77/69/Add.1- E/2022/47/Add.1",
                "A/RES/67/234",
                "S/RES/1373 (2001)",
                "A/78/PV.45",
                "UNEP/EA.5/Res.5",
                "GC(68)/RES/11",
                "GOV/INF/2005/10-GC(49)/INF/6",
                "WHA58/2005/REC/1",
                "EB136/8",
                "ICSP14/UNFSA/INF.3",
                "A/79/6 (Sect. 3)/Add.1",
                "A/80/6 (Sect. 29A)",
                "A/78/6\n(Sect. 8)",
                "A/80/6 (Sect. 24)/Corr.1",
                "NPT/CONF.1995/32 (Part I)/Corr.2",
                "A/CONF.157/24 (Part I)",
                "NPT/CONF.2000/28 (Parts I and II)",
                "NPT/CONF.2010/50 (Vol. I)",
                "S/1117/Add. 1",
                "S/ 13384",
                "S/\n12869",
                "A/80/6 (Plan outline)",
                "A/78/6 (Income sect. 1)",
                "UNEP(DTIE)/Hg/CONF/4",
                "JAG-TSC/2023",
                "STCMLC/Part I/2021/2",
                "GB.344/POL/2(Rev.1)",
                "IOC/A-33/4.8.Doc(2)",
            ),
            (
                "http://undocs.org/A/75/479",
                "XIII/18",
                "G20/2021",
                "A/79/6 (sect. 3)",
                "agreements/ICSP14/ReportICSP14.pdf",
                "S/ 25",
                "CP/ 13384",
                "S/RES/ 1373",
                "A-B/2023",
                "STCMLC/Part I",
                "A/75/1(a)",
                "UNEP(D)/Hg/CONF/4",
            ),
        ),
        Piece(
            "au",
            r"(?<![\w/.:@\u2010\u2011\u2013-])(?:Ext/)?(?:Assembly/AU|EX\.CL)/Decl?\.\s?\d{1,4}\s?\([IVXLC]{1,7}\)"
            r"(?![\w/])",
            "A decision of the African Union's Assembly or Executive Council by its symbol: the organ, "
            "'Dec.' (a declaration 'Decl.'), the number and the session in Roman numerals, 'Ext/' for an "
            "extraordinary session ('See decision Ext/Assembly/AU/Dec.1(XI), sect. XI.'). Its series "
            "has no digit before the first '/', which the document symbol piece needs.",
            (
                "Ext/Assembly/AU/Dec.1(XI)",
                "Assembly/AU/Dec.749(XXXIII)",
                "EX.CL/Dec.1073(XXXVI)",
                "Assembly/AU/Decl. 8 (XXXII)",
            ),
            ("Assembly/AU/Dec.1", "AU/Dec.1(XI)", "Assembly/AU/Dec.1(XI)/Rev.1"),
        ),
        Piece(
            "opcw",
            r"(?<![\w/.:@\u2010\u2011\u2013-])E?C-(?:SS-|M-)?(?:\d{1,3}|[IVXL]{1,6})/(?:DEC|RES)\.\s?\d{1,3}(?![\w/])",
            "A decision (or resolution) of the Organisation for the Prohibition of Chemical Weapons by its "
            "symbol: its Conference of the States Parties ('C-25', a special session 'C-SS-4') or Executive "
            "Council ('EC-94', a meeting 'EC-M-34'), then 'DEC.' and the number ('recalls in this regard "
            "decision C-25/DEC.9 of 21 April 2021 of the Conference of the States Parties'). Its series "
            "holds a hyphen, which the document symbol piece does not read.",
            ("C-25/DEC.9", "C-28/DEC.12", "EC-94/DEC.2", "C-SS-4/DEC.3", "EC-M-34/DEC.1", "C-I/DEC.5"),
            ("C-25/DEC.9/Rev.1", "ABC-25/DEC.9", "C-25/DEC", "S-32/1"),
        ),
        Piece(
            "imo",
            r"(?<![\w/.:@\u2010\u2011\u2013-])(?:A|MSC|MEPC|FAL|LEG|TC)\.\d{1,4} ?\(\d{1,3}\)(?![\w/])",
            "A resolution of the International Maritime Organization by its designation: the organ (its "
            "Assembly 'A', the Maritime Safety 'MSC', Marine Environment Protection 'MEPC', Facilitation "
            "'FAL', Legal 'LEG' or Technical Cooperation 'TC' Committee), a full stop, the number and the "
            "organ's session in parentheses ('Urges States to ensure the full implementation of resolution "
            "A.1159(32) of 15 December 2021', 'including the adoption of resolution MSC.489(103)'). It holds "
            "no '/': the scanner reads it at its '(', as a number with a year or a Roman session, and only "
            "right after 'resolution(s)' or in a text that names the Organization ('paragraph A.2(3)' is none).",
            ("A.1090(28)", "MSC.489(103)", "MEPC.207(62)", "FAL.13(42)", "A.963(23)", "MSC.448 (99)"),
            ("A.1090", "MSC.489(2008)", "XA.1090(28)", "IOC/A.1(2)", "A.1090(28)/Rev.1", "LP.6(17)"),
        ),
        Piece(
            "part",
            r"\b(?:Corr|Add|Rev)\.\s?\d{1,3}(?:{dash}\d{1,3})?",
            "A corrigendum, addendum or revision printed after a symbol ('and Corr.1'), or a range of "
            "them ('and Corr.1\u20133': one reference each, read by the extractor); OCR may space the "
            "number off ('documents S/25354 and Add. 1 and 2').",
            ("Corr.1", "Add.1", "Rev.2", "Corr.1\u20133", "Add.1-3", "Add. 1"),
            ("Corr.", "Add.1/"),
        ),
        Piece(
            "partnos",
            r"(?:\s{0,3},\s{0,3}\d{1,3}){0,8}\s{0,3},?\s{0,3}and\s{1,3}\d{1,3}"
            r"(?![\w/\u2010\u2011\u2013-]|\.\d|\s{0,3}\(|\s{1,3}(?:" + _MONTHS + r"))",
            "The other numbers of a list of parts: the ' and 2' of 'S/26060 and Add.1 and 2', the "
            "', 2 and 3' of 'Add.1, 2 and 3'. The list must close with 'and': in 'Corr.1, 6' the 6 is "
            "a footnote mark; nor is a number a part when a date, a year or another symbol goes on from it.",
            (" and 2", ", 2 and 3", " and\n2"),
            (", 6", " and 2 December", " and 2 (2001)", " and 2/3", " and 2.5"),
        ),
        Piece("ibid", r"\bIbid\.", "A footnote that repeats the previous one's source.", ("Ibid.",)),
        Piece(
            "lone",
            r"(?<![\w/.\u2010\u2011\u2013-])[A-H](?![\w/\u2010\u2011\u2013-]|\.[\w/\u2010\u2011\u2013-])",
            "A part letter standing alone in a list of parts: the B of '36/87 A and B', the C of 'A to C'; "
            "also at the end of a sentence or footnote ('Resolutions 53/243 A and B.'), but not as the "
            "head of a dotted number ('B.1').",
            ("B", "C"),
            ("A/75/1", "Ab"),
        ),
    ]
}

#: The order in which atoms are tried at one position (first match wins).
ATOM_ORDER = (
    "treaty",
    "treatyno",
    "sales",
    "ibid",
    "symbol",
    "part",
    "partno",
    "kw",
    "date",
    "ocrdate",
    "dates",
    "fccc",
    "iccd",
    "mop",
    "cbd",
    "sc",
    "scocr",
    "old",
    "oldocr",
    "eco",
    "ga",
    "whasym",
    "wha",
    "au",
    "opcw",
    "imo",
    "lone",
    "scbare",  # last: any other shape read at the same place wins ("217 A (III)", "2248(S-V)")
)

#: Number atoms: the shapes a resolution or decision number takes.
NUMBER_KINDS = ("sc", "old", "eco", "ga", "cbd", "fccc", "iccd", "mop", "wha")

_REF = re.compile(r"\{(\w+)\}")


def compose(name: str) -> str:
    """The full pattern of piece ``name``, with every ``{piece}`` reference expanded.

    >>> compose("treaty").startswith(r"\\bvol(?P<plural>s)?[.,]")
    True
    """
    pat = PIECES[name].pattern

    def sub(m: re.Match[str]) -> str:
        key = m[1]
        if key in PIECES:
            return compose(key)
        return m[0]  # a regex repeat such as {1,4}

    return _REF.sub(sub, pat)


def _number_boundary(kind: str) -> str:
    """Numbers must not be glued to other digits or slashes ("2/27" inside "12/2/27")."""
    return rf"(?<![\w/.\u2010\u2011\u2013-])(?P<{kind}>{compose(kind)})(?![\w/]|\.\d)"


#: One atom found in a text: ``(start, rank, kind, end, text, groups)``: where it starts, its kind's
#: place in :data:`ATOM_ORDER`, its kind (a piece name), where it ends, its text, and its named parts
#: ("vols", "salesno"; read for treaty and sales, empty otherwise). A plain tuple: atoms sort by start
#: and then rank, as the extractor reads them, with no key function; they are made by the ten
#: thousand, in one step; and the extractor unpacks them (``for start, _, kind, end, text, groups in
#: atoms(t)``) on the interpreter's fast path for exact tuples, which a named tuple would miss.
Atom = tuple[int, int, str, int, str, dict[str, str | None]]


def _atom(m: re.Match[str], kind: str, group: str | None = None) -> Atom:
    """The atom of ``kind`` that group ``group`` of ``m`` matched (by default the group named ``kind``)."""
    g = group or kind
    start, end = m.span(g)
    return (start, _RANK[kind], kind, end, m.group(g), m.groupdict() if kind in _GROUPED else _NO_GROUPS)


#: The atoms whose named parts are read ("vols", "salesno"); the others need only their text.
_GROUPED = frozenset({"treaty", "treatyno", "sales"})
_NO_GROUPS: dict[str, str | None] = {}  # shared, never written

_AT = {
    name: re.compile(_number_boundary(name) if name in NUMBER_KINDS else rf"(?P<{name}>{compose(name)})")
    for name in ATOM_ORDER
    if name not in ("kw", "date", "dates", "part", "partno", "partnos", "lone", "wha", "whasym")
    and name
    # read by DATE_AFTER_OCR, KW_SC_OCR, SC_OCR_NEXT, KW_SC_BARE, KW_GA_OCR
    not in ("ocrdate", "scocr", "scbare", "oldocr")
}

#: The World Health Assembly's numbers and designations (pieces "wha", "whasym"), searched only in a
#: paragraph that names the Assembly or prints a designation (:func:`_wha_atoms`).
_WHA_AT = re.compile(
    rf"(?<![\w/.\u2010\u2011\u2013-])(?:(?P<whasym>{compose('whasym')})|(?P<wha>{compose('wha')}))"
    r"(?![\w/]|\.\d)"
)

#: Characters a symbol or a number is made of: walking back over them from a "/" finds where it starts.
_TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-\u2010\u2011\u2013"
#: A series numbered by session, right before a "/": the "GC(68)" of "GC(68)/RES/8".
_SESSION_SERIES = re.compile(r"(?<![\w/.\u2010\u2011\u2013-])[A-Z]{1,8}\((?:\d{1,3}|[A-Z]{2,8})\)$")

#: The keyword right before the first number of a list ("resolutions 46/152").
KW_BEFORE = re.compile(rf"(?P<kw>{compose('kw')})\s{{1,3}}(?:No\.\s{{0,2}}|\d{{1,4}}\s?\d{{4}}\)\s?,\s?)?$")
#: A date right after a number: "46/152 of 18 December 1991".
DATE_AFTER = re.compile(rf"{compose('date_lead')}\s{{1,3}}(?P<date>{compose('date')})")
#: A date whose day the OCR damaged (piece "ocrdate"), right after a number: "187 (1964) of 13, March",
#: "73 (1949) of il August 1949"; or a full date after an "of" the OCR printed "cf" ("document $/26627 cf 25
#: October 1993", S/RES/885 (1993)). Only "of" or "cf": tried where DATE_AFTER finds no date.
DATE_AFTER_OCR = re.compile(
    rf"[ \n]{{0,3}}(?:of[ \n]{{1,3}}(?P<ocrdate>{compose('ocrdate')})"
    rf"|cf[ \n]{{1,3}}(?P<cfdate>{_FULL_DATE}))"
)
#: What may not follow a Council number the OCR broke: more of a token, or a capitalised word, as the
#: year is then a name's ("7 2000 Review Conference", "2005 World Summit Outcome").
_SC_OCR_END = r"(?![\w/]|\.\d|[ \n]{1,3}[A-Z][a-z])"
#: A Council number whose parentheses the OCR lost (piece "scocr"), right after "resolution(s)": "its
#: resolution 868 1993 of 29 September 1993", "resolutions 387 1976), 418 (1977)". Searched from the
#: "esolution" the text holds (a literal: the engine skips to it).
KW_SC_OCR = re.compile(rf"esolutions?[ \n]{{1,3}}(?P<scocr>{compose('scocr')}){_SC_OCR_END}")
#: A Council number printed without its year (piece "scbare"), right after "resolution(s)": "paragraph 24 of
#: resolution 687 as it relates to military commodities". Nothing of a token may follow it, nor a bracket or another
#: number, nor a part letter and a bracket (then it is another shape: "687 (1991)", "868 1993", "1474 (ES-IV)",
#: "2248(S-V)", "217 A (III)").
KW_SC_BARE = re.compile(
    r"esolutions?[ \n]{1,3}(?P<scbare>\d{1,4})"
    r"(?![\w/\u2010-\u2013-]|[.,]\d|[ \n]{0,3}(?:[A-Z][ \n]{0,2})?[(\d\\])"
)
#: A GA resolution whose Roman session the OCR printed as digits (piece "oldocr"), right after "General Assembly
#: resolution(s)": "General Assembly resolution 22 A (1)." (S_RES_868_1993.txt F4). Searched from the "Assembly" the
#: text holds.
KW_GA_OCR = re.compile(
    rf"Assembly[ \n]{{1,3}}resolutions?[ \n]{{1,3}}(?P<oldocr>{compose('oldocr')})(?![\w/])"
)
#: The same as the next item of a list of Council numbers, after the previous one and its date: "767
#: (1992)\nof 27 July 1992, 775 1992 of 28 August 1992, 794 (1992)", "418 (1977), 428 1978), ...".
SC_OCR_NEXT = re.compile(
    rf"(?:[ \n]{{1,3}}of[ \n]{{1,3}}\d{{1,2}}[ \n]{{1,3}}(?:{_MONTHS})(?:[ \n]{{1,3}}{compose('year')})?)?"
    rf"[ \n]{{0,3}}(?:,[ \n]{{0,3}}(?:and[ \n]{{1,3}})?|and[ \n]{{1,3}})(?P<scocr>{compose('scocr')}){_SC_OCR_END}"
)
#: The dates of a list, "respectively": "1196 (1998) and 1197 (1998), adopted by the Security Council on
#: 16 and 18 September 1998, respectively".
DATES_AFTER = re.compile(
    rf"{compose('date_lead')}\s{{1,3}}(?P<dates>{compose('dates')})(?=\s{{0,3}},\s{{0,3}}respectively\b)"
)
#: The dates of an "and"-joined list printed right after it without "respectively": "its resolutions 63
#: (1948) and 64 (1948) of 24 and 28 December 1948" (one each, in turn; the extractor pairs them only
#: when the list ends with as many undated items as there are dates).
DATES_PAIRED = re.compile(rf"\s{{0,3}}of\s{{1,3}}(?P<dates>{compose('dates')})")
#: One date of such a list: a day, and the month and year if printed.
DATES_ONE = re.compile(
    rf"(?P<day>\d{{1,2}})(?:\s{{1,3}}(?P<month>{_MONTHS})(?:\s{{1,3}}(?P<year>\d{{4}}))?)?"
)
#: A date after a group: "22/7 on ... and 22/8 on ..., both of 26 April 2013".
GROUP_DATE_AFTER = re.compile(
    rf",\s*(?:both|all|each)\s+(?:of|adopted\s+on|dated)\s+(?P<date>{compose('date')})"
)
#: A date before the keyword: "the adoption, on 18 December 2013, of resolution 68/178".
PRE_DATE_BEFORE = re.compile(rf"\bon\s+(?P<date>{compose('date')})\s*,?\s*of\s+(?:its\s+|the\s+)?$")
#: A corrigendum or addendum after a symbol or after another part: "E/2013/30 and Corr.1",
#: "S/21919 and Corr.1 and Add.1-3".
PART_AFTER = re.compile(rf"\s{{0,3}}(?:,|and|&)\s{{0,3}}(?P<part>{compose('part')})")
#: What makes a "vol. N, No. M" a Treaty Series citation, read in the citation before it: the Series
#: named ("United Nations, Treaty Series, vol. 2225, No. 39574"), or "Ibid." after a footnote that
#: cited it. A journal names itself there instead ("The Lancet, vol. 399, No. 10325"): no treaty.
TREATY_SERIES = re.compile(r"\bTreaty\s+Series\b|\bUNTS\b")
TREATY_IBID = re.compile(r"\bIbid\.", re.IGNORECASE)
#: What may join two Treaty Series citations of one footnote ("vol. 2131, No. 20378; and vols. 2171,
#: 2173 and 2983, No. 27531"; "...; ibid., vol. 2131"): the second is in the Series too.
TREATY_JOIN = re.compile(r"[\s,;]*(?:and\s+)?", re.IGNORECASE)
#: A word before a Treaty Series citation that names nothing: with only these (or none) before it, a
#: bare "vol. 2225, No. 39574" is the Series, as UN texts print no other volume and number so.
TREATY_LEAD_WORDS = frozenset({"see", "also", "and", "in"})
#: The other numbers of a list of parts (see the piece): "S/26060 and Add.1 and 2".
PARTNOS_AFTER = re.compile(rf"(?P<partnos>{compose('partnos')})")
#: One number of such a list.
_PARTNO = re.compile(r"\d{1,3}")
#: A symbol that ends with its part, which a list of part numbers may follow: "S/1994/89/Add.1 and 2".
ENDS_WITH_PART = re.compile(r"/(?:Corr|Add|Rev)\.\d{1,3}$")
#: Another part letter after a lettered number: "36/87 A and B", "78/254 A to C".
LONE_AFTER = re.compile(rf"\s{{0,3}}(?:,\s{{0,3}}and|,|and|to)\s{{0,3}}(?P<lone>{compose('lone')})")

#: The part letter after a resolution symbol: the " A" of "GC(68)/RES/11 A".
SYMBOL_LETTER = re.compile(r" [A-H](?![\w/.\u2010\u2011\u2013-])")
_ENDS_LETTERED = re.compile(r"\d\s?[A-H]$")
# a Council number the OCR broke, or printed without its year, is read beside as one
_NUMBERS = frozenset((*NUMBER_KINDS, "scocr", "scbare", "oldocr"))
#: What the text after a number may start with, spaces stripped, when DATE_AFTER can match there
#: ("" when four spaces or more: the regex decides).
_DATE_AFTER_FIRST = frozenset({"", ",", "o", "d", "a", "e", "c"})  # "c": an OCR "cf" for "of"
#: The same for PART_AFTER: up to three spaces, then ",", "and" or "&".
_PART_AFTER_FIRST = frozenset({"", ",", "a", "&"})
#: The same for PARTNOS_AFTER: up to three spaces, then "," or "and".
_PARTNOS_FIRST = frozenset({"", ",", "a"})


def atoms(text: str) -> list[Atom]:
    """The atoms of ``text`` in order: the scanner the extractor runs over each paragraph.

    It does not run every piece at every character. It looks for the cheap literal hits that
    every identifier contains — a "/" (numbers, symbols), a "(" (1373 (2001), 2200 A (XXI)),
    "vol.", "Sales", "Ibid." — tries the pieces that can hold that hit where the token around it
    starts, and then reads the atoms that only matter beside a number or symbol: the keyword
    before it, its date, a corrigendum, the other part letters. So plain prose costs one pass
    of C-speed literal search.

    >>> [(kind, text) for _, _, kind, _, text, _ in atoms("its resolutions 46/152 of 18 December 1991 and 1373 (2001)")]
    [('kw', 'resolutions'), ('ga', '46/152'), ('date', '18 December 1991'), ('sc', '1373 (2001)')]
    """
    # "vol.", "Sales No." and "Ibid." all hold a full stop, which most paragraphs (ending in "," or
    # ";") lack: one C-speed search for it spares the three longer ones
    dot = "." in text
    # a Council number whose parentheses the OCR lost, right after "resolution(s)" ("its resolution 868
    # 1993 of 29 September 1993": it may be the paragraph's only number, with no "(" or "/")
    council = "esolution" in text
    ocr = KW_SC_OCR.search(text) if council else None  # rare: a search, and only then the list
    found: list[Atom] = (
        [] if ocr is None else [_atom(m, "scocr") for m in KW_SC_OCR.finditer(text, ocr.start())]
    )
    bare = KW_SC_BARE.search(text) if council else None  # rarer still
    if bare is not None:
        found.extend(_atom(m, "scbare") for m in KW_SC_BARE.finditer(text, bare.start()))
    # a GA resolution whose Roman session the OCR printed as digits ("General Assembly resolution 22 A (1)")
    if "Assembly" in text and ("(1)" in text or "(11)" in text or "(l" in text):
        found.extend(_atom(m, "oldocr") for m in KW_GA_OCR.finditer(text, text.find("Assembly")))
    if (
        not found
        and "/" not in text
        and "(" not in text
        and not (
            dot
            and ("vol" in text or "Sales" in text or "Ibid" in text or "Assembly" in text or "WHA" in text)
        )
    ):
        return []
    covered = -1  # the end of the last identifier read: the next "/" is searched after it
    i = text.find("/")
    while i != -1:
        # the token the "/" is in starts after the run of token characters before it (40 at most)
        before = text[max(0, i - 40) : i]
        run = before[len(before.rstrip(_TOKEN_CHARS)) :]
        if not run and before[-1:] == ")":
            sess = _SESSION_SERIES.search(before)  # "GC(68)/RES/8": the series holds its session
            run = sess.group() if sess is not None else run
        if (not run and before[-2:] == "S$" and before[-3:-2] not in _TOKEN_CHARS) or (
            (not run or run in ("s", "5"))
            and before[-1:] in "$s5"
            and (lead := _COUNCIL_OCR_BEFORE.search(before)) is not None
            and (run != "5" or _YEAR_NUMBERED_AFTER.match(text, i + 1) is not None)
            and (run != "s" or lead.group()[:1] == "d")  # "document s/3140", not "(s/12)"
        ):
            # "(S$/25241)", "document $/26627", "document s/3140", "(5/2002/1005)": the OCR's "$" in the Council's
            # series, or a "$", "s" or "5" for its "S"
            ocr = _ocr_council_symbol(text, i)
            if ocr is not None:
                found.append(ocr)
                covered = ocr[3]
                i = text.find("/", covered)
                continue
        p = i - len(run)
        if run[:1].isdigit() and text[p - 1 : p] == " " and "document" in text[max(0, p - 40) : p]:
            spaced = _spaced_symbol(text, p, i, found[-1][3] if found and found[-1][2] == "symbol" else -1)
            if spaced is not None:  # "document CL 144/9": a symbol with a space in it
                found.append(spaced)
                covered = spaced[3]
                i = text.find("/", covered)
                continue
        for q in (p,) if run.isalnum() else _starts(text, p, i):  # "75/196": one start
            for kind in _slash_kinds(text, q, i):
                m = _AT[kind].match(text, q)
                if m is not None and m.end() > i:
                    found.append(_atom(m, kind))
                    covered = m.end()
                    break
            else:
                continue
            break
        i = text.find("/", max(i + 1, covered))
    i = text.find("(")
    while i != -1:
        if (
            text[i + 1 : i + 2] not in _AFTER_PAREN
            or not text[max(0, i - 5) : i].rstrip(" \n\\")[-1:].isalnum()
        ):
            i = text.find("(", i + 1)  # "(the Nelson Mandela Rules)": no year, no Roman session
            continue
        p = i - 1
        if p >= 0 and text[p] == "\\":
            p -= 1
        while p >= 0 and i - p < 5 and text[p] in " \n":
            p -= 1
        if p >= 1 and text[p].isupper() and text[p - 1] in " \n":
            p -= 2  # the part letter of "161 A (1961)", "2200 A (XXI)"
        while p >= 0 and text[p] in " \n":
            p -= 1
        while p >= 0 and text[p].isdigit():
            p -= 1
        p += 1
        if p < i and text[p].isdigit():
            for kind in ("sc", "old"):
                m = _AT[kind].match(text, p)
                if m is not None:
                    found.append(_atom(m, kind))
                    break
            else:
                organ = _IMO_ORGAN.search(text, max(0, p - 5), p) if text[p - 1 : p] == "." else None
                m = _AT["imo"].match(text, organ.start()) if organ is not None else None
                if m is not None and (
                    "Maritime" in text
                    or "IMO" in text
                    or KW_BEFORE.search(text, max(0, m.start() - 40), m.start())
                ):  # "resolution MSC.489(103)": the IMO's, by its designation
                    found.append(_atom(m, "imo"))
        i = text.find("(", i + 1)
    if council:
        _council_ocr_next(text, found)
    for word, kind in (
        (("vol", "treaty"), ("Sales", "sales"), ("Ibid", "ibid"), ("bid.,", "treatyno")) if dot else ()
    ):
        i = text.find(word)
        while i != -1:
            if kind == "treatyno":
                m = (
                    _AT[kind].match(text, i + 6)
                    if i and text[i - 1] in "Ii" and text[i + 5 : i + 6].isspace()
                    else None
                )
                if m is not None:  # "No. 5476" after "ibid., "
                    found.append(_atom(m, kind))
            elif kind != "treaty" or text.startswith(("vol.", "vols.", "vol,", "vols,"), i):
                m = _AT[kind].match(text, i)
                if m is not None:
                    found.append(_atom(m, kind))
            i = text.find(word, i + 1)
    if "WHA" in text or "SSA" in text or ("Health" in text and "Assembly" in text):
        found.extend(_atom(m, m.lastgroup) for m in _WHA_AT.finditer(text))
    # by start, then rank; two atoms equal in these are one match read twice (the groups are never
    # the first field to differ, so no two dicts are compared)
    found.sort()
    out: dict[tuple[int, int], Atom] = {}
    n = len(text)
    end = -1
    for a in found:
        if a[0] < end:
            continue  # inside an identifier already read ("1373 (2001)" inside "S/RES/1373 (2001)")
        end = a[3]
        _around(text, a, n, out)
    return [out[key] for key in sorted(out)]


#: What stands right before a "$", "s" or "5" the OCR printed for the "S" of the Council's series ("document $/26627",
#: "($/25241)", "document s/3140", "(5/2002/1005)"): "document(s)" or an opening bracket, so that a currency before a
#: "/" ("$/ton", "at $/100"), a word's "s" or a number's "5" is none.
_COUNCIL_OCR_BEFORE = re.compile(r"(?:\bdocuments?[ \n]{1,3}|\([ \n]?)[$s5]$")
#: A year-numbered symbol's year and number after the "/" (S/2002/1005): after a "5" for the "S", only this is read,
#: as "(5/10)" may be a number of another shape.
_YEAR_NUMBERED_AFTER = re.compile(r"(?:19[4-9]\d|20\d\d)/\d")


def _ocr_council_symbol(text: str, i: int) -> Atom | None:
    """The symbol atom of a Security Council document whose "S/" the OCR printed "S$/", "$/", "s/" or "5/", the "/" at
    ``i`` ("contained in document S$/12611", "(S$/25241)", "document $/26627", "document s/3140", "(5/2002/1005)"), or
    None: the symbol read as if "S/" were printed, its text as printed (the extractor drops the "$" from the target, or
    reads the "$", "s" or "5" as the "S").

    >>> _ocr_council_symbol("the Council (S$/25241), that", 15)[2:5]
    ('symbol', 21, 'S$/25241')
    >>> _ocr_council_symbol("in document $/26627 cf 25", 13)[2:5]
    ('symbol', 19, '$/26627')
    >>> _ocr_council_symbol("report (5/2002/1005) and", 9)[2:5]
    ('symbol', 19, '5/2002/1005')
    >>> _ocr_council_symbol("costs S$/ 2000", 8) is None
    True
    """
    m = _AT["symbol"].match("S" + text[i : i + 80])
    if m is None or not m.group().split("/")[1][:1].isdigit():
        return None
    start = i - 2 if text[i - 2 : i] == "S$" else i - 1
    end = i + m.end() - 1
    return (start, _RANK["symbol"], "symbol", end, text[start:end], _NO_GROUPS)


def _council_ocr_next(text: str, found: list[Atom]) -> None:
    """Add to ``found`` the Council numbers whose parentheses the OCR lost that go on a list after a
    Council number of ``found`` (or after one of themselves): "767 (1992)\nof 27 July 1992, 775 1992 of
    28 August 1992" (:data:`SC_OCR_NEXT`)."""
    k = 0
    while k < len(found):
        a = found[k]
        k += 1
        if a[2] == "sc" or a[2] == "scocr":
            m = SC_OCR_NEXT.match(text, a[3])
            if m is not None:
                found.append(_atom(m, "scocr"))


#: An IMO organ's letters and the full stop right before a number: the "MSC." of "MSC.489(103)" (piece
#: "imo"; the piece then decides what stands before them).
_IMO_ORGAN = re.compile(r"(?:A|MSC|MEPC|FAL|LEG|TC)\.$")
_ROMAN_CHARS = frozenset("IVXLC")
_DASHES = frozenset("-\u2010\u2011\u2013")
_AFTER_PAREN = frozenset("0123456789IVXLCES ")


_RANK = {name: k for k, name in enumerate(ATOM_ORDER)}


#: A symbol printed with a space between its series letters and its number, named by the word "document"
#: (the FAO's and its Conference's and Council's, the World Summit on Food Security's): "Food and
#: Agriculture Organization of the United Nations, document CL 144/9", "document C 2019/23", "document
#: C 2017/REP", "document WSFS 2009/2". Read only after "document": "Council 144/9" or "CL 144/9" alone
#: is nothing.
_SPACED = r"(?P<symbol>[A-Z]{1,6} \d{1,4}/[A-Z0-9]{1,6}(?:/[A-Za-z0-9.]{1,10}){0,3})(?![\w/])"
SPACED_SYMBOL = re.compile(r"documents?[ \n]{1,3}" + _SPACED)


#: The next one in a list: "documents CL 144/9 and C 2019/23", or the same document's number for another organ, in
#: brackets: "document CL 144/9 (C 2013/20)" (as any symbol in brackets is read: "Supplement No. 10 (E/2016/30)").
SPACED_SYMBOL_NEXT = re.compile(r"(?:(?:,|,?[ \n]and)[ \n]{1,3}|[ \n]\()" + _SPACED)


def _spaced_symbol(text: str, p: int, i: int, last_symbol_end: int = -1) -> Atom | None:
    """The :data:`SPACED_SYMBOL` atom whose number starts at ``p`` and holds the "/" at ``i``, or None;
    or the next one of a list (:data:`SPACED_SYMBOL_NEXT`) after the symbol that ends at ``last_symbol_end``.

    >>> _spaced_symbol("See document CL 144/9.", 16, 19)[4], _spaced_symbol("See Council 144/9.", 12, 15)
    ('CL 144/9', None)
    >>> _spaced_symbol("documents CL 144/9 and C 2019/23", 25, 29, 18)[4]
    'C 2019/23'
    >>> _spaced_symbol("document CL 144/9 (C 2013/20), appendix D", 21, 25, 17)[4]
    'C 2013/20'
    """
    k = text.rfind("document", max(0, p - 22), p)
    m = SPACED_SYMBOL.match(text, k) if k != -1 else None
    if (m is None or m.end("symbol") <= i) and 0 < last_symbol_end < p:
        m = SPACED_SYMBOL_NEXT.match(text, last_symbol_end)
    if (
        m is None
        or m.end("symbol") <= i
        or m.start("symbol") + text[m.start("symbol") : p].find(" ") + 1 != p
    ):
        return None
    return _atom(m, "symbol")


#: What follows the "/" of a decision designated by its meeting, tested before the piece is tried: the
#: UNFCCC's Conferences ("1/CP.21", "2/CMP.1", "1/CMA.3": piece "fccc") and the UNCCD's Conference
#: ("3/COP.15": piece "iccd"). In step with the two pieces (tests/test_grammar.py tries their examples).
_MEETINGS = ("CP.", "CMP.", "CMA.", "COP.")


def _slash_kinds(text: str, q: int, i: int) -> tuple[str, ...]:
    """The pieces worth trying at ``q`` for the "/" at ``i``, from the first characters."""
    c = text[q]
    if c in "AE" and text.startswith(_AU_SERIES, q):
        return ("au",)  # "Ext/Assembly/AU/Dec.1(XI)": the African Union's
    if c in "CE" and text.startswith(("C-", "EC-"), q):
        return ("opcw", "symbol")  # "C-25/DEC.9": the OPCW's
    if c.isdigit():
        if text.startswith(_MEETINGS, i + 1):
            return ("iccd",) if text.startswith("COP.", i + 1) else ("fccc",)
        return ("eco", "ga") if i - q == 4 else ("ga",)
    if text[q + 2 : q + 3] in _DASHES and text[q : q + 2] in ("BS", "CP", "NP"):
        return ("mop", "symbol")  # "BS-V/11": a CBD protocol's decision
    if c in _ROMAN_CHARS and all(ch in _ROMAN_CHARS for ch in text[q:i]):
        return ("cbd", "symbol")
    if c in "ES" and text[q + 1 : q + 2] in ("-", "S", "\u2010", "\u2011", "\u2013"):
        return ("ga", "symbol")
    return ("symbol",)


#: How the symbol of an African Union decision starts (piece "au").
_AU_SERIES = ("Ext/Assembly/AU/", "Assembly/AU/", "EX.CL/", "Ext/EX.CL/")


def _starts(text: str, p: int, i: int) -> list[int]:
    """Where an identifier holding the "/" at ``i`` may start, from the token start ``p``."""
    starts = [p]
    if text[p:i].isalnum():
        return starts  # "75/196": no later start
    for q in range(p + 1, i):  # "Corr.1/..." never, but "resolution70/1" or "(A/75/1" may need a later start
        if not text[q - 1].isalnum() and text[q].isalnum():
            starts.append(q)
    return starts


def _date_after(text: str, e: int, respectively: bool) -> Atom | None:
    """The date atom printed right after a number or symbol that ends at ``e``, or None: "of 18
    December 1991" ("date"), or with ``respectively`` the dates of a list, "on 16 and 18 September
    1998, respectively" ("dates": one for each item)."""
    # DATE_AFTER starts with up to three spaces, then "," or "of", "dated", "adopted", "on", "entitled"
    if text[e : e + 4].lstrip()[:1] not in _DATE_AFTER_FIRST:
        return None
    if respectively and text.find("respectively", e, e + 400) != -1:
        ds = DATES_AFTER.match(text, e)
        if ds is not None:
            return _atom(ds, "dates")
    if respectively:
        ds = DATES_PAIRED.match(text, e)  # "63 (1948) and 64 (1948) of 24 and 28 December 1948"
        if ds is not None:
            return _atom(ds, "dates")
    d = DATE_AFTER.match(text, e)
    if d is None and text[e : e + 4].lstrip()[:1] in ("o", "c"):
        o = DATE_AFTER_OCR.match(text, e)  # "of 13, March", "of il August 1949": a day the OCR damaged
        if o is not None and o["cfdate"] is not None:  # "cf 25 October 1993": an "of" the OCR damaged
            return _atom(o, "date", "cfdate")
        return _atom(o, "ocrdate") if o is not None else None
    return _atom(d, "date") if d is not None else None


def _around(text: str, a: Atom, n: int, out: dict[tuple[int, int], Atom]) -> None:
    """The atom with what only matters beside it: keyword before, date, part, letters after, kept in
    ``out`` (by place and kind; the first kept wins)."""
    s, _, kind, e, _, _ = a
    keep = out.setdefault  # by (start, rank), the first two fields
    if kind in _NUMBERS or kind == "imo":  # an IMO designation opens its list as a number does
        lo = max(0, s - 40)
        k = (
            KW_BEFORE.search(text, lo, s)
            if text.find("ion", lo, s) != -1 or text.find("ION", lo, s) != -1  # "resolution", "DECISION"
            else None
        )
        if k is not None:
            kw = k.start("kw")
            pre = (
                PRE_DATE_BEFORE.search(text, max(0, kw - 80), kw)
                if text.find(" on ", max(0, kw - 80), kw) != -1
                else None
            )
            if pre is not None:
                b = _atom(pre, "date")
                keep(b[:2], b)
            b = _atom(k, "kw")
            keep(b[:2], b)
    if kind in _NUMBERS:
        keep((s, a[1]), a)
        last_kind, last_text = kind, a[4]
        while last_kind == "lone" or (last_text[-1:].isupper() and _ENDS_LETTERED.search(last_text)):
            lone = LONE_AFTER.match(text, e)
            if lone is None:
                break
            b = _atom(lone, "lone")
            keep(b[:2], b)
            _, _, last_kind, e, last_text, _ = b
        b = _date_after(text, e, respectively=True)
        if b is not None:
            keep(b[:2], b)
        else:
            w = min(n, e + 300)
            gd = (
                GROUP_DATE_AFTER.search(text, e, w)
                if text.find("both", e, w) != -1
                or text.find("all ", e, w) != -1
                or text.find("each", e, w) != -1
                else None
            )
            if gd is not None:
                b = _atom(gd, "date")
                keep(b[:2], b)
        return
    if kind in ("whasym", "au", "opcw", "imo") or (
        kind == "symbol" and ("/RES" in a[4] or "/DEC/" in a[4] or "/Res." in a[4])
    ):
        # a resolution cited by its symbol is lettered and dated as a number is:
        # "GC(68)/RES/11 A", "CBD/COP/DEC/16/5 of 1 November 2024"
        lettered = SYMBOL_LETTER.match(text, e)
        if lettered is not None:
            e = lettered.end()
            a = (s, a[1], kind, e, text[s:e], a[5])
        keep((s, a[1]), a)
        b = _date_after(text, e, respectively=False)
        if b is not None:
            keep(b[:2], b)
        return
    keep((s, a[1]), a)
    if kind != "symbol":
        return
    numbered = ENDS_WITH_PART.search(a[4]) is not None  # "S/1994/89/Add.1 and 2"
    for _ in range(4):  # "S/21919 and Corr.1 and Add.1-3": a few parts follow one another
        if numbered and text[e : e + 4].lstrip()[:1] in _PARTNOS_FIRST:
            ns = PARTNOS_AFTER.match(text, e)
            if ns is not None:
                for m in _PARTNO.finditer(text, e, ns.end()):
                    b = (m.start(), _RANK["partno"], "partno", m.end(), m.group(), _NO_GROUPS)
                    keep(b[:2], b)
                e = ns.end()
        if text[e : e + 4].lstrip()[:1] not in _PART_AFTER_FIRST:
            break
        pt = PART_AFTER.match(text, e)
        if pt is None:
            break
        b = _atom(pt, "part")
        keep(b[:2], b)
        e = b[3]
        numbered = not any(c in b[4] for c in "-\u2010\u2011\u2012\u2013")  # "Add.1-3 and 4" is no list
    if text[e : e + 4].lstrip()[:1] in _DOCUMENT_DATE_FIRST:
        d = DOCUMENT_DATE_AFTER.match(text, e)
        if d is not None:
            b = _atom(d, "date")
            keep(b[:2], b)


#: A document's own date right after its symbol (or its last part): "contained in document S/19278 of 19 November
#: 1987", "S/19278, dated 19 November 1987". Only "of" or "dated" and a full date: what happened "on" a date after a
#: symbol need not be the document's issue, and a day without its year is no document's date. "cf" is an "of" the OCR
#: damaged ("document $/26627 cf 25 October 1993", S/RES/885 (1993)).
DOCUMENT_DATE_AFTER = re.compile(
    rf"(?:[ \n]{{1,3}}[oc]f[ \n]{{1,3}}|[ \n]{{0,3}},?[ \n]{{0,3}}dated[ \n]{{1,3}})"
    rf"(?P<date>{_FULL_DATE})"
)
#: What the text after a symbol starts with, spaces stripped, when DOCUMENT_DATE_AFTER can match there.
_DOCUMENT_DATE_FIRST = frozenset({"", ",", "o", "d", "c"})

#: "contained in document(s)" right before a bare symbol: the lead-in a document's date may stand before, as before a
#: bracket (:data:`DOCUMENT_DATE_BEFORE`).
_CONTAINED_IN_DOCUMENT = r"contained[ \n]+in[ \n]+documents?[ \n]+"
CONTAINED_IN_DOCUMENT = re.compile(_CONTAINED_IN_DOCUMENT + "$")

#: A document cited by its noun and date, then its symbol in brackets: the date is the document's, printed
#: before it ("the report of the Secretary-General of 4 December 1968 (S/8914)", "the letter dated 7 November
#: 1974 (S/11557)", "the statement made by its President on 31 March 1993 (S/25493)"). SCHEMA.md gives a reference
#: "the date the text gives for that reference", and its gold takes a date printed before an act ("the adoption, on
#: 18 December 2013, of resolution 68/178"). Searched back from the "(": the document's noun, then words with no
#: digit, bracket or clause break (``mid``: checked by :func:`document_date_before` for the words of an event,
#: "the declaration of the CSCE held in Rome on 30 November and 1 December 1993 (S/26843)", whose dates are the
#: meeting's), then "of", "dated" or "on" and a full date right before the bracket. Bounded: linear time.
#: One character of the plain words around a document's date (:data:`DOCUMENT_DATE_BEFORE`): no digit, bracket or
#: clause break; an acronym in brackets may stand among them ("the report of the Secretary-General on the United
#: Nations Operation in Mozambique (ONUMOZ) dated 1 November 1993 (S/26666 and Add.1)").
_DATE_LEAD_CHAR = r"(?:[^;:()\d]|\([A-Z][A-Za-z]{1,12}\))"
DOCUMENT_DATE_BEFORE = re.compile(
    r"\b(?:[Rr]eports?|[Ll]etters?|[Nn]otes?|[Ss]tatements?|[Mm]emorand(?:um|a)|[Cc]ommunications?|[Mm]essages?"
    r"|[Dd]eclarations?|documents?)\b"
    rf"(?P<mid>{_DATE_LEAD_CHAR}{{0,160}}?)[ \n,]+(?:of|dated|on)[ \n]+(?P<date>{_FULL_DATE})"
    # whom it is from or to, or what it concerns, may follow the date: "the letter dated 10 August 1992 from the
    # Permanent Representative of the Republic of Bosnia and Herzegovina to the United Nations (S/24401)", "his
    # letter of 26 January 1993 to the President of the Security Council (S/25241)"
    rf"(?P<tail>[ \n,]+(?:from|to|addressed|concerning|on|regarding)\b{_DATE_LEAD_CHAR}{{0,200}}?)?"
    # then the bracket, or "contained in document" before a bare symbol ("the report of the Secretary-General on the
    # United Nations Interim Force in Lebanon of 12 January 1979, contained in document S/13026", S_RES_444_1979 P3)
    r"(?:[ \n]*\(|,?[ \n]+" + _CONTAINED_IN_DOCUMENT + r")$"
)
#: A meeting or a clause of its own among the words after a date (:data:`DOCUMENT_DATE_BEFORE`'s ``tail``): the date
#: is then no document's. Whom a document is from is no event there ("the letter dated ... from the Permanent
#: Representative").
_CLAUSE = r"held|convened|took\s+place|meeting|session|which|that"
_CLAUSE_WORDS = re.compile(rf"\b(?:{_CLAUSE})\b")
#: The same between a document's noun and a date (``mid``), and a period's bounds: the date is then the event's,
#: not the document's ("the declaration of the Conference held in Rome on ...", "for the period from ...").
_EVENT_WORDS = re.compile(rf"\b(?:{_CLAUSE}|period|from|until)\b")
#: The next document of a list, dated as the one before it is: "the letters of the Secretary-General of 24 November
#: 1992 (S/24859) and 29 November 1992 (S/24868)": after the bracket of the one before, "and" or a comma, then
#: ("of") the date, right before its own bracket.
NEXT_DOCUMENT_DATE = re.compile(
    rf"\)[ \n]*(?:,[ \n]*(?:and[ \n]+)?|and[ \n]+)(?:of[ \n]+)?(?P<date>{_FULL_DATE})[ \n]*\($"
)
#: A document's date printed after the bracket that holds its symbol (and its parts): "the report of the
#: Secretary-General (S/26317) of 17 August 1993", "the final report of the Commission (S/25811 and Add.1) dated 20
#: May 1993": the date closes the bracket's group, as one after a bare symbol does (DOCUMENT_DATE_AFTER).
BRACKET_DATE_AFTER = re.compile(
    rf"[ \n]{{0,3}}\)[ \n]{{0,3}}(?:,[ \n]{{0,3}})?(?:of|dated)[ \n]{{1,3}}(?P<date>{_FULL_DATE})"
)


def document_date_before(text: str, end: int) -> str | None:
    """The date printed before a document's symbol, as the document's (:data:`DOCUMENT_DATE_BEFORE`), or None.
    ``text[:end]`` ends with the bracket that holds the symbol, or with "contained in document" before it.

    >>> t = "Noting from the report of the Secretary-General of 4 December 1968 (S/8914) that"
    >>> document_date_before(t, t.index("(") + 1)
    '4 December 1968'
    >>> t = "the declaration of the CSCE held in Rome on 30 November and 1 December 1993 (S/26843)"
    >>> document_date_before(t, t.index("(") + 1) is None
    True
    >>> t = "which underscored the agreements, in particular the statement of the President on 2 July 1993 (S/26032)"
    >>> document_date_before(t, t.index("(") + 1)
    '2 July 1993'
    >>> t = "Noting the letter dated 10 August 1992 from the Permanent Representative to the United Nations (S/24401)"
    >>> document_date_before(t, t.index("(") + 1)
    '10 August 1992'
    >>> t = "the report of the Secretary-General dated 9 October 1992 and of the request of the President (S/24642)"
    >>> document_date_before(t, t.index("(") + 1) is None
    True
    >>> t = "the report of the Secretary-General of 12 January 1979, contained in document S/13026"
    >>> document_date_before(t, t.index("S/"))
    '12 January 1979'
    >>> t = "the report of the Conference held in Geneva on 3 May 1993 (A/CONF.1/2)"
    >>> document_date_before(t, t.index("(") + 1) is None
    True
    """
    lo = max(0, end - 260)
    m = DOCUMENT_DATE_BEFORE.search(text, lo, end)
    # the noun nearest the date decides: an earlier one may run on over an event's words to the same date ("...,
    # which underscored ..., in particular the statement of the President ... on 2 July 1993 (S/26032)")
    while m is not None and (
        _EVENT_WORDS.search(m["mid"]) is not None
        or (m["tail"] and _CLAUSE_WORDS.search(m["tail"]) is not None)
    ):
        m = DOCUMENT_DATE_BEFORE.search(text, m.start() + 1, end)
    return None if m is None else " ".join(m["date"].split())


_WHOLE = {name: re.compile(compose(name)) for name in PIECES}


def matches_whole(name: str, text: str) -> bool:
    """True when piece ``name`` matches all of ``text`` (used by the tests of the examples)."""
    return _WHOLE[name].fullmatch(text) is not None


def number_kind(text: str) -> str | None:
    """Which number shape ``text`` is, or None.

    >>> number_kind("1373 (2001)"), number_kind("75/196"), number_kind("70/___")
    ('sc', 'ga', None)
    """
    for kind in ("sc", "old", "fccc", "iccd", "eco", "ga", "wha"):
        if _WHOLE[kind].fullmatch(text):
            return kind
    return None


#: The symbol a Security Council resolution of the early volumes was issued under, in brackets under its title line:
#: "46 (1948). Resolution of 17 April 1948 [S/723]", "36 (1947). Resolution of 1 November 1947 (S/597]" (the
#: OCR's bracket), "59 (1948). Resolution of 19 October 1948 [S/1045}", "73 (1949). Resolution of 11 August 1949
#: [S/1376, II]". It is the resolution's own document, as its S/RES number is: SCHEMA.md's "the document's own
#: number (in its title line or header) is not annotated" (two blind readers of the corpus, S/RES/36 (1947) and
#: 46 (1948), read it so). A symbol the header introduces ("[without reference to a Main Committee (A/78/L.33)]",
#: "on the report of the Third Committee (A/75/479)") is another document's, and is cited.
OWN_ISSUE_SYMBOL = re.compile(
    rf"\bResolution[ \n]+of[ \n]+{_FULL_DATE}[ \n]*[\[(][ \n]*(?P<symbol>S/\d{{1,5}}(?:/Rev\.\d{{1,2}})?)(?![\w/])"
)


# ---- the words around the atoms ---------------------------------------------------------

#: Bodies named in prose, longest names first; the code is SCHEMA.md's ``body``.
BODY_NAMES: tuple[tuple[str, str], ...] = (
    ("Conference of the States Parties to the United Nations Convention against Corruption", "COSP-UNCAC"),
    (
        "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
        "COP-UNTOC",
    ),
    ("Conference of the Parties to the United Nations Framework Convention on Climate Change", "UNFCCC"),
    ("Conference of the Parties to the United Nations Convention to Combat Desertification", "UNCCD"),
    ("Conference of the Parties to the Convention on Biological Diversity", "CBD"),
    ("Conference of the Food and Agriculture Organization of the United Nations", "FAO"),
    ("Commission on Crime Prevention and Criminal Justice", "CCPCJ"),
    ("Commission on the Status of Women", "CSW"),
    ("Commission on Narcotic Drugs", "CND"),
    ("Commission on Human Rights", "CHR"),
    ("Sub-Commission on the Promotion and Protection of Human Rights", "SUBCOM"),
    ("Subcommission on the Promotion and Protection of Human Rights", "SUBCOM"),
    ("Sub-Commission on Prevention of Discrimination and Protection of Minorities", "SUBCOM"),
    ("Subcommission on Prevention of Discrimination and Protection of Minorities", "SUBCOM"),
    ("Commission for Social Development", "CSOCD"),
    ("Commission on Population and Development", "CPD"),
    ("Statistical Commission", "STATCOM"),
    # the regional commissions, each a body of its own: "Economic Commission for Africa resolution
    # 2023/7" is no resolution of the Economic and Social Council
    ("Economic Commission for Latin America and the Caribbean", "ECLAC"),
    ("Economic and Social Commission for Asia and the Pacific", "ESCAP"),
    ("Economic and Social Commission for Western Asia", "ESCWA"),
    ("Economic Commission for Africa", "ECA"),
    ("Economic Commission for Europe", "ECE"),
    ("Economic and Social Council", "ECOSOC"),
    ("Human Rights Council", "HRC"),
    ("Security Council", "SC"),
    ("World Health Assembly", "WHA"),
    ("Health Assembly", "WHA"),
    ("United Nations Environment Assembly of the United Nations Environment Programme", "UNEA"),
    ("United Nations Environment Assembly", "UNEA"),
    ("Environment Assembly", "UNEA"),
    ("General Assembly", "GA"),
)


def _name_pattern(name: str) -> str:
    """A body name as a pattern: its words apart by any spaces, and each word after the first in either
    case, as texts misprint them ("... Convention against Transnational organized Crime", A/RES/79/133).

    >>> print(_name_pattern("Human Rights Council"))
    Human\\s+[Rr]ights\\s+[Cc]ouncil
    """
    first, *rest = name.split(" ")
    return r"\s+".join(
        [re.escape(first)]
        + [f"[{w[0]}{w[0].lower()}]{re.escape(w[1:])}" if w[0].isupper() else re.escape(w) for w in rest]
    )


_NAME_ALT = "|".join(_name_pattern(n) for n, _ in BODY_NAMES)
#: ``\b`` and a body name (see :func:`at_word_start`).
_WORD_NAME = at_word_start(*(_name_pattern(n) for n, _ in BODY_NAMES))
_WHITESPACE = re.compile(r"\s+")
_CODE_OF = {n: c for n, c in BODY_NAMES}
#: The same by the name folded, as :data:`BODY_NAME` may find it.
_CODE_OF_FOLDED = {n.lower(): c for n, c in BODY_NAMES}

#: Any body name (for the "last body mentioned" of a paragraph).
BODY_NAME = re.compile(rf"\b(?:{_NAME_ALT})\b")

#: A body named right before the keyword: "Economic and Social Council resolution",
#: "the Security Council's resolution". Tried first.
NAMED_BEFORE = re.compile(rf"(?P<name>{_WORD_NAME})(?:['\u2019]s)?\s{{1,3}}(?:also\s|further\s)?$")

#: A body called by its kind only: "Council resolutions 2014/23" (resolved by the last one named).
SHORT_BEFORE = re.compile(
    rf"(?P<short>{at_word_start('Council', 'Commission', 'Assembly', 'Conference')})(?:['\u2019]s)?\s{{1,3}}$"
)

#: "its resolution": the organ that adopted the document, unless a body was just named.
ITS_BEFORE = re.compile(at_word_start("its", "their") + r"\s{1,3}(?:also\s|further\s|own\s)?$")

#: A body citegraph does not know: "the Governing Council decision 27/2" is not the GA's.
OTHER_BEFORE = re.compile(
    r"[A-Z](?<!\w.)[A-Za-z]+(?:\s+(?:of\s+|on\s+|for\s+|and\s+|the\s+)?[A-Z][A-Za-z]+){0,5}"
    r"\s+(?:Council|Commission|Board|Assembly|Conference|Committee|Organization|Programme)(?:['\u2019]s)?\s{1,3}$"
)

#: The series of a document symbol, and the body whose decisions it reports:
#: "document CBD/COP/15/17, decision 15/4" is a CBD decision.
#: "resolution(s)" or "decision(s)" right before a document symbol: the symbol names an act, which takes
#: the date printed after it ("resolutions GOV/2022/17 of 3 March 2022, ... of the Board of Governors").
#: A draft is no act: "amendment to revised draft resolution A/C.3/80/L.3/Rev.1" cites a document.
ACT_KEYWORD_BEFORE = re.compile(r"(?<![Dd]raft\s)\b(?P<kw>[Rr]esolutions?|[Dd]ecisions?)\s{1,3}$")
#: Between two acts of one list named by their symbols: a date, a title, ",", "and".
ACT_LIST_GAP = re.compile(
    r"(?:,?\s+(?:of|dated)\s+\d{1,2}\s+(?:" + _MONTHS + r")\s+\d{4})?"
    r"(?:\s*,\s*entitled\s+[\u201c\"][^\u201d\"]{1,300}[\u201d\"])?\s*(?:,\s*|,?\s*and\s+)"
)
#: The body of acts numbered in a series of document symbols (:data:`ACT_KEYWORD_BEFORE`). An act has a
#: body (SCHEMA.md gives null to documents and publications only), and each of these series is one
#: body's own: the IAEA Board's "GOV/2022/17", the International Seabed Authority's "decisions
#: ISBA/28/C/9", the WTO's "Decision WT/L/508/Add.1", the OAS's "resolutions MRE/RES.1/91" (its
#: Ministers of Foreign Affairs) and "resolution CP/RES.594" (its Permanent Council).
ACT_SERIES_BODY: tuple[tuple[str, str], ...] = (
    ("GOV/", "IAEA"),
    ("ISBA/", "ISA"),
    ("WT/", "WTO"),
    ("MRE/", "OAS"),
    ("CP/", "OAS"),
)

SERIES_BODY: tuple[tuple[str, str], ...] = (
    ("CBD/", "CBD"),
    ("UNEP/CBD/", "CBD"),
    ("FCCC/", "UNFCCC"),
    ("ICCD/", "UNCCD"),
    ("UNEP/EA.", "UNEA"),
    ("CAC/COSP/", "COSP-UNCAC"),
    ("CTOC/COP/", "COP-UNTOC"),
    ("E/CN.15/", "CCPCJ"),
    ("E/CN.7/", "CND"),
    ("E/CN.6/", "CSW"),
    ("E/CN.3/", "STATCOM"),
    ("A/HRC/", "HRC"),
    ("E/CN.4/Sub.2/", "SUBCOM"),
    ("E/CN.4/", "CHR"),
)

#: A keyword right after a document symbol: "document CBD/COP/15/17, decision 15/4, annex",
#: also after the place in it: "CAC/COSP/2021/17, sect. I.A, resolution 9/2".
AFTER_SYMBOL_GAP = re.compile(
    r"\s*,\s*(?:(?:annex\s*[IVX]*|(?:sect|chap)\.?\s*[IVX]{1,5}(?:\.[A-Z](?:\.\d{1,2})?)?)\s*,\s*){0,2}"
)

#: A place inside a cited report, between its symbol and a resolution or decision the report holds:
#: "(E/2015/27), chap. I, sect. C, resolution 59/1, annex", "CAC/COSP/2021/17, sect. I.A, resolution
#: 9/2". Such a resolution is a locator (SCHEMA.md: "chap. I, resolution 1, annex"), no reference of
#: its own; a decision named right after the symbol ("FCCC/CP/2015/10/Add.1, decision 1/CP.21") is one,
#: and so is a decision after the place ("CBD/COP/13/25, sect. I, decision XIII/11": three readers).
#: The abbreviation's full stop may be missing: "CAC/COSP/2021/17, sect I.A, resolution 9/2" (A/RES/78/140 F11).
REPORT_PLACE_GAP = re.compile(
    r"\)?\s*,\s*(?:(?:annex\s*[IVX]*|(?:sect|chap)(?:\.\s*|\s+)(?:[IVX]{1,5}|[A-Z])(?:\.[A-Z0-9]{1,2}){0,2})\s*,\s*)"
    r"{0,2}(?:sect|chap)(?:\.\s*|\s+)(?:[IVX]{1,5}|[A-Z])(?:\.[A-Z0-9]{1,2}){0,2}\s*,\s*"
)

#: "in its resolution" where "its" is a body just named: "the Commission on Narcotic Drugs, in its",
#: "the guidance and leadership role of the Human Rights Council, including through its".
ITS_OWNER = re.compile(
    rf"(?P<name>{_WORD_NAME})\s*,?\s*(?:which\s*,?\s*)?(?:(?:has|had)\s+)?"
    r"(?:(?:(?:in\s+particular|including|notably|especially)\s+)?(?:in|by|through|under|with)"
    r"|in\s+particular|including|notably|especially)\s+(?:its|their)\s+$"
)

#: "adopted by the General Assembly in its resolution", "the adoption by the Conference ... of resolution".
BY_BODY = re.compile(
    rf"{at_word_start('by')}\s+the\s+(?P<name>{_NAME_ALT})\b(?:\s*,)?\s+(?:in\s+its|of|at\s+its\s+\S+\s+session\s+in\s+its)\s+$"
)

#: A body named right after a number or its date: "8/10 of 20 December 2019 of the Conference of ...".
#: A title may come between, or a topic set apart by a comma, which only "(adopted) by" may follow:
#: "resolution 2000/22 of 18 August 2000, on the promotion of dialogue on human rights issues, by the
#: Subcommission ..." ("resolution 61/16 on the strengthening of the Economic and Social Council"
#: names the Council as the topic, not as the body).
SUFFIX_BODY = re.compile(
    r"(?:\s{0,3},?\s{0,3}entitled\s{0,3}[\u201c\"][^\u201d\"]{0,300}[\u201d\"]\s{0,3},?"  # ", entitled “...”,"
    r"|\s{0,3},?\s{0,3}on\s[^,;\d\u201c\u201d\"]{1,200},(?=\s{0,3}(?:adopted\s+)?by\s))?"  # ", on <topic>, by"
    rf"\s*,?\s*(?:of|adopted\s+(?:by|at)|by)\s+the\s+(?:[\w-]+\s+(?:meeting|session)\s+of\s+the\s+)?"
    rf"(?:(?P<name>{_NAME_ALT})\b|(?P<short>Conference\s+of\s+(?:the\s+)?(?:States\s+)?Parties"
    r"(?:\s+to\s+the\s+Convention\b(?!\s+(?:on|against|for|to|of)\s+(?:the\s+)?[A-Z])|(?!\s+to\s))"
    r"|(?:Conference|Council|Commission)(?!\s+(?:of|on|for)\s+(?:the\s+)?[A-Z]))\b"
    r"|(?P<other>(?:Conference|Council|Commission|Assembly|Governing|Executive|Board)\b))"
)

#: The conventions whose Conference of the Parties citegraph knows, as prose names them, with
#: that Conference's body code: "the Conference of the Parties to the Convention" is the
#: Conference of the convention named last (the one the text is about).
CONVENTIONS: tuple[tuple[str, str], ...] = (
    (r"Convention\s+on\s+Biological\s+Diversity", "CBD"),
    (r"Framework\s+Convention\s+on\s+Climate\s+Change", "UNFCCC"),
    (r"Convention\s+to\s+Combat\s+Desertification", "UNCCD"),
    (r"Convention\s+against\s+Corruption", "COSP-UNCAC"),
    (r"Convention\s+(?:against|on)\s+Transnational\s+Organi[sz]ed\s+Crime", "COP-UNTOC"),
    (r"Organized\s+Crime\s+Convention", "COP-UNTOC"),
    (r"Palermo\s+Convention", "COP-UNTOC"),
)

#: A convention named in prose: one of :data:`CONVENTIONS` (group ``c<i>``), or another one
#: (group ``other``: "Basel Convention", "Convention on the Rights of the Child", "Minamata
#: Convention on Mercury"), whose Conference citegraph does not know. "the Convention", "This
#: Convention" and "the Convention to the Implementation Review Mechanism" name none.
CONVENTION = re.compile(
    "|".join(rf"(?P<c{i}>{at_word_start(pat)})" for i, (pat, _) in enumerate(CONVENTIONS))
    + r"|(?P<other>(?!(?:The|This|That|Such|Each|Any|Our|Its|Framework|Model|Draft)\b)[A-Z](?<!\w.)"
    r"[\w\u2019'-]*\s+Convention\b(?!\s+(?:on|against|for|to|concerning|relating)\s)|C(?<!\w.)onvention\s+(?:(?:on|against|for|concerning|relating\s+to)"
    r"\s+(?:the\s+)?[A-Z]|to\s+[A-Z]))"
)


def conventions(text: str) -> Iterator[re.Match[str]]:
    """The :data:`CONVENTION` matches of ``text``, found where "onvention" is printed.

    Every match holds that word at most a few words after its start, so the regex is tried only
    in a short window before each one: run over a whole resolution, its "any capitalised word
    before 'Convention'" branch would start at every capital letter.

    >>> [m[0] for m in conventions("the Basel Convention and the Convention on Biological Diversity")]
    ['Basel Convention', 'Convention on Biological Diversity']
    """
    pos = 0
    hit = text.find("onvention")
    while hit != -1:
        m = CONVENTION.search(text, max(pos, hit - _CONVENTION_LEAD), hit + _CONVENTION_TAIL)
        if m is not None and m.start() <= hit < m.end():  # this hit's, not a later one's cut short
            yield m
            pos = m.end()
        hit = text.find("onvention", max(hit + 1, pos))


#: How far before "onvention" a :data:`CONVENTION` match may start ("Framework Convention", "Organized
#: Crime Convention", a long capitalised word before it), and how far after it it may end.
_CONVENTION_LEAD = 40
_CONVENTION_TAIL = 80


def convention_code(m: re.Match[str]) -> str | None:
    """The body code of the Conference of the convention a :data:`CONVENTION` match names, None
    for a convention citegraph does not know.

    >>> [convention_code(m) for m in CONVENTION.finditer(
    ...     "the Convention on Biological Diversity, the Basel Convention and the Convention")]
    ['CBD', None]
    """
    if m["other"] is not None:
        return None
    return CONVENTIONS[int(m.lastgroup[1:])][1]


#: Before a bare keyword: "relevant Human Rights Council resolutions, in particular resolutions 7/34".
INHERIT_BEFORE = re.compile(
    rf"(?P<name>{_WORD_NAME})\s+(?:resolutions|decisions)\s*,?\s*(?:and\s+)?"
    r"(?:in\s+particular|including|notably|especially|inter\s+alia)\s+(?:its\s+)?$"
)

#: After a bare keyword: "relevant Human Rights Council resolutions, in particular resolutions 7/34".
INHERIT_GAP = re.compile(
    r"^[^;]{0,80}\b(?:in\s+particular|including|notably|especially|inter\s+alia)\s*(?:its\s+)?$"
)


def body_code(name: str) -> str:
    """The SCHEMA.md body code of a body name as printed.

    >>> body_code("Economic and Social\\nCouncil"), body_code("Commission on Human Rights")
    ('ECOSOC', 'CHR')
    >>> body_code("Conference of the Parties to the United Nations Convention against Transnational organized Crime")
    'COP-UNTOC'
    """
    code = _CODE_OF.get(name)  # printed with single spaces and as listed, as most names are
    return code if code is not None else _CODE_OF_FOLDED[_WHITESPACE.sub(" ", name).lower()]


#: The gap between a number and a date that belongs to it: "46/152 of 18 December 1991", or an "of" the OCR printed
#: "cf" (DATE_AFTER_OCR).
DATE_GAP = re.compile(rf"^\s*(?:{compose('date_lead')}|cf)\s+$")

#: A date of its own after a number that could not be read as one (a month broken over a line, "207 (1965) of 10
#: Au-⏎gust and 219 (1965) of 17 December 1965"): the number is dated, if unreadably, and takes no later item's date.
UNREAD_DATE_GAP = re.compile(r"\s{0,3},?\s{0,3}(?:of|dated)\s{1,3}\d{1,2}\s{1,3}[A-Z][a-z]")

#: A date that closes a group: "22/7 on ... and 22/8 on ..., both of 26 April 2013".
GROUP_DATE_GAP = re.compile(r",\s*(?:both|all|each)\s+(?:of|adopted\s+on|dated)\s+$")

#: A date printed before the keyword: "the adoption, on 18 December 2013, of resolution 68/178".
PRE_DATE_GAP = re.compile(r"^\s*,?\s*of\s+(?:its\s+|the\s+)?$")

#: What may separate two numbers of one list; the gap must end with one of these.
LIST_SEP = re.compile(r"(?:,|\band|\bor|\bas\s+well\s+as|\bto)\s*$")

#: A place in the resolution just named, then the semicolon that separates the items of a list of
#: places, as footnotes print them: "Resolutions 52/214, sect. C, para. 3; 55/222, sect. III, para.
#: 12; 56/64 B, sect. X; ... and 61/121 B, sect. IV, paras. 65–77." (read only between two numbers of
#: one shape, at least one place before the semicolon: a bare "; " still ends the clause).
LOCATOR_LIST_GAP = re.compile(
    r"(?:\s{0,3},\s{1,3}(?:sects?\.|paras?\.|chap\.|annex|part)\s{0,3}"
    r"(?:[IVXLC]{1,6}(?:\.[A-H])?|\d{1,3}|[A-H])(?:\s{0,3}(?:[-–]|and)\s{0,3}\d{1,3})?){1,4}"
    r"\s{0,3};\s{1,3}(?:and\s{1,3})?"
)

#: A full stop or semicolon the OCR printed for the comma between two Security Council numbers of one
#: list: "resolutions 269 (1969), ..., 432 (1978).\n435 (1978), 439 (1978), 532 (1983). 539 (1983). and
#: 566\n(1985)" (read only between two such numbers: no sentence goes on with a bare "435 (1978)").
SC_OCR_COMMA_GAP = re.compile(r"\s*[.;]\s+(?:and\s+)?")

#: The joins between two items: ", and" cuts the date group (SCHEMA.md: "70/299, and 72/305 of ...").
COMMA_AND = re.compile(r",\s*(?:and|as\s+well\s+as)\s*$")

#: A gap that ends a clause: the list cannot run across it.
_FULL_STOP = re.compile(r"\.\s+[A-Z]")
_BLANK_LINE = re.compile(r"\n\s*\n")
_ABBREVIATIONS = frozenset(
    {
        "sect",
        "para",
        "paras",
        "chap",
        "No",
        "Nos",
        "vol",
        "vols",
        "p",
        "pp",
        "art",
        "Corr",
        "Add",
        "Rev",
        "annex",
        "Suppl",
        "Ibid",
        "resp",
    }
)


def clause_break(gap: str) -> bool:
    """Whether ``gap`` ends a clause: a semicolon, a full stop that is no abbreviation, a blank line.

    >>> clause_break(", sect. B, "), clause_break("; and "), clause_break(" entered into force. The ")
    (False, True, True)
    """
    if ";" in gap:
        return True
    if "." in gap:
        for m in _FULL_STOP.finditer(gap):
            head = gap[: m.start()]
            word = head[len(head.rstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")) :]
            if word not in _ABBREVIATIONS:
                return True
    return "\n" in gap and _BLANK_LINE.search(gap) is not None


#: Words after which a number is not a resolution: "paragraph 2/3" is never printed, but
#: "page 2/27" page counters, "chapter 5/1" may be.
LOCATOR_BEFORE = re.compile(
    at_word_start(
        r"paras?\.",
        "paragraphs?",
        r"pp?\.",
        "page",
        "pages",
        r"art\.",
        "articles?",
        r"chap\.",
        r"sect\.",
        "annex",
    )
    + r"\s*$"
)

#: The gap between a symbol and its corrigendum or addendum: "E/2013/30 and Corr.1".
PART_GAP = re.compile(r"^\s*(?:,|and|&)\s*$")


# ---- the relation: what makes a reference only name a source ("cite") -------------------

#: What may stand between a "cite" trigger and the keyword: a body's name, "its" (or "it": "the duties
#: assigned to it by resolution 47 (1948)"), a locator
#: ("paragraph 8 of", "section II of", "the annex to", "section II.B, paragraph 7, of", "paragraphs 3 (a)
#: to (f) of", "paragraph 1 (5) of"), and the resolution in hand named first
#: ("any measure decided upon in this resolution or resolution 232 (1966)": the measures of both
#: are the thing named, the resolutions only their sources; "in accordance with the present resolution and
#: with resolution 50 (1948)", the preposition said again), "all" ("in accordance with all relevant
#: resolutions, including ...") and a worded locator ("contained in the last paragraph of its resolution
#: 49 (1948)", "the first preambular paragraph of"). "this resolution or" is one word here
#: ("this" is no word of its own), so the words still split only one way. "and" joins words of one
#: name or locator ("Economic and Social Council", "paragraphs 3 and 4"), or two act nouns ("in accordance with
#: the relevant Security Council decisions and resolutions, including resolution 467 (1980)"), never after a comma: ", and"
#: opens the next item of a list, and a place in the previous item's subject is no source of it
#: ("ES-11/7 ... on advancing a comprehensive, just and lasting peace in Ukraine, and Human Rights
#: Council resolutions 49/1 ...": "in Ukraine" names no source of 49/1).
_FILLER_WORDS = (
    r"(?:[\s,]+(?:the|its|their|his|her|it|in|of|to|on|at|by|against|for|relevant|previous|all|"
    r"last|final|first|preambular|operative|paragraphs?|sections?|parts?|annex(?:es)?|"
    r"chapters?|articles?|"
    # the abbreviated locators as well: "in accordance with para. 56 of resolution 814 (1993)"
    r"(?:paras?|sect|chap|arts?)\.|"
    r"(?:this|present)\s{1,3}(?:resolution|decision)\s{1,3}(?:and|or)(?:\s{1,3}with)?|"
    r"(?:decisions?|resolutions?)\s{1,3}(?:and|or)|"
    r"\d{1,3}(?:\.\d{1,2})?(?:[-\u2013]\d{1,3})?(?:\s?\((?:[a-z]{1,4}|\d{1,2})\))*|\((?:[a-z]{1,4}|\d{1,2})\)|"
    r"[IVXL]{1,5}(?:\.[A-Z\d]{1,2}){0,2}|[A-Z]\.(?=\s)|[A-Z][A-Za-z\u2019'~-]*)|\s+and(?:\s+with\b)?)*"
)
_FILLER = _FILLER_WORDS + r"\s*$"

#: Whom a cited document is by or to, after its noun: "of the Secretary-General", "to the Council", "to
#: the President of the Security Council" (a name, and "of the" inside it).
_DOCUMENT_ADDRESSEE = (
    r"\s+(?:of|to)\s+the\s+[A-Z][A-Za-z\u2019'-]*(?:\s+(?:of\s+the\s+)?[A-Z][A-Za-z\u2019'-]*){0,4}"
)
#: The date of a cited document, after its noun: "of 26 March 1993", ", dated 15 November 1992".
_DOCUMENT_DATE = r",?\s+(?:of|dated)\s+\d{1,2}\s+(?:" + _MONTHS + r")\s+\d{4}"

#: The cited document itself, by its noun, its author and its date, right before its symbol in
#: brackets: "set out in the report of the Secretary-General of 26 March 1993 (S/25479)", "referred to
#: in paragraph 28 of the Secretary-General's report of 26 March 1993 (S/25479)", "outlined in annex I to
#: the Secretary-General's report (S/26317)", "contained in annex I to his report of 17 August 1993
#: (S/26317)", "described in the Secretary-General's letter to the Council of 29 November 1992 (S/24868)",
#: the date before whom it went to as well: "the Secretary-General's proposal as contained in his letter of
#: 4 August 1993 to the President of the Security Council (S/26254)" (S_RES_854_1993 O1: the proposal is
#: approved, the letter is where it is made); agreements, dated as a letter is: "the monitoring of all police
#: activities and additional tasks set out in the agreements of 3 September 1993 (S/26432)" (S_RES_898_1994 P8:
#: the request concerning the tasks is noted, the agreements are where the tasks are set out); or "document"
#: after a locator: "described in paragraphs 9
#: to 18 of document S/1994/89/Add.1". The plan, the proposals, the mandate are set out in the report:
#: it is their source. "contained in document S/11473" alone is left to the verb: "Having considered the
#: report of the Secretary-General contained in document S/11473" names the report by its symbol.
#: An instrument named with its symbol in brackets is one too: "the armed groups referred to in annex A.
#: Chapter 9.1 of the Lusaka Ceasefire Agreement (S/1999/815)" (S_RES_1445_2002 O4).
#: A bracket after other words is no document's ("the situation in Somalia (S/23445)").
_CITED_DOCUMENT = (
    r"(?:[\s,]+(?:reports?|letters?|notes?|memorandum|communication|[Aa]greements?)"
    r"(?:" + _DOCUMENT_ADDRESSEE + r")?(?:" + _DOCUMENT_DATE + r")?(?:" + _DOCUMENT_ADDRESSEE + r")?\s*\("
    r"|[\s,]+reports?"
    r"|(?:(?<=Agreement)|(?<=Agreements)|(?<=Accord)|(?<=Accords)|(?<=Protocol)|(?<=Convention)|(?<=Treaty)"
    r"|(?<=Declaration)|(?<=Plan)|(?<=Programme)|(?<=Framework)|(?<=Statute))\s*\("
    r"|(?<=\bof)\s+documents?)?\s*$"
)

#: A document joined by "and" to the reference before it, named by its noun and then its symbol in
#: brackets (or "document <symbol>"): "pursuant to resolution 687 (1991) and\nthe Secretary-General's
#: report for implementing paragraph 3 of that resolution\n(S/22558)". When the reference before it
#: only names a source (cite) and no verb comes between, the source phrase governs the document too.
#: The noun comes within four words of "and"; the words after it hold no bracket, ";" or ":".
JOINED_DOCUMENT = re.compile(
    r"(?:,?\s+of\s+\d{1,2}\s+(?:" + _MONTHS + r")\s+\d{4})?[\s,]*(?:and|as\s+well\s+as)\s+"
    r"(?:[\w\u2019'-]+\s+){0,4}?(?:reports?|letters?|notes?|memorandum|communications?|documents?)\b"
    r"[^;:()]{0,160}?(?:\(|(?<=document)\s+|(?<=documents)\s+)\s*"
)

#: What a standard phrase may point into before the keyword: "in accordance with the provisions of
#: resolution 1996/31", "in conformity with the objectives of General Assembly resolution 1514 (XV)", "in line with
#: the implementation of resolutions 71/243 ... and 74/297", "in line with the mandate of United Nations
#: Environment Assembly resolution 5/14" (the mandate comes from the resolution).
#: Only after the standard phrases: "complies with the provisions of resolution 661 (1990)" keeps its verb.
_STANDARD_HEAD = (
    r"(?:\s+the\s+(?:relevant\s+)?"
    r"(?:provisions|objectives|terms|principles|purposes|requirements|implementation|mandate)\s+of)?"
)

#: Phrases right before a reference that make it name the source of something else
#: ("as adopted by the General Assembly in its resolution 69/196" -> ``cite``): "as per" ("the doubling
#: as per paragraph 18 of decision 1/CMA.3"), a past participle with its preposition ("established
#: pursuant to", "contained in", "sustained by",
#: "provided for in", "decided upon in"; "as", the number a text was adopted under: "the declaration
#: ..., adopted by consensus as resolution 67/1"), "pursuant to", "subject to" (the regime a thing falls under:
#: "petroleum products subject to resolution 706 (1991)", as "covered by"), "in (full) accordance with (the provisions
#: of)", "in terms of" (the same, in older texts: "for the Constituent Assembly, in terms of resolution 435
#: (1978)"), "in response to" (where the request for a report came from: "the report of the
#: Secretary-General (S/24800) in response to its resolution 783 (1992)"), where something comes from
#: ("functions deriving from resolution 769 (1992)", "arising from", "resulting from", "emanating from"), the frame of something
#: else ("recognizes, in the context of the United Nations Global Counter-Terrorism Strategy and Security
#: Council resolution 1373 (2001), its role": its role is recognized), what is owed under it
#: ("to comply with its obligations under resolution 664 (1990)"), or "in/by/through its
#: resolution". Only a body's name,
#: "its" or a locator may stand between the phrase and the keyword (see ``_FILLER``), so that
#: "the progress achieved in the implementation of resolution X" keeps its verb. A standard broken is no source:
#: "Condemning Iraq's continued occupation of Kuwait, ... in flagrant violation of resolutions 660 (1990), ..."
#: condemns (so "in contravention of", "in breach of", "in defiance of", "in non-compliance with"): every blind
#: reader who met one gave the verb (21 lines, four readers, S_RES_670/787/820/838; it was cite).
CITE_TRIGGERS = WordSearch(  # each phrase after \b
    r"(?:"
    r"(?:pursuant\s+to|subject\s+to|as\s+per"
    r"|in\s+(?:full\s+|strict\s+)?(?:accordance|conformity|compliance|line|keeping)\s+with"
    # what runs "contrary to" a resolution goes against what it says: "to deal with all matters ... contrary to
    # resolution 232 (1966)" (S_RES_253_1968 P5; audits 14 and 15 gave cite)
    r"|contrary\s+to"
    r"|consistent\s+with"
    # the authority a claim or a standard rests on, as "in accordance with": "attacks on humanitarian workers
    # may amount to war crimes, according to Security Council resolutions 2175 (2014), 2286 (2016) and 2730
    # (2024)" (A_RES_79_185 O50)
    r"|according\s+to"
    r"|in\s+(?:furtherance|pursuance|terms|(?:(?:further|full|effective)\s+)?implementation)\s+of"
    # the frame the work is done in, as "in implementation of" and "in the framework of": "their continued
    # work, as part of the implementation of Conference resolution 9/4" (A_RES_79_190 O64)
    r"|as\s+part\s+of\s+the\s+(?:(?:further|full|effective)\s+)?implementation\s+of"
    r"|under\s+the\s+(?:relevant\s+)?(?:provisions|terms)\s+of|(?:on|along)\s+the\s+lines\s+of"
    # the basis a thing is done on names its source as "in accordance with" does: "to pursue them ..., on the
    # basis of resolutions 660 (1990), 662 (1990) and 664 (1990)" (S_RES_674_1990 O12)
    r"|on\s+the\s+basis\s+of"
    r"|(?:in|within)\s+the\s+(?:context|framework)\s+of"
    r"|in\s+(?:response|reply)\s+to)" + _STANDARD_HEAD + r"|"
    r"(?:[a-z]{3,}ed|set\s+(?:forth|out)|laid\s+down|made|taken|undertaken|given|put\s+forward|"
    r"brought\s+forward|begun|held|set\s+up)"
    # (a State "acceded to" or "adhered to" a treaty, its object: "Urges all States that have not yet ratified or
    # acceded to the Minimum Age Convention" urges accession to it, A_RES_78_188 O21)
    r"(?:\s+for)?\s+(?:(?:up)?on|by|in|to(?<!acceded\sto)(?<!adhered\sto)|through|under|at|with(?<!plied\swith)"
    r"|pursuant\s+to)"
    # "adopted by the General Assembly by consensus as resolution 69/313" (not "as well as")
    r"|[a-z]{3,}ed(?:\s+by\s+(?:the\s+)?[A-Z][A-Za-z\u2019'-]*(?:\s+[A-Z][A-Za-z\u2019'-]*){0,5})?"
    r"(?:\s+(?:by\s+consensus|without\s+(?:a\s+)?vote|unanimously))?\s+as"
    r"|(?:deriv|aris|emanat|stemm|result|flow|originat)(?:ing|ed)\s+from"
    r"|(?:obligations?|commitments?|responsibilities|duties)\s+under"
    # "comply with" takes what is complied with as its object, as "implement" does: "Condemns the refusal
    # of South Africa to comply with General Assembly resolutions 2145 (XXI) ..." -> condemn; so does
    # "complied with" (also line-broken, "com-\nplied with the present resolution and with resolutions
    # 61 (1948)": "plied with"), which is no participle of a source phrase
    # a bare "by/in/through/under" right before the keyword as well: "the recognition in resolution 79/1"
    # is "the recognition in its resolution 79/1" ("compliance with resolution 661 (1990)" is not a source,
    # nor "to ensure full respect for and compliance with Human Rights Council resolution 17/4": what is
    # complied with is the verb's object; "in compliance with" is a standard phrase above)
    r"|(?:(?:by|in|through|under)(?=\s*$)|(?:by|in|through|under|with(?<!comply\swith)(?<!complies\swith)"
    # nor the "with" of a name: "the Convention on the Rights of Persons with Disabilities and the Optional
    # Protocol thereto" (A_RES_78_195 P3) is what is reaffirmed
    r"(?<!complying\swith)(?<!plied\swith)(?<!compliance\swith)(?<!Persons\swith))"
    r"(?=\s+(?:its|their|his|her|the|relevant|previous|[A-Z]|resolution|decision|paragraphs?|sections?|annex|part|chapter"
    r"|(?:paras?|sect|chap|arts?)\.)))"
    # a document by its symbol after "document", where a participle set off with "as", or one with its agent, places
    # something else: "Commends the Peace Plan for the Republic of Bosnia and Herzegovina as contained in document
    # S/25479" (S_RES_836_1993 O2), "the concept proposed by France in document S/25800" (P14). Without "as" or an
    # agent it is left to the verb: "the report of the Secretary-General contained in document S/11473" names the
    # report itself by its symbol.
    r"|(?:as\s+(?:[a-z]{3,}ed|set\s+(?:forth|out)|laid\s+down|made|put\s+forward|given)"
    # (not after a document's noun: "the report submitted by the Secretary-General in document A/78/5" is the report)
    r"|(?<!report\s)(?<!reports\s)(?<!letter\s)(?<!letters\s)(?<!note\s)(?<!notes\s)"
    r"(?:[a-z]{3,}ed|made|put\s+forward|given)\s+by\s+(?:the\s+)?[A-Z][A-Za-z\u2019'-]*(?:\s+(?:of\s+the\s+)?[A-Z][A-Za-z\u2019'-]*){0,5})"
    r"\s+in\s+documents?"
    r")" + _FILLER_WORDS + _CITED_DOCUMENT
)

#: A bare "by" whose words are an agent and then "of": "the rejection by Israel of its resolutions 672
#: (1990) ...", "the violation by Israel of resolution 672 (1990)". The agent did something to the
#: resolution, which is the object of the noun before "by" (and so of the verb before that), not its source
#: ("the measures imposed by the Council in its resolution" is a source phrase: a participle, "in").
BY_AGENT_OF = re.compile(
    r"\s*by\s+(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+(?:[A-Z][\w\u2019'-]*|of|and|the)){0,8}?"
    r"\s+of\s+(?:its\s+|the\s+|their\s+)?"
    # or a paragraph of it: "implementation by Iraq of paragraph 2 of resolution 660 (1990)"
    r"(?:paragraphs?\s+\d{1,3}(?:\s?\([a-z]{1,4}\))*(?:\s*(?:,|and|to)\s*\d{1,3}(?:\s?\([a-z]{1,4}\))*){0,6}"
    r"\s+of\s+(?:its\s+|the\s+|their\s+)?)?$"
)

#: Compliance and its agent before a "with" source phrase: "to secure compliance of Iraq with paragraph 2 of
#: resolution 660 (1990)", "compliance by Iraq with", "compliance of all States with". What is complied
#: with is the object of the compliance (and so of the verb before it), as in "compliance with resolution
#: 661 (1990)", not the source of anything: the "with" is no source phrase (:data:`CITE_TRIGGERS`).
COMPLIANCE_AGENT = re.compile(
    r"\bcompliance\s+(?:of|by)\s+(?:(?:the|all)\s+)?(?:[A-Z][\w\u2019'-]*|States|parties)"
    r"(?:\s+(?:[A-Z][\w\u2019'-]*|of|and|the)){0,8}\s*$"
)

#: The words before the "with" that a repeated "and with" takes up, when that "with" is compliance's: "full
#: compliance with the General Armistice Agreements and with Council resolutions 107 (1955) ..."
#: (S_RES_114_1956 P5): what is complied with is the verb's object, after either "with" (:data:`CITE_TRIGGERS`);
#: after "in accordance with its mandate ..., and with paragraph 3 of Assembly resolution 37/78 H" the second
#: "with" is a source, as the first is.
COMPLIANCE_BEFORE = re.compile(r"\b(?:[Cc]ompl(?:iance|y|ies|ying|ied)|plied)\s+$")

#: A source phrase whose preposition "and" or ", as well as" says again before the reference, after the phrase's
#: first object: "are contrary to the interests of the people of the Territories, as well as to resolution 1514
#: (XV)" (A_RES_79_105 P8, A_RES_80_90 P8), "in conformity with the Charter, as well as with resolution 1514
#: (XV)": the reference is the phrase's second object, a source as the first is (:data:`CITE_TRIGGERS` reads
#: the first object only when it is a name: "in conformity with the Charter and with resolution"). The first
#: object is a noun phrase: no clause break, bracket, number or quote in it. Without the preposition said
#: again, the join may be the verb's ("Welcoming the contribution to the peace process and resolution X").
REPEATED_SOURCE = re.compile(
    r"\b(?:(?:contrary|pursuant)\s+to\s[^;:()\d\u201c\u201d\"]{1,120}?\s(?:and|as\s+well\s+as)\s+to"
    r"|(?:in\s+(?:full\s+|strict\s+)?(?:accordance|conformity|line|keeping)|consistent)\s+with"
    r"\s[^;:()\d\u201c\u201d\"]{1,120}?\s(?:and|as\s+well\s+as)\s+with)" + _FILLER
)


#: "We, <who>" that opens a declaration in the first person: "We, Heads of State and Government and
#: representatives of States and Governments, assembled ...": its numbered paragraphs open with the bare
#: verb of that "We". It starts with its literal "We" (no ``\b`` or ``^`` before it), so that a search
#: skips straight to it; :func:`is_declaration` checks that it opens its line.
_WE_OPENING = re.compile(r"We\s*,\s+(?:the\s+)?[A-Z]")


def is_declaration(text: str) -> bool:
    """Whether ``text`` is (or holds) a declaration in the first person: a line opens with "We, <who>".

    >>> is_declaration("Annex\\nWe, Heads of State and Government and representatives of States")
    True
    >>> is_declaration("Decides that We, as Member States, shall"), is_declaration("Annex\\nWe recall")
    (False, False)
    """
    for m in _WE_OPENING.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start : m.start()].strip():
            return True
    return False


#: A bare keyword and its subject before the list that names its members: "the arrangements referred to in
#: General Assembly resolutions on the pattern of conferences, including resolutions 53/208 A of 18 December
#: 1998, 54/248 ...", "in relevant resolutions of the General Assembly regarding the pattern of conferences,
#: including resolution 69/250" (the list is read where the bare keyword stands: after "referred to in");
#: the members' body may be named again: "in accordance with all relevant resolutions, including General
#: Assembly resolutions 1514 (XV) ..." (cite, as the bare "resolutions" is).
BARE_KEYWORD_BEFORE = re.compile(
    r"\b(?:resolutions|decisions)(?:\s+of\s+the\s+[A-Z][A-Za-z-]*(?:\s+[A-Z][A-Za-z-]*){0,4})?"
    r"(?:\s+(?:on|regarding|concerning|relating\s+to|related\s+to)\s[^;:()\d]{1,100}?)?"
    r"\s*,?\s*(?:in\s+particular|including|notably|especially|inter\s+alia)\s+"
    r"(?:its\s+|(?:the\s+)?[A-Z][A-Za-z-]*(?:\s+(?:[A-Z][A-Za-z-]*|and|on|of|the)){0,6}\s+)?$"
)

#: The nouns of an act a resolution performs, read as "the adoption" is in ``ADOPTION_BY`` and
#: ``ADOPTION_OF``: "Welcoming the establishment by the General Assembly in its resolution 77/301 of
#: 29 June 2023 of the Independent Institution" (welcome), as SCHEMA's "Welcoming the adoption, by its
#: resolution 70/175, of ..." -> welcome. Past participles ("established by its resolution") stay
#: source phrases, as gold 002 P33's "established through its resolution 71/291" -> cite. An endorsement
#: is the act of the resolution that endorses, as an adoption is: "also recalls its endorsement, in
#: resolution 71/328 of 11 September 2017, of the terms of reference" (A_RES_78_245 O55) -> recall. So
#: is an extension or a renewal: "Welcoming the extension by the General Assembly, in its resolution 79/276
#: of 25 March 2025, of the United Nations Decade of Action on Nutrition" (A_RES_80_157 P25) -> welcome. So is a
#: decision, a request or a demand a resolution made: "Recalls its decision, in its resolution 72/118 of 7 December
#: 2017, to undertake an annual thematic debate" -> recall, "Recalling the demand in its resolution 819 (1993) that"
#: -> recall, "Welcomes the request by the United Nations Environment Assembly, in paragraph 2 of its resolution 4/6,
#: to the Executive Director" -> welcome (two blind readers of SCHEMA.md, A_RES_79_125 O5 and S_RES_838_1993 P3-P4,
#: gave the verb; it was cite). So is an affirmation ("Recalls the affirmation by the Security Council, in its
#: resolution 2334 (2016), that" -> recall: two readers of rounds 7 and 8, one of round 4 cite).
ACT_NOUNS = (
    "adoption",
    "affirmation",
    "endorsement",
    "establishment",
    "extension",
    "renewal",
    "creation",
    "launch",
    "launching",
    "convening",
    "convocation",
    "proclamation",
    "decision",
    "decisions",
    "request",
    "requests",
    "demand",
    "demands",
)

#: "Welcoming the adoption, by its resolution 70/175, of ..." and "the adoption by the Conference ... of
#: resolution 9/8" name what is welcomed, not a source. The anniversary of an adoption is what is
#: welcomed in "Welcoming the twentieth anniversary of the adoption, by its resolution 58/4 ..., of the
#: Convention": the resolution is then a source, as in gold 002 O6 ("welcomes the twentieth anniversary
#: of the adoption of the Convention by its resolution 55/25" -> cite). The last of several acts is named the same
#: way: "recalling further its decisions, most recently in resolution 78/69, regarding the Regular Process" -> recall
#: (three blind readers, rounds 4 and 7). An act "taken" or "made" by a body is the act "by" it: "Recalls the decision
#: taken by the Human Rights Council, in its resolution 54/15 ..., to extend" -> recall, as "the decision of the Human
#: Rights Council, in its resolution 27/21, to" (a round-7 reader).
ADOPTION_BY = re.compile(
    r"(?<!anniversary of the )(?<!anniversary of its )"
    + at_word_start(*ACT_NOUNS)
    + r"\s*,?\s*(?:most\s+recently\s+|(?:taken|made)\s+(?=by\s))?(?:by|in|through)\s[^;]{0,160}$"
)

#: An act noun set off by a comma and the place of the resolution that performed it: "Recalls its request, in
#: paragraph 77 of resolution 79/145, for the Secretary-General to convene" (A_RES_80_109 O75), "Recalls its decision,
#: in paragraph 223 of resolution 77/118 of 9 December 2022, to conduct" -> recall, as "Recalls its decision, in its
#: resolution 72/118, to" (two blind readers of rounds 4 and 5, four lines). Without the comma ("Reiterates its
#: request in paragraph 78 of its resolution") the resolution stays the place the request stands in (cite, as a
#: round-1 reader gave it). The body that performed the act may be named before the comma: "Also welcomes the decision
#: of the United Nations Environment Assembly, in paragraph 1 of its resolution 5/14, to convene" -> welcome,
#: "Acknowledges the request by the United Nations Environment Assembly at its second session, in paragraph 6 of its
#: resolution 2/10 ..., to" -> acknowledge (a round-7 reader; "the decision of the Human Rights Council, in its
#: resolution 27/21, to" already took the verb).
ACT_AT_PLACE = re.compile(
    at_word_start(*ACT_NOUNS)
    + r"(?:\s+(?:(?:taken|made)\s+)?(?:by|of)\s+the\s+[A-Z][^,;]{0,120})?"
    + r",\s+in\s+(?:section\s+[IVXLC]+,\s+)?paragraphs?\s[^;]{0,160}$"
)

#: The source phrase (a :data:`CITE_TRIGGERS` match) through which an act noun names the resolution that
#: performed the act: a bare "by/in/through" ("the establishment by the General Assembly in its
#: resolution 77/301", "the establishment of the Permanent Forum ..., through its resolution 75/314").
#: Any other source phrase names a source of something else, and the act noun does not take the
#: resolution: "the convening, in 2023, of the ... Expert Mechanism ..., established by the Human Rights
#: Council in its resolution 42/23", "the establishment of the Commission of Experts provided for in
#: paragraph 2 of its resolution 780 (1992)", "the establishment, in accordance with ... resolution 12/4",
#: "the proclamation of the Second International Decade ... as contained in its resolution 79/193" (cite).
ACT_VIA = re.compile(
    r"\W?(?:(?:taken|made)\s+(?=by\s))?(?:by|in|through)"  # "the decision taken by the Council, in its resolution"
    r"(?:\s+(?!the\s+(?:context|framework)\b)(?:its|their|the|[A-Z]|resolution|decision)|\s*$)"
)

#: A relative clause "in which" (or "by which") its subject acted, in a verb of the past: "takes note of decision X/29
#: ..., in which the Conference of the Parties requested parties to implement decision IX/16 C" -> request, "the
#: report ..., in which he requested the Council to ... strengthen the provisions of resolution 873 (1993)" ->
#: request, "its resolution 436 (1978), in which it expressed its determination ... to secure full implementation
#: of resolution 425 (1978)" -> express. A reference inside the clause is that verb's: four blind readers of rounds
#: 2 and 7 gave it so, none the paragraph's verb. The clause ends where a new item of the paragraph's list opens
#: (:data:`RELATIVE_CLAUSE_END`: ", and Economic and Social Council resolution 2014/23" is the paragraph verb's).
#: Read from the governing verb to the reference; ``past`` is the clause's verb, mapped to the table by
#: :func:`citegraph.verbs.lemma_of_past`.
RELATIVE_ACT = re.compile(
    r"\b(?:in|by)\s+which\s+(?:it|he|she|they|the\s+[A-Z][\w\u2019'-]*(?:\s+[\w\u2019'-]+){0,12}?)\s+"
    r"(?:(?:also|further|inter\s+alia)\s+)?(?P<past>[a-z]{2,}ed(?:\s+(?:upon|for))?)\b[^;]{0,400}$"
)
#: What opens a new item of the paragraph's list after a relative clause: ", and", "as well as", "and its", "and
#: the" before a capitalised name, or a keyword ("and resolution 2248 (S-V)"), a comma before a keyword or a body's
#: name and its keyword (", Assembly decision 52/492", ", its resolution 76/296"); or a quotation, which the clause's
#: verb does not govern ("in which it requested the Court for an advisory opinion on the question: “What are the
#: legal consequences ..., notwithstanding Security Council resolution 276 (1970)?”").
RELATIVE_CLAUSE_END = re.compile(
    r",\s+(?:and|as\s+well\s+as)\b|\bas\s+well\s+as\b|\band\s+(?:its|their|in\s+particular\b|"
    r"(?:the\s+)?[A-Z]|resolutions?\b|decisions?\b|\d)"
    r"|,\s+(?:(?:its|their|the)\s+)?(?:[A-Z][\w\u2019'-]*\s+){0,8}(?:(?:resolutions?|decisions?)\b|$)|[\u201c\"]"
)

#: A relative clause whose own verb, one the verb table does not hold, acts on a resolution's adoption: "Reaffirming
#: its strong condemnation of the heinous acts of terrorism ..., including those which prompted the adoption of General
#: Assembly resolution 56/1" (A_RES_79_129 P13), "the work led by the Presidents ..., which led to the adoption of
#: Assembly resolution 71/321" (A_RES_79_159 O52). The resolution is the clause's, not the paragraph verb's: it names
#: what the acts prompted (cite). Blind readers of rounds 1, 3 and 4 all gave other than the paragraph's verb (three
#: the clause's verb, three cite; the table has no "prompt" or "lead"). A verb of the table in the clause governs
#: as any verb does ("which will support the implementation of resolutions", gold 000 P35). Read from the governing
#: verb to the reference; no ";" between.
RELATIVE_ADOPTION = re.compile(
    r"\b(?:which|that|who)\s+(?:(?:has|have|had|will|would|may)\s+)?(?:[a-z]{3,}ed|led|made)(?:\s+(?:to|in|for))?"
    r"\s+the\s+adoption\s+of\b[^;]{0,200}$"
)

#: A relative clause still open before a name that carries a footnote mark: the name is the object of the
#: clause's own verb, not of the paragraph's. "Reaffirming the importance of its resolution 44/25 of 20 November
#: 1989, by which it adopted the Convention on the Rights of the Child,¹" (A_RES_80_190 P1): 44/25 is
#: reaffirmed, the Convention only named as what 44/25 adopted (cite). A comma after "which" may close the
#: clause ("the Universal Declaration, which proclaims that ..., and the Convention"): then it is not open.
#: Read on the words between the previous reference (or the verb) and the name (references.anchor_uses).
OPEN_RELATIVE = re.compile(r"\b(?:which|whereby)\b[^,;]{0,160}$")
#: ... and a relative clause of the act a cited text did, whose object may be a list: "its resolution 75/281, in
#: which it endorsed the proposals, recommendations and conclusions of the Special Committee¹⁵" (A_RES_78_330 O1).
#: A subject relative ("the Declaration, which proclaims that ..., and the Convention¹") may close at a comma;
#: this one runs on over the commas of its list, but not to a ";", nor past ", and" or "as well as", which go
#: back to the verb's own list: "Recalling its resolution 47/135, by which it adopted the Declaration on ...
#: Minorities, and the International Covenant on Civil and Political Rights¹" recalls the Covenant. (Read from
#: the governing verb on, so that a verb after it takes over; a tempered run, no backtracking.)
#: "as well as", which adds an item to the paragraph verb's own list (the lists below do not run past it).
_AS_WELL_AS = r"as\s+well\s+as\b"
OPEN_ACT_RELATIVE = re.compile(
    r"\b(?:in|by|through|under)\s+which\s+(?:it|they|the\s+[A-Z]\w+)\b"
    rf"(?:(?!,\s+and\b|{_AS_WELL_AS})[^;]){{0,300}}$"
)

#: A source participle whose object runs on to a name at a footnote's mark, a list between them: "Reaffirming the
#: human rights and fundamental freedoms enshrined in the Universal Declaration of Human Rights¹ and international
#: human rights treaties, including the International Covenant on Civil and Political Rights,² ..." (A_RES_78_213
#: P1): every name of the list is where the freedoms are enshrined (cite), as the first is. Only these
#: participles of where a text stands ("made in", "adopted in" also name an occasion), and no ";" nor "as well
#: as" between: "Taking note of the reports ... on progress made towards achieving the commitments set out in the
#: outcome document ..., as well as the most recent reports of the Special Representative ...³⁵" takes note of
#: those reports (A_RES_80_190 P17). (A tempered run: each character checks a fixed lookahead, no backtracking.)
SOURCE_LIST_OPENING = re.compile(
    r"\b(?:contained|enshrined|embodied|reflected|set\s+(?:out|forth)|laid\s+down)\s+in\b"
    rf"(?:(?!{_AS_WELL_AS})[^;]){{0,600}}$"
)
#: A report named at a mark further down such a list is an object of the paragraph's verb, not a place the list's
#: head stands in: "Having considered ... the report of the Representative ... on the implementation of the
#: recommendations of the Board of Auditors contained in its report ... and the related report of the Advisory
#: Committee³¹" (A_RES_80_243) considers that report.
LISTED_REPORT = re.compile(r"(?:(?:related|subsequent|annual|latest|most\s+recent|final)\s+)?reports?\b")

#: A that-clause that opens with the means of its own verb: "Takes note, in this regard, that through its
#: resolution 54/18 of 12 October 2023, the Human Rights Council submitted to the General Assembly the
#: draft ..." -> take-note: what is noted is the clause, the resolution only says how the Council acted
#: (as "Welcoming the adoption, by its resolution 70/175, of ..." -> welcome). "in" set off by a comma too:
#: "Recalling that, in its resolution 77/27, it supported ...", "recalling that, in paragraph 62 of resolution
#: 63/112 ..., it urged" -> recall (seven blind readers of rounds 1 to 7 gave the verb, one cite); without the
#: comma ("Recalling also that in resolution 9/8 of the Conference ...") the resolution stays where the act
#: stands (cite). A participle before "through" is a source phrase ("established through its resolution 71/291",
#: gold 002). A clause whose subject is "nothing in" a resolution is the verb's object as well: "Recalls that nothing
#: in the paragraphs of resolutions 61/105, 64/72, 66/68 and 71/123 addressing ... prejudices" -> recall (three
#: blind readers of rounds 4, 5 and 7; none gave cite). So is a clause whose subject is named before the resolution:
#: "Also recalls that the Security Council, in its resolution 2334 (2016), called upon all States" -> recall (two
#: readers of rounds 7 and 8, one cite). The subject is a name alone: with its verb before the comma ("We recall that
#: the General Assembly determined, in its resolution 70/125, that") the resolution is where it determined (cite, as
#: a round-10 reader gave it).
CLAUSE_MEANS = re.compile(
    r"\bthat\s*(?:,?\s*(?:through|by)|,\s*in|\s(?:nothing|none)\s+(?:in|of)"
    r"|\s(?:the\s+)?[A-Z][\w\u2019'-]*(?:\s+(?:[A-Z][\w\u2019'-]*|of|the|and|for|on)){0,8}\s*,\s*in)\b"
    + _FILLER
)

#: An adjective that opens a preambular paragraph ("Mindful of its resolution 60/1,"), set off inside a
#: paragraph by a comma or "and": "Requests the United Nations Educational, Scientific and Cultural
#: Organization, in consultation with relevant entities ..., and mindful of the provisions of the annex to
#: Economic and Social Council resolution 1980/67 of 25 July 1980, to continue ..." It governs what
#: follows it as it does at the paragraph's start, where no verb of the table governs (cite), not the
#: verb before it (request); up to a ";" or an infinitive after a comma (", to continue"), which goes
#: back to the verb. Not a predicate ("make States aware of"): only after "," or "and".
ADJECTIVE_OPENING = re.compile(
    r"(?:,|\band)\s+(?:[a-z]+ly\s+|also\s+|further\s+)?(?:mindful|aware|conscious|cognizant)\s+(?:of|that)\b"
)
ADJECTIVE_END = re.compile(r";|,\s+to\s+[a-z]")

#: "Recalling the adoption of the Comprehensive Nuclear-Test-Ban Treaty in its resolution 50/245": the
#: adoption is the verb's object and the resolution the act of adopting, as in "Welcoming the adoption,
#: by its resolution 70/175, of ..." (``ADOPTION_BY``); read from the verb's end to the keyword. Only
#: where "the adoption" is the object itself: "welcomes the twentieth anniversary of the adoption of the
#: Convention by its resolution 55/25" welcomes the anniversary, and the resolution is a source.
ADOPTION_OF = re.compile(
    r"(?:[\s,]+(?:also|further|again|in\s+this\s+regard|with\s+(?:deep\s+|great\s+)?(?:appreciation|satisfaction)))*"
    r"[\s,]+(?:the|its)\s+(?:" + "|".join(ACT_NOUNS) + r")\s+of\s[^,;]{1,200}?,?\s(?:by|in|through)" + _FILLER
)

#: The verb's second object joined by "and", read as :data:`ADOPTION_OF` is: "Taking note of resolution
#: 77.17 ..., entitled ..., and of the adoption of the WHO Pandemic Agreement through resolution 78.1" ->
#: take-note (searched in the words before the keyword, after the previous reference).
ADOPTION_JOINED = re.compile(
    r"\band\s+(?:of\s+)?(?:the|its)\s+(?:"
    + "|".join(ACT_NOUNS)
    + r")\s+of\s[^,;]{1,200}?,?\s(?:by|in|through)"
    + _FILLER
)
