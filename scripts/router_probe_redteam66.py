"""Red-team probe (redteam66) of new pieces (text_to_audio: no track open, or a track open and a new piece plainly
asked) at cea6cc0, in 22 languages as users type them: lyrics pasted in the forms people paste them (after a colon, on
new lines, in quotes, with [Verse]/[Chorus], 'Strofa 1:', 'Refrain :', 'サビ', '1절', 'Припев:', with a title line,
with chords above the words, with emoji, in two languages, with a thank-you or a style line after them), which must
be sung as given, never put into the tags, never dropped, with no request text leaking into them; the sung language
(named for the vocals, 'in Spanish', 'auf Englisch', 'po angielsku', a language other than the request's; lyrics in
one language asked for in another); instrumental or sung ('no vocals', 'just beats', 'humming only', 'a choir but no
words', 'vocals optional', 'a karaoke version' (asked), 'a song' with no lyrics given); lengths in every form ('2:30',
'two and a half minutes', '150s', 'a minute-ish', 'short', 'between 1 and 2 minutes', 'under 30 s', 'a 3-minute
song', 'минуты на три', 'ten minutes' past one render) and takes ('3 options', 'a couple of versions', 'two different
ones: one sad one happy' (asked: differing pieces are not takes)); numbers that are no length beside a length (128
bpm, 1990s, 808, 3/4 time, A minor, '2 guitars', '24-bit', '120 ударов в минуту', '90年代', 'anni 80'). Hunting
SILENT WRONG plans first, then needless questions.

FIGURES. First run on cea6cc0 (labels committed before it, c32426b): 100 probes; OK 80, ASKED 9, SILENT WRONG 11,
ERROR 0. Of the 80 OK, 8 are questions the label allowed (ask_ok or ASK).

Silent wrong plans (11), by cause:
- read.find_lyrics / read._ending keep a last line that is the request, not words (6): none of _ending's cutters
  (_instructions_after, _style_line_after, _length_line_after, _request_line_after) reads a thank-you, a voice wish,
  a style-and-tempo line or a length the tables lack, so they are sung: 'thanks!' ('…with these lyrics:' + 2 lines +
  '\n\nthanks!', label branch), 'makasih kak' (Indonesian, shape branch), 'Voix féminine svp' (French; the label
  branch of find_lyrics returns without the last_line_unsure check the marker branches make, and last_line_unsure
  does flag this line), 'synthwave, 100 bpm' ('Title: "Neon Hearts"\nVerse: …\nChorus: …': the style is sung and
  missing from the tags), '1 min 30' (_LENGTH_UNIT_WORD has 'minut…' words but not 'min'; duration left at the 60 s
  default, 90 asked), '时长三分钟' (_LENGTH_LINE_ASKS lacks '时长', duration; 180 asked, 60 planned).
- the title line is sung (1): 'Song title: Paper Boats\n\nPaper boats on a rainy street\n…' -> lyrics start with
  'Song title: Paper Boats' (shape branch of read.find_lyrics; nothing reads a 'title:' line). In 'Title: "Neon
  Hearts"' the title went into the tags instead ('title, neon hearts').
- chord lines are sung (1): 'Am        F\nI keep on running\nC         G\n…' -> the chord names are lyrics (read.py has
  no chord-line reading at all), the tags 'you into, chords are reference' (request words).
- 'just beats' not read as instrumental (1): 'just beats, something for my rap freestyle, 90 bpm' -> tags 'no rap,
  90 BPM', no '[inst]'. __init__._WITHOUT_SINGING has '(only|just) (the )?beat' with no letter after, which misses
  'beats' (and 'just a beat' plans the same).
- 'karaoke version' of a new piece planned as '[inst]' without a question (1): 'make a karaoke version of a pop
  ballad' -> pop, ballad, no vocals, '[inst]'. cues._TABLE['en'] no_vocals lists 'karaoke version'. (Labelled ASK by
  the brief; a plain instrumental ballad is a defensible reading, so the cost is small.)
- read._A_MINUTE_MORE reads 'minuutin mittainen' as one minute, ignoring the count before it (1): 'noin
  puolentoista minuutin mittainen rokkibiisi' (about a minute and a half long) -> duration 60 (want 90).

Needless questions (9), by cause:
- account.plan_and_account's unused-number question (about l. 3222) on counts of players or a beat (4): '2 guitars',
  'four on the floor' (read as 4), '3 musiciens', '2 sanfonas', each asked 'what is it for?' though the length was
  read.
- a length in m:ss not read beside a key (1): 'sad song in the key of A minor, 2:00' asks what '2:00' is for (read
  as a clock time?); '2:30' alone plans 150.
- account._SEVERAL takes 'a couple of' as several with no count (1): 'a couple of versions …' asks how many (by
  design; 'a couple' is two to most readers).
- two languages named for one song (1): '英語と日本語の歌詞で曲にして' + an English and a Japanese line asks which
  language (account._paid_misreadings, len(codes) > 1), where the lyrics show both are sung.
- one language named and still asked (1): 'une chanson rap en anglais sur Paris, 1 minute' -> 'the request names
  anglais; which language' (account._paid_misreadings' language branch; not pinned further: _IN_ANOTHER does not
  match, so likely the planned language disagreed with 'en').
- lyrics after 'Maak hier een liedje van, iets vrolijks:' asked as words or a description (1): the Dutch 'make a song
  of this' line is not read as naming the words (read.find_lyrics' _COLON_THEN_LINES with _labels_words).

OK, worth a note (label gaps and odd plans the labels did not catch): 'bilingual reggaeton, lyrics below\n\nBaby come
closer…\nMami ven aquí…\n\n2 min' is OK by its label but wrong in fact: the request line 'bilingual reggaeton, lyrics
below' is sung as the first lyric line, 'reggaeton' is dropped from the tags and the tags say 'tagalog vocal, song' (the
label's lyrics_lacks named only '2 min'; a silent wrong plan the label missed, left as labelled). 'an ambient piece
with humming only' plans tags 'ambient' with the humming dropped and no lyrics (OK under WORDLESS). Many tags carry
raw request words ('balada esta, dure', 'こ 詞', 'fammi francese, tipo anni', 'стиле, ударов'). Lyrics were sung as
given and kept out of the tags in the other 20 lyric probes (Strophe/Strofa/Couplet/1절/主歌 marks, quotes, emoji, a
style line after a blank line in de/it/ja/ko/hi/uk); the numbers 128 bpm, 1990s, 808, 3/4, 24-bit, '120 ударов в
минуту', '90年代', 'anni 80', 12 corde, 7/8 were never read as lengths; 'ten minutes' planned 600 s; 'two different
ones: one sad one happy' and 'dwie różne piosenki' asked; 'between 1 and 2 minutes' chose 120, 'under 30 s' asked.

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more, plus 'dur_in': (lo, hi), the length rendered,
the tool's 60 s default when none is set, lies within it). Verdicts: OK, ASKED (a question where a plan was sure: a
miss), SILENT WRONG, ERROR. Lyrics pasted are sung word for word (section marks may be kept or turned into tags;
chord names, titles, thanks and style notes are not sung); a language named for the vocals, or the language of the
lyrics where it differs from the request's, is in the tags and the request's language is not put there instead; a
'beat', 'no vocals', 'sin voz' piece is '[inst]'; wordless singing is asked or kept sung, never silently '[inst]'; a
length said is the duration, a number that is a tempo, a decade, a drum machine, a metre, a key, a count of players
or a bit depth is not, and a count of players is no count of takes.

Run: sh scripts/uv run python scripts/router_probe_redteam66.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, NEW, SUNG, WORDLESS, Plan, main, new, nw, nws, sung

_ = (Plan, SUNG)

L = 200.0
DEFAULT_S = 60  # TextToAudioBody's duration when none is set


def _wrong(r: Plan, want: dict[str, Any], length: float | None = None) -> list[str]:
    want = dict(want)
    span = want.pop("dur_in", None)
    bad = probe_kit.wrong_more(r, want, length)
    if span is not None:
        got = r.arguments.get("duration") or DEFAULT_S
        if not span[0] <= got <= span[1]:
            bad.append(f"duration={got} (want {span[0]}..{span[1]})")
    return bad


probe_kit.wrong = _wrong
ASKOK = {"ask_ok": True}

LY = "lyrics pasted (colon, new lines, quotes, [Verse], 'Strofa 1:', title, chords, emoji, two languages): sung"
LG = "the sung language: named for the vocals, other than the request's, or the lyrics' own: in the tags, not swapped"
IV = "instrumental or sung: 'no vocals', 'just beats', humming, a choir with no words, 'vocals optional', karaoke"
LN = "lengths in every form ('2:30', 'two and a half', '150s', 'short', a range, 'under 30 s', 10 min) and takes"
NM = "numbers that are no length beside a length (bpm, decades, 808, 3/4, a key, '2 guitars', '24-bit'): not one"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) lyrics pasted
    (
        LY,
        None,
        "write me a folk song with these lyrics:\n\nI walked the line from Memphis town\nwith nothing but a borrowed "
        "crown\n\nthanks!",
        sung("I walked the line from Memphis town", "borrowed crown", lyrics_lacks=["thanks", "folk song"]),
    ),
    (
        LY,
        None,
        'pop ballad, lyrics: "you left the porch light on for me / i never came back home"',
        sung("you left the porch light on for me", "i never came back home", lyrics_lacks=["pop ballad"]),
    ),
    (
        LY,
        None,
        "[Verse]\nCold coffee on the windowsill\nthe radio is playing still\n[Chorus]\nOh Carolina, don't you cry\n\n"
        "make it country, female vocals, about 3 min",
        sung(
            "Cold coffee on the windowsill",
            "Oh Carolina, don't you cry",
            lyrics_lacks=["make it country", "female vocals"],
            duration=180,
            tags_text=["country"],
        ),
    ),
    (
        LY,
        None,
        "Song title: Paper Boats\n\nPaper boats on a rainy street\nsailing off where the rivers meet\n\n"
        "indie folk, acoustic",
        sung("Paper boats on a rainy street", "where the rivers meet", lyrics_lacks=["indie folk", "Song title"]),
    ),
    (
        LY,
        None,
        "can you make this into a song? chords are just for reference\n\nAm        F\nI keep on running\nC         G\n"
        "but the road runs too",
        sung("I keep on running", "but the road runs too", lyrics_lacks=["Am        F", "C         G"], ask_ok=True),
    ),
    (
        LY,
        None,
        "make a cute kids song 🎵 lyrics: brush brush brush your teeth 🪥 every morning every night 🌙",
        sung("brush brush brush your teeth", "every morning every night", tags_text_not=["brush"]),
    ),
    (
        LY,
        None,
        'Title: "Neon Hearts"\nVerse: city lights are bleeding through the rain\nChorus: neon hearts, we\'re never the '
        "same\nsynthwave, 100 bpm",
        sung(
            "city lights are bleeding through the rain",
            "neon hearts, we're never the same",
            lyrics_lacks=["synthwave", "Title", "100 bpm"],
            duration_not=100,
        ),
    ),
    (
        LY,
        None,
        'song with these words:\n"24 hours, 7 days a week\nI\'m thinking of you"\n1 min 30',
        sung("24 hours, 7 days a week", "I'm thinking of you", duration=90),
    ),
    (
        LY,
        None,
        'a soul song, lyrics: "give me two minutes of your time / and I\'ll give you all of mine"',
        sung("give me two minutes of your time", "all of mine", duration_not=120),
    ),
    (
        LY,
        None,
        "Hazme una cumbia con esta letra:\nQue se prenda la fiesta\nque nadie se quede sentado\nQue suene la güira\n"
        "y el acordeón bien pegado",
        sung("Que se prenda la fiesta", "y el acordeón bien pegado", lyrics_lacks=["Hazme"], tags_text=["cumbia"]),
    ),
    (
        LY,
        None,
        'Quiero una balada con esta letra: "Te busqué en cada esquina, te llamé sin voz" y que dure 2:30',
        sung("Te busqué en cada esquina, te llamé sin voz", duration=150, lyrics_lacks=["dure"]),
    ),
    (
        LY,
        None,
        "Une chanson pop avec ces paroles :\n\nCouplet 1 :\nJe marche seule sous la pluie de Paris\nRefrain :\n"
        "Et je danse, et je danse\n\nVoix féminine svp",
        sung("Je marche seule sous la pluie de Paris", "Et je danse, et je danse", lyrics_lacks=["Voix féminine"]),
    ),
    (
        LY,
        None,
        "Mach mir ein Lied daraus:\n\nStrophe 1:\nIm Hinterhof da blüht ein Baum\nRefrain:\nUnd wir tanzen bis zum "
        "Morgen\n\nStil: Indie-Rock, 3 Minuten",
        sung(
            "Im Hinterhof da blüht ein Baum",
            "Und wir tanzen bis zum Morgen",
            duration=180,
            lyrics_lacks=["Stil", "Indie-Rock"],
        ),
    ),
    (
        LY,
        None,
        "Canzone con questo testo\nStrofa 1:\nSotto il cielo di Napoli\nho lasciato il mio cuore\nRitornello:\n"
        "Torna da me\n\ngenere: pop italiano anni 80",
        sung("Sotto il cielo di Napoli", "Torna da me", lyrics_lacks=["genere", "anni 80"], duration_not=80),
    ),
    (
        LY,
        None,
        "この歌詞で曲を作って\n\n[Verse]\n夜の街を歩いてる\n君の声が聞こえる\n[サビ]\n会いたいよ 今すぐに\n\nJ-POP、女性ボーカル",
        sung("夜の街を歩いてる", "会いたいよ 今すぐに", lyrics_lacks=["女性ボーカル", "J-POP"]),
    ),
    (
        LY,
        None,
        "用下面的歌词写一首民谣：\n主歌：\n小城的雨下了一整夜\n副歌：\n我还在等你回来\n时长三分钟",
        sung("小城的雨下了一整夜", "我还在等你回来", duration=180, lyrics_lacks=["时长"]),
    ),
    (
        LY,
        None,
        "가사 이걸로 노래 만들어줘\n\n1절\n오늘도 너를 기다려\n후렴\n보고 싶어 너무 보고 싶어\n\n발라드로",
        sung("오늘도 너를 기다려", "보고 싶어 너무 보고 싶어", lyrics_lacks=["발라드로"]),
    ),
    (
        LY,
        None,
        'şu sözlerle arabesk bir şarkı yap: "Gönlüm yaralı, yolum uzun, bekleme beni"',
        sung("Gönlüm yaralı, yolum uzun, bekleme beni", lyrics_lacks=["arabesk"]),
    ),
    (
        LY,
        None,
        "Maak hier een liedje van, iets vrolijks:\n\nDe zon schijnt op de gracht\nwe fietsen door de nacht\n\nDank je!",
        sung("De zon schijnt op de gracht", "we fietsen door de nacht", lyrics_lacks=["Dank je"]),
    ),
    (
        LY,
        None,
        "en visa med den här texten, gärna lugn:\nSommarnatt vid sjön\ndär allt är ljust och grönt",
        sung("Sommarnatt vid sjön", "där allt är ljust och grönt", lyrics_lacks=["gärna lugn"]),
    ),
    (
        LY,
        None,
        "bilingual reggaeton, lyrics below\n\nBaby come closer, don't be shy\nMami ven aquí, dame tu amor\n\n2 min",
        sung("Baby come closer, don't be shy", "Mami ven aquí, dame tu amor", duration=120, lyrics_lacks=["2 min"]),
    ),
    (
        LY,
        None,
        "英語と日本語の歌詞で曲にして:\nI'm waiting for the summer rain\n夏の雨を待っている",
        sung("I'm waiting for the summer rain", "夏の雨を待っている"),
    ),
    (
        LY,
        None,
        "इन बोलों पर एक गाना बनाओ:\nतेरी यादों में खोया हूँ\nहर पल तुझको ढूँढा हूँ\n\nस्टाइल: बॉलीवुड",
        sung("तेरी यादों में खोया हूँ", "हर पल तुझको ढूँढा हूँ", lyrics_lacks=["बॉलीवुड"]),
    ),
    (
        LY,
        None,
        'اعمل أغنية بهذه الكلمات: "يا ليل طول شوية، خليني جنبك"',
        sung("يا ليل طول شوية، خليني جنبك", lyrics_lacks=["اعمل"]),
    ),
    (
        LY,
        None,
        "làm bài hát với lời này nhé:\nEm ơi Hà Nội phố\nta còn em mùi hoàng lan",
        sung("Em ơi Hà Nội phố", "ta còn em mùi hoàng lan", lyrics_lacks=["nhé"]),
    ),
    (
        LY,
        None,
        "bikin lagu dangdut pakai lirik ini ya\n\nKau pergi tanpa kata\nmeninggalkan luka di dada\n\nmakasih kak",
        sung("Kau pergi tanpa kata", "meninggalkan luka di dada", lyrics_lacks=["makasih"]),
    ),
    (
        LY,
        None,
        "пісня з такими словами:\nОй, у полі вітер віє\nсерце моє ніжне мріє\n\nу стилі поп-рок",
        sung("Ой, у полі вітер віє", "серце моє ніжне мріє", lyrics_lacks=["поп-рок"]),
    ),
    (
        LY,
        None,
        "φτιάξε ένα λαϊκό με αυτούς τους στίχους:\nΣτο λιμάνι περιμένω\nτο καράβι που δεν φτάνει",
        sung("Στο λιμάνι περιμένω", "το καράβι που δεν φτάνει", lyrics_lacks=["λαϊκό"]),
    ),
    # --- (2) the sung language
    (LG, None, "a 2 minute love song sung in Spanish", nws(120, inst=False, tags_text=["spanish"])),
    (LG, None, "ein fröhliches Lied auf Englisch für einen Kindergeburtstag", new(inst=False, tags_text=["english"])),
    (LG, None, "une chanson rap en anglais sur Paris, 1 minute", nws(60, inst=False, tags_text=["english"])),
    (LG, None, "韓国語で歌うK-POPの曲を作って", new(inst=False, tags_text=["korean"], tags_text_not=["japanese"])),
    (LG, None, "做一首用粤语唱的情歌", new(inst=False, tags_text=["cantonese"], ask_ok=True)),
    (
        LG,
        None,
        "песня на украинском языке про весну",
        new(inst=False, tags_text=["ukrainian"], tags_text_not=["russian"]),
    ),
    (
        LG,
        None,
        "fammi una canzone in francese, tipo chanson anni '60",
        new(inst=False, tags_text=["french"], duration_not=60),
    ),
    (LG, None, "Almanca sözlü bir techno parçası", new(inst=False, tags_text=["german"], tags_text_not=["turkish"])),
    (
        LG,
        None,
        "make this a city pop song, lyrics in Japanese:\n真夜中のドライブ\n君を乗せて",
        sung("真夜中のドライブ", "君を乗せて", tags_text=["japanese"], tags_text_not=["english"]),
    ),
    (
        LG,
        None,
        'una canción punk con esta letra: "we don\'t care about your rules, we are young and free"',
        sung("we don't care about your rules", tags_text_not=["spanish"]),
    ),
    (
        LG,
        None,
        'Chanson mit diesem Text: "Je t\'attendrai à la gare du Nord"',
        sung("Je t'attendrai à la gare du Nord", tags_text_not=["german"]),
    ),
    (
        LG,
        None,
        "영어 가사로 된 팝송 만들어줘, 3분",
        nws(180, inst=False, tags_text=["english"], tags_text_not=["korean"]),
    ),
    (LG, None, "piosenka po angielsku o wakacjach, 2 minuty", nws(120, inst=False, tags_text=["english"])),
    (LG, None, "תעשה לי שיר בספרדית על הים, דקה וחצי", nws(90, inst=False, tags_text=["spanish"], ask_ok=True)),
    # --- (3) instrumental or sung
    (IV, None, "lofi hip hop, no vocals, 2 min", nws(120, inst=True)),
    (IV, None, "just beats, something for my rap freestyle, 90 bpm", new(inst=True, duration_not=90, ask_ok=True)),
    (IV, None, "an ambient piece with humming only, 2 minutes", {**nws(120), **WORDLESS}),
    (IV, None, "epic orchestral track with a choir but no words, 2:00", {**nws(120), **WORDLESS}),
    (IV, None, "a chill house track, vocals optional, 2 min", nw(120)),
    (IV, None, "make a karaoke version of a pop ballad", ASK),
    (IV, None, "write me a song about my dog Max", {**new(), **SUNG, "ask_ok": True}),
    (IV, None, "una pista de flamenco, sin voz, 2 minutos", nws(120, inst=True)),
    (IV, None, "nur instrumental, kein Gesang – ein Jazz-Trio, 3 Minuten", nws(180, inst=True)),
    (IV, None, "ボーカルなしのピアノ曲、1分", nws(60, inst=True)),
    (IV, None, "一首纯音乐，古筝，两分钟", nws(120, inst=True)),
    (IV, None, "бит для рэпа без слов, 2 минуты", nws(120, inst=True)),
    (IV, None, "uma música com coral mas sem letra, só vocalizes, 2 minutos", {**nws(120), **WORDLESS}),
    (IV, None, "허밍만 들어간 잔잔한 곡, 1분", {**nws(60), **WORDLESS}),
    (IV, None, "sözsüz, sadece enstrümantal bir türkü, 2 dakika", nws(120, inst=True)),
    (IV, L, "forget this one, make me a brand new instrumental, synthwave, 2 min", nws(120, inst=True)),
    # --- (4) lengths and takes
    (LN, None, "a synthwave track, 2:30", nws(150)),
    (LN, None, "two and a half minutes of cinematic piano", nws(150)),
    (LN, None, "150s of upbeat funk", nws(150)),
    (LN, None, "a minute-ish jingle for my podcast intro, ukulele", nw(60)),
    (LN, None, "something short and punchy for an instagram reel, trap", {"tool": NEW, "dur_in": (5, 60), **ASKOK}),
    (LN, None, "a lofi track between 1 and 2 minutes", {"tool": NEW, "dur_in": (60, 120), "ask_ok": True}),
    (LN, None, "a sting for a youtube video, under 30 s", {"tool": NEW, "dur_in": (5, 30), "ask_ok": True}),
    (LN, None, "a 3-minute song about summer", nws(180, inst=False)),
    (LN, None, "ten minutes of soft ambient for sleep", nw(600)),
    (LN, None, "una base de trap de dos minutos y medio", nws(150)),
    (LN, None, "ein Techno-Track, ungefähr anderthalb Minuten", nws(90)),
    (LN, None, "2分半くらいのボサノバ", nws(150)),
    (LN, None, "трек минуты на три, что-нибудь в стиле synthwave", nws(180)),
    (LN, None, "موسيقى هادئة مدتها دقيقتان", nws(120)),
    (LN, None, "ढाई मिनट का रोमांटिक गाना", nws(150, inst=False)),
    (LN, None, "noin puolentoista minuutin mittainen rokkibiisi", nws(90)),
    (LN, None, "2분에서 3분 사이의 발라드", {"tool": NEW, "dur_in": (120, 180), "ask_ok": True}),
    (LN, L, "now a separate new track: 45 seconds of ambient", nws(45)),
    (LN, None, "give me 3 options for a lofi beat, 1 minute", nws(60, takes=3)),
    (LN, None, "a couple of versions of a chill reggae tune, 1 min", nws(60, takes=2)),
    (LN, None, "two different ones: one sad one happy, piano, 1 min", ASK),
    (LN, None, "hazme tres versiones de una bachata, 2 minutos", nws(120, takes=3)),
    (LN, None, "zwei Varianten eines Jingles, 20 Sekunden", nws(20, takes=2)),
    (LN, None, "ローファイのビートを3パターン作って、1分", nws(60, takes=3)),
    (LN, None, "dwie różne piosenki: jedna o lecie, druga o zimie", ASK),
    # --- (5) numbers that are no length beside a length
    (NM, None, "a house track at 128 bpm, 2 minutes", nws(120, tags_text=["128"])),
    (NM, None, "1990s eurodance, 3 min", nws(180)),
    (NM, None, "an 808-heavy trap beat, 90 seconds", nws(90)),
    (NM, None, "a waltz in 3/4 time, 1 minute, piano", nws(60)),
    (NM, None, "sad song in the key of A minor, 2:00", nws(120, inst=False)),
    (NM, None, "a duet for 2 guitars, about a minute", nws(60, takes=None)),
    (NM, None, "24-bit wav please, a 2 minute ambient pad", nws(120)),
    (NM, None, "80s synth-pop with a four on the floor beat, 3:30", nws(210)),
    (NM, None, "reggaetón a 95 bpm, de 2 minutos, con 2 voces", nws(120, takes=None, inst=False)),
    (NM, None, "un morceau de jazz des années 50 pour 3 musiciens, 2 min", nws(120, takes=None)),
    (NM, None, "90年代风格的港乐，三分钟", nws(180)),
    (NM, None, "трек в стиле 80-х, 120 ударов в минуту, на 2 минуты", nws(120)),
    (NM, None, "um forró pé de serra com 2 sanfonas, 3 minutos", nws(180, takes=None)),
    (NM, None, "a 1970s funk jam in 4/4 at 110 bpm", {"tool": NEW, "dur_in": (5, 240), "ask_ok": True}),
    (NM, None, "a 5-piece band sound, 7/8 groove, prog rock, 4 minutes", nws(240, takes=None)),
    (NM, None, "una canzone anni 60 con chitarra a 12 corde, 2 minuti e mezzo", nws(150)),
    (NM, None, "120bpm 2분짜리 EDM", nws(120)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
