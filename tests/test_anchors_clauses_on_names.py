"""anchors.py: the name a clause or adjunct at the mark is on (audit11): a restrictive relative clause, a session
that only dates the name, an instrument named by a plain noun and its subject; one table per rule, from the corpus's
own sentences (exact expected anchors)."""

from __future__ import annotations

import pytest

from citegraph import anchors as a

# A restrictive relative clause ("that"/"which" with no comma before it and its verb) that runs to the mark is on the
# name before it, as ", which ..." is: the name carries the mark, not the plain words the clause ends in; only a name
# that holds a noun of what a footnote cites (not "Member States that have not yet become parties to ..."), and only
# when what is read at the mark is plain words. (head before the mark, anchor)
RELATIVE_CLAUSES = [
    (
        "Recalling also the 2005 Convention on the Protection and Promotion of the Diversity of Cultural Expressions,"
        "\u2075 as well as other international conventions of the United Nations Educational, Scientific and Cultural"
        " Organization that provide a comprehensive framework for the protection, safeguarding and promotion of culture"
        " in all its dimensions and acknowledge cultural diversity and economic and social development,",
        "international conventions of the United Nations Educational, Scientific and Cultural Organization",
    ),  # A/RES/78/161 F6: five UNTS volumes, UNESCO's conventions (was "economic and social development", audit11 gaA 1)
    (
        "Recalling the international conventions that provide a comprehensive framework for the protection of culture,",
        "international conventions",
    ),  # audit11 gaA 1 probe
    (
        "Recalling the conventions which provide a comprehensive framework for the protection of culture,",
        "conventions",
    ),  # audit11 gaA 1 probe: "which" without a comma
    (
        "Recalling the Convention on Culture that provides a comprehensive framework for the protection of culture,",
        "Convention on Culture",
    ),  # audit11 gaA 1 probe
    (
        "and also recalls the agreement reached by the Commission on the conditions that should be met with regard to"
        " informal meetings of the working groups between formal sessions;",
        "agreement reached by the Commission on the conditions",
    ),  # A/RES/78/103 F20, 79/117 F18: A/78/17, the Commission's report (was "be met with regard")
    # unchanged: the clause names what the mark is on; the clause's subject after "that"; no noun of a document
    (
        "Urges Member States that have not yet become parties to the international treaties governing the uses of"
        " outer space ",
        "international treaties governing the uses of outer space",
    ),  # A/RES/78/72 F11 (not "Member States"; the treaties, not only their subject: test_anchors.INSTRUMENTS_GOVERNING)
    (
        "Expresses its appreciation to the donors that have made contributions to the voluntary trust funds of the"
        " Authority, and encourages Member States, observers, contractors and other stakeholders to contribute"
        " financially to these trust funds;",
        "voluntary trust funds of the Authority",
    ),  # A/RES/78/69 F46 (not "its appreciation to the donors"; "these trust funds" named again: audit12 ga_78_69 Sure 9)
    (
        "Expresses its appreciation to States that have made contributions to the endowment fund for marine scientific"
        " research in the Area established by the Authority at its twelfth session,",
        "endowment fund",
    ),  # A/RES/78/69 F49 (as before; not "States")
    (
        "Stressing the importance of ensuring that education promotes tolerance and the protection of culture,",
        "protection of culture",
    ),  # "that" before its clause's subject opens no relative clause
    (
        "Recalling the Convention on Culture, which provides a comprehensive framework for the protection of culture,",
        "Convention on Culture",
    ),  # ", which" (a cut before this rule)
    (
        "100. Recalls its request to the Secretary-General to provide upgrades to the existing technical facilities of"
        " the Division with a view to facilitating the work of the Commission, and notes the technical upgrades that"
        " have been completed;",
        "technical upgrades that have been completed",
    ),  # A/RES/79/144 F48, 80/110 F49: a clause whose verb has two auxiliaries, read over the last words alone, is on
    # the plain noun before it (was "that have been completed", audit-ga1 of session 21)
    ("Decides that have been completed", "that have been completed"),  # a verb before it: no noun, as before
    (
        "and notes the upgrades that were completed",
        "upgrades that were completed",
    ),  # the last words hold the noun
]


@pytest.mark.parametrize(("head", "anchor"), RELATIVE_CLAUSES)
def test_a_restrictive_relative_clause_is_on_the_name_before_it(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


# (Draft) articles on a topic are an instrument named by a plain noun and its subject, read whole up to the mark as a
# conclusion or report on its topic is (the topic may open with "the" and hold capitalised words); "and on", "and the"
# open an item of their own. (head before the mark, anchor)
ARTICLES_ON = [
    (
        "Continues to acknowledge the importance and usefulness of the articles on responsibility of States for"
        " internationally wrongful acts,",
        "articles on responsibility of States for internationally wrongful acts",
    ),  # A/RES/80/159 F4: resolution 56/83, annex (was "Continues", audit11 gaC 3)
    (
        "Takes note of the draft articles on the prevention of transboundary harm,",
        "draft articles on the prevention of transboundary harm",
    ),  # audit11 gaC 3 probe (was "prevention of transboundary harm")
    (
        "Takes note once again of the articles on the responsibility of international organizations,",
        "articles on the responsibility of international organizations",
    ),  # A/RES/78/114 F4: resolution 66/100, annex (was the topic alone)
    (
        "Having considered chapter IV of the report of the International Law Commission on the work of its seventy-first"
        " session, which contains the draft articles on prevention and punishment of crimes against humanity,",
        "draft articles on prevention and punishment of crimes against humanity",
    ),  # A/RES/79/122 F2: "Ibid., chap. IV, sect. E.1", the articles (was the report, which mark 1 carries)
    # unchanged: another item after "and on"
    (
        "Recalling also the written summary of the deliberations at the first resumed session (2023) and the second"
        " resumed session (2024) of the Sixth Committee on the draft articles on prevention and punishment of crimes"
        " against humanity and on the recommendation of the Commission,",
        "written summary of the deliberations at the first resumed session (2023) and the second resumed session"
        " (2024) of the Sixth Committee on the draft articles on prevention and punishment of crimes against humanity"
        " and on the recommendation of the Commission",
    ),  # A/RES/79/122 F4: the articles are not read whole past "and on"; the summary is (audit14 re27 Likely 3)
]


@pytest.mark.parametrize(("head", "anchor"), ARTICLES_ON)
def test_articles_on_a_topic_are_read_whole(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


# A note "provided by" someone named carries the mark as a statement "made by" them does, read with the words that say
# what kind of note it is and up to the end of who provided it: where and when it was provided ("at the eightieth
# session of the General Assembly") only dates it, and the organ named there is no anchor. (head before the mark, anchor)
NOTES_PROVIDED_BY = [
    (
        "and encourages all Member States to continue the substantive dialogue on an informal basis during the period"
        " prior to the eighty-third session of the Assembly, including on the basis of the procedural options note"
        " provided by the Secretary-General at the eightieth session of the General Assembly;",
        "procedural options note provided by the Secretary-General",
    ),  # A/RES/80/159 F6: A/80/76, the note (was "General Assembly", audit11 gaC 4)
    (
        "including on the basis of the procedural options note provided by the Secretary-General;",
        "procedural options note provided by the Secretary-General",
    ),  # audit11 gaC 4 probe (was "Secretary-General")
    (
        "Recalling the note provided by the Secretary-General at the eightieth session of the General Assembly;",
        "note provided by the Secretary-General",
    ),
]


@pytest.mark.parametrize(("head", "anchor"), NOTES_PROVIDED_BY)
def test_a_note_provided_by_someone_is_read_without_the_session(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


def test_support_provided_by_someone_is_no_note() -> None:
    head = "Welcomes the support provided by the Secretary-General at the eightieth session of the General Assembly;"
    assert a._made_by(head, len(head), "General Assembly") is None


# Observations ("comments and observations") of their authors are a document noun kept before "of", as replies and
# reports are: the footnote cites the observations, not who made them. (head before the mark, anchor)
OBSERVATIONS_OF = [
    (
        "Takes note of the comments and observations of Governments",
        "comments and observations of Governments",
    ),  # A/RES/80/159 F5: A/62/63 ... A/80/156, the compilations of comments (was "Governments", audit11 gaC 6)
    ("Takes note of the observations of the Committee", "observations of the Committee"),
    # unchanged: no document noun before "of"
    ("Takes note of the efforts of Governments", "Governments"),
]


@pytest.mark.parametrize(("head", "anchor"), OBSERVATIONS_OF)
def test_observations_keep_their_noun_before_the_author(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


# A title runs on over a colon before its subtitle also when the subtitle opens with a lower-case "the" before a
# capitalised word. (head before the mark, anchor)
SUBTITLES_WITH_THE = [
    (
        "and the Havana Declaration on Current Development Challenges: the Role of Science, Technology and Innovation,",
        "Havana Declaration on Current Development Challenges: the Role of Science, Technology and Innovation",
    ),  # A/RES/78/259 F2: A/78/393, annex (was the subtitle alone, audit11 gaA 2)
    (
        "Taking note of the Declaration on Challenges: the Role of Science,",
        "Declaration on Challenges: the Role of Science",
    ),  # audit11 gaA 2 probe
    (
        "Taking note of the Havana Declaration on Current Development Challenges: The Role of Science, Technology and"
        " Innovation,",
        "Havana Declaration on Current Development Challenges: The Role of Science, Technology and Innovation",
    ),  # as before
    # unchanged: "the" and a plain word after the colon open no subtitle
    (
        "Recalling the work of the Conference on Disarmament: the programme of work of the Conference on Disarmament,",
        "programme of work of the Conference on Disarmament",
    ),
]


@pytest.mark.parametrize(("head", "anchor"), SUBTITLES_WITH_THE)
def test_a_subtitle_that_opens_with_the(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor


# An impersonal clause ", in which it is stated, inter alia, that ..." that runs on to the mark says what the instrument
# before it states: the mark is on that instrument (a revision after its name, ", as modified by ...", read as if not
# there), not on a name in the statement; only when the statement's words at the mark name no instrument and what is
# read before the clause does (audit-fish). (head before the mark, anchor)
STATED_IN = [
    (
        "251. Recalls annex V to the International Convention for the Prevention of Pollution from Ships, 1973, as"
        " modified by the Protocol of 1978 relating thereto, in which it is stated, inter alia, that the accidental"
        " loss or discharge of fishing gear which poses a significant threat to the marine environment or navigation,"
        " shall be reported to the State whose flag the ship is entitled to fly, and, where the loss or discharge "
        "occurs within waters subject to the jurisdiction of a coastal State, also to that coastal State;",
        "International Convention for the Prevention of Pollution from Ships, 1973",
    ),  # A/RES/79/145 F50 (also 78/68 F48, 80/109 F50): MEPC.201(62), the revised annex V (was "State")
    (
        "Recalls article 63, paragraph 4 (c), of the Convention, in which it is stated, inter alia, that States shall"
        " cooperate with the Organization;",
        "Convention",
    ),  # probe: the instrument before the clause
    # unchanged: the statement names an instrument (the footnote may source it); nothing named before the clause
    (
        "Recalls the report of the meeting, in which it is stated that States apply the Paris Agreement;",
        "Paris Agreement",
    ),
    (
        "Recalls the views of States, in which it is stated that the matter shall be reported to the coastal State;",
        "State",
    ),
]


@pytest.mark.parametrize(("head", "anchor"), STATED_IN)
def test_a_statement_in_which_it_is_stated_is_on_the_instrument(head: str, anchor: str) -> None:
    assert a.anchor_before(head, len(head)) == anchor
