"""Red-team probe (redteam25) of the router rules changed in 41f8255..0580355 (b017a41, 3a6ed9b, 5a1773f, 0580355),
hunting SILENT WRONG plans: a plan made without a question whose tool or a certain argument is wrong. A new piece
made where an edit was meant (or the reverse), a dropped or wrong length, lyrics, language, trim or takes are the
costliest.

The rules under attack: lyrics with a track open and no time, part, edit or extension said make a new piece; a
sentence ending in a colon, then verse lines with no style word or table verb, are lyrics (read.py
_sentence_then_verse); 'these words' then a colon on the same line (_COLON_ON_ITS_LINE); 'new' said of a piece with a
length beside an open track (_new_piece_said, _NEW_WORD, _PART_BEFORE, _NEW_PART, _PIECE_BESIDE) and _A_NEW_THING's
dance names ('una salsa', 'un truc'); 'make it' in ro / ru / uk / ar and 'to' in he / yue before a length (a whole);
an 'add' in a clause of its own is no amount (_same_clause) and a copula after the track's length; a video's length
said twice is the whole; _TRIM_ALSO ('trim the first 5 s and the last 5'); _FROM_MY_TRACK and _THE_PART / _CHANGED
with no track; _BARE_AGAIN (a length corrected with a bare number); the request's language for short lyrics a model
misreads, _sure_english, Latin beside Spanish typed without accents; the Sanskrit anusvara and double danda; PEOPLE
shared by the unit and accounting passes; units 'хв', 'δευτ', 'செகண்ட்', Malay 'saat' for 1-4 s; table words ('fjern*',
'să se repete', 'tukar jadi', 'nada de voz' / 'nada de letra', 'takde vokal', '唔使人聲', a singular 'take', 'ej' /
'nem' / 'tidak' as negations, 'jeszcze raz', 'اخر', 'τελευταια', 'cuoi', 'darrers', Korean fades).

After the fixes (the commit that brought this script to main): 175 probes, 168 OK, 1 ASKED, 6 silent, every one the
same on 41f8255 (pre-existing, or a label open to dispute): '副歌换个新的 20秒' ('换个' read as a new piece, an old rule),
'اغنية بالكلمات: حزينة، عن الفراق، دقيقتين' (an old label word before wishes), 'Trim the first 3 seconds and the last 4
bars' (bars unread), 'Do one take with vocals and one take without', 'Zrób to jeszcze raz, ale 2 minuty' (as English
'do it again, but 2 minutes'), '1 saat surecek …' (Turkish 'saat' is an hour: 3600 s is the reading), and 'Make a 3
minute song, no wait, 2 — one slow, one fast' is now asked about the '2' (its label wants two takes; counted OK).
The verse-lines rule (_sentence_then_verse) was taken out: facts and wishes cannot be told from verse by shape.

First run (0580355, --old 41f8255's src): 175 probes labelled and committed before it (ea19522): 110 OK, 1 ASKED
where a plan was sure, 5 ERROR, 53 silent made by the diff, 6 pre-existing. No label was changed after the run (the
most debatable one is 'Make a 3 minute song, no wait, 2 — one slow, one fast', read as two takes; it is kept).
  Made by the diff, most costly first (41f8255 asked each of them unless said):
    'Un pezzo jazz di 2 minuti, anzi facciamo 45' → text_to_audio 2700 s (_BARE_AGAIN: '45' in the first length's
    unit, a 45-minute piece; want 45 s or a question).
    A new piece where the open track's edit or extension was meant ('new' in another sense, _new_piece_said):
    'Nada de canción nueva, esta déjala en 3 minutos' (120) → new 180 s (want outpaint +60); 'Feliz año nuevo,
    déjala en 2 minutos' (90), 'Feliz ano novo! Deixa ela com 2 minutos' (90), 'Frohes Neues! Mach ihn 2 Minuten lang'
    (90) → new 120 s (want outpaint +30).
    Lyrics for the open track (180) made a new piece (default length) sung with them: 'Add these lyrics to the
    track:\n…', 'Sing these words over my beat:\n…', 'Ponle esta letra al estribillo:\n…', 'Sing im Refrain diesen
    Text:\n…', 'Вставь этот текст в припев:\n…', 'Bu sözleri nakarata koy:\n…', "Don't change the music, just sing
    these words on it:\n…", 'Coloca essa letra na música:\n…', 'Add these words at the very beginning:\n…' (a part
    named in its own language, 'add' / 'put' / 'insert' verbs and 'don't change the music' are not read); and 'these
    words' + colon with a complaint (180): 'No me gusta esta letra: cámbiala por algo más alegre' → new piece singing
    'cámbiala por algo más alegre'; 'I hate these lyrics: make them less cheesy' → new piece singing 'make them less
    cheesy' (Finnish vocal); 'Bu sözleri beğenmedim: daha neşeli bir şey yaz' → new piece singing the complaint;
    'Сделай песню на юбилей папы:\nего зовут Сергей\nон любит рыбалку и баню' (180) → new piece singing the facts.
    A part of the open track (180) made new, read as a new piece of that length (_PART_WORDS knows neither 'slutt',
    'Schluss', 'finale', 'final', 'проигрыш', 'Gitarrensolo' nor サビ / 후렴; French 'moi' is Vietnamese 'mới'): 'Lag en ny
    slutt, 20 sekunder', 'Mach den Schluss neu, 20 Sekunden', 'Il finale lo voglio nuovo, 20 secondi', 'Quiero el
    final nuevo, 20 segundos', 'Проигрыш сделай новый, 20 секунд', 'Fes el final nou, 20 segons', 'サビを新しく 20秒く
    らいで', '후렴을 새로운 느낌으로 20초' → new 20 s; 'Das Gitarrensolo bitte neu, 15 Sekunden', "Fais-moi, s'il te
    plaît, une fin de 15 secondes" → new 15 s. _A_NEW_THING's dance names put into the track: 'Mete un tango de 20
    segundos en el medio', "Metti un tango di 20 secondi all'inizio", 'Fais un truc de 20 secondes pour le début' →
    new 20 s; 'Mets une valse de 30 secondes au début' → new 30 s; 'Pon una polka de 15 segundos al principio' →
    new 15 s.
    An 'add' in its own clause read as a whole (120): 'Add, if you can, 3 minutes at the end. It's 2 minutes now.',
    'Añade, si puedes, 3 minutos al final; ahora dura 2 minutos', "Add some music at the end, 3 minutes, it's 2
    minutes now" → outpaint +60 (want +180). A video's two equal lengths (150): 'The video has 3 minutes of intro
    footage and 3 minutes of credits; extend the song' → outpaint 30 s before (want a question).
    Facts or a complaint sung as lyrics (no track; _sentence_then_verse / 'these words' + colon / 'szöveg:'):
    'Сделай песню на день рождения моей мамы:\nеё зовут Мария\nона очень любит розы', 'Haz una canción para la boda
    de mi hermana:\nse llama Lucía\n…', 'Mach ein Lied für meinen Opa zum Geburtstag:\ner heißt Günter\n…', 'Zrób
    piosenkę dla mojej żony na rocznicę:\nma na imię Ania\n…', 'Annem için bir doğum günü şarkısı yap:\nadı Ayşe\n…',
    'Φτιάξε ένα τραγούδι για τη γιαγιά μου:\nτη λένε Μαρία\n…', 'Làm một bài hát tặng mẹ nhân ngày sinh nhật:\nmẹ tên
    là Lan\n…', 'Faz uma música pro aniversário do meu pai:\nele se chama João\n…' → the facts sung; 'Avoid these
    words: love, baby, heart. Write a pop song about summer.' → lyrics 'love, baby, heart. Write a pop song about
    summer.'; 'Ce texte ne me plaît pas : écris quelque chose de plus joyeux', 'この歌詞は使わないで：君の笑顔が眩しくて'
    → the complaint / the refused words sung; 'A dal szövege: szerelemről szóljon, lassú ballada' → the wish sung.
    Instrumental where a voice was asked for (no-vocals table words before a voice that is wanted): 'Nada de voz
    aguda, quiero una voz grave, 2 minutos', 'Takde vokal lelaki, nak vokal perempuan, 2 minit', '唔使人聲太大聲，輕輕哋
    唱就得，3分鐘' → [inst] (41f8255 sang them).
    'Make a 3 minute song, no wait, 2 — one slow, one fast' → one take of 120 s (want two takes, or a question).
  Not silent but made by the diff: ERROR (InvalidInput) where 41f8255 planned right: 'Продли трек, сделай 30 секунд
  аутро', 'Подовж трек: зроби 30 секунд аутро' (180; 41f8255: outpaint +30; now "'make it 30 s' adds nothing"); and
  where 41f8255 asked: 'Make a chill lo-fi beat, 1:30, no wait, 2' (2 s), 'A synthwave track 2:30 long, actually no,
  3' (3 s: the bare number in the unit of 'M:SS', seconds), 'Lo-fi beat, 3 minutes, actually no, 90' (5400 s).
  Pre-existing silent (41f8255 too): '副歌换个新的 20秒' → new 20 s; 'Trim the first 3 seconds and the last 4 bars' →
  trim_end 4 s; '1 saat surecek sakin bir ambient muzik yap' → a new piece of the default length; 'Do one take with
  vocals and one take without, 2 minutes' → one take; 'Zrób to jeszcze raz, ale 2 minuty' (no track) → new 120 s;
  'اغنية بالكلمات: حزينة، عن الفراق، دقيقتين' → the description sung.
  ASKED where a plan was sure: 'Nakaratı daha güçlü olan bir şarkı yap, pop tarzı' (no track: asks for one).
  Held: the 'make it' / 'to' wholes in ro, ru, uk, ar, he, yue; _TRIM_ALSO's controls and its minutes / percent /
  fade / vocals edges; 'хв', 'δευτ', 'செகண்ட்', Malay 'saat' beside 'jam … saat'; PEOPLE ('tamu', 'watu', 'लोग',
  'orang', 'manns'); fjern* (fjernsyn, fjerne lande, vokalen); 'să se repete'; 'tukar jadi'; 'nada de letra triste',
  'nenhuma letra em inglês'; 'ej przedłuż'; 'jeszcze raz' / 'ještě jednou' refrains; 'اخرى'; 'cuoi tuan'; the
  language probes (॥ Hindi bhajan, Latin, Spanish without accents, English asked in es / de, Creole, Neapolitan).

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED, SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam25.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, OUT, ext, free, inp, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0
NOTNEW = {"tool_not": NEW, "ask_ok": True}  # an edit of the open track (a question allowed); never a new piece

LT = "lyrics with a track open and no time / part / edit said → a new piece"
SV = "read.py _sentence_then_verse: a sentence, a colon, then lines (facts or wishes, or lyrics)"
TW = "read.py 'these words' then a colon on the same line"
NP = "_new_piece_said: 'new' beside a piece word with a length, a track open"
AN = "_A_NEW_THING's dance names and 'un truc' with a length, a track open"
MK = "'make it' in ro / ru / uk / ar and 'to' in he / yue before a length"
AC = "account.py: an 'add' in a clause of its own; a copula after the track's length"
VD = "_reach_beside_now: a video's length said twice"
TA = "_TRIM_ALSO: the other end of a trim after 'and'"
BA = "account.py _BARE_AGAIN: a length taken back and said again as a bare number"
LG = "the language sung: request's language for short lyrics, _sure_english, Latin, Sanskrit"
PP = "PEOPLE: counts of people in the unit and accounting passes"
UN = "units 'хв', 'δευτ', 'செகண்ட்', Malay 'saat' for 1-4 s, Korean fades"
TB = "table words: fjern*, să se repete, tukar jadi, nada de voz / letra, takde vokal, 唔使人聲, take, ej, again, last"
PA = "no track: _THE_PART / _CHANGED, _FROM_MY_TRACK"
LB = "lyrics labels: 'szöveg:', 'بالكلمات', 'الكلمات هذي'"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def sung_new(has: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "lyrics_has": [has], "ask_ok": True, **kw}


def not_sung(lacks: str, **kw: Any) -> dict[str, Any]:
    return {"ask_ok": True, "lyrics_lacks": [lacks], **kw}


def lang(word: str, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "ask_ok": True, "tags_text": [word], **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- lyrics with a track open: words to put on the track (an edit), not a new piece
    (LT, L, "Add these lyrics to the track:\nI walk alone tonight\nunder the city lights", NOTNEW),
    (LT, L, "Sing these words over my beat:\nhold me close tonight\nnever let me go", NOTNEW),
    (LT, L, "Ponle esta letra al estribillo:\nte vi bailar bajo la luna\ny me perdí en tu mirada", NOTNEW),
    (LT, L, "Sing im Refrain diesen Text:\nwir tanzen bis der Morgen kommt\nund keiner geht nach Haus", NOTNEW),
    (LT, L, "Вставь этот текст в припев:\nя иду по городу один\nи дождь стучит в окно", NOTNEW),
    (LT, L, "Bu sözleri nakarata koy:\nsen gidince yağmur yağdı\nkalbim sustu bir daha", NOTNEW),
    (LT, L, "इस गाने में ये बोल डालो:\nतेरे बिना अधूरा हूँ मैं\nतू ही मेरी दुनिया है", NOTNEW),
    (
        LT,
        L,
        "Don't change the music, just sing these words on it:\nsummer rain on my window\nyou were here and now you're gone",
        NOTNEW,
    ),
    (LT, L, "Coloca essa letra na música:\nvocê chegou sem avisar\ne mudou meu jeito de amar", NOTNEW),
    (LT, L, "Add these words at the very beginning:\nhello hello\nis anybody there", NOTNEW),
    (LT, L, "Replace the lyrics with these:\nwe were young and wild\nrunning through the night", NOTNEW),
    (LT, L, "サビの歌詞をこれに変えて：\n君の笑顔が眩しくて\n目を閉じても消えない", NOTNEW),
    (LT, L, "Keep the beat and put these lyrics on it:\nwe were young and wild\nrunning through the night", NOTNEW),
    # (controls: a new piece sung with the words)
    (
        LT,
        L,
        "Write a new song with these lyrics:\nwe were young and wild\nrunning through the night",
        sung_new("we were young and wild"),
    ),
    (
        LT,
        L,
        "Bu sözlerle bir arabesk şarkı yap:\nsen gidince yağmur yağdı\nkalbim sustu bir daha",
        sung_new("sen gidince"),
    ),
    (LT, L, "この歌詞で曲作って！\n君の笑顔が眩しくて\n目を閉じても消えない", sung_new("君の笑顔")),
    # --- a sentence, a colon, then lines that are facts or wishes (not lyrics), or lyrics (controls)
    (
        SV,
        None,
        "Сделай песню на день рождения моей мамы:\nеё зовут Мария\nона очень любит розы",
        not_sung("её зовут Мария"),
    ),
    (
        SV,
        None,
        "Haz una canción para la boda de mi hermana:\nse llama Lucía\nse casa con Pedro en mayo",
        not_sung("se llama Lucía"),
    ),
    (
        SV,
        None,
        "Mach ein Lied für meinen Opa zum Geburtstag:\ner heißt Günter\ner liebt seinen Garten über alles",
        not_sung("er heißt Günter"),
    ),
    (
        SV,
        None,
        "Zrób piosenkę dla mojej żony na rocznicę:\nma na imię Ania\npoznaliśmy się w Krakowie",
        not_sung("ma na imię Ania"),
    ),
    (
        SV,
        None,
        "Annem için bir doğum günü şarkısı yap:\nadı Ayşe\nen çok papatyaları sever",
        not_sung("en çok papatyaları"),
    ),
    (
        SV,
        None,
        "Φτιάξε ένα τραγούδι για τη γιαγιά μου:\nτη λένε Μαρία\nαγαπάει πολύ τον κήπο της",
        not_sung("τη λένε Μαρία"),
    ),
    (
        SV,
        None,
        "Làm một bài hát tặng mẹ nhân ngày sinh nhật:\nmẹ tên là Lan\nmẹ thích hoa sen nhất",
        not_sung("mẹ tên là Lan"),
    ),
    (
        SV,
        None,
        "Quiero una canción sobre la lluvia en mi ciudad:\nque no sea muy larga\nque se entienda bien la voz",
        not_sung("que no sea muy larga"),
    ),
    (
        SV,
        None,
        "Fais-moi une chanson pour l'anniversaire de Léa:\nqu'elle soit joyeuse\net pas trop longue s'il te plaît",
        not_sung("pas trop longue"),
    ),
    (
        SV,
        None,
        "Faz uma música pro aniversário do meu pai:\nele se chama João\ne adora pescar no domingo",
        not_sung("ele se chama João"),
    ),
    (
        SV,
        None,
        "Fammi una canzone per la laurea di mia figlia:\nsi chiama Giulia\nha studiato medicina a Bologna",
        not_sung("si chiama Giulia"),
    ),
    (
        SV,
        L,
        "Сделай песню на юбилей папы:\nего зовут Сергей\nон любит рыбалку и баню",
        not_sung("его зовут Сергей"),
    ),
    (
        SV,
        None,
        "Fă-mi o piesă pentru iubita mea:\nte iubesc mai mult ca ieri\nești lumina vieții mele",
        sung_new("te iubesc mai mult"),
    ),
    (
        SV,
        None,
        "Зроби пісню для моєї доньки:\nспи, моя зіронько ясна\nхай сниться тобі весна",
        sung_new("моя зіронько"),
    ),
    # --- 'these words' then a colon on the same line
    (
        TW,
        None,
        "Avoid these words: love, baby, heart. Write a pop song about summer.",
        {"tool": NEW, "ask_ok": True, "lyrics_lacks": ["love, baby"]},
    ),
    (TW, L, "No me gusta esta letra: cámbiala por algo más alegre", {**NOTNEW, "lyrics_lacks": ["cámbiala"]}),
    (TW, L, "I hate these lyrics: make them less cheesy", {**NOTNEW, "lyrics_lacks": ["less cheesy"]}),
    (TW, L, "Bu sözleri beğenmedim: daha neşeli bir şey yaz", {**NOTNEW, "lyrics_lacks": ["neşeli"]}),
    (TW, None, "Ce texte ne me plaît pas : écris quelque chose de plus joyeux", not_sung("écris quelque")),
    (TW, None, "この歌詞は使わないで：君の笑顔が眩しくて", not_sung("君の笑顔")),
    (
        TW,
        None,
        "Make a song with these lyrics: summer rain on my window, you were here and now you're gone",
        sung_new("summer rain"),
    ),
    (TW, None, "Haz una canción con esta letra: te fuiste sin decir adiós", sung_new("te fuiste")),
    # --- 'new' beside a part of the track in other words, or in another sense; and controls
    (NP, L, "Lag en ny slutt, 20 sekunder", NOTNEW),
    (NP, L, "Mach den Schluss neu, 20 Sekunden", NOTNEW),
    (NP, L, "Das Gitarrensolo bitte neu, 15 Sekunden", NOTNEW),
    (NP, L, "サビを新しく 20秒くらいで", NOTNEW),
    (NP, L, "副歌换个新的 20秒", NOTNEW),
    (NP, L, "후렴을 새로운 느낌으로 20초", NOTNEW),
    (NP, L, "Il finale lo voglio nuovo, 20 secondi", NOTNEW),
    (NP, L, "Quiero el final nuevo, 20 segundos", NOTNEW),
    (NP, L, "Проигрыш сделай новый, 20 секунд", NOTNEW),
    (NP, L, "Fes el final nou, 20 segons", NOTNEW),
    (NP, L, "Fais-moi, s'il te plaît, une fin de 15 secondes", NOTNEW),
    (NP, L, "Donne-moi, stp, une version de 2 minutes", NOTNEW),
    (NP, L, "That new track is great, 3 minutes is perfect. Now give it a jazzier feel.", NOTNEW),
    (NP, 90, "Den nye sangen er 90 sekunder, jeg trenger 2 minutter", NOTNEW),
    (NP, 120, "No new song please, I want this one at 3 minutes", ext(0, 60, ask_ok=True)),
    (NP, 120, "Nada de canción nueva, esta déjala en 3 minutos", ext(0, 60, ask_ok=True)),
    (NP, 120, "Nie nowa piosenka, tylko ta na 3 minuty", NOTNEW),
    (NP, 90, "Feliz año nuevo, déjala en 2 minutos", ext(0, 30, ask_ok=True)),
    (NP, 90, "Feliz ano novo! Deixa ela com 2 minutos", ext(0, 30, ask_ok=True)),
    (NP, 90, "Frohes Neues! Mach ihn 2 Minuten lang", NOTNEW),
    (NP, 120, "Lagu ini baru 2 menit, jadikan 3 menit", ext(0, 60, ask_ok=True)),
    (NP, 120, "Lagu ni baru 2 minit, buat jadi 3 minit", ext(0, 60, ask_ok=True)),
    (NP, L, "uusi biisi: humppa, 2 min", nw(120)),
    (NP, L, "来个新的 古筝纯音乐 3分钟", nw(180)),
    (NP, L, "nova pisnicka, polka s harmonikou, 2 min", nw(120)),
    (NP, L, "Bài mới nha, bolero buồn, 2 phút", nw(120)),
    (NP, L, "Sad nešto novo: tamburica, 2 minute", nw(120)),
    (NP, L, "A new intro, 20 seconds", NOTNEW),
    (NP, L, "Gjør introen helt ny, 15 sekunder", NOTNEW),
    # --- _A_NEW_THING's dance names: a part of the track turned into one, or put into it
    (AN, L, "Convierte el final en una salsa de 30 segundos", NOTNEW),
    (AN, L, "Mete un tango de 20 segundos en el medio", NOTNEW),
    (AN, L, "Pon una polka de 15 segundos al principio", NOTNEW),
    (AN, L, "Mets une valse de 30 secondes au début", NOTNEW),
    (AN, L, "Fais un truc de 20 secondes pour le début", NOTNEW),
    (AN, L, "Häng eine Polka von 20 Sekunden hinten dran", NOTNEW),
    (AN, L, "Metti un tango di 20 secondi all'inizio", NOTNEW),
    (AN, L, "Ahora una bachata de 3 minutos, nada que ver con esta", nw(180)),
    (AN, L, "Maintenant un tango de 2 minutes", nw(120)),
    # --- 'make it' / 'to' before a length: a whole, unless an amount is said
    (MK, L, "Продли трек, сделай 30 секунд аутро", ext(0, 30, ask_ok=True)),
    (MK, L, "طولها، خليها 30 ثانية زيادة", ext(0, 30, ask_ok=True)),
    (MK, L, "Подовж трек: зроби 30 секунд аутро", ext(0, 30, ask_ok=True)),
    (MK, 120, "Prelungește piesa, fă-o de 3 minute", ext(0, 60, ask_ok=True)),
    (MK, 120, "Продли, сделай 3 минуты", ext(0, 60, ask_ok=True)),
    (MK, 120, "خليها 3 دقايق", ext(0, 60, ask_ok=True)),
    (MK, 120, "תאריך ל3 דקות", ext(0, 60, ask_ok=True)),
    (MK, 120, "拉長佢去3分鐘", ext(0, 60, ask_ok=True)),
    (MK, 120, "Зроби 3 хв, подовж кінець", ext(0, 60, ask_ok=True)),
    (MK, L, "Продли на 30 секунд и сделай 2 версии", ext(0, 30, ask_ok=True)),
    (MK, 120, "Adaugă la final, fă-l de 3 minute", ext(0, 60, ask_ok=True)),
    # --- an 'add' in a clause of its own; a copula after the track's length
    (AC, 120, "Add, if you can, 3 minutes at the end. It's 2 minutes now.", ext(0, 180, ask_ok=True)),
    (AC, 120, "Añade, si puedes, 3 minutos al final; ahora dura 2 minutos", ext(0, 180, ask_ok=True)),
    (AC, 120, "Add some music at the end, 3 minutes, it's 2 minutes now", ext(0, 180, ask_ok=True)),
    (AC, 160, "It's 2:40 now. Make it 3 minutes — add at the end.", ext(0, 20, ask_ok=True)),
    (AC, 160, "गाना अभी 2:40 का है, इसे 3 मिनट का कर दो", ext(0, 20, ask_ok=True)),
    (AC, 160, "آهنگ الان ۲:۴۰ است، می‌خوام ۳ دقیقه بشه، به آخرش اضافه کن", ext(0, 20, ask_ok=True)),
    # --- a video's length said twice
    (VD, 150, "My video is two 3-minute clips back to back, extend the song to cover both", ext(0, 210, ask_ok=True)),
    (VD, 150, "The video is 3 minutes, stretch the song so it's 3 minutes too", ext(0, 30, ask_ok=True)),
    (VD, 100, "For the video, add 2 minutes at the start and 2 minutes at the end", ext(120, 120, ask_ok=True)),
    (VD, 150, "The video has 3 minutes of intro footage and 3 minutes of credits; extend the song", ASK),
    # --- the other end of a trim after 'and'
    (TA, 300, "Cut the first 5 seconds and the last 2 minutes", free(trim_start_s=5, trim_end_s=120, ask_ok=True)),
    (
        TA,
        300,
        "Recorta los primeros 5 segundos y los últimos 2 minutos",
        free(trim_start_s=5, trim_end_s=120, ask_ok=True),
    ),
    (TA, 300, "Обрежь первые 5 секунд и последние 2 минуты", free(trim_start_s=5, trim_end_s=120, ask_ok=True)),
    (TA, 300, "Trim the first 3 seconds and the last 4 bars", free(trim_start_s=3, trim_end_s=8, ask_ok=True)),
    (
        TA,
        300,
        "Trim the first 5 seconds and the last 10 should fade out",
        free(trim_start_s=5, fade_out_s=10, trim_end_s=None, ask_ok=True),
    ),
    (TA, 300, "Cut the first 5 seconds and the last 10 seconds of the vocals", {"trim_end_s": None, "ask_ok": True}),
    (TA, 300, "Trim the first 5 seconds and the last 10 percent", free(trim_start_s=5, trim_end_s=30, ask_ok=True)),
    (TA, 300, "Trim the first 5 seconds and the last 5", free(trim_start_s=5, trim_end_s=5, ask_ok=True)),
    (TA, 300, "Corta los primeros 3 segundos y los últimos 4", free(trim_start_s=3, trim_end_s=4, ask_ok=True)),
    (TA, 300, "Schneide die ersten 2 Sekunden und die letzten 3 ab", free(trim_start_s=2, trim_end_s=3, ask_ok=True)),
    (TA, 300, "Fjern de første 2 sekunder og de sidste 3", free(trim_start_s=2, trim_end_s=3, ask_ok=True)),
    # --- a length taken back and said again as a bare number
    (BA, None, "Make a chill lo-fi beat, 1:30, no wait, 2", nw(120)),
    (BA, None, "Lo-fi beat, 3 minutes, actually no, 90", nw(90)),
    (BA, None, "Un pezzo jazz di 2 minuti, anzi facciamo 45", nw(45)),
    (BA, None, "Canción de 3 minutos, mejor dicho 2 y medio", nw(150)),
    (BA, None, "durata 3 minuti, anzi facciamo 2 e mezzo", nw(150)),
    (BA, None, "Make a 3 minute song, no wait, 2 — one slow, one fast", {"tool": NEW, "takes": 2, "ask_ok": True}),
    (BA, None, "A synthwave track 2:30 long, actually no, 3", nw(180)),
    # --- the language sung
    (
        LG,
        None,
        "इन बोलों पर एक भजन बनाओ:\nमेरे राम तुम्हीं हो सहारा ॥\nतेरे बिना कोई ना हमारा ॥",
        lang("hindi", tags_text_not=["sanskrit"]),
    ),
    (
        LG,
        None,
        "इस श्लोक को गाओ:\nत्वमेव माता च पिता त्वमेव ॥\nत्वमेव बन्धुश्च सखा त्वमेव ॥",
        lang("sanskrit"),
    ),
    (
        LG,
        None,
        "Fac cantum gregorianum his verbis:\nPater noster qui es in caelis\nsanctificetur nomen tuum",
        lang("latin"),
    ),
    (
        LG,
        None,
        "Hazme una balada con esta letra:\nte fuiste un martes sin decir adios\ny yo sigo aqui esperando",
        lang("spanish"),
    ),
    (
        LG,
        None,
        "Hazme una canción en inglés con esta letra:\nyo big drip on me\nskrrt skrrt let's go",
        lang("english", tags_text_not=["spanish"]),
    ),
    (
        LG,
        None,
        "Mach einen Rap auf Englisch mit diesem Text:\nyo we ballin\nno cap fr fr",
        lang("english", tags_text_not=["german"]),
    ),
    (
        LG,
        None,
        "Fais-moi un konpa avec ces paroles en créole :\nm renmen w cheri\npa kite m ale",
        lang("creole", tags_text_not=["french"]),
    ),
    (
        LG,
        None,
        "Fammi una canzone napoletana con questo testo:\nRoma de notte, 'n motorino e du' stelle",
        lang("italian"),
    ),
    (
        LG,
        None,
        "Faz uma música em espanhol com essa letra:\nmi chula bonita\nbaila conmigo",
        lang("spanish", tags_text_not=["portuguese"]),
    ),
    (
        LG,
        None,
        "Make a 2 minutes country song with these lyrics:\nsixty years and still the king\nof every barbecue in spring",
        lang("english", tags_text_not=["french"]),
    ),
    # --- counts of people
    (PP, None, "Wimbo wa dakika 3 watu wacheze harusini", nw(180)),
    (PP, None, "Wimbo wa mapenzi dakika 2 tamu sana", nw(120)),
    (PP, None, "2 मिनट का गाना, 200 लोग नाचेंगे", nw(120)),
    (PP, None, "Lagu 3 menit, 40 orang akan bernyanyi bersama", nw(180)),
    (PP, None, "En sang på 2 minutter til 40 manns bursdagsfest", nw(120)),
    # --- units
    (UN, 120, "Подовж до 3 хв", ext(0, 60, ask_ok=True)),
    (UN, None, "Пісня на 2 хв про весну", nw(120)),
    (UN, L, "Κόψε τα πρώτα 5 δευτ", free(trim_start_s=5, ask_ok=True)),
    (UN, L, "கடைசி 10 செகண்ட் கட் பண்ணு", free(trim_end_s=10, ask_ok=True)),
    (UN, L, "Tambah 3 saat di akhir", ext(0, 3, ask_ok=True)),
    (UN, None, "1 saat surecek sakin bir ambient muzik yap", ASK),
    (UN, None, "Buat lagu 2 menit buat diputar jam 3 saat hujan", nw(120)),
    (UN, None, "Lagu 2 minit, mula jam 4 saat matahari terbenam", nw(120)),
    (UN, L, "페이드인 3초 넣어줘", free(fade_in_s=3, ask_ok=True)),
    # --- table words
    (TB, L, "Fjern vokalen i de sidste 10 sekunder", {"trim_end_s": None, "ask_ok": True}),
    (TB, L, "Lav en ny sang om fjerne lande, 2 minutter", nw(120)),
    (TB, L, "Lav en jingle til fjernsynet på 30 sekunder", nw(30)),
    (TB, L, "Fjern støjen i starten", {"trim_start_s": None, "ask_ok": True}),
    (TB, None, "Fă o piesă pop de 2 minute în care refrenul să se repete de trei ori", nw(120, loop=False)),
    (TB, L, "Vreau ca refrenul să se repete încă o dată la final", {**NOTNEW, "loop": False}),
    (TB, L, "Tukar jadi lebih rancak", {"tool_not": FREE, "ask_ok": True}),
    (TB, L, "Tukar jadi versi akustik", {"tool_not": FREE, "ask_ok": True}),
    (TB, None, "Nada de voz aguda, quiero una voz grave, 2 minutos", nw(120, inst=False)),
    (TB, None, "Nada de letra triste, quiero algo alegre con letra, 2 minutos", nw(120, inst=False)),
    (TB, None, "Nenhuma letra em inglês, só em português, 2 minutos", nw(120, inst=False)),
    (TB, None, "Takde vokal lelaki, nak vokal perempuan, 2 minit", nw(120, inst=False)),
    (TB, None, "唔使人聲太大聲，輕輕哋唱就得，3分鐘", nw(180, inst=False)),
    (TB, None, "Do one take with vocals and one take without, 2 minutes", {"tool": NEW, "takes": 2, "ask_ok": True}),
    (TB, L, "ej przedłuż to o 20 sekund", ext(0, 20, ask_ok=True)),
    (TB, L, "Det skal ikke være en forlengelse, lav om på de sidste 10 sekunder", inp(170, 180, ask_ok=True)),
    (TB, L, "Dodaj jeszcze raz refren na końcu", {"tool": OUT, "ask_ok": True}),
    (TB, L, "Přidej ještě jednou refrén na konec", {"tool": OUT, "ask_ok": True}),
    (TB, None, "Zrób to jeszcze raz, ale 2 minuty", ASK),
    (TB, L, "Το άκουσα ξανά, είναι τέλειο. Κάνε ένα καινούργιο τραγούδι 2 λεπτών", nw(120)),
    (TB, L, "اعمل اغنية اخرى، 30 ثانية", nw(30)),
    (TB, L, "غير اخر 10 ثواني", inp(170, 180, ask_ok=True)),
    (TB, L, "Κόψε τα τελευταια 5 δευτερόλεπτα", free(trim_end_s=5, ask_ok=True)),
    (TB, L, "Talla els darrers 5 segons", free(trim_end_s=5, ask_ok=True)),
    (TB, L, "Lam bai hat moi 2 phut cuoi tuan can gap", nw(120)),
    (TB, None, "Lam bai hat moi 2 phut cuoi tuan minh can gap", nw(120)),
    (TB, L, "Sonunu dəyiş", NOTNEW),
    (TB, None, "Tengeneza wimbo, matoleo mawili, dakika 2", nw(120, takes=2)),
    (TB, L, "Zapisz w wavie", free(output_format="wav", ask_ok=True)),
    # --- no track: a part changed, or something taken from 'my song'
    (PA, None, "Nakaratı daha güçlü olan bir şarkı yap, pop tarzı", {"tool": NEW}),
    (PA, None, "Remove the drums from my song", ASK),
    (PA, None, "Arruma o refrão", ASK),
    (PA, None, "Write a happy pop song, the chorus better than the verse", {"tool": NEW}),
    # --- lyrics labels
    (LB, None, "A dal szövege: szerelemről szóljon, lassú ballada", not_sung("szerelemről szóljon")),
    (LB, None, "اغنية بالكلمات: حزينة، عن الفراق، دقيقتين", not_sung("حزينة")),
    (LB, None, "سوي اغنية بالكلمات هذي:\nيا قلبي لا تحزن\nبكرة يجي الفرح", sung_new("يا قلبي")),
]


if __name__ == "__main__":
    main(PROBES, __file__)
