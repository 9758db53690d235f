"""Kinds fixed from blind sets 46 and 47 (tests/router_cases_redteam46.py: an outside evaluator's plain, even mix;
tests/router_cases_redteam47.py: an agent host's users at work; first runs on 5a1773f: set 46 words 124/132,
161/168, 2 silent; fields 129/132, 167/168, 1; set 47 words 120/132, 150/168, 9 silent; fields 128/132, 161/168, 4),
each failing on the router before (main at e690b02)."""

from __future__ import annotations

from ace_step_mcp.router import Plan, Question
from tests.router_score import plan_of as _plan


def test_a_part_of_a_song_fixed_with_no_track_asks_for_the_track():
    for text in ("arruma o refrão", "Kan du göra refrängen kraftigare?", "outro को थोड़ा बेहतर बना दो"):
        result = _plan(text, None)  # a new piece styled by the words, silently
        assert isinstance(result, Question) and result.kind == "audio", (text, result)


def test_no_vocals_said_in_cantonese_punjabi_and_mixed_hindi():
    for text in ("唔該整首輕快嘅爵士樂，唔使人聲，90秒左右", "ਮੇਰੀ ਦੁਕਾਨ ਦੀ ਐਡ ਲਈ ਭੰਗੜਾ ਬੀਟ ਚਾਹੀਦੀ ਹੈ, 30 ਸਕਿੰਟ, ਬਿਨਾਂ ਗਾਣੇ ਦੇ",
                 "मेरी कपड़ों की दुकान के Instagram reel के लिए बैकग्राउंड म्यूजिक चाहिए, बॉलीवुड स्टाइल, 30 seconds, बिना vocals के"):  # fmt: skip
        result = _plan(text, None)  # sung, silently
        assert isinstance(result, Plan) and result.arguments.get("lyrics") == "[inst]", (text, result)


def test_malay_convert_then_trim_is_a_deliverable():
    result = _plan("Tukar jadi wav dan potong 3 saat terakhir", 120.0)  # the last 3 s regenerated, silently
    assert isinstance(result, Plan) and result.tool == "process_track", result
    assert result.arguments.get("output_format") == "wav" and result.arguments.get("trim_end_s") == 3.0, result


def test_italian_fine_is_no_finnish_and_the_hungarian_lyrics_label():
    italian = _plan(
        "Canzone rock per la festa di fine anno della scuola, testo: Addio banchi, addio lavagna, l'estate ci aspetta",
        None,
    )  # 'fine' read as Finnish, silently
    assert isinstance(italian, Plan) and "finnish" not in italian.arguments["tags"], italian
    hungarian = _plan(
        "Csináld meg a ballagási dalt, lírai, szöveg: Elmegyünk, de visszanézünk, az iskola szívünkben él", None
    )  # the lyrics read as tags
    assert isinstance(hungarian, Plan), hungarian
    assert hungarian.arguments.get("lyrics") == "Elmegyünk, de visszanézünk, az iskola szívünkben él", hungarian


def test_telugu_folk_borrowed():
    result = _plan("మా స్కూల్ వార్షికోత్సవానికి ఒక ఉత్సాహమైన పాట కావాలి, 2 నిమిషాలు, ఫోక్ స్టైల్", None)
    assert isinstance(result, Plan) and "folk" in result.arguments["tags"], result
