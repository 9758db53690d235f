"""Red-team probe (redteam29) of the router rules changed in 3e4b042..f5ac1f8 (0f4bd74, c0c07d7, 9668012, c79f571,
6dbc75a, c7c2e9b, 7419d2e, f5ac1f8), hunting SILENT WRONG plans: a plan made without a question whose tool or a
certain argument is wrong. A paid render on a misreading (a new piece where the open track was to be edited, a window
regenerated where it was to be cut or extended), a correction or a second side dropped from an edit, takes or a fade
length left out are the costliest.

The rules under attack: (1) account._counts_a_noun / time_tokens(counts=...): a bare count before a word of its own
in a sentence of the story, a number after an 'order number'-like word, a bare number of four digits or more, a
hyphen-glued form, all left out where the plan takes nothing by default: here the takes in words the tables lack ('3
alternatives', '3 propositions', '3 Entwürfe', '3 javaslatot', '3-at kérek'), a bare fade length said in a sentence
of its own ('8 feels about right', '8 reichen'), milliseconds ('1500 ms'); (2) router._event_lengths_out: a length in
a sentence or clause with no router verb beside an edit with its own length, dropped: corrections ('Sorry, I meant 20
seconds', 'Nein, lieber 20 Sekunden', '不对，20秒'), the other side in a sentence of its own ('And maybe 10 seconds in
front too', 'The last 5 seconds as well'), totals and another thing's length the edit must reach, a window's length
said apart; (3) account._an_events_length (a 10 minute or longer piece whose length reads as another thing's) and
_a_part_alone (a part of a song and no track); (4) _new_piece_said's colon rule ('New lyrics: …', 'New idea: extend
…', 'Neues Intro: …') beside the open track, _TAKES_OF_A_PIECE ('2 versions of a 30 second ringtone out of this
song', '2 versi lagu ini'), Portuguese 'faz um outro:' / 'agora outro refrão'; the AGAIN additions ('otra vez', 'пак',
'поново', 'ще раз', 'még egyszer', 'nog eens', 'på nytt', 'aftur', 'dar kartą', 'rudia', 'ਫਿਰ ਤੋਂ') beside a cut or an
extension, and the _PLAYBACK additions as a discourse word ('Posłuchaj, …', 'Luister, …', 'Чуй, …'); (5) lyrics:
read._unmarked_first_section where the lines under the label are wishes, Catalan vs Spanish (_WRITTEN_ALIKE), a name
with a marked letter in Swahili, Indonesian, Malay, Tagalog or English lyrics (_UNMARKED), a style's language beside
its romanised lyrics (_STYLE_LANGUAGE_WORDS: J-pop, Bollywood, K-pop, bossa nova, anime, khaleeji); read._RESTATED
('8 bars …, and also 16 seconds at the end', 'quindi 16 secondi anche alla fine', 'então 16 segundos de fade').

After the fixes (the commit after this docstring's, on main): 153 probes, 151 OK, 0 asked, 0 errors, 2 silent, both
pre-existing (3e4b042 the same), none made by the diff. The labelled file was committed on main as 4d127f6 (its
branch commit 331025f).

First run (f5ac1f8, --old 3e4b042's src), 153 probes in 34 languages, labelled and committed before it (331025f):
96 OK, 1 ASKED where a plan was sure, 1 ERROR, 55 SILENT WRONG: 52 made by the diff (3e4b042 asked or planned each of
them right), 3 pre-existing. No label was changed after the run. (3e4b042 on the same probes: 141 OK, 4 ASKED, 1
ERROR, 7 SILENT WRONG.)
  Made by the diff, most costly first:
    A paid render of a new piece where the open track was to be cut (_TAKES_OF_A_PIECE, 3): 'Maak 2 versies van een
    ringtone van 30 seconden uit dit nummer', 'Lav 2 versioner af en ringetone på 30 sekunder ud fra sangen' (180) →
    text_to_audio 30 s takes=2; 'Buat 2 versi lagu ini, masing-masing 1 menit' (180) → text_to_audio 60 s takes=2
    (want anything but a new piece, or a question; 3e4b042 asked edit-or-extend).
    A correction dropped from an edit (_event_lengths_out, 14): 'Add 10 seconds at the end. Sorry, I meant 20
    seconds.', 'Rallonge la fin de 10 secondes. Non, plutôt 20 secondes.', 'Sonunu 10 saniye uzat. Pardon, 20 saniye
    olacak.', 'आखिर में 10 सेकंड जोड़ो। नहीं, 20 सेकंड।', 'أضف 10 ثوان في النهاية. لا، 20 ثانية.', '最後に10秒足して。いや、20秒で。',
    '끝에 10초 추가해줘. 아니 20초.', 'Tambah 10 detik di akhir. Eh, maksudnya 20 detik.', 'Πρόσθεσε 10 δευτερόλεπτα στο
    τέλος. Όχι, 20 δευτερόλεπτα.' (120) → outpaint +10 after (want +20 or a question); 'Cut the last 10 seconds. Oops,
    15 seconds.', 'Klipp bort de sista 10 sekunderna. Nej förresten, 15 sekunder.', 'Ustřihni posledních 10 sekund.
    Vlastně 15 sekund.', 'Обріж останні 10 секунд. Ой, ні, 15 секунд.', 'Отрежи последните 10 секунди. Не, 15
    секунди.' (180) → trim_end 10 (want 15 or a question).
    The other side or the whole dropped from an edit (_event_lengths_out, 5): 'Add 30 seconds at the end. And maybe 10
    seconds in front too.' (120) → +30 after only (want +10 before too); 'Cut the first 10 seconds. The last 5 seconds
    as well.', 'Corta los primeros 10 segundos. Los últimos 5 segundos también.' (180) → trim_start 10 only (want
    trim_end 5 too); 'Extend it at the end by 20 seconds. Altogether 3 minutes 40 seconds.' (180) → +20 after (want a
    question: 200 s is not 3:40); 'Add 20 seconds at the end, it has to run 12 minutes in the background at the shop'
    (180) → +20 after (want a question).
    Takes left out (the count in a sentence of its own, in a word the tables lack; _counts_a_noun, 14): "Fais-moi un
    jingle de 30 secondes pour ma boulangerie. J'aimerais 3 propositions.", 'Hazme una cuña de 20 segundos para la
    radio. Quiero 3 propuestas para elegir.', 'Mach einen 30-Sekunden-Jingle für unseren Laden. Ich hätte gern 3
    Entwürfe.', 'Maak een jingle van 30 seconden voor de bakkerij. Graag 3 voorstellen.', 'Zrób dżingiel na 30 sekund
    dla piekarni. Poproszę 3 propozycje.', 'Udělej znělku na 30 sekund pro pekárnu. Chci 3 návrhy.', 'Csinálj egy 30
    másodperces reklámzenét a pékségnek. Kérek 3 javaslatot.', 'Fırın için 30 saniyelik bir jingle yap. 3 alternatif
    istiyorum.', 'Buatkan jingle 30 detik untuk toko roti. Saya mau 3 pilihan.', 'Làm giúp mình một đoạn nhạc quảng
    cáo 30 giây. Cho mình 3 lựa chọn nhé.', 'Сделай джингл на 30 секунд для пекарни. Нужно 3 наброска.', 'Gör en
    jingle på 30 sekunder till bageriet. Jag vill ha 3 utkast.', 'Gawan mo ako ng 30 segundong jingle para sa bakery.
    Gusto ko ng 3 pagpipilian.' → text_to_audio, takes unset (want 3); 'Regenerate 0:40-0:50, the guitar is out of
    tune. Give me 3 tries.' (180) → inpaint 40-50, takes unset (want 3).
    A fade length left out, the default 3 s faded instead (_counts_a_noun, 4): 'Add a fade out at the end. 8 feels
    about right.', 'Pon un fade out al final. Con 8 basta y sobra.', 'Mets un fondu de sortie à la fin. 8 suffiront
    largement.' (180) → fade_out 3 (want 8); 'Fade out the end over 1500 ms' (180) → fade_out 3 (want 1.5: the four
    digits taken as an identifier).
    Wishes sung as the first section (read._unmarked_first_section, 4): 'Make a 2 minute ballad, the lyrics are
    below\nslow tempo, soft piano\nfemale voice please\n[Chorus]…', 'Hazme una balada de 2 minutos con esta
    letra\nvoz femenina, muy suave\n[Chorus]…', 'Fais une chanson de 2 minutes avec ces paroles\nstyle folk, guitare
    acoustique\n[Chorus]…', '발라드 만들어줘 가사는\n피아노 반주로 잔잔하게\n[Chorus]…' → the wishes in the lyrics.
    A name's marked letter taken for the language of lyrics in a language that writes none (_UNMARKED, 4):
    'Tengeneza wimbo wa dakika 2 kwa harusi, maneno: 'Nakupenda Ayşe, …'' → 'turkish vocal' (3e4b042: swahili);
    'Buat lagu 2 menit, lirik: 'Aku rindu kamu Łucja, di kota Kraków yang dingin'' → 'polish vocal'; 'Buat lagu 2
    minit, lirik: 'Sayangku Şebnem, …'' → 'turkish vocal'; 'Gawa ka ng kanta na 2 minuto, lyrics: 'Mahal kita Dương,
    …'' → 'vietnamese vocal'.
    A style's language given up for lingua's misreading of its romanised lyrics (_STYLE_LANGUAGE_WORDS, 4): 'J-pop
    song, 2 minutes, lyrics: 'Kimi no koto ga suki da yo, …'' → 'polish vocal'; 'Bollywood song, … 'Tujhe dekha to ye
    jaana sanam, …'' → 'swahili vocal'; 'K-pop, 2 minutes, lyrics: 'Saranghae neol saranghae, …'' → 'latin vocal';
    'Khaleeji song 2 minutes, lyrics: 'Habibi ya nour el ain, …'' → 'tagalog vocal' (3e4b042: the style's language
    each).
  Pre-existing silent (3e4b042 too, 3): 'Hazme una rumba catalana de 2 minutos, letra: 'Tu ets la meva vida, el meu
  sol'' → 'spanish vocal' (want catalan); '2 minute pop song, lyrics: 'Dancing with you in Gdańsk under the northern
  lights'' → 'polish vocal'; 'Anime opening, 90 seconds, lyrics: 'Sasageyo sasageyo shinzou wo sasageyo'' →
  'swahili vocal' (want japanese).
  ASKED where a plan was sure (made by the diff, _a_part_alone): 'Escribe un estribillo pegadizo sobre el verano'
  (no track; asked which track). ERROR (3e4b042 too): 'Música relajante para dormir. Duración: 1 hora.' raises
  InvalidInput '`duration` is 1 but must be a whole number from 5 to 240'.
  Held: the corrections in de, ru (planned +20) and es, zh (asked); the '8 reichen' / '8 tá ótimo' / '8 вполне
  хватит' fades, '2500 ms', '3-at kérek', '3 alternatives' (asked); 'New lyrics: …' and the other 'new' + colon edits; the 'otra vez', 'пак', 'поново', 'ще раз', 'még egyszer', 'nog eens', 'på nytt', 'aftur', 'dar kartą',
  'rudia', 'ਫਿਰ ਤੋਂ' cuts and extensions; 'Posłuchaj, …', 'Luister, …', 'Чуй, …'; 'faz um outro:', 'agora outro
  refrão'; '8 bars …, and also 16 seconds at the end' and the other restated bars (asked); the 60 minute limit.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED, SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam29.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, IN, NEW, ext, free, inp, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0

AC = "account._counts_a_noun: story counts, identifiers, 4+ digits, glued forms left out"
EV = "router._event_lengths_out: a length apart from the router's verbs dropped from an edit"
LP = "account._an_events_length / _a_part_alone"
NP = "'new' + colon, _TAKES_OF_A_PIECE, Portuguese 'outro'"
AG = "AGAIN / _PLAYBACK additions beside a cut, an extension, a fade"
LY = "lyrics: unmarked first section, ca/es, _UNMARKED, a style's language"
RS = "read._RESTATED bars in seconds; _past_the_longest"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def sung_new(has: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "lyrics_has": [has], "ask_ok": True, **kw}


def lang(name: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "ask_ok": True, "tags_text": [f"{name} vocal"], **kw}


def cut(**kw: Any) -> dict[str, Any]:
    """The free fades and cuts of the open track, a question allowed."""
    return free(ask_ok=True, **kw)


def takes(n: int, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "takes": n, "ask_ok": True, **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) counts in a sentence of their own, where they are the takes (in words the tables lack)
    (AC, None, "Make a 30 second jingle for my bakery. I'd like 3 alternatives to choose from.", takes(3)),
    (AC, None, "Fais-moi un jingle de 30 secondes pour ma boulangerie. J'aimerais 3 propositions.", takes(3)),
    (AC, None, "Hazme una cuña de 20 segundos para la radio. Quiero 3 propuestas para elegir.", takes(3)),
    (AC, None, "Mach einen 30-Sekunden-Jingle für unseren Laden. Ich hätte gern 3 Entwürfe.", takes(3)),
    (AC, None, "Maak een jingle van 30 seconden voor de bakkerij. Graag 3 voorstellen.", takes(3)),
    (AC, None, "Zrób dżingiel na 30 sekund dla piekarni. Poproszę 3 propozycje.", takes(3)),
    (AC, None, "Udělej znělku na 30 sekund pro pekárnu. Chci 3 návrhy.", takes(3)),
    (AC, None, "Csinálj egy 30 másodperces reklámzenét a pékségnek. Kérek 3 javaslatot.", takes(3)),
    (AC, None, "Fırın için 30 saniyelik bir jingle yap. 3 alternatif istiyorum.", takes(3)),
    (AC, None, "Buatkan jingle 30 detik untuk toko roti. Saya mau 3 pilihan.", takes(3)),
    (AC, None, "Làm giúp mình một đoạn nhạc quảng cáo 30 giây. Cho mình 3 lựa chọn nhé.", takes(3)),
    (AC, None, "Сделай джингл на 30 секунд для пекарни. Нужно 3 наброска.", takes(3)),
    (AC, None, "Gör en jingle på 30 sekunder till bageriet. Jag vill ha 3 utkast.", takes(3)),
    (AC, None, "Gawan mo ako ng 30 segundong jingle para sa bakery. Gusto ko ng 3 pagpipilian.", takes(3)),
    (AC, L, "Regenerate 0:40-0:50, the guitar is out of tune. Give me 3 tries.", inp(40, 50, takes=3, ask_ok=True)),
    # ... a glued count ('3-at': three of it)
    (AC, None, "Csinálj egy 30 másodperces jinglet, 3-at kérek belőle", takes(3)),
    # ... a bare fade length in a sentence of its own
    (AC, L, "Add a fade out at the end. 8 feels about right.", cut(fade_out_s=8)),
    (AC, L, "Blende das Ende bitte aus. 8 reichen völlig.", cut(fade_out_s=8)),
    (AC, L, "Pon un fade out al final. Con 8 basta y sobra.", cut(fade_out_s=8)),
    (AC, L, "Mets un fondu de sortie à la fin. 8 suffiront largement.", cut(fade_out_s=8)),
    (AC, L, "Coloca um fade out no final. Uns 8 tá ótimo.", cut(fade_out_s=8)),
    (AC, L, "Сделай затухание в конце. 8 вполне хватит.", cut(fade_out_s=8)),
    # ... milliseconds, four digits
    (AC, L, "Fade out the end over 1500 ms", cut(fade_out_s=1.5)),
    (AC, L, "Fade-in de 2500 ms al principio", cut(fade_in_s=2.5)),
    # (controls: the story's counts beside a whole plan)
    (AC, None, "Make a 2 minute birthday song for Anna. She turns 30 tomorrow.", nw(120)),
    (AC, None, "Order number 4471: a 30 second jingle for our bakery, upbeat", nw(30)),
    (AC, None, "Un jingle de 30 secondes, joyeux. Nous sommes 12 collègues dans l'équipe.", nw(30)),
    (AC, None, "Make a 30 second jingle, 3 takes please", takes(3, duration=30)),
    # --- (2) a length in a sentence without a router verb, beside an edit with its own: corrections, other sides,
    # totals, 'match the video'
    (EV, 120, "Add 10 seconds at the end. Sorry, I meant 20 seconds.", ext(0, 20, ask_ok=True)),
    (EV, 120, "Alarga el final 10 segundos. Perdón, quise decir 20 segundos.", ext(0, 20, ask_ok=True)),
    (EV, 120, "Verlängere das Ende um 10 Sekunden. Nein, lieber 20 Sekunden.", ext(0, 20, ask_ok=True)),
    (EV, 120, "Rallonge la fin de 10 secondes. Non, plutôt 20 secondes.", ext(0, 20, ask_ok=True)),
    (EV, 120, "Удлини конец на 10 секунд. Хотя нет, лучше на 20 секунд.", ext(0, 20, ask_ok=True)),
    (EV, 120, "Sonunu 10 saniye uzat. Pardon, 20 saniye olacak.", ext(0, 20, ask_ok=True)),
    (EV, 120, "आखिर में 10 सेकंड जोड़ो। नहीं, 20 सेकंड।", ext(0, 20, ask_ok=True)),
    (EV, 120, "أضف 10 ثوان في النهاية. لا، 20 ثانية.", ext(0, 20, ask_ok=True)),
    (EV, 120, "最后加10秒。不对，20秒。", ext(0, 20, ask_ok=True)),
    (EV, 120, "最後に10秒足して。いや、20秒で。", ext(0, 20, ask_ok=True)),
    (EV, 120, "끝에 10초 추가해줘. 아니 20초.", ext(0, 20, ask_ok=True)),
    (EV, 120, "Tambah 10 detik di akhir. Eh, maksudnya 20 detik.", ext(0, 20, ask_ok=True)),
    (EV, 120, "Πρόσθεσε 10 δευτερόλεπτα στο τέλος. Όχι, 20 δευτερόλεπτα.", ext(0, 20, ask_ok=True)),
    (EV, L, "Cut the last 10 seconds. Oops, 15 seconds.", cut(trim_end_s=15)),
    (EV, L, "Klipp bort de sista 10 sekunderna. Nej förresten, 15 sekunder.", cut(trim_end_s=15)),
    (EV, L, "Ustřihni posledních 10 sekund. Vlastně 15 sekund.", cut(trim_end_s=15)),
    (EV, L, "Обріж останні 10 секунд. Ой, ні, 15 секунд.", cut(trim_end_s=15)),
    (EV, L, "Отрежи последните 10 секунди. Не, 15 секунди.", cut(trim_end_s=15)),
    # ... the other side in a sentence of its own
    (EV, 120, "Add 30 seconds at the end. And maybe 10 seconds in front too.", ext(10, 30, ask_ok=True)),
    (EV, 120, "Añade 30 segundos al final. Y por delante otros 10 segundos.", ext(10, 30, ask_ok=True)),
    (EV, 120, "Hänge hinten 30 Sekunden an. Und vorne noch 10 Sekunden.", ext(10, 30, ask_ok=True)),
    (EV, L, "Cut the first 10 seconds. The last 5 seconds as well.", cut(trim_start_s=10, trim_end_s=5)),
    (EV, L, "Corta los primeros 10 segundos. Los últimos 5 segundos también.", cut(trim_start_s=10, trim_end_s=5)),
    # ... a whole or another thing's length the edit must reach
    (
        EV,
        L,
        "Add 10 seconds of silence at the start. The whole thing should come to 3 minutes 30 seconds.",
        ext(10, 20, ask_ok=True),
    ),
    (EV, L, "Extend it at the end by 20 seconds. Altogether 3 minutes 40 seconds.", ASK),
    (EV, L, "Alarga el final 20 segundos. En total tiene que durar 3 minutos y 40 segundos.", ASK),
    (EV, L, "Fade in over 5 seconds at the start. The clip is 3 minutes 20 seconds, make the track match it.", ASK),
    (EV, L, "Add 20 seconds at the end, it has to run 12 minutes in the background at the shop", ASK),
    # ... the window's length in a sentence of its own
    (EV, L, "Regenerate the part from 1:00. It should go for 15 seconds.", inp(60, 75, ask_ok=True)),
    (EV, L, "Regenera desde el 1:00. Que dure unos 15 segundos.", inp(60, 75, ask_ok=True)),
    # (controls)
    (EV, 120, "The clip is 2 minutes. Extend the track at the end by 20 seconds.", ext(0, 20, ask_ok=True)),
    (EV, 120, "Coloca mais 25 segundos no final. O evento tem 2 horas.", ext(0, 25)),
    (
        EV,
        L,
        "Add 5 seconds to the start. The video is 3 minutes 15 seconds, so pad the end to match.",
        ext(5, 10, ask_ok=True),
    ),
    # --- (3) a long piece's length said of something else; a part of a song with no track
    (LP, None, "I need background music for studying. Length: 20 minutes.", nw(1200)),
    (LP, None, "Une musique d'ambiance pour mon café. Durée : 30 minutes.", nw(1800)),
    (LP, None, "Música relajante para dormir. Duración: 1 hora.", nw(3600)),
    (LP, None, "Entspannungsmusik mit Klavier bitte. Länge: 15 Minuten.", nw(900)),
    (LP, None, "Our yoga class lasts 45 minutes. Make a calm 3 minute intro piece for it.", nw(180)),
    (LP, None, "Necesito 10 minutos de lluvia suave con piano.", nw(600)),
    (LP, None, "Escribe un estribillo pegadizo sobre el verano", {"tool": NEW}),
    (LP, None, "Compose a chorus about summer love", {"tool": NEW}),
    (LP, None, "uprav refrén, je moc dlouhý", ASK),
    # --- (4) 'new' and a colon beside the open track; takes of a piece; Portuguese 'outro'
    (NP, L, "New lyrics: 'I walk alone tonight' for the part at 0:30-0:50", inp(30, 50, ask_ok=True)),
    (NP, L, "Neuer Text: „ich gehe heute allein“ für 0:30 bis 0:50", inp(30, 50, ask_ok=True)),
    (NP, L, "Nova letra: 'eu ando sozinho hoje' no trecho de 0:30 a 0:50", inp(30, 50, ask_ok=True)),
    (NP, L, "Новый текст: «я иду один сегодня» на участке 0:30–0:50", inp(30, 50, ask_ok=True)),
    (NP, 120, "New idea: extend the end by 20 seconds", ext(0, 20, ask_ok=True)),
    (NP, L, "New plan: cut the last 10 seconds", cut(trim_end_s=10)),
    (NP, 120, "Nuova idea: allunga il finale di 20 secondi", ext(0, 20, ask_ok=True)),
    (NP, L, "New ending: fade out over the last 10 seconds", cut(fade_out_s=10)),
    (NP, 120, "Neues Intro: 10 Sekunden Klavier davor", ext(10, 0, ask_ok=True)),
    (NP, 120, "Новое вступление: добавь 10 секунд пианино в начале", ext(10, 0, ask_ok=True)),
    (NP, 120, "Nieuw einde: 15 seconden langer, rustig uitfaden", ext(0, 15, ask_ok=True)),
    (NP, L, "Ny version: klipp bort de sista 10 sekunderna", cut(trim_end_s=10)),
    (NP, 120, "नया आइडिया: आखिर में 20 सेकंड जोड़ो", ext(0, 20, ask_ok=True)),
    (NP, 120, "Wazo jipya: ongeza sekunde 20 mwishoni", ext(0, 20, ask_ok=True)),
    # ... takes of a piece made out of the open track
    (NP, L, "Make 2 versions of a 30 second ringtone out of this song", {"tool_not": NEW, "ask_ok": True}),
    (NP, L, "2 takes of a 20 second loop of my chorus, please", {"tool_not": NEW, "ask_ok": True}),
    (NP, L, "Haz 2 versiones de un tono de 30 segundos con esta canción", {"tool_not": NEW, "ask_ok": True}),
    (NP, L, "Fais 2 versions d'une sonnerie de 30 secondes avec ce morceau", {"tool_not": NEW, "ask_ok": True}),
    (NP, L, "Faz 2 versões de um toque de 30 segundos com essa música", {"tool_not": NEW, "ask_ok": True}),
    (NP, L, "Сделай 2 версии трека на 30 секунд из этой песни", {"tool_not": NEW, "ask_ok": True}),
    (NP, L, "Maak 2 versies van een ringtone van 30 seconden uit dit nummer", {"tool_not": NEW, "ask_ok": True}),
    (NP, L, "Lav 2 versioner af en ringetone på 30 sekunder ud fra sangen", {"tool_not": NEW, "ask_ok": True}),
    (NP, L, "2 versions of a radio edit, 1 minute each, keep the intro", {"tool_not": NEW, "ask_ok": True}),
    (NP, L, "Faz 2 versões de um corte de 30 segundos desse áudio pro Instagram", {"tool_not": NEW, "ask_ok": True}),
    (NP, L, "Buat 2 versi lagu ini, masing-masing 1 menit", {"tool_not": NEW, "ask_ok": True}),
    # ... Portuguese 'outro' (another, or the section)
    (NP, L, "Faz um outro: fade lento de 10 segundos no final", {"tool_not": NEW, "ask_ok": True}),
    (NP, L, "Agora outro refrão, mais animado, no 1:00-1:20", inp(60, 80, ask_ok=True)),
    (NP, 120, "Bora um outro: 20 segundos de guitarra depois do fim", ext(0, 20, ask_ok=True)),
    # (controls)
    (NP, L, "Quero uma outra: samba de 1 minuto", nw(60)),
    (NP, L, "Agora outra, mas de 2 minutos e só violão", nw(120)),
    (NP, L, "а теперь новый: жёсткий металл, 2 минуты", nw(120)),
    # --- 'once more' and playback words beside a cut, an extension or a fade
    (AG, L, "Córtale otra vez los últimos 5 segundos, sigue largo", cut(trim_end_s=5)),
    (AG, L, "Пак е твърде дълго, отрежи последните 10 секунди", cut(trim_end_s=10)),
    (AG, L, "Поново је предугачко, скрати последњих 10 секунди", cut(trim_end_s=10)),
    (AG, L, "Ponovi refren na kraju, neka pjesma traje duže", {"tool_not": IN, "ask_ok": True}),
    (AG, L, "Ще раз: обріж останні 10 секунд", cut(trim_end_s=10)),
    (AG, 120, "Подовж кінець ще раз на 10 секунд", ext(0, 10, ask_ok=True)),
    (AG, L, "Vágd le még egyszer az utolsó 5 másodpercet", cut(trim_end_s=5)),
    (AG, 120, "Kun je nog eens 10 seconden aan het eind toevoegen?", ext(0, 10, ask_ok=True)),
    (AG, L, "Knip nog een keer de laatste 5 seconden eraf", cut(trim_end_s=5)),
    (AG, L, "Klipp bort de siste 5 sekundene på nytt", cut(trim_end_s=5)),
    (AG, 120, "Lengdu endann aftur um 10 sekúndur", ext(0, 10, ask_ok=True)),
    (AG, L, "Dar kartą nukirpk paskutines 5 sekundes", cut(trim_end_s=5)),
    (AG, L, "Rudia kiitikio mara mbili mwishoni", {"tool_not": IN, "ask_ok": True}),
    (AG, L, "ਫਿਰ ਤੋਂ ਆਖਰੀ 10 ਸਕਿੰਟ ਕੱਟ ਦਿਓ", cut(trim_end_s=10)),
    (AG, 120, "Posłuchaj, przedłuż końcówkę o 20 sekund", ext(0, 20)),
    (AG, 120, "Luister, maak het einde 20 seconden langer", ext(0, 20)),
    (AG, 120, "Hlustaðu, lengdu endann um 20 sekúndur", ext(0, 20)),
    (AG, 120, "Чуй, удължи края с 20 секунди", ext(0, 20)),
    # (controls)
    (AG, L, "Otra vez los últimos 10 segundos, que suenan raro", inp(170, 180, ask_ok=True)),
    (AG, L, "ще раз останні 15 секунд, там фальшиво", inp(165, 180, ask_ok=True)),
    # --- (5) lyrics: an unmarked first section, Catalan vs Spanish, marked letters in unmarked languages, a
    # style's language
    (
        LY,
        None,
        "Make a 2 minute ballad, the lyrics are below\nslow tempo, soft piano\nfemale voice please\n[Chorus]\n"
        "Hold me close tonight\nnever let me go",
        {"tool": NEW, "lyrics_lacks": ["female voice please", "soft piano"], "ask_ok": True},
    ),
    (
        LY,
        None,
        "Mach eine Ballade, 2 Minuten, hier der Text\nlangsam und traurig, nur Klavier\n[Refrain]\n"
        "Halt mich fest heut Nacht\nlass mich nie mehr gehn",
        {"tool": NEW, "lyrics_lacks": ["nur Klavier"], "ask_ok": True},
    ),
    (
        LY,
        None,
        "Hazme una balada de 2 minutos con esta letra\nvoz femenina, muy suave\n[Chorus]\nNo me dejes ir\nquédate aquí",
        {"tool": NEW, "lyrics_lacks": ["voz femenina"], "ask_ok": True},
    ),
    (
        LY,
        None,
        "Fais une chanson de 2 minutes avec ces paroles\nstyle folk, guitare acoustique\n[Chorus]\n"
        "Reste avec moi ce soir\nla nuit est douce",
        {"tool": NEW, "lyrics_lacks": ["guitare acoustique"], "ask_ok": True},
    ),
    (
        LY,
        None,
        "발라드 만들어줘 가사는\n피아노 반주로 잔잔하게\n[Chorus]\n너를 사랑해\n영원히",
        {"tool": NEW, "lyrics_lacks": ["피아노 반주로"], "ask_ok": True},
    ),
    (
        LY,
        None,
        "Make a 2 minute ballad, the lyrics are\nyour name I call\nin the silent sky\n[Chorus]\nI miss you",
        sung_new("your name I call"),
    ),
    # ... Catalan and Spanish
    (
        LY,
        None,
        "Fes-me una rumba de 2 minuts, lletra: 'Ay, mi vida, ven conmigo que la noche es nuestra'",
        lang("spanish"),
    ),
    (LY, None, "Fes una cançó de 2 minuts, lletra: 'Quan surti el sol tornarem a ballar'", lang("catalan")),
    (LY, None, "Hazme una rumba catalana de 2 minutos, letra: 'Tu ets la meva vida, el meu sol'", lang("catalan")),
    (LY, None, "Canción de 2 minutos, letra: 'Eres el sol de mi vida, mi amor'", lang("spanish")),
    # ... a name with a marked letter in lyrics of a language that writes none
    (
        LY,
        None,
        "Tengeneza wimbo wa dakika 2 kwa harusi, maneno: 'Nakupenda Ayşe, moyo wangu ni wako milele'",
        {"tool": NEW, "tags_text_not": ["turkish vocal"], "ask_ok": True},
    ),
    (
        LY,
        None,
        "Buat lagu 2 menit, lirik: 'Aku rindu kamu Łucja, di kota Kraków yang dingin'",
        {"tool": NEW, "tags_text_not": ["polish vocal"], "ask_ok": True},
    ),
    (
        LY,
        None,
        "Buat lagu 2 minit, lirik: 'Sayangku Şebnem, jangan pergi dari hatiku'",
        {"tool": NEW, "tags_text_not": ["turkish vocal"], "ask_ok": True},
    ),
    (
        LY,
        None,
        "Gawa ka ng kanta na 2 minuto, lyrics: 'Mahal kita Dương, ikaw ang aking mundo'",
        {"tool": NEW, "tags_text_not": ["vietnamese vocal"], "ask_ok": True},
    ),
    (
        LY,
        None,
        "2 minute pop song, lyrics: 'Dancing with you in Gdańsk under the northern lights'",
        {"tool": NEW, "tags_text_not": ["polish vocal"], "ask_ok": True},
    ),
    # ... a style's language beside lyrics written in that language's romanisation
    (LY, None, "J-pop song, 2 minutes, lyrics: 'Kimi no koto ga suki da yo, zutto issho ni ite'", lang("japanese")),
    (
        LY,
        None,
        "Bollywood song, 2 minutes, lyrics: 'Tujhe dekha to ye jaana sanam, pyaar hota hai deewana sanam'",
        lang("hindi"),
    ),
    (LY, None, "K-pop, 2 minutes, lyrics: 'Saranghae neol saranghae, naega jikyeojulge'", lang("korean")),
    (LY, None, "Bossa nova de 2 minutos, letra: 'Olha que coisa mais linda, mais cheia de graça'", lang("portuguese")),
    (LY, None, "Anime opening, 90 seconds, lyrics: 'Sasageyo sasageyo shinzou wo sasageyo'", lang("japanese")),
    (LY, None, "Khaleeji song 2 minutes, lyrics: 'Habibi ya nour el ain, ya sakin khayali'", lang("arabic")),
    # (controls)
    (LY, None, "Chanson de 2 minutes, paroles : 'Je ne regrette rien, la vie est belle'", lang("french")),
    (LY, None, "K-pop song in English, 2 minutes, lyrics: 'You are my star tonight, shining bright'", lang("english")),
    # --- bars said again in seconds; the longest extension
    (RS, 120, "Add 8 bars at the start (120 BPM), and also 16 seconds at the end", ext(16, 16, ask_ok=True)),
    (RS, 120, "Aggiungi 8 battute all'inizio a 120 BPM, quindi 16 secondi anche alla fine", ext(16, 16, ask_ok=True)),
    (RS, 120, "Vorne 8 Takte dran bei 120 BPM, hinten also auch 16 Sekunden", ext(16, 16, ask_ok=True)),
    (RS, 120, "Voeg 8 maten toe aan het begin op 120 BPM, dus ook 16 seconden aan het eind", ext(16, 16, ask_ok=True)),
    (RS, 120, "Adiciona 8 compassos no início a 120 BPM, então 16 segundos de fade no final", ASK),
    # (controls)
    (RS, 120, "Add 8 bars at the start at 120 BPM, so 16 seconds", ext(16, 0)),
    (RS, 120, "Añade 8 compases al principio a 120 BPM, o sea 16 segundos", ext(16, 0)),
    (RS, 120, "Başa 8 ölçü ekle, 120 BPM, yani 16 saniye; sona da 16 saniye ekle", ext(16, 16)),
    (RS, 3000, "Extend the end by 20 minutes, it's for a long DJ set", ASK),
]


if __name__ == "__main__":
    main(PROBES, __file__)
