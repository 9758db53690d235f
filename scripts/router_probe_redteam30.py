"""Red-team probe (redteam30) of the router rules changed in d512e5e..eb8e3eb ('Router, from blind sets 87 to 95'),
hunting SILENT WRONG plans: a plan made without a question whose tool or a certain argument is wrong, and questions
newly asked where the answer was obvious (verdict ASKED).

The rules under attack: (1) account._a_setting_alone: a new piece with no style, length or lyrics whose words name a
tempo, speed, key, pitch or middle is asked for its track: its words are also everyday words (Italian and Portuguese
'tempo' is time, Spanish 'medio ambiente', Turkish 'ortam', Russian 'скорость', Chinese '节奏' for a rhythm asked of a
new piece), and the same change said in verbs its list lacks ('acelera la canción', 'ускорь песню', '把歌加快') is
still a paid render of the request's words; (2) read._TYPED_MSS / _typed_mss ('1m5-1m20', '1min30', '2 min 30,'),
and French '1mn30' which it does not read; (3) shaping._ALL_AFTER ('everything after 2 minutes' as a point): the
article lists ('después de los', 'dopo i', 'depois dos', Dutch 'na'), 'všechno', 'усе', postpositions, and
'everything after N' said of what stays; (4) the 'nor' change in _negation_shared: a word between 'nor' and the first
item ('ni el piano ni la guitarra', 'neither the piano nor the guitar', 'weder das Klavier noch …'), a first item
refused in words _NOR_BEFORE lacks ('nothing like rock nor metal', 'لا بيانو ولا جيتار'); (5) takes of a piece with a
style named and no length beside the open track ('hazme 2 versiones de una cumbia') where the takes are made from the
track ('of it', 'with my vocals', 'del tema', 'davon'); (6) _DIFFERING additions: 'one for each', Tagalog 'isang …
isang' and Malay/Indonesian 'satu … satu' where the second is 'one minute'; (7) _QUOTED_ANNOUNCE 'que … diga' where
someone else says the quote ('que la gente diga 'wow''); (8) _IN_AFTER romanised 'me', 'te', 'ma' after a language
name in Spanish, Portuguese and Italian ('inglese ma cantata in italiano'), _IN_BEFORE 'pa', _SUNG lyric words said
refused ('angol szöveg nélkül', 'sans paroles anglaises'); (9) lyrics: Hindi words Nepali writes too ('के', 'ना',
'की'), Polish neighbour words German writes ('sie'); (10) table words: Azerbaijani 'tarla', 'tarda' (a field in
Turkish, the afternoon in Catalan, late in Italian), English 'nobody singing' in a story, Catalan 'un altre / una altra'
beside the open track, the colloquial 'نص', the new last-N and again words, bitrates after 'pe'.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam30.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, NEW, ext, free, inp, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0

SA = "account._a_setting_alone: tempo/speed/key/middle words and no style, length or lyrics"
TM = "read._TYPED_MSS: minutes and seconds typed on a phone"
AA = "shaping._ALL_AFTER: 'everything after N' as a point"
NR = "_negation_shared 'nor' after a style that is the piece's"
TK = "takes of a piece, a style named and no length, track open"
DF = "account._DIFFERING: 'one for each', 'isang … isang', 'satu … satu'"
QA = "read._QUOTED_ANNOUNCE 'que … diga'"
IL = "languages._IN_BEFORE/_IN_AFTER romanised, _SUNG lyric words"
LY = "lyrics: Hindi/Nepali words, Polish neighbour words"
TW = "table words: tar, nobody singing, Catalan 'altra', نص, last-N, again, bitrate"

GUITARS = ["guitar", "acoustic guitar", "electric guitar"]


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def new_sure(**kw: Any) -> dict[str, Any]:
    """A new piece, plainly: a question is a miss."""
    return {"tool": NEW, **kw}


def lang(name: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "ask_ok": True, "tags_text": [f"{name} vocal"], **kw}


def cut(**kw: Any) -> dict[str, Any]:
    return free(ask_ok=True, **kw)


def takes(n: int, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "takes": n, "ask_ok": True, **kw}


def not_new(**kw: Any) -> dict[str, Any]:
    """Anything but a paid new piece (a question allowed)."""
    return {"tool_not": NEW, "ask_ok": True, **kw}


def refused(*tags: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "ask_ok": True, "tags_not": list(tags), **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) _a_setting_alone: everyday words that are also a tempo, middle or key, for a plain new piece
    (SA, None, "Scrivimi qualcosa sul tempo che passa e sui ricordi", new_sure()),
    (SA, None, "Me faz um som sobre o tempo que não volta mais", new_sure()),
    (SA, None, "Algo sobre el medio ambiente para el acto del cole", new_sure()),
    (SA, None, "Write me something about the key to my heart", new_sure()),
    (SA, None, "Compose something for my elevator pitch", new_sure()),
    (SA, None, "Сделай что-нибудь про скорость и свободу", new_sure()),
    (SA, None, "Arkadaş ortamı için bir şeyler yap", new_sure()),
    (SA, None, "来一段节奏感强的音乐", new_sure()),
    (SA, None, "ขอเพลงจังหวะสนุกๆ หน่อย", new_sure()),
    (SA, None, "Something with a slow tempo to fall asleep to", new_sure()),
    (SA, None, "Algo con un tempo lento para dormir a mi bebé", new_sure()),
    (SA, None, "Music for a road trip through the middle of nowhere", new_sure()),
    (SA, None, "Schreib mir was über die Mitte des Lebens", new_sure()),
    (SA, None, "템포 빠른 노래 만들어줘", new_sure()),
    (SA, None, "テンポのいい曲を作って", new_sure()),
    # ... the same change to a track in verbs its list lacks, no track open: a paid render of the words
    (SA, None, "Acelera la canción un poco", ASK),
    (SA, None, "Ralentiza la canción", ASK),
    (SA, None, "Beschleunige den Song ein bisschen", ASK),
    (SA, None, "Accélère la chanson", ASK),
    (SA, None, "Ускорь песню", ASK),
    (SA, None, "Przyspiesz piosenkę", ASK),
    (SA, None, "Sube el tono de la canción", ASK),
    (SA, None, "Baixa o tom da música", ASK),
    (SA, None, "Transpose the song up two semitones", ASK),
    (SA, None, "把歌加快一点", ASK),
    (SA, None, "노래 속도 올려줘", ASK),
    # (controls: the rule's own)
    (SA, None, "speed up the song", ASK),
    (SA, None, "Lower the key of the song", ASK),
    (SA, None, "Make a 2 minute song with a faster tempo", nw(120)),
    # --- (2) _TYPED_MSS
    (TM, L, "Regenera de 1m5 a 1m20", inp(65, 80)),
    (TM, L, "redo 1m05-1m20", inp(65, 80)),
    (TM, L, "Regenerate 1m30 to 2m", inp(90, 120, ask_ok=True)),
    (TM, L, "rifai da 1min30 a 1min45, 2 takes", inp(90, 105, takes=2, ask_ok=True)),
    (TM, None, "Make a 2min30 lofi track", nw(150)),
    (TM, None, "Faz um lofi de 2 min 30, sem voz", nw(150, inst=True)),
    (TM, None, "2m30s synthwave, no vocals", nw(150, inst=True)),
    (TM, None, "Generate 2 takes of a 1m30 jingle for my shop", takes(2, duration=90)),
    (TM, None, "Fais un jingle de 1mn30 pour ma boulangerie", nw(90)),
    (TM, None, "Make a 3 min 50 bpm ambient piece", nw(180)),
    (TM, None, "Make a 2 min 45 song, lyrics: 'meet me at the river'", nw(165)),
    (TM, None, "Make a hype track for hitting 1m subs, 2 min", nw(120)),
    (TM, L, "Cut the first 1m30", cut(trim_start_s=90)),
    (TM, L, "corta los últimos 1m30", cut(trim_end_s=90)),
    (TM, L, "trim 1m30 off the end", cut(trim_end_s=90)),
    (TM, L, "Extend the end by 1m30", ext(0, 90, ask_ok=True)),
    (TM, L, "Add 1m30 at the start", ext(90, 0, ask_ok=True)),
    (TM, L, "Cut everything after 2 min 30", cut(trim_end_s=30)),
    (TM, L, "Fade out the last 1m", cut(fade_out_s=60)),
    (TM, L, "ultimi 1min20 da rifare", inp(100, 180, ask_ok=True)),
    # --- (3) _ALL_AFTER
    (AA, L, "Cut everything after 2 minutes", cut(trim_end_s=60)),
    (AA, L, "Coupe tout ce qui vient après 2 minutes", cut(trim_end_s=60)),
    (AA, L, "Supprime tout ce qu'il y a après 2 minutes", cut(trim_end_s=60)),
    (AA, L, "Corta todo lo que viene después de los 2 minutos", cut(trim_end_s=60)),
    (AA, L, "Corta todo después de 2 minutos", cut(trim_end_s=60)),
    (AA, L, "Taglia tutto dopo i 2 minuti", cut(trim_end_s=60)),
    (AA, L, "Corta tudo depois dos 2 minutos", cut(trim_end_s=60)),
    (AA, L, "Knip alles na 2 minuten weg", cut(trim_end_s=60)),
    (AA, L, "Schneide alles nach 2 Minuten ab", cut(trim_end_s=60)),
    (AA, L, "Обрежь всё после 2 минут", cut(trim_end_s=60)),
    (AA, L, "Обріж усе після 2 хвилин", cut(trim_end_s=60)),
    (AA, L, "Wytnij wszystko po 2 minutach", cut(trim_end_s=60)),
    (AA, L, "Ustřihni všechno po 2 minutách", cut(trim_end_s=60)),
    (AA, L, "Klipp bort allt efter 2 minuter", cut(trim_end_s=60)),
    (AA, L, "Klip alt efter 2 minutter væk", cut(trim_end_s=60)),
    (AA, L, "Leikkaa kaikki 2 minuutin jälkeen pois", cut(trim_end_s=60)),
    (AA, L, "2 dakikadan sonrasını tamamen kes", cut(trim_end_s=60)),
    (AA, L, "把2分钟之后的全部剪掉", cut(trim_end_s=60)),
    (AA, L, "2分以降を全部カットして", cut(trim_end_s=60)),
    (AA, L, "Remove everything past the 2 minute mark", cut(trim_end_s=60)),
    (AA, L, "Cut everything after the first 2 minutes", cut(trim_end_s=60)),
    (AA, L, "Delete all of it after 2 minutes", cut(trim_end_s=60)),
    (AA, L, "Fade out everything after 2 minutes", cut(fade_out_s=60)),
    # ... 'everything after N' said of what stays
    (AA, L, "Cut the intro; everything after 15 seconds stays", cut(trim_start_s=15, trim_end_s=None)),
    (AA, L, "Coupe l'intro, tout ce qui vient après 15 secondes reste", cut(trim_start_s=15, trim_end_s=None)),
    (
        AA,
        L,
        "Everything gets good after 30 seconds, so cut the first 30 seconds",
        cut(trim_start_s=30, trim_end_s=None),
    ),
    (AA, L, "Quita la intro: todo lo que va después de 20 segundos se queda", cut(trim_start_s=20, trim_end_s=None)),
    # --- (4) 'nor'
    (NR, None, "Une chanson pop de 2 minutes, ni guitare ni batterie", refused(*GUITARS, "drums", tags_has=["pop"])),
    (NR, None, "Поп песня на 2 минуты, ни гитары, ни барабанов", refused(*GUITARS, "drums", tags_has=["pop"])),
    (NR, None, "Ein Popsong, 2 Minuten, weder Klavier noch Gitarre", refused("piano", *GUITARS, tags_has=["pop"])),
    (NR, None, "Una cumbia de 2 minutos, ni acordeón ni trompeta", refused("accordion", "trumpet")),
    (NR, None, "A 2 minute rock song, no vocals nor keyboards", refused("keyboards", "keyboard", inst=True)),
    (NR, None, "Una balada de 2 minutos, ni el piano ni la guitarra", refused("piano", *GUITARS)),
    (NR, None, "Une chanson folk de 2 minutes, mais ni le piano ni la guitare", refused("piano", *GUITARS)),
    (NR, None, "Una canzone di 2 minuti, né il pianoforte né la chitarra", refused("piano", *GUITARS)),
    (NR, None, "A 2 minute lullaby with neither the piano nor the guitar", refused("piano", *GUITARS)),
    (NR, None, "Ein Schlaflied, 2 Minuten, weder das Klavier noch die Gitarre", refused("piano", *GUITARS)),
    (NR, None, "Песня на 2 минуты, ни громких барабанов, ни гитары", refused("drums", *GUITARS)),
    (NR, None, "A 2 minute song, nothing like rock nor metal", refused("rock", "metal")),
    (NR, None, "A 2 minute song that isn't rock nor metal", refused("rock", "metal")),
    (NR, None, "A 2 minute jazz tune, not piano nor sax", refused("piano", "saxophone", "sax")),
    (NR, None, "Uma música de 2 minutos, nem piano nem guitarra", refused("piano", *GUITARS)),
    (NR, None, "2 dakikalık bir şarkı, ne piyano ne gitar olsun", refused("piano", *GUITARS)),
    (NR, None, "أغنية مدتها دقيقتان، لا بيانو ولا جيتار", refused("piano", *GUITARS)),
    (NR, None, "Un morceau électro de 2 minutes, pas de piano ni de guitare", refused("piano", *GUITARS)),
    (NR, None, "Piosenka na 2 minuty, ani pianina, ani gitary", refused("piano", *GUITARS)),
    (NR, None, "Une chanson de 2 minutes qui n'est ni rock ni métal", refused("rock", "metal")),
    # --- (5) takes of a piece with a style named and no length, the track open
    (TK, L, "Hazme 2 versiones de una cumbia", takes(2)),
    (TK, L, "Faz 2 takes de um samba", takes(2)),
    (TK, L, "Hazme 2 versiones de una cumbia con esta melodía", not_new()),
    (TK, L, "Make 2 versions of a reggae remix of it", not_new()),
    (TK, L, "Give me 3 versions of an acoustic cover of it", not_new()),
    (TK, L, "2 takes of a jazz cover with my vocals", not_new()),
    (TK, L, "Make 2 versions of a trap beat over the same melody", not_new()),
    (TK, L, "Fais 2 versions d'un reggae avec la même mélodie", not_new()),
    (TK, L, "Faz 2 takes de um samba com a mesma letra", not_new()),
    (TK, L, "Mach 2 Versionen von einem Techno-Remix davon", not_new()),
    (TK, L, "Dame 2 versiones de un remix en reggaetón del tema", not_new()),
    (TK, L, "Haz 2 versiones de una salsa usando la voz original", not_new()),
    (TK, L, "Make 2 versions of a lofi edit, keep the vocals", not_new()),
    (TK, L, "Dammi 2 versioni di una bossa nova con questa voce", not_new()),
    (TK, L, "2 takes of a jazz cover of my track", not_new()),
    (TK, L, "Hazme 2 versiones de una cumbia para el estribillo", not_new()),
    (TK, L, "Csinálj 2 verziót egy rock feldolgozásból", not_new()),
    # --- (6) _DIFFERING
    (DF, None, "Gawa ka ng 2 bersyon ng isang kanta na isang minuto", new_sure(takes=2, duration=60)),
    (DF, None, "Gumawa ng 2 bersyon ng isang jingle na isang minuto para sa tindahan", new_sure(takes=2, duration=60)),
    (DF, None, "Buatkan 2 versi jingle satu menit untuk satu toko kue", new_sure(takes=2, duration=60)),
    (DF, None, "Buat 3 versi satu lagu jingle satu minit", new_sure(takes=3, duration=60)),
    (DF, None, "Make a 1 minute lullaby, 2 takes, one for each twin", takes(2, duration=60)),
    (DF, None, "Gör 4 versioner av en låt på 1 minut, en för varje årstid", ASK),
    (DF, None, "Bikin 2 versi lagu 1 menit ya", takes(2, duration=60)),
    # --- (7) 'que … diga': someone else says the quote
    (
        QA,
        None,
        "Un jingle de 30 segundos para la panadería. Quiero que mi jefe diga 'perfecto' al oírlo.",
        nw(30, lyrics_lacks=["perfecto"]),
    ),
    (QA, None, "Quiero un jingle de 30 segundos que haga que la gente diga 'wow'", nw(30, lyrics_lacks=["wow"])),
    (QA, None, "Una canción de 2 minutos tan buena que nadie diga 'aburrido'", nw(120, lyrics_lacks=["aburrido"])),
    (
        QA,
        None,
        "Une chanson de 2 minutes qui fasse que tout le monde dise « encore ! »",
        nw(120, lyrics_lacks=["encore"]),
    ),
    (QA, None, "Un jingle di 30 secondi che chi lo ascolta dica 'buonissimo!'", nw(30, lyrics_lacks=["buonissimo"])),
    # (controls)
    (QA, None, "Una canción de 1 minuto que en el coro diga 'feliz cumple, Ana'", nw(60, lyrics_has=["feliz cumple"])),
    (QA, None, "Uma música de 1 minuto que no refrão diga 'te amo, Bia'", nw(60, lyrics_has=["te amo"])),
    # --- (8) 'in <language>' romanised; lyric words
    (
        IL,
        None,
        "Una canzone rock inglese di 2 minuti ma con testo in italiano",
        lang("italian", tags_text_not=["english vocal"]),
    ),
    (
        IL,
        None,
        "fai una canzone di 2 minuti per la mia ragazza inglese ma cantata in italiano",
        lang("italian", tags_text_not=["english vocal"]),
    ),
    (IL, None, "Una ballata di 2 minuti, non inglese ma italiana", lang("italian", tags_text_not=["english vocal"])),
    (
        IL,
        None,
        "hazme una cancion de 2 minutos para mi novio ingles te pido que sea en español",
        lang("spanish", tags_text_not=["english vocal"]),
    ),
    (
        IL,
        None,
        "Canción de 2 minutos en español, el inglés me cuesta",
        lang("spanish", tags_text_not=["english vocal"]),
    ),
    (
        IL,
        None,
        "Uma música de 2 minutos em português, o inglês me atrapalha",
        lang("portuguese", tags_text_not=["english vocal"]),
    ),
    (IL, None, "Magyar dal, 2 perc, angol szöveg nélkül", lang("hungarian", tags_text_not=["english vocal"])),
    (
        IL,
        None,
        "Une chanson de 2 minutes en français, sans paroles anglaises",
        lang("french", tags_text_not=["english vocal"]),
    ),
    (
        IL,
        None,
        "Canción de 2 minutos en español, sin letra en inglés",
        lang("spanish", tags_text_not=["english vocal"]),
    ),
    (
        IL,
        None,
        "Canzone di 2 minuti, testo in italiano, stile britpop inglese",
        lang("italian", tags_text_not=["english vocal"]),
    ),
    (
        IL,
        None,
        "2 dakikalık bir şarkı, sözleri Türkçe, İngiliz rock tarzında",
        lang("turkish", tags_text_not=["english vocal"]),
    ),
    # (controls: the rule's own)
    (IL, None, "urdu mein 2 minute ka ek sad gaana banao", lang("urdu")),
    (IL, None, "bangla te ekta 2 minute er gaan banao", lang("bengali")),
    (IL, None, "Lag en låt på 2 minuter pa svenska om sommaren", lang("swedish")),
    (IL, None, "Csinálj egy 2 perces dalt angol szöveggel", lang("english")),
    (
        IL,
        None,
        "Hazme una canción de 2 minutos estilo country americano, letra en español",
        lang("spanish", tags_text_not=["english vocal"]),
    ),
    # --- (9) lyrics
    (LY, None, "Make a 2 minute folk song, lyrics: 'के भनूँ मन के भन्छ, माया लाग्छ ना'", lang("nepali")),
    (LY, None, "Make a 2 minute ballad, lyrics: 'मायाको के मोल, मनको के भरोसा, सम्झना आउँछ'", lang("nepali")),
    (LY, None, "2 minute song, lyrics: 'के हो यो माया, कहाँ छ तिमी'", lang("nepali")),
    (LY, None, "Make a 2 minute song, lyrics: 'तिमी नै हो मेरो माया'", lang("nepali")),
    (LY, None, "2 minute song, lyrics: 'तुम ही हो, अब तुम ही हो'", lang("hindi")),
    (LY, None, "Bollywood style, 2 min, lyrics: 'जहाँ कोई ना हो, बस तू और मैं'", lang("hindi")),
    (
        LY,
        None,
        "Mach ein 2-Minuten-Lied für meine Tochter, sie wird 5 und sie liebt Einhörner, Text: 'Lina, Lina, hurra!'",
        {"tool": NEW, "ask_ok": True, "tags_text_not": ["polish vocal"]},
    ),
    (
        LY,
        None,
        "Mach ein Lied für Oma, 2 Minuten, sie mag Schlager, Text: 'Oma, Oma, olé olé'",
        {"tool": NEW, "ask_ok": True, "tags_text_not": ["polish vocal"]},
    ),
    (LY, None, "zrob piosenke disco polo 2 min, tekst: kocham cie jak nikt", lang("polish")),
    # --- (10) table words
    (TW, None, "Fes-me una cançó tranquil·la de 2 minuts per a la tarda", refused("tar")),
    (TW, None, "Una canzone di 2 minuti per la tarda serata d'estate", refused("tar")),
    (TW, None, "Una canción de 2 minutos para cuando la noche tarda en llegar", refused("tar")),
    (TW, None, "Tarla işçileri için 2 dakikalık bir türkü yap", refused("tar")),
    (TW, None, "A 2 minute sad folk song about an empty church with nobody singing anymore", nw(120, inst=False)),
    (TW, None, "Write a 2 minute ballad about the old choir, now there's no one singing there", nw(120, inst=False)),
    (TW, L, "Fes un altre final més llarg", not_new()),
    (TW, L, "Fes-me una altra tornada, més alegre", not_new()),
    (TW, L, "Vull una altra versió del final", not_new()),
    (TW, L, "Fes una altra mescla amb més baix", not_new()),
    (TW, L, "Vull una altra: una rumba de 2 minuts", nw(120)),
    (TW, None, "اعمل أغنية هادئة مدتها دقيقة و نص", nw(90)),
    (TW, None, "اعمل أغنية مدتها دقيقتين نص الكلمات عن البحر", nw(120)),
    (TW, L, "isko mp3 me de do 256 pe", cut(output_format="mp3", bitrate_kbps=256)),
    (TW, L, "shesh er 10 sec kete dao", cut(trim_end_s=10)),
    (TW, L, "last ko 10 second hata do", cut(trim_end_s=10)),
    (TW, L, "ostanni 10 sek obrizh", cut(trim_end_s=10)),
    (TW, L, "shesh er 10 second abar banao", inp(170, 180, ask_ok=True)),
    (TW, L, "把最后10秒重整一下", inp(170, 180, ask_ok=True)),
    (TW, L, "Fejd aut poslednjih 5 sekundi", cut(fade_out_s=5)),
    (TW, None, "잔잔한 피아노 1분 보컬x", nw(60, inst=True)),
    (TW, L, "Tee uus biisi, 2 min, rock", nw(120)),
    (TW, None, "поп песня на 2 минуты про лето", nw(120, tags_has=["pop"])),
    (TW, None, "3ayez 2 min mazika hadya bdon sot", nw(120, inst=True)),
    (TW, L, "Extiéndela 20 segundos al final", ext(0, 20)),
    (TW, None, "Buat lagu 2 menit untuk acara kantor", nw(120, tags_text_not=["cantonese vocal"])),
    (TW, None, "Vull una altra: 1'30 de jazz", nw(90)),
    (TW, None, "Csinálj 2 verziót egy 1 perces reklámzenéből", takes(2, duration=60)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
