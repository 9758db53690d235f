"""Blind held-out router set 68: "an even mix, 13".

Ordinary chat requests of every kind, as people type them in each of the 50 languages:
short and casual, detailed, with lyrics (with and without section markers), follow-ups
with a track open (m:ss, seconds, "the last N seconds", "from X to the end", "make it
N minutes"), deliverables (formats, bitrate, loudness, loops, fades, trims, sometimes two
at once), several takes, and things the tools cannot do.

Counts: 300 rows; 11 in each BIG12 language (132), 168 over the 38 others (4 each, 5 for
ca cs da el fa he hu id nl no pl ro sv tr uk vi). Intents: t2a 89, audio_inpaint 60, audio_outpaint 46, process_track 61, ask 44.

Labels written by hand, never run by the writer (the router was never run on this set).
"""

from __future__ import annotations

from typing import Any

INST = "[inst]"
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _out(before: float, after: float) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after}


def _win(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


# Lyrics given in the requests (the expected lyrics are these exact texts).
L_EN = (
    "[Verse]\nWoke up late on a Tuesday\nCoffee cold and the sky gone grey\n"
    "[Chorus]\nBut I don't care, I don't care\nI'm already out the door"
)
L_DE = (
    "Ich lauf durch die Gassen der alten Stadt\nund jeder Schritt klingt nach dir\n"
    "ich hab dich gesucht, bis der Morgen kam\ndoch du warst längst nicht mehr hier"
)
L_ES = (
    "[Verso]\nTe fuiste un martes sin decir adiós\ny el café se enfrió en la mesa\n"
    "[Estribillo]\nY todavía guardo tu voz\nen el fondo de esta tristeza"
)
L_FR = (
    "On a dansé jusqu'au matin\nsur le toit de l'immeuble d'en face\n"
    "J'ai oublié jusqu'à ton prénom\nmais pas la couleur de ta veste"
)
L_IT = (
    "[Strofa]\nSotto il cielo di Milano\nci perdiamo piano piano\n"
    "[Ritornello]\nE tu ridi, e tu ridi\ncome se fosse estate"
)
L_PT = "Eu vim lá do sertão\ncom a sanfona no peito\nsó pra te ver dançar\ndo teu jeito"
L_RU = (
    "[Куплет]\nЯ иду по пустому проспекту\nфонари мне моргают вслед\n"
    "[Припев]\nНе держи меня, не держи\nменя больше здесь нет"
)
L_ZH = "[主歌]\n夏天的风吹过旧操场\n你的白衬衫还在晃\n[副歌]\n后来我们各自远方\n再也没回那个地方"
L_JA = "夕焼けの帰り道\n君の影を踏んでいた\n明日もまた会えるって\n信じてた"
L_KO = (
    "[Verse]\n너 없는 거리엔 비가 내리고\n우산도 없이 나는 걷고 있어\n"
    "[Chorus]\n보고 싶다 말 못 하고\n오늘도 그냥 지나가"
)
L_HI = "तेरी आँखों में जो बात है\nवो किसी और में कहाँ\nतू साथ हो तो हर रात\nलगे जैसे आसमाँ"
L_AR = "[مقطع]\nيا ليل طوّل شوي\nخلّ القمر يسهر معي\n[لازمة]\nوينك يا زين الزين\nقلبي تعب من الانتظار"
L_BG = "Тази нощ е само наша\nградът спи, а ние не\nпий от моята чаша\nи не питай за мен"
L_CA = (
    "[Estrofa]\nLa mar s'adorm al port de Cadaqués\ni les barques canten a poc a poc\n"
    "[Tornada]\nTorna, torna, que l'estiu s'acaba\ni jo encara et guardo el lloc"
)
L_DA = (
    "Vi kørte ud ad landevejen\nmed vinduerne nede og musikken høj\n"
    "ingen vidste hvor vi skulle hen\nog ingen spurgte hvorfor"
)
L_FA = "شب‌ها که بارون میاد\nیاد تو می‌افتم هنوز\nکوچه‌ها خالی شدن\nدلم گرفته امروز"
L_HR = "Pod prozorom tvojim stojim\nmisec sja nad Splitom\nsrce mi se ne da smirit\ndok ne čujem tvoj glas"
L_MS = "Angin malam berbisik perlahan\nmembawa rindu dari jauh\nkau di sana aku di sini\nmenanti hari bertemu"
L_PL = (
    "[Zwrotka]\nZnów pada deszcz na Pragę\nja czekam pod latarnią\n[Refren]\nWróć do mnie, wróć\nzanim zgasną światła"
)
L_SR = "Ове ноћи нећу спавати\nчаше ломим, тебе зовем\nдођи, дођи, не питај\nшта ми ради срце ово"
L_SV = (
    "Det regnar över Slussen\noch jag har glömt mitt paraply\n"
    "men du sa att det inte gör nåt\nför vi har hela natten fri"
)
L_TE = "నీ నవ్వులో వెన్నెల ఉంది\nనీ మాటలో తేనె ఉంది\nనువ్వు లేని ఈ రాత్రి\nఎందుకో ఇంత పొడవుంది"
L_TL = (
    "Sa bawat ulan, ikaw ang naaalala\nsa bawat tahimik na gabi\n"
    "hindi na kita hahanapin\npero hindi rin kita malilimutan"
)
L_UK = (
    "[Куплет]\nМи сидимо на даху до ранку\nі місто світиться внизу\n"
    "[Приспів]\nНе відпускай, не відпускай\nя ще не все тобі сказав"
)
L_VI = (
    "Chiều nay mưa rơi trên phố cũ\nem đi qua không nói một lời\n"
    "anh đứng đây như người xa lạ\nnhìn theo em đến cuối con đường"
)
L_SW = "Mpenzi wangu wa pwani\nmacho yako kama nyota\nnakungoja bandarini\nusiku wote nakuota"
L_YUE = "[主歌]\n維港嘅燈火照住我哋\n你話今晚唔想返屋企\n[副歌]\n留低啦 留低啦\n陪我行多一陣"

R68: list[tuple[Any, ...]] = [
    # ---------------------------------------------------------------- en (11)
    (
        "en",
        "chill lofi piano beat for studying, no vocals, like 2 min",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "en",
        "Can you make an upbeat rock song with these lyrics?\n\n" + L_EN,
        None,
        "t2a",
        {"lyrics": L_EN, "tags_has": ["rock"], "vocal_language": "en"},
    ),
    (
        "en",
        "give me 3 takes of a 30 second jazz jingle for my podcast intro, sax lead",
        None,
        "t2a",
        {"duration": 30, "takes": 3, "tags_has": ["jazz"]},
    ),
    (
        "en",
        "the bit from 1:12 to 1:25 sounds off, can you redo just that",
        184,
        "audio_inpaint",
        _win(72, 85),
    ),
    ("en", "regenerate the last 20 seconds", 150, "audio_inpaint", _win(130, 150)),
    ("en", "make it 4 minutes", 150, "audio_outpaint", _out(0, 90)),
    (
        "en",
        "add like a 15 sec intro before it starts",
        120,
        "audio_outpaint",
        _out(15, 0),
    ),
    (
        "en",
        "export as mp3 at 320 kbps and fade out the last 5 seconds",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "fade_out_s": 5},
    ),
    (
        "en",
        "make it loop seamlessly, I need it for a game menu",
        90,
        "process_track",
        {"loop": True},
    ),
    (
        "en",
        "can you pull the vocals out so I just have the instrumental",
        200,
        "ask",
        {},
    ),
    ("en", "redo the chorus, it's too busy", None, "ask", {}),
    # ---------------------------------------------------------------- de (11)
    (
        "de",
        "Mach mir bitte einen 90-Sekunden-Track, Technobeat, treibend, ohne Gesang",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["techno"]},
    ),
    (
        "de",
        "Schreib ein Lied mit diesem Text, so Liedermacher-mäßig mit Gitarre:\n" + L_DE,
        None,
        "t2a",
        {"lyrics": L_DE, "tags_has": ["guitar"], "vocal_language": "de"},
    ),
    (
        "de",
        "Vergiss den hier mal. Ich brauch was ganz Neues: 5 Minuten Ambient zum "
        "Einschlafen, nur Flächen und ein bisschen Klavier",
        180,
        "t2a",
        {"duration": 300, "tags_has": ["ambient"]},
    ),
    (
        "de",
        "Zwischen 0:45 und 1:02 ist der Gesang total schief, kannst du das neu machen?",
        210,
        "audio_inpaint",
        _win(45, 62),
    ),
    (
        "de",
        "die ersten 8 Sekunden bitte nochmal neu generieren",
        165,
        "audio_inpaint",
        _win(0, 8),
    ),
    (
        "de",
        "Kannst du hinten noch 30 Sekunden dranhängen?",
        140,
        "audio_outpaint",
        _out(0, 30),
    ),
    ("de", "Verlänger das bitte auf 3 Minuten", 100, "audio_outpaint", _out(0, 80)),
    (
        "de",
        "als WAV exportieren, normalisiert auf -14 LUFS",
        200,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    (
        "de",
        "schneid die ersten 4 Sekunden weg, da ist nur Stille",
        180,
        "process_track",
        {"trim_start_s": 4},
    ),
    ("de", "Kannst du das einen Halbton höher setzen?", 180, "ask", {}),
    (
        "de",
        "Mach drei Versionen: eine als Rock, eine als Jazz und eine als Reggae",
        None,
        "ask",
        {},
    ),
    # ---------------------------------------------------------------- es (11)
    (
        "es",
        "hazme una cumbia alegre para un cumple, que dure 1 minuto y medio",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["cumbia"]},
    ),
    (
        "es",
        "Quiero una balada con piano con esta letra:\n" + L_ES,
        None,
        "t2a",
        {"lyrics": L_ES, "tags_has": ["piano"], "vocal_language": "es"},
    ),
    (
        "es",
        "sácame dos versiones de un reguetón instrumental de 45 segundos",
        None,
        "t2a",
        {"duration": 45, "takes": 2, "lyrics": INST, "tags_has": ["reggaeton"]},
    ),
    (
        "es",
        "del 2:05 al 2:20 se escucha raro, rehazlo",
        195,
        "audio_inpaint",
        _win(125, 140),
    ),
    (
        "es",
        "cambia los últimos 12 segundos, el final no me convence",
        120,
        "audio_inpaint",
        _win(108, 120),
    ),
    (
        "es",
        "alárgala 20 segundos al principio y 20 al final",
        150,
        "audio_outpaint",
        _out(20, 20),
    ),
    ("es", "que dure 3 minutos en total", 130, "audio_outpaint", _out(0, 50)),
    ("es", "pásamelo a flac", 176, "process_track", {"output_format": "flac"}),
    (
        "es",
        "ponle un fade in de 3 segundos y un fade out de 6",
        200,
        "process_track",
        {"fade_in_s": 3, "fade_out_s": 6},
    ),
    ("es", "súbela a mi Spotify", 160, "ask", {}),
    ("es", "mézclala con mi pista de voz que te mandé", 160, "ask", {}),
    # ---------------------------------------------------------------- fr (11)
    (
        "fr",
        "un morceau de jazz manouche à la guitare, 2 minutes, sans chant",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    (
        "fr",
        "Fais-moi une chanson pop avec ces paroles :\n" + L_FR,
        None,
        "t2a",
        {"lyrics": L_FR, "tags_has": ["pop"], "vocal_language": "fr"},
    ),
    (
        "fr",
        "ok autre chose, génère-moi une intro épique orchestrale de 20 secondes pour ma chaîne",
        140,
        "t2a",
        {"duration": 20, "tags_has": ["orchestral"]},
    ),
    (
        "fr",
        "entre 1:30 et 1:50 la batterie part en vrille, tu peux refaire ce passage ?",
        220,
        "audio_inpaint",
        _win(90, 110),
    ),
    ("fr", "refais de 2:40 jusqu'à la fin", 180, "audio_inpaint", _win(160, 180)),
    (
        "fr",
        "rallonge-la de 30 secondes à la fin stp",
        90,
        "audio_outpaint",
        _out(0, 30),
    ),
    ("fr", "ajoute une intro de 10 secondes", 200, "audio_outpaint", _out(10, 0)),
    (
        "fr",
        "exporte en ogg et coupe les 5 dernières secondes",
        240,
        "process_track",
        {"output_format": "ogg", "trim_end_s": 5},
    ),
    (
        "fr",
        "mets le volume à -16 LUFS pour le podcast",
        150,
        "process_track",
        {"loudness_lufs": -16},
    ),
    (
        "fr",
        "ralentis-la un peu, genre 90 bpm au lieu de 120",
        150,
        "ask",
        {},
    ),
    ("fr", "rallonge-la d'une minute", None, "ask", {}),
    # ---------------------------------------------------------------- it (11)
    (
        "it",
        "una canzone rock anni 80, 3 minuti",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["rock"]},
    ),
    (
        "it",
        "mettimi questo testo su una base pop:\n" + L_IT,
        None,
        "t2a",
        {"lyrics": L_IT, "tags_has": ["pop"], "vocal_language": "it"},
    ),
    (
        "it",
        "fammi 4 versioni di un jingle di 15 secondi con la fisarmonica",
        None,
        "t2a",
        {"duration": 15, "takes": 4, "tags_has": ["accordion"]},
    ),
    ("it", "rifai gli ultimi 10 secondi", 180, "audio_inpaint", _win(170, 180)),
    (
        "it",
        "da 0:30 a 0:50 c'è un buco strano, rigeneralo",
        205,
        "audio_inpaint",
        _win(30, 50),
    ),
    ("it", "allungala fino a 4 minuti", 150, "audio_outpaint", _out(0, 90)),
    (
        "it",
        "aggiungi 15 secondi prima e 15 dopo",
        120,
        "audio_outpaint",
        _out(15, 15),
    ),
    (
        "it",
        "mp3 a 192 kbps grazie",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192},
    ),
    ("it", "fallo andare in loop senza stacchi", 60, "process_track", {"loop": True}),
    ("it", "separami la batteria dal resto", 200, "ask", {}),
    ("it", "sistemami il ritornello che è troppo debole", 200, "ask", {}),
    # ---------------------------------------------------------------- pt (11)
    (
        "pt",
        "faz um samba bem animado, tipo roda de samba, 1 minuto",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["samba"]},
    ),
    (
        "pt",
        "Quero um forró com essa letra:\n" + L_PT,
        None,
        "t2a",
        {"lyrics": L_PT, "vocal_language": "pt"},
    ),
    (
        "pt",
        "esquece essa. Faz uma nova: bossa nova instrumental, violão e piano, 2 min",
        150,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("pt", "refaz do 1:10 ao 1:22", 170, "audio_inpaint", _win(70, 82)),
    (
        "pt",
        "os primeiros 15 segundos ficaram ruins, gera de novo",
        200,
        "audio_inpaint",
        _win(0, 15),
    ),
    (
        "pt",
        "aumenta mais 40 segundos no final",
        180,
        "audio_outpaint",
        _out(0, 40),
    ),
    ("pt", "deixa ela com 2 minutos", 60, "audio_outpaint", _out(0, 60)),
    (
        "pt",
        "converte pra wav e normaliza em -14 LUFS",
        180,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    (
        "pt",
        "corta os últimos 3 segundos e põe um fade out de 4",
        150,
        "process_track",
        {"trim_end_s": 3, "fade_out_s": 4},
    ),
    ("pt", "muda o tom pra Ré maior", 150, "ask", {}),
    ("pt", "manda em mp3", None, "ask", {}),
    # ---------------------------------------------------------------- ru (11)
    (
        "ru",
        "сделай мрачный синтвейв на 2 минуты, без вокала",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["synthwave"]},
    ),
    (
        "ru",
        "Нужна рок-песня на этот текст:\n" + L_RU,
        None,
        "t2a",
        {"lyrics": L_RU, "tags_has": ["rock"], "vocal_language": "ru"},
    ),
    (
        "ru",
        "Дай три варианта короткой заставки на 10 секунд, электроника",
        None,
        "t2a",
        {"duration": 10, "takes": 3, "tags_has": ["electronic"]},
    ),
    (
        "ru",
        "с 3:00 до 3:20 переделай, там вокал проваливается",
        240,
        "audio_inpaint",
        _win(180, 200),
    ),
    (
        "ru",
        "последние 30 секунд перегенерируй",
        150,
        "audio_inpaint",
        _win(120, 150),
    ),
    ("ru", "продли в конце ещё на 25 секунд", 120, "audio_outpaint", _out(0, 25)),
    ("ru", "добавь 12 секунд в начало", 200, "audio_outpaint", _out(12, 0)),
    (
        "ru",
        "сохрани в mp3 128 кбит/с",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 128},
    ),
    (
        "ru",
        "плавное затухание в конце, 8 секунд",
        180,
        "process_track",
        {"fade_out_s": 8},
    ),
    ("ru", "убери из трека бас", 180, "ask", {}),
    ("ru", "сделай лучше", 180, "ask", {}),
    # ---------------------------------------------------------------- zh (11)
    (
        "zh",
        "来一首古风的曲子，古筝为主，纯音乐，一分半",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["guzheng"]},
    ),
    (
        "zh",
        "帮我用这段歌词做一首民谣：\n" + L_ZH,
        None,
        "t2a",
        {"lyrics": L_ZH, "tags_has": ["folk"], "vocal_language": "zh"},
    ),
    ("zh", "生成两版30秒的电子舞曲", None, "t2a", {"duration": 30, "takes": 2}),
    (
        "zh",
        "把1:40到2:00那段重新生成一下",
        200,
        "audio_inpaint",
        _win(100, 120),
    ),
    ("zh", "最后15秒重做", 180, "audio_inpaint", _win(165, 180)),
    ("zh", "延长到三分钟", 120, "audio_outpaint", _out(0, 60)),
    ("zh", "前面加个8秒的前奏", 150, "audio_outpaint", _out(8, 0)),
    ("zh", "导出成flac", 200, "process_track", {"output_format": "flac"}),
    (
        "zh",
        "做成无缝循环，然后导出wav",
        90,
        "process_track",
        {"loop": True, "output_format": "wav"},
    ),
    ("zh", "把人声去掉，只留伴奏", 200, "ask", {}),
    ("zh", "把副歌那段改一下", None, "ask", {}),
    # ---------------------------------------------------------------- ja (11)
    (
        "ja",
        "カフェで流すようなジャズピアノ、ボーカルなしで3分で",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "ja",
        "この歌詞でJ-POPっぽい曲作って\n" + L_JA,
        None,
        "t2a",
        {"lyrics": L_JA, "vocal_language": "ja"},
    ),
    (
        "ja",
        "これとは別に、新しくボカロっぽいロック曲を作って、1分で",
        180,
        "t2a",
        {"duration": 60, "tags_has": ["rock"]},
    ),
    (
        "ja",
        "2:30から2:45のところ、作り直してほしい",
        210,
        "audio_inpaint",
        _win(150, 165),
    ),
    ("ja", "冒頭の10秒だけやり直して", 160, "audio_inpaint", _win(0, 10)),
    ("ja", "後ろに30秒足して", 90, "audio_outpaint", _out(0, 30)),
    ("ja", "全体で4分になるように伸ばして", 200, "audio_outpaint", _out(0, 40)),
    (
        "ja",
        "mp3の320kbpsで書き出して",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    (
        "ja",
        "ラスト10秒でフェードアウト、頭も2秒フェードインで",
        240,
        "process_track",
        {"fade_out_s": 10, "fade_in_s": 2},
    ),
    ("ja", "キーを2つ下げて", 180, "ask", {}),
    ("ja", "Bメロのところを直して", 180, "ask", {}),
    # ---------------------------------------------------------------- ko (11)
    (
        "ko",
        "잔잔한 어쿠스틱 기타 곡 하나, 가사 없이 2분",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    (
        "ko",
        "이 가사로 발라드 만들어줘\n" + L_KO,
        None,
        "t2a",
        {"lyrics": L_KO, "tags_has": ["ballad"], "vocal_language": "ko"},
    ),
    ("ko", "힙합 비트 45초짜리 3개 뽑아줘", None, "t2a", {"duration": 45, "takes": 3}),
    (
        "ko",
        "1분 20초부터 1분 35초까지 다시 만들어줘",
        180,
        "audio_inpaint",
        _win(80, 95),
    ),
    ("ko", "마지막 20초 다시", 200, "audio_inpaint", _win(180, 200)),
    ("ko", "뒤에 30초 더 늘려줘", 150, "audio_outpaint", _out(0, 30)),
    ("ko", "앞에 인트로 5초 붙여줘", 100, "audio_outpaint", _out(5, 0)),
    ("ko", "wav로 뽑아줘", 180, "process_track", {"output_format": "wav"}),
    (
        "ko",
        "음량 -14 LUFS로 맞추고 mp3로 줘",
        180,
        "process_track",
        {"loudness_lufs": -14, "output_format": "mp3"},
    ),
    ("ko", "템포 좀 빠르게 바꿔줘", 180, "ask", {}),
    ("ko", "마지막 부분 다시 해줘", None, "ask", {}),
    # ---------------------------------------------------------------- hi (11)
    (
        "hi",
        "एक भजन बनाओ, हारमोनियम और तबला के साथ, 2 मिनट का",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["tabla"]},
    ),
    (
        "hi",
        "इन बोल पर एक रोमांटिक गाना बना दो:\n" + L_HI,
        None,
        "t2a",
        {"lyrics": L_HI, "vocal_language": "hi"},
    ),
    (
        "hi",
        "बॉलीवुड स्टाइल का डांस ट्रैक, बिना गाने के, एक मिनट",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    (
        "hi",
        "0:50 से 1:05 तक वाला हिस्सा दोबारा बनाओ",
        180,
        "audio_inpaint",
        _win(50, 65),
    ),
    ("hi", "आखिरी 10 सेकंड फिर से बनाओ", 150, "audio_inpaint", _win(140, 150)),
    ("hi", "इसे 3 मिनट का कर दो", 120, "audio_outpaint", _out(0, 60)),
    ("hi", "शुरू में 10 सेकंड और जोड़ दो", 200, "audio_outpaint", _out(10, 0)),
    (
        "hi",
        "mp3 में दे दो, 256 kbps",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256},
    ),
    ("hi", "शुरू के 2 सेकंड काट दो", 180, "process_track", {"trim_start_s": 2}),
    ("hi", "इसमें मेरी आवाज़ मिक्स कर दो", 180, "ask", {}),
    ("hi", "इसका स्केल बदल दो, थोड़ा ऊपर", 180, "ask", {}),
    # ---------------------------------------------------------------- ar (11)
    (
        "ar",
        "أبي مقطوعة عود هادئة، بدون غناء، دقيقتين",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["oud"]},
    ),
    (
        "ar",
        "لحّن لي هالكلمات على طابع خليجي:\n" + L_AR,
        None,
        "t2a",
        {"lyrics": L_AR, "vocal_language": "ar"},
    ),
    (
        "ar",
        "سوّ لي ثلاث نسخ من مقدمة ٢٠ ثانية لقناتي على يوتيوب، موسيقى إلكترونية",
        None,
        "t2a",
        {"duration": 20, "takes": 3, "tags_has": ["electronic"]},
    ),
    (
        "ar",
        "أعد توليد الجزء من 1:00 إلى 1:15",
        180,
        "audio_inpaint",
        _win(60, 75),
    ),
    (
        "ar",
        "آخر ٢٥ ثانية مو عاجبتني، أعدها",
        200,
        "audio_inpaint",
        _win(175, 200),
    ),
    ("ar", "طوّلها لين تصير ٤ دقائق", 150, "audio_outpaint", _out(0, 90)),
    ("ar", "زِد ٢٠ ثانية في النهاية", 100, "audio_outpaint", _out(0, 20)),
    ("ar", "حوّلها إلى wav", 180, "process_track", {"output_format": "wav"}),
    (
        "ar",
        "خلها تتكرر بشكل متصل بدون قطع، وصدّرها ogg",
        180,
        "process_track",
        {"loop": True, "output_format": "ogg"},
    ),
    ("ar", "غيّر المقام من بياتي إلى نهاوند", 180, "ask", {}),
    ("ar", "انشرها على ساوندكلاود باسمي", 180, "ask", {}),
    # ---------------------------------------------------------------- az (4)
    (
        "az",
        "Muğam üstündə tar ilə instrumental bir şey yarat, 2 dəqiqəlik",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "az",
        "1:10-dan 1:30-a qədər olan hissəni yenidən düzəlt",
        180,
        "audio_inpaint",
        _win(70, 90),
    ),
    (
        "az",
        "mp3 formatında ver, 320 kbps",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    (
        "az",
        "Bunu saxla, amma indi yeni bir şey lazımdır: 45 saniyəlik caz, saksofonla",
        150,
        "t2a",
        {"duration": 45, "tags_has": ["jazz"]},
    ),
    # ---------------------------------------------------------------- bg (4)
    (
        "bg",
        "Направи поп песен с този текст:\n" + L_BG,
        None,
        "t2a",
        {"lyrics": L_BG, "tags_has": ["pop"], "vocal_language": "bg"},
    ),
    (
        "bg",
        "последните 15 секунди ги направи наново",
        150,
        "audio_inpaint",
        _win(135, 150),
    ),
    (
        "bg",
        "изнеси го като wav и нормализирай до -14 LUFS",
        150,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("bg", "смени тоналността с един тон нагоре", 150, "ask", {}),
    # ---------------------------------------------------------------- bn (4)
    (
        "bn",
        "রবীন্দ্রসঙ্গীতের ধাঁচে একটা সুর বানাও, শুধু বাঁশি আর এস্রাজ, কোনো গান নয়, দেড় মিনিট",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["flute"]},
    ),
    (
        "bn",
        "0:40 থেকে 0:55 পর্যন্ত অংশটা আবার বানাও",
        200,
        "audio_inpaint",
        _win(40, 55),
    ),
    ("bn", "শেষে ৫ সেকেন্ডের ফেড আউট দাও", 180, "process_track", {"fade_out_s": 5}),
    ("bn", "এটাকে ২ মিনিট বানিয়ে দাও", 90, "audio_outpaint", _out(0, 30)),
    # ---------------------------------------------------------------- ca (5)
    (
        "ca",
        "fes-me una rumba catalana alegre, 1 minut, per a una festa major",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["rumba"]},
    ),
    (
        "ca",
        "Posa música a aquesta lletra, estil folk:\n" + L_CA,
        None,
        "t2a",
        {"lyrics": L_CA, "tags_has": ["folk"], "vocal_language": "ca"},
    ),
    (
        "ca",
        "torna a generar del 2:00 fins al final",
        160,
        "audio_inpaint",
        _win(120, 160),
    ),
    ("ca", "passa-ho a ogg", 160, "process_track", {"output_format": "ogg"}),
    ("ca", "allarga-la fins als 2 minuts", 100, "audio_outpaint", _out(0, 20)),
    # ---------------------------------------------------------------- cs (5)
    (
        "cs",
        "Potřebuju krátkou znělku na 15 sekund, něco jako dechovka, dej mi dvě verze",
        None,
        "t2a",
        {"duration": 15, "takes": 2},
    ),
    (
        "cs",
        "ten kus od 1:05 do 1:18 zní divně, předělej ho",
        190,
        "audio_inpaint",
        _win(65, 78),
    ),
    (
        "cs",
        "ořízni první 3 sekundy a ulož to jako flac",
        190,
        "process_track",
        {"trim_start_s": 3, "output_format": "flac"},
    ),
    (
        "cs",
        "přidej na začátek 10 sekund a na konec 20",
        190,
        "audio_outpaint",
        _out(10, 20),
    ),
    ("cs", "můžeš to nahrát na YouTube?", 190, "ask", {}),
    # ---------------------------------------------------------------- da (5)
    (
        "da",
        "lav en hyggelig julesang med klokker og klaver, 2 minutter, instrumental",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("da", "lav de sidste 8 sekunder om", 170, "audio_inpaint", _win(162, 170)),
    (
        "da",
        "kan du gøre den til et loop der kører rundt uden hak",
        170,
        "process_track",
        {"loop": True},
    ),
    (
        "da",
        "forlæng den med 30 sekunder i slutningen",
        170,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "da",
        "Skriv en rocksang med den her tekst:\n" + L_DA,
        None,
        "t2a",
        {"lyrics": L_DA, "tags_has": ["rock"], "vocal_language": "da"},
    ),
    # ---------------------------------------------------------------- el (5)
    (
        "el",
        "φτιάξε ένα ρεμπέτικο με μπουζούκι, χωρίς φωνή, ενάμισι λεπτό",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["bouzouki"]},
    ),
    (
        "el",
        "ξαναφτιάξε το κομμάτι από 0:20 μέχρι 0:35",
        200,
        "audio_inpaint",
        _win(20, 35),
    ),
    (
        "el",
        "βγάλ' το σε mp3 στα 192 kbps",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192},
    ),
    ("el", "βγάλε τα φωνητικά και κράτα μόνο τη μουσική", 200, "ask", {}),
    (
        "el",
        "πρόσθεσε 15 δευτερόλεπτα στην αρχή",
        200,
        "audio_outpaint",
        _out(15, 0),
    ),
    # ---------------------------------------------------------------- fa (5)
    (
        "fa",
        "با این شعر یه آهنگ پاپ بساز:\n" + L_FA,
        None,
        "t2a",
        {"lyrics": L_FA, "tags_has": ["pop"], "vocal_language": "fa"},
    ),
    ("fa", "از ۱:۰۰ تا ۱:۲۰ رو دوباره بساز", 180, "audio_inpaint", _win(60, 80)),
    ("fa", "یه فید اوت ۶ ثانیه‌ای آخرش بذار", 180, "process_track", {"fade_out_s": 6}),
    (
        "fa",
        "یه قطعه سنتور بی‌کلام، سه دقیقه",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["santur"]},
    ),
    ("fa", "آخرشو کوتاه کن", None, "ask", {}),
    # ---------------------------------------------------------------- fi (4)
    (
        "fi",
        "tee raskas metallibiisi, 2,5 minuuttia",
        None,
        "t2a",
        {"duration": 150, "tags_has": ["metal"]},
    ),
    ("fi", "tee uudestaan kohta 0:55–1:10", 150, "audio_inpaint", _win(55, 70)),
    ("fi", "muunna flaciksi", 150, "process_track", {"output_format": "flac"}),
    ("fi", "voitko miksata tähän mun oman lauluraidan?", 150, "ask", {}),
    # ---------------------------------------------------------------- he (5)
    (
        "he",
        "תעשה לי שיר מזרחית שמח לחתונה, דקה וחצי",
        None,
        "t2a",
        {"duration": 90},
    ),
    ("he", "תחדש את 20 השניות האחרונות", 210, "audio_inpaint", _win(190, 210)),
    (
        "he",
        "תייצא ל-wav בבקשה, ותוריד את 2 השניות הראשונות",
        210,
        "process_track",
        {"output_format": "wav", "trim_start_s": 2},
    ),
    ("he", "תאריך את זה ל-3 דקות", 120, "audio_outpaint", _out(0, 60)),
    ("he", "אפשר להוריד את זה חצי טון?", 210, "ask", {}),
    # ---------------------------------------------------------------- hr (4)
    (
        "hr",
        "napravi mi klapsku pjesmu s ovim tekstom:\n" + L_HR,
        None,
        "t2a",
        {"lyrics": L_HR, "vocal_language": "hr"},
    ),
    ("hr", "prepravi dio od 2:10 do 2:25", 180, "audio_inpaint", _win(130, 145)),
    (
        "hr",
        "stavi glasnoću na -14 LUFS i izvezi u mp3",
        180,
        "process_track",
        {"loudness_lufs": -14, "output_format": "mp3"},
    ),
    ("hr", "napravi remix ovoga", 180, "ask", {}),
    # ---------------------------------------------------------------- ht (4)
    (
        "ht",
        "fè yon mizik konpa pou mwen, 2 minit, san chante",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "ht",
        "ban m 2 vèsyon yon ti mizik rara 30 segonn",
        None,
        "t2a",
        {"duration": 30, "takes": 2},
    ),
    ("ht", "mete l an mp3", 150, "process_track", {"output_format": "mp3"}),
    ("ht", "ajoute 30 segonn nan fen li", 150, "audio_outpaint", _out(0, 30)),
    # ---------------------------------------------------------------- hu (5)
    (
        "hu",
        "csinálj egy nyugis zongorás zenét tanuláshoz, ének nélkül, 3 perc",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "hu",
        "a 0:10 és 0:25 közötti részt generáld újra",
        160,
        "audio_inpaint",
        _win(10, 25),
    ),
    (
        "hu",
        "legyen a végén 5 másodperces elhalkulás, és mentsd wav-ba",
        160,
        "process_track",
        {"fade_out_s": 5, "output_format": "wav"},
    ),
    ("hu", "hosszabbítsd meg 4 percre", 160, "audio_outpaint", _out(0, 80)),
    (
        "hu",
        "kérek 3 változatot egy 30 másodperces rock intróból",
        None,
        "t2a",
        {"duration": 30, "takes": 3, "tags_has": ["rock"]},
    ),
    # ---------------------------------------------------------------- id (5)
    (
        "id",
        "bikinin lagu dangdut koplo dong, 1 menit",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["dangdut"]},
    ),
    ("id", "bagian 1:45 sampai 2:00 ulang dong", 180, "audio_inpaint", _win(105, 120)),
    (
        "id",
        "convert ke mp3 320kbps ya",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    ("id", "tambahin intro 10 detik di awal", 180, "audio_outpaint", _out(10, 0)),
    ("id", "pisahin vokal sama musiknya dong", 180, "ask", {}),
    # ---------------------------------------------------------------- is (4)
    (
        "is",
        "búðu til rólegt þjóðlag með gítar, 2 mínútur",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["guitar"]},
    ),
    (
        "is",
        "gerðu síðustu 10 sekúndurnar upp á nýtt",
        140,
        "audio_inpaint",
        _win(130, 140),
    ),
    ("is", "vistaðu sem flac", 140, "process_track", {"output_format": "flac"}),
    (
        "is",
        "gerðu þrjár útgáfur af 20 sekúndna stefi með píanói",
        None,
        "t2a",
        {"duration": 20, "takes": 3, "tags_has": ["piano"]},
    ),
    # ---------------------------------------------------------------- la (4)
    (
        "la",
        "Compone mihi cantum gregorianum, duo minuta",
        None,
        "t2a",
        {"duration": 120},
    ),
    (
        "la",
        "Partem ab 1:00 usque ad 1:20 denuo fac",
        180,
        "audio_inpaint",
        _win(60, 80),
    ),
    ("la", "Converte in formam mp3, quaeso", 180, "process_track", {"output_format": "mp3"}),
    ("la", "Muta clavem cantus in modum minorem", 180, "ask", {}),
    # ---------------------------------------------------------------- lt (4)
    (
        "lt",
        "sukurk linksmą polką su akordeonu, 1 minutė",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["polka"]},
    ),
    ("lt", "perdaryk pirmas 12 sekundžių", 200, "audio_inpaint", _win(0, 12)),
    (
        "lt",
        "pridėk 3 sekundžių fade in pradžioje",
        200,
        "process_track",
        {"fade_in_s": 3},
    ),
    ("lt", "pailgink iki 4 minučių", 200, "audio_outpaint", _out(0, 40)),
    # ---------------------------------------------------------------- ms (4)
    (
        "ms",
        "Buatkan lagu balada dengan lirik ni:\n" + L_MS,
        None,
        "t2a",
        {"lyrics": L_MS, "tags_has": ["ballad"], "vocal_language": "ms"},
    ),
    (
        "ms",
        "buat semula bahagian 0:35 hingga 0:50",
        170,
        "audio_inpaint",
        _win(35, 50),
    ),
    ("ms", "tukar ke format wav", 170, "process_track", {"output_format": "wav"}),
    ("ms", "panjangkan 30 saat lagi kat hujung", None, "ask", {}),
    # ---------------------------------------------------------------- ne (4)
    (
        "ne",
        "सारङ्गी र मादलसहितको लोकगीत जस्तो धुन बनाइदेऊ, गीत नचाहिने, २ मिनेटको",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("ne", "अन्तिम २० सेकेन्ड फेरि बनाइदेऊ", 180, "audio_inpaint", _win(160, 180)),
    ("ne", "mp3 मा दिनुस्", 180, "process_track", {"output_format": "mp3"}),
    ("ne", "यसलाई अलि लामो बनाइदेऊ", None, "ask", {}),
    # ---------------------------------------------------------------- nl (5)
    (
        "nl",
        "maak een vrolijk levenslied met accordeon, 2 minuten",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["accordion"]},
    ),
    ("nl", "doe 2:50 tot het einde opnieuw", 190, "audio_inpaint", _win(170, 190)),
    (
        "nl",
        "exporteer als mp3 op 256 kbps met 4 seconden fade-out",
        190,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256, "fade_out_s": 4},
    ),
    ("nl", "zet er 15 seconden intro voor", 110, "audio_outpaint", _out(15, 0)),
    (
        "nl",
        "nieuw nummer graag, iets totaal anders: deep house van 6 minuten",
        190,
        "t2a",
        {"duration": 360},
    ),
    # ---------------------------------------------------------------- no (5)
    (
        "no",
        "lag en rolig visesang med gitar og fele, uten vokal, halvannet minutt",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("no", "lag om de første 6 sekundene", 150, "audio_inpaint", _win(0, 6)),
    ("no", "sett loudness til -16 LUFS", 150, "process_track", {"loudness_lufs": -16}),
    ("no", "gjør den 3 minutter lang", 150, "audio_outpaint", _out(0, 30)),
    ("no", "kan du mastre den med litt mer bass og EQ?", 150, "ask", {}),
    # ---------------------------------------------------------------- pa (4)
    (
        "pa",
        "ਢੋਲ ਵਾਲਾ ਭੰਗੜਾ ਬਣਾਓ, 1 ਮਿੰਟ ਦਾ",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["bhangra"]},
    ),
    (
        "pa",
        "1:20 ਤੋਂ 1:40 ਵਾਲਾ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾਓ",
        180,
        "audio_inpaint",
        _win(80, 100),
    ),
    ("pa", "ਇਸਦੀ ਬੀਟ ਤੇਜ਼ ਕਰ ਦਿਓ, 140 bpm ਤੇ", 180, "ask", {}),
    ("pa", "ਅਖੀਰ ਵਿੱਚ 20 ਸਕਿੰਟ ਹੋਰ ਜੋੜ ਦਿਓ", 180, "audio_outpaint", _out(0, 20)),
    # ---------------------------------------------------------------- pl (5)
    ("pl", "zrób mi disco polo na wesele, 2 minuty", None, "t2a", {"duration": 120}),
    ("pl", "przerób fragment od 1:15 do 1:30", 200, "audio_inpaint", _win(75, 90)),
    (
        "pl",
        "utnij ostatnie 4 sekundy i zapisz jako wav",
        200,
        "process_track",
        {"trim_end_s": 4, "output_format": "wav"},
    ),
    ("pl", "dołóż 30 sekund na końcu", 200, "audio_outpaint", _out(0, 30)),
    (
        "pl",
        "Zrób z tego rockową piosenkę:\n" + L_PL,
        None,
        "t2a",
        {"lyrics": L_PL, "tags_has": ["rock"], "vocal_language": "pl"},
    ),
    # ---------------------------------------------------------------- ro (5)
    (
        "ro",
        "fă-mi o piesă de jazz la pian, fără voce, 2 minute",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    ("ro", "refă ultimele 25 de secunde", 180, "audio_inpaint", _win(155, 180)),
    (
        "ro",
        "pune-i fade in de 2 secunde și fade out de 5",
        180,
        "process_track",
        {"fade_in_s": 2, "fade_out_s": 5},
    ),
    ("ro", "poți să schimbi tempoul la 100 bpm?", 180, "ask", {}),
    ("ro", "prelungește-o până la 3 minute", 150, "audio_outpaint", _out(0, 30)),
    # ---------------------------------------------------------------- sa (4)
    (
        "sa",
        "वीणावादनेन शान्तं सङ्गीतं रचय, गानं विना, द्वौ निमेषौ",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("sa", "अन्तिमान् दश क्षणान् पुनः रचय", 180, "audio_inpaint", _win(170, 180)),
    ("sa", "इदं गीतं mp3 रूपेण देहि", 180, "process_track", {"output_format": "mp3"}),
    ("sa", "अस्य गीतस्य स्वरं परिवर्तय", 180, "ask", {}),
    # ---------------------------------------------------------------- sk (4)
    (
        "sk",
        "sprav folkovú pesničku s husľami, 1,5 minúty",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["folk"]},
    ),
    ("sk", "prerob úsek 0:05 až 0:20", 170, "audio_inpaint", _win(5, 20)),
    ("sk", "ulož to ako ogg", 170, "process_track", {"output_format": "ogg"}),
    (
        "sk",
        "urob mi 3 verzie: jednu pomalú, jednu rýchlu a jednu akustickú",
        None,
        "ask",
        {},
    ),
    # ---------------------------------------------------------------- sr (4)
    (
        "sr",
        "направи ми турбо фолк песму са овим текстом:\n" + L_SR,
        None,
        "t2a",
        {"lyrics": L_SR, "vocal_language": "sr"},
    ),
    (
        "sr",
        "поново генериши део од 1:50 до 2:10",
        190,
        "audio_inpaint",
        _win(110, 130),
    ),
    ("sr", "извези у flac", 190, "process_track", {"output_format": "flac"}),
    ("sr", "можеш ли да убациш мој вокал преко овога?", 190, "ask", {}),
    # ---------------------------------------------------------------- sv (5)
    (
        "sv",
        "gör en låt i stil med svensk visa, bara gitarr och sång, med den här texten:\n" + L_SV,
        None,
        "t2a",
        {"lyrics": L_SV, "tags_has": ["guitar"], "vocal_language": "sv"},
    ),
    ("sv", "gör om 1:00–1:12", 180, "audio_inpaint", _win(60, 72)),
    (
        "sv",
        "exportera som mp3 i 320 kbps",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    (
        "sv",
        "lägg till 10 sekunder i början och 10 i slutet",
        180,
        "audio_outpaint",
        _out(10, 10),
    ),
    (
        "sv",
        "skippa den, gör fyra tagningar av ett 45 sekunders synthpopstycke",
        180,
        "t2a",
        {"duration": 45, "takes": 4},
    ),
    # ---------------------------------------------------------------- sw (4)
    (
        "sw",
        "nitengenezee wimbo wa bongo flava wa dakika mbili",
        None,
        "t2a",
        {"duration": 120},
    ),
    ("sw", "rudia sekunde 20 za mwisho", 150, "audio_inpaint", _win(130, 150)),
    ("sw", "nipe kwa mp3", 150, "process_track", {"output_format": "mp3"}),
    (
        "sw",
        "Tunga wimbo wa taarab kwa maneno haya:\n" + L_SW,
        None,
        "t2a",
        {"lyrics": L_SW, "vocal_language": "sw"},
    ),
    # ---------------------------------------------------------------- ta (4)
    (
        "ta",
        "வீணை இசையில் ஒரு அமைதியான பாடல், குரல் வேண்டாம், 2 நிமிடம்",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "ta",
        "0:30 முதல் 0:45 வரை திரும்ப உருவாக்கு",
        200,
        "audio_inpaint",
        _win(30, 45),
    ),
    ("ta", "கடைசி 3 வினாடியை வெட்டிடு", 200, "process_track", {"trim_end_s": 3}),
    ("ta", "இதை Instagram-ல போஸ்ட் பண்ணிடு", 200, "ask", {}),
    # ---------------------------------------------------------------- te (4)
    (
        "te",
        "ఈ లిరిక్స్ తో ఒక మెలోడీ పాట చేయి:\n" + L_TE,
        None,
        "t2a",
        {"lyrics": L_TE, "vocal_language": "te"},
    ),
    (
        "te",
        "కొత్త పాట కావాలి: ఫ్లూట్ తో ఇన్‌స్ట్రుమెంటల్, 5 నిమిషాలు",
        180,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["flute"]},
    ),
    ("te", "wav లో ఎక్స్‌పోర్ట్ చేయి", 180, "process_track", {"output_format": "wav"}),
    ("te", "దీన్ని 4 నిమిషాలు చేయి", 180, "audio_outpaint", _out(0, 60)),
    # ---------------------------------------------------------------- th (4)
    ("th", "ทำเพลงลูกทุ่งให้หน่อย ยาว 2 นาที", None, "t2a", {"duration": 120}),
    (
        "th",
        "ช่วง 1:00 ถึง 1:10 ทำใหม่ให้หน่อย",
        160,
        "audio_inpaint",
        _win(60, 70),
    ),
    ("th", "ทำให้วนลูปได้แบบไม่สะดุด", 160, "process_track", {"loop": True}),
    (
        "th",
        "ขอเพลงใหม่อีกเพลง เป็นเพลงร็อคไม่มีเนื้อร้อง 90 วินาที",
        160,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["rock"]},
    ),
    # ---------------------------------------------------------------- tl (4)
    (
        "tl",
        "gawa ka ng OPM love song na acoustic, 3 minutes, gamit itong lyrics:\n" + L_TL,
        None,
        "t2a",
        {"duration": 180, "lyrics": L_TL, "vocal_language": "tl"},
    ),
    (
        "tl",
        "paki-ulit yung part from 2:00 hanggang 2:15",
        200,
        "audio_inpaint",
        _win(120, 135),
    ),
    (
        "tl",
        "pa-convert sa mp3, 192 kbps",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192},
    ),
    ("tl", "dagdagan mo ng 10 seconds sa simula", 200, "audio_outpaint", _out(10, 0)),
    # ---------------------------------------------------------------- tr (5)
    (
        "tr",
        "bağlama ağırlıklı bir türkü havası yap, sözsüz, 2 dakika",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("tr", "son 10 saniyeyi yeniden oluştur", 180, "audio_inpaint", _win(170, 180)),
    (
        "tr",
        "baştaki 5 saniyeyi kes, wav olarak ver",
        180,
        "process_track",
        {"trim_start_s": 5, "output_format": "wav"},
    ),
    ("tr", "3 dakikaya uzat", 130, "audio_outpaint", _out(0, 50)),
    ("tr", "nakarat kısmını değiştir", 180, "ask", {}),
    # ---------------------------------------------------------------- uk (5)
    (
        "uk",
        "Зроби пісню в стилі інді-рок на цей текст:\n" + L_UK,
        None,
        "t2a",
        {"lyrics": L_UK, "tags_has": ["rock"], "vocal_language": "uk"},
    ),
    ("uk", "перероби шматок з 0:15 до 0:30", 190, "audio_inpaint", _win(15, 30)),
    ("uk", "зроби гучність -14 LUFS", 190, "process_track", {"loudness_lufs": -14}),
    ("uk", "додай 20 секунд на початку", 190, "audio_outpaint", _out(20, 0)),
    (
        "uk",
        "дай два варіанти інструментального треку на бандурі, на хвилину",
        None,
        "t2a",
        {"duration": 60, "takes": 2, "lyrics": INST},
    ),
    # ---------------------------------------------------------------- ur (4)
    (
        "ur",
        "ایک قوالی بناؤ، ہارمونیم اور طبلے کے ساتھ، تین منٹ کی",
        None,
        "t2a",
        {"duration": 180},
    ),
    (
        "ur",
        "1:30 سے 1:45 تک کا حصہ دوبارہ بناؤ",
        180,
        "audio_inpaint",
        _win(90, 105),
    ),
    ("ur", "اسے mp3 میں کر دو", 180, "process_track", {"output_format": "mp3"}),
    ("ur", "اس کی رفتار تھوڑی کم کر دو", 180, "ask", {}),
    # ---------------------------------------------------------------- vi (5)
    (
        "vi",
        "làm cho mình một bản nhạc lofi không lời, 2 phút",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("vi", "làm lại đoạn từ 0:45 đến 1:00", 180, "audio_inpaint", _win(45, 60)),
    ("vi", "xuất ra file flac giùm", 180, "process_track", {"output_format": "flac"}),
    ("vi", "kéo dài thêm 30 giây ở cuối", 180, "audio_outpaint", _out(0, 30)),
    (
        "vi",
        "Phổ nhạc bài này theo kiểu ballad:\n" + L_VI,
        None,
        "t2a",
        {"lyrics": L_VI, "tags_has": ["ballad"], "vocal_language": "vi"},
    ),
    # ---------------------------------------------------------------- yue (4)
    (
        "yue",
        "幫我整首廣東歌，抒情啲，用呢段歌詞：\n" + L_YUE,
        None,
        "t2a",
        {"lyrics": L_YUE, "vocal_language": "yue"},
    ),
    ("yue", "最尾嗰15秒重新整過", 180, "audio_inpaint", _win(165, 180)),
    (
        "yue",
        "轉做mp3，320k",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    ("yue", "拉長去3分鐘", 120, "audio_outpaint", _out(0, 60)),
]
