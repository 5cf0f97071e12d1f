"""Flattened texts: a document printed on one line gets back the line breaks its layout is read by.

Tables of UN texts (one resolution to a cell of a dataset, a page copied from the web) often print the
PDF text with every line break made a space::

    ... 78/193. Universal realization of the right of peoples to self-determination The General Assembly,
    Reaffirming the importance ... Human Rights,1 as well as ... 14 December 1960, Welcoming the progressive
    ... __________________ 1 Resolution 2200 A (XXI), annex. 2 See Official Records ... A/RES/78/193
    Universal realization ... 23-26048 2/2 Reaffirming its previous resolutions ...

citegraph reads a text by its lines (:mod:`citegraph.normalize`, :mod:`citegraph.identity`); such a text
is one line, all header. :func:`relines` gives it its lines again: it makes a space a line break, one
character for one (every offset still points into the text as given), wherever the printed page starts a
line that the reader needs to see start one:

- the header's lines: the symbol, "General Assembly", "Distr.: General", its date, the job number and
  barcode, the session, the agenda item, "Resolution adopted by ...", "[on the report ...]" and the
  resolution's number and title ("78/193. Universal ...");
- the acting organ's line ("The General Assembly,") and each paragraph: a preambular opener after a
  comma ("..., Welcoming the progressive ..."), an operative paragraph's number in sequence ("...; 2.
  Requests"), or, when no paragraph is numbered, the one operative verb after the preamble ("...
  Council,1,2 Takes note of ...");
- a page's furniture (the separator "_____", the symbol, the job number and page counter) and each
  footnote below the separator, by its number in sequence ("... annex. 2 See Official Records ...");
- the vote line ("50th plenary meeting", "Adopted at the 4683rd meeting") and the date after it.

A running title between the symbol and the job number stays on one line, which the normaliser drops as it
drops a printed one. Only a line of at least :data:`LONG` characters that holds the organ's line is read so:
a text with its lines is left as it is.

>>> flat = ("Resolution adopted by the General Assembly on 18 December 2019 [on the report of the Third "
...         "Committee (A/74/394)] 74/132. Report of the Human Rights Council The General Assembly, Recalling "
...         "its resolution 60/251 of 15 March 2006, Recalling also its resolution 65/281 of 17 June 2011, "
...         "Having considered the report of the Human Rights Council,1 Takes note of the report of the Council. "
...         "50th plenary meeting 18 December 2019 __________________ 1 Official Records of the General "
...         "Assembly, Seventy-fourth Session, Supplement No. 53 (A/74/53).")
>>> print(_reline(flat))
Resolution adopted by the General Assembly on 18 December 2019
[on the report of the Third Committee (A/74/394)]
74/132. Report of the Human Rights Council
The General Assembly,
Recalling its resolution 60/251 of 15 March 2006,
Recalling also its resolution 65/281 of 17 June 2011,
Having considered the report of the Human Rights Council,1
Takes note of the report of the Council.
50th plenary meeting
18 December 2019
__________________
1 Official Records of the General Assembly, Seventy-fourth Session, Supplement No. 53 (A/74/53).
>>> relines(flat) == _reline(flat), relines("The General Assembly,\\n\\nRecalling ...") == "The General Assembly,\\n\\nRecalling ..."
(True, True)

All patterns are linear: no nested quantifiers.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable

import regex

from citegraph.grammar import MONTHS
from citegraph.normalize import GA_ADOPTED, opens_operative, opens_preamble

#: The length from which a line may be a whole document on one line.
LONG = 300

_MONTH = "(?:" + "|".join(MONTHS) + ")"
#: A job number, "23-26048 (E) 050124" (a reissue's with a star: "23-24915*"), in the header and at a page's foot.
_JOB_NUMBER = r"\d{2}-\d{5}\*?(?:\s+\(E\))?(?:\s+\d{6})?"
#: Abbreviations whose full stop ends no footnote: "Supplement No. 3 and", "vol. 2241, No. 39574".
_CITATION_ABBREVIATIONS = r"Nos?|vols?|paras?|chap|sect|arts?|pp?|Suppl"
#: The acting organ's line, as a flattened text prints it: "The General Assembly," (its comma ends it).
_ORGAN = regex.compile(
    r"(?<=^|\s)\**The\s+(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council"
    r"|Human\s+Rights\s+Council|Trusteeship\s+Council)\**(?:\s*,\**(?=\s)|(?=\s+\p{Lu}\p{Ll}+(?:s|ing)\s|\s+1\.\s))"
)
#: Where a header line starts, before the organ's line. Each names what starts the line.
_HEADER_STARTS = regex.compile(
    r"(?<=^|\s)(?:"
    r"(?:[ASE]|ST)/(?:RES/)?[A-Z0-9][\w./-]*(?:\s\(\d{4}\))?\*?(?=\s)"  # A/RES/78/193, S/RES/1454 (2002)
    r"|(?:General\s+Assembly|Security\s+Council|Economic\s+and\s+Social\s+Council)(?=\s+Distr\.)"
    r"|Distr\.:\s+\w+"  # Distr.: General
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}}(?=\s)"  # the date after "Distr.: General"
    r"|Original:\s+\w+"
    r"|"
    + _JOB_NUMBER  # the job number
    + r"|\*\d{7}\*"  # the barcode
    r"|(?:\p{Lu}[\p{Ll}-]+\s+)?(?:special\s+|emergency\s+special\s+)?session(?=\s+Agenda\s+items?\b)"
    r"|Agenda\s+items?\s+[\d(][\w(), ]{0,40}?(?=\s+\p{Lu})"  # Agenda item 70
    r"|Resolution\s+adopted\s+by\s+the\s+\p{Lu}[\w ]{3,60}?\s+on\s+\d{1,2}\s+" + _MONTH + r"\s+\d{4}"
    r"|Resolution\s+\d{1,4}\s+\(\d{4}\)"  # Resolution 1454 (2002)
    r"|Adopted\s+by\s+the\s+Security\s+Council\s+at\s+its\s+\d+\w{2}\s+meeting,\s+on\s+\d{1,2}\s+"
    + _MONTH
    + r"\s+\d{4}"
    r"|\[(?:on\s+the\s+report|without\s+reference)[^\[\]]{0,300}\]"  # [on the report of ... (A/78/479)]
    r"|\**(?:(?:[SE]S-)?\d{1,3}|(?:19|20)\d\d)/\d{1,3}\.(?=\s+\p{Lu})"  # 78/193. Title
    r")"
)
#: The resolution's number and title in the header, up to the organ's line ("78/193. Universal realization
#: of the right of peoples to self-determination The General Assembly,").
_TITLE = regex.compile(
    r"(?<=\s)(?:(?:[SE]S-)?\d{1,3}|(?:19|20)\d\d)/\d{1,3}\.\s+(\S[^\n]*?)\s+\**The\s+\p{Lu}"
)
#: A preambular paragraph's opener after a comma ("..., Welcoming the progressive exercise ...").
#: A footnote mark may stand between the comma and the opener, glued or not ("issue,3 Taking", "issue, 3
#: Taking", "Council,1,2 Takes"); the OCR lost the comma after a symbol in parentheses ("(S/1994/16) Welcoming"),
#: while "(a) Investing in people" is an item of a list.
_AFTER_COMMA = regex.compile(
    r"(?<=(?:[,.;”]|\d\))(?:\s?[\d¹²³⁴⁵⁶⁷⁸⁹]{1,3}(?:,[\d¹²³⁴⁵⁶⁷⁸⁹]{1,3}){0,3}/?)?)\s(?=\**\p{Lu}\p{Ll})"
)


#: An operative paragraph's number ("1. Reaffirms"), its verb's capital after it.
_NUMBERED = regex.compile(r"(?<=\S)\s(\d{1,3}|(?<=[;:.]\s)[ZSl]{1,2}(?=[.,]))(\.)?(,)?\s(?=\**\p{Lu})")
#: The digits an OCR read as letters in a paragraph's number: "Z. Demands" is 2, "S." 5, "l." and "ll." 1, 11.
_OCR_DIGITS = str.maketrans("ZSl", "251")
#: The footnote separator, the vote lines and the page furniture, wherever they stand.
_SEPARATOR = regex.compile(r"(?<=\s)_{3,}(?=\s)")
_VOTE_LINE = regex.compile(
    r"(?<=\s)\**" + GA_ADOPTED + r"\**(?=\s)"
    r"|(?<=\s)Adopted\s+(?:unanimously\s+)?at\s+the\s+[\dIl]\d*(?: \d+)?\w{2}_?\s+meeting"  # OCR: "1193rd_", "I364th", "331 5th"
    r"(?:,?\s+by\s+\d+\s+votes?\s+to\s+(?:none|\d+)(?:,\s+with\s+\d+\s+abstentions?)?(?:\s+\([^()]{0,200}\))?)?\.?"
    r"(?:\s\d{1,3}(?=\s\d{1,3}\s))?"  # its mark, before the first footnote's number: "... Republics). 36 35 Ibid."
)
#: A job number, with a page counter that may stand before or after it ("2/27 23-25272", "23-26048 2/2").
_JOB = regex.compile(
    r"(?<=\s)(?:(?P<before>\d{1,3}/\d{1,3})\s+)?(?P<job>" + _JOB_NUMBER + ")"
    r"(?:\s+(?P<after>\d{1,3}/\d{1,3}))?(?=\s|$)"
)
#: An adverb before an operative verb: "Also requests", "Further invites", "Once again urges".
_ADVERB = regex.compile(r"(?:Also|Further|Again|Once\s+again|Once\s+more|Strongly|Firmly|Urgently)\s+")
#: A part's head: a Roman number after a paragraph's end (or the organ's line), before its title.
_PART_HEAD = regex.compile(r"(?<=[,;:.”]\s|\s\d{1,3}/\d{1,3}\s|\d{2}-\d{5}\s)[IVX]{1,6}(?=\s\p{Lu})")
_ROMAN = tuple(
    tens + ones
    for tens in ("", "X", "XX", "XXX")
    for ones in ("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX")
    if tens + ones
)  # I to XXXIX
#: Where a word starts, and a paragraph's number.
_WORD_START = regex.compile(r"(?<=\s)\S")
_PARAGRAPH_NUMBER = regex.compile(r"\d{1,3}\.\s+\p{Lu}")
#: A page counter alone after the running title ("A/RES/79/6" ⏎ "Report of the ..." ⏎ "2/5").
_COUNTER = regex.compile(r"\s(\d{1,3})/(\d{1,3})(?=\s)")
#: The date of the meeting after the Assembly's vote line.
_DATE_AFTER = regex.compile(rf"\s\d{{1,2}}\s+{_MONTH}\s+\d{{4}}(?=\s|$)")
#: An annex's heading, after the vote line: "Annex", "Annex I", "Annexes".
_ANNEX = regex.compile(r"(?<=\s)Annex(?:es)?(?:\s+[IVX]{1,5})?(?=\s+[\p{Lu}\d])")
#: What a footnote opens with when it cites: "Ibid." (also as the OCR reads it: "[bid.", "lbid."), "See ...",
#: "Official Records ...", a document or a symbol.
_CITED = r"(?:[IiTlJ\[]bid\.|See\s|Official\s+Records|Documents?\s|Resolution\s|[ASE]/\d)"
#: A footnote's number in a footnote zone: after the end of the last footnote, before its first word.
_FOOTNOTE = regex.compile(
    rf"(?<=[.)”\]\w])(?<!\b(?:{_CITATION_ABBREVIATIONS})\.)\s(\d{{1,3}})/?\s"
    + rf"(?!{_MONTH}\b)"  # "13 Adopted on 14 October 2005 by ...": a date, not footnote 14
    + r"(?=(?P<cited>"
    + _CITED
    + r")|[\p{Lu}“\"]|(?:19|20)\d\d\s|www\.|https?:)"
)
#: The end of a sentence in a footnote, where the body may go on (:func:`_body_again`), also after a letter
#: ("... appendix E. Noting the holding ..."): not an abbreviation's full stop ("Ibid. vol. 2241").
_SENTENCE_END = regex.compile(
    rf"(?<=[^\s.]{{3}}[.)]|\d\.|\s[A-Z]\.)(?<!\b(?:[Ii]bid|{_CITATION_ABBREVIATIONS}|Corr|Add|Rev|etc)\.)"
    r"\s(?=\S)"
)
#: A link, which seed 000's shape prints after a page's footnotes: "http://undocs.org/E/2013/27".
_LINK = regex.compile(r"(?<=\s)https?://\S+")
#: The first footnote after the last paragraph of a text with no vote line: a number after a full stop or a
#: semicolon, then what a footnote cites.
_LAST_FOOTNOTES = regex.compile(
    r"(?<=[.;])\s(?:\d{1,3}/?\s(?=" + _CITED + r").{1,300}?\.\s){1,2}\d{1,3}/?\s(?=" + _CITED + r")"
)


def relines(original: str) -> str:
    """``original`` with a line break for a space wherever a flattened document's lines start (module doc).

    A text that holds no long line with the organ's line in it comes back as it is (the same object). The
    lines asked are only those where an organ's name stands, found by string search: most texts have
    their lines, and are passed at once.
    """
    lines: dict[int, int] = {}  # the start and end of each line that names an organ
    for name in _ORGAN_NAMES:
        at = original.find(name)
        while at >= 0:
            start = original.rfind("\n", 0, at) + 1
            end = original.find("\n", at)
            end = len(original) if end < 0 else end
            lines[start] = end
            at = original.find(name, end)
    spans = [
        (start, end)
        for start, end in sorted(lines.items())
        if end - start >= LONG and (organ := _ORGAN.search(original, start, end)) and organ.start() > start
    ]
    if not spans:
        return original
    out: list[str] = []
    pos = 0
    for start, end in spans:
        out += [original[pos:start], _reline(original[start:end])]
        pos = end
    out.append(original[pos:])
    return "".join(out)


#: The organs' names, as :data:`_ORGAN` spells them after "The".
_ORGAN_NAMES = (
    "General Assembly",
    "Security Council",
    "Economic and Social Council",
    "Human Rights Council",
    "Trusteeship Council",
)


def _reline(line: str) -> str:
    """One flattened document's line given its line breaks.

    A table may have made each line break a space, not each run of them, leaving runs of spaces where the
    text had blank lines or indents: the breaks are found on the line with each run made one space, and
    made at each run's last space (the next line has no indent).

    >>> _reline("Resolution adopted  by the General Assembly  The General Assembly,   Recalling its resolution")
    'Resolution adopted  by the General Assembly \\nThe General Assembly,  \\nRecalling its resolution'
    """
    if "  " not in line and "\t" not in line:
        return _reline_spaced(line)
    keep: list[int] = []  # for each character of the squeezed line, its offset in ``line``
    for m in _RUN.finditer(line):
        keep.extend(range(m.start(), m.end()) if not m[0][0].isspace() else (m.end() - 1,))
    squeezed = "".join(line[i] if not line[i].isspace() else " " for i in keep)
    chars = list(line)
    for j, c in enumerate(_reline_spaced(squeezed)):
        if c == "\n":
            chars[keep[j]] = "\n"
    return "".join(chars)


#: A run of spaces, or of other characters.
_RUN = regex.compile(r"\s+|\S+")


def _reline_spaced(line: str) -> str:
    """:func:`_reline` of a line with one space between its words: the header, the page furniture, the vote
    lines, the footnotes and the paragraphs, each stage adding the line breaks it finds."""
    b = _Breaks(line)
    organ = _ORGAN.search(line)
    assert organ is not None
    _header(b, organ)
    body_start = organ.end()
    stops = _furniture(b, organ)
    votes = list(_VOTE_LINE.finditer(line, body_start))
    for m in (
        votes
    ):  # the vote lines, and the date after the Assembly's ("50th plenary meeting" ⏎ "19 December 2023")
        b.own_line(m.start(), m.end())
        d = _DATE_AFTER.match(line, m.end())
        if d:
            b.own_line(d.start() + 1, d.end())
    in_zone = _in_spans(_footnotes(b, body_start, votes, stops))
    _body(b, body_start, votes, in_zone)
    return b.text()


class _Breaks:
    """The spaces of a flattened line to make line breaks, as the stages of :func:`_reline_spaced` find them."""

    def __init__(self, line: str) -> None:
        self.line = line
        self.at: set[int] = set()  # the offsets of the spaces to make line breaks

    def before(self, at: int) -> None:
        """A line starts at ``at``: the space before it breaks."""
        if 0 < at <= len(self.line) and self.line[at - 1] == " ":
            self.at.add(at - 1)

    def own_line(self, at: int, end: int) -> None:
        """``line[at:end]`` is a line of its own."""
        self.before(at)
        self.before(end + 1)

    def text(self) -> str:
        chars = list(self.line)
        for k in self.at:
            chars[k] = "\n"
        return "".join(chars)


def _header(b: _Breaks, organ: regex.Match[str]) -> None:
    """The header's lines, each on its own but the title after its number, and the organ's line."""
    for m in _HEADER_STARTS.finditer(b.line, 0, organ.start()):
        if m[0].endswith("."):  # the title goes on after its number: "78/193. Universal ..."
            b.before(m.start())
        else:
            b.own_line(m.start(), m.end())
    b.own_line(organ.start(), organ.end())


def _furniture(b: _Breaks, organ: regex.Match[str]) -> list[int]:
    """The page furniture after the header: the symbol and the running title beside it, the job number and
    the page counter, the links. Returns where each page's furniture starts (a page's footnotes end there)."""
    line, body_start = b.line, organ.end()
    own = _own_symbol(line, organ.start())
    symbols = (
        [m.span() for m in regex.finditer(rf"(?<=\s){regex.escape(own)}\*?(?=\s)", line, pos=body_start)]
        if own
        else []
    )
    title = _TITLE.search(line, 0, organ.end())
    furniture = _jobs(line, body_start)
    for s, e in symbols:
        b.own_line(s, e)
        page_head = e  # the end of the page's head: the symbol, and the title if it follows
        if title and len(title[1]) >= 12:  # even pages print the title after the symbol, odd ones before
            if line.startswith(title[1], e + 1):
                page_head = e + 1 + len(title[1])
                b.own_line(e + 1, page_head)
            elif line.endswith(title[1], 0, s - 1):
                b.own_line(s - 1 - len(title[1]), s - 1)
        # a page without a job number prints its counter after its head ("A/RES/79/6" ⏎ "Report of ..." ⏎ "2/5")
        c = _COUNTER.match(line, page_head)
        if c and int(c[1]) <= int(c[2]):
            b.own_line(c.start() + 1, c.end())
            furniture.append((c.start() + 1, c.end()))
    for s, e in furniture:
        b.own_line(s, e)
    for m in _LINK.finditer(line, body_start):  # seed 000's shape prints a page's links after its footnotes
        b.own_line(m.start(), m.end())
    return sorted(s for s, _ in furniture + symbols)


def _footnotes(
    b: _Breaks, body_start: int, votes: list[regex.Match[str]], stops: list[int]
) -> list[tuple[int, int]]:
    """Each footnote on its own line, by its number in sequence, in the zones that hold footnotes: from a
    separator to the page's furniture; after a Council text's vote line; after the last paragraph of a text
    with no vote line. Returns the zones."""
    line = b.line
    zones: list[tuple[int, int]] = []
    separators = list(_SEPARATOR.finditer(line, body_start))
    for k, m in enumerate(separators):
        b.own_line(m.start(), m.end())
        end = separators[k + 1].start() if k + 1 < len(separators) else len(line)
        zones.append((m.end(), next((s for s in stops if s > m.end()), end)))
    sc_votes = [m for m in votes if m[0].startswith("Adopted")]
    if sc_votes and not any(s >= sc_votes[-1].end() for s, _ in zones):
        zones.append((sc_votes[-1].end(), len(line)))
    if not zones or zones[-1][1] < len(line):
        # "... the situation. 10 Ibid., document S/6569. 11 Ibid., ..."; "... thereon. 1/ S/1994/62. 2/ S/1994/30."
        last = _LAST_FOOTNOTES.search(line, max(zones[-1][1] if zones else body_start, body_start))
        if last:
            zones.append((last.start(), len(line)))
    next_footnote = 1
    paged = not stops  # (seed 000's shape: page footnotes under a separator, and no furniture after them)
    for z, (zs, ze) in enumerate(zones):
        paged_zone = paged and z < len(separators)
        # a zone's first footnote may be any after the last ("36 35 Ibid., ...": a mark, then footnote 35)
        first = True
        last_note = zs
        # in a text with no page furniture (seed 000's shape) the body goes on right after a page's last
        # footnote: "2 Ibid., vol. 2349, No. 42146. confiscation and asset recovery, ..." (the paragraph the
        # page cut); with furniture, the page's head ends its footnotes
        again = None
        for m in _FOOTNOTE.finditer(line, zs, ze):
            k = int(m[1])
            if k == next_footnote or (
                k > next_footnote and (first or (k <= next_footnote + 2 and m["cited"]))
            ):
                if not first and paged_zone and (again := _body_again(line, last_note, m.start())):
                    break
                b.at.add(m.start())
                next_footnote = k + 1
                first = False
                last_note = m.end()
        else:
            again = _body_again(line, last_note, ze) if paged_zone and not first else None
        if again:
            b.at.add(again.start())
            zones[z] = (zs, again.start())
        elif paged_zone and (links := [m for m in _LINK.finditer(line, last_note, ze)]):
            zones[z] = (zs, links[-1].end())  # the links after a page's footnotes end them
    return zones


def _body(b: _Breaks, body_start: int, votes: list[regex.Match[str]], in_zone: Callable[[int], bool]) -> None:
    """The paragraphs of the resolution, part by part ("I" ⏎ "Enterprise resource planning project, Umoja" ⏎
    "Recalling ..."), and of each annex after its vote line ("Annex" ⏎ its title ⏎ "We, Heads of State")."""
    line = b.line
    body_end = votes[0].start() if votes else len(line)
    heads = _part_heads(line, body_start, body_end, in_zone)
    bounds = [body_start] + [m.start() for m in heads] + [body_end]
    segments = list(zip(bounds, bounds[1:], strict=False))
    for m in heads:
        b.own_line(m.start(), m.end())
        b.before(_title_end(line, m.end(), body_end))
    if votes:
        annexes = [m for m in _ANNEX.finditer(line, votes[0].end()) if not in_zone(m.start())]
        for k, m in enumerate(annexes):
            b.own_line(m.start(), m.end())
            end = annexes[k + 1].start() if k + 1 < len(annexes) else len(line)
            b.before(_title_end(line, m.end(), end))
            segments.append((m.end(), end))
    expected = 1
    for start, end in segments:
        expected = _paragraph_breaks(line, start, end, in_zone, expected, b.at)


def _paragraph_breaks(
    line: str, start: int, end: int, in_zone: Callable[[int], bool], going_on: int, breaks: set[int]
) -> int:
    """Add to ``breaks`` where the paragraphs of ``line[start:end]`` start: operative numbers in sequence,
    preambular openers after a comma before the first, or the one operative verb after the preamble if none
    is numbered. The numbers start at 1, or go on from ``going_on`` (a part whose numbers go on from the
    last part's); the number the next part would go on from is returned."""
    numbers = [
        (int(m[1].translate(_OCR_DIGITS)), m)
        for m in _NUMBERED.finditer(line, start, end)
        # a number that lost its full stop, or whose stop (or digit) the OCR misread, opens a paragraph before
        # its verb: "...; 26 Condemns", "...; 3, Extends once more", "...; Z. Demands"
        if ((m[2] is not None and m[1].isdigit()) or _operative(line[m.end() : m.end() + 40]))
        and not in_zone(m.start())
    ]
    first = next((n for n, _ in numbers if n in (1, going_on)), 1)
    expected = first
    first_operative = end
    for n, m in numbers:
        if n == expected:
            breaks.add(m.start())
            if expected == first:
                first_operative = m.start()
            expected += 1
    last_preamble = start
    for m in _AFTER_COMMA.finditer(line, start, first_operative):
        if not in_zone(m.start()) and (opens_preamble(line, m.end())):
            breaks.add(m.start())
            last_preamble = m.end()
    if expected == first:  # no numbered paragraph: each operative verb after a paragraph's end opens one
        for m in _AFTER_COMMA.finditer(line, last_preamble, end):
            if not in_zone(m.start()) and opens_operative(line[m.end() : m.end() + 40].lstrip("*")):
                breaks.add(m.start())
    return expected


def _body_again(line: str, start: int, end: int) -> regex.Match[str] | None:
    """Where the body goes on after a page's last footnote in ``line[start:end]``: after a full stop, a word in
    lower case (the paragraph the page cut) or a paragraph's opener ("... No. 27627. Noting also the ...").

    >>> t = "11 FAO, document C 2009/REP, appendix E. Noting the holding of the first five sessions"
    >>> t[_body_again(t, 3, len(t)).end() :][:6], _body_again("2 Ibid. vol. 2241, No. 39574.", 2, 29)
    ('Noting', None)
    """
    for m in _SENTENCE_END.finditer(line, start, end):
        at = m.end()
        if line[at : at + 2].islower() or opens_preamble(line, at):
            return m
    return None


def _operative(t: str) -> bool:
    """Whether ``t`` opens with an operative verb of the table, an adverb before it or not ("Also requests").

    >>> _operative("Also requests the Secretary-General"), _operative("Extends once more"), _operative("States")
    (True, True, False)
    """
    from citegraph.verbs import lemma_of

    m = _ADVERB.match(t)
    verb = t[m.end() :] if m else t
    return t[:1].isupper() and regex.match(r"\p{L}+s\b", verb) is not None and lemma_of(verb) is not None


def _part_heads(line: str, start: int, end: int, in_zone: Callable[[int], bool]) -> list[regex.Match[str]]:
    """The part heads of ``line[start:end]`` in their sequence: "I", "II", "III" after the end of a
    paragraph, each before its part's title."""
    heads: list[regex.Match[str]] = []
    for m in _PART_HEAD.finditer(line, start, end):
        if m[0] == _ROMAN[len(heads)] and not in_zone(m.start()):
            heads.append(m)
            if len(heads) == len(_ROMAN):
                break
    return heads


def _title_end(line: str, start: int, end: int) -> int:
    """Where the title that a part head or an annex head has after it ends: at its first paragraph's opener
    ("... Umoja Recalling section II ...", "... antimicrobial resistance We, Heads of State ...", "...
    Capacity-building 10. Recognizes"), within 400 characters. ``start`` if none is found."""
    for m in _WORD_START.finditer(line, start + 1, min(end, start + 400)):
        at = m.start()
        if (
            line.startswith(("We, ", "We "), at)
            or _PARAGRAPH_NUMBER.match(line, at)
            or opens_preamble(line, at)
            or opens_operative(line[at : at + 40])
        ):
            return at
    return start


def _jobs(line: str, pos: int) -> list[tuple[int, int]]:
    """The spans of the job numbers from ``pos`` on, each with the page counter printed beside it.

    A counter is one when its denominator is the page count, the denominator most counters beside a job
    number share: "13/26 24-24320" ⏎ "46/182 of 19 December 1991" prints page 13 of 26, and then resolution
    46/182.
    """
    jobs = list(_JOB.finditer(line, pos))
    counts: dict[str, int] = {}
    for m in jobs:
        for c in (m["before"], m["after"]):
            if c:
                counts[c.split("/")[1]] = counts.get(c.split("/")[1], 0) + 1
    pages = max(counts, key=lambda d: counts[d]) if counts else None
    spans = []
    for m in jobs:
        s, e = m.start("job"), m.end("job")
        if m["before"] and m["before"].endswith("/" + str(pages)):
            s = m.start("before")
        elif m["after"] and m["after"].endswith("/" + str(pages)):
            e = m.end("after")
        spans.append((s, e))
    return spans


def _own_symbol(line: str, head_end: int) -> str | None:
    """The document's own symbol, the first one its header prints ("A/RES/78/193")."""
    m = regex.search(r"(?<=^|\s)((?:A|S|E)/RES/[\w./-]+(?:\s\(\d{4}\))?)\*?(?=\s)", line[:head_end])
    return m[1] if m else None


def _in_spans(spans: list[tuple[int, int]]) -> Callable[[int], bool]:
    """A test of whether an offset falls in one of ``spans`` (which do not overlap), in log time.

    >>> t = _in_spans([(10, 20), (0, 5)])
    >>> [t(0), t(5), t(12), t(20)]
    [True, False, True, False]
    """
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]

    def test(at: int) -> bool:
        k = bisect_right(starts, at) - 1
        return k >= 0 and at < ordered[k][1]

    return test
