"""The symbols module: every short form a user types reaches the canonical symbol."""

import pytest

from citegraph.symbols import SymbolError, body_of, kind_of, parse_id, protocol_decision, short, undocs_url

CASES = [
    ("75/196", "A/RES/75/196"),
    ("A/RES/75/196", "A/RES/75/196"),
    ("a/res/75/196", "A/RES/75/196"),
    ("resolution 75/196", "A/RES/75/196"),
    ("GA 75/196", "A/RES/75/196"),
    ("67/234 B", "A/RES/67/234 B"),
    ("A/RES/67/234B", "A/RES/67/234 B"),
    ("S-30/1", "A/RES/S-30/1"),
    ("ES-10/15", "A/RES/ES-10/15"),
    ("2200 A (XXI)", "A/RES/2200 A (XXI)"),
    ("decision 74/568", "A/DEC/74/568"),
    ("A/DEC/74/550 B", "A/DEC/74/550 B"),
    ("ECOSOC 2017/15", "E/RES/2017/15"),
    ("E/RES/2017/15", "E/RES/2017/15"),
    ("ECOSOC decision 2017/244", "E/DEC/2017/244"),
    ("1373 (2001)", "S/RES/1373 (2001)"),
    ("1373(2001)", "S/RES/1373 (2001)"),
    # a special or emergency special session's, before 1976 (audit8 sc8: "resolution 186 (S-2) of 14 May 1948")
    ("186 (S-2)", "A/RES/186 (S-2)"),
    ("3201 (S-VI)", "A/RES/3201 (S-VI)"),
    ("A/RES/1237 (ES-III)", "A/RES/1237 (ES-III)"),
    ("S/RES/1373 (2001)", "S/RES/1373 (2001)"),
    ("SC 1373 (2001)", "S/RES/1373 (2001)"),
    (r"1373 \(2001\)", "S/RES/1373 (2001)"),
    # a Council number typed without its year gets it from the Council's numbering (symbols.COUNCIL_YEAR_STARTS)
    ("SC 1373", "S/RES/1373 (2001)"),
    ("S/RES/1373", "S/RES/1373 (2001)"),
    ("UNSC 687", "S/RES/687 (1991)"),
    ("SC resolution 1051", "S/RES/1051 (1996)"),
    ("S/RES/1", "S/RES/1 (1946)"),
    ("S/RES/2032", "S/RES/2032 (2011)"),
    ("S/RES/2033", "S/RES/2033"),  # past the table: the store is asked (answers.resolve)
    ("UNTS 2225/39574", "UNTS/2225/39574"),
    ("UNTS/2225/39574", "UNTS/2225/39574"),
    ("CCPCJ 25/2", "E/CN.15/RES/25/2"),
    ("COSP 8/10", "CAC/COSP/RES/8/10"),
    ("COSP decision 8/1", "CAC/COSP/DEC/8/1"),
    ("HRC 30/1", "A/HRC/RES/30/1"),
    ("CND 65/2", "E/CN.7/RES/65/2"),
    ("A/75/479", "A/75/479"),
    ("E/CN.15/2015/16", "E/CN.15/2015/16"),
    ("A/69/711-S/2015/1", "A/69/711-S/2015/1"),
    ("Sales No. E.91.IV.2", "SALES/E.91.IV.2"),
    ("UNEA 5/5", "UNEP/EA.5/Res.5"),
    ("UNEA resolution 5/5", "UNEP/EA.5/Res.5"),
    ("unep/ea.5/res.5", "UNEP/EA.5/Res.5"),
    ("IAEA 68/8", "GC(68)/RES/8"),
    ("IAEA decision 53/13", "GC(53)/DEC/13"),
    ("gc(68)/res/11A", "GC(68)/RES/11 A"),
    ("GOV/INF/2005/10-GC(49)/INF/6", "GOV/INF/2005/10-GC(49)/INF/6"),
    # the CBD protocols' decisions; a Roman meeting number says a decision, an Arabic one a document
    ("CBD/CP/MOP/VIII/19", "CBD/CP/MOP/DEC/VIII/19"),
    ("CBD/CP/MOP/DEC/VIII/19", "CBD/CP/MOP/DEC/VIII/19"),
    ("CBD/NP/MOP/DEC/2/7", "CBD/NP/MOP/DEC/2/7"),
    ("CBD/CP/MOP/10/1", "CBD/CP/MOP/10/1"),
    # the Sub-Commission of the Commission on Human Rights: its series keeps "Sub.2"
    ("E/CN.4/Sub.2/RES/2000/22", "E/CN.4/Sub.2/RES/2000/22"),
    ("e/cn.4/sub.2/dec/2005/101", "E/CN.4/Sub.2/DEC/2005/101"),
    ("SUBCOM 2000/22", "E/CN.4/Sub.2/RES/2000/22"),
    # the World Health Assembly's designations, printed with no space
    ("WHA77.17", "WHA77.17"),
    ("wha 75(9)", "WHA75(9)"),
    ("WHA decision 75 (9)", "WHA75(9)"),
    ("SSA2(5)", "SSA2(5)"),
    ("WHA58/2005/REC/1", "WHA58/2005/REC/1"),
    # the regional commissions, bodies of their own (A_RES_78_262 O37: "Economic Commission for Africa
    # resolution 2023/7")
    ("ECA 2023/7", "E/ECA/RES/2023/7"),
    ("E/ECA/RES/2023/7", "E/ECA/RES/2023/7"),
    ("ESCAP 79/1", "E/ESCAP/RES/79/1"),
    ("ECLAC resolution 2023/5", "E/ECLAC/RES/2023/5"),
    # the African Union's decisions by their symbols, in the AU's spelling
    ("Ext/Assembly/AU/Dec.1(XI)", "Ext/Assembly/AU/Dec.1(XI)"),
    ("assembly/au/decl. 8 (xxxii)", "Assembly/AU/Decl.8(XXXII)"),
    ("EX.CL/Dec.1073(XXXVI)", "EX.CL/Dec.1073(XXXVI)"),
    # the OPCW's decisions by their symbols
    ("C-25/DEC.9", "C-25/DEC.9"),
    ("ec-94/dec. 2", "EC-94/DEC.2"),
    ("C-SS-4/DEC.3", "C-SS-4/DEC.3"),
    # the IMO's resolutions by their designations (audit18: A_RES_78_69 O143 "resolution MSC.489(103)")
    ("A.1090(28)", "A.1090(28)"),
    ("msc.489 (103)", "MSC.489(103)"),
    ("MEPC.207(62)", "MEPC.207(62)"),
    # the decisions of a Conference of the Parties designated by its session: the UNFCCC's, and the UNCCD's
    # as the UNFCCC's (audit14: A_RES_79_207 P7 "in its decision 3/COP.15")
    ("UNFCCC 1/CP.21", "FCCC/CP/DEC/1/CP.21"),
    ("FCCC/CP/DEC/1/CP.21", "FCCC/CP/DEC/1/CP.21"),
    ("UNCCD 3/COP.15", "ICCD/COP/DEC/3/COP.15"),
    ("UNCCD decision 7/COP.13", "ICCD/COP/DEC/7/COP.13"),
    ("unccd 3/cop.15", "ICCD/COP/DEC/3/COP.15"),
    ("ICCD/COP/DEC/3/COP.15", "ICCD/COP/DEC/3/COP.15"),
    # a reference pasted as a text prints it: the body by its full name, "resolution" or "decision"
    ("Economic and Social Council resolution 2017/15", "E/RES/2017/15"),
    ("General Assembly resolution 75/196", "A/RES/75/196"),
    ("the General Assembly decision 74/568", "A/DEC/74/568"),
    ("Security Council resolution 1373 (2001)", "S/RES/1373 (2001)"),
    ("Commission on Crime Prevention and Criminal Justice resolution 25/2", "E/CN.15/RES/25/2"),
    (
        "Conference of the States Parties to the United Nations Convention against Corruption resolution 8/12",
        "CAC/COSP/RES/8/12",
    ),
    ("United Nations, Treaty Series, vol. 2225, No. 39574", "UNTS/2225/39574"),
    ("Treaty Series, vol. 976, No. 14152", "UNTS/976/14152"),
    ("UNSCR 242", "S/RES/242 (1967)"),
    ("SCR 1373", "S/RES/1373 (2001)"),
]


@pytest.mark.parametrize(("typed", "canonical"), CASES)
def test_parse_id(typed: str, canonical: str) -> None:
    assert parse_id(typed) == canonical


@pytest.mark.parametrize(
    "bad", ["", "hello", "75", "what does", "UNCCD", "COP.15", "Foo Council resolution 1/2", "its resolution"]
)
def test_parse_id_rejects(bad: str) -> None:
    with pytest.raises(SymbolError):
        parse_id(bad)


@pytest.mark.parametrize(
    ("symbol", "body", "kind", "shortform"),
    [
        ("A/RES/75/196", "GA", "resolution", "75/196"),
        ("A/DEC/74/568", "GA", "decision", "decision 74/568"),
        ("S/RES/1373 (2001)", "SC", "resolution", "1373 (2001)"),
        ("E/RES/2017/15", "ECOSOC", "resolution", "ECOSOC 2017/15"),
        ("E/CN.15/RES/25/2", "CCPCJ", "resolution", "CCPCJ 25/2"),
        ("CAC/COSP/DEC/8/1", "COSP-UNCAC", "decision", "COSP-UNCAC decision 8/1"),
        ("UNTS/976/14152", "UNTS", "treaty", "UNTS 976/14152"),
        ("A/75/479", None, "document", "A/75/479"),
        ("UNEP/EA.5/Res.5", "UNEA", "resolution", "UNEP/EA.5/Res.5"),
        ("GC(68)/RES/11 A", "IAEA", "resolution", "GC(68)/RES/11 A"),
        ("GC(53)/DEC/13", "IAEA", "decision", "GC(53)/DEC/13"),
        ("CBD/CP/MOP/DEC/VIII/19", "CBD", "decision", "CBD/CP/MOP/DEC/VIII/19"),
        ("CBD/NP/MOP/DEC/2/7", "CBD", "decision", "CBD/NP/MOP/DEC/2/7"),
        ("CBD/CP/MOP/10/1", None, "document", "CBD/CP/MOP/10/1"),
        ("E/CN.4/Sub.2/RES/2000/22", "SUBCOM", "resolution", "SUBCOM 2000/22"),
        ("E/CN.4/RES/2005/69", "CHR", "resolution", "CHR 2005/69"),
        ("WHA77.17", "WHA", "resolution", "WHA77.17"),
        ("WHA75(9)", "WHA", "decision", "WHA75(9)"),
        ("SSA2(5)", "WHA", "decision", "SSA2(5)"),
        ("WHA58/2005/REC/1", None, "document", "WHA58/2005/REC/1"),
        ("E/ECA/RES/2023/7", "ECA", "resolution", "ECA 2023/7"),
        ("E/ESCAP/RES/79/1", "ESCAP", "resolution", "ESCAP 79/1"),
        ("E/ECE/DEC/2023/1", "ECE", "decision", "ECE decision 2023/1"),
        ("E/ESCWA/RES/335 (XXXI)", "ESCWA", "resolution", "ESCWA 335 (XXXI)"),
        ("Ext/Assembly/AU/Dec.1(XI)", "AU", "decision", "Ext/Assembly/AU/Dec.1(XI)"),
        ("EX.CL/Dec.1073(XXXVI)", "AU", "decision", "EX.CL/Dec.1073(XXXVI)"),
        ("C-25/DEC.9", "OPCW", "decision", "C-25/DEC.9"),
        ("EC-M-34/DEC.1", "OPCW", "decision", "EC-M-34/DEC.1"),
        ("A.1159(32)", "IMO", "resolution", "A.1159(32)"),
        ("FAL.13(42)", "IMO", "resolution", "FAL.13(42)"),
        ("FCCC/CP/DEC/1/CP.21", "UNFCCC", "decision", "UNFCCC decision 1/CP.21"),
        ("ICCD/COP/DEC/3/COP.15", "UNCCD", "decision", "UNCCD decision 3/COP.15"),
        ("ICCD/COP/DEC/7/COP.13", "UNCCD", "decision", "UNCCD decision 7/COP.13"),
    ],
)
def test_body_kind_short(symbol: str, body: str | None, kind: str, shortform: str) -> None:
    assert body_of(symbol) == body
    assert kind_of(symbol) == kind
    assert short(symbol) == shortform
    assert parse_id(short(symbol)) == symbol


def test_a_report_of_the_unccd_conference_is_a_document() -> None:
    """The report that holds a decision (ICCD/COP(15)/23/Add.1) is no decision of the UNCCD's series."""
    assert body_of("ICCD/COP(15)/23/Add.1") is None
    assert kind_of("ICCD/COP(15)/23/Add.1") == "document"


@pytest.mark.parametrize(
    ("designation", "symbol"),
    [
        ("BS-V/11", "CBD/CP/MOP/DEC/V/11"),  # the Cartagena Protocol's old designation: meeting V
        ("CP-VIII/19", "CBD/CP/MOP/DEC/VIII/19"),
        ("NP-2/7", "CBD/NP/MOP/DEC/2/7"),
        ("BS\u2011IV/16", "CBD/CP/MOP/DEC/IV/16"),
    ],
)
def test_protocol_decision(designation: str, symbol: str) -> None:
    assert protocol_decision(designation) == symbol


def test_protocol_decision_rejects() -> None:
    with pytest.raises(SymbolError):
        protocol_decision("XIII/18")


def test_undocs_url() -> None:
    assert undocs_url("A/RES/75/196") == "https://undocs.org/A/RES/75/196"
    assert undocs_url("UNTS/976/14152") is None


def test_public_api_survives_the_stage_imports(data_dir) -> None:
    """``citegraph.extract`` stays the function after every stage module is imported.

    (A submodule named ``extract`` would replace it on import: the stage is ``references``.)
    """
    import citegraph
    import citegraph.cli  # noqa: F401  imports every stage the commands use
    import citegraph.references  # noqa: F401

    refs = citegraph.extract(data_dir / "002_06d523d3b5c07408.txt")
    assert callable(citegraph.extract)
    assert [r.target for r in refs[:2]] == ["A/75/479", "A/RES/46/152"]
