"""Eleventh red-team set for the router: requests in all 50 languages, written and labelled blind (before
running them, without reading the router, its tests or the other sets), as users type to an agent: new tracks
(lengths in many forms, vocals or not, the language to sing in, lyric blocks with the language's own section
markers and lyric lines holding times or edit verbs, several takes of the same thing, numbers that are not
lengths: prices, ages, BPM, years), edits of a given track (windows as ranges, a start plus a length, the first
or last N seconds; extensions by an amount or to a total, before, after or both), free edits (format, bitrate,
loudness, trim, fade, loop) and requests that must ask (vague, contradictory, no track for an edit, a range
past the track's end, two songs at once, mixing one instrument, removing the vocals).

Shape: (lang, request, track length or None, wanted tool, arguments the plan must carry). Inpaint windows are
seconds from the start; an outpaint names both sides. Measured by scripts/router_eval_redteam3.py --set 11
(add --fields for the careful agent's fields)."""

from __future__ import annotations

from typing import Any

INST = "[inst]"

# The 12 languages with the higher bar in this set.
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _out(before: float, after: float) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after}


def _win(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


# Lyric blocks (the request carries them verbatim after its first line).
_L_EN = (
    "[Verse]\nmissed the 11:15 again\nrunning late, no coffee, no friends\n"
    "[Chorus]\ncut me some slack, rewind the day\nI'll catch the next one anyway"
)
_L_DE = (
    "[Strophe]\nUm halb zehn am Bahnhof stand ich ganz allein\n"
    "[Refrain]\nLass uns tanzen, die ganze Nacht\nbis um vier, bis der Morgen erwacht"
)
_L_ES = (
    "[Estrofa]\nA las 3:40 me llamaste otra vez\ny yo borré tu número, ya ves\n"
    "[Coro]\nno vuelvas, no, no vuelvas más\nque ya corté por lo sano y sigo en paz"
)
_L_FR = (
    "[Couplet]\nÀ minuit moins le quart j'ai fermé la porte\n"
    "[Refrain]\nrecommence, recommence, efface le début\non refait tout, on n'a rien perdu"
)
_L_HI = "[मुखड़ा]\nसुबह के 7 बजे तेरी याद आई\n[अंतरा]\nकाट दो ये रातें, मिटा दो दूरी\nफिर से शुरू करें कहानी अधूरी"
_L_IT = (
    "[Strofa]\nalle 6 e mezza ti aspettavo al bar\n"
    "[Ritornello]\ntaglia il filo, rifallo da capo\nche stanotte il cuore è scappato"
)
_L_JA = "[Aメロ]\n午前2時のコンビニで君を見た\n[サビ]\n消して 消して 最初からやり直し\nそれでも君が好きなんだ"
_L_KO = "[벌스]\n새벽 세 시, 너의 문자를 지웠어\n[후렴]\n다시 처음부터, 되감기 해줘\n우리 그때로 돌아가"
_L_PT = "[Verso]\nàs 5 da manhã eu saí do teu portão\n[Refrão]\napaga tudo, começa de novo\nmeu coração é bobo, é bobo"
_L_RU = "[Куплет]\nВ 23:40 последний трамвай\n[Припев]\nсотри меня, начни с нуля\nтакая вот судьба моя"
_L_ZH = "[主歌]\n凌晨四点半的街道没有人\n[副歌]\n删掉吧 重来吧 从头再唱一遍\n我们还年轻 还有明天"
_L_AR = "[مقطع]\nالساعة ٣ الفجر وانا صاحي\n[لازمة]\nامسح الماضي وابدأ من جديد\nقلبي معاك مهما يكون بعيد"
_L_AZ = "[Bənd]\nsaat 9-da səni gözlədim\n[Nəqərat]\nsil hər şeyi, yenidən başla\nürəyim yenə səninlə"
_L_CS = "[Sloka]\nv pul osmy rano jsem zas nestih tramvaj\n[Refrén]\nsmaz to, zacni znova\nnic neni ztraceny"
_L_FA = "[بند]\nساعت ۱۲ شب بود که رفتی\n[ترجیع]\nپاک کن همه رو از اول بنویس\nدلم هنوز پیش توئه عزیز"
_L_ID = "[Bait]\njam 10 malam kau pergi tanpa kata\n[Reff]\nhapus semua, ulang dari awal\naku masih di sini menunggu"
_L_NL = (
    "[Couplet]\nom kwart over drie stond jij voor de deur\n"
    "[Refrein]\nspoel het terug, begin opnieuw\nik mis je nog elke dag"
)
_L_PL = (
    "[Zwrotka]\no 22:15 pod blokiem czekam na ciebie\n[Refren]\nwytnij to, zacznij od nowa\nmoja kochana, moja królowa"
)
_L_SV = "[Vers]\nklockan halv sju stod du vid älven\n[Refräng]\nspola tillbaka, börja om\nsommaren kommer aldrig hem"
_L_TR = "[Kıta]\ngece 3'te aradın yine beni\n[Nakarat]\nsil baştan yaz bu hikayeyi\nunutamadım o güzel gözleri"
# Lyrics with no section markers, after a "lyrics:" line.
_L_EN2 = (
    "two dollars in my pocket and a 1999 guitar\nplaying fifteen minutes, baby, and the crowd don't care who we are"
)
_L_HR2 = "ispod prozora u pola dva\npjevam ti pjesmu koju znaš i ti\nponovi, ponovi, ostani tu"

R11: list[tuple[Any, ...]] = [
    # ---- en ----
    (
        "en",
        "yo can u make me a chill lofi beat for studying, like a minute and a half, no vocals pls",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    (
        "en",
        "need 3 takes of a 45s upbeat ukulele jingle for my bakery ad, we sell cupcakes for $4.99",
        None,
        "t2a",
        {"duration": 45, "takes": 3},
    ),
    ("en", "pop punk song about missing the bus, lyrics below\n" + _L_EN, None, "t2a", {"lyrics": _L_EN}),
    (
        "en",
        "synthwave track 2m30s, 100 bpm, with female vocals singing in French",
        None,
        "t2a",
        {"duration": 150, "vocal_language": "fr"},
    ),
    ("en", "country song, 2:05 long, lyrics:\n" + _L_EN2, None, "t2a", {"duration": 125, "lyrics": _L_EN2}),
    (
        "en",
        "the bit from 1:02 to 1:14 where she sings 'see you at 6:30' is glitchy, regenerate just that",
        180,
        "audio_inpaint",
        _win(62, 74),
    ),
    ("en", "redo the last 12 seconds, the ending sounds cut off", 150, "audio_inpaint", _win(138, 150)),
    ("en", "starting at 0:48, rework 20 secs with a drum fill", 200, "audio_inpaint", _win(48, 68)),
    ("en", "tack on a 20 sec outro and a 10 sec intro", 120, "audio_outpaint", _out(10, 20)),
    (
        "en",
        "this is 2:30, i need it to be exactly 3 min for the video, add the extra at the end",
        150,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "en",
        "export as flac and normalize to -14 lufs for spotify",
        180,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -14},
    ),
    ("en", "can you turn the bass down a bit in the chorus", 180, "ask", {}),
    # ---- de ----
    (
        "de",
        "Mach mir nen entspannten Jazz-Track, so zwei Minuten, ohne Gesang",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "de",
        "Geburtstagslied für meine Oma, sie wird 80!! ca. 1 Minute, deutsch gesungen, mit Akkordeon",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "de"},
    ),
    ("de", "Schlager mit diesem Text:\n" + _L_DE, None, "t2a", {"lyrics": _L_DE}),
    (
        "de",
        "Techno, 128 BPM, 3:20 lang, instrumental, gib mir zwei Versionen davon",
        None,
        "t2a",
        {"duration": 200, "lyrics": INST, "takes": 2},
    ),
    ("de", "Bitte Sekunde 95 bis 110 neu machen, da ist die Stimme schief", 210, "audio_inpaint", _win(95, 110)),
    ("de", "die ersten 8 sek klingen komisch, nochmal generieren", 180, "audio_inpaint", _win(0, 8)),
    ("de", "ab 2:05 die nächsten 15 Sekunden ersetzen durch ein Gitarrensolo", 240, "audio_inpaint", _win(125, 140)),
    ("de", "verlänger den Song vorne um 12 Sekunden", 160, "audio_outpaint", _out(12, 0)),
    ("de", "Kannst du hinten noch ne halbe Minute dranhängen?", 100, "audio_outpaint", _out(0, 30)),
    (
        "de",
        "als mp3 mit 192 kbit/s bitte, und am Ende 4 Sekunden ausblenden",
        150,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "fade_out_s": 4},
    ),
    ("de", "Mach den Refrain ab 0:40 nochmal neu", None, "ask", {}),
    # ---- es ----
    (
        "es",
        "hazme una cumbia alegre de minuto y medio pa una fiesta, con voz en español",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "es"},
    ),
    (
        "es",
        "quiero una pista de reggaeton sin bateria, solo bajo y sintes, que dure 3:45",
        None,
        "t2a",
        {"duration": 225, "tags_lacks": ["drums", "bateria"]},
    ),
    ("es", "bolero moderno, letra:\n" + _L_ES, None, "t2a", {"lyrics": _L_ES}),
    (
        "es",
        "necesito 4 versiones de una intro de podcast de 15 segundos, instrumental",
        None,
        "t2a",
        {"duration": 15, "lyrics": INST, "takes": 4},
    ),
    ("es", "cambia del 1:20 al 1:35, ahí quiero un solo de trompeta", 190, "audio_inpaint", _win(80, 95)),
    ("es", "los últimos 20 segundos no me gustan, regeneralos", 150, "audio_inpaint", _win(130, 150)),
    ("es", "rehaz desde el segundo 30 hasta el 45", 200, "audio_inpaint", _win(30, 45)),
    ("es", "regenera 10 s a partir del 3:05", 240, "audio_inpaint", _win(185, 195)),
    ("es", "alargala 30 segundos al final y ponle 5 de intro", 120, "audio_outpaint", _out(5, 30)),
    (
        "es",
        "pasamelo a wav y que haga loop perfecto pa un videojuego",
        180,
        "process_track",
        {"output_format": "wav", "loop": True},
    ),
    ("es", "quítale la voz", 170, "ask", {}),
    # ---- fr ----
    ("fr", "fais moi un morceau electro chill de 2min15, sans voix", None, "t2a", {"duration": 135, "lyrics": INST}),
    (
        "fr",
        "une chanson pour les 30 ans de ma soeur, en français, style pop acoustique, une minute",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "fr"},
    ),
    ("fr", "chanson réaliste, paroles:\n" + _L_FR, None, "t2a", {"lyrics": _L_FR}),
    (
        "fr",
        "3 versions du même jingle de 20 secondes pour ma chaîne, instru",
        None,
        "t2a",
        {"duration": 20, "lyrics": INST, "takes": 3},
    ),
    ("fr", "refais le passage entre 1min10 et 1min25 stp", 180, "audio_inpaint", _win(70, 85)),
    ("fr", "les 15 premières secondes sont nulles, refais-les", 130, "audio_inpaint", _win(0, 15)),
    ("fr", "à partir de 2:40, remplace 12 secondes par un break de batterie", 220, "audio_inpaint", _win(160, 172)),
    ("fr", "rallonge la fin de 45 sec", 90, "audio_outpaint", _out(0, 45)),
    ("fr", "je veux que ça fasse trois minutes au total, rajoute au début", 150, "audio_outpaint", _out(30, 0)),
    (
        "fr",
        "coupe les 3 premières secondes de silence et exporte en mp3",
        200,
        "process_track",
        {"trim_start_s": 3, "output_format": "mp3"},
    ),
    ("fr", "rends le plus long", 180, "ask", {}),
    # ---- hi ----
    ("hi", "ek sad lofi song banao, 1.5 minute ka, bina vocals ke", None, "t2a", {"duration": 90, "lyrics": INST}),
    (
        "hi",
        "मेरे बेटे के 5वें जन्मदिन के लिए एक गाना बनाओ, हिंदी में गाया हुआ, 45 सेकंड",
        None,
        "t2a",
        {"duration": 45, "vocal_language": "hi"},
    ),
    ("hi", "ये बोल इस्तेमाल करो:\n" + _L_HI, None, "t2a", {"lyrics": _L_HI}),
    (
        "hi",
        "bollywood style dance track, 2 min 40 sec, same prompt ke 3 takes chahiye",
        None,
        "t2a",
        {"duration": 160, "takes": 3},
    ),
    ("hi", "0:50 से 1:05 तक का हिस्सा दोबारा बनाओ", 180, "audio_inpaint", _win(50, 65)),
    ("hi", "last ke 15 second phir se generate karo", 200, "audio_inpaint", _win(185, 200)),
    ("hi", "1:30 se shuru karke 20 second badlo, wahan flute chahiye", 150, "audio_inpaint", _win(90, 110)),
    ("hi", "गाने के आखिर में 30 सेकंड और जोड़ दो", 120, "audio_outpaint", _out(0, 30)),
    (
        "hi",
        "isko mp3 mein convert kar do, 320 kbps",
        160,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    ("hi", "gaane ka chorus dobara banao", 180, "ask", {}),
    # ---- it ----
    ("it", "fammi una base trap di due minuti e mezzo, niente voce", None, "t2a", {"duration": 150, "lyrics": INST}),
    ("it", "canzone pop con questo testo\n" + _L_IT, None, "t2a", {"lyrics": _L_IT}),
    ("it", "tarantella moderna, 90 sec, cantata in italiano", None, "t2a", {"duration": 90, "vocal_language": "it"}),
    (
        "it",
        "colonna sonora epica per trailer, 1m05s, strumentale, fammene 2 versioni",
        None,
        "t2a",
        {"duration": 65, "lyrics": INST, "takes": 2},
    ),
    ("it", "rifai dal 1:40 al 1:52", 200, "audio_inpaint", _win(100, 112)),
    ("it", "gli ultimi 10 secondi rifalli, finisce male", 170, "audio_inpaint", _win(160, 170)),
    ("it", "dal secondo 20, per 15 secondi, metti un assolo di sax", 140, "audio_inpaint", _win(20, 35)),
    ("it", "aggiungi un'intro di 8 secondi", 180, "audio_outpaint", _out(8, 0)),
    (
        "it",
        "mettilo a -14 LUFS e fai dissolvenza in entrata di 2 secondi",
        150,
        "process_track",
        {"loudness_lufs": -14, "fade_in_s": 2},
    ),
    ("it", "rifai da 2:20 a 2:50", 150, "ask", {}),
    # ---- ja ----
    ("ja", "カフェで流すボサノバ、インストで3分くらい", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("ja", "1分半のアニソン風の曲作って、日本語で歌って", None, "t2a", {"duration": 90, "vocal_language": "ja"}),
    ("ja", "この歌詞で作って\n" + _L_JA, None, "t2a", {"lyrics": _L_JA}),
    (
        "ja",
        "ゲームのBGM、45秒、ボーカルなし、同じ設定で2テイクちょうだい",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST, "takes": 2},
    ),
    ("ja", "1:15〜1:30のところ作り直して", 180, "audio_inpaint", _win(75, 90)),
    ("ja", "最後の20秒だけ再生成して", 150, "audio_inpaint", _win(130, 150)),
    ("ja", "45秒目から10秒間、ギターソロに差し替え", 200, "audio_inpaint", _win(45, 55)),
    ("ja", "頭に10秒のイントロ、お尻に20秒のアウトロ足して", 120, "audio_outpaint", _out(10, 20)),
    ("ja", "全体で2分になるように後ろに伸ばして", 100, "audio_outpaint", _out(0, 20)),
    ("ja", "頭の2秒カットして、mp3で書き出して", 180, "process_track", {"trim_start_s": 2, "output_format": "mp3"}),
    ("ja", "ボーカルの音量だけ上げて", 160, "ask", {}),
    # ---- ko ----
    ("ko", "잔잔한 피아노 곡 2분짜리 만들어줘 보컬 없이", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ko", "케이팝 댄스곡, 한국어로 불러줘, 1분 20초", None, "t2a", {"duration": 80, "vocal_language": "ko"}),
    ("ko", "이 가사로 발라드 만들어줘\n" + _L_KO, None, "t2a", {"lyrics": _L_KO}),
    ("ko", "광고용 징글 30초, 같은 걸로 3개 뽑아줘", None, "t2a", {"duration": 30, "takes": 3}),
    ("ko", "1분 10초부터 1분 25초까지 다시 만들어줘", 180, "audio_inpaint", _win(70, 85)),
    ("ko", "마지막 15초 다시 생성해줘", 150, "audio_inpaint", _win(135, 150)),
    ("ko", "0:30부터 20초 동안 드럼 필인 넣어서 다시", 210, "audio_inpaint", _win(30, 50)),
    ("ko", "뒤에 40초 더 늘려줘", 90, "audio_outpaint", _out(0, 40)),
    ("ko", "앞에 인트로 15초 붙여줘", 150, "audio_outpaint", _out(15, 0)),
    ("ko", "wav로 바꿔주고 끝에 5초 페이드아웃", 200, "process_track", {"output_format": "wav", "fade_out_s": 5}),
    ("ko", "이 노래 뒤에 30초 더 붙여줘", None, "ask", {}),
    # ---- pt ----
    ("pt", "faz um sambinha de 1 minuto e meio, so instrumental", None, "t2a", {"duration": 90, "lyrics": INST}),
    (
        "pt",
        "musica sertaneja pra festa de 15 anos da minha prima, cantada em portugues, 2 min",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "pt"},
    ),
    ("pt", "forró com essa letra:\n" + _L_PT, None, "t2a", {"lyrics": _L_PT}),
    ("pt", "quero 2 versões de uma vinheta de 10s, sem voz", None, "t2a", {"duration": 10, "lyrics": INST, "takes": 2}),
    ("pt", "refaz do 2:00 ao 2:15", 200, "audio_inpaint", _win(120, 135)),
    ("pt", "os primeiros 12 segundos tão ruins, gera de novo", 160, "audio_inpaint", _win(0, 12)),
    ("pt", "a partir de 1:05 troca 25 segundos por um solo de guitarra", 180, "audio_inpaint", _win(65, 90)),
    ("pt", "aumenta 20 segundos no começo e 20 no final", 140, "audio_outpaint", _out(20, 20)),
    (
        "pt",
        "converte pra mp3 e faz fade out de 3 segundos",
        150,
        "process_track",
        {"output_format": "mp3", "fade_out_s": 3},
    ),
    ("pt", "faz uma música de rock e outra de jazz", None, "ask", {}),
    ("pt", "tira a bateria do refrão", 150, "ask", {}),
    # ---- ru ----
    ("ru", "сделай эмбиент трек минуты на три без вокала", None, "t2a", {"duration": 180, "lyrics": INST}),
    (
        "ru",
        "песня на день рождения папе, ему 60, на русском, полторы минуты",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "ru"},
    ),
    ("ru", "рок-баллада, текст:\n" + _L_RU, None, "t2a", {"lyrics": _L_RU}),
    (
        "ru",
        "дай 3 варианта одного и того же джингла на 20 сек, инструментал",
        None,
        "t2a",
        {"duration": 20, "lyrics": INST, "takes": 3},
    ),
    ("ru", "перегенерируй с 0:40 до 0:55", 180, "audio_inpaint", _win(40, 55)),
    ("ru", "последние 25 секунд переделай", 200, "audio_inpaint", _win(175, 200)),
    ("ru", "с 3:00 двадцать секунд замени на соло скрипки", 240, "audio_inpaint", _win(180, 200)),
    ("ru", "удлини трек до 2:30, добавь в конце", 120, "audio_outpaint", _out(0, 30)),
    ("ru", "добавь вступление на 10 секунд", 160, "audio_outpaint", _out(10, 0)),
    ("ru", "зацикли его и сохрани в ogg", 170, "process_track", {"loop": True, "output_format": "ogg"}),
    ("ru", "сделай погромче гитару", 150, "ask", {}),
    # ---- zh ----
    ("zh", "来一首两分半的古风纯音乐", None, "t2a", {"duration": 150, "lyrics": INST}),
    ("zh", "30秒的广告歌，中文演唱，卖奶茶的，一杯12块", None, "t2a", {"duration": 30, "vocal_language": "zh"}),
    ("zh", "用这个歌词写首民谣\n" + _L_ZH, None, "t2a", {"lyrics": _L_ZH}),
    (
        "zh",
        "同一个提示给我生成4个版本，1分钟的lofi，不要人声",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "takes": 4},
    ),
    ("zh", "把1:20到1:40重新生成一下", 180, "audio_inpaint", _win(80, 100)),
    ("zh", "最后10秒重做", 150, "audio_inpaint", _win(140, 150)),
    ("zh", "从第50秒开始的15秒换成钢琴", 200, "audio_inpaint", _win(50, 65)),
    ("zh", "在结尾加长40秒", 120, "audio_outpaint", _out(0, 40)),
    ("zh", "前面加5秒，后面加15秒", 90, "audio_outpaint", _out(5, 15)),
    ("zh", "导出成flac，响度-14 LUFS", 180, "process_track", {"output_format": "flac", "loudness_lufs": -14}),
    ("zh", "把副歌重做一下", 180, "ask", {}),
    # ---- ar ----
    ("ar", "اعمل لي موسيقى عود هادئة مدتها دقيقتين بدون غناء", None, "t2a", {"duration": 120, "lyrics": INST}),
    (
        "ar",
        "أغنية عيد ميلاد لابني عمره ١٠ سنين، بالعربي، دقيقة ونص",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "ar"},
    ),
    ("ar", "أغنية بهذه الكلمات:\n" + _L_AR, None, "t2a", {"lyrics": _L_AR}),
    ("ar", "ابغى ٣ نسخ من نفس المقطع، موسيقى خليجية ٤٥ ثانية", None, "t2a", {"duration": 45, "takes": 3}),
    ("ar", "عيد توليد الجزء من 1:10 إلى 1:30", 180, "audio_inpaint", _win(70, 90)),
    ("ar", "آخر 20 ثانية أعد عملها", 150, "audio_inpaint", _win(130, 150)),
    ("ar", "من الثانية 40 ولمدة 15 ثانية غيرها بطبلة", 200, "audio_inpaint", _win(40, 55)),
    ("ar", "طوّل الأغنية 30 ثانية في الآخر", 120, "audio_outpaint", _out(0, 30)),
    ("ar", "زيد مقدمة ١٥ ثانية", 100, "audio_outpaint", _out(15, 0)),
    ("ar", "حولها mp3 بجودة 256 كيلوبت", 160, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("ar", "خفض صوت الطبول", 180, "ask", {}),
    # ---- az ----
    ("az", "mənə 2 dəqiqəlik sakit piano musiqisi düzəlt, vokalsız", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("az", "bu sözlərlə pop mahnı yaz:\n" + _L_AZ, None, "t2a", {"lyrics": _L_AZ}),
    ("az", "1:00-dan 1:20-yə qədər olan hissəni yenidən yarat", 180, "audio_inpaint", _win(60, 80)),
    ("az", "sonuna 25 saniyə əlavə et", 150, "audio_outpaint", _out(0, 25)),
    # ---- bg ----
    (
        "bg",
        "направи ми поп песен на български, около минута и половина",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "bg"},
    ),
    (
        "bg",
        "инструментал за йога, 3 мин, без барабани",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_lacks": ["drums"]},
    ),
    ("bg", "прегенерирай от 1:45 до 2:00", 200, "audio_inpaint", _win(105, 120)),
    (
        "bg",
        "направи го на mp3 и изравни силата на звука на -14 LUFS",
        160,
        "process_track",
        {"output_format": "mp3", "loudness_lufs": -14},
    ),
    # ---- bn ----
    ("bn", "একটা রবীন্দ্রসংগীত স্টাইলের গান বানাও, বাংলায় গাওয়া, ২ মিনিট", None, "t2a", {"duration": 120, "vocal_language": "bn"}),
    ("bn", "amar cafe er jonno 1 minute er instrumental jazz lagbe", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("bn", "শেষের ১৫ সেকেন্ড আবার বানাও", 180, "audio_inpaint", _win(165, 180)),
    ("bn", "গানটা আরো ভালো করো", 150, "ask", {}),
    # ---- ca ----
    (
        "ca",
        "fes-me una rumba catalana de minut i mig, cantada en català",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "ca"},
    ),
    (
        "ca",
        "necessito 2 versions d'una sintonia de 20 segons, sense veu",
        None,
        "t2a",
        {"duration": 20, "lyrics": INST, "takes": 2},
    ),
    ("ca", "refés del 0:35 al 0:50", 180, "audio_inpaint", _win(35, 50)),
    ("ca", "allarga-la 30 segons pel final", 120, "audio_outpaint", _out(0, 30)),
    (
        "ca",
        "treu els 2 primers segons i passa-ho a wav",
        150,
        "process_track",
        {"trim_start_s": 2, "output_format": "wav"},
    ),
    # ---- cs ----
    ("cs", "udelej mi chill lofi beat na 2 minuty, bez zpevu", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("cs", "punkovou pisnicku s timhle textem:\n" + _L_CS, None, "t2a", {"lyrics": _L_CS}),
    ("cs", "pregeneruj usek od 1:10 do 1:30", 200, "audio_inpaint", _win(70, 90)),
    ("cs", "prodluz to o 15 sekund na zacatku", 120, "audio_outpaint", _out(15, 0)),
    ("cs", "přidej tam kytaru", 180, "ask", {}),
    # ---- da ----
    ("da", "lav et roligt klaverstykke på halvandet minut, uden vokal", None, "t2a", {"duration": 90, "lyrics": INST}),
    (
        "da",
        "en fødselsdagssang til min mor der fylder 50, på dansk, 1 min",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "da"},
    ),
    ("da", "lav de sidste 10 sekunder om", 160, "audio_inpaint", _win(150, 160)),
    (
        "da",
        "klip alt efter 2:40 væk og eksporter som mp3 320 kbps",
        180,
        "process_track",
        {"trim_end_s": 20, "output_format": "mp3", "bitrate_kbps": 320},
    ),
    # ---- el ----
    (
        "el",
        "φτιάξε μου ένα ζεϊμπέκικο 2 λεπτά, να τραγουδάει στα ελληνικά",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "el"},
    ),
    ("el", "thelw ena chill instrumental gia to cafe, 90 deuterolepta", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("el", "ξαναφτιάξε το κομμάτι από 1:00 έως 1:15", 180, "audio_inpaint", _win(60, 75)),
    ("el", "πρόσθεσε μια εισαγωγή 10 δευτερολέπτων", 140, "audio_outpaint", _out(10, 0)),
    ("el", "άλλαξε το 2 με το 3", 180, "ask", {}),
    # ---- fa ----
    ("fa", "یه آهنگ سنتی آروم با سه‌تار بساز، ۲ دقیقه، بدون خواننده", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("fa", "با این شعر یه آهنگ پاپ بساز:\n" + _L_FA, None, "t2a", {"lyrics": _L_FA}),
    ("fa", "از ۱:۳۰ تا ۱:۵۰ رو دوباره بساز", 200, "audio_inpaint", _win(90, 110)),
    ("fa", "صدای خواننده رو حذف کن", 180, "ask", {}),
    # ---- fi ----
    (
        "fi",
        "tee rauhallinen pianokappale, puolitoista minuuttia, ilman laulua",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    ("fi", "tarviin 3 versiota samasta 30 sekunnin mainosjinglestä", None, "t2a", {"duration": 30, "takes": 3}),
    ("fi", "generoi uudestaan kohta 1.20–1.35", 150, "audio_inpaint", _win(80, 95)),
    ("fi", "lisää loppuun 40 sekuntia", 120, "audio_outpaint", _out(0, 40)),
    # ---- he ----
    ("he", "תעשה לי שיר פופ בעברית, דקה וחצי", None, "t2a", {"duration": 90, "vocal_language": "he"}),
    ("he", "מוזיקת רקע לסרטון, 45 שניות, בלי שירה", None, "t2a", {"duration": 45, "lyrics": INST}),
    ("he", "תייצר מחדש את 20 השניות האחרונות", 180, "audio_inpaint", _win(160, 180)),
    ("he", "תמיר לmp3 ותעשה fade out של 5 שניות", 150, "process_track", {"output_format": "mp3", "fade_out_s": 5}),
    # ---- hr ----
    (
        "hr",
        "napravi mi klapsku pjesmu na hrvatskom, 2 minute, tekst:\n" + _L_HR2,
        None,
        "t2a",
        {"duration": 120, "lyrics": _L_HR2, "vocal_language": "hr"},
    ),
    ("hr", "instrumental za teretanu, 140 bpm, minutu i pol", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("hr", "ponovno generiraj od 2:10 do 2:25", 200, "audio_inpaint", _win(130, 145)),
    ("hr", "produzi pjesmu za 20 sekundi na kraju", 100, "audio_outpaint", _out(0, 20)),
    # ---- ht ----
    ("ht", "fè m yon mizik konpa 2 minit, chante an kreyòl", None, "t2a", {"duration": 120, "vocal_language": "ht"}),
    (
        "ht",
        "mwen bezwen yon mizik san vwa pou videyo m, 1 minit 15 segonn",
        None,
        "t2a",
        {"duration": 75, "lyrics": INST},
    ),
    ("ht", "refè pati ki soti 0:45 rive 1:00 la", 180, "audio_inpaint", _win(45, 60)),
    ("ht", "ajoute 30 segonn nan fen mizik la", None, "ask", {}),
    # ---- hu ----
    (
        "hu",
        "csinalj egy vidam polka dalt magyarul enekelve, masfel perc",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "hu"},
    ),
    (
        "hu",
        "kell 2 valtozat ugyanabbol a 15 mp-es introbol, enek nelkul",
        None,
        "t2a",
        {"duration": 15, "lyrics": INST, "takes": 2},
    ),
    ("hu", "az utolsó 8 másodpercet generáld újra", 160, "audio_inpaint", _win(152, 160)),
    ("hu", "toldd meg az elejét 10 másodperccel", 120, "audio_outpaint", _out(10, 0)),
    ("hu", "konvertáld flac-ba és legyen loopolható", 180, "process_track", {"output_format": "flac", "loop": True}),
    # ---- id ----
    (
        "id",
        "bikinin lagu dangdut 2 menit ya, pake bahasa indonesia",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "id"},
    ),
    (
        "id",
        "lagu pop akustik tanpa drum, pake lirik ini:\n" + _L_ID,
        None,
        "t2a",
        {"lyrics": _L_ID, "tags_lacks": ["drum"]},
    ),
    ("id", "bagian 1:05 sampai 1:20 generate ulang dong", 180, "audio_inpaint", _win(65, 80)),
    ("id", "tambahin 30 detik di akhir", 150, "audio_outpaint", _out(0, 30)),
    ("id", "bikin lebih panjang dong", 150, "ask", {}),
    # ---- is ----
    ("is", "búðu til rólegt píanólag, tvær mínútur, án söngs", None, "t2a", {"duration": 120, "lyrics": INST}),
    (
        "is",
        "afmælislag fyrir pabba sem verður 70, sungið á íslensku, ein mínúta",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "is"},
    ),
    ("is", "endurgerðu frá 0:30 til 0:45", 150, "audio_inpaint", _win(30, 45)),
    ("is", "breyttu í mp3", 180, "process_track", {"output_format": "mp3"}),
    # ---- la ----
    (
        "la",
        "fac mihi cantum gregorianum duorum minutorum, Latine cantatum",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "la"},
    ),
    ("la", "musicam sine voce compone, nonaginta secundorum", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("la", "partem a 1:00 ad 1:20 denuo fac", 180, "audio_inpaint", _win(60, 80)),
    ("la", "fac carmen longius", 150, "ask", {}),
    # ---- lt ----
    ("lt", "sukurk ramų pianino kūrinį, 2 min, be vokalo", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("lt", "padaryk pop dainą lietuviškai, pusantros minutės", None, "t2a", {"duration": 90, "vocal_language": "lt"}),
    ("lt", "perdaryk nuo 1:40 iki 1:55", 200, "audio_inpaint", _win(100, 115)),
    ("lt", "pridėk 20 sekundžių intro pradžioje", 120, "audio_outpaint", _out(20, 0)),
    # ---- ms ----
    (
        "ms",
        "buatkan lagu raya 2025 dalam bahasa melayu, 1 minit 30 saat",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "ms"},
    ),
    ("ms", "muzik latar tanpa vokal untuk video, 45 saat", None, "t2a", {"duration": 45, "lyrics": INST}),
    ("ms", "jana semula 15 saat terakhir", 180, "audio_inpaint", _win(165, 180)),
    ("ms", "tukar ke wav dan fade in 3 saat", 150, "process_track", {"output_format": "wav", "fade_in_s": 3}),
    # ---- ne ----
    ("ne", "नेपाली लोक गीत बनाउनुहोस्, नेपालीमा गाइएको, २ मिनेट", None, "t2a", {"duration": 120, "vocal_language": "ne"}),
    ("ne", "ek ta instrumental lofi banaidinu, 1 minute 30 second ko", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("ne", "१:१० देखि १:२५ सम्मको भाग फेरि बनाउनुहोस्", 180, "audio_inpaint", _win(70, 85)),
    ("ne", "गीतको अन्त्यमा २० सेकेन्ड थप्नुहोस्", None, "ask", {}),
    # ---- nl ----
    (
        "nl",
        "maak een vrolijk carnavalsnummer in het Nederlands, 2 minuten",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "nl"},
    ),
    ("nl", "levenslied met deze tekst:\n" + _L_NL, None, "t2a", {"lyrics": _L_NL}),
    ("nl", "genereer de laatste 12 seconden opnieuw", 150, "audio_inpaint", _win(138, 150)),
    ("nl", "plak er een intro van 10 sec voor", 120, "audio_outpaint", _out(10, 0)),
    ("nl", "maak de drums harder", 180, "ask", {}),
    # ---- no ----
    ("no", "lag en rolig gitarlåt på to minutter uten vokal", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("no", "trenger 2 versjoner av samme 20 sek jingle til podcasten", None, "t2a", {"duration": 20, "takes": 2}),
    ("no", "lag om delen fra 1:20 til 1:35", 180, "audio_inpaint", _win(80, 95)),
    ("no", "forleng sangen med 30 sekunder på slutten", 150, "audio_outpaint", _out(0, 30)),
    # ---- pa ----
    ("pa", "ਇੱਕ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ, ਪੰਜਾਬੀ ਵਿੱਚ ਗਾਇਆ, 2 ਮਿੰਟ", None, "t2a", {"duration": 120, "vocal_language": "pa"}),
    ("pa", "bhangra beat bana do bina vocals de, 1.5 min", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("pa", "ਆਖਰੀ 20 ਸਕਿੰਟ ਦੁਬਾਰਾ ਬਣਾਓ", 180, "audio_inpaint", _win(160, 180)),
    ("pa", "ise mp3 vich convert karo", 150, "process_track", {"output_format": "mp3"}),
    # ---- pl ----
    (
        "pl",
        "zrob mi spokojny kawalek na pianinie w klimacie lat 90, poltorej minuty, bez wokalu",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    ("pl", "disco polo z takim tekstem:\n" + _L_PL, None, "t2a", {"lyrics": _L_PL}),
    ("pl", "wygeneruj od nowa fragment 1:30-1:45", 200, "audio_inpaint", _win(90, 105)),
    ("pl", "dodaj 15 sekund na początku i 15 na końcu", 120, "audio_outpaint", _out(15, 15)),
    (
        "pl",
        "utnij ostatnie 5 sekund i zapisz jako mp3",
        180,
        "process_track",
        {"trim_end_s": 5, "output_format": "mp3"},
    ),
    # ---- ro ----
    (
        "ro",
        "fa-mi o manea veselă pentru nunta din 14 iunie, cântată în română, 2 minute",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ro"},
    ),
    (
        "ro",
        "vreau 3 versiuni ale aceluiași intro de 15 secunde, fara voce",
        None,
        "t2a",
        {"duration": 15, "lyrics": INST, "takes": 3},
    ),
    ("ro", "refă ultimele 10 secunde", 150, "audio_inpaint", _win(140, 150)),
    ("ro", "scoate vocea din piesă", 180, "ask", {}),
    # ---- sa ----
    ("sa", "संस्कृतभाषायां गीतं रचय, २ मिनिट", None, "t2a", {"duration": 120, "vocal_language": "sa"}),
    ("sa", "वाद्यसंगीतं रचय, गायनं विना, ९० सेकण्ड", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("sa", "१:०० तः १:२० पर्यन्तं भागं पुनः रचय", 180, "audio_inpaint", _win(60, 80)),
    ("sa", "अन्ते ३० सेकण्ड योजय", 120, "audio_outpaint", _out(0, 30)),
    # ---- sk ----
    ("sk", "sprav mi ludovku po slovensky, 2 minuty", None, "t2a", {"duration": 120, "vocal_language": "sk"}),
    ("sk", "potrebujem hudbu na pozadie bez spevu, 40 sekund", None, "t2a", {"duration": 40, "lyrics": INST}),
    ("sk", "pregeneruj posledných 20 sekúnd", 180, "audio_inpaint", _win(160, 180)),
    (
        "sk",
        "sprav na konci 6 sekundový fade out a daj to do wav",
        150,
        "process_track",
        {"fade_out_s": 6, "output_format": "wav"},
    ),
    # ---- sr ----
    (
        "sr",
        "napravi mi pesmu na srpskom, turbo folk, 2 i po minuta",
        None,
        "t2a",
        {"duration": 150, "vocal_language": "sr"},
    ),
    ("sr", "направи инструментал за рекламу, 30 секунди, без вокала", None, "t2a", {"duration": 30, "lyrics": INST}),
    ("sr", "ponovo generiši deo od 0:50 do 1:10", 200, "audio_inpaint", _win(50, 70)),
    ("sr", "dodaj uvod od 12 sekundi", 150, "audio_outpaint", _out(12, 0)),
    # ---- sv ----
    ("sv", "gör en lugn pianolåt, en och en halv minut, utan sång", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("sv", "visa med den här texten:\n" + _L_SV, None, "t2a", {"lyrics": _L_SV}),
    ("sv", "gör om biten 1:40–1:55", 180, "audio_inpaint", _win(100, 115)),
    ("sv", "förläng låten med 20 sek i slutet", 120, "audio_outpaint", _out(0, 20)),
    ("sv", "gör refrängen bättre", 150, "ask", {}),
    # ---- sw ----
    (
        "sw",
        "nitengenezee wimbo wa bongo flava kwa Kiswahili, dakika 2",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "sw"},
    ),
    ("sw", "muziki bila sauti ya mwimbaji kwa video, sekunde 45", None, "t2a", {"duration": 45, "lyrics": INST}),
    ("sw", "tengeneza upya sekunde 20 za mwisho", 180, "audio_inpaint", _win(160, 180)),
    ("sw", "ibadilishe iwe mp3", 150, "process_track", {"output_format": "mp3"}),
    # ---- ta ----
    ("ta", "ஒரு மெலடி பாடல் தமிழில் பாடி உருவாக்கு, 2 நிமிடம்", None, "t2a", {"duration": 120, "vocal_language": "ta"}),
    (
        "ta",
        "oru instrumental bgm venum, 1 nimisham 20 second, vocals illama",
        None,
        "t2a",
        {"duration": 80, "lyrics": INST},
    ),
    ("ta", "1:00 முதல் 1:15 வரை மீண்டும் உருவாக்கு", 180, "audio_inpaint", _win(60, 75)),
    ("ta", "கடைசியில் 30 வினாடி சேர்", 120, "audio_outpaint", _out(0, 30)),
    # ---- te ----
    ("te", "తెలుగులో ఒక మాస్ పాట చేయి, 2 నిమిషాలు", None, "t2a", {"duration": 120, "vocal_language": "te"}),
    ("te", "vocals lekunda oka calm flute music kavali, 90 seconds", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("te", "చివరి 10 సెకన్లు మళ్ళీ చేయి", 180, "audio_inpaint", _win(170, 180)),
    ("te", "డ్రమ్స్ సౌండ్ తగ్గించు", 180, "ask", {}),
    # ---- th ----
    ("th", "ทำเพลงลูกทุ่งร้องภาษาไทย ยาว 2 นาที", None, "t2a", {"duration": 120, "vocal_language": "th"}),
    ("th", "ขอเพลงบรรเลงไม่มีเสียงร้อง 1 นาทีครึ่ง", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("th", "ทำใหม่ช่วง 1:20 ถึง 1:35", 180, "audio_inpaint", _win(80, 95)),
    ("th", "เพิ่มอินโทร 10 วินาทีข้างหน้า", 150, "audio_outpaint", _out(10, 0)),
    # ---- tl ----
    (
        "tl",
        "gawa ka ng OPM love song, tagalog ang kanta, 2 minutes",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "tl"},
    ),
    ("tl", "pa-gawa ng background music, walang vocals, 1 min 10 sec", None, "t2a", {"duration": 70, "lyrics": INST}),
    ("tl", "paki-ulit yung part from 0:40 to 0:55", 180, "audio_inpaint", _win(40, 55)),
    ("tl", "dagdagan mo ng 25 seconds sa dulo", 120, "audio_outpaint", _out(0, 25)),
    (
        "tl",
        "i-convert mo sa mp3 tapos lagyan ng fade out na 4 seconds",
        150,
        "process_track",
        {"output_format": "mp3", "fade_out_s": 4},
    ),
    # ---- tr ----
    (
        "tr",
        "top 10'a girecek bir pop şarkısı lazım, 2.5 dakika, vokalsiz olsun",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST},
    ),
    ("tr", "bu sözlerle arabesk yap:\n" + _L_TR, None, "t2a", {"lyrics": _L_TR}),
    ("tr", "1:10 ile 1:25 arasını yeniden oluştur", 180, "audio_inpaint", _win(70, 85)),
    ("tr", "sonuna 30 saniye ekle", 150, "audio_outpaint", _out(0, 30)),
    ("tr", "bir rock şarkısı bir de rap şarkısı yap", None, "ask", {}),
    # ---- uk ----
    ("uk", "зроби пісню українською, поп-рок, півтори хвилини", None, "t2a", {"duration": 90, "vocal_language": "uk"}),
    ("uk", "потрібен інструментал для відео, 50 секунд, без вокалу", None, "t2a", {"duration": 50, "lyrics": INST}),
    ("uk", "перегенеруй з 1:15 до 1:30", 200, "audio_inpaint", _win(75, 90)),
    (
        "uk",
        "конвертуй в mp3 та зроби fade in 2 секунди",
        150,
        "process_track",
        {"output_format": "mp3", "fade_in_s": 2},
    ),
    # ---- ur ----
    ("ur", "ایک قوالی بنائیں، اردو میں گائی ہوئی، دو منٹ کی", None, "t2a", {"duration": 120, "vocal_language": "ur"}),
    ("ur", "bina awaz ke ek soft instrumental chahiye, 1 minute", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("ur", "آخری 15 سیکنڈ دوبارہ بنائیں", 180, "audio_inpaint", _win(165, 180)),
    ("ur", "شروع میں 10 سیکنڈ کا انٹرو لگائیں", 120, "audio_outpaint", _out(10, 0)),
    # ---- vi ----
    ("vi", "lam cho minh 1 bai ballad tieng viet, 2 phut", None, "t2a", {"duration": 120, "vocal_language": "vi"}),
    ("vi", "nhạc nền không lời cho video, 1 phút 30 giây", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("vi", "làm lại đoạn từ 1:05 đến 1:20", 180, "audio_inpaint", _win(65, 80)),
    ("vi", "nhạc không lời nhưng có ca sĩ hát tên bạn gái mình", None, "ask", {}),
    # ---- yue ----
    ("yue", "整首廣東歌，用廣東話唱，兩分鐘", None, "t2a", {"duration": 120, "vocal_language": "yue"}),
    ("yue", "要一段冇人聲嘅背景音樂，45秒", None, "t2a", {"duration": 45, "lyrics": INST}),
    ("yue", "由1:30到1:45重新整過", 180, "audio_inpaint", _win(90, 105)),
    ("yue", "喺尾加多20秒", 150, "audio_outpaint", _out(0, 20)),
]
