"""Red-team set 16: blind, held-out requests for the make_music router.

300 rows: 11 in each of the twelve BIG12 languages (132) and 168 in the 38
other languages (4 each, plus a fifth row in 16 of them: az bg cs da el fi he
hu lt nl ro sk sv th uk vi).  Theme: how people really type on phones and in chats --
typos, missing diacritics, romanised scripts (Hinglish, Arabizi, romaji,
Russian translit, Greeklish, Finglish, Tanglish...), code-switching with
English music words, emoji, terse requests, negations placed after the noun,
instruments and genres named in the native word, second turns that refer to
"it"/"the track", lyrics blocks whose lines hold times, numbers and edit
words, and numbers that are not lengths (ages, years, BPM, guest counts).
About a fifth of the rows must be answered with a question.  Every label was
written by hand before any run of the router.
"""

from __future__ import annotations

from typing import Any

INST = "[inst]"
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _out(before: float, after: float) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after}


def _win(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


L_EN = "[Verse]\nWoke up at 3:15, couldn't sleep again\nCut the lights at 2:40, counting to ten\n[Chorus]\nExtend the night, don't let it end"
L_DE = "[Strophe]\nUm 5 Uhr früh am Bahnsteig drei\nZwanzig Minuten, dann bist du frei\n[Refrain]\nSchneid mich raus aus deinem Film"
L_ES = "[Verso]\nNací en el 99, en un barrio sin nombre\nA las 10 en la esquina me esperaba tu sombra\n[Coro]\nCorta, corta, repite otra vez"
L_FR = "[Couplet]\nOn s'est vus en 2003, t'avais 17 ans\nÀ minuit moins le quart sous le vent\n[Refrain]\nEfface la fin, recommence au début"
L_IT = "[Strofa]\nerano le 8 e 20, piazza vuota\nnel 1999 la vita era una ruota\n[Ritornello]\ntaglia qui, rifai là"
L_PT = "[Verso]\nÀs 6 da tarde no Leblon\n30 graus e o mar no tom\n[Refrão]\nCorta esse verso, volta pro som"
L_RU = (
    "[Куплет]\nВ 7:30 электричка на Москву\nДвадцать лет я в этом городе живу\n[Припев]\nОбрежь конец и начни сначала"
)
L_ZH = "[主歌]\n凌晨3点的街灯还亮着\n2019年的夏天你说要走了\n[副歌]\n剪掉这一段 重来一遍"
L_JA = "[Verse]\n午前2時 駅のホーム\n1999年の夏を思い出す\n[Chorus]\n最後の10秒だけ 君を待ってる"
L_KO = "[Verse]\n새벽 4시 편의점 앞에서\n스물다섯 살의 나를 만났어\n[Chorus]\n다시 처음부터 틀어줘"
L_HI = "[Verse]\nसुबह 6 बजे की चाय और तुम\n2010 की वो बारिश गुम\n[Chorus]\nफिर से शुरू करो ये गाना"
L_AR = "[مقطع]\nالساعة 12 والليل طويل\nمن سنة 2015 وأنا بستنى الدليل\n[لازمة]\nارجع للبداية يا حبيبي"
L_TR = "Saat 4'te uyandım yine\n1 dakika sustum, sonra baştan\nKes şu kısmı, uzat geceyi"
L_ID = "[Verse]\njam 11 malam di stasiun\n2 tahun aku nunggu kamu\n[Reff]\nulang lagi dari awal"
L_SW = "Saa 2 usiku nakungoja\nMiaka 10 sasa peke yangu\nRudia tena, rudia tena"
L_PL = "[Zwrotka]\nO 6:40 pociąg do Krakowa\n20 lat i wciąż ta sama mowa\n[Refren]\nPrzytnij koniec, zacznij od nowa"
L_VI = "[Verse]\n3 giờ sáng phố vẫn sáng đèn\n2005 mình còn là trẻ con\n[Chorus]\nlàm lại từ đầu nhé em"
L_NL = (
    "[Couplet]\nOm kwart over 2 op het perron\nIn 1999 toen het begon\n[Refrein]\nKnip het eind eraf en begin opnieuw"
)

L_BG = "[Куплет]\nВ 9 без 10 на Витошка\n30 години все една и съща котка\n[Припев]\nИзрежи края, почни отначало"


R16: list[tuple[Any, ...]] = [
    # ---------------- en ----------------
    ("en", "redo 0:45-0:58 pls 🙏 chorus came out muddy", 180, "audio_inpaint", _win(45, 58)),
    ("en", "can u make it 30s longer at the start? like a slow intro", 150, "audio_outpaint", _out(30, 0)),
    (
        "en",
        "lofi hip hop w/ rhodes piano, 3 mins, I don't want any drums tho",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["piano"], "tags_lacks": ["drums"]},
    ),
    (
        "en",
        "song for my mom's 60th bday 🎂 happy acoustic guitar vibe, sung in english",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["guitar"], "vocal_language": "en"},
    ),
    (
        "en",
        "write a song with these lyrics, indie pop, around 2 min:\n" + L_EN,
        None,
        "t2a",
        {"duration": 120, "lyrics": L_EN, "tags_has": ["pop"], "vocal_language": "en"},
    ),
    (
        "en",
        "export it as wav and normalise to -14 lufs",
        200,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("en", "make it 10 bpm faster", 180, "ask", {}),
    ("en", "redo 3:10-3:30", 180, "ask", {}),
    ("en", "gimme 3 versions of a 90s eurodance thing at 128 bpm", None, "t2a", {"duration": 60, "takes": 3}),
    ("en", "extend the song by a minute", None, "ask", {}),
    ("en", "ok the track is good but add a sax solo", 200, "ask", {}),
    # ---------------- de ----------------
    ("de", "mach bitte 1:05 bis 1:20 nochmal neu, da klingt der gesang schief", 200, "audio_inpaint", _win(65, 80)),
    ("de", "perfekt 👍 jetzt verlänger das ding am ende um 40 sek", 160, "audio_outpaint", _out(0, 40)),
    (
        "de",
        "ein ruhiges klavierstück, 4 minuten, ohne gesang",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "de",
        "schlagzeug will ich keins, aber ne akustikgitarre und geige, so folk mäßig",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["guitar", "violin", "folk"], "tags_lacks": ["drums"]},
    ),
    (
        "de",
        "Song mit diesem Text, Deutschpop:\n" + L_DE,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_DE, "tags_has": ["pop"], "vocal_language": "de"},
    ),
    (
        "de",
        "als mp3 mit 192 kbps exportieren und die ersten 3 sekunden abschneiden",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "trim_start_s": 3},
    ),
    ("de", "kannst du die stimme rausnehmen? brauch nur das playback", 210, "ask", {}),
    ("de", "mach das lied länger", None, "ask", {}),
    (
        "de",
        "zwei varianten von nem techno track, 130 bpm, 6 minuten",
        None,
        "t2a",
        {"duration": 360, "takes": 2, "tags_has": ["techno"]},
    ),
    ("de", "die letzten 15 sekunden nochmal bitte", 210, "audio_inpaint", _win(195, 210)),
    ("de", "mach es langsamer, so 90 bpm statt 120", 180, "ask", {}),
    # ---------------- es ----------------
    ("es", "rehaz del 2:00 al 2:15 porfa, la voz se corta", 240, "audio_inpaint", _win(120, 135)),
    ("es", "alargalo 30 segundos al principio", 180, "audio_outpaint", _out(30, 0)),
    (
        "es",
        "una cumbia alegre con acordeon, sin bateria, de 3 minutos",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["accordion"], "tags_lacks": ["drums"]},
    ),
    (
        "es",
        "haz una canción de reggaeton con esta letra:\n" + L_ES,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_ES, "tags_has": ["reggaeton"], "vocal_language": "es"},
    ),
    (
        "es",
        "me encanta!! ahora pasalo a flac y ponle un fade out de 8 seg",
        200,
        "process_track",
        {"output_format": "flac", "fade_out_s": 8},
    ),
    ("es", "quitale la guitarra a la cancion", 200, "ask", {}),
    ("es", "cambia del 1:30 al 1:50", 80, "ask", {}),
    (
        "es",
        "quiero 4 versiones de un bolero romántico para el aniversario 25 de mis papás 💕",
        None,
        "t2a",
        {"duration": 60, "takes": 4, "tags_has": ["romantic"]},
    ),
    (
        "es",
        "flamenco instrumental con guitarra española, unos 5 min",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["flamenco", "guitar"]},
    ),
    ("es", "agregale un minuto mas al final", 150, "audio_outpaint", _out(0, 60)),
    ("es", "hazme 6 versiones de una salsa", None, "ask", {}),
    # ---------------- fr ----------------
    ("fr", "refais de 0:30 a 0:50 stp ya un bruit bizarre", 180, "audio_inpaint", _win(30, 50)),
    ("fr", "rallonge le morceau de 45 sec a la fin", 200, "audio_outpaint", _out(0, 45)),
    (
        "fr",
        "un morceau d'accordéon style musette, sans batterie, 2 min 30",
        None,
        "t2a",
        {"duration": 150, "tags_has": ["accordion"], "tags_lacks": ["drums"]},
    ),
    (
        "fr",
        "fais une chanson pop avec ces paroles :\n" + L_FR,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_FR, "tags_has": ["pop"], "vocal_language": "fr"},
    ),
    (
        "fr",
        "super, maintenant exporte-le en ogg avec un fondu d'entrée de 4 secondes",
        180,
        "process_track",
        {"output_format": "ogg", "fade_in_s": 4},
    ),
    ("fr", "isole la voix stp", 180, "ask", {}),
    ("fr", "refais le passage du milieu, il est bof", 200, "ask", {}),
    (
        "fr",
        "trois versions d'un morceau de jazz manouche pour 40 invités, ambiance guinguette",
        None,
        "t2a",
        {"duration": 60, "takes": 3, "tags_has": ["jazz"]},
    ),
    ("fr", "les 10 dernières secondes sont ratées, refais-les", 150, "audio_inpaint", _win(140, 150)),
    (
        "fr",
        "musique de film épique avec orchestre, 8 minutes, pas de voix",
        None,
        "t2a",
        {"duration": 480, "lyrics": INST, "tags_has": ["epic"]},
    ),
    ("fr", "rajoute du piano dedans", 180, "ask", {}),
    # ---------------- it ----------------
    ("it", "rifai da 1:40 a 1:55 x favore", 210, "audio_inpaint", _win(100, 115)),
    ("it", "allungalo di 20 secondi all'inizio e 20 alla fine", 180, "audio_outpaint", _out(20, 20)),
    (
        "it",
        "una tarantella con mandolino e fisarmonica, 2 minuti",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["mandolin", "accordion"]},
    ),
    (
        "it",
        "canzone con questo testo, stile cantautore anni 70:\n" + L_IT,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_IT, "vocal_language": "it"},
    ),
    (
        "it",
        "ok mi piace, esportalo in mp3 a 256 kbps",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256},
    ),
    ("it", "togli la batteria", 180, "ask", {}),
    ("it", "allunga la canzone", None, "ask", {}),
    (
        "it",
        "musica per aperitivo, bossa nova chill, niente voce, 10 minuti",
        None,
        "t2a",
        {"duration": 600, "lyrics": INST, "tags_has": ["bossa nova"]},
    ),
    ("it", "i primi 12 secondi non mi piacciono, rifalli", 180, "audio_inpaint", _win(0, 12)),
    (
        "it",
        "due versioni di un pezzo lirico stile opera, soprano che canta in italiano",
        None,
        "t2a",
        {"duration": 60, "takes": 2, "vocal_language": "it"},
    ),
    ("it", "mettilo in loop e normalizza a -16 LUFS", 120, "process_track", {"loop": True, "loudness_lufs": -16}),
    # ---------------- pt ----------------
    ("pt", "refaz de 0:50 ate 1:05 pf, a batida ta estranha", 180, "audio_inpaint", _win(50, 65)),
    ("pt", "aumenta mais 1 min no final", 120, "audio_outpaint", _out(0, 60)),
    (
        "pt",
        "um forró pé de serra com sanfona e zabumba, sem guitarra, 3 min",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["accordion"], "tags_lacks": ["guitar"]},
    ),
    (
        "pt",
        "faz uma bossa nova com essa letra:\n" + L_PT,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_PT, "tags_has": ["bossa nova"], "vocal_language": "pt"},
    ),
    ("pt", "manda em wav e faz fade out de 10s", 180, "process_track", {"output_format": "wav", "fade_out_s": 10}),
    ("pt", "tira a voz dessa musica", 180, "ask", {}),
    ("pt", "refaz do 3:00 ao 3:20", 150, "ask", {}),
    (
        "pt",
        "samba enredo animado, 4 versões, pro carnaval de 2027 🥁",
        None,
        "t2a",
        {"duration": 60, "takes": 4, "tags_has": ["samba"]},
    ),
    (
        "pt",
        "musica instrumental calma com violão e piano pra meditar, 15 minutos",
        None,
        "t2a",
        {"duration": 900, "lyrics": INST, "tags_has": ["guitar", "piano"]},
    ),
    ("pt", "estica uns 25 segundos no comeco", 200, "audio_outpaint", _out(25, 0)),
    ("pt", "deixa mais rapido", 180, "ask", {}),
    # ---------------- ru ----------------
    ("ru", "переделай с 1:15 по 1:30, там голос хрипит", 200, "audio_inpaint", _win(75, 90)),
    ("ru", "udlini trek na 30 sekund v konce", 160, "audio_outpaint", _out(0, 30)),
    (
        "ru",
        "спокойная мелодия на балалайке, барабанов не надо, минуты 3",
        None,
        "t2a",
        {"duration": 180, "tags_lacks": ["drums"]},
    ),
    (
        "ru",
        "песня на эти слова, русский рок:\n" + L_RU,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_RU, "tags_has": ["rock"], "vocal_language": "ru"},
    ),
    (
        "ru",
        "сделай mp3 320 и громкость -14 lufs",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14},
    ),
    ("ru", "в этом треке убери вокал плз", 180, "ask", {}),
    ("ru", "sdelai pesnyu dlinnee", None, "ask", {}),
    ("ru", "3 варианта колыбельной для дочки, ей 2 годика", None, "t2a", {"duration": 60, "takes": 3}),
    ("ru", "последние 20 сек переделай", 180, "audio_inpaint", _win(160, 180)),
    (
        "ru",
        "hochu tehno 140 bpm minut na 6 bez vokala",
        None,
        "t2a",
        {"duration": 360, "lyrics": INST, "tags_has": ["techno"]},
    ),
    ("ru", "добавь скрипку", 200, "ask", {}),
    # ---------------- zh ----------------
    ("zh", "把1:00到1:20重新生成一下，鼓点乱了", 180, "audio_inpaint", _win(60, 80)),
    ("zh", "结尾再加30秒", 150, "audio_outpaint", _out(0, 30)),
    (
        "zh",
        "来一首古筝和笛子的中国风纯音乐，5分钟，鼓不要",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_lacks": ["drums"]},
    ),
    (
        "zh",
        "用这段歌词写一首华语流行，两分钟左右：\n" + L_ZH,
        None,
        "t2a",
        {"duration": 120, "lyrics": L_ZH, "tags_has": ["pop"], "vocal_language": "zh"},
    ),
    (
        "zh",
        "导出mp3 128k，开头淡入2秒",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 128, "fade_in_s": 2},
    ),
    ("zh", "把人声去掉", 180, "ask", {}),
    ("zh", "帮我把歌延长一点", None, "ask", {}),
    ("zh", "生成4个版本的婚礼钢琴曲，来宾大概200人", None, "t2a", {"duration": 60, "takes": 4, "tags_has": ["piano"]}),
    ("zh", "zui hou 10 miao chong xin zuo yi xia", 200, "audio_inpaint", _win(190, 200)),
    (
        "zh",
        "一首8分钟的后摇，吉他不要，用合成器",
        None,
        "t2a",
        {"duration": 480, "tags_has": ["synth"], "tags_lacks": ["guitar"]},
    ),
    ("zh", "把2:30到2:50重做", 140, "ask", {}),
    # ---------------- ja ----------------
    ("ja", "1:20〜1:35をやり直して、ボーカルが割れてる", 200, "audio_inpaint", _win(80, 95)),
    ("ja", "owari ni 30byou tashite", 180, "audio_outpaint", _out(0, 30)),
    (
        "ja",
        "ギターは要らない、ピアノとストリングスでしっとりしたバラード、3分",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["piano", "strings"], "tags_lacks": ["guitar"]},
    ),
    (
        "ja",
        "この歌詞でJ-POP作って:\n" + L_JA,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_JA, "tags_has": ["pop"], "vocal_language": "ja"},
    ),
    (
        "ja",
        "wavで書き出して、ラウドネスは-14 LUFSに",
        180,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("ja", "さっきの曲、ボーカルだけ抜き出して", 180, "ask", {}),
    ("ja", "もっと長くして", None, "ask", {}),
    (
        "ja",
        "三味線と和太鼓で和風ロック、2パターンお願い",
        None,
        "t2a",
        {"duration": 60, "takes": 2, "tags_has": ["rock"]},
    ),
    ("ja", "最初の15秒作り直して", 150, "audio_inpaint", _win(0, 15)),
    ("ja", "歌なしのチルいローファイ、作業用に10分くらい", None, "t2a", {"duration": 600, "lyrics": INST}),
    ("ja", "テンポ上げて", 200, "ask", {}),
    # ---------------- ko ----------------
    ("ko", "1:00부터 1:15까지 다시 만들어줘 보컬이 이상해", 180, "audio_inpaint", _win(60, 75)),
    ("ko", "끝에 40초 더 늘려줘", 160, "audio_outpaint", _out(0, 40)),
    (
        "ko",
        "드럼은 빼고 가야금이랑 피아노로 잔잔한 곡 4분",
        None,
        "t2a",
        {"duration": 240, "tags_has": ["piano"], "tags_lacks": ["drums"]},
    ),
    (
        "ko",
        "이 가사로 발라드 만들어줘:\n" + L_KO,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_KO, "tags_has": ["ballad"], "vocal_language": "ko"},
    ),
    ("ko", "mp3로 뽑아주고 페이드아웃 6초", 180, "process_track", {"output_format": "mp3", "fade_out_s": 6}),
    ("ko", "보컬 제거해줘", 180, "ask", {}),
    ("ko", "2:10~2:30 다시", 120, "ask", {}),
    ("ko", "케이팝 댄스곡 3개 버전으로, 120bpm", None, "t2a", {"duration": 60, "takes": 3, "tags_has": ["k-pop"]}),
    ("ko", "마지막 12초 다시 해줘", 200, "audio_inpaint", _win(188, 200)),
    ("ko", "트로트 느낌 나는 노래, 한국어로 불러줘, 3분", None, "t2a", {"duration": 180, "vocal_language": "ko"}),
    ("ko", "앞에 20초 인트로 붙여줘", 180, "audio_outpaint", _out(20, 0)),
    # ---------------- hi ----------------
    ("hi", "1:30 se 1:45 tak dobara banao, awaaz phat rahi hai", 200, "audio_inpaint", _win(90, 105)),
    ("hi", "end me aur 30 second badha do", 180, "audio_outpaint", _out(0, 30)),
    (
        "hi",
        "guitar nahi chahiye, sirf sitar aur tabla, 3 minute ka raag",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["sitar", "tabla"], "tags_lacks": ["guitar"]},
    ),
    (
        "hi",
        "इन बोल पर एक बॉलीवुड गाना बनाओ:\n" + L_HI,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_HI, "vocal_language": "hi"},
    ),
    (
        "hi",
        "badhiya hai 🔥 ab isko mp3 me export karo 320 kbps",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    ("hi", "vocals hata do", 180, "ask", {}),
    ("hi", "gaana lamba kar do", None, "ask", {}),
    (
        "hi",
        "shaadi ke liye 4 version chahiye, dhol wala bhangra, 500 mehmaan aayenge",
        None,
        "t2a",
        {"duration": 60, "takes": 4, "tags_has": ["bhangra"]},
    ),
    ("hi", "आखिरी 15 सेकंड दोबारा बनाओ", 150, "audio_inpaint", _win(135, 150)),
    (
        "hi",
        "बिना आवाज़ के बांसुरी वाला शांत संगीत, 10 मिनट",
        None,
        "t2a",
        {"duration": 600, "lyrics": INST, "tags_has": ["flute"]},
    ),
    ("hi", "thoda fast kar do", 180, "ask", {}),
    # ---------------- ar ----------------
    ("ar", "اعد عمل المقطع من 1:10 الى 1:25 الصوت فيه تشويش", 180, "audio_inpaint", _win(70, 85)),
    ("ar", "zid 30 sanye 3al a5er", 150, "audio_outpaint", _out(0, 30)),
    (
        "ar",
        "مقطوعة عود وقانون بدون طبول، 4 دقائق",
        None,
        "t2a",
        {"duration": 240, "tags_has": ["oud"], "tags_lacks": ["drums"]},
    ),
    ("ar", "اعمل اغنية بهالكلمات:\n" + L_AR, None, "t2a", {"duration": 60, "lyrics": L_AR, "vocal_language": "ar"}),
    ("ar", "صدرها mp3 ومع fade out خمس ثواني", 180, "process_track", {"output_format": "mp3", "fade_out_s": 5}),
    ("ar", "شيل الصوت من الاغنية وخلي الموسيقى بس", 180, "ask", {}),
    ("ar", "3ayez el o3neya atwal", None, "ask", {}),
    ("ar", "3 نسخ لأغنية خليجية فرح للعرس", None, "t2a", {"duration": 60, "takes": 3}),
    ("ar", "آخر 20 ثانية عيدها", 200, "audio_inpaint", _win(180, 200)),
    (
        "ar",
        "badi musi2a hadye bala 8ina, piano w kamanja, 5 d2aye2",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["piano", "violin"]},
    ),
    ("ar", "خلي الايقاع اسرع ب 10 bpm", 200, "ask", {}),
    # ---------------- az ----------------
    (
        "az",
        "gitar olmasın, saz və kamança ilə 3 dəqiqəlik mahnı",
        None,
        "t2a",
        {"duration": 180, "tags_lacks": ["guitar"]},
    ),
    ("az", "1:00-dan 1:15-ə qədər yenidən düzəlt", 180, "audio_inpaint", _win(60, 75)),
    ("az", "sonuna 20 saniyə əlavə et", 150, "audio_outpaint", _out(0, 20)),
    ("az", "vokalı sil", 180, "ask", {}),
    ("az", "toy üçün şən mahnı, 2 versiya olsun, 150 qonaq gələcək", None, "t2a", {"duration": 60, "takes": 2}),
    # ---------------- bg ----------------
    (
        "bg",
        "спокойна музика с пиано, без вокал, 2 минути",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("bg", "последните 10 секунди ги направи наново", 160, "audio_inpaint", _win(150, 160)),
    (
        "bg",
        "експортирай като mp3 и нормализирай на -14 LUFS",
        180,
        "process_track",
        {"output_format": "mp3", "loudness_lufs": -14},
    ),
    ("bg", "направи песента по-дълга", None, "ask", {}),
    ("bg", "песен с този текст:\n" + L_BG, None, "t2a", {"duration": 60, "lyrics": L_BG, "vocal_language": "bg"}),
    # ---------------- bn ----------------
    ("bn", "একটা রবীন্দ্রসংগীত ধাঁচের গান, হারমোনিয়াম আর তবলা, ৩ মিনিট", None, "t2a", {"duration": 180, "tags_has": ["tabla"]}),
    ("bn", "1:20 theke 1:35 abar banao", 200, "audio_inpaint", _win(80, 95)),
    ("bn", "gaan ta shesh e aro 30 second lomba koro", 150, "audio_outpaint", _out(0, 30)),
    ("bn", "গিটার যোগ করো", 180, "ask", {}),
    # ---------------- ca ----------------
    (
        "ca",
        "una rumba catalana amb guitarra, sense bateria, 3 minuts",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["guitar"], "tags_lacks": ["drums"]},
    ),
    ("ca", "refes del 0:40 al 0:55 sisplau", 180, "audio_inpaint", _win(40, 55)),
    (
        "ca",
        "exporta-ho en flac i fes un fade out de 5 segons",
        180,
        "process_track",
        {"output_format": "flac", "fade_out_s": 5},
    ),
    ("ca", "fes-me 8 versions d'una sardana", None, "ask", {}),
    # ---------------- cs ----------------
    (
        "cs",
        "klidná hudba na klavír bez zpěvu, 5 minut",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("cs", "predelej 2:00 az 2:10 prosim", 200, "audio_inpaint", _win(120, 130)),
    ("cs", "prodluz to o 30 sekund na zacatku", 180, "audio_outpaint", _out(30, 0)),
    ("cs", "udělej to o 20 bpm rychlejší", 180, "ask", {}),
    (
        "cs",
        "exportuj to do wav a dej tam fade out 7 sekund",
        180,
        "process_track",
        {"output_format": "wav", "fade_out_s": 7},
    ),
    # ---------------- da ----------------
    (
        "da",
        "en glad sang til min fars 70 års fødselsdag, sunget på dansk",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "da"},
    ),
    ("da", "lav de sidste 15 sek om", 180, "audio_inpaint", _win(165, 180)),
    ("da", "forlæng den med 45 sekunder til sidst", 150, "audio_outpaint", _out(0, 45)),
    ("da", "fjern trommerne", 180, "ask", {}),
    ("da", "lav 1:30 til 1:45 om, stemmen knækker 😬", 200, "audio_inpaint", _win(90, 105)),
    # ---------------- el ----------------
    (
        "el",
        "ένα κομμάτι με μπουζούκι, χωρίς φωνή, 3 λεπτά",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["bouzouki"]},
    ),
    ("el", "ksanakane to 1:00 mexri 1:20", 200, "audio_inpaint", _win(60, 80)),
    ("el", "kane to export se mp3 320", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("el", "κάν' το πιο μεγάλο", None, "ask", {}),
    (
        "el",
        "ένα λαϊκό για τα 50ά γενέθλια του πατέρα μου, γεννημένος το 1975, να τραγουδιέται στα ελληνικά",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "el"},
    ),
    # ---------------- fa ----------------
    ("fa", "یه آهنگ آروم با سه‌تار و تنبک، بدون خواننده، ۴ دقیقه", None, "t2a", {"duration": 240, "lyrics": INST}),
    ("fa", "از ۱:۰۰ تا ۱:۱۵ رو دوباره بساز", 180, "audio_inpaint", _win(60, 75)),
    ("fa", "30 sanie be akharesh ezafe kon", 150, "audio_outpaint", _out(0, 30)),
    ("fa", "صدای خواننده رو حذف کن", 180, "ask", {}),
    # ---------------- fi ----------------
    (
        "fi",
        "rauhallinen pianokappale ilman laulua, 3 min",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("fi", "tee uudestaan 1:10-1:25", 200, "audio_inpaint", _win(70, 85)),
    ("fi", "pidennä loppua 30 sekuntia", 160, "audio_outpaint", _out(0, 30)),
    ("fi", "tee siitä 20 bpm nopeampi", 180, "ask", {}),
    (
        "fi",
        "tee 3 versiota humppaa haitarilla, 2 min",
        None,
        "t2a",
        {"duration": 120, "takes": 3, "tags_has": ["accordion"]},
    ),
    # ---------------- he ----------------
    (
        "he",
        "שיר שמח ליום הולדת 40 של אשתי, בעברית, עם גיטרה",
        None,
        "t2a",
        {"duration": 60, "tags_has": ["guitar"], "vocal_language": "he"},
    ),
    ("he", "תעשה מחדש מ-1:00 עד 1:20", 180, "audio_inpaint", _win(60, 80)),
    ("he", "תייצא לwav ותעשה פייד אאוט של 6 שניות", 180, "process_track", {"output_format": "wav", "fade_out_s": 6}),
    ("he", "תוריד את התופים מהשיר", 180, "ask", {}),
    ("he", "תאריך את זה ב-20 שניות בהתחלה", 180, "audio_outpaint", _out(20, 0)),
    # ---------------- hr ----------------
    ("hr", "veselo, tamburica, bubnjeve ne zelim, 2 minute", None, "t2a", {"duration": 120, "tags_lacks": ["drums"]}),
    ("hr", "napravi ponovo zadnjih 20 sekundi", 200, "audio_inpaint", _win(180, 200)),
    ("hr", "produzi za 30 sek na pocetku", 150, "audio_outpaint", _out(30, 0)),
    ("hr", "produzi pjesmu", None, "ask", {}),
    # ---------------- ht ----------------
    ("ht", "fè yon konpa ak gita, 3 minit", None, "t2a", {"duration": 180, "tags_has": ["guitar"]}),
    ("ht", "refè 1:00 rive 1:15 la", 180, "audio_inpaint", _win(60, 75)),
    ("ht", "ekspòte l an mp3", 180, "process_track", {"output_format": "mp3"}),
    ("ht", "fè mizik la pi long", None, "ask", {}),
    # ---------------- hu ----------------
    (
        "hu",
        "nyugodt zongorás zene ének nélkül, 4 perc",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("hu", "csinald ujra 0:30-tol 0:45-ig", 180, "audio_inpaint", _win(30, 45)),
    ("hu", "hosszabbitsd meg a vegen 40 mp-vel", 160, "audio_outpaint", _out(0, 40)),
    ("hu", "vedd ki a dobot belőle", 180, "ask", {}),
    ("hu", "exportáld mp3-ba 256 kbps-sel", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    # ---------------- id ----------------
    (
        "id",
        "bikin lagu dangdut pake suling, 3 menit, gitar gak usah",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["flute"], "tags_lacks": ["guitar"]},
    ),
    (
        "id",
        "bikinin lagu pop pake lirik ini ya:\n" + L_ID,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_ID, "tags_has": ["pop"], "vocal_language": "id"},
    ),
    ("id", "ulang dari 1:20 sampe 1:40 dong", 200, "audio_inpaint", _win(80, 100)),
    ("id", "hapus vokalnya dong 🙏", 180, "ask", {}),
    # ---------------- is ----------------
    (
        "is",
        "rólegt píanólag án söngs, 3 mínútur",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("is", "gerðu síðustu 10 sekúndurnar aftur", 180, "audio_inpaint", _win(170, 180)),
    ("is", "lengdu lagið um 30 sekúndur í lokin", 150, "audio_outpaint", _out(0, 30)),
    ("is", "lengdu lagið", None, "ask", {}),
    # ---------------- la ----------------
    (
        "la",
        "carmen lentum cum cithara, sine tympanis, tria minuta",
        None,
        "t2a",
        {"duration": 180, "tags_lacks": ["drums"]},
    ),
    ("la", "refice ab 1:00 usque ad 1:20", 200, "audio_inpaint", _win(60, 80)),
    ("la", "adde triginta secunda in fine", 150, "audio_outpaint", _out(0, 30)),
    ("la", "remove vocem cantoris", 180, "ask", {}),
    # ---------------- lt ----------------
    (
        "lt",
        "rami muzika su fortepijonu be vokalo, 5 min",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("lt", "perdaryk 1:00–1:15", 180, "audio_inpaint", _win(60, 75)),
    ("lt", "eksportuok mp3 ir padaryk fade out 5 s", 180, "process_track", {"output_format": "mp3", "fade_out_s": 5}),
    ("lt", "pailgink dainą", None, "ask", {}),
    ("lt", "pridėk 15 sekundžių pradžioje", 150, "audio_outpaint", _out(15, 0)),
    # ---------------- ms ----------------
    ("ms", "lagu raya gembira dengan kompang, 2 minit", None, "t2a", {"duration": 120}),
    ("ms", "buat semula 30 saat terakhir", 180, "audio_inpaint", _win(150, 180)),
    ("ms", "panjangkan 20 saat di awal", 150, "audio_outpaint", _out(20, 0)),
    ("ms", "buat semula minit 4:00 hingga 4:20", 180, "ask", {}),
    # ---------------- ne ----------------
    ("ne", "सारङ्गी र मादलसँग लोकगीत, ३ मिनेट", None, "t2a", {"duration": 180, "tags_has": ["folk"]}),
    ("ne", "1:00 dekhi 1:20 samma pheri banau", 200, "audio_inpaint", _win(60, 80)),
    ("ne", "mp3 ma export gara", 180, "process_track", {"output_format": "mp3"}),
    ("ne", "गीत लामो बनाइदेउ", None, "ask", {}),
    # ---------------- nl ----------------
    (
        "nl",
        "maak een nummer met deze tekst, nederpop:\n" + L_NL,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_NL, "tags_has": ["pop"], "vocal_language": "nl"},
    ),
    ("nl", "doe 1:10 tot 1:25 opnieuw aub", 200, "audio_inpaint", _win(70, 85)),
    ("nl", "maak hem 30 sec langer aan het eind", 160, "audio_outpaint", _out(0, 30)),
    ("nl", "haal de drums eruit", 180, "ask", {}),
    (
        "nl",
        "rustige pianomuziek zonder zang, 3 min",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["piano"]},
    ),
    # ---------------- no ----------------
    ("no", "en rolig låt med hardingfele, uten vokal, 4 min", None, "t2a", {"duration": 240, "lyrics": INST}),
    ("no", "lag de siste 20 sekundene på nytt", 180, "audio_inpaint", _win(160, 180)),
    (
        "no",
        "eksporter som wav og normaliser til -14 LUFS",
        180,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    ("no", "gjør den raskere", 180, "ask", {}),
    # ---------------- pa ----------------
    ("pa", "dhol te tumbi wala bhangra, 3 minute", None, "t2a", {"duration": 180, "tags_has": ["bhangra"]}),
    ("pa", "ਆਖਰੀ 15 ਸਕਿੰਟ ਦੁਬਾਰਾ ਬਣਾਓ", 150, "audio_inpaint", _win(135, 150)),
    ("pa", "gaane nu end te 30 second hor lamba karo", 180, "audio_outpaint", _out(0, 30)),
    ("pa", "vocals kadh do", 180, "ask", {}),
    # ---------------- pl ----------------
    (
        "pl",
        "piosenka z tym tekstem, taki polski rock:\n" + L_PL,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_PL, "tags_has": ["rock"], "vocal_language": "pl"},
    ),
    ("pl", "zrob od nowa 1:00-1:20", 200, "audio_inpaint", _win(60, 80)),
    ("pl", "przedluz o 30 sek na koncu", 150, "audio_outpaint", _out(0, 30)),
    ("pl", "dodaj gitarę", 180, "ask", {}),
    # ---------------- ro ----------------
    ("ro", "o melodie veselă cu acordeon, 3 minute", None, "t2a", {"duration": 180, "tags_has": ["accordion"]}),
    ("ro", "refa de la 0:50 la 1:05", 180, "audio_inpaint", _win(50, 65)),
    ("ro", "exporta in mp3 la 320 kbps", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("ro", "fa melodia mai lunga", None, "ask", {}),
    ("ro", "refa ultimele 25 de secunde", 200, "audio_inpaint", _win(175, 200)),
    # ---------------- sa ----------------
    ("sa", "वीणया शान्तं सङ्गीतं रचय, गीतं विना, त्रीणि मिनिट्-परिमितम्", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("sa", "अन्तिमाः १० सेकण्डाः पुनः रचय", 180, "audio_inpaint", _win(170, 180)),
    ("sa", "गीतस्य अन्ते ३० सेकण्डाः योजय", 150, "audio_outpaint", _out(0, 30)),
    ("sa", "गीतं दीर्घं कुरु", None, "ask", {}),
    # ---------------- sk ----------------
    (
        "sk",
        "pokojná hudba na klavíri bez spevu, 4 minúty",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("sk", "sprav znova 1:30 az 1:45", 200, "audio_inpaint", _win(90, 105)),
    ("sk", "predlz to o 20 sekund na zaciatku", 150, "audio_outpaint", _out(20, 0)),
    ("sk", "odstráň bicie", 180, "ask", {}),
    (
        "sk",
        "vesela polka s harmonikou, bicie netreba, 2 min",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["accordion"], "tags_lacks": ["drums"]},
    ),
    # ---------------- sr ----------------
    (
        "sr",
        "весела песма са хармоником, без бубњева, 2 минута",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["accordion"], "tags_lacks": ["drums"]},
    ),
    ("sr", "uradi ponovo od 1:00 do 1:15", 180, "audio_inpaint", _win(60, 75)),
    ("sr", "eksportuj kao flac", 180, "process_track", {"output_format": "flac"}),
    ("sr", "produzi pesmu", None, "ask", {}),
    # ---------------- sv ----------------
    ("sv", "lugn pianomusik utan sång, 3 min", None, "t2a", {"duration": 180, "lyrics": INST, "tags_has": ["piano"]}),
    ("sv", "gör om 0:45-1:00", 180, "audio_inpaint", _win(45, 60)),
    ("sv", "förläng med 30 sek i slutet", 150, "audio_outpaint", _out(0, 30)),
    ("sv", "ta bort sången", 180, "ask", {}),
    ("sv", "exportera som flac o fadea in 3 sek", 180, "process_track", {"output_format": "flac", "fade_in_s": 3}),
    # ---------------- sw ----------------
    (
        "sw",
        "tengeneza wimbo wa bongo flava kwa maneno haya:\n" + L_SW,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_SW, "vocal_language": "sw"},
    ),
    ("sw", "rudia sekunde 20 za mwisho", 200, "audio_inpaint", _win(180, 200)),
    ("sw", "ongeza sekunde 30 mwishoni", 150, "audio_outpaint", _out(0, 30)),
    ("sw", "ondoa sauti ya mwimbaji", 180, "ask", {}),
    # ---------------- ta ----------------
    (
        "ta",
        "வீணை மற்றும் மிருதங்கம் கொண்டு ஒரு கர்நாடக இசை, பாடல் இல்லாமல், 4 நிமிடம்",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST},
    ),
    ("ta", "1:00 la irundhu 1:20 varaikum thirumba pannu", 200, "audio_inpaint", _win(60, 80)),
    ("ta", "kadaisila 30 second extend pannu", 150, "audio_outpaint", _out(0, 30)),
    ("ta", "vocals ah remove pannu", 180, "ask", {}),
    # ---------------- te ----------------
    ("te", "వీణ తో ప్రశాంతమైన సంగీతం, పాట లేకుండా, 3 నిమిషాలు", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("te", "last 15 seconds malli cheyyi", 180, "audio_inpaint", _win(165, 180)),
    ("te", "mp3 lo export cheyyi 320 kbps lo", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("te", "paata inka podavuga cheyyi", None, "ask", {}),
    # ---------------- th ----------------
    ("th", "เพลงลูกทุ่งมีแคน กลองไม่เอา ยาว 3 นาที", None, "t2a", {"duration": 180, "tags_lacks": ["drums"]}),
    ("th", "ทำใหม่ช่วง 1:00-1:15", 180, "audio_inpaint", _win(60, 75)),
    ("th", "ต่อท้ายอีก 30 วิ", 150, "audio_outpaint", _out(0, 30)),
    ("th", "เอาเสียงร้องออก", 180, "ask", {}),
    ("th", "ขอเพลงป๊อปสนุกๆ 2 เวอร์ชัน ปาร์ตี้วันเกิด 30 ปี", None, "t2a", {"duration": 60, "takes": 2, "tags_has": ["pop"]}),
    # ---------------- tl ----------------
    (
        "tl",
        "gawa ka ng kanta para sa debut ng anak ko, 18 na siya, tagalog ang lyrics",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "tl"},
    ),
    ("tl", "ulitin mo yung 1:00 hanggang 1:20", 200, "audio_inpaint", _win(60, 80)),
    ("tl", "habaan mo ng 30 secs sa dulo", 150, "audio_outpaint", _out(0, 30)),
    ("tl", "gawin mong 5 versions yung kanta", None, "ask", {}),
    # ---------------- tr ----------------
    (
        "tr",
        "gitar olmasın, bağlama ve ney ile sakin bir parça, 4 dakika, sözsüz",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_lacks": ["guitar"]},
    ),
    (
        "tr",
        "bu sözlerle bir arabesk şarkı yap:\n" + L_TR,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_TR, "vocal_language": "tr"},
    ),
    ("tr", "1:10 ile 1:25 arasini yeniden yap", 200, "audio_inpaint", _win(70, 85)),
    ("tr", "vokali kaldir", 180, "ask", {}),
    # ---------------- uk ----------------
    ("uk", "спокійна музика на бандурі без вокалу, 3 хвилини", None, "t2a", {"duration": 180, "lyrics": INST}),
    ("uk", "переробы останни 10 секунд", 180, "audio_inpaint", _win(170, 180)),
    ("uk", "експортуй у wav і зроби fade in 3 секунди", 180, "process_track", {"output_format": "wav", "fade_in_s": 3}),
    ("uk", "зроби пісню довшою", None, "ask", {}),
    (
        "uk",
        "зроби 2 версії пісні українською про Київ 2014 року, 3 хвилини",
        None,
        "t2a",
        {"duration": 180, "takes": 2, "vocal_language": "uk"},
    ),
    # ---------------- ur ----------------
    ("ur", "ستار اور طبلے کے ساتھ غزل، 5 منٹ", None, "t2a", {"duration": 300, "tags_has": ["tabla"]}),
    ("ur", "1:00 se 1:20 tak dobara banao", 200, "audio_inpaint", _win(60, 80)),
    ("ur", "aakhir mein 30 second aur barhao", 150, "audio_outpaint", _out(0, 30)),
    ("ur", "awaz nikal do gaane se", 180, "ask", {}),
    # ---------------- vi ----------------
    (
        "vi",
        "viet bai hat voi loi nay nhe, ballad:\n" + L_VI,
        None,
        "t2a",
        {"duration": 60, "lyrics": L_VI, "vocal_language": "vi"},
    ),
    ("vi", "lam lai doan 1:00 den 1:20", 200, "audio_inpaint", _win(60, 80)),
    ("vi", "xuất file mp3 320kbps", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("vi", "bỏ tiếng hát đi", 180, "ask", {}),
    ("vi", "noi them 30s o dau bai", 180, "audio_outpaint", _out(30, 0)),
    # ---------------- yue ----------------
    (
        "yue",
        "整首廣東歌，用粵語唱，結他伴奏，三分鐘",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["guitar"], "vocal_language": "yue"},
    ),
    ("yue", "1:00至1:20嗰段重新整過", 200, "audio_inpaint", _win(60, 80)),
    ("yue", "尾段加多30秒", 150, "audio_outpaint", _out(0, 30)),
    ("yue", "幫我將人聲抽走", 180, "ask", {}),
]
