"""Ninth red-team set for the router (issue 25), written and labelled blind before running it: what a music
producer, a video editor, a teacher, a parent and a podcaster each type to an agent on an ordinary day, in all 50
languages in each one's everyday phrasing. Mostly the common case: new tracks with a length, a mood, a BPM or a
key ("128 BPM in a-Moll", "BPM90"); edits of a given track as a window ("0:50 bis 1:05", "the last 12 seconds",
"10 seconds starting at 0:45"), an extension at one side or both, free edits (format, bitrate, loudness, trim,
fade, loop), and the few that must ask (a section named without a time, "make it longer" without an amount, two
different pieces, an edit with no track). Ordinary numbers that are not lengths where they naturally occur:
ages ("turning 6", "5ª", "7살"), school years, head counts, years and decades, anniversaries, BPM and bitrates.
The same thing is asked several ways now and then.

Same shape and scoring as tests/router_cases_redteam5.py: (lang, request, track length or None, wanted tool,
arguments the plan must carry), with "tags_has" / "tags_lacks". Labels say only what a careful reader is sure of.
Measured by scripts/router_eval_redteam3.py --set 9 (and --fields)."""

from __future__ import annotations

from typing import Any

INST = "[inst]"
BIG12 = {"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"}  # the 12 first languages


def _after(s: float) -> dict[str, Any]:
    return {"extend_before_duration": 0, "extend_after_duration": s}


def _before(s: float) -> dict[str, Any]:
    return {"extend_before_duration": s, "extend_after_duration": 0}


def _win(a: float, b: float) -> dict[str, Any]:
    return {"start_time": a, "end_time": b}


R9: list[tuple[Any, ...]] = [
    # English
    ("en", "Need a chill lo-fi beat for my study stream, around 85 BPM, 2 minutes, no vocals", None, "t2a",
     {"duration": 120, "lyrics": INST, "tags_has": ["lo-fi"]}),
    ("en", "Can you make a 15 second intro jingle for my podcast? Upbeat, acoustic guitar and claps", None, "t2a",
     {"duration": 15}),
    ("en", "Birthday song for my son who's turning 6, fun and silly, about a minute long", None, "t2a",
     {"duration": 60}),
    ("en", "Give me 3 versions of a 30-second corporate background track for an explainer video", None, "t2a",
     {"duration": 30, "takes": 3}),
    ("en", "Write a song about the water cycle for my 4th grade class, 2 minutes, catchy chorus", None, "t2a",
     {"duration": 120}),
    ("en", "A synthwave track that sounds like 1985, 100 BPM in D minor, 3 minutes", None, "t2a",
     {"duration": 180}),
    ("en", "I need music that fits a 1:45 travel video, warm and cinematic", None, "t2a", {"duration": 105}),
    ("en", "A reggaeton song sung in Spanish about summer, 2:30", None, "t2a",
     {"duration": 150, "vocal_language": "es"}),
    ("en", "Folk song, 2 minutes, with these lyrics:\n[Verse]\nMorning light on the harbor\nBoats are heading out\n"
     "[Chorus]\nHome, home, I'm coming home", None, "t2a",
     {"duration": 120, "lyrics": "[Verse]\nMorning light on the harbor\nBoats are heading out\n[Chorus]\nHome, home, "
      "I'm coming home"}),
    ("en", "The vocals between 1:05 and 1:20 sound off, can you redo that part?", 200, "audio_inpaint", _win(65, 80)),
    ("en", "Regenerate the last 12 seconds, the ending is too abrupt", 180, "audio_inpaint", _win(168, 180)),
    ("en", "Redo 10 seconds starting at 0:45", 180, "audio_inpaint", _win(45, 55)),
    ("en", "Add 20 seconds to the end so it fades out naturally", 150, "audio_outpaint", _after(20)),
    ("en", "Extend the ending by 20 seconds", 150, "audio_outpaint", _after(20)),
    ("en", "Put a 6 second intro before it starts", 150, "audio_outpaint", _before(6)),
    ("en", "Export this as an mp3 at 192 kbps and normalize to -14 LUFS", 180, "process_track",
     {"output_format": "mp3", "bitrate_kbps": 192, "loudness_lufs": -14}),
    ("en", "Make it loop seamlessly for my stream", 60, "process_track", {"loop": True}),
    ("en", "Make the bridge better", 200, "ask", {}),
    ("en", "Cut the last 5 seconds off my song", None, "ask", {}),
    # German
    ("de", "Mach mir bitte einen ruhigen Klaviertrack zum Einschlafen für meine Tochter, so 3 Minuten, ohne Gesang",
     None, "t2a", {"duration": 180, "lyrics": INST}),
    ("de", "Ich brauche Hintergrundmusik für ein Imagevideo, 45 Sekunden, modern und optimistisch", None, "t2a",
     {"duration": 45}),
    ("de", "Techno-Track mit 128 BPM in a-Moll, 4 Minuten, instrumental", None, "t2a",
     {"duration": 240, "lyrics": INST, "tags_has": ["128"]}),
    ("de", "Ein Lied über die Jahreszeiten für meine 2. Klasse, etwa eine Minute", None, "t2a", {"duration": 60}),
    ("de", "Zwei Varianten eines kurzen Jingles für meinen Podcast, je 10 Sekunden", None, "t2a",
     {"duration": 10, "takes": 2}),
    ("de", "Die Stelle von 0:50 bis 1:05 klingt schief, kannst du die neu machen?", 210, "audio_inpaint",
     _win(50, 65)),
    ("de", "Die ersten 8 Sekunden bitte neu generieren, der Einstieg ist zu lahm", 160, "audio_inpaint", _win(0, 8)),
    ("de", "Ab Minute 2 bitte 20 Sekunden neu machen", 200, "audio_inpaint", _win(120, 140)),
    ("de", "Häng hinten noch 15 Sekunden dran", 120, "audio_outpaint", _after(15)),
    ("de", "Als WAV exportieren und am Ende 5 Sekunden ausblenden", 160, "process_track",
     {"output_format": "wav", "fade_out_s": 5}),
    ("de", "Mach es länger", 160, "ask", {}),
    # French
    ("fr", "Fais-moi une musique d'ambiance pour une vidéo YouTube de cuisine, 1 minute 30, joyeuse", None, "t2a",
     {"duration": 90}),
    ("fr", "Une berceuse douce pour mon bébé de 8 mois, 2 minutes, guitare et voix féminine", None, "t2a",
     {"duration": 120}),
    ("fr", "Un beat trap à 140 BPM, sombre, sans voix, 2 minutes 30", None, "t2a",
     {"duration": 150, "lyrics": INST, "tags_has": ["140"]}),
    ("fr", "Je veux trois versions d'une chanson pour la fête de l'école, 1 minute", None, "t2a",
     {"duration": 60, "takes": 3}),
    ("fr", "Une chanson pour les 50 ans de mariage de mes parents, 2 minutes, style musette", None, "t2a",
     {"duration": 120}),
    ("fr", "Refais le passage entre 2:10 et 2:25, la batterie décroche", 240, "audio_inpaint", _win(130, 145)),
    ("fr", "Régénère les 20 dernières secondes", 200, "audio_inpaint", _win(180, 200)),
    ("fr", "Ajoute une intro de 10 secondes au début", 180, "audio_outpaint", _before(10)),
    ("fr", "Rallonge le morceau de 30 secondes à la fin", 90, "audio_outpaint", _after(30)),
    ("fr", "Coupe les 3 premières secondes de silence", 150, "process_track", {"trim_start_s": 3}),
    ("fr", "Le refrain ne me plaît pas, change-le", 180, "ask", {}),
    # Spanish
    ("es", "Hazme una canción de cumpleaños para mi hija que cumple 10 años, alegre, de un minuto", None, "t2a",
     {"duration": 60}),
    ("es", "Necesito música de fondo para un reel de Instagram de 30 segundos, reguetón suave, sin voz", None, "t2a",
     {"duration": 30, "lyrics": INST}),
    ("es", "Una cumbia instrumental a 95 BPM de 3 minutos", None, "t2a",
     {"duration": 180, "lyrics": INST, "tags_has": ["95"]}),
    ("es", "Dame dos versiones de una intro para mi pódcast, 12 segundos", None, "t2a", {"duration": 12, "takes": 2}),
    ("es", "Una canción para enseñar las tablas de multiplicar a niños de 8 años, 2 minutos", None, "t2a",
     {"duration": 120}),
    ("es", "Canción pop de 1 minuto con esta letra:\n[Verso]\nEl sol entra por la ventana\n[Coro]\nHoy es un buen día",
     None, "t2a", {"duration": 60, "lyrics": "[Verso]\nEl sol entra por la ventana\n[Coro]\nHoy es un buen día"}),
    ("es", "Vuelve a generar del 1:30 al 1:45, la voz se rompe ahí", 200, "audio_inpaint", _win(90, 105)),
    ("es", "Alárgala 20 segundos por el final", 120, "audio_outpaint", _after(20)),
    ("es", "Ponle 5 segundos antes y 10 después", 120, "audio_outpaint",
     {"extend_before_duration": 5, "extend_after_duration": 10}),
    ("es", "Pásalo a mp3 a 128 kbps", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("es", "Cambia la parte del solo", 200, "ask", {}),
    # Italian
    ("it", "Mi fai una base pop-rock di 2 minuti per il saggio di fine anno? Senza voce", None, "t2a",
     {"duration": 120, "lyrics": INST}),
    ("it", "Una ninna nanna per mia figlia di 3 anni, dolce, circa 2 minuti e mezzo", None, "t2a", {"duration": 150}),
    ("it", "Sigla per il mio podcast, 20 secondi, jazz leggero", None, "t2a", {"duration": 20}),
    ("it", "Musica epica per un trailer di 1 minuto, orchestra e cori", None, "t2a", {"duration": 60}),
    ("it", "Rifai i secondi da 40 a 55, c'è un errore nel basso", 180, "audio_inpaint", _win(40, 55)),
    ("it", "Rigenera gli ultimi 10 secondi", 150, "audio_inpaint", _win(140, 150)),
    ("it", "Aggiungi 25 secondi alla fine", 150, "audio_outpaint", _after(25)),
    ("it", "Fai una dissolvenza in entrata di 2 secondi e in uscita di 6", 150, "process_track",
     {"fade_in_s": 2, "fade_out_s": 6}),
    ("it", "Allungalo un po'", 150, "ask", {}),
    # Portuguese
    ("pt", "Faz uma música de parabéns pro meu filho de 4 anos, bem animada, 1 minuto", None, "t2a",
     {"duration": 60}),
    ("pt", "Preciso de uma trilha de 40 segundos para um vídeo institucional, piano e cordas", None, "t2a",
     {"duration": 40}),
    ("pt", "Um funk de 130 BPM, 2 minutos", None, "t2a", {"duration": 120, "tags_has": ["130"]}),
    ("pt", "Me dá 4 versões de uma vinheta de 8 segundos pro meu podcast", None, "t2a", {"duration": 8, "takes": 4}),
    ("pt", "Refaz o trecho de 0:20 a 0:35, o vocal desafinou", 180, "audio_inpaint", _win(20, 35)),
    ("pt", "Estende mais 30 segundos no final", 120, "audio_outpaint", _after(30)),
    ("pt", "Coloca uma introdução de 8 segundos antes", 120, "audio_outpaint", _before(8)),
    ("pt", "Deixa em loop", 60, "process_track", {"loop": True}),
    ("pt", "Corta um pedaço do meio", 180, "ask", {}),
    # Russian
    ("ru", "Сделай спокойную музыку для медитации, 3 минуты, без слов", None, "t2a",
     {"duration": 180, "lyrics": INST}),
    ("ru", "Нужна песня на день рождения дочке, ей исполняется 7, весёлая, минуты на полторы", None, "t2a",
     {"duration": 90}),
    ("ru", "Фоновая музыка для рекламного ролика на 30 секунд, бодрая", None, "t2a", {"duration": 30}),
    ("ru", "Драм-н-бейс 174 BPM, 2 минуты, инструментал", None, "t2a",
     {"duration": 120, "lyrics": INST, "tags_has": ["174"]}),
    ("ru", "Перегенерируй кусок с 1:10 до 1:25, там гитара фальшивит", 200, "audio_inpaint", _win(70, 85)),
    ("ru", "Переделай первые 15 секунд", 100, "audio_inpaint", _win(0, 15)),
    ("ru", "Добавь 20 секунд в конце", 100, "audio_outpaint", _after(20)),
    ("ru", "Сконвертируй в flac", 100, "process_track", {"output_format": "flac"}),
    ("ru", "Сделай две разные песни: одну рок, другую джаз", None, "ask", {}),
    # Arabic
    ("ar", "اعمل لي موسيقى هادئة لفيديو عن الطبخ مدتها دقيقة", None, "t2a", {"duration": 60}),
    ("ar", "أغنية عيد ميلاد لابني عمره 5 سنوات، مرحة، دقيقتين", None, "t2a", {"duration": 120}),
    ("ar", "مقدمة لبودكاست مدتها 15 ثانية بدون غناء", None, "t2a", {"duration": 15, "lyrics": INST}),
    ("ar", "أريد ثلاث نسخ من موسيقى خلفية لإعلان مدته 30 ثانية", None, "t2a", {"duration": 30, "takes": 3}),
    ("ar", "موسيقى للأطفال لتعليم الحروف العربية، ٩٠ ثانية", None, "t2a", {"duration": 90}),
    ("ar", "أعد توليد الجزء من 0:45 إلى 1:00", 180, "audio_inpaint", _win(45, 60)),
    ("ar", "أعد إنشاء آخر 10 ثوانٍ", 120, "audio_inpaint", _win(110, 120)),
    ("ar", "أضف 20 ثانية في النهاية", 120, "audio_outpaint", _after(20)),
    ("ar", "حوّلها إلى mp3 بجودة 320 kbps", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("ar", "غيّر المقطع الثاني", 180, "ask", {}),
    # Hindi
    ("hi", "मेरे यूट्यूब वीडियो के लिए 1 मिनट का बैकग्राउंड म्यूज़िक बना दो, हल्का और खुशनुमा", None, "t2a",
     {"duration": 60}),
    ("hi", "मेरी बेटी के 5वें जन्मदिन के लिए एक गाना, 2 मिनट का", None, "t2a", {"duration": 120}),
    ("hi", "पॉडकास्ट के लिए 10 सेकंड का इंट्रो, बिना आवाज़ के", None, "t2a", {"duration": 10, "lyrics": INST}),
    ("hi", "बॉलीवुड स्टाइल डांस ट्रैक, 120 BPM, 3 मिनट", None, "t2a", {"duration": 180, "tags_has": ["120"]}),
    ("hi", "बच्चों को गिनती सिखाने वाला गाना, एक मिनट", None, "t2a", {"duration": 60}),
    ("hi", "0:30 से 0:45 तक वाला हिस्सा दोबारा बनाओ", 150, "audio_inpaint", _win(30, 45)),
    ("hi", "शुरू के 10 सेकंड फिर से बनाओ", 150, "audio_inpaint", _win(0, 10)),
    ("hi", "आखिर में 30 सेकंड और जोड़ दो", 150, "audio_outpaint", _after(30)),
    ("hi", "इसे mp3 में बदल दो", 150, "process_track", {"output_format": "mp3"}),
    ("hi", "गाने को थोड़ा लंबा कर दो", 150, "ask", {}),
    # Japanese
    ("ja", "YouTubeの料理動画用に、明るいBGMを1分で作って", None, "t2a", {"duration": 60}),
    ("ja", "娘の3歳の誕生日に歌を作りたい。2分くらいで", None, "t2a", {"duration": 120}),
    ("ja", "ポッドキャストのオープニング、15秒、ボーカルなし", None, "t2a", {"duration": 15, "lyrics": INST}),
    ("ja", "BPM90のローファイヒップホップ、3分、インスト", None, "t2a",
     {"duration": 180, "lyrics": INST, "tags_has": ["90"]}),
    ("ja", "CM用のBGMを3パターン、30秒で", None, "t2a", {"duration": 30, "takes": 3}),
    ("ja", "1:20から1:35のところを作り直して", 200, "audio_inpaint", _win(80, 95)),
    ("ja", "最後に20秒足して", 120, "audio_outpaint", _after(20)),
    ("ja", "冒頭に5秒のイントロを追加して", 120, "audio_outpaint", _before(5)),
    ("ja", "最後の5秒をフェードアウトして", 120, "process_track", {"fade_out_s": 5}),
    ("ja", "サビを変えて", 120, "ask", {}),
    # Korean
    ("ko", "유튜브 브이로그용 잔잔한 배경음악 1분짜리 만들어줘", None, "t2a", {"duration": 60}),
    ("ko", "우리 아들 7살 생일 축하 노래 만들어줘, 1분 30초 정도", None, "t2a", {"duration": 90}),
    ("ko", "팟캐스트 인트로 10초, 보컬 없이", None, "t2a", {"duration": 10, "lyrics": INST}),
    ("ko", "140 BPM 트랩 비트 2분, 두 가지 버전으로", None, "t2a",
     {"duration": 120, "takes": 2, "tags_has": ["140"]}),
    ("ko", "초등학생 수업용 동요, 구구단 외우는 노래, 2분", None, "t2a", {"duration": 120}),
    ("ko", "0:40부터 0:55까지 다시 만들어줘", 180, "audio_inpaint", _win(40, 55)),
    ("ko", "마지막 20초 다시 생성해줘", 180, "audio_inpaint", _win(160, 180)),
    ("ko", "끝에 15초 더 늘려줘", 180, "audio_outpaint", _after(15)),
    ("ko", "-16 LUFS로 맞춰줘", 180, "process_track", {"loudness_lufs": -16}),
    ("ko", "중간 부분 좀 바꿔줘", 180, "ask", {}),
    # Chinese
    ("zh", "帮我做一段抖音视频用的背景音乐，30秒，轻快一点", None, "t2a", {"duration": 30}),
    ("zh", "给我女儿5岁生日做一首歌，1分钟左右", None, "t2a", {"duration": 60}),
    ("zh", "播客片头音乐，10秒，不要人声", None, "t2a", {"duration": 10, "lyrics": INST}),
    ("zh", "一首古风歌曲，3分钟，女声，用中文唱", None, "t2a", {"duration": 180, "vocal_language": "zh"}),
    ("zh", "给我三个版本的广告配乐，每个15秒", None, "t2a", {"duration": 15, "takes": 3}),
    ("zh", "把1:00到1:15这段重新生成一下", 200, "audio_inpaint", _win(60, 75)),
    ("zh", "从第30秒开始的10秒重新做", 200, "audio_inpaint", _win(30, 40)),
    ("zh", "结尾再加20秒", 120, "audio_outpaint", _after(20)),
    ("zh", "前面加一个8秒的前奏", 120, "audio_outpaint", _before(8)),
    ("zh", "导出成wav格式", 120, "process_track", {"output_format": "wav"}),
    ("zh", "把副歌改一下", 120, "ask", {}),
    # Azerbaijani
    ("az", "Uşaq bağçası üçün şən bir mahnı düzəlt, 1 dəqiqə", None, "t2a", {"duration": 60}),
    ("az", "Reklam videosu üçün 30 saniyəlik fon musiqisi, sözsüz", None, "t2a", {"duration": 30, "lyrics": INST}),
    ("az", "1:00-dan 1:15-ə qədər olan hissəni yenidən yarat", 180, "audio_inpaint", _win(60, 75)),
    ("az", "Mp3 formatına çevir", 180, "process_track", {"output_format": "mp3"}),
    # Bulgarian
    ("bg", "Направи ми песен за рождения ден на сина ми, навършва 9, около минута", None, "t2a", {"duration": 60}),
    ("bg", "Рок парче в стила на 90-те, 2 минути, без вокали", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("bg", "Добави 15 секунди в края", 100, "audio_outpaint", _after(15)),
    ("bg", "Направи затихване в последните 4 секунди", 100, "process_track", {"fade_out_s": 4}),
    # Bengali
    ("bn", "আমার ইউটিউব ভিডিওর জন্য ১ মিনিটের ব্যাকগ্রাউন্ড মিউজিক বানাও", None, "t2a", {"duration": 60}),
    ("bn", "মেয়ের জন্মদিনের গান, ও ৬ বছরে পড়বে, দুই মিনিট", None, "t2a", {"duration": 120}),
    ("bn", "০:৩০ থেকে ০:৪৫ অংশটা আবার বানাও", 150, "audio_inpaint", _win(30, 45)),
    ("bn", "গানের মাঝখানটা একটু বদলাও", 150, "ask", {}),
    # Catalan
    ("ca", "Fes-me una cançó d'aniversari per a la meva filla de 4 anys, un minut", None, "t2a", {"duration": 60}),
    ("ca", "Una rumba catalana a 100 BPM, 2 minuts, sense veu", None, "t2a",
     {"duration": 120, "lyrics": INST, "tags_has": ["100"]}),
    ("ca", "Torna a generar els últims 15 segons", 120, "audio_inpaint", _win(105, 120)),
    ("ca", "Converteix-ho a wav", 120, "process_track", {"output_format": "wav"}),
    # Czech
    ("cs", "Udělej mi klidnou hudbu na pozadí k videu, 2 minuty, bez zpěvu", None, "t2a",
     {"duration": 120, "lyrics": INST}),
    ("cs", "Písnička pro 25 dětí ze školky o zvířátkách, minutu a půl", None, "t2a", {"duration": 90}),
    ("cs", "Přidej na konec 20 sekund", 150, "audio_outpaint", _after(20)),
    ("cs", "Oprav ten refrén", 150, "ask", {}),
    # Danish
    ("da", "Lav en glad fødselsdagssang til min søn på 8 år, ca. et minut", None, "t2a", {"duration": 60}),
    ("da", "Lav et house-track på 124 BPM, 3 minutter, instrumentalt", None, "t2a",
     {"duration": 180, "lyrics": INST, "tags_has": ["124"]}),
    ("da", "Lav de første 10 sekunder om", 140, "audio_inpaint", _win(0, 10)),
    ("da", "Normaliser til -14 LUFS", 140, "process_track", {"loudness_lufs": -14}),
    # Greek
    ("el", "Φτιάξε μου μουσική υπόκρουση για βίντεο στο YouTube, 1 λεπτό", None, "t2a", {"duration": 60}),
    ("el", "Ένα νανούρισμα για το μωρό μου, 3 λεπτά, χωρίς τύμπανα", None, "t2a",
     {"duration": 180, "tags_lacks": ["drums"]}),
    ("el", "Ξαναφτιάξε το κομμάτι από 0:50 έως 1:05", 160, "audio_inpaint", _win(50, 65)),
    ("el", "Κόψε τα πρώτα 2 δευτερόλεπτα", 160, "process_track", {"trim_start_s": 2}),
    # Persian
    ("fa", "یک آهنگ شاد برای تولد پسرم که ۵ ساله می‌شود بساز، یک دقیقه", None, "t2a", {"duration": 60}),
    ("fa", "موسیقی پس‌زمینه برای پادکست، ۲۰ ثانیه، بدون خواننده", None, "t2a", {"duration": 20, "lyrics": INST}),
    ("fa", "۳۰ ثانیه به آخرش اضافه کن", 120, "audio_outpaint", _after(30)),
    ("fa", "قسمت وسط را عوض کن", 120, "ask", {}),
    # Finnish
    ("fi", "Tee rauhallista taustamusiikkia videolle, 2 minuuttia, ilman laulua", None, "t2a",
     {"duration": 120, "lyrics": INST}),
    ("fi", "Synttärilaulu 10-vuotiaalle tytölleni, noin minuutti", None, "t2a", {"duration": 60}),
    ("fi", "Lisää loppuun 20 sekuntia", 100, "audio_outpaint", _after(20)),
    ("fi", "Muunna mp3:ksi 192 kbps", 100, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    # Hebrew
    ("he", "תכין לי מוזיקת רקע לסרטון של דקה, משהו שמח", None, "t2a", {"duration": 60}),
    ("he", "שיר יום הולדת לבת שלי שמגיעה לגיל 6, דקה וחצי", None, "t2a", {"duration": 90}),
    ("he", "תייצר מחדש את הקטע מ-1:10 עד 1:25", 180, "audio_inpaint", _win(70, 85)),
    ("he", "תעשה פייד אאוט של 5 שניות בסוף", 180, "process_track", {"fade_out_s": 5}),
    # Croatian
    ("hr", "Napravi mi pjesmu za rođendan sina, puni 5 godina, jedna minuta", None, "t2a", {"duration": 60}),
    ("hr", "Glazba za uvod podcasta, 15 sekundi, instrumentalno", None, "t2a", {"duration": 15, "lyrics": INST}),
    ("hr", "Ponovno generiraj zadnjih 10 sekundi", 130, "audio_inpaint", _win(120, 130)),
    ("hr", "Produži pjesmu", 130, "ask", {}),
    # Haitian Creole
    ("ht", "Fè yon mizik kè kontan pou videyo mwen, 1 minit", None, "t2a", {"duration": 60}),
    ("ht", "Yon chante anivèsè pou pitit fi m ki gen 7 an, 2 minit", None, "t2a", {"duration": 120}),
    ("ht", "Ajoute 20 segonn nan fen an", 90, "audio_outpaint", _after(20)),
    ("ht", "Refè pati ki soti 0:30 rive 0:45 la", 90, "audio_inpaint", _win(30, 45)),
    # Hungarian
    ("hu", "Csinálj egy 80-as évekbeli szintipop számot, 120 BPM, 2 perc", None, "t2a",
     {"duration": 120, "tags_has": ["120"]}),
    ("hu", "Altatódal a 2 éves kislányomnak, 3 perc, ének nélkül", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("hu", "Generáld újra 1:00 és 1:20 között", 150, "audio_inpaint", _win(60, 80)),
    ("hu", "Halkítsd le -16 LUFS-ra", 150, "process_track", {"loudness_lufs": -16}),
    # Indonesian
    ("id", "Buatkan musik latar untuk video YouTube saya, 1 menit, santai", None, "t2a", {"duration": 60}),
    ("id", "Lagu ulang tahun untuk anak saya yang ke-4, ceria, 1 menit 30 detik", None, "t2a", {"duration": 90}),
    ("id", "Tambahkan 15 detik di akhir", 120, "audio_outpaint", _after(15)),
    ("id", "Ubah ke format mp3", 120, "process_track", {"output_format": "mp3"}),
    # Icelandic
    ("is", "Búðu til rólega bakgrunnstónlist fyrir myndband, 2 mínútur", None, "t2a", {"duration": 120}),
    ("is", "Afmælislag fyrir son minn sem verður 6 ára, ein mínúta", None, "t2a", {"duration": 60}),
    ("is", "Bættu 20 sekúndum við endann", 100, "audio_outpaint", _after(20)),
    ("is", "Gerðu fyrstu 10 sekúndurnar upp á nýtt", 100, "audio_inpaint", _win(0, 10)),
    # Latin
    ("la", "Fac mihi musicam tranquillam sine voce, duo minuta", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("la", "Carmen natalicium filio meo, qui sex annos natus erit, unum minutum", None, "t2a", {"duration": 60}),
    ("la", "Adde 20 secunda in fine", 100, "audio_outpaint", _after(20)),
    ("la", "Regenera partem a 0:30 ad 0:50", 100, "audio_inpaint", _win(30, 50)),
    # Lithuanian
    ("lt", "Sukurk linksmą gimtadienio dainą dukrai, jai sueina 7, viena minutė", None, "t2a", {"duration": 60}),
    ("lt", "Fono muzika podkastui, 20 sekundžių, be vokalo", None, "t2a", {"duration": 20, "lyrics": INST}),
    ("lt", "Perdaryk paskutines 15 sekundžių", 120, "audio_inpaint", _win(105, 120)),
    ("lt", "Konvertuok į wav", 120, "process_track", {"output_format": "wav"}),
    # Malay
    ("ms", "Buatkan muzik latar untuk video saya, 45 saat, ceria", None, "t2a", {"duration": 45}),
    ("ms", "Lagu hari jadi untuk anak saya yang berumur 5 tahun, satu minit", None, "t2a", {"duration": 60}),
    ("ms", "Jana semula bahagian 1:00 hingga 1:15", 150, "audio_inpaint", _win(60, 75)),
    ("ms", "Panjangkan lagu ini", 150, "ask", {}),
    # Nepali
    ("ne", "मेरो भिडियोको लागि १ मिनेटको पृष्ठभूमि संगीत बनाइदिनुस्", None, "t2a", {"duration": 60}),
    ("ne", "छोराको ५ औं जन्मदिनको लागि गीत, २ मिनेट", None, "t2a", {"duration": 120}),
    ("ne", "अन्तिममा २० सेकेन्ड थपिदिनुस्", 100, "audio_outpaint", _after(20)),
    ("ne", "०:३० देखि ०:४५ सम्मको भाग फेरि बनाउनुस्", 100, "audio_inpaint", _win(30, 45)),
    # Dutch
    ("nl", "Maak een vrolijk verjaardagsliedje voor mijn zoon van 3, ongeveer een minuut", None, "t2a",
     {"duration": 60}),
    ("nl", "Een deephouse-track op 122 BPM in F mineur, 3 minuten, instrumentaal", None, "t2a",
     {"duration": 180, "lyrics": INST, "tags_has": ["122"]}),
    ("nl", "Doe de laatste 10 seconden opnieuw", 120, "audio_inpaint", _win(110, 120)),
    ("nl", "Zet er een fade-out van 6 seconden op", 120, "process_track", {"fade_out_s": 6}),
    # Norwegian
    ("no", "Lag en rolig vuggevise til babyen min, 2 minutter", None, "t2a", {"duration": 120}),
    ("no", "Bakgrunnsmusikk til en reklame på 30 sekunder, uten vokal", None, "t2a", {"duration": 30, "lyrics": INST}),
    ("no", "Legg til 15 sekunder på slutten", 120, "audio_outpaint", _after(15)),
    ("no", "Fiks refrenget", 120, "ask", {}),
    # Punjabi
    ("pa", "ਮੇਰੀ ਵੀਡੀਓ ਲਈ 1 ਮਿੰਟ ਦਾ ਭੰਗੜਾ ਸੰਗੀਤ ਬਣਾ ਦਿਓ", None, "t2a", {"duration": 60}),
    ("pa", "ਮੇਰੇ ਪੁੱਤਰ ਦੇ 8ਵੇਂ ਜਨਮਦਿਨ ਲਈ ਗੀਤ, 2 ਮਿੰਟ", None, "t2a", {"duration": 120}),
    ("pa", "ਅਖੀਰ ਵਿੱਚ 20 ਸਕਿੰਟ ਹੋਰ ਜੋੜ ਦਿਓ", 100, "audio_outpaint", _after(20)),
    ("pa", "0:20 ਤੋਂ 0:40 ਤੱਕ ਵਾਲਾ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾਓ", 100, "audio_inpaint", _win(20, 40)),
    # Polish
    ("pl", "Zrób mi wesołą piosenkę urodzinową dla córki, kończy 6 lat, minuta", None, "t2a", {"duration": 60}),
    ("pl", "Podkład do filmiku na TikToka, 30 sekund, bez wokalu", None, "t2a", {"duration": 30, "lyrics": INST}),
    ("pl", "Wygeneruj jeszcze raz fragment od 1:05 do 1:20", 160, "audio_inpaint", _win(65, 80)),
    ("pl", "Utnij ostatnie 5 sekund", 160, "process_track", {"trim_end_s": 5}),
    # Romanian
    ("ro", "Fă-mi o muzică de fundal pentru un vlog, 2 minute, relaxantă", None, "t2a", {"duration": 120}),
    ("ro", "Un cântec pentru părinții mei care aniversează 30 de ani de căsnicie, un minut", None, "t2a",
     {"duration": 60}),
    ("ro", "Adaugă 20 de secunde la final", 100, "audio_outpaint", _after(20)),
    ("ro", "Fă-l să meargă în buclă", 100, "process_track", {"loop": True}),
    # Sanskrit
    ("sa", "ध्यानाय शान्तं सङ्गीतं रचय, २ निमेषाः, गानं विना", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("sa", "मम पुत्र्याः जन्मदिनाय गीतं रचय, सा पञ्चवर्षीया भविष्यति, १ निमेषः", None, "t2a", {"duration": 60}),
    ("sa", "अन्ते २० क्षणान् योजय", 100, "audio_outpaint", _after(20)),
    ("sa", "०:३० तः ०:४५ पर्यन्तं भागं पुनः रचय", 100, "audio_inpaint", _win(30, 45)),
    # Slovak
    ("sk", "Sprav mi pesničku k narodeninám pre syna, má 4 roky, jedna minúta", None, "t2a", {"duration": 60}),
    ("sk", "Hudba do pozadia na video, 45 sekúnd, bez spevu", None, "t2a", {"duration": 45, "lyrics": INST}),
    ("sk", "Pridaj 15 sekúnd na koniec", 120, "audio_outpaint", _after(15)),
    ("sk", "Sprav fade out posledných 3 sekúnd", 120, "process_track", {"fade_out_s": 3}),
    # Serbian
    ("sr", "Направи ми песму за рођендан ћерке, пуни 3 године, један минут", None, "t2a", {"duration": 60}),
    ("sr", "Muzika za uvod podkasta, 10 sekundi, bez vokala", None, "t2a", {"duration": 10, "lyrics": INST}),
    ("sr", "Поново генериши део од 0:40 до 0:55", 120, "audio_inpaint", _win(40, 55)),
    ("sr", "Промени рефрен", 120, "ask", {}),
    # Swedish
    ("sv", "Gör en glad födelsedagslåt till min dotter som fyller 5, ungefär en minut", None, "t2a",
     {"duration": 60}),
    ("sv", "Bakgrundsmusik till en YouTube-video, 2 minuter, utan sång", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("sv", "Gör om de sista 15 sekunderna", 150, "audio_inpaint", _win(135, 150)),
    ("sv", "Konvertera till mp3, 320 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    # Swahili
    ("sw", "Nitengenezee muziki wa nyuma kwa video yangu, dakika 1, wa furaha", None, "t2a", {"duration": 60}),
    ("sw", "Wimbo wa siku ya kuzaliwa kwa mwanangu anayetimiza miaka 6, dakika 2", None, "t2a", {"duration": 120}),
    ("sw", "Ongeza sekunde 20 mwishoni", 100, "audio_outpaint", _after(20)),
    ("sw", "Tengeneza upya sehemu kutoka 0:30 hadi 0:45", 100, "audio_inpaint", _win(30, 45)),
    # Tamil
    ("ta", "என் யூடியூப் வீடியோவுக்கு 1 நிமிட பின்னணி இசை உருவாக்கு", None, "t2a", {"duration": 60}),
    ("ta", "என் மகளின் 4வது பிறந்தநாளுக்கு ஒரு பாடல், 2 நிமிடம்", None, "t2a", {"duration": 120}),
    ("ta", "கடைசியில் 20 வினாடிகள் சேர்", 100, "audio_outpaint", _after(20)),
    ("ta", "0:30 முதல் 0:45 வரை உள்ள பகுதியை மீண்டும் உருவாக்கு", 100, "audio_inpaint", _win(30, 45)),
    # Telugu
    ("te", "నా యూట్యూబ్ వీడియో కోసం 1 నిమిషం బ్యాక్‌గ్రౌండ్ మ్యూజిక్ చేయి", None, "t2a", {"duration": 60}),
    ("te", "మా అబ్బాయి 5వ పుట్టినరోజు కోసం ఒక పాట, 2 నిమిషాలు", None, "t2a", {"duration": 120}),
    ("te", "చివర్లో 15 సెకన్లు జోడించు", 100, "audio_outpaint", _after(15)),
    ("te", "మొదటి 10 సెకన్లు మళ్ళీ చేయి", 100, "audio_inpaint", _win(0, 10)),
    # Thai
    ("th", "ทำเพลงประกอบวิดีโอยูทูบให้หน่อย 1 นาที สนุกๆ", None, "t2a", {"duration": 60}),
    ("th", "เพลงวันเกิดลูกสาวอายุ 6 ขวบ ยาว 2 นาที", None, "t2a", {"duration": 120}),
    ("th", "ทำช่วง 0:40 ถึง 0:55 ใหม่", 150, "audio_inpaint", _win(40, 55)),
    ("th", "แปลงเป็นไฟล์ wav", 150, "process_track", {"output_format": "wav"}),
    # Tagalog
    ("tl", "Gawan mo ako ng background music para sa vlog ko, 1 minuto", None, "t2a", {"duration": 60}),
    ("tl", "Kanta para sa birthday ng anak ko na magiging 7 taon, 2 minuto", None, "t2a", {"duration": 120}),
    ("tl", "Dagdagan mo ng 20 segundo sa dulo", 100, "audio_outpaint", _after(20)),
    ("tl", "I-regenerate mo yung huling 10 segundo", 100, "audio_inpaint", _win(90, 100)),
    # Turkish
    ("tr", "YouTube videom için 1 dakikalık neşeli bir fon müziği yap", None, "t2a", {"duration": 60}),
    ("tr", "Oğlumun 5. yaş günü için bir şarkı, 2 dakika, 3 versiyon", None, "t2a", {"duration": 120, "takes": 3}),
    ("tr", "Son 15 saniyeyi yeniden oluştur", 150, "audio_inpaint", _win(135, 150)),
    ("tr", "Başına 2 saniyelik fade in ekle", 150, "process_track", {"fade_in_s": 2}),
    # Ukrainian
    ("uk", "Зроби спокійну фонову музику для відео, 2 хвилини, без вокалу", None, "t2a",
     {"duration": 120, "lyrics": INST}),
    ("uk", "Пісня на день народження доньки, їй виповнюється 8, хвилина", None, "t2a", {"duration": 60}),
    ("uk", "Перегенеруй шматок з 1:00 до 1:15", 150, "audio_inpaint", _win(60, 75)),
    ("uk", "Обріж перші 4 секунди", 150, "process_track", {"trim_start_s": 4}),
    # Urdu
    ("ur", "میری یوٹیوب ویڈیو کے لیے 1 منٹ کا بیک گراؤنڈ میوزک بنا دو", None, "t2a", {"duration": 60}),
    ("ur", "میرے بیٹے کی 6ویں سالگرہ کے لیے گانا، 2 منٹ", None, "t2a", {"duration": 120}),
    ("ur", "آخر میں 20 سیکنڈ اور شامل کر دو", 100, "audio_outpaint", _after(20)),
    ("ur", "0:30 سے 0:45 والا حصہ دوبارہ بناؤ", 100, "audio_inpaint", _win(30, 45)),
    # Vietnamese
    ("vi", "Làm cho mình nhạc nền cho video YouTube, 1 phút, vui tươi", None, "t2a", {"duration": 60}),
    ("vi", "Bài hát sinh nhật cho con gái 4 tuổi, 2 phút", None, "t2a", {"duration": 120}),
    ("vi", "Thêm 20 giây vào cuối bài", 100, "audio_outpaint", _after(20)),
    ("vi", "Sửa đoạn điệp khúc", 100, "ask", {}),
    # Cantonese
    ("yue", "幫我整一段YouTube片嘅背景音樂，1分鐘，輕鬆啲", None, "t2a", {"duration": 60}),
    ("yue", "我個仔6歲生日，幫佢作首歌，2分鐘左右", None, "t2a", {"duration": 120}),
    ("yue", "尾段再加多20秒", 100, "audio_outpaint", _after(20)),
    ("yue", "將0:30到0:45嗰段重新整過", 100, "audio_inpaint", _win(30, 45)),
]  # fmt: skip
