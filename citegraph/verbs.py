"""The governing verbs: how a resolution relates to what it cites.

One table, read by the extractor (to type each reference by the verb that
governs it), by the RDF model (each verb is a property, ``rdfs:subPropertyOf``
the nearest CiTO property) and by the CLI (one command per verb). Add a verb
here and every stage knows it.

``forms`` are the lower-case word sequences that open a clause with that verb:
preambular participles ("reaffirming") and operative present tenses
("reaffirms"). Longer forms win ("taking note" before "taking"; "having received
and considered" is "consider", the nearer participle, not "receive").

>>> VERBS["reaffirm"].prop, VERBS["reaffirm"].cito
('reaffirms', 'confirms')
>>> lemma_of("Taking note with appreciation")
'take-note'
>>> lemma_of("Reaffirms")
'reaffirm'
>>> lemma_of("Bananas") is None
True
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Verb:
    lemma: str  # SCHEMA.md relation value
    prop: str  # local name of the RDF property in the citegraph ontology
    cito: str  # local name of the CiTO super-property
    label: str  # human label ("reaffirms")
    forms: tuple[str, ...]  # lower-case openings that carry the verb
    comment: str


#: The words between "expresses" and "concern" that keep the verb express-concern: "Expressing deep concern",
#: "Expresses its grave concern", "Expressing its continued serious concern".
_CONCERN_DEGREES = [
    f"{its}{degree}"
    for its in ("", "its ")
    for degree in (
        "",
        "deep ",
        "grave ",
        "serious ",
        "very serious ",
        "profound ",
        "particular ",
        "great ",
        "strong ",
        "continued ",
        "continued serious ",
        "continuing ",
        "gravest ",
        "deepest ",
    )
]


def _v(lemma: str, prop: str, cito: str, forms: str, comment: str, label: str | None = None) -> Verb:
    return Verb(lemma, prop, cito, label or prop, tuple(f.strip() for f in forms.split("|")), comment)


VERBS: dict[str, Verb] = {
    v.lemma: v
    for v in [
        _v(
            "reaffirm",
            "reaffirms",
            "confirms",
            "reaffirming|reaffirms|reaffirmed|reaffirm",
            "The citing text restates its commitment to the cited text.",
        ),
        _v(
            "reiterate",
            "reiterates",
            "confirms",
            "reiterating|reiterates",
            "The citing text repeats what it said of the cited text.",
        ),
        _v(
            "recall",
            "recalls",
            "obtainsBackgroundFrom",
            "recalling|recalls|recall",
            "The citing text brings the cited text to mind as background.",
        ),
        _v(
            "welcome",
            "welcomes",
            "agreesWith",
            "welcoming|welcomes|welcome",
            "The citing text welcomes the cited text or its adoption.",
        ),
        _v(
            "take-note",
            "takesNoteOf",
            "citesForInformation",
            "taking note|takes note|take note|having taken note|taken note",
            "The citing text formally takes note of the cited text.",
            "takes note of",
        ),
        _v(
            "note",
            "notes",
            "citesForInformation",
            "noting|notes|note|having noted|having received and noted",
            "The citing text notes the cited text.",
        ),
        _v(
            "bear-in-mind",
            "bearsInMind",
            "obtainsBackgroundFrom",
            "bearing in mind|bears in mind",
            "The citing text bears the cited text in mind.",
            "bears in mind",
        ),
        _v(
            "take-into-consideration",
            "takesIntoConsideration",
            "obtainsBackgroundFrom",
            "taking into consideration|takes into consideration",
            "The citing text takes the cited text into consideration.",
            "takes into consideration",
        ),
        _v(
            "take-into-account",
            "takesIntoAccount",
            "obtainsBackgroundFrom",
            "taking into account|takes into account",
            "The citing text takes the cited text into account.",
            "takes into account",
        ),
        _v(
            "acknowledge",
            "acknowledges",
            "citesForInformation",
            "acknowledging|acknowledges",
            "The citing text acknowledges the cited text.",
        ),
        _v(
            "emphasize",
            "emphasizes",
            "confirms",
            "emphasizing|emphasizes",
            "The citing text emphasizes the cited text.",
        ),
        # "Re-emphasizes" is a verb of its own, printed with its hyphen: its lemma keeps the prefix
        # ("Further requests" -> request drops an adverb, a word of its own)
        _v(
            "re-emphasize",
            "reEmphasizes",
            "confirms",
            "re-emphasizing|re-emphasizes|re-emphasising|re-emphasises",
            "The citing text emphasizes the cited text again.",
            "re-emphasizes",
        ),
        _v(
            "stress", "stresses", "confirms", "stressing|stresses", "The citing text stresses the cited text."
        ),
        _v(
            "underline",
            "underlines",
            "confirms",
            "underlining|underlines",
            "The citing text underlines the cited text.",
        ),
        _v(
            "underscore",
            "underscores",
            "confirms",
            "underscoring|underscores",
            "The citing text underscores the cited text.",
        ),
        _v(
            "highlight",
            "highlights",
            "confirms",
            "highlighting|highlights",
            "The citing text highlights the cited text.",
        ),
        _v(
            "recognize",
            "recognizes",
            "agreesWith",
            "recognizing|recognizes|recognising",
            "The citing text recognizes the cited text.",
        ),
        _v(
            "endorse",
            "endorses",
            "supports",
            "endorsing|endorses",
            "The citing text endorses the cited text.",
        ),
        _v(
            "support",
            "supportsText",
            "supports",
            "supporting|supports",
            "The citing text expresses support for the cited text.",
            "supports",
        ),
        _v(
            "approve",
            "approves",
            "agreesWith",
            "approving|approves",
            "The citing text approves the cited text.",
        ),
        _v("adopt", "adopts", "agreesWith", "adopting|adopts", "The citing text adopts the cited text."),
        _v(
            "decide",
            "decides",
            "citesAsAuthority",
            "deciding|decides|decided|having decided",
            "The cited text is part of a decision.",
        ),
        _v(
            "resolve",
            "resolves",
            "citesAsAuthority",
            "resolves",
            "The citing text resolves something with reference to the cited text.",
        ),
        _v(
            "determine",
            "determines",
            "citesAsAuthority",
            "determining|determines|having determined|determined",
            "The citing text determines a fact or course with reference to the cited text.",
        ),
        _v(
            "declare",
            "declares",
            "citesAsAuthority",
            "declaring|declares",
            "The citing text declares something with reference to the cited text.",
        ),
        _v(
            "find",
            "finds",
            "citesAsAuthority",
            "finds",
            "The citing text finds something with reference to the cited text.",
        ),
        _v(
            "authorize",
            "authorizes",
            "citesAsAuthority",
            "authorizes|authorises",
            "The citing text authorizes action with reference to the cited text.",
        ),
        _v(
            "extend",
            "extends",
            "citesAsAuthority",
            "extends",
            "The citing text extends something (a mandate, a period) the cited text bears on.",
        ),
        _v(
            "direct",
            "directs",
            "citesAsAuthority",
            "directs",
            "The citing text directs action with reference to the cited text.",
        ),
        _v(
            "instruct",
            "instructs",
            "citesAsAuthority",
            "instructs",
            "The citing text instructs others with reference to the cited text.",
        ),
        _v(
            "appoint",
            "appoints",
            "citesAsAuthority",
            "appoints",
            "The citing text appoints a person or body with reference to the cited text.",
        ),
        _v(
            "establish",
            "establishes",
            "citesAsAuthority",
            "establishes",
            "The citing text establishes a body or mechanism with reference to the cited text.",
        ),
        _v(
            "advise",
            "advises",
            "citesAsAuthority",
            "advises",
            "The citing text advises others with reference to the cited text.",
        ),
        _v(
            "recommend",
            "recommends",
            "citesAsAuthority",
            "recommends",
            "The citing text recommends action with reference to the cited text.",
        ),
        _v(
            "ensure",
            "ensures",
            "supports",
            "ensuring|ensures",
            "The citing text ensures (the implementation of) the cited text.",
        ),
        _v(
            "request",
            "requests",
            "citesAsAuthority",
            "requesting|requests",
            "The citing text makes a request referring to the cited text.",
        ),
        _v(
            "call-upon",
            "callsUpon",
            "citesAsAuthority",
            "calling upon|calls upon|calling on|calls on",
            "The citing text calls upon others with reference to the cited text.",
            "calls upon",
        ),
        # "call for" asks for a thing, "call upon" addresses someone: two verbs, two lemmas
        # ("Calling for the implementation of Security Council resolution 2475 (2019)" -> call-for)
        _v(
            "call-for",
            "callsFor",
            "citesAsAuthority",
            "calling for|calls for",
            "The citing text calls for action on the cited text.",
            "calls for",
        ),
        _v(
            "urge",
            "urges",
            "citesAsAuthority",
            "urging|urges",
            "The citing text urges action on the cited text.",
        ),
        _v(
            "invite",
            "invites",
            "citesAsAuthority",
            "inviting|invites",
            "The citing text invites action on the cited text.",
        ),
        _v(
            "encourage",
            "encourages",
            "citesAsAuthority",
            "encouraging|encourages",
            "The citing text encourages action on the cited text.",
        ),
        _v(
            "consider",
            "considers",
            "obtainsBackgroundFrom",
            "considering|considers|having considered|having received and considered",
            "The citing text considers the cited text.",
        ),
        _v(
            "examine",
            "examines",
            "reviews",
            "examines|having examined",
            "The citing text examines the cited text (a report on it, its implementation).",
        ),
        _v(
            "study",
            "hasStudied",
            "reviews",
            "having studied",
            "The citing text has studied the cited text (a report).",
            "has studied",
        ),
        _v(
            "receive",
            "hasReceived",
            "citesForInformation",
            "having received",
            "The citing text has received the cited text (a report).",
            "has received",
        ),
        _v(
            "hear",
            "hasHeard",
            "citesForInformation",
            "having heard",
            "The citing text has heard the cited text (a statement, a report).",
            "has heard",
        ),
        _v(
            "guided-by",
            "isGuidedBy",
            "usesConclusionsFrom",
            "guided by|guided also by|being guided by",
            "The citing text is guided by the cited text.",
            "is guided by",
        ),
        _v(
            "express",
            "expresses",
            "citesForInformation",
            "expressing|expresses",
            "The citing text expresses a view on the cited text.",
        ),
        _v(
            "express-concern",
            "expressesConcernAbout",
            "citesForInformation",
            # "Expresses concern that, despite the adoption of General Assembly resolution 46/215, the practice ...
            # still exists" (three blind readers of SCHEMA.md gave express-concern, as take-note for "taking note")
            "|".join(
                f"{verb} {degree}concern"
                for verb in ("expressing", "expresses")
                for degree in _CONCERN_DEGREES
            ),
            "The citing text expresses concern about the cited text or what became of it.",
            "expresses concern about",
        ),
        _v(
            "commend",
            "commends",
            "agreesWith",
            "commending|commends",
            "The citing text commends the cited text.",
        ),
        _v(
            "condemn",
            "condemns",
            "citesAsAuthority",
            "condemning|condemns",
            (
                "The citing text condemns what is done against the cited text (a refusal to comply with it, its "
                "defiance): the cited text is the authority it judges by, not what it disapproves of."
            ),
        ),
        _v(
            "deplore",
            "deplores",
            "citesAsAuthority",
            "deploring|deplores",
            (
                "The citing text deplores what is done against the cited text (its defiance, a failure to "
                "comply): the cited text is the authority it judges by, not what it disapproves of."
            ),
        ),
        _v(
            "regret",
            "regrets",
            "citesAsAuthority",
            "regretting|regrets",
            (
                "The citing text regrets what is done against the cited text (a failure to comply with it): the "
                "cited text is the authority it judges by, not what it disapproves of."
            ),
        ),
        _v(
            "reject",
            "rejects",
            "citesAsAuthority",
            "rejecting|rejects",
            (
                "The citing text rejects what the cited text bears on (a claim incompatible with it): the cited "
                "text is the authority it judges by, not what it disapproves of."
            ),
        ),
        _v(
            "appreciate",
            "appreciates",
            "agreesWith",
            "appreciating|appreciates",
            "The citing text appreciates the cited text.",
        ),
        _v(
            "look-forward",
            "looksForwardTo",
            "citesForInformation",
            "looking forward to|looks forward to",
            "The citing text looks forward to the cited text or its implementation.",
            "looks forward to",
        ),
        _v("affirm", "affirms", "confirms", "affirming|affirms", "The citing text affirms the cited text."),
        _v(
            "demand",
            "demands",
            "citesAsAuthority",
            "demanding|demands",
            "The citing text demands compliance with the cited text.",
        ),
        _v(
            "expect",
            "expects",
            "citesAsAuthority",
            "expects",
            "The citing text expects compliance with the cited text.",
        ),
        _v(
            "refer",
            "refersTo",
            "citesForInformation",
            "referring|refers",
            "The citing text refers to the cited text.",
            "refers to",
        ),
        _v(
            "confirm",
            "confirms",
            "confirms",
            "confirming|confirms",
            "The citing text confirms the cited text.",
        ),
        _v(
            "remind",
            "reminds",
            "citesAsAuthority",
            "reminding|reminds",
            "The citing text reminds others of the cited text.",
        ),
        _v(
            "renew",
            "renews",
            "confirms",
            "renewing|renews",
            "The citing text renews what it said of the cited text.",
        ),
        _v("uphold", "upholds", "confirms", "upholding|upholds", "The citing text upholds the cited text."),
        _v(
            "concern",
            "isConcernedAbout",
            "citesForInformation",
            "concerned",
            "The citing text is concerned about what the cited text bears on.",
            "is concerned about",
        ),
        _v(
            "alarm",
            "isAlarmedAt",
            "citesForInformation",
            "alarmed",
            "The citing text is alarmed at what the cited text bears on.",
            "is alarmed at",
        ),
        _v(
            "convince",
            "isConvincedOf",
            "citesForInformation",
            "convinced",
            "The citing text is convinced of something the cited text bears on.",
            "is convinced of",
        ),
        _v(
            "disturb",
            "isDisturbedBy",
            "citesForInformation",
            "disturbed",
            "The citing text is disturbed by what the cited text bears on.",
            "is disturbed by",
        ),
        # an adjective, not a participle: its lemma is the word itself ("Indignant that South Africa's
        # insistence on ... has obstructed the implementation of resolution 435 (1978)" -> indignant)
        _v(
            "indignant",
            "isIndignantAt",
            "citesAsAuthority",
            "indignant",
            (
                "The citing text is indignant at what obstructs the cited text (its implementation): the cited "
                "text is the authority it judges by, not what it disapproves of."
            ),
            "is indignant at",
        ),
        _v(
            "cite",
            "citesAsRelated",
            "cites",
            "",
            "The reference only names the source of something else (as adopted in, pursuant to).",
            "cites",
        ),
        _v(
            "source",
            "citesAsSource",
            "citesAsSourceDocument",
            "",
            "A footnote gives the cited text as the source of a name in the body.",
            "cites as source",
        ),
    ]
}

#: Forms printed as past participles ("Concerned that, since the adoption of its resolutions ...",
#: "Determined to ensure ..."): they govern a reference only as the opening of a preambular
#: paragraph, after adverbs at most ("Deeply concerned"); elsewhere they are as often adjectives
#: ("the States concerned") or past tenses ("the Council determined"). "Indignant" (S/RES/539 P7) too.
OPENING_ONLY = frozenset({"concerned", "alarmed", "convinced", "disturbed", "determined", "indignant"})

# Longest forms first, so that "taking note" wins over a shorter opening.
_FORMS: list[tuple[tuple[str, ...], str]] = sorted(
    ((tuple(f.split()), v.lemma) for v in VERBS.values() for f in v.forms if f),
    key=lambda t: -len(t[0]),
)


#: Past tenses whose form is no lemma plus "ed": "called upon" (call-upon).
_IRREGULAR_PAST = {"called upon": "call-upon", "called for": "call-for", "found": "find", "heard": "hear"}


def lemma_of_past(past: str) -> str | None:
    """The lemma of a verb of the table printed in the past ("requested", "called upon"), else None: the verb of a
    relative clause ("in which it requested ...") that governs what the clause names.

    >>> lemma_of_past("requested"), lemma_of_past("expressed"), lemma_of_past("called  upon"), lemma_of_past("proclaimed")
    ('request', 'express', 'call-upon', None)
    """
    key = " ".join(past.lower().split())
    if key in _IRREGULAR_PAST:
        return _IRREGULAR_PAST[key]
    for base in (key[:-2], key[:-1], key[:-3] + "y"):  # requested, decided, studied
        if base in VERBS and base not in ("cite", "source"):
            return base
    return None


def lemma_of(opening: str) -> str | None:
    """The lemma whose form begins ``opening`` (case-insensitive, word-aligned), else None."""
    words = opening.lower().replace(",", " ").split()
    for form, lemma in _FORMS:
        if tuple(words[: len(form)]) == form:
            return lemma
    return None


def relation_lemma(text: str) -> str | None:
    """A verb as a user types it (the lemma, the property, the label, the command's name, any case) -> its lemma,
    or None; what every ``--relation`` option takes.

    >>> [relation_lemma(t) for t in ("reaffirm", "Reaffirms", "takes note of", "takes-note", "cg:recalls")]
    ['reaffirm', 'reaffirm', 'take-note', 'take-note', 'recall']
    >>> relation_lemma("is-alarmed-at"), relation_lemma("bananas")
    ('alarm', None)
    >>> [relation_lemma(t) for t in ("Reaffirming", "taking note of", "bearing in mind", "noting")]
    ['reaffirm', 'take-note', 'bear-in-mind', 'note']
    """
    t = " ".join(text.strip().lower().removeprefix("cg:").replace("-", " ").split())
    for lemma, v in VERBS.items():
        label = v.label.lower()
        if t in (lemma.replace("-", " "), v.prop.lower(), label, label.removesuffix(" of")):
            return lemma
    for (
        lemma,
        v,
    ) in VERBS.items():  # as a resolution prints it: "Reaffirming", "Taking note of", "Bearing in mind"
        if t in v.forms or t.removesuffix(" of") in v.forms:
            return lemma
    return None
