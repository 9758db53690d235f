"""What no tool here does, said beside what one does: a change of key or tempo, taking out or keeping only the
vocals or the drums, an effect (reverb, EQ, mastering), a mix with another track, a format none writes.

'export mp3 320 and pull the vocals out', 'alárgala 20 segundos y acelérala un pelín', 'normalizza a -16 LUFS e
mettici un po' di riverbero', '能存成m4a吗？开头剪掉2秒': the part the router reads is planned and the rest is lost,
so a paid render or a file goes out that is not what was asked. A request that holds one of these is asked about,
naming the part that cannot be done.

Read only of a plan that changes or delivers the open track (and, for a mix, of a new piece too): 'a slow song',
'in the key of the night', 'Speed King' describe a new piece. The words are per language, a reviewed few for each
kind; a verb of removing and a part of the mix are read together, within a clause.
"""

from __future__ import annotations

import re

from ace_step_mcp.router.quick import quick

# A change of key or pitch: the nouns and verbs of transposing ('bájale el tono', 'monter d'un ton', 'obniż tonację',
# 'hạ tông', '降调', 'キーを下げ', '키 낮춰', 'نزّل الطبقة').
_KEY = quick(
    r"(?<![^\W\d_])(?:transpos\w*|transpon\w*|halbtön\w*|tempo\s+(?:runter|rauf|hoch|herunter)|"
    r"(?:dreh|nimm)\w*\s+(?:das\s+)?tempo|транспон\w*|semiton\w*|semitò|halbton\w*|halvton\w*|halvtone\w*|halve\s+toon|"
    r"demi-ton\w*|demi\s+ton|półton\w*|pół\s+tonu|půlt[oó]n\w*|polotón\w*|полутон\w*|півтон\w*|ημιτόνι\w*|"
    r"félhang\w*|puolisävel\w*|hálftón\w*|pustoni\w*|polustep\w*|tonart\w*|toneart\w*|tonalit\w*|tonalidad\w*|"
    r"tonalidade\w*|toonsoort\w*|toonhoogte|tonhöhe|tonlage|tonacj\w*|tónin\w*|tonalitet\w*|тональн\w*|тоналност\w*|"
    r"hangnem\w*|sävellaji\w*|tóntegund\w*|τονικότητ\w*|tonunu|tonu|tonacij\w*|тоналитет\w*|baixa\S*\s+el\s+to|pitch\s+(?:\S+\s+)?(?:नीचे|ऊपर|कम|तल)|tonu\s+(?:düşür|yükselt)\w*|"
    r"(?:b[aá]j|s[uú]b|abbass|alz)\w*\s+(?:\w+\s+)?(?:el\s+|di\s+|de\s+)?(?:medio\s+|mezzo\s+|un\s+)?tono|"
    r"(?:medio|mezzo|un)\s+tono\s+(?:más|mas|pi[uù])\s+(?:baj|alt|bass)\w*|mezzo\s+tono|medio\s+tono|"
    r"(?:abaix|sob|baix)\w*\s+(?:o\s+)?tom|meio\s+tom|d['’]un\s+(?:demi-)?ton|un\s+ton\s+plus\s+(?:bas|haut)|"
    r"τόνο|τονο|(?:hạ|tăng|nâng|giảm)\s+tông|pitch\s+(?:it\s+)?(?:up|down)|(?:raise|lower|change|shift)\s+(?:the\s+|its\s+)?"
    r"(?:key|pitch)|(?:key|pitch)\s+(?:up|down|change|shift)|(?:half|whole)\s+step\s+(?:up|down|lower|higher)|"
    r"nightcore|chipmunk|retune\w*|432\s*hz|(?:a\s+)?(?:minor|major)\s+(?:second|third|fourth|fifth)\s+(?:higher|lower|up|down)|"
    r"in\s+[a-g](?:#|b|♯|♭)?\s+(?:minor|major)\s+instead|(?:un\s+)?tono\s+más\s+(?:agudo|grave|alto|bajo)|ganzton\w*|"
    r"(?:понизь|повысь|опусти|подними)\s+на\s+(?:пол\s*)?тон\w*|(?:half|halv|halve|halvt|pola|pół|půl|pol|medio|mezzo|meio|demi|ein(?:en)?\s+halbe[nr]?)[\s-]+(?:a\s+)?"
    r"(?:tone|tono|ton|toon|tona|tonu|key|step|tom|tón|tónu)|(?:fél|egy)\s*hang(?:gal|nyival)|bese\s+ton|monte\s+ton|"
    r"(?:hạ|tăng|nâng|giảm)\s+tone|nửa\s+cung|(?:turunin|naikin|turunkan|naikkan)\s+nada\w*|nadanya|"
    r"(?:kushusha|kupandisha|shusha|pandisha)\s+key|scale\s+(?:mein|me|ma|ko)|(?:neeche|niche|upar)\s+scale|"
    r"пола\s+тона)(?![^\W\d_])"
    r"|半音|音程|転調|キーを?(?:下げ|上げ|変え)|반음|음정|키를?\s*(?:낮춰|올려|내려|바꿔)|降调|升调|变调|變調|转调|轉調|"
    r"키\s*(?:좀\s*)?(?:낮춰|올려|내려|바꿔)|把调|调降|调升|降半音|升半音|调低|调高|降\S{0,3}key|升\S{0,3}key|半個key|(?<![^\W\d_])(?:گام|پچ)(?![^\W\d_])|स्केल|คีย์|ครึ่งเสียง|স্কেল|ஸ்ருதி|పిచ్|पिच|ਪਿੱਚ|الطبقة|طبقة\s+الصوت|חצי\s+טון|סולם|सुर\s+(?:नीचा|ऊंचा|कम)|स्केल\s+(?:कम|बदल|नीचे)"
)
# A change of tempo said as a verb or as 'faster' / 'slower' ('acelérala un pelín', 'замедли немного', 'dicepetin',
# '整体加快一点', '템포 좀 빠르게'). Said of an added part ('a slower outro') it is that part's style: see _A_PART_NEAR.
_TEMPO = quick(
    r"(?<![^\W\d_])(?:speed\s+(?:it\s+|this\s+|the\s+\w+\s+)?up|slow\s+(?:it\s+|this\s+|the\s+\w+\s+)?down|faster|slower|"
    r"more\s+(?:slowly|quickly)|\d+\s*bpm\s+(?:faster|slower|quicker)|"
    r"más\s+rápid\w*|mas\s+rapid\w*|más\s+lent\w*|mas\s+lent\w*|acelér\w*|aceler\w*|ralentiz\w*|desaceler\w*|"
    r"plus\s+vite|plus\s+rapide|plus\s+lent\w*|ralenti\w*|accélér\w*|accelera\w*|rallent\w*|velocizz\w*|"
    r"più\s+veloce|più\s+lent\w*|troppo\s+veloce|troppo\s+lent\w*|schneller|langsamer|beschleunig\w*|verlangsam\w*|"
    r"mais\s+rápid\w*|mais\s+rapid\w*|mais\s+lent\w*|быстрее|медленнее|ускор\w*|замедл\w*|швидше|повільніше|"
    r"пришвидш\w*|сповільн\w*|szybciej|wolniej|przyspiesz\w*|zwolnij|spowolnij|rychlej\w*|pomalej\w*|zrychl\w*|"
    r"zpomal\w*|rýchlejš\w*|pomalš\w*|zrýchl\w*|spomal\w*|gyorsabb\w*|lassabb\w*|gyorsít\w*|lassít\w*|"
    r"mai\s+rapid\w*|mai\s+lent\w*|accelerea\w*|încetin\w*|incetin\w*|πιο\s+γρήγορ\w*|πιο\s+αργ\w*|επιτάχυν\w*|"
    r"επιβράδυν\w*|sneller|langzamer|versnel\w*|vertraag\w*|snabbare|långsammare|hurtigere|langsommere|raskere|"
    r"tregere|saktere|nopeammaksi|nopeammin|hitaammaksi|hitaammin|nopeuta|hidasta|hızlandır\w*|yavaşlat\w*|"
    r"daha\s+hızlı|daha\s+yavaş|lebih\s+cepat|lebih\s+lambat|lebih\s+laju|dicepetin|dipercepat|percepat\w*|"
    r"perlambat\w*|dipelanin|nhanh\s+hơn|chậm\s+hơn|tăng\s+tốc|giảm\s+tốc|més\s+ràpid\w*|més\s+lent\w*|"
    r"alenteix\w*|brže|sporije|ubrzaj\w*|uspori\w*|по-бързо|по-бавно|ускори|забави|greičiau|lėčiau|"
    r"sürətləndir\w*|hraðar|hægar|mas\s+mabilis|mas\s+mabagal|bilisan|bagalan|tempo\s+\w+\s+(?:up|down)|"
    r"забърза\w*|tardior\w*|celerior\w*|hizlandir\w*|yavaslat\w*|sped[\s-]+up|slowed[\s-]+(?:down|\+|and)|"
    r"double[\s-]+time|half[\s-]+time|\d{2,3}\s*bpm\s+(?:bring|setz|stell)\w*|pick\s+up\s+the\s+pace|up\s+the\s+tempo|tempo\s+up|rapidit\w*|\d(?:[.,]\d+)?\s*x\s+speed|"
    r"(?:make|set|put|change)\s+(?:it\s+)?(?:to\s+)?\d{2,3}\s*bpm|(?:mach\w*|make|bring|set|put|change|pon\w*|mets|mettilo|porta\w*|zet|"
    r"сделай|постав\w*)\s+(?:\S+\s+){0,3}(?:auf|to|at|a|à|na|до|на|zu|naar|op|på|till)\s+\d{2,3}\s*bpm)"
    r"(?![^\W\d_])"
    r"|ধীর\s+কর|速く|速め|遅く|遅め|ゆっくりめ|テンポ\S{0,8}?(?:上げ|下げ|速|遅|早)|bpm\s*\d{2,3}\s*(?:くらい|ぐらい)?に|빠르게|느리게|"
    r"템포\S{0,6}?(?:올려|내려|빠르|느리|높|낮)|속도\s*(?:좀\s*)?(?:올려|내려|빠르|느리|높|낮)|テンポアップ|テンポダウン|"
    r"速度\S{0,3}(?:快|慢|加|减|減)|तेज़\s+कर|तेज\s+कर|स्पीड|ਸਪੀਡ|స్పీడ్|ஸ்பீட்|স্পিড|سپیڈ|اسپید|加快|放慢|快一点|慢一点|加速|减速|減速|变速|變速|"
    r"เร็วขึ้น|ช้าลง|أسرع|اسرع|أبطأ|ابطأ|سرّع|بطّئ|سریع‌تر|سریعتر|آهسته‌تر|کندتر|"
    r"מהר\s+יותר|לאט\s+יותר|תאט|תאיץ|הקצב|整快|整慢|"
    r"(?<![^\W\d_])(?:pi\s+vit|pi\s+dousman|celerius|tardius|perlahan\w*|kasi\s+zaidi|polepole\s+zaidi)(?![^\W\d_])"
)
# An added part named near a tempo word: its style, not the track's tempo ('a slower intro', 'outro más lento').
_A_PART_NEAR = quick(
    r"(?<![^\W\d_])(?:intro\w*|outro\w*|ending|endings|final|finale|coda|bridge|part|section|introducción|entrada|"
    r"cierre|einleitung|vorspiel|schluss|вступлени\w*|концовк\w*|аутро|інтро|teil|parte|partie|"
    r"часть|частин\w*|ritardando|accelerando|fade[\w\s-]{0,10}(?:slower|faster|more\s+slowly)|(?:that|which)\s+(?:gradually\s+)?(?:gets?|becomes?|grows?))(?![^\W\d_])|"
    r"イントロ|アウトロ|인트로|아웃트로|"
    r"前奏|尾奏|结尾|結尾"
)
# What a mix is made of ('the vocals', 'la batería', '보컬', '人声'), and the verbs that take one out or keep only it.
_A_PART_OF_THE_MIX = quick(
    r"(?<![^\W\d_])(?:vocals?|vox|voice|singing|singer|drums?|bass(?:line)?|voz|vocal|batería|bateria|voix|chant|"
    r"batterie|voce|batteria|gesang|stimme|schlagzeug|вокал\w*|голос\w*|барабан\w*|zang|zangstem|vokal\w*|"
    r"φωνητικ\w*|φωνή|vocea|voci|wokal\w*|perkusj\w*|zpěv\w*|bicí|ének\w*|dob\w*|giọng|lời|trống|sång\w*|sangen|"
    r"vokalen|trommer|trummor|laulu\w*|rummut|rumpu\w*|davul\w*|vokali|vwa|vocem|bubnj\w*|бубњ\w*|bicie|"
    r"söng\w*|бас|баса|басът|basa|basu|"
    r"sauti\s+ya\s+mwimbaji|שירה|הקול|תופים)"
    r"(?![^\W\d_])|ボーカル|歌声|ドラム|보컬|목소리|드럼|人声|歌声|鼓声|鼓|صوت\s+المغني|الغناء|الفوكال|الطبول|صدای\s+خواننده|وکال|"
    r"वोकल|आवाज़|आवाज|ड्रम|เสียงร้อง|กลอง|ভোকাল|ਆਵਾਜ਼|ਆਵਾਜ|آواز"
)
_OUT_OR_ONLY = quick(
    r"(?<![^\W\d_])(?:remove|removing|remoev\w*|mute|nuke|kill|take\s+out|turn\s+down|coupe|borra\w*|bórra\w*|"
    r"hata\s+do|hatao|nikal\s+do|ayrı|treu\w*|pašalink\w*|pull\s+(?:\w+\s+){0,2}out|strip|get\s+rid\s+of|delete|isolate|"
    r"extract|separate|split|solo\s+the|quita\w*|quítale|quitale|saca\w*|elimina\w*|aísla|aisla|"
    r"vire|virer|enlève\w*|enleve\w*|retire\w*|supprime\w*|isole\w*|togli\w*|rimuov\w*|elimin\w*|isola\w*|"
    r"tira\w*|remov\w*|separa\w*|raus\w*|entfern\w*|weg|isolier\w*|убер\w*|убра\w*|удали\w*|вырежь|прибер\w*|"
    r"видали\w*|haal\w*|eruit|verwijder\w*|sil|çıkar\w*|ayır\w*|βγάλε|αφαίρεσ\w*|scoate|elimină|usuń|wytnij|"
    r"odstraň\w*|vyhoď|odeber|vedd\s+ki|hapus\w*|buang\w*|dibuang|dihapus|bỏ|xóa|xoá|tách|ta\s+bort|fjern\w*|"
    r"poista|makni|maknuti|taktu|махни|премахни|избаци|izbaci|ondoa|uondoe|ondoe|"
    r"tanggalin|alisin)(?![^\W\d_])"
    r"|抜|消し|消す|除去|取り除|지우|빼|제거|분리|따로|去掉|去除|消除|分离|分離|شيل|احذف|إزالة|ازالة|افصل|حذف|بردار|"
    r"हटा|निकाल|نکال|ตัด|เอาออก|להוריד|תוריד|להסיר|আলাদা|ਹਟਾ"
)
# The whole kinds a name says by itself: a karaoke or a-cappella version, stems, a 'minus' backing.
_STEMS = quick(
    r"(?<![^\W\d_])(?:karaoke\w*|karaoké|karaokê|караоке|instrumental[\s-]*(?:version|versión|versão)\s+(?:davon|of\s+(?:it|this)|"
    r"de\s+(?:esta|esa|ella|la\s+canción)|dela|dessa)|a\s*capp?ell?a|akapela\w*|stems?|sing\s+over\s+it|"
    r"instrumental\s+(?:version\s+)?of\s+(?:this|it|the\s+(?:track|song))|"
    r"минусовк\w*|мінусовк\w*|(?:оставь|залиш\w*|сделай|зроби|нужен|потрібен)\s+(?:только\s+)?(?:минус|мінус)|"
    r"(?:das|nur\s+das|ein|als)\s+playback|minus\s+one)(?![^\W\d_])|カラオケ|가라오케|노래방|반주만|消音|卡拉OK|伴奏|カラオケ版"
)
# An effect no render adds to the track ('mettici un po' di riverbero', 'pack bisschen mehr Hall drauf',
# 'ecualízala', 'プロっぽくマスタリング', '加点混响').
_EFFECT = quick(
    r"(?<![^\W\d_])(?:reverb\w*|réverb\w*|riverber\w*|reverber\w*|nachhall|(?:mehr|etwas|bisschen|viel)\s+hall|"
    r"hall\s+drauf|реверб\w*|ревер\w*|echo|(?:efecto|effetto|efeito|con|com|di|de|d['’]|più|mas|más|poco\s+de|un|um|"
    r"po['’]\s+di)\s+eco|écho|эхо|yankı|galm|pogłos\w*|dozvuk\w*|visszhang\w*|zengés\w*|"
    r"kaiku\w*|αντήχησ\w*|ηχώ|ecou|ехо|bergmál\w*|romklang\w*|rumklang\w*|efek\s+gema|vang\s+hơn|eq|equali[sz]\w*|ecualiz\w*|égalis\w*|egalis\w*|"
    r"equalizz\w*|equaliz\w*|ecual[ií]z\w*|эквалай\w*|еквалай\w*|korektor\w*|masteri[nz]g\w*|masterizz\w*|masteriz\w*|"
    r"мастеринг\w*|mastering|autotune|auto-tune|compress(?:ion|or)|kompress\w*|компресс\w*|"
    r"distor\w*|дисторш\w*|delay|saturat\w*|saturaç\w*|saturazion\w*|sättigung|compresie|limiter|limiteur|"
    r"sidechain\w*|radio-?ready|flanger|phaser|chorus\s+(?:effect|on|na|no|en|sur|auf|nella|sulla)\s+(?:the\s+|a\s+|la\s+)?"
    r"(?:guitar\w*|gitar\w*|guitare|voz|voice|vocals?|voix|synth\w*)|ekko|ekkoet|aido|aidą|луни|луна|compressi\w*|compresió|compressió|masteroi\w*|"
    r"sound\s+like\s+a\s+live|como\s+en\s+vivo|en\s+vivo|ao\s+vivo|dal\s+vivo|live-?(?:sound|konzert|concert)|"
    r"(?:like\s+a\s+pro|studio\s+quality|come\s+in\s+studio|comme\s+en\s+studio|como\s+en\s+(?:el\s+)?estudio))"
    r"(?![^\W\d_])|リバーブ|エコー|イコライ|マスタリング|리버브|에코|이퀄|마스터링|混响|混響|回声|回聲|均衡|母带|صدى|ريفيرب|"
    r"ريفرب|ریورب|אקו|הד|ריוורב|गूंज|रिवर्ब|เสียงก้อง|รีเวิร์บ|اکو|افکت|ディレイ|딜레이|延迟|ライブ会場|ライブっぽ"
)
# How the track sounds, asked to change ('make it a bit less muddy', 'klingt dumpf… brillanter', 'こもってる… スッキリ',
# 'trop criard dans les aigus'): a mix or master, which no render makes of the track as it is. Said of an added part
# ('a warmer intro') it is that part's style, as a tempo word is.
_TIMBRE = quick(
    r"(?<![^\W\d_])(?:muddy|boomy|harsh|brighter|warmer|punchier|crisper|less\s+(?:muddy|boomy|harsh|tinny)|more\s+punch|"
    r"dumpf\w*|brillanter|wärmer|criard\w*|adoucir|aigus|tunkkai\w*|dof|oppeppen|abafad\w*|embolad\w*|"
    r"ovattat\w*|impastat\w*|глух\w*|мутн\w*|bass\s+boost|boost\s+(?:the\s+)?bass|más\s+brillo|"
    r"más\s+cálid\w*|plus\s+chaud\w*|più\s+cald\w*)(?![^\W\d_])|こもって|こもり|スッキリ|먹먹|답답하|闷|發悶"
)
# Another track mixed in ('layer it over my drum loop', 'mixalo con la base che ti ho mandato', '跟我录的人声混在一起').
_MIX = quick(
    r"(?<![^\W\d_])(?:mix\w*\s+(?:\w+\s+){0,2}(?:with|together|into)|mix\s+it\s+with|layer\s+(?:it|this)\s+(?:over|on|with)|"
    r"overlay|mash\s*-?\s*up|merge\s+(?:it\s+)?with|combine\s+(?:it\s+)?with|mezcl\w*|mézcl\w*|miksaa|mélang\w*|melang\w*|"
    r"superpos\w*|mixe[rz]?\s+(?:\w+\s+){0,2}avec|mixal\w*|mixar\w*\s+con|mix\w*\s+con|sovrapp\w*|"
    r"mixa\s+com|mistur\w*|junt\w*\s+com|zusammen\w*|misch\w*|überlager\w*|сведи\w*|свест\w*|смешай\w*|наложи\w*|"
    r"зведи\w*|зміксуй\w*|накла\w*|zmiksuj\w*|połącz\w*|polacz\w*|samenvoeg\w*|mix\s+(?:\w+\s+){0,2}met|"
    r"birleştir\w*|karıştır\w*|miksa\w*|barreja\w*|mix\s+(?:गर|कर)\w*|ghép\w*|trộn|gabung\w*|campur\w*|mixa\s+ihop|lägg\s+ihop|adjuk\s+össze|smíchej|"
    r"spoj\w*|amestec\w*|و?ادمج\w*|دمج|و?اخلط\w*|ادغام)(?![^\W\d_])"
    r"|(?<![^\W\d_])unisc\w*\s+con|另一首|另外一首|叠在一起|疊埋|叠起来|別の曲と|다른\s*곡(?:이랑|과|하고)|重ねて|重ね|ミックスして|합쳐|섞어|겹쳐|混在一起|叠加|疊加|合并|合併|混音|मिक्स\s+कर|मिला\s+द|มิกซ์|รวมกับ"
)
# A format none of the tools writes, where it is not the name of a file ('.m4a', 'm4aで', 'aac में'; not 'demo.m4a');
# 'opus' only as a format is named ('as opus', '.opus'; not Latin 'opus meum', my piece).
_NO_FORMAT = quick(
    r"(?<![a-z0-9_/\\.])\.?(?:m4a|aac|wma|aiff?|alac)(?![a-z0-9])|(?<![^\W\d_])(?:a|as|in|to|into)\s+midi(?:\s+file)?(?![^\W\d_])|midi\s*(?:檔|档|ファイル|파일|file|datei|fichier|archivo)|(?<![a-z0-9_/\\.])\.opus(?![a-z0-9])|"
    r"(?<![^\W\d_])(?:as|in|to|into|en|em|als|in|w|в|na|format|formato|формат)\s+\.?opus(?![a-z0-9])|"
    r"opus\s*(?:로|으로|で|に|格式|形式|format|file|файл)",
    re.IGNORECASE,
)
# ('keep the same key', 'in the same tempo': a key said to stay, not a change)
_SAME = quick(
    r"(?<![^\W\d_])(?:same|gleiche[nr]?|selben?|misma|mismo|même|stessa|stesso|mesma|mesmo|тот\s+же|той\s+же|"
    r"original\w*)\s+(?:\w+\s+)?$"
)
# Said not to be done ('no reverb', 'sin eco', 'ohne Hall', 'без реверба', 'don't change the key').
_NOT_BEFORE = quick(
    r"(?<![^\W\d_])(?:no|not|don['’]?t|do\s+not|doesn['’]?t|isn['’]?t|shouldn['’]?t|should\s+not|won['’]?t|never|"
    r"without|sin|sans|pas\s+de|ohne|kein\w*|nicht|senza|non|sem|não|nao|без|не|bez|nie|zonder|geen|utan|uden|"
    r"uten|ilman|nélkül|fără|fara|χωρίς|tanpa|không|ayrı\s+değil|keep|keeping|kept|manteniendo|mantén|manten|"
    r"mantenendo|mantieni|mantendo|mantenha|behalte\w*|derselben|dieselbe|denselben)"
    r"(?![^\W\d_])(?<!\bno(?=\s(?:final|fim|início|inicio|começo|meio)))(?:[\s'’]+[^\s.,;!?]+){0,4}[\s'’]*$"
)
# ... or after ('reverb is not needed', 'the EQ as it is', 'no hace falta')
_NOT_AFTER = quick(
    r"^[^.,;!?]{0,12}?(?:(?:is|are)\s+not\s+needed|isn['’]t\s+needed|not\s+needed|unnecessary|as\s+it\s+is|"
    r"no\s+hace\s+falta|nicht\s+nötig|pas\s+besoin|non\s+serve|não\s+precisa|не\s+нужн\w*|wie\s+(?:er|sie|es)\s+ist|"
    r"como\s+está|così\s+com['’]è|comme\s+(?:il|elle)\s+est)"
)
# Told as what happened before, not asked ('Paid for a mastering service last time', 'Udah aku coba EQ', 'כבר
# ניסיתי לתקן באקולייזר'): a clause with one of these is a story.
_STORY = quick(
    r"(?<![^\W\d_])(?:already|tried|last\s+time|before|earlier|used\s+to|myself|yourself|i['’]ll\s+do|i\s+will\s+do|"
    r"selbst|yo\s+mism[oa]|moi-même|io\s+stess[oa]|eu\s+mesm[oa]|sendiri|kendim|lo\s+aceleré|aceleré|ya\s+(?:lo\s+)?(?:intenté|probé)|déjà|schon|"
    r"già|já\s+tentei|уже|вже|już|už|sudah|udah|zaten|đã|(?:heb|had|hebben)\s+al|redan|allerede|jo\s+kokeilin)"
    r"(?![^\W\d_])|已经|已經|もう|이미|כבר|بالفعل|قبلاً|पहले\s+ही"
)
# A whole-track word: a tempo change said of all of it ('整体加快一点', '全体をゆっくりめ', 'the whole thing faster').
_WHOLE = quick(
    r"(?<![^\W\d_])(?:whole|entire|overall|everything|all\s+of\s+it|todo|toda|entera|tout|entier|entière|alles|"
    r"ganze\w*|tutto|tutta|intero|inteira|inteiro|всё|все|весь|всю|całość|całą|cały|celou|celé|hele|heel|helt|"
    r"koko|bütün|tüm|semua|seluruh|toàn\s+bộ|cả\s+bài)(?![^\W\d_])|全体|整体|整體|全部|전체|كله|كامل|पूरा|पूरे"
)
# Another recording of the person's own, for a mix with a new piece ('跟我录的人声', 'with my vocals', 'con mi voz').
_MINE = quick(
    r"(?<![^\W\d_])(?:my|mine|mi|mis|ma|mon|mes|mein\w*|minha|meu|mia|mio|моей|моим|мою|мой|моё|моїм|мою|"
    r"moim|moją|moje|mijn|benim|saya|aku|min|mitt|mina|mojom|mojim|moja|moju|svoj\w*|свој\w*|мојом)(?![^\W\d_])|我录|我錄|跟我|和我|我的|私の|내\s"
)
# A name in quotes ('곡 제목이 '리버브'', '《变速》', '"Speed King"'): a title, not a request.
_QUOTED = quick(
    r"《[^》\n]{1,60}》|「[^」\n]{1,60}」|『[^』\n]{1,60}』|“[^”\n]{1,60}”|„[^“”\n]{1,60}[“”]|‘[^’\n]{1,60}’|"
    r"\"[^\"\n]{1,60}\"|«[^»\n]{1,60}»|(?<![^\W\d_])'(?:[^'\n]|(?<=[^\W\d_])'(?=[^\W\d_])){1,60}'(?![a-zà-ÿ])"
)
# A tempo said by comparison ('faster', 'más rápido', 'schneller'): of an extension, said of the track only with a
# verb of making ('deixa mais rápida', 'зроби трохи швидше') or a whole-track word; else the added part's feel.
_COMPARED = quick(
    r"(?<![^\W\d_])(?:faster|slower|more|más|mas|plus|più|schneller|langsamer|mais|быстрее|медленнее|швидше|"
    r"повільніше|szybciej|wolniej|rychlej\w*|pomalej\w*|rýchlejš\w*|pomalš\w*|gyorsabb\w*|lassabb\w*|mai|πιο|"
    r"sneller|langzamer|snabbare|långsammare|hurtigere|langsommere|raskere|tregere|saktere|nopeammaksi|nopeammin|"
    r"hitaammaksi|hitaammin|daha|lebih|hơn|més|brže|sporije|по-бързо|по-бавно|greičiau|lėčiau|hraðar|hægar|pi|"
    r"kasi|tardior\w*|celerior\w*)(?![^\W\d_])|快一点|慢一点|速め|遅め|ゆっくりめ|빠르게|느리게|เร็วขึ้น|ช้าลง|أسرع|"
    r"اسرع|أبطأ|ابطأ|سریع|آهسته|کندتر|מהר|לאט"
)
_MAKE = quick(
    r"ทำให้|(?<![^\W\d_])(?:make|mach\w*|haz\w*|fais|fai|fall[ao]|faz|deix\w*|zrob\w*|сделай|зроби|fă|uifanye|bikin\w*|"
    r"buat|làm|yap|gör|maak|gjør|gør|tee|fes|rends|get\s+it|pon[lm][oa]|mettil[oa]|fè|fac|faça)(?![^\W\d_])"
    r"|させ|して|해줘|하게|弄|搞|整"
)
# Another recording than the track ('the other song', 'the beat I sent you yesterday', '另一首'), for a mix.
_OTHER = quick(
    r"(?<![^\W\d_])(?:another|other|otra|otro|autre|andere\w*|altra|altro|outra|outro|другой|другим|другою|іншою|"
    r"інш\w*|inny\w*|inną|jin\w+|másik|muu|diğer|lain|khác|annan|anden|andre|άλλο|cealaltă|second|2nd|yesterday|"
    r"gestern|ayer|ontem|hier|ieri|вчера|вчора|wczoraj|včera|dün|kemarin|hôm\s+qua|sent\s+you|ti\s+ho\s+mandato|"
    r"te\s+pasé|te\s+mandé|t['’]ai\s+envoyé|dir\s+geschickt|te\s+mandei|скинул\w*|отправил\w*|ثاني|الثاني|"
    r"recorded|grabé|enregistré|aufgenommen|registrato|gravei|записал\w*|drug\w*|друг\w*|toise\w*|subí|uploaded)(?![^\W\d_])|另|別の|다른|昨日|"
    r"어제|昨天|前に作った|前の|अर्को|दूसरे|दूसरी"
)
# A recording of one's own, for a mix beside a new piece ('my vocals', '我录的人声').
_RECORDING = quick(
    r"(?<![^\W\d_])(?:vocals?|voice|recording|take|track|stem|voz|grabación|voix|enregistrement|stimme|aufnahme|"
    r"gesang|voce|registrazione|gravação|вокал\w*|запис\w*|голос\w*)(?![^\W\d_])|人声|人聲|录|錄|歌声|ボーカル|録音|"
    r"녹음|보컬"
)
# The music's own tempo or key named beside a delivery, which has none of its own to set.
_A_SETTING_OF_THE_MUSIC = quick(
    r"(?<![^\W\d_])(?:tempo|tempa|tempot|tempoa|темп|темпа|темпом|tonhöhe|tonhoehe|hauteur|tonlage|tonalit\w*)"
    r"(?![^\W\d_])|템포|テンポ|音调|音調"
)
# A count of tones or steps, said of the track ('drop it a whole step', 'bir ton düşür', 'cu un ton', 'een hele toon
# lager', 'mig to', 'пів тону', 'uno gradu'): a transposition. Not read of an edit's range, where 'un tono più allegro'
# is the new part's mood.
_TONES = quick(
    r"(?<![^\W\d_])(?:a|one|whole|half|un|une|uno|una|um|uma|ein\w*|een|hele|halve|halvt|bir|ett|et|en|mig|cu\s+un|"
    r"o|jeden|jedn\w*|пів|пол|один|одн\w*|на|by\s+a)\s+(?:whole\s+|hel\w*\s+)?(?:tone|ton|toon|tono|tom|tonsteg|тон|"
    r"тону|тона|step|gradu|stupe\w*|hang)(?![^\W\d_])|בטון|חצי\s+טון|키\s*한\s*키"
)
# One part kept alone ('искам само баса', 'only the vocals', 'nur den Gesang'): a stem, for a delivery.
_ONLY_THE_PART = quick(
    r"(?<![^\W\d_])(?:само|только|тільки|only|just|solo|nur|seulement|sólo|solamente|somente|apenas)\s+"
    r"(?:the\s+|la\s+|el\s+|os\s+|as\s+|die\s+|den\s+|le\s+|les\s+|a\s+|o\s+)?(?:vocals?|voice|drums?|bass|voz|"
    r"voix|batería|bateria|bajo|basse|stimme|gesang|вокал\w*|бас\w*|барабан\w*|голос\w*)(?![^\W\d_])"
)
# Marks no reader sees: a zero-width space inside a word ('rev\u200berb'), and the combining dot that lower-casing
# 'İ' leaves ('VOKALİ SİL' -> 'vokali̇ si̇l').
_INVISIBLE = re.compile("[\u200b-\u200d\u2060\ufeff\u00ad]|(?<=i)\u0307")
# Mixes said so plainly that no other recording needs naming ('mash it up', '另一首', 'crossfade').
_MIX_ITSELF = quick(
    r"(?<![^\W\d_])(?:mash\s*-?\s*up|crossfade\w*|overlay)(?![^\W\d_])|另一首|另外一首|叠在一起|疊埋|別の曲と|"
    r"다른\s*곡(?:이랑|과|하고)"
)
_CLAUSE = re.compile(r"[.!?;,，。！？；、\n+]|\b(?:and|then|y|et|e|und|и|і|та|а|και|ve|dan|và)\b")

_WHAT = {
    "key": "a change of key or pitch",
    "tempo": "a change of tempo",
    "stems": "vocals or instruments taken out of the track or kept alone",
    "effect": "an effect on the sound (reverb, EQ, mastering)",
    "mix": "a mix with another track",
    "format": "a file format I cannot write (wav, flac, mp3 or ogg)",
}


def cannot(text: str, tool: str, *, has_format: bool = False, read_format: bool = False) -> tuple[str, str] | None:
    """The first thing the request asks that no tool here does, as (its words, what it is); None where there is
    none. `tool` is the planned tool: a new piece is read only for a mix with a recording of one's own."""
    text = _QUOTED.sub(" ", _INVISIBLE.sub("", text))
    if tool.startswith("text_to_audio"):
        for m in _MIX.finditer(text):
            clause = _clause_around(text, m.start(), m.end())
            if _MINE.search(clause) and _RECORDING.search(clause) and not _said_not(text, m):
                return m.group(0).strip(), _WHAT["mix"]  # (not 'a mix of jazz with funk', a style)
        return None
    for kind, pattern in (("key", _KEY), ("effect", _EFFECT), ("format", _NO_FORMAT), ("mix", _MIX)):
        for m in pattern.finditer(text):
            clause = _clause_around(text, m.start(), m.end())
            if not _asked(text, m, clause) or (
                kind == "key" and _SAME.search(text[max(0, m.start() - 30) : m.start()])
            ):
                continue  # ('no reverb', 'keep the same key', 'I already tried EQ': not asked)
            if kind == "format" and (has_format or (read_format and _names_the_source(text, m))):
                continue  # (the agent passed a format: its choice; 'convert the m4a to flac': the file it is now)
            if kind == "mix" and not (_MIX_ITSELF.search(m.group(0)) or _MINE.search(clause) or _OTHER.search(clause)):
                continue  # ('mixing piano with soft strings', 'damit wir zusammen tanzen': no other recording)
            return m.group(0).strip(), _WHAT[kind]
    plain_mix = _MIX_ITSELF.search(text)
    if plain_mix is not None and not _said_not(text, plain_mix):
        return plain_mix.group(0).strip(), _WHAT["mix"]
    for kind, pattern in (("tempo", _TEMPO), ("effect", _TIMBRE)):
        for m in pattern.finditer(text):
            clause = _clause_around(text, m.start(), m.end())
            if _A_PART_NEAR.search(clause) or not _asked(text, m, clause):
                continue  # ('a slower intro', 'make the fade slower': an added part or a fade; 'not faster')
            if tool == "audio_inpaint" and not _WHOLE.search(clause):
                continue  # ('redo 1:00-1:20 faster': the new part's feel; 'and the whole thing faster' is not)
            if tool == "audio_outpaint" and _COMPARED.match(m.group(0)) and not _made(text, m, clause):
                continue  # ('20 more seconds, faster': the added part's feel; 'and make it faster' is the track)
            return m.group(0).strip(), _WHAT[kind]
    found: list[tuple[str, re.Pattern[str]]] = []
    if tool != "audio_inpaint":
        found.append(("key", _TONES))
    if tool == "process_track":  # (a delivery names no tempo or key of its own: 'dreh das Tempo runter', '템포 좀')
        found += [("key", _A_SETTING_OF_THE_MUSIC), ("stems", _ONLY_THE_PART)]
    for kind, pattern in (*found, ("stems", _STEMS)):
        hit = next((m for m in pattern.finditer(text) if _asked(text, m)), None)
        if hit is not None:
            return hit.group(0).strip(), _WHAT[kind]
    return _part_taken_out(text)


_TO_A_WRITTEN_FORMAT = quick(
    r"^\s*(?:file\s+|files\s+|datei\s+|archivo\s+)?(?:to|into|in|a|en|zu|nach|в|na|→|->)\s+(?:an?\s+)?(?:mp3|wav|flac|ogg)"
)
# ... or that is said not to work ('m4a files don't play in my car'): a reason for the format asked, not a request.
_DOES_NOT_WORK = quick(
    r"^\s*(?:files?\s+|dateien\s+|archivos\s+)?(?:don['’]t|doesn['’]t|won['’]t|can['’]t|do\s+not|does\s+not|isn['’]t|"
    r"aren['’]t|never|funktionier\w*\s+nicht|no\s+(?:funciona|sirve|va)|ne\s+(?:marche|passe)|non\s+(?:va|funziona)|не\s+)"
)
_FROM_BEFORE = quick(r"(?:from|de|von|из|is\s+in|the|this|my|el|la|le|das|die|den)\s*\.?$")


def _names_the_source(text: str, m: re.Match[str]) -> bool:
    """Whether a format no tool writes names the file as it is ('the m4a to flac', 'from aac'), not the one asked."""
    return bool(
        _TO_A_WRITTEN_FORMAT.match(text[m.end() : m.end() + 40])
        or _DOES_NOT_WORK.match(text[m.end() : m.end() + 40])
        or _FROM_BEFORE.search(text[max(0, m.start() - 24) : m.start()])
    )


def _asked(text: str, m: re.Match[str], clause: str | None = None) -> bool:
    """Whether the words are asked for: neither said not to be done nor told as what happened ('I already tried
    EQ'). `clause` is the clause around them, where the caller has it already."""
    clause = _clause_around(text, m.start(), m.end()) if clause is None else clause
    return not (_said_not(text, m) or _STORY.search(clause))


def _said_not(text: str, m: re.Match[str]) -> bool:
    """Whether the words are said not to be done, before them ('no reverb') or after ('reverb is not needed')."""
    return bool(
        _NOT_BEFORE.search(text[max(0, m.start() - 40) : m.start()]) or _NOT_AFTER.search(text[m.end() : m.end() + 40])
    )


def _made(text: str, m: re.Match[str], clause: str) -> bool:
    """Whether a compared tempo is said of the track: a verb of making near it, or a whole-track word."""
    near = text[max(0, m.start() - 24) : m.end() + 24]
    return bool(_MAKE.search(near) or _WHOLE.search(clause))


def _clause_around(text: str, start: int, end: int) -> str:
    """The text from the clause mark before `start` to the one after `end` (at most 60 characters each way)."""
    lo = max(0, start - 60)
    before = [m.end() for m in _CLAUSE.finditer(text, lo, start)]
    after = _CLAUSE.search(text, end, min(len(text), end + 60))
    return text[before[-1] if before else lo : after.start() if after else min(len(text), end + 60)]


def _part_taken_out(text: str) -> tuple[str, str] | None:
    """'pull the vocals out', 'quítale la batería', '보컬 지우고': a verb of removing or keeping only, and a part of the
    mix, within 16 characters of each other in one clause, with no number between ('Remove the first 2 s, the vocals
    start late' removes seconds); the two as said and what they ask, or None."""
    verbs = list(_OUT_OR_ONLY.finditer(text))
    if not verbs:
        return None
    i = 0
    for part in _A_PART_OF_THE_MIX.finditer(text):  # both in order of place: one pass over each
        p0, p1 = part.span()
        while i < len(verbs) and verbs[i].end() < p0 - 16:
            i += 1
        for verb in verbs[i : i + 3]:
            v0, v1 = verb.span()
            if v0 > p1 + 16:
                break
            lo, hi = min(p0, v0), max(p1, v1)
            between = text[min(p1, v1) : max(p0, v0)]
            if (
                _NUMBER_OR_CLAUSE.search(between)
                or _said_not(text, verb)
                or _STORY.search(_clause_around(text, lo, hi))
            ):
                continue
            return text[lo:hi].strip(), _WHAT["stems"]
    return None


_NUMBER_OR_CLAUSE = re.compile(r"[\d.,;:!?，。、；：！？\n]")
