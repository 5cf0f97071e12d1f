"""``citegraph extract`` against blind gold: 134 texts annotated by independent readers of SCHEMA.md.

Issue 3 asks that the floors met on the shipped gold (seeds 000 and 002) hold on documents whose
gold the project does not have, "a large gap between the two means the grammar was tuned to files,
not rules". ``tests/fixtures/blind_gold/`` holds such gold, written before its readers saw any
output of citegraph (its README says how). The floors are the issue's, scored by
``../shared/tools/score_refs.py``; the disagreements that remain are listed one by one, each
decided under SCHEMA.md, so that a change in any of them is seen.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from scoring import FLOORS, load_scorer

from citegraph.cli import main

BLIND = Path(__file__).resolve().parent / "fixtures" / "blind_gold"

#: What the extractor and the blind gold still disagree on, each ambiguous under SCHEMA.md and decided
#: the extractor's way by earlier audits (the fixture's README gives the reasons).
KNOWN = [
    # outside knowledge: no text at hand cites the draft's resolution
    "001_f64c22de6ca2032f meta.inferred_symbol: gold='A/RES/68/193' pred=None",
    # a symbol in brackets after another: both are read
    "A_RES_78_198 F12 C 2013/20: extra (surface 'C 2013/20')",
    # a decision after a report's symbol is a reference of its own (SCHEMA's target table lists it)
    "A_RES_78_198 F22 FCCC/CP/DEC/1/CP.21: extra (surface '1/CP.21')",
    "A_RES_80_147 F3 FCCC/CP/DEC/1/CP.21: extra (surface '1/CP.21')",
    # "Council resolution 1645 (2005) and General Assembly resolution 60/180 of <date>": two bodies' items
    "A_RES_78_257 P2 S/RES/1645 (2005): date gold='2005-12-20' pred=None",
    # the paragraphs the footnote cites, and the article at the mark
    "A_RES_80_53 F1 A/RES/S-10/2: anchor gold='Final Document of the Tenth Special Session of the General Assembly'"
    " pred='paragraphs relevant to nuclear disarmament and to verification'",
    "A_RES_80_53 F11 NPT/CONF.2010/50 (Vol. I): anchor gold='unequivocal undertaking of nuclear-weapon States to"
    " accomplish the total elimination of their nuclear arsenals leading to nuclear disarmament'"
    " pred='article VI thereof'",
    # the request's letter is the document it is "contained in"
    "S_RES_574_1985 P1 S/17510: relation gold='cite' pred='consider'",
    # "its resolution 27 (1947) ... should be interpreted as meaning that the use of the armed forces ... is
    # inconsistent with Council resolution 27 (1947)": the standard a thing falls short of, as "consistent with"
    "S_RES_36_1947 O4 S/RES/27 (1947): relation gold='advise' pred='cite'",
    # "the General Peace Agreement for Mozambique (S/24635, annex)": the verb's object
    "S_RES_882_1993 P3 S/24635: relation gold='cite' pred='reiterate'",
    # "further recalling the adoption of resolutions 72/276 and 2413 (2018) ..., and recognizing in this regard the
    # important role played by special political missions ..., as well as resolutions 75/201 and 2558 (2020)": the
    # nearest participle's list goes on ("as well as"); the reader took it back to the adoption recalled
    "A_RES_78_79 P5 A/RES/75/201: relation gold='recall' pred='recognize'",
    "A_RES_78_79 P5 S/RES/2558 (2020): relation gold='recall' pred='recognize'",
    # "Expresses its conviction that ... unless the parties comply strictly with their obligations under the General
    # Armistice Agreement and the cease-fire provisions of its resolution 54 (1948)": a verb of the that-clause
    # governs nothing (as an infinitive does not: gold 002 P65)
    "S_RES_106_1955 O3 S/RES/54 (1948): relation gold='comply' pred='express'",
    # a mark after a place ("... in the Gaza Strip on 28 February 1955,³"): no name at the mark, the words before it
    "S_RES_106_1955 F3 S/3373: anchor gold='Egyptian-Israel Mixed Armistice Commission' pred='Gaza Strip'",
    # "Reaffirms the affirmation in its resolution 91 (1951)": an affirmation's resolution is its source (readers
    # split: A_RES_79_91 O6 above gives cite)
    "S_RES_122_1957 O1 S/RES/91 (1951): relation gold='reaffirm' pred='cite'",
    # "Having considered the report ..., informing the Council of the steps taken ... to comply with the Council's
    # resolution 27 (1947)": a participle after the noun it describes is no governing verb
    "S_RES_41_1948 P1 S/RES/27 (1947): relation gold='inform' pred='consider'",
    # "Decides that the prohibitions in paragraph 4 (c) of resolution 757 (1992) ... shall not apply": prohibitions
    # are no act noun; the resolution names their source
    "S_RES_760_1992 O1 S/RES/757 (1992): relation gold='decide' pred='cite'",
    # the same decisions after a report's symbol, and one designation per end of a range ("decisions 9/CP.19 to
    # 15/CP.19"), where this reader took them for locators ("chap. I, resolution 1, annex")
    "A_RES_78_153 F2 FCCC/CP/DEC/1/CP.21: extra (surface '1/CP.21')",
    "A_RES_78_153 F24 FCCC/CP/DEC/9/CP.19: extra (surface '9/CP.19')",
    "A_RES_78_153 F24 FCCC/CP/DEC/15/CP.19: extra (surface '15/CP.19')",
    "A_RES_78_153 F29 FCCC/CP/DEC/19/CMA.1: extra (surface '19/CMA.1')",
    "A_RES_78_153 F37 FCCC/CP/DEC/3/CP.25: extra (surface '3/CP.25')",
    "A_RES_78_189 F32 FCCC/CP/DEC/1/CP.21: extra (surface '1/CP.21')",
    "A_RES_78_189 F33 FCCC/CP/DEC/1/CP.21: extra (surface '1/CP.21')",
    # "recalls with appreciation the work ..., which led to the adoption of Assembly resolution 71/321": "lead to" takes
    # no object; the paragraph's verb
    "A_RES_78_189 O50 A/RES/71/321: relation gold='lead' pred='recall'",
    # a second mark of a list that shares its head and its "on its" ("reports of the Committee ... on its thirty-third
    # and thirty-fourth sessions²⁹ and thirty-fifth and thirty-sixth sessions;³⁰"): the shared head, as for "reports
    # ... pursuant to resolutions X,¹ Y,²" (a second subject with its own "and on" is read with the head: "political
    # declarations on universal health coverage", which holds both readings)
    "A_RES_78_217 F30 A/78/48: anchor gold='thirty-fifth and thirty-sixth sessions' pred='reports of the Committee"
    " on the Protection of the Rights of All Migrant Workers and Members of Their Families'",
    # "Recalling the adoption of the United Nations Global Plan of Action ... by the General Assembly in its resolution
    # 64/293": the adoption recalled, as SCHEMA's "Welcoming the adoption, by its resolution 70/175, of"
    "A_RES_78_228 P8 A/RES/64/293: relation gold='cite' pred='recall'",
    # "Also recalls its decision, in its resolution 68/192, to appraise ..., and therefore reiterates its decision,
    # in its resolution 76/186, to convene": the decision recalled; readers split (A_RES_79_125 O5 gave the verb)
    "A_RES_78_228 O5 A/RES/68/192: relation gold='cite' pred='recall'",
    "A_RES_78_228 O5 A/RES/76/186: relation gold='cite' pred='reiterate'",
    # one mark after two resolutions ("resolutions 10/1 ..., and 10/3, ..., adopted by the Conference"): the last one
    "A_RES_78_228 F32 CTOC/COP/2020/10: anchor gold='resolutions 10/1' pred='10/3'",
    # a footnote mark whose footnote the text lost is not counted
    "S_RES_890_1993 meta.footnote_count: gold=2 pred=1",
    # -- round 2 (67 more texts, twelve other readers) --
    # the UNFCCC decision after the report's symbol again (two readers of round 2 gave it, as the extractor does; two
    # took it for a locator)
    "A_RES_79_139 F3 FCCC/CP/DEC/1/CP.21: extra (surface '1/CP.21')",
    "A_RES_80_113 F3 FCCC/CP/DEC/1/CP.21: extra (surface '1/CP.21')",
    # a mark after plain words that name nothing ("... to develop effective measures to contribute to countering the
    # threat of improvised explosive devices, ⁴", the Guiding Principles on Business and Human Rights): the words before
    # the first cut of the clause
    "A_RES_79_53 F4 A/HRC/17/31: anchor gold='effective measures to contribute to countering the threat of improvised"
    " explosive devices' pred='misuse of their products'",
    # OCR damage: "..., were declared illegal and invalid,\noncoming its resolution 269 (1969) of 12 August 1969," (the
    # adopted text opens a paragraph there); no participle, so no new paragraph, and every later one is one lower
    "S_RES_283_1970 P2 S/RES/269 (1969): extra (surface '269 (1969)')",
    "S_RES_283_1970 P3 S/RES/269 (1969): missed (surface '269 (1969)')",
    "S_RES_283_1970 P5 S/RES/282 (1970): extra (surface '282 (1970)')",
    "S_RES_283_1970 P6 S/RES/276 (1970): extra (surface '276 (1970)')",
    "S_RES_283_1970 P6 S/RES/282 (1970): missed (surface '282 (1970)')",
    "S_RES_283_1970 P7 S/RES/276 (1970): missed (surface '276 (1970)')",
    "S_RES_283_1970 meta.preambular_count: gold=9 pred=8",
    # "Reaffirms its decision in resolution 662 (1990) that annexation ... is null and void": the decision reaffirmed
    # (as "Recalls its decision, in its resolution 72/118, to"; readers split)
    "S_RES_664_1990 O3 S/RES/662 (1990): relation gold='cite' pred='reaffirm'",
]


#: A second blind reading of the three seeds, by two other readers: where readers of SCHEMA.md differ. The
#: first reading (above) agrees with the extractor on these lines; each is decided as the shipped gold decides
#: its nearest case.
KNOWN_SECOND = [
    "001_f64c22de6ca2032f meta.inferred_symbol: gold='A/RES/68/193' pred=None",
    # "underlining the importance of the practical assistance tool aimed at supporting ... the implementation of
    # resolutions 68/186 ..., 69/196 and 70/76": a gerund after "aimed at" is no main verb (as an infinitive is
    # not: 002 P65 "noting the efforts ... to implement resolutions" -> note)
    "003_70c60a70578a8edc P50 A/RES/68/186: relation gold='support' pred='underline'",
    "003_70c60a70578a8edc P50 A/RES/69/196: relation gold='support' pred='underline'",
    "003_70c60a70578a8edc P50 A/RES/70/76: relation gold='support' pred='underline'",
    # "Welcoming the twentieth anniversary of the adoption, by its resolution 58/4 ..., of the Convention": the
    # anniversary is welcomed and the resolution its source, as 002 O6 ("welcomes the twentieth anniversary of
    # the adoption of the Convention by its resolution 55/25" -> cite)
    "004_8557d7812f93ebe1 P28 A/RES/58/4: relation gold='welcome' pred='cite'",
]


def _text(stem: str, corpus: Path, data_dir: Path) -> Path:
    found = [*corpus.glob(f"*/{stem}.txt"), *data_dir.glob(f"{stem}.txt")]
    assert len(found) == 1, stem
    return found[0]


def _score(folder: Path, shared: Path, corpus: Path, data_dir: Path) -> tuple[dict, list[str]]:
    """The gold files of ``folder`` against ``citegraph extract`` of their texts, read in one run."""
    files = sorted(folder.glob("*.jsonl"))
    gold = [json.loads(line) for f in files for line in f.read_text(encoding="utf-8").splitlines() if line]
    texts = [str(_text(f.stem, corpus, data_dir)) for f in files]
    result = CliRunner().invoke(main, ["extract", *texts, "--format", "jsonl", "--alone"])
    assert result.exit_code == 0, result.stderr
    predicted = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
    return load_scorer(shared).score(gold, predicted)


@pytest.fixture(scope="module")
def scored(shared: Path, corpus: Path, data_dir: Path) -> tuple[dict, list[str]]:
    return _score(BLIND, shared, corpus, data_dir)


def test_the_floors_hold_on_blind_gold(scored: tuple[dict, list[str]]):
    result, _ = scored
    assert (result["docs"], result["tp"], result["fn"]) == (134, 3209, 3)
    assert result["f1"] >= FLOORS["f1"] and result["precision"] >= FLOORS["f1"], result
    for field in ("relation", "date", "anchor"):
        assert result["field_accuracy"][field] >= FLOORS[field], result["field_accuracy"]


def test_the_remaining_disagreements_are_the_known_ones(scored: tuple[dict, list[str]]):
    _, errors = scored
    assert sorted(errors) == sorted(KNOWN)


def test_a_second_reading_of_the_seeds(shared: Path, corpus: Path, data_dir: Path):
    result, errors = _score(BLIND / "second_reading", shared, corpus, data_dir)
    assert (result["docs"], result["tp"], result["fp"], result["fn"]) == (3, 329, 0, 0)
    for field in ("relation", "date", "anchor"):
        assert result["field_accuracy"][field] >= FLOORS[field], result["field_accuracy"]
    assert sorted(errors) == sorted(KNOWN_SECOND)
