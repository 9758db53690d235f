"""Red-team probe (redteam69) of 5a992f3: __init__._format_after_a_story (_FORMAT_STORY, _CLAUSE_MARK) and
_bitrate's `fmt`; read.find_lyrics's post-processing (_TITLE_LINE, _CHORD_LINE / _without_chords,
_closing_line_after with _THANKS, _VOICE_ASKED, _CJK_LENGTH_LINE and a last 'N bpm' line); 'just beats' in
_WITHOUT_SINGING; and the guards account._not_ordered narrowed (_NOT_YET not beside a new piece, _UNDECIDED only in
the plan verb's clause, _DONE_ALREADY / _DONE_KIND, 'уже/вже/już/sudah/už' struck from _NOT_BEFORE_VERB, 'yesterday'
words added to it, _NOT_AFTER_VERB right after the verb only, _COST_QUESTION narrowed). In 22 languages as users
type them. Hunted silent wrong plans first. Formats: the wanted format in a clause holding a story word of the list
('has', 'is', 'was', 'send', 'al', 'ya', 'déjà', 'já', 'już', 'уже', 'вече', 'sudah', 'đã', 'redan', 'ήδη', '已经',
'送っ', '용량', 'çok büyük') with the other refused or run down after it ('it has to be wav, not mp3', 'ya te dije que
en wav, no en mp3', 'send me the wav, mp3 sounds bad'), and a story or a correction after the wanted one ('mp3
please. the wav I sent was too big', 'mp3, no wait, flac'). Lyrics whose real last sung line is a one-line stanza
ending in a word of thanks in the _THANKS list ('So I just say thank you', 'Merci, merci, merci', 'ありがとう',
'Tylko ty', 'Powiedz tak', 'Tusind tak', 'Raise your glass and cheers'), names a voice ('Hear the female voice',
'Una voz femenina'), a tempo ('Disco, disco, 120 bpm', '심장이 뛰어 120bpm') or a CJK length ('一分钟', '三秒'); sung
lines that look like chords (the alphabet song's 'A B C D E F G', 'A B C', Vietnamese 'Em'). 'just beats' / 'just a
beat' said of a heart, a title, a producer, an intro. Messages that order nothing: reports with the words struck
from _NOT_BEFORE_VERB ('я уже продлил', 'już dodałem', 'už jsem prodloužil', 'aku sudah menambah') or with time words
it lacks ('the other day', 'earlier today', 'la semaine dernière', '前天', '昨日'); a new piece for later ('maybe
later we can make…', 'pas maintenant', 'не сейчас', 'nanti saja'), now past _NOT_YET; a price asked in forms
_COST_QUESTION lost ('얼마야?', 'いくら？', 'بكم'); a Korean negation two words after the verb ('늘리는 건 하지 마');
doubt spoken as a question ('还没想好，要不要…'). Plain orders beside 'yesterday' words ('wie gestern … ausblenden',
'come ieri aggiungi', 'как вчера обрежь'), 'I wonder if you could', curiosity, 'not yet perfect', 'why don't you'.

FIGURES. First run on 5a992f3 (labels committed before it, 90d3b2a): 100 probes; OK 18, ASKED 23, SILENT WRONG 58,
ERROR 1. Versus --old ed59ec2 (the router before 5a992f3): OK 69, ASKED 26, SILENT WRONG 5, ERROR 0. Of the 58
silent plans 53 are new in 5a992f3 (39 planned right on ed59ec2, 14 asked there) and 5 pre-existing; the error is
new; 12 probes right on ed59ec2 are asked needlessly now; one is fixed ("I've already exported it twice, just
regenerate 0:40-0:50", asked on ed59ec2, now planned). Lucky OKs: 'я уже продлил…', 'я уже добавил…', 'już
dodałem…', 'už jsem to prodloužil…', 'aku sudah menambah…' and '끝을 20초 늘리는 건 하지 마' / '…거 필요 없어요' get the
edit-or-extend question (the paid fields), not whether anything is wanted.

Silent wrong plans (58; 53 new), by cause:
- __init__._format_after_a_story (21, all new): _FORMAT_STORY holds words that tell no story of a format ('has',
  'is', 'was', 'send', 'al', 'ya', 'déjà', 'já', 'już', 'уже', 'вече', 'redan', 'ήδη', '送っ', '용량', 'çok büyük'),
  so the wanted format's own clause counts as a story and the other format of the last clause wins; and
  deliverable_words then replaces `wanted` with it, past the _NOT_THIS_FORMAT refusal. A refusal in the last clause
  (16) -> mp3: 'it has to be wav, not mp3', 'wav is what I need, not mp3', 'wav was what I asked for, not mp3!', 'ya
  te dije que en wav, no en mp3', 'conviértelo al formato wav, no a mp3', "je l'ai déjà dit : en wav, pas en mp3",
  'já disse: wav, não mp3', 'już mówiłem: wav, nie mp3', 'я уже говорил: wav, не mp3', 'вече казах: wav, не mp3',
  'ik zei al wav, geen mp3', 'jag har redan sagt wav, inte mp3', 'Σου είπα ήδη wav, όχι mp3',
  'wavで送ってって言ったよね、mp3じゃなくて', '용량 상관없이 wav로 주세요, mp3 말고요', 'çok büyük olsa da wav olsun, mp3 değil'. A complaint or a
  comparison in the last clause (5) -> mp3: 'send me the wav, mp3 sounds bad on their system', 'send it as flac, the
  label wants no mp3', 'could you send it as wav? mp3 loses too much', 'flac is better. mp3 sounds worse', "te l'ho
  mandato in wav apposta, non in mp3".
- read._closing_line_after drops a real last sung line (24 new, plus the error): _THANKS at the end of a one-line last
  stanza of five words or fewer (14): 'So I just say thank you', 'Merci, merci, merci', 'Danke schön, danke schön',
  'ありがとう', '고마워요', '谢谢', 'Por todo, gracias', 'Muito obrigado', 'Her şey için sağ ol', 'За всё спасибо',
  'Raise your glass and cheers', 'Tack', Danish 'Tusind tak', and Polish 'Powiedz tak' ('tak' = yes) and 'Tylko ty'
  ('ty' = you); _VOICE_ASKED anywhere in it (3): 'Hear the female voice', 'Eine männliche Stimme ruft', 'Una voz
  femenina'; the 'N bpm' last line (3): 'Disco, disco, 120 bpm', 'My heart at 180 bpm', '심장이 뛰어 120bpm' (the
  tempo also goes into the tags); _CJK_LENGTH_LINE (1): a sung echo '一分钟' dropped and made the duration (60). ERROR
  (new): a sung last line '三秒' is dropped as a length, made duration 3, and InvalidInput ('`duration` is 3 but must
  be … from 5 to 240') is raised instead of a question.
- read._CHORD_LINE / _without_chords (3 new): two or more single letters A-G are a chord line: the alphabet song's
  'A B C D E F G' and a sung 'A B C' dropped; its lone-chord branch takes Vietnamese 'Em' (you) as E minor.
- account._not_ordered skips _NOT_YET beside a new piece (plan.tool == text_to_audio) (4 new, paid 120 s): 'maybe
  later we can make a 2 minute lofi beat', 'pas maintenant, mais plus tard une chanson de 2 minutes sur la mer', 'не
  сейчас, потом сделаем трек на 2 минуты', 'nanti saja bikin lagu 2 menit tentang laut'.
- account._COST_QUESTION narrowed (2 new, 1 pre-existing; paid 180 s): '3分の曲を作ったらいくら？' (bare 'いくら' no longer
  read: only いくら+かかる/ですか/くらい/位), 'بكم أغنية مدتها 3 دقائق؟' ('بكم' struck); '3분짜리 곡 만들면 얼마야?'
  (pre-existing: no '얼마야' form, neither before nor now).
- account._UNDECIDED read only in the plan verb's clause (1 new): 'still not sure yet. extending the end by 30 s, good
  idea?' -> after 30 (a sentence end between; the trailing question is not read either).
- account._NOT_BEFORE_VERB lost 'вже' (1 new): 'я вже додав 20 секунд в кінці' -> after 20 (_DONE_ALREADY is English
  only; Russian/Polish/Czech/Indonesian forms were saved only by the edit-or-extend question).
- reports with time words none of the lists hold (4 pre-existing): 'earlier today I cut the first 5 seconds, sounds
  fine' -> trim_start 5; 'la semaine dernière tu as rallongé la fin de 30 secondes' -> after 30; '前天我把结尾延长了20秒，
  效果不好', '昨日最後を20秒延長したけど微妙だった' -> after 20 (_NOT_BEFORE_VERB's new report words are 'last time',
  'yesterday', 'ayer', 'вчера', '上次', '昨天' and the like only).

Needless questions (23; 12 new, 11 pre-existing), by cause:
- _WITHOUT_SINGING's new '(only|just) (the|a)? beats?' (5 new): 'a piano ballad about how my heart just beats for
  you, female vocals', "a ballad called 'Just a Beat Away', soft male vocals", 'not just beats, I want a real song
  with a sung chorus…', 'my producer only sends me just beats, so write me a full song with vocals', 'a 2 min hip hop
  track, just beats at first, then a rapper comes in': read as no vocals, then asked against the voice named (without
  a voice word each would be a silent instrumental).
- _NOT_BEFORE_VERB's new 'yesterday' words as a comparison, 'as yesterday' (5 new): 'wie gestern die letzten 10
  Sekunden ausblenden, bitte', 'come ieri aggiungi 20 secondi alla fine', 'как вчера обрежь первые 5 секунд', 'igual
  que ayer alarga 20 segundos al final', 'tak jak wczoraj dodaj 20 sekund na końcu': 'says not to …'.
- _NOT_YET's 'i wonder if' on the polite 'I wonder if you could add 10 seconds at the end' (1 new); _ONLY_ASKING's
  'out of curiosity' anywhere ('out of curiosity I listened to the end again: please extend it by 20 s') (1 new).
- pre-existing (11): two formats asked where one is plainly wanted (8): 'sudah kubilang wav, bukan mp3', 'tôi đã nói
  là wav, không phải mp3', '已经说了要wav，不要mp3' ('sudah', 'đã' not in _FORMAT_STORY), and a story or a correction after
  the wanted one ('mp3 please. the wav I sent was too big', 'make it wav. not mp3, that was too small', 'mp3, no wait,
  flac', 'mp3 bitte. Die WAV, die ich geschickt habe, war zu groß', 'en mp3 por favor, el wav que te mandé era muy
  pesado': _format_after_a_story only ever picks the last clause's format, and returns None when that clause tells
  the story); _UNDECIDED 'not yet' in the verb's clause ('not yet perfect but cut the first 3 seconds'); 'Song title:
  Paper Boats' then unlabelled lines asks whether they are lyrics; Indonesian 'Terima kasih' lyrics get the
  Malay-or-Indonesian language question (so its closing cut is not seen).

Labels: none changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a dict
of what a careful reader is sure of (scripts/probe_kit.py wrong_more, plus 'dur_in': (lo, hi)); 'ask_ok' where a
question is as good as the plan (a format compared, not plainly refused). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR. A message that orders nothing is ASK: any plan is wrong, free ones too.

Run: sh scripts/uv run python scripts/router_probe_redteam69.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, OUT, SUNG, Plan, ext, fade, fmt_is, free, inp, lyr, main, nws, sung, trim

_ = (Plan, NEW, OUT, FREE, free, nws, lyr)

L = 150.0
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


def song(stanza: str, last: str, intro: str = "Make a song with these lyrics, acoustic pop:", gap: str = "\n\n") -> str:
    """A request, a blank line, a stanza and its real last sung line (after a blank line, or `gap`)."""
    return f"{intro}\n\n{stanza}{gap}{last}"


S1 = "Through the rain and through the years\nYou were there to dry my tears"
S2 = "Lights go down across the floor\nWe keep dancing, wanting more"

RF = "two formats, the wanted one in a clause with a story word, the other refused after it ('not mp3'): the wanted"
CM = "two formats, a comparison or a complaint after the wanted one ('mp3 sounds bad'): the wanted (or a question)"
CR = "two formats, a story or a correction after the wanted one ('mp3 please. the wav I sent was too big'): wanted"
TH = "lyrics whose real last sung line is a one-line stanza ending in a thanks word ('Merci, merci', 'Tylko ty')"
VB = "lyrics whose real last sung line names a voice, a tempo or a CJK length ('a female voice calls', '120 bpm')"
CH = "lyrics with a sung line that looks like chords ('A B C D E F G', 'Em') or a title: every sung line kept"
JB = "'just beats' / 'just a beat' said of something else ('my heart just beats for you'): sung, not [inst]"
DN = "a report of a verb done before, in words the narrowed guards dropped or never had ('я уже продлил'): ASK"
LN = "a new piece for later ('maybe later we can make…', 'pas maintenant', 'nanti saja'): ASK, nothing paid"
CQ = "a price asked in forms the narrowed _COST_QUESTION lost ('얼마야?', 'いくら？', 'بكم'): ASK, nothing paid"
NA = "a negation after the verb, a word or two away ('늘리는 건 하지 마'): ASK"
UD = "undecided, or weighing the edit aloud, in the plan's own clause or a question ('还没想好，要不要…'): ASK"
PO = "a plain order beside 'yesterday', 'I wonder if you could', curiosity, 'not yet', 'why don't you': the plan"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) the wanted format in a clause with a story word, another refused after it: the wanted one
    (RF, L, "it has to be wav, not mp3", fmt_is("wav")),
    (RF, L, "wav is what I need, not mp3", fmt_is("wav")),
    (RF, L, "wav was what I asked for, not mp3!", fmt_is("wav")),
    (RF, L, "ya te dije que en wav, no en mp3", fmt_is("wav")),
    (RF, L, "conviértelo al formato wav, no a mp3", fmt_is("wav")),
    (RF, L, "je l'ai déjà dit : en wav, pas en mp3", fmt_is("wav")),
    (RF, L, "já disse: wav, não mp3", fmt_is("wav")),
    (RF, L, "już mówiłem: wav, nie mp3", fmt_is("wav")),
    (RF, L, "я уже говорил: wav, не mp3", fmt_is("wav")),
    (RF, L, "вече казах: wav, не mp3", fmt_is("wav")),
    (RF, L, "sudah kubilang wav, bukan mp3", fmt_is("wav")),
    (RF, L, "tôi đã nói là wav, không phải mp3", fmt_is("wav")),
    (RF, L, "ik zei al wav, geen mp3", fmt_is("wav")),
    (RF, L, "jag har redan sagt wav, inte mp3", fmt_is("wav")),
    (RF, L, "Σου είπα ήδη wav, όχι mp3", fmt_is("wav")),
    (RF, L, "已经说了要wav，不要mp3", fmt_is("wav")),
    (RF, L, "wavで送ってって言ったよね、mp3じゃなくて", fmt_is("wav")),
    (RF, L, "용량 상관없이 wav로 주세요, mp3 말고요", fmt_is("wav")),
    (RF, L, "çok büyük olsa da wav olsun, mp3 değil", fmt_is("wav")),
    # --- (2) a comparison or a complaint of the other format after the wanted one: the wanted one, or a question
    (CM, L, "send me the wav, mp3 sounds bad on their system", fmt_is("wav", ask_ok=True)),
    (CM, L, "send it as flac, the label wants no mp3", fmt_is("flac", ask_ok=True)),
    (CM, L, "could you send it as wav? mp3 loses too much", fmt_is("wav", ask_ok=True)),
    (CM, L, "flac is better. mp3 sounds worse", fmt_is("flac", ask_ok=True)),
    (CM, L, "te l'ho mandato in wav apposta, non in mp3", fmt_is("wav", ask_ok=True)),
    (CM, L, "I was asked for mp3 but I'd rather send flac", fmt_is("flac", ask_ok=True)),
    (CM, L, "is flac really better than mp3?", ASK),
    # --- (3) a story or a correction after the wanted one: the wanted one, plainly
    (CR, L, "mp3 please. the wav I sent was too big", fmt_is("mp3")),
    (CR, L, "make it wav. not mp3, that was too small", fmt_is("wav")),
    (CR, L, "mp3, no wait, flac", fmt_is("flac")),
    (CR, L, "mp3 bitte. Die WAV, die ich geschickt habe, war zu groß", fmt_is("mp3")),
    (CR, L, "en mp3 por favor, el wav que te mandé era muy pesado", fmt_is("mp3")),
    # --- (4) a last sung line, one line after a blank line, ending in a word of thanks: kept
    (TH, None, song(S1, "So I just say thank you"), sung("So I just say thank you")),
    (TH, None, song(S1, "Merci, merci, merci", "Une chanson pop avec ces paroles :"), sung("Merci, merci, merci")),
    (TH, None, song(S2, "Danke schön, danke schön", "Ein Schlager mit diesem Text:"), sung("Danke schön, danke schön")),
    (TH, None, song("君と歩いた道\n忘れない日々", "ありがとう", "この歌詞でバラードを作って："), sung("ありがとう")),
    (TH, None, song("너와 걷던 길\n잊지 못할 날들", "고마워요", "이 가사로 발라드 만들어 줘:"), sung("고마워요")),
    (TH, None, song("和你走过的路\n不会忘记的日子", "谢谢", "用这段歌词做一首民谣："), sung("谢谢")),
    (
        TH,
        None,
        song("Kiedy gasną wszystkie światła\nZostajesz tylko ty i ja", "Tylko ty", "Piosenka z tym tekstem:"),
        sung("Tylko ty"),
    ),
    (
        TH,
        None,
        song("Zapytaj mnie jeszcze raz\nCzy zostanę z tobą", "Powiedz tak", "Ballada z tym tekstem:"),
        sung("Powiedz tak"),
    ),
    (TH, None, song("For alle årene\nFor alt du gav", "Tusind tak", "En popsang med denne tekst:"), sung("Tusind tak")),
    (
        TH,
        None,
        song("Por la luz y por el mar\nPor tu forma de mirar", "Por todo, gracias", "Balada con esta letra:"),
        sung("Por todo, gracias"),
    ),
    (
        TH,
        None,
        song("Pelo sol e pelo mar\nPor você sempre ficar", "Muito obrigado", "Um samba com esta letra:"),
        sung("Muito obrigado"),
    ),
    (
        TH,
        None,
        song("Untuk semua hari kita\nUntuk cinta yang ada", "Terima kasih", "Lagu pop dengan lirik ini:"),
        sung("Terima kasih"),
    ),
    (
        TH,
        None,
        song("Her gece yanımdaydın\nHer sabah umudumdun", "Her şey için sağ ol", "Bu sözlerle bir şarkı yap:"),
        sung("Her şey için sağ ol"),
    ),
    (
        TH,
        None,
        song("За рассветы и закаты\nЗа тепло твоих ладоней", "За всё спасибо", "Песня с этим текстом:"),
        sung("За всё спасибо"),
    ),
    (TH, None, song(S2, "Raise your glass and cheers"), sung("Raise your glass and cheers")),
    (TH, None, song("Du var där i mörkret\nDu höll min hand", "Tack", "En poplåt med den här texten:"), sung("Tack")),
    # --- (5) a last sung line that names a voice, a tempo or a CJK length: kept
    (VB, None, song(S2, "Hear the female voice"), sung("Hear the female voice")),
    (
        VB,
        None,
        song(
            "Im Nebel steh ich still\nIch weiß nicht, was ich will",
            "Eine männliche Stimme ruft",
            "Ein Popsong mit diesem Text:",
        ),
        sung("Eine männliche Stimme ruft"),
    ),
    (
        VB,
        None,
        song("En la noche sin final\nAlguien canta en el portal", "Una voz femenina", "Bolero con esta letra:"),
        sung("Una voz femenina"),
    ),
    (VB, None, song(S2, "Disco, disco, 120 bpm", gap="\n"), sung("Disco, disco, 120 bpm")),
    (VB, None, song(S2, "My heart at 180 bpm", gap="\n"), sung("My heart at 180 bpm")),
    (
        VB,
        None,
        song("너를 보면 두근두근\n멈출 수가 없어", "심장이 뛰어 120bpm", "이 가사로 댄스곡 만들어 줘:", "\n"),
        sung("심장이 뛰어 120bpm"),
    ),
    (
        VB,
        None,
        song("再给我一分钟\n让我再看你一眼", "一分钟", "用这段歌词做一首情歌：", "\n"),
        sung("让我再看你一眼\n一分钟"),
    ),
    (
        VB,
        None,
        song("カウントダウン 始まる\nあと少しで 夢が叶う", "三秒", "この歌詞でポップスを作って：", "\n"),
        sung("三秒"),
    ),
    # --- (6) a sung line that looks like chords, or a title line: every sung line kept
    (
        CH,
        None,
        "Make a children's song with these lyrics:\n\nA B C D E F G\nH I J K L M N O P\nQ R S T U V\n"
        "W X Y and Z\nNow I know my ABCs",
        sung("A B C D E F G"),
    ),
    (
        CH,
        None,
        song("Easy as one two three\nSimple as do re mi", "A B C", "Make a funk song with these lyrics:", "\n"),
        sung("A B C"),
    ),
    (CH, None, "Viết bài ballad với lời này:\n\nAnh vẫn chờ nơi đây\nEm\nEm có nghe không", sung("Em\nEm có nghe")),
    (
        CH,
        None,
        "Song title: Paper Boats\n\nPaper boats on a rainy street\nCarry all the words we never speak",
        sung("Paper boats on a rainy street", lyrics_lacks=["Song title"]),
    ),
    # --- (7) 'just beats' / 'just a beat' of something else: sung
    (JB, None, "a piano ballad about how my heart just beats for you, female vocals", SUNG),
    (JB, None, "a ballad called 'Just a Beat Away', soft male vocals", SUNG),
    (JB, None, "not just beats, I want a real song with a sung chorus about summer", SUNG),
    (JB, None, "my producer only sends me just beats, so write me a full song with vocals", SUNG),
    (JB, None, "a 2 min hip hop track, just beats at first, then a rapper comes in", SUNG),
    (
        JB,
        None,
        "Make an indie pop song with these lyrics:\n\nI'm just a beat behind you\nAlways one step too late",
        sung("I'm just a beat behind you"),
    ),
    # --- (8) a report of a verb done before: ASK
    (DN, L, "я уже продлил его на 30 секунд", ASK),
    (DN, L, "я уже добавил 20 секунд в конце, теперь нормально", ASK),
    (DN, L, "я вже додав 20 секунд в кінці", ASK),
    (DN, L, "już dodałem 20 sekund na końcu", ASK),
    (DN, L, "už jsem to prodloužil o 30 sekund", ASK),
    (DN, L, "aku sudah menambah 20 detik di akhir", ASK),
    (DN, L, "I've already added a 20 s outro, it's fine now", ASK),
    (DN, L, "we already extended it by 30 seconds last week", ASK),
    (DN, L, "the other day you added 20 seconds at the end and it clipped", ASK),
    (DN, L, "earlier today I cut the first 5 seconds, sounds fine", ASK),
    (DN, L, "la semaine dernière tu as rallongé la fin de 30 secondes", ASK),
    (DN, L, "前天我把结尾延长了20秒，效果不好", ASK),
    (DN, L, "昨日最後を20秒延長したけど微妙だった", ASK),
    # --- (9) a new piece for later: ASK
    (LN, None, "maybe later we can make a 2 minute lofi beat", ASK),
    (LN, None, "pas maintenant, mais plus tard une chanson de 2 minutes sur la mer", ASK),
    (LN, None, "не сейчас, потом сделаем трек на 2 минуты", ASK),
    (LN, None, "nanti saja bikin lagu 2 menit tentang laut", ASK),
    # --- (10) a price asked: ASK
    (CQ, None, "3분짜리 곡 만들면 얼마야?", ASK),
    (CQ, None, "3分の曲を作ったらいくら？", ASK),
    (CQ, None, "بكم أغنية مدتها 3 دقائق؟", ASK),
    # --- (11) a negation after the verb, a word or two away: ASK
    (NA, L, "끝을 20초 늘리는 건 하지 마", ASK),
    (NA, L, "끝을 20초 늘리는 거 필요 없어요", ASK),
    # --- (12) undecided or weighing it, in the plan's own clause or a question: ASK
    (UD, L, "still not sure yet. extending the end by 30 s, good idea?", ASK),
    (UD, L, "还没想好，要不要把结尾延长20秒", ASK),
    # --- (13) plain orders with those words around them: the plan
    (PO, L, "I wonder if you could add 10 seconds at the end", ext(0, 10)),
    (PO, L, "wie gestern die letzten 10 Sekunden ausblenden, bitte", fade(10)),
    (PO, L, "come ieri aggiungi 20 secondi alla fine", ext(0, 20)),
    (PO, L, "как вчера обрежь первые 5 секунд", trim(start=5)),
    (PO, L, "igual que ayer alarga 20 segundos al final", ext(0, 20)),
    (PO, L, "tak jak wczoraj dodaj 20 sekund na końcu", ext(0, 20)),
    (PO, L, "out of curiosity I listened to the end again: please extend it by 20 s", ext(0, 20)),
    (PO, L, "not yet perfect but cut the first 3 seconds", trim(start=3)),
    (PO, L, "why don't you extend it by 30 s, it feels short", ext(0, 30)),
    (PO, L, "yesterday you did great. now extend the end by 20 s", ext(0, 20)),
    (PO, L, "I've already exported it twice, just regenerate 0:40-0:50", inp(40, 50)),
]

if __name__ == "__main__":
    main(PROBES, __file__)
