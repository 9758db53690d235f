"""Blind held-out router set 171. Theme: "typed on a phone in a hurry".

Short one-line requests thumbed out fast: missing punctuation, abbreviations (pls, sec, mins, s, intro+outro),
missing spaces ("30sec", "1:20-1:35redo"), emoji for words, autocorrect slips, mixed scripts and native digits.
Every intent appears in every language group, with asks for undo, vocal removal, odd formats, vague spans and
times past the end of the open track.

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


R171: list[tuple[Any, ...]] = [
    # ---- ar ----
    ("ar", "بدي lofi هادي ٢د بدون كلام", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["lofi"]}),
    ("ar", "عيد من ٠:٤٥ل١:٠٥ الصوت مكسور", 180, "audio_inpaint", _win(45, 65)),
    ("ar", "صدرها mp3 ٣٢٠ بسرعة", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("ar", "زيد مقدمة ١٠ث", 150, "audio_outpaint", _out(10, 0)),
    ("ar", "حولها m4a pls", 120, "ask", {}),
    ("ar", "trap 🔥 ٣ نسخ دقيقة ونص", None, "t2a", {"duration": 90, "takes": 3, "tags_has": ["trap"]}),
    ("ar", "اخر ١٥ث عيدهم", 60, "audio_inpaint", _win(45, 60)),
    ("ar", "fade out ٥ث بالاخير", 95, "process_track", {"fade_out_s": 5}),
    ("ar", "طولها ل٤ دقايق", 200, "audio_outpaint", _out(0, 40)),
    ("ar", "رجعها زي ما كانت 🙏", 130, "ask", {}),
    ("ar", "موسيقى عود وطبلة ٤٥ث", None, "t2a", {"duration": 45}),
    # ---- az ----
    ("az", "0:20-0:30 arasini yeniden et", 90, "audio_inpaint", _win(20, 30)),
    ("az", "wav ver tez", 75, "process_track", {"output_format": "wav"}),
    ("az", "sonuna 20san elave et", 110, "audio_outpaint", _out(0, 20)),
    ("az", "vokali sil pls", 140, "ask", {}),
    # ---- bg ----
    ("bg", "направи рок парче 2мин без вокал", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("bg", "1:10-1:25 преправи", 210, "audio_inpaint", _win(70, 85)),
    ("bg", "-14 lufs и flac", 180, "process_track", {"loudness_lufs": -14, "output_format": "flac"}),
    ("bg", "интро 8сек", 64, "audio_outpaint", _out(8, 0)),
    ("bg", "оправи лошата част", 150, "ask", {}),
    # ---- bn ----
    ("bn", "৩০ সেকেন্ডের একটা jingle বানাও", None, "t2a", {"duration": 30, "tags_has": ["jingle"]}),
    ("bn", "১:০০ থেকে ১:১৫ আবার বানাও", 240, "audio_inpaint", _win(60, 75)),
    ("bn", "লুপ করে দাও", 40, "process_track", {"loop": True}),
    ("bn", "শেষে আরো ৩০ সেকেন্ড", 120, "audio_outpaint", _out(0, 30)),
    # ---- ca ----
    ("ca", "treu la veu q vull fer karaoke", 190, "ask", {}),
    ("ca", "una de jazz 1min30 instrumental", None, "t2a", {"duration": 90, "lyrics": INST, "tags_has": ["jazz"]}),
    ("ca", "refes dl 5 al 12s", 48, "audio_inpaint", _win(5, 12)),
    ("ca", "talla 3s del principi", 70, "process_track", {"trim_start_s": 3}),
    ("ca", "allarga 15s x davant i 15 x darrere", 100, "audio_outpaint", _out(15, 15)),
    # ---- cs ----
    ("cs", "udelej to v aac", 150, "ask", {}),
    ("cs", "chci techno 3min 2 verze", None, "t2a", {"duration": 180, "takes": 2, "tags_has": ["techno"]}),
    ("cs", "predelej 2:00-2:20 pls", 300, "audio_inpaint", _win(120, 140)),
    ("cs", "mp3 128", 90, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("cs", "pridej outro 10s", 85, "audio_outpaint", _out(0, 10)),
    # ---- da ----
    ("da", "lav den langsommere", 120, "ask", {}),
    ("da", "en chill beat 45 sek uden vokal", None, "t2a", {"duration": 45, "lyrics": INST, "tags_has": ["chill"]}),
    ("da", "lav 0:30-0:40 om", 95, "audio_inpaint", _win(30, 40)),
    ("da", "fade ind 2s og fade ud 4s", 60, "process_track", {"fade_in_s": 2, "fade_out_s": 4}),
    ("da", "gør den 2 min", 90, "audio_outpaint", _out(0, 30)),
    # ---- de ----
    ("de", "mach nochmal so eine", 140, "ask", {}),
    ("de", "house track 2:30 ohne gesang", None, "t2a", {"duration": 150, "lyrics": INST, "tags_has": ["house"]}),
    ("de", "1:20-1:35neu machen", 200, "audio_inpaint", _win(80, 95)),
    ("de", "als ogg bitte", 80, "process_track", {"output_format": "ogg"}),
    ("de", "intro+outro je 10s", 120, "audio_outpaint", _out(10, 10)),
    ("de", "3:30 bis 3:40 neu machen", 180, "ask", {}),
    ("de", "4 versionen ambient 1min", None, "t2a", {"duration": 60, "takes": 4, "tags_has": ["ambient"]}),
    ("de", "letzte 10 sek nochmal", 50, "audio_inpaint", _win(40, 50)),
    (
        "de",
        "auf -16 lufs und mp3 256",
        210,
        "process_track",
        {"loudness_lufs": -16, "output_format": "mp3", "bitrate_kbps": 256},
    ),
    ("de", "mach 5min draus", 240, "audio_outpaint", _out(0, 60)),
    ("de", "stems bitte einzeln", 160, "ask", {}),
    # ---- el ----
    ("el", "θελω κατι με piano 1 λεπτο", None, "t2a", {"duration": 60, "tags_has": ["piano"]}),
    ("el", "ξαναφτιαξε 0:50-1:00", 120, "audio_inpaint", _win(50, 60)),
    ("el", "κοψε 5 δευτ απο το τελος", 90, "process_track", {"trim_end_s": 5}),
    ("el", "βαλε εισαγωγη 12s", 70, "audio_outpaint", _out(12, 0)),
    ("el", "βγαλε τα φωνητικα", 180, "ask", {}),
    # ---- en ----
    (
        "en",
        "need a quick lofi beat 90sec no vocals pls",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["lofi"]},
    ),
    ("en", "1:20-1:35redo", 210, "audio_inpaint", _win(80, 95)),
    ("en", "exprot wav -14lufs", 180, "process_track", {"output_format": "wav", "loudness_lufs": -14}),
    ("en", "intro+outro 5s each", 60, "audio_outpaint", _out(5, 5)),
    ("en", "fix the chorus its off", 150, "ask", {}),
    ("en", "🎸🥁 rock song 2 mins 3 takes", None, "t2a", {"duration": 120, "takes": 3, "tags_has": ["rock"]}),
    ("en", "redo 45:00-45:20 give me 2 options", 3600, "audio_inpaint", {**_win(2700, 2720), "takes": 2}),
    ("en", "make it loop seamless 🔁", 32, "process_track", {"loop": True}),
    ("en", "add 20 secs to the end", 100, "audio_outpaint", _out(0, 20)),
    ("en", "mp3 pls", None, "ask", {}),
    (
        "en",
        "song w lyrics [Verse] running late again coffee in my hand [Chorus] oh oh no time",
        None,
        "t2a",
        {"lyrics": "[Verse] running late again coffee in my hand [Chorus] oh oh no time", "vocal_language": "en"},
    ),
    # ---- es ----
    ("es", "rehaz del 30 al 45 xfa", 120, "audio_inpaint", _win(30, 45)),
    ("es", "pasamela a mp3 a 192", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("es", "ponle intro d 15s", 90, "audio_outpaint", _out(15, 0)),
    ("es", "q suene como la otra pero + rapido", 130, "ask", {}),
    ("es", "reggaeton 2min con 2 versiones", None, "t2a", {"duration": 120, "takes": 2, "tags_has": ["reggaeton"]}),
    ("es", "los ultimos 20 seg rehazlos", 80, "audio_inpaint", _win(60, 80)),
    ("es", "fade out d 8 seg", 140, "process_track", {"fade_out_s": 8}),
    ("es", "alargala a 3 min", 150, "audio_outpaint", _out(0, 30)),
    ("es", "rehaz 4:10-4:20", 200, "ask", {}),
    ("es", "cumbia instrumental 1 min", None, "t2a", {"duration": 60, "lyrics": INST, "tags_has": ["cumbia"]}),
    ("es", "del 1:00 al 1:10 suena feo cambialo", 95, "audio_inpaint", _win(60, 70)),
    # ---- fa ----
    ("fa", "خروجی flac بده", 200, "process_track", {"output_format": "flac"}),
    ("fa", "۲۰ ثانیه به آخرش اضافه کن", 100, "audio_outpaint", _out(0, 20)),
    ("fa", "تمپو رو ببر بالا", 140, "ask", {}),
    ("fa", "یه آهنگ پاپ ۲ دقیقه ای بساز", None, "t2a", {"duration": 120}),
    ("fa", "از ۰:۱۰ تا ۰:۲۰ رو دوباره بساز", 60, "audio_inpaint", _win(10, 20)),
    # ---- fi ----
    ("fi", "vie mp3na 320", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("fi", "lisaa 10s intro", 75, "audio_outpaint", _out(10, 0)),
    ("fi", "tee sama mut hitaampi", 120, "ask", {}),
    ("fi", "metal biisi 3min", None, "t2a", {"duration": 180, "tags_has": ["metal"]}),
    # ---- fr ----
    ("fr", "refais 0:40-0:55 stp", 160, "audio_inpaint", _win(40, 55)),
    ("fr", "exporte en wav", 120, "process_track", {"output_format": "wav"}),
    ("fr", "rajoute 30s a la fin", 90, "audio_outpaint", _out(0, 30)),
    ("fr", "enlève la voix stp", 150, "ask", {}),
    ("fr", "un son drill 2min sans paroles", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["drill"]}),
    ("fr", "les 10 premieres sec refais", 70, "audio_inpaint", _win(0, 10)),
    ("fr", "normalise a -14 lufs", 200, "process_track", {"loudness_lufs": -14}),
    ("fr", "une intro de 20s", 140, "audio_outpaint", _out(20, 0)),
    ("fr", "exporte en opus", 110, "ask", {}),
    (
        "fr",
        "chanson [Couplet] je cours je cours encore [Refrain] pas le temps",
        None,
        "t2a",
        {"lyrics": "[Couplet] je cours je cours encore [Refrain] pas le temps", "vocal_language": "fr"},
    ),
    ("fr", "de 38:05 a 38:15 ca grésille", 2400, "audio_inpaint", _win(2285, 2295)),
    # ---- he ----
    ("he", "תוריד 4 שניות מההתחלה", 80, "process_track", {"trim_start_s": 4}),
    ("he", "תאריך ל3 דקות", 150, "audio_outpaint", _out(0, 30)),
    ("he", "תעשה עוד אחד כזה", 120, "ask", {}),
    ("he", "שיר edm דקה וחצי", None, "t2a", {"duration": 90, "tags_has": ["edm"]}),
    ("he", "תתקן 1:00-1:12", 180, "audio_inpaint", _win(60, 72)),
    # ---- hi ----
    ("hi", "mp3 me export kr do jldi", 150, "process_track", {"output_format": "mp3"}),
    ("hi", "शुरू में 10 sec intro डालो", 100, "audio_outpaint", _out(10, 0)),
    ("hi", "ek aur aisa hi bana do", 130, "ask", {}),
    ("hi", "२ मिनट का bollywood गाना बनाओ", None, "t2a", {"duration": 120, "tags_has": ["bollywood"]}),
    ("hi", "0:30 se 0:45 tak dobara bnao", 90, "audio_inpaint", _win(30, 45)),
    ("hi", "fade out ३ सेकंड", 60, "process_track", {"fade_out_s": 3}),
    ("hi", "end me 1 min aur", 180, "audio_outpaint", _out(0, 60)),
    ("hi", "vocals hata do", 150, "ask", {}),
    ("hi", "sitar wala instrumental 45sec", None, "t2a", {"duration": 45, "lyrics": INST, "tags_has": ["sitar"]}),
    ("hi", "आखिरी 10 सेकंड फिर से", 40, "audio_inpaint", _win(30, 40)),
    ("hi", "loop bna do", 24, "process_track", {"loop": True}),
    # ---- hr ----
    ("hr", "dodaj 15 sek na kraj", 90, "audio_outpaint", _out(0, 15)),
    ("hr", "prebaci u wma", 100, "ask", {}),
    ("hr", "napravi funk 1min", None, "t2a", {"duration": 60, "tags_has": ["funk"]}),
    ("hr", "ponovi 0:15-0:25", 50, "audio_inpaint", _win(15, 25)),
    # ---- ht ----
    ("ht", "ban mwen li an wav", 90, "process_track", {"output_format": "wav"}),
    ("ht", "mete 10s intro", 60, "audio_outpaint", _out(10, 0)),
    ("ht", "retire vwa a", 120, "ask", {}),
    ("ht", "fe yon kompa 2 min", None, "t2a", {"duration": 120, "tags_has": ["kompa"]}),
    # ---- hu ----
    ("hu", "0:45-1:00 ujra", 150, "audio_inpaint", _win(45, 60)),
    ("hu", "mp3 192 pls", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("hu", "legyen 4 perc", 180, "audio_outpaint", _out(0, 60)),
    ("hu", "a refrent csinald ujra", 140, "ask", {}),
    ("hu", "zongora instrumental 1,5 perc", None, "t2a", {"duration": 90, "lyrics": INST}),
    # ---- id ----
    ("id", "ulang dr 1:10 smp 1:20", 160, "audio_inpaint", _win(70, 80)),
    ("id", "fade in 3 dtk", 90, "process_track", {"fade_in_s": 3}),
    ("id", "tambahin 30 dtk di akhir", 120, "audio_outpaint", _out(0, 30)),
    ("id", "bikin lg yg kyk gini", 110, "ask", {}),
    ("id", "lagu dangdut 2 mnt", None, "t2a", {"duration": 120, "tags_has": ["dangdut"]}),
    # ---- is ----
    ("is", "gerdu 0:20-0:35 aftur", 100, "audio_inpaint", _win(20, 35)),
    ("is", "flac takk", 80, "process_track", {"output_format": "flac"}),
    ("is", "baettu 10 sek vid endann", 70, "audio_outpaint", _out(0, 10)),
    ("is", "breyttu tóntegundinni", 120, "ask", {}),
    # ---- it ----
    ("it", "fammi una base trap 2min", None, "t2a", {"duration": 120, "tags_has": ["trap"]}),
    ("it", "rifai da 0:50 a 1:05", 130, "audio_inpaint", _win(50, 65)),
    ("it", "esporta mp3 a 256", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("it", "aggiungi 20s d intro", 90, "audio_outpaint", _out(20, 0)),
    ("it", "toglimi la voce", 140, "ask", {}),
    ("it", "3 versioni di un pezzo jazz 1 min", None, "t2a", {"duration": 60, "takes": 3, "tags_has": ["jazz"]}),
    ("it", "ultimi 5 sec rifalli", 30, "audio_inpaint", _win(25, 30)),
    ("it", "taglia 2 sec alla fine", 64, "process_track", {"trim_end_s": 2}),
    ("it", "allungala a 2 min", 100, "audio_outpaint", _out(0, 20)),
    ("it", "esportala", None, "ask", {}),
    ("it", "ambient senza drums 90s", None, "t2a", {"duration": 90, "tags_has": ["ambient"], "tags_lacks": ["drums"]}),
    # ---- ja ----
    ("ja", "1:00〜1:15やり直して", 200, "audio_inpaint", _win(60, 75)),
    ("ja", "wavで書き出し", 120, "process_track", {"output_format": "wav"}),
    ("ja", "イントロ10秒足して", 90, "audio_outpaint", _out(10, 0)),
    ("ja", "サビ直して", 150, "ask", {}),
    ("ja", "lofi 2分 インストで", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["lofi"]}),
    ("ja", "最後の20秒作り直し", 100, "audio_inpaint", _win(80, 100)),
    ("ja", "-14LUFSにして", 180, "process_track", {"loudness_lufs": -14}),
    ("ja", "3分にのばして", 150, "audio_outpaint", _out(0, 30)),
    ("ja", "ボーカル消して", 160, "ask", {}),
    ("ja", "シティポップ ３０秒 ２パターン", None, "t2a", {"duration": 30, "takes": 2}),
    ("ja", "0:20-0:30んとこ作り直し", 60, "audio_inpaint", _win(20, 30)),
    # ---- ko ----
    ("ko", "mp3로 뽑아줘", 140, "process_track", {"output_format": "mp3"}),
    ("ko", "뒤에 30초 더", 120, "audio_outpaint", _out(0, 30)),
    ("ko", "이거 키 올려줘", 130, "ask", {}),
    ("ko", "kpop 댄스곡 2분ㄱㄱ", None, "t2a", {"duration": 120, "tags_has": ["kpop"]}),
    ("ko", "23:10-23:30 다시", 1800, "audio_inpaint", _win(1390, 1410)),
    ("ko", "페이드아웃 5초", 90, "process_track", {"fade_out_s": 5}),
    ("ko", "인트로 8초 넣어줘", 60, "audio_outpaint", _out(8, 0)),
    ("ko", "m4a로 줘", 100, "ask", {}),
    ("ko", "보컬없이 피아노곡 1분", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("ko", "마지막 10초 다시 ㅠ", 45, "audio_inpaint", _win(35, 45)),
    ("ko", "루프되게 해줘", 20, "process_track", {"loop": True}),
    # ---- la ----
    ("la", "adde 10 sec ad finem", 60, "audio_outpaint", _out(0, 10)),
    ("la", "tolle vocem", 120, "ask", {}),
    ("la", "fac carmen 1 min sine voce", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("la", "refice 0:10-0:20", 40, "audio_inpaint", _win(10, 20)),
    # ---- lt ----
    ("lt", "eksportuok wav", 100, "process_track", {"output_format": "wav"}),
    ("lt", "pridek 15s pradzioj", 80, "audio_outpaint", _out(15, 0)),
    ("lt", "padaryk letesne", 120, "ask", {}),
    ("lt", "sukurk techno 2min", None, "t2a", {"duration": 120, "tags_has": ["techno"]}),
    # ---- ms ----
    ("ms", "buat semula 0:30-0:40", 90, "audio_inpaint", _win(30, 40)),
    ("ms", "tukar ke mp3 128", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("ms", "tambah 20s kat hujung", 100, "audio_outpaint", _out(0, 20)),
    ("ms", "ubah bahagian yg tak best tu", 130, "ask", {}),
    # ---- ne ----
    ("ne", "२ मिनेटको lofi गीत बनाउ", None, "t2a", {"duration": 120, "tags_has": ["lofi"]}),
    ("ne", "०:३० देखि ०:४० फेरि बनाउ", 70, "audio_inpaint", _win(30, 40)),
    ("ne", "flac मा दिनु", 90, "process_track", {"output_format": "flac"}),
    ("ne", "अन्त्यमा ३० सेकेन्ड थप", 120, "audio_outpaint", _out(0, 30)),
    # ---- nl ----
    ("nl", "maak m sneller", 120, "ask", {}),
    ("nl", "techno track 3 min geen vocals", None, "t2a", {"duration": 180, "lyrics": INST, "tags_has": ["techno"]}),
    ("nl", "0:50 tot 1:05 opnieuw", 150, "audio_inpaint", _win(50, 65)),
    ("nl", "fade out 6 sec", 80, "process_track", {"fade_out_s": 6}),
    ("nl", "intro 10s erbij", 90, "audio_outpaint", _out(10, 0)),
    # ---- no ----
    ("no", "lag karaoke versjon", 140, "ask", {}),
    ("no", "lag en country låt 2 min", None, "t2a", {"duration": 120, "tags_has": ["country"]}),
    ("no", "gjør om 1:00-1:20", 200, "audio_inpaint", _win(60, 80)),
    ("no", "-14 lufs mp3", 160, "process_track", {"loudness_lufs": -14, "output_format": "mp3"}),
    # ---- pa ----
    ("pa", "ਅਖੀਰ ਵਿੱਚ 20 ਸਕਿੰਟ ਹੋਰ", 100, "audio_outpaint", _out(0, 20)),
    ("pa", "vocals kadd do", 150, "ask", {}),
    ("pa", "bhangra gaana 2 min bana do", None, "t2a", {"duration": 120, "tags_has": ["bhangra"]}),
    ("pa", "੦:੧੦ ਤੋਂ ੦:੨੦ ਦੁਬਾਰਾ", 60, "audio_inpaint", _win(10, 20)),
    # ---- pl ----
    ("pl", "zrob mp3 320", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("pl", "dodaj 10s intra", 70, "audio_outpaint", _out(10, 0)),
    ("pl", "cofnij", 110, "ask", {}),
    ("pl", "disco polo 2min 2 wersje", None, "t2a", {"duration": 120, "takes": 2, "tags_has": ["disco"]}),
    ("pl", "popraw 0:40-0:50", 100, "audio_inpaint", _win(40, 50)),
    # ---- pt ----
    ("pt", "exporta em wav pfv", 130, "process_track", {"output_format": "wav"}),
    ("pt", "poe 15s no final", 90, "audio_outpaint", _out(0, 15)),
    ("pt", "faz outra igual", 120, "ask", {}),
    ("pt", "funk 1min30 sem voz", None, "t2a", {"duration": 90, "lyrics": INST, "tags_has": ["funk"]}),
    ("pt", "refaz de 0:20 a 0:35", 80, "audio_inpaint", _win(20, 35)),
    ("pt", "fade in d 2s", 60, "process_track", {"fade_in_s": 2}),
    ("pt", "aumenta pra 3min", 120, "audio_outpaint", _out(0, 60)),
    ("pt", "exporta em aac", 100, "ask", {}),
    ("pt", "samba 2min 4 versoes", None, "t2a", {"duration": 120, "takes": 4, "tags_has": ["samba"]}),
    ("pt", "os ultimos 15s ta ruim refaz", 75, "audio_inpaint", _win(60, 75)),
    ("pt", "corta 5s do começo", 3600, "process_track", {"trim_start_s": 5}),
    # ---- ro ----
    ("ro", "adauga 20s la final", 100, "audio_outpaint", _out(0, 20)),
    ("ro", "scoate vocea", 140, "ask", {}),
    ("ro", "manele 2 min", None, "t2a", {"duration": 120, "tags_has": ["manele"]}),
    ("ro", "refa 0:30-0:45", 90, "audio_inpaint", _win(30, 45)),
    ("ro", "mp3 192 te rog", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    # ---- ru ----
    ("ru", "добавь 10с в начало", 90, "audio_outpaint", _out(10, 0)),
    ("ru", "переделай припев", 150, "ask", {}),
    ("ru", "трек phonk 2 мин", None, "t2a", {"duration": 120, "tags_has": ["phonk"]}),
    ("ru", "1:10-1:25 переделай плз", 200, "audio_inpaint", _win(70, 85)),
    ("ru", "в мп3 320", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("ru", "продли до 12 мин", 600, "audio_outpaint", _out(0, 120)),
    ("ru", "сделай в opus", 120, "ask", {}),
    ("ru", "инструментал гитара 1.5 мин", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("ru", "последние 20 сек заново", 60, "audio_inpaint", _win(40, 60)),
    ("ru", "громкость -14 lufs", 180, "process_track", {"loudness_lufs": -14}),
    ("ru", "интро и аутро по 5 сек", 100, "audio_outpaint", _out(5, 5)),
    # ---- sa ----
    ("sa", "गायनं निष्कासय", 120, "ask", {}),
    ("sa", "वीणासंगीतं १ निमेषं रचय", None, "t2a", {"duration": 60}),
    ("sa", "०:१० तः ०:२० पुनः रचय", 50, "audio_inpaint", _win(10, 20)),
    ("sa", "wav रूपेण देहि", 90, "process_track", {"output_format": "wav"}),
    # ---- sk ----
    ("sk", "pridaj 15s na koniec", 80, "audio_outpaint", _out(0, 15)),
    ("sk", "sprav to pomalsie", 120, "ask", {}),
    ("sk", "chcem rap beat 2min", None, "t2a", {"duration": 120, "tags_has": ["rap"]}),
    ("sk", "prerob 0:25-0:40", 100, "audio_inpaint", _win(25, 40)),
    # ---- sr ----
    ("sr", "извези у flac", 150, "process_track", {"output_format": "flac"}),
    ("sr", "dodaj intro 10s", 60, "audio_outpaint", _out(10, 0)),
    ("sr", "ukloni vokal", 140, "ask", {}),
    ("sr", "турбо фолк 2 мин", None, "t2a", {"duration": 120}),
    # ---- sv ----
    ("sv", "gör om 0:15-0:30", 90, "audio_inpaint", _win(15, 30)),
    ("sv", "fejda ut 4 sek", 70, "process_track", {"fade_out_s": 4}),
    ("sv", "förläng till 2 min", 100, "audio_outpaint", _out(0, 20)),
    ("sv", "en till likadan", 110, "ask", {}),
    ("sv", "lugn pianolåt 1 min utan sång", None, "t2a", {"duration": 60, "lyrics": INST}),
    # ---- sw ----
    ("sw", "rudia 0:20 hadi 0:30", 80, "audio_inpaint", _win(20, 30)),
    ("sw", "nipe mp3", 120, "process_track", {"output_format": "mp3"}),
    ("sw", "ongeza sekunde 20 mwishoni", 100, "audio_outpaint", _out(0, 20)),
    ("sw", "rekebisha sehemu mbaya", 90, "ask", {}),
    # ---- ta ----
    ("ta", "2 நிமிஷம் kuthu பாட்டு", None, "t2a", {"duration": 120, "tags_has": ["kuthu"]}),
    ("ta", "0:40-0:50 திரும்ப பண்ணு", 120, "audio_inpaint", _win(40, 50)),
    ("ta", "loop ஆக்கு", 30, "process_track", {"loop": True}),
    ("ta", "கடைசில 20 sec சேர்", 90, "audio_outpaint", _out(0, 20)),
    # ---- te ----
    ("te", "vocals teeseyi", 140, "ask", {}),
    ("te", "1 నిమిషం folk పాట", None, "t2a", {"duration": 60, "tags_has": ["folk"]}),
    ("te", "1:00-1:10 మళ్ళీ చెయ్యి", 150, "audio_inpaint", _win(60, 70)),
    ("te", "mp3 లో ఇవ్వు", 100, "process_track", {"output_format": "mp3"}),
    # ---- th ----
    ("th", "เพิ่มอินโทร 10วิ", 80, "audio_outpaint", _out(10, 0)),
    ("th", "เอาเสียงร้องออก", 120, "ask", {}),
    ("th", "เพลง edm 2นาที", None, "t2a", {"duration": 120, "tags_has": ["edm"]}),
    ("th", "แก้ 0:30-0:45 ใหม่", 100, "audio_inpaint", _win(30, 45)),
    # ---- tl ----
    ("tl", "gawing wav pls", 90, "process_track", {"output_format": "wav"}),
    ("tl", "dagdagan 15s sa dulo", 100, "audio_outpaint", _out(0, 15)),
    ("tl", "ulitin mo pero mas mabagal", 120, "ask", {}),
    ("tl", "gawa ka ng opm ballad 3min", None, "t2a", {"duration": 180, "tags_has": ["ballad"]}),
    # ---- tr ----
    ("tr", "1:20-1:35 tekrar yap", 180, "audio_inpaint", _win(80, 95)),
    ("tr", "mp3 256 ver", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("tr", "sona 30sn ekle", 120, "audio_outpaint", _out(0, 30)),
    ("tr", "nakaratı düzelt", 140, "ask", {}),
    ("tr", "arabesk 2dk sözsüz", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["arabesk"]}),
    # ---- uk ----
    ("uk", "перероби 0:50-1:00", 130, "audio_inpaint", _win(50, 60)),
    ("uk", "зроби flac", 90, "process_track", {"output_format": "flac"}),
    ("uk", "подовж до 3хв", 150, "audio_outpaint", _out(0, 30)),
    ("uk", "ще одну таку", 100, "ask", {}),
    ("uk", "трек jungle 2 хв", None, "t2a", {"duration": 120, "tags_has": ["jungle"]}),
    # ---- ur ----
    ("ur", "0:30 سے 0:45 دوبارہ بناؤ", 100, "audio_inpaint", _win(30, 45)),
    ("ur", "mp3 mein de do", 120, "process_track", {"output_format": "mp3"}),
    ("ur", "آخر میں 20 سیکنڈ اور", 90, "audio_outpaint", _out(0, 20)),
    ("ur", "awaz hata do gaane se", 150, "ask", {}),
    # ---- vi ----
    ("vi", "bai lofi 2p ko loi", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["lofi"]}),
    ("vi", "lam lai 0:30-0:45", 90, "audio_inpaint", _win(30, 45)),
    ("vi", "xuat wav", 80, "process_track", {"output_format": "wav"}),
    ("vi", "them 20s o cuoi", 100, "audio_outpaint", _out(0, 20)),
    ("vi", "xoa giong hat", 140, "ask", {}),
    # ---- yue ----
    ("yue", "整首 cantopop 2分鐘", None, "t2a", {"duration": 120, "tags_has": ["cantopop"]}),
    ("yue", "0:40至0:55再整過", 120, "audio_inpaint", _win(40, 55)),
    ("yue", "出mp3 320吖", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("yue", "尾加多30秒", 90, "audio_outpaint", _out(0, 30)),
    # ---- zh ----
    ("zh", "副歌重做", 150, "ask", {}),
    ("zh", "来首lofi 2分钟 纯音乐", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["lofi"]}),
    ("zh", "1:00-1:15重做", 180, "audio_inpaint", _win(60, 75)),
    ("zh", "导出wav", 120, "process_track", {"output_format": "wav"}),
    ("zh", "加10秒前奏", 90, "audio_outpaint", _out(10, 0)),
    ("zh", "去掉人声", 140, "ask", {}),
    ("zh", "rock 3分钟 来2版", None, "t2a", {"duration": 180, "takes": 2, "tags_has": ["rock"]}),
    ("zh", "最后15秒重新生成", 60, "audio_inpaint", _win(45, 60)),
    ("zh", "淡出5秒", 100, "process_track", {"fade_out_s": 5}),
    ("zh", "延长到4分钟", 200, "audio_outpaint", _out(0, 40)),
    ("zh", "转成m4a", 130, "ask", {}),
]
