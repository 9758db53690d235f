"""The thirteenth blind red-team set for the make_music router: about 290 requests in 50 languages, written and
labelled before any of them was run (casual chat style: typos, missing accents, transliteration, code-switching,
context before the ask, compound requests, numbers that are not lengths, lyrics with times and edit verbs).

Each case: (language, request, length in seconds of the user's existing track or None, wanted tool, arguments
the plan must carry). Scored by scripts/router_eval_redteam3.py --set 13."""

from __future__ import annotations

from typing import Any

INST = "[inst]"
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _out(before: float, after: float) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after}


def _win(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


_EN_LYRICS = """[verse]
I left at 5:30, you were still asleep
cut the lights and drove into the deep
[chorus]
extend the night, don't let it end
replace the morning with you again"""

_ES_LYRICS = """[verso]
Son las 2:15 y no puedo dormir
borra el final, que no quiero salir
[coro]
repite conmigo, una vez más
treinta segundos y te vas"""

_DE_LYRICS = """[Strophe]
Um halb acht am Bahnsteig drei
schneid die Zeit, dann bist du frei
[Refrain]
Noch zehn Sekunden, bleib bei mir
mach es länger, ich bin hier"""

_PT_LYRICS = """[verso]
Às 6 da manhã o café já esfriou
apaga esse fim que o dia começou
[refrão]
Estica o verão, estica o verão
mais um minuto no meu coração"""

_JA_LYRICS = """[Verse]
午前2時の駅で 君を待ってた
最後の20秒だけ やり直したい
[Chorus]
もう一度 もう一度 伸ばしてよ"""

R13: list[tuple[Any, ...]] = [
    # ---- en ----
    (
        "en",
        "the client said the ending drags lol. can u redo just the last 25 sec so it lands harder",
        190,
        "audio_inpaint",
        _win(165, 190),
    ),
    (
        "en",
        "gimme 3 diff takes of a chill lofi beat for studying, like 2 mins, no vocals pls",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "takes": 3},
    ),
    (
        "en",
        "my grandma turns 90 next week!! could you make her a sweet little folk song, acoustic guitar, warm",
        None,
        "t2a",
        {"tags_has": ["folk"]},
    ),
    ("en", "this is 2:40 rn, stretch it to 3:30 by adding on the end", 160, "audio_outpaint", _out(0, 50)),
    (
        "en",
        "ok final step: export as mp3 320k and we're done",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    ("en", "wow the sax bit around 1:05 is gorgeous honestly", 200, "ask", {}),
    ("en", "can you turn the bass down a bit in the chorus, it's muddy", 180, "ask", {}),
    (
        "en",
        "synthwave, 128 bpm, 1980s night drive vibe, three and a half minutes",
        None,
        "t2a",
        {"duration": 210, "tags_has": ["synthwave"]},
    ),
    (
        "en",
        "dont touch anything else but redo 0:48 to 1:12 — the vocal there is off key",
        205,
        "audio_inpaint",
        _win(48, 72),
    ),
    ("en", "write me an indie pop song with these words\n" + _EN_LYRICS, None, "t2a", {"lyrics": _EN_LYRICS}),
    ("en", "fix the part from 2:10 to 2:30 pls", 120, "ask", {}),
    # ---- de ----
    (
        "de",
        "Kannst du mir nen entspannten Jazz-Track basteln, so 90 Sekunden, ohne Gesang",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    (
        "de",
        "Der Kunde meint das Intro zieht sich. Bitte die ersten 12 sek neu machen, Rest bleibt",
        175,
        "audio_inpaint",
        _win(0, 12),
    ),
    ("de", "häng noch ne halbe minute hinten dran", 150, "audio_outpaint", _out(0, 30)),
    (
        "de",
        "bitte als wav raus und auf -14 LUFS normalisieren",
        200,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("de", "Schlager auf Deutsch über unseren Dackel Bello, der wird 7", None, "t2a", {"vocal_language": "de"}),
    ("de", "Mach bitte die Gitarre leiser, die übertönt alles", 180, "ask", {}),
    ("de", "von 1:20 bis 1:45 klingts matschig, nochmal neu generieren bitte", 210, "audio_inpaint", _win(80, 105)),
    ("de", "Techno, 140 BPM, fünf Minuten lang, Industrial-Vibe", None, "t2a", {"duration": 300}),
    ("de", "Vorne 8 Sekunden Intro dazu und hinten 20 Sek Outro", 160, "audio_outpaint", _out(8, 20)),
    (
        "de",
        "zwei Versionen von nem Jingle für meinen Podcast, 15 Sekunden, aber ohne Drums",
        None,
        "t2a",
        {"takes": 2, "duration": 15, "tags_lacks": ["drums"]},
    ),
    ("de", "Indie-Folk mit folgendem Text:\n" + _DE_LYRICS, None, "t2a", {"lyrics": _DE_LYRICS}),
    # ---- es ----
    (
        "es",
        "necesito una cumbia bien bailable pa la fiesta de mi tia q cumple 50, q dure 3 min",
        None,
        "t2a",
        {"duration": 180},
    ),
    (
        "es",
        "el cliente dice que el final se hace eterno, rehaz los ultimos 30 segundos",
        200,
        "audio_inpaint",
        _win(170, 200),
    ),
    ("es", "alargalo 45 seg mas al final porfa", 150, "audio_outpaint", _out(0, 45)),
    ("es", "pasamelo a flac nada mas", 180, "process_track", {"output_format": "flac"}),
    ("es", "instrumental de guitarra flamenca, 2 minutos y medio", None, "t2a", {"duration": 150, "lyrics": INST}),
    ("es", "quitale la voz y dejame solo la pista", 180, "ask", {}),
    ("es", "del 1:30 al 1:50 la bateria suena rara, regeneralo", 220, "audio_inpaint", _win(90, 110)),
    (
        "es",
        "hazme una balada cantada en inglés sobre Madrid de noche, 4 minutos",
        None,
        "t2a",
        {"vocal_language": "en", "duration": 240},
    ),
    ("es", "no lo alargues, solo ponle un fade out de 5 segundos al final", 200, "process_track", {"fade_out_s": 5}),
    ("es", "cambia la parte del segundo 40 al 55", None, "ask", {}),
    ("es", "un reggaeton con esta letra:\n" + _ES_LYRICS, None, "t2a", {"lyrics": _ES_LYRICS}),
    # ---- fr ----
    (
        "fr",
        "tu peux me faire un morceau electro chill de 2min30 sans voix stp",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST},
    ),
    ("fr", "refais juste les 10 premieres secondes, l'attaque est trop brutale", 180, "audio_inpaint", _win(0, 10)),
    ("fr", "rajoute une intro de 20 s au début", 160, "audio_outpaint", _out(20, 0)),
    ("fr", "le passage entre 2:05 et 2:25 est raté, tu peux le régénérer ?", 230, "audio_inpaint", _win(125, 145)),
    (
        "fr",
        "une chanson en français pour l'anniv de ma fille qui a 6 ans, style comptine",
        None,
        "t2a",
        {"vocal_language": "fr"},
    ),
    ("fr", "en mp3 192 kbps svp", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("fr", "ajoute un violon sur tout le morceau", 180, "ask", {}),
    ("fr", "fais-en une boucle propre pour mon jeu", 60, "process_track", {"loop": True}),
    ("fr", "musique de film épique, 3 prises différentes, 1 minute chacune", None, "t2a", {"takes": 3, "duration": 60}),
    ("fr", "passe-le de 3 min à 4 min en prolongeant la fin", 180, "audio_outpaint", _out(0, 60)),
    ("fr", "fais-moi un morceau, ou plutôt deux : un reggae pour lundi et un tango pour mardi", None, "ask", {}),
    # ---- hi ----
    (
        "hi",
        "ek romantic gaana banao hindi mein, barish wala mood, 3 minute ka",
        None,
        "t2a",
        {"vocal_language": "hi", "duration": 180},
    ),
    ("hi", "आखिरी 15 सेकंड दोबारा बनाओ, एंडिंग अच्छी नहीं लगी", 195, "audio_inpaint", _win(180, 195)),
    ("hi", "shuru mein 10 sec ka intro jod do", 170, "audio_outpaint", _out(10, 0)),
    ("hi", "बिना आवाज़ के एक शांत बांसुरी वाला संगीत चाहिए, 1 मिनट", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("hi", "1:00 se 1:20 tak wala hissa phir se banao, drums bahut zyada lag rahe", 200, "audio_inpaint", _win(60, 80)),
    ("hi", "isko mp3 me convert kar do bhai", 180, "process_track", {"output_format": "mp3"}),
    ("hi", "गाना बहुत मस्त बना है यार, खासकर 2:10 वाला हिस्सा", 200, "ask", {}),
    (
        "hi",
        "mere dost ki shaadi 25 tarikh ko hai, uske liye ek dhamakedar bhangra track banao",
        None,
        "t2a",
        {"tags_has": ["bhangra"]},
    ),
    ("hi", "इसे 2 मिनट और लंबा कर दो, आखिर में", 150, "audio_outpaint", _out(0, 120)),
    ("hi", "vocals hata do bas music rakho", 180, "ask", {}),
    ("hi", "2:30 se 2:50 tak dobara banao", 140, "ask", {}),
    # ---- it ----
    ("it", "mi fai una base trap di un minuto e mezzo? niente voce", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("it", "rifai gli ultimi 20 secondi, il finale è troppo brusco", 185, "audio_inpaint", _win(165, 185)),
    ("it", "allungalo di 30 secondi all'inizio", 150, "audio_outpaint", _out(30, 0)),
    ("it", "dal minuto 1:10 al 1:40 rigenera tutto, la melodia non mi convince", 200, "audio_inpaint", _win(70, 100)),
    ("it", "canzone in italiano per i 18 anni di mio cugino, pop allegro", None, "t2a", {"vocal_language": "it"}),
    (
        "it",
        "normalizzalo a -14 LUFS ed esportalo in wav",
        200,
        "process_track",
        {"loudness_lufs": -14, "output_format": "wav"},
    ),
    ("it", "una canzone su Roma, stile anni 60, 2 minuti", None, "t2a", {"duration": 120}),
    ("it", "abbassa un po' la batteria", 180, "ask", {}),
    ("it", "fammi risentire il pezzo", 180, "ask", {}),
    ("it", "taglia i primi 5 secondi di silenzio", 180, "process_track", {"trim_start_s": 5}),
    (
        "it",
        "due versioni di una ninna nanna al pianoforte, strumentale, 2 min",
        None,
        "t2a",
        {"takes": 2, "lyrics": INST, "duration": 120},
    ),
    # ---- ja ----
    ("ja", "ローファイのチルなBGMを2分で、ボーカルなしでお願いします", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ja", "最後の20秒だけ作り直して。終わり方が微妙", 180, "audio_inpaint", _win(160, 180)),
    ("ja", "頭に15秒のイントロを足してほしい", 165, "audio_outpaint", _out(15, 0)),
    ("ja", "1分10秒から1分30秒のところ、ギターがうるさいので再生成して", 210, "audio_inpaint", _win(70, 90)),
    ("ja", "日本語で歌う卒業ソング、3分半", None, "t2a", {"vocal_language": "ja", "duration": 210}),
    ("ja", "mp3にして", 180, "process_track", {"output_format": "mp3"}),
    ("ja", "サビめっちゃいいね！", 180, "ask", {}),
    ("ja", "あと1分延ばして、最後に", 120, "audio_outpaint", _out(0, 60)),
    ("ja", "英語で歌うシティポップ、BPM110、4分", None, "t2a", {"vocal_language": "en", "duration": 240}),
    ("ja", "ボーカルだけ消して", 180, "ask", {}),
    ("ja", "この歌詞でバラードを作って\n" + _JA_LYRICS, None, "t2a", {"lyrics": _JA_LYRICS}),
    # ---- ko ----
    ("ko", "잔잔한 피아노 곡 하나 만들어줘 1분 30초, 보컬 없이", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("ko", "마지막 10초만 다시 만들어줘", 150, "audio_inpaint", _win(140, 150)),
    ("ko", "앞에 인트로 5초 붙여줘", 150, "audio_outpaint", _out(5, 0)),
    ("ko", "2:00부터 2:20까지 다시 생성해줘 ㅠ 드럼이 이상함", 230, "audio_inpaint", _win(120, 140)),
    ("ko", "한국어로 부르는 발라드, 첫사랑 테마, 3분", None, "t2a", {"vocal_language": "ko", "duration": 180}),
    ("ko", "wav로 뽑아줘", 180, "process_track", {"output_format": "wav"}),
    ("ko", "베이스 소리 좀 키워줘", 180, "ask", {}),
    ("ko", "이거 4분으로 늘려줘 뒤쪽으로", 180, "audio_outpaint", _out(0, 60)),
    ("ko", "케이팝 댄스곡 세 가지 버전으로, 2분", None, "t2a", {"takes": 3, "duration": 120}),
    ("ko", "엔딩에 페이드아웃 8초 넣어줘", 180, "process_track", {"fade_out_s": 8}),
    ("ko", "우리 엄마 60번째 생신 축하 노래 만들어줘", None, "t2a", {}),
    # ---- pt ----
    ("pt", "faz um samba animado de 2 min pra abrir o video, sem voz", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("pt", "refaz os ultimos 15s, o final ficou cortado", 175, "audio_inpaint", _win(160, 175)),
    ("pt", "coloca mais 40 segundos no final", 140, "audio_outpaint", _out(0, 40)),
    ("pt", "o trecho de 0:50 a 1:10 ficou estranho, gera de novo", 190, "audio_inpaint", _win(50, 70)),
    ("pt", "uma musica em portugues sobre saudade, violão e voz", None, "t2a", {"vocal_language": "pt"}),
    ("pt", "converte pra mp3 128kbps", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("pt", "ficou lindo demais, principalmente o refrão", 180, "ask", {}),
    ("pt", "forró pé de serra, 3 minutos e 15 segundos", None, "t2a", {"duration": 195}),
    ("pt", "tira a bateria dessa musica", 180, "ask", {}),
    ("pt", "aumenta 20s no começo e 20s no fim", 150, "audio_outpaint", _out(20, 20)),
    ("pt", "um pagode com essa letra aqui:\n" + _PT_LYRICS, None, "t2a", {"lyrics": _PT_LYRICS}),
    # ---- ru ----
    ("ru", "сделай спокойный эмбиент на 4 минуты без вокала", None, "t2a", {"duration": 240, "lyrics": INST}),
    ("ru", "перегенерируй последние 30 сек, концовка скучная", 200, "audio_inpaint", _win(170, 200)),
    ("ru", "добавь в начало вступление на 10 секунд", 160, "audio_outpaint", _out(10, 0)),
    ("ru", "с 1:15 до 1:35 переделай плз", 210, "audio_inpaint", _win(75, 95)),
    ("ru", "песня на русском про дачу и лето, 2.5 минуты", None, "t2a", {"vocal_language": "ru", "duration": 150}),
    ("ru", "сохрани в flac", 180, "process_track", {"output_format": "flac"}),
    ("ru", "сделай гитару погромче", 180, "ask", {}),
    ("ru", "продли трек до 3 минут, сейчас он 2:20, добавь в конце", 140, "audio_outpaint", _out(0, 40)),
    ("ru", "2 варианта трека для рекламы кофе, 30 секунд", None, "t2a", {"takes": 2, "duration": 30}),
    ("ru", "песня для бабушки на 80-летие, петь на украинском", None, "t2a", {"vocal_language": "uk"}),
    ("ru", "перегенерируй с 3:00 до 3:20", 170, "ask", {}),
    # ---- zh ----
    ("zh", "帮我做一首轻松的爵士，纯音乐，一分半", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("zh", "最后20秒重新生成一下，结尾太突然了", 190, "audio_inpaint", _win(170, 190)),
    ("zh", "前面加个10秒的前奏", 150, "audio_outpaint", _out(10, 0)),
    ("zh", "1分05秒到1分25秒那段重做", 200, "audio_inpaint", _win(65, 85)),
    ("zh", "用粤语唱的情歌，3分钟", None, "t2a", {"vocal_language": "yue", "duration": 180}),
    ("zh", "导出成mp3", 180, "process_track", {"output_format": "mp3"}),
    ("zh", "把人声去掉", 180, "ask", {}),
    ("zh", "再往后延长30秒", 150, "audio_outpaint", _out(0, 30)),
    ("zh", "做个古风曲子，要有古筝，不要鼓，2分钟", None, "t2a", {"duration": 120, "tags_lacks": ["drums"]}),
    ("zh", "副歌那段真好听", 180, "ask", {}),
    (
        "zh",
        "给我三个版本的游戏背景音乐，8-bit风格，一分钟，无人声",
        None,
        "t2a",
        {"takes": 3, "duration": 60, "lyrics": INST},
    ),
    # ---- ar ----
    ("ar", "اعملي موسيقى هادئة بدون غناء مدتها دقيقتين", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ar", "أعد توليد آخر 20 ثانية، النهاية ضعيفة", 180, "audio_inpaint", _win(160, 180)),
    ("ar", "ضيف مقدمة 15 ثانية في البداية", 160, "audio_outpaint", _out(15, 0)),
    ("ar", "من 1:00 إلى 1:30 عيد الجزء ده تاني", 200, "audio_inpaint", _win(60, 90)),
    ("ar", "أغنية باللغة العربية عن الوطن، 3 دقائق", None, "t2a", {"vocal_language": "ar", "duration": 180}),
    ("ar", "حوله إلى mp3", 180, "process_track", {"output_format": "mp3"}),
    ("ar", "ارفع صوت الطبلة شوية", 180, "ask", {}),
    ("ar", "zawed 30 sanya fel a5er law sama7t", 150, "audio_outpaint", _out(0, 30)),
    ("ar", "الأغنية حلوة جدا تسلم إيدك", 180, "ask", {}),
    ("ar", "عايز لحن عود حزين لعيد ميلاد جدي الـ70، من غير كلام", None, "t2a", {"lyrics": INST}),
    ("ar", "نسختين من موسيقى إعلان، 45 ثانية", None, "t2a", {"takes": 2, "duration": 45}),
    # ---- az ----
    (
        "az",
        "salam, videom üçün 2 dəqiqəlik sakit piano musiqisi lazımdı, vokalsız olsun",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("az", "müştəri deyir sonluq zəifdir, son 15 saniyəni yenidən yarat", 170, "audio_inpaint", _win(155, 170)),
    ("az", "1:05-dən 1:25-ə qədər olan hissəni yenidən et", 200, "audio_inpaint", _win(65, 85)),
    ("az", "azərbaycan dilində oxunan toy mahnısı, 3 dəq", None, "t2a", {"vocal_language": "az", "duration": 180}),
    # ---- bg ----
    (
        "bg",
        "здрасти, трябва ми весела поп песничка на български за рождения ден на колежка, 3 мин",
        None,
        "t2a",
        {"vocal_language": "bg", "duration": 180},
    ),
    ("bg", "от 0:40 до 1:00 звучи зле, прегенерирай само това", 190, "audio_inpaint", _win(40, 60)),
    ("bg", "zapazi go kato wav pls", 180, "process_track", {"output_format": "wav"}),
    ("bg", "махни вокала", 180, "ask", {}),
    ("bg", "припева от 0:55 до 1:15 го направи по-енергичен", 180, "audio_inpaint", _win(55, 75)),
    # ---- bn ----
    ("bn", "একটা ২ মিনিটের বাঁশির সুর বানাও, গান ছাড়া", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("bn", "শেষের ২০ সেকেন্ড আবার বানাও", 160, "audio_inpaint", _win(140, 160)),
    ("bn", "বাংলায় গাওয়া একটা বর্ষার গান, রবীন্দ্রসংগীতের মতো", None, "t2a", {"vocal_language": "bn"}),
    ("bn", "shuru te 10 second er intro jog koro", 150, "audio_outpaint", _out(10, 0)),
    # ---- ca ----
    ("ca", "fes-me una rumba catalana de 2 minuts i mig, que és per la festa major", None, "t2a", {"duration": 150}),
    ("ca", "torna a generar els ultims 10 segons, que acaba de cop", 140, "audio_inpaint", _win(130, 140)),
    ("ca", "allarga-la 30 segons pel final", 140, "audio_outpaint", _out(0, 30)),
    ("ca", "una cançó en català per a la Diada, amb guitarra", None, "t2a", {"vocal_language": "ca"}),
    ("ca", "m'agrada molt com sona la tornada", 180, "ask", {}),
    # ---- cs ----
    (
        "cs",
        "udělej mi instrumentálku do videa, 45 sekund, neco pozitivniho",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST},
    ),
    ("cs", "predelej usek 1:10–1:25, zni to divne", 200, "audio_inpaint", _win(70, 85)),
    ("cs", "prodluž to na konci o minutu", 150, "audio_outpaint", _out(0, 60)),
    ("cs", "písnička česky pro dědu k 70. narozeninám, dechovka", None, "t2a", {"vocal_language": "cs"}),
    # ---- da ----
    ("da", "lav en rolig lo-fi beat på 3 min uden vokal", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("da", "slutningen er for brat, lav de sidste 25 sek om", 175, "audio_inpaint", _win(150, 175)),
    ("da", "eksporter som mp3 i 256 kbps", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    (
        "da",
        "en sang på dansk til min søsters bryllup d. 14. juni, 3 min",
        None,
        "t2a",
        {"vocal_language": "da", "duration": 180},
    ),
    # ---- el ----
    ("el", "φτιάξε μου ένα ζεϊμπέκικο 3 λεπτά, ορχηστρικό, χωρίς φωνή", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("el", "to kommati apo 1:00 ews 1:15 ksanakane to", 180, "audio_inpaint", _win(60, 75)),
    ("el", "πρόσθεσε 20 δευτερόλεπτα στην αρχή", 160, "audio_outpaint", _out(20, 0)),
    ("el", "τραγούδι στα ελληνικά για το καλοκαίρι στη Νάξο", None, "t2a", {"vocal_language": "el"}),
    # ---- fa ----
    ("fa", "یه آهنگ بی‌کلام آروم با سنتور بساز، ۲ دقیقه", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("fa", "۱۰ ثانیه آخر رو دوباره بساز", 150, "audio_inpaint", _win(140, 150)),
    ("fa", "یه آهنگ به زبان فارسی برای تولد مادرم", None, "t2a", {"vocal_language": "fa"}),
    ("fa", "صدای خواننده رو حذف کن", 180, "ask", {}),
    ("fa", "age mishe 45 sanie be akharesh ezafe kon", 150, "audio_outpaint", _out(0, 45)),
    # ---- fi ----
    ("fi", "tee rauhallinen pianokappale, 2 min, ilman laulua", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("fi", "loppu on tylsä, tee viimeiset 20 sek uusiks", 180, "audio_inpaint", _win(160, 180)),
    ("fi", "pidennä loppua 30 sekunnilla", 150, "audio_outpaint", _out(0, 30)),
    ("fi", "suomeksi laulettu humppa mummon 85-vuotissynttäreille", None, "t2a", {"vocal_language": "fi"}),
    ("fi", "tallenna flacina", 180, "process_track", {"output_format": "flac"}),
    # ---- he ----
    ("he", "תעשה לי מוזיקת רקע בלי שירה, דקה וחצי", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("he", "תייצר מחדש את הקטע מ-0:30 עד 0:50", 170, "audio_inpaint", _win(30, 50)),
    ("he", "תמיר את זה ל-mp3", 180, "process_track", {"output_format": "mp3"}),
    ("he", "שיר בעברית ליום הולדת 40 של אחי, קצבי", None, "t2a", {"vocal_language": "he"}),
    ("he", "תוסיף 15 שניות בסוף", 150, "audio_outpaint", _out(0, 15)),
    # ---- hr ----
    ("hr", "napravi mi laganu gitaru za pozadinu, 1 min, bez vokala", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("hr", "ponovno generiraj zadnjih 15 sekundi", 165, "audio_inpaint", _win(150, 165)),
    ("hr", "dodaj 10 sekundi na početak", 150, "audio_outpaint", _out(10, 0)),
    ("hr", "pojačaj bubnjeve", 180, "ask", {}),
    ("hr", "pjesma na hrvatskom za momačku večer, 2 minute", None, "t2a", {"vocal_language": "hr", "duration": 120}),
    # ---- ht ----
    ("ht", "fè yon mizik konpa pou mwen, 3 minit", None, "t2a", {"duration": 180}),
    ("ht", "refè dènye 20 segonn yo", 180, "audio_inpaint", _win(160, 180)),
    ("ht", "yon chante an kreyòl pou fèt manman m", None, "t2a", {"vocal_language": "ht"}),
    ("ht", "ajoute 30 segonn nan fen an", 150, "audio_outpaint", _out(0, 30)),
    # ---- hu ----
    ("hu", "csinálj egy 2 perces ének nélküli zongoradarabot", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("hu", "az utolsó 10 másodpercet generáld újra", 160, "audio_inpaint", _win(150, 160)),
    ("hu", "1:20-tól 1:40-ig csináld újra", 200, "audio_inpaint", _win(80, 100)),
    ("hu", "magyarul énekelt mulatós nóta, 3 perc", None, "t2a", {"vocal_language": "hu", "duration": 180}),
    # ---- id ----
    ("id", "bikinin lagu dangdut buat nikahan sepupu, durasi 3 menit", None, "t2a", {"duration": 180}),
    ("id", "bagian menit 1.00 sampe 1.20 kurang nendang, bikin ulang ya", 200, "audio_inpaint", _win(60, 80)),
    ("id", "tambahin intro 15 detik di awal", 160, "audio_outpaint", _out(15, 0)),
    ("id", "jadiin mp3 dong", 180, "process_track", {"output_format": "mp3"}),
    ("id", "lagu berbahasa Indonesia tentang mudik, akustik", None, "t2a", {"vocal_language": "id"}),
    # ---- is ----
    ("is", "gerðu rólegt píanólag, 2 mínútur, án söngs", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("is", "gerðu síðustu 15 sekúndurnar upp á nýtt", 170, "audio_inpaint", _win(155, 170)),
    ("is", "lengdu lagið um 30 sekúndur í lokin", 150, "audio_outpaint", _out(0, 30)),
    ("is", "lag sungið á íslensku um norðurljósin", None, "t2a", {"vocal_language": "is"}),
    # ---- la ----
    ("la", "fac mihi musicam sine voce, duo minuta", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("la", "ultima viginti secunda iterum fac", 180, "audio_inpaint", _win(160, 180)),
    ("la", "carmen Latine cantatum de Roma antiqua", None, "t2a", {"vocal_language": "la"}),
    ("la", "adde triginta secunda in fine", 150, "audio_outpaint", _out(0, 30)),
    # ---- lt ----
    ("lt", "sukurk ramią fortepijono melodiją be vokalo, 2 minutės", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("lt", "pergeneruok paskutines 10 sekundžių", 140, "audio_inpaint", _win(130, 140)),
    ("lt", "daina lietuviškai apie Vilnių", None, "t2a", {"vocal_language": "lt"}),
    ("lt", "konvertuok į wav", 180, "process_track", {"output_format": "wav"}),
    # ---- ms ----
    ("ms", "buatkan lagu raya yang ceria, 2 minit setengah", None, "t2a", {"duration": 150}),
    ("ms", "bahagian hujung tu hambar la, buat semula 20 saat terakhir", 180, "audio_inpaint", _win(160, 180)),
    ("ms", "tambah 10 saat intro kat depan", 150, "audio_outpaint", _out(10, 0)),
    ("ms", "kuatkan sikit bunyi gitar", 180, "ask", {}),
    # ---- ne ----
    ("ne", "२ मिनेटको शान्त बाँसुरी धुन बनाइदेऊ, गीत बिना", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ne", "अन्तिम १५ सेकेन्ड फेरि बनाइदेऊ", 165, "audio_inpaint", _win(150, 165)),
    ("ne", "नेपाली भाषामा गाइएको दशैंको गीत", None, "t2a", {"vocal_language": "ne"}),
    ("ne", "यसलाई mp3 मा बदलिदेऊ", 180, "process_track", {"output_format": "mp3"}),
    # ---- nl ----
    ("nl", "maak een chill housetrack van 3 min zonder zang", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("nl", "doe de laatste 20 sec opnieuw aub", 200, "audio_inpaint", _win(180, 200)),
    ("nl", "plak er aan het eind nog 30 seconden aan vast", 150, "audio_outpaint", _out(0, 30)),
    ("nl", "kan je de zang eruit halen", 180, "ask", {}),
    ("nl", "hmm mwah, doe er iets aan", 180, "ask", {}),
    ("nl", "Nederlandstalig levenslied voor de 50e verjaardag van mijn vader", None, "t2a", {"vocal_language": "nl"}),
    # ---- no ----
    ("no", "lag en rolig gitarlåt uten vokal, 90 sekunder", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("no", "lag de siste 15 sekundene på nytt", 175, "audio_inpaint", _win(160, 175)),
    ("no", "legg til 20 sek intro i starten", 150, "audio_outpaint", _out(20, 0)),
    ("no", "sang på norsk om fjorden, 3 min", None, "t2a", {"vocal_language": "no", "duration": 180}),
    ("no", "kan du gjøre den 120?", 180, "ask", {}),
    # ---- pa ----
    ("pa", "ਇੱਕ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ ਪੰਜਾਬੀ ਵਿੱਚ, 3 ਮਿੰਟ", None, "t2a", {"vocal_language": "pa", "duration": 180}),
    ("pa", "ਆਖਰੀ 20 ਸਕਿੰਟ ਦੁਬਾਰਾ ਬਣਾਓ", 180, "audio_inpaint", _win(160, 180)),
    ("pa", "bina vocals de dhol wala track, 1 minute", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("pa", "ਸ਼ੁਰੂ ਵਿੱਚ 10 ਸਕਿੰਟ ਦਾ ਇੰਟਰੋ ਜੋੜੋ", 150, "audio_outpaint", _out(10, 0)),
    # ---- pl ----
    (
        "pl",
        "zrób mi spokojny kawałek bez perkusji na 2 min, z pianinem",
        None,
        "t2a",
        {"duration": 120, "tags_lacks": ["drums"]},
    ),
    ("pl", "wygeneruj jeszcze raz fragment 1:05-1:25", 200, "audio_inpaint", _win(65, 85)),
    ("pl", "przedłuż na końcu o 40 sekund", 160, "audio_outpaint", _out(0, 40)),
    ("pl", "piosenka po polsku na 18-stkę siostry, disco polo", None, "t2a", {"vocal_language": "pl"}),
    ("pl", "zapisz jako flac", 180, "process_track", {"output_format": "flac"}),
    # ---- ro ----
    ("ro", "fa-mi o manea vesela pentru nunta, 3 minute", None, "t2a", {"duration": 180}),
    ("ro", "refă ultimele 15 secunde", 165, "audio_inpaint", _win(150, 165)),
    ("ro", "adaugă 20 de secunde la început", 150, "audio_outpaint", _out(20, 0)),
    ("ro", "scoate vocea din piesă", 180, "ask", {}),
    # ---- sa ----
    ("sa", "गायनं विना शान्तं वेणुसङ्गीतं रचय, 2 min", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("sa", "अन्तिमानि 20 seconds पुनः रचय", 180, "audio_inpaint", _win(160, 180)),
    ("sa", "संस्कृतभाषायां गेयं गणेशस्तुतिगीतं रचय", None, "t2a", {"vocal_language": "sa"}),
    ("sa", "इदं गीतं mp3 रूपे परिवर्तय", 180, "process_track", {"output_format": "mp3"}),
    # ---- sk ----
    ("sk", "sprav mi pokojnú hudbu bez spevu, 2 minúty", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("sk", "pregeneruj posledných 10 sekúnd", 150, "audio_inpaint", _win(140, 150)),
    ("sk", "predĺž to o 30 sekúnd na konci", 150, "audio_outpaint", _out(0, 30)),
    ("sk", "pridaj do toho husle", 180, "ask", {}),
    # ---- sr ----
    ("sr", "направи ми песму на српском за славу, 3 минута", None, "t2a", {"vocal_language": "sr", "duration": 180}),
    ("sr", "generiši ponovo od 0:45 do 1:05", 190, "audio_inpaint", _win(45, 65)),
    ("sr", "deo od 2:00 do 2:15 ponovo, previše je prazno", 200, "audio_inpaint", _win(120, 135)),
    ("sr", "sačuvaj kao wav", 180, "process_track", {"output_format": "wav"}),
    # ---- sv ----
    (
        "sv",
        "gör en lugn lo-fi låt i 85 bpm utan sång, två och en halv minut",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST},
    ),
    ("sv", "gör om sista 20 sekunderna", 180, "audio_inpaint", _win(160, 180)),
    ("sv", "lägg till 10 sek intro i början", 150, "audio_outpaint", _out(10, 0)),
    ("sv", "en låt på svenska till midsommar", None, "t2a", {"vocal_language": "sv"}),
    ("sv", "jättebra, spela upp den igen", 180, "ask", {}),
    # ---- sw ----
    ("sw", "nitengenezee muziki wa bongo flava wa dakika 3", None, "t2a", {"duration": 180}),
    ("sw", "tengeneza upya sekunde 20 za mwisho", 180, "audio_inpaint", _win(160, 180)),
    ("sw", "wimbo kwa Kiswahili kuhusu Zanzibar", None, "t2a", {"vocal_language": "sw"}),
    ("sw", "ongeza sekunde 30 mwishoni", 150, "audio_outpaint", _out(0, 30)),
    # ---- ta ----
    ("ta", "பாட்டு இல்லாமல் ஒரு 2 நிமிட வீணை இசை உருவாக்கு", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ta", "கடைசி 15 வினாடிகளை மீண்டும் உருவாக்கு", 165, "audio_inpaint", _win(150, 165)),
    ("ta", "தமிழில் பாடும் ஒரு கானா பாடல்", None, "t2a", {"vocal_language": "ta"}),
    ("ta", "mp3 ஆக மாற்று", 180, "process_track", {"output_format": "mp3"}),
    # ---- te ----
    ("te", "పాట లేకుండా 1 నిమిషం వేణువు సంగీతం చేయి", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("te", "చివరి 10 సెకన్లు మళ్ళీ చేయి", 150, "audio_inpaint", _win(140, 150)),
    ("te", "తెలుగులో పెళ్లి పాట, 3 నిమిషాలు", None, "t2a", {"vocal_language": "te", "duration": 180}),
    ("te", "మొదట్లో 10 సెకన్ల ఇంట్రో జోడించు", 150, "audio_outpaint", _out(10, 0)),
    # ---- th ----
    ("th", "ทำเพลงลูกทุ่งให้หน่อย 3 นาที", None, "t2a", {"duration": 180}),
    ("th", "ทำ 20 วินาทีสุดท้ายใหม่", 180, "audio_inpaint", _win(160, 180)),
    ("th", "เพลงร้องภาษาไทยเกี่ยวกับสงกรานต์", None, "t2a", {"vocal_language": "th"}),
    ("th", "เพิ่มท้ายเพลงอีก 30 วินาที", 150, "audio_outpaint", _out(0, 30)),
    ("th", "ขอเพลงบรรเลงไม่มีเสียงร้อง แต่ใส่เนื้อร้องเกี่ยวกับแมวของฉันด้วยนะ", None, "ask", {}),
    # ---- tl ----
    ("tl", "gawa ka ng chill na kanta, walang vocals, 2 mins", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("tl", "paki-ulit yung huling 15 segundo", 165, "audio_inpaint", _win(150, 165)),
    ("tl", "kanta sa Tagalog para sa debut ng pinsan ko", None, "t2a", {"vocal_language": "tl"}),
    ("tl", "dagdagan mo ng 20 seconds sa dulo", 150, "audio_outpaint", _out(0, 20)),
    ("tl", "ayusin mo na lang yung kanta, basta gumanda", 180, "ask", {}),
    # ---- tr ----
    ("tr", "bana 2 dakikalık sözsüz sakin bir piyano parçası yap", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("tr", "son 15 saniyeyi yeniden oluştur", 165, "audio_inpaint", _win(150, 165)),
    ("tr", "1:00 ile 1:20 arasını tekrar yap", 200, "audio_inpaint", _win(60, 80)),
    ("tr", "90'lar tarzı Türkçe pop şarkı, 4 dakika", None, "t2a", {"vocal_language": "tr", "duration": 240}),
    ("tr", "mp3 olarak kaydet", 180, "process_track", {"output_format": "mp3"}),
    # ---- uk ----
    ("uk", "зроби спокійну музику без вокалу на 2 хвилини", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("uk", "перегенеруй останні 20 секунд", 180, "audio_inpaint", _win(160, 180)),
    ("uk", "пісня українською про Карпати", None, "t2a", {"vocal_language": "uk"}),
    ("uk", "переробіть шматок 0:30–0:50, там фальшивить", 180, "audio_inpaint", _win(30, 50)),
    # ---- ur ----
    ("ur", "بغیر آواز کے 2 منٹ کی پرسکون موسیقی بناؤ", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ur", "آخری 15 سیکنڈ دوبارہ بناؤ", 165, "audio_inpaint", _win(150, 165)),
    ("ur", "اردو میں گائی ہوئی ایک غزل", None, "t2a", {"vocal_language": "ur"}),
    ("ur", "isko mp3 bana do", 180, "process_track", {"output_format": "mp3"}),
    # ---- vi ----
    ("vi", "làm cho mình bản nhạc lofi ko lời, 2 phút", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("vi", "làm lại 20 giây cuối", 180, "audio_inpaint", _win(160, 180)),
    ("vi", "bài hát tiếng Việt về Hà Nội mùa thu", None, "t2a", {"vocal_language": "vi"}),
    ("vi", "thêm 15 giây intro ở đầu", 150, "audio_outpaint", _out(15, 0)),
    ("vi", "giảm tiếng trống xuống chút", 180, "ask", {}),
    # ---- yue ----
    ("yue", "幫我整首純音樂，輕鬆啲，兩分鐘", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("yue", "最後嗰20秒重新整過", 180, "audio_inpaint", _win(160, 180)),
    ("yue", "用廣東話唱嘅生日歌俾阿媽", None, "t2a", {"vocal_language": "yue"}),
    ("yue", "喺尾加多30秒", 150, "audio_outpaint", _out(0, 30)),
]
