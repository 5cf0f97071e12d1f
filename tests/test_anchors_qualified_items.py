"""anchors.py, audit9 (round 6c): what a footnote mark carries when the words at it only qualify an item named before
them: a topic set apart by a comma (", on antimicrobial resistance,"), the session an act was done at ("at its
substantive session of 2024"), the body that adopted a document named in plain words ("adopted by the Inter-Agency
Standing Committee"), and a body named again by its short name after another clause ("the new five-year workplan of the
Working Group"). One table per rule, from the corpus's own sentences (exact expected anchors); each table has cases that
must stay as they were."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

# A topic in plain words set apart by a comma after a named item does not end the item: the item carries the mark, not an
# earlier item of the list. (paragraph, footnote number, anchor)
COMMA_TOPIC = [
    (
        "Recalling the High-level Interactive Dialogue on Antimicrobial Resistance, held in New York on 29 April 2021, and"
        " the action plan on antimicrobial resistance 2021\u20132025 of the Food and Agriculture Organization of the"
        " United Nations, as well as resolution 6/2019 of 28 June 2019 of the Conference of the Food and Agriculture"
        " Organization of the United Nations, on antimicrobial resistance,\u00b9",
        1,
        "resolution 6/2019 of 28 June 2019 of the Conference of the Food and Agriculture Organization of the United"
        " Nations",
    ),  # A/RES/78/168 F21: C 2019/REP, appendix C (was the High-level Interactive Dialogue, audit9 gaK 1)
    (
        "Recalling the High-level Dialogue, and Human Rights Council resolution 52/1 of 4 April 2023, on the right to"
        " food,\u00b9",
        1,
        "Human Rights Council resolution 52/1",
    ),  # the lead's probe (was "right to food")
    (
        "Recalling the adoption of resolution 2000/22 of 18 August 2000, on the promotion of dialogue on human rights"
        " issues, by the Subcommission on the Promotion and Protection of Human Rights at its fifty-second session,\u00b9",
        1,
        "resolution 2000/22",
    ),  # A/RES/78/199 F6: E/CN.4/2001/2-E/CN.4/Sub.2/2000/46, the Subcommission's report (was "promotion of dialogue")
    # unchanged: no comma before "on" (the subject goes on the name), or no name before the comma
    (
        "Recalling resolution 6/2019 of 28 June 2019 of the Conference of the Food and Agriculture Organization of the"
        " United Nations on food safety,\u00b9",
        1,
        "resolution 6/2019 of 28 June 2019 of the Conference of the Food and Agriculture Organization of the United"
        " Nations",
    ),
    (
        "Invites Member States to consider ratifying relevant conventions of the International Labour Organization,"
        " including the Domestic Workers Convention, 2011 (No. 189), on decent work for domestic workers,\u00b9",
        1,
        "Domestic Workers Convention, 2011 (No. 189)",
    ),
    (
        "Recalling its efforts, on the right to food,\u00b9",
        1,
        "right to food",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), COMMA_TOPIC)
def test_a_topic_set_apart_by_a_comma(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A document named by plain words, and the participle that says who adopted or recommended it, before the body's name or
# the session it acted at: the document carries the mark, read with who adopted it (gold 002 F16 reads "agreed conclusions
# adopted by the Commission on the Status of Women at its fifty-seventh session" so); what was done "at its <n> session"
# is read with the session, never the session alone. (paragraph, footnote number, anchor)
DONE_BY_OR_AT = [
    (
        "Welcomes the outcome of the twenty-seventh humanitarian affairs segment of the Economic and Social Council at its"
        " substantive session of 2024,\u00b9 and also welcomes the adoption of Economic and Social Council resolution"
        " 2024/8;",
        1,
        "outcome of the twenty-seventh humanitarian affairs segment of the Economic and Social Council at its substantive"
        " session of 2024",
    ),  # A/RES/79/140 F15 (78/119 F15 the same): A/79/3, the Council's report (was "its substantive session of 2024",
    # audit9 gaH 1)
    (
        "notes the six core principles relating to sexual exploitation and abuse adopted by the Inter-Agency Standing"
        " Committee,\u00b9 and encourages Member States",
        1,
        "six core principles relating to sexual exploitation and abuse adopted by the Inter-Agency Standing Committee",
    ),  # A/RES/79/140 F16 (78/119 F16 the same): A/57/465, annex I, the principles (was the Committee, audit9 gaH 2)
    (
        "Recalling also the resolutions and decisions adopted by the Conference of the States Parties to the United"
        " Nations Convention against Corruption at its ninth session, held in Sharm el-Sheikh, Egypt, from 13 to 17"
        " December 2021,\u00b9",
        1,
        "resolutions and decisions adopted by the Conference of the States Parties to the United Nations Convention"
        " against Corruption at its ninth session",
    ),  # A/RES/78/140 F2: CAC/COSP/2021/17, sect. I (was "its ninth session")
    (
        "Agrees that the Committee, at its sixty-seventh session, should consider the substantive items recommended at"
        " its sixty-sixth session,\u00b9 taking into account the concerns of all countries,",
        1,
        "substantive items recommended at its sixty-sixth session",
    ),  # A/RES/78/72 F8 (79/87 F10, 80/76 F10 the same): the Committee's report, para. 404 (was the session, gaI)
    (
        "Recalling its relevant resolutions adopted at its eleventh emergency special session\u00b9 as well as its"
        " resolutions 68/262 of 27 March 2014,",
        1,
        "relevant resolutions adopted at its eleventh emergency special session",
    ),  # A/RES/78/316 F2: resolutions ES-11/1, ES-11/2, ES-11/4 and ES-11/6 (was the session)
    (
        "Requests the Secretary-General to ensure that the Mechanism is adequately funded, consistent with the"
        " resolution adopted by the Conference of the States Parties at its sixth session;\u00b9",
        1,
        "resolution adopted by the Conference of the States Parties at its sixth session",
    ),  # A/RES/79/190 F34: CAC/COSP/2015/10, the Conference's report (was "its sixth session")
    (
        "Recalling the high-level segment of the sixty-fifth session of the Executive Committee of the Programme of the"
        " United Nations High Commissioner for Refugees, held in Geneva from 29 September to 3 October 2014, and the"
        " statement adopted on 30 September 2014 by States members of the Executive Committee,\u00b9 and expressing deep"
        " concern",
        1,
        "statement adopted on 30 September 2014 by States members of the Executive Committee",
    ),  # A/RES/78/185 F6: A/69/12/Add.1, annex I, the statement (was "members of the Executive Committee", ga23v)
    (
        "and the statement adopted on 30 September 2014 by the Executive Committee,\u00b9",
        1,
        "statement adopted on 30 September 2014 by the Executive Committee",
    ),  # the same with the body itself as agent: the date between participle and "by" no longer hides the document
    # unchanged: a title adopted by a body (the title is read), a document noun read with its session (gold 002 F16)
    (
        "Recalling the Declaration adopted on 30 September 2014 by the Executive Committee,\u00b9",
        1,
        "Declaration",
    ),  # a capitalised name before the dated participle is read alone, as before
    (
        "Recalling the statement by the President of the Security Council of 30 September 2014,\u00b9",
        1,
        "statement by the President of the Security Council",
    ),  # no participle before "by": read as before
    (
        "Recalling the Vienna Declaration and Programme of Action adopted by the World Conference on Human Rights,\u00b9",
        1,
        "Vienna Declaration and Programme of Action",
    ),
    (
        "Recalling the agreed conclusions adopted by the Commission on the Status of Women at its fifty-seventh"
        " session,\u00b9",
        1,
        "agreed conclusions adopted by the Commission on the Status of Women at its fifty-seventh session",
    ),  # gold 002 F16
]


@pytest.mark.parametrize(("body", "number", "anchor"), DONE_BY_OR_AT)
def test_a_document_a_body_adopted_or_what_was_done_at_a_session(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A body named again by its short name after a clause of its own (", and notes with satisfaction ..."): the plain noun
# phrase before "of the" and that name is the document, and a report named in the clause before does not carry the mark
# (its subject ends before the new verb). (paragraph, footnote number, anchor)
SHORT_NAME_AFTER_A_CLAUSE = [
    (
        "Takes note of the report of the Working Group on the Use of Nuclear Power Sources in Outer Space on the work"
        " conducted under its multi-year workplan,\u00b9 as finalized at the sixtieth session of the Scientific and"
        " Technical Subcommittee, and notes with satisfaction the new five-year workplan of the Working Group;\u00b2",
        2,
        "new five-year workplan of the Working Group",
    ),  # A/RES/78/72 F19: A/AC.105/1279, annex III, para. 8, the workplan (was footnote 18's report, audit9 gaI 1)
    (
        "Takes note of the report of the Working Group on the Use of Nuclear Power Sources in Outer Space on the work"
        " conducted under its multi-year workplan,\u00b9 as finalized at the sixtieth session of the Scientific and"
        " Technical Subcommittee, and notes with satisfaction the work under the five-year workplan of the Working"
        " Group;\u00b2",
        2,
        "five-year workplan of the Working Group",
    ),  # A/RES/79/87 F24: the same (was footnote 23's report)
    (
        "and notes with satisfaction the work carried out by the International Asteroid Warning Network and the Space"
        " Mission Planning Advisory Group to strengthen international cooperation, with the support of the Office,"
        " serving as the permanent secretariat of the Advisory Group;\u00b9",
        1,
        "permanent secretariat of the Advisory Group",
    ),  # A/RES/78/72 F20, 79/87 F25, 80/76 F20: the Committee's report on it (was "Advisory Group", gaI Debatable 3)
    # unchanged: footnote 18 keeps its report; a report whose subject runs on to the mark with no verb of its own
    (
        "Takes note of the report of the Working Group on the Use of Nuclear Power Sources in Outer Space on the work"
        " conducted under its multi-year workplan,\u00b9 as finalized at the sixtieth session of the Scientific and"
        " Technical Subcommittee, and notes with satisfaction the new five-year workplan of the Working Group;\u00b2",
        1,
        "report of the Working Group on the Use of Nuclear Power Sources in Outer Space on the work conducted under its"
        " multi-year workplan",
    ),
    (
        "Having considered the report of the Acting Mediator on the hostilities which broke out in southern Palestine on"
        " 22 December 1948,\u00b9",
        1,
        "report of the Acting Mediator",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), SHORT_NAME_AFTER_A_CLAUSE)
def test_a_short_name_after_a_clause_of_its_own(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# An item after "including" (or "including through") that runs on to the mark, a name in capitals and a plain noun after
# it, carries the mark, not the object a cut before the list opener leaves. (paragraph, footnote number, anchor)
NAMED_ITEM_AFTER_INCLUDING = [
    (
        "in this regard welcomes the progress of the United Nations Secretary-General\u2019s call\nto protect everyone on"
        " Earth through universal coverage of early warning systems,\nincluding through the Early Warnings for All"
        " initiative;\u00b9",
        1,
        "Early Warnings for All initiative",
    ),  # A/RES/79/227 F41, 78/168 F41 (decisions 2/CP.27 and 2/CMA.4; was "United Nations Secretary-General’s call")
    # unchanged: an item that ends in a name is read by the walk, as before
    (
        "(iii) Raising awareness of the importance of resilient and sustainable tourism,\nincluding through Global"
        " Tourism Resilience Day;\u00b9",
        1,
        "Global Tourism Resilience Day",
    ),  # A/RES/78/317 F11
    (
        "and deeply concerned by the ensuing persistent violations of international law\ncommitted by Israel, including"
        " international humanitarian and human rights law,\nincluding discriminatory policies against the Palestinian"
        " civilian population in the\nOccupied Palestinian Territory, including East Jerusalem, \u00b9",
        1,
        "Occupied Palestinian Territory, including East Jerusalem",
    ),  # A/RES/78/76 F6 (a place after "including" ends in a name: no plain noun after it)
    # an item singled out after a comma ("..., particularly under the ... project") carries the mark too (audit r2a)
    (
        "61. Encourages the Authority to continue its work towards the standardization of\nmarine bathymetric"
        " information collected in the Area, in cooperation with relevant\ninternational organizations, including the"
        " Intergovernmental Oceanographic\nCommission and the International Hydrographic Organization, particularly"
        " under\nthe Seabed 2030 project;\u00b9",
        1,
        "Seabed 2030 project",
    ),  # A/RES/80/110 F36, 79/144 F36, 78/69 F43 (ISBA/23/A/2; was "Authority", the one asked)
    (
        "Encourages the Authority to continue its work, including with relevant organizations, in particular through"
        " the Seabed 2030 project;\u00b9",
        1,
        "Seabed 2030 project",
    ),  # probe: "in particular through"
    (
        "Encourages the Authority to continue its work, including with relevant organizations, particularly in"
        " developing countries;\u00b9",
        1,
        "work",
    ),  # probe: no name singled out, the reading stays as before
]


@pytest.mark.parametrize(("body", "number", "anchor"), NAMED_ITEM_AFTER_INCLUDING)
def test_a_named_item_after_including(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A preposition that opens an aside at the mark ("the work, under the five-year workplan,¹³ of the Working Group") is
# no part of the name: the plain noun phrase after it carries the mark (audit-ga6). (paragraph, footnote number, anchor)
PREPOSITION_OPENING_THE_READ = [
    (
        "8. Notes with satisfaction the work, under the five-year workplan,\u00b9 of the\nWorking Group on Legal Aspects"
        " of Space Resource Activities of the Legal\nSubcommittee;",
        1,
        "five-year workplan",
    ),  # A/RES/78/72 F13 (A/AC.105/1260, annex II, appendix; was "under the five-year workplan")
    (
        "10. Notes with satisfaction the progress in work, under its multi-year\nworkplan,\u00b9 of the Working Group on"
        " the Status and Application of the Five United\nNations Treaties on Outer Space of the Legal Subcommittee;",
        1,
        "multi-year workplan",
    ),  # A/RES/79/87 F17 (A/79/20; was "under its multi-year workplan"): "its" kept, as in "its relevant resolutions"
    # unchanged: a name after "under" is read as before, and "under" inside a read is kept
    (
        "Takes note of the report of the Working Group on the Use of Nuclear Power Sources in Outer Space on the work"
        " conducted under its multi-year workplan,\u00b9 as finalized at the sixtieth session of the Scientific and"
        " Technical Subcommittee;",
        1,
        "report of the Working Group on the Use of Nuclear Power Sources in Outer Space on the work conducted under its"
        " multi-year workplan",
    ),
    (
        "Recalling the obligations of States under the Convention on the Rights of the Child,\u00b9",
        1,
        "Convention on the Rights of the Child",
    ),
]


@pytest.mark.parametrize(("body", "number", "anchor"), PREPOSITION_OPENING_THE_READ)
def test_a_preposition_opening_the_read_is_no_part_of_the_name(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
