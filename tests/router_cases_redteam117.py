"""Blind held-out router set 117. Theme: "people who are not musicians".

Requests from people with no music vocabulary: they describe by feeling, scene, use, a film or a memory, give times
loosely or in plain words ("the first half minute", "near the end") and name settings in everyday terms ("louder for
YouTube", "a file for my phone", "make it go round and round"). Vague times or amounts are labelled ask.

Counts: 300 rows. 11 in each of the 12 BIG12 languages (132) and 168 over the 38 others
(4 each, 5 for bg ca cs da el fa he hu id nl pl ro sv tr uk vi).
Intents: t2a 80, audio_inpaint 59, process_track 62, audio_outpaint 47, ask 52.

Labels written by hand, never run by the writer.
"""

from __future__ import annotations

from typing import Any

INST = "[inst]"
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _out(before: float, after: float) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after}


def _win(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


R117: list[tuple[Any, ...]] = [
    # ---- en ----
    ("en", "my mum's retiring next week, can you make something that feels like a sunny afternoon and a big thank-you, about a minute, no singing", None, "t2a",
     {"duration": 60, "lyrics": INST}),
    ("en", "forget this one, I want something totally different, like the feeling of the last day of school before summer", 150, "t2a", {}),
    ("en", "something that feels like the end of a Pixar movie when everyone's hugging, with piano please", None, "t2a",
     {"tags_has": ["piano"]}),
    ("en", "the first half minute is kind of boring, can you redo just that bit", 180, "audio_inpaint", _win(0, 30)),
    ("en", "there's a weird scratchy noise from 1:05 to 1:12, can you make that part again", 150, "audio_inpaint", _win(65, 72)),
    ("en", "the bit near the end feels off, change it", 200, "ask", {}),
    ("en", "make it louder for YouTube pls", 180, "process_track", {"loudness_lufs": -14}),
    ("en", "can you make it go round and round so it never stops? it's for a waiting room", 120, "process_track", {"loop": True}),
    ("en", "my slideshow is 3 minutes and this is too short, make it 3 minutes long", 150, "audio_outpaint", _out(0, 30)),
    ("en", "can it start with like 10 seconds of something calm before the actual song kicks in", 95, "audio_outpaint", _out(10, 0)),
    ("en", "make it sound higher, like chipmunks lol", 120, "ask", {}),
    # ---- de ----
    ("de", "Ich brauch was für die Hochzeit meiner Schwester, so wie wenn im Film die Sonne untergeht und alle tanzen. Ohne Gesang bitte, so zwei Minuten", None, "t2a",
     {"duration": 120, "lyrics": INST}),
    ("de", "kannst du mir was machen das klingt wie Omas Küche am Sonntag? mit Akkordeon irgendwie", None, "t2a",
     {"tags_has": ["accordion"]}),
    ("de", "Das hier lassen wir so. Mach mir bitte zusätzlich was ganz Neues für mein Yoga-Video, ganz ruhig, wie Wasser", 140, "t2a", {}),
    ("de", "die letzten 20 Sekunden klingen komisch, kannst du die neu machen?", 140, "audio_inpaint", _win(120, 140)),
    ("de", "irgendwo in der Mitte ist so ein Knacken, mach das weg", 180, "ask", {}),
    ("de", "Von Sekunde 30 bis 45 ist es mir zu wild, das Stück bitte nochmal anders", 120, "audio_inpaint", _win(30, 45)),
    ("de", "bitte als MP3 fürs Handy", 180, "process_track", {"output_format": "mp3"}),
    ("de", "am Ende soll es langsam leiser werden, so über 8 Sekunden", 160, "process_track", {"fade_out_s": 8}),
    ("de", "Das ist zu kurz für mein Video, häng noch 40 Sekunden hinten dran", 100, "audio_outpaint", _out(0, 40)),
    ("de", "mach es ein bisschen länger", 130, "ask", {}),
    ("de", "Kannst du den Sänger rausnehmen? Ich will nur die Musik dahinter", 200, "ask", {}),
    # ---- es ----
    ("es", "quiero una canción que se sienta como el último día de vacaciones en la playa, con guitarra, un minuto y medio más o menos", None, "t2a",
     {"duration": 90, "tags_has": ["guitar"]}),
    ("es", "algo para el cumple de mi hija que diga: \"Sofi cumple siete, vamos a bailar, hoy es tu día y lo vamos a celebrar\"", None, "t2a",
     {"lyrics": "Sofi cumple siete, vamos a bailar, hoy es tu día y lo vamos a celebrar", "vocal_language": "es"}),
    ("es", "hazme música de fondo tipo película de miedo, sin voces", None, "t2a", {"lyrics": INST}),
    ("es", "los primeros 15 segundos suenan raros, ¿los puedes rehacer?", 150, "audio_inpaint", _win(0, 15)),
    ("es", "la parte del final no me convence, cámbiala", 180, "ask", {}),
    ("es", "pásamelo a mp3 pa' mandarlo por whatsapp", 120, "process_track", {"output_format": "mp3"}),
    ("es", "que dé vueltas y vueltas sin parar, es para el fondo de mi tienda", 90, "process_track", {"loop": True}),
    ("es", "súbele el volumen para YouTube", 200, "process_track", {"loudness_lufs": -14}),
    ("es", "agrégale medio minuto más al final porfa", 120, "audio_outpaint", _out(0, 30)),
    ("es", "quiero que dure 2 minutos, ahora está muy cortito", 100, "audio_outpaint", _out(0, 20)),
    ("es", "alárgale la parte de en medio", 150, "ask", {}),
    # ---- fr ----
    ("fr", "un truc qui donne l'impression de rouler la nuit en ville sous la pluie, genre 2 minutes", None, "t2a", {"duration": 120}),
    ("fr", "Pour l'enterrement de mon grand-père, quelque chose de doux au violon, sans paroles", None, "t2a",
     {"lyrics": INST, "tags_has": ["violin"]}),
    ("fr", "une petite musique joyeuse pour la vidéo de mon chat", None, "t2a", {}),
    ("fr", "entre 1:20 et 1:35 y a un passage qui fait mal aux oreilles, tu peux le refaire ?", 180, "audio_inpaint", _win(80, 95)),
    ("fr", "vers la fin ça devient bizarre, arrange ça", 160, "ask", {}),
    ("fr", "refais les 10 dernières secondes, elles sonnent faux", 95, "audio_inpaint", _win(85, 95)),
    ("fr", "enlève les 4 premières secondes, y a que du silence", 120, "process_track", {"trim_start_s": 4}),
    ("fr", "je veux le fichier en wav pour mon montage", 150, "process_track", {"output_format": "wav"}),
    ("fr", "ajoute 15 secondes au début, un truc calme avant que ça commence", 140, "audio_outpaint", _out(15, 0)),
    ("fr", "Il me faudrait que ça dure 4 minutes au lieu de 3", 180, "audio_outpaint", _out(0, 60)),
    ("fr", "tu peux me le mettre en m4a pour mon iPhone ?", 120, "ask", {}),
    # ---- it ----
    ("it", "mi serve una musica che sembri una domenica mattina a casa dei nonni, tranquilla, circa un minuto", None, "t2a",
     {"duration": 60}),
    ("it", "qualcosa tipo colonna sonora di un film western, con la chitarra e niente voce", None, "t2a",
     {"tags_has": ["guitar"], "lyrics": INST}),
    ("it", "fammi una canzone in inglese per la festa di laurea di mio fratello", None, "t2a", {"vocal_language": "en"}),
    ("it", "i primi 20 secondi non mi piacciono, rifalli", 180, "audio_inpaint", _win(0, 20)),
    ("it", "da un minuto a un minuto e dieci c'è un pezzo che stona, rifallo", 150, "audio_inpaint", _win(60, 70)),
    ("it", "verso metà c'è qualcosa che non va", 200, "ask", {}),
    ("it", "fai che all'inizio entri piano piano, tipo in 5 secondi", 120, "process_track", {"fade_in_s": 5}),
    ("it", "fammela in loop, che giri all'infinito", 60, "process_track", {"loop": True}),
    ("it", "aggiungi 20 secondi alla fine", 130, "audio_outpaint", _out(0, 20)),
    ("it", "allungala un pochino all'inizio", 150, "ask", {}),
    ("it", "rendila più veloce, tipo da palestra", 180, "ask", {}),
    # ---- pt ----
    ("pt", "faz uma música que parece aquele finalzinho de tarde na praia, sem ninguém cantando", None, "t2a", {"lyrics": INST}),
    ("pt", "quero algo com piano tipo cena triste de novela, uns 90 segundos", None, "t2a",
     {"tags_has": ["piano"], "duration": 90}),
    ("pt", "preciso de 3 versões diferentes de uma musiquinha alegre pra abertura do meu canal", None, "t2a", {"takes": 3}),
    ("pt", "os últimos 30 segundos tão estranhos, refaz eles", 150, "audio_inpaint", _win(120, 150)),
    ("pt", "aquela parte lá pro meio tá esquisita", 180, "ask", {}),
    ("pt", "me manda um arquivo dessa música pra eu colocar no celular", 200, "process_track", {}),
    ("pt", "corta os últimos 6 segundos que é só barulho", 120, "process_track", {"trim_end_s": 6}),
    ("pt", "deixa mais alto pro YouTube", 160, "process_track", {"loudness_lufs": -14}),
    ("pt", "coloca mais uns 45 segundos no final", 120, "audio_outpaint", _out(0, 45)),
    ("pt", "quero que fique com 1 minuto e meio, tá com 1 minuto só", 60, "audio_outpaint", _out(0, 30)),
    ("pt", "junta essa com aquela outra que você fez ontem", 150, "ask", {}),
    # ---- ru ----
    ("ru", "нужна музыка, как будто едешь в поезде ночью и смотришь в окно, минуты две, без слов", None, "t2a",
     {"duration": 120, "lyrics": INST}),
    ("ru", "что-нибудь как в старых советских мультиках, весёлое", None, "t2a", {}),
    ("ru", "сделай песню на русском про мою собаку Бублика", None, "t2a", {"vocal_language": "ru"}),
    ("ru", "первые полминуты скучные, переделай их", 180, "audio_inpaint", _win(0, 30)),
    ("ru", "с 2:00 до 2:15 какой-то скрежет, перегенерируй этот кусок", 200, "audio_inpaint", _win(120, 135)),
    ("ru", "где-то ближе к концу что-то не то", 150, "ask", {}),
    ("ru", "сделай, чтобы в конце плавно затихало, секунд 10", 180, "process_track", {"fade_out_s": 10}),
    ("ru", "скинь в flac, хочу без потерь", 150, "process_track", {"output_format": "flac"}),
    ("ru", "добавь секунд 20 в начало, чтобы было тихое вступление", 120, "audio_outpaint", _out(20, 0)),
    ("ru", "сделай подлиннее, чтобы всего было три минуты", 150, "audio_outpaint", _out(0, 30)),
    ("ru", "переделай кусок на 4:10", 180, "ask", {}),
    # ---- zh ----
    ("zh", "想要一段听起来像下雪天在家喝热可可的音乐，不要人声，一分钟左右", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("zh", "这首先放着，另外帮我做个像宫崎骏电影里那种感觉的新曲子", 120, "t2a", {}),
    ("zh", "给我女儿做首中文儿歌，关于小兔子的", None, "t2a", {"vocal_language": "zh"}),
    ("zh", "最后15秒听着怪怪的，重新弄一下", 120, "audio_inpaint", _win(105, 120)),
    ("zh", "从40秒到55秒那段太吵了，帮我重做", 180, "audio_inpaint", _win(40, 55)),
    ("zh", "中间那段不太好听，改改", 150, "ask", {}),
    ("zh", "转成mp3，我要放手机里", 180, "process_track", {"output_format": "mp3"}),
    ("zh", "让它一直循环播放，店里用的", 90, "process_track", {"loop": True}),
    ("zh", "结尾再加30秒", 150, "audio_outpaint", _out(0, 30)),
    ("zh", "开头加个10秒安静一点的，结尾也加10秒", 120, "audio_outpaint", _out(10, 10)),
    ("zh", "把调子升高一点", 180, "ask", {}),
    # ---- ja ----
    ("ja", "夏祭りの帰り道みたいな、ちょっと切ない感じの曲がほしいです。歌なしで", None, "t2a", {"lyrics": INST}),
    ("ja", "ジブリっぽいほのぼのしたやつ、ピアノで30秒くらい", None, "t2a", {"tags_has": ["piano"], "duration": 30}),
    ("ja", "犬の散歩動画用に明るい曲つくって", None, "t2a", {}),
    ("ja", "最初の10秒がなんか変なので作り直してください", 150, "audio_inpaint", _win(0, 10)),
    ("ja", "1分20秒から1分40秒のところ、もう一回作り直して", 180, "audio_inpaint", _win(80, 100)),
    ("ja", "終わりのほうがちょっと微妙", 120, "ask", {}),
    ("ja", "YouTube用に音を大きくしてほしい", 150, "process_track", {"loudness_lufs": -14}),
    ("ja", "最後の5秒でだんだん小さくなるようにして", 120, "process_track", {"fade_out_s": 5}),
    ("ja", "後ろに20秒足してもらえますか", 100, "audio_outpaint", _out(0, 20)),
    ("ja", "2分にしてほしい、今ちょっと短い", 90, "audio_outpaint", _out(0, 30)),
    ("ja", "ボーカルだけ取り出せる？", 180, "ask", {}),
    # ---- ko ----
    ("ko", "비 오는 날 카페 창가에 앉아 있는 느낌의 음악 만들어줘, 1분 정도", None, "t2a", {"duration": 60}),
    ("ko", "우리 할머니 칠순 잔치에 틀 신나는 노래, 한국어로 불러줘", None, "t2a", {"vocal_language": "ko"}),
    ("ko", "공포 영화 예고편 같은 분위기, 목소리 없이", None, "t2a", {"lyrics": INST}),
    ("ko", "마지막 20초가 좀 이상해요 다시 만들어 주세요", 180, "audio_inpaint", _win(160, 180)),
    ("ko", "중간쯤에 뭔가 어색한 부분 있는데 고쳐줘", 150, "ask", {}),
    ("ko", "0:50부터 1:05까지 다시 해줘", 120, "audio_inpaint", _win(50, 65)),
    ("ko", "폰에 넣게 mp3로 바꿔줘", 200, "process_track", {"output_format": "mp3"}),
    ("ko", "계속 반복되게 해줘, 게임 배경음으로 쓸 거야", 60, "process_track", {"loop": True}),
    ("ko", "앞에 3초 잘라줘 조용하기만 해서", 150, "process_track", {"trim_start_s": 3}),
    ("ko", "끝에 30초 더 붙여줘", 120, "audio_outpaint", _out(0, 30)),
    ("ko", "좀 더 길게 해줘", 90, "ask", {}),
    # ---- ar ----
    ("ar", "أبغى موسيقى تحسسني إني في الصحراء بالليل تحت النجوم، بدون غناء", None, "t2a", {"lyrics": INST}),
    ("ar", "اعمل لي أغنية بالعربي لعيد ميلاد أمي", None, "t2a", {"vocal_language": "ar"}),
    ("ar", "شي هادي بالعود لمدة دقيقتين تقريباً", None, "t2a", {"tags_has": ["oud"], "duration": 120}),
    ("ar", "أول ٢٠ ثانية مش حلوين، أعد عملهم", 150, "audio_inpaint", _win(0, 20)),
    ("ar", "الجزء اللي قرب النهاية فيه شي غلط", 180, "ask", {}),
    ("ar", "حوّلها إلى mp3 عشان أحطها على جوالي", 120, "process_track", {"output_format": "mp3"}),
    ("ar", "خليها تعيد نفسها بدون توقف", 90, "process_track", {"loop": True}),
    ("ar", "ارفع الصوت عشان يوتيوب", 200, "process_track", {"loudness_lufs": -14}),
    ("ar", "زيد عليها نص دقيقة في الآخر", 120, "audio_outpaint", _out(0, 30)),
    ("ar", "أبغاها تصير ٣ دقائق", 150, "audio_outpaint", _out(0, 30)),
    ("ar", "خليها أبطأ شوي", 180, "ask", {}),
    # ---- hi ----
    ("hi", "ऐसा म्यूज़िक बनाओ जैसे बारिश में गाँव की याद आ रही हो, बिना गाने के", None, "t2a", {"lyrics": INST}),
    ("hi", "मेरी बहन की शादी के लिए हिंदी में एक गाना बना दो", None, "t2a", {"vocal_language": "hi"}),
    ("hi", "bhai ek sitar wala chill track bana do, 1 minute ka", None, "t2a", {"tags_has": ["sitar"], "duration": 60}),
    ("hi", "शुरू के 15 सेकंड अजीब लग रहे हैं, दोबारा बना दो", 120, "audio_inpaint", _win(0, 15)),
    ("hi", "1:30 से 1:45 वाला हिस्सा फिर से बनाओ", 180, "audio_inpaint", _win(90, 105)),
    ("hi", "बीच में कहीं कुछ गड़बड़ है", 150, "ask", {}),
    ("hi", "isko mp3 mein de do phone ke liye", 150, "process_track", {"output_format": "mp3"}),
    ("hi", "आखिर में धीरे धीरे आवाज़ कम हो जाए, 6 सेकंड में", 120, "process_track", {"fade_out_s": 6}),
    ("hi", "end mein 20 second aur jod do", 100, "audio_outpaint", _out(0, 20)),
    ("hi", "शुरुआत में 5 सेकंड का कुछ शांत सा जोड़ दो", 180, "audio_outpaint", _out(5, 0)),
    ("hi", "इसमें से गाने वाले की आवाज़ हटा दो", 200, "ask", {}),
    # ---- az ----
    ("az", "Elə musiqi istəyirəm ki, bayram səhəri kimi hiss olunsun, sözsüz", None, "t2a", {"lyrics": INST}),
    ("az", "son 10 saniyəni yenidən düzəlt, xoşuma gəlmir", 120, "audio_inpaint", _win(110, 120)),
    ("az", "telefon üçün mp3 et", 150, "process_track", {"output_format": "mp3"}),
    ("az", "sonuna bir az əlavə et", 150, "ask", {}),
    # ---- bg ----
    ("bg", "Искам музика като от стар филм, когато героят се прибира у дома, около минута", None, "t2a", {"duration": 60}),
    ("bg", "първите 20 секунди са странни, направи ги наново", 180, "audio_inpaint", _win(0, 20)),
    ("bg", "направи го да се върти безкрайно", 60, "process_track", {"loop": True}),
    ("bg", "добави 30 секунди в края", 120, "audio_outpaint", _out(0, 30)),
    ("bg", "оправи частта към края", None, "ask", {}),
    # ---- bn ----
    ("bn", "বৃষ্টির দিনে জানালার পাশে বসে থাকার মতো একটা সুর বানাও, গান ছাড়া", None, "t2a", {"lyrics": INST}),
    ("bn", "শেষের ১৫ সেকেন্ড আবার বানাও", 150, "audio_inpaint", _win(135, 150)),
    ("bn", "শেষে ৫ সেকেন্ড ধরে আস্তে আস্তে আওয়াজ কমিয়ে দাও", 120, "process_track", {"fade_out_s": 5}),
    ("bn", "মাঝখানের অংশটা একটু বদলাও", 180, "ask", {}),
    # ---- ca ----
    ("ca", "vull una música que faci pensar en un dinar de Nadal amb tota la família, amb piano", None, "t2a", {"tags_has": ["piano"]}),
    ("ca", "els últims 12 segons sonen malament, refés-los", 96, "audio_inpaint", _win(84, 96)),
    ("ca", "passa-ho a wav, si us plau", 150, "process_track", {"output_format": "wav"}),
    ("ca", "afegeix-hi 20 segons al principi", 120, "audio_outpaint", _out(20, 0)),
    ("ca", "fes-la més aguda", 150, "ask", {}),
    # ---- cs ----
    ("cs", "potřebuju hudbu jako když jedeš na kole po vesnici v létě, tak minutu a půl, bez zpěvu", None, "t2a",
     {"duration": 90, "lyrics": INST}),
    ("cs", "od 0:40 do 0:55 je tam něco divnýho, udělej to znova", 120, "audio_inpaint", _win(40, 55)),
    ("cs", "uřízni prvních 5 vteřin, je tam ticho", 150, "process_track", {"trim_start_s": 5}),
    ("cs", "prodluž to na 3 minuty", 140, "audio_outpaint", _out(0, 40)),
    ("cs", "někde kolem půlky to zní blbě", 180, "ask", {}),
    # ---- da ----
    ("da", "lav noget musik der føles som hygge en regnvejrsdag, uden sang", None, "t2a", {"lyrics": INST}),
    ("da", "lav en sang på dansk til min fars 60-års fødselsdag", None, "t2a", {"vocal_language": "da"}),
    ("da", "de sidste 25 sekunder lyder mærkelige, lav dem om", 200, "audio_inpaint", _win(175, 200)),
    ("da", "gør det højere til YouTube", 150, "process_track", {"loudness_lufs": -14}),
    ("da", "forlæng den lidt", 120, "ask", {}),
    # ---- el ----
    ("el", "θέλω μουσική σαν καλοκαιρινό βράδυ σε νησί, με μπουζούκι", None, "t2a", {"tags_has": ["bouzouki"]}),
    ("el", "τα πρώτα 10 δευτερόλεπτα ξαναφτιάξ' τα", 120, "audio_inpaint", _win(0, 10)),
    ("el", "κάν' το mp3 για το κινητό", 180, "process_track", {"output_format": "mp3"}),
    ("el", "πρόσθεσε μισό λεπτό στο τέλος", 150, "audio_outpaint", _out(0, 30)),
    ("el", "κάτι δεν μου αρέσει κάπου στη μέση", 150, "ask", {}),
    # ---- fa ----
    ("fa", "یه آهنگ بساز که حس غروب جمعه رو بده، بدون خواننده", None, "t2a", {"lyrics": INST}),
    ("fa", "۲۰ ثانیه‌ی آخر رو دوباره بساز", 180, "audio_inpaint", _win(160, 180)),
    ("fa", "یه کاری کن که مدام تکرار بشه و قطع نشه", 90, "process_track", {"loop": True}),
    ("fa", "۱۵ ثانیه به اولش اضافه کن", 120, "audio_outpaint", _out(15, 0)),
    ("fa", "صدای خواننده رو حذف کن", 150, "ask", {}),
    # ---- fi ----
    ("fi", "tee musiikkia joka tuntuu kuin istuisi saunan jälkeen järven rannalla, noin kaksi minuuttia", None, "t2a", {"duration": 120}),
    ("fi", "ensimmäiset 15 sekuntia kuulostaa oudolta, tee ne uudestaan", 150, "audio_inpaint", _win(0, 15)),
    ("fi", "lisää loppuun 30 sekuntia", 120, "audio_outpaint", _out(0, 30)),
    ("fi", "loppupuolella on jotain outoa, korjaa se", 180, "ask", {}),
    # ---- he ----
    ("he", "תעשה לי מוזיקה שמרגישה כמו ארוחת שישי אצל סבתא, בלי שירה", None, "t2a", {"lyrics": INST}),
    ("he", "תכין שיר בעברית ליום הולדת של הבן שלי", None, "t2a", {"vocal_language": "he"}),
    ("he", "מ-1:00 עד 1:20 יש משהו מוזר, תעשה את זה מחדש", 150, "audio_inpaint", _win(60, 80)),
    ("he", "תמיר את זה ל-mp3 לטלפון", 120, "process_track", {"output_format": "mp3"}),
    ("he", "תאריך את זה ל-3 דקות", 120, "audio_outpaint", _out(0, 60)),
    # ---- hr ----
    ("hr", "napravi mi glazbu kao da sjedim na rivi ljeti navečer, bez pjevanja", None, "t2a", {"lyrics": INST}),
    ("hr", "zadnjih 10 sekundi napravi ponovno", 90, "audio_inpaint", _win(80, 90)),
    ("hr", "neka se polako utiša u zadnjih 7 sekundi", 150, "process_track", {"fade_out_s": 7}),
    ("hr", "dodaj još malo na kraj", 120, "ask", {}),
    # ---- ht ----
    ("ht", "fè yon mizik ki fè m santi m tankou dimanch maten lakay grann mwen, san chante", None, "t2a", {"lyrics": INST}),
    ("ht", "refè 20 premye segonn yo, yo pa bon", 150, "audio_inpaint", _win(0, 20)),
    ("ht", "mete l an mp3 pou telefòn mwen", 120, "process_track", {"output_format": "mp3"}),
    ("ht", "ajoute 30 segonn nan fen an", 90, "audio_outpaint", _out(0, 30)),
    # ---- hu ----
    ("hu", "olyan zenét szeretnék, mint amikor vasárnap délután a nagyinál vagyunk, kb. egy perc", None, "t2a", {"duration": 60}),
    ("hu", "az utolsó 15 másodpercet csináld újra", 180, "audio_inpaint", _win(165, 180)),
    ("hu", "legyen hangosabb a YouTube-hoz", 120, "process_track", {"loudness_lufs": -14}),
    ("hu", "tegyél az elejére 10 másodperc nyugis részt", 150, "audio_outpaint", _out(10, 0)),
    ("hu", "a vége felé valami furcsa, javítsd ki", 150, "ask", {}),
    # ---- id ----
    ("id", "bikinin musik yang rasanya kayak pulang kampung pas lebaran, pakai gamelan", None, "t2a", {"tags_has": ["gamelan"]}),
    ("id", "buatin lagu bahasa Indonesia buat ultah pacar aku", None, "t2a", {"vocal_language": "id"}),
    ("id", "detik 30 sampai 45 jelek, ulang dong", 120, "audio_inpaint", _win(30, 45)),
    ("id", "jadiin mp3 ya buat di hp", 150, "process_track", {"output_format": "mp3"}),
    ("id", "tambahin 20 detik di akhir", 100, "audio_outpaint", _out(0, 20)),
    # ---- is ----
    ("is", "gerðu tónlist sem minnir á norðurljós á köldu vetrarkvöldi, án söngs", None, "t2a", {"lyrics": INST}),
    ("is", "gerðu síðustu 10 sekúndurnar upp á nýtt", 120, "audio_inpaint", _win(110, 120)),
    ("is", "láttu það spila aftur og aftur endalaust", 60, "process_track", {"loop": True}),
    ("is", "bættu smá við endann", 150, "ask", {}),
    # ---- la ----
    ("la", "fac mihi musicam quae sonet ut vesper aestivus in horto, sine voce", None, "t2a", {"lyrics": INST}),
    ("la", "decem ultimas secundas denuo fac", 120, "audio_inpaint", _win(110, 120)),
    ("la", "adde triginta secundas in fine", 90, "audio_outpaint", _out(0, 30)),
    ("la", "hoc in formam MP3 converte", 150, "process_track", {"output_format": "mp3"}),
    # ---- lt ----
    ("lt", "sukurk muziką, kuri primintų vasaros vakarą kaime pas močiutę, apie minutę", None, "t2a", {"duration": 60}),
    ("lt", "pirmąsias 20 sekundžių perdaryk", 150, "audio_inpaint", _win(0, 20)),
    ("lt", "padaryk garsiau YouTube'ui", 180, "process_track", {"loudness_lufs": -14}),
    ("lt", "pataisyk dalį arčiau pabaigos", 150, "ask", {}),
    # ---- ms ----
    ("ms", "buatkan muzik yang rasa macam balik kampung waktu raya, tanpa nyanyian", None, "t2a", {"lyrics": INST}),
    ("ms", "15 saat terakhir bunyi pelik, buat semula", 120, "audio_inpaint", _win(105, 120)),
    ("ms", "tukar jadi mp3 untuk telefon saya", 150, "process_track", {"output_format": "mp3"}),
    ("ms", "panjangkan jadi 2 minit", 90, "audio_outpaint", _out(0, 30)),
    # ---- ne ----
    ("ne", "हिमालमा बिहान घाम लागेको जस्तो महसुस हुने संगीत बनाउनुस्, गीत बिना", None, "t2a", {"lyrics": INST}),
    ("ne", "सुरुको २० सेकेन्ड फेरि बनाउनुस्", 150, "audio_inpaint", _win(0, 20)),
    ("ne", "अन्त्यमा ३० सेकेन्ड थप्नुस्", 120, "audio_outpaint", _out(0, 30)),
    ("ne", "यसलाई अलि छिटो बनाउनुस्", 150, "ask", {}),
    # ---- nl ----
    ("nl", "maak iets dat voelt als fietsen langs de grachten op een zonnige ochtend, zo'n twee minuten", None, "t2a", {"duration": 120}),
    ("nl", "de eerste 10 seconden klinken raar, doe die opnieuw", 180, "audio_inpaint", _win(0, 10)),
    ("nl", "laat het aan het eind in 5 seconden wegsterven", 150, "process_track", {"fade_out_s": 5}),
    ("nl", "zet er 15 seconden voor en 15 achter", 120, "audio_outpaint", _out(15, 15)),
    ("nl", "kun je dit nummer en dat andere van gisteren aan elkaar plakken?", 150, "ask", {}),
    # ---- no ----
    ("no", "lag musikk som føles som en tur på fjellet en klar høstdag, uten sang", None, "t2a", {"lyrics": INST}),
    ("no", "de siste 20 sekundene høres rare ut, lag dem på nytt", 140, "audio_inpaint", _win(120, 140)),
    ("no", "gjør den om til wav", 150, "process_track", {"output_format": "wav"}),
    ("no", "gjør den litt lengre", 120, "ask", {}),
    # ---- pa ----
    ("pa", "ਪਿੰਡ ਦੇ ਖੇਤਾਂ ਵਿੱਚ ਸਵੇਰ ਵਰਗਾ ਸੰਗੀਤ ਬਣਾਓ, ਢੋਲ ਨਾਲ", None, "t2a", {"tags_has": ["dhol"]}),
    ("pa", "ਆਖਰੀ 10 ਸਕਿੰਟ ਦੁਬਾਰਾ ਬਣਾਓ", 120, "audio_inpaint", _win(110, 120)),
    ("pa", "ਇਸਨੂੰ ਫ਼ੋਨ ਲਈ mp3 ਬਣਾ ਦਿਓ", 150, "process_track", {"output_format": "mp3"}),
    ("pa", "ਅਖੀਰ ਵਿੱਚ 20 ਸਕਿੰਟ ਹੋਰ ਜੋੜ ਦਿਓ", 100, "audio_outpaint", _out(0, 20)),
    # ---- pl ----
    ("pl", "zrób muzykę, która brzmi jak wigilia u babci, bez śpiewu, jakieś półtorej minuty", None, "t2a",
     {"lyrics": INST, "duration": 90}),
    ("pl", "od 1:10 do 1:25 coś zgrzyta, zrób ten kawałek od nowa", 180, "audio_inpaint", _win(70, 85)),
    ("pl", "utnij ostatnie 4 sekundy", 120, "process_track", {"trim_end_s": 4}),
    ("pl", "dodaj 30 sekund na początku, coś spokojnego", 150, "audio_outpaint", _out(30, 0)),
    ("pl", "popraw ten fragment pod koniec", None, "ask", {}),
    # ---- ro ----
    ("ro", "vreau o muzică ce se simte ca o seară de vară la țară, cu vioară", None, "t2a", {"tags_has": ["violin"]}),
    ("ro", "fă o piesă cântată în română pentru nunta prietenei mele", None, "t2a", {"vocal_language": "ro"}),
    ("ro", "ultimele 15 secunde sună ciudat, refă-le", 150, "audio_inpaint", _win(135, 150)),
    ("ro", "fă-o să se repete la nesfârșit", 60, "process_track", {"loop": True}),
    ("ro", "lungește-o până la 3 minute", 120, "audio_outpaint", _out(0, 60)),
    # ---- sa ----
    ("sa", "प्रभाते मन्दिरे इव शान्तं सङ्गीतं रचय, गानं विना", None, "t2a", {"lyrics": INST}),
    ("sa", "अन्तिमान् दश सेकण्डान् पुनः रचय", 120, "audio_inpaint", _win(110, 120)),
    ("sa", "अन्ते त्रिंशत् सेकण्डान् योजय", 90, "audio_outpaint", _out(0, 30)),
    ("sa", "इदं mp3 रूपे परिवर्तय", 150, "process_track", {"output_format": "mp3"}),
    # ---- sk ----
    ("sk", "sprav mi hudbu ako keď sedíš pri ohni na chate, bez spevu", None, "t2a", {"lyrics": INST}),
    ("sk", "prvých 15 sekúnd sprav znova", 120, "audio_inpaint", _win(0, 15)),
    ("sk", "daj to do mp3 do mobilu", 150, "process_track", {"output_format": "mp3"}),
    ("sk", "niekde v strede to znie divne", 180, "ask", {}),
    # ---- sr ----
    ("sr", "направи музику као да седим у кафани са друштвом, са хармоником", None, "t2a", {"tags_has": ["accordion"]}),
    ("sr", "poslednjih 20 sekundi napravi ponovo", 160, "audio_inpaint", _win(140, 160)),
    ("sr", "dodaj 15 sekundi na početak", 120, "audio_outpaint", _out(15, 0)),
    ("sr", "успори мало", 150, "ask", {}),
    # ---- sv ----
    ("sv", "gör musik som känns som midsommarafton vid sjön, cirka en minut, utan sång", None, "t2a",
     {"duration": 60, "lyrics": INST}),
    ("sv", "mellan 0:30 och 0:50 låter det konstigt, gör om den biten", 120, "audio_inpaint", _win(30, 50)),
    ("sv", "gör den högre för YouTube", 180, "process_track", {"loudness_lufs": -14}),
    ("sv", "lägg till 40 sekunder på slutet", 140, "audio_outpaint", _out(0, 40)),
    ("sv", "klipp bort slutet", 150, "ask", {}),
    # ---- sw ----
    ("sw", "nitengenezee muziki unaohisi kama jioni ufukweni Zanzibar, bila kuimba", None, "t2a", {"lyrics": INST}),
    ("sw", "sekunde 10 za mwisho zitengeneze upya", 120, "audio_inpaint", _win(110, 120)),
    ("sw", "ibadilishe iwe mp3 kwa simu yangu", 150, "process_track", {"output_format": "mp3"}),
    ("sw", "ongeza sekunde 30 mwishoni", 90, "audio_outpaint", _out(0, 30)),
    # ---- ta ----
    ("ta", "மழைக்காலத்தில் பாட்டி வீட்டில் இருக்கும் மாதிரி ஒரு இசை செய், பாடல் இல்லாமல்", None, "t2a", {"lyrics": INST}),
    ("ta", "முதல் 20 வினாடிகளை மறுபடியும் செய்", 150, "audio_inpaint", _win(0, 20)),
    ("ta", "கடைசியில் 30 வினாடி சேர்த்து விடு", 120, "audio_outpaint", _out(0, 30)),
    ("ta", "நடுவில் ஏதோ சரியில்லை", 180, "ask", {}),
    # ---- te ----
    ("te", "పండగ రోజు ఊర్లో ఉన్నట్టు అనిపించే సంగీతం చెయ్యి, పాట లేకుండా", None, "t2a", {"lyrics": INST}),
    ("te", "చివరి 15 సెకన్లు మళ్ళీ చెయ్యి", 120, "audio_inpaint", _win(105, 120)),
    ("te", "దీన్ని ఫోన్ కోసం mp3 గా మార్చు", 150, "process_track", {"output_format": "mp3"}),
    ("te", "ఇంకొంచెం పొడవు చెయ్యి", 150, "ask", {}),
    # ---- th ----
    ("th", "ทำเพลงที่ฟังแล้วเหมือนนั่งริมทะเลตอนพระอาทิตย์ตก ไม่เอาเสียงร้อง", None, "t2a", {"lyrics": INST}),
    ("th", "10 วินาทีแรกฟังแปลกๆ ทำใหม่ให้หน่อย", 120, "audio_inpaint", _win(0, 10)),
    ("th", "ทำให้มันวนเล่นไปเรื่อยๆ ไม่หยุด", 60, "process_track", {"loop": True}),
    ("th", "เพิ่มอีก 30 วินาทีตอนท้าย", 150, "audio_outpaint", _out(0, 30)),
    # ---- tl ----
    ("tl", "gawa ka ng music na parang nasa probinsya ako tuwing Pasko, walang kanta", None, "t2a", {"lyrics": INST}),
    ("tl", "yung huling 20 seconds, ulitin mo", 150, "audio_inpaint", _win(130, 150)),
    ("tl", "gawin mong mp3 para sa phone ko", 120, "process_track", {"output_format": "mp3"}),
    ("tl", "yung parteng malapit sa dulo, ayusin mo", 180, "ask", {}),
    # ---- tr ----
    ("tr", "bayram sabahı anneannemin evindeymişim gibi hissettiren bir müzik yap, sözsüz", None, "t2a", {"lyrics": INST}),
    ("tr", "Türkçe bir şarkı yap, kızımın doğum günü için", None, "t2a", {"vocal_language": "tr"}),
    ("tr", "1:00 ile 1:15 arası garip, orayı yeniden yap", 150, "audio_inpaint", _win(60, 75)),
    ("tr", "sonunda 10 saniyede yavaş yavaş sessizleşsin", 180, "process_track", {"fade_out_s": 10}),
    ("tr", "başına 10 saniye ekle", 120, "audio_outpaint", _out(10, 0)),
    # ---- uk ----
    ("uk", "зроби музику, яка нагадує вечір у бабусі на селі, без співу, хвилини дві", None, "t2a",
     {"duration": 120, "lyrics": INST}),
    ("uk", "останні 15 секунд якісь дивні, переробіть", 180, "audio_inpaint", _win(165, 180)),
    ("uk", "конвертуй у flac", 150, "process_track", {"output_format": "flac"}),
    ("uk", "додай пів хвилини в кінці", 120, "audio_outpaint", _out(0, 30)),
    ("uk", "переробіть шматок на 3:30", 150, "ask", {}),
    # ---- ur ----
    ("ur", "ایسی دھن بناؤ جیسے سردیوں کی شام امی کے ہاتھ کی چائے، بغیر گانے کے", None, "t2a", {"lyrics": INST}),
    ("ur", "شروع کے 10 سیکنڈ عجیب ہیں، دوبارہ بنا دو", 150, "audio_inpaint", _win(0, 10)),
    ("ur", "اسے گول گول چلاتے رہو، رکے نہیں", 90, "process_track", {"loop": True}),
    ("ur", "آخر والا حصہ ٹھیک کر دو", None, "ask", {}),
    # ---- vi ----
    ("vi", "làm nhạc nghe như chiều mưa ở Hà Nội ngồi quán cà phê, không lời", None, "t2a", {"lyrics": INST}),
    ("vi", "làm bài hát tiếng Việt mừng sinh nhật mẹ", None, "t2a", {"vocal_language": "vi"}),
    ("vi", "15 giây đầu nghe kỳ kỳ, làm lại giùm", 120, "audio_inpaint", _win(0, 15)),
    ("vi", "chuyển sang mp3 để nghe trên điện thoại", 180, "process_track", {"output_format": "mp3"}),
    ("vi", "thêm 20 giây vào cuối", 100, "audio_outpaint", _out(0, 20)),
    # ---- yue ----
    ("yue", "整啲好似落雨天喺屋企飲奶茶咁嘅音樂，唔要人聲", None, "t2a", {"lyrics": INST}),
    ("yue", "最後嗰10秒重新整過", 120, "audio_inpaint", _win(110, 120)),
    ("yue", "幫我轉做mp3，放落部手機", 150, "process_track", {"output_format": "mp3"}),
    ("yue", "中間嗰段怪怪地，改吓", 180, "ask", {}),
]
