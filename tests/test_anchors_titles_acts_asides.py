"""anchors.py: titles, acts and asides (audit13 ga144a round, A_RES_79_144; the same paragraphs recur in A_RES_78_69 and
A_RES_80_110): a title that runs on over ", including" and capitalised words, an opinion "rendered by" a court after its
subject, a decision "adopted by" a body whose content is a "that" clause, and a request "by" a body "to" the one asked
whose infinitive follows an aside; one table per rule, from the corpus's own sentences (exact expected anchors)."""

from __future__ import annotations

import pytest
from conftest import footnote_anchors

# (paragraph with superscript marks, footnote number, anchor)

# A title runs on over ", including" when capitalised words follow (audit13 ga144a Likely 11): "Global Reporting and
# Assessment of the State of the Marine Environment, including Socioeconomic Aspects" is one title.
TITLE_INCLUDING = [
    (
        "Having considered the reports of the Secretary-General,\u00b2 the reports on the work\nof the Ad Hoc Working"
        " Group of the Whole on the Regular Process for Global\nReporting and Assessment of the State of the Marine"
        " Environment, including\nSocioeconomic Aspects (the Regular Process),\u00b3 the report on the work of the"
        " United\nNations Open-ended Informal Consultative Process",
        3,
        "reports on the work of the Ad Hoc Working Group of the Whole on the Regular Process for Global Reporting"
        " and Assessment of the State of the Marine Environment, including Socioeconomic Aspects (the Regular"
        " Process)",
    ),  # A/RES/79/144 F3, A/78/521 and A/79/70 (was "Socioeconomic Aspects (the Regular Process)")
    (
        "and deeply concerned by the ensuing persistent violations of international law\ncommitted by Israel,"
        " including international humanitarian and human rights law,\nincluding discriminatory policies against the"
        " Palestinian civilian population in the\nOccupied Palestinian Territory, including East Jerusalem, \u00b9",
        1,
        "Occupied Palestinian Territory, including East Jerusalem",
    ),  # A/RES/78/76 F6 (was "East Jerusalem"): the territory's name as printed, which holds the old anchor
    (
        "Recalling the United Nations Conference on Environment and Development, including the Rio Declaration on"
        " Environment and Development,\u00b9",
        1,
        "Rio Declaration on Environment and Development",
    ),  # negative: "including the" and an instrument's name is an item of its own (_title_including's example)
    (
        "Commending those who take part in peace operations, including peacekeeping operations,\u00b9",
        1,
        "peace operations, including peacekeeping operations",
    ),  # negative: lower-case words after "including" are read as before (tests/test_anchors.py)
]


@pytest.mark.parametrize(("body", "number", "anchor"), TITLE_INCLUDING)
def test_title_including(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A court's opinion named by its subject and "rendered by" (or "issued by") the court: the opinion, read with who
# rendered it as a statement "made by" someone is (audit13 ga144a Likely 4; audit-r3a).
OPINION_RENDERED_BY = [
    (
        "65. Recalls the relevance of the advisory opinion on the responsibilities and\nobligations of States"
        " sponsoring persons and entities with respect to activities in the\nArea, rendered by the Seabed Disputes"
        " Chamber of the Tribunal on 1 February 2011;\u00b9",
        1,
        "advisory opinion on the responsibilities and obligations of States sponsoring persons and entities with"
        " respect to activities in the Area, rendered by the Seabed Disputes Chamber of the Tribunal",
    ),  # A/RES/79/144 F34, A/RES/80/110 F34, ISBA/17/A/9 (was "Seabed Disputes Chamber of the Tribunal")
    (
        "201. Takes note of the advisory opinion on climate change and international law\nrendered by the"
        " International Tribunal for the Law of the Sea on 21 May 2024;\u00b9",
        1,
        "advisory opinion on climate change and international law rendered by the International Tribunal for the"
        " Law of the Sea",
    ),  # A/RES/79/144 F107 (a footnote with no reference line; was "International Tribunal for the Law of the Sea")
    (
        "67. Recalls the relevance of the advisory opinion on the responsibilities and\nobligations of States"
        " sponsoring persons and entities with respect to activities in the\nArea, issued by the Seabed Disputes"
        " Chamber of the Tribunal on 1 February 2011;\u00b9",
        1,
        "advisory opinion on the responsibilities and obligations of States sponsoring persons and entities with"
        " respect to activities in the Area, issued by the Seabed Disputes Chamber of the Tribunal",
    ),  # A/RES/78/69 F41, ISBA/17/A/9: "issued by" as "rendered by" (was "Area", the subject's last word; audit-r3a)
    (
        "Notes the advisory opinion on the obligations of States in the Area, issued by the Chamber, and the report"
        " of the Court of Justice,\u00b9",
        1,
        "report of the Court of Justice",
    ),  # negative: a new item after "issued by" the court is read as before
    (
        "Welcomes the advisory opinion on climate change rendered by the Tribunal, and the report of the Court of"
        " Justice,\u00b9",
        1,
        "report of the Court of Justice",
    ),  # negative: a new item after the court's name is read as before
]


@pytest.mark.parametrize(("body", "number", "anchor"), OPINION_RENDERED_BY)
def test_opinion_rendered_by(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A decision "adopted by" a body (at its session) whose content is a "that" clause or an infinitive ("to establish ..."):
# the decision, as without the clause (audit13 ga144a Likely 10; audit-r2b).
ACT_BY_BODY_THAT = [
    (
        "303. Notes the decision adopted by the Assembly of the Intergovernmental\nOceanographic Commission at its"
        " thirty-second session that warning systems for\ntsunamis generated by volcanoes should be coordinated and"
        " considered as part of the\nUnited Nations Educational, Scientific and Cultural Organization/"
        "Intergovernmental\nOceanographic Commission Global Tsunami and other Ocean-related Hazards\nWarning and"
        " Mitigation System, and also, when possible, as part of Multi-Hazard\nEarly Warning Systems;\u00b9",
        1,
        "decision adopted by the Assembly of the Intergovernmental Oceanographic Commission at its thirty-second"
        " session",
    ),  # A/RES/79/144 F154 (also 78/69 F146, 80/110 F158), Ibid. (was "Multi-Hazard Early Warning Systems")
    (
        "Also notes the decision adopted by the Assembly of the Intergovernmental Oceanographic Commission at its"
        " thirty-second session to establish an intersectoral working group;\u00b9",
        1,
        "decision adopted by the Assembly of the Intergovernmental Oceanographic Commission at its thirty-second"
        " session",
    ),  # A/RES/79/144 O369/F167 shape, no "that" clause: as before
    (
        "Notes the decision adopted by the Assembly of the Intergovernmental Oceanographic Commission that was"
        " reached at its thirty-second session on the Global Ocean Observing System;\u00b9",
        1,
        "Global Ocean Observing System",
    ),  # negative: "that was" opens a relative clause on the decision, no content; read as before
    (
        "300. Recalls the decision adopted by the Assembly of the Intergovernmental\nOceanographic Commission at its"
        " thirty-second session to establish an ad hoc\nintersessional Working Group on Ocean Observations in Areas"
        " under National\nJurisdiction;\u00b9",
        1,
        "decision adopted by the Assembly of the Intergovernmental Oceanographic Commission at its thirty-second"
        " session",
    ),  # A/RES/79/144 F153 (also 78/69 F145, 80/110 F157), decision A-32/4.8.2: an infinitive content, as F167 (was
    # "Group on Ocean Observations in Areas under National Jurisdiction", the group the decision set up)
    (
        "63. Welcomes the fact that a woman was elected Secretary-General of the\nInternational Seabed Authority for"
        " the first time, and notes the appointment of the\ninterim director general of the Enterprise pursuant to"
        " the decisions adopted by the\nCouncil to create this position;\u00b9",
        1,
        "decisions adopted by the Council",
    ),  # A/RES/79/144 F32, ISBA/28/C/10 and ISBA/28/C/23 (was "Enterprise")
    (
        "Notes the decision adopted by the Council to establish a working group, and the Global Ocean Observing"
        " System;\u00b9",
        1,
        "Global Ocean Observing System",
    ),  # negative: a new item after the infinitive's content; read as before
    (
        "Notes the decision adopted by the Council to adopt the Convention on the Law of the Sea;\u00b9",
        1,
        "Convention on the Law of the Sea",
    ),  # negative: an instrument named in the content is what a footnote sources; read as before
]


@pytest.mark.parametrize(("body", "number", "anchor"), ACT_BY_BODY_THAT)
def test_act_by_body_that(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor


# A request "by" a body "to" the one asked, whose infinitive follows an aside set apart by commas: the request, not a
# phrase in the aside (audit13 ga144a Likely 7); the body's session and the paragraph of its resolution may come
# between the body and "to the" (audit-r3a).
REQUEST_BY_TO = [
    (
        "212. Welcomes the request by the United Nations Environment Assembly to the\nExecutive Director of the"
        " United Nations Environment Programme, subject to the\navailability of resources and benefiting from the"
        " work of existing mechanisms, to\nimmediately strengthen scientific and technological knowledge with"
        " regard to marine\nlitter, including marine plastic litter and microplastics; \u00b9",
        1,
        "request by the United Nations Environment Assembly to the Executive Director of the United Nations"
        " Environment Programme",
    ),  # A/RES/79/144 F117, A/RES/80/110 F119, Ibid. (was "work of existing mechanisms")
    (
        "188. Acknowledges the request by the United Nations Environment Assembly\nto the United Nations Environment"
        " Programme to step up its work, including through\nits Regional Seas Programme, on assisting countries and"
        " regions in the application of\nthe ecosystem approach to managing the marine and coastal environment,"
        " including\nthrough enabling intersectoral cooperation in integrated coastal zone management and\nmarine"
        " spatial planning;\u00b9",
        1,
        "request by the United Nations Environment Assembly to the United Nations Environment Programme",
    ),  # A/RES/79/144 F105 shape, UNEP/EA.2/Res.10 (was "United Nations Environment Assembly to the United Nations
    # Environment Programme", which the new anchor holds)
    (
        "197. Acknowledges the request by the United Nations Environment Assembly\nat its second session, in"
        " paragraph 6 of its resolution 2/10 of 27 May 2016, to the\nUnited Nations Environment Programme to step up"
        " its work, including through its\nRegional Seas Programme, on assisting countries and regions in the"
        " application of the\necosystem approach to managing the marine and coastal environment, including\nthrough"
        " enabling intersectoral cooperation in integrated coastal zone management\nand marine spatial"
        " planning;\u00b9",
        1,
        "request by the United Nations Environment Assembly at its second session, in paragraph 6 of its resolution"
        " 2/10 of 27 May 2016, to the United Nations Environment Programme",
    ),  # A/RES/78/69 F102, A/71/25 (the body's session and the paragraph of its resolution between the body and
    # "to the": was "United Nations Environment Programme"; audit-r3a)
    (
        "Acknowledges the request by the United Nations Environment Assembly, in its resolution 2/10, to the United"
        " Nations Environment Programme to step up its work, including through its Regional Seas Programme, on"
        " marine spatial planning;\u00b9",
        1,
        "Regional Seas Programme",
    ),  # negative: only "in paragraph N of its resolution" is read as the request's aside (as before)
    (
        "219. Welcomes the request by the United Nations Environment Assembly, in\nparagraph 2 of its resolution"
        " 4/6,\u00b9 to the Executive Director of the United Nations\nEnvironment Programme, subject to the"
        " availability of resources",
        1,
        "resolution 4/6",
    ),  # negative: A/RES/78/69 O219 shape, the mark on the resolution that made the request (as before)
]


@pytest.mark.parametrize(("body", "number", "anchor"), REQUEST_BY_TO)
def test_request_by_to(body: str, number: int, anchor: str) -> None:
    assert footnote_anchors(body)[number] == anchor
