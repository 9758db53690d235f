"""Red-team probe (redteam25e) of this session's router rules (8939735..): _NEW_PIECE, _HALF, _IS_NOW / _TOTAL_WORDS,
_EACH_LENGTH, _names_a_date, Malay/Indonesian, router/style_words.py negations. Prints each request, the plan or
question, and a verdict against what a careful native reader is sure of.
Run: sh scripts/uv run python scripts/router_probe_redteam5.py [filter] [-q]   (-q: print only the bad verdicts)

A rule marked "(pre-existing)" gives the same answer at 8939735. Same conventions as router_probe_redteam4.py; two more expectation keys: "tags_has" (strings the tags must hold)
and "tags_not" (tags that must not appear as a tag of their own: an instrument the person asked to leave out)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

# The runner, the verdicts and the expectation helpers are the fourth pass's (it reads "tags_has" / "tags_not" too).
from router_probe_redteam4 import ASK, ext, inp, main, new

NP = "_NEW_PIECE (a new piece beside a track)"
NPS = "_NEW_PIECE drops the track's style"
HF = "_HALF (first/second half window)"
HFN = "_HALF + number reading"
NOW = "_IS_NOW (the track's own length skipped)"
TOT = "_TOTAL_WORDS (a total, not an amount)"
EACH = "_EACH_LENGTH (N versions, X each)"
DATE = "_names_a_date (a date is no length)"
MS = "Malay/Indonesian vocal"
NEG = "style_words negation ('without X and Y')"
NEGP = "style_words negation after the word"
NEGM = "Malay/Indonesian negation"

NOG = ["guitar"]
NOD = ["drums"]

CASES: list[tuple[str, str, float | None, str, Any]] = [
    # --- _NEW_PIECE: 'new'/'another'/'something different' beside a track that is being edited
    ("en", "give it a new beat", 150, NP, ASK),
    ("en", "put a new beat under it", 150, NP, ASK),
    ("en", "give it a new beat, 120 BPM", 150, NP, ASK),
    ("en", "a new tune on top of this, keep everything else", 150, NP, ASK),
    ("en", "try something different with the drums", 150, NP, ASK),
    ("en", "mix it with another track", 150, NP, ASK),
    ("fr", "donne-lui un autre titre", 150, NP + " (titre: a title)", ASK),
    ("zh", "这首新歌很好,把吉他去掉", 150, NP + " (this new song is good, remove the guitar)", ASK),
    ("ko", "이 신곡 보컬 빼줘", 150, NP + " (remove this new song's vocals)", ASK),
    ("en", "a new song with the same vibe as this one, 2 minutes", 150, NPS, new(tags_has=["indie pop"])),
    ("en", "another track like this one but 3 minutes", 150, NPS, new(tags_has=["indie pop"])),
    ("es", "otra canción parecida a esta, 2 minutos", 150, NPS, new(tags_has=["indie pop"])),
    ("de", "ein neues Lied im gleichen Stil, 2 Minuten", 150, NPS, new(tags_has=["indie pop"])),
    ("zh", "新歌,风格和这首一样,2分钟", 150, NPS, new(tags_has=["indie pop"])),
    # controls: a new piece said as such, or 'new' with an edit
    (
        "en",
        "ok, now a completely new one: jazz, 90 s",
        150,
        NP + " (control)",
        new(duration=90, tags_not=["indie pop"]),
    ),
    ("en", "a new song! extend it by 30 seconds", 150, NP + " (control)", ext(0, 30)),
    ("es", "otra canción nueva no, mejor cambia el final: los últimos 20 segundos", 150, NP + " (control)", inp(20, 0)),
    ("zh", "新歌不要,最后20秒重新生成", 150, NP + " (control)", inp(20, 0)),
    ("hi", "नया गाना नहीं चाहिए, बस आखिरी 20 सेकंड फिर से बनाओ", 150, NP + " (control)", inp(20, 0)),
    ("en", "new song idea: redo the second half with piano", 150, NP + " (control)", inp(75, 150)),
    ("it", "rifai da zero a trenta secondi", 150, NP + " (control: da zero = from 0)", inp(0, 30)),
    # --- _HALF: a half of a section, or two halves in one request
    ("pt", "refaz do zero a segunda metade", 150, HFN + " ('do zero a segunda' read as 0 to 2)", inp(75, 150)),
    (
        "en",
        "the first half is great, redo the second half",
        150,
        HF + " (two halves: the first named wins)",
        inp(75, 150),
    ),
    ("en", "keep the first half, redo the rest", 150, HF + " (the half kept is the one redone)", inp(75, 150)),
    ("en", "redo the second half of the chorus", 150, HF + " (a section's half)", ASK),
    ("en", "the second half of the intro is too loud, redo it", 150, HF + " (a section's half)", ASK),
    ("pt", "refaz a segunda metade do refrão", 150, HF + " (a section's half)", ASK),
    ("es", "rehaz la segunda mitad del estribillo", 150, HF + " (a section's half)", ASK),
    ("ru", "переделай вторую половину припева", 150, HF + " (a section's half)", ASK),
    ("en", "redo the first half of the last minute", 150, HF + " (a half of a window)", ASK + "|plan"),
    ("en", "loop the first half", 150, HF + " (loop of a half loops the whole) (pre-existing)", ASK),
    ("en", "redo the second half", 150, HF + " (control)", inp(75, 150)),
    ("es", "regenera la segunda mitad", 150, HF + " (control)", inp(75, 150)),
    ("pt", "refaz a primeira metade", 150, HF + " (control)", inp(0, 75)),
    ("it", "rifai la prima metà", 150, HF + " (control)", inp(0, 75)),
    ("ru", "переделай первую половину", 150, HF + " (control)", inp(0, 75)),
    ("pl", "przerób drugą połowę", 150, HF + " (control)", inp(75, 150)),
    ("tr", "ikinci yarıyı yeniden yap", 150, HF + " (control)", inp(75, 150)),
    ("id", "buat ulang paruh kedua", 150, HF + " (control)", inp(75, 150)),
    ("vi", "làm lại nửa sau", 150, HF + " (control)", inp(75, 150)),
    ("he", "תעשה מחדש את החצי השני", 150, HF + " (control)", inp(75, 150)),
    ("el", "ξαναφτιάξε το δεύτερο μισό", 150, HF + " (control)", inp(75, 150)),
    ("hu", "csináld újra a második felét", 150, HF + " (control)", inp(75, 150)),
    ("ro", "refă a doua jumătate", 150, HF + " (control)", inp(75, 150)),
    ("zh", "后半部分重新生成", 150, HF + " (control)", inp(75, 150)),
    ("ja", "前半をやり直して", 150, HF + " (control)", inp(0, 75)),
    ("ko", "전반부 다시 만들어줘", 150, HF + " (control)", inp(0, 75)),
    ("fr", "refais la deuxième moitié de zéro", 150, HF + " (control)", inp(75, 150)),
    ("en", "redo the first half minute", 150, HF + " (control: half a minute)", inp(0, 30)),
    ("de", "erneuere die zweite Hälfte", 150, HF + " (asks)", ASK + "|plan"),
    # --- _IS_NOW: 'now' words in front of an amount that equals the track's length
    ("hu", "kezdetre 10 másodperc, a végére most 2:30-at tegyél", 150, NOW + " (most = now)", ext(10, 150)),
    ("de", "füge am Anfang 10 Sekunden hinzu und hänge jetzt 2:30 am Ende an", 150, NOW, ASK + "|plan"),
    ("tr", "başa 10 saniye ekle, sonra sona şimdi 2:30 ekle", 150, NOW, ASK + "|plan"),
    ("id", "tambahkan 10 detik di awal dan sekarang 2:30 di akhir", 150, NOW, ASK + "|plan"),
    ("ko", "앞에 10초 추가하고 끝에 지금 2분 30초 추가해줘", 150, NOW, ASK + "|plan"),
    ("ro", "adaugă 10 secunde la început și acum 2:30 la final", 150, NOW, ASK + "|plan"),
    ("fi", "lisää alkuun 10 sekuntia ja loppuun nyt 2:30", 150, NOW, ASK + "|plan"),
    ("en", "it's 2:30 now, make it 3:00", 150, NOW + " (control)", ext(0, 30)),
    ("en", "double it: it's 2:30, add another 2:30 at the end", 150, NOW + " (control)", ext(0, 150)),
    ("en", "currently 2:30; extend by 2:30", 150, NOW + " (control)", ext(0, 150)),
    # --- _TOTAL_WORDS: 'do', 'tem que ter', 'should be' in front of a part's length
    ("en", "add an outro, just do 30 seconds", 20, TOT + " ('do' = Czech/Polish 'to') (pre-existing)", ext(0, 30)),
    (
        "pt",
        "adiciona uma intro, tem que ter 20 segundos",
        15,
        TOT + " (tem que ter: the intro's length)",
        ASK + "|plan",
    ),
    ("en", "add 10 s at the start; the outro should be 20 seconds", 150, TOT, ASK + "|plan"),
    ("pt", "adiciona 10 segundos no início, e a outro tem que ter 20 segundos", 150, TOT, ASK + "|plan"),
    ("it", "aggiungi 10 secondi all'inizio, il finale deve durare 20 secondi", 150, TOT, ASK + "|plan"),
    ("es", "añade 10 segundos al principio, el final debe durar 20 segundos", 150, TOT, ASK + "|plan"),
    ("cs", "prodluž to o 30 sekund, do 3 minut ne", 150, TOT, ASK + "|plan"),
    ("nl", "verleng met 30 seconden, tot 3 minuten lukt niet", 150, TOT, ASK + "|plan"),
    ("ru", "продли на 30 секунд, до 3 минут не надо", 150, TOT, ASK + "|plan"),
    ("en", "extend the song, it should be 3 minutes", 150, TOT + " (control)", ext(0, 30)),
    ("it", "estende la canzone, deve durare 3 minuti", 150, TOT + " (control)", ext(0, 30)),
    # --- _EACH_LENGTH: 'each' that measures takes, beside items said apart
    ("en", "3 versions, 2 min each: jazz, rock and pop", None, EACH, ASK),
    ("en", "3 songs of 1 min each, one jazz, one rock, one pop", None, EACH, ASK),
    ("es", "2 versiones de 3 min cada una, una triste y otra alegre", None, EACH, ASK),
    ("de", "2 Versionen, jeweils 3 min, eine mit Gesang, eine ohne", None, EACH, ASK),
    ("fr", "deux versions de 2 min chacune, l'une rapide l'autre lente", None, EACH, ASK),
    ("zh", "生成3首,每首2分钟,分别是爵士、摇滚、流行", None, EACH, ASK),
    ("en", "3 versions, 2 min each, each in a different style", None, EACH, ASK),
    ("en", "2 versions 90 s each, and another 30 s one", None, EACH, ASK),
    ("en", "3 versions, 2 min long, with a 10 s intro each", None, EACH, ASK + "|plan"),
    ("vi", "2 bản, mỗi bản 2 phút, một bản buồn một bản vui", None, EACH, ASK),
    # --- _names_a_date
    ("fr", "une chanson pour le 15 mars, 2 minutes", None, DATE + " ('mars' not in MONTHS)", new(duration=120)),
    ("de", "ein Lied für den 1. Mai, 2 Minuten", None, DATE + " ('mai' not in MONTHS)", new(duration=120)),
    ("es", "canción para el 14 de febrero, 2 minutos", None, DATE, new(duration=120)),
    ("it", "canzone per il 25 aprile, 2 minuti", None, DATE, new(duration=120)),
    ("id", "lagu untuk 17 Agustus, 2 menit", None, DATE, new(duration=120)),
    ("ms", "lagu ulang tahun untuk 17 mac, 2 minit", None, DATE, new(duration=120)),
    ("tl", "kanta para sa ika-14 ng Pebrero, 2 minuto", None, DATE + " ('ng' between)", new(duration=120)),
    ("en", "a birthday song for 15/03, 2 minutes", None, DATE, new(duration=120)),
    ("sv", "en sång till 6 maj, 2 minuter", None, DATE + " ('maj' not in MONTHS)", ASK + "|plan"),
    ("es", "regenera de 30 a 45 de mayo", 150, DATE, ASK + "|plan"),
    ("fr", "refais de 30 à 45 mars", 150, DATE, ASK + "|plan"),
    # --- Malay / Indonesian: the vocal language and negation
    (
        "id",
        "buat lagu balada, lirik: kau tak di sini, hatiku tak tenang, 3 menit",
        None,
        MS + " ('tak' is Indonesian too)",
        {"vocal": "indonesian"},
    ),
    (
        "ms",
        "nak lagu pop Melayu, setiap detik berharga, 2 minit",
        None,
        MS + " (control)",
        new(duration=120, vocal="malay"),
    ),
    ("id", "lagu pop Indonesia, boleh ya, 2 menit", None, MS + " (control)", new(duration=120, vocal="indonesian")),
    (
        "id",
        "buatkan lagu pop, boleh pakai piano, tak usah drum, 2 menit",
        None,
        NEGM + " (tak usah)",
        new(duration=120, tags_not=["drum", "drums"]),
    ),
    # --- style_words: a second instrument after 'without X and/nor Y'
    ("es", "canción pop sin batería ni guitarra", None, NEG + " (control: ni)", new(tags_not=NOG + NOD)),
    ("fr", "une chanson pop, ni guitare ni batterie", None, NEG + " (control)", new(tags_not=NOG + NOD)),
    ("it", "canzone pop senza batteria né chitarra", None, NEG + " (né)", new(tags_not=NOG + NOD)),
    ("ru", "поп-песня без барабанов и гитары", None, NEG, new(tags_not=NOG + NOD)),
    ("ru", "поп песня, ни гитары, ни барабанов", None, NEG + " (ни … ни)", new(tags_not=NOG + NOD)),
    ("de", "Popsong ohne Schlagzeug und Gitarre", None, NEG, new(tags_not=NOG + NOD)),
    ("de", "Popsong, keine Gitarre und kein Schlagzeug", None, NEG + " (control)", new(tags_not=NOG + NOD)),
    ("pl", "piosenka pop bez bębnów i gitary", None, NEG, new(tags_not=NOG + NOD)),
    ("zh", "流行歌,不要鼓和吉他", None, NEG, new(tags_not=NOG + NOD)),
    ("ja", "ポップ、ドラムとギターなし", None, NEG + " (なし after both)", new(tags_not=NOG + NOD)),
    ("ko", "팝송 드럼이랑 기타 없이", None, NEG + " (없이 after both)", new(tags_not=NOG + NOD)),
    ("tr", "pop şarkı, davul ve gitar olmadan", None, NEG + " (olmadan after both)", new(tags_not=NOG + NOD)),
    ("id", "lagu pop tanpa drum dan gitar", None, NEG, new(tags_not=NOG + NOD + ["drum"])),
    ("vi", "bài pop không có trống và guitar", None, NEG, new(tags_not=NOG + NOD)),
    ("ar", "أغنية بوب بدون طبول وجيتار", None, NEG, new(tags_not=NOG + NOD)),
    ("he", "שיר פופ בלי תופים וגיטרה", None, NEG, new(tags_not=NOG + NOD)),
    ("el", "ποπ τραγούδι χωρίς ντραμς και κιθάρα", None, NEG, new(tags_not=NOG + NOD)),
    ("ro", "melodie pop fără tobe și chitară", None, NEG, new(tags_not=NOG + NOD)),
    ("sv", "popsång utan trummor och gitarr", None, NEG, new(tags_not=NOG + NOD)),
    ("nl", "popnummer zonder drums en gitaar", None, NEG, new(tags_not=NOG + NOD)),
    ("cs", "popová píseň bez bicích a kytary", None, NEG, new(tags_not=NOG + NOD)),
    ("hi", "पॉप गाना, ड्रम और गिटार के बिना", None, NEG + " (के बिना after both)", new(tags_not=NOG + NOD)),
    ("fa", "آهنگ پاپ بدون درام و گیتار", None, NEG, new(tags_not=NOG + NOD)),
    ("fi", "pop-kappale ilman rumpuja ja kitaraa", None, NEG, new(tags_not=NOG + NOD)),
    ("sw", "wimbo wa pop bila ngoma na gitaa", None, NEG, new(tags_not=NOG + NOD)),
    ("ja", "ポップソング、ギターは要らない", None, NEGP + " (要らない)", new(tags_not=NOG)),
    ("tr", "pop şarkı, gitar olmasın", None, NEGP + " (olmasın)", new(tags_not=NOG)),
    ("hi", "pop gaana, guitar nahi chahiye", None, NEGP + " (nahi chahiye) (pre-existing)", new(tags_not=NOG)),
    ("hi", "pop song, gitaar mat dalo", None, NEGP + " (mat dalo)", new(tags_not=NOG)),
    (
        "en",
        "pop song, piano only, I don't want any guitar or drums",
        None,
        NEGP + " (English) (pre-existing)",
        new(tags_not=NOG + NOD),
    ),
    ("zh", "流行歌,吉他不要", None, NEGP + " (control)", new(tags_not=NOG)),
    (
        "es",
        "pop, sin batería, con guitarra y piano",
        None,
        NEG + " (control: con)",
        new(tags_not=NOD, tags_has=["guitar"]),
    ),
    (
        "de",
        "pop, ohne Schlagzeug, mit Gitarre und Klavier",
        None,
        NEG + " (control: mit)",
        new(tags_not=NOD, tags_has=["guitar"]),
    ),
]


if __name__ == "__main__":
    main(CASES)
