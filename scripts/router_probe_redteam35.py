"""Red-team probe (redteam35) of the router rules changed in 6610e1f..c02aa28 (a8ab3d8, c02aa28), hunting SILENT
WRONG plans: a plan made without a question whose tool or a certain argument is wrong, and questions newly asked
where the answer was obvious (verdict ASKED).

The rules under attack: (1) a bare 'make it / this / the track / the song' with no length and no other word of
adding no longer extends (_MAKE_WORDS, _MAKE: it asks the general question); (2) _LOUDER / _PLAYS_AT_14 /
_louder_for / _a_part_louder / _MIXING: 'louder' or 'quieter' with a platform that plays at -14 LUFS (YouTube,
Spotify, streaming ...) is process_track loudness -14, with no platform the level is asked (loudness_lufs), a part
made louder (vocals, a section, an instrument, a mix) keeps the general question; (3) lang.normalise's _MIN_SEC
joining 'N min M s' (from number words: 'une minute dix', '일 분 십 초', '一分十秒') into N:MM, and lang._RANGES writing
' a-b ' with spaces; (4) the new fillers of lang._CJK_FILLER / _FILLER ('那个', '这个', '那段', '这段', '一下',
'-어줘', 'ce', 'cette', 'passage').

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam35.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, ext, inp, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0
M = 120.0
S = 20.0

MK = "bare 'make it' (_MAKE_WORDS) asks"
LD = "_LOUDER / _louder_for / _a_part_louder"
MS = "_MIN_SEC: 'N min M s' → N:MM"
RG = "_RANGES spaced ' a-b '"
FL = "new fillers (那个, 这段, 一下, -어줘, ce, cette, passage)"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def nws(sec: float, **kw: Any) -> dict[str, Any]:
    """A new piece of that length, plainly: a question is a miss."""
    return {"tool": NEW, "duration": sec, **kw}


def not_out(**kw: Any) -> dict[str, Any]:
    """Anything but a paid extension (a question allowed)."""
    return {"tool_not": OUT, "ask_ok": True, **kw}


def not_in(**kw: Any) -> dict[str, Any]:
    """Anything but a paid regeneration of a range (a question allowed)."""
    return {"tool_not": IN, "ask_ok": True, **kw}


def lufs(level: float, **kw: Any) -> dict[str, Any]:
    """The whole track delivered at that level, free."""
    return {"tool": FREE, "loudness_lufs": level, **kw}


def fmt_is(f: str, **kw: Any) -> dict[str, Any]:
    return {"tool": FREE, "output_format": f, **kw}


def quiet_kept(f: str) -> dict[str, Any]:
    """A conversion only: no loudness asked for."""
    return {"tool": FREE, "output_format": f, "loudness_lufs": None, "ask_ok": True}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) bare 'make it': guards (no length, nothing of adding: a question, never an extension)
    (MK, L, "make it better", ASK),
    (MK, L, "make this more emotional", ASK),
    (MK, L, "Make the song sadder", ASK),
    (MK, L, "make it jazzier", not_out()),
    (MK, L, "Make it twice as fast", not_out()),
    # ... guards: 'make it' with a length still extends
    (MK, L, "make the track 20 seconds longer", ext(0, 20, ask_ok=True)),
    (MK, L, "make it go on for another 30 seconds", ext(0, 30, ask_ok=True)),
    (MK, L, "make it three minutes and thirty seconds", ext(0, 30, ask_ok=True)),
    (MK, L, "make the song 3 minutes 30 seconds long", ext(0, 30, ask_ok=True)),
    (MK, S, "make it a minute", ext(0, 40, ask_ok=True)),
    (MK, S, "make it 30 seconds long", ext(0, 10, ask_ok=True)),
    (MK, M, "Make it louder and 3 minutes long", ext(0, 60, ask_ok=True)),
    (MK, L, "make it louder for YouTube and add 10 seconds at the end", ext(0, 10, ask_ok=True)),
    # ... attacks: a 'make it' with a number that is no length of the track
    (MK, L, "make it sound more 80s", not_out()),
    (MK, L, "Make it feel like the 60s, more reverb", not_out()),
    (MK, L, "Make it 120 BPM", not_out()),
    (MK, L, "make it louder at 1:30", ASK),
    (MK, L, "make it quieter after 2:00", ASK),
    (MK, L, "Make it 2 minutes", not_out()),
    (MK, L, "make it 2:30", not_out()),
    (MK, L, "make it 30 seconds shorter", not_out()),
    (MK, L, "make it fade out over the last 10 seconds", {"tool": FREE, "fade_out_s": 10.0, "ask_ok": True}),
    (MK, L, "make it keep going a bit", {"tool_not": NEW, "ask_ok": True}),
    # --- (2) louder / quieter with a platform: guards (the whole track at -14 LUFS, free)
    (LD, L, "make it louder for YouTube pls", lufs(-14.0)),
    (LD, L, "It's too quiet on Spotify", lufs(-14.0)),
    (LD, L, "Too loud for YouTube, bring it down", lufs(-14.0)),
    (LD, L, "Make it quieter for streaming", lufs(-14.0)),
    (LD, L, "Lauter bitte, für Spotify", lufs(-14.0)),
    (LD, L, "Hazlo más fuerte para Spotify", lufs(-14.0)),
    (LD, L, "deixa mais alto pro YouTube", lufs(-14.0)),
    (LD, L, "Rends-le plus fort pour YouTube", lufs(-14.0)),
    (LD, L, "Сделай громче для ютуба", lufs(-14.0)),
    (LD, L, "YouTube用に音量を上げて", lufs(-14.0)),
    (LD, L, "유튜브용으로 볼륨 키워줘", lufs(-14.0)),
    (LD, L, "油管用的，声音大一点", lufs(-14.0)),
    (LD, L, "YouTube için sesini yükselt", lufs(-14.0, ask_ok=True)),
    (LD, L, "make it quieter for Spotify and fade out the last 5 seconds", lufs(-14.0, fade_out_s=5.0, ask_ok=True)),
    # ... guards: a level said wins; no platform asks; no track asks
    (LD, L, "Make it louder for YouTube, -10 LUFS", lufs(-10.0)),
    (LD, L, "Make it louder to -9 LUFS", lufs(-9.0)),
    (LD, L, "make it louder", ASK),
    (LD, L, "Leiser bitte", ASK),
    (LD, None, "make it louder for YouTube", ASK),
    (LD, None, "Louder for Spotify please", ASK),
    # ... attacks: a level or an amount said without 'LUFS'
    (LD, L, "Make it louder, target -9", lufs(-9.0)),
    (LD, L, "make it louder for YouTube, around -10", lufs(-10.0, ask_ok=True)),
    (LD, L, "Make it louder for YouTube, like +3 dB", ASK),
    (LD, L, "Make it 10% louder for YouTube", ASK),
    (LD, L, "Make it as loud as possible for Spotify", ASK),
    (LD, L, "Make it louder, Spotify says it's at -20 LUFS", lufs(-14.0, ask_ok=True)),
    (LD, L, "It's at -8 LUFS, too loud for Spotify, bring it down", lufs(-14.0, ask_ok=True)),
    # ... attacks: the platform named, but not as the level wanted
    (LD, L, "Make it louder for the club, not for Spotify", ASK),
    (LD, L, "Make it louder - forget streaming, this is for a DJ set", ASK),
    (LD, L, "The Spotify version is fine; make the CD version louder", ASK),
    (LD, L, "Lauter bitte – nicht für Spotify, sondern für den Club", ASK),
    (LD, L, "Make it quieter, it plays behind my podcast on Spotify", ASK),
    (LD, L, "Make it quieter so it doesn't drown out my talking on YouTube", ASK),
    (LD, L, "Make it quieter for YouTube, it's too loud under my voiceover", ASK),
    (LD, L, "Make it quieter, it's background music for my streaming on Twitch and YouTube", ASK),
    # ... attacks: 'softer' / 'quieter' / 'bigger' of the sound, not its level
    (LD, L, "Make it softer and dreamier for my Spotify release", ASK),
    (LD, L, "Make it quieter and less busy for YouTube, fewer notes", ASK),
    (LD, L, "유튜브용으로 스케일을 더 크게 해줘", ASK),
    (LD, L, "More volume in the low end for Spotify", ASK),
    # ... attacks: a part of the track louder (not an English section word, not in _MIXING, no style word)
    (LD, L, "Make the ending louder for YouTube", ASK),
    (LD, L, "Make the beginning quieter for Spotify", ASK),
    (LD, L, "Make the first 30 seconds louder for YouTube", ASK),
    (LD, L, "Make the last 10 seconds quieter for Spotify", ASK),
    (LD, L, "The kick is too quiet on Spotify", ASK),
    (LD, L, "The hi-hats are too loud on Spotify", ASK),
    (LD, L, "The 808s are too quiet for streaming", ASK),
    (LD, L, "The singer is too quiet on Spotify", ASK),
    (LD, L, "The backing track is too loud on YouTube, the lead is buried", ASK),
    (LD, L, "The left side is louder than the right on Spotify", ASK),
    (LD, L, "The reverb is too loud for YouTube", ASK),
    (LD, L, "Mach den Refrain lauter für YouTube", ASK),
    (LD, L, "Sube el volumen del estribillo para YouTube", ASK),
    (LD, L, "Monte le son du refrain pour YouTube", ASK),
    (LD, L, "Deixa o refrão mais alto pro Spotify", ASK),
    (LD, L, "Сделай припев громче для ютуба", ASK),
    (LD, L, "YouTube用にサビの音量を上げて", ASK),
    (LD, L, "油管用，副歌音量大一点", ASK),
    (LD, L, "유튜브용으로 후렴 볼륨 좀 키워줘", ASK),
    (LD, L, "The vocals are too quiet on Spotify", ASK),
    (LD, L, "make the guitar solo louder for YouTube", ASK),
    # ... attacks: 'louder' / 'volume' / 'turn it up' not asked of the track (a title, a refusal, another meaning)
    (LD, L, "Convert it to mp3 for Spotify. The title is 'Turn It Up'.", quiet_kept("mp3")),
    (LD, L, "Convert it to mp3 for Spotify, it's called Louder Than Bombs", quiet_kept("mp3")),
    (LD, L, "Volume 2 of my Spotify series: convert it to wav", quiet_kept("wav")),
    (LD, L, "Make it an mp3 for Spotify, and don't touch the volume", quiet_kept("mp3")),
    (LD, L, "Don't make it louder, just convert it to wav for YouTube", quiet_kept("wav")),
    (LD, L, "Mets-la en mp3 pour Spotify sans toucher au volume", quiet_kept("mp3")),
    (LD, L, "Converte pra mp3 pro Spotify, não mexe no volume", quiet_kept("mp3")),
    (LD, L, "Convertila in wav per Spotify, il volume va bene così", quiet_kept("wav")),
    (LD, L, "Не делай громче, просто переведи в mp3 для ютуба", quiet_kept("mp3")),
    (
        LD,
        L,
        "It's not too loud for YouTube, just make it loop",
        {"loop": True, "loudness_lufs": None, "ask_ok": True},
    ),
    (
        LD,
        L,
        "It's not too loud for Spotify, just cut the last 5 seconds",
        {"tool": FREE, "trim_end_s": 5.0, "loudness_lufs": None, "ask_ok": True},
    ),
    (LD, L, "On Spotify the other songs sound louder. Add a 20 second intro.", ext(20, 0, ask_ok=True)),
    # ... attacks: a new piece asked while a track is open, with a loudness word and a platform (no style word)
    (LD, L, "Now write me another one called Louder, for Spotify, 1 minute", nw(60)),
    (LD, L, "Make me a song called Turn It Up for my YouTube channel, 1 minute", nw(60)),
    (LD, L, "Jetzt bitte ein ganz neues Stück für meinen YouTube-Kanal, lauter als das hier, 1 Minute", nw(60)),
    (LD, L, "Ahora otra canción nueva para YouTube, más fuerte que esta, de 1 minuto", nw(60)),
    (LD, L, "Maintenant un tout nouveau morceau pour ma chaîne YouTube, plus fort que celui-ci, 1 minute", nw(60)),
    (LD, L, "再给我做一首新的，油管用，声音大一点，一分钟", nw(60)),
    (LD, L, "別の新しい曲をYouTube用に、音量大きめで1分", nw(60)),
    (LD, L, "유튜브용으로 새 곡 하나 더 만들어줘, 볼륨 크게, 1분", nw(60)),
    (LD, L, "Теперь сделай новую песню для YouTube, чтобы была громче этой, 1 минута", nw(60)),
    # ... a new piece with no track (louder words of the piece)
    (LD, None, "Make a song that gets louder and louder, for my YouTube video, 2 minutes", nws(120)),
    (LD, None, "做一首让大家大声合唱的歌，发油管，一分钟", nws(60)),
    (LD, None, "Volume 2 of my Spotify series: a calm 2 minute piano piece", nws(120)),
    # --- (3) 'N min M s' in words: one time (new pieces)
    (MS, None, "Fais-moi un morceau de piano d'une minute dix", nws(70)),
    (MS, None, "Une chanson jazz d'une minute dix secondes", nws(70)),
    (MS, None, "일 분 십 초짜리 피아노 곡 만들어줘", nws(70)),
    (MS, None, "做一首一分十秒的钢琴曲", nws(70)),
    (MS, None, "一分十秒のピアノ曲を作って", nws(70)),
    (MS, None, "Hazme una canción de jazz de un minuto y diez segundos", nws(70)),
    (MS, None, "Mach ein Jazzstück, eine Minute und zehn Sekunden", nws(70)),
    (MS, None, "Un brano jazz di un minuto e dieci secondi", nws(70)),
    (MS, None, "Uma música de jazz de um minuto e dez segundos", nws(70)),
    (MS, None, "Джазовая композиция на одну минуту десять секунд", nws(70)),
    (MS, None, "Jazzowy utwór, minuta i dziesięć sekund", nws(70)),
    (MS, None, "Bir dakika on saniyelik caz parçası yap", nws(70)),
    (MS, None, "एक मिनट दस सेकंड का जैज़ गाना बनाओ", nws(70)),
    (MS, None, "two minutes thirty seconds of lo-fi hip hop", nws(150)),
    # ... ranges and extensions in words
    (MS, L, "redo from one minute ten seconds to one minute twenty five seconds", inp(70, 85)),
    (MS, L, "从一分十秒到一分二十五秒重新生成", inp(70, 85)),
    (MS, L, "일 분 십 초부터 일 분 이십오 초까지 다시 만들어줘", inp(70, 85)),
    (MS, L, "一分十秒から一分二十五秒までやり直して", inp(70, 85)),
    (MS, L, "Refais de une minute dix à une minute vingt-cinq", inp(70, 85)),
    (MS, L, "Rehaz desde un minuto diez hasta un minuto veinticinco", inp(70, 85, ask_ok=True)),
    (MS, L, "Mach von einer Minute zehn bis einer Minute fünfundzwanzig neu", inp(70, 85, ask_ok=True)),
    (MS, L, "Rifai da un minuto e dieci a un minuto e venticinque", inp(70, 85, ask_ok=True)),
    (MS, L, "Refaz de um minuto e dez até um minuto e vinte e cinco", inp(70, 85, ask_ok=True)),
    (MS, L, "Add one minute ten seconds at the end", ext(0, 70)),
    (MS, L, "Rallonge-la d'une minute dix à la fin", ext(0, 70)),
    (MS, L, "结尾加一分十秒", ext(0, 70)),
    (MS, L, "끝에 일 분 십 초 추가해줘", ext(0, 70)),
    # ... attacks: two things side by side, or a minute word that is no minute
    (MS, None, "un tema de 3 minutos y 5 segundos de fade out al final, rock", nw(180)),
    (MS, None, "珍惜一分一秒，做一首两分钟的钢琴曲", nws(120)),
    (MS, None, "一分一秒を大切に。二分のピアノ曲を作って", nws(120)),
    (MS, None, "儿子考了一百分，做一首三十秒的庆祝音乐", nws(30)),
    (MS, None, "부모님 두 분께 드리는 노래, 삼 분짜리 발라드", nws(180)),
    (MS, L, "이 분위기 그대로 십 초만 더 늘려줘", ext(0, 10, ask_ok=True)),
    (
        MS,
        None,
        "Make a 1 minute and a 30 second version of a jazz jingle",
        {"tool": NEW, "ask_ok": True, "duration_not": 90},
    ),
    # --- (4) ranges written with spaces: a range of no times (ages, a count, hours) is no window or length
    (RG, None, "Una canción infantil para niños de 3 a 5 años, de 1 minuto", nws(60)),
    (RG, None, "Песенка для детей от 3 до 5 лет, на 1 минуту", nws(60)),
    (RG, None, "Une comptine pour les enfants de 3 à 5 ans, 1 minute", nws(60)),
    (RG, None, "Ein Kinderlied für Kinder von 3 bis 5 Jahren, 1 Minute", nws(60)),
    (RG, None, "3〜5歳向けの童謡を1分で作って", nws(60)),
    (RG, None, "适合从3到5岁孩子的儿歌，1分钟", nws(60)),
    (RG, None, "3부터 5까지 세는 동요, 1분짜리", nws(60)),
    (RG, None, "एक गाना जो 1 से 10 तक गिनती सिखाए, 1 मिनट का", nws(60)),
    (RG, None, "Una canción para contar de 1 a 10, 1 minuto", nws(60)),
    (RG, None, "Música lo-fi para mi turno de 9 a 17 horas, 2 minutos", nws(120)),
    (RG, None, "Un tema techno de 2 minutos, de 125 a 130 bpm", nw(120)),
    (RG, L, "Añade 30 segundos al final, es para niños de 3 a 5 años", ext(0, 30)),
    (RG, L, "Добавь 30 секунд в конце, это для детей от 3 до 5 лет", ext(0, 30)),
    (RG, L, "Ajoute 30 secondes à la fin, c'est pour des enfants de 3 à 5 ans", ext(0, 30)),
    (RG, L, "Häng 30 Sekunden hinten dran, ist für Kinder von 3 bis 5 Jahren", ext(0, 30, ask_ok=True)),
    (RG, L, "结尾加30秒，给从3到5岁的孩子听", ext(0, 30)),
    (RG, L, "Converte pra mp3, é pra crianças de 3 a 5 anos", fmt_is("mp3")),
    # ... guards: real ranges
    (RG, L, "Переделай с 1:10 до 1:25", inp(70, 85)),
    (RG, L, "1:10부터 1:25까지 다시 만들어줘", inp(70, 85)),
    (RG, L, "从1:10到1:25重新生成", inp(70, 85)),
    (RG, L, "Rehaz de 1:10 a 1:25", inp(70, 85)),
    (RG, L, "Mach von 1:10 bis 1:25 neu", inp(70, 85)),
    # --- (5) the new fillers: a style said beside them is still the new part's style
    (FL, L, "那个从1:10到1:25那段用二胡重新生成一下", inp(70, 85, tags_text=["erhu"])),
    (FL, L, "这段从一分十秒到一分二十五秒改成爵士一下", inp(70, 85, tags_text=["jazz"])),
    (FL, L, "从1:10到1:25换成那个年代的迪斯科", inp(70, 85, tags_text=["disco"])),
    (FL, L, "从1:10到1:25那段一下子变成摇滚", inp(70, 85, tags_text=["rock"])),
    (FL, L, "일 분 십 초부터 일 분 이십오 초까지 재즈로 다시 만들어줘", inp(70, 85, tags_text=["jazz"])),
    (FL, L, "1:10부터 1:25까지 피아노 넣어줘", {"tool_not": NEW, "ask_ok": True}),
    (FL, L, "de 1:10 à 1:20 refais ce passage en jazz", inp(70, 80, tags_text=["jazz"])),
    (FL, L, "Refais cette partie de 1:10 à 1:20 avec un accordéon", inp(70, 80, tags_text=["accordion"])),
    (FL, L, "de 1:10 à 1:20 refais ce passage avec une ambiance de fête foraine", inp(70, 80, tags_text=["foraine"])),
    (FL, L, "Redo 1:10 to 1:20 as a slow string passage", inp(70, 80, tags_text=["string"])),
    # ... guards: the fillers alone beside a range say no style (the track's own tags)
    (FL, L, "那个从1:10到1:25那段重新生成一下", inp(70, 85, tags="indie pop, electric guitar, 120 BPM")),
    (FL, L, "de 1:10 à 1:20 refais ce passage", inp(70, 80, tags="indie pop, electric guitar, 120 BPM")),
    (FL, L, "1:10부터 1:25까지 다시 해줘", inp(70, 85, tags="indie pop, electric guitar, 120 BPM")),
    # ... new pieces with a filler word
    (FL, None, "做一首这个夏天的流行歌，一分钟", nws(60, tags_text=["pop"])),
    (FL, None, "Fais une chanson de 2 minutes pour ce soir, style reggae", nws(120, tags_text=["reggae"])),
    (FL, None, "Écris une chanson de 1 minute sur cette passion, style tango", nws(60, tags_text=["tango"])),
]


if __name__ == "__main__":
    main(PROBES, __file__)
