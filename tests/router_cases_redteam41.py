"""Blind held-out router set 41: an outside evaluator's even mix.

Theme: an even mix as an outside evaluator writes it to test a music agent: every intent in
every language, each row written freshly by imagining a real person in that language's culture
and what they would need, in their own words and register (polite, casual, slang, a few typos).

Counts: 300 rows: 11 in each of the 12 BIG12 languages (132) and 168 over the 38 others
(4 each, a 5th for 16 of them). Intents: t2a 90, audio_inpaint 62, audio_outpaint 45,
process_track 62, ask 41.

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
    "[Verse]\nThirty years on a gravel road\nYou carried half of every load\n"
    "[Chorus]\nStill my girl, still my guy\nStill dancing under a Texas sky"
)
_ES_LYR = "[Verso]\nEsta noche no me voy temprano\nque la pista está prendía\n[Coro]\nDale, dale, que se acaba el día"
_FR_LYR = (
    "[Couplet]\nSur le quai de la gare du Nord\nJ'ai laissé ton nom dans le décor\n[Refrain]\nEt Paris pleure encore"
)
_DE_LYR = "Schlaf, mein Mäuschen, schlaf jetzt ein,\ndraußen schläft der Mondenschein."
_IT_LYR = (
    "[Strofa]\nVent'anni e una torta sul balcone\nGiulia ride e stona la canzone\n"
    "[Ritornello]\nAuguri a te, stanotte non si dorme"
)
_PT_LYR = "[Verso]\nNo morro o sol nasceu mais cedo\nE o tamborim perdeu o medo\n[Refrão]\nVem sambar, vem sambar"
_RU_LYR = "[Куплет]\nБабушка, родная, с днём рождения тебя,\nпироги и чай, и вся твоя семья\n[Припев]\nМы тебя любим!"
_AR_LYR = "[مقطع]\nيا زين الليل والقمرا\nتعال ونورنا الليلة\n[لازمة]\nيا هلا يا هلا"
_HI_LYR = "[अंतरा]\nराम नाम की ज्योति जलाओ\nमन मंदिर में दीप सजाओ\n[मुखड़ा]\nजय श्री राम"
_JA_LYR = "[Aメロ]\n放課後の坂道 君を待ってた\n[サビ]\nさよならなんて言わないで"
_KO_LYR = "[Verse]\n우리 아기 첫 생일\n촛불 하나 후~\n[Chorus]\n사랑해 사랑해"
_ZH_LYR = "[主歌]\n今天是你的生日\n蛋糕上点满蜡烛\n[副歌]\n祝你快乐每一天"
_AZ_LYR = "Bahar gəldi, yaz gəldi,\nTonqal yandı, saz gəldi"
_BG_LYR = "[Куплет]\nСофия спи, а аз вървя\n[Припев]\nТи си моята светлина"
_DA_LYR = "Til lykke mor, du er vores sol\nVi synger for dig ved bordet i dag"
_EL_LYR = "Μικρέ μας άγγελε, καλώς ήρθες στον κόσμο"
_FA_LYR = "امشب شب مهتابه، عروس ما خوشحاله\nداماد گل آورده"
_HE_LYR = "היום אתה גדול, היום אתה גבר\nכל המשפחה כאן לשמוח איתך"
_PL_LYR = "Cicha noc nad miastem śpi\nŚwiatło w oknie, ty i my"
_RO_LYR = "Am inima de aur, frate,\nși banii-n buzunare toate"
_SA_LYR = "वक्रतुण्ड महाकाय सूर्यकोटि समप्रभ।\nनिर्विघ्नं कुरु मे देव सर्वकार्येषु सर्वदा॥"
_TE_LYR = "గొబ్బెమ్మలు పెట్టి ముగ్గులు వేసి\nసంక్రాంతి వచ్చింది సందడి చేసి"
_TR_LYR = "Gel gör beni aşk neyledi\nGözlerimden yaş eyledi"
_VI_LYR = "Chiều nay mưa rơi bên hiên vắng\nNhớ người xưa lòng thấy bâng khuâng"
_YUE_LYR = "[主歌]\n落雨嘅尖沙咀 我獨自行\n[副歌]\n你唔使再等"

R41: list[tuple[Any, ...]] = [
    # ---------------- en ----------------
    (
        "en",
        "Hey, could you make me a chill jazz piano piece for my study stream? No vocals please, around 90 seconds.",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    (
        "en",
        "write a country song for my parents' 30th anniversary, these are the words:\n" + _EN_LYR,
        None,
        "t2a",
        {"lyrics": _EN_LYR, "tags_has": ["country"], "vocal_language": "en"},
    ),
    (
        "en",
        "gimme 3 takes of a punk rock intro for our band's podcast, 20 sec each",
        95.0,
        "t2a",
        {"duration": 20, "takes": 3, "tags_has": ["punk"]},
    ),
    (
        "en",
        "the part from 1:12 to 1:24 sounds muddy, can you regenerate just that bit",
        210.0,
        "audio_inpaint",
        _win(72, 84),
    ),
    ("en", "redo the last 12 seconds, the ending just kinda stops dead", 150.0, "audio_inpaint", _win(138, 150)),
    (
        "en",
        "My wedding video is 4:10 and this song is only 3:40. Can you extend the end so it covers the whole video?",
        220.0,
        "audio_outpaint",
        _out(0, 30),
    ),
    ("en", "add like 15 secnds of intro before it kicks in", 128.0, "audio_outpaint", _out(15, 0)),
    (
        "en",
        "trim the first 3.5 seconds of silence off this voice memo and give me an mp3",
        64.0,
        "process_track",
        {"trim_start_s": 3.5, "output_format": "mp3"},
    ),
    (
        "en",
        "Please normalize it to -14 LUFS for Spotify and add a 4 second fade out.",
        200.0,
        "process_track",
        {"loudness_lufs": -14, "fade_out_s": 4},
    ),
    ("en", "can you make the chorus hit harder", 180.0, "ask", {}),
    ("en", "slow this down to like 85 bpm and drop it a half step", 170.0, "ask", {}),
    # ---------------- es ----------------
    (
        "es",
        "¡Hola! Necesito una cumbia bien alegre para la entrada de mi hija en su quinceañera, ke dure unos 2 minutos 😊",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["cumbia"]},
    ),
    (
        "es",
        "hazme un reggaeton con esta letra:\n" + _ES_LYR,
        None,
        "t2a",
        {"lyrics": _ES_LYR, "tags_has": ["reggaeton"], "vocal_language": "es"},
    ),
    (
        "es",
        "Quiero una pieza de guitarra flamenca, sin voz, de 45 segundos para un reel",
        130.0,
        "t2a",
        {"duration": 45, "lyrics": INST, "tags_has": ["flamenco"]},
    ),
    (
        "es",
        "del segundo 30 al 42 se escucha rara la trompeta, ¿lo puedes volver a generar?",
        160.0,
        "audio_inpaint",
        _win(30, 42),
    ),
    ("es", "Rehaz los últimos 20 segundos porfa", 185.0, "audio_inpaint", _win(165, 185)),
    (
        "es",
        "la canción dura 2:30 y necesito que dure 3 minutos para el video de la boda, alárgala al final",
        150.0,
        "audio_outpaint",
        _out(0, 30),
    ),
    ("es", "ponle 10 segunditos más al principio, como una intro", 140.0, "audio_outpaint", _out(10, 0)),
    (
        "es",
        "pásamelo a wav y con un fade in de 2 segundos",
        175.0,
        "process_track",
        {"output_format": "wav", "fade_in_s": 2},
    ),
    (
        "es",
        "Córtale los primeros 5 segundos y los últimos 3, que hay ruido",
        95.0,
        "process_track",
        {"trim_start_s": 5, "trim_end_s": 3},
    ),
    ("es", "bájale el tono a la canción, está muy aguda para mi voz", 190.0, "ask", {}),
    ("es", "cámbiale el coro", None, "ask", {}),
    # ---------------- fr ----------------
    (
        "fr",
        "Salut ! Tu peux me faire une petite valse musette à l'accordéon pour l'anniversaire de ma grand-mère ? Une minute trente environ, sans paroles.",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["accordion"]},
    ),
    (
        "fr",
        "Je voudrais une chanson à l'ancienne avec ces paroles :\n" + _FR_LYR,
        None,
        "t2a",
        {"lyrics": _FR_LYR, "vocal_language": "fr"},
    ),
    (
        "fr",
        "fais-moi 2 versions d'un beat trap pour mon freestyle, genre 1 minute",
        None,
        "t2a",
        {"duration": 60, "takes": 2, "tags_has": ["trap"]},
    ),
    (
        "fr",
        "Entre 0:50 et 1:05 la batterie déraille, tu peux refaire ce passage ?",
        200.0,
        "audio_inpaint",
        _win(50, 65),
    ),
    ("fr", "refais les 8 dernières secondes stp", 132.0, "audio_inpaint", _win(124, 132)),
    (
        "fr",
        "Ajoute 20 secondes à la fin, la vidéo du mariage est plus longue que le morceau.",
        180.0,
        "audio_outpaint",
        _out(0, 20),
    ),
    ("fr", "Tu peux rallonger le morceau pour qu'il fasse 4 minutes ?", 200.0, "audio_outpaint", _out(0, 40)),
    ("fr", "Exporte-le en flac s'il te plaît.", 145.0, "process_track", {"output_format": "flac"}),
    (
        "fr",
        "il faut que ça boucle proprement, c'est le fond sonore de mon live Twitch",
        60.0,
        "process_track",
        {"loop": True},
    ),
    ("fr", "Tu peux séparer la voix et l'instru ?", 210.0, "ask", {}),
    ("fr", "coupe le blanc au début de mon mémo vocal", None, "ask", {}),
    # ---------------- de ----------------
    (
        "de",
        "Mach mir bitte ein Blasmusik-Stück für unser Schützenfest, so 2 Minuten, ohne Gesang",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "de",
        "Ich brauch nen Techno-Track, 5 Minuten lang, für meinen Lauf",
        None,
        "t2a",
        {"duration": 300, "tags_has": ["techno"]},
    ),
    (
        "de",
        "Kannst du ein Schlaflied für meine Tochter machen? Text:\n" + _DE_LYR,
        150.0,
        "t2a",
        {"lyrics": _DE_LYR, "vocal_language": "de"},
    ),
    (
        "de",
        "Von 2:05 bis 2:20 klingt der Gesang schief, bitte nochma neu generieren.",
        240.0,
        "audio_inpaint",
        _win(125, 140),
    ),
    ("de", "die ersten 10 Sekunden gefallen mir nicht, mach die neu", 180.0, "audio_inpaint", _win(0, 10)),
    ("de", "Verlängere den Song am Ende um 45 Sekunden.", 150.0, "audio_outpaint", _out(0, 45)),
    ("de", "Vorne 5 Sek. und hinten 10 Sek. dranhängen bitte", 120.0, "audio_outpaint", _out(5, 10)),
    (
        "de",
        "Bitte als MP3 mit 192 kbit/s exportieren.",
        200.0,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192},
    ),
    (
        "de",
        "Am Anfang 1 Sekunde einblenden und am Ende über 6 Sekunden ausblenden",
        160.0,
        "process_track",
        {"fade_in_s": 1, "fade_out_s": 6},
    ),
    ("de", "Mach das schneller, so 10 BPM mehr", 170.0, "ask", {}),
    ("de", "Kannst du mir den Refrain neu machen?", 190.0, "ask", {}),
    # ---------------- it ----------------
    (
        "it",
        "Mi serve una tarantella strumentale col mandolino per la festa del paese, tipo un minuto e mezzo",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["mandolin"]},
    ),
    (
        "it",
        "fammi una canzone pop per il compleanno di Giulia, questi sono i versi:\n" + _IT_LYR,
        None,
        "t2a",
        {"lyrics": _IT_LYR, "tags_has": ["pop"], "vocal_language": "it"},
    ),
    (
        "it",
        "Vorrei tre versioni di un jingle jazz di 15 secondi per il mio podcast",
        170.0,
        "t2a",
        {"duration": 15, "takes": 3, "tags_has": ["jazz"]},
    ),
    ("it", "dal minuto 1:30 all'1:40 c'è un glitch, rigeneralo", 220.0, "audio_inpaint", _win(90, 100)),
    ("it", "Rifai gli ultimi 30 secondi, la chiusura è troppo brusca", 195.0, "audio_inpaint", _win(165, 195)),
    ("it", "Allungalo di 20 secondi all'inizio", 130.0, "audio_outpaint", _out(20, 0)),
    (
        "it",
        "Il video del matrimonio dura 3 minuti e 45, il pezzo 3 minuti: allungalo alla fine",
        180.0,
        "audio_outpaint",
        _out(0, 45),
    ),
    ("it", "Convertilo in ogg per favore", 100.0, "process_track", {"output_format": "ogg"}),
    ("it", "taglia via i primi 2 secondi di silenzio dal vocale", 48.0, "process_track", {"trim_start_s": 2}),
    ("it", "Puoi mixare la voce un po' più alta?", 200.0, "ask", {}),
    ("it", "Rifai il ritornello", None, "ask", {}),
    # ---------------- pt ----------------
    (
        "pt",
        "faz um forró pé de serra pra festa junina da escola, com sanfona, uns 2 minutos",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["accordion"]},
    ),
    (
        "pt",
        "Quero um samba com essa letra:\n" + _PT_LYR,
        None,
        "t2a",
        {"lyrics": _PT_LYR, "tags_has": ["samba"], "vocal_language": "pt"},
    ),
    (
        "pt",
        "preciso de uma trilha instrumental de 3 minutos pra tocar de fundo na live",
        90.0,
        "t2a",
        {"duration": 180, "lyrics": INST},
    ),
    ("pt", "do 0:20 ao 0:35 o baixo tá estourado, refaz essa parte", 150.0, "audio_inpaint", _win(20, 35)),
    ("pt", "Refaz os últimos 15 seg", 176.0, "audio_inpaint", _win(161, 176)),
    ("pt", "aumenta a música pra 3 minutos e meio, colocando no final", 180.0, "audio_outpaint", _out(0, 30)),
    ("pt", "coloca uns 8 segundos antes de começar", 110.0, "audio_outpaint", _out(8, 0)),
    (
        "pt",
        "normaliza pra -16 LUFS e exporta em mp3 320",
        240.0,
        "process_track",
        {"loudness_lufs": -16, "output_format": "mp3", "bitrate_kbps": 320},
    ),
    ("pt", "corta 4 segundos do final que ficou um chiado", 92.0, "process_track", {"trim_end_s": 4}),
    ("pt", "muda o tom pra Ré maior", 180.0, "ask", {}),
    ("pt", "faz 3 versões diferentes, uma rock, uma sertaneja e uma de pagode", None, "ask", {}),
    # ---------------- ru ----------------
    (
        "ru",
        "Сделайте, пожалуйста, инструментальную музыку на балалайке для видео про деревню, секунд 40",
        None,
        "t2a",
        {"duration": 40, "lyrics": INST, "tags_has": ["balalaika"]},
    ),
    (
        "ru",
        "нужна песня на день рождения бабушки, слова такие:\n" + _RU_LYR,
        None,
        "t2a",
        {"lyrics": _RU_LYR, "vocal_language": "ru"},
    ),
    ("ru", "Хочу мощный рок-трек минут на 6 для тренировки", None, "t2a", {"duration": 360, "tags_has": ["rock"]}),
    ("ru", "С 1:00 до 1:15 вокал поплыл, перегенерируй этот кусок", 200.0, "audio_inpaint", _win(60, 75)),
    ("ru", "переделай последние 25 секунд", 205.0, "audio_inpaint", _win(180, 205)),
    ("ru", "Продли трек на полминуты в конце", 160.0, "audio_outpaint", _out(0, 30)),
    ("ru", "сделай, чтобы трек был 2 минуты, а не полторы — добавь в конец", 90.0, "audio_outpaint", _out(0, 30)),
    (
        "ru",
        "Сконвертируй в wav и сделай затухание в конце 5 секунд",
        180.0,
        "process_track",
        {"output_format": "wav", "fade_out_s": 5},
    ),
    ("ru", "обрежь тишину в начале голосового — первые 1.5 секунды", 37.0, "process_track", {"trim_start_s": 1.5}),
    ("ru", "разложи трек на стемы", 190.0, "ask", {}),
    ("ru", "переделай второй куплет", 180.0, "ask", {}),
    # ---------------- ar ----------------
    ("ar", "أبغى نشيد بدون موسيقى، أصوات فقط، عن الأم، مدته دقيقة", None, "t2a", {"duration": 60}),
    (
        "ar",
        "ممكن تعمل لي موسيقى عود هادئة بدون غناء لفيديو رمضان، حوالي دقيقتين؟",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["oud"]},
    ),
    ("ar", "اعمل أغنية خليجية بهالكلمات:\n" + _AR_LYR, None, "t2a", {"lyrics": _AR_LYR, "vocal_language": "ar"}),
    ("ar", "من الثانية 45 إلى الدقيقة 1:00 فيه نشاز، أعد توليد هذا الجزء", 180.0, "audio_inpaint", _win(45, 60)),
    ("ar", "أعد آخر 10 ثواني من فضلك", 140.0, "audio_inpaint", _win(130, 140)),
    ("ar", "طوّل المقطع 20 ثانية في النهاية عشان يناسب فيديو العرس", 200.0, "audio_outpaint", _out(0, 20)),
    ("ar", "أضف مقدمة مدتها 12 ثانية قبل البداية", 150.0, "audio_outpaint", _out(12, 0)),
    ("ar", "حوّله إلى mp3 لو سمحت", 180.0, "process_track", {"output_format": "mp3"}),
    ("ar", "قص أول ثانيتين وآخر ثانيتين من التسجيل", 60.0, "process_track", {"trim_start_s": 2, "trim_end_s": 2}),
    ("ar", "غيّر المقام إلى البيات", 170.0, "ask", {}),
    ("ar", "احذف الصمت من بداية التسجيل الصوتي", None, "ask", {}),
    # ---------------- hi ----------------
    (
        "hi",
        "shaadi ke sangeet ke liye ek dhamakedar bhangra beat bana do, 2 minute ka",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["bhangra"]},
    ),
    (
        "hi",
        "मेरी दादी के लिए एक भजन बनाइए, ये बोल हैं:\n" + _HI_LYR,
        None,
        "t2a",
        {"lyrics": _HI_LYR, "vocal_language": "hi"},
    ),
    (
        "hi",
        "YouTube intro ke liye sitar wala instrumental chahiye, 15 second",
        None,
        "t2a",
        {"duration": 15, "lyrics": INST, "tags_has": ["sitar"]},
    ),
    ("hi", "1:20 से 1:35 तक ढोलक गड़बड़ है, उसे दोबारा बनाओ", 210.0, "audio_inpaint", _win(80, 95)),
    ("hi", "aakhri 20 second dubara generate karo", 160.0, "audio_inpaint", _win(140, 160)),
    ("hi", "गाना 2 मिनट 40 सेकंड का है, मुझे 3 मिनट चाहिए, अंत में बढ़ा दो", 160.0, "audio_outpaint", _out(0, 20)),
    ("hi", "shuru mein 10 sec ka intro jod do", 145.0, "audio_outpaint", _out(10, 0)),
    ("hi", "इसे -14 LUFS पर नॉर्मलाइज़ कर दो", 200.0, "process_track", {"loudness_lufs": -14}),
    ("hi", "voice note ke shuru ka 3 second ka sannata kaat do", 55.0, "process_track", {"trim_start_s": 3}),
    ("hi", "इस गाने की स्पीड थोड़ी कम कर दो", 180.0, "ask", {}),
    ("hi", "antara dubara banao", 190.0, "ask", {}),
    # ---------------- ja ----------------
    (
        "ja",
        "配信用の落ち着いたBGMを作ってください。ボーカルなし、2分くらいで。",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "ja",
        "結婚式のエンドロール用に、ピアノとストリングスのバラードを3分でお願いします",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["piano"]},
    ),
    ("ja", "この歌詞で曲作って！\n" + _JA_LYR, 200.0, "t2a", {"lyrics": _JA_LYR, "vocal_language": "ja"}),
    ("ja", "0:40〜0:55のギターソロがイマイチなので作り直してもらえますか", 200.0, "audio_inpaint", _win(40, 55)),
    ("ja", "最後の5秒だけやり直して", 120.0, "audio_inpaint", _win(115, 120)),
    ("ja", "動画が3分なので、曲を後ろに伸ばして3分にしてください", 150.0, "audio_outpaint", _out(0, 30)),
    ("ja", "頭に8秒くらいイントロを足して", 100.0, "audio_outpaint", _out(8, 0)),
    ("ja", "WAVで書き出してください", 180.0, "process_track", {"output_format": "wav"}),
    ("ja", "ループ素材にしたいので、つなぎ目が自然にループするようにして", 30.0, "process_track", {"loop": True}),
    ("ja", "キーを半音上げて", 200.0, "ask", {}),
    ("ja", "サビだけもっと盛り上げて", 180.0, "ask", {}),
    # ---------------- ko ----------------
    (
        "ko",
        "트위치 방송용 잔잔한 피아노 음악 만들어줘 보컬 없이 1분 30초",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "ko",
        "돌잔치 영상에 넣을 귀여운 동요풍 노래 만들어 주세요, 가사는:\n" + _KO_LYR,
        None,
        "t2a",
        {"lyrics": _KO_LYR, "vocal_language": "ko"},
    ),
    (
        "ko",
        "트랩 비트 4개 뽑아줘, 똑같은 느낌으로 30초씩",
        None,
        "t2a",
        {"duration": 30, "takes": 4, "tags_has": ["trap"]},
    ),
    ("ko", "1분 10초부터 1분 25초까지 다시 만들어주세요", 180.0, "audio_inpaint", _win(70, 85)),
    ("ko", "마지막 15초 다시 해줘", 200.0, "audio_inpaint", _win(185, 200)),
    ("ko", "뒤에 30초 더 붙여줘", 150.0, "audio_outpaint", _out(0, 30)),
    ("ko", "앞에 5초, 뒤에 15초 늘려주세요", 120.0, "audio_outpaint", _out(5, 15)),
    ("ko", "mp3 128kbps로 바꿔줘", 160.0, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("ko", "끝에 3초 페이드아웃 넣어주세요", 140.0, "process_track", {"fade_out_s": 3}),
    ("ko", "보컬만 따로 뽑아줄 수 있어요?", 200.0, "ask", {}),
    ("ko", "마지막 10초 다시 만들어줘", None, "ask", {}),
    # ---------------- zh ----------------
    (
        "zh",
        "帮我做一段古筝纯音乐，用在国风短视频里，30秒左右",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST, "tags_has": ["guzheng"]},
    ),
    ("zh", "写一首生日歌，歌词如下：\n" + _ZH_LYR, None, "t2a", {"lyrics": _ZH_LYR, "vocal_language": "zh"}),
    ("zh", "来个 house 风格的舞曲，5分钟，健身房放的", None, "t2a", {"duration": 300, "tags_has": ["house"]}),
    ("zh", "2:00到2:15的副歌重新生成一下", 230.0, "audio_inpaint", _win(120, 135)),
    ("zh", "最后8秒重做", 96.0, "audio_inpaint", _win(88, 96)),
    ("zh", "婚礼视频有4分钟，这首歌才3分半，在结尾加长", 210.0, "audio_outpaint", _out(0, 30)),
    ("zh", "开头加20秒前奏", 180.0, "audio_outpaint", _out(20, 0)),
    ("zh", "导出成flac", 200.0, "process_track", {"output_format": "flac"}),
    ("zh", "把语音备忘录开头的4秒静音剪掉，结尾淡出2秒", 70.0, "process_track", {"trim_start_s": 4, "fade_out_s": 2}),
    ("zh", "把鼓声去掉", 190.0, "ask", {}),
    ("zh", "帮我做三首风格完全不同的歌", None, "ask", {}),
    # ---------------- az ----------------
    (
        "az",
        "Toy üçün tar ilə oynaq bir instrumental musiqi lazımdır, təxminən 2 dəqiqəlik",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "az",
        "Novruz bayramı üçün mahnı yaz, sözləri belədir:\n" + _AZ_LYR,
        None,
        "t2a",
        {"lyrics": _AZ_LYR, "vocal_language": "az"},
    ),
    ("az", "0:30-dan 0:45-ə qədər olan hissəni yenidən yarat", 150.0, "audio_inpaint", _win(30, 45)),
    ("az", "mp3 formatına çevir, zəhmət olmasa", 120.0, "process_track", {"output_format": "mp3"}),
    ("az", "Sonuna 25 saniyə əlavə et", 175.0, "audio_outpaint", _out(0, 25)),
    # ---------------- bg ----------------
    (
        "bg",
        "Направи ми хоро с гайда за сватба, около минута и половина, без вокали",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    (
        "bg",
        "искам поп песен с тези думи:\n" + _BG_LYR,
        None,
        "t2a",
        {"lyrics": _BG_LYR, "tags_has": ["pop"], "vocal_language": "bg"},
    ),
    ("bg", "Последните 10 секунди звучат зле, генерирай ги наново", 130.0, "audio_inpaint", _win(120, 130)),
    ("bg", "Направи fade in 3 секунди в началото", 160.0, "process_track", {"fade_in_s": 3}),
    ("bg", "Удължи песента до 3 минути, добави в края", 165.0, "audio_outpaint", _out(0, 15)),
    # ---------------- bn ----------------
    ("bn", "পহেলা বৈশাখের জন্য একটা বাউল গান বানাও, একতারা থাকবে, ২ মিনিটের", None, "t2a", {"duration": 120}),
    ("bn", "১:০৫ থেকে ১:২০ পর্যন্ত অংশটা আবার বানাও", 190.0, "audio_inpaint", _win(65, 80)),
    ("bn", "ভয়েস মেমোর শুরু থেকে ২ সেকেন্ড কেটে দাও", 40.0, "process_track", {"trim_start_s": 2}),
    ("bn", "শুরুতে ১০ সেকেন্ডের ইন্ট্রো যোগ করো", 140.0, "audio_outpaint", _out(10, 0)),
    # ---------------- ca ----------------
    (
        "ca",
        "Em fas una sardana instrumental per a la festa major? Uns 2 minuts",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "ca",
        "Vull una rumba catalana amb guitarra per al casament del meu germà, 3 minuts",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["rumba"]},
    ),
    ("ca", "Refés del 0:15 al 0:25, si us plau", 100.0, "audio_inpaint", _win(15, 25)),
    ("ca", "Passa-ho a wav", 150.0, "process_track", {"output_format": "wav"}),
    ("ca", "Allarga-la 30 segons pel final", 200.0, "audio_outpaint", _out(0, 30)),
    # ---------------- cs ----------------
    ("cs", "Potřebuju dechovku na hasičský ples, tak minutu a půl", None, "t2a", {"duration": 90}),
    (
        "cs",
        "udělej mi 2 verze rockovýho intra na youtube, 20 sekund",
        None,
        "t2a",
        {"duration": 20, "takes": 2, "tags_has": ["rock"]},
    ),
    ("cs", "Přegeneruj posledních 20 sekund", 180.0, "audio_inpaint", _win(160, 180)),
    (
        "cs",
        "dej tomu na konci fade out 5 sekund a ulož jako mp3",
        170.0,
        "process_track",
        {"fade_out_s": 5, "output_format": "mp3"},
    ),
    ("cs", "Přidej na začátek 6 sekund", 90.0, "audio_outpaint", _out(6, 0)),
    # ---------------- da ----------------
    (
        "da",
        "Kan du lave en hyggelig sang med guitar til min mors 60 års fødselsdag? Teksten er:\n" + _DA_LYR,
        None,
        "t2a",
        {"lyrics": _DA_LYR, "tags_has": ["guitar"], "vocal_language": "da"},
    ),
    ("da", "Lav 1:40 til 1:50 om, der er en mærkelig lyd", 200.0, "audio_inpaint", _win(100, 110)),
    (
        "da",
        "trim de første 2 sek og de sidste 1 sek af optagelsen",
        45.0,
        "process_track",
        {"trim_start_s": 2, "trim_end_s": 1},
    ),
    ("da", "gør den 30 sek længere i slutningen", 150.0, "audio_outpaint", _out(0, 30)),
    # ---------------- el ----------------
    (
        "el",
        "Θέλω ένα ζεϊμπέκικο με μπουζούκι, ορχηστρικό, γύρω στα 2 λεπτά",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["bouzouki"]},
    ),
    (
        "el",
        "κάνε μου ένα τραγούδι για τη βάφτιση του ανιψιού μου, 1 λεπτό, με αυτούς τους στίχους:\n" + _EL_LYR,
        None,
        "t2a",
        {"duration": 60, "lyrics": _EL_LYR, "vocal_language": "el"},
    ),
    ("el", "Ξαναφτιάξε από 0:50 έως 1:10", 180.0, "audio_inpaint", _win(50, 70)),
    ("el", "Κανονικοποίηση στα -14 LUFS παρακαλώ", 200.0, "process_track", {"loudness_lufs": -14}),
    ("el", "πρόσθεσε 15 δευτερόλεπτα στο τέλος", 120.0, "audio_outpaint", _out(0, 15)),
    # ---------------- fa ----------------
    (
        "fa",
        "یه قطعه بی‌کلام با سنتور برای شب یلدا می‌خوام، حدود سه دقیقه",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST},
    ),
    (
        "fa",
        "برای عروسی یه آهنگ شاد بساز با این شعر:\n" + _FA_LYR,
        None,
        "t2a",
        {"lyrics": _FA_LYR, "vocal_language": "fa"},
    ),
    ("fa", "از ثانیه ۲۰ تا ۳۵ رو دوباره بساز", 120.0, "audio_inpaint", _win(20, 35)),
    ("fa", "لطفاً خروجی رو ogg بده", 150.0, "process_track", {"output_format": "ogg"}),
    ("fa", "آهنگ ۲ دقیقه است، می‌خوام ۲ و نیم دقیقه بشه، به آخرش اضافه کن", 120.0, "audio_outpaint", _out(0, 30)),
    # ---------------- fi ----------------
    (
        "fi",
        "Tee mulle tunnelmallinen kantele-instrumentaali juhannusvideoon, noin 45 sekuntia",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST, "tags_has": ["kantele"]},
    ),
    ("fi", "vedä uusiks viimeiset 12 sekuntia", 132.0, "audio_inpaint", _win(120, 132)),
    ("fi", "Muunna flaciksi kiitos", 180.0, "process_track", {"output_format": "flac"}),
    ("fi", "Lisää alkuun 10 sekuntia", 150.0, "audio_outpaint", _out(10, 0)),
    # ---------------- he ----------------
    (
        "he",
        "תעשה לי שיר קצבי לבר מצווה של הבן שלי, עם המילים:\n" + _HE_LYR,
        None,
        "t2a",
        {"lyrics": _HE_LYR, "vocal_language": "he"},
    ),
    (
        "he",
        "צריך מוזיקת רקע בלי שירה לסרטון של החתונה, כלייזמר עם קלרינט, 2 דקות",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["clarinet"]},
    ),
    ("he", "תחדש את הקטע בין 1:00 ל-1:12", 160.0, "audio_inpaint", _win(60, 72)),
    (
        "he",
        "תוסיף פייד אאוט של 4 שניות ותייצא ל-wav",
        190.0,
        "process_track",
        {"fade_out_s": 4, "output_format": "wav"},
    ),
    ("he", "תאריך את השיר ב-20 שניות בסוף", 170.0, "audio_outpaint", _out(0, 20)),
    # ---------------- hr ----------------
    ("hr", "Trebam klapsku pjesmu a cappella, bez instrumenata, oko 2 minute", None, "t2a", {"duration": 120}),
    ("hr", "Ponovno generiraj od 0:35 do 0:50", 140.0, "audio_inpaint", _win(35, 50)),
    ("hr", "izreži prve 3 sekunde tišine", 80.0, "process_track", {"trim_start_s": 3}),
    ("hr", "produlji za 40 sekundi na kraju", 150.0, "audio_outpaint", _out(0, 40)),
    # ---------------- ht ----------------
    (
        "ht",
        "Fè yon konpa pou fèt manman m, anviwon 2 minit, san chante",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("ht", "Refè dènye 10 segonn yo", 110.0, "audio_inpaint", _win(100, 110)),
    ("ht", "Mete l an mp3 souple", 160.0, "process_track", {"output_format": "mp3"}),
    ("ht", "Ajoute 15 segonn nan kòmansman an", 130.0, "audio_outpaint", _out(15, 0)),
    # ---------------- hu ----------------
    (
        "hu",
        "Csinálj egy csárdást hegedűvel a lagzira, kb. másfél perc, ének nélkül",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["violin"]},
    ),
    ("hu", "kéne egy 4 perces synthwave szám a streamemre", 60.0, "t2a", {"duration": 240, "tags_has": ["synthwave"]}),
    ("hu", "1:15-től 1:30-ig generáld újra", 180.0, "audio_inpaint", _win(75, 90)),
    ("hu", "Legyen loopolható, a vége simán menjen át az elejébe", 32.0, "process_track", {"loop": True}),
    ("hu", "Hosszabbítsd meg 3 percre, a végén", 150.0, "audio_outpaint", _out(0, 30)),
    # ---------------- id ----------------
    (
        "id",
        "Bikinin lagu dangdut buat hajatan sunatan adik aku dong, 2 menit",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["dangdut"]},
    ),
    (
        "id",
        "Tolong buatkan musik gamelan instrumental untuk video pernikahan adat Jawa, sekitar 1 menit",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["gamelan"]},
    ),
    ("id", "detik 40 sampai 55 ulang ya, vokalnya fals", 170.0, "audio_inpaint", _win(40, 55)),
    ("id", "potong 5 detik terakhir", 125.0, "process_track", {"trim_end_s": 5}),
    ("id", "panjangin 20 detik di akhir buat video nikahan", 200.0, "audio_outpaint", _out(0, 20)),
    # ---------------- is ----------------
    (
        "is",
        "Geturðu gert rólegt píanólag án söngs fyrir jólamyndband, um það bil eina mínútu?",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("is", "Endurgerðu síðustu 15 sekúndurnar", 165.0, "audio_inpaint", _win(150, 165)),
    ("is", "Breyttu þessu í wav", 140.0, "process_track", {"output_format": "wav"}),
    ("is", "Bættu 10 sekúndum við í byrjun", 120.0, "audio_outpaint", _out(10, 0)),
    # ---------------- la ----------------
    ("la", "Fac mihi cantum gregorianum sine instrumentis, duo minuta longum", None, "t2a", {"duration": 120}),
    ("la", "Regenera partem a secundo 30 usque ad secundum 45", 150.0, "audio_inpaint", _win(30, 45)),
    ("la", "Converte in formam mp3, quaeso", 100.0, "process_track", {"output_format": "mp3"}),
    ("la", "Adde viginti secunda in fine", 160.0, "audio_outpaint", _out(0, 20)),
    # ---------------- lt ----------------
    (
        "lt",
        "Sukurk linksmą polką su akordeonu vestuvėms, apie 2 minutes",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["polka"]},
    ),
    ("lt", "Pergeneruok nuo 0:20 iki 0:30", 90.0, "audio_inpaint", _win(20, 30)),
    (
        "lt",
        "Padaryk 2 sekundžių fade in ir 3 sekundžių fade out",
        150.0,
        "process_track",
        {"fade_in_s": 2, "fade_out_s": 3},
    ),
    ("lt", "Pridėk 30 sekundžių pabaigoje", 180.0, "audio_outpaint", _out(0, 30)),
    # ---------------- ms ----------------
    (
        "ms",
        "Buatkan nasyid tanpa alat muzik, suara sahaja, untuk majlis kesyukuran, lebih kurang 1 minit",
        None,
        "t2a",
        {"duration": 60},
    ),
    ("ms", "Tolong jana semula 10 saat terakhir", 150.0, "audio_inpaint", _win(140, 150)),
    ("ms", "Tukar ke format flac", 200.0, "process_track", {"output_format": "flac"}),
    ("ms", "Tambah 15 saat di awal lagu", 140.0, "audio_outpaint", _out(15, 0)),
    # ---------------- ne ----------------
    (
        "ne",
        "दशैंको लागि मादल र बाँसुरी भएको लोक धुन बनाइदिनुस्, गीत बिना, करिब १ मिनेट",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    ("ne", "अन्तिम २० सेकेन्ड फेरि बनाइदिनुस्", 180.0, "audio_inpaint", _win(160, 180)),
    ("ne", "यो भ्वाइस रेकर्डिङको सुरुको ३ सेकेन्ड काटिदिनु", 50.0, "process_track", {"trim_start_s": 3}),
    ("ne", "अन्त्यमा ३० सेकेन्ड थपिदिनुस्", 150.0, "audio_outpaint", _out(0, 30)),
    # ---------------- nl ----------------
    (
        "nl",
        "Maak een vrolijk carnavalsnummer met blaaskapel, 2 minuten, zonder zang",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "nl",
        "ik wil 3 takes van een rustige beat met piano, elk 1 min",
        None,
        "t2a",
        {"duration": 60, "takes": 3, "tags_has": ["piano"]},
    ),
    ("nl", "Kun je van 1:05 tot 1:15 opnieuw genereren?", 150.0, "audio_inpaint", _win(65, 75)),
    (
        "nl",
        "normaliseren naar -16 LUFS en als mp3 opslaan",
        180.0,
        "process_track",
        {"loudness_lufs": -16, "output_format": "mp3"},
    ),
    ("nl", "De bruiloftvideo duurt 3:20 en het nummer 3:00, verleng het einde", 180.0, "audio_outpaint", _out(0, 20)),
    # ---------------- no ----------------
    (
        "no",
        "Lag en rolig hardingfele-låt til 17. mai-videoen vår, instrumental, ca. 1 minutt",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    ("no", "Lag om de siste 8 sekundene", 88.0, "audio_inpaint", _win(80, 88)),
    ("no", "Eksporter som wav, takk", 130.0, "process_track", {"output_format": "wav"}),
    ("no", "Forleng med 25 sekunder på slutten", 155.0, "audio_outpaint", _out(0, 25)),
    # ---------------- pa ----------------
    ("pa", "ਵਿਆਹ ਲਈ ਢੋਲ ਵਾਲਾ ਭੰਗੜਾ ਗੀਤ ਬਣਾ ਦਿਓ, 2 ਮਿੰਟ ਦਾ", None, "t2a", {"duration": 120, "tags_has": ["bhangra"]}),
    ("pa", "1:00 ਤੋਂ 1:20 ਤੱਕ ਦਾ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾਓ", 200.0, "audio_inpaint", _win(60, 80)),
    ("pa", "ਇਸ ਨੂੰ mp3 ਵਿੱਚ ਬਦਲ ਦਿਓ", 150.0, "process_track", {"output_format": "mp3"}),
    ("pa", "ਗੀਤ ਦੀ ਸਪੀਡ ਤੇਜ਼ ਕਰ ਦਿਓ", 180.0, "ask", {}),
    # ---------------- pl ----------------
    (
        "pl",
        "Zrób mi disco polo na wesele kuzyna, jakieś 3 minuty",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["disco"]},
    ),
    (
        "pl",
        "potrzebuję kolędy z pianinem, spokojnie, z tym tekstem:\n" + _PL_LYR,
        None,
        "t2a",
        {"lyrics": _PL_LYR, "tags_has": ["piano"], "vocal_language": "pl"},
    ),
    ("pl", "wygeneruj od nowa ostatnie 15 sekund", 140.0, "audio_inpaint", _win(125, 140)),
    ("pl", "wytnij pierwsze 4 sekundy ciszy z nagrania", 60.0, "process_track", {"trim_start_s": 4}),
    ("pl", "rozdziel wokal od muzyki", 170.0, "ask", {}),
    # ---------------- ro ----------------
    (
        "ro",
        "Fă-mi o horă de nuntă cu țambal și vioară, instrumentală, cam 2 minute",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["violin"]},
    ),
    ("ro", "Vreau o manea cu versurile astea:\n" + _RO_LYR, None, "t2a", {"lyrics": _RO_LYR, "vocal_language": "ro"}),
    ("ro", "regenerează de la 0:45 la 1:00", 150.0, "audio_inpaint", _win(45, 60)),
    ("ro", "exportă în flac te rog", 190.0, "process_track", {"output_format": "flac"}),
    ("ro", "Poți să schimbi tonalitatea în La minor?", 180.0, "ask", {}),
    # ---------------- sa ----------------
    (
        "sa",
        "गणेशचतुर्थ्यै एकं स्तोत्रगानं रचय, एतानि पदानि:\n" + _SA_LYR,
        None,
        "t2a",
        {"lyrics": _SA_LYR, "vocal_language": "sa"},
    ),
    ("sa", "अन्तिमाः १० सेकण्डाः पुनः निर्मीयन्ताम्", 120.0, "audio_inpaint", _win(110, 120)),
    ("sa", "एतत् wav-रूपेण देहि", 100.0, "process_track", {"output_format": "wav"}),
    ("sa", "गीतस्य लयं मन्दं कुरु", 150.0, "ask", {}),
    # ---------------- sk ----------------
    ("sk", "Sprav mi ľudovku s fujarou, bez spevu, asi minútu", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("sk", "Pregeneruj úsek od 1:30 do 1:45", 200.0, "audio_inpaint", _win(90, 105)),
    ("sk", "Daj tomu fade out 6 sekúnd", 180.0, "process_track", {"fade_out_s": 6}),
    ("sk", "Uprav refrén, nech je lepší", 190.0, "ask", {}),
    # ---------------- sr ----------------
    (
        "sr",
        "Napravi mi kolo sa harmonikom za slavu, oko minut i po, bez pevanja",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["accordion"]},
    ),
    ("sr", "Поново генериши последњих 20 секунди", 170.0, "audio_inpaint", _win(150, 170)),
    ("sr", "пребаци у mp3 320 kbps", 200.0, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("sr", "izbaci bubnjeve iz pesme", 160.0, "ask", {}),
    # ---------------- sv ----------------
    (
        "sv",
        "Gör en glad midsommarvisa med dragspel, ungefär en och en halv minut",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["accordion"]},
    ),
    (
        "sv",
        "behöver lugn ambient bakgrundsmusik utan sång till min meditationsapp, 8 minuter",
        None,
        "t2a",
        {"duration": 480, "lyrics": INST, "tags_has": ["ambient"]},
    ),
    ("sv", "Gör om 0:10 till 0:25", 120.0, "audio_inpaint", _win(10, 25)),
    (
        "sv",
        "Klipp bort de sista 3 sekunderna och gör en fade out på 2 sek",
        95.0,
        "process_track",
        {"trim_end_s": 3, "fade_out_s": 2},
    ),
    ("sv", "Kan du göra om refrängen?", None, "ask", {}),
    # ---------------- sw ----------------
    (
        "sw",
        "Nitengenezee wimbo wa bongo flava kwa ajili ya harusi ya dada yangu, dakika 3",
        None,
        "t2a",
        {"duration": 180},
    ),
    ("sw", "Tengeneza upya kuanzia sekunde 30 hadi 45", 150.0, "audio_inpaint", _win(30, 45)),
    ("sw", "Ibadilishe iwe mp3 tafadhali", 140.0, "process_track", {"output_format": "mp3"}),
    ("sw", "Naomba uondoe sauti ya muimbaji nibaki na ala tu", 180.0, "ask", {}),
    # ---------------- ta ----------------
    ("ta", "பொங்கலுக்கு நாதஸ்வரம் தவில் வைத்து ஒரு இசை, பாடல் இல்லாமல், 1 நிமிடம்", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("ta", "கடைசி 10 வினாடிகளை மீண்டும் உருவாக்கு", 130.0, "audio_inpaint", _win(120, 130)),
    ("ta", "இதை -14 LUFS க்கு normalize பண்ணுங்க", 190.0, "process_track", {"loudness_lufs": -14}),
    ("ta", "பாட்டோட ஸ்ருதியை கொஞ்சம் குறைங்க", 200.0, "ask", {}),
    # ---------------- te ----------------
    ("te", "సంక్రాంతికి ఒక జానపద పాట చేయండి, ఈ పదాలతో:\n" + _TE_LYR, None, "t2a", {"lyrics": _TE_LYR, "vocal_language": "te"}),
    ("te", "0:50 నుండి 1:05 వరకు మళ్ళీ చేయండి", 160.0, "audio_inpaint", _win(50, 65)),
    ("te", "మొదటి 2 సెకన్లు కట్ చేయండి", 70.0, "process_track", {"trim_start_s": 2}),
    ("te", "చివరి 15 సెకన్లు మళ్ళీ చేయండి", None, "ask", {}),
    # ---------------- th ----------------
    ("th", "ช่วยทำเพลงลูกทุ่งสนุกๆ สำหรับงานบวชหน่อย ประมาณ 2 นาที", None, "t2a", {"duration": 120}),
    ("th", "ช่วยสร้างใหม่ช่วง 1:10 ถึง 1:25 หน่อยค่ะ", 180.0, "audio_inpaint", _win(70, 85)),
    ("th", "แปลงเป็นไฟล์ wav ให้หน่อย", 150.0, "process_track", {"output_format": "wav"}),
    ("th", "ทำให้ท่อนฮุคมันปังกว่านี้", 190.0, "ask", {}),
    # ---------------- tl ----------------
    (
        "tl",
        "Pwede gawa ka ng acoustic love song para sa debut ng pamangkin ko? mga 3 mins",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["acoustic"]},
    ),
    ("tl", "paki-redo yung last 20 secs", 200.0, "audio_inpaint", _win(180, 200)),
    (
        "tl",
        "lagyan mo ng 3 sec fade in tsaka gawin mong mp3",
        150.0,
        "process_track",
        {"fade_in_s": 3, "output_format": "mp3"},
    ),
    ("tl", "Pwede mo bang taasan ng isang key?", 175.0, "ask", {}),
    # ---------------- tr ----------------
    (
        "tr",
        "Kına gecesi için darbukalı, oyun havası bir parça yap, sözsüz, 2 dakika",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["darbuka"]},
    ),
    ("tr", "Bu sözlerle bir arabesk şarkı yap:\n" + _TR_LYR, 200.0, "t2a", {"lyrics": _TR_LYR, "vocal_language": "tr"}),
    ("tr", "1:40 ile 2:00 arasını yeniden oluştur", 220.0, "audio_inpaint", _win(100, 120)),
    ("tr", "Başındaki 2 saniyelik sessizliği kes", 75.0, "process_track", {"trim_start_s": 2}),
    ("tr", "Vokali çıkarıp sadece altyapıyı verir misin?", 200.0, "ask", {}),
    # ---------------- uk ----------------
    ("uk", "Зроби щедрівку з бандурою до Різдва, хвилини дві", None, "t2a", {"duration": 120, "tags_has": ["bandura"]}),
    (
        "uk",
        "Хочу 2 варіанти того самого інді-року для відео, по 40 секунд",
        None,
        "t2a",
        {"duration": 40, "takes": 2, "tags_has": ["rock"]},
    ),
    ("uk", "Перегенеруй з 0:25 до 0:40", 150.0, "audio_inpaint", _win(25, 40)),
    ("uk", "Зроби затухання в кінці на 5 секунд", 160.0, "process_track", {"fade_out_s": 5}),
    ("uk", "зроби трохи повільніше", 170.0, "ask", {}),
    # ---------------- ur ----------------
    ("ur", "شادی کی مہندی کے لیے ڈھولک والا گانا بنا دیں، دو منٹ کا", None, "t2a", {"duration": 120}),
    ("ur", "آخری 15 سیکنڈ دوبارہ بنائیں", 165.0, "audio_inpaint", _win(150, 165)),
    ("ur", "اسے mp3 میں بدل دیں", 120.0, "process_track", {"output_format": "mp3"}),
    ("ur", "قوالی کا کورس بدل دو", None, "ask", {}),
    # ---------------- vi ----------------
    (
        "vi",
        "Làm giúp mình một bản nhạc Tết vui tươi có đàn tranh, không lời, khoảng 1 phút",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    (
        "vi",
        "Viết cho em bài bolero với lời này nha:\n" + _VI_LYR,
        None,
        "t2a",
        {"lyrics": _VI_LYR, "tags_has": ["bolero"], "vocal_language": "vi"},
    ),
    ("vi", "Tạo lại đoạn từ 0:30 đến 0:50 giúp mình", 170.0, "audio_inpaint", _win(30, 50)),
    ("vi", "xuất file flac nha", 200.0, "process_track", {"output_format": "flac"}),
    ("vi", "Tách giọng hát ra khỏi nhạc nền được không?", 190.0, "ask", {}),
    # ---------------- yue ----------------
    ("yue", "幫我整首廣東歌，用呢段歌詞：\n" + _YUE_LYR, None, "t2a", {"lyrics": _YUE_LYR, "vocal_language": "yue"}),
    ("yue", "最尾嗰10秒幫我重新整過", 140.0, "audio_inpaint", _win(130, 140)),
    ("yue", "轉做mp3吖唔該", 160.0, "process_track", {"output_format": "mp3"}),
    ("yue", "將首歌升半個key", 180.0, "ask", {}),
]
