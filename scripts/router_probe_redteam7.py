"""Red-team probe (redteam7) of the router rules added in 910bfd5..6670a68, hunting SILENT WRONG plans: a plan made
without a question whose tool or a certain argument is wrong. The rules under attack: "without lyrics / words / text"
as instrumental in 50 languages (cues.NO_WORDS) and the question when a voice tag sits beside it
(account._voice_without_words); a style term before a hyphen or glued to a noun for the piece (_PIECE_NOUN);
'cinematic', Greek 'λυπημέν*', Chinese '流行', Dutch 'met bas'; "and a half" after a minute unit in more languages
and 'N 0.5 min'; a CJK quote closed by 」』 or followed by a CJK character as the end of the lyrics.

Each probe is (category, track length or None, request, expected), labelled before any run. Expected is ASK (a
careful reader must ask) or a dict of what a careful reader is sure of: "tool", argument values ("duration",
"extend_after_duration", ...), "inst" (True: lyrics '[inst]'; False: not '[inst]'), "tags_has" / "tags_not"
(whole comma-separated tags), "lyrics_has" / "lyrics_not" (lines that must / must not be the whole lyrics), and
"ask_ok" (a question is as good as the plan). Verdicts: OK, ASKED (a question where a plan was due: no money spent
on a misreading), SILENT WRONG.

Run: sh scripts/uv run python scripts/router_probe_redteam7.py [filter] [-q] [--old SRC]
  -q          print only the non-OK probes
  --old SRC   also run every probe against another build's src directory (e.g. a 910bfd5 worktree's src) and
              mark a SILENT WRONG "(pre-existing)" when it is also SILENT WRONG there
  --verdicts  print one JSON object {request: verdict} (used by --old)
"""

from __future__ import annotations

from typing import Any

from probe_kit import ASK, SUNG, WORDLESS, ext, free, inp, main, new

NW = "NO_WORDS idiom: 'without words' that is no 'instrumental'"
NWT = "NO_WORDS on a track edit"
NWC = "NO_WORDS control (truly instrumental)"
VW = "_voice_without_words: wordless singing said another way"
PN = "_PIECE_NOUN: style term before a hyphen (not the style)"
PNX = "_PIECE_NOUN: '<instrument>-free/-less' now adds the instrument"
PNT = "_PIECE_NOUN on a track edit (tool)"
PNC = "_PIECE_NOUN control"
ZH = "'流行' as pop (popular, trending)"
ZHC = "'流行' control"
ST = "other new style words ('met bas', cinematic)"
HF = "'and a half' after a minute unit (half of something else)"
HP = "Serbo-Croatian 'i po' after a minute ('and if possible', Polish 'and after')"
H5 = "'N 0.5 min' (digits before a half unit)"
HFC = "'and a half' control"
QT = "_leading_quote: CJK quote is a title or theme, or one of several lines"
QTC = "_leading_quote control"

PROBES: list[tuple[str, float | None, str, Any]] = [
    # --- NO_WORDS: "speechless", "understand each other without words", "I have no lyrics" in a sung request
    (NW, None, "una canción romántica, cuando la vi me quedé sin palabras, 3 minutos", new(**SUNG, duration=180)),
    (NW, None, "uma música de amor: quando te vi fiquei sem palavras", new(**SUNG)),
    (NW, None, "una canzone d'amore: quando ti ho vista sono rimasto senza parole", new(**SUNG)),
    (NW, None, "une chanson d'amour sur deux personnes qui se comprennent sans mots", new(**SUNG)),
    (NW, None, "ein Liebeslied über zwei Menschen, die sich ohne Worte verstehen", new(**SUNG)),
    (NW, None, "een liefdesliedje over elkaar begrijpen zonder woorden", new(**SUNG)),
    (NW, None, "a love song about two people who understand each other without words", new(**SUNG)),
    (NW, None, "piosenka o miłości, rozumiemy się bez słów", new(**SUNG)),
    (NW, None, "en kärlekssång om att förstå varandra utan ord", new(**SUNG)),
    (NW, None, "en kærlighedssang om at forstå hinanden uden ord", new(**SUNG)),
    (NW, None, "píseň o lásce, rozumíme si i bez slov", new(**SUNG)),
    (NW, None, "rakkauslaulu kahdesta, jotka ymmärtävät toisiaan ilman sanoja", new(**SUNG)),
    (NW, None, "szerelmes dal arról, hogy szöveg nélkül is értjük egymást", new(**SUNG)),
    (NW, None, "o melodie de dragoste, rămân fără cuvinte când te văd", new(**SUNG)),
    (NW, None, "песня о любви: мы понимаем друг друга без слов", new(**SUNG)),
    (NW, None, "пісня про кохання: ми розуміємо одне одного без слів", new(**SUNG)),
    (NW, None, "τραγούδι αγάπης: σε κοιτάζω χωρίς λόγια", new(**SUNG)),
    (NW, None, "aşk şarkısı, söz olmadan anlaşıyoruz", new(**SUNG)),
    (NW, None, "lagu cinta, aku terdiam tanpa kata saat melihatmu", new(**SUNG)),
    (NW, None, "kanta ng pag-ibig, walang salita ang makapagsasabi kung gaano kita kamahal", new(**SUNG)),
    (NW, None, "wimbo wa mapenzi, nakupenda bila maneno mengi", new(**SUNG)),
    (NW, None, "שיר אהבה לאשתי, אנחנו מבינים זה את זה בלי מילים", new(**SUNG)),
    (NW, None, "أغنية حب لزوجتي، نفهم بعض بدون كلام", new(**SUNG)),
    (NW, None, "एक प्रेम गीत, तुम बिना शब्दों के समझ जाते हो", new(**SUNG)),
    (NW, None, "我没有歌词，帮我写一首关于夏天的歌", new(**SUNG)),
    (NW, None, "如果没有歌词你就帮我写一段，摇滚风", new(**SUNG)),
    (NW, None, "歌詞はいらないと言ったけど、やっぱり歌ってほしい。ロック", new(**SUNG, ask_ok=True)),
    (NW, None, "I have no lyrics yet, can you write some? upbeat pop about summer", new(**SUNG)),
    (NW, None, "not without words, please: a pop song with real lyrics about my dog", new(**SUNG)),
    (NW, None, "bitte nicht ohne Text: ein Popsong mit echten Worten über meinen Hund", new(**SUNG)),
    (NW, None, "ein Lied über ein Wochenende ohne Text-Nachrichten und Handy, Pop, Frauenstimme", new(**SUNG)),
    (NW, None, "chanson triste : il est parti sans texte ni appel, voix d'homme", new(**SUNG)),
    (NW, None, "canción sin letra? no: quiero una canción con letra sobre mi perro", new(**SUNG)),
    (NW, None, "没有歌词的部分用钢琴，副歌女声唱", new(**SUNG, ask_ok=True)),
    # --- NO_WORDS on a track: the part without words is a place, not a wish for no vocals
    (NWT, 180, "extend the part without words by 20 seconds", ASK),
    (NWT, 180, "가사 없는 부분을 10초 늘려줘", ASK),
    (NWT, 180, "the intro without words sounds great, add 20 seconds at the end", ext(0, 20)),
    (NWT, 180, "der Teil ohne Text von 1:00 bis 1:30 soll mehr Gitarre haben", inp(60, 90)),
    (NWT, 180, "la parte sin letra, del 1:00 al 1:30, rehazla con piano", inp(60, 90)),
    (NWT, 180, "convert to mp3, the version without words", free(output_format="mp3")),
    # --- NO_WORDS controls: truly instrumental
    (NWC, None, "una pista sin letra para estudiar, lo-fi", new(inst=True)),
    (NWC, None, "Klaviermusik ohne Text zum Einschlafen", new(inst=True)),
    (NWC, None, "bài hát không lời, piano nhẹ nhàng", new(inst=True)),
    (NWC, None, "一首无歌词的钢琴曲，2分钟", new(inst=True, duration=120)),
    (NWC, None, "a lo-fi beat without words, 2 minutes", new(inst=True, duration=120)),
    # --- wordless singing said without 'choir / vocal / voice / humming / chant'
    (VW, None, "a soprano singing without words over strings", new(**WORDLESS)),
    (VW, None, "jazz scat singing, no lyrics, 2 minutes", new(**WORDLESS, duration=120)),
    (VW, None, "oohs and aahs only, no words, dreamy pop", new(**WORDLESS)),
    (VW, None, "female vocalise, without lyrics, ethereal ambient", new(**WORDLESS)),
    (VW, None, "someone humming a lullaby, no words", new(**WORDLESS)),
    (VW, None, "a singer going la la la, without lyrics, happy", new(**WORDLESS)),
    (VW, None, "Sopran ohne Text, nur Vokalisen, sphärisch", new(**WORDLESS)),
    (VW, None, "eine Frau summt eine Melodie, ohne Worte", new(**WORDLESS)),
    (VW, None, "vocalises sans paroles, chanteuse éthérée", new(**WORDLESS)),
    (VW, None, "una mujer tarareando una nana, sin letra", new(**WORDLESS)),
    (VW, None, "vocalizzi senza parole di un soprano, stile Morricone", new(**WORDLESS)),
    (VW, None, "só vocalizes de uma cantora, sem letra", new(**WORDLESS)),
    (VW, None, "вокализ без слов, сопрано", new(**WORDLESS)),
    (VW, None, "wokaliza bez słów, sopran", new(**WORDLESS)),
    (VW, None, "alleen een zangeres die neuriet, zonder tekst", new(**WORDLESS)),
    (VW, None, "sözsüz, sadece mırıldanan bir kadın sesi", new(**WORDLESS)),
    (VW, None, "صوت أنثوي يدندن بدون كلمات", new(**WORDLESS)),
    (VW, None, "सिर्फ़ गुनगुनाती हुई आवाज़, बिना शब्दों के, लोरी", new(**WORDLESS)),
    (VW, None, "en kvinna som nynnar, utan ord", new(**WORDLESS)),
    (VW, None, "γυναίκα που σιγοτραγουδά χωρίς λόγια", new(**WORDLESS)),
    (VW, None, "senandung penyanyi wanita, tanpa lirik", new(**WORDLESS)),
    (VW, None, "女性のスキャット、歌詞なし、ジャズ", new(**WORDLESS)),
    (VW, None, "ハミングだけ、歌詞なし", new(**WORDLESS)),
    (VW, None, "허밍만, 가사 없이, 잔잔하게", new(**WORDLESS)),
    (VW, None, "女声哼唱，无歌词，空灵", new(**WORDLESS)),
    (VW, None, "只有啊啊啊的和声，没有歌词", new(**WORDLESS)),
    (VW, None, "a choir singing without words", ASK),
    (VW, None, "Chor ohne Text, feierlich", ASK),
    # --- _PIECE_NOUN: '<instrument>-free / -less' names the instrument that is NOT wanted
    (PNX, None, "a drum-free ambient track, 2 minutes", new(tags_not=["drum", "drums"], duration=120)),
    (PNX, None, "guitar-less lo-fi beat", new(tags_not=["guitar"])),
    (PNX, None, "a piano-free version of a jazz ballad, 3 minutes", new(tags_not=["piano"], duration=180)),
    (PNX, None, "synth-free 80s rock anthem", new(tags_not=["synth"])),
    (PNX, None, "bass-less minimal techno", new(tags_not=["bass"])),
    (PNX, None, "a percussion-free meditation piece", new(tags_not=["percussion"])),
    (PNX, 180, "add 20 seconds at the end, drum-free", ext(0, 20, tags_not=["drum", "drums"])),
    (PNX, 180, "redo 1:00-1:30 guitar-free", inp(60, 90, tags_not=["guitar"])),
    (PNX, None, "a vocal-free chill beat", new(inst=True)),
    (PNX, None, "a 10 second voice-mail greeting jingle, instrumental", new(inst=True, duration=10)),
    (PNX, None, "background music for a voice-over, 30 seconds, corporate", new(tags_not=["voice"], duration=30)),
    (PNX, None, "Hintergrundmusik für ein Voice-Over, 30 Sekunden", new(tags_not=["voice"], duration=30)),
    # --- _PIECE_NOUN: a style word before a hyphen in a word that is not the style
    (PN, None, "rock-solid groove, funk, 2 minutes", new(tags_not=["rock"], duration=120)),
    (PN, None, "soul-searching acoustic ballad", new(tags_not=["soul"])),
    (PN, None, "music for my pop-up shop opening, acoustic, 30 seconds", new(tags_not=["pop"], duration=30)),
    (PN, None, "a house-warming party opener, acoustic folk, 2 minutes", new(tags_not=["house"], duration=120)),
    (PN, None, "song for a country-side road trip, indie rock", new(tags_not=["country"])),
    (PN, None, "trap-door creaks in a horror score, orchestral", new(tags_not=["trap"])),
    (PN, None, "a metal-detector commercial jingle, 15 seconds", new(tags_not=["metal"], duration=15)),
    (PN, None, "a ballad about a dark-haired girl, acoustic guitar", new(tags_not=["dark"])),
    (PN, None, "a rock-climbing video soundtrack, acoustic folk", new(tags_not=["rock"])),
    (PN, None, "a disco-ball shaped cake reveal, 20 seconds, orchestral", new(tags_not=["disco"], duration=20)),
    (PN, None, "gospel-truth honest love song, acoustic", new(tags_not=["gospel"])),
    # --- _PIECE_NOUN on a track edit: the tool stays the edit's
    (PNT, 180, "fade out the last 10 seconds, it's for my pop-up shop", free(fade_out_s=10)),
    (PNT, 180, "convert to mp3, it's for a house-warming party", free(output_format="mp3")),
    (PNT, 180, "trim the last 20 seconds, the rock-solid part before it is enough", free(trim_end_s=20)),
    (PNT, 180, "export as wav for the jazz-hands number at school", free(output_format="wav")),
    # --- controls
    (PNC, None, "ein Jazzstück für Klavier, 2 Minuten", new(tags_has=["jazz"], duration=120)),
    (PNC, None, "een reggaenummer over de zomer", new(tags_has=["reggae"])),
    (PNC, None, "en rocklåt om hösten, 2 minuter", new(tags_has=["rock"], duration=120)),
    # --- '流行' as pop where it says popular / trending / epidemic
    (ZH, None, "用现在比较流行的摇滚风格做一首歌", new(tags_not=["pop"], tags_has=["rock"])),
    (ZH, None, "80年代流行的迪斯科风格，2分钟", new(tags_not=["pop"], duration=120)),
    (ZH, None, "抖音上流行的那种说唱，男声", new(tags_not=["pop"])),
    (ZH, None, "流感流行季节的公益广告配乐，30秒，钢琴", new(tags_not=["pop"], duration=30)),
    (ZH, None, "今年流行什么？给我做一首爵士，2分钟", new(tags_not=["pop"], duration=120)),
    (ZH, None, "昔流行ったディスコ風の曲", new(tags_not=["pop"])),
    (ZH, None, "好流行嘅嘻哈，男聲", new(tags_not=["pop"])),
    (ZH, None, "重金属，歌词：流行的风吹过街头，我们不回头", new(tags_not=["pop"])),
    (ZHC, None, "流行情歌，女声，2分钟", new(tags_has=["pop"], duration=120)),
    # --- other new style words
    (ST, None, "een verjaardagsliedje voor mijn zoon, om samen te zingen met Bas", new(tags_not=["bass"])),
    (ST, None, "ένα λυπημένο τραγούδι, πιάνο, 2 λεπτά", new(tags_has=["sad"], duration=120)),
    # --- 'and a half' that halves something else
    (HF, None, "a song of 2 minutes and half of it a piano solo", new(duration=120)),
    (HF, None, "lo-fi, 2 minutes and half as fast as usual", new(duration=120)),
    (HF, None, "trap beat, 2 minutes and half-time drums in the drop", new(duration=120)),
    (HF, None, "ein Song, 2 Minuten und halb so schnell wie das Original", new(duration=120)),
    (HF, None, "een nummer van 2 minuten en half zo snel als normaal", new(duration=120)),
    (HF, None, "песня на 2 минуты и половина из них без вокала", new(duration=120)),
    (HF, None, "o melodie de 2 minute și jumătate din ele instrumentală", new(duration=120, ask_ok=True)),
    (HF, None, "τραγούδι 2 λεπτά και μισή ένταση στο τέλος", new(duration=120)),
    (HF, None, "música de 2 minutos e meia dúzia de vozes no coro", new(duration=120)),
    (HF, 180, "add 1 minute and half the reverb at the end", ASK),
    (HP, None, "piosenka 2 minuty i po minucie wchodzi wokal", new(duration=120)),
    (HP, None, "utwór 3 minuty i po refrenie solo gitary", new(duration=180)),
    (HP, None, "pjesma od 2 minute i po mogućnosti s gitarom", new(duration=120)),
    (HP, None, "pesma 2 minuta i po mogućnosti bez bubnjeva", new(duration=120)),
    (HP, None, "песня 2 минуты и по возможности без барабанов", new(duration=120)),
    (HP, None, "песен 2 минути и по възможност с китара", new(duration=120)),
    (HP, 180, "produži za 1 minutu i po mogućnosti zadrži ritam", ext(0, 60)),
    (H5, None, "I need 2 half-minute ad spots, upbeat", new(duration=30, ask_ok=True)),
    (H5, None, "make 3 half-minute loops for my game", new(duration=30, ask_ok=True)),
    (H5, 180, "add 2 half-minute sections at the end", ext(0, 60, ask_ok=True)),
    (H5, None, "chorus 2 half a minute long, pop", new(ask_ok=True, duration=30)),
    (HFC, None, "o melodie de 2 minute și jumătate", new(duration=150)),
    (HFC, None, "пісня 2 хвилини з половиною", new(duration=150)),
    (HFC, None, "pjesma 2 minute i po", new(duration=150)),
    (HFC, None, "τραγούδι 2 λεπτά και μισό", new(duration=150)),
    (HFC, None, "lagu 2 setengah minit", new(duration=150)),
    (HFC, None, "daina 2 minutės su puse", new(duration=150)),
    # --- a CJK quote that is a title, a theme, or one of several lines
    (QT, None, "歌詞：「夜明け」というタイトルで、希望について書いて", new(lyrics_not=["夜明け"], ask_ok=True)),
    (QT, None, "歌詞：「さくら」をテーマにして書いてください", new(lyrics_not=["さくら"], ask_ok=True)),
    (QT, None, "歌词：“晴天”这个主题，帮我写，民谣", new(lyrics_not=["晴天"], ask_ok=True)),
    (QT, None, "歌词：『月亮代表我的心』那种感觉，你来写", new(lyrics_not=["月亮代表我的心"], ask_ok=True)),
    (QT, None, '가사: "봄날"이라는 제목으로 써줘, 발라드', new(lyrics_not=["봄날"], ask_ok=True)),
    (QT, None, '가사: "너만 보여"를 후렴에 넣고 나머지는 알아서 써줘', new(lyrics_not=["너만 보여"], ask_ok=True)),
    (QT, None, "歌词：「风吹过麦田」和「雨落在屋檐」两句，民谣", new(lyrics_has=["风吹过麦田", "雨落在屋檐"])),
    (QT, None, "歌詞：「君に会いたい」「夜が明ける」でJ-POPを", new(lyrics_has=["君に会いたい", "夜が明ける"])),
    (QT, None, "歌詞：「春が来た」春が来た　どこに来た、童謡風で", new(lyrics_has=["春が来た", "どこに来た"])),
    (QTC, None, "歌詞：「桜の下で君を待つ」でJ-POPを", new(lyrics_has=["桜の下で君を待つ"])),
    (QTC, None, "用这段歌词做一首民谣：“风吹过麦田”，女声", new(lyrics_has=["风吹过麦田"])),
]


if __name__ == "__main__":
    main(PROBES, __file__)
