"""Blind held-out router set 119. Theme: "people who explain first".

Each request opens with two to five sentences of context (the video, the event, the client, a bad render, what
they already tried) before the ask; that context carries distracting numbers, dates, durations and guest counts
that are not settings. Varied: open/closed track, previous-render complaints, specs quoted from clients.

Counts: 300 rows. 11 in each of the 12 BIG12 languages (132) and 168 over the 38 others
(4 each, 5 for cs da el fa he hu id nl no pl ro sv th tr uk vi).
Intents: t2a 74, audio_inpaint 53, process_track 58, audio_outpaint 59, ask 56.

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


R119: list[tuple[Any, ...]] = [
    # ---- en ----
    ("en", "So I'm editing a wedding video for my cousin, the ceremony part runs about 4 minutes and the reception is on June 14. I already have the vows audio. Can you make a soft acoustic guitar piece, around 90 seconds, no singing?", None, "t2a", {"duration": 90, "lyrics": INST, "tags_has": ["guitar"]}),
    ("en", "My last render came out way too busy, the drums kept clashing with the voiceover and I tried three different prompts already. The bit between 0:45 and 1:05 is the worst. Could you regenerate just that part?", 150, "audio_inpaint", _win(45, 65)),
    ("en", "Client is a podcast network, they publish on Spotify and Apple and their spec sheet says -16 LUFS. The current file is hitting way hotter than that. Please bring it down to -16 and give me a wav.", 200, "process_track", {"loudness_lufs": -16, "output_format": "wav"}),
    ("en", "The video I'm scoring is 2 minutes 30 but this track is only 2 minutes. I need it to cover the whole thing, so add the missing time at the end.", 120, "audio_outpaint", _out(0, 30)),
    ("en", "ok so my teacher wants the file as m4a because that's what the school's LMS accepts, I tried uploading mp3 and it got rejected twice. can you convert this one?", 95, "ask", {}),
    ("en", "We're a small bakery and we open our second shop on March 3rd, I want a jingle for the instagram reel. Something cheerful with ukulele, 30 seconds, and the lyrics are: Fresh bread every morning / come on in and say hi", None, "t2a", {"duration": 30, "tags_has": ["ukulele"], "lyrics": "Fresh bread every morning / come on in and say hi", "vocal_language": "en"}),
    ("en", "I run a tabletop game night every Friday, sessions go 3-4 hours. I need a background track I can leave running, so could you just make this one loop cleanly?", 64, "process_track", {"loop": True}),
    ("en", "Tried to slow it down in Audacity myself and it sounded awful, like underwater. Can you make this track about 10 bpm slower?", 140, "ask", {}),
    ("en", "Honestly the intro is fine and the ending is fine, it's the 20 seconds right after the intro I hate. The intro ends at 0:12. Redo that stretch please.", 180, "audio_inpaint", _win(12, 32)),
    ("en", "For context, the slideshow has 48 photos at 5 seconds each and the song I have stops way too early. I'd like 15 extra seconds before it starts as a lead-in and 40 more after.", 160, "audio_outpaint", _out(15, 40)),
    ("en", "My daughter's 7th birthday is Saturday and she's obsessed with dinosaurs. Could you write a silly kids song about a T-rex who loves cake? Make three versions so she can pick.", None, "t2a", {"takes": 3}),
    # ---- es ----
    ("es", "Estoy montando un vídeo de viaje por Perú, son como 6 minutos de clips y ya probé con música libre de YouTube pero todo suena igual. ¿Me haces algo andino con charango, de unos 2 minutos, sin voz?", None, "t2a", {"duration": 120, "lyrics": INST, "tags_has": ["charango"]}),
    ("es", "La pista que tengo abierta dura 3 minutos y el cliente dice que el puente, del 1:40 al 2:00, suena desafinado. Ya lo exporté dos veces igual. ¿Puedes rehacer solo ese tramo?", 180, "audio_inpaint", _win(100, 120)),
    ("es", "Mi jefe me pidió subirlo a la web de la empresa y el servidor tiene límite de 5 MB. Pásamelo a mp3 a 128 kbps, porfa.", 150, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("es", "Hice una canción el martes pero ya no la tengo abierta, se me cerró el navegador. ¿Le puedes alargar el final unos 20 segundos?", None, "ask", {}),
    ("es", "El vídeo de la boda termina con un plano de 25 segundos de los novios saliendo de la iglesia y la música se corta antes. Añade 25 segundos al final de la canción.", 170, "audio_outpaint", _out(0, 25)),
    ("es", "Somos un grupo de teatro escolar, la obra es el 12 de mayo y dura una hora. Necesitamos una pieza de suspense con violines para la escena del robo, de un minuto y medio.", None, "t2a", {"duration": 90, "tags_has": ["violin"]}),
    ("es", "El primer segundo tiene un clic horrible que ya intenté quitar con otro programa. Córtale los primeros 2 segundos y ponle un fade in de 1 segundo.", 130, "process_track", {"trim_start_s": 2, "fade_in_s": 1}),
    ("es", "Ya tengo grabada la locución del anuncio en otro archivo, dura 40 segundos. ¿Puedes mezclarla con esta pista para que quede todo en uno?", 60, "ask", {}),
    ("es", "Te cuento: es para el cumple de mi abuela, que cumple 90 años el domingo. Quiero una cumbia alegre cantada en español con esta letra: [verso] Noventa años y sigue bailando / la abuela Rosa nos sigue enseñando", None, "t2a", {"tags_has": ["cumbia"], "lyrics": "[verso] Noventa años y sigue bailando / la abuela Rosa nos sigue enseñando", "vocal_language": "es"}),
    ("es", "El tema dura 3:20 y los últimos 15 segundos se quedan raros, como si se hubiera cortado. Regenera ese final.", 200, "audio_inpaint", _win(185, 200)),
    ("es", "Para la intro del podcast necesito que la pista empiece con algo más de calma; ahora arranca de golpe. Agrégale 10 segundos al principio.", 140, "audio_outpaint", _out(10, 0)),
    # ---- fr ----
    ("fr", "Je fais le montage d'un court-métrage de 12 minutes pour un festival à Lyon en octobre. Il me faudrait un thème au piano, mélancolique, 1 min 15, sans voix.", None, "t2a", {"duration": 75, "tags_has": ["piano"], "lyrics": INST}),
    ("fr", "Le client a écouté la version d'hier et il trouve que le passage entre 0:30 et 0:50 est trop chargé. J'ai déjà changé le prompt deux fois. Tu peux refaire juste ce passage ?", 120, "audio_inpaint", _win(30, 50)),
    ("fr", "La plateforme de notre école n'accepte que des fichiers de moins de 10 Mo et le wav fait 40 Mo. Convertis-le en ogg stp.", 180, "process_track", {"output_format": "ogg"}),
    ("fr", "Mon morceau fait 2 minutes, mais la vidéo YouTube en fait deux et demie. Rallonge-le à la fin pour qu'il fasse 2 min 30.", 120, "audio_outpaint", _out(0, 30)),
    ("fr", "J'ai essayé de séparer la batterie moi-même avec un plugin mais ça bave partout. Tu peux m'isoler la piste de batterie de ce morceau ?", 150, "ask", {}),
    ("fr", "C'est pour l'anniversaire de mariage de mes parents, 30 ans le 8 juin. Une chanson en français avec de l'accordéon, avec ces paroles : Trente ans déjà, main dans la main / on a dansé sur tous les chemins", None, "t2a", {"tags_has": ["accordion"], "lyrics": "Trente ans déjà, main dans la main / on a dansé sur tous les chemins", "vocal_language": "fr"}),
    ("fr", "Le son démarre trop brutalement et finit sec, ça fait amateur dans la vidéo. Mets un fondu d'entrée de 3 secondes et un fondu de sortie de 5.", 160, "process_track", {"fade_in_s": 3, "fade_out_s": 5}),
    ("fr", "Le morceau dure 1:40. Refais les secondes 2:10 à 2:30, elles sonnent faux.", 100, "ask", {}),
    ("fr", "On organise un tournoi de jeux vidéo samedi, 64 joueurs, et on veut un générique d'ouverture. Quelque chose de synthwave énergique, 45 secondes.", None, "t2a", {"duration": 45, "tags_has": ["synthwave"]}),
    ("fr", "La fin a été générée bizarre, il y a une voix qui apparaît dans les 8 dernières secondes alors que c'est censé être instrumental. Régénère cette fin.", 96, "audio_inpaint", _win(88, 96)),
    ("fr", "Petit contexte : la pub commence par 5 secondes de logo, puis la musique. Ajoute 5 secondes d'intro au début du morceau pour couvrir le logo.", 30, "audio_outpaint", _out(5, 0)),
    # ---- de ----
    ("de", "Ich schneide gerade ein Imagevideo für eine Zahnarztpraxis, der Kunde ist ziemlich konservativ und das Video läuft 3 Minuten. Kannst du mir ein ruhiges Stück mit Klavier und Streichern machen, etwa 60 Sekunden, ohne Gesang?", None, "t2a", {"duration": 60, "lyrics": INST, "tags_has": ["piano", "strings"]}),
    ("de", "Beim letzten Export war zwischen Sekunde 70 und 85 so ein komisches Rauschen drin, das hab ich auch in zwei anderen Playern gehört. Kannst du genau den Teil neu machen?", 150, "audio_inpaint", _win(70, 85)),
    ("de", "Der Track soll auf Bandcamp, und ich will ihn verlustfrei hochladen. Bitte als FLAC exportieren.", 210, "process_track", {"output_format": "flac"}),
    ("de", "Mein Kumpel hat gesagt, du kannst auch Sachen transponieren. Der Song ist für meine Sängerin zu hoch, kannst du ihn zwei Halbtöne runter setzen?", 190, "ask", {}),
    ("de", "Die Präsentation hat vorne noch 15 Sekunden Titelfolie und hinten 10 Sekunden Abspann, wo gerade Stille ist. Verlängere den Track bitte vorne um 15 und hinten um 10 Sekunden.", 120, "audio_outpaint", _out(15, 10)),
    ("de", "Wir sind ein Männerchor aus Bayern, 22 Leute, und haben nächsten Monat Jubiläum. Mach uns bitte ein Blasmusik-Stück zum Einmarsch, zwei Minuten.", None, "t2a", {"duration": 120, "tags_has": ["brass"]}),
    ("de", "Ich hab das Stück gestern Abend generiert, hab es aber nicht mehr offen. Mach es bitte doppelt so lang.", None, "ask", {}),
    ("de", "Streaming-Dienste regeln eh auf -14 LUFS, hab ich gelesen, und der Master ist bei -8. Bitte auf -14 LUFS normalisieren und als MP3 mit 320 kbps.", 175, "process_track", {"loudness_lufs": -14, "output_format": "mp3", "bitrate_kbps": 320}),
    ("de", "Das Lied ist 2:40 lang. Die ersten 10 Sekunden sind okay, aber von 0:10 bis 0:25 klingt die Gitarre verstimmt. Bitte diesen Abschnitt neu generieren.", 160, "audio_inpaint", _win(10, 25)),
    ("de", "Den offenen Track lass bitte so, der ist fertig. Meine Oma wird 80 und wir singen ihr was auf der Feier, also mach ein neues Lied auf Deutsch im Schlager-Stil. Gern zwei Varianten.", 150, "t2a", {"tags_has": ["schlager"], "vocal_language": "de", "takes": 2}),
    ("de", "Der Track ist 90 Sekunden, das Video ist aber 2 Minuten. Häng hinten einfach die fehlenden 30 Sekunden an.", 90, "audio_outpaint", _out(0, 30)),
    # ---- it ----
    ("it", "Sto preparando il video per l'inaugurazione del mio ristorante, il 21 settembre, con 150 invitati. Mi serve una tarantella allegra con mandolino, di circa un minuto.", None, "t2a", {"duration": 60, "tags_has": ["mandolin"]}),
    ("it", "Nella versione di ieri c'è un colpo di batteria fuori tempo verso il minuto 1, precisamente da 1:00 a 1:08. Rifammi solo quel pezzo.", 140, "audio_inpaint", _win(60, 68)),
    ("it", "La traccia finisce di colpo e nel video si sente tantissimo. Aggiungi una dissolvenza finale di 6 secondi.", 125, "process_track", {"fade_out_s": 6}),
    ("it", "Il brano che ho aperto dura 2 minuti ma il cortometraggio ha i titoli di coda lunghi. Allungalo di 45 secondi alla fine.", 120, "audio_outpaint", _out(0, 45)),
    ("it", "Il cliente vuole il file in AAC perché lo usa in un'app iOS, mi ha già rimandato indietro due consegne. Me lo converti?", 80, "ask", {}),
    ("it", "Sono una maestra di scuola primaria, ho 24 bambini e per la recita di Natale vogliamo una canzoncina in italiano. Il testo è: Cade la neve sul nostro paese / tutti insieme aspettiamo dicembre", None, "t2a", {"lyrics": "Cade la neve sul nostro paese / tutti insieme aspettiamo dicembre", "vocal_language": "it"}),
    ("it", "Ho già provato a tagliarlo con un altro programma ma rovinava il file. Togli i primi 4 secondi di silenzio e gli ultimi 3.", 110, "process_track", {"trim_start_s": 4, "trim_end_s": 3}),
    ("it", "Questa traccia è lunga 3 minuti ma la parte centrale mi sembra noiosa. Puoi sistemarla?", 180, "ask", {}),
    ("it", "L'ultima generazione l'ho buttata perché era troppo lenta. Stavolta fammi un pezzo rock con chitarre elettriche, veloce, 2 minuti e mezzo, senza voce.", None, "t2a", {"duration": 150, "tags_has": ["rock"], "lyrics": INST}),
    ("it", "La traccia dura 100 secondi e gli ultimi 20 hanno un finale che non chiude. Rigenera dagli 80 secondi alla fine.", 100, "audio_inpaint", _win(80, 100)),
    ("it", "Per il video di presentazione il logo appare per 8 secondi prima che parta la voce. Aggiungi 8 secondi all'inizio e 12 alla fine.", 150, "audio_outpaint", _out(8, 12)),
    # ---- pt ----
    ("pt", "Tô fazendo um vídeo pro canal de receitas, cada episódio tem uns 10 minutos e já usei a mesma música em 30 vídeos. Quero uma bossa nova tranquila com violão, 1 minuto e meio, sem voz.", None, "t2a", {"duration": 90, "tags_has": ["bossa", "guitar"], "lyrics": INST}),
    ("pt", "O cliente ouviu e achou que o refrão, que vai de 0:50 a 1:10, ficou abafado. Já mexi no EQ e não resolveu. Refaz só essa parte?", 160, "audio_inpaint", _win(50, 70)),
    ("pt", "Vou usar essa faixa como música de espera no telefone da loja, as ligações às vezes ficam 5 minutos na fila. Deixa ela em loop, por favor.", 45, "process_track", {"loop": True}),
    ("pt", "A faixa tem 1:30, mas o vídeo do casamento tem 2:00 cravado. Estica no final pra bater 2 minutos.", 90, "audio_outpaint", _out(0, 30)),
    ("pt", "Gerei uma música ontem e gostei muito, mas fechei a aba. Dá pra cortar os 5 segundos finais dela?", None, "ask", {}),
    ("pt", "Minha banda toca num barzinho em BH toda quinta, e a gente quer uma vinheta de abertura. Um forró animado com sanfona, 30 segundos, cantado com a letra: Chegou a quinta, o forró começou / puxa a cadeira que a banda chegou", None, "t2a", {"duration": 30, "tags_has": ["accordion"], "lyrics": "Chegou a quinta, o forró começou / puxa a cadeira que a banda chegou", "vocal_language": "pt"}),
    ("pt", "O upload pro app da academia exige mp3 e o arquivo tá em wav. Da última vez mandei 320 e ficou pesado, então converte pra mp3 a 256 kbps.", 200, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("pt", "A música tá boa mas eu queria mudar a tonalidade pra ficar mais grave, tipo uma terça abaixo. Consegue?", 150, "ask", {}),
    ("pt", "A gravação tem 2:20. Os primeiros 12 segundos ficaram com um chiado estranho, refaz eles.", 140, "audio_inpaint", _win(0, 12)),
    ("pt", "Semana que vem tenho uma apresentação de 20 minutos na faculdade sobre cinema noir. Me faz um jazz com saxofone, meio sombrio, de uns 2 minutos? Quero 2 versões pra escolher.", None, "t2a", {"duration": 120, "tags_has": ["jazz", "saxophone"], "takes": 2}),
    ("pt", "O vídeo institucional abre com 6 segundos de tela preta. Coloca 6 segundos a mais no começo da música.", 75, "audio_outpaint", _out(6, 0)),
    # ---- ru ----
    ("ru", "Делаю заставку для стрима, стримлю по 4 часа три раза в неделю, и старая музыка уже всем надоела. Сделай, пожалуйста, бодрый электронный трек секунд на 40 без вокала.", None, "t2a", {"duration": 40, "lyrics": INST, "tags_has": ["electronic"]}),
    ("ru", "Прошлый рендер был нормальный, но с 1:15 до 1:30 там провал, как будто инструменты пропали. Перегенерируй только этот кусок.", 170, "audio_inpaint", _win(75, 90)),
    ("ru", "Заказчик прислал требования: громкость -16 LUFS, формат wav. Сейчас трек явно громче. Сделай по требованиям.", 120, "process_track", {"loudness_lufs": -16, "output_format": "wav"}),
    ("ru", "Трек длится 2 минуты, а ролик — 2:45. Допиши в конец недостающие 45 секунд.", 120, "audio_outpaint", _out(0, 45)),
    ("ru", "У меня есть две готовые песни, одна на 3 минуты, другая на 2. Можешь склеить их в одну с плавным переходом?", 180, "ask", {}),
    ("ru", "У подруги свадьба 15 августа, мы с девочками хотим спеть ей песню. Сделай поп-песню на русском с такими словами: Ты сегодня самая красивая / и весь мир танцует для тебя", None, "t2a", {"tags_has": ["pop"], "lyrics": "Ты сегодня самая красивая / и весь мир танцует для тебя", "vocal_language": "ru"}),
    ("ru", "В начале трека 3 секунды тишины, а в конце обрыв. Обрежь эти 3 секунды в начале и сделай затухание в конце секунд на 4.", 150, "process_track", {"trim_start_s": 3, "fade_out_s": 4}),
    ("ru", "Я уже пробовал ускорить в другом редакторе, но голос стал как у бурундука. Можешь сделать трек быстрее процентов на 15?", 130, "ask", {}),
    ("ru", "Трек 3:30. Последние 30 секунд какие-то скучные, концовка не звучит. Переделай их.", 210, "audio_inpaint", _win(180, 210)),
    ("ru", "Пишу курсовую по истории, у меня будет презентация на 15 минут в аудитории на 200 человек. Нужна фоновая эмбиент-музыка на 3 минуты.", None, "t2a", {"duration": 180, "tags_has": ["ambient"]}),
    ("ru", "Видео начинается с 10-секундной заставки, а музыка стартует сразу с припева. Добавь 10 секунд вступления в начало.", 95, "audio_outpaint", _out(10, 0)),
    # ---- zh ----
    ("zh", "我在给公司年会做开场视频，年会是1月18号，大概300人参加。帮我做一段大气一点的管弦乐，一分钟左右，不要人声。", None, "t2a", {"duration": 60, "lyrics": INST, "tags_has": ["orchestral"]}),
    ("zh", "上一版导出来之后，客户说第40秒到第55秒那段鼓太吵了，我已经改过两次提示词了。能只重做这一段吗？", 150, "audio_inpaint", _win(40, 55)),
    ("zh", "这个要放到小程序里，上次给的320码率文件太大了。转成mp3，码率128就行。", 110, "process_track", {"output_format": "mp3", "bitrate_kbps": 128}),
    ("zh", "现在这首是1分40秒，但是视频有2分钟。结尾再补20秒吧。", 100, "audio_outpaint", _out(0, 20)),
    ("zh", "我昨天做的那首歌不错，但是我现在没打开它。帮我把开头那段重新生成一下。", None, "ask", {}),
    ("zh", "我女朋友下个月过生日，我们在一起三年了。想给她做一首中文情歌，民谣风格加吉他，歌词是：三年的路我们一起走过 / 你的笑是我最好的歌", None, "t2a", {"tags_has": ["folk", "guitar"], "lyrics": "三年的路我们一起走过 / 你的笑是我最好的歌", "vocal_language": "zh"}),
    ("zh", "视频平台建议响度-14 LUFS，我这首现在听着特别炸。帮我调到-14，然后结尾加3秒淡出。", 160, "process_track", {"loudness_lufs": -14, "fade_out_s": 3}),
    ("zh", "这首歌有2分半，我想把人声和伴奏分开，做个伴奏版给朋友唱K用。", 150, "ask", {}),
    ("zh", "歌总长3分钟，1分20到1分35那里突然冒出一段奇怪的合成器，跟前后都不搭。重新生成这15秒。", 180, "audio_inpaint", _win(80, 95)),
    ("zh", "我在做一个像素风独立游戏，已经做了两年了，下个月上Steam。帮我做一段8-bit芯片音乐当主菜单背景，30秒。", None, "t2a", {"duration": 30, "tags_has": ["chiptune"]}),
    ("zh", "片头有5秒黑屏，片尾字幕还有15秒。前面加5秒，后面加15秒。", 120, "audio_outpaint", _out(5, 15)),
    # ---- ja ----
    ("ja", "来月の文化祭でクラスの劇をやるんですが、上演時間は30分くらいです。オープニング用に明るいピアノ曲を1分で作ってもらえますか？歌なしでお願いします。", None, "t2a", {"duration": 60, "tags_has": ["piano"], "lyrics": INST}),
    ("ja", "前回書き出したものを聴き直したら、0:20から0:35のところでベースが変な音になっていました。イコライザーも試したけどダメでした。そこだけ作り直してください。", 120, "audio_inpaint", _win(20, 35)),
    ("ja", "クライアントから納品形式はWAVで、と言われています。今開いている曲をWAVで書き出してください。", 150, "process_track", {"output_format": "wav"}),
    ("ja", "動画が3分あるのに曲が2分半しかなくて、最後が無音になってしまいます。後ろに30秒足してください。", 150, "audio_outpaint", _out(0, 30)),
    ("ja", "この曲、ボーカルのキーが高すぎて友達が歌えないらしいです。半音3つ下げられますか？", 200, "ask", {}),
    ("ja", "祖父が今年で米寿（88歳）なので、家族でお祝いの歌を作りたいです。演歌っぽい感じで、日本語で歌ってほしいです。", None, "t2a", {"tags_has": ["enka"], "vocal_language": "ja"}),
    ("ja", "頭に2秒くらい無音があって、動画と合わせるとズレます。最初の2秒をカットして、最後に5秒のフェードアウトをつけてください。", 130, "process_track", {"trim_start_s": 2, "fade_out_s": 5}),
    ("ja", "曲は1分半です。2分10秒あたりから先を作り直してほしいです。", 90, "ask", {}),
    ("ja", "YouTubeのショート用なんですが、最後の10秒がなんか盛り上がらないまま終わるんです。そこを作り直してもらえますか。", 58, "audio_inpaint", _win(48, 58)),
    ("ja", "今開いてる曲はもう使い終わりました。ゲーム実況のBGMをずっと同じので使ってて、視聴者から飽きたと言われたので、新しくジャズっぽいのを2分くらいで3パターンください。", 140, "t2a", {"duration": 120, "tags_has": ["jazz"], "takes": 3}),
    ("ja", "イベントの入場シーンで使うんですが、出演者が歩いてくるまで15秒くらいかかります。曲の頭に15秒足してもらえますか。", 100, "audio_outpaint", _out(15, 0)),
    # ---- ko ----
    ("ko", "유튜브 브이로그 편집 중인데 영상이 8분이고 이번엔 제주도 여행 편이에요. 잔잔한 어쿠스틱 기타 음악 1분 30초짜리 만들어 주세요. 보컬은 빼고요.", None, "t2a", {"duration": 90, "tags_has": ["guitar"], "lyrics": INST}),
    ("ko", "지난번 결과물이 1분 5초부터 1분 20초까지 음이 깨져요. 다른 플레이어에서도 똑같아서 파일 문제 같아요. 그 구간만 다시 만들어 주세요.", 160, "audio_inpaint", _win(65, 80)),
    ("ko", "카페에서 하루 종일 틀어 놓을 거라 끊기면 안 돼요. 이 곡 루프되게 해 주세요.", 90, "process_track", {"loop": True}),
    ("ko", "곡이 2분인데 광고 영상이 2분 20초예요. 끝에 20초 더 늘려 주세요.", 120, "audio_outpaint", _out(0, 20)),
    ("ko", "어제 만든 노래 파일이 지금은 안 열려 있는데, 그거 flac으로 바꿔 줄 수 있어요?", None, "ask", {}),
    ("ko", "동생이 다음 주에 군대 가요. 입대 전날 가족끼리 불러 주려고 하는데, 한국어 발라드로 가사는 이거예요: 잘 다녀와 내 동생아 / 우리가 여기서 기다릴게", None, "t2a", {"tags_has": ["ballad"], "lyrics": "잘 다녀와 내 동생아 / 우리가 여기서 기다릴게", "vocal_language": "ko"}),
    ("ko", "팟캐스트 플랫폼 기준이 -16 LUFS라서 맞춰야 해요. 그리고 mp3 192kbps로 뽑아 주세요.", 240, "process_track", {"loudness_lufs": -16, "output_format": "mp3", "bitrate_kbps": 192}),
    ("ko", "친구가 부른 보컬 파일이 따로 있는데 이 반주랑 합쳐 줄 수 있나요?", 180, "ask", {}),
    ("ko", "곡이 2분 30초인데 마지막 15초가 갑자기 뚝 끊기는 느낌이에요. 마지막 15초만 새로 만들어 주세요.", 150, "audio_inpaint", _win(135, 150)),
    ("ko", "회사 워크숍이 11월 3일인데 레크리에이션 시간에 틀 신나는 EDM이 필요해요. 2분짜리로 두 개 만들어 주세요.", None, "t2a", {"duration": 120, "tags_has": ["edm"], "takes": 2}),
    ("ko", "행사 영상 앞에 7초짜리 로고 애니메이션이 있어요. 곡 앞에 7초 늘려 주세요.", 110, "audio_outpaint", _out(7, 0)),
    # ---- ar ----
    ("ar", "أعمل على فيديو لمعرض الكتاب في الرياض، والفيديو مدته 5 دقائق تقريبًا. أريد مقطوعة هادئة بالعود، دقيقة ونصف، بدون غناء.", None, "t2a", {"duration": 90, "tags_has": ["oud"], "lyrics": INST}),
    ("ar", "آخر نسخة صدّرتها فيها صوت طقطقة من الثانية 30 إلى الثانية 42، وجربت أصلحه بنفسي بلا فائدة. أعد توليد هذا الجزء فقط.", 140, "audio_inpaint", _win(30, 42)),
    ("ar", "العميل طلب الملف بصيغة wav لأن قناتهم التلفزيونية لا تقبل غيرها. حوّله إلى wav من فضلك.", 100, "process_track", {"output_format": "wav"}),
    ("ar", "المقطع الحالي مدته دقيقتان والإعلان مدته دقيقتان ونصف. مدّه من النهاية ليصبح دقيقتين ونصف.", 120, "audio_outpaint", _out(0, 30)),
    ("ar", "جربت أغيّر سرعة الأغنية في برنامج آخر فتغيّر الصوت. ممكن تخليها أبطأ شوي بدون ما يتغير الصوت؟", 150, "ask", {}),
    ("ar", "أختي تتخرج من الجامعة يوم 20 يونيو، وسنقيم حفلة صغيرة لها. أريد أغنية بالعربية، والكلمات: يا فرحة الدار اليوم / تخرجتي يا نور العيون", None, "t2a", {"lyrics": "يا فرحة الدار اليوم / تخرجتي يا نور العيون", "vocal_language": "ar"}),
    ("ar", "في البداية صمت 3 ثواني وفي النهاية ينقطع فجأة. احذف أول 3 ثواني وضع تلاشي في النهاية مدته 4 ثواني.", 130, "process_track", {"trim_start_s": 3, "fade_out_s": 4}),
    ("ar", "أحتاج تغيير هذا المقطع. الجزء اللي في النص مش عاجبني.", 160, "ask", {}),
    ("ar", "طول المقطع 3 دقائق، وآخر 20 ثانية فيها نشاز واضح. أعد توليدها.", 180, "audio_inpaint", _win(160, 180)),
    ("ar", "عندي بودكاست أسبوعي عن التقنية، الحلقة تطول ساعة، وأحتاج موسيقى مقدمة إلكترونية مدتها 20 ثانية، ونسختين لو سمحت.", None, "t2a", {"duration": 20, "tags_has": ["electronic"], "takes": 2}),
    ("ar", "الفيديو يبدأ بشعار مدته 6 ثواني قبل الموسيقى. أضف 6 ثواني في بداية المقطع و10 ثواني في آخره.", 90, "audio_outpaint", _out(6, 10)),
    # ---- hi ----
    ("hi", "मैं अपनी बहन की शादी का वीडियो बना रहा हूँ, शादी 12 दिसंबर को थी और वीडियो 10 मिनट का है। एक धीमी सितार वाली धुन बना दो, 2 मिनट की, बिना गाने के।", None, "t2a", {"duration": 120, "tags_has": ["sitar"], "lyrics": INST}),
    ("hi", "पिछली बार जो बना था उसमें 0:50 से 1:05 तक ढोलक बहुत ज़्यादा तेज़ है। बस वही हिस्सा दोबारा बना दो।", 150, "audio_inpaint", _win(50, 65)),
    ("hi", "bhai client ko mp3 chahiye 320 pe, unka system wav nahi leta. convert kar do please", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("hi", "गाना अभी 1 मिनट 40 सेकंड का है लेकिन रील 2 मिनट की है। आख़िर में 20 सेकंड और जोड़ दो।", 100, "audio_outpaint", _out(0, 20)),
    ("hi", "मैंने कल एक गाना बनाया था पर अभी वो खुला नहीं है। उसका आख़िरी हिस्सा ठीक कर दो।", None, "ask", {}),
    ("hi", "हमारे कॉलेज का फ़ेस्ट 5 मार्च को है और 2000 लोग आएँगे। एक जोशीला भांगड़ा गाना बना दो हिंदी में, बोल ये हैं: नच ले नच ले सारी रात / कॉलेज का फ़ेस्ट है आज की बात", None, "t2a", {"tags_has": ["bhangra"], "lyrics": "नच ले नच ले सारी रात / कॉलेज का फ़ेस्ट है आज की बात", "vocal_language": "hi"}),
    ("hi", "शुरुआत बहुत अचानक होती है, सुनने वालों को झटका लगता है। शुरू में 4 सेकंड का fade in लगा दो।", 140, "process_track", {"fade_in_s": 4}),
    ("hi", "ये गाना 2 मिनट का है। 2:30 से 2:50 वाला हिस्सा फिर से बनाओ।", 120, "ask", {}),
    ("hi", "गाना 3 मिनट का है, शुरू के 15 सेकंड में कुछ अजीब सी आवाज़ आ रही है। वो 15 सेकंड दोबारा बना दो।", 180, "audio_inpaint", _win(0, 15)),
    ("hi", "मेरा योगा स्टूडियो है, क्लास 45 मिनट की होती है। ध्यान के लिए बांसुरी वाला शांत संगीत 3 मिनट का चाहिए।", None, "t2a", {"duration": 180, "tags_has": ["flute"]}),
    ("hi", "वीडियो की शुरुआत में 10 सेकंड का टाइटल है। गाने के आगे 10 सेकंड बढ़ा दो।", 130, "audio_outpaint", _out(10, 0)),
    # ---- az ----
    ("az", "Toy videosu hazırlayıram, mərasim 14 sentyabrda olub və video 7 dəqiqədir. Mənə sakit bir instrumental parça düzəlt, 1 dəqiqəlik, sözsüz.", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("az", "Mahnı 2 dəqiqədir, amma reklam çarxı 2 dəqiqə 15 saniyədir. Sonuna 15 saniyə əlavə et.", 120, "audio_outpaint", _out(0, 15)),
    ("az", "Müştəri faylı mp3 formatında istəyir, çünki onların saytı wav qəbul etmir. Çevir, zəhmət olmasa.", 150, "process_track", {"output_format": "mp3"}),
    ("az", "Dünən yaratdığım mahnı indi açıq deyil. Onun ortasını yenidən düzəldə bilərsən?", None, "ask", {}),
    # ---- bg ----
    ("bg", "Правя видео за рождения ден на баща ми, става на 60 години в събота. Искам весела песен на български с тези думи: Честит рожден ден, тате мил / ти си нашият голям герой", None, "t2a", {"lyrics": "Честит рожден ден, тате мил / ти си нашият голям герой", "vocal_language": "bg"}),
    ("bg", "Последният рендер има пукане между 0:25 и 0:40, пробвах с друг плейър и е същото. Направи отново само този участък.", 130, "audio_inpaint", _win(25, 40)),
    ("bg", "Тракът свършва рязко и на презентацията звучи странно. Сложи затихване от 5 секунди в края.", 100, "process_track", {"fade_out_s": 5}),
    ("bg", "Певицата казва, че песента е твърде висока за нея. Можеш ли да я свалиш с един тон?", 170, "ask", {}),
    # ---- bn ----
    ("bn", "আমি একটা ডকুমেন্টারি বানাচ্ছি সুন্দরবন নিয়ে, পুরোটা ২০ মিনিটের। শুরুর জন্য একটা বাঁশির সুর বানিয়ে দাও, ১ মিনিট, কোনো গান ছাড়া।", None, "t2a", {"duration": 60, "tags_has": ["flute"], "lyrics": INST}),
    ("bn", "গানটা ২ মিনিটের, কিন্তু ভিডিওটা আড়াই মিনিট। শেষে ৩০ সেকেন্ড বাড়িয়ে দাও।", 120, "audio_outpaint", _out(0, 30)),
    ("bn", "ক্লায়েন্ট বলছে ফাইলটা খুব জোরে বাজছে, ওদের নিয়ম -14 LUFS। ওটাতে নামিয়ে দাও।", 160, "process_track", {"loudness_lufs": -14}),
    ("bn", "গানটার ১:১০ থেকে ১:২৫ পর্যন্ত গিটারটা বেসুরো লাগছে। আগেরবারও একই সমস্যা হয়েছিল। ওই অংশটা আবার বানাও।", 150, "audio_inpaint", _win(70, 85)),
    # ---- ca ----
    ("ca", "Estic fent un vídeo per a la Festa Major del poble, que és el 15 d'agost. Em fas una sardana alegre, d'uns dos minuts?", None, "t2a", {"duration": 120, "tags_has": ["sardana"]}),
    ("ca", "La cançó dura 1:50 i el vídeo 2:10. Allarga-la 20 segons pel final.", 110, "audio_outpaint", _out(0, 20)),
    ("ca", "El client vol el fitxer en FLAC per arxivar-lo. Me'l converteixes?", 140, "process_track", {"output_format": "flac"}),
    ("ca", "Vaig provar de fer-ho amb un altre programa però no em va sortir. Pots treure la veu d'aquesta cançó i deixar només la música?", 180, "ask", {}),
    # ---- cs ----
    ("cs", "Dělám video ze svatby kamaráda, svatba byla 3. června a video má asi 12 minut. Potřebuju klidnou klavírní skladbu na minutu a půl, bez zpěvu.", None, "t2a", {"duration": 90, "tags_has": ["piano"], "lyrics": INST}),
    ("cs", "V minulém exportu je mezi 0:55 a 1:10 divné praskání. Zkoušel jsem to i v jiném přehrávači. Přegeneruj jen tenhle úsek.", 140, "audio_inpaint", _win(55, 70)),
    ("cs", "Skladba má 2 minuty, ale prezentace má úvod 10 sekund s logem. Přidej na začátek 10 sekund.", 120, "audio_outpaint", _out(10, 0)),
    ("cs", "Web školy bere jen menší soubory. Převeď to do mp3 se 160 kbps.", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 160}),
    ("cs", "Písnička má 1:30. Předělej prosím úsek od 1:45 do 2:00.", 90, "ask", {}),
    # ---- da ----
    ("da", "Jeg laver en video til min mormors 90-års fødselsdag på søndag. Kan du lave en hyggelig sang på dansk? Gerne to versioner.", None, "t2a", {"vocal_language": "da", "takes": 2}),
    ("da", "Sidste version havde en mærkelig lyd i de første 8 sekunder. Jeg prøvede at klippe den væk selv, men det lød forkert. Lav de første 8 sekunder om.", 120, "audio_inpaint", _win(0, 8)),
    ("da", "Nummeret skal bruges som ventemusik i vores app og skal køre i ring uden hak. Gør det til et loop.", 40, "process_track", {"loop": True}),
    ("da", "Sangen er 2 minutter og filmen er 2 minutter og 40 sekunder. Forlæng den 40 sekunder i slutningen.", 120, "audio_outpaint", _out(0, 40)),
    ("da", "Kunden vil have filen som m4a, fordi de bruger den i en iPhone-app. Kan du lave den om?", 100, "ask", {}),
    # ---- el ----
    ("el", "Ετοιμάζω βίντεο για το πανηγύρι του χωριού στις 15 Αυγούστου. Θέλω ένα κομμάτι με μπουζούκι, χαρούμενο, γύρω στα 2 λεπτά, χωρίς φωνή.", None, "t2a", {"duration": 120, "tags_has": ["bouzouki"], "lyrics": INST}),
    ("el", "Ο πελάτης είπε ότι από το 1:00 μέχρι το 1:20 τα τύμπανα είναι εκτός ρυθμού. Το έχω ξαναβγάλει δύο φορές. Ξαναφτιάξε μόνο αυτό το κομμάτι.", 150, "audio_inpaint", _win(60, 80)),
    ("el", "Το κομμάτι ξεκινάει πολύ απότομα. Βάλε ένα fade in 2 δευτερολέπτων και fade out 6 δευτερολέπτων στο τέλος.", 130, "process_track", {"fade_in_s": 2, "fade_out_s": 6}),
    ("el", "Το βίντεο έχει 12 δευτερόλεπτα τίτλους στην αρχή. Πρόσθεσε 12 δευτερόλεπτα στην αρχή του τραγουδιού.", 100, "audio_outpaint", _out(12, 0)),
    ("el", "Χθες έφτιαξα ένα τραγούδι, αλλά δεν είναι ανοιχτό τώρα. Μπορείς να το κάνεις πιο μεγάλο κατά ένα λεπτό;", None, "ask", {}),
    # ---- fa ----
    ("fa", "دارم برای عروسی برادرم که ۲۰ مهر است یک ویدیو آماده می‌کنم. یک قطعه شاد با سنتور می‌خواهم، حدود یک دقیقه و نیم، بدون خواننده.", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("fa", "آهنگ ۲ دقیقه است و تیزر ۲ دقیقه و ۲۰ ثانیه. آخرش ۲۰ ثانیه اضافه کن.", 120, "audio_outpaint", _out(0, 20)),
    ("fa", "ثانیه ۴۰ تا ۵۵ صدای خش دارد. قبلاً با یک برنامه دیگر امتحان کردم ولی درست نشد. فقط همان بخش را دوباره بساز.", 150, "audio_inpaint", _win(40, 55)),
    ("fa", "مشتری فایل را wav می‌خواهد و بلندی صدا باید -16 LUFS باشد. لطفاً همین کار را بکن.", 180, "process_track", {"output_format": "wav", "loudness_lufs": -16}),
    ("fa", "می‌خواهم این آهنگ را با یک آهنگ دیگر که خودم دارم میکس کنی.", 160, "ask", {}),
    # ---- fi ----
    ("fi", "Teen videota kesämökin remontista, video kestää 6 minuuttia. Tee rauhallinen kitarakappale, noin 75 sekuntia, ilman laulua.", None, "t2a", {"duration": 75, "tags_has": ["guitar"], "lyrics": INST}),
    ("fi", "Kappale on 2 minuuttia, mutta mainos on 2 minuuttia 30 sekuntia. Jatka loppua 30 sekunnilla.", 120, "audio_outpaint", _out(0, 30)),
    ("fi", "Alussa on 3 sekuntia hiljaisuutta, joka sotkee tahdistuksen. Leikkaa alusta 3 sekuntia pois.", 140, "process_track", {"trim_start_s": 3}),
    ("fi", "Tämä biisi on liian nopea tanssiryhmälle, ne harjoittelee hitaammin. Voitko hidastaa sitä vähän?", 150, "ask", {}),
    # ---- he ----
    ("he", "אני עורך סרטון לבר מצווה של הבן שלי, האירוע ב-10 בנובמבר ויש 120 אורחים. תעשה לי קטע כליזמר שמח עם קלרינט, דקה וחצי.", None, "t2a", {"duration": 90, "tags_has": ["klezmer", "clarinet"]}),
    ("he", "בגרסה הקודמת יש רעש מוזר בין 0:30 ל-0:45. כבר ניסיתי לתקן באקולייזר. תייצר מחדש רק את הקטע הזה.", 120, "audio_inpaint", _win(30, 45)),
    ("he", "השיר 3 דקות והסרטון 3 וחצי. תאריך אותו ב-30 שניות בסוף.", 180, "audio_outpaint", _out(0, 30)),
    ("he", "הלקוח צריך mp3 באיכות 256 כי ככה הפלטפורמה שלו דורשת. תמיר בבקשה.", 160, "process_track", {"output_format": "mp3", "bitrate_kbps": 256}),
    ("he", "השיר פה 2 דקות. תעשה מחדש את הקטע מ-2:15 עד 2:40.", 120, "ask", {}),
    # ---- hr ----
    ("hr", "Radim video za krstitke nećaka, slavlje je bilo 4. svibnja. Napravi mi nježnu uspavanku na hrvatskom, s ovim stihovima: Spavaj mali, zvijezde sjaje / mama i tata uz tebe stoje", None, "t2a", {"lyrics": "Spavaj mali, zvijezde sjaje / mama i tata uz tebe stoje", "vocal_language": "hr"}),
    ("hr", "Zadnjih 10 sekundi zvuči kao da je prekinuto. Probao sam već dvaput. Ponovo generiraj tih zadnjih 10 sekundi.", 110, "audio_inpaint", _win(100, 110)),
    ("hr", "Pjesma mora ići na radio, a oni traže -23 LUFS. Spusti glasnoću na -23.", 150, "process_track", {"loudness_lufs": -23}),
    ("hr", "Pjesma je od jučer, ali sad nije otvorena. Dodaj joj 30 sekundi na kraju.", None, "ask", {}),
    # ---- ht ----
    ("ht", "M ap fè yon videyo pou fèt manman m, li gen 70 an dimanch. Fè yon ti mizik ak gita, yon minit, san vwa.", None, "t2a", {"duration": 60, "tags_has": ["guitar"], "lyrics": INST}),
    ("ht", "Mizik la dire 2 minit men videyo a dire 2 minit 30. Ajoute 30 segonn nan fen an.", 120, "audio_outpaint", _out(0, 30)),
    ("ht", "Kliyan an vle fichye a an mp3. Tanpri konvèti l.", 90, "process_track", {"output_format": "mp3"}),
    ("ht", "Chante a twò wo pou mwen, mwen pa ka chante l. Ou ka bese l de ton?", 150, "ask", {}),
    # ---- hu ----
    ("hu", "Esküvői videót vágok, a szertartás szeptember 9-én volt, és a videó 15 perces. Csinálnál egy lassú vonós darabot, kb. 2 perceset, ének nélkül?", None, "t2a", {"duration": 120, "tags_has": ["strings"], "lyrics": INST}),
    ("hu", "Az előző verzióban 1:30 és 1:45 között recseg a hang. Más lejátszóban is ugyanaz. Csak ezt a részt generáld újra.", 180, "audio_inpaint", _win(90, 105)),
    ("hu", "A zene hirtelen kezdődik és hirtelen ér véget. Tegyél rá 3 másodperces felúsztatást és 5 másodperces leúsztatást.", 120, "process_track", {"fade_in_s": 3, "fade_out_s": 5}),
    ("hu", "A dal 1 perc 40, a reklám 2 perc. Toldd meg a végét 20 másodperccel.", 100, "audio_outpaint", _out(0, 20)),
    ("hu", "Van egy másik számom is, amit tegnap csináltam. Össze tudod keverni ezzel egybe?", 140, "ask", {}),
    # ---- id ----
    ("id", "Aku lagi bikin video promosi kedai kopi, buka cabang baru tanggal 17 Agustus. Tolong bikinin musik akustik santai pakai gitar, 45 detik, tanpa vokal.", None, "t2a", {"duration": 45, "tags_has": ["guitar"], "lyrics": INST}),
    ("id", "Hasil render kemarin ada bunyi aneh di detik 20 sampai 35. Udah aku coba EQ tapi tetap ada. Bikin ulang bagian itu aja ya.", 120, "audio_inpaint", _win(20, 35)),
    ("id", "Lagunya 2 menit tapi videonya 2 menit 45 detik. Tambahin 45 detik di akhir dong.", 120, "audio_outpaint", _out(0, 45)),
    ("id", "Buat musik tunggu di telepon kantor, jadi harus bisa diputar terus. Bikin jadi loop ya.", 60, "process_track", {"loop": True}),
    ("id", "Lagu yang aku bikin semalam udah gak kebuka sekarang. Bisa dipotong 10 detik terakhirnya?", None, "ask", {}),
    # ---- is ----
    ("is", "Ég er að gera myndband fyrir þorrablót í febrúar, það verða 80 gestir. Geturðu búið til glaðlegt lag sungið á íslensku með harmonikku?", None, "t2a", {"tags_has": ["accordion"], "vocal_language": "is"}),
    ("is", "Lagið er 2 mínútur en myndbandið er tvær og hálf. Lengdu það um 30 sekúndur í lokin.", 120, "audio_outpaint", _out(0, 30)),
    ("is", "Fyrstu 5 sekúndurnar eru þögn og það truflar. Klipptu þær af.", 100, "process_track", {"trim_start_s": 5}),
    ("is", "Síðustu 12 sekúndurnar hljóma skringilega, eins og lagið klárist ekki. Gerðu þær aftur.", 132, "audio_inpaint", _win(120, 132)),
    # ---- la ----
    ("la", "Discipulis meis fabulam de Aenea paro, quae dimidiam horam durat. Fac mihi carmen grave unius minuti, sine voce.", None, "t2a", {"duration": 60, "lyrics": INST}),
    ("la", "Cantus duo minuta durat, sed pellicula duo minuta et triginta secunda. Adde triginta secunda in fine.", 120, "audio_outpaint", _out(0, 30)),
    ("la", "Magister fasciculum formae mp3 postulat. Converte, quaeso.", 90, "process_track", {"output_format": "mp3"}),
    ("la", "Heri carmen feci, sed nunc apertum non est. Ultima decem secunda refice.", None, "ask", {}),
    # ---- lt ----
    ("lt", "Ruošiu vaizdo įrašą mokyklos išleistuvėms, jos bus birželio 20 d. Sukurk linksmą pop dainą lietuviškai su šiais žodžiais: Mes išeinam į pasaulį / su draugais visam laikui", None, "t2a", {"tags_has": ["pop"], "lyrics": "Mes išeinam į pasaulį / su draugais visam laikui", "vocal_language": "lt"}),
    ("lt", "Tarp 0:40 ir 0:55 girdisi keistas traškesys. Jau bandžiau kitą grotuvą. Sugeneruok tą dalį iš naujo.", 130, "audio_inpaint", _win(40, 55)),
    ("lt", "Klientas nori failo WAV formatu. Konvertuok, prašau.", 150, "process_track", {"output_format": "wav"}),
    ("lt", "Daina per greita šokėjams. Ar gali ją sulėtinti?", 140, "ask", {}),
    # ---- ms ----
    ("ms", "Saya tengah siapkan video untuk majlis kahwin adik saya, majlis pada 8 Disember. Boleh buatkan lagu santai dengan gitar akustik, 1 minit, tanpa vokal?", None, "t2a", {"duration": 60, "tags_has": ["guitar"], "lyrics": INST}),
    ("ms", "Lagu ni 2 minit tapi video 2 minit 20 saat. Tambah 20 saat di hujung.", 120, "audio_outpaint", _out(0, 20)),
    ("ms", "Bahagian 1:00 hingga 1:15 bunyi sumbang. Saya dah cuba betulkan sendiri tapi tak jadi. Buat semula bahagian tu je.", 160, "audio_inpaint", _win(60, 75)),
    ("ms", "Pelanggan nak fail dalam format aac untuk apps dia. Boleh tukar?", 100, "ask", {}),
    # ---- ne ----
    ("ne", "म दशैंको लागि परिवारको भिडियो बनाउँदैछु, भिडियो ५ मिनेटको छ। बाँसुरी भएको रमाइलो धुन बनाइदिनुस्, १ मिनेटको, गीत बिना।", None, "t2a", {"duration": 60, "tags_has": ["flute"], "lyrics": INST}),
    ("ne", "गीत २ मिनेटको छ तर भिडियो २ मिनेट ३० सेकेन्डको। अन्त्यमा ३० सेकेन्ड थपिदिनुस्।", 120, "audio_outpaint", _out(0, 30)),
    ("ne", "सुरुमा ४ सेकेन्ड चुपचाप छ। त्यो ४ सेकेन्ड काटिदिनुस्।", 140, "process_track", {"trim_start_s": 4}),
    ("ne", "हिजो बनाएको गीत अहिले खुला छैन। त्यसको बीचको भाग फेरि बनाइदिनुस्।", None, "ask", {}),
    # ---- nl ----
    ("nl", "Ik maak een video voor het 25-jarig jubileum van onze voetbalclub, het feest is op 12 april. Kun je een vrolijk nummer maken in het Nederlands met deze tekst: Vijfentwintig jaar op het veld / samen zijn we sterk, dat is wat telt", None, "t2a", {"lyrics": "Vijfentwintig jaar op het veld / samen zijn we sterk, dat is wat telt", "vocal_language": "nl"}),
    ("nl", "Bij de vorige versie klonk het stuk van 1:10 tot 1:25 dof, ik heb al aan de EQ gezeten. Kun je alleen dat stuk opnieuw maken?", 150, "audio_inpaint", _win(70, 85)),
    ("nl", "Het nummer duurt 1:30 en de video 2:00. Verleng het aan het eind met een halve minuut.", 90, "audio_outpaint", _out(0, 30)),
    ("nl", "Onze podcast moet op -16 LUFS en als mp3 van 128 kbps. Nu is het veel te hard. Kun je dat regelen?", 200, "process_track", {"loudness_lufs": -16, "output_format": "mp3", "bitrate_kbps": 128}),
    ("nl", "Dit nummer is 2 minuten. Kun je het stuk van 2:20 tot 2:40 opnieuw doen?", 120, "ask", {}),
    # ---- no ----
    ("no", "Jeg lager en film fra hytteturen vår, den er 9 minutter lang. Lag et rolig stykke, rundt 80 sekunder, uten vokal.", None, "t2a", {"duration": 80, "lyrics": INST}),
    ("no", "De siste 10 sekundene høres rare ut, det slutter liksom midt i en tone. Lag dem på nytt.", 90, "audio_inpaint", _win(80, 90)),
    ("no", "Låten er 2 minutter og videoen er 2 minutter og 15 sekunder. Forleng slutten med 15 sekunder.", 120, "audio_outpaint", _out(0, 15)),
    ("no", "Kunden vil ha filen i OGG fordi spillmotoren deres bruker det. Gjør den om.", 70, "process_track", {"output_format": "ogg"}),
    ("no", "Sangen er fin, men jeg vil skille trommene fra resten så jeg kan bruke dem separat.", 150, "ask", {}),
    # ---- pa ----
    ("pa", "ਮੇਰੇ ਭਰਾ ਦਾ ਵਿਆਹ 25 ਨਵੰਬਰ ਨੂੰ ਹੈ ਤੇ 300 ਬੰਦੇ ਆਉਣਗੇ। ਇੱਕ ਜੋਸ਼ੀਲਾ ਭੰਗੜਾ ਗੀਤ ਪੰਜਾਬੀ ਵਿੱਚ ਬਣਾ ਦਿਓ।", None, "t2a", {"tags_has": ["bhangra"], "vocal_language": "pa"}),
    ("pa", "ਗੀਤ 2 ਮਿੰਟ ਦਾ ਹੈ ਪਰ ਵੀਡੀਓ 2 ਮਿੰਟ 20 ਸਕਿੰਟ ਦੀ। ਅਖੀਰ ਵਿੱਚ 20 ਸਕਿੰਟ ਹੋਰ ਜੋੜ ਦਿਓ।", 120, "audio_outpaint", _out(0, 20)),
    ("pa", "ਗੀਤ ਅਚਾਨਕ ਖਤਮ ਹੋ ਜਾਂਦਾ ਹੈ। ਅਖੀਰ ਵਿੱਚ 5 ਸਕਿੰਟ ਦਾ fade out ਲਾ ਦਿਓ।", 150, "process_track", {"fade_out_s": 5}),
    ("pa", "ਪਹਿਲੇ 10 ਸਕਿੰਟ ਵਿੱਚ ਢੋਲ ਬਹੁਤ ਉੱਚਾ ਹੈ, ਪਿਛਲੀ ਵਾਰ ਵੀ ਇਹੀ ਹੋਇਆ ਸੀ। ਉਹ 10 ਸਕਿੰਟ ਦੁਬਾਰਾ ਬਣਾ ਦਿਓ।", 160, "audio_inpaint", _win(0, 10)),
    # ---- pl ----
    ("pl", "Montuję film z wesela siostry, ślub był 17 czerwca i film ma 20 minut. Zrób mi spokojny utwór na fortepian, około półtorej minuty, bez wokalu.", None, "t2a", {"duration": 90, "tags_has": ["piano"], "lyrics": INST}),
    ("pl", "W poprzedniej wersji od 0:35 do 0:50 coś trzeszczy. Sprawdzałem na słuchawkach i głośnikach, to samo. Wygeneruj ponownie tylko ten fragment.", 140, "audio_inpaint", _win(35, 50)),
    ("pl", "Utwór ma 2 minuty, a reklama 2 minuty 30. Wydłuż go o 30 sekund na końcu.", 120, "audio_outpaint", _out(0, 30)),
    ("pl", "Na końcu jest 6 sekund ciszy, a na początku trzask. Utnij 6 sekund z końca i 1 sekundę z początku.", 130, "process_track", {"trim_end_s": 6, "trim_start_s": 1}),
    ("pl", "Mam gotowy podkład i osobno nagrany wokal. Możesz je połączyć w jeden plik?", 180, "ask", {}),
    # ---- ro ----
    ("ro", "Fac un video pentru nunta verișoarei mele din 2 septembrie. Vreau o piesă veselă cu vioară, cam două minute, fără voce.", None, "t2a", {"duration": 120, "tags_has": ["violin"], "lyrics": INST}),
    ("ro", "Ultimele 15 secunde sună ciudat, se termină brusc. Am încercat de două ori. Refă doar finalul acela.", 135, "audio_inpaint", _win(120, 135)),
    ("ro", "Piesa are 1:45, iar videoul 2:00. Adaugă 15 secunde la final.", 105, "audio_outpaint", _out(0, 15)),
    ("ro", "Clientul vrea mp3 la 192 kbps pentru site. Convertește-l, te rog.", 160, "process_track", {"output_format": "mp3", "bitrate_kbps": 192}),
    ("ro", "Piesa de ieri nu mai e deschisă. Poți să-i pui un fade out de 5 secunde?", None, "ask", {}),
    # ---- sa ----
    ("sa", "मम गुरोः जन्मदिनम् आगामिनि सोमवासरे अस्ति। संस्कृतभाषायां गीतं रचय, एतानि वचनानि गायतु: गुरुर्ब्रह्मा गुरुर्विष्णुः / गुरुर्देवो महेश्वरः", None, "t2a", {"lyrics": "गुरुर्ब्रह्मा गुरुर्विष्णुः / गुरुर्देवो महेश्वरः", "vocal_language": "sa"}),
    ("sa", "गीतं द्वे निमेषे अस्ति, किन्तु चलचित्रं सार्धद्विनिमेषात्मकम्। अन्ते त्रिंशत् क्षणान् योजय।", 120, "audio_outpaint", _out(0, 30)),
    ("sa", "आरम्भे पञ्च क्षणाः मौनम् अस्ति। तान् पञ्च क्षणान् कर्तय।", 100, "process_track", {"trim_start_s": 5}),
    ("sa", "ह्यः रचितं गीतं इदानीं उद्घाटितं नास्ति। तस्य अन्तिमभागं पुनः रचय।", None, "ask", {}),
    # ---- sk ----
    ("sk", "Robím video na stužkovú, bude 25. novembra a príde 90 ľudí. Sprav mi energickú rockovú pesničku po slovensky.", None, "t2a", {"tags_has": ["rock"], "vocal_language": "sk"}),
    ("sk", "Skladba má 2 minúty a video 2:20. Predĺž ju o 20 sekúnd na konci.", 120, "audio_outpaint", _out(0, 20)),
    ("sk", "Medzi 1:05 a 1:20 je to rozladené. Skúsil som to opraviť sám, ale nejde to. Pregeneruj len tento úsek.", 150, "audio_inpaint", _win(65, 80)),
    ("sk", "Chcem túto pesničku o trochu vyššie, speváčka ju nevie zaspievať takto nízko.", 140, "ask", {}),
    # ---- sr ----
    ("sr", "Правим видео за крсну славу, слава је 19. децембра. Направи ми свечану композицију са хармоником, око минут и по, без певања.", None, "t2a", {"duration": 90, "tags_has": ["accordion"], "lyrics": INST}),
    ("sr", "Pesma traje 2 minuta a video 2 i po. Produži je za 30 sekundi na kraju.", 120, "audio_outpaint", _out(0, 30)),
    ("sr", "Klijent traži WAV zbog televizije. Konvertuj ga.", 100, "process_track", {"output_format": "wav"}),
    ("sr", "Poslednjih 20 sekundi zvuči kao da je prekinuto, probao sam dvaput. Ponovo generiši tih 20 sekundi.", 140, "audio_inpaint", _win(120, 140)),
    # ---- sv ----
    ("sv", "Jag gör en film till midsommarfesten, den är 7 minuter lång. Gör en glad folkmusiklåt med nyckelharpa, cirka 1 minut, utan sång.", None, "t2a", {"duration": 60, "tags_has": ["folk"], "lyrics": INST}),
    ("sv", "Förra versionen hade ett konstigt brus från 0:15 till 0:30. Jag har redan testat två olika högtalare. Gör om just den biten.", 120, "audio_inpaint", _win(15, 30)),
    ("sv", "Låten är 1:40 och videon 2:00. Förläng slutet med 20 sekunder.", 100, "audio_outpaint", _out(0, 20)),
    ("sv", "Låten ska användas som bakgrund i vår butik hela dagen. Gör den loopbar och exportera som mp3.", 80, "process_track", {"loop": True, "output_format": "mp3"}),
    ("sv", "Kan du byta tonart på den här låten? Sångerskan i kören klarar inte de höga tonerna.", 170, "ask", {}),
    # ---- sw ----
    ("sw", "Ninatengeneza video ya harusi ya dada yangu, harusi ilikuwa tarehe 5 Julai. Nitengenezee wimbo wa taarab kwa Kiswahili, wenye maneno haya: Leo ni siku ya furaha / dada yetu ameolewa", None, "t2a", {"tags_has": ["taarab"], "lyrics": "Leo ni siku ya furaha / dada yetu ameolewa", "vocal_language": "sw"}),
    ("sw", "Wimbo ni dakika 2 lakini video ni dakika 2 na nusu. Ongeza sekunde 30 mwishoni.", 120, "audio_outpaint", _out(0, 30)),
    ("sw", "Mteja anataka faili la mp3. Tafadhali libadilishe.", 110, "process_track", {"output_format": "mp3"}),
    ("sw", "Wimbo wa jana haujafunguliwa sasa. Rekebisha sekunde 10 za mwisho.", None, "ask", {}),
    # ---- ta ----
    ("ta", "என் அம்மாவின் 60வது பிறந்தநாள் அடுத்த வாரம், 50 பேர் வருவாங்க. வீணை இசையில் ஒரு மென்மையான இசை 1 நிமிடம் செய்து கொடுங்க, பாடல் வேண்டாம்.", None, "t2a", {"duration": 60, "tags_has": ["veena"], "lyrics": INST}),
    ("ta", "பாடல் 2 நிமிடம், ஆனா வீடியோ 2 நிமிடம் 30 வினாடி. கடைசியில 30 வினாடி சேர்த்துடுங்க.", 120, "audio_outpaint", _out(0, 30)),
    ("ta", "0:45 முதல் 1:00 வரை ஒரு விசித்திரமான சத்தம் வருது. நான் ஏற்கனவே ரெண்டு தடவை முயற்சி பண்ணேன். அந்த பகுதியை மட்டும் மறுபடி உருவாக்குங்க.", 150, "audio_inpaint", _win(45, 60)),
    ("ta", "பாட்டு ரொம்ப வேகமா இருக்கு, டான்ஸ் பசங்க பிராக்டீஸ் பண்ண முடியல. கொஞ்சம் மெதுவா ஆக்க முடியுமா?", 140, "ask", {}),
    # ---- te ----
    ("te", "మా అక్క పెళ్లి ఫిబ్రవరి 14న, వీడియో 8 నిమిషాలు ఉంటుంది. తెలుగులో పాడే ఒక ఆనందమైన పాట చేసి ఇవ్వండి, రెండు వెర్షన్లు కావాలి.", None, "t2a", {"vocal_language": "te", "takes": 2}),
    ("te", "పాట 2 నిమిషాలు, కానీ యాడ్ 2 నిమిషాల 15 సెకన్లు. చివర్లో 15 సెకన్లు పెంచండి.", 120, "audio_outpaint", _out(0, 15)),
    ("te", "మొదట్లో 2 సెకన్లు నిశ్శబ్దం ఉంది, చివర అకస్మాత్తుగా ఆగిపోతుంది. మొదటి 2 సెకన్లు తీసేసి, చివర 4 సెకన్ల fade out పెట్టండి.", 130, "process_track", {"trim_start_s": 2, "fade_out_s": 4}),
    ("te", "నిన్న చేసిన పాట ఇప్పుడు ఓపెన్ లో లేదు. దాన్ని wav కి మార్చగలరా?", None, "ask", {}),
    # ---- th ----
    ("th", "กำลังทำวิดีโองานบวชของน้องชาย งานวันที่ 9 มีนาคม คนมาประมาณ 100 คน ช่วยทำเพลงบรรเลงสงบ ๆ ยาว 1 นาทีครึ่ง ไม่มีเสียงร้อง", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("th", "เวอร์ชันที่แล้วช่วง 0:40 ถึง 0:55 มีเสียงแตก ลองเปิดหลายเครื่องแล้วก็เหมือนเดิม ช่วยทำใหม่แค่ช่วงนั้น", 130, "audio_inpaint", _win(40, 55)),
    ("th", "เพลงยาว 2 นาที แต่คลิปยาว 2 นาที 20 วิ ช่วยต่อท้ายอีก 20 วินาที", 120, "audio_outpaint", _out(0, 20)),
    ("th", "ลูกค้าต้องการให้ดังเท่ากับ -14 LUFS ตามมาตรฐานสตรีมมิ่ง ช่วยปรับให้หน่อย", 180, "process_track", {"loudness_lufs": -14}),
    ("th", "เพลงนี้ยาว 1 นาทีครึ่ง ช่วยแก้ตรงนาทีที่ 2 ถึง 2:15 ให้หน่อย", 90, "ask", {}),
    # ---- tl ----
    ("tl", "Gumagawa ako ng video para sa debut ng pinsan ko sa Oktubre 18, mga 150 ang bisita. Gawa ka ng masayang pop song na kinakanta sa Tagalog, dalawang minuto.", None, "t2a", {"duration": 120, "tags_has": ["pop"], "vocal_language": "tl"}),
    ("tl", "Yung kanta 2 minutes lang pero yung video 2:30. Dagdagan mo ng 30 seconds sa dulo.", 120, "audio_outpaint", _out(0, 30)),
    ("tl", "Sa previous render, yung 1:00 hanggang 1:10 parang sira. Natry ko na i-export ulit pero ganun pa rin. Paki-ulit lang yung part na yun.", 150, "audio_inpaint", _win(60, 70)),
    ("tl", "Gusto ng client ng m4a kasi yun daw ang tinatanggap ng system nila. Paki-convert.", 100, "ask", {}),
    # ---- tr ----
    ("tr", "Kuzenimin düğün videosunu hazırlıyorum, düğün 22 Haziran'daydı ve video 10 dakika. Hüzünlü bir parça yapar mısın, bir buçuk dakika, sözsüz?", None, "t2a", {"duration": 90, "lyrics": INST}),
    ("tr", "Geçen seferki çıktıda 0:50 ile 1:05 arası cızırtılı. Başka kulaklıkla da denedim, aynı. Sadece o kısmı yeniden üret.", 140, "audio_inpaint", _win(50, 65)),
    ("tr", "Parça 2 dakika ama reklam filmi 2 dakika 30 saniye. Sonuna 30 saniye ekle.", 120, "audio_outpaint", _out(0, 30)),
    ("tr", "Müşteri dosyayı FLAC olarak istiyor, arşiv için. Ayrıca sonuna 4 saniyelik fade out koy.", 170, "process_track", {"output_format": "flac", "fade_out_s": 4}),
    ("tr", "Dün yaptığım şarkı şu an açık değil. Başına 10 saniye ekleyebilir misin?", None, "ask", {}),
    # ---- uk ----
    ("uk", "Роблю відео на випускний сина, свято 28 червня, буде 60 гостей. Зроби, будь ласка, веселу пісню українською з такими словами: Летимо вперед, мов птахи / нас чекає світ без страху", None, "t2a", {"lyrics": "Летимо вперед, мов птахи / нас чекає світ без страху", "vocal_language": "uk"}),
    ("uk", "В останній версії з 1:20 до 1:35 якийсь тріск. Я вже пробував інший плеєр. Перегенеруй тільки цей шматок.", 160, "audio_inpaint", _win(80, 95)),
    ("uk", "Трек 1:30, а ролик 2:00. Додай 30 секунд у кінці.", 90, "audio_outpaint", _out(0, 30)),
    ("uk", "На початку 2 секунди тиші, а в кінці різкий обрив. Обріж 2 секунди на початку і додай затухання в кінці на 3 секунди.", 120, "process_track", {"trim_start_s": 2, "fade_out_s": 3}),
    ("uk", "Хочу накласти цей трек на іншу пісню, щоб вони грали разом. Можеш?", 150, "ask", {}),
    # ---- ur ----
    ("ur", "میں اپنی بہن کی مہندی کی ویڈیو بنا رہا ہوں، تقریب 3 جنوری کو ہے۔ ایک خوشی والا گانا اردو میں گایا ہوا بنا دیں۔", None, "t2a", {"vocal_language": "ur"}),
    ("ur", "گانا 2 منٹ کا ہے لیکن ویڈیو 2 منٹ 20 سیکنڈ کی۔ آخر میں 20 سیکنڈ بڑھا دیں۔", 120, "audio_outpaint", _out(0, 20)),
    ("ur", "کلائنٹ کو mp3 فائل 320 kbps میں چاہیے۔ تبدیل کر دیں۔", 180, "process_track", {"output_format": "mp3", "bitrate_kbps": 320}),
    ("ur", "گانے میں 0:30 سے 0:45 تک آواز پھٹ رہی ہے، پچھلی بار بھی یہی ہوا تھا۔ صرف وہ حصہ دوبارہ بنا دیں۔", 140, "audio_inpaint", _win(30, 45)),
    # ---- vi ----
    ("vi", "Mình đang làm video kỷ niệm 10 năm thành lập công ty, sự kiện ngày 15/10, khoảng 200 khách. Làm giúp mình một bản nhạc piano nhẹ nhàng, 1 phút rưỡi, không lời nhé.", None, "t2a", {"duration": 90, "tags_has": ["piano"], "lyrics": INST}),
    ("vi", "Bản render trước bị rè từ 0:25 đến 0:40, mình thử loa khác rồi vẫn vậy. Làm lại đoạn đó thôi.", 120, "audio_inpaint", _win(25, 40)),
    ("vi", "Bài dài 2 phút mà video 2 phút 30. Kéo dài thêm 30 giây ở cuối giúp mình.", 120, "audio_outpaint", _out(0, 30)),
    ("vi", "Khách yêu cầu file ogg cho game của họ. Chuyển giúp mình nha.", 60, "process_track", {"output_format": "ogg"}),
    ("vi", "Bài này hơi chậm so với nhịp nhảy của nhóm, tăng tốc độ lên một chút được không?", 150, "ask", {}),
    # ---- yue ----
    ("yue", "我幫老細整緊公司週年晚宴嘅片，晚宴喺12月20號，有大概80人。幫我整首輕鬆嘅爵士樂，一分鐘，唔要人聲。", None, "t2a", {"duration": 60, "tags_has": ["jazz"], "lyrics": INST}),
    ("yue", "首歌得2分鐘，但段片有2分半。喺尾度加多30秒啦。", 120, "audio_outpaint", _out(0, 30)),
    ("yue", "上次出嗰版由1分10秒到1分25秒有啲雜音，我試過用其他耳機聽都係咁。淨係重整嗰段得唔得？", 150, "audio_inpaint", _win(70, 85)),
    ("yue", "客要wav檔，因為電台淨係收wav。幫我轉咗佢。", 130, "process_track", {"output_format": "wav"}),
]
