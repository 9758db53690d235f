"""Blind held-out router set 61: a plain even mix, 9.

Everyday requests people type to a music agent in their own language, as a native
speaker types them in a chat: about half first messages (new pieces in genres and
instruments of their region, moods, uses, lengths said in many ways, some with
lyrics pasted in), about half follow-ups with a track open (redo a stretch, extend
before / after / to a total, cut, fade, loop, export, takes), and the asks a careful
reader would make (a part named with no times, no track open for an edit, key or
tempo changes, stems, mixing, versions that must each differ).

Counts: 300 rows; 11 in each of the 12 BIG12 languages (132) and 168 over the 38
others (4 each, a 5th for nl pl tr uk vi id sv cs el he fa ro hu th yue fi).
Intents: t2a 90, audio_inpaint 60, audio_outpaint 45, process_track 60, ask 45.

Labels written by hand from what a careful human reader is sure of; never run by
the writer.
"""

from __future__ import annotations

from typing import Any

INST = "[inst]"
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _out(before: float, after: float) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after}


def _win(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


_L_EN = "walked down to the river\nwhere the cold water runs\nleft my name in the mud\nand my heart in the sun"
_L_ES = "Te busqué en la madrugada\nentre el humo y el café\ntu recuerdo no se apaga\ny yo sigo aquí de pie"
_L_HI = "तेरी आँखों में खो गया हूँ\nहर पल तेरा हो गया हूँ\nचाँदनी रात में तू जो मिले\nसपनों में ही सो गया हूँ"
_L_JA = "夜明け前の駅で\nきみの名前を呼んだ\n誰もいないホームに\n声だけが残った"
_L_PT = "O mar tava calmo\ne você nem olhou\na tarde caiu devagar\ne o violão chorou"
_L_RU = (
    "[Куплет]\nСнег ложится на перрон\nпоезд тронется вот-вот\n[Припев]\nНе держи меня, не жди\nвсё, что было, позади"
)
_L_ZH = "风吹过老街的屋檐\n你说过要回来看看\n那年的桂花还在开\n我还在等你的答案"
_L_AR = "يا ليل طوّل شوي\nخلّ القمر يسهر معي\nالقلب مشتاق وخفي\nوالشوق ما يرحم دمعي"
_L_VI = "Chiều nay mưa rơi trên phố cũ\nem đi qua không nói một lời\nanh đứng đây như người xa lạ\nnhìn mùa thu trôi mãi xa xôi"
_L_FA = "شب‌ها به یاد تو بیدارم\nدل رو به دست باد می‌سپارم\nهر جا که میرم با منی\nاما تو رو کنارم ندارم"
_L_UK = "Ми йшли крізь дощ без парасоль\nі сміялися з вітру\nа місто гасило вогні\nі чекало на нас до світанку"
_L_TH = "คืนนี้ดาวเต็มฟ้า\nแต่ไม่มีเธอข้างกาย\nลมหนาวพัดผ่านมา\nใจฉันยังคิดถึงเธอ"
_L_SA = "वक्रतुण्ड महाकाय सूर्यकोटि समप्रभ।\nनिर्विघ्नं कुरु मे देव सर्वकार्येषु सर्वदा॥"

R61: list[tuple[Any, ...]] = [
    # ---- en ----
    (
        "en",
        "need a lofi hip hop beat for studying, like 2 mins, no vocals",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["hip hop"]},
    ),
    (
        "en",
        "can you make a folk song with these words, acoustic guitar:\n\n" + _L_EN,
        None,
        "t2a",
        {"lyrics": _L_EN, "tags_has": ["folk"], "vocal_language": "en"},
    ),
    (
        "en",
        "this one's fine, leave it. separate thing: a bluegrass banjo tune, 45 seconds, give me 3 takes",
        120,
        "t2a",
        {"duration": 45, "takes": 3, "tags_has": ["banjo"]},
    ),
    ("en", "the bit from 1:05 to 1:20 sounds muddy, redo it", 150, "audio_inpaint", _win(65, 80)),
    ("en", "regenerate the last 15 seconds, the ending kind of falls apart", 200, "audio_inpaint", _win(185, 200)),
    ("en", "make it 2 minutes long, add the extra at the end", 90, "audio_outpaint", _out(0, 30)),
    ("en", "add 20 sec of intro before it starts", 120, "audio_outpaint", _out(20, 0)),
    ("en", "export as mp3 320k please", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("en", "make it loop seamlessly and give me a wav", 60, "process_track", {"loop": True, "output_format": "wav"}),
    ("en", "the chorus is too quiet, can you fix it", 200, "ask", {}),
    ("en", "transpose this down a whole step", 150, "ask", {}),
    # ---- de ----
    (
        "de",
        "Mach mir bitte einen Schlager zum Mitsingen, so drei Minuten, auf Deutsch",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["schlager"], "vocal_language": "de"},
    ),
    (
        "de",
        "Ich brauch Hintergrundmusik für ein Imagevideo, ruhig, Klavier und Streicher, ohne Gesang, 90 Sekunden",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "de",
        "Blasmusik, eine flotte Polka, eine Minute, gern zwei Varianten davon",
        None,
        "t2a",
        {"duration": 60, "takes": 2, "tags_has": ["polka"]},
    ),
    (
        "de",
        "Zwischen 2:10 und 2:25 ist so ein komisches Knacken, kannst du den Teil neu machen?",
        240,
        "audio_inpaint",
        _win(130, 145),
    ),
    ("de", "Die ersten 8 Sekunden gefallen mir nicht, bitte neu generieren", 95, "audio_inpaint", _win(0, 8)),
    ("de", "Häng hinten noch 30 Sekunden dran", 60, "audio_outpaint", _out(0, 30)),
    (
        "de",
        "Kannst du vorne 10 Sekunden Intro und hinten 20 Sekunden Outro ergänzen?",
        150,
        "audio_outpaint",
        _out(10, 20),
    ),
    (
        "de",
        "Lass es am Ende über 6 Sekunden ausblenden und exportier als FLAC",
        200,
        "process_track",
        {"fade_out_s": 6, "output_format": "flac"},
    ),
    ("de", "Schneid die ersten 4 Sekunden weg, da ist nur Stille", 130, "process_track", {"trim_start_s": 4}),
    ("de", "Mach den Refrain nochmal neu", None, "ask", {}),
    ("de", "Kannst du mir Drums und Gesang als einzelne Spuren geben?", 180, "ask", {}),
    # ---- es ----
    (
        "es",
        "hazme una cumbia alegre pa una fiesta, que dure unos 2 minutos y medio",
        None,
        "t2a",
        {"duration": 150, "tags_has": ["cumbia"]},
    ),
    (
        "es",
        "quiero un bolero con esta letra:\n\n" + _L_ES,
        None,
        "t2a",
        {"lyrics": _L_ES, "tags_has": ["bolero"], "vocal_language": "es"},
    ),
    (
        "es",
        "esta ya me gusta, déjala así. Aparte hazme un flamenco instrumental, solo guitarra, 40 segundos",
        90,
        "t2a",
        {"duration": 40, "lyrics": INST, "tags_has": ["flamenco"]},
    ),
    ("es", "del segundo 30 al 45 la voz se oye rara, rehazlo porfa", 180, "audio_inpaint", _win(30, 45)),
    ("es", "vuelve a generar el último minuto", 120, "audio_inpaint", _win(60, 120)),
    ("es", "alárgala hasta los 3 minutos", 100, "audio_outpaint", _out(0, 80)),
    ("es", "ponle 15 segundos más al principio", 75, "audio_outpaint", _out(15, 0)),
    ("es", "déjala a -14 LUFS y pásamela en mp3", 160, "process_track", {"loudness_lufs": -14, "output_format": "mp3"}),
    ("es", "córtale los últimos 10 segundos", 210, "process_track", {"trim_end_s": 10}),
    ("es", "súbela medio tono", 150, "ask", {}),
    ("es", "haz tres versiones distintas del final: una rockera, una suave y otra con piano", 200, "ask", {}),
    # ---- fr ----
    (
        "fr",
        "Une chanson variété années 80 avec plein de synthé, 3 min 30",
        None,
        "t2a",
        {"duration": 210, "tags_has": ["synth"]},
    ),
    (
        "fr",
        "Il me faudrait un petit jingle pour mon podcast, 15 secondes, sans voix, plutôt jazz",
        None,
        "t2a",
        {"duration": 15, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    (
        "fr",
        "accordéon musette, ambiance guinguette, une minute trente",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["accordion"]},
    ),
    ("fr", "refais le passage entre 1:40 et 1:52, la batterie décroche", 180, "audio_inpaint", _win(100, 112)),
    ("fr", "les 5 dernières secondes sont ratées, tu peux les régénérer ?", 60, "audio_inpaint", _win(55, 60)),
    ("fr", "rajoute 30 secondes à la fin", 90, "audio_outpaint", _out(0, 30)),
    ("fr", "il faudrait qu'elle dure 3 minutes au total, rallonge la fin", 140, "audio_outpaint", _out(0, 40)),
    (
        "fr",
        "fondu en entrée de 2 s et fondu de sortie de 5 s stp",
        180,
        "process_track",
        {"fade_in_s": 2, "fade_out_s": 5},
    ),
    ("fr", "exporte-le en ogg", 100, "process_track", {"output_format": "ogg"}),
    ("fr", "tu peux mixer un peu mieux la basse ?", 200, "ask", {}),
    ("fr", "coupe les 10 dernières secondes", None, "ask", {}),
    # ---- hi ----
    (
        "hi",
        "एक भजन बनाओ, हारमोनियम और तबला के साथ, लगभग 3 मिनट का",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["tabla"]},
    ),
    ("hi", "इन बोल पर एक रोमांटिक गाना बना दो:\n\n" + _L_HI, None, "t2a", {"lyrics": _L_HI, "vocal_language": "hi"}),
    (
        "hi",
        "सितार पर कोई शांत धुन चाहिए, बिना वोकल के, एक मिनट की",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["sitar"]},
    ),
    ("hi", "1:10 से 1:25 तक वाला हिस्सा दोबारा बनाओ", 150, "audio_inpaint", _win(70, 85)),
    ("hi", "शुरू के 10 सेकंड फिर से बनाओ, अच्छे नहीं लगे", 90, "audio_inpaint", _win(0, 10)),
    ("hi", "इसे आखिर में 40 सेकंड और लंबा कर दो", 120, "audio_outpaint", _out(0, 40)),
    ("hi", "शुरुआत में 15 सेकंड का इंट्रो जोड़ दो", 60, "audio_outpaint", _out(15, 0)),
    ("hi", "इसे mp3 में एक्सपोर्ट करो, 192 kbps", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("hi", "आखिर में 8 सेकंड का फेड आउट लगा दो", 200, "process_track", {"fade_out_s": 8}),
    ("hi", "इसकी स्पीड थोड़ी तेज़ कर दो", 180, "ask", {}),
    ("hi", "इसके दो अलग-अलग वर्ज़न बनाओ, एक धीमा और एक तेज़", 150, "ask", {}),
    # ---- it ----
    (
        "it",
        "mi fai una tarantella veloce col mandolino? un minuto e mezzo",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["mandolin"]},
    ),
    (
        "it",
        "Canzone pop in italiano sull'estate, tre minuti",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["pop"], "vocal_language": "it"},
    ),
    (
        "it",
        "Musica per il video del matrimonio, solo pianoforte, niente voce, 2 minuti, fammene due versioni",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"], "takes": 2},
    ),
    ("it", "rifammi il pezzo tra 2:00 e 2:15, la chitarra stona", 210, "audio_inpaint", _win(120, 135)),
    ("it", "rigenera dal secondo 40 al 55", 100, "audio_inpaint", _win(40, 55)),
    ("it", "allungala di 20 secondi all'inizio e 20 alla fine", 80, "audio_outpaint", _out(20, 20)),
    ("it", "portala a 4 minuti aggiungendo in coda", 150, "audio_outpaint", _out(0, 90)),
    ("it", "mettilo in loop, che si ripeta senza stacchi", 180, "process_track", {"loop": True}),
    ("it", "taglia i primi 3 secondi e gli ultimi 5", 120, "process_track", {"trim_start_s": 3, "trim_end_s": 5}),
    ("it", "puoi togliere la voce e lasciarmi solo la base?", 200, "ask", {}),
    ("it", "rifai il ritornello, non mi convince", 160, "ask", {}),
    # ---- ja ----
    (
        "ja",
        "夏祭りっぽい和風の曲つくって。三味線と太鼓で、2分くらい",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["shamisen"]},
    ),
    (
        "ja",
        "この歌詞でバラードお願いします\n\n" + _L_JA,
        None,
        "t2a",
        {"lyrics": _L_JA, "tags_has": ["ballad"], "vocal_language": "ja"},
    ),
    (
        "ja",
        "作業用BGM、ピアノだけ、ボーカルなしで5分",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("ja", "1分20秒から1分35秒のところ、作り直して", 180, "audio_inpaint", _win(80, 95)),
    ("ja", "最後の20秒だけやり直してほしい", 120, "audio_inpaint", _win(100, 120)),
    ("ja", "後ろに30秒足して", 90, "audio_outpaint", _out(0, 30)),
    ("ja", "頭に10秒イントロ追加できる？", 150, "audio_outpaint", _out(10, 0)),
    (
        "ja",
        "WAVで書き出して。ラウドネスは-14LUFSで",
        200,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("ja", "最後3秒でフェードアウトさせて", 100, "process_track", {"fade_out_s": 3}),
    ("ja", "キーを2つ上げて", 180, "ask", {}),
    ("ja", "サビのところだけもう一回作って", None, "ask", {}),
    # ---- ko ----
    (
        "ko",
        "국악 느낌 나는 곡 만들어줘. 가야금 들어가고 1분 30초",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["gayageum"]},
    ),
    (
        "ko",
        "이건 됐고, 새로 하나 더: 신나는 댄스곡, 한국어 가사로 3분",
        150,
        "t2a",
        {"duration": 180, "tags_has": ["dance"], "vocal_language": "ko"},
    ),
    (
        "ko",
        "카페에서 틀 잔잔한 재즈 피아노, 노래 없이 2분짜리로 세 개 뽑아줘",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["jazz"], "takes": 3},
    ),
    ("ko", "2분 10초부터 2분 30초까지 다시 만들어줘", 200, "audio_inpaint", _win(130, 150)),
    ("ko", "처음 5초 다시 생성해줘", 60, "audio_inpaint", _win(0, 5)),
    ("ko", "끝에 20초 더 늘려줘", 120, "audio_outpaint", _out(0, 20)),
    ("ko", "전체 길이 2분으로 맞춰줘, 뒤쪽으로 늘려서", 100, "audio_outpaint", _out(0, 20)),
    ("ko", "mp3로 뽑아줘", 180, "process_track", {"output_format": "mp3"}),
    ("ko", "앞에 2초 페이드인 넣어줘", 150, "process_track", {"fade_in_s": 2}),
    ("ko", "보컬 볼륨만 좀 키워줘", 180, "ask", {}),
    ("ko", "템포 좀 느리게 바꿔줄래?", 200, "ask", {}),
    # ---- pt ----
    (
        "pt",
        "faz um forró pé de serra com sanfona e zabumba, uns 2 minutos",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["accordion"]},
    ),
    (
        "pt",
        "bossa nova com essa letra:\n\n" + _L_PT,
        None,
        "t2a",
        {"lyrics": _L_PT, "tags_has": ["bossa nova"], "vocal_language": "pt"},
    ),
    (
        "pt",
        "preciso de uma trilha instrumental pra vídeo de viagem, bem animada, 30 segundos",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST},
    ),
    ("pt", "refaz do 0:45 até 1:00, a bateria tá atravessada", 150, "audio_inpaint", _win(45, 60)),
    ("pt", "os últimos 30 segundos ficaram ruins, gera de novo", 240, "audio_inpaint", _win(210, 240)),
    ("pt", "estica mais um minuto no final", 60, "audio_outpaint", _out(0, 60)),
    ("pt", "coloca 10 segundos antes de começar, tipo uma introdução", 200, "audio_outpaint", _out(10, 0)),
    ("pt", "exporta em flac", 180, "process_track", {"output_format": "flac"}),
    (
        "pt",
        "faz um fade out de 4 segundos no final e deixa em -16 LUFS",
        120,
        "process_track",
        {"fade_out_s": 4, "loudness_lufs": -16},
    ),
    ("pt", "muda o tom pra Ré maior", 180, "ask", {}),
    ("pt", "refaz a ponte", 150, "ask", {}),
    # ---- ru ----
    (
        "ru",
        "Сделай песню в стиле русского рока, под гитару, минуты на три",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["rock"]},
    ),
    (
        "ru",
        "Нужна музыка для рилса, 20 секунд, без слов, электроника",
        None,
        "t2a",
        {"duration": 20, "lyrics": INST, "tags_has": ["electronic"]},
    ),
    (
        "ru",
        "Вот текст, сделай из него балладу:\n\n" + _L_RU,
        None,
        "t2a",
        {"lyrics": _L_RU, "tags_has": ["ballad"], "vocal_language": "ru"},
    ),
    ("ru", "перегенерируй кусок с 1:30 до 1:45", 180, "audio_inpaint", _win(90, 105)),
    ("ru", "последние 10 секунд переделай", 150, "audio_inpaint", _win(140, 150)),
    ("ru", "добавь в начало 15 секунд", 120, "audio_outpaint", _out(15, 0)),
    ("ru", "продли трек до двух минут", 90, "audio_outpaint", _out(0, 30)),
    ("ru", "сохрани в wav и сделай зацикленным", 200, "process_track", {"output_format": "wav", "loop": True}),
    ("ru", "обрежь первые 2 секунды, там тишина", 180, "process_track", {"trim_start_s": 2}),
    ("ru", "раздели на дорожки: вокал отдельно, музыка отдельно", 180, "ask", {}),
    ("ru", "сделай затухание в конце", None, "ask", {}),
    # ---- zh ----
    ("zh", "帮我写一首古风歌曲，要有古筝和笛子，大概三分钟", None, "t2a", {"duration": 180, "tags_has": ["guzheng"]}),
    ("zh", "来一段轻松的咖啡馆背景音乐，纯音乐，一分半就行", None, "t2a", {"duration": 90, "lyrics": INST}),
    (
        "zh",
        "用下面的歌词做一首民谣，中文唱：\n\n" + _L_ZH,
        None,
        "t2a",
        {"lyrics": _L_ZH, "tags_has": ["folk"], "vocal_language": "zh"},
    ),
    ("zh", "把1分05秒到1分20秒那段重新生成一下", 200, "audio_inpaint", _win(65, 80)),
    ("zh", "开头15秒重做", 120, "audio_inpaint", _win(0, 15)),
    ("zh", "结尾再加30秒", 150, "audio_outpaint", _out(0, 30)),
    ("zh", "前面加5秒，后面加10秒", 100, "audio_outpaint", _out(5, 10)),
    ("zh", "导出成mp3，比特率320", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("zh", "结尾淡出3秒", 90, "process_track", {"fade_out_s": 3}),
    ("zh", "把人声去掉", 200, "ask", {}),
    ("zh", "副歌那里太吵了，重做一下", 180, "ask", {}),
    # ---- ar ----
    (
        "ar",
        "اعمل لي أغنية طربية بالعود والقانون، مدتها حوالي ٣ دقائق",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["oud"]},
    ),
    ("ar", "أبغى موسيقى هادئة للتأمل بدون غناء، دقيقتين", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ar", "لحّن هالكلمات بأسلوب خليجي:\n\n" + _L_AR, None, "t2a", {"lyrics": _L_AR, "vocal_language": "ar"}),
    ("ar", "أعد توليد المقطع من 1:00 إلى 1:15", 180, "audio_inpaint", _win(60, 75)),
    ("ar", "آخر ١٠ ثواني مو حلوة، سوّها من جديد", 90, "audio_inpaint", _win(80, 90)),
    ("ar", "زيد ٣٠ ثانية في النهاية", 120, "audio_outpaint", _out(0, 30)),
    ("ar", "طوّلها لدقيقتين", 60, "audio_outpaint", _out(0, 60)),
    ("ar", "صدّرها بصيغة wav", 200, "process_track", {"output_format": "wav"}),
    ("ar", "اعمل fade in خمس ثواني في البداية", 150, "process_track", {"fade_in_s": 5}),
    ("ar", "ارفع الطبقة نص تون", 180, "ask", {}),
    ("ar", "سوّ لي ريمكس من المقطع الثاني", 150, "ask", {}),
    # ---- nl ----
    (
        "nl",
        "Maak eens een vrolijk carnavalsnummer, zo'n hoempapa ding met veel blazers, 2 minuten",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["brass"]},
    ),
    (
        "nl",
        "Die laat ik zo. Maak nu los daarvan rustige pianomuziek zonder zang, 45 seconden",
        150,
        "t2a",
        {"duration": 45, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "nl",
        "Kun je het stuk van 0:50 tot 1:05 opnieuw genereren? Daar loopt het uit de maat",
        180,
        "audio_inpaint",
        _win(50, 65),
    ),
    ("nl", "Exporteer als mp3 op 256 kbps", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("nl", "Maak hem 2 minuten lang, achteraan erbij", 90, "audio_outpaint", _out(0, 30)),
    # ---- tr ----
    (
        "tr",
        "Bağlamalı, türkü tadında bir şarkı yap, Türkçe sözlü olsun, 3 dakika civarı",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "tr"},
    ),
    (
        "tr",
        "Arabesk havasında bir parça istiyorum ama vokal olmasın, sadece enstrümantal, bir buçuk dakika",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    ("tr", "1:40 ile 1:55 arasını yeniden oluştur", 200, "audio_inpaint", _win(100, 115)),
    (
        "tr",
        "Sonuna 5 saniyelik fade out ekle, wav olarak ver",
        150,
        "process_track",
        {"fade_out_s": 5, "output_format": "wav"},
    ),
    ("tr", "Başına 20 saniye ekle", 120, "audio_outpaint", _out(20, 0)),
    # ---- vi ----
    (
        "vi",
        "Làm cho mình một bài bolero buồn buồn, có tiếng đàn bầu, khoảng 3 phút",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["bolero"]},
    ),
    (
        "vi",
        "Phổ nhạc giúp mình mấy câu này theo kiểu ballad nhé:\n\n" + _L_VI,
        None,
        "t2a",
        {"lyrics": _L_VI, "tags_has": ["ballad"], "vocal_language": "vi"},
    ),
    ("vi", "Tạo lại đoạn từ giây 20 đến giây 35 giúp mình", 120, "audio_inpaint", _win(20, 35)),
    ("vi", "Xuất file flac nha", 180, "process_track", {"output_format": "flac"}),
    ("vi", "Kéo dài thêm 30 giây ở cuối", 100, "audio_outpaint", _out(0, 30)),
    # ---- sv ----
    (
        "sv",
        "Gör en visa i folkton med nyckelharpa, ungefär en och en halv minut",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["folk"]},
    ),
    (
        "sv",
        "Behöver lugn instrumental musik till mitt yogapass, 10 minuter",
        None,
        "t2a",
        {"duration": 600, "lyrics": INST},
    ),
    ("sv", "Gör om de sista 12 sekunderna", 160, "audio_inpaint", _win(148, 160)),
    (
        "sv",
        "Klipp bort de första 2 sekunderna och normalisera till -14 LUFS",
        140,
        "process_track",
        {"trim_start_s": 2, "loudness_lufs": -14},
    ),
    ("sv", "Förläng den med 15 sekunder i början och 15 i slutet", 60, "audio_outpaint", _out(15, 15)),
    # ---- el ----
    (
        "el",
        "Φτιάξε ένα ζεϊμπέκικο με μπουζούκι, γύρω στα τρία λεπτά",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["bouzouki"]},
    ),
    (
        "el",
        "Αυτό καλό είναι, άσ' το. Θέλω κι ένα άλλο, νησιώτικο, χωρίς φωνή, ένα λεπτό",
        200,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    ("el", "Ξαναφτιάξε το κομμάτι από 2:00 έως 2:20", 180, "audio_inpaint", _win(120, 140)),
    ("el", "Κάν' το να παίζει σε λούπα χωρίς κενό", 120, "process_track", {"loop": True}),
    ("el", "Πρόσθεσε 30 δευτερόλεπτα στο τέλος", 150, "audio_outpaint", _out(0, 30)),
    # ---- fa ----
    ("fa", "یه آهنگ سنتی با تار و تنبک بساز، حدود ۲ دقیقه", None, "t2a", {"duration": 120}),
    (
        "fa",
        "این شعر رو بخون، پاپ فارسی:\n\n" + _L_FA,
        None,
        "t2a",
        {"lyrics": _L_FA, "tags_has": ["pop"], "vocal_language": "fa"},
    ),
    ("fa", "از ثانیه ۴۰ تا ۵۵ رو دوباره بساز", 150, "audio_inpaint", _win(40, 55)),
    ("fa", "خروجی mp3 با بیت‌ریت ۳۲۰ بده", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("fa", "یه دقیقه به آخرش اضافه کن", 90, "audio_outpaint", _out(0, 60)),
    # ---- hu ----
    ("hu", "Csinálj egy csárdást hegedűvel, két perc legyen", None, "t2a", {"duration": 120, "tags_has": ["violin"]}),
    (
        "hu",
        "Kellene egy rövid, 20 másodperces gitáros zene intróhoz, ének nélkül",
        None,
        "t2a",
        {"duration": 20, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("hu", "Az 1:10 és 1:30 közötti részt generáld újra", 180, "audio_inpaint", _win(70, 90)),
    ("hu", "A végét úsztasd ki 4 másodperc alatt", 150, "process_track", {"fade_out_s": 4}),
    ("hu", "Legyen 3 perces, a végén hosszabbítsd meg", 100, "audio_outpaint", _out(0, 80)),
    # ---- yue ----
    ("yue", "幫我整首廣東歌，抒情啲，大概三分鐘，用廣東話唱", None, "t2a", {"duration": 180, "vocal_language": "yue"}),
    ("yue", "要段純音樂做片頭，唔好有人聲，十五秒", None, "t2a", {"duration": 15, "lyrics": INST}),
    ("yue", "由30秒到45秒嗰段重新整過", 120, "audio_inpaint", _win(30, 45)),
    ("yue", "轉做wav畀我", 180, "process_track", {"output_format": "wav"}),
    ("yue", "喺尾度加多二十秒", 90, "audio_outpaint", _out(0, 20)),
    # ---- az ----
    ("az", "Tar və kamança ilə muğam üstündə bir parça hazırla, 2 dəqiqəlik", None, "t2a", {"duration": 120}),
    ("az", "0:30-dan 0:50-yə qədər olan hissəni yenidən yarat", 150, "audio_inpaint", _win(30, 50)),
    ("az", "Sonda 3 saniyəlik fade out et", 120, "process_track", {"fade_out_s": 3}),
    ("az", "Əvvəlinə 10 saniyə əlavə et", 60, "audio_outpaint", _out(10, 0)),
    # ---- bg ----
    ("bg", "Направи ми хоро с гайда и тъпан, около минута и половина", None, "t2a", {"duration": 90}),
    ("bg", "Прегенерирай последните 20 секунди", 180, "audio_inpaint", _win(160, 180)),
    ("bg", "Експортирай го в ogg", 200, "process_track", {"output_format": "ogg"}),
    ("bg", "Удължи го до 3 минути", 120, "audio_outpaint", _out(0, 60)),
    # ---- ca ----
    (
        "ca",
        "Fes-me una rumba catalana amb guitarra, que duri un minut",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["rumba"]},
    ),
    ("ca", "Torna a generar el tros de l'1:00 a l'1:10", 140, "audio_inpaint", _win(60, 70)),
    ("ca", "Posa-hi un fos d'entrada de 3 segons", 180, "process_track", {"fade_in_s": 3}),
    ("ca", "Allarga-la 20 segons pel final", 100, "audio_outpaint", _out(0, 20)),
    # ---- da ----
    (
        "da",
        "Lav et hyggeligt julenummer med klokker og klaver, 2 minutter, dansk sang",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["piano"], "vocal_language": "da"},
    ),
    ("da", "Lav de første 6 sekunder om", 90, "audio_inpaint", _win(0, 6)),
    ("da", "Gem den som mp3 i 128 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("da", "Sæt 30 sekunder mere på til sidst", 120, "audio_outpaint", _out(0, 30)),
    # ---- hr ----
    (
        "hr",
        "Napravi klapsku pjesmu, a cappella, oko 2 minute",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["a cappella"]},
    ),
    ("hr", "Ponovno generiraj dio od 1:20 do 1:40", 200, "audio_inpaint", _win(80, 100)),
    ("hr", "Odreži zadnjih 8 sekundi", 180, "process_track", {"trim_end_s": 8}),
    ("hr", "Dodaj 15 sekundi na početak", 60, "audio_outpaint", _out(15, 0)),
    # ---- lt ----
    (
        "lt",
        "Sukurk ramią muziką su kanklėmis, be vokalo, 1 minutės ilgio",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    ("lt", "Pergeneruok atkarpą nuo 40 iki 55 sekundės", 120, "audio_inpaint", _win(40, 55)),
    (
        "lt",
        "Eksportuok į wav ir pabaigoje padaryk 5 sekundžių fade out",
        180,
        "process_track",
        {"output_format": "wav", "fade_out_s": 5},
    ),
    ("lt", "Pratęsk pabaigą 30 sekundžių", 150, "audio_outpaint", _out(0, 30)),
    # ---- no ----
    (
        "no",
        "Lag en rolig låt med hardingfele, instrumental, tre minutter",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST},
    ),
    ("no", "Kan du lage de siste 10 sekundene på nytt?", 160, "audio_inpaint", _win(150, 160)),
    ("no", "Fade inn 2 sekunder og fade ut 4 sekunder", 120, "process_track", {"fade_in_s": 2, "fade_out_s": 4}),
    ("no", "Gjør den 30 sekunder lengre på slutten", 90, "audio_outpaint", _out(0, 30)),
    # ---- sk ----
    ("sk", "Sprav mi veselú ľudovku s heligónkou, tak dve minúty", None, "t2a", {"duration": 120}),
    ("sk", "Pregeneruj úsek od 2:00 do 2:15", 180, "audio_inpaint", _win(120, 135)),
    ("sk", "Ulož to ako flac", 100, "process_track", {"output_format": "flac"}),
    ("sk", "Predĺž to na dve a pol minúty, pridaj na koniec", 120, "audio_outpaint", _out(0, 30)),
    # ---- sw ----
    (
        "sw",
        "Nitengenezee wimbo wa bongo flava, kwa Kiswahili, dakika tatu",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "sw"},
    ),
    ("sw", "Tengeneza upya sehemu kuanzia sekunde 30 hadi 45", 150, "audio_inpaint", _win(30, 45)),
    ("sw", "Nipe kwa mp3", 180, "process_track", {"output_format": "mp3"}),
    ("sw", "Ongeza sekunde 20 mwishoni", 60, "audio_outpaint", _out(0, 20)),
    # ---- pl ----
    (
        "pl",
        "Zrób mi disco polo do tańca, takie na wesele, 3 minuty",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["disco"]},
    ),
    (
        "pl",
        "Potrzebuję podkładu bez wokalu do vloga, gitara akustyczna, 40 sekund",
        None,
        "t2a",
        {"duration": 40, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("pl", "Wygeneruj jeszcze raz fragment od 1:05 do 1:20", 180, "audio_inpaint", _win(65, 80)),
    (
        "pl",
        "Wytnij pierwsze 3 sekundy, a na końcu zrób wyciszenie przez 5 sekund",
        150,
        "process_track",
        {"trim_start_s": 3, "fade_out_s": 5},
    ),
    ("pl", "Przyspiesz trochę tempo", 200, "ask", {}),
    # ---- uk ----
    (
        "uk",
        "Зроби колискову українською, ніжну, з бандурою, хвилини на дві",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "uk"},
    ),
    (
        "uk",
        "Поклади на музику, щось у стилі інді-року:\n\n" + _L_UK,
        None,
        "t2a",
        {"lyrics": _L_UK, "tags_has": ["indie"], "vocal_language": "uk"},
    ),
    ("uk", "Перегенеруй перші 10 секунд", 120, "audio_inpaint", _win(0, 10)),
    ("uk", "Зроби з цього луп без швів", 180, "process_track", {"loop": True}),
    ("uk", "Подовж трек на 30 секунд", None, "ask", {}),
    # ---- id ----
    (
        "id",
        "Bikinin lagu dangdut koplo dong, pake kendang, durasinya 2 menit",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["dangdut"]},
    ),
    (
        "id",
        "Mau musik gamelan Bali instrumental buat video, 1 menit, bikin 2 versi ya",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["gamelan"], "takes": 2},
    ),
    ("id", "Generate ulang bagian detik 50 sampai 1:05 ya", 150, "audio_inpaint", _win(50, 65)),
    ("id", "Kasih fade in 3 detik di awal", 180, "process_track", {"fade_in_s": 3}),
    ("id", "Naikin nada dasarnya setengah nada dong", 180, "ask", {}),
    # ---- cs ----
    ("cs", "Udělej mi dechovku, něco k pivu, dvě minuty", None, "t2a", {"duration": 120, "tags_has": ["brass"]}),
    (
        "cs",
        "Tohle nech být. Zvlášť mi udělej krátkou znělku, 10 sekund, bez zpěvu",
        140,
        "t2a",
        {"duration": 10, "lyrics": INST},
    ),
    ("cs", "Vygeneruj znovu úsek 1:30 až 1:50", 200, "audio_inpaint", _win(90, 110)),
    (
        "cs",
        "Vyexportuj to jako wav a znormalizuj na -14 LUFS",
        160,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("cs", "Můžeš to pořádně zmasterovat a v ekvalizéru přidat basy?", 180, "ask", {}),
    # ---- he ----
    ("he", "תעשה לי שיר מזרחי עם עוד ודרבוקה, בערך שלוש דקות", None, "t2a", {"duration": 180, "tags_has": ["oud"]}),
    ("he", "צריך מוזיקת רקע למצגת, בלי שירה, דקה וחצי", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("he", "תייצר מחדש את 15 השניות האחרונות", 120, "audio_inpaint", _win(105, 120)),
    ("he", "תייצא כ-mp3 ב-320 kbps", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("he", "תוריד את התופים", 180, "ask", {}),
    # ---- ro ----
    ("ro", "Fă-mi o manea veselă, cam 3 minute, în română", None, "t2a", {"duration": 180, "vocal_language": "ro"}),
    ("ro", "Vreau o doină cu nai, instrumentală, un minut", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("ro", "Regenerează bucata de la 0:40 la 0:55", 150, "audio_inpaint", _win(40, 55)),
    ("ro", "Taie ultimele 4 secunde", 120, "process_track", {"trim_end_s": 4}),
    ("ro", "Fă trei variante diferite pentru final", 200, "ask", {}),
    # ---- th ----
    ("th", "ช่วยแต่งเพลงลูกทุ่งให้หน่อย มีพิณกับแคน ยาวประมาณ 3 นาที", None, "t2a", {"duration": 180}),
    (
        "th",
        "เอาเนื้อเพลงนี้ไปทำเป็นเพลงป๊อปหน่อย\n\n" + _L_TH,
        None,
        "t2a",
        {"lyrics": _L_TH, "tags_has": ["pop"], "vocal_language": "th"},
    ),
    ("th", "ทำใหม่ช่วง 1:00 ถึง 1:20", 180, "audio_inpaint", _win(60, 80)),
    ("th", "ขอเป็นไฟล์ wav", 150, "process_track", {"output_format": "wav"}),
    ("th", "เปลี่ยนคีย์ให้ต่ำลงหน่อย", 180, "ask", {}),
    # ---- fi ----
    (
        "fi",
        "Tee humppa, jossa on haitari, noin kaksi minuuttia",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["accordion"]},
    ),
    (
        "fi",
        "Tarvitsen taustamusiikkia podcastiin ilman laulua, 30 sekuntia, kolme versiota",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST, "takes": 3},
    ),
    ("fi", "Tee uudestaan kohta 2:10–2:30", 180, "audio_inpaint", _win(130, 150)),
    ("fi", "Tallenna mp3:na", 120, "process_track", {"output_format": "mp3"}),
    ("fi", "Leikkaa alusta 5 sekuntia pois", None, "ask", {}),
    # ---- bn ----
    (
        "bn",
        "একটা বাউল গান বানাও, একতারা আর দোতারা দিয়ে, বাংলায়, প্রায় ৩ মিনিট",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "bn"},
    ),
    ("bn", "শেষের ২০ সেকেন্ড আবার বানাও", 150, "audio_inpaint", _win(130, 150)),
    ("bn", "mp3 তে এক্সপোর্ট করো", 180, "process_track", {"output_format": "mp3"}),
    ("bn", "গানটার স্কেল বদলে দাও", 200, "ask", {}),
    # ---- ht ----
    (
        "ht",
        "Fè yon konpa pou mwen, ak gita ak saksofòn, 2 minit",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["saxophone"]},
    ),
    ("ht", "Refè pati ki soti 0:30 rive 0:45 la", 120, "audio_inpaint", _win(30, 45)),
    ("ht", "Ekspòte l an wav", 150, "process_track", {"output_format": "wav"}),
    ("ht", "Ajoute 20 segonn nan fen an", None, "ask", {}),
    # ---- is ----
    (
        "is",
        "Gerðu rólegt lag með píanói, án söngs, tvær mínútur",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("is", "Búðu til aftur kaflann frá 1:00 til 1:15", 180, "audio_inpaint", _win(60, 75)),
    ("is", "Láttu það fjara út síðustu 5 sekúndurnar", 100, "process_track", {"fade_out_s": 5}),
    ("is", "Geturðu hækkað tóntegundina um tvo hálftóna?", 150, "ask", {}),
    # ---- ms ----
    (
        "ms",
        "Buatkan lagu irama Melayu asli dengan biola dan gendang, lebih kurang 2 minit",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["violin"]},
    ),
    ("ms", "Jana semula bahagian saat ke-20 hingga saat ke-40", 150, "audio_inpaint", _win(20, 40)),
    ("ms", "Tolong potong 3 saat di awal", 180, "process_track", {"trim_start_s": 3}),
    ("ms", "Boleh asingkan vokal daripada muzik?", 160, "ask", {}),
    # ---- ne ----
    (
        "ne",
        "मादल र बाँसुरी भएको लोकगीत बनाइदेऊ, नेपालीमा, ३ मिनेटको",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "ne"},
    ),
    ("ne", "पहिलो १० सेकेन्ड फेरि बनाइदेऊ", 120, "audio_inpaint", _win(0, 10)),
    ("ne", "अन्त्यमा ५ सेकेन्डको fade out राखिदेऊ", 180, "process_track", {"fade_out_s": 5}),
    ("ne", "कोरस भाग फेरि बनाऊ", 200, "ask", {}),
    # ---- pa ----
    (
        "pa",
        "ਢੋਲ ਵਾਲਾ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ, ਪੰਜਾਬੀ ਵਿੱਚ, 3 ਮਿੰਟ ਦਾ",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["bhangra"], "vocal_language": "pa"},
    ),
    ("pa", "1:00 ਤੋਂ 1:20 ਤੱਕ ਵਾਲਾ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾਓ", 150, "audio_inpaint", _win(60, 80)),
    ("pa", "ਇਸ ਨੂੰ mp3 ਵਿੱਚ ਦੇ ਦਿਓ", 180, "process_track", {"output_format": "mp3"}),
    ("pa", "ਇਸ ਦੀ ਸਪੀਡ ਹੌਲੀ ਕਰੋ", 150, "ask", {}),
    # ---- ta ----
    (
        "ta",
        "நாதஸ்வரம், தவில் வைத்து ஒரு மங்கள இசை உருவாக்கு, பாடல் இல்லாமல், 2 நிமிடம்",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("ta", "கடைசி 15 வினாடிகளை மறுபடி உருவாக்கு", 180, "audio_inpaint", _win(165, 180)),
    ("ta", "wav ஆக export பண்ணு", 150, "process_track", {"output_format": "wav"}),
    ("ta", "ஆரம்பத்தில் 10 வினாடி சேர்க்கவும்", None, "ask", {}),
    # ---- te ----
    (
        "te",
        "వీణతో ఒక ప్రశాంతమైన సంగీతం చేయి, పాట లేకుండా, ఒక నిమిషం",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["veena"]},
    ),
    ("te", "30 సెకన్ల నుండి 45 సెకన్ల వరకు మళ్ళీ చేయి", 120, "audio_inpaint", _win(30, 45)),
    ("te", "చివర్లో 6 సెకన్ల fade out పెట్టు", 180, "process_track", {"fade_out_s": 6}),
    ("te", "పల్లవి భాగాన్ని మళ్ళీ చేయి", 200, "ask", {}),
    # ---- ur ----
    (
        "ur",
        "ہارمونیم اور طبلے کے ساتھ ایک غزل بناؤ، اردو میں، تقریباً 4 منٹ",
        None,
        "t2a",
        {"duration": 240, "tags_has": ["tabla"], "vocal_language": "ur"},
    ),
    ("ur", "آخری 10 سیکنڈ دوبارہ بناؤ", 180, "audio_inpaint", _win(170, 180)),
    ("ur", "اسے flac میں دے دو", 150, "process_track", {"output_format": "flac"}),
    ("ur", "آواز تھوڑی اونچی کر دو اور میوزک ہلکا", 200, "ask", {}),
    # ---- la ----
    (
        "la",
        "Compone cantum Gregorianum, verbis Latinis, duo minuta",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["gregorian"], "vocal_language": "la"},
    ),
    ("la", "Partem a secundo 20 ad secundum 40 denuo fac", 120, "audio_inpaint", _win(20, 40)),
    ("la", "Adde triginta secunda ad finem", 90, "audio_outpaint", _out(0, 30)),
    ("la", "Muta clavem in D minorem", 150, "ask", {}),
    # ---- sr ----
    (
        "sr",
        "Napravi mi neku brzu trubačku, kao sa Guče, 2 minuta",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["brass"]},
    ),
    ("sr", "Регенериши део од 1:10 до 1:25", 180, "audio_inpaint", _win(70, 85)),
    ("sr", "Produži je za 20 sekundi na kraju", 120, "audio_outpaint", _out(0, 20)),
    ("sr", "Napravi ponovo refren", None, "ask", {}),
    # ---- sa ----
    ("sa", "एतं श्लोकं गेयरूपेण रचय:\n\n" + _L_SA, None, "t2a", {"lyrics": _L_SA, "vocal_language": "sa"}),
    ("sa", "अन्ते 5 सेकण्ड् यावत् fade out कुरु", 180, "process_track", {"fade_out_s": 5}),
    ("sa", "आरम्भे 10 सेकण्ड् योजय", 120, "audio_outpaint", _out(10, 0)),
    ("sa", "स्वरम् उच्चतरं कुरु", 150, "ask", {}),
    # ---- tl ----
    (
        "tl",
        "Gawa ka ng kundiman, may gitara, Tagalog ang kanta, mga 3 minuto",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["guitar"], "vocal_language": "tl"},
    ),
    ("tl", "I-export mo as mp3, 320 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("tl", "Dagdagan mo ng 30 segundo sa dulo", 100, "audio_outpaint", _out(0, 30)),
    ("tl", "Pwede mo bang gawing boses babae yung kumakanta?", 180, "ask", {}),
]
