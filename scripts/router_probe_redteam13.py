"""Red-team probe (redteam13) of the router rules changed in b270515..HEAD, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong. The rules under attack: a loop beside a fade's or a
cut's seconds (`__init__._shaped_seconds`); the new fade and end words ('finale', 'finales', 'finais', 'finaux',
'finalen', 'появлен', 'плавное появление / вход / начало', 'inledande', 'indledende', 'innledende'); a bitrate after
'mp3' with a comma after it, German '320er', 'mp3 la 320'; 'each' with a length in English words or m:ss and
'options' / 'alternatives' as takes; account._now_and_whole's new guards (_AMOUNT_BEFORE, _AMOUNT_AFTER, the wider
_NEW_PIECE), the narrowed _CORRECTION and _PART_AFTER; read._instructions_after, _DESCRIBED, apostrophes in single
quotes; style_words._WITHOUT_BEFORE's 'nada', 'nothing', 'nichts', 'rien', 'niente'.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK (a
careful reader must ask) or a dict of what a careful reader is sure of (see scripts/probe_kit.py; this script adds
'lyrics_lacks': the lyrics must not contain the text, 'duration_not': the duration must not be that value,
'tags_text' / 'tags_text_not': a word within / not within the tags).
Verdicts: OK, ASKED (a question where a plan was due: no money spent on a misreading), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam13.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, ext, free, main, new

_kit_wrong = probe_kit.wrong


def _wrong(r: Any, want: dict[str, Any], length: float | None = None) -> list[str]:
    """The kit's check, and more keys: 'lyrics_lacks', 'duration_not', 'tags_text' / 'tags_text_not' (words within
    the tags)."""
    want = dict(want)
    lacks = want.pop("lyrics_lacks", [])
    dur_not = want.pop("duration_not", None)
    has, hasnt = want.pop("tags_text", []), want.pop("tags_text_not", [])
    bad = _kit_wrong(r, want, length)
    tags = ", ".join(probe_kit.tag_list(r))
    bad += [f"tags lack {t!r} ({tags})" for t in has if t not in tags]
    bad += [f"{t!r} in tags ({tags})" for t in hasnt if t in tags]
    bad += [f"lyrics contain {t!r}" for t in lacks if t in probe_kit.lyric_text(r)]
    if dur_not is not None and r.arguments.get("duration") == dur_not:
        bad.append(f"duration={dur_not} (want anything else)")
    return bad


probe_kit.wrong = _wrong

LP = "_shaped_seconds: 'loop' beside a fade's or cut's seconds that loops a part, is negated or is no loop at all"
LPC = "_shaped_seconds control (the whole track looped with a fade)"
FD = "shaping _END/_IN/_START new words: a fade read at the wrong end, or a 'finale' section made a free fade"
FDC = "shaping new words control"
BR = "_BITRATE: a number after 'mp3' (or before it, '90er') that is no bitrate"
BRC = "_BITRATE control"
EA = "_EACH_LENGTH/_A_LENGTH: 'each' said of a part, not of takes"
OP = "_VERSION_NOUN/_VERSIONS_AFTER_WORD: 'options'/'alternatives' that differ, or are of something else"
EOC = "each/options control"
NWG = "_now_and_whole guards (_NEW_PIECE 'version', 'cover', 'tempo', 'friend'...) stop a true track-now reading"
NWA = "_now_and_whole _AMOUNT_BEFORE/_AFTER: 'de/di/na' = to, 'more or less', an 'add' cue beside a whole"
NWC = "_now_and_whole control"
CR = "_CORRECTION narrowed: a real correction with a word no longer listed ('sorry', 'いや', 'à không', 'o sea')"
PA = "_PART_AFTER: a style word starting like a part ('introspective', 'breakbeat', 'faded', 'solo piano')"
CRC = "_corrected control"
LY = "read._instructions_after: a last one-line stanza with a word of asking or a length is sung"
LYC = "read._instructions_after control"
DS = "read._DESCRIBED: 'up to you' / 'your choice' inside the quotes no longer a description"
AP = "read._leading_quote: apostrophes inside single quotes"
WB = "style_words._WITHOUT_BEFORE: 'nada' (Indonesian 'tone'), 'nothing', 'rien', 'niente' that negate nothing"
WBC = "_WITHOUT_BEFORE control"
NOT_FREE = {"tool_not": FREE, "ask_ok": True}
NO_LOOP = {"loop": None, "ask_ok": True}
L = "Lluvia de verano"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- loops beside a fade's or cut's seconds
    (LP, 60, "don't loop it, just fade out 5 seconds", free(fade_out_s=5, loop=None)),
    (LP, 60, "no loop please, only a 4 second fade out at the end", free(fade_out_s=4, loop=None)),
    (LP, 60, "sin bucle, solo un fundido de salida de 5 segundos", free(fade_out_s=5, loop=None)),
    (LP, 60, "nicht loopen, nur am Ende 3 Sekunden ausblenden", free(fade_out_s=3, loop=None)),
    (LP, 60, "без лупа, просто затухание в конце 5 секунд", free(fade_out_s=5, loop=None)),
    (LP, 60, "nie zapętlaj, tylko wyciszenie na końcu 5 sekund", NO_LOOP),
    (LP, 60, "fade out 5 s so it doesn't sound like a loop anymore", free(fade_out_s=5, loop=None)),
    (LP, 60, "fade in 3 s. I'll loop it myself in Ableton", free(fade_in_s=3, loop=None)),
    (LP, 60, "the ending sounds loopy, give it a 6 second fade out", free(fade_out_s=6, loop=None)),
    (LP, 60, "fade out 6 seconds, no loop needed", free(fade_out_s=6, loop=None)),
    (LP, 60, "loop the last 8 seconds and fade them out over 8 seconds", NO_LOOP),
    (LP, 60, "fade in 4 s and then loop just the first 4 seconds", NO_LOOP),
    (LP, 60, "haz un bucle de los últimos 8 segundos con un fundido de salida de 8 segundos", NO_LOOP),
    (LP, 60, "boucle les 4 premières secondes avec un fondu d'entrée de 4 secondes", NO_LOOP),
    (LP, 60, "die ersten 4 Sekunden loopen, mit 4 Sekunden Einblendung", NO_LOOP),
    (LP, 60, "dissolvenza finale di 5 secondi, è la sigla del ciclo di lezioni", free(fade_out_s=5, loop=None)),
    (LP, 60, "fade out de 5 segundos no final, é pro encerramento do ciclo de palestras", NO_LOOP),
    (LP, 60, "fade out 5 seconds; keep the loop pedal part at the start as it is", NO_LOOP),
    (LP, 60, "cut the first 2 seconds, the loop at the start is out of time", NO_LOOP),
    (LPC, 60, "make it loop and fade in 2 seconds", free(loop=True, fade_in_s=2)),
    (LPC, 60, "зацикли и сделай плавное появление 2 сек", free(loop=True, fade_in_s=2)),
    (LPC, 60, "haz un bucle y un fundido de entrada de 3 segundos", free(loop=True, fade_in_s=3)),
    (LPC, 60, "loop it, and trim the first 2 seconds", free(loop=True, trim_start_s=2)),
    # --- fades: 'finale' etc. as a section, or beside a fade at the other end
    (FD, 60, "fade in 3 seconds at the start, and leave the finale as it is", free(fade_in_s=3, fade_out_s=None)),
    (FD, 60, "dissolvenza in entrata di 4 secondi, il finale lascialo così", free(fade_in_s=4, fade_out_s=None)),
    (
        FD,
        60,
        "fundido de entrada de 3 segundos, los compases finales déjalos igual",
        free(fade_in_s=3, fade_out_s=None),
    ),
    (FD, 60, "fade in de 2 segundos no começo; os acordes finais ficam iguais", free(fade_in_s=2, fade_out_s=None)),
    (FD, 60, "fondu d'entrée de 3 secondes, ne touche pas aux accords finaux", free(fade_in_s=3, fade_out_s=None)),
    (
        FD,
        60,
        "3 Sekunden am Anfang einblenden, die finalen Takte bleiben unverändert",
        free(fade_in_s=3, fade_out_s=None),
    ),
    (FD, 60, "coupe les 3 premières secondes, garde les accords finaux", free(trim_start_s=3, trim_end_s=None)),
    (FD, 60, "tona ut 5 sekunder, den inledande gitarren ska vara kvar", free(fade_out_s=5, fade_in_s=None)),
    (FD, 60, "tone ud over 4 sekunder, det indledende riff skal blive", free(fade_out_s=4, fade_in_s=None)),
    (FD, 60, "tone ut over 4 sekunder, behold det innledende pianoet", free(fade_out_s=4, fade_in_s=None)),
    (FD, 60, "затухание 4 секунды в конце, а плавное начало оставь как есть", free(fade_out_s=4, fade_in_s=None)),
    (FD, 180, "make the finale bigger and more epic, with a 5 s fade out", NOT_FREE),
    (FD, 180, "rifai il finale con più archi, dissolvenza di 5 secondi", NOT_FREE),
    (FD, 180, "refais le finale avec plus de cuivres, fondu de 4 secondes", NOT_FREE),
    (FD, 180, "переделай припев, чтобы у него было плавное начало", NOT_FREE),
    (FD, 180, "сделай плавное появление вокала во втором куплете", NOT_FREE),
    (FDC, 60, "dissolvenza finale di 5 secondi", free(fade_out_s=5)),
    (FDC, 60, "fundido de salida en los 6 segundos finales", free(fade_out_s=6)),
    (FDC, 60, "fade out nos 5 segundos finais", free(fade_out_s=5)),
    (FDC, 60, "blende die finalen 5 Sekunden aus", free(fade_out_s=5)),
    (FDC, 60, "плавный вход 2 секунды", free(fade_in_s=2)),
    (FDC, 60, "tona in de inledande 5 sekunderna", free(fade_in_s=5)),
    (FDC, None, "песня с плавным началом про осень, 2 минуты", new(duration=120)),
    # --- bitrate
    (BR, 60, "mp3 90, 60 and 30 second cutdowns please", {"bitrate_kbps": None, "ask_ok": True}),
    (BR, None, "a jingle, mp3 90, 60, and 30 second edits", {"bitrate_kbps": None, "ask_ok": True}),
    (BR, None, "ich brauch nen 90er mp3 Track für die Party, 3 Minuten", {"bitrate_kbps": None, "ask_ok": True}),
    (BR, 90, "fă-l mp3 de 90 de secunde", {"bitrate_kbps": None, "ask_ok": True}),
    (BR, 60, "export as mp3 44,1 kHz", {"bitrate_kbps": None, "ask_ok": True}),
    (BRC, 60, "mp3 320, fade out 5 seconds", free(output_format="mp3", bitrate_kbps=320, fade_out_s=5)),
    (BRC, 60, "als 320er MP3 bitte", free(output_format="mp3", bitrate_kbps=320)),
    (BRC, 60, "exportă ca mp3 la 320", free(output_format="mp3", bitrate_kbps=320)),
    (BRC, 60, "mp3 192, normalized to -14 LUFS", free(bitrate_kbps=192, loudness_lufs=-14)),
    # --- each / options
    (EA, None, "a 3 minute song, each chorus thirty seconds long", new(duration=180, takes=None)),
    (EA, None, "una canción de 3 minutos, cada estribillo de 30 s", new(duration=180, takes=None)),
    (EA, None, "a song with 4 sections, each one minute", {"duration_not": 60, "takes": None, "ask_ok": True}),
    (EA, None, "a medley of three songs, each two minutes", {"takes": None, "ask_ok": True}),
    (EA, None, "a 5 minute DJ mix of tracks two minutes each", new(duration=300, takes=None)),
    (EA, None, "3 verses and 3 choruses, each 0:20, pop ballad", {"duration_not": 20, "takes": None, "ask_ok": True}),
    (EA, None, "каждый куплет по 30 секунд, вся песня 3 минуты", new(duration=180, takes=None)),
    (EA, None, "一首3分钟的歌，每个副歌30秒", new(duration=180, takes=None)),
    (OP, None, "a 2 minute lofi track, and give me 3 options for the title", {"takes": None, "ask_ok": True}),
    (OP, None, "give me 2 options: one with piano, one with guitar, 1 minute", ASK),
    (OP, None, "3 opciones: una rápida, una lenta y una acústica, de 1 minuto", ASK),
    (OP, None, "zwei Optionen, eine schnelle und eine langsame, je 1 Minute", ASK),
    (OP, None, "2 opzioni, una in italiano e una in inglese, 2 minuti", ASK),
    (OP, None, "the 2 options you gave me were bad; make one more, 2 minutes of jazz", {"takes": None, "ask_ok": True}),
    (OP, None, "I had two options in mind, jazz or bossa; go with jazz, 2 minutes", new(takes=None, duration=120)),
    (OP, None, "2 alternatives: one in major, one in minor, 90 s", ASK),
    (OP, None, "duas opções: uma com voz feminina e outra com voz masculina", ASK),
    (OP, None, "a 2 minute track with no alternatives, just one", new(takes=None, duration=120)),
    (EOC, None, "two versions, four minutes each, synthwave", new(takes=2, duration=240)),
    (EOC, None, "3 takes, 2:30 each, indie rock", new(takes=3, duration=150)),
    (EOC, None, "3 Versionen, jeweils 2:30, Indie Rock", new(takes=3, duration=150)),
    (EOC, None, "give me 3 options of 30 s each for the ad, upbeat", new(takes=3, duration=30)),
    (EOC, None, "2 opções de 1 minuto cada, samba", new(takes=2, duration=60)),
    # --- now_and_whole: a true 'it is X now, make it Y' lost to a new guard word
    (NWG, 120, "this version is only 2:00 now, extend it to 2:30", ext(0, 30, ask_ok=True)),
    (NWG, 120, "questa versione adesso dura 2:00, allungala a 2:30", ext(0, 30, ask_ok=True)),
    (NWG, 120, "esta versión dura 2:00 ahora, alárgala hasta 2:30", ext(0, 30, ask_ok=True)),
    (NWG, 120, "die Version ist jetzt 2:00, verlängere sie auf 2:30", ext(0, 30, ask_ok=True)),
    (NWG, 120, "versi ini sekarang 2 menit, perpanjang jadi 3 menit", ext(0, 60, ask_ok=True)),
    (NWG, 120, "my cover is 2:00 now, extend it to 2:30", ext(0, 30, ask_ok=True)),
    (NWG, 180, "this remix is 3:00 now, make it 4:00 for the club", ext(0, 60, ask_ok=True)),
    (NWG, 120, "it's 2 minutes now, extend it to 3 minutes at the same tempo", ext(0, 60, ask_ok=True)),
    (NWG, 120, "my friend says it's too short: it's 2 minutes now, extend it to 3 minutes", ext(0, 60, ask_ok=True)),
    (NWG, 120, "o tempo total tem que ser 2:30, agora tem 2:00, estica no final", ext(0, 30, ask_ok=True)),
    (NWG, 120, "è 2:00 adesso, portala a 2:30 senza cambiare il tempo", ext(0, 30, ask_ok=True)),
    (NWA, 120, "hazla de 3 minutos, ahora dura 2 minutos", ext(0, 60, ask_ok=True)),
    (NWA, 120, "falla di 3 minuti, adesso dura 2 minuti", ext(0, 60, ask_ok=True)),
    (NWA, 120, "prodluž skladbu na 3 minuty, teď má 2 minuty", ext(0, 60, ask_ok=True)),
    (NWA, 120, "produži pjesmu na 3 minute, sada je 2 minute", ext(0, 60, ask_ok=True)),
    (NWA, 120, "predĺž skladbu na 3 minúty, teraz má 2 minúty", ext(0, 60, ask_ok=True)),
    (NWA, 120, "make it about 3 minutes more or less, it's 2 minutes now", ext(0, 60, ask_ok=True)),
    (NWA, 120, "que dure 3 minutos más o menos, ahora dura 2 minutos", ext(0, 60, ask_ok=True)),
    (NWA, 120, "deixa com 3 minutos mais ou menos, agora tem 2 minutos", ext(0, 60, ask_ok=True)),
    (NWA, 120, "it's 2:00 now; add an outro so the whole thing is 2:30", ext(0, 30, ask_ok=True)),
    (NWA, 120, "er ist jetzt 2:00, füg ein Outro hinzu, damit er 2:30 lang wird", ext(0, 30, ask_ok=True)),
    (NWA, 120, "ahora dura 2:00, añade un final para que llegue a 2:30", ext(0, 30, ask_ok=True)),
    (NWC, 120, "extend the track by 3 minutes, it's 2 minutes now", ext(0, 180)),
    (NWC, 160, "Mach den Song auf genau 3 Minuten, er ist grad 2:40", ext(0, 20)),
    # --- corrections: real ones with words no longer listed; _PART_AFTER on a style word
    (CR, None, "a 2 minute song, sorry, I mean 90 seconds, jazz", new(duration=90, ask_ok=True)),
    (CR, None, "un jingle de 30 segundos, perdón, 45 segundos", new(duration=45, ask_ok=True)),
    (CR, None, "BGMを30秒、いや45秒で", new(duration=45, ask_ok=True)),
    (CR, None, "nhạc nền 30 giây, à không, 45 giây", new(duration=45, ask_ok=True)),
    (CR, None, "musik latar 30 detik, maksudku 45 detik", new(duration=45, ask_ok=True)),
    (CR, None, "piosenka na 2 minuty, właściwie 90 sekund", new(duration=90, ask_ok=True)),
    (CR, None, "30 सेकंड का जिंगल, मतलब 45 सेकंड", new(duration=45, ask_ok=True)),
    (CR, None, "um jingle de 30 segundos, quer dizer, 45 segundos", new(duration=45, ask_ok=True)),
    (PA, None, "a 2 minute track, no wait, 3 minutes introspective piano", new(duration=180, ask_ok=True)),
    (PA, None, "2 minutes of jungle, scratch that, 3 minutes breakbeat", new(duration=180, ask_ok=True)),
    (PA, None, "a 2 minute track, no wait, 3 minutes faded vaporwave", new(duration=180, ask_ok=True)),
    (PA, None, "un brano di 2 minuti, anzi no, 3 minuti solo pianoforte", new(duration=180, ask_ok=True)),
    (PA, None, "una pieza de 2 minutos, mejor dicho, 3 minutos solo piano", new(duration=180, ask_ok=True)),
    (CRC, None, "a 2 minute song, no wait, 3 minutes, jazz", new(duration=180)),
    (CRC, None, "2 minuti, anzi no, 30 secondi di intro", {"duration_not": 30, "ask_ok": True}),
    # --- lyrics: the last one-line stanza
    (
        LY,
        None,
        f"a ballad with these lyrics:\n\n{L}, tu voz en mi piel\nme quedo contigo\n\nPor favor, quédate conmigo esta noche!",
        new(lyrics_has=["quédate conmigo esta noche"]),
    ),
    (
        LY,
        None,
        "a pop song with these lyrics:\n\nYou left the door wide open\nand the rain came in\n\nPlease come back and close it, my love.",
        new(lyrics_has=["come back and close it"]),
    ),
    (
        LY,
        None,
        "a country song with these lyrics:\n\nDust on the boots, sun on the road\nthe radio plays slow\n\nWe danced for 3 minutes under the moon",
        new(lyrics_has=["under the moon"]),
    ),
    (
        LY,
        None,
        "ein Lied mit diesem Text:\n\nDu bist mein Licht am Morgen\nmein Stern in der Nacht\n\nDanke für jeden Tag mit dir, mein Schatz!",
        new(lyrics_has=["jeden Tag mit dir"]),
    ),
    (
        LY,
        None,
        "песня со словами:\n\nЯ жду тебя у моря\nгде чайки кричат\n\nСпасибо тебе за лето и за свет!",
        new(lyrics_has=["за лето и за свет"]),
    ),
    (
        LYC,
        None,
        "a ballad with these lyrics:\n\nYou left the door wide open\nand the rain came in\n\nKeep it slow and sad, about two minutes. Thanks!",
        new(lyrics_lacks=["Thanks"]),
    ),
    # --- _DESCRIBED and apostrophes
    (
        DS,
        None,
        "an upbeat pop song, lyrics 'up to you, something about summer'",
        {"lyrics_lacks": ["up to you"], "ask_ok": True},
    ),
    (
        DS,
        None,
        "a rock song, lyrics 'your choice, maybe about cars'",
        {"lyrics_lacks": ["your choice"], "ask_ok": True},
    ),
    (AP, None, "a rock song with the lyrics 'rockin' all night long'", new(lyrics_has=["all night long"])),
    (AP, None, "une chanson pop avec les paroles 'l'amour c'est toi'", new(lyrics_has=["l'amour c'est toi"])),
    (AP, None, "a song with the lyrics 'we're young, we're free'", new(lyrics_has=["we're young, we're free"])),
    # --- 'nada' / 'nothing' before a style word
    (WB, None, "buat lagu pop dengan nada piano yang lembut, 2 menit", new(tags_text=["piano"])),
    (WB, None, "nada dering piano 30 detik", new(tags_text=["piano"])),
    (WB, None, "lagu santai dengan nada gitar akustik, 1 menit", new(tags_text=["acoustic"])),
    (WB, None, "lagu dengan nada jazz yang ceria, 2 menit", new(tags_text=["jazz"])),
    (WBC, None, "una canción electrónica, nada rock, 2 minutos", new(tags_text_not=["rock"])),
    (WBC, None, "a chill electronic track, nothing acoustic, 2 minutes", new(tags_text_not=["acoustic"])),
    # --- second batch (labelled after the first run, before its own)
    (LP, 60, "fondu de sortie de 4 secondes, la chanson parle d'une boucle d'oreille perdue", NO_LOOP),
    (LP, 60, "затухание 5 секунд в конце, песня про петлю времени", NO_LOOP),
    (LP, 60, "fade out over 5 s, the hook is about a time loop", NO_LOOP),
    (LP, 60, "wyciszenie 5 sekund na końcu, bez pętli", NO_LOOP),
    (LP, 60, "fade-out de 5 secondes, pas de boucle", NO_LOOP),
    (LP, 60, "dissolvenza finale di 5 secondi, niente loop", NO_LOOP),
    (LP, 60, "5 saniye fade out, döngü olmasın", NO_LOOP),
    (LP, 60, "5초 페이드 아웃, 루프는 하지 마", NO_LOOP),
    (LP, 60, "5秒フェードアウト、ループはなしで", NO_LOOP),
    (LP, 60, "淡出5秒，不要循环", NO_LOOP),
    (LPC, 60, "5秒フェードアウトしてループにして", free(loop=True, fade_out_s=5)),
    (BR, 60, "exporta en mp3 de 60, 30 y 15 segundos", {"bitrate_kbps": None, "ask_ok": True}),
    (BR, 60, "esporta in mp3 di 60, 30 e 15 secondi", {"bitrate_kbps": None, "ask_ok": True}),
    (BR, 60, "als mp3 mit 60, 30 und 15 Sekunden", {"bitrate_kbps": None, "ask_ok": True}),
    (OP, None, "give me 2 options, major or minor key, 1 minute", ASK),
    (OP, None, "2 opções: rápida ou lenta, 1 minuto", ASK),
    (EOC, None, "3 alternatives of the same prompt: chill lofi, 1 minute", new(takes=3, duration=60)),
    (EOC, None, "wie immer 3 Optionen zur Auswahl, Ambient, 1 Minute", new(takes=3, duration=60)),
    (NWA, 120, "it's 2 minutes now, I want 3 minutes more or less in total", ext(0, 60, ask_ok=True)),
    (NWA, 120, "currently 2 min; around 3 min more or less would be perfect", ext(0, 60, ask_ok=True)),
    (FD, 60, "сделай затухание 4 секунды в конце, без плавного появления в начале", free(fade_out_s=4, fade_in_s=None)),
    (FD, 60, "fundido final de 4 segundos y otro de entrada de 2 segundos", free(fade_out_s=4, fade_in_s=2)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
