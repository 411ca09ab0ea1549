"""The shared search syntax, Danish analysis, highlighter and semantics (no backend needed)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from index.analysis import DANISH_STOP_WORDS, analyze, stem, tokens, words
from index.highlight import highlight
from index.query_syntax import (
    MAX_QUERY_LENGTH,
    And,
    MatchNone,
    Not,
    Or,
    Phrase,
    Prefix,
    QuerySyntaxError,
    Term,
    parse_query,
)
from index.semantics import (
    TIME_ZONE,
    bucket_start,
    epoch_ms,
    histogram,
    is_significant_word,
    jlh,
    local_day,
    parse_cursor,
)
from schema.errors import QueryError


def test_danish_stemming_joins_inflections():
    assert stem("vindmøller") == stem("vindmøllen") == stem("vindmøllerne") == stem("vindmølle")
    assert stem("skolerne") == stem("skole") == stem("skolen")
    assert stem("borgermødet") == stem("borgermøde")


def test_analysis_lowercases_keeps_stop_word_positions_and_nfc():
    assert analyze("Skolen i VIBY") == [stem("skolen"), None, stem("viby")]
    assert words("Va\u030aben") == words("Våben") == ["våben"]  # a combining ring is normalised (NFC)
    assert [(t.start, t.end, t.stem) for t in tokens("Nej, vindmøller!")] == [
        (0, 3, "nej"),
        (5, 15, "vindmøl"),
    ]
    assert len(DANISH_STOP_WORDS) == 94 and "og" in DANISH_STOP_WORDS and "vindmølle" not in DANISH_STOP_WORDS


@pytest.mark.parametrize(
    ("text", "tree"),
    [
        ("vindmøller skole", And((Term("vindmøller"), Term("skole")))),
        ("vindmøller + skole", And((Term("vindmøller"), Term("skole")))),
        ("a | b c", Or((Term("a"), And((Term("b"), Term("c")))))),
        ("(a | b) c", And((Or((Term("a"), Term("b"))), Term("c")))),
        ("-skole", Not(Term("skole"))),
        ('-"skole lukning"', Not(Phrase(("skole", "lukning")))),
        ("--skole", Term("skole")),
        ('"Skole i Viby"', Phrase(("skole", "i", "viby"))),
        ('"i Viby"', Term("viby")),
        ("vindmølle*", Prefix("vindmølle")),
        ("vind-møl*", And((Term("vind"), Prefix("møl")))),
        ("e-mail", And((Term("e"), Term("mail")))),
        ("Aarhus - Viby", And((Term("aarhus"), Term("viby")))),
        ("og i", MatchNone()),
        ("og | skole", Term("skole")),
        ("NEAR(a b)", And((Term("near"), Term("a"), Term("b")))),
        ("'; DROP TABLE documents; --", And((Term("drop"), Term("table"), Term("documents")))),
        ("title:skole", And((Term("title"), Term("skole")))),
    ],
)
def test_parse_query(text, tree):
    assert parse_query(text) == tree


@pytest.mark.parametrize("blank", [None, "", "   \n\t"])
def test_blank_text_is_no_condition(blank):
    assert parse_query(blank) is None


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ('"unclosed', "never closed"),
        ("((((", "never closed"),
        ("NEAR(", "never closed"),
        ("a)", "no matching '('"),
        ("()", "Empty parentheses"),
        ("*", "at least 2 letters"),
        ("v*", "at least 2 letters"),
        ("vind*møl", "may only end a word"),
        ('"skole"*', "cannot follow a phrase"),
        ("a |", "needs a word on both sides"),
        ("| a", "needs a word on both sides"),
        ("a || b", "needs a word on both sides"),
        ("skole~2", "not supported"),
        ("(" * 11 + "a" + ")" * 11, "nested more than 10"),
        (" ".join(["ord"] * 65), "at most 64"),
        ("x" * (MAX_QUERY_LENGTH + 1), "limit is 1,000"),
        ("y" * 10_000, "limit is 1,000"),
    ],
)
def test_malformed_queries_raise_query_errors_with_clear_messages(text, says):
    with pytest.raises(QuerySyntaxError) as err:
        parse_query(text)
    assert isinstance(err.value, QueryError)
    assert says in str(err.value)
    assert err.value.localized("da") != str(err.value)  # a Danish message exists too
    assert err.value.localized("en") == str(err.value)


def test_highlight_marks_stems_prefixes_and_whole_phrases_and_escapes_html():
    node = parse_query('vindmølle | "skole i Viby" | sol* -aarhus')
    got = highlight(
        "Vindmøllerne & <skolen>",
        "Skolen i Viby lukker. Skolen i Aarhus består. Solcellerne på taget af vindmølleparken.",
        node,
    )
    assert got["title"] == ["<mark>Vindmøllerne</mark> &amp; &lt;skolen&gt;"]
    (text,) = got["text"]
    assert text.startswith("<mark>Skolen</mark> i <mark>Viby</mark> lukker. Skolen i Aarhus består.")
    assert "<mark>Solcellerne</mark>" in text
    assert "<mark>vindmølleparken</mark>" not in text  # a compound has its own stem; vindmølle* would find it
    assert "<mark>Aarhus</mark>" not in text


def test_highlight_fragments_long_text_in_document_order():
    filler = "Lorem ipsum dolor sit amet consectetur. " * 12
    text = f"Vindmøller ved Viby. {filler}Vindmøllerne larmer. {filler}"
    text += f"Nej til vindmøller! {filler}Vindmølle igen."
    frags = highlight(None, text, parse_query("vindmølle"))["text"]
    assert len(frags) == 3
    assert all(len(f.replace("<mark>", "").replace("</mark>", "")) <= 220 for f in frags)
    assert [f.count("<mark>") for f in frags] == [1, 1, 1]
    assert "Vindmøllerne" in frags[1] and "vindmøller" in frags[2]


def test_highlight_of_a_long_text_finds_early_and_late_matches():
    filler = "Lorem ipsum dolor sit amet consectetur adipiscing elit. " * 4_000  # ~230,000 characters
    text = f"Vindmøller ved Viby. {filler}Skolen i Rønde lukker."
    early = highlight(None, text, parse_query("vindmølle"))["text"]
    assert len(early) == 1 and early[0].startswith("<mark>Vindmøller</mark> ved Viby.")
    late = highlight(None, text, parse_query("skole"))["text"]
    assert len(late) == 1 and late[0].endswith("<mark>Skolen</mark> i Rønde lukker.")
    both = highlight(None, text, parse_query("vindmølle | skole"))["text"]
    assert both == [early[0], late[0]]


def test_highlight_nothing_for_pure_negation_or_no_text():
    assert highlight("Skole", "Skolen", parse_query("-skole")) == {}
    assert highlight("Skole", "Skolen", None) == {}
    assert highlight("Skole", "Skolen", parse_query("og")) == {}


def test_histogram_buckets_are_copenhagen_days_weeks_and_months():
    # 23:30 UTC on 31 Oct is 00:30 on 1 Nov in Copenhagen (CET, UTC+1)
    assert local_day(datetime(2026, 10, 31, 23, 30, tzinfo=UTC)) == date(2026, 11, 1)
    assert bucket_start(date(2026, 11, 5), "week") == date(2026, 11, 2)  # Monday
    assert bucket_start(date(2026, 11, 5), "month") == date(2026, 11, 1)
    days = {date(2026, 10, 30): 2, date(2026, 11, 2): 1, date(2026, 12, 31): 4}
    months = histogram(days, "month", None, None)
    assert [(b.start, b.count) for b in months] == [
        (date(2026, 10, 1), 2),
        (date(2026, 11, 1), 1),
        (date(2026, 12, 1), 4),
    ]
    weeks = histogram({date(2026, 11, 2): 1, date(2026, 11, 20): 2}, "week", None, None)
    assert [b.count for b in weeks] == [1, 0, 2]
    start = datetime(2026, 11, 1, tzinfo=TIME_ZONE)
    padded = histogram({date(2026, 11, 3): 1}, "day", start, start + timedelta(days=4))
    assert [b.start.day for b in padded] == [1, 2, 3, 4]  # date_to is exclusive
    assert histogram({}, "day", start, start + timedelta(days=4)) == []


def test_cursor_validation_and_epoch_ms():
    assert parse_cursor("newest", [1_700_000_000_000, "id"]) == (1_700_000_000_000, "id")
    assert parse_cursor("relevance", [3, "id"]) == (3.0, "id")
    assert parse_cursor("oldest", None) is None
    bad_cursors: list[list[str | int | float]] = [["id", 3], [1.5, "id"], [1], [True, "x"]]
    for bad in bad_cursors:
        with pytest.raises(QueryError, match="does not fit sort"):
            parse_cursor("newest", bad)
    with pytest.raises(QueryError, match="timezone-aware"):
        epoch_ms(datetime(2026, 1, 1), "date_from")
    assert epoch_ms(datetime(1970, 1, 1, 0, 0, 1, 999_999, tzinfo=UTC)) == 1999


def test_jlh_and_significant_words():
    assert jlh(10, 20, 10, 1000) == pytest.approx((0.5 - 0.01) * 50)
    assert jlh(1, 100, 50, 100) == 0.0
    assert jlh(0, 10, 0, 10) == 0.0
    assert is_significant_word("vindmølle") and is_significant_word("e-mail")
    assert not any(is_significant_word(w) for w in ("og", "x", "2026", "a_b", "§3"))
