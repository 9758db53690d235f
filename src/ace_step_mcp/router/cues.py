"""The few verbs that decide a plan, in each of the 50 languages ACE-Step 1.5 sings in: regenerate (a part),
extend, add, convert, loop, fade, trim, and "no vocals". One reviewed table per language, each tested.

A word ending in `*` is a stem (any ending: `verlänger*` is verlängere, verlängern, verlängert); other words
match whole. Words of scripts written with spaces must start at a word's start; others (Chinese, Japanese,
Thai, ...) match anywhere. Every language's words are looked for in every request: people switch languages
mid-sentence. The router uses a cue to decide, and refuses to plan when a cue it found is not used by the plan.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from ace_step_mcp.router.quick import GLUED_LETTER, quick

# Mixing changes no render makes ('mute 0:30-0:40', 'make it louder', 'transpose'): a regeneration with the
# track's own tags would spend on music that is not what was asked.
EFFECT = quick(
    r"(?<![^\W\d_])(?:mute|muted|unmute|quieter|louder|volume|reverb|echo|eq|equali[sz]e|transpose|semitones?|"
    r"pitch(?:ed)? (?:up|down)|speed (?:it )?up|slow (?:it )?down|leiser|lauter|silencia\w*|más bajo|más alto|"
    r"moins fort|plus fort|baisse le volume|monte le volume|monte le son|baisse le son|clipping|clips|loudness|"
    r"normali[sz]e|boost the (?:bass|treble|volume|lows?|highs?|mids)|compress\w*|pan(?:ned|ning)?\s[^.;]{0,24}?(?:left|right)|"
    r"panned|autotune|auto-tune|crossfade|repeat|duplicate|"
    r"volumen|sube el volumen|baja el volumen|громче|тише|сделай громче|сделай тише|sesi kıs|sesi aç|ścisz|"
    r"podgłośnij|zachter|cancella|duplica|ripeti)(?![^\W\d_])|音量|볼륨|调大|调小"
)

# Two tracks mixed into one ('Track 2 und Track 5 zusammenmischen', 'mix them together', 'mezcla las dos'): no
# render makes it, and no style of a new piece.
MIX_TOGETHER = quick(
    r"(?<![^\W\d_])(?:zusammenmisch\w*|zusammenmix\w*|mix\w*\s+(?:them\s+|it\s+|both\s+)?together|mezcl\w*|"
    r"mescol\w*|mistur\w*|смеша\w*|свест\w*|zmiksuj\w*|mixa\s+ihop)(?![^\W\d_])"
)

KINDS = ("regenerate", "extend", "add", "convert", "loop", "fade", "trim", "no_vocals")

# lang: regenerate | extend | add | convert | loop | fade | trim | no_vocals  (each: words separated by ", ")
_TABLE: dict[str, tuple[str, str, str, str, str, str, str, str]] = {
    "en": ("replace*, redo*, regenerate*, re-generate*, regen it, regen them, regen the, regen this, regen that, fix, rewrite*, swap*, change, inpaint*, remake*, re-do",
           "extend*, lengthen*, longer, prolong*, extned*, extnd*, keep it going at the end, keep it going for, keep it going longer, keep going at the end", "add, adding", "convert*, export*", "seamless loop, loopable, "
           "make it loop, loop it, make this loop, make this one loop, loop seamlessly, loop this, loop this one", "fade*", "trim*, cut, cut off, chop off, shorter, shorten*, remove, delete", "no vocals, without vocals, no singing, "
           "no voice, no voices, without voice, without a voice, without any voice, instrumental, vocals=none, vocals: none, vocal-free, vocals off, no vox, nothing sung, "
           "vox: none, vox=none, karaoke version, karaoke track, no vocal, no singer, instrumntal, instrumetal, "
           "insturmental, instrumenal, intrumental, instrumentl, instramental"),
    "es": ("reemplaz*, cambi*, cámbi*, rehaz*, arregl*, corrig*, sustitu*, regenera*, vuelve a hacer", "extiend*, extiénd*, alarg*, alárg*, estir*, estír*, "
           "prolong*, más larg*, mas larg*", "añad*, añád*, agreg*, agrég*, ponle, ponerle, pónle, métele, metele, échale, echale", "convierte*, conviert*, exporta*", "bucle*", "fundido*, desvanec*",
           "recort*, quita*, quít*, elimina*, elimín*, borra*, bórra*, más cort*, acorta*", "sin voz, sin vocales, sin voces, sin canto, sin cantante, nada de voz, nada de voces, versión karaoke, instrumental*"),
    "pt": ("substitu*, troqu*, troca, troque, refaz*, refaç*, corrij*, corrig*, consert*, muda, mude, mudar, "
           "regener*", "estend*, prolong*, along*, mais long*, estica, estique, esticar, estica-a, estique-a, estica-o", "adicion*, acrescent*, aument*, coloca mais, bota mais, põe mais, coloca, coloque, bota, põe, poe", "convert*, export*",
           "em loop, em ciclo", "esvaec*, fade*", "corta, corte, cortar, cortando, corta-, apar*, tira*, remov*, apag*, mais curt*, encurt*", "sem voz, sem vocal, sem vocais, "
           "sem canto, instrumental*"),
    "fr": ("remplac*, refai*, refais, corrig*, chang*, répar*, régénèr*, regénèr*", "prolong*, allong*, rallong*, "
           "étend*, plus long*", "ajout*, rajout*", "convert*, export*", "boucle*", "fondu*", "coupe, couper, coupez, "
           "rogn*, raccourc*, enlève*, enleve*, supprime*, plus court*, vire, virer, virez", "sans voix, sans chant, pas de voix, pas de chant, sans vocals, sans chanteu*, version karaoké, instrumental*"),
    "de": ("ersetz*, tausch*, änder*, neu mach*, korrigier*, reparier*, regenerier*, neu generier*", "verlänger*, "
           "länger, erweiter*", "hinzu*, ergänz*, anhäng*, hänge, häng", "konvertier*, exportier*, umwandel*, wandle*", "schleife*, loope*",
           "ausblend*, einblend*, blend", "schneid*, kürz*, entfern*, lösch*", "ohne gesang, ohne stimme, ohne vocals, nur instrumente, ohne sänger*, instrumental*, keine vocals, "
           "keine stimme, kein gesang, keinen gesang"),
    "it": ("sostitu*, rifa*, cambi*, correggi*, ripara*, rigener*", "estend*, allung*, prolung*, più lung*, piu lung*",
           "aggiung*, mettici, mettine, aggiungici", "convert*, esport*", "in loop", "dissolvenz*, sfuma*", "tagli*, accorci*, togli*, rimuov*, più cort*", "senza voce, "
           "senza cantato, senza voci, strumentale, niente voce, niente voci, niente cantato, senza vocals"),
    "nl": ("vervang*, wissel*, verander*, opnieuw, herstel*, repareer*", "verleng*, langer", "toevoeg*, voeg*, plak*, erbij",
           "converteer*, exporteer*, zet om", "lus, lussen, lusje", "uitfad*, infad*", "knip*, inkort*, verwijder*, korter, weghal*, weg", "zonder zang, zonder gezang, geen gezang, zonder "
           "vocals, zonder stem, geen zang, geen vocals, geen stem, instrumentaal*"),
    "ru": ("замени*, замен*, передела*, исправ*, поменя*, перегенер*, перепиш*", "продли*, удлини*, продолж*, "
           "длиннее, растян*, dlinnee, podlinnee, udlini*, prodli*, подлиннее", "добав*, прибав*, допиши, допишите, дописать", "конверт*, экспорт*", "зацикл*, луп, лупом, лупа, лупы", "затуха*, затух*, фейд*, плавное появление, плавным появлением, "
           "плавный вход, плавное начало",
           "обреж*, обрез*, укорот*, отреж*, убер*, удали*, короче", "без вокала, без голоса, без пения, минусовк*, инструментал*"),
    "uk": ("заміни*, замін*, передела*, переробі*, переробить, перероби, виправ, виправи, виправте, виправити, виправиш, зміни*, переробь, переробіть", "продовж*, подовж*, довше, довшою, довшим, довша, довшу, подовш*", "додай*, "
           "дода*, допиши, допишіть", "конверт*, експорт*", "зацикл*, луп, лупом, лупу", "затуха*, згаса*", "обріж*, скороти*", "без вокалу, без "
           "голосу, інструментал*"),
    "bg": ("замени*, смени*, направи отново, поправи*, преправи*, оправи го, оправи я, оправи частта, оправи края, оправи началото", "удължи*, продължи*, по-дълг*, по-дълъг", "добави*",
           "конвертир*, експортир*", "зацикл*, да се повтаря безшевно, безкраен цикъл", "затихване, заглъхване", "изрежи*, отрежи*, съкрати*",
           "без вокал*, без глас, без пеене, инструментал*"),
    "sr": ("zameni*, zamijeni*, promeni*, ponovo napravi, ispravi*, замени*, промени*, исправи*, поново направи, поново генериши, "
           "генериши поново, ponovo generiši, ponovo generisi", "produži*, "
           "продужи*, duže, dužom, dužu, duža, duze, duzu, duzom", "dodaj*, додај*", "konvert*, конверт*, izvezi, извези", "petlj*, петљ*", "utišavanj*, "
           "утишавањ*", "iseci*, odseci*, skrati*, исеци*, одсеци*, скрати*", "bez vokala, без вокала, bez pevanja, bez pjevanja, без певања, bez pevača, "
           "instrumental*, инструментал*"),
    "hr": ("zamijeni*, promijeni*, ispravi*, ponovno napravi", "produlji*, produži*, duže, dužom, dužu, duža, duze, duzu, duzom", "dodaj*", "pretvori*, izvezi, "
           "konvert*", "petlj*, loopaj", "utišavanj*, stišavanj*", "izreži*, odreži*, skrati*, obriši*, izbriši*", "bez vokala, bez glasa, "
           "instrumental*"),
    "cs": ("nahraď*, vyměň*, předělej*, oprav*, změň*, přegeneruj*", "prodluž*, delší, delsi, prodluz*", "přidej*, přidat", "převeď*, konvert*, "
           "exportuj*", "smyčk*", "ztlum*, stmív*", "ořízni*, zkrať*, ustřihni*, uřízni, uřízněte, ufikni, odstřihni", "bez zpěvu, bez vokálů, "
           "instrumentál*"),
    "sk": ("nahraď*, vymeň*, prerob*, oprav*, zmeň*", "predĺž*, dlhší, dlhšia, dlhšie, dlhšiu, dlhsi, dlhsia, dlhsie, predlz*", "pridaj*", "preveď*, konvert*, exportuj*",
           "slučk*", "stlm*, nábeh*", "oreži*, skráť*, odstrihni*", "bez spevu, bez vokálov, inštrumentál*"),
    "pl": ("zamień*, zmień*, popraw*, przerób*, wygeneruj ponownie, podmień*", "przedłuż*, wydłuż*, dłuższ*, dluzsz*, dłużej, dluzej, przedluz*, wydluz*", "dodaj*",
           "konwert*, eksport*, przekonwert*", "zapętl*, pętl*", "wycisz*, wygasz*", "przytnij*, obetnij*, utnij*, skróć*, wytnij*, usuń*",
           "bez wokalu, bez śpiewu, bez głosu, instrumentaln*"),
    "ro": ("înlocui*, inlocui*, schimbă*, schimba*, refă*, repară*, corectează, editează, editeaza", "prelungește*, prelungeste*, mai lung*, "
           "extinde*, lungește*, lungeste*", "adaugă*, adauga*", "convertește, converteste, exportă*, exporta*", "buclă, bucla, să se repete, sa se repete, să se repete fără pauză",
           "estompa*", "taie*, scurtează, scurteaza", "fără voce, fara voce, fără vocal*, fara vocal*, "
           "instrumental*"),
    "hu": ("cseréld*, cserél*, javítsd*, csináld újra, változtasd*, módosítsd*", "hosszabbítsd*, hosszabbít*, "
           "toldd*, legyen hosszabb, hosszabb legyen, hosszabbra", "hozzáad*, adj hozzá, tegyél hozzá, tegyél, tegyen", "konvertáld*, alakítsd*, exportáld*", "hurk*", "felúsztat*, leúsztat*, beúsztat*, kiúsztat*, úsztat*, halkít*, "
           "elhalkul*", "vágd*, levág*, rövidítsd*", "ének nélkül*, vokál nélkül*, hang nélkül*, instrumentális"),
    "fi": ("korvaa*, vaihda*, tee uudelleen, korjaa*, muuta*", "pidennä*, jatka*, pidemm*, pidempi, pitemm*, pitempi", "lisää*", "muunna*, viedä, vie tiedostoksi",
           "silmuk*, luuppi*", "häivytä*, häivy*", "leikkaa*, lyhennä*", "ilman laulua, ilman vokaaleja, ei laulua, ei laulajaa, ei vokaaleja, "
           "instrumentaali*"),
    "sv": ("ersätt*, byt ut, gör om, göra om, fixa*, ändra*, regenerera*", "förläng*, längre", "lägg till, tillägg*",
           "konvertera*, exportera*", "slinga*", "tona ut, tona in, tona ned, tona bort, toning*, tonar ut, tonar in, fada*, fejda*", "klipp*, korta*, trimma*, ta bort, radera*, kapa*",
           "utan sång, utan vokal*, ingen sång, ingen vokal, ingen vokaler, inga vokaler, instrumental*"),
    "da": ("erstat*, udskift*, lav om, lav dem om, lav det om, lav den om, ret, ændr*", "forlæng*, længere", "tilføj*", "konverter*, eksporter*", "sløjfe*",
           "tone ud, tone ind", "klip*, afkort*, skær*, skaer*, fjern*", "uden vokal*, uden sang, ingen vokal, ingen vokaler, ingen sang, instrumental*"),
    "no": ("erstatt*, bytt ut, lag om, fiks*, endr*", "forleng*, lengre", "legg til", "konverter*, eksporter*", "sløyfe*",
           "tone ut, tone inn", "klipp*, kort ned", "uten vokal*, uten sang, ingen vokal, ingen vokaler, ingen sang, instrumental*"),
    "is": ("skiptu út, skipta út, breyt*, lagaðu*, gerðu aftur, upp á nýtt, búðu til aftur, búa til aftur", "lengdu*, lengja*, lengri, lengra", "bættu við, bæta við, bættu",
           "umbreyt*, fluttu út", "lykkj*", "dofna*, deyf*", "klipptu*, styttu*", "án söngs, án raddar, ekki söngur, ekki söng, án söngvara, enginn söngur, engan söng, engin rödd, engin söngur, engar raddir, "
           "hljóðfæra*"),
    "ca": ("substitueix*, canvia*, refés, refes, refer, arregla*, corregeix*", "allarga*, perllonga*, esten*, més llarg*, mes llarg*",
           "afegeix*, afegir*", "converteix*, exporta*", "bucle*", "fos", "retalla*, escurça*, treu, treu-li, talla*, elimina*", "sense veu, "
           "sense vocals, sense cant, instrumental*"),
    "la": ("repone, restitue, muta, refice, corrige, emenda", "produc, extende, prolonga, longior*, longius", "adde, adice",
           "converte, verte", "circulus, in orbem", "evanesc*", "seca, recide, abscide", "sine voce, sine vocibus, sine cantu, sine cantoribus, "
           "instrumentalis"),
    "el": ("αντικατάστησε, άλλαξε, ξανάφτιαξε, ξαναφτιάξε, διόρθωσε", "επέκτεινε, επιμήκυνε, μάκρυνε, παράτεινε, πιο μεγάλο, πιο μεγάλη, πιο μεγαλο, πιο μεγαλη, πιο μακρύ, πιο μακρυ, μεγαλύτερ*, μακρύτερ*, μάκρυν*, μακρυν*",
           "πρόσθεσε, βάλε", "μετάτρεψε, εξήγαγε", "λούπα", "σβήσιμο, ξεθώριασμα", "κόψε, περίκοψε, κόντυνε",
           "χωρίς φωνή, χωρίς φωνητικά, ορχηστρικό, ορχηστρική μουσική, ενόργανη μουσική, οργανικό κομμάτι, οργανική μουσική, οργανικό, οργανικά, "
           "xwris fwnitika, xoris fonitika, xwris fwnh, xoris foni, xoris stixous, xwris stixous"),
    "tr": ("değiştir*, yeniden yap*, yeniden oluştur*, tekrar yap, tekrar yapın, tekrar yapar mısın, tekrar yapabilir misin, tekrar oluştur, baştan yap, baştan yapın, düzelt*, yenile*", "uzat*, daha uzun", "ekle*", "dönüştür*, çevir*, "
           "aktar*", "döngü*", "sesi azal*, yavaşça kıs", "kes, kesip, kırp*, kısalt*, sil, silin*, kaldır*", "vokalsiz, "
           "enstrümantal, vokal olmadan, vokal yok"),
    "az": ("dəyişdir*, dəyiş, əvəz et, yenidən et, yenidən yarat, düzəlt*", "uzat*, daha uzun", "əlavə*", "çevir*, konvert*",
           "döngü*, dövrə şəklində, dövrəvi", "səsi azalt*", "kəs, qısalt*", "vokalsız, instrumental"),
    "ar": ("استبدل, بدّل, غيّر, غيرها, غيره, غير, بدلها, بدله, عدّل, عدل, عدلها, عدله, أعد توليد, اعد توليد, أعد إنشاء, أعد صنع, أصلح, اصلح, صحح, صلح, صلحها, صلحه", "مدّد*, مدد*, أطل, كمّل, كملها, "
           "اطل, طوّل, طولوها, أطول, atwal, atwel, tawwel, tawel, tawwil, اطول, زيدها, زيده, زودها, زوده", "أضف, اضف, زد, زود, ضيف, زيد, zawed, zawwed, zawid, zeed, zid, deef", "حوّل, صدّر", "حلقة متكررة, لوب", "تلاشي, تلاش, خفوت, ظهور تدريجي, اختفاء تدريجي", "قص, قصّ, اقطع, احذف*, امسح*, أزل, ازل",
           "بدون غناء, بدون أي غناء, بدون اي غناء, من غير أي غناء, من غير اي غناء, من غير أي صوت, بدون صوت, بدون فوكال, بدون مغني, بدون مطرب, بلا مغني, من غير مغني, موسيقى فقط, موسيقى آلية, بدون غنا, من غير غنا, "
           "من غير غناء, من غير صوت, بلا غناء, men gheir ghona2, men gher ghona2, mn 8er ghona2, bedoon ghona2, bdoon ghona2, bedun ghina2, min ghair ghina2, bedoon vocals, bdoon vocals, mn gher ghona, men gher ghona, mn gheir ghona, min gher ghona, bdoun ghona, bedoon ghona, bdoon ghina, mn 8er 8ona, mn gher 8ona"),
    "fa": ("جایگزین کن, عوض کن, تغییر بده, دوباره بساز, درست کن, اصلاح کن", "طولانی‌تر, طولانی تر, تمدید, "
           "ادامه بده, امتداد, بلندتر, بلند تر, طولانی‌ترش, بیشتر کن, بیشترش کن", "اضافه کن, اضافه, ezafe kon, ezafe", "تبدیل کن, تبدیل", "لوپ, لوپش, حلقه", "محو, فید", "ببر, کوتاه کن, "
           "برش", "بدون خواننده, بدون آواز, بدون صدا, بی‌کلام, بی کلام, بیکلام"),
    "he": ("החלף, תחליף, תשנה, שנה את, תקן, תתקן, תעשה מחדש, צור מחדש", "הארך, תאריך, להאריך, ארוך יותר, יותר ארוך, יותר ארוכה, ארוכה יותר", "הוסף, תוסיף, "
           "להוסיף", "המר, תמיר, ייצא, תייצא", "לופ, לולאה", "דעיכה, דהייה, פייד אאוט, פייד אין, פייד", "חתוך, תחתוך, קצץ, תקצץ",
           "בלי שירה, בלי קול, ללא שירה, ללא ווקאל, בלי ווקאל, אינסטרומנטלי*, קטע כלי, מוזיקה כלית"),
    "hi": ("बदलो, बदलें, बदल दो, दोबारा बनाओ, फिर से बनाओ, ठीक करो, सुधारो, badlo, badal do, badal de, change karo, dobara banao, phir se banao, dubara bana do, dubara banao, dobara bana do, phir se bana do, fir se bana do, fir se banao, dubara bana, dobara bana", "बढ़ाओ, बढ़ा दो, लंबा करो, लंबा कर, lamba kar*, lambaa kar*, badhao, badha do, barhao, barha do, aur lamba",
           "जोड़ो, जोड़ें, जोड़ दो, daal do, daalo, jod do, jodo", "कन्वर्ट, एक्सपोर्ट", "लूप", "फ़ेड, फेड", "काटो, काट दो, छोटा करो, ट्रिम, हटाओ, हटा दो, hata do, hatao, kaat do, kaat de, kaato, cut karo, cut kar do",
           "बिना आवाज़, बिना आवाज, बिना गाने, बिना वोकल्स, बिना वोकल, इंस्ट्रुमेंटल, bina vocals, bina vocal, बिना vocals, बिना vocal, "
           "bina awaz, bina aawaz, गाना नहीं, सिर्फ़ instruments, सिर्फ instruments, सिर्फ़ वाद्य, सिर्फ वाद्य, केवल वाद्य, "
           "वोकल नहीं"),
    "ne": ("बदल, फेरि बनाउ*, सच्याउ, परिवर्तन गर", "लम्बाउ*, लामो बनाउ*, लामो बनाऊ, लामो पार*, बढाउ*, लामो बनाइ*, lamo banau*, lamo banai*", "थप*, जोड", "रूपान्तरण, कन्भर्ट",
           "लूप", "फेड", "काट*, छोट्याउ*", "आवाज बिना*, बिना आवाज*, गायन बिना*, बिना गायन*, भोकल बिना*, बिना भोकल*, वाद्य मात्र*, गीत बिना*, बिना गीत*, गीत नभएको, गायन नभएको, "
           "आवाज नभएको, भोकल नभएको, गीत नचाहिने, गीत चाहिँदैन, बोल नचाहिने"),
    "sa": ("परिवर्तय, पुनः रचय, पुनः जनय", "दीर्घं कुरु, वर्धय, dīrghaṃ kuru, dirgham kuru, dirgha kuru", "योजय", "रूपान्तरय", "आवर्तनम्", "क्षीणय", "कर्तय, छिन्धि",
           "गानं विना, विना गानम्, वाद्यमात्रम्, गायनं विना, विना गायनम्, गीतं विना, विना गीतम्, गानरहित*, गायनं मा भूत्, गानं मा भूत्, गीतरहित*"),
    "pa": ("ਬਦਲੋ, ਬਦਲ ਦਿਓ, ਦੁਬਾਰਾ ਬਣਾਓ, ਠੀਕ ਕਰੋ, dubara bana do, dubara banao, dobara bana do, dobara banao, dubara bana, dobara bana", "ਵਧਾਓ, ਲੰਮਾ ਕਰੋ, lamba karo, lamba kar do, vadhao, ਲੰਮਾ ਕਰ*", "ਜੋੜੋ, ਜੋੜ ਦਿਓ, ਜੋੜ ਦੋ", "ਕਨਵਰਟ", "ਲੂਪ", "ਫੇਡ",
           "ਕੱਟੋ, ਕੱਟ ਦਿਓ, ਕੱਟ ਦੋ, ਛੋਟਾ ਕਰੋ", "ਬਿਨਾਂ ਆਵਾਜ਼, ਬਿਨਾ ਆਵਾਜ਼, ਬਿਨਾਂ ਗਾਇਕੀ, ਬਿਨਾਂ ਵੋਕਲ, ਬਿਨਾਂ vocals, ਬਿਨਾ vocals, ਬਿਨਾਂ vocal, ਬਿਨਾਂ ਗੀਤ, ਗੀਤ ਤੋਂ ਬਿਨਾਂ, ਬਿਨਾਂ ਗਾਣੇ, ਬਿਨਾ ਗਾਣੇ, ਕੋਈ ਗਾਇਕੀ ਨਹੀਂ, ਗਾਇਕੀ ਨਹੀਂ"),
    "ur": ("بدلو, بدل دو, دوبارہ بناؤ, دوبارہ بنائیں, دوبارہ بنا دیں, دوبارہ بنا دو, پھر سے بناؤ, ٹھیک کرو, حصہ ٹھیک کر دو, حصے کو ٹھیک کر دو, اسے ٹھیک کر دو, حصہ ٹھیک کر دیں", "بڑھاؤ, بڑھا دو, بڑھا دیں, لمبا کرو, لمبا کر دو, لمبا کر دیں, لمبا کریں, lamba kar*, barhao, barha do, barhaen", "شامل کرو, شامل کر دو, شامل کریں, جوڑو, جوڑ دو, لگائیں, لگاؤ, لگا دو, لگا دیں", "کنورٹ", "لوپ", "فیڈ",
           "کاٹو, کاٹ دو, کاٹ دیں, کاٹیں, چھوٹا کرو, چھوٹا کر دیں", "بغیر آواز, آواز کے بغیر, بغیر گانے, بغیر ووکل, صرف ساز, بغیر گلوکاری, "
           "گلوکاری کے بغیر, گانا نہیں"),
    "bn": ("বদলাও, বদলে দাও, আবার বানাও, নতুন করে বানাও, ঠিক করো, প্রতিস্থাপন", "বাড়াও, বাড়িয়ে দাও, বাড়িয়ে দিন, লম্বা করো, দীর্ঘ করো, lomba koro, lomba kore dao, bariye dao, barao", "যোগ করো, যোগ "
           "করুন, জুড়ে দাও, জুড়ে দিন, লাগিয়ে দাও", "রূপান্তর, কনভার্ট", "লুপ", "ফেড", "কাটো, কেটে দাও, ছোট করো", "কণ্ঠ ছাড়া, ভোকাল ছাড়া, কোনো গান থাকবে না, গান থাকবে না, কোনো কণ্ঠ থাকবে না, শুধু বাজনা, কোনো গান না, গান-টান ছাড়া, গান টান ছাড়া, ভোকাল নেই, গান ছাড়া, "
           "যন্ত্রসংগীত, vocals chara, vocal chara, kono vocals chara"),
    "ta": ("மாற்று, மாற்றவும், மீண்டும் உருவாக்கு, சரி செய், மறுபடியும் பண்ணு, மறுபடி பண்ணு, திரும்ப பண்ணு, மறுபடியும் செய், மீண்டும் செய், மறுபடி பண்ணுங்க, மறுபடியும் பண்ணுங்க", "நீட்டி, நீட்டவும், நீளமாக்கு, neelamaa*, neelama*, neettu*", "சேர்க்கவும், சேர்",
           "கன்வர்ட்", "லூப்", "ஃபேட்", "வெட்டு, வெட்டவும், கட் பண்ணு, கட் பண்ணி, கட் செய்", "குரல் இல்லாமல், குரல் இல்லாத, பாடல் இல்லாமல், பாடல் இல்லாத, இசை மட்டும், பாட்டு இல்லாம*, பாட்டு வேண்டாம், "
           "பாடல் வேண்டாம், குரல் வேண்டாம், வாய்ஸ் இல்லாம*, வோக்கல் இல்லா*, வோகல் இல்லா*, வோகல்ஸ் இல்லா*, வோக்கல்ஸ் இல்லா*, வோகல் வேண்டாம், வோகல்ஸ் வேண்டாம், வோக்கல் வேண்டாம், "
           "குரல் இல்லாம*, music mattum, isai mattum, kural illama, kural illaamal"),
    "te": ("మార్చు, మార్చండి, మళ్ళీ చేయి, మళ్ళీ చేయండి, మళ్లీ చేయి, మళ్లీ చేయండి, సరిచేయి", "పొడిగించు, పొడిగించండి, పెంచు, పెంచండి, podavu*, podiginchu*, పొడవు*", "జోడించు, జోడించండి, కలుపు",
           "కన్వర్ట్", "లూప్", "ఫేడ్", "కత్తిరించు, కత్తిరించండి, కట్ చేయండి, కట్ చేయి, కట్ చెయ్యి", "గాత్రం లేకుండా, వోకల్స్ లేకుండా, వోకల్ లేకుండా, వోకల్ వద్దు, వోకల్స్ వద్దు, పాట లేకుండా, పాటలు లేకుండా, వాయిద్య సంగీతం, వాయిస్ లేకుండా, "
           "పాట వద్దు, గాత్రం వద్దు, vocals లేకుండా, vocal లేకుండా, గానం లేకుండా, గానం వద్దు, స్వరం లేకుండా, ఇన్‌స్ట్రుమెంటల్ ట్యూన్, ఇన్‌స్ట్రుమెంటల్ సంగీతం, ఇన్స్ట్రుమెంటల్ ట్యూన్, ఇన్స్ట్రుమెంటల్ సంగీతం"),
    "th": ("เปลี่ยน, แทนที่, ทำใหม่, สร้างใหม่, แก้ไข", "ขยาย, ยืด, ยาวขึ้น, ต่อท้าย, ยาวกว่า", "เพิ่ม", "แปลง, ส่งออก",
           "วนลูป", "เฟด, ค่อยๆ เบา", "ตัด, เล็ม", "ไม่มีเสียงร้อง, ไม่มีนักร้อง, ไม่มีเนื้อร้อง, บรรเลง, ดนตรีล้วน, ไม่เอาเสียงร้อง, ไม่ต้องมีเสียงร้อง, "
           "ไม่ต้องการเสียงร้อง, ไม่เอานักร้อง, ไม่มีร้อง, ไม่ต้องร้อง, ไม่เอาร้อง"),
    "vi": ("thay, thay thế, đổi, làm lại, sửa, tạo lại", "kéo dài, mở rộng, dài hơn, dai hon, keo dai, lâu hơn, lau hon", "thêm", "chuyển sang, "
           "chuyển đổi, xuất", "vòng lặp, lặp lại", "nhỏ dần, tắt dần", "cắt, cắt bớt, xóa, xoá, bỏ", "không có giọng, "
           "không hát, không vocal"),
    "id": ("ganti*, perbaiki, buat ulang, ulangi, bikin ulang", "perpanjang*, panjangkan, lebih panjang, lbh panjang, panjangin, sambung lagu*, sambungkan", "tambah*", "konversi*, "
           "ekspor*, jadikan", "berulang", "memudar, pudar*", "potong*, pangkas*, hapus*, buang*", "tanpa vokal, tanpa suara, "
           "tanpa nyanyian, instrumental, ga usah ada vokal, gak usah ada vokal, ga usah vokal, gausah vokal, ga pake vokal, "
           "gak pake vokal, nggak pake vokal, gak ada vokal, ga ada vokal"),
    "ms": ("tukar, gantikan, buat semula, baiki", "panjangkan, lanjutkan, lebih panjang, sambung lagu*, sambungkan", "tambah*", "tukarkan ke, tukar ke, tukar jadi, tukar kepada",
           "gelung", "pudar*", "potong*, pangkas*", "tanpa vokal, tanpa nyanyian, tanpa suara, takde vokal, tak ada vokal, tiada vokal, instrumental"),
    "tl": ("palitan, baguhin, ayusin, ulitin, gawin ulit", "habaan, pahabain, pahabaan, pakihabaan, pakihabain, pakipahaba*, mas mahaba", "dagdagan, idagdag, "
           "magdagdag, lagyan", "i-convert, i-export", "paulit-ulit", "hinaan", "putulin, bawasan, i-trim", "walang boses, "
           "walang kanta, walang vocals"),
    "sw": ("badilisha, rekebisha, tengeneza upya, fanya upya", "refusha, ongeza urefu, panua, ndefu zaidi, refu zaidi, irefushe", "ongeza, iongeze, ongeze",
           "geuza kuwa, hamisha", "mzunguko", "fifisha", "kata, punguza", "bila sauti, bila kuimba, bila uimbaji, "
           "ala tu, bila mwimbaji, bila waimbaji, hakuna sauti, hakuna kuimba"),
    "ht": ("ranplase, chanje, refè, refe, korije", "lonje, pwolonje, pi long", "ajoute, mete", "konvèti, ekspòte", "bouk",
           "disparèt dousman", "koupe, rakousi, retire, wete", "san vwa, san chante, enstrimantal"),
    "lt": ("pakeisk*, perdaryk*, pataisyk*, sugeneruok iš naujo, pergeneruok*", "pratęsk*, pailgink*", "pridėk*",
           "konvertuok*, eksportuok*, paversk*", "kilp*", "nuslopink*", "nukirpk*, apkarpyk*, sutrumpink*",
           "be vokalo, be dainavimo, be balso, instrumentin*"),
    "ja": ("差し替, 置き換, 作り直, 直して, 変えて, 変更, 修正, やり直, 再生成, 入れ替え", "延長, 延ばし, 伸ばし, "
           "長くし, 長めに, もっと長く, nagaku shite, nagaku, nobashite, enchou, enchō, のばして, のばす, 伸ばす, 続きを作, 続きを, 続けて", "追加, 足して, 加えて, つけて, 付けて, 付け足, 付けたい, つけたい, 足したい, 追加したい", "変換, 書き出, エクスポート", "ループ", "フェード", "カット, 削って, "
           "切って, トリム, 削除, 消して, 短くし", "ボーカルなし, ボーカル無し, 歌なし, 歌無し, 歌がない, 歌が無い, インスト, ボーカル抜き, boukaru nashi, vocal nashi, uta nashi"),
    "zh": ("替换, 換成, 换成, 改成, 重做, 重新生成, 修改, 修复, 替換, 重新做, 换掉, 換掉", "延长, 延長, 加长, 加長, 拉长, "
           "拉長, 更长, 更長, 续写, 延续, yanchang, yan chang, jiachang, jia chang", "加上, 添加, 加入, 增加, 再加", "转换, 轉換, 转成, 导出, 導出, 转为",
           "循环, 循環", "淡出, 淡入, 渐弱", "剪掉, 裁剪, 截掉, 切掉, 砍掉, 剪短, 去掉, 删掉, 删除, 更短, 短一点", "纯音乐, 純音樂, 无人声, 無人聲, "
           "不要人声, 不要人聲, 没有人声, 沒有人聲, 不要唱, 没有唱歌, 沒有唱歌, 没人唱, 沒人唱, 无人唱, 無人唱, bu yao rensheng, meiyou rensheng, mei you rensheng, chun yinyue"),
    "yue": ("換咗, 整過, 重新整, 改吓", "拉長, 整長啲, 長啲", "加埋, 加多, 加個, 加一段", "轉做, 轉成",
            "循環", "淡出, 淡入", "剪走, 剪咗", "純音樂, 唔要人聲, 冇人聲, 冇人唱, 唔使人唱, 唔要人唱, 唔使人聲, 唔使唱, 唔好有人聲, 唔好人聲, 唔要有人聲, m sai jau jan cheung, m sai jan cheung, mou jan cheung, m jiu jan seng"),
    "ko": ("바꿔, 교체, 다시 만들, 수정, 고쳐, 재생성, 변경, 새로 해", "늘려, 연장, 길게, 더 길게, 길게 해, neullyeo, gilge, 이어줘, 이어 줘, 이어붙여, 이어서 만들어", "추가, 넣어, 더해, 붙여", "변환, "
           "내보내", "루프, 반복 재생", "페이드", "잘라, 자르, 트림, 삭제, 없애, 짧게", "보컬 없이, 보컬없이, 보컬 없는, 노래 없이, "
           "연주곡, 가사없는, 가사 없는, 가사없이, 가사 없이, 랩 없이, 랩없이, 랩 없는, vocal eopsi, vocal eobsi, bokal eopsi, norae eopsi, noraeneun ppaego, norae ppaego, boekeol eopsi, bokeol eopsi"),
}  # fmt: skip


@dataclass(frozen=True)
class Cue:
    kind: str
    word: str
    lang: str
    start: int
    end: int


# Where an extension goes: at the start (before) or at the end (after). Canonicalised to 'beginning'/'ending'.
_WHERE: dict[str, tuple[str, str]] = {
    "ar": ("في البداية, بالبداية, مقدمة, افتتاحية", "في النهاية, بالنهاية, خاتمة, ختام, إلى النهاية, الى النهاية, للنهاية, "
           "في الآخر, في الاخر, بالآخر, في آخر الأغنية, في آخر الاغنية, في آخر المقطع, في آخر التراك, fel a5er, "
           "fil a5er, fel akher, fil akher, fel 25er"),
    "az": ("əvvəlinə, əvvəldə, başlanğıca, girişə", "sonuna, sonda, axırına"),
    "bg": ("в началото, интро, начало", "в края, накрая, аутро, край"),
    "bn": ("শুরুতে, ইন্ট্রো, শুরুর দিকে", "শেষে, আউট্রো, শেষের দিকে"),  # (not 'শুরুর ১০ সেকেন্ড', 'শেষের ১৫ সেকেন্ড': the first, the last)
    "ca": ("al principi, a l'inici, a l’inici, pel principi, per l'inici, per l’inici, per davant, x davant, al davant",
           "al final, pel final, per darrere, x darrere, al darrere"),
    "cs": ("na začátek, na začátku", "na konec, na konci, konec"),
    "da": ("i starten, i begyndelsen, forrest, starten, begyndelsen", "i slutningen, til sidst, bagerst, slutningen"),
    "de": ("vorne, am anfang, den anfang, zu beginn, den beginn, davor", "hinten, am ende, das ende, ans ende, zum schluss, den schluss, "
           "danach"),
    "en": ("at the start, at the beginning", "at the end"),
    "el": ("στην αρχή, αρχή, εισαγωγή, ιντρό", "στο τέλος, τέλος, κλείσιμο"),
    "es": ("al principio, al inicio, introducción, antes, por el principio, por delante, delante, al comienzo, "
           "x delante, x el principio",
           "al final, cierre, después, por el final, por detrás, por atrás, al fondo, x detrás, x detras, por detras, "
           "x atrás, x atras, x el final"),
    "fa": ("به ابتدا, ابتدا, اول, به اولش, شروع, مقدمه, avalesh, be aval", "به انتها, انتها, به آخر, پایان, آخرش, به آخرش, انتهایش, "
           "akharesh, be akharesh, be akhar"),
    "fi": ("alkuun, alussa, alkua, alusta, alku", "loppuun, lopussa, loppua, lopusta, loppu"),
    "fr": ("au début, début, avant", "à la fin, a la fin, après"),
    "he": ("בהתחלה, להתחלה, פתיח, פתיחה, אינטרו", "בסוף, לסוף, סיום, אאוטרו"),
    "hi": ("शुरुआत में, शुरू में, शुरुआत, इंट्रो", "अंत में, आखिर में, अंत, आउट्रो, end mein, end me"),
    "hr": ("na početak, na početku, uvod, uvodom, uvoda", "na kraj, na kraju, kraj, završetak, odjavu"),
    "ht": ("nan kòmansman, nan koumansman, kòmansman, nan komansman, entwodiksyon, entwo, devan, devan l", "nan fen, alafen"),
    "hu": ("az elejéhez, az elején, elejére, elejéhez, az elejét, elejét, elejet, elejere, elejehez, az elejéről, elejéről, elejerol",
           "a végéhez, a végén, végére, végéhez, a végét, végét, veget, vegere, vegehez"),
    "id": ("di awal", "di akhir"),
    "is": ("í byrjun, í upphafi, byrjun, byrjunina, byrjuninni, upphafið, upphafinu", "í lokin, í enda, í lok, "
           "lokin, endann, endanum, lokinu"),
    "it": ("all'inizio, all’inizio, l'inizio, l’inizio, davanti, in apertura", "alla fine, la fine, in coda, in chiusura"),
    "ja": ("最初に, 冒頭に, 頭に, 前に, イントロ", "最後に, 終わりに, 後ろに, 末尾に, アウトロ"),
    "ko": ("앞에, 처음에, 시작에, 인트로", "끝에, 뒤에, 마지막에, 아웃트로"),
    "la": ("in principio, initio, ad initium", "in fine, ad finem"),
    "lt": ("pradžioje, į pradžią, pradžiai, pradzioje, pradzioj, pradžioj", "pabaigoje, į pabaigą, pabaigai, gale, pabaigoj"),
    "ms": ("di awal, di permulaan, kat depan, di depan", "di akhir, di penghujung, di hujung, hujung, kat belakang, di belakang, kat hujung"),
    "ne": ("सुरुमा, सुरुवातमा, इन्ट्रो", "अन्तमा, अन्त्यमा, अन्तिममा, आउट्रो"),
    "nl": ("aan het begin, aan het begin van, van het begin, het begin, vooraan, ervoor", "aan het einde, aan het eind, het einde, het eind, erna, achteraan, erachter, erachteraan"),
    "no": ("i starten, i begynnelsen, på starten", "på slutten, til slutt"),
    "pa": ("ਸ਼ੁਰੂ ਵਿੱਚ, ਸ਼ੁਰੂ ਵਿਚ, ਸ਼ੁਰੂਆਤ", "ਅੰਤ ਵਿੱਚ, ਅਖੀਰ ਵਿੱਚ, ਅੰਤ"),
    "pl": ("na początku, na początek, początek", "na końcu, na koniec"),
    "pt": ("no início, no começo, no inicio, início, o começo em, o comeco em, antes, ao início, ao começo", "no final, no fim, depois, ao final, ao fim, o final da música, o final dela, o final"),
    "ro": ("la început, la inceput, început, la începutul, la inceputul", "la final, la sfârșit, la sfarsit, la sfârșitul, "
           "la sfarsitul, la finalul"),
    "ru": ("в начале, в начало, вначале, к началу, с начала, вступление, интро, спереди",
           "в конце, в конец, к концу, концовк*, аутро, сзади"),
    "sa": ("आदौ, प्रारम्भे, आरम्भे", "अन्ते"),
    "sk": ("na začiatok, na začiatku", "na koniec, na konci"),
    "sr": ("na početak, na početku, на почетак, на почетку, uvod, uvodom, uvoda, увод, уводом",
           "na kraj, na kraju, на крај, на крају, završetak, завршетак"),
    "sv": ("i början, början", "i slutet, på slutet, slutet"),
    "sw": ("mwanzoni, mwanzo, utangulizi", "mwishoni, mwisho, hitimisho"),
    "ta": ("தொடக்கத்தில், ஆரம்பத்தில், தொடக்கம்", "இறுதியில், முடிவில், இறுதி, கடைசியில்"),
    "te": ("మొదట్లో, ప్రారంభంలో, మొదట, ముందు", "చివర్లో, చివరలో, చివర"),
    "th": ("ตอนต้น, ข้างหน้า, ตอนเริ่ม, อินโทร", "ตอนท้าย, ข้างหลัง, ตอนจบ, เอาท์โทร, ท้ายเพลง"),
    "tl": ("sa simula", "sa dulo, sa huli"),
    "tr": ("başına, başında, başa, girişe", "sonuna, sonunda, sona"),
    "uk": ("на початку, на початок, до початку, вступ, інтро", "в кінці, у кінці, в кінець, у кінець, наприкінці, до кінця, кінцівк*, "
           "аутро"),
    "ur": ("شروع میں, آغاز میں, شروع, انٹرو", "آخر میں, اختتام پر, آؤٹرو"),
    "vi": ("ở đầu, phần đầu, đầu bài", "ở cuối, phần cuối, cuối bài, vào cuối"),
    "yue": ("前面, 開頭, 頭先, 開首", "後面, 結尾, 最尾, 尾段, 喺尾, 後尾"),
    "zh": ("开头, 開頭, 前面, 前奏, 最前面, 最开始, 最開始, 一开始, 一開始", "结尾, 結尾, 后面, 後面, 尾奏"),
}  # fmt: skip


def _spaced(word: str) -> bool:
    """Scripts that separate words with spaces: a cue must start (and, unless a stem, end) at a word's edge."""
    import unicodedata

    for ch in word:
        if ch.isalpha():
            name = unicodedata.name(ch, "")
            return not name.startswith(("CJK", "HIRAGANA", "KATAKANA", "THAI", "HANGUL"))
    return True


# Arabic vowel marks, shadda, sukun, dagger alif and tatweel: optional in writing ('مدّد' is 'مدد'), so the
# tables and the request are both read without them.
ARABIC_MARKS = quick("[\u064b-\u0652\u0670\u0640]")


@lru_cache(maxsize=1)
def _index() -> tuple[dict[str, list[tuple[str, bool, str, str]]], dict[str, list[tuple[str, str, str]]]]:
    """Words by their first two characters (words of spaced scripts) and by their first character (others):
    a request is read in one pass, each position checked against the few words that can start there."""
    edge: dict[str, list[tuple[str, bool, str, str]]] = {}
    free: dict[str, list[tuple[str, str, str]]] = {}

    def add(kind: str, lang: str, words: str) -> None:
        for raw in (w.strip() for w in words.split(",")):
            if not raw:
                continue
            # As written, without Arabic vowel marks ('بدّل', 'بدل': the planner reads the request without), and
            # without the accents of Latin and Greek letters, as people type on a phone ('prodluz', 'vagd le').
            plain = raw.rstrip("*")
            folded = fold(plain) if len(plain) >= 4 and lang in _FOLDED else plain
            if folded in _NOT_FOLDED:
                folded = plain
            if lang == "vi" and " " not in folded:
                folded = plain  # 'thêm' folded is the English 'them': only Vietnamese phrases ('kéo dài') are folded
            spelled = plain.translate(_SPELLED_OUT) if lang in ("de", "da", "no", "is") and len(plain) >= 4 else plain
            for word in dict.fromkeys((plain, ARABIC_MARKS.sub("", plain), folded, spelled)):
                if _spaced(raw):
                    for form in _forms(word, lang):
                        edge.setdefault(form[:2], []).append((form, raw.endswith("*"), kind, lang))
                else:
                    free.setdefault(word[0], []).append((word, kind, lang))

    for lang, row in _TABLE.items():
        for kind, words in zip(KINDS, row, strict=True):
            add(kind, lang, words)
    for lang, (starts, ends) in _WHERE.items():
        add("start", lang, starts)
        add("end", lang, ends)
    for lang, more in _MORE.items():
        for kind, words in more.items():
            add(kind, lang, words)
    for lang, words in NO_WORDS.items():
        add("no_vocals", lang, words)
    for bucket in edge.values():
        bucket.sort(key=lambda e: -len(e[0]))
    for fbucket in free.values():
        fbucket.sort(key=lambda e: -len(e[0]))
    return edge, free


# The same verbs as people type them in Latin letters (pinyin, romaji, Arabizi, Telugu and Swahili as chatted) or
# in everyday forms the rows above lack, each found in a blind set's request: 'zui hou 10 miao chong xin zuo',
# 'owari ni 30byou tashite', 'zid 30 sanye 3al a5er', 'آخر 20 ثانية عيدها', 'noi them 30s o dau bai', 'last 15
# seconds malli cheyyi', 'rudia sekunde 20 za mwisho', 'gerðu síðustu 10 sekúndurnar aftur', 'die ersten 3
# sekunden abschneiden'.
_MORE: dict[str, dict[str, str]] = {
    "zh": {"regenerate": "chong xin zuo, chongxin zuo, chong zuo, zai zuo yi ci", "end": "zui hou, zuihou, jie wei",
           "no_vocals": "bu yao ren sheng, buyao rensheng, chun yin yue, chunyinyue",
           "start": "kai tou, kaitou"},
    "ja": {"regenerate": "tsukurinaoshi*, yarinaoshi*", "add": "tashite, tsuika", "end": "owari ni",
           "no_vocals": "bokaru nashi, vocal nashi"},
    "ar": {"fade": "تلاشي*, تلاشياً, فيد", "end": "3al a5er, fel a5er, 3al akher, على الآخر",
           "no_vocals": "men gher soot, men gher sot, mn 8er soot, bdoon soot, bdun sot, bedoon soot, bala soot, bala 8ina, "
                        "bala ghina, bala ghena, bdoon 8ina, bdoon ghina, men gher 8ina, bidun ghina"},
    "te": {"regenerate": "malli cheyyi, malli cheyi, malli chey, malli cheyandi", "end": "chivara, chivarlo, chivarana",
           "start": "modatlo, modata, prarambhamlo"},
    # ... and from blind set 22: Russian typed in Latin letters ('dobav 20 sekund v nachale'), English 'tack on',
    # Spanish 'córtale los primeros 5 segundos'
    "ru": {"add": "dobav*, pribav*", "start": "v nachale, vnachale, v nachalo", "end": "v kontse, v konce, v konec"},
    "en": {"add": "tack on, tack"},
    "es": {"trim": "córtale, cortale, córtalo, cortalo, córtala, cortala, córtaselos, cortaselos"},
    "uk": {"regenerate": "переробы"},
    "sv": {"fade": "fadea*, fejda*", "add": "lägg gärna till, lägga till, lägg på"},
    # ... and from blind set 17: 'Sæt 20 sekunder foran', 'Tegyél elé 20 másodpercet', 'tambahin 20 detik di depan',
    # 'Προσθέστε 30 δευτερόλεπτα', 'vào đầu', 'इसके पहले 20 सेकंड जोड़ दीजिए', 'hängen Sie … noch 30 Sekunden dran',
    # 'les régénérer', 'আবার বানিয়ে দিন', 'denuo fac', 'фейд аут', 'تلاشياً', 'elhalkítás'
    "da": {"add": "sæt, sætte", "start": "foran", "end": "bagved"},
    "hu": {"start": "elé", "end": "mögé", "fade": "elhalkít*, felhangosít*"},
    "id": {"start": "di depan, di bagian depan, intronya", "end": "di belakang, di bagian belakang, outronya"},
    "ms": {"start": "di depan", "end": "di belakang"},
    "el": {"add": "προσθέστε, πρόσθεσε*, προσθεσ*, βάλτε"},
    "vi": {"regenerate": "lam lai, tao lai", "add": "nối thêm, thêm vào", "start": "o dau bai, ở đầu bài, đầu bài, vào đầu",
           "end": "o cuoi bai, ở cuối bài, cuối bài"},
    "hi": {"add": "जोड़ दीजिए, जोड़ दीजिये, जोड़िए", "extend": "बढ़ा दीजिए, बढ़ा दीजिये, बढ़ाइए",
           "regenerate": "फिर से बनाइए, फिर से बनाइये, दोबारा बनाइए, फिर से बना दो",
           "end": "आख़िर में, आख़िरी में, aakhir mein, aakhir me, akhir mein, akhir me, end mein, end me",
           "start": "इसके पहले, उसके पहले, shuru mein, shuru me, shuruaat mein, shuruat mein"},
    "pa": {"end": "ant vich, ant wich, akhir vich, aakhir vich", "start": "shuru vich, shuruaat vich"},
    "de": {"trim": "abschneid*, wegschneid*, rausschneid*", "add": "hängen, dranhäng*, ranhäng*, dran"},
    "fr": {"regenerate": "régénér*, regénér*"},
    "bn": {"regenerate": "আবার বানিয়ে দিন, আবার বানিয়ে দাও, আবার বানান, আবার তৈরি কর*",
           "no_vocals": "vocal chara, vocal chhara, kono vocal chara, kontho chara"},
    # ... and from blind set 22, no vocals as typed in Latin letters ('bedoon-e sedaa', 'kono vocal chara',
    # 'bu yao ren sheng')
    "fa": {"no_vocals": "bedoon-e sedaa, bedoone sedaa, bedoon-e seda, bedoon sedaa, bedun-e seda, bi kalam, bikalam, "
                        "bedoon-e khanande, bedoone khanande"},
    "la": {"regenerate": "denuo fac, iterum fac, denuo face"},
    "bg": {"fade": "фейд*", "regenerate": "генерирай наново, генерирай отново, направи наново"},
}  # fmt: skip
# ... and from blind sets 55 and 56 ('os últimos 4 segundos … gera de novo', 'கடைசி 10 வினாடியை மறுபடியும் உருவாக்கு',
# 'плавну появу', 'kad suktųsi ratu be jokio tarpo', 'ஆரம்பத்துல 5 வினாடி சேர்த்து விடு'), merged into the rows above
# beside a language's earlier words.
_MORE_55: tuple[tuple[str, str, str], ...] = (
    ("pt", "regenerate", "gera de novo, gere de novo, gerar de novo, faz de novo, faça de novo, faca de novo"),
    ("ta", "regenerate", "மறுபடியும் உருவாக்கு*"),
    ("ta", "start", "ஆரம்பத்துல, ஆரம்பத்துலே, முன்னாடி"),
    ("ta", "add", "சேர்த்து*, சேருங்க, சேரு, சேர்த்துடு, சேர்த்துவிடு, சேர்த்துடுங்க"),
    ("uk", "fade", "плавну появу, плавна поява, плавне наростання, плавне згасання, плавно згаса*"),
    ("lt", "loop", "suktųsi ratu, suktusi ratu, sukasi ratu, ratu be tarpo"),
    # ... and from blind sets 57 and 58: nothing sung, and 'instrumental' written in the script ('ekkert sungið',
    # 'hangszeres', 'ইন্সট্রুমেন্টাল', a karaoke backing track '트로트 MR 만들어줘'); 'Dołóż 30 sekund na końcu',
    # 'bættu 10 sekúndum framan við', 'கடைசியில இன்னும் 20 வினாடி சேர்த்துடு', 'చివరి 12
    # సెకన్లు మళ్ళీ చెయ్యి', 'torna-los a fer'
    ("is", "no_vocals", "ekkert sungið, ekkert söngl, enginn söngur, án söngs"),
    ("hu", "no_vocals", "csak hangszeres, hangszeres változat*, hangszeres zene, hangszeres szám"),
    ("bn", "no_vocals", "ইন্সট্রুমেন্টাল চাই, ইন্সট্রুমেন্টাল বানাও, ইন্সট্রুমেন্টাল বানিয়ে দাও, শান্ত ইনস্ট্রুমেন্টাল, ইনস্ট্রুমেন্টাল চাই"),
    ("ko", "no_vocals", "mr 만들어*, mr로, mr만, mr 버전, 노래방 mr, 엠알"),
    ("pl", "add", "dołóż*, doloz*, dorzuć*, dorzuc*"),
    ("is", "start", "framan við, framan á"),
    ("is", "end", "aftan við, aftan á, í lokin"),
    ("ta", "end", "கடைசியில, கடைசில"),
    ("te", "regenerate", "మళ్ళీ చెయ్యి, మళ్లీ చెయ్యి"),
    ("ca", "regenerate", "torna-los a fer, torna-les a fer, torna-ho a fer, torna a fer*"),
    # ... and from blind set 61 ('A végét úsztasd ki 4 másodperc alatt', 'Láttu það fjara út síðustu 5 sekúndurnar',
    # 'Jana semula bahagian …', 'கடைசி 15 வினாடிகளை மறுபடி உருவாக்கு')
    ("hu", "fade", "úsztasd ki, úsztassa ki, kiúsztat*, úsztat*"),
    ("hu", "end", "a végét, a végén, a végéről"),
    ("is", "fade", "fjara út, fjari út, fjarar út, láta fjara"),
    ("ms", "regenerate", "jana semula"),
    ("ta", "regenerate", "மறுபடி உருவாக்கு*"),
    ("uk", "regenerate", "переграй*"),  # (and from set 62: 'Переграй другий куплет', 'utnij 3 sekundy z końca')
    ("pl", "end", "z końca, od końca"),
    ("ht", "no_vocals", "sèlman enstriman, selman enstriman, enstrimantal, san vwa"),
    ("pl", "start", "z początku, od początku"),
    ("no", "trim", "kutt, klipp bort, klipp av, klipp ut"),
    ("lt", "trim", "iškirpk*, nukirpk*, apkirpk*"),
    ("ru", "regenerate", "переиграй*"),
    ("hu", "trim", "vágj le, vágjon le, vágjál le"),  # ('az elejéről vágj le 2 másodpercet')
    ("he", "trim", "תוריד, תורידי"),
    ("es", "trim", "recórt*"),  # ('recórtale los últimos 10 segundos')
    ("sk", "trim", "zostrihaj*, odstrihni*, ostrihaj*, orež*, odrež*"),
    # ... and from sets 71 and 72: a Finnish instrumental in a compound ('kanteleinstrumentaalista'), Lithuanian
    # 'the beginning' and 'the end' in the accusative ('Pailgink pradžią 15 sekundžių')
    # (not a compound of an instrument: 'laulu, jossa on pianoinstrumentaali-intro' is sung; red-team 28)
    ("fi", "no_vocals", "kanteleinstrumentaalista, instrumentaalikappale*"),
    # (not the genitive 'pradžios', as in 'pradžios neliesk', leave the start alone)
    ("lt", "start", "pradžią, pradžia"),
    ("lt", "start", "įžangą, įžanga"),  # (set 195: 'pridėk 8 sekundžių įžangą', an intro of 8 seconds)
    ("lt", "end", "pabaigą, galą"),
    # ... and silent plans left in sets 67 and 69: 'die Bridge austauschen' of yesterday's song, '보컬은 빼고요' (not
    # Arabic 'طوّلها' as an extend word: written 'extend', it lost the half of 'نص دقيقة زيادة'; not Swahili 'rudia',
    # which is also 'play again': 'rudia kucheza sekunde 20 za mwisho')
    ("de", "regenerate", "austausch*"),
    ("ko", "no_vocals", "보컬은 빼*, 보컬 빼*, 목소리는 빼*"),
    ("bn", "extend", "বাড়িয়ে"),  # ('শেষে বাড়িয়ে ওই পর্যন্ত করে দাও': lengthened at the end, up to there)
    ("ta", "extend", "நீட்டு*"),
    # ... and from set 151: 'ทำให้เล่นวนได้ไม่สะดุด' (make it play round without a stumble)
    ("th", "loop", "เล่นวน, วนซ้ำ, เปิดวน"),
    # ... and from set 152: 'онови інтро' (renew the intro), 'شروع میں ۱۵ سیکنڈ کا انٹرو ڈال دیں' (put a 15 s intro at the
    # start)
    ("uk", "regenerate", "онови, оновіть"),
    ("ur", "add", "ڈال دیں, ڈال دو, ڈالو, ڈالیں"),
    # ... and from red team 41: 'طوّل المقدمة لـ20 ثانية' (lengthen the intro), its article written on
    ("ar", "start", "المقدمة, للمقدمة, بالمقدمة"),
    ("ar", "end", "الخاتمة, للخاتمة"),
    ("lt", "end", "pabaigoje, pabaigoj"),  # (set 153: 'pridėk 10 sekundžių pabaigoj', at the end, as typed)
    ("hu", "no_vocals", "énekhang nélkül*, énekhangok nélkül*"),  # (set 154: 'énekhang nélküli zongorás darab')
    # ... and from set 68: 'మర్చిపో … ఫ్లూట్ తో ఇన్‌స్ట్రుమెంటల్' (written with a zero-width non-joiner), 'কোনো গান নয়',
    # 'خلها تتكرر بشكل متصل بدون قطع'
    ("te", "no_vocals", "తో ఇన్\u200cస్ట్రుమెంటల్, తో ఇన్స్ట్రుమెంటల్, ఇన్\u200cస్ట్రుమెంటల్ కావాలి, ఇన్స్ట్రుమెంటల్ కావాలి"),
    ("bn", "no_vocals", "কোনো গান নয়, কোন গান নয়"),
    ("ar", "loop", "تتكرر بشكل متصل, يتكرر بشكل متصل, تتكرر بدون قطع, يتكرر بدون قطع"),
    # ... and from sets 89 to 92, as typed on a phone: 'фејд аут од 3 секунде', '잔잔한 피아노 1분 보컬x', 'bedune
    # khanande', Arabizi 'bdon sot'
    ("sr", "fade", "фејд*, fejd*"),
    ("ko", "no_vocals", "보컬x, 보컬 x, 노보컬, 보컬 없는, 보컬없는"),
    ("fa", "no_vocals", "bedune khanande, bedun khanande, bedune sedaa, bi khanande"),
    ("ar", "no_vocals", "bdon sot, bdoun sot, bedon sot, bedoun sot, mn gher sot, men gher sot, bdon ghona"),
    ("en", "no_vocals", "nothing with singing"),  # (not 'nobody singing': a story's 'with nobody singing anymore')
    # ('अन्ते पञ्च सेकण्डपर्यन्तं शनैः शनैः शान्तं कुरु': quieter little by little; 'Alles na 2:30 mag eraf'; 'na konci to nech
    # 3 sekundy zeslabovat')
    ("sa", "fade", "शनैः शनैः शान्तं*, शनैः शान्तं*"),
    ("nl", "trim", "mag eraf, mogen eraf, moet eraf, moeten eraf, eraf knippen, eraf halen"),
    ("cs", "fade", "zeslab*"),
    ("hi", "no_vocals", "कोई आवाज़ नहीं, कोई आवाज नहीं, आवाज़ नहीं चाहिए, आवाज नहीं चाहिए"),
    # ... and from set 117 (people who are not musicians), a fade in everyday words: 'am Ende soll es langsam leiser
    # werden', 'laat het wegsterven', 'плавно затихало', 'yavaş yavaş sessizleşsin'
    (
        "de",
        "fade",
        "soll es langsam leiser werden, soll es leiser werden, lass es leiser werden, langsam leiser werden lassen",
    ),
    ("nl", "fade", "wegsterven"),
    ("ru", "fade", "плавно затихало, плавно затихала, плавно затихал, чтобы затихало, плавное нарастание"),
    ("hr", "fade", "se polako utiša u, neka se polako utiša, polako utišaj*, polako stišaj*"),
    ("tr", "fade", "yavaş yavaş sessizleşsin, yavaşça sessizleşsin, sessizleştir*"),
    ("ja", "fade", "だんだん小さくなるように, だんだん小さくして"),
    ("hi", "fade", "धीरे धीरे आवाज़ कम हो जाए, धीरे-धीरे आवाज़ कम हो जाए, धीरे धीरे आवाज कम हो जाए, धीरे धीरे आवाज़ कम कर*"),
    ("bn", "fade", "আস্তে আস্তে আওয়াজ কমিয়ে দা*"),
    ("it", "fade", "entri piano piano"),
    # ... and from set 119 (people who explain first): 'Bisa dipotong 10 detik terakhirnya?', 'उसका आख़िरी हिस्सा ठीक
    # कर दो', 'Onun ortasını yenidən düzəldə bilərsən?', 'Mach es bitte doppelt so lang'
    ("id", "trim", "bisa dipotong, tolong dipotong, minta dipotong, dipotong aja, dipotong dong"),
    ("ms", "trim", "boleh dipotong, tolong dipotong"),
    ("hi", "regenerate", "हिस्सा ठीक कर दो, हिस्से को ठीक कर दो, इसे ठीक कर दो, हिस्सा ठीक कर दीजिए"),
    ("az", "regenerate", "yenidən düzəld*"),
    (
        "de",
        "extend",
        "mach es doppelt so lang, mach es bitte doppelt so lang, mach ihn doppelt so lang, mach sie doppelt so lang",
    ),
    # ... and from set 133 (what not to do): no words to sing said as a refusal ('لا أريد كلمات', '보컬도 빼고', 'jangan
    # pakai vokal', 'בלי שירה', 'কোনো কথা লাগবে না', 'பாடல் வரிகள் இல்லை', 'گانے کے بول نہیں چاہئیں'), and a track
    # lengthened in Persian, Punjabi and Thai ('ادامه‌اش بده', 'ਹੋਰ ਲੰਬਾ ਕਰੋ', 'เพิ่มอีก')
    ("ar", "no_vocals", "لا أريد كلمات, لا اريد كلمات, بلا كلمات, بدون كلمات, بدون غناء, من غير كلمات"),
    ("ko", "no_vocals", "보컬도 빼*, 노래는 빼*, 노래도 빼*"),
    ("id", "no_vocals", "jangan pakai vokal, jangan pake vokal, jangan ada vokal, tanpa lirik"),
    (
        "he",
        "no_vocals",
        "בלי שירה, ובלי שירה, בלי מילים, ובלי מילים, ללא שירה, וללא שירה, ללא מילים, בלי זמר, בלי זמרת",
    ),
    ("bn", "no_vocals", "কোনো কথা লাগবে না, কথা লাগবে না, কোনো কথা চাই না"),
    ("ta", "no_vocals", "பாடல் வரிகள் இல்லை, பாடல் வரிகள் வேண்டாம், வரிகள் இல்லாமல்"),
    ("ur", "no_vocals", "بول نہیں چاہئیں, بول نہیں چاہیے, بول نہیں چاہیئں, بغیر بول"),
    ("es", "no_vocals", "con letra no, letra no, nada de letra"),
    ("fa", "extend", "ادامه‌اش بده, ادامه اش بده, ادامه‌ش بده, ادامه بده, طولانی‌ترش کن, طولانی ترش کن"),
    ("pa", "extend", "ਲੰਬਾ ਕਰੋ, ਹੋਰ ਲੰਬਾ, ਲੰਬਾ ਕਰ ਦਿਓ"),
    ("th", "add", "เพิ่มอีก"),
)
for _lang, _kind, _words in _MORE_55:
    _had = _MORE.setdefault(_lang, {}).get(_kind)
    _MORE[_lang][_kind] = f"{_had}, {_words}" if _had else _words


# "No vocals" said as "without lyrics" or "without words" ('sin letra', 'ohne Text', 'без слов', '歌詞なし',
# 'بدون کلام', 'வரிகள் இல்லாமல்'): one kind of the no_vocals column, kept apart because a voice named beside it
# ('a choir singing without words') asks for singing with no words, which the account asks about.
NO_WORDS: dict[str, str] = {
    "en": "no lyrics, without lyrics, no words, without words", "es": "sin letra, sin letras, sin palabras, nada de letra, nada de letras, ni letra",
    "pt": "sem letra, sem letras, sem palavras, nada de letra, nenhuma letra", "fr": "sans paroles, sans parole, sans texte, sans mots",
    "de": "ohne text, ohne worte, ohne liedtext, ohne songtext, kein text, keinen text",
    "it": "senza testo, senza parole", "nl": "zonder tekst, zonder woorden, zonder songtekst, geen tekst",
    "ru": "без слов, без текста", "uk": "без слів, без тексту", "bg": "без думи, без текст",
    "sr": "bez reči, bez riječi, bez teksta, без речи, без текста", "hr": "bez riječi, bez teksta",
    "cs": "bez textu, bez slov", "sk": "bez textu, bez slov", "pl": "bez słów, bez tekstu",
    "ro": "fără versuri, fără cuvinte, fără text", "hu": "szöveg nélkül*, dalszöveg nélkül*",
    "fi": "ilman sanoja, ilman tekstiä, ilman sanoitusta, ilman sanoituksia", "sv": "utan text, utan ord",
    "da": "uden tekst, uden ord", "no": "uten tekst, uten ord", "is": "án texta, án orða",
    "ca": "sense lletra, sense paraules, sense text", "la": "sine verbis", "el": "χωρίς στίχους, χωρίς λόγια",
    "tr": "sözsüz, şarkı sözü olmadan, sözü olmadan, söz olmadan", "az": "sözsüz, sözləri olmadan, sözlər olmadan",
    "ar": "بدون كلمات, بلا كلمات, من غير كلمات, بدون كلام, mn 8er kalam, min 8er kalam, mn ghir kalam, min ghir kalam", "fa": "بدون کلام, بدون متن, بدون شعر, بدون کلمات",
    "he": "בלי מילים, ללא מילים", "hi": "बिना बोल, बिना शब्द, बिना शब्दों, बिना लिरिक्स, bina lyrics, bina bol",
    "ne": "शब्द बिना*, बिना शब्द*", "sa": "शब्दं विना, विना शब्दम्", "pa": "ਬਿਨਾਂ ਬੋਲਾਂ, ਬਿਨਾ ਬੋਲਾਂ, ਬਿਨਾਂ ਬੋਲ, ਬੋਲਾਂ ਤੋਂ ਬਿਨਾਂ, ਬੋਲ ਤੋਂ ਬਿਨਾਂ",
    "ur": "بغیر بول, بول کے بغیر, بغیر الفاظ, الفاظ کے بغیر", "bn": "কথা ছাড়া*, লিরিক্স ছাড়া*",
    "ta": "வரிகள் இல்லாம*, வரிகள் இல்லாத, வார்த்தைகள் இல்லாமல்", "te": "పదాలు లేకుండా, సాహిత్యం లేకుండా, లిరిక్స్ లేకుండా, మాటలు లేకుండా",
    "th": "ไม่มีเนื้อเพลง, ไม่มีคำร้อง, ไม่มีคําร้อง", "vi": "không lời, không có lời, ko có lời, k có lời, ko lời, khong co loi, ko co loi",
    "id": "tanpa lirik, tanpa kata-kata, tanpa kata", "ms": "tanpa lirik, tanpa kata-kata, tanpa kata",
    "tl": "walang lyrics, walang liriko, walang salita, walang letra", "sw": "bila maneno, bila mashairi",
    "ht": "san pawòl, san mo", "lt": "be žodžių, be teksto", "ja": "歌詞なし, 歌詞無し, 歌詞不要, 歌詞はいらない, uta nashi, utanashi",
    "zh": "无歌词, 無歌詞, 不要歌词, 不要歌詞, 没有歌词, 沒有歌詞", "yue": "冇歌詞, 唔要歌詞",
    "ko": "가사 없이, 가사없이, 가사 없는",
}  # fmt: skip


@lru_cache(maxsize=1)
def _no_words_forms() -> tuple[frozenset[str], tuple[str, ...]]:
    whole: set[str] = set()
    stems: set[str] = set()
    for words in NO_WORDS.values():
        for raw in (w.strip() for w in words.split(",")):
            plain = raw.rstrip("*")
            for form in (plain, fold(plain), "و" + plain):
                (stems if raw.endswith("*") else whole).add(form)
    return frozenset(whole), tuple(stems)


def says_no_words(word: str) -> bool:
    """Whether a no_vocals cue's word is one of "without lyrics / words" (as found: folded or not)."""
    whole, stems = _no_words_forms()
    w = word.lower()
    return w in whole or w.startswith(stems)


# The languages whose writers often leave the accents out, and whose bare words do not collide with other
# languages' everyday words (German 'kürz' bare is 'kurz', Spanish 'quít' is 'quit': those are not folded).
_FOLDED = frozenset(
    {
        "cs",
        "sk",
        "pl",
        "hu",
        "ro",
        "hr",
        "sr",
        "lt",
        "vi",
        "tr",
        "az",
        "is",
        "el",
        "pt",
        "es",
        "fr",
        "sv",
        "fi",
        "no",
        "da",
    }
)
# German and the Nordic languages also write a letter they lack as two ('verlaengere', 'forlaeng', 'lagadu'):
# their words are read in that spelling too.
_SPELLED_OUT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ð": "d", "þ": "th"})
_NOT_FOLDED = frozenset(
    {"quit", "repar", "debut", "basa", "bas", "son"}
)  # Spanish 'quít…' bare is English 'quit…'; French 'répar…' is 'repartir


def fold(word: str) -> str:
    """A Latin- or Greek-script word without its accents ('přidej' → 'pridej', 'λεπτό' → 'λεπτο'); others as given."""
    if not any("\u00c0" <= c <= "\u03ff" or "\u1e00" <= c <= "\u1fff" or c in "łŁđĐøØæÆßıİ" for c in word):
        return word
    bare = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
    return bare.translate(_LETTERS)


_LETTERS = str.maketrans(
    {
        "ł": "l",
        "Ł": "L",
        "đ": "d",
        "Đ": "D",
        "ø": "o",
        "Ø": "O",
        "ı": "i",
        "İ": "I",
        "ə": "e",
        "Ə": "E",
        "ð": "d",
        "æ": "ae",
    }
)


def _forms(word: str, lang: str) -> list[str]:
    """Arabic script glues 'and' (و) to the next word: 'وخاتمة' is 'and an outro'."""
    return [word, "و" + word] if lang in ("ar", "fa", "ur") else [word]


# A pronoun joined to a verb by a hyphen ('refés-los', 'fais-le', 'refaz-lo', 'rifallo' aside): the verb is a word.
_CLITIC_AFTER = re.compile(
    r"-(?:lo|los|la|las|le|les|li|l|ho|hi|en|ne|me|te|nos|vos|se|lhe|lhes|o|a|os|as|mi|ti|ci|vi|gli|moi|toi|lui|leur|"
    r"y)(?![^\W\d_])"
)


def _word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_" or ch == "-" or _is_mark(ch)


def _is_mark(ch: str) -> bool:
    if ch.isascii():
        return False
    import unicodedata

    return unicodedata.category(ch).startswith("M")


def table(lang: str) -> dict[str, list[str]]:
    """One language's reviewed words by kind (for tests and the docs)."""
    out = {k: [w.strip() for w in ws.split(",") if w.strip()] for k, ws in zip(KINDS, _TABLE[lang], strict=True)}
    out["start"] = [w.strip() for w in _WHERE[lang][0].split(",") if w.strip()]
    out["end"] = [w.strip() for w in _WHERE[lang][1].split(",") if w.strip()]
    for kind, words in _MORE.get(lang, {}).items():
        out[kind] += [w.strip() for w in words.split(",") if w.strip()]
    out["no_vocals"] += [w.strip() for w in NO_WORDS.get(lang, "").split(",") if w.strip()]
    return out


LANGUAGES = tuple(_TABLE)


@lru_cache(maxsize=1)
def _starts() -> re.Pattern[str]:
    """Where a cue can start: the first two characters of a spaced script's word, the first of another's."""
    edge, free = _index()
    keys = sorted({*edge, *free}, key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


_HALF_PREFIX = quick(r"(?:semi|non|half|halb|demi|полу|pół|polo|mezzo|medio|meio)-$")


# A side said to stay as it is, right before it, an article between allowed ('ma non toccare l'inizio', 'aber nicht den
# Anfang', 'laisse le début', 'zostaw początek', 'не трогай начало', 'άσε την αρχή') ...
# 'Don't touch' in the languages' words: it never says 'make' (below).
_DONT_TOUCH_WORDS = (
    r"non\s+tocc\w*|don['’]t\s+touch|no\s+toques|ne\s+touche\s+pas\s+(?:à|a|au)?|não\s+mex\w*(?:\s+n[oa])?|"
    r"не\s+трогай|не\s+чіпай|не\s+пипай|не\s+дирај|nie\s+ruszaj|nesahej\s+na|ne\s+diraj|nu\s+atinge|rör\s+inte|"
    r"älä\s+koske|μην\s+πειράξεις|no\s+toquis|(?:huwag|wag)\s+(?:mong\s+|nyong\s+)?(?:galawin|baguhin)(?:\s+ang)?|"
    r"אל\s+תיגע\s+ב|sin\s+tocar|senza\s+toccare|sans\s+toucher(?:\s+(?:à|a|au))?|fără\s+să\s+atingi|fara\s+sa\s+atingi|"
    r"не\s+меняй|не\s+змінюй|לא\s+לשנות|אל\s+תשנה\s+את|لا\s+تغير|لا\s+تغيّر|ما\s+تغير|đừng\s+đụng(?:\s+vào)?|"
    r"đừng\s+sửa|pa\s+manyen|ekki\s+breyta|ne\s+bántsd"
)
_KEEP_BEFORE = (
    _DONT_TOUCH_WORDS + r"|nicht|not|leave|mantenendo|mantieni|keep|keeping|behalte|lass|lascia(?:\s+stare)?|"
    r"deja|mantén|laisse|garde|deixa|mantém|mantenha|оставь|остави|залиш|zostaw|nech|nechaj|nechej|"
    r"ostavi|lasă|lasa|păstrează|pastreaza|hagyd|ne\s+nyúlj\s+\w+|behoud|"
    r"behåll|behold|jätä|άσε|αφησε|άφησε|κράτα|biarkan|"
    r"jangan\s+ubah|giữ\s+nguyên|خلي|خل|اترك|سيب|תשאיר\s+את|תשאירי\s+את|保持|别动|不要动"
)
# (not the verbs that are also 'let' or 'to': Norwegian, Danish, Swedish, Dutch 'la', 'lad', 'låt', 'laat' ('la
# începutul' is Romanian 'at the beginning'), Vietnamese 'để' ('để phần đầu không bị cụt', so that the start is not
# cut): said after the side instead ('la starten være', 'låt början vara', 'laat het begin zo'))
_SIDE_SPARED = quick(
    # (not a keep word said not to: 'no dejes el principio tan corto', 'nicht nur das Ende')
    r"(?<!no )(?<!not )(?<!nicht )(?<![^\W\d_])(?:"
    + _KEEP_BEFORE
    + r")(?!\s+(?:nur|only|solo|seulement|só))(?:\s+[^\W\d_]{1,3}['’]?)?\s*$"
)
# ... or said to be fine as it is, after it ("l'inizio va bene così", 'den Anfang lass so', 'the start is fine',
# 'początek zostaw', 'начало не трогай', 'началото го остави', 'sonunu uzat, başına dokunma', '最初はそのままで').
_SIDE_FINE = quick(
    r"\s*(?:(?:го|я|ги|її|його|le|la|lo|il|it|es|ihn|je|ho|to|ji|ją|go|az|ő)\s+)?(?:va\s+bene|com['’]è|(?:va\s+bene\s+|lascia\w*\s+)così|lass\w*\s+so|"
    r"bleibt|ist\s+gut|passt|is\s+fine|is\s+good|stays|"
    r"as\s+it\s+is|alone|está\s+bien|queda\s+así|como\s+está|est\s+bien|tel(?:le)?\s+quel(?:le)?|non\s+si\s+tocca|"
    r"nicht\s+anfassen|не\s+трогай|не\s+трогать|оставь|не\s+чіпай|залиш|остави|не\s+пипай|zostaw|nie\s+ruszaj|"
    r"nech|nechaj|nechej|ostavi|ne\s+diraj|lasă|lasa|hagyd|være|vara|zo(?:\s+staan)?(?![^\W\d_])|ennalleen|ennallaan|"
    r"dokunma|kalsın|όπως\s+είναι|biarkan|tetap|giữ\s+nguyên|để\s+nguyên|زي\s+ما\s+هي|كما\s+هي|אל\s+תיגע|"
    r"को\s+मत|मत\s+छुओ|मत\s+बदल\w*|रहने\s+दो|वैसी\s+ही\s+रख\w*|वैसा\s+ही\s+रख\w*|ne\s+bántsd|से\s+ही\s+अच्छा|मாற்றாமல்|மாற்றாமல்|ঠিক\s+আছে|خوبه|"
    r"usiuguse|usiguse|usibadilishe|保持不变|唔好郁|唔使郁|别改|不要改|唔好改|唔使改|کو\s+مت|دست\s+نزن|رو\s+دست\s+نزن|はそのまま|そのまま|は触らない|은\s+그대로|는\s+그대로|그대로|别动|不要动|不变|不用动)"
)
# ... of which 'don't touch' never says 'make' ('huwag galawin ang simula pahabain mo ng 20 segundo': the 20 s are the
# extension's), unlike 'deja', 'lass', 'keep' ('deja el principio 10 segundos más largo').
_DONT_TOUCH = quick(r"(?<![^\W\d_])(?:" + _DONT_TOUCH_WORDS + r")(?:\s+[^\W\d_]{1,3}['’]?)?\s*$")
# Not spared where a length or 'longer' follows the side in its clause: 'lass das Ende 10 Sekunden länger laufen', 'deja
# el principio más largo' make that side longer.
_LENGTHENED_AFTER = quick(
    r"[^,.;!?\n]{0,24}?(?:\d|länger|längre|lengre|længere|langer|longer|más\s+larg|plus\s+long|più\s+lung|mais\s+long|"
    r"أطول|اطول)"
)
# A side noun that is no side of the track: an idiom ('en principio', in principle; 'Anfang nächster Woche', early next
# week), the start of another thing ('música de abertura', the opening theme; 'menú de inicio'), or a part's start
# ('el principio de la segunda estrofa'), unless that thing is the song.
_NOT_A_SIDE_BEFORE = quick(r"(?<![^\W\d_])(?:de|di|da|do)\s+$")
_IN_PRINCIPLE = quick(r"(?<![^\W\d_])(?:en|em|in)\s+$")
# ('15 de cierre', '10 segundos de intro': an amount of that side)
_AMOUNT_OF = quick(r"(?:\d|(?<![^\W\d_])(?:seg\w*|sec\w*|min\w*|s))\s+(?:de|di|da|do)\s+$")
_NOT_A_SIDE_AFTER = quick(
    r"\s+(?:(?:nächste[nrs]?|kommende[nrs]?|diese[nrs]?|januar|februar|märz|april|mai|juni|juli|august|september|"
    r"oktober|november|dezember)(?![^\W\d_])|של\s|(?:de|del|de\s+la|da|do|della|dello|del|des|du|de\s+l['’]|of\s+the|of|"
    r"van\s+het|van\s+de)\s+(?!(?:la\s+|el\s+|a\s+|o\s+|the\s+|het\s+)?(?:canción|cancion|música|musica|tema|"
    r"pista|canção|faixa|chanson|morceau|canzone|brano|song|track|tune|nummer|lied|liedje|piece|piesa|piesei|it|ella|"
    r"ela)(?![^\W\d_]))[^\W\d_]+)"
)


# The two sides named as nouns, as what a verb lengthens ('predĺž začiatok', 'alarga el principio', 'prelungește
# începutul', 'başlangıcı 10 saniye uzat', '시작 부분을 10초 늘려줘'): read as a side only in a clause with an extend or
# add word (the rows of _WHERE are read anywhere). Object forms where a language declines them.
_SIDE_NOUNS: dict[str, tuple[str, str]] = {
    "ar": ("البداية, البدايه, بدايتها, بدايته, بداية الأغنية", "النهاية, النهايه, نهايتها, نهايته, نهاية الأغنية"),
    "az": ("başlanğıcı, başlanğıcını, əvvəlini, girişi, girişini", "sonunu, sonu, axırını"),
    "bg": ("началото", "края, краят, финала, края на песента"),
    "bn": ("শুরুটা, শুরুর অংশ, শুরুর অংশটা, শুরুর দিকটা", "শেষটা, শেষের অংশ, শেষের অংশটা, শেষের দিকটা"),
    "ca": ("el principi, principi, l'inici, l’inici, inici, començament", "el final, final"),
    "cs": ("začátek, zacatek, úvod, uvod", "konec, závěr, zaver"),
    "da": ("begyndelsen, starten, åbningen", "slutningen, enden, afslutningen"),
    "de": ("anfang, beginn", "ende, schluss"),
    "el": ("την αρχή, αρχή, την εισαγωγή", "το τέλος, τέλος, το κλείσιμο"),
    "es": ("el principio, principio, comienzo, inicio, arranque", "el final, final, cierre"),
    "fa": ("ابتدای, ابتدای آهنگ, شروعش, اول آهنگ, شروع آهنگ", "انتهای, انتهای آهنگ, پایانش, آخر آهنگ, پایان آهنگ"),
    "fi": ("alkua, alkuosaa, aloitusta", "loppua, loppuosaa, lopetusta"),
    "fr": ("début, commencement, l'ouverture, l’ouverture", "la fin, fin, finale"),
    "he": ("ההתחלה, את ההתחלה, הפתיחה", "הסוף, את הסוף, הסיום"),
    "hi": ("शुरुआत, शुरू का हिस्सा, शुरुआती हिस्सा", "अंत, आखिरी हिस्सा, अंतिम हिस्सा"),
    "hr": ("početak, pocetak, uvod", "kraj, završetak, zavrsetak"),
    "ht": ("kòmansman, koumansman, komansman, debi", "fen, finisman, bout"),
    "hu": ("elejét, elejet, kezdetét, kezdetet, kezdését, az elejét", "végét, veget, befejezését, zárását, a végét"),
    "id": ("awal, awalnya, bagian awal, permulaan", "akhir, akhirnya, bagian akhir, ujungnya, penutup"),
    "is": ("byrjunina, upphafið, upphafid", "endann, lokin, endinn"),
    "it": ("l'inizio, l’inizio, inizio, principio, l'apertura, l’apertura", "la fine, fine, finale, la chiusura, chiusura"),
    "ja": ("冒頭を, 最初を, 始まりを, 出だしを, 頭を, イントロを, 冒頭部分, 最初の部分", "最後を, 終わりを, 末尾を, 終盤を, アウトロを, 最後の部分, 終わりの部分"),
    "ko": ("시작 부분, 시작부분, 처음 부분, 처음부분, 앞부분, 앞 부분, 도입부, 시작을, 처음을, 앞쪽을, 앞쪽",
           "끝부분, 끝 부분, 마지막 부분, 마지막부분, 뒷부분, 뒷 부분, 엔딩, 끝을, 뒤쪽을, 뒤쪽"),
    "la": ("initium, principium", "finem, exitum"),
    "lt": ("pradžią, pradzia, pradžia", "pabaigą, pabaiga, galą"),
    "ms": ("awal, bahagian awal, permulaan", "akhir, bahagian akhir, penghujung, hujung"),
    "ne": ("सुरुवात, शुरुवात, सुरुवातलाई, शुरुवातलाई, सुरुलाई, सुरुको भाग, सुरुवाती भाग", "अन्त, अन्तलाई, अन्तिम भाग, अन्तिम भागलाई"),
    "nl": ("begin, het begin, de start", "einde, het einde, eind, het eind, slot, het slot"),
    "no": ("starten, begynnelsen, åpningen, innledningen", "slutten, avslutningen, enden"),
    "pa": ("ਸ਼ੁਰੂਆਤ, ਸ਼ੁਰੂ ਵਾਲਾ ਹਿੱਸਾ", "ਅੰਤ, ਅਖੀਰ, ਆਖਰੀ ਹਿੱਸਾ"),
    "pl": ("początek, poczatek, wstęp, wstep", "koniec, końcówkę, koncowke, zakończenie, zakonczenie"),
    "pt": ("o início, início, inicio, começo, comeco, o começo, princípio, principio, abertura",
           "o final, final, o fim, fim, encerramento"),
    "ro": ("începutul, inceputul, începutul piesei, începutu", "sfârșitul, sfarsitul, sfârşitul, finalul, finalu"),
    "ru": ("начало, вступление, заставку", "конец, концовку, окончание, финал"),
    "sa": ("आरम्भं, प्रारम्भं, आरम्भम्, प्रारम्भम्", "अन्तं, अन्तम्"),
    "sk": ("začiatok, zaciatok, úvod, uvod", "koniec, záver, zaver"),
    "sr": ("početak, pocetak, почетак, uvod, увод", "kraj, крај, završetak, завршетак"),
    "sv": ("början, starten, inledningen", "slutet, avslutningen"),
    "sw": ("mwanzo, mwanzoni", "mwisho, mwishoni"),
    "ta": ("தொடக்கத்தை, ஆரம்பத்தை, தொடக்க பகுதியை, ஆரம்ப பகுதியை", "முடிவை, இறுதியை, இறுதி பகுதியை, கடைசி பகுதியை"),
    "te": ("ప్రారంభాన్ని, మొదటి భాగాన్ని, మొదలును", "చివరి భాగాన్ని, ముగింపును, ముగింపుని"),
    "th": ("ช่วงต้น, ช่วงแรก, ส่วนต้น, ท่อนต้น", "ช่วงท้าย, ส่วนท้าย, ท่อนท้าย, ช่วงจบ"),
    "tl": ("simula, umpisa, simula ng kanta", "dulo, wakas, dulo ng kanta"),
    "tr": ("başlangıcı, başlangıcını, başını, baş kısmını, girişi, girişini, başlangıç kısmını",
           "sonunu, sonu, bitişini, bitişi, son kısmını, bitiş kısmını"),
    "uk": ("початок, вступ", "кінець, закінчення, фінал"),
    "ur": ("شروع, آغاز, شروع کا حصہ", "آخر, اختتام, آخری حصہ"),
    "vi": ("phần đầu, đoạn đầu, khúc đầu, phần mở đầu", "phần cuối, đoạn cuối, khúc cuối, đoạn kết, phần kết"),
    "yue": ("開頭, 頭段, 前奏", "結尾, 尾段, 尾"),
    "zh": ("开头, 開頭, 开始部分, 開始部分, 开头部分, 開頭部分, 前奏", "结尾, 結尾, 结尾部分, 結尾部分, 末尾, 尾部"),
}  # fmt: skip
# (unspaced nouns not before a number: '最初の10秒', '开头的10秒' name the first seconds, a range)
# (but after the object's particle the number is the amount: '始まりを15秒延ばして')
_OBJECT_MARKS = ("を", "을", "를", "은", "는", "は")
_NUMBER_NEXT = quick(r"\s*(?:の|的|부분의)?\s*[\d一二三四五六七八九十两兩]")
_CLAUSE_END = quick(r"[,.;!?:，。；、！？،؛؟\n]")


@lru_cache(maxsize=1)
def _side_nouns() -> tuple[re.Pattern[str], dict[str, str]]:
    kinds: dict[str, str] = {}
    spaced: list[str] = []
    unspaced: list[str] = []
    for starts, ends in _SIDE_NOUNS.values():
        for kind, words in (("start", starts), ("end", ends)):
            for word in (w.strip() for w in words.split(",")):
                if word:
                    kinds.setdefault(word, kind)
                    (spaced if _spaced(word) else unspaced).append(word)
    return re.compile(rf"(?<![^\W\d_])(?:{_alternatives(spaced)})(?![^\W\d_])|(?:{_alternatives(unspaced)})"), kinds


def _alternatives(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


def side_kept(text: str, start: int, end: int) -> bool:
    """Whether the side at text[start:end] is said to stay as it is, and not to be made longer ('początek zostaw',
    'शुरुआत को मत बदलना'; not 'deja el principio 10 segundos más largo')."""
    if _SIDE_FINE.match(text, end, end + 24) or _DONT_TOUCH.search(text[max(0, start - 30) : start]):
        return True
    return bool(_SIDE_SPARED.search(text[max(0, start - 30) : start])) and not _LENGTHENED_AFTER.match(text, end)


def _not_a_side(text: str, start: int, end: int) -> bool:
    """Whether the side noun at text[start:end] names no side of the track ('en principio', 'menú de inicio', 'el
    principio de la segunda estrofa', 'Anfang nächster Woche')."""
    ahead = text[max(0, start - 16) : start]
    before = (_NOT_A_SIDE_BEFORE.search(ahead) and not _AMOUNT_OF.search(ahead)) or (
        text.startswith(("principi", "princípi"), start) and _IN_PRINCIPLE.search(ahead)
    )
    return bool(before or _NOT_A_SIDE_AFTER.match(text, end))


# A time unit in the gap between a verb and its object ('başlangıcı 10 saniye uzat', 'initium viginti secundis produc'):
# it and the (number) words before it are the amount, not words between.
_UNIT_WORD = quick(
    r"^(?:sec\w*|seg\w*|sek\w*|s|min\w*|сек\w*|мин\w*|хв\w*|ثاني\w*|ثوان\w*|دقيق\w*|دقائق|ثانیه|دقیقه|שני\w*|דק\w*|"
    r"सेक\w*|मिन\w*|সেকেন্ড|মিনিট|வினாடி\w*|நிமிட\w*|సెకన\w*|నిమిష\w*|ਸਕਿੰਟ|ਮਿੰਟ|سیکنڈ|منٹ|saniye|saniyə|dakika|"
    r"dəqiqə|detik|menit|saat|minit|giây|phút|วินาที|นาที|secund\w*|minut\w*|másodperc\w*|perc\w*|segundo\w*|segonn|"
    r"sekunn\w*|minuut\w*|sekúnd\w*|sekund\w*|δευτερόλεπτ\w*|λεπτ\w*|sekunde)$"
)


_FOR_WORDS = frozenset(
    {
        "for",
        "für",
        "pour",
        "para",
        "per",
        "cho",
        "için",
        "icin",
        "untuk",
        "buat",
        "kwa",
        "dla",
        "для",
        "pro",
        "voor",
        "til",
        "för",
        "برای",
        "لـ",
        "लिए",
    }
)


# Longer words that may stand between the verb and the side: a place's preposition ('tambah 15 saat pada permulaan',
# "aggiungi 8 secondi prima dell'inizio") or the track itself ('طوّل الأغنية ١٥ ثانية من البداية').
_GAP_WORDS = frozenset(
    {
        "pada",
        "prima",
        "dell'",
        "dell’",
        "della",
        "dello",
        "delle",
        "desde",
        "antes",
        "avant",
        "before",
        "vor",
        "przed",
        "перед",
        "před",
        "pred",
        "önce",
        "trước",
        "yung",
        "song",
        "track",
        "canción",
        "cancion",
        "canzone",
        "chanson",
        "música",
        "musica",
        "lied",
        "песню",
        "пісню",
        "piosenkę",
        "píseň",
        "pjesmu",
        "песента",
        "piesa",
        "piesei",
        "lagu",
        "bài",
        "الأغنية",
        "الاغنية",
        "الأغنيه",
        "השיר",
        "آهنگ",
        "گانا",
        "गाना",
        "गाने",
        "গানটা",
        "பாடலை",
        "పాటను",
        "ਗੀਤ",
        "wimbo",
        "kanta",
        "awit",
        "dal",
        "dalt",
        "laulu",
        "laulua",
        "låten",
        "sangen",
        "nummer",
        "carmen",
        "cântecul",
        "melodia",
    }
)


# Words that join two things: between a side noun and the verb they say the noun belongs to a clause of its own ('me
# encanta el principio y alárgala 20 segundos'); between two side nouns they join them ('sonunu ve başlangıcını 10
# saniye uzat', 'alkuosaa ja myös loppuosaa').
_AND_WORDS = frozenset(
    {"and", "y", "e", "et", "und", "og", "dan", "и", "і", "ve", "i", "och", "ja", "és", "și", "và", "و", "oraz", "ir"}
    | {"также", "також", "а", "اور", "और", "আর", "ও", "र", "ਅਤੇ", "மற்றும்", "మరియు", "και"}
)
_ALSO_WORDS = frozenset(
    {"also", "too", "myös", "också", "også", "auch", "también", "também", "aussi", "anche", "тоже", "także", "také"}
    | {"taky", "juga", "cũng", "भी", "ayrıca"}
)
_JOINING_WORDS = _AND_WORDS | _ALSO_WORDS


def _object_of(text: str, noun: re.Match[str], verb: Cue, *, joined: bool = False) -> bool:
    """Whether the side noun is the object of the lengthening verb: beside it, with at most three short words (an
    article, a particle, a preposition, the track: 'el', 'ang', 'את', 'را', 'को', '을', 'pada', 'الأغنية') and the amount
    between ('alarga el principio', 'başlangıcı 10
    saniye uzat', '시작 부분을 10초 늘려줘'); not a noun further off ('頭を使わずに … 伸ばして', 'videonun girişi için şarkıyı 20
    saniye uzat', 'lagu … untuk pembukaan acara')."""
    gap = text[noun.end() : verb.start] if noun.end() <= verb.start else text[verb.end : noun.start()]
    if len(gap) > 48 or _CLAUSE_END.search(gap):
        return False
    tokens = gap.split()
    if not _spaced(noun.group(0)):
        # (unspaced scripts: only a particle and the amount between: '始まりを15秒延ばして', '把开头延长10秒')
        return len(re.sub(r"[\d\s秒分钟鐘钟초분を은는을를の]+", "", gap)) <= 2
    kept: list[str] = []
    digit = False
    for token in tokens:
        if any(ch.isdigit() for ch in token):
            digit = True
            continue
        if _UNIT_WORD.match(token.strip(".,")):
            if not digit:
                del kept[max(0, len(kept) - 2) :]  # (the number words before the unit: 'viginti secundis')
            digit = False
            continue
        digit = False
        if token.lower() in _FOR_WORDS:
            return False  # ('thêm 30 giây cho phần mở đầu video': for the video's opening)
        if token.lower().strip(".,") in _JOINING_WORDS:
            if not joined:
                return False  # ('me encanta el principio y alárgala 20 segundos': the noun's own clause)
            continue  # ('pidennä alkuosaa ja myös loppuosaa', 'اختتام اور آغاز کو')
        kept.append(token)
    return len(kept) <= 3 and all(len(t) <= 3 or t.lower().strip(".,") in _GAP_WORDS for t in kept)


def _side_nouns_in_lengthening_clauses(text: str, found: list[Cue]) -> Iterator[tuple[re.Match[str], int, list[Cue]]]:
    """The side nouns of _SIDE_NOUNS in a clause that holds an extend or add word, each with its clause's index and
    those words; not where a mark goes on with the word ('अन्त्य' is not 'अन्त'), the side is said to stay, or the noun
    names no side of the track."""
    import bisect

    pattern, _ = _side_nouns()
    cuts = [m.start() for m in _CLAUSE_END.finditer(text)]
    verbs: dict[int, list[Cue]] = {}
    for c in found:
        if c.kind in ("extend", "add"):
            verbs.setdefault(bisect.bisect_right(cuts, c.start), []).append(c)
    for m in pattern.finditer(text):
        at = bisect.bisect_right(cuts, m.start())
        if at not in verbs:
            continue
        if _spaced(m.group(0)) and (
            (m.end() < len(text) and _word_char(text[m.end()])) or (m.start() > 0 and _word_char(text[m.start() - 1]))
        ):
            continue
        if side_kept(text, m.start(), m.end()) or _not_a_side(text, m.start(), m.end()):
            continue
        yield m, at, verbs[at]


def doubtful_start(text: str) -> str | None:
    """A noun for the beginning in a clause that lengthens the track, not read as the verb's object and not said of
    anything else ('no dejes el principio tan corto alárgalo 10 segundos'): where the new music goes is asked, never
    left to the usual end."""
    found = find_cues(text)
    if "start" in {c.kind for c in found}:
        return None
    _, kinds = _side_nouns()
    for m, _at, _verbs in _side_nouns_in_lengthening_clauses(text, found):
        if kinds[m.group(0)] != "start" or not _spaced(m.group(0)):
            continue  # (unspaced nouns are read only beside their verb)
        beside = (text[: m.start()].split()[-1:] or [""])[0], (text[m.end() :].split()[:1] or [""])[0]
        if any(w.lower().strip(".,") in _FOR_WORDS for w in beside):
            continue  # ('videonun girişi için …': for the video's intro)
        return m.group(0)
    return None


def _with_side_nouns(text: str, found: list[Cue]) -> list[Cue]:
    """The cues, with the side nouns of each clause that holds an extend or add word and no side yet, each the object
    of one of its verbs."""
    _, kinds = _side_nouns()
    cuts = [m.start() for m in _CLAUSE_END.finditer(text)]
    import bisect

    # (a clause that names a side already takes no noun of that side; a noun of the other side it takes only as the
    # verb's object: 'deixa o final e estica o começo 10 segundos' names both, and is asked)
    sided = {(bisect.bisect_right(cuts, c.start), c.kind) for c in found if c.kind in ("start", "end")}
    taken = [(c.start, c.end) for c in found]
    added: list[Cue] = []
    waiting: list[tuple[re.Match[str], int]] = []
    for m, at, verbs in _side_nouns_in_lengthening_clauses(text, found):
        if (at, kinds[m.group(0)]) in sided or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        if not _spaced(m.group(0)) and not m.group(0).endswith(_OBJECT_MARKS) and _NUMBER_NEXT.match(text, m.end()):
            continue
        if not any(_object_of(text, m, verb) for verb in verbs) and not (
            # (the second of two sides joined to the first: 'من البداية و١٥ من النهاية', 'initium decem secundorum et
            # finem')
            added and bisect.bisect_right(cuts, added[-1].start) == at and _object_of(text, m, added[-1], joined=True)
        ):
            waiting.append((m, at))
            continue
        added.append(Cue(kinds[m.group(0)], m.group(0), "", m.start(), m.end()))
    for m, at in waiting:
        # (the first of two sides joined to one read after it, as verb-final languages say them: 'sonunu ve
        # başlangıcını 10 saniye uzat', 'اختتام اور آغاز کو 10 سیکنڈ بڑھا دو')
        later = [c for c in added if c.start > m.end() and bisect.bisect_right(cuts, c.start) == at]
        if later and kinds[m.group(0)] != later[0].kind and _object_of(text, m, later[0], joined=True):
            added.append(Cue(kinds[m.group(0)], m.group(0), "", m.start(), m.end()))
    return sorted([*found, *added], key=lambda c: c.start) if added else found


_SOMETHING_BEFORE = quick(r"(?<![^\W\d_])(?:jotain|jotakin|ihan|mitään|kaikkea)\s+$")


# Chinese 'don't' ('别instrumental'), but not as the second letter of a word: '告别' (farewell), '离别', '特别'.
DONT_BIE = r"(?<![告离離分特区區差类類级級性识識辨派惜送道判鉴鑑作话話永临臨吻诀訣久拜辞辭挥揮])[别別]"
# (and not '虚无', '편안' (comfortable))
_NEGATION_GLUED = re.compile(
    r"(?:ไม่เอา|ไม่|不要|不用|" + DONT_BIE + r"|不|没有|沒有|"
    r"(?<![虚虛毫])[无無]|(?<![\uac00-\ud7af])안)$"
)


def _unspaced(ch: str) -> bool:
    """A letter of a script written without spaces (CJK, kana, Hangul, Thai)."""
    return GLUED_LETTER.match(ch) is not None


def find_cues(text: str) -> list[Cue]:
    """Every cue in (lower-cased, NFKC) text, left to right, each the longest that starts there; linear."""
    edge, free = _index()
    starts = _starts()
    found: list[Cue] = []
    n = len(text)
    i = 0
    while i < n:
        # Straight to the next place a word of the tables can start (one scan in C, not a step per character).
        at = starts.search(text, i)
        if at is None:
            break
        i = at.start()
        hit: Cue | None = None
        ch = text[i]
        glued = i > 1 and text[i - 1] == "-" and text[i - 2].isalpha()  # 'rock-instrumental'
        # (a Latin word typed right after a word of an unspaced script starts a word: '古风instrumental')
        after_cjk = (
            i > 0 and ch.isascii() and _unspaced(text[i - 1]) and not _NEGATION_GLUED.search(text, max(0, i - 8), i)
        )
        if (ch.isalnum() or _is_mark(ch)) and (i == 0 or not _word_char(text[i - 1]) or glued or after_cjk):
            for word, stem, kind, lang in edge.get(text[i : i + 2], ()):
                if not text.startswith(word, i):
                    continue
                if after_cjk and kind != "no_vocals" and not glued and _word_char(text[i - 1]):
                    continue  # (only 'instrumental' glued after CJK: '做一首叫Redo My Life的歌' names a song)
                if (
                    glued
                    and _word_char(text[i - 1])
                    and (kind != "no_vocals" or _HALF_PREFIX.search(text, max(0, i - 6), i))
                ):
                    continue  # after a hyphen only 'no vocals' ('Rock-Instrumental'), never 'semi-instrumental'
                end = i + len(word)
                if stem:
                    while end < n and _word_char(text[end]) and text[end] != "-":
                        end += 1
                elif (
                    end < n
                    and _word_char(text[end])
                    and not (ch.isascii() and _unspaced(text[end]))
                    and not _CLITIC_AFTER.match(text, end)
                ):
                    continue
                hit = Cue(kind, text[i:end], lang, i, end)
                break
        if hit is None:
            for fword, kind, lang in free.get(ch, ()):
                if text.startswith(fword, i):
                    hit = Cue(kind, fword, lang, i, i + len(fword))
                    break
        if (
            hit is not None
            and hit.kind in ("start", "end")
            and (side_kept(text, i, hit.end) or (hit.word in _side_nouns()[1] and _not_a_side(text, i, hit.end)))
        ):
            i = hit.end  # ('ma non toccare l'inizio', 'aber nicht den Anfang': the side said to stay as it is)
        elif hit is not None and hit.word == "muuta" and _SOMETHING_BEFORE.search(text, max(0, i - 16), i):
            i = hit.end  # ('jotain ihan muuta': something else, not 'change')
        elif hit is not None:
            found.append(hit)
            i = hit.end
        else:
            i += 1
    if any(c.kind in ("extend", "add") for c in found):
        return _with_side_nouns(text, found)
    return found


def kinds_in(text: str, found: list[Cue] | None = None) -> dict[str, Cue]:
    """The first cue of each kind in the text."""
    out: dict[str, Cue] = {}
    for cue in find_cues(text) if found is None else found:
        out.setdefault(cue.kind, cue)
    return out


# The extend cues that are the comparative 'longer' ('lebih panjang', 'dłuższa', 'πιο μεγάλο'): written as
# 'longer', so that '30 seconds longer' stays an amount to add after a word for a total ('jadi', 'legyen').
_LONGER = ("länger", "längre", "langer", "længere", "lengre", "más larg", "mas larg", "plus long", "più lung",
           "piu lung", "mais long", "длиннее", "dlinnee", "подлиннее", "podlinnee", "довш", "по-дълг", "duž", "duz",
           "delší", "delsi", "dlhš", "dlhs", "dłuższ", "dluzsz", "dłużej", "dluzej", "mai lung", "hosszabb",
           "pidemp", "pidemm", "pitemp", "pitemm", "lengri", "lengra", "més llarg", "mes llarg", "πιο μ", "μεγαλύτερ",
           "μακρύτερ", "daha uzun", "atwal", "اطول", "أطول", "ארוך יותר", "יותר ארוך", "بلندتر", "بلند تر",
           "طولانی", "lebih panjang", "lbh panjang", "dài hơn", "dai hon", "lâu hơn", "lau hon", "mas mahaba",
           "ndefu zaidi", "refu zaidi", "pi long", "longior", "longius", "ยาวกว่า", "ยาวขึ้น", "更长", "更長", "長く",
           "もっと長く", "長めに", "길게", "더 길게", "長啲", "aur lamba")  # fmt: skip
_CANONICAL = {"regenerate": "replace", "extend": "extend", "add": "add", "convert": "convert", "fade": "fade",
              "trim": "trim", "no_vocals": "no vocals", "start": "start", "end": "end"}  # fmt: skip


# A word for making again, in verbs the cue tables may lack ('generáld újra', '다시 생성', 'jana semula', 'lav … om',
# 'vygeneruj nanovo', 'i-regenerate'): with one, the first or last seconds are to be made anew, not cut.
_AGAIN = quick(
    r"gener|regen|أعد|اعد|генер|生成|생성|जनरेट|توليد|again|semula|nanovo|znovu|újra|ujra|igen|opnieuw|nochmal|noch mal|erneut|"
    r"di nuovo|de nuevo|de novo|encore|ponownie|jeszcze raz|još jednom|ještě jednou|ešte raz|od nowa|odnowa|odznova|od znova|snova|снова|заново|ещё раз|еще раз|знову|lagi|ulit|tekrar|yeniden|"
    r"lại|(?<!κουσα )(?<!κούσα )ξαν[αά]|שוב|مجدد|دوباره|फिर से|फिरसे|दोबारा|다시|もう一度|もう一回|もう1回|再|重新|重做|重來|重来|やり直|作り直|\bre-?(?:do|make|record|render|write)|\bom\b|"
    r"\bneu\b|\bnew\b|nuevo|nueva|novo|nova\b|nouveau|nouvelle|nuovo|nuova|regera|refa[çzi]|rifa|rehaz|refai|"
    r"מחדש|endur|पुनः|ulang|tena|upya|yenidən|baştan|заново|наново|ponovno|iznova|uudelleen|újra|من جديد|دوبارہ|"
    # 'again' words that also mean 'listen again' or 'new', only beside a verb of making ('phir se banao', 'dobara
    # generate karo', 'دوبارہ بنائیں', 'আবার বানাও', 'уради поново', 'மீண்டும் உருவாக்கு', 'ทำ…ใหม่', '새로 뽑아')
    r"\b(?:dobara|dubara|phir se|fir se)\s+(?:banao|bana|banaa|bnao|generate|karo|kar|kardo|bana do)\b|"
    r"دوبارہ\s*(?:بنا|بنائیں|بناؤ|تیار)|আবার\s*(?:বানা|তৈরি)|(?:уради|направи|генериши)\s+поново|поново\s+(?:уради|направи)|"
    r"மீண்டும்\s*(?:உருவாக்|செய்)|ทำ.{0,24}ใหม่|새로\s*(?:뽑|만들|생성)|iterum|refè|refe\b|重新整|再整|पुनः|"
    r"uusiks|uudestaan|(?:lag|lage|gjør|gjer|generer)\w*[^.,;]{0,30}på nytt|फेरि\s*बना|torna a generar|torna a fer|"
    # 'once more' said of a part of the track ('otra vez los últimos 10 segundos', 'az utolsó 15 másodpercet még
    # egyszer', 'ще раз останні 15 секунд', 'пак последните 10 секунди'); listening again is read before (`_PLAYBACK`)
    r"otra vez|még egyszer|meg egyszer|aftur|dar kartą|dar karta|nog een keer|nog eens|ще раз|denuo|ਫਿਰ ਤੋਂ|"
    r"\bponovi\b|\bпонови\b|(?<![^\W\d_])поново(?![^\W\d_])|(?<![^\W\d_])пак(?![^\W\d_])|\bpå nytt\b|\brudia\b"
)
# ... and the same typed in Latin letters ('abar banao', 'feri banau', 'thirumba pannu', 'peredilai'), and more: a
# pattern of its own, so each keeps its substring test in front (one pattern of all would have too many strings).
_AGAIN_MORE = quick(
    r"\b(?:abar|aabar)\s+(?:banao|bana|koro)\b|\b(?:feri|pheri)\s+(?:banau|bana|gara)\b|\bthirumba\s+(?:pannu|podu|seyyi)\b|"
    r"\bperedilai\b|\bpererobi\b|\bperedelai\b|重整|ਦੁਬਾਰਾ"
)


class _Either:
    """Two patterns searched as one: the earlier match of the two (`AGAIN.search` is all the router asks)."""

    def __init__(self, *patterns: re.Pattern[str]) -> None:
        self._patterns = patterns

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        found = [m for p in self._patterns if (m := p.search(string, pos, endpos)) is not None]
        return min(found, key=lambda m: m.start()) if found else None


AGAIN = _Either(_AGAIN, _AGAIN_MORE)


# A loop named in any language ('pętlę', 'луп', 'लूप', 'حلقة'): the account's check that a plan loops the track
# where the words say so, and the planner's reading of 'make it a loop' with a track and nothing else.
LOOP_WORD = quick(
    r"(?<![^\W\d_])(?:loop\w*|bucle\w*|boucle\w*|schleife\w*|dauerschleife\w*|endlosschleife\w*|lus|петл\w*|зацикл\w*|луп\w*|smyčk\w*|ve smyčc\w*|slučk\w*|"
    r"pętl\w*|zapętl\w*|döngü\w*|silmukk\w*|luupp\w*|hurk\w*|užcikl\w*|ciclo|buclă|bucla|حلقة|حلقه|לולאה|לופ|בלופ|ללופ|בלולאה|λούπα|"
    r"تتكرر بشكل متواصل|يتكرر بشكل متواصل|تتكرر بشكل متصل|يتكرر بشكل متصل|تتكرر بدون قطع|يتكرر بدون قطع|تكرار متواصل|تكرار مستمر|تتكرر بدون انقطاع|يتكرر بدون انقطاع|да се повтаря безшевно|безкраен цикъл|suktųsi ratu|suktusi ratu|sukasi ratu|"
    # ('خليها تتكرر بلا توقف', 'пусни я на повторение', 'put it on repeat')
    r"تتكرر بلا توقف|يتكرر بلا توقف|على التكرار|на повторение|на повтор|on repeat|en repeat|op repeat|grotų ratu|"
    # ... and asked in everyday words, as a wish or an order (set 117: 'make it go round and round', 'que dé vueltas y
    # vueltas', 'láttu það spila aftur og aftur', 'خليها تعيد نفسها'; not 'it just goes round and round', 'la melodía
    # da vueltas', 'ég hlusta á það aftur og aftur', 'القصة تعيد نفسها')
    r"(?:make|let|have)\s+it\s+(?:go|play|spin)\s+round\s+and\s+round|que\s+d[ée]\s+vueltas\s+y\s+vueltas|"
    r"láttu\s+það\s+spila\s+aftur\s+og\s+aftur|خليها\s+تعيد\s+نفسها|خليه\s+يعيد\s+نفسه|"
    r"направи\s+го\s+да\s+се\s+върти|کاری\s+کن\s+که\s+مدام\s+تکرار|f[ăa]-o\s+s[ăa]\s+se\s+repete|"
    r"petlj\w*|petl[ei]|لوب|vrti\w*\s+u\s+krug(?!\s+u\s+glavi)|врти\w*\s+у\s+круг(?!\s+у\s+глави))(?![^\W\d_])"  # (hr, sr 'u petlji', 'neka se vrti
    # u krug', pl 'petle' typed without 'ę', ar 'لوب')
    r"|گول\s+گول\s+چلا|(?:계속|끊김\s*없이)\s*반복되게\s*해|ทำให้มันวนเล่น|ให้มันวนเล่น|ให้เล่นวน|เล่นวนได้|วนซ้ำได้|เปิดวนได้"
    r"|ループ|循环|循環|루프|ลูป|लूप|"
    r"ਲੂਪ|লুপ|லூப்|లూప్"  # pl 'zapętlało', and 'loop' as pa, bn, ta, te write it (their cue tables' loop words)
)


# Fade words that say their way in one word ('淡入' in, '淡出' out): the way is kept when the word is written 'fade'.
_FADE_LENGTH_NEXT = quick(r"\s*[0-9一二兩两三四五六七八九十半]")
_FADE_WAY = {"淡入": "in", "渐入": "in", "漸入": "in", "淡出": "out", "渐弱": "out", "漸弱": "out"}
_FADE_WAY_WORD = quick("|".join(_FADE_WAY))


def canonical_cues(text: str, found: list[Cue] | None = None) -> str:
    """The text with each cue in the router's own (English) word; loops stay as written (a loop can be a style)."""
    out: list[str] = []
    last = 0
    for cue in find_cues(text) if found is None else found:
        if cue.kind == "loop" or (
            cue.lang == "en" and not (cue.kind == "no_vocals" and ("=" in cue.word or ":" in cue.word))
        ):
            continue
        out.append(text[last : cue.start])
        longer = cue.kind == "extend" and cue.word.lower().startswith(_LONGER)
        word = "longer" if longer else _CANONICAL[cue.kind]
        if (
            cue.kind == "fade"
            and cue.word in _FADE_WAY
            and text[cue.end : cue.end + 2] not in _FADE_WAY
            and text[max(0, cue.start - 2) : cue.start] not in _FADE_WAY
            # (each with its own length right after it; '淡入2秒然后淡出' keeps one length for two fades: asked)
            and all(_FADE_LENGTH_NEXT.match(text, m.end()) for m in _FADE_WAY_WORD.finditer(text))
        ):
            # (not the pair said as one, '淡入淡出2秒': which way the length goes is unsaid)
            word = f"fade {_FADE_WAY[cue.word]}"  # ('淡入3秒淡出5秒': which way each goes, kept)
        out.append(f" {word} ")  # '30 detik lebih panjang': an amount
        last = cue.end
    out.append(text[last:])
    return "".join(out)
