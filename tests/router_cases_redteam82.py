"""Blind held-out router set 82 -- theme: "an even mix, 22".

Everyday requests of all five intents as people type them to a chat agent, across all 50 languages:
follow-ups about an open track, several versions, lyrics in the message, deliverables (format,
bitrate, loudness, fades, trims, loops), compound requests, and requests a careful reader must ask about.

300 rows: 11 for each BIG12 language (132), 4 for each of the other 38 and a 5th for 16 of them (168).
Intents: t2a 94, audio_inpaint 62, audio_outpaint 46, process_track 54, ask 44.

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
    "[Verse]\nI missed the bus again today\nthe rain came down, I didn't stay\n[Chorus]\nbut I'm alright, I'm alright"
)
_L_ES = "[Verso]\nTe fuiste sin decir adiós\ny el café se quedó frío\n[Coro]\nVuelve, vuelve a casa"
_L_DE = "Ich steh am Bahnhof, es ist spät\nder letzte Zug ist längst weg\nund du bist nicht mehr da"
_L_PT = "A saudade bateu na porta\ne eu deixei entrar\nTomei um café com ela\ne comecei a chorar"
_L_RU = "[Куплет]\nНочь над городом опять\nфонари не спят\n[Припев]\nЯ вернусь, я вернусь домой"
_L_ZH = "[主歌]\n窗外的雨一直下\n你说过会回家\n[副歌]\n等你 我还在等你"
_L_JA = "[Verse]\n夕焼けの帰り道\n君の影を追いかけた\n[Chorus]\nまた明日ね って言えなくて"
_L_KO = "[Verse]\n오늘도 너를 생각해\n창밖엔 비가 내려\n[Chorus]\n보고 싶다 보고 싶어"
_L_AR = "يا ليل طوّل شوية\nخلي القمر يسهر معاي\nوالنجوم تحكي الحكاية"
_L_HI = "तेरी यादों में खोया हूँ\nरातों को जागा हूँ\nतू जो मिले तो चैन आए"
_L_CA = "La lluna plena sobre el mar\ni tu que no tornes a casa\nT'espero al port"
_L_EL = "Στο λιμάνι σε περίμενα\nκαι η βάρκα δεν γύρισε\nΑγάπη μου, πού είσαι"
_L_ID = "Aku menunggu di ujung jalan\nhujan turun perlahan\nKau tak datang lagi"
_L_LA = "Gaudeamus igitur\niuvenes dum sumus\npost iucundam iuventutem"
_L_PL = "[Zwrotka]\nZnowu pada deszcz\nna ulicach pusto jest\n[Refren]\nNie odchodź, zostań tu"
_L_SA = "कर्मण्येवाधिकारस्ते मा फलेषु कदाचन\nमा कर्मफलहेतुर्भूर्मा ते सङ्गोऽस्त्वकर्मणि"
_L_TA = "மழை பெய்யும் மாலை நேரம்\nஉன் நினைவு என் மனதில்\nவருவாயா நீ மீண்டும்"
_L_TL = "Sa bawat umaga\nikaw ang hinahanap\nHuwag ka nang lumayo"

R82: list[tuple[Any, ...]] = [
    # ---- en ----
    (
        "en",
        "need a chill lo-fi beat for studying, like 2 min, no vocals pls",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["lo-fi"]},
    ),
    (
        "en",
        "can you turn this into an upbeat rock song?\n\n" + _L_EN,
        None,
        "t2a",
        {"lyrics": _L_EN, "tags_has": ["rock"], "vocal_language": "en"},
    ),
    (
        "en",
        "give me 3 versions of a 30 second jazz piano jingle for my podcast",
        None,
        "t2a",
        {"takes": 3, "duration": 30, "tags_has": ["jazz", "piano"]},
    ),
    ("en", "the last 10 seconds sound off, redo them", 180, "audio_inpaint", _win(170, 180)),
    ("en", "regenerate 1:05 to 1:20, the vocal glitches there", 200, "audio_inpaint", _win(65, 80)),
    ("en", "love it. make it 3 minutes tho", 150, "audio_outpaint", _out(0, 30)),
    ("en", "add like 15 sec of intro before it starts", 90, "audio_outpaint", _out(15, 0)),
    (
        "en",
        "export as mp3 320kbps and normalize to -14 LUFS",
        120,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14},
    ),
    (
        "en",
        "make it loop seamlessly and chop off the first 2 seconds",
        95,
        "process_track",
        {"loop": True, "trim_start_s": 2},
    ),
    ("en", "can you bump it up a semitone? singer can't hit the high notes", 160, "ask", {}),
    ("en", "redo the chorus, it's boring", None, "ask", {}),
    # ---- es ----
    (
        "es",
        "hazme una cumbia para una fiesta de cumpleaños, unos 3 minutos",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["cumbia"]},
    ),
    (
        "es",
        "Quiero una balada con piano con esta letra:\n" + _L_ES,
        None,
        "t2a",
        {"lyrics": _L_ES, "tags_has": ["piano"], "vocal_language": "es"},
    ),
    (
        "es",
        "oye olvida esta, mejor hazme algo nuevo: reguetón instrumental de 45 segundos",
        140,
        "t2a",
        {"duration": 45, "lyrics": INST},
    ),
    ("es", "los primeros 12 segundos no me convencen, ¿los puedes rehacer?", 210, "audio_inpaint", _win(0, 12)),
    ("es", "regenera del 2:10 al 2:25 porfa", 180, "audio_inpaint", _win(130, 145)),
    ("es", "alárgala 20 segundos al final", 100, "audio_outpaint", _out(0, 20)),
    ("es", "ponle 10 segundos antes y 10 después", 60, "audio_outpaint", _out(10, 10)),
    (
        "es",
        "pásamela a wav y con un fade out de 4 segundos",
        130,
        "process_track",
        {"output_format": "wav", "fade_out_s": 4},
    ),
    ("es", "conviértela a mp3 a 192", None, "ask", {}),
    ("es", "¿le puedes quitar la voz y dejarme solo la pista?", 150, "ask", {}),
    ("es", "hazme 3 versiones: una en rock, otra en salsa y otra en jazz", None, "ask", {}),
    # ---- fr ----
    ("fr", "Tu peux me faire un morceau électro un peu sombre, genre 4 minutes ?", None, "t2a", {"duration": 240}),
    (
        "fr",
        "Une chanson en français sur l'été, style folk, avec guitare acoustique",
        None,
        "t2a",
        {"tags_has": ["folk"], "vocal_language": "fr"},
    ),
    (
        "fr",
        "Fais-m'en deux versions, 30 secondes chacune, ambiance jazz manouche pour une pub",
        None,
        "t2a",
        {"takes": 2, "duration": 30, "tags_has": ["jazz"]},
    ),
    ("fr", "Entre 1:30 et 1:50 la voix déraille, refais ce passage", 240, "audio_inpaint", _win(90, 110)),
    ("fr", "les 5 dernières secondes coupent trop sec, régénère-les", 175, "audio_inpaint", _win(170, 175)),
    ("fr", "Rajoute une intro de 15 secondes", 200, "audio_outpaint", _out(15, 0)),
    ("fr", "Prolonge-la jusqu'à 2 min 30", 120, "audio_outpaint", _out(0, 30)),
    (
        "fr",
        "Exporte en FLAC stp, et coupe les 3 dernières secondes de silence",
        180,
        "process_track",
        {"output_format": "flac", "trim_end_s": 3},
    ),
    (
        "fr",
        "Fais-en une boucle propre pour mon jeu, en ogg",
        64,
        "process_track",
        {"loop": True, "output_format": "ogg"},
    ),
    ("fr", "Tu peux la passer à 100 BPM ?", 200, "ask", {}),
    ("fr", "Refais le refrain, il est trop mou", 180, "ask", {}),
    # ---- de ----
    (
        "de",
        "Mach mir bitte einen Technotrack, 130 BPM, ca. 5 Minuten",
        None,
        "t2a",
        {"duration": 300, "tags_has": ["techno"]},
    ),
    (
        "de",
        "Kannst du daraus einen Rocksong machen?\n\n" + _L_DE,
        None,
        "t2a",
        {"lyrics": _L_DE, "tags_has": ["rock"], "vocal_language": "de"},
    ),
    (
        "de",
        "Ganz was anderes jetzt: ein ruhiges Klavierstück, 90 Sekunden, ohne Gesang",
        120,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "de",
        "Bei 0:40 bis 0:55 klingt das Schlagzeug komisch, kannst du das neu machen?",
        150,
        "audio_inpaint",
        _win(40, 55),
    ),
    ("de", "die letzten 20 Sekunden bitte neu generieren", 220, "audio_inpaint", _win(200, 220)),
    ("de", "Verlänger den Song um 30 Sekunden am Ende", 180, "audio_outpaint", _out(0, 30)),
    ("de", "Das ist zu kurz, mach eine Minute draus", 45, "audio_outpaint", _out(0, 15)),
    (
        "de",
        "Als MP3 mit 256 kbit/s bitte, und auf -16 LUFS",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256, "loudness_lufs": -16},
    ),
    (
        "de",
        "Mach am Anfang ein Fade-in von 2 Sekunden und am Ende ein Fade-out von 6",
        140,
        "process_track",
        {"fade_in_s": 2, "fade_out_s": 6},
    ),
    ("de", "Kannst du das noch richtig abmischen und mastern, mehr Bass, weniger Höhen?", 200, "ask", {}),
    ("de", "Verlänger ihn um 20 Sekunden", None, "ask", {}),
    # ---- it ----
    ("it", "mi fai una tarantella strumentale di un minuto e mezzo?", None, "t2a", {"duration": 90, "lyrics": INST}),
    (
        "it",
        "voglio una canzone in italiano stile cantautore, chitarra e voce, tipo 3 minuti",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["guitar"], "vocal_language": "it"},
    ),
    (
        "it",
        "fammene 4 varianti, stesso prompt: lo-fi hip hop rilassato senza batteria, 60 secondi",
        None,
        "t2a",
        {"takes": 4, "duration": 60, "tags_has": ["lo-fi"], "tags_lacks": ["drums"]},
    ),
    ("it", "rifammi i secondi dal 30 al 42", 190, "audio_inpaint", _win(30, 42)),
    ("it", "l'inizio, i primi 8 secondi, non mi piace, rigeneralo", 160, "audio_inpaint", _win(0, 8)),
    ("it", "allungala di 45 secondi alla fine", 150, "audio_outpaint", _out(0, 45)),
    ("it", "Aggiungi 5 secondi all'inizio e 25 alla fine", 100, "audio_outpaint", _out(5, 25)),
    (
        "it",
        "esportamela in wav e togli i primi 4 secondi",
        200,
        "process_track",
        {"output_format": "wav", "trim_start_s": 4},
    ),
    (
        "it",
        "normalizzala a -14 LUFS e mettici una dissolvenza finale di 3 secondi",
        90,
        "process_track",
        {"loudness_lufs": -14, "fade_out_s": 3},
    ),
    ("it", "puoi abbassarla di un tono?", 180, "ask", {}),
    ("it", "sistemami il bridge", 150, "ask", {}),
    # ---- pt ----
    (
        "pt",
        "faz uma bossa nova instrumental pra tocar no fundo de um café, 2 minutos",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["bossa nova"]},
    ),
    ("pt", "Coloca essa letra num sertanejo:\n" + _L_PT, None, "t2a", {"lyrics": _L_PT, "vocal_language": "pt"}),
    (
        "pt",
        "quero 2 opções de vinheta de 15 segundos, rock animado",
        None,
        "t2a",
        {"takes": 2, "duration": 15, "tags_has": ["rock"]},
    ),
    ("pt", "do 1:10 até 1:25 tá estranho, gera de novo esse trecho", 180, "audio_inpaint", _win(70, 85)),
    ("pt", "refaz os últimos 15 segundos", 130, "audio_inpaint", _win(115, 130)),
    ("pt", "deixa ela com 2 minutos", 80, "audio_outpaint", _out(0, 40)),
    ("pt", "aumenta mais 30 segundos no final", None, "ask", {}),
    ("pt", "exporta em mp3 128 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("pt", "deixa em loop perfeito e põe em -12 LUFS", 75, "process_track", {"loop": True, "loudness_lufs": -12}),
    ("pt", "dá pra tirar a bateria e deixar só o resto?", 200, "ask", {}),
    ("pt", "muda o tom pra Ré maior", 210, "ask", {}),
    # ---- ru ----
    (
        "ru",
        "сделай трек в стиле синтвейв, минуты на три, без вокала",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["synthwave"]},
    ),
    (
        "ru",
        "Вот текст, сделай из него рок-балладу:\n" + _L_RU,
        None,
        "t2a",
        {"lyrics": _L_RU, "tags_has": ["rock"], "vocal_language": "ru"},
    ),
    (
        "ru",
        "нужна короткая заставка для ютуба, секунд 10, что-то бодрое на гитаре",
        None,
        "t2a",
        {"duration": 10, "tags_has": ["guitar"]},
    ),
    ("ru", "перегенерируй кусок с 2:00 до 2:20", 240, "audio_inpaint", _win(120, 140)),
    ("ru", "первые 5 секунд какие-то кривые, переделай", 170, "audio_inpaint", _win(0, 5)),
    ("ru", "продли в конце на 40 секунд", 120, "audio_outpaint", _out(0, 40)),
    ("ru", "допиши вступление секунд на 12", 150, "audio_outpaint", _out(12, 0)),
    (
        "ru",
        "сохрани в flac и обрежь последние 5 секунд",
        180,
        "process_track",
        {"output_format": "flac", "trim_end_s": 5},
    ),
    (
        "ru",
        "сделай плавное появление 3 секунды и громкость -14 LUFS",
        100,
        "process_track",
        {"fade_in_s": 3, "loudness_lufs": -14},
    ),
    ("ru", "разложи на дорожки: вокал отдельно, музыка отдельно", 160, "ask", {}),
    ("ru", "переделай концовку", None, "ask", {}),
    # ---- zh ----
    (
        "zh",
        "帮我做一首中国风的纯音乐，古筝为主，两分钟左右",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["guzheng"]},
    ),
    (
        "zh",
        "用这段歌词写一首流行歌：\n" + _L_ZH,
        None,
        "t2a",
        {"lyrics": _L_ZH, "tags_has": ["pop"], "vocal_language": "zh"},
    ),
    (
        "zh",
        "来三个版本，同样的要求：30秒的电子游戏背景音乐，8-bit风格",
        None,
        "t2a",
        {"takes": 3, "duration": 30, "tags_has": ["8-bit"]},
    ),
    ("zh", "1分10秒到1分30秒那段重新生成一下", 200, "audio_inpaint", _win(70, 90)),
    ("zh", "最后10秒重做", 150, "audio_inpaint", _win(140, 150)),
    ("zh", "在结尾再加20秒", 120, "audio_outpaint", _out(0, 20)),
    ("zh", "把它延长到4分钟", 200, "audio_outpaint", _out(0, 40)),
    ("zh", "导出成mp3，320k", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("zh", "做成可以无缝循环的，再加个2秒淡入", 60, "process_track", {"loop": True, "fade_in_s": 2}),
    ("zh", "把人声去掉", 180, "ask", {}),
    ("zh", "副歌部分改一下，太平了", 200, "ask", {}),
    # ---- ja ----
    (
        "ja",
        "作業用のローファイ、3分くらいでお願い。ボーカルなしで",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["lo-fi"]},
    ),
    ("ja", "この歌詞でJ-POP作って\n" + _L_JA, None, "t2a", {"lyrics": _L_JA, "vocal_language": "ja"}),
    ("ja", "これとは別に、新しくピアノのBGMを1分で作ってほしい", 90, "t2a", {"duration": 60, "tags_has": ["piano"]}),
    ("ja", "0:50〜1:05のところ、もう一回生成し直して", 210, "audio_inpaint", _win(50, 65)),
    ("ja", "最後の15秒だけ作り直せる？", 180, "audio_inpaint", _win(165, 180)),
    ("ja", "頭に10秒くらいイントロ足して", 100, "audio_outpaint", _out(10, 0)),
    ("ja", "あと30秒後ろに伸ばして", 130, "audio_outpaint", _out(0, 30)),
    (
        "ja",
        "WAVで書き出して、最後に5秒フェードアウトつけて",
        150,
        "process_track",
        {"output_format": "wav", "fade_out_s": 5},
    ),
    (
        "ja",
        "ラウドネスを-14 LUFSに揃えて、頭の1秒カットして",
        120,
        "process_track",
        {"loudness_lufs": -14, "trim_start_s": 1},
    ),
    ("ja", "キーを2つ上げてくれる？", 200, "ask", {}),
    ("ja", "3パターン作って。ロック、ジャズ、EDMで", None, "ask", {}),
    # ---- ko ----
    (
        "ko",
        "카페에서 틀 잔잔한 재즈 피아노 2분짜리 만들어줘",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["jazz", "piano"]},
    ),
    (
        "ko",
        "이 가사로 발라드 하나 부탁해요\n" + _L_KO,
        None,
        "t2a",
        {"lyrics": _L_KO, "tags_has": ["ballad"], "vocal_language": "ko"},
    ),
    (
        "ko",
        "같은 걸로 두 개 뽑아줘: 40초짜리 신나는 EDM 인트로",
        None,
        "t2a",
        {"takes": 2, "duration": 40, "tags_has": ["EDM"]},
    ),
    ("ko", "1분 20초부터 1분 40초까지 다시 만들어줘", 180, "audio_inpaint", _win(80, 100)),
    ("ko", "앞부분 처음 10초만 다시 생성해줘", 160, "audio_inpaint", _win(0, 10)),
    ("ko", "뒤에 30초 더 붙여줘", 150, "audio_outpaint", _out(0, 30)),
    ("ko", "3분으로 늘려줘", 90, "audio_outpaint", _out(0, 90)),
    ("ko", "mp3로 변환하고 192kbps로 해줘", 190, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("ko", "끊김 없이 루프되게 만들어줘", 80, "process_track", {"loop": True}),
    ("ko", "템포 좀 더 빠르게 해줄 수 있어?", 200, "ask", {}),
    ("ko", "마지막 20초 다시 해줘", None, "ask", {}),
    # ---- ar ----
    (
        "ar",
        "اعملي موسيقى عود هادئة بدون غناء، مدتها دقيقتين",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["oud"]},
    ),
    (
        "ar",
        "أريد أغنية باللغة العربية عن الوطن، بأسلوب بوب، حوالي ثلاث دقائق",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["pop"], "vocal_language": "ar"},
    ),
    ("ar", "لحّن لي هذه الكلمات:\n" + _L_AR, None, "t2a", {"lyrics": _L_AR, "vocal_language": "ar"}),
    ("ar", "أعد توليد الجزء من الدقيقة 1:00 إلى 1:15", 200, "audio_inpaint", _win(60, 75)),
    ("ar", "آخر ٢٠ ثانية مش حلوة، عيدها", 180, "audio_inpaint", _win(160, 180)),
    ("ar", "طوّلها ٣٠ ثانية في الآخر", 120, "audio_outpaint", _out(0, 30)),
    ("ar", "ضيف مقدمة ١٠ ثواني في البداية", 150, "audio_outpaint", _out(10, 0)),
    (
        "ar",
        "حوّلها لـ wav وخلي فيها fade out خمس ثواني",
        160,
        "process_track",
        {"output_format": "wav", "fade_out_s": 5},
    ),
    ("ar", "اقطع أول ٣ ثواني وصدّرها mp3", 200, "process_track", {"trim_start_s": 3, "output_format": "mp3"}),
    ("ar", "ارفع الطبقة نص تون", 180, "ask", {}),
    ("ar", "ممكن ترفعها على يوتيوب؟", 200, "ask", {}),
    # ---- hi ----
    ("hi", "एक भजन बना दो, हारमोनियम और तबला के साथ, 3 मिनट का", None, "t2a", {"duration": 180, "tags_has": ["tabla"]}),
    ("hi", "ये lyrics पर एक रोमांटिक गाना बनाओ:\n" + _L_HI, None, "t2a", {"lyrics": _L_HI, "vocal_language": "hi"}),
    (
        "hi",
        "bhai ek 30 second ka instrumental intro chahiye, bollywood style, 2 version bana do",
        None,
        "t2a",
        {"takes": 2, "duration": 30, "lyrics": INST, "tags_has": ["bollywood"]},
    ),
    ("hi", "1:30 से 1:45 वाला हिस्सा फिर से बनाओ", 180, "audio_inpaint", _win(90, 105)),
    ("hi", "शुरू के 6 सेकंड दोबारा generate करो", 150, "audio_inpaint", _win(0, 6)),
    ("hi", "इसको 2 मिनट 30 सेकंड का कर दो", 120, "audio_outpaint", _out(0, 30)),
    ("hi", "end में 20 सेकंड और जोड़ दो", 200, "audio_outpaint", _out(0, 20)),
    ("hi", "इसे mp3 में दे दो, 320 kbps", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("hi", "आख़िर के 4 सेकंड काट दो और 3 सेकंड का fade out लगा दो", 140, "process_track", {"trim_end_s": 4, "fade_out_s": 3}),
    ("hi", "vocals और music अलग अलग कर दो", 190, "ask", {}),
    ("hi", "इसे थोड़ा बेहतर बना दो", 200, "ask", {}),
    # ---- az ----
    (
        "az",
        "Mənə 1 dəqiqəlik sakit piano musiqisi lazımdır, sözsüz",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("az", "0:20-dən 0:35-ə qədər olan hissəni yenidən yarat", 180, "audio_inpaint", _win(20, 35)),
    ("az", "Bunu mp3 formatında ver, 192 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("az", "Tonunu bir az aşağı sal", 160, "ask", {}),
    # ---- bg ----
    (
        "bg",
        "Направи ми песен на български за лятото, поп, около 3 минути",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["pop"], "vocal_language": "bg"},
    ),
    ("bg", "Друго: нов трак, чист джаз със саксофон, 45 секунди", 120, "t2a", {"duration": 45, "tags_has": ["jazz"]}),
    ("bg", "Последните 12 секунди ги направи наново", 200, "audio_inpaint", _win(188, 200)),
    ("bg", "Удължи я с 30 секунди в края", 90, "audio_outpaint", _out(0, 30)),
    (
        "bg",
        "Експортирай в WAV и сложи fade out от 4 секунди",
        180,
        "process_track",
        {"output_format": "wav", "fade_out_s": 4},
    ),
    # ---- bn ----
    (
        "bn",
        "একটা রবীন্দ্রসংগীতের ধাঁচে গান বানাও, হারমোনিয়াম দিয়ে, ২ মিনিটের",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["harmonium"]},
    ),
    ("bn", "১:০০ থেকে ১:২০ পর্যন্ত অংশটা আবার বানাও", 180, "audio_inpaint", _win(60, 80)),
    ("bn", "শেষে আরও ২০ সেকেন্ড যোগ করো", 100, "audio_outpaint", _out(0, 20)),
    ("bn", "গানটার কোরাসটা বদলে দাও", None, "ask", {}),
    # ---- ca ----
    (
        "ca",
        "Fes-me una rumba catalana instrumental d'un minut",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["rumba"]},
    ),
    (
        "ca",
        "Posa música a aquesta lletra, estil folk:\n" + _L_CA,
        None,
        "t2a",
        {"lyrics": _L_CA, "tags_has": ["folk"], "vocal_language": "ca"},
    ),
    ("ca", "Regenera del segon 40 al 55", 150, "audio_inpaint", _win(40, 55)),
    (
        "ca",
        "Passa-la a FLAC i talla els 2 primers segons",
        120,
        "process_track",
        {"output_format": "flac", "trim_start_s": 2},
    ),
    ("ca", "Pots separar la veu de la música?", 180, "ask", {}),
    # ---- cs ----
    (
        "cs",
        "Udělej mi metalovou skladbu, 4 minuty, bez zpěvu",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["metal"]},
    ),
    (
        "cs",
        "Potřebuju 3 verze znělky do podcastu, 20 sekund, akustická kytara",
        None,
        "t2a",
        {"takes": 3, "duration": 20, "tags_has": ["guitar"]},
    ),
    ("cs", "Prvních 15 sekund předělej", 190, "audio_inpaint", _win(0, 15)),
    ("cs", "Prodluž to na 3 minuty", 150, "audio_outpaint", _out(0, 30)),
    (
        "cs",
        "Ulož to jako mp3 v 320 kbps a normalizuj na -14 LUFS",
        170,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14},
    ),
    # ---- da ----
    (
        "da",
        "Lav en hyggelig julesang på dansk med klokker, cirka to minutter",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "da"},
    ),
    ("da", "Lav 1:00 til 1:12 om", 180, "audio_inpaint", _win(60, 72)),
    ("da", "Tilføj 10 sekunders intro", 60, "audio_outpaint", _out(10, 0)),
    ("da", "Kan du lave den til et loop der kører rundt uden hak?", 120, "process_track", {"loop": True}),
    ("da", "Sæt tempoet ned til 90 bpm", 200, "ask", {}),
    # ---- el ----
    (
        "el",
        "Φτιάξε μου ένα ζεϊμπέκικο με μπουζούκι, χωρίς φωνή, 3 λεπτά",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["bouzouki"]},
    ),
    ("el", "Κάνε τραγούδι με αυτούς τους στίχους:\n" + _L_EL, None, "t2a", {"lyrics": _L_EL, "vocal_language": "el"}),
    ("el", "Ξαναφτιάξε τα τελευταία 8 δευτερόλεπτα", 200, "audio_inpaint", _win(192, 200)),
    ("el", "Βάλε 20 δευτερόλεπτα ακόμα στο τέλος", 140, "audio_outpaint", _out(0, 20)),
    ("el", "Μετάτρεψέ το σε ogg", 160, "process_track", {"output_format": "ogg"}),
    # ---- fa ----
    ("fa", "یه آهنگ بی‌کلام با سه‌تار بساز، حدود دو دقیقه", None, "t2a", {"duration": 120, "lyrics": INST}),
    (
        "fa",
        "یه آهنگ پاپ فارسی درباره بهار می‌خوام، ۳ دقیقه",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["pop"], "vocal_language": "fa"},
    ),
    ("fa", "از ثانیه ۳۰ تا ۴۵ رو دوباره بساز", 180, "audio_inpaint", _win(30, 45)),
    ("fa", "خروجی mp3 با کیفیت ۳۲۰ بده", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("fa", "صدای خواننده رو جدا کن", 200, "ask", {}),
    # ---- fi ----
    ("fi", "Tee humppaa, minuutti ja 30 sekuntia", None, "t2a", {"duration": 90}),
    (
        "fi",
        "Tee kaksi versiota samasta: rauhallinen pianokappale, 60 sekuntia",
        None,
        "t2a",
        {"takes": 2, "duration": 60, "tags_has": ["piano"]},
    ),
    ("fi", "Generoi uudestaan kohta 2:00–2:15", 210, "audio_inpaint", _win(120, 135)),
    ("fi", "Lisää loppuun 15 sekuntia", 150, "audio_outpaint", _out(0, 15)),
    (
        "fi",
        "Häivytä loppu 5 sekunnin aikana ja tallenna wav-muodossa",
        180,
        "process_track",
        {"fade_out_s": 5, "output_format": "wav"},
    ),
    # ---- he ----
    ("he", "תעשה לי שיר מזרחי שמח לחתונה, 3 דקות", None, "t2a", {"duration": 180}),
    (
        "he",
        "עזוב את זה, תעשה משהו חדש: לו-פיי רגוע בלי שירה, דקה",
        150,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["lo-fi"]},
    ),
    ("he", "תייצר מחדש את 10 השניות האחרונות", 180, "audio_inpaint", _win(170, 180)),
    ("he", "תאריך את זה לשתי דקות", 100, "audio_outpaint", _out(0, 20)),
    ("he", "תעלה את זה לספוטיפיי", 200, "ask", {}),
    # ---- hr ----
    (
        "hr",
        "Napravi mi klapsku pjesmu na hrvatskom o moru, oko 2 minute",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "hr"},
    ),
    ("hr", "Ponovno generiraj dio od 0:45 do 1:00", 160, "audio_inpaint", _win(45, 60)),
    ("hr", "Izvezi u mp3, 256 kbps", 140, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("hr", "Dodaj 15 sekundi na početak", 120, "audio_outpaint", _out(15, 0)),
    # ---- ht ----
    ("ht", "Fè yon mizik konpa pou mwen, 3 minit, san vwa", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("ht", "Refè dènye 10 segonn yo", 180, "audio_inpaint", _win(170, 180)),
    (
        "ht",
        "Mete l an mp3 epi fè l fini ak yon fade out 3 segonn",
        150,
        "process_track",
        {"output_format": "mp3", "fade_out_s": 3},
    ),
    ("ht", "Chanje ton an, mete l pi wo", 200, "ask", {}),
    # ---- hu ----
    ("hu", "Csinálj egy vidám magyar nyelvű gyerekdalt, 1 perc", None, "t2a", {"duration": 60, "vocal_language": "hu"}),
    (
        "hu",
        "Kéne egy 5 perces ambient zene meditációhoz, ének nélkül",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["ambient"]},
    ),
    ("hu", "A 1:20 és 1:35 közötti részt generáld újra", 200, "audio_inpaint", _win(80, 95)),
    ("hu", "Toldd meg a végét 30 másodperccel", 150, "audio_outpaint", _out(0, 30)),
    (
        "hu",
        "Mentsd el FLAC-ben, -14 LUFS-ra normalizálva",
        180,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -14},
    ),
    # ---- id ----
    ("id", "Bikinin lagu dangdut yang asik dong, 3 menit", None, "t2a", {"duration": 180, "tags_has": ["dangdut"]}),
    (
        "id",
        "Tolong bikin lagu pop pakai lirik ini ya:\n" + _L_ID,
        None,
        "t2a",
        {"lyrics": _L_ID, "tags_has": ["pop"], "vocal_language": "id"},
    ),
    ("id", "Detik 50 sampai 1:05 diulang generate ya", 150, "audio_inpaint", _win(50, 65)),
    (
        "id",
        "Potong 5 detik terakhir terus export ke mp3",
        200,
        "process_track",
        {"trim_end_s": 5, "output_format": "mp3"},
    ),
    ("id", "Panjangin 30 detik dong", None, "ask", {}),
    # ---- is ----
    (
        "is",
        "Búðu til rólegt lag með píanói, engin söngur, tvær mínútur",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("is", "Endurgerðu fyrstu 10 sekúndurnar", 180, "audio_inpaint", _win(0, 10)),
    ("is", "Lengdu lagið um 20 sekúndur í lokin", 120, "audio_outpaint", _out(0, 20)),
    ("is", "Vistaðu sem WAV", 150, "process_track", {"output_format": "wav"}),
    # ---- la ----
    (
        "la",
        "Fac mihi musicam organi sine voce, duo minuta longam",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["organ"]},
    ),
    ("la", "Cane haec verba more chorali:\n" + _L_LA, None, "t2a", {"lyrics": _L_LA, "vocal_language": "la"}),
    ("la", "Ultimas decem secundas carminis denuo fac", 180, "audio_inpaint", _win(170, 180)),
    ("la", "Converte in formam mp3, quaeso", 120, "process_track", {"output_format": "mp3"}),
    # ---- lt ----
    (
        "lt",
        "Sukurk linksmą roko dainą lietuviškai, 3 minutės",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["rock"], "vocal_language": "lt"},
    ),
    ("lt", "Pergeneruok dalį nuo 1:00 iki 1:20", 200, "audio_inpaint", _win(60, 80)),
    ("lt", "Pailgink iki 2 minučių", 90, "audio_outpaint", _out(0, 30)),
    ("lt", "Padaryk greitesnį tempą", 180, "ask", {}),
    # ---- ms ----
    (
        "ms",
        "Buatkan muzik latar instrumental untuk video raya, gamelan dan kompang, 45 saat",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST, "tags_has": ["gamelan"]},
    ),
    ("ms", "Jana semula bahagian dari saat 20 hingga 35", 160, "audio_inpaint", _win(20, 35)),
    ("ms", "Tukar ke mp3 128 kbps", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("ms", "Tambah 10 saat di awal dan 10 saat di hujung", 100, "audio_outpaint", _out(10, 10)),
    # ---- ne ----
    (
        "ne",
        "मादल र बाँसुरी भएको लोक गीत बनाइदिनुस्, नेपालीमा, २ मिनेटको",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ne"},
    ),
    ("ne", "अन्तिम १५ सेकेन्ड फेरि बनाइदिनुस्", 180, "audio_inpaint", _win(165, 180)),
    ("ne", "यसलाई wav मा export गर्नुस्", 150, "process_track", {"output_format": "wav"}),
    ("ne", "गायकको आवाज हटाइदिनुस्", 200, "ask", {}),
    # ---- nl ----
    ("nl", "Maak een vrolijk carnavalsnummer, 2 minuten, met blazers", None, "t2a", {"duration": 120}),
    (
        "nl",
        "Geef me drie takes van een korte jingle, 15 seconden, funk met slap bass",
        None,
        "t2a",
        {"takes": 3, "duration": 15, "tags_has": ["funk"]},
    ),
    ("nl", "Doe het stuk van 0:30 tot 0:50 nog eens opnieuw", 180, "audio_inpaint", _win(30, 50)),
    ("nl", "Maak hem 4 minuten lang", 200, "audio_outpaint", _out(0, 40)),
    (
        "nl",
        "Zet er een fade-in van 1 seconde op en exporteer als ogg",
        150,
        "process_track",
        {"fade_in_s": 1, "output_format": "ogg"},
    ),
    # ---- no ----
    (
        "no",
        "Lag en rolig visesang på norsk med gitar, rundt to minutter",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["guitar"], "vocal_language": "no"},
    ),
    ("no", "Generer de første 7 sekundene på nytt", 170, "audio_inpaint", _win(0, 7)),
    (
        "no",
        "Kutt de siste 10 sekundene og lag fade ut på 3 sek",
        180,
        "process_track",
        {"trim_end_s": 10, "fade_out_s": 3},
    ),
    ("no", "Kan du mikse inn vokalen min?", 150, "ask", {}),
    # ---- pa ----
    ("pa", "ਇੱਕ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ ਢੋਲ ਨਾਲ, 3 ਮਿੰਟ ਦਾ", None, "t2a", {"duration": 180, "tags_has": ["bhangra"]}),
    ("pa", "1:00 ਤੋਂ 1:15 ਵਾਲਾ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾਓ", 200, "audio_inpaint", _win(60, 75)),
    ("pa", "ਅੰਤ ਵਿੱਚ 30 ਸਕਿੰਟ ਹੋਰ ਜੋੜੋ", 150, "audio_outpaint", _out(0, 30)),
    ("pa", "ਇਸਨੂੰ mp3 ਵਿੱਚ ਬਦਲੋ", 120, "process_track", {"output_format": "mp3"}),
    # ---- pl ----
    (
        "pl",
        "Zrób mi disco polo o wakacjach, po polsku, 3 minuty",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "pl"},
    ),
    (
        "pl",
        "Mam tekst, zrób z tego rockową piosenkę:\n" + _L_PL,
        None,
        "t2a",
        {"lyrics": _L_PL, "tags_has": ["rock"], "vocal_language": "pl"},
    ),
    ("pl", "Wygeneruj jeszcze raz fragment od 1:40 do 2:00", 210, "audio_inpaint", _win(100, 120)),
    ("pl", "Dodaj 20 sekund na końcu i 5 na początku", 120, "audio_outpaint", _out(5, 20)),
    ("pl", "Zrób mastering, więcej basu", 200, "ask", {}),
    # ---- ro ----
    ("ro", "Fă-mi o manea instrumentală, 2 minute", None, "t2a", {"duration": 120, "lyrics": INST}),
    (
        "ro",
        "Altceva acum: o piesă nouă de jazz cu saxofon, un minut",
        100,
        "t2a",
        {"duration": 60, "tags_has": ["jazz"]},
    ),
    ("ro", "Refă ultimele 15 secunde", 180, "audio_inpaint", _win(165, 180)),
    ("ro", "Export în WAV, cu fade in 2 secunde", 140, "process_track", {"output_format": "wav", "fade_in_s": 2}),
    ("ro", "Fă-o să meargă în buclă, fără pauză la capăt", 90, "process_track", {"loop": True}),
    # ---- sa ----
    ("sa", "वीणया शान्तं वाद्यसङ्गीतं रचय, गानं विना, द्वौ निमेषौ यावत्", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("sa", "एतान् श्लोकान् गीतरूपेण गाय:\n" + _L_SA, None, "t2a", {"lyrics": _L_SA, "vocal_language": "sa"}),
    ("sa", "अन्तिमान् दश क्षणान् (10 सेकण्ड्) पुनः रचय", 180, "audio_inpaint", _win(170, 180)),
    ("sa", "इदं mp3 रूपे परिवर्तय", 150, "process_track", {"output_format": "mp3"}),
    # ---- sk ----
    (
        "sk",
        "Sprav mi folkovú pesničku po slovensky s husľami, asi 2 minúty",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["folk"], "vocal_language": "sk"},
    ),
    ("sk", "Prerob úsek od 0:30 do 0:40", 160, "audio_inpaint", _win(30, 40)),
    ("sk", "Predĺž to na 2 minúty", 100, "audio_outpaint", _out(0, 20)),
    ("sk", "Zmeň tóninu na a mol", 180, "ask", {}),
    # ---- sr ----
    (
        "sr",
        "Направи ми трубачку музику за славље, без вокала, 2 минута",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "sr",
        "Napravi dve verzije iste stvari: 30 sekundi, rok gitara, energično",
        None,
        "t2a",
        {"takes": 2, "duration": 30, "tags_has": ["guitar"]},
    ),
    ("sr", "Генериши поново последњих 20 секунди", 200, "audio_inpaint", _win(180, 200)),
    (
        "sr",
        "Пребаци у mp3 320 и смањи гласноћу на -14 LUFS",
        150,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14},
    ),
    # ---- sv ----
    (
        "sv",
        "Gör en lugn visa på svenska om midsommar, med akustisk gitarr, cirka två och en halv minut",
        None,
        "t2a",
        {"duration": 150, "tags_has": ["guitar"], "vocal_language": "sv"},
    ),
    (
        "sv",
        "Behöver ett 10 sekunders notisljud, glatt, xylofon",
        None,
        "t2a",
        {"duration": 10, "tags_has": ["xylophone"]},
    ),
    ("sv", "Gör om 1:15–1:30", 180, "audio_inpaint", _win(75, 90)),
    ("sv", "Förläng slutet med 25 sekunder", 200, "audio_outpaint", _out(0, 25)),
    (
        "sv",
        "Exportera som FLAC och klipp bort de första 3 sekunderna",
        120,
        "process_track",
        {"output_format": "flac", "trim_start_s": 3},
    ),
    # ---- sw ----
    (
        "sw",
        "Nitengenezee wimbo wa bongo flava kwa Kiswahili, dakika 3",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "sw"},
    ),
    ("sw", "Tengeneza upya sekunde 10 za mwisho", 180, "audio_inpaint", _win(170, 180)),
    ("sw", "Ongeza sekunde 20 mwishoni", 120, "audio_outpaint", _out(0, 20)),
    ("sw", "Badilisha kiitikio, hakinipendezi", None, "ask", {}),
    # ---- ta ----
    ("ta", "வீணை இசையில் ஒரு அமைதியான instrumental பண்ணுங்க, 2 நிமிஷம்", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ta", "இந்த வரிகளுக்கு ஒரு பாடல் போடுங்க:\n" + _L_TA, None, "t2a", {"lyrics": _L_TA, "vocal_language": "ta"}),
    ("ta", "1:00 முதல் 1:20 வரை மறுபடியும் generate பண்ணுங்க", 200, "audio_inpaint", _win(60, 80)),
    ("ta", "mp3-ஆ மாத்தி குடுங்க, 192 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    # ---- te ----
    ("te", "ఒక మాస్ ఐటమ్ సాంగ్ చేయి, తెలుగులో, 3 నిమిషాలు", None, "t2a", {"duration": 180, "vocal_language": "te"}),
    ("te", "మొదటి 10 సెకన్లు మళ్ళీ చేయి", 180, "audio_inpaint", _win(0, 10)),
    ("te", "చివర్లో ఇంకో 30 సెకన్లు కలుపు", 150, "audio_outpaint", _out(0, 30)),
    ("te", "wav గా ఇవ్వు, చివర 4 సెకన్ల fade out పెట్టు", 120, "process_track", {"output_format": "wav", "fade_out_s": 4}),
    # ---- th ----
    ("th", "ทำเพลงลูกทุ่งให้หน่อย ภาษาไทย ยาวสัก 3 นาที", None, "t2a", {"duration": 180, "vocal_language": "th"}),
    ("th", "ช่วงวินาทีที่ 40 ถึง 55 ทำใหม่ให้หน่อย", 200, "audio_inpaint", _win(40, 55)),
    ("th", "แปลงเป็น mp3 320 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("th", "ช่วยลดคีย์ลงหน่อย", 180, "ask", {}),
    # ---- tl ----
    ("tl", "Gawa ka ng OPM love song, Tagalog, mga 3 minutes", None, "t2a", {"duration": 180, "vocal_language": "tl"}),
    (
        "tl",
        "Lagyan mo ng tugtog 'tong lyrics ko, acoustic lang:\n" + _L_TL,
        None,
        "t2a",
        {"lyrics": _L_TL, "tags_has": ["acoustic"], "vocal_language": "tl"},
    ),
    ("tl", "Paki-ulit yung huling 12 seconds", 180, "audio_inpaint", _win(168, 180)),
    ("tl", "Habaan mo ng 30 seconds sa dulo", 120, "audio_outpaint", _out(0, 30)),
    # ---- tr ----
    (
        "tr",
        "Bana arabesk tarzında bir şarkı yap, Türkçe, 3 dakika",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "tr"},
    ),
    ("tr", "Sözsüz, bağlamalı bir fon müziği lazım, 1 buçuk dakika", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("tr", "1:00 ile 1:10 arasını tekrar üret", 180, "audio_inpaint", _win(60, 70)),
    ("tr", "Başına 10 saniye intro ekle", 150, "audio_outpaint", _out(10, 0)),
    ("tr", "Son 5 saniyeyi kes, mp3 olarak ver", 200, "process_track", {"trim_end_s": 5, "output_format": "mp3"}),
    # ---- uk ----
    (
        "uk",
        "Зроби пісню українською про дім, фолк, 3 хвилини",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["folk"], "vocal_language": "uk"},
    ),
    ("uk", "А тепер окремо новий трек: драм-н-бейс без вокалу, хвилина", 140, "t2a", {"duration": 60, "lyrics": INST}),
    ("uk", "Перегенеруй останні 10 секунд", 200, "audio_inpaint", _win(190, 200)),
    ("uk", "Подовж до двох хвилин", 90, "audio_outpaint", _out(0, 30)),
    ("uk", "Зроби 2 версії: одну сумну, іншу веселу", 180, "ask", {}),
    # ---- ur ----
    (
        "ur",
        "ایک قوالی بنا دیں، ہارمونیم اور طبلے کے ساتھ، 4 منٹ",
        None,
        "t2a",
        {"duration": 240, "tags_has": ["qawwali"]},
    ),
    ("ur", "آخری 15 سیکنڈ دوبارہ بنا دیں", 180, "audio_inpaint", _win(165, 180)),
    (
        "ur",
        "اسے mp3 میں کر دیں اور شروع کے 2 سیکنڈ کاٹ دیں",
        150,
        "process_track",
        {"output_format": "mp3", "trim_start_s": 2},
    ),
    ("ur", "اس کی رفتار تھوڑی کم کر دیں", 200, "ask", {}),
    # ---- vi ----
    ("vi", "Làm cho mình một bài lofi chill không lời, tầm 2 phút", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("vi", "Tạo lại đoạn từ 0:30 đến 0:45 giúp mình", 180, "audio_inpaint", _win(30, 45)),
    ("vi", "Kéo dài thêm 30 giây ở cuối", 120, "audio_outpaint", _out(0, 30)),
    ("vi", "Xuất file mp3 320kbps nhé", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    # ---- yue ----
    ("yue", "幫我整首廣東歌，抒情嘅，大概三分鐘", None, "t2a", {"duration": 180, "vocal_language": "yue"}),
    ("yue", "最後嗰15秒重新整過", 200, "audio_inpaint", _win(185, 200)),
    ("yue", "轉做wav，尾段加5秒fade out", 150, "process_track", {"output_format": "wav", "fade_out_s": 5}),
    ("yue", "可唔可以升返個key", 180, "ask", {}),
]
