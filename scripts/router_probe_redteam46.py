"""Red-team probe (redteam46) of the router rules changed in fef6b8c and 7c43041, from the side of follow-up chat
messages in many languages, hunting SILENT WRONG plans (a plan made without a question whose tool or a certain
argument is wrong) and questions asked where the answer was plain (verdict ASKED).

FIGURES. First run on 7c43041 (labels committed before it, b2a4984): 117 probes (115 in other languages than
English); OK 81, ASKED 9, SILENT WRONG 27 (18 new vs fef6b8c^, 9 pre-existing), ERROR 0. The parent fef6b8c^ on the
same probes: OK 86, ASKED 17, SILENT WRONG 10, ERROR 4. Against the parent: 16 OK -> silent, 2 asked -> silent, 1
silent -> OK, 7 asked -> OK, 4 error -> OK, 1 OK -> asked.

New silent (vs the parent), by cause:
- _ANOTHER_ONE / a style before 'new' takes a part of the open track, not named in a word the guards know, as a new
  piece (all were edits or questions on the parent): 'algo distinto para el final, más jazz' ('para el final' is no
  AFTER word; a jazz piece made); 'etwas anderes im Mittelteil, jazziger bitte' (Mittelteil is no section word);
  'något helt annat i refrängen, mer jazz' (Swedish refräng unknown); 'ще один приспів, у стилі джаз' (Ukrainian
  chorus unknown); 'satu lagi, tapi korus lebih jazz' (Malay 'korus' unknown); '後半だけ新しいジャズっぽい感じにして'
  (only the second half, made new: a new jazz piece); 'fais-en un autre bout de 20 secondes, plus jazzy' (another 20 s
  bit: a new 20 s piece); 'ещё одну минуту, в стиле джаз' (one more minute: a new 60 s jazz piece, want 60 s added).
- _bare_level reads a lone negative right beside a format as the loudness, in languages whose units and gain verbs
  it does not know: '밖은 -10도야, wav로 줘' (-10 degrees outside: -10 LUFS; 도 is no unit it knows), 'на улице -15,
  скинь mp3' (a temperature: -15 LUFS; both asked on the parent); 'приглуши вокал на -6 и скинь wav' and '보컬 -6
  낮춰서 wav로' (the vocals turned down 6: the whole mastered to -6 LUFS; приглуши and 낮춰 are no gain words of
  _GAIN_BEFORE, and 낮춰 stands after the number).
- _spots_outside takes a first time said to be kept or to be the end as the spot, where the keep or end word stands
  after it or is one it does not list: '1:15 déjalo como está, rehaz 1:00-1:30', '1:15はそのまま残して、1:00〜1:30を作り直し
  て', '1:15 bitte so lassen, 1:00 bis 1:30 neu machen', '保留1:15，重做1:00到1:30' (60-90 redrawn over the moment to
  keep); 'la canción debe terminar en 1:50, y rehaz 1:00-2:00' (60-120, the end at 1:50, a trim, dropped). ('1:15 не
  трогай, …' is asked: не трогай is listed.)
- ja 'のばして' as an extend word: 'ボーカルの最後の音を2秒のばして' (hold the vocal's last note 2 s longer) adds 2 s of new
  music after the track.

Pre-existing silent: 'noch mal dasselbe, aber ohne Gesang', 'ещё раз то же самое, но без вокала' (the same again
without vocals: a new instrumental piece in the track's tags; debatable, labelled as an edit or a question as red
team 45 labelled 'hazme otra, igual pero sin la voz'); 'nog eentje', 'bir daha', 'ok 👍' (no track: the words
themselves, or '👍', made the tags of a new piece; _NO_STYLE_SAID lacks nl and tr, and an emoji is a tag);
'sorpréndeme', '随便' (a new piece is fine, but its tags are 'sorpréndeme' / '随便'); 'ein 1:30 langes
Gitarrensolo bitte, von 1:00 bis 2:00' (a 90 s solo in a 60 s window: 60-120; the length after a time excludes
'lang' but not the inflected 'langes', and the parent dropped it too); 'legg til 10 sekunder i starten, og til slutt
eksporter som wav' (Norwegian 'til slutt', 'finally', read as 'at the end': 10 s added at both ends).

Asked where the plan was plain: new in this diff, 'Saya nak main lagu ni kat depan kawan-kawan, tambah 15 saat kat
hujung' ('kat depan', in front of my friends, read as the start). On both builds: '外面-10度，发我一个wav', '外は-10度だよ、
wavで送って', 'минус 15 на улице, скинь mp3', 'en Spotify perdí -12 seguidores jaja, mándame el wav' (the number
asked about), 'mp3で-14にして' (a plain -14 beside mp3 not read), 'blende die letzten 8 Sekunden bis -60 dB aus und
exportier als mp3' (the fade floor asked as a level), '이어폰으로 들으니까 마지막 5초가 어색해, 잘라줘', 'knip de eerste 5
seconden weg en exporteer het erna als mp3'.

The whole said shorter than the track (180 s): 'alárgala a 2 minutos', 'verlängere auf 2:30', '延长到两分钟',
'продли до 2 минут' are now the new question (kind 'extension', fields extend_before and extend_after, naming the
track's 180 s; errors on the parent). '2분으로 이어줘' is asked with the generic extension question, whose example
is 'make it 2 minutes', the very thing said. Never raised where the whole is longer or an amount is added: 'añade 2
minutos al final', '结尾再加两分钟', '끝에 2분 더 붙여줘', 'verlängere den Song auf 4 Minuten', 'прибавь 2 минуты в начале'
all planned right. Questions that hold but point the wrong way: 'un assolo di 1:30 tra 1:00 e 2:00' asks about
'1:30-1:00' as a backwards range; '인트로랑 후렴을 자연스럽게 이어줘' (join intro and chorus smoothly), 'テンポをのばして、ゆっ
たりさせて' (slow the tempo) and 'drop se pehle 10 second add karo' (10 s before the drop) are asked only about
extend_before / extend_after.

The real new pieces beside a track (8) were all planned, one take each (4 asked on the parent). The undo and
'again' words with a track open were all asked.

No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam46.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, IN, NEW, OUT, Plan, ext, fmt_is, inp, main, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, nw, sung)

L = 150.0
L3 = 180.0
FREE = "process_track"

AO = "another / something different said of the open track (_ANOTHER_ONE, a style before 'new')"
NP = "a real new piece beside the open track (a question is a miss)"
NS = "a short message with no style (_NO_STYLE_SAID)"
BL = "a bare level, a platform, a dB level in other languages (_bare_level, _PLATFORM_WANTS, _DB_LEVEL)"
SP = "an m:ss time inside the window (_spots_outside)"
SH = "a whole shorter or longer than the track (the new question)"
CW = "new cue and side words in other senses"


def edit(**kw: Any) -> dict[str, Any]:
    """Anything but a new piece: an edit of the open track, or a question."""
    return {"tool_not": NEW, "ask_ok": True, **kw}


def not_out(**kw: Any) -> dict[str, Any]:
    """No extension (a question is fine): the word is no 'extend' here."""
    return {"tool_not": OUT, "ask_ok": True, **kw}


def new_not(*words: str) -> dict[str, Any]:
    """A new piece whose tags are not the request's own words (a question is fine)."""
    return {"tool": NEW, "ask_ok": True, "tags_text_not": list(words)}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) 'another' / 'something different' said of a part of the open track, a take of it or more seconds
    (AO, L, "algo distinto para el final, más jazz", edit()),
    (AO, L, "algo distinto en el puente, más jazzero", edit()),
    (AO, L, "quelque chose de différent pour l'intro, plus jazz", edit()),
    (AO, L, "was ganz anderes für den Refrain, rockiger", edit()),
    (AO, L, "etwas anderes im Mittelteil, jazziger bitte", edit()),
    (AO, L, "qualcosa di diverso nel ritornello, più rock", edit()),
    (AO, L, "что-то совсем другое в припеве, джаз", edit()),
    (AO, L, "coś zupełnie innego w refrenie, bardziej rockowo", edit()),
    (AO, L, "iets heel anders in het refrein, meer jazz", edit()),
    (AO, L, "något helt annat i refrängen, mer jazz", edit()),
    (AO, L, "noe helt annet i refrenget, mer jazz", edit()),
    (AO, L, "jotain ihan muuta kertosäkeeseen, jazzia", edit()),
    (AO, L, "otra pero con el estribillo más rockero", edit()),
    (AO, L, "un'altra ma con il ritornello più rock", edit()),
    (AO, L, "faz outra parte no final, mais rock", edit()),
    (AO, L, "ещё одну минуту, в стиле джаз", ext(0, 60, ask_ok=True)),
    (AO, L, "noch eine Minute dran, jazzig", ext(0, 60, ask_ok=True)),
    (AO, L, "bir tane daha 30 saniye ekle, caz tarzında", ext(0, 30, ask_ok=True)),
    (AO, L, "ek aur 30 second jodo, jazz style mein", ext(0, 30, ask_ok=True)),
    (AO, L, "fais-en un autre bout de 20 secondes, plus jazzy", edit()),
    (AO, L, "la misma otra vez pero sin voz", edit()),
    (AO, L, "noch mal dasselbe, aber ohne Gesang", edit()),
    (AO, L, "ещё раз то же самое, но без вокала", edit()),
    (AO, L, "もう一回、でもボーカルなしで", edit()),
    (AO, L, "再来一遍，但是不要人声", edit()),
    (AO, L, "한 번 더, 근데 보컬 없이", edit()),
    (AO, L, "ще один приспів, у стилі джаз", edit()),
    (AO, L, "satu lagi, tapi korus lebih jazz", edit()),
    (AO, L, "後半だけ新しいジャズっぽい感じにして", edit()),
    (AO, L, "something totally different for the outro, more ambient", edit()),
    (AO, L, "one more but just the last 20 seconds, jazzier", edit()),
    # --- (1b) a real new piece beside the open track: planned, one take
    (NP, L, "otra canción: un bolero instrumental de 2 minutos", nws(120, inst=True, takes=None)),
    (NP, L, "mach noch eins, diesmal Reggae ohne Gesang, 1 Minute", nws(60, inst=True, takes=None)),
    (NP, L, "ещё один трек: техно без вокала, 2 минуты", nws(120, inst=True, takes=None)),
    (NP, L, "もう一曲、ジャズのインストで1分", nws(60, inst=True, takes=None)),
    (NP, L, "再来一首，爵士纯音乐，一分钟", nws(60, inst=True, takes=None)),
    (NP, L, "algo totalmente distinto: un reggaetón de 2 minutos", nws(120, takes=None)),
    (NP, L, "jotain ihan muuta: teknoa ilman laulua, 2 minuuttia", nws(120, inst=True, takes=None)),
    (NP, L, "fais-moi un autre morceau, du jazz manouche sans voix, 1 minute", nws(60, inst=True, takes=None)),
    # --- (2) short messages that say no style: never their own words as tags
    (NS, L, "otra", ASK),
    (NS, L, "otra vez", ASK),
    (NS, L, "encore une", ASK),
    (NS, L, "noch eins", ASK),
    (NS, L, "ещё разок", ASK),
    (NS, L, "もう一回", ASK),
    (NS, L, "再来一个", ASK),
    (NS, L, "한 번 더", ASK),
    (NS, L, "deshaz eso", ASK),
    (NS, L, "cofnij to", ASK),
    (NS, L, "元に戻して", ASK),
    (NS, L, "undo kar do", ASK),
    (NS, L, "¡qué bien! siguiente", ASK),
    (NS, L, "perfekt, weiter", ASK),
    (NS, None, "otra más", ASK),
    (NS, None, "un'altra", ASK),
    (NS, None, "ancora una", ASK),
    (NS, None, "nog eentje", ASK),
    (NS, None, "bir daha", ASK),
    (NS, None, "sorpréndeme", new_not("sorpr")),
    (NS, None, "随便", new_not("随便")),
    (NS, None, "ok 👍", ASK),
    # --- (3) a bare negative number, a platform, a dB level in other languages
    (BL, L, "外面-10度，发我一个wav", fmt_is("wav", loudness_lufs=None)),
    (BL, L, "外は-10度だよ、wavで送って", fmt_is("wav", loudness_lufs=None)),
    (BL, L, "밖은 -10도야, wav로 줘", fmt_is("wav", loudness_lufs=None)),
    (BL, L, "на улице -15, скинь mp3", fmt_is("mp3", loudness_lufs=None)),
    (BL, L, "минус 15 на улице, скинь mp3", fmt_is("mp3", loudness_lufs=None)),
    (BL, L, "приглуши вокал на -6 и скинь wav", ASK),
    (BL, L, "vocal ko -8 kam karo, phir mp3", ASK),
    (BL, L, "보컬 -6 낮춰서 wav로", ASK),
    (BL, L, "ボーカルを-6下げてwavで", ASK),
    (BL, L, "transpón -7 semitonos y pásamela en wav", ASK),
    (BL, L, "-7 полутонов и в mp3", ASK),
    (BL, L, "en Spotify perdí -12 seguidores jaja, mándame el wav", fmt_is("wav", loudness_lufs=None)),
    (BL, L, "Spotify pide -14, expórtalo en wav", fmt_is("wav", loudness_lufs=-14.0)),
    (BL, L, "wav на -14 пожалуйста", fmt_is("wav", loudness_lufs=-14.0)),
    (BL, L, "mp3で-14にして", fmt_is("mp3", loudness_lufs=-14.0)),
    (BL, L, "导出mp3，最后-10秒剪掉", trim(end=10, ask_ok=True, loudness_lufs=None)),
    (BL, L, "blende die letzten 8 Sekunden bis -60 dB aus und exportier als mp3", fmt_is("mp3", fade_out_s=8)),
    # --- (4) an m:ss time inside the window: a spot only where it is one
    (SP, L, "1:15 déjalo como está, rehaz 1:00-1:30", ASK),
    (SP, L, "1:15はそのまま残して、1:00〜1:30を作り直して", ASK),
    (SP, L, "1:15 bitte so lassen, 1:00 bis 1:30 neu machen", ASK),
    (SP, L, "1:15 не трогай, переделай 1:00-1:30", ASK),
    (SP, L, "保留1:15，重做1:00到1:30", ASK),
    (SP, L, "la canción debe terminar en 1:50, y rehaz 1:00-2:00", ASK),
    (SP, L, "ein 1:30 langes Gitarrensolo bitte, von 1:00 bis 2:00", ASK),
    (SP, L, "un assolo di 1:30 tra 1:00 e 2:00", ASK),
    (SP, L, "el trozo del 1:10 suena raro, rehaz 1:05-1:20", inp(65, 80)),
    (SP, L, "1:10のところが変なので、1:05〜1:20を作り直して", inp(65, 80)),
    (SP, L, "1:20 ist zu laut, mach 1:10 bis 1:30 neu", inp(70, 90)),
    (SP, L, "на 1:10 щелчок, перегенерируй 1:05–1:20", inp(65, 80)),
    (SP, L, "rehaz 1:00-2:00 para que cuadre con el drop del 1:30 de mi vídeo", inp(60, 120)),
    # --- (5) a whole said shorter than the track is asked; a whole longer, or an amount, is not
    (SH, L3, "alárgala a 2 minutos", ASK),
    (SH, L3, "verlängere auf 2:30", ASK),
    (SH, L3, "延长到两分钟", ASK),
    (SH, L3, "продли до 2 минут", ASK),
    (SH, L3, "2분으로 이어줘", ASK),
    (SH, L3, "que dure 3 minutos", ASK),
    (SH, L3, "añade 2 minutos al final", ext(0, 120)),
    (SH, L3, "结尾再加两分钟", ext(0, 120)),
    (SH, L3, "끝에 2분 더 붙여줘", ext(0, 120)),
    (SH, L3, "verlängere den Song auf 4 Minuten", ext(0, 60)),
    (SH, L3, "прибавь 2 минуты в начале", ext(120, 0)),
    # --- (6) the new cue and side words, and the same words in other senses
    (CW, L, "legg til 10 sekunder i starten, og til slutt eksporter som wav", ext(10, 0, ask_ok=True)),
    (CW, L, "Saya nak main lagu ni kat depan kawan-kawan, tambah 15 saat kat hujung", ext(0, 15)),
    (CW, L, "Saya dengar lagu ni kat depan komputer, potong 5 saat terakhir", trim(end=5)),
    (CW, L, "인트로랑 후렴을 자연스럽게 이어줘", ASK),
    (CW, L, "이어폰으로 들으니까 마지막 5초가 어색해, 잘라줘", trim(end=5)),
    (CW, L, "Förlåt för min fadäs, förläng slutet med 10 sekunder", ext(0, 10, fade_out_s=None, fade_in_s=None)),
    (CW, L, "jaisa pehle bola tha, last 10 second kaat do", trim(end=10)),
    (CW, L, "pehle mp3 bana do, phir 8 second kaat do", ASK),
    (CW, L, "drop se pehle 10 second add karo", ASK),
    (CW, L, "ボーカルの最後の音を2秒のばして", ASK),
    (CW, L, "テンポをのばして、ゆったりさせて", not_out()),
    (CW, L, "mettici più energia nel ritornello", not_out()),
    (CW, L, "mete vwa a pi fò", ASK),
    (CW, L, "knip de eerste 5 seconden weg en exporteer het erna als mp3", trim(start=5, output_format="mp3")),
    (CW, L, "1:00 முதல் 1:30 வரை மறுபடியும் பண்ணுங்க", inp(60, 90)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
