"""Red-team probe (redteam12) of the router rules added in e5d83f9..HEAD, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong. The rules under attack: account._now_and_whole (two
lengths with an open track, one the track's own beside a 'now'-word, the other longer: an extension of the
difference); account._corrected / _CORRECTION (a length taken back); the new _NOT_TIME_AFTER / _NOT_TIME_BEFORE
words ('um', 'alle', 'às', 'a las', 'gegen', weekdays, 'fm', 'الـ'); lyrics (read._instructions_after, _DESCRIBED,
apostrophes inside single quotes, new labels); counts (COUNTED after a length, '版'), _SERBIAN_NA, the new
no-vocals forms and 'acoustic' in 25 languages.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK (a
careful reader must ask) or a dict of what a careful reader is sure of (see scripts/probe_kit.py). Verdicts: OK,
ASKED (a question where a plan was due: no money spent on a misreading), SILENT WRONG, ERROR.

Run: sh scripts/uv run python scripts/router_probe_redteam12.py [filter] [-q] [--old SRC]
"""

from __future__ import annotations

from typing import Any

from probe_kit import ASK, OUT, ext, inp, main, new

NW = "_now_and_whole: a length said as an added amount ('by 3 minutes', 'N more'), the track's own beside it"
NWS = "_now_and_whole: a whole reached at the start (an intro), the difference put on the wrong side"
NWO = "_now_and_whole: the longer length is no whole to reach (a cover, a loop, a stretch, another piece)"
NWC = "_now_and_whole control"
NT = "_NOT_TIME_BEFORE/_AFTER: a real length or window time after 'um', 'alle', 'às', 'a las', a weekday, 'الـ', 'fm'"
NTC = "_NOT_TIME_BEFORE/_AFTER control (an hour, a date, people, a frequency)"
CR = "_corrected/_CORRECTION: a word that takes nothing back ('plutôt', 'cioè', 'o sea', 'actually', 'いや', 'רגע')"
CRC = "_corrected control (a length really taken back)"
LY = "read._instructions_after: a last stanza with 'please', 'thanks', 'tak', 'keep it' or a length is sung"
LYC = "read._instructions_after control"
DS = "read._DESCRIBED: real lyrics that begin like a description ('up to you', 'à toi', 'written by')"
DSC = "read._DESCRIBED control"
AP = "read._leading_quote: apostrophes inside single quotes"
LB = "read._QUOTED_ANNOUNCE new labels ('mit dem Text', 'with the text', 'den Text', 'rečima', 'liriknya')"
CT = "lang.COUNTED / '版': a number after a length that is its seconds, or a count"
SN = "account._SERBIAN_NA ('на N минута' is to N) and Russian/Ukrainian 'на' (by)"
NV = "cues no-vocals forms ('ingen vokal*', Telugu, Tamil, Nepali)"
AC = "style_words 'acoustic' in 25 languages: a room's acoustics or 'no acoustic'"
ANY_BUT_OUT = {"tool_not": OUT, "ask_ok": True}

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- _now_and_whole: the longer length is an amount to add, the track's own said beside it
    (NW, 120, "extend the track by 3 minutes, it's 2 minutes now", ext(0, 180)),
    (NW, 120, "verlängere den Song um 3 Minuten, er ist gerade 2 Minuten lang", ext(0, 180)),
    (NW, 120, "alárgala 3 minutos más, ahora dura 2 minutos", ext(0, 180)),
    (NW, 120, "allungala di 3 minuti, adesso dura 2 minuti", ext(0, 180)),
    (NW, 120, "rallonge-la de 3 minutes, elle fait 2 minutes actuellement", ext(0, 180)),
    (NW, 120, "aumenta mais 3 minutos no final, agora tem 2 minutos", ext(0, 180)),
    (NW, 120, "удлини трек на 3 минуты, сейчас он 2 минуты", ext(0, 180)),
    (NW, 120, "przedłuż o 3 minuty, teraz ma 2 minuty", ext(0, 180)),
    (NW, 120, "verleng het nummer met 3 minuten, het is nu 2 minuten", ext(0, 180)),
    (NW, 120, "förläng låten med 3 minuter, den är 2 minuter nu", ext(0, 180)),
    (NW, 120, "forlæng sangen med 3 minutter, den er 2 minutter nu", ext(0, 180)),
    (NW, 120, "再加3分钟，现在是2分钟", ext(0, 180)),
    (NW, 120, "あと3分延ばして、今2分です", ext(0, 180)),
    (NW, 120, "3분 더 늘려줘, 지금 2분이야", ext(0, 180)),
    (NW, 120, "şarkıyı 3 dakika daha uzat, şu an 2 dakika", ext(0, 180)),
    (NW, 120, "गाने को 3 मिनट और बढ़ाओ, अभी 2 मिनट का है", ext(0, 180)),
    (NW, 120, "tambahkan 3 menit lagi di akhir, sekarang baru 2 menit", ext(0, 180)),
    (NW, 120, "kéo dài thêm 3 phút, hiện tại bài là 2 phút", ext(0, 180)),
    (NW, 120, "adaugă 3 minute la final, nu 2 minute", ext(0, 180)),
    (NW, 60, "the song needs a 2 minute outro added, it's 1 minute now", ext(0, 120)),
    (NW, 60, "it's 1 minute; make it 2 minutes longer", ext(0, 120)),
    (NW, 120, "I want 3 more minutes at the end, the song is only 2 minutes", ext(0, 180)),
    (NW, 120, "the track is 2:00 — add a 2:30 long outro", ext(0, 150)),
    (NW, 120, "extiéndela 2:30 más al final, es de 2:00", ext(0, 150)),
    # --- _now_and_whole: the whole reached by an intro (the difference goes before)
    (NWS, 120, "put an intro on it so it runs 2:30, it's 2:00 at the moment", ext(30, 0)),
    (NWS, 120, "añade una intro al principio para que llegue a 2:30, ahora dura 2:00", ext(30, 0)),
    (NWS, 120, "setz ein Intro davor, damit er 2:30 lang ist, er ist grad 2:00", ext(30, 0)),
    (NWS, 120, "ajoute une intro au début pour arriver à 2:30, il fait 2:00 maintenant", ext(30, 0)),
    (NWS, 120, "aggiungi un'intro all'inizio per arrivare a 2:30, adesso è 2:00", ext(30, 0)),
    (NWS, 120, "给开头加一段前奏，让它变成2分30秒，现在是2分钟", ext(30, 0)),
    # --- _now_and_whole: the longer length is no whole of this track to reach
    (NWO, 120, "this song is 2 minutes; make me a 3 minute jazz cover of it", ANY_BUT_OUT),
    (NWO, 60, "the video is 1:30 and the song is 1:00, repeat the song so it covers the whole video", ANY_BUT_OUT),
    (NWO, 120, "the song is 2:00, slow it down so it lasts 2:30", ANY_BUT_OUT),
    (NWO, 120, "es ist 2 Minuten lang; spiel es in halbem Tempo, dann sind es 4 Minuten", ANY_BUT_OUT),
    (NWO, 30, "this jingle is 30 s, I also need a separate 60 s bed in the same style for the long ad", ANY_BUT_OUT),
    (NWO, 120, "my song is 2:00 and my friend's is 3:00; make mine sound more like his, keep the length", ANY_BUT_OUT),
    (NWO, 120, "la canción es de 2 minutos, hazme una versión a capela de 3 minutos", ANY_BUT_OUT),
    (NWO, 120, "the track is 2:00, give me a 3:00 remix of it in drum and bass", ANY_BUT_OUT),
    # --- _now_and_whole controls
    (NWC, 160, "Mach den Song auf genau 3 Minuten, er ist grad 2:40", ext(0, 20)),
    (NWC, 95, "ta com 1:35, estica pra 2:00", ext(0, 25)),
    (NWC, 52, "locked at 1:00, this cue is 52 s, add the missing 8 s at the end", ext(0, 8)),
    (NWC, 120, "the track is 2:00, I need it to be 2:30 in total", {"tool": OUT, "ask_ok": True}),
    (NWC, 120, "сейчас трек 2 минуты, продли его до 3 минут", {"tool": OUT}),
    (NWC, 120, "지금 2분인데 3분으로 늘려줘", {"tool": OUT}),
    (NWC, 120, "extend it by 30 seconds", ext(0, 30)),
    # --- numbers that are no length: a real length or time after the new words
    (NT, 120, "verlängere den Song um 30 Sekunden", ext(0, 30)),
    (NT, 120, "mach ihn am Ende um 1 Minute länger", ext(0, 60)),
    (NT, 120, "bitte das Ende um 45 Sekunden verlängern", ext(0, 45)),
    (NT, 120, "kürze das Intro nicht, verlängere nur das Ende um 20 Sekunden", ext(0, 20)),
    (NT, 180, "rigenera dalle 0:30 alle 0:45", inp(30, 45)),
    (NT, 180, "rifai la parte che va dalle 1:10 alle 1:30", inp(70, 90)),
    (NT, 180, "refaz o trecho que começa às 1:20 e vai até 1:40", inp(80, 100)),
    (NT, 180, "regenera la parte que empieza a las 1:20 hasta el 1:40", inp(80, 100)),
    (NT, 180, "mach die Stelle von 1:30 bis 1:50 neu, der Drop kommt gegen 1:30", inp(90, 110)),
    (NT, 180, "أعد توليد الـ30 ثانية الأخيرة", inp(150, 180)),
    (NT, 180, "أعد إنشاء الـ20 ثانية الأولى", inp(0, 20)),
    (NT, None, "for Friday, 30 seconds of hold music for our phone line", new(duration=30)),
    (NT, None, "para el viernes 30 segundos de música para el anuncio", new(duration=30)),
    (NT, None, "für Samstag 45 Sekunden Musik für das Intro vom Podcast", new(duration=45)),
    (NT, None, "per sabato 60 secondi di musica per lo spot", new(duration=60)),
    (NT, None, "на субботу 30 секунд музыки для заставки", new(duration=30)),
    (NT, None, "pra sexta 30 segundos de trilha pro comercial", new(duration=30)),
    (NT, None, "pour samedi, 90 secondes de musique pour la vidéo", new(duration=90)),
    (NT, None, "a retro FM 30 second synth ident", new(duration=30)),
    (NT, None, "jingle para segunda 20 segundos, alegre", new(duration=20)),
    # --- controls: hours, dates, people, a radio frequency
    (NTC, None, "Musik für die Party am Samstag um 20 Uhr, 2 Minuten lang", new(duration=120)),
    (NTC, None, "un jingle de 30 secondes pour samedi 23 mai", new(duration=30)),
    (NTC, None, "a 45 second intro for our show on FM 98.5", new(duration=45)),
    (NTC, None, "为200多人的晚会做一首2分钟的歌", new(duration=120)),
    (NTC, None, "10월 5일 행사용 1분짜리 음악", new(duration=60)),
    (NTC, None, "una canzone di 2 minuti per la festa, entro le 17", new(duration=120)),
    (NTC, None, "أغنية مدتها دقيقتان لحفل ٥ يونيو", new(duration=120)),
    # --- corrections: a word that takes nothing back
    (CR, None, "une chanson de 2 minutes plutôt calme, 30 secondes d'intro au piano", new(duration=120)),
    (CR, None, "a 3 minute track — actually, 30 seconds of it should be a quiet piano intro", new(duration=180)),
    (CR, None, "fammi un pezzo di 2 minuti, cioè 30 secondi di intro e poi il ritornello", new(duration=120)),
    (CR, None, "una canción de 3 minutos, o sea, 30 segundos de intro y luego la estrofa", new(duration=180)),
    (CR, None, "2分のいやし系BGM、30秒のイントロ付きで", new(duration=120)),
    (CR, None, "2 मिनट का गाना, मतलब 30 सेकंड का इंट्रो और फिर कोरस", new(duration=120)),
    (CR, 120, "extend by 15 seconds please, sorry, 2 minutes is too short for the video", ext(0, 15)),
    (CR, None, "a 60 second jingle for my bakery, I mean 30 second spots get skipped anyway", new(duration=60)),
    (CR, None, "piosenka na 3 minuty, właściwie 30 sekund intro wystarczy, potem refren", new(duration=180)),
    (CR, None, "een nummer van 3 minuten, eigenlijk 20 seconden intro en dan meteen het refrein", new(duration=180)),
    (CR, None, "písnička na 2 minuty, vlastně 20 sekund předehra na kytaru a pak zpěv", new(duration=120)),
    (CR, None, "שיר של 2 דקות, רגע של 30 שניות שקט באמצע", new(duration=120)),
    (CR, 180, "regenerate 1:00 to 1:20, I mean the 20 s guitar solo", inp(60, 80)),
    (CR, None, "3 dakikalık bir şarkı istiyorum, aslında 30 saniyelik bir piyano girişi de olsun", new(duration=180)),
    (CR, None, "a 2 minute song with a soft intro, sorry 30 seconds of intro max", new(duration=120)),
    # --- corrections control
    (CRC, None, "2 minuti, anzi no, un minuto e mezzo", new(duration=90)),
    (CRC, None, "make it 2 minutes, no wait, 90 seconds", new(duration=90)),
    (CRC, None, "做一首3分钟，不对，2分钟的钢琴曲", new(duration=120)),
    (CRC, None, "трек на 2 минуты, нет, лучше 3 минуты", new(duration=180)),
    (CRC, None, "a 2 minute song, sorry, I mean 3 minutes", new(duration=180)),
    # --- lyrics: a last stanza that sings 'please', 'thanks', 'tak', 'keep it' or a length
    (
        LY,
        None,
        "Write a slow ballad. Lyrics:\nI walked alone along the shore\nThe night was cold, the sky was grey\n\n"
        "Please don't go\nPlease stay with me tonight",
        new(lyrics_has=["stay with me tonight"]),
    ),
    (
        LY,
        None,
        "Canción de salsa. Letra:\nBaila conmigo hasta el amanecer\nQue la noche es nuestra\n\n"
        "Por favor no te vayas\nQuédate conmigo",
        new(lyrics_has=["Quédate conmigo"]),
    ),
    (
        LY,
        None,
        "Piosenka pop. Tekst:\nCzy mnie kochasz, powiedz mi\nCzekam całą noc\n\nTak, tak, kocham cię\nTak, na zawsze",
        new(lyrics_has=["na zawsze"]),
    ),
    (
        LY,
        None,
        "Lagu pop. Lirik:\nKau datang membawa cahaya\nDi hatiku yang sepi\n\nTerima kasih cinta\nUntuk segalanya",
        new(lyrics_has=["Untuk segalanya"]),
    ),
    (
        LY,
        None,
        "Una ballata. Testo:\nSei stata la mia luce\nNel buio della sera\n\nGrazie amore mio\nPer ogni giorno insieme",
        new(lyrics_has=["ogni giorno insieme"]),
    ),
    (
        LY,
        None,
        "Ein Lied. Text:\nDu warst immer da für mich\nIn jeder dunklen Nacht\n\nDanke für alles\nDanke, dass du bleibst",
        new(lyrics_has=["dass du bleibst"]),
    ),
    (
        LY,
        None,
        "A rock song. Lyrics:\nTick tock the clock is running\nNo time left to waste\n\nOnly 5 minutes left\n"
        "Before the world ends",
        new(lyrics_has=["world ends"]),
    ),
    (
        LY,
        None,
        "Песня. Текст:\nТы ушла без слов\nИ город опустел\n\nСпасибо за любовь\nСпасибо за тепло",
        new(lyrics_has=["за тепло"]),
    ),
    (
        LY,
        None,
        "A love song. Lyrics:\nYou light my way\nEvery single day\n\nKeep it close\nKeep it near",
        new(lyrics_has=["Keep it near"]),
    ),
    (
        LY,
        None,
        "Bài hát ballad. Lời:\nEm ơi đừng đi\nĐêm nay lạnh lắm\n\nCảm ơn em\nVì đã yêu anh",
        new(lyrics_has=["yêu anh"]),
    ),
    (
        LY,
        None,
        "Chanson pop. Paroles :\nTu es partie un matin\nSans un mot sans un bruit\n\nMerci pour tout\nMerci pour la vie",
        new(lyrics_has=["pour la vie"]),
    ),
    (
        LY,
        None,
        "バラードを作って。歌詞：\n君と歩いた道\n夕焼けの空\n\nありがとう\nまた会う日まで",
        new(lyrics_has=["また会う日まで"]),
    ),
    (
        LY,
        None,
        "Um samba. Letra:\nVocê chegou sem avisar\nMudou meu mundo inteiro\n\nObrigado amor\nPor ficar comigo",
        new(lyrics_has=["Por ficar comigo"]),
    ),
    (
        LY,
        None,
        "Bir pop şarkısı. Sözler:\nSen gittin bir sabah\nŞehir sustu birden\n\nTeşekkürler aşkım\nHer şey için",
        new(lyrics_has=["Her şey için"]),
    ),
    (
        LY,
        None,
        "En popsang. Tekst:\nDu var min sommer\nDu var mit lys\n\nTak for alt\nTak for dig",
        new(lyrics_has=["Tak for dig"]),
    ),
    (
        LY,
        None,
        "Write a country song. Lyrics:\nDriving down the highway\nRadio on loud\n\n"
        "Make it home tonight\nMake it home to you",
        new(lyrics_has=["home to you"]),
    ),
    # --- lyrics control: the last paragraph is the request
    (
        LYC,
        None,
        "Lyrics:\nI walked alone along the shore\nThe night was cold, the sky was grey\n\n"
        "Keep it upbeat pop, about 2 minutes. Thank you so much!!",
        new(duration=120, lyrics_has=["sky was grey"]),
    ),
    (
        LYC,
        None,
        "Letra:\nBaila conmigo hasta el amanecer\nQue la noche es nuestra\n\n2 minutos, estilo salsa, ¡gracias!",
        new(duration=120, lyrics_has=["la noche es nuestra"]),
    ),
    # --- _DESCRIBED: real lyrics that begin like a description
    (
        DS,
        None,
        "a pop song with the lyrics 'Up to you, it's up to you, where we go tonight'",
        new(lyrics_has=["where we go tonight"]),
    ),
    (
        DS,
        None,
        "une chanson d'amour avec les paroles 'À toi pour toujours, mon amour, à toi'",
        new(lyrics_has=["pour toujours"]),
    ),
    (
        DS,
        None,
        "a folk song with the lyrics 'written by the river, carried by the wind'",
        new(lyrics_has=["carried by the wind"]),
    ),
    (
        DS,
        None,
        "una balada con la letra 'escríbela en la arena, que el mar la borre'",
        new(lyrics_has=["el mar la borre"]),
    ),
    (
        DS,
        None,
        "a rap song with the lyrics 'you write the rules, I break them all'",
        new(lyrics_has=["break them all"]),
    ),
    (DS, None, "una canzone con il testo 'scritto da te sul mio cuore'", new(lyrics_has=["sul mio cuore"])),
    (
        DSC,
        None,
        "una canzone pop con testo 'da scrivere tu, sull'estate'",
        new(lyrics_not=["da scrivere tu, sull'estate"], ask_ok=True),
    ),
    (DSC, None, "a pop song, lyrics 'up to you, something about summer'", new(ask_ok=True)),
    # --- apostrophes inside single quotes
    (AP, None, "una canzone con il testo 'd'inverno ti penso ancora'", new(lyrics_has=["d'inverno ti penso ancora"])),
    (AP, None, "une chanson avec les paroles 'je t'aime, je t'attends'", new(lyrics_has=["je t'aime, je t'attends"])),
    (
        AP,
        None,
        "a song with the lyrics 'rock'n'roll tonight' and a saxophone solo",
        new(lyrics_has=["rock'n'roll tonight"]),
    ),
    (AP, None, "a blues with the lyrics 'I can't stop, I won't stop'", new(lyrics_has=["I can't stop, I won't stop"])),
    (
        AP,
        None,
        "una canción con la letra 'no me olvides' y que suene como los 80's",
        new(lyrics_has=["no me olvides"]),
    ),
    # --- new labels
    (
        LB,
        None,
        "ein Video-Intro mit dem Text 'Willkommen auf meinem Kanal' im Bild, nur Musik ohne Gesang",
        new(inst=True),
    ),
    (
        LB,
        None,
        "background music for a slide with the text 'Quarterly results 2025', no vocals",
        new(inst=True),
    ),
    (LB, None, "ein Schlager mit dem Text 'Heute feiern wir die ganze Nacht'", new(lyrics_has=["die ganze Nacht"])),
    (LB, None, "pesma sa rečima 'volim te, ne idi'", new(lyrics_has=["volim te"])),
    (LB, None, "lagu pop santai, liriknya 'aku rindu kamu setiap malam'", new(lyrics_has=["aku rindu kamu"])),
    (LB, None, "rólegt lag þar sem textinn er 'ég elska þig, vertu hjá mér'", new(lyrics_has=["ég elska þig"])),
    # --- counts after a length
    (CT, None, "Make me a 3 min 30 song about rain", new(duration=210)),
    (CT, None, "a 2 min 30 track for my vlog intro", new(duration=150)),
    (CT, None, "1 min 2 versions, lo-fi hip hop", new(duration=60, takes=2)),
    (CT, None, "2 min 3 takes please, ambient", new(duration=120, takes=3)),
    (CT, None, "做一首2分钟的歌，来两版", new(duration=120, takes=2)),
    (CT, None, "30秒版的广告歌，轻快一点", new(duration=30, takes=None)),
    (CT, None, "做一个60秒的第2版广告音乐", new(duration=60, takes=None)),
    (CT, None, "เพลงยาว 1 นาที 30 วินาที แนวป๊อป", new(duration=90)),
    (CT, None, "redo the chorus with more energy", ASK),
    # --- Serbian 'на N минута'
    (SN, 180, "Продужи песму на 4 минута", ext(0, 60)),
    (SN, 120, "Продужи песму за 2 минута", ext(0, 120)),
    (SN, 120, "удлини песню на 2 минуты", ext(0, 120)),
    (SN, 120, "подовж пісню на 2 хвилини", ext(0, 120)),
    # --- no vocals forms
    (NV, None, "Lav en popsang om sommeren med dansk sang, ingen vokaleffekter", new(inst=False)),
    (NV, None, "en låt om hösten med svensk sång, ingen vokalautotune", new(inst=False)),
    (NV, None, "en sang om fjellet med norsk tekst og sang, ingen vokalfilter", new(inst=False)),
    (NV, None, "ett lugnt spår, ingen sång", new(inst=True)),
    (NV, None, "en rolig sang til film, ingen vokal", new(inst=True)),
    (NV, None, "ஒரு அமைதியான இசை, பாட்டு வேண்டாம்", new(inst=True)),
    (NV, None, "शान्त संगीत, गीत नभएको", new(inst=True)),
    # --- acoustic
    (AC, None, "ein elektronischer Track ohne akustische Instrumente, 2 Minuten", new(tags_not=["acoustic"])),
    (AC, None, "una canción electrónica, nada acústico, 2 minutos", new(tags_not=["acoustic"])),
    (AC, None, "akustiği kötü bir salon için elektronik dans müziği, 2 dakika", new(tags_not=["acoustic"])),
    (AC, None, "una canción acústica de 2 minutos", new(tags_has=["acoustic"], duration=120)),
    (AC, None, "akustisk visa om hösten", new(tags_has=["acoustic"])),
]


if __name__ == "__main__":
    main(PROBES, __file__)
