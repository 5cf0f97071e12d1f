"""Layout: normalised text -> a :class:`~citegraph.models.Document` (header, P/O paragraphs, footnotes).

The body blocks that :mod:`citegraph.normalize` found become paragraphs:

- ``H``: everything before the acting organ's line ("The General Assembly,");
- ``P1..Pn``: the preambular paragraphs, counted from the first one after it;
- ``O<n>``: the operative paragraphs as numbered; sub-items ("(a) ...") and quoted
  text stay with their paragraph; ``part`` names the section ("I") or part ("A")
  of a multi-part resolution;
- ``F<n>``: each footnote, numbered as printed, with the anchor where its mark
  first stands (:func:`citegraph.anchors.anchor_before`).

The resolution ends at its trailer ("46th plenary meeting", "Adopted at the
642nd meeting") or at its annex; what follows is not laid out as paragraphs.

>>> from citegraph.normalize import analyse
>>> doc = layout(analyse("Title\\n\\nThe General Assembly,\\n\\nRecalling the Convention,¹\\n\\n"
...                      "1. Decides to act.\\n\\n¹ Treaty Series, vol. 1.\\n"), "x.txt", "x.txt")
>>> [(p.label, p.text) for p in doc.paragraphs]
[('H', 'Title'), ('P1', 'Recalling the Convention,'), ('O1', 'Decides to act.'), ('F1', 'Treaty Series, vol. 1.')]
>>> doc.footnotes[0].anchor, doc.footnotes[0].anchor_para
('Convention', 'P1')
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from operator import le, lt

import regex

from citegraph.anchors import (
    anchor_after_mark,
    anchor_before,
    defined_term,
    printed_resolution,
    secretary_general_document,
    with_resolution_at_mark,
    without_earlier_item,
    without_possessive,
)
from citegraph.identity import identify
from citegraph.models import FOOTNOTE, HEADER, OPERATIVE, PREAMBULAR, Document, Footnote, NormText, Paragraph
from citegraph.normalize import (
    GA_ADOPTED,
    OPERATIVE_VERB,
    ORGAN_RE,
    PREAMBULAR_ADVERBS,
    PREAMBULAR_OPENERS,
    SC_ADOPTED,
    Block,
    Mark,
    Normalized,
    analyse,
    opens_operative,
    without_end_mark,
)
from citegraph.verbs import VERBS, lemma_of

_NUMBERED = regex.compile(r"(\d{1,3}|[ZS]|[1l]{1,2})([.,])\s+(?=\S)")
#: A paragraph number the PDF's text lost its full stop from, printed on a line of its own
#: before the paragraph's verb ("26 ⏎Condemns without reservation any denial ...", 79/160):
#: read as the next number only when it is the one due and an operative verb follows.
_BARE_NUMBERED = regex.compile(r"(\d{1,3})()\s+")
_OCR_DIGIT = str.maketrans("ZSl", "251")  # what OCR reads for 2, 5 and 1
_PART = regex.compile(r"(?:PART\s+|Part\s+|Section\s+)?([IVX]{1,6}|[A-H])\.?(?:\s+\S.{0,200})?")
_PART_ONLY = regex.compile(r"([IVX]{1,6}|[A-H])\.?")
_TRAILER = regex.compile(GA_ADOPTED + "|" + SC_ADOPTED + r"|Adopted\s+by\s+\d")
_ANNEX = regex.compile(r"Annex(?:es)?(?:\s+[IVX]{1,5}|\s+[A-Z])?\s*")
_SUBITEM = regex.compile(r"(?:\([a-z]{1,4}\)|\([ivx]{1,6}\)|[“\"‘]|[a-z])")
#: The start of a paragraph that reads as preambular: any capitalised "-ing" or "-ed" word (a
#: participle: "Recalling", "Concerned"), or an opener of the closed lists the reader splits
#: paragraphs on (:data:`citegraph.normalize.PREAMBULAR_OPENERS`: "Mindful", "Aware", ...; and
#: :data:`citegraph.normalize.PREAMBULAR_ADVERBS`: "Deeply", "Also", ...). One source for the
#: words, so that an opener added there is one here too.
_PREAMBLE = regex.compile(
    r"(?:[A-Z][a-z]+(?:ing|ed)|"
    + "|".join(
        sorted(
            {w for w in PREAMBULAR_OPENERS if not w.endswith(("ing", "ed"))} | set(PREAMBULAR_ADVERBS),
            key=lambda w: (-len(w), w),
        )
    )
    + r")\b"
)
#: A number a resolution or a document is cited by ("46/152", "1373 (2001)", "A/RES/70/1"): a short block that
#: opens as a preambular paragraph and holds one is a paragraph whose closing comma was lost, not a heading.
_CITES = regex.compile(r"\d/\d|\d\s\(\d{4}\)|[A-Z]/[A-Z\d]")

#: An adverb of :data:`citegraph.normalize.PREAMBULAR_ADVERBS` before an operative verb ("Further
#: finds that ...", "Also decides ..."): see :func:`_adverb_operative`.
_ADVERB_VERB = regex.compile(r"(?:" + "|".join(PREAMBULAR_ADVERBS) + r")\s+([a-z]+s)\b")
#: A participle paragraph opened by "And" ("And further noting that the restriction on the passage of
#: goods through the Suez Canal ...,", S/RES/95 (1951)): a paragraph of its own, as "Noting" opens one.
_AND_PARTICIPLE = regex.compile(r"And\s+(?:(?:further|also|[a-z]+ly)\s+)?[a-z]+ing\b")
#: A dash item ("- That all anti-aircraft weapon systems would be withdrawn ...,"): printed
#: after a paragraph that announces it with a colon, a sub-item of that paragraph, as a
#: lettered item ("(a) ...") is.
_DASH_ITEM = regex.compile(r"[-–—•]\s+\S")


def layout(norm: NormText, name: str, path: str) -> Document:
    """Lay out a normalised text as a Document with its identity (see module doc)."""
    n = norm if isinstance(norm, Normalized) else analyse(norm.original)
    text = n.text
    body = [b for b in n.blocks if b.kind == "body"]
    paragraphs: list[Paragraph] = []

    def btext(b: Block) -> str:
        return text[b.start : b.end]

    # The organ line; without one, the first preambular-looking block (or numbered one).
    # (blocks are stripped: an organ's line starts with "*" or "The")
    organ_idx = next(
        (
            i
            for i, b in enumerate(body)
            if text.startswith(("*", "The"), b.start, b.end) and ORGAN_RE.fullmatch(btext(b))
        ),
        None,
    )
    first_body = organ_idx + 1 if organ_idx is not None else None
    if organ_idx is None:
        for i, b in enumerate(body):
            t = btext(b)
            if (_PREAMBLE.match(t) and _end(t).endswith((",", ";"))) or _NUMBERED.match(t):
                first_body = i
                break
    if first_body is None:
        first_body = len(body)
    head_end = organ_idx if organ_idx is not None else first_body
    if head_end > 0:
        paragraphs.append(
            Paragraph(
                "H",
                HEADER,
                None,
                text[body[0].start : body[head_end - 1].end],
                body[0].start,
                body[head_end - 1].end,
            )
        )
    pre = 0
    part: str | None = None
    rest = body[first_body:]
    texts = [text[b.start : b.end] for b in rest]
    # an unnumbered operative paragraph that adopts (recommends ...) "the following" text printed
    # after it under its title: what follows is that text, laid out as an annex is
    embed_at = _embedded_opener(texts)
    own = texts if embed_at is None else texts[: embed_at + 1]
    any_numbered = _any_numbered(own)
    last_op: Paragraph | None = None
    last_num = 0  # the last operative number, for the OCR-tolerant numbering check
    new_part = True
    unnumbered_ops = 0
    annex: str | None = None  # inside an annex: its name ("Annex", "Annex I")
    annex_pre = 0
    ended = False  # past the trailer of the resolution itself
    operatives = 0  # outside an annex, for meta.operative_count
    numbered_ahead = _numbered_ahead(own) + [False] * (len(texts) - len(own))
    after_head = False  # right after a part head ("XXIV"), outside an annex: its title may follow
    title_start: int | None = None  # where the title of the section begun stands, until its first paragraph
    section_ops = 0  # unnumbered operative paragraphs in the section (see below)
    held: Paragraph | None = None  # an operative paragraph that holds a part head ("A." in its table)
    last_pre: Paragraph | None = None  # the preambular paragraph of the block before, if it is one
    dash_items = False  # ... and whether it holds dash items already
    unclosed: Paragraph | None = None  # a preambular paragraph with no closing punctuation, just read
    for bi, b in enumerate(rest):
        t = text[b.start : b.end]
        opens_unclosed = False
        # only the very next block may be the rest of an unclosed paragraph: a numbered paragraph, a head
        # or anything else read between them ends it (else its span would run over them)
        pending, unclosed = unclosed, None
        prev_pre, last_pre = last_pre, None
        head, after_head = after_head, False
        # each pattern is tried only on a block that starts as its matches do (blocks are stripped)
        ma = t.startswith("Annex") and _ANNEX.fullmatch(t)
        if ma and (last_op is not None or pre):
            annex = " ".join(t.split())
            part, last_op, last_num, new_part, annex_pre, ended = annex, None, 0, True, 0, False
            continue
        if ended:
            continue
        # a paragraph number, matched once per block and only where one may start
        # (_starts_number, inline: this runs for every block)
        c = t[:1]
        m = _NUMBERED.match(t) if c.isdigit() or c in "ZSl" else None
        if (
            m is None
            and c.isdigit()
            and (mb := _BARE_NUMBERED.match(t))
            and _bare_number_due(mb, t, last_num)
        ):
            m = mb
        # (a numbered block is no trailer: "4." vs "46th" or "Adopted")
        if m is None and (c.isdigit() or t.startswith("Adopted")) and _TRAILER.match(t):
            ended = True
            continue
        if t.startswith(("*", "The")) and ORGAN_RE.fullmatch(t):  # a new part's preamble
            last_op = None
            continue
        if len(t) <= 7 and _PART_ONLY.fullmatch(t):
            part = t.rstrip(".") if annex is None else f"{annex}/{t.rstrip('.')}"
            new_part = True
            if annex is None and (
                last_op is None or (last_op is not held and not _end(last_op.text).endswith(":"))
            ):
                # a part or section head ends the paragraph before it, unless that paragraph
                # announces what follows ("... in the table below:", the table's parts "A."
                # "B."): the new section's title and paragraphs are no sub-items or closing
                # sentences of the last section's last paragraph
                last_op, section_ops, title_start, after_head = None, 0, None, True
            elif annex is None:
                held = last_op
            continue
        num = None if m is None else _operative_number(m, last_num, new_part, gaps=annex is None)
        if num is not None:
            assert m is not None
            if annex is None:
                operatives += 1
            # t[m.end():] == text[s : b.end], sliced from the (often narrower, ASCII) block
            s = b.start + m.end()
            p = Paragraph(f"O{num}", OPERATIVE, num, t[m.end() :], s, b.end, part)
            paragraphs.append(p)
            last_op, last_num, new_part, title_start = p, num, False, None
            continue
        # judged without a footnote mark at its end ("... on its behalf, 18": no footnote text
        # was found for it, so the mark is still in the text)
        tail = _end(t)
        if head and len(t) < 500 and not tail.endswith((",", ";", ":", ".")):
            # the section's title, even one that ends with a quoted title ("Revised estimates
            # resulting from General Assembly resolution 79/1, entitled “The Pact for the
            # Future”"): the lead-in of the section's first paragraph if that is unnumbered
            # (a numbered one starts at its number), so that what it cites keeps a paragraph
            if title_start is None:
                title_start = b.start
            after_head = True
            continue
        ends = tail.endswith((",", ";", ":", ".", "”", '"', ")"))
        if pending is not None and m is None and not _PREAMBLE.match(t) and lemma_of(t[:40]) is None:
            # the rest of that paragraph, split off by a page break ("Recalling the International Plan
            # of Action ... adopted by the Food and Agriculture" + "Organization of the United Nations,")
            pending.end = b.end
            pending.text = text[pending.start : pending.end]
            unclosed = None if ends else pending
            continue
        if (
            not ends
            and annex is None
            and operatives == 0
            and (len(t) > 100 or _CITES.search(t) is not None)
            and _PREAMBLE.match(t)
        ):
            # a preambular paragraph whose closing comma the OCR lost ("Noting that the Government of
            # Cyprus has agreed that ... it is necessary to continue the Force beyond 15 June 1970"):
            # no heading inside the preamble opens with a participle and runs on for a sentence, nor
            # cites a resolution by its number as a short one may ("Reaffirming its resolution 46/152":
            # its reference would be lost with it).
            # (What follows may be its rest, after a page break: ``unclosed``.)
            ends = opens_unclosed = True
        if (
            annex is not None
            and new_part
            and len(t) < 120
            and tail.endswith(";")
            and lemma_of(t[:40]) is None
        ):
            # the first part of the annexed text's title, before its second ("United Nations
            # Convention against Cybercrime;" then "Strengthening International Cooperation ...",
            # A/RES/79/243): a heading, as the title is
            ends = False
        if not ends and len(t) < 250:
            # a heading ("International Convention on ..."): not a paragraph; inside an annex
            # it opens a section whose numbering may start again ("Article 4", paragraph 1)
            if annex is not None:
                part, new_part = f"{annex}/{' '.join(t.split())[:60]}", True
            continue
        op_start = False  # an unnumbered operative paragraph that no capitalised verb opens
        if (
            not any_numbered
            and annex is None
            and last_op is not None
            and not (last_end := _end(last_op.text)).endswith(":")
            and tail.endswith((",", ";", ".", ":"))
            and (
                (opens_operative(t) and not _PREAMBLE.match(t))
                or (op_start := _adverb_operative(t))
                or (
                    op_start := tail.endswith((";", "."))
                    and last_end.endswith((";", "."))
                    and _PREAMBLE.match(t) is not None
                )
            )
        ):
            # the next unnumbered operative paragraph ("Calls upon the Governments concerned : (i) ...
            # ;" then "Instructs the committee ... ;", "Invites Cuba and Norway ... ;"; "Instructs the
            # Commission ... ; and, to this end," before "Recommends ..."): a verb of the table opens it,
            # or an adverb and such a verb ("Finds further that ...;" then "Further finds that ...;"),
            # and the paragraph before announces no items. A paragraph that a participle opens and a
            # semicolon closes, after one so closed, is one too: "Noting the complaint with regard to
            # the evacuation ...:" with "(a) Decides that ...;", "Noting with concern the refusal ...,
            # considers that the parties should permit ...;" (S/RES/93 (1951)): what it decides or
            # considers is operative, and no preambular paragraph closes with a semicolon.
            last_op = None
        if last_op is not None and (
            not tail.endswith((",", ":"))
            or _SUBITEM.match(t)
            or not (_PREAMBLE.match(t) or (t.startswith("And ") and _AND_PARTICIPLE.match(t)))
        ):
            # sub-item, quotation or closing sentence of the operative paragraph above
            last_op.end = b.end
            last_op.text = text[last_op.start : last_op.end]
            continue
        if (
            prev_pre is not None
            and t[:1] in "-–—•"
            and _DASH_ITEM.match(t)
            and (dash_items or _end(prev_pre.text).endswith(":"))
        ):
            # a dash item of the preambular paragraph above ("... in which the parties agreed,
            # inter alia:" then "- That all anti-aircraft weapon systems ...,"), not a paragraph
            prev_pre.end = b.end
            prev_pre.text = text[prev_pre.start : prev_pre.end]
            last_pre, dash_items = prev_pre, True
            continue
        # the lead-in of an unnumbered paragraph: the title of the section it opens
        s = b.start if title_start is None else title_start
        title_start = None
        if (
            not any_numbered
            and annex is None
            and (op_start or (OPERATIVE_VERB.match(t) and not _PREAMBLE.match(t)) or _adverb_operative(t))
        ):
            unnumbered_ops += 1
            operatives += 1
            p = Paragraph(f"O{unnumbered_ops}", OPERATIVE, unnumbered_ops, text[s : b.end], s, b.end, part)
            paragraphs.append(p)
            last_op = p
            if bi == embed_at:
                # the text it adopts follows: its paragraphs are numbered (and counted) as an annex's
                annex = part = _EMBEDDED
                last_op, last_num, new_part, annex_pre = None, 0, True, 0
            continue
        if (
            any_numbered
            and annex is None
            and part is not None
            and new_part
            and not numbered_ahead[bi]
            and tail.endswith((";", ".", ":"))
            and OPERATIVE_VERB.match(t)
            and not _PREAMBLE.match(t)
        ):
            # a section whose paragraphs are not numbered, as a one-paragraph section of a budget
            # resolution prints its paragraph ("Takes note of the revised estimates ...;", section
            # XXIV of 79/258): an operative sentence, numbered in its section as the unnumbered
            # operative paragraphs of a resolution are in the resolution (O1, O2 ...)
            section_ops += 1
            operatives += 1
            p = Paragraph(f"O{section_ops}", OPERATIVE, section_ops, text[s : b.end], s, b.end, part)
            paragraphs.append(p)
            last_op = p
            continue
        if (
            annex is not None
            and annex_pre == 0
            and t.startswith("We, ")
            and tail.endswith(",")
            and _subject_only(t)
        ):
            # the subject of the annexed declaration, as the organ's line is the resolution's ("We, the Ministers and
            # heads of delegations participating in the high-level plenary meeting ..., held in New York on 16 and 17
            # December 2025,", A/RES/80/173): its first preambular paragraph is the next one
            continue
        if annex is not None:
            annex_pre += 1
            last_pre = Paragraph(f"P{annex_pre}", PREAMBULAR, annex_pre, text[s : b.end], s, b.end, part)
        else:
            pre += 1
            last_pre = Paragraph(f"P{pre}", PREAMBULAR, pre, text[s : b.end], s, b.end, part)
            if opens_unclosed:
                unclosed = last_pre
        paragraphs.append(last_pre)
        last_op, dash_items = None, False

    # Footnotes: one per printed number, anchored where the mark first stands.
    footnotes: list[Footnote] = []
    paragraph_at = _paragraph_finder(paragraphs)  # the body paragraphs: no footnote yet
    marks_by_number: dict[int, Mark] = {}
    for mk in n.marks:
        marks_by_number.setdefault(mk.number, mk)
    mark_offsets = sorted(mk.offset for mk in n.marks)
    anchor_at: dict[int, str | None] = {}  # mark offset -> the anchor read there
    cited_by: dict[str, str] = {}  # an anchor -> the text of the first footnote anchored on it
    for fb in [b for b in n.blocks if b.kind == "footnote"]:
        num = fb.number or 0
        ftext = text[fb.start : fb.end]
        fn = Footnote(num, ftext, fb.start, fb.end)
        mk = marks_by_number.get(num)
        if mk is not None:
            fn.mark = mk.offset
            para = paragraph_at(mk.offset)
            host, at = (para.text, mk.offset - para.start) if para is not None else (text, mk.offset)
            fn.anchor_para = para.label if para is not None else None
            floor = _previous_mark(mark_offsets, mk.offset, para.start if para else 0)
            previous = anchor_at.get(floor + (para.start if para else 0)) if floor else None
            fn.anchor = _anchor(host, at, floor, previous)
            if fn.anchor is None or "Secretary" not in fn.anchor:
                fn.anchor = secretary_general_document(host, floor, at, ftext) or fn.anchor
            if (
                fn.anchor is not None
                and "Secretary" not in fn.anchor
                and _cites_other(cited_by.get(fn.anchor), ftext)
            ):
                # "the reports of the Secretary-General on progress made towards achieving the commitments set out in
                # the outcome document ..., entitled “A world fit for children”,³³" (³³ A/79/274-E/2025/3): an earlier
                # footnote (²³ Resolution S-27/2, annex) sources that outcome document; this one, the reports
                fn.anchor = secretary_general_document(host, floor, at, ftext, fn.anchor) or fn.anchor
            # "... established by the Human Rights Council in its resolution 22/13 of 21 March 2013,¹⁵" with
            # "¹⁵ See Official Records ..., Supplement No. 53 (A/68/53), chap. IV": the resolution
            fn.anchor = printed_resolution(host, floor, at, ftext, fn.anchor) or fn.anchor
            # "victims and survivors,²²" with "²² The term “survivor” or “survivors” is not defined in ...": the word
            fn.anchor = defined_term(host, at, ftext, fn.anchor) or fn.anchor
            if fn.anchor is not None:
                # "the 2030 Agenda ... and the New Urban Agenda²³": the first item has its own footnote
                fn.anchor = without_earlier_item(fn.anchor, [a for a in anchor_at.values() if a])
            anchor_at[mk.offset] = fn.anchor
            if fn.anchor is not None:
                cited_by.setdefault(fn.anchor, ftext)
                marks, base = (mark_offsets, para.start) if para is not None else ([], 0)
                listed = with_resolution_at_mark(host, at, fn.anchor, marks, base)
                fn.anchor = listed or without_possessive(fn.anchor)
        footnotes.append(fn)
        paragraphs.append(Paragraph(f"F{num}", FOOTNOTE, num, ftext, fb.start, fb.end))

    last_operative = next((p.text for p in reversed(paragraphs) if p.kind == OPERATIVE), "")
    meta = identify(n.original, text, last_operative)
    meta.preambular_count = pre
    meta.operative_count = operatives
    meta.footnote_count = len(footnotes)
    return Document(name=name, path=path, norm=n, meta=meta, paragraphs=paragraphs, footnotes=footnotes)


def _cites_other(earlier: str | None, footnote: str) -> bool:
    """Whether ``earlier``, the text of an earlier footnote (None: none), cites other than ``footnote`` does (spacing
    aside): the same words at a later mark then name what the earlier footnote sources, not what this one does.

    >>> _cites_other("Resolution S-27/2, annex.", "A/79/274-E/2025/3."), _cites_other(None, "A/79/274.")
    (True, False)
    >>> _cites_other("Resolution S-32/1,  annex.", "Resolution S-32/1, annex.")
    False
    """
    return earlier is not None and earlier.split() != footnote.split()


#: The verbs of the table in their base form, which a declaration's subject line does not hold ("We, Heads of State,
#: reaffirm our commitment," is its first paragraph, not its subject).
_BASE_VERBS = frozenset(lemma for lemma in VERBS if "-" not in lemma)
_WORD = regex.compile(r"[A-Za-z]+")


def _subject_only(t: str) -> bool:
    """Whether ``t``, a block that opens with "We, ", names who speaks and nothing they do: no verb of the table in
    its base form, as "We, the Ministers and heads of delegations participating in the high-level plenary meeting
    ..., held in New York on 16 and 17 December 2025," holds none.

    >>> _subject_only("We, the Ministers participating in the meeting, held in New York on 16 December 2025,")
    True
    >>> _subject_only("We, Heads of State, reaffirm our commitment,")
    False
    """
    return _BASE_VERBS.isdisjoint(w.lower() for w in _WORD.findall(t))


def _previous_mark(offsets: list[int], offset: int, para_start: int) -> int:
    """How far into its paragraph the footnote mark before ``offset`` stood (0: none).

    >>> _previous_mark([10, 40, 70], 70, 20), _previous_mark([10, 40, 70], 40, 20)
    (20, 0)
    """
    k = bisect_right(offsets, offset - 1)
    return offsets[k - 1] - para_start if k and offsets[k - 1] > para_start else 0


def _anchor(host: str, at: int, floor: int, previous: str | None = None) -> str | None:
    """The anchor of a mark at ``host[at]``; ``floor``: where the mark before it stood (0: none),
    ``previous``: the anchor read there, if known.

    The anchor readers know the print's marks: a non-breaking hyphen (U+2011, "COVID‑19", "non‑State") is
    read as the hyphen it prints, and a straight double quote, as markdown conversions and older texts write
    the quotes of a title, as the curly quote it stands for (:func:`_curled`). The anchor is given back as
    printed.

    >>> _anchor('the outcome document entitled "New Urban Agenda" at the Conference (Habitat III),', 80, 0)
    'New Urban Agenda'
    """
    if "\u2011" not in host and '"' not in host:
        return _anchor_read(host, at, floor, previous)
    folded = _curled(host.replace("\u2011", "-"))
    read = _anchor_read(folded, at, floor, previous and _curled(previous.replace("\u2011", "-")))
    if read is None:
        return None
    if (k := folded.rfind(read, 0, at + 1)) >= 0:
        return host[k : k + len(read)]
    # tidied ("the document entitled “Our joint commitment,”" read without its comma): its quotes as the host's
    return read.translate(_STRAIGHT) if "\u201c" not in host and "\u201d" not in host else read


#: The curly double quotes as the straight one.
_STRAIGHT = str.maketrans("\u201c\u201d", '""')
#: A straight double quote that opens a quotation: at the start or after a space or an opening bracket or dash.
_OPENING_STRAIGHT = regex.compile(r'(?:^|(?<=[\s(\[{—–]))"')


def _curled(text: str) -> str:
    """``text`` with each straight double quote as the curly one it stands for, of the same length: one that
    opens a quotation (:data:`_OPENING_STRAIGHT`) as “, any other as ”.

    >>> _curled('entitled "Our joint commitment to act," adopted by "the Assembly"')
    'entitled “Our joint commitment to act,” adopted by “the Assembly”'
    """
    if '"' not in text:
        return text
    return _OPENING_STRAIGHT.sub("\u201c", text).replace('"', "\u201d")


def _anchor_read(host: str, at: int, floor: int, previous: str | None) -> str | None:
    """:func:`_anchor`, on a host without non-breaking hyphens or straight double quotes."""
    whole = anchor_before(host, at) or _quoted_before(host, at)
    if floor:
        return _with_opening_quote(host, at, anchor_after_mark(host, floor, at, whole, previous) or whole)
    return _with_opening_quote(host, at, whole)


def _with_opening_quote(host: str, at: int, read: str | None) -> str | None:
    """``read`` with the opening quote printed right before it, when it holds a title's closing quote and not
    its opening one: a name whose first word is a title in quotes ("implementing the “Space2030” Agenda,²⁴") is
    given as printed, both quotes or none (SCHEMA.md: the name as printed), not from inside the quotes.

    >>> _with_opening_quote("made in implementing the “Space2030” Agenda,", 44, "Space2030” Agenda")
    '“Space2030” Agenda'
    >>> _with_opening_quote("the “Space2030” Agenda: space as a driver,", 41, "“Space2030” Agenda: space as a driver")
    '“Space2030” Agenda: space as a driver'
    >>> _with_opening_quote("of 2030” and the Agenda,", 23, "Agenda")
    'Agenda'
    """
    if read is None or read.count("\u201d") <= read.count("\u201c"):
        return read
    k = host.rfind(read, 0, at + 1)
    return "\u201c" + read if k > 0 and host[k - 1] == "\u201c" else read


def _adverb_operative(t: str) -> bool:
    """Whether ``t`` opens with an adverb and an operative verb of the table ("Further finds that that
    practice cannot ... be justified", S/RES/95 (1951); "Also decides"): an operative paragraph, as
    "Finds further that" is, though the adverb opens preambular paragraphs too ("Further noting").

    >>> _adverb_operative("Further finds that"), _adverb_operative("Further noting that")
    (True, False)
    >>> _adverb_operative("Deeply concerned"), _adverb_operative("Also decides to")
    (False, True)
    """
    m = _ADVERB_VERB.match(t) if t[:1].isupper() else None
    return m is not None and lemma_of(t[m.start(1) : m.start(1) + 40]) is not None


def _any_numbered(texts: list[str]) -> bool:
    """Whether the resolution itself numbers its paragraphs: a numbered block before its trailer
    or an annex. An annex numbers its own ("Adopts the political declaration ..., as contained in
    the annex", then the declaration's "1. Recognize ...": A/RES/79/2), and its numbers make no
    paragraph of the resolution a numbered one.

    >>> _any_numbered(["Adopts the declaration annexed;", "18th plenary meeting", "Annex", "1. Recognize that"])
    False
    >>> _any_numbered(["Recalling its resolution 1,", "1. Decides that", "Annex", "1. Text"])
    True
    """
    for t in texts:
        if _starts_number(t[:1]) and _NUMBERED.match(t):
            return True
        if (
            (t[:1].isdigit() or t.startswith("Adopted"))
            and _TRAILER.match(t)
            or t.startswith("Annex")
            and _ANNEX.fullmatch(t)
        ):
            return False
    return False


#: The name (the ``part``) of a text that a paragraph of the resolution adopts and prints after it
#: (:func:`_embedded_opener`), as "Annex" names an annexed one.
_EMBEDDED = "Text"


def _embedded_opener(texts: list[str]) -> int | None:
    """The index of the resolution's unnumbered operative paragraph that announces "the following"
    text printed after it under its own title or head, if there is one: "Adopts the following
    outcome document of the high-level meeting ... at its eightieth session:" then "Outcome document
    of the high-level meeting ..." (A/RES/80/173, the document's "We, the Ministers ...," and its
    paragraphs 1 to 127 follow), or "Recommends to the Governments of India and Pakistan the
    following measures ... :" then "A. Restoration of peace and order" and measures 1 to 18 (S/RES/47
    (1948)). That text is no part of the resolution's own paragraphs, as an annexed one is not: it is
    laid out as an annex is, and its numbers do not number the resolution. Looked for only before
    the resolution's first numbered paragraph, its trailer or an annex; a paragraph followed by
    items ("(a) ...", "1. Opening of the Congress.") announces no text of its own.

    >>> _embedded_opener(["Adopts the following declaration:", "Declaration on X", "We, the States,", "1. Agree"])
    0
    >>> _embedded_opener(["Recalling it,", "1. Approves the following agenda:", "Agenda", "1. Opening."])
    >>> _embedded_opener(["Approves the following budget:", "(a) Posts: 10 dollars;"])
    """
    for i, t in enumerate(texts[:-1]):
        c = t[:1]
        if (c.isdigit() or c in "ZSl") and _NUMBERED.match(t):
            return None
        if (
            (c.isdigit() or t.startswith("Adopted"))
            and _TRAILER.match(t)
            or t.startswith("Annex")
            and _ANNEX.fullmatch(t)
        ):
            return None
        if "the following" in t and _end(t).endswith(":") and opens_operative(t):
            nxt = texts[i + 1]
            if len(nxt) < 250 and nxt[:1].isupper() and not _end(nxt).endswith((",", ";", ":", ".")):
                return i
    return None


def _numbered_ahead(texts: list[str]) -> list[bool]:
    """For each block, whether a numbered paragraph follows it in its part (before the next part
    head, annex heading or trailer).

    >>> _numbered_ahead(["Having considered it,", "1. Decides", "XXIV", "Takes note;", "XXV", "1. Notes"])
    [True, False, False, False, True, False]
    """
    out = [False] * len(texts)
    seen = False
    for i in range(len(texts) - 1, -1, -1):
        out[i] = seen
        t = texts[i]
        c = t[:1]
        if (len(t) <= 7 and _PART_ONLY.fullmatch(t)) or (t.startswith("Annex") and _ANNEX.fullmatch(t)):
            seen = False
        elif (c.isdigit() or c in "ZSl") and _NUMBERED.match(t):
            seen = True
        elif (c.isdigit() or t.startswith("Adopted")) and _TRAILER.match(t):
            seen = False
    return out


def _end(t: str) -> str:
    """Block text ``t`` right-stripped and without a footnote mark at its end, for judging how it ends.

    A block ends in a digit (or "/", a "5/" mark of the 1990s) only when something numbered or
    a mark closes it; only then is :func:`citegraph.normalize.without_end_mark` asked
    ("behalf, 18" ends as "behalf,", "Herzegovina, 5/" as "Herzegovina,").

    >>> _end("Recalling the statement made on its behalf, 18"), _end("Article 9"), _end("Recalling it, ")
    ('Recalling the statement made on its behalf,', 'Article', 'Recalling it,')
    """
    return without_end_mark(t) if t[-1:].isdigit() or t[-1:] == "/" else t.rstrip()


_QUOTED_END = regex.compile(r"“([^“”]{3,300})”[^“”]{0,60}$")


def _quoted_before(text: str, end: int) -> str | None:
    """The quoted title that ends just before a mark ("... entitled “The future we want”,¹"),
    or a few words before it ("... “Universal health coverage: ...”, held on 21 September 2023,¹⁰").

    >>> _quoted_before("the report entitled “The future we want”, ", 42)
    'The future we want'
    """
    m = _QUOTED_END.search(text, max(0, end - 320), end)
    return m[1].strip() if m else None


def _operative_number(m: regex.Match[str], last: int, new_part: bool, gaps: bool = True) -> int | None:
    """The number of the operative paragraph that a block starts, or None if its number is not one.

    ``m`` is the :data:`_NUMBERED` match at the block's start (the caller matches once
    and keeps the match for the paragraph's text). "4." is paragraph 4. OCR noise
    ("4," "Z.") counts only where the next number is due; a number far off the
    sequence ("10." in a quoted list) is text, not a paragraph.
    With ``gaps``, one unreadable number may be skipped (the gap stays visible).

    >>> def number(t, last, new_part=False):
    ...     return _operative_number(_NUMBERED.match(t), last, new_part)
    >>> number("4, Demands that", 3), number("Z. Demands", 1)
    (4, 2)
    >>> number("S. Appeals", 4), number("ll. Further requests", 10)
    (5, 11)
    >>> number("10. The Committee", 3) is None, number("1. Decides", 7, True)
    (True, 1)
    """
    clean = m[1].isdigit() and m[2] == "."
    n = int(m[1].translate(_OCR_DIGIT))
    if n == last + 1 or (n == 1 and (new_part or last == 0)):
        return n
    if gaps and clean and last < n <= last + 2:
        return n  # one paragraph number unreadable: keep the gap visible
    return None


def _bare_number_due(m: regex.Match[str], t: str, last: int) -> bool:
    """Whether the :data:`_BARE_NUMBERED` match ``m`` at the start of block ``t`` is the number of the
    next operative paragraph: the one due after ``last`` (never the first: a block that opens with a
    bare number and no paragraph before it is something else), followed by a verb of the table.

    >>> _bare_number_due(_BARE_NUMBERED.match("26 Condemns any denial"), "26 Condemns any denial", 25)
    True
    >>> _bare_number_due(_BARE_NUMBERED.match("15 States Parties"), "15 States Parties", 14)
    False
    >>> _bare_number_due(_BARE_NUMBERED.match("27 Affirms its duty"), "27 Affirms its duty", 25)
    False
    """
    return last > 0 and int(m[1]) == last + 1 and opens_operative(t[m.end() : m.end() + 40])


def _starts_number(t: str) -> bool:
    """Whether ``t`` may start as a _NUMBERED match does: a digit, or what OCR reads for one."""
    c = t[:1]
    return c.isdigit() or (c != "" and c in "ZSl")


def _paragraph_finder(paragraphs: list[Paragraph]) -> Callable[[int], Paragraph | None]:
    """:func:`_paragraph_at` for these paragraphs, by bisection when their spans come in order.

    Paragraph spans are disjoint and in text order: the only paragraph that may hold an
    offset is then the last one starting at or before it. Otherwise (never seen) every
    offset is looked up in turn, as :func:`_paragraph_at` does.
    """
    paras = [p for p in paragraphs if p.kind != FOOTNOTE]
    starts = [p.start for p in paras]
    ends = [p.end for p in paras]
    # (compared by map over the two lists: no Python-level step per paragraph)
    if not all(map(le, starts, ends)) or not all(map(lt, ends, starts[1:])):
        return lambda offset: _paragraph_at(paras, offset)

    def find(offset: int) -> Paragraph | None:
        i = bisect_right(starts, offset) - 1
        return paras[i] if i >= 0 and offset <= paras[i].end else None

    return find


def _paragraph_at(paragraphs: list[Paragraph], offset: int) -> Paragraph | None:
    """The body paragraph whose span holds ``offset`` (a mark at a paragraph's end included)."""
    for p in paragraphs:
        if p.kind != FOOTNOTE and p.start <= offset <= p.end:
            return p
    return None
