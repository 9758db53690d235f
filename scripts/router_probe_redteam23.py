"""Red-team probe (redteam23) of the router rules changed in 8cdeabe..6053588 (3104dfd and 6053588), hunting SILENT
WRONG plans: a plan made without a question whose tool or a certain argument is wrong. A dropped length and a new
piece made where an edit was meant (or the reverse) are the costliest kinds.

The rules under attack: router/__init__.py's _SET_ASIDE now needing _NEW_OR_INSTEAD or _A_NEW_THING and a length
said as a length (_a_length, _AT_A_PLACE: 'around', 'di', 'в', 'la', 'no', Japanese 'で', Korean '쯤'); _MOOD_TIES;
`duration` with the track open needing _A_NEW_THING and no section word; _BITRATE_AT (a standard bitrate after
'at' a few words after mp3 / ogg); _ONE_MORE_MINUTE ('ещё минуту', 'ještě minutu'); _FIRST's Nepali 'पहिलो' and
Urdu 'شروع کے' / 'start کے'; _NEW_PIECE's 'en helt ny' and 'ny sang' not before '?'; account.py's _NOT_TIME_AFTER
(guests, people, players, Greek ordinal endings 'ο' / 'η' / 'α', '-an', ' de mi ') and _NOT_TIME_BEFORE ('niveau',
'bane', 'klasse', 'fase', 'díl', 'route', 'ü', 'ngày', 'วันที่', ...); read.py's _INHERIT not giving a unit to a
number before a people noun; cues.py (úsztat*, गानरहित*, మళ్లీ చేయండి, 付けたい, kapa*, búðu til aftur, erbij, az
elejéről); style_words ('med kor', Serbian 'трубама').

First run (6053588, --old 8cdeabe's src): 152 probes labelled and committed before it (ba6ca2a). 152 probes, 138
OK (the ones answered with a question where a question was allowed among them), 0 asked where a plan was sure, 13
silent, 9 of them made by the diff, 1 ERROR (pre-existing: the same on 8cdeabe).
  Made by the diff, all nine _BITRATE_AT (a cut point said as a bare number after 'at' / 'på' / 'en' / 'em' / 'à' /
  'a' / 'na' a few words after 'mp3' becomes the bitrate; the cut itself is dropped too: no trim in any of them):
    'Convert to mp3 and cut at 160' → process_track mp3, bitrate_kbps 160 (want no bitrate; cut at 160 s or asked)
    'Konvertera till mp3 och kapa på 160' → mp3, bitrate 160
    'Pásalo a mp3 y córtalo en 160' → mp3, bitrate 160
    'Passa para mp3 e corta em 160' → mp3, bitrate 160
    'Mets-le en mp3 et coupe à 160' → mp3, bitrate 160
    'Fallo in mp3 e taglialo a 160' → mp3, bitrate 160
    'Gjør den om til mp3 og kutt på 128' → mp3, bitrate 128
    'Zrób z tego mp3 i utnij na 128' → mp3, bitrate 128
    'Save it as mp3 and trim it at 128' → mp3, bitrate 128
  Pre-existing (silent on 8cdeabe too): 'Det skal være en helt ny sang, ikke en forlengelse: 2 minutter' →
  audio_outpaint +120 s (want a new piece of 2 min); 'Lag en helt ny versjon av refrenget' → text_to_audio (want an
  edit of the chorus); 'an ambient loop for a game menu' (duration 60) → process_track loop of the open track (want a
  new piece of 60 s); '开头淡入2秒，结尾淡出3 人声别动' → fade in 2 s only, the 3 s fade out dropped. ERROR (also on
  8cdeabe): 'Bikin jingle 30-an detik buat iklan' → InvalidInput, `duration` 1.
None of the other rules (the set-aside now needing a new word and a length not at a place, 'helt ny' / 'ny sang',
`duration` with a track, 'ещё минуту', the new _NOT_TIME words, _INHERIT's people, _FIRST, the cues, 'med kor',
'трубама') made a silent plan here: the set-aside probes without a new word or with 'around' / 'di' / 'で' / '쯤'
were new pieces or questions. No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED, SILENT WRONG, ERROR.
This script's runner also passes `duration` for the probes listed in DUR (the agent's field), nothing else.

Run: sh scripts/uv run python scripts/router_probe_redteam23.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import IN, NEW, OUT, Request, T, ext, free, inp, main, new, plan

# `duration` as the agent passed it, for the probes of the `req.duration` rule (the words are the key)
DUR: dict[str, int] = {}


def _run23(text: str, length: float | None) -> Any:
    req = Request(
        request=text,
        audio=T if length else None,
        audio_length_s=length,
        source_tags=probe_kit.SRC if length else None,
        duration=DUR.get(text),
    )
    try:
        return plan(req)
    except Exception as e:  # (an error is a verdict too)
        return e


probe_kit.wrong = probe_kit.wrong_more
probe_kit.run = _run23

L = 180.0
NOTNEW = {"tool_not": NEW, "ask_ok": True}  # an edit of the open track (a question allowed); never a new piece
NOBR = {"tool_not": NEW, "bitrate_kbps": None, "ask_ok": True}  # a time, not a bitrate
SA = "_SET_ASIDE then a new piece said with no 'new' word (style + length): a new piece, or a question"
PL = "_SET_ASIDE + a new word, the length after a place-like word ('around', 'di', 'で', '쯤', 'в', 'la')"
NP = "_NEW_PIECE 'en helt ny' / 'ny sang' (not before '?'): 'noe helt nytt', 'helt ny musikk'"
DU = "`duration` passed with a track open: a new piece said without a listed noun, or with a section word"
BR = "_BITRATE_AT: a bare time after 'at' / 'på' / 'en' a few words after mp3 (a cut point, not a bitrate)"
OM = "_ONE_MORE_MINUTE: 'ещё минуту', 'ještě minutu', 'jeszcze minutę'"
NT = "_NOT_TIME_AFTER / _NOT_TIME_BEFORE: counts, ordinals, episodes, levels beside a real length"
IH = "read._INHERIT: a bare number before a people-like word ('gostaria', '人声', 'osobně')"
FI = "_FIRST: Nepali 'पहिलो', Urdu 'شروع کے' / 'start کے'"
CU = "cues.py additions (úsztat*, गानरहित*, kapa*, búðu til aftur, erbij, az elejéről, మళ్లీ చేయండి, 付けたい)"
SW = "style_words: 'med kor' (choir) in da / no, Serbian 'трубама'"


def d(text: str, duration: int) -> str:
    """A request whose probe passes `duration` too."""
    DUR[text] = duration
    return text


def nw(sec: float) -> dict[str, Any]:
    return new(duration=sec, ask_ok=True)


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- the track set aside, then a piece of its own with no word for 'new': a new piece (or a question)
    (SA, L, "Forget this one. Jazz trio, 2 minutes.", nw(120)),
    (SA, L, "Vergiss den Track. Techno, 3 Minuten, 128 BPM", nw(180)),
    (SA, L, "Эту не трогай. Рок, 2 минуты", nw(120)),
    (SA, L, "这首不要了，爵士，两分钟", nw(120)),
    (SA, L, "이거 말고, 재즈 2분짜리", nw(120)),
    (SA, L, "Laisse tomber ce morceau : du jazz manouche, 2 minutes", nw(120)),
    (SA, L, "Olvida esta canción: reguetón, 2 minutos", nw(120)),
    (SA, L, "Esquece essa: forró, 2 minutos", nw(120)),
    (SA, L, "Lascia stare questa: un valzer, 90 secondi", nw(90)),
    (SA, L, "Vergeet deze: techno, 3 minuten", nw(180)),
    (SA, L, "Zapomnij o tym, disco polo, 2 minuty", nw(120)),
    (SA, L, "Glöm den, lugn jazz, 2 minuter", nw(120)),
    (SA, L, "Glem den, rolig piano på 2 minutter", nw(120)),
    (SA, L, "Bunu boşver, 2 dakikalık bir caz", nw(120)),
    (SA, L, "Lupakan lagu ini, dangdut 2 menit", nw(120)),
    (SA, L, "Unohda tämä, 2 minuutin tango", nw(120)),
    (SA, L, "Felejtsd el, 2 perces csárdás", nw(120)),
    (SA, L, "Lasă asta, o manea de 2 minute", nw(120)),
    (SA, L, "これとは別に、ジャズを3分で", nw(180)),
    (SA, L, "Ise chhodo, 2 minute ka bhajan", nw(120)),
    (SA, L, "Kalimutan mo yun, 2 minutong OPM ballad", nw(120)),
    (SA, L, "Tohle nech být, polka na 2 minuty", nw(120)),
    (SA, L, "Not this one, a 2 minute reggae", nw(120)),
    (SA, L, "Забудь це, 2 хвилини фолку", nw(120)),
    (SA, L, "Άσε το αυτό, ρεμπέτικο 2 λεπτά", nw(120)),
    (SA, L, "خلي هذي على جنب، طرب دقيقتين", nw(120)),
    (SA, L, "עזוב את זה, מזרחית 2 דקות", nw(120)),
    (SA, L, "Biarkan yang ini, keroncong 3 menit", nw(180)),
    # --- set aside + a new word, the length said after a word the rule reads as a place
    (PL, L, "Forget this one, give me something else instead, around 2 minutes of lo-fi", nw(120)),
    (PL, L, "this one's not working, something new, around 90 seconds", nw(90)),
    (PL, L, "Lascia stare questa, fammi invece un valzer di 90 secondi", nw(90)),
    (PL, L, "Lascia perdere questo, piuttosto un pezzo jazz di 2 minuti", nw(120)),
    (PL, L, "これとは別に、新しい曲を2分でお願い", nw(120)),
    (PL, L, "이거 말고 새로운 거, 2분쯤 되는 재즈", nw(120)),
    (PL, L, "Эту не трогай, давай новую, минуты в 3", nw(180)),
    (PL, L, "Esquece essa, faz outra coisa, no máximo 2 minutos", nw(120)),
    (PL, L, "Vergiss den Track, lieber was Neues um die 2 Minuten", nw(120)),
    (PL, L, "Lasă asta, fă o piesă nouă, cam la 2 minute", nw(120)),
    (PL, L, "Bỏ qua bài này, làm bài mới tầm 2 phút", nw(120)),
    (PL, L, "Laisse tomber celui-là, fais-moi plutôt un morceau de 2 à 3 minutes", {"tool": NEW, "ask_ok": True}),
    (PL, L, "Bunu boşver, yeni bir şey yap, caz ve 2 dakika", nw(120)),
    (PL, L, "forget this one, make something new on piano, 2 minutes", nw(120)),
    # --- 'helt ny', 'ny sang'
    (NP, L, "Lag noe helt nytt: rolig piano, 2 minutter", nw(120)),
    (NP, L, "Gör något helt nytt, jazz, 2 minuter", nw(120)),
    (NP, L, "Lag helt ny musikk til videoen, 90 sekunder", nw(90)),
    (NP, L, "Helt ny sang, 2 minutter, country", nw(120)),
    (NP, L, "Kan du lage en ny sang på 2 minutter?", nw(120)),
    (NP, L, "Lag en ny sang? Nei, bare gjør den 20 sekunder lengre", ext(0, 20, ask_ok=True)),
    (NP, L, "Lav noget helt nyt, 2 minutter jazz", nw(120)),
    (NP, L, "Helt ny låt, tack – 3 minuter, synthpop", nw(180)),
    (NP, L, "Gjør introen helt ny, 15 sekunder", NOTNEW),
    (NP, L, "Det skal være en helt ny sang, ikke en forlengelse: 2 minutter", nw(120)),
    (NP, L, "Lag en helt ny versjon av refrenget", NOTNEW),
    # --- `duration` passed with the track open
    (DU, L, d("a lo-fi beat for my vlog", 120), nw(120)),
    (DU, L, d("background music for my yoga class", 300), nw(300)),
    (DU, L, d("an ambient loop for a game menu", 60), nw(60)),
    (DU, L, d("una base de reguetón para mi video", 90), nw(90)),
    (DU, L, d("einen Beat für meinen Podcast", 60), nw(60)),
    (DU, L, d("做一段背景音乐，轻松一点", 120), nw(120)),
    (DU, L, d("BGMを作って、カフェっぽい感じで", 120), nw(120)),
    (DU, L, d("a new song with a long guitar intro", 150), nw(150)),
    (DU, L, d("ein Lied mit einem schönen Refrain über meinen Hund", 120), nw(120)),
    (DU, L, d("una canción con un estribillo pegadizo sobre el verano", 150), nw(150)),
    (DU, L, d("a jingle with a short outro for my podcast", 30), nw(30)),
    (DU, L, d("the chorus needs more punch", 180), NOTNEW),
    (DU, L, d("make the bridge longer", 200), NOTNEW),
    (DU, L, d("Ein Song für die Hochzeit meiner Schwester", 180), nw(180)),
    (DU, L, d("une chanson douce pour endormir ma fille", 120), nw(120)),
    # --- a bare time a few words after mp3: a cut point, not a bitrate
    (BR, L, "Convert to mp3 and cut at 160", NOBR),
    (BR, L, "Konvertera till mp3 och kapa på 160", NOBR),
    (BR, L, "Pásalo a mp3 y córtalo en 160", NOBR),
    (BR, L, "Passa para mp3 e corta em 160", NOBR),
    (BR, L, "Mets-le en mp3 et coupe à 160", NOBR),
    (BR, L, "Fallo in mp3 e taglialo a 160", NOBR),
    (BR, L, "Gjør den om til mp3 og kutt på 128", NOBR),
    (BR, L, "Zrób z tego mp3 i utnij na 128", NOBR),
    (BR, L, "Save it as mp3 and trim it at 128", NOBR),
    (BR, L, "Make it an mp3 at 320", free(output_format="mp3", bitrate_kbps=320)),
    (BR, L, "Κάν' το mp3 στα 192", free(output_format="mp3", bitrate_kbps=192)),
    (BR, L, "Give me an mp3 of it at 256", free(output_format="mp3", bitrate_kbps=256)),
    (BR, L, "Exportiere als mp3 mit 192 kbps", free(output_format="mp3", bitrate_kbps=192)),
    (
        BR,
        L,
        "Make it mp3 at 128 and cut the last 10 seconds",
        free(output_format="mp3", bitrate_kbps=128, trim_end_s=10),
    ),
    (BR, L, "Converta para mp3 em 320", free(output_format="mp3", bitrate_kbps=320)),
    # --- 'one more minute'
    (OM, L, "Добавь ещё минуту в конце", ext(0, 60)),
    (OM, L, "Přidej ještě minutu a půl na konec", ext(0, 90, ask_ok=True)),
    (OM, L, "Добавь ещё минуту тридцать в конец", ext(0, 90, ask_ok=True)),
    (OM, L, "Добавь ещё минуту 20 секунд в конце", ext(0, 80, ask_ok=True)),
    (OM, L, "Ещё минуту подумаю. А пока обрежь последние 10 секунд", free(trim_end_s=10, ask_ok=True)),
    (OM, L, "Dodaj jeszcze minutę na końcu", ext(0, 60, ask_ok=True)),
    (OM, L, "Dodaj još minutu na kraju", ext(0, 60, ask_ok=True)),
    (OM, L, "Додай ще хвилину в кінці", ext(0, 60, ask_ok=True)),
    (OM, L, "Убери ещё секунду тишины в начале", free(trim_start_s=1, ask_ok=True)),
    (OM, L, "Сделай ещё минуту такого же, но без вокала, в конце", ext(0, 60, ask_ok=True)),
    (OM, L, "Ещё минуту назад всё было нормально, а теперь гитара на 1:20 фальшивит", {"tool": IN, "ask_ok": True}),
    (OM, L, "Ještě minutu mi dej na konec, ať to doznívá", ext(0, 60, ask_ok=True)),
    (OM, L, "Jeszcze minutę i 30 sekund dołóż na końcu", ext(0, 90, ask_ok=True)),
    # --- numbers that are no lengths beside real lengths
    (NT, None, "Haz una canción de 3 minutos para los 15 de mi sobrina", nw(180)),
    (NT, L, "Quiero 30 segundos más de mi canción al final", ext(0, 30, ask_ok=True)),
    (NT, L, "Corta los últimos 20 de mi canción", free(trim_end_s=20, ask_ok=True)),
    (NT, None, "Φτιάξε ένα τραγούδι 5 λεπτά για το 5ο επεισόδιο", nw(300)),
    (NT, L, "Πρόσθεσε 10 η 15 δευτερόλεπτα στο τέλος", {"tool": OUT, "ask_ok": True}),
    (NT, L, "Κόψε τα τελευταία 10 δευτερόλεπτα", free(trim_end_s=10, ask_ok=True)),
    (NT, None, "Κάνε μια μπαλάντα 4 λεπτά για 40 άτομα", nw(240)),
    (NT, None, "Lag en sang på 3 minutter til 25 pers", nw(180)),
    (NT, None, "Lav en sang på 2 minutter til klasse 3b", nw(120)),
    (NT, L, "Fase 2: maak het nummer 30 seconden langer", ext(0, 30, ask_ok=True)),
    (NT, L, "Fase 2 del proyecto: alarga la canción 30 segundos", ext(0, 30, ask_ok=True)),
    (NT, None, "Route 66 vibe, 3 minutes of desert rock", nw(180)),
    (NT, None, "Tạo bài hát 3 phút cho ngày 20", nw(180)),
    (NT, L, "Kéo dài thêm 20 giây cho bài hát ngày hôm nay", ext(0, 20, ask_ok=True)),
    (NT, None, "Bikin jingle 30-an detik buat iklan", nw(30)),
    (NT, None, "Lagu santai 3 menitan buat kafe", nw(180)),
    (NT, L, "Hosszabbítsd meg 20 másodperccel, 17-en leszünk", ext(0, 20, ask_ok=True)),
    (NT, L, "Şarkının son bölümü 20 saniye daha uzun olsun", ext(0, 20, ask_ok=True)),
    (NT, None, "Ü30 Party Song, 3 Minuten, Schlager", nw(180)),
    (NT, None, "Türkü 3 dakika olsun, bağlama ile", nw(180)),
    (NT, None, "Udělej 2minutovou znělku pro 5. díl podcastu", nw(120)),
    (NT, None, "Znělka pro díl 56, 30 sekund", nw(30)),
    (NT, None, "Niveau 2 de mon jeu : musique de boss, 90 secondes", nw(90)),
    (NT, None, "Musik til bane 4 i mit spil, 2 minutter", nw(120)),
    (NT, None, "Saremo in 120 invitati, fai una canzone di 3 minuti", nw(180)),
    (NT, None, "Vor 200 Mitarbeitern: Hymne, 2 Minuten", nw(120)),
    (NT, None, "Episodul 8 are nevoie de un intro de 20 de secunde", nw(20)),
    (NT, None, "วันที่ 5 มีงาน ขอเพลง 2 นาที", nw(120)),
    (NT, None, "Wageni 200, wimbo wa dakika 3", nw(180)),
    (NT, None, "Píseň na 3 minuty pro 120 hostů", nw(180)),
    (NT, L, "Klasse! Jetzt noch 20 Sekunden länger am Ende", ext(0, 20, ask_ok=True)),
    (NT, L, "Prodluž to o 20 sekund, rozdíl 10 sekund nestačí", {"tool": OUT, "ask_ok": True}),
    # --- a bare number before a people-like word
    (IH, L, "Fade in de 2 s e fade out de 4 gostaria que fosse suave", free(fade_in_s=2, fade_out_s=4, ask_ok=True)),
    (IH, L, "开头淡入2秒，结尾淡出3 人声别动", free(fade_in_s=2, fade_out_s=3, ask_ok=True)),
    (IH, L, "Přidej 10 s na začátek a 20 osobně bych dal na konec", {"tool": OUT, "ask_ok": True}),
    (IH, None, "2 dəqiqəlik mahnı, 150 qonaq üçün", nw(120)),
    (IH, None, "3 Minuten Walzer, 80 Gäste", nw(180)),
    # --- _FIRST additions
    (FI, L, "पहिलो 10 सेकेन्ड फेरि बनाउनुहोस्", inp(0, 10, ask_ok=True)),
    (FI, L, "شروع کے 10 سیکنڈ دوبارہ بناؤ", inp(0, 10, ask_ok=True)),
    (FI, L, "start کے 15 سیکنڈ کاٹ دو", free(trim_start_s=15, ask_ok=True)),
    (FI, L, "पहिलो 20 सेकेन्ड काटिदिनुहोस्", free(trim_start_s=20, ask_ok=True)),
    (FI, L, "گانے کے شروع کے 30 سیکنڈ بعد گٹار آتا ہے، وہاں ڈرم ٹھیک کرو", NOTNEW),
    # --- cue additions
    (CU, L, "Úsztasd ki a végét 5 másodperc alatt", free(fade_out_s=5, ask_ok=True)),
    (CU, L, "Felúsztatás az elején 3 másodperc", free(fade_in_s=3, ask_ok=True)),
    (CU, None, "गानरहितं सङ्गीतं रचय, 2 मिनट", new(duration=120, inst=True, ask_ok=True)),
    (CU, L, "Kapa de första 3 sekunderna", free(trim_start_s=3, ask_ok=True)),
    (CU, L, "Búðu til aftur kaflann frá 1:00 til 1:20", inp(60, 80, ask_ok=True)),
    (CU, L, "Doe er een gitaar erbij vanaf 1:00 tot 1:30", inp(60, 90, ask_ok=True)),
    (CU, L, "Vágd le az elejéről 10 másodpercet", free(trim_start_s=10, ask_ok=True)),
    (CU, L, "0:20 నుండి 0:35 వరకు మళ్లీ చేయండి", inp(20, 35, ask_ok=True)),
    (CU, L, "最後に10秒付けたい", ext(0, 10, ask_ok=True)),
    # --- style words
    (SW, None, "Lag en julesang med kor, 2 minutter", new(duration=120, tags_text=["choir"], ask_ok=True)),
    (SW, None, "Lav en sang med kor og orgel, 3 minutter", new(duration=180, tags_text=["choir"], ask_ok=True)),
    (SW, None, "Направи песму са трубама, 2 минута", new(duration=120, tags_text=["trumpet"], ask_ok=True)),
    (SW, None, "Med kort intro, 2 minutter, rolig pop", new(duration=120, tags_text_not=["choir"], ask_ok=True)),
    (SW, None, "En sang med korte pauser, 2 minutter", new(duration=120, tags_text_not=["choir"], ask_ok=True)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
