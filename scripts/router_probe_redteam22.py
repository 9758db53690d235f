"""Red-team probe (redteam22) of the router rules changed in ca25875..8cdeabe (1789cff and 8cdeabe), hunting SILENT
WRONG plans: a plan made without a question whose tool or a certain argument is wrong. A new piece made silently
where the person wanted an edit of their open track (or the reverse) is the costliest kind.

The rules under attack: router/__init__.py's _SET_ASIDE (the open track set aside: 'forget this one', 'Vergiss den
Track', 'эту не трогай', '这首不要了', 'これとは別に', '이거 말고', 'start fresh', "this one's not working", 'esse não
serviu', ...), which makes a new piece when a length or a style is said and nothing ties the piece to the track;
_MOOD_TIES (a mood word after it is the new piece's); an edit word inside the set-aside phrase ignored; the new piece
when `duration` is passed with a track and no edit said (req.duration); the _NEW_PIECE additions ('helt ny', 'ny
sang', 'coś nowego', 'nowy podkład', '완전 다른 거'); lang._KEEP's Czech / Slovak / Polish 'ten'; the Hebrew bitrate
'mp3 ב-320'; the fade connector 'لمدة' and the Arabic fade cues 'ظهور تدريجي' / 'اختفاء تدريجي'; the cues.py additions
(付けたい, kapa*, búðu til aftur, erbij, az elejéről, మళ్లీ చేయండి, 再加); account's _SEVERAL in 20 more languages and
'forslag' / 'förslag'; style_words' шансон, 시티팝, बॉलीवुड, píanótónlist; languages' 'fin d ' not Finnish.

First run (8cdeabe, --old ca25875's src): 160 probes labelled and committed before it (cb23a4f). 160 probes, 117 OK
(32 of them answered with a question where ASK or a question was allowed), 0 asked where a plan was sure, 43 silent,
all 43 made by the diff (on ca25875 each was a question or a right plan; ca25875 itself had 4 silent here, the four
named-style probes the diff fixed). Every one of the 43 is the costliest kind: a NEW PIECE (text_to_audio, with the
words' stray time as its length) made silently where the person talks about their open track. The shape: a
set-aside word that is only a discourse phrase ('forget that', 'oublie ce que j'ai dit', 'sorun bu değil', 'עזוב את
זה', 'Lass den Track so', 'this one's not working') + an instrument (a style to names_a_style) or one time + no edit
verb of the cue tables = fresh; the time of the fault becomes the new piece's duration.
  _SET_ASIDE beside a real edit of the track (15):
    'This one is not right, the drums from 0:40 on are sloppy' → text_to_audio drums, 40 s
    "This one's not working: the guitar at 1:10 sounds off" → text_to_audio guitar, 70 s
    'Esse não ficou bom: a guitarra em 1:20 tá desafinada' → text_to_audio, 80 s
    'Lass den Track so, nur die Gitarre bei 1:20 klingt schief' → text_to_audio, 80 s
    'Не это, гитара на 1:20 фальшивит' → text_to_audio, 80 s
    'Inte den här delen – gitarren vid 1:20 låter falsk' → text_to_audio, 80 s
    '人声先放一边，30秒那里的鼓太乱了' → text_to_audio drums, 30 s
    '이거 말고 기타 부분, 1분 20초쯤 기타가 이상해' → text_to_audio, 80 s
    'Deja esta así, pero la batería en 0:45 está fuera de tiempo' → text_to_audio, 45 s
    'Laat dit maar zo, maar de drums op 0:45 slepen' → text_to_audio, 45 s
    'Tohle nech být, kytara v 1:20 je rozladěná' → text_to_audio, 80 s
    'Biarkan yang ini, cuma gitar di 1:20 kedengaran sumbang' → text_to_audio, 80 s
    'Lass den Song so, mach ihn aber insgesamt 4 Minuten lang' → text_to_audio 240 s (want: outpaint to 4 min)
    'Niet deze keer zo lang: 2 minuten is genoeg' → text_to_audio 120 s (labelled NOTNEW; relabelled, see below)
    'Forget the fade, the piano at 0:50 is too loud' → text_to_audio fade, piano, 50 s
  _SET_ASIDE words meaning something else in the sentence (21), each → text_to_audio with the fault's time:
    "Oublie ce que j'ai dit : la guitare à 1:20 sonne faux"; 'Olvida ese detalle, la guitarra en el 1:20 suena
    desafinada'; 'Lascia stare questo, la chitarra a 1:20 è stonata'; 'Esquece esse detalhe, a bateria em 0:45 tá
    atrasada'; 'Vergeet dit, de gitaar op 1:20 klinkt vals'; "Sorun bu değil, gitar 1:20'de çok sert"; 'Bukan yang
    ini masalahnya, gitar di 1:20 fals'; 'Ise chhodo, guitar 1:20 pe besura hai'; 'इसे छोड़ो, 1:20 पर गिटार बेसुरा
    है'; 'Unohda se, kitara kohdassa 1:20 on epävireessä'; 'Felejtsd el, a gitár 1:20-nál hamis'; 'Nem ezt kértem:
    a dob 0:45-nél csúszik'; 'Lasă asta, chitara la 1:20 sună fals'; 'Hayaan mo na ito, pero yung gitara sa 1:20
    sintunado'; 'Achana na hii, gitaa kwenye 1:20 haiko sawa'; 'Άσε το αυτό, η κιθάρα στο 1:20 είναι φάλτσα';
    'خلي هذي على جنب، الجيتار عند 1:20 نشاز'; 'اینو ولش کن، گیتار توی 1:20 خارج میزنه'; 'עזוב את זה, הגיטרה ב-1:20
    מזייפת'; 'Забудь це, гітара на 1:20 фальшивить'; 'Forget that, the guitar at 1:20 is out of tune'.
  _MOOD_TIES (3): 'Lass den Song so, aber die Stimmung ab 2:00 soll düsterer werden' → text_to_audio 120 s; 'Leave it
    as it is, but the mood at 1:00 should be darker' → text_to_audio 60 s; 'Deja esta como está, pero dale un toque
    más oscuro al final, 20 segundos' → text_to_audio 20 s (the mood tie dropped, the track's own mood edit lost).
  req.duration (2): 'this needs a proper ending' (duration 200) → text_to_audio 200 s; 'make the drums hit harder
    around the drop' (duration 180) → text_to_audio 180 s.
  _NEW_PIECE additions (2): 'Gjør introen helt ny, 15 sekunder' → text_to_audio 15 s (want: the intro redone, or
    asked); 'En ny sang? Nei, bare legg 10 sekunder til på slutten' → text_to_audio 10 s (want: outpaint 10 s at the
    end; 'legg … til' split, so no add cue).
None of the other rules (ten, Hebrew bitrate, Arabic fades, the cue additions, _SEVERAL, forslag, styles, 'fin d ')
made a silent plan here.

One label changed after the run (a plain labelling mistake): 'Niet deze keer zo lang: 2 minuten is genoeg' ("not so
long this time: 2 minutes is enough") was NOTNEW; 'this time' can as well mean the next render, a new piece of 2
minutes, so a careful reader is not sure it is an edit: now any plan or a question. After it: 160 probes, 118 OK,
42 silent, all 42 made by the diff. (After the run, two unused imports were also removed.)

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more; this script adds 'vocal_language_not', a
vocal language the plan must not sing in). Verdicts: OK, ASKED, SILENT WRONG, ERROR.

probe_kit's runner passes only the words, the track and its length; this script's runner also passes `duration`
for the few probes listed in DUR (the agent's field the diff's `req.duration` rule reads), nothing else.

Run: sh scripts/uv run python scripts/router_probe_redteam22.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, IN, NEW, SRC, Plan, Request, T, ext, free, inp, main, new, plan


def _wrong22(r: Any, want: dict[str, Any], length: float | None = None) -> list[str]:
    want = dict(want)
    lang_not = want.pop("vocal_language_not", None)
    bad = probe_kit.wrong_more(r, want, length)
    if lang_not is not None and str(r.arguments.get("vocal_language") or "").lower().startswith(lang_not):
        bad.append(f"vocal_language={r.arguments.get('vocal_language')} (want anything else)")
    return bad


# `duration` as the agent passed it, for the probes of the `req.duration` rule (the words are the key)
DUR: dict[str, int] = {}


def _run22(text: str, length: float | None) -> Any:
    req = Request(
        request=text,
        audio=T if length else None,
        audio_length_s=length,
        source_tags=SRC if length else None,
        duration=DUR.get(text),
    )
    try:
        return plan(req)
    except Exception as e:  # (an error is a verdict too)
        return e


probe_kit.wrong = _wrong22
probe_kit.run = _run22
_ = Plan

L = 180.0
NOTNEW = {"tool_not": NEW, "ask_ok": True}  # an edit of the open track (a question allowed); never a new piece
SA = "_SET_ASIDE beside a real edit of the track (the edit wins, or a question)"
SM = "_SET_ASIDE words meaning something else in the sentence ('oublie ce que j'ai dit', 'sorun bu değil')"
SN = "_SET_ASIDE then a new piece (the rule's own cases)"
MT = "_MOOD_TIES: a mood word after the set-aside phrase"
DU = "`duration` passed with a track and no edit said (req.duration)"
NP = "_NEW_PIECE additions ('helt ny', 'ny sang', 'coś nowego', 'nowy podkład', '완전 다른 거')"
TN = "lang._KEEP: Czech / Slovak / Polish 'ten' kept, English 'ten seconds' still 10"
HA = "Hebrew 'mp3 ב-320', Arabic 'لمدة' and 'ظهور تدريجي' / 'اختفاء تدريجي'"
CU = "cues.py additions (付けたい, kapa*, búðu til aftur, erbij, az elejéről, మళ్లీ చేయండి, 再加)"
AC = "account: _SEVERAL in 20 more languages, 'forslag' / 'förslag' as a version noun"
SW = "style_words (шансон, 시티팝, बॉलीवुड, píanótónlist) and languages 'fin d ' not Finnish"


def d(text: str, duration: int) -> str:
    """A request whose probe passes `duration` too."""
    DUR[text] = duration
    return text


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- a set-aside phrase beside a real edit of the open track: the edit, or a question; never a new piece
    (SA, L, "Forget the intro, just redo 0:30-0:40", inp(30, 40)),
    (SA, L, "Leave this one as it is and add 10 s at the end", ext(0, 10, ask_ok=True)),
    (SA, L, "Not this one, the other track", ASK),
    (SA, L, "これとは別に、この曲のサビを作り直して", NOTNEW),
    (SA, L, "Forget about the bridge, just make the last 20 seconds calmer", inp(160, 180, ask_ok=True)),
    (SA, L, "Start fresh on the ending: regenerate 2:40 to 3:00", inp(160, 180)),
    (SA, L, "This one's not working at the end, extend it by 15 seconds", ext(0, 15)),
    (SA, L, "This one is not right, the drums from 0:40 on are sloppy", NOTNEW),
    (SA, L, "This one's not working: the guitar at 1:10 sounds off", NOTNEW),
    (SA, L, "Esse não serviu, o final ficou curto demais, põe mais 15 segundos no fim", ext(0, 15, ask_ok=True)),
    (SA, L, "Esse não ficou bom: a guitarra em 1:20 tá desafinada", NOTNEW),
    (SA, L, "Lass den Track so, nur die Gitarre bei 1:20 klingt schief", NOTNEW),
    (SA, L, "Не этот кусок, а гитару на 1:20 поправь", NOTNEW),
    (SA, L, "Не это, гитара на 1:20 фальшивит", NOTNEW),
    (SA, L, "Inte den här delen – gitarren vid 1:20 låter falsk", NOTNEW),
    (SA, L, "Glöm den, gör låten 20 sekunder längre", ext(0, 20, ask_ok=True)),
    (SA, L, "Ikke denne gangen med fade, bare legg til 10 sekunder på slutten", ext(0, 10, ask_ok=True)),
    (SA, L, "人声先放一边，30秒那里的鼓太乱了", NOTNEW),
    (SA, L, "先放一边吧，结尾淡出3秒", free(fade_out_s=3, ask_ok=True)),
    (SA, L, "이건 그대로 두고 끝에 10초만 더 붙여줘", ext(0, 10, ask_ok=True)),
    (SA, L, "이거 말고 기타 부분, 1분 20초쯤 기타가 이상해", NOTNEW),
    (SA, L, "이건 됐고, 이제 끝을 15초 늘려줘", ext(0, 15, ask_ok=True)),
    (SA, L, "Laisse tomber ce passage, refais juste 1:00-1:15", inp(60, 75)),
    (SA, L, "Pas celui-ci, l'autre morceau", ASK),
    (SA, L, "Deja esta así, pero la batería en 0:45 está fuera de tiempo", NOTNEW),
    (SA, L, "Laat dit maar zo, maar de drums op 0:45 slepen", NOTNEW),
    (SA, L, "Zostaw to intro, gitarę na 1:20 trzeba poprawić", NOTNEW),
    (SA, L, "Tohle nech být, kytara v 1:20 je rozladěná", NOTNEW),
    (SA, L, "Nechaj to tak, len predĺž koniec o 10 sekúnd", ext(0, 10, ask_ok=True)),
    (SA, L, "Bunu boşver, sonuna 10 saniye ekle", ext(0, 10, ask_ok=True)),
    (SA, L, "Lupakan yang ini, tambahkan 10 detik di akhir", ext(0, 10, ask_ok=True)),
    (SA, L, "Biarkan yang ini, cuma gitar di 1:20 kedengaran sumbang", NOTNEW),
    (SA, L, "ये वाला नहीं, 1:00 से 1:20 तक फिर से बनाओ", inp(60, 80, ask_ok=True)),
    (SA, L, "Ei tätä kohtaa, vaan lisää 10 sekuntia loppuun", ext(0, 10, ask_ok=True)),
    (SA, L, "Uită de intro, adaugă 10 secunde la final", ext(0, 10, ask_ok=True)),
    (SA, L, "Kalimutan mo yun, dagdagan mo ng 10 segundo sa dulo", ext(0, 10, ask_ok=True)),
    (SA, L, "Không phải bài này, bài kia cơ", ASK),
    (SA, L, "Ξέχνα το, πρόσθεσε 10 δευτερόλεπτα στο τέλος", ext(0, 10, ask_ok=True)),
    (SA, L, "انسى هذا، زود 10 ثواني في النهاية", ext(0, 10, ask_ok=True)),
    (SA, L, "תשכח מזה, תוסיף 10 שניות בסוף", ext(0, 10, ask_ok=True)),
    (SA, L, "Leave it as it is but make it 4 minutes in total", ext(0, 60, ask_ok=True)),
    (SA, L, "Leave it alone up to 1:30 and redo everything after that", inp(90, 180, ask_ok=True)),
    (SA, L, "Lass den Song so, mach ihn aber insgesamt 4 Minuten lang", ext(0, 60, ask_ok=True)),
    (SA, L, "Start fresh from 1:00, the first minute is fine", NOTNEW),
    (SA, L, "This one is done, just export it as mp3 320", free(output_format="mp3", bitrate_kbps=320)),
    (SA, L, "Niet deze keer zo lang: 2 minuten is genoeg", {"ask_ok": True}),  # relabelled after the run
    (SA, L, "Forget the fade, the piano at 0:50 is too loud", NOTNEW),
    # --- set-aside words that mean something else in the sentence
    (SM, L, "Oublie ce que j'ai dit : la guitare à 1:20 sonne faux", NOTNEW),
    (SM, L, "Oublie ce que j'ai dit, ajoute juste 10 secondes à la fin", ext(0, 10, ask_ok=True)),
    (SM, L, "Olvida ese detalle, la guitarra en el 1:20 suena desafinada", NOTNEW),
    (SM, L, "Lascia stare questo, la chitarra a 1:20 è stonata", NOTNEW),
    (SM, L, "Esquece esse detalhe, a bateria em 0:45 tá atrasada", NOTNEW),
    (SM, L, "Vergeet dit, de gitaar op 1:20 klinkt vals", NOTNEW),
    (SM, L, "Nie ten instrument: gitara na 1:20 jest za głośna", NOTNEW),
    (SM, L, "Sorun bu değil, gitar 1:20'de çok sert", NOTNEW),
    (SM, L, "Bukan yang ini masalahnya, gitar di 1:20 fals", NOTNEW),
    (SM, L, "Ise chhodo, guitar 1:20 pe besura hai", NOTNEW),
    (SM, L, "इसे छोड़ो, 1:20 पर गिटार बेसुरा है", NOTNEW),
    (SM, L, "Unohda se, kitara kohdassa 1:20 on epävireessä", NOTNEW),
    (SM, L, "Felejtsd el, a gitár 1:20-nál hamis", NOTNEW),
    (SM, L, "Nem ezt kértem: a dob 0:45-nél csúszik", NOTNEW),
    (SM, L, "Lasă asta, chitara la 1:20 sună fals", NOTNEW),
    (SM, L, "Hayaan mo na ito, pero yung gitara sa 1:20 sintunado", NOTNEW),
    (SM, L, "Achana na hii, gitaa kwenye 1:20 haiko sawa", NOTNEW),
    (SM, L, "Άσε το αυτό, η κιθάρα στο 1:20 είναι φάλτσα", NOTNEW),
    (SM, L, "خلي هذي على جنب، الجيتار عند 1:20 نشاز", NOTNEW),
    (SM, L, "اینو ولش کن، گیتار توی 1:20 خارج میزنه", NOTNEW),
    (SM, L, "עזוב את זה, הגיטרה ב-1:20 מזייפת", NOTNEW),
    (SM, L, "Забудь це, гітара на 1:20 фальшивить", NOTNEW),
    (SM, L, "Forget that, the guitar at 1:20 is out of tune", NOTNEW),
    (SM, L, "Don't forget the fade-out at the end, 3 seconds", free(fade_out_s=3, ask_ok=True)),
    (SM, L, "Vergiss den Track nicht zu normalisieren: -14 LUFS", free(loudness_lufs=-14, ask_ok=True)),
    (SM, L, "Don't forget the outro this time, the piano at 2:30 cuts off too early", NOTNEW),
    # --- the set-aside phrase, then a piece of its own: the rule's own cases
    (SN, L, "Forget this one, make a 2 minute jazz trio", new(duration=120)),
    (SN, L, "Vergiss den Track, ich will was ganz Neues: Techno, 3 Minuten", new(duration=180)),
    (SN, L, "Эту не трогай, сделай новый трек: рок, 2 минуты", new(duration=120)),
    (SN, L, "Laisse tomber ce morceau, fais-moi une valse de 90 secondes", new(duration=90)),
    (SN, L, "这首不要了，来一首两分钟的爵士", new(duration=120)),
    (SN, L, "これとは別に、30秒のジングルを作って", new(duration=30)),
    (SN, L, "이거 말고 2분짜리 힙합 하나 만들어줘", new(duration=120)),
    (SN, L, "start fresh: lo-fi hip hop, 2 minutes", new(duration=120)),
    (SN, L, "this one's not working, give me a 90 second synthwave piece instead", new(duration=90)),
    (SN, L, "esse não serviu, faz um samba de 2 minutos", new(duration=120)),
    (SN, L, "ไม่เอาเพลงนี้ ขอเพลงใหม่ แจ๊ส 2 นาที", new(duration=120)),
    # --- a mood word after the set-aside phrase
    (MT, L, "Forget this one, same vibe but 2 minutes long", new(duration=120, ask_ok=True)),
    (MT, L, "Laisse tomber celui-là, garde l'ambiance mais rallonge la fin de 20 secondes", ext(0, 20, ask_ok=True)),
    (MT, L, "Lass den Song so, aber die Stimmung ab 2:00 soll düsterer werden", NOTNEW),
    (MT, L, "Leave it as it is, but the mood at 1:00 should be darker", NOTNEW),
    (MT, L, "Forget the intro, the vibe from 1:30 to 2:00 needs to be chiller", inp(90, 120, ask_ok=True)),
    (MT, L, "Deja esta como está, pero dale un toque más oscuro al final, 20 segundos", NOTNEW),
    (MT, L, "Not this one, I want a new track with the feel of this one, 2 min", new(duration=120, ask_ok=True)),
    # --- `duration` passed with the track open
    (DU, L, d("the guitar at 1:20 sounds off", 180), NOTNEW),
    (DU, L, d("this needs a proper ending", 200), NOTNEW),
    (DU, L, d("make the drums hit harder around the drop", 180), NOTNEW),
    (DU, L, d("can you smooth out the transition at 1:05", 60), NOTNEW),
    (DU, L, d("a lo-fi beat for my vlog", 120), new(duration=120, ask_ok=True)),
    (DU, L, d("Die Gitarre bei 1:20 klingt schief", 180), NOTNEW),
    (DU, L, d("La voz en 0:50 se corta", 180), NOTNEW),
    (DU, L, d("ジャズピアノトリオで3分の曲", 180), new(duration=180)),
    # --- the _NEW_PIECE additions
    (NP, L, "Lag en helt ny sang, 2 minutter, rolig piano", new(duration=120)),
    (NP, L, "Gjør introen helt ny, 15 sekunder", NOTNEW),
    (NP, L, "Gör slutet helt nytt, sista 20 sekunderna", inp(160, 180, ask_ok=True)),
    (NP, L, "En ny sang? Nei, bare legg 10 sekunder til på slutten", ext(0, 10, ask_ok=True)),
    (NP, L, "Nie coś nowego, tylko przedłuż ten utwór o 20 sekund", ext(0, 20, ask_ok=True)),
    (NP, L, "Zrób coś nowego z refrenem, 1:00-1:20", inp(60, 80, ask_ok=True)),
    (NP, L, "Daj nowy podkład pod zwrotkę od 0:30 do 0:50", inp(30, 50, ask_ok=True)),
    (NP, L, "Potrzebuję nowy podkład, 2 minuty, trap", new(duration=120)),
    (NP, L, "완전 다른 거 말고, 끝에 10초만 붙여줘", ext(0, 10, ask_ok=True)),
    (NP, L, "완전 다른 곡으로, 2분 재즈", new(duration=120)),
    (NP, L, "Helt ny låt, 3 minuter, synthpop", new(duration=180)),
    (NP, L, "Det er ikke en helt ny låt jeg vil ha, bare fiks 0:30-0:40", inp(30, 40, ask_ok=True)),
    # --- 'ten': Slavic 'that' vs English ten
    (TN, L, "Ten track prodluž o 20 sekund", ext(0, 20, ask_ok=True)),
    (TN, L, "Ten song je fajn, len pridaj 15 sekúnd na koniec", ext(0, 15, ask_ok=True)),
    (TN, L, "Ten utwór przedłuż o 30 sekund", ext(0, 30, ask_ok=True)),
    (TN, L, "Add ten seconds at the end", ext(0, 10)),
    (TN, L, "Cut ten seconds from the start", free(trim_start_s=10, ask_ok=True)),
    (TN, L, "Ten kawałek jest za krótki, dodaj 10 sekund na końcu", ext(0, 10, ask_ok=True)),
    (TN, L, "Ten numer skróć o 10 sekund na końcu", free(trim_end_s=10, ask_ok=True)),
    (TN, L, "Udělej ten konec delší o 15 sekund", ext(0, 15, ask_ok=True)),
    (TN, L, "Regenerate ten seconds starting at 1:00", inp(60, 70, ask_ok=True)),
    (TN, L, "Ten je moc krátký, přidej na konec 20 sekund", ext(0, 20, ask_ok=True)),
    # --- Hebrew bitrate, Arabic fades
    (HA, L, "תמיר את זה ל-mp3 ב-320", free(output_format="mp3", bitrate_kbps=320)),
    (HA, L, "mp3 ב-128 בבקשה", free(output_format="mp3", bitrate_kbps=128)),
    (HA, L, "תעשה fade out של 5 שניות ותמיר ל-mp3 ב-192", free(fade_out_s=5, output_format="mp3", bitrate_kbps=192)),
    (HA, L, "תמיר ל-mp3 ב-30 השניות האחרונות יש רעש", {"tool_not": NEW, "bitrate_kbps": None, "ask_ok": True}),
    (HA, L, "fade out لمدة 5 ثواني في النهاية", free(fade_out_s=5)),
    (HA, L, "ظهور تدريجي لمدة ثانيتين في البداية", free(fade_in_s=2, fade_out_s=None)),
    (HA, L, "اختفاء تدريجي في النهاية لمدة 4 ثواني", free(fade_out_s=4, fade_in_s=None)),
    (HA, L, "اعمل اختفاء تدريجي للصوت في آخر 6 ثواني", free(fade_out_s=6, fade_in_s=None, ask_ok=True)),
    (HA, L, "زود 10 ثواني في الآخر مع fade out لمدة 3 ثواني", ext(0, 10, ask_ok=True)),
    # --- cue additions
    (CU, L, "最後に5秒付けたい", ext(0, 5, ask_ok=True)),
    (CU, L, "イントロに3秒付けたい", ext(3, 0, ask_ok=True)),
    (CU, L, "これとは別に新しい曲を作ってほしい。ボーカルを付けたい。2分くらいで", new(duration=120, ask_ok=True)),
    (CU, L, "Kapa de sista 5 sekunderna", free(trim_end_s=5)),
    (
        CU,
        L,
        "Filen är för stor för min kapacitet, gör den till mp3",
        free(output_format="mp3", trim_start_s=None, trim_end_s=None, ask_ok=True),
    ),
    (CU, L, "Búðu til aftur kaflann frá 0:30 til 0:40", inp(30, 40)),
    (CU, L, "Ik wil een nieuw nummer van 2 minuten, met piano erbij", new(duration=120, ask_ok=True)),
    (CU, L, "Doe er 10 seconden erbij aan het eind", ext(0, 10, ask_ok=True)),
    (CU, L, "Vergeet deze, maak een jazznummer van 3 minuten met een saxofoon erbij", new(duration=180, ask_ok=True)),
    (CU, L, "Vágj le 5 másodpercet az elejéről", free(trim_start_s=5, ask_ok=True)),
    (CU, L, "Kezdjük az elejéről: egy új, 2 perces jazz szám", new(duration=120, ask_ok=True)),
    (CU, L, "0:30 నుండి 0:40 వరకు మళ్లీ చేయండి", inp(30, 40, ask_ok=True)),
    (CU, L, "再加10秒结尾", ext(0, 10, ask_ok=True)),
    (CU, L, "再加一首2分钟的爵士", new(duration=120, ask_ok=True)),
    (CU, L, "音量再加大一点", free(ask_ok=True)),
    # --- several versions, 'forslag'
    (AC, None, "Lag 3 forslag til en rolig pianolåt på 2 minutter", new(duration=120, takes=3, ask_ok=True)),
    (
        AC,
        None,
        "Her er to forslag til stemning: rolig eller glad. Lag en sang på 2 minutter",
        new(duration=120, takes=None, ask_ok=True),
    ),
    (AC, None, "Gör 2 förslag på ett intro på 20 sekunder", new(duration=20, takes=2, ask_ok=True)),
    (AC, None, "Készíts néhány változatot egy 2 perces jazz számból", new(duration=120, ask_ok=True)),
    (AC, None, "Egy 2 perces jazz szám, de több zongorával", new(duration=120, takes=None, ask_ok=True)),
    (AC, None, "Lag en sang på 2 minutter med flere gitarer", new(duration=120, takes=None, ask_ok=True)),
    (AC, None, "Fă o piesă de 2 minute cu mai multe tobe", new(duration=120, takes=None, ask_ok=True)),
    (AC, L, "Lag flere versjoner av de siste 10 sekundene", {"tool_not": NEW, "ask_ok": True}),
    # --- named styles, 'fin d ' not Finnish
    (SW, None, "Une chanson pour la fin d année, 2 minutes", new(duration=120, vocal_language_not="fi", ask_ok=True)),
    (SW, None, "Сделай шансон на 2 минуты", new(duration=120, tags_text=["chanson"], ask_ok=True)),
    (SW, None, "시티팝 2분짜리 만들어줘", new(duration=120, tags_text=["city pop"], ask_ok=True)),
    (SW, None, "बॉलीवुड गाना 2 मिनट का", new(duration=120, tags_text=["bollywood"], ask_ok=True)),
    (SW, None, "Búðu til 2 mínútna píanótónlist", new(duration=120, tags_text=["piano"], ask_ok=True)),
    (SW, L, "Забудь про это, сделай шансон", new(ask_ok=True)),
    (SW, L, "이거 말고 시티팝으로 바꿔줘", {"tool_not": IN, "ask_ok": True}),
]


if __name__ == "__main__":
    main(PROBES, __file__)
