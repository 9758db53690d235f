"""Red-team probe (redteam21) of the router rules changed in 917cf6e..ca25875, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong (for process_track a wrong fade, trim or format too; for
a new piece a wrong length, takes that should not be, or a vocal language dropped).

The rules under attack: the 'last N seconds' window beside _SIDE_AMOUNT in account._cue_question ('redo the last 10 s
and add 10 s at the end' is still a second edit), _not_added / _ADDED_AMOUNT / _SHAPE_NEXT (seconds right after 'add'
taken out of the fades and cuts: 'add 4 seconds of fade-out'), the _DIFFERING additions ('each in a different style'
in many languages), _MIN_AND_BARE_SEC's new lookahead ('1 min y 20 para', 'a minute and twenty, for'),
_AND_A_QUARTER, languages._STYLE_BEFORE ('rumba catalana', and a language still sung where a word says so),
TWO_FORMATS in deliverable_words and _BARE_FORMAT's hyphen suffix of up to 12 letters ('wav-muotoisena',
'mp3-compressed', 'MP3-Komprimierung').

First run (ca25875, --old 917cf6e's src): 145 probes labelled and committed before it (37b95c5). 145 probes, 133 OK
(80 of the 145 were answered with a question, each where ASK or a question was allowed), 0 asked where a plan was
sure, 12 silent, 3 of them made by the diff (each a plan on 917cf6e's src was right or a question):
  'Add 4 seconds of fade-out at the end' (180 s track): audio_outpaint extending the end by 4 s, no fade (was
      process_track fade_out_s 4): the seconds right after 'add' are taken out of the fade even with 'of' between.
  'add 3 seconds of fade in at the start': audio_outpaint extending the start by 3 s, no fade (was fade_in_s 3).
  'Cut the first 5 seconds and add 5 seconds at the end': process_track trim_start_s 5 only, the 5 s to add at the
      end dropped (was asked: the 5 s the plan did not use).
The 9 already there: '最后10秒重做，然后在结尾再加10秒' regenerated the last 10 s and dropped the 10 s to add;
'I don't want it as wav, mp3 is fine' delivered wav; takes=3 of one request for 'each in a different style' in Urdu
('ہر ایک الگ انداز میں'), Romanian ('fiecare în alt stil'), Chinese ('风格各不相同', a form the diff meant to add),
Cantonese ('每個唔同風格'), Croatian ('svaku u drugom stilu'), Bulgarian ('всяка в различен стил') and Icelandic
('hverja í mismunandi stíl'). No label was changed after the run. (After the labels' commit, only an unused import
was removed.)

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more; this script adds 'output_format_not', a
format the plan must not deliver). Verdicts: OK, ASKED, SILENT WRONG, ERROR.

probe_kit's runner passes only the words, the track and its length (no agent fields: no deliverables, lyrics,
vocal_language, start_time / end_time), so the field-only rules of the diff (_agent_shaped with fade_out_s /
trim_start_s, _LABEL_THEN_FIELD, _reads_latin_language, Serbian Cyrillic with vocal_language 'sr') are attacked
only where the words reach them; the probes keep to words.

Run: sh scripts/uv run python scripts/router_probe_redteam21.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, ext, free, inp, main, new


def _wrong21(r: Any, want: dict[str, Any], length: float | None = None) -> list[str]:
    want = dict(want)
    fmt_not = want.pop("output_format_not", None)
    bad = probe_kit.wrong_more(r, want, length)
    if fmt_not is not None and r.arguments.get("output_format") == fmt_not:
        bad.append(f"output_format={fmt_not} (want anything else)")
    return bad


probe_kit.wrong = _wrong21

L = 180.0
S = 150.0
SA = "_SIDE_AMOUNT with the last N seconds as the window: 'redo the last 10 s and add 10 s at the end'"
NA = "_not_added / _ADDED_AMOUNT / _SHAPE_NEXT: seconds right after 'add' taken out of fades and cuts"
DF = "_DIFFERING: each take in a different style, in many languages"
MB = "_MIN_AND_BARE_SEC: 'a minute and twenty' with 'for / para / pour / für' after, 'minute' spelled out"
AQ = "_AND_A_QUARTER: 'a minute and a quarter', 'un minuto y cuarto', 'un minut i quart'"
SB = "languages._STYLE_BEFORE: a dance genre before a language's name ('rumba catalana')"
TF = "TWO_FORMATS and _BARE_FORMAT's longer hyphen suffix ('wav-muotoisena', 'mp3-compressed')"

V15 = {"tool": "text_to_audio_v15", "ask_ok": True}  # a non-English vocal language (the base model sings English)

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- the window is the last N seconds and an amount at an end is N too: a second edit, still asked
    (SA, L, "Regenerate the last 10 seconds and add 10 seconds at the end", ASK),
    (SA, L, "redo 2:40-3:00 and add 20s at the end", ASK),
    (SA, L, "Replace 2:50 to the end with a drum fill and tack 10 s onto the end", ASK),
    (SA, L, "redo the last 30 seconds and then extend the end by 30 seconds", ASK),
    (SA, L, "Rehaz los últimos 10 segundos y añade 10 segundos al final", ASK),
    (SA, L, "Generiere die letzten 15 Sekunden neu und häng 15 Sekunden ans Ende an", ASK),
    (SA, L, "Refais les 10 dernières secondes et ajoute 10 secondes à la fin", ASK),
    (SA, L, "Refaz os últimos 20 segundos e acrescenta 20 segundos no final", ASK),
    (SA, L, "Rifai gli ultimi 10 secondi e aggiungi 10 secondi alla fine", ASK),
    (SA, L, "Переделай последние 10 секунд и добавь 10 секунд в конце", ASK),
    (SA, L, "Doe de laatste 10 seconden opnieuw en voeg 10 seconden toe aan het eind", ASK),
    (SA, L, "Son 10 saniyeyi yeniden yap ve sona 10 saniye ekle", ASK),
    (SA, L, "Przerób ostatnie 10 sekund i dodaj 10 sekund na końcu", ASK),
    (SA, L, "Buat ulang 10 detik terakhir dan tambahkan 10 detik di akhir", ASK),
    (SA, L, "आखिरी 10 सेकंड फिर से बनाओ और अंत में 10 सेकंड जोड़ो", ASK),
    (SA, L, "最后10秒重做，然后在结尾再加10秒", ASK),
    (SA, L, "最後の10秒を作り直して、最後に10秒足して", ASK),
    (SA, L, "Gör om de sista 10 sekunderna och lägg till 10 sekunder i slutet", ASK),
    # (the last N seconds named with an end word, one edit: a plan, the window the last N)
    (SA, L, "regenerate the last 15 seconds of the ending", inp(165, 180, ask_ok=True)),
    (SA, L, "redo the final 20 s of the outro so it resolves", inp(160, 180, ask_ok=True)),
    (SA, S, "tengeneza upya sekunde 15 za mwisho", inp(135, 150, ask_ok=True)),
    (SA, L, "Regenerate 2:50-3:00, the last 10 s of the ending, with a cymbal swell", inp(170, 180, ask_ok=True)),
    (SA, L, "Rehaz los últimos 20 segundos del final", inp(160, 180, ask_ok=True)),
    (SA, L, "redo 2:40 to 3:00 and also add 15 s at the end", ASK),
    # --- seconds right after 'add', whatever a fade or cut word says: added (or the fade's own length)
    (NA, L, "Add 4 seconds of fade-out at the end", free(fade_out_s=4, ask_ok=True)),
    (NA, L, "add 3 seconds of fade in at the start", free(fade_in_s=3, ask_ok=True)),
    (
        NA,
        L,
        "Trim 2 s off the start and add 3 s of fade-out at the end",
        free(trim_start_s=2, fade_out_s=3, ask_ok=True),
    ),
    (NA, L, "Add 2 s fade-in and 2 s fade-out", free(fade_in_s=2, fade_out_s=2, ask_ok=True)),
    (NA, L, "Añade 3 segundos de fade out al final", free(fade_out_s=3, ask_ok=True)),
    (NA, L, "Ajoute 5 secondes de fondu à la fin", free(fade_out_s=5, ask_ok=True)),
    (NA, L, "Füg am Ende 4 Sekunden Fade-out hinzu", free(fade_out_s=4, ask_ok=True)),
    (NA, L, "Aggiungi 3 secondi di dissolvenza alla fine", free(fade_out_s=3, ask_ok=True)),
    (NA, L, "Adicione 5 segundos de fade-out no final", free(fade_out_s=5, ask_ok=True)),
    (NA, L, "Voeg 4 seconden fade-out toe aan het einde", free(fade_out_s=4, ask_ok=True)),
    (NA, L, "Lägg till 3 sekunders fade out i slutet", free(fade_out_s=3, ask_ok=True)),
    (NA, L, "Добавь 3 секунды затухания в конце", free(fade_out_s=3, ask_ok=True)),
    (NA, L, "Dodaj 3 sekundy wyciszenia na końcu", free(fade_out_s=3, ask_ok=True)),
    (NA, L, "Tambahkan 3 detik fade out di akhir", free(fade_out_s=3, ask_ok=True)),
    (NA, L, "结尾加3秒淡出", free(fade_out_s=3, ask_ok=True)),
    (NA, L, "Se me queda corta, ¿le puedes añadir 10 segundos al principio?", ext(10, 0, ask_ok=True)),
    (NA, L, "The ending gets cut off too soon, add 5 seconds at the end", ext(0, 5, ask_ok=True)),
    (NA, L, "É curta demais, o final fica cortado; adiciona 10 segundos no final", ext(0, 10, ask_ok=True)),
    (NA, L, "Cut the first 5 seconds and add 5 seconds at the end", ASK),
    (NA, L, "add 8 seconds at the end, then fade out the last 3", {"tool_not": FREE, "ask_ok": True}),
    (NA, L, "Please add 10 seconds to the start and trim 2 seconds off the end", {"tool_not": FREE, "ask_ok": True}),
    (NA, L, "Kürz die ersten 3 Sekunden und füg 6 Sekunden am Ende hinzu", {"tool_not": FREE, "ask_ok": True}),
    # --- each in a different style: not takes of one request
    (DF, None, "اعمل 3 نسخ من جنجل مدته 30 ثانية، كل وحدة بأسلوب مختلف", ASK),
    (DF, None, "سه نسخه از یک جینگل ۳۰ ثانیه‌ای بساز، هر کدام با سبک متفاوت", ASK),
    (DF, None, "תעשה 3 גרסאות של ג'ינגל של 30 שניות, כל אחת בסגנון שונה", ASK),
    (DF, None, "30 saniyelik bir jingle'ın 3 versiyonunu yap, her biri farklı tarzda", ASK),
    (DF, None, "30 saniyəlik cinqlin 3 versiyasını hazırla, hər biri fərqli üslubda", ASK),
    (DF, None, "30 सेकंड के जिंगल के 3 वर्शन बनाओ, हर एक अलग स्टाइल में", ASK),
    (DF, None, "30 second ke jingle ke 3 version banao, har ek alag style mein", ASK),
    (DF, None, "30 سیکنڈ کے جنگل کے 3 ورژن بناؤ، ہر ایک الگ انداز میں", ASK),
    (DF, None, "Сделай 3 версии джингла на 30 секунд, каждую в своём стиле", ASK),
    (DF, None, "Зроби 3 версії джинглу на 30 секунд у різних стилях", ASK),
    (DF, None, "Haz 3 versiones de un jingle de 30 segundos, cada una con un estilo distinto", ASK),
    (DF, None, "Fais 3 versions d'un jingle de 30 secondes, chacune dans un style différent", ASK),
    (DF, None, "Fammi 3 versioni di un jingle di 30 secondi, ognuna in uno stile diverso", ASK),
    (DF, None, "Mach 3 Versionen eines 30-Sekunden-Jingles, jeweils in einem anderen Stil", ASK),
    (DF, None, "Maak 3 versies van een jingle van 30 seconden, elk in een andere stijl", ASK),
    (DF, None, "Gör 3 versioner av en jingel på 30 sekunder, i olika stilar", ASK),
    (DF, None, "Lag 3 versjoner av en jingle på 30 sekunder, hver i sin stil", ASK),
    (DF, None, "Lav 3 versioner af en jingle på 30 sekunder i forskellige stilarter", ASK),
    (DF, None, "Buat 3 versi jingle 30 detik, masing-masing dengan gaya yang berbeda", ASK),
    (DF, None, "Buat 3 versi jingle 30 saat, setiap satu dengan gaya berbeza", ASK),
    (DF, None, "Làm 3 phiên bản jingle 30 giây, mỗi bản một phong cách khác", ASK),
    (DF, None, "Tengeneza matoleo 3 ya jingle ya sekunde 30, kila moja kwa mtindo tofauti", ASK),
    (DF, None, "Zrób 3 wersje dżingla 30 sekund, każdą w innym stylu", ASK),
    (DF, None, "Udělej 3 verze 30sekundové znělky, každou v jiném stylu", ASK),
    (DF, None, "Sprav 3 verzie 30-sekundovej znelky v rôznych štýloch", ASK),
    (DF, None, "Készíts 3 változatot egy 30 másodperces jingléből, különböző stílusokban", ASK),
    (DF, None, "Fă 3 versiuni ale unui jingle de 30 de secunde, fiecare în alt stil", ASK),
    (DF, None, "Tee 30 sekunnin jinglestä 3 versiota, jokainen eri tyylillä", ASK),
    (DF, None, "Φτιάξε 3 εκδοχές ενός τζινγκλ 30 δευτερολέπτων, η καθεμία σε διαφορετικό στυλ", ASK),
    (DF, None, "Gumawa ng 3 bersyon ng 30 segundong jingle, bawat isa ay ibang istilo", ASK),
    (DF, None, "30 வினாடி ஜிங்கிளின் 3 பதிப்புகள் செய், ஒவ்வொன்றும் வெவ்வேறு பாணியில்", ASK),
    (DF, None, "30 సెకన్ల జింగిల్ 3 వెర్షన్లు చేయి, ఒక్కొక్కటి వేర్వేరు శైలిలో", ASK),
    (DF, None, "৩০ সেকেন্ডের জিঙ্গেলের ৩টি ভার্সন বানাও, প্রতিটা আলাদা স্টাইলে", ASK),
    (DF, None, "做3个版本的30秒片头曲，风格各不相同", ASK),
    (DF, None, "30秒のジングルを3パターン、それぞれ違うスタイルで作って", ASK),
    (DF, None, "30초 징글 3개 버전, 각각 다른 스타일로 만들어줘", ASK),
    (DF, None, "ทำจิงเกิ้ล 30 วินาที 3 เวอร์ชัน คนละแนว", ASK),
    (DF, None, "整3個版本嘅30秒jingle，每個唔同風格", ASK),
    (DF, None, "Faz 3 versões de um jingle de 30 segundos, cada uma num estilo diferente", ASK),
    (DF, None, "Fes 3 versions d'un jingle de 30 segons, cadascuna en un estil diferent", ASK),
    (DF, None, "Napravi 3 verzije džingla od 30 sekundi, svaku u drugom stilu", ASK),
    (DF, None, "Направи 3 версии на джингъл от 30 секунди, всяка в различен стил", ASK),
    (DF, None, "३० सेकेन्डको जिङ्गलको ३ संस्करण बनाऊ, हरेक फरक शैलीमा", ASK),
    (DF, None, "30 ਸਕਿੰਟ ਦੇ ਜਿੰਗਲ ਦੇ 3 ਵਰਜਨ ਬਣਾਓ, ਹਰ ਇੱਕ ਵੱਖਰੇ ਅੰਦਾਜ਼ ਵਿੱਚ", ASK),
    (DF, None, "Fè 3 vèsyon yon jingle 30 segonn, chak nan yon stil diferan", ASK),
    (DF, None, "Gerðu 3 útgáfur af 30 sekúndna stefi, hverja í mismunandi stíl", ASK),
    (DF, None, "Padaryk 3 30 sekundžių džinglo versijas, kiekvieną skirtingu stiliumi", ASK),
    (DF, None, "Three takes of the same 30 second jingle, same style", new(takes=3, ask_ok=True)),
    # --- 'a minute and twenty' and a preposition after: 80 s
    (MB, None, "A song of 1 minute and 20 for the podcast intro", new(duration=80, ask_ok=True)),
    (MB, None, "Make a beat, a minute and twenty, for my reel", new(duration=80, ask_ok=True)),
    (MB, None, "Una canción de 1 min y 20 para el anuncio", new(duration=80, ask_ok=True)),
    (MB, None, "Une chanson de 1 min et 30 pour la pub", new(duration=90, ask_ok=True)),
    (MB, None, "Ein Jingle von 1 min und 15 für das Radio", new(duration=75, ask_ok=True)),
    (MB, None, "En jingel på 1 min och 20 för reklamen", new(duration=80, ask_ok=True)),
    (MB, None, "Un jingle di 1 minuto e 40 per la radio", new(duration=100, ask_ok=True)),
    (MB, None, "Een jingle van 1 min en 10 voor de radio", new(duration=70, ask_ok=True)),
    (MB, None, "Dżingiel 1 min i 20 dla radia", new(duration=80, ask_ok=True)),
    (MB, None, "Uma música de 1 min e 20 para o comercial", new(duration=80, ask_ok=True)),
    (MB, None, "Джингл 1 мин и 20 для радио", new(duration=80, ask_ok=True)),
    (MB, L, "Extend it by 1 min and 30 for the outro", ext(0, 90, ask_ok=True)),
    (MB, L, "Lag om fra 1 min og 20 til 1 min og 40", inp(80, 100, ask_ok=True)),
    (MB, None, "Make a 2 minute lo-fi track and 1 minute and 5 for the intro", ASK),
    # --- 'and a quarter': 15 s more
    (AQ, None, "a chill song of a minute and a quarter", new(duration=75, ask_ok=True)),
    (AQ, None, "Una canción de un minuto y cuarto, alegre", new(duration=75, ask_ok=True)),
    (AQ, None, "Una cançó alegre d'un minut i quart", new(duration=75, ask_ok=True)),
    (AQ, None, "Een vrolijk liedje van een minuut en een kwart", new(duration=75, ask_ok=True)),
    (AQ, None, "Une chanson de deux minutes et quart, style jazz", new(duration=135, ask_ok=True)),
    (AQ, None, "Una canzone di due minuti e un quarto, stile jazz", new(duration=135, ask_ok=True)),
    (AQ, None, "Uma música de dois minutos e um quarto, estilo samba", new(duration=135, ask_ok=True)),
    (AQ, None, "two minutes and a quarter of chill lo-fi", new(duration=135, ask_ok=True)),
    (AQ, L, "Regenerate the first minute and a quarter", inp(0, 75, ask_ok=True)),
    (AQ, L, "Extend the end by a minute and a quarter", ext(0, 75, ask_ok=True)),
    (
        AQ,
        None,
        "Uma canção de ninar de 3 minutos e quarto, para tocar no quarto do bebê",
        new(duration=195, ask_ok=True),
    ),
    # --- a dance genre before a language's name: the genre; a language still sung where a word says so
    (SB, None, "Una rumba catalana de 2 minutos para una boda", new(duration=120, ask_ok=True)),
    (SB, None, "Una rumba catalana cantada en catalán", V15),
    (SB, None, "Cumbia colombiana con acordeón, 3 minutos", new(duration=180, ask_ok=True)),
    (SB, None, "Tango finlandés instrumental, 2 minutos", new(inst=True, ask_ok=True)),
    (SB, None, "A salsa with Spanish lyrics about summer", V15),
    (SB, None, "tango spanish vocals female 2 min", V15),
    (SB, None, "samba portuguese vocals, beach vibe", V15),
    (SB, None, "Un fado portugués cantado por una voz femenina", V15),
    (SB, None, "Une valse française chantée en français", V15),
    (SB, None, "Polka polska na wesele, śpiewana po polsku", V15),
    (SB, None, "flamenco english vocals, 2 min", new(duration=120, ask_ok=True)),
    # --- two formats named, none marked: asked; a hyphen suffix of up to 12 letters is a format
    (TF, L, "mp3 ei kelpaa, tarvitsen sen wav-muotoisena", free(output_format="wav", ask_ok=True)),
    (TF, L, "fail wav terlalu besar. Boleh tukar ke mp3?", free(output_format="mp3", ask_ok=True)),
    (TF, L, "Convert the wav to mp3", free(output_format="mp3", ask_ok=True)),
    (TF, L, "Not wav, mp3 please", free(output_format="mp3", ask_ok=True)),
    (TF, L, "I don't want it as wav, mp3 is fine", free(output_format="mp3", ask_ok=True)),
    (TF, L, "Je veux le mp3, pas le wav", free(output_format="mp3", ask_ok=True)),
    (TF, L, "Lo necesito en flac, el mp3 suena fatal", free(output_format="flac", ask_ok=True)),
    (TF, L, "Das WAV ist zu groß, bitte als MP3", free(output_format="mp3", ask_ok=True)),
    (TF, L, "wav-tiedostona, ei mp3", free(output_format="wav", ask_ok=True)),
    (TF, L, "Zrób z tego mp3, wav jest za duży", free(output_format="mp3", ask_ok=True)),
    (TF, L, "Muunna se flac-muotoiseksi", free(output_format="flac", ask_ok=True)),
    (
        TF,
        L,
        "The vocals sound mp3-compressed around 0:30-0:40, regenerate that part",
        inp(30, 40, output_format=None, ask_ok=True),
    ),
    (
        TF,
        L,
        "Normalisiere auf -14 LUFS, ohne MP3-Komprimierung",
        free(loudness_lufs=-14, output_format_not="mp3", ask_ok=True),
    ),
    (
        TF,
        None,
        "Tee 2 minuutin lo-fi-biisi, ei mp3-pakkauksen säröä",
        new(duration=120, output_format_not="mp3", ask_ok=True),
    ),
    (TF, L, "Exporte em wav, o mp3-compactado ficou ruim", free(output_format="wav", ask_ok=True)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
