"""Red-team probe (redteam47) of the router rules changed in 557cd55 (and its parents 7c43041, fef6b8c), hunting
SILENT WRONG plans (a plan made without a question whose tool or a certain argument is wrong) and questions asked
where the answer was plain (verdict ASKED), on new ground: the broad part words of _A_PART_SAID said of no part of
the track (a real new piece: 'un son cubano', 'horn section', 'middle eastern', 'my final exams', '中間テスト'), part
words it lacks (coda, breakdown, cierre, fim, einde, концовка, 收尾); a length or a number right after 'another'
(_LENGTH_RIGHT_AFTER); keep and end words inside a real spot's clause (_clause_around, _KEPT_OR_ENDED) and keep words
it lacks; part-of-mix words before a bare level (_GAIN_BEFORE); the Chinese fade pair (_BOTH_ENDS_FADE third form,
_FADE_WAY); a language named as a topic (_LANGUAGE_ONLY in said_in); the romanised Japanese and Korean words
(ROMANISED_WORDS) in lyrics of other languages; and short requests with a style after 'ok', 'ancora', 'de novo',
'daha' (_NO_STYLE_SAID).

FIGURES. First run on 557cd55 (labels committed before it, 97e15db): 128 probes; OK 49, ASKED 52, SILENT WRONG 27
(18 new vs fef6b8c^, 9 pre-existing), ERROR 0. The base fef6b8c^ on the same probes: OK 57, ASKED 62, SILENT WRONG 9,
ERROR 0 (18 OK -> silent, 10 asked -> OK). The direct parent 7c43041: OK 83, ASKED 30, SILENT WRONG 15, ERROR 0;
against it 557cd55 turns 12 OK -> silent, 26 OK -> asked, 4 asked -> OK.

New silent (vs fef6b8c^), by cause:
- ROMANISED_WORDS, the Japanese and Korean sets (all 7 OK on 7c43041): a word repeated three times, or a name said
  in the request and sung, makes the lyrics Japanese or Korean. Tagalog 'anong uri ng pag-ibig, anong uri ...' ->
  korean vocal (uri, 'kind'); Indonesian '... ke sarang, sarang di pohon tua, sarang yang hangat' -> korean vocal
  (sarang, 'nest'); pinyin 'wo ai ni, wo xiang ni, wo bu neng mei you ni' -> japanese vocal; Spanish 'para mi perra
  Yume ... "Yume, Yume, baila conmigo, Yume"' -> japanese; 'para mi perro Uri ... "Uri, Uri, mi amigo fiel, Uri"'
  -> korean; Italian 'per Kimi ... "Kimi, Kimi, corri veloce"' -> japanese; 'cumbia ... "Koi, mi pececito, Koi,
  Koi naranja"' -> japanese.
- _BOTH_ENDS_FADE third form (OK on 7c43041, which asked): '淡入淡出2秒' after a part of the track ('副歌淡入淡出2秒',
  the chorus; '人声淡入淡出2秒', the vocals) fades both ends of the whole track 2 s.
- _FADE_WAY: '淡入2秒然后淡出' (fade in 2 s, then fade out) plans fade_out_s 2 and no fade in at all.
- _LANGUAGE_ONLY as a topic (OK on 7c43041): 'background music for my 中文 podcast, lo-fi' -> chinese vocal;
  '廣東話教學的背景音樂' (background music for a Cantonese lesson) -> a sung piece, cantonese vocal.
- keep words _KEPT_OR_ENDED lacks, or said after the clause's comma (silent on 7c43041 too): '1:15 is perfect,
  don't change it, redo 1:00-1:30', '1:15 mola mucho, no lo toques, rehaz 1:00-1:30', '1:15 soll so bleiben, mach
  1:00 bis 1:30 neu', '1:15 va bene così, rifai 1:00-1:30', '1:15 ни в коем случае не менять, переделай 1:00-1:30':
  60-90 redrawn over the moment to keep.
- a part word _A_PART_SAID lacks (silent on 7c43041 too): 'noch eins für den Schlussteil, jazziger' -> a new piece
  tagged 'jazz, den schlussteil, jazziger'. (coda, breakdown, cierre, assolo, fim, einde, konec, концовка, エンディング,
  收尾, 마지막 부분 were all asked.)

Pre-existing silent (9): a language named as a topic sung in: 'a song about learning zhongwen, upbeat pop', 'write a
rap about how hard zhongwen is' (chinese vocal), "a song for my 日本語 teacher's birthday" (japanese), 'a pop song
about my 한국어 homework' (korean), 'a funny song about failing my tiếng việt exam' (vietnamese), 'a song about my
grandma who talks to me bel 3arabi' (arabic), '一首关于学广东话的搞笑歌' (a Mandarin request about learning
Cantonese: cantonese vocal); '间奏淡出3秒' (the interlude faded: the track's end faded 3 s); 'okay, dungeon synth'
(tags 'synth' only).

Asked where the plan was plain (52; 26 of them OK on 7c43041):
- _A_PART_SAID said of no part of the track: all 29 real new pieces asked (edit_or_extend), 12 of them new in
  557cd55: 'a son missing his father', 'son şarkı bu' (the last song), 'my final exams', 'a big horn section',
  'half-time drum and bass', 'solo piano', "'bout my cat", 'fammi un altro pezzo' (pezzo is 'a piece'), 'Teil meines
  Sets', 'suasana awal pagi' (early morning), 'akhir pekan' (weekend), 'для моего начальника' (my boss). The other
  17 were asked on 7c43041 too ('otra, un son cubano', 'otra, un himno góspel con coro', 'encore une, … du funk',
  'middle eastern', 'massive drop', 'もう一曲、20代後半の…', '중간고사', the Hebrew, Portuguese, Russian ones): a
  short 'otra, un …' or a non-English 'another' with a style and a topic is asked with or without a part word (an
  'another one for the intro of my youtube channel' is asked as an extension).
- _LENGTH_RIGHT_AFTER: 'another one, 2 minutes, jazz', '… 90 seconds, lo-fi hip hop, no vocals', 'noch eins, 1
  Minute, Techno ohne Gesang', 'ещё один, 2 минуты, джаз без вокала', 'another one in 3/4', 'another one about the
  80s', 'another one at 140 bpm' (new in 557cd55: any digit within 20 characters); 'otra, de 2 minutos, salsa',
  "un'altra, 3 minuti", 'another one with 2 saxophones' asked on 7c43041 too. ('encore une, 30 secondes, …' planned.)
- _GAIN_BEFORE's mix words: 'love the vocals! wav -14', 'great drums. mp3 at -14 please', 'perfect voice, wav -14',
  'bass is fine, wav -14', 'Gesang top, wav bei -14 bitte', '人声不错，wav -14' (the -14 asked, new in 557cd55);
  'ボーカル最高、wavで-14', 'bring me a wav at -14', 'drop me a wav at -14' asked on every build. ('la voz perfecta,
  wav a -14', 'voix nickel …', 'вокал огонь …', '보컬 좋아요 …' planned: the praise is over 14 characters off.)
- spots: 'at 1:10 the drums end too early, regenerate 1:00-1:30' ('end' in the clause, new); 'keep the vibe but 1:10
  has a click, redo 1:05-1:15' (on every build).
- fades: '渐入3秒，渐弱5秒' (渐入 no cue word: the 3 s asked); '淡入淡出都不要，剪掉最后2秒' (no fades: the refused fade asked).

No label was changed after the run.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam47.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, IN, NEW, OUT, Plan, ext, fmt_is, inp, main, nw, nws, sung, trim

probe_kit.wrong = probe_kit.wrong_more
_ = (Plan, IN, OUT, nw, sung)

L = 150.0
FREE = "process_track"

PS = "a part word of _A_PART_SAID said of no part of the track: a real new piece (a question is a miss)"
PE = "a part of the track in a word _A_PART_SAID lacks: no new piece"
LA = "a length or number right after 'another' (_LENGTH_RIGHT_AFTER)"
SP = "a keep or end word in a real spot's clause, and keep words unlisted (_clause_around, _KEPT_OR_ENDED)"
GB = "a part of the mix before a bare level (_GAIN_BEFORE)"
ZF = "the Chinese fade pair (_BOTH_ENDS_FADE third form, _FADE_WAY)"
LO = "a language named as a topic, not the one sung in (_LANGUAGE_ONLY)"
RW = "romanised Japanese and Korean words in lyrics of other languages (ROMANISED_WORDS)"
NS = "a style after 'ok', 'ancora', 'de novo', 'daha' (_NO_STYLE_SAID)"


def edit(**kw: Any) -> dict[str, Any]:
    """Anything but a new piece: an edit of the open track, or a question."""
    return {"tool_not": NEW, "ask_ok": True, **kw}


def np(**kw: Any) -> dict[str, Any]:
    """A new piece beside the open track, one take (a question is a miss)."""
    return {"tool": NEW, "takes": None, **kw}


def fades(fin: float | None, fout: float | None, **kw: Any) -> dict[str, Any]:
    """The track faded in and out over these (None: no fade that way), free."""
    return {"tool": FREE, "fade_in_s": fin, "fade_out_s": fout, **kw}


def not_lang(*words: str, **kw: Any) -> dict[str, Any]:
    """A new sung piece whose tags name none of these languages (a question is fine)."""
    return {"tool": NEW, "inst": False, "ask_ok": True, "tags_text_not": list(words), **kw}


def style(*words: str, **kw: Any) -> dict[str, Any]:
    """A new piece whose tags hold these words (a question is a miss)."""
    return {"tool": NEW, "tags_text": list(words), **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) a part word said of no part of the track: the new piece beside it is planned
    (PS, L, "another one, a sad acoustic ballad about a son missing his father", np()),
    (PS, L, "one more, something orchestral for the final scene of my film", np()),
    (PS, L, "otra, una canción de rock sobre el fin del mundo", np()),
    (PS, L, "otra, un son cubano", np()),
    (PS, L, "encore une, avec un son plus rétro, du funk", np()),
    (PS, L, "bir tane daha, caz olsun, son şarkı bu", np()),
    (PS, L, "another one, lo-fi to study for my final exams", np()),
    (PS, L, "another one, funk with a big horn section", np()),
    (PS, L, "another one, middle eastern style with oud", np()),
    (PS, L, "another one, half-time drum and bass", np()),
    (PS, L, "another one, dubstep with a massive drop", np()),
    (PS, L, "another one, solo piano, very calm", np()),
    (PS, L, "another one for the intro of my youtube channel, upbeat electro", np()),
    (PS, L, "another one, jazzy, 'bout my cat", np()),
    (PS, L, "otra, un himno góspel con coro", np()),
    (PS, L, "otra más, un vals para el baile final", np()),
    (PS, L, "encore une, plutôt vers le jazz", np()),
    (PS, L, "fammi un altro pezzo, stile jazz", np()),
    (PS, L, "un'altra, un inno rock per la finale di calcio", np()),
    (PS, L, "noch eins, Reggae, über das Ende der Welt", np()),
    (PS, L, "noch eins, Techno, für den zweiten Teil meines Sets", np()),
    (PS, L, "mais uma, um samba sobre o começo do carnaval", np()),
    (PS, L, "satu lagi, lagu pop, suasana awal pagi", np()),
    (PS, L, "satu lagi, lagu dangdut tentang akhir pekan", np()),
    (PS, L, "ещё одну, весёлую поп-песню для моего начальника", np()),
    (PS, L, "ещё одну, рок, про начало весны", np()),
    (PS, L, "もう一曲、20代後半の恋を歌うバラード", np()),
    (PS, L, "한 곡 더, 중간고사 공부할 때 들을 로파이", np()),
    (PS, L, "עוד אחד, שיר רוק על הבית שלי", np()),
    # --- (1b) a part of the track in a word the list lacks: no new piece
    (PE, L, "un'altra per la coda, più jazz", edit()),
    (PE, L, "another one for the breakdown, jazzier", edit()),
    (PE, L, "otra para el cierre, más rock", edit()),
    (PE, L, "noch eins für den Schlussteil, jazziger", edit()),
    (PE, L, "ancora un assolo, più rock", edit()),
    (PE, L, "outra pro fim, mais rock", edit()),
    (PE, L, "nog eentje voor het einde, meer jazz", edit()),
    (PE, L, "ještě jednu pro konec, víc jazz", edit()),
    (PE, L, "еще один для концовки, джаз", edit()),
    (PE, L, "もう一回、エンディングだけジャズっぽく", edit()),
    (PE, L, "再来一个收尾，爵士一点", edit()),
    (PE, L, "한 번 더, 마지막 부분만 재즈로", edit()),
    # --- (2) a length or a number right after 'another': a new piece of that length, or with that many
    (LA, L, "another one, 2 minutes, jazz", nws(120, takes=None)),
    (LA, L, "another one, 90 seconds, lo-fi hip hop, no vocals", nws(90, inst=True, takes=None)),
    (LA, L, "otra, de 2 minutos, salsa", nws(120, takes=None)),
    (LA, L, "noch eins, 1 Minute, Techno ohne Gesang", nws(60, inst=True, takes=None)),
    (LA, L, "ещё один, 2 минуты, джаз без вокала", nws(120, inst=True, takes=None)),
    (LA, L, "un'altra, 3 minuti, pop italiano", nws(180, takes=None)),
    (LA, L, "encore une, 30 secondes, un jingle joyeux au ukulélé", nws(30, takes=None)),
    (LA, L, "another one with 2 saxophones, smooth jazz", np()),
    (LA, L, "another one in 3/4, a jazz waltz", np()),
    (LA, L, "another one about the 80s, synthwave", np()),
    (LA, L, "another one at 140 bpm, drum and bass", np()),
    (LA, L, "another 2 minutes of this, jazzier", ext(0, 120, ask_ok=True)),
    # --- (3) end or keep words inside a real spot's clause; keep words the list lacks
    (SP, L, "the bit at 1:10 where the verse ends is off, redo 1:05-1:20", inp(65, 80)),
    (SP, L, "at 1:10 the drums end too early, regenerate 1:00-1:30", inp(60, 90)),
    (SP, L, "keep the vibe but 1:10 has a click, redo 1:05-1:15", inp(65, 75)),
    (SP, L, "el golpe del 1:10 donde termina el verso suena mal, rehaz 1:05-1:20", inp(65, 80)),
    (SP, L, "bei 1:10 endet die Strophe zu abrupt, mach 1:00 bis 1:20 neu", inp(60, 80)),
    (SP, L, "1:10でボーカルが終わるのが早い、1:00〜1:20を作り直して", inp(60, 80)),
    (SP, L, "1:10处人声结束得太突然，重做1:00到1:20", inp(60, 80)),
    (SP, L, "en 1:10 se deja de oír la voz, rehaz 1:05-1:20", inp(65, 80)),
    (SP, L, "à 1:10 la voix se termine trop tôt, refais 1:05-1:20", inp(65, 80)),
    (SP, L, "1:15 is perfect, don't change it, redo 1:00-1:30", ASK),
    (SP, L, "1:15 mola mucho, no lo toques, rehaz 1:00-1:30", ASK),
    (SP, L, "redo 1:00-1:30 but the part around 1:15 stays", ASK),
    (SP, L, "1:15 soll so bleiben, mach 1:00 bis 1:30 neu", ASK),
    (SP, L, "1:15 va bene così, rifai 1:00-1:30", ASK),
    (SP, L, "1:15 ни в коем случае не менять, переделай 1:00-1:30", ASK),
    # --- (4) a part of the mix praised before a bare level beside a format: still the loudness
    (GB, L, "love the vocals! wav -14", fmt_is("wav", loudness_lufs=-14.0)),
    (GB, L, "great drums. mp3 at -14 please", fmt_is("mp3", loudness_lufs=-14.0)),
    (GB, L, "perfect voice, wav -14", fmt_is("wav", loudness_lufs=-14.0)),
    (GB, L, "bass is fine, wav -14", fmt_is("wav", loudness_lufs=-14.0)),
    (GB, L, "la voz perfecta, wav a -14", fmt_is("wav", loudness_lufs=-14.0)),
    (GB, L, "Gesang top, wav bei -14 bitte", fmt_is("wav", loudness_lufs=-14.0)),
    (GB, L, "voix nickel, envoie un wav à -14", fmt_is("wav", loudness_lufs=-14.0)),
    (GB, L, "вокал огонь, скинь wav -14", fmt_is("wav", loudness_lufs=-14.0)),
    (GB, L, "ボーカル最高、wavで-14", fmt_is("wav", loudness_lufs=-14.0)),
    (GB, L, "人声不错，wav -14", fmt_is("wav", loudness_lufs=-14.0)),
    (GB, L, "보컬 좋아요, wav -14로", fmt_is("wav", loudness_lufs=-14.0)),
    (GB, L, "bring me a wav at -14", fmt_is("wav", loudness_lufs=-14.0)),
    (GB, L, "drop me a wav at -14, thanks", fmt_is("wav", loudness_lufs=-14.0)),
    (GB, L, "can you turn it into a wav at -14", fmt_is("wav", loudness_lufs=-14.0)),
    (GB, L, "vocals -6, then export wav", ASK),
    # --- (5) the Chinese fade pair in other phrasings
    (ZF, L, "副歌淡入淡出2秒", ASK),
    (ZF, L, "人声淡入淡出2秒", ASK),
    (ZF, L, "间奏淡出3秒", ASK),
    (ZF, L, "淡入2秒然后淡出", {"tool": FREE, "fade_in_s": 2, "ask_ok": True}),
    (ZF, L, "先淡入再淡出3秒", {"tool": FREE, "fade_out_s": 3, "ask_ok": True}),
    (ZF, L, "淡入三秒，淡出五秒，导出mp3", fades(3, 5, output_format="mp3")),
    (ZF, L, "结尾淡出5秒，开头淡入2秒", fades(2, 5)),
    (ZF, L, "淡出淡入各2秒", fades(2, 2, ask_ok=True)),
    (ZF, L, "淡入淡出各兩秒", fades(2, 2)),
    (ZF, L, "開頭和結尾各淡入淡出1秒", fades(1, 1)),
    (ZF, L, "渐入3秒，渐弱5秒", fades(3, 5)),
    (ZF, L, "淡入淡出都不要，剪掉最后2秒", trim(end=2, fade_in_s=None, fade_out_s=None)),
    (ZF, L, "淡入淡出2秒，导出wav", fades(2, 2, output_format="wav")),
    (ZF, L, "开头淡入2秒就行，不要淡出", fades(2, None)),
    (ZF, L, "淡出2秒太短了，改成淡出5秒", {"tool": FREE, "fade_out_s": 5, "ask_ok": True}),
    # --- (6) a language named as a topic or a title: not the language sung in
    (LO, None, "a song about learning zhongwen, upbeat pop", not_lang("chinese")),
    (LO, None, "write a rap about how hard zhongwen is", not_lang("chinese")),
    (LO, None, "an ad jingle for a zhongwen tutoring app, English lyrics", not_lang("chinese")),
    (LO, None, "a song for my 日本語 teacher's birthday, acoustic", not_lang("japanese")),
    (LO, None, "a pop song about my 한국어 homework", not_lang("korean")),
    (LO, None, "a funny song about failing my tiếng việt exam", not_lang("vietnamese")),
    (LO, None, "a song about my grandma who talks to me bel 3arabi, acoustic", not_lang("arabic")),
    (
        LO,
        None,
        "background music for my 中文 podcast, lo-fi",
        {"tool": NEW, "ask_ok": True, "tags_text_not": ["chinese"]},
    ),
    (LO, None, "廣東話教學的背景音樂", {"tool": NEW, "ask_ok": True, "tags_text_not": ["cantonese"]}),
    (LO, None, "一首关于学广东话的搞笑歌", not_lang("cantonese")),
    (LO, None, "pisnia pro vesnu ukrainskoiu, folk", {"tool": NEW, "ask_ok": True, "tags_text": ["ukrainian"]}),
    # --- (7) romanised Japanese and Korean words in lyrics of other languages
    (
        RW,
        None,
        'Fammi un canto sacro con questo testo: "Laudato si, mi Signore, per sora luna e le stelle, per sora acqua, '
        'per sora nostra morte"',
        not_lang("japanese"),
    ),
    (
        RW,
        None,
        'Gumawa ng OPM ballad gamit ang lyrics na ito: "anong uri ng pag-ibig, anong uri ng puso, anong uri ng tao ka"',
        not_lang("korean"),
    ),
    (
        RW,
        None,
        'Buat lagu pop dengan lirik ini: "burung pulang ke sarang, sarang di pohon tua, sarang yang hangat"',
        not_lang("korean"),
    ),
    (
        RW,
        None,
        'Hazme un reguetón para mi perra Yume con esta letra: "Yume, Yume, baila conmigo, Yume"',
        not_lang("japanese"),
    ),
    (
        RW,
        None,
        'Hazme una canción para mi perro Uri con esta letra: "Uri, Uri, mi amigo fiel, Uri"',
        not_lang("korean"),
    ),
    (RW, None, 'Make a ballad with these lyrics: "wo ai ni, wo xiang ni, wo bu neng mei you ni"', not_lang("japanese")),
    (
        RW,
        None,
        'Mach einen Schlager mit diesem Text: "Wo warst du, wo gehst du, wo bleibt die Zeit"',
        not_lang("japanese"),
    ),
    (
        RW,
        None,
        'Una canzone per Kimi con questo testo: "Kimi, Kimi, corri veloce, Kimi campione"',
        not_lang("japanese"),
    ),
    (RW, None, 'Hazme una cumbia con esta letra: "Koi, mi pececito, Koi, Koi naranja"', not_lang("japanese")),
    # --- (8) a style said after 'ok', 'ancora', 'de novo', 'daha' (no track): the style is the tags
    (NS, None, "ok jazz", style("jazz")),
    (NS, None, "ancora più rock", style("rock")),
    (NS, None, "de novo, mas em bossa nova", style("bossa")),
    (NS, None, "bir daha, ama caz olsun", style("jazz")),
    (NS, None, "ok, chamamé", style("chamam")),
    (NS, None, "okay, dungeon synth", style("dungeon synth")),
    (NS, None, "ancora, ma city pop", style("city pop")),
    (NS, None, "de novo: forró", style("forr")),
    (NS, None, "daha: arabesk", style("arabesk")),
    (NS, None, "ok, sea shanty", style("shanty")),
]


if __name__ == "__main__":
    main(PROBES, __file__)
