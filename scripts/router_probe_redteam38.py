"""Red-team probe (redteam38) of the router rules changed in 2ad7336..6e875b3 (ed43b15, d32fdc2, 6e875b3), hunting
SILENT WRONG plans: a plan made without a question whose tool or a certain argument is wrong, and questions newly
asked where the answer was obvious (verdict ASKED).

The rules under attack: (1) account._counts_a_noun: a count under five in a sentence of the story before the asking
sentence is the story's ('são 3 dias de evento. Deixa em loop'), tried with counts that are the request said in an
earlier sentence ('I need 3. Jazz, 1 minute', 'Versiones: 3.', 'The fade should be 4.'); (2) __init__._target_level /
_TARGET_BEFORE / _LEVEL_NOW (which LUFS level is the target; 'to', 'à', 'wants', 'normalises to' before a level that
is not the target; 'is', 'ist', 'est' before a target), _LOUDNESS_KEPT / _LOUDNESS_KEPT_AFTER narrowed to refusals
said beside the word, _LOUDER with softer / too loud / zu laut / troppo forte / trop fort, the loudness asked for
every loudness word with no level; (3) languages.said_in: -kçe/-kça/-ksi/'suomeks', _TITLED_IN / _TITLE_BEFORE, the
German lied compounds listed, the Indic-mark prefix in _IN_AFTER, Haitian 'an kreyòl'; (4) read._CORRECTED's unit
inheritance (not minutes above 10, never m:ss) and _A_PART two words after; (5) lang.spoken_numbers: _UNIT_BEFORE only
with _TIME_AFTER or _SECOND_END, _YEARS_AFTER, decade endings; cues 'sambung lagu*' / 'sambungkan'; _THE_SONG's new
Slavic forms (песне, пісні, piosenki, piosence, písni, písničce).

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam38.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, OUT, ext, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0

CN = "account._counts_a_noun: a count under five in an earlier sentence"
LV = "_target_level / _TARGET_BEFORE / _LEVEL_NOW"
LK = "_LOUDNESS_KEPT(_AFTER) narrowed / _LOUDER new words"
SI = "languages.said_in -kçe/-ksi, _TITLED_IN, lied, _IN_AFTER, an kreyòl"
CR = "read._CORRECTED unit inheritance / _A_PART two words after"
SN = "spoken_numbers _UNIT_BEFORE + _TIME_AFTER/_SECOND_END, _YEARS_AFTER"
EX = "cues 'sambung lagu*' / 'sambungkan'"
TS = "_THE_SONG new Slavic forms"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def nws(sec: float, **kw: Any) -> dict[str, Any]:
    """A new piece of that length, plainly: a question is a miss."""
    return {"tool": NEW, "duration": sec, **kw}


def takes(n: int, **kw: Any) -> dict[str, Any]:
    """A new piece in n takes (a question allowed)."""
    return {"tool": NEW, "takes": n, "ask_ok": True, **kw}


def not_out(**kw: Any) -> dict[str, Any]:
    """Anything but a paid extension (a question allowed)."""
    return {"tool_not": OUT, "ask_ok": True, **kw}


def lufs(level: float, **kw: Any) -> dict[str, Any]:
    """The whole track delivered at that level, free."""
    return {"tool": FREE, "loudness_lufs": level, **kw}


def fmt_is(f: str, **kw: Any) -> dict[str, Any]:
    return {"tool": FREE, "output_format": f, **kw}


def out_after(sec: float, **kw: Any) -> dict[str, Any]:
    """A paid extension of that many seconds after (a question allowed)."""
    return {"tool": OUT, "extend_after_duration": sec, "ask_ok": True, **kw}


def lang(name: str, **kw: Any) -> dict[str, Any]:
    """A new piece sung in that language (a question allowed)."""
    return {"tool": NEW, "ask_ok": True, "tags_text": [f"{name} vocal"], **kw}


def not_lang(name: str, **kw: Any) -> dict[str, Any]:
    """A new piece not silently sung in that language (a question allowed)."""
    return {"tool": NEW, "ask_ok": True, "tags_text_not": [f"{name} vocal"], **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) a count under five in a sentence before the asking one: guards (the story's count, no takes)
    (CN, None, "We have 3 kids. Make a 1 minute lullaby for them.", nws(60, takes=None)),
    (CN, None, "Tengo 3 gatos. Hazme una canción de 1 minuto sobre ellos.", nw(60, takes=None)),
    (CN, None, "Wir sind 4 Freunde. Mach einen Song von 2 Minuten über uns.", nw(120, takes=None)),
    (CN, L, "It runs for 2 days at the fair. Loop it and export as flac.", fmt_is("flac", loop=True, ask_ok=True)),
    (CN, None, "Two things: 3 versions. Make it jazz, 1 minute.", takes(3)),
    (CN, None, "Versions: 3. Style: jazz. Length: 1 minute.", takes(3)),
    # ... attacks: the count IS the request, said in a sentence of its own before the one that asks
    (CN, None, "I need 3. Jazz, 1 minute.", takes(3)),
    (CN, None, "Give me 2. Upbeat pop, 30 seconds each.", takes(2)),
    (CN, None, "3 variations please. Jazz, 1 minute.", takes(3)),
    (CN, None, "Preciso de 3. Jazz, 1 minuto.", takes(3)),
    (CN, None, "Quiero 2. Bossa nova, 90 segundos.", takes(2)),
    (CN, None, "Ich brauche 4. Lo-fi, 1 Minute.", takes(4)),
    (CN, None, "Мне нужно 3. Джаз, 1 минута.", takes(3)),
    (CN, None, "J'en veux 3. Du jazz, une minute.", takes(3)),
    (CN, None, "Versiones: 3. Estilo: jazz. Duración: 1 minuto.", takes(3)),
    (CN, None, "Anzahl: 3. Stil: Jazz. Länge: 1 Minute.", takes(3)),
    (CN, None, "Quantidade: 2. Estilo: forró. Duração: 2 minutos.", takes(2)),
    (CN, None, "Количество: 3. Стиль: джаз. Длина: 1 минута.", takes(3)),
    (CN, None, "Jumlah: 3. Gaya: dangdut. Durasi: 1 menit.", takes(3)),
    (CN, None, "Ilość: 2. Styl: disco polo. Długość: 1 minuta.", takes(2)),
    (CN, None, "We need 3 jingles. Each 30 s, upbeat.", takes(3, duration=30)),
    (CN, None, "Necesito 3 jingles. De 30 segundos, alegres.", takes(3)),
    (CN, None, "Brauche 2 Varianten. Jeweils 1 Minute, Chillout.", takes(2)),
    (CN, None, "Mi servono 2 proposte. Jazz, un minuto.", takes(2)),
    # ... a length without a unit in an earlier sentence
    (CN, None, "Length: 3. Make a jazz piece.", nw(180)),
    (CN, None, "How long? 2. Make it jazz.", nw(120)),
    (CN, None, "Duração: 2. Faz um samba.", nw(120)),
    (CN, None, "Länge: 4. Mach einen Techno-Track.", nw(240)),
    (CN, None, "Make it 3. A jazz ballad with piano.", ASK),
    # ... a setting's number in an earlier sentence (a track open)
    (CN, L, "The fade should be 4. Make it an mp3.", fmt_is("mp3", fade_out_s=4, ask_ok=True)),
    (CN, L, "Fade out at the end. 4 is enough. Export as mp3.", fmt_is("mp3", fade_out_s=4, ask_ok=True)),
    (CN, L, "Den Fade am Ende bitte. 3 reichen. Als mp3.", fmt_is("mp3", fade_out_s=3, ask_ok=True)),
    (CN, L, "Trim the start. The first 3. Then make it an mp3.", fmt_is("mp3", trim_start_s=3, ask_ok=True)),
    (CN, L, "Corta o começo. Os primeiros 3. Depois exporta em mp3.", fmt_is("mp3", trim_start_s=3, ask_ok=True)),
    (CN, L, "Ausblenden: 3. Format: wav.", fmt_is("wav", fade_out_s=3, ask_ok=True)),
    (CN, L, "Fade out. Duração: 3. Em mp3.", fmt_is("mp3", fade_out_s=3, ask_ok=True)),
    (CN, L, "Add to the end. 3 would be enough. Keep the style.", out_after(3)),
    (CN, L, "Extend it at the end. By 4. Same style.", out_after(4)),
    # --- (2) which level is the target: guards
    (LV, L, "It's -9 LUFS. Make it -14 LUFS for Spotify.", lufs(-14.0, ask_ok=True)),
    (LV, L, "Loudness -14 LUFS, it's -9 LUFS now", lufs(-14.0)),
    (LV, L, "From -9 LUFS to -14 LUFS please", lufs(-14.0)),
    (LV, L, "The master is at -8 LUFS, aim for -14 LUFS", lufs(-14.0, ask_ok=True)),
    (LV, L, "El máster está en -8 LUFS, ponlo en -14 LUFS", lufs(-14.0, ask_ok=True)),
    (LV, L, "Auf -14 LUFS bringen, jetzt hat er -8 LUFS", lufs(-14.0)),
    (LV, L, "-14 LUFS is what Spotify wants, export as mp3", lufs(-14.0, output_format="mp3")),
    (LV, L, "It peaks at -1 dB and sits at -9 LUFS, bring it to -14 LUFS", lufs(-14.0)),
    (LV, L, "C'est trop fort, mets-le à -16 LUFS", lufs(-16.0)),
    (LV, L, "Troppo forte, portalo a -16 LUFS", lufs(-16.0, ask_ok=True)),
    (LV, L, "Mir ist es zu laut, bitte -16 LUFS und als mp3", lufs(-16.0, output_format="mp3")),
    (LV, L, "Softer, please: -18 LUFS, and mp3", lufs(-18.0, output_format="mp3")),
    # ... attacks: a target word before a level that is not the target
    (LV, L, "Spotify wants -14 LUFS but I want -11 LUFS", lufs(-11.0, ask_ok=True)),
    (LV, L, "The platform normalises to -14 LUFS anyway; make it -9 LUFS, loud", lufs(-9.0, ask_ok=True)),
    (LV, L, "YouTube normalizes to -14 LUFS, so master it to -10 LUFS", lufs(-10.0, ask_ok=True)),
    (LV, L, "It went to -8 LUFS after mastering, way too loud; -14 LUFS please", lufs(-14.0, ask_ok=True)),
    (LV, L, "Mastering pushed it to -7 LUFS. I need -14 LUFS for Spotify.", lufs(-14.0, ask_ok=True)),
    (LV, L, "C'est trop fort, le master est à -8 LUFS, vise -14 LUFS", lufs(-14.0, ask_ok=True)),
    (LV, L, "C'est à -9 LUFS, trop fort, exporte en mp3", ASK),
    (LV, L, "Bring it down from -8 LUFS", ASK),
    (LV, L, "O master está em -8 LUFS, deixa em -14 LUFS", lufs(-14.0, ask_ok=True)),
    # ... attacks: a level-now word before the one level, which is the target
    (LV, L, "The label's spec is -16 LUFS. Convert to wav.", lufs(-16.0, output_format="wav", ask_ok=True)),
    (LV, L, "Der Standard ist -23 LUFS, bitte als wav", lufs(-23.0, output_format="wav", ask_ok=True)),
    (LV, L, "La norme est -23 LUFS, exporte en wav", lufs(-23.0, output_format="wav", ask_ok=True)),
    (LV, L, "Spotify is at -14 LUFS, match that", lufs(-14.0)),
    (LV, L, "YouTube's level is -14 LUFS; normalise mine to that", lufs(-14.0)),
    (LV, L, "The target it has to hit is -14 LUFS", lufs(-14.0, ask_ok=True)),
    (
        LV,
        L,
        "Broadcast norm here is -24 LUFS, deliver a wav that meets it",
        lufs(-24.0, output_format="wav", ask_ok=True),
    ),
    # ... attacks: a level the track has now, too loud or too hot, and no target
    (LV, L, "It measures -8 LUFS, too hot, export mp3", ASK),
    (LV, L, "Es ist -9 LUFS, zu laut. Mach ein mp3 draus.", ASK),
    (LV, L, "È a -9 LUFS, troppo forte, esportalo in mp3", ASK),
    (LV, L, "Está a -9 LUFS, demasiado alto, pásalo a mp3", ASK),
    (LV, L, "Громкость сейчас -9 LUFS, сделай тише и в mp3", ASK),
    (LV, L, "Obecnie jest -9 LUFS, za głośno, eksportuj do mp3", ASK),
    (LV, L, "Normalize to -14 LUFS, then -16 LUFS for Apple", ASK),
    # --- (2b) loudness kept or refused: guards
    (LK, L, "Keep the volume as it is and convert to mp3", fmt_is("mp3", loudness_lufs=None)),
    (LK, L, "Leave the volume alone, export as flac", fmt_is("flac", loudness_lufs=None)),
    (LK, L, "Don't change the volume, export as wav", fmt_is("wav", loudness_lufs=None)),
    (LK, L, "Don't make it too loud, export as wav", fmt_is("wav", loudness_lufs=None, ask_ok=True)),
    (LK, L, "Não mexe no volume, só converte pra mp3", fmt_is("mp3", loudness_lufs=None)),
    # ... attacks: refusals in words the narrowed lists lack (a question is a miss)
    (LK, L, "Volume is fine, export as wav", fmt_is("wav", loudness_lufs=None)),
    (LK, L, "The volume's fine as it is, just mp3", fmt_is("mp3", loudness_lufs=None)),
    (LK, L, "Volume ok, make it an mp3", fmt_is("mp3", loudness_lufs=None)),
    (LK, L, "Il volume va bene, solo mp3", fmt_is("mp3", loudness_lufs=None)),
    (LK, L, "No need to change the volume, mp3 please", fmt_is("mp3", loudness_lufs=None)),
    (LK, L, "Without touching the volume, export to mp3", fmt_is("mp3", loudness_lufs=None)),
    (LK, L, "Never mind the volume, just mp3", fmt_is("mp3", loudness_lufs=None)),
    (LK, L, "It's too loud in my car but I'll fix that myself, just export as mp3", fmt_is("mp3", loudness_lufs=None)),
    (
        LK,
        L,
        "Make it louder... no wait, keep the volume as it is. Export mp3.",
        fmt_is("mp3", loudness_lufs=None, ask_ok=True),
    ),
    # ... attacks: the new loudness words beside a fade or a mix
    (LK, L, "Softer ending please, fade out the last 5 seconds", {"tool": FREE, "fade_out_s": 5}),
    (LK, L, "A softer fade at the end, 6 seconds", {"tool": FREE, "fade_out_s": 6}),
    (LK, L, "Make the piano softer and export as mp3", ASK),
    (LK, L, "The drums are too loud. Export as mp3.", ASK),
    (LK, L, "Zu laut für Spotify, mach es mp3", ASK),
    # --- (3) a language said as the one a song is in: guards
    (SI, None, "Bir Türkçe rap yap, 2 dakika", lang("turkish")),
    (SI, None, "İngilizce bir pop şarkısı, 2 dakika", lang("english")),
    (SI, None, "Laula suomeksi, 2 minuuttia poppia", lang("finnish")),
    (SI, None, "Suomeks räppii, 2 min", lang("finnish")),
    (SI, None, "Ruotsiksi laulettu balladi, 3 minuuttia", lang("swedish")),
    (SI, None, "Türkçe isimli bir enstrümantal parça, 2 dakika", not_lang("turkish")),
    (SI, None, "Ein Volkslied auf Deutsch, 2 Minuten", lang("german")),
    (SI, None, "Ein deutsches Kinderlied über Katzen, 1 Minute", lang("german")),
    (SI, None, "Yon chante an kreyòl pou manman m, 2 minit", lang("haitian creole")),
    # ... attacks: the whole word says 'in Turkish/Finnish' of something other than what is sung
    (SI, None, "Türkçe altyazılı videom için arka plan müziği, 2 dakika", not_lang("turkish")),
    (SI, None, "Türkçe açıklamalı bir lo-fi parça, 2 dakika", not_lang("turkish")),
    (SI, None, "Türkçe adı 'Yaz' olan bir piyano parçası, 2 dakika", not_lang("turkish")),
    (SI, None, "Türkçe podcastim için 30 saniyelik enstrümantal jenerik", not_lang("turkish")),
    (SI, None, "Anlatayım Türkçe: sözsüz bir caz parçası, 2 dakika", not_lang("turkish")),
    (SI, None, "Suomeksi nimetty pianokappale, 2 minuuttia", not_lang("finnish")),
    (SI, None, "Pianokappale, jonka nimi on suomeksi, 2 minuuttia", not_lang("finnish")),
    (SI, None, "Selitän suomeksi: haluan instrumentaalisen jazzkappaleen, 2 minuuttia", not_lang("finnish")),
    (
        SI,
        None,
        "Kirjoitan suomeksi, mutta laulu englanniksi, 2 minuuttia",
        {"tool": NEW, "ask_ok": True, "tags_text": ["english vocal"], "tags_text_not": ["finnish vocal"]},
    ),
    # ... attacks: German song compounds the new list lacks
    (SI, None, "Ein deutsches Schlagerlied, 3 Minuten", lang("german")),
    (SI, None, "Ein deutsches Geburtstagslied für Oma, 1 Minute", lang("german")),
    (SI, None, "Ein deutsches Abschiedslied, 2 Minuten, traurig", lang("german")),
    (SI, None, "Ein deutsches Fußballlied, 2 Minuten", lang("german")),
    (SI, None, "Ein deutsches Protestlied, 3 Minuten", lang("german")),
    (SI, None, "Ein deutsches Seemannslied, 2 Minuten", lang("german")),
    (SI, None, "Ein italienisches Liebeslied, 3 Minuten", lang("italian")),
    # ... attacks: _IN_AFTER's prefix and Haitian 'an'
    (SI, None, "English mein title, baaki Hindi mein gaana, 2 minute", not_lang("english")),
    (SI, None, "Make an kreyol-style kompa beat, instrumental, 2 minutes", not_lang("haitian creole")),
    (SI, None, "Fè yon mizik san pawòl, tit la an kreyòl, 2 minit", not_lang("haitian creole")),
    # --- (4) a correction's unit: guards
    (CR, None, "3 minutes, actually make it 2:30", nws(150)),
    (CR, None, "30 s, no, 45", nw(45)),
    (CR, None, "1 minute, no, 2", nw(120)),
    (CR, None, "2 минуты, нет, 3", nw(180)),
    (CR, None, "2 minutos, digo, 3", nw(180)),
    (CR, None, "2 minuti, anzi facciamo 45", nw(45)),
    (CR, L, "Extend it by 20 seconds, no, 1:30", out_after(90)),
    (CR, L, "Fade out 3 seconds, no, 5", {"tool": FREE, "fade_out_s": 5, "ask_ok": True}),
    # ... attacks: a number above ten after minutes, and a part word two words after the correction
    (CR, None, "2 Minuten, nein, 90", nw(90)),
    (CR, None, "1 minute, no, 12", ASK),
    (CR, L, "Extend it by 1 minute, no, 15", ASK),
    (CR, None, "2 minutes, no, 90 seconds with no intro", nw(90)),
    (CR, None, "3 minutes, no, 2 minutes and no intro", nw(120)),
    (CR, None, "3 minutes, sorry, 2 minutes without an intro", nw(120)),
    (CR, None, "2 minutos, no, mejor 90 segundos sin intro", nw(90)),
    (CR, None, "3 Minuten, nein, 2 Minuten ohne ein Intro", nw(120)),
    (CR, None, "3 minutes, no, 2 minutes with a short intro", nw(120)),
    # --- (5) spoken numbers read after a unit: guards
    (SN, None, "Песня на две минуты тридцать, весёлая", nw(150)),
    (SN, None, "Bài hát 2 phút ba mươi giây, vui tươi", nw(150)),
    (SN, None, "Písnička na 2 minuty tři sloky, veselá", nws(120)),
    (SN, None, "Pesem za dvajset let poroke, dve minuti", nw(120)),
    (SN, None, "Песня в стиле двадцатых годов, 2 минуты", nws(120)),
    (SN, None, "Piosenka w stylu lat osiemdziesiątych, 2 minuty", nws(120)),
    (SN, None, "Pjesma u stilu osamdesetih, 2 minute", nws(120)),
    (SN, L, "Kéo dài thêm một phút ba mươi", out_after(90)),
    # ... attacks: a time said after its unit with a word after it that is no time word
    (SN, None, "Piosenka, dwie minuty trzydzieści proszę", nw(150)),
    (SN, None, "Písnička, dvě minuty třicet prosím", nw(150)),
    (SN, None, "Песня, две минуты тридцать пожалуйста", nw(150)),
    (SN, None, "Пісня, дві хвилини тридцять будь ласка", nw(150)),
    (SN, None, "Pjesma, dvije minute trideset molim", nw(150)),
    (SN, None, "Bài hát hai phút ba mươi nhé", nw(150)),
    (SN, None, "Lagu pop dua menit tiga puluh dong", nw(150)),
    (SN, None, "Egy popdal, két perc negyven legyen", nw(160)),
    # ... attacks: a count after a unit read as seconds
    (SN, None, "Một bài hát 1 phút, năm người hát chung", nw(60)),
    (SN, None, "Piosenka na 2 minuty, trzy zwrotki i refren", nw(120)),
    (SN, None, "Песня на 2 минуты, четыре куплета", nw(120)),
    # --- (5b) 'sambung lagu*' / 'sambungkan' as extend cues: guards
    (EX, L, "Sambung lagu ni 30 saat lagi", ext(0, 30)),
    (EX, L, "Sambungkan 30 detik di akhir", ext(0, 30, ask_ok=True)),
    (EX, L, "Sambung lagi 30 saat kat hujung", out_after(30)),
    # ... attacks: 'sambungkan' as 'connect'
    (EX, L, "Sambungkan lagu ini dengan lagu berikutnya, transisinya mulus", not_out()),
    (EX, L, "Sambungkan intro dan verse biar nyambung", not_out()),
    (EX, L, "Sambungkan bagian reff 1:00 sampai 1:20 biar halus", not_out()),
    (EX, L, "Sambung lagu ni dengan yang tadi, jadi satu medley", not_out()),
    # --- (5c) _THE_SONG's new Slavic forms with no track: guards (the track is asked for)
    (TS, None, "Добавь к песне ещё 30 секунд", ASK),
    (TS, None, "Dodaj do piosenki 20 sekund na końcu", ASK),
    (TS, None, "Přidej k písni 20 sekund", ASK),
    (TS, L, "Dodaj do piosenki 20 sekund na końcu", ext(0, 20, ask_ok=True)),
    # ... attacks: a new song, with a part added inside it (a question is a miss)
    (TS, None, "Napisz piosenkę na urodziny, 2 minuty; w piosence dodaj solo gitary na 20 sekund", nws(120)),
    (TS, None, "Složte písničku na 2 minuty a v písničce přidejte 15 sekund sóla na kytaru", nws(120)),
    (TS, None, "Напиши пісню на 2 хвилини, у пісні додай 20 секунд соло на скрипці", nws(120)),
    (TS, None, "Сочини песню на 2 минуты, в песне добавь соло на 20 секунд", nws(120)),
    (TS, None, "Potrzebuję piosenki na 2 minuty, dodaj 15 sekund solówki na gitarze", nws(120)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
