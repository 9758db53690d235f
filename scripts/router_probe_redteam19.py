"""Red-team probe (redteam19) of the router rules changed in 7f371b4..ede38a1, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong (for process_track a wrong fade, trim, loop, loudness or
format too; for a new piece, lyrics that are not the lyrics, a wrong vocal language, or takes that should not be).
The rules under attack: read.lines_unlabelled / _labels_words / _WORDS_TO_SING (the lines after a colon are lyrics
only where that line names the words to sing), _A_NEW_THING (a piece of its own with its own length beside a track
is a new piece), the _LATIN_STOPWORDS changes and the rule that a language with a third of the words wins where
lingua names a language outside that table, _NO_FADE growth ('не нужно', 'не надо', 'not needed', 'fade … no /
nicht / pas'), Russian 'такт', Hebrew 'מהסוף' / 'מההתחלה' as trim words, Thai 'ของ' after a trim, 'uno nuevo' only
before a colon, _LUFS with a minus said as a word, Swahili 'iongeze', Arabic 'عدّل', _NOT_A_COUNT_BEFORE_HALF.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED, SILENT WRONG, ERROR.
A wrong vocal language is checked as the '<language> vocal' tag ('tags_not').

Run: sh scripts/uv run python scripts/router_probe_redteam19.py [filter] [-q] [--old SRC]

First run (ede38a1, --old 7f371b4's src): 128 probes labelled and committed before it, then a second batch of 10
labelled and committed before its own run. 138 probes, 114 OK, 0 asked, 24 silent, 15 of them made by the diff:
14 from _A_NEW_THING beside a track (a loop, jingle, version or song cut from the track's own chorus or end, 'Mach
einen Loop von 8 Sekunden aus dem Refrain', 'quiero un loop de 20 segundos del estribillo', 'fais une version de la
chanson de 30 secondes', 'je veux une chanson de 30 secondes à partir du refrain': a new piece of that length), and
one Catalan lyric sung in Spanish, because of the third-of-the-words rule. The 9 already there before the diff:
'In a few words:', 'Here's a text describing the mood:', '提示词：' and '关键词：' count as naming the words to sing, so
the wishes under them were sung; a Catalan lyric after 'amb aquesta lletra:' sung in Spanish; Hebrew 'cut 5 s from the
end of the guitar' trimmed the whole track; '−16 LUFS' written with a Unicode minus came out as -14; 'iongeze ngoma
zaidi' with no track made a new piece; 'predĺž to o pol minúty' extended the track by 150 s. No label changed after
either run.
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, IN, NEW, OUT, ext, free, inp, main, new

probe_kit.wrong = probe_kit.wrong_more

L = 180.0
S = 120.0
WS = "_WORDS_TO_SING / _labels_words: a line naming words (or their absence) before a colon, then wishes"
UL = "lines_unlabelled: lines after a colon that names no words (wishes), or real lyrics after a naming line"
NT = "_A_NEW_THING: an article or count before a piece word, with a length, beside a track"
LS = "_LATIN_STOPWORDS / a third of the words one table language where lingua names another"
NF = "_NO_FADE: 'не нужно', 'не надо', 'not needed', 'fade … no / nicht / pas', 'без … fade'"
TK = "Russian 'такт' after a fade (bars, 120 BPM source)"
HE = "Hebrew 'מהסוף' / 'מההתחלה' as trim words"
TH = "Thai 'ของ' after 'N วินาทีแรก / สุดท้าย'"
UN = "'uno nuevo' / 'una nueva' a new piece only before a colon"
LU = "_LUFS: a minus said as a word, and other ways to write the minus"
SW = "Swahili 'iongeze' / 'ongeze', Arabic 'عدّل'"
HF = "_NOT_A_COUNT_BEFORE_HALF: 'to', 'te', 'ta', 'on', 'un', 'o' before a half"

NOT_NEW = {"tool_not": NEW, "ask_ok": True}

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- a line that names words, or their absence, before a colon; then wishes
    (WS, None, "Ohne Text, nur Stimmung:\nruhig und warm\nmit Klavier", new(inst=True, ask_ok=True)),
    (WS, None, "Sin letra, el estilo:\nalegre y bailable\ncon guitarra", new(inst=True, ask_ok=True)),
    (WS, None, "Sans paroles, ambiance :\ncalme et douce\npiano et cordes", new(inst=True, ask_ok=True)),
    (WS, None, "Без слов, настроение:\nспокойное\nфортепиано и струнные", new(inst=True, ask_ok=True)),
    (WS, None, "不要歌词，风格：\n轻松愉快\n钢琴为主", new(inst=True, ask_ok=True)),
    (WS, None, "가사 없이, 분위기:\n잔잔하게\n피아노 위주로", new(inst=True, ask_ok=True)),
    (WS, None, "Nhạc không lời, phong cách:\nnhẹ nhàng\npiano và violin", new(inst=True, ask_ok=True)),
    (WS, None, "Tanpa lirik, gayanya:\nsantai\ngitar akustik", new(inst=True, ask_ok=True)),
    (WS, None, "Bila maneno, mtindo:\ntulivu\npiano laini", new(inst=True, ask_ok=True)),
    (WS, None, "בלי מילים, סגנון:\nרגוע\nפסנתר וכינור", new(inst=True, ask_ok=True)),
    (WS, None, "بدون كلمات، الأسلوب:\nهادئ\nبيانو وعود", new(inst=True, ask_ok=True)),
    (WS, None, "Χωρίς στίχους, ύφος:\nήρεμο\nπιάνο", new(inst=True, ask_ok=True)),
    (WS, None, "Senza parole, atmosfera:\ncalma\npianoforte e archi", new(inst=True, ask_ok=True)),
    (WS, None, "Sem letra, clima:\ntranquilo\nviolão e piano", new(inst=True, ask_ok=True)),
    (WS, None, "बिना बोल के, मूड:\nशांत\nपियानो और बांसुरी", new(inst=True, ask_ok=True)),
    (WS, None, "Zonder tekst, sfeer:\nrustig\npiano en strijkers", new(inst=True, ask_ok=True)),
    (WS, None, "Bez tekstu, klimat:\nspokojny\npianino", new(inst=True, ask_ok=True)),
    (WS, None, "No lyrics please, the vibe:\nwarm and dreamy\nsoft piano and rain", new(inst=True, ask_ok=True)),
    (WS, None, "In a few words:\nchill\nwarm\nlo-fi beats", new(lyrics_lacks=["lo-fi beats"], ask_ok=True)),
    (
        WS,
        None,
        "Here's a text describing the mood:\ncalm evening by the sea\nsoft rain on the window",
        new(lyrics_lacks=["soft rain on the window"], ask_ok=True),
    ),
    (WS, None, "提示词：\n夏日海滩\n轻快的吉他\n无人声", new(inst=True, ask_ok=True)),
    (WS, None, "关键词：\n夏天\n海边\n轻快", new(lyrics_lacks=["轻快"], ask_ok=True)),
    (
        WS,
        None,
        "Sanat filmi için müzik, tarz:\nkaranlık\nyaylılar ve piyano",
        new(lyrics_lacks=["yaylılar ve piyano"], ask_ok=True),
    ),
    (WS, None, "Musiikkia ilman sanoja, tyyli:\nrauhallinen\npiano", new(inst=True, ask_ok=True)),
    (
        WS,
        None,
        "Viết bài hát với lời như sau:\nEm đi qua phố\nmưa rơi nhẹ nhàng",
        new(lyrics_has=["Em đi qua phố"], ask_ok=True),
    ),
    (
        WS,
        None,
        "Letra:\nBajo la lluvia te esperé\ny nunca llegaste",
        new(lyrics_has=["Bajo la lluvia"], tags_not=["italian vocal", "portuguese vocal"], ask_ok=True),
    ),
    (
        WS,
        None,
        "Maneno ya wimbo:\nNakupenda sana\nwewe ni moyo wangu",
        new(lyrics_has=["Nakupenda sana"], ask_ok=True),
    ),
    (
        WS,
        None,
        "Sözleri şöyle:\nGece çok karanlık\nsen yoksun yanımda",
        new(lyrics_has=["Gece çok karanlık"], ask_ok=True),
    ),
    # --- lines after a colon that names no words
    (
        UL,
        None,
        "Make me a calm song.\nStyle:\nsoft piano\nwarm strings\nslow tempo",
        new(lyrics_lacks=["soft piano"], ask_ok=True),
    ),
    (
        UL,
        None,
        "Ein Lied für meine Mutter. Wünsche:\nruhig\nmit Gitarre\nauf Deutsch gesungen",
        new(lyrics_lacks=["mit Gitarre"], ask_ok=True),
    ),
    (
        UL,
        None,
        "Exigences :\npas de batterie\nambiance jazz\n2 minutes",
        new(lyrics_lacks=["ambiance jazz"], ask_ok=True),
    ),
    (UL, None, "Требования:\nбез барабанов\nджазовое настроение", new(lyrics_lacks=["джазовое"], ask_ok=True)),
    (UL, None, "ข้อกำหนด:\nเบาๆ\nกีตาร์โปร่ง", new(lyrics_lacks=["กีตาร์โปร่ง"], ask_ok=True)),
    (UL, S, "Cambios:\nbatería más fuerte\nsin voz al final", {"tool_not": NEW, "ask_ok": True}),
    (
        UL,
        None,
        "曲のイメージ：\n夏の夕暮れ\nピアノとストリングス",
        new(lyrics_lacks=["ピアノとストリングス"], ask_ok=True),
    ),
    # --- a piece word with an article and a length, beside a track
    (NT, L, "Mach einen Loop von 8 Sekunden aus dem Refrain", NOT_NEW),
    (NT, L, "Füge am Ende einen Beat von 10 Sekunden hinzu", NOT_NEW),
    (NT, L, "Ersetze die Sekunden 30 bis 40 durch einen neuen Beat", inp(30, 40, ask_ok=True)),
    (NT, L, "haz una versión de la canción de 30 segundos", NOT_NEW),
    (NT, L, "fais une version de la chanson de 30 secondes", NOT_NEW),
    (NT, L, "fai una versione della canzone di 30 secondi", NOT_NEW),
    (NT, L, "faz uma versão da música de 30 segundos", NOT_NEW),
    (NT, L, "maak een versie van het nummer van 30 seconden", NOT_NEW),
    (NT, L, "Añade al final un beat de 15 segundos", NOT_NEW),
    (NT, L, "ajoute un petit jingle de 5 secondes au début", NOT_NEW),
    (NT, L, "aggiungi un loop di batteria di 8 secondi alla fine", NOT_NEW),
    (NT, L, "voeg aan het einde een beat van 10 seconden toe", NOT_NEW),
    (NT, L, "lägg till ett beat på 10 sekunder i slutet", NOT_NEW),
    (NT, S, "3分の曲になるように伸ばして", ext(0, 60, ask_ok=True)),
    (NT, L, "сделай 2 варианта последних 20 секунд", {"tool": IN, "ask_ok": True}),
    (NT, L, "Pon una cumbia en los últimos 30 segundos", NOT_NEW),
    (NT, L, "Mach aus dem Refrain einen kurzen Jingle von 15 Sekunden", NOT_NEW),
    (NT, L, "Schneide den Song auf einen Loop von 30 Sekunden zu", NOT_NEW),
    (NT, L, "quiero un loop de 20 segundos del estribillo", NOT_NEW),
    (NT, L, "egy 30 másodperces részt vágj ki belőle, egy loopot", NOT_NEW),
    (NT, L, "Ich brauche einen kurzen Jingle für meinen Podcast, ca. 20 Sekunden", new(duration=20, ask_ok=True)),
    (NT, L, "Maak een strakke housetrack van 5 minuten", new(duration=300, ask_ok=True)),
    # --- a third of the words one table language, lingua naming another
    (
        LS,
        None,
        "fes una cançó amb la lletra 'tu ets la meva vida, la nit amb tu, per sempre'",
        new(tags_not=["spanish vocal", "italian vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "amb aquesta lletra:\nsi tu vens amb mi\nla vida es bonica\ncom el sol de la tarda",
        new(tags_not=["spanish vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "fa o melodie cu versurile:\nTu esti lumina mea\nte caut la noapte de dor de tine\nmi-e greu fara tine",
        new(tags_not=["spanish vocal", "italian vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "gumawa ng kanta na may lyrics:\nIkaw ang mahal ko\npara sa iyo ang buhay ko\nmi amor, con todo",
        new(tags_not=["italian vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "buat lagu dengan lirik:\nDi sini aku menunggu\ndi bawah hujan\nuntukmu selalu",
        new(tags_not=["italian vocal", "spanish vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "hazme una canción con esta letra:\nTe extraño cada día\nte busco en la ciudad",
        new(tags_not=["italian vocal", "portuguese vocal", "french vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "fammi una canzone con queste parole:\nDi notte penso a te\nuna luce nel buio",
        new(tags_not=["spanish vocal", "portuguese vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "write a song with these lyrics:\nla la la, como una flor\nde la noche al amanecer",
        new(tags_not=["italian vocal", "french vocal"], ask_ok=True),
    ),
    (
        LS,
        None,
        "Lag en sang med denne teksten:\nDu er min sol\nog jeg er din natt\nfor alltid",
        new(tags_not=["german vocal", "dutch vocal"], ask_ok=True),
    ),
    # --- a fade and a word that says something else is not needed
    (NF, L, "затухание 3 секунды в конце, больше ничего не нужно", free(fade_out_s=3, ask_ok=True)),
    (NF, L, "сделай затухание 4 секунды в конце, обрезать не надо", free(fade_out_s=4, ask_ok=True)),
    (NF, L, "fade out over 5 seconds, normalizing not needed", free(fade_out_s=5, ask_ok=True)),
    (NF, L, "fadeout no longer than 3 seconds at the end", free(fade_out_s=3, ask_ok=True)),
    (NF, L, "un fondu pas trop long à la fin, 3 secondes", free(fade_out_s=3, ask_ok=True)),
    (NF, L, "Fade nicht zu lang, 4 Sekunden am Ende", free(fade_out_s=4, ask_ok=True)),
    (NF, L, "fade out de 5 segundos, no muy brusco", free(fade_out_s=5, ask_ok=True)),
    (NF, L, "затухание 5 секунд в конце, нарастание в начале не нужно", free(fade_out_s=5, ask_ok=True)),
    (NF, L, "fade-in 2 s, no fade-out", {"fade_in_s": 2, "fade_out_s": None, "ask_ok": True}),
    (NF, L, "без затухания, просто обрежь последние 3 секунды", free(trim_end_s=3, fade_out_s=None, ask_ok=True)),
    (NF, L, "Fade out 6 Sekunden, kein Einblenden", free(fade_out_s=6, fade_in_s=None, ask_ok=True)),
    (NF, L, "fade out 4 s, sin cortar nada", free(fade_out_s=4, trim_end_s=None, ask_ok=True)),
    # --- Russian bars
    (TK, L, "затухание на 4 такта в конце", free(fade_out_s=8, ask_ok=True)),
    (TK, L, "плавное нарастание 2 такта в начале", free(fade_in_s=4, ask_ok=True)),
    (TK, L, "затухание 6 секунд, в такт музыке", free(fade_out_s=6, ask_ok=True)),
    (TK, L, "добавь 8 тактов в конце", {"tool": OUT, "ask_ok": True, "extend_after_duration": 16}),
    # --- Hebrew from the end / from the start
    (HE, L, "תחתוך 5 שניות מההתחלה", free(trim_start_s=5, ask_ok=True)),
    (HE, L, "תקצר 4 שניות מהסוף", free(trim_end_s=4, ask_ok=True)),
    (HE, L, "תחליף 10 שניות מהסוף בסולו גיטרה", inp(170, 180, ask_ok=True)),
    (HE, L, "תחתוך את השיר ל-30 שניות מההתחלה", {"trim_start_s": None, "ask_ok": True}),
    (HE, L, "תשאיר רק 20 שניות מהסוף", {"trim_end_s": None, "ask_ok": True}),
    (HE, L, "תמחק 3 שניות מההתחלה ותוסיף פייד אין של 2 שניות", free(trim_start_s=3, fade_in_s=2, ask_ok=True)),
    (HE, L, "תחתוך 5 שניות מהסוף של הגיטרה", {"trim_end_s": None, "ask_ok": True}),
    (HE, L, "תוסיף 10 שניות מוזיקה בסוף", ext(0, 10, ask_ok=True)),
    (HE, L, "תאריך את השיר ב-15 שניות בהתחלה", ext(15, 0, ask_ok=True)),
    (HE, L, "תעשה פייד אאוט של 5 שניות ותחתוך 2 שניות מההתחלה", free(fade_out_s=5, trim_start_s=2, ask_ok=True)),
    # --- Thai 'of'
    (TH, L, "ตัด 5 วินาทีแรกของเพลงออก", free(trim_start_s=5, ask_ok=True)),
    (TH, L, "ตัด 10 วินาทีสุดท้ายของเพลงทิ้ง", free(trim_end_s=10, ask_ok=True)),
    (TH, L, "ตัด 5 วินาทีแรกของกลองออก", {"trim_start_s": None, "ask_ok": True}),
    # --- a new one, with a track
    (UN, L, "No me gusta nada, hazme uno nuevo, más alegre", new(ask_ok=True)),
    (UN, L, "olvida esta canción. Hazme una nueva: bachata romántica, 3 minutos", new(duration=180, ask_ok=True)),
    (UN, L, "Cambia el solo por uno nuevo, más rápido", NOT_NEW),
    (UN, L, "non mi piace, fanne una nuova: jazz lento", new(ask_ok=True)),
    (UN, L, "Troca o refrão por um novo, com mais energia", NOT_NEW),
    # --- loudness
    (LU, L, "нормализуй до минус 16 LUFS", free(loudness_lufs=-16, ask_ok=True)),
    (LU, L, "ותנרמל למינוס 16 LUFS", free(loudness_lufs=-16, ask_ok=True)),
    (LU, L, "normalize to minus 9 LUFS for the club", free(loudness_lufs=-9, ask_ok=True)),
    (LU, L, "normalize to −16 LUFS for Apple Music", free(loudness_lufs=-16, ask_ok=True)),
    (LU, L, "normalisiere auf -14,5 LUFS", free(loudness_lufs=-14.5, ask_ok=True)),
    (LU, L, "normalise it, loudness target: LUFS -16", free(loudness_lufs=-16, ask_ok=True)),
    (LU, L, "нормалізуй до мінус 11 LUFS", free(loudness_lufs=-11, ask_ok=True)),
    (LU, L, "normalizza a meno 12 LUFS", free(loudness_lufs=-12, ask_ok=True)),
    (LU, L, "normalise à moins 16 LUFS et exporte en wav", free(loudness_lufs=-16, ask_ok=True)),
    (
        LU,
        L,
        "normalizar a menos 14 LUFS y fundido de salida de 3 s",
        free(loudness_lufs=-14, fade_out_s=3, ask_ok=True),
    ),
    (LU, L, "normalize to minus 14.5 LUFS", free(loudness_lufs=-14.5, ask_ok=True)),
    (LU, L, "normalizáld mínusz 13 LUFS-re", free(loudness_lufs=-13, ask_ok=True)),
    # --- Swahili 'iongeze', Arabic 'عدّل'
    (SW, S, "iongeze sekunde 30 mwishoni", ext(0, 30, ask_ok=True)),
    (SW, S, "iongeze sauti kidogo", {"tool_not": OUT, "ask_ok": True}),
    (SW, S, "ongeze kasi kidogo", {"tool_not": OUT, "ask_ok": True}),
    (SW, None, "iongeze ngoma zaidi", ASK),
    (SW, L, "عدّل الثواني من 20 إلى 30", inp(20, 30, ask_ok=True)),
    (SW, L, "عدّل مستوى الصوت إلى -14 LUFS", {"tool": FREE, "loudness_lufs": -14, "ask_ok": True}),
    (SW, None, "عدّل الإيقاع ليكون أسرع", ASK),
    (SW, L, "عدل النهاية وخليها أهدأ", {"tool_not": NEW, "ask_ok": True}),
    # --- not a count before a half
    (HF, None, "lag en rolig sang på to og et halvt minutt", new(duration=150, ask_ok=True)),
    (HF, S, "forleng den til to og et halvt minutt", ext(0, 30, ask_ok=True)),
    (HF, None, "una cumbia de dos minutos y medio", new(duration=150, ask_ok=True)),
    (HF, None, "una canzone di due minuti e mezzo", new(duration=150, ask_ok=True)),
    (HF, S, "predĺž to o pol minúty", ext(0, 30, ask_ok=True)),
    (HF, None, "gör en låt på två och en halv minut", new(duration=150, ask_ok=True)),
    (HF, None, "tee kappale, kaksi ja puoli minuuttia", new(duration=150, ask_ok=True)),
    (HF, None, "una canción de un minuto y medio", new(duration=90, ask_ok=True)),
    # --- second batch (labelled before its run): more pieces made of the track, more Catalan
    (NT, L, "haz un loop de 10 segundos con el final", NOT_NEW),
    (NT, L, "Mach einen Beat von 30 Sekunden aus dem Intro", NOT_NEW),
    (NT, L, "fai un loop di 10 secondi dal ritornello", NOT_NEW),
    (NT, L, "faz um loop de 15 segundos do refrão", NOT_NEW),
    (NT, L, "maak er een loop van 8 seconden van", NOT_NEW),
    (NT, L, "gör ett loop på 10 sekunder av refrängen", NOT_NEW),
    (NT, L, "zrób jeden loop 10 sekund z refrenu", NOT_NEW),
    (NT, L, "сделай 2 трека по 30 секунд из припева", NOT_NEW),
    (NT, L, "je veux une chanson de 30 secondes à partir du refrain", NOT_NEW),
    (
        LS,
        None,
        "fes una cançó amb la lletra 'la nit es fosca i tu no hi ets, per sempre amb tu'",
        new(tags_not=["spanish vocal", "italian vocal"], ask_ok=True),
    ),
]


if __name__ == "__main__":
    main(PROBES, __file__)
