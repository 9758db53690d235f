"""Account for every meaningful token: the planner's plan is kept only when it uses every number, time, cue
and lyrics block the request holds; anything left over becomes one question naming the fields to pass.

The order is: structure (digits, lyrics, units: `read`), words (the planner), then this audit. A default is
taken only where the request says nothing of its kind, and the plan lists it in `defaults`. Fields the agent
passed are trusted and checked against the words: a number in the words the plan does not use (the field
said otherwise) is a disagreement, and a question, never a silent choice.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from ace_step_mcp.router.cues import AGAIN, DONT_BIE, EFFECT, LOOP_WORD, doubtful_start, find_cues, kinds_in
from ace_step_mcp.router.lang import COUNTED, LATIN_STOPWORDS, approximations, romanised_count
from ace_step_mcp.router.quick import GLUED_LETTER, quick
from ace_step_mcp.router.ranges import untouched_side
from ace_step_mcp.router.read import (
    ANOTHER_PIECES_LENGTH,
    APPROX_BEFORE,
    GLUED_MIN_SEC,
    PEOPLE,
    QUOTE,
    SENTENCE_END,
    THESE_WORDS,
    WORDS_NOT_GIVEN,
    WRITE_THEM,
    arabic_to_apart,
    ascii_digits,
    bars_to_seconds,
    find_lyrics,
    glued_units,
    last_line_unsure,
    lines_unlabelled,
    lyrics_said_after_a_copula,
    lyrics_said_unmarked,
    number_value,
    periodic,
    places_said_with_a_verb,
    quote_someone_says,
    quoted_lyrics,
    refuse_absurd_numbers,
    seconds_said,
    units_to_canonical,
    unread_units,
    vulgar_fractions,
    without_lyrics,
)

if TYPE_CHECKING:
    from ace_step_mcp.router.model import Plan, Question, Request

# -- numbers and times in the text the planner read -----------------------------------------------------

_TOKEN = quick(
    r"(?<![\w.:/])(?<!\d,)(?:(\d{1,3}):([0-5]\d)(?::([0-5]\d))?(?![\d:])|(\d+(?:[.,]\d+)?)(?![\d]))"
    r"(?:\s?-?\s?(seconds?|secs?|s|minutes?|mins?|min|m|hours?|hrs?|h)(?![^\W\d_]))?"
)
_SKIP_REFS = quick(
    r"trk_[0-9a-f]{12}(?![0-9a-z])|trk_[0-9A-Za-z_]+|music://tracks/trk_[0-9a-f]{12}(?![0-9a-z])|music://\S+|https?://\S+|(?<!\S)\S+\.(?:wav|mp3|flac|ogg|m4a|aiff?|opus)\b|seed\s*[:=#]?\s*-?\d+"
    r"|(?<![\w.])\d+\s*/\s*\d+(?![\w.])",  # 4/4, 3/4: a metre, not a time
    re.IGNORECASE,
)
# What follows a number that is not a length: a tempo, a count, an ordinal, a format, a decade, a machine.
_NOT_TIME_AFTER = quick(
    r"\s?(?:[-–]\s?\d{2,3}\s?bpm|bpm|p(?:\d{2,3})?\b|beats?\b|bits?\b|-bit|비트|ビット|бит|%|x\b|×|k\b|khz|hz|kbps|db\b|lufs|st\b|nd\b|rd\b|th\b|takes?\b|versions?\b|"
    r"variations?\b|bars?\b|tracks?\b|songs?\b|loops?\b|stems?\b|ª|º|°|ème\b|e\b|er\b|ers\b|eme\b|o\b|(?:(?<!\s)a\b|a(?=\s+\d))(?!\s+(?:na|do|pak|potom|ještě|také|ve?|ze?|k|end|start|fade|trim|add)\b)|-?й\b|"
    r"-?я\b|-?е\b|-?х\b|-?ти\b|ern\b|年代|년대|번째|번\b|回目|つ目|번|个|個|首|遍|位|er-|'?s\b|ies\b|lar\b|ler\b|\.\s+[^\W\d]|"
    r"years?\b|yrs?\b|y/?o\b|jahre?\b|años|anos|ans\b|anni\b|jaar|лет|год|歳|岁|살|times\b|mal\b|veces|fois|"
    r"vezes|volte|раз|回|次|つ打ち|つ目|lần\b|kali\b|kertaa|gånger|gange\b|keer\b|razy\b|krát\b|"
    # money, and an age or a birthday ('$5', '5 euros', 'ей 80', 'zum 80.', '50-ия рожден ден', '30 של אחותי')
    r"\$|€|£|¥|₹|dollars?|bucks|euros?|eur\b|usd\b|pounds?|руб\w*|рубл\w*|yuan|元|円|원|रुपये|ريال|块|塊|毛|"
    r"reais|pesos|zł|zloty|złotych|kč|korun|lei\b|forint|ft\b|lira|tl\b|rupees?|rs\b|taka|dirhams?|درهم|جنيه|ليرة|"
    r"\.\s*(?:geburtstag|jahrestag|birthday)|-?(?:ия|ият|ти|ви|ри|th|st|nd|rd)?\s*(?:рожден|день рожд|geburtstag|birthday|"
    r"cumpleaños|anniversaire|compleanno|aniversário|יום הולדת|生日|誕生日|생일|जन्मदिन|عيد ميلاد|doğum günü|"
    r"ulang tahun|sinh nhật|urodzin|narozenin|verjaardag|födelsedag|fødselsdag|syntymäpäiv|születésnap|"
    r"ਜਨਮਦਿਨ|سالگرہ|పుట్టిన|জন্মদিন|பிறந்த)|"
    # the ordinal endings of hi, ne, pa, ur, te, bn ('5वें', '५ औं', '8ਵੇਂ', '6ویں', '5వ', '৫ম'): no length
    r"वें|वीं|वाँ|वां|औं|ਵੇਂ|ਵੀਂ|ਵਾਂ|ویں|واں|వ(?=\s|,|$)|ম(?=\s|,|$)|"
    # years of age and children in more languages ('4 anys', '10-vuotiaalle', '6 ára', '7 metų', '5 tahun',
    # '4 roky', '3 године', '6 ขวบ', '7 taon', '7 an', '30 de ani', '25 dětí')
    r"anys\b|-vuot\w*|ára\b|éves\b|eves\b|évesen|-?stk\w*|-?tk[ęaiy]\b|\.?\s*yaş\w*|\.?\s*yas\b|met(?:ų|ai|us|ukų)|tahun\b|rok(?:y|ov|ů|u)?\b|годин[аеу]\b|godin[aeu]\b|ขวบ|ปี|"
    r"taong?\b|an\b|de ani\b|dět[ií]|det[ií]\b|dzieci|"
    # people and ages ('4 of us', '50 invitados', '40 couverts', '12 bambine', '6 meses', 'عمرها 12 سنة', 'бат 16')
    + PEOPLE
    + r"|bambin\w*|niñ\w*|kids\b|children|meses|months?\b|mois\b|monate|mesi\b|"
    r"месяц\w*|miesięc\w*|jaar\b|lat\b|let\b|ani\b|vuot\w*|år\b|éves|tuổi|ساله|سال\b|سنة|سنوات|বছর|वर्ष|साल\b|"
    r"வது|na siya|ans\b|anni\b|años|anos\b|jahre alt|years? old|year-old|"
    # more ages and guests ('60歲', '۴۰ سالگی', '18 års', '75-mečiui', '200 मेहमान', '150 καλεσμένους', '40 persones',
    # '300 nəfər', '30 stykker', '27 учнів', '28 élèves', '4 kompisar', '60 gäster')
    r"歲|سالگی|års\b|-?meči\w*|-?mečio|stykker|"
    r"учн\w*|учени\w*|студент\w*|élèves|eleves|kompisar|vänner|vieras\w*|"
    # anniversaries, years and the hour of a day ('30-летию', '50-годишнината', '35-lecie', '20-річчя', '7-erių
    # metų', '90-årsdag', '5주년', '三周年', '5 năm', '30 χρόνια', '62 lata', 'शाम 7 बजे', '오후 2시', '8 malam')
    r"-?лети\w*|-?летн\w*|-?годишн\w*|-?lecie\w*|-?leci[au]\b|-?річч\w*|-?erių|-?ių metų|metų\b|-?års\w*|주년|"
    r"周年|週年|号|號|năm\b|nam\b|χρόνια|χρονών|χρόνων|lata\b|-?(?:ά|ή|ος|ης|ου)(?![^\W\d_])|jubil\w*|evfordul\w*|"
    r"बजे|시(?!간)|点|點|時(?!間)|malam\b|pagi\b|sore\b|siang\b|petang\b|مساء\w*|صباح\w*|ظهر\w*|sáng\b|chiều\b|tối\b|"
    r"listeners|subscribers|followers|views|streams|likes|fans\b|"
    # (audiences, sample rates and bit depths: '800 Hörer', '150 oyentes', '2.300 abonnenter', '48 kHz', '24-bit',
    # '1.2万人', '4 هزار عضو', '5 min izləyici'; a picture's size and rate: '4K 25p')
    r"hörer\w*|oyentes|ouvintes|auditeurs|ascoltatori|luisteraars|słuchaczy|слушател\w*|abonnent\w*|abonnés|"
    r"abonnees|suscriptores|inscritos|iscritti|seguidores|izləyici\w*|takipçi\w*|pengikut|subscriber\w*|k?hz\b|"
    r"кгц|кгц\b|-?bit\b|-?бит\b|万人|만\s*명|명\b|هزار|عضو|p\b|k\s+\d+p\b|"
    # (a room or class said after its number, and the animals and friends of a story: '1204호', '3학년 2반',
    # '12 numaralı', '২০৪ নম্বর', '八十大寿', '3 cats', '5 दोस्तों', '2 mil inscritos')
    r"호(?![가-힣])|호실|반(?![가-힣])|학년|numaral\w*|নম্বর|नंबर|नम्बर|ਨੰਬਰ|نمبر|شماره|大寿|大壽|号室|號房|号房|"
    r"cats?\b|dogs?\b|chats\b|chiens\b|gatos\b|perros\b|katzen\b|hunde\b|gatti\b|cani\b|friends\b|दोस्त\w*|"
    r"amigos\b|amis\b|freunde\b|amici\b|enceintes\b|speakers\b|mil\s+inscritos|mil\s+seguidores|"
    # an episode's number ('第37期', '第24話', '8화'; not '회', also 'times': '3회 생성해줘'), a day said as a date ('14
    # तारीख'), money ('49 kr.', '49 kuna'; not 'din', Romanian 'of': 'ultimele 3 din piesă')
    r"期|話|话|화|집|集|章|तारीख|tarikh|kr\.|kr\b|kuna|kn\b|曲目|番目|枚目|איש|אנשים|kişi\w*|คน|người|orang\b|"
    # a school class ('11-А класу', 'от 10 клас', '7. třída')
    r"(?:-\w)?\s*(?:клас\w*|класс\w*|class\b|grade\b|klasse\b|třída\w*|sınıf\w*|razred\w*)|"
    # the hour of a day and dates in more forms ('14 Uhr', 'von 22 bis 5 Uhr', 'de 9 a 21h', '来月の15日', '10월 5일',
    # '200多人', '٥ يونيو', '200 log'), a radio frequency ('FM 101.3', '98.5 MHz')
    r"uhr\b|o'?clock|\s*(?:bis|-|–|a|à|até|to|till|until)\s*\d{1,2}\s*(?:uhr|h\b|hs\b|horas|heures|ore\b|o'?clock|时|点|時)|"
    r"日(?!間)|월(?![가-힣])|일(?![가-힣])|多人|多位|余人|mhz\b|log\b|"
    r"يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|"
    r"osoba|osob\b|ljudi|invitaţi|invitați|misafir|konuk|tamu\b|wageni|"
    # (more guests, people and players: '150 qonaq', '500 mehmaan', 'saremo in 120 invitati', '300 de invitați',
    # '200 nhân viên', '30 henkeä', '25 pers', '120 гостију', '4 players', '200 Mitarbeiter')
    r"hostů|hostí|hosti\b|-an\b|\s+de\s+(?:mi|mis|su|sus|tu|tus)\s|-?(?:ο|η|α)(?![^\W\d_])|"
    r"qonaq\w*|mehmaan|invitati\b|de\s+invita[țţt]i|nhân viên|nhan vien|henkeä|henkea\b|henkilöä|pers\b|"
    r"gost(?:i|iju|ima|ů|ej)\b|гостију|гости\b|gasten|mensen|personer|mennesker|players|spelers|spieler\b|joueurs|"
    r"jugadores|giocatori|jogadores|игрок\w*|employees|mitarbeiter\w*|empleados|salariés|dipendenti|funcionários|"
    r"сотрудник\w*|karyawan|pegawai|விருந்தினர்|అతిథులు|অতিথি|ਮਹਿਮਾਨ|مہمان|"
    # dates ('on the 14th', '26 जनवरी', '15 de mayo')
    r"(?:de\s+)?(?:jan|feb|mar|apr|may(?!be)|jun|jul|aug|sep|oct|nov|dec|enero|febrero|marzo|abril|mayo|junio|julio|agosto|"
    r"septiembre|octubre|noviembre|diciembre|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre|januar|februar|märz|juni|juli|oktober|dezember)\w*\b|जनवरी|फरवरी|मार्च|अप्रैल|जून|जुलाई|"
    r"अगस्त|सितंबर|अक्टूबर|नवंबर|दिसंबर)",
    re.IGNORECASE,
)
_NOT_TIME_BEFORE = quick(
    r"(?:#|no\.|nr\.|op\.|vol\.|take|part|verse|chorus|strophe|couplet|seed|tempo|bpm|key|opus|top|number|track|"
    r"song|album|episode|level|scene|chapter|round|act|ihren|seinen|ihrem|seinem|(?:søn|datter|barn|sønn|son|dotter)\s+på|"
    r"épisode|episodio|episódio|folge|aflevering|avsnitt|afsnit|"
    # ('le niveau 2 de mon jeu', 'bane 4', 'brett 5', 'groep 3', 'díl 56', 'episod 23', 'n°4', 'Route 66')
    r"niveau|bane|brett|groep|klas|klasse|díl|dílu|episod|n°|nº|route|ruta|nivel|livello|fase|"
    # (a scene's, a season's, a track lane's, a build's or an engine's number: 'escena 3', 'シーン7', 'spur 3', 'season 2',
    # 'build 0.9', 'unity 6', 'エピソード12', '에피소드 3', 'cena 6')
    r"escena|scène|szene|scena|cena|scen|scény|シーン|에피소드|エピソード|エピ|spur|build|unity|season|staffel|temporada|"
    r"saison|stagione|sezon\w*|сезон\w*|시즌|serii|série|serie|"
    # ('borð 3', 'kenttä 2', 'traccia 5', 'трек 2', 'לפרק 40', 'razina 3', 'poziom 4', 'уровень 2')
    r"borð|kenttä|kentän|taso|tason|traccia|faixa|pista|трек|לפרק|בפרק|razina|razinu|úroveň|poziom|уровень|"
    r"уровня|рівень|рівня|seviye|tahap|cấp|màn|stage|stufe|etapa|mundo|world|welt|"
    r"jakso|bölüm|odcinek|epizod\w*|эпизод|серия|серії|выпуск|випуск|part|teil|parte|ke-|"
    r"años|anos|années|anni|jaren|jahre|decade|década|décennie|anii|lata|yıllar|'|’|the|de los|dos|des|"
    r"\$|€|£|¥|₹|budget|price|cost|usd|eur|zum|ей|ему|им|ihr|ihm|age|aged|ages|birthday|יום הולדת|生日|誕生日|"
    r"生日快乐|turns|turning|wordt|cumple|cumplir|navършва|навършва|puni|implineste|împlinește|йому|їй|jam|jej|"
    r"бат|בת|בן|عمرها|عمره|fête ses|feiert|compie|ਉਮਰ|उम्र|виповнюється|исполняется|miaka|somos como|"
    # 'turns N', 'aged N' in more languages ('пуни 3', 'som fyller 5', 'jai sueina 7', 'berumur 5', 'לגיל 6',
    # 'อายุ 6', 'magiging 7', 'zoon van 3')
    r"пуни|fyller|fylder|sueina|berumur|umur|גיל|อายุ|magiging|(?:zoon|dochter|zoontje|dochtertje) van|"
    # 'sie wird 80', 'er wird 60', 'sem verður 70', 'täyttää 50', 'kończy 18', 'betölti 40', 'skal fylle 60'
    r"(?<![^\W\d_])(?:lat|let|anii|godina|vuosien|stava na|става на|navarshva|navărshva)|(?:sie|er|oma|opa|mama|papa|mutter|vater)\s+wird|wird\s+(?=\d+\s*(?:!|jahre|,|\.|$))|verður|verdur|"
    r"täyttää|tayttaa|kończy|konczy|betölti|betolti|fylle|fyller|slaví|slavi|"
    r"there'?s|theres|الـ|wageni|episodul|episodului|επεισόδιο|ü-?|วันที่|ngày|"
    # ('الحلقة 40', 'एपिसोड 50', 'قسمت ۱۲', 'RT 05', 'vers 21h', 'a les 11')
    r"الحلقة|حلقة|एपिसोड|ਐਪੀਸੋਡ|قسمت|ایپیسوڈ|(?<![^\W\d_])(?:rt|rw|vers|a les|cap a les|около)|"
    # ('ep 14', 'la puntata 14', 'פרק 14', 'capitolo 3', 'somos 14 en la fiesta')
    r"(?<![^\W\d_])(?:ep|eps|puntata|capitolo|capítulo|פרק|somos|éramos|seremos|som)|"
    # a room's or a hall's number ('Raum 112', 'la salle 204', 'Halle 5', 'aula 3', 'sala 12')
    r"(?<![^\W\d_])(?:raum|saal|halle|salle|sala|aula|zaal|room|hall|lokal|sal)|"
    # ('Zimmer 304', 'civico 48', 'квартира 58', 'pokój 215', 'rum 301', 'herbergi 12', 'ห้อง 501', 'skladba číslo 8',
    # 'pesma broj 6', 'lag númer 3', 'spor 4', 'tema 2', 'piesa 3', 'เพลงที่ 3')
    r"(?<![^\W\d_])(?:zimmer|chambre|stanza|camera|habitaci[oó]n|quarto|комнат[аы]|квартир[аы]|стая|стаята|"
    r"pok[oó]j\w*|rum|rom|værelse|værelset|kamer|odası|bilik|kamar|phòng|izb[aeuy]|sob[aeuy]|herbergi|huone\w*|"
    r"szob[aá]\w*|δωμάτιο|חדר|غرفة|غرفه|اتاق|کمرہ|कमरा|কামরা|அறை|గది|ਕਮਰਾ|civico|n[uú]mero|numéro|číslo|čísla|"
    r"broj|numer|номер|nomor|nomer|số|númer|tema|skladb[aeuy]|piesa|piesei|pesm[aeuy]|pjesm[aeuy]|spor|sporet|"
    r"låt|dalszám|lagið)|ห้อง|เพลงที่|"
    # ('ep. 48', 'ch. 3', 'епизод 21', 'епизода 3', 'epizóda 25', 'tập 8', 'þátt 6', 'kipindi cha 14', 'ตอนที่ 10',
    # 'قسط ۲۰', 'எபிசோட் 6', 'kapitola 2', 'глава 3'): an episode's or a chapter's number
    r"(?<![^\W\d_])(?:ep|eps|ch|chap|cap|kap|odc|afl|pt)\.|(?<![^\W\d_])(?:ch|episodi|epizód\w|епизод\w*|"
    r"епізод\w*|серия|серія|tập|þátt\w*|þætti|kipindi(?:\s+cha)?|sehemu(?:\s+ya)?|kabanata|kapitola|kapitel|"
    r"kapittel|hoofdstuk|chapitre|глава|розділ|fejezet|κεφάλαιο|capitolul|capítol|luku|अध्याय|قسط|ตอนที่|"
    r"எபிசோட்|এপিসোড|ఎపిసోడ్)|"
    # how many we are ('Vi er 25', 'suoniamo in 4', 'нас человек 60', 'svečių bus apie 70', 'we'll be 12')
    r"(?<![^\W\d_])(?:we\s+are|we're|we'll\s+be|there\s+will\s+be|siamo(?:\s+in)?|saremo(?:\s+in)?|suoniamo\s+in|"
    r"nous\s+sommes|on\s+est|on\s+sera|wir\s+sind|vi\s+er|vi\s+är|vi\s+blir|нас(?:\s+будет)?(?:\s+человек)?|"
    r"jesteśmy|będzie\s+nas|jsme|bude\s+nás|bus\s+apie|kami\s+ada|chúng\s+tôi\s+có|som\s+blir|som\s+blev)|"
    # a version's or a song's number ('Version 4', 'version 1.2', 'v1', 'verzia 3', 'biisi 6', 'tempo ok. 130')
    r"(?<![^\W\d_])(?:version|versión|versão|versione|verzia|verzi|verze|versie|wersja|wersji|versjon|versionen|"
    r"версия|версию|версии|версії|версія|verzió|versió|versions|versiunea|versiune|έκδοση|έκδοσης|sürüm\w*|v\.?|biisi|kappale|"
    # (a shop's branch, a channel, an invoice: 'Filiale 12', 'canal 5', 'fattura n. 37', 'Rechnung 2024-17')
    r"filiale|sucursal|filial|branch|canal|channel|kanal|fattura\s+n\.?|invoice|rechnung|factura|facture|"
    r"tempo\s+(?:ok\.?|ca\.?|circa|about|around|около|etwa|"
    r"environ|cerca\s+de))|النسخة|نسخة|نسخه|نسخهٔ|버전|バージョン|版本|"
    # a weekday before a day ('sábado 23', 'Samstag, 12.'), a radio band, the hour of a day ('entro le 17', 'às 15')
    r"(?<![^\W\d_])(?:s[aá]bado|domingo|lunes|martes|mi[eé]rcoles|jueves|viernes|samedi|dimanche|lundi|mardi|"
    r"mercredi|jeudi|vendredi|samstag|sonntag|montag|dienstag|mittwoch|donnerstag|freitag|saturday|sunday|monday|"
    r"tuesday|wednesday|thursday|friday|sabato|domenica|luned[iì]|marted[iì]|mercoled[iì]|gioved[iì]|venerd[iì]|"
    r"segunda|ter[cç]a|quarta|quinta|sexta|суббот\w*|воскресень\w*|понедельник\w*|вторник\w*|четверг\w*|"
    r"пятниц\w*),?|(?<![^\W\d_])(?:fm|entro le|alle ore|alle|dalle|verso le|às|a las|de las|hasta las|um|gegen))\s*$",
    re.IGNORECASE,
)
_MIN_SEC = quick(
    r"(?<![\w.:])(\d{1,3})\s*(?:minutes?|mins?|min|m)\s*(?:and\s+|e\s+|y\s+|et\s+|und\s+)?([0-5]?\d)"
    # not '2 minute 8-bit' (a number joined to a word is not the seconds), nor '1 min 2 versions'
    r"(?:\s*(?:seconds?|secs?|s)(?![\w.:/-])|(?![\w.:/-])(?!" + COUNTED + r"))"
)
_MIN_HALF = quick(r"(?<![\w.:])(\d{1,3})\s*(?:minutes?|mins?|min)\s+and\s+a\s+half\b")
# 'three versions', '4 tracks of 20 seconds', '2 songs': more than one piece asked for in one request.
_COUNT = quick(
    r"(?<![\w.:])(\d{1,2})\s+(?:takes|versions|variations|variants|options|tracks|songs|pieces|jingles|loops|beats|"
    r"versiones|variaciones|canciones|pistas|versions|morceaux|chansons|versionen|varianten|lieder|versioni|canzoni|"
    r"versões|músicas|faixas|versies|nummers|версии|версий|вариант\w*|песни|песен|трека|треков|lög|tane|wersj\w*|"
    r"wariant\w*)\b"
    # Korean counts the pieces it asks to make with '개' alone: '세 개 뽑아줘', '2개만 만들어줘' (make two)
    r"|(?<![\w.:])([2-9])\s*개(?:만|씩)?\s*(?=만들|뽑|생성)"
)
# The same in the languages that count with a classifier or a numeral of their own, or say 'version' in the
# singular after a number: '3パターン', '三个版本', '세 가지 버전', '3 version', '3 versi', '3 phiên bản'.
_COUNT_WORDS = quick(
    r"(?<![0-9A-Za-z.:第])([2-9]|[1-9]\d|二|两|兩|三|四|五|六|七|八|九|十|두|세|네|다섯|열)\s*(?:个|個|つの|種類の?|가지(?:의)?|개의|개)?\s*"
    r"(?:(?:different|diff|farklı|khác|berbeda|अलग|अलग-अलग)\s+)?"
    r"(?:version|versi|versiyon|phiên bản|เวอร์ชัน|เวอร์ชั่น|バージョン|パターン|テイク|版本|版(?![本权權税稅面图圖画畫])|버전|버젼|테이크|takes?)"
    r"(?![a-z]{2})"
    # the noun first, then the count with its classifier: '버전 3개', '版本两个', 'バージョン3つ'
    r"|(?:버전|버젼|테이크|版本|バージョン|パターン|テイク)\s*([2-4]|두|세|네|二|两|兩|三|四)\s*(?:개|가지|个|個|つ|種類)"
    # '曲を二つ作って', '做两首', '二曲': a count of songs with the classifier of songs or things
    r"|(?<![0-9一二三四五六七八九十가-힣])([2-4]|二|两|兩|三|四|두|세|네)\s*(?:つ(?!打|目)|曲|首|곡)(?![0-9一二三四五六七八九十分秒])"
    # '같은 걸로 3개 뽑아줘' (three of the same one): things counted, said to be the same
    r"|(?:같은|똑같은)\s*(?:걸로|거로|것으로|곡으로|버전으로)\s*([2-4]|두|세|네)\s*개"
)
# A count in words before the word for 'versions' of any language ('drei Versionen', 'три версії', 'ثلاث نسخ').
_VERSIONS_AFTER_WORD = quick(
    r"(?<![^\W\d_])([^\W\d_]+|(?<![\d.:])\d)\s+(?:تا\s+)?(?:(?:different|diff|farklı|forskjellige|olika|forskellige|ólík|अलग|अलग-अलग|"
    r"разные|разных|різні|różne|różnych|různé|verschiedene|différentes|diferentes|diverse|diversi)\s+)?"
    r"(?:takes?|tagningar|opptak|optagelser|prises|tomas|versions?|variations|variants|options|opciones|opções|opcoes|opzioni|optionen|versiones|versionen|versioni|versjoner|variantda|variantlar\w*|"
    r"variant|varianten|varianter|varianti|variantes|variantus|variantai|variantų|ottoa|ottoja|songs|canciones|chansons|lieder|canzoni|músicas|canções|песни|песен|пісні|"
    r"piosenki|písně|pjesme|şarkı|lagu|lög|tane|"
    r"n[aeiou]?s(?:5|kh)[aeiou]?t[aeiou]{0,2}[iy]?n|n[aou]s[aou]?(?:5|kh)|versões|versoes|versies|versioner|versiot|versiota|versioita|versi|versiyon|verze|verzije|verzí|wersje|wersji|"
    r"versiya\w*|útgáf\w*|utgaf\w*|verzie|verzií|verzích|verzi|versij\w*|forslag|förslag|bud|дубл(?:я|ей|ь)|"
    r"varianty|variantu|warianty|wariantów|"  # (cs, sk, pl: 'dvě varianty', 'dwa warianty')
    r"wersjach|wariantach|вариантах|варіантах|версиях|версіях|"  # (in so many versions: 'w trzech wersjach')
    r"versiuni|variante|változat\w*|verzió\w*|valtozat\w*|verzio\w*|версии|версий|версії|версій|варианта|вариантов|варіанти|варіантів|εκδοχές|εκδόσεις|"
    r"נוסחים|גרסאות|نسخ|نسخة|إصدارات|نسخه|آهنگ|ورژن|वर्शन|वर्ज़न|वर्जन|संस्करण|ভার্সন|bersyon|matoleo|phiên bản|เวอร์ชัน|เวอร์ชั่น)"
    r"(?![^\W\d_])"
    # (not versions of the words the person has: 'Mám 2 varianty textu', 'I have 2 versions of the lyrics')
    r"(?!\s+(?:of\s+(?:the\s+|my\s+)?(?:lyrics|text)|textu|textů|tekstu|tekstów|del\s+texto|de\s+(?:la\s+)?letra|"
    r"des\s+paroles|du\s+texte|vom\s+text|des\s+textes|del\s+testo|текста|тексту)(?![^\W\d_]))"
)
_SWAHILI_VERSIONS = quick(r"(?<![^\W\d_])(?:matoleo|nakala|versheni)\s+(mawili|matatu|manne|[2-4])(?![^\W\d_])")
_HINGLISH_COUNT = quick(
    r"(?<![^\W\d_])(do|teen|char|chaar)\s+(?:gaane|gane|songs?|versions?|tracks?|beats?|variations?|takes?)(?![^\W\d_])"
)
_COUNT_VALUE = {"二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10,
                "두": 2, "세": 3, "네": 4, "다섯": 5, "열": 10}  # fmt: skip


# A length taken back and said again ('2 minuti, anzi no, un minuto e mezzo', '2 minutes, no wait, make it 90
# seconds', '3分钟，不对，2分钟'): the first, with the words that take it back, is struck; the last stands. Only
# between two lengths, neither of them an end of a range.
_CORRECTION = quick(
    r"(?<![^\W\d_])(?:no wait|nope|actually no|scratch that|make that|correction|anzi(?: no)?|no anzi|mejor dicho|"
    r"bueno no|ou melhor|non attends|enfin non|nein warte|besser gesagt|вернее|точнее|нет, лучше|ой, нет|хотя нет|"
    r"ні, краще|точніше|nee wacht|nej vänta|nei vent|eh salah|"
    # (and from set 69, people who change their mind in one message: '2 Minuten … nee, warte, lieber 90 Sekunden',
    # '45 segundos... pensando bem, faz com 30', '30秒で…あ、やっぱり20秒で'; not 'actually', 'I mean', 'aslında',
    # 'vlastně', 'de fapt', which as often add a part: '2 minuty, vlastně 20 sekund předehra')
    r"on second thought|nee,? warte(?:,? lieber)?|nein,? lieber|pensando bem|pensándolo bien|"
    r"pensandolo bien|a nie,? jednak|nahi nahi|"
    # (dictated, with no comma: 'the last fifteen no actually the last twenty', 'zwei Minuten oder nee lieber neunzig
    # Sekunden', 'cinco segundos no digo doce', 'dez não pera de oito', 'минуты на две или нет давай три', 'on saniyə
    # yox yox iyirmi', 'عشر ثواني لا لا خمستاشر')
    r"no actually|or rather|oder nee(?: lieber)?|also nee|nee lieber|ach nee|no digo|o mejor dicho|ou plutôt|"
    r"non plutôt|não pera|nao pera|quer dizer|или нет(?: давай)?|нет давай|ні давай|yox yox|لا لا|لا قصدي|"
    r"nein doch|nej förresten|ei kun|вірніше|"
    # (and from set 151: 'alargar 30 segundos al final? No, espera, mejor 45', '6 sekund wstępu – albo nie, daj 12')
    r"no,\s*wait|wait,?\s*no|no,?\s*espera|no,?\s*aspetta|non,?\s*attends|não,?\s*espera|albo nie|nie,?\s*czekaj|"
    r"ne,?\s*počkej|ne,?\s*radši|нет,?\s*подожди|ні,?\s*зачекай)(?![^\W\d_])|不对|不對|哦不|じゃなくて|やっぱり|やっぱ|いや|아니 아니|"
    r"아 아니다|아니다|아니야|نه ببخشید|नहीं नहीं"
)
# A bare number taken back by 'no' right before the length that stands ('پونزده نه ده ثانیه' → '15 نه 10 s', 'ਦਸ ਨਹੀਂ
# ਵੀਹ ਸਕਿੰਟ', 'बीस होइन तीस सेकेन्ड'): the first is struck.
_BARE_NOT_THEN_LENGTH = quick(
    r"(?<![\w.:])\d+(?:[.,]\d+)?\s+(?:نه|ਨਹੀਂ|होइन|नहीं|না|yox|لا|não pera|nao pera|no digo|also nee|oder nee|"
    r"no actually|enfin non|anzi)\s+"
    # (only a side or an article between: 'the last 15 no actually the last 20 seconds'; not 'Hazme 2 no muy largas de
    # 30 segundos'; and never 'not', which keeps the first: 'Cut the last 10 not 5 seconds')
    r"(?=(?:(?:the|last|first|final|los|las|la|el|le|les|die|der|den|das|de|di|da|do|um|uma|une|un|últim\w*|ultim\w*|"
    r"primer\w*|dernier\w*|letzt\w*|erst\w*|actually)\s+){0,3}\d+(?:[.,]\d+)?\s*(?:s|sec\w*|min\w*)(?![a-z]))"
)
# A bare number said not to be meant, then 'but' and the one that is ('мені треба не 10, а 20 секунд інтро', 'ne treba
# mi 5, nego 10 sekundi uvoda', 'not 10 but 20 seconds'): the first is struck.
_NOT_X_BUT = quick(
    r"(?<![^\W\d_])(?:not|не|ні|ne|nie|pas|nicht|no|não|non|nu)\s+(?:[^\W\d_]+\s+){0,2}?\d+(?:[.,]\d+)?\s*,?\s*"
    r"(?:but|а|але|но|nego|već|vec|ale|lecz|mais|sondern|sino|ma|mas|ali|ampak|ci|dar)\s+(?=\d)"
)
# A value said as not meant, right after the length that stands ('make it 2 minutes, not 3', 'fă-o de 2 minute, nu
# de 3', '90 Sekunden, nicht 2'): struck with it.
_NOT_AGAIN = quick(
    r"(\d+(?:[.,]\d+)?\s?[^\W\d_]{1,9})\s*,?\s*(?:not|nicht|non|no|nu|pas|não|не|ні|nie|ne)(?:\s+(?:de|di|da|do))?\s+"
    r"\d+(?:[.,]\d+)?(?=\s*(?:$|[,.;!?。，！？]))"
)
# After the length said again, a part of the piece: the first length stands ('2 minuti, anzi no, 30 secondi di
# intro' is the intro's).
_PART_AFTER = quick(
    r"\s*(?:of\s+|de\s+|di\s+|d'|da\s+|der\s+)?(?:intro|outro|intro\w*|silence|silencio|silenzio|stille|шум|тишин\w*|"
    r"solo|bridge|break|fade|chorus|estribillo|ritornello|refrain|前奏|间奏|イントロ|인트로)"
)


# A part of the piece or another act beside either length ('サビ', 'intro', 'フェード', 'corta'): then a word that takes
# back may only add the part ('Ein Song, 2 Minuten. Nee, warte, Intro 10 Sekunden dazu'), and nothing is struck.
_PART_NEAR = quick(
    r"(?<![^\W\d_])(?:intro\w*|outro\w*|chorus|verse|solo|bridge|break|fade\w*|trim|cut|corta\w*|refr\w*|estribillo|"
    r"ritornello|coro|ponte|puente|strofa|estrofa|strophe|couplet|drop|hook|vorspiel|einleitung|předehr\w*|úvod\w*|"
    r"wstęp\w*|вступлени\w*|припев\w*|куплет\w*|giriş\w*|nakarat)(?![^\W\d_])"
    r"|サビ|イントロ|アウトロ|フェード|間奏|前奏|副歌|间奏|尾奏|淡出|淡入|후렴|인트로|아웃트로|페이드"
)


_LENGTH_SAID = quick(
    # (a particle or a verb of CJK or Hangul may follow the unit glued: '10 s만', '5 s不对', '15 sやり直して')
    r"(?<![-–~\d:.,])(?:\d+(?:[.,]\d+)?\s*(?:s|secs?|seconds?|min|mins|minutes?|hour)"
    r"(?![a-zA-Z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0900-\u0dff])(?:\s*(?:半|반))?|"
    r"\d{1,2}:[0-5]\d(?![\d:]))"
    r"(?!\s*(?:-|–|~|to|bis|a|al|à|hasta|até|до|から|到)\s*\d)"
)


def _corrected(text: str) -> str:
    """The text with each length taken back struck: a length, then within 40 characters and no other number a word
    that takes it back, then within 14 more another length."""
    out: list[str] = []
    last = 0
    for m in _LENGTH_SAID.finditer(text):
        if m.start() < last:
            continue
        back = _CORRECTION.search(text, m.end(), min(len(text), m.end() + 40))
        if back is None or any(c.isdigit() for c in text[m.end() : back.start()]):
            continue
        again = _LENGTH_SAID.search(text, back.end(), min(len(text), back.end() + 20))
        bare = _BARE_AGAIN.search(text, back.end(), min(len(text), back.end() + 24)) if again is None else None
        if bare is not None and not _PART_AFTER.match(text, bare.end()):
            # ('durata 3 minuti, anzi facciamo 2 e mezzo': the number said again in the first length's unit)
            said = m.group(0)
            unit = "min" if "min" in said or ":" in said else "hour" if "hour" in said else "s"
            value = float(bare.group(1).replace(",", ".")) + (0.5 if bare.group(2) else 0.0)
            first = seconds_said(said)
            again_s = value * {"min": 60, "hour": 3600, "s": 1}[unit]
            if first > 0 and 0.25 <= again_s / first <= 4:
                # (in the first length's unit only where that is near it: '2 minuti, anzi facciamo 45' is asked)
                out.append(text[last : m.start()] + text[m.end() : bare.start()] + f"{value:g} {unit}")
                last = bare.end()
            continue
        if again is None or any(c.isdigit() for c in text[back.end() : again.start()]):
            continue
        if _PART_AFTER.match(text, again.end()) or _PART_NEAR.search(text, m.end(), min(len(text), again.end() + 25)):
            continue  # ('2分の曲で、サビはやっぱり30秒', 'Pensando bem, intro de 20 segundos': a part's length, not the song's)
        out.append(text[last : m.start()])
        last = back.end()  # (the words that take it back go with it: '最後の10秒いや15秒' is '最後の15秒')
    if out:
        text = _NOT_AGAIN.sub(r"\1", "".join(out) + text[last:])
    return _NOT_X_BUT.sub("", _BARE_NOT_THEN_LENGTH.sub("", text))


# A number alone after the word that takes a length back, maybe with 'and a half' ('anzi facciamo 2 e mezzo',
# 'no wait, 2 and a half', 'mejor dicho 2 y medio'): said in the first length's unit.
_BARE_AGAIN = quick(
    r"(?<![\w.:])(\d+(?:[.,]\d+)?)(\s+(?:e mezzo|e meio|e meia|and a half|y medio|y media|et demi|et demie|und ein halb|"
    r"en een half|och en halv|i pół|и половин\w*|s polovinou|a půl))?(?![\w:]|[.,]\d|\s*(?:[^\W\d_]|%))"
    r"(?=\s*(?:$|[,.;!?。，！？]))"  # (the sentence ends there: not '2 — one slow, one fast', two pieces asked about)
)


# What says a length is the track's as it is now ('er ist grad 2:40', 'ta com 1:35', '今1分45秒', 'अभी', 'this cue
# is 52 s', 'la pista 2:00'), and what says a new piece is meant instead.
_NOW_WORD = quick(
    r"(?<![^\W\d_])(?:now|currently|right now|is|it's|its|only|grad|gerade|jetzt|ist|hat|ahora|mide|dura|tiene|es|"
    r"agora|tem|ta com|tá com|está com|adesso|ora|dura|è|fait|actuellement|est|сейчас|зараз|только|лише|teraz|ma|"
    r"nyt|nå|er|är|şu an|hiện|sekarang|baru|pista|track|cue|song|canción|morceau|stück|трек|brano|"
    # (a set or a mix said with its length, or the length it grows from: 'the 40-minute set', 'il set da 40 minuti
    # a un'ora', 'с 30 минут до 45', '40分钟的混音')
    r"set|sets|mix|mixes|mixen|mixet|mixe|mezcla|mistura|miks\w*|mixage|микс\w*|сет\w*|from|von|från|dari|từ|desde|"
    r"dal)"
    r"(?![^\W\d_])|今|现在|現在|只有|目前|지금|अभी|الآن|حاليا|עכשיו|セット|ミックス|混音|믹스|셋|"
    # 'is' where it follows the length ('गाना 2:40 का है', 'آهنگ ۲ دقیقه است', 'گانا 2 منٹ کا ہے')
    r"(?<![^\W\d_])(?:का है|है|است|هست|کا ہے|ہے)(?![^\W\d_])"
)
_NEW_PIECE = quick(
    r"(?<![^\W\d_])(?:new|another|nuev\w*|otra|otro|nouv\w*|autre|neu\w*|andere\w*|nuov\w*|altr[oa]|nov[oa]|"
    r"outr[oa]|нов\w*|друг\w*|yeni|baru|cover\w*|remix\w*|versi\w*|a cap+ell?a|capela|separate|tempo|speed|half|"
    r"halbem|friend\w*|keep the length|ремикс\w*|кавер\w*)(?![^\W\d_])|新しい|新的|새로운|새 곡|नया|नई|جديد|翻唱|混音|"
    r"リミックス|カバー|커버|리믹스"
)
_REGENERATE_KINDS = frozenset({"regenerate", "convert", "trim", "fade", "loop"})
# An amount said as such beside the longer length ('by 3 minutes', 'um 3 Minuten', 'di 3 minuti', 'na 3 минуты',
# '3 minutos más', '3분 더', '2 minutes longer', 'a 2:30 long outro').
_AMOUNT_BEFORE = quick(
    r"(?<![^\W\d_])(?:by|um|di|de|na|o|met|med|на|mais|más|plus|another|extra|thêm|kéo dài thêm|aggiungi)\s*$|"
    r"(?:再加|加|あと|多)\s*$"
)
_AMOUNT_AFTER = quick(
    r"\s*(?:more(?!\s+or\s+less)|longer|extra|más|mas\b|mais|in più|di più|mehr|länger|de plus|больше|ещё|еще|daha|thêm|और|더|"
    r"long outro|long intro|outro|intro|of outro|of intro|以上|多)"
)


_IN_ALL_AFTER = quick(r"\s*(?:total|in total|in all|all told)(?![^\W\d_])")
# A length right after the verb of extending and its object, with no 'to' between ('extend it 3 minutes').
_BARE_AFTER_EXTEND = quick(
    r"(?<![^\W\d_])(?:extend|lengthen|stretch|prolong|alarg|alárg|extiend|extiénd|allung|estend|rallong|allong|"
    r"verlänger|estic|along|удлин|продл)\w*(?:\s+(?:it|this|this one|the song|the track))?\s*$"
)


def _same_clause(text: str, a: int, b: int) -> bool:
    """No comma, dash or sentence end between two places ('add 3 minutes, it is 2 now': the 'add' is the 3 minutes';
    'می‌خوام ۲ و نیم دقیقه بشه، به آخرش اضافه کن': the 'add' is in a clause of its own, of no amount)."""
    lo, hi = sorted((a, b))
    return re.search(r"[,;.!?—،؛、，。！？]|\s-\s", text[lo:hi]) is None


# A length, then 'instead of' and a bare number in its unit ('3 min au lieu de 2', '4 min بدل 3', '3 min instead of
# 2'): where that number is the track's own length, it is said only to be replaced; struck.
_INSTEAD_OF_NOW = quick(
    r"(\d+(?:\.\d+)?)\s*(min|s)\b\s*,?\s*(?:au lieu de|en vez de|en lugar de|invece di|anziché|instead of|rather than|"
    r"statt|anstatt|вместо|замість|zamiast|místo|in plaats van|istället för|i stedet for|em vez de|"
    r"ao invés de|بدل|بدلا من|بدلاً من|yerine)\s+(\d+(?:\.\d+)?)(?![\d.:]|\s*(?:min|s)\b|\s*[^\W\d_])"
)


def _instead_of_now(m: re.Match[str], length: float) -> str:
    said = float(m.group(3)) * (60 if m.group(2) == "min" else 1)
    return f"{m.group(1)} {m.group(2)} " if abs(said - length) <= 1 else m.group(0)


def _now_and_whole(text: str, length: float) -> str:
    """'Mach den Song auf genau 3 Minuten, er ist grad 2:40' of a 160 s track: two lengths, one the track's own as it
    is now (within a second, beside a word that says so), the other longer: the whole it should reach, written as the
    seconds to add ('… extend 20 s …'); where those seconds are said too ('locked at 1:00, this cue is 52 s, add the
    missing 8 s') the two are struck. Not beside another edit, nor where a new piece is asked for."""
    said = list(_LENGTH_SAID.finditer(text))
    if not 2 <= len(said) <= 3 or _NEW_PIECE.search(text):
        return text
    cues = kinds_in(text)
    kinds = set(cues)
    if _REGENERATE_KINDS & kinds:
        return text
    values = [seconds_said(m.group(0)) for m in said]
    now = [i for i, v in enumerate(values) if abs(v - length) <= 1]
    if len(now) != 1:
        return text
    at = said[now[0]]
    if not _NOW_WORD.search(text, max(0, at.start() - 24), min(len(text), at.end() + 12)):
        return text
    longer = [i for i, v in enumerate(values) if v > length + 1]
    rest = [i for i in range(len(values)) if i not in now and i not in longer]
    if len(longer) != 1:
        return text
    whole = said[longer[0]]
    add = values[longer[0]] - length
    if rest and not (len(rest) == 1 and abs(values[rest[0]] - add) < 0.6):
        return text
    if not rest and (
        ("add" in kinds and (cues["add"].start < whole.start() or _same_clause(text, cues["add"].start, whole.start())))
        or _AMOUNT_BEFORE.search(text, max(0, whole.start() - 16), whole.start())
        or _AMOUNT_AFTER.match(text, whole.end())
    ):
        return text  # 'extend it by 3 minutes, it's 2 minutes now': 3 minutes more, not to 3
    if (
        not rest
        and _BARE_AFTER_EXTEND.search(text, max(0, whole.start() - 30), whole.start())
        and not _IN_ALL_AFTER.match(text, whole.end())
    ):
        return text  # 'extend it 3 minutes, it's 2 minutes now': 3 more, or to 3? no 'to' says which: asked
    edits = sorted([(at.start(), at.end(), " "), (whole.start(), whole.end(), " " if rest else f" extend {add:g} s ")])
    out, last = [], 0
    for start, end, put in edits:
        out.append(text[last:start] + put)
        last = end
    return "".join(out) + text[last:]


# Serbian 'на' before a count of 'минута' (a form Russian never writes after a count above one) is 'to'.
_SERBIAN_NA = quick(
    r"(?<![^\W\d_])[Нн]а(\s+(?:[2-9]|\d{2,}|два|две|три|четири|пет|шест|седам|осам|девет|десет)\s+минута)(?![^\W\d_])"
)
# A length whose case ending says 'to' it: Turkish and Azerbaijani dative ('3 dakikaya (kadar) uzat'), Hungarian
# sublative ('hosszabbítsd meg 3 percre'), Finnish illative ('pidennä se 3 minuuttiin'). The unit pass reads the
# inflected unit as the unit and drops the ending, so the 'to' is written before the count, as the words of the
# same language that say it ('kadar') or the router's own 'to'.
_TO_BY_CASE = quick(
    r"(?<![\w.,:])(\d+(?:[.,]5)?\s*(?:dakika\s+\d+\s*saniye|dakika|saniye|dəqiqə\s+\d+\s*saniyə|dəqiqə|saniyə))(?:ya|ye|yə)(?:\s+kadar)?(?![^\W\d_])|"
    r"(?<![\w.,:])(\d+(?:[.,]5)?\s*(?:perc\s+\d+\s*m[áa]sodperc|perc|m[áa]sodperc))(?:es)?(?:re|ra)(?![^\W\d_])|"
    r"(?<![\w.,:])(\d+(?:[.,]5)?\s*(?:minuutti|sekunti))in(?![^\W\d_])"
)


# Before such a length, a word that makes it a part of the track ('ilk 30 saniyeye davul ekle', 'az utolsó 30
# másodpercre', 'ensimmäiseen 30 sekuntiin'): 'to the first 30 s', no whole.
_PART_BEFORE_CASE = quick(
    r"(?<![^\W\d_])(?:ilk\w*|son\w*|baş\w*|bas\w*|első|utolsó|utolso|elso|ensimmäis\w*|viimeis\w*|alun|alku\w*|loppu\w*)"
    r"\s*$",
    re.I,
)


# Korean counts its items in its native numbers ('한 곡', '세 개'): written as digits (`_COUNT_VALUE`; '한' is one).
_KOREAN_COUNT = quick(r"(?<![가-힣])([한두세네])\s*(개|곡)(?![가-힣])")
_UNIT_THEN_N = quick(
    r"(?<![\w\d])(секунд|минут|секунды|минуты|хвилин|хвилини)\s+(\d{1,3}|на\s+\d{1,3}|на\s+(?:пять|десять|пятнадцать|"
    r"двадцать|тридцать|сорок|пятьдесят|шестьдесят|п['’]ять|п['’]ятнадцять|двадцять|тридцять|п['’]ятдесят|"
    r"шістдесят)(?![^\W\d_]))(?![\d:.,]|\s*(?:секунд|минут|хвилин|сек|мин|хв|с\b|раз))"
)
_ABOUT_N = quick(r"(?<![\w.])(\d+)-?an(?=\s+(?:detik|menit|minit)(?![^\W\d_]))")
_MANY_THANKS = quick(
    r"(?<![^\W\d_])(?:grazie mille|mille grazie|mil gracias|mil obrigad[oa]s?|mille mercis|merci mille fois|tusen takk|"
    r"tusen tack|tusind tak|tausend dank|mille fois merci)(?![^\W\d_])",
    re.IGNORECASE,
)


def _to_by_case(m: re.Match[str]) -> str:
    if _PART_BEFORE_CASE.search(m.string, max(0, m.start() - 20), m.start()):
        return m.group(0)
    if m.group(1):
        return f"kadar {m.group(1)}"
    return f"to {m.group(2) or m.group(3)}"


MAX_TAKES = 4  # make_music's `takes` is at most 4
# 'two versions, one with vocals and one without', '3 versions: one rock, one jazz', 'each in a different style':
# the pieces differ, so they are not takes of one request.
_DIFFERING = quick(
    r"(?<![^\W\d_])(?:one\s+(?:with|without|in|as|for|more|slow|fast)\b.{0,60}?\b(?:one|another|the other)|"
    r"the other one|the other in|each (?:with|in|for|one)|different (?:styles?|genres?|moods?|tempos?|keys?)|"
    r"respectively|first one|second one|"
    r"una\s+\w+.{0,60}?\botra\b|uno\s+\w+.{0,60}?\botro\b|l'une?\b.{0,60}?\bl'autre|"
    r"eine?\s+\w+.{0,60}?\b(?:eine?\s+)?andere|одн[аоуи]\w*\s.{0,60}?\bдруг\w+|"
    r"estilos diferentes|diferentes estilos|styles différents|verschiedenen? (?:stil\w*|genres?)|"
    r"stili diversi|estilos diferentes|разных (?:стил|жанр)\w*|"
    # ('Gör fyra versioner, en för varje årstid', 'one for each season', 'una para cada estación')
    r"(?:one|en|ett|eine?|una?|uma?|une|één|een|jedn\w+)\s+(?:for|för|für|para|pour|per|voor|na|dla)\s+(?:each|every|varje|"
    r"hver|hvert|jede\w*|cada|chaque|ogni|elke?|iedere?|każd\w*|každ\w*)|по\s+одн\w+\s+(?:на|для)\s+кажд\w+|"
    # ('3 versi lagu ni, satu jazz, satu rock, satu dangdut', 'isang rock, isang jazz', 'biri rock, biri caz'; a list,
    # not 'a' twice: '2 versi jingle satu menit untuk satu toko')
    r"satu\s+[^\W\d_]+\s*,\s*satu|isang\s+[^\W\d_]+\s*,\s*isang|biri\s+[^\W\d_]+\s*,\s*biri)"
    r"|一个.{0,30}?另一个|一首.{0,30}?另一首|ひとつは|1つは|片方は|もう片方|一方は|もう一方|하나는|한\s*곡은|不同风格|違うジャンル|다른 장르"
    # Each in a style of its own, in the 50 languages' everyday words ('كل وحدة بأسلوب مختلف', 'farklı tarzda').
    r"|(?<![^\W\d_])(?:(?:بأسلوب|أسلوب|بستايل|بنمط|نمط)\s+مختلف\w*|أساليب\s+مختلفة|سبک(?:\u200c?های)?\s+(?:متفاوت|مختلف)|"
    r"בסגנון\s+(?:שונה|אחר)|סגנונות\s+שונים|farklı\s+(?:tarz\w*|tür\w*|stil\w*)|fərqli\s+(?:üslub\w*|janr\w*)|"
    r"अलग(?:[\s-]+अलग)?\s+(?:स्टाइल|शैली|अंदाज़?)|alag(?:\s+alag)?\s+(?:style|andaaz)|फरक\s+(?:शैली|स्टाइल)\w*|"
    r"(?:в\s+)?разн\w+\s+стил\w*|каждую?\s+в\s+сво\w+\s+стиле|різн\w+\s+стил\w*|"
    r"(?:estilo|género|ritmo)\s+(?:distinto|diferente)|estilos\s+distintos|style\s+différent|stile\s+divers[oa]|"
    r"jeweils\s+(?:ein\s+)?ander\w*|anderen?\s+stil|verschillende\s+stijl\w*|andere\s+stijl|"
    r"olika\s+stil\w*|forskjellige\s+stil\w*|forskellige\s+stil\w*|hver\s+(?:i\s+)?sin\s+stil|"
    r"gaya\s+(?:yang\s+)?(?:berbeda|berbeza|lain)|phong\s+cách\s+khác|mtindo\s+tofauti|mitindo\s+tofauti|"
    r"różnych\s+styl\w*|inn\w+\s+styl\w*|různých\s+styl\w*|jiném\s+stylu|rôznych\s+štýl\w*|"
    r"különböző\s+stílus\w*|stiluri\s+diferite|stil\s+diferit|eri\s+tyyl\w*|διαφορετικ\w+\s+(?:στυλ|ύφος|είδος)|"
    r"alt\s+stil|drug(?:om|i|u)\s+stil\w*|различ\w+\s+стил\w*|друг\w+\s+стил\w*|mismunandi\s+stíl\w*|"
    r"(?:الگ|مختلف)\s+(?:انداز|سٹائل)|magkakaibang\s+istilo|ibang\s+istilo|வெவ்வேறு\s+\w+|వేర్వేరు\s+\w+|ভিন্ন\s+ভিন্ন|আলাদা\s+স্টাইল)(?![^\W\d_])"
    r"|各不相同|不同的?风格|唔同風格|风格不同|不同曲风|不同風格|別のジャンル|違うスタイル|それぞれ違う|각각\s*다른|다른\s*스타일|คนละแนว|แนวต่างกัน|ไม่เหมือนกัน|ต่างกัน",
    re.IGNORECASE,
)


# Only a count of versions or takes of the piece is takes; not a count of songs, tracks, beats or loops ('a medley
# of 3 songs', 'a waltz with 3 beats'), nor the classifiers of songs and things ('两首', '二つ'): those are asked.
_VERSION_NOUN = quick(
    r"n[aeiou]?s(?:5|kh)[aeiou]?t[aeiou]{0,2}[iy]?n|n[aou]s[aou]?(?:5|kh)|takes?|tagningar|opptak|optagelser|prises|tomas|options?|opciones|opções|opcoes|opzioni|"
    r"propost[ae]|propuestas|propositions?|proposals?|"
    r"optionen|alternatives?|alternativas|versions?|variations?|variants?|versiones|versionen|versioni|versjoner|versões|versies|versioner|"
    r"versoes|versiot|versiota|versioita|versi|versiyon|verze|verzije|verzí|wersje|wersji|versiuni|variante\w*|varianten|"
    r"versiya\w*|útgáf\w*|utgaf\w*|verzie|verzií|verzích|verzi|versij\w*|forslag|förslag|bud|дубл(?:я|ей|ь)|"
    r"varianty|variantu|warianty|wariantów|"  # (cs, sk, pl: 'dvě varianty', 'dwa warianty')
    r"varianti|variantda|valtozat\w*|verzio\w*|"
    r"variantlar\w*|változat\w*|verzió\w*|верси\w*|версі\w*|вариант\w*|варіант\w*|εκδοχές|εκδόσεις|נוסחים|גרסאות|نسخ|"
    r"نسخة|نسختين|إصدارات|نسخه|ورژن|वर्शन|वर्ज़न|वर्जन|संस्करण|ভার্সন|bersyon|matoleo|phiên bản|เวอร์ชัน|เวอร์ชั่น|バージョン|パターン|"
    r"テイク|版本|版|버전|버젼|테이크|\d\s*개",
    re.IGNORECASE,
)
# A count that belongs to something inside the piece ('a song with 3 versions of the chorus', 'a theme with 3
# variations', 'a song about two versions of the truth').
_COUNT_INSIDE = quick(
    r"(?<![^\W\d_])(?:with|about|of|containing|featuring|mit|über|con|sobre|avec|sur|com|с|со|о|про|z|o|om)\s*$"
)
# ('reggaeton 2min con 2 versiones', 'a lofi beat with 3 versions'): 'with' a count of versions that ends the request
# asks for takes; 'about 2 versions of me', 'with 2 versions of the chorus' are inside the piece, and so are
# variations (a form) and Italian 'versi' (verses; Indonesian 'versi' is versions).
_WITH_WORD = quick(r"with|mit|con|avec|com|с|со|z")
_NOTHING_MORE = quick(
    r"[\s.,!?]*(?:(?:pls|please|plz|por favor|bitte|svp|stp|pf|pfv|thanks|thank you|thx|gracias|merci|danke|grazie|"
    r"obrigad[oa]|dzięki|спасибо|:\)|:-\)|[\U0001f300-\U0001faff\u2600-\u27bf])[\s.,!?]*)*"
)
_VARIATIONS = quick(r"variat|variac|variaz|вариац")
_VERSI = quick(r"(?<![^\W\d_])versi(?![^\W\d_])")
_ITALIAN_WORDS = quick(
    r"(?<![^\W\d_])(?:canzon[ei]|minut[oi]|second[oi]|brano|pezzo|ritornello|strof[ae]|fammi|voglio|della|delle|degli)"
    r"(?![^\W\d_])"
)
# A multiplier typed on a phone ending its clause ('x3', '3x', '×2', '3 x'; not 'x' for 'per', '15 x davant', nor a
# name, a collaboration or a word it multiplies: 'malcolm x 2 min', 'Drake x 21 Savage', '3x platinum', '2x tempo'),
# not between two numbers ('16x9', '4 x 4', '1920x1080'), nor a line's repeats in lyrics ('(x2)', '[Chorus x2]', and
# any line of the lyrics sung).
_MULTIPLIER = quick(
    r"(?<![\w.,:(\[])(?:(?:[x×]|(?<!\d\s)[x×]\s)([1-9]\d?)|([1-9]\d?)\s?[x×])"
    r"(?=\s*(?:$|[,.;!?)]|(?:please|pls|plz|por\s+favor|porfa|bitte|svp|stp|thx|thanks|thank\s+you|ty|gracias|merci|"
    r"danke|grazie)(?![^\W\d_])|[\U0001f300-\U0001faff\u2600-\u27bf]))"
)
# ... not a name's capital X glued to its number ('Mega Man X3', 'BMW X5'; 'jingle 2X' is a multiplier)
_NAMED_X = quick(r"X\d{1,2}|\d{1,2}X")
_FULL_WIDTH = str.maketrans("０１２３４５６７８９ｘＸ", "0123456789xx")
_CAPITAL_WORD_BEFORE = quick(r"(?<![^\W\d_])[A-Z][^\W_]*\s*$")
# ... and in the request's last sentence ('Školní představení hrajeme 3x. Přidej …' tells how often the show runs),
# unless a length comes right before it ('rock jingle 20 seconds x2. Energetic guitars.') or only thanks follow.
_ANOTHER_SENTENCE = quick(r"[.!?。！？]\s*([^\W_]{2,})")
_COURTESY = frozenset({"thanks", "thank", "thx", "please", "pls", "merci", "gracias", "danke", "grazie", "obrigado",
                       "obrigada", "спасибо", "дякую", "dzięki", "děkuji", "díky", "cheers"})  # fmt: skip
_LENGTH_JUST_BEFORE = quick(r"\d\s*(?:s|secs?|seconds?|seg\w*|sek\w*|min\w*)[\s,]*$")
# Words that make the versions differ from each other ('one slow and one fast', 'acoustic and electric', 'with and
# without vocals', 'in C, D and E major', 'each with another instrument', '分别是摇滚、爵士和电子', '男声和女声').
_CONTRAST = quick(
    r"(?<![^\W\d_])(?:and|or|y|o|e|ed|et|ou|und|oder|и|или|і|та|або|och|eller|og|oraz|lub|nebo|ve|veya|"
    r"và|hoặc|dan|atau|és|vagy|ja|tai|și|sau|kai|και|ή|ו|و|أو|یا|और|या|আর|এবং|vs|versus|each|every|respectively|"
    r"differ\w*|vary\w*|varying|other|another|the second|the first|second one|first one|cada|otr[oa]|autre|chacun\w*|ognun\w*|altr[oa]|outr[oa]|"
    r"jeweils|ander\w*|verschied\w*|каждая|каждый|кажд\w*|друг\w*|разн\w*|інш\w*|кожн\w*|każd\w*|inn(?:e|a|y|ej|ych)|"
    r"každ\w*|jin(?:ý|á|é|ou|ého|ých)|biri|elk|ieder|andere|annan|anden|diferent\w*|distint\w*|divers\w*|différent\w*)"
    r"(?![^\W\d_])|(?<!(?<![^\W\d_])w)/|[+&]|分别|分別|各自|每个(?!\s*\d)|每首(?!\s*\d)|和|与|與|跟|或|违い|違い|違う|別々|それぞれ|각각|다른|(?<=[가-힣])(?:과|와)(?=\s)|"
    r"(?<=[\u3040-\u30ff\u4e00-\u9fff])と(?=[\u3040-\u30ff\u4e00-\u9fff])|และ|หรือ|กับ",
    re.IGNORECASE,
)


# An 'and' inside a list of what the piece is made with ('3 versions … with strings and a choir', 'zwei Versionen,
# mit Klavier und leisem Regen', 'tre versioni … con chitarra elettrica e batteria') joins ingredients.
_AND = frozenset({"and", "y", "e", "ed", "et", "und", "и", "і", "та", "och", "og", "oraz", "ve", "và", "dan", "és",
                  "ja", "și", "kai", "και", "ו", "و", "और", "আর", "এবং", "&", "+", "和", "与", "與", "跟", "と", "과",
                  "와", "และ"})  # fmt: skip
_WITH_LIST = quick(
    r"(?<![^\W\d_])(?:with|w/|mit|con|com|avec|met|med|ile|dengan|pakai|với|z|ze|с|со|з|із|με|مع|با|עם|amb|"
    r"featuring|feat\.?)\s[^,;.:!?()]{0,60}$|(?:用|带|帶|有)[^，,。；]{0,20}$",
    re.IGNORECASE,
)
# ... but 'with and without vocals', 'с вокалом и без' set the two apart
_WITHOUT_NEXT = quick(
    r"\s*(?:without|no|not|sin|sans|ohne|senza|sem|без|bez|zonder|utan|uten|uden|ilman|tanpa|không|χωρίς|بدون|بی|"
    r"בלי|बिना|one|another|the other|otr[oa]|autre|andere?|друг\w*)(?![^\W\d_])",
    re.IGNORECASE,
)
_KANA = re.compile(r"[\u3040-\u30ff]")
_BY_MEANS_AFTER = quick(r"[^、。,，\s]{1,10}(?:で|を使って|の(?:音|演奏))")  # '三味線と和太鼓で和風ロック'
_SAME = quick(
    r"(?<![^\W\d_])(?:the same|same one|одного и того же|одну и ту же|один и тот же|одної й тієї ж|del mismo|de la misma|"
    r"el mismo|la misma|du même|du meme|de la même|de la meme|derselben|desselben|dasselbe|dello stesso|della stessa|"
    r"do mesmo|da mesma|tego samego|téhož|toho istého|hetzelfde|dezelfde|samma|samme|aynı|sama|samasta|nafs|"
    r"ugyanabb\w*|ugyanaz\w*|iste|istog|istu|исте|истог|исту)(?![^\W\d_])"
    r"|同じ|同一|相同|一样|똑같은|같은",
    re.IGNORECASE,
)


# 'each' that measures every take ('de 3 min cada una', 'по 4 min каждый', '每个 90 s', 'a minute and a half
# each', 'mỗi bản 150 s'): a length of each take, as the words before numbers were read give it; not a difference.
_EACH = (  # after the length: '1 minuto cada', '30 s jeweils', '1 min každá', '45 s each'
    r"(?:cada(?:\s+(?:una|uno|1|um|uma))?|each(?:\s+one)?|кажд\w*|кожн\w*|всеки|всяка|jeweils|chacun\w*|ognun[oa]|"
    r"každ\w*|każd\w*|elk\b|hver\b|hvert\b|varje\b|her\s+biri|fiecare|svak[aie]\b|minden\b|kukin\b|setiap|"
    r"masing-masing|kila\s+(?:moja|mmoja)|bawat\s+isa|κάθε|mỗi(?:\s+(?:bản|bài|cái))?|每个|每首|每個|各|각각|それぞれ)"
)
# ... before it only the words that cannot be 'every' ('cada 30 segundos', 'κάθε 30', 'setiap 30 detik', 'mỗi 30
# giây', 'každých 30 sekund' are a change inside the piece every 30 s)
_EACH_BEFORE = (
    r"(?:cada\s+(?:una|uno|1|um|uma)|each(?:\s+one)?|кажд\w*|jeweils|chacun\w*|ognun[oa]|každ[áýé]|każd[aye]|"
    r"mỗi\s+(?:bản|bài|cái)|每个|每首|每個|各|각각|それぞれ)"
)
# A length as the planner's text has it: digits and a unit, 'm:ss', or English words ('four minutes each').
_A_LENGTH = (
    r"(?:(?:\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|fifty)\s*"
    r"(?:s|secs?|seconds?|min|mins|minutes?)\b|\d{1,2}:[0-5]\d(?![\d:]))"
)
_EACH_LENGTH = quick(
    _A_LENGTH
    + r"\s*"
    + _EACH
    + r"(?![^\W\d_])|(?<![^\W\d_])"
    + _EACH_BEFORE
    + r"\s*(?:de\s+|of\s+|по\s+|là\s+)?"
    + _A_LENGTH
)


# Versions told apart as the first and the second (or the other): 'la primera lenta, la segunda rápida', 'jednu
# pomalou a druhou rychlou', 'the first slow, the other fast'.
_FIRST_THEN_SECOND = quick(
    r"(?<![^\W\d_])(?:the first|la primera|el primero|la prima|il primo|a primeira|o primeiro|die erste|der erste|"
    r"la première|le premier|jednu|jedna|jeden|první|pierwsz\w+|перв\w+)\s+[^.;:]{1,40}?(?<![^\W\d_])"
    r"(?:the second|la segunda|el segundo|la seconda|il secondo|a segunda|o segundo|die zweite|der zweite|"
    r"la deuxième|la seconde|le second|druh\w+|drug\w+|втор\w+|the other|la otra|el otro|l['’]altra|l['’]altro|"
    r"a outra|o outro|die andere|l['’]autre)(?![^\W\d_])"
)


_A_HALF_NEXT = quick(r"\s*(?:a\s+)?(?:half|meio|meia|medio|media|demie?|mezzo|mezza|halb|pół|polovin\w*)(?![^\W\d_])")


# Two short items joined by 'and' after a colon that follows a count of versions: the versions, one each ('2
# versions of a 30 s jingle: piano and guitar', 'dos versiones: un minuto y medio minuto'); not what each has ('…:
# with piano and strings').
_PAIR_AFTER_COLON = quick(
    r"[^.!?。！？\n:]{0,60}:\s*(?!(?:with|mit|con|com|avec|met|med|z|s|с|со|з)\s)"
    r"((?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s+(?:and|or|y|o|e|et|ou|und|oder|i|a|at|og|och|en|ja|ve|és|și|и|или|і|та|"
    r"και|ή|dan|và|na)\s+(?:[^\W\d_]+\s*){1,3})[.!?]?\s*$",
    re.IGNORECASE,
)


# A word that says the versions counted before it differ, as takes do ('3 versions différentes', '3 Versionen,
# verschiedene').
_DIFFERENT_AFTER = quick(
    r"^\s*(?:different|farklı|khác|berbeda|olika|forskjellige|forskellige|différent\w*|different\w*|diferent\w*|"
    r"verschieden\w*|unterschiedlich\w*|divers[ei]|разн\w*|різн\w*|różn\w*|různ\w*|distint\w*)(?![^\W\d_])"
)


# Versions with a thing and without it ('2 versions: with singing, without singing', 'con voz y sin voz', 'with and
# without vocals', 'с вокалом и без'): pieces that differ, not takes of one request.
_WITH_AND_WITHOUT = quick(
    r"(?<![^\W\d_])(?:with|con|avec|mit|com|met|med|z|ze|se|с|со)\s+(?:(?:and|y|e|et|und|og|och|en|i|a|и|і)\s+"
    r"(?:without|sin|sans|ohne|sem|zonder|uden|utan|uten|bez|без)(?![^\W\d_])|([^\W\d_]{3})[^\W\d_]*\s*[,;/]?\s*"
    r"(?:(?:and|or|y|o|e|et|und|oder|i|a|и|или|och|og|en|ve|veya)\s+)?(?:(?:one|una|uno|une|eine?|jedn\w*|одн\w*)\s+)?"
    r"(?:without|sin|sans|ohne|sem|zonder|uden|utan|uten|bez|без)(?:\s+\1[^\W\d_]*|\s*[,.;!?]|\s*$))"
)


# A list opened after a count of versions and a few words ('3 versions of it: rock, jazz, pop'; a dash only spaced, not
# 'Techno-Track').
_LIST_OPENS = quick(
    r"[^\W\d_]{0,2}(?:\s+[^\W\d_]+){0,4}?\s*(?:please|pls|bitte|por favor)?\s*(?:[:(]|(?<=\s)[—–-](?=\s))"
)


# Takes of a window are asked for in the request's last words: the count alone or after a verb of giving or
# wanting ('…, give me 2 options', '…, y dame tres versiones', '…，给我两个版本', '…、３パターンお願い'), and at most a
# few words of politeness after it ('… 2 takes so I can pick', '… 3 nos5 law mumkin'). Versions said to differ
# ('2 versions, a rock one and a jazz one', '2 versions: rock, jazz', '明るいのと暗いの2パターン') and versions that
# exist ('I have 2 versions of this song, redo …', 'j'ai déjà fait 3 versions', 'las 2 versiones anteriores') are not.
_GIVE_THE_TAKES = quick(
    r"(?:^|(?<=\s)|(?<=[,،]))(?:(?:and|y|e|et|und|и|і|a|og|och|en|ve|và|dan|și|i|oraz|ja|és|و)\s+)?(?:(?:please|pls|"
    r"plz|bitte|por favor|per favore|s'il te plaît|svp|пожалуйста|прошу)\s+)?"
    r"(?:give me|gimme|give|i want|i need|i'd like|make|render|dame|hazme|haz|quiero|necesito|me d[aá]|d[aá]|faz|fa[cç]a|"
    r"quero|donne-moi|donne moi|fais-moi|fais|je veux|gib mir|mach mir|mach|ich will|ich brauche|ich hätte gern|dammi|"
    r"fammi|fai|voglio|дай|дайте|дай мне|сделай|сделайте|хочу|нужно|нужны|зроби|давай|daj|daj mi|zrób|dej|dej mi|"
    r"udělej|sprav|geef me|maak|ge mig|gör|giv mig|gi meg|lag|anna|tee|adj|csinálj|dă-mi|fă|ver|bana|beri|"
    r"kasih|cho mình|cho tôi|δώσε μου|תן לי|أعطني|وأعطني|واعطني|عطني|وعطني|اعطيني|بده|بدی|मुझे|दो|ขอ|nipe|"
    r"bigyan mo ako ng|bigyan mo ako|bigay mo)?\s*$"
    r"|(?:给我|給我|要|来|來|做|出|俾|ください)$"
)
# A count of versions refused or judged, not asked for: a negation right before the verb of giving ("don't give me 2
# versions", 'no quiero 2 versiones', '不要给我两个版本'), or words after the count that refuse or judge it ('2 versions
# ago', '3 options would be overkill', '2パターンじゃなくていい', '2 versiyon istemem', '两个版本就算了').
_TAKES_REFUSED_BEFORE = quick(
    r"(?<![^\W\d_])(?:don'?t|do not|never|not|no|non|nicht|kein\w*|ne|pas|não|nao|nem|не|ні|nie|ani|ikke|inte|niet|"
    r"geen|ei|älä|tidak|jangan|không|δεν|μη|לא|אל|لا|ما|مش|نه|नहीं|मत)(?![^\W\d_])[^,;.!?]{0,16}$"
    r"|(?:不要|不用|别|別|没必要|沒必要)[^，,。]{0,6}$"
)
_TAKES_REFUSED_AFTER = quick(
    r"(?<![^\W\d_])(?:ago|too|would|were|was|is too|are too|nah|nope|enough|overkill|stacked|layered|doubled|istemem|"
    r"istemiyorum|gerek yok|ни к чему|не нужно|не надо|не нужны|не треба|no hace falta|não precisa|pas besoin|"
    r"nicht nötig|non serve|niepotrzebne|nepotřebuju)(?![^\W\d_])"
    r"|就算了|算了|不用了|不要了|じゃなくていい|いらない|要らない|必要ない|필요\s*없|안\s*줘도|말고|하지\s*마"
)
_ONE_OF_THEM = quick(
    r"(?<![^\W\d_])(?:one|una|uno|une|un|ein|eine|einen|один|одну|одна|jeden|jedna|jednu|bir|satu|isa|mmoja|ένα|μία|"
    r"אחד|אחת|واحد|واحدة|एक)(?![^\W\d_])|一个|一個|一首|一版|ひとつ|하나"
)
_TAKES_TAIL = quick(r"[^\d:/,;()\[\]+&|]{0,30}")


def _takes_of_a_window(text: str, counted: str, style_in: Callable[[str], bool] | None = None) -> bool:
    """Whether the count of versions in a window's request asks for takes of that one window (see _GIVE_THE_TAKES)."""
    at = text.rfind(counted)
    if at < 0 or text.count(counted) > 1 or not _VERSION_NOUN.search(counted):
        return False  # (a count of beats, loops, tracks or 'tane' is no count of takes: 'make 2 loops of the riff')
    tail = text[at + len(counted) :].strip(" .!?。！？~")
    if (
        not _TAKES_TAIL.fullmatch(tail)
        or _CONTRAST.search(tail)
        or len(tail.split()) > 4
        or (style_in is not None and style_in(tail))
        or _ONE_OF_THEM.search(tail)  # ('… 2 versions one faster one slower')
    ):
        return False  # ('…, 2 versions, a rock one and a jazz one', '… 2 versions: rock, jazz')
    head = re.sub(r"(?<=\d):(?=\d)", ".", text[:at]).rstrip()  # (a time's colon cuts no clause: '0:40-0:55')
    cut = max(head.rfind(c) for c in ",;:.!?，；：。！？、،؛\n")
    head = head[cut + 1 :].strip()
    if _TAKES_REFUSED_BEFORE.search(head) or _TAKES_REFUSED_AFTER.search(tail):
        return False  # ("don't give me 2 versions", '2 versions ago it was fine', '3 options would be overkill')
    return _GIVE_THE_TAKES.search(head) is not None


def _differing(
    text: str, counted: str | None, *, contrast: bool = True, style_in: Callable[[str], bool] | None = None
) -> str | None:
    """What makes a count of versions not takes of one request: the word or mark of versions that differ, or
    of a count inside the piece; None where the versions can only be takes of the same request. With `counted`
    (the count phrase as read), a count of songs or things, and a list after a colon, are asked about too.
    Without `contrast`, only items said apart ('one …, one …', 'una … otra') count, not a lone 'and' or 'each'
    (the words before numbers were read still hold 'a minute and a half')."""
    each_said = _EACH_LENGTH.search(text) is not None  # ('20 seconds each': what every take shares)
    text = _EACH_LENGTH.sub(" ", text)
    rest = text
    if _SAME.search(text) and not re.search(
        r"differ|diferent|différent|unterschiedlich|разн|różn|不同|不相同|唔同", text
    ):
        return None  # 'three takes of one and the same jingle', 'de la misma cortinilla': renders of one request
    if counted is not None:
        if not _VERSION_NOUN.search(counted):
            return counted  # a count of songs, tracks, beats or loops: not the same request rendered again
        if _VERSI.search(counted) and _ITALIAN_WORDS.search(text):
            return counted  # ('canzone 2 minuti 4 versi': Italian verses; Indonesian 'versi' is versions)
        at = text.find(counted)
        if at >= 0:
            inside = _COUNT_INSIDE.search(text[max(0, at - 14) : at])
            if inside is not None and not (
                _WITH_WORD.fullmatch(inside.group(0).strip())
                and _NOTHING_MORE.fullmatch(text, at + len(counted))
                and not _VARIATIONS.search(counted)  # ('a baroque theme with 3 variations': a form, inside the piece)
                and not _VERSI.search(counted)  # ('base rap 2 min con 3 versi': Italian verses)
            ):
                return text[max(0, at - 14) : at].strip()
            # ('three different versions' says only that takes differ, as takes do: the word is read past)
            after = text[at + len(counted) :]
            if (differ := _DIFFERENT_AFTER.match(after)) is not None and re.match(r"\s*:", after[differ.end() :]):
                return differ.group(0).strip()  # ('3 versioni diverse: una rock una jazz una trap')
            after = after[differ.end() :] if differ is not None else after
            # ('3 versions of it: rock, jazz, pop', '3 versions différentes : rock, jazz, pop', and a few words between)
            # (a colon or bracket right after the count opens a list of pieces; after a few words, only where no
            # length or 'each' says the items are what all the takes share: '3 versions of a lofi beat - chill, short,
            # 20 seconds each, no vocals')
            opens = re.match(r"\s*(?:please|pls|bitte|por favor)?\s*[:(—–-]", after) or (
                _LIST_OPENS.match(after)
                and not each_said
                and not re.search(
                    r"\d+\s*(?:s|secs?|seconds?|seg\w*|sek\w*|min\w*)(?![^\W\d_])|(?<![^\W\d_])(?:each|cada|chacun\w*|jeweils|je)"
                    r"(?![^\W\d_])",
                    after,
                )
            )
            if opens and after.count(",") >= 2:
                return "a list"
            if (pair := _PAIR_AFTER_COLON.match(after)) is not None:
                return pair.group(1).strip()  # '2 verzije džingla od 30 sekundi: klavir i gitara'
            rest = text[:at] + " " + after
    # 'one acoustic, one electric, one orchestral': the same word opening each item
    # (or joined by 'and': 'одну с вокалом и одну без', 'один повільний і ще один швидкий')
    if re.search(
        r"(?<![^\W\d_])(one|una|uno|une|un|eine?|одн\w+|один|jedn\w+|biri|ett|eitt|um|uma)\s+[^,;]{1,30}"
        r"(?:[,;]|\s(?:and|и|і|a|y|e|et|und|og|och|en)(?:\s+(?:ще|ещё|еще))?)\s*\1\s",
        rest,
    ):
        return "one …, one …"
    if (pair := _WITH_AND_WITHOUT.search(rest)) is not None:
        return pair.group(0).strip()
    if re.search(r"(一个|一個|一首|一版|一つは|하나는|하나)[^\n。.!?！？]{1,16}?\1", rest):
        return "一个…一个…"  # '做三个版本 一个摇滚一个爵士一个电子'
    if _FIRST_THEN_SECOND.search(rest):
        return "the first …, the second …"
    if counted is not None and (at := text.find(counted)) >= 0:
        # A lone 'and' counts only in the count's own sentence ('… on June 14th and I want to surprise her … Can you
        # give me two versions so I can pick?': the story's 'and', not two pieces)
        begin, end = around(SENTENCE_END, text, at, at + len(counted))
        if begin > 0 or end < len(text):
            # (the other sentences only where they name styles: 'give me 2 versions of a jingle. rock and jazz.')
            others = [
                part
                for part in SENTENCE_END.split(text[:begin] + " . " + text[end:])
                if style_in is None or style_in(part)
            ]
            rest = " . ".join([text[begin:at] + " " + text[at + len(counted) : end], *others])
    m = _CONTRAST.search(rest) if contrast else None
    kana = _KANA.search(rest) is not None  # Japanese '和' is 'Japanese-style' ('和風', '和太鼓'), not 'and'
    while (
        m is not None
        and m.group(0).lower() in _AND
        and not _WITHOUT_NEXT.match(rest, m.end())
        and (
            _WITH_LIST.search(rest[max(0, m.start() - 64) : m.start()])
            or _BY_MEANS_AFTER.match(rest, m.end())
            or (kana and m.group(0) == "和")
            or _A_HALF_NEXT.match(rest, m.end())  # ('1 min e meio', 'dos minutos y medio'): a length's half
        )
    ):
        m = _CONTRAST.search(rest, m.end())  # 'with strings and a choir': what each take has, not two pieces
    if m is not None:
        return m.group(0)
    d = _DIFFERING.search(rest)
    return d.group(0).strip() if d is not None else None


def _without_lines(text: str, lines: list[str]) -> str:
    """The text with each of `lines` blanked, keeping every other character where it was."""
    for line in lines:
        text = text.replace(line, " " * len(line))
    return text


def _count(text: str) -> tuple[str, int] | None:
    """How many pieces the request asks for in one breath ('three versions', '三个版本'), where it is more than
    one; None where it names no count."""
    for m in (_COUNT.search(text), _COUNT_WORDS.search(text)):
        if m is not None:
            said = next(g for g in m.groups() if g)
            n = int(said) if said.isdigit() else _COUNT_VALUE[said]
            if n > 1:
                return m.group(0).strip(), n
    if (
        (
            dual := re.search(
                r"(?<![^\W\d_])و?(?:نسختين|نسختان|إصدارين)(?![^\W\d_])"  # (and with 'و' joined: 'ونسختين', and two versions)
                r"|(?<![\w])n[aeiou]?s(?:5|kh)[aeiou]?t[aeiou]{0,2}[iy]?n(?![\w])",  # Arabizi: 'nes5tein', 'nuskhatain'
                text,
            )
        )
        is not None
    ):
        return dual.group(0), 2  # Arabic says two of a thing with the noun's dual: 'نسختين' (two versions)
    if (swahili := _SWAHILI_VERSIONS.search(text)) is not None:  # 'matoleo mawili' (two versions): the count after
        return swahili.group(0), {"mawili": 2, "matatu": 3, "manne": 4}.get(swahili.group(1)) or int(swahili.group(1))
    if (hinglish := _HINGLISH_COUNT.search(text)) is not None:  # 'do gaane banao', 'char minute ka, do versions'
        return hinglish.group(0), {"do": 2, "teen": 3, "char": 4, "chaar": 4}[hinglish.group(1)]
    for m in _VERSIONS_AFTER_WORD.finditer(text):
        value = float(m.group(1)) if m.group(1).isdigit() else number_value(m.group(1))
        if value is None and m.group(1)[:1] in ("ب", "و", "ב", "ו") and len(m.group(1)) >= 3:
            # (Arabic and Hebrew join 'with'/'in' or 'and' to the count: 'بثلاث نسخ', 'بست نسخ', 'בשלוש גרסאות')
            value = number_value(m.group(1)[1:])
        if value is not None and value == int(value) and 1 < value <= 9:
            return m.group(0).strip(), int(value)
    return None


# '1 nimisham 20 second': a '1' then one unread word then seconds is a minute and seconds in words the tables
# lack, not one of a thing (a plan of 20 s would drop the minute).
_ONE_UNREAD_UNIT = quick(r"\s+[^\W\d_]{3,14}\s*,?\s+[1-5]?\d\s*(?:s|sec\w*|second\w*)(?![^\W\d_])")
# Two numbers glued to letters in one word ('2fun15byou', '3bun20cho', '1mn30sec'): a length in units written
# together, never a name like '8bit' or '2pac'.
_TWO_GLUED = quick(  # (not Arabizi '2o8niyet', nor a format: '24bit48khz', '4k60fps')
    r"(?!\d+(?:bit|k)\d)\d{1,3}[^\W\d_]{2,6}\d{1,2}[^\W\d_]{1,8}(?![\w])(?<!hz)(?<!fps)(?<!bit)(?<!kbps)"
)


def _glued_seconds(word: str) -> float:
    """'1dk10sn' (tr), '2fun15byou' (ja), '1mn30s': the minutes and seconds of a glued length, else -1 (unread)."""
    m = GLUED_MIN_SEC.fullmatch(word)
    return int(m.group(1)) * 60 + int(m.group(2)) if m and int(m.group(2)) < 60 else -1.0


_MACHINES = frozenset({"808", "909", "303", "606", "707", "101"})
# A time of day is not a length: 'a las 5 de la tarde', '7 am', 'um 7 Uhr', 'в 7 утра', 'à 17h', 'alle 7 di sera'.
_CLOCK_AFTER = quick(
    r"\s?(?:[ap]\.?m\.?(?![^\W\d_])|o'?clock|uhr\b|h\s?[0-5]\d\b|"
    r"(?:de|da|do|du|di|della|del)\s+(?:la\s+)?(?:mañana|madrugada|tarde|noche|manhã|noite|matin|soir|"
    r"après-midi|mattina|sera|pomeriggio|notte)|утра|вечера|дня|ночи|ранку|вечора|dimineața|seara|rano|wieczorem|"
    # ('в 21 ч.', '10 baje', '৭টায়', '6 ਵਜੇ', 'στις 8 το βράδυ', '8 in the evening')
    r"ч\.?(?![^\W\d_])|часа\b|baje\b|बजे\w*|বাজে|টায়|ਵਜੇ|بجے|ทุ่ม|โมง|"
    r"το\s+(?:βράδυ|πρωί|απόγευμα|μεσημέρι)|in\s+the\s+(?:morning|evening|afternoon)|tonight\b)",
    re.IGNORECASE,
)
# Words before a bare number that make it a time of day in any reading ('a las 7', 'às 7', 'alle ore 7').
_CLOCK_BEFORE = quick(
    r"(?<![^\W\d_])(?:a\s+las|las|às|alle\s+ore|klockan|klokken|klokka|kl\.?|kello|o\s+godzinie|pukul|jam|lúc|luc|"
    r"saat|الساعة|ساعت|ساعة|วันที่|ngày|tanggal|στις|alle|delle|dalle|alas|saa)\s*$",
    re.IGNORECASE,
)
# ... and before a number of hours ('à 17h', 'um 17h', 'at 5h'): a song is never that many hours long.
_CLOCK_BEFORE_H = quick(
    r"(?<![^\W\d_])(?:à|a|às|as|las|um|at|alle|om|o|о|kl\.?|klockan|klokken|pukul|lúc|saat|στις|u|o\s+godzinie|"
    r"(?<!длиной\s)(?<!длиною\s)(?<!длительностью\s)(?<!продолжительностью\s)(?:в|во))\s*$"
    r"|(?<![^\W\d_])ב-?\s*$",
    re.IGNORECASE,
)


def a_clock_time(text: str, start: int, end: int) -> bool:
    """'ב-20:00', 'um 20:15', 'в 19:40', 'at 21:30': an hour of the day said with its preposition, never a length."""
    m = re.fullmatch(r"(\d{1,2}):([0-5]\d)", text[start:end].strip())
    return (
        m is not None
        and 6 <= int(m.group(1)) <= 24
        and _CLOCK_BEFORE_H.search(text[max(0, start - 14) : start]) is not None
    )


# '80s', 'the 90s', 'los 80', 'années 80', 'den 80ern': a decade is a style, not a length.
_DECADE_BEFORE = quick(
    r"(?:(?<![^\W\d_])(?:the|los|las|les|des|die|den|der|anni|años|anos|années|jaren|jahre|anii|lata|"
    r"roky|godine|vuodet|talet)|'|’)\s*$",
    re.IGNORECASE,
)


def _is_clock(raw: str, unit: str, before: str, after: str) -> bool:
    """A time of day: a whole hour (0-24) with a clock word after it or a clock preposition before it."""
    if not raw.isdigit() or int(raw) > 24:
        return False
    if unit == "":
        return bool(_CLOCK_AFTER.match(after) or _CLOCK_BEFORE.search(before))
    if unit == "h":
        # ('8h tối nay', '20h du soir')
        return bool(
            re.match(r"\s?[0-5]\d\b|\s*(?:tối|sáng|chiều|trưa|du soir|du matin|de la noche|da noite)", after)
            or _CLOCK_BEFORE_H.search(before)
        )
    return False


def _is_decade(written: str, before: str) -> bool:
    """'the 80s', 'los 80', 'années 80': a decade named after a word that names one."""
    return bool(re.fullmatch(r"[1-9]0s?", written.strip())) and bool(_DECADE_BEFORE.search(before))


@dataclasses.dataclass(frozen=True)
class Token:
    phrase: str
    seconds: tuple[float, ...]  # the readings: seconds, or minutes when no unit says which


_MOST_TOKENS = 48


# A day of a month: the month's name (CLDR, any of the 50 languages) after the number ('15 décembre', '22. května',
# 'le 27 juin', '1. lipnja', '12 de julho') or before it ('December 15', 'Agustus 17'), a month in digits ('12月',
# '3월'), or a word for 'on the day' before it ('dia 12', 'يوم 20', 'ngày 12', 'tanggal 17').
_MONTH_AFTER = quick(r"\.?\s*(?:de\s+|of\s+|d')?([^\W\d_]{3,})")
_MONTH_BEFORE = quick(r"([^\W\d_]{3,})\.?\s*$")
_DAY_BEFORE = quick(r"(?<![^\W\d_])(?:dia|día|يوم|ngày|tanggal|tgl)\s*$")
_MONTH_DIGITS_AFTER = quick(r"\s*(?:月|월)")


def _names_a_date(text: str, start: int, end: int) -> bool:
    from ace_step_mcp.router.calendar_data import MONTHS

    after = _MONTH_AFTER.match(text, end)
    if (
        after is not None
        and (
            after.group(1) in MONTHS
            # (a month with a case ending: '10 iyunda', '5 Haziranda')
            or any(after.group(1)[:k].lower() in MONTHS for k in range(4, min(len(after.group(1)), 12)))
        )
    ):
        return True
    before = _MONTH_BEFORE.search(text[max(0, start - 16) : start])
    if before is not None and before.group(1) in MONTHS:
        return True
    return bool(_MONTH_DIGITS_AFTER.match(text, end) or _DAY_BEFORE.search(text[max(0, start - 10) : start]))


# A bare whole number, then a word of its own ('30 kids', '300 ضيف', '40 gości', 'watoto 20'? no: after it): a count of
# something the request tells of ('the school play has 30 kids in it'), when that word is no unit in any of the 50
# languages (nor a misspelling of one: the first three letters of a unit), no part, take, bar or piece of music, and
# no word of the router's own ('start', 'end', 'more', 'at'). Only where the plan takes nothing by default: a number
# the plan might have wanted is still asked about.
_COUNTED_WORD = quick(r"[ \t]+([^\W\d_]{3,})")
_NOT_COUNTED = quick(
    r"(?:more|less|extra|further|additional|and|or|to|from|at|in|on|of|for|the|with|then|plus|minus|times|start|"
    r"end|intro|outro|add|extend|longer|shorter|before|after|fade|trim|cut|loop|regenerate|replace|convert|"
    r"beginning|ending|middle|sec\w*|min\w*|hour\w*|bpm|lufs|kbps|khz|db|"
    # Hungarian case endings written onto a number ('256-tal', '320-ra', '1:20-ig'): its value, no count
    r"tal|tel|val|vel|ra|re|ig|ról|ről|nál|nél)$|"
    r".*(?:[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\u0e00-\u0e7f])"  # unspaced scripts: no word boundary to trust
)


# A part, a piece, a take or a loop of music in the words of the 50 languages (their stems): a count of them is the
# request's own ('2 choruses', '3 jingles', '4 stems'), never a count the story tells.
_PART_OR_PIECE = quick(
    r"(?:intro|outro|verse|vers|chorus|choru|refr|estribillo|coro|ritornell|strof|stroph|couplet|bridge|brücke|puente|"
    r"pont|solo|drop|hook|break|part|section|secci|sezion|teil|segment|song|track|piece|tune|beat|jingle|loop|stem|"
    r"sample|take|clip|cue|sting|spot|version|variant|variation|option|canci|canzon|chanson|lied|música|musica|"
    r"faixa|pist|morceau|brano|pezz|tema|nummer|låt|sang|piosenk|píse|písn|pesm|pjesm|песн|песм|пісн|трек|куплет|"
    r"припев|приспів|бит|верси|варіант|вариант|лууп|луп|лооп|sarki|şarkı|mahn|lagu|wimbo|kanta|awit|τραγούδ|"
    r"κομμάτ|שיר|أغني|اغني|مقطع|آهنگ|ترانه|गान|गाना|गीत|ধুন|গান|ਗੀਤ|பாடல|పాట|bài|nhạc|kappale|biisi|laulu|dal|"
    r"music|musik|musiq|muzik|muzyk|muziek|музык|музик|μουσικ|موسيق|موسیق|संगीत|mix|soundtrack|score|bgm|"
    r"playlist|ambien|meditat|sleep|drone|音乐|音樂|音楽|曲|歌|음악|노래|곡|เพลง|ดนตรี)",
    re.IGNORECASE,
)


def around(stops: re.Pattern[str], text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence (or clause, by `stops`) that holds text[start:end] begins and ends: the end of the last
    stop before it (as `stops.finditer(text, 0, start)` finds them) and the start of the first stop after it (as
    `stops.search(text, end)`). The stops of the whole text are found once per text (a request asks this of each
    of its numbers: scanning from 0 each time was quadratic, 255 ms for 4,000 characters of '10 s, '), and only a
    few characters at each side are searched again, where the edges of the search change what a stop's look-ahead
    sees."""
    starts, ends = _stops_of(stops, text)
    # (a stop that ends this far before `start` is found alike by a search that ends at `start`: the stops' own
    # look-aheads read at most a few characters)
    k = bisect_right(ends, start - _STOP_REACH)
    anchor = ends[k - 1] if k else 0
    # (and where the whole text has no stop, a search that ends at `start` can find one only in its last characters)
    scan = max(anchor, min(starts[k] if k < len(starts) else len(text), start - _STOP_REACH))
    begin = max((m.end() for m in stops.finditer(text, scan, start)), default=anchor)
    j = bisect_left(starts, end)
    if j < len(starts) and (window := ends[j] + _STOP_REACH) < len(text):
        near = stops.search(text, end, window)
        if near is not None and near.end() + _STOP_REACH <= window:
            return begin, near.start()
    if j == len(starts) and (not ends or ends[-1] <= end):
        return begin, len(text)  # (no stop after it, and none across it that could hide one)
    after = stops.search(text, end)
    return begin, after.start() if after is not None else len(text)


_STOP_REACH = 8  # more than any stop pattern's look-ahead or length


@lru_cache(maxsize=8)
def _stops_of(stops: re.Pattern[str], text: str) -> tuple[list[int], list[int]]:
    found = list(stops.finditer(text))
    return [m.start() for m in found], [m.end() for m in found]


@cache
def _unit_stems() -> frozenset[str]:
    from ace_step_mcp.router.vocab_data import UNITS

    return frozenset(w.lower()[:3] for table in UNITS.values() for ws in table.values() for w in ws if len(w) >= 3)


# 'each' before a word ('cada fase', 'each level', 'pour chaque niveau', 'для каждого уровня'): a piece asked for each.
_EACH_OF = quick(
    r"(?<![^\W\d_])(?:cada|each|every|jede[nmrs]?|chaque|ogni|каждо\w*|кажд\w*|кожн\w*|każd\w*|každ\w*|her|mỗi|"
    r"setiap|tiap|varje|hver|hvert|elke|iedere|minden|jokaiselle|jokaista|fiecare|svak\w*)\s+([^\W\d_]+)"
    r"(?=(?:\s+([^\W\d_]+))?)"  # (the word after it looked at, not taken: 'cada uma cada fase')
)


def _each_of(text: str, start: int, word: str) -> bool:
    """Whether 'each' stands after `start` before `word` or a word of its stem, one word between at most ('… 5 fases.
    Quero uma trilha … pra cada fase', 'each of the levels' is no such form)."""
    stem = word[:4]
    return any(
        (m.group(1) or "").startswith(stem) or (m.group(2) or "").startswith(stem)
        for m in _EACH_OF.finditer(text, start)
    )


def _counts_a_noun(text: str, start: int, end: int, *, story_only: bool = False) -> bool:
    from ace_step_mcp.router.read import BAR_WORD

    if re.match(r"[.,]\d", text[end : end + 2]):
        return False
    if _NUMBER_WORD_BEFORE.search(text, max(0, start - 24), start) or (
        end - start >= 4 and text[start:end].isdigit() and _NOT_A_CLOCK.match(text, end)
    ):
        return True  # ('Bestelnummer 66204', 'order no. 4471', 'رقم الطلب 7731'): a number of a thing, not of seconds
    glued = _GLUED_WORD.match(text, end)  # ('3-го уровня', '5-as albumo', 'podkastın 8-ci', '8-битный'): a form of it
    m = glued or _COUNTED_WORD.match(text, end)
    if m is None:
        return False
    word = m.group(1).lower()
    if (
        _NOT_COUNTED.match(word)
        or word[:3] in _unit_stems()
        or _VERSION_NOUN.match(word)
        or BAR_WORD.match(word)
        or _PART_OR_PIECE.match(word)
    ):
        return False
    if _each_of(text, m.end(), word):
        return False  # ('um jogo com 5 fases. Quero uma trilha … pra cada fase'): one piece for each of them
    if glued is not None:
        return True
    # ... told in a sentence of the story (no length, time or verb of the router's in it) before the sentence that
    # asks ('… son 26 niños y dura una hora. Necesito una pieza …'), and a count of five or more: takes are one to
    # four ('3 propositions', '3 pilihan' are takes in words the tables lack, and asked about), and after the
    # asking sentence a count may be what it asks ('8 feels about right' is the fade's length).
    if not text[start:end].isdigit():
        return False
    # ... or told in a clause of its own beside the clause that asks ('allungala di 45 secondi, serve per la sfilata
    # con 12 modelle', 'kéo dài thêm 30 giây ở cuối, 8h tối nay chiếu cho 100 khách'): a count of five or more, or any
    # count right after 'for' or 'with' ('… for 4 dancers', '… com 2 sanfonas'), in a clause with no length, time
    # or verb of the router's, where another clause has one
    # (not a word that judges the number, which is then what it asks: 'fade out the end, 8 feels about right',
    # 'extend it by 10 s, 15 would be better'; nor in a sentence of its own)
    clause_begin, clause_end = around(_CLAUSE_STOP, text, start, end)
    sentence_begin, sentence_end = around(SENTENCE_END, text, start, end)
    if (
        not story_only
        and not _ASKING_SENTENCE.search(text, clause_begin, clause_end)
        and _ASKING_SENTENCE.search(text[sentence_begin:clause_begin] + " . " + text[clause_end:sentence_end])
        and not _JUDGED.match(word)
        and (int(text[start:end]) >= 5 or _FOR_OR_WITH.search(text, max(0, start - 14), start))
    ):
        return True
    before, stop = around(SENTENCE_END, text, start, end)
    sentence = text[before:stop]
    rest = text[stop:].strip(" .!?。！？\n")
    # (a count under five too, in a sentence of the story before the one that asks: 'são 3 dias de evento. Deixa em
    # loop'; a count of takes is said with a word for them, which is never counted here)
    if int(text[start:end]) < 5 and not (rest and not _ASKING_SENTENCE.search(sentence)):
        return False
    if story_only:
        # (a plan that takes its length by default: a count of a word of its own in a sentence before the last, with
        # no length, time or verb of the router's in it: 'Ég er að gera myndband …, það verða 80 gestir. Geturðu …')
        return bool(rest) and not _ASKING_SENTENCE.search(sentence)
    return bool(rest) and not _ASKING_SENTENCE.search(sentence) and bool(_ASKING_SENTENCE.search(rest))


# A format the tool does not write, named at all; and a format refused, by a word of refusing right before or after
# it ('no la quiero en mp3', 'not mp3', 'mp3-ə yox', 'kein mp3', 'pas en mp3', 'mp3 non', 'не mp3').
_UNWRITTEN = quick(r"(?<![^\W\d_])(?:m4a|aac|aiff?|wma|alac|opus)(?![^\W\d_])")
_FORMAT_REFUSED_BEFORE = quick(
    r"(?<![^\W\d_])(?:no|not|non|nicht|kein\w*|pas|não|nao|nie|ne|не|ні|bukan|không|ei|ikke|inte|niet|geen|nem|"
    r"don'?t want(?: it)?(?: as| in)?|no (?:la|lo) quiero(?: en)?|não (?:a|o) quero(?: em)?|je ne veux pas(?: en)?|"
    r"instead of|rather than|en lugar de|en vez de|au lieu de|statt|anstatt|invece di|em vez de|вместо)[\s,:-]*$"
)
_FORMAT_REFUSED_AFTER = quick(
    r"^[\s'’-]*(?:ə|a|e|u|ü|ı|i)?\s*(?:yox|değil|no|not|nicht|non|nie|не|ні|ei|nope)(?![^\W\d_])"
)


def _format_refused(said: str, fmt: str) -> bool:
    """Whether the request refuses the format `fmt` where it names it."""
    for m in re.finditer(rf"(?<![^\W\d_]){re.escape(fmt)}(?![^\W\d_])", said):
        if _FORMAT_REFUSED_BEFORE.search(said[max(0, m.start() - 24) : m.start()]) or _FORMAT_REFUSED_AFTER.search(
            said[m.end() : m.end() + 12]
        ):
            return True
    return False


# A file format the tool does not write ('m4a', 'aac', 'aiff', 'wma', 'alac', 'opus'), said as the file wanted ('as m4a',
# 'en m4a', 'som m4a', 'în m4a', 'in AAC', 'm4a format'), not in passing ('for an mp4 video', 'my magnum opus').
_AS_THE_FILE = (
    r"as|in|to|into|en|em|als|som|în|w|в|как|à|para|per|zu|naar|til|till|na|olarak|sebagai|thành|format|formato|"
    r"формат\w*|ke|σε"
)
_OTHER_FORMAT = quick(
    r"(?<![^\W\d_])(?:"
    + _AS_THE_FILE
    + r")\s+(?:an?\s+|un\s+|une\s+)?(m4a|aac|aiff?|wma|alac|opus|mp4|caf)(?![^\W\d_])"
    r"|(?<![^\W\d_])(m4a|aac|aiff?|wma|alac|opus|caf)(?=\s*(?:format|file|dosya|fájl|soubor|файл|檔|文件|ファイル|파일))",
    re.IGNORECASE,
)


# A format the tool writes, said as the file wanted ('to mp3', 'als wav', 'en flac'): beside a format it does not write
# said as wanted, the one the file is to be in.
_WRITTEN_WANTED = quick(
    r"(?<!not )(?<!nicht )(?<!than )(?<!no )(?<!non )(?<!nie )(?<!не )"  # (not 'm4a, not as mp3', 'rather than to mp3')
    r"(?<![^\W\d_])(?:" + _AS_THE_FILE + r"|export|exporta|exportiere|convert|converte|convierte|save|salva|guarda)\s+"
    r"(?:it\s+)?(?:an?\s+|un\s+|une\s+)?(?:wav|flac|mp3|ogg)(?![^\W\d_])",
    re.IGNORECASE,
)


def _not_written(other: re.Match[str]) -> str:
    """The sentence for a format `_OTHER_FORMAT` found."""
    return f"'{other.group(1) or other.group(2)}' is not a format I can write; it can be wav, flac, mp3 or ogg"


# A bitrate's or a loudness's unit or name: the plan must hold its number.
_RATE_UNIT = quick(
    r"(?<![^\W\d_])(?:kbps|kbit\w*|kb/s|кбит\w*|кбіт\w*|килобит\w*|кілобіт\w*|kilobit\w*|bitrate|bit\s+rate|"
    r"битрейт\w*|бітрейт\w*|كيلوبت|كيلو بت|کیلوبیت|بیت‌ریت|بیتریت)(?![^\W\d_])"
    r"|비트레이트|ビットレート|比特率|位元率|码率|碼率"
)
_LOUDNESS_UNIT = quick(r"(?<![^\W\d_])(?:lufs|лафс)(?:[:'’-]?[^\W\d_]{1,3})?(?![^\W\d_])")  # (and 'LUFSiin')
# Two lengths offered as alternatives ('5 o 10 s', '2 or 3 min', '30 или 40 s'): the person has not chosen.
_EITHER_LENGTH = quick(
    r"(?<![\d.:])(\d+(?:\.\d+)?)\s*(?:s|min)?\s+(?:or|o|ou|oder|of|или|або|lub|albo|nebo|alebo|vagy|sau|veya|yoksa|"
    r"atau|hoặc|أو|او|یا|או|ή|eller|tai|ili|или|vai|au|o kaya|ya)\s+(\d+(?:\.\d+)?)\s*(?:s|min)(?![^\W\d_])"
)
# The word right after an end of the track, as the cue pass wrote the sides ('… ja lopusta kaks' → '… end kaks').
_AFTER_AN_END = quick(r"(?<![^\W\d_])(?:start|end|first|last)\s+([^\W\d_]+)(?=\s*(?:[,.;!?]|$))")
# A section of the song named ('chorus', 'کورس', 'estribillo', '副歌'): a part made again, beside an extension.
_SECTION_BESIDE = quick(
    r"(?<![^\W\d_])(?:chorus|verse|bridge|refrain|estribillo|coro|ritornello|strofa|couplet|refrän|припев|куплет|"
    r"приспів|nakarat|kórus|refren|کورس|کورَس|انترا|مکھڑا|कोरस|अंतरा|মুখড়া|কোরাস)(?![^\W\d_])|副歌|サビ|후렴|ท่อนฮุก"
)
_CLAUSE_STOP = quick(r"(?<!\d)[.!?,;:](?=\s|$)|[。！？؟।\n，、；]|\s[-–—]\s")
# Words that judge a number said before them ('8 feels about right', '15 would be better', '10 reicht', '20 basta').
_JUDGED = quick(
    r"(?:would|should|will|feels?|sounds?|seems?|works?|better|fine|enough|good|okay|perfect|please|max\w*|tops|"
    r"reicht|wäre|klingt|passt|ist|sind|sería|serait|sarebbe|seria|seriam|basta\w*|suffit|suffira|alcanza|va|vale|"
    r"está|estaría|хватит|лучше|будет|норм\w*|достаточно|yeter|olur|cukup|lebih|riittää|olisi|räcker|vore|"
    r"ville|bliver|blir|wystarczy|będzie|stačí|bude|elég|lenne|ajunge|είναι|θα|αρκεί|מספיק|יהיה|يكفي|كافي|بهتر|کافی|"
    r"काफी|काफ़ी|होगा|ठीक|sapat|inatosha|tốt|đủ|"
    # a hedge ('Fade out the ending, 7 probably', '8 creo', '8 environ', '8 vielleicht'), or tries that are takes
    r"probably|maybe|perhaps|creo|diría|environ|peut-être|vielleicht|glaube|direi|forse|talvez|acho|думаю|наверное|"
    r"может|chyba|asi|talán|poate|belki|mungkin|kanske|kanskje|måske|ehkä|ίσως|אולי|ربما|شاید|शायद|tries|attempts|"
    r"tentativi|intentos|essais|versuche|pokus\w*|prób\w*|попыт\w*|denemeler|percobaan)$"
)
# 'For' or 'with' right before a count ('for 4 dancers', 'com 2 sanfonas', 'для 3 танцоров', 'cho 4 người').
_FOR_OR_WITH = quick(
    r"(?<![^\W\d_])(?:for|with|para|pra|com|con|pour|avec|für|mit|per|voor|met|för|med|til|dla|pro|pre|для|з|із|с|со|"
    r"за|na|kwa|untuk|dengan|cho|với|için|ile|σε|για|με|עם|ל|مع|لـ|برای|با|के लिए|के साथ)\s*$"
)


# A word for 'number' right before a number ('order number 4471', 'pedido nº 8812', 'Objednávka č. 10482', 'No.
# pesanan 38812', 'شماره سفارش ۷۷۸۱', 'ऑर्डर नंबर', '订单号'), or a bare number of four digits or more (no length or time
# a request gives so): an identifier.
_NUMBER_WORD_BEFORE = quick(
    r"(?<![^\W\d_])(?:number|no\.|nr\.?|nº|n°|num\.|núm\.?|número|numero|numéro|nummer|nummeret|numer|"
    r"номер|бр\.|br\.|č\.|sz\.|nimewo|namba|nomor|nombor|tempahan|pesanan|sipariş|siparis|order|pedido|commande|"
    r"bestellung|ordine|заказ\w*|замовлення|zamówienie|objednávka|objednávk\w*|bestelnummer|ordernummer|rendelés\w*|"
    r"comanda|comandă|поруџбина|narudžba|sifariş|tilaus\w*|tilausnumero|رقم|شماره|سفارش|מספר|הזמנה|नंबर|नम्बर|"
    r"ਨੰਬਰ|نمبر|নম্বর|எண்|నంబర్|เลข|ออเดอร์|bestilling\w*|beställning|pöntun\w*|užsakym\w*|kòmand|oda|"
    r"client|cliente|customer|kunde|kundennummer|клиент|müşteri|العميل|invoice|factura|facture|rechnung)"
    r"[\s.:#-]*(?:(?:no\.?|nr\.?|č\.|бр\.|#|n[º°])\s*)?(?:(?:lan\s+)?(?:se|ni|is|es|est|ist|è|é|:)\s+)?$"
    r"|番号\s*(?:は)?\s*$|号\s*$|번호\s*$|编号\s*$|編號\s*$|#\s*$",
    re.IGNORECASE,
)
_NOT_A_CLOCK = quick(r"(?![.,:]\d)(?!\s?[^\W\d_])")  # (nothing glued or right after it: not '1500 ms', '4000 Hz')
# A word glued to the number by a hyphen ('3-го', '5-as', '8-ci', '12-ci', '8-битный').
_GLUED_WORD = quick(r"-([^\W\d_]{2,})")
# What makes a sentence the request's own: a length or a time with its unit, a clock time, or a verb of the router's.
_ROUTER_VERBS = (
    r"add|extend|regenerate|replace|fade|trim|cut|loop|convert|start|end|no vocals|longer|shorter|intro|outro|takes?|"
    r"versions?"
)
_ASKING_SENTENCE = quick(
    r"\d\s?(?:s|min|hour)(?![^\W\d_])|\d:[0-5]\d|(?<![^\W\d_])(?:" + _ROUTER_VERBS + r")(?![^\W\d_])"
)
# ... and a delivery asked for: a format, a bitrate, a loudness ('Eksportér den som mp3 i 256 kbps', 'Stáhni
# hlasitost na -16 LUFS')
_DELIVERY_ASKED = quick(r"(?<![^\W\d_])(?:mp3|wav|flac|ogg|kbps|lufs)(?![^\W\d_])")
# Where a sentence of a chat message ends: as for a length (`SENTENCE_END`), and at an emoji or a bracket, which set an
# aside apart ('tenho 25 alunos de 4 aninhos 😅 Você gera …', '(me costó 300 dólares jaja)').
_STORY_STOP = quick(r"(?<!\d)[.!?](?=\s|$)|[。！？؟।\n()（）\U0001F300-\U0001FAFF\u2600-\u27BF]")


# The router's verbs alone (a sentence of the story has none), and what follows a length that measures a piece.
_ROUTER_VERB = quick(r"(?<![^\W\d_])(?:" + _ROUTER_VERBS + r"|first|last)(?![^\W\d_])")
# A run of letters: a word, as the story rules count them.
WORD = quick(r"[^\W\d_]+")
_LENGTH_SAID_AFTER = quick(r"\d\s?(?:secs?|seconds?|mins?|minutes?|hours?)(?![^\W\d_])")
_MUSIC_WORD = quick(
    r"song|track|piece|tune|beat|jingle|loop|canci|canzon|chanson|lied|música|musica|faixa|pista|morceau|brano|pezz|"
    r"låt|sang|piosenk|písn|pesm|pjesm|песн|песм|пісн|трек|şarkı|sarki|mahnı|lagu|wimbo|awit|τραγούδ|κομμάτ|שיר|أغني|"
    r"اغني|آهنگ|ترانه|गाना|गीत|গান|ਗੀਤ|பாடல|పాట|bài|nhạc|kappale|biisi|laulu|music|musik|musiq|muzik|muzyk|muziek|"
    r"музык|музик|μουσικ|موسيق|موسیق|संगीत|soundtrack|bgm|音乐|音樂|音楽|曲|歌|음악|노래|곡|เพลง|ดนตรี",
    re.IGNORECASE,
)


def a_story_length(text: str, start: int, end: int) -> bool:
    """A length told in a sentence of the story before the sentence that asks ('… the ceremony part runs about 4
    minutes and the reception is on June 14. … Can you make a soft acoustic guitar piece, around 90 seconds?', 'das
    Video läuft 3 Minuten. Kannst du mir … machen, etwa 60 Sekunden'): a sentence of six words or more with no verb
    of the router's and no word for music within four words of the length (it may measure the piece asked for), and a
    sentence after it that asks."""
    begin, stop = around(SENTENCE_END, text, start, end)
    sentence = text[begin:stop]
    if stop >= len(text) or len(WORD.findall(sentence)) < 6 or _ROUTER_VERB.search(sentence):
        return False
    near = " ".join([*WORD.findall(text, begin, start)[-4:], *WORD.findall(text, end, stop)[:4]])
    if _MUSIC_WORD.search(near):
        return False  # ('… 잔잔한 어쿠스틱 기타 음악 1분 30초짜리 만들어 주세요': the length of the music asked for)
    return bool(_ASKING_SENTENCE.search(text, stop) or _LENGTH_SAID_AFTER.search(text, stop))


# A unit of something other than time, after a number ('4 GB', '900 km', '15 euro', '300 dólares'): never a length.
_OTHER_UNIT = quick(
    r"\s?(?:gb|mb|kb|tb|km|kg|cm|mm|%|€|\$|£|¥|₹|euros?|dollars?|dólares|dolares|евро|долларов|доллара|рублей|рубля|"
    r"гривень|złotych|zł|kč|korun|lira|lei|forint|ft)(?![^\W\d_])"
)


@cache
def _other_units() -> dict[str, tuple[str, ...]]:
    """CLDR's units of what is no length of music (days to years, distances, sizes, shares) in the 50 languages and a
    reviewed list of money (`vocab_data.OTHER_UNITS`, longest first), by their first character."""
    from ace_step_mcp.router.vocab_data import OTHER_UNITS

    by_first: dict[str, list[str]] = {}
    for word in OTHER_UNITS:
        by_first.setdefault(word[0], []).append(word)
    return {first: tuple(words) for first, words in by_first.items()}


_CURRENCY_BEFORE = quick(r"[$€£¥₹₩₽₺₪₫฿]\s?$")


def another_unit_after(text: str, end: int) -> bool:
    """Whether a unit of something other than time follows the number that ends at `end` ('22 metai', '4 GB', '10
    eura', '1000일이라서', '٤٠ دولار'): a date, an age, a size or a price, never seconds."""
    i = end + 1 if text.startswith(" ", end) else end
    near = text[i : i + 32].lower()  # (the longest unit is shorter)
    for word in _other_units().get(near[:1], ()):
        if near.startswith(word):
            after = text[i + len(word) : i + len(word) + 1]
            if after and after.isalpha() and not GLUED_LETTER.match(word):
                continue  # (a longer word: 'metros', not 'metro')
            # (a count of one to four before a word: it may be the takes asked for, before a name that starts with
            # a unit's letters: 'make 3 metro boomin type beats', 'make 2 peso pluma type corridos'; asked)
            return not (_FEW.fullmatch(text, max(0, end - 1), end) and _WORD_AFTER.match(near, len(word)))
    return False


_FEW = re.compile(r"(?<!\d)[1-4]")
_WORD_AFTER = re.compile(r"[ \t]+[^\W\d_]{2,}")


def a_story_number(text: str, start: int, end: int) -> bool:
    """A bare number told in an aside of the message before what it asks ('Мне 34, и я наконец решился снять влог.
    Сделай …', 'USB-stikket er kun på 4 GB. Eksportér den som mp3', 'Je to znělka pro podcast, který má teprve 8
    dílů. Stáhni hlasitost na -16 LUFS'): a sentence of three words or more with no length, time, verb or delivery
    of the router's in it and no word for music within four words of the number (it may count pieces), and after it
    a sentence that asks for one."""
    if (
        int(float(text[start:end].replace(",", "."))) < 5
        and _COUNTED_WORD.match(text, end)
        and not _OTHER_UNIT.match(text, end)
    ):
        return False  # ('Mi servono 2 proposte. Jazz, un minuto': up to four of a thing may be the takes asked for)
    begin, stop = around(_STORY_STOP, text, start, end)
    aside = begin > 0 and text[begin - 1] in "(（"  # ('my little brother (he's 9) says …', '(han er 80)')
    if stop >= len(text) or len(WORD.findall(text, begin, stop)) < (1 if aside else 3):
        return False
    if _ASKING_SENTENCE.search(text, begin, stop) or _DELIVERY_ASKED.search(text, begin, stop):
        return False
    if text.startswith(("?", "？", "؟"), stop):
        return False  # ('碼率320定係256好啲？導出mp3', 'Peux-tu m'en faire 3 ?': a question asks, it tells no story)
    near = " ".join([*WORD.findall(text, begin, start)[-4:], *WORD.findall(text, end, stop)[:4]])
    if _MUSIC_WORD.search(near) or _PART_OR_PIECE.search(near):
        return False
    return bool(_ASKING_SENTENCE.search(text, stop) or _DELIVERY_ASKED.search(text, stop))


def time_tokens(text: str, *, counts: bool = False, story_counts: bool = False) -> list[Token]:
    """Every number and time left in the planner's text that could be a length or a time. With `counts` (the plan
    takes nothing by default), a bare number that counts a word of its own is left out too (see `_counts_a_noun`)."""
    text = _SKIP_REFS.sub(" ", text)
    # One time written in two parts is one token: '3 minutes 30 seconds', '1 minute and a half'.
    text = _MIN_SEC.sub(lambda m: f"{m.group(1)}:{int(m.group(2)):02d}", text)
    text = _MIN_HALF.sub(lambda m: f"{float(m.group(1)) * 60 + 30:g} s", text)
    out: list[Token] = []
    for seen, m in enumerate(_TOKEN.finditer(text)):
        if len(out) > _MOST_TOKENS or seen > 4 * _MOST_TOKENS:
            # More numbers than any request means: the one read here is left for the question (and it stays fast).
            out.append(Token(m.group(0).strip(), (-1.0,)))
            break
        if counts and (m.group(1) is not None or m.group(5)) and a_story_length(text, m.start(), m.end()):
            continue  # (where the plan has its values: a length of the story's, told before the request)
        if counts and m.group(5) and ANOTHER_PIECES_LENGTH.search(text, max(0, m.start() - 30), m.start()):
            continue  # ('… después de un tema de 6 minutos'): another piece's length, where the plan has its values
        if m.group(1) is not None:
            h_or_m, ss, extra = int(m.group(1)), int(m.group(2)), m.group(3)
            clock = h_or_m * 3600 + ss * 60 + int(extra) if extra else h_or_m * 60 + ss
            if not extra and 10 <= h_or_m <= 24 and _CLOCK_BEFORE_H.search(text[max(0, m.start() - 14) : m.start()]):
                continue  # 'Показ о 19:00', 'à 21:30': an hour of the day, not 19 minutes into a track
            out.append(Token(m.group(0).strip(), (float(clock),)))
            continue
        raw, unit = m.group(4), (m.group(5) or "").lower()
        after = text[m.end() : m.end() + 12]
        before = text[max(0, m.start() - 14) : m.start()]
        if not unit and (_NOT_TIME_AFTER.match(after) or _NOT_TIME_BEFORE.search(before)):
            continue
        if not unit and _names_a_date(text, m.start(), m.end()):
            continue
        if not unit and (
            another_unit_after(text, m.end()) or _CURRENCY_BEFORE.search(text, max(0, m.start() - 2), m.start())
        ):
            continue  # ('платио сам 10 eura', 'man 22 metai', 'USB-stikket er kun på 4 GB', '$40'): no length
        if counts and not unit and a_story_number(text, m.start(), m.end()):
            continue  # (where the plan has its values: a number of the story's, told before the request)
        if (counts or story_counts) and not unit and _counts_a_noun(text, m.start(), m.end(), story_only=not counts):
            continue
        if _is_clock(raw, unit, before, after) or _is_decade(m.group(0), before):
            continue
        if unit and periodic(text, m.start(), m.end()):
            continue  # 'a fill every 8 seconds', 'cada 30 segundos': how often, inside the piece; no length
        if raw in _MACHINES or (len(raw) == 4 and raw.isdigit() and 1900 <= int(raw) <= 2099 and unit in ("", "s")):
            continue
        if not unit and len(raw) == 4 and raw.isdigit() and (1300 <= int(raw) <= 1499 or 2500 <= int(raw) <= 2599):
            continue  # a year of the Solar Hijri or the Buddhist calendar ('نوروز ۱۴۰۴', 'ปี 2568')
        approx = APPROX_BEFORE.search(before)
        if (
            re.fullmatch(r"[5-9]0s", m.group(0))
            and not approx
            and not re.match(r"\s*(?:long|of\b|,|\.|$|duration)", after)
        ):
            continue  # '60s soul', '90s boom bap': a decade
        if (
            unit in ("s", "")
            and raw in ("20", "30", "40")
            and re.match(
                r"s?\s*(?:style|swing|jazz|big band|era|vibe|crooner|noir|ragtime|charleston)", text[m.end() - 1 :]
            )
        ):
            continue  # '30s style', '40s swing': a decade
        if (
            unit in ("s",)
            and raw in ("50", "60", "70", "80", "90")
            and re.match(r"\s*(?:music|style|vibe|sound|pop|rock|synth|disco|funk|hip|r&b|house|dance)", after)
        ):
            continue
        if not unit and re.match(r"[^\W\d_]", after):  # glued to a word: 8bit, 3d, 2pac
            if (glued := _TWO_GLUED.match(text, m.start())) is not None:
                # '2fun15byou', '1dk10sn': a length in units written together; its value where the units are
                # known ('1dk10sn' is 70 s), else none (asked)
                out.append(Token(glued.group(0), (_glued_seconds(glued.group(0)),)))
            continue
        if not unit and raw in ("0", "1") and not _ONE_UNREAD_UNIT.match(after + text[m.end() + 12 : m.end() + 40]):
            continue  # 'una canción' read as '1 canción': a count, never a length

        try:
            value = float(raw.replace(",", "."))
        except ValueError:
            continue
        dotted = re.fullmatch(r"(\d{1,2})[.,]([0-5]\d)", raw)  # '2.30': 2.3 or 2:30, as a reader may mean
        as_clock = (int(dotted.group(1)) * 60 + int(dotted.group(2)),) if dotted else ()
        if unit.startswith(("s", "sec")):
            seconds: tuple[float, ...] = (value,)
        elif unit.startswith("m"):
            seconds = (value * 60, *as_clock)
        elif unit.startswith("h"):
            seconds = (value * 3600,)
        else:
            seconds = (value, value * 60, *as_clock)
        out.append(Token(m.group(0).strip(), seconds))
    return out


# "Half" in the 50 languages, as it joins a length ('tři a půl minuty', 'một phút rưỡi', 'דקה וחצי'): a half the
# reading did not fold into a number is a length misread by a half unit (or read as 'half a minute').
_HALF = (
    r"half|halb\w*|halv\w*|anderhalb\w*|anderhalv\w*|eineinhalb\w*|demie?|medio|media|meio|meia|mezz[oa]|mitja|mig|"
    r"половин\w*|полтор\w*|півтор\w*|пів|пол|pół|półtor\w*|půl|pol|polovic\w*|puol\w*|fél|másfél|jumătate|jumate|"
    r"rưỡi|nửa|setengah|separuh|nusu|kalahati\w*|hálf\w*|pusė|pusant\w*|buçuk|yarım|yarim|ενάμισ\w*|μισ[όή]|"
    r"וחצי|חצי|نصف|ونصف|نیم|ونیم|آدھا|ساڑھے|ڈیڑھ|ڈھائی|आधा|आधे|डेढ़?|ढाई|साढ़?े|अर्ध\w*|सार्ध\w*|আধা|দেড়|আড়াই|"
    r"সাড়ে|ਅੱਧਾ|ਡੇਢ|ਢਾਈ|ਸਾਢੇ|அரை|ஒன்றரை|అర|ఒకటిన్నర|dimidi\w*|semis|sesqui\w*|mwatye|demi|edmi"
)
_HALF_WORD = quick(
    r"(?<![^\W\d_])(?:(?:" + _HALF + r")(?![^\W\d_])|полминут|пол-минут|півхвилин|пів хвилин|полчас|півгодин)"
    r"|ครึ่ง|½|半分|半個|半个|반분"
)
# A length the reading made, then a half it left: '1 min rưỡi', '1 min ครึ่ง', '1 min și jumătate'.
_HALF_AFTER_LENGTH = quick(
    r"\d+(?:\.\d+)?\s?(?:s|min|hour)(?![^\W\d_])\s*(?:(?:and|e|y|et|und|en|og|och|a|i|și|si|ve|và|и|і|та|dan|na|"
    r"és|ja|ir|و|ו|और)\s*)?(?:(?:a|an|en|et|ett|un|una|eine?|jeden)\s+)?(?:" + _HALF + r"|ครึ่ง)"
)
# A count, 'and', then 'a half <unit>' read alone: 'tři a půl minuty' → 'tři a 0.5 min' (30 s, not 210 s).
_COUNT_AND_HALF = quick(
    r"(?<![^\W\d_])([^\W\d_]+|\d+)\s+(?:and|e|y|et|und|en|og|och|a|i|și|si|ve|và|и|і|та|dan|na|és|ja|ir|o)\s+"
    r"(?:(?:a|an|en|et|ett|un|una|eine?|jeden|jedna|one)\s+)?0\.5\s?(?:min|hour)\b"
)


_ONE = frozenset({"one", "a", "an", "en", "ett", "ein", "eine", "un", "una", "uno", "um", "uma", "jeden", "jedna"})


# A bound, not a length: 'under a minute', 'moins d'une minute', '2分弱', 'больше 3 минут'; the length after it
# is not what the person asked for, so a plan must not take it as one.
_BOUND_BEFORE = quick(
    r"(?<![^\W\d_])(?:under|less than|fewer than|below|shorter than|more than|longer than|over|"
    r"moins d[e'’]|plus d[e'’]|menos de|más de|mas de|mais de|meno di|più di|weniger als|mehr als|unter|über|"
    r"minder dan|meer dan|korter dan|langer dan|меньше|менее|больше|более|mniej niż|więcej niż|méně než|"
    r"víc než|kevesebb mint|több mint|mindre än|mer än|mindre end|mere end|mindre enn|mer enn|daha az|"
    r"daha fazla|kurang dari|lebih dari|dưới|hơn|ít hơn|أقل من|أكثر من|פחות מ|יותר מ)"
    r"\s*(?:a|an|one|une?|d'une?|um|uma|uno|una|eine?r?|1)?\s*(?=\d|minut|second|sekund|segund|secon|минут|секунд)"
)
_BOUND_AFTER = quick(
    r"(?:\d|分|秒|분|초|\d min|\d s)\s*(?:弱|未満|未滿|不到|以上|超|미만|이상|초과|से कम|से ज़्यादा|से अधिक)"
)


# Stems of the minute and second inside the compounds and cases of the languages that build them ('tříminutová',
# 'trzyminutowa', 'háromperces', 'þriggja mínútna'), for a request where no length was read.
_UNIT_STEM = quick(
    r"(?<!per )(?<!dimi)(?<!per)(?:minut|minút|mínút|minüt|sekund|sekünd|sekúnd|dakik|dəqiq|saniy|sekunn|minuu|निमेष)"
    r"(?!ia|iae|ely)|(?<![^\W\d_])[^\W\d_]{2,12}perc(?:es|ig|nyi)(?![^\W\d_])"
)


# Listening to a part, not remaking it ('再生' is 'play back' in Japanese; '再' alone is 'again').
_PLAYBACK = quick(
    r"(?<![^\W\d_])(?:play|replay|hear|listen|spiel\w*|abspielen|reproduc\w*|(?<!se )escucha\w*|écoute\w*|ecoute\w*|"
    r"joue\w*|ascolta\w*|riproduc\w*|ouvir|toca\w*|проиграй|воспроизвед\w*|послушать|включи|suno|sunao|sunna|"
    r"sunaao|bajao|пусти|слушај|послушај|παίξε|παιξε|άκου|ακου|kucheza|cheza|sikiliza|nisikilize|spill av|spel upp|"
    r"afspil|speel|luister|hallgat\w*|lejátsz\w*|pusť|чуя|чуй|odtwórz|posłuchaj|hlusta\w*|spilaðu)(?![^\W\d_])"
    r"|再生して|再生する|を再生|播放|들려|재생|들었|(?<!맘에 안 )(?<!맘에 )(?<!마음에 안 )(?<!마음에 )들어|سنو|سناؤ|سنائیں|সুনাও|শোনাও|শুনি|শুনতে|கேட்க|ฟัง"
)
# A level or channel change of a part: not music to render ('-6 dB', 'mono', 'encore plus fort', '小声').
_LEVEL = quick(
    r"-?\s?\d+(?:[.,]\d+)?\s?(?:db|lufs)\b|(?<![^\W\d_])(?:mono|stereo|louder|quieter|softer|too quiet|too loud|"
    r"volume|gain|plus fort|moins fort|lauter|leiser|más alto|más bajo|más fuerte|più forte|più piano|mais alto|"
    r"mais baixo|громче|тише|голосніше|тихіше|głośniej|ciszej)(?![^\W\d_])|小声|大声|音量|더 크게|더 작게|볼륨",
    re.IGNORECASE,
)


_ADD_WORD = quick(r"(?<![^\W\d_])(?:add|adding|extend\w*|append|tack)(?![^\W\d_])")


def _half_left(text: str, plan: Plan, written: str) -> str | None:
    """A half the reading left out of a length: the phrase, or None."""
    from ace_step_mcp.router.read import _number_key, _units

    m = _HALF_AFTER_LENGTH.search(text)
    if m:
        return m.group(0)
    for m in _COUNT_AND_HALF.finditer(text):
        word = m.group(1)
        if word.isdigit() or word in _ONE or _number_key(word) in _units()[1]:
            return m.group(0)
    if plan.tool.startswith("text_to_audio") and "duration" not in plan.arguments:
        # No length read, but a half was said ('ενάμισι λεπτού', 'דקה וחצי'): a length the tables lack.
        h = _HALF_WORD.search(text) or _HALF_WORD.search(written)
        if h and not re.match(r"[\s-]*(?:time|step|tempo)", h.string[h.end() : h.end() + 8]):
            return h.group(0)
    return None


def _plan_values(plan: Plan, length: float | None, notes: dict[str, Any]) -> tuple[list[float], list[float]]:
    """The plan's numbers (each usable once) and the ones they imply (a total, a window's length)."""
    args = plan.arguments
    keys = ("duration", "start_time", "end_time", "extend_before_duration", "extend_after_duration",
            "fade_in_s", "fade_out_s", "trim_start_s", "trim_end_s", "loudness_lufs", "bitrate_kbps")  # fmt: skip
    primary = [float(args[k]) for k in keys if isinstance(args.get(k), int | float)]
    for source in (plan.deliver, notes.get("delivery") or {}):
        primary += [float(v) for k, v in source.items() if isinstance(v, int | float) and not isinstance(v, bool)]
    primary += [-v for v in primary if v < 0]  # (a loudness said with no unit, 'loudness -14': the 14 is its level)
    tags = str(args.get("tags") or "")
    inherited = re.findall(r"(?<![\w.])(\d+(?:\.\d+)?)", str(notes.get("source_tags") or ""))
    # '90-sekündiger' copied into the tags is a length left unread, not a number the plan uses; a tempo ('120
    # BPM') is never a length, and must not stand in for one the plan dropped.
    for n in re.findall(r"(?<![\w.])(\d+(?:\.\d+)?)(?![\d.]|-(?!step)[^\W\d_]|\s?bpm)", tags.lower()):
        if n in inherited:  # the original track's tags: no number of this request
            inherited.remove(n)
        else:
            primary.append(float(n))
    derived: list[float] = []
    if length and (trim_end := args.get("trim_end_s")):
        derived.append(length - float(trim_end))  # 'everything after 2:30' of a 180 s track: the cut's point
    start, end = args.get("start_time"), args.get("end_time")
    if isinstance(start, int | float) and isinstance(end, int | float):
        derived.append(abs(float(end) - float(start)))
        if length:
            derived += [length - float(start), length - float(end)]
    before = float(args.get("extend_before_duration") or 0)
    after = float(args.get("extend_after_duration") or 0)
    if before or after:
        derived.append(before + after)
        if length:
            derived += [length + before + after, length + after, length + before]
        if length and any("the track's own length" in ln or "the track as it is" in ln for ln in plan.rationale):
            derived.append(length)  # 'this is 2:30, make it exactly 3 min': where the track starts from, as said
    return primary, derived


def _spots_outside(left: list[Token], result: Plan, text: str) -> list[Token]:
    """The tokens left that are not a place told inside the window regenerated: 'the bit at 1:10 is weird, redo
    1:05-1:20' names the spot the window is drawn around: an m:ss time strictly inside it, the first time the request
    says (not a correction after the range: 'redo 1:05-1:30, sorry I meant until 1:15'), and not said to be kept or
    to be an end ('keep 1:15 as is, redo 1:00-1:30', 'it should end at 1:50, and redo 1:00-2:00')."""
    start, end = result.arguments.get("start_time"), result.arguments.get("end_time")
    first = _MSS_PHRASE.search(text)
    if not isinstance(start, (int, float)) or not isinstance(end, (int, float)) or first is None:
        return left

    def spot(t: Token) -> bool:
        said = t.phrase.strip()
        return (
            _MSS_PHRASE.fullmatch(said) is not None
            and len(t.seconds) == 1
            and start < t.seconds[0] < end
            and first.group(0) == said
            and text.count(said) == 1
            and not _NOT_A_SPOT.search(text, max(0, first.start() - 30), first.start())
            and not _KEPT_OR_ENDED.search(_clause_around(text, first.start(), first.end()))
            and not re.match(r"\s*(?:long|lang\w*|lung[oa]|larg[oa]|longue)(?![^\W\d_])", text[first.end() :])
        )

    return [t for t in left if not spot(t)]


def _clause_around(text: str, start: int, end: int) -> str:
    """What is said of a time: back to the stop before it (at most 30 characters), on to the next time (at most 60
    characters: '1:15 mola mucho, no lo toques, rehaz 1:00-1:30')."""
    before = text[max(0, start - 30) : start]
    cut = max(before.rfind(c) for c in ",.;!?，。、")
    after = _UNTIL_A_TIME.match(text, end)
    return before[cut + 1 :] + text[start:end] + (after.group(0) if after else "")


_UNTIL_A_TIME = quick(r"[^\d\n]{0,60}")
# In a time's clause, the words that keep it or end the track there, in the everyday words of many languages
# ('1:15 déjalo como está', '1:15はそのまま残して', '保留1:15', 'debe terminar en 1:50').
_KEPT_OR_ENDED = quick(
    r"(?<![^\W\d_])(?:keep|leave|as\s+is|untouched|perfect|don['’]?t\s+(?:change|touch)|no\s+(?:lo\s+)?toques|"
    r"(?:so\s+)?bleiben|va\s+bene|così|не\s+менять|не\s+меняй|perfecto|perfekt|parfait|"
    r"déja\w*|deja\w*|como\s+est[aá]|lass\w*|behalt\w*|laisse\w*|garde\w*|"
    r"tel\s+quel|lascia\w*|com['’]è|deixa\w*|не\s+трогай|оставь\w*|залиш\w*|не\s+чіпай|zostaw\w*|nech\w*|"
    r"behold|behåll|laat|end|ends|terminar|termine|termina|acabar|acabe|enden|endet|finir|finisse|finire|terminare|"
    r"закончи\w*|заканчива\w*|конча\w*|kończ\w*)(?![^\W\d_])"
    r"|そのまま|残し|残す|保留|不要动|不要動|别动|別動|그대로|유지|終わ|结束|結束|끝나"
)
# Before a time, the words that make it no spot to redraw a window around: kept, or an end, or a length.
_NOT_A_SPOT = quick(
    r"(?<![^\W\d_])(?:keep|keeping|leave|don'?t\s+touch|behalt\w*|lass|garde|gardez|deja|mant[eé]n|lascia|оставь|"
    r"не\s+трогай|end|ends|ending|stop|stops|until|till|bis|hasta|jusqu'à|fino\s+a|até|до|lasts?|long)(?![^\W\d_])"
    r"(?:\s+\S+){0,3}\s*$"
)


_MSS_PHRASE = quick(r"\d{1,2}:[0-5]\d(?::[0-5]\d)?")


def unplaced(tokens: list[Token], primary: list[float], derived: list[float]) -> list[Token]:
    """The tokens no value of the plan accounts for. Tokens with one reading take their value first: in '2
    versiones …, 2 min' the bare '2' (2, or 2 minutes) must not take the 120 s that only '2 min' can be."""
    left: list[Token] = []
    pools = [list(primary), list(derived)]
    for tok in sorted(tokens, key=lambda t: len(t.seconds)):
        placed = False
        for pool in pools:
            for i, value in enumerate(pool):
                if any(abs(value - s) <= 0.51 for s in tok.seconds):
                    pool.pop(i)
                    placed = True
                    break
            if placed:
                break
        if not placed:
            left.append(tok)
    return sorted(left, key=tokens.index)


def _fields_for(plan: Plan) -> tuple[str, ...]:
    return {
        "text_to_audio": ("duration",),
        "text_to_audio_v15": ("duration",),
        "audio_inpaint": ("start_time", "end_time"),
        "audio_outpaint": ("extend_before", "extend_after"),
        # A deliverable's seconds are a fade or a cut; a bare number beside a format may be its bitrate.
        "process_track": ("fade_in_s", "fade_out_s", "trim_start_s", "trim_end_s", "bitrate_kbps"),
    }.get(plan.tool, ("request",))


# -- cues ------------------------------------------------------------------------------------------------


_LOOP_WORD = LOOP_WORD


# Silence asked for ('5 seconds of silence'); a hyphenated compound ('a silence-ish pad') describes music.
_SILENCE = quick(
    r"(?<![^\W\d_])(?:silence|silencio|silêncio|silenzio|stille|stilte|tystnad|stilhed|stillhet|cisza|ticho|"
    r"тишин\w*|σιωπή|sessizlik|hiljaisuus|csend|keheningan|sunyi|yên lặng|im lặng|katahimikan|ukimya)(?![^\W\d_]|-)"
    r"|無音|静音|靜音|무음|खामोशी|मौन|ความเงียบ|صمت|سکوت|שקט"
)


# The languages whose unit words are complete enough that a number word without one is a count ('two
# hearts', 'dos corazones'), not a length in a form the tables lack.
_WELL_COVERED = ("en", "de", "es", "fr", "it", "pt", "nl", "ru", "ja", "ko", "zh", "hi")


@lru_cache(maxsize=1)
def _covered_number_words() -> frozenset[str]:
    from ace_step_mcp.router.read import _number_key
    from ace_step_mcp.router.vocab_data import NUMBERS

    return frozenset(_number_key(w) for lang in _WELL_COVERED for w in NUMBERS.get(lang, {}))


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    return frozenset(w for words in LATIN_STOPWORDS.values() for w in words) | frozenset(
        {"het", "hat", "has", "hai", "sei", "tre", "dos", "set", "sat", "onze", "sto", "once"}
    )


def _common_word(word: str) -> bool:
    """A word of every day in some language that is a number in another ('het': Dutch 'the', Hungarian 'hét' seven;
    'hat': German 'has', Hungarian six; 'hai': Hindi 'is', Vietnamese two): never read as a number left over."""
    return word.lower() in _common_words()


def _spelled_number(text: str) -> str | None:
    """A spelled-out number from two to sixty of a language with thin unit tables ('त्रीणि'), as a word."""
    from ace_step_mcp.router.read import _number_key, _units

    numbers = _units()[1]
    covered = _covered_number_words()
    many = _count(text)  # ('tri verzije', 'två versioner': a count of takes, read as such)
    for m in re.finditer(r"[^\W\d_][\w\u0300-\u036f\u0900-\u0dff]*", text):
        word = m.group(0)
        if len(word) < 3 or (many is not None and many[0].startswith(word)):
            continue
        key = _number_key(word)
        value = numbers.get(key)
        if value is not None and 2 <= value <= 60 and key not in covered and not _common_word(word):
            return word
    return None


# Lyrics said without a colon, as speech is typed ('… les paroles c'est on danse sous le soleil', 'слова такие я иду
# по городу', 'الكلمات يا بحر خدني معاك'): where they end is not sure, so they are asked for; not what the words are
# about or in ('the lyrics are about my dog', 'la letra en español').
_LYRICS_SAID = quick(
    r"(?<![^\W\d_])(?P<mark>(?:the\s+)?(?:lyrics|words)\s+(?:are|go|say|should\s+be|would\s+be|will\s+be|ay)|"
    r"with\s+the\s+lyrics|(?:les\s+)?paroles\s+(?:c'est|ce\s+sont|sont|disent|seraient|seront)|(?:la\s+)?letra\s+(?:es|"
    r"dice|sería|seria|é|diz|vai\s+assim|va\s+así)|(?:las\s+|as\s+)?palabras\s+son|(?:il\s+)?testo\s+(?:è|dice|fa)|"
    r"(?:le\s+)?parole\s+(?:sono|dicono)|(?:der\s+)?(?:songtext|liedtext|text)\s+(?:ist|lautet|geht\s+so|wäre|"
    r"soll\s+sein|soll\s+lauten)|(?:de\s+)?tekst\s+(?:is|luidt|jest|to|je|er|är|blir)|(?:texten|teksten)\s+(?:är|er|"
    r"blir|skal\s+være|ska\s+vara)|(?:слова|текст)\s+(?:песни\s+)?(?:такие|будут|вот\s+такие|вот\s+такой)|(?:слова|"
    r"текст)\s+(?:пісні\s+)?(?:такі)|الكلمات(?:\s+هي)?|كلماتها|sözleri?\s+(?:şöyle|şu)|(?:lời|lời bài hát)\s+là|"
    r"बोल\s+(?:ये\s+)?(?:हैं|है)|متن\s+(?:آهنگ\s+)?(?:اینه|این\s+است|این\s+باشه)|가사는)"
    # (not what the words are about or in, nor how they are: 'the lyrics are about my dog', 'la letra es muy emotiva',
    # 'tekst jest o jej ogrodzie', 'lời là tiếng Việt')
    r"(?!\s*(?:about|in|up|sobre|en|em|sur|über|auf|su|di|o|о|об|про|на|عن|بال|بدون|حول|hakkında|về|tiếng|om|"
    r"tungkol|over|tentang|"
    r"very|really|so|super|quite|muy|bien|très|assez|molto|sehr|ganz|echt|очень|дуже|bardzo|veoma|vrlo|velmi|muito|"
    r"bem|πολύ|çok|sangat|rất|बहुत|خیلی|جدا|كتير|heel|erg|mycket|meget|veldig|nagyon|foarte|tosi|"
    r"simple|simples|short|court\w*|corta|kurz|breve|кратк\w*|easy|catchy|sad|happy|tristes?|joyeuses?|funny|"
    r"romantic\w*|romántic\w*|emotiv\w*|poéti\w*|poeti\w*|alegre|feliz|divertid\w*|lustig|traurig|einfach|semplice|"
    r"весёл\w*|весел\w*|грустн\w*|прост\w*|smutn\w*|wesoł\w*|tužn\w*|dulce|doce|dolce|douce|sweet|cute|"
    r"positive|positiv\w*|meaningful|deep|silly|cheesy)(?![^\W\d_]))"
    r"\s+(?=(?:[^\s\d,.;:!?،]+\s+){2}[^\s\d,.;:!?،])"
    r"|(?P<glued>歌词是|歌詞是|歌詞係|歌词就是)\s*(?=[^\s，,。.]{4})"
)


_AFTER_A_RUN = quick(
    r"(?:\s+\S+(?=\s*(?:kbps|kb/s|lufs|bpm)(?![^\W\d_])))?\s*(?:kbps|kb/s|k|lufs|lu|db|bpm|hz|khz|ms|s|sec\w*|"
    r"seg\w*|sek\w*|min\w*|%|no|nein|non|não|nie|не|ні|yok|hapana|không|ไม่ใช่|wait|sorry)(?![^\W\d_])"
)


# What a number said in words must follow, within three words, to be a setting or a time the plan left out: a format,
# a setting's word, a minus, a unit of time, or a word that takes a value back ('mp3 olarak üç yüz yirmi', 'लाउडनेस
# माइनस चौदह', 'با کیفیت سیصد و بیست', 'sekunde ishirini hapana thelathini', 'phút một ba mươi', 'मतलब पच्चीस'); not
# the guests, the dancers or the grandmother's age of a story ('düğünde iki yüz kişi var', 'عمر جدي خمسة وثمانون').
_SETTING_BEFORE = quick(
    r"(?:mp3|ogg|wav|flac|kbps|kb/s|lufs|bitrat\w*|bit|hızı|loudness|qualit\w*|calidad|calitat\w*|kalite\w*|"
    r"keyfiyyət\w*|kvalit\w*|kualitas|kalidad|jakoś\w*|kokyb\w*|ποιότητα|איכות|באיכות|کیفیت|جودة|بجودة|بیت|ریت|"
    r"لاؤڈنس|लाउडनेस|volume|tok|minus|माइनस|منفی|منفى|سالب|ناقص|минус|мінус|eksi|mənfi|menos|moins|meno|tolak|ลบ|"
    r"hapana|मतलब|یعنی|sorry|perdón|pardon|scusa|desculpa|sori|maaf)"
)
# ... or right before it (or before a number word right before it): a unit of time, or a 'no' that takes a value back
# ('phút một ba mươi', 'veinte no treinta'); not further off ('extend by 1 minute, we'll be two hundred').
_TAKES_BACK_WORDS = r"no|not|non|nein|não|nao|nie|не|ні|нет|yok|לא|لا|نه|नहीं"
_TAKES_BACK = quick(_TAKES_BACK_WORDS)
_RIGHT_BEFORE = quick(
    rf"(?:{_TAKES_BACK_WORDS}|phút|giây|minute|minutes|min|sekunde|saniye|"
    r"seconds?|secondes?|segundos?|secondi|sekund\w*|секунд\w*|минут\w*|ثانية|ثواني|ثانیه|سیکنڈ|सेकंड|ਸਕਿੰਟ|"
    r"dakika|menit|detik|perc|másodperc\w*|sekuntia|sekunder|sekunden|minuten|minuti|minutos|minuto)"
)


_MORE_THAN = quick(
    r"more|less|mehr|weniger|plus|moins|más|menos|mais|più|meno|więcej|mniej|повече|по-малко|больше|меньше|"
    r"víc|méně|daha|تزيد|اكثر|أكثر|اقل|أقل|زيادة"
)


def _setting_before(text: str, start: int, numbers: dict[str, float]) -> bool:
    from ace_step_mcp.router.read import _number_key

    before = text[max(0, start - 80) : start]
    before = before[max(before.rfind(c) for c in ".;!?\n") + 1 :]  # (in the run's own sentence)
    words = [w.strip("\"'(),:").lower() for w in before.split()]
    if any(_SETTING_BEFORE.fullmatch(w) for w in words[-4:]):
        return True
    last = words[-3:]
    if any(
        _TAKES_BACK.fullmatch(w) and not (j + 1 < len(last) and _MORE_THAN.fullmatch(last[j + 1]))
        for j, w in enumerate(last)
    ) and any(c.isdigit() for c in before):
        return True  # (a value taken back, with words between: 'o 10 sekund, nie, jednak dwadzieścia'; not 'nie
        # więcej niż pięćdziesiąt osób', no more than fifty people)
    while words and (numbers.get(_number_key(words[-1])) is not None or any(c.isdigit() for c in words[-1])):
        words.pop()  # ('phút một ba mươi': the minute's number word, then the unit; a time read before it)
    return bool(words) and _RIGHT_BEFORE.fullmatch(words[-1]) is not None


# What the lyrics are about, said after the mark ('texten är om …', 'lyrics ay tungkol sa …', '歌词是关于…', 'बोल हैं
# … के बारे में'): a description, not the words.
_ABOUT_AFTER = quick(r"关于|關於|について|에\s*대한|에\s*관한|에\s*관해|के\s+बारे|کے\s+بارے|درباره|حول")


def _spelled_run(text: str, used: set[float], *, agent_said: bool = False) -> str | None:
    """A run of number words whose parts fall as one number ('üç yüz yirmi' 320, 'ਤਿੰਨ ਸੌ ਵੀਹ', 'ba mươi' 30), or one
    number word from eleven up ('चौदह', 'thelathini'), whose value the plan does not use (`used`) and no unit or
    'no' follows: a setting or a time said in words the tables do not read with it. Where the agent passed numbers
    (`agent_said`), not the tail of a longer number it read ('ثلاث مية وعشرين' is 320, not 'مية وعشرين')."""
    from ace_step_mcp.router.read import _SPELLED_WORD, _number_key, _spelled_value, _units

    numbers = _units()[1]
    words = list(_SPELLED_WORD.finditer(text))
    i = 0
    while i < len(words):
        best, value = i, None
        for j in range(i, min(i + 8, len(words))):  # (a run of at most eight words: linear)
            if j > i and text[words[j - 1].end() : words[j].start()].strip():
                break
            if (v := _spelled_value([w.group(0).lower() for w in words[i : j + 1]], numbers)) is not None:
                best, value = j, v
        run = [w.group(0) for w in words[i : best + 1]]
        if (
            value is not None
            and value >= 11
            and len("".join(run)) >= (6 if len(run) > 1 else 4)  # (not 's et', 'vi er', 'du es')
            and not any(_common_word(w) for w in run)
            and all(abs(value - u) > 1e-6 and abs(value * 60 - u) > 1e-6 for u in used)
            and not _AFTER_A_RUN.match(text, words[best].end())
            and _setting_before(text, words[i].start(), numbers)
            and not (i > 0 and numbers.get(_number_key(words[i - 1].group(0))) is not None and agent_said)
        ):
            return text[words[i].start() : words[best].end()]
        i = best + 1
    return None


_ANOTHER = quick(
    r"(?<![^\W\d_])(?:another one|one more(?! time)|a second one|otra igual|otra más|otra mas|noch so ein\w*|"
    r"une autre pareille|un'altra uguale|mais uma igual|nog zo een|ещё одн\w*|еще одн\w*)(?![^\W\d_])"
    r"|もう一つ|もう1つ|もう一曲|하나 더|한 곡 더|再来一首|再来一个|再做一首"
)


_THING_AFTER = quick(r"\s+(?:thing|question|request)(?![^\W\d_])")
_SECOND_PIECE = quick(
    r"(?<![^\W\d_])(?:like it|like this|one too|a second|another|also (?:make|do|create|give))(?![^\W\d_])"
)


def _more_pieces(text: str) -> re.Match[str] | None:
    """Words that ask for another piece beside the one planned ('2 min lofi, then another one just like it').
    Not a next message's own opening ('하나 더, 새 노래 1분짜리', 'ok, one more: …', 'one more thing: …'), unless
    another piece is asked after it ('ok, one more, and one more in jazz'); 'one more thing / question / request'
    later on asks for a piece only where its words say one ('and one more thing like it', '… request: a jazz one
    too'), not for one more instruction ('one more thing: no drums')."""
    opener = _OPENER.match(text)
    for more in _ANOTHER.finditer(text):
        if opener is not None and more.start() <= opener.end():
            continue
        if _THING_AFTER.match(text, more.end()) and not _SECOND_PIECE.search(text, more.end()):
            continue
        return more
    return None


# 'One more thing' opening a next message: no contrast between the versions it then asks for.
_ANOTHER_THING = quick(
    r"(?<![^\W\d_])(?:one more thing|another thing|otra cosa|un['’\s]\s*altra cosa|autre chose|une autre chose|"
    r"noch (?:etwas|was|eine sache)|mais uma coisa|outra coisa|ещё одно|еще одно|"
    # ('somthing totally different pls: upbeat funk, … 2 takes': different from the track, the takes alike)
    r"(?:something|somthing|smth)\s+(?:totally\s+|completely\s+|entirely\s+)?different|algo\s+(?:distinto|diferente)|"
    r"quelque\s+chose\s+de\s+différent|(?:etwas|was)\s+(?:ganz\s+)?anderes|qualcosa\s+di\s+diverso)(?![^\W\d_])"
    # ('и сделай ещё 3 варианта', 'і ще …': the message opens with 'and'; 'один повільний і ще один швидкий' sets
    # versions apart)
    r"|^\W*(?:и ещё|и еще|і ще|и|і|and|y|e|und|et|a|та)\s+"
)
# The words a next message opens with ('ok,', 'perfect!', '好的，', '좋아'): what follows them starts the request.
_OPENER = quick(
    r"\W*(?:(?:ok(?:ay)?|perfect|great|nice|cool|thanks|good|and|also|beleza|genial|perfecto|super|top|bien|bueno|gut|"
    r"prima|va bene|perfetto|ótimo|otimo|хорошо|отлично|ладно|и|تمام|طيب|ठीक है|ठिक छ|और|now|ahora|jetzt|maintenant|"
    r"ora|agora|теперь|الحين|अब)(?![^\W\d_])\W*|(?:好的|好|现在|那么|좋아요|좋아|그럼|이제|이건\s*됐고|새로|はい|いいね|それじゃ|今度は)\W*)*"
)


# A point in the track where it should start ('make it start at 0:10'): a cut, never seconds of new intro.
_STARTS_AT = quick(
    r"(?<![^\W\d_])(?:start|starts|begin|begins|empiece|empieza|comience|commence|beginnt|beginne|inizi|comece)"
    r"\s+(?:at|from|à|bei|ab)\s+(?:the\s+)?(?:\d{1,2}:[0-5]\d|\d+(?:\.\d+)?\s*s\b)"
)


def _shape_question(plan: Plan, notes: dict[str, Any], req: Request) -> tuple[str, tuple[str, ...]] | None:
    """A request to shape the track (cut it, mix it, take a part of it as a file) planned as a paid render."""
    text = notes.get("text", "")
    tool = plan.tool
    if tool == "audio_outpaint" and req.extend_before is None and (m := _STARTS_AT.search(text)):
        return (f"'{m.group(0)}' names a point in the track, not seconds of new music; to cut what is before it "
                f"use process_track's trim_start_s, or pass extend_before for an intro", ("extend_before",))  # fmt: skip
    if tool not in ("audio_inpaint", "audio_outpaint"):
        return None
    tags = str(plan.arguments.get("tags") or "").strip().lower()
    same_sound = not tags or tags == str(notes.get("source_tags") or "").strip().lower()
    own = tags.replace(str(notes.get("source_tags") or "").strip().lower(), "")
    only_effect = bool(own.strip(" ,")) and all(EFFECT.search(t) for t in own.split(",") if t.strip())
    if (
        (m := EFFECT.search(text) or EFFECT.search((req.request or "").lower()))
        and (same_sound or only_effect)
        and req.tags is None
    ):
        return (f"'{m.group(0)}' is a mixing change, which an edit cannot make: it renders new music in the "
                f"track's own style there; say what should play (tags), or use an audio editor for it", ("tags",))  # fmt: skip
    delivered = plan.deliver.get("output_format") or plan.deliver.get("loudness_lufs") is not None
    if tool == "audio_inpaint" and delivered and not notes.get("edit_word") and same_sound:
        # 'give me the first 30 seconds as mp3': a part of the track as a file, not a paid regeneration of it.
        return ("the request asks for a part of the track as a file, but the plan regenerates that part; to cut "
                "it use process_track's trim_start_s / trim_end_s", ("start_time", "end_time"))  # fmt: skip
    return None


# A singer asked for in words ('with a female singer on the chorus', 'eine Sängerin', '女声'), not excluded.
_SINGER = quick(
    r"(?<![^\W\d_])(?:singers?|vocalists?|(?:female|male) (?:vocals?|voice)|rapper|sänger\w*|cantante\w*|"
    r"chanteu\w+|cantor\w*|zanger\w*|певиц\w*|певец|певца|співа\w+|gayak|गायक\w*|गायिका|مغني\w*|מזמר\w*|זמר\w*|"
    r"śpiewa\w*|zpěvák\w*|énekes\w*|laulaja\w*|sångare|sångerska|sanger|penyanyi|ca sĩ|mwimbaji)(?![^\W\d_]|-)"
    r"|歌手|女声|男声|女性ボーカル|男性ボーカル|여자 보컬|남자 보컬|가수|خواننده|مغنية|زמרת"
)
# Lyrics asked for in words ('with lyrics about my cat', 'ใส่เนื้อร้อง', 'con letra sobre', 'mit Text über').
_LYRICS_WANTED = quick(
    r"(?<![^\W\d_])(?:lyrics about|with lyrics|con letra|avec des paroles|avec paroles|mit text|mit songtext|con testo|"
    r"com letra|с текстом|з текстом|z tekstem|s textem|met tekst|med text|med tekst)(?![^\W\d_])"
    r"|ใส่เนื้อร้อง|ใส่เนื้อเพลง|เนื้อร้องเกี่ยวกับ|歌詞付き|歌詞を入れ|带歌词|帶歌詞|加歌词|가사 넣어|가사를 넣어"
)
_EXCLUDING = quick(
    r"(?<![^\W\d_])(?:no|not|without|sin|sem|sans|ohne|kein\w*|senza|без|bez|zonder|utan|uten|uden|ilman|tanpa|bila|walang|"
    r"بدون|بغیر|بلا|من غير|בלי|χωρίς|όχι|χωρις|不要|无|沒有|没有|なし|없이)(?![^\W\d_])\s*(?:[^\W\d_]+\s+){0,2}$"
)  # ('without a singer', 'bila sauti ya mwimbaji': the voice of a singer, two words on)
# A length with a side of the track beside it ('10s onto the end', '20 s at the start') in an edit of a range.
_SIDE_AMOUNT = quick(
    r"(?<![\w.:])(\d+(?:\.\d+)?)\s*(s|min)\b[^.,;:!?\d]{0,24}?(?<![^\W\d_])(?:end|ending|start|beginning|intro|outro)(?![^\W\d_])"
)


# Readings a red-team pass found planned, paid and wrong; each is asked instead.
# 'redo everything except 1:00-1:30', 'no toques del 1:00 al 1:30': the window named is the part to keep.
_EXCEPT = quick(
    r"(?<![^\W\d_])(?:except|but not|apart from|other than|besides|don'?t touch|do not touch|keep only|only keep|"
    r"leave only|todo menos|tudo menos|excepto|salvo|no toques|quédate solo con|quedate solo con|außer|ausser|in ruhe|sauf|"
    r"ne touche|garde seulement|garde juste|tranne|eccetto|tieni solo|exceto|não mexa|nao mexa|fica só com|кроме|"
    r"не трогай|оставь только|hariç|oprócz|behalve|utom|kecuali|trừ|ما عدا|عدا|باستثناء|छोड़कर)(?![^\W\d_])"
    r"|以外|除了|빼고|だけ残|のみ残|좋은데|괜찮은데|좋으니까|그대로\s*두고|유지하고"  # ('앞부분 20초는 좋은데 그 뒤로 다 다시')
)
_THE_REST = quick(
    r"\s*(?:pas\s+|nicht\s+)?(?:to\s+|à\s+|au\s+|a\s+|an\s+)?(?:the rest|le reste|reste|den rest|rest|el resto|lo demás|"
    r"il resto|o resto|остальн\w*|resztę|zbytek|ostatak|that\b)"
)
# Bars and measures are no seconds: 'redo bars 9-16', 'Takte 9 bis 16', 'an intro of 8 bars'.
_BARS = quick(
    r"(?:\d+\s*(?:-|to|bis|à|a|al|до)?\s*\d*\s*|(?<![^\W\d_]))(?:bars?|measures?|compases?|takte?n?|mesures?|battute|"
    r"compassos?|такт\w*|maten|takter|tahti\w*|ölçü\w*)(?![^\W\d_])(?=\s*\d)|\d+\s*(?:bars?|measures?|compases?|"
    r"takte?n?|mesures?|battute|такт\w*|maten|takter)(?![^\W\d_])|\d+\s*(?:小節|小节|마디)|(?:小節|小节|마디)\s*\d"
)
# A section of the song as what an extension lengthens ('extend the chorus by 10 s'): a part inside the track.
_SECTION_EXTENDED = quick(
    r"(?:extend|lengthen|longer|verlänger\w*|rallonge|allonge|allung\w*|alarga\w*|удлини\w*|продли\w*|伸ばし|延长|"
    r"延長|늘려)\s*(?:the\s+|den\s+|le\s+|il\s+|el\s+|la\s+|o\s+|a\s+)?(?:chorus|verse|bridge|drop|hook|solo|"
    r"refrain|strophe|ritornello|estribillo|coro|припев|куплет|бридж)(?=[^.;\d]{0,15}\d)|(?:サビ|副歌|후렴|コーラス)\S{0,3}?(?:延长|延長|伸ば|늘려|\d)",
    re.IGNORECASE,
)
_LONGER_FADE = quick(
    r"(?:longer|more gradual|slower|más largo|plus long|länger\w*|più lung\w*|mais long\w*|длиннее|более длинн\w*)\s+"
    r"(?:\w+\s+)?(?:fade|fundido|fondu|dissolvenz\w*|затухан\w*)|(?:fade|fundido|fondu)\w*\s+(?:\w+\s+)?(?:más larg|plus long)|"
    r"フェード\w*\s*を?\s*\d+秒に長く|淡出\w*加长",
    re.IGNORECASE,
)
# 'a few options', 'a couple of versions', 'unas cuantas opciones', 'несколько вариантов': several, no count.
_SEVERAL = quick(
    r"(?<![^\W\d_])(?:a few|a couple of|couple of|several|some|a bunch of|unas cuantas|unos cuantos|algunas|algunos|"
    r"varias|varios|un par de|quelques|plusieurs|ein paar|mehrere|einige|alcune|alcuni|qualche|algumas|alguns|"
    r"várias|vários|um par de|несколько|пару|пара|кілька|kilka|několik|een paar|meerdere|några|flera|noen|nogle|"
    r"birkaç|beberapa|vài|ilang|μερικ\w*|כמה|عدة|بعض|कुछ|কয়েকটি|няколко|nekoliko|неколико|niekoľko|néhány|több|"
    r"câteva|mai multe|useita|muutama|flere|bir kaç|bir neçə|mấy|kadhaa|چند|چندتا|کچھ|कई|ਕੁਝ|பல|కొన్ని|หลาย)"
    r"\s+(?:\w+\s+){0,2}(?:options?|versions?|takes?|songs|pjesam\w*|pesam\w*|песни|песен|piosen\w*|písní|"
    r"canciones|chansons|lieder|canzoni|músicas|canções|verzij\w*|верзиј\w*|verzi\w*|változat\w*|verzió\w*|versiuni|"
    r"versiot|versiota|versioita|versjoner|versioner|útgáf\w*|matoleo|ورژن|نسخه|संस्करण|ਵਰਜ਼ਨ|பதிப்பு\w*|వెర్షన్\w*|"
    r"เวอร์ชัน|เวอร์ชั่น|"
    r"opciones|versiones|tomas|options|versions|optionen|versionen|opzioni|versioni|opções|"
    r"versões|вариант\w*|верси\w*|варіант\w*|opcj\w*|wersj\w*|verz\w*|opties|versies|seçenek\w*|"
    r"versiyon\w*|pilihan|versi|phiên bản|εκδοχ\w*|גרסאות|نسخ|خيارات|वर्शन|विकल्प)(?![^\W\d_])|几个版本|幾個版本|いくつか|몇 가지|"
    r"几首|幾首|好几首|好幾首",
    re.IGNORECASE,
)
# Two different pieces joined in one request ('a lofi beat and a trap beat', 'un jingle y una canción de cuna').
_TWO_PIECES = quick(
    r"(?<![^\W\d_])(?:a|an|one|un|una|ein|eine|une)\s+[^,.;]{0,25}?\b(?:beat|song|track|jingle|piece|tune|lullaby|canción|"
    r"jingle|stück|track|morceau|chanson)s?\b(?:(?!with|con|avec|mit|com|featuring)[^.;]){0,20}?"
    r"(?:,?\s*(?:and|then|plus|y|und|et|e)\s+(?:then\s+)?)"
    r"(?:a|an|one|un|una|ein|eine|une)\s+[^,.;]{0,25}?\b(?:beat|song|track|jingle|piece|tune|lullaby|canción|canción de cuna|"
    r"stück|track|morceau|chanson)\b"
    r"|一首\S{1,6}和一首|一首\S{1,6}一首|(?:一つ|ひとつ|1つ|一曲)ずつ"
    r"|(?<![^\W\d_])(?:бит|трек|песн\w*|джингл)\s+и\s+(?:\w+\s+)?(?:бит|трек|песн\w*|джингл)(?![^\W\d_])"
    # 'one … and another (one) …' in the words of many languages: 'faz uma de rock e outra de jazz', 'y otra de',
    # 'et une autre', 'und eine andere', 'e un'altra', 'и ещё одну', 'bir rock şarkısı bir de rap şarkısı'.
    r"|(?<![^\W\d_])(?:and|y|e|et|und|i|и|а|en|och|og|ja|és|și|ve|dan|và|and then)\s+(?:also\s+)?"
    r"(?:another|une autre|un autre|otra|otro|outra|outro|un'altra|un altro|eine andere|einen anderen|ein anderes|"
    r"ещё одну|еще одну|ещё один|еще один|другую|другой|inną|inny|jinou|jiný|een andere|een ander|en annan|ett annat|"
    r"en anden|et andet|en annen|et annet|toinen|egy másik|una alta|un alt|başka bir|satu lagi|một bài khác)"
    r"(?!\s*(?:version|take|variant|versión|versão|variante|versione|верси|вариант|wersj|verzi|versio|változat))"
    r"(?=\s+(?:one|de|di|du|d'|of|in|en|mit|con|com|в|ve|[^,.;:]{0,20}?(?:song|track|beat|piece|tune|jingle|canci|"
    r"músic|music|chanson|morceau|lied|stück|canzon|brano|песн|трек|бит|şarkı|utw|piosenk|písn|nummer|låt|sang|"
    r"kappale|dal|cântec|lagu|bài|one\b)))"
    r"|(?<![^\W\d_])bir\s+[^,.;]{1,30}?\s+bir\s+de\s+[^,.;]{1,30}?(?:şarkı|parça|beat|müzik)"
    # 'jedan rep i jednu baladu', 'один рэп и одну балладу', 'jeden rap i jedną balladę': one X and one Y
    r"|(?<![^\W\d_])(?:jedan|jednu|jedna|jedno|jeden|jedną|один|одну|одна|одно|един|една)\s+"
    r"(?!minut|sekund|минут|секунд)[^\W\d_]{3,20}\s+"
    r"(?:i|и|a|и\s+ещё|и\s+еще)\s+(?:jedan|jednu|jedna|jedno|jeden|jedną|один|одну|одна|одно|един|една)\s+"
    r"(?!minut|sekund|минут|секунд)[^\W\d_]{3,20}",
    re.IGNORECASE,
)
# 'una intro de piano y otra de guitarra': 'another' of a part of the piece, not a second piece.
_A_PART_BEFORE = quick(
    r"(?<![^\W\d_])(?:intro\w*|outro|solo|parte|part|section|sección|secção|verse|verso|estrofa|couplet|strophe|"
    r"refrain|chorus|coro|estribillo|bridge|puente|pont|ponte)(?![^\W\d_])[^,.;]{0,30}$"
)
_ANOTHER_VERSION = quick(
    r"(?<![^\W\d_])(?:and|y|e|et|und|и|plus)\s+(?:also\s+)?(?:another|une autre|otra|outra|un'altra|eine andere|"
    r"ещё одну|еще одну)\s+(?:version|versión|versão|versione|variante|версию)(?![^\W\d_])"
)
# A length that is a part's ('a 30 second intro', 'a 10 second guitar solo', 'a 20 second drop') in a new piece.
_PART_LENGTH = quick(
    r"(?<![^\W\d_])(?:with|mit|con|avec|com|с|со|z|met|med|and|und|y|et|e)\s+(?:a\s+|an\s+|un\s+|una\s+|une\s+|einem\s+|einer\s+)?"
    r"\d+(?:[.,]\d+)?\s*(?:s|sec|secs|seconds?|min|minutes?)[\s-]+(?:long\s+)?(?:\w+\s+)?"
    r"(?:intro|outro|solo|drop|silence|pause|break|breakdown|bridge|build-?up|fade(?:[- ]?(?:in|out))?)\b"
)


# Lyrics written on one line after a section marker: '[Verse] three minutes of you [Chorus] two versions of me'.
_INLINE_MARKER = quick(
    r"\[(?:verse|chorus|bridge|hook|pre-chorus|intro|outro|куплет|припев|strophe|refrain|couplet|coro|estribillo|"
    r"verso|ritornello|strofa)[^\]\n]{0,12}\]"
)
# A number inside a title, a quote, or a subject ('a song called 60 Seconds', "a song titled '3 minutes'", 'like
# "Thirty Seconds to Mars"', 'about the 5 minutes before midnight', 'about waiting 30 seconds').
_TITLED = quick(
    r"(?:song|track|tune|piece|jingle|canción|cancion|tema|pieza|chanson|morceau|lied|stück|song|canzone|brano|música|"
    r"musica|faixa|песн\w*|трек)\s+(?:called|titled|named|entitled|llamad[ao]|titulad[ao]|appelée?|intitulée?|"
    r"heißt|namens|chiamat[ao]|intitolat[ao]|chamad[ao]|под названием|называется)\s+"
    r"(?:(?!that\b|which\b|lasting\b|lasts\b|long\b|about\b|for\b|with\b)[^\s,.;\n]+\s*){1,4}"
    r"|(?<![\w])['\"«“‘](?=\S)[^'\"»”’\n]{0,40}?(?:\d|one|two|three|four|five|six|ten|thirty|sixty)[^'\"»”’\n]{0,40}?['\"»”’](?![\w])"
    r"|\babout\s+(?:the|waiting)\s+(?:\w+\s+){0,2}\d+\s*(?:s|sec|seconds?|min|minutes?)\b"
    r"|\d+[\s-]*(?:second|minute)s?[\s-]+to[\s-]+mars",
    re.IGNORECASE,
)


# 'a French pop song in English', 'a Korean-style ballad in English': the style's language is not the sung one.
_IN_ANOTHER = quick(
    r"(?:sung\s+)?(?<![^\W\d_])(?:in|en|auf|em|in het|на)\s+[^\W\d_]+\s*$|(?:sung|cantad[ao]|chantée?|gesungen)\s+(?:in|en|auf|em)\s+"
)


def _planned_language(plan: Plan) -> str | None:
    """The code of the language the plan's tags sing in ('chinese vocal' → 'zh'), or None."""
    from ace_step_mcp.router.languages import NAMES

    tags = str(plan.arguments.get("tags") or "").lower()
    return next((code for code, name in NAMES.items() if f"{name.lower()} vocal" in tags), None)


def _style_language(text: str, codes: set[str]) -> bool:
    """Whether a language named as a style ('French pop', 'Korean-style') differs from the one sung in."""
    from ace_step_mcp.router.languages import names_in

    return any(code not in codes for _, code, _ in names_in(text, styles=True))


_SUNG_SIGN = quick(
    r"(?<![^\W\d_])(?<!nothing )(?<!nothing is )(?:sung|oohs|except|apart from|with vocals|with a voice|vocals but|"
    r"voice but)(?![^\W\d_])"
)
_PRICE_QUESTION = quick(
    r"(?<![^\W\d_])(?:how much (?:would|will|does|do)|what would it cost|what does it cost|cuánto cuesta|cuanto costaría|"
    r"wie viel kostet|combien coûte|quanto costa|quanto custa|сколько стоит)(?![^\W\d_])|多少钱|いくら|얼마"
)
_SPELLED = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "ten": 10, "thirty": 30, "sixty": 60}
# Words that make a named range no request: a question, praise, a price ('what is at 1:00-1:30?', '1:00-1:30 sounds
# great', 'how much would it cost to regenerate 1:00-1:30?').
_NOT_A_REQUEST = quick(
    r"(?<![^\W\d_])(?:sounds? (?:great|good|perfect|amazing|nice)|is (?:perfect|great|fine|good)|"
    r"what(?:'s| is)|how much|cost|price|don'?t change|leave it|keep it as|suena (?:genial|bien)|me gusta|qué es|"
    r"cuánto cuesta|no lo cambies|klingt (?:gut|super)|gefällt mir|was ist|wie viel|c'est parfait|j'aime|combien|"
    r"mi piace|quanto costa|gosto|quanto custa|нравится|что это|сколько стоит|звучит отлично)(?![^\W\d_])"
    r"|好听|喜欢|多少钱|是什么|いいね|好き|いくら|좋아|얼마"
)


def _title_number_used(m: re.Match[str], plan: Plan) -> bool:
    """Whether a number in the title or subject is the plan's length or takes."""
    values = [float(n) for n in re.findall(r"\d+", m.group(0))]
    values += [float(v) for w, v in _SPELLED.items() if re.search(rf"\b{w}\b", m.group(0))]
    duration = plan.arguments.get("duration")
    return any(v == plan.takes or (duration is not None and duration in (v, v * 60)) for v in values)


def _paid_misreadings(plan: Plan, notes: dict[str, Any], req: Request) -> tuple[str, tuple[str, ...]] | None:
    """Paid plans a careful reader would not make from these words: a window to keep, bars read as seconds, a
    section or a fade lengthened, a window longer than the track, several pieces unnumbered or different."""
    said = (req.request or "").lower()
    text = notes.get("text", "")
    tool = plan.tool
    args = plan.arguments
    window = ("start_time", "end_time", "extend_before", "extend_after")
    keep = _EXCEPT.search(said)
    if keep is not None and (
        _THE_REST.match(said, keep.end())
        or re.search(r"(?:остальное|the rest|il resto|le reste|den rest|rest)\s*$", said[: keep.start()])
        or "それ以外" in said
    ):
        keep = None  # "redo 1:00-1:30, don't touch the rest", 'остальное не трогай': the rest is what is kept
    if tool == "audio_inpaint" and req.start_time is None and keep is not None:
        return (f"'{keep.group(0)}' may name the part to keep, not the part to regenerate", window)
    if (
        tool in ("audio_inpaint", "audio_outpaint")
        and (m := _BARS.search(bars_to_seconds(said)))  # (bars with a tempo said are seconds by now)
        and not any(getattr(req, f) is not None for f in window)
    ):
        return (f"'{m.group(0)}' counts bars, not seconds; pass the range or the lengths in seconds", window)
    if (
        tool == "audio_outpaint"
        and not (req.extend_before or req.extend_after)
        and (m := _SECTION_EXTENDED.search(said))
    ):
        return (f"'{m.group(0).strip()}' lengthens a part inside the track, which an extension at an end does not do; "
                f"regenerate a range (start_time, end_time) or extend an end", window)  # fmt: skip
    if tool in ("audio_inpaint", "audio_outpaint") and (m := _LONGER_FADE.search(said)):
        return (f"'{m.group(0).strip()}' asks for a longer fade, not new music", ("fade_in_s", "fade_out_s"))
    length = req.audio_length_s
    last = float(args.get("start_time") or 0) if args.get("start_time_relative_to") == "end" else 0.0
    if tool == "audio_inpaint" and length and last > length + 0.5:
        return (f"the request names the last {last:g} s of a {length:g} s track", window)
    if tool == "audio_inpaint" and length:
        # 'from 3:45 to the end' or 'the first 300 s' of a 200 s track: a misread time or the wrong track; never
        # render a range that is not inside it
        start, end = (_absolute(args, k, length) for k in ("start_time", "end_time"))
        if start is not None and end is not None and not (-0.5 <= start < end <= length + 0.5):
            return (f"the request names {start:g}-{end:g} s, which is not inside the {length:g} s track", window)
    # (the verbs read from the text the negated ones were blanked from: "don't regenerate 1:00-1:30" asks nothing)
    plain = not notes.get("edit_word") and "regenerate" not in (notes.get("cues") or {}) and not AGAIN.search(text)
    if tool == "audio_inpaint" and req.start_time is None and (m := _PRICE_QUESTION.search(said)):
        return (
            f"'{m.group(0).strip()}' asks about the range, not for it to be regenerated",
            ("start_time", "end_time"),
        )
    if tool == "audio_inpaint" and req.start_time is None and plain:
        if (m := EFFECT.search(said)) is not None:
            return (f"'{m.group(0)}' is a mixing change, which an edit cannot make", ("tags", "start_time", "end_time"))
        asks = re.search(r"(?<![^\W\d_])(?:make|should|more|less|but|redo|change|replace|instead)(?![^\W\d_])", said)
        m = None if asks else _NOT_A_REQUEST.search(said)
        if m is not None or "regenerate" in (notes.get("negated") or ()):
            # '1:00-1:30 sounds great', 'what is at 0:45 to 1:00?', "don't regenerate 1:00-1:30": a range named,
            # but nothing asks for new music there
            return (f"the request names a range of the track but does not ask to regenerate it "
                    f"('{m.group(0).strip() if m else 'not'}')", ("start_time", "end_time"))  # fmt: skip
    if tool in ("audio_inpaint", "audio_outpaint") and not req.takes and (m := _SEVERAL.search(said)) is not None:
        return (f"'{m.group(0)}' asks for several renders but not how many; pass takes (at most 4)", ("takes",))
    if tool.startswith("text_to_audio") and (m := _INLINE_MARKER.search(said)) and not plan.arguments.get("lyrics"):
        return (f"'{m.group(0)}' opens lyrics written on one line; pass them as `lyrics`", ("lyrics",))
    if tool.startswith("text_to_audio") and (m := _TITLED.search(said)) is not None and _title_number_used(m, plan):
        return (
            f"'{m.group(0).strip()}' names a title or a subject, whose numbers are no length or count",
            ("duration", "takes"),
        )
    if tool.startswith("text_to_audio") and req.vocal_language is None:
        from ace_step_mcp.router.languages import names_in

        outside = notes.get("outside", said)
        from ace_step_mcp.router.languages import said_in

        named = names_in(outside)
        codes = {code for name, code, _ in named if said_in(outside, name)}
        negated = [n for n, _, at in named if _EXCLUDING.search(outside[max(0, at - 24) : at]) or re.search(
            r"(?:not in|no|sin|sans|ohne|не на|不要|没有)\s*$", outside[max(0, at - 10) : at])]  # fmt: skip
        planned = _planned_language(plan)
        if (
            len(codes) > 1
            or negated
            or (codes and planned is not None and planned not in codes)
            or (codes and _IN_ANOTHER.search(outside) and _style_language(outside, codes))
        ):
            # 'a song with no Spanish, English only', 'una canción española en inglés', '一首不要英文的歌'
            words = [(re.match(r"[^\W\d_]+", outside[at:]) or re.match(r"\S+", outside[at:]) or [n])[0]
                     for n, _, at in named[:3]]  # fmt: skip
            return (f"the request names {', '.join(repr(w) for w in words)}; which language should it be sung "
                    f"in", ("vocal_language",))  # fmt: skip
    if (sung := _vocals_beside_no_vocals(plan, req, _SUNG_SIGN, notes.get("outside", said))) is not None:
        return sung  # 'a song sung in Japanese, instrumental intro', 'instrumental except for the chorus'
    if (voiced := _voice_after_no_vocals(plan, req, notes)) is not None:
        return voiced  # 'Nada de voz aguda, quiero una voz grave', 'Takde vokal lelaki, nak vokal perempuan'
    if (refused := _instrumental_refused(plan, req, notes)) is not None:
        return refused  # 'not instrumental', 'instrumental नहीं चाहिए', 'مش instrumental', 'hindi instrumental'
    if tool.startswith("text_to_audio") and not req.takes:
        if (m := _SEVERAL.search(said)) is not None:
            return (f"'{m.group(0)}' asks for several pieces but not how many; pass takes (at most 4) for renders "
                    f"of the same request", ("takes",))  # fmt: skip
        if (m := _TWO_PIECES.search(said)) is not None and not _A_PART_BEFORE.search(
            said[max(0, m.start() - 40) : m.start()]
        ):
            return (f"'{m.group(0)}' asks for more than one piece; ask for each on its own, or pass takes for "
                    f"renders of the same one", ("takes", "tags"))  # fmt: skip
        if (m := _ANOTHER_VERSION.search(said)) is not None:
            # 'un rap, et une autre version plus lente': two pieces that differ, or two takes? Asked.
            return (f"'{m.group(0)}' asks for a second version; pass takes for renders of the same request, or ask "
                    f"for each version on its own", ("takes",))  # fmt: skip
        part = _PART_LENGTH.search(text) if req.duration is None and "duration" in args else None
        number = re.search(r"\d+(?:[.,]\d+)?", part.group(0)) if part is not None else None
        if part is not None and number is not None:
            seconds = float(number.group(0).replace(",", ".")) * (60 if "min" in part.group(0) else 1)
            if seconds == float(args["duration"]):  # 'a song with a 30 second intro': 30 s is the intro's
                return (f"'{part.group(0)}' is the length of a part, not of the piece; pass duration", ("duration",))
    return None


# A voice asked for after the words that made the plan instrumental ('Nada de voz aguda, quiero una voz grave',
# 'Takde vokal lelaki, nak vokal perempuan', '唔使人聲太大聲，輕輕哋唱就得'): no vocals of one kind, vocals of another.
_A_VOICE = quick(
    r"(?<![^\W\d_])(?:vocals?|voice|voz|voix|voce|stimme|gesang|vokal\w*|wokal\w*|голос\w*|вокал\w*|głos\w*|hlas\w*|"
    r"sing|sings|singing|sung|canta|cantar|cantado|cantada|cantando|chanté|chantée|singt|singen)(?![\w-])|"
    r"唱|歌声|人声|人聲|보컬|ボーカル|歌あり|"
    r"(?<![^\W\d_])(?:صوت|غناء|غنا|مغنية|مطربة|φωνή|φωνές|φωνητικά)(?![^\W\d_])"  # ('بدون مغني تبحث عن صوت، غناء نسائي')
)


_REFUSED_AFTER = quick(
    r"\s*(?:ke\s+)?(?:illama\w*|illa|इल्ला|नहीं|नही|nahi|nahin|nai|ਨਹੀਂ|نہیں|না|없이|없는|なし|無し|不要|ไม่|"
    r"kapa|bila|olmadan|olmasın|olmasin|istemiyorum|siz|sız|yok)(?![^\W\d_])"
)


def _voice_after_no_vocals(plan: Plan, req: Request, notes: dict[str, Any]) -> tuple[str, tuple[str, ...]] | None:
    cue = (notes.get("cues") or {}).get("no_vocals")
    word = cue.word if cue is not None else str(notes.get("instrumental_word") or "")
    if str(plan.arguments.get("lyrics") or "").strip().lower() != "[inst]" or req.instrumental is True or not word:
        return None
    text = (req.request or "").lower()
    at = text.find(word.lower())
    if at < 0:
        return None
    refused = [(c.start, c.end) for c in find_cues(text) if c.kind == "no_vocals"]
    voice = next(
        (
            v
            for v in _A_VOICE.finditer(text, at + len(word))
            if not _EXCLUDING.search(text[max(0, v.start() - 30) : v.start()])
            and not any(a <= v.start() < b or a < v.end() <= b for a, b in refused)
            and not _REFUSED_AFTER.match(text, v.end())
        ),
        None,
    )  # (not a voice refused again: 'instrumental, no vocals', 'fără voce', '唔要人聲', 'vocals illama', 'कोई vocals नहीं')
    return None if voice is None else (f"'{word}' asks for no vocals, but '{voice.group(0)}' asks for a voice",
                                       ("instrumental", "lyrics"))  # fmt: skip


# A word for 'not' right before the word that made the plan instrumental, in its clause, past at most two small
# words ('not instrumental', 'no es instrumental', 'không phải instrumental', 'مش instrumental', 'לא instrumental',
# 'sio instrumental', 'hindi instrumental' (Tagalog 'not'; the language's name too: asked either way), '不是纯音乐')...
_NOT_BEFORE = quick(
    r"(?:(?<![^\W\d_])(?:not|no|non|nicht|kein|keine|keinen|pas|não|nao|не|ні|nie|ne|nem|ikke|inte|ei|όχι|δεν|"
    # ('niet instrumentaal', 'geen instrumental', 'žádná instrumentálka', 'żadnego instrumentalu', 'ingen instrumental')
    r"niet|geen|žádná|žádný|žádné|žádnou|žiadna|žiadny|žiadne|żadnego|żadnej|żadna|ingen|inget|"
    r"לא|مش|مو|ليس|ليست|لا|نه|không|chẳng|chả|sio|siyo|hindi|bukan|tidak|jangan|gak|nggak|enggak|tak nak|nahi|nahin|"
    r"नहीं|नही|değil)\s+(?:(?:a|an|the|es|est|é|è|ist|sea|be|là|phải|phải là|lagu|just|purely|only|fully|totally|"
    r"un|una|uma|um|ein|eine|una canción|a song|so)\s+){0,2}"
    r"|(?<![^\W\d_])(?:pas|plus)\s+d['’]\s*"  # ("pas d'instrumental cette fois")
    r"|(?:不是|不要|不用|" + DONT_BIE + r"|非|ไม่ใช่|ไม่เอา)\s*)$"
)
# ... or after it, in the languages that say 'not' after ('instrumental नहीं चाहिए', 'instrumental ਨਹੀਂ', 'instrumental
# نہیں', 'instrumental değil', 'インストはいらない', 'instrumental은 싫어')
_NOT_AFTER = quick(
    r"\s*(?:(?:वाला\s+|wala\s+)?(?:नहीं|नही|nahi|nahin|ਨਹੀਂ|نہیں|নয়|না|இல்லை|வேண்டாம்|వద్దు|కాదు|değil|degil|"
    r"olmasın|olmasin|istemiyorum)(?![^\W\d_])|(?:は|が)?(?:いらない|要らない|やめて|嫌)|でなく|でない|(?:은|는|이)?\s*(?:싫어|싫고|빼고))"
)


def _instrumental_refused(plan: Plan, req: Request, notes: dict[str, Any]) -> tuple[str, tuple[str, ...]] | None:
    """An instrumental plan whose word for it is said with a 'not' ('not instrumental, with a voice'): sung or not
    is asked, unless the agent's `instrumental` field says false as the words do (true disagrees: asked too)."""
    word = str(notes.get("instrumental_word") or "")
    if str(plan.arguments.get("lyrics") or "").strip().lower() != "[inst]" or req.instrumental is False or not word:
        return None
    said = not_instrumental_said(req, word)
    return None if said is None else (f"'{said}' may say the piece should not be instrumental; should it be sung",
                                      ("instrumental", "lyrics"))  # fmt: skip


# 'No party without singing': a 'no' and one word before a 'without' that says no vocals.
_WITHOUT = quick(
    r"(?:without|zonder|ohne|sans|senza|sin|sem|без|bez|utan|uden|uten|ilman|án|tanpa|bila|χωρίς|בלי|بدون|بلا)"
    r"(?![^\W\d_])"
)
_NO_SUCH_THING = quick(
    r"(?<![^\W\d_])(?:no|geen|kein|keine|nessuna|nessun|ningún|ninguna|nenhum|nenhuma|aucun|aucune|нет|ingen|inget|"
    r"intet|ei)\s+[^\W\d_]+\s+$"
)


def not_instrumental_said(req: Request, word: str) -> str | None:
    """The words of the request that say 'not' of `word` (the word that made the plan instrumental, or a no-vocals
    cue of the request), or None."""
    text = unicodedata.normalize("NFKC", req.request or "").lower()
    spans = [(c.start, c.end) for c in find_cues(text) if c.kind == "no_vocals"]
    if (at := text.find(word.lower())) >= 0:
        spans.append((at, at + len(word)))
    for start, end in spans:
        before = _NOT_BEFORE.search(text[max(0, start - 40) : start])
        if before is None and _WITHOUT.match(text, start):
            before = _NO_SUCH_THING.search(text[max(0, start - 40) : start])  # ('geen feest zonder gezang')
        after = _NOT_AFTER.match(text, end)
        if before is not None or after is not None:
            return text[start - len(before.group(0)) if before else start : after.end() if after else end].strip()
    return None


def _vocals_beside_no_vocals(
    plan: Plan, req: Request, sign: re.Pattern[str], text: str
) -> tuple[str, tuple[str, ...]] | None:
    """A plan with no vocals whose words also ask for some (`sign` matched and not excluded just before it)."""
    if str(plan.arguments.get("lyrics") or "").strip().lower() != "[inst]" or req.instrumental is True:
        return None
    m = next((m for m in sign.finditer(text) if not _EXCLUDING.search(text[max(0, m.start() - 30) : m.start()])), None)
    return None if m is None else (f"the request says no vocals but also '{m.group(0)}'", ("instrumental", "lyrics"))


# A voice among the tags ('choir', 'female vocal', 'chœur', '合唱') or named in the words ('soprano', 'humming',
# 'vocalise', 'scat', 'summt', 'ハミング'): with "without words" beside it, the person may want singing with no words
# (a choir's 'aah', humming), which the model renders only with vocals.
_VOICE_TAG = quick(r"(?<![^\W\d_])(?:choir|vocals?|voice|humming|chant)(?![^\W\d_])")
_VOICE_WORD = quick(
    r"(?<![^\W\d_])(?:soprano|alto|tenor|baritone|singing|singer|sung|sings|hum\w*|scat|vocali[sz]\w*|vokalis\w*|"
    r"vocalizz\w*|wokaliz\w*|вокализ\w*|summt|summen|nynna\w*|tarare\w*|cantarol\w*|fredonn\w*|canticchi\w*|"
    r"σιγοτραγουδ\w*|напева\w*|мурлыч\w*|гунгун\w*|गुनगुना\w*|يدندن|دندنة|זמזום|מזמזמ\w*|coro|chœur|chor|хор|"
    r"voix|stimme|voz|voce|голос\w*|głos\w*|hlas\w*|ses|sesi)(?![^\W\d_])"
    r"|ハミング|スキャット|コーラス|ボーカリーズ|哼|和声|人声|허밍|스캣|코러스"
)
# "Without words" said of the music: right after a mark, or a few words after a noun for the piece ('piano, 2 min,
# sin palabras', 'una canción lenta sin letra', 'música relajante sin palabras'); said of people ('me quedé sin
# palabras', 'we understand each other without words', '我没有歌词，帮我写') it is no setting of the piece.
_MUSIC_NOUNS = (
    "song songs track tune piece music beat melody instrumental bgm canción cancion tema pista música musica pieza "
    "melodía chanson morceau musique mélodie lied stück musik melodie canzone brano pezzo melodia cançó peça песня "
    "песню музыка музыку трек мелодия мелодию пісня пісню музика utwór piosenka piosenkę muzyka muzykę skladba "
    "skladbu písnička písničku hudba hudbu pieseň pjesma pesma pjesmu pesmu glazba glazbu muzika muziku nummer liedje "
    "muziek låt sang musikk låten dal dalt zene zenét kappale musiikki musiikkia biisi melodi cântec piesă muzică "
    "şarkı şarkıyı müzik parça mahnı musiqi τραγούδι μουσική κομμάτι שיר מוזיקה أغنية اغنية موسيقى لحن آهنگ موسیقی "
    "ترانه گانا गाना गीत संगीत धुन ਗੀਤ ਗਾਣਾ গান সুর সংগীত பாடல் இசை పాట సంగీతం เพลง nhạc lagu muzik kanta awit "
    "musika wimbo muziki mizik chante daina melodija carmen cantus lag tónlist stykke stycke gamit"
)
_MUSIC_NOUN = frozenset(_MUSIC_NOUNS.split())
_STYLE_WORD = quick(
    r"(?<![^\W\d_])(?:jazz|rock|pop|lo-?fi|beat|piano|guitar|ambient|techno|house|trap|edm|synth\w*|electronic|"
    r"acoustic|orchestral|cinematic|chill|folk|metal|blues|funk|soul|classical|strings|drums|minut\w*|phút|phut|"
    r"giây|giay|минут\w*|секунд\w*|dakika\w*|saniye\w*|nhac|nhạc|bài|bai)(?![^\W\d_])"
)
_SAID_APART = quick(r"(?:^|[,;:(\[/\-–—、，。；：!?！？،؛؟।\n])\s*$")
_OF_SOMETHING_AFTER = quick(r"\s*(?:no\s|de\s+wa\b|の(?!曲|歌|音楽|BGM)|的(?!曲|歌|音乐|音樂|纯音乐|版本))")
_BUT_BEFORE = quick(
    r"(?<![^\W\d_])(?:but|and|now|pero|y|mais|et|aber|und|ma|mas|e|но|и|але|ale|a|maar|en|men|og|och|mutta|ja|"
    r"de|és|ama|ve|tapi|dan|nhưng|và|lakini|na|pero|لكن|و|אבל|ו|लेकिन|और|αλλά|και|dar|și|ngunit|pero)\s*$"
    r"|(?:但是|但|而且|でも|けど|하지만|그런데)\s*$"
)
_CJK_MUSIC_BEFORE = quick(r"(?:曲|歌|音乐|音樂|纯音乐|純音樂|BGM|bgm|노래|곡|음악|เพลง)\s*(?:で|は|的)?\s*$")


def _said_of_the_music(said: str, word: str) -> bool:
    at = said.find(word)
    if at < 0:
        return True  # (found folded or with a clitic: as the tables read it)
    if _OF_SOMETHING_AFTER.match(said, at + len(word)):
        return False  # 'uta nashi no sekai' (a world without songs), 'uta nashi de wa ikirarenai', '没有歌词的世界'
    before = said[:at]
    if _SAID_APART.search(before) or _CJK_MUSIC_BEFORE.search(before) or _BUT_BEFORE.search(before):
        return True  # ('the same but without lyrics', 'Giống vậy nhưng không có lời hát')
    if word.strip() in ("sözsüz",):
        return True  # one word, an adjective of the piece: 'sözsüz bir parça', 'sözsüz, bağlamalı'
    clause = re.split(r"[,;:.!?()\[\]、，。；：！？،؛؟।\n]", before)[-1]
    near = clause.split()[-4:]
    if any(w.strip("\"'«»“”") in _MUSIC_NOUN or any(c.isdigit() for c in w) for w in near):
        return True  # 'una canción lenta sin letra', 'трек … на полторы минуты без слов', '2 phút không có lời'
    from ace_step_mcp.router.style_words import find

    near_text = " ".join(near)
    return bool(_STYLE_WORD.search(near_text)) or any(True for _ in find(near_text))


_INTRO_OUTRO = quick(r"(?<![^\W\d_])(?:intro|outro|ending|tail|coda)(?![^\W\d_])")
# Seconds said of the fade itself: right after it, a few words on ('fade end مدته 3 s'), or right before it ('3 s fade')
_FADE_SECONDS = quick(
    r"fade\w*(?:\s+(?:in|out))?[^\d.]{0,24}?\d+(?:\.\d+)?\s*s\b|\d+(?:\.\d+)?\s*s\s+(?:\w+\s+)?fade"
)  # ('fade end مدته 3 s', 'a gentle fade at the end, maybe 4 seconds', '3 s fade')


def _voice_without_words(plan: Plan, req: Request, notes: dict[str, Any]) -> tuple[str, tuple[str, ...]] | None:
    """'a choir singing without words', 'Chor ohne Text', 'me quedé sin palabras': no vocals read from "without
    words" beside a voice, or said of something else than the piece."""
    from ace_step_mcp.router.cues import says_no_words

    cue = (notes.get("cues") or {}).get("no_vocals")
    if cue is None or req.instrumental is not None or not says_no_words(cue.word):
        return None
    if str(plan.arguments.get("lyrics") or "").strip().lower() != "[inst]":
        return None
    said = (req.request or "").lower()
    voices = [t for t in str(plan.arguments.get("tags") or "").split(",") if _VOICE_TAG.search(t) and "no " not in t]
    voice = voices[0].strip() if voices else None
    if voice is None and (m := _VOICE_WORD.search(said)) is not None:
        voice = m.group(0)
    if voice is not None:
        return (f"'{cue.word}' beside '{voice}' may mean singing with no words, or no voice at all",
                ("instrumental", "lyrics"))  # fmt: skip
    if not _said_of_the_music(said, cue.word):
        return (f"'{cue.word}' may not be said of the music; should it be instrumental, or sung (with lyrics written "
                f"for it)", ("instrumental", "lyrics"))  # fmt: skip
    return None


_A_NOUN_BEFORE = quick(r"(?:(?<![^\W\d_])(?:a|an|the|this|that|my|your)|\d\s*(?:s|secs?|seconds?|min\w*))\s*$")


def _cannot_be_done(plan: Plan, req: Request, said: str) -> tuple[str, tuple[str, ...]] | None:
    """Something the request asks that no tool here does ('export mp3 and pull the vocals out'), beside the part the
    plan makes: asked, naming it, before anything is rendered or written."""
    from ace_step_mcp.router.cannot import cannot

    for words in (plan.arguments.get("lyrics"), req.lyrics):
        if isinstance(words, str) and len(words) > 3:
            said = said.replace(words.lower(), " ")  # (the words to sing are not asked of the tools)
    found = cannot(
        said,
        plan.tool,
        has_format=bool((req.deliverables or {}).get("output_format")),
        read_format=bool(plan.arguments.get("output_format")),
    )
    if found is None:
        return None
    phrase, what = found
    return (f"'{phrase}' asks for {what}, which no tool here does; I can only regenerate a range, extend the track, "
            f"make a new piece or deliver the file (format, loudness, fades, trims, loop)", ("request",))  # fmt: skip


def _cue_question(plan: Plan, notes: dict[str, Any], req: Request) -> tuple[str, tuple[str, ...]] | None:
    """A cue the plan cannot place: what it is, and the fields that would settle it."""
    if (shaped := _shape_question(plan, notes, req)) is not None:
        return shaped
    if (paid := _paid_misreadings(plan, notes, req)) is not None:
        return paid
    said = (req.request or "").lower()
    said_cues: dict[str, Any] = notes.get("cues") or {}
    if (
        plan.tool == "audio_outpaint"
        and "trim" in said_cues
        and "trim" not in (notes.get("negated") or set())
        # (a verb, not a noun: 'lengthen this hook into a 2 min cut with a 30 s intro')
        and not _A_NOUN_BEFORE.search(said[: max(0, said.find(said_cues["trim"].word.lower()))][-14:])
        and len(time_tokens(str(notes.get("text", "")))) >= 2
        and not (req.extend_before or req.extend_after)
    ):
        # 'cut 10 s at the start and add 5 s at the end': a cut and an extension, two calls (both had become
        # extensions, the cut's 10 s added before the track)
        return (f"'{said_cues['trim'].word}' asks to cut the track, and the plan extends it (one call does one thing)",
                ("extend_before", "extend_after", "trim_start_s", "trim_end_s"))  # fmt: skip
    if (
        plan.tool.startswith("text_to_audio")
        and not plan.arguments.get("lyrics")
        and not req.lyrics
        and not req.instrumental
        and (these := THESE_WORDS.search(said)) is not None
    ):
        # ('Make a song with these lyrics I wrote yesterday about my dog', 'con esta letra mía de hace años'): words to
        # sing named and not given; never a render without them
        return f"'{these.group(0)}' names words to sing, but the request holds none", ("lyrics",)
    if (
        plan.tool.startswith("text_to_audio")
        and not plan.arguments.get("lyrics")
        and not req.lyrics
        and not req.instrumental
        and (own := WORDS_NOT_GIVEN.search(said)) is not None
        and not WRITE_THEM.search(said)
    ):
        # ("I've got lyrics for a wedding song, can you turn them into music?", 'text ti pošlu až zítra'): the
        # person's own words, not given; never a render without them
        return f"'{own.group(0)}' names your own words to sing, but the request holds none", ("lyrics",)
    for unit, key in ((_RATE_UNIT, "bitrate_kbps"), (_LOUDNESS_UNIT, "loudness_lufs")):
        if (
            (named := unit.search(said)) is not None
            and plan.arguments.get(key) is None
            and plan.deliver.get(key) is None
            and getattr(req, key, None) is None
        ):
            # ('с триста и двайсет kbps', 'гучність мінус чотирнадцять lufs', '비트레이트는 이백오십육으로'): a rate or a
            # loudness named, its number in words no table reads; never delivered without it
            return f"'{named.group(0)}' names a setting whose number I could not read", (key,)
    if (singer := _vocals_beside_no_vocals(plan, req, _SINGER, said)) is not None:
        return singer  # 'an instrumental track but with a female singer on the chorus'
    if (words := _vocals_beside_no_vocals(plan, req, _LYRICS_WANTED, said)) is not None:
        return words  # 'บรรเลงไม่มีเสียงร้อง แต่ใส่เนื้อร้องเกี่ยวกับแมว' (no singing, but with lyrics about my cat)
    if (wordless := _voice_without_words(plan, req, notes)) is not None:
        return wordless
    if plan.tool == "audio_inpaint" and not req.extend_before and not req.extend_after:
        start, end = plan.arguments.get("start_time"), plan.arguments.get("end_time")
        length = req.audio_length_s
        # ('tengeneza upya sekunde 15 za mwisho' with start_time 135, end_time 150 of a 150 s track: the last 15 s)
        last = (
            float(end) - float(start)
            if isinstance(start, int | float) and isinstance(end, int | float) and length and abs(end - length) < 0.5
            else None
        )
        for m in _SIDE_AMOUNT.finditer(str(notes.get("text", ""))):
            amount = float(m.group(1)) * (60 if m.group(2) == "min" else 1)
            if amount not in (start, end) and (last is None or abs(amount - last) > 0.01):
                # 'redo 0:40-0:50 and also tack 10s onto the end': a second, paid edit beside the window
                return (f"'{m.group(0).strip()}' asks for more at an end of the track besides the range",
                        ("start_time", "end_time", "extend_before", "extend_after"))  # fmt: skip
    cues: dict[str, Any] = notes.get("cues") or {}
    tool = plan.tool
    args = plan.arguments
    if tool == "audio_outpaint" and "regenerate" in cues and _SECTION_BESIDE.search(said) and not req.extend_after:
        # ('کورس کو دوبارہ بنائیں اور آخر میں 20 سیکنڈ بڑھا دیں': the chorus made again and 20 s added, two calls)
        return (f"'{cues['regenerate'].word}' asks to make part of the track again, and the plan extends it (one call "
                f"does one thing)", ("start_time", "end_time", "extend_before", "extend_after"))  # fmt: skip
    if tool == "audio_inpaint" and "extend" in cues:
        return (f"'{cues['extend'].word}' asks to extend the track, but the plan regenerates a range inside it",
                ("start_time", "end_time", "extend_before", "extend_after"))  # fmt: skip
    explicit_extend = req.extend_before is not None or req.extend_after is not None
    if (
        tool == "audio_outpaint"
        and "fade" in cues
        and "extend" not in cues
        and not explicit_extend
        and not _INTRO_OUTRO.search(str(notes.get("text", "")))
        and _FADE_SECONDS.search(str(notes.get("text", "")))
    ):
        # 'وأضف تلاشياً في النهاية مدته 3 ثوانٍ' (add a fade at the end lasting 3 s): the seconds are the fade's
        return (f"'{cues['fade'].word}' asks for a fade; should those seconds fade the track, or add new music",
                ("fade_in_s", "fade_out_s", "extend_before", "extend_after"))  # fmt: skip
    if tool == "audio_outpaint" and notes.get("has_window") and not explicit_extend:
        # 'make it instrumental from 0:30 to the end': a range inside the track, planned as an extension.
        return ("the request names a range inside the track, but the plan extends it",
                ("start_time", "end_time", "extend_before", "extend_after"))  # fmt: skip
    if tool == "audio_outpaint" and "regenerate" in cues and cues["regenerate"].word not in ("change",):
        return (f"'{cues['regenerate'].word}' asks to regenerate part of the track, but the plan extends it",
                ("start_time", "end_time", "extend_before", "extend_after"))  # fmt: skip
    if tool == "audio_outpaint":  # the plan's sides are the fields' where the agent passed them: checked the same
        before, after = float(args.get("extend_before_duration") or 0), float(args.get("extend_after_duration") or 0)
        side_before, side_after = notes.get("side_words") or (None, None)
        start_word = (cues["start"].word if "start" in cues else None) or side_before
        end_word = (cues["end"].word if "end" in cues else None) or side_after
        untouched = untouched_side(notes.get("text", "")) or untouched_side((req.request or "").lower())
        if untouched:  # 'vorne nix ändern', '后面不用动': a side named to be left as it is asks for nothing there
            start_word = start_word if before else None
            end_word = end_word if after else None
        if not before and not start_word and not untouched:
            start_word = doubtful_start(str(notes.get("text", "")))
        if start_word and not before:
            return (f"'{start_word}' puts new music at the start, but the plan adds none there",
                    ("extend_before", "extend_after"))  # fmt: skip
        if end_word and not after and not end_word.startswith("fade"):
            return (f"'{end_word}' puts new music at the end, but the plan adds none there",
                    ("extend_before", "extend_after"))  # fmt: skip
    if tool in ("audio_outpaint", "audio_inpaint") and (quiet := _SILENCE.search(notes.get("text", ""))):
        # 'add 5 seconds of silence at the end': silence is not music to pay a render for.
        return (f"'{quiet.group(0)}' asks for silence, which an edit renders as music; name the music to add "
                f"or leave the track as it is", ("tags", "extend_before", "extend_after"))  # fmt: skip
    looped = plan.deliver.get("loop") or _LOOP_WORD.search(notes.get("text", ""))
    if tool == "audio_inpaint" and looped and not notes.get("edit_word"):
        # 'take the first 30 seconds as a loop': a cut of the track to loop, not a paid regeneration of it.
        return ("the request asks for a loop of part of the track, but the plan regenerates that part",
                ("loop", "trim_start_s", "trim_end_s", "start_time", "end_time"))  # fmt: skip
    if (
        tool == "process_track"
        and not args.get("loop")
        and ("loop" in cues or _LOOP_WORD.search(notes.get("text", "")))
    ):
        # 'maak er een loop van en exporteer als wav': the format was read, the loop was not; never drop it.
        return ("the request says 'loop' but the plan does not loop the track", ("loop", "output_format"))
    regenerate = "regenerate" in cues and not notes.get("agent_format")  # the agent read 'change' as convert
    if tool == "process_track" and (regenerate or "extend" in cues):
        word = (cues["regenerate"] if regenerate else cues["extend"]).word
        return (f"'{word}' asks for new music, but the plan only processes the track",
                ("start_time", "end_time", "extend_before", "extend_after"))  # fmt: skip
    if tool == "audio_outpaint" and "trim" in cues and cues["trim"].word != "cut":
        return (f"'{cues['trim'].word}' asks to cut the track, which this edit does not do; one call does one "
                f"thing", ("request",))  # fmt: skip
    said = (req.request or "").lower()
    shaping = cues.get("trim") or cues.get("fade")
    # 'put/with/replace … a guitar solo' asks for new music; 'put a fade in the last 10 s' or 'replace it with a fade
    # out' names no sound but the fade.
    new_music = bool(re.search(r"\b(?:put|with|insert|replace|add)\b", notes.get("text", ""))) and (
        "fade" not in cues or notes.get("named_style", False)
    )
    plain = not notes.get("edit_word") and "regenerate" not in cues
    if (tool == "audio_inpaint" and shaping is not None and plain and not new_music) or (
        "fade" in cues
        and not notes.get("named_style", False)
        and (
            (tool == "audio_inpaint" and plain)
            # 'fade the intro in for 2 seconds': no word adds music; the seconds are the fade's
            or (tool == "audio_outpaint" and "add" not in cues and "extend" not in cues and not _ADD_WORD.search(said))
        )
    ):
        # 'fade out the last 5 seconds', 'quita los últimos 5 segundos': a range, but no word asks for new
        # music in it; the verb asks to shape the track.
        word = (shaping or cues["fade"]).word
        return (f"'{word}' asks to cut or fade the track, not to regenerate a range of it",
                ("fade_in_s", "fade_out_s", "trim_start_s", "trim_end_s", "start_time", "end_time"))  # fmt: skip
    edge = args.get("start_time") == 0 or (args.get("end_time_relative_to") == "end" and args.get("end_time") == 0)
    if (
        tool == "audio_inpaint"
        and plain
        and (heard := _PLAYBACK.search(said) or (_LEVEL.search(said) if edge else None)) is not None
    ):
        # 'play the last 10 seconds again', '最後の10秒を再生して', 'put the last 10 seconds at -6 dB / in mono',
        # 'les 10 dernières secondes encore plus fort': listening, or a level, not new music
        return (f"'{heard.group(0).strip()}' asks to hear or change the level of that part, not to regenerate it",
                ("start_time", "end_time", "loudness_lufs"))  # fmt: skip
    if (
        tool == "audio_inpaint"
        and edge
        and not req.start_time
        and not req.end_time
        and not notes.get("edit_word")
        and "regenerate" not in cues
        and not re.search(r"\b(?:put|with|insert|replace|add|less|more|better)\b", notes.get("text", ""))
        and not notes.get("named_style", False)
        and not AGAIN.search((req.request or "").lower())
    ):
        # 'vire les 4 dernières secondes': the first or last seconds and no word for new music there or its
        # sound; a verb the tables lack may cut them (free) as well as ask to regenerate them (paid).
        return ("the request names the track's first or last seconds but no word asks for new music there",
                ("trim_start_s", "trim_end_s", "fade_in_s", "fade_out_s", "start_time", "end_time"))  # fmt: skip
    no_format = not (plan.deliver.get("output_format") or args.get("output_format"))
    if (
        (
            no_format
            or not (
                (req.deliverables or {}).get("output_format") or _WRITTEN_WANTED.search((req.request or "").lower())
            )
        )
        and (other := _OTHER_FORMAT.search((req.request or "").lower())) is not None
        # (with a track whose own name is not that format, or a verb of converting: 'normaliza a -16 LUFS y expórtalo
        # en m4a', 'Spara som m4a', 'convertilo in m4a'): a format the tool does not write, never dropped; nor for a
        # format it writes named only in passing ('my teacher wants the file as m4a … I tried uploading mp3')
        and ("convert" in cues or (req.audio and not _OTHER_FORMAT.search(req.audio)))
    ):
        return _not_written(other), ("output_format",)
    if (
        (fmt := args.get("output_format")) is not None
        and (unwritten := _UNWRITTEN.search(said)) is not None
        and _format_refused(said, str(fmt))
    ):
        # ('no la quiero en mp3, ¿me la pasas a aac?', 'mp3-ə yox, aac-ə çevir', 'not mp3, aac please'): the format
        # planned is the one refused, and the one asked for is one the tool does not write
        return (f"'{unwritten.group(0)}' is not a format I can write; it can be wav, flac, mp3 or ogg",
                ("output_format",))  # fmt: skip
    if "convert" in cues and no_format and not _EXPORTED_BEFORE.search(said):
        return f"'{cues['convert'].word}' asks for another file format, but none is named", ("output_format",)
    if tool == "process_track" and "fade" in cues and not any(k.startswith("fade") for k in args):
        return f"'{cues['fade'].word}' asks for a fade the plan does not make", ("request",)
    if tool != "process_track" and req.audio and "loop" in cues and not plan.deliver.get("loop"):
        return f"'{cues['loop'].word}' asks for a loop the plan does not make", ("loop",)
    # (the tags' 'no vocals' counts only where a word for it was read as such: not 'geen gezang maar rap', whose
    # cue's words stayed in the tags when what followed them said otherwise)
    instrumental = str(args.get("lyrics") or "").strip().lower() in ("[inst]", "[instrumental]") or (
        "no vocals" in str(args.get("tags") or "").lower()
        and (bool(notes.get("instrumental_word")) or req.instrumental is True or tool != "text_to_audio")
    )
    if (
        "no_vocals" in cues
        and tool != "process_track"
        and not instrumental
        and not (req.instrumental is False and not_instrumental_said(req, cues["no_vocals"].word) is not None)
    ):
        return f"'{cues['no_vocals'].word}' asks for no vocals, but the plan has vocals", ("instrumental", "lyrics")
    trims = float(args.get("trim_start_s") or 0) + float(args.get("trim_end_s") or 0)
    if tool == "process_track" and req.audio_length_s and trims >= req.audio_length_s:
        # 'cut the last 40 seconds' of a 30 s track: nothing would be left; the length or the amount is misread
        return (f"the trims ({trims:g} s) take the whole {req.audio_length_s:g} s track",
                ("trim_start_s", "trim_end_s"))  # fmt: skip
    lyrics = str(args.get("lyrics") or "").strip().lower()
    if lyrics and lyrics not in ("[inst]", "[instrumental]") and instrumental and req.instrumental is None:
        # 'instrumental, no vocals, but sung with these lyrics: ...': which of the two?
        return "the request gives lyrics to sing but also asks for no vocals", ("instrumental", "lyrics")
    # (last: a format the tools do not write, where one was read, has its own question above)
    return _cannot_be_done(plan, req, said)


# -- the whole pass --------------------------------------------------------------------------------------

_LANGUAGE_SCRIPT = {
    "ar": "ARABIC", "fa": "ARABIC", "ur": "ARABIC", "bg": "CYRILLIC", "ru": "CYRILLIC", "uk": "CYRILLIC",
    "bn": "BENGALI", "el": "GREEK", "he": "HEBREW", "hi": "DEVANAGARI", "ne": "DEVANAGARI", "sa": "DEVANAGARI",
    "ja": "JAPANESE", "ko": "HANGUL", "pa": "GURMUKHI", "ta": "TAMIL", "te": "TELUGU", "th": "THAI",
    "zh": "CJK", "yue": "CJK",
}  # fmt: skip


def _script(text: str) -> str | None:
    counts: dict[str, int] = {}
    for ch in re.sub(r"\[[^\]]*\]", " ", text):
        if not ch.isalpha():
            continue
        name = unicodedata.name(ch, "")
        script = name.split(" ")[0]
        if script in ("HIRAGANA", "KATAKANA"):
            script = "JAPANESE"
        counts[script] = counts.get(script, 0) + 1
    if not counts:
        return None
    if counts.get("JAPANESE"):
        return "JAPANESE"
    return max(counts, key=lambda k: counts[k])


def _reads_latin_language(lyrics: str) -> bool:
    """Lyrics in Latin letters that read as a language written in them (a quarter of their words, and two at
    least, common words of English, Spanish, French... or letters only those write: 'é', 'ñ', 'ø'), not a
    romanisation of another script's ('tum bin jiya jaaye kaise', 'nee illama naan illa'), where a language
    guesser names anything at all."""
    body = re.sub(r"\[[^\]]*\]", " ", lyrics).lower()
    words = re.findall(r"[^\W\d_]+", body)
    common = max(sum(w in vocab for w in words) for vocab in LATIN_STOPWORDS.values())
    if romanised_count(body) > common:
        return False  # ('dil mera tu hi jaane': 'tu' is Spanish too, but more of its words are Hindi's)
    return (common >= 2 and common * 4 >= len(words)) or bool(re.search(r"[à-öø-ÿœßąćęłńśźżčďěňřšťůž]", body))


_FIELD_LYRICS = "\u2063"  # where the words held the lyrics passed as a field (an invisible separator)
_LABEL_THEN_FIELD = re.compile(r"[:：]\s*\u2063")


def _words_unsure(original: str) -> str | None:
    """The question where words may be lyrics or not: 'con la letra baila conmigo hasta que salga el sol' (or '… con
    la letra escrita por ti'), 'a parrot that says 'hello''."""
    if (unmarked := lyrics_said_unmarked(original) or lyrics_said_after_a_copula(original)) is not None:
        return f"Are '{unmarked[:60]}' the words to sing, or a description of the lyrics?"
    if (says := quote_someone_says(original)) is not None:
        return f"Are the quoted words '{says[:60]}' to be sung, or what someone in the song says?"
    if (before := lines_unlabelled(original)) is not None:
        return f"Are the lines after '{before[:60]}' the words to sing, or a description of the music?"
    if (last := last_line_unsure(original)) is not None:
        return f"Is the last line, '{last[:60]}', sung, or what the music should be like?"
    if (chorus := _CHORUS_QUOTE.search(original)) is not None:
        # ('avec le refrain « On tient debout »' is its words; 'refrain « à la Stromae »' says what it is like)
        said = next(g for g in chorus.groups() if g)
        return f"Are '{said[:60]}' the words of the chorus, or a description of it?"
    return None


# A quote right after the name of the chorus: its words, or what it should be like.
_CHORUS_QUOTE = quick(
    r"(?<![^\W\d_])(?:refrain|refrén|refren|refrão|refrao|refrein|ritornello|estribillo|chorus|hook|приспів|припев|"
    r"kertosäe|omkväde|omkvæd\w*|nakarat\w*|coro|refreng\w*)(?![^\W\d_])\s*[:：]?\s*"
    r"(?:\"([^\"\n]{2,200})\"|«\s*([^»\n]{2,200})»|“([^”\n]{2,200})”|„([^“”\n]{2,200})[“”]|'([^'\n]{2,200})')",
    re.IGNORECASE,
)


def _absolute(args: dict[str, Any], key: str, length: float) -> float | None:
    """A window's edge in seconds from the track's start (None: not a number)."""
    value = args.get(key)
    if not isinstance(value, int | float):
        return None
    return length - float(value) if args.get(f"{key}_relative_to") == "end" else float(value)


def _a_part_as_the_length(
    result: Plan, req: Request, text: str, parts_in: Callable[[str], list[tuple[str, float, int]]] | None
) -> str | None:
    """The phrase where a new piece's length was taken from the first or last seconds of something ('redo the last
    20 seconds', '20 detik terakhir', 'شروع کے 5 سیکنڈ' with no track open): a part of a track, asked; None else."""
    if req.audio or req.duration is not None or not result.tool.startswith("text_to_audio"):
        return None
    duration = result.arguments.get("duration")
    if not isinstance(duration, int | float) or parts_in is None:
        return None
    # (the planner's own reader of those parts, passed in its notes: this pass does not import the planner)
    for phrase, seconds, end in parts_in(text):
        if abs(seconds - float(duration)) < 0.5 and not _OF_A_VIDEO.match(text, end, end + 40):
            return phrase
    return None


# '… for the first 45 seconds of my podcast': a piece for part of something else, as long as that part.
_OF_A_VIDEO = quick(
    r"\s*(?:of|de|del|di|du|des|von|vom|из|з|z|van|av)\s+(?:\w+\s+){0,2}(?:video|vídeo|vidéo|podcast|film|filme|"
    r"movie|clip|reel|ad|advert|commercial|trailer|show|stream|presentation|presentación|présentation|видео|відео|"
    r"wideo|intro|story|tiktok|youtube)"
)


# An editor's times: a time in brackets ('van [00:01:30] tot [00:01:40]'), a timecode on a whole frame ('TC
# 00:00:42:00', the frames 00: its seconds are sure; other frames need the frame rate, and are left to a question), and
# milliseconds ('1500 ms fade in').
_BRACKETED_TIME = quick(r"[\[(]\s*(\d{1,2}:\d{2}(?::\d{2})?)\s*[\])]")
_WHOLE_FRAME = quick(r"(?<![\d:;])(\d{1,2}:\d{2}:\d{2})[:;]00(?![\d:;])")
_MILLISECONDS = quick(
    r"(?<![\w.,:])(\d{1,6})\s?(?:ms|msec|millisec\w*|milliseconds?|milisegundos?|millisecondes?|millisekunden?|"
    r"millisecondi|milissegundos?|миллисекунд\w*|мілісекунд\w*|мс)(?![^\W\d_])",
    re.IGNORECASE,
)


def _multiplies_the_request(original: str, said: str, times: re.Match[str]) -> bool:
    """Whether a multiplier found in `said` (the request lower-cased, lyrics blanked) asks for more of the request."""
    length_before = _LENGTH_JUST_BEFORE.search(said, max(0, times.start() - 24), times.start()) is not None
    # (not a name's capital X glued to its number: 'Mega Man X3', 'BMW X5', 'Nord Lead 2X'; but a length is no name:
    # 'Trap Beat 30 Sec X3', 'LOFI BEAT 30S X3')
    named = (
        len(original) == len(said)
        and _NAMED_X.fullmatch(original[times.start() : times.end()].strip()) is not None
        and _CAPITAL_WORD_BEFORE.search(original, max(0, times.start() - 24), times.start()) is not None
        and not length_before
    )
    # (in the request's last sentence: 'Školní představení hrajeme 3x. Přidej …' tells how often the show runs)
    last = not any(m.group(1) not in _COURTESY for m in _ANOTHER_SENTENCE.finditer(said, times.end()))
    return not named and (last or length_before)


def _clock_habits(text: str) -> str:
    if ":" in text:
        text = _WHOLE_FRAME.sub(r"\1", _BRACKETED_TIME.sub(r" \1 ", text))
    return _MILLISECONDS.sub(_milliseconds, text)


def _milliseconds(m: re.Match[str]) -> str:
    """Seconds for a fade's or a cut's milliseconds only ('1500 ms fade in', 'wycisz końcówkę przez 2000 ms', 'cut the
    first 500ms'); others stay as written ('a 200ms delay on the snare', 'latency under 10 ms'): an effect's time,
    never the piece's length. The fade and cut words are the cue tables' (every language) and _FADE_NEAR's."""
    near = m.string[max(0, m.start() - 32) : m.end() + 32]
    # (not where an effect's time is said beside it: 'shorten the reverb tail to 500 ms', 'delay de 500 ms')
    if _EFFECT_TIME.search(near):
        return m.group(0)
    shaped = _FADE_NEAR.search(near) or any(c.kind in ("fade", "trim") for c in find_cues(near.lower()))
    return f"{int(m.group(1)) / 1000:g} s" if shaped else m.group(0)


_EFFECT_TIME = quick(
    r"reverb|hall|delay|echo|écho|eco|tail|pre-?delay|attack|release|decay|latenc\w*|sidechain|swing|nachhall|riverbero|"
    r"ritardo|retardo|atraso|ревер\w*|дилей|задержк\w*|リバーブ|ディレイ|混响|延迟|리버브|딜레이|디케이|어택|릴리즈",
    re.IGNORECASE,
)
_FADE_NEAR = quick(
    r"fade|fad(?:e|ing)|fundido|fondu|ausblend\w*|einblend\w*|dissolvenz\w*|esvaec\w*|затуха\w*|затух\w*|"
    r"фейд|フェード|淡入|淡出|페이드",
    re.IGNORECASE,
)


# Words that say a message only asks ('just asking', 'solo pregunto', 'tak tylko pytam', '聞いてみただけ') or that
# nothing is wanted yet ("I don't need anything right now", 'na razie nic nie potrzebuję').
_ONLY_ASKING = quick(
    r"(?<![^\W\d_])(?:just asking|only asking|just curious|(?:just\s+)?out of curiosity|por curiosidad|par curiosité|"
    r"(?:rein\s+)?aus neugier|per curiosità|por curiosidade|из любопытства|з цікавості|z ciekawości|merak ettim|"
    r"iseng tanya|(?:i\s+)?(?:don['’]?t|do not)\s+need\s+"
    r"(?:anything|it)\s+(?:(?:right\s+)?now|yet|for now)|nothing\s+for\s+now|solo pregunto|sólo pregunto|"
    r"solo preguntaba|sólo preguntaba|es solo una pregunta|nur (?:eine |mal )?(?:so )?(?:gefragt|frage)|frag(?:e)? nur|"
    r"je demande juste|je demandais juste|c['’]est juste une question|chiedo solo|chiedevo solo|era solo una domanda|"
    r"só (?:uma )?pergunta|só perguntando|só queria saber|tak tylko pytam|tylko pytam|na razie nic nie potrzebuję|"
    r"просто спрашиваю|просто интересуюсь|просто питаю|просто цікавлюся|samo pitam|pitam samo|jen se ptám|"
    r"len sa pýtam|csak kérdezem|csak kérdeztem|vain kysyn|kysyn vain|bare spør|spør bare|jeg spør bare|frågar bara|"
    r"undrar bara|spørger bare|ik vraag het alleen|ik vraag het maar|gewoon een vraag|sadece soruyorum|"
    r"sadece merak ettim|cuma nanya|cuma tanya|hanya bertanya|saja bertanya|sekadar bertanya|chỉ hỏi thôi|"
    r"hỏi thôi|nagtatanong lang|natanong lang|naomba kuuliza tu|nauliza tu|مجرد سؤال|بس بسأل|بس أسأل|بس اسأل|"
    r"بس سؤال|"
    r"فقط می[\u200c ]?پرسم|فقط سوال|סתם שואל|סתם שואלת|רק שואל|רק שואלת|बस पूछ रहा|बस पूछ रही|सिर्फ़ पूछ रहा|"
    r"सिर्फ पूछ रहा|بس پوچھ رہا|بس پوچھ رہی|শুধু জিজ্ঞেস করছি|просто питам|само питам|απλώς ρωτάω|απλά ρωτάω|"
    r"doar întreb|întreb doar|només pregunto|just vraag)(?![^\W\d_])"
    r"|聞いてみただけ|聞いただけ|訊いてみただけ|只是问问|只是問問|随便问问|隨便問問|그냥 궁금해서|그냥 물어본|"
    r"แค่ถามเฉยๆ|แค่ถามดู|淨係問下|只係問下"
)
# A question of what it costs ('how much would a 3 minute song cost?', '3분짜리 곡 만들면 얼마 들어요?', 'сколько это
# стоит'): answered by a dry run, never by a paid render.
_COST_QUESTION = quick(
    r"(?<![^\W\d_])(?<!no matter )(?<!whatever )(?:how much (?:would|will|does|do|is|did|it|that|for)\b[^.!?\n]{0,40}?"
    r"(?:cost|charge|pay)|"
    r"what(?:'s| is| would be| does it)? (?:the )?(?:price|cost)|cuánto (?:cuesta|costaría|costará|sale|saldría|cobras)|"
    r"cuanto (?:cuesta|costaria|sale)|combien (?:ça|ca|cela) (?:coûte|coute|coûterait|couterait)|combien coûte|"
    r"was kostet(?! die welt)|wie ?viel kostet|was würde (?:das|es) kosten|quanto costa|quanto costerebbe|quanto custa|"
    r"quanto custaria|quanto sai|сколько (?:это |будет )?стоит|сколько будет стоить|скільки коштує|скільки це коштує|"
    r"ile kosztuje|ile to kosztuje|ile by kosztował\w*|kolik to stojí|kolik stojí|mennyibe kerül|kaç para(?! olursa)|"
    r"ne kadar tutar|berapa harga\w*|berapa biaya\w*|bao nhiêu tiền(?!\s+cũng)|hết bao nhiêu|كم سعر|كم يكلف|كم تكلف|"
    r"چقدر (?:هزینه|خرج|می‌شه|میشه)|कितना खर्च|कितने पैसे|कितने का|כמה (?:זה )?עולה|πόσο κοστίζει|کتنے کا|کتنے میں|"
    r"ਕਿੰਨੇ ਦਾ|ਕਿੰਨੇ ਵਿੱਚ|कितने में(?=[^?？\n]{0,24}[?？]))(?![^\W\d_])"
    r"|いくら(?:かかる|ですか|くらい|位|\s*[？?])|いくらになる(?:\s*[？?]|の)|(?:料金|値段)は(?:いくら|どれくらい|どのくらい)|"
    r"얼마(?:\s*들어|야|예요|에요|인가요)|비용이?\s*얼마(?!든|라도)|얼마나\s*들어|多少钱|多少錢|幾多錢|(?:怎么|怎麼)收费|"
    r"(?:怎么|怎麼)收費|收费多少|收費多少|要花多少(?:钱|錢|\s*[？?])|"
    r"بكم(?=\s*[؟?])|^\s*بكم(?![^\W\d_])(?=[^\n]*[؟?]\s*$)|كم (?:التكلفة|تكلفة|الكلفة)|कितना लगेगा\s*[?？]|कितना पैसा|"
    r"(?<![^\W\d_])(?:set me back(?=\s*[?？])|what['’]s the damage|how many credits|kaça olur|kaça mal olur|"
    r"ne kadar olur|¿\s*(?:sale|es|será|saldría) car[oa]|do i (?:have|need) to pay|is (?:it|this|that) (?:free|expensive)|"
    r"muss ich [^.?!\n]{0,40}?bezahlen|¿\s*es gratis|es gratis(?=[^.!¡\n]{0,40}[?？])|ist (?:es|das) (?:kostenlos|gratis)|"
    r"c['’]est gratuit|est-ce (?:que c['’]est )?gratuit|will i be charged|do i get charged|am i charged|"
    r"(?:tiene|tendrá|hay) (?:algún |un )?costo|ücretsiz mi|ücretli mi)(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:is|are(?! we| you)|ist|sind|é|são|es|son|est|sont)\s[^.?!\n]{0,40}?(?:free|expensive|kostenlos|gratis|grátis|gratuit|gratuito|"
    r"gratuita|gratuite)\s*[?？]|(?<![^\W\d_])(?:é|es|est-ce) (?:grátis|gratis|gratuit\w*)(?=[^.!\n]{0,60}[?？])"
    r"|^\W*(?:price|prices|pricing|cost|costs|cena|ceny|preis|prijs|pris|цена|ціна)\s+(?:for|of|za|für|voor|för|på|na|"
    r"на|за)\s+(?:a|an|one|the|un|une|una|uno|ein|eine|einen|een|en|ett|\d)"
    r"|(?<![^\W\d_])(?:is|are) (?:it |they |this |these |that |those )?[^.?!\n]{0,40}?free to [^.?!\n]{1,30}[?？]"
    r"|(?<![^\W\d_])(?:free|फ्री|फ़्री|मुफ्त|मुफ़्त) (?:hai|hain|he|है|हैं)(?=\s*[?？])|ఉచితమా|இலவசமா|ফ্রি কি|বিনামূল্যে কি|"
    r"有料(?:ですか|なの|でしょうか|\s*[？?])|無料ですか|무료(?:인가요|인지|(?:예요|에요|야)\s*[?？])|免费吗|免費嗎|要钱吗|要錢嗎|贵吗|貴嗎|贵不贵|"
    r"貴不貴"
)
# A word of price or cost in the 50 languages ('coûte', 'costa', 'kostar', 'maksaa', 'stoja', 'kainuoja', 'خرچہ',
# 'neçəyə', 'koute', '돈 더 들어요'), read only inside a question (see below).
_PRICE_WORD = quick(
    r"(?<![^\W\d_])(?:cost|costs|price|prices|pricing|coûte\w*|coute\w*|coût|prix|cuesta\w*|costar\w*|costano|"
    r"costerebbe|custa\w*|custo|preço|kostet|kosten|kost|kostar|koster|kostnað\w*|maksaa|maksavat|hinta|stoja|stojí|"
    r"kosztuje\w*|kosztować|kerül\w*|costă|quant costa|kainuoja|kaina|harga\w*|biaya\w*|giá|tiền|"
    r"magkano|presyo|gharama|خرچ\w*|قیمت\w*|لاگت|هزینه\w*|سعر|تكلفة|التكلفة|يكلف|تكلف|ціна|коштує|коштуватиме|"
    r"цена|стоит|стоить|стоимость|κοστίζει|κόστος|τιμή|עולה|מחיר|fiyat\w*|ücret\w*|tutar|qiymət\w*|neçəyə|koute|"
    r"konbyen|कीमत|ख़र्च|खर्च\w*|दाम|মূল্য|দাম|খরচ|விலை|செலவு|ధర|ఖర్చు|ਕੀਮਤ|ਖਰਚ|मूल्यम्|मूल्य|ราคา|ค่าใช้จ่าย|"
    r"\w*gharim\w*|constat|pretium|preu|preis|košta|струва|cena|ceny|ціна|hind|verð|pris|prisen|prijs)"
    r"(?!\s+(?:như|trị|accounting)(?![^\W\d_]))(?<!ücretsiz)"
    r"(?![^\W\d_])|価格|料金|値段|费用|費用|价格|價格|收费|收費|가격|비용|요금|돈\s*(?:더\s*)?들"
)
_QUESTION_MARK = quick(r"[?？؟;]")  # (';' only in Greek, where it is the question mark: see _price_in_a_question)
_GREEK = quick(r"[\u0370-\u03ff]")
# ... with a word that asks how much ('combien', 'hur mycket', 'paljonko', 'koľko', 'کتنا', 'hvað', 'qual o preço'), or
# a form that asks by itself ('neçəyə', 'konbyen', '贵吗', '돈 더 들어요?'): not a title or a theme held in a plain
# order ('can you make a song called "The Price of Love"?', 'Можешь сделать песню про дом, который стоит у моря?').
_HOW_MUCH = quick(
    r"(?<![^\W\d_])(?:how much|how many|what|what's|which|combien|cuánto|cuanto|cuál|cual|qual|quanto|quant|quin|"
    r"wie ?viel|wieviel|was|wat|hoeveel|hur mycket|vad|hvor meget|hvor mye|hvad|hva|hvað|paljonko|mitä|mikä|ile|kolik|"
    r"koľko|koliko|mennyi\w*|cât|câte|kiek|berapa|bao nhiêu|magkano|kiasi|gani|kaç\w*|ne kadar|neçə\w*|сколько|скільки|"
    r"колко|колико|почём|почем|πόσο|πόσα|כמה|كم|بكم|چقدر|کتنا|کتنی|کتنے|कितना|कितने|कितनी|কত|எவ்வளவு|ఎంత|ਕਿੰਨਾ|"
    r"ਕਿੰਨੇ|कति|konbyen|neçəyə|quanti|τι|jaká|jaký|jaka|jaki|jakie|aká|aký|aké|kolika|kolike|kolki|welche|welchen|welcher|welches|какая|какова|каква|яка|quelle|quel)(?![^\W\d_])"
    r"|多少|幾多|いくら|どれくらい|どのくらい|얼마|เท่าไหร่|เท่าไร|贵吗|貴嗎|贵不贵|돈\s*(?:더\s*)?(?:들어요|드나요|들까요|들어)\s*[?？]"
)
_A_QUESTION_MARK = quick(r"[?？؟]")
# Words of a question about the service, not the music: rights, use, accounts, payment ('Can I use the lofi tracks I
# make here on YouTube?', 'wie ist das mit den Rechten?', '이거 만든 노래 저작권은 누구한테 있어요?', 'bayarnya per lagu atau
# langganan?', '無料枠ってあります？').
_OF_THE_TOOL = quick(
    r"(?<![^\W\d_])(?:copyright\w*|rights|licen[cs]\w*|royalt\w*|monetiz\w*|monetis\w*|commercial(?:ly)? use|"
    r"who owns|can i use|can i upload|am i allowed|allowed to use|do you support|is there a limit|my account|"
    r"an account|subscription|sign up|credits|refund|puedo subir|posso caricare|hochladen|"
    r"derechos|droits|rechten|rechte|urheberrecht\w*|diritti|direitos|авторск\w*|права|hak cipta|upphovsrätt\w*|"
    r"ophavsret\w*|opphavsrett\w*|tekijänoikeu\w*|prawa autorskie|autorská práva|drepturi de autor|telif\w*|حقوق|"
    r"זכויות|कॉपीराइट|účet|konto|cuenta|compte|conta|аккаунт|akun|langganan|abonnement|suscripción|assinatura|"
    r"подписк\w*|bayarnya|berbayar|licetne|komercijaln\w*|kommerziell\w*|comercialmente|commercialement|"
    r"commercialmente|komercyjn\w*|komerčn\w*|kommersiell\w*|kommercielt|коммерческ\w*|комерційн\w*|ticari|"
    r"ticari olarak|tijarī|تجاري\w*|تجاری|מסחרי\w*|व्यावसायिक|komersial)(?![^\W\d_])"
    r"|저작권|著作権|版权|版權|계정|アカウント|账号|帳號|無料枠|有料プラン|商用|상업|使えますか|쓸 수 있나요|사용할 수 있나요"
)
# A piece said to be about something or called something ('a song called "The Price of Love"?', 'une chanson qui
# s'appelle …', 'una canción sobre el precio del pan', 'písničku o domě'): a piece asked for, in a question or not.
_A_PIECE_ABOUT = quick(
    r"(?<![^\W\d_])(?:songs?|tracks?|tunes?|beats?|pieces?|jingle|ballad|anthem|chanson|morceau|canzone|brano|"
    r"canción|cancion|canção|cancao|cançó|piosenk\w*|utwór|píse\w*|písnič\w*|pieseň|pesm\w*|pjesm\w*|песн\w*|песна|"
    r"пісн\w*|lied|liedje|nummer|sang|låt|lagu|dal|şarkı|sarki|שיר|أغنية|اغنية|τραγούδι|गीत|गाना|ਗੀਤ|گیت|گانا|آهنگ|"
    r"bài hát|kanta|awit|wimbo|laulu|kappale|cântec|lagið)(?![^\W\d_])[^.?!\n]{0,30}?(?<![^\W\d_])(?:about|sobre|sur|"
    r"über|su|sul|sulla|про|о|об|o|om|over|tentang|hakkında|hakkında|về|عن|على|על|για|за|kuhusu|tungkol|"
    r"called|titled|named|s'appelle|appelée|intitulée|llamada|llamado|chamada|chamado|genannt|namens|heißt|"
    r"intitolata|chiamata|под названием|называ\w*)(?![^\W\d_])"
    r"|(?:歌|曲|노래|곡)[^。？！\n]{0,12}?(?:关于|關於|について|에 대한|叫)|(?:关于|關於)[^。？！\n]{1,20}?(?:歌|曲)"
)
_ABOUT_A_THEME = quick(
    r"(?<![^\W\d_])(?<!what )(?:about|sobre|sur|über|su|про|о|tentang|hakkında|về|over|om|عن|על|explains?|explaining|"
    r"explique|explica|erklärt|spiega|объясняет|объясняла)\s+(?:[^\W\d_]+,?\s+){0,2}$"
    r"|(?:关于|關於|について|에\s*대한)\s*$"
)


def _a_style_after(later: re.Match[str]) -> bool:
    """A style or an instrument after the put-off's comma: a theme's words, then the piece's sound ('a lullaby for
    a baby who's almost asleep but not yet, soft piano', 'tired but not today, heavy drums')."""
    from ace_step_mcp.router.style_words import find

    tail = (later.groupdict().get("tail") or "").strip()
    if not tail or _LATER_IN_TAIL.search(tail):
        return False  # ("…, but not now, I'll pop back later", '…, pero ahora no, mañana te digo si rock o pop')
    return bool(_STYLE_WORD.search(tail)) or any(True for _ in find(tail))


_LATER_IN_TAIL = quick(
    r"(?<![^\W\d_])(?:later|tomorrow|tonight|next week|mañana|luego|después|demain|plus tard|morgen|später|domani|"
    r"dopo|amanhã|depois|завтра|потом|позже|jutro|później|yarın|sonra|besok|nanti|deciding|decide)(?![^\W\d_])"
)


def _a_theme(said: str, at: int) -> bool:
    """A price word after 'about' ('sobre', 'über die', 'عن') said of a piece named before it in the sentence ('a
    2 min track about rising costs', 'una canción … sobre cuánto cuesta vivir aquí'); not 'a question about the
    price: how much …', 'tell me about the price of a 3 minute song', 'спросить про стоимость'."""
    lo = max(0, at - 32)
    about = _ABOUT_A_THEME.search(said[lo:at])
    if about is None:
        return False
    begin = max((m.end() for m in _SENTENCE_END.finditer(said, max(0, at - 200), lo + about.start())), default=0)
    left = max(begin, at - 200)
    return (
        _PIECE_NAMED.search(said, left, lo + about.start()) is not None
        or _STYLE_WORD.search(said, left, lo + about.start()) is not None
    )


_SENTENCE_END = quick(r"[.!?。！？\n:;]")
# A piece named ('song', 'track', 'canción', 'Lied', 'песня', 'أغنية', '歌'), before a theme given to it.
_PIECE_NAMED = quick(
    r"(?<![^\W\d_])(?:songs?|tracks?|tunes?|beats?|pieces?|jingle|ballad|anthem|rap|something|chanson|morceau|"
    r"canzone|brano|canción|cancion|canção|cancao|cançó|piosenk\w*|utwór|píse\w*|písnič\w*|pieseň|pesm\w*|pjesm\w*|"
    r"песн\w*|песна|пісн\w*|lied|liedje|nummer|sang|sangen|låt|lag|lagu|dal|dalt|şarkı|sarki|שיר|أغنية|اغنية|"
    r"\w*music|\w*musique|musica|música|\w*musik|\w*musikk|\w*muziek|muzyka|muzică|hudba|zene|melod\w*|mélod\w*|"
    r"τραγούδι|μουσική|गीत|गाना|संगीत|ਗੀਤ|گیت|گانا|آهنگ|bài hát|nhạc|kanta|awit|wimbo|laulu|kappale|cântec|lagið|"
    r"carmen|bgm|lo-?fi)(?![^\W\d_])|歌|曲|노래|곡|เพลง"
)


def _price_in_a_question(said: str) -> re.Match[str] | None:
    """A word of price inside a sentence that ends in a question mark ('Ça coûte combien, 4 prises de 4 minutes ?',
    'Does it cost extra to extend it by 30 seconds?', 'ogg로 뽑으면 돈 더 들어요?'), unless it is in a title said in the
    question ('can you make a song called "The Price of Love"?'); or, with no question mark (a message dictated), a
    word of price beside a word of how much ('колко струва това всъщност', 'దీని ధర ఎంత', 'hvað kostar þetta'). A
    price in a theme ('a song about how much it costs to live here') is let go by the caller."""
    start = 0
    for mark in _QUESTION_MARK.finditer(said):
        lo = max(
            start, max((m.end() for m in re.finditer(r"[.!。！\n]", said[start : mark.start()])), default=0) + start
        )
        if mark.group(0) == ";" and not _GREEK.search(said, lo, mark.start()):
            continue  # ('… called What It Costs; acoustic': a semicolon, not a Greek question mark)
        found = _PRICE_WORD.search(said, lo, mark.start())
        if found is not None and (
            _HOW_MUCH.search(said, lo, mark.end())
            or not (
                _in_a_title(said, lo, found)
                or (found.group(0) in _OTHER_SENSES and not _MORE_AFTER.match(said, found.end()))
                or _NO_MATTER.search(said, lo, mark.end())
            )
        ):
            return found
        start = mark.end()
    for found in _PRICE_WORD.finditer(said):
        near = _HOW_MUCH.search(said, max(0, found.start() - 24), min(len(said), found.end() + 24))
        lo = max((m.end() for m in _SENTENCE_END.finditer(said, max(0, found.start() - 200), found.start())), default=0)
        if (
            near is not None
            and near.group(0) not in _WHAT_WORDS
            and not _in_a_title(said, lo, found)  # ('제목은 사랑의 가격은 얼마')
            and not re.search(
                r"[.!?。！？\n,;:]", said[min(near.end(), found.end()) : max(near.start(), found.start())]
            )
            and not _NO_MATTER.search(said, max(0, near.start() - 40), min(len(said), found.end() + 40))
            and not _a_theme(said, near.start())  # ('a 2 minute blues about how much it costs to live in London')
        ):
            return found
    return None


def _leans_on_a_turn_not_seen(plan: Plan, said: str) -> re.Match[str] | None:
    """A message that opens by correcting the turn before, planned as an extension or a new piece ('no, I meant the
    intro, make it 15 s': an intro added, or the intro's first 15 s made again?; not 'nee, ich meinte den Teil von
    0:40 bis 0:55, den nochmal neu', whole in itself); or a new piece whose only words point at one made before ('like
    the one from yesterday', 'jako ta včerejší'), with no style and no length of its own."""
    from ace_step_mcp.router.style_words import find

    if (plan.tool == "audio_outpaint" or plan.tool.startswith("text_to_audio")) and (
        turn := _EARLIER_TURN.search(said)
    ) is not None:
        return turn
    if (
        plan.tool.startswith("text_to_audio")
        and "duration" not in plan.arguments
        and (earlier := _AN_EARLIER_PIECE.search(said)) is not None
        and not _a_theme(said, earlier.start())
        and not any(m.group(0) not in _NOT_A_STYLE for m in _STYLE_WORD.finditer(said))
        and not _WORDS_WRITTEN.search(said)  # ('una canzone col testo che ho scritto ieri': the lyrics are asked for)
        and not any(True for _ in find(said))
    ):
        return earlier
    return None


_WORDS_WRITTEN = quick(
    r"(?<![^\W\d_])(?:lyrics?|testo|testi|letra|letras|paroles|text|texte|tekst\w*|стих\w*|текст\w*|lirik\w*|versos)"
    r"(?![^\W\d_])|가사|歌词|歌詞"
)
_NOT_A_STYLE = frozenset({"bài", "bai", "nhạc", "nhac", "beat"})  # (of _STYLE_WORD: a song, music, a beat)
# A message that opens by correcting the turn before ('no, I meant the intro', 'όχι, εννοούσα', 'не, мислио сам на'):
# what it corrects is not in it.
_EARLIER_TURN = quick(
    r"^\W*(?:no|nope|nah|όχι|не|ні|nie|nein|non|não|ne|nej|nee|hayır|yok|tidak|bukan|لا|לא|نه|नहीं|ei|nu|kh[oô]ng)"
    r"[\s,.!…-]+(?:i meant|i mean|i said|εννοούσα|мислио сам|мислила сам|mislio sam|mislila sam|я имел в виду|"
    r"я имела в виду|я мав на увазі|ich meinte|ich hab(?:e)? gemeint|je voulais dire|quise decir|quería decir|"
    r"intendevo|volevo dire|eu quis dizer|quis dizer|miałem na myśli|miałam na myśli|myslel jsem|myslela jsem|"
    r"mal som na mysli|bedoelde|ik bedoelde|jag menade|jeg mente|tarkoitin|arra gondoltam|am vrut să spun|"
    r"demek istedim|maksud saya|maksudku|ý tôi là|ý mình là|قصدت|كنت أقصد|כוונתי|התכוונתי|منظورم|मेरा मतलब)(?![^\W\d_])"
    r"|^\W*(?:不是|不对|不對)[，,、\s]*(?:我说的是|我說的是|我是说|我是說|我的意思是)|^\W*(?:いや|いいえ)[、,\s]*(?:言ったのは|つまり)"
    r"|^\W*아니[요,\s]*(?:내 말은|제 말은)"
)
# A piece pointed at by when it was made ('like the one from yesterday', 'jako ta včerejší', 'مثل همونی که دیروز
# ساختی', 'giống bài hôm qua', 'நேத்து பண்ணின மாதிரியே'): a piece the router has not seen.
_AN_EARLIER_PIECE = quick(
    r"(?<![^\W\d_])(?:yesterday['’]?s?|ayer|d['’]hier|gestern|ieri|ontem|вчера\w*|вчора\w*|wczoraj\w*|včera|včerej\w*|"
    r"jučer\w*|juče\w*|јуче\w*|dün\w*|kemarin|hôm qua|امبارح|البارحة|أمس|امس|دیروز|אתמול|χθες|χτες|tegnap\w*|"
    r"igår|i går|gisteren|eilen|eilinen|ayè|हिजो\w*|நேத்து|நேற்று|నిన్న|গতকাল|ਕੱਲ੍ਹ|kahapon|jana|dünən|"
    r"ahir|ieri|vakar\w*|heri|anoche|anteayer|vorhin|vorgestern|przedwczoraj|avant-hier|anteontem|позавчера|"
    r"позавчора|předevčírem)(?![^\W\d_])|昨日|昨天|(?<!眼)前天|어제|그저께|เมื่อวาน|琴日|尋日"
)
# A question of how long it takes or how it is made ('how long does it take', 'כמה זמן לוקח', 'wie lange dauert es',
# 'どうやって作ってるの'), of the tool, not a theme ('a song about how long it takes to forget').
_HOW_IT_GOES = quick(
    r"(?<![^\W\d_])(?:how long (?:does|will|would) it take|how long do(?:es)? (?:it|you|they) take|"
    r"how long (?:would|will|does|do)\b[^.?!\n]{0,40}?\btake|how much time (?:does|will|would) it take|cuánto se tarda|"
    r"combien de temps pour|wie lange braucht|"
    r"how do you make (?:this|these|it|them)|how does (?:this|it) work|כמה זמן (?:זה )?(?:לוקח|ייקח)|"
    r"wie lange dauert|cuánto (?:tiempo )?tarda|combien de temps (?:ça|ca|cela) (?:prend|met)|"
    r"quanto tempo (?:leva|demora|ci vuole|ci mette)|сколько времени (?:займ|нужно|уйд)\w*|"
    r"скільки часу (?:займ|треба)\w*|ile czasu zajmuje|jak dlouho (?:trvá|to trvá)|hoe lang duurt|"
    r"hur lång tid tar|hvor lang tid tager|hvor lang tid tar|kaç dakika sürer|ne kadar sürer|berapa lama|"
    r"mất bao lâu|كم من الوقت|چقدر طول می ?کش\w*|how long to (?:make|generate|render|create|get)|"
    r"cuánto (?:tiempo )?(?:tarda|tardas|tardan|tardaría|demora)\w*|quanto (?:tempo )?demora\w*|"
    r"combien de temps (?:faut-il|il faut|ça prend|ca prend|prend)|wie lang(?:e)? dauert)(?![^\W\d_])"
    r"|どうやって作って(?:る|い)|どのくらい(?:時間が)?かかる|どれくらいで(?:でき|作れ)|要多久|需要多久|"
    r"多久(?:能|可以)?(?:做好|完成|生成)|얼마나 걸려|얼마나 걸리|何分かかり|何時間かかり|どれくらいかかり|多长时间|多長時間"
    # 'How does it work' in the 50 languages ('comment ça marche', 'ye app kaise kaam karta hai', 'این چطوری کار
    # میکنه', 'ਇਹ ਕਿਵੇਂ ਕੰਮ ਕਰਦਾ ਹੈ'): a question of the tool, not an order
    r"|(?<![^\W\d_])(?:how does (?:this|it|that|the app|this app|this thing) work|how do(?:es)? you (?:guys )?(?:do|make) "
    r"(?:it|this|that|the music)|how it works\s*[?？]|comment (?:ça|ca|cela) (?:marche|fonctionne)|comment vous "
    r"(?:faites|générez|generez)|wie funktioniert (?:das|es|die app|dieses ding)|cómo funciona|como funciona|"
    r"come funziona|как (?:это |оно )?работает|как это устроено|як (?:це |воно )?працює|jak to (?:działa|funguje)|"
    r"ako to funguje|hoe werkt (?:dit|het|dat)|hur fungerar (?:det|detta)|hvordan (?:fungerer|virker) (?:det|dette)|"
    r"miten (?:tämä|se) toimii|kuinka (?:tämä|se) toimii|hogy(?:an)? működik|cum funcționează|cum functioneaza|"
    r"nasıl çalışıyor|nasıl çalışır|πώς (?:το )?(?:δουλεύει|λειτουργεί)|как работи|kako (?:to )?(?:radi|funkcionira|"
    r"funkcioniše|funkcionise)|كيف (?:يعمل|يشتغل|بيشتغل)|ازاي (?:بيشتغل|يشتغل)|چطوری کار می ?کن\w*|چطور کار می ?کن\w*|"
    r"چگونه کار می ?کن\w*|איך (?:זה )?(?:עובד|עובדת)|कैसे काम कर(?:ता|ती|ते)|kaise kaam kar(?:ta|ti|te)|"
    r"کیسے کام کر(?:تا|تی|تے)|কিভাবে কাজ করে|কীভাবে কাজ করে|ਕਿਵੇਂ ਕੰਮ ਕਰ(?:ਦਾ|ਦੀ|ਦੇ)|எப்படி வேலை செய்\w*|"
    r"ఎలా పని చేస్తుంది|कसरी काम गर्छ|ทำงานยังไง|ทำงานอย่างไร|hoạt động (?:như thế nào|ra sao|thế nào)|"
    r"(?:bagaimana|gimana) cara kerjanya|cara kerjanya (?:gimana|bagaimana)|paano (?:ito )?gumagana|"
    r"inafanyaje kazi|necə işləyir|com funciona|kaip (?:tai )?veikia|hvernig virkar|kijan (?:sa|li) mache)"
    r"(?![^\W\d_])|どうやって動いて|どういう仕組み|仕組みは|怎么运作|是怎么工作|如何运作|原理是什么|點樣運作|어떻게 작동|어떻게 돌아가"
)
# Price words with another sense as common ('стоит' / 'stojí': stands, 'tutar': holds, 'עולה': rises, 'τιμή':
# honour): a question with one asks the price only beside a word of how much ('Сколько стоит …?', 'Τι τιμή …;').
_OTHER_SENSES = frozenset(
    {"стоит", "stojí", "stoja", "tutar", "עולה", "τιμή", "giá", "cena", "ceny", "hind", "preis", "pris", "prijs"}
)  # (and 'cena' dinner, 'Hind' a name, 'Preis' / 'pris' / 'prijs' a prize)
# ... unless 'more' follows it ('זה עולה יותר …?', 'это стоит дороже?', 'stojí to víc?', 'daha fazla tutar mı'): a cost.
_MORE_AFTER = quick(r"\s*(?:to\s+|это\s+)?(?:יותר|дороже|víc|více|više|fazla|extra|more|μεγαλύτερη)(?![^\W\d_])")
# The price said to be no matter ('whatever it costs', 'how much it costs doesn't matter', '비용이 얼마든 상관없어요',
# '料金は気にしないので', '费用不是问题', 'bao nhiêu tiền cũng được', 'coûte que coûte'): an order, not a question.
_NO_MATTER = quick(
    r"(?<![^\W\d_])(?:doesn['’]?t matter|does not matter|no matter|whatever|don['’]?t care|regardless|at all costs|"
    r"egal|peu importe|coûte que coûte|no importa|non importa|não importa|неважно|не важно|cũng được|"
    r"không quan trọng|koste es|kost wat kost)(?![^\W\d_])"
    r"|상관없|괜찮으니까|気にしない|関係ない|不是问题|不是問題|无所谓|無所謂|不管"
)


# Words of _HOW_MUCH that also ask 'what' or 'which', or mean 'with': beside a price word with no question mark they
# are no question ('make a 2 min song, what a price to pay'); in a question they are.
_WHAT_WORDS = frozenset(
    {"what", "what's", "which", "was", "wat", "vad", "hva", "hvad", "mitä", "mikä", "ile", "cual", "cuál", "qual",
     "quin", "quant", "τι", "jaká", "jaký", "jaka", "jaki", "jakie", "aká", "aký", "aké", "welche", "welchen", "welcher", "welches", "какая", "какова", "каква", "яка", "quelle", "quel"}
)  # fmt: skip
# Where a price word in a question is a title's ('a song called "The Price of Love"?', 'judulnya Harga Diri', 'que se
# llame El Precio', 'something like Price Tag by Jessie J'), not what it costs.
_NAMED = quick(
    r"(?<![^\W\d_])(?:called|named|titled|entitled|title|like|llamad[ao]|se llame|se llama|titulad[ao]|s['’]appelle|"
    r"intitulée?|appelée?|heißt|namens|titel|chamad[ao]|intitulad[ao]|intitolat[ao]|chiamat[ao]|si chiama|"
    r"называ\w*|названием|judul\w*|berjudul|adlı|isimli|başlıklı|tên là|có tên|tựa đề|nazwan\w*|tytuł\w*|jménem|"
    r"názvem|nazvan\w*|שנקרא\w*|בשם|اسمها|بعنوان|عنوانها|به نام|नाम|शीर्षक|নামে|ชื่อ)(?![^\W\d_])"
    r"|という|타이틀|제목|名为|名叫|题为|題為"
)
_QUOTE = quick(r'["“”«»„「」『』]')


def _in_a_title(said: str, lo: int, found: re.Match[str]) -> bool:
    """The price word inside quotes, or after a word that names a title, in its sentence."""
    return len(_QUOTE.findall(said, lo, found.start())) % 2 == 1 or _NAMED.search(said, lo, found.start()) is not None


# A new piece asked and then put off at the message's end ('… but not now, later', '…, mais pas maintenant', '…, но
# не сейчас', '…, pero todavía no').
_BUT_NOT_NOW = quick(
    r"(?:(?<![^\W\d_])(?:but|mais|но|pero|aber|ma|mas|ale|ama|tapi|men|maar|але|लेकिन|पर|मगर|لیکن|پر)\s*,?|[.!—–]\s*)"
    r"\s*(?:not (?:right |just )?now|not just yet|no ahora|अभी नहीं|ابھی نہیں|"
    r"not yet|not today|pas maintenant|pas encore|pas tout de suite|pas aujourd['’]hui|не сейчас|не сегодня|ещё нет|"
    r"еще нет|пока нет|todavía no|aún no|ahora no|hoy no|noch nicht|nicht jetzt|nicht heute|non ora|non adesso|"
    r"non ancora|non oggi|não agora|ainda não|hoje não|nie teraz|jeszcze nie|şimdi değil|henüz değil|belum|"
    r"jangan sekarang|niet nu|nog niet|ikke nå|inte nu|не зараз|ще ні)(?![^\W\d_])(?:\s+(?:though|tho|yet|pls|please))?"
    # (and words of time after it, with or without a comma: 'maybe later', 'ok', 'mañana', 'erst morgen', 'а завтра')
    r"(?:(?:\s*[,;.]?\s*(?:maybe|perhaps|but|only|erst|a|e|а|и|і|ma|mais|pero|но|quizás|vielleicht|forse|talvez|может)?"
    r"\s*(?:later|tomorrow|tonight|next week|though|ok|okay|mañana|luego|más tarde|después|demain|plus tard|morgen|"
    r"später|domani|dopo|più tardi|amanhã|depois|mais tarde|завтра|потом|позже|jutro|później|yarın|sonra|besok|nanti|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|the weekend)(?![^\W\d_]))+"
    # (or, after a comma or a stop, a few words more: 'tonight please', 'el lunes', 'erst am Montag'; not words right
    # after it: 'Not yet sure of the genre.', 'Todavía no tengo letra.'; a style there is the theme's: see _not_ordered)
    r"|\s*[,;.…!?—–-]+(?P<tail>[^\n.!?]{0,48}))?\s*[.!…?]*\s*$"
    # (and in CJK: '但不是现在，明天再做', 'でも今じゃなくて明日', '근데 지금 말고 내일')
    r"|(?:但是?|不过|不過|でも|けど|근데|하지만)\s*[，,、]?\s*(?:不是现在|不是現在|现在不要|現在不要|今じゃなく|今はいい|"
    r"지금\s*말고|지금은\s*말고|지금은?\s*아니고)[^\n。.!?！？]{0,16}[。.!！]*\s*$",
    re.IGNORECASE,
)
# ... where the message is a new piece's words, not the user's: 'a hook that goes: I'll leave you, but not now', 'une
# chanson dont le refrain dit …' (not a theme: 'a lofi beat about rain, but not now' is asked).
_SUNG_THEME = quick(
    r"[\"“”«»]|(?<![^\W\d_])(?:hook|chorus|refrain|refrão|estribillo|ritornello|припев|dont|whose|cuyo|cuya)"
    r"(?![^\W\d_])"
)
# A plan for later or a wish weighed, not an order ('maybe later add an outro', 'if I wanted a 30 s intro, would it
# match?', 'может, потом добавим', '나중에 … 넣을까 생각 중', '到时候再说', 'estou pensando em cortar…, mas ainda não
# sei'): asked whether it should be done now.
_NOT_YET = quick(
    r"(?<![^\W\d_])(?:maybe later|later maybe|for later|some other time|not (?:right )?now|"
    r"if i (?:wanted|want(?:ed)? to|were to|decide to|ever want)|i(?:'m| am) (?:thinking|considering) (?:about|of)|"
    r"i'll send (?:you )?the details|pour plus tard|peut-être plus tard|plus tard peut-être|pas maintenant|"
    r"si je voulais|para más tarde|quizás luego|quizá luego|tal vez luego|si quisiera|si quisiéramos|"
    r"später vielleicht|vielleicht später|wenn ich(?:\s+[^\s,.!?]+){1,6}\s+würde|forse più tardi|per più tardi|"
    r"non adesso|se volessi|talvez depois|para mais tarde|por enquanto não|estou pensando em|se eu quisesse|"
    r"может,? потом|потом,? может|не сейчас|пока не надо|пока не нужно|если я захочу|если захочу|може,? потім|"
    r"якщо я захочу|поки не треба|na przyszłość|może później|later misschien|misschien later|kanskje senere|"
    r"kanske senare|måske senere|mungkin nanti|nanti saja|nanti aja|để sau|شاید بعداً|شاید بعدا|بعداً شاید|"
    r"ربما لاحقا|ربما لاحقاً|مش دلوقتي|مو الحين|शायद बाद में|बाद में देखेंगे|אולי אחר כך|אולי בהמשך|"
    r"ίσως αργότερα|poate mai târziu|ehkä myöhemmin|talán később)(?![^\W\d_])"
    # (a wonder or a supposition: 'I wonder if…', 'would it sound weird if you extended…', 'me pregunto si…')
    r"|(?<![^\W\d_])(?:i wonder if(?!\s+(?:you|u)\s+(?:could|can|would))|i was wondering whether|would it sound (?:weird|bad|strange|odd|off) if|suppose i|"
    r"me pregunto si|je me demande si|ich frage mich,? ob|mi chiedo se|eu me pergunto se|интересно,? а если|"
    r"цікаво,? а якщо|zastanawiam się,? czy|merak ediyorum)(?![^\W\d_])"
    r"|好奇问一下|好奇問一下|到时候再说|到時候再說|再说吧|再說吧|先问问|先問問|今じゃなくていい|あとで考え|後で考え|ค่อยว่ากัน"
)
# ... and words of not having decided, which say so of the plan only in its verb's own clause ('I'm not sure yet if I
# should cut the first 5 s'; not 'not sure yet what to call it, a 2 min lofi beat' or 'not yet long enough, extend it')
_UNDECIDED = quick(
    r"(?<![^\W\d_])(?:not yet|(?:still )?not sure yet|i haven'?t decided|undecided|on verra|je sais pas encore|"
    r"je ne sais pas encore|todavía no sé|nicht jetzt|noch nicht sicher|mal sehen|non so ancora|ainda não sei|"
    r"ещё не решил\w*|еще не решил\w*|ще не вирішив|jeszcze nie wiem|nog niet zeker|ik twijfel|belki sonra|"
    r"henüz karar vermedim|belum tahu|chưa biết)(?![^\W\d_])"
    r"|还没想好|還沒想好|考え中|どっちにしよう|생각\s*중|고민\s*중"
)
# A verb of the plan said not to be done, right before it ("don't cut the first 5 seconds", 'no lo alargues', 'bitte
# nicht … ausblenden', 'nie wycinaj', 'не надо добавлять', 'đừng cắt', '不用加', 'لا تقص') or right after it in the
# languages that say it there ('カットしないで', '추가할 필요 없어', '자르지 마').
_NOT_BEFORE_VERB = quick(
    # (not the particle of romaji after a number: '5 byou no fade out tsukete')
    r"(?<![^\W\d_])(?<!\d\s)(?<!\d)(?<!byou\s)(?<!fun\s)(?<!why\s)(?<!warum\s)(?<!por qué\s)(?<!por que\s)(?<!perché\s)"
    r"(?<!pourquoi\s)(?<!почему\s)(?:don'?t|do not|never|no need to|needn'?t|not|no|non|não|nao|ne|nicht|nie|niet|ikke|inte|"
    r"не|ні|nu|μην|אל|لا|مت|मत|न|đừng|không cần|jangan|tidak usah|tak usah|gak usah|ga usah|ne zaman|"
    r"no hace falta que|no hay que|no es necesario|pas besoin de|non serve|non c'è bisogno di|não precisa|"
    r"не надо|не нужно|не треба|не потрібно|nie trzeba|nie musisz|niet nodig|hoeft niet|keine|nicht mehr|"
    # (a verb of the plan called off: 'lascia perdere il taglio', 'lupakan saja intro', 'forget the fade')
    r"lascia perdere|forget(?: about)?|never ?mind|cancel|vergiss|laisse tomber|olvida|olvídate de|esquece|"
    r"забудь|lupakan(?: saja)?|vazgeç\w*|"
    # (a verb of the plan said done already: 'I already added a 10 second intro', 'j'ai déjà exporté en mp3')
    r"already|i already|i've already|déjà|già|már|allerede|redan|zaten|đã|(?<!давай\s)(?<!ну\s)(?:уже|вже|już)|"
    # (a report of the plan's verb, done before: 'last time you extended it', 'ayer le añadí', 'вчера я обрезал')
    # (not 'as yesterday': 'wie gestern', 'come ieri', 'как вчера', 'igual que ayer', 'tak jak wczoraj')
    r"last time you|last time i|yesterday i|yesterday you|(?<!que\s)(?<!wie\s)(?<!come\s)(?<!как\s)(?<!jak\s)"
    r"(?<!like\s)(?<!as\s)(?:ayer|gestern|ieri|ontem|вчера|вчора|wczoraj|dün|"
    r"kemarin|hôm qua))"
    r"(?:\s+(?:lo|la|le|los|las|les|me|te|se|il|l['’]|ça|ca|es|das|den|die|it|him|her|them|the|any|mehr|"
    r"bitte|da|de|sie|ihn|его|её|ее|это|ничего|mi|ti|ci|ne|ho|to|je|ji|jej|go|nic|di|letzten|ersten|mit|"
    r"dem|der|about|with|я|i|ich|yo|eu|ja|you|tu|du|ты|"
    r"last|first|\d+\S*|s|sek\w*|sec\w*|seconds?|secondes?|segundos?|secondi|by)){0,5}\s*$"
    r"|(?:不用|不要|" + DONT_BIE + r"|甭|ไม่ต้อง|อย่า|已经|已經|上次|昨天)\s*\S{0,4}$"
)
_NOT_AFTER_VERB = quick(
    r"[^\s,.!?、。]{0,4}?\s?(?:しないで|ないで|なくていい|なくて大丈夫|なくていいよ|지\s*마|지\s*말|필요\s*없|안\s*해도|하지\s*마)"
)
# A part or the track said to be too long: less music asked, never an extension.
_TOO_LONG = quick(
    r"(?<![^\W\d_])(?:too long|too drawn out|zu lang\w*|trop long\w*|demasiado larg\w*|troppo lung\w*|muito long\w*|"
    r"longa demais|longo demais|слишком длинн\w*|затянут\w*|za dług\w*|příliš dlouh\w*|túl hosszú|çok uzun|"
    r"terlalu panjang|quá dài|te lang|för lång\w*|for lang\w*|liian pitkä|prea lung\w*|ארוך מדי|طويلة جدا|"
    r"طويل جدا|خیلی طولانی|बहुत लंबा)(?![^\W\d_])|太长|太長|長すぎ|너무\s*길|ยาวเกินไป"
)
# An English past tense of the plan's verbs after 'already', which the cue tables hold only as imperatives.
_DONE_ALREADY = quick(
    r"(?<![^\W\d_])(?:already|i've|i have|we've|we have)\s+(?:already\s+)?(added|extended|lengthened|cut|trimmed|"
    r"exported|converted|faded|looped)(?![^\W\d_])"
)
_DONE_KIND = {"added": "add", "extended": "extend", "lengthened": "extend", "cut": "trim", "trimmed": "trim",
              "exported": "convert", "converted": "convert", "faded": "fade", "looped": "loop"}  # fmt: skip
# 'All of it' after a verb said not to be done: the whole is refused, a part may be asked next ("don't redo everything,
# just 0:50 to 1:10").
_ALL_OF_IT = quick(
    r"\s*(?:\S+\s+)?(?:everything|all of it|the whole (?:thing|track|song)|tutto|todo|toda|tout|alles|всё|все|"
    r"wszystko|vše|všetko|hepsi|semua|tất cả|全部)(?![^\W\d_])"
)
_PLAN_KINDS = {"audio_outpaint": ("extend", "add"), "audio_inpaint": ("regenerate",)}


def _plan_kinds(plan: Plan) -> tuple[str, ...]:
    """The cue kinds that say what the plan does."""
    if plan.tool != "process_track":
        return _PLAN_KINDS.get(plan.tool, ())
    args = plan.arguments
    kinds = [k for k, on in (("trim", "trim_start_s" in args or "trim_end_s" in args),
                             ("fade", "fade_in_s" in args or "fade_out_s" in args),
                             ("convert", "output_format" in args), ("loop", bool(args.get("loop")))) if on]  # fmt: skip
    return tuple(kinds)


def _not_ordered(plan: Plan, said: str, style_in: Callable[[str], bool] | None = None) -> Question | None:
    """A plan made from a message that orders nothing: one that only asks ('just asking'), asks the price, weighs a
    plan for later, or says the plan's own verb is not to be done. Nothing is made; the person is asked."""
    from ace_step_mcp.router.model import Question

    said_cues = find_cues(said)
    if (asking := _ONLY_ASKING.search(said)) is not None:
        # ('can it do loops? just asking, I don't need anything yet', 'Czy to umie robić pętle? Tak tylko pytam')
        return Question(
            f"The request says '{asking.group(0)}', so nothing was made: say what to make or change when you want it "
            f"done.",
            "clarify",
        )
    if (earlier := _leans_on_a_turn_not_seen(plan, said)) is not None:
        # ('no, I meant the intro, make it 15 s', 'like the one from yesterday', 'زي اللي عملتها امبارح'): said of a
        # turn or a piece the router cannot see
        return Question(
            f"'{earlier.group(0).strip()}' points at an earlier request or piece I cannot see, so nothing was made: "
            f"say the whole request (the track, and the times or the length).",
            "clarify",
        )
    if (
        (how := _HOW_IT_GOES.search(said)) is not None
        and not _a_theme(said, how.start())
        and not _in_a_title(said, 0, how)  # ('a 2 min blues called How Long Will It Take')
    ):
        # ('כמה זמן לוקח לייצר שיר', 'how long does it take to make a song', 'これってどうやって作ってるの'): a question
        # of how the tool works, dictated with no question mark as often as not
        return Question(
            f"'{how.group(0)}' asks how it works, so nothing was made: say what to make or change when you want it.",
            "clarify",
        )
    if (
        plan.tool.startswith("text_to_audio")
        and not (plan.arguments.get("lyrics") or plan.takes)
        and (asked := _A_QUESTION_MARK.search(said)) is not None
        and not _A_PIECE_ABOUT.search(said)
        and (
            _OF_THE_TOOL.search(said) is not None
            or (
                "duration" not in plan.arguments
                and not any(t.endswith(" vocal") for t in str(plan.arguments.get("tags", "")).split(", "))
                and style_in is not None
                and not style_in(said)
                and not _PIECE_NAMED.search(said)  # ('Can you make a song for my wife?': a piece asked for)
            )
        )
    ):
        # ('wie funktioniert das mit den Rechten, darf ich die Songs auf YouTube hochladen?', 'これって一曲いくらかかり
        # ますか？', '이거 만든 노래 저작권은 누구한테 있어요?'): a question, with no style, length, words or theme of a piece:
        # nothing to make
        return Question(
            f"'{' '.join(said[: asked.end()].split())[-80:]}' reads as a question, not a request for music, so "
            "nothing was made: say what to make (a style, a length), or pass `tags` and `duration`.",
            "clarify",
            ("tags", "duration"),
        )
    price = _COST_QUESTION.search(said) or _price_in_a_question(said)
    if price is not None and _a_theme(said, price.start()):
        price = None  # ('una canción … sobre cuánto cuesta vivir aquí': a theme)
    if price is not None:
        return Question(
            f"'{price.group(0)}' asks what it costs, so nothing was made: a dry run (dry_run: true) shows the price "
            f"without spending; ask for the piece when you want it.",
            "clarify",
        )
    if (
        plan.tool == "audio_outpaint"
        and (long := _TOO_LONG.search(said)) is not None
        and not any(c.kind in ("extend", "add") for c in said_cues)
    ):
        # ('the intro is 10 seconds too long', "l'introduzione è troppo lunga, 10 secondi"): less music asked, not more
        return Question(
            f"'{long.group(0)}' asks for less music, not more, so nothing was made: should I cut (trim_start_s, "
            f"trim_end_s) or regenerate a range (start_time, end_time)?",
            "clarify",
            ("trim_start_s", "trim_end_s", "start_time", "end_time"),
        )
    kinds = _plan_kinds(plan)
    # (of a new piece only where the message opens with it: 'maybe later we can make…', 'не сейчас, потом…'; not 'make
    # a 30 s jingle now, I'll keep the long version for later', "I'm thinking of a rainy night: 2 min lofi")
    later = _NOT_YET.search(said)
    if (
        later is not None
        and plan.tool.startswith("text_to_audio")
        and (later.start() > 12 or later.group(0).startswith(("i'm thinking", "i am thinking", "i'm considering")))
    ):
        later = None
    if later is None and plan.tool.startswith("text_to_audio"):
        later = _BUT_NOT_NOW.search(said)
        if later is not None and (_SUNG_THEME.search(said, 0, later.start()) or _a_style_after(later)):
            later = None
    found = [c for c in said_cues if c.kind in kinds]
    if later is None:
        # (the words of not having decided, in the clause of one of the plan's verbs)
        later = next(
            (u for u in _UNDECIDED.finditer(said) if any(_same_clause(said, u.start(), c.start) for c in found)), None
        )
    if later is not None:
        return Question(
            f"'{later.group(0)}' reads as a thought for later, not an order, so nothing was made: should I do it now?",
            "clarify",
        )
    if (done := _DONE_ALREADY.search(said)) is not None and _DONE_KIND[done.group(1)] in kinds:
        return Question(f"'{done.group(0)}' says it is done already, so nothing was made: what should I do?", "clarify")
    if found and all(
        (
            (neg := _NOT_BEFORE_VERB.search(said, max(0, c.start - 48), c.start)) is not None
            and not re.search(r"[,.;!?:，。、！？،]", said[neg.start() : c.start])
            and not _ALL_OF_IT.match(said, c.end)  # ('non rifare tutto, solo da 0:50 a 1:10': only a part)
        )
        or _NOT_AFTER_VERB.match(said, c.end)
        for c in found
    ):
        return Question(
            f"The request says not to '{found[0].word}', so nothing was made: what should I do instead?",
            "clarify",
        )
    return None


# An export told as done before ('I've already exported it twice', 'Já exportei duas vezes', 'Już dwa razy
# eksportowałem', 'Iam bis exportavi'): no other format asked.
_EXPORTED_BEFORE = quick(
    r"(?<![^\W\d_])(?:(?:already|déjà|ya|já|już|už|již|iam|allerede|redan|al|artıq|udah|sudah|đã)\s+(?:\S+\s+){0,3}?"
    r"(?:export\w*|eksport\w*|exportat\w*|exportei|exporté|exportavi|exportoval\w*)|(?:export\w*|eksport\w*|"
    r"exportat\w*|exportei|exporté|exportavi|exportoval\w*)\s+(?:\S+\s+){0,2}?(?:twice|two times|dos veces|duas vezes|"
    r"deux fois|zweimal|due volte|dwa razy|dvakrát|iki kere|dues vegades|to gange|två gånger|bis)|"
    r"(?:twice|dos veces|duas vezes|deux fois|zweimal|due volte|dwa razy|dvakrát|iki kere|dues vegades|to gange|bis)"
    r"\s+(?:\S+\s+){0,2}?(?:export\w*|eksport\w*|exportat\w*|exportei|exporté|exportavi|exportoval\w*))(?![^\W\d_])"
)
# A fade offered beside a cut, joined by 'or', either way round.
_OR_WORDS = (
    r"or|o|ou|oder|of|eller|atau|veya|yoksa|ya|hay|или|або|albo|lub|nebo|alebo|vagy|tai|sau|ili|או|أو|او|یا|या|"
    r"ή|ó|edo|aŭ|au"
)
_CUT_WORDS = (
    r"cut\w*|corte\w*|cortar\w*|couper|coupe\w*|schnitt\w*|abschneid\w*|abbrech\w*|taglio|tagliar\w*|knip\w*|"
    r"kutt\w*|klipp\w*|potong\w*|kes\w*|cắt|обрез\w*|оборв\w*|обрыв\w*|обріз\w*|cięci\w*|uci\w*|urw\w*|střih\w*|"
    r"useknout|leikkaus|vágás|tăie\w*|tăiat\w*|κόψ\w*|חיתוך|قطع|قص|کات|कट|काट\w*|stop\w*|abrupt\w*|brusc\w*"
)
_FADE_OR_CUT = quick(
    r"(?<![^\W\d_])(?:fade\w*|ausblend\w*|fondu\w*|dissolvenza|desvanec\w*|затух\w*|згасан\w*|wycisz\w*)"
    r"(?:[\s-]+\S+){0,3}?\s+(?:" + _OR_WORDS + r")\s+(?:\S+\s+){0,3}?(?:" + _CUT_WORDS + r")(?![^\W\d_])"
    r"|(?<![^\W\d_])(?:" + _CUT_WORDS + r")(?:\s+\S+){0,3}?\s+(?:" + _OR_WORDS + r")\s+(?:\S+\s+){0,3}?"
    r"(?:a\s+|an\s+|un\s+|une\s+|einen?\s+)?(?:fade\w*|ausblend\w*|fondu\w*|dissolvenza)"
    r"|(?:フェード|페이드|淡出|渐弱|漸弱)\S{0,6}?(?:か|还是|還是|或者|或是|이나|나|아니면)[^,.!?、。，]{0,12}?(?:切|カット|끊|자르|컷)"
)


def _given_fields(req: Request) -> bool:
    """Whether the agent passed fields that say what to do (a window, an extension, settings, a length)."""
    return bool(req.deliverables) or any(
        v is not None for v in (req.start_time, req.end_time, req.extend_before, req.extend_after, req.duration)
    )


def plan_and_account(req: Request, planner: Callable[[Request, dict[str, Any]], Plan | Question]) -> Plan | Question:
    from ace_step_mcp.router.languages import language_code
    from ace_step_mcp.router.model import Plan, Question

    original = req.request or ""
    lead: list[str] = []
    lyrics = req.lyrics
    found = find_lyrics(original) if lyrics is None else None
    if found is not None:
        # Lyrics are kept exactly as written (digits, full-width marks and all) and never read as instructions.
        original, lyrics = found.outside(original), found.text
        lead.append(f"lyrics found by their {found.how} → lyrics, not read as instructions")
    elif lyrics is None and (quoted := quoted_lyrics(original)) is not None:
        words, start, end = quoted
        original, lyrics = f"{original[:start]} {original[end:]}", words
        lead.append(f"'{words[:40]}' quoted next to a word about singing → lyrics, not read as instructions")
    elif lyrics is None and req.instrumental is not True and (unsure := _words_unsure(original)) is not None:
        # Either reading planned could be a paid misreading.
        return Question(
            f"{unsure} Pass `lyrics` with the words to sing (or put them in quotes), or `tags` for a description.",
            "clarify",
            ("lyrics", "tags"),
        )
    raw = ascii_digits(unicodedata.normalize("NFKC", vulgar_fractions(original)))
    refuse_absurd_numbers(raw)
    if re.search(r"продуж|produž|produz", raw, re.I):  # (only of a track lengthened: 'соло на два минута' is a solo's)
        raw = _SERBIAN_NA.sub(r"до\1", raw)  # 'продужи на 3 минута' is to 3 minutes (Russian 'на 3 минуты' is by)
    raw = _TO_BY_CASE.sub(_to_by_case, raw)
    raw = approximations(raw)  # ('una decina di secondi', 'een seconde of twintig', '4 minutos más o menos')
    raw = _UNIT_THEN_N.sub(
        lambda m: f"{m.group(2).removeprefix('на').strip()} {m.group(1)}", raw
    )  # Russian 'секунд 40', 'минут 5' (about 40 seconds): the number first
    raw = _ABOUT_N.sub(r"\1", raw)  # Indonesian and Malay '30-an detik', '3 menitan': about 30 seconds, 3 minutes
    raw = _MANY_THANKS.sub(" thanks ", raw)  # 'grazie mille', 'tusen takk': a thousand thanks count nothing
    raw = _KOREAN_COUNT.sub(lambda m: f"{_COUNT_VALUE.get(m.group(1), 1)}{m.group(2)}", raw)  # '세 개': three
    raw = _clock_habits(raw)
    if req.lyrics is not None and lyrics is not None:
        # Lyrics passed as a field are never read again as instructions where the words hold them too.
        # (as raw was: '۳:۱۵' → '3:15'; each place they were marked, so that a label before them is seen as theirs)
        marked = without_lyrics(raw, ascii_digits(unicodedata.normalize("NFKC", lyrics)), _FIELD_LYRICS)
        raw = marked.replace(_FIELD_LYRICS, " ")
        block = find_lyrics(raw)
        if (
            block is not None
            and block.how != "shape"
            and block.text[:1] not in ",.;，、،"  # (not the words after them)
            # ('paroles : "…" environ 2min30', '歌词："…" 一分半': the label is of the lyrics the field holds)
            and not (block.how == "label" and _LABEL_THEN_FIELD.search(marked))
        ):
            if _words(block.text) - _words(lyrics):
                return Question(
                    "The request holds lyrics that differ from the `lyrics` field; which should be sung? Pass "
                    "the lyrics to use as `lyrics` (or instrumental: true).",
                    "clarify",
                    ("lyrics", "instrumental"),
                )
            raw = block.outside(raw)
    sung = lyrics is not None and lyrics.strip().lower() not in ("[inst]", "[instrumental]")
    if req.instrumental is True and sung:
        return Question(
            "`instrumental` is true but the request has lyrics; should it be sung? Pass instrumental: false "
            "to sing the lyrics, or lyrics: '[inst]' for no vocals.",
            "clarify",
            ("instrumental", "lyrics"),
        )
    code = None
    if req.vocal_language:
        code = language_code(req.vocal_language)
        if code is None:
            return Question(
                f"`vocal_language` '{req.vocal_language}' is not one ACE Step 1.5 sings in; pass a code like "
                f"'ja', 'es' or 'pt'.",
                "clarify",
                ("vocal_language",),
            )
        if req.instrumental is True:
            return Question(
                "`vocal_language` names a language to sing in but `instrumental` is true; which is it?",
                "clarify",
                ("vocal_language", "instrumental"),
            )
        script = _script(lyrics) if sung and lyrics else None
        expected = _LANGUAGE_SCRIPT.get(code, "LATIN")
        if (
            script
            and script != expected
            and not (expected in ("CJK", "JAPANESE") and script in ("CJK", "JAPANESE"))
            and not (code == "sr" and script == "CYRILLIC")  # Serbian is written in both scripts
            # ('tum bin jiya jaaye kaise' with 'hi', 'ya tebe kokhayu' with 'uk'): a language typed in Latin letters,
            # unless the lyrics read as a language of those letters ('I love you so' with 'hi')
            and not (script == "LATIN" and not _reads_latin_language(lyrics or ""))
        ):
            return Question(
                f"The lyrics are written in {script.title()} script but `vocal_language` is '{req.vocal_language}'; "
                f"which language should it be sung in?",
                "clarify",
                ("vocal_language", "lyrics"),
            )
    named_track = re.search(r"(?<![\w/])trk_[0-9a-f]{12}(?![0-9a-z])", raw)
    if req.audio and named_track and named_track.group(0) not in req.audio:
        return Question(
            f"The request names {named_track.group(0)} but `audio` is {req.audio}; which track should I work on? "
            f"Pass it as `audio`.",
            "clarify",
            ("audio",),
        )
    if code is not None and not req.lyrics:
        from ace_step_mcp.router.languages import vocal_language_in

        said = vocal_language_in(raw.lower())
        if said is not None and said[1] != code:
            return Question(
                f"The request asks for vocals in '{said[0]}' but `vocal_language` is '{req.vocal_language}'; which "
                f"language should it be sung in? Pass `vocal_language`.",
                "clarify",
                ("vocal_language",),
            )
    pre = places_said_with_a_verb(units_to_canonical(bars_to_seconds(arabic_to_apart(raw.lower()))))
    if _CORRECTION.search(pre) or _BARE_NOT_THEN_LENGTH.search(pre) or _NOT_X_BUT.search(pre):
        from ace_step_mcp.router.lang import normalise

        # '2 minuti, anzi no, un minuto e mezzo': the length said last stands (its number words read first: '最後の十秒
        # いや十五秒', 'the last fifteen no actually the last twenty seconds')
        read = normalise(pre)
        struck = _corrected(read)
        pre = struck if struck != read else pre
    if req.audio and req.audio_length_s:
        pre = _now_and_whole(pre, req.audio_length_s)  # 'er ist grad 2:40, auf genau 3 Minuten': 20 s more
        pre = _INSTEAD_OF_NOW.sub(lambda m: _instead_of_now(m, req.audio_length_s or 0.0), pre)
    work = dataclasses.replace(req, request=pre, lyrics=lyrics, vocal_language=code, written=raw)
    outside = original.replace(req.lyrics.strip(), " ") if req.lyrics and req.lyrics.strip() else original
    outside = re.sub(r"\[[^\]\n]{0,40}\]", " ", outside)  # section markers: no language names, no requests
    notes: dict[str, Any] = {"source_tags": req.source_tags, "outside": outside.lower()}  # (lyrics left out)
    planned = planner(work, notes)
    if not isinstance(planned, Plan):
        converted = _agent_conversion(req, planned, notes, pre)
        if converted is None:
            return _unplanned(req, planned, notes)
        planned = converted
    result = planned
    result.rationale[:0] = lead
    if not _given_fields(req) and (not_now := _not_ordered(result, raw.lower(), notes.get("style_in"))) is not None:
        return not_now
    if (
        result.tool == "process_track"
        and ("fade_out_s" in result.arguments or "fade_in_s" in result.arguments)
        and not any(k.startswith("trim") for k in result.arguments)
        and not (req.deliverables or {}).keys() & {"fade_in_s", "fade_out_s"}
        and (either := _FADE_OR_CUT.search(raw.lower())) is not None
    ):
        # ('fade out or just a hard cut, whatever sounds better', 'フェードアウトかバッサリ切るか', 'Fade ut eller bare
        # kutte brått'): two endings offered and none chosen; a fade planned drops the cut
        return Question(
            f"'{either.group(0)}' offers a fade or a cut: which should it be? Pass fade_out_s (seconds) for a fade, "
            f"or trim_end_s for a cut.",
            "clarify",
            ("fade_out_s", "trim_end_s"),
        )
    if (unused := _unused_quote(original, result)) is not None and result.tool.startswith("text_to_audio"):
        return Question(
            f"The request quotes '{unused}'; are these the words to sing (pass them as `lyrics`), or a title or "
            f"description (pass `tags`)?",
            "clarify",
            ("lyrics", "tags"),
        )
    if unused is not None:
        # "replace the vocals at 0:30-0:45 with 'never again'": quoted words an edit neither sings nor styles by.
        return Question(
            f"The request quotes '{unused}', which this edit does not use; are these the words to sing there "
            f"(pass them as `lyrics`) or the sound (pass `tags`)?",
            "clarify",
            ("lyrics", "tags"),
        )
    if (
        req.instrumental is False
        and notes.get("instrumental_word")
        and not_instrumental_said(req, str(notes["instrumental_word"])) is None  # (not 'not instrumental')
    ):
        return Question(
            f"`instrumental` is false but the request says '{notes['instrumental_word']}'; should it have vocals?",
            "clarify",
            ("instrumental",),
        )
    if (
        result.tool.startswith("text_to_audio")
        and req.lyrics is None
        and "lyrics" not in result.arguments
        and (lyrics_said := _LYRICS_SAID.search(original.lower())) is not None
        and not _ABOUT_AFTER.search(original.lower(), lyrics_said.end(), lyrics_said.end() + 60)
    ):
        return Question(
            f"Are the words after '{(lyrics_said.group('mark') or lyrics_said.group('glued')).strip()}' the lyrics to "
            f"sing? Pass only the sung words as `lyrics`.",
            "clarify",
            ("lyrics",),
        )
    text = notes.get("text", pre)
    many = _count(text)
    # (takes of a regenerated window, only as the request's last words, asked for: 'redo 1:05-1:20, give me 2
    # options'; not of an extension, where 'two versions of a 15 s intro' may be two new pieces)
    window = result.tool == "audio_inpaint"
    if many and req.takes is None and many[1] <= MAX_TAKES and (window or result.tool.startswith("text_to_audio")):
        # (and before numbers were read, for the items said with number words: 'uno lento y otro rápido')
        # ('otra cosa: quiero 2 versiones…', 'un'altra cosa: fammi 3 versioni…': 'another thing' opens the message)
        differ = (
            (
                # (and never versions said apart, 'give me 2 versions one faster one slower', '一个快一个慢')
                None
                if _takes_of_a_window(text, many[0], notes.get("style_in"))
                and _differing(text, many[0], contrast=False) is None
                else many[0]
            )
            if window
            else _differing(_ANOTHER_THING.sub(" ", text), many[0], style_in=notes.get("style_in"))
            or _differing(_ANOTHER_THING.sub(" ", original.lower()), None, contrast=False)
        )
        if differ is not None:
            counted = f"'{many[0]}'" if differ == many[0] else f"'{many[0]}' with '{differ}'"
            return Question(
                f"{counted} may ask for pieces that differ; takes are renders of one request, so "
                f"ask for each piece on its own, or pass takes: {many[1]} for {many[1]} takes of the same.",
                "clarify",
                ("takes",),
            )
        result.takes = many[1]  # 'three versions of a 1 min house groove': takes of the same request, each paid
        result.rationale.append(f"'{many[0]}': {many[1]} takes of the same request (each paid, best first)")
    elif many and req.takes != many[1]:
        if many[1] > MAX_TAKES:
            return Question(
                f"'{many[0]}': one call renders at most {MAX_TAKES} takes of the same request; pass takes (1 to "
                f"{MAX_TAKES}) and ask again for more, or ask for each piece on its own.",
                "clarify",
                ("takes",),
            )
        return Question(
            f"'{many[0]}': one plan makes one piece; for {many[1]} takes of the same request pass "
            f"takes: {many[1]} (at most 4), or ask for each piece on its own.",
            "clarify",
            ("takes",),
        )
    sung_lines = [
        line.strip() for line in str(result.arguments.get("lyrics") or "").lower().splitlines() if line.strip()
    ]
    said_lower = _without_lines(original.lower(), sung_lines).translate(_FULL_WIDTH)  # ('x３': 'x3', same places)
    if (
        (times := _MULTIPLIER.search(said_lower)) is not None
        and int(times.group(1) or times.group(2)) != (req.takes or result.takes or 1)
        and _multiplies_the_request(original, said_lower, times)
    ):
        # ('lofi beat 30s x3', 'add 10s intro x2', 'redo 0:10-0:20 x2'): takes, twice the length, or a loop's repeats
        # (in the words as written: the reading writes '×' for its own approximations)
        n = int(times.group(1) or times.group(2))
        return Question(
            f"'{times.group(0).strip()}': {n} takes of the same request, or something else? Pass takes: {n} for {n} "
            f"takes (at most {MAX_TAKES}), or say what it multiplies.",
            "clarify",
            ("takes",),
        )
    # (and in the words as written: the number pass reads 'もう一曲' as 'もう1', 'ещё одну' as a count)
    more = (
        _more_pieces(text) or _more_pieces(original.lower())
        # (not beside a track open: 'cool, now do another one, no singing' is another beside that track)
        if result.tool.startswith("text_to_audio") and not req.takes and not req.audio
        else None
    )
    if more:
        # '2 min lofi, then make another one just like it': two pieces asked, one planned.
        return Question(
            f"'{more.group(0)}' asks for more than one piece; pass takes (at most 4) for several renders of the "
            f"same request, or ask for each piece on its own.",
            "clarify",
            ("takes",),
        )
    if (part := _a_part_as_the_length(result, req, text, notes.get("parts_in"))) is not None:
        return Question(
            f"'{part}' names a part of a track, not a new piece's length; which track (pass `audio`), or how long "
            f"should the new piece be (pass `duration`)?",
            "clarify",
            ("audio", "duration"),
        )
    bound = _BOUND_BEFORE.search(pre) or _BOUND_AFTER.search(pre)
    if bound is not None and result.tool.startswith("text_to_audio") and req.duration is None:
        return Question(
            f"'{bound.group(0).strip()}' sets a bound, not a length; how long exactly should it be? Pass duration "
            f"in seconds.",
            "clarify",
            ("duration",),
        )
    given = _length_fields(result, req)
    if (said := notes.get("no_then_value")) and not given and not (req.deliverables or {}):
        # ('tres minutos no cuatro', 'trzy minuty nie dwie': 'no' takes the first back, or says it is not the second)
        fields = ("loudness_lufs",) if "lufs" in said else _fields_for(result)
        return Question(
            f"'{said}': which value is meant? Pass {', '.join(fields)} to say exactly what you want.", "clarify", fields
        )
    half = None if given else _half_left(text, result, pre)
    if half is not None:
        fields = _fields_for(result)
        return Question(
            f"'{half}' holds a half I could not place in a length; how long exactly? Pass {', '.join(fields)} in "
            f"seconds.",
            "clarify",
            fields,
        )
    # (a bare count of something the story tells, '30 kids', only where the plan takes nothing by default)
    complete = not result.tool.startswith("text_to_audio") or "duration" in result.arguments
    tokens = time_tokens(text, counts=complete, story_counts=True)
    primary, derived = _plan_values(result, req.audio_length_s, notes)
    if (takes := req.takes or result.takes) and takes > 1:
        primary.append(float(takes))  # 'сгенери 3 варианта': the count is the takes the agent passed
    left = _parts_of(unplaced(tokens, primary, derived), given)
    if (
        left
        and result.tool == "audio_inpaint"
        and sum(bool(_MSS_PHRASE.fullmatch(t.phrase.strip())) for t in tokens) == 3
    ):
        left = _spots_outside(left, result, text)  # (one spot and one range: not a range said again, corrected)
    if left:
        fields = _fields_for(result)
        phrases = ", ".join(f"'{t.phrase}'" for t in left[:3])
        return Question(
            f"I read {phrases} in the request but the plan ({result.tool}) does not use "
            f"{'it' if len(left) == 1 else 'them'}; what is it for? Pass {', '.join(fields)}"
            f"{'' if result.tool == 'process_track' else ' (in seconds)'} to say exactly what you want.",
            "clarify",
            fields,
        )
    either = _EITHER_LENGTH.search(text)
    if either is not None and either.group(1) != either.group(2) and not given:
        # ('córtale el final tipo cinco o diez segundos no sé cuál', 'make it 2 or 3 minutes'): two lengths, one chosen
        # by nobody
        fields = _fields_for(result)
        return Question(
            f"'{either.group(0).strip()}' gives two lengths; which one? Pass {', '.join(fields)} to say exactly "
            f"what you want.",
            "clarify",
            fields,
        )
    asked = (
        _past_the_longest(result, req)
        or _an_events_length(result, req, text, notes)
        or _a_part_alone(result, req, text, notes)
        or _a_setting_alone(result, req, text, notes)
        or _a_length_of_the_song(result, req, text, notes)
    )
    if asked is not None:
        return asked
    unread = unread_units(text)
    if not unread and result.tool.startswith("text_to_audio") and "duration" not in result.arguments:
        # The planner's own reading may have shortened a unit it had no number for ('tweeënhalve minuut' →
        # 'min'); with no length planned, a unit in the request as written is a length left unread.
        unread = unread_units(pre) or glued_units(pre)
        if not unread and (stem := _UNIT_STEM.search(pre)):
            unread = [stem.group(0)]  # 'tříminutová', 'háromperces', 'mínútna': a length in a form not read
    if unread and not given:  # the agent's field says the length the words hold in a form not read
        fields = _fields_for(result)
        return Question(
            f"'{unread[0]}' says a length I could not read as a number; pass {', '.join(fields)} in seconds.",
            "clarify",
            fields,
        )
    spelled = (
        _spelled_number(text)
        if result.tool.startswith("text_to_audio") and "duration" not in result.arguments and not given
        else None
    )
    if spelled is not None:
        # 'त्रीणि निमेषाः' (three moments): a number word and a unit the tables lack; the default 60 s would
        # silently drop a length the person gave.
        return Question(
            f"'{spelled}' is a number, but I found no length it goes with; how long should it be? Pass `duration` "
            f"in seconds.",
            "clarify",
            ("duration",),
        )
    if result.tool in ("process_track", "audio_inpaint", "audio_outpaint") and not given:
        # ('leikkaa alusta kolme sekuntia ja lopusta kaks': a second cut's number in words the tables do not read
        # with it, dropped; a change of the track asks about every number it leaves)
        left_word = _spelled_number(" ".join(m.group(1) for m in _AFTER_AN_END.finditer(text))) or _spelled_run(
            text,
            {abs(float(v)) for v in result.arguments.values() if isinstance(v, int | float)},
            agent_said=bool(req.deliverables)
            or any(v is not None for v in (req.start_time, req.end_time, req.extend_before, req.extend_after)),
        )
        if left_word is not None:
            fields = _fields_for(result)
            return Question(
                f"'{left_word}' is a number, but the plan ({result.tool}) does not use it; what is it for? Pass "
                f"{', '.join(fields)} to say exactly what you want.",
                "clarify",
                fields,
            )
    cue = _cue_question(result, notes, req)
    if cue is not None:
        what, fields = cue
        return Question(f"{what}; say which you mean: pass {', '.join(fields)}.", "clarify", fields)
    if "duration" not in result.arguments and result.tool.startswith("text_to_audio"):
        result.defaults.append("duration: the request names no length → the endpoint's default, 60 s")
    if (
        result.tool == "audio_outpaint"
        and req.extend_before is None
        and req.extend_after is None
        and not result.arguments.get("extend_before_duration")
        and not any("after" in r and "…" in r for r in result.rationale)
    ):
        # A side said anywhere by a placing phrase of the side tables ('al final', 'vào cuối', 'at the end'; not
        # 'the end is weird'), the end only, or a total to reach: after, as 'extend' says.
        cues = notes.get("cues") or {}
        placed_after = "end" in cues and "start" not in cues
        total = any(" total with a " in r for r in result.rationale)
        if ("'add' + a length + a track → outpaint" in result.rationale and not total and not placed_after) or any(
            "(an intro) + a length" in r for r in result.rationale
        ):
            # 'add 10 s' with no side word the tables know: 'ajoute yon entwodiksyon 10 segonn' is an intro
            # in a word they lack. Extending says after; adding says nothing, so ask rather than guess. (An intro
            # named in a word the side tables lack, 'introducció': its seconds are never put after the track.)
            return Question(
                "Where should the added seconds go: before the track (an intro) or after it (an outro)? "
                "Pass `extend_before` and/or `extend_after` in seconds.",
                "extension",
                ("extend_before", "extend_after"),
            )
        result.defaults.append("the added music goes after the track: the request names no side")
        result.rationale.append("no side named → after the track")
    return result


def _past_the_longest(plan: Plan, req: Request) -> Question | None:
    """An extension that would take the track past the longest source an edit takes (60 minutes): a length read
    from something else ('Геймджем на 48 часов … удлини трек': the jam's 48 hours), asked about rather than planned
    (a new piece that long is refused by the planner)."""
    from ace_step_mcp.endpoints import MAX_SOURCE_SECONDS
    from ace_step_mcp.router.model import Question

    args = plan.arguments
    if plan.tool == "audio_outpaint":
        added = float(args.get("extend_before_duration") or 0) + float(args.get("extend_after_duration") or 0)
        if (req.audio_length_s or 0) + added > MAX_SOURCE_SECONDS:
            return Question(
                f"Adding {added:g} s would take the track past {MAX_SOURCE_SECONDS // 60} minutes, the longest an "
                f"edit takes; how much should be added? Pass `extend_before` and `extend_after` in seconds.",
                "extension",
                ("extend_before", "extend_after"),
            )
    return None


# A part of a song in the words of the 50 languages (their stems): a request that names one and nothing a new piece
# has ('uprav refrén', 'змени припев', 'ubah bahagian korus tu') is an edit in a verb the tables lack.
_A_PART = quick(
    r"(?<![^\W\d_])(?:chorus|refr\w*|estribillo|ritornell\w*|strof\w*|stroph\w*|couplet|verse|"
    r"bridge|puente|korus|reff?|kertos\w*|säkeist\w*|nakarat\w*|nəqarət\w*|pripjev\w*|pripev\w*|припев\w*|"
    r"приспів\w*|куплет\w*|рефрен\w*|ρεφρέν|κουπλέ|פזמון|اللازمة|کورس|कोरस|मुखड़\w*|अंतरा|কোরাস|கோரஸ்\w*|பல்லவி\w*|పల్లవి\w*|"
    r"కోరస్\w*|điệp khúc|dieu khuc|المقطع|والمقطع)(?![^\W\d_])|副歌|サビ|후렴|"
    # (Thai runs its words together: no word boundary, and 'hook' written either way: 'ทำท่อนฮุคใหม่หน่อย')
    r"ท่อนฮุ[กค]|ท่อนคอรัส|ท่อนเวิร์ส|ท่อนบริดจ์|ท่อนแรพ|ท่อนแร็พ|ท่อนร้อง|"
    # ... and the middle part ('Muokkaa sitä keskiosaa', 'change the middle part', 'cambia la parte central')
    r"(?<![^\W\d_])(?:middle\s+(?:part|section|bit)|mittelteil\w*|parte\s+(?:central|del\s+medio|do\s+meio|di\s+mezzo|"
    r"centrale)|partie\s+(?:centrale|du\s+milieu)|keskiosa\w*|middenstuk\w*|middendeel|mittdel\w*|mellemstykke\w*|"
    r"середин\w*\s+(?:песни|трека)|средн\w+\s+част\w*|środkow\w+\s+częś\w*|prostřední\s+část\w*|orta\s+kısm\w*)"
    r"(?![^\W\d_])|درمیانی\s+حصہ|बीच\s+का\s+हिस्सा|মাঝের\s+অংশ|中间部分|中間部分|중간\s*부분",
    re.IGNORECASE,
)


_A_SONG_WITH = quick(
    r"(?<![^\W\d_])(?:a|an|one|ein|eine|einen|une?|una?|uma?|een|egy|ett|en|et|ena|jedn\w*|bir)\s+(?:[^\W\d_]+\s+)?"
    r"(?:song|track|piece|tune|beat|jingle|canci[oó]n|chanson|morceau|lied|stück|canzone|brano|pezzo|m[úu]sica|"
    r"musique|can[çc][ãa]o|faixa|nummer|liedje|låt|sang|dal|szám|şarkı|mahnı|lagu|kappale|biisi|utwór|piosenk\w*|"
    # (a part of one, new: 'Escribe un estribillo pegadizo sobre el verano', 'write a catchy chorus')
    r"chorus|estribillo|refrain|refrão|ritornello|hook|jingle)"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)


_AN_EDIT_VERB = quick(r"(?<![^\W\d_])(?:add|replace|regenerate|redo|change|fix|extend|trim|cut)(?![^\W\d_])")


def _a_part_alone(plan: Plan, req: Request, text: str, notes: dict[str, Any]) -> Question | None:
    """A new piece planned from words that name a part of a song and no length, lyrics or style: an edit of a track
    in a verb the tables lack ('uprav refrén', 'змени припев'); asked for the track, or what the new piece is."""
    from ace_step_mcp.router.model import Question

    args = plan.arguments
    if not plan.tool.startswith("text_to_audio") or req.audio or args.get("duration") or args.get("lyrics"):
        return None
    if req.tags or req.duration or notes.get("named_style") or (part := _A_PART.search(text)) is None:
        return None
    if notes.get("looks_new") or (_A_SONG_WITH.search(text) and not _AN_EDIT_VERB.search(text)):
        return None  # ('a song with one verse and another chorus': the new piece's own parts)
    return Question(
        f"'{part.group(0)}' names a part of a song: which track should I change? Pass `audio` (a trk_ id, a file "
        f"path or an https URL); for a new piece instead, pass `duration` and `tags`.",
        "audio",
        ("audio", "duration", "tags"),
    )


# A track's setting or stretch named as a noun (its tempo, key, pitch or middle: 'গানটার tempo', 'اس گانے کا درمیانی
# حصہ'), which a new piece's description names too ('a slow tempo to fall asleep to', 'il tempo che passa'): a change
# only beside a song that already is (`_A_SONG_THAT_IS`).
_A_TRACKS_SETTING = quick(
    r"(?<![^\W\d_])(?:tempo|bpm|pitch|key|tonalit\w*|tonart|tonalidad|tonalidade|tono|tom|темп\w*|тональн\w*|"
    r"middle|mitte|milieu|medio|meio|mezzo|середин\w*|midden|mitten|keskiosa\w*|speed|velocidad|vitesse|"
    r"velocità|velocidade|geschwindigkeit|скорост\w*|швидкіст\w*|prędkość|tempa|tempem|tempot|tempoa)"
    r"(?![^\W\d_])|टेम्पो|ٹیمپو|টেম্পো|テンポ|템포|速度|درمیانی|बीच\s+का|মাঝের|中间|中間|真ん中|중간",
    re.IGNORECASE,
)
# A song that already is: pointed at, or its own ('the song', 'la canción', 'das Lied', 'গানটার', 'اس گانے کا', '这首').
_A_SONG_THAT_IS = quick(
    r"(?<![^\W\d_])(?:(?:the|this|that|my|our)\s+(?:song|track|tune|piece|beat|music)|"
    r"(?:la|esta|esa|mi|de\s+la)\s+(?:canción|cancion|pista|música|musica|rola)|(?:la|aquesta|aqueixa)\s+cançó|(?:el|este|ese|mi|del)\s+(?:tema|track|beat)|"
    r"(?:a|esta|essa|minha|da|na)\s+(?:música|musica|canção|cancao|faixa)|(?:o|do|este|esse|meu)\s+(?:som|beat|track)|"
    r"(?:la|cette|ma|de\s+la)\s+(?:chanson|musique|piste)|(?:le|ce|mon|du)\s+(?:morceau|titre|son|track)|"
    r"(?:la|questa|mia|della)\s+(?:canzone|musica|traccia)|(?:il|questo|mio|del)\s+(?:brano|pezzo|beat)|"
    r"(?:das|dieses|mein|den|dem|diesen|des)\s+(?:lied\w*|stück\w*|song\w*|track\w*)|(?:het|dit|mijn|van\s+het)\s+(?:nummer|liedje|lied)|"
    r"(?:эт\w+|мо\w+)\s+(?:песн\w*|трек\w*)|(?:ц\w+|мо\w+)\s+(?:пісн\w*|трек\w*)|"
    r"(?:tej|tę|mojej|moją)\s+piosenk\w*|şarkının|şarkıyı|lagu\s+(?:ini|itu|saya|aku)|bài\s+(?:này|hát\s+này)|"
    r"গানটা\w*|গানটি\w*|اس\s+گان\w+|گانے\s+(?:کا|کی|کے)|इस\s+गान\w+|गाने\s+(?:का|की|के)|هذه\s+الأغنية)"
    r"(?![^\W\d_])|这首|這首|把歌|歌的|この曲|曲の|이\s*노래|노래\s*(?:의|를|속도)",
    re.IGNORECASE,
)
_RELATIVE_BEFORE = quick(
    r"(?<![^\W\d_])(?:que|qui|che|which|that|who|die|der|das|которая|который|которое|які|яка|który|która|som|joka)"
    r"\s+(?:[^\W\d_]+\s+)?$"
)
# A verb of changing a track's speed or key, whatever it is said of ('speed up the song', 'Acelera la canción un
# poco', 'Ускорь песню', '把歌加快一点', '노래 속도 올려줘'): nothing a new piece is described with.
_A_SPEED_CHANGE = quick(
    r"(?<![^\W\d_])(?:speed\s+(?:it\s+|the\s+\w+\s+)?up|slow\s+(?:it\s+|the\s+\w+\s+)?down|transpose\w*|"
    r"acelera|acelérala|aceleralo|ralentiza\w*|beschleunig\w*|verlangsam\w*|accélère\w*|ralentis\w*|accelera|"
    r"rallenta\w*|ускорь\w*|замедли\w*|прискор\w*|сповільн\w*|przyspiesz\w*|zwolnij|spowolnij|zrychli\w*|"
    r"zpomal\w*|hızlandır\w*|yavaşlat\w*|percepat\w*|perlambat\w*|transponi\w*|транспонир\w*|"
    r"(?:sube|baja|subí|bajá|sobe|baixa|raise|lower)\s+(?:el|o|the)\s+(?:tono|tom|key|pitch|tempo))(?![^\W\d_])"
    r"|加快|放慢|调快|調快|调慢|調慢|속도\s*(?:올려|내려|높여|낮춰)|빠르게\s*해|느리게\s*해",
    re.IGNORECASE,
)


# What a new song is for or about, said after 'the song' or anywhere ('la chanson de mon mariage', 'about my grandmother',
# 'que hable de mi abuela'): a new piece described, not a track that already is.
_OF_A_NEW_SONG = quick(r"\s+(?:de|del|for|para|pour|für|per|zum|zur|voor|dla|для|do)\s")
_A_TOPIC = quick(
    r"(?<![^\W\d_])(?:about|sobre|hable\s+de|parle\s+de|parli\s+di|über|про|о\s+том|tentang|hakkında|kuhusu|"
    r"na\s+temat|om|over)(?![^\W\d_])"
)


def _only_the_requests_words(plan: Plan, req: Request, text: str, notes: dict[str, Any], *, length: bool) -> bool:
    """A new piece planned from the request's own words alone: no track, no style named, no lyrics, no piece of its
    own said ('a song', 'something new'), one take, and a length planned or not as `length` asks; nothing the agent
    passed. The two rules below ask about such a plan when its words name a track that already is."""
    args = plan.arguments
    if not plan.tool.startswith("text_to_audio") or req.audio or bool(args.get("duration")) != length:
        return False
    if args.get("lyrics") or req.tags or req.duration or req.lyrics or notes.get("named_style"):
        return False
    return not (notes.get("looks_new") or _A_SONG_WITH.search(text) or (plan.takes or 0) > 1)


def _a_length_of_the_song(plan: Plan, req: Request, text: str, notes: dict[str, Any]) -> Question | None:
    """A new piece planned from a length said of a song that already is and nothing else of a piece ('Fes que la
    cançó duri 3 minuts' → tags 'fes cançó duri', 180 s): the track's length, in a verb the tables lack; asked."""
    from ace_step_mcp.router.model import Question

    if not _only_the_requests_words(plan, req, text, notes, length=True):
        return None
    if (song := _A_SONG_THAT_IS.search(text)) is None:
        return None
    if _OF_A_NEW_SONG.search(text, song.end()) or _A_TOPIC.search(text):
        return None  # ('The song should be 3 minutes long and about my grandmother', 'la chanson de mon mariage')
    return Question(
        f"'{song.group(0)}' is a track that already is: which one should be {plan.arguments['duration']:g} s long? Pass "
        f"`audio` (a trk_ id, a file path or an https URL); for a new piece instead, pass `tags` and `duration`.",
        "audio",
        ("audio", "tags", "duration"),
    )


def _a_setting_alone(plan: Plan, req: Request, text: str, notes: dict[str, Any]) -> Question | None:
    """A new piece planned from words that name a track's tempo, speed, key or middle and no style, length or words
    to sing ('speed up the song' → tags 'speed up', 'গানটার tempo একটু কমাও' as written): a change to a track in a
    verb the tables lack, asked; never a paid render of the request's own words."""
    from ace_step_mcp.router.model import Question

    if not _only_the_requests_words(plan, req, text, notes, length=False):
        return None  # (and 'a song with a faster tempo': a piece of its own, said)
    said = _A_SPEED_CHANGE.search(text)
    if said is not None and _RELATIVE_BEFORE.search(text, max(0, said.start() - 14), said.start()):
        said = None  # ('Una canción que acelera el corazón', 'Песня, которая замедлит время': a new piece's words)
    if said is None and _A_SONG_THAT_IS.search(text):
        said = _A_TRACKS_SETTING.search(text)
    if said is None:
        return None  # ('Something with a slow tempo to fall asleep to', 'il tempo che passa': a new piece's words)
    return Question(
        f"'{said.group(0)}' reads as a change to a track: which track? Pass `audio` (a trk_ id, a file path or an "
        f"https URL); for a new piece instead, pass `tags` and `duration`.",
        "audio",
        ("audio", "tags", "duration"),
    )


_CLAUSE_END = quick(r"(?<!\d)[.!?](?=\s|$)|[。！？؟।\n,;，；、]")
_LONG_PIECE = 10 * 60
# Words around a length that say nothing of whose it is ('about 40 minutes long', 'unos 12 minutos', 'минут 10').
_LENGTH_FILLER = quick(
    r"(?:about|around|roughly|approximately|exactly|just|only|long|total|minimum|maximum|each|unos|unas|cerca|"
    r"quasi|quase|около|примерно|где-то|environ|circa|etwa|ungefähr|genau|lang|lange|lungo|lunga|largo|larga|noin|"
    r"omkring|ungefär|ongeveer|około|zhruba|körülbelül|yaklaşık|sekitar|khoảng|kira|chừng|durant|während|during|"
    r"while|with|para|pour|für|dla|длиной|tersebut|please|bitte|favor|duration|duración|duracion|durée|dauer|"
    r"duração|durata|duur|length|länge|lengte|longitud|longueur|lunghezza|длительность|длина|тривалість|"
    r"długość|délka|dĺžka|hossz|uzunluk|süre|durasi|panjang|độ dài|thời lượng)$",
    re.IGNORECASE,
)


def _content_words(part: str) -> list[str]:
    words = re.findall(r"(?<![^\W\d_])[^\W\d_]{4,}(?![^\W\d_])", part)
    return [w for w in words if not _LENGTH_FILLER.match(w) and w.lower()[:3] not in _unit_stems()]


def _an_events_length(plan: Plan, req: Request, text: str, notes: dict[str, Any]) -> Question | None:
    """A new piece of 10 minutes or more whose length is said of something else: in a sentence that names no music,
    beside words of its own ('The ceremony is about 40 minutes long. Could you write something gentle …'), or in a
    clause of two words or more of its own that names none ('Спектакль идёт 50 минут, сделай музыку'); the event's
    length more often than the piece's, asked (a long render is also a costly one). A length on its own beside the
    piece ('bossa nova chill, niente voce, 10 minuti') is the piece's."""
    from ace_step_mcp.router.model import Question

    style_in: Callable[[str], bool] = notes.get("style_in") or (lambda _: False)
    times_in: Callable[[str], list[Any]] = notes.get("times_in") or (lambda _: [])
    duration = float(plan.arguments.get("duration") or 0)
    if not plan.tool.startswith("text_to_audio") or duration < _LONG_PIECE or req.duration is not None:
        return None

    def left_of(stops: re.Pattern[str], at: int, end: int) -> str:  # (the clause or sentence, the length left out)
        begin, stop = around(stops, text, at, end)
        return text[begin:at] + " " + text[end:stop]

    for span in times_in(text):
        if abs(span.seconds - duration) > 0.5:
            continue
        clause, sentence = left_of(_CLAUSE_END, span.start, span.end), left_of(SENTENCE_END, span.start, span.end)
        if _PART_OR_PIECE.search(clause) or style_in(clause):
            return None
        musical = bool(_PART_OR_PIECE.search(sentence) or style_in(sentence))
        if len(_content_words(clause)) < (2 if musical else 1) or sentence.strip() == text.strip():
            return None
        return Question(
            f"'{text[span.start : span.end].strip()}' reads as the length of something else, not of the music; how "
            f"long should the piece be? Pass `duration` in seconds.",
            "clarify",
            ("duration",),
        )
    return None


def _length_fields(plan: Plan, req: Request) -> list[float]:
    """The lengths the agent passed for the plan's kind (the fields it filled from what it understood). Where
    the words hold a length in a form the tables do not read ('tria minuta', 'ثلاث دقائق'), these settle it;
    a length the words do read is still checked against them, and a disagreement is a question."""
    values: list[float | None]
    if plan.tool.startswith("text_to_audio"):
        values = [req.duration]
    elif plan.tool == "audio_outpaint":
        values = [req.extend_before, req.extend_after]
    elif plan.tool == "audio_inpaint" and req.start_time is not None and req.end_time is not None:
        values = [req.start_time, req.end_time, abs(req.end_time - req.start_time)]
    else:
        values = []
    return [float(v) for v in values if v is not None]


def _parts_of(left: list[Token], given: list[float]) -> list[Token]:
    """Numbers left over that add up to a length the agent passed are that length written in parts ('drie en
    een halve minuut' read as '3' and '0.5 min', with duration 210): nothing is left. Any other leftover stays."""
    if not given or not 2 <= len(left) <= 3:
        return left
    for readings in itertools.product(*(t.seconds for t in left)):
        if any(abs(sum(readings) - value) <= 0.51 for value in given):
            return []
    return left


def _agent_conversion(req: Request, asked: Question, notes: dict[str, Any], text: str) -> Plan | None:
    """'इसे mp3 में बदल दो' with `output_format` passed and no window or extension: the agent read the verb as
    'convert', which the question for it offers by that very field, so the free conversion is the plan. Not
    where the words hold a time (a window or a length the agent left out)."""
    from ace_step_mcp.router.model import Plan

    # The format the agent passed, else the one the words name ('wav로 바꿔줘', 'mp3 ஆக மாற்று'): with nothing
    # else said, a verb for 'change' and a format is the conversion, free and the original kept.
    fmt = (req.deliverables or {}).get("output_format") or (notes.get("delivery") or {}).get("output_format")
    timed = (req.start_time, req.end_time, req.extend_before, req.extend_after)
    if not fmt or not req.audio or asked.kind not in ("window", "edit_or_extend") or any(t is not None for t in timed):
        return None
    delivered = {float(v) for v in (notes.get("delivery") or {}).values() if isinstance(v, int | float)}
    timed_words = [t for t in time_tokens(text) if not set(t.seconds) & delivered]  # not 'mp3 320' (a bitrate)
    if timed_words or unread_units(text) or not _only_the_conversion(text, notes, fmt):
        return None
    delivery = dict(notes.get("delivery") or {})
    notes["agent_format"] = fmt
    said = "as given" if (req.deliverables or {}).get("output_format") else "named with a verb for 'change'"
    return Plan("process_track", {"track": req.audio, **delivery}, [f"output_format {fmt} {said} → process_track"])


def _only_the_conversion(text: str, notes: dict[str, Any], fmt: str) -> bool:
    """Nothing but the verb, the format, the track and a few short words ('इसे mp3 में बदल दो', 'badilisha trk_...
    kuwa mp3'): no instrument, section or style the verb could be changing ('cambia la chitarra con un piano')."""
    rest = _SKIP_REFS.sub(" ", text)
    for cue in (notes.get("cues") or {}).values():
        if (
            cue.kind == "regenerate"
            and _FIX_WORD.search(cue.word)
            and not _FORMAT_NAMED.search(text, max(0, cue.start - 16), cue.end + 16)  # ('صلح الصيغة', 'फॉर्मेट ठीक करो')
        ):
            return False  # ('बीच वाला हिस्सा ठीक करो और फिर इसे wav में दे दो': 'fix' changes no format)
        rest = rest.replace(cue.word, " ")
    rest = re.sub(r"(?<![^\W\d_])" + re.escape(fmt) + r"\S*", " ", rest)
    # The other free deliverables said beside it ('-14 LUFS पर नॉर्मलाइज़ करो') are not what the verb changes.
    rest = _LOUDNESS_WORDS.sub(" ", rest)
    words = re.findall(r"[^\W\d_]{2,}", rest)
    # A few words, or only short function words ('इसे … में … और … पर … करो'), never a noun the verb could change.
    return (len(words) <= 2 or all(len(w) <= 3 for w in words)) and not notes.get("style_tags")


# Verbs of the cue tables' 'regenerate' that say fix, repair or correct, never 'change (into)': with a format beside
# them they ask for new music and a delivery, not the conversion alone.
_FIX_WORD = quick(
    r"fix|repair|ठीक|सुधार|arregl|corrig|répar|repar|ripar|napraw|oprav|исправ|виправ|поправ|düzelt|perbaik|baiki|"
    r"sửa|sua lai|고쳐|고치|直し|修好|修一下|修复|修復|修正|صلح|صلّح|اصلح|أصلح|תקן|درست|ਠੀਕ|ঠিক|சரி|సరి|rekebish|ayusin|popravi|javít|korjaa|"
    r"fiks|fixa|ret\b|laga|lagfær|taisy|pataisy",
    re.IGNORECASE,
)
# ('फॉर्मेट ठीक करो, mp3 में दे दो': the format is what is fixed)
_FORMAT_NAMED = quick(
    r"format|फ़ॉर्मेट|फॉर्मेट|फॉर्मैट|формат|formato|فرمت|فورمات|الصيغة|صيغة|פורמט|biçim|포맷|フォーマット|格式", re.IGNORECASE
)
_LOUDNESS_WORDS = quick(
    r"-?\s?\d{1,2}(?:[.,]\d)?\s*lufs|normali[sz]\w*|normaliz\w*|normalis\w*|नॉर्मलाइज़?|नार्मलाइज़?|нормализ\w*",
    re.IGNORECASE,
)


def _unplanned(req: Request, result: Question, notes: dict[str, Any]) -> Question:
    from ace_step_mcp.router.model import Question

    fmt = (notes.get("delivery") or {}).get("output_format")
    if fmt and req.audio and result.kind in ("window", "edit_or_extend"):
        # 'X को mp3 में बदलो': the verb for 'convert' is the verb for 'change' in many languages; with a
        # format named, the question offers the free conversion too, by its field.
        asked = _KIND_FIELDS[result.kind]
        return Question(
            f"Should I only convert the track to {fmt} (pass output_format: '{fmt}'), or regenerate part of it "
            f"(pass {', '.join(asked)} in seconds)?",
            "clarify",
            ("output_format", *asked),
        )
    other = _OTHER_FORMAT.search((req.request or "").lower())
    if other is not None and req.audio and result.kind in ("window", "edit_or_extend"):
        # ('Spara som m4a', 'exportă în m4a'): a format the tool does not write, and nothing else said
        return Question(
            f"{_not_written(other)}. Pass output_format to convert the track, or "
            f"{', '.join(_KIND_FIELDS[result.kind])} in seconds to change part of it.",
            "clarify",
            ("output_format", *_KIND_FIELDS[result.kind]),
        )
    return _with_fields(result)


_KIND_FIELDS = {
    "window": ("start_time", "end_time"),
    "extension": ("extend_before", "extend_after"),
    "audio": ("audio",),
    "edit_or_extend": ("start_time", "end_time", "extend_before", "extend_after"),
    "tags": ("tags",),
}


def _unused_quote(original: str, plan: Plan) -> str | None:
    """Quoted words in an edit's request that are neither its lyrics nor in its tags; in a new piece with vocals, a
    quoted line of five words or more left to its tags ('Neuer Song bitte …: „Wir tanzen bis der Morgen kommt, die
    Stadt gehört uns heut Nacht“', 'Zhudebni tohle:\n"Praha spí a já jdu sám…"'): the words to sing, most likely,
    or a title; asked."""
    if plan.tool.startswith("text_to_audio"):
        if plan.arguments.get("lyrics") or "no vocals" in str(plan.arguments.get("tags") or "").lower():
            return None  # (lyrics sung, or none at all)
        for m in QUOTE.finditer(original):
            words = next(g for g in m.groups() if g is not None).strip()
            if len(re.findall(r"[^\W\d_]+", words)) >= 5 and _words(words) & _words(str(plan.arguments.get("tags"))):
                return words
        return None
    if plan.tool not in ("audio_inpaint", "audio_outpaint"):
        return None
    used = _words(f"{plan.arguments.get('tags') or ''} {plan.arguments.get('lyrics') or ''}")
    for m in QUOTE.finditer(original):
        words = next(g for g in m.groups() if g is not None).strip()
        if _words(words) and not _words(words) & used:
            return words
    return None


def _with_fields(question: Question) -> Question:
    """Every question names the make_music fields whose values settle it, in its text too."""
    from ace_step_mcp.router.model import Question

    if question.fields:
        return question
    fields = _KIND_FIELDS.get(question.kind, ("request",))
    named = ", ".join(f"`{f}`" for f in fields)
    return Question(f"{question.text} (Pass {named} to settle it.)", question.kind, fields)


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.lower()) if len(w) > 2}
