"""Blind held-out router set 37: terse, plain and chatty requests, with code-switching.

Theme: the length of a request varies widely. About a third are terse commands of two to six
words ("loop it", "mp3 320"), a third are ordinary one-sentence requests, and a third are long
chatty messages of two to four sentences that give context (who it is for, what happened before,
a polite aside) around one clear request or a genuine ambiguity. English music words appear
inside other languages where a native speaker would use them ("drop", "beat", "lo-fi",
"fade out", "loop").

Counts: 300 rows; 11 in each of the 12 BIG12 languages (132) and 168 over the 38 other
languages (4 each, 5 for 16 of them).

Labels written by hand, never run by the writer: only what a careful human reader is sure of.
"""

from __future__ import annotations

from typing import Any

INST = "[inst]"
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _out(before: float, after: float) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after}


def _win(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


R37: list[tuple[Any, ...]] = [
    # ---------------- en ----------------
    ("en", "loop it", 92, "process_track", {"loop": True}),
    ("en", "mp3 320", 140, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("en", "30s intro pls", None, "t2a", {"duration": 30}),
    ("en", "redo 1:10-1:25", 200, "audio_inpaint", _win(70, 85)),
    (
        "en",
        "Can you add another 20 seconds to the end of this so it doesn't stop so abruptly?",
        150,
        "audio_outpaint",
        _out(0, 20),
    ),
    (
        "en",
        "Make me a three minute lo-fi hip hop beat with no vocals for studying.",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST},
    ),
    (
        "en",
        "Hey, so my band played this demo for our drummer last night and he hated the middle bit. "
        "Could you regenerate just 0:45 to 1:05 and leave everything else alone? Appreciate it!",
        180,
        "audio_inpaint",
        _win(45, 65),
    ),
    (
        "en",
        "I'm putting together a slideshow for my grandma's 80th birthday and the song I have runs out "
        "too early. It's 2:30 and I need it to be 3:15, can you add music at the end to cover the rest?",
        150,
        "audio_outpaint",
        _out(0, 45),
    ),
    (
        "en",
        "My podcast co-host says the intro is way too loud compared to the rest of the show. Could you "
        "bring this to -16 LUFS and put a 3 second fade out on it? Thanks!",
        60,
        "process_track",
        {"loudness_lufs": -16, "fade_out_s": 3},
    ),
    ("en", "transpose it up a whole step", 120, "ask", {}),
    (
        "en",
        "Ok so the client listened to the draft this morning and wants the chorus to hit harder. "
        "Can you redo the chorus for me?",
        175,
        "ask",
        {},
    ),
    # ---------------- de ----------------
    ("de", "als wav bitte", 130, "process_track", {"output_format": "wav"}),
    ("de", "letzte 8 Sekunden neu", 96, "audio_inpaint", _win(88, 96)),
    (
        "de",
        "Mach mir einen ruhigen Jazz-Track mit Klavier, ungefähr zwei Minuten, ohne Gesang.",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    (
        "de",
        "Kannst du am Anfang noch 15 Sekunden Intro davorsetzen?",
        140,
        "audio_outpaint",
        _out(15, 0),
    ),
    (
        "de",
        "Hallo! Ich schneide gerade ein kleines Video für unseren Verein und der Song hört mir zu "
        "abrupt auf. Könntest du ein Fade-out von 5 Sekunden reinmachen und die letzten 3 Sekunden "
        "wegschneiden? Danke dir!",
        124,
        "process_track",
        {"fade_out_s": 5, "trim_end_s": 3},
    ),
    (
        "de",
        "Meine Tochter hat nächste Woche Geburtstag und wünscht sich ein Lied über ihren Hund Bello. "
        "Schreib bitte einen fröhlichen Popsong für Kinder auf Deutsch, so 90 Sekunden.",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "de", "tags_has": ["pop"]},
    ),
    (
        "de",
        "Kannst du die Stems trennen, also Gesang und Beat einzeln?",
        180,
        "ask",
        {},
    ),
    (
        "de",
        "drei Versionen, Techno, 1 Minute",
        None,
        "t2a",
        {"takes": 3, "duration": 60, "tags_has": ["techno"]},
    ),
    (
        "de",
        "Der Drop von 1:20 bis 1:36 klingt matschig, bitte nur den Teil neu generieren.",
        210,
        "audio_inpaint",
        _win(80, 96),
    ),
    (
        "de",
        "Sorry, dass ich so nerve, aber der Kunde will den Track jetzt doch länger haben. Er soll "
        "insgesamt auf 4 Minuten kommen, gerne hinten dran verlängern.",
        200,
        "audio_outpaint",
        _out(0, 40),
    ),
    ("de", "Bridge neu machen", None, "ask", {}),
    # ---------------- fr ----------------
    ("fr", "en flac stp", 180, "process_track", {"output_format": "flac"}),
    ("fr", "boucle parfaite svp", 32, "process_track", {"loop": True}),
    (
        "fr",
        "Tu peux me faire un morceau de rock énergique de 2 minutes 30 pour une pub de vélos ?",
        None,
        "t2a",
        {"duration": 150, "tags_has": ["rock"]},
    ),
    (
        "fr",
        "Refais le passage entre 0:50 et 1:10, la guitare est fausse.",
        160,
        "audio_inpaint",
        _win(50, 70),
    ),
    (
        "fr",
        "Bonjour ! C'est pour le mariage de mon frère samedi, ils vont entrer dans la salle sur ce "
        "morceau mais il est trop court. Tu pourrais rajouter 30 secondes à la fin ? Merci beaucoup",
        100,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "fr",
        "Salut, petit souci : quand je l'écoute à côté de mes autres sons il est beaucoup plus fort. "
        "Tu peux le normaliser à -14 LUFS et me l'exporter en mp3 ?",
        200,
        "process_track",
        {"loudness_lufs": -14, "output_format": "mp3"},
    ),
    ("fr", "Baisse-le d'un demi-ton", 150, "ask", {}),
    (
        "fr",
        "Une chanson folk douce avec ces paroles : [Verse] Le vent se lève sur la mer / et je pense "
        "encore à toi [Chorus] Reviens, reviens avant l'hiver",
        None,
        "t2a",
        {
            "lyrics": "[Verse] Le vent se lève sur la mer / et je pense encore à toi [Chorus] "
            "Reviens, reviens avant l'hiver",
            "vocal_language": "fr",
            "tags_has": ["folk"],
        },
    ),
    (
        "fr",
        "Mon prof de musique trouve que l'intro traîne. Tu peux régénérer les 12 premières secondes, s'il te plaît ?",
        140,
        "audio_inpaint",
        _win(0, 12),
    ),
    (
        "fr",
        "Fais-moi plusieurs versions du générique, mais que chacune soit vraiment différente des autres.",
        None,
        "ask",
        {},
    ),
    ("fr", "20 s d'outro en plus", 120, "audio_outpaint", _out(0, 20)),
    # ---------------- es ----------------
    ("es", "sin voz, 45 segundos", None, "t2a", {"lyrics": INST, "duration": 45}),
    (
        "es",
        "pásalo a mp3 a 192",
        150,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192},
    ),
    ("es", "Quítale los primeros 4 segundos, porfa.", 130, "process_track", {"trim_start_s": 4}),
    (
        "es",
        "Hazme un reggaetón para la fiesta de mi prima, con un drop fuerte y que dure tres minutos.",
        None,
        "t2a",
        {"duration": 180},
    ),
    (
        "es",
        "Oye, el cliente escuchó la maqueta y dice que del minuto 2 al 2:20 el beat se desordena. "
        "¿Puedes regenerar solo ese tramo? Gracias, de verdad.",
        215,
        "audio_inpaint",
        _win(120, 140),
    ),
    ("es", "Alárgalo hasta los 3 minutos por el final", 165, "audio_outpaint", _out(0, 15)),
    (
        "es",
        "Estoy montando un vídeo del viaje y la canción se me queda corta por delante. ¿Le puedes "
        "añadir 10 segundos al principio, algo tranquilo que vaya entrando poco a poco?",
        118,
        "audio_outpaint",
        _out(10, 0),
    ),
    ("es", "Súbelo a mi canal de YouTube cuando acabes.", 180, "ask", {}),
    (
        "es",
        "Perdona que te moleste otra vez. El final de la pista me suena raro, como si se cortara la melodía. ¿Puedes rehacer los últimos 15 segundos?",
        75,
        "audio_inpaint",
        _win(60, 75),
    ),
    (
        "es",
        "Mi abuela cumple 90 años y queremos cantarle algo entre todos. ¿Me haces una ranchera alegre "
        'con esta letra? "Abuelita linda, noventa primaveras, la casa entera canta por ti"',
        None,
        "t2a",
        {
            "lyrics": "Abuelita linda, noventa primaveras, la casa entera canta por ti",
            "vocal_language": "es",
        },
    ),
    ("es", "Mézclalo mejor, que la voz quede más adelante", 200, "ask", {}),
    # ---------------- it ----------------
    ("it", "fade in 2 secondi", 100, "process_track", {"fade_in_s": 2}),
    ("it", "in wav, grazie", 88, "process_track", {"output_format": "wav"}),
    (
        "it",
        "Mi serve una base lo-fi strumentale di un minuto e mezzo da mettere sotto le live.",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    (
        "it",
        "Rigenera dal secondo 30 al 45, c'è un rumore strano.",
        120,
        "audio_inpaint",
        _win(30, 45),
    ),
    (
        "it",
        "Ciao! Ho fatto sentire il pezzo al mio coinquilino e dice che finisce troppo di colpo. "
        "Puoi allungarlo di 25 secondi alla fine? Grazie mille",
        140,
        "audio_outpaint",
        _out(0, 25),
    ),
    (
        "it",
        "Ciao, sto preparando la musica per il saggio di danza di mia figlia. Vorrei un pezzo di "
        "pianoforte dolce, sui due minuti, senza voce, con un finale lento.",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("it", "Puoi portarlo in La minore?", 150, "ask", {}),
    (
        "it",
        "Allora, ho montato il video e mi avanza un pezzo di musica alla fine. Taglia gli ultimi 10 secondi, per favore, così combacia.",
        130,
        "process_track",
        {"trim_end_s": 10},
    ),
    (
        "it",
        "Scusa se insisto, ma il ritornello proprio non mi convince. Me lo rifai?",
        190,
        "ask",
        {},
    ),
    (
        "it",
        "Gli ultimi 20 secondi sono un casino, rifalli per favore.",
        160,
        "audio_inpaint",
        _win(140, 160),
    ),
    (
        "it",
        "quattro take, trap, 2 minuti",
        None,
        "t2a",
        {"takes": 4, "duration": 120, "tags_has": ["trap"]},
    ),
    # ---------------- pt ----------------
    ("pt", "exporta em ogg", 110, "process_track", {"output_format": "ogg"}),
    ("pt", "mais 30s no fim", 150, "audio_outpaint", _out(0, 30)),
    (
        "pt",
        "Faz um samba animado de dois minutos pra abrir o churrasco.",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["samba"]},
    ),
    (
        "pt",
        "Refaz do 1:05 até o 1:20, por favor, a voz desafinou ali.",
        180,
        "audio_inpaint",
        _win(65, 80),
    ),
    (
        "pt",
        "Oi! Tô editando o vídeo de formatura da minha turma e a música precisa ter exatamente 2:40. "
        "Agora ela tem 2:15, dá pra completar no final?",
        135,
        "audio_outpaint",
        _out(0, 25),
    ),
    (
        "pt",
        "Gente, o áudio tá baixinho demais comparado com o resto do vídeo. Deixa em -12 LUFS e coloca "
        "um fade in de 1 segundo, valeu!",
        95,
        "process_track",
        {"loudness_lufs": -12, "fade_in_s": 1},
    ),
    ("pt", "Separa a voz do instrumental pra mim?", 200, "ask", {}),
    (
        "pt",
        'Quero uma bossa nova com essa letra: "Da janela eu vejo o mar / e o teu sorriso a me chamar"',
        None,
        "t2a",
        {
            "lyrics": "Da janela eu vejo o mar / e o teu sorriso a me chamar",
            "vocal_language": "pt",
            "tags_has": ["bossa nova"],
        },
    ),
    (
        "pt",
        "Oi de novo! A música começa com um silêncio meio esquisito antes de entrar a batida. Corta os 5 primeiros segundos pra mim?",
        120,
        "process_track",
        {"trim_start_s": 5},
    ),
    (
        "pt",
        "Meu chefe pediu pra deixar o jingle mais rápido, tipo uns 10 BPM a mais. Consegue fazer isso nessa faixa?",
        30,
        "ask",
        {},
    ),
    ("pt", "refaz o final", None, "ask", {}),
    # ---------------- ru ----------------
    (
        "ru",
        "в mp3 320",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    ("ru", "зациклить", 64, "process_track", {"loop": True}),
    (
        "ru",
        "Сделай минутный эмбиент без вокала для медитации.",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["ambient"]},
    ),
    (
        "ru",
        "Перегенерируй кусок с 0:40 до 0:55, там барабаны сбиваются.",
        150,
        "audio_inpaint",
        _win(40, 55),
    ),
    (
        "ru",
        "Привет! Мы с друзьями снимаем короткометражку, и нам нужна музыка под титры. Продли, "
        "пожалуйста, этот трек ещё на 40 секунд в конце, чтобы хватило на все имена.",
        120,
        "audio_outpaint",
        _out(0, 40),
    ),
    (
        "ru",
        "Слушай, вчерашний трек отличный, но концовка обрывается. Сделай фейд-аут на 6 секунд и "
        "нормализуй до -14 LUFS, если не сложно.",
        170,
        "process_track",
        {"fade_out_s": 6, "loudness_lufs": -14},
    ),
    ("ru", "Подними тональность на полтона", 150, "ask", {}),
    (
        "ru",
        "Короче, ролик вышел короче трека. Обрежь последние 12 секунд, пожалуйста, остальное не трогай.",
        132,
        "process_track",
        {"trim_end_s": 12},
    ),
    (
        "ru",
        "Мне нужна рок-песня на русском про дорогу домой, минуты на три.",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "ru", "tags_has": ["rock"]},
    ),
    (
        "ru",
        "Первые 20 секунд переделай, интро скучное.",
        200,
        "audio_inpaint",
        _win(0, 20),
    ),
    ("ru", "добавь в начало интро секунд на 10", None, "ask", {}),
    # ---------------- zh ----------------
    ("zh", "导出wav", 140, "process_track", {"output_format": "wav"}),
    ("zh", "最后10秒重做", 180, "audio_inpaint", _win(170, 180)),
    (
        "zh",
        "帮我写一首三分钟的中文流行歌，讲毕业和离别。",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "zh", "tags_has": ["pop"]},
    ),
    ("zh", "在开头加8秒的前奏", 120, "audio_outpaint", _out(8, 0)),
    (
        "zh",
        "你好，我在做公司年会的开场视频，这首曲子结尾太突然了。能不能加一个4秒的fade out，再把响度调到-14 LUFS？谢谢啦",
        90,
        "process_track",
        {"fade_out_s": 4, "loudness_lufs": -14},
    ),
    (
        "zh",
        "我朋友下个月结婚，想要一段纯音乐当入场BGM。钢琴为主，一分半钟左右，温柔一点就好。",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["piano"]},
    ),
    ("zh", "我想拿这首歌去KTV练唱，需要一个没有人声的版本。你能把人声和伴奏分开吗？", 200, "ask", {}),
    (
        "zh",
        "1:30到1:50那段重新生成一下，鼓点有点乱。",
        210,
        "audio_inpaint",
        _win(90, 110),
    ),
    ("zh", "往后延长到两分钟", 100, "audio_outpaint", _out(0, 20)),
    ("zh", "来两版，lo-fi，30秒", None, "t2a", {"takes": 2, "duration": 30}),
    (
        "zh",
        "老板说这首歌的副歌不够抓耳，你帮我把副歌改改吧，其他部分先别动。",
        190,
        "ask",
        {},
    ),
    # ---------------- ja ----------------
    ("ja", "ループにして", 48, "process_track", {"loop": True}),
    ("ja", "flacで書き出して", 160, "process_track", {"output_format": "flac"}),
    (
        "ja",
        "ボーカルなしのシティポップを2分くらいでお願いします。",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "ja",
        "0:20から0:35のところだけ作り直してもらえますか？",
        150,
        "audio_inpaint",
        _win(20, 35),
    ),
    (
        "ja",
        "お疲れさまです。来週のイベントで流す曲なんですが、尺が少し足りなくて。最後に30秒足してもらえると助かります。",
        150,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "ja",
        "いつもありがとうございます。実はこの曲、他の曲と並べると音が小さいと言われてしまって…。"
        "-14 LUFSに揃えて、mp3で出してもらえますか？",
        180,
        "process_track",
        {"loudness_lufs": -14, "output_format": "mp3"},
    ),
    ("ja", "テンポを少し上げてほしい", 120, "ask", {}),
    (
        "ja",
        "すみません、もう一つお願いです。曲の頭に無音っぽいところがあって気になるので、最初の5秒をカットしてもらえますか？",
        100,
        "process_track",
        {"trim_start_s": 5},
    ),
    (
        "ja",
        "この歌詞でロックを作って：「走れ 走れ 夜明けまで / 振り向かずに 走れ」",
        None,
        "t2a",
        {
            "lyrics": "走れ 走れ 夜明けまで / 振り向かずに 走れ",
            "vocal_language": "ja",
            "tags_has": ["rock"],
        },
    ),
    (
        "ja",
        "子どもの運動会で使う曲を探していて、元気なマーチ風のインストが欲しいです。"
        "長さは1分で、3パターン作ってもらえますか？同じ雰囲気で大丈夫です。",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST, "takes": 3},
    ),
    ("ja", "サビだけ作り直して", 170, "ask", {}),
    # ---------------- ko ----------------
    ("ko", "마지막 5초 페이드 아웃", 120, "process_track", {"fade_out_s": 5}),
    ("ko", "wav로 뽑아줘", 90, "process_track", {"output_format": "wav"}),
    (
        "ko",
        "보컬 없는 재즈 피아노 곡으로 1분 30초짜리 만들어 줘.",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    (
        "ko",
        "1분 10초부터 1분 25초까지 다시 만들어 줄래?",
        180,
        "audio_inpaint",
        _win(70, 85),
    ),
    (
        "ko",
        "안녕하세요! 브이로그 배경음악으로 쓰려고 하는데 영상이 3분이라 곡이 좀 짧아요. "
        "지금 2분 20초인데 뒤쪽으로 늘려서 3분 맞춰 주실 수 있나요?",
        140,
        "audio_outpaint",
        _out(0, 40),
    ),
    (
        "ko",
        "친구 생일 파티에서 틀 노래예요. 신나는 댄스곡으로, 한국어 가사로 2분 정도 만들어 주세요. "
        "친구 이름은 지민이에요!",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ko"},
    ),
    ("ko", "키 좀 낮춰 줘", 150, "ask", {}),
    ("ko", "앞에 10초 인트로 추가", 130, "audio_outpaint", _out(10, 0)),
    (
        "ko",
        "처음 15초 다시 생성해 주세요, 인트로가 너무 밋밋해요.",
        160,
        "audio_inpaint",
        _win(0, 15),
    ),
    (
        "ko",
        "어제 만든 곡 끝부분이 좀 어색하다고 팀장님이 그러시네요. 마지막 3초는 잘라 내고 2초 페이드 아웃 넣어 주세요.",
        125,
        "process_track",
        {"trim_end_s": 3, "fade_out_s": 2},
    ),
    ("ko", "드럼만 빼 줘", 150, "ask", {}),
    # ---------------- hi ----------------
    ("hi", "mp3 में दे दो", 150, "process_track", {"output_format": "mp3"}),
    ("hi", "इसे loop कर दो", 40, "process_track", {"loop": True}),
    (
        "hi",
        "शादी के संगीत के लिए ढोल वाला भांगड़ा गाना बनाओ, तीन मिनट का, पंजाबी में।",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "pa", "tags_has": ["bhangra"]},
    ),
    (
        "hi",
        "0:30 से 0:50 तक दोबारा बनाओ, वहाँ beat गड़बड़ है।",
        140,
        "audio_inpaint",
        _win(30, 50),
    ),
    (
        "hi",
        "नमस्ते! मेरे भाई की सगाई की वीडियो के लिए ये गाना थोड़ा छोटा पड़ रहा है। क्या आप इसके आख़िर "
        "में 20 सेकंड और जोड़ सकते हैं? धन्यवाद।",
        160,
        "audio_outpaint",
        _out(0, 20),
    ),
    (
        "hi",
        "मैं अपने यूट्यूब चैनल के intro के लिए म्यूज़िक ढूँढ रहा हूँ। बस 15 सेकंड का एक energetic "
        "electronic instrumental चाहिए, बिना आवाज़ के।",
        None,
        "t2a",
        {"duration": 15, "lyrics": INST, "tags_has": ["electronic"]},
    ),
    ("hi", "मेरी डांस टीचर कह रही हैं कि बच्चों के लिए ये गाना बहुत तेज़ है। इसका tempo थोड़ा धीमा कर सकते हैं क्या?", 130, "ask", {}),
    ("hi", "आख़िरी 10 सेकंड काट दो", 120, "process_track", {"trim_end_s": 10}),
    (
        "hi",
        "आख़िरी 25 सेकंड फिर से generate करो",
        205,
        "audio_inpaint",
        _win(180, 205),
    ),
    (
        "hi",
        "पिछली बार वाला गाना अच्छा था पर वो अचानक खत्म हो जाता है। इसमें 5 सेकंड का fade out डाल "
        "दीजिए और loudness -14 LUFS कर दीजिए।",
        175,
        "process_track",
        {"fade_out_s": 5, "loudness_lufs": -14},
    ),
    ("hi", "अंतरा बदल दो", None, "ask", {}),
    # ---------------- ar ----------------
    ("ar", "حوّله mp3", 120, "process_track", {"output_format": "mp3"}),
    ("ar", "زِد ٢٠ ثانية في الآخر", 150, "audio_outpaint", _out(0, 20)),
    (
        "ar",
        "اعمل لي مقطوعة عود هادئة بدون غناء مدتها دقيقتان.",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["oud"]},
    ),
    (
        "ar",
        "أعد توليد الجزء من 0:35 إلى 0:50 لو سمحت.",
        170,
        "audio_inpaint",
        _win(35, 50),
    ),
    (
        "ar",
        "السلام عليكم، أحضّر فيديو لحفل تخرج أختي والموسيقى تنتهي قبل نهاية الفيديو. ممكن تمدّها من "
        "آخرها لتصبح ثلاث دقائق كاملة؟ شكراً جزيلاً",
        150,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "ar",
        "مرحبا، المقطع اللي عملته أمس صوته عالي جداً مقارنة بباقي حلقات البودكاست. ممكن تضبطه على "
        "-16 LUFS وتحط fade in ثانيتين؟",
        60,
        "process_track",
        {"loudness_lufs": -16, "fade_in_s": 2},
    ),
    ("ar", "انقل الأغنية لمقام الصبا", 200, "ask", {}),
    ("ar", "قص أول ٣ ثواني", 100, "process_track", {"trim_start_s": 3}),
    (
        "ar",
        "أريد أغنية بوب عربية عن الصيف والبحر، بصوت نسائي، حوالي دقيقتين ونصف.",
        None,
        "t2a",
        {"duration": 150, "vocal_language": "ar", "tags_has": ["pop"]},
    ),
    (
        "ar",
        "آخر 15 ثانية فيها تشويش، أعد عملها من فضلك.",
        195,
        "audio_inpaint",
        _win(180, 195),
    ),
    (
        "ar",
        "أحتاج موسيقى لافتتاح قناتي الجديدة على يوتيوب، وما عندي فكرة واضحة بعد. اعمل لي ثلاث نسخ، كل وحدة بأسلوب مختلف تماماً، وأنا أختار.",
        None,
        "ask",
        {},
    ),
    # ---------------- az ----------------
    ("az", "30 saniyəlik reklam musiqisi", None, "t2a", {"duration": 30}),
    (
        "az",
        "Mənə iki dəqiqəlik sakit piano musiqisi lazımdır, sözsüz.",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "az",
        "Salam! Dünən düzəltdiyin mahnı çox xoşuma gəldi, amma 1:00-dan 1:15-ə qədər olan hissədə səs "
        "qəribədir. O hissəni yenidən yarada bilərsən?",
        170,
        "audio_inpaint",
        _win(60, 75),
    ),
    (
        "az",
        "Salam! Bu mahnını bacımın toy videosu üçün istifadə edirəm, amma sonu çox qəfil bitir. "
        "Axırına 15 saniyə əlavə edə bilərsən? Çox sağ ol.",
        130,
        "audio_outpaint",
        _out(0, 15),
    ),
    # ---------------- bg ----------------
    (
        "bg",
        "Здрасти! Правя видео за рождения ден на баща ми и ми трябва весела народна мелодия с гайда. "
        "Нека е без пеене, около минута и половина.",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST},
    ),
    ("bg", "рок балада, 3 мин", None, "t2a", {"duration": 180, "tags_has": ["rock"]}),
    (
        "bg",
        "Прегенерирай частта от 1:00 до 1:15, вокалът там е фалшив.",
        190,
        "audio_inpaint",
        _win(60, 75),
    ),
    (
        "bg",
        "Може ли да сложиш 5 секунди fade out накрая?",
        140,
        "process_track",
        {"fade_out_s": 5},
    ),
    ("bg", "махни вокала", 170, "ask", {}),
    # ---------------- bn ----------------
    (
        "bn",
        "আমার মেয়ের স্কুলের অনুষ্ঠানের জন্য রবীন্দ্রসংগীতের ধাঁচে একটা গান লাগবে। বাংলায় গাওয়া, "
        "দুই মিনিটের মতো, সঙ্গে হারমোনিয়াম আর তবলা থাকলে ভালো হয়।",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "bn", "tags_has": ["tabla"]},
    ),
    ("bn", "৩০ সেকেন্ডের lo-fi beat", None, "t2a", {"duration": 30}),
    (
        "bn",
        "১:২০ থেকে ১:৩৫ পর্যন্ত অংশটা আবার বানিয়ে দাও, ওখানে গিটার বেসুরো বাজছে।",
        180,
        "audio_inpaint",
        _win(80, 95),
    ),
    (
        "bn",
        "দাদা, আমার এডিটিং সফটওয়্যারে mp3 ঠিকমতো চলছে না। গানটা wav ফরম্যাটে দিতে পারবেন? অনেক ধন্যবাদ।",
        120,
        "process_track",
        {"output_format": "wav"},
    ),
    # ---------------- ca ----------------
    (
        "ca",
        "Fes-me una rumba catalana alegre de dos minuts per a la festa major.",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["rumba"]},
    ),
    (
        "ca",
        "Refés els primers 10 segons, que l'entrada sona estranya.",
        135,
        "audio_inpaint",
        _win(0, 10),
    ),
    (
        "ca",
        "Hola! El vídeo de l'aniversari del meu avi dura tres minuts i mig i la cançó només en fa tres. "
        "Podries allargar-la pel final fins que quadri?",
        180,
        "audio_outpaint",
        _out(0, 30),
    ),
    ("ca", "puja-ho un to", 120, "ask", {}),
    ("ca", "sardana instrumental, un minut", None, "t2a", {"duration": 60, "lyrics": INST}),
    # ---------------- cs ----------------
    (
        "cs",
        "Potřebuju minutovou lo-fi instrumentálku na pozadí streamu.",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    (
        "cs",
        "Přegeneruj úsek od 0:25 do 0:40, bicí tam ujíždějí.",
        150,
        "audio_inpaint",
        _win(25, 40),
    ),
    (
        "cs",
        "Ahoj, kamarád mi říkal, že písnička končí moc useknutě. Můžeš na konec dát fade out na 4 "
        "sekundy a znormalizovat to na -14 LUFS? Díky moc!",
        160,
        "process_track",
        {"fade_out_s": 4, "loudness_lufs": -14},
    ),
    (
        "cs",
        "Ahoj, tak jsem to pustil kapele a refrén se nikomu nelíbí, prý je moc plochý. Můžeš ho předělat?",
        170,
        "ask",
        {},
    ),
    (
        "cs",
        "Tenhle track nech být, ten je hotový. Teď potřebuju úplně novou věc: veselou polku na dvě "
        "minuty, klidně se zpěvem.",
        140,
        "t2a",
        {"duration": 120, "tags_has": ["polka"]},
    ),
    # ---------------- da ----------------
    (
        "da",
        "mp3 i 256",
        130,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256},
    ),
    (
        "da",
        "Lav en hyggelig julesang på dansk på cirka to minutter.",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "da"},
    ),
    (
        "da",
        "Kan du forlænge nummeret med 20 sekunder i starten?",
        120,
        "audio_outpaint",
        _out(20, 0),
    ),
    (
        "da",
        "Hej! Min kæreste og jeg skal giftes til sommer, og vi mangler musik til brudevalsen. Kan du "
        "lave tre bud på en rolig akustisk ballade på tre minutter? De må gerne ligne hinanden.",
        None,
        "t2a",
        {"takes": 3, "duration": 180},
    ),
    (
        "da",
        "Hej igen! Nummeret er næsten perfekt, men slutningen lyder lidt rodet, især guitaren. Kan du lave de sidste 10 sekunder om?",
        150,
        "audio_inpaint",
        _win(140, 150),
    ),
    # ---------------- el ----------------
    (
        "el",
        "ρεμπέτικο με μπουζούκι, 2 λεπτά, χωρίς φωνή",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["bouzouki"]},
    ),
    (
        "el",
        "Γεια σου! Το κομμάτι που έφτιαξες χθες είναι τέλειο, αλλά από το 1:40 μέχρι το 1:55 κάτι "
        "χαλάει στον ρυθμό. Μπορείς να ξαναφτιάξεις μόνο εκείνο το σημείο;",
        200,
        "audio_inpaint",
        _win(100, 115),
    ),
    ("el", "κάν' το loop", 30, "process_track", {"loop": True}),
    (
        "el",
        "Τέλεια βγήκε, ευχαριστώ πολύ! Θέλω να το ακούσουν κι οι φίλοι μου, μπορείς να το ανεβάσεις κατευθείαν στο Spotify μου;",
        180,
        "ask",
        {},
    ),
    # ---------------- fa ----------------
    (
        "fa",
        "یک قطعه‌ی بی‌کلام با سه‌تار بساز، حدود سه دقیقه.",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST},
    ),
    ("fa", "یه بیت hip-hop یک دقیقه‌ای", None, "t2a", {"duration": 60}),
    (
        "fa",
        "سلام، این آهنگ رو برای تیزر فروشگاهم می‌خوام ولی تیزر ۴۵ ثانیه‌ست و آهنگ ۳۰ ثانیه. می‌شه "
        "آخرش رو ادامه بدی تا اندازه‌ش بشه؟",
        30,
        "audio_outpaint",
        _out(0, 15),
    ),
    ("fa", "۱۰ ثانیه‌ی آخر رو دوباره بساز", None, "ask", {}),
    # ---------------- fi ----------------
    (
        "fi",
        "Moi taas! Studio pyysi tiedoston pakkaamattomana, koska mp3 ei kelpaa heille. Saisinko tämän wav-muotoisena?",
        140,
        "process_track",
        {"output_format": "wav"},
    ),
    (
        "fi",
        "Tee kahden minuutin metallibiisi suomeksi, aiheena talvi ja pimeys.",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "fi", "tags_has": ["metal"]},
    ),
    (
        "fi",
        "Generoi kohta 0:50–1:05 uudestaan, kitarasoolo meni pieleen.",
        180,
        "audio_inpaint",
        _win(50, 65),
    ),
    (
        "fi",
        "Moi! Meidän kuoron konsertin taustanauha on vähän liian lyhyt. Voisitko lisätä alkuun 12 "
        "sekuntia, jotta ehditään kävellä lavalle?",
        150,
        "audio_outpaint",
        _out(12, 0),
    ),
    (
        "fi",
        "joululaulu suomeksi, minuutti",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "fi"},
    ),
    # ---------------- he ----------------
    ("he", "תעשה את זה לופ", 36, "process_track", {"loop": True}),
    ("he", "תייצר מחדש את 20 השניות האחרונות", 180, "audio_inpaint", _win(160, 180)),
    (
        "he",
        "היי, אני מכינה מצגת לבר מצווה של הבן שלי וצריכה שיר פופ שמח בעברית על המשפחה. משהו של שתי דקות בערך.",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "he", "tags_has": ["pop"]},
    ),
    ("he", "ג'ינגל של 20 שניות לפודקאסט", None, "t2a", {"duration": 20}),
    ("he", "תעשה מיקס יותר טוב לשיר, הבס חזק מדי", 190, "ask", {}),
    # ---------------- hr ----------------
    ("hr", "produlji za 30 sekundi na kraju", 120, "audio_outpaint", _out(0, 30)),
    (
        "hr",
        "Napravi mi opuštenu klapsku pjesmu na hrvatskom, oko tri minute.",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "hr"},
    ),
    (
        "hr",
        "Bok! Radim video za godišnjicu firme i šef kaže da je glazba preglasna. Možeš li je staviti "
        "na -16 LUFS i izvesti kao mp3 320?",
        150,
        "process_track",
        {"loudness_lufs": -16, "output_format": "mp3", "bitrate_kbps": 320},
    ),
    (
        "hr",
        "Iznova generiraj dio od 2:00 do 2:15.",
        200,
        "audio_inpaint",
        _win(120, 135),
    ),
    # ---------------- ht ----------------
    (
        "ht",
        "Fè yon mizik konpa ki dire de minit pou fèt manman m.",
        None,
        "t2a",
        {"duration": 120},
    ),
    (
        "ht",
        "ti mizik 30 segonn san vwa",
        None,
        "t2a",
        {"duration": 30, "lyrics": INST},
    ),
    (
        "ht",
        "Bonjou! Mizik sa a twò kout pou videyo maryaj kouzin mwen an. Eske ou ka ajoute 20 segonn "
        "nan fen li? Mèsi anpil.",
        140,
        "audio_outpaint",
        _out(0, 20),
    ),
    ("ht", "refè koral la", 160, "ask", {}),
    # ---------------- hu ----------------
    ("hu", "legyen loop", 50, "process_track", {"loop": True}),
    (
        "hu",
        "Csinálj egy kétperces, ének nélküli zongoradarabot esős délutánra.",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "hu",
        "Generáld újra a részt 0:15 és 0:30 között, ott recseg.",
        120,
        "audio_inpaint",
        _win(15, 30),
    ),
    (
        "hu",
        "Szia! A lányom ballagására készítek videót, és a zene kicsit rövid. Meg tudnád hosszabbítani "
        "a végén, hogy pontosan 3 perc legyen? Most 2:40.",
        160,
        "audio_outpaint",
        _out(0, 20),
    ),
    (
        "hu",
        "két verzió, disco, 90 mp",
        None,
        "t2a",
        {"takes": 2, "duration": 90, "tags_has": ["disco"]},
    ),
    # ---------------- id ----------------
    (
        "id",
        "jadiin mp3 192 ya",
        150,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192},
    ),
    (
        "id",
        "Bikinin lagu dangdut yang asyik, durasi 3 menit, pakai bahasa Indonesia.",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "id", "tags_has": ["dangdut"]},
    ),
    (
        "id",
        "Tolong buat ulang bagian 1:20 sampai 1:35, beat-nya kacau.",
        190,
        "audio_inpaint",
        _win(80, 95),
    ),
    (
        "id",
        "Halo kak! Lagu ini mau aku pakai buat video prewedding, tapi ending-nya kerasa kepotong. "
        "Bisa tambahin 15 detik lagi di akhir? Makasih ya",
        175,
        "audio_outpaint",
        _out(0, 15),
    ),
    (
        "id",
        "Kak, penyanyi kami ternyata nggak sampai nada tingginya. Bisa ganti kuncinya ke C biar lebih rendah?",
        150,
        "ask",
        {},
    ),
    # ---------------- is ----------------
    (
        "is",
        "Búðu til rólegt þjóðlag á íslensku, um tvær mínútur.",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "is", "tags_has": ["folk"]},
    ),
    ("is", "rólegt píanólag, 1 mín", None, "t2a", {"duration": 60, "tags_has": ["piano"]}),
    (
        "is",
        "Halló! Lagið er aðeins of stutt fyrir brúðkaupsmyndbandið okkar. Geturðu bætt 25 sekúndum við endann?",
        155,
        "audio_outpaint",
        _out(0, 25),
    ),
    ("is", "endurgerðu síðustu 10 sekúndurnar", 90, "audio_inpaint", _win(80, 90)),
    # ---------------- la ----------------
    (
        "la",
        "Compone carmen chorale Latine cantatum, duorum minutorum.",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "la"},
    ),
    (
        "la",
        "Salve! Hoc carmen ad nuptias sororis meae nimis breve est. Adde, quaeso, triginta secundas in fine.",
        150,
        "audio_outpaint",
        _out(0, 30),
    ),
    ("la", "Refice partem inter 0:20 et 0:40.", 120, "audio_inpaint", _win(20, 40)),
    ("la", "fac ut sine fine iteretur", 60, "process_track", {"loop": True}),
    # ---------------- lt ----------------
    (
        "lt",
        "Sukurk dviejų minučių instrumentinį kūrinį su kanklėmis, be vokalo.",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "lt",
        "daina lietuviškai apie jūrą, 2 min",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "lt"},
    ),
    (
        "lt",
        "Sveiki! Ruošiu vaizdo įrašą močiutės jubiliejui, bet daina per trumpa. Gal galite pradžioje "
        "pridėti 10 sekundžių įžangą?",
        140,
        "audio_outpaint",
        _out(10, 0),
    ),
    ("lt", "perdaryk paskutines 15 sekundžių", None, "ask", {}),
    # ---------------- ms ----------------
    (
        "ms",
        "Buatkan lagu raya yang ceria dalam bahasa Melayu, lebih kurang dua minit.",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ms"},
    ),
    (
        "ms",
        "Hai, lagu ni nak guna untuk majlis kahwin abang saya tapi bahagian 0:45 hingga 1:00 bunyi "
        "pelik. Boleh buat semula bahagian tu je?",
        165,
        "audio_inpaint",
        _win(45, 60),
    ),
    (
        "ms",
        "Hai! Saya nak hantar lagu ni dalam grup WhatsApp keluarga, tapi fail wav terlalu besar. Boleh tukar ke mp3?",
        130,
        "process_track",
        {"output_format": "mp3"},
    ),
    ("ms", "asingkan vokal", 180, "ask", {}),
    # ---------------- ne ----------------
    (
        "ne",
        "दशैंको लागि नेपालीमा एउटा रमाइलो लोकगीत बनाइदिनुस्, तीन मिनेटको।",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "ne", "tags_has": ["folk"]},
    ),
    (
        "ne",
        "नमस्ते! यो गीत मेरो भाइको बिहेको भिडियोको लागि हो, तर भिडियोभन्दा छोटो भयो। अन्त्यमा २० सेकेन्ड थपिदिन सक्नुहुन्छ?",
        140,
        "audio_outpaint",
        _out(0, 20),
    ),
    (
        "ne",
        "नमस्ते दाइ! गीत त राम्रो बन्यो, तर सुरुको भाग अलि नमिलेको जस्तो लाग्यो। सुरुका १० सेकेन्ड फेरि बनाइदिनुस् न।",
        150,
        "audio_inpaint",
        _win(0, 10),
    ),
    (
        "ne",
        "मादलको १ मिनेटको धुन, गीत नचाहिने",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    # ---------------- nl ----------------
    ("nl", "exporteer als flac", 160, "process_track", {"output_format": "flac"}),
    (
        "nl",
        "Maak een vrolijk carnavalsnummer in het Nederlands van twee minuten.",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "nl"},
    ),
    (
        "nl",
        "Kun je het stuk van 0:40 tot 1:00 opnieuw genereren? Daar loopt de bas uit de maat.",
        170,
        "audio_inpaint",
        _win(40, 60),
    ),
    (
        "nl",
        "Hoi! Ik gebruik dit nummer voor de afscheidsvideo van een collega, maar de video is 3:30 en "
        "het nummer 3:00. Kun je het achteraan verlengen zodat het precies past?",
        180,
        "audio_outpaint",
        _out(0, 30),
    ),
    ("nl", "maak hem een halve toon hoger", 150, "ask", {}),
    # ---------------- no ----------------
    ("no", "fade ut 5 sek", 120, "process_track", {"fade_out_s": 5}),
    (
        "no",
        "Lag en rolig instrumental med gitar på rundt halvannet minutt.",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["guitar"]},
    ),
    ("no", "Kan du lage de siste 12 sekundene på nytt?", 132, "audio_inpaint", _win(120, 132)),
    (
        "no",
        "Hei! Denne låten er ferdig og sendt, takk for hjelpen. Nå trenger jeg en helt ny til "
        "julebordet: en glad swinglåt på norsk, rundt to minutter.",
        200,
        "t2a",
        {"duration": 120, "vocal_language": "no", "tags_has": ["swing"]},
    ),
    ("no", "legg til 15 sek på slutten", None, "ask", {}),
    # ---------------- pa ----------------
    (
        "pa",
        "ਵਿਆਹ ਲਈ ਢੋਲ ਵਾਲਾ ਭੰਗੜਾ ਗੀਤ ਬਣਾਓ, ਪੰਜਾਬੀ ਵਿੱਚ, ਦੋ ਮਿੰਟ ਦਾ।",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "pa", "tags_has": ["bhangra"]},
    ),
    (
        "pa",
        "ਪੰਜਾਬੀ ਲੋਰੀ, ਇੱਕ ਮਿੰਟ",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "pa"},
    ),
    (
        "pa",
        "ਸਤ ਸ੍ਰੀ ਅਕਾਲ! ਇਹ ਗੀਤ ਮੇਰੀ ਭੈਣ ਦੀ ਮਹਿੰਦੀ ਦੀ ਵੀਡੀਓ ਲਈ ਹੈ, ਪਰ 1:00 ਤੋਂ 1:20 ਵਾਲਾ ਹਿੱਸਾ "
        "ਠੀਕ ਨਹੀਂ ਲੱਗਦਾ। ਕੀ ਉਹ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾ ਸਕਦੇ ਹੋ?",
        180,
        "audio_inpaint",
        _win(60, 80),
    ),
    ("pa", "ਟੈਂਪੋ ਤੇਜ਼ ਕਰੋ", 150, "ask", {}),
    # ---------------- pl ----------------
    ("pl", "zapętl to", 48, "process_track", {"loop": True}),
    (
        "pl",
        "Zrób mi dwuminutowy kawałek disco polo o wakacjach nad morzem, po polsku.",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "pl"},
    ),
    ("pl", "dodaj 20 s na początku", 140, "audio_outpaint", _out(20, 0)),
    (
        "pl",
        "Cześć! Puściłem ten numer znajomym i wszyscy mówią, że od 1:30 do 1:45 wokal brzmi dziwnie. "
        "Możesz wygenerować od nowa tylko ten fragment?",
        190,
        "audio_inpaint",
        _win(90, 105),
    ),
    ("pl", "Zrób trzy wersje, każda ma być zupełnie inna.", None, "ask", {}),
    # ---------------- ro ----------------
    (
        "ro",
        "în mp3, 320",
        150,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    (
        "ro",
        "Fă-mi o manea veselă de trei minute pentru nunta vărului meu.",
        None,
        "t2a",
        {"duration": 180},
    ),
    ("ro", "Poți să regenerezi ultimele 20 de secunde?", 160, "audio_inpaint", _win(140, 160)),
    (
        "ro",
        "Salut! Melodia e bună, dar trebuie să dureze 2 minute pentru reclama noastră și acum are "
        "doar 1:40. O poți prelungi la final?",
        100,
        "audio_outpaint",
        _out(0, 20),
    ),
    ("ro", "colind la pian, 2 minute", None, "t2a", {"duration": 120, "tags_has": ["piano"]}),
    # ---------------- sa ----------------
    (
        "sa",
        "संस्कृतभाषायां शान्तं स्तोत्रगीतं रचय, द्विमिनिटपरिमितम्।",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "sa"},
    ),
    (
        "sa",
        "नमो नमः। एतत् गीतं मम भगिन्याः विवाहचलचित्राय अतीव ह्रस्वम् अस्ति। अन्ते 30 सेकण्डपरिमितं संगीतं योजय।",
        90,
        "audio_outpaint",
        _out(0, 30),
    ),
    ("sa", "इदं गीतं mp3 रूपेण देहि", 120, "process_track", {"output_format": "mp3"}),
    (
        "sa",
        "वीणावादनम्, एकमिनिटम्, गानं विना",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    # ---------------- sk ----------------
    (
        "sk",
        "Potrebujem trojminútovú folkovú pesničku po slovensky o horách.",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "sk", "tags_has": ["folk"]},
    ),
    ("sk", "pregeneruj úsek 0:30 až 0:42", 120, "audio_inpaint", _win(30, 42)),
    (
        "sk",
        "Ahoj, robím video na oslavu starej mamy a pesnička je o niečo kratšia. Môžeš ju na konci "
        "predĺžiť o 35 sekúnd? Ďakujem!",
        145,
        "audio_outpaint",
        _out(0, 35),
    ),
    ("sk", "Zmixuj to lepšie, vokál je potichu.", 170, "ask", {}),
    # ---------------- sr ----------------
    ("sr", "кратак џингл, 15 секунди", None, "t2a", {"duration": 15}),
    (
        "sr",
        "Направи ми песму на српском у стилу турбо фолка, око три минута.",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "sr"},
    ),
    (
        "sr",
        "Ćao! Muzika za snimak sa slave je malo kratka. Možeš li da dodaš 10 sekundi na početku, nešto tiho?",
        120,
        "audio_outpaint",
        _out(10, 0),
    ),
    (
        "sr",
        "Здраво! Песма је супер, само крај звучи као да је неко нагло искључио појачало. Можеш ли поново да генеришеш последњих 15 секунди?",
        135,
        "audio_inpaint",
        _win(120, 135),
    ),
    # ---------------- sv ----------------
    ("sv", "loopa den", 64, "process_track", {"loop": True}),
    (
        "sv",
        "Gör en lugn visa på svenska, ungefär två och en halv minut.",
        None,
        "t2a",
        {"duration": 150, "vocal_language": "sv"},
    ),
    ("sv", "Kan du göra om biten mellan 1:05 och 1:20?", 180, "audio_inpaint", _win(65, 80)),
    (
        "sv",
        "Hej! Jag håller på med en film till min pappas 60-årsdag och låten tar slut för tidigt. "
        "Kan du förlänga den i slutet så den blir 3 minuter totalt? Den är 2:20 nu.",
        140,
        "audio_outpaint",
        _out(0, 40),
    ),
    ("sv", "byt tonart till D-dur", 150, "ask", {}),
    # ---------------- sw ----------------
    (
        "sw",
        "Nitengenezee wimbo wa bongo flava kwa Kiswahili wa dakika mbili.",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "sw"},
    ),
    ("sw", "taarab, dakika moja, bila sauti", None, "t2a", {"duration": 60, "lyrics": INST}),
    (
        "sw",
        "Habari! Wimbo huu ni wa harusi ya dada yangu lakini unaisha ghafla. Unaweza kuongeza "
        "sekunde 20 mwishoni? Asante sana.",
        150,
        "audio_outpaint",
        _out(0, 20),
    ),
    (
        "sw",
        "Habari za jioni! Mwisho wa wimbo huu una kelele fulani ambazo sizipendi. Tafadhali tengeneza upya sekunde 10 za mwisho.",
        100,
        "audio_inpaint",
        _win(90, 100),
    ),
    # ---------------- ta ----------------
    (
        "ta",
        "தமிழ்ல ஒரு குத்து பாட்டு பண்ணு, மூணு நிமிஷம்.",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "ta"},
    ),
    (
        "ta",
        "வணக்கம்! இந்த பாட்டு என் தம்பியோட கல்யாண வீடியோவுக்கு. 0:30-ல இருந்து 0:45 வரைக்கும் beat "
        "சரியில்ல, அந்த பகுதியை மட்டும் மறுபடி generate பண்ண முடியுமா?",
        160,
        "audio_inpaint",
        _win(30, 45),
    ),
    ("ta", "கடைசியில 5 செகண்ட் fade out பண்ணு", 140, "process_track", {"fade_out_s": 5}),
    (
        "ta",
        "வீணை instrumental, 1 நிமிஷம்",
        None,
        "t2a",
        {"duration": 60, "lyrics": INST},
    ),
    # ---------------- te ----------------
    (
        "te",
        "తెలుగులో ఒక మెలోడీ పాట చేయి, రెండు నిమిషాలు.",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "te"},
    ),
    (
        "te",
        "నమస్తే! ఈ పాట మా అమ్మగారి పుట్టినరోజు వీడియోకి, కానీ వీడియో కంటే కొంచెం చిన్నది. చివర్లో ఇంకో 30 సెకన్లు కలపగలరా?",
        150,
        "audio_outpaint",
        _out(0, 30),
    ),
    ("te", "కోరస్ మళ్ళీ చేయి", 170, "ask", {}),
    ("te", "హాయ్! మా అన్నయ్య పాట విని ఇంట్రో బోరింగ్‌గా ఉందన్నాడు. మొదటి 20 సెకన్లు మళ్ళీ generate చేయగలరా?", 140, "audio_inpaint", _win(0, 20)),
    # ---------------- th ----------------
    (
        "th",
        "ช่วยแต่งเพลงลูกทุ่งภาษาไทยยาวสองนาทีให้หน่อย",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "th"},
    ),
    (
        "th",
        "สวัสดีครับ เพลงนี้จะเอาไปใช้ในงานบวชของน้องชาย แต่ช่วง 1:10 ถึง 1:30 เสียงแปลกๆ ช่วยสร้างใหม่เฉพาะช่วงนั้นได้ไหมครับ",
        200,
        "audio_inpaint",
        _win(70, 90),
    ),
    ("th", "เพิ่มอินโทร 10 วินาทีข้างหน้า", 140, "audio_outpaint", _out(10, 0)),
    ("th", "ทำเป็น loop ให้หน่อย", 32, "process_track", {"loop": True}),
    # ---------------- tl ----------------
    (
        "tl",
        "Gawa ka ng OPM love song sa Tagalog, mga tatlong minuto.",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "tl"},
    ),
    (
        "tl",
        "Hi po! Gagamitin ko 'tong kanta sa debut video ng pamangkin ko pero bitin sa dulo. Pwede "
        "niyo po bang dagdagan ng 25 seconds sa huli? Salamat po!",
        155,
        "audio_outpaint",
        _out(0, 25),
    ),
    ("tl", "ulitin mo 'yung chorus", 170, "ask", {}),
    ("tl", "gawin ulit 'yung huling 10 segundo", 120, "audio_inpaint", _win(110, 120)),
    # ---------------- tr ----------------
    ("tr", "loopla bunu", 48, "process_track", {"loop": True}),
    (
        "tr",
        "Bana iki dakikalık, sözsüz bir bağlama parçası yap.",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "tr",
        "Selam! Dün yaptığın parçayı arkadaşlara dinlettim, 0:20 ile 0:35 arasını biraz karışık buldular. O kısmı yeniden üretebilir misin, gerisi kalsın.",
        150,
        "audio_inpaint",
        _win(20, 35),
    ),
    (
        "tr",
        "Merhaba! Kardeşimin düğün videosu için bu parçayı kullanacağım ama video 3 dakika, şarkı "
        "2:30. Sonuna ekleme yaparak 3 dakikaya tamamlar mısın?",
        150,
        "audio_outpaint",
        _out(0, 30),
    ),
    ("tr", "arabesk, 3 dk, iki versiyon", None, "t2a", {"duration": 180, "takes": 2}),
    # ---------------- uk ----------------
    (
        "uk",
        "в mp3 192",
        150,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192},
    ),
    (
        "uk",
        "Зроби колискову українською, тиху, хвилини на дві.",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "uk"},
    ),
    (
        "uk",
        "Слухай, я показав трек гурту, і всім не подобається шматок з 1:00 до 1:12, там ніби гітара випадає. Перегенеруй його, будь ласка, решту не чіпай.",
        170,
        "audio_inpaint",
        _win(60, 72),
    ),
    (
        "uk",
        "Привіт! Ми робимо відео на ювілей школи, і музика закінчується раніше, ніж слайди. Додай, "
        "будь ласка, 40 секунд у кінці.",
        140,
        "audio_outpaint",
        _out(0, 40),
    ),
    ("uk", "прибери бас", 160, "ask", {}),
    # ---------------- ur ----------------
    (
        "ur",
        "اردو میں ایک رومانوی غزل بنائیں، تقریباً تین منٹ کی۔",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "ur"},
    ),
    (
        "ur",
        "السلام علیکم! یہ گانا میری بہن کی مہندی کی ویڈیو کے لیے ہے لیکن آخری 15 سیکنڈ اچھے نہیں "
        "لگ رہے۔ کیا آپ صرف وہ حصہ دوبارہ بنا سکتے ہیں؟",
        165,
        "audio_inpaint",
        _win(150, 165),
    ),
    ("ur", "آخر میں 20 سیکنڈ بڑھا دو", None, "ask", {}),
    ("ur", "قوالی، دو منٹ", None, "t2a", {"duration": 120}),
    # ---------------- vi ----------------
    ("vi", "xuất ra mp3", 140, "process_track", {"output_format": "mp3"}),
    (
        "vi",
        "Làm cho mình một bài bolero tiếng Việt dài khoảng ba phút nhé.",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "vi", "tags_has": ["bolero"]},
    ),
    ("vi", "Tạo lại đoạn từ 0:45 đến 1:00 giúp mình.", 150, "audio_inpaint", _win(45, 60)),
    (
        "vi",
        "Chào bạn! Mình đang làm video kỷ niệm cho lớp mà bài nhạc hơi ngắn so với video. Bạn kéo "
        "dài thêm 20 giây ở đầu bài được không?",
        120,
        "audio_outpaint",
        _out(20, 0),
    ),
    ("vi", "nhạc lo-fi 1 phút không lời", None, "t2a", {"duration": 60, "lyrics": INST}),
    # ---------------- yue ----------------
    (
        "yue",
        "幫我作首廣東歌，抒情啲，大概兩分鐘。",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "yue"},
    ),
    (
        "yue",
        "喂，呢首歌係用喺我老細退休片度嘅，但係尾段停得太突然。可唔可以喺最後加多20秒？唔該晒！",
        140,
        "audio_outpaint",
        _out(0, 20),
    ),
    ("yue", "最後10秒重新整過", 130, "audio_inpaint", _win(120, 130)),
    (
        "yue",
        "呢首唔使改喇，另外幫我整首新嘅，爵士鋼琴，純音樂，一分鐘左右。",
        150,
        "t2a",
        {"duration": 60, "lyrics": INST, "tags_has": ["jazz"]},
    ),
]
