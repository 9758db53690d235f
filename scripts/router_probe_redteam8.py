"""Red-team probe (redteam8) of the router rules added in 6385c5f..HEAD, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong. The rules under attack: one length said to be the
whole ('insgesamt 5 Minuten', '3 minuti in totale', '全体で2分半') with a track and no other cue as an outpaint to
that total (_total_said / _WHOLE_BEFORE); a lyrics label word right before a quote (read._QUOTED_ANNOUNCE) and
'with the lyrics <words>' ending a request (read._WITH_LYRICS_REST) as the lyrics; Latin-letter lyrics in romanised
Hindi / Punjabi / Tamil / Telugu / Nepali / Bengali requests (_ROMANISED_WORDS); the Malay-or-Indonesian question;
Serbian/Russian and Catalan/Spanish neighbour words; Latin-letter no-vocals cues (bn, fa, pinyin) and new style
words.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK (a
careful reader must ask) or a dict of what a careful reader is sure of: "tool", argument values ("duration",
"extend_after_duration", ...), "inst" (True: lyrics '[inst]'; False: not '[inst]'), "tags_has" / "tags_not"
(whole comma-separated tags), "lyrics_has" / "lyrics_not" (lines that must / must not be the whole lyrics), and
"ask_ok" (a question is as good as the plan). Verdicts: OK, ASKED (a question where a plan was due: no money spent
on a misreading), SILENT WRONG.

Run: sh scripts/uv run python scripts/router_probe_redteam8.py [filter] [-q] [--old SRC]
  -q          print only the non-OK probes
  --old SRC   also run every probe against another build's src directory (e.g. a 6385c5f worktree's src) and
              mark a SILENT WRONG "(pre-existing)" when it is also SILENT WRONG there
  --verdicts  print one JSON object {request: verdict} (used by --old)
"""

from __future__ import annotations

from typing import Any

from probe_kit import ASK, FREE, IN, OUT, ext, inp, main, new

TOT = "_total_said: a whole length beside another tool's request or not the track's whole"
TOTC = "_total_said control (grow to the whole)"
QA = "_QUOTED_ANNOUNCE: label word + quote that is no lyrics (title, theme, texture, example)"
QAC = "_QUOTED_ANNOUNCE control"
WL = "_WITH_LYRICS_REST: 'with the lyrics' + an instruction, not the words"
WLC = "_WITH_LYRICS_REST control"
RM = "_ROMANISED_WORDS: Latin-letter lyrics not in the request's Indic language"
RMC = "_ROMANISED_WORDS control"
MI = "Malay / Indonesian: the question, or a word that does not decide"
NB = "_NEIGHBOUR_WORDS: Serbian/Russian, Catalan/Spanish lyrics in the other's request"
CU = "Latin-letter no-vocals cues (bn, fa, pinyin) and 'variantus'"
SW = "new style words ('seulpeun', 'trep', 'metalli*', 'טראפ')"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- a whole length said beside a cover / remix / stems / tempo request: another tool's, or ask
    (TOT, 180, "make a jazz cover of this, 5 minutes in total", ASK),
    (TOT, 180, "turn it into a 4 minute long lofi version", ASK),
    (TOT, 150, "make it 3 minutes long and turn it into a jazz version", ASK),
    (TOT, 180, "remix it as techno, 4 minutes long", ASK),
    (TOT, 180, "make a 4 minute long acapella of this", ASK),
    (TOT, 120, "slow it down so it lasts 3 minutes in total", ASK),
    (TOT, 180, "make it 4 minutes long and make the vocals louder", ASK),
    (TOT, 180, "hazla de 4 minutos en total pero en versión acústica", ASK),
    (TOT, 180, "全体で5分のカバーを作って", ASK),
    (TOT, 180, "一共4分钟的翻唱版，爵士风", ASK),
    (TOT, 180, "mach daraus einen Jazz-Remix, insgesamt 5 Minuten", ASK),
    (TOT, 180, "fais-en une reprise acoustique de 4 minutes au total", ASK),
    (TOT, 60, "make me a 3 minutes long song like this one", ASK),
    (TOT, 180, "make the outro 4 minutes in total", {"ask_ok": True, "tool": OUT, "extend_before_duration": 0}),
    (TOT, 180, "make it 4 minutes long but in a minor key", ASK),
    (TOT, 180, "the intro should be 4 minutes long", ASK),
    (TOT, 120, "loop it so it's 6 minutes long in total", {"tool": FREE, "ask_ok": True}),
    (TOT, 180, "in total 5 minutes of it, but replace the drums with congas", ASK),
    (TOT, 90, "I need 3 minutes long of background music like this, but without the guitar", ASK),
    (TOT, 180, "сделай кавер в стиле рок, всего 5 минут", ASK),
    (TOT, 180, "extract the vocals, 4 minutes long in total", ASK),
    (TOT, 200, "make a 4 minutes long radio edit", ASK),
    (TOT, 180, "sing it in Spanish instead, 4 minutes in total", ASK),
    (TOT, 180, "कुल 4 मिनट का रीमिक्स बनाओ", ASK),
    (TOT, 180, "총 4분짜리 어쿠스틱 커버로 만들어줘", ASK),
    (TOT, 180, "a total of 5 minutes, but swap the guitar for a piano", ASK),
    # ... the whole said plainly: it grows to it
    (TOTC, 180, "Mach den Song insgesamt 5 Minuten lang", ext(0, 120)),
    (TOTC, 120, "portalo a 3 minuti in totale", ext(0, 60)),
    (TOTC, 150, "全体で3分にして", ext(0, 30)),
    (TOTC, 180, "שיהיה בסך הכול 4 דקות", ext(0, 60)),
    (TOTC, 100, "make it 3 minutes long in total", ext(0, 80)),
    (TOTC, 120, "hazla de 3 minutos en total", ext(0, 60)),
    # --- a label word before a quote that is a title, a theme, a texture, an example
    (
        QA,
        None,
        'a textbook "three chords and the truth" country song',
        new(lyrics_not=["three chords and the truth"], ask_ok=True),
    ),
    (
        QA,
        None,
        "a lyrical 'coming of age in a small town' ballad, piano",
        new(lyrics_not=["coming of age in a small town"], ask_ok=True),
    ),
    (
        QA,
        None,
        "ein Ambient-Stück mit der Textur „warm, weich und analog“",
        new(lyrics_not=["warm, weich und analog"], inst=False, ask_ok=True),
    ),
    (
        QA,
        None,
        'una pieza ambient con textura "cálida, suave y muy analógica"',
        new(lyrics_not=["cálida, suave y muy analógica"], ask_ok=True),
    ),
    (
        QA,
        None,
        "utwór ambient, tekstura „ciepła i miękka jak stary winyl”",
        new(lyrics_not=["ciepła i miękka jak stary winyl"], ask_ok=True),
    ),
    (QA, None, "歌詞のテーマは「夏の終わりと初恋」でJ-POPを作って", new(lyrics_not=["夏の終わりと初恋"], ask_ok=True)),
    (QA, None, "歌词主题是“离别和重逢的故事”，民谣", new(lyrics_not=["离别和重逢的故事"], ask_ok=True)),
    (QA, None, "歌词风格像“七里香”一样，写一首夏天的歌", new(lyrics_not=["七里香"], ask_ok=True)),
    (QA, None, "یه آهنگ روی شعر «مرغ سحر» بساز، سنتی", new(lyrics_not=["مرغ سحر"], ask_ok=True)),
    (
        QA,
        None,
        "instrumentální skladba bez slov „Noční jízda po městě“",
        new(inst=True, lyrics_not=["Noční jízda po městě"], ask_ok=True),
    ),
    (QA, None, 'kuten äiti sanoi "älä koskaan luovuta", tee siitä kappale', new(ask_ok=True)),
    (
        QA,
        None,
        'a song titled "Lyric" about a girl "who never came home" to me',
        new(lyrics_not=["who never came home"], ask_ok=True),
    ),
    (
        QA,
        None,
        "lyric video style 'neon nights in tokyo' synthwave",
        new(lyrics_not=["neon nights in tokyo"], ask_ok=True),
    ),
    (
        QA,
        None,
        "un tema con testo 'da scrivere tu, sull'estate' pop",
        new(lyrics_not=["da scrivere tu, sull'estate"], ask_ok=True),
    ),
    (
        QA,
        None,
        'song with the text "HAPPY BIRTHDAY MOM" on the thumbnail, party pop',
        new(lyrics_not=["HAPPY BIRTHDAY MOM"], ask_ok=True),
    ),
    (QA, None, "piosenka ze słowem „kocham” w każdym wersie, pop", new(lyrics_not=["kocham"], ask_ok=True)),
    (QA, None, "ένα τραγούδι με στιχουργό «Νίκο Γκάτσο» ύφος, λαϊκό", new(lyrics_not=["Νίκο Γκάτσο"], ask_ok=True)),
    # ... controls: the label's own word right before the words
    (QAC, None, "písnička se slovy „jdu domů sám po tmě“, folk", new(lyrics_has=["jdu domů sám po tmě"])),
    (QAC, None, "ένα λαϊκό με στίχους «σ' αγαπώ και σε θυμάμαι»", new(lyrics_has=["σ' αγαπώ και σε θυμάμαι"])),
    (QAC, None, "wimbo wenye maneno 'nakupenda sana mpenzi wangu'", new(lyrics_has=["nakupenda sana mpenzi wangu"])),
    (QAC, None, "歌词是“风吹过麦田，我想起你”，民谣", new(lyrics_has=["风吹过麦田"])),
    (QAC, None, "piosenka ze słowami „idę sam przez miasto nocą”", new(lyrics_has=["idę sam przez miasto nocą"])),
    # --- 'with the lyrics' + an instruction
    (WL, None, "a folk song with the lyrics written by you", new(lyrics_not=["written by you"], ask_ok=True)),
    (WL, None, "a ballad with the lyrics I sent you earlier", new(lyrics_not=["I sent you earlier"], ask_ok=True)),
    (
        WL,
        None,
        "a pop song with the lyrics from my last message",
        new(lyrics_not=["from my last message"], ask_ok=True),
    ),
    (WL, None, "a rock anthem with the lyrics by Bob Dylan", new(lyrics_not=["by Bob Dylan"], ask_ok=True)),
    (WL, None, "una cumbia con la letra escrita por ti", new(lyrics_not=["escrita por ti"], ask_ok=True)),
    (WL, None, "una balada con la letra más triste posible", new(lyrics_not=["más triste posible"], ask_ok=True)),
    (WL, None, "une chanson pop avec les paroles écrites par toi", new(lyrics_not=["écrites par toi"], ask_ok=True)),
    (WL, None, "une chanson avec les paroles suivantes", ASK),
    (WL, None, "ein Lied mit dem Liedtext von Rammstein", new(lyrics_not=["von Rammstein"], ask_ok=True)),
    (WL, None, "ein Schlager mit dem Text meiner Oma", new(lyrics_not=["meiner Oma"], ask_ok=True)),
    (WL, None, "um samba com a letra original da música", new(lyrics_not=["original da música"], ask_ok=True)),
    (
        WL,
        None,
        "een liedje met de tekst van Annie M.G. Schmidt",
        new(lyrics_not=["van Annie M.G. Schmidt"], ask_ok=True),
    ),
    (
        WL,
        None,
        "a jazz tune with the lyrics translated into Spanish",
        new(lyrics_not=["translated into Spanish"], ask_ok=True),
    ),
    (WL, 180, "regenerate 0:30 to 1:00 with the lyrics unchanged", inp(30, 60, lyrics_not=["unchanged"], ask_ok=True)),
    (WL, None, "a lullaby with the lyrics you wrote yesterday", new(lyrics_not=["you wrote yesterday"], ask_ok=True)),
    (WL, None, "una rumba amb la lletra que vulguis", new(lyrics_not=["que vulguis"], ask_ok=True)),
    (WL, None, "a sea shanty with the lyrics being about my dog", new(lyrics_not=["being about my dog"], ask_ok=True)),
    (
        WL,
        None,
        "a tango with the lyrics sung by a choir of children",
        new(lyrics_not=["sung by a choir of children"], ask_ok=True),
    ),
    (WL, None, "un bolero con la letra cantada por una mujer", new(lyrics_not=["cantada por una mujer"], ask_ok=True)),
    (
        QA,
        None,
        "Textzeile „ich bin so müde heute Nacht“ im Refrain, den Rest schreibst du",
        new(lyrics_not=["ich bin so müde heute Nacht"], ask_ok=True),
    ),
    (
        RMC,
        None,
        "bhai ek song bana do yaar, lyrics: 'I miss you tonight, baby, come back to me'",
        new(tags_not=["hindi vocal"]),
    ),
    (
        WLC,
        None,
        "una cumbia alegre con la letra baila conmigo hasta que salga el sol",
        new(lyrics_has=["baila conmigo hasta que salga el sol"]),
    ),
    (WLC, None, "une valse avec les paroles on danse sous la pluie", new(lyrics_has=["on danse sous la pluie"])),
    # --- romanised Indic requests whose lyrics are in another language
    (
        RM,
        None,
        "bhai ek chill song bana do yaar, lyrics: 'midnight drive, city lights, golden skies'",
        new(tags_not=["hindi vocal"], ask_ok=True),
    ),
    (
        RM,
        None,
        "yaar mujhe ek song chahiye, lyrics: 'summer nights, neon lights, endless vibes'",
        new(tags_not=["hindi vocal"], ask_ok=True),
    ),
    (
        RM,
        None,
        "lam bai hat tang cha, loi: 'cha oi, cha la ca mot troi thuong'",
        new(tags_not=["nepali vocal"], ask_ok=True),
    ),
    (
        RM,
        None,
        "kono uta o tsukutte, lyrics: 'kono sekai de kimi to ami'",
        new(tags_not=["bengali vocal"], ask_ok=True),
    ),
    (RM, None, "oru song pannu, lyrics: 'baby baby dancing tonight'", new(tags_not=["tamil vocal"], ask_ok=True)),
    (
        RM,
        None,
        "gawa ka ng kanta, lyrics: 'naa ka sa akong kasingkasing, oka lang'",
        new(tags_not=["telugu vocal"], ask_ok=True),
    ),
    (
        RM,
        None,
        "bhai ek Punjabi song bana do, lyrics: 'tenu yaad karda haan mainu'",
        new(tags_not=["hindi vocal"], ask_ok=True),
    ),
    (
        RM,
        None,
        "mujhe ek urdu ghazal chahiye, lyrics: 'dil-e-nadaan tujhe hua kya hai'",
        new(tags_not=["hindi vocal"], ask_ok=True),
    ),
    (RM, None, "maak een liedje, tekst: 'ik hou van jou, nee nee nee'", new(tags_not=["punjabi vocal", "tamil vocal"])),
    (
        RM,
        None,
        "ek song bana do, lyrics: 'hola amor, quiero amar, mi vida'",
        new(tags_not=["hindi vocal", "bengali vocal"], ask_ok=True),
    ),
    (
        RM,
        None,
        "tumi ekta gaan banao, lyrics: 'amar amar amor, te quiero'",
        new(tags_not=["bengali vocal"], ask_ok=True),
    ),
    (RMC, None, "bhai ek sad song bana do, lyrics: 'tera naam liya, dil ne mera'", new(tags_has=["hindi vocal"])),
    (RMC, None, "oru kadhal paattu pannu, lyrics: 'nee illama naan illa'", new(tags_has=["tamil vocal"])),
    (RMC, None, "oka prema paata cheyyi, lyrics: 'nuvve naa pranam'", new(tags_has=["telugu vocal"])),
    # --- Malay / Indonesian
    (
        MI,
        None,
        'lagu anak-anak, lirik: "naik kereta api tut tut tut, siapa hendak turut"',
        new(tags_not=["malay vocal"], ask_ok=True),
    ),
    (MI, None, 'lagu dalam bahasa Melayu, lirik: "aku rindu padamu selalu"', new(tags_has=["malay vocal"])),
    (MI, None, 'lagu dalam bahasa Indonesia, lirik: "aku rindu padamu selalu"', new(tags_has=["indonesian vocal"])),
    (MI, None, 'buat lagu pop, reff: "kau cahaya di hatiku, selamanya"', new(tags_not=["malay vocal"], ask_ok=True)),
    (
        MI,
        None,
        'lagu macam-macam rasa, lirik: "hidup ini indah bila bersama"',
        new(ask_ok=True, tags_not=["malay vocal"]),
    ),
    (
        MI,
        None,
        'gawe lagu jawa, lirik: "aku tresno karo kowe selawase"',
        new(tags_not=["malay vocal", "indonesian vocal"], ask_ok=True),
    ),
    # --- Serbian / Russian, Catalan / Spanish
    (
        NB,
        None,
        "haz una canción con la letra: 't'estimo molt, amor meu, per sempre'",
        new(tags_not=["spanish vocal"], ask_ok=True),
    ),
    (
        NB,
        None,
        "fes-me una cançó amb la lletra: 'te quiero mucho, mi amor, para siempre'",
        new(tags_not=["catalan vocal"], ask_ok=True),
    ),
    (
        NB,
        None,
        "направи тужну песму са текстом: 'я люблю тебя навсегда, моя любовь'",
        new(tags_not=["serbian vocal"], ask_ok=True),
    ),
    (
        NB,
        None,
        "сделай грустную песню со словами: 'волим те заувек, љубави моја'",
        new(tags_not=["russian vocal"], ask_ok=True),
    ),
    (
        NB,
        None,
        "направи тъжна песен с текст: 'обичам те завинаги, мила моя'",
        new(tags_not=["serbian vocal", "russian vocal"], ask_ok=True),
    ),
    (
        NB,
        None,
        "направи тажна песна со текст: 'те сакам засекогаш, љубов моја'",
        new(tags_not=["russian vocal", "serbian vocal"], ask_ok=True),
    ),
    (
        NB,
        None,
        "зроби сумну пісню зі словами: 'кохаю тебе назавжди, моя любов'",
        new(tags_not=["russian vocal", "serbian vocal"], ask_ok=True),
    ),
    (
        NB,
        None,
        "haz una canción muy triste, letra: 'amb tu, sempre amb tu'",
        new(tags_not=["spanish vocal"], ask_ok=True),
    ),
    # --- Latin-letter no-vocals cues and 'variantus'
    (CU, None, "ekta gaan banao, kono vocal chara na, ami gaite chai", new(inst=False, ask_ok=True)),
    (CU, None, "ye ge, bu yao ren sheng tai xiao, yao da sheng chang", new(inst=False, ask_ok=True)),
    (CU, None, "ye ge ge, mei you ren sheng de di fang jia yi dian gang qin", new(inst=False, ask_ok=True)),
    (CU, None, "yek ahang bedoon-e sedaa-ye bas, ba khanande zan", new(inst=False, ask_ok=True)),
    (CU, None, "gaan chara ami bachbo na, ekta romantic gaan banao", new(inst=False, ask_ok=True)),
    (CU, None, "chun yin yue de ge ci: 'wo ai ni'", new(ask_ok=True)),
    (CU, None, "sukurk 3 variantus, lietuviška daina", new(takes=3, ask_ok=True)),
    (CU, 180, "bu yao ren sheng", {"tool": IN, "ask_ok": True}),
    (CU, None, "ekta gaan, kono vocal chara", new(inst=True)),
    # --- new style words
    (SW, None, "לחן טראפ עם ליווי פסנתר", new(tags_has=["trap"])),
    (SW, None, "napravi trep pesmu, 2 minuta", new(tags_has=["trap"], duration=120)),
    (
        SW,
        None,
        "tee kappale metallisella soundilla ja metallin kolinalla, ambient",
        new(tags_not=["metal"], ask_ok=True),
    ),
    (SW, None, "laulu metallityömiehistä, folk", new(tags_not=["metal"])),
    (SW, None, "metallica-tyylinen kappale", new(tags_has=["metal"])),
    (SW, None, "seulpeun ballad, piano", new(tags_has=["sad"])),
    (SW, None, "sad song not seulpeun at all, happy", new(tags_not=["sad"], ask_ok=True)),
    (SW, None, "pjesma o trepavicama, pop", new(tags_not=["trap"])),
    (SW, None, "pesma sa trepćućim svetlima, ambient", new(tags_not=["trap"])),
    (SW, None, "판타지 RPG 배경음악", new(tags_has=["fantasy"], inst=True, ask_ok=True)),
    (SW, None, "ye shou gang qin qu, 2 fen zhong", new(duration=120, ask_ok=True)),
    (SW, None, "пісня про рок-н-рольного батька, фолк", new(tags_not=["rock"], ask_ok=True)),
    (SW, None, "pesma o tri epa, treptaj oka", new(tags_not=["trap"])),
]


if __name__ == "__main__":
    main(PROBES, __file__)
