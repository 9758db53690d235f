"""Blind held-out router set 109. Theme: "an even mix, 40".

Ordinary requests across all five intents, typed to a chat agent in each of the 50 languages: terse, polite and
chatty, with typos and code-switching; new pieces asked for while a track is open, edits asked for with none open,
pasted lyrics (some with a request line under them), a few compound requests, lengths and times said in words, and
numbers that are no setting (a date, an age, how many people).

Counts: 300 rows. 11 in each of the 12 BIG12 languages (132) and 168 over the 38 others
(4 each, 5 for bg ca cs da el fa fi he hu id nl pl sv tr uk vi).
Intents: t2a 90, audio_inpaint 56, process_track 63, audio_outpaint 45, ask 46.

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


R109: list[tuple[Any, ...]] = [
    # ---- en ----
    (
        "en",
        "the bit from 1:20 to 1:45 is kinda muddy, can u regenerate just that part",
        200,
        "audio_inpaint",
        _win(80, 105),
    ),
    (
        "en",
        "make me a chill study beat with soft piano, about two minutes, no vocals pls",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "en",
        "Hey! I've got this one open but leave it alone, I want something totally new: an upbeat country "
        "song for my dad's 70th birthday party",
        150,
        "t2a",
        {"tags_has": ["country"]},
    ),
    (
        "en",
        "Streetlights humming on the avenue\nI keep on walking, thinking 'bout you\nEvery corner whispers "
        "your name\nNothing in this city feels the same\n\nturn this into a slow soul ballad",
        None,
        "t2a",
        {
            "lyrics": "Streetlights humming on the avenue\nI keep on walking, thinking 'bout you\nEvery corner "
            "whispers your name\nNothing in this city feels the same",
            "tags_has": ["soul"],
            "vocal_language": "en",
        },
    ),
    ("en", "export as flac please", 180, "process_track", {"output_format": "flac"}),
    (
        "en",
        "fade out the last eight seconds and normalise it to -14 LUFS, it's going on spotify",
        210,
        "process_track",
        {"fade_out_s": 8, "loudness_lufs": -14},
    ),
    (
        "en",
        "could you add like half a minute more at the end? it stops too abruptly",
        120,
        "audio_outpaint",
        _out(0, 30),
    ),
    ("en", "can you lower the pitch by two semitones so I can sing over it", 180, "ask", {}),
    ("en", "redo the intro, the first fifteen seconds", None, "ask", {}),
    (
        "en",
        "give me three versions of a short synthwave intro, 45 seconds each",
        None,
        "t2a",
        {"duration": 45, "tags_has": ["synthwave"], "takes": 3},
    ),
    (
        "en",
        "cut the first 5 sec of silence and then export it as mp3 320",
        180,
        "process_track",
        {"trim_start_s": 5, "output_format": "mp3", "bitrate_kbps": 320},
    ),
    # ---- de ----
    (
        "de",
        "Kannst du mir einen ruhigen Track mit Klavier machen, so drei Minuten, ohne Gesang?",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("de", "die sekunden 40 bis 55 klingen schief, bitte neu generieren", 180, "audio_inpaint", _win(40, 55)),
    ("de", "verlänger ihn bitte auf drei Minuten", 150, "audio_outpaint", _out(0, 30)),
    (
        "de",
        "als wav exportieren und am Anfang 3 Sekundne einblenden",
        200,
        "process_track",
        {"output_format": "wav", "fade_in_s": 3},
    ),
    (
        "de",
        "Schneid bitte die letzten zehn Sekunden weg, da ist nur Rauschen",
        180,
        "process_track",
        {"trim_end_s": 10},
    ),
    ("de", "kannst du das Tempo etwas runterschrauben? ist mir zu hektisch", 160, "ask", {}),
    (
        "de",
        "Der Regen fällt auf unser Dach\nich lieg noch lange wach\nund zähl die Tropfen bis zum Morgen\n"
        "vergess für heut die Sorgen\n\nbitte als Indie-Pop-Song",
        None,
        "t2a",
        {
            "lyrics": "Der Regen fällt auf unser Dach\nich lieg noch lange wach\nund zähl die Tropfen bis zum Morgen\n"
            "vergess für heut die Sorgen",
            "tags_has": ["pop"],
            "vocal_language": "de",
        },
    ),
    (
        "de",
        "Hab grad nen Track offen, aber ignorier den mal. Ich brauch was ganz Neues für unser Dorffest am "
        "14. August, wir sind so 200 Leute, gern Schlager",
        140,
        "t2a",
        {"tags_has": ["schlager"]},
    ),
    ("de", "Verlängere das Intro um 15 Sekunden nach vorne", 180, "audio_outpaint", _out(15, 0)),
    ("de", "mach bitte das outro nochmal neu", None, "ask", {}),
    (
        "de",
        "Gib mir 2 Varianten von nem kurzen Techno-Loop, 30 Sek",
        None,
        "t2a",
        {"duration": 30, "tags_has": ["techno"], "takes": 2},
    ),
    # ---- fr ----
    (
        "fr",
        "Salut ! Tu peux me faire une chanson pop en français sur l'été, environ deux minutes et demie ?",
        None,
        "t2a",
        {"duration": 150, "tags_has": ["pop"], "vocal_language": "fr"},
    ),
    ("fr", "refais le passage entre 1:10 et 1:30 stp", 180, "audio_inpaint", _win(70, 90)),
    ("fr", "ajoute vingt secondes au début", 150, "audio_outpaint", _out(20, 0)),
    ("fr", "exporte en mp3 192 kbps", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("fr", "Est-ce que tu peux séparer la voix de l'instru ?", 180, "ask", {}),
    (
        "fr",
        "Je marche seule dans la nuit\nles néons pleurent sous la pluie\ndis-moi pourquoi tu es parti\n"
        "sans un mot, sans un bruit\n\nen chanson acoustique à la guitare",
        None,
        "t2a",
        {
            "lyrics": "Je marche seule dans la nuit\nles néons pleurent sous la pluie\ndis-moi pourquoi tu es parti\n"
            "sans un mot, sans un bruit",
            "tags_has": ["guitar"],
            "vocal_language": "fr",
        },
    ),
    ("fr", "mets un fondu de sortie de 6 secondes", 150, "process_track", {"fade_out_s": 6}),
    ("fr", "rallonge-la jusqu'à 4 minutes", 200, "audio_outpaint", _out(0, 40)),
    ("fr", "la fin est ratée, les 12 dernières secondes, tu peux refaire ?", 150, "audio_inpaint", _win(138, 150)),
    (
        "fr",
        "J'ai 16 ans et je cherche une instru de rap bien sombre pour poser dessus, sans voix",
        None,
        "t2a",
        {"lyrics": INST, "tags_has": ["rap"]},
    ),
    ("fr", "refais le milieu, il me plaît pas", 180, "ask", {}),
    # ---- es ----
    (
        "es",
        "hazme una cumbia alegre pa el cumple de mi abuela que cumple 80, que dure unos 3 minutos",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["cumbia"]},
    ),
    ("es", "regenera del segundo 30 al 45 porfa", 120, "audio_inpaint", _win(30, 45)),
    ("es", "alárgala treinta segundos más al final", 150, "audio_outpaint", _out(0, 30)),
    ("es", "pásamela a wav", 180, "process_track", {"output_format": "wav"}),
    ("es", "quiero que suene en bucle, sin cortes, es para un stand", 60, "process_track", {"loop": True}),
    ("es", "expórtalo en m4a por favor", 180, "ask", {}),
    (
        "es",
        "Tu risa es mi canción favorita\nla que canto cuando no estás\ncada noche mi alma te grita\n"
        "vuelve pronto, no tardes más\n\nhazlo bolero con guitarra",
        None,
        "t2a",
        {
            "lyrics": "Tu risa es mi canción favorita\nla que canto cuando no estás\ncada noche mi alma te grita\n"
            "vuelve pronto, no tardes más",
            "tags_has": ["bolero", "guitar"],
            "vocal_language": "es",
        },
    ),
    (
        "es",
        "Tengo abierta esta canción pero no la toques; hazme otra distinta, algo de salsa instrumental, dos minutos",
        200,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["salsa"]},
    ),
    (
        "es",
        "quita los primeros 4 segundos y déjala a -16 LUFS",
        180,
        "process_track",
        {"trim_start_s": 4, "loudness_lufs": -16},
    ),
    ("es", "cámbiale el estribillo, no me convence", None, "ask", {}),
    ("es", "ponle una intro de diez segundos antes", 180, "audio_outpaint", _out(10, 0)),
    # ---- it ----
    (
        "it",
        "mi fai un pezzo jazz col sax, tipo un minuto e mezzo, strumentale",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["jazz", "sax"]},
    ),
    ("it", "rifai i secondi dal 50 al 65", 180, "audio_inpaint", _win(50, 65)),
    ("it", "allungalo di 45 secondi alla fine", 135, "audio_outpaint", _out(0, 45)),
    ("it", "esportalo in flac, grazie mille", 200, "process_track", {"output_format": "flac"}),
    (
        "it",
        "Ciao! Vorrei una tarantella per il matrimonio di mia sorella il 21 giugno, saremo in 120",
        None,
        "t2a",
        {"tags_has": ["tarantella"]},
    ),
    ("it", "puoi alzare la tonalità di un semitono?", 180, "ask", {}),
    (
        "it",
        "Ti ho cercata tra le onde\nnel silenzio di un mattino\nle tue parole più profonde\n"
        "mi camminano vicino\n\nfanne una canzone rock",
        None,
        "t2a",
        {
            "lyrics": "Ti ho cercata tra le onde\nnel silenzio di un mattino\nle tue parole più profonde\n"
            "mi camminano vicino",
            "tags_has": ["rock"],
            "vocal_language": "it",
        },
    ),
    (
        "it",
        "taglia gli ultimi 7 secondi e metti una dissolvenza in entrata di 2",
        180,
        "process_track",
        {"trim_end_s": 7, "fade_in_s": 2},
    ),
    (
        "it",
        "Ho questa traccia aperta ma lasciala stare, fammene un'altra: lounge con chitarra, tre minuti",
        150,
        "t2a",
        {"duration": 180, "tags_has": ["lounge", "guitar"]},
    ),
    ("it", "rigenera gli ultimi venti secondi", 120, "audio_inpaint", _win(100, 120)),
    ("it", "rigenera da 3:00 a 3:20", 150, "ask", {}),
    # ---- pt ----
    ("pt", "faz um samba animado pra mim, uns 2 minutos", None, "t2a", {"duration": 120, "tags_has": ["samba"]}),
    ("pt", "refaz o trecho de 0:45 a 1:05, ficou estranho", 180, "audio_inpaint", _win(45, 65)),
    ("pt", "estende mais meio minuto no final", 150, "audio_outpaint", _out(0, 30)),
    ("pt", "converte pra ogg", 120, "process_track", {"output_format": "ogg"}),
    (
        "pt",
        "normaliza pra -12 LUFS e coloca fade out de 5 segundos",
        180,
        "process_track",
        {"loudness_lufs": -12, "fade_out_s": 5},
    ),
    ("pt", "consegue acelerar a música um pouco?", 180, "ask", {}),
    (
        "pt",
        "Saudade mora no meu peito\ncomo a maré que vem e vai\nteu nome eu guardo com respeito\n"
        "na canção que nunca sai\n\nfaz com violão",
        None,
        "t2a",
        {
            "lyrics": "Saudade mora no meu peito\ncomo a maré que vem e vai\nteu nome eu guardo com respeito\n"
            "na canção que nunca sai",
            "tags_has": ["guitar"],
            "vocal_language": "pt",
        },
    ),
    ("pt", "quero 3 versões de uma vinheta de rádio de 15 segundos", None, "t2a", {"duration": 15, "takes": 3}),
    ("pt", "aumenta a intro, coloca 12 segundos antes", 200, "audio_outpaint", _out(12, 0)),
    ("pt", "corta os ultimos 3 segundos pfv", None, "ask", {}),
    (
        "pt",
        "meu filho faz 5 anos sábado, quero uma musiquinha infantil cantada em português com o nome dele, Pedro",
        None,
        "t2a",
        {"vocal_language": "pt"},
    ),
    # ---- ru ----
    (
        "ru",
        "сделай мне эмбиент без вокала минуты на четыре",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["ambient"]},
    ),
    ("ru", "перегенерируй кусок с 1:00 до 1:20", 180, "audio_inpaint", _win(60, 80)),
    ("ru", "продли трек на 40 секунд в конце", 140, "audio_outpaint", _out(0, 40)),
    ("ru", "сохрани в mp3, 256 кбит/с", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("ru", "Можешь убрать вокал и оставить только минус?", 180, "ask", {}),
    (
        "ru",
        "Снова осень за окном\nжёлтый лист кружит над домом\nя пишу тебе письмо\nо далёком и знакомом\n\n"
        "сделай из этого рок-балладу",
        None,
        "t2a",
        {
            "lyrics": "Снова осень за окном\nжёлтый лист кружит над домом\nя пишу тебе письмо\nо далёком и знакомом",
            "tags_has": ["rock"],
            "vocal_language": "ru",
        },
    ),
    ("ru", "зацикли его, нужен фон для стрима", 64, "process_track", {"loop": True}),
    (
        "ru",
        "у меня открыт трек, но не трогай его. Нужна новая вещь: марш для школьного выпускного 25 июня, "
        "нас человек 300",
        150,
        "t2a",
        {"tags_has": ["march"]},
    ),
    ("ru", "обрежь первые две секунды", 180, "process_track", {"trim_start_s": 2}),
    ("ru", "добавь вступление секунд на 20", None, "ask", {}),
    ("ru", "переделай последние 15 сек плз", 210, "audio_inpaint", _win(195, 210)),
    # ---- zh ----
    (
        "zh",
        "帮我做一首古风的曲子，用古筝，两分钟左右，不要人声",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["guzheng"]},
    ),
    ("zh", "把1分30秒到1分50秒那段重新生成一下", 180, "audio_inpaint", _win(90, 110)),
    ("zh", "结尾再加30秒", 150, "audio_outpaint", _out(0, 30)),
    ("zh", "导出成wav", 200, "process_track", {"output_format": "wav"}),
    ("zh", "能把调降低一点吗？我唱不上去", 180, "ask", {}),
    (
        "zh",
        "月光洒在窗台上\n思念像风一样长\n你说过的那些话\n我还一遍遍地想\n\n做成一首流行情歌",
        None,
        "t2a",
        {
            "lyrics": "月光洒在窗台上\n思念像风一样长\n你说过的那些话\n我还一遍遍地想",
            "tags_has": ["pop"],
            "vocal_language": "zh",
        },
    ),
    ("zh", "淡入3秒，淡出5秒", 180, "process_track", {"fade_in_s": 3, "fade_out_s": 5}),
    ("zh", "当前这首先别动，另外给我写一首摇滚，三分钟", 160, "t2a", {"duration": 180, "tags_has": ["rock"]}),
    ("zh", "把开头往前延长十秒", 120, "audio_outpaint", _out(10, 0)),
    ("zh", "重做最后20秒", None, "ask", {}),
    ("zh", "公司年会要用，我们部门30个人要上台合唱，来一首欢快的中文歌", None, "t2a", {"vocal_language": "zh"}),
    # ---- ja ----
    (
        "ja",
        "ピアノだけのしっとりした曲を3分くらいで作って。歌なしで",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("ja", "0:20〜0:35のところ作り直してください", 150, "audio_inpaint", _win(20, 35)),
    ("ja", "最後に20秒足して", 180, "audio_outpaint", _out(0, 20)),
    ("ja", "mp3で書き出して。ビットレートは128で", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("ja", "テンポを少し上げられますか？", 180, "ask", {}),
    (
        "ja",
        "夜明けの駅で 君を待ってた\n白い息が 空に溶けてく\nさよならなんて 言わないでよ\nまた会える日を 信じてるから\n\n"
        "これをJ-POPのバラードにして",
        None,
        "t2a",
        {
            "lyrics": "夜明けの駅で 君を待ってた\n白い息が 空に溶けてく\nさよならなんて 言わないでよ\nまた会える日を 信じてるから",
            "tags_has": ["pop"],
            "vocal_language": "ja",
        },
    ),
    ("ja", "ラウドネスを-14 LUFSに揃えてもらえますか", 180, "process_track", {"loudness_lufs": -14}),
    (
        "ja",
        "今開いてる曲はそのままで、別に新しくロックの曲を2パターン作って",
        160,
        "t2a",
        {"tags_has": ["rock"], "takes": 2},
    ),
    ("ja", "イントロを頭に15秒伸ばして", 200, "audio_outpaint", _out(15, 0)),
    ("ja", "最後の10秒やり直して", 200, "audio_inpaint", _win(190, 200)),
    ("ja", "サビだけ作り直して", 180, "ask", {}),
    # ---- ko ----
    (
        "ko",
        "잔잔한 어쿠스틱 기타 곡 하나 만들어줘, 2분 정도, 보컬 없이",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("ko", "1분 10초부터 1분 25초까지 다시 만들어줘", 180, "audio_inpaint", _win(70, 85)),
    ("ko", "뒤에 30초 더 늘려줘", 150, "audio_outpaint", _out(0, 30)),
    ("ko", "flac으로 뽑아줘", 200, "process_track", {"output_format": "flac"}),
    ("ko", "보컬이랑 반주 분리해줄 수 있어?", 180, "ask", {}),
    (
        "ko",
        "비 오는 거리 위에\n너의 우산을 기억해\n젖은 어깨 너머로\n웃던 너를 기억해\n\n한국어 발라드로 불러줘",
        None,
        "t2a",
        {
            "lyrics": "비 오는 거리 위에\n너의 우산을 기억해\n젖은 어깨 너머로\n웃던 너를 기억해",
            "tags_has": ["ballad"],
            "vocal_language": "ko",
        },
    ),
    ("ko", "끝에 페이드아웃 7초 넣어줘", 180, "process_track", {"fade_out_s": 7}),
    ("ko", "지금 곡은 냅두고 새로 트랩 비트 하나, 1분 반", 140, "t2a", {"duration": 90, "tags_has": ["trap"]}),
    ("ko", "앞부분 5초 잘라줘", 180, "process_track", {"trim_start_s": 5}),
    (
        "ko",
        "우리 엄마 환갑 잔치용으로 신나는 트로트 하나 부탁해요. 손님 50명 정도 와요",
        None,
        "t2a",
        {"tags_has": ["trot"]},
    ),
    ("ko", "4분으로 늘려줘", None, "ask", {}),
    # ---- hi ----
    (
        "hi",
        "मुझे एक सितार वाला शांत instrumental बना दो, लगभग 3 मिनट का",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["sitar"]},
    ),
    ("hi", "0:50 से 1:10 वाला हिस्सा दोबारा बनाओ", 180, "audio_inpaint", _win(50, 70)),
    ("hi", "गाने को आखिर में 20 सेकंड और बढ़ा दो", 160, "audio_outpaint", _out(0, 20)),
    ("hi", "इसे mp3 में export कर दो", 200, "process_track", {"output_format": "mp3"}),
    ("hi", "bhai iska pitch thoda upar kar do", 180, "ask", {}),
    (
        "hi",
        "तेरी यादों की बारिश में\nभीगा है ये दिल मेरा\nहर लम्हा तेरे नाम का\nहर सपना अब तेरा\n\nइसे बॉलीवुड रोमांटिक गाने जैसा बनाओ",
        None,
        "t2a",
        {
            "lyrics": "तेरी यादों की बारिश में\nभीगा है ये दिल मेरा\nहर लम्हा तेरे नाम का\nहर सपना अब तेरा",
            "tags_has": ["bollywood"],
            "vocal_language": "hi",
        },
    ),
    ("hi", "last ke 6 second fade out kar do", 150, "process_track", {"fade_out_s": 6}),
    (
        "hi",
        "ye track khula hai par isko chhodo, naya bhangra song banao shaadi ke liye, 15 dec ko hai",
        150,
        "t2a",
        {"tags_has": ["bhangra"]},
    ),
    ("hi", "शुरुआत में 10 सेकंड का intro जोड़ दो", 180, "audio_outpaint", _out(10, 0)),
    ("hi", "आखिरी पंद्रह सेकंड फिर से बनाओ", 180, "audio_inpaint", _win(165, 180)),
    ("hi", "शुरू के 30 सेकंड हटा दो", None, "ask", {}),
    # ---- ar ----
    (
        "ar",
        "اعمل لي مقطوعة عود هادئة بدون غناء، حوالي دقيقتين",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["oud"]},
    ),
    ("ar", "أعد توليد الجزء من الثانية ٣٠ إلى الثانية ٥٠", 180, "audio_inpaint", _win(30, 50)),
    ("ar", "زيدها ٣٠ ثانية في الآخر", 150, "audio_outpaint", _out(0, 30)),
    ("ar", "صدّرها بصيغة wav لو سمحت", 200, "process_track", {"output_format": "wav"}),
    ("ar", "ممكن تغير الإيقاع وتخليها أسرع؟", 180, "ask", {}),
    (
        "ar",
        "يا ليل طول شوية\nخلي القمر يسهر معايا\nحبيبي بعيد عني\nوالشوق ساكن جوايا\n\nلحنها طرب شرقي",
        None,
        "t2a",
        {"lyrics": "يا ليل طول شوية\nخلي القمر يسهر معايا\nحبيبي بعيد عني\nوالشوق ساكن جوايا", "vocal_language": "ar"},
    ),
    ("ar", "خليها تشتغل loop بشكل متواصل", 60, "process_track", {"loop": True}),
    ("ar", "عندي ملف مفتوح بس خليه، أبغى أغنية جديدة لعيد ميلاد ولدي، عمره ٧ سنين", 150, "t2a", {}),
    ("ar", "قص أول ٣ ثواني", 180, "process_track", {"trim_start_s": 3}),
    ("ar", "أضف مقدمة مدتها ١٥ ثانية", None, "ask", {}),
    ("ar", "أعد آخر عشر ثواني", 120, "audio_inpaint", _win(110, 120)),
    # ---- az ----
    (
        "az",
        "mənə sakit bir piano musiqisi düzəlt, vokalsız, 2 dəqiqəlik",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("az", "son 10 saniyəni yenidən yarat", 150, "audio_inpaint", _win(140, 150)),
    ("az", "mp3 formatında ixrac et zəhmət olmasa", 180, "process_track", {"output_format": "mp3"}),
    ("az", "sonuna 30 saniyə əlavə et", None, "ask", {}),
    # ---- bg ----
    ("bg", "Направи ми рок парче, около три минути", None, "t2a", {"duration": 180, "tags_has": ["rock"]}),
    ("bg", "прегенерирай от 0:40 до 1:00", 180, "audio_inpaint", _win(40, 60)),
    ("bg", "удължи го с 20 секунди в края", 120, "audio_outpaint", _out(0, 20)),
    ("bg", "експортирай във flac", 200, "process_track", {"output_format": "flac"}),
    ("bg", "можеш ли да смениш тоналността?", 180, "ask", {}),
    # ---- bn ----
    ("bn", "একটা বাঁশির সুরে শান্ত গান বানিয়ে দাও, কোনো কণ্ঠ ছাড়া", None, "t2a", {"lyrics": INST, "tags_has": ["flute"]}),
    ("bn", "শেষের ১৫ সেকেন্ড আবার বানাও", 180, "audio_inpaint", _win(165, 180)),
    ("bn", "শুরুতে ৫ সেকেন্ড fade in দাও", 150, "process_track", {"fade_in_s": 5}),
    (
        "bn",
        "আকাশ জুড়ে মেঘের ভেলা\nমন ছুটে যায় নদীর কূলে\nতোমার কথা ভাবি একেলা\nফুল ফোটে ওই কদম ফুলে",
        None,
        "t2a",
        {
            "lyrics": "আকাশ জুড়ে মেঘের ভেলা\nমন ছুটে যায় নদীর কূলে\nতোমার কথা ভাবি একেলা\nফুল ফোটে ওই কদম ফুলে",
            "vocal_language": "bn",
        },
    ),
    # ---- ca ----
    (
        "ca",
        "Em pots fer una rumba catalana per a la festa major? Uns dos minuts",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["rumba"]},
    ),
    ("ca", "torna a generar del 1:00 al 1:15", 150, "audio_inpaint", _win(60, 75)),
    ("ca", "allarga-la quaranta segons pel final", 140, "audio_outpaint", _out(0, 40)),
    ("ca", "exporta-ho en ogg", 180, "process_track", {"output_format": "ogg"}),
    ("ca", "treu els últims 5 segons", None, "ask", {}),
    # ---- cs ----
    (
        "cs",
        "udělej mi instrumentální lofi s kytarou, tak minutu a půl",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("cs", "přegeneruj úsek od 0:30 do 0:45", 120, "audio_inpaint", _win(30, 45)),
    ("cs", "prodluž to na začátku o 10 sekund", 180, "audio_outpaint", _out(10, 0)),
    (
        "cs",
        "ulož jako wav a dej tam fade out 4 sekundy",
        200,
        "process_track",
        {"output_format": "wav", "fade_out_s": 4},
    ),
    ("cs", "Máme svatbu 12. září, bude nás asi 80, chtěl bych veselou polku", None, "t2a", {"tags_has": ["polka"]}),
    # ---- da ----
    (
        "da",
        "lav en stille jazzballade med klaver, ingen vokal",
        None,
        "t2a",
        {"lyrics": INST, "tags_has": ["jazz", "piano"]},
    ),
    ("da", "lav de sidste 12 sekunder om", 180, "audio_inpaint", _win(168, 180)),
    ("da", "gør den 30 sekunder længere til sidst", 150, "audio_outpaint", _out(0, 30)),
    ("da", "eksporter som mp3 i 320 kbps tak", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("da", "kan du fjerne vokalen?", 180, "ask", {}),
    # ---- el ----
    (
        "el",
        "Φτιάξε μου ένα ζεϊμπέκικο με μπουζούκι, γύρω στα 3 λεπτά",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["bouzouki"]},
    ),
    ("el", "ξαναφτιάξε το κομμάτι από 1:20 έως 1:40", 200, "audio_inpaint", _win(80, 100)),
    (
        "el",
        "Έχω ανοιχτό αυτό, αλλά θέλω ένα καινούργιο: χαλαρό ambient χωρίς φωνή",
        150,
        "t2a",
        {"lyrics": INST, "tags_has": ["ambient"]},
    ),
    ("el", "κόψε τα πρώτα 2 δευτερόλεπτα", 180, "process_track", {"trim_start_s": 2}),
    ("el", "επέκτεινέ το στα 5 λεπτά", 360, "ask", {}),
    # ---- fa ----
    (
        "fa",
        "یه آهنگ بی‌کلام با گیتار بساز، حدود دو دقیقه",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("fa", "ثانیه ۲۰ تا ۴۰ رو دوباره بساز", 150, "audio_inpaint", _win(20, 40)),
    ("fa", "۲۰ ثانیه به آخرش اضافه کن", 160, "audio_outpaint", _out(0, 20)),
    ("fa", "خروجی mp3 بده لطفاً", 180, "process_track", {"output_format": "mp3"}),
    ("fa", "میشه صدای خواننده رو جدا کنی؟", 180, "ask", {}),
    # ---- fi ----
    ("fi", "Tee mulle reipas rock-biisi, noin kaksi minuuttia", None, "t2a", {"duration": 120, "tags_has": ["rock"]}),
    ("fi", "generoi uudestaan kohta 0:50–1:05", 180, "audio_inpaint", _win(50, 65)),
    ("fi", "pidennä loppua 30 sekunnilla", 150, "audio_outpaint", _out(0, 30)),
    ("fi", "vie flac-muodossa", 200, "process_track", {"output_format": "flac"}),
    ("fi", "lisää 10 sekunnin häivytys loppuun", None, "ask", {}),
    # ---- he ----
    ("he", "תעשה לי שיר קליל עם גיטרה אקוסטית, בערך שתי דקות", None, "t2a", {"duration": 120, "tags_has": ["guitar"]}),
    ("he", "תייצר מחדש את 20 השניות האחרונות", 180, "audio_inpaint", _win(160, 180)),
    ("he", "תוסיף 15 שניות בהתחלה", 150, "audio_outpaint", _out(15, 0)),
    ("he", "תייצא ל-wav", 200, "process_track", {"output_format": "wav"}),
    ("he", "אנחנו 40 איש במסיבה ב-20:00, צריך משהו רקיד, פופ", None, "t2a", {"tags_has": ["pop"]}),
    # ---- hr ----
    ("hr", "napravi mi laganu pjesmu s klavirom, bez vokala", None, "t2a", {"lyrics": INST, "tags_has": ["piano"]}),
    ("hr", "ponovno generiraj dio od 1:00 do 1:20", 180, "audio_inpaint", _win(60, 80)),
    ("hr", "produlji za pola minute na kraju", 150, "audio_outpaint", _out(0, 30)),
    ("hr", "pretvori u m4a", 180, "ask", {}),
    # ---- ht ----
    ("ht", "Fè yon mizik konpa pou mwen, anviwon 3 minit", None, "t2a", {"duration": 180}),
    ("ht", "refè dènye 10 segonn yo", 120, "audio_inpaint", _win(110, 120)),
    ("ht", "ekspòte l an mp3", 180, "process_track", {"output_format": "mp3"}),
    ("ht", "ajoute 20 segonn nan fen an", None, "ask", {}),
    # ---- hu ----
    (
        "hu",
        "csinálj egy nyugis zongorás számot ének nélkül, kb. 2 perc",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("hu", "generáld újra 0:30 és 0:50 között", 150, "audio_inpaint", _win(30, 50)),
    ("hu", "hosszabbítsd meg a végét 25 másodperccel", 150, "audio_outpaint", _out(0, 25)),
    (
        "hu",
        "vágd le az utolsó 3 másodpercet, és exportáld wav-ba",
        180,
        "process_track",
        {"trim_end_s": 3, "output_format": "wav"},
    ),
    ("hu", "tudnád lassítani egy kicsit?", 180, "ask", {}),
    # ---- id ----
    (
        "id",
        "bikinin lagu dangdut buat acara 17 Agustusan dong, kita ada 100 orang",
        None,
        "t2a",
        {"tags_has": ["dangdut"]},
    ),
    ("id", "ulang bagian detik 40 sampai 55", 120, "audio_inpaint", _win(40, 55)),
    ("id", "tambahin 30 detik di akhir ya", 150, "audio_outpaint", _out(0, 30)),
    ("id", "export ke mp3 192kbps", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    (
        "id",
        "Di bawah langit senja\nkau genggam tanganku erat\nwalau jarak memisah kita\nhatiku tetap dekat\n\n"
        "bikin jadi lagu pop akustik",
        None,
        "t2a",
        {
            "lyrics": "Di bawah langit senja\nkau genggam tanganku erat\nwalau jarak memisah kita\nhatiku tetap dekat",
            "tags_has": ["pop"],
            "vocal_language": "id",
        },
    ),
    # ---- is ----
    ("is", "gerðu rólegt lag með gítar, engin rödd", None, "t2a", {"lyrics": INST, "tags_has": ["guitar"]}),
    ("is", "endurgerðu síðustu 10 sekúndurnar", 180, "audio_inpaint", _win(170, 180)),
    ("is", "lengdu lagið um 20 sekúndur í lokin", 140, "audio_outpaint", _out(0, 20)),
    ("is", "vistaðu sem flac", 200, "process_track", {"output_format": "flac"}),
    # ---- la ----
    ("la", "Compone mihi carmen lene, sine voce", None, "t2a", {"lyrics": INST}),
    (
        "la",
        "Gaudeamus hodie\nsol lucet super montes\nlaeti canimus omnes\nad fontes, ad fontes\n\n"
        "Latine cantandum, quaeso",
        None,
        "t2a",
        {
            "lyrics": "Gaudeamus hodie\nsol lucet super montes\nlaeti canimus omnes\nad fontes, ad fontes",
            "vocal_language": "la",
        },
    ),
    ("la", "Ultimas decem secundas iterum fac", 150, "audio_inpaint", _win(140, 150)),
    ("la", "Exporta in forma mp3", 180, "process_track", {"output_format": "mp3"}),
    # ---- lt ----
    (
        "lt",
        "sukurk ramią fortepijono melodiją be vokalo, apie dvi minutes",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("lt", "pergeneruok nuo 1:00 iki 1:20", 180, "audio_inpaint", _win(60, 80)),
    ("lt", "pailgink pabaigą 30 sekundžių", 150, "audio_outpaint", _out(0, 30)),
    ("lt", "ar gali pakeisti tempą?", 180, "ask", {}),
    # ---- ms ----
    ("ms", "buatkan lagu raya yang ceria, lebih kurang 2 minit", None, "t2a", {"duration": 120}),
    ("ms", "jana semula 15 saat terakhir", 180, "audio_inpaint", _win(165, 180)),
    ("ms", "eksport dalam format wav", 200, "process_track", {"output_format": "wav"}),
    ("ms", "panjangkan lagi 20 saat", None, "ask", {}),
    # ---- ne ----
    ("ne", "मलाई बाँसुरीको शान्त धुन बनाइदेऊ, गीत बिना", None, "t2a", {"lyrics": INST, "tags_has": ["flute"]}),
    ("ne", "अन्तिम १० सेकेन्ड फेरि बनाउ", 120, "audio_inpaint", _win(110, 120)),
    ("ne", "mp3 मा export गर", 180, "process_track", {"output_format": "mp3"}),
    ("ne", "सुरुमा २० सेकेन्ड थप", 150, "audio_outpaint", _out(20, 0)),
    # ---- nl ----
    ("nl", "maak een vrolijk housenummer van 3 minuten", None, "t2a", {"duration": 180, "tags_has": ["house"]}),
    ("nl", "genereer het stuk van 1:30 tot 1:45 opnieuw", 180, "audio_inpaint", _win(90, 105)),
    ("nl", "maak hem 30 seconden langer aan het eind", 150, "audio_outpaint", _out(0, 30)),
    (
        "nl",
        "zet er een fade-out van 5 sec op en exporteer als mp3",
        200,
        "process_track",
        {"fade_out_s": 5, "output_format": "mp3"},
    ),
    ("nl", "kun je de toonhoogte wat verlagen?", 180, "ask", {}),
    # ---- no ----
    ("no", "lag en rolig gitarlåt uten vokal", None, "t2a", {"lyrics": INST, "tags_has": ["guitar"]}),
    ("no", "lag de siste 15 sekundene på nytt", 180, "audio_inpaint", _win(165, 180)),
    ("no", "forleng med 20 sekunder på slutten", 140, "audio_outpaint", _out(0, 20)),
    ("no", "Vi er 25 på hytta i helgen, lag en festlig låt", None, "t2a", {}),
    # ---- pa ----
    ("pa", "ਮੇਰੇ ਲਈ ਇੱਕ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ, ਲਗਭਗ 3 ਮਿੰਟ", None, "t2a", {"duration": 180, "tags_has": ["bhangra"]}),
    ("pa", "ਆਖਰੀ 10 ਸਕਿੰਟ ਦੁਬਾਰਾ ਬਣਾਓ", 150, "audio_inpaint", _win(140, 150)),
    ("pa", "ਇਸਨੂੰ wav ਵਿੱਚ export ਕਰੋ", 180, "process_track", {"output_format": "wav"}),
    ("pa", "ਸ਼ੁਰੂ ਦੇ 5 ਸਕਿੰਟ ਕੱਟ ਦਿਓ", None, "ask", {}),
    # ---- pl ----
    (
        "pl",
        "zrób mi spokojny utwór na pianinie bez wokalu, jakieś dwie minuty",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("pl", "wygeneruj od nowa fragment 0:40–1:00", 150, "audio_inpaint", _win(40, 60)),
    ("pl", "przedłuż o 30 sekund na końcu", 150, "audio_outpaint", _out(0, 30)),
    (
        "pl",
        "wyeksportuj do flac i znormalizuj do -14 LUFS",
        200,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -14},
    ),
    ("pl", "możesz zmienić tonację o cały ton w górę?", 180, "ask", {}),
    # ---- ro ----
    ("ro", "fă-mi o melodie veselă pentru nunta din 8 iulie, suntem vreo 150 de invitați", None, "t2a", {}),
    ("ro", "regenerează ultimele 20 de secunde", 180, "audio_inpaint", _win(160, 180)),
    ("ro", "exportă în mp3", 200, "process_track", {"output_format": "mp3"}),
    ("ro", "adaugă 15 secunde la început", 180, "audio_outpaint", _out(15, 0)),
    # ---- sa ----
    ("sa", "वीणावादनेन शान्तं गीतं रचय, गानं विना", None, "t2a", {"lyrics": INST}),
    (
        "sa",
        "सूर्यः उदेति पूर्वस्याम्\nपक्षिणः कूजन्ति वृक्षेषु\nनदी वहति शान्तम्\nमनः हसति प्रभाते\n\nसंस्कृतेन गायतु",
        None,
        "t2a",
        {"lyrics": "सूर्यः उदेति पूर्वस्याम्\nपक्षिणः कूजन्ति वृक्षेषु\nनदी वहति शान्तम्\nमनः हसति प्रभाते", "vocal_language": "sa"},
    ),
    ("sa", "अन्तिमान् दश सेकण्डान् पुनः रचय", 120, "audio_inpaint", _win(110, 120)),
    ("sa", "mp3 रूपेण निर्यातय", 180, "process_track", {"output_format": "mp3"}),
    # ---- sk ----
    (
        "sk",
        "sprav mi veselú ľudovku s harmonikou, tak tri minúty",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["accordion"]},
    ),
    ("sk", "pregeneruj úsek od 1:10 do 1:30", 180, "audio_inpaint", _win(70, 90)),
    ("sk", "predĺž to o 20 sekúnd na konci", 160, "audio_outpaint", _out(0, 20)),
    ("sk", "môžeš oddeliť vokály od hudby?", 180, "ask", {}),
    # ---- sr ----
    (
        "sr",
        "направи ми нешто са трубама за славље, око два минута",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["trumpet"]},
    ),
    ("sr", "поново генериши последњих 15 секунди", 150, "audio_inpaint", _win(135, 150)),
    ("sr", "izvezi kao wav", 180, "process_track", {"output_format": "wav"}),
    ("sr", "produži na kraju za 30 sekundi", None, "ask", {}),
    # ---- sv ----
    (
        "sv",
        "gör en lugn jazzlåt med saxofon, ungefär två minuter, instrumental",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["jazz", "sax"]},
    ),
    ("sv", "gör om sekunderna 20 till 35", 150, "audio_inpaint", _win(20, 35)),
    ("sv", "förläng den med 40 sekunder i slutet", 140, "audio_outpaint", _out(0, 40)),
    ("sv", "lägg på en fade in på 2 sek och en fade out på 6", 180, "process_track", {"fade_in_s": 2, "fade_out_s": 6}),
    (
        "sv",
        "Min mormor fyller 90 på lördag, kan du göra en glad visa på svenska till henne?",
        None,
        "t2a",
        {"vocal_language": "sv"},
    ),
    # ---- sw ----
    (
        "sw",
        "nitengenezee wimbo wa taarab wenye gitaa, bila kuimba",
        None,
        "t2a",
        {"lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("sw", "rudia sekunde 10 za mwisho", 180, "audio_inpaint", _win(170, 180)),
    ("sw", "ihifadhi kama mp3", 200, "process_track", {"output_format": "mp3"}),
    ("sw", "iongeze sekunde 30 mwishoni", 150, "audio_outpaint", _out(0, 30)),
    # ---- ta ----
    (
        "ta",
        "ஒரு மெல்லிய புல்லாங்குழல் இசை உருவாக்கு, பாடல் இல்லாமல், 2 நிமிடம்",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["flute"]},
    ),
    ("ta", "கடைசி 20 வினாடிகளை மீண்டும் உருவாக்கு", 180, "audio_inpaint", _win(160, 180)),
    ("ta", "wav ஆக export பண்ணு", 150, "process_track", {"output_format": "wav"}),
    ("ta", "சுருதியை கொஞ்சம் குறைக்க முடியுமா?", 180, "ask", {}),
    # ---- te ----
    ("te", "గానం లేకుండా ఒక ప్రశాంతమైన పియానో సంగీతం చేయి", None, "t2a", {"lyrics": INST, "tags_has": ["piano"]}),
    ("te", "చివరి 15 సెకన్లు మళ్ళీ చేయి", 150, "audio_inpaint", _win(135, 150)),
    ("te", "చివర్లో 30 సెకన్లు పొడిగించు", 120, "audio_outpaint", _out(0, 30)),
    ("te", "mp3 లో export చేయి", 180, "process_track", {"output_format": "mp3"}),
    # ---- th ----
    ("th", "ช่วยทำเพลงสนุกๆ สำหรับงานบวชวันที่ 12 นี้หน่อย มีแขกประมาณ 50 คน", None, "t2a", {}),
    ("th", "ทำช่วง 0:30 ถึง 0:50 ใหม่", 150, "audio_inpaint", _win(30, 50)),
    ("th", "ต่อท้ายอีก 20 วินาที", 120, "audio_outpaint", _out(0, 20)),
    ("th", "เอาเป็นไฟล์ flac", 200, "process_track", {"output_format": "flac"}),
    # ---- tl ----
    (
        "tl",
        "gawan mo ako ng chill na acoustic guitar song, mga 2 minutes, walang vocals",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("tl", "paki-redo yung huling 10 seconds", 150, "audio_inpaint", _win(140, 150)),
    ("tl", "i-export mo as mp3", 180, "process_track", {"output_format": "mp3"}),
    ("tl", "pahabain mo ng 30 secs sa dulo", None, "ask", {}),
    # ---- tr ----
    (
        "tr",
        "bana sözsüz, gitarlı sakin bir parça yap, 3 dakika kadar",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("tr", "1:00 ile 1:20 arasını yeniden oluştur", 180, "audio_inpaint", _win(60, 80)),
    ("tr", "sonuna 30 saniye ekle", 150, "audio_outpaint", _out(0, 30)),
    (
        "tr",
        "wav olarak dışa aktar ve son 5 saniyeyi kes",
        200,
        "process_track",
        {"output_format": "wav", "trim_end_s": 5},
    ),
    ("tr", "bunu başka bir şarkıyla karıştırabilir misin?", 180, "ask", {}),
    # ---- uk ----
    ("uk", "зроби мені спокійну мелодію на гітарі без вокалу", None, "t2a", {"lyrics": INST, "tags_has": ["guitar"]}),
    ("uk", "перегенеруй останні 20 секунд", 160, "audio_inpaint", _win(140, 160)),
    ("uk", "подовж трек на пів хвилини в кінці", 150, "audio_outpaint", _out(0, 30)),
    ("uk", "збережи в mp3, 320 кбіт/с", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    (
        "uk",
        "Над Дніпром туман сивіє\nзорі гаснуть до світання\nсерце тихо ще надіє\nна одне твоє признання\n\n"
        "зроби з цього фолк-пісню",
        None,
        "t2a",
        {
            "lyrics": "Над Дніпром туман сивіє\nзорі гаснуть до світання\nсерце тихо ще надіє\nна одне твоє признання",
            "tags_has": ["folk"],
            "vocal_language": "uk",
        },
    ),
    # ---- ur ----
    ("ur", "میرے لیے ایک قوالی بنا دو، تقریباً چار منٹ کی", None, "t2a", {"duration": 240, "tags_has": ["qawwali"]}),
    ("ur", "آخری 15 سیکنڈ دوبارہ بناؤ", 180, "audio_inpaint", _win(165, 180)),
    ("ur", "اسے mp3 میں ایکسپورٹ کر دو", 150, "process_track", {"output_format": "mp3"}),
    ("ur", "شروع میں 10 سیکنڈ کا انٹرو ڈال دو", 180, "audio_outpaint", _out(10, 0)),
    # ---- vi ----
    (
        "vi",
        "làm cho mình một bản nhạc không lời có tiếng piano, khoảng 2 phút nha",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("vi", "tạo lại đoạn từ 1:00 đến 1:15", 180, "audio_inpaint", _win(60, 75)),
    ("vi", "kéo dài thêm 30 giây ở cuối", 150, "audio_outpaint", _out(0, 30)),
    ("vi", "xuất ra file wav giúp mình", 200, "process_track", {"output_format": "wav"}),
    ("vi", "đổi tông lên nửa cung được không", 180, "ask", {}),
    # ---- yue ----
    ("yue", "幫我整首廣東歌，講中秋節，要用廣東話唱", None, "t2a", {"vocal_language": "yue"}),
    ("yue", "最後嗰15秒重新整過", 180, "audio_inpaint", _win(165, 180)),
    ("yue", "輸出做mp3得唔得", 150, "process_track", {"output_format": "mp3"}),
    ("yue", "喺尾加多30秒", None, "ask", {}),
]
