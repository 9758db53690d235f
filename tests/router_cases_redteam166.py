"""Blind held-out router set 166. Theme: "work briefs".

Requests from people using music at work (video editors, podcast producers, game developers, teachers, ad
agencies, wedding DJs, streamers), often with context: what the cut is for, client feedback, timeline
timestamps, technical words (LUFS, bpm, stems, loop points, kHz, 320k) and numbers that are not lengths
(16:9, 3 clients, 128 bpm, 2 episodes, EBU R128, 24-bit) mixed with numbers that are.

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


R166: list[tuple[Any, ...]] = [
    # ---- en ----
    (
        "en",
        "Editing a 16:9 explainer for a fintech client, cut is locked at 1:45. Need an upbeat corporate bed, "
        "no vocals, around 120 bpm, light piano and claps.",
        None,
        "t2a",
        {"duration": 105, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "en",
        "podcast intro sting for the 2 episodes we're recording tomorrow - 8 seconds, warm synth, no voice. "
        "give me 3 options pls",
        None,
        "t2a",
        {"duration": 8, "lyrics": INST, "tags_has": ["synth"], "takes": 3},
    ),
    (
        "en",
        "wedding DJ here, couple wants a custom first-dance song, slow acoustic guitar ballad, about 3 min. "
        "their lyrics:\n[Verse]\nTwo roads met under city lights\nYou held my hand and the world went quiet\n"
        "[Chorus]\nStay with me, stay tonight\nEvery year feels like the first time",
        None,
        "t2a",
        {
            "duration": 180,
            "lyrics": "[Verse]\nTwo roads met under city lights\nYou held my hand and the world went "
            "quiet\n[Chorus]\nStay with me, stay tonight\nEvery year feels like the first time",
            "vocal_language": "en",
            "tags_has": ["acoustic"],
        },
    ),
    (
        "en",
        "Client feedback on v3: 'the drop at 0:48 feels late.' Can you regenerate 0:44 to 0:56 so it hits on "
        "the cut? Project is 48 kHz, 128 bpm, don't touch anything else.",
        150,
        "audio_inpaint",
        _win(44, 56),
    ),
    (
        "en",
        "game loop for level 3 - the hi-hat glitch between 22.5s and 27s is audible in-engine, redo just that "
        "window, 2 takes so I can pick",
        64,
        "audio_inpaint",
        {"start_time": 22.5, "end_time": 27, "takes": 2},
    ),
    (
        "en",
        "deliverables for the agency: mp3 @ 320k, normalized to -16 LUFS, 2s fade in. 3 clients are reviewing "
        "so nothing fancy",
        60,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -16, "fade_in_s": 2},
    ),
    (
        "en",
        "this is for the game's main menu, needs to loop seamlessly - loop points have to be clean, no click",
        95,
        "process_track",
        {"loop": True},
    ),
    (
        "en",
        "streamer here, my 'starting soon' screen runs 5 minutes but this track is only 3:20. stretch the "
        "ending so it covers the whole 5",
        200,
        "audio_outpaint",
        _out(0, 100),
    ),
    (
        "en",
        "I teach 4th grade and this is for a slideshow - can you add a 12 second intro before the music kicks in?",
        90,
        "audio_outpaint",
        _out(12, 0),
    ),
    (
        "en",
        "can you send me the stems for this? the mixer wants drums and bass separate, 24-bit if possible",
        180,
        "ask",
        {},
    ),
    ("en", "export it as m4a for the client's iPhone, 256k is fine", 140, "ask", {}),
    # ---- de ----
    (
        "de",
        "Für einen Imagefilm (16:9, 4K) brauche ich einen ruhigen Ambient-Teppich, ca. 2 Minuten, ohne Gesang, "
        "so um die 90 bpm.",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["ambient"]},
    ),
    (
        "de",
        "Unabhängig vom offenen Track: für unseren Podcast brauchen wir noch einen Jingle, 15 Sekunden, jazzig "
        "mit Kontrabass. Bitte 2 Varianten.",
        180,
        "t2a",
        {"duration": 15, "takes": 2},
    ),
    (
        "de",
        "Hochzeits-DJ hier: das Brautpaar wünscht sich ein Lied zum Einzug, ungefähr dreieinhalb Minuten, "
        "ruhige Ballade mit Klavier, Gesang auf Deutsch.",
        None,
        "t2a",
        {"duration": 210, "vocal_language": "de"},
    ),
    (
        "de",
        "Kunde meint, zwischen 1:12 und 1:24 klingt die Gitarre schief. Kannst du nur diesen Teil neu machen? "
        "Schnitt läuft mit 25 fps, bitte nichts verschieben.",
        180,
        "audio_inpaint",
        _win(72, 84),
    ),
    (
        "de",
        "Podcast-Folge: bei 42:10 bis 42:25 ist im Musikbett ein Knacksen, bitte nur da neu generieren",
        3000,
        "audio_inpaint",
        _win(2530, 2545),
    ),
    (
        "de",
        "Bitte als WAV ausspielen, auf -23 LUFS (Broadcast-Norm EBU R128) und am Ende 4 Sekunden ausblenden",
        120,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -23, "fade_out_s": 4},
    ),
    (
        "de",
        "Für den Schnitt: die ersten 3 Sekunden Stille abschneiden und als FLAC exportieren",
        75,
        "process_track",
        {"trim_start_s": 3, "output_format": "flac"},
    ),
    (
        "de",
        "Mein Schnitt ist 2:40 lang, der Track nur 2:10. Bitte hinten 30 Sekunden dranhängen.",
        130,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "de",
        "Vorne ein Intro von 6 Sekunden, damit der Sprecher reinkommt, und hinten noch 10 Sekunden Ausklang",
        88,
        "audio_outpaint",
        _out(6, 10),
    ),
    ("de", "Mach bitte den Refrain nochmal neu, der Kunde mag ihn nicht", 200, "ask", {}),
    ("de", "Kannst du die Tonart auf D-Dur ändern? Der Sänger kommt sonst nicht hoch", 150, "ask", {}),
    # ---- ar ----
    (
        "ar",
        "أعمل مونتاج إعلان لشركة عقارات بمقاس 9:16 للريلز. أحتاج موسيقى حماسية بدون غناء مدتها 30 ثانية، "
        "بإيقاع 120 bpm تقريباً",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST},
    ),
    (
        "ar",
        "مقدمة لبودكاست عن ريادة الأعمال، 10 ثواني، عود وإيقاع خفيف، أعطني 3 نسخ",
        None,
        "t2a",
        {"duration": 10, "takes": 3},
    ),
    (
        "ar",
        "أغنية لحفل تخرج طلاب المدرسة، باللغة العربية، مدتها دقيقتان ونصف، بأسلوب pop مرح",
        None,
        "t2a",
        {"duration": 150, "vocal_language": "ar", "tags_has": ["pop"]},
    ),
    (
        "ar",
        "العميل يقول إن الطبول من 0:35 إلى 0:50 عالية جداً، أعد توليد هذا الجزء فقط من فضلك",
        120,
        "audio_inpaint",
        _win(35, 50),
    ),
    (
        "ar",
        "في لعبتي، المقطع بين الثانية 12 والثانية 18 فيه صوت طقطقة غريب عند نقطة التكرار، أعده",
        45,
        "audio_inpaint",
        _win(12, 18),
    ),
    (
        "ar",
        "صدّر الملف mp3 بجودة 192 كيلوبت، وخلّي مستوى الصوت -14 LUFS لليوتيوب",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "loudness_lufs": -14},
    ),
    ("ar", "أضف تلاشي في النهاية 8 ثواني وفي البداية ثانيتين", 240, "process_track", {"fade_out_s": 8, "fade_in_s": 2}),
    (
        "ar",
        "الفيديو مدته ٣ دقائق والموسيقى دقيقتان فقط، مدّها من النهاية لتغطي الفيديو كله",
        120,
        "audio_outpaint",
        _out(0, 60),
    ),
    ("ar", "أضف مقدمة 5 ثواني قبل بداية المقطع عشان يظهر الشعار", 60, "audio_outpaint", _out(5, 0)),
    ("ar", "احذف الغناء واترك الموسيقى فقط، أريدها كاريوكي للحفلة", 210, "ask", {}),
    ("ar", "أعد توليد الجزء من 3:10 إلى 3:30، العميل غير راضٍ عنه", 180, "ask", {}),
    # ---- es ----
    (
        "es",
        "Estoy montando un vídeo corporativo para 3 clientes del sector hotelero, formato 16:9. Necesito una "
        "base de 1:30, tipo acoustic folk con guitarra, sin voz",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["folk"]},
    ),
    (
        "es",
        "pa mi stream de Twitch quiero una canción de reggaeton con letra en español, unos 2 minutos",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "es", "tags_has": ["reggaeton"]},
    ),
    (
        "es",
        "El cliente dice que del 0:58 al 1:10 la trompeta desafina. ¿Puedes rehacer solo ese tramo? La sesión "
        "está a 44.1 kHz.",
        160,
        "audio_inpaint",
        _win(58, 70),
    ),
    (
        "es",
        "regenera del segundo 20 al 35, hay un golpe raro justo ahí, dame 2 versiones",
        90,
        "audio_inpaint",
        {"start_time": 20, "end_time": 35, "takes": 2},
    ),
    (
        "es",
        "En mi timeline la música arranca en 00:01:00; lo que suena mal va de 00:01:40 a 00:01:50 del "
        "timeline. Rehaz solo eso.",
        240,
        "audio_inpaint",
        _win(40, 50),
    ),
    (
        "es",
        "Pásamelo en wav con un fade out de 6 segundos, que es para cerrar la cuña de radio",
        45,
        "process_track",
        {"output_format": "wav", "fade_out_s": 6},
    ),
    (
        "es",
        "Necesito que loopee sin cortes para el menú del juego, y en ogg",
        64,
        "process_track",
        {"loop": True, "output_format": "ogg"},
    ),
    ("es", "alarga el final 20 segundos, que el vídeo de la boda dura más", 200, "audio_outpaint", _out(0, 20)),
    ("es", "hazlo de 4 minutos, ahora dura 3", 180, "audio_outpaint", _out(0, 60)),
    ("es", "bájale el tempo a 100 bpm, que para la clase de zumba va muy rápido", 150, "ask", {}),
    ("es", "arregla la parte fea del medio porfa", 130, "ask", {}),
    # ---- fr ----
    (
        "fr",
        "Je monte un court doc pour une ONG, images d'archives en 4:3. Il me faut une nappe triste, style "
        "orchestral, sans voix, 2 min 15.",
        None,
        "t2a",
        {"duration": 135, "lyrics": INST, "tags_has": ["orchestral"]},
    ),
    (
        "fr",
        "Générique de podcast, 20 secondes, électro chill, deux versions svp",
        None,
        "t2a",
        {"duration": 20, "takes": 2},
    ),
    (
        "fr",
        "Retour client : entre 1:05 et 1:18 la basse bave. Refais juste ce passage, on est à 128 bpm, il faut "
        "que ça reste calé.",
        150,
        "audio_inpaint",
        _win(65, 78),
    ),
    (
        "fr",
        "Mix d'une heure pour un salon pro : entre 52:10 et 52:25 il y a un trou, régénère ce passage",
        3600,
        "audio_inpaint",
        _win(3130, 3145),
    ),
    ("fr", "les 15 dernières secondes sont ratées, refais-les", 75, "audio_inpaint", _win(60, 75)),
    (
        "fr",
        "Exporte en FLAC et coupe les 2 premières secondes, j'ai un blanc au début de la timeline",
        110,
        "process_track",
        {"output_format": "flac", "trim_start_s": 2},
    ),
    (
        "fr",
        "Il me faut une version mp3 128k pour l'envoi au client, normalisée à -16 LUFS",
        95,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 128, "loudness_lufs": -16},
    ),
    ("fr", "Ajoute une intro de 8 secondes, le logo apparaît avant la musique", 60, "audio_outpaint", _out(8, 0)),
    (
        "fr",
        "Mon montage fait 2:30, la musique 2:00 pile. Rallonge la fin pour que ça colle.",
        120,
        "audio_outpaint",
        _out(0, 30),
    ),
    ("fr", "Fais-m'en une autre dans le même genre pour l'épisode 2", 90, "ask", {}),
    ("fr", "Mets un fondu de sortie de 5 s sur la musique du générique", None, "ask", {}),
    # ---- hi ----
    (
        "hi",
        "मैं एक शादी का highlight वीडियो एडिट कर रहा हूँ, 16:9, लगभग 3 मिनट का। हल्का sufi style संगीत चाहिए, बिना आवाज़ के",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["sufi"]},
    ),
    (
        "hi",
        "यूट्यूब पॉडकास्ट के लिए 12 सेकंड का intro बनाओ, tabla और flute के साथ",
        None,
        "t2a",
        {"duration": 12, "tags_has": ["flute"]},
    ),
    ("hi", "क्लाइंट बोल रहा है 0:40 से 0:55 तक ढोल बहुत तेज़ है, बस वही हिस्सा फिर से बनाओ", 150, "audio_inpaint", _win(40, 55)),
    ("hi", "गेम के loop में 5 से 9 सेकंड के बीच एक pop आ रहा है, उसे ठीक करो", 30, "audio_inpaint", _win(5, 9)),
    (
        "hi",
        "1:20 से 1:35 वाला हिस्सा दोबारा generate करो, 2 takes चाहिए",
        200,
        "audio_inpaint",
        {"start_time": 80, "end_time": 95, "takes": 2},
    ),
    (
        "hi",
        "इसे wav में export करो, -14 LUFS पर, Instagram reel के लिए है",
        60,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("hi", "आख़िर में 5 सेकंड का fade out लगा दो भाई", 140, "process_track", {"fade_out_s": 5}),
    ("hi", "शुरुआत में 10 सेकंड का intro जोड़ दो, क्लास के slideshow के लिए है", 90, "audio_outpaint", _out(10, 0)),
    ("hi", "वीडियो 4 मिनट का है, गाना साढ़े तीन मिनट का, बाक़ी अंत में बढ़ा दो", 210, "audio_outpaint", _out(0, 30)),
    ("hi", "इसका karaoke version बना दो, vocals हटा के", 240, "ask", {}),
    ("hi", "इसे aac में भेज दो, client को वही चाहिए", 100, "ask", {}),
    # ---- it ----
    (
        "it",
        "Sto montando uno spot per un'azienda vinicola, formato 1:1 per Instagram. Mi serve una base "
        "strumentale di 45 secondi, mandolino e archi, 100 bpm",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST},
    ),
    (
        "it",
        "canzone per la festa di fine anno della scuola, cantata in italiano, circa 2 minuti e mezzo. Testo:\n"
        "[Strofa]\nUn anno insieme tra banchi e risate\nLe lavagne piene di estate\n[Ritornello]\nCiao scuola, "
        "ci rivediamo a settembre\nCon lo zaino pieno di sempre",
        None,
        "t2a",
        {
            "duration": 150,
            "vocal_language": "it",
            "lyrics": "[Strofa]\nUn anno insieme tra banchi e risate\nLe "
            "lavagne piene di estate\n[Ritornello]\nCiao scuola, ci rivediamo a settembre\nCon lo zaino pieno di "
            "sempre",
        },
    ),
    (
        "it",
        "Il cliente dice che dal 2:05 al 2:20 il sax è troppo invadente, rigenera solo quel pezzo",
        240,
        "audio_inpaint",
        _win(125, 140),
    ),
    ("it", "rifai i secondi da 3 a 7, c'è un attacco sporco", 40, "audio_inpaint", _win(3, 7)),
    (
        "it",
        "Esportalo in mp3 a 256 kbps per il cliente",
        120,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256},
    ),
    (
        "it",
        "Mi serve in loop perfetto per il livello del gioco, e in ogg",
        48,
        "process_track",
        {"loop": True, "output_format": "ogg"},
    ),
    (
        "it",
        "taglia gli ultimi 4 secondi e metti una dissolvenza in uscita di 3",
        150,
        "process_track",
        {"trim_end_s": 4, "fade_out_s": 3},
    ),
    ("it", "aggiungi 15 secondi alla fine, il video del matrimonio è più lungo", 180, "audio_outpaint", _out(0, 15)),
    ("it", "portalo a 3 minuti, adesso è di 2:40", 160, "audio_outpaint", _out(0, 20)),
    ("it", "alza la tonalità di un semitono, la cantante non ci arriva", 130, "ask", {}),
    ("it", "togli la voce, mi serve solo la base per la serata", 200, "ask", {}),
    # ---- ja ----
    (
        "ja",
        "企業VPの編集中です（16:9、尺は1分）。明るいピアノ中心のBGMで、ボーカルなし、テンポは110bpmくらいでお願いします",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    (
        "ja",
        "今開いてる曲とは別に、ゲーム実況のOP用で8bitっぽいチップチューンを20秒で。3パターンください",
        90,
        "t2a",
        {"duration": 20, "takes": 3},
    ),
    (
        "ja",
        "クライアントから「0:30〜0:42のストリングスが浮いてる」と言われました。そこだけ作り直してください",
        120,
        "audio_inpaint",
        _win(30, 42),
    ),
    ("ja", "1分05秒から1分15秒までを再生成して。ノイズが乗ってる", 90, "audio_inpaint", _win(65, 75)),
    (
        "ja",
        "WAVで書き出し、ラウドネスは-24 LUFSでお願いします（放送用）",
        1200,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -24},
    ),
    ("ja", "ゲームのBGMなのでシームレスにループさせたい", 75, "process_track", {"loop": True}),
    (
        "ja",
        "頭の無音2秒をカットして、最後に5秒フェードアウト",
        150,
        "process_track",
        {"trim_start_s": 2, "fade_out_s": 5},
    ),
    ("ja", "動画が2分半なので、あと30秒後ろに足して", 120, "audio_outpaint", _out(0, 30)),
    ("ja", "最初に4秒のイントロを付けてください", 60, "audio_outpaint", _out(4, 0)),
    ("ja", "サビをもうちょっと盛り上げて", 200, "ask", {}),
    ("ja", "これをm4aで納品したいです", 90, "ask", {}),
    # ---- ko ----
    (
        "ko",
        "유튜브 브이로그 편집 중인데 16:9, 컷 길이 2분 10초예요. 보컬 없는 잔잔한 BGM 부탁해요, 85bpm 정도",
        None,
        "t2a",
        {"duration": 130, "lyrics": INST},
    ),
    (
        "ko",
        "결혼식 입장곡으로 한국어 가사 있는 3분짜리 발라드 만들어줘",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "ko"},
    ),
    (
        "ko",
        "클라이언트 피드백: 0:50~1:05 드럼이 너무 튀어요. 그 구간만 다시 만들어 주세요",
        150,
        "audio_inpaint",
        _win(50, 65),
    ),
    ("ko", "게임 루프 17초부터 21초까지 다시 생성해줘, 클릭 노이즈 있음", 40, "audio_inpaint", _win(17, 21)),
    (
        "ko",
        "mp3 320으로 뽑아주세요, 라우드니스는 -14 LUFS로",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14},
    ),
    (
        "ko",
        "광고가 15초라서 끝을 5초 잘라주시고 페이드아웃 2초 넣어주세요",
        20,
        "process_track",
        {"trim_end_s": 5, "fade_out_s": 2},
    ),
    ("ko", "영상이 3분인데 음악은 2분 20초라서 뒤에 40초 늘려줘", 140, "audio_outpaint", _out(0, 40)),
    ("ko", "앞에 인트로 6초 추가", 30, "audio_outpaint", _out(6, 0)),
    ("ko", "앞에 5초, 뒤에 10초 늘려줘요. 방송 대기화면용", 120, "audio_outpaint", _out(5, 10)),
    ("ko", "이거 좀 더 느리게 해서 다시 줘", 180, "ask", {}),
    ("ko", "스템 파일로 나눠서 주실 수 있나요? 믹싱 엔지니어가 요청했어요", 210, "ask", {}),
    # ---- pt ----
    (
        "pt",
        "Tô editando um vídeo institucional pra 2 clientes, 16:9, corte fechado em 1:15. Preciso de uma trilha "
        "bossa nova instrumental, sem voz",
        None,
        "t2a",
        {"duration": 75, "lyrics": INST, "tags_has": ["bossa"]},
    ),
    (
        "pt",
        "Música pro casamento da minha prima, cantada em português, uns 3 minutos e meio, sertanejo romântico",
        None,
        "t2a",
        {"duration": 210, "vocal_language": "pt", "tags_has": ["sertanejo"]},
    ),
    (
        "pt",
        "O cliente pediu pra refazer de 0:25 a 0:38, disse que o baixo tá embolado",
        90,
        "audio_inpaint",
        _win(25, 38),
    ),
    ("pt", "regera do 1:40 ao 1:52, tem um estalo no loop do jogo", 120, "audio_inpaint", _win(100, 112)),
    (
        "pt",
        "exporta em wav e normaliza em -14 LUFS pro Spotify",
        180,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    (
        "pt",
        "preciso em mp3 160 kbps com fade in de 2 s",
        75,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 160, "fade_in_s": 2},
    ),
    ("pt", "estica o final em 25 segundos, o vídeo é maior", 150, "audio_outpaint", _out(0, 25)),
    ("pt", "coloca uma intro de 10 segundos antes, pro logo entrar", 60, "audio_outpaint", _out(10, 0)),
    ("pt", "deixa com 2 minutos, hoje tem 1:30", 90, "audio_outpaint", _out(0, 30)),
    ("pt", "faz outra parecida com essa pro próximo episódio", 120, "ask", {}),
    ("pt", "corrige aquela parte estranha que o cliente reclamou", 100, "ask", {}),
    # ---- ru ----
    (
        "ru",
        "Монтирую рекламный ролик для автосалона, 9:16, хронометраж 30 секунд. Нужен энергичный трек без "
        "вокала, 140 bpm",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST},
    ),
    (
        "ru",
        "Подкаст про историю, 2 выпуска в неделю - нужна заставка на 15 секунд, виолончель и пианино, дай 2 варианта",
        None,
        "t2a",
        {"duration": 15, "takes": 2},
    ),
    (
        "ru",
        "Заказчик говорит, что с 1:10 до 1:25 гитара фальшивит. Перегенерируй только этот кусок",
        180,
        "audio_inpaint",
        _win(70, 85),
    ),
    ("ru", "переделай с 8 по 14 секунду, там щелчок в точке лупа", 30, "audio_inpaint", _win(8, 14)),
    (
        "ru",
        "Выгрузи выпуск подкаста во FLAC, громкость -16 LUFS",
        3600,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -16},
    ),
    (
        "ru",
        "обрежь последние 5 секунд и сделай затухание в конце на 3 секунды",
        120,
        "process_track",
        {"trim_end_s": 5, "fade_out_s": 3},
    ),
    ("ru", "Ролик идёт 2:45, трек 2:15 - допиши в конце 30 секунд", 135, "audio_outpaint", _out(0, 30)),
    ("ru", "добавь вступление секунд на 7", 80, "audio_outpaint", _out(7, 0)),
    ("ru", "Сделай в ре миноре, а не в до", 150, "ask", {}),
    ("ru", "Экспортируй в opus для телеграма", 90, "ask", {}),
    ("ru", "перегенерируй кусок с 2:10 до 2:30", 120, "ask", {}),
    # ---- zh ----
    (
        "zh",
        "在剪一个企业宣传片，16:9，成片1分半。需要大气的管弦乐配乐，不要人声，BPM大概90",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    (
        "zh",
        "另外再做一首游戏主菜单音乐，chiptune风格，30秒，给我4个版本",
        120,
        "t2a",
        {"duration": 30, "takes": 4, "tags_has": ["chiptune"]},
    ),
    ("zh", "甲方反馈：0:45到0:58的鼓太吵了，只重做这一段", 150, "audio_inpaint", _win(45, 58)),
    ("zh", "把第20秒到第26秒重新生成一下，有爆音", 60, "audio_inpaint", _win(20, 26)),
    (
        "zh",
        "直播用的半小时歌单，导出mp3，320k，响度-14 LUFS",
        1800,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14},
    ),
    ("zh", "开头切掉1.5秒，结尾淡出4秒", 90, "process_track", {"trim_start_s": 1.5, "fade_out_s": 4}),
    ("zh", "视频3分钟，音乐只有2分40秒，后面补20秒", 160, "audio_outpaint", _out(0, 20)),
    ("zh", "前面加个8秒的前奏", 75, "audio_outpaint", _out(8, 0)),
    ("zh", "把人声去掉，做个伴奏版", 210, "ask", {}),
    ("zh", "再来一首差不多的", 120, "ask", {}),
    ("zh", "副歌那段重做一下，客户不满意", 180, "ask", {}),
    # ---- bg ----
    (
        "bg",
        "Правя видео за сватба, 16:9, монтажът е 2:20. Искам инструментална музика с piano и струнни, без вокал",
        None,
        "t2a",
        {"duration": 140, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "bg",
        "Клиентът каза, че от 0:32 до 0:44 барабаните са прекалено силни - генерирай отново само този участък",
        120,
        "audio_inpaint",
        _win(32, 44),
    ),
    (
        "bg",
        "Експортирай като mp3 192 kbps и нормализирай до -14 LUFS",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "loudness_lufs": -14},
    ),
    ("bg", "Добави 15 секунди в края, видеото е по-дълго", 150, "audio_outpaint", _out(0, 15)),
    ("bg", "Искам същото, но в минор", 100, "ask", {}),
    # ---- ca ----
    (
        "ca",
        "Faig un vídeo per a l'escola, 3 grups de 25 alumnes, i necessito una música alegre de 40 segons amb "
        "ukulele, sense veu",
        None,
        "t2a",
        {"duration": 40, "lyrics": INST, "tags_has": ["ukulele"]},
    ),
    ("ca", "Refés del 1:02 al 1:14, el client diu que el piano desafina", 150, "audio_inpaint", _win(62, 74)),
    (
        "ca",
        "Passa-ho a WAV i fes un fade in de 3 segons",
        90,
        "process_track",
        {"output_format": "wav", "fade_in_s": 3},
    ),
    ("ca", "Afegeix una intro de 6 segons al principi", 70, "audio_outpaint", _out(6, 0)),
    ("ca", "Exporta-ho en aac, si us plau", 120, "ask", {}),
    # ---- cs ----
    (
        "cs",
        "Stříhám reklamu pro 3 klienty, formát 1:1, potřebuju podkres na 25 sekund, techno, bez zpěvu, 130 bpm",
        None,
        "t2a",
        {"duration": 25, "lyrics": INST, "tags_has": ["techno"]},
    ),
    ("cs", "Přegeneruj úsek od 2:00 do 2:12, klient si stěžuje na basu", 200, "audio_inpaint", _win(120, 132)),
    ("cs", "Udělej z toho plynulou smyčku do hry", 48, "process_track", {"loop": True}),
    ("cs", "Prodluž to na 3 minuty, teď to má 2:30", 150, "audio_outpaint", _out(0, 30)),
    ("cs", "Přegeneruj úsek 3:40-3:55, tam to drhne", 200, "ask", {}),
    # ---- da ----
    (
        "da",
        "Jeg klipper en podcast-trailer til 2 episoder og mangler 20 sekunders musik, jazz med kontrabas, "
        "giv mig 2 bud",
        None,
        "t2a",
        {"duration": 20, "takes": 2, "tags_has": ["jazz"]},
    ),
    ("da", "de første 6 sekunder lyder forkert, lav dem om", 60, "audio_inpaint", _win(0, 6)),
    (
        "da",
        "Eksportér som FLAC og skær de første 2 sekunder væk",
        110,
        "process_track",
        {"output_format": "flac", "trim_start_s": 2},
    ),
    ("da", "Sæt 10 sekunder på til sidst og 4 sekunder foran", 100, "audio_outpaint", _out(4, 10)),
    ("da", "Kan I levere den som WMA til kundens gamle system?", 200, "ask", {}),
    # ---- el ----
    (
        "el",
        "Κάνω μοντάζ σε διαφημιστικό για ξενοδοχείο, 16:9, διάρκεια 1 λεπτό. Θέλω χαλαρή μουσική με "
        "bouzouki, χωρίς φωνή",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["bouzouki"]},
    ),
    (
        "el",
        "Ο πελάτης είπε ότι από 0:50 έως 1:02 τα τύμπανα είναι πολύ δυνατά, ξαναφτιάξε μόνο αυτό",
        150,
        "audio_inpaint",
        _win(50, 62),
    ),
    (
        "el",
        "Βγάλ' το σε mp3 στα 128 kbps με fade out 5 δευτερόλεπτα",
        90,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 128, "fade_out_s": 5},
    ),
    ("el", "Πρόσθεσε εισαγωγή 8 δευτερολέπτων", 75, "audio_outpaint", _out(8, 0)),
    ("el", "Κάν' το λίγο πιο γρήγορο, 128 bpm αντί για 110", 120, "ask", {}),
    # ---- fa ----
    (
        "fa",
        "دارم یک ویدیوی تبلیغاتی ۱۶:۹ برای یک رستوران تدوین می‌کنم. یک موسیقی بی‌کلام ۴۵ ثانیه‌ای با سنتور می‌خواهم",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST},
    ),
    (
        "fa",
        "مشتری می‌گوید از ۱:۱۰ تا ۱:۲۰ صدای ویولن خراب است، فقط همین بخش را دوباره بساز",
        180,
        "audio_inpaint",
        _win(70, 80),
    ),
    (
        "fa",
        "خروجی wav بده و بلندی را روی -14 LUFS بگذار",
        240,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("fa", "ویدیو ۳ دقیقه است و آهنگ دو دقیقه و نیم؛ ۳۰ ثانیه به آخرش اضافه کن", 150, "audio_outpaint", _out(0, 30)),
    ("fa", "یک نسخه‌ی دیگر شبیه همین بساز", 90, "ask", {}),
    # ---- he ----
    (
        "he",
        "אני עורך סרטון תדמית ללקוח, 16:9, החיתוך נעול על דקה וחצי. צריך מוזיקה אופטימית בלי שירה, בסביבות 120 bpm",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    ("he", "הלקוח אמר שבין 0:40 ל-0:52 הבס מעצבן, תייצר מחדש רק את הקטע הזה", 120, "audio_inpaint", _win(40, 52)),
    (
        "he",
        "תייצא ל-mp3 ב-320 ותעשה פייד אין של 2 שניות",
        100,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "fade_in_s": 2},
    ),
    ("he", "תוסיף 20 שניות בסוף, הסרטון ארוך יותר", 140, "audio_outpaint", _out(0, 20)),
    ("he", "תעשה פייד אאוט ב-5 השניות האחרונות", None, "ask", {}),
    # ---- hu ----
    (
        "hu",
        "Esküvői DJ vagyok, a pár egy 3 perces magyar nyelvű dalt szeretne a nyitótánchoz, lassút, akusztikus gitárral",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "hu"},
    ),
    (
        "hu",
        "Az ügyfél szerint 1:30 és 1:45 között túl hangos a cintányér, csak azt a részt generáld újra",
        240,
        "audio_inpaint",
        _win(90, 105),
    ),
    (
        "hu",
        "Kérlek exportáld ogg-ba, és csinálj belőle zökkenőmentes loopot a játékhoz",
        64,
        "process_track",
        {"output_format": "ogg", "loop": True},
    ),
    ("hu", "Tegyél elé egy 5 másodperces intrót", 50, "audio_outpaint", _out(5, 0)),
    ("hu", "Csináld meg újra a refrént, nem tetszik a kliensnek", 180, "ask", {}),
    # ---- id ----
    (
        "id",
        "Lagi edit video company profile 16:9, durasinya 2 menit. Butuh musik corporate yang semangat, "
        "115 bpm, tanpa vokal",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["corporate"]},
    ),
    (
        "id",
        "Klien minta bagian 0:20 sampai 0:35 diulang, katanya drumnya terlalu ramai",
        90,
        "audio_inpaint",
        _win(20, 35),
    ),
    (
        "id",
        "Tolong export ke mp3 256 kbps, loudness -14 LUFS buat YouTube",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256, "loudness_lufs": -14},
    ),
    ("id", "Podcast-nya 25 menit, tambahin 30 detik musik di akhir ya", 1500, "audio_outpaint", _out(0, 30)),
    ("id", "Tolong export ke mp3 320 dan kasih fade out 5 detik", None, "ask", {}),
    # ---- nl ----
    (
        "nl",
        "Ik monteer een bedrijfsfilm voor 3 klanten, 16:9, de cut is 1:40. Graag rustige ambient zonder zang, "
        "rond de 80 bpm",
        None,
        "t2a",
        {"duration": 100, "lyrics": INST, "tags_has": ["ambient"]},
    ),
    (
        "nl",
        "Van 0:55 tot 1:08 klinkt de gitaar vals volgens de klant, kun je alleen dat stuk opnieuw maken?",
        130,
        "audio_inpaint",
        _win(55, 68),
    ),
    (
        "nl",
        "Exporteer als WAV (het project staat op 48 kHz) en knip de laatste 3 seconden eraf",
        95,
        "process_track",
        {"output_format": "wav", "trim_end_s": 3},
    ),
    ("nl", "Maak er 2 minuten van, nu is het 1:30", 90, "audio_outpaint", _out(0, 30)),
    ("nl", "Kan het in een andere toonsoort? Liefst G", 150, "ask", {}),
    # ---- pl ----
    (
        "pl",
        "Montuję reklamę dla sieci kawiarni, format 9:16, 15 sekund. Potrzebuję lekkiego jazzu z pianinem, "
        "bez wokalu, daj 3 wersje",
        None,
        "t2a",
        {"duration": 15, "lyrics": INST, "takes": 3},
    ),
    (
        "pl",
        "Klient mówi, że od 1:15 do 1:28 wokal jest za głośny - wygeneruj ponownie tylko ten fragment",
        200,
        "audio_inpaint",
        _win(75, 88),
    ),
    (
        "pl",
        "Wyeksportuj do FLAC i dodaj wyciszenie na końcu, 6 sekund",
        150,
        "process_track",
        {"output_format": "flac", "fade_out_s": 6},
    ),
    ("pl", "Dodaj 12 sekund intro i 8 sekund na końcu", 120, "audio_outpaint", _out(12, 8)),
    ("pl", "Zrób drugą wersję, ale wolniejszą", 110, "ask", {}),
    # ---- ro ----
    (
        "ro",
        "Editez un vlog de călătorie, 16:9, tăietura are 2:50. Vreau muzică instrumentală chill cu guitar, fără voce",
        None,
        "t2a",
        {"duration": 170, "lyrics": INST, "tags_has": ["chill"]},
    ),
    (
        "ro",
        "Clientul zice că între 0:30 și 0:40 e un pocnet, regenerează doar bucata aia",
        75,
        "audio_inpaint",
        _win(30, 40),
    ),
    (
        "ro",
        "Exportă mp3 la 320 kbps și normalizează la -16 LUFS",
        210,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -16},
    ),
    ("ro", "Adaugă un intro de 10 secunde", 60, "audio_outpaint", _out(10, 0)),
    ("ro", "Fă-o mai lungă", 120, "ask", {}),
    # ---- sv ----
    (
        "sv",
        "Jag klipper en podd, 2 avsnitt i veckan, och behöver en jingel på 10 sekunder med synth och trummor",
        None,
        "t2a",
        {"duration": 10, "tags_has": ["synth"]},
    ),
    ("sv", "Kunden tycker att 1:05-1:20 låter grumligt, gör om just den biten", 160, "audio_inpaint", _win(65, 80)),
    ("sv", "Gör den loopbar utan skarvar till spelets meny", 24, "process_track", {"loop": True}),
    ("sv", "Förläng slutet med 15 sekunder", 120, "audio_outpaint", _out(0, 15)),
    ("sv", "Exportera som m4a tack", 90, "ask", {}),
    # ---- tr ----
    (
        "tr",
        "Bir otel için tanıtım videosu kurguluyorum, 16:9, süre 1 dakika 20 saniye. Sözsüz, hafif bir lounge "
        "müziği istiyorum, 100 bpm civarı",
        None,
        "t2a",
        {"duration": 80, "lyrics": INST, "tags_has": ["lounge"]},
    ),
    (
        "tr",
        "Müşteri 0:45 ile 0:58 arasında davulun fazla olduğunu söyledi, sadece o kısmı yeniden üret",
        140,
        "audio_inpaint",
        _win(45, 58),
    ),
    (
        "tr",
        "WAV olarak ver, sonuna 4 saniye fade out ekle",
        100,
        "process_track",
        {"output_format": "wav", "fade_out_s": 4},
    ),
    ("tr", "Video 3 dakika, müzik 2:30; sonuna 30 saniye ekle", 150, "audio_outpaint", _out(0, 30)),
    ("tr", "Nakaratı değiştir, müşteri beğenmedi", 180, "ask", {}),
    # ---- uk ----
    (
        "uk",
        "Монтую рекламу для кав'ярні, 9:16, 20 секунд. Потрібен легкий інді-поп з гітарою, без вокалу",
        None,
        "t2a",
        {"duration": 20, "lyrics": INST},
    ),
    (
        "uk",
        "Замовник каже, що з 1:20 до 1:32 бас гуде, перегенеруй лише цей шматок",
        180,
        "audio_inpaint",
        _win(80, 92),
    ),
    (
        "uk",
        "Експортуй у mp3 192 kbps, гучність -14 LUFS",
        120,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "loudness_lufs": -14},
    ),
    ("uk", "Додай 8 секунд вступу", 90, "audio_outpaint", _out(8, 0)),
    ("uk", "Зроби в іншій тональності, на тон вище", 140, "ask", {}),
    # ---- vi ----
    (
        "vi",
        "Mình đang dựng video quảng cáo cho 3 khách hàng, khung 16:9, dài 45 giây. Cần nhạc nền acoustic vui "
        "tươi, không lời",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST, "tags_has": ["acoustic"]},
    ),
    (
        "vi",
        "Khách bảo đoạn từ 0:35 đến 0:47 trống hơi to, làm lại đúng đoạn đó thôi",
        120,
        "audio_inpaint",
        _win(35, 47),
    ),
    (
        "vi",
        "Xuất file wav, chuẩn -14 LUFS giúp mình",
        200,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("vi", "Kéo dài thêm 20 giây ở cuối", 100, "audio_outpaint", _out(0, 20)),
    ("vi", "Cho mình bản y chang vậy nhưng chậm hơn chút", 210, "ask", {}),
    # ---- az ----
    (
        "az",
        "Müştəri deyir ki, 0:25-dən 0:40-a qədər baraban çox səs-küylüdür, yalnız o hissəni yenidən yarat",
        120,
        "audio_inpaint",
        _win(25, 40),
    ),
    (
        "az",
        "Podkast epizodunu mp3 128 kbps ilə ixrac et, səs -16 LUFS olsun",
        2700,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 128, "loudness_lufs": -16},
    ),
    ("az", "Sonuna 20 saniyə əlavə et, video daha uzundur", 160, "audio_outpaint", _out(0, 20)),
    ("az", "Nəqarət hissəsini yenidən düzəlt", 180, "ask", {}),
    # ---- bn ----
    ("bn", "ক্লায়েন্ট বলছে ১:০৫ থেকে ১:১৫ পর্যন্ত গিটারটা বেসুরো, শুধু ওই অংশটা আবার বানাও", 150, "audio_inpaint", _win(65, 75)),
    (
        "bn",
        "শেষে ৫ সেকেন্ডের fade out দাও আর wav এ এক্সপোর্ট করো",
        90,
        "process_track",
        {"fade_out_s": 5, "output_format": "wav"},
    ),
    ("bn", "শুরুতে ১০ সেকেন্ডের একটা intro যোগ করো", 60, "audio_outpaint", _out(10, 0)),
    ("bn", "৪:৩০ থেকে ৪:৪৫ অংশটা আবার বানাও", 180, "ask", {}),
    # ---- fi ----
    (
        "fi",
        "Asiakas valittaa, että 2:10-2:25 bassorumpu särisee. Generoi vain se kohta uudelleen",
        240,
        "audio_inpaint",
        _win(130, 145),
    ),
    (
        "fi",
        "Tee tästä saumaton luuppi pelin valikkoon ja vie ogg-muodossa",
        32,
        "process_track",
        {"loop": True, "output_format": "ogg"},
    ),
    ("fi", "Pidennä loppua 40 sekuntia, video on pidempi", 200, "audio_outpaint", _out(0, 40)),
    ("fi", "Häivytä loppu 6 sekunnissa", None, "ask", {}),
    # ---- hr ----
    (
        "hr",
        "Klijent kaže da od 0:12 do 0:20 klikće u petlji, napravi samo taj dio ponovo",
        30,
        "audio_inpaint",
        _win(12, 20),
    ),
    (
        "hr",
        "Izvezi u mp3 320 kbps i odreži prve 2 sekunde tišine",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "trim_start_s": 2},
    ),
    ("hr", "Dodaj intro od 6 sekundi", 80, "audio_outpaint", _out(6, 0)),
    ("hr", "Vrati na prethodnu verziju, ova je gora", 120, "ask", {}),
    # ---- ht ----
    ("ht", "Kliyan an di pati ant 0:30 ak 0:45 la twò fò, refè sèlman pati sa a", 120, "audio_inpaint", _win(30, 45)),
    (
        "ht",
        "Ekspòte l an wav epi mete yon fade out 4 segonn",
        90,
        "process_track",
        {"output_format": "wav", "fade_out_s": 4},
    ),
    ("ht", "Ajoute 15 segonn nan fen an, videyo a pi long", 150, "audio_outpaint", _out(0, 15)),
    ("ht", "Mete yon fade out 5 segonn nan fen mizik la", None, "ask", {}),
    # ---- is ----
    (
        "is",
        "Ég er að klippa kynningarmyndband fyrir 2 viðskiptavini, 16:9, klippan er 1 mínúta. Vantar rólega "
        "píanótónlist án söngs",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    (
        "is",
        "Flyttu út sem FLAC, -23 LUFS fyrir sjónvarp",
        600,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -23},
    ),
    ("is", "Bættu 10 sekúndum við endann", 110, "audio_outpaint", _out(0, 10)),
    ("is", "Gerðu annað lag eins og þetta", 90, "ask", {}),
    # ---- la ----
    (
        "la",
        "Magister sum; musicam sine voce pro discipulis meis volo, minutum unum, cum cithara et tibia",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    (
        "la",
        "Exporta hoc in forma mp3, et in fine per quinque secundas evanescat",
        120,
        "process_track",
        {"output_format": "mp3", "fade_out_s": 5},
    ),
    ("la", "Adde decem secundas in principio", 60, "audio_outpaint", _out(10, 0)),
    ("la", "Muta clavem in D minorem", 150, "ask", {}),
    # ---- lt ----
    (
        "lt",
        "Montuoju reklamą 3 klientams, formatas 9:16, trukmė 30 sekundžių. Reikia energingos elektroninės "
        "muzikos be vokalo, 128 bpm, 2 variantai",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST, "takes": 2},
    ),
    (
        "lt",
        "Eksportuok į wav ir normalizuok iki -14 LUFS",
        180,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("lt", "Pratęsk pabaigą 25 sekundėmis", 150, "audio_outpaint", _out(0, 25)),
    ("lt", "Perdaryk tą blogą vietą viduryje", 120, "ask", {}),
    # ---- ms ----
    (
        "ms",
        "Saya sedang sunting video korporat 16:9, potongan akhir 1 minit 45 saat. Perlukan muzik santai dengan "
        "gitar akustik, tanpa vokal",
        None,
        "t2a",
        {"duration": 105, "lyrics": INST},
    ),
    (
        "ms",
        "Eksport dalam mp3 192 kbps, fade in 2 saat",
        100,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "fade_in_s": 2},
    ),
    ("ms", "Tambah intro 8 saat di depan dan 12 saat di hujung", 90, "audio_outpaint", _out(8, 12)),
    ("ms", "Boleh export dalam format opus?", 120, "ask", {}),
    # ---- ne ----
    (
        "ne",
        "म एउटा विवाहको भिडियो सम्पादन गर्दैछु, १६:९, लगभग २ मिनेट। बिना भोकलको मधुर बाँसुरी संगीत चाहियो",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("ne", "अन्तिममा ६ सेकेन्डको fade out हाल्नुहोस्", 150, "process_track", {"fade_out_s": 6}),
    ("ne", "सुरुमा ५ सेकेन्डको intro थप्नुहोस्", 70, "audio_outpaint", _out(5, 0)),
    ("ne", "यसको गति अलि ढिलो बनाइदिनुहोस्", 130, "ask", {}),
    # ---- no ----
    (
        "no",
        "Jeg klipper en reklamefilm for et hotell, 16:9, kuttet er 50 sekunder. Trenger rolig musikk med fele, "
        "uten vokal",
        None,
        "t2a",
        {"duration": 50, "lyrics": INST},
    ),
    (
        "no",
        "Kunden sier at fra 0:18 til 0:27 er trommene for harde, lag bare den biten på nytt",
        90,
        "audio_inpaint",
        _win(18, 27),
    ),
    ("no", "Forleng slutten med 30 sekunder", 150, "audio_outpaint", _out(0, 30)),
    ("no", "Lag en intro på 10 sekunder foran musikken", None, "ask", {}),
    # ---- pa ----
    (
        "pa",
        "ਮੈਂ ਵਿਆਹ ਦੀ ਵੀਡੀਓ ਐਡਿਟ ਕਰ ਰਿਹਾ ਹਾਂ, 16:9, ਤਕਰੀਬਨ 3 ਮਿੰਟ। bhangra ਵਾਲਾ ਗੀਤ ਪੰਜਾਬੀ ਵਿੱਚ ਚਾਹੀਦਾ",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "pa", "tags_has": ["bhangra"]},
    ),
    ("pa", "ਕਲਾਇੰਟ ਕਹਿੰਦਾ 1:00 ਤੋਂ 1:12 ਤੱਕ ਢੋਲ ਬਹੁਤ ਉੱਚਾ ਹੈ, ਸਿਰਫ਼ ਓਹੀ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾਓ", 150, "audio_inpaint", _win(60, 72)),
    ("pa", "ਸ਼ੁਰੂ ਵਿੱਚ 8 ਸਕਿੰਟ ਦਾ intro ਜੋੜੋ", 100, "audio_outpaint", _out(8, 0)),
    ("pa", "ਇਸ ਨੂੰ m4a ਵਿੱਚ ਭੇਜ ਦਿਓ", 120, "ask", {}),
    # ---- sa ----
    (
        "sa",
        "अहं शिक्षकः अस्मि। छात्राणां कृते गायनं विना वाद्यसङ्गीतम् इच्छामि, एकनिमेषदीर्घम् (६० सेकण्ड), वीणया सह",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    ("sa", "ध्वनेः ०:२० तः ०:३० पर्यन्तं भागं पुनः रचय", 90, "audio_inpaint", _win(20, 30)),
    ("sa", "अन्ते दश सेकण्डान् योजय", 120, "audio_outpaint", _out(0, 10)),
    ("sa", "पूर्वसंस्करणं पुनः आनय, इदं न रोचते", 150, "ask", {}),
    # ---- sk ----
    (
        "sk",
        "Strihám svadobné video, 16:9, strih má 2:30. Chcem pomalú inštrumentálnu hudbu s klavírom, 70 bpm, "
        "daj mi 2 verzie",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST, "takes": 2},
    ),
    ("sk", "Klient hovorí, že od 0:40 do 0:52 tam praská, pregeneruj len ten úsek", 120, "audio_inpaint", _win(40, 52)),
    ("sk", "Predĺž to na 3 minúty, teraz to má 2:40", 160, "audio_outpaint", _out(0, 20)),
    ("sk", "Uprav refrén, klientovi sa nepáči", 180, "ask", {}),
    # ---- sr ----
    (
        "sr",
        "Монтирам рекламу за 2 клијента, 16:9, 40 секунди. Треба ми енергична музика без вокала, house, 124 bpm",
        None,
        "t2a",
        {"duration": 40, "lyrics": INST, "tags_has": ["house"]},
    ),
    ("sr", "Од 1:10 до 1:22 бас звучи мутно, генериши поново само тај део", 180, "audio_inpaint", _win(70, 82)),
    (
        "sr",
        "Извези у mp3 320 kbps, -14 LUFS",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14},
    ),
    ("sr", "Продужи крај за 20 секунди", None, "ask", {}),
    # ---- sw ----
    (
        "sw",
        "Ninahariri video ya harusi, 16:9, dakika 2. Nataka muziki wa taarab bila sauti ya kuimba",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["taarab"]},
    ),
    (
        "sw",
        "Mteja anasema kutoka 0:50 hadi 1:00 ngoma ziko juu sana, tengeneza upya sehemu hiyo tu",
        150,
        "audio_inpaint",
        _win(50, 60),
    ),
    (
        "sw",
        "Hamisha kama wav na uweke fade out ya sekunde 5",
        100,
        "process_track",
        {"output_format": "wav", "fade_out_s": 5},
    ),
    ("sw", "Nipe toleo jingine linalofanana na hili", 120, "ask", {}),
    # ---- ta ----
    (
        "ta",
        "கார்ப்பரேட் வீடியோ எடிட் பண்றேன், 16:9, 1 நிமிடம் 30 வினாடி. வோக்கல் இல்லாத மென்மையான veena இசை வேண்டும்",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["veena"]},
    ),
    (
        "ta",
        "கிளையன்ட் சொல்றாரு 0:35 முதல் 0:45 வரை டிரம்ஸ் அதிகம், அந்த பகுதியை மட்டும் மீண்டும் உருவாக்கு",
        120,
        "audio_inpaint",
        _win(35, 45),
    ),
    ("ta", "mp3 ஆக 256 kbps-ல் export பண்ணு", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("ta", "பாட்டோட tempo-வை 100 bpm-க்கு குறைச்சு கொடு", 180, "ask", {}),
    # ---- te ----
    (
        "te",
        "పెళ్లి వీడియో ఎడిట్ చేస్తున్నా, 16:9, దాదాపు 3 నిమిషాలు. తెలుగులో ఒక మెలోడీ పాట కావాలి",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "te"},
    ),
    ("te", "క్లయింట్ 1:15 నుండి 1:25 వరకు ఫ్లూట్ బాగోలేదు అన్నాడు, ఆ భాగం మాత్రమే మళ్ళీ చేయి", 150, "audio_inpaint", _win(75, 85)),
    (
        "te",
        "wav గా export చేసి -14 LUFS కి normalize చేయి",
        200,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("te", "ఈ పాటలో వాయిస్ తీసేసి karaoke చేయి", 210, "ask", {}),
    # ---- th ----
    (
        "th",
        "กำลังตัดวิดีโอโฆษณาร้านกาแฟ 16:9 ยาว 30 วินาที อยากได้เพลงบรรเลงสบายๆ ไม่มีเสียงร้อง แนว lofi ขอ 3 แบบ",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST, "takes": 3, "tags_has": ["lofi"]},
    ),
    ("th", "ลูกค้าบอกว่าช่วง 0:20 ถึง 0:28 กลองดังเกินไป ทำใหม่เฉพาะช่วงนั้น", 60, "audio_inpaint", _win(20, 28)),
    (
        "th",
        "export เป็น mp3 320 แล้ว fade out ท้าย 4 วินาที",
        120,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "fade_out_s": 4},
    ),
    ("th", "เพิ่มท้ายเพลงอีก 30 วินาที", 90, "audio_outpaint", _out(0, 30)),
    # ---- tl ----
    (
        "tl",
        "Nag-eedit ako ng wedding video, 16:9, mga 2 minuto. Kailangan ko ng kanta sa Tagalog, acoustic guitar lang",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "tl", "tags_has": ["acoustic"]},
    ),
    (
        "tl",
        "Sabi ng client, yung 0:40 hanggang 0:50 may pumutok na tunog, ulitin mo lang yung part na yun",
        120,
        "audio_inpaint",
        _win(40, 50),
    ),
    (
        "tl",
        "I-export mo as wav tapos lagyan ng 3 segundong fade in",
        90,
        "process_track",
        {"output_format": "wav", "fade_in_s": 3},
    ),
    ("tl", "Dagdagan mo ng 15 segundo sa dulo", 100, "audio_outpaint", _out(0, 15)),
    # ---- ur ----
    (
        "ur",
        "میں ایک کارپوریٹ ویڈیو ایڈٹ کر رہا ہوں، 16:9، ڈیڑھ منٹ کی۔ بغیر آواز کے ہلکی piano موسیقی چاہیے",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "ur",
        "کلائنٹ کہتا ہے 0:30 سے 0:42 تک ڈرم بہت اونچا ہے، صرف وہی حصہ دوبارہ بناؤ",
        120,
        "audio_inpaint",
        _win(30, 42),
    ),
    (
        "ur",
        "mp3 میں 192 kbps پر export کرو اور -14 LUFS رکھو",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "loudness_lufs": -14},
    ),
    ("ur", "شروع میں 6 سیکنڈ کا intro لگا دو", 80, "audio_outpaint", _out(6, 0)),
    # ---- yue ----
    (
        "yue",
        "幫手整段廣告配樂，16:9，片長45秒，要輕快嘅funk，唔要人聲",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST, "tags_has": ["funk"]},
    ),
    ("yue", "客話0:15到0:25啲鼓太大聲，淨係重整嗰段得唔得", 60, "audio_inpaint", _win(15, 25)),
    ("yue", "出wav，頭尾各fade 2秒", 90, "process_track", {"output_format": "wav", "fade_in_s": 2, "fade_out_s": 2}),
    ("yue", "後面再加20秒，條片長啲", 120, "audio_outpaint", _out(0, 20)),
]
