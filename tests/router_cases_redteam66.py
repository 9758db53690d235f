"""Blind held-out router set 66: "an even mix, 12".

Ordinary chat requests of every kind (new pieces with and without lyrics, takes, edits of a
time range, extensions, local deliverables, and requests a careful reader would ask about),
typed as real people type them in each of the 50 languages: short and casual or detailed,
some follow-ups with a track open, some with typos or English words mixed in.

300 rows: 11 in each BIG12 language (132) and 168 over the 38 others (4 each, 5 for 16 of them).
Intents: t2a 92, audio_inpaint 62, audio_outpaint 42, process_track 61, ask 43.

Labels written by hand, never run by the writer (neither the router nor make_music).
"""

from __future__ import annotations

from typing import Any

INST = "[inst]"
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _out(before: float, after: float) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after}


def _win(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


# Lyrics given in requests (the request text holds them verbatim after its instruction).
_L_EN = "[Verse]\nDust on the dashboard, sun in my eyes\nDriving to nowhere under Texas skies\n[Chorus]\nTake me home, take me home tonight"
_L_DE = "[Strophe]\nWir fahren ohne Ziel durch die Nacht\ndie Stadt schläft, nur wir sind wach\n[Refrain]\nHalt mich fest, bis der Morgen kommt"
_L_ES = "[Verso]\nTe fuiste un martes sin decir adiós\ny el café se enfrió en la mesa de los dos\n[Coro]\nVuelve, que esta casa no es casa sin tu voz"
_L_FR = "J'ai laissé mes clés sous le paillasson\net mon cœur quelque part à Lyon\nles trains passent, moi je reste là"
_L_IT = "[Strofa]\nSabbia nei capelli e sale sulla pelle\nballiamo scalzi sotto mille stelle\n[Ritornello]\nEstate, non andartene stasera"
_L_PT = "A chuva cai devagar no Leblon\ne eu aqui pensando em você\no mar não sabe o meu nome"
_L_RU = "[Куплет]\nГорят огни ночной Москвы\nи снова мы с тобой на ты\n[Припев]\nНе уходи, не уходи"
_L_ZH = "[主歌]\n街角的咖啡店 还亮着灯\n我在等一个 不会来的人\n[副歌]\n就让雨 下到天明"
_L_JA = "[Aメロ]\n改札を抜けたら 春の匂い\n[サビ]\nまた会えるよね 桜の下で"
_L_KO = "[Verse]\n비 오는 창가에 앉아\n너의 이름을 불러봐\n[Chorus]\n돌아와 줘 한 번만"
_L_AR = "يا ليل طوّل شوية\nخلّي القمر يسهر معايا\nوالنجوم تحكي حكايا"
_L_HI = "चाँदनी रात है, तू मेरे साथ है\nदिल की हर बात अब तेरे हाथ है"
_L_BG = "Пак съм сам на старата гара\nвлакът тръгна, а ти не дойде"
_L_BN = "নদীর ধারে সন্ধ্যা নামে\nতোমার কথা মনে পড়ে"
_L_HR = "More moje plavo, ti si moja zora\nkad se sunce spusti iza naših gora"
_L_LA = "Ave, stella matutina,\nlux in tenebris divina"
_L_MS = "Angin malam membawa rindu\nkau jauh di seberang laut biru"
_L_NO = "Det snør over fjorden i kveld\nog lampa står tent i ditt vindu"
_L_SA = "गङ्गातीरे चन्द्रः उदेति\nमम हृदये शान्तिः वसति"
_L_SW = "Nakupenda kama jua la asubuhi\nusiniache peke yangu"
_L_TE = "వెన్నెల రాత్రి నీ జ్ఞాపకం\nగుండె నిండా నీ రూపం"
_L_TL = "Sa bawat umaga ikaw ang hinahanap\nsa bawat gabi ikaw ang pangarap"
_L_UR = "تیری یاد آئی تو چاند بھی رویا\nمیں نے دل کو پھر سے خود ہی سمجھایا"
_L_CA = "A la plaça del poble balla la gent\ni la lluna ens mira somrient"
_L_EL = "Στο λιμάνι της Σύρου σε περίμενα\nκαι τα πλοία έφευγαν χωρίς εσένα"
_L_FA = "شب‌های تهران بی تو سرده\nدلم هنوز پیش تو جا مونده"
_L_HU = "Éjjel a hídon állok egyedül\na Duna csendben tovább menekül"
_L_PL = "W sobotę w remizie gra zespół do rana\ntańczymy we dwoje, ty jesteś kochana"
_L_SV = "Det regnar på taken i Gamla stan\noch jag väntar på dig vid fontänen"
_L_UK = "Ми йдемо по Хрещатику вночі\nі місто світиться для нас двох"
_L_VI = "Mưa rơi trên phố cũ\nanh vẫn đứng đợi em"
_L_YUE = "維港啲燈又著返\n我喺天星碼頭等緊你"

R66: list[tuple[Any, ...]] = [
    # ---- en ----
    (
        "en",
        "chill study music pls, soft piano and a bit of rain in the background, no drums and no vocals, around 2 min",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"], "tags_lacks": ["drums"]},
    ),
    (
        "en",
        "write me a country song with these words:\n" + _L_EN,
        None,
        "t2a",
        {"lyrics": _L_EN, "tags_has": ["country"], "vocal_language": "en"},
    ),
    (
        "en",
        "give me 3 takes of an upbeat funk track with slap bass, 45 seconds",
        None,
        "t2a",
        {"takes": 3, "duration": 45, "tags_has": ["funk"]},
    ),
    ("en", "the bit from 1:12 to 1:20 sounds glitchy, can you redo just that part", 185, "audio_inpaint", _win(72, 80)),
    ("en", "hmm the ending feels rushed. regenerate the last 15 sec", 200, "audio_inpaint", _win(185, 200)),
    ("en", "love it! extend it by 30 seconds at the end pls", 90, "audio_outpaint", _out(0, 30)),
    ("en", "can u make it 4 minutes long? its 3:20 rn", 200, "audio_outpaint", _out(0, 40)),
    ("en", "export as flac", 150, "process_track", {"output_format": "flac"}),
    (
        "en",
        "normalize it to -14 LUFS for spotify and add a 3 second fade out",
        160,
        "process_track",
        {"loudness_lufs": -14, "fade_out_s": 3},
    ),
    ("en", "can you pull the vocals out into a separate stem? i want to remix it", 180, "ask", {}),
    ("en", "the drums in the chorus are off, fix that", 170, "ask", {}),
    # ---- de ----
    (
        "de",
        "Hey, ich brauch Hintergrundmusik für mein Café-Video. Mach mir bitte einen entspanten Jazz-Track mit Saxophon und Kontrabass, nicht zu hektisch, so 90 Sekunden",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["jazz"]},
    ),
    (
        "de",
        "Kannst du daraus einen Popsong machen? Hier der Text:\n" + _L_DE,
        None,
        "t2a",
        {"lyrics": _L_DE, "vocal_language": "de", "tags_has": ["pop"]},
    ),
    (
        "de",
        "Vergiss den hier, ich will was ganz Neues: düsterer Techno, 6 Minuten, ohne Gesang",
        120,
        "t2a",
        {"duration": 360, "lyrics": INST, "tags_has": ["techno"]},
    ),
    (
        "de",
        "Zwischen 0:30 und 0:42 ist so ein komisches Knacken drin, kannst du die Stelle neu generieren?",
        140,
        "audio_inpaint",
        _win(30, 42),
    ),
    ("de", "Die ersten 8 Sekunden gefallen mir nicht, mach die nochmal neu", 95, "audio_inpaint", _win(0, 8)),
    ("de", "Häng vorne noch so 10 Sekunden Intro dran", 120, "audio_outpaint", _out(10, 0)),
    (
        "de",
        "Bitte als MP3 mit 192 kbps exportieren",
        130,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192},
    ),
    ("de", "Schneid die letzten 4 Sekunden ab, da ist eh nur Stille", 134, "process_track", {"trim_end_s": 4}),
    ("de", "Kannst du das loopbar machen? Soll im Spiel nahtlos durchlaufen", 60, "process_track", {"loop": True}),
    ("de", "Mach das Ganze bitte einen Halbton höher", 150, "ask", {}),
    ("de", "Die Bridge ist langweilig, änder die mal", 190, "ask", {}),
    # ---- es ----
    (
        "es",
        "hazme una cumbia bien alegre pa una fiesta, como de 3 minutos",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["cumbia"]},
    ),
    (
        "es",
        "Quiero una balada con piano con esta letra:\n" + _L_ES,
        None,
        "t2a",
        {"lyrics": _L_ES, "vocal_language": "es", "tags_has": ["piano"]},
    ),
    (
        "es",
        "dame dos versiones de una intro de reggaetón, 20 segundos, sin voz",
        None,
        "t2a",
        {"takes": 2, "duration": 20, "lyrics": INST, "tags_has": ["reggaeton"]},
    ),
    ("es", "del segundo 50 al 1:05 la guitarra desafina, regenera esa parte", 150, "audio_inpaint", _win(50, 65)),
    ("es", "los últimos 20 segundos suenan raros, rehazlos porfa", 132, "audio_inpaint", _win(112, 132)),
    ("es", "alárgala hasta los 2 minutos y medio", 120, "audio_outpaint", _out(0, 30)),
    ("es", "agrégale 15 segundos al principio y otros 15 al final", 100, "audio_outpaint", _out(15, 15)),
    ("es", "pásamela a wav", 140, "process_track", {"output_format": "wav"}),
    (
        "es",
        "ponle un fade in de 2 segundos y un fade out de 6",
        170,
        "process_track",
        {"fade_in_s": 2, "fade_out_s": 6},
    ),
    ("es", "súbela a mi cuenta de Spotify", 150, "ask", {}),
    ("es", "cámbiale el estribillo, que no me convence", None, "ask", {}),
    # ---- fr ----
    (
        "fr",
        "Tu peux me faire un petit morceau d'accordéon façon guinguette, pour une vidéo de mariage ? Genre 1 minute 30, joyeux mais pas trop rapide",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["accordion"]},
    ),
    (
        "fr",
        "Mets ces paroles en musique, style chanson française :\n" + _L_FR,
        None,
        "t2a",
        {"lyrics": _L_FR, "vocal_language": "fr"},
    ),
    (
        "fr",
        "un truc ambient très calme pour méditer, sans voix, 10 minutes",
        None,
        "t2a",
        {"duration": 600, "lyrics": INST, "tags_has": ["ambient"]},
    ),
    ("fr", "entre 2:10 et 2:25 le solo part en vrille, refais ce passage", 240, "audio_inpaint", _win(130, 145)),
    ("fr", "refais les 5 dernières secondes stp", 65, "audio_inpaint", _win(60, 65)),
    ("fr", "rallonge la fin de 20 secondes", 110, "audio_outpaint", _out(0, 20)),
    ("fr", "exporte-le en ogg", 80, "process_track", {"output_format": "ogg"}),
    ("fr", "mets-le à -16 LUFS, c'est pour un podcast", 95, "process_track", {"loudness_lufs": -16}),
    ("fr", "coupe les 2 premières secondes, y'a un bruit de souffle", 120, "process_track", {"trim_start_s": 2}),
    ("fr", "tu peux le mixer avec ma piste voix ?", 150, "ask", {}),
    ("fr", "fais-en trois versions : une rock, une jazz et une électro", None, "ask", {}),
    # ---- it ----
    (
        "it",
        "mi fai una base trap cupa? 2 minuti, solo strumentale",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["trap"]},
    ),
    (
        "it",
        "Canzone pop estiva con questo testo:\n" + _L_IT,
        None,
        "t2a",
        {"lyrics": _L_IT, "vocal_language": "it", "tags_has": ["pop"]},
    ),
    ("it", "fammi 4 versioni di un jingle per la radio, 15 secondi", None, "t2a", {"takes": 4, "duration": 15}),
    ("it", "dal minuto 1 a 1:20 c'è un buco strano, rigeneralo", 200, "audio_inpaint", _win(60, 80)),
    ("it", "rifammi i primi 12 secondi, l'intro è troppo moscia", 150, "audio_inpaint", _win(0, 12)),
    ("it", "allungala di mezzo minuto alla fine", 140, "audio_outpaint", _out(0, 30)),
    ("it", "aggiungi 8 secondi prima dell'inizio", 90, "audio_outpaint", _out(8, 0)),
    ("it", "esportamelo in mp3 a 320", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("it", "metti una dissolvenza in chiusura di 10 secondi", 210, "process_track", {"fade_out_s": 10}),
    ("it", "rallentala un po', tipo a 90 bpm", 160, "ask", {}),
    ("it", "rifai la parte centrale che non mi piace", 180, "ask", {}),
    # ---- pt ----
    ("pt", "faz um samba de roda animado, uns 2 minutos", None, "t2a", {"duration": 120, "tags_has": ["samba"]}),
    (
        "pt",
        "bossa nova com essa letra aqui:\n" + _L_PT,
        None,
        "t2a",
        {"lyrics": _L_PT, "vocal_language": "pt", "tags_has": ["bossa nova"]},
    ),
    (
        "pt",
        "esquece essa, faz uma nova: rock com guitarra distorcida, 3 min",
        150,
        "t2a",
        {"duration": 180, "tags_has": ["rock"]},
    ),
    ("pt", "refaz do 0:20 ao 0:35, a voz ficou estranha ali", 120, "audio_inpaint", _win(20, 35)),
    ("pt", "os últimos 10 segundos tão ruins, gera de novo", 95, "audio_inpaint", _win(85, 95)),
    ("pt", "deixa ela com 3 minutos", 160, "audio_outpaint", _out(0, 20)),
    ("pt", "converte pra flac por favor", 130, "process_track", {"output_format": "flac"}),
    (
        "pt",
        "normaliza em -14 LUFS e corta os 3 segundos finais",
        150,
        "process_track",
        {"loudness_lufs": -14, "trim_end_s": 3},
    ),
    ("pt", "coloca um fade in de 4 segundos no começo", 100, "process_track", {"fade_in_s": 4}),
    ("pt", "separa a bateria do resto pra mim", 130, "ask", {}),
    ("pt", "muda o refrão pra ficar mais forte", 140, "ask", {}),
    # ---- ru ----
    ("ru", "сделай лёгкий джаз с фортепиано на минуту", None, "t2a", {"duration": 60, "tags_has": ["jazz", "piano"]}),
    (
        "ru",
        "Нужна песня в стиле рок, вот текст:\n" + _L_RU,
        None,
        "t2a",
        {"lyrics": _L_RU, "vocal_language": "ru", "tags_has": ["rock"]},
    ),
    (
        "ru",
        "Сделай 2 варианта колыбельной без слов, секунд на 40",
        None,
        "t2a",
        {"takes": 2, "duration": 40, "lyrics": INST},
    ),
    ("ru", "с 1:30 до 1:45 перегенерируй пжлст, там барабаны сбиваются", 220, "audio_inpaint", _win(90, 105)),
    ("ru", "переделай первые 6 секунд", 100, "audio_inpaint", _win(0, 6)),
    ("ru", "продли трек на 25 секунд в конце", 120, "audio_outpaint", _out(0, 25)),
    ("ru", "хочу, чтобы он длился 2 минуты, добавь в начало", 100, "audio_outpaint", _out(20, 0)),
    ("ru", "сохрани в wav", 150, "process_track", {"output_format": "wav"}),
    ("ru", "сделай затухание в конце, секунд 8", 170, "process_track", {"fade_out_s": 8}),
    ("ru", "Поменяй тональность на ми минор", 140, "ask", {}),
    ("ru", "переделай второй куплет", None, "ask", {}),
    # ---- zh ----
    ("zh", "帮我做一首古风的曲子，要有古筝和笛子，两分钟左右", None, "t2a", {"duration": 120}),
    (
        "zh",
        "用这段歌词写一首流行歌：\n" + _L_ZH,
        None,
        "t2a",
        {"lyrics": _L_ZH, "vocal_language": "zh", "tags_has": ["pop"]},
    ),
    ("zh", "来段纯音乐，钢琴的，30秒就行", None, "t2a", {"duration": 30, "lyrics": INST, "tags_has": ["piano"]}),
    ("zh", "1分05到1分15那段重新生成一下", 180, "audio_inpaint", _win(65, 75)),
    ("zh", "最后8秒重做", 128, "audio_inpaint", _win(120, 128)),
    ("zh", "结尾再加20秒", 120, "audio_outpaint", _out(0, 20)),
    ("zh", "导出成mp3，128k的", 140, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("zh", "做成能无缝循环的，游戏里要用", 30, "process_track", {"loop": True}),
    ("zh", "开头淡入3秒，结尾淡出5秒", 150, "process_track", {"fade_in_s": 3, "fade_out_s": 5}),
    ("zh", "把人声去掉，我只要伴奏", 200, "ask", {}),
    ("zh", "帮我做三个版本，一个摇滚一个爵士一个电子", None, "ask", {}),
    # ---- ja ----
    ("ja", "作業用のチルいBGM作って。ボーカルなしで3分くらい", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("ja", "この歌詞でJ-POPっぽい曲お願いします\n" + _L_JA, None, "t2a", {"lyrics": _L_JA, "vocal_language": "ja"}),
    ("ja", "これとは別に新しく、ギター弾き語り風の曲を1分半で", 150, "t2a", {"duration": 90, "tags_has": ["guitar"]}),
    ("ja", "0:40〜0:55のところ、もう一回生成し直して", 150, "audio_inpaint", _win(40, 55)),
    ("ja", "最初の10秒だけ作り直してほしい", 120, "audio_inpaint", _win(0, 10)),
    ("ja", "あと30秒、後ろに伸ばせる？", 90, "audio_outpaint", _out(0, 30)),
    ("ja", "全体で2分になるように延長して", 100, "audio_outpaint", _out(0, 20)),
    ("ja", "wavで書き出して", 120, "process_track", {"output_format": "wav"}),
    ("ja", "ラウドネスを-14LUFSに揃えてください", 160, "process_track", {"loudness_lufs": -14}),
    ("ja", "テンポをもう少し上げてほしい", 150, "ask", {}),
    ("ja", "サビをもっと盛り上げて", 170, "ask", {}),
    # ---- ko ----
    (
        "ko",
        "신나는 댄스곡 하나 만들어줘, 가사는 영어로, 2분 30초",
        None,
        "t2a",
        {"duration": 150, "vocal_language": "en"},
    ),
    ("ko", "이 가사로 발라드 만들어줘\n" + _L_KO, None, "t2a", {"lyrics": _L_KO, "vocal_language": "ko"}),
    (
        "ko",
        "카페에서 틀 재즈 피아노곡 1분짜리로 3개 버전 뽑아줘",
        None,
        "t2a",
        {"takes": 3, "duration": 60, "tags_has": ["jazz"]},
    ),
    ("ko", "1분 10초부터 1분 25초까지 다시 만들어줘", 180, "audio_inpaint", _win(70, 85)),
    ("ko", "마지막 5초 좀 이상한데 다시 해줘", 75, "audio_inpaint", _win(70, 75)),
    ("ko", "앞에 인트로 15초 붙여줘", 120, "audio_outpaint", _out(15, 0)),
    ("ko", "mp3로 뽑아줘", 140, "process_track", {"output_format": "mp3"}),
    ("ko", "앞부분 2초 잘라줘 잡음 있음", 100, "process_track", {"trim_start_s": 2}),
    ("ko", "끝에 페이드아웃 5초 넣어줘", 130, "process_track", {"fade_out_s": 5}),
    ("ko", "보컬이랑 반주 따로 분리해줄 수 있어?", 160, "ask", {}),
    ("ko", "이거 키 좀 낮춰줘", 150, "ask", {}),
    # ---- ar ----
    ("ar", "اعمل لي موسيقى عود هادئة بدون غناء، مدتها دقيقتين", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ar", "أريد أغنية بهذه الكلمات:\n" + _L_AR, None, "t2a", {"lyrics": _L_AR, "vocal_language": "ar"}),
    (
        "ar",
        "موسيقى حماسية لفيديو رياضي، روك مع طبول قوية، ٤٥ ثانية",
        None,
        "t2a",
        {"duration": 45, "tags_has": ["rock"]},
    ),
    ("ar", "أعد توليد الجزء من 0:30 إلى 0:50", 150, "audio_inpaint", _win(30, 50)),
    ("ar", "آخر 12 ثانية مش حلوة، أعد عملها", 132, "audio_inpaint", _win(120, 132)),
    ("ar", "زوّد 20 ثانية في الآخر", 100, "audio_outpaint", _out(0, 20)),
    ("ar", "خليها 3 دقائق بدل دقيقتين ونص", 150, "audio_outpaint", _out(0, 30)),
    ("ar", "صدّرها بصيغة wav من فضلك", 120, "process_track", {"output_format": "wav"}),
    ("ar", "اعمل fade out في آخر 4 ثواني", 140, "process_track", {"fade_out_s": 4}),
    ("ar", "غيّر المقام إلى نهاوند", 160, "ask", {}),
    ("ar", "عدّل المقطع الثاني شوية", 180, "ask", {}),
    # ---- hi ----
    (
        "hi",
        "ek romantic bollywood song bana do, hindi mein, 2 minute ka",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "hi"},
    ),
    ("hi", "इन बोलों पर एक गाना बनाओ:\n" + _L_HI, None, "t2a", {"lyrics": _L_HI, "vocal_language": "hi"}),
    (
        "hi",
        "बिना आवाज़ वाला सितार और तबला का म्यूज़िक चाहिए, 1 मिनट",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["sitar"]},
    ),
    ("hi", "0:45 से 1:00 तक का हिस्सा दोबारा बनाओ", 160, "audio_inpaint", _win(45, 60)),
    ("hi", "last ke 10 second dobara generate karo, achhe nahi lag rahe", 110, "audio_inpaint", _win(100, 110)),
    ("hi", "गाने को आखिर में 30 सेकंड और लंबा कर दो", 120, "audio_outpaint", _out(0, 30)),
    ("hi", "mp3 mein 320 kbps pe export kar do", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("hi", "इसे -14 LUFS पर नॉर्मलाइज़ कर दो", 140, "process_track", {"loudness_lufs": -14}),
    ("hi", "इसको loop बना दो, बिना किसी झटके के", 40, "process_track", {"loop": True}),
    ("hi", "इसकी स्पीड थोड़ी तेज़ कर दो", 150, "ask", {}),
    ("hi", "pichle wale gaane ka antara badal do", None, "ask", {}),
    # ---- az ----
    (
        "az",
        "Mənə muğam üstündə sakit bir instrumental düzəlt, 2 dəqiqəlik",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("az", "0:25-dən 0:40-a qədər olan hissəni yenidən yarat", 130, "audio_inpaint", _win(25, 40)),
    ("az", "Sonuna 15 saniyə əlavə et", 100, "audio_outpaint", _out(0, 15)),
    ("az", "Nəqarət çox darıxdırıcı alınıb, onu dəyiş", 140, "ask", {}),
    # ---- bg ----
    (
        "bg",
        "Направи ми поп песен с този текст:\n" + _L_BG,
        None,
        "t2a",
        {"lyrics": _L_BG, "vocal_language": "bg", "tags_has": ["pop"]},
    ),
    ("bg", "Последните 7 секунди не ми харесват, генерирай ги наново", 97, "audio_inpaint", _win(90, 97)),
    ("bg", "Експортирай го като flac", 150, "process_track", {"output_format": "flac"}),
    (
        "bg",
        "Остави тази, искам нещо ново: бърз drum and bass, 3 минути, без вокали",
        120,
        "t2a",
        {"duration": 180, "lyrics": INST},
    ),
    # ---- bn ----
    ("bn", "এই কথাগুলো দিয়ে একটা গান বানাও:\n" + _L_BN, None, "t2a", {"lyrics": _L_BN, "vocal_language": "bn"}),
    ("bn", "১:০০ থেকে ১:১৫ পর্যন্ত অংশটা আবার বানাও", 150, "audio_inpaint", _win(60, 75)),
    ("bn", "শুরুতে ১০ সেকেন্ড যোগ করো", 90, "audio_outpaint", _out(10, 0)),
    ("bn", "এটা mp3 তে export করে দাও", 120, "process_track", {"output_format": "mp3"}),
    # ---- fi ----
    (
        "fi",
        "Tee mulle melankolinen kitarabiisi, n. 2 min, ei laulua",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("fi", "kohta 1:05–1:20 kuulostaa oudolta, generoi se uudestaan", 170, "audio_inpaint", _win(65, 80)),
    ("fi", "häivytä loppu, vaikka 6 sekuntia", 150, "process_track", {"fade_out_s": 6}),
    ("fi", "tee kertosäkeestä vähän reippaampi", 160, "ask", {}),
    # ---- hr ----
    (
        "hr",
        "Napravi mi laganu pjesmu u stilu klape s ovim tekstom:\n" + _L_HR,
        None,
        "t2a",
        {"lyrics": _L_HR, "vocal_language": "hr"},
    ),
    ("hr", "Prvih 5 sekundi mi se ne sviđa, napravi ih ponovno", 110, "audio_inpaint", _win(0, 5)),
    ("hr", "Produži je na 3 minute", 170, "audio_outpaint", _out(0, 10)),
    ("hr", "Može to u wav formatu?", 130, "process_track", {"output_format": "wav"}),
    # ---- ht ----
    ("ht", "Fè yon mizik konpa pou mwen, 2 minit, san vwa", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ht", "Refè pati ki soti 0:30 rive 0:45 la", 140, "audio_inpaint", _win(30, 45)),
    ("ht", "Mete 20 segonn anplis nan fen an", 100, "audio_outpaint", _out(0, 20)),
    ("ht", "Separe vwa a ak mizik la pou mwen", 150, "ask", {}),
    # ---- is ----
    ("is", "Gerðu rólegt píanólag, svona 90 sekúndur", None, "t2a", {"duration": 90, "tags_has": ["piano"]}),
    ("is", "Endurgerðu síðustu 10 sekúndurnar", 120, "audio_inpaint", _win(110, 120)),
    ("is", "Vistaðu þetta sem mp3", 140, "process_track", {"output_format": "mp3"}),
    (
        "is",
        "Búðu til tvær útgáfur af stuttu stefi fyrir hlaðvarp, 15 sekúndur hvor",
        None,
        "t2a",
        {"takes": 2, "duration": 15},
    ),
    # ---- la ----
    ("la", "Fac mihi cantum Gregorianum, duo minuta longum", None, "t2a", {"duration": 120}),
    ("la", "Cane haec verba modo chorali:\n" + _L_LA, None, "t2a", {"lyrics": _L_LA, "vocal_language": "la"}),
    ("la", "Partem a 0:20 usque ad 0:35 denuo fac", 100, "audio_inpaint", _win(20, 35)),
    ("la", "Muta tonum cantici in modum minorem", 120, "ask", {}),
    # ---- lt ----
    (
        "lt",
        "Sukurk linksmą polkos melodiją su akordeonu, apie minutės ilgio",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["polka"]},
    ),
    ("lt", "Pergeneruok dalį nuo 0:50 iki 1:10", 160, "audio_inpaint", _win(50, 70)),
    ("lt", "Pridėk 10 sekundžių pradžioje", 80, "audio_outpaint", _out(10, 0)),
    ("lt", "Normalizuok garsumą iki -16 LUFS", 150, "process_track", {"loudness_lufs": -16}),
    # ---- ms ----
    ("ms", "Buatkan lagu dangdut yang ceria, 3 minit", None, "t2a", {"duration": 180, "tags_has": ["dangdut"]}),
    ("ms", "Tolong buat lagu balada dengan lirik ni:\n" + _L_MS, None, "t2a", {"lyrics": _L_MS}),
    ("ms", "Buat semula bahagian 1:20 hingga 1:35", 200, "audio_inpaint", _win(80, 95)),
    ("ms", "tambah fade in 3 saat kat awal", 120, "process_track", {"fade_in_s": 3}),
    # ---- ne ----
    ("ne", "मादल र बाँसुरी भएको एउटा लोक गीत बनाइदिनुस्, २ मिनेटको", None, "t2a", {"duration": 120}),
    ("ne", "अन्तिम १० सेकेन्ड फेरि बनाइदिनुस्", 130, "audio_inpaint", _win(120, 130)),
    ("ne", "सुरुमा ५ सेकेन्ड थपिदिनुस्", 90, "audio_outpaint", _out(5, 0)),
    ("ne", "यो गीतबाट भोकल र म्युजिक छुट्याइदिनुस्", 140, "ask", {}),
    # ---- no ----
    (
        "no",
        "Lag en rolig visesang med gitar, ca. 2 minutter, med denne teksten:\n" + _L_NO,
        None,
        "t2a",
        {"duration": 120, "lyrics": _L_NO, "vocal_language": "no", "tags_has": ["guitar"]},
    ),
    ("no", "Lag om delen fra 0:35 til 0:50", 140, "audio_inpaint", _win(35, 50)),
    ("no", "Klipp bort de siste 3 sekundene", 123, "process_track", {"trim_end_s": 3}),
    ("no", "Kan du lage en episk orkesterlåt uten vokal, 5 min", None, "t2a", {"duration": 300, "lyrics": INST}),
    # ---- pa ----
    ("pa", "ਇੱਕ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ, ਢੋਲ ਜ਼ੋਰਦਾਰ ਹੋਵੇ, 2 ਮਿੰਟ ਦਾ", None, "t2a", {"duration": 120, "tags_has": ["bhangra"]}),
    ("pa", "0:30 ਤੋਂ 0:45 ਵਾਲਾ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾਓ", 150, "audio_inpaint", _win(30, 45)),
    ("pa", "ਅਖੀਰ ਵਿੱਚ 20 ਸਕਿੰਟ ਹੋਰ ਜੋੜ ਦਿਓ", 120, "audio_outpaint", _out(0, 20)),
    ("pa", "ਇਸਨੂੰ wav ਵਿੱਚ export ਕਰ ਦਿਓ", 130, "process_track", {"output_format": "wav"}),
    # ---- sa ----
    ("sa", "वीणावादनेन शान्तं सङ्गीतं रचय, गानं विना, दीर्घता ९० सेकण्ड्", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("sa", "एतानि पदानि गीतरूपेण गाय:\n" + _L_SA, None, "t2a", {"lyrics": _L_SA, "vocal_language": "sa"}),
    ("sa", "0:10 तः 0:25 पर्यन्तं भागं पुनः रचय", 120, "audio_inpaint", _win(10, 25)),
    ("sa", "अस्य गीतस्य लयं मन्दं कुरु", 150, "ask", {}),
    # ---- sk ----
    ("sk", "Sprav mi veselú ľudovku s heligónkou, tak minútu a pol", None, "t2a", {"duration": 90}),
    ("sk", "Prerob úsek od 1:00 do 1:12", 150, "audio_inpaint", _win(60, 72)),
    ("sk", "Predĺž to o 30 sekúnd na konci", 120, "audio_outpaint", _out(0, 30)),
    ("sk", "Daj tam na koniec fade out 5 sekúnd", 140, "process_track", {"fade_out_s": 5}),
    # ---- sr ----
    ("sr", "Направи ми неку турбо фолк песму, 3 минута", None, "t2a", {"duration": 180}),
    ("sr", "Poslednjih 8 sekundi generiši ponovo", 128, "audio_inpaint", _win(120, 128)),
    ("sr", "Izvezi u mp3, 256 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("sr", "Нешто ми не лежи ова песма, среди је мало", 140, "ask", {}),
    # ---- sw ----
    (
        "sw",
        "Nitengenezee wimbo wa bongo flava wenye maneno haya:\n" + _L_SW,
        None,
        "t2a",
        {"lyrics": _L_SW, "vocal_language": "sw"},
    ),
    ("sw", "Rudia sehemu kutoka 0:40 hadi 0:55", 130, "audio_inpaint", _win(40, 55)),
    ("sw", "Ongeza sekunde 30 mwishoni", 90, "audio_outpaint", _out(0, 30)),
    ("sw", "Kata sekunde 10 za mwanzo kwenye ule wimbo niliokutumia jana", None, "ask", {}),
    # ---- ta ----
    ("ta", "ஒரு குத்து பாட்டு ரெடி பண்ணுங்க, 2 நிமிஷம்", None, "t2a", {"duration": 120}),
    ("ta", "கடைசி 6 வினாடிகளை மறுபடியும் உருவாக்கு", 96, "audio_inpaint", _win(90, 96)),
    ("ta", "இதை flac ஆக export பண்ணுங்க", 140, "process_track", {"output_format": "flac"}),
    ("ta", "பாட்டோட ஸ்ருதியை கொஞ்சம் குறைங்க", 150, "ask", {}),
    # ---- te ----
    ("te", "ఈ లిరిక్స్ తో ఒక మెలోడీ పాట చేయండి:\n" + _L_TE, None, "t2a", {"lyrics": _L_TE, "vocal_language": "te"}),
    ("te", "0:20 నుండి 0:30 వరకు మళ్ళీ జనరేట్ చేయండి", 100, "audio_inpaint", _win(20, 30)),
    ("te", "చివర్లో ఇంకో 15 సెకన్లు జోడించండి", 105, "audio_outpaint", _out(0, 15)),
    ("te", "దీన్ని సీమ్‌లెస్ loop అయ్యేలా చేయండి", 32, "process_track", {"loop": True}),
    # ---- th ----
    ("th", "ทำเพลงลูกทุ่งสนุกๆ ให้หน่อย ยาว 3 นาที", None, "t2a", {"duration": 180}),
    ("th", "ช่วง 1:00 ถึง 1:20 ทำใหม่ให้หน่อย", 180, "audio_inpaint", _win(60, 80)),
    ("th", "ใส่ fade out ตอนจบ 4 วินาที", 150, "process_track", {"fade_out_s": 4}),
    (
        "th",
        "อยากได้เพลงเปียโนเบาๆ ไม่มีเสียงร้อง 45 วินาที",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST, "tags_has": ["piano"]},
    ),
    # ---- tl ----
    (
        "tl",
        "Gawa ka ng OPM love song, mga 3 minutes, ito yung lyrics:\n" + _L_TL,
        None,
        "t2a",
        {"duration": 180, "lyrics": _L_TL, "vocal_language": "tl"},
    ),
    ("tl", "Pakiulit yung huling 10 seconds", 140, "audio_inpaint", _win(130, 140)),
    ("tl", "Dagdagan mo ng 20 seconds sa simula", 100, "audio_outpaint", _out(20, 0)),
    ("tl", "Pwede mo bang tanggalin yung vocals? instrumental lang sana", 150, "ask", {}),
    # ---- ur ----
    ("ur", "ایک صوفیانہ قوالی بنا دیں، 4 منٹ کی", None, "t2a", {"duration": 240}),
    ("ur", "0:50 سے 1:05 تک کا حصہ دوبارہ بنائیں", 150, "audio_inpaint", _win(50, 65)),
    ("ur", "اسے mp3 میں 320 kbps پر محفوظ کریں", 160, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    (
        "ur",
        "غزل کے انداز میں گانا بنائیں، بول یہ ہیں:\n" + _L_UR,
        None,
        "t2a",
        {"lyrics": _L_UR, "vocal_language": "ur"},
    ),
    # ---- ca ----
    (
        "ca",
        "Fes-me una rumba catalana ben alegre, cantada en català, d'uns 2 minuts",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ca", "tags_has": ["rumba"]},
    ),
    ("ca", "Vull una cançó amb aquesta lletra:\n" + _L_CA, None, "t2a", {"lyrics": _L_CA, "vocal_language": "ca"}),
    ("ca", "Refés el tros del 0:15 al 0:30", 120, "audio_inpaint", _win(15, 30)),
    ("ca", "Allarga-la 20 segons pel final", 100, "audio_outpaint", _out(0, 20)),
    ("ca", "Exporta-ho en wav, si us plau", 130, "process_track", {"output_format": "wav"}),
    # ---- cs ----
    (
        "cs",
        "udělej mi nějakej chill elektro beat bez zpěvu, tak 2 minuty",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("cs", "předělej prosím úsek 0:45 až 1:00", 150, "audio_inpaint", _win(45, 60)),
    ("cs", "přidej na začátek 10 vteřin", 90, "audio_outpaint", _out(10, 0)),
    ("cs", "dej tomu fade in 2 sekundy a fade out 4", 120, "process_track", {"fade_in_s": 2, "fade_out_s": 4}),
    ("cs", "můžeš to trochu zrychlit?", 140, "ask", {}),
    # ---- da ----
    ("da", "Lav en hyggelig julesang med klokker, 1 minut", None, "t2a", {"duration": 60}),
    (
        "da",
        "Lav 3 bud på en kort intro-jingle til min podcast, 10 sekunder, ingen vokal",
        None,
        "t2a",
        {"takes": 3, "duration": 10, "lyrics": INST},
    ),
    ("da", "Lav de sidste 12 sekunder om", 132, "audio_inpaint", _win(120, 132)),
    ("da", "Gem den som mp3", 140, "process_track", {"output_format": "mp3"}),
    ("da", "Kan du mastre den med mere bas og lidt EQ på vokalen?", 170, "ask", {}),
    # ---- el ----
    ("el", "Φτιάξε μου ένα ζεϊμπέκικο με μπουζούκι, γύρω στα 3 λεπτά", None, "t2a", {"duration": 180}),
    (
        "el",
        "Θέλω ένα τραγούδι με αυτούς τους στίχους:\n" + _L_EL,
        None,
        "t2a",
        {"lyrics": _L_EL, "vocal_language": "el"},
    ),
    ("el", "Ξαναφτιάξε το κομμάτι από 1:10 μέχρι 1:30", 200, "audio_inpaint", _win(70, 90)),
    ("el", "Κάν' το να διαρκεί 2 λεπτά", 105, "audio_outpaint", _out(0, 15)),
    ("el", "Κόψε τα πρώτα 3 δευτερόλεπτα", 120, "process_track", {"trim_start_s": 3}),
    # ---- fa ----
    ("fa", "یه آهنگ سنتی با سه‌تار بساز، بدون خواننده، ۲ دقیقه", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("fa", "از ۰:۳۰ تا ۰:۴۵ رو دوباره بساز", 140, "audio_inpaint", _win(30, 45)),
    ("fa", "۲۰ ثانیه به آخرش اضافه کن", 100, "audio_outpaint", _out(0, 20)),
    ("fa", "خروجی mp3 بده با بیت‌ریت ۳۲۰", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    (
        "fa",
        "با این شعر یه آهنگ پاپ بساز:\n" + _L_FA,
        None,
        "t2a",
        {"lyrics": _L_FA, "vocal_language": "fa", "tags_has": ["pop"]},
    ),
    # ---- he ----
    ("he", "תעשה לי שיר מזרחי שמח לחתונה, 3 דקות", None, "t2a", {"duration": 180}),
    ("he", "תייצר מחדש את הקטע מ-0:20 עד 0:40", 150, "audio_inpaint", _win(20, 40)),
    ("he", "תאריך אותו ב-30 שניות בסוף", 120, "audio_outpaint", _out(0, 30)),
    ("he", "תעשה נורמליזציה ל -14 LUFS", 160, "process_track", {"loudness_lufs": -14}),
    ("he", "תחליף את הפזמון במשהו יותר קליט", 170, "ask", {}),
    # ---- hu ----
    ("hu", "Csinálj egy vidám mulatós számot, kb. 2 perceset", None, "t2a", {"duration": 120}),
    (
        "hu",
        "Ezzel a szöveggel kérek egy rockdalt:\n" + _L_HU,
        None,
        "t2a",
        {"lyrics": _L_HU, "vocal_language": "hu", "tags_has": ["rock"]},
    ),
    ("hu", "Az utolsó 15 másodpercet generáld újra", 165, "audio_inpaint", _win(150, 165)),
    ("hu", "Vágd le az első 2 másodpercet, ott csak zaj van", 120, "process_track", {"trim_start_s": 2}),
    ("hu", "Töltsd fel a SoundCloud fiókomra", 150, "ask", {}),
    # ---- id ----
    ("id", "bikinin lagu pop punk yg semangat dong, 2 menitan", None, "t2a", {"duration": 120, "tags_has": ["punk"]}),
    (
        "id",
        "Bikin musik gamelan yang tenang tanpa vokal buat meditasi, 5 menit",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["gamelan"]},
    ),
    ("id", "tolong generate ulang bagian 0:55 sampe 1:10", 180, "audio_inpaint", _win(55, 70)),
    ("id", "tambahin intro 10 detik di depan", 110, "audio_outpaint", _out(10, 0)),
    ("id", "convert ke ogg ya", 120, "process_track", {"output_format": "ogg"}),
    # ---- nl ----
    ("nl", "Maak eens een vrolijk carnavalsnummer met veel blazers, 2 minuten", None, "t2a", {"duration": 120}),
    ("nl", "Kun je het stuk tussen 1:15 en 1:30 opnieuw genereren?", 190, "audio_inpaint", _win(75, 90)),
    ("nl", "Maak hem 3 minuten lang", 150, "audio_outpaint", _out(0, 30)),
    ("nl", "Zet er een fade-out van 8 seconden op", 170, "process_track", {"fade_out_s": 8}),
    ("nl", "Kun je het refrein wat voller maken?", 170, "ask", {}),
    # ---- pl ----
    (
        "pl",
        "Zrób mi kawałek disco polo z takim tekstem:\n" + _L_PL,
        None,
        "t2a",
        {"lyrics": _L_PL, "vocal_language": "pl"},
    ),
    ("pl", "Wygeneruj jeszcze raz fragment od 0:40 do 0:52", 130, "audio_inpaint", _win(40, 52)),
    ("pl", "Dodaj 15 sekund na początku i 10 na końcu", 100, "audio_outpaint", _out(15, 10)),
    (
        "pl",
        "Wyeksportuj do flac i ustaw głośność na -14 LUFS",
        150,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -14},
    ),
    (
        "pl",
        "Potrzebuję spokojnej muzyki na fortepian bez wokalu, 40 sekund, do reklamy",
        None,
        "t2a",
        {"duration": 40, "lyrics": INST, "tags_has": ["piano"]},
    ),
    # ---- ro ----
    ("ro", "Fă-mi o melodie populară cu nai, cam 2 minute", None, "t2a", {"duration": 120}),
    ("ro", "Refă ultimele 10 secunde", 150, "audio_inpaint", _win(140, 150)),
    ("ro", "Prelungește-o cu 30 de secunde la final", 120, "audio_outpaint", _out(0, 30)),
    ("ro", "Exportă în mp3 la 192 kbps", 140, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("ro", "Poți să-i schimbi tonalitatea în La minor?", 130, "ask", {}),
    # ---- sv ----
    ("sv", "Gör en glad midsommarlåt med dragspel och fiol, 2 min", None, "t2a", {"duration": 120}),
    ("sv", "Kan du göra en visa av den här texten?\n" + _L_SV, None, "t2a", {"lyrics": _L_SV, "vocal_language": "sv"}),
    ("sv", "Gör om 0:10–0:25, det låter konstigt där", 120, "audio_inpaint", _win(10, 25)),
    ("sv", "Fadea in de första 3 sekunderna", 120, "process_track", {"fade_in_s": 3}),
    ("sv", "Kan du ta bort trummorna?", 140, "ask", {}),
    # ---- tr ----
    (
        "tr",
        "Bana bağlamayla duygusal bir türkü yap, davul olmasın, 3 dakika civarı",
        None,
        "t2a",
        {"duration": 180, "tags_lacks": ["drums"]},
    ),
    (
        "tr",
        "Enerjik bir rock şarkısından 2 versiyon çıkar, 1 dakikalık",
        None,
        "t2a",
        {"takes": 2, "duration": 60, "tags_has": ["rock"]},
    ),
    ("tr", "1:00 ile 1:15 arasını yeniden üret", 180, "audio_inpaint", _win(60, 75)),
    ("tr", "Sonuna 20 saniye ekle", 100, "audio_outpaint", _out(0, 20)),
    ("tr", "wav olarak dışa aktar", 130, "process_track", {"output_format": "wav"}),
    # ---- uk ----
    (
        "uk",
        "Зроби пісню в стилі інді-рок з таким текстом:\n" + _L_UK,
        None,
        "t2a",
        {"lyrics": _L_UK, "vocal_language": "uk"},
    ),
    ("uk", "Перегенеруй шматок з 0:30 до 0:48", 140, "audio_inpaint", _win(30, 48)),
    ("uk", "Додай 10 секунд на початку", 90, "audio_outpaint", _out(10, 0)),
    ("uk", "Обріж останні 5 секунд", 125, "process_track", {"trim_end_s": 5}),
    ("uk", "Зроби три версії: одну сумну, одну веселу і одну джазову", None, "ask", {}),
    # ---- vi ----
    (
        "vi",
        "Làm cho mình một bài nhạc nhẹ nhàng kiểu lofi, không lời, không có trống, tầm 2 phút nha",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_lacks": ["drums"]},
    ),
    (
        "vi",
        "Phổ nhạc giúp mình đoạn lời này, kiểu ballad:\n" + _L_VI,
        None,
        "t2a",
        {"lyrics": _L_VI, "vocal_language": "vi"},
    ),
    ("vi", "Tạo lại đoạn từ 0:50 đến 1:05 giúp mình", 160, "audio_inpaint", _win(50, 65)),
    ("vi", "Kéo dài thêm 30 giây ở cuối", 120, "audio_outpaint", _out(0, 30)),
    ("vi", "Xuất file mp3 giúp mình", 150, "process_track", {"output_format": "mp3"}),
    # ---- yue ----
    ("yue", "幫我整首廣東歌，呢啲係歌詞：\n" + _L_YUE, None, "t2a", {"lyrics": _L_YUE, "vocal_language": "yue"}),
    ("yue", "最後嗰10秒幫我重新整過", 130, "audio_inpaint", _win(120, 130)),
    ("yue", "開頭加多15秒", 100, "audio_outpaint", _out(15, 0)),
    ("yue", "轉做wav得唔得", 120, "process_track", {"output_format": "wav"}),
    ("yue", "可唔可以將首歌升半個key", 150, "ask", {}),
]
