"""Red-team probe (redteam9) of the router rules added in 97d726e..HEAD, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong. The rules under attack: counts typed in Latin letters
before a unit (read._ROMAN_COUNT: 'do minute', 'twa minit', 'liang fen zhong'; _ROMAJI_MIN '2 fun gurai'); the new
cue words ('tack on', 'dobav', 'v kontse', 'chivara', 'córtale', 'aakhir mein', 'shuru mein', 'ant vich', 'לופ',
'uta nashi', 'men gher soot', 'bala 8ina'); 'at both ends' in more languages (ranges.BOTH_ENDS); the fade question
(account._FADE_SECONDS); the token matching that places one-reading tokens first (account.unplaced) and the count
word that is not asked about (account._spelled_number); _total_said after _other_tool and only where nothing else
is said; 'with the lyrics <words>' asked about (lyrics_said_unmarked); Haitian/French neighbour words; a named
Malay or Indonesian; '流行'.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK (a
careful reader must ask) or a dict of what a careful reader is sure of: "tool", "tool_not" (a tool the plan must
not be), argument values ("duration", "extend_after_duration", ...; None: the argument must not be set), "takes",
"inst" (True: lyrics '[inst]'; False: not '[inst]'), "tags_has" / "tags_not" (whole comma-separated tags),
"lyrics_has" / "lyrics_not", and "ask_ok" (a question is as good as the plan). Verdicts: OK, ASKED (a question
where a plan was due: no money spent on a misreading), SILENT WRONG.

Run: sh scripts/uv run python scripts/router_probe_redteam9.py [filter] [-q] [--old SRC]
  -q          print only the non-OK probes
  --old SRC   also run every probe against another build's src directory (e.g. a 97d726e worktree's src) and
              mark a SILENT WRONG "(pre-existing)" when it is also SILENT WRONG there
  --verdicts  print one JSON object {request: verdict} (used by --old)
"""

from __future__ import annotations

from typing import Any

from probe_kit import ASK, FREE, OUT, ext, free, inp, main, new

RC = "_ROMAN_COUNT: a Latin-letter word before a unit that is no count ('do minute-long', 'Wu Miao', 'das Second')"
RCC = "_ROMAN_COUNT / _ROMAJI_MIN control"
CU = "new cue words used in another sense ('tack' = thanks, 'v kontse', 'chivara', 'uta nashi', 'lus', 'לופ')"
CUC = "new cue words control"
BE = "BOTH_ENDS phrase said of something else ('burn the candle at both ends', 'pain on both sides')"
BEC = "BOTH_ENDS control"
FD = "_FADE_SECONDS: the seconds of a fade read as new music"
FDC = "fade control"
UP = "unplaced / _spelled_number: counts of versions beside lengths"
TOT = "_total_said: a whole length beside another tool's word not in _OTHER_THAN_LONGER"
TOTC = "_total_said control"
WL = "lyrics_said_unmarked / lyrics in a request"
NB = "Haitian/French neighbours, Serbian letters, Malay/Indonesian named, '流行'"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- a Latin-letter word before a unit that is no count
    (RC, None, "a jazz tune where the players do minute-long solos each, upbeat", new(duration=None, ask_ok=True)),
    (RC, None, "a song about the little things we do minute by minute, folk, 3 minutes", new(duration=180)),
    (RC, 180, "do second verse again with more energy", {"tool_not": OUT, "ask_ok": True}),
    (RC, None, "a rock song where we do second verse louder than the first", new(duration=None, ask_ok=True)),
    (RC, None, "ein Lied über das Second-Hand-Geschäft meiner Oma, Folk", new(duration=None, ask_ok=True)),
    (RC, None, "a blues about my old tin second-hand guitar", new(duration=None, ask_ok=True)),
    (RC, None, "a country song about grandma's tin minute timer", new(duration=None, ask_ok=True)),
    (RC, None, "a pop punk anthem about teen minute-long crushes", new(duration=None, ask_ok=True)),
    (RC, None, "a guqin piece inspired by the Wu Miao temple in Xi'an", new(duration=None, ask_ok=True)),
    (RC, None, "a birthday song for my friend Shi Miao, happy pop", new(duration=None, ask_ok=True)),
    (RC, None, "a lullaby for baby Yi Miao, soft piano", new(duration=None, ask_ok=True)),
    (RC, None, "a folk song about the San Miao people of ancient China", new(duration=None, ask_ok=True)),
    (RC, 180, "add a guzheng solo like the ones in Er Miao's videos", {"tool_not": OUT, "ask_ok": True}),
    (RC, None, "das min/max Prinzip als Techno-Track, 3 Minuten", new(duration=180)),
    (RC, None, "una canzone per bambini: il gatto dice si miao, allegra", new(duration=None, ask_ok=True)),
    (RC, 180, "make the intro ek second shorter? no wait, just fade it in", {"tool_not": OUT, "ask_ok": True}),
    # ... Malay 'kat' (at) before 'minit' (Malay minute too), more names and English 'do'
    (RC, 180, "buat semula bahagian kat minit kedua", {"tool_not": OUT, "ask_ok": True}),
    (RC, None, "lagu pop 3 minit, klimaks kat minit kedua", new(duration=180, ask_ok=True)),
    (RC, None, "a song for Er Miao's wedding, romantic ballad", new(duration=None, ask_ok=True)),
    (RC, 180, "please do minute-level edits only: regenerate 0:30 to 0:40", inp(30, 40)),
    (RC, None, "ein Lied über das Minute-Maid-Werbejingle, Pop", new(duration=None, ask_ok=True)),
    # ... controls
    (RCC, None, "do minute ka ek sad song bana do", new(duration=120)),
    (RCC, None, "fè yon chante konpa twa minit", new(duration=180)),
    (RCC, None, "liang fen zhong de gang qin qu", new(duration=120)),
    (RCC, None, "piano no kyoku, 2 fun gurai de", new(duration=120)),
    (RCC, None, "a fun little ditty, 2 fun ideas in it, ukulele", new(duration=None, ask_ok=True)),
    (RCC, None, "fais une chanson qui dis tout, 2 minutes", new(duration=120)),
    # --- new cue words in another sense
    (CU, 180, "Gör om de första 10 sekunderna, tack", inp(0, 10, ask_ok=True)),
    (CU, 180, "Gör om refrängen från 0:30 till 0:50, tack", inp(30, 50)),
    (CU, 180, "Tona ut de sista 5 sekunderna, tack", free(fade_out_s=5, ask_ok=True)),
    (CU, 120, "Gör låten 3 minuter lång totalt, tack", ext(0, 60, ask_ok=True)),
    (CU, 180, "Klipp bort de första 5 sekunderna, tack så mycket", free(trim_start_s=5, ask_ok=True)),
    (CU, 180, "replace the guitar with a tack piano", {"tool_not": OUT, "ask_ok": True}),
    (CU, 180, "peredelay pripev, kotoryy v kontse", ASK),
    (CU, 180, "dobav barabany v pripeve", ASK),
    (CU, None, "napishi pesnyu, slova: 'i v kontse dnya ya vernus domoy'", new(duration=None)),
    (CU, 180, "malli cheyyi modata 10 seconds", inp(0, 10, ask_ok=True)),
    (CU, 180, "chivara 10 seconds malli cheyyi", inp(170, 180, ask_ok=True)),
    (CU, 180, "aakhir ke 10 second dobara banao", inp(170, 180, ask_ok=True)),
    (CU, 180, "shuru mein 10 second ki guitar hata do", {"tool_not": OUT, "ask_ok": True}),
    (CU, 180, "mach es lustiger", {"tool_not": FREE, "ask_ok": True}),
    (CU, 180, "mach den Refrain lustiger und verlängere ihn nicht", {"tool_not": FREE, "ask_ok": True}),
    (CU, None, "uta nashi no sekai ni tsuite no uta o tsukutte, J-pop", new(inst=False, ask_ok=True)),
    (CU, None, "oghneya 3an wa7da mashyet men gher soot, sung by a woman, arabic pop", new(inst=False, ask_ok=True)),
    (CU, None, "שיר על לופטהנזה וטיסות לילה, פופ", new(ask_ok=True)),
    (CU, 180, "תעשה את הפזמון יותר לופט ומרווח", {"tool_not": FREE, "ask_ok": True}),
    (CU, 180, "córtale el rollo al cantante: quita la voz", {"tool_not": OUT, "ask_ok": True}),
    (CU, None, "uta nashi de wa ikirarenai, to iu uta, rock", new(inst=False, ask_ok=True)),
    # ... controls
    (CUC, None, "bala 8ina, piano music", new(inst=True)),
    (CUC, 180, "dobav 20 sekund v nachale", ext(20, 0)),
    (CUC, 180, "ant vich 10 second hor jod do", ext(0, 10)),
    (CUC, 180, "tack on 15 seconds at the end", ext(0, 15)),
    (CUC, 180, "córtale los últimos 5 segundos", free(trim_end_s=5, ask_ok=True)),
    (CUC, 180, "תעשה מזה לופ", free(loop=True, ask_ok=True)),
    # --- 'at both ends' said of something else
    (BE, 180, "Förläng låten med 15 sekunder i slutet, den handlar om att bränna ljuset i båda ändar", ext(0, 15)),
    (BE, 180, "Forlæng nummeret med 15 sekunder til sidst, det handler om at brænde lyset i begge ender", ext(0, 15)),
    (BE, 180, "Forleng slutten med 20 sekunder; publikum på begge sider av salen skal høre det", ext(0, 20)),
    (BE, 180, "Adaugă 10 secunde la final, e despre a arde lumânarea la ambele capete", ext(0, 10)),
    (BE, 180, "תוסיף 10 שניות בסוף, השיר על הכאב בשני הצדדים", ext(0, 10)),
    (BE, 180, "۱۰ ثانیه به آخر آهنگ اضافه کن؛ درباره درختان در دو طرف خیابان است", ext(0, 10)),
    (BE, 180, "أضف 10 ثوانٍ في النهاية، الأغنية عن الألم في الطرفين", ext(0, 10)),
    (BE, 180, "dagdagan ng 10 segundo sa dulo, tungkol sa magkasintahan sa dalawang dulo ng mundo", ext(0, 10)),
    (BE, 180, "ongeza sekunde 10 mwishoni, wimbo kuhusu amani pande zote mbili", ext(0, 10)),
    (BE, 180, "Πρόσθεσε 10 δευτερόλεπτα στο τέλος, για ένα σχοινί τεντωμένο και στις δύο άκρες", ext(0, 10)),
    (BE, None, "Lag en sang om en konflikt med sinne på begge sider, 3 minutter", new(duration=180)),
    # ... controls
    (BEC, 180, "forlæng nummeret med 20 sekunder i begge ender", ext(20, 20)),
    (BEC, 180, "förläng låten med 10 sekunder i båda ändar", ext(10, 10)),
    # --- the seconds of a fade
    (FD, 180, "añade un desvanecimiento de 3 segundos al final", free(fade_out_s=3, ask_ok=True)),
    (FD, 180, "ajoute un fondu de 3 secondes à la fin", free(fade_out_s=3, ask_ok=True)),
    (FD, 180, "aggiungi una dissolvenza di 3 secondi alla fine", free(fade_out_s=3, ask_ok=True)),
    (FD, 180, "добавь затухание 3 секунды в конце", free(fade_out_s=3, ask_ok=True)),
    (FD, 180, "最后加一个3秒的淡出", free(fade_out_s=3, ask_ok=True)),
    (FD, 180, "最後に3秒のフェードアウトを追加して", free(fade_out_s=3, ask_ok=True)),
    (FD, 180, "끝에 3초 페이드아웃 추가해줘", free(fade_out_s=3, ask_ok=True)),
    (FD, 180, "sona 3 saniyelik bir fade out ekle", free(fade_out_s=3, ask_ok=True)),
    (FD, 180, "add a fade-out at the end, 3 seconds long", free(fade_out_s=3, ask_ok=True)),
    (FD, 180, "add a 3-second fade at the end", free(fade_out_s=3, ask_ok=True)),
    (FD, 180, "add a fade at the end lasting three seconds", free(fade_out_s=3, ask_ok=True)),
    (FD, 180, "voeg aan het einde een fade-out van 3 seconden toe", free(fade_out_s=3, ask_ok=True)),
    (FD, 180, "dodaj wyciszenie 3 sekundy na końcu", free(fade_out_s=3, ask_ok=True)),
    (FD, 180, "add a gentle fade at the end, maybe 4 seconds", free(fade_out_s=4, ask_ok=True)),
    (FD, 180, "add a soft fade out; 4 seconds is enough", free(fade_out_s=4, ask_ok=True)),
    # ... controls: new music and a fade
    (FDC, 180, "add 20 seconds at the end and fade out", ext(0, 20, ask_ok=True)),
    (FDC, None, "a 3 minute ambient piece with a 5 second fade in", new(duration=180)),
    # --- counts of versions beside lengths
    (UP, None, "2 versiones de 2 minutos, reggaetón", new(duration=120, takes=2)),
    (UP, None, "three versions, three and a half minutes each, lofi", new(duration=210, takes=3, ask_ok=True)),
    (UP, None, "tri verzije, svaka tri i pol minute, pop", new(duration=210, takes=3, ask_ok=True)),
    (UP, None, "dvije verzije pjesme od dvije i pol minute", new(duration=150, takes=2, ask_ok=True)),
    (UP, None, "trzy wersje, każda po trzy i pół minuty", new(duration=210, takes=3, ask_ok=True)),
    (UP, None, "två versioner, en på 2 minuter och en på 3 minuter", ASK),
    (UP, None, "dame 2 versiones, la primera de 2 minutos y la segunda de 3", ASK),
    (UP, 180, "make 2 versions that are 2 min longer", ext(0, 120, takes=2, ask_ok=True)),
    (UP, None, "3 Versionen, 3 Minuten, 3 Strophen", new(duration=180, takes=3, ask_ok=True)),
    (UP, None, "tri pjesme od dvije minute, rock", new(duration=120, ask_ok=True)),
    (UP, None, "deux versions de deux minutes trente", new(duration=150, takes=2, ask_ok=True)),
    # --- a whole length beside another tool's word
    (TOT, 180, "сделай ремикс, всего 4 минуты", ASK),
    (TOT, 180, "сделай кавер на эту песню, всего 4 минуты", ASK),
    (TOT, 180, "zrób przeróbkę tego utworu, łącznie 4 minuty", ASK),
    (TOT, 180, "maak er een andere versie van, in totaal 4 minuten", ASK),
    (TOT, 180, "udělej z toho předělávku, celkem 4 minuty", ASK),
    (TOT, 180, "bunun farklı bir versiyonunu yap, toplam 4 dakika", ASK),
    (TOT, 180, "これをアレンジして、全体で4分にして", ASK),
    (TOT, 180, "把这首歌改编一下，总共4分钟", ASK),
    (TOT, 180, "이거 편곡해서 총 4분으로 만들어줘", ASK),
    (TOT, 180, "اعمل ريمكس للأغنية، بالمجموع 4 دقائق", ASK),
    (TOT, 180, 'תעשה רמיקס לשיר, סה"כ 4 דקות', ASK),
    (TOT, 180, "Mach daraus eine Unplugged-Fassung, insgesamt 5 Minuten", ASK),
    (TOT, 180, "loop it to 6 minutes in total", {"tool_not": OUT, "ask_ok": True}),
    (TOT, 180, "slow it down so it's 4 minutes in total", {"tool_not": OUT, "ask_ok": True}),
    (TOT, 180, "रीमेक करो, कुल 4 मिनट", ASK),
    # ... controls
    (TOTC, 180, "Mach den Song insgesamt 5 Minuten lang", ext(0, 120)),
    (TOTC, 180, "portalo a 4 minuti in totale", ext(0, 60)),
    # --- lyrics said unmarked, neighbours, Malay/Indonesian, '流行'
    (WL, None, "a 3 minute pop song, the lyrics are about a lost dog", new(duration=180, ask_ok=True)),
    (WL, None, "une chanson pop avec les paroles écrites par toi", new(lyrics_not=["écrites par toi"], ask_ok=True)),
    (
        NB,
        None,
        "fè yon chante pou mwen, pawòl: 'je t'aime mon amour, tu es ma vie pour toujours'",
        new(tags_not=["haitian creole vocal"], ask_ok=True),
    ),
    (
        NB,
        None,
        "fais une chanson konpa, paroles : « mwen renmen ou cheri, ou se lavi mwen »",
        new(tags_not=["french vocal"], ask_ok=True),
    ),
    (
        NB,
        None,
        'lagu pop dalam bahasa Indonesia, bukan Malaysia, lirik: "aku cinta padamu selamanya"',
        new(tags_not=["malay vocal"], ask_ok=True),
    ),
    (
        NB,
        None,
        'lagu pop Indonesia untuk turis dari Malaysia, lirik: "selamat datang di Bali, sayang"',
        new(tags_not=["malay vocal"], ask_ok=True),
    ),
    (NB, None, "来一首流行乐，2分钟", new(tags_has=["pop"], duration=120, ask_ok=True)),
    (NB, None, "一首关于流行病的民谣", new(tags_not=["pop"], ask_ok=True)),
    (NB, None, "napravi pesmu, tekst: 'љубави моја, ти си мој живот'", new(tags_not=["russian vocal"], ask_ok=True)),
]


if __name__ == "__main__":
    main(PROBES, __file__)
