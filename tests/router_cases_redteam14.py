"""Red-team set 14: a blind, held-out set of 300 requests to the music-request router.

Written and labelled before the router was run on any of them, without reading the
router's code or the earlier sets. 132 requests are in the twelve BIG12 languages (11
each) and 168 are spread over 38 other languages (4 or 5 each).

The set's theme, beyond ordinary requests:

* second-turn messages in a running conversation ("the one you just made", "ok now a
  completely new one", "make that one longer") -- with a track (length given) they are
  edits of it or a fresh t2a; without one (length None) an edit must be asked about;
* requests with several numbers of which only one is a length: ages, anniversaries,
  dates, times of day, BPM, prices, guest counts, decades, "top 10", the track's current
  length next to the wanted one, kbps and LUFS next to fade lengths;
* lyrics blocks that contain clock times and edit words ("cut", "replace", "extend",
  "thirty seconds more") which must be carried over verbatim and not read as edits;
* lengths in words ("two and a half minutes", "dreieinhalb", "ढाई मिनट", "دقيقتين ونص",
  "三分半", "полторы минуты") and time ranges in many formats (1:05-1:20, "1분 5초부터",
  "del segundo 65 al 80", "between minute 1 and 1:30", "the second half", "the last 20 s").

Tools, by count: t2a 116, audio_inpaint 62, audio_outpaint 43, process_track 28, ask 51.
Only what a careful reader is sure of is labelled; an unlabelled argument is not checked.
t2a requests that name no length at all are labelled with the 60 s default.
Each case: (language code, request text, length in seconds of the user's existing track
or None, tool, arguments).
"""

from __future__ import annotations

from typing import Any

INST = "[inst]"
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _out(before: float, after: float) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after}


def _win(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


# Lyrics blocks: each holds clock times, numbers and edit words that are part of the
# song, not instructions to the router.
_EN_LYRICS = """[verse]
Woke up at 3:15, the kitchen light still on
You said replace the old with new, and then you were gone
[chorus]
Extend the night another thirty seconds
Cut the silence, fade me out slow"""

_DE_LYRICS = """[Strophe]
Um halb drei im Regen an der Haltestelle
schneid die letzten Sekunden raus, ersetz die Stelle
[Refrain]
noch zwei Minuten, bleib noch hier
zwischen 1:20 und dem Morgen gehör ich dir"""

_ES_LYRICS = """[verso]
Son las 2:40 y no duermo
repite el final, corta el silencio
[coro]
dame treinta segundos más
antes de que te vayas"""

_FR_LYRICS = """[couplet]
À minuit moins le quart tu m'as dit adieu
on efface la fin, on recommence à deux
[refrain]
encore trente secondes, juste toi et moi
rallonge la nuit, ne t'en va pas"""

_IT_LYRICS = """[strofa]
Alle 7 e mezza passi sotto casa mia
taglia l'inizio, rifai la melodia
[ritornello]
ancora un minuto, resta qui
dal secondo 40 in poi sei tu"""

_PT_LYRICS = """[verso]
Às 6 da manhã eu ainda penso em você
corta esse silêncio, aumenta o final
[refrão]
mais trinta segundos, fica aqui
volta do começo, não vai embora"""

_RU_LYRICS = """[куплет]
В 4:20 утра пустой перрон
вырежи конец, начни с нуля
[припев]
ещё полминуты, не уходи
продли эту ночь до тишины"""

_ZH_LYRICS = """[主歌]
凌晨三点半的街口
把最后十秒剪掉吧
[副歌]
再给我一分钟
从头再来一遍"""

_JA_LYRICS = """[Verse]
午前2時の 駅のホーム
最後の30秒を 消さないで
[Chorus]
もう一度 最初から
君と歩いた 3分間"""

_KO_LYRICS = """[Verse]
새벽 3시 반 너의 목소리
마지막 20초만 다시 들려줘
[Chorus]
처음부터 다시 시작해
우리 둘만의 2분"""

_HI_LYRICS = """[अंतरा]
रात के 2 बजे तेरी याद आई
आख़िरी 30 सेकंड फिर से गाई
[मुखड़ा]
थोड़ा और रुक जा
शुरू से फिर से शुरू कर जा"""

_AR_LYRICS = """[مقطع]
الساعة ٣ والليل طويل
احذف النهاية وابدأ من جديد
[اللازمة]
ثلاثين ثانية كمان
خليك معايا يا حبيبي"""

_ID_LYRICS = """[verse]
Jam 2 pagi aku masih di sini
hapus yang lama, ulangi lagi
[chorus]
tambah satu menit untukku
sebelum kau pergi"""

_NL_LYRICS = """[couplet]
Om kwart over drie sta ik nog aan de bar
knip het einde eruit, begin opnieuw met gitaar
[refrein]
nog een halve minuut, blijf nog even hier
tussen twaalf en twee ben ik van jou, m'n lief"""

_PL_LYRICS = """[zwrotka]
O wpół do trzeciej znowu nie śpię
wytnij koniec, zacznij od nowa
[refren]
jeszcze minuta, zostań tu
przedłuż tę noc do rana"""

_SV_LYRICS = """[vers]
Klockan halv fyra på Centralen
klipp bort slutet, börja om från noll
[refräng]
ge mig trettio sekunder till
stanna kvar, gå inte än"""

_TR_LYRICS = """[verse]
Saat gece üçü çeyrek geçiyor
sonunu kes, baştan başlat
[chorus]
bir dakika daha kal yanımda
uzat bu geceyi sabaha"""

_TL_LYRICS = """[verse]
Alas-tres ng madaling araw, gising pa rin ako
burahin ang dulo, ulitin mo
[chorus]
isang minuto pa, dito ka lang
huwag ka munang lumisan"""


R14: list[tuple[Any, ...]] = [
    # ------------------------------------------------------------------ en
    (
        "en",
        "ok that last one slapped. totally new thing now: my sister turns 30 on the 14th and we'll be like 12 people, can you make a two and a half minute upbeat birthday tune, no vocals",
        95,
        "t2a",
        {"duration": 150, "lyrics": INST},
    ),
    (
        "en",
        "here are my lyrics, could you turn them into a slow indie ballad, roughly 3 minutes, sung in english?\n\n"
        + _EN_LYRICS,
        None,
        "t2a",
        {"duration": 180, "lyrics": _EN_LYRICS, "vocal_language": "en"},
    ),
    (
        "en",
        "need background music for a 7 minute yoga flow video, just soft piano, no drums. we film at 6am tomorrow lol",
        None,
        "t2a",
        {"duration": 420, "tags_has": ["piano"], "tags_lacks": ["drums"]},
    ),
    (
        "en",
        "Could I get two versions of a 90s boom bap beat? 92 bpm, something that would've been top 10 in 1994, about a minute and a half each",
        None,
        "t2a",
        {"duration": 90, "takes": 2},
    ),
    (
        "en",
        "the one you just made - between 1:05 and 1:20 the sax goes all weird, can you redo just that bit? everything from 1:20 on is perfect",
        150,
        "audio_inpaint",
        _win(65, 80),
    ),
    (
        "en",
        "almost there!! the last 15 seconds feel rushed tho, could you regenerate them",
        142,
        "audio_inpaint",
        _win(127, 142),
    ),
    (
        "en",
        "nice, could you stretch it out with another 45 seconds at the end? it's for a 3 minute radio slot",
        135,
        "audio_outpaint",
        _out(0, 45),
    ),
    (
        "en",
        "add a 10 second intro before it kicks in and like 20 more seconds after the last chorus",
        120,
        "audio_outpaint",
        _out(10, 20),
    ),
    (
        "en",
        "perfect, send me that one as an mp3 at 320 kbps, and fade out the last 6 seconds please",
        170,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "fade_out_s": 6},
    ),
    ("en", "cool cool, now make that one 30 seconds longer pls", None, "ask", {}),
    (
        "en",
        "can you make the vocals louder and put some reverb on the snare? we mixed it at 2am and it shows",
        200,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ de
    (
        "de",
        "Meine Eltern feiern ihren 35. Hochzeitstag, ca. 80 Gäste. Ich bräuchte ein ruhiges Stück mit Klavier, so dreieinhalb Minuten, ohne Gesang",
        None,
        "t2a",
        {"duration": 210, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "de",
        "Mach mir bitte nen Deutschpop-Song aus meinem Text, ca. 2 Minuten:\n" + _DE_LYRICS,
        None,
        "t2a",
        {"duration": 120, "lyrics": _DE_LYRICS, "vocal_language": "de"},
    ),
    (
        "de",
        "kannst du mir 3 varianten von nem techno track machen? 130 bpm, 5 min lang, ist für unser indie game (kostet später 4,99€ lol)",
        None,
        "t2a",
        {"takes": 3, "duration": 300, "tags_has": ["techno"]},
    ),
    (
        "de",
        "Super, danke! Jetzt bitte was ganz anderes, ein neues Stück: Jazz, eineinhalb Minuten",
        180,
        "t2a",
        {"duration": 90, "tags_has": ["jazz"]},
    ),
    (
        "de",
        "bei dem von eben: von 0:32 bis 0:50 klingt die gitarre schief, kannst du nur das neu machen? rest passt",
        160,
        "audio_inpaint",
        _win(32, 50),
    ),
    (
        "de",
        "Die zweite Hälfte gefällt mir nicht so, bitte nochmal neu generieren, der Anfang soll bleiben wie er ist",
        180,
        "audio_inpaint",
        _win(90, 180),
    ),
    (
        "de",
        "Das Lied ist gerade 2:10 lang, ich brauch es aber auf 3 Minuten für den Einzug in die Kirche. Einfach hinten verlängern",
        130,
        "audio_outpaint",
        _out(0, 50),
    ),
    ("de", "vorne noch 15 sek intro dran bitte", 140, "audio_outpaint", _out(15, 0)),
    (
        "de",
        "Kannst du mir den letzten Track als FLAC geben und auf -16 LUFS bringen? Und die ersten 3 Sekunden bitte wegschneiden",
        190,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -16, "trim_start_s": 3},
    ),
    ("de", "Kannst du im Refrain die Stimme etwas leiser machen? Die ist zu präsent", 200, "ask", {}),
    ("de", "Ersetz bitte 3:20 bis 3:40 durch was Ruhigeres", 180, "ask", {}),
    # ------------------------------------------------------------------ es
    (
        "es",
        "hazme una cumbia con esta letra, que dure unos dos minutos y medio\n" + _ES_LYRICS,
        None,
        "t2a",
        {"duration": 150, "lyrics": _ES_LYRICS, "vocal_language": "es", "tags_has": ["cumbia"]},
    ),
    (
        "es",
        "Tengo 25 años y mi novia cumple 24 el sábado. Quiero regalarle una canción romántica con guitarra, sin letra",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    (
        "es",
        "porfa haz 4 versiones de un reggaeton a 95 bpm, de 3 minutos cada una",
        None,
        "t2a",
        {"takes": 4, "duration": 180, "tags_has": ["reggaeton"]},
    ),
    (
        "es",
        "esa quedó genial. ahora otra distinta, nueva: flamenco instrumental, cuatro minutos",
        150,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["flamenco"]},
    ),
    (
        "es",
        "de la que acabas de hacer, cambia del segundo 65 al 80, la trompeta desafina ahí",
        170,
        "audio_inpaint",
        _win(65, 80),
    ),
    ("es", "los primeros 20 segundos no me convencen, rehazlos porfa", 120, "audio_inpaint", _win(0, 20)),
    ("es", "alargala 40 segundos mas al final", 100, "audio_outpaint", _out(0, 40)),
    (
        "es",
        "ponle una intro de 12 segundos al principio y un cierre de 18 al final",
        150,
        "audio_outpaint",
        _out(12, 18),
    ),
    (
        "es",
        "pásamela en mp3 a 192 kbps y que haga loop sin cortes, es para un juego",
        60,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "loop": True},
    ),
    ("es", "quítale la voz a la canción, quiero solo la pista para karaoke", 180, "ask", {}),
    ("es", "rehaz del 1:30 al 2:45 por fa", 120, "ask", {}),
    # ------------------------------------------------------------------ fr
    (
        "fr",
        "Voilà mes paroles, tu pourrais en faire une chanson pop douce d'environ 3 minutes ?\n" + _FR_LYRICS,
        None,
        "t2a",
        {"duration": 180, "lyrics": _FR_LYRICS, "vocal_language": "fr"},
    ),
    (
        "fr",
        "Je fais un podcast de 45 minutes et il me faut juste un jingle d'ouverture de 20 secondes, style jazz, sans voix",
        None,
        "t2a",
        {"duration": 20, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    (
        "fr",
        "fais moi 2 versions d'un morceau de rock a l'ancienne, genre annees 70, deux minutes",
        None,
        "t2a",
        {"takes": 2, "duration": 120, "tags_has": ["rock"]},
    ),
    (
        "fr",
        "Pour le spectacle de fin d'année (CM2, 28 élèves, le 27 juin) je voudrais une chanson entraînante chantée en anglais, une minute trente",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "en"},
    ),
    (
        "fr",
        "Sur celle que tu viens de faire, entre 1 min 10 et 1 min 25 il y a un bruit bizarre, tu peux refaire juste ce passage ?",
        160,
        "audio_inpaint",
        _win(70, 85),
    ),
    ("fr", "refais les 30 dernieres secondes stp, la fin est trop brutale", 200, "audio_inpaint", _win(170, 200)),
    ("fr", "Rallonge-la d'une demi-minute au début, avant que la batterie arrive", 120, "audio_outpaint", _out(30, 0)),
    ("fr", "elle fait 1:45 là, j'aimerais qu'elle fasse 2:30, rajoute à la fin", 105, "audio_outpaint", _out(0, 45)),
    (
        "fr",
        "exporte-la en wav, avec un fondu d'entrée de 2 secondes et un fondu de sortie de 5",
        150,
        "process_track",
        {"output_format": "wav", "fade_in_s": 2, "fade_out_s": 5},
    ),
    ("fr", "Tu peux baisser un peu la basse et monter la voix ?", 180, "ask", {}),
    ("fr", "top ! maintenant rallonge-la de 20 secondes", None, "ask", {}),
    # ------------------------------------------------------------------ it
    (
        "it",
        "Fammi una canzone pop con questo testo, durata circa due minuti\n" + _IT_LYRICS,
        None,
        "t2a",
        {"duration": 120, "lyrics": _IT_LYRICS, "vocal_language": "it"},
    ),
    (
        "it",
        "Mi serve una base strumentale per la festa di mio nonno che compie 90 anni, tipo tarantella, allegra",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    (
        "it",
        "dammi 3 versioni di un pezzo lo-fi per studiare, 1 minuto e mezzo",
        None,
        "t2a",
        {"takes": 3, "duration": 90},
    ),
    (
        "it",
        "Ok quella va bene. Adesso un pezzo nuovo: blues con chitarra e armonica, 2 minuti e 40",
        120,
        "t2a",
        {"duration": 160, "tags_has": ["blues", "guitar"]},
    ),
    (
        "it",
        "In quella di prima, tra il minuto 1 e 1:30 il violino stona, rifai solo quel pezzo",
        180,
        "audio_inpaint",
        _win(60, 90),
    ),
    ("it", "rigenera la seconda metà, la prima va benissimo", 140, "audio_inpaint", _win(70, 140)),
    ("it", "allungala di 25 secondi alla fine", 95, "audio_outpaint", _out(0, 25)),
    ("it", "Aggiungi un'intro di 10 secondi prima che parta", 130, "audio_outpaint", _out(10, 0)),
    (
        "it",
        "Me la mandi in mp3 a 256 kbps? E normalizzala a -14 LUFS, grazie",
        175,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256, "loudness_lufs": -14},
    ),
    ("it", "Bellissima, complimenti davvero!", 150, "ask", {}),
    ("it", "taglia il pezzo tra 2:30 e 2:50 e rifallo", 140, "ask", {}),
    # ------------------------------------------------------------------ pt
    (
        "pt",
        "Faz um samba com essa letra aqui, uns 2 minutos e meio\n" + _PT_LYRICS,
        None,
        "t2a",
        {"duration": 150, "lyrics": _PT_LYRICS, "vocal_language": "pt", "tags_has": ["samba"]},
    ),
    (
        "pt",
        "preciso de uma trilha eletrônica pro vídeo de 30 segundos do meu canal, 120 bpm, sem voz, e me manda em mp3",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST},
    ),
    (
        "pt",
        "Minha filha faz 5 anos dia 12, queria uma musiquinha infantil cantada em português",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "pt"},
    ),
    (
        "pt",
        "gostei! agora faz outra do zero, bossa nova instrumental no violão, 3 minutos",
        150,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    (
        "pt",
        "nessa que vc acabou de fazer, refaz de 0:45 até 1:05, o baixo tá estranho",
        160,
        "audio_inpaint",
        _win(45, 65),
    ),
    ("pt", "os últimos 10 segundos tão cortados, refaz eles pra mim", 118, "audio_inpaint", _win(108, 118)),
    ("pt", "aumenta mais meio minuto no final", 150, "audio_outpaint", _out(0, 30)),
    ("pt", "coloca uns 20 segundos antes, tipo uma introdução", 100, "audio_outpaint", _out(20, 0)),
    (
        "pt",
        "me manda em ogg, com fade out de 4 segundos",
        130,
        "process_track",
        {"output_format": "ogg", "fade_out_s": 4},
    ),
    ("pt", "deixa a bateria mais alta no refrão", 170, "ask", {}),
    ("pt", "ficou massa, agora deixa ela mais longa, tipo 1 minuto a mais", None, "ask", {}),
    # ------------------------------------------------------------------ ru
    (
        "ru",
        "Сделай рок-балладу на мои стихи, минуты на три\n" + _RU_LYRICS,
        None,
        "t2a",
        {"duration": 180, "lyrics": _RU_LYRICS, "vocal_language": "ru", "tags_has": ["rock"]},
    ),
    (
        "ru",
        "нужна музыка без слов для презентации, полторы минуты, спокойное пианино",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "ru",
        "Сделай 2 варианта трека в стиле синтвейв 80-х, 110 bpm, по 4 минуты каждый",
        None,
        "t2a",
        {"takes": 2, "duration": 240, "tags_has": ["synthwave"]},
    ),
    (
        "ru",
        "Отлично, спасибо. Теперь новую: джаз, две с половиной минуты, пусть поют по-английски",
        160,
        "t2a",
        {"duration": 150, "tags_has": ["jazz"], "vocal_language": "en"},
    ),
    (
        "ru",
        "в последнем треке с 1:40 до 2:00 гитара фальшивит, перегенерируй только этот кусок",
        200,
        "audio_inpaint",
        _win(100, 120),
    ),
    ("ru", "первые 15 секунд переделай, остальное не трогай", 180, "audio_inpaint", _win(0, 15)),
    ("ru", "продли его на минуту в конце", 120, "audio_outpaint", _out(0, 60)),
    ("ru", "сейчас он 2:20, а нужно ровно 3 минуты, добавь в конец", 140, "audio_outpaint", _out(0, 40)),
    (
        "ru",
        "сохрани в wav и обрежь первые 2 секунды тишины",
        150,
        "process_track",
        {"output_format": "wav", "trim_start_s": 2},
    ),
    ("ru", "убери вокал из этой песни, нужен минус", 180, "ask", {}),
    ("ru", "а теперь сделай её на 30 секунд длиннее", None, "ask", {}),
    # ------------------------------------------------------------------ zh
    (
        "zh",
        "用我写的歌词做一首民谣，大概两分钟\n" + _ZH_LYRICS,
        None,
        "t2a",
        {"duration": 120, "lyrics": _ZH_LYRICS, "vocal_language": "zh"},
    ),
    (
        "zh",
        "帮我做一段纯音乐，钢琴为主，三分半，我妈60岁生日用的",
        None,
        "t2a",
        {"duration": 210, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("zh", "来3个版本的电子舞曲，128 BPM，每个一分半", None, "t2a", {"takes": 3, "duration": 90}),
    ("zh", "这个不错。再来一首新的，爵士风格，一分钟就行", 150, "t2a", {"duration": 60, "tags_has": ["jazz"]}),
    ("zh", "刚才那首，1:20到1:35那段吉他有点跑调，只重做那一段", 180, "audio_inpaint", _win(80, 95)),
    ("zh", "后半段重新生成一下，前面保留", 160, "audio_inpaint", _win(80, 160)),
    ("zh", "在结尾再加20秒", 130, "audio_outpaint", _out(0, 20)),
    ("zh", "开头加个10秒的前奏，结尾也延长15秒", 100, "audio_outpaint", _out(10, 15)),
    (
        "zh",
        "导出成mp3，320k，最后5秒淡出",
        140,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "fade_out_s": 5},
    ),
    ("zh", "来一首纯音乐，完全不要人声，但是副歌要有女声唱我写的那句词", None, "ask", {}),
    ("zh", "把2:50到3:10重做一下", 150, "ask", {}),
    # ------------------------------------------------------------------ ja
    (
        "ja",
        "この歌詞でJ-POPのバラードを作って、2分半くらいで\n" + _JA_LYRICS,
        None,
        "t2a",
        {"duration": 150, "lyrics": _JA_LYRICS, "vocal_language": "ja"},
    ),
    (
        "ja",
        "作業用BGMで、ボーカルなしの10分くらいのアンビエントをお願いします。午後3時からの配信で使います",
        None,
        "t2a",
        {"duration": 600, "lyrics": INST},
    ),
    (
        "ja",
        "ピアノとチェロのインスト、3パターン作ってください。長さは1分半で",
        None,
        "t2a",
        {"takes": 3, "duration": 90, "lyrics": INST, "tags_has": ["piano", "cello"]},
    ),
    (
        "ja",
        "いいね！次は全然違う新曲で、ロック、英語で歌って、3分",
        150,
        "t2a",
        {"duration": 180, "tags_has": ["rock"], "vocal_language": "en"},
    ),
    ("ja", "さっきの曲の0:50〜1:10のところ、ドラムが変なので作り直して", 170, "audio_inpaint", _win(50, 70)),
    ("ja", "最後の20秒だけやり直してほしいです", 190, "audio_inpaint", _win(170, 190)),
    ("ja", "最後にあと30秒足して", 120, "audio_outpaint", _out(0, 30)),
    ("ja", "今2分なんだけど、頭に15秒のイントロをつけて", 120, "audio_outpaint", _out(15, 0)),
    (
        "ja",
        "WAVで書き出して、-14 LUFSにしてください",
        160,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("ja", "ボーカルだけ消してカラオケにして", 200, "ask", {}),
    ("ja", "じゃあそれを1分延ばして", None, "ask", {}),
    # ------------------------------------------------------------------ ko
    (
        "ko",
        "이 가사로 발라드 만들어줘, 3분 정도\n" + _KO_LYRICS,
        None,
        "t2a",
        {"duration": 180, "lyrics": _KO_LYRICS, "vocal_language": "ko"},
    ),
    ("ko", "유튜브 인트로용 15초짜리 브금, 보컬 없이 신나는 느낌으로", None, "t2a", {"duration": 15, "lyrics": INST}),
    ("ko", "힙합 비트 2개 버전으로 뽑아줘, 90bpm, 2분 30초", None, "t2a", {"takes": 2, "duration": 150}),
    (
        "ko",
        "좋아 이제 완전 새로운 곡 하나: 재즈 피아노 트리오, 1분 30초",
        180,
        "t2a",
        {"duration": 90, "tags_has": ["jazz", "piano"]},
    ),
    ("ko", "방금 만든 거 1분 5초부터 1분 20초까지만 다시 만들어줘", 160, "audio_inpaint", _win(65, 80)),
    ("ko", "앞부분 10초가 좀 어색해, 그 부분만 다시", 140, "audio_inpaint", _win(0, 10)),
    ("ko", "끝에 40초 더 늘려줘", 100, "audio_outpaint", _out(0, 40)),
    ("ko", "지금 1분 50초인데 3분으로 만들어줘, 뒤에 붙여서", 110, "audio_outpaint", _out(0, 70)),
    ("ko", "mp3로 변환하고 페이드아웃 3초 넣어줘", 150, "process_track", {"output_format": "mp3", "fade_out_s": 3}),
    ("ko", "보컬 좀 더 크게 해줘", 180, "ask", {}),
    ("ko", "4:00부터 4:20까지 다시 해줘", 200, "ask", {}),
    # ------------------------------------------------------------------ hi
    (
        "hi",
        "इन बोलों पर एक रोमांटिक गाना बना दो, लगभग ढाई मिनट का\n" + _HI_LYRICS,
        None,
        "t2a",
        {"duration": 150, "lyrics": _HI_LYRICS, "vocal_language": "hi"},
    ),
    (
        "hi",
        "bhai ek lofi beat bana do bina vocals ke, 2 minute ka, padhai ke liye",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "hi",
        "मेरी बहन की शादी 15 दिसंबर को है, 200 मेहमान आएंगे, एक डेढ़ मिनट का शहनाई वाला instrumental चाहिए",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    (
        "hi",
        "accha hai ye wala. ab ek naya gaana banao, rock style, 3 versions, 1 minute each",
        150,
        "t2a",
        {"takes": 3, "duration": 60, "tags_has": ["rock"]},
    ),
    ("hi", "अभी वाले गाने में 0:40 से 0:55 तक तबला गड़बड़ है, सिर्फ़ वो हिस्सा फिर से बनाओ", 170, "audio_inpaint", _win(40, 55)),
    ("hi", "last ke 25 second dobara banao, ending achhi nahi lagi", 185, "audio_inpaint", _win(160, 185)),
    ("hi", "इसे आख़िर में 30 सेकंड और लंबा कर दो", 120, "audio_outpaint", _out(0, 30)),
    ("hi", "shuru me 10 second ka intro jod do aur end me 20 second", 150, "audio_outpaint", _out(10, 20)),
    ("hi", "isko mp3 me de do 128 kbps me", 140, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("hi", "gaane me bass thoda kam karo yaar", 180, "ask", {}),
    ("hi", "बढ़िया! अब इसे 45 सेकंड और लंबा कर दो", None, "ask", {}),
    # ------------------------------------------------------------------ ar
    (
        "ar",
        "اعملي أغنية طربية بالكلمات دي، حوالي دقيقتين ونص\n" + _AR_LYRICS,
        None,
        "t2a",
        {"duration": 150, "lyrics": _AR_LYRICS, "vocal_language": "ar"},
    ),
    (
        "ar",
        "أحتاج موسيقى بدون غناء لفيديو مدته دقيقة، عود مع إيقاع هادئ",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["oud"]},
    ),
    (
        "ar",
        "ابني عمره 8 سنين وعيد ميلاده يوم 20، عايز أغنية عيد ميلاد بالعربي، دقيقة ونص",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "ar"},
    ),
    (
        "ar",
        "حلوة! دلوقتي اعمل واحدة جديدة خالص: جاز، ٣ دقائق، نسختين",
        140,
        "t2a",
        {"duration": 180, "tags_has": ["jazz"], "takes": 2},
    ),
    (
        "ar",
        "في الأغنية اللي لسه عاملها، من 1:10 لـ 1:30 الصوت فيه مشكلة، أعد المقطع ده بس",
        180,
        "audio_inpaint",
        _win(70, 90),
    ),
    ("ar", "أعد توليد أول 20 ثانية من فضلك", 150, "audio_inpaint", _win(0, 20)),
    ("ar", "طوّلها 30 ثانية في الآخر", 90, "audio_outpaint", _out(0, 30)),
    ("ar", "زود مقدمة ١٥ ثانية في البداية", 120, "audio_outpaint", _out(15, 0)),
    ("ar", "صدّرها بصيغة wav وخليها loop تتكرر من غير قطع", 60, "process_track", {"output_format": "wav", "loop": True}),
    ("ar", "شيل صوت المغني من الأغنية وخلي الموسيقى بس", 200, "ask", {}),
    ("ar", "عدّل الجزء من 3:00 إلى 3:30", 150, "ask", {}),
    # ================================================================== 38 other languages
    # ------------------------------------------------------------------ bg
    (
        "bg",
        "Здрасти! Синът ми е на 17 и свири на китара, рожденият му ден е на 3 март. Искам инструментал с китара, около две минути",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    (
        "bg",
        "направи ми 2 версии на поп песен на български, минута и половина",
        None,
        "t2a",
        {"takes": 2, "duration": 90, "vocal_language": "bg"},
    ),
    (
        "bg",
        "в песента, която току-що направи, от 0:25 до 0:40 барабаните са объркани, генерирай наново само тази част",
        150,
        "audio_inpaint",
        _win(25, 40),
    ),
    ("bg", "добави още 20 секунди накрая, моля", 110, "audio_outpaint", _out(0, 20)),
    ("bg", "Можеш ли да махнеш вокала от тази песен? Трябва ми само музиката", 190, "ask", {}),
    # ------------------------------------------------------------------ ca
    (
        "ca",
        "Fes-me una peça instrumental de jazz per a un sopar de 40 persones dissabte a les 21h, uns tres minuts",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    (
        "ca",
        "Genial la d'abans! Ara una de nova: una rumba cantada en català, dos minuts i mig",
        130,
        "t2a",
        {"duration": 150, "vocal_language": "ca"},
    ),
    (
        "ca",
        "de la que acabes de fer, torna a generar del 1:00 al 1:15, la veu desafina",
        170,
        "audio_inpaint",
        _win(60, 75),
    ),
    (
        "ca",
        "passa-la a mp3 a 320 kbps i fes un fos de sortida de 4 segons",
        160,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "fade_out_s": 4},
    ),
    ("ca", "perfecte, ara allarga-la 30 segons més", None, "ask", {}),
    # ------------------------------------------------------------------ cs
    (
        "cs",
        "udělej mi 3 verze klidné klavírní skladby bez zpěvu, dvě a půl minuty",
        None,
        "t2a",
        {"takes": 3, "duration": 150, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "cs",
        "Babička má 22. května osmdesátiny a přijde nás 15. Potřebuju veselou písničku zpívanou česky",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "cs"},
    ),
    ("cs", "posledních 12 sekund zní divně, můžeš je přegenerovat?", 144, "audio_inpaint", _win(132, 144)),
    ("cs", "prodluž to na začátku o 10 sekund a na konci o 30", 120, "audio_outpaint", _out(10, 30)),
    ("cs", "ztlum trochu basu v refrénu, je to moc hučivý", 180, "ask", {}),
    # ------------------------------------------------------------------ da
    (
        "da",
        "kan du lave et roligt guitarnummer uden vokal, ca. 2 minutter? Det er til min datters 18 års fødselsdag",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    (
        "da",
        "Lav to versioner af en popsang, sunget på dansk, halvandet minut",
        None,
        "t2a",
        {"takes": 2, "duration": 90, "vocal_language": "da"},
    ),
    ("da", "i den du lige lavede, lav 0:55-1:10 om, trommerne halter", 160, "audio_inpaint", _win(55, 70)),
    (
        "da",
        "eksporter den som flac og normaliser til -14 LUFS tak",
        150,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -14},
    ),
    ("da", "gør den et halvt minut længere til sidst", 90, "audio_outpaint", _out(0, 30)),
    # ------------------------------------------------------------------ el
    (
        "el",
        "Θέλω ένα ορχηστρικό κομμάτι με μπουζούκι, γύρω στα 3 λεπτά, για γάμο με 150 καλεσμένους",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["bouzouki"]},
    ),
    (
        "el",
        "φτιάξε μου ένα ροκ τραγούδι στα ελληνικά, δυόμισι λεπτά",
        None,
        "t2a",
        {"duration": 150, "tags_has": ["rock"], "vocal_language": "el"},
    ),
    (
        "el",
        "στο τελευταίο, ξαναφτιάξε από 1:30 έως 1:50, η φωνή ακούγεται περίεργα",
        200,
        "audio_inpaint",
        _win(90, 110),
    ),
    ("el", "δεν μου κάθεται καλά αυτό, κάν' το λίγο καλύτερο", 150, "ask", {}),
    ("el", "πρόσθεσε 15 δευτερόλεπτα στην αρχή", 120, "audio_outpaint", _out(15, 0)),
    # ------------------------------------------------------------------ fa
    (
        "fa",
        "یه آهنگ بی‌کلام با پیانو برای تولد ۴۰ سالگی بابام می‌خوام، حدود دو دقیقه",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "fa",
        "سه نسخه از یه آهنگ پاپ بساز که فارسی خونده بشه، یک دقیقه و نیم",
        None,
        "t2a",
        {"takes": 3, "duration": 90, "vocal_language": "fa"},
    ),
    ("fa", "توی همونی که الان ساختی، از ۰:۳۰ تا ۰:۴۵ رو دوباره بساز", 150, "audio_inpaint", _win(30, 45)),
    ("fa", "خروجی mp3 بده با فید اوت ۵ ثانیه", 140, "process_track", {"output_format": "mp3", "fade_out_s": 5}),
    ("fa", "صدای خواننده رو بلندتر کن", 180, "ask", {}),
    # ------------------------------------------------------------------ fi
    (
        "fi",
        "Tee mulle metallibiisi ilman laulua, 4 minuuttia, 160 bpm",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["metal"]},
    ),
    (
        "fi",
        "Hei, tarvitsisin kaksi versiota rauhallisesta pianokappaleesta, puolitoista minuuttia. Häät on 14.6. klo 15",
        None,
        "t2a",
        {"takes": 2, "duration": 90, "tags_has": ["piano"]},
    ),
    ("fi", "tee uudestaan kohta 1:20–1:40, kitara on epävireessä", 180, "audio_inpaint", _win(80, 100)),
    ("fi", "pidennä loppua 45 sekunnilla", 135, "audio_outpaint", _out(0, 45)),
    ("fi", "äsken tehty biisi oli hyvä, pidennä sitä vielä minuutilla", None, "ask", {}),
    # ------------------------------------------------------------------ he
    (
        "he",
        "תעשה לי שיר ילדים בעברית ליום הולדת 6 של הבת שלי, דקה וחצי",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "he"},
    ),
    (
        "he",
        "אני צריך מוזיקת רקע בלי שירה לסרטון של 45 שניות, משהו עם גיטרה",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("he", "בשיר שעשית עכשיו, תייצר מחדש את ה-20 שניות האחרונות", 160, "audio_inpaint", _win(140, 160)),
    (
        "he",
        "תוריד את 4 השניות הראשונות ותייצא כ-wav",
        130,
        "process_track",
        {"trim_start_s": 4, "output_format": "wav"},
    ),
    ("he", "תעשה שהתופים יהיו יותר חזקים בפזמון", 170, "ask", {}),
    # ------------------------------------------------------------------ hu
    (
        "hu",
        "Csinálnál egy két és fél perces jazz számot ének nélkül? 1985-ös hangulat, 100 bpm",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    (
        "hu",
        "Kérek 3 változatot egy magyarul énekelt popdalra, egy perc",
        None,
        "t2a",
        {"takes": 3, "duration": 60, "vocal_language": "hu"},
    ),
    (
        "hu",
        "az előbbi dalban 0:35 és 0:50 között rossz a basszus, csak azt a részt csináld újra",
        150,
        "audio_inpaint",
        _win(35, 50),
    ),
    ("hu", "most 1:40 hosszú, legyen 2:30, a végére tegyél hozzá", 100, "audio_outpaint", _out(0, 50)),
    (
        "hu",
        "mp3-ban kérem, 192 kbps, és legyen loopolható",
        64,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "loop": True},
    ),
    # ------------------------------------------------------------------ id
    (
        "id",
        "buatin lagu pop pake lirik ini ya, kira2 2 menit\n" + _ID_LYRICS,
        None,
        "t2a",
        {"duration": 120, "lyrics": _ID_LYRICS, "vocal_language": "id"},
    ),
    (
        "id",
        "Tolong bikin musik dangdut instrumental 3 menit buat acara 17 Agustus, pesertanya 50 orang",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["dangdut"]},
    ),
    ("id", "lagu barusan, bagian 1:00 sampai 1:20 ulang ya, suaranya fals", 170, "audio_inpaint", _win(60, 80)),
    ("id", "bisa hapus vokalnya? aku mau bikin versi karaoke", 180, "ask", {}),
    ("id", "tambahin 30 detik lagi di akhir dong", 95, "audio_outpaint", _out(0, 30)),
    # ------------------------------------------------------------------ nl
    (
        "nl",
        "Kun je een rustig instrumentaal nummer met piano maken van zo'n 3 minuten? Het is voor de uitvaart van mijn opa, hij is 92 geworden",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "nl",
        "maak een nederlandstalig levenslied met deze tekst, 2,5 minuut\n" + _NL_LYRICS,
        None,
        "t2a",
        {"duration": 150, "lyrics": _NL_LYRICS, "vocal_language": "nl"},
    ),
    ("nl", "In die van net: de tweede helft graag opnieuw genereren", 150, "audio_inpaint", _win(75, 150)),
    (
        "nl",
        "zet hem om naar mp3 en laat hem 3 seconden infaden",
        160,
        "process_track",
        {"output_format": "mp3", "fade_in_s": 3},
    ),
    ("nl", "zet de zang wat harder", 180, "ask", {}),
    # ------------------------------------------------------------------ pl
    (
        "pl",
        "Zrób piosenkę rockową z moim tekstem, jakieś 3 minuty\n" + _PL_LYRICS,
        None,
        "t2a",
        {"duration": 180, "lyrics": _PL_LYRICS, "vocal_language": "pl", "tags_has": ["rock"]},
    ),
    (
        "pl",
        "potrzebuje 2 wersje muzyki bez wokalu do reklamy, 30 sekund, 120 bpm",
        None,
        "t2a",
        {"takes": 2, "duration": 30, "lyrics": INST},
    ),
    ("pl", "w tym co właśnie zrobiłeś popraw fragment od 1:15 do 1:30", 165, "audio_inpaint", _win(75, 90)),
    ("pl", "dodaj 20 sekund intro na początku", 140, "audio_outpaint", _out(20, 0)),
    ("pl", "super, a teraz wydłuż ten ostatni utwór o pół minuty", None, "ask", {}),
    # ------------------------------------------------------------------ ro
    (
        "ro",
        "Fă-mi o piesă instrumentală veselă de 2 minute pentru nunta fratelui meu din 12 iulie",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "ro",
        "Vreau o piesă pop cântată în română, un minut și jumătate, 2 variante",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "ro", "takes": 2},
    ),
    ("ro", "la cea de adineauri, refă primele 15 secunde", 150, "audio_inpaint", _win(0, 15)),
    (
        "ro",
        "exportă în wav și taie primele 2 secunde",
        120,
        "process_track",
        {"output_format": "wav", "trim_start_s": 2},
    ),
    ("ro", "lungește-o cu 40 de secunde la final", 100, "audio_outpaint", _out(0, 40)),
    # ------------------------------------------------------------------ sv
    (
        "sv",
        "gör en visa på svenska med min text, typ två minuter\n" + _SV_LYRICS,
        None,
        "t2a",
        {"duration": 120, "lyrics": _SV_LYRICS, "vocal_language": "sv"},
    ),
    (
        "sv",
        "Vi är 4 kompisar som ska ha fest kl 20, gör en technolåt på 6 minuter utan sång",
        None,
        "t2a",
        {"duration": 360, "lyrics": INST, "tags_has": ["techno"]},
    ),
    ("sv", "i den du nyss gjorde, gör om 0:20–0:35, pianot låter fel", 150, "audio_inpaint", _win(20, 35)),
    ("sv", "kan du göra om refrängen?", 170, "ask", {}),
    ("sv", "skicka den som mp3 i 320 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    # ------------------------------------------------------------------ tr
    (
        "tr",
        "şu sözlerle bir arabesk şarkı yap, 2 buçuk dakika civarı\n" + _TR_LYRICS,
        None,
        "t2a",
        {"duration": 150, "lyrics": _TR_LYRICS, "vocal_language": "tr"},
    ),
    (
        "tr",
        "Annemin 50. yaş günü için sözsüz, bağlamalı bir parça istiyorum, 3 dakika",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST},
    ),
    ("tr", "az önceki şarkıda 1:05 ile 1:25 arasını yeniden yap", 180, "audio_inpaint", _win(65, 85)),
    ("tr", "sonuna 30 saniye daha ekle", 120, "audio_outpaint", _out(0, 30)),
    ("tr", "2:40'tan 3:00'e kadar olan kısmı değiştir", 150, "ask", {}),
    # ------------------------------------------------------------------ uk
    (
        "uk",
        "Зроби пісню українською для випускного, 11-Б клас, 27 учнів, дві хвилини",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "uk"},
    ),
    ("uk", "потрібен інструментал з бандурою, півтори хвилини", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("uk", "в останньому треку перегенеруй останні 10 секунд", 130, "audio_inpaint", _win(120, 130)),
    (
        "uk",
        "експортуй у wav, нормалізуй до -14 LUFS",
        160,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("uk", "подовж її до 2 хвилин", 170, "ask", {}),
    # ------------------------------------------------------------------ az
    (
        "az",
        "Toy üçün mənə sözsüz, tar ilə 2 dəqiqəlik bir musiqi lazımdır, qonaq 300 nəfər olacaq",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "az",
        "Azərbaycan dilində oxunan pop mahnı düzəlt, 3 dəqiqə, 2 versiya",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "az", "takes": 2},
    ),
    (
        "az",
        "indicə düzəltdiyin mahnıda 0:40-dan 0:55-ə qədər olan hissəni yenidən yarat",
        150,
        "audio_inpaint",
        _win(40, 55),
    ),
    ("az", "sonuna 25 saniyə əlavə et", 100, "audio_outpaint", _out(0, 25)),
    # ------------------------------------------------------------------ bn
    (
        "bn",
        "আমার মেয়ের ১০ বছরের জন্মদিনের জন্য বাংলায় একটা গান বানাও, দেড় মিনিট",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "bn"},
    ),
    (
        "bn",
        "ami ekta instrumental chai, sitar diye, 3 minute er moto",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["sitar"]},
    ),
    ("bn", "এইমাত্র যেটা বানালে, তার শেষ ১৫ সেকেন্ড আবার বানাও", 140, "audio_inpaint", _win(125, 140)),
    ("bn", "গানটায় ভোকাল একটু কমাও", 180, "ask", {}),
    # ------------------------------------------------------------------ hr
    (
        "hr",
        "Napravi mi 3 verzije opuštene gitarske stvari bez vokala, dvije minute, za kafić koji otvaramo 1. lipnja",
        None,
        "t2a",
        {"takes": 3, "duration": 120, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("hr", "u ovoj zadnjoj ponovno generiraj dio od 1:10 do 1:30", 170, "audio_inpaint", _win(70, 90)),
    (
        "hr",
        "izvezi kao mp3 i dodaj fade out od 5 sekundi",
        150,
        "process_track",
        {"output_format": "mp3", "fade_out_s": 5},
    ),
    ("hr", "odlično, sad je produlji za pola minute", None, "ask", {}),
    # ------------------------------------------------------------------ ht
    ("ht", "Fè yon mizik konpa san vwa pou mwen, 3 minit", None, "t2a", {"duration": 180, "lyrics": INST}),
    (
        "ht",
        "Mwen bezwen yon chante an kreyòl pou fèt manman m ki gen 60 an, yon minit edmi",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "ht"},
    ),
    ("ht", "nan sa ou sot fè a, refè pati ant 0:30 ak 0:50", 140, "audio_inpaint", _win(30, 50)),
    ("ht", "retire vwa a nan chante a, mwen vle mizik la sèlman", 170, "ask", {}),
    # ------------------------------------------------------------------ is
    (
        "is",
        "Gerðu rólegt píanólag án söngs, um tvær mínútur",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "is",
        "Búðu til 2 útgáfur af rokklagi, þrjár mínútur, 140 bpm",
        None,
        "t2a",
        {"takes": 2, "duration": 180, "tags_has": ["rock"]},
    ),
    ("is", "gerðu síðustu 20 sekúndurnar upp á nýtt", 180, "audio_inpaint", _win(160, 180)),
    ("is", "lengdu það um 30 sekúndur í lokin", 120, "audio_outpaint", _out(0, 30)),
    # ------------------------------------------------------------------ la
    ("la", "Fac mihi carmen sine voce, cum cithara, duo minuta longum", None, "t2a", {"duration": 120, "lyrics": INST}),
    (
        "la",
        "Compone canticum Latine cantatum, tria minuta longum",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "la"},
    ),
    ("la", "in carmine quod modo fecisti, partem a 1:00 usque ad 1:20 denuo fac", 160, "audio_inpaint", _win(60, 80)),
    ("la", "carmen pulcherrimum est, gratias tibi ago!", 150, "ask", {}),
    # ------------------------------------------------------------------ lt
    (
        "lt",
        "Sukurk dainą lietuvių kalba mano močiutės 75-mečiui, pusantros minutės",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "lt"},
    ),
    ("lt", "ką tik sukurtoje dainoje perdaryk pirmas 10 sekundžių", 130, "audio_inpaint", _win(0, 10)),
    ("lt", "pridėk 20 sekundžių pradžioje", 110, "audio_outpaint", _out(20, 0)),
    ("lt", "pagarsink būgnus priedainyje", 170, "ask", {}),
    # ------------------------------------------------------------------ ms
    (
        "ms",
        "Buatkan lagu instrumental 2 minit untuk majlis kahwin, tetamu dalam 100 orang",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "ms",
        "tolong buat 3 versi lagu pop dalam bahasa Melayu, seminit setengah",
        None,
        "t2a",
        {"takes": 3, "duration": 90, "vocal_language": "ms"},
    ),
    ("ms", "lagu tadi, buat semula bahagian 1:30 hingga 1:45", 180, "audio_inpaint", _win(90, 105)),
    ("ms", "tukar ke mp3 128 kbps", 140, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    # ------------------------------------------------------------------ ne
    (
        "ne",
        "मेरो साथीको बिहेको लागि नेपालीमा गाइएको गीत बनाइदेऊ, दुई मिनेटको",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ne"},
    ),
    ("ne", "बिना आवाजको मादल र बाँसुरी भएको धुन, डेढ मिनेट", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("ne", "भर्खर बनाएको गीतको ०:२० देखि ०:४० सम्म फेरि बनाऊ", 150, "audio_inpaint", _win(20, 40)),
    ("ne", "राम्रो छ! अब यसलाई ३० सेकेन्ड लामो बनाऊ", None, "ask", {}),
    # ------------------------------------------------------------------ no
    (
        "no",
        "Lag en julesang sunget på norsk, to minutter. Vi er 30 stykker i koret",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "no"},
    ),
    ("no", "i den du nettopp lagde: lag 0:45–1:00 på nytt", 150, "audio_inpaint", _win(45, 60)),
    ("no", "forleng den med et halvt minutt på slutten", 120, "audio_outpaint", _out(0, 30)),
    ("no", "eksporter som wav med 2 sekunders fade in", 150, "process_track", {"output_format": "wav", "fade_in_s": 2}),
    # ------------------------------------------------------------------ pa
    (
        "pa",
        "ਮੇਰੇ ਵਿਆਹ ਲਈ ਪੰਜਾਬੀ ਵਿੱਚ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ, ਤਿੰਨ ਮਿੰਟ",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "pa", "tags_has": ["bhangra"]},
    ),
    (
        "pa",
        "ek dhol wala instrumental bana do, bina vocals, 2 minute da",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("pa", "ਹੁਣੇ ਬਣਾਏ ਗੀਤ ਵਿੱਚ 1:00 ਤੋਂ 1:15 ਤੱਕ ਦੁਬਾਰਾ ਬਣਾਓ", 160, "audio_inpaint", _win(60, 75)),
    ("pa", "gaane vich bass ghatt karo", 180, "ask", {}),
    # ------------------------------------------------------------------ sa
    (
        "sa",
        "संस्कृतेन गीयमानं एकं भक्तिगीतं रचय, त्रीणि निमेषाणि (3 minutes)",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "sa"},
    ),
    ("sa", "गानं विना केवलं वाद्यसङ्गीतं रचय, वीणया सह, द्वौ निमेषौ (2 min)", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("sa", "यत् गीतं त्वया अधुना रचितं तस्य 0:30 तः 0:45 पर्यन्तं भागं पुनः रचय", 140, "audio_inpaint", _win(30, 45)),
    ("sa", "अस्य गीतस्य अन्ते 20 क्षणान् (seconds) योजय", 100, "audio_outpaint", _out(0, 20)),
    # ------------------------------------------------------------------ sk
    (
        "sk",
        "Sprav mi 2 verzie rockovej pesničky po slovensky, dve a pol minúty",
        None,
        "t2a",
        {"takes": 2, "duration": 150, "tags_has": ["rock"], "vocal_language": "sk"},
    ),
    ("sk", "v tej poslednej prerob úsek od 0m50s do 1m05s", 160, "audio_inpaint", _win(50, 65)),
    ("sk", "exportuj ako flac s fade-in 3 sekundy", 150, "process_track", {"output_format": "flac", "fade_in_s": 3}),
    ("sk", "predĺž ju o 20 sekúnd", None, "ask", {}),
    # ------------------------------------------------------------------ sr
    (
        "sr",
        "Napravi mi instrumental sa harmonikom za slavu, oko tri minuta, biće nas 60",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["accordion"]},
    ),
    (
        "sr",
        "Направи песму на српском за рођендан мог брата, пуни 25 година, минут и по",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "sr"},
    ),
    ("sr", "у последњој песми поново генериши последњих 15 секунди", 165, "audio_inpaint", _win(150, 165)),
    ("sr", "dodaj joj 30 sekundi na kraju", 120, "audio_outpaint", _out(0, 30)),
    # ------------------------------------------------------------------ sw
    (
        "sw",
        "Nitengenezee wimbo wa harusi unaoimbwa kwa Kiswahili, dakika mbili",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "sw"},
    ),
    (
        "sw",
        "Nataka muziki wa bongo flava bila sauti ya kuimba, dakika tatu, bpm 100",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST},
    ),
    (
        "sw",
        "kwenye wimbo uliotengeneza sasa hivi, rudia sehemu kutoka 1:00 hadi 1:20",
        170,
        "audio_inpaint",
        _win(60, 80),
    ),
    ("sw", "ondoa sauti ya mwimbaji, nibaki na muziki tu", 180, "ask", {}),
    # ------------------------------------------------------------------ ta
    (
        "ta",
        "என் அம்மாவின் 60வது பிறந்தநாளுக்கு தமிழில் ஒரு பாடல், இரண்டு நிமிடம்",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ta"},
    ),
    ("ta", "இப்போ செய்த பாட்டில் 0:30 முதல் 0:50 வரை மீண்டும் உருவாக்கு", 150, "audio_inpaint", _win(30, 50)),
    ("ta", "கடைசியில் 30 வினாடி சேர்", 120, "audio_outpaint", _out(0, 30)),
    ("ta", "இதை இன்னும் நல்லா பண்ணு", 150, "ask", {}),
    # ------------------------------------------------------------------ te
    ("te", "నా స్నేహితుడి పెళ్లికి తెలుగులో పాట చేయి, మూడు నిమిషాలు", None, "t2a", {"duration": 180, "vocal_language": "te"}),
    ("te", "vocals lekunda veena tho oka instrumental, 2 nimishalu", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("te", "ఇప్పుడు చేసిన పాటలో చివరి 20 సెకన్లు మళ్ళీ చేయి", 160, "audio_inpaint", _win(140, 160)),
    ("te", "mp3 lo export cheyyi, 320 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    # ------------------------------------------------------------------ th
    (
        "th",
        "ช่วยทำเพลงป๊อปร้องภาษาไทยสองเวอร์ชัน ยาวสักนาทีครึ่ง",
        None,
        "t2a",
        {"takes": 2, "duration": 90, "vocal_language": "th"},
    ),
    ("th", "เพลงที่เพิ่งทำ ช่วยทำใหม่ช่วง 1:10 ถึง 1:25", 170, "audio_inpaint", _win(70, 85)),
    ("th", "แปลงเป็น wav แล้วทำให้ loop ได้", 60, "process_track", {"output_format": "wav", "loop": True}),
    ("th", "ช่วยลดเสียงเบสหน่อย", 180, "ask", {}),
    # ------------------------------------------------------------------ tl
    (
        "tl",
        "gawan mo ng OPM ballad gamit ang lyrics ko, mga 2 minutes lang\n" + _TL_LYRICS,
        None,
        "t2a",
        {"duration": 120, "lyrics": _TL_LYRICS, "vocal_language": "tl"},
    ),
    (
        "tl",
        "Pa-gawa naman ng instrumental na pang-debut, 18th birthday ng pamangkin ko, 3 minutes, may piano",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("tl", "yung ginawa mo kanina, ulitin mo yung 0:15 hanggang 0:30", 150, "audio_inpaint", _win(15, 30)),
    ("tl", "dagdagan mo ng 20 seconds sa dulo", 110, "audio_outpaint", _out(0, 20)),
    # ------------------------------------------------------------------ ur
    (
        "ur",
        "میری بہن کی شادی کے لیے اردو میں ایک گانا بنا دیں، ڈھائی منٹ کا",
        None,
        "t2a",
        {"duration": 150, "vocal_language": "ur"},
    ),
    ("ur", "ابھی والے گانے میں 0:45 سے 1:00 تک دوبارہ بناؤ", 160, "audio_inpaint", _win(45, 60)),
    ("ur", "آخر میں 30 سیکنڈ اور بڑھا دو", 120, "audio_outpaint", _out(0, 30)),
    ("ur", "آواز ہٹا دو، صرف میوزک رکھو", 180, "ask", {}),
    # ------------------------------------------------------------------ vi
    (
        "vi",
        "làm cho mình 3 bản nhạc lofi không lời, mỗi bản 2 phút rưỡi nha",
        None,
        "t2a",
        {"takes": 3, "duration": 150, "lyrics": INST},
    ),
    ("vi", "bài vừa rồi, làm lại đoạn từ 1:00 đến 1:20 giúp mình", 160, "audio_inpaint", _win(60, 80)),
    ("vi", "xuất ra mp3 320kbps giùm", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("vi", "tăng âm lượng giọng hát lên chút", 180, "ask", {}),
    # ------------------------------------------------------------------ yue
    ("yue", "幫我整首廣東歌，慶祝阿媽60歲生日，兩分鐘左右", None, "t2a", {"duration": 120, "vocal_language": "yue"}),
    ("yue", "整段純音樂，有結他同鼓，三分鐘", None, "t2a", {"duration": 180, "lyrics": INST, "tags_has": ["guitar"]}),
    ("yue", "啱啱嗰首，1:30至1:45嗰段重新整過", 170, "audio_inpaint", _win(90, 105)),
    ("yue", "好聽！而家將佢延長30秒", None, "ask", {}),
]
