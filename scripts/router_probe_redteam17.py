"""Red-team probe (redteam17) of the router rules changed in 8110b4f..e95adc0, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong (for process_track a wrong fade, trim, loop or format
too). The rules under attack: fades said by where they are (_FADE_WHERE, _FADE_OTHER_END), a bare number after
'fade in / out' (bars, beats, ms, frames, '2nd'), the trims with 'the first / last' in many languages
(_FIRST_WORDS / _LAST_WORDS, _AFTER_A_TRIM's short words that are also 'in' / 'to' / 'or', the verb-after form),
read._LYRICS_NOUN_BEFORE (a quoted title right after 'without words'), read._instructions_after with _PLEASE /
_MORE ('de', 'for', 'o' counted as 'more'), Turkish 'saat' as hours (Malay 'bir', 'kadar'), marimba / xylophone
under a negation, Bulgarian loop words under a negation, Serbian 'на два минута' as a place in the track, _THE_PART +
_CHANGED, Persian 'تا' as a count word, Turkish / Finnish part words before a case ending ('sonra', 'alkuperäinen'),
and the words for 'more' in _extensions (Hindi 'और' is also 'and').

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more; this script adds 'duration_in', a (low,
high) range). Verdicts: OK, ASKED, SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam17.py [filter] [-q] [--old SRC]

First run (e95adc0, --old 8110b4f's src): 133 probes, 94 OK, 3 asked, 33 silent (21 made by the diff: 10 fades by
where they are that were removed, negated, of a part or 'the fade start(s)'; 3 second amounts by the other end ('and
end 10 s earlier', 'al final 4 s de silencio'); 3 bare numbers after 'fade out' in bars / frames; 3 trims of a part
of the mix after Spanish / Portuguese 'a' and 'en'; 2 Spanish last lines with 'de' / 'o' sung; 12 pre-existing),
3 errors (2 made by the diff: Malay 'saat' beside 'bir' read as hours; 1 Serbian 'на два минута' as a place, which
had been a silent extension before).
One labelling mistake, fixed after the run: six marimba / xylophone probes checked the words within the tags
('tags_text_not'), so the correct negative tag 'no xylophone' counted as the instrument; they now check whole tags
('tags_not'). No expected value changed.
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import FREE, OUT, ext, free, inp, lyr, main, new


def _wrong17(r: Any, want: dict[str, Any], length: float | None = None) -> list[str]:
    want = dict(want)
    bad = []
    rng = want.pop("duration_in", None)
    if rng is not None:
        got = r.arguments.get("duration")
        if not isinstance(got, (int, float)) or not rng[0] - 1e-6 <= got <= rng[1] + 1e-6:
            bad.append(f"duration={got} (want {rng[0]:g}..{rng[1]:g})")
    return bad + probe_kit.wrong_more(r, want, length)


probe_kit.wrong = _wrong17

L = 180.0
S = 120.0
FB = "_FADE: a bare number after 'fade in / out' that is no seconds (bars, beats, ms, frames, '2nd')"
FW = "_FADE_WHERE: a fade said by where it is (removed, negated, of a part, 'fade start at')"
FO = "_FADE_OTHER_END: a second amount said by the other end"
TR = "_TRIM: 'the first / last' in other languages, _AFTER_A_TRIM's short words ('i' = in, 'a' = to, 'en' = in)"
TV = "_TRIM: the verb after ('पहले 2 s trim', '最初の2秒をカット')"
LN = "read._LYRICS_NOUN_BEFORE: a quoted title or style right after 'without words / lyrics'"
PL = "read._instructions_after: _PLEASE / _MORE ('de', 'for', 'o' read as 'more')"
SA = "units: Turkish 'saat' as hours (_TURKISH_LETTERS: Malay 'bir', 'kadar')"
ST = "style_words: marimba / xylophone (negated, controls)"
BL = "LOOP_WORD / cues: Bulgarian loop words (negated, controls)"
SR = "account._SERBIAN_NA: 'на два минута' (a place in the track, controls)"
PT = "_THE_PART + _CHANGED + _A_PIECE with no track (controls: a new piece)"
FA = "read._second_range: Persian 'تا' as a count word ('۲ تا ۳۰ ثانیه‌ای')"
CE = "account._PART_BEFORE_CASE: 'son\\w*' / 'bas\\w*' / 'alku\\w*' ('sonra', 'alkuperäinen') before a case ending"
HX = "_extensions: the words for 'more' beside 'तक' (Hindi 'और' is also 'and', Bengali 'আরও')"

NO_FADE_IN = {"fade_in_s": None, "ask_ok": True}
NO_FADE_OUT = {"fade_out_s": None, "ask_ok": True}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- a bare number after 'fade in / out' (the source is 120 BPM: a bar of 4/4 is 2 s)
    (FB, L, "fade out over the last 8 bars", free(fade_out_s=16, ask_ok=True)),
    (FB, L, "fade out 4 bars at the end", free(fade_out_s=8, ask_ok=True)),
    (FB, L, "fade in 16 beats", free(fade_in_s=8, ask_ok=True)),
    (FB, L, "fade out 500ms", free(fade_out_s=0.5, ask_ok=True)),
    (FB, L, "fade in 200 ms and fade out 3 s", free(fade_in_s=0.2, fade_out_s=3, ask_ok=True)),
    (FB, L, "fade out 5", free(fade_out_s=5)),
    (FB, L, "fade in 2, fade out 6", free(fade_in_s=2, fade_out_s=6)),
    (FB, L, "fade out 1 minute", free(fade_out_s=60, ask_ok=True)),
    (FB, L, "fade out 10 and trim the first 2 s", free(fade_out_s=10, trim_start_s=2)),
    (FB, L, "haz un fade out de 4 compases", free(fade_out_s=8, ask_ok=True)),
    (FB, L, "fade out sulle ultime 8 battute", free(fade_out_s=16, ask_ok=True)),
    (FB, L, "フェードアウトは8小節で", free(fade_out_s=16, ask_ok=True)),
    (FB, L, "fade in the 2nd guitar at 0:30", {"tool_not": FREE, "ask_ok": True}),
    (FB, L, "fade out 30 frames, it's for a 30 fps video", free(fade_out_s=1, ask_ok=True)),
    (FB, L, "fade in 4 and loop it", free(fade_in_s=4, loop=True)),
    (FB, L, "fade out 3 times quieter at the end", {"fade_out_s": None, "ask_ok": True}),
    (FB, L, "fade out 2 bars before the last chorus ends", {"tool_not": FREE, "ask_ok": True}),
    # --- a fade said by where it is
    (FW, L, "the fade should start at 2:45", {"fade_out_s": 15, "fade_in_s": None, "ask_ok": True}),
    (FW, L, "let the fade start 10 s before the end", {"fade_out_s": 10, "fade_in_s": None, "ask_ok": True}),
    (FW, L, "remove the fade at the end, I want a hard stop", NO_FADE_OUT),
    (FW, L, "no fade at the start please, it should hit right away", NO_FADE_IN),
    (FW, L, "enlève le fondu à la fin, je veux une fin sèche", NO_FADE_OUT),
    (FW, L, "sin fade al final, que termine seco", NO_FADE_OUT),
    (FW, L, "add a fade at the start of the second verse", NO_FADE_IN),
    (FW, L, "put a fade at the end of the intro into the verse", NO_FADE_OUT),
    (FW, L, "fondu au début du deuxième couplet", NO_FADE_IN),
    (FW, L, "dissolvenza finale di 4 secondi", free(fade_out_s=4)),
    (FW, L, "fade final chorus down a little", NO_FADE_OUT),
    (FW, L, "add a crossfade at the end so it loops smoothly", {"fade_out_s": None, "loop": True, "ask_ok": True}),
    (FW, L, "フェードアウトは5秒、フェードインは1秒", free(fade_out_s=5, fade_in_s=1)),
    (FW, L, "fondu d'entrée de 3 s, pas de fondu à la fin", {"fade_in_s": 3, "fade_out_s": None, "ask_ok": True}),
    (FW, L, "fade de entrada de 2 s e fade de saída de 4 s", free(fade_in_s=2, fade_out_s=4)),
    (FW, L, "dissolvenza in entrata di 2 secondi e in uscita di 5", free(fade_in_s=2, fade_out_s=5, ask_ok=True)),
    (FW, L, "la dissolvenza in uscita deve durare 6 secondi", free(fade_out_s=6, ask_ok=True)),
    (FW, L, "fade start 3 s, fade end 8 s", free(fade_in_s=3, fade_out_s=8)),
    (FW, L, "the fade at the start cuts off the first note, remove it", NO_FADE_IN),
    (FW, L, "fundido al final no, solo al principio de 2 s", {"fade_in_s": 2, "fade_out_s": None, "ask_ok": True}),
    (FW, L, "フェードインはいらない、フェードアウトだけ3秒", {"fade_in_s": None, "fade_out_s": 3, "ask_ok": True}),
    # --- a second amount said by the other end
    (
        FO,
        L,
        "fundido de entrada de 2 s y al final 4 s de silencio",
        {"fade_in_s": 2, "fade_out_s": None, "ask_ok": True},
    ),
    (FO, L, "fade in 2 s and end 10 s earlier", {"fade_in_s": 2, "fade_out_s": None, "ask_ok": True}),
    (FO, L, "fondu au début de 3 s et à la fin de 10 s", free(fade_in_s=3, fade_out_s=10)),
    (FO, L, "fade at the start 2 s and at the end 6 s", free(fade_in_s=2, fade_out_s=6)),
    (FO, L, "fade in 2 s and start 5 s later", {"fade_in_s": 2, "ask_ok": True}),
    (FO, L, "تلاشي في البداية 3 ثواني وفي النهاية 6 ثواني", free(fade_in_s=3, fade_out_s=6)),
    (FO, L, "fade in 1 s at the start and end 2 s of silence", {"fade_in_s": 1, "fade_out_s": None, "ask_ok": True}),
    # --- trims with 'the first / last' in other languages
    (TR, L, "quítale los primeros 10 segundos a la voz", {"trim_start_s": None, "ask_ok": True}),
    (TR, L, "corta los últimos 5 segundos en la pista de voz", {"trim_end_s": None, "ask_ok": True}),
    (TR, L, "corta los primeros 8 segundos y pégalos al final", {"trim_start_s": None, "ask_ok": True}),
    (TR, L, "quita los primeros 10 segundos y los últimos 5", free(trim_start_s=10, trim_end_s=5, ask_ok=True)),
    (TR, L, "corta los últimos 5 segundos y haz un fade out de 3", free(trim_end_s=5, fade_out_s=3)),
    (TR, L, "taglia gli ultimi 4 secondi e i primi 2", free(trim_end_s=4, trim_start_s=2, ask_ok=True)),
    (TR, L, "schneide die ersten 3 Sekunden ab", free(trim_start_s=3, ask_ok=True)),
    (TR, L, "schneide die letzten 10 Sekunden vom Schlagzeug raus", {"trim_end_s": None, "ask_ok": True}),
    (TR, L, "knip de eerste 5 seconden en de laatste 2 eraf", free(trim_start_s=5, trim_end_s=2, ask_ok=True)),
    (TR, L, "ta bort de första 4 sekunderna i sången", {"trim_start_s": None, "ask_ok": True}),
    (TR, L, "klipp bort de första 10 sekunderna i refrängen", {"trim_start_s": None, "ask_ok": True}),
    (TR, L, "kutt de siste 5 sekundene i gitaren", {"trim_end_s": None, "ask_ok": True}),
    (TR, L, "fjern de sidste 4 sekunder i trommerne", {"trim_end_s": None, "ask_ok": True}),
    (TR, L, "utnij pierwsze 5 sekund i dodaj fade out", free(trim_start_s=5, ask_ok=True)),
    (TR, L, "obetnij ostatnie 6 sekund i na końcu wyciszenie", free(trim_end_s=6, ask_ok=True)),
    (TR, L, "обрежь последние 5 секунд и в конце сделай затухание", free(trim_end_s=5, ask_ok=True)),
    (TR, L, "обрежь первые 3 секунды и последние 2", free(trim_start_s=3, trim_end_s=2, ask_ok=True)),
    (TR, L, "taglia i primi 5 secondi e poi alza il volume", {"trim_start_s": 5, "ask_ok": True}),
    (TR, L, "coupe les 10 premières secondes", free(trim_start_s=10, ask_ok=True)),
    (TR, L, "klipp bort de sista 5 sekunderna och lägg till en fade", {"trim_end_s": 5, "ask_ok": True}),
    (TR, L, "corta os últimos 10 segundos a bateria, o resto fica", {"trim_end_s": None, "ask_ok": True}),
    (TR, L, "tira os primeiros 3 segundos e o final fica igual", free(trim_start_s=3, trim_end_s=None, ask_ok=True)),
    (TR, L, "corta los primeros 2 segundos o 3, lo que suene mejor", {"trim_end_s": None, "ask_ok": True}),
    (TR, L, "zkrať poslední 5 sekund a první 2", {"trim_start_s": 2, "trim_end_s": 5, "ask_ok": True}),
    (TR, L, "knip de laatste 8 seconden en de outro blijft", {"trim_end_s": None, "ask_ok": True}),
    (TR, L, "corta los últimos 5 segundos del estribillo", {"trim_end_s": None, "ask_ok": True}),
    # --- the verb after
    (TV, L, "पहले 2 सेकंड trim कर दो", free(trim_start_s=2, ask_ok=True)),
    (TV, L, "पहले 10 सेकंड को trim करो और फिर fade in डालो", {"trim_start_s": 10, "ask_ok": True}),
    (TV, L, "वोकल के पहले 3 सेकंड trim करो", {"trim_start_s": None, "ask_ok": True}),
    (TV, L, "最後の5秒をトリムして", free(trim_end_s=5, ask_ok=True)),
    (TV, L, "最初の3秒をカット、最後の2秒もカット", free(trim_start_s=3, trim_end_s=2, ask_ok=True)),
    (TV, L, "ボーカル 最初の4秒をカット", {"trim_start_s": None, "ask_ok": True}),
    (TV, L, "마지막 5초 잘라줘", free(trim_end_s=5, ask_ok=True)),
    (TV, L, "剪掉前10秒和最后3秒", free(trim_start_s=10, trim_end_s=3, ask_ok=True)),
    (TV, L, "把人声前5秒剪掉", {"trim_start_s": None, "ask_ok": True}),
    (TV, L, "पहले 5 सेकंड trim करो, फिर आखिरी 5 सेकंड में fade out", {"trim_start_s": 5, "trim_end_s": None, "ask_ok": True}),
    # --- the noun for the lyrics right before a quote (no track)
    (
        LN,
        None,
        'موسيقى بدون كلمات "lo-fi chill beats" دقيقتين',
        new(inst=True, lyrics_lacks=["lo-fi chill"], ask_ok=True),
    ),
    (
        LN,
        None,
        'nhạc không lời "Chill Lofi Vibes" dài 2 phút',
        new(inst=True, lyrics_lacks=["Chill Lofi"], ask_ok=True),
    ),
    (
        LN,
        None,
        'बिना बोल "Monsoon Chill" वाला गाना, 2 मिनट',
        new(inst=True, lyrics_lacks=["Monsoon Chill"], ask_ok=True),
    ),
    (
        LN,
        None,
        'μουσική χωρίς στίχους "Καλοκαιρινή Νύχτα", 2 λεπτά',
        new(inst=True, lyrics_lacks=["Καλοκαιρινή"], ask_ok=True),
    ),
    (LN, None, 'เพลงไม่มีเนื้อร้อง "ฝนตกที่กรุงเทพ" 2 นาที', new(inst=True, lyrics_lacks=["ฝนตก"], ask_ok=True)),
    (
        LN,
        None,
        'hüzünlü bir şarkı, sözleri "Yalnız Gece" gibi olsun',
        new(inst=False, lyrics_lacks=["Yalnız Gece"], ask_ok=True),
    ),
    (LN, None, 'اغنية بالكلمات دي "يا ليل يا عين، خدني لبعيد"', new(inst=False, lyrics_has=["يا ليل"], ask_ok=True)),
    (LN, None, 'एक गाना, बोल हैं "दिल की बातें, आँखों में रातें"', new(inst=False, lyrics_has=["दिल की बातें"], ask_ok=True)),
    (
        LN,
        None,
        'instrumental sin letra "Noche de Verano" estilo bossa, 1 minuto',
        new(inst=True, lyrics_lacks=["Noche de Verano"], ask_ok=True),
    ),
    (
        LN,
        None,
        'nyimbo bila maneno "Usiku wa Pwani" dakika 2',
        new(inst=True, lyrics_lacks=["Usiku wa Pwani"], ask_ok=True),
    ),
    # --- a last paragraph with please and a length
    (
        PL,
        None,
        lyr(
            "song with these lyrics:",
            "Neon lights on the river\nyou and me tonight",
            "Please make it 90 seconds for my reel",
        ),
        new(duration=90, lyrics_lacks=["reel"], ask_ok=True),
    ),
    (
        PL,
        None,
        lyr("canción con esta letra:", "Bajo la luna llena\nbailamos sin parar", "Por favor, que sea de 2 minutos."),
        new(duration=120, lyrics_lacks=["Por favor"], ask_ok=True),
    ),
    (
        PL,
        None,
        lyr(
            "chanson avec ces paroles :",
            "Sous la pluie de Paris\nje t'attends encore",
            "S'il vous plaît, une version de 90 secondes",
        ),
        new(duration=90, lyrics_lacks=["version de 90"], ask_ok=True),
    ),
    (
        PL,
        None,
        lyr(
            "canción con esta letra:", "Te espero en la esquina\ncon el corazón en la mano", "Por favor, 2 o 3 minutos"
        ),
        new(duration_in=(120, 180), lyrics_lacks=["Por favor"], ask_ok=True),
    ),
    (
        PL,
        None,
        lyr("Lyrics:", "The alarm keeps ringing\nbut I'm not getting up", "Baby please, just 5 minutes"),
        new(lyrics_has=["just 5 minutes"], duration_not=300, ask_ok=True),
    ),
    (
        PL,
        None,
        lyr("testo:", "Sotto il cielo di Roma\nballiamo fino all'alba", "Per favore, fallo di 2 minuti"),
        new(duration=120, lyrics_lacks=["Per favore"], ask_ok=True),
    ),
    (
        PL,
        None,
        lyr("текст песни:", "Ночь над Невой\nи мы с тобой", "Пожалуйста, на 2 минуты"),
        new(duration=120, lyrics_lacks=["Пожалуйста"], ask_ok=True),
    ),
    (
        PL,
        None,
        lyr("Songtext:", "Wir fahren durch die Nacht\nbis der Morgen lacht", "Bitte 2 Minuten für Instagram"),
        new(duration=120, lyrics_lacks=["Bitte"], ask_ok=True),
    ),
    # --- 'saat'
    (SA, None, "jingle iklan bir, 30 saat", new(duration=30, ask_ok=True)),
    (SA, None, "buat lagu latar 45 saat, kadar bit 320 kbps", new(duration=45, ask_ok=True)),
    (SA, None, "lagu 1 minit 30 saat untuk iklan kopi", new(duration=90, ask_ok=True)),
    (SA, None, "lagu ceria 40 saat untuk iklan bir tempatan", new(duration=40, ask_ok=True)),
    # --- marimba / xylophone
    (
        ST,
        None,
        "canción alegre sin xilófono, con guitarra, 1 minuto",
        new(duration=60, tags_not=["xylophone"], ask_ok=True),
    ),
    (
        ST,
        None,
        "ein fröhliches Stück ohne Xylophon, nur Klavier, 1 Minute",
        new(duration=60, tags_not=["xylophone"], ask_ok=True),
    ),
    (ST, None, "木琴なしで、ピアノだけの曲を1分", new(duration=60, tags_not=["xylophone"], ask_ok=True)),
    (ST, None, "마림바 말고 실로폰으로 1분짜리 곡", new(duration=60, tags_not=["marimba"], ask_ok=True)),
    (ST, None, "весёлая мелодия без маримбы, 1 минута", new(duration=60, tags_not=["marimba"], ask_ok=True)),
    (ST, None, "весела мелодія з ксилофоном, 30 секунд", new(duration=30, tags_text=["xylophone"], ask_ok=True)),
    (ST, None, "不要马林巴，用钢琴，一分钟的轻音乐", new(duration=60, tags_not=["marimba"], ask_ok=True)),
    # --- Bulgarian loop words
    (BL, L, "да не се повтаря безшевно, искам ясен край", {"loop": None, "ask_ok": True}),
    (BL, None, "направи мелодия 30 секунди, която да се повтаря безшевно", new(duration=30, loop=True, ask_ok=True)),
    (BL, None, "мелодия 30 секунди, без безкраен цикъл, с нормален край", new(duration=30, loop=None, ask_ok=True)),
    # --- Serbian 'на … минута'
    (SR, L, "додај гитарски соло на два минута", {"tool_not": OUT, "ask_ok": True}),
    (SR, S, "продужи песму на три минута", ext(0, 60, ask_ok=True)),
    (SR, S, "продли песню на две минуты", ext(0, 120, ask_ok=True)),
    (SR, L, "убаци паузу на три минута", {"tool_not": OUT, "ask_ok": True}),
    # --- the part of a track, no track
    (PT, None, "write me an upbeat song and make the chorus more catchy", new(ask_ok=True)),
    (PT, None, "song for my wife's birthday, the chorus more romantic, 2 minutes", new(duration=120, ask_ok=True)),
    # --- Persian 'تا'
    (FA, None, "برام ۲ تا ۳۰ ثانیه‌ای بساز، پاپ", new(duration=30, takes=2, ask_ok=True)),
    (FA, L, "از ثانیه ۲۰ تا ۳۵ رو عوض کن", inp(20, 35, ask_ok=True)),
    (FA, None, "یه آهنگ ۲ تا ۳ دقیقه‌ای پاپ", new(duration_in=(120, 180), ask_ok=True)),
    (FA, None, "۳ تا ۱ دقیقه‌ای بساز، لوفای", new(duration=60, takes=3, ask_ok=True)),
    # --- part words before a case ending
    (CE, S, "tamam, sonra 3 dakikaya uzat", ext(0, 60, ask_ok=True)),
    (CE, S, "şarkıyı sonunda 3 dakikaya uzatır mısın", ext(0, 60, ask_ok=True)),
    (CE, S, "pidennä alkuperäinen 3 minuuttiin", ext(0, 60, ask_ok=True)),
    (CE, L, "ilk 30 saniyeye davul ekle", inp(0, 30, ask_ok=True)),
    (CE, S, "basitçe 3 dakikaya uzat", ext(0, 60, ask_ok=True)),
    # --- 'more' beside 'तक'
    (HX, S, "इसे 3 मिनट तक बढ़ा दो और अंत में fade out कर दो", {"tool": OUT, "extend_after_duration": 60, "ask_ok": True}),
    (HX, S, "गाने को 4 मिनट तक बढ़ाओ और थोड़ा तेज़ करो", {"tool": OUT, "extend_after_duration": 120, "ask_ok": True}),
    (HX, S, "इसे 1 मिनट और बढ़ा दो", ext(0, 60, ask_ok=True)),
    (HX, S, "اسے 3 منٹ تک بڑھا دو اور آخر میں fade out", {"tool": OUT, "extend_after_duration": 60, "ask_ok": True}),
    (HX, S, "এটা 3 মিনিট পর্যন্ত বাড়াও, আরও সুন্দর করে", {"tool": OUT, "extend_after_duration": 60, "ask_ok": True}),
]


if __name__ == "__main__":
    main(PROBES, __file__)
