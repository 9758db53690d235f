"""Blind held-out router set 69: chatty messages.

Theme: people who wrap the request in context, the way many really type to a chat agent:
a greeting, why they need it (a wedding, a class, a stream, a shop, a podcast), what they
thought of the last render, politeness, a second thought or a correction in the same message
("actually make it 2 minutes, not 3"), dates, prices, counts of people and episode numbers
that are not lengths, and then the request itself: a new piece, a stretch of the open track
redone, the track made longer, a deliverable, several takes, or something the tools cannot do.

300 rows: 11 in each BIG12 language (132), 4 in each of the other 38 languages and a 5th in
16 of them (168). Intents: t2a 90, audio_inpaint 60, audio_outpaint 45, process_track 60,
ask 45.

Labels written by hand, never run by the writer (neither the router nor make_music).
"""

from __future__ import annotations

from typing import Any

INST = "[inst]"
BIG12 = frozenset({"ar", "de", "en", "es", "fr", "hi", "it", "ja", "ko", "pt", "ru", "zh"})


def _out(before: float, after: float) -> dict[str, Any]:
    return {"extend_before_duration": before, "extend_after_duration": after}


def _win(start: float, end: float) -> dict[str, Any]:
    return {"start_time": start, "end_time": end}


R69: list[tuple[Any, ...]] = [
    # ------------------------------------------------------------------ en
    (
        "en",
        "Hey there! Hope you're doing well. My sister is getting married on June 14th and "
        "we're expecting about 120 guests. Could you make a soft acoustic guitar instrumental "
        "for the walk down the aisle? Around 2 minutes would be perfect. Thanks so much!",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "en",
        "Morning! I teach a yoga class on Tuesday nights, 15 people or so, and I need some "
        "background music for it. Ambient, no vocals, and please no drums, about 3 minutes. "
        "Actually, make it 2 minutes, not 3, the cooldown is short.",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["ambient"], "tags_lacks": ["drums"]},
    ),
    (
        "en",
        "ok forget this one, it's just not working for me lol. New song instead: something "
        "pop-punk for the intro of episode 12 of my friend's web series. 30 seconds. Lyrics:\n"
        "[Verse]\nWoke up late again today\nMissed the bus and missed the train\n"
        "[Chorus]\nWho cares, we're on our way",
        95,
        "t2a",
        {
            "duration": 30,
            "lyrics": "[Verse]\nWoke up late again today\nMissed the bus and missed the train\n"
            "[Chorus]\nWho cares, we're on our way",
            "vocal_language": "en",
        },
    ),
    (
        "en",
        "Thanks for the last render, honestly I loved most of it! Only thing: the bit from "
        "1:10 to 1:25 has this weird glitchy synth in it. Could you redo just that part? "
        "My stream is on Friday at 8pm so no rush at all.",
        180,
        "audio_inpaint",
        _win(70, 85),
    ),
    (
        "en",
        "Hi again. The ending is almost there, but the last 12 seconds kind of fall apart, "
        "the drums get really messy. Can you regenerate only the last 12 seconds? Keep "
        "everything else exactly as it is please, my client already approved the rest.",
        150,
        "audio_inpaint",
        _win(138, 150),
    ),
    (
        "en",
        "This is great, my manager at the coffee shop loves it! We play it near the register "
        "though and it ends way too soon. Could you make it 3 minutes long by adding to the "
        "end? Cheers, you're a lifesaver.",
        150,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "en",
        "Quick one before I head out: I need 20 more seconds at the start, like an intro "
        "that builds up before the beat kicks in. We open the show with it on the 3rd and "
        "there are 4 of us walking on stage. Thank you!",
        60,
        "audio_outpaint",
        _out(20, 0),
    ),
    (
        "en",
        "Perfect, that's the one. For the podcast host I need it as an mp3 at 192 kbps, "
        "normalized to -16 LUFS. Episode 48 goes live on Monday, so whenever you can. Thanks!",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "loudness_lufs": -16},
    ),
    (
        "en",
        "Hi! It's for the slideshow at my parents' 40th anniversary dinner (they've been "
        "married since 1985, can you believe it). Could you add a 3 second fade in and a "
        "5 second fade out, and give it to me as a wav?",
        75,
        "process_track",
        {"fade_in_s": 3, "fade_out_s": 5, "output_format": "wav"},
    ),
    (
        "en",
        "Hey, love it, but the vocals feel a bit buried. Could you bring them up in the mix "
        "and push the bass down a little? It's for my buddy's 30th on Saturday.",
        210,
        "ask",
        {},
    ),
    (
        "en",
        "Hello! The chorus of the song you made me yesterday needs redoing, the harmony is "
        "off. Could you fix that for me? Thanks a lot, have a nice day.",
        None,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ es
    (
        "es",
        "¡Hola! Tengo una tiendita de ropa en Guadalajara y quiero algo de música para el "
        "local. Algo tipo cumbia, alegre, sin voz, de unos 4 minutos. Abrimos el 2 de mayo, "
        "¡muchas gracias!",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["cumbia"]},
    ),
    (
        "es",
        "Buenas. Para la clase de mis alumnos de 3º (son 28 niños) necesito una canción "
        "infantil cantada en español sobre los días de la semana. Que dure un minuto y medio. "
        "Mil gracias, de verdad.",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "es"},
    ),
    (
        "es",
        "Esta no me convence, la verdad, la voz suena muy robótica. Mejor hazme una nueva: un "
        "bolero con guitarra y voz masculina, de 2 minutos, y dame tres versiones para elegir.",
        120,
        "t2a",
        {"duration": 120, "takes": 3, "tags_has": ["bolero"]},
    ),
    (
        "es",
        "Oye, la última versión quedó genial, pero entre el 2:00 y el 2:15 la voz se desafina "
        "bastante... perdón, me equivoqué, es entre el 2:05 y el 2:15. ¿Puedes rehacer solo ese "
        "tramo? Es para la boda de mi prima el sábado 21.",
        240,
        "audio_inpaint",
        _win(125, 135),
    ),
    (
        "es",
        "Los primeros 8 segundos no me gustan nada, suenan muy vacíos. ¿Me los regeneras? El "
        "resto déjalo igual, porfa, que a mi jefe ya le encantó.",
        90,
        "audio_inpaint",
        _win(0, 8),
    ),
    (
        "es",
        "Hola de nuevo 😊 El video para el canal dura 2 minutos y 10 segundos y la canción se "
        "queda corta. Alárgala por el final hasta que dure eso mismo, ¿vale?",
        100,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "es",
        "Me encanta cómo quedó. ¿Le puedes añadir 15 segundos al principio y otros 15 al "
        "final? Así me cuadra con la presentación del jueves ante los 12 socios.",
        45,
        "audio_outpaint",
        _out(15, 15),
    ),
    (
        "es",
        "Listo, esta es la buena. Pásamela en FLAC, por favor, y con un fade out de 6 segundos "
        "al final. La vamos a poner en la misa del domingo.",
        180,
        "process_track",
        {"output_format": "flac", "fade_out_s": 6},
    ),
    (
        "es",
        "¿Me la puedes dejar en loop para que suene sin cortes en la tienda? Y en mp3. Gracias, "
        "me salvaste la semana, el plan me costó 9,99 € y ya valió la pena.",
        64,
        "process_track",
        {"loop": True, "output_format": "mp3"},
    ),
    (
        "es",
        "Está muy bien, pero la quiero un tono más arriba para que la pueda cantar mi hija, "
        "que tiene 9 años. ¿Se puede?",
        150,
        "ask",
        {},
    ),
    (
        "es",
        "Oye, ¿me separas la voz de la música? Quiero hacer karaoke en la fiesta de los 50 "
        "años de mi papá el mes que viene.",
        200,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ fr
    (
        "fr",
        "Bonjour ! Je prépare une vidéo pour l'anniversaire de ma grand-mère (elle fête ses "
        "90 ans le 12 mars) et j'aimerais une petite valse au piano, sans paroles, d'environ "
        "1 minute 30. Merci beaucoup !",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "fr",
        "Salut, je fais un stream chill ce soir vers 21h, on sera une centaine dans le chat "
        "j'espère. Tu peux me faire un morceau lo-fi de 5 minutes ? Pas de voix. Merci d'avance !",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST},
    ),
    (
        "fr",
        "Coucou ! Pour le générique de mon podcast (on en est déjà à l'épisode 63 !), je "
        "voudrais un jingle funk de 15 secondes. Fais-m'en deux versions, je choisirai avec "
        "mon coanimateur.",
        None,
        "t2a",
        {"duration": 15, "takes": 2, "tags_has": ["funk"]},
    ),
    (
        "fr",
        "Merci pour la dernière version, c'est bien mieux que la précédente. Par contre entre "
        "0:40 et 0:55 il y a un passage un peu brouillon. Tu peux refaire uniquement ce "
        "passage ?",
        160,
        "audio_inpaint",
        _win(40, 55),
    ),
    (
        "fr",
        "Les 20 dernières secondes ne vont pas du tout, la fin est trop abrupte. Régénère-les "
        "s'il te plaît, et garde tout le reste tel quel.",
        200,
        "audio_inpaint",
        _win(180, 200),
    ),
    (
        "fr",
        "Super ! Par contre j'ai besoin qu'elle dure 2 minutes 30 pour le diaporama du "
        "mariage. Rallonge la fin, s'il te plaît. Ah et on sera 80 invités, donc il faut que "
        "ça reste festif, mais ça c'est déjà le cas 😄",
        120,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "fr",
        "Est-ce que tu peux ajouter une intro de 10 secondes avant ? Genre une montée douce. "
        "Ah non, mets-en plutôt 15, c'est mieux pour la vidéo. Désolé de te déranger encore !",
        90,
        "audio_outpaint",
        _out(15, 0),
    ),
    (
        "fr",
        "Nickel. Exporte-le en mp3 320 kbps, normalisé à -14 LUFS, c'est pour Spotify. J'ai "
        "payé 20 € la distribution donc autant que ce soit propre. Merci !",
        240,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14},
    ),
    (
        "fr",
        "Tu pourrais couper les 4 premières secondes (il y a un blanc au début) et mettre un "
        "fondu de sortie de 3 secondes ? C'est pour la boutique, on ouvre le 1er avril.",
        130,
        "process_track",
        {"trim_start_s": 4, "fade_out_s": 3},
    ),
    (
        "fr",
        "Franchement j'adore, mes 3 000 abonnés vont kiffer. Tu peux le mettre en ligne "
        "directement sur ma chaîne YouTube ?",
        180,
        "ask",
        {},
    ),
    (
        "fr",
        "Tu peux me refaire le refrain ? Il est un peu mou, il manque d'énergie. Merci !",
        150,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ de
    (
        "de",
        "Hallo! Ich habe einen kleinen Buchladen in Leipzig und suche ruhige Hintergrundmusik. "
        "Jazz mit Klavier, Bass und Besen, ohne Gesang, etwa drei Minuten. Danke dir!",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    (
        "de",
        "Moin, für unseren Vereinsabend am 8. November (wir sind so 40 Leute) brauch ich ein "
        "zünftiges Blasmusik-Stück, 2 Minuten … nee, warte, lieber 90 Sekunden, sonst wird's "
        "zu lang.",
        None,
        "t2a",
        {"duration": 90},
    ),
    (
        "de",
        "Guten Abend! Mein Sohn wird am Samstag 6 und wünscht sich ein eigenes "
        "Geburtstagslied. Bitte fröhlich, wie ein Kinderlied, ca. 1 Minute, mit diesem Text:\n"
        "[Strophe]\nHeute ist der große Tag\nweil ich Kuchen gerne mag\n"
        "[Refrain]\nHoch soll er leben, unser Paul",
        None,
        "t2a",
        {
            "duration": 60,
            "lyrics": "[Strophe]\nHeute ist der große Tag\nweil ich Kuchen gerne mag\n"
            "[Refrain]\nHoch soll er leben, unser Paul",
            "vocal_language": "de",
        },
    ),
    (
        "de",
        "Danke für die neue Version, viel besser! Nur der Teil von 1:30 bis 1:50 klingt "
        "irgendwie schief. Kannst du genau den neu machen und den Rest lassen?",
        210,
        "audio_inpaint",
        _win(90, 110),
    ),
    (
        "de",
        "Die ersten 15 Sekunden bitte nochmal generieren, das Intro ist mir zu hektisch. Der "
        "Rest bleibt, wie er ist. Meine Kollegin meinte übrigens, es klingt wie 2005, im guten "
        "Sinn.",
        120,
        "audio_inpaint",
        _win(0, 15),
    ),
    (
        "de",
        "Läuft super in meinem Stream, die Leute im Chat fragen schon danach! Könntest du es "
        "auf 4 Minuten verlängern, hinten dran? Danke, bist der Beste.",
        180,
        "audio_outpaint",
        _out(0, 60),
    ),
    (
        "de",
        "Bitte vorne 10 und hinten 20 Sekunden dranhängen. Folge 112 meines Podcasts braucht "
        "ein längeres Intro und Outro.",
        60,
        "audio_outpaint",
        _out(10, 20),
    ),
    (
        "de",
        "Perfekt so. Kannst du mir das als WAV geben und auf -14 LUFS bringen? Ach nee, der "
        "Podcast-Hoster will -16, also bitte -16. Danke!",
        150,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -16},
    ),
    (
        "de",
        "Schneid bitte die letzten 5 Sekunden ab und mach ein Fade-out von 4 Sekunden. Ist für "
        "die Hochzeit am 3. August, 85 Gäste, ich bin schon ganz nervös.",
        95,
        "process_track",
        {"trim_end_s": 5, "fade_out_s": 4},
    ),
    (
        "de",
        "Gefällt mir richtig gut, aber könntest du das Tempo etwas runterdrehen? So 10 BPM "
        "langsamer wäre ideal für meinen Tanzkurs.",
        200,
        "ask",
        {},
    ),
    (
        "de",
        "Kannst du bei meinem Song von gestern die Bridge austauschen? Die passt irgendwie nicht. Danke!",
        None,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ it
    (
        "it",
        "Ciao! Sto organizzando la festa di laurea di mio fratello il 18 luglio, saremo una "
        "cinquantina. Mi fai una canzone pop allegra cantata in italiano, di 3 minuti? Grazie "
        "mille!",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "it", "tags_has": ["pop"]},
    ),
    (
        "it",
        "Buongiorno, gestisco un agriturismo in Umbria e vorrei una musica di sottofondo per la "
        "sala colazioni: chitarra classica, niente voce, sui due minuti e mezzo.",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST},
    ),
    (
        "it",
        "Questa lasciala pure stare, non fa per me. Creane una nuova da zero: una tarantella "
        "strumentale di 1 minuto, e fammene 4 versioni così scelgo.",
        140,
        "t2a",
        {"duration": 60, "lyrics": INST, "takes": 4, "tags_has": ["tarantella"]},
    ),
    (
        "it",
        "Grazie per l'ultima versione, è quasi perfetta! Però dal minuto 2:10 al 2:30 la "
        "batteria va fuori tempo. Puoi rifare solo quel pezzo?",
        180,
        "audio_inpaint",
        _win(130, 150),
    ),
    (
        "it",
        "Gli ultimi 10 secondi rifalli, per favore, il finale è troppo brusco. Lo mettiamo alla "
        "fine della recita del 5 giugno.",
        100,
        "audio_inpaint",
        _win(90, 100),
    ),
    (
        "it",
        "Bellissima, mia moglie si è commossa. Me la allunghi di 40 secondi alla fine? Il "
        "video del matrimonio dura di più.",
        150,
        "audio_outpaint",
        _out(0, 40),
    ),
    (
        "it",
        "Aggiungi 20 secondi all'inizio, tipo un'intro tranquilla prima che entri la voce. Grazie, sei un tesoro.",
        80,
        "audio_outpaint",
        _out(20, 0),
    ),
    (
        "it",
        "Ok, è perfetta. Me la esporti in OGG? E con una dissolvenza in entrata di 2 secondi. Grazie!",
        170,
        "process_track",
        {"output_format": "ogg", "fade_in_s": 2},
    ),
    (
        "it",
        "Mi serve che giri in loop senza stacchi per il gioco che sto facendo (livello 3, "
        "quello della foresta). Si può fare?",
        60,
        "process_track",
        {"loop": True},
    ),
    (
        "it",
        "Puoi farmi il mastering con un po' di EQ sugli alti? Suona un po' spenta rispetto "
        "alle altre 11 tracce dell'album.",
        200,
        "ask",
        {},
    ),
    (
        "it",
        "Mi fai tre versioni diverse di questa: una rock, una jazz e una elettronica? Le "
        "voglio confrontare con il gruppo.",
        150,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ pt
    (
        "pt",
        "Oi! Tudo bem? Vou abrir minha cafeteria dia 15 e queria uma bossa nova instrumental "
        "de uns 4 minutos pra tocar de fundo. Obrigada!!",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["bossa nova"]},
    ),
    (
        "pt",
        "Boa tarde. Sou professor de ciências e tenho uma turma de 30 alunos. Preciso de um "
        "samba de 1 minuto, com letra em português sobre reciclagem. Pode ser?",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "pt", "tags_has": ["samba"]},
    ),
    (
        "pt",
        "E aí! Esquece essa aí, faz um forró novo pra abrir minha live, 45 segundos... pensando "
        "bem, faz com 30 segundos, que é só a vinheta.",
        120,
        "t2a",
        {"duration": 30},
    ),
    (
        "pt",
        "Ficou ótima, sério! Só que do 1:05 ao 1:20 tem um barulho estranho. Refaz só esse pedaço, por favor?",
        150,
        "audio_inpaint",
        _win(65, 80),
    ),
    (
        "pt",
        "Os últimos 25 segundos tão fracos. Dá pra gerar de novo só eles? O resto tá perfeito, minha sócia aprovou.",
        200,
        "audio_inpaint",
        _win(175, 200),
    ),
    (
        "pt",
        "Adorei! Consegue deixar com 2 minutos? Pode esticar no final. É pro casamento da "
        "minha irmã dia 9 de novembro.",
        90,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "pt",
        "Coloca mais 15 segundos antes de começar, tipo uma introdução? Valeu demais!",
        120,
        "audio_outpaint",
        _out(15, 0),
    ),
    (
        "pt",
        "Perfeita! Me manda em mp3 128 kbps, que o site da loja é meio lento. Paguei R$ 50 no "
        "plano, tem que valer a pena kkk",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 128},
    ),
    (
        "pt",
        "Pode cortar os 6 primeiros segundos e deixar em -14 LUFS? Vai pro episódio 22 do podcast.",
        210,
        "process_track",
        {"trim_start_s": 6, "loudness_lufs": -14},
    ),
    (
        "pt",
        "Tem como tirar a bateria dessa faixa e me mandar só o resto? Quero tocar por cima no ensaio de quinta.",
        180,
        "ask",
        {},
    ),
    (
        "pt",
        "Estende a música mais um pouco, por favor, ficou curta pro vídeo.",
        None,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ ru
    (
        "ru",
        "Привет! У дочки 1 сентября первый раз в первый класс, хочу смонтировать ей видео. "
        "Нужна нежная мелодия на фортепиано, без слов, минуты на полторы. Спасибо заранее!",
        None,
        "t2a",
        {"duration": 90, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "ru",
        "Здравствуйте. Веду стримы по выходным, зрителей человек 200. Нужна фоновая "
        "электроника в стиле синтвейв, 6 минут, без вокала.",
        None,
        "t2a",
        {"duration": 360, "lyrics": INST},
    ),
    (
        "ru",
        "Добрый вечер! Друзья женятся 20 июня, нас будет человек 60. Хочу песню на русском, "
        "что-то поп, 2 минуты, вот текст:\n"
        "[Куплет]\nМы встретились весной\nИ стали мы одной судьбой\n"
        "[Припев]\nГорько, горько, за любовь",
        None,
        "t2a",
        {
            "duration": 120,
            "lyrics": "[Куплет]\nМы встретились весной\nИ стали мы одной судьбой\n[Припев]\nГорько, горько, за любовь",
            "vocal_language": "ru",
        },
    ),
    (
        "ru",
        "Спасибо, вышло классно. Но с 0:50 до 1:05 голос хрипит. Перегенерируй только этот "
        "кусок, пожалуйста, остальное не трогай.",
        180,
        "audio_inpaint",
        _win(50, 65),
    ),
    (
        "ru",
        "Последние 30 секунд переделай, концовка совсем не та. Заказчик платит 5000 рублей, хочу, чтобы было идеально.",
        240,
        "audio_inpaint",
        _win(210, 240),
    ),
    (
        "ru",
        "Можно сделать её длиннее, чтобы было ровно 2 минуты? Добавь в конец. Это для 15-го выпуска подкаста.",
        100,
        "audio_outpaint",
        _out(0, 20),
    ),
    (
        "ru",
        "Добавь, пожалуйста, спереди вступление на 10 секунд, чтобы начиналось плавнее. Спасибо, ты лучший!",
        150,
        "audio_outpaint",
        _out(10, 0),
    ),
    (
        "ru",
        "Отлично, берём! Директор одобрил, корпоратив 27 декабря. Сохрани в WAV и сделай "
        "затухание в конце на 8 секунд.",
        200,
        "process_track",
        {"output_format": "wav", "fade_out_s": 8},
    ),
    (
        "ru",
        "Нужно зациклить, чтобы играла по кругу в магазине без паузы. И в mp3, пожалуйста. "
        "Магазин работает с 9 до 21, так что крутиться будет весь день.",
        130,
        "process_track",
        {"loop": True, "output_format": "mp3"},
    ),
    (
        "ru",
        "Можешь свести вокал погромче, а гитару потише? Сейчас голос тонет.",
        180,
        "ask",
        {},
    ),
    (
        "ru",
        "Слушай, в целом норм, жена даже подпевала. Но переделай припев, он скучный.",
        150,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ zh
    (
        "zh",
        "你好！我下个月5号要在婚礼上放一段入场音乐，大概有150位宾客。帮我做一首钢琴曲，纯音乐，两分钟左右，谢谢～",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "zh",
        "老师让我们做一个班级视频，全班42个人。能帮我写首欢快的流行歌吗？用中文唱，一分半钟就行。",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "zh", "tags_has": ["pop"]},
    ),
    (
        "zh",
        "嗨，我晚上要开直播，需要一段古风音乐，古筝为主，不要人声，3分钟。给我出两个版本吧，我挑一下。",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "takes": 2},
    ),
    (
        "zh",
        "上一版好多了，谢谢！不过1:20到1:40那段鼓点有点乱，能只重做这一段吗？",
        200,
        "audio_inpaint",
        _win(80, 100),
    ),
    (
        "zh",
        "结尾最后15秒……不对，最后20秒重新生成一下吧，感觉收得太突然了。其他部分别动。",
        160,
        "audio_inpaint",
        _win(140, 160),
    ),
    (
        "zh",
        "很喜欢！能不能把它延长到3分钟？加在后面就行。店里要放一整天，太短了老是重复。",
        120,
        "audio_outpaint",
        _out(0, 60),
    ),
    (
        "zh",
        "前面加20秒的前奏，后面加10秒的尾奏，可以吗？周六的活动要用，麻烦啦。",
        90,
        "audio_outpaint",
        _out(20, 10),
    ),
    (
        "zh",
        "就这个了。导出成MP3，320kbps，响度-14 LUFS。第37期节目要用。",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "loudness_lufs": -14},
    ),
    (
        "zh",
        "开头3秒是空白，帮我剪掉，再在结尾加个5秒的淡出。谢谢啦",
        100,
        "process_track",
        {"trim_start_s": 3, "fade_out_s": 5},
    ),
    (
        "zh",
        "能把调子降低两个半音吗？我唱不上去，年会还有一周。",
        150,
        "ask",
        {},
    ),
    (
        "zh",
        "这首太好听了，我们公司30多个人年会要唱。帮我把人声和伴奏分开吧，我要做卡拉OK。",
        180,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ ja
    (
        "ja",
        "こんにちは！来月3日に友達の結婚式で余興をやることになりました（参加者は80人くらいです）。"
        "明るいJ-POP風の曲を日本語の歌で、2分くらいでお願いできますか？",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ja"},
    ),
    (
        "ja",
        "お疲れさまです。カフェのBGM用に、ボーカルなしのジャズを4分でお願いします。"
        "開店が10時なので、それまでにあると助かります。",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    (
        "ja",
        "これとは別で、配信のオープニング用にロックな曲を新しく作ってほしいです。30秒で…"
        "あ、やっぱり20秒でお願いします！",
        90,
        "t2a",
        {"duration": 20, "tags_has": ["rock"]},
    ),
    (
        "ja",
        "前回のありがとうございました！ただ、0:30から0:45のところでギターがちょっと変なので、"
        "そこだけ作り直してもらえますか？",
        180,
        "audio_inpaint",
        _win(30, 45),
    ),
    (
        "ja",
        "最後の10秒だけやり直してください。終わり方が唐突すぎて…他はすごく気に入ってます。",
        120,
        "audio_inpaint",
        _win(110, 120),
    ),
    (
        "ja",
        "すごく良いです！動画が3分あるので、後ろに足して3分にしてもらえますか？",
        150,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "ja",
        "頭に15秒のイントロを足してほしいです。文化祭は11月2日で、クラス35人で踊ります！",
        60,
        "audio_outpaint",
        _out(15, 0),
    ),
    (
        "ja",
        "完璧です。WAVで書き出して、最後に5秒のフェードアウトをつけてください。第24話のエンディングに使います。",
        200,
        "process_track",
        {"output_format": "wav", "fade_out_s": 5},
    ),
    (
        "ja",
        "ゲームのタイトル画面で使いたいので、ループできるようにしてもらえますか？OGGでお願いします。",
        90,
        "process_track",
        {"loop": True, "output_format": "ogg"},
    ),
    (
        "ja",
        "ダンス部の発表（部員20人です）で使う予定なんですが、テンポをもう少し速くできますか？"
        "BPM140くらいにしたいです。",
        180,
        "ask",
        {},
    ),
    (
        "ja",
        "昨日のよりずっと良くなりました！ただ、サビだけもう一回作り直してほしいです。"
        "ちょっと盛り上がりが足りなくて。よろしくお願いします。",
        150,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ ko
    (
        "ko",
        "안녕하세요! 다음 주 토요일에 부모님 결혼 30주년 파티가 있어요. 손님은 한 40명 정도요. "
        "잔잔한 어쿠스틱 기타 연주곡으로, 보컬 없이 2분 30초 정도 부탁드려요.",
        None,
        "t2a",
        {"duration": 150, "lyrics": INST},
    ),
    (
        "ko",
        "스트리밍 대기 화면용으로 로파이 음악 하나 만들어 주세요. 10분짜리요. 보컬은 빼고요! "
        "구독자 1000명 기념 방송이에요 ㅎㅎ",
        None,
        "t2a",
        {"duration": 600, "lyrics": INST},
    ),
    (
        "ko",
        "우리 반 학예회(12월 20일)에서 부를 노래가 필요해요. 동요 느낌으로 1분, 가사는 이거예요:\n"
        "[Verse]\n하늘 높이 날아가자\n우리 모두 손을 잡고\n[Chorus]\n랄랄라 노래하자",
        None,
        "t2a",
        {
            "duration": 60,
            "lyrics": "[Verse]\n하늘 높이 날아가자\n우리 모두 손을 잡고\n[Chorus]\n랄랄라 노래하자",
            "vocal_language": "ko",
        },
    ),
    (
        "ko",
        "지난번 거 정말 좋았어요. 근데 1분 40초부터 2분까지 보컬이 좀 어색해요. 그 부분만 다시 만들어 주실 수 있나요?",
        200,
        "audio_inpaint",
        _win(100, 120),
    ),
    (
        "ko",
        "전체적으로 마음에 드는데 처음 5초만 다시 해 주세요. 시작이 너무 밋밋해요.",
        90,
        "audio_inpaint",
        _win(0, 5),
    ),
    (
        "ko",
        "좋아요! 근데 영상이 2분 40초라서 끝부분을 늘려서 그 길이에 맞춰 주세요.",
        120,
        "audio_outpaint",
        _out(0, 40),
    ),
    (
        "ko",
        "앞에 10초, 뒤에 10초씩 더 붙여 주세요. 가게 오픈 이벤트가 3월 2일이라 그 전에 필요해요. 감사합니다~",
        100,
        "audio_outpaint",
        _out(10, 10),
    ),
    (
        "ko",
        "이걸로 할게요. 팟캐스트 23회 오프닝에 쓸 거라서 mp3 256kbps로 뽑아 주시고 라우드니스는 "
        "-16 LUFS로 맞춰 주세요.",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256, "loudness_lufs": -16},
    ),
    (
        "ko",
        "마지막 7초는 잘라 주시고, 시작에 2초 페이드 인 넣어 주세요. 에피소드 8화에 들어갈 거예요.",
        140,
        "process_track",
        {"trim_end_s": 7, "fade_in_s": 2},
    ),
    (
        "ko",
        "이거 제 사운드클라우드에 바로 올려 주실 수 있어요?",
        200,
        "ask",
        {},
    ),
    (
        "ko",
        "안녕하세요~ 아까 만들어 주신 곡 잘 들었어요. 그 곡 브릿지 부분만 바꿔 주세요. 내일 오후 3시 발표라서요!",
        None,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ ar
    (
        "ar",
        "مرحبا! عندي محل عطور صغير في عمّان وأحتاج موسيقى هادئة للخلفية، عزف على العود بدون غناء، "
        "مدتها ثلاث دقائق. شكرا جزيلا!",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["oud"]},
    ),
    (
        "ar",
        "السلام عليكم، ابني عنده حفلة تخرج يوم 15 يونيو وسيحضر حوالي 100 شخص. أريد أغنية فرح "
        "باللغة العربية، مدتها دقيقتان.",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ar"},
    ),
    (
        "ar",
        "هذه لم تعجبني للأسف. اصنع لي مقطوعة جديدة: بيانو حزين، دقيقة ونصف، وأعطني ثلاث نسخ لأختار منها.",
        150,
        "t2a",
        {"duration": 90, "takes": 3, "tags_has": ["piano"]},
    ),
    (
        "ar",
        "شكرا على النسخة الأخيرة! لكن المقطع من 1:00 إلى 1:20 فيه تشويش. ممكن تعيد توليده فقط؟",
        180,
        "audio_inpaint",
        _win(60, 80),
    ),
    (
        "ar",
        "آخر 20 ثانية ليست جيدة، النهاية مفاجئة. أعد صنعها من فضلك واترك الباقي كما هو.",
        120,
        "audio_inpaint",
        _win(100, 120),
    ),
    (
        "ar",
        "رائعة! أريدها أن تصبح دقيقتين، أضف في النهاية. الفيديو لعرس أختي الأسبوع القادم.",
        90,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "ar",
        "أضف 15 ثانية في البداية كمقدمة هادئة، الحلقة 40 من البودكاست تحتاجها.",
        150,
        "audio_outpaint",
        _out(15, 0),
    ),
    (
        "ar",
        "ممتازة، هذه أفضل من المحاولات الثلاث السابقة. صدّرها بصيغة WAV مع تلاشٍ في النهاية لمدة 6 ثوانٍ.",
        200,
        "process_track",
        {"output_format": "wav", "fade_out_s": 6},
    ),
    (
        "ar",
        "اجعلها تتكرر بشكل متواصل بدون انقطاع، أحتاجها للعبة التي أبرمجها منذ سنتين.",
        60,
        "process_track",
        {"loop": True},
    ),
    (
        "ar",
        "الأغنية حلوة والجميع أعجبتهم في البروفة. هل يمكنك رفع صوت المغني وتخفيف الإيقاع في المكس؟",
        180,
        "ask",
        {},
    ),
    (
        "ar",
        "جميلة جدا، لكن ارفع الطبقة قليلا من فضلك، فهي منخفضة على صوتي.",
        150,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ hi
    (
        "hi",
        "नमस्ते! मेरी बहन की शादी 25 नवंबर को है, करीब 200 मेहमान आएंगे। बारात के लिए शहनाई वाली "
        "एक धुन चाहिए, बिना गाने के, 2 मिनट की। धन्यवाद!",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "hi",
        "भाई, मेरे यूट्यूब चैनल के लिए एक बॉलीवुड स्टाइल गाना बना दो, हिंदी में, 3 मिनट का। एपिसोड 50 स्पेशल है!",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "hi"},
    ),
    (
        "hi",
        "सुबह की योगा क्लास के लिए बांसुरी की शांत धुन चाहिए, 5 मिनट… नहीं, 4 मिनट ही ठीक रहेगा।",
        None,
        "t2a",
        {"duration": 240},
    ),
    (
        "hi",
        "पिछला वाला बहुत अच्छा था, बस 0:40 से 1:00 तक का हिस्सा थोड़ा बेसुरा है। सिर्फ वही दोबारा बना दो।",
        180,
        "audio_inpaint",
        _win(40, 60),
    ),
    (
        "hi",
        "आखिरी 10 सेकंड फिर से बनाओ, अंत अच्छा नहीं लगा। बाकी सब बढ़िया है।",
        150,
        "audio_inpaint",
        _win(140, 150),
    ),
    (
        "hi",
        "बहुत बढ़िया! इसे 3 मिनट का कर दो, आखिर में जोड़ दो। दुकान में पूरे दिन चलेगा।",
        120,
        "audio_outpaint",
        _out(0, 60),
    ),
    (
        "hi",
        "शुरुआत में 10 सेकंड का इंट्रो जोड़ दो, प्लीज़। कॉलेज फेस्ट 14 तारीख को है।",
        90,
        "audio_outpaint",
        _out(10, 0),
    ),
    (
        "hi",
        "यही फाइनल है, क्लाइंट ने 5000 रुपये दिए हैं तो क्वालिटी अच्छी चाहिए। MP3 में 320 kbps पर दे दो।",
        200,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    (
        "hi",
        "शुरू के 2 सेकंड काट दो, वहाँ थोड़ी खामोशी है, और अंत में 4 सेकंड का फेड आउट लगा दो। इसे एपिसोड 12 में डालना है।",
        100,
        "process_track",
        {"trim_start_s": 2, "fade_out_s": 4},
    ),
    (
        "hi",
        "इसका स्केल थोड़ा नीचे कर सकते हो? मेरी आवाज़ में फिट नहीं हो रहा।",
        180,
        "ask",
        {},
    ),
    (
        "hi",
        "गाना बढ़िया बना है यार! इसमें से वोकल्स अलग निकाल दो, बस म्यूज़िक चाहिए, सोसाइटी के फंक्शन में बच्चे खुद गाएंगे।",
        150,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ ca
    (
        "ca",
        "Bon dia! El 23 d'abril fem Sant Jordi a l'escola i necessito una cançó infantil en "
        "català, d'un minut, per als 25 nens de P5. Moltes gràcies!",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "ca"},
    ),
    (
        "ca",
        "Bon dia de nou! L'hem escoltat amb la meva parella i ens agrada molt, però hi ha un "
        "tros que grinyola: comença al segon 30 i dura 15 segons. El pots tornar a fer? Només "
        "aquest tros, la resta és perfecta.",
        150,
        "audio_inpaint",
        _win(30, 45),
    ),
    (
        "ca",
        "Perfecta, aquesta és la bona, la posarem al casament de la Marta i en Jordi el 6 de "
        "juliol. Me la passes en FLAC i amb un fos de sortida de 5 segons?",
        200,
        "process_track",
        {"output_format": "flac", "fade_out_s": 5},
    ),
    (
        "ca",
        "M'encanta! Allarga-la 45 segons pel final, que el vídeo de la botiga és més llarg. "
        "Inaugurem dissabte a les 11.",
        60,
        "audio_outpaint",
        _out(0, 45),
    ),
    (
        "ca",
        "Ei, per al meu stream de dissabte (farem una marató de 12 hores!) vull una peça "
        "electrònica instrumental de 8 minuts.",
        None,
        "t2a",
        {"duration": 480, "lyrics": INST, "tags_has": ["electronic"]},
    ),
    # ------------------------------------------------------------------ cs
    (
        "cs",
        "Ahoj! Ségra má 14. února svatbu, bude nás asi 70. Můžeš mi udělat romantickou "
        "klavírní skladbu bez zpěvu, tak 2 minuty? Díky moc!",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "cs",
        "Čau, poslouchal jsem to cestou z práce dvakrát po sobě. První půlka je skvělá, ale "
        "celá druhá polovina se mi nelíbí, zní to jak z jiné písničky. Můžeš přegenerovat jen "
        "tu druhou polovinu?",
        180,
        "audio_inpaint",
        _win(90, 180),
    ),
    (
        "cs",
        "Super, tohle beru. Exportuj to prosím do MP3 a srovnej hlasitost na -14 LUFS. Jde to "
        "do 5. dílu našeho podcastu.",
        120,
        "process_track",
        {"output_format": "mp3", "loudness_lufs": -14},
    ),
    (
        "cs",
        "Šlo by to zrychlit tak o 10 BPM? Na tanečních to bude lepší. Díky.",
        150,
        "ask",
        {},
    ),
    (
        "cs",
        "Ještě jedna věc, promiň, že otravuju: na plese 21. ledna s tím budeme nastupovat, "
        "takže to potřebuje delší začátek. Přidej na začátek 20 sekund, ať to má pořádné intro.",
        100,
        "audio_outpaint",
        _out(20, 0),
    ),
    # ------------------------------------------------------------------ da
    (
        "da",
        "Hej! Jeg har en lille café i Aarhus, og vi åbner igen den 1. marts. Kan du lave noget "
        "rolig jazz uden vokal, ca. 3 minutter? Tak!",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    (
        "da",
        "De sidste 15 sekunder lyder lidt rodet. Kan du lave dem om? Resten er perfekt, min "
        "kæreste var helt vild med den.",
        200,
        "audio_inpaint",
        _win(185, 200),
    ),
    (
        "da",
        "Tak, den er rigtig god, og de 49 kr. om måneden er det hele værd 😄 Kan du give mig "
        "den som WAV med 3 sekunders fade-in? Den skal bruges til vores juleshow den 13. december.",
        150,
        "process_track",
        {"output_format": "wav", "fade_in_s": 3},
    ),
    (
        "da",
        "Kan du gøre den 2 og et halvt minut lang ved at tilføje i slutningen? Det er til afsnit 9 af min podcast.",
        120,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "da",
        "Godmorgen! Min mor har hørt den sang, du lavede til mig i går, og hun synes, "
        "omkvædet er for langsomt. Kan du lave omkvædet om?",
        None,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ nl
    (
        "nl",
        "Hoi! Mijn oma wordt 85 op 3 mei en we maken een filmpje met de hele familie (zo'n 30 "
        "man). Kun je een vrolijk liedje maken in het Nederlands van ongeveer anderhalve minuut?",
        None,
        "t2a",
        {"duration": 90, "vocal_language": "nl"},
    ),
    (
        "nl",
        "Bedankt, die laatste was echt top. Alleen van 0:20 tot 0:35 klinkt de zang raar. Kun "
        "je alleen dat stukje opnieuw doen?",
        160,
        "audio_inpaint",
        _win(20, 35),
    ),
    (
        "nl",
        "Deze is het! Mijn collega's op kantoor (we zijn met z'n twaalven) zijn het er "
        "allemaal over eens. Graag als mp3 op 192 kbps en knip de laatste 3 seconden eraf, "
        "daar zit een tikje in.",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 192, "trim_end_s": 3},
    ),
    (
        "nl",
        "Laat deze maar zitten. Maak een nieuwe: reggae, instrumentaal, een minuut, en doe er meteen twee versies van.",
        90,
        "t2a",
        {"duration": 60, "lyrics": INST, "takes": 2, "tags_has": ["reggae"]},
    ),
    (
        "nl",
        "Kun je hem verlengen tot 3 minuten? Aan het eind erbij graag. De bruiloft is pas in "
        "september, dus geen haast.",
        150,
        "audio_outpaint",
        _out(0, 30),
    ),
    # ------------------------------------------------------------------ no
    (
        "no",
        "Hei! Jeg skal ha 17. mai-feiring for klassen min (22 elever) og trenger en glad sang "
        "på norsk, cirka to minutter. Tusen takk!",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "no"},
    ),
    (
        "no",
        "Takk for sist! Ungene i klassen digget den, men starten er litt kjedelig. Kan du lage "
        "det første halve minuttet på nytt og la resten være?",
        120,
        "audio_inpaint",
        _win(0, 30),
    ),
    (
        "no",
        "Den er perfekt, rektor ble helt rørt på generalprøven i går. Kan jeg få den som FLAC med 4 sekunder fade-out?",
        200,
        "process_track",
        {"output_format": "flac", "fade_out_s": 4},
    ),
    (
        "no",
        "Kan du mikse vokalen litt lenger frem? Den drukner litt i gitarene.",
        180,
        "ask",
        {},
    ),
    (
        "no",
        "Til strømmen min på lørdag trenger jeg en synthwave-låt uten vokal på 5 minutter. Glemte å si: ingen trommer!",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["synthwave"], "tags_lacks": ["drums"]},
    ),
    # ------------------------------------------------------------------ pl
    (
        "pl",
        "Cześć! Robię prezentację na zajęcia z historii (grupa 18 osób, termin 12 stycznia) i "
        "potrzebuję podkładu: orkiestrowa, epicka muzyka bez wokalu, 2 minuty. Dzięki!",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "pl",
        "Ostatnia wersja super, dzięki! Ale od 2:00 do 2:20 perkusja się sypie. Możesz przerobić tylko ten fragment?",
        210,
        "audio_inpaint",
        _win(120, 140),
    ),
    (
        "pl",
        "Dobra, biorę tę. Wrzucę ją do 14. odcinka podcastu, więc daj mi to w WAV, "
        "znormalizowane do -16 LUFS. A nie, jednak -14, tak jak poprzednie odcinki.",
        160,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    (
        "pl",
        "Wydłuż ją do 2 minut, dodaj na końcu. To na wesele kuzyna 24 sierpnia, będzie 150 osób.",
        90,
        "audio_outpaint",
        _out(0, 30),
    ),
    (
        "pl",
        "Dodaj 10 sekund na początku i 20 na końcu, proszę. Sorki, że tak marudzę.",
        60,
        "audio_outpaint",
        _out(10, 20),
    ),
    # ------------------------------------------------------------------ ro
    (
        "ro",
        "Bună! Am o florărie în Cluj și vreau muzică de fundal, ceva cu chitară acustică, fără "
        "voce, cam 4 minute. Mersi mult!",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST},
    ),
    (
        "ro",
        "Salut din nou! Am pus-o azi în florărie și doi clienți au întrebat ce melodie e, deci "
        "e bine 😊 Doar că de la 2:30 până la final sună prea brusc. Poți să refaci doar "
        "bucata asta?",
        180,
        "audio_inpaint",
        _win(150, 180),
    ),
    (
        "ro",
        "E perfectă, chiar mai bună decât prima! Poți s-o faci să meargă în buclă, fără pauză? "
        "O las să cânte toată ziua, de la 8 la 20. Și în mp3, te rog.",
        100,
        "process_track",
        {"loop": True, "output_format": "mp3"},
    ),
    (
        "ro",
        "Poți să scoți vocea și să-mi lași doar instrumentalul? Vreau s-o cânt eu la serbarea din 1 iunie.",
        180,
        "ask",
        {},
    ),
    (
        "ro",
        "Pentru nunta din 7 septembrie (150 de invitați!) vreau o piesă pop de dans, 3 "
        "minute... de fapt fă-o de 2 minute, nu de 3.",
        None,
        "t2a",
        {"duration": 120, "tags_has": ["pop"]},
    ),
    # ------------------------------------------------------------------ sv
    (
        "sv",
        "Hej! Jag håller i ett spinningpass på onsdag, 20 deltagare. Kan du göra en technolåt "
        "utan sång på 6 minuter? Tack!",
        None,
        "t2a",
        {"duration": 360, "lyrics": INST, "tags_has": ["techno"]},
    ),
    (
        "sv",
        "Tack för senaste versionen! Mellan 1:00 och 1:10 blir det ett konstigt hack. Kan du göra om bara den biten?",
        180,
        "audio_inpaint",
        _win(60, 70),
    ),
    (
        "sv",
        "Den är klockren, mycket bättre än förra försöket där basen lät som en tvättmaskin. "
        "Exportera som mp3 320 kbps och lägg på en fade-out på 5 sekunder.",
        140,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320, "fade_out_s": 5},
    ),
    (
        "sv",
        "Vad bra den blev! Min kollega tyckte dock att den drar igång för snabbt. Kan du "
        "lägga till 30 sekunder i början? Vi behöver ett längre intro till avsnitt 31.",
        120,
        "audio_outpaint",
        _out(30, 0),
    ),
    (
        "sv",
        "Hej igen! Kören (vi är 24 stycken) har övat på den hela veckan men sopranerna klagar. "
        "Kan du höja tonarten ett halvt steg?",
        200,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ tr
    (
        "tr",
        "Merhaba! Kuzenimin düğünü 5 Ekim'de, 300 kişi gelecek. Türkçe sözlü, neşeli bir pop "
        "şarkı yapar mısın, 3 dakikalık? Çok teşekkürler!",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "tr", "tags_has": ["pop"]},
    ),
    (
        "tr",
        "Son versiyon çok iyi olmuş, sağ ol. Sadece 1:30 ile 1:45 arası biraz bozuk, orayı yeniden yapabilir misin?",
        200,
        "audio_inpaint",
        _win(90, 105),
    ),
    (
        "tr",
        "Tamamdır, bunu alıyorum, annem de çok beğendi. WAV olarak ver, başına 2 saniye fade "
        "in ekle. Bir de 4. bölümün sonunda kullanacağım, onu da söyleyeyim.",
        150,
        "process_track",
        {"output_format": "wav", "fade_in_s": 2},
    ),
    (
        "tr",
        "Abi eline sağlık, kafede herkes soruyor ne çalıyor diye. Bunu 2 dakikaya çıkarabilir "
        "misin? Sonuna ekle yeter.",
        100,
        "audio_outpaint",
        _out(0, 20),
    ),
    (
        "tr",
        "Yayın açılışı için 20 saniyelik bir rock jingle lazım. Üç tane yap, en iyisini seçeceğim.",
        None,
        "t2a",
        {"duration": 20, "takes": 3, "tags_has": ["rock"]},
    ),
    # ------------------------------------------------------------------ uk
    (
        "uk",
        "Привіт! У нас у школі 25 травня останній дзвоник, випускників 60. Потрібна ніжна "
        "пісня українською, хвилини на дві. Дякую!",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "uk"},
    ),
    (
        "uk",
        "Дякую за останню версію! Тільки з 0:45 до 1:00 голос якийсь дивний. Переробиш лише цей шматок?",
        150,
        "audio_inpaint",
        _win(45, 60),
    ),
    (
        "uk",
        "Супер, беру! Це піде в 3-й випуск нашого подкасту, слухачів поки 150, але ростемо 😄 "
        "Зроби мені mp3 і гучність -14 LUFS.",
        180,
        "process_track",
        {"output_format": "mp3", "loudness_lufs": -14},
    ),
    (
        "uk",
        "Привіт! Пам'ятаєш трек, який ти зробив мені минулого тижня для кав'ярні? Подовж його "
        "ще на хвилину, будь ласка.",
        None,
        "ask",
        {},
    ),
    (
        "uk",
        "Додай на початок 15 секунд і в кінець 15. Це для відео на 2 хвилини 30.",
        120,
        "audio_outpaint",
        _out(15, 15),
    ),
    # ------------------------------------------------------------------ id
    (
        "id",
        "Halo kak! Aku lagi nyiapin acara ulang tahun kantor tanggal 17, pesertanya sekitar "
        "50 orang. Bikinin lagu dangdut yang ceria dong, pakai bahasa Indonesia, 2 menit. Makasih!",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "id", "tags_has": ["dangdut"]},
    ),
    (
        "id",
        "Kak, yang terakhir udah bagus banget, bos aku juga suka. Cuma 10 detik terakhir agak "
        "aneh, kayak kepotong. Bisa diulang bagian itu aja?",
        120,
        "audio_inpaint",
        _win(110, 120),
    ),
    (
        "id",
        "Oke, ini udah pas. Tolong export ke mp3 ya, sama fade out 5 detik. Mau aku pakai buat "
        "video promo toko, diskon 50% mulai tanggal 10!",
        200,
        "process_track",
        {"output_format": "mp3", "fade_out_s": 5},
    ),
    (
        "id",
        "Buat backsound live streaming aku, bikin musik gamelan tanpa vokal, 5 menit ya.",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["gamelan"]},
    ),
    (
        "id",
        "Bisa tolong naikin tempo lagunya sedikit? Buat senam pagi jadi kurang semangat.",
        150,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ fi
    (
        "fi",
        "Moi! Meidän kuoro (16 laulajaa) esiintyy itsenäisyyspäivänä 6.12., ja tarvitsisin "
        "alkusoiton: pianoa, ei laulua, noin kaksi minuuttia. Kiitos!",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "fi",
        "Kiitti viimeisestä! Kohdassa 2:00–2:15 rummut menee sekaisin, voitko tehdä vain sen pätkän uudestaan?",
        180,
        "audio_inpaint",
        _win(120, 135),
    ),
    (
        "fi",
        "Tää on hyvä! Teen pientä peliä kaverin kanssa, ja tää tulee kakkoskentän taustalle. "
        "Saisinko sen WAVina ja niin, että se looppaa saumattomasti?",
        150,
        "process_track",
        {"output_format": "wav", "loop": True},
    ),
    (
        "fi",
        "Kiitos, tosi kiva! Se on vaan liian lyhyt häävideoon. Voitko tuplata sen pituuden lisäämällä loppuun?",
        90,
        "audio_outpaint",
        _out(0, 90),
    ),
    (
        "fi",
        "Moikka taas! Bändi kuunteli tän treeneissä eilen ja kaikki tykkäs, mutta basso "
        "jyrää liikaa. Voisitko masteroida tän ja säätää vähän EQ:ta bassoon?",
        200,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ hu
    (
        "hu",
        "Szia! Van egy kis pékségem Szegeden, és háttérzenét keresek: könnyed swing, ének nélkül, kb. 3 perc. Köszi!",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["swing"]},
    ),
    (
        "hu",
        "Az utolsó verzió tök jó lett, csak 1:10 és 1:20 között recseg. Azt a részt újra tudnád csinálni?",
        160,
        "audio_inpaint",
        _win(70, 80),
    ),
    (
        "hu",
        "Ez az! A vevők már kérdezték, mi szól a boltban 😄 Kérlek, vágd le az utolsó 4 "
        "másodpercet, mert ott van egy kis zaj, és exportáld FLAC-ba.",
        120,
        "process_track",
        {"trim_end_s": 4, "output_format": "flac"},
    ),
    (
        "hu",
        "Szia, a lányom ballagására kéne egy dal magyarul, 1 perc, ezzel a szöveggel:\n"
        "[Verse]\nElmúlt a nyár, elmúlt a tél\nAz iskola most búcsút kér",
        None,
        "t2a",
        {
            "duration": 60,
            "lyrics": "[Verse]\nElmúlt a nyár, elmúlt a tél\nAz iskola most búcsút kér",
            "vocal_language": "hu",
        },
    ),
    (
        "hu",
        "Még egy kérés, bocs: a ballagáson 80 diák vonul be rá, és túl hamar indul. Tegyél az "
        "elejére még 10 másodpercet, egy lassú felvezetést.",
        150,
        "audio_outpaint",
        _out(10, 0),
    ),
    # ------------------------------------------------------------------ el
    (
        "el",
        "Γεια σου! Έχω ένα ταβερνάκι στη Νάξο και θέλω μουσική για το μαγαζί: μπουζούκι, "
        "χωρίς φωνή, γύρω στα 3 λεπτά. Ευχαριστώ πολύ!",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["bouzouki"]},
    ),
    (
        "el",
        "Ευχαριστώ για την τελευταία! Από το 1:40 ως το 1:55 κάτι δεν πάει καλά με τα τύμπανα. "
        "Μπορείς να ξαναφτιάξεις μόνο αυτό;",
        200,
        "audio_inpaint",
        _win(100, 115),
    ),
    (
        "el",
        "Τέλειο, ακριβώς αυτό ήθελα για το επεισόδιο 5 του podcast. Βγάλ' το σε mp3 στα 256 kbps, σε παρακαλώ.",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 256},
    ),
    (
        "el",
        "Μου αρέσει πολύ! Το βίντεο της βάφτισης όμως κρατάει περισσότερο. Μπορείς να το "
        "κάνεις 2 λεπτά και 40 δευτερόλεπτα; Πρόσθεσε στο τέλος.",
        120,
        "audio_outpaint",
        _out(0, 40),
    ),
    (
        "el",
        "Καλό είναι γενικά, αλλά ξαναφτιάξε μου το ρεφρέν, είναι λίγο βαρετό. Ευχαριστώ!",
        150,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ he
    (
        "he",
        "היי! הבת שלי חוגגת בת מצווה ב-12 ביוני, יהיו בערך 120 אורחים. תוכל להכין שיר שמח בעברית, 2 דקות? תודה רבה!",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "he"},
    ),
    (
        "he",
        "תודה על הגרסה האחרונה, הרבה יותר טובה מהקודמת! רק 10 השניות הראשונות לא עובדות לי, אפשר לייצר אותן מחדש?",
        150,
        "audio_inpaint",
        _win(0, 10),
    ),
    (
        "he",
        "מושלם, אשתי אמרה שזה הכי יפה ששמעה השבוע. תייצא לי את זה ל-WAV עם פייד אאוט של 6 שניות.",
        200,
        "process_track",
        {"output_format": "wav", "fade_out_s": 6},
    ),
    (
        "he",
        "אהלן! ביום חמישי יש לי סטרים של 4 שעות עם בערך 300 צופים, ואני צריך מוזיקת רקע "
        "אלקטרונית בלי שירה, 7 דקות. תודה אחי!",
        None,
        "t2a",
        {"duration": 420, "lyrics": INST, "tags_has": ["electronic"]},
    ),
    (
        "he",
        "מעולה, תעלה את זה ישר לחשבון הספוטיפיי שלי? האלבום יוצא ב-1 בספטמבר.",
        180,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ vi
    (
        "vi",
        "Chào bạn! Mình mở quán cà phê ở Đà Lạt, khai trương ngày 20 tháng này. Bạn làm giúp "
        "mình một bản nhạc acoustic không lời, khoảng 3 phút nhé. Cảm ơn nhiều!",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["acoustic"]},
    ),
    (
        "vi",
        "Bản vừa rồi hay lắm, chỉ có đoạn từ 1:00 đến 1:15 hơi rè. Bạn làm lại riêng đoạn đó được không?",
        180,
        "audio_inpaint",
        _win(60, 75),
    ),
    (
        "vi",
        "Ok bản này được rồi, cả nhóm 6 đứa đều thích. Xuất ra mp3 giúp mình, thêm fade in 3 giây nhé.",
        150,
        "process_track",
        {"output_format": "mp3", "fade_in_s": 3},
    ),
    (
        "vi",
        "Bạn kéo dài thêm 25 giây ở cuối giúp mình nhé, video đám cưới dài hơn.",
        90,
        "audio_outpaint",
        _out(0, 25),
    ),
    (
        "vi",
        "Bài này hay ghê! Bạn tách giọng hát ra khỏi nhạc được không? Mình muốn hát karaoke trong tiệc tất niên.",
        200,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ az
    (
        "az",
        "Salam! Bacımın toyu 10 iyunda olacaq, təxminən 200 qonaq gələcək. Mənə tarda çalınan "
        "instrumental bir musiqi düzəldə bilərsən, 2 dəqiqəlik? Çox sağ ol!",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "az",
        "Son versiya əla alınıb, təşəkkürlər! Sadəcə 0:50-dən 1:05-ə qədər olan hissəni "
        "yenidən düzəlt, orada səs qırılır. Qalanına toxunma.",
        150,
        "audio_inpaint",
        _win(50, 65),
    ),
    (
        "az",
        "Bu olsun, müştəri də bəyəndi. Mp3 formatında ver, sonunda 5 saniyəlik fade out olsun.",
        180,
        "process_track",
        {"output_format": "mp3", "fade_out_s": 5},
    ),
    (
        "az",
        "Bunu 2 dəqiqəyə çatdıra bilərsən? Sonuna əlavə et. Videonun 3-cü hissəsi üçündür.",
        75,
        "audio_outpaint",
        _out(0, 45),
    ),
    # ------------------------------------------------------------------ bg
    (
        "bg",
        "Здрасти! Имам малка книжарница в Пловдив и ми трябва спокойна музика за фон – пиано, "
        "без вокали, около 3 минути. Благодаря предварително!",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "bg",
        "Последните 20 секунди не ми харесват, краят е много рязък. Можеш ли да ги направиш "
        "отново? Иначе е страхотна, колегите я пускат всеки ден.",
        200,
        "audio_inpaint",
        _win(180, 200),
    ),
    (
        "bg",
        "Супер е! Дай ми я в WAV и нормализирай до -14 LUFS, моля.",
        120,
        "process_track",
        {"output_format": "wav", "loudness_lufs": -14},
    ),
    (
        "bg",
        "Можеш ли да я вдигнеш с един тон по-високо? Дъщеря ми ще я пее на концерта на 15-ти.",
        150,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ bn
    (
        "bn",
        "নমস্কার! পয়লা বৈশাখে আমাদের পাড়ার অনুষ্ঠানে প্রায় ১০০ জন আসবে। একটা বাংলা গান বানিয়ে দিতে পারবেন, ২ মিনিটের? অনেক ধন্যবাদ!",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "bn"},
    ),
    (
        "bn",
        "আগেরটা দারুণ হয়েছে, শুধু 1:00 থেকে 1:20 পর্যন্ত অংশটা একটু বেসুরো লাগছে। শুধু ওইটুকু আবার বানিয়ে দিন।",
        180,
        "audio_inpaint",
        _win(60, 80),
    ),
    (
        "bn",
        "এটাই ফাইনাল। MP3 ফরম্যাটে দিন, শুরুতে ৩ সেকেন্ডের ফেড ইন দিয়ে।",
        150,
        "process_track",
        {"output_format": "mp3", "fade_in_s": 3},
    ),
    (
        "bn",
        "আমার ইউটিউব চ্যানেলের ৫০তম পর্বের জন্য সেতারে একটা শান্ত ইনস্ট্রুমেন্টাল বানান, গান ছাড়া, ৩ মিনিট।",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["sitar"]},
    ),
    # ------------------------------------------------------------------ fa
    (
        "fa",
        "سلام! برای جشن نوروز مدرسه‌مون (حدود ۸۰ تا بچه) یه آهنگ شاد فارسی می‌خوام، دو دقیقه‌ای. خیلی ممنون میشم!",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "fa"},
    ),
    (
        "fa",
        "دستت درد نکنه، نسخه آخر خیلی بهتر شد. فقط از 1:10 تا 1:25 یه کم خرابه، میشه فقط همون تیکه رو دوباره بسازی؟",
        160,
        "audio_inpaint",
        _win(70, 85),
    ),
    (
        "fa",
        "همینه. با فرمت WAV بده و آخرش ۶ ثانیه فید اوت بذار.",
        200,
        "process_track",
        {"output_format": "wav", "fade_out_s": 6},
    ),
    (
        "fa",
        "میشه ۲۰ ثانیه به اولش اضافه کنی؟ یه مقدمه آروم، برای قسمت ۱۲ پادکستم.",
        120,
        "audio_outpaint",
        _out(20, 0),
    ),
    # ------------------------------------------------------------------ hr
    (
        "hr",
        "Bok! Imam mali kafić na Hvaru i trebala bi mi opuštena glazba za terasu, gitara i bez "
        "vokala, oko 4 minute. Hvala ti puno!",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST},
    ),
    (
        "hr",
        "Hvala za zadnju verziju! Samo dio od 2:00 do 2:10 zvuči čudno, možeš li to ponovno napraviti?",
        180,
        "audio_inpaint",
        _win(120, 130),
    ),
    (
        "hr",
        "To je to. Možeš mi to dati u mp3 od 320 kbps? Ide na web shop, 49 kuna po komadu haha.",
        140,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    (
        "hr",
        "Ova mi se ipak ne sviđa. Napravi mi novu, veselu, s tamburicama, minutu i pol.",
        100,
        "t2a",
        {"duration": 90},
    ),
    # ------------------------------------------------------------------ ht
    (
        "ht",
        "Bonjou! Legliz nou an ap fè yon fèt 12 desanm, ap gen anviwon 150 moun. Èske w ka fè "
        "yon chante konpa an kreyòl, 3 minit? Mèsi anpil!",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "ht"},
    ),
    (
        "ht",
        "Refè dènye 20 segonn mizik ou te fè pou mwen yè a, tanpri.",
        None,
        "ask",
        {},
    ),
    (
        "ht",
        "Li bon konsa. Ban m li an mp3, epi mete yon fade out 5 segonn.",
        150,
        "process_track",
        {"output_format": "mp3", "fade_out_s": 5},
    ),
    (
        "ht",
        "Ajoute 40 segonn nan fen an, videyo a pi long. Mèsi, Bondye beni w!",
        60,
        "audio_outpaint",
        _out(0, 40),
    ),
    # ------------------------------------------------------------------ is
    (
        "is",
        "Hæ! Ég er að undirbúa þorrablót 2. febrúar, svona 60 manns. Geturðu gert rólegt lag á "
        "píanó, án söngs, um tvær mínútur? Takk kærlega!",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "is",
        "Takk fyrir síðustu útgáfu! Fyrstu 15 sekúndurnar eru samt of tómar, geturðu gert þær aftur?",
        120,
        "audio_inpaint",
        _win(0, 15),
    ),
    (
        "is",
        "Fullkomið, amma á eftir að gráta. Sendu mér þetta sem FLAC, takk.",
        180,
        "process_track",
        {"output_format": "flac"},
    ),
    (
        "is",
        "Hæ aftur! Geturðu gert þrjú ólík lög fyrir brúðkaupið: eitt fyrir innganginn, eitt "
        "fyrir fyrsta dansinn og eitt fyrir kökuna?",
        None,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ la
    (
        "la",
        "Salve! Magister noster carmen pro discipulis (sunt viginti quinque) desiderat. Fac, "
        "quaeso, carmen Latine cantatum, duorum minutorum. Gratias tibi ago!",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "la"},
    ),
    (
        "la",
        "Gratias pro ultima versione! Sed decem secundas ultimas iterum fac, quaeso; finis nimis abruptus est.",
        150,
        "audio_inpaint",
        _win(140, 150),
    ),
    (
        "la",
        "Optime. Da mihi hoc in forma mp3, et sonum per quinque secundas extremas paulatim evanescere fac.",
        180,
        "process_track",
        {"output_format": "mp3", "fade_out_s": 5},
    ),
    (
        "la",
        "Pro ludo meo computatorio musicam sine voce volo, organo sonante, trium minutorum.",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["organ"]},
    ),
    # ------------------------------------------------------------------ lt
    (
        "lt",
        "Labas! Rugsėjo 1-ąją mūsų mokykloje šventė, bus apie 300 žmonių. Gal galėtum sukurti "
        "linksmą dainą lietuviškai, 2 minučių? Ačiū labai!",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "lt"},
    ),
    (
        "lt",
        "Ačiū už paskutinę versiją! Tik nuo 1:20 iki 1:35 būgnai keistai skamba, gal gali perdaryti tik tą vietą?",
        200,
        "audio_inpaint",
        _win(80, 95),
    ),
    (
        "lt",
        "Puiku. Atiduok WAV formatu ir nukirpk pirmas 2 sekundes.",
        150,
        "process_track",
        {"output_format": "wav", "trim_start_s": 2},
    ),
    (
        "lt",
        "Prailgink iki 2 minučių, pridėk pabaigoje. Tai 7-ajai vlogo serijai.",
        100,
        "audio_outpaint",
        _out(0, 20),
    ),
    # ------------------------------------------------------------------ ms
    (
        "ms",
        "Assalamualaikum! Saya nak buat video untuk majlis hari raya pejabat, dalam 40 orang. "
        "Boleh buatkan lagu raya yang ceria dalam bahasa Melayu, 2 minit? Terima kasih!",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ms"},
    ),
    (
        "ms",
        "Terima kasih untuk versi tadi! Cuma bahagian 0:30 hingga 0:50 tu bunyi pelik sikit. "
        "Boleh buat semula bahagian tu saja?",
        180,
        "audio_inpaint",
        _win(30, 50),
    ),
    (
        "ms",
        "Ok, yang ni dah cun. Tolong export jadi mp3 dan buat dia loop tanpa putus.",
        120,
        "process_track",
        {"output_format": "mp3", "loop": True},
    ),
    (
        "ms",
        "Untuk kedai saya, tolong buat muzik latar jazz tanpa vokal, 5 minit.",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    # ------------------------------------------------------------------ ne
    (
        "ne",
        "नमस्ते! दशैंमा हाम्रो परिवारको भेला हुँदैछ, करिब ५० जना। एउटा रमाइलो नेपाली गीत बनाइदिनुहोस् न, २ मिनेटको। धन्यवाद!",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "ne"},
    ),
    (
        "ne",
        "अघिल्लो राम्रो बन्यो, आमालाई पनि मन पर्‍यो। तर अन्तिम १० सेकेन्ड अलि अचानक सकियो, त्यति मात्र फेरि बनाइदिनुहोस्।",
        150,
        "audio_inpaint",
        _win(140, 150),
    ),
    (
        "ne",
        "हाम्रो नाच टोलीमा १२ जना छौं, यो गीत अलि ढिलो भयो। यसको टेम्पो अलि छिटो बनाइदिन मिल्छ?",
        180,
        "ask",
        {},
    ),
    (
        "ne",
        "यसलाई २ मिनेट पुर्‍याइदिनुहोस्, अन्त्यमा थपेर।",
        100,
        "audio_outpaint",
        _out(0, 20),
    ),
    # ------------------------------------------------------------------ pa
    (
        "pa",
        "ਸਤ ਸ੍ਰੀ ਅਕਾਲ! ਮੇਰੇ ਵੀਰ ਦਾ ਵਿਆਹ 20 ਫ਼ਰਵਰੀ ਨੂੰ ਹੈ, 300 ਬੰਦੇ ਆਉਣਗੇ। ਇੱਕ ਭੰਗੜਾ ਗੀਤ ਪੰਜਾਬੀ ਵਿੱਚ ਬਣਾ ਦਿਓ, 3 ਮਿੰਟ ਦਾ। ਧੰਨਵਾਦ ਜੀ!",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "pa", "tags_has": ["bhangra"]},
    ),
    (
        "pa",
        "ਪਿਛਲਾ ਵਧੀਆ ਸੀ ਜੀ, ਬਸ 1:00 ਤੋਂ 1:15 ਤੱਕ ਢੋਲ ਗੜਬੜ ਹੈ। ਸਿਰਫ਼ ਉਹੀ ਹਿੱਸਾ ਦੁਬਾਰਾ ਬਣਾ ਦਿਓ।",
        200,
        "audio_inpaint",
        _win(60, 75),
    ),
    (
        "pa",
        "ਇਹੀ ਠੀਕ ਹੈ ਜੀ, ਘਰਦਿਆਂ ਨੂੰ ਵੀ ਪਸੰਦ ਆਇਆ। MP3 ਵਿੱਚ ਦੇ ਦਿਓ, 320 kbps।",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    (
        "pa",
        "ਗੁਰਪੁਰਬ ਲਈ ਹਾਰਮੋਨੀਅਮ ਦੀ ਇੱਕ ਸ਼ਾਂਤ ਧੁਨ ਚਾਹੀਦੀ ਹੈ, ਬਿਨਾਂ ਬੋਲਾਂ ਦੇ, 2 ਮਿੰਟ।",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["harmonium"]},
    ),
    # ------------------------------------------------------------------ sa
    (
        "sa",
        "नमो नमः! अस्माकं विद्यालये वार्षिकोत्सवः भविष्यति, तत्र शतं छात्राः भविष्यन्ति। कृपया संस्कृतभाषायां एकं गीतं रचयतु। धन्यवादः!",
        None,
        "t2a",
        {"vocal_language": "sa"},
    ),
    (
        "sa",
        "धन्यवादः! गीतं सुन्दरम्, किन्तु अन्तिमाः 10 सेकण्ड् पुनः निर्मीयन्ताम्, अन्तः सहसा भवति।",
        180,
        "audio_inpaint",
        _win(170, 180),
    ),
    (
        "sa",
        "कृपया अस्य गीतस्य स्वरं किञ्चित् उच्चतरं करोतु, मम कण्ठाय नीचः अस्ति।",
        150,
        "ask",
        {},
    ),
    (
        "sa",
        "ध्यानाय वीणावादनं रचयतु, गानं विना, 5 मिनिट्-परिमितम्।",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST},
    ),
    # ------------------------------------------------------------------ sk
    (
        "sk",
        "Ahoj! Kamoš má v sobotu 30. narodeniny, bude nás okolo 25. Spravíš mi veselú rockovú "
        "pesničku po slovensky, tak 2 minúty? Vďaka!",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "sk", "tags_has": ["rock"]},
    ),
    (
        "sk",
        "Vďaka za poslednú verziu! Len úsek od 0:35 do 0:50 znie divne, vieš prerobiť iba ten?",
        150,
        "audio_inpaint",
        _win(35, 50),
    ),
    (
        "sk",
        "Toto beriem. Daj mi to vo WAV a sprav fade-out 4 sekundy.",
        200,
        "process_track",
        {"output_format": "wav", "fade_out_s": 4},
    ),
    (
        "sk",
        "Vieš mi oddeliť vokál od hudby? Potrebujem karaoke verziu na firemný večierok.",
        180,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ sr
    (
        "sr",
        "Ćao! Imam mali butik u Novom Sadu i treba mi muzika za radnju: lagani house, bez "
        "vokala, oko 5 minuta. Hvala unapred!",
        None,
        "t2a",
        {"duration": 300, "lyrics": INST, "tags_has": ["house"]},
    ),
    (
        "sr",
        "Хвала за последњу верзију! Само део од 1:45 до 2:00 звучи лоше, можеш ли да урадиш само тај део поново?",
        180,
        "audio_inpaint",
        _win(105, 120),
    ),
    (
        "sr",
        "Ово је то. Извези у mp3 и стави fade in од 2 секунде.",
        120,
        "process_track",
        {"output_format": "mp3", "fade_in_s": 2},
    ),
    (
        "sr",
        "Produži je na 3 minuta, dodaj na kraju. Za svadbu 14. jula, biće nas 200.",
        150,
        "audio_outpaint",
        _out(0, 30),
    ),
    # ------------------------------------------------------------------ sw
    (
        "sw",
        "Habari! Harusi ya dada yangu ni tarehe 8 Agosti, wageni kama 200. Naomba wimbo wa "
        "bongo flava kwa Kiswahili, dakika 3. Asante sana!",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "sw"},
    ),
    (
        "sw",
        "Asante kwa wimbo, ni mzuri! Lakini naomba uongeze sauti ya mwimbaji na upunguze besi "
        "kidogo kwenye mchanganyiko.",
        150,
        "ask",
        {},
    ),
    (
        "sw",
        "Safi sana. Nipe katika mp3, na ufifishe mwisho kwa sekunde 5.",
        180,
        "process_track",
        {"output_format": "mp3", "fade_out_s": 5},
    ),
    (
        "sw",
        "Kwa duka langu, tengeneza muziki wa taarab bila sauti ya kuimba, dakika 4.",
        None,
        "t2a",
        {"duration": 240, "lyrics": INST},
    ),
    # ------------------------------------------------------------------ ta
    (
        "ta",
        "வணக்கம்! என் தங்கையின் கல்யாணம் மார்ச் 5 அன்று, சுமார் 300 பேர் வருவார்கள். ஒரு "
        "மெல்லிய வீணை இசை, பாடல் இல்லாமல், 2 நிமிடம் செய்து தர முடியுமா? நன்றி!",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST},
    ),
    (
        "ta",
        "போன தடவை செய்தது நல்லா இருந்தது! 1:10 முதல் 1:30 வரை உள்ள பகுதி மட்டும் சரியில்லை, அதை மட்டும் திரும்ப செய்ய முடியுமா?",
        180,
        "audio_inpaint",
        _win(70, 90),
    ),
    (
        "ta",
        "இதுவே போதும், எங்கள் பாட்காஸ்டின் 20வது எபிசோடுக்கு சரியாக இருக்கும். MP3 ஆக கொடுங்கள், -14 LUFS ஆக்குங்கள்.",
        150,
        "process_track",
        {"output_format": "mp3", "loudness_lufs": -14},
    ),
    (
        "ta",
        "ரொம்ப நல்லா இருக்கு! மேடையில் நுழைய கொஞ்சம் நேரம் வேண்டும், அதனால் ஆரம்பத்தில் 15 விநாடி முன்னுரை சேர்த்து தாருங்கள்.",
        120,
        "audio_outpaint",
        _out(15, 0),
    ),
    # ------------------------------------------------------------------ te
    (
        "te",
        "నమస్కారం! మా అమ్మాయి పుట్టినరోజు ఈ ఆదివారం, సుమారు 60 మంది వస్తారు. తెలుగులో ఒక సరదా పాట చేసి ఇవ్వగలరా, 1 నిమిషం? ధన్యవాదాలు!",
        None,
        "t2a",
        {"duration": 60, "vocal_language": "te"},
    ),
    (
        "te",
        "పాట చాలా బాగుంది, పిల్లలందరికీ నచ్చింది! మొదటి 10 సెకన్లు మాత్రం మళ్ళీ చేయండి, మిగతాది బాగుంది.",
        120,
        "audio_inpaint",
        _win(0, 10),
    ),
    (
        "te",
        "ఇదే ఫైనల్. WAV లో ఇవ్వండి, చివరలో 5 సెకన్ల ఫేడ్ అవుట్ పెట్టండి.",
        200,
        "process_track",
        {"output_format": "wav", "fade_out_s": 5},
    ),
    (
        "te",
        "ఈ పాట శ్రుతి కొంచెం తగ్గించగలరా? నా గొంతుకు ఎక్కువగా ఉంది.",
        180,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ th
    (
        "th",
        "สวัสดีค่ะ! ร้านกาแฟของเราจะเปิดวันที่ 1 นี้ อยากได้เพลงบรรเลงเปียโนเบาๆ ไม่มีเสียงร้อง ยาวประมาณ 3 นาทีค่ะ ขอบคุณมากนะคะ",
        None,
        "t2a",
        {"duration": 180, "lyrics": INST, "tags_has": ["piano"]},
    ),
    (
        "th",
        "เวอร์ชันล่าสุดดีมากครับ แต่ช่วง 0:40 ถึง 0:55 เสียงแปลกๆ ช่วยทำใหม่เฉพาะช่วงนั้นได้ไหมครับ",
        150,
        "audio_inpaint",
        _win(40, 55),
    ),
    (
        "th",
        "โอเคเอาอันนี้ ช่วย export เป็น mp3 320 kbps ให้หน่อยครับ",
        180,
        "process_track",
        {"output_format": "mp3", "bitrate_kbps": 320},
    ),
    (
        "th",
        "ขอเพลงลูกทุ่งร้องภาษาไทย สนุกๆ ยาว 2 นาที สำหรับงานบวชน้องชายวันเสาร์นี้ แขกประมาณ 100 คน",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "th"},
    ),
    # ------------------------------------------------------------------ tl
    (
        "tl",
        "Hi po! Birthday ng lola ko sa Linggo, mga 50 kami. Pwede po ba kayong gumawa ng "
        "masayang kanta sa Tagalog, mga 2 minuto? Salamat po!",
        None,
        "t2a",
        {"duration": 120, "vocal_language": "tl"},
    ),
    (
        "tl",
        "Ang ganda nung huli, salamat! Pero yung 1:30 hanggang 1:45 medyo sablay. Pwede ulitin lang yung part na yun?",
        180,
        "audio_inpaint",
        _win(90, 105),
    ),
    (
        "tl",
        "Ito na yun. Pa-export naman sa mp3 tapos lagyan ng 3 seconds na fade out.",
        150,
        "process_track",
        {"output_format": "mp3", "fade_out_s": 3},
    ),
    (
        "tl",
        "Uy, ang ganda! Kaso kulang pa para sa same day edit ng kasal sa Sabado. Dagdagan mo "
        "ng isang minuto sa dulo, please.",
        105,
        "audio_outpaint",
        _out(0, 60),
    ),
    # ------------------------------------------------------------------ ur
    (
        "ur",
        "السلام علیکم! میری بیٹی کی مہندی 18 دسمبر کو ہے، تقریباً 150 مہمان ہوں گے۔ اردو میں "
        "ایک خوشی کا گانا بنا دیں، 3 منٹ کا۔ شکریہ!",
        None,
        "t2a",
        {"duration": 180, "vocal_language": "ur"},
    ),
    (
        "ur",
        "پچھلا والا بہت اچھا تھا، امی کو بھی پسند آیا۔ بس آخری 15 سیکنڈ دوبارہ بنا دیں، اختتام اچانک لگتا ہے۔",
        200,
        "audio_inpaint",
        _win(185, 200),
    ),
    (
        "ur",
        "یہی ٹھیک ہے۔ اسے WAV میں دے دیں اور شروع میں 2 سیکنڈ کا فیڈ اِن لگا دیں۔",
        120,
        "process_track",
        {"output_format": "wav", "fade_in_s": 2},
    ),
    (
        "ur",
        "یار یہ ٹھیک ہے لیکن کچھ کمی سی ہے، اسے تھوڑا اور بہتر کر دو؟ کل شام تک چاہیے۔",
        150,
        "ask",
        {},
    ),
    # ------------------------------------------------------------------ yue
    (
        "yue",
        "喂你好！我下個禮拜六喺舖頭搞開幕，大概30個人。幫我整首輕快嘅爵士樂，唔要人聲，兩分鐘左右，唔該晒！",
        None,
        "t2a",
        {"duration": 120, "lyrics": INST, "tags_has": ["jazz"]},
    ),
    (
        "yue",
        "上一版好好多，多謝！不過1:00到1:15嗰段有啲雜音，淨係重整嗰段得唔得？",
        180,
        "audio_inpaint",
        _win(60, 75),
    ),
    (
        "yue",
        "就要呢個喇，同事都話好聽。幫我轉做mp3，尾段加5秒fade out。",
        150,
        "process_track",
        {"output_format": "mp3", "fade_out_s": 5},
    ),
    (
        "yue",
        "呢首幾好，不過可唔可以幫我整三個唔同風格嘅版本？一個rock、一個jazz、一個電子，老細想揀。",
        200,
        "ask",
        {},
    ),
]
