"""Render a PDF-text UN General Assembly resolution in the markdown shapes of seeds 002 and 004.

citegraph reads UN texts in three shapes (see :mod:`citegraph.normalize`); the hidden
documents may come in any of them, while the corpus GA texts are all PDF text. This module
prints a PDF-text resolution as the markdown conversions of ``data/002_*.txt`` (``links=False``)
and ``data/004_*.txt`` (``links=True``) print theirs, so that a test can check that each shape
gives the references the PDF text gives (``tests/test_shapes_markdown.py``).

What the renderer takes from citegraph's own reader (:func:`citegraph.reader.read_document`):
the body blocks (one line each), the footnote texts and where each footnote mark stood (the
normalised text drops the marks and remembers their offsets). What it prints, as the seeds do:

- the header: the session, the agenda item and its title(s), "Resolution adopted by the
  General Assembly on <date>", "[*on the report of the ... Committee (A/78/482, para. 29)*]"
  and "78/229. <title>", each on a line of its own (002), or glued by "**"/"***" runs (004);
  no "United Nations A/RES/.." line, no job number or barcode;
- "The General Assembly," then every paragraph on one line, a blank line between;
- an operative paragraph's number "1. " and its verb phrase in italics ("1. *Takes note with
  appreciation* of ...": the verb, an adverb before it and a fixed complement after it);
- each footnote mark as a Unicode superscript glued to the word or comma before it, where
  the PDF text had the mark, and the footnotes ("³⁵ A/75/125.") after the paragraph that holds
  their first mark;
- ``*Treaty Series*`` and ``*Official Records of ..., Supplement No. 10 (E/2016/30)*`` in
  italics; in the 004 shape also ``*Ibid.*`` and ``[symbol](#)`` links around resolution
  numbers ("46/152", "S-32/1", "2017/19", "1373 \\(2001\\)") and document symbols
  ("A/CONF.234/16", "CAC/COSP/2019/17") outside the header and outside italics; in the 002
  shape ``*inter alia*``;
- part and section heads ("I", "A", a section's title) as plain lines, as the PDF has them;
- the trailer "*46th plenary meeting⏎19 December 2023*";
- what a conversion prints where the PDF text's lines broke: "Secretary-General" where the PDF
  text has "Secretary-⏎General" (the normaliser keeps "Secretary- General"), and an operative
  number with its full stop where the PDF text lost it ("26 ⏎Condemns", A/RES/79/160) and the
  layout still read the paragraph's number.

With ``pages=True`` the footnotes are printed where the PDF's page ended, and every page break
splits the paragraph it falls in (a blank line, then the footnotes if the page had any), as the
seeds' conversions print them ("... Advancing Crime Prevention, Criminal" ⏎⏎ footnotes ⏎⏎ "Justice
and the Rule of Law ..."); seed 004's text (A/RES/78/229) so rendered has the seed's 259 lines.

Not imitated: which titles of publications the conversion italicised ("*Manual on Corruption
Surveys*") and which resolutions it left unlinked (the PDF text does not say), and the straight
quotes a conversion sometimes prints ('entitled "Strengthening ..."').

Annexes are left out: the rendering stops at the annex heading, and footnotes whose first mark
stands in an annex are dropped (:attr:`Rendering.dropped_footnotes`).

>>> _superscript(35)
'³⁵'
>>> _verb_span("Takes note with appreciation of the report")
(0, 28)
>>> _verb_span("Also calls upon Member States")
(0, 15)
>>> _verb_span("Requests the Secretary-General")
(0, 8)
>>> _verb_span("the report of") is None
True
>>> _markup("resolution 1373 (2001) and A/78/264.", links=True, footnote=False)
'resolution [1373 \\\\(2001\\\\)](#) and [A/78/264](#).'
>>> _markup("United Nations, Treaty Series, vol. 1577, No. 27531.", links=False, footnote=True)
'United Nations, *Treaty Series*, vol. 1577, No. 27531.'
>>> _markup("Ibid., 2009, Supplement No. 8 (E/2009/28), chap. I.", links=True, footnote=True)
'*Ibid.*, 2009, *Supplement No. 8 (E/2009/28)*, chap. I.'
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import regex

from citegraph.models import OPERATIVE, Document
from citegraph.normalize import ORGAN_RE, Block, Normalized
from citegraph.reader import read_document

_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")

# ---------------------------------------------------------------------------
# Header lines of a PDF-text GA resolution
# ---------------------------------------------------------------------------

_SESSION = regex.compile(r"\S+(?:\s+(?:special|emergency\s+special))?\s+session")
_AGENDA = regex.compile(r"Agenda\s+items?\b.*")
_ADOPTED = regex.compile(
    r"Resolution\s+adopted\s+by\s+the\s+General\s+Assembly(?:\s+on)?(?:\s+(\d{1,2}\s+\w+\s+\d{4}))?"
)
_ON_DATE = regex.compile(r"(?:on\s+)?(\d{1,2}\s+\w+\s+\d{4})")
_DISTR_DATE = regex.compile(r"\d{1,2}\s+\w+\s+\d{4}")
_TITLE = regex.compile(r"(\d{2}/\d{1,3})\.\s*(.*)")
_SKIP = regex.compile(
    r"United\s+Nations|[ASE]/RES/\S+|General\s+Assembly|Distr\.:\s*General|English|Original:.*"
    r"|\d{2}-\d{5}.*|\*\d{7}\*|_{3,}"
)
#: Words a wrapped title line ends with when the title goes on: the next line is no new title.
_GOES_ON = regex.compile(r"(?:\b(?:of|the|and|for|to|on|in|at|by|with|a|an|its|their)|[,:\-–])$")

# ---------------------------------------------------------------------------
# Inline markup
# ---------------------------------------------------------------------------

#: The adverbs that may stand before an operative verb, and the complements the seeds italicise
#: with it ("*Takes note with appreciation*", "*Reiterates its invitation*", "*Calls upon*").
_VERB = regex.compile(
    r"(?:(?:Also|Further|Again|Once\s+again|Strongly|Urgently|Firmly|Deeply|Further\s+also|Once\s+more)\s+[a-z]+s\b"
    r"|[A-Z][a-z]+s\b)"
    r"(?:\s+(?:note\s+with\s+(?:deep\s+)?(?:appreciation|satisfaction|concern|interest)|note"
    r"|upon|for|with\s+(?:deep\s+)?(?:appreciation|satisfaction|concern|interest|regret)"
    r"|its\s+(?:deep\s+|grave\s+|serious\s+|strong\s+|full\s+|sincere\s+)?"
    r"(?:request|invitation|call|appeal|appreciation|concern|support|gratitude|commitment|condemnation)"
    r"|(?:deep\s+|grave\s+|serious\s+)?concern|attention|appreciation|regret|hope)\b)?"
)
#: A word that looks like a verb but opens no operative paragraph the seeds italicise.
_NOT_VERBS = frozenset(["This", "His", "Its", "Was", "Has", "Is", "As", "Us", "Nations", "States", "Parties"])

_TREATY_SERIES = r"\bTreaty\s+Series\b"
_OFFICIAL_RECORDS = (
    r"\bOfficial\s+Records\s+of\s+the\s+[^()]{1,200}?Supplement\s+No\.\s*\d{1,3}[A-Z]?\s*\([^()\s]{1,60}\)"
)
_SUPPLEMENT = r"\bSupplement\s+No\.\s*\d{1,3}[A-Z]?\s*\([^()\s]{1,60}\)"
#: What the 002 shape italicises (Ibid. stays plain there), and what the 004 shape does.
_ITALIC_002 = regex.compile(rf"{_OFFICIAL_RECORDS}|{_TREATY_SERIES}|\binter\s+alia\b")
_ITALIC_004 = regex.compile(
    rf"{_OFFICIAL_RECORDS}|{_TREATY_SERIES}|\bIbid\.|(?<=Ibid\.,[^()]{{0,40}}){_SUPPLEMENT}"
)
#: The tokens the 004 shape links: a Security Council resolution "1373 (2001)", a document symbol
#: ("A/78/264", "A/CONF.234/16", "CAC/COSP/2019/17", "S/RES/2401 (2018)") and a resolution number
#: ("46/152", "S-32/1", "ES-10/21", "2017/19", "10/6"); never one glued to a word, "/" or ".".
_LINK = regex.compile(
    r"(?<![\w/.\-\[])"
    r"(?:[A-Z]{1,8}(?:\.\d{1,4})?(?:/[A-Za-z0-9][A-Za-z0-9.\-]{0,20})+(?:\s\((?:19|20)\d\d\))?"
    r"|\d{1,4}\s\((?:19|20)\d\d\)"
    r"|(?:[A-Z]{1,2}-)?\d{1,4}/\d{1,4})"
    r"(?![\w/])"
)


@dataclass
class Rendering:
    """A rendered text and what was left out: ``annex`` (the annex heading, if the text has one),
    ``dropped_footnotes`` (footnotes whose first mark stands in the annex) and ``unplaced`` (footnotes
    with no mark in the body, printed after the footnote before them, or where their page ended)."""

    text: str
    annex: str | None = None
    dropped_footnotes: list[int] = field(default_factory=list)
    unplaced: list[int] = field(default_factory=list)
    #: The offset in the original PDF text where the annex begins (len(original) if none).
    annex_at: int = 0
    #: The footnote numbers printed.
    footnotes: list[int] = field(default_factory=list)


def render_markdown(path: str | Path, links: bool, *, pages: bool = False) -> str:
    """The text at ``path`` (PDF text) printed in the 002 shape (``links=False``) or the 004 shape.

    ``pages``: print each page's footnotes where the PDF's page ends, splitting the paragraph the page
    break falls in, as the seeds' conversions do ("... including the Kyoto Declaration on Advancing
    Crime Prevention, Criminal" / footnotes / "Justice and the Rule of Law ..."), instead of after the
    paragraph that holds their first mark.
    """
    return render(path, links, pages=pages).text


def render(path: str | Path, links: bool, *, pages: bool = False) -> Rendering:
    """:func:`render_markdown` with what was left out (see :class:`Rendering`)."""
    return render_document(read_document(path), links, pages=pages)


def render_document(doc: Document, links: bool, *, pages: bool = False) -> Rendering:
    """:func:`render` of a document already read (:func:`citegraph.reader.read_document`)."""
    n = doc.norm
    assert isinstance(n, Normalized), "a document read by citegraph.reader.read_document"
    return _render(doc, n, links, pages)


def _superscript(number: int) -> str:
    return str(number).translate(_SUPERSCRIPT)


def _verb_span(t: str) -> tuple[int, int] | None:
    """The span of the operative verb phrase that opens ``t`` (after its number), as the seeds
    italicise it; None when no capitalised verb opens it."""
    m = _VERB.match(t)
    if m is None or t[: m.end()].split()[-1] in _NOT_VERBS:
        return None
    return m.start(), m.end()


def _spans(t: str, links: bool, footnote: bool) -> list[tuple[int, int, str, str]]:
    """The markup of ``t``: (start, end, opener, closer), not overlapping, in order."""
    out: list[tuple[int, int, str, str]] = []
    italic = _ITALIC_004 if links else _ITALIC_002
    for m in italic.finditer(t):
        if not footnote and m.group().startswith(("Official", "Supplement")):
            continue
        out.append((m.start(), m.end(), "*", "*"))
    if links:
        taken = [(s, e) for s, e, _, _ in out]
        for m in _LINK.finditer(t):
            s, e = m.span()
            tok = m.group()
            while tok and tok[-1] in ".-":  # a full stop after a symbol ends the sentence
                tok, e = tok[:-1], e - 1
            if not regex.search(r"\d", tok) or any(a < e and s < b for a, b in taken):
                continue
            if "/" not in tok and "(" not in tok:
                continue
            out.append((s, e, "[", "](#)"))
    return sorted(out)


def _markup(
    t: str,
    links: bool,
    footnote: bool,
    marks: dict[int, list[int]] | None = None,
    drop: frozenset[int] = frozenset(),
) -> str:
    """``t`` with its markup and the superscript marks (``marks``: position -> numbers) inserted,
    the characters at ``drop`` left out, whitespace folded to single spaces."""
    spans = _spans(t, links, footnote)
    inserts: dict[int, list[str]] = {}
    for s, e, a, b in spans:
        inserts.setdefault(s, []).append(a)
        inserts.setdefault(e, []).insert(0, b)
    out: list[str] = []
    in_link = False
    link_at = sorted({s for s, _, a, _ in spans if a == "["})
    ends = {e for _, e, a, _ in spans if a == "["}
    for i in range(len(t) + 1):
        if i in ends:
            in_link = False
        for piece in inserts.get(i, []):
            out.append(piece)
        if marks and i in marks:
            out.append("".join(_superscript(k) for k in marks[i]))
        if i in link_at:
            in_link = True
        if i < len(t) and i not in drop:
            c = t[i]
            out.append("\\" + c if in_link and c in "()" else c)
    return " ".join("".join(out).split())


# ---------------------------------------------------------------------------
# The document
# ---------------------------------------------------------------------------


def _header_lines(original: str, end: int) -> dict[str, object]:
    """The header facts of a PDF-text GA resolution, read from its lines before ``end``."""
    lines = [ln.strip() for ln in original[:end].splitlines()]
    lines = [ln for ln in lines if ln]
    h: dict[str, object] = {"distr": None, "session": None, "agenda": None, "items": [], "adopted": None}
    i = 0
    # the masthead: "United Nations", the symbol, "General Assembly", "Distr.: General", its date, job lines
    while i < len(lines) and (
        _SKIP.fullmatch(lines[i]) or (h["distr"] is None and _DISTR_DATE.fullmatch(lines[i]))
    ):
        if _DISTR_DATE.fullmatch(lines[i]):
            h["distr"] = lines[i]
        i += 1
    items: list[list[str]] = []
    report: list[str] = []
    title: list[str] = []
    state = "top"
    while i < len(lines):
        ln = lines[i]
        i += 1
        if state == "top" and _SESSION.fullmatch(ln):
            h["session"] = ln
            continue
        if state == "top" and _AGENDA.fullmatch(ln):
            h["agenda"] = ln
            state = "items"
            continue
        if state in ("top", "items") and (m := _ADOPTED.fullmatch(ln)):
            date = m.group(1)
            if date is None and i < len(lines) and (md := _ON_DATE.fullmatch(lines[i])):
                date = md.group(1)
                i += 1
            h["adopted"] = date
            state = "report"
            continue
        if state in ("items", "report") and ln.startswith("["):
            report.append(ln)
            state = "report-open" if not ln.endswith("]") else "title"
            continue
        if state == "report-open":
            report.append(ln)
            if ln.endswith("]"):
                state = "title"
            continue
        if state in ("items", "report", "title") and (_TITLE.fullmatch(ln) and not title):
            title.append(ln)
            state = "title-on"
            continue
        if state == "title-on":
            title.append(ln)
            continue
        if state == "items":
            if items and (_GOES_ON.search(items[-1][-1]) or not ln[:1].isupper() or not _several(h)):
                items[-1].append(ln)
            else:
                items.append([ln])
            continue
        if _SKIP.fullmatch(ln):
            continue
        # anything else: keep it as a line of its own before the title
        items.append([ln])
    h["items"] = [_join(x) for x in items]
    h["report"] = _join(report) if report else None
    h["title"] = _join(title) if title else None
    return h


def _several(h: dict[str, object]) -> bool:
    agenda = h.get("agenda")
    return isinstance(agenda, str) and agenda.startswith("Agenda items")


def _join(lines: list[str]) -> str:
    """Wrapped lines as one: a line that ends with a hyphen runs on into the next word ("high-level",
    "Secretary-General"), as a conversion prints the word the PDF broke at its hyphen."""
    out = ""
    for ln in lines:
        if out.endswith("-") and out[-2:-1].isalnum():
            out += ln
        else:
            out = f"{out} {ln}" if out else ln
    return out


def _header(h: dict[str, object], organ: str | None, links: bool) -> str:
    """The header printed in the 002 shape or glued as 004 prints it."""
    items = [str(x) for x in h["items"]]  # type: ignore[union-attr]
    report = h.get("report")
    title = h.get("title")
    adopted = h.get("adopted")
    if not links:
        out = ["", "", "", "", "General Assembly", ""]
        if h.get("distr"):
            out += ["Distr.: General", str(h["distr"]), ""]
        for key in ("session", "agenda"):
            if h.get(key):
                out += [str(h[key]), ""]
        for it in items:
            out += [it, ""]
        if adopted:
            out += [f"Resolution adopted by the General Assembly on {adopted}", ""]
        if report:
            out += [f"[*{str(report)[1:-1]}*]", ""]
        if title:
            out += [str(title), ""]
        if organ:
            out += [organ]
        return "\n".join(out).rstrip("\n") + "\n"
    out = ["", "", "", ""]
    for key in ("session", "agenda"):
        if h.get(key):
            out += [str(h[key]), ""]
    glued = "\n\n".join(items)
    if adopted:
        glued += f"**Resolution adopted by the General Assembly\non {adopted}"
    if report:
        glued += f"***{report}"
    if title:
        glued += f"***{title}"
    if organ:
        glued += f"***{organ}*"
    out += [glued]
    return "\n".join(out) + "\n"


_TRAILER = regex.compile(r"(\d{1,3}(?:st|nd|rd|th)\s+plenary\s+meeting)\s*(.*)", regex.S)
#: An operative paragraph's number, with its full stop or without (a PDF text may lose it: "26 ⏎Condemns").
_NUMBER_LOST = regex.compile(r"\d{1,3}\.?\s+")
#: A hyphen, then the space the normaliser put where the PDF broke the line ("Secretary- General").
_HYPHEN_SPACE = regex.compile(r"(?<=\w-)\s+(?=\w)")
_ANNEX_HEAD = regex.compile(r"Annex(?:es)?(?:\s+[IVX]{1,5}|\s+[A-Z])?\s*")
_DATE_ONLY = regex.compile(r"\d{1,2}\s+\w+\s+\d{4}")


def _render(doc: Document, n: Normalized, links: bool, pages: bool) -> Rendering:
    text = n.text
    body = [(k, b) for k, b in enumerate(n.blocks) if b.kind == "body"]
    fn_blocks = {b.number: b for b in n.blocks if b.kind == "footnote" and b.number is not None}
    organ_at = next(
        (
            i
            for i, (_, b) in enumerate(body)
            if text.startswith(("*", "The"), b.start) and ORGAN_RE.fullmatch(text[b.start : b.end])
        ),
        None,
    )
    head = doc.paragraph("H")
    if organ_at is not None:
        first = organ_at + 1
        head_end = body[organ_at][1].start
    else:
        first = next((i for i, (_, b) in enumerate(body) if head is None or b.start >= head.end), len(body))
        head_end = head.end if head is not None else 0
    orig_head_end = n.to_original(head_end, head_end + 1)[0] if head_end < len(text) else len(n.original)
    h = _header_lines(n.original, orig_head_end)
    organ = None
    if organ_at is not None:
        ob = body[organ_at][1]
        organ = " ".join(text[ob.start : ob.end].split()).strip("*")

    # where the annex begins: its heading, after the resolution's own paragraphs
    stop, annex = len(body), None
    for i in range(first + 1, len(body)):
        t = text[body[i][1].start : body[i][1].end]
        if t.startswith("Annex") and _ANNEX_HEAD.fullmatch(t):
            stop, annex = i, " ".join(t.split())
            break
    annex_at = (
        len(n.original) if annex is None else n.to_original(body[stop][1].start, body[stop][1].start + 1)[0]
    )
    kept = body[first:stop]
    kept_blocks = {k for k, _ in kept}

    # the marks of each block (glued to the character before them), and each footnote's first mark
    marks_in: dict[int, dict[int, list[int]]] = {}
    first_mark: dict[int, int] = {}
    for mk in sorted(n.marks, key=lambda m: m.offset):
        b = n.blocks[mk.block]
        pos = mk.offset
        while pos > b.start and text[pos - 1].isspace():
            pos -= 1
        marks_in.setdefault(mk.block, {}).setdefault(pos - b.start, []).append(mk.number)
        first_mark.setdefault(mk.number, mk.block)

    # where each footnote is printed: block -> position in it -> numbers
    placed: dict[int, dict[int, list[int]]] = {}
    dropped: list[int] = []
    unplaced: list[int] = []
    spans = [(n.to_original(b.start, b.end), k, b) for k, b in kept]
    for num in sorted(fn_blocks):
        fb = fn_blocks[num]
        blk = first_mark.get(num)
        if blk is not None and blk not in kept_blocks and (not kept or blk > kept[-1][0]):
            dropped.append(num)  # its mark stands in the annex
            continue
        if blk is None:
            unplaced.append(num)
        if not kept or (blk is None and n.to_original(fb.start, fb.start + 1)[0] >= annex_at):
            dropped.append(num)
            continue
        if pages:
            k, at = _page_end(n, spans, n.to_original(fb.start, fb.start + 1)[0])
        elif blk is not None and blk in kept_blocks:
            k, at = blk, n.blocks[blk].end - n.blocks[blk].start
        else:  # no mark (or one in the header): after the footnote before it, or the first paragraph
            k = max(
                (kk for kk, d in placed.items() if any(x < num for v in d.values() for x in v)),
                default=kept[0][0],
            )
            at = n.blocks[k].end - n.blocks[k].start
        placed.setdefault(k, {}).setdefault(at, []).append(num)

    if pages:  # the pages that end with no footnote split their paragraph too
        for k, b in kept:
            for at in _page_breaks(n, b):
                placed.setdefault(k, {}).setdefault(at, [])

    # where the layout read an operative paragraph's text to start, and its number
    operative_at = {p.start: p.number for p in doc.paragraphs if p.kind == OPERATIVE and p.number is not None}
    out = [_header(h, organ, links)]

    def notes(d: dict[int, list[int]], where: list[int]) -> None:
        for at in where:
            for num in d.pop(at, []):
                fb = fn_blocks[num]
                note = _markup(text[fb.start : fb.end], links, True, None, _broken_hyphens(n, fb))
                out.append(f"{_superscript(num)} {note}\n")

    i = 0
    while i < len(kept):
        k, b = kept[i]
        t = text[b.start : b.end]
        here = dict(placed.get(k, {}))
        tm = _TRAILER.match(t)
        if tm:
            meeting, rest = " ".join(tm.group(1).split()), " ".join(tm.group(2).split())
            if not rest and i + 1 < len(kept):
                nk, nb = kept[i + 1]
                if _DATE_ONLY.fullmatch(nxt := text[nb.start : nb.end].strip()):
                    rest = nxt
                    i += 1
                    for v in placed.get(nk, {}).values():
                        here.setdefault(len(t), []).extend(v)
            out.append(f"*{meeting}\n{rest}*\n" if rest else f"*{meeting}*\n")
            notes(here, sorted(here))
            i += 1
            continue
        number = None
        if (nm := _NUMBER_LOST.match(t)) and (p := operative_at.get(b.start + nm.end())) is not None:
            number = (p, nm.end())
        notes(here, [0])  # a page that ended right before this block
        for line, end in _pieces(t, links, marks_in.get(k, {}), _broken_hyphens(n, b), number, sorted(here)):
            out.append(line)
            notes(here, [end])
        notes(here, sorted(here))
        i += 1
    return Rendering(
        "\n".join(out),
        annex=annex,
        dropped_footnotes=dropped,
        unplaced=unplaced,
        annex_at=annex_at,
        footnotes=sorted(x for d in placed.values() for v in d.values() for x in v),
    )


def _page_end(n: Normalized, spans: list[tuple[tuple[int, int], int, Block]], at: int) -> tuple[int, int]:
    """Where the page whose footnote stands at original offset ``at`` ends in the body: (block index,
    position in the block). Inside a block that the page break split, the position of the first
    character after the break; else the end of the last block before it."""
    k, pos = spans[0][1], 0
    for (os_, oe), kk, b in spans:
        if os_ > at:
            break
        if oe <= at:
            k, pos = kk, b.end - b.start
            continue
        # the page break falls inside this block: after the last character printed before it
        j = b.start
        while j < b.end and n.offsets[j] < at:
            j += 1
        return kk, j - b.start
    return k, pos


#: A UN job number ("23-25976"): every page of a UN PDF prints it in its header or footer.
_JOB_NUMBER = regex.compile(r"\b\d{2}-\d{5}\b")


def _page_breaks(n: Normalized, b: Block) -> list[int]:
    """The positions in block ``b`` where a page of the PDF ended (the original skips a page's furniture
    with its job number between the two characters)."""
    out = []
    offsets, original = n.offsets, n.original
    for j in range(b.start + 1, b.end):
        if offsets[j] - offsets[j - 1] > 12 and _JOB_NUMBER.search(original, offsets[j - 1], offsets[j]):
            out.append(j - b.start)
    return out


def _pieces(
    t: str,
    links: bool,
    marks: dict[int, list[int]],
    drop: frozenset[int],
    number: tuple[int, int] | None,
    cuts: list[int],
) -> list[tuple[str, int]]:
    """Block ``t`` as (line, where it ends in ``t``): one, or one per piece between the page breaks at ``cuts`` (positions in
    ``t``; a cut at the end is no break). Each piece keeps its marks; the first its number."""
    bounds = [0] + [c for c in cuts if 0 < c < len(t)] + [len(t)]
    out: list[tuple[str, int]] = []
    for x, (a, z) in enumerate(zip(bounds, bounds[1:], strict=False)):
        # a mark glued to the last word before the break stays on the first piece
        piece_marks = {p - a: v for p, v in marks.items() if a <= p <= z and not (p == a and x > 0)}
        piece_drop = frozenset(p - a for p in drop if a <= p < z)
        line = _paragraph(t[a:z], links, piece_marks, piece_drop, number if x == 0 else None)
        if line:
            out.append((line + "\n", z))
    return out


def _broken_hyphens(n: Normalized, b: Block) -> frozenset[int]:
    """The positions in block ``b`` of the space after a hyphen where the PDF broke the line: a
    conversion prints "Secretary-General" where the PDF text has "Secretary-⏎General"."""
    t = n.text[b.start : b.end]
    if "-" not in t:
        return frozenset()
    out: set[int] = set()
    for m in _HYPHEN_SPACE.finditer(t):
        a, z = n.to_original(b.start + m.start(), b.start + m.end())
        if "\n" in n.original[a:z]:
            out.update(range(m.start(), m.end()))
    return frozenset(out)


def _paragraph(
    t: str,
    links: bool,
    marks: dict[int, list[int]] | None,
    drop: frozenset[int],
    number: tuple[int, int] | None,
) -> str:
    """A body block on one line; ``number``: (the operative number the layout read, where the
    paragraph's text starts in ``t``), printed "N. " with the verb phrase in italics."""
    if number is None:
        return _markup(t, links, False, marks, drop)
    num, at = number
    rest = t[at:]
    shifted = {p - at: v for p, v in marks.items() if p >= at} if marks else {}
    gone = frozenset(p - at for p in drop if p >= at)
    span = _verb_span(rest)
    if span is None or any(p <= span[1] for p in shifted):  # no verb, or a mark inside it
        return f"{num}. " + _markup(rest, links, False, shifted, gone)
    e = span[1]
    after = {p - e: v for p, v in shifted.items()}
    tail = _markup(rest[e:], links, False, after, frozenset(p - e for p in gone if p >= e))
    sep = " " if rest[e : e + 1].isspace() else ""
    return f"{num}. *{' '.join(rest[:e].split())}*{sep}{tail}"


__all__ = ["Rendering", "render", "render_document", "render_markdown"]
