"""Red-team probe (redteam33) of the router rules changed in b01e90f..e11fb58 (ebcf351, 93d9e44, e11fb58), hunting
SILENT WRONG plans: a plan made without a question whose tool or a certain argument is wrong, and questions newly asked
where the answer was obvious (verdict ASKED).

The rules under attack: (1) the total-length words before or after a length (_TOTAL_WORDS: lt 'iki', is 'upp í', ro
'la', sr 'da traje', el 'να γίνει' / 'κάνε το', ru 'длиной' / 'чтобы был' / 'нужно ровно', de 'brauch ich genau', fr
'il me faut … pile', pt 'que fique com', da/sv 'så den er', nl "maak 'm", 'to run'; _TOTAL_AFTER: ko '되게', ne/hi
'बना', tr 'tamamla', fr 'pile'): an amount to add read as a whole to reach; (2) new cue words (loops and fades in
everyday words, bg 'оправи', ur/hi 'ٹھیک کر دو' / 'ठीक कर दो', id 'dipotong', az 'düzəld', de 'doppelt so lang') said in
another sense; (3) part words in _PART_OF_A_TRACK ('частта', 'частина', 'حصہ', 'الجزء', 'हिस्सा', 'ortasını', 'sonunu',
'əvvəlini', '那段', '中间部分') in a new-piece request; (4) spoken Arabic 'نص دقيقة', Portuguese bare 'começo'; (5)
instrumental phrases ('без співу', '목소리 없이', 'sem ninguém cantando') said of something else; (6) 'final…' not
Finnish; (7) lyrics announced by a copula ('the lyrics are:', 'il testo è:', '가사는:', 'والكلمات:', 's ovim
stihovima:') that are no lyrics; (8) account._a_story_length: a length in a story sentence that really is the piece's;
(9) __init__._asked_times: a story sentence that really holds an amount to add; (10) _WRITTEN_WANTED: a format not
written beside one written; (11) _cue_match loops and 'make it' no longer blocking a loop; (12) style words sr 'rok
pesmu', hu 'orgonadarab', fi 'syntikkakappale'.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam33.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, OUT, ext, free, lyr, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0
S = 20.0  # a short jingle: an amount misread as a whole to reach makes a plan, not a refusal

TT = "_TOTAL_WORDS / _TOTAL_AFTER additions"
CU = "new cue words: loops, fades, trim, regenerate, extend in everyday words"
PW = "_PART_OF_A_TRACK part words"
HM = "Arabic 'نص دقيقة', Portuguese bare 'começo'"
IS = "instrumental phrases"
FI = "'final…' not Finnish"
LY = "lyrics announced by a copula (_POINTING, _ANNOUNCE)"
SL = "account._a_story_length"
AT = "__init__._asked_times"
FM = "_WRITTEN_WANTED (a format not written beside one written)"
LP = "_cue_match loops, 'make it' no longer blocking"
SW = "style words sr/hu/fi"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def nws(sec: float, **kw: Any) -> dict[str, Any]:
    """A new piece of that length, plainly: a question is a miss."""
    return {"tool": NEW, "duration": sec, **kw}


def cut(**kw: Any) -> dict[str, Any]:
    return free(ask_ok=True, **kw)


def not_new(**kw: Any) -> dict[str, Any]:
    """Anything but a paid new piece (a question allowed)."""
    return {"tool_not": NEW, "ask_ok": True, **kw}


def not_ext(**kw: Any) -> dict[str, Any]:
    return {"tool_not": OUT, "ask_ok": True, **kw}


def fade_out(sec: float, **kw: Any) -> dict[str, Any]:
    return free(ask_ok=True, fade_out_s=sec, **kw)


def fades() -> dict[str, Any]:
    """A fade of the track, its length left to the tool or asked."""
    return {"tool": FREE, "ask_ok": True}


def looped() -> dict[str, Any]:
    return {"loop": True, "ask_ok": True}


def no_loop(**kw: Any) -> dict[str, Any]:
    return {"loop": None, "ask_ok": True, **kw}


def fmt_is(f: str) -> dict[str, Any]:
    """Written in that format, plainly: a question is a miss."""
    return {"tool": FREE, "output_format": f}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) total words: guards (a whole to reach, plainly)
    (TT, L, "Produži je da traje 4 minuta", ext(0, 60, ask_ok=True)),
    (TT, L, "Продужи је да траје 4 минута", ext(0, 60, ask_ok=True)),
    (TT, L, "Μάκρυνέ το να γίνει 4 λεπτά", ext(0, 60, ask_ok=True)),
    (TT, L, "Продли трек, чтобы он длился 4 минуты", ext(0, 60, ask_ok=True)),
    (TT, L, "Продли, мне нужно ровно 4 минуты", ext(0, 60, ask_ok=True)),
    (TT, L, "Verlängere ihn, ich brauche genau 4 Minuten", ext(0, 60, ask_ok=True)),
    (TT, L, "Rallonge-le, il me faut exactement 4 minutes", ext(0, 60, ask_ok=True)),
    (TT, L, "Rallonge-le à 4 minutes pile", ext(0, 60, ask_ok=True)),
    (TT, L, "Estica pra que fique com 4 minutos", ext(0, 60, ask_ok=True)),
    (TT, L, "Forlæng den, så den er 4 minutter", ext(0, 60, ask_ok=True)),
    (TT, L, "Förläng den så att den är 4 minuter", ext(0, 60, ask_ok=True)),
    (TT, L, "Maak 'm 4 minuten", ext(0, 60, ask_ok=True)),
    (TT, L, "4분 되게 늘려줘", ext(0, 60, ask_ok=True)),
    (TT, L, "Dört dakikaya tamamla", ext(0, 60, ask_ok=True)),
    (TT, L, "ยืดเพลงให้ยาวรวม 4 นาที", ext(0, 60, ask_ok=True)),
    (TT, L, "Kéo dài thành tổng cộng 4 phút", ext(0, 60, ask_ok=True)),
    (TT, L, "Extend it to run 4 minutes", ext(0, 60, ask_ok=True)),
    (TT, L, "Prelungește-o la 4 minute", ext(0, 60, ask_ok=True)),
    (TT, L, "Подовж, щоб тривала 4 хвилини", ext(0, 60, ask_ok=True)),
    (TT, None, "Трек длиной 2 минуты, спокойный эмбиент", nws(120)),
    (TT, None, "Сделай песню, чтобы она длилась 2 минуты, поп", nws(120)),
    (TT, None, "Ένα τραγούδι να κρατάει 2 λεπτά, ροκ", nws(120)),
    (TT, None, "Pesma da traje 2 minuta, pop", nws(120)),
    # ... guards: 'longer' after the length keeps it an amount
    (TT, S, "Forlæng slutningen, så den er 30 sekunder længere", ext(0, 30)),
    (TT, S, "Förläng den så att den blir 30 sekunder längre", ext(0, 30)),
    (TT, S, "Maak 'm 30 seconden langer", ext(0, 30)),
    (TT, S, "I need it to run 30 seconds longer", ext(0, 30)),
    (TT, S, "Thêm 30 giây vào cuối thành tổng cộng 50 giây", ext(0, 30)),
    (TT, S, "Добавь 30 секунд в конец, чтобы был нормальный финал", ext(0, 30)),
    # ... attacks: an amount to add said with a total word (a short track, so a misread total makes a plan)
    (TT, S, "Добавь в конец проигрыш длиной 30 секунд", ext(0, 30)),
    (TT, S, "Добавь в начало вступление длиной 30 секунд", ext(30, 0)),
    (TT, S, "Додай на початок вступ тривалістю 30 секунд", ext(30, 0)),
    (TT, S, "Добавь в конце кусок продолжительностью 40 секунд", ext(0, 40)),
    (TT, S, "Мне нужно ровно 30 секунд добавить в конец", ext(0, 30)),
    (TT, S, "Нужно точно 30 секунд добавить в конец, не меньше", ext(0, 30)),
    (TT, S, "Ich brauche genau 30 Sekunden zusätzlich am Ende", ext(0, 30)),
    (TT, S, "Häng ein Outro dran, ich brauche genau 30 Sekunden Outro", ext(0, 30)),
    (TT, S, "Il me faut exactement 30 secondes en plus à la fin", ext(0, 30)),
    (TT, S, "Ajoute 30 secondes pile à la fin", ext(0, 30)),
    (TT, S, "Ajoute une intro, il me faut exactement 30 secondes d'intro", ext(30, 0)),
    (TT, S, "Add an outro. I want it to run 30 seconds.", ext(0, 30)),
    (TT, S, "Estica o final pra que fique com 30 segundos a mais", ext(0, 30)),
    (TT, S, "Coloca um final novo que fique com 30 segundos", ext(0, 30)),
    (TT, S, "Produži kraj da bude 30 sekundi duži", ext(0, 30)),
    (TT, S, "Dodaj na kraj deo da traje 30 sekundi", ext(0, 30)),
    (TT, S, "Μάκρυνέ το να γίνει 30 δευτερόλεπτα μεγαλύτερο", ext(0, 30)),
    (TT, S, "Κάνε το 30 δευτερόλεπτα μεγαλύτερο", ext(0, 30)),
    (TT, S, "Πρόσθεσε στο τέλος ένα κομμάτι να κρατάει 30 δευτερόλεπτα", ext(0, 30)),
    (TT, S, "طولها عشان يصير 30 ثانية أطول", ext(0, 30)),
    (TT, S, "끝부분을 30초 되게 자연스럽게 늘려줘", ext(0, 30, ask_ok=True)),
    (TT, S, "Voeg een intro toe en maak 'm 30 seconden", ext(30, 0, ask_ok=True)),
    (TT, S, "Sonuna 30 saniye ekle, tamamla", ext(0, 30)),
    # ... the same amounts with a long track: a misread total is refused or asked, a needless question
    (TT, L, "Добавь в конец проигрыш длиной 20 секунд", ext(0, 20)),
    (TT, L, "Ich brauche genau 20 Sekunden zusätzlich am Ende", ext(0, 20)),
    (TT, L, "Add an outro. I want it to run 20 seconds.", ext(0, 20)),
    (TT, L, "Κάνε το 20 δευτερόλεπτα μεγαλύτερο", ext(0, 20)),
    (TT, L, "Ajoute 20 secondes pile à la fin", ext(0, 20)),
    # --- (2) new cue words: fades in everyday words, and said of something else
    (CU, L, "Am Ende soll es langsam leiser werden", fades()),
    (CU, L, "Die Stimme soll im Refrain leiser werden", {"fade_out_s": None, "ask_ok": True}),
    (CU, L, "Ich will nicht, dass es am Ende leiser wird", {"fade_out_s": None, "ask_ok": True}),
    (CU, L, "Laat het einde wegsterven", fades()),
    (CU, None, "Maak een lied over een liefde die langzaam wegsterft, 2 minuten", nws(120)),
    (CU, None, "Песня про город, который затихал к ночи, 2 минуты", nws(120)),
    (CU, L, "Сделай, чтобы в конце плавно затихало", fades()),
    (CU, L, "Сделай плавное нарастание темпа в припеве", {"fade_in_s": None, "ask_ok": True}),
    (CU, None, "Yavaş yavaş sessizleşen bir şehir hakkında 2 dakikalık bir şarkı yap", nws(120)),
    (CU, L, "Sonunda yavaş yavaş sessizleşsin", fades()),
    (CU, None, "だんだん小さくなる恋の歌を2分で作って", nws(120)),
    (CU, L, "最後はだんだん小さくして", fades()),
    (CU, L, "Fai che la batteria entri piano piano nella seconda strofa", {"fade_in_s": None, "ask_ok": True}),
    (CU, L, "Neka se na kraju polako utiša", fades()),
    (CU, None, "Pjesma o gradu koji se polako utišava noću, 2 minute", nws(120)),
    (CU, L, "अंत में धीरे धीरे आवाज़ कम करो", fades()),
    (CU, L, "শেষে আস্তে আস্তে আওয়াজ কমিয়ে দাও", fades()),
    # ... trim, regenerate and extend in the new words
    (CU, L, "Bisa dipotong 10 detik terakhirnya?", cut(trim_end_s=10)),
    (CU, None, "Bisa dipotong 10 detik terakhirnya ya?", ASK),
    (CU, L, "Boleh dipotong 5 detik di awal?", cut(trim_start_s=5)),
    (CU, None, "Lagu tentang rambut yang dipotong pendek, 2 menit", nws(120)),
    (CU, None, "Buat lagu 2 menit tentang pohon tua yang dipotong", nws(120)),
    (CU, None, "मेरा मूड ठीक कर दो, 2 मिनट का खुशी वाला गाना बनाओ", nws(120)),
    (CU, None, "میرا موڈ ٹھیک کر دو، دو منٹ کا خوشگوار گانا بناؤ", nws(120)),
    (CU, None, "Оправи ми настроението с една весела песен от 2 минути", nws(120)),
    (CU, None, "Əhvalımı düzəldə biləcək 2 dəqiqəlik şən mahnı yaz", nws(120)),
    (CU, L, "Mach es doppelt so lang", ext(0, 180, ask_ok=True)),
    (CU, L, "Das Intro ist doppelt so lang wie nötig, kürz es um 10 Sekunden", not_ext()),
    (
        CU,
        L,
        "Der Refrain ist doppelt so lang wie die Strophe, passt so. Blende das Ende über 5 Sekunden aus.",
        fade_out(5),
    ),
    (CU, None, "Ein Lied, doppelt so lang wie üblich: 4 Minuten, Rock", nw(240)),
    (CU, None, "Ich hab es nicht mehr offen, mach es doppelt so lang", ASK),
    (CU, None, "Ich hab den Song gerade nicht offen, aber mach das Ende leiser werden", ASK),
    # --- (3) part words: in a new-piece request (no track), and guards with a track
    (PW, None, "Напиши пісню на 2 хвилини, де друга частина швидша", nws(120)),
    (PW, None, "Зроби нову пісню на 2 хвилини, частину про море зроби спокійнішою", nws(120)),
    (PW, None, "اعمل أغنية جديدة دقيقتين، الجزء الثاني يكون أسرع", nws(120)),
    (PW, None, "एक 2 मिनट का नया गाना बनाओ जिसका दूसरा हिस्सा तेज़ हो", nws(120)),
    (PW, None, "دو منٹ کا نیا گانا بناؤ جس کا دوسرا حصہ تیز ہو", nws(120)),
    (PW, None, "做一首2分钟的新歌，中间部分要更快", nws(120)),
    (PW, None, "写一首新歌，像我们在海边那段日子，2分钟，温柔一点", nws(120)),
    (PW, None, "Sonunu bilmediğimiz bir aşk hakkında 2 dakikalık hüzünlü bir şarkı yap", nws(120)),
    (PW, None, "Yolun ortasını anlatan neşeli bir şarkı yap, 2 dakika", nws(120)),
    (PW, None, "Направи нова песен от 2 минути, в която частта с китарата е по-бърза", nws(120)),
    (PW, None, "Hekayənin əvvəlini xatırladan daha yavaş yeni bir mahnı yaz, 2 dəqiqə", nws(120)),
    (PW, L, "Оправи частта към края", not_new()),
    (PW, None, "Оправи частта към края, моля", ASK),
    (PW, L, "آخری حصہ ٹھیک کر دو", not_new()),
    (PW, L, "उसका आख़िरी हिस्सा ठीक कर दो", not_new()),
    (PW, None, "उसका आख़िरी हिस्सा ज़रा ठीक कर दो", ASK),
    (PW, L, "Onun ortasını yenidən düzəldə bilərsən?", not_new()),
    (PW, L, "把开头那段重新生成", not_new()),
    (PW, None, "把开头那段重新生成一下", ASK),
    (PW, L, "Sonunu biraz daha hızlı yap", not_new()),
    # --- (4) Arabic half a minute, Portuguese bare 'começo'
    (HM, L, "زيدها نص دقيقة", ext(0, 30, ask_ok=True)),
    (HM, L, "قص نص دقيقة من الآخر", cut(trim_end_s=30)),
    (HM, None, "اعمل أغنية نص دقيقة، فرحانة", nws(30)),
    (HM, None, "أريد أغنية بنص دقيقة وواضحة عن الحب، مدتها دقيقتين", nw(120)),
    (HM, L, "Gostei do começo, mas corta os últimos 10 segundos", cut(trim_end_s=10)),
    (HM, L, "O começo está ótimo; estica o final 20 segundos", ext(0, 20)),
    (HM, L, "O começo é lindo, coloca mais 20 segundos no final", ext(0, 20)),
    (HM, L, "Coloca 10 segundos no começo", ext(10, 0)),
    (HM, L, "Corta 5 segundos do começo", cut(trim_start_s=5)),
    (HM, L, "Desde o começo tem um ruído; tira os primeiros 3 segundos", cut(trim_start_s=3)),
    (HM, None, "Uma música sobre um novo começo, 2 minutos", nws(120)),
    # --- (5) instrumental phrases, and the same words said of something else
    (IS, None, "Пісня на 2 хвилини без співу, лише гітара", nw(120, inst=True)),
    (IS, None, "Пісня про дитинство без співу птахів, 2 хвилини", nw(120, inst=False)),
    (IS, None, "목소리 없이 피아노만, 2분짜리 곡", nw(120, inst=True)),
    (IS, None, "목소리 없이 말하는 너에 대한 노래, 2분", nw(120, inst=False)),
    (IS, None, "Uma música de 2 minutos sem ninguém cantando, só violão", nw(120, inst=True)),
    (IS, None, "Uma música sobre uma festa sem ninguém cantando parabéns, 2 minutos", nw(120, inst=False)),
    (IS, None, "Canta uma música sobre a praça vazia, sem ninguém cantando ao redor, 2 minutos", nw(120, inst=False)),
    # --- (6) 'final…' not Finnish
    (FI, None, "A 2 minute Finnish folk song for the finale", nw(120, tags_text=["finnish"])),
    (FI, None, "Canción final en finlandés, 2 minutos", nw(120, tags_text=["finnish"])),
    (FI, None, "Música para o finalzinho da festa, 2 minutos", nws(120, tags_text_not=["finnish"])),
    (FI, None, "Finalmente una canción alegre, 2 minutos", nws(120, tags_text_not=["finnish"])),
    (FI, None, "Una canción para la gran final, 2 minutos, épica", nws(120, tags_text_not=["finnish"])),
    # --- (7) lyrics announced by a copula that are no lyrics, and guards
    (
        LY,
        None,
        "Write a 2 minute pop song. The lyrics are: up to you, surprise me",
        nw(120, lyrics_lacks=["up to you"]),
    ),
    (LY, None, "2 minute ambient track, lyrics are: none", nw(120, lyrics_lacks=["none"])),
    (
        LY,
        None,
        "My lyrics are: messy, I'm bad at rhyming, so write new ones about summer, 2 minutes",
        nw(120, lyrics_lacks=["messy"]),
    ),
    (
        LY,
        None,
        "The lyrics are: in the file I'll send later. For now a 2 minute folk demo",
        nw(120, lyrics_lacks=["file I'll send"]),
    ),
    (LY, None, "Der Liedtext ist: mir egal, schreib du was, 2 Minuten Schlager", nw(120, lyrics_lacks=["mir egal"])),
    (
        LY,
        None,
        "Il testo è: ancora da scrivere, intanto fai una base di 2 minuti",
        nw(120, lyrics_lacks=["ancora da scrivere"]),
    ),
    (LY, None, "La letra es: lo de menos, hazla tú, 2 minutos de cumbia", nw(120, lyrics_lacks=["lo de menos"])),
    (
        LY,
        None,
        "Haz una canción de 2 minutos; la letra es: lo que tú quieras",
        nw(120, lyrics_lacks=["lo que tú quieras"]),
    ),
    (
        LY,
        None,
        "A letra é: a parte mais difícil pra mim, então escreve você, samba de 2 minutos",
        nw(120, lyrics_lacks=["parte mais difícil"]),
    ),
    (LY, None, "가사는: 알아서 써줘, 2분짜리 발라드", nw(120, lyrics_lacks=["알아서"])),
    (
        LY,
        None,
        "2 minute pop song. The lyrics are: sunshine on my window, you and me tonight",
        nw(120, lyrics_has=["sunshine on my window"]),
    ),
    (
        LY,
        None,
        "Canzone di 2 minuti, il testo è: sole sul mare, io e te stasera",
        nw(120, lyrics_has=["sole sul mare"]),
    ),
    (LY, None, "2 मिनट का गाना, बोल ये हैं: चाँद सितारे तुम और मैं", nw(120, lyrics_has=["चाँद सितारे"])),
    (LY, None, "2분짜리 발라드, 가사는 이거예요: 비가 오는 밤에 너를 생각해", nw(120, lyrics_has=["비가 오는 밤에"])),
    (
        LY,
        None,
        "Napravi pesmu od 2 minuta s ovim stihovima: noć je tiha, a ti si daleko",
        nw(120, lyrics_has=["noć je tiha"]),
    ),
    (LY, None, "أغنية دقيقتين، والكلمات: يا ليل يا عين", nw(120, lyrics_has=["يا ليل"])),
    (LY, None, "2 minutter pop. Sangteksten er: sol over byen, du og jeg", nw(120, lyrics_has=["sol over byen"])),
    (
        LY,
        None,
        lyr("A 2 minute song. The lyrics are:", "Rain on the roof\nand you by my side", "Hold on to me tonight"),
        nw(120, lyrics_has=["Rain on the roof"]),
    ),
    # --- (8) a length in a story sentence that is the piece's own length
    (
        SL,
        None,
        "My wedding slideshow is exactly 3 minutes and 20 seconds long. Could you make a gentle piano piece?",
        nw(200),
    ),
    (
        SL,
        None,
        "El video de la boda de mi hermana dura 3 minutos y medio. ¿Me haces algo de piano para acompañarlo?",
        nw(210),
    ),
    (
        SL,
        None,
        "Unser Hochzeitsvideo dauert genau 2 Minuten und 10 Sekunden insgesamt. Kannst du mir dazu etwas Ruhiges mit "
        "Klavier machen?",
        nw(130),
    ),
    (
        SL,
        None,
        "La vidéo de présentation de notre petite association fait 1 minute 30. Tu peux me faire un fond sonore calme ?",
        nw(90),
    ),
    (
        SL,
        None,
        "A apresentação da minha filha na escola tem 2 minutos cravados. Faz uma trilha alegre pra ela?",
        nw(120),
    ),
    (
        SL,
        None,
        "Презентация моего проекта на конференции длится ровно 4 минуты. Сделай спокойный фон для неё.",
        nw(240),
    ),
    (
        SL,
        None,
        "Our first dance at the wedding will be exactly 2 minutes and 40 seconds. Please compose a romantic waltz for "
        "that.",
        nw(160),
    ),
    (
        SL,
        None,
        "The cool-down part of my yoga class lasts exactly 5 minutes every time. Please make something calm for it.",
        nw(300),
    ),
    (
        SL,
        None,
        "Il video del saggio di danza di mia figlia dura 2 minuti e mezzo. Mi prepari una base allegra?",
        nw(150),
    ),
    (
        SL,
        None,
        "Ang slideshow para sa kaarawan ni lola ay eksaktong 3 minuto ang haba. Pwede mo ba akong gawan ng malumanay "
        "na piano?",
        nw(180),
    ),
    # ... guards: the story's length is not the piece's
    (
        SL,
        None,
        "The ceremony part runs about 4 minutes and the reception is on June 14. Can you make a soft acoustic guitar "
        "piece, around 90 seconds?",
        nws(90),
    ),
    (
        SL,
        None,
        "Das Video läuft 3 Minuten und ist für unsere Firma gedacht. Kannst du mir eine ruhige Musik machen, etwa 60 "
        "Sekunden?",
        nws(60),
    ),
    (
        SL,
        None,
        "I've been learning guitar for about 2 years and I practise 30 minutes every day. Can you make me a 1 minute "
        "backing track in A minor?",
        nws(60),
    ),
    (
        SL,
        None,
        "Mi abuela cumplió 90 años y la fiesta duró 5 horas enteras. Hazme una canción alegre de 2 minutos para ella.",
        nws(120),
    ),
    (
        SL,
        L,
        "The film scene I'm scoring lasts exactly 3 minutes and 30 seconds. Can you extend this track to fit it?",
        ext(0, 30, ask_ok=True),
    ),
    # --- (9) a story sentence that holds an amount to add
    (AT, L, "I need 20 seconds more at the end for the credits to roll. Also add 5 seconds at the start.", ext(5, 20)),
    (
        AT,
        L,
        "Put 10 seconds of ambience before it begins, the crowd needs time to settle. Then add 20 seconds after the "
        "end.",
        ext(10, 20, ask_ok=True),
    ),
    (AT, L, "Give me 8 more seconds at the very beginning please. And add 12 seconds at the end.", ext(8, 12)),
    (
        AT,
        L,
        "The end should get 15 seconds of new music after the last chorus. Add 5 seconds at the start as well.",
        ext(5, 15, ask_ok=True),
    ),
    (
        AT,
        L,
        "Please give the ending 30 seconds more so the dancers can bow. Then add 10 seconds before it starts.",
        ext(10, 30),
    ),
    (
        AT,
        L,
        "Quero 10 segundos a mais no final para os créditos aparecerem. Coloca também 5 segundos a mais no começo.",
        ext(5, 10),
    ),
    # ... guards: the story's time is no amount
    (AT, L, "The video opens with 6 seconds of black screen and a logo. Add 6 seconds at the start.", ext(6, 0)),
    (
        AT,
        L,
        "O vídeo institucional abre com 6 segundos de tela preta. Coloca 6 segundos a mais no começo",
        ext(6, 0),
    ),
    (
        AT,
        L,
        "Right now the fade at the very end is only 2 seconds long. Extend the track by 30 seconds.",
        ext(0, 30),
    ),
    (
        AT,
        L,
        "My sister walks down the aisle in about 45 seconds at the ceremony. Add 20 seconds at the start.",
        ext(20, 0),
    ),
    # --- (10) a format not written beside one written
    (FM, L, "Export it as m4a, not as mp3", ASK),
    (FM, L, "Als m4a exportieren, nicht als mp3", ASK),
    (FM, L, "Convert it to m4a rather than to mp3", ASK),
    (FM, L, "My teacher wants the file as m4a. I tried uploading mp3 before and it failed.", ASK),
    (FM, L, "Export mp3 please, m4a files don't play in my car", fmt_is("mp3")),
    (FM, L, "Make it an mp3 instead of m4a", fmt_is("mp3")),
    (FM, L, "Pásalo a mp3, el m4a no me sirve", fmt_is("mp3")),
    (FM, L, "Exportiere es als mp3, m4a kann mein Player nicht", fmt_is("mp3")),
    (FM, L, "Convert to mp3 — m4a doesn't work on my stereo", fmt_is("mp3")),
    (FM, L, "Salva in mp3, l'm4a non lo apre", fmt_is("mp3")),
    (FM, L, "Converta para mp3, o m4a não abre no carro", fmt_is("mp3")),
    (FM, L, "Zet 'm om naar mp3, m4a werkt niet", fmt_is("mp3")),
    (FM, L, "mp3にして、m4aは再生できない", fmt_is("mp3")),
    (FM, L, "转成mp3，m4a我播放不了", fmt_is("mp3")),
    (FM, L, "Exporte em wav, não em m4a", fmt_is("wav")),
    (FM, L, "Give me a wav; the m4a one sounds muddy", fmt_is("wav")),
    # --- (11) loops in everyday words, 'make it' no longer blocking
    (LP, L, "Make it go round and round", looped()),
    (LP, L, "Make it loop", looped()),
    (LP, L, "Make it a seamless loop for my game menu", looped()),
    (LP, L, "Make it sound less like a loop", no_loop()),
    (LP, L, "Make it feel like a live band, not a loop", no_loop()),
    (LP, L, "Make it less repetitive, it just goes round and round", no_loop()),
    (LP, L, "Make it longer, it's for a loop", no_loop()),
    (LP, L, "Make it sound like the loop from my other song", no_loop()),
    (LP, L, "I play it over and over, thank you so much!", no_loop()),
    (LP, L, "Don't make it play over and over, once is enough", no_loop()),
    (LP, L, "La melodía da vueltas y vueltas sin ir a ningún lado, hazla más interesante", no_loop()),
    (LP, L, "Hazla que dé vueltas y vueltas", looped()),
    (LP, L, "Ég hlusta á það aftur og aftur, það er svo gott", no_loop()),
    (LP, L, "Láttu það spila aftur og aftur", looped()),
    (LP, L, "نمی‌خوام مدام تکرار بشه", no_loop()),
    (LP, L, "می‌خوام مدام تکرار بشه", looped()),
    (LP, L, "계속 반복되게 하지 마", no_loop()),
    (LP, L, "계속 반복되게 해줘", looped()),
    (LP, L, "후렴이 반복되게 해줘", no_loop()),
    (LP, L, "이 노래 무한 반복으로 듣고 있어요", no_loop()),
    (LP, L, "ทำให้มันวนเล่น", looped()),
    (LP, L, "ไม่ต้องวนเล่นนะ", no_loop()),
    (LP, L, "خليها تعيد نفسها", looped()),
    (LP, L, "القصة تعيد نفسها، خلي الأغنية أحزن", no_loop()),
    (LP, L, "Направи я да се върти безкрайно", looped()),
    (LP, L, "Не искам да се върти безкрайно", no_loop()),
    (LP, L, "Fă-o să se repete la nesfârșit", looped()),
    (LP, L, "Nu vreau să se repete la nesfârșit", no_loop()),
    (LP, L, "یہ بار بار چلتا رہے", looped()),
    (LP, None, "Make a song about a carousel that goes round and round, 2 minutes", nws(120, loop=None)),
    (LP, None, "Una canción sobre la vida que da vueltas y vueltas, 2 minutos", nws(120, loop=None)),
    # --- (12) style words
    (SW, None, "Napravi rok pesmu od 2 minuta", nw(120, tags_text=["rock"])),
    (SW, None, "Írj egy 2 perces orgonadarabot", nw(120, tags_text=["organ"])),
    (SW, None, "Tee 2 minuutin syntikkakappale", nw(120, tags_text=["synth"])),
]


if __name__ == "__main__":
    main(PROBES, __file__)
