"""Blind held-out router set 178. Theme: "even mix 75".

An even mix of what real users of an AI music tool type, in all 50 languages: new tracks with and without
lengths, pasted lyrics with native section markers or none, no-vocals wishes, time-range edits, intros and
outros, exports, loudness, loops, fades, trims, takes and follow-ups. About a quarter are hard the way real users
are (two asks in one, a BPM / age / decade number beside a real length, cue-looking words that are not cues).

Counts: 300 rows. 11 in each of the 12 BIG12 languages (132) and 168 over the 38 others
(4 each, 5 for bg ca cs da el fa he hu id nl pl ro sv tr uk vi).
Intents: t2a 60, audio_inpaint 60, process_track 60, audio_outpaint 60, ask 60.

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


R178: list[tuple[Any, ...]] = [
    # ---- en ----
    (
        "en",
        "need a chill lofi beat for studying, like 2:30ish, no vocals pls",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST, "tags_has": ["lofi"]},
    ),
    (
        "en",
        "90s jazz rap thing, give me 3 versions, about a minute each",
        None,
        "t2a",
        {"duration": 60, "takes": 3, "tags_has": ["jazz"]},
    ),
    (
        "en",
        "new song pls, synthpop about being stuck in a time loop, fade-out ending vibe, 3 min",
        95,
        "t2a",
        {"duration": 180, "tags_has": ["synthpop"]},
    ),
    (
        "en",
        "snare sounds weird between 0:42 and 0:51, regen that part x2",
        180,
        "audio_inpaint",
        {**_win(42, 51), "takes": 2},
    ),
    ("en", "around 12:30 to 12:45 theres a glitch in the pad, fix that bit", 1500, "audio_inpaint", _win(750, 765)),
    (
        "en",
        "export as flac, normalize to -14 LUFS",
        200,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -14},
    ),
    (
        "en",
        "make it loop seamlessly and give me an mp3 at 192",
        64,
        "process_track",
        {"loop": True, "output_format": "mp3", "bitrate_kbps": 192},
    ),
    ("en", "add a 10 second intro and like 20 sec more at the end", 150, "audio_outpaint", _out(10, 20)),
    ("en", "can u stretch it out to 4 minutes", 180, "audio_outpaint", _out(0, 60)),
    ("en", "make the chorus hit harder", 210, "ask", {}),
    ("en", "export it as m4a for my iphone", 120, "ask", {}),
    # ---- de ----
    (
        "de",
        "Mach mir einen düsteren Techno-Track, 128 BPM, so ungefähr vier Minuten",
        None,
        "t2a",
        {"duration": 240, "tags_has": ["techno"]},
    ),
    (
        "de",
        "Schlager mit diesem Text bitte:\n[Strophe]\nDie Sonne geht am Hafen unter\nund keiner will nach Haus\n"
        "[Refrain]\nWir tanzen bis der Morgen kommt\nwir tanzen uns hinaus",
        None,
        "t2a",
        {
            "lyrics": "[Strophe]\nDie Sonne geht am Hafen unter\nund keiner will nach Haus\n[Refrain]\n"
            "Wir tanzen bis der Morgen kommt\nwir tanzen uns hinaus",
            "vocal_language": "de",
            "tags_has": ["schlager"],
        },
    ),
    (
        "de",
        "Zwischen 2:10 und 2:25 ist die Gitarre total daneben, bitte neu machen",
        300,
        "audio_inpaint",
        _win(130, 145),
    ),
    ("de", "Die ersten acht Sekunden gefallen mir nicht 😕 nochmal generieren", 60, "audio_inpaint", _win(0, 8)),
    ("de", "Bereich 0:30 bis 0:45 ersetzen, gib mir zwei Varianten", 90, "audio_inpaint", {**_win(30, 45), "takes": 2}),
    (
        "de",
        "Als WAV exportieren und am Ende 6 Sekunden ausblenden",
        150,
        "process_track",
        {"output_format": "wav", "fade_out_s": 6},
    ),
    ("de", "schneid vorne 3 sek ab und hinten 5", 120, "process_track", {"trim_start_s": 3, "trim_end_s": 5}),
    ("de", "Häng hinten noch 30 Sekunden Outro dran und vorne 5 Sekunden", 90, "audio_outpaint", _out(5, 30)),
    ("de", "Bitte ein Intro von 12 Sekunden davorsetzen", 200, "audio_outpaint", _out(12, 0)),
    ("de", "Kannst du den Gesang rausnehmen? Brauch nur das Playback", 180, "ask", {}),
    ("de", "Mach den Teil von 1:00 bis 1:30 neu", None, "ask", {}),
    # ---- es ----
    (
        "es",
        "quiero una cumbia alegre pa una fiesta, dos minutos y medio",
        None,
        "t2a",
        {"duration": 150, "tags_has": ["cumbia"]},
    ),
    (
        "es",
        "hazme una intro para mi canal de YouTube, reggaeton sin voz, 45 segundos",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST, "tags_has": ["reggaeton"]},
    ),
    (
        "es",
        "Bolero con esta letra:\n[Verso]\nTu nombre en la arena\nse lo lleva el mar\n[Coro]\nAy, corazón,\n"
        "no sé olvidar",
        None,
        "t2a",
        {
            "lyrics": "[Verso]\nTu nombre en la arena\nse lo lleva el mar\n[Coro]\nAy, corazón,\nno sé olvidar",
            "vocal_language": "es",
            "tags_has": ["bolero"],
        },
    ),
    ("es", "del 1:15 al 1:32 suena raro el bajo, regenéralo", 200, "audio_inpaint", _win(75, 92)),
    (
        "es",
        "los últimos 20 segundos tienen un clic, regenera eso (3 opciones porfa)",
        140,
        "audio_inpaint",
        {**_win(120, 140), "takes": 3},
    ),
    ("es", "pásamelo a mp3 a 320 kbps porfa", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    (
        "es",
        "ponle fade in de 4 seg, fade out de 8 y recórtale 1 segundo al final",
        100,
        "process_track",
        {"fade_in_s": 4, "fade_out_s": 8, "trim_end_s": 1},
    ),
    ("es", "alárgala hasta los 3 minutos", 150, "audio_outpaint", _out(0, 30)),
    ("es", "agrega una intro de 15 seg y un final de 10 más", 120, "audio_outpaint", _out(15, 10)),
    ("es", "hazme otra igualita a esta", 120, "ask", {}),
    ("es", "súbele medio tono", 160, "ask", {}),
    # ---- fr ----
    (
        "fr",
        "Une musique d'ambiance pour un podcast, piano doux, 1 min 30, sans paroles",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "fr",
        "une chanson pour les 40 ans de ma mère, style guinguette avec accordéon, 2 minutes",
        None,
        "t2a",
        {"duration": 120},
    ),
    (
        "fr",
        "Fais une chanson folk avec ces paroles :\nLe vent souffle sur la plaine\net je pense encore à toi\n"
        "les saisons passent sans peine\nmais ton ombre reste là",
        None,
        "t2a",
        {
            "lyrics": "Le vent souffle sur la plaine\net je pense encore à toi\nles saisons passent sans peine\n"
            "mais ton ombre reste là",
            "vocal_language": "fr",
            "tags_has": ["folk"],
        },
    ),
    ("fr", "refais le passage entre 0:50 et 1:05, la voix déraille", 180, "audio_inpaint", _win(50, 65)),
    ("fr", "les 10 premières secondes sont nulles, régénère-les stp", 75, "audio_inpaint", _win(0, 10)),
    (
        "fr",
        "exporte en ogg et normalise à -16 LUFS",
        150,
        "process_track",
        {"output_format": "ogg", "loudness_lufs": -16},
    ),
    ("fr", "je veux que ça boucle proprement, sans clic", 32, "process_track", {"loop": True}),
    (
        "fr",
        "mon morceau fait 1:40, j'aimerais qu'il fasse 2 minutes pile, rallonge la fin",
        100,
        "audio_outpaint",
        _out(0, 20),
    ),
    ("fr", "Pourriez-vous ajouter une introduction de huit secondes ?", 210, "audio_outpaint", _out(8, 0)),
    ("fr", "annule la dernière modif", 130, "ask", {}),
    ("fr", "refais le refrain, il est mou", 200, "ask", {}),
    # ---- hi ----
    ("hi", "मम्मी-पापा की 25वीं सालगिरह के लिए एक रोमांटिक गाना बनाओ, करीब ३ मिनट का", None, "t2a", {"duration": 180}),
    (
        "hi",
        "इन बोल पर गाना बनाओ:\n[मुखड़ा]\nदिल ये दीवाना हुआ\nतेरी गलियों में खोया\n[अंतरा]\nचाँद भी शरमाए तेरे आगे\nरात भर जागे हम",
        None,
        "t2a",
        {
            "lyrics": "[मुखड़ा]\nदिल ये दीवाना हुआ\nतेरी गलियों में खोया\n[अंतरा]\nचाँद भी शरमाए तेरे आगे\nरात भर जागे हम",
            "vocal_language": "hi",
        },
    ),
    ("hi", "1:10 से 1:25 तक वाला हिस्सा दोबारा बनाओ", 180, "audio_inpaint", _win(70, 85)),
    ("hi", "aakhri 12 second badal do yaar, ache nahi lag rahe", 60, "audio_inpaint", _win(48, 60)),
    ("hi", "mp3 में export करो, 256 kbps", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("hi", "शुरुआत में 3 सेकंड fade in और अंत में 5 सेकंड fade out", 150, "process_track", {"fade_in_s": 3, "fade_out_s": 5}),
    ("hi", "इसे 2 मिनट तक बढ़ा दो", 90, "audio_outpaint", _out(0, 30)),
    ("hi", "शुरू में १० सेकंड का इंट्रो जोड़ो", 120, "audio_outpaint", _out(10, 0)),
    ("hi", "इसमें से आवाज़ हटा दो, karaoke चाहिए", 180, "ask", {}),
    ("hi", "3:30 से 3:50 तक ठीक करो", 200, "ask", {}),
    ("hi", "isko aac mein bhej do", 150, "ask", {}),
    # ---- ar ----
    ("ar", "أبغى موسيقى عود هادئة بدون غناء، دقيقتين", None, "t2a", {"duration": 120, "lyrics": INST}),
    (
        "ar",
        "لحّن لي هذه الكلمات:\n[مقطع]\nيا ليل طوّل شوية\nخلّي القمر يسهر معايا\n[لازمة]\nوالقلب ما يرتاح إلا بيك",
        None,
        "t2a",
        {
            "lyrics": "[مقطع]\nيا ليل طوّل شوية\nخلّي القمر يسهر معايا\n[لازمة]\nوالقلب ما يرتاح إلا بيك",
            "vocal_language": "ar",
        },
    ),
    ("ar", "أعد توليد الجزء من ٠:٤٥ إلى ١:٠٠", 150, "audio_inpaint", _win(45, 60)),
    ("ar", "من ٢٥:٠٠ إلى ٢٥:٢٠ في صوت طقطقة، أعد توليده", 1800, "audio_inpaint", _win(1500, 1520)),
    ("ar", "صدّرها بصيغة wav لو سمحت", 200, "process_track", {"output_format": "wav"}),
    ("ar", "خلّي الصوت يختفي تدريجياً في آخر ٨ ثواني", 180, "process_track", {"fade_out_s": 8}),
    ("ar", "زيد مقدمة ١٥ ثانية وخاتمة ٢٠ ثانية", 120, "audio_outpaint", _out(15, 20)),
    ("ar", "طوّلها لحد ٣ دقائق", 160, "audio_outpaint", _out(0, 20)),
    ("ar", "اعمل لي واحدة ثانية زيها بالضبط", 120, "ask", {}),
    ("ar", "بدي أصدرها opus", 100, "ask", {}),
    ("ar", "صلّح الجزء اللي فيه مشكلة", 200, "ask", {}),
    # ---- it ----
    (
        "it",
        "Mi serve una base trap a 140 bpm per un freestyle, 1 minuto e 20, niente voce",
        None,
        "t2a",
        {"duration": 80, "lyrics": INST, "tags_has": ["trap"]},
    ),
    (
        "it",
        "Canzone napoletana con mandolino, strumentale, tipo tre minuti",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST},
    ),
    ("it", "Rifammi il pezzo da 2:00 a 2:20, la batteria è sfasata", 240, "audio_inpaint", _win(120, 140)),
    ("it", "gli ultimi 5 secondi me li rigeneri?", 45, "audio_inpaint", _win(40, 45)),
    ("it", "dal secondo 12 al 30 rifai, tre versioni", 60, "audio_inpaint", {**_win(12, 30), "takes": 3}),
    ("it", "esportalo in flac a -12 LUFS", 180, "process_track", {"output_format": "flac", "loudness_lufs": -12}),
    ("it", "taglia i primi 2 secondi di silenzio", 90, "process_track", {"trim_start_s": 2}),
    ("it", "allungalo di 40 secondi alla fine", 120, "audio_outpaint", _out(0, 40)),
    ("it", "Aggiungi un'intro di 6 secondi e una coda di 10", 150, "audio_outpaint", _out(6, 10)),
    ("it", "allungalo di 30 secondi", None, "ask", {}),
    ("it", "mandami le tracce separate (stems)", 200, "ask", {}),
    # ---- ja ----
    ("ja", "カフェで流れるようなボサノバ、インストで2分くらい", None, "t2a", {"duration": 120, "lyrics": INST}),
    (
        "ja",
        "この歌詞で曲作って\n[Aメロ]\n夕焼けの坂道で\n君の影を追いかけた\n[サビ]\n君の名前を呼んだ\n届かなくても",
        None,
        "t2a",
        {
            "lyrics": "[Aメロ]\n夕焼けの坂道で\n君の影を追いかけた\n[サビ]\n君の名前を呼んだ\n届かなくても",
            "vocal_language": "ja",
        },
    ),
    ("ja", "1:20〜1:35のところ作り直して", 200, "audio_inpaint", _win(80, 95)),
    ("ja", "最初の10秒だけ再生成お願いします", 90, "audio_inpaint", _win(0, 10)),
    ("ja", "30秒から45秒まで、2パターン作って", 120, "audio_inpaint", {**_win(30, 45), "takes": 2}),
    (
        "ja",
        "頭の無音2秒カットしてwavで書き出してください",
        180,
        "process_track",
        {"trim_start_s": 2, "output_format": "wav"},
    ),
    ("ja", "継ぎ目なくループできるようにして", 24, "process_track", {"loop": True}),
    ("ja", "今2分だけど2分半にしたい、後ろを伸ばして", 120, "audio_outpaint", _out(0, 30)),
    ("ja", "頭にイントロを5秒追加", 120, "audio_outpaint", _out(5, 0)),
    ("ja", "キーを半音上げて", 150, "ask", {}),
    ("ja", "サビをもう一回作り直して", 200, "ask", {}),
    # ---- ko ----
    (
        "ko",
        "이거 말고 새 곡으로! 잔잔한 piano 곡, 1분 30초, 버전 2개",
        200,
        "t2a",
        {"duration": 90, "takes": 2, "tags_has": ["piano"]},
    ),
    ("ko", "보컬 없는 K-pop 댄스곡 2분짜리", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ko", "0:40부터 0:55까지 다시 만들어 줘", 180, "audio_inpaint", _win(40, 55)),
    ("ko", "마지막 20초 별로야 다시", 100, "audio_inpaint", _win(80, 100)),
    ("ko", "wav로 뽑아줘", 120, "process_track", {"output_format": "wav"}),
    (
        "ko",
        "-14 LUFS로 맞추고 mp3 192kbps로",
        200,
        "process_track",
        {"loudness_lufs": -14, "output_format": "mp3", "bitrate_kbps": 192},
    ),
    ("ko", "끝에 5초 페이드아웃 넣어줘", 150, "process_track", {"fade_out_s": 5}),
    ("ko", "앞에 인트로 8초 붙여줘", 100, "audio_outpaint", _out(8, 0)),
    ("ko", "3분으로 늘려줘", 150, "audio_outpaint", _out(0, 30)),
    ("ko", "1:50~2:10 다시 만들어줘", 100, "ask", {}),
    ("ko", "아까 그거 취소해줘", 120, "ask", {}),
    # ---- pt ----
    ("pt", "faz um forró animado de 2 minutos pra festa junina", None, "t2a", {"duration": 120}),
    (
        "pt",
        "Samba com essa letra:\n[Verso]\nNa roda de samba eu me encontrei\n[Refrão]\nVem, morena, vem sambar",
        None,
        "t2a",
        {
            "lyrics": "[Verso]\nNa roda de samba eu me encontrei\n[Refrão]\nVem, morena, vem sambar",
            "vocal_language": "pt",
            "tags_has": ["samba"],
        },
    ),
    ("pt", "o trecho de 1:50 a 2:05 tá com o 808 estourado, regera aí", 240, "audio_inpaint", _win(110, 125)),
    ("pt", "os primeiros 15 segundos tão estranhos, refaz", 120, "audio_inpaint", _win(0, 15)),
    ("pt", "exporta em mp3 128", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("pt", "coloca um fade out de 10 segundos", 200, "process_track", {"fade_out_s": 10}),
    ("pt", "corta 4 segundos do final", 90, "process_track", {"trim_end_s": 4}),
    ("pt", "aumenta mais 25 segundos no final pfv 🙏", 95, "audio_outpaint", _out(0, 25)),
    ("pt", "põe uma intro de 10 segundos", 130, "audio_outpaint", _out(10, 0)),
    ("pt", "tira a voz dessa música", 180, "ask", {}),
    ("pt", "exporta em m4a", 150, "ask", {}),
    # ---- ru ----
    ("ru", "Сделай мрачный эмбиент без вокала минуты на три", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("ru", "Песня на день рождения брата, ему 25, длиной ровно минута", None, "t2a", {"duration": 60}),
    ("ru", "перегенерируй кусок с 1:05 по 1:18", 150, "audio_inpaint", _win(65, 78)),
    ("ru", "последние 7 секунд переделай", 60, "audio_inpaint", _win(53, 60)),
    (
        "ru",
        "экспортируй в flac, громкость -9 LUFS, это для клуба",
        200,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -9},
    ),
    (
        "ru",
        "обрежь первые 2 секунды тишины и сделай fade out 4 сек",
        120,
        "process_track",
        {"trim_start_s": 2, "fade_out_s": 4},
    ),
    ("ru", "добавь 20 секунд в конце", 100, "audio_outpaint", _out(0, 20)),
    ("ru", "нужно вступление секунд 10", 150, "audio_outpaint", _out(10, 0)),
    ("ru", "растяни до пяти минут", 240, "audio_outpaint", _out(0, 60)),
    ("ru", "сделай чуть быстрее", 180, "ask", {}),
    ("ru", "переделай момент с 2:30 до 2:45", None, "ask", {}),
    # ---- zh ----
    ("zh", "来一首古风歌曲，两分钟左右，出三个版本我挑", None, "t2a", {"duration": 120, "takes": 3}),
    ("zh", "写一首纯音乐，lofi风格，90秒", None, "t2a", {"duration": 90, "lyrics": INST, "tags_has": ["lofi"]}),
    ("zh", "把1:10到1:25那段重新生成一下", 180, "audio_inpaint", _win(70, 85)),
    ("zh", "最后十秒重做", 60, "audio_inpaint", _win(50, 60)),
    (
        "zh",
        "导出成mp3，320k，响度-14 LUFS，结尾淡出3秒",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14, "fade_out_s": 3},
    ),
    ("zh", "做成无缝循环", 30, "process_track", {"loop": True}),
    ("zh", "结尾再加30秒", 120, "audio_outpaint", _out(0, 30)),
    ("zh", "前面加个5秒的前奏", 90, "audio_outpaint", _out(5, 0)),
    ("zh", "延长到四分钟", 200, "audio_outpaint", _out(0, 40)),
    ("zh", "去掉人声", 180, "ask", {}),
    ("zh", "副歌部分再改改", 200, "ask", {}),
    # ---- bg ----
    (
        "bg",
        "Направи ми песен за 18-ия рожден ден на сестра ми, весел поп, около 2 минути",
        None,
        "t2a",
        {"duration": 120},
    ),
    ("bg", "Прегенерирай частта от 0:35 до 0:50, китарата е фалшива", 120, "audio_inpaint", _win(35, 50)),
    (
        "bg",
        "Експортирай като mp3 с 256 kbps и изравни на -14 LUFS",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256, "loudness_lufs": -14},
    ),
    ("bg", "Добави 15 секунди накрая", 90, "audio_outpaint", _out(0, 15)),
    ("bg", "Махни вокала, искам само музиката", 150, "ask", {}),
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
        "El solo del 3:05 al 3:20 desafina, refés-lo, dues versions",
        240,
        "audio_inpaint",
        {**_win(185, 200), "takes": 2},
    ),
    (
        "ca",
        "Exporta-ho en wav i normalitza a -14 LUFS",
        200,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("ca", "Afegeix una intro de 10 segons", 100, "audio_outpaint", _out(10, 0)),
    ("ca", "Fes-ne una altra d'igual", 120, "ask", {}),
    # ---- cs ----
    (
        "cs",
        "Udělej rockovou písničku s tímhle textem:\n[Sloka]\nV noci jedu sám po dálnici\nrádio hraje tiše\n"
        "[Refrén]\nHoří světla, hoří v nás",
        None,
        "t2a",
        {
            "lyrics": "[Sloka]\nV noci jedu sám po dálnici\nrádio hraje tiše\n[Refrén]\nHoří světla, hoří v nás",
            "vocal_language": "cs",
        },
    ),
    ("cs", "posledních 12 sekund předělej", 72, "audio_inpaint", _win(60, 72)),
    (
        "cs",
        "Dej tam fade out 6 sekund a ulož to jako flac",
        180,
        "process_track",
        {"fade_out_s": 6, "output_format": "flac"},
    ),
    ("cs", "prodluž to na 3 minuty", 120, "audio_outpaint", _out(0, 60)),
    ("cs", "Změň tóninu na a moll", 150, "ask", {}),
    # ---- da ----
    ("da", "Lav et hyggeligt julenummer uden vokal, halvandet minut", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("da", "Lav stykket fra 1:00 til 1:12 om", 150, "audio_inpaint", _win(60, 72)),
    ("da", "Gem den som ogg", 120, "process_track", {"output_format": "ogg"}),
    ("da", "Tilføj 20 sek i slutningen", 140, "audio_outpaint", _out(0, 20)),
    ("da", "Kan du fjerne det dårlige stykke?", 150, "ask", {}),
    # ---- el ----
    ("el", "Φτιάξε ένα ρεμπέτικο με μπουζούκι, τρία λεπτά", None, "t2a", {"duration": 180}),
    ("el", "Ξαναφτιάξε το κομμάτι από 0:20 έως 0:34", 100, "audio_inpaint", _win(20, 34)),
    (
        "el",
        "Βάλε fade in 2 δευτερόλεπτα και βγάλ' το σε mp3",
        150,
        "process_track",
        {"fade_in_s": 2, "output_format": "mp3"},
    ),
    ("el", "Πρόσθεσε εισαγωγή 6 δευτερολέπτων", 120, "audio_outpaint", _out(6, 0)),
    ("el", "Κάν' το πιο αργό", 180, "ask", {}),
    # ---- fa ----
    ("fa", "یه آهنگ سنتی با سه‌تار بساز، بدون خواننده، ۲ دقیقه", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("fa", "از ۱:۰۵ تا ۱:۲۰ رو دوباره بساز", 180, "audio_inpaint", _win(65, 80)),
    ("fa", "با فرمت flac خروجی بده", 200, "process_track", {"output_format": "flac"}),
    ("fa", "۳۰ ثانیه به آخرش اضافه کن", 90, "audio_outpaint", _out(0, 30)),
    ("fa", "خروجی aac می‌خوام", 150, "ask", {}),
    # ---- he ----
    ("he", "תעשה לי שיר מזרחית שמח, בערך שתי דקות", None, "t2a", {"duration": 120}),
    ("he", "תחדש את החלק בין 0:45 ל-1:00", 150, "audio_inpaint", _win(45, 60)),
    ("he", "תחתוך 3 שניות מההתחלה", 120, "process_track", {"trim_start_s": 3}),
    ("he", "תאריך אותו ל-4 דקות", 200, "audio_outpaint", _out(0, 40)),
    ("he", "תבטל את מה שעשית עכשיו", 160, "ask", {}),
    # ---- hu ----
    (
        "hu",
        "Csinálj egy 80-as évekbeli synthwave számot, 3 és fél perc",
        None,
        "t2a",
        {"duration": 210, "tags_has": ["synthwave"]},
    ),
    ("hu", "Az első 20 másodpercet generáld újra", 140, "audio_inpaint", _win(0, 20)),
    ("hu", "Legyen loopolható, hézag nélkül", 40, "process_track", {"loop": True}),
    ("hu", "Tegyél a végére még 45 másodpercet", 135, "audio_outpaint", _out(0, 45)),
    ("hu", "Csináld újra a 4:10 és 4:30 közötti részt", 180, "ask", {}),
    # ---- id ----
    ("id", "bikinin lagu dangdut koplo durasi 2 menit ya", None, "t2a", {"duration": 120, "tags_has": ["dangdut"]}),
    (
        "id",
        "bagian 1:30 sampai 1:45 tolong dibikin ulang, 2 versi",
        200,
        "audio_inpaint",
        {**_win(90, 105), "takes": 2},
    ),
    ("id", "export ke mp3 320kbps dong", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("id", "tambahin intro 10 detik biar totalnya pas 2 menit", 110, "audio_outpaint", _out(10, 0)),
    ("id", "bisa hapus vokalnya ga?", 150, "ask", {}),
    # ---- nl ----
    (
        "nl",
        "Maak een vrolijk carnavalsnummer van 2 minuten, zonder zang en zonder drums",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_lacks": ["drums"]},
    ),
    ("nl", "het stuk tussen 0:55 en 1:10 klinkt vals, opnieuw graag", 180, "audio_inpaint", _win(55, 70)),
    (
        "nl",
        "Exporteer naar wav en laat de laatste 8 seconden uitfaden",
        150,
        "process_track",
        {"output_format": "wav", "fade_out_s": 8},
    ),
    ("nl", "Maak het 30 seconden langer", 90, "audio_outpaint", _out(0, 30)),
    ("nl", "Doe nog zo eentje", 120, "ask", {}),
    # ---- pl ----
    (
        "pl",
        "Disco polo z takim tekstem:\n[Zwrotka]\nNa weselu tańczy cała wieś\nDJ gra do rana\n[Refren]\n"
        "Ty i ja, do białego dnia",
        None,
        "t2a",
        {
            "lyrics": "[Zwrotka]\nNa weselu tańczy cała wieś\nDJ gra do rana\n[Refren]\nTy i ja, do białego dnia",
            "vocal_language": "pl",
            "tags_has": ["disco"],
        },
    ),
    ("pl", "przerób ostatnie 10 sekund", 64, "audio_inpaint", _win(54, 64)),
    (
        "pl",
        "zapisz jako mp3 w 192 kbps i znormalizuj do -14 LUFS",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "loudness_lufs": -14},
    ),
    ("pl", "dodaj 5 sekund na początku i 5 na końcu", 100, "audio_outpaint", _out(5, 5)),
    ("pl", "wytnij refren", 150, "ask", {}),
    # ---- ro ----
    ("ro", "Fă-mi o manea instrumentală de un minut și jumătate", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("ro", "Regenerează de la minutul 2 până la 2:20", 240, "audio_inpaint", _win(120, 140)),
    ("ro", "Pune fade in de 3 secunde la început", 120, "process_track", {"fade_in_s": 3}),
    ("ro", "Prelungește piesa până la 2 minute", 80, "audio_outpaint", _out(0, 40)),
    ("ro", "Exportă-l în wma", 150, "ask", {}),
    # ---- sv ----
    (
        "sv",
        "Gör en låt som heter ”Fade Away”, lugn pop, två minuter",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["pop"]},
    ),
    ("sv", "Gör om biten från 0:15 till 0:28", 90, "audio_inpaint", _win(15, 28)),
    ("sv", "Klipp bort de sista 6 sekunderna", 120, "process_track", {"trim_end_s": 6}),
    ("sv", "Lägg till ett intro på 12 sekunder", 180, "audio_outpaint", _out(12, 0)),
    ("sv", "Kan du göra den i en annan tonart?", 150, "ask", {}),
    # ---- tr ----
    ("tr", "Bana 2 dakikalık arabesk bir şarkı yap, 3 farklı versiyon", None, "t2a", {"duration": 120, "takes": 3}),
    ("tr", "1:00 ile 1:20 arasını yeniden üret", 150, "audio_inpaint", _win(60, 80)),
    ("tr", "wav olarak ver, -16 LUFS", 180, "process_track", {"output_format": "wav", "loudness_lufs": -16}),
    ("tr", "sonuna 20 saniye ekle", 100, "audio_outpaint", _out(0, 20)),
    ("tr", "nakaratı değiştir", 200, "ask", {}),
    # ---- uk ----
    (
        "uk",
        "Зроби пісню з цим текстом:\n[Куплет]\nНад Дніпром світає знову\nвітер пахне чебрецем\n[Приспів]\n"
        "Ми ще заспіваєм разом",
        None,
        "t2a",
        {
            "lyrics": "[Куплет]\nНад Дніпром світає знову\nвітер пахне чебрецем\n[Приспів]\nМи ще заспіваєм разом",
            "vocal_language": "uk",
        },
    ),
    ("uk", "перегенеруй шматок з 0:30 до 0:42", 120, "audio_inpaint", _win(30, 42)),
    ("uk", "зроби безшовну петлю", 30, "process_track", {"loop": True}),
    ("uk", "додай 10 секунд на початку", 150, "audio_outpaint", _out(10, 0)),
    ("uk", "зроби караоке-версію", 180, "ask", {}),
    # ---- vi ----
    (
        "vi",
        "Làm cho mình một bài lofi chill không lời, dài 3 phút",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["lofi"]},
    ),
    ("vi", "làm lại đoạn từ 1:05 đến 1:15", 150, "audio_inpaint", _win(65, 75)),
    ("vi", "xuất file mp3 256kbps", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("vi", "thêm 15 giây vào cuối bài", 120, "audio_outpaint", _out(0, 15)),
    ("vi", "bỏ giọng hát đi", 180, "ask", {}),
    # ---- az ----
    ("az", "1:10-dan 1:25-ə qədər olan hissəni yenidən yarat", 180, "audio_inpaint", _win(70, 85)),
    ("az", "mp3 formatında ixrac et, 192 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("az", "sonuna 30 saniyə əlavə et", 120, "audio_outpaint", _out(0, 30)),
    ("az", "vokalı sil", 150, "ask", {}),
    # ---- bn ----
    ("bn", "শেষের ১০ সেকেন্ড আবার বানাও", 90, "audio_inpaint", _win(80, 90)),
    (
        "bn",
        "wav ফাইল হিসেবে দাও, শেষে ৫ সেকেন্ড fade out",
        180,
        "process_track",
        {"output_format": "wav", "fade_out_s": 5},
    ),
    ("bn", "শুরুতে ৮ সেকেন্ডের একটা ইন্ট্রো যোগ করো", 120, "audio_outpaint", _out(8, 0)),
    ("bn", "এটার মতো আরেকটা বানাও", 150, "ask", {}),
    # ---- fi ----
    ("fi", "Tee uudestaan kohta 45:00–45:30, siinä on särö", 3600, "audio_inpaint", _win(2700, 2730)),
    (
        "fi",
        "Vie flacina ja normalisoi -14 LUFSiin",
        200,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -14},
    ),
    ("fi", "Pidennä kappale kolmeen minuuttiin", 150, "audio_outpaint", _out(0, 30)),
    ("fi", "Tee siitä vähän hitaampi", 180, "ask", {}),
    # ---- hr ----
    ("hr", "ponovno generiraj dio od 2:00 do 2:15", 240, "audio_inpaint", _win(120, 135)),
    ("hr", "izreži prve 4 sekunde", 100, "process_track", {"trim_start_s": 4}),
    ("hr", "dodaj intro od 10 sekundi", 150, "audio_outpaint", _out(10, 0)),
    ("hr", "napravi mi stemove", 200, "ask", {}),
    # ---- ht ----
    ("ht", "refè pati ant 0:30 ak 0:45 la", 120, "audio_inpaint", _win(30, 45)),
    ("ht", "ekspòte l an mp3", 150, "process_track", {"output_format": "mp3"}),
    ("ht", "ajoute 20 segonn nan fen an", 90, "audio_outpaint", _out(0, 20)),
    ("ht", "retire vwa a nan mizik la", 180, "ask", {}),
    # ---- is ----
    ("is", "Búðu til rólegt lag með píanói, án söngs, tvær mínútur", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("is", "Vistaðu sem wav", 150, "process_track", {"output_format": "wav"}),
    ("is", "Bættu 15 sekúndum við endann", 100, "audio_outpaint", _out(0, 15)),
    ("is", "Lagaðu slæma kaflann", 180, "ask", {}),
    # ---- la ----
    (
        "la",
        "Fac mihi musicam instrumentalem sine voce, longitudine unius minuti",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    ("la", "Exporta in forma mp3, quaeso", 120, "process_track", {"output_format": "mp3"}),
    ("la", "Adde decem secunda in principio et viginti in fine", 90, "audio_outpaint", _out(10, 20)),
    ("la", "Fac alteram similem huic", 120, "ask", {}),
    # ---- lt ----
    ("lt", "Sukurk linksmą polką, apie pusantros minutės", None, "t2a", {"duration": 90}),
    ("lt", "Padaryk 5 sekundžių fade out pabaigoje", 150, "process_track", {"fade_out_s": 5}),
    ("lt", "Pridėk 10 sekundžių įžangą", 120, "audio_outpaint", _out(10, 0)),
    ("lt", "Padaryk ilgesnę", 120, "ask", {}),
    # ---- ms ----
    (
        "ms",
        "lagu baru ya, bukan edit yang ni: lagu raya ceria 2 minit, tanpa vokal",
        150,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("ms", "eksport sebagai mp3 320kbps", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("ms", "panjangkan lagu ni sampai 3 minit", 150, "audio_outpaint", _out(0, 30)),
    ("ms", "buang bahagian yang tak sedap tu", 150, "ask", {}),
    # ---- ne ----
    ("ne", "एउटा लोक गीत बनाइदेऊ, करिब ३ मिनेटको", None, "t2a", {"duration": 180}),
    ("ne", "यसलाई wav मा निर्यात गर", 120, "process_track", {"output_format": "wav"}),
    ("ne", "सुरुमा ५ सेकेन्डको इन्ट्रो थप", 100, "audio_outpaint", _out(5, 0)),
    ("ne", "गायकको आवाज हटाइदेऊ", 150, "ask", {}),
    # ---- no ----
    ("no", "Lag en rolig jazzlåt med kontrabass, to og et halvt minutt", None, "t2a", {"duration": 150}),
    ("no", "Lag om delen fra 0:50 til 1:05", 150, "audio_inpaint", _win(50, 65)),
    ("no", "Legg til 20 sekunder på slutten", 1200, "audio_outpaint", _out(0, 20)),
    ("no", "Gjør den raskere", 150, "ask", {}),
    # ---- pa ----
    ("pa", "ਇੱਕ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ, 2 ਮਿੰਟ ਦਾ", None, "t2a", {"duration": 120}),
    ("pa", "ਆਖਰੀ 15 ਸਕਿੰਟ ਦੁਬਾਰਾ ਬਣਾਓ", 90, "audio_inpaint", _win(75, 90)),
    ("pa", "ਸ਼ੁਰੂ ਵਿੱਚ 10 ਸਕਿੰਟ ਦਾ ਇੰਟਰੋ ਜੋੜੋ", 120, "audio_outpaint", _out(10, 0)),
    ("pa", "ਇਸ ਨੂੰ m4a ਵਿੱਚ ਭੇਜੋ", 150, "ask", {}),
    # ---- sa ----
    ("sa", "वीणया शान्तं वाद्यसंगीतं रचय, गायनं विना, द्वे मिनिटे", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("sa", "०:३० तः ०:४५ पर्यन्तं भागं पुनः रचय", 120, "audio_inpaint", _win(30, 45)),
    ("sa", "अन्ते दश सेकण्डान् योजय", 90, "audio_outpaint", _out(0, 10)),
    ("sa", "गायकस्य स्वरं निष्कासय", 150, "ask", {}),
    # ---- sk ----
    ("sk", "Sprav mi folkovú pesničku s husľami, dve minúty", None, "t2a", {"duration": 120}),
    ("sk", "Pregeneruj časť od 1:20 do 1:40", 200, "audio_inpaint", _win(80, 100)),
    ("sk", "Predĺž to o 30 sekúnd na konci", 120, "audio_outpaint", _out(0, 30)),
    ("sk", "Predĺž to na minútu", 90, "ask", {}),
    # ---- sr ----
    ("sr", "Napravi mi trubački instrumental za slavlje, 2 minuta", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("sr", "поново генериши део од 0:40 до 0:55", 150, "audio_inpaint", _win(40, 55)),
    ("sr", "извези као mp3", 180, "process_track", {"output_format": "mp3"}),
    ("sr", "исеци рефрен", 150, "ask", {}),
    # ---- sw ----
    ("sw", "Tengeneza wimbo wa bongo flava wa dakika mbili", None, "t2a", {"duration": 120, "tags_has": ["bongo"]}),
    (
        "sw",
        "tengeneza upya sehemu ya 1:00 hadi 1:15, ngoma ya 808 inasikika vibaya",
        180,
        "audio_inpaint",
        _win(60, 75),
    ),
    ("sw", "hamisha kama wav", 150, "process_track", {"output_format": "wav"}),
    ("sw", "ondoa sauti ya mwimbaji", 150, "ask", {}),
    # ---- ta ----
    ("ta", "ஒரு மெலடி பாடல் உருவாக்கு, சுமார் 3 நிமிடம்", None, "t2a", {"duration": 180}),
    ("ta", "கடைசி 10 வினாடிகளை மீண்டும் உருவாக்கு", 80, "audio_inpaint", _win(70, 80)),
    ("ta", "mp3 ஆக ஏற்றுமதி செய், 320 kbps", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("ta", "இதைப் போல இன்னொன்று செய்", 150, "ask", {}),
    # ---- te ----
    ("te", "ఒక మాస్ బీట్ పాట చేయి, 2 నిమిషాలు", None, "t2a", {"duration": 120}),
    ("te", "0:20 నుండి 0:35 వరకు మళ్ళీ చేయి", 100, "audio_inpaint", _win(20, 35)),
    (
        "te",
        "320 kbps mp3 గా ఇవ్వు, చివర్లో 5 సెకన్లు fade out",
        150,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "fade_out_s": 5},
    ),
    ("te", "వాయిస్ తీసేయి", 150, "ask", {}),
    # ---- th ----
    ("th", "ทำเพลงลูกทุ่งให้หน่อย ยาว ๒ นาที", None, "t2a", {"duration": 120}),
    ("th", "ทำช่วง 1:10 ถึง 1:20 ใหม่", 180, "audio_inpaint", _win(70, 80)),
    ("th", "export เป็น wav", 150, "process_track", {"output_format": "wav"}),
    ("th", "เพิ่มอินโทร 10 วินาที", 120, "audio_outpaint", _out(10, 0)),
    # ---- tl ----
    ("tl", "gawa ka ng intro jingle para sa podcast ko, 10 seconds lang", None, "t2a", {"duration": 10}),
    ("tl", "paki-redo yung part from 0:45 to 1:00", 120, "audio_inpaint", _win(45, 60)),
    ("tl", "i-export mo as mp3 192", 1800, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("tl", "dagdagan mo ng 20 seconds sa dulo", 90, "audio_outpaint", _out(0, 20)),
    # ---- ur ----
    ("ur", "ایک قوالی بنائیں، تقریباً ۴ منٹ", None, "t2a", {"duration": 240}),
    ("ur", "آخری ۱۵ سیکنڈ دوبارہ بنائیں", 120, "audio_inpaint", _win(105, 120)),
    ("ur", "اسے wav میں ایکسپورٹ کریں", 150, "process_track", {"output_format": "wav"}),
    ("ur", "شروع میں ۱۰ سیکنڈ کا انٹرو لگائیں", 180, "audio_outpaint", _out(10, 0)),
    # ---- yue ----
    ("yue", "整首叫《Loop》嘅廣東歌，大概兩分半鐘", None, "t2a", {"duration": 150}),
    ("yue", "1:00到1:15嗰段重新整過", 180, "audio_inpaint", _win(60, 75)),
    ("yue", "幫我出mp3，320k", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("yue", "尾段加多30秒", 120, "audio_outpaint", _out(0, 30)),
]
