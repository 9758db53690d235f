"""Red-team requests for the router, written without reading its tables or its labelled sets.

(lang, request, track length or None, wanted tool, arguments the plan must carry). "t2a" accepts either
text-to-audio endpoint (the request does not settle the model); "ask" wants a question."""

from __future__ import annotations

from typing import Any

R: list[tuple[Any, ...]] = [
    # en
    ("en", "need a chill synthwave track, about three and a half minutes, instrumental only", None, "t2a", {"duration": 210, "lyrics": "[inst]"}),
    ("en", "can u redo 1:05-1:20 of it with a sax solo instead", 200.0, "audio_inpaint", {"start_time": 65, "end_time": 80}),
    ("en", "tack on a 15 sec piano outro pls", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("en", "write me a country song, lyrics below\n[Verse]\nWoke up at 6:45 with the rain on the glass\n[Chorus]\nOh Tennessee, let me go", None, "t2a", {}),
    ("en", "90 second drum and bass beat, no singing", None, "t2a", {"duration": 90, "lyrics": "[inst]"}),
    ("en", "give me the track as a seamless loop in mp3", 64.0, "process_track", {"output_format": "mp3", "loop": True}),
    # de
    ("de", "Mach mir bitte einen ruhigen Ambient-Track, so zweieinhalb Minuten, ohne Gesang", None, "t2a", {"duration": 150, "lyrics": "[inst]"}),
    ("de", "Ersetz bitte den Teil von 0:40 bis 0:55 durch ein Gitarrensolo", 180.0, "audio_inpaint", {"start_time": 40, "end_time": 55}),
    ("de", "Häng noch 20 Sekunden Outro mit Streichern dran", 150.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 20}),
    ("de", "Ein deutsches Schlagerlied über den Bodensee, drei Minuten lang", None, "text_to_audio_v15", {"duration": 180}),
    ("de", "wandle den Track in WAV um", 90.0, "process_track", {"output_format": "wav"}),
    # es
    ("es", "quiero una cumbia instrumental de dos minutos", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("es", "cambia del 1:10 al 1:30 por un solo de trompeta", 200.0, "audio_inpaint", {"start_time": 70, "end_time": 90}),
    ("es", "añádele una intro de 8 segundos con guitarra acústica", 120.0, "audio_outpaint", {"extend_before_duration": 8, "extend_after_duration": 0}),
    ("es", "hazme una balada en español de cuatro minutos sobre mi abuela", None, "text_to_audio_v15", {"duration": 240}),
    ("es", "alarga la canción 30 segundos al final con un piano suave", 100.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 30}),
    # fr
    ("fr", "Fais-moi un morceau de jazz manouche d'une minute trente, sans voix", None, "t2a", {"duration": 90, "lyrics": "[inst]"}),
    ("fr", "remplace le passage de 0:20 à 0:35 par un break de batterie", 150.0, "audio_inpaint", {"start_time": 20, "end_time": 35}),
    ("fr", "ajoute une intro de 12 secondes au piano", 150.0, "audio_outpaint", {"extend_before_duration": 12, "extend_after_duration": 0}),
    ("fr", "une chanson française mélancolique de trois minutes sur Paris sous la pluie", None, "text_to_audio_v15", {"duration": 180}),
    ("fr", "prolonge le morceau de 45 secondes à la fin, même ambiance, piano", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 45}),
    # it
    ("it", "fammi una base lo-fi di due minuti, solo strumentale", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("it", "rifai la parte da 0:50 a 1:05 con un assolo di chitarra", 180.0, "audio_inpaint", {"start_time": 50, "end_time": 65}),
    ("it", "aggiungi un'intro di 10 secondi con archi", 180.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("it", "una canzone italiana d'amore di tre minuti, stile anni 60", None, "text_to_audio_v15", {"duration": 180}),
    # pt
    ("pt", "faz uma bossa nova instrumental de dois minutos e meio", None, "t2a", {"duration": 150, "lyrics": "[inst]"}),
    ("pt", "troca o trecho de 1:00 a 1:15 por um solo de flauta", 180.0, "audio_inpaint", {"start_time": 60, "end_time": 75}),
    ("pt", "uma canção de rock em português sobre o mar, três minutos", None, "text_to_audio_v15", {"duration": 180}),
    ("pt", "acrescenta 20 segundos de outro com violão no final", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 20}),
    # nl
    ("nl", "maak een rustig pianonummer van twee minuten zonder zang", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("nl", "vervang 0:30 tot 0:45 door een drumsolo", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("nl", "voeg een intro van 10 seconden toe met synths", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("nl", "een Nederlandstalig liedje over de zee, drie minuten", None, "text_to_audio_v15", {"duration": 180}),
    # ru
    ("ru", "сделай спокойный эмбиент на три минуты, без вокала", None, "t2a", {"duration": 180, "lyrics": "[inst]"}),
    ("ru", "замени кусок с 1:20 до 1:40 на гитарное соло", 200.0, "audio_inpaint", {"start_time": 80, "end_time": 100}),
    ("ru", "добавь в конец 15 секунд аутро на пианино", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("ru", "песня на русском про зиму, две минуты", None, "text_to_audio_v15", {"duration": 120}),
    ("ru", "сконвертируй трек в mp3", 120.0, "process_track", {"output_format": "mp3"}),
    # ja
    ("ja", "落ち着いたピアノのBGMを2分で、ボーカルなし", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("ja", "0:30から0:45をギターソロに差し替えて", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("ja", "最後に10秒のアウトロを追加して、ストリングスで", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 10}),
    ("ja", "夏祭りについての日本語の歌を3分で作って", None, "text_to_audio_v15", {"duration": 180}),
    # ko
    ("ko", "잔잔한 피아노 곡 2분짜리, 보컬 없이", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("ko", "1:00부터 1:20까지 드럼 솔로로 바꿔줘", 180.0, "audio_inpaint", {"start_time": 60, "end_time": 80}),
    ("ko", "앞에 8초 인트로 추가해줘, 신스 패드로", 120.0, "audio_outpaint", {"extend_before_duration": 8, "extend_after_duration": 0}),
    ("ko", "한국어 발라드 3분 정도로 만들어줘", None, "text_to_audio_v15", {"duration": 180}),
    # zh
    ("zh", "做一首两分钟的轻音乐，不要人声", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("zh", "把1:10到1:25换成萨克斯独奏", 180.0, "audio_inpaint", {"start_time": 70, "end_time": 85}),
    ("zh", "在结尾加15秒的钢琴尾奏", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("zh", "写一首三分钟的中文流行歌，关于毕业", None, "text_to_audio_v15", {"duration": 180}),
    # hi
    ("hi", "दो मिनट का शांत बांसुरी संगीत बनाओ, बिना आवाज़ के", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("hi", "0:40 से 0:55 तक वाला हिस्सा तबला सोलो से बदल दो", 150.0, "audio_inpaint", {"start_time": 40, "end_time": 55}),
    ("hi", "आखिर में 20 सेकंड का आउट्रो जोड़ दो, सितार के साथ", 150.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 20}),
    ("hi", "बारिश पर एक हिंदी गाना, तीन मिनट का", None, "text_to_audio_v15", {"duration": 180}),
    # ar
    ("ar", "أريد موسيقى هادئة بالعود مدتها دقيقتان بدون غناء", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("ar", "استبدل الجزء من 0:30 إلى 0:50 بعزف على الناي", 150.0, "audio_inpaint", {"start_time": 30, "end_time": 50}),
    ("ar", "أضف مقدمة مدتها 10 ثوانٍ بالبيانو", 150.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("ar", "أغنية عربية عن البحر مدتها ثلاث دقائق", None, "text_to_audio_v15", {"duration": 180}),
    # az
    ("az", "iki dəqiqəlik sakit piano musiqisi, vokalsız", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("az", "0:30-dan 0:45-ə qədər olan hissəni gitara solosu ilə əvəz et", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("az", "sonuna 15 saniyəlik outro əlavə et, tar ilə", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("az", "Azərbaycan dilində vətən haqqında mahnı, üç dəqiqə", None, "text_to_audio_v15", {"duration": 180}),
    # bg
    ("bg", "направи спокойна музика с пиано, две минути, без вокали", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("bg", "замени частта от 1:00 до 1:20 с китарно соло", 180.0, "audio_inpaint", {"start_time": 60, "end_time": 80}),
    ("bg", "добави 10 секунди интро с цигулки", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("bg", "песен на български за морето, три минути", None, "text_to_audio_v15", {"duration": 180}),
    # bn
    ("bn", "দুই মিনিটের একটা শান্ত বাঁশির সুর, কোনো গান ছাড়া", None, "t2a", {"duration": 120}),
    ("bn", "০:৩০ থেকে ০:৪৫ অংশটা তবলা দিয়ে বদলে দাও", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("bn", "শেষে ১৫ সেকেন্ডের আউট্রো যোগ করো, সেতার দিয়ে", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("bn", "বৃষ্টি নিয়ে একটা বাংলা গান, তিন মিনিট", None, "text_to_audio_v15", {"duration": 180}),
    # ca
    ("ca", "fes-me una peça de piano tranquil·la de dos minuts, sense veu", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("ca", "canvia el tros de 0:50 a 1:10 per un solo de guitarra", 150.0, "audio_inpaint", {"start_time": 50, "end_time": 70}),
    ("ca", "afegeix una intro de 10 segons amb cordes", 150.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("ca", "una cançó en català sobre Barcelona, tres minuts", None, "text_to_audio_v15", {"duration": 180}),
    # cs
    ("cs", "udělej klidnou klavírní skladbu na dvě minuty, bez zpěvu", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("cs", "nahraď úsek od 0:40 do 1:00 kytarovým sólem", 150.0, "audio_inpaint", {"start_time": 40, "end_time": 60}),
    ("cs", "přidej na konec 20 sekund outra s houslemi", 150.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 20}),
    ("cs", "česká písnička o létě, tři minuty", None, "text_to_audio_v15", {"duration": 180}),
    # da
    ("da", "lav et roligt klavernummer på to minutter uden vokal", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("da", "erstat stykket fra 1:00 til 1:15 med en guitarsolo", 150.0, "audio_inpaint", {"start_time": 60, "end_time": 75}),
    ("da", "tilføj en intro på 10 sekunder med strygere", 150.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("da", "en dansk sang om sommeren, tre minutter", None, "text_to_audio_v15", {"duration": 180}),
    # el
    ("el", "φτιάξε ένα ήρεμο κομμάτι με πιάνο, δύο λεπτά, χωρίς φωνή", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("el", "αντικατέστησε το κομμάτι από 0:30 έως 0:50 με σόλο μπουζούκι", 150.0, "audio_inpaint", {"start_time": 30, "end_time": 50}),
    ("el", "πρόσθεσε ένα outro 15 δευτερολέπτων στο τέλος", 150.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("el", "ένα ελληνικό τραγούδι για τη θάλασσα, τρία λεπτά", None, "text_to_audio_v15", {"duration": 180}),
    # fa
    ("fa", "یک موسیقی آرام با سنتور دو دقیقه‌ای، بدون آواز", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("fa", "بخش ۰:۳۰ تا ۰:۴۵ را با تکنوازی تار عوض کن", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("fa", "یک مقدمه ۱۰ ثانیه‌ای با پیانو اضافه کن", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("fa", "یک ترانه فارسی درباره باران، سه دقیقه", None, "text_to_audio_v15", {"duration": 180}),
    # fi
    ("fi", "tee rauhallinen pianokappale, kaksi minuuttia, ilman laulua", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("fi", "korvaa kohta 0:45–1:00 kitarasoololla", 150.0, "audio_inpaint", {"start_time": 45, "end_time": 60}),
    ("fi", "lisää loppuun 20 sekunnin outro jousilla", 150.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 20}),
    ("fi", "suomenkielinen laulu kesästä, kolme minuuttia", None, "text_to_audio_v15", {"duration": 180}),
    # he
    ("he", "תעשה לי מוזיקה רגועה עם פסנתר, שתי דקות, בלי שירה", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("he", "תחליף את הקטע מ-0:30 עד 0:45 בסולו גיטרה", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("he", "תוסיף אינטרו של 10 שניות עם כינורות", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("he", "שיר בעברית על ירושלים, שלוש דקות", None, "text_to_audio_v15", {"duration": 180}),
    # hr
    ("hr", "napravi mirnu klavirsku skladbu od dvije minute, bez vokala", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("hr", "zamijeni dio od 1:00 do 1:20 gitarskim solom", 150.0, "audio_inpaint", {"start_time": 60, "end_time": 80}),
    ("hr", "dodaj na kraj 15 sekundi outra s klavirom", 150.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("hr", "pjesma na hrvatskom o moru, tri minute", None, "text_to_audio_v15", {"duration": 180}),
    # ht
    ("ht", "fè yon mizik kalm ak pyano, de minit, san vwa", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("ht", "ranplase pati ki soti 0:30 rive 0:45 la ak yon solo gita", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("ht", "ajoute yon entwodiksyon 10 segonn ak tanbou", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("ht", "yon chante an kreyòl sou lanmè a, twa minit", None, "text_to_audio_v15", {"duration": 180}),
    # hu
    ("hu", "csinálj egy nyugodt zongoradarabot, két perc, ének nélkül", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("hu", "cseréld le a 0:40 és 1:00 közötti részt egy gitárszólóra", 150.0, "audio_inpaint", {"start_time": 40, "end_time": 60}),
    ("hu", "adj hozzá a végéhez egy 20 másodperces outrót", 150.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 20}),
    ("hu", "magyar nyelvű dal a Balatonról, három perc", None, "text_to_audio_v15", {"duration": 180}),
    # id
    ("id", "bikinin musik piano yang tenang, dua menit, tanpa vokal", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("id", "ganti bagian 0:30 sampai 0:45 dengan solo gitar", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("id", "tambahin intro 10 detik pakai gamelan", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("id", "lagu berbahasa Indonesia tentang hujan, tiga menit", None, "text_to_audio_v15", {"duration": 180}),
    # is
    ("is", "búðu til rólegt píanólag, tvær mínútur, án söngs", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("is", "skiptu út kaflanum frá 0:30 til 0:50 fyrir gítarsóló", 150.0, "audio_inpaint", {"start_time": 30, "end_time": 50}),
    ("is", "bættu við 15 sekúndna outro í lokin", 150.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("is", "lag á íslensku um norðurljósin, þrjár mínútur", None, "text_to_audio_v15", {"duration": 180}),
    # la
    ("la", "fac musicam tranquillam sine voce, duo minuta", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("la", "carmen Latine de Roma, tria minuta", None, "text_to_audio_v15", {"duration": 180}),
    ("la", "adde introitum decem secundorum", 120.0, "ask", {}),
    ("la", "muta partem a 0:30 ad 0:45 in solo citharae", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    # lt
    ("lt", "sukurk ramų fortepijono kūrinį, dvi minutės, be vokalo", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("lt", "pakeisk dalį nuo 0:30 iki 0:50 gitaros solo", 150.0, "audio_inpaint", {"start_time": 30, "end_time": 50}),
    ("lt", "pridėk 10 sekundžių intro su smuikais", 150.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("lt", "daina lietuviškai apie jūrą, trys minutės", None, "text_to_audio_v15", {"duration": 180}),
    # ms
    ("ms", "buatkan muzik piano yang tenang, dua minit, tanpa vokal", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("ms", "tukar bahagian 1:00 hingga 1:15 dengan solo gitar", 150.0, "audio_inpaint", {"start_time": 60, "end_time": 75}),
    ("ms", "tambah outro 20 saat di hujung lagu", 150.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 20}),
    ("ms", "lagu dalam bahasa Melayu tentang kampung, tiga minit", None, "text_to_audio_v15", {"duration": 180}),
    # ne
    ("ne", "दुई मिनेटको शान्त बाँसुरी संगीत बनाऊ, गायन बिना", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("ne", "०:३० देखि ०:४५ सम्मको भाग गिटार सोलोले बदल", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("ne", "अन्त्यमा १५ सेकेन्डको आउट्रो थप", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("ne", "हिमालको बारेमा नेपाली गीत, तीन मिनेट", None, "text_to_audio_v15", {"duration": 180}),
    # no
    ("no", "lag en rolig pianolåt på to minutter, uten vokal", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("no", "bytt ut delen fra 0:30 til 0:45 med en gitarsolo", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("no", "legg til en intro på 10 sekunder med fele", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("no", "en sang på norsk om fjellet, tre minutter", None, "text_to_audio_v15", {"duration": 180}),
    # pa
    ("pa", "ਦੋ ਮਿੰਟ ਦਾ ਸ਼ਾਂਤ ਸੰਗੀਤ ਬਣਾਓ, ਬਿਨਾਂ ਆਵਾਜ਼ ਦੇ", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("pa", "0:30 ਤੋਂ 0:45 ਵਾਲਾ ਹਿੱਸਾ ਢੋਲ ਨਾਲ ਬਦਲੋ", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("pa", "ਅਖੀਰ ਵਿੱਚ 15 ਸਕਿੰਟ ਦਾ ਆਊਟਰੋ ਜੋੜੋ", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("pa", "ਪੰਜਾਬੀ ਗੀਤ ਖੇਤਾਂ ਬਾਰੇ, ਤਿੰਨ ਮਿੰਟ", None, "text_to_audio_v15", {"duration": 180}),
    # pl
    ("pl", "zrób spokojny utwór na pianinie, dwie minuty, bez wokalu", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("pl", "zamień fragment od 1:10 do 1:30 na solówkę gitarową", 180.0, "audio_inpaint", {"start_time": 70, "end_time": 90}),
    ("pl", "dodaj na końcu 20 sekund outro ze smyczkami", 150.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 20}),
    ("pl", "piosenka po polsku o jesieni, trzy minuty", None, "text_to_audio_v15", {"duration": 180}),
    # ro
    ("ro", "fă-mi o piesă liniștită la pian, două minute, fără voce", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("ro", "înlocuiește partea de la 0:30 la 0:50 cu un solo de chitară", 150.0, "audio_inpaint", {"start_time": 30, "end_time": 50}),
    ("ro", "adaugă un intro de 10 secunde cu vioară", 150.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("ro", "un cântec în română despre mare, trei minute", None, "text_to_audio_v15", {"duration": 180}),
    # sa
    ("sa", "संस्कृत श्लोक गायन, त्रीणि निमेषाः", None, "ask", {}),
    ("sa", "संस्कृतभाषायां गीतम्, तीन मिनट", None, "text_to_audio_v15", {"duration": 180}),
    ("sa", "शान्तं वाद्यसङ्गीतम्, द्वे मिनट, गानं विना", None, "t2a", {"duration": 120}),
    ("sa", "अन्ते १५ सेकण्ड योजय", 120.0, "ask", {}),
    # sk
    ("sk", "sprav pokojnú klavírnu skladbu na dve minúty, bez spevu", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("sk", "nahraď časť od 0:40 do 1:00 gitarovým sólom", 150.0, "audio_inpaint", {"start_time": 40, "end_time": 60}),
    ("sk", "pridaj na koniec 15 sekúnd outra", 150.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("sk", "slovenská pesnička o horách, tri minúty", None, "text_to_audio_v15", {"duration": 180}),
    # sr
    ("sr", "направи мирну композицију за клавир, два минута, без вокала", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("sr", "zameni deo od 0:30 do 0:45 solom na gitari", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("sr", "додај интро од 10 секунди са виолином", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("sr", "песма на српском о Дунаву, три минута", None, "text_to_audio_v15", {"duration": 180}),
    # sv
    ("sv", "gör en lugn pianolåt på två minuter, utan sång", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("sv", "byt ut delen från 0:30 till 0:45 mot ett gitarrsolo", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("sv", "lägg till ett 20 sekunders outro på slutet", 150.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 20}),
    ("sv", "en visa på svenska om midsommar, tre minuter", None, "text_to_audio_v15", {"duration": 180}),
    # sw
    ("sw", "tengeneza muziki wa piano wa utulivu, dakika mbili, bila sauti ya kuimba", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("sw", "badilisha sehemu ya 0:30 hadi 0:45 kwa solo ya gitaa", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("sw", "ongeza utangulizi wa sekunde 10 wenye ngoma", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("sw", "wimbo wa Kiswahili kuhusu bahari, dakika tatu", None, "text_to_audio_v15", {"duration": 180}),
    # ta
    ("ta", "இரண்டு நிமிட அமைதியான வீணை இசை, குரல் இல்லாமல்", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("ta", "0:30 முதல் 0:45 வரை உள்ள பகுதியை மிருதங்கம் சோலோவாக மாற்று", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("ta", "கடைசியில் 15 வினாடி அவுட்ரோ சேர்", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("ta", "மழை பற்றிய தமிழ் பாடல், மூன்று நிமிடம்", None, "text_to_audio_v15", {"duration": 180}),
    # te
    ("te", "రెండు నిమిషాల ప్రశాంతమైన వేణు సంగీతం, గాత్రం లేకుండా", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("te", "0:30 నుండి 0:45 వరకు ఉన్న భాగాన్ని గిటార్ సోలోతో మార్చు", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("te", "చివరలో 15 సెకన్ల అవుట్రో జోడించు", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("te", "వర్షం గురించి తెలుగు పాట, మూడు నిమిషాలు", None, "text_to_audio_v15", {"duration": 180}),
    # th
    ("th", "ทำเพลงเปียโนสบายๆ ยาวสองนาที ไม่มีเสียงร้อง", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("th", "เปลี่ยนช่วง 0:30 ถึง 0:45 เป็นโซโล่กีตาร์", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("th", "เพิ่มอินโทร 10 วินาทีด้วยซอ", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("th", "เพลงภาษาไทยเกี่ยวกับทะเล ยาวสามนาที", None, "text_to_audio_v15", {"duration": 180}),
    # tl
    ("tl", "gawa ka ng kalmadong piano music, dalawang minuto, walang boses", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("tl", "palitan mo yung part na 0:30 hanggang 0:45 ng guitar solo", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("tl", "dagdagan mo ng 15 segundong outro sa dulo", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("tl", "kanta sa Tagalog tungkol sa pag-ibig, tatlong minuto", None, "text_to_audio_v15", {"duration": 180}),
    # tr
    ("tr", "iki dakikalık sakin bir piyano parçası yap, vokalsiz", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("tr", "0:30 ile 0:45 arasını gitar solosuyla değiştir", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("tr", "sonuna 20 saniyelik bir outro ekle, bağlama ile", 150.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 20}),
    ("tr", "İstanbul hakkında Türkçe bir şarkı, üç dakika", None, "text_to_audio_v15", {"duration": 180}),
    # uk
    ("uk", "зроби спокійну композицію для фортепіано на дві хвилини, без вокалу", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("uk", "заміни фрагмент з 1:00 до 1:20 на гітарне соло", 150.0, "audio_inpaint", {"start_time": 60, "end_time": 80}),
    ("uk", "додай інтро на 10 секунд зі скрипкою", 150.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("uk", "пісня українською про Карпати, три хвилини", None, "text_to_audio_v15", {"duration": 180}),
    # ur
    ("ur", "دو منٹ کی پرسکون بانسری موسیقی بناؤ، بغیر آواز کے", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("ur", "0:30 سے 0:45 تک کا حصہ طبلے سے بدل دو", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("ur", "آخر میں 15 سیکنڈ کا آؤٹرو شامل کرو", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("ur", "بارش کے بارے میں اردو گانا، تین منٹ", None, "text_to_audio_v15", {"duration": 180}),
    # vi
    ("vi", "làm một bản nhạc piano nhẹ nhàng dài hai phút, không lời", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("vi", "thay đoạn từ 0:30 đến 0:45 bằng solo guitar", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("vi", "thêm đoạn intro 10 giây bằng đàn tranh", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 0}),
    ("vi", "một bài hát tiếng Việt về mùa thu Hà Nội, ba phút", None, "text_to_audio_v15", {"duration": 180}),
    # yue
    ("yue", "整一首兩分鐘嘅輕鬆純音樂，唔要人聲", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("yue", "將1:00到1:15嗰段換做結他solo", 150.0, "audio_inpaint", {"start_time": 60, "end_time": 75}),
    ("yue", "喺尾加15秒鋼琴outro", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 15}),
    ("yue", "寫首三分鐘嘅廣東歌，講香港夜景", None, "text_to_audio_v15", {"duration": 180}),
    # compound, code-switching, typos, time-like lyrics
    ("en", "add 10 seconds at the beginning and 10 at the end, same vibe", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 10}),
    ("es", "agrega 10 segundos al principio y 15 al final", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 15}),
    ("de", "mach bitte 1.10 bis 1.30 neu mit einem Klaviersolo", 200.0, "audio_inpaint", {"start_time": 70, "end_time": 90}),
    ("en", "replace 1m05s to 1m15s with silence-ish ambient pad", 120.0, "audio_inpaint", {"start_time": 65, "end_time": 75}),
    ("en", "make it a full 4 minutes long", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 120}),
    ("ru", "добавь гитару", 120.0, "ask", {}),
    ("fr", "fais un morceau de trois minutes avec les paroles :\n[Couplet]\nOn se voit à 10h30\nau coin de la rue\n[Refrain]\nla nuit tombe", None, "text_to_audio_v15", {"duration": 180}),
    ("en", "song lyrics:\n[Verse 1]\nAt 3:15 in the morning\nI called your name\n[Chorus]\nand it's 2 minutes to midnight\nwrite it as 2 min indie rock", None, "t2a", {"duration": 120}),
    ("pt", "adiciona 10 segundos no início e 10 no final", 120.0, "audio_outpaint", {"extend_before_duration": 10, "extend_after_duration": 10}),
    ("it", "fammi una canzone di due minuti e mezzo ma senza voce pls", None, "t2a", {"duration": 150, "lyrics": "[inst]"}),
    ("en", "make a 2 minnute lofi beat no vocals", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("de", "kannst du den song von 2:10 bis 2:25 nochmal machen aber mit mehr bass, und dann noch 10 sek outro", 180.0, "ask", {}),
    ("ja", "このトラックの1分10秒から1分25秒をピアノソロにして", 150.0, "audio_inpaint", {"start_time": 70, "end_time": 85}),
    ("zh", "把这首歌从第30秒到第45秒重新生成，加点鼓", 120.0, "audio_inpaint", {"start_time": 30, "end_time": 45}),
    ("ko", "이 곡 뒤에 30초 더 늘려줘, 기타로", 120.0, "audio_outpaint", {"extend_before_duration": 0, "extend_after_duration": 30}),
    ("en", "replace 2:30-2:50 with a drum fill", 120.0, "ask", {}),
    ("hi", "mujhe 2 minute ka lofi gaana chahiye, bina vocals ke", None, "t2a", {"duration": 120, "lyrics": "[inst]"}),
    ("es", "haz una canción de reggaetón de 2:30", None, "t2a", {"duration": 150}),
    ("fr", "raccourcis les 10 dernières secondes et fais un fondu", 120.0, "ask", {}),
    ("nl", "maak er een loop van en exporteer als wav", 60.0, "process_track", {"output_format": "wav", "loop": True}),
    ("en", "a 45-second jingle for my podcast, upbeat ukulele", None, "t2a", {"duration": 45}),
    ("en", "make an intro for my track", None, "ask", {}),
    ("de", "ersetze Sekunde 30 bis 45", None, "ask", {}),
]  # fmt: skip
