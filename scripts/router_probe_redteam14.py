"""Red-team probe (redteam14) of the router rules changed in 1856784..e07a65a, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong. The rules under attack: account._now_and_whole ('more
or less' no longer an amount, the cues read once) beside corrections (_corrected, _CORRECTION, _PART_AFTER); the
next message's openers (_OPENER: 'ok, one more …' asks for one piece) and 'another thing' (_ANOTHER_THING removed
before the versions' contrast is read; 'one more thing / question / request' no longer 'another one'); lengths per
take ('each'); read._instructions_after (a last one-line paragraph with a word of asking and a length or a word of
music is the request, not lyrics); the loop guards (loop_not_wanted: _LOOP_NOT_BEFORE, _LOOP_NOT_AFTER); _NEGATED's
'nothing', 'nada', 'nichts', 'rien', 'niente'; __init__._NEW_PIECE's new words ('ganz neue', 'inédito', 'nova
faixa', '全新的', 'لحن جديد') and _ONLY_SOLO; lang._hour_word ('ora', 'ore', 'hora' an hour only after a count); a
style that names a language giving way to the language named for the singing; 'fin d'…' no Finnish.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK (a
careful reader must ask) or a dict of what a careful reader is sure of (see scripts/probe_kit.py; this script adds
'lyrics_lacks': the lyrics must not contain the text, 'duration_not': the duration must not be that value,
'tags_text' / 'tags_text_not': a word within / not within the tags, 'loop': the plan loops the track (argument or
delivery)).
Verdicts: OK, ASKED (a question where a plan was due: no money spent on a misreading), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam14.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, NEW, ext, free, main, new

probe_kit.wrong = probe_kit.wrong_more

NW = "_now_and_whole: the track's length now and the whole to reach ('more or less', amounts, guards)"
NWC = "_now_and_whole control"
CR = "_corrected / _PART_AFTER: a length taken back beside a style word that starts like a part"
CRN = "_now_and_whole after _corrected: a correction of the whole"
OPN = "_OPENER: 'ok, one more …' read as one piece where a second piece is asked later in the message"
OPC = "_OPENER control (a next message's one more piece)"
ATH = "_ANOTHER_THING: 'otra cosa', 'и ещё', 'noch was', an opening 'and' removed where it set versions apart"
ATC = "_ANOTHER_THING control (versions of one request)"
OMT = "_ANOTHER: 'one more thing / request / question' that asks for a second piece"
EA = "'each' lengths per take"
LY = "read._instructions_after: a sung last line with a word of asking and a length or a word of music"
LYC = "read._instructions_after control (a real request after the lyrics)"
LP = "loop_not_wanted: a loop wanted, read as negated ('don't forget', '特别', 'please', 'no clicks', 'ohne Pause')"
LPC = "loop_not_wanted control"
NG = "_NEGATED 'nothing', 'nada', 'nichts', 'rien', 'niente' that negate no style"
NGC = "_NEGATED control"
NP = "__init__._NEW_PIECE new words beside a track that ask for no new piece ('ganz neue Stimmung', '全新的感觉')"
NPC = "__init__._NEW_PIECE control"
HR = "lang._hour_word: 'ora' / 'ore' / 'hora' after a count that is no hour, or an hour without a listed count"
LG = "a style naming a language (K-pop, J-pop, Latin) beside the language named for the singing"
FN = "_NOT_A_LANGUAGE 'fin d'…' beside a real Finnish"
NOT_NEW = {"tool_not": NEW, "ask_ok": True}

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- the track's length now and the whole to reach
    (NW, 120, "extend it 3 minutes more or less, it's 2 minutes now", ext(0, 180, ask_ok=True)),
    (NW, 120, "it's 2 minutes now, extend it another 3 minutes more or less", ext(0, 180, ask_ok=True)),
    (NW, 120, "alárgala 3 minutos más o menos, ahora dura 2 minutos", ext(0, 180, ask_ok=True)),
    (NW, 120, "adesso dura 2 minuti, allungala di 1 minuto più o meno", ext(0, 60, ask_ok=True)),
    (NW, 120, "agora tem 2 minutos, aumenta mais 3 minutos mais ou menos", ext(0, 180, ask_ok=True)),
    (NW, 120, "er ist jetzt 2 Minuten, verlängere ihn um 3 Minuten mehr oder weniger", ext(0, 180, ask_ok=True)),
    (NW, 120, "il fait 2 minutes maintenant, rallonge-le de 3 minutes plus ou moins", ext(0, 180, ask_ok=True)),
    (NW, 120, "сейчас 2 минуты, удлини на 3 минуты плюс-минус", ext(0, 180, ask_ok=True)),
    (NW, 120, "it's only 2 minutes now, I need about 1 more minute", ext(0, 60, ask_ok=True)),
    (NW, 150, "it's 2:30 now, make it 3:30 outro included", ext(0, 60, ask_ok=True)),
    (NW, 120, "my new track is 2 min now, make it 3 min", ext(0, 60, ask_ok=True)),
    (NW, 120, "it's 2 minutes now and the client wants 2:30, add the 30 seconds at the start", ext(30, 0, ask_ok=True)),
    (NW, 120, "the song is 2 minutes, I want it 3 minutes, so extend the intro", ext(60, 0, ask_ok=True)),
    (NW, 120, "it's 2 min now. extend to 3 min, the 20 s intro stays as it is", ext(0, 60, ask_ok=True)),
    (NW, 120, "the track is 2:00 now, I need 2:30 more or less for the video", ext(0, 30, ask_ok=True)),
    (NW, 120, "ahora dura 2:00, necesito 2:30 más o menos para el video", ext(0, 30, ask_ok=True)),
    (NW, 120, "teraz ma 2 minuty, przedłuż o 1 minutę mniej więcej", ext(0, 60, ask_ok=True)),
    (NW, 120, "nu is hij 2 minuten, maak hem 3 minuten, min of meer", ext(0, 60, ask_ok=True)),
    (NW, 120, "şu an 2 dakika, 3 dakika civarı olsun, sona ekle", ext(0, 60, ask_ok=True)),
    (NW, 120, "sekarang 2 menit, tambah 1 menit lagi kurang lebih", ext(0, 60, ask_ok=True)),
    (NW, 120, "hiện tại 2 phút, kéo dài thêm 1 phút nữa", ext(0, 60, ask_ok=True)),
    (NW, 120, "目前2分钟，加长到3分钟左右", ext(0, 60, ask_ok=True)),
    (NW, 120, "今2分なので、3分くらいまで伸ばして", ext(0, 60, ask_ok=True)),
    (NW, 120, "지금 2분인데 3분 정도로 늘려줘", ext(0, 60, ask_ok=True)),
    (NWC, 120, "it's 2 minutes now, make it 3 minutes more or less", ext(0, 60, ask_ok=True)),
    (NWC, 90, "right now it's 1:30, stretch it to 2 minutes more or less", ext(0, 30, ask_ok=True)),
    (NWC, 120, "add 1 minute more or less at the end, it's 2 minutes now", ext(0, 60, ask_ok=True)),
    (CRN, 60, "it's 1 minute now, make it 2 minutes, no wait, 90 seconds", ext(0, 30, ask_ok=True)),
    (CRN, 60, "it's 1 min now, extend to 2 min, sorry I mean 1:30", ext(0, 30, ask_ok=True)),
    (CRN, 120, "it's 2 min now, make it 3 min, actually no, 4 min", ext(0, 120, ask_ok=True)),
    (CRN, 120, "make it 3 minutes, no wait, it's 2 minutes now so just add 1 minute", ext(0, 60, ask_ok=True)),
    (CRN, 120, "ora dura 2 minuti, portala a 3 minuti, anzi no, a 4 minuti", ext(0, 120, ask_ok=True)),
    (CRN, 120, "сейчас 2 минуты, сделай 3 минуты, хотя нет, 4 минуты", ext(0, 120, ask_ok=True)),
    # --- corrections beside a style that starts like a part
    (CR, None, "2 Minuten, nein warte, 3 Minuten stille Klaviermusik", new(duration=180, ask_ok=True)),
    (CR, None, "трек на 2 минуты, хотя нет, 3 минуты шумного гаражного рока", new(duration=180, ask_ok=True)),
    (CR, None, "a 2 minute track, no wait, 3 minutes of breakcore", new(duration=180, ask_ok=True)),
    (CR, None, "a 2 minute song, scratch that, 3 minutes chorus-heavy pop punk", new(duration=180, ask_ok=True)),
    (CR, None, "um som de 2 minutos, ou melhor, 3 minutos solo de violão", {"duration_not": 120, "ask_ok": True}),
    (CR, None, "2 minutes, nope, 3 minutes silence-to-noise drone build", new(duration=180, ask_ok=True)),
    (CR, None, "一首2分钟的歌，不对，3分钟，前奏要长", new(duration=180, ask_ok=True)),
    (CR, None, "a 30 second jingle, make that 45 seconds, upbeat", new(duration=45)),
    (CR, None, "30초짜리 징글, 아니야, 45초로", new(duration=45, ask_ok=True)),
    (CR, None, "30秒のジングル、じゃなくて45秒で", new(duration=45, ask_ok=True)),
    # --- openers: a second piece asked later in the message
    (OPN, None, "ok, one more: a 1 minute jazz track, and then one more just like it", ASK),
    (OPN, None, "great, one more just like it, and one more in jazz", ASK),
    (OPN, None, "ok one more like that and then another one with vocals", ASK),
    (OPN, None, "ahora otra más igual, y otra más en jazz", ASK),
    (OPN, None, "теперь ещё одну такую же и ещё одну в стиле джаз", ASK),
    (OPN, None, "jetzt noch so eine und noch so eine mit Gesang", ASK),
    (OPN, None, "好的，再来一首，然后再来一首摇滚的", ASK),
    (OPN, None, "좋아, 하나 더 만들고 재즈로 한 곡 더", ASK),
    (OPN, None, "もう一曲、それからもう一曲ジャズで", ASK),
    (OPN, None, "perfetto, un'altra uguale e poi un'altra uguale ma più lenta", ASK),
    (OPN, None, "ok, one more, and one more after that with a female voice", ASK),
    (OPN, None, "thanks! one more, 2 versions: one with piano and one with guitar", ASK),
    (OPC, None, "Perfect! one more, but this time 2 minutes of jazz", new(duration=120, takes=None)),
    (OPC, None, "하나 더, 새 노래 1분짜리 재즈", new(duration=60, takes=None)),
    (OPC, None, "and one more: a 30 second jingle", new(duration=30, takes=None)),
    (OPC, None, "also one more in the same style but 3 minutes", new(duration=180, takes=None)),
    (OPC, None, "ok, otra más: bossa nova, 90 segundos", new(duration=90, takes=None)),
    (OPC, None, "хорошо, ещё одну: эмбиент, 1 минута", new(duration=60, takes=None)),
    (OPC, None, "好的，再来一首全新的：爵士，1分钟", new(duration=60, takes=None)),
    (OPC, None, "a lofi beat 1 min, and one more like it with rain sounds", ASK),
    # --- 'one more thing / question / request' that asks for a second piece
    (OMT, None, "2 minutes of lofi, and one more thing just like it", ASK),
    (OMT, None, "make a 30 s jingle, then one more request: the same jingle but 15 s", ASK),
    (OMT, None, "a 1 minute jazz track; one more question: can you also make a rock one?", ASK),
    (OMT, None, "one more thing: a lullaby, 2 minutes", new(duration=120, takes=None)),
    (OMT, None, "one more request: jazz, 1 min", new(duration=60, takes=None)),
    (OMT, None, "one more question: can you make a 1 minute jazz track?", new(duration=60, takes=None)),
    # --- 'another thing' / an opening 'and' removed where the versions differ
    (ATH, None, "perfect. one more thing: make 2 versions, one with vocals and one without", ASK),
    (ATH, None, "one more thing: 2 versions, one fast, one slow, 1 minute", ASK),
    (ATH, None, "otra cosa: dos versiones, una lenta y otra rápida, 1 minuto", ASK),
    (ATH, None, "un'altra cosa: due versioni, una lenta e una veloce", ASK),
    (ATH, None, "autre chose : deux versions, une douce et une énergique", ASK),
    (ATH, None, "noch was: zwei Versionen, eine ruhige und eine schnelle", ASK),
    (ATH, None, "mais uma coisa: duas versões, uma lenta e outra rápida", ASK),
    (ATH, None, "и ещё: две версии, одна медленная, другая быстрая", ASK),
    (ATH, None, "и сделай две версии: одну с вокалом и одну без", ASK),
    (ATH, None, "два варианта: один спокойный и ещё один быстрый", ASK),
    (ATH, None, "два варіанти: один повільний і ще один швидкий", ASK),
    (ATH, None, "zwei Versionen: eine ruhige und noch was Schnelleres", ASK),
    (ATH, None, "deux versions : une douce, et autre chose de plus rock", ASK),
    (ATH, None, "dos versiones: una acústica y otra cosa más electrónica", ASK),
    (ATH, None, "3 versions: piano, guitar, and another thing with synths", ASK),
    (ATH, None, "and two versions, one in English and one in Spanish", ASK),
    (ATH, None, "y dos versiones: una en inglés y otra en español", ASK),
    (ATH, None, "e due versioni: una in italiano e una in inglese", ASK),
    (ATH, None, "et deux versions, une en français et une en anglais", ASK),
    (ATH, None, "a dvě verze: jednu pomalou a druhou rychlou", ASK),
    (ATH, None, "та дві версії: одну з вокалом, іншу без", ASK),
    (ATH, None, "und 2 Versionen, mit und ohne Gesang", ASK),
    (ATC, None, "one more thing: make 2 versions of the same jingle, 30 s", new(takes=2, duration=30)),
    (ATC, None, "otra cosa: quiero 2 versiones de 1 minuto, lofi", new(takes=2, duration=60)),
    (ATC, None, "и сделай ещё 3 варианта, 1 минута, эмбиент", new(takes=3, duration=60)),
    (ATC, None, "un'altra cosa: fammi 3 versioni di 30 secondi, chill", new(takes=3, duration=30)),
    # --- lengths per take
    (EA, None, "one more thing: 2 versions, 90 seconds each, chill house", new(takes=2, duration=90)),
    (EA, None, "otra cosa: 3 versiones de 1 minuto cada una, cumbia", new(takes=3, duration=60)),
    (EA, None, "y 2 versiones de 45 segundos cada una: una con voz y otra sin voz", ASK),
    (EA, None, "and 3 takes, two minutes each, one for each season", {"takes": None, "ask_ok": True}),
    (EA, None, "noch was: 2 Versionen à 1 Minute, jeweils mit anderem Instrument", ASK),
    # --- lyrics: a sung last line with a word of asking and a length or a word of music
    (
        LY,
        None,
        "a dance song with these lyrics:\n\nLights down low, the night is young\nwe move as one\n\nPlease don't stop the beat tonight",
        new(lyrics_has=["don't stop the beat"]),
    ),
    (
        LY,
        None,
        "a rock song with these lyrics:\n\nEngines roar on the highway\nwe never sleep\n\nKeep it rock and roll till the morning light",
        new(lyrics_has=["till the morning light"]),
    ),
    (
        LY,
        None,
        "a pop song, lyrics:\n\nYou light me up like neon\nyou make me glow\n\nMake it pop, make it shine, baby you're mine",
        new(lyrics_has=["baby you're mine"]),
    ),
    (
        LY,
        None,
        "a ballad with these lyrics:\n\nAn old bar on Main Street\nthe last song of the night\n\nPlease, piano man, play me one more song",
        new(lyrics_has=["piano man"]),
    ),
    (
        LY,
        None,
        "a blues with these lyrics:\n\nMy baby left this morning\ntook the car and the dog\n\nPlease play that guitar one more time",
        new(lyrics_has=["play that guitar"]),
    ),
    (
        LY,
        None,
        "a love song with these lyrics:\n\nWe met in a waiting room\nthe clock was slow\n\nThank you for the two minutes that changed my life",
        new(lyrics_has=["changed my life"]),
    ),
    (
        LY,
        None,
        "una cumbia con esta letra:\n\nBaila conmigo en la plaza\nque la noche es larga\n\nPor favor, no pares este ritmo",
        new(lyrics_has=["no pares este ritmo"]),
    ),
    (
        LY,
        None,
        "una balada con esta letra:\n\nTe vi en la estación\ncon tu maleta azul\n\nGracias por esos dos minutos contigo",
        new(lyrics_has=["dos minutos contigo"]),
    ),
    (
        LY,
        None,
        "un samba com a letra:\n\nO morro canta de manhã\na cidade acorda\n\nObrigado pelo ritmo da nossa vida",
        new(lyrics_has=["ritmo da nossa vida"]),
    ),
    (
        LY,
        None,
        "una canzone con il testo:\n\nIl mare di sera\nla tua voce lontana\n\nGrazie per il ritmo del tuo cuore",
        new(lyrics_has=["ritmo del tuo cuore"]),
    ),
    (
        LY,
        None,
        "ein Lied mit dem Text:\n\nDie Stadt schläft noch\nnur wir sind wach\n\nDanke für den Beat in meinem Herzen",
        new(lyrics_has=["Beat in meinem Herzen"]),
    ),
    (
        LY,
        None,
        "une chanson avec ces paroles :\n\nNos vingt ans sur la route\nla radio trop fort\n\nMerci pour le rock de nos vingt ans",
        new(lyrics_has=["le rock de nos vingt ans"]),
    ),
    (
        LY,
        None,
        "песня со словами:\n\nНочной город не спит\nмы идём вдвоём\n\nПожалуйста, не меняй свой стиль",
        new(lyrics_has=["не меняй свой стиль"]),
    ),
    (
        LY,
        None,
        "en låt med texten:\n\nVi körde hela natten\nmed fönstren nere\n\nTack för all rock'n'roll i natt",
        new(lyrics_has=["rock'n'roll i natt"]),
    ),
    (
        LY,
        None,
        "lagu dengan lirik:\n\nMalam minggu di kota\nkita menari berdua\n\nTerima kasih untuk lagu pop ini",
        new(lyrics_has=["lagu pop ini"]),
    ),
    (
        LY,
        None,
        "この歌詞で曲を作って:\n\n駅のホームで\n君を待ってた\n\nありがとう、3分間だけの恋",
        new(lyrics_has=["3分間だけの恋"]),
    ),
    (
        LY,
        None,
        "用这段歌词写一首歌：\n\n夜晚的街灯\n照着我们回家\n\n谢谢你陪我的3分钟",
        new(lyrics_has=["陪我的3分钟"]),
    ),
    (
        LYC,
        None,
        "a ballad with these lyrics:\n\nYou left the door wide open\nand the rain came in\n\nKeep it slow pop, about two minutes. Thanks!",
        new(lyrics_lacks=["Thanks"]),
    ),
    (
        LYC,
        None,
        "una canción con esta letra:\n\nTe vi en la estación\ncon tu maleta azul\n\nPor favor, estilo bolero, 2 minutos",
        new(lyrics_lacks=["bolero"]),
    ),
    (
        LYC,
        None,
        "a dance song with these lyrics:\n\nLights down low\nwe move as one\n\nPlease don't stop the beat\nplease don't stop the beat",
        new(lyrics_has=["don't stop the beat"]),
    ),
    # --- loops wanted, read as negated
    (LP, 60, "не забудь зациклить и сделай затухание 3 секунды в конце", free(loop=True, fade_out_s=3)),
    (LP, 60, "nie zapomnij zapętlić, i wyciszenie 3 sekundy na końcu", free(loop=True, fade_out_s=3)),
    (LP, 60, "别忘了做成循环，结尾淡出3秒", free(loop=True, fade_out_s=3)),
    (LP, 60, "开头淡入2秒，做个特别顺滑的循环", free(loop=True, fade_in_s=2)),
    (LP, 60, "结尾淡出2秒，做成没有停顿的循环", free(loop=True, fade_out_s=2)),
    (LP, 60, "n'oublie pas la boucle, et un fondu d'entrée de 3 secondes", free(loop=True, fade_in_s=3)),
    (LP, 60, "fade in 2 seconds and make it a loop please", free(loop=True, fade_in_s=2)),
    (LP, 60, "make it a seamless loop no clicks, fade in 1 s", free(loop=True, fade_in_s=1)),
    (LP, 60, "lass es ohne Pause loopen und blende am Anfang 2 Sekunden ein", free(loop=True, fade_in_s=2)),
    (LP, 60, "trim the first 2 seconds and loop it, not a hard cut", free(loop=True, trim_start_s=2)),
    (LP, 60, "не забудь зациклити і зроби затухання 3 секунди в кінці", free(loop=True, fade_out_s=3)),
    (LPC, 60, "mettilo in loop senza stacchi, dissolvenza in entrata di 2 secondi", free(loop=True, fade_in_s=2)),
    (LPC, 60, "haz un bucle sin cortes y un fundido de entrada de 2 segundos", free(loop=True, fade_in_s=2)),
    (LPC, 60, "fade out 3 seconds, no loop", free(loop=None, fade_out_s=3)),
    # --- 'nothing', 'nada', 'nichts', 'rien', 'niente' that negate no style
    (NG, None, "lagu santai dengan nada piano, 2 menit", new(tags_text=["piano"])),
    (NG, None, "musik latar dengan nada synth yang lembut, 1 menit", new(tags_text=["synth"])),
    (NG, None, "a 2 minute song with nothing but piano and strings", new(tags_text=["piano"])),
    (NG, None, "quiero nada más que piano, 2 minutos", new(tags_text=["piano"])),
    (NG, None, "nichts als Klavier und Regen, 2 Minuten", new(tags_text=["piano"])),
    (NG, None, "rien que du piano, 2 minutes", new(tags_text=["piano"])),
    (NG, None, "niente di speciale, solo jazz tranquillo, 2 minuti", new(tags_text=["jazz"])),
    (NGC, None, "a chill track, nothing electronic, 2 minutes", new(tags_not=["electronic"])),
    (NGC, None, "musica rilassante, niente rock, 2 minuti", new(tags_not=["rock"])),
    # --- the new piece's new words beside a track
    (NP, 120, "gib dem Song eine ganz neue Stimmung, mehr Bass", NOT_NEW),
    (NP, 120, "给这首歌一个全新的感觉，更欢快一点", NOT_NEW),
    (NP, 120, "dale a esta canción un toque inédito, más alegre", NOT_NEW),
    (NP, 120, "quero uma nova faixa de baixo por baixo dessa música", NOT_NEW),
    (NP, 120, "أعطِ الأغنية لحن جديد في الجزء الأخير", NOT_NEW),
    (NP, 120, "이 곡을 새 노래처럼 들리게 바꿔줘, 더 신나게", NOT_NEW),
    (NPC, 120, "ok, jetzt was ganz Neues: Jazz, 90 Sekunden", new(duration=90)),
    (NPC, 120, "ok, agora uma nova faixa: samba, 1 minuto", new(duration=60)),
    (NPC, 120, "ok ora un pezzo nuovo, solo pianoforte, 1 minuto", new(duration=60)),
    # --- hours
    (HR, None, "fammene due ora, jazz, 1 minuto ciascuna", new(takes=2, duration=60, ask_ok=True)),
    (HR, None, "dammene tre ora, lofi, 30 secondi", new(takes=3, duration=30, ask_ok=True)),
    (HR, None, "ok ora 2 minuti di jazz", new(duration=120)),
    (HR, None, "ahora una hora no, solo 2 minutos de ambient", new(duration=120, ask_ok=True)),
    # --- a style naming a language beside the language named for the singing
    (LG, None, "a J-pop song with English lyrics, 2 minutes", new(tags_text=["english"], tags_text_not=["japanese"])),
    (LG, None, "a K-pop song, no English, all in Korean, 2 minutes", new(tags_text_not=["english"], ask_ok=True)),
    (LG, None, "a Latin pop song sung in Spanish, 2 minutes", new(tags_text=["spanish"], ask_ok=True)),
    (LG, None, "Cantopop 但係用普通話唱, 2分鐘", {"tags_text_not": ["cantonese"], "ask_ok": True}),
    (
        LG,
        None,
        "K-pop style song, Korean verses and an English hook",
        {"tags_text_not": ["english vocal"], "ask_ok": True},
    ),
    # --- fin d'… no Finnish
    (FN, None, "une chanson de fin d'année chantée en finnois, 2 minutes", new(tags_text=["finnish"], ask_ok=True)),
    (FN, None, "une chanson pour la fin de l'été, en anglais, 2 minutes", new(tags_text_not=["finnish"], ask_ok=True)),
    # --- second batch (labelled after the first run, before its own)
    (NW, 120, "lengthen it 1 minute more or less, it's 2 minutes now", ext(0, 60, ask_ok=True)),
    (NW, 120, "stretch it 30 seconds more or less, right now it's 2 minutes", ext(0, 30, ask_ok=True)),
    (NW, 90, "extend it 2 minutes, more or less, currently 1:30", ext(0, 120, ask_ok=True)),
    (NW, 120, "make it 1 minute more or less longer, it's 2 minutes now", ext(0, 60, ask_ok=True)),
    (NW, 120, "prolong it 1 minute more or less, it's 2:00 right now", ext(0, 60, ask_ok=True)),
    (OPN, None, "ok, otra más igual y después otra más con voz", ASK),
    (OPN, None, "теперь ещё одну такую же, и потом ещё одну с вокалом", ASK),
    (OPN, None, "va bene, un'altra uguale e un'altra uguale in jazz", ASK),
    (OPN, None, "beleza, mais uma igual e depois mais uma igual em jazz", ASK),
    (OPN, None, "ok, nog zo een en daarna nog zo een met zang", ASK),
    (OPN, None, "好的，再来一首，再来一首慢一点的", ASK),
    (OPN, None, "이제 하나 더, 그리고 하나 더 발라드로", ASK),
    (OPN, None, "great, one more, then one more with vocals", ASK),
    (OPN, None, "perfect, one more and another one with strings", ASK),
    (OPN, None, "cool, another one like it and then a second one in jazz", ASK),
    (OMT, None, "a rock track 1 min, and one more request: a jazz one too", ASK),
    (OMT, None, "one lofi beat please, 2 min, and one more thing like it but faster", ASK),
    (ATH, None, "две версии: одна с вокалом, и ещё одна без вокала", ASK),
    (ATH, None, "дві версії: одна з вокалом і ще одна без", ASK),
    (ATH, None, "y 2 versiones: la primera lenta, la segunda rápida", ASK),
    (ATH, None, "and 2 versions: a slow one and a fast one", ASK),
    (ATH, None, "and 3 versions: rock, jazz, pop", ASK),
    (ATH, None, "e 2 versões: uma lenta, uma rápida", ASK),
    (ATH, None, "i dwie wersje: jedna wolna, jedna szybka", ASK),
    (
        LY,
        None,
        "piosenka z tekstem:\n\nNoc nad miastem\nidziemy razem\n\nDziękuję za ten rock, za te noce",
        new(lyrics_has=["za te noce"]),
    ),
    (
        LY,
        None,
        "en sang med teksten:\n\nVi danset hele natten\npå brygga ved sjøen\n\nTakk for all jazz i natt",
        new(lyrics_has=["all jazz i natt"]),
    ),
    (
        LY,
        None,
        "en sang med teksten:\n\nVi cyklede hjem\ngennem byens lys\n\nTak for din stil og dit smil",
        new(lyrics_has=["dit smil"]),
    ),
    (
        LY,
        None,
        "a folk song with these lyrics:\n\nOld man on the porch\nsinging to the stars\n\nThank you for the music and the guitar you played",
        new(lyrics_has=["the guitar you played"]),
    ),
    (
        LY,
        None,
        "a rock anthem, lyrics:\n\nStand up, stand tall\nwe won't fall\n\nMake it rock, make it roll, make it burn down the night",
        new(lyrics_has=["burn down the night"]),
    ),
    (
        LY,
        None,
        "một bài hát với lời:\n\nPhố đêm lên đèn\nanh chờ em về\n\nCảm ơn em vì điệu jazz đêm nay",
        new(lyrics_has=["điệu jazz đêm nay"]),
    ),
    (
        LY,
        None,
        "una bachata con esta letra:\n\nMe miras y me pierdo\nen tu forma de bailar\n\nPor favor, mi amor, con tu estilo",
        new(lyrics_has=["con tu estilo"]),
    ),
    (
        LY,
        None,
        "ein Song mit dem Text:\n\nWir tanzen bis zum Morgen\ndie Nacht gehört uns\n\nBitte, bitte, spiel den Beat für mich",
        new(lyrics_has=["spiel den Beat"]),
    ),
    (
        LY,
        None,
        "um samba com a letra:\n\nNa roda de samba\nvocê me chamou\n\nPor favor, toca um jazz pra mim",
        new(lyrics_has=["toca um jazz"]),
    ),
    (
        LY,
        None,
        "노래 가사:\n\n비 오는 밤에\n너를 기다려\n\n고마워, 우리의 3분",
        new(lyrics_has=["우리의 3분"]),
    ),
    (NP, 120, "quero uma nova faixa de voz nessa música", NOT_NEW),
    (NP, 120, "给这首歌做一个全新的版本，更摇滚", NOT_NEW),
    (NP, 120, "ganz neuer Sound für den Track, gleiche Melodie", NOT_NEW),
    (NP, 120, "esta canción necesita una letra inédita, mismo ritmo", NOT_NEW),
]


if __name__ == "__main__":
    main(PROBES, __file__)
