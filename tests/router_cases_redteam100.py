"""Blind held-out router set 100.

Theme: "an even mix, 34, new pieces described richly". 300 rows: 11 in each of the
12 BIG12 languages, 4 in each of the 38 other languages and a 5th in 16 of them.
New-piece rows are described richly (occasions, moods, instruments, eras, regional
genres in each language's own words, pasted lyrics with and without section markers,
instrumental said in everyday ways, several takes, lengths in words and digits); the
other intents are an ordinary mix.

Counts per intent: t2a 91, audio_inpaint 60, audio_outpaint 44, process_track 61,
ask 44.

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


# Lyrics pasted into requests (kept in one place so the label is exactly the pasted text).
_L_EN1 = (
    "[Verse]\nYou found me in the autumn light\nAnd held the door against the night\n"
    "[Chorus]\nStay, stay, this is where we start"
)
_L_EN2 = "Woke up this mornin', river at my door\nWoke up this mornin', ain't got no home no more"
_L_DE = (
    "[Strophe]\nDie Sonne scheint auf Mallorca\nund wir tanzen bis zum Morgen\n"
    "[Refrain]\nHoch die Hände, noch ein Lied\nweil die Nacht uns nicht vergisst"
)
_L_ES = "Que cumpla muchos más, la abuela Carmen\nque baile hasta el amanecer\nque la cumbia nunca pare"
_L_FR = "Il pleut sur le marché de Sète\nles parapluies font la causette\net moi je rentre sans rien dire"
_L_IT = (
    "[Strofa]\nTi ho aspettata sotto il portico\ncon la pioggia nelle tasche\n"
    "[Ritornello]\nE tu, e tu, sei l'estate che non passa"
)
_L_JA = "[Verse]\n春の風が二人を運んで\n[Chorus]\nありがとう これからもずっと"
_L_KO = "[Verse]\n우리 아버지 육십 평생\n땀방울로 지은 집\n[Chorus]\n만세 만세 우리 아버지"
_L_ZH = "[主歌]\n月落西楼人未眠\n一壶浊酒话当年\n[副歌]\n江南烟雨几时休"
_L_PT = "Olha a fogueira, olha o balão\nvem dançar comigo, meu São João"
_L_RU = "Над рекою туман, и палатки в росе,\nмы с тобою вдвоём, как когда-то, как все"
_L_AR = "يا هلا بالعريس يا هلا\nليلة الفرح نورت الدنيا"
_L_HI = "हल्दी की रस्म है आज, गूँजे ढोलक की थाप\nबन्नो तेरे हाथों में मेहंदी का रंग है लाल"
_L_BG = "Мома се люшка на люлка\nпод зелената круша\nа момчето свири с кавал"
_L_BN = "আকাশ ভরা মেঘের ছায়া\nমনের কোণে বৃষ্টি নামে\nতোমার কথা পড়ল মনে"
_L_CA = "Balla, balla, Maria, que la nit és llarga\nla plaça està plena i el barri canta"
_L_CS = "U rybníka pod lípou\nhraje muzika celou noc\nTak si, holka, dupni"
_L_DA = "[Vers]\nSneen falder stille over Vesterbro\n[Omkvæd]\nGlædelig jul, vi er samlet igen"
_L_EL = "Μαμά, είσαι το φως στο παράθυρο\nκαι η ζάχαρη στον καφέ μου"
_L_FI = "[Säkeistö]\nYö on kylmä, järvi jäätyy\n[Kertosäe]\nPohjoisen tähti, johda minut kotiin"
_L_HE = "לילה טוב, ילדה שלי\nהירח שומר עלייך"
_L_HR = "More, more, vrati mi ga\nšto si ga odnijelo u noć"
_L_HT = "Manman cheri, ou se limyè lakay\nnou chante pou ou jodi a"
_L_ID = "Abang pulang bawa cinta\njangan bawa cerita lama\ngoyang terus sampai pagi"
_L_LA = "Veni, lux beata, illumina corda nostra\nin tenebris noctis, Domine, mane nobiscum"
_L_MS = "Balik kampung hari raya\nmaaf zahir dan batin semua"
_L_NE = "दशैं आयो घर आऊ\nआमाको हातको टीका लाऊ"
_L_NL = "[Couplet]\nJe stond elke ochtend vroeg op bij het licht\n[Refrein]\nDag opa, we dragen je mee"
_L_NO = "Mørket senker seg over fjellet\nulvene synger i natt"
_L_PA = "ਨੱਚ ਲੈ ਸੋਹਣਿਆ ਅੱਜ ਵਿਆਹ ਦੀ ਰਾਤ\nਢੋਲ ਵੱਜਦਾ ਤੇ ਗਿੱਧਾ ਪੈਂਦਾ ਨਾਲ"
_L_PL = "[Zwrotka]\nTa dziewczyna z Białegostoku\n[Refren]\nTańcz ze mną do rana, moja ukochana"
_L_SA = "ॐ नमः शिवाय शान्ताय\nकैलासवासिने नमः"
_L_SV = "Nu dansar vi runt stången i blomsterkransens sken\nsommarnatten ljus och lång, och ingen går hem"
_L_SW = "Leo ni siku ya furaha, bibi harusi kapendeza\ntucheze wote mpaka asubuhi"
_L_TA = "மாப்பிள்ளை வந்தாரு மேளம் கொட்டு\nபொண்ணு சிரிச்சா பூ மழை கொட்டு"
_L_TH = "คิดฮอดบ้านนาเด้อ สาวน้อยคนงาม\nบุญบั้งไฟปีนี้สิกลับไปหา"
_L_TL = "Sa ilalim ng buwan, ako'y naghihintay\numawit para sa 'yo hanggang sa pagsikat ng araw"
_L_TR = "Yayla yolları taşlı\ngözlerim hep yaşlı\nsensiz geçmiyor günler"
_L_UK = "Ой у полі вітер віє\nковила до неба гнеться"
_L_UR = "یا مولا تیرا در ہے سہارا\nدل کی صدا پہ آ جا دوبارہ"
_L_VI = "Chiều nay mưa rơi trên bến sông quê\nmẹ già ngồi đợi con về"
_L_YUE = "[Verse]\n霓虹燈下我哋行過彌敦道\n[Chorus]\n今晚唔想返屋企"

R100: list[tuple[Any, ...]] = [
    # ---------------- en ----------------
    (
        "en",
        "Need a first-dance song for our wedding, slow acoustic guitar ballad, warm and a bit nostalgic, about two and a half minutes. Lyrics:\n"
        + _L_EN1,
        None,
        "t2a",
        {"duration": 150, "lyrics": _L_EN1, "tags_has": ["guitar"], "vocal_language": "en"},
    ),
    (
        "en",
        "something for my kid's 7th birthday party, bouncy and silly, ukulele and handclaps, no singing, 45 seconds",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST, "tags_has": ["ukulele"]},
    ),
    (
        "en",
        "give me 3 takes of a moody 80s synthwave instrumental, night drive vibe, 2 min",
        None,
        "t2a",
        {"takes": 3, "duration": 120, "lyrics": INST, "tags_has": ["synthwave"]},
    ),
    (
        "en",
        "forget this one. brand new track: delta blues, slide guitar, gravelly male voice, words:\n" + _L_EN2,
        95,
        "t2a",
        {"lyrics": _L_EN2, "tags_has": ["blues"], "vocal_language": "en"},
    ),
    ("en", "the bit from 1:05 to 1:20 sounds muddy, redo it", 180, "audio_inpaint", _win(65, 80)),
    ("en", "regenerate the last 12 seconds", 140, "audio_inpaint", _win(128, 140)),
    ("en", "add 20 seconds of intro before it starts", 90, "audio_outpaint", _out(20, 0)),
    ("en", "can you stretch it out to 3 minutes", 150, "audio_outpaint", _out(0, 30)),
    (
        "en",
        "export as flac and normalize to -14 LUFS",
        120,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -14},
    ),
    (
        "en",
        "trim 3 seconds off the start and give it a 5 second fade out",
        200,
        "process_track",
        {"trim_start_s": 3, "fade_out_s": 5},
    ),
    ("en", "can you pull the vocals out so I just have the backing track", 180, "ask", {}),
    # ---------------- de ----------------
    (
        "de",
        "Mach mir was für unsere Weihnachtsfeier im Büro, gemütlich, Glockenspiel und Streicher, ohne Gesang, so anderthalb Minuten",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["strings"]},
    ),
    (
        "de",
        "Schlager zum Mitsingen für die Malle-Party, Text:\n" + _L_DE,
        None,
        "t2a",
        {"lyrics": _L_DE, "tags_has": ["schlager"], "vocal_language": "de"},
    ),
    (
        "de",
        "Zwei Versionen bitte: Krautrock, hypnotischer Motorik-Beat, analoge Synths, rein instrumental, 4 Minuten",
        None,
        "t2a",
        {"takes": 2, "duration": 240, "lyrics": INST, "tags_has": ["krautrock"]},
    ),
    (
        "de",
        "Ein Techno-Track mit 130 BPM, dunkel, wie im Berliner Keller um 5 Uhr morgens, ca. sechs Minuten lang",
        150,
        "t2a",
        {"duration": 360, "tags_has": ["techno"]},
    ),
    (
        "de",
        "Zwischen Sekunde 40 und 55 klingt der Bass schief, bitte neu generieren",
        150,
        "audio_inpaint",
        _win(40, 55),
    ),
    ("de", "Die ersten 8 Sekunden nochmal neu machen", 100, "audio_inpaint", _win(0, 8)),
    ("de", "Häng hinten noch 30 Sekunden dran", 120, "audio_outpaint", _out(0, 30)),
    ("de", "Als MP3 mit 320 kbps exportieren", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    (
        "de",
        "Kannst du das loopbar machen? Soll im Spiel als Hintergrundschleife laufen",
        60,
        "process_track",
        {"loop": True},
    ),
    ("de", "Transponier das bitte einen Halbton höher", 150, "ask", {}),
    ("de", "Mach den Refrain nochmal neu", 200, "ask", {}),
    # ---------------- es ----------------
    (
        "es",
        "Quiero una cumbia para el cumpleaños de mi abuela, con acordeón y güiro, alegre, que dure unos tres minutos. La letra:\n"
        + _L_ES,
        None,
        "t2a",
        {"duration": 180, "lyrics": _L_ES, "tags_has": ["cumbia"], "vocal_language": "es"},
    ),
    (
        "es",
        "Hazme un bolero romántico de esos de trío con requinto, pero sin voz, solo instrumental, 2:30",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST, "tags_has": ["bolero"]},
    ),
    (
        "es",
        "flamenco por bulerías, guitarra y palmas, cantaor con mucho duende, 90 segundos",
        None,
        "t2a",
        {"duration": 90, "tags_has": ["flamenco"]},
    ),
    ("es", "Del segundo 30 al 45 la trompeta desafina, ¿lo puedes rehacer?", 120, "audio_inpaint", _win(30, 45)),
    ("es", "Rehaz los últimos veinte segundos", 160, "audio_inpaint", _win(140, 160)),
    ("es", "Ponle 15 segundos más al principio y otros 15 al final", 100, "audio_outpaint", _out(15, 15)),
    ("es", "Alárgala hasta los 4 minutos", 200, "audio_outpaint", _out(0, 40)),
    ("es", "Pásamela a wav", 90, "process_track", {"output_format": "wav"}),
    (
        "es",
        "Ponle un fade in de 2 segundos y un fade out de 6",
        130,
        "process_track",
        {"fade_in_s": 2, "fade_out_s": 6},
    ),
    ("es", "Mézclalo mejor, que la voz se oye muy bajita", 180, "ask", {}),
    ("es", "Cambia la parte del medio", None, "ask", {}),
    # ---------------- fr ----------------
    (
        "fr",
        "Une chanson à texte façon Brassens, guitare sèche et voix, paroles :\n" + _L_FR,
        None,
        "t2a",
        {"lyrics": _L_FR, "tags_has": ["guitar"], "vocal_language": "fr"},
    ),
    (
        "fr",
        "Il me faudrait une musique d'ambiance pour un vernissage, jazz manouche léger, pas de chant, environ deux minutes",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    (
        "fr",
        "Trois versions d'un jingle de 20 secondes pour un podcast de cuisine, pétillant, instrumental",
        None,
        "t2a",
        {"takes": 3, "duration": 20, "lyrics": INST},
    ),
    (
        "fr",
        "Non, laisse tomber celui-là. Fais-moi un zouk bien langoureux, 3 min 20",
        140,
        "t2a",
        {"duration": 200, "tags_has": ["zouk"]},
    ),
    ("fr", "Refais le passage entre 2:10 et 2:25", 240, "audio_inpaint", _win(130, 145)),
    ("fr", "Les cinq dernières secondes coupent net, régénère-les", 75, "audio_inpaint", _win(70, 75)),
    ("fr", "Rajoute une intro de 10 secondes", 120, "audio_outpaint", _out(10, 0)),
    ("fr", "Prolonge-la d'une minute à la fin", 180, "audio_outpaint", _out(0, 60)),
    ("fr", "Exporte en ogg, volume à -16 LUFS", 100, "process_track", {"output_format": "ogg", "loudness_lufs": -16}),
    ("fr", "Coupe les 4 dernières secondes, c'est du silence", 95, "process_track", {"trim_end_s": 4}),
    ("fr", "Sépare la batterie du reste stp", 180, "ask", {}),
    # ---------------- it ----------------
    (
        "it",
        "Tarantella per la festa di paese in Puglia, tamburello, organetto e mandolino, veloce, tutta strumentale, due minuti e mezzo",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST, "tags_has": ["tarantella"]},
    ),
    (
        "it",
        "Una canzone d'amore stile cantautore anni '70, pianoforte e voce. Testo:\n" + _L_IT,
        None,
        "t2a",
        {"lyrics": _L_IT, "tags_has": ["piano"], "vocal_language": "it"},
    ),
    (
        "it",
        "Fammi due versioni di una base lo-fi per studiare, niente voce, 3 minuti",
        None,
        "t2a",
        {"takes": 2, "duration": 180, "lyrics": INST},
    ),
    ("it", "Dal minuto 1:30 al 1:50 rifallo", 200, "audio_inpaint", _win(90, 110)),
    ("it", "Rigenera i primi 15 secondi", 120, "audio_inpaint", _win(0, 15)),
    ("it", "Allungala di 45 secondi alla fine", 90, "audio_outpaint", _out(0, 45)),
    ("it", "Mi serve in mp3 a 192", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    (
        "it",
        "Fade out di 10 secondi e normalizza a -14 LUFS",
        180,
        "process_track",
        {"fade_out_s": 10, "loudness_lufs": -14},
    ),
    ("it", "Taglia i primi 2 secondi", 60, "process_track", {"trim_start_s": 2}),
    ("it", "Rallentala un po', è troppo veloce", 150, "ask", {}),
    ("it", "Caricala su Spotify", 180, "ask", {}),
    # ---------------- ja ----------------
    (
        "ja",
        "結婚式の余興で流す曲を作ってほしい。明るいJ-POPで、ピアノとストリングス。歌詞はこれ:\n" + _L_JA,
        None,
        "t2a",
        {"lyrics": _L_JA, "tags_has": ["pop"], "vocal_language": "ja"},
    ),
    (
        "ja",
        "和風の曲、尺八と琴で、静かで幻想的な感じ。ボーカルなし。1分半くらい",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["koto"]},
    ),
    (
        "ja",
        "演歌を一曲、こぶしの効いた女性ボーカルで、港町の別れの歌。4分",
        None,
        "t2a",
        {"duration": 240, "tags_has": ["enka"]},
    ),
    (
        "ja",
        "ゲームのボス戦BGM、メタル寄りのオーケストラ、インストで3パターンちょうだい、2分",
        None,
        "t2a",
        {"takes": 3, "duration": 120, "lyrics": INST, "tags_has": ["metal"]},
    ),
    ("ja", "0:45から1:00までをやり直して", 150, "audio_inpaint", _win(45, 60)),
    ("ja", "最後の10秒だけ作り直して", 90, "audio_inpaint", _win(80, 90)),
    ("ja", "頭に5秒足して", 60, "audio_outpaint", _out(5, 0)),
    ("ja", "後ろに30秒伸ばしてください", 120, "audio_outpaint", _out(0, 30)),
    ("ja", "WAVで書き出して、-14 LUFSに揃えて", 100, "process_track", {"output_format": "wav", "loudness_lufs": -14}),
    ("ja", "ループ素材にしたいので継ぎ目なくループするようにして", 30, "process_track", {"loop": True}),
    ("ja", "キーを2つ下げて", 150, "ask", {}),
    # ---------------- ko ----------------
    (
        "ko",
        "아버지 환갑잔치용 신나는 트로트 한 곡, 가사:\n" + _L_KO,
        None,
        "t2a",
        {"lyrics": _L_KO, "tags_has": ["trot"], "vocal_language": "ko"},
    ),
    (
        "ko",
        "국악 느낌으로 가야금이랑 해금 들어간 잔잔한 곡, 보컬 없이, 2분 30초",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST, "tags_has": ["gayageum"]},
    ),
    (
        "ko",
        "비 오는 날 카페 BGM, 재즈 피아노, 노래 없이 3분짜리로 두 개 뽑아줘",
        None,
        "t2a",
        {"takes": 2, "duration": 180, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    ("ko", "1분 10초부터 1분 25초까지 다시 만들어줘", 180, "audio_inpaint", _win(70, 85)),
    ("ko", "처음 20초 다시", 100, "audio_inpaint", _win(0, 20)),
    ("ko", "끝에 40초 더 붙여줘", 140, "audio_outpaint", _out(0, 40)),
    ("ko", "전체 길이를 2분으로 늘려줘", 90, "audio_outpaint", _out(0, 30)),
    ("ko", "mp3 256kbps로 변환해줘", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("ko", "앞부분 1.5초 잘라내고 페이드인 3초", 150, "process_track", {"trim_start_s": 1.5, "fade_in_s": 3}),
    ("ko", "보컬만 따로 뽑아줄 수 있어?", 180, "ask", {}),
    ("ko", "브릿지 부분 바꿔줘", None, "ask", {}),
    # ---------------- zh ----------------
    (
        "zh",
        "帮我写一首中国风的歌，古筝和笛子，歌词：\n" + _L_ZH,
        None,
        "t2a",
        {"lyrics": _L_ZH, "tags_has": ["guzheng"], "vocal_language": "zh"},
    ),
    (
        "zh",
        "公司年会开场音乐，大气磅礴的管弦乐，不要人声，一分钟",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["orchestra"]},
    ),
    ("zh", "来一首民谣，木吉他弹唱，讲北漂的孤独，四分半", None, "t2a", {"duration": 270, "tags_has": ["folk"]}),
    (
        "zh",
        "同一个要求出四版：赛博朋克风电子乐，纯音乐，2分钟",
        90,
        "t2a",
        {"takes": 4, "duration": 120, "lyrics": INST, "tags_has": ["electronic"]},
    ),
    ("zh", "把1:20到1:35那段重新生成", 200, "audio_inpaint", _win(80, 95)),
    ("zh", "最后15秒重做一下", 120, "audio_inpaint", _win(105, 120)),
    ("zh", "前面加10秒，后面加20秒", 90, "audio_outpaint", _out(10, 20)),
    ("zh", "导出成flac", 150, "process_track", {"output_format": "flac"}),
    ("zh", "淡出8秒，响度调到-14 LUFS", 180, "process_track", {"fade_out_s": 8, "loudness_lufs": -14}),
    ("zh", "把速度调快一点", 120, "ask", {}),
    ("zh", "重新做一下高潮部分", 160, "ask", {}),
    # ---------------- pt ----------------
    (
        "pt",
        "Um forró pé-de-serra pra festa junina da escola, sanfona, zabumba e triângulo, letra:\n"
        + _L_PT
        + "\n3 minutos",
        None,
        "t2a",
        {"duration": 180, "lyrics": _L_PT, "tags_has": ["accordion"], "vocal_language": "pt"},
    ),
    (
        "pt",
        "Bossa nova instrumental, violão e flauta, clima de fim de tarde em Ipanema, uns dois minutos",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["bossa nova"]},
    ),
    (
        "pt",
        "Um fado bem triste, guitarra portuguesa, voz feminina, sobre saudade do mar",
        None,
        "t2a",
        {"tags_has": ["fado"]},
    ),
    ("pt", "Refaz do 0:50 ao 1:05", 150, "audio_inpaint", _win(50, 65)),
    ("pt", "Os últimos 30 segundos ficaram estranhos, gera de novo", 210, "audio_inpaint", _win(180, 210)),
    ("pt", "Estica mais uns 25 segundos no final", 95, "audio_outpaint", _out(0, 25)),
    ("pt", "Coloca uma introdução de 12 segundos", 120, "audio_outpaint", _out(12, 0)),
    ("pt", "Converte pra mp3 128 kbps", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("pt", "Deixa em loop perfeito, sem emenda", 40, "process_track", {"loop": True}),
    ("pt", "Corta 5 segundos do final", 130, "process_track", {"trim_end_s": 5}),
    ("pt", "Masteriza com um EQ mais brilhante", 180, "ask", {}),
    # ---------------- ru ----------------
    (
        "ru",
        "Песню под гитару, бардовскую, для посиделок у костра. Слова:\n" + _L_RU,
        None,
        "t2a",
        {"lyrics": _L_RU, "tags_has": ["guitar"], "vocal_language": "ru"},
    ),
    (
        "ru",
        "Нужна фоновая музыка для видео про зимний лес, спокойная, фортепиано и челеста, без вокала, 1:40",
        None,
        "t2a",
        {"duration": 100, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "ru",
        "Сделай три варианта русского рока в духе 90-х, мужской вокал, минуты на три",
        None,
        "t2a",
        {"takes": 3, "duration": 180, "tags_has": ["rock"]},
    ),
    ("ru", "Перегенерируй кусок с 25 по 40 секунду", 120, "audio_inpaint", _win(25, 40)),
    ("ru", "Переделай первые полминуты", 150, "audio_inpaint", _win(0, 30)),
    ("ru", "Продли до пяти минут", 240, "audio_outpaint", _out(0, 60)),
    ("ru", "Добавь в начало секунд 15 вступления", 100, "audio_outpaint", _out(15, 0)),
    ("ru", "Сохрани в wav", 90, "process_track", {"output_format": "wav"}),
    ("ru", "Сделай плавное затухание в конце, секунд на 7", 160, "process_track", {"fade_out_s": 7}),
    ("ru", "Убери барабаны", 180, "ask", {}),
    ("ru", "Сделай несколько совсем разных вариантов, чтобы ни один не был похож на другой", None, "ask", {}),
    # ---------------- ar ----------------
    (
        "ar",
        "أبغى أغنية خليجية للعرس على إيقاع سامري، عود وطبول، الكلمات:\n" + _L_AR + "\nوخلها ثلاث دقايق تقريبًا",
        None,
        "t2a",
        {"duration": 180, "lyrics": _L_AR, "tags_has": ["oud"], "vocal_language": "ar"},
    ),
    ("ar", "موسيقى هادئة لرمضان، ناي وقانون، بدون غناء، دقيقتين", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ar", "اعمل لي مهرجان شعبي مصري صاخب، 45 ثانية", 120, "t2a", {"duration": 45}),
    ("ar", "أعد توليد المقطع من الثانية 30 إلى الثانية 50", 120, "audio_inpaint", _win(30, 50)),
    ("ar", "آخر عشر ثواني مش حلوين، اعملهم تاني", 100, "audio_inpaint", _win(90, 100)),
    ("ar", "زيد عليها دقيقة في الآخر", 120, "audio_outpaint", _out(0, 60)),
    ("ar", "طوّلها لين تصير دقيقتين ونص", 120, "audio_outpaint", _out(0, 30)),
    ("ar", "حوّلها إلى mp3", 150, "process_track", {"output_format": "mp3"}),
    (
        "ar",
        "اقطع أول ثانيتين وخلي النهاية تتلاشى خلال 5 ثواني",
        180,
        "process_track",
        {"trim_start_s": 2, "fade_out_s": 5},
    ),
    ("ar", "غيّر المقام لنهاوند", 150, "ask", {}),
    ("ar", "عدّل المقطع اللي في النص", 150, "ask", {}),
    # ---------------- hi ----------------
    (
        "hi",
        "मेरी बहन की हल्दी के लिए ढोलक वाला लोकगीत बनाओ, बोल:\n" + _L_HI,
        None,
        "t2a",
        {"lyrics": _L_HI, "tags_has": ["dholak"], "vocal_language": "hi"},
    ),
    (
        "hi",
        "ek lo-fi bollywood type beat chahiye, sitar ke saath, bina vocals ke, 2 minute ka",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["sitar"]},
    ),
    (
        "hi",
        "सुबह के योग के लिए शांत संगीत, बांसुरी और तानपुरा, कोई आवाज़ नहीं, दस मिनट",
        None,
        "t2a",
        {"duration": 600, "lyrics": INST},
    ),
    ("hi", "1:00 से 1:15 तक का हिस्सा दोबारा बनाओ", 180, "audio_inpaint", _win(60, 75)),
    ("hi", "शुरू के 10 सेकंड फिर से बनाओ", 90, "audio_inpaint", _win(0, 10)),
    ("hi", "आखिर में 20 सेकंड और जोड़ दो", 100, "audio_outpaint", _out(0, 20)),
    ("hi", "इसे 3 मिनट का कर दो", 120, "audio_outpaint", _out(0, 60)),
    ("hi", "इसे wav में दे दो, -14 LUFS पर", 150, "process_track", {"output_format": "wav", "loudness_lufs": -14}),
    ("hi", "fade in 4 second ka laga do", 120, "process_track", {"fade_in_s": 4}),
    ("hi", "इसकी पिच थोड़ी ऊँची कर दो", 150, "ask", {}),
    ("hi", "गाना मेरे यूट्यूब चैनल पर डाल दो", 180, "ask", {}),
    # ---------------- az ----------------
    (
        "az",
        "Muğam üstündə bir parça istəyirəm, tar və kamança olsun, sözsüz, təxminən üç dəqiqə",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["mugham"]},
    ),
    ("az", "1:10-dan 1:30-a qədər olan hissəni yenidən yarat", 180, "audio_inpaint", _win(70, 90)),
    ("az", "Bunu mp3 formatında ver, 320 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("az", "Ekvalayzerlə bas tezliklərini bir az qaldır", 150, "ask", {}),
    # ---------------- bg ----------------
    (
        "bg",
        "Направи ми народна песен в седем осми, с гайда и тъпан, за сватба на село, думите:\n" + _L_BG + "\nдве минути",
        None,
        "t2a",
        {"duration": 120, "lyrics": _L_BG, "tags_has": ["folk"], "vocal_language": "bg"},
    ),
    ("bg", "Последните 15 секунди не ми харесват, направи ги наново", 135, "audio_inpaint", _win(120, 135)),
    ("bg", "Добави 30 секунди в началото", 90, "audio_outpaint", _out(30, 0)),
    (
        "bg",
        "Изрежи първите 3 секунди и сложи fade out от 4 секунди",
        120,
        "process_track",
        {"trim_start_s": 3, "fade_out_s": 4},
    ),
    # ---------------- bn ----------------
    (
        "bn",
        "রবীন্দ্রসংগীতের আদলে একটা গান বানাও, এস্রাজ আর তানপুরা, কথা:\n" + _L_BN,
        None,
        "t2a",
        {"lyrics": _L_BN, "vocal_language": "bn"},
    ),
    ("bn", "০:৩০ থেকে ০:৪৫ পর্যন্ত অংশটা আবার বানাও", 120, "audio_inpaint", _win(30, 45)),
    ("bn", "এটা wav ফাইলে দাও", 100, "process_track", {"output_format": "wav"}),
    ("bn", "গানটার লয় একটু কমিয়ে দাও", 150, "ask", {}),
    # ---------------- ca ----------------
    (
        "ca",
        "Una rumba catalana per a la festa major, amb guitarres i palmes, lletra:\n"
        + _L_CA
        + "\nQue duri tres minuts i mig",
        None,
        "t2a",
        {"duration": 210, "lyrics": _L_CA, "tags_has": ["rumba"], "vocal_language": "ca"},
    ),
    (
        "ca",
        "Dues versions d'una sardana per a cobla, instrumental, d'uns dos minuts",
        None,
        "t2a",
        {"takes": 2, "duration": 120, "lyrics": INST},
    ),
    ("ca", "Torna a generar del segon 20 al 35", 100, "audio_inpaint", _win(20, 35)),
    ("ca", "Allarga-la 20 segons pel final", 120, "audio_outpaint", _out(0, 20)),
    ("ca", "Exporta-la en flac", 120, "process_track", {"output_format": "flac"}),
    # ---------------- cs ----------------
    (
        "cs",
        "Potřebuju dechovku na hasičský bál, polka, trubky a tuba, text:\n" + _L_CS,
        None,
        "t2a",
        {"lyrics": _L_CS, "tags_has": ["polka"], "vocal_language": "cs"},
    ),
    (
        "cs",
        "Udělej tři verze klidné klavírní hudby na usínání, bez zpěvu, pět minut",
        None,
        "t2a",
        {"takes": 3, "duration": 300, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("cs", "Přegeneruj úsek od 0:55 do 1:10", 160, "audio_inpaint", _win(55, 70)),
    (
        "cs",
        "Uprav hlasitost na -14 LUFS a ulož jako mp3",
        180,
        "process_track",
        {"loudness_lufs": -14, "output_format": "mp3"},
    ),
    ("cs", "Přidej tam basu a trochu to smíchej", 150, "ask", {}),
    # ---------------- da ----------------
    (
        "da",
        "En hyggelig julesang med klokker og klaver til julefrokosten, tekst:\n" + _L_DA,
        None,
        "t2a",
        {"lyrics": _L_DA, "tags_has": ["piano"], "vocal_language": "da"},
    ),
    ("da", "Lav de sidste 20 sekunder om", 100, "audio_inpaint", _win(80, 100)),
    ("da", "Forlæng den med et halvt minut i slutningen", 120, "audio_outpaint", _out(0, 30)),
    ("da", "Giv den en fade-in på 3 sekunder", 90, "process_track", {"fade_in_s": 3}),
    ("da", "Kan du gøre omkvædet lidt bedre?", 140, "ask", {}),
    # ---------------- el ----------------
    (
        "el",
        "Ένα ρεμπέτικο ζεϊμπέκικο με μπουζούκι και μπαγλαμά, βαρύ και μελαγχολικό, χωρίς φωνή, δυόμισι λεπτά",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST, "tags_has": ["bouzouki"]},
    ),
    (
        "el",
        "Τραγούδι για τη γιορτή της μαμάς μου, ποπ μπαλάντα, στίχοι:\n" + _L_EL,
        180,
        "t2a",
        {"lyrics": _L_EL, "tags_has": ["pop"], "vocal_language": "el"},
    ),
    ("el", "Ξαναφτιάξε το κομμάτι από 1:40 έως 2:00", 200, "audio_inpaint", _win(100, 120)),
    ("el", "Πρόσθεσε 10 δευτερόλεπτα στην αρχή και 10 στο τέλος", 150, "audio_outpaint", _out(10, 10)),
    ("el", "Κάν' το να παίζει σε loop συνέχεια χωρίς κενό", 32, "process_track", {"loop": True}),
    # ---------------- fa ----------------
    (
        "fa",
        "یه قطعه بی‌کلام با سنتور و تنبک، حال و هوای نوروز، شاد، حدود دو دقیقه",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["santur"]},
    ),
    ("fa", "از ثانیه ۴۰ تا ۵۵ رو دوباره بساز", 120, "audio_inpaint", _win(40, 55)),
    ("fa", "آخرش رو ۳۰ ثانیه طولانی‌تر کن", 150, "audio_outpaint", _out(0, 30)),
    ("fa", "صدای خواننده رو حذف کن", 180, "ask", {}),
    # ---------------- fi ----------------
    (
        "fi",
        "Humppaa lavatansseihin! Haitari ja kontrabasso, reipas tempo, ilman laulua, kaksi ja puoli minuuttia",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST, "tags_has": ["accordion"]},
    ),
    (
        "fi",
        "Melodista metallia suomeksi, sanat:\n" + _L_FI,
        None,
        "t2a",
        {"lyrics": _L_FI, "tags_has": ["metal"], "vocal_language": "fi"},
    ),
    ("fi", "Tee uudestaan kohta 2:05–2:20", 180, "audio_inpaint", _win(125, 140)),
    ("fi", "Leikkaa lopusta 6 sekuntia pois", 120, "process_track", {"trim_end_s": 6}),
    ("fi", "Muokkaa sitä keskiosaa", None, "ask", {}),
    # ---------------- he ----------------
    (
        "he",
        "קטע כליזמר לחתונה, קלרינט וכינור, קצבי ושמח, בלי שירה, שלוש דקות",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["klezmer"]},
    ),
    (
        "he",
        "שיר ערש בעברית, גיטרה אקוסטית ושירה רכה, מילים:\n" + _L_HE,
        None,
        "t2a",
        {"lyrics": _L_HE, "tags_has": ["guitar"], "vocal_language": "he"},
    ),
    ("he", "תחדש את 10 השניות הראשונות", 90, "audio_inpaint", _win(0, 10)),
    ("he", "תאריך את זה לדקה וחצי", 60, "audio_outpaint", _out(0, 30)),
    ("he", "תמיר ל-mp3 בבקשה", 100, "process_track", {"output_format": "mp3"}),
    # ---------------- hr ----------------
    (
        "hr",
        "Klapska pjesma, muški glasovi a cappella, bez instrumenata, tekst:\n" + _L_HR,
        None,
        "t2a",
        {"lyrics": _L_HR, "vocal_language": "hr"},
    ),
    ("hr", "Ponovi dio od 45. do 60. sekunde", 150, "audio_inpaint", _win(45, 60)),
    (
        "hr",
        "Daj mi to u wav formatu, normalizirano na -16 LUFS",
        120,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -16},
    ),
    ("hr", "Produži je na tri minute", 150, "audio_outpaint", _out(0, 30)),
    # ---------------- ht ----------------
    (
        "ht",
        "Fè yon konpa pou fèt manman m, ak gita ak kèk kònè, pawòl yo:\n" + _L_HT,
        None,
        "t2a",
        {"lyrics": _L_HT, "tags_has": ["guitar"], "vocal_language": "ht"},
    ),
    ("ht", "Refè dènye 10 segond yo", 80, "audio_inpaint", _win(70, 80)),
    ("ht", "Mete l an mp3 pou mwen", 120, "process_track", {"output_format": "mp3"}),
    ("ht", "Retire vwa a, kite mizik la sèlman", 150, "ask", {}),
    # ---------------- hu ----------------
    (
        "hu",
        "Csárdás hegedűvel és cimbalommal, lassú kezdés, aztán egyre gyorsabb, ének nélkül, négy perc",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["violin"]},
    ),
    ("hu", "Generáld újra az 1:15 és 1:30 közötti részt", 180, "audio_inpaint", _win(75, 90)),
    ("hu", "Tegyél elé egy 15 másodperces intrót", 120, "audio_outpaint", _out(15, 0)),
    ("hu", "Vágd le az elejéről az első másfél másodpercet", 100, "process_track", {"trim_start_s": 1.5}),
    ("hu", "Vidd fel egy hanggal feljebb", 150, "ask", {}),
    # ---------------- id ----------------
    (
        "id",
        "Bikinin lagu dangdut koplo buat hajatan, kendang sama suling, liriknya:\n" + _L_ID,
        None,
        "t2a",
        {"lyrics": _L_ID, "tags_has": ["dangdut"], "vocal_language": "id"},
    ),
    (
        "id",
        "Musik gamelan Bali yang megah buat pembukaan acara, instrumental aja, 90 detik, buatin 2 versi",
        150,
        "t2a",
        {"duration": 90, "lyrics": INST, "takes": 2, "tags_has": ["gamelan"]},
    ),
    ("id", "Ulangi bagian detik ke-50 sampai 1:05", 150, "audio_inpaint", _win(50, 65)),
    ("id", "Kasih fade out 5 detik di akhir ya", 120, "process_track", {"fade_out_s": 5}),
    ("id", "Upload ke channel YouTube aku dong", 180, "ask", {}),
    # ---------------- is ----------------
    (
        "is",
        "Rólegt post-rokk með strengjum og klukkuspili, eins og norðurljós yfir jökli, enginn söngur, sex mínútur",
        None,
        "t2a",
        {"duration": 360, "lyrics": INST, "tags_has": ["rock"]},
    ),
    ("is", "Búðu aftur til bútinn frá 0:30 til 0:45", 120, "audio_inpaint", _win(30, 45)),
    ("is", "Lengdu lagið um 20 sekúndur í lokin", 100, "audio_outpaint", _out(0, 20)),
    ("is", "Vistaðu það sem flac", 90, "process_track", {"output_format": "flac"}),
    # ---------------- la ----------------
    (
        "la",
        "Cantum Gregorianum compone, voces virorum sine instrumentis, his verbis:\n" + _L_LA,
        None,
        "t2a",
        {"lyrics": _L_LA, "tags_has": ["chant"], "vocal_language": "la"},
    ),
    ("la", "Ultimas decem secundas iterum fac", 120, "audio_inpaint", _win(110, 120)),
    ("la", "Converte in formam mp3, quaeso", 90, "process_track", {"output_format": "mp3"}),
    ("la", "Partem mediam muta", 150, "ask", {}),
    # ---------------- lt ----------------
    (
        "lt",
        "Lietuviška liaudies melodija su kanklėmis, rami, be žodžių, dvi minutės",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["folk"]},
    ),
    ("lt", "Perdaryk dalį nuo 1:00 iki 1:20", 160, "audio_inpaint", _win(60, 80)),
    ("lt", "Pridėk 25 sekundes pabaigoje", 100, "audio_outpaint", _out(0, 25)),
    ("lt", "Padaryk, kad suktųsi ratu be jokio pertrūkio", 30, "process_track", {"loop": True}),
    # ---------------- ms ----------------
    (
        "ms",
        "Lagu raya yang ceria, gaya joget, ada akordion dan gendang, lirik:\n" + _L_MS,
        None,
        "t2a",
        {"lyrics": _L_MS, "tags_has": ["accordion"], "vocal_language": "ms"},
    ),
    ("ms", "Buat semula bahagian dari saat ke-20 hingga ke-40", None, "ask", {}),
    ("ms", "Tukar ke format wav", 120, "process_track", {"output_format": "wav"}),
    ("ms", "Boleh naikkan key dia sikit?", 150, "ask", {}),
    # ---------------- ne ----------------
    (
        "ne",
        "मादल र बाँसुरी भएको लोकगीत बनाइदिनुस्, दशैंको रमाइलोका लागि, गीतका शब्द:\n" + _L_NE,
        None,
        "t2a",
        {"lyrics": _L_NE, "tags_has": ["folk"], "vocal_language": "ne"},
    ),
    ("ne", "सुरुको १५ सेकेन्ड फेरि बनाइदिनुस्", 120, "audio_inpaint", _win(0, 15)),
    ("ne", "अन्त्यमा ३० सेकेन्ड थपिदिनुस्", 90, "audio_outpaint", _out(0, 30)),
    ("ne", "mp3 मा बदलिदिनुस्, 192 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    # ---------------- nl ----------------
    (
        "nl",
        "Een echt levenslied voor het afscheid van mijn opa, accordeon en strijkers, tekst:\n" + _L_NL,
        None,
        "t2a",
        {"lyrics": _L_NL, "tags_has": ["accordion"], "vocal_language": "nl"},
    ),
    (
        "nl",
        "Carnavalsmuziek met hoempapa en koperblazers, vrolijk, instrumentaal, anderhalve minuut",
        100,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["brass"]},
    ),
    ("nl", "Maak het stuk van 0:30 tot 0:50 opnieuw", 120, "audio_inpaint", _win(30, 50)),
    ("nl", "Maak hem 2 minuten lang", 100, "audio_outpaint", _out(0, 20)),
    ("nl", "Exporteer als ogg", 80, "process_track", {"output_format": "ogg"}),
    # ---------------- no ----------------
    (
        "no",
        "Lag en slått på hardingfele, gammeldans fra Telemark, uten sang, 2 minutter",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["fiddle"]},
    ),
    (
        "no",
        "Svartmetall med iskalde gitarer og blastbeats, norsk tekst:\n" + _L_NO,
        None,
        "t2a",
        {"lyrics": _L_NO, "tags_has": ["metal"], "vocal_language": "no"},
    ),
    ("no", "Lag de siste 15 sekundene på nytt", 105, "audio_inpaint", _win(90, 105)),
    (
        "no",
        "Gi meg den i flac, og fade ut over 4 sekunder",
        120,
        "process_track",
        {"output_format": "flac", "fade_out_s": 4},
    ),
    ("no", "Kan du mikse vokalen høyere?", 180, "ask", {}),
    # ---------------- pa ----------------
    (
        "pa",
        "ਵਿਆਹ ਲਈ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ, ਢੋਲ ਤੇ ਤੂੰਬੀ ਨਾਲ, ਬੋਲ:\n" + _L_PA,
        None,
        "t2a",
        {"lyrics": _L_PA, "tags_has": ["bhangra"], "vocal_language": "pa"},
    ),
    ("pa", "1:20 ਤੋਂ 1:40 ਤੱਕ ਦਾ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾਓ", 200, "audio_inpaint", _win(80, 100)),
    ("pa", "ਸ਼ੁਰੂ ਵਿੱਚ 10 ਸਕਿੰਟ ਜੋੜੋ", 120, "audio_outpaint", _out(10, 0)),
    ("pa", "ਢੋਲ ਦੀ ਆਵਾਜ਼ ਵੱਖ ਕਰ ਦਿਓ", 150, "ask", {}),
    # ---------------- pl ----------------
    (
        "pl",
        "Disco polo na wesele, klawisze i automat perkusyjny, tekst:\n" + _L_PL,
        None,
        "t2a",
        {"lyrics": _L_PL, "tags_has": ["disco"], "vocal_language": "pl"},
    ),
    (
        "pl",
        "Mazurek na fortepian w stylu Chopina, melancholijny, bez wokalu, trzy minuty",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("pl", "Przegeneruj fragment od 2:00 do 2:15", 240, "audio_inpaint", _win(120, 135)),
    ("pl", "Dodaj 40 sekund na końcu", 120, "audio_outpaint", _out(0, 40)),
    ("pl", "Zapisz jako mp3 w 320", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    # ---------------- ro ----------------
    (
        "ro",
        "O doină de jale cu nai și țambal, fără voce, vreo două minute",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("ro", "Refă ultimele 25 de secunde", 150, "audio_inpaint", _win(125, 150)),
    ("ro", "Mai adaugă un minut la final", 180, "audio_outpaint", _out(0, 60)),
    ("ro", "Pune un fade in de 2 secunde și un fade out de 8", 120, "process_track", {"fade_in_s": 2, "fade_out_s": 8}),
    ("ro", "Fă-o să sune mai bine", 150, "ask", {}),
    # ---------------- sa ----------------
    ("sa", "स्तोत्रगानं रचय, तानपुरया सह, एते श्लोकाः:\n" + _L_SA, None, "t2a", {"lyrics": _L_SA, "vocal_language": "sa"}),
    ("sa", "प्रथमान् दश सेकण्डान् पुनः रचय", 90, "audio_inpaint", _win(0, 10)),
    ("sa", "एतत् wav रूपेण देहि", 120, "process_track", {"output_format": "wav"}),
    ("sa", "गीतस्य वेगं मन्दं कुरु", 150, "ask", {}),
    # ---------------- sk ----------------
    (
        "sk",
        "Zahraj mi niečo na fujaru, pastierska nálada, hory, ticho, len nástroj, bez spevu, minúta a pol",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    ("sk", "Prerob časť od 0:40 do 0:55", 130, "audio_inpaint", _win(40, 55)),
    ("sk", "Predĺž to o 15 sekúnd na začiatku", 100, "audio_outpaint", _out(15, 0)),
    ("sk", "Normalizuj to na -14 LUFS", 150, "process_track", {"loudness_lufs": -14}),
    # ---------------- sr ----------------
    (
        "sr",
        "Trubački orkestar kao na Guči, brzo kolo, trube i tapan, bez pevanja, tri minuta",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["brass"]},
    ),
    ("sr", "Ponovo napravi deo od 1:05 do 1:25", 180, "audio_inpaint", _win(65, 85)),
    ("sr", "Skrati prve 4 sekunde", 120, "process_track", {"trim_start_s": 4}),
    ("sr", "Izbaci bubnjeve", 150, "ask", {}),
    # ---------------- sv ----------------
    (
        "sv",
        "En midsommarvisa att sjunga runt stången, dragspel och fiol, text:\n" + _L_SV,
        None,
        "t2a",
        {"lyrics": _L_SV, "tags_has": ["accordion"], "vocal_language": "sv"},
    ),
    (
        "sv",
        "Tre tagningar av samma sak: lugn svensk jazz, kontrabas och piano, instrumental, 2:15",
        None,
        "t2a",
        {"takes": 3, "duration": 135, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    ("sv", "Gör om sekund 10 till 25", 90, "audio_inpaint", _win(10, 25)),
    ("sv", "Förläng den till tre och en halv minut", 180, "audio_outpaint", _out(0, 30)),
    (
        "sv",
        "Spara som wav och gör en fade out på 5 sekunder",
        200,
        "process_track",
        {"output_format": "wav", "fade_out_s": 5},
    ),
    # ---------------- sw ----------------
    (
        "sw",
        "Nitengenezee wimbo wa bongo flava wa harusi, wenye furaha, maneno:\n" + _L_SW,
        None,
        "t2a",
        {"lyrics": _L_SW, "vocal_language": "sw"},
    ),
    ("sw", "Rudia sekunde 30 za mwisho", None, "ask", {}),
    ("sw", "Ibadilishe iwe mp3", 120, "process_track", {"output_format": "mp3"}),
    ("sw", "Punguza kasi ya wimbo", 150, "ask", {}),
    # ---------------- ta ----------------
    (
        "ta",
        "கல்யாணத்துக்கு ஒரு குத்து பாட்டு, தவில் நாதஸ்வரம் எல்லாம் வேணும், வரிகள்:\n" + _L_TA,
        None,
        "t2a",
        {"lyrics": _L_TA, "vocal_language": "ta"},
    ),
    ("ta", "0:20 முதல் 0:35 வரை மறுபடி உருவாக்கு", 120, "audio_inpaint", _win(20, 35)),
    ("ta", "கடைசியில இன்னும் 20 செகண்ட் சேர்த்துடு", 100, "audio_outpaint", _out(0, 20)),
    ("ta", "flac ஆ export பண்ணு", 150, "process_track", {"output_format": "flac"}),
    # ---------------- te ----------------
    (
        "te",
        "వీణ మీద కర్ణాటక సంగీతం, కల్యాణి రాగం, పాట లేకుండా, మూడు నిమిషాలు",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["veena"]},
    ),
    ("te", "చివరి 15 సెకన్లు మళ్ళీ చేయి", 120, "audio_inpaint", _win(105, 120)),
    ("te", "దీన్ని mp3 గా మార్చు", 100, "process_track", {"output_format": "mp3"}),
    ("te", "శ్రుతి కొంచెం పెంచు", 150, "ask", {}),
    # ---------------- th ----------------
    ("th", "ขอเพลงลูกทุ่งอีสาน มีแคนกับพิณ สนุกๆ เนื้อร้อง:\n" + _L_TH, None, "t2a", {"lyrics": _L_TH, "vocal_language": "th"}),
    ("th", "ทำช่วง 1:00 ถึง 1:10 ใหม่", 150, "audio_inpaint", _win(60, 70)),
    ("th", "ต่อท้ายอีก 15 วินาที", 90, "audio_outpaint", _out(0, 15)),
    ("th", "ตัด 2 วินาทีสุดท้ายออก", 120, "process_track", {"trim_end_s": 2}),
    # ---------------- tl ----------------
    (
        "tl",
        "Gawa ka ng harana, acoustic guitar lang at boses, lyrics:\n" + _L_TL,
        None,
        "t2a",
        {"lyrics": _L_TL, "tags_has": ["guitar"], "vocal_language": "tl"},
    ),
    ("tl", "Pakiulit yung 0:45 hanggang 1:00", 150, "audio_inpaint", _win(45, 60)),
    ("tl", "I-convert mo sa wav", 120, "process_track", {"output_format": "wav"}),
    ("tl", "Pwede mo bang tanggalin yung vocals?", 180, "ask", {}),
    # ---------------- tr ----------------
    (
        "tr",
        "Bağlama eşliğinde bir türkü, Karadeniz havası, kemençe de olsun, sözleri:\n" + _L_TR,
        None,
        "t2a",
        {"lyrics": _L_TR, "vocal_language": "tr"},
    ),
    (
        "tr",
        "Bunu boşver, yeni bir şey: arabesk tarzı, yaylılar ve ud, sözsüz, dört buçuk dakika",
        120,
        "t2a",
        {"duration": 270, "lyrics": INST, "tags_has": ["oud"]},
    ),
    ("tr", "0:35 ile 0:50 arasını yeniden üret", 140, "audio_inpaint", _win(35, 50)),
    ("tr", "Başına 20 saniye ekle", 100, "audio_outpaint", _out(20, 0)),
    (
        "tr",
        "-14 LUFS'a normalize et, mp3 olarak ver",
        180,
        "process_track",
        {"loudness_lufs": -14, "output_format": "mp3"},
    ),
    # ---------------- uk ----------------
    (
        "uk",
        "Пісню під бандуру, таку собі думу про степ, слова:\n" + _L_UK,
        None,
        "t2a",
        {"lyrics": _L_UK, "tags_has": ["bandura"], "vocal_language": "uk"},
    ),
    ("uk", "Перероби перші 12 секунд", 100, "audio_inpaint", _win(0, 12)),
    ("uk", "Подовж до двох хвилин", 90, "audio_outpaint", _out(0, 30)),
    ("uk", "Зроби безшовну петлю", 24, "process_track", {"loop": True}),
    ("uk", "Зроби приспів крутішим", 150, "ask", {}),
    # ---------------- ur ----------------
    (
        "ur",
        "ایک قوالی بناؤ، ہارمونیم اور طبلہ، تالیاں بھی، کلام:\n" + _L_UR,
        None,
        "t2a",
        {"lyrics": _L_UR, "tags_has": ["qawwali"], "vocal_language": "ur"},
    ),
    ("ur", "2:00 سے 2:20 تک کا حصہ دوبارہ بناؤ", 240, "audio_inpaint", _win(120, 140)),
    ("ur", "اسے mp3 میں دے دو", 150, "process_track", {"output_format": "mp3"}),
    ("ur", "ہارمونیم کی آواز نکال دو", 180, "ask", {}),
    # ---------------- vi ----------------
    (
        "vi",
        "Một bài bolero buồn về quê nhà, guitar phím lõm, lời:\n" + _L_VI,
        None,
        "t2a",
        {"lyrics": _L_VI, "tags_has": ["bolero"], "vocal_language": "vi"},
    ),
    (
        "vi",
        "Nhạc nền đàn tranh và sáo trúc cho video Tết, không lời, 45 giây",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST},
    ),
    ("vi", "Làm lại đoạn từ 1:30 đến 1:45", 180, "audio_inpaint", _win(90, 105)),
    ("vi", "Thêm 10 giây vào đầu bài", 120, "audio_outpaint", _out(10, 0)),
    ("vi", "Xuất file flac giúp mình", 150, "process_track", {"output_format": "flac"}),
    # ---------------- yue ----------------
    (
        "yue",
        "整首廣東歌，八十年代Cantopop feel，歌詞：\n" + _L_YUE,
        None,
        "t2a",
        {"lyrics": _L_YUE, "tags_has": ["pop"], "vocal_language": "yue"},
    ),
    ("yue", "最後嗰20秒重新整過", 120, "audio_inpaint", _win(100, 120)),
    ("yue", "前面加多8秒", 90, "audio_outpaint", _out(8, 0)),
    ("yue", "可唔可以幫我降個key", 150, "ask", {}),
]
