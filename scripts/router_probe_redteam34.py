"""Red-team probe (redteam34) of the router rules changed in b1be2ec..dbc191b (d6f39fc, c39a091, dbc191b), hunting
SILENT WRONG plans: a plan made without a question whose tool or a certain argument is wrong, and questions newly asked
where the answer was obvious (verdict ASKED).

The rules under attack: (1) _TRACK_CLOSED: a track said to be closed or not open, with no track given, asks for the
track unless a new piece is asked ('closed' said of a shop, a window, a deal while a new piece is asked); (2) the
account's story counts for plans that take a default length (a bare count in a sentence before the last is not asked
about) and _EACH_BEFORE ('cada fase', 'every guest', English 'her'); (3) Lithuanian / Finnish 'tai' not Thai; (4)
loops of a track not given ask for it (_shapes_nothing_new with LOOP_WORD, _A_LOOP's 'of the song'): loop words in a
new-piece request with no track; (5) _edit_cue_leads per sentence: a redo / extend verb first in a short sentence after
a story; (6) Czech 'smyčce' (also 'strings', the bowed section); (7) hyphenated formats at a sentence's end
('wav-muotoon.'); (8) ANOTHER_PIECES_LENGTH ('después de un tema de 6 minutos'); (9) 'стиле поп-рок', 'жанр — рок';
(10) copulas 'c'est', 'такие' announcing lyrics.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK or a
dict of what a careful reader is sure of (scripts/probe_kit.py wrong_more). Verdicts: OK, ASKED (a question where a
plan was sure: a miss), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam34.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

import probe_kit
from probe_kit import ASK, FREE, NEW, ext, lyr, main

probe_kit.wrong = probe_kit.wrong_more

L = 180.0
S = 20.0

TC = "_TRACK_CLOSED"
SC = "account story counts / _EACH_BEFORE"
TA = "'tai' not Thai"
LP = "loops of a track not given (_shapes_nothing_new, _A_LOOP)"
EC = "_edit_cue_leads per sentence"
SM = "Czech 'smyčce'"
FM = "hyphenated format at a sentence end"
AP = "ANOTHER_PIECES_LENGTH"
SW = "style words 'стиле поп-рок', 'жанр — рок'"
LY = "copulas c'est / такие announcing lyrics"


def nw(sec: float, **kw: Any) -> dict[str, Any]:
    return {"tool": NEW, "duration": sec, "ask_ok": True, **kw}


def nws(sec: float, **kw: Any) -> dict[str, Any]:
    """A new piece of that length, plainly: a question is a miss."""
    return {"tool": NEW, "duration": sec, **kw}


def newp(**kw: Any) -> dict[str, Any]:
    """A new piece, plainly (its length left to the default): a question is a miss."""
    return {"tool": NEW, **kw}


def not_new(**kw: Any) -> dict[str, Any]:
    """Anything but a paid new piece (a question allowed)."""
    return {"tool_not": NEW, "ask_ok": True, **kw}


def looped() -> dict[str, Any]:
    return {"loop": True, "ask_ok": True}


def no_loop(**kw: Any) -> dict[str, Any]:
    return {"loop": None, "ask_ok": True, **kw}


def fmt_is(f: str, **kw: Any) -> dict[str, Any]:
    return {"tool": FREE, "output_format": f, **kw}


PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- (1) _TRACK_CLOSED: guards (a change of a closed track, no track given: ask)
    (TC, None, "I closed the tab by accident. Can you convert it to wav?", ASK),
    (TC, None, "Cerré la pestaña sin querer, ¿me la pasas a mp3?", ASK),
    (TC, None, "Je l'ai fermé par erreur, tu peux la rallonger de 30 secondes ?", ASK),
    (TC, None, "Ich hab das Fenster zugemacht. Kannst du es loopen?", ASK),
    (TC, None, "Я закрыл вкладку, сделай его на 20 секунд длиннее", ASK),
    (TC, None, "Ho chiuso la finestra, puoi aggiungere un fade out?", ASK),
    (TC, None, "Sekmeyi kapattım, sonuna 30 saniye ekler misin?", ASK),
    (TC, None, "Zamknąłem kartę. Dodaj 30 sekund na końcu.", ASK),
    (TC, None, "Suljin ikkunan vahingossa. Lisää loppuun 30 sekuntia.", ASK),
    (TC, None, "窗口关掉了，帮我转成wav", ASK),
    (TC, None, "タブを閉じちゃった。30秒延ばして", ASK),
    (TC, None, "मैंने टैब बंद कर दिया, इसे 30 सेकंड लंबा कर दो", ASK),
    # ... attacks: 'closed' said of something else while a new piece is asked (no track)
    (TC, None, "The shop is not open on Sundays. Make calm jazz for the window display, 2 minutes", nws(120)),
    (TC, None, "Our café is no longer open, so write sad piano music about it, 2 minutes", nws(120)),
    (TC, None, "Cerré mi tienda ayer después de 20 años. Hazme música triste de piano, 2 minutos", nws(120)),
    (TC, None, "J'ai fermé mon restaurant. Compose-moi du jazz mélancolique de 2 minutes", nws(120)),
    (TC, None, "Der Laden ist geschlossen. Mach mir ruhigen Lo-Fi, 2 Minuten", nws(120)),
    (TC, None, "Мы закрыли сделку! Сделай праздничный рок на 2 минуты", nws(120)),
    (TC, None, "Закрыли наш бар навсегда. Грустный блюз на 2 минуты, пожалуйста", nws(120)),
    (TC, None, "Dükkanı kapattım. 2 dakikalık hüzünlü piyano müziği yap", nws(120)),
    (TC, None, "Langit tertutup awan hari ini. Buatkan musik piano sendu 2 menit", nws(120)),
    (TC, None, "Butiken är stängd idag. Gör lugn jazz, 2 minuter", nws(120)),
    (TC, None, "Butikken er lukket i dag. Lav rolig klavermusik på 2 minutter", nws(120)),
    (TC, None, "Suljin kahvilani viime viikolla. Tee surullista jazzia 2 minuuttia", nws(120)),
    (TC, None, "Bezártam a boltot. Csinálj 2 perces szomorú zongorazenét", nws(120)),
    (TC, None, "Zavřel jsem obchod. Udělej 2 minuty smutného jazzu", nws(120)),
    (TC, None, "Έκλεισα το μαγαζί. Φτιάξε 2 λεπτά λυπημένη τζαζ", nws(120)),
    (TC, None, "סגרתי את החנות. תעשה 2 דקות ג'אז עצוב", nws(120)),
    (TC, None, "قفلتها المحل خلاص. اعمل موسيقى بيانو حزينة دقيقتين", nws(120)),
    (TC, None, "灯关了，做2分钟安静的钢琴音乐", nws(120)),
    (TC, None, "가게 문을 닫았어요. 슬픈 피아노 음악 2분 만들어 주세요", nws(120)),
    (TC, None, "ร้านปิดไปแล้ว ทำเพลงแจ๊สเศร้า 2 นาที", nws(120)),
    (TC, None, "मैंने दुकान बंद कर दिया। 2 मिनट का उदास पियानो संगीत बनाओ", nws(120)),
    (TC, None, "Niliufunga mgahawa wangu. Tengeneza muziki wa piano wa huzuni dakika 2", nws(120)),
    (TC, None, "Eu fechei a loja ontem. Faz um jazz triste de 2 minutos", nws(120)),
    (TC, None, "Tôi lỡ đóng cửa hàng rồi. Làm nhạc piano buồn 2 phút", nws(120)),
    # ... with a track given, 'closed' changes nothing
    (TC, L, "I closed the tab but here it is again. Make it loop", looped()),
    (TC, L, "Cerré la pestaña, aquí está otra vez: pásala a wav", fmt_is("wav")),
    (TC, L, "Ich hab's zugemacht, hier nochmal: bitte als mp3", fmt_is("mp3")),
    # --- (2) story counts where the plan takes its length by default: guards (a count of the story, no question)
    (SC, None, "We're throwing a party, there'll be 40 kids. Can you make a fun pop song?", newp()),
    (SC, None, "My band has 5 members. Write a rock anthem for us.", newp()),
    (SC, None, "Vamos a ser 30 en la boda. Hazme una cumbia alegre.", newp()),
    (SC, None, "Wir sind 12 Leute im Büro. Mach uns einen fröhlichen Popsong.", newp()),
    (SC, None, "Nous serons 50 invités. Compose une valse joyeuse.", newp()),
    (SC, None, "У нас в классе 25 детей. Сделай весёлую песню про школу.", newp()),
    (SC, None, "Mamy 3 psy w domu. Zrób wesołą piosenkę o psach.", newp()),
    (SC, None, "Meillä on 4 lasta. Tee iloinen laulu perheestä.", newp()),
    (SC, None, "Evde 6 kedimiz var. Kediler hakkında neşeli bir şarkı yap.", newp()),
    (SC, None, "우리 팀은 8명이에요. 신나는 응원가 만들어 주세요.", newp()),
    # ... attacks: a count the request needs (takes, a piece for each) said in a sentence before the last
    (
        SC,
        None,
        "I want 3 versions to choose from. Write a jazz tune about rain.",
        {"tool": NEW, "takes": 3, "ask_ok": True},
    ),
    (SC, None, "Ich brauche 3 Varianten. Mach einen Jazzsong über Regen.", {"tool": NEW, "takes": 3, "ask_ok": True}),
    (SC, None, "Quiero 3 versiones para elegir. Hazme un bolero.", {"tool": NEW, "takes": 3, "ask_ok": True}),
    (SC, None, "Мне нужно 3 варианта. Сделай джазовую песню про дождь.", {"tool": NEW, "takes": 3, "ask_ok": True}),
    (SC, None, "My video is 90. Make a lo-fi beat for it.", nw(90)),
    (SC, None, "The ad runs 30. Make upbeat pop for it.", nw(30)),
    (SC, None, "Mein Spiel hat 5 Level. Mach Musik für jedes Level.", {"tool": NEW, "takes": 5, "ask_ok": True}),
    (SC, None, "O jogo tem 5 fases. Quero uma trilha pra cada fase.", {"tool": NEW, "takes": 5, "ask_ok": True}),
    (SC, None, "My game has 4 worlds. Make a theme for each world.", {"tool": NEW, "takes": 4, "ask_ok": True}),
    # ... attacks: 'each' / 'every' / 'her' before the counted word, of no piece at all (one song asked)
    (SC, None, "We'll have 20 guests and every guest loves jazz. Make a jazz song for the party.", newp()),
    (SC, None, "My sister has 3 cats, her cats are lovely. Write a song about them.", newp()),
    (SC, None, "Tengo 3 hijos y cada hijo ama el rock. Hazme una canción de rock.", newp()),
    (SC, None, "J'ai 4 chats et chaque chat a son caractère. Fais une chanson sur eux.", newp()),
    (SC, None, "Wir haben 3 Kinder, jedes Kind liebt Musik. Mach ein Schlaflied.", newp()),
    (SC, None, "Vi har 3 hunder, hver hund er gal. Lag en morsom sang om dem.", newp()),
    (SC, None, "Evde 3 kedi var, her kedi farklı. Kediler hakkında bir şarkı yap.", newp()),
    (SC, None, "We'll have 20 guests and every guest loves jazz. Make a 2 minute jazz song.", nws(120)),
    (SC, None, "Tengo 3 hijos y cada hijo ama el rock. Hazme una canción de rock de 2 minutos.", nws(120)),
    # --- (3) 'tai' (lt that / so, fi or) not Thai; real Thai still read
    (
        TA,
        None,
        "Tee 2 minuutin rock- tai poppikappale",
        {"tool": NEW, "ask_ok": True, "tags_text_not": ["thai"], "vocal_language": None},
    ),
    (
        TA,
        None,
        "Tee iloinen tai surullinen laulu, 2 minuuttia",
        {"tool": NEW, "ask_ok": True, "tags_text_not": ["thai"], "vocal_language": None},
    ),
    (
        TA,
        None,
        "Tai bus gimtadienio daina, 2 minutės, linksma",
        {"tool": NEW, "ask_ok": True, "tags_text_not": ["thai"], "vocal_language": None},
    ),
    (
        TA,
        None,
        "Sukurk dainą, tai bus dovana mamai, 2 minutės",
        {"tool": NEW, "ask_ok": True, "tags_text_not": ["thai"], "vocal_language": None},
    ),
    (TA, None, "Make a 2 minute pop song sung in Thai", {"tool": NEW, "ask_ok": True, "vocal_language": "th"}),
    # --- (4) loops: guards (a loop of a track not given: ask)
    (LP, None, "Loop the song", ASK),
    (LP, None, "Make a loop of the song from yesterday", ASK),
    (LP, None, "Lag en loop av sangen", ASK),
    (LP, None, "Haz un bucle de la canción de ayer", ASK),
    (LP, None, "Mach aus dem Song eine Endlosschleife", ASK),
    (LP, None, "Зацикли вчерашний трек", ASK),
    (LP, None, "Zapętl tę piosenkę", ASK),
    (LP, None, "Dej tu písničku ve smyčce", ASK),
    (LP, L, "Loop the song, please", looped()),
    (LP, L, "Lag en loop av sangen, takk", looped()),
    # ... attacks: a new loop asked with no track (no article before 'loop', or not English)
    (LP, None, "Make me something loopable for my game menu, 30 seconds", nw(30, loop=True)),
    (LP, None, "Compose background music that loops seamlessly, 1 minute", nw(60, loop=True)),
    (LP, None, "Necesito música que se repita en bucle para mi juego, 1 minuto", nw(60, loop=True)),
    (LP, None, "Fais-moi une boucle de batterie de 10 secondes", nw(10, loop=True)),
    (LP, None, "Ich brauche eine Endlosschleife für mein Spielmenü, 30 Sekunden, Chiptune", nw(30, loop=True)),
    (LP, None, "Сделай луп на барабанах, 10 секунд", nw(10, loop=True)),
    (LP, None, "Zrób pętlę perkusyjną, 8 sekund", nw(8, loop=True)),
    (LP, None, "ドラムループを10秒作って", nw(10, loop=True)),
    (LP, None, "Drum loops, 10 seconds, funky", nw(10, loop=True)),
    (LP, None, "Loopable ambient pad, 1 minute", nw(60, loop=True)),
    # ... attacks: a loop word of something else in a new-piece request with no track
    (
        LP,
        None,
        "I'm stuck in a loop of the same routine. Make sad piano music about it, 2 minutes",
        nws(120, loop=None),
    ),
    (LP, None, "My days go on loop. Write calm guitar music, 2 minutes", nws(120, loop=None)),
    (LP, None, "Mi vida es un bucle. Hazme música de guitarra tranquila, 2 minutos", nws(120, loop=None)),
    (LP, None, "Ich stecke in einer Zeitschleife. Mach ruhige Klaviermusik, 2 Minuten", nws(120, loop=None)),
    (LP, None, "Жизнь как петля. Сделай грустный эмбиент на 2 минуты", nws(120, loop=None)),
    (LP, None, "Make 2 minutes of techno, no loops please, real variation", nws(120, loop=None)),
    # --- (5) _edit_cue_leads: guards (a redo first in a short sentence after a story, no track: ask)
    (EC, None, "Le client a encore changé d'avis. Refais-le comme il veut.", ASK),
    (EC, None, "The client changed his mind again. Redo it his way.", ASK),
    (EC, None, "El cliente cambió de opinión. Rehazlo más lento.", ASK),
    (EC, None, "Der Chef mag es nicht. Mach es nochmal neu.", ASK),
    # ... attacks: a short redo / extend sentence of the story, then a new piece asked
    (EC, None, "Winter was long. Longer than ever. Make calm acoustic guitar music, 2 minutes.", nws(120)),
    (EC, None, "Der Sommer war lang. Länger als sonst. Mach mir ruhige Gitarrenmusik, 2 Minuten.", nws(120)),
    (EC, None, "We lost the match. Again. Make me motivating rock music, 2 minutes.", nws(120)),
    (EC, None, "Perdimos otra vez. Otra vez. Hazme rock motivador de 2 minutos.", nws(120)),
    (EC, None, "My first song flopped. Redo? No. Make a brand new upbeat disco track, 2 minutes.", nws(120)),
    (EC, None, "Le premier essai était raté. Recommence à zéro : une valse joyeuse, 2 minutes.", nw(120)),
    # --- (6) Czech 'smyčce': a loop ('ve smyčce'), or strings ('smyčce', the bowed section)
    (SM, L, "Dej to ve smyčce", looped()),
    (SM, L, "Přehrávej to ve smyčce, prosím", looped()),
    (SM, None, "Skladba pro klavír a smyčce, 2 minuty", nws(120, loop=None)),
    (SM, None, "Udělej 2minutovou baladu, klavír a smyčce", nws(120, loop=None)),
    (SM, L, "Přidej k tomu smyčce v refrénu", no_loop()),
    (SM, L, "Ať tam hrají smyčce víc nahlas", no_loop()),
    # --- (7) a format joined by a hyphen at a sentence's end
    (FM, L, "Vie se wav-muotoon.", fmt_is("wav")),
    (FM, L, "Muunna se flac-tiedostoksi.", fmt_is("flac")),
    (FM, L, "Pošli to jako mp3-soubor.", fmt_is("mp3")),
    (FM, L, "Lähetä se mp3-muodossa, ei wav-muodossa.", fmt_is("mp3", ask_ok=True)),
    (FM, L, "Ei wav-muotoon. Mp3 riittää.", fmt_is("mp3", ask_ok=True)),
    (FM, None, "Tee 2 minuutin jazzkappale, kuuntelen sen mp3-soittimella.", nw(120)),
    (
        FM,
        L,
        "Tee siitä lyhyempi, soitan sen mp3-soittimella.",
        {"tool_not": NEW, "ask_ok": True, "output_format": None},
    ),
    (FM, L, "Make it quieter, it's for my old mp3-player.", {"tool_not": NEW, "ask_ok": True, "output_format": None}),
    # --- (8) ANOTHER_PIECES_LENGTH: another piece's length said with 'of'
    (AP, None, "Hazme un tema de 2 minutos para poner después de un tema de 6 minutos", nws(120)),
    (
        AP,
        None,
        "Hazme un tema para después de un tema de 6 minutos, algo suave",
        {"tool": NEW, "ask_ok": True, "duration_not": 360},
    ),
    (AP, None, "Write a 30 second jingle to play after a video of 5 minutes", nws(30)),
    (AP, None, "Fais un morceau de 1 minute à jouer après un film de 90 minutes", nws(60)),
    (AP, None, "Una canción de 2 minutos, alegre", nws(120)),
    (AP, L, "Alárgala 30 segundos, suena después de un tema de 6 minutos", ext(0, 30, ask_ok=True)),
    (AP, L, "Add 20 seconds at the end, it plays after a song of 4 minutes", ext(0, 20, ask_ok=True)),
    (AP, L, "Córtala a 2 minutos, va antes de un video de 10 minutos", {"tool_not": NEW, "ask_ok": True, "tool": FREE}),
    (
        AP,
        L,
        "Mach es 2 Minuten, es läuft nach einem Lied von 5 Minuten",
        {"tool_not": NEW, "ask_ok": True, "duration_not": 300},
    ),
    # ... attacks: 'of' after a piece word that is this one ('make a song of 2 minutes')
    (AP, None, "Hazme una canción de 2 minutos después de un tema de 6 minutos de silencio", nw(120)),
    (AP, None, "Make a track of 2 minutes, after a song of 4 minutes it will play", nws(120)),
    # --- (9) style words
    (SW, None, "Сделай песню в стиле поп-рок на 2 минуты", nws(120, tags_text=["pop rock"])),
    (SW, None, "Зроби пісню у стилі поп-рок на 2 хвилини", nws(120, tags_text=["pop rock"])),
    (SW, None, "Песня на 2 минуты, жанр — рок", nws(120, tags_text=["rock"])),
    (SW, None, "Жанр: рок. Песня про лето, 2 минуты", nws(120, tags_text=["rock"])),
    (SW, None, "Жанр — не рок, а джаз. Песня на 2 минуты", nw(120, tags_text=["jazz"], tags_not=["rock"])),
    (SW, None, "Сделай трек в стиле поп, рок не нужен, 2 минуты", nw(120, tags_not=["rock", "pop rock"])),
    (SW, None, "Tee 2 minuutin haitarimusiikkia", nws(120, tags_text=["accordion"])),
    # --- (10) copulas announcing lyrics
    (
        LY,
        None,
        lyr("Une chanson de 2 minutes, les paroles c'est :", "Sous le ciel gris / je marche seul", "Merci"),
        nws(120, lyrics_has=["je marche seul"]),
    ),
    (
        LY,
        None,
        lyr("Песня на 2 минуты, слова такие:", "Над рекой туман / тихо спит вода", "Спасибо"),
        nws(120, lyrics_has=["тихо спит вода"]),
    ),
    (
        LY,
        None,
        "Les paroles c'est à toi de les écrire. Une chanson de 2 minutes sur la mer.",
        nw(120, lyrics_lacks=["à toi de les écrire"]),
    ),
    (
        LY,
        None,
        "Слова такие, чтобы все подпевали. Песня на 2 минуты про море.",
        nw(120, lyrics_lacks=["чтобы все подпевали"]),
    ),
    (
        LY,
        None,
        "Une chanson de 2 minutes. C'est pour ma mère, les paroles c'est elle qui les a écrites, je te les envoie demain.",
        nw(120, lyrics_lacks=["je te les envoie demain"]),
    ),
]


if __name__ == "__main__":
    main(PROBES, __file__)
