"""Blind held-out router set 38.

Theme: an even, everyday mix as a held-out evaluator writes it: each row a different person
(student, parent, DJ, video editor, church choir leader, game dev, teacher, shop owner, wedding
planner...), asking what they actually need in their own words, at the length they would type;
all five intents, with realistic details (what it is for, a mood, a reference), and realistic
mistakes (a typo, a missing accent) in a few.

Counts: 300 rows: 11 in each of the 12 BIG12 languages (132), 168 over the 38 others
(4 each, a 5th for 16 of them).

Labels written by hand, never run by the writer.
"""

from __future__ import annotations

from typing import Any

INST = "[inst]"
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _out(before: float, after: float) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after}


def _win(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


_L_EN = (
    "[Verse]\nLift your eyes, the morning's here\nEvery burden, every fear\n"
    "[Chorus]\nWe will sing, we will rise\nLight is breaking through the skies"
)
_L_DE = (
    "[Strophe]\nWir waren klein, jetzt sind wir groß\nund morgen geht die Schule los\n"
    "[Refrain]\nTschüss Kita, tschüss, wir winken dir\nein Stück von uns bleibt immer hier"
)
_L_ES = (
    "Abuela linda, hoy es tu día\nbailamos todos con alegría\n"
    "ochenta años y sigues brillando\ntoda la familia te está cantando"
)
_L_FR = (
    "On a grandi dans ces couloirs\nDes fous rires jusqu'au soir\nLe brevet on l'a eu\nEt maintenant on se dit salut"
)
_L_IT = (
    "[Strofa]\nNonno mi racconta di quando era bambino\nnonna prepara il sugo la domenica mattino\n"
    "[Ritornello]\nGrazie nonni, siete il nostro sole\nvi vogliamo bene più di mille parole"
)
_L_PT = "Faz um ano que eu te vi\nno barzinho ali da esquina\nDesde então eu não dormi\nsó pensando em você, menina"
_L_RU = "Мама, милая, родная,\nты у нас одна такая,\nс днём рождения тебя,\nобнимает вся семья"
_L_ZH = "月照西楼人未还\n一壶清酒对青山\n风吹落花随流水\n此情只待梦中看"
_L_JA = "[Verse]\n放課後の屋上で 君と見た夕焼け\n[Chorus]\nずっと忘れない あの夏の約束"
_L_KO = "주님의 사랑 나를 감싸네\n어두운 밤도 두렵지 않네\n내 모든 날에 함께하시니\n감사의 노래 부르리"
_L_AR = "نغسل أيدينا كل صباح\nبالماء والصابون نرتاح\nنظافتنا سر صحتنا\nنغني معاً بفرح ومراح"
_L_HI = "हे प्रभु तुम ही हो सहारा\nतुम बिन कौन हमारा\nदीन दुखी के तुम रखवाले\nभव से पार उतारा"
_L_PL = "Hej, dziewczyno z Mazur,\ntańczysz jak nikt inny,\ndziś cała wieś się bawi,\na ja jestem niewinny"
_L_UK = "Нова радість стала,\nяк зоря засяла,\nнад вертепом звізда ясна\nсвітлом засіяла"
_L_RO = "Frate drag, azi e ziua ta,\ntoată lumea va dansa,\nmireasa e ca o floare,\nnunta asta e cea mai mare"
_L_HE = "סביבון סוב סוב סוב\nחנוכה הוא חג טוב\nנדליק נרות בחלון\nונשיר עד האחרון"
_L_HR = "Moja mala s Korčule,\noči su ti ka more,\nkad te vidin na rivi,\nsrce mi se razigra"
_L_HT = "Bondye bon, Bondye gran,\nLi kenbe nou chak jou,\nnan tout tan, nan tout peyi,\nn ap chante lwanj pou Li"
_L_LA = "Pater noster, qui es in caelis,\nsanctificetur nomen tuum"
_L_UR = "مہندی کی رات آئی ہے\nخوشیوں کی بات آئی ہے\nگڑیا ہماری دلہن بنی\nساری برات آئی ہے"
_L_YUE = "夜晚嘅維港好靚\n燈光照住你個樣\n講唔出口嘅說話\n留返喺心入面唱"

R38: list[tuple[Any, ...]] = [
    # ---------------- en ----------------
    (
        "en",
        "can you make me a jazz piano thing for the bakery, warm, morning vibe, 3 minutes, instrumental and no drums pls",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["jazz", "piano"], "tags_lacks": ["drums"]},
    ),
    (
        "en",
        "For Sunday's choir rehearsal, could you make a gospel version of these words, around 90 seconds:\n" + _L_EN,
        None,
        "t2a",
        {"duration": 90, "lyrics": _L_EN, "tags_has": ["gospel"], "vocal_language": "en"},
    ),
    (
        "en",
        "ok this one's not working for the boss fight. start fresh: aggressive orchestral battle music, big drums, 4 minutes, no vocals, and give me 2 takes",
        150,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["orchestral"], "takes": 2},
    ),
    (
        "en",
        "hey so I need a chill study beat for my revision playlist, no vocals, like 2 min",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "en",
        "the part between 0:42 and 0:50 has a weird glitchy cymbal, can you regenerate just that bit? client review is tomorrow",
        120,
        "audio_inpaint",
        _win(42, 50),
    ),
    (
        "en",
        "redo the last 16 seconds, the outro falls apart and I can't mix out of it",
        224,
        "audio_inpaint",
        _win(208, 224),
    ),
    (
        "en",
        "The bride wants to walk in to this but it's too short. Can you add about 30 seconds more at the end?",
        95,
        "audio_outpaint",
        _out(0, 30),
    ),
    ("en", "make it exactly 2 minutes long by extending the ending", 104, "audio_outpaint", _out(0, 16)),
    (
        "en",
        "export this as an mp3 at 192 kbps so I can email it to my class",
        88,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192},
    ),
    (
        "en",
        "can you fade it out over the last 6 seconds and bring it to -16 LUFS? it's my podcast intro",
        40,
        "process_track",
        {"fade_out_s": 6, "loudness_lufs": -16},
    ),
    ("en", "can you drop it down a whole step? the kids in my class can't hit the high notes", 130, "ask", {}),
    # ---------------- de ----------------
    (
        "de",
        "Ich brauch für unsere Kita-Abschlussfeier ein fröhliches Lied mit Gitarre, so 2 Minuten. Text kommt von mir:\n"
        + _L_DE,
        None,
        "t2a",
        {"duration": 120, "lyrics": _L_DE, "tags_has": ["guitar"], "vocal_language": "de"},
    ),
    (
        "de",
        "Mach mir nen treibenden Techno-Track fürs Fitnessstudio, ohne Gesang, ca. 5 Minuten",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["techno"]},
    ),
    (
        "de",
        "Hintergrundmusik für mein Kochvideo auf YouTube, locker, Akustikgitarre, 45 Sekunden – drei Varianten bitte",
        None,
        "t2a",
        {"duration": 45, "tags_has": ["guitar"], "takes": 3},
    ),
    (
        "de",
        "Kannst du mir ein melancholisches Klavierstück machen, so in Richtung Einaudi? Für die Präsentation meiner Bachelorarbeit, ohne Gesang.",
        None,
        "t2a",
        {"lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "de",
        "Bei 1:05 bis 1:12 knackt irgendwas komisch, kannst du genau die Stelle neu machen?",
        180,
        "audio_inpaint",
        _win(65, 72),
    ),
    (
        "de",
        "Die ersten 12 Sekunden gefallen mir nicht, das Intro bitte neu generieren",
        150,
        "audio_inpaint",
        _win(0, 12),
    ),
    ("de", "Häng vorne noch ein ruhiges Intro von etwa 15 Sekunden dran", 160, "audio_outpaint", _out(15, 0)),
    (
        "de",
        "Das Stück ist 2:20 lang, ich brauch aber 3 Minuten für die Diashow zur Silberhochzeit. Bitte hinten verlängern.",
        140,
        "audio_outpaint",
        _out(0, 40),
    ),
    (
        "de",
        "Bitte als WAV exportieren und auf -14 LUFS bringen, geht an den Lokalsender",
        200,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    (
        "de",
        "Schneid bitte die ersten 3 Sekunden Stille weg und mach am Ende ein Fade-out von 5 Sekunden",
        123,
        "process_track",
        {"trim_start_s": 3, "fade_out_s": 5},
    ),
    ("de", "Kannst du den Gesang rausnehmen? Ich brauch nur das Playback für meinen Chor", 190, "ask", {}),
    # ---------------- es ----------------
    (
        "es",
        "Hola! Soy profe de primaria y necesito una canción para enseñar los colores, alegre, con ukelele, de minuto y medio más o menos",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["ukulele"]},
    ),
    (
        "es",
        "necesito un reggaeton para la entrada de una quinceañera, 3 minutos, que suene fuerte",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["reggaeton"]},
    ),
    (
        "es",
        "haz una cumbia con esta letra, es para el cumple de mi abuela:\n" + _L_ES,
        None,
        "t2a",
        {"lyrics": _L_ES, "tags_has": ["cumbia"], "vocal_language": "es"},
    ),
    (
        "es",
        "Quiero dos versiones de un tema de flamenco instrumental para un anuncio de mi tienda de vinos, de 30 segundos",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST, "tags_has": ["flamenco"], "takes": 2},
    ),
    ("es", "del segundo 50 al 58 la voz se desafina, lo puedes rehacer?", 150, "audio_inpaint", _win(50, 58)),
    ("es", "rehaz los ultimos 20 segundos porfa, el final queda cortado", 175, "audio_inpaint", _win(155, 175)),
    ("es", "alargala 1 minuto mas por el final", 120, "audio_outpaint", _out(0, 60)),
    ("es", "ponle una intro de 8 segundos antes de que entre la batería", 130, "audio_outpaint", _out(8, 0)),
    ("es", "pásamelo en flac, que es para archivarlo", 210, "process_track", {"output_format": "flac"}),
    (
        "es",
        "necesito que se repita en bucle sin que se note el corte, es para la sala de espera de la clínica",
        60,
        "process_track",
        {"loop": True},
    ),
    ("es", "súbele el tempo un poco, está muy lenta para mi clase de zumba", 150, "ask", {}),
    # ---------------- fr ----------------
    (
        "fr",
        "Je suis animatrice en EHPAD, tu pourrais me faire une petite valse à l'accordéon pour l'après-midi dansant ? Pas de chant, 3 min",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["accordion"]},
    ),
    (
        "fr",
        "Un morceau de rap pour la vidéo de fin d'année de ma classe de 3e, avec ces paroles :\n" + _L_FR,
        None,
        "t2a",
        {"lyrics": _L_FR, "tags_has": ["rap"], "vocal_language": "fr"},
    ),
    (
        "fr",
        "laisse tomber celui-là. Fais-moi plutôt une ambiance électro sombre pour mon jeu vidéo, genre niveau dans les égouts, 2 minutes",
        90,
        "t2a",
        {"duration": 120},
    ),
    (
        "fr",
        "4 prises d'une intro jazz manouche de 20 secondes pour mon podcast",
        None,
        "t2a",
        {"duration": 20, "tags_has": ["jazz"], "takes": 4},
    ),
    (
        "fr",
        "entre 2:10 et 2:25 y a un truc qui cloche dans la basse, refais juste ce passage",
        240,
        "audio_inpaint",
        _win(130, 145),
    ),
    ("fr", "Refais les 5 dernières secondes, ça finit trop brutalement", 62, "audio_inpaint", _win(57, 62)),
    ("fr", "Rallonge-le de 45 secondes à la fin, stp", 150, "audio_outpaint", _out(0, 45)),
    ("fr", "tu peux ajouter 10 s au début et 10 s à la fin ?", 100, "audio_outpaint", _out(10, 10)),
    (
        "fr",
        "mets un fondu d'entrée de 2 secondes et exporte en mp3",
        95,
        "process_track",
        {"fade_in_s": 2, "output_format": "mp3"},
    ),
    ("fr", "coupe les 4 dernieres secondes, il y a du bruit", 180, "process_track", {"trim_end_s": 4}),
    ("fr", "Tu peux le mettre en ligne directement sur ma chaîne YouTube ?", 120, "ask", {}),
    # ---------------- it ----------------
    (
        "it",
        "Ciao! Organizzo matrimoni, mi serve un brano per il lancio del bouquet, tipo swing anni '50, allegro, un minuto",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["swing"]},
    ),
    (
        "it",
        "fammi una ninna nanna dolce per mio figlio, solo pianoforte e carillon, senza voce, 3 minuti",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "it",
        "Canzone pop per la festa dei nonni a scuola, con queste parole:\n" + _L_IT,
        None,
        "t2a",
        {"lyrics": _L_IT, "tags_has": ["pop"], "vocal_language": "it"},
    ),
    (
        "it",
        "Alleno una squadra di pallavolo, mi faresti un pezzo rock energico per il riscaldamento? 3 versioni, 2 minuti",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["rock"], "takes": 3},
    ),
    ("it", "rifai dal secondo 30 al secondo 40, la chitarra stona", 150, "audio_inpaint", _win(30, 40)),
    ("it", "gli ultimi 15 secondi non mi convincono, rigenerali", 135, "audio_inpaint", _win(120, 135)),
    ("it", "allungalo fino a 4 minuti aggiungendo in coda", 200, "audio_outpaint", _out(0, 40)),
    ("it", "aggiungi un'introduzione di 20 secondi all'inizio", 110, "audio_outpaint", _out(20, 0)),
    (
        "it",
        "Esportalo in ogg a 128 kbps per il sito",
        75,
        "process_track",
        {"output_format": "ogg", "bitrate_kbps": 128},
    ),
    ("it", "Fai in modo che giri in loop senza stacchi, è per il menu del gioco", 48, "process_track", {"loop": True}),
    ("it", "mi fai il mastering con un po' di EQ sui bassi?", 170, "ask", {}),
    # ---------------- pt ----------------
    (
        "pt",
        "Oi, tenho uma loja de surf e queria uma musiquinha de bossa nova pra tocar de fundo, sem voz, uns 4 minutos",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["bossa nova"]},
    ),
    (
        "pt",
        "faz um sertanejo pro aniversário de namoro, 2 min e meio, a letra é essa:\n" + _L_PT,
        None,
        "t2a",
        {"duration": 150, "lyrics": _L_PT, "tags_has": ["sertanejo"], "vocal_language": "pt"},
    ),
    (
        "pt",
        "preciso de um funk pra um vídeo do tiktok da minha academia, 15 segundos, bem pesado",
        None,
        "t2a",
        {"duration": 15, "tags_has": ["funk"]},
    ),
    (
        "pt",
        "esse não serviu. Faz outro do zero: um samba animado pra abertura do bloco, 3 minutos",
        180,
        "t2a",
        {"duration": 180, "tags_has": ["samba"]},
    ),
    ("pt", "refaz o trecho de 1:30 a 1:45 que o vocal ficou estranho", 200, "audio_inpaint", _win(90, 105)),
    ("pt", "regera os primeiros 10 segundos, a introdução tá muito abafada", 160, "audio_inpaint", _win(0, 10)),
    ("pt", "estica mais 30 segundinhos no final", 90, "audio_outpaint", _out(0, 30)),
    (
        "pt",
        "Quero que a música tenha 5 minutos, ela tem 3:30 agora. Aumenta no final.",
        210,
        "audio_outpaint",
        _out(0, 90),
    ),
    (
        "pt",
        "converte pra wav e normaliza em -14 LUFS, vou subir no spotify depois",
        190,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    (
        "pt",
        "tira os 2 primeiros segundos de silêncio e põe um fade out de 4s",
        125,
        "process_track",
        {"trim_start_s": 2, "fade_out_s": 4},
    ),
    ("pt", "sobe meio tom que a cantora do coral não alcança", 150, "ask", {}),
    # ---------------- ru ----------------
    (
        "ru",
        "Привет! Веду канал про путешествия, нужна лёгкая инди-музыка для влога про Грузию, минуты на полторы, без вокала",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["indie"]},
    ),
    (
        "ru",
        "Сделай песню на день рождения мамы в стиле шансон, вот текст:\n" + _L_RU,
        None,
        "t2a",
        {"lyrics": _L_RU, "tags_has": ["chanson"], "vocal_language": "ru"},
    ),
    (
        "ru",
        "нужна музыка для квест-комнаты в стиле хоррор, мрачный эмбиент, 6 минут",
        None,
        "t2a",
        {"duration": 360, "tags_has": ["ambient"]},
    ),
    (
        "ru",
        "сделай 2 варианта короткой заставки для школьного радио, 20 сек, бодро, с гитарой",
        None,
        "t2a",
        {"duration": 20, "tags_has": ["guitar"], "takes": 2},
    ),
    ("ru", "с 0:55 по 1:05 перегенерируй, там барабаны сбиваются", 170, "audio_inpaint", _win(55, 65)),
    ("ru", "переделай последние 30 секунд", 215, "audio_inpaint", _win(185, 215)),
    ("ru", "добавь ещё минуту в конце", 120, "audio_outpaint", _out(0, 60)),
    ("ru", "вступление коротковато — добавь 12 секунд в начало", 140, "audio_outpaint", _out(12, 0)),
    ("ru", "сохрани в mp3 320", 230, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    (
        "ru",
        "сделай плавное затухание в конце на 8 секунд и плавное начало на 3",
        180,
        "process_track",
        {"fade_out_s": 8, "fade_in_s": 3},
    ),
    ("ru", "Замедли немного, для нашего танца слишком быстро", 150, "ask", {}),
    # ---------------- zh ----------------
    (
        "zh",
        "我是开健身房的，想要一首动感的电子舞曲当背景音乐，不要人声，3分钟左右",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST},
    ),
    (
        "zh",
        "帮我写首古风歌曲，用古筝和笛子，歌词如下：\n" + _L_ZH,
        None,
        "t2a",
        {"lyrics": _L_ZH, "vocal_language": "zh"},
    ),
    (
        "zh",
        "女儿幼儿园毕业典礼要用，做一首温馨的儿歌，钢琴伴奏，一分钟",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["piano"]},
    ),
    (
        "zh",
        "给我的独立游戏做一段8-bit风格的关卡音乐，纯音乐，两分钟，来三个版本",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "takes": 3},
    ),
    ("zh", "1分20秒到1分30秒那段重新生成一下，有杂音", 200, "audio_inpaint", _win(80, 90)),
    ("zh", "最后8秒重做", 96, "audio_inpaint", _win(88, 96)),
    ("zh", "在结尾再加20秒", 150, "audio_outpaint", _out(0, 20)),
    ("zh", "这首太短了，婚礼上要三分钟的，往后延长", 135, "audio_outpaint", _out(0, 45)),
    ("zh", "导出成flac格式", 180, "process_track", {"output_format": "flac"}),
    ("zh", "响度调到-14 LUFS，结尾淡出5秒", 210, "process_track", {"loudness_lufs": -14, "fade_out_s": 5}),
    ("zh", "给我做三首不同风格的：一首摇滚、一首爵士、一首民谣", None, "ask", {}),
    # ---------------- ja ----------------
    (
        "ja",
        "カフェを経営してます。雨の日に流す、しっとりしたジャズピアノを5分くらいでお願いします。ボーカルなしで。",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["jazz", "piano"]},
    ),
    (
        "ja",
        "文化祭のクラス劇で使うBGM、ちょっと切ない感じのアコギで1分半",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["guitar"]},
    ),
    (
        "ja",
        "この歌詞でJ-POPっぽい曲作って！\n" + _L_JA,
        None,
        "t2a",
        {"lyrics": _L_JA, "tags_has": ["pop"], "vocal_language": "ja"},
    ),
    (
        "ja",
        "これは置いといて、新しく和風のゲーム用BGMを作って。尺八と太鼓で2分、インストで",
        120,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("ja", "0:32〜0:40のところ、ドラムがずれてるので作り直してください", 180, "audio_inpaint", _win(32, 40)),
    ("ja", "最後の10秒だけ再生成して", 145, "audio_inpaint", _win(135, 145)),
    ("ja", "後ろに30秒足して", 60, "audio_outpaint", _out(0, 30)),
    ("ja", "頭に5秒のイントロを付けたい", 100, "audio_outpaint", _out(5, 0)),
    ("ja", "mp3の256kbpsで書き出してください", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("ja", "ループ素材にしたいので、つなぎ目がわからないようにして", 32, "process_track", {"loop": True}),
    ("ja", "キーを2つ下げられますか？合唱部の子たちが歌いやすいように", 150, "ask", {}),
    # ---------------- ko ----------------
    (
        "ko",
        "유튜브 브이로그 인트로용으로 밝은 시티팝 15초짜리 만들어 주세요",
        None,
        "t2a",
        {"duration": 15, "tags_has": ["pop"]},
    ),
    (
        "ko",
        "교회 성가대 특송으로 쓸 잔잔한 찬양곡 부탁드려요. 가사는:\n" + _L_KO,
        None,
        "t2a",
        {"lyrics": _L_KO, "vocal_language": "ko"},
    ),
    ("ko", "힙합 비트 3개 뽑아줘, 보컬 없이, 각각 2분", None, "t2a", {"duration": 120, "lyrics": INST, "takes": 3}),
    (
        "ko",
        "잠잘 때 틀어놓을 빗소리 느낌 앰비언트 음악, 10분짜리",
        None,
        "t2a",
        {"duration": 600, "tags_has": ["ambient"]},
    ),
    ("ko", "1분 10초부터 1분 18초까지 다시 만들어줘", 190, "audio_inpaint", _win(70, 78)),
    ("ko", "처음 6초 다시 생성해 주세요, 시작이 너무 갑자기 나와요", 120, "audio_inpaint", _win(0, 6)),
    ("ko", "끝에 40초 더 늘려줘", 140, "audio_outpaint", _out(0, 40)),
    ("ko", "앞에 10초, 뒤에 20초 추가해주세요", 100, "audio_outpaint", _out(10, 20)),
    ("ko", "wav로 바꿔주세요", 180, "process_track", {"output_format": "wav"}),
    ("ko", "마지막 3초 잘라내고 페이드아웃 4초 넣어줘", 150, "process_track", {"trim_end_s": 3, "fade_out_s": 4}),
    ("ko", "후렴 부분만 다시 만들어줘", None, "ask", {}),
    # ---------------- ar ----------------
    (
        "ar",
        "أنا منظمة حفلات زفاف، أحتاج موسيقى هادئة بالعود لدخول العروس، بدون غناء، مدتها دقيقتان",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["oud"]},
    ),
    (
        "ar",
        "اعمل لي نشيد للأطفال عن النظافة، مدته دقيقة، بهذه الكلمات:\n" + _L_AR,
        None,
        "t2a",
        {"duration": 60, "lyrics": _L_AR, "vocal_language": "ar"},
    ),
    (
        "ar",
        "بدي موسيقى خلفية لفيديو عن رمضان، فيها قانون وناي، 45 ثانية، نسختين",
        None,
        "t2a",
        {"duration": 45, "takes": 2},
    ),
    (
        "ar",
        "عندي مطعم وأريد موسيقى جاز خفيفة للمساء، بدون صوت، حوالي أربع دقائق",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    ("ar", "أعد توليد الجزء من الثانية 20 إلى الثانية 35", 150, "audio_inpaint", _win(20, 35)),
    ("ar", "آخر 12 ثانية مش حلوة، أعد عملها", 132, "audio_inpaint", _win(120, 132)),
    ("ar", "زيد عليها 30 ثانية في الآخر", 90, "audio_outpaint", _out(0, 30)),
    ("ar", "أضف مقدمة مدتها 10 ثوانٍ في البداية", 160, "audio_outpaint", _out(10, 0)),
    ("ar", "صدّرها بصيغة mp3 لو سمحت", 120, "process_track", {"output_format": "mp3"}),
    (
        "ar",
        "اجعل مستوى الصوت -16 LUFS وأضف ظهور تدريجي في البداية لمدة ثانيتين",
        200,
        "process_track",
        {"loudness_lufs": -16, "fade_in_s": 2},
    ),
    ("ar", "سرّع الأغنية شوية، بطيئة على الدبكة", 180, "ask", {}),
    # ---------------- hi ----------------
    (
        "hi",
        "मेरी बहन की शादी के संगीत के लिए एक मस्त बॉलीवुड डांस गाना बना दो, ढोल वाला, 3 मिनट का",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["bollywood"]},
    ),
    (
        "hi",
        "yaar mere college fest ke liye ek sufi rock type gaana bana do, 2 min ka, bina vocals ke",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["rock"]},
    ),
    (
        "hi",
        "हमारी सत्संग मंडली के लिए इस भजन को हारमोनियम और तबले के साथ बना दीजिए:\n" + _L_HI,
        None,
        "t2a",
        {"lyrics": _L_HI, "vocal_language": "hi"},
    ),
    (
        "hi",
        "मेरी योगा क्लास के लिए शांत बांसुरी संगीत चाहिए, बिना आवाज़ के, 8 मिनट",
        None,
        "t2a",
        {"duration": 480, "lyrics": INST, "tags_has": ["flute"]},
    ),
    ("hi", "0:45 से 1:00 तक का हिस्सा दोबारा बनाओ", 180, "audio_inpaint", _win(45, 60)),
    ("hi", "आखिरी 20 सेकंड फिर से जनरेट करो", 160, "audio_inpaint", _win(140, 160)),
    ("hi", "गाने को अंत में 1 मिनट और लंबा करो", 150, "audio_outpaint", _out(0, 60)),
    ("hi", "शुरुआत में 15 सेकंड का इंट्रो जोड़ दो", 120, "audio_outpaint", _out(15, 0)),
    ("hi", "इसे wav में एक्सपोर्ट कर दो", 200, "process_track", {"output_format": "wav"}),
    (
        "hi",
        "पहले 4 सेकंड काट दो और आखिर में 6 सेकंड का फेड आउट लगाओ",
        175,
        "process_track",
        {"trim_start_s": 4, "fade_out_s": 6},
    ),
    ("hi", "इसमें मेरी आवाज़ की रिकॉर्डिंग मिक्स कर दो", 150, "ask", {}),
    # ---------------- ca ----------------
    (
        "ca",
        "Bon dia! Sóc mestra de música i vull una sardana instrumental d'uns dos minuts per ensenyar als nens a ballar-la",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("ca", "Torna a generar del minut 1:00 al 1:12, la trompeta hi sona malament", 150, "audio_inpaint", _win(60, 72)),
    ("ca", "Allarga-la 20 segons pel final, si us plau", 100, "audio_outpaint", _out(0, 20)),
    ("ca", "Exporta-la en mp3 a 128 kbps", 90, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("ca", "Pots posar-hi més aguts i comprimir-la com si estigués masteritzada?", 180, "ask", {}),
    # ---------------- nl ----------------
    (
        "nl",
        "Ik heb een kleine fietsenwinkel en zoek een vrolijk deuntje voor onze Instagram reels, 30 sec, met fluiten en gitaar, geen zang",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("nl", "kun je van 0:18 tot 0:26 opnieuw doen? daar loopt de bas raar", 140, "audio_inpaint", _win(18, 26)),
    ("nl", "maak er 3 minuten van, gewoon aan het eind erbij", 165, "audio_outpaint", _out(0, 15)),
    (
        "nl",
        "graag een fade in van 3 sec en fade out van 10 sec, het is voor de uitvaart van mijn opa",
        200,
        "process_track",
        {"fade_in_s": 3, "fade_out_s": 10},
    ),
    ("nl", "maak het refrein wat krachtiger", 180, "ask", {}),
    # ---------------- pl ----------------
    (
        "pl",
        "Potrzebuję disco polo na wesele kuzyna, 3 minuty, z tekstem:\n" + _L_PL,
        None,
        "t2a",
        {"duration": 180, "lyrics": _L_PL, "tags_has": ["disco"], "vocal_language": "pl"},
    ),
    ("pl", "przegeneruj ostatnie 25 sekund", 185, "audio_inpaint", _win(160, 185)),
    ("pl", "dodaj na poczatku 8 sekund wstepu", 120, "audio_outpaint", _out(8, 0)),
    ("pl", "zapętl to tak, żeby nie było słychać przejścia, to do gry", 45, "process_track", {"loop": True}),
    ("pl", "wytnij ostatnie 5 sekund", None, "ask", {}),
    # ---------------- tr ----------------
    (
        "tr",
        "Düğün için ney ve kanun olan, duygusal bir enstrümantal parça lazım, 2,5 dakika",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST},
    ),
    ("tr", "1:40 ile 1:52 arasını yeniden oluştur, vokal kayıyor", 210, "audio_inpaint", _win(100, 112)),
    ("tr", "sonuna 45 saniye ekle", 135, "audio_outpaint", _out(0, 45)),
    (
        "tr",
        "flac olarak dışa aktar ve -14 LUFS'a getir",
        190,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -14},
    ),
    ("tr", "bunu biraz yavaşlat, halay için hızlı kaldı", 160, "ask", {}),
    # ---------------- sv ----------------
    (
        "sv",
        "Jag är körledare i en kyrka i Umeå och behöver ett lugnt pianostycke till en minnesstund, ingen sång, runt 4 minuter",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("sv", "gör om de första 15 sekunderna, introt är för rörigt", 170, "audio_inpaint", _win(0, 15)),
    ("sv", "lägg till 30 sek i början och 30 sek i slutet", 120, "audio_outpaint", _out(30, 30)),
    ("sv", "kan du kapa bort de sista 7 sekunderna? det är bara brus", 127, "process_track", {"trim_end_s": 7}),
    ("sv", "Gör fem versioner, en i varje genre: jazz, rock, pop, folk och metal", None, "ask", {}),
    # ---------------- uk ----------------
    (
        "uk",
        "Зроби колядку для шкільного концерту, з такими словами:\n" + _L_UK,
        None,
        "t2a",
        {"lyrics": _L_UK, "vocal_language": "uk"},
    ),
    ("uk", "перегенеруй шматок з 2:00 до 2:15", 220, "audio_inpaint", _win(120, 135)),
    ("uk", "подовж трек до 3 хвилин, додай в кінці", 150, "audio_outpaint", _out(0, 30)),
    ("uk", "експортуй у wav, будь ласка", 100, "process_track", {"output_format": "wav"}),
    ("uk", "прибери барабани з цього треку", 150, "ask", {}),
    # ---------------- id ----------------
    (
        "id",
        "kak bikinin lagu dangdut buat acara 17an di kampung dong, yg seru, 3 menit",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["dangdut"]},
    ),
    ("id", "tolong ulang bagian detik 40 sampe 55 ya, gitarnya fals", 180, "audio_inpaint", _win(40, 55)),
    ("id", "tambahin 1 menit lagi di akhir", 130, "audio_outpaint", _out(0, 60)),
    (
        "id",
        "kasih fade out 5 detik di akhir trus export mp3",
        150,
        "process_track",
        {"fade_out_s": 5, "output_format": "mp3"},
    ),
    ("id", "sekalian upload ke spotify bisa?", 200, "ask", {}),
    # ---------------- vi ----------------
    (
        "vi",
        "Mình làm video du lịch Đà Lạt, cần nhạc nền acoustic nhẹ nhàng, không lời, khoảng 2 phút",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["acoustic"]},
    ),
    ("vi", "lam lai doan tu giay 25 den giay 33 giup minh", 150, "audio_inpaint", _win(25, 33)),
    ("vi", "thêm 15 giây intro ở đầu bài", 140, "audio_outpaint", _out(15, 0)),
    ("vi", "xuất file ogg giúp mình nhé", 80, "process_track", {"output_format": "ogg"}),
    ("vi", "đổi sang giọng Rê thứ được không", 180, "ask", {}),
    # ---------------- cs ----------------
    (
        "cs",
        "Potřebuju na maturitní ples polku, aby se na to dalo tancovat, 3 minuty, dvě verze",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["polka"], "takes": 2},
    ),
    ("cs", "přegeneruj posledních 10 sekund", 64, "audio_inpaint", _win(54, 64)),
    ("cs", "prodluž to o 20 sekund na konci", 100, "audio_outpaint", _out(0, 20)),
    (
        "cs",
        "dej to na -16 LUFS a ulož jako mp3 192",
        200,
        "process_track",
        {"loudness_lufs": -16, "output_format": "mp3", "bitrate_kbps": 192},
    ),
    ("cs", "předělej tu druhou sloku", 180, "ask", {}),
    # ---------------- ro ----------------
    (
        "ro",
        "Vreau o melodie veselă pentru nunta fratelui meu, 3 minute, cu versurile astea:\n" + _L_RO,
        None,
        "t2a",
        {"duration": 180, "lyrics": _L_RO, "vocal_language": "ro"},
    ),
    ("ro", "refă partea de la 0:30 la 0:45, te rog", 190, "audio_inpaint", _win(30, 45)),
    ("ro", "adauga un intro de 10 secunde la inceput", 150, "audio_outpaint", _out(10, 0)),
    (
        "ro",
        "taie primele 2 secunde si pune fade in de o secunda",
        120,
        "process_track",
        {"trim_start_s": 2, "fade_in_s": 1},
    ),
    ("ro", "mixeaz-o cu înregistrarea mea de voce", 180, "ask", {}),
    # ---------------- el ----------------
    (
        "el",
        "Θέλω ένα ζεϊμπέκικο με μπουζούκι για τη γιορτή του παππού μου, 3 λεπτά, χωρίς φωνή",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["bouzouki"]},
    ),
    ("el", "ξαναφτιάξε τα τελευταία 18 δευτερόλεπτα", 198, "audio_inpaint", _win(180, 198)),
    ("el", "πρόσθεσε 25 δευτερόλεπτα στο τέλος", 95, "audio_outpaint", _out(0, 25)),
    ("el", "κάν' το να παίζει σε λούπα χωρίς κενό", 40, "process_track", {"loop": True}),
    ("el", "άλλαξε λίγο το ρεφρέν", 150, "ask", {}),
    # ---------------- he ----------------
    (
        "he",
        "אני גננת וצריכה שיר קצר לחנוכה לילדים, דקה אחת, עם המילים:\n" + _L_HE,
        None,
        "t2a",
        {"duration": 60, "lyrics": _L_HE, "vocal_language": "he"},
    ),
    ("he", "תייצר מחדש את הקטע בין 1:05 ל-1:20", 200, "audio_inpaint", _win(65, 80)),
    ("he", "תאריך את השיר בעוד 40 שניות בסוף", 120, "audio_outpaint", _out(0, 40)),
    ("he", "תייצא ל-mp3 ב-320", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("he", "תאט את הטמפו קצת", 140, "ask", {}),
    # ---------------- da ----------------
    (
        "da",
        "Hej, jeg skal bruge noget hyggelig julemusik til min lille boghandel, instrumentalt, klokker og klaver, 5 minutter",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("da", "lav sekund 12 til 20 om, der er en mærkelig lyd", 90, "audio_inpaint", _win(12, 20)),
    ("da", "forlæng den med 30 sekunder til sidst", 150, "audio_outpaint", _out(0, 30)),
    (
        "da",
        "gem den som wav og normaliser til -14 LUFS",
        200,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("da", "klip omkvædet ud", 180, "ask", {}),
    # ---------------- no ----------------
    (
        "no",
        "Trenger intromusikk til podcasten vår om fotball, 20 sekunder, gjerne rock med el-gitar, tre forslag",
        None,
        "t2a",
        {"duration": 20, "tags_has": ["rock"], "takes": 3},
    ),
    ("no", "generer de første 5 sekundene på nytt", 120, "audio_inpaint", _win(0, 5)),
    ("no", "gjør den 2 minutter lang, legg til på slutten", 95, "audio_outpaint", _out(0, 25)),
    ("no", "legg på en fade-out på 8 sekunder", 180, "process_track", {"fade_out_s": 8}),
    ("no", "forleng den med 30 sekunder", None, "ask", {}),
    # ---------------- fi ----------------
    (
        "fi",
        "Tarvitsen tanssiaisiin valssin, noin 3 minuuttia, soittimina viulu ja harmonikka, ei laulua",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["violin"]},
    ),
    ("fi", "tee uudestaan kohta 2:30–2:40", 230, "audio_inpaint", _win(150, 160)),
    ("fi", "lisää alkuun 12 sekuntia", 140, "audio_outpaint", _out(12, 0)),
    ("fi", "vie se mp3:na 256 kbps", 160, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("fi", "erottele laulu ja säestys omiksi raidoiksi", 200, "ask", {}),
    # ---------------- hu ----------------
    (
        "hu",
        "Szia! Óvónő vagyok, kéne egy vidám gyerekdal az évszakokról, 1 perc, zongorával",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["piano"]},
    ),
    ("hu", "az utolso 8 masodpercet generald ujra", 128, "audio_inpaint", _win(120, 128)),
    ("hu", "toldd meg a végét 35 másodperccel", 145, "audio_outpaint", _out(0, 35)),
    ("hu", "vágd le az elejéről a 3 másodperc csendet", 150, "process_track", {"trim_start_s": 3}),
    ("hu", "transzponáld fel egy egész hanggal", 180, "ask", {}),
    # ---------------- az ----------------
    (
        "az",
        "Toy üçün tar və kamança ilə muğam ruhunda instrumental musiqi lazımdır, 4 dəqiqə",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST},
    ),
    ("az", "0:20-dən 0:35-ə qədər olan hissəni yenidən yarat", 160, "audio_inpaint", _win(20, 35)),
    ("az", "mp3 formatında ixrac et", 120, "process_track", {"output_format": "mp3"}),
    ("az", "bu mahnının tonunu bir az aşağı sal", 150, "ask", {}),
    # ---------------- bg ----------------
    (
        "bg",
        "Направи ми весела детска песничка за рожден ден, с китара, около минута и половина",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["guitar"]},
    ),
    ("bg", "генерирай наново последните 15 секунди", 175, "audio_inpaint", _win(160, 175)),
    ("bg", "удължи я с 30 секунди в края", 120, "audio_outpaint", _out(0, 30)),
    ("bg", "направи няколко версии, всяка в различен стил", None, "ask", {}),
    # ---------------- bn ----------------
    ("bn", "আমার মেয়ের জন্মদিনে একটা মিষ্টি রবীন্দ্রসংগীত ধাঁচের গান বানিয়ে দাও, ২ মিনিট", None, "t2a", {"duration": 120}),
    (
        "bn",
        "আমার ইউটিউব রান্নার চ্যানেলের জন্য ৩০ সেকেন্ডের একটা বাঁশির মিউজিক চাই, কোনো গান ছাড়া",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST, "tags_has": ["flute"]},
    ),
    ("bn", "শেষে ৫ সেকেন্ডের ফেড আউট দাও", 150, "process_track", {"fade_out_s": 5}),
    ("bn", "কোরাস অংশটা আবার বানাও", None, "ask", {}),
    # ---------------- fa ----------------
    (
        "fa",
        "برای کلیپ عروسی خواهرم یه آهنگ شاد با تار و دف می‌خوام، بدون خواننده، دو دقیقه",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("fa", "از ثانیه ۴۰ تا ۵۰ رو دوباره بساز", 180, "audio_inpaint", _win(40, 50)),
    ("fa", "با فرمت wav خروجی بگیر", 200, "process_track", {"output_format": "wav"}),
    ("fa", "سرعتش رو یه کم کمتر کن", 160, "ask", {}),
    # ---------------- hr ----------------
    (
        "hr",
        "Trebam klapsku pjesmu za svadbu, s ovim tekstom:\n" + _L_HR,
        None,
        "t2a",
        {"lyrics": _L_HR, "vocal_language": "hr"},
    ),
    ("hr", "napravi ponovo od 1:15 do 1:25", 190, "audio_inpaint", _win(75, 85)),
    ("hr", "dodaj 20 sekundi uvoda na početak", 130, "audio_outpaint", _out(20, 0)),
    ("hr", "spremi kao mp3 320 kbps", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    # ---------------- ht ----------------
    (
        "ht",
        "Mwen bezwen yon mizik konpa pou fèt manman m, 3 minit, ak gita",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["guitar"]},
    ),
    (
        "ht",
        "Fè yon chante pou koral legliz la ak pawòl sa yo:\n" + _L_HT,
        None,
        "t2a",
        {"lyrics": _L_HT, "vocal_language": "ht"},
    ),
    ("ht", "refè dènye 10 segonn yo", 150, "audio_inpaint", _win(140, 150)),
    ("ht", "retire vwa a nan mizik la, mwen vle sèlman enstriman yo", 170, "ask", {}),
    # ---------------- is ----------------
    (
        "is",
        "Mig vantar rólega píanótónlist fyrir jógatíma, engan söng, um 10 mínútur",
        None,
        "t2a",
        {"duration": 600, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("is", "búðu til aftur fyrstu 10 sekúndurnar", 130, "audio_inpaint", _win(0, 10)),
    ("is", "vistaðu sem flac", 150, "process_track", {"output_format": "flac"}),
    ("is", "geturðu breytt tóntegundinni í G-dúr?", 180, "ask", {}),
    # ---------------- la ----------------
    (
        "la",
        "Cantum gregorianum fac pro choro nostro, his verbis:\n" + _L_LA,
        None,
        "t2a",
        {"lyrics": _L_LA, "vocal_language": "la"},
    ),
    (
        "la",
        "Musicam sine voce fac, citharis et tibiis, quae duo minuta duret, ad ludum meum",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("la", "Partem inter secundum 30 et secundum 40 denuo fac", 150, "audio_inpaint", _win(30, 40)),
    ("la", "Transpone hunc cantum in tonum graviorem", 120, "ask", {}),
    # ---------------- lt ----------------
    (
        "lt",
        "Reikia linksmos muzikos su akordeonu kaimo šventei, be vokalo, 3 minutės",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["accordion"]},
    ),
    ("lt", "pergeneruok paskutines 20 sekundziu", 200, "audio_inpaint", _win(180, 200)),
    ("lt", "padaryk 6 sekundžių fade out pabaigoje", 140, "process_track", {"fade_out_s": 6}),
    ("lt", "įkelk į mano YouTube kanalą", 150, "ask", {}),
    # ---------------- ms ----------------
    (
        "ms",
        "Saya nak lagu raya yang ceria untuk kedai kek saya, 1 minit, ada bunyi kompang",
        None,
        "t2a",
        {"duration": 60},
    ),
    ("ms", "tolong jana semula bahagian 0:50 hingga 1:00", 150, "audio_inpaint", _win(50, 60)),
    ("ms", "panjangkan 30 saat lagi di hujung", 90, "audio_outpaint", _out(0, 30)),
    ("ms", "eksport dalam format wav", 120, "process_track", {"output_format": "wav"}),
    # ---------------- ne ----------------
    ("ne", "दशैंको लागि मादल र बाँसुरी भएको रमाइलो लोकगीत बनाइदिनुस्, २ मिनेटको", None, "t2a", {"duration": 120}),
    (
        "ne",
        "मेरो क्याफेको लागि शान्त गिटार संगीत चाहियो, गायन बिना, ४ मिनेट",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("ne", "mp3 मा निर्यात गर्नुहोस्", 150, "process_track", {"output_format": "mp3"}),
    ("ne", "गीतको सुर अलिकति तल झार्नुहोस्", 180, "ask", {}),
    # ---------------- pa ----------------
    (
        "pa",
        "ਮੇਰੇ ਵੀਰ ਦੇ ਵਿਆਹ ਲਈ ਢੋਲ ਵਾਲਾ ਭੰਗੜਾ ਗੀਤ ਬਣਾ ਦਿਓ, 3 ਮਿੰਟ ਦਾ",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["bhangra"]},
    ),
    ("pa", "1:00 ਤੋਂ 1:10 ਵਾਲਾ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾਓ", 200, "audio_inpaint", _win(60, 70)),
    ("pa", "ਅਖੀਰ ਵਿੱਚ 4 ਸਕਿੰਟ ਦਾ ਫੇਡ ਆਊਟ ਪਾ ਦਿਓ", 180, "process_track", {"fade_out_s": 4}),
    ("pa", "ਇਹਦੇ ਵਿੱਚੋਂ ਆਵਾਜ਼ ਕੱਢ ਦਿਓ, ਸਿਰਫ਼ ਸੰਗੀਤ ਚਾਹੀਦਾ", 190, "ask", {}),
    # ---------------- sa ----------------
    ("sa", "वीणावादनेन शान्तं सङ्गीतं रचय, गानं विना, पञ्च निमेषाः", None, "t2a", {"duration": 300, "lyrics": INST}),
    ("sa", "अन्तिमान् दश क्षणान् पुनः रचय", 120, "audio_inpaint", _win(110, 120)),
    ("sa", "mp3 रूपेण रक्ष", 150, "process_track", {"output_format": "mp3"}),
    ("sa", "अस्य गीतस्य वेगं वर्धय", 140, "ask", {}),
    # ---------------- sk ----------------
    (
        "sk",
        "Potrebujem na svadbu ľudovku s heligónkou, 3 minúty, bez spevu",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST},
    ),
    ("sk", "prerob úsek od 0:40 do 0:52", 160, "audio_inpaint", _win(40, 52)),
    ("sk", "predĺž to o pol minúty na konci", 120, "audio_outpaint", _out(0, 30)),
    (
        "sk",
        "ulož to ako wav a daj tam fade in 2 sekundy",
        150,
        "process_track",
        {"output_format": "wav", "fade_in_s": 2},
    ),
    # ---------------- sr ----------------
    (
        "sr",
        "Треба ми балкански дувачки оркестар са трубама за славу, 2 минута, без певања",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("sr", "regenerisi poslednjih 12 sekundi", 132, "audio_inpaint", _win(120, 132)),
    ("sr", "исеци прве 3 секунде", 150, "process_track", {"trim_start_s": 3}),
    ("sr", "окачи то на мој Инстаграм", 150, "ask", {}),
    # ---------------- sw ----------------
    ("sw", "Nahitaji wimbo wa bongo flava kwa ajili ya harusi ya dada yangu, dakika 3", None, "t2a", {"duration": 180}),
    ("sw", "tengeneza upya sekunde 20 za mwisho", 180, "audio_inpaint", _win(160, 180)),
    ("sw", "hamisha kwa mp3 ya 192 kbps", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("sw", "ongeza kasi ya wimbo huu", 150, "ask", {}),
    # ---------------- ta ----------------
    (
        "ta",
        "என் பரதநாட்டிய வகுப்புக்கு வீணை மற்றும் மிருதங்கம் கொண்ட இசை வேண்டும், பாடல் இல்லாமல், 4 நிமிடம்",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST},
    ),
    ("ta", "1:20 முதல் 1:30 வரை மீண்டும் உருவாக்கு", 180, "audio_inpaint", _win(80, 90)),
    ("ta", "இதை wav ஆக ஏற்றுமதி செய்", 150, "process_track", {"output_format": "wav"}),
    ("ta", "கோரஸை மட்டும் மாற்று", 190, "ask", {}),
    # ---------------- te ----------------
    ("te", "మా కాలేజ్ ఫెస్ట్ కోసం ఒక మాస్ డ్యాన్స్ సాంగ్ చేయండి, 3 నిమిషాలు", None, "t2a", {"duration": 180}),
    ("te", "చివరి 15 సెకన్లు మళ్లీ చేయండి", 165, "audio_inpaint", _win(150, 165)),
    ("te", "చివర్లో మరో 30 సెకన్లు జోడించండి", 150, "audio_outpaint", _out(0, 30)),
    ("te", "మొదటి 10 సెకన్లు మళ్లీ చేయండి", None, "ask", {}),
    # ---------------- th ----------------
    ("th", "อยากได้เพลงลูกทุ่งสนุกๆ สำหรับงานบวชญาติ ยาว 3 นาที", None, "t2a", {"duration": 180}),
    ("th", "ทำใหม่ช่วงวินาทีที่ 30 ถึง 45 หน่อย", 150, "audio_inpaint", _win(30, 45)),
    ("th", "ทำให้เล่นวนลูปได้แบบไม่สะดุด", 60, "process_track", {"loop": True}),
    ("th", "ช่วยแยกเสียงร้องออกให้หน่อย", 200, "ask", {}),
    # ---------------- tl ----------------
    (
        "tl",
        "Pa-gawa naman ng kanta para sa debut ng pamangkin ko, ballad na may piano, 3 minutes",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["piano"]},
    ),
    ("tl", "ulitin mo yung huling 10 seconds", 185, "audio_inpaint", _win(175, 185)),
    (
        "tl",
        "i-export mo as mp3 tapos lagyan ng fade out na 5 seconds",
        180,
        "process_track",
        {"output_format": "mp3", "fade_out_s": 5},
    ),
    ("tl", "gawin mong mas mabagal ng konti yung tempo", 150, "ask", {}),
    # ---------------- ur ----------------
    (
        "ur",
        "میری بہن کی مہندی کے لیے ڈھولکی والا گیت بنا دیں، ان بولوں کے ساتھ:\n" + _L_UR,
        None,
        "t2a",
        {"lyrics": _L_UR, "vocal_language": "ur"},
    ),
    ("ur", "0:35 سے 0:50 تک کا حصہ دوبارہ بنائیں", 170, "audio_inpaint", _win(35, 50)),
    ("ur", "شروع میں 10 سیکنڈ کا انٹرو شامل کریں", 140, "audio_outpaint", _out(10, 0)),
    ("ur", "اسے flac میں محفوظ کریں", 200, "process_track", {"output_format": "flac"}),
    # ---------------- yue ----------------
    (
        "yue",
        "幫我整首廣東歌，抒情搖滾，三分鐘，歌詞係：\n" + _L_YUE,
        None,
        "t2a",
        {"duration": 180, "lyrics": _L_YUE, "tags_has": ["rock"], "vocal_language": "yue"},
    ),
    ("yue", "由1分05秒到1分15秒嗰段重新整過", 190, "audio_inpaint", _win(65, 75)),
    ("yue", "轉做mp3，320kbps", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("yue", "可唔可以降低兩個key", 180, "ask", {}),
]
