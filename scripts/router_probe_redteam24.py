"""Red-team probe (redteam24) of the router rules changed in 6053588..080f8eb (ac6117f with a9d6bc2 amended in, and
080f8eb), hunting SILENT WRONG plans: a plan made without a question whose tool or a certain argument is wrong. A
dropped length, lyrics or language and a new piece made where an edit was meant (or the reverse) are the costliest.

The rules under attack: router/__init__.py's _BITRATE_AT (a standard bitrate after 'at' / 'à' / 'a' / 'en' / 'στα'
a few words after mp3 / ogg, now not past a cut verb, 'and', or any word ending in 'e ' / 'y ' / 'i '); the loop of
the open track skipped when `duration` is passed; 'en helt ny' beside a part of a track no new piece; the no-track
question for 'add' + an end / start word ('Aumenta o final da música'); cues.py's Portuguese end words 'o final',
'o final da música', 'o final dela'; _TOTAL_WORDS' 'siitä tulee' / 'että tulee'; account.py's _ABOUT_N
(Indonesian / Malay 'N-an' / 'Nan' before detik / menit / saat / minit / jam read as N) and Hungarian
'2 percesre'; read.py's lyrics after a first line that names them and ends in '。' '.' '!' (two short lines or more
with no digits); languages.py's Arabic dialect words as Arabic to sing in; style_words' 'sertanej*', 'синти-поп*'.

First run (080f8eb, --old 6053588's src): 146 probes labelled and committed before it (8b7a4ee): 87 OK, 12 asked
where a plan was sure, 2 ERROR, 14 silent marked new, 31 pre-existing. Labelling mistake fixed after that run: 11
labels wanted a `vocal_language` argument, which a plan never has (the language is a tag: 'arabic vocal', 'spanish
vocal'); they now read the tags. Then four more probes (a spelled length after a lyrics line, 'Schleife', '80-an
jam'), labelled and committed before their run (the same commit). Run with both: 150 probes, 94 OK, 12 ASKED, 3
ERROR, 20 silent made by the diff, 21 pre-existing. No other label was changed.
  Made by the diff (read.py: a first line naming the lyrics and ending in '.' / '。' / '!', then two or more short
  lines: those lines are sung, whatever they say; a style or a length in them is lost from the plan):
    'Lyrics about my dog.\nHappy and fun\nThree minutes long' → lyrics 'Happy and fun\nThree minutes long', no duration
    'Ein Lied mit Text über meinen Hund.\nLustig und schnell\nDrei Minuten lang' → same, no duration (want 180)
    'Una canción con letra sobre el mar.\nAlegre\nDos minutos' → lyrics 'Alegre\nDos minutos', no duration (want 120)
    'Uma música com letra sobre saudade.\nEstilo sertanejo\nVoz masculina' → sung; 'sertanejo' lost from the tags
    'I want a song, lyrics in Spanish.\nUpbeat reggaeton\nFor a party' → sung (6053588: tags 'upbeat, reggaeton')
    'Lyrics should be about summer.\nHappy pop\nFemale voice' → sung (6053588: tags 'happy, pop')
    "Write lyrics for my mom's birthday!\nShe loves roses\nAnd she is turning sixty" → the facts sung as lyrics
    "I'll send the lyrics later.\nFor now a mellow beat\nLo-fi with rain" → the description sung
    and the same in it, de, tr, vi, ja, ko, zh, nl, sw, el: 'Un pezzo con testo in italiano.\nRitmo lento\nVoce
    femminile', 'Ein Lied mit Text über Freundschaft.\nFröhlich\nMit Gitarre und Schlagzeug', 'Şarkı sözleri Türkçe
    olsun.\nHareketli\nDavul ve bağlama', 'Bài hát có lời về mẹ.\nBuồn nhẹ nhàng\nGiọng nữ', '歌詞は日本語で。\n明るい感じ
    \nギターとドラム', '가사는 한국어로.\n신나는 느낌\n기타 위주로', '歌词要中文的。\n节奏快一点\n女声', 'De tekst moet over de zee
    gaan.\nRustig tempo\nMet piano', 'Maneno ya wimbo kuhusu mama.\nMdundo wa taratibu\nSauti ya kike', 'Στίχοι για τη
    θάλασσα.\nΉρεμο τέμπο\nΜε μπουζούκι' → each: the wishes sung as the lyrics.
  Made by the diff, the loop skipped with `duration` passed: 'Mach eine Endlosschleife aus dem Track' (track 60 s,
  duration 120) → text_to_audio, tags 'endlosschleife aus dem', 120 s: a paid new piece (6053588: loop of the track).
  Made by the diff, 'sertanej*': 'Nada de música sertaneja, quero um rock de 2 minutos' → tags 'sertanejo, rock'.
  Made worse by the diff though marked pre-existing (6053588 was already not instrumental, but kept the wishes as
  tags): 'Pas de paroles.', 'Nada de letra.', 'Keine Lyrics.', 'Ingen tekst.', 'Ei sanoituksia.', '歌词不要。', 'Make a
  calm piano piece without any lyrics.' each followed by two lines of wishes → those lines now sung as lyrics, 'piano'
  and 'calm' gone from the tags ('No' words after the lyrics word, or 'pas de' / 'nada de' / 'keine' / 'ingen' /
  'ei' / 'without any' before it, are not read as no lyrics).
  Not silent but made by the diff: ERROR (InvalidInput, duration 252000 / 144007 / 288009) for 'Lagu rock 70-an jam
  session, 3 menit', 'Lagu ulang tahun ke-40an jam 7 malam, 2 menit', 'Lagu 80-an jam 9 malam, 2 minit' (_ABOUT_N
  reads '70-an jam' as 70 hours; 6053588 planned them right); and a question where 6053588 set the bitrate (9): 'Export
  as mp3 file at 256', 'Make it an mp3 for Spotify at 320', 'mp3 for my phone at 128 please', 'Send it as mp3 please at
  192', 'Als mp3 bitte mit 320', 'Pásalo a mp3 de nuevo a 320', 'Exporta em mp3 de novo, em 320', 'Esportalo in mp3 per
  favore a 320', 'Make an mp3 for my brand at 256' (the new stop before any word ending in 'e ' / 'y ' / 'i ' and
  'and' inside 'brand').
  Pre-existing silent (6053588 too): a time or tempo as the bitrate: 'Convert to mp3, shorten it at 160', 'Make it mp3
  but stop it at 160', 'Turn it into an mp3 at 128 beats per minute', 'mp3, loop at 128', 'Pásalo a mp3, termina en
  160', "mp3 yap ve 128'de kes"; with `duration` passed the open track looped, not a new loop: "a seamless loop for my
  game's menu" (60), 'un bucle de lluvia para dormir' (300); lyrics from a wish list (the 4-line rule): 'Write me a
  song with lyrics about my cat.…About three minutes long' (length dropped), 'Una canción con letra sobre mi
  abuela.…', 'Песня с текстом про зиму.\nГрустная\nСинти-поп\nЖенский вокал', 'Tekst o miłości.…'; 'Mach einen Song
  mit diesem Text!\n…' (the lyrics in the tags); 'Не синти-поп, а рок, 2 минуты' (tags 'no synth-pop', rock lost).
  Held (OK or a question): Portuguese 'o final' in new pieces and edits, 'Aumenta o final da música' with no track,
  'en helt ny' with a part, 'siitä tulee' / 'että tulee', Hungarian 'percesre' (incl. 'a 30 percesre tervezett
  podcastomhoz'), '17-an jam 8', '90-an saat hujan', '2000-an saat', the Arabic dialects beside 'بدون غناء' / 'من غير
  كلام' / another sung language, the bitrate stop after 'and' / a cut verb.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED, SILENT WRONG, ERROR.
This script's runner also passes `duration` for the probes listed in DUR (the agent's field), nothing else.

Run: sh scripts/uv run python scripts/router_probe_redteam24.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, Request, T, ext, free, main, new, plan

# `duration` as the agent passed it, for the probes of the `req.duration` rule (the words are the key)
DUR: dict[str, int] = {}


def _run24(text: str, length: float | None) -> Any:
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
probe_kit.run = _run24

L = 180.0
NOTNEW = {"tool_not": NEW, "ask_ok": True}  # an edit of the open track (a question allowed); never a new piece
NOBR = {"tool_not": NEW, "bitrate_kbps": None, "ask_ok": True}  # a time or a tempo, not a bitrate
BR = "_BITRATE_AT: a bitrate after 'at' a few words after mp3, past words ending in 'e ' / 'y ' / 'i ' (kept)"
BX = "_BITRATE_AT: a number after 'at' that is a time or a tempo (no bitrate)"
LP = "loop path skipped with `duration` passed: the open track looped, or a new loop"
HN = "'en helt ny' beside a part of a track"
PT = "Portuguese 'o final' end words; the no-track 'add' + end question"
FI = "'siitä tulee' / 'että tulee' as a total"
AN = "_ABOUT_N: Indonesian / Malay 'N-an' before detik / menit / saat / minit / jam"
HU = "Hungarian 'percesre' / 'másodpercesre' as 'to N'"
LY = "read.py: a first line naming lyrics ending in '.', then short lines that are not lyrics"
LK = "read.py: a first line naming lyrics ending in '.', then real lyrics (control)"
AR = "Arabic dialect words as Arabic to sing in"
SW = "style_words 'sertanej*', 'синти-поп*'"


def d(text: str, duration: int) -> str:
    """A request whose probe passes `duration` too."""
    DUR[text] = duration
    return text


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return new(duration=sec, ask_ok=True, **kw)


def mp3(kbps: int) -> dict[str, Any]:
    return free(output_format="mp3", bitrate_kbps=kbps)


INST = {"tool": NEW, "inst": True, "ask_ok": True}

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- a bitrate a few words after mp3, past an ordinary word ending in 'e ' / 'y ' / 'i ': kept
    (BR, L, "Give me an mp3 of the whole track at 320", mp3(320)),
    (BR, L, "Export as mp3 file at 256", mp3(256)),
    (BR, L, "Export it as an mp3 in high quality at 320", mp3(320)),
    (BR, L, "Make it an mp3 for Spotify at 320", mp3(320)),
    (BR, L, "mp3 for my phone at 128 please", mp3(128)),
    (BR, L, "Send it as mp3 please at 192", mp3(192)),
    (BR, L, "Als mp3 bitte mit 320", mp3(320)),
    (BR, L, "Pásalo a mp3 de nuevo a 320", mp3(320)),
    (BR, L, "Exporta em mp3 de novo, em 320", mp3(320)),
    (BR, L, "Esportalo in mp3 per favore a 320", mp3(320)),
    (BR, L, "Mets-le en mp3 stéréo à 320", mp3(320)),
    (BR, L, "Make an mp3 for my brand at 256", mp3(256)),
    (BR, L, "Zrób mp3 dla radia w 128", mp3(128)),
    (BR, L, "Κάν' το mp3 παρακαλώ στα 320", mp3(320)),
    (BR, L, "Gör en mp3 till bilen i 320", mp3(320)),
    (BR, L, "ogg format, quality at 192", free(output_format="ogg", bitrate_kbps=192)),
    # --- a time or a tempo after 'at' past mp3: no bitrate
    (BX, L, "Convert to mp3, shorten it at 160", NOBR),
    (BX, L, "Make it mp3 but stop it at 160", NOBR),
    (BX, L, "mp3 version that ends at 160", NOBR),
    (BX, L, "Turn it into an mp3 at 128 beats per minute", NOBR),
    (BX, L, "mp3, loop at 128", NOBR),
    (BX, L, "Pásalo a mp3, termina en 160", NOBR),
    (BX, L, "mp3 yap ve 128'de kes", NOBR),
    (BX, L, "Udělej z toho mp3 a ustřihni v 160", NOBR),
    (BX, L, "Ubah ke mp3 dan potong di 160", NOBR),
    (BX, L, "Converte em mp3 e termina em 160", NOBR),
    (BX, L, "Mach ein mp3 und schneide bei 160 ab", NOBR),
    (BX, L, "Fammi un mp3 e finisci a 160", NOBR),
    (BX, L, "mp3 et arrête-toi à 160", NOBR),
    (BX, L, "Convert to mp3 and fade out at 160", NOBR),
    (BX, L, "Make it an mp3, the drop hits at 128", NOBR),
    # --- `duration` passed with a track open: the loop of the track, or a new loop
    (LP, 60, d("Loop it", 180), {"tool": FREE, "loop": True, "ask_ok": True}),
    (LP, 60, d("make this track loop seamlessly", 60), {"tool": FREE, "loop": True, "ask_ok": True}),
    (LP, 60, d("Loop this until it's 3 minutes long", 180), NOTNEW),
    (LP, 60, d("Mach eine Endlosschleife aus dem Track", 120), NOTNEW),
    (LP, 60, d("Haz que esta pista se repita en bucle", 120), NOTNEW),
    (LP, 60, d("この曲をループさせて", 120), NOTNEW),
    (LP, 60, d("把这首做成循环", 120), NOTNEW),
    (LP, 60, d("Зацикли этот трек", 120), NOTNEW),
    (LP, 60, d("Zapętl ten utwór", 120), NOTNEW),
    (LP, 60, d("Fais boucler ce morceau", 120), NOTNEW),
    (LP, L, d("a seamless loop for my game's menu", 60), nw(60)),
    (LP, L, d("un bucle de lluvia para dormir", 300), nw(300)),
    (LP, L, d("ein Loop für meinen Twitch-Stream, chillig", 120), nw(120)),
    # --- 'en helt ny' beside a part of a track
    (HN, L, "Lag en helt ny sang med et fengende refreng, 2 minutter", nw(120)),
    (HN, L, "Gör en helt ny låt med lång intro, 3 minuter", nw(180)),
    (HN, L, "Jeg vil ha en helt ny sang – refrenget skal handle om sommer", {"tool": NEW, "ask_ok": True}),
    (HN, L, "Lav en helt ny sang med omkvæd og bro, 2 minutter", nw(120)),
    (HN, L, "Skriv en helt ny låt med gitarrsolo, 2 minuter", nw(120)),
    (HN, L, "Lag en helt ny intro", NOTNEW),
    (HN, L, "Gi meg et helt nytt refreng", NOTNEW),
    (HN, L, "Gör en helt ny refräng", NOTNEW),
    # --- Portuguese 'o final' and the no-track 'add' + end question
    (PT, L, "Cria uma música nova sobre o mar, o final tem que ser triste, 2 minutos", nw(120)),
    (PT, L, "Compõe uma canção sertaneja nova de 3 minutos sobre o final de um namoro", nw(180)),
    (PT, L, "O final ficou ótimo, agora faz outra música, samba, 2 minutos", nw(120)),
    (PT, L, "No final da festa vamos tocar: cria uma música nova de pagode, 3 minutos", nw(180)),
    (
        PT,
        L,
        "Gostei, mas o final está muito abrupto, coloca um fade out de 5 segundos",
        free(fade_out_s=5, ask_ok=True),
    ),
    (PT, L, "Aumenta o volume do final", {"tool_not": OUT, "ask_ok": True}),
    (PT, L, "Aumenta o final da música em 20 segundos", ext(0, 20, ask_ok=True)),
    (PT, L, "Refaz o final", {"tool": IN, "ask_ok": True}),
    (PT, L, "Corta o final da música", {"tool": FREE, "ask_ok": True}),
    (PT, L, "Deixa o final mais lento", {"tool": IN, "ask_ok": True}),
    (PT, L, "Repete o refrão no final", NOTNEW),
    (PT, L, "Hazme una canción nueva de 2 minutos con un intro o final instrumental", nw(120)),
    (PT, None, "Aumenta o final da música", ASK),
    (PT, None, "Aumenta o final dela em 30 segundos", ASK),
    (PT, None, "Faz uma música de forró e adiciona um coral no final", {"tool": NEW, "ask_ok": True}),
    (PT, None, "Cria uma música sobre o final do verão, 2 minutos", nw(120)),
    (PT, None, "Make a song and add a guitar solo at the end", {"tool": NEW, "ask_ok": True}),
    (PT, None, "Quero uma música com o final mais animado, tipo axé, 3 minutos", nw(180)),
    # --- Finnish 'siitä tulee' / 'että tulee'
    (FI, 160, "Lisää loppuun 20 sekuntia, siitä tulee sitten 3 minuuttia", ext(0, 20, ask_ok=True)),
    (FI, None, "Tee uusi kappale niin että tulee 2 minuuttia", nw(120)),
    (FI, L, "Pidennä loppua 30 sekuntia, siitä tulee kaksi kertaa parempi", ext(0, 30, ask_ok=True)),
    (FI, L, "Lisää 10 sekuntia alkuun, että tulee hiljainen intro", ext(10, 0, ask_ok=True)),
    (FI, 120, "Pidennä niin että tulee 3 minuuttia", ext(0, 60, ask_ok=True)),
    # --- Indonesian / Malay 'N-an'
    (AN, None, "Buat lagu 2 menit buat acara 17-an jam 8 malam", nw(120)),
    (AN, None, "Lagu rock 70-an jam session, 3 menit", nw(180)),
    (AN, None, "Bikin lagu 90-an saat hujan, durasi 2 menit", nw(120)),
    (AN, None, "Lagu ulang tahun ke-40an jam 7 malam, 2 menit", nw(120)),
    (AN, None, "Gaya 2000-an saat malam minggu, 3 menit", nw(180)),
    (AN, None, "Buat jingle 15-an detik", nw(15)),
    (AN, L, "Tambah 10-an detik di akhir", ext(0, 10, ask_ok=True)),
    (AN, L, "Potong 5an detik di awal", free(trim_start_s=5, ask_ok=True)),
    (AN, None, "Lagu pop 3 minit untuk majlis 50-an saat makan malam", nw(180)),
    (AN, None, "Lagu santai 2 menitan", nw(120)),
    # --- Hungarian 'percesre'
    (HU, 100, "Hosszabbítsd meg 2 percesre", ext(0, 20, ask_ok=True)),
    (HU, 60, "Nyújtsd meg 90 másodpercesre", ext(0, 30, ask_ok=True)),
    (HU, L, "Vágd le 2 percesre", {"tool": FREE, "ask_ok": True}),
    (HU, None, "Egy 20 másodperces intrót kérek a 30 percesre tervezett podcastomhoz", nw(20)),
    (HU, None, "3 perces dalt kérek a 10 percesre nyúló műsor elejére", nw(180)),
    # --- a first line naming the lyrics, a full stop, then lines that are not lyrics
    (
        LY,
        None,
        "Write me a song with lyrics about my cat.\nMake it upbeat\nWith acoustic guitar\nAbout three minutes long",
        nw(180, lyrics_lacks=["acoustic guitar"]),
    ),
    (
        LY,
        None,
        "I want a song, lyrics in Spanish.\nUpbeat reggaeton\nFor a party",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["reggaeton", "For a party"], "tags_text": ["spanish vocal"]},
    ),
    (
        LY,
        None,
        "Lyrics should be about summer.\nHappy pop\nFemale voice",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["Female voice"]},
    ),
    (LY, None, "Lyrics about my dog.\nHappy and fun\nThree minutes long", nw(180, lyrics_lacks=["Three minutes"])),
    (LY, None, "Make a calm piano piece without any lyrics.\nSoft and slow\nFor studying at night", INST),
    (LY, None, "Piano only, no singing or lyrics.\nJust calm\nFor sleeping", INST),
    (LY, None, "Pas de paroles.\nJuste du piano\nTrès calme", INST),
    (LY, None, "Nada de letra.\nSolo guitarra\nMuy tranquilo", INST),
    (LY, None, "Keine Lyrics.\nNur Klavier\nGanz ruhig", INST),
    (LY, None, "Ingen tekst.\nBare piano\nRolig stemning", INST),
    (LY, None, "Ei sanoituksia.\nVain pianoa\nRauhallinen tunnelma", INST),
    (LY, None, "歌詞なし。\nピアノだけ\n静かな感じ", INST),
    (LY, None, "歌词不要。\n只要钢琴\n安静一点", INST),
    (LY, None, "가사 없이.\n피아노만\n조용하게", INST),
    (
        LY,
        None,
        "Lirik tentang ibu.\nSedih tapi hangat\nPakai gitar akustik",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["gitar akustik"]},
    ),
    (
        LY,
        None,
        "Uma música com letra sobre saudade.\nEstilo sertanejo\nVoz masculina",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["Voz masculina"], "tags_text": ["sertanejo"]},
    ),
    (
        LY,
        None,
        "Una canción con letra sobre mi abuela.\nQue sea triste\nCon guitarra española\nNo muy larga",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["guitarra española"]},
    ),
    (
        LY,
        None,
        "Un pezzo con testo in italiano.\nRitmo lento\nVoce femminile",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["Voce femminile"], "tags_text": ["italian vocal"]},
    ),
    (
        LY,
        None,
        "Ein Lied mit Text über Freundschaft.\nFröhlich\nMit Gitarre und Schlagzeug",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["Gitarre und Schlagzeug"]},
    ),
    (
        LY,
        None,
        "Песня с текстом про зиму.\nГрустная\nСинти-поп\nЖенский вокал",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["Женский вокал"], "tags_text": ["synth"]},
    ),
    (
        LY,
        None,
        "Şarkı sözleri Türkçe olsun.\nHareketli\nDavul ve bağlama",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["Davul ve bağlama"], "tags_text": ["turkish vocal"]},
    ),
    (
        LY,
        None,
        "Bài hát có lời về mẹ.\nBuồn nhẹ nhàng\nGiọng nữ",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["Giọng nữ"]},
    ),
    (
        LY,
        None,
        "歌詞は日本語で。\n明るい感じ\nギターとドラム",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["ギターとドラム"], "tags_text": ["japanese vocal"]},
    ),
    (
        LY,
        None,
        "가사는 한국어로.\n신나는 느낌\n기타 위주로",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["기타 위주로"]},
    ),
    (LY, None, "歌词要中文的。\n节奏快一点\n女声", {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["节奏快一点"]}),
    (
        LY,
        None,
        "De tekst moet over de zee gaan.\nRustig tempo\nMet piano",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["Met piano"]},
    ),
    (
        LY,
        None,
        "Maneno ya wimbo kuhusu mama.\nMdundo wa taratibu\nSauti ya kike",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["Sauti ya kike"]},
    ),
    (
        LY,
        None,
        "Στίχοι για τη θάλασσα.\nΉρεμο τέμπο\nΜε μπουζούκι",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["Με μπουζούκι"]},
    ),
    (
        LY,
        None,
        "Write lyrics for my mom's birthday!\nShe loves roses\nAnd she is turning sixty",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["She loves roses"]},
    ),
    (
        LY,
        None,
        "Tekst o miłości.\nSmutna ballada\nGłos męski\nOkoło trzech minut",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["Głos męski"]},
    ),
    (
        LY,
        None,
        "I'll send the lyrics later.\nFor now a mellow beat\nLo-fi with rain",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["mellow beat"]},
    ),
    (
        LY,
        None,
        "Písnička s textem o létě.\nVeselá\nS kytarou",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["S kytarou"]},
    ),
    (LY, L, "Change the lyrics of the chorus.\nMake them happier\nLess about rain", NOTNEW),
    (LY, L, "Keep the lyrics.\nJust make it faster\nAnd add drums", NOTNEW),
    # --- controls: a first line naming the lyrics, then real lyrics
    (
        LK,
        None,
        "Make a song with these lyrics.\nThe night is young\nAnd so are we",
        {"tool": NEW, "lyrics_has": ["The night is young"], "ask_ok": True},
    ),
    (
        LK,
        None,
        "この歌詞で曲を作って。\n夕焼けの帰り道\nきみの影を追いかけた",
        {"tool": NEW, "lyrics_has": ["夕焼けの帰り道"], "ask_ok": True},
    ),
    (
        LK,
        None,
        "Haz una canción con esta letra.\nTe busqué en la lluvia\nY no te encontré",
        {"tool": NEW, "lyrics_has": ["Te busqué en la lluvia"], "ask_ok": True},
    ),
    (
        LK,
        None,
        "Mach einen Song mit diesem Text!\nDer Sommer ist vorbei\nWir bleiben noch dabei",
        {"tool": NEW, "lyrics_has": ["Der Sommer ist vorbei"], "ask_ok": True},
    ),
    # --- Arabic dialect words
    (AR, None, "أغنية بالمصري عن الصيف، دقيقتين", nw(120, tags_text=["arabic vocal"])),
    (AR, None, "عايز مهرجان بالمصري دقيقتين", nw(120, tags_text=["arabic vocal"])),
    (AR, None, "اعمل مزيكا بالمصري من غير كلام", INST),
    (AR, None, "عزف عود بالخليجي بدون غناء، دقيقتين", {"tool": NEW, "inst": True, "duration": 120, "ask_ok": True}),
    (AR, None, "موسيقى هادئة بالشامي، instrumental، ٣ دقائق", {"tool": NEW, "inst": True, "ask_ok": True}),
    (AR, None, "أغنية بالإنجليزي على إيقاع بالخليجي", {"tool": NEW, "tags_text": ["english vocal"], "ask_ok": True}),
    (AR, None, "أغنية بالفرنسية باللهجة الكيبيكية", {"tool": NEW, "tags_text": ["french vocal"], "ask_ok": True}),
    (
        AR,
        None,
        "Make a pop song in English, Lebanese vibe (باللبناني), 3 minutes",
        {"tool": NEW, "tags_text": ["english vocal"], "ask_ok": True},
    ),
    (AR, None, "أغنية راب بالعراقي ٣ دقائق", nw(180, tags_text=["arabic vocal"])),
    (AR, None, "أغنية بالمغربي، شعبي، دقيقتين", nw(120, tags_text=["arabic vocal"])),
    (AR, L, "غير الكلام في الكورس وخليه بالخليجي", NOTNEW),
    (AR, None, "لحن بالمصري بس من غير صوت", INST),
    # --- second batch (labelled and committed before its run): a spelled length after the lyrics line, a loop, 'jam'
    (
        LY,
        None,
        "Ein Lied mit Text über meinen Hund.\nLustig und schnell\nDrei Minuten lang",
        nw(180, lyrics_lacks=["Drei Minuten"]),
    ),
    (LY, None, "Una canción con letra sobre el mar.\nAlegre\nDos minutos", nw(120, lyrics_lacks=["Dos minutos"])),
    (LP, 60, d("Mach daraus eine Schleife", 120), NOTNEW),
    (AN, None, "Lagu 80-an jam 9 malam, 2 minit", nw(120)),
    # --- style words
    (
        SW,
        None,
        "Nada de música sertaneja, quero um rock de 2 minutos",
        nw(120, tags_text=["rock"], tags_text_not=["sertanejo"]),
    ),
    (SW, None, "Uma moda sertaneja de 3 minutos", nw(180, tags_text=["sertanejo"])),
    (SW, None, "Не синти-поп, а рок, 2 минуты", nw(120, tags_text=["rock"], tags_text_not=["synth"])),
    (SW, None, "Трек в стиле синти-поп 80-х, 3 минуты", nw(180, tags_text=["synth"])),
    (SW, L, "Переделай припев в стиле синти-поп", NOTNEW),
    (SW, L, "Faz o refrão mais sertanejo", NOTNEW),
]


if __name__ == "__main__":
    main(PROBES, __file__)
