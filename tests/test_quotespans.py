"""Quote-mark pairing: hand-written sentences with the quotes read off by eye."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analysis.quotespans import QuoteSpan, quote_spans, quoted_mask, split_quoted


def _quotes(text, **kwargs):
    return [text[s.start:s.end] for s in quote_spans(text, **kwargs)]


# (text, expected quoted contents) — every expectation typed by hand.
CASES = [
    # straight double, American style
    ('He said, "We will win." Then he left.', ["We will win."]),
    # straight single, British style
    ("'We will win,' he said.", ["We will win,"]),
    # curly double and single
    ("He said, “The Russian military is performing.”", ["The Russian military is performing."]),
    ("‘I gravely apologise,’ he said.", ["I gravely apologise,"]),
    # guillemets
    ("«Nous gagnerons», a-t-il dit.", ["Nous gagnerons"]),
    # apostrophes are not marks
    ("They don't know and they’ve no maps in Ukraine's east.", []),
    ("The soldiers' homes were hit.", []),
    ("Music of the '90s and rock 'n' roll.", []),
    ("Kyiv’s mayor and O'Brien's dog", []),
    ("Coach Tusi Fepulea'i named his squad on Savai'i and flew to Hawai'i.", []),
    ("'We will go,' said Fepulea'i at the launch.", ["We will go,"]),
    ('Nations on B.C.\'s north coast said the ban was "not up for negotiation."', ["not up for negotiation."]),
    # apostrophes inside a quote
    ("'We don't give up what is ours,' he said of Ukraine's fight.", ["We don't give up what is ours,"]),
    ("'The soldiers' homes are gone,' she said.", ["The soldiers' homes are gone,"]),
    # nested single inside double
    ('He said: "I heard them shout \'go home\' twice."', ["I heard them shout 'go home' twice."]),
    # several sentences
    ("'Go home. With your whole army. Tell your officers.'", ["Go home. With your whole army. Tell your officers."]),
    # unclosed: runs to the end of the text
    ("Zelensky said: 'You will take lives. We know who you are.", ["You will take lives. We know who you are."]),
    # glued marks
    ("behind enemy lines.'No one has attacked us,' one said.", ["No one has attacked us,"]),
    ("Footage shows tied up'demoralised and exhausted' Russian prisoners.", ["demoralised and exhausted"]),
    ("another warned 'no-one wants war'.Meanwhile a prisoner cried.", ["no-one wants war"]),
    # a mark between letters with no mark after it to pair with is a glottal stop, also inside a quote
    ("NUKU'ALOFA - The bill passed after a debate on Ha'apai shipping.", []),
    ('The MP for Ha\'apai called it "a punishment for being poor".', ["a punishment for being poor"]),
    ("'We sailed to Ha'apai and back,' she said.", ["We sailed to Ha'apai and back,"]),
    # punctuation inside or outside the mark
    ("they 'won't make it.'", ["won't make it."]),
    ("no 'calm', 'food' or a 'quiet' moment", ["calm", "food", "quiet"]),
    ("'Ukraine is iconic'.", ["Ukraine is iconic"]),
    # opening mark at the very start, ellipsis right after the mark
    ("'...it's slow, it's slow.'", ["...it's slow, it's slow."]),
    # plural possessive after a closed quote does not re-open anything
    ("troops 'deliberately punched holes' in their vehicles' petrol tanks", ["deliberately punched holes"]),
    # a plural word ending the quote
    ("he called them 'heroes' and left", ["heroes"]),
    ("He said: 'They killed our soldiers' friends and our soldiers' and fled.", ["They killed our soldiers' friends and our soldiers"]),
    # a double quote with a colon before it, glued
    ('He said:"Enough." She agreed.', ["Enough."]),
    # plural possessives inside a quote, and a plural word closing one before another opens
    ("He said 'it's the soldiers' fault' and left.", ["it's the soldiers' fault"]),
    ("He called them 'heroes' today and 'patriots' tomorrow.", ["heroes", "patriots"]),
    # an elision right after the opening mark
    ("'’Twas a hard winter,' she said.", ["’Twas a hard winter,"]),
    # a curly apostrophe inside curly single quotes
    ("the so-called ‘people’s republic’ in Donetsk", ["people’s republic"]),
    ("the 1990's were calm", []),
    # a closing mark glued to the next word
    ("'Go home,'he said.", ["Go home,"]),
    # short years, feet and inches
    ("He joined the '22 campaign and left in '23.", []),
    ("'22 soldiers died,' he said.", ["22 soldiers died,"]),
    # a class year after a name, with the curly apostrophe; a straight mark before digits may still open
    ("Jo Lee ’27 called the cuts “a slap in the face” on Monday.", ["a slap in the face"]),
    ("Ana Ruiz ’26, a junior, said ‘Nobody asked us.’", ["Nobody asked us."]),
    # Dutch elisions in names
    ("Mayor van 't Hek called the fight 'completely unacceptable' on Sunday.", ["completely unacceptable"]),
    ("The court in 's-Hertogenbosch ruled the ban 'lawful'.", ["lawful"]),
    # a name with two apostrophes between letters
    ("Governor Ng’ang’a-Kibet said rates would ‘stay where they are’ for now.", ["stay where they are"]),
    ("Ng'ang'a told them: 'We held rates.'", ["We held rates."]),
    # a curly closing mark between letters is an apostrophe, whatever the word
    ("The ferry was hit by a nor’wester at 4:30am, the authority said.", []),
    ("A sudden nor’wester hit the ferry, said ‘Captain’ Rahim.", ["Captain"]),
    # an ʻokina written as a left single mark inside a Tongan or Hawaiian name
    ("Lord Tu‘ipulotu said the ruling was ‘final’ for Ha‘apai.", ["final"]),
    ("He's 6'2\" tall and she's 5'9\".", []),
    ('He said "she is 5\'9\" and strong" today', ["she is 5'9\" and strong"]),
]


@pytest.mark.parametrize("text, expected", CASES)
def test_hand_written_cases(text, expected):
    assert _quotes(text) == expected


def test_span_fields_and_marks():
    text = "He said, “Go.” Then ‘stay’"
    spans = quote_spans(text)
    assert spans == [QuoteSpan(10, 13, "“", "”"), QuoteSpan(21, 25, "‘", "’")]
    assert all(s.is_closed for s in spans)


def test_unclosed_span_has_empty_close_mark():
    text = "'Go home. Choose."
    (span,) = quote_spans(text)
    assert (span.start, span.end, span.open_mark, span.close_mark) == (1, len(text), "'", "")
    assert not span.is_closed


def test_unclosed_quote_stops_at_blank_line():
    text = "'First paragraph of a speech.\n\n'Second paragraph.' he said."
    assert _quotes(text) == ["First paragraph of a speech.", "Second paragraph."]
    assert [s.is_closed for s in quote_spans(text)] == [False, True]


def test_nested_spans_on_request():
    text = 'He said: "They shout \'go home\' at us."'
    spans = quote_spans(text, include_nested=True)
    assert [(text[s.start:s.end], s.depth) for s in spans] == [
        ("They shout 'go home' at us.", 0),
        ("go home", 1),
    ]


def test_split_quoted_pieces():
    text = "He said 'no' twice."
    assert split_quoted(text) == [("He said '", False), ("no", True), ("' twice.", False)]
    assert split_quoted("") == []
    assert split_quoted("'Go") == [("'", False), ("Go", True)]


def test_quoted_mask_marks_only_content():
    text = "a 'bc' d"
    assert quoted_mask(text) == [False, False, False, True, True, False, False, False]


def test_inner_quote_dropped_when_outer_closes_is_not_reopened_by_a_later_close():
    # ” closes the double quote and drops the unclosed ‘ inside it; the later ’
    # then has nothing to close (it must not pop an empty stack).
    assert _quotes("“a ‘b” c’ d") == ["a ‘b"]


def test_every_unclosed_opening_mark_is_a_nested_span():
    # 2,000 opening quotes in one paragraph: each one opens a quote inside the previous one.
    text = " “a" * 2000
    spans = quote_spans(text, include_nested=True)
    assert [s.depth for s in spans] == list(range(2000))
    assert all(not s.is_closed and text[s.start - 1] == "“" for s in spans)


def test_marks_of_each_paragraph_pair_only_among_themselves():
    text = "“one\n\ntwo”\n\n“three”"
    assert [(s.start, s.end, s.is_closed) for s in quote_spans(text)] == [(1, 4, False), (13, 18, True)]


def test_rejects_non_string():
    with pytest.raises(TypeError, match="expects a str"):
        quote_spans(None)


@given(st.text(alphabet="ab '\"‘’“”«».,\n", max_size=60))
def test_split_quoted_joins_back_and_spans_are_ordered(text):
    assert "".join(seg for seg, _ in split_quoted(text)) == text
    spans = quote_spans(text)
    for first, second in zip(spans, spans[1:]):
        assert first.end <= second.start
    for span in spans:
        assert 0 < span.start <= span.end <= len(text)
