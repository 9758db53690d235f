"""Blind held-out router set 167. Theme: "even mix 69".

An even mix of all five intents across all 50 languages: first messages and follow-ups to an open track,
terse and chatty, with typos, code-switching, romanised typing (Hinglish, Arabizi, Greeklish, romaji,
Russian in Latin letters), native digits, number words, compound requests, inline lyrics, several takes,
and purpose descriptions whose numbers (guests, pupils, levels) are not lengths.

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


_LY_AR = "[Verse]\nيا بحر خدني معاك\nوارجعني لأول هواك\n[Chorus]\nموجة ورا موجة\nوالقلب ما بينساك"
_LY_EN = (
    "[Verse]\nDust on the dashboard, sun in my eyes\nOne more mile till the Tennessee skies\n"
    "[Chorus]\nTake me home, take me slow\nBack to the porch where the fireflies glow"
)
_LY_FR = "[Couplet]\nJe marche seule dans la ville\nLes néons sont si fragiles\n[Refrain]\nDanse encore, danse encore\nJusqu'à l'aurore"
_LY_HI = "[Verse]\nसूरज निकला, चिड़िया बोली\nचलो स्कूल, भर लो झोली\n[Chorus]\nपढ़ना लिखना, खेल भी खेलें\nमिलजुल कर हम आगे बढ़ें"
_LY_PT = "[Verso]\nO mar de Ipanema me chamou\nE o sol da tarde me abraçou\n[Refrão]\nVem, amor, vem devagar\nQue a noite é pra gente sonhar"
_LY_RU = "[Куплет]\nНочной трамвай идёт домой\nИ город спит под тишиной\n[Припев]\nНе уходи, побудь со мной\nДо самой первой звезды"
_LY_ZH = "[主歌]\n风吹过城市的夜晚\n霓虹照亮我的孤单\n[副歌]\n我还在等你回来\n等到花开又花败"
_LY_DA = "[Vers]\nSneen falder stille ned\nOver byen, fuld af fred\n[Omkvæd]\nGlædelig jul til dig og mig\nLyset viser os vej"
_LY_UK = "[Куплет]\nВечір тихий над Дніпром\nЗорі світять за вікном\n[Приспів]\nЯ чекаю на весну\nІ тебе, мою одну"
_LY_NO = (
    "[Vers]\nFjellet står så stille\nHavet synger lavt\n[Refreng]\nKom hjem til meg i kveld\nFør natten blir for kald"
)
_LY_YUE = "[主歌]\n落雨嘅晚上我喺度等\n街燈照住我一個人\n[副歌]\n你會唔會返嚟\n陪我行多一程"


R167: list[tuple[Any, ...]] = [
    # ---- ar ----
    (
        "ar",
        "اعملي موسيقى هادية لفيديو يوتيوب عن الطبخ، حوالي دقيقتين، بدون غناء، فيها عود و piano",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "ar",
        "3ayez ughniya mahraganat 7elwa lel 3eed, e3melli 3 versions law sama7t",
        None,
        "t2a",
        {"takes": 3, "tags_has": ["mahraganat"]},
    ),
    (
        "ar",
        "عايز أغنية بالعربي عن البحر بالكلمات دي:\n" + _LY_AR,
        None,
        "t2a",
        {"lyrics": _LY_AR, "vocal_language": "ar"},
    ),
    ("ar", "من الثانية ٤٥ لحد ١:١٠ الطبول عالية زيادة، أعد توليد الجزء ده", 180, "audio_inpaint", _win(45, 70)),
    (
        "ar",
        "el 7etta men 2:00 le 2:15 feeha noise, 3awez a3melha tani, 2 takes",
        1260,
        "audio_inpaint",
        {"start_time": 120, "end_time": 135, "takes": 2},
    ),
    (
        "ar",
        "صدّر الملف mp3 بجودة ٣٢٠ وخليه -14 LUFS",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14},
    ),
    (
        "ar",
        "عايز الموسيقى دي تبقى loop من غير ما يبان فين بتبدأ، عشان لعبة فيها ١٢ مرحلة",
        64,
        "process_track",
        {"loop": True},
    ),
    ("ar", "زود مقدمة ١٠ ثواني وخاتمة عشرين ثانية", 150, "audio_outpaint", _out(10, 20)),
    ("ar", "kamalha le7ad ma tb2a 4 da2ay2 kolaha", 180, "audio_outpaint", _out(0, 60)),
    ("ar", "ممكن تشيل صوت المغني وتخليها كاريوكي؟", 210, "ask", {}),
    ("ar", "صدرها m4a لو سمحت", 95, "ask", {}),
    # ---- de ----
    (
        "de",
        "Brauch nen Track für mein Erklärvideo über Photosynthese, 7. Klasse, 28 Schüler, so 90 Sek, ruhig, ohne Gesang",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    (
        "de",
        "Mach mir bitte zwei Varianten von nem Techno-Track, 2:30 lang",
        None,
        "t2a",
        {"duration": 150, "takes": 2, "tags_has": ["techno"]},
    ),
    ("de", "zwischen 0:32 und 0:48 klingt die gitarre schief, nochmal neu bitte", 120, "audio_inpaint", _win(32, 48)),
    (
        "de",
        "Die letzten 20 Sekunden gefallen mir nicht, bitte neu generieren – gib mir drei Versionen",
        140,
        "audio_inpaint",
        {"start_time": 120, "end_time": 140, "takes": 3},
    ),
    ("de", "sekunde 5 bis 12 nochma machen pls, da is so n knackser", 60, "audio_inpaint", _win(5, 12)),
    (
        "de",
        "Als WAV exportieren, 3 Sek Fade-in und 8 Sek Fade-out",
        175,
        "process_track",
        {"output_format": "wav", "fade_in_s": 3, "fade_out_s": 8},
    ),
    (
        "de",
        "schneid vorne 2 sekunden stille weg und hinten 4",
        96,
        "process_track",
        {"trim_start_s": 2, "trim_end_s": 4},
    ),
    (
        "de",
        "Kannst du das auf genau drei Minuten verlängern? Hinten dran, nicht vorne.",
        130,
        "audio_outpaint",
        _out(0, 50),
    ),
    ("de", "ein Intro von 15 Sekunden davor wär nice", 200, "audio_outpaint", _out(15, 0)),
    ("de", "Kannst du das Ganze einen Halbton höher machen?", 180, "ask", {}),
    ("de", "Der Refrain klingt komisch, mach den nochmal", 150, "ask", {}),
    # ---- en ----
    (
        "en",
        "need bg music for my twitch intro, 8-bit chiptune vibe, 45 seconds, no vox. gonna use it on like 3 streams a week",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST, "tags_has": ["chiptune"]},
    ),
    (
        "en",
        "write me a country song with these words:\n" + _LY_EN,
        None,
        "t2a",
        {"lyrics": _LY_EN, "vocal_language": "en", "tags_has": ["country"]},
    ),
    ("en", "the sax solo from 2:10-2:25 is off key, regen that pls", 1500, "audio_inpaint", _win(130, 145)),
    ("en", "redo the first twelve seconds, the kick comes in too early", 75, "audio_inpaint", _win(0, 12)),
    ("en", "export flac, normalize to -16 lufs", 240, "process_track", {"output_format": "flac", "loudness_lufs": -16}),
    (
        "en",
        "give me an mp3 at 128 kbps with a 5s fade out, it's for a slideshow with 40 photos",
        118,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 128, "fade_out_s": 5},
    ),
    ("en", "make it loop seamlessly", 32, "process_track", {"loop": True}),
    ("en", "tack on another 30 sec at the end", 90, "audio_outpaint", _out(0, 30)),
    ("en", "can u extend it both ways, like 5s before and 10 after", 60, "audio_outpaint", _out(5, 10)),
    ("en", "can I get the stems? drums, bass and vocals separately", 200, "ask", {}),
    ("en", "fix 3:40 to 3:55", 180, "ask", {}),
    # ---- es ----
    (
        "es",
        "Hazme una cumbia alegre pa' la fiesta de mi abuela que cumple 80, unos dos minutos y medio",
        None,
        "t2a",
        {"duration": 150, "tags_has": ["cumbia"]},
    ),
    (
        "es",
        "quiero 4 tomas de un tema lofi para estudiar, sin voz, 1 min cada uno",
        None,
        "t2a",
        {"takes": 4, "lyrics": INST, "duration": 60, "tags_has": ["lofi"]},
    ),
    ("es", "del 1:02 al 1:18 hay un ruido feo, regeneralo porfa", 150, "audio_inpaint", _win(62, 78)),
    (
        "es",
        "rehaz los segundos 30 a 45, dame dos opciones",
        90,
        "audio_inpaint",
        {"start_time": 30, "end_time": 45, "takes": 2},
    ),
    ("es", "pásalo a ogg y ponle fade in de 2 segundos", 88, "process_track", {"output_format": "ogg", "fade_in_s": 2}),
    (
        "es",
        "recórtale los últimos 6 segundos, es para un reel de instagram de 3 partes",
        66,
        "process_track",
        {"trim_end_s": 6},
    ),
    ("es", "alárgalo hasta 3 minutos", 120, "audio_outpaint", _out(0, 60)),
    ("es", "ponle una intro de 8 seg", 140, "audio_outpaint", _out(8, 0)),
    ("es", "que dure un minuto más al final y 10 segundos más al principio", 100, "audio_outpaint", _out(10, 60)),
    ("es", "¿me haces otra igual pero más lenta?", 130, "ask", {}),
    ("es", "añade un fade out de 5 segundos", None, "ask", {}),
    # ---- fr ----
    (
        "fr",
        "Une musique d'ambiance pour mon jeu vidéo, niveau de la forêt, 10 ennemis par vague lol, environ 1 min 20, instrumentale",
        None,
        "t2a",
        {"duration": 80, "lyrics": INST},
    ),
    (
        "fr",
        "chanson pop en français avec ces paroles :\n" + _LY_FR,
        None,
        "t2a",
        {"lyrics": _LY_FR, "vocal_language": "fr", "tags_has": ["pop"]},
    ),
    ("fr", "refais de 0:50 à 1:05 stp, la voix déraille", 200, "audio_inpaint", _win(50, 65)),
    ("fr", "les 10 dernières secondes sont nulles, régénère-les", 45, "audio_inpaint", _win(35, 45)),
    (
        "fr",
        "exporte en mp3 192 kbps avec un fondu de sortie de 6 s",
        210,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "fade_out_s": 6},
    ),
    ("fr", "mets le volume à -12 LUFS", 155, "process_track", {"loudness_lufs": -12}),
    ("fr", "rallonge la fin de quarante secondes", 160, "audio_outpaint", _out(0, 40)),
    ("fr", "ajoute 20 s au début, genre une intro calme", 110, "audio_outpaint", _out(20, 0)),
    ("fr", "enlève la voix", 180, "ask", {}),
    ("fr", "tu peux l'exporter en aac ?", 140, "ask", {}),
    ("fr", "annule la dernière modif", 140, "ask", {}),
    # ---- hi ----
    (
        "hi",
        "bhai ek mast bhangra track bana do shaadi ke liye, 3 min ka, 150 guests aa rahe hai",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["bhangra"]},
    ),
    (
        "hi",
        "मेरी क्लास के बच्चों के लिए एक छोटा सा गाना बनाओ, ये बोल हैं:\n" + _LY_HI,
        None,
        "t2a",
        {"lyrics": _LY_HI, "vocal_language": "hi"},
    ),
    (
        "hi",
        "ek sitar wala instrumental chahiye, bina vocals ke, do version de do, २ मिनट",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "takes": 2, "tags_has": ["sitar"]},
    ),
    ("hi", "1:20 se 1:35 tak wala part dobara banao, beat off lag raha hai", 180, "audio_inpaint", _win(80, 95)),
    ("hi", "शुरू के १५ सेकंड फिर से बनाओ", 100, "audio_inpaint", _win(0, 15)),
    (
        "hi",
        "isko wav me export karo aur end me 4 second ka fade out daal do",
        150,
        "process_track",
        {"output_format": "wav", "fade_out_s": 4},
    ),
    (
        "hi",
        "loudness -14 LUFS kar do aur mp3 256 kbps",
        200,
        "process_track",
        {"loudness_lufs": -14, "output_format": "mp3", "bitrate_kbps": 256},
    ),
    ("hi", "आखिर में 30 सेकंड और जोड़ दो", 120, "audio_outpaint", _out(0, 30)),
    ("hi", "isko 2 minute ka kar do, abhi chhota hai", 90, "audio_outpaint", _out(0, 30)),
    ("hi", "gaane ka tempo thoda slow kar do", 160, "ask", {}),
    ("hi", "अंत में 5 सेकंड का fade out लगा दो", None, "ask", {}),
    # ---- it ----
    (
        "it",
        "mi serve una base jazz per il video del matrimonio di mia sorella, 250 invitati, durata 3 minuti e mezzo, solo strumentale",
        None,
        "t2a",
        {"duration": 210, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    ("it", "fammi tre versioni di una tarantella moderna", None, "t2a", {"takes": 3, "tags_has": ["tarantella"]}),
    ("it", "dal secondo 40 al 55 rifallo, c'è un buco", 120, "audio_inpaint", _win(40, 55)),
    ("it", "rigenera da 2:30 a 2:50", 2700, "audio_inpaint", _win(150, 170)),
    ("it", "gli ultimi 8 secondi non mi piacciono, rifalli", 30, "audio_inpaint", _win(22, 30)),
    (
        "it",
        "esporta in flac e taglia i primi 3 secondi",
        145,
        "process_track",
        {"output_format": "flac", "trim_start_s": 3},
    ),
    (
        "it",
        "dissolvenza in entrata di 4 secondi e in uscita di 10",
        190,
        "process_track",
        {"fade_in_s": 4, "fade_out_s": 10},
    ),
    ("it", "allungalo di un minuto alla fine", 120, "audio_outpaint", _out(0, 60)),
    ("it", "aggiungi un'intro di 12 secondi", 80, "audio_outpaint", _out(12, 0)),
    ("it", "fammene un'altra così", 100, "ask", {}),
    ("it", "rifai la parte brutta in mezzo", 150, "ask", {}),
    # ---- ja ----
    (
        "ja",
        "ゲームのボス戦用BGM、オーケストラっぽく、１分３０秒、ボーカルなし。ステージは全部で８つあります",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    (
        "ja",
        "lofi hip hop no kyoku tsukutte, benkyou you, 2 fun gurai, uta nashi de",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["lofi"]},
    ),
    ("ja", "０:４５から１:００のところ、ドラムが変なので作り直して", 150, "audio_inpaint", _win(45, 60)),
    (
        "ja",
        "saisho no 10 byou wo yarinaoshite, 2 pattern hoshii",
        60,
        "audio_inpaint",
        {"start_time": 0, "end_time": 10, "takes": 2},
    ),
    ("ja", "mp3で書き出して。ビットレートは320で", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    (
        "ja",
        "最後に５秒のフェードアウトをつけて、音量は-14 LUFSに",
        120,
        "process_track",
        {"fade_out_s": 5, "loudness_lufs": -14},
    ),
    ("ja", "シームレスにループできるようにして", 40, "process_track", {"loop": True}),
    ("ja", "後ろに30秒足して", 90, "audio_outpaint", _out(0, 30)),
    ("ja", "全体で３分になるように伸ばして", 150, "audio_outpaint", _out(0, 30)),
    ("ja", "ボーカルだけ消してカラオケにできる？", 200, "ask", {}),
    ("ja", "サビをもう一回作り直して", 180, "ask", {}),
    # ---- ko ----
    (
        "ko",
        "유튜브 브이로그용 잔잔한 어쿠스틱 음악 만들어줘, 1분 정도, 가사 없이",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    ("ko", "댄스곡 두 가지 버전으로 만들어 주세요. 우리 동아리 5명이 축제에서 춤출 거예요", None, "t2a", {"takes": 2}),
    ("ko", "1:10부터 1:25까지 다시 만들어줘", 200, "audio_inpaint", _win(70, 85)),
    ("ko", "마지막 15초 다시 생성해줘ㅠㅠ 끝이 너무 어색해", 75, "audio_inpaint", _win(60, 75)),
    ("ko", "wav로 내보내고 앞에 3초 잘라줘", 130, "process_track", {"output_format": "wav", "trim_start_s": 3}),
    ("ko", "페이드인 2초, 페이드아웃 7초 넣어줘", 95, "process_track", {"fade_in_s": 2, "fade_out_s": 7}),
    ("ko", "뒤에 20초만 더 늘려줘", 100, "audio_outpaint", _out(0, 20)),
    ("ko", "앞에 인트로 10초 추가해줘", 140, "audio_outpaint", _out(10, 0)),
    ("ko", "전체 길이를 4분으로 늘려줘", 200, "audio_outpaint", _out(0, 40)),
    ("ko", "이거 키 좀 낮춰줄 수 있어?", 160, "ask", {}),
    ("ko", "opus 파일로 저장해줘", 120, "ask", {}),
    # ---- pt ----
    (
        "pt",
        "faz um funk carioca pra minha festa de 15 anos, uns 2 minutos",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["funk"]},
    ),
    (
        "pt",
        "quero uma bossa nova com essa letra:\n" + _LY_PT,
        None,
        "t2a",
        {"lyrics": _LY_PT, "vocal_language": "pt", "tags_has": ["bossa"]},
    ),
    ("pt", "refaz do 0:20 ao 0:35, tá desafinado", 90, "audio_inpaint", _win(20, 35)),
    (
        "pt",
        "regenera de 3:00 até 3:30 com 3 takes",
        300,
        "audio_inpaint",
        {"start_time": 180, "end_time": 210, "takes": 3},
    ),
    ("pt", "exporta em mp3 160 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 160}),
    ("pt", "corta 5 segundos do final e põe fade out de 3", 120, "process_track", {"trim_end_s": 5, "fade_out_s": 3}),
    ("pt", "estica mais 45 segundos no fim", 135, "audio_outpaint", _out(0, 45)),
    ("pt", "coloca uma introdução de 6 segundos", 70, "audio_outpaint", _out(6, 0)),
    ("pt", "desfaz isso", 120, "ask", {}),
    ("pt", "refaz de 2:00 a 2:20", 90, "ask", {}),
    ("pt", "me manda só a bateria separada", 180, "ask", {}),
    # ---- ru ----
    ("ru", "Сделай эмбиент для медитации, минут пять, без вокала", None, "t2a", {"duration": 300, "lyrics": INST}),
    (
        "ru",
        "napishi trek v stile synthwave dlya moego video pro 80-e, dve minuty",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["synthwave"]},
    ),
    ("ru", "песня на русском, вот текст:\n" + _LY_RU, None, "t2a", {"lyrics": _LY_RU, "vocal_language": "ru"}),
    ("ru", "перегенерируй с 1:05 по 1:20", 1800, "audio_inpaint", _win(65, 80)),
    ("ru", "peredelay poslednie 10 sekund pozhaluysta", 50, "audio_inpaint", _win(40, 50)),
    (
        "ru",
        "экспортируй в wav и сделай громкость -9 LUFS",
        140,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -9},
    ),
    (
        "ru",
        "обрежь первые 2 секунды и сделай затухание в конце 5 секунд",
        110,
        "process_track",
        {"trim_start_s": 2, "fade_out_s": 5},
    ),
    ("ru", "продли трек до трёх минут", 150, "audio_outpaint", _out(0, 30)),
    ("ru", "dobav intro sekund na 15", 120, "audio_outpaint", _out(15, 0)),
    ("ru", "убери вокал", 200, "ask", {}),
    ("ru", "сделай ещё один такой же", 100, "ask", {}),
    # ---- zh ----
    ("zh", "帮我做一首古风音乐，用于我的短视频，大概四十秒，纯音乐", None, "t2a", {"duration": 40, "lyrics": INST}),
    ("zh", "做一首中文流行歌，歌词如下：\n" + _LY_ZH, None, "t2a", {"lyrics": _LY_ZH, "vocal_language": "zh"}),
    ("zh", "把1:30到1:45重新生成一下", 2400, "audio_inpaint", _win(90, 105)),
    ("zh", "开头前8秒重做，给我两个版本", 120, "audio_inpaint", {"start_time": 0, "end_time": 8, "takes": 2}),
    ("zh", "第二十秒到第三十五秒那段鼓点乱了，重做", 60, "audio_inpaint", _win(20, 35)),
    ("zh", "导出成mp3，码率192", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("zh", "做成无缝循环，我要放在游戏菜单里，一共3个菜单页面", 30, "process_track", {"loop": True}),
    ("zh", "结尾再加二十秒", 100, "audio_outpaint", _out(0, 20)),
    ("zh", "前面加10秒前奏，后面加15秒尾奏", 120, "audio_outpaint", _out(10, 15)),
    ("zh", "把副歌那段改一下", 160, "ask", {}),
    ("zh", "能不能升两个key", 140, "ask", {}),
    # ---- bg ----
    (
        "bg",
        "Направи ми инструментална музика за презентация в час по история, 9 клас, около 2 минути",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    ("bg", "прегенерирай от 0:40 до 0:55", 120, "audio_inpaint", _win(40, 55)),
    (
        "bg",
        "експортирай като mp3 320 kbps с fade out 4 секунди",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "fade_out_s": 4},
    ),
    ("bg", "удължи го с 30 секунди в края", 90, "audio_outpaint", _out(0, 30)),
    ("bg", "махни вокала моля", 150, "ask", {}),
    # ---- ca ----
    (
        "ca",
        "fes-me una rumba catalana per a la festa major, uns tres minuts",
        None,
        "t2a",
        {"duration": 180, "tags_has": ["rumba"]},
    ),
    ("ca", "refés del segon 15 al 30, sona estrany", 60, "audio_inpaint", _win(15, 30)),
    ("ca", "exporta-ho en flac", 200, "process_track", {"output_format": "flac"}),
    ("ca", "afegeix-hi una intro de 10 segons", 120, "audio_outpaint", _out(10, 0)),
    ("ca", "fes-ne una altra igual però més ràpida", 120, "ask", {}),
    # ---- cs ----
    (
        "cs",
        "udělej mi tři verze klidné hudby na pozadí, piano, 1 minuta",
        None,
        "t2a",
        {"duration": 60, "takes": 3, "tags_has": ["piano"]},
    ),
    ("cs", "přegeneruj úsek 1:00–1:12", 150, "audio_inpaint", _win(60, 72)),
    (
        "cs",
        "uřízni posledních 5 sekund a nastav hlasitost na -14 LUFS",
        130,
        "process_track",
        {"trim_end_s": 5, "loudness_lufs": -14},
    ),
    ("cs", "prodluž to na 3 minuty", 140, "audio_outpaint", _out(0, 40)),
    ("cs", "přidej fade out 6 sekund", None, "ask", {}),
    # ---- da ----
    (
        "da",
        "lav en hyggelig julesang på dansk med den her tekst:\n" + _LY_DA,
        None,
        "t2a",
        {"lyrics": _LY_DA, "vocal_language": "da"},
    ),
    ("da", "lav 0:25 til 0:40 om, trommerne er for høje", 100, "audio_inpaint", _win(25, 40)),
    (
        "da",
        "eksporter som ogg og lav et fade in på 3 sek",
        90,
        "process_track",
        {"output_format": "ogg", "fade_in_s": 3},
    ),
    ("da", "forlæng slutningen med et halvt minut", 120, "audio_outpaint", _out(0, 30)),
    ("da", "kan du lave den om til m4a?", 120, "ask", {}),
    # ---- el ----
    (
        "el",
        "φτιάξε μου ένα κομμάτι με μπουζούκι για το βίντεο του γάμου, 4 λεπτά, χωρίς φωνή",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST},
    ),
    ("el", "ksanaftiakse apo to 0:30 mexri to 0:50 plz", 90, "audio_inpaint", _win(30, 50)),
    (
        "el",
        "κάνε export σε wav με fade out 10 δευτερόλεπτα",
        200,
        "process_track",
        {"output_format": "wav", "fade_out_s": 10},
    ),
    ("el", "πρόσθεσε 20 δευτερόλεπτα στην αρχή", 100, "audio_outpaint", _out(20, 0)),
    ("el", "ξαναφτιάξε το ρεφρέν", 150, "ask", {}),
    # ---- fa ----
    (
        "fa",
        "یه آهنگ بی‌کلام سنتی با سه‌تار برای کلیپ نوروز بساز، حدود ۹۰ ثانیه",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    ("fa", "از ثانیه ۲۰ تا ۳۵ رو دوباره بساز", 80, "audio_inpaint", _win(20, 35)),
    ("fa", "خروجی mp3 با بیت‌ریت ۱۲۸ بده", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("fa", "آخرش رو ۴۰ ثانیه طولانی‌تر کن", 120, "audio_outpaint", _out(0, 40)),
    ("fa", "صدای خواننده رو حذف کن", 180, "ask", {}),
    # ---- he ----
    ("he", "תעשה לי שיר מזרחי שמח לבר מצווה של אחי, בערך שתי דקות וחצי", None, "t2a", {"duration": 150}),
    ("he", "תייצר מחדש את 1:40 עד 1:55", 3600, "audio_inpaint", _win(100, 115)),
    ("he", "תייצא ל-flac ותעשה fade in של 2 שניות", 140, "process_track", {"output_format": "flac", "fade_in_s": 2}),
    ("he", "תאריך את זה לארבע דקות", 180, "audio_outpaint", _out(0, 60)),
    ("he", "תעשה את זה יותר איטי", 120, "ask", {}),
    # ---- hu ----
    (
        "hu",
        "csinálj egy rock számot a zenekarunk próbájához, 2 verzió, kb 3 perc",
        None,
        "t2a",
        {"duration": 180, "takes": 2, "tags_has": ["rock"]},
    ),
    ("hu", "az utolsó 12 másodpercet generáld újra", 72, "audio_inpaint", _win(60, 72)),
    (
        "hu",
        "exportáld mp3-ba, 256 kbps, és a hangerő legyen -14 LUFS",
        160,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256, "loudness_lufs": -14},
    ),
    ("hu", "tegyél elé egy 8 másodperces introt és a végére 12-t", 100, "audio_outpaint", _out(8, 12)),
    ("hu", "vágd ki a rossz részt", 130, "ask", {}),
    # ---- id ----
    (
        "id",
        "bikinin musik dangdut buat video tiktok, 30 detik aja",
        None,
        "t2a",
        {"duration": 30, "tags_has": ["dangdut"]},
    ),
    ("id", "ulang bagian 0:10 sampe 0:22 dong, ada bunyi aneh", 45, "audio_inpaint", _win(10, 22)),
    (
        "id",
        "potong 3 detik di awal sama fade out 5 detik ya",
        120,
        "process_track",
        {"trim_start_s": 3, "fade_out_s": 5},
    ),
    ("id", "tambahin 1 menit di akhir", 120, "audio_outpaint", _out(0, 60)),
    ("id", "bisa export ke wma?", 150, "ask", {}),
    # ---- nl ----
    (
        "nl",
        "maak een vrolijk deuntje voor mijn gymles, groep 6, 24 kinderen, ongeveer 1,5 minuut, zonder zang",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    ("nl", "genereer 2:05 tot 2:20 opnieuw", 180, "audio_inpaint", _win(125, 140)),
    ("nl", "maak er een naadloze loop van", 24, "process_track", {"loop": True}),
    ("nl", "verleng het tot 2 minuten", 75, "audio_outpaint", _out(0, 45)),
    ("nl", "kun je 4:10 tot 4:30 opnieuw doen?", 200, "ask", {}),
    # ---- pl ----
    (
        "pl",
        "zrób mi disco polo na wesele kuzyna, 100 gości, jakieś 3,5 minuty",
        None,
        "t2a",
        {"duration": 210, "tags_has": ["disco"]},
    ),
    (
        "pl",
        "wygeneruj jeszcze raz od 0:05 do 0:18, daj 2 wersje",
        60,
        "audio_inpaint",
        {"start_time": 5, "end_time": 18, "takes": 2},
    ),
    (
        "pl",
        "wyeksportuj do wav i wycisz końcówkę przez 8 sekund",
        150,
        "process_track",
        {"output_format": "wav", "fade_out_s": 8},
    ),
    ("pl", "dodaj 25 sekund na początku", 100, "audio_outpaint", _out(25, 0)),
    ("pl", "cofnij ostatnią zmianę", 100, "ask", {}),
    # ---- ro ----
    ("ro", "fă-mi o manea instrumentală, fără voce, cam două minute", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("ro", "refă partea de la 1:15 la 1:30", 150, "audio_inpaint", _win(75, 90)),
    ("ro", "exportă în mp3 la 192 kbps", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("ro", "prelungește-l cu 30 de secunde la final", 90, "audio_outpaint", _out(0, 30)),
    ("ro", "poți să-mi dai doar vocea separat?", 180, "ask", {}),
    # ---- sv ----
    (
        "sv",
        "gör en lugn folkmusiklåt med fiol till min podcast, 45 sek, instrumental",
        None,
        "t2a",
        {"duration": 45, "lyrics": INST},
    ),
    ("sv", "gör om sekund 50 till 65", 600, "audio_inpaint", _win(50, 65)),
    (
        "sv",
        "exportera som flac, fade in 1 s och fade out 6 s",
        180,
        "process_track",
        {"output_format": "flac", "fade_in_s": 1, "fade_out_s": 6},
    ),
    ("sv", "lägg till ett intro på 5 sekunder", 60, "audio_outpaint", _out(5, 0)),
    ("sv", "lägg till 10 sekunder i slutet", None, "ask", {}),
    # ---- tr ----
    (
        "tr",
        "düğün videosu için neşeli bir halay müziği yap, 2 buçuk dakika, sözsüz",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST},
    ),
    ("tr", "0:35 ile 0:50 arasını yeniden oluştur", 100, "audio_inpaint", _win(35, 50)),
    (
        "tr",
        "mp3 olarak dışa aktar, 128 kbps, sonuna 3 saniye fade out",
        130,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 128, "fade_out_s": 3},
    ),
    ("tr", "sonuna 40 saniye ekle", 140, "audio_outpaint", _out(0, 40)),
    ("tr", "şarkının temposunu biraz düşür", 150, "ask", {}),
    # ---- uk ----
    (
        "uk",
        "зроби пісню українською з таким текстом:\n" + _LY_UK,
        None,
        "t2a",
        {"lyrics": _LY_UK, "vocal_language": "uk"},
    ),
    ("uk", "перегенеруй останні 20 секунд", 180, "audio_inpaint", _win(160, 180)),
    ("uk", "обріж перші 4 секунди", 90, "process_track", {"trim_start_s": 4}),
    ("uk", "подовж до п'яти хвилин", 240, "audio_outpaint", _out(0, 60)),
    ("uk", "зроби караоке-версію", 200, "ask", {}),
    # ---- vi ----
    (
        "vi",
        "làm cho mình một bản nhạc lofi chill để học bài, khoảng 2 phút, không lời",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["lofi"]},
    ),
    ("vi", "tạo lại đoạn từ 0:45 đến 1:00 nha", 150, "audio_inpaint", _win(45, 60)),
    ("vi", "xuất file wav, âm lượng -16 LUFS", 120, "process_track", {"output_format": "wav", "loudness_lufs": -16}),
    ("vi", "thêm 15 giây intro ở đầu", 90, "audio_outpaint", _out(15, 0)),
    ("vi", "xuất ra aac được không", 100, "ask", {}),
    # ---- az ----
    ("az", "0:20-dən 0:40-a qədər olan hissəni yenidən yarat", 90, "audio_inpaint", _win(20, 40)),
    ("az", "mp3 formatında ixrac et, 192 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("az", "sonuna 30 saniyə əlavə et", 60, "audio_outpaint", _out(0, 30)),
    ("az", "vokalı sil", 120, "ask", {}),
    # ---- bn ----
    ("bn", "১:০০ থেকে ১:১৫ অংশটা আবার বানাও", 150, "audio_inpaint", _win(60, 75)),
    (
        "bn",
        "wav এ export করো আর শেষে ৫ সেকেন্ডের fade out দাও",
        120,
        "process_track",
        {"output_format": "wav", "fade_out_s": 5},
    ),
    ("bn", "শুরুতে ১০ সেকেন্ডের একটা intro যোগ করো", 100, "audio_outpaint", _out(10, 0)),
    ("bn", "গানটা আরেকটু ধীর করে দাও", 130, "ask", {}),
    # ---- fi ----
    ("fi", "tee uudestaan kohta 0:30–0:45", 120, "audio_inpaint", _win(30, 45)),
    (
        "fi",
        "vie flac-muodossa ja normalisoi -14 LUFSiin",
        180,
        "process_track",
        {"output_format": "flac", "loudness_lufs": -14},
    ),
    ("fi", "pidennä kolmeen minuuttiin", 150, "audio_outpaint", _out(0, 30)),
    ("fi", "voitko tehdä toisen samanlaisen?", 100, "ask", {}),
    # ---- hr ----
    ("hr", "ponovno generiraj zadnjih 10 sekundi", 40, "audio_inpaint", _win(30, 40)),
    ("hr", "izrezi prve 2 sekunde i stavi fade in od 3", 90, "process_track", {"trim_start_s": 2, "fade_in_s": 3}),
    ("hr", "dodaj 20 sekundi na kraju i 5 na početku", 120, "audio_outpaint", _out(5, 20)),
    ("hr", "izvezi u m4a", 100, "ask", {}),
    # ---- ht ----
    ("ht", "refè pati a soti 0:15 rive 0:30", 60, "audio_inpaint", _win(15, 30)),
    ("ht", "ekspòte l an mp3 320 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("ht", "mete 30 segonn anplis nan fen an", 90, "audio_outpaint", _out(0, 30)),
    ("ht", "retire vwa a nan mizik la", 120, "ask", {}),
    # ---- is ----
    (
        "is",
        "búðu til rólegt píanólag fyrir myndband um norðurljósin, 2 mínútur, án söngs",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "is",
        "fluttu út sem wav með 5 sekúndna fade out",
        150,
        "process_track",
        {"output_format": "wav", "fade_out_s": 5},
    ),
    ("is", "lengdu um 30 sekúndur í lokin", 120, "audio_outpaint", _out(0, 30)),
    ("is", "geturðu fjarlægt sönginn?", 180, "ask", {}),
    # ---- la ----
    ("la", "compone mihi carmen sine verbis, duo minuta", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("la", "exporta in mp3, 192 kbps", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("la", "adde viginti secunda in fine", 100, "audio_outpaint", _out(0, 20)),
    ("la", "partem malam iterum fac", 150, "ask", {}),
    # ---- lt ----
    ("lt", "sukurk linksmą melodiją vaikų šventei, bus 30 vaikų, apie minutę", None, "t2a", {"duration": 60}),
    (
        "lt",
        "eksportuok į flac ir nukirpk paskutines 3 sekundes",
        120,
        "process_track",
        {"output_format": "flac", "trim_end_s": 3},
    ),
    ("lt", "pridėk 15 sekundžių įžangą", 90, "audio_outpaint", _out(15, 0)),
    ("lt", "pakeisk tonaciją aukščiau", 130, "ask", {}),
    # ---- ms ----
    (
        "ms",
        "buatkan lagu instrumental untuk video korporat syarikat, 1 minit 15 saat",
        None,
        "t2a",
        {"duration": 75, "lyrics": INST},
    ),
    ("ms", "eksport ke ogg dan buat loop", 30, "process_track", {"output_format": "ogg", "loop": True}),
    ("ms", "panjangkan jadi 2 minit", 90, "audio_outpaint", _out(0, 30)),
    ("ms", "tolong buat semula bahagian korus", 150, "ask", {}),
    # ---- ne ----
    ("ne", "मेरो भिडियोको लागि दशैंको रमाइलो धुन बनाइदिनुस्, करिब ९० सेकेन्ड", None, "t2a", {"duration": 90}),
    ("ne", "mp3 मा export गर्नुस्, fade out ४ सेकेन्ड", 120, "process_track", {"output_format": "mp3", "fade_out_s": 4}),
    ("ne", "अन्त्यमा ३० सेकेन्ड थप्नुस्", 100, "audio_outpaint", _out(0, 30)),
    ("ne", "यो गीत अलि छिटो बनाइदिनुस्", 120, "ask", {}),
    # ---- no ----
    (
        "no",
        "lag en rolig vise på norsk med denne teksten:\n" + _LY_NO,
        None,
        "t2a",
        {"lyrics": _LY_NO, "vocal_language": "no"},
    ),
    ("no", "generer 1:20 til 1:35 på nytt", 200, "audio_inpaint", _win(80, 95)),
    ("no", "legg til en intro på 10 sek", 90, "audio_outpaint", _out(10, 0)),
    ("no", "kan du ta bort vokalen?", 150, "ask", {}),
    # ---- pa ----
    ("pa", "ਵਿਆਹ ਲਈ ਇੱਕ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ, 3 ਮਿੰਟ ਦਾ", None, "t2a", {"duration": 180}),
    ("pa", "0:50 ton 1:05 tak dubara bana do", 120, "audio_inpaint", _win(50, 65)),
    ("pa", "ਅਖੀਰ ਵਿੱਚ 20 ਸਕਿੰਟ ਹੋਰ ਜੋੜੋ", 100, "audio_outpaint", _out(0, 20)),
    ("pa", "ਇਸਦਾ ਕਰਾਓਕੇ ਬਣਾ ਦਿਓ", 180, "ask", {}),
    # ---- sa ----
    ("sa", "शान्तं वीणासङ्गीतं रचय, गानं विना, द्विमिनिटात्मकम्", None, "t2a", {"duration": 120, "lyrics": INST}),
    ("sa", "१० तः २५ पर्यन्तं क्षणान् पुनः रचय", 60, "audio_inpaint", _win(10, 25)),
    ("sa", "अन्ते त्रिंशत् क्षणान् योजय", 90, "audio_outpaint", _out(0, 30)),
    ("sa", "गायकस्य स्वरं निष्कासय", 120, "ask", {}),
    # ---- sk ----
    (
        "sk",
        "sprav mi pesničku na rozlúčku so škôlkou, 20 detí, asi 2 minúty, s ukulele",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["ukulele"]},
    ),
    ("sk", "pregeneruj posledných 15 sekúnd", 90, "audio_inpaint", _win(75, 90)),
    ("sk", "predĺž to o minútu na konci", 120, "audio_outpaint", _out(0, 60)),
    ("sk", "exportuj to do aac", 100, "ask", {}),
    # ---- sr ----
    (
        "sr",
        "napravi mi sevdah pesmu za video, oko 3 minuta, bez vokala",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["sevdah"]},
    ),
    ("sr", "regenerisi deo od 0:40 do 1:00", 150, "audio_inpaint", _win(40, 60)),
    ("sr", "извези у mp3 256 kbps", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("sr", "vrati kako je bilo pre", 120, "ask", {}),
    # ---- sw ----
    (
        "sw",
        "nitengenezee wimbo wa bongo flava kwa sherehe, dakika mbili",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["bongo"]},
    ),
    ("sw", "rudia sehemu ya 0:30 hadi 0:45", 90, "audio_inpaint", _win(30, 45)),
    (
        "sw",
        "hamisha kama wav na fade out ya sekunde 6",
        150,
        "process_track",
        {"output_format": "wav", "fade_out_s": 6},
    ),
    ("sw", "ongeza sekunde 20 mwishoni", None, "ask", {}),
    # ---- ta ----
    (
        "ta",
        "என் குறும்படத்துக்கு ஒரு சோகமான வயலின் இசை வேண்டும், 1 நிமிடம், பாடல் இல்லாமல்",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    ("ta", "1:00 முதல் 1:20 வரை மீண்டும் உருவாக்கு", 180, "audio_inpaint", _win(60, 80)),
    ("ta", "mp3 ஆக export பண்ணு, -14 LUFS", 150, "process_track", {"output_format": "mp3", "loudness_lufs": -14}),
    ("ta", "குரலை மட்டும் நீக்கு", 120, "ask", {}),
    # ---- te ----
    ("te", "పెళ్లి వీడియో కోసం ఒక సంతోషకరమైన పాట చేయండి, సుమారు 2 నిమిషాలు", None, "t2a", {"duration": 120}),
    ("te", "chivari 10 seconds malli generate cheyyi", 50, "audio_inpaint", _win(40, 50)),
    ("te", "flac లో export చేయి, fade in 2 సెకన్లు", 130, "process_track", {"output_format": "flac", "fade_in_s": 2}),
    ("te", "ఈ పాట కీ మార్చండి", 120, "ask", {}),
    # ---- th ----
    ("th", "ทำเพลงลูกทุ่งสนุกๆ สำหรับงานวัด ยาวประมาณ ๒ นาที", None, "t2a", {"duration": 120}),
    ("th", "ทำช่วง 0:15 ถึง 0:30 ใหม่หน่อย", 60, "audio_inpaint", _win(15, 30)),
    ("th", "export เป็น mp3 320 kbps", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("th", "เพิ่มอินโทร ๑๐ วินาทีข้างหน้า", 90, "audio_outpaint", _out(10, 0)),
    # ---- tl ----
    (
        "tl",
        "gawa ka ng OPM love song na tagalog, mga 3 minutes, 2 versions sana",
        None,
        "t2a",
        {"duration": 180, "takes": 2, "vocal_language": "tl"},
    ),
    ("tl", "paki-redo yung 1:10 hanggang 1:25", 150, "audio_inpaint", _win(70, 85)),
    (
        "tl",
        "i-export mo as wav tapos lagyan ng 5 sec fade out",
        140,
        "process_track",
        {"output_format": "wav", "fade_out_s": 5},
    ),
    ("tl", "dagdagan mo ng 30 seconds sa dulo", 120, "audio_outpaint", _out(0, 30)),
    # ---- ur ----
    ("ur", "میرے یوٹیوب چینل کے لیے ایک قوالی طرز کی دھن بنائیں، تقریباً ڈیڑھ منٹ", None, "t2a", {"duration": 90}),
    ("ur", "aakhri 15 second dobara banao", 60, "audio_inpaint", _win(45, 60)),
    ("ur", "mp3 میں export کریں، 128 kbps", 120, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("ur", "شروع میں 10 سیکنڈ کا انٹرو ڈالیں", 100, "audio_outpaint", _out(10, 0)),
    # ---- yue ----
    ("yue", "幫我整首廣東歌，用呢啲歌詞：\n" + _LY_YUE, None, "t2a", {"lyrics": _LY_YUE, "vocal_language": "yue"}),
    ("yue", "由1:00到1:15嗰段重新整過", 120, "audio_inpaint", _win(60, 75)),
    ("yue", "匯出做wav，淡出5秒", 150, "process_track", {"output_format": "wav", "fade_out_s": 5}),
    ("yue", "尾段加多30秒", 90, "audio_outpaint", _out(0, 30)),
]
