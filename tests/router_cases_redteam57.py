"""Blind held-out router set 57.

Theme: a plain even mix, 7. The everyday requests people type to a music agent,
first messages and follow-ups, as a native speaker types them in a chat: some
terse, some chatty with context about why they want it, some with lengths or
counts spelled as words, some with times like 0:45 or "from 1 min 10", some
with lyrics pasted in.

Counts: 300 rows; 11 in each of the 12 BIG12 languages (132) and 168 over the
38 others (4 each, 5 for az bg ca cs da el fa fi he hu id nl pl ro sv tr).

Labels written by hand, never run by the writer: each `expected` holds only what
a careful human reader is sure of from the words.
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
    "[Verse]\n"
    "Missed the bus again, coffee in my hand\n"
    "Boss is on the phone and I don't understand\n"
    "[Chorus]\n"
    "It's only Monday, only Monday\n"
    "I'll be fine by Friday"
)
_L_DE = (
    "[Strophe]\n"
    "Der Sommer kommt, die Sonne lacht\n"
    "wir tanzen bis tief in die Nacht\n"
    "[Refrain]\n"
    "Oh Marie, oh Marie\n"
    "so schön wie heut war's nie"
)
_L_ES = (
    "Te fuiste sin decir adiós\ny se quedó la casa en silencio\nla luna sabe mi dolor\ny el tiempo no me da consuelo"
)
_L_HI = "तेरी यादों की बारिश में भीगा हूँ मैं\nहर शाम तेरे नाम की, हर सुबह अधूरी है"
_L_IT = (
    "[Strofa]\n"
    "Ci vediamo sotto casa alle otto\n"
    "porta il motorino che il mio è rotto\n"
    "[Ritornello]\n"
    "E andiamo al mare, andiamo al mare\n"
    "che stasera non si torna"
)
_L_JA = "[Verse]\n夜の高速 ネオンが流れる\n君の横顔 窓に映る\n[Chorus]\n真夜中のドライブ 止まらないで"
_L_KO = "너를 보내던 그 밤에\n비가 내렸지\n아무 말도 못 한 채\n돌아서던 나"
_L_PT = "A tarde cai devagar\nno quintal da minha avó\no café esfria na mesa\ne eu não fico mais só"
_L_RU = "За окном опять метель\nи на кухне горит свет\nты вернёшься в понедельник\nили, может быть, и нет"
_L_ZH = "[主歌]\n老街的路灯又亮了\n你骑着单车经过我\n[副歌]\n那年夏天的风\n吹过我们的青春"
_L_AR = "يا ليل طوّل شوية\nخليني أحكي عن عينيك\nقلبي ما عاد بإيديا\nوكل دروبي ليك"
_L_BG = "Пак е петък, пак съм сам\nградът свети, а на мен ми е студено\nобади се, знаеш къде съм"
_L_DA = "Hun har bagt de bedste boller\ni tres år på Bakkevej\nnu skal vi alle synge\nhurra, mor, hurra for dig"
_L_FA = "شب‌ها که ماه می‌آید\nپشت پنجره‌ی تو\nمن قصه‌ای می‌گویم\nاز کوچه‌های بی‌تو"
_L_HU = "Éjfél után a Körúton\nmég ég a fény a villamoson\nhazafelé tartok lassan\nde nem vár senki a házban"
_L_PL = (
    "[Zwrotka]\nZnowu pada nad Krakowem\ntramwaj jedzie w szarą noc\n[Refren]\nNie zatrzymuj mnie\nnie zatrzymuj mnie"
)
_L_TR = (
    "Sahilde yürürken aklıma geldin\n"
    "martılar bile seni sordu bugün\n"
    "bir çay söyledim, iki bardak geldi\n"
    "alışamadım hâlâ yokluğuna"
)
_L_TL = "Sa bawat ulan sa Maynila\nikaw pa rin ang naaalala\nkahit traffic sa EDSA\nhihintayin kita"
_L_SW = "Mama nakupenda\nwewe ni nuru yangu\nkila siku ya maisha\nasante kwa moyo wako"

R57: list[tuple[Any, ...]] = [
    # ---------------- en ----------------
    (
        "en",
        "chill lofi beat for studying, no vocals, like two minutes",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "en",
        "can you make an upbeat pop punk song with these words\n\n" + _L_EN,
        None,
        "t2a",
        {"lyrics": _L_EN, "vocal_language": "en", "tags_has": ["punk"]},
    ),
    (
        "en",
        "I need background music for my sister's wedding slideshow. Something gentle on acoustic guitar, about four and a half minutes, no singing",
        None,
        "t2a",
        {"duration": 270, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    (
        "en",
        "the drums between 0:45 and 0:52 sound off, redo just that bit",
        150,
        "audio_inpaint",
        _win(45, 52),
    ),
    (
        "en",
        "the ending is really abrupt. can you regenerate the last fifteen seconds?",
        132,
        "audio_inpaint",
        _win(117, 132),
    ),
    ("en", "30s more at the end", 120, "audio_outpaint", _out(0, 30)),
    (
        "en",
        "love it but it's a bit short for the video, can you make it three minutes long",
        165,
        "audio_outpaint",
        _out(0, 15),
    ),
    (
        "en",
        "export as mp3 at 320 please",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    (
        "en",
        "normalize to -14 LUFS and add a 3 second fade out, it's going on spotify",
        204,
        "process_track",
        {"loudness_lufs": -14, "fade_out_s": 3},
    ),
    ("en", "change the key to D minor", 200, "ask", {}),
    ("en", "fix the chorus, it's way too busy", 190, "ask", {}),
    # ---------------- de ----------------
    (
        "de",
        "Mach mir nen Technotrack, so um die 130 bpm, dreieinhalb Minuten, ohne Gesang",
        None,
        "t2a",
        {"duration": 210, "lyrics": INST, "tags_has": ["techno"]},
    ),
    (
        "de",
        "Ich brauch ein kurzes Jingle für meinen Podcast, zwanzig Sekunden, irgendwas mit Akkordeon",
        None,
        "t2a",
        {"duration": 20, "tags_has": ["accordion"]},
    ),
    (
        "de",
        "Schreib mir ein Schlagerlied mit diesem Text:\n" + _L_DE,
        None,
        "t2a",
        {"lyrics": _L_DE, "vocal_language": "de", "tags_has": ["schlager"]},
    ),
    (
        "de",
        "Bei 1:10 bis 1:25 klingt die Gitarre schief, kannst du nur das neu machen?",
        200,
        "audio_inpaint",
        _win(70, 85),
    ),
    (
        "de",
        "Die ersten zwölf Sekunden bitte nochmal neu generieren, der Anfang ist zu leer",
        150,
        "audio_inpaint",
        _win(0, 12),
    ),
    ("de", "Häng noch 20 Sekunden hinten dran", 95, "audio_outpaint", _out(0, 20)),
    (
        "de",
        "Vorne fehlt mir ein Intro. Mach mal zehn Sekunden davor",
        140,
        "audio_outpaint",
        _out(10, 0),
    ),
    ("de", "Als WAV exportieren bitte", 180, "process_track", {"output_format": "wav"}),
    (
        "de",
        "Am Anfang sind zwei Sekunden Stille, schneid die bitte weg",
        132,
        "process_track",
        {"trim_start_s": 2},
    ),
    (
        "de",
        "Kannst du die Vocals vom Beat trennen? Ich brauch die Stems für meinen DJ-Set",
        210,
        "ask",
        {},
    ),
    ("de", "Mach den zweiten Teil neu", None, "ask", {}),
    # ---------------- es ----------------
    (
        "es",
        "hazme una cumbia alegre para el cumple de mi abuela, unos tres minutos",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["cumbia"]},
    ),
    (
        "es",
        "quiero dos versiones de una balada de piano, instrumental, de minuto y medio",
        None,
        "t2a",
        {"takes": 2, "duration": 90, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "es",
        "ponle música a esto, estilo bolero:\n" + _L_ES,
        None,
        "t2a",
        {"lyrics": _L_ES, "vocal_language": "es", "tags_has": ["bolero"]},
    ),
    (
        "es",
        "del 2:05 al 2:20 hay un ruido raro, rehazlo",
        240,
        "audio_inpaint",
        _win(125, 140),
    ),
    (
        "es",
        "los últimos veinte segundos no me convencen, vuelve a generarlos",
        155,
        "audio_inpaint",
        _win(135, 155),
    ),
    ("es", "alárgala un minuto más al final", 120, "audio_outpaint", _out(0, 60)),
    ("es", "pásamela a flac", 200, "process_track", {"output_format": "flac"}),
    (
        "es",
        "es para un videojuego, necesito que quede en bucle sin que se note el corte",
        64,
        "process_track",
        {"loop": True},
    ),
    (
        "es",
        "exporta en mp3 a 192 y ponle un fade in de dos segundos",
        170,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "fade_in_s": 2},
    ),
    ("es", "súbela a Spotify porfa", 180, "ask", {}),
    (
        "es",
        "haz tres versiones pero cada una de un género distinto, tú eliges cuáles",
        None,
        "ask",
        {},
    ),
    # ---------------- fr ----------------
    (
        "fr",
        "Tu peux me faire un morceau de jazz manouche, guitare et violon, deux minutes ?",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["jazz"]},
    ),
    (
        "fr",
        "une musique d'ambiance pour mon escape game, bien angoissante, sans voix, 45 secondes",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST},
    ),
    (
        "fr",
        "Bon laisse tomber celui-là, fais-moi plutôt un nouveau morceau de rap, 2 min 30",
        150,
        "t2a",
        {"duration": 150, "tags_has": ["rap"]},
    ),
    (
        "fr",
        "Refais le passage entre 0:30 et 0:48, la voix déraille",
        170,
        "audio_inpaint",
        _win(30, 48),
    ),
    (
        "fr",
        "à partir de 1 min 40, refais dix secondes, y a un craquement",
        210,
        "audio_inpaint",
        _win(100, 110),
    ),
    (
        "fr",
        "Rallonge de 15 secondes au début et 15 à la fin",
        100,
        "audio_outpaint",
        _out(15, 15),
    ),
    (
        "fr",
        "il faudrait qu'il dure quatre minutes en tout pour coller au montage",
        200,
        "audio_outpaint",
        _out(0, 40),
    ),
    (
        "fr",
        "Normalise à -16 LUFS stp, c'est pour un podcast",
        300,
        "process_track",
        {"loudness_lufs": -16},
    ),
    ("fr", "Coupe les 5 dernières secondes", 125, "process_track", {"trim_end_s": 5}),
    ("fr", "Baisse le tempo à 90 bpm", 180, "ask", {}),
    ("fr", "refais le refrain", 190, "ask", {}),
    # ---------------- hi ----------------
    (
        "hi",
        "एक रोमांटिक बॉलीवुड गाना बनाओ, तीन मिनट का",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["bollywood"]},
    ),
    (
        "hi",
        "इन बोलों पर एक धीमी ग़ज़ल बना दो:\n" + _L_HI,
        None,
        "t2a",
        {"lyrics": _L_HI, "vocal_language": "hi", "tags_has": ["ghazal"]},
    ),
    (
        "hi",
        "bhai ek sitar wala instrumental chahiye, meri yoga class ke liye, das minute ka",
        None,
        "t2a",
        {"duration": 600, "lyrics": INST, "tags_has": ["sitar"]},
    ),
    (
        "hi",
        "0:50 से 1:05 तक वाला हिस्सा दोबारा बनाओ, ढोलक ठीक नहीं लग रही",
        180,
        "audio_inpaint",
        _win(50, 65),
    ),
    (
        "hi",
        "aakhri 8 second dobara generate karo, end kat raha hai",
        96,
        "audio_inpaint",
        _win(88, 96),
    ),
    (
        "hi",
        "शुरू में बारह सेकंड का इंट्रो जोड़ दो",
        150,
        "audio_outpaint",
        _out(12, 0),
    ),
    (
        "hi",
        "इसे mp3 में दे दो, 256 kbps",
        175,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256},
    ),
    (
        "hi",
        "end में 4 सेकंड का fade out लगा दो",
        140,
        "process_track",
        {"fade_out_s": 4},
    ),
    (
        "hi",
        "इसको loop बना दो ताकि वीडियो में बार-बार बजे बिना झटके के",
        32,
        "process_track",
        {"loop": True},
    ),
    ("hi", "गाने का स्केल बदल दो, थोड़ा ऊँचा कर दो", 200, "ask", {}),
    ("hi", "बीच वाला हिस्सा ठीक करो", None, "ask", {}),
    # ---------------- it ----------------
    (
        "it",
        "Fammi una tarantella strumentale, un minuto e venti",
        None,
        "t2a",
        {"duration": 80, "lyrics": INST, "tags_has": ["tarantella"]},
    ),
    (
        "it",
        "mi serve una base rock per il saggio di chitarra di mio figlio, fammene tre versioni così scelgo io",
        None,
        "t2a",
        {"takes": 3, "tags_has": ["rock"]},
    ),
    (
        "it",
        "canzone pop con queste parole:\n" + _L_IT,
        None,
        "t2a",
        {"lyrics": _L_IT, "vocal_language": "it", "tags_has": ["pop"]},
    ),
    (
        "it",
        "tra 1:15 e 1:30 il basso è sporco, rigeneralo",
        190,
        "audio_inpaint",
        _win(75, 90),
    ),
    (
        "it",
        "i primi dieci secondi sono troppo vuoti, rifalli",
        120,
        "audio_inpaint",
        _win(0, 10),
    ),
    ("it", "allungala di 45 secondi", 90, "audio_outpaint", _out(0, 45)),
    (
        "it",
        "aggiungi un'introduzione di cinque secondi prima che parta la batteria",
        160,
        "audio_outpaint",
        _out(5, 0),
    ),
    ("it", "esportala in ogg", 150, "process_track", {"output_format": "ogg"}),
    (
        "it",
        "mettimi un fade-in di 3 secondi e un fade-out di 6",
        185,
        "process_track",
        {"fade_in_s": 3, "fade_out_s": 6},
    ),
    ("it", "puoi fare il mastering con un po' di EQ sugli alti?", 180, "ask", {}),
    ("it", "mixala meglio, la voce è troppo bassa rispetto alla base", 200, "ask", {}),
    # ---------------- ja ----------------
    (
        "ja",
        "雨の日に聴きたいピアノ曲を作って。2分くらいで",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["piano"]},
    ),
    (
        "ja",
        "アニメのオープニングっぽい曲お願い！90秒で、ボーカルありで",
        None,
        "t2a",
        {"duration": 90},
    ),
    (
        "ja",
        "この歌詞でシティポップ作ってほしい\n" + _L_JA,
        None,
        "t2a",
        {"lyrics": _L_JA, "vocal_language": "ja"},
    ),
    ("ja", "1:20から1:35までやり直して", 200, "audio_inpaint", _win(80, 95)),
    (
        "ja",
        "終わり方がなんか変なので、最後の30秒を作り直してほしいです",
        150,
        "audio_inpaint",
        _win(120, 150),
    ),
    ("ja", "あと20秒伸ばして", 100, "audio_outpaint", _out(0, 20)),
    ("ja", "WAVで書き出して", 130, "process_track", {"output_format": "wav"}),
    (
        "ja",
        "ゲームのBGMに使うのでループできるようにしてください",
        60,
        "process_track",
        {"loop": True},
    ),
    ("ja", "頭の3秒カットして", 145, "process_track", {"trim_start_s": 3}),
    ("ja", "キーを半音上げて", 180, "ask", {}),
    ("ja", "サビだけ作り直して", 200, "ask", {}),
    # ---------------- ko ----------------
    (
        "ko",
        "카페에서 틀 보사노바 하나 만들어줘, 3분 정도, 노래 없이",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["bossa nova"]},
    ),
    (
        "ko",
        "케이팝 댄스곡 두 버전 만들어줘. 1분짜리로",
        None,
        "t2a",
        {"takes": 2, "duration": 60},
    ),
    (
        "ko",
        "이 가사로 발라드 만들어 줘\n" + _L_KO,
        None,
        "t2a",
        {"lyrics": _L_KO, "vocal_language": "ko", "tags_has": ["ballad"]},
    ),
    (
        "ko",
        "친구 생일 축하 노래 짧게, 피아노 반주로 30초만",
        88,
        "t2a",
        {"duration": 30, "tags_has": ["piano"]},
    ),
    ("ko", "0:40부터 0:55까지 다시 만들어줘", 180, "audio_inpaint", _win(40, 55)),
    ("ko", "마지막 12초만 다시", 130, "audio_inpaint", _win(118, 130)),
    ("ko", "앞에 8초짜리 인트로 붙여줘", 150, "audio_outpaint", _out(8, 0)),
    (
        "ko",
        "영상 길이가 2분 30초라서 거기에 맞게 늘려줘",
        120,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "ko",
        "mp3 320으로 뽑아줘",
        160,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    (
        "ko",
        "유튜브에 올릴 거라 -14 LUFS로 맞춰줘",
        190,
        "process_track",
        {"loudness_lufs": -14},
    ),
    ("ko", "보컬만 따로 추출해줘", 200, "ask", {}),
    # ---------------- pt ----------------
    (
        "pt",
        "faz um samba bem animado pra abertura do meu canal, uns 40 segundos",
        None,
        "t2a",
        {"duration": 40, "tags_has": ["samba"]},
    ),
    (
        "pt",
        "quero um forró instrumental, com sanfona e zabumba, dois minutos e meio",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST},
    ),
    (
        "pt",
        "musica essa letra pra mim, numa pegada MPB:\n" + _L_PT,
        None,
        "t2a",
        {"lyrics": _L_PT, "vocal_language": "pt"},
    ),
    (
        "pt",
        "refaz do 1:00 ao 1:12, a voz ficou estranha",
        180,
        "audio_inpaint",
        _win(60, 72),
    ),
    (
        "pt",
        "os últimos 5 segundos tão cortando do nada, gera de novo",
        97,
        "audio_inpaint",
        _win(92, 97),
    ),
    ("pt", "coloca mais 30 segundos no final", 150, "audio_outpaint", _out(0, 30)),
    ("pt", "me manda em wav", 140, "process_track", {"output_format": "wav"}),
    (
        "pt",
        "corta os últimos 3 segundos e põe um fade out de 2",
        140,
        "process_track",
        {"trim_end_s": 3, "fade_out_s": 2},
    ),
    ("pt", "deixa em loop sem emenda", 48, "process_track", {"loop": True}),
    ("pt", "aumenta o bpm pra 120", 180, "ask", {}),
    ("pt", "refaz a ponte", 200, "ask", {}),
    # ---------------- ru ----------------
    (
        "ru",
        "Сделай эмбиент для медитации, минут на пять, без вокала",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["ambient"]},
    ),
    (
        "ru",
        "нужен трек в стиле русского рока, с гитарами, полторы минуты",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["rock"]},
    ),
    (
        "ru",
        "Вот текст, сделай из него песню под гитару:\n" + _L_RU,
        None,
        "t2a",
        {"lyrics": _L_RU, "vocal_language": "ru", "tags_has": ["guitar"]},
    ),
    ("ru", "перегенерируй с 0:20 по 0:35", 120, "audio_inpaint", _win(20, 35)),
    (
        "ru",
        "с 1:30 десять секунд звучат грязно, переделай этот кусок",
        180,
        "audio_inpaint",
        _win(90, 100),
    ),
    ("ru", "добавь в конце ещё сорок секунд", 110, "audio_outpaint", _out(0, 40)),
    ("ru", "растяни до трёх минут", 140, "audio_outpaint", _out(0, 40)),
    ("ru", "экспортни во flac", 150, "process_track", {"output_format": "flac"}),
    (
        "ru",
        "обрежь первые четыре секунды, там тишина",
        160,
        "process_track",
        {"trim_start_s": 4},
    ),
    ("ru", "убери барабаны из трека", 170, "ask", {}),
    (
        "ru",
        "сделай пять разных вариантов, каждый в своём жанре",
        None,
        "ask",
        {},
    ),
    # ---------------- zh ----------------
    (
        "zh",
        "帮我做一首古风歌曲，古筝和笛子，三分钟",
        None,
        "t2a",
        {"duration": 180},
    ),
    (
        "zh",
        "来段纯音乐，钢琴独奏，一分半左右，睡前听的",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "zh",
        "用这段歌词写一首民谣：\n" + _L_ZH,
        None,
        "t2a",
        {"lyrics": _L_ZH, "vocal_language": "zh", "tags_has": ["folk"]},
    ),
    (
        "zh",
        "再来一首新的电子舞曲，出三版给我挑，每版一分钟",
        150,
        "t2a",
        {"takes": 3, "duration": 60},
    ),
    ("zh", "把1:05到1:20重新生成一下", 200, "audio_inpaint", _win(65, 80)),
    ("zh", "最后十五秒重做", 165, "audio_inpaint", _win(150, 165)),
    ("zh", "结尾再加二十秒", 120, "audio_outpaint", _out(0, 20)),
    (
        "zh",
        "导出成mp3，128k就行",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 128},
    ),
    ("zh", "开头加两秒淡入", 140, "process_track", {"fade_in_s": 2}),
    ("zh", "把人声和伴奏分开", 200, "ask", {}),
    ("zh", "改成升C大调", 180, "ask", {}),
    # ---------------- ar ----------------
    (
        "ar",
        "اعملي موسيقى شرقية فيها عود، بدون غناء، دقيقتين",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["oud"]},
    ),
    (
        "ar",
        "لحّن لي هالكلمات بأسلوب بوب:\n" + _L_AR,
        None,
        "t2a",
        {"lyrics": _L_AR, "vocal_language": "ar", "tags_has": ["pop"]},
    ),
    (
        "ar",
        "أبغى موسيقى حماسية لفيديو رياضي، ٤٥ ثانية",
        None,
        "t2a",
        {"duration": 45},
    ),
    (
        "ar",
        "أعد توليد الجزء من 0:30 إلى 0:45",
        150,
        "audio_inpaint",
        _win(30, 45),
    ),
    (
        "ar",
        "آخر عشر ثواني مش حلوة، عيدها",
        140,
        "audio_inpaint",
        _win(130, 140),
    ),
    ("ar", "زيد ثلاثين ثانية في الآخر", 90, "audio_outpaint", _out(0, 30)),
    ("ar", "ضيف مقدمة ١٠ ثواني في البداية", 180, "audio_outpaint", _out(10, 0)),
    ("ar", "صدّرها بصيغة wav", 150, "process_track", {"output_format": "wav"}),
    ("ar", "اضبط مستوى الصوت على -14 LUFS", 200, "process_track", {"loudness_lufs": -14}),
    ("ar", "غيّر المقام لمقام أعلى", 180, "ask", {}),
    ("ar", "عدّل المقطع الثاني", None, "ask", {}),
    # ---------------- az ----------------
    (
        "az",
        "Toy üçün şən bir mahnı düzəlt, üç dəqiqəlik, qarmon da olsun",
        None,
        "t2a",
        {"duration": 180},
    ),
    (
        "az",
        "Axşamlar dinləmək üçün sakit piano musiqisi lazımdır, sözsüz, bir dəqiqə yarım",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "az",
        "1:10-dan 1:20-yə qədər olan hissəni yenidən yarat, orada səs xırıldayır",
        180,
        "audio_inpaint",
        _win(70, 80),
    ),
    ("az", "sonuna 25 saniyə əlavə et", 100, "audio_outpaint", _out(0, 25)),
    (
        "az",
        "mp3 formatında ver, 320 kbps",
        150,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    # ---------------- bg ----------------
    (
        "bg",
        "Направи ми някакво кръчмарско парче с акордеон, около две минути, за рождения ден на баща ми",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["accordion"]},
    ),
    (
        "bg",
        "Направи песен с тоя текст, нещо като поп-рок:\n" + _L_BG,
        None,
        "t2a",
        {"lyrics": _L_BG, "vocal_language": "bg", "tags_has": ["rock"]},
    ),
    (
        "bg",
        "последните шест секунди ги генерирай наново",
        90,
        "audio_inpaint",
        _win(84, 90),
    ),
    (
        "bg",
        "направи го на wav и нормализирай на -14 LUFS",
        200,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("bg", "смени тоналността с един тон надолу", 180, "ask", {}),
    # ---------------- ca ----------------
    (
        "ca",
        "Fes-me una sardana instrumental d'un minut",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    (
        "ca",
        "Vull una rumba catalana per a la festa major, dues versions, de dos minuts",
        None,
        "t2a",
        {"takes": 2, "duration": 120, "tags_has": ["rumba"]},
    ),
    (
        "ca",
        "refés del 0:15 al 0:30, que la trompeta desafina",
        150,
        "audio_inpaint",
        _win(15, 30),
    ),
    ("ca", "allarga-la fins als tres minuts", 160, "audio_outpaint", _out(0, 20)),
    ("ca", "passa-la a ogg", 160, "process_track", {"output_format": "ogg"}),
    # ---------------- cs ----------------
    (
        "cs",
        "Potřebuju polku na svatbu, dvě a půl minuty, s dechovkou",
        None,
        "t2a",
        {"duration": 150, "tags_has": ["polka"]},
    ),
    (
        "cs",
        "od 1:10 to začne chrčet, přegeneruj to až do 1:25",
        200,
        "audio_inpaint",
        _win(70, 85),
    ),
    ("cs", "přidej na začátek pět vteřin", 130, "audio_outpaint", _out(5, 0)),
    (
        "cs",
        "udělej z toho smyčku, ať to jde dokola",
        40,
        "process_track",
        {"loop": True},
    ),
    ("cs", "zpomal to na 80 bpm", 180, "ask", {}),
    # ---------------- da ----------------
    (
        "da",
        "Lav en hyggelig julesang med klaver, ca. to minutter",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["piano"]},
    ),
    (
        "da",
        "Kan du lave en sang til min mors fødselsdag med den her tekst:\n" + _L_DA,
        None,
        "t2a",
        {"lyrics": _L_DA, "vocal_language": "da"},
    ),
    ("da", "lav de sidste 20 sekunder om", 160, "audio_inpaint", _win(140, 160)),
    ("da", "eksportér som flac tak", 160, "process_track", {"output_format": "flac"}),
    ("da", "gør den et halvt minut længere", 120, "audio_outpaint", _out(0, 30)),
    # ---------------- el ----------------
    (
        "el",
        "Φτιάξε μου ένα ρεμπέτικο με μπουζούκι, τρία λεπτά",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["bouzouki"]},
    ),
    (
        "el",
        "Θέλω ένα ορχηστρικό κομμάτι για το βίντεο του γάμου μας, χωρίς φωνή, ενάμισι λεπτό",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    (
        "el",
        "ξαναφτιάξε το κομμάτι από 0:50 ως 1:10",
        200,
        "audio_inpaint",
        _win(50, 70),
    ),
    (
        "el",
        "κόψε τα τελευταία 4 δευτερόλεπτα",
        150,
        "process_track",
        {"trim_end_s": 4},
    ),
    ("el", "άλλαξε το ρεφρέν, δεν μου αρέσει", 180, "ask", {}),
    # ---------------- fa ----------------
    (
        "fa",
        "یه آهنگ سنتی با سه‌تار بساز، بدون خواننده، دو دقیقه",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "fa",
        "با این شعر یه آهنگ پاپ بساز:\n" + _L_FA,
        None,
        "t2a",
        {"lyrics": _L_FA, "vocal_language": "fa", "tags_has": ["pop"]},
    ),
    (
        "fa",
        "از ثانیه ۴۰ تا ۵۵ رو دوباره بساز",
        150,
        "audio_inpaint",
        _win(40, 55),
    ),
    ("fa", "ده ثانیه به اولش اضافه کن", 120, "audio_outpaint", _out(10, 0)),
    ("fa", "با فرمت mp3 خروجی بگیر", 140, "process_track", {"output_format": "mp3"}),
    # ---------------- fi ----------------
    (
        "fi",
        "Tee humppa-biisi juhannusjuhliin, kaksi minuuttia",
        None,
        "t2a",
        {"duration": 120},
    ),
    (
        "fi",
        "Tarvitsen kolme versiota samasta metallibiisistä, minuutin mittaisia, niin valitsen parhaan",
        None,
        "t2a",
        {"takes": 3, "duration": 60, "tags_has": ["metal"]},
    ),
    (
        "fi",
        "generoi uudelleen kohta 1:05–1:15",
        190,
        "audio_inpaint",
        _win(65, 75),
    ),
    ("fi", "lisää loppuun vielä 40 sekuntia", 120, "audio_outpaint", _out(0, 40)),
    (
        "fi",
        "normalisoi -14 LUFSiin ja laita loppuun viiden sekunnin häivytys",
        170,
        "process_track",
        {"loudness_lufs": -14, "fade_out_s": 5},
    ),
    # ---------------- he ----------------
    (
        "he",
        "תעשה לי שיר מזרחי שמח לחתונה של אחי, שלוש דקות",
        None,
        "t2a",
        {"duration": 180},
    ),
    (
        "he",
        "אני צריך מוזיקת רקע לפודקאסט, בלי שירה, גיטרה אקוסטית, 30 שניות",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    (
        "he",
        "את 15 השניות האחרונות תייצר מחדש",
        120,
        "audio_inpaint",
        _win(105, 120),
    ),
    (
        "he",
        "תחתוך את 2 השניות הראשונות",
        110,
        "process_track",
        {"trim_start_s": 2},
    ),
    ("he", "תעלה את זה ליוטיוב", 150, "ask", {}),
    # ---------------- hu ----------------
    (
        "hu",
        "Csinálj egy csárdást hegedűvel, másfél perc",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["violin"]},
    ),
    (
        "hu",
        "Ebből a szövegből legyen egy rockdal:\n" + _L_HU,
        None,
        "t2a",
        {"lyrics": _L_HU, "vocal_language": "hu", "tags_has": ["rock"]},
    ),
    ("hu", "1:30-tól 1:45-ig generáld újra", 200, "audio_inpaint", _win(90, 105)),
    ("hu", "toldd meg a végét fél perccel", 100, "audio_outpaint", _out(0, 30)),
    ("hu", "exportáld wav-ba", 100, "process_track", {"output_format": "wav"}),
    # ---------------- id ----------------
    (
        "id",
        "Bikinin lagu dangdut yang asik buat acara kantor, 3 menit",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["dangdut"]},
    ),
    (
        "id",
        "tolong buatkan musik gamelan tanpa vokal, satu menit saja",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["gamelan"]},
    ),
    (
        "id",
        "bagian 0:25 sampai 0:40 bikin ulang ya, vokalnya fals",
        150,
        "audio_inpaint",
        _win(25, 40),
    ),
    ("id", "tambahin intro 6 detik di depan", 120, "audio_outpaint", _out(6, 0)),
    ("id", "bagian reff-nya bikin ulang dong", 150, "ask", {}),
    # ---------------- nl ----------------
    (
        "nl",
        "Maak een vrolijk carnavalsnummer met veel blazers, twee minuten",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["brass"]},
    ),
    (
        "nl",
        "Ik zoek rustige pianomuziek om bij te studeren, geen zang, vier minuten",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("nl", "doe 0:10 tot 0:20 even opnieuw", 95, "audio_inpaint", _win(10, 20)),
    (
        "nl",
        "zet er een fade-out van acht seconden op",
        150,
        "process_track",
        {"fade_out_s": 8},
    ),
    (
        "nl",
        "exporteer als mp3 van 192 kbps",
        150,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192},
    ),
    # ---------------- pl ----------------
    (
        "pl",
        "Zrób disco polo na wesele kuzyna, trzy i pół minuty",
        None,
        "t2a",
        {"duration": 210},
    ),
    (
        "pl",
        "Zrób piosenkę rockową do tego tekstu:\n" + _L_PL,
        None,
        "t2a",
        {"lyrics": _L_PL, "vocal_language": "pl", "tags_has": ["rock"]},
    ),
    (
        "pl",
        "od 1 min 10 s przez piętnaście sekund coś trzeszczy, wygeneruj ten kawałek od nowa",
        110,
        "audio_inpaint",
        _win(70, 85),
    ),
    ("pl", "dodaj minutę na końcu", 120, "audio_outpaint", _out(0, 60)),
    ("pl", "zmiksuj to lepiej, bas jest za głośny", 180, "ask", {}),
    # ---------------- ro ----------------
    (
        "ro",
        "Fă-mi o manea instrumentală, două minute",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "ro",
        "Vreau o piesă de jazz cu saxofon pentru cafeneaua mea, cam trei minute",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["jazz"]},
    ),
    ("ro", "refă partea de la 1:00 la 1:20", 180, "audio_inpaint", _win(60, 80)),
    (
        "ro",
        "exportă în flac și normalizează la -14 LUFS",
        180,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -14},
    ),
    ("ro", "adaugă 15 secunde la început", 150, "audio_outpaint", _out(15, 0)),
    # ---------------- sv ----------------
    (
        "sv",
        "Gör en midsommarlåt med dragspel, en och en halv minut",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["accordion"]},
    ),
    (
        "sv",
        "kan du göra två tagningar av en lugn akustisk gitarrlåt, 45 sek",
        None,
        "t2a",
        {"takes": 2, "duration": 45, "tags_has": ["guitar"]},
    ),
    ("sv", "gör om de första 15 sekunderna", 130, "audio_inpaint", _win(0, 15)),
    ("sv", "klipp bort sista tre sekunderna", 130, "process_track", {"trim_end_s": 3}),
    ("sv", "gör om de sista tio sekunderna", None, "ask", {}),
    # ---------------- tr ----------------
    (
        "tr",
        "Bana arabesk tarzında duygusal bir şarkı yap, üç dakika",
        None,
        "t2a",
        {"duration": 180},
    ),
    (
        "tr",
        "Bu sözlerle pop bir şarkı yap:\n" + _L_TR,
        None,
        "t2a",
        {"lyrics": _L_TR, "vocal_language": "tr", "tags_has": ["pop"]},
    ),
    ("tr", "0:35 ile 0:50 arasını yeniden üret", 160, "audio_inpaint", _win(35, 50)),
    ("tr", "sonuna 20 saniye daha ekle", 140, "audio_outpaint", _out(0, 20)),
    (
        "tr",
        "loop yap, oyunda arka planda sürekli dönecek",
        30,
        "process_track",
        {"loop": True},
    ),
    # ---------------- bn ----------------
    (
        "bn",
        "একটা রবীন্দ্রসংগীত ধাঁচের গান বানাও, হারমোনিয়াম আর তবলা দিয়ে, আড়াই মিনিট",
        None,
        "t2a",
        {"duration": 150},
    ),
    (
        "bn",
        "১:১০ থেকে ১:২৫ পর্যন্ত অংশটা আবার বানাও",
        180,
        "audio_inpaint",
        _win(70, 85),
    ),
    ("bn", "শেষে আরও ত্রিশ সেকেন্ড যোগ করো", 120, "audio_outpaint", _out(0, 30)),
    ("bn", "mp3 করে দাও", 120, "process_track", {"output_format": "mp3"}),
    # ---------------- hr ----------------
    (
        "hr",
        "Napravi mi laganu dalmatinsku pjesmu s gitarom i mandolinom, dvije minute",
        None,
        "t2a",
        {"duration": 120},
    ),
    (
        "hr",
        "zadnjih 7 sekundi ponovno generiraj",
        100,
        "audio_inpaint",
        _win(93, 100),
    ),
    (
        "hr",
        "izvezi kao wav i stavi fade out od 5 sekundi",
        180,
        "process_track",
        {"output_format": "wav", "fade_out_s": 5},
    ),
    (
        "hr",
        "napravi četiri verzije, ali svaka neka bude u drugom stilu",
        None,
        "ask",
        {},
    ),
    # ---------------- ht ----------------
    (
        "ht",
        "Fè yon mizik konpa pou fèt manman m, de minit",
        None,
        "t2a",
        {"duration": 120},
    ),
    (
        "ht",
        "refè pati ki soti 0:30 rive 0:45 la",
        150,
        "audio_inpaint",
        _win(30, 45),
    ),
    ("ht", "ajoute 20 segonn nan fen an", 90, "audio_outpaint", _out(0, 20)),
    ("ht", "retire vwa a nan mizik la, mwen bezwen sèlman mizik la", 160, "ask", {}),
    # ---------------- is ----------------
    (
        "is",
        "Gerðu rólegt lag með kassagítar, ein og hálf mínúta, ekkert sungið",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    (
        "is",
        "búðu til aftur kaflann frá 0:20 til 0:32",
        120,
        "audio_inpaint",
        _win(20, 32),
    ),
    ("is", "bættu 10 sekúndum framan við", 110, "audio_outpaint", _out(10, 0)),
    ("is", "vistaðu sem flac", 110, "process_track", {"output_format": "flac"}),
    # ---------------- la ----------------
    (
        "la",
        "Fac mihi musicam ad organum sine voce, duo minuta",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["organ"]},
    ),
    (
        "la",
        "partem ab 0:40 ad 0:55 denuo fac",
        150,
        "audio_inpaint",
        _win(40, 55),
    ),
    ("la", "exporta ut mp3", 150, "process_track", {"output_format": "mp3"}),
    ("la", "muta tonum cantus, altius canatur", 150, "ask", {}),
    # ---------------- lt ----------------
    (
        "lt",
        "Sukurk linksmą liaudišką dainą su akordeonu, dvi minutės",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["accordion"]},
    ),
    (
        "lt",
        "perdaryk paskutines 15 sekundžių",
        145,
        "audio_inpaint",
        _win(130, 145),
    ),
    ("lt", "pridėk pusę minutės pabaigoje", 100, "audio_outpaint", _out(0, 30)),
    ("lt", "sumiksuok geriau, vokalas per tylus", 150, "ask", {}),
    # ---------------- ms ----------------
    (
        "ms",
        "Buatkan lagu raya yang ceria untuk video keluarga, dua minit",
        None,
        "t2a",
        {"duration": 120},
    ),
    (
        "ms",
        "jana semula bahagian 1:00 hingga 1:10",
        150,
        "audio_inpaint",
        _win(60, 70),
    ),
    ("ms", "panjangkan jadi tiga minit", 170, "audio_outpaint", _out(0, 10)),
    ("ms", "tukar ke format wav", 170, "process_track", {"output_format": "wav"}),
    # ---------------- ne ----------------
    (
        "ne",
        "दशैंको लागि एउटा रमाइलो लोकगीत बनाइदेऊ, मादल र बाँसुरी राखेर, तीन मिनेट",
        None,
        "t2a",
        {"duration": 180},
    ),
    (
        "ne",
        "०:२० देखि ०:३५ सम्मको भाग फेरि बनाउ",
        140,
        "audio_inpaint",
        _win(20, 35),
    ),
    ("ne", "सुरुको ३ सेकेन्ड काटिदेऊ", 140, "process_track", {"trim_start_s": 3}),
    ("ne", "यसलाई मेरो फेसबुक पेजमा अपलोड गरिदेऊ", 140, "ask", {}),
    # ---------------- no ----------------
    (
        "no",
        "Lag en rolig vise med gitar til bryllupet til broren min, tre minutter",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["guitar"]},
    ),
    ("no", "lag om fra 1:45 til 2:00", 200, "audio_inpaint", _win(105, 120)),
    ("no", "legg på 15 sekunder på slutten", 80, "audio_outpaint", _out(0, 15)),
    ("no", "normaliser til -14 LUFS", 95, "process_track", {"loudness_lufs": -14}),
    # ---------------- pa ----------------
    (
        "pa",
        "ਇੱਕ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ ਢੋਲ ਨਾਲ, ਦੋ ਮਿੰਟ ਦਾ",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["bhangra"]},
    ),
    ("pa", "ਆਖਰੀ 10 ਸਕਿੰਟ ਦੁਬਾਰਾ ਬਣਾਓ", 130, "audio_inpaint", _win(120, 130)),
    ("pa", "ਸ਼ੁਰੂ ਵਿੱਚ 5 ਸਕਿੰਟ ਦਾ ਇੰਟਰੋ ਜੋੜੋ", 120, "audio_outpaint", _out(5, 0)),
    ("pa", "ਗੀਤ ਦੀ ਸਪੀਡ ਥੋੜ੍ਹੀ ਘਟਾ ਦਿਓ", 120, "ask", {}),
    # ---------------- sa ----------------
    (
        "sa",
        "ध्यानाय शान्तं वीणासङ्गीतं रचय, गानं विना, द्वौ निमेषौ",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "sa",
        "०:३० तः ०:४५ पर्यन्तं भागं पुनः रचय",
        150,
        "audio_inpaint",
        _win(30, 45),
    ),
    (
        "sa",
        "गीतस्य अन्ते २० सेकण्डपरिमितं भागं योजय",
        100,
        "audio_outpaint",
        _out(0, 20),
    ),
    ("sa", "अस्य गीतस्य स्वरग्रामं परिवर्तय", 100, "ask", {}),
    # ---------------- sk ----------------
    (
        "sk",
        "Sprav mi folkovú pesničku s fujarou, minútu a pol",
        None,
        "t2a",
        {"duration": 90},
    ),
    ("sk", "pregeneruj úsek 0:55 až 1:05", 160, "audio_inpaint", _win(55, 65)),
    ("sk", "urob z toho slučku", 40, "process_track", {"loop": True}),
    ("sk", "zrýchli to o desať bpm", 160, "ask", {}),
    # ---------------- sr ----------------
    (
        "sr",
        "Направи ми трубачку за свадбу, три минута, без певања",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST},
    ),
    ("sr", "преправи део од 2:10 до 2:25", 240, "audio_inpaint", _win(130, 145)),
    ("sr", "додај 30 секунди на крају", 150, "audio_outpaint", _out(0, 30)),
    (
        "sr",
        "извези у mp3 од 320",
        150,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    # ---------------- sw ----------------
    (
        "sw",
        "Nitengenezee wimbo wa bongo flava kwa maneno haya:\n" + _L_SW,
        None,
        "t2a",
        {"lyrics": _L_SW, "vocal_language": "sw"},
    ),
    (
        "sw",
        "tengeneza upya sekunde 10 za mwisho",
        120,
        "audio_inpaint",
        _win(110, 120),
    ),
    ("sw", "ifanye iwe loop", 30, "process_track", {"loop": True}),
    ("sw", "rekebisha kiitikio", 120, "ask", {}),
    # ---------------- ta ----------------
    (
        "ta",
        "கிராமத்து திருவிழா மாதிரி ஒரு குத்து பாட்டு பண்ணு, மூணு நிமிஷம்",
        None,
        "t2a",
        {"duration": 180},
    ),
    (
        "ta",
        "1:00 லிருந்து 1:15 வரை மறுபடி உருவாக்கு",
        200,
        "audio_inpaint",
        _win(60, 75),
    ),
    ("ta", "கடைசியில இன்னும் 20 வினாடி சேர்த்துடு", 100, "audio_outpaint", _out(0, 20)),
    ("ta", "கடைசி 10 வினாடி மட்டும் மறுபடி பண்ணு", None, "ask", {}),
    # ---------------- te ----------------
    (
        "te",
        "ఒక మెలోడీ పాట చెయ్యి, ఫ్లూట్ తో, రెండున్నర నిమిషాలు",
        None,
        "t2a",
        {"duration": 150, "tags_has": ["flute"]},
    ),
    ("te", "చివరి 12 సెకన్లు మళ్ళీ చెయ్యి", 150, "audio_inpaint", _win(138, 150)),
    ("te", "మొదట్లో 10 సెకన్ల ఇంట్రో కలుపు", 120, "audio_outpaint", _out(10, 0)),
    ("te", "wav లో ఎక్స్‌పోర్ట్ చెయ్యి", 120, "process_track", {"output_format": "wav"}),
    # ---------------- th ----------------
    (
        "th",
        "ทำเพลงลูกทุ่งสนุกๆ ให้หน่อย สามนาที",
        None,
        "t2a",
        {"duration": 180},
    ),
    ("th", "ช่วง 0:45 ถึง 1:00 ทำใหม่ให้หน่อย", 150, "audio_inpaint", _win(45, 60)),
    ("th", "ใส่เฟดเอาท์ตอนจบ 5 วินาที", 150, "process_track", {"fade_out_s": 5}),
    ("th", "เปลี่ยนคีย์ให้ต่ำลงหน่อย", 150, "ask", {}),
    # ---------------- tl ----------------
    (
        "tl",
        "Gawan mo ako ng kanta gamit tong lyrics, OPM ballad:\n" + _L_TL,
        None,
        "t2a",
        {"lyrics": _L_TL, "vocal_language": "tl"},
    ),
    ("tl", "ulitin mo yung 0:15 hanggang 0:30", 120, "audio_inpaint", _win(15, 30)),
    ("tl", "dagdagan mo ng 30 segundo sa dulo", 150, "audio_outpaint", _out(0, 30)),
    ("tl", "ayusin mo yung chorus", 150, "ask", {}),
    # ---------------- uk ----------------
    (
        "uk",
        "Зроби колядку з хором, півтори хвилини",
        None,
        "t2a",
        {"duration": 90},
    ),
    ("uk", "перегенеруй з 0:30 до 0:40", 120, "audio_inpaint", _win(30, 40)),
    ("uk", "додай двадцять секунд на початку", 140, "audio_outpaint", _out(20, 0)),
    ("uk", "експортуй в ogg", 140, "process_track", {"output_format": "ogg"}),
    # ---------------- ur ----------------
    (
        "ur",
        "ایک قوالی بناؤ، ہارمونیم اور طبلے کے ساتھ، چار منٹ",
        None,
        "t2a",
        {"duration": 240, "tags_has": ["qawwali"]},
    ),
    ("ur", "آخری 20 سیکنڈ دوبارہ بناؤ", 180, "audio_inpaint", _win(160, 180)),
    (
        "ur",
        "اسے mp3 میں 192 پر ایکسپورٹ کرو",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192},
    ),
    ("ur", "اسے mp3 میں بدل دو", None, "ask", {}),
    # ---------------- vi ----------------
    (
        "vi",
        "Làm giúp mình một bài bolero buồn, khoảng ba phút",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["bolero"]},
    ),
    ("vi", "tạo lại đoạn từ 1:20 đến 1:30 nhé", 180, "audio_inpaint", _win(80, 90)),
    ("vi", "thêm 15 giây vào đầu bài", 120, "audio_outpaint", _out(15, 0)),
    ("vi", "tách giọng hát ra khỏi nhạc nền giúp mình", 120, "ask", {}),
    # ---------------- yue ----------------
    (
        "yue",
        "幫我整首廣東歌，抒情嘅，三分鐘，要有鋼琴",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["piano"]},
    ),
    ("yue", "由1:00到1:10嗰段重新整過", 150, "audio_inpaint", _win(60, 70)),
    ("yue", "尾段再加多二十秒", 100, "audio_outpaint", _out(0, 20)),
    ("yue", "轉做mp3", 100, "process_track", {"output_format": "mp3"}),
]
