"""Blind held-out router set 78. Theme: "an even mix, 20".

Everyday requests of all five intents, as people really type them to a chat agent,
across all 50 languages: varied phrasing, register, typos, code-switching, times and
lengths in digits, number words, "1:05" and ranges; some with lyrics in the message.

Counts: 300 rows; 11 in each BIG12 language, 4 or 5 in each of the 38 others.
Intents: t2a 90, audio_inpaint 62, audio_outpaint 43, process_track 62, ask 43.

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


_EN_LYR = (
    "[Verse]\n"
    "Dust on my boots and a long way home\n"
    "Radio playing an old sad song\n"
    "[Chorus]\n"
    "Take me back where the rivers run\n"
    "Back to the porch and the setting sun"
)
_DE_LYR = "Wir tanzen bis der Morgen kommt, die Stadt gehört uns heut Nacht"
_ES_LYR = "Te busqué en cada esquina\nen cada calle sin final\ny aunque el tiempo me lastima\nno te dejo de esperar"
_FR_LYR = (
    "[Couplet]\n"
    "La pluie tombe sur Paris ce soir\n"
    "Je garde ton nom dans ma mémoire\n"
    "[Refrain]\n"
    "Reviens, reviens, avant le jour\n"
    "Reviens me parler d'amour"
)
_HI_LYR = "हे प्रभु तेरी शरण में आया\nमन का दीपक तूने जलाया\nहर पल तेरा नाम मैं गाऊँ"
_IT_LYR = "Sole di settembre, resta ancora un po'"
_JA_LYR = "[Verse]\n夜明けの駅で君を待つ\n冷たい風が頬をなでる\n[Chorus]\nもう一度だけ 笑ってほしい"
_PT_LYR = (
    "Meu coração ficou na estrada\nNa poeira da tua partida\nVolta, morena, minha amada\nQue sem você não tem saída"
)
_RU_LYR = "Белый снег ложится тихо,\nгород спит, и мне не спится"
_ZH_LYR = "[主歌]\n风吹过老街的屋檐\n你的笑还在我眼前\n[副歌]\n走吧走吧 别回头看"
_AR_LYR = "يا ليل طوّل شوية\nخلّي القمر يسهر معايا\nوالنجوم تحكي حكاية"
_BG_LYR = "[Куплет]\nВечер е и пак съм сам\nгледам светлините на града\n[Припев]\nОстани, остани до мен"
_CS_LYR = "Praha spí a já jdu sám, po mostě k tvým oknům"
_FI_LYR = "Kesäyö ja järven ranta\nsinun kätesi minun kädessä\nälä koskaan päästä irti"
_ID_LYR = "Aku masih di sini\nMenunggu kau kembali\nWalau hujan tak henti"
_PL_LYR = (
    "[Zwrotka]\nZnowu pada deszcz na Mokotów\nI nie mam już nic do stracenia\n[Refren]\nKrzyczę w noc, krzyczę w noc"
)
_SV_LYR = "Midsommarnatt och ljuset dröjer kvar"
_UK_LYR = "Червона калина над тихим Дніпром\nМи знову зустрінемось разом з теплом"

R78: list[tuple[Any, ...]] = [
    # ---------------- en ----------------
    (
        "en",
        "need a chill lofi beat for studying, like 2 min, no vocals",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "en",
        "can you make a country song with these lyrics\n\n" + _EN_LYR,
        None,
        "t2a",
        {"lyrics": _EN_LYR, "tags_has": ["country"], "vocal_language": "en"},
    ),
    (
        "en",
        "give me 3 takes of an upbeat synthwave track, 90 seconds each",
        None,
        "t2a",
        {"duration": 90, "takes": 3, "tags_has": ["synthwave"]},
    ),
    ("en", "the part from 1:05 to 1:20 sounds off, redo it", 180, "audio_inpaint", _win(65, 80)),
    ("en", "regenrate the last 15 secs pls", 200, "audio_inpaint", _win(185, 200)),
    ("en", "add like half a minute to the end", 120, "audio_outpaint", _out(0, 30)),
    ("en", "make it 3 minutes long", 150, "audio_outpaint", _out(0, 30)),
    ("en", "export as flac pls", 95, "process_track", {"output_format": "flac"}),
    (
        "en",
        "fade out over the last 6 seconds and make it -14 LUFS for spotify",
        160,
        "process_track",
        {"fade_out_s": 6, "loudness_lufs": -14},
    ),
    ("en", "transpose it up a whole step", 140, "ask", {}),
    ("en", "redo the bridge, it's boring", 170, "ask", {}),
    # ---------------- de ----------------
    (
        "de",
        "Mach mir bitte ein ruhiges Klavierstück, so anderthalb Minuten, ohne Gesang und ohne Schlagzeug",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["piano"], "tags_lacks": ["drums"]},
    ),
    (
        "de",
        "schreib n punk song auf deutsch über meinen nervigen nachbarn",
        None,
        "t2a",
        {"tags_has": ["punk"], "vocal_language": "de"},
    ),
    (
        "de",
        "Neuer Song bitte, hat nix mit dem aktuellen zu tun: „" + _DE_LYR + "“ – 3 Minuten lang",
        120,
        "t2a",
        {"duration": 180, "lyrics": _DE_LYR, "vocal_language": "de"},
    ),
    (
        "de",
        "Zwischen Sekunde 40 und 55 ist ein komischer Knackser, kannst du den Teil neu generieren?",
        150,
        "audio_inpaint",
        _win(40, 55),
    ),
    (
        "de",
        "die ersten zwanzig Sekunden gefallen mir nicht, bitte neu machen",
        130,
        "audio_inpaint",
        _win(0, 20),
    ),
    ("de", "Häng hinten noch 45 sek dran", 100, "audio_outpaint", _out(0, 45)),
    (
        "de",
        "Kannst du vorne ein Intro von 10 Sekunden ergänzen und hinten nochmal 20?",
        90,
        "audio_outpaint",
        _out(10, 20),
    ),
    (
        "de",
        "Bitte als MP3 mit 320 kbps exportieren",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    (
        "de",
        "Schneid die ersten 3 Sekunden Stille weg und mach hinten n Fade-Out von 5 Sekunden",
        125,
        "process_track",
        {"trim_start_s": 3, "fade_out_s": 5},
    ),
    ("de", "Kannst du den Gesang vom Beat trennen? Brauch die Vocals einzeln", 200, "ask", {}),
    ("de", "Mach den Refrain nochmal neu", None, "ask", {}),
    # ---------------- es ----------------
    (
        "es",
        "hazme una cumbia alegre de dos minutos y medio para la fiesta de mi abuela",
        None,
        "t2a",
        {"duration": 150, "tags_has": ["cumbia"]},
    ),
    (
        "es",
        "Quiero una balada con esta letra:\n\n" + _ES_LYR,
        None,
        "t2a",
        {"lyrics": _ES_LYR, "vocal_language": "es"},
    ),
    (
        "es",
        "otra cosa, necesito musica de fondo para un video de youtube, instrumental tipo jazz, 45 segundos",
        60,
        "t2a",
        {"duration": 45, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    ("es", "rehaz del segundo 30 al 50 porfa", 120, "audio_inpaint", _win(30, 50)),
    (
        "es",
        "los últimos diez segundos suenan raros, ¿los puedes regenerar?",
        90,
        "audio_inpaint",
        _win(80, 90),
    ),
    ("es", "alárgala hasta los 4 minutos", 180, "audio_outpaint", _out(0, 60)),
    ("es", "ponle una intro de 8 segundos al principio", 140, "audio_outpaint", _out(8, 0)),
    ("es", "pásamela en wav", 75, "process_track", {"output_format": "wav"}),
    (
        "es",
        "quiero que se pueda repetir en bucle sin que se note el corte, es para un juego",
        60,
        "process_track",
        {"loop": True},
    ),
    ("es", "súbele el tempo a 128 bpm", 150, "ask", {}),
    (
        "es",
        "hazme tres canciones distintas, cada una de un estilo diferente",
        None,
        "ask",
        {},
    ),
    # ---------------- fr ----------------
    (
        "fr",
        "Tu peux me faire un morceau d'accordéon façon musette, genre une minute ?",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["accordion"]},
    ),
    (
        "fr",
        "une chanson rap en français sur la vie à Marseille, 2 versions stp",
        None,
        "t2a",
        {"takes": 2, "vocal_language": "fr", "tags_has": ["rap"]},
    ),
    (
        "fr",
        "Fais une chanson pop avec ces paroles :\n" + _FR_LYR,
        None,
        "t2a",
        {"lyrics": _FR_LYR, "vocal_language": "fr", "tags_has": ["pop"]},
    ),
    (
        "fr",
        "refais le passage entre 1:10 et 1:25, la voix déraille",
        200,
        "audio_inpaint",
        _win(70, 85),
    ),
    (
        "fr",
        "Pourriez-vous régénérer les 12 premières secondes ?",
        100,
        "audio_inpaint",
        _win(0, 12),
    ),
    ("fr", "rallonge-la de trente secondes à la fin", 150, "audio_outpaint", _out(0, 30)),
    (
        "fr",
        "ajoute 15 s avant le début et 15 s après la fin",
        120,
        "audio_outpaint",
        _out(15, 15),
    ),
    (
        "fr",
        "normalise à -16 LUFS et exporte en ogg",
        180,
        "process_track",
        {"loudness_lufs": -16, "output_format": "ogg"},
    ),
    ("fr", "coupe les 4 dernières secondes", 130, "process_track", {"trim_end_s": 4}),
    ("fr", "Mixe ma voix que je vais t'envoyer avec cette instru", 150, "ask", {}),
    ("fr", "change la tonalité en la mineur", 90, "ask", {}),
    # ---------------- hi ----------------
    (
        "hi",
        "मुझे एक रोमांटिक हिंदी गाना चाहिए, लगभग 3 मिनट का",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "hi"},
    ),
    (
        "hi",
        "bhai ek lofi beat bana do, no vocals, 1 minute ka",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    (
        "hi",
        "इन बोल पर एक भजन बना दो:\n" + _HI_LYR,
        None,
        "t2a",
        {"lyrics": _HI_LYR, "vocal_language": "hi"},
    ),
    ("hi", "0:45 से 1:00 तक का हिस्सा दोबारा बनाओ", 150, "audio_inpaint", _win(45, 60)),
    (
        "hi",
        "aakhri 20 second thik nahi lag rahe, unhe regenerate karo",
        120,
        "audio_inpaint",
        _win(100, 120),
    ),
    ("hi", "गाने को दो मिनट का कर दो", 90, "audio_outpaint", _out(0, 30)),
    ("hi", "शुरुआत में 10 सेकंड का इंट्रो जोड़ दो", 100, "audio_outpaint", _out(10, 0)),
    ("hi", "इसे mp3 में export कर दो", 120, "process_track", {"output_format": "mp3"}),
    (
        "hi",
        "शुरू में 5 सेकंड का fade in और अंत में 5 सेकंड का fade out लगा दो",
        140,
        "process_track",
        {"fade_in_s": 5, "fade_out_s": 5},
    ),
    ("hi", "इस गाने से vocals अलग कर दो", 180, "ask", {}),
    ("hi", "chorus wala part dubara banao", 160, "ask", {}),
    # ---------------- it ----------------
    (
        "it",
        "Fammi una tarantella per un matrimonio, un minuto e mezzo",
        None,
        "t2a",
        {"duration": 90},
    ),
    (
        "it",
        "vorrei un pezzo di chitarra acustica rilassante, senza voce, tipo 40 secondi",
        None,
        "t2a",
        {"duration": 40, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    (
        "it",
        'Crea una canzone con queste parole: "' + _IT_LYR + '" stile pop anni 80',
        None,
        "t2a",
        {"lyrics": _IT_LYR, "vocal_language": "it", "tags_has": ["pop"]},
    ),
    ("it", "rifai da 2:00 a 2:15", 180, "audio_inpaint", _win(120, 135)),
    ("it", "gli ultimi 8 secondi hanno un glitch, rigenerali", 95, "audio_inpaint", _win(87, 95)),
    ("it", "allungala di un minuto alla fine", 120, "audio_outpaint", _out(0, 60)),
    ("it", "aggiungi un'introduzione di 20 secondi all'inizio", 150, "audio_outpaint", _out(20, 0)),
    ("it", "esportala in flac per favore", 200, "process_track", {"output_format": "flac"}),
    (
        "it",
        "Taglia i primi 2 secondi e porta il volume a -14 LUFS",
        110,
        "process_track",
        {"trim_start_s": 2, "loudness_lufs": -14},
    ),
    ("it", "puoi caricarla sul mio canale YouTube?", 120, "ask", {}),
    ("it", "estendila di 30 secondi", None, "ask", {}),
    # ---------------- ja ----------------
    (
        "ja",
        "カフェで流れるようなボサノバを2分くらいで作って",
        None,
        "t2a",
        {"duration": 120},
    ),
    (
        "ja",
        "歌なしのピアノ曲、30秒でお願いします",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "ja",
        "この歌詞で曲を作ってください\n" + _JA_LYR,
        None,
        "t2a",
        {"lyrics": _JA_LYR, "vocal_language": "ja"},
    ),
    ("ja", "1分10秒から1分30秒のところを作り直して", 180, "audio_inpaint", _win(70, 90)),
    ("ja", "最初の15秒が微妙なのでやり直してほしい", 120, "audio_inpaint", _win(0, 15)),
    ("ja", "最後に30秒足して", 90, "audio_outpaint", _out(0, 30)),
    ("ja", "全体で3分になるように後ろを伸ばして", 160, "audio_outpaint", _out(0, 20)),
    (
        "ja",
        "ループ素材にしたいので、継ぎ目なくループするようにして",
        30,
        "process_track",
        {"loop": True},
    ),
    (
        "ja",
        "wavで書き出して、音圧は-14LUFSで",
        150,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("ja", "キーを半音下げてください", 140, "ask", {}),
    ("ja", "サビだけ作り直して", 200, "ask", {}),
    # ---------------- ko ----------------
    (
        "ko",
        "비 오는 날 듣기 좋은 재즈 한 곡 만들어줘 1분 30초",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["jazz"]},
    ),
    (
        "ko",
        "보컬 없이 게임 배경음악 만들어 주세요. 길이는 2분이요",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("ko", "힙합 비트 세 가지 버전으로 뽑아줘", None, "t2a", {"takes": 3}),
    ("ko", "20초에서 35초 구간 다시 만들어줘", 120, "audio_inpaint", _win(20, 35)),
    ("ko", "마지막 10초만 다시 생성해주세요", 150, "audio_inpaint", _win(140, 150)),
    ("ko", "앞에 5초짜리 인트로 붙여줘", 100, "audio_outpaint", _out(5, 0)),
    ("ko", "뒤로 1분 더 늘려줘", 120, "audio_outpaint", _out(0, 60)),
    (
        "ko",
        "mp3 192kbps로 변환해줘",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192},
    ),
    ("ko", "끝에 페이드아웃 10초 넣어줘", 200, "process_track", {"fade_out_s": 10}),
    ("ko", "드럼만 빼줄 수 있어?", 150, "ask", {}),
    ("ko", "템포 좀 빠르게 바꿔줘", 130, "ask", {}),
    # ---------------- pt ----------------
    (
        "pt",
        "faz um samba animado de 2 minutos pra abrir o churrasco",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["samba"]},
    ),
    (
        "pt",
        "Cria uma música sertaneja com essa letra:\n\n" + _PT_LYR,
        None,
        "t2a",
        {"lyrics": _PT_LYR, "vocal_language": "pt"},
    ),
    (
        "pt",
        "Preciso de uma trilha instrumental de violão, meio minuto, para um anúncio",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("pt", "refaz do 0:50 ao 1:05", 150, "audio_inpaint", _win(50, 65)),
    (
        "pt",
        "Os primeiros 10 segundos estão com um chiado, pode regenerar?",
        90,
        "audio_inpaint",
        _win(0, 10),
    ),
    ("pt", "estica ela mais 40s no final", 120, "audio_outpaint", _out(0, 40)),
    (
        "pt",
        "Quero que a faixa tenha 4 minutos, completa o que falta no fim",
        200,
        "audio_outpaint",
        _out(0, 40),
    ),
    ("pt", "converte pra mp3", 100, "process_track", {"output_format": "mp3"}),
    (
        "pt",
        "faz um fade in de 3 segundos e corta os últimos 5",
        140,
        "process_track",
        {"fade_in_s": 3, "trim_end_s": 5},
    ),
    ("pt", "dá pra masterizar com um EQ mais brilhante?", 160, "ask", {}),
    ("pt", "melhora a música", 120, "ask", {}),
    # ---------------- ru ----------------
    (
        "ru",
        "Сделай трек в стиле техно минуты на три",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["techno"]},
    ),
    (
        "ru",
        "нужна спокойная музыка без слов для медитации, пять минут",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST},
    ),
    (
        "ru",
        'Напиши песню на эти стихи:\n"' + _RU_LYR + '"',
        None,
        "t2a",
        {"lyrics": _RU_LYR, "vocal_language": "ru"},
    ),
    ("ru", "перегенерируй кусок с 1:30 по 1:45", 200, "audio_inpaint", _win(90, 105)),
    ("ru", "последние 12 секунд переделай", 100, "audio_inpaint", _win(88, 100)),
    ("ru", "добавь в начале вступление на 15 секунд", 120, "audio_outpaint", _out(15, 0)),
    ("ru", "продли трек до 2:30", 120, "audio_outpaint", _out(0, 30)),
    (
        "ru",
        "экспортируй в wav и выставь громкость -14 LUFS",
        180,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    (
        "ru",
        "сделай так, чтобы трек бесшовно зацикливался",
        45,
        "process_track",
        {"loop": True},
    ),
    ("ru", "поменяй тональность на ми минор", 150, "ask", {}),
    ("ru", "переделай второй куплет", 180, "ask", {}),
    # ---------------- zh ----------------
    (
        "zh",
        "帮我写一首古风歌曲，大概两分钟，用中文唱",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "zh"},
    ),
    (
        "zh",
        "另外来一段30秒的电子音乐，不要人声",
        150,
        "t2a",
        {"duration": 30, "lyrics": INST, "tags_has": ["electronic"]},
    ),
    (
        "zh",
        "用下面的歌词做一首民谣：\n" + _ZH_LYR,
        None,
        "t2a",
        {"lyrics": _ZH_LYR, "vocal_language": "zh", "tags_has": ["folk"]},
    ),
    ("zh", "把1:00到1:20这段重新生成一下", 180, "audio_inpaint", _win(60, 80)),
    ("zh", "开头五秒有杂音 重做", 120, "audio_inpaint", _win(0, 5)),
    ("zh", "结尾再加20秒", 100, "audio_outpaint", _out(0, 20)),
    ("zh", "把这首歌延长到三分钟", 150, "audio_outpaint", _out(0, 30)),
    ("zh", "导出成flac格式", 200, "process_track", {"output_format": "flac"}),
    ("zh", "最后8秒做个淡出", 120, "process_track", {"fade_out_s": 8}),
    ("zh", "帮我把伴奏和人声分开", 180, "ask", {}),
    ("zh", "把副歌重新生成", None, "ask", {}),
    # ---------------- ar ----------------
    (
        "ar",
        "اعمل لي أغنية بوب عربية عن الصيف، مدتها دقيقتين",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["pop"], "vocal_language": "ar"},
    ),
    (
        "ar",
        "أريد مقطوعة عود هادئة بدون غناء، نصف دقيقة",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST, "tags_has": ["oud"]},
    ),
    (
        "ar",
        "لحّن هذه الكلمات:\n" + _AR_LYR,
        None,
        "t2a",
        {"lyrics": _AR_LYR, "vocal_language": "ar"},
    ),
    ("ar", "أعد توليد الجزء من الثانية 25 إلى 40", 120, "audio_inpaint", _win(25, 40)),
    ("ar", "آخر 15 ثانية مش عاجباني، اعملها من جديد", 180, "audio_inpaint", _win(165, 180)),
    ("ar", "زوّد دقيقة في الآخر", 120, "audio_outpaint", _out(0, 60)),
    ("ar", "ضيف مقدمة 10 ثواني في البداية", 90, "audio_outpaint", _out(10, 0)),
    (
        "ar",
        "حوّلها إلى mp3 بجودة 256 kbps",
        150,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256},
    ),
    ("ar", "اقطع أول ثانيتين", 100, "process_track", {"trim_start_s": 2}),
    ("ar", "ارفع الطبقة نص تون", 140, "ask", {}),
    ("ar", "طوّل الأغنية 30 ثانية", None, "ask", {}),
    # ---------------- az ----------------
    ("az", "Toy üçün şən bir mahnı yarat, 2 dəqiqəlik", None, "t2a", {"duration": 120}),
    (
        "az",
        "30-cu saniyədən 45-ci saniyəyə qədər olan hissəni yenidən yarat",
        120,
        "audio_inpaint",
        _win(30, 45),
    ),
    ("az", "bunu mp3 formatında ixrac et", 90, "process_track", {"output_format": "mp3"}),
    ("az", "sonuna daha 20 saniyə əlavə et", 100, "audio_outpaint", _out(0, 20)),
    # ---------------- bg ----------------
    (
        "bg",
        "Направи ми рок песен на български за приятелството, около 3 минути",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["rock"], "vocal_language": "bg"},
    ),
    (
        "bg",
        "Искам песен с този текст:\n" + _BG_LYR,
        None,
        "t2a",
        {"lyrics": _BG_LYR, "vocal_language": "bg"},
    ),
    ("bg", "Генерирай наново частта от 1:15 до 1:30", 180, "audio_inpaint", _win(75, 90)),
    ("bg", "Експортирай го като wav, моля", 120, "process_track", {"output_format": "wav"}),
    ("bg", "Можеш ли да вдигнеш тоналността с един тон?", 150, "ask", {}),
    # ---------------- bn ----------------
    (
        "bn",
        "একটা রবীন্দ্রসঙ্গীত ধাঁচের গান বানাও, বাংলায়, দেড় মিনিটের",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "bn"},
    ),
    ("bn", "শেষের ১০ সেকেন্ড আবার বানাও", 120, "audio_inpaint", _win(110, 120)),
    ("bn", "এটাকে flac এ export করো", 150, "process_track", {"output_format": "flac"}),
    ("bn", "শুরুতে ৫ সেকেন্ডের একটা ইন্ট্রো যোগ করো", 100, "audio_outpaint", _out(5, 0)),
    # ---------------- ca ----------------
    (
        "ca",
        "Fes-me una rumba catalana d'un minut per a la festa major",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["rumba"]},
    ),
    (
        "ca",
        "Vull una peça de piano sense veu, de quaranta-cinc segons",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("ca", "torna a generar dels 20 als 35 segons", 90, "audio_inpaint", _win(20, 35)),
    ("ca", "posa-hi un fade out de 6 segons al final", 120, "process_track", {"fade_out_s": 6}),
    ("ca", "separa la veu de la música, si us plau", 150, "ask", {}),
    # ---------------- cs ----------------
    (
        "cs",
        "udělej mi polku na dvě minuty, bez zpěvu",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["polka"]},
    ),
    (
        "cs",
        'Zhudebni tohle:\n"' + _CS_LYR + '"',
        None,
        "t2a",
        {"lyrics": _CS_LYR, "vocal_language": "cs"},
    ),
    (
        "cs",
        "Posledních 15 sekund zní divně, přegeneruj je prosím",
        150,
        "audio_inpaint",
        _win(135, 150),
    ),
    (
        "cs",
        "převeď to do mp3 320 kbps",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    ("cs", "prodluž to na konci o půl minuty", 120, "audio_outpaint", _out(0, 30)),
    # ---------------- da ----------------
    (
        "da",
        "lav en hyggelig julesang på dansk, 2 min",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "da"},
    ),
    (
        "da",
        "Kan du lave tre versioner af en kort jingle til min podcast, 15 sekunder",
        None,
        "t2a",
        {"duration": 15, "takes": 3},
    ),
    ("da", "lav stykket fra 0:40 til 0:55 om", 120, "audio_inpaint", _win(40, 55)),
    (
        "da",
        "trim de første 2 sekunder væk og eksporter som wav",
        100,
        "process_track",
        {"trim_start_s": 2, "output_format": "wav"},
    ),
    ("da", "kan du fjerne trommerne fra nummeret?", 140, "ask", {}),
    # ---------------- el ----------------
    (
        "el",
        "Φτιάξε μου ένα ζεϊμπέκικο με μπουζούκι, γύρω στα 3 λεπτά",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["bouzouki"]},
    ),
    ("el", "ξαναφτιάξε το κομμάτι από 1:00 έως 1:15", 160, "audio_inpaint", _win(60, 75)),
    ("el", "βάλε fade in 4 δευτερόλεπτα στην αρχή", 120, "process_track", {"fade_in_s": 4}),
    ("el", "πρόσθεσε μισό λεπτό στο τέλος", 150, "audio_outpaint", _out(0, 30)),
    # ---------------- fa ----------------
    (
        "fa",
        "یه آهنگ پاپ فارسی شاد برای تولد دوستم بساز، یک دقیقه",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["pop"], "vocal_language": "fa"},
    ),
    ("fa", "ثانیه‌ی ۲۰ تا ۴۰ رو دوباره بساز", 120, "audio_inpaint", _win(20, 40)),
    ("fa", "خروجی رو mp3 بده", 90, "process_track", {"output_format": "mp3"}),
    ("fa", "میشه سرعتش رو کمتر کنی؟", 150, "ask", {}),
    # ---------------- fi ----------------
    (
        "fi",
        "Tee rauhallinen kitarakappale ilman laulua, noin minuutti ja vartti",
        None,
        "t2a",
        {"duration": 75, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    (
        "fi",
        "Tee biisi näillä sanoilla:\n\n" + _FI_LYR,
        None,
        "t2a",
        {"lyrics": _FI_LYR, "vocal_language": "fi"},
    ),
    ("fi", "generoi uudestaan kohta 45–60 sekuntia", 120, "audio_inpaint", _win(45, 60)),
    ("fi", "normalisoi -14 LUFSiin", 180, "process_track", {"loudness_lufs": -14}),
    ("fi", "lisää alkuun 10 sekunnin intro", 100, "audio_outpaint", _out(10, 0)),
    # ---------------- he ----------------
    ("he", "תעשה לי שיר מזרחית שמח לחתונה, שתי דקות", None, "t2a", {"duration": 120}),
    (
        "he",
        "אני צריך מוזיקת רקע בלי שירה לסרטון, 20 שניות",
        None,
        "t2a",
        {"duration": 20, "lyrics": INST},
    ),
    ("he", "תייצר מחדש את 10 השניות האחרונות", 140, "audio_inpaint", _win(130, 140)),
    ("he", "תמיר לקובץ wav", 120, "process_track", {"output_format": "wav"}),
    ("he", "תעלה את זה לספוטיפיי שלי", 150, "ask", {}),
    # ---------------- hr ----------------
    (
        "hr",
        "napravi mi klapsku pjesmu o moru, na hrvatskom, 2 i pol minute",
        None,
        "t2a",
        {"duration": 150, "vocal_language": "hr"},
    ),
    ("hr", "Ponovno generiraj dio od 0:30 do 0:50", 120, "audio_inpaint", _win(30, 50)),
    ("hr", "izvezi kao ogg", 90, "process_track", {"output_format": "ogg"}),
    ("hr", "produlji je tako da traje 3 minute", 150, "audio_outpaint", _out(0, 30)),
    # ---------------- ht ----------------
    (
        "ht",
        "Fè yon mizik konpa pou mwen ak gita, 2 minit",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["guitar"]},
    ),
    ("ht", "Refè dènye 10 segonn yo", 120, "audio_inpaint", _win(110, 120)),
    ("ht", "Ekspòte l an mp3 tanpri", 100, "process_track", {"output_format": "mp3"}),
    ("ht", "Chanje ton mizik la, mete l pi ba", 150, "ask", {}),
    # ---------------- hu ----------------
    (
        "hu",
        "Csinálj egy vidám mulatós dalt magyarul, két perc",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "hu"},
    ),
    (
        "hu",
        "Kérek egy zongorás darabot ének nélkül, 50 másodperc",
        None,
        "t2a",
        {"duration": 50, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("hu", "az 1:20 és 1:40 közötti részt generáld újra", 200, "audio_inpaint", _win(80, 100)),
    ("hu", "vágd le az utolsó 3 másodpercet", 120, "process_track", {"trim_end_s": 3}),
    ("hu", "tegyél hozzá a végéhez még 25 másodpercet", 90, "audio_outpaint", _out(0, 25)),
    # ---------------- id ----------------
    (
        "id",
        "bikinin lagu dangdut dong, 3 menit, bahasa indonesia",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["dangdut"], "vocal_language": "id"},
    ),
    (
        "id",
        "Buat lagu pop pakai lirik ini ya:\n" + _ID_LYR,
        None,
        "t2a",
        {"lyrics": _ID_LYR, "vocal_language": "id", "tags_has": ["pop"]},
    ),
    ("id", "bagian detik 15 sampai 30 tolong dibuat ulang", 120, "audio_inpaint", _win(15, 30)),
    (
        "id",
        "kasih fade out 5 detik di akhir terus export ke mp3",
        150,
        "process_track",
        {"fade_out_s": 5, "output_format": "mp3"},
    ),
    ("id", "bisa pisahin vokal sama musiknya?", 180, "ask", {}),
    # ---------------- is ----------------
    (
        "is",
        "Búðu til rólegt lag á íslensku um norðurljósin, ein og hálf mínúta",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "is"},
    ),
    ("is", "endurgerðu fyrstu 10 sekúndurnar", 120, "audio_inpaint", _win(0, 10)),
    ("is", "fluttu þetta út sem wav", 100, "process_track", {"output_format": "wav"}),
    ("is", "bættu 30 sekúndum við endann", 120, "audio_outpaint", _out(0, 30)),
    # ---------------- la ----------------
    (
        "la",
        "Compone carmen Latine cantandum de luna",
        None,
        "t2a",
        {"vocal_language": "la"},
    ),
    (
        "la",
        "Partem inter secundas 30 et 45 denuo genera",
        120,
        "audio_inpaint",
        _win(30, 45),
    ),
    ("la", "Fac ut ultimae octo secundae evanescant", 150, "process_track", {"fade_out_s": 8}),
    ("la", "Muta tonum cantus in modum minorem", 120, "ask", {}),
    # ---------------- lt ----------------
    (
        "lt",
        "sukurk linksmą liaudišką dainą lietuviškai, 2 minučių",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["folk"], "vocal_language": "lt"},
    ),
    ("lt", "perdaryk dalį nuo 0:50 iki 1:10", 150, "audio_inpaint", _win(50, 70)),
    ("lt", "eksportuok kaip flac", 100, "process_track", {"output_format": "flac"}),
    ("lt", "pridėk 15 sekundžių intro pradžioje", 120, "audio_outpaint", _out(15, 0)),
    # ---------------- ms ----------------
    (
        "ms",
        "Buatkan lagu raya yang ceria dalam bahasa Melayu, 2 minit",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ms"},
    ),
    ("ms", "tolong jana semula 20 saat terakhir", 160, "audio_inpaint", _win(140, 160)),
    (
        "ms",
        "tukar ke format mp3 128kbps",
        100,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 128},
    ),
    ("ms", "boleh tukar tempo jadi lebih perlahan?", 150, "ask", {}),
    # ---------------- ne ----------------
    (
        "ne",
        "दशैंको लागि एउटा रमाइलो नेपाली गीत बनाइदिनुस्, दुई मिनेटको",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ne"},
    ),
    ("ne", "पहिलो १५ सेकेन्ड फेरि बनाइदिनुस्", 120, "audio_inpaint", _win(0, 15)),
    ("ne", "यसलाई wav मा export गर्नुस्", 90, "process_track", {"output_format": "wav"}),
    ("ne", "अन्त्यमा ३० सेकेन्ड थपिदिनुस्", 100, "audio_outpaint", _out(0, 30)),
    # ---------------- nl ----------------
    (
        "nl",
        "maak een vrolijk carnavalsnummer van anderhalve minuut",
        None,
        "t2a",
        {"duration": 90},
    ),
    (
        "nl",
        "Ik wil een instrumentaal jazznummer, 2:30 lang",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    (
        "nl",
        "kun je het stuk van 1:05 tot 1:15 opnieuw genereren",
        180,
        "audio_inpaint",
        _win(65, 75),
    ),
    (
        "nl",
        "zet er een fade-in van 2 sec en een fade-out van 4 sec op",
        120,
        "process_track",
        {"fade_in_s": 2, "fade_out_s": 4},
    ),
    ("nl", "kun je de zang eruit halen? wil er een karaokeversie van", 200, "ask", {}),
    # ---------------- no ----------------
    (
        "no",
        "lag en rolig vise på norsk om fjellet, 3 min",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "no"},
    ),
    (
        "no",
        "trenger en lydlogo på 10 sekunder, gi meg fire varianter",
        None,
        "t2a",
        {"duration": 10, "takes": 4},
    ),
    ("no", "lag om de siste 5 sekundene", 100, "audio_inpaint", _win(95, 100)),
    (
        "no",
        "gjør den loopbar, den skal gå i bakgrunnen på en nettside",
        40,
        "process_track",
        {"loop": True},
    ),
    ("no", "forleng med 20 sek i starten", 90, "audio_outpaint", _out(20, 0)),
    # ---------------- pa ----------------
    (
        "pa",
        "ਇੱਕ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ ਪੰਜਾਬੀ ਵਿੱਚ, ਢਾਈ ਮਿੰਟ ਦਾ",
        None,
        "t2a",
        {"duration": 150, "tags_has": ["bhangra"], "vocal_language": "pa"},
    ),
    ("pa", "1:00 ਤੋਂ 1:20 ਤੱਕ ਵਾਲਾ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾਓ", 160, "audio_inpaint", _win(60, 80)),
    ("pa", "ਇਸਨੂੰ mp3 ਵਿੱਚ ਬਦਲ ਦਿਓ", 120, "process_track", {"output_format": "mp3"}),
    ("pa", "ਢੋਲ ਦੀ ਆਵਾਜ਼ ਥੋੜ੍ਹੀ ਉੱਚੀ ਕਰ ਦਿਓ", 150, "ask", {}),
    # ---------------- pl ----------------
    (
        "pl",
        "zrób mi disco polo o wakacjach nad morzem, 3 minuty, po polsku",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "pl"},
    ),
    (
        "pl",
        "Stwórz piosenkę rockową z tym tekstem:\n" + _PL_LYR,
        None,
        "t2a",
        {"lyrics": _PL_LYR, "vocal_language": "pl", "tags_has": ["rock"]},
    ),
    ("pl", "wygeneruj jeszcze raz fragment 2:10-2:25", 200, "audio_inpaint", _win(130, 145)),
    (
        "pl",
        "wyeksportuj jako wav i znormalizuj do -14 LUFS",
        180,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("pl", "dodaj na końcu jeszcze minutę", 120, "audio_outpaint", _out(0, 60)),
    # ---------------- ro ----------------
    ("ro", "fă-mi o manea veselă de 2 minute", None, "t2a", {"duration": 120}),
    (
        "ro",
        "Vreau o piesă instrumentală de vioară, treizeci de secunde",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST, "tags_has": ["violin"]},
    ),
    ("ro", "regenerează ultimele 20 de secunde", 180, "audio_inpaint", _win(160, 180)),
    ("ro", "taie primele 4 secunde", 100, "process_track", {"trim_start_s": 4}),
    ("ro", "poți s-o faci mai bună?", 120, "ask", {}),
    # ---------------- sa ----------------
    (
        "sa",
        "संस्कृतभाषायां शिवस्तुतिं गीतरूपेण रचय",
        None,
        "t2a",
        {"vocal_language": "sa"},
    ),
    ("sa", "गीतस्य अन्तिमान् 10 seconds पुनः रचय", 120, "audio_inpaint", _win(110, 120)),
    ("sa", "एतत् mp3 रूपेण निर्यातय", 90, "process_track", {"output_format": "mp3"}),
    ("sa", "गीतस्य अन्ते 20 seconds योजय", 100, "audio_outpaint", _out(0, 20)),
    # ---------------- sk ----------------
    (
        "sk",
        "sprav mi folkovú pesničku po slovensky o horách, 2 minúty",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["folk"], "vocal_language": "sk"},
    ),
    ("sk", "pregeneruj úsek od 0:35 do 0:50", 120, "audio_inpaint", _win(35, 50)),
    ("sk", "daj tam na konci fade out 7 sekúnd", 150, "process_track", {"fade_out_s": 7}),
    ("sk", "vieš mi to nahrať na soundcloud?", 150, "ask", {}),
    # ---------------- sr ----------------
    ("sr", "Направи ми песму у стилу турбо фолка, три минута", None, "t2a", {"duration": 180}),
    ("sr", "Поново генериши првих 20 секунди", 140, "audio_inpaint", _win(0, 20)),
    ("sr", "извези у mp3 формату", 100, "process_track", {"output_format": "mp3"}),
    ("sr", "продужи песму тако да траје 2 минута", 90, "audio_outpaint", _out(0, 30)),
    # ---------------- sv ----------------
    (
        "sv",
        "gör en ny glad schlagerlåt på svenska, 3 minuter",
        120,
        "t2a",
        {"duration": 180, "vocal_language": "sv"},
    ),
    (
        "sv",
        'Skriv musik till den här texten: "' + _SV_LYR + '"',
        None,
        "t2a",
        {"lyrics": _SV_LYR, "vocal_language": "sv"},
    ),
    ("sv", "gör om biten mellan 0:20 och 0:40", 150, "audio_inpaint", _win(20, 40)),
    (
        "sv",
        "exportera som flac och lägg en fade out på 5 sek",
        130,
        "process_track",
        {"output_format": "flac", "fade_out_s": 5},
    ),
    ("sv", "kan du byta tonart till G-dur?", 140, "ask", {}),
    # ---------------- sw ----------------
    (
        "sw",
        "Nitengenezee wimbo wa bongo flava kwa Kiswahili, dakika mbili",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "sw"},
    ),
    ("sw", "Tengeneza upya sehemu ya sekunde 30 hadi 45", 120, "audio_inpaint", _win(30, 45)),
    ("sw", "Ihamishe kwa mp3", 100, "process_track", {"output_format": "mp3"}),
    ("sw", "Ongeza sekunde 15 mwanzoni", 90, "audio_outpaint", _out(15, 0)),
    # ---------------- ta ----------------
    (
        "ta",
        "ஒரு குத்து பாட்டு தமிழ்ல பண்ணு, 2 நிமிஷம்",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ta"},
    ),
    ("ta", "கடைசி 10 செகண்ட் மறுபடி generate பண்ணு", 150, "audio_inpaint", _win(140, 150)),
    ("ta", "இதை wav ஆக export பண்ணு", 100, "process_track", {"output_format": "wav"}),
    ("ta", "vocals-ஐ தனியா பிரிச்சு கொடு", 180, "ask", {}),
    # ---------------- te ----------------
    (
        "te",
        "తెలుగులో ఒక జానపద పాట చేయండి, మూడు నిమిషాలు",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["folk"], "vocal_language": "te"},
    ),
    (
        "te",
        "0:40 నుండి 1:00 వరకు ఉన్న భాగాన్ని మళ్ళీ చేయండి",
        150,
        "audio_inpaint",
        _win(40, 60),
    ),
    ("te", "చివర్లో 5 సెకన్ల fade out పెట్టండి", 120, "process_track", {"fade_out_s": 5}),
    ("te", "మొదట్లో 10 సెకన్ల ఇంట్రో కలపండి", 100, "audio_outpaint", _out(10, 0)),
    # ---------------- th ----------------
    (
        "th",
        "ช่วยแต่งเพลงลูกทุ่งภาษาไทยให้หน่อย ยาว 2 นาที",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "th"},
    ),
    ("th", "ทำช่วง 1:30 ถึง 1:45 ใหม่", 180, "audio_inpaint", _win(90, 105)),
    ("th", "แปลงเป็น mp3 ให้หน่อยครับ", 100, "process_track", {"output_format": "mp3"}),
    ("th", "ช่วยเปลี่ยนคีย์ให้ต่ำลงหน่อย", 140, "ask", {}),
    # ---------------- tl ----------------
    (
        "tl",
        "gawa ka ng OPM love song, tagalog, 3 minutes",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "tl"},
    ),
    ("tl", "paki-regenerate yung first 10 seconds", 120, "audio_inpaint", _win(0, 10)),
    ("tl", "i-export mo as wav", 90, "process_track", {"output_format": "wav"}),
    ("tl", "dagdagan mo ng 30 seconds sa dulo", 150, "audio_outpaint", _out(0, 30)),
    # ---------------- tr ----------------
    (
        "tr",
        "Bana Türkçe bir arabesk şarkı yap, 3 dakika",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "tr"},
    ),
    (
        "tr",
        "sözsüz bir bağlama parçası lazım 45 saniye",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST},
    ),
    ("tr", "1:00-1:15 arasını yeniden oluştur", 150, "audio_inpaint", _win(60, 75)),
    (
        "tr",
        "sonundan 3 saniye kes ve mp3 olarak ver",
        120,
        "process_track",
        {"trim_end_s": 3, "output_format": "mp3"},
    ),
    ("tr", "nakaratı baştan yap", 170, "ask", {}),
    # ---------------- uk ----------------
    (
        "uk",
        "зроби пісню українською про Київ навесні, дві з половиною хвилини",
        None,
        "t2a",
        {"duration": 150, "vocal_language": "uk"},
    ),
    (
        "uk",
        "Поклади на музику ці слова:\n\n" + _UK_LYR,
        None,
        "t2a",
        {"lyrics": _UK_LYR, "vocal_language": "uk"},
    ),
    ("uk", "перегенеруй останні 15 секунд", 120, "audio_inpaint", _win(105, 120)),
    ("uk", "зроби гучність -16 LUFS", 150, "process_track", {"loudness_lufs": -16}),
    ("uk", "додай на початку вступ на 10 секунд", 100, "audio_outpaint", _out(10, 0)),
    # ---------------- ur ----------------
    (
        "ur",
        "ایک قوالی بنا دیں اردو میں، تین منٹ کی",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "ur"},
    ),
    ("ur", "آخری 20 سیکنڈ دوبارہ بنائیں", 160, "audio_inpaint", _win(140, 160)),
    ("ur", "اسے mp3 میں ایکسپورٹ کر دیں", 120, "process_track", {"output_format": "mp3"}),
    ("ur", "اس گانے کا ٹیمپو تیز کر دیں", 150, "ask", {}),
    # ---------------- vi ----------------
    (
        "vi",
        "làm cho mình một bài ballad tiếng Việt về mùa thu Hà Nội, 3 phút",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["ballad"], "vocal_language": "vi"},
    ),
    (
        "vi",
        "cần nhạc nền không lời cho video, 1 phút rưỡi",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    ("vi", "tạo lại đoạn từ giây 30 đến giây 50", 120, "audio_inpaint", _win(30, 50)),
    ("vi", "xuất file wav giúp mình", 100, "process_track", {"output_format": "wav"}),
    ("vi", "kéo dài thêm 30 giây ở cuối", 120, "audio_outpaint", _out(0, 30)),
    # ---------------- yue ----------------
    (
        "yue",
        "幫我整首廣東歌，講失戀嘅，兩分鐘",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "yue"},
    ),
    ("yue", "最後嗰10秒重新整過", 150, "audio_inpaint", _win(140, 150)),
    ("yue", "轉做mp3得唔得", 100, "process_track", {"output_format": "mp3"}),
    ("yue", "可唔可以將人聲同伴奏分開？", 180, "ask", {}),
]
