"""Canonical UN identifiers: parse what users type, print what the graph stores.

Every document in citegraph is keyed by its UN symbol in the canonical forms of
``shared/gold/SCHEMA.md``. This module is the only place that knows how those
symbols are spelled. Users type short forms; :func:`parse_id` accepts them:

>>> parse_id("75/196")
'A/RES/75/196'
>>> parse_id("ECOSOC 2017/15")
'E/RES/2017/15'
>>> parse_id("1373 (2001)")
'S/RES/1373 (2001)'
>>> parse_id("S/RES/1373(2001)")
'S/RES/1373 (2001)'
>>> parse_id("UNTS 2225/39574")
'UNTS/2225/39574'
>>> parse_id("decision 74/568")
'A/DEC/74/568'
>>> parse_id("a/res/75/196")
'A/RES/75/196'

and :func:`short` prints the form people say aloud:

>>> short("A/RES/75/196"), short("E/RES/2017/15"), short("S/RES/1373 (2001)")
('75/196', 'ECOSOC 2017/15', '1373 (2001)')
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from urllib.parse import quote, unquote


class SymbolError(ValueError):
    """Raised when a string cannot be read as a UN identifier."""


@dataclass(frozen=True)
class Body:
    """A UN organ or treaty body that adopts resolutions or decisions.

    ``res`` and ``dec`` are the symbol prefixes of its resolutions and
    decisions (``{n}`` stands for the number as printed, e.g. ``8/10``; a body
    whose symbols hold the session apart from the number uses ``{s}`` and ``{k}``,
    the two halves of ``5/5``: ``UNEP/EA.5/Res.5``).
    ``aliases`` are the short names a user may type before a number.
    """

    code: str
    name: str
    res: str | None
    dec: str | None
    aliases: tuple[str, ...] = ()


#: The bodies citegraph knows, keyed by the SCHEMA.md ``body`` code.
BODIES: dict[str, Body] = {
    b.code: b
    for b in [
        Body("GA", "General Assembly", "A/RES/{n}", "A/DEC/{n}", ("GA", "UNGA")),
        Body("SC", "Security Council", "S/RES/{n}", None, ("SC", "UNSC", "UNSCR", "SCR")),
        Body("ECOSOC", "Economic and Social Council", "E/RES/{n}", "E/DEC/{n}", ("ECOSOC", "E")),
        Body("HRC", "Human Rights Council", "A/HRC/RES/{n}", "A/HRC/DEC/{n}", ("HRC",)),
        Body("CHR", "Commission on Human Rights", "E/CN.4/RES/{n}", "E/CN.4/DEC/{n}", ("CHR",)),
        # the Commission's Sub-Commission (until 1999 "on Prevention of Discrimination and Protection
        # of Minorities"), its series under the Commission's: E/CN.4/Sub.2/RES/2000/22
        Body(
            "SUBCOM",
            "Sub-Commission on the Promotion and Protection of Human Rights",
            "E/CN.4/Sub.2/RES/{n}",
            "E/CN.4/Sub.2/DEC/{n}",
            ("SUBCOM",),
        ),
        Body(
            "CCPCJ",
            "Commission on Crime Prevention and Criminal Justice",
            "E/CN.15/RES/{n}",
            "E/CN.15/DEC/{n}",
            ("CCPCJ",),
        ),
        Body("CND", "Commission on Narcotic Drugs", "E/CN.7/RES/{n}", "E/CN.7/DEC/{n}", ("CND",)),
        Body("CSW", "Commission on the Status of Women", "E/CN.6/RES/{n}", "E/CN.6/DEC/{n}", ("CSW",)),
        Body("CSOCD", "Commission for Social Development", "E/CN.5/RES/{n}", "E/CN.5/DEC/{n}", ("CSOCD",)),
        Body("CPD", "Commission on Population and Development", "E/CN.9/RES/{n}", "E/CN.9/DEC/{n}", ("CPD",)),
        Body("STATCOM", "Statistical Commission", "E/CN.3/RES/{n}", "E/CN.3/DEC/{n}", ("STATCOM",)),
        # the five regional commissions: bodies of their own, not the Council they report to. SCHEMA.md
        # has no row for them; their resolutions go under the commission's series, as ESCAP prints
        # its own (E/ESCAP/RES/79/1), with the number as printed: "Economic Commission for Africa
        # resolution 2023/7" is E/ECA/RES/2023/7, never the Council's E/RES/2023/7
        Body("ECA", "Economic Commission for Africa", "E/ECA/RES/{n}", "E/ECA/DEC/{n}", ("ECA",)),
        Body("ECE", "Economic Commission for Europe", "E/ECE/RES/{n}", "E/ECE/DEC/{n}", ("ECE",)),
        Body(
            "ECLAC",
            "Economic Commission for Latin America and the Caribbean",
            "E/ECLAC/RES/{n}",
            "E/ECLAC/DEC/{n}",
            ("ECLAC",),
        ),
        Body(
            "ESCAP",
            "Economic and Social Commission for Asia and the Pacific",
            "E/ESCAP/RES/{n}",
            "E/ESCAP/DEC/{n}",
            ("ESCAP",),
        ),
        Body(
            "ESCWA",
            "Economic and Social Commission for Western Asia",
            "E/ESCWA/RES/{n}",
            "E/ESCWA/DEC/{n}",
            ("ESCWA",),
        ),
        Body(
            "COSP-UNCAC",
            "Conference of the States Parties to the United Nations Convention against Corruption",
            "CAC/COSP/RES/{n}",
            "CAC/COSP/DEC/{n}",
            ("COSP-UNCAC", "COSP", "CAC"),
        ),
        Body(
            "COP-UNTOC",
            "Conference of the Parties to the United Nations Convention against Transnational Organized Crime",
            "CTOC/COP/RES/{n}",
            "CTOC/COP/DEC/{n}",
            ("COP-UNTOC", "CTOC"),
        ),
        Body("UNEA", "United Nations Environment Assembly", "UNEP/EA.{s}/Res.{k}", None, ("UNEA",)),
        Body(
            "IAEA",
            "General Conference of the International Atomic Energy Agency",
            "GC({s})/RES/{k}",
            "GC({s})/DEC/{k}",
            ("IAEA",),
        ),
        Body(
            "CBD",
            "Conference of the Parties to the Convention on Biological Diversity",
            None,
            "CBD/COP/DEC/{n}",
            ("CBD",),
        ),
        Body(
            "UNFCCC",
            "Conference of the Parties to the United Nations Framework Convention on Climate Change",
            None,
            "FCCC/CP/DEC/{n}",
            ("UNFCCC", "FCCC"),
        ),
        # the Conference of the Food and Agriculture Organization numbers its resolutions by the year of its session:
        # "resolution 7/2019 of 28 June 2019 of the Conference of the Food and Agriculture Organization of the United
        # Nations" is FAO/RES/7/2019 (the form three blind readers of round 6 gave, each on their own)
        Body(
            "FAO",
            "Conference of the Food and Agriculture Organization of the United Nations",
            "FAO/RES/{n}",
            None,
            ("FAO",),
        ),
        # its decisions go by their designation, the session after "COP.": decision 3/COP.15 is
        # ICCD/COP/DEC/3/COP.15, as the UNFCCC's 1/CP.21 is FCCC/CP/DEC/1/CP.21
        Body(
            "UNCCD",
            "Conference of the Parties to the United Nations Convention to Combat Desertification",
            None,
            "ICCD/COP/DEC/{n}",
            ("UNCCD",),
        ),
        # its resolutions and decisions go by their designations (wha_designation): WHA77.17, WHA75(9)
        Body("WHA", "World Health Assembly", "WHA{n}", "WHA{n}", ("WHA",)),
        Body("UNTS", "United Nations Treaty Series", None, None, ("UNTS",)),
        # its decisions go by their symbols (au_decision): Ext/Assembly/AU/Dec.1(XI), EX.CL/Dec.1073(XXXVI)
        Body("AU", "African Union", None, None, ("AU",)),
        # its decisions go by their symbols (opcw_decision): C-25/DEC.9, EC-94/DEC.2, C-SS-4/DEC.3
        Body("OPCW", "Organisation for the Prohibition of Chemical Weapons", None, None, ("OPCW",)),
        # its resolutions go by their designations (imo_resolution): A.1090(28), MSC.489(103), MEPC.207(62)
        Body("IMO", "International Maritime Organization", None, None, ("IMO",)),
    ]
}

#: The five regional commissions (codes of :data:`BODIES`): bodies of their own, named in prose by their
#: full names, and commissions among the Council's others ("the Commission" may be one of them).
REGIONAL_COMMISSIONS: frozenset[str] = frozenset({"ECA", "ECE", "ECLAC", "ESCAP", "ESCWA"})

_ALIAS = {a.upper(): b.code for b in BODIES.values() for a in b.aliases}

# The pieces of a number as printed. Kept small and linear: no nested repeats.
_ROMAN = r"[IVXLC]+"
_GA_NUM = r"(?:(?:ES|S)-)?\d{1,3}/\d{1,4}(?: ?[A-Z](?![A-Za-z]))?"  # 75/196, S-30/1, 67/234 B
# 2200 A (XXI), 217 (III); a special or emergency special session's: 3201 (S-VI), 1237 (ES-III), 186 (S-2)
_GA_OLD = rf"\d{{1,4}} ?(?:[A-Z] )?\((?:(?:ES|S)-)?(?:{_ROMAN}|\d{{1,2}})\)"
_SC_NUM = r"\d{1,4} ?\(\d{4}\)"  # 1373 (2001)
_ECO_NUM = r"\d{4}/\d{1,3}(?: ?[A-Z](?![A-Za-z]))?"  # 2017/15
_UNTS = r"(\d{1,5})/(\d{1,7})"


def fold(s: str) -> str:
    """Collapse whitespace runs to one space and strip the ends.

    >>> fold("  1373\\n (2001) ")
    '1373 (2001)'
    """
    return " ".join(s.split())  # str.split() splits on the whitespace that re's \s matches


def _tidy_number(n: str) -> str:
    """Put the one space UN style uses before a letter or a parenthesis.

    >>> _tidy_number("67/234B"), _tidy_number("1373(2001)"), _tidy_number("2200A(XXI)")
    ('67/234 B', '1373 (2001)', '2200 A (XXI)')
    """
    n = fold(n)
    n = re.sub(r"(\d)([A-Z])(?![A-Za-z])", r"\1 \2", n)
    n = re.sub(r"([0-9A-Z])\(", r"\1 (", n)
    return n


#: The first Security Council resolution of each year from 1946 to 2011, as (number, year): the Council numbers its
#: resolutions in one series, so a number fixes its year, which the canonical symbol carries ("S/RES/1051 (1996)").
#: Taken from the UNITE Ideas list of resolutions S/RES/1 to S/RES/2032 with their years (corpus
#: unsc-uniteideas-refs/nodes.csv); every Council number printed with its year in the corpus agrees with it but for
#: four OCR typos. Numbers after 2032 have no year here: typed or printed, they need theirs.
COUNCIL_YEAR_STARTS: tuple[tuple[int, int], ...] = (
    (1, 1946), (16, 1947), (38, 1948), (67, 1949), (79, 1950), (90, 1951), (97, 1952), (99, 1953), (104, 1954),
    (106, 1955), (111, 1956), (122, 1957), (127, 1958), (132, 1959), (133, 1960), (161, 1961), (171, 1962),
    (178, 1963), (186, 1964), (200, 1965), (220, 1966), (233, 1967), (245, 1968), (263, 1969), (276, 1970),
    (292, 1971), (308, 1972), (325, 1973), (345, 1974), (367, 1975), (385, 1976), (403, 1977), (423, 1978),
    (444, 1979), (462, 1980), (485, 1981), (500, 1982), (529, 1983), (546, 1984), (560, 1985), (581, 1986),
    (594, 1987), (607, 1988), (627, 1989), (647, 1990), (684, 1991), (726, 1992), (800, 1993), (893, 1994),
    (970, 1995), (1036, 1996), (1093, 1997), (1147, 1998), (1220, 1999), (1285, 2000), (1335, 2001), (1387, 2002),
    (1455, 2003), (1522, 2004), (1581, 2005), (1652, 2006), (1739, 2007), (1795, 2008), (1860, 2009), (1908, 2010),
    (1967, 2011),
)  # fmt: skip
#: The last Council number :data:`COUNCIL_YEAR_STARTS` covers.
COUNCIL_TABLE_LAST = 2032
_COUNCIL_FIRSTS = [first for first, _ in COUNCIL_YEAR_STARTS]


def council_year(number: int) -> int | None:
    """The year Security Council resolution ``number`` was adopted in (:data:`COUNCIL_YEAR_STARTS`), or None past
    the table's end or for a number no resolution bears.

    >>> council_year(1373), council_year(687), council_year(1), council_year(2032), council_year(2033), council_year(0)
    (2001, 1991, 1946, 2011, None, None)
    """
    if not 1 <= number <= COUNCIL_TABLE_LAST:
        return None
    return COUNCIL_YEAR_STARTS[bisect.bisect_right(_COUNCIL_FIRSTS, number) - 1][1]


def resolution(body: str, number: str) -> str:
    """The canonical symbol of resolution ``number`` of ``body``. A Council number typed without its year gets it
    when :func:`council_year` knows it.

    >>> resolution("GA", "75/196"), resolution("SC", "1373 (2001)"), resolution("COSP-UNCAC", "8/10")
    ('A/RES/75/196', 'S/RES/1373 (2001)', 'CAC/COSP/RES/8/10')
    >>> resolution("SC", "1373"), resolution("SC", "2334")
    ('S/RES/1373 (2001)', 'S/RES/2334')
    """
    b = BODIES[body]
    if b.res is None:
        raise SymbolError(f"{b.name} adopts no resolutions")
    if body == "SC" and number.strip().isdigit() and (year := council_year(int(number))) is not None:
        number = f"{int(number)} ({year})"
    return _format(b.res, number)


def decision(body: str, number: str) -> str:
    """The canonical symbol of decision ``number`` of ``body``.

    >>> decision("GA", "74/550 B"), decision("ECOSOC", "2017/244")
    ('A/DEC/74/550 B', 'E/DEC/2017/244')
    """
    b = BODIES[body]
    if b.dec is None:
        raise SymbolError(f"{b.name} adopts no decisions")
    return _format(b.dec, number)


def _format(pattern: str, number: str) -> str:
    """``pattern`` filled with ``number``, whole or as session and number.

    >>> _format("A/RES/{n}", "67/234B"), _format("UNEP/EA.{s}/Res.{k}", "5/5"), _format("GC({s})/RES/{k}", "68/11 A")
    ('A/RES/67/234 B', 'UNEP/EA.5/Res.5', 'GC(68)/RES/11 A')
    """
    n = _tidy_number(number)
    if "{n}" in pattern:
        return pattern.format(n=n)
    session, slash, k = n.partition("/")
    if not slash:
        raise SymbolError(f"not a session/number: {number!r}")
    return pattern.format(s=session, k=k)


def treaty(volume: str | int, number: str | int) -> str:
    """A Treaty Series instrument: ``UNTS/<volume>/<registration No.>``.

    >>> treaty(2225, "39574")
    'UNTS/2225/39574'
    """
    return f"UNTS/{int(volume)}/{int(number)}"


def treaty_volume(symbol: str) -> str | None:
    """The volume of a Treaty Series identifier (:func:`treaty`), or None for any other symbol.

    >>> treaty_volume("UNTS/75/973"), treaty_volume("A/75/973")
    ('75', None)
    """
    return symbol.split("/")[1] if symbol.startswith("UNTS/") else None


def publication(sales_no: str) -> str:
    """A UN publication by its sales number.

    >>> publication("E.91.IV.2")
    'SALES/E.91.IV.2'
    """
    return f"SALES/{fold(sales_no)}"


#: A decision of the meeting of the Parties to a protocol of the CBD by its designation: the
#: Cartagena Protocol's "BS-V/11" (its old name) or "CP-VIII/19", the Nagoya Protocol's "NP-2/7".
_PROTOCOL_DESIGNATION = re.compile(r"(BS|CP|NP)[-\u2010\u2011\u2013]((?:[IVXLC]+|\d{1,2})/\d{1,3})")
#: Its symbol: the series CBD/CP/MOP/DEC/ or CBD/NP/MOP/DEC/; a meeting numbered in Roman
#: numerals says a decision even without "DEC" ("CBD/CP/MOP/VIII/19"), the meeting's documents
#: being numbered in Arabic ones ("CBD/CP/MOP/10/1").
_PROTOCOL_SYMBOL = re.compile(r"CBD/(CP|NP)/MOP/(?:DEC/((?:[IVXLC]+|\d{1,2})/\d{1,3})|([IVXLC]+/\d{1,3}))")


def protocol_decision(designation: str) -> str:
    """The canonical symbol of a decision of the meeting of the Parties to a protocol of the CBD.

    The series is named once: the designation's protocol ("BS", the Biosafety Protocol, is the
    Cartagena Protocol, "CP") goes into the series, the meeting and the number stay as printed,
    as ``CBD/CP/MOP/DEC/VIII/19`` is decision CP-VIII/19 of the eighth meeting.

    >>> protocol_decision("BS-V/11"), protocol_decision("CP-VIII/19"), protocol_decision("NP-2/7")
    ('CBD/CP/MOP/DEC/V/11', 'CBD/CP/MOP/DEC/VIII/19', 'CBD/NP/MOP/DEC/2/7')
    """
    m = _PROTOCOL_DESIGNATION.fullmatch(fold(designation).upper())
    if m is None:
        raise SymbolError(f"not a protocol decision: {designation!r}")
    return f"CBD/{'NP' if m[1] == 'NP' else 'CP'}/MOP/DEC/{m[2]}"


#: A World Health Assembly resolution (session, a dot, the number: "WHA77.17") or decision (the
#: number in parentheses: "WHA75(9)"), or a decision of its special session ("SSA2(5)").
_WHA_DESIGNATION = re.compile(r"(?:WHA|SSA)(\d{1,2})(?:\.\d{1,3}|\((\d{1,3})\))")
#: The same as printed after "resolution" or "decision", without "WHA": "77.17", "75(9)", "SSA2(5)".
_WHA_NUMBER = re.compile(r"(?:SSA)?\d{1,2}(?:\.\d{1,3}|\(\d{1,3}\))")


def wha_designation(number: str) -> str:
    """The designation of World Health Assembly resolution or decision ``number`` as printed.

    WHO designates them by "WHA", the session and the number, with no space: resolution
    WHA77.17, decision WHA75(9); a decision of a special session by "SSA": SSA2(5).

    >>> wha_designation("77.17"), wha_designation("75 (9)"), wha_designation("SSA2(5)"), wha_designation("WHA78.1")
    ('WHA77.17', 'WHA75(9)', 'SSA2(5)', 'WHA78.1')
    """
    n = "".join(number.split())
    if _WHA_NUMBER.fullmatch(n) is None and _WHA_DESIGNATION.fullmatch(n) is None:
        raise SymbolError(f"not a World Health Assembly number: {number!r}")
    return n if n.startswith(("WHA", "SSA")) else "WHA" + n


#: A decision (or declaration) of the African Union's Assembly or Executive Council by its symbol: the
#: organ, "Dec." (or "Decl."), the number and the session in Roman numerals; "Ext/" for an
#: extraordinary session. Read on the upper-cased text too (parse_id), and rebuilt in the AU's spelling.
_AU_DECISION = re.compile(
    r"(EXT/)?(ASSEMBLY/AU|EX\.CL)/(DECL?)\. ?(\d{1,4}) ?\(([IVXLC]{1,7})\)", re.IGNORECASE
)


def _designation(symbol: str, pattern: re.Pattern[str], what: str) -> re.Match[str]:
    """``pattern`` matched on the whole of ``symbol`` with its spaces taken out ("Decl. 8 (XXXII)" is
    "Decl.8(XXXII)"), else SymbolError naming ``what`` the symbol is not.

    >>> _designation("A. 1090 (28)", _IMO_RESOLUTION, "an IMO resolution")[2]
    '1090'
    """
    m = pattern.fullmatch("".join(symbol.split()))
    if m is None:
        raise SymbolError(f"not {what}: {symbol!r}")
    return m


def au_decision(symbol: str) -> str:
    """The symbol of a decision of the African Union, spelled as the AU prints it, with no space.

    >>> au_decision("Ext/Assembly/AU/Dec.1(XI)"), au_decision("Assembly/AU/Decl. 8 (XXXII)")
    ('Ext/Assembly/AU/Dec.1(XI)', 'Assembly/AU/Decl.8(XXXII)')
    >>> au_decision("EX.CL/DEC.1073(XXXVI)")
    'EX.CL/Dec.1073(XXXVI)'
    """
    m = _designation(symbol, _AU_DECISION, "an African Union decision")
    organ = "EX.CL" if m[2].upper() == "EX.CL" else "Assembly/AU"
    return f"{'Ext/' if m[1] else ''}{organ}/{m[3].capitalize()}.{m[4]}({m[5].upper()})"


#: The symbol of a decision (or resolution) of the Organisation for the Prohibition of Chemical Weapons:
#: its Conference of the States Parties ("C-25", a special session "C-SS-4") or Executive Council
#: ("EC-94", a meeting "EC-M-34"), then "DEC." (or "RES.") and the number. Read upper-cased too (parse_id).
_OPCW_DECISION = re.compile(r"(E?C-(?:SS-|M-)?(?:\d{1,3}|[IVXL]{1,6}))/(DEC|RES)\. ?(\d{1,3})", re.IGNORECASE)


def opcw_decision(symbol: str) -> str:
    """The symbol of an OPCW decision or resolution, as the Organisation prints it.

    >>> opcw_decision("C-25/DEC.9"), opcw_decision("ec-94/dec. 2"), opcw_decision("C-SS-4/DEC.3")
    ('C-25/DEC.9', 'EC-94/DEC.2', 'C-SS-4/DEC.3')
    """
    m = _designation(symbol, _OPCW_DECISION, "an OPCW decision")
    return f"{m[1].upper()}/{m[2].upper()}.{m[3]}"


#: The designation of a resolution of the International Maritime Organization: the organ that adopted
#: it (its Assembly "A", the Maritime Safety, Marine Environment Protection, Facilitation, Legal and
#: Technical Cooperation Committees), a full stop, the number and, in parentheses, the organ's session:
#: "resolution A.1090(28)", "resolution MSC.489(103)", "resolution MEPC.207(62)". Read upper-cased too.
_IMO_RESOLUTION = re.compile(r"(A|MSC|MEPC|FAL|LEG|TC)\. ?(\d{1,4}) ?\((\d{1,3})\)", re.IGNORECASE)


def imo_resolution(symbol: str) -> str:
    """The designation of an IMO resolution, as the Organization prints it.

    >>> imo_resolution("A.1090(28)"), imo_resolution("msc.489 (103)"), imo_resolution("MEPC. 207(62)")
    ('A.1090(28)', 'MSC.489(103)', 'MEPC.207(62)')
    """
    m = _designation(symbol, _IMO_RESOLUTION, "an IMO resolution")
    return f"{m[1].upper()}.{m[2]}({m[3]})"


_CANONICAL = [
    # (regex over the upper-cased, folded input, function of the match -> canonical)
    (_AU_DECISION, lambda m: au_decision(m[0])),
    (_OPCW_DECISION, lambda m: opcw_decision(m[0])),
    (_IMO_RESOLUTION, lambda m: imo_resolution(m[0])),
    (re.compile(r"(?:WHA|SSA) ?\d{1,2}(?:\.\d{1,3}| ?\(\d{1,3}\))"), lambda m: wha_designation(m[0])),
    (re.compile(rf"UNTS[ /]?{_UNTS}"), lambda m: treaty(m[1], m[2])),
    (re.compile(r"SALES(?:/| NO\.? ?)(.+)"), lambda m: publication(m[1])),
    (re.compile(rf"S/RES/({_SC_NUM})"), lambda m: resolution("SC", m[1])),
    (re.compile(r"S/RES/(\d{1,4})"), lambda m: resolution("SC", m[1])),  # S/RES/1373: the year added if known
    (re.compile(rf"A/RES/({_GA_NUM}|{_GA_OLD})"), lambda m: resolution("GA", m[1])),
    (re.compile(rf"A/DEC/({_GA_NUM})"), lambda m: decision("GA", m[1])),
    (re.compile(rf"E/RES/({_ECO_NUM})"), lambda m: resolution("ECOSOC", m[1])),
    (re.compile(rf"E/DEC/({_ECO_NUM})"), lambda m: decision("ECOSOC", m[1])),
    (  # the series is spelled "Sub.2", which upper-casing loses
        re.compile(rf"E/CN\.4/SUB\.2/(RES|DEC)/({_ECO_NUM})"),
        lambda m: (decision if m[1] == "DEC" else resolution)("SUBCOM", m[2]),
    ),
    (re.compile(r"UNEP/EA\.(\d{1,2})/RES\.(\d{1,3})"), lambda m: resolution("UNEA", f"{m[1]}/{m[2]}")),
    (
        re.compile(r"GC\((\d{1,3})\)/(RES|DEC)/(\d{1,3}(?: ?[A-Z])?)"),
        lambda m: (decision if m[2] == "DEC" else resolution)("IAEA", f"{m[1]}/{m[3]}"),
    ),
    (_PROTOCOL_SYMBOL, lambda m: f"CBD/{m[1]}/MOP/DEC/{m[2] or m[3]}"),
]

_SHORT = [
    (re.compile(rf"(?:(?:RESOLUTION|RES\.?) )?({_SC_NUM})"), lambda m: resolution("SC", m[1])),
    (re.compile(rf"(?:DECISION|DEC\.?) ({_GA_NUM})"), lambda m: decision("GA", m[1])),
    (re.compile(rf"(?:(?:RESOLUTION|RES\.?) )?({_GA_NUM}|{_GA_OLD})"), lambda m: resolution("GA", m[1])),
]

_BODY_SHORT = re.compile(r"([A-Z][A-Z-]*)\s+(?:(RESOLUTION|RES\.?|DECISION|DEC\.?)\s+)?(\S.*)")


#: A link to the UN's document system, before the symbol it names: "https://undocs.org/en/A/RES/75/196".
_DOCUMENT_LINK = re.compile(
    r"(?i)https?://(?:www\.)?(?:undocs\.org|docs\.un\.org)/(?:(?:en|fr|es|ar|ru|zh)/)?"
)
#: A symbol spelt as a file's name, "_" for "/" ("A_RES_75_196.txt", "S_RES_1373_2001"); the Council's year
#: then stands as the last part.
_FILE_NAME_SYMBOL = re.compile(r"[A-Z][A-Za-z0-9.\-]*(?:_[A-Za-z0-9.\-]+)+(?:\.(?:txt|md|pdf))?")
#: The characters without which a text is no pasted identifier (:func:`_as_typed` gives it back as it is).
_PASTED = re.compile("[_:\"'“”‘’«»]")
_SC_FILE_NAME = re.compile(r"S/RES/(\d{1,4})/(\d{4})")


def _as_typed(text: str) -> str:
    """An identifier as a user may paste it, before it is read: in quotes, as a link to the UN's document system
    (the link ``citegraph show`` prints), or as a file's name.

    >>> _as_typed("“75/196”"), _as_typed("https://undocs.org/en/A/RES/75/196"), _as_typed("A_RES_75_196.txt")
    ('75/196', 'A/RES/75/196', 'A/RES/75/196')
    >>> _as_typed("S_RES_1373_2001"), _as_typed("https://undocs.org/S/RES/1373%20(2001)")
    ('S/RES/1373 (2001)', 'S/RES/1373 (2001)')
    """
    if _PASTED.search(text) is None:  # (the grammar's symbols, and most that users type)
        return text
    t = text.strip().strip("\"'“”‘’«»").strip()
    link = _DOCUMENT_LINK.match(t)
    if link:
        t = unquote(t[link.end() :])
    if "/" not in t and " " not in t and _FILE_NAME_SYMBOL.fullmatch(t):
        t = re.sub(r"\.(?:txt|md|pdf)$", "", t).replace("_", "/")
        sc = _SC_FILE_NAME.fullmatch(t)
        if sc:
            t = f"S/RES/{sc[1]} ({sc[2]})"
    return t


def parse_id(text: str) -> str:
    """Read a user's identifier, in any common short or long form, as a canonical symbol.

    Raises :class:`SymbolError` for text that is no identifier. Document
    symbols (``A/75/479``) come back as printed, upper-cased and folded.

    >>> parse_id("A/RES/67/234B"), parse_id("ga 74/550 B"), parse_id("CCPCJ 25/2")
    ('A/RES/67/234 B', 'A/RES/74/550 B', 'E/CN.15/RES/25/2')
    >>> parse_id("COSP decision 8/1"), parse_id("resolution 2200 A (XXI)")
    ('CAC/COSP/DEC/8/1', 'A/RES/2200 A (XXI)')
    >>> parse_id("Sales No. E.91.IV.2"), parse_id("A/75/479")
    ('SALES/E.91.IV.2', 'A/75/479')
    >>> parse_id("CBD/CP/MOP/VIII/19"), parse_id("CBD/NP/MOP/DEC/2/7"), parse_id("CBD/CP/MOP/10/1")
    ('CBD/CP/MOP/DEC/VIII/19', 'CBD/NP/MOP/DEC/2/7', 'CBD/CP/MOP/10/1')
    >>> parse_id("Economic and Social Council resolution 2017/15"), parse_id("Treaty Series, vol. 976, No. 14152")
    ('E/RES/2017/15', 'UNTS/976/14152')
    >>> parse_id("hello")
    Traceback (most recent call last):
    ...
    citegraph.symbols.SymbolError: not a UN identifier: 'hello'
    """
    raw = fold(_as_typed(text).replace("\\(", "(").replace("\\)", ")"))
    up = raw.upper()
    if not up:
        raise SymbolError("empty identifier")
    for rx, make in _CANONICAL:
        m = rx.fullmatch(up)
        if m:
            return make(m)
    m = _BODY_SHORT.fullmatch(up)
    if m and m[1] in _ALIAS and m[1] != "UNTS":
        code = _ALIAS[m[1]]
        word = (m[2] or "").rstrip(".")
        if code == "WHA":  # "WHA resolution 77.17", "WHA decision 75(9)"
            return wha_designation(m[3])
        num = _tidy_number(m[3])
        if word.startswith("DEC") or (not word and BODIES[code].res is None):
            return decision(code, num)
        return resolution(code, num)
    for rx, make in _SHORT:
        m = rx.fullmatch(up)
        if m:
            return make(m)
    if re.fullmatch(r"[A-Z][A-Z0-9.]*(?:\(\d{1,3}\))?(?:/[A-Z0-9.()\- ]+)+", up) and any(
        c.isdigit() for c in up
    ):
        return up
    phrase = _as_phrase(raw)
    if phrase:
        return parse_id(phrase)
    raise SymbolError(f"not a UN identifier: {text!r}")


#: A body's full name, case aside, as the short name :func:`parse_id` reads before a number.
_BODY_BY_NAME = {b.name.casefold(): b.aliases[0] for b in BODIES.values() if b.aliases}
#: A reference as a text prints it: "Economic and Social Council resolution 2017/15", "the General
#: Assembly decision 74/568", "Security Council resolution 1373 (2001)".
_PHRASE = re.compile(
    r"(?:the )?([A-Za-z][A-Za-z ,'’-]{1,120}?) (resolution|decision)s? (\S.{0,40})", re.IGNORECASE
)
#: A Treaty Series footnote: "United Nations, Treaty Series, vol. 2225, No. 39574".
_TREATY_SERIES = re.compile(
    r"(?:United Nations, )?Treaty Series, vol(?:ume|\.)? ?(\d{1,5}), No\. ?(\d{1,7})\.?", re.IGNORECASE
)


def _as_phrase(text: str) -> str | None:
    """What :func:`parse_id` reads for a reference pasted as a text prints it, else None.

    >>> _as_phrase("Economic and Social Council resolution 2017/15"), _as_phrase("the Security Council resolution 1373")
    ('ECOSOC resolution 2017/15', 'SC resolution 1373')
    >>> _as_phrase("United Nations, Treaty Series, vol. 2225, No. 39574"), _as_phrase("my resolution 1")
    ('UNTS 2225/39574', None)
    """
    m = _TREATY_SERIES.fullmatch(text)
    if m:
        return f"UNTS {m[1]}/{m[2]}"
    m = _PHRASE.fullmatch(text)
    if m and (alias := _BODY_BY_NAME.get(m[1].casefold())):
        return f"{alias} {m[2].lower()} {m[3]}"
    return None


#: (symbol prefix, body code) of every numbered resolution and decision pattern, in BODIES order
#: (a series, ending in "/": the World Health Assembly's "WHA" also begins its documents' symbols).
_BODY_PREFIXES = tuple(
    (pat.split("{")[0], b.code)
    for b in BODIES.values()
    for pat in (b.res, b.dec)
    if pat and "{n}" in pat and pat.split("{")[0].endswith("/")
)


def body_of(symbol: str) -> str | None:
    """The body code of a canonical resolution or decision symbol, else None.

    >>> body_of("A/RES/75/196"), body_of("E/CN.15/RES/25/2"), body_of("UNTS/976/14152"), body_of("A/75/479")
    ('GA', 'CCPCJ', 'UNTS', None)
    """
    if symbol.startswith("UNTS/"):
        return "UNTS"
    for prefix, code in _BODY_PREFIXES:
        if symbol.startswith(prefix):
            return code
    if symbol.startswith("UNEP/EA.") and "/RES." in symbol.upper():
        return "UNEA"
    if symbol.startswith("GC(") and ("/RES/" in symbol or "/DEC/" in symbol):
        return "IAEA"
    if symbol.startswith(("CBD/CP/MOP/DEC/", "CBD/NP/MOP/DEC/")):
        return "CBD"  # the protocols' decisions (protocol_decision)
    if _WHA_DESIGNATION.fullmatch(symbol):
        return "WHA"
    if _AU_DECISION.fullmatch(symbol):
        return "AU"
    if _OPCW_DECISION.fullmatch(symbol):
        return "OPCW"
    if _IMO_RESOLUTION.fullmatch(symbol):
        return "IMO"
    return None


def kind_of(symbol: str) -> str:
    """``resolution``, ``decision``, ``treaty``, ``publication`` or ``document``.

    >>> [kind_of(s) for s in ("A/RES/75/196", "A/DEC/74/568", "UNTS/976/14152", "SALES/E.91.IV.2", "A/75/479")]
    ['resolution', 'decision', 'treaty', 'publication', 'document']
    """
    if symbol.startswith("UNTS/"):
        return "treaty"
    if symbol.startswith("SALES/"):
        return "publication"
    up = symbol.upper()
    if _WHA_DESIGNATION.fullmatch(symbol):
        return "decision" if symbol.endswith(")") else "resolution"
    if _AU_DECISION.fullmatch(symbol):
        return "decision"
    if _OPCW_DECISION.fullmatch(symbol):
        return "resolution" if "/RES." in up else "decision"
    if _IMO_RESOLUTION.fullmatch(symbol):
        return "resolution"
    if body_of(symbol):
        if "/DEC/" in up:
            return "decision"
        if "/RES/" in up or "/RES." in up:
            return "resolution"
    return "document"


def short(symbol: str) -> str:
    """The short form people say: GA numbers bare, other bodies prefixed.

    >>> short("A/DEC/74/568"), short("E/CN.15/RES/25/2"), short("UNTS/2225/39574"), short("A/75/479")
    ('decision 74/568', 'CCPCJ 25/2', 'UNTS 2225/39574', 'A/75/479')
    """
    if symbol.startswith("UNTS/"):
        return "UNTS " + symbol[5:]
    body = body_of(symbol)
    if body is None or body in ("UNEA", "WHA", "AU", "OPCW", "IMO"):  # designations that name their body
        return symbol
    b = BODIES[body]
    for pat, word in ((b.res, ""), (b.dec, "decision ")):
        if pat and "{n}" in pat:
            prefix = pat.split("{")[0]
            if symbol.startswith(prefix):
                num = symbol[len(prefix) :]
                if body in ("GA", "SC"):
                    return f"{word}{num}"
                return f"{body} {word}{num}"
    return symbol


def session_of(symbol: str) -> int | None:
    """The GA regular session of a GA symbol (``A/RES/75/196`` -> 75), else None.

    A resolution of the first thirty sessions carries its session in Roman numerals after its number
    (``A/RES/217 A (III)`` -> 3). A special or emergency special session is no regular session: ES-10 sat from
    1997 to 2025, the tenth regular session in 1955, so ``A/RES/ES-10/26`` and ``A/RES/S-32/1`` have none.

    >>> session_of("A/RES/75/196"), session_of("A/C.3/80/L.3"), session_of("S/RES/1373 (2001)")
    (75, 80, None)
    >>> session_of("A/RES/217 A (III)"), session_of("A/RES/2625 (XXV)")
    (3, 25)
    >>> session_of("A/RES/ES-10/26"), session_of("A/RES/S-32/1")
    (None, None)
    """
    if is_special_session(symbol):
        return None
    m = re.match(r"A/(?:RES/|DEC/|C\.\d/|HRC/RES/)?(\d{1,3})/", symbol)
    if m and not symbol.startswith("A/HRC"):
        return int(m[1])
    old = _OLD_SESSION.fullmatch(symbol)
    return roman_number(old[1]) if old else None


def is_special_session(symbol: str) -> bool:
    """Whether ``symbol`` is a GA text of a special or emergency special session (``A/RES/S-32/1``,
    ``A/RES/ES-10/26``, ``A/ES-10/L.33``).

    >>> is_special_session("A/RES/ES-10/26"), is_special_session("A/RES/75/196")
    (True, False)
    """
    return _SPECIAL_SESSION.match(symbol) is not None


_SPECIAL_SESSION = re.compile(r"A/(?:RES/|DEC/)?E?S-\d")


#: An old resolution's regular session, in Roman numerals: ``A/RES/2200 A (XXI)``.
_OLD_SESSION = re.compile(rf"A/RES/\d{{1,4}}(?: [A-Z])? \(({_ROMAN})\)")
_ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}


def roman_number(numeral: str) -> int:
    """The value of a Roman numeral, as the Assembly's old sessions print them.

    >>> roman_number("XXV"), roman_number("XXIV"), roman_number("III")
    (25, 24, 3)
    """
    values = [_ROMAN_VALUES[c] for c in numeral]
    return sum(-v if v < nxt else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def year_of(symbol: str) -> int | None:
    """The year a symbol carries: SC ``(2001)``, ECOSOC ``2017/15``, ``E/2016/30``.

    >>> year_of("S/RES/1373 (2001)"), year_of("E/RES/2017/15"), year_of("E/2016/30"), year_of("A/RES/75/196")
    (2001, 2017, 2016, None)

    A Treaty Series volume number is no year:

    >>> year_of("UNTS/2051/35457") is None
    True
    """
    if symbol.startswith(("UNTS/", "SALES/")):
        return None
    m = re.search(r"\((\d{4})\)$", symbol) or re.search(r"/((?:19|20)\d\d)/", symbol)
    return int(m[1]) if m else None


#: Symbols of organizations whose documents are not in the UN's Official Document System, so that
#: undocs.org has no page for them: the WHO (WHA77.17, SSA2(5), EB136/8), the IMO (MSC.489(103),
#: A.1090(28), MEPC 81/16, LEG/CONF.15/21, SOLAS/CONF.5/32, BWM/CONF/36, SR/CONF/45), the FAO (C 2019/23,
#: CL 144/9, COFI/2022/4.1/Rev.1, WSFS 2009/2), the ILO (GB.346/Decisions, STCMLC/2025), the IAEA
#: (GC(68)/RES/10, GOV/2022/17), UNESCO's IOC (IOC/A-33/Decisions), the WTO (WT/L/508/Add.1), the OAS
#: (CP/RES.594, MRE/RES.1/91), the African Union (Assembly/AU/Decl.8(XXXII), EX.CL/Dec.1073(XXXVI)),
#: the OPCW (C-25/DEC.9, EC-94/DEC.2) and the CBD's own series (CBD/COP/DEC/15/4).
_OUTSIDE_UNDOCS = re.compile(
    r"(?:WHA|SSA|EB)\d"
    r"|(?:A|MSC|MEPC|FAL|LEG|TC)\.\d{1,4} ?\(\d{1,3}\)"
    r"|(?:MSC|MEPC|LC|LEG|PPR|FAL|SOLAS|BWM|SR)[ ./]"
    r"|(?:C|CL) \d{3,4}/|COFI/|WSFS "
    r"|GB\.\d|STCMLC/"
    r"|GC\(\d{1,3}\)|GOV/"
    r"|IOC/|WT/"
    r"|CP/(?:RES|DEC)\.|MRE/"
    r"|(?:Ext/)?Assembly/AU/|EX\.CL/"
    r"|E?C-(?:SS-|M-)?(?:\d{1,3}|[IVXL]{1,6})/"
    r"|CBD/",
    re.IGNORECASE,
)


def undocs_url(symbol: str) -> str | None:
    """The ``https://undocs.org/`` link of a UN document symbol; None for treaties, publications and the
    documents of organizations outside the UN's document system (:data:`_OUTSIDE_UNDOCS`).

    >>> undocs_url("S/RES/1373 (2001)"), undocs_url("UNEP/EA.5/Res.2")
    ('https://undocs.org/S/RES/1373%20(2001)', 'https://undocs.org/UNEP/EA.5/Res.2')
    >>> [undocs_url(s) for s in ("WHA77.17", "MSC.489(103)", "GC(68)/RES/10", "CBD/COP/DEC/15/4", "C 2019/23")]
    [None, None, None, None, None]
    """
    if symbol.startswith(("UNTS/", "SALES/")) or _OUTSIDE_UNDOCS.match(symbol):
        return None
    return "https://undocs.org/" + quote(symbol, safe="/().-")


def file_symbol(name: str) -> str | None:
    """The symbol a corpus file name encodes (``/`` written ``_``).

    >>> file_symbol("A_RES_80_229.txt"), file_symbol("S_RES_1373_2001.txt"), file_symbol("A_C.3_80_L.57.pdf")
    ('A/RES/80/229', 'S/RES/1373 (2001)', 'A/C.3/80/L.57')
    """
    stem = re.sub(r"\.(txt|pdf|md)$", "", name.rsplit("/", 1)[-1])
    m = re.fullmatch(r"S_RES_(\d+)_(\d{4})", stem)
    if m:
        return f"S/RES/{int(m[1])} ({m[2]})"
    if re.fullmatch(r"[A-Z][A-Z0-9.]*(?:_[A-Za-z0-9.\-]+)+", stem):
        return stem.replace("_", "/")
    return None
