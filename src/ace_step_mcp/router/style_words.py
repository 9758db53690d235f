"""Music style words of the 50 languages in the English tags ACE-Step was trained on (issue 25: 'Klavier' is
'piano', 'спокойное пианино' is 'calm, piano', '钢琴为主' is 'piano').

`extract_tags` finds English style terms in a request; a request in another language named its style in words
the term list lacks, and the model rendered from the request's own words. `FORMS` is one reviewed table, per
language: English tag -> the forms people type for it, in the script they type it in (and for Hindi, Urdu and
Arabic the common romanisation too). A form is

    'klavier'   the whole word ('klavier', not 'klavierstimmer'; a hyphen or an apostrophe ends a word);
    'klavír*'   a stem: the start of a word, which may run on for up to six letters ('klavírní', 'гитарами');
    'рок-'      the first part of a hyphenated word only ('рок-балладу', 'рок-музыка'; never 'рок', fate);
    ',рок'      the whole word standing alone as an item of a list, a comma on one side ('песня, рок, 3 минуты');
    '钢琴'      in a script without spaces (Han, kana, Thai): anywhere in the text.

Korean forms are stems (particles follow the word: '피아노로'); Arabic and Hebrew forms are found with the clitics
written onto them ('بالعود', 'והגיטרה'); in the languages of `_UNACCENTED` a form is found typed without its
accents too ('musica clasica', 'πιανο'; not a form marked '=', whose bare letters are another word). A form
under `NOT_MUSIC` only stops a shorter form inside it from being read: '鼓励' (encourage) holds '鼓' (drum),
'ブロック' (block) holds 'ロック' (rock).

Left out, everywhere: a form that means something else as well in its own language, or as the same letters in
another of the 50 (the table is read without knowing the request's language): Russian 'рок' (fate), 'поп'
(priest), 'труба' (pipe), 'орган' (organ of the body, of a state); French 'basse' (low), 'marche' (it works),
Spanish 'bajo' (under), 'coro' (the chorus of a song), 'marcha' (a night out), Italian 'basso' (low); Dutch,
Swedish, Polish 'bas' (French 'bas', low); Hebrew 'עוד' (oud, and 'more'), 'רוק' (rock, and spit); Korean '기타'
(guitar, and 'other'); Japanese 'ソウル' (soul, and Seoul); Arabic 'كمان' (violin, and 'too'). Such a word is
kept inside a phrase that bounds it ('рок-музыка', 'línea de bajo', 'الكمان', 'שיר רוק', '어쿠스틱 기타'); the
phrase is read as the router writes it by then ('рок инструментал' is 'рок no vocals').
English is left to the router's own term list; only what it lacks is here (plurals, 'orchestra').
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import Any, NamedTuple

# fmt: off
FORMS: dict[str, dict[str, str]] = {
    # -- English: only what the router's term list lacks --------------------------------------------------------
    "en": {
        "jazz": "jazzy", "fiddle": "fiddle | fiddles",
        "guitar": "guitars", "violin": "violins", "cello": "cellos", "piano": "pianos", "flute": "flutes",
        "trumpet": "trumpets", "saxophone": "saxophones", "harp": "harps", "synth": "synthesizer | synthesizers",
        "orchestral": "orchestra | orchestras | symphonic", "choir": "choirs | choral", "ballad": "ballads",
        "lullaby": "lullabies", "waltz": "waltzes", "hip hop": "hiphop", "r&b": "rnb | r'n'b", "bhangra": "bhangra",
    },
    # -- Romance ---------------------------------------------------------------------------------------------
    # Spanish, Portuguese, Catalan: 'batería'/'bateria' is also a battery, kept (a request for music hardly
    # speaks of one). 'coro' is the chorus of a song as well as a choir: only 'coral'. 'clásica' alone is also
    # 'classic' ('rock clásico'): only 'música clásica'. Portuguese 'balada' is also a night out in Brazil: kept
    # (Spanish, Catalan and Romanian 'balada' is the ballad). 'disco' is the router's own term already.
    "es": {
        "acoustic": "acústico | acústica | acústicos | acústicas | acustico | acustica",
        "cinematic": "cinematográfic* | cinemátic*",
        "whistle": "silbido* | silbando",
        "ukulele": "ukelele*",
        "harmonica": "armónica de boca | con armónica | una armónica | la armónica",
        "piano": "piano* | pianista*", "guitar": "guitarr*",
        "acoustic guitar": "guitarra acústica | guitarras acústicas | guitarra española | guitarra clásica",
        "electric guitar": "guitarra eléctrica | guitarras eléctricas",
        "bass": "bajo eléctrico | línea de bajo | líneas de bajo | bajista* | contrabajo*",
        "drums": "batería | baterías | baterista* | tambores | tambor", "percussion": "percusión | percusiones",
        "violin": "violín | violines | violinista*", "flamenco": "flamenc*", "cello": "violonchelo* | chelo | chelos",
        "strings": "cuerdas | sección de cuerdas", "-": "cuerdas vocales | correo electrónico | dibujos animados | película animada",
        "flute": "flauta*", "saxophone": "saxofón | saxofones | saxofonista* | saxo | saxos", "trumpet": "trompeta*",
        "harp": "arpa | arpas | arpista*", "organ": "órgano | órganos | organista*", "synth": "sintetizador*",
        "accordion": "acordeón | acordeones | acordeonista*", "choir": "música coral | canto coral | coro de niños | coros gregorianos",
        "orchestral": "orquesta* | orquestal* | sinfónic*",
        "reggaeton": "reguetón | reggaetón | regueton", "folk": "folclor* | folklor* | folclór* | folklór*",
        "classical": "música clásica", "electronic": "electrónica | música electrónica | estilo electrónico | electrónico | electronico", "techno": "tecno",
        "ambient": "música ambiental", "ballad": "balada*", "lullaby": "canción de cuna | canciones de cuna | arrullo*",
        "march": "marcha militar | marcha nupcial | marcha fúnebre", "waltz": "vals | valses",
        "calm": "tranquil* | calmad* | calma | seren*", "sad": "triste* | tristeza", "happy": "alegr* | feliz | felices",
        "romantic": "romántic*", "energetic": "enérgic* | energétic* | con energía", "dark": "oscur* | sombrí*",
        "epic": "épic*", "melancholic": "melancólic* | melancolía", "relaxing": "relajante* | relajad*",
        "upbeat": "animad* | marchos* | movidit*",
        "xylophone": "xilófono* | xilofono*"
    },
    "pt": {
        "acoustic": "acústico | acústica | acústicos | acústicas | acustico | acustica",
        "funk carioca": "funk carioca | baile funk | funk brasileiro",
        "cinematic": "cinematográfic* | cinemátic*",
        "ukulele": "ukelele*",
        "harmonica": "gaita de boca | harmônica de boca | com harmônica | com gaita de boca",
        "piano": "piano* | pianista*", "guitar": "guitarr*", "acoustic guitar": "violão | violões | violonista*",
        "electric guitar": "guitarra elétrica | guitarras elétricas | guitarra eléctrica",
        "bass": "baixo elétrico | contrabaixo* | linha de baixo | baixista*",
        "drums": "bateria | baterias | baterista* | tambores | tambor", "percussion": "percussão",
        "violin": "violino*", "cello": "violoncelo*", "strings": "cordas | naipe de cordas", "-": "cordas vocais | desenho animado | desenhos animados",
        "flute": "flauta*", "saxophone": "saxofone* | saxofonista* | saxo", "trumpet": "trompete*",
        "harp": "harpa | harpas | harpista*", "organ": "órgão | órgãos", "synth": "sintetizador*",
        "accordion": "acordeão | acordeom | acordeon | sanfona*", "choir": "música coral | canto coral | com coral | e coral | coral e",
        "orchestral": "orquestra* | orquestral* | sinfônic* | sinfónic*", "folk": "folclór* | folclor*",
        "classical": "música clássica", "electronic": "eletrônica | eletrónica | música eletrônica | música eletrónica",
        "ambient": "música ambiente", "ballad": "balada*",
        "lullaby": "canção de ninar | música de ninar | musiquinha de ninar | cantiga de ninar | canção de embalar | acalanto*",
        "march": "marcha militar | marcha nupcial | marchinha*", "waltz": "valsa*",
        "sertanejo": "sertanej* | música sertaneja | musica sertaneja", "forro": "forró",
        "calm": "tranquil* | calm* | seren*", "sad": "triste* | tristeza", "happy": "alegr* | feliz | felizes",
        "romantic": "romântic*", "energetic": "enérgic* | energétic*", "dark": "escur* | sombri*",
        "epic": "épic*", "melancholic": "melancólic* | melancolia", "relaxing": "relaxante* | relaxad*",
        "upbeat": "animad* | contagiante*",
        "xylophone": "xilofone*"
    },
    "ca": {
        "acoustic": "acústic | acústica | acústics | acústiques",
        "cinematic": "cinematogràfic* | cinemàtic*",
        "ukulele": "ukelele*",
        "harmonica": "harmònica de boca | amb harmònica",
        "guitar": "guitarr*", "acoustic guitar": "guitarra acústica | guitarres acústiques",
        "electric guitar": "guitarra elèctrica | guitarres elèctriques",
        "bass": "baix elèctric | línia de baix | contrabaix*", "drums": "bateria | tambors", "violin": "violí | violins",
        "cello": "violoncel*", "strings": "cordes | secció de corda", "flute": "flauta*", "saxophone": "saxòfon* | saxo",
        "trumpet": "trompeta*", "harp": "arpa | arpes", "organ": "orgue | orgues", "synth": "sintetitzador*",
        "accordion": "acordió | acordions", "choir": "música coral | cant coral", "orchestral": "orquestr* | simfònic*",
        "classical": "música clàssica", "electronic": "electrònica | música electrònica", "ballad": "balada*",
        "lullaby": "cançó de bressol | cançons de bressol", "march": "marxa militar | marxa nupcial", "waltz": "vals",
        "calm": "tranquil* | calmad* | serè | serena", "sad": "trist*", "happy": "alegr* | feliç | feliços",
        "romantic": "romàntic*", "energetic": "enèrgic*", "dark": "fosc*", "epic": "èpic*",
        "melancholic": "melangi* | melancòlic*", "relaxing": "relaxant* | relaxad*", "upbeat": "animad*",
    },
    # French: 'basse' is also 'low' ('à voix basse'), 'marche' also 'it works', 'walk': only in phrases.
    "fr": {
        "acoustic": "acoustique | acoustiques",
        "cinematic": "cinématique* | cinématographique* | musique de film*",
        "piano": "piano* | pianiste*", "guitar": "guitare* | guitariste*", "ukulele": "ukulélé*",
        "acoustic guitar": "guitare acoustique | guitares acoustiques | guitare sèche | guitares sèches | guitare folk"
                           " | guitare classique",
        "electric guitar": "guitare électrique | guitares électriques | guitare électro",
        "bass": "guitare basse | ligne de basse | lignes de basse | bassiste* | contrebasse*",
        "drums": "batterie | batteries | batteur | batteuse", "percussion": "percussions",
        "violin": "violon | violons | violoniste*", "cello": "violoncelle* | violoncelliste*",
        "strings": "cordes | quatuor à cordes | section de cordes", "-": "cordes vocales",
        "flute": "flûte*", "saxophone": "saxo | saxos | saxophoniste*", "trumpet": "trompette*", "harp": "harpe*",
        "organ": "orgue | orgues | organiste*", "synth": "synthé | synthés | synthétiseur*",
        "accordion": "accordéon*", "choir": "chorale* | chœur | chœurs | choeur | choeurs",
        "orchestral": "orchestre* | symphonique*", "folk": "folklorique*",
        "classical": "musique classique", "electronic": "électro | électronique | musique électronique",
        "lullaby": "berceuse*", "march": "marche militaire | marche nuptiale | marche funèbre", "waltz": "valse*",
        "ballad": "ballade*",
        "calm": "calme* | paisible* | serein* | tranquille*", "sad": "triste* | tristesse", "happy": "joyeu* | heureux | heureuse | heureuses",
        "romantic": "romantique*", "energetic": "énergique* | pêchu*", "dark": "sombre* | obscur | obscurs | ténébreu*",
        "epic": "épique*", "melancholic": "mélancoli*", "relaxing": "relaxant* | reposant* | apaisant*",
        "upbeat": "entraînant* | enjoué*",
    },
    # Italian: 'basso' is also 'low', 'marcia' also 'gear' and 'rotten', 'archi' also 'arches': in phrases.
    "it": {
        "acoustic": "acustico | acustica | acustici | acustiche",
        "cinematic": "cinematografic* | colonna sonora",
        "ukulele": "ukelele*",
        "harmonica": "armonica a bocca | con armonica | con l'armonica | un'armonica",
        "piano": "pianoforte* | pianista*", "guitar": "chitarr*",
        "acoustic guitar": "chitarra acustica | chitarre acustiche | chitarra classica",
        "electric guitar": "chitarra elettrica | chitarre elettriche",
        "bass": "basso elettrico | linea di basso | bassista* | contrabbass*",
        "drums": "batteria | batterie | batterista* | tamburi | tamburo", "percussion": "percussioni",
        "violin": "violino | violini | violinista*", "cello": "violoncell*",
        "strings": "d'archi | d’archi | gli archi | con archi | e archi | archi e | e gli archi", "flute": "flauto | flauti | flautista*",
        "saxophone": "sassofon* | sassofonista*", "trumpet": "tromba | trombe | trombettista*", "harp": "arpa | arpe",
        "organ": "organo | organista*", "synth": "sintetizzator*", "accordion": "fisarmonic*",
        "choir": "corale | coro polifonico", "orchestral": "orchestrale | orchestrali | sinfonic*",
        "classical": "musica classica", "electronic": "elettronic*", "ballad": "ballata | ballate",
        "lullaby": "ninna nanna | ninnananna | ninna-nanna", "march": "marcia militare | marcia nuziale | marcia funebre",
        "waltz": "valzer*",
        "calm": "calm* | tranquill* | seren*", "sad": "trist*", "happy": "allegr* | felice | felici",
        "romantic": "romantic*", "energetic": "energic*", "dark": "oscur* | tenebros*", "epic": "epic*",
        "melancholic": "malinconic* | malinconia", "relaxing": "rilassant* | rilassat*", "upbeat": "vivac* | brios* | ritmat*",
        "xylophone": "xilofono*"
    },
    # Romanian: 'pian' only as whole words (as a stem it would take Italian 'pianta', a plant).
    "ro": {
        "acoustic": "acustic | acustică | acustica | acustice",
        "cinematic": "cinematografic*",
        "harmonica": "muzicuț*",
        "piano": "pian | pianul | pianului | pianist*", "guitar": "chitar*",
        "acoustic guitar": "chitară acustică | chitare acustice", "electric guitar": "chitară electrică | chitare electrice",
        "bass": "chitară bas | linie de bas", "drums": "tobe | toba | tobele | tobă", "violin": "vioară | viori | vioara",
        "cello": "violoncel*", "strings": "corzi | coarde", "flute": "flaut*", "saxophone": "saxofon*",
        "trumpet": "trompet*", "harp": "harpă | harpe", "organ": "orgă | orgi", "synth": "sintetizator*",
        "accordion": "acordeon*", "choir": "corul | corului | muzică corală", "orchestral": "orchestr* | simfonic*",
        "folk": "muzică populară | folclor*", "classical": "muzică clasică", "electronic": "electronic*",
        "ballad": "baladă | balada | balade", "lullaby": "cântec de leagăn | cântece de leagăn", "march": "marș militar",
        "waltz": "vals",
        "calm": "calm* | liniștit*", "sad": "trist*", "happy": "vesel* | fericit*", "romantic": "romantic*",
        "energetic": "energic*", "dark": "întunecat* | sumbr*", "epic": "epic*", "melancholic": "melancolic*",
        "relaxing": "relaxant*", "upbeat": "antrenant* | vioi | vioaie",
        "xylophone": "xilofon*"
    },
    # Latin: 'chorus' (a song's chorus), 'tuba' (another instrument in English), 'tibia' (a bone): left out.
    "la": {
        "gregorian chant": "gregorianum | gregorianus | gregoriano | gregoriana",
        "choir": "et chorus | chorus et | cum choro | choro | chori | choris",
        "harpsichord": "clavicembal* | clavicymbal*",
        "piano": "clavile | clavili | clavilis", "guitar": "cithara | citharae | citharam | citharis | citharista*",
        "electric guitar": "cithara electrica | citharae electricae", "drums": "tympan*", "organ": "organum | organo",
        "orchestral": "symphonia* | symphonic*", "classical": "musica classica", "electronic": "musica electronica",
        "calm": "tranquill* | placid* | quieta | quietus | quietum", "sad": "trist* | maestus | maesta | maestum",
        "happy": "laet* | hilaris | hilare", "dark": "obscura | obscurus | obscurum | tenebros*", "epic": "epic*",
        "melancholic": "melancholic*",
    },
    # Haitian Creole: 'gita' (guitar) is Italian 'gita', a trip; 'wòk' is also a wok: left out.
    "ht": {
        "cinematic": "sinematik*",
        "piano": "pyano*", "drums": "tanbou*", "violin": "violon*", "flute": "flit", "saxophone": "saksofòn*",
        "guitar": "ak gita | ak yon gita | gita elektrik",  # not 'gita' alone: Italian 'una gita' is a trip
        "trumpet": "twonpèt*", "accordion": "akòdeyon*", "choir": "koral", "orchestral": "òkès*", "jazz": "djaz",
        "kompa": "konpa | kompa",
        "calm": "kalm | trankil", "sad": "tris | tristès", "happy": "kontan | jwaye", "romantic": "romantik*",
        "energetic": "enèjik*", "dark": "fènwa", "epic": "epik", "melancholic": "melankolik*", "relaxing": "detann",
    },
    # -- Germanic --------------------------------------------------------------------------------------------
    # German: 'Flügel' (grand piano) is also a wing, 'Flotte' a fleet, 'klassisch' also 'classic': left out;
    # 'Marsch' (also a marsh) only as the whole word.
    "de": {
        "krautrock": "krautrock*",
        "brass": "blasmusik* | blaskapelle* | bläsersatz*",
        "acoustic": "akustisch*",
        "cinematic": "filmisch* | cineastisch* | filmmusik* | cinematisch*",
        "harmonica": "mundharmonika*",
        "piano": "klavier*", "guitar": "gitarre*", "acoustic guitar": "akustikgitarre* | akustische gitarre* | konzertgitarre*"
                 " | westerngitarre*", "electric guitar": "e-gitarre* | elektrogitarre* | elektrische gitarre*",
        "bass": "bassgitarre* | e-bass | basslinie* | kontrabass*", "drums": "schlagzeug* | trommel*",
        "violin": "geige* | violine*", "cello": "violoncello*", "strings": "streicher* | streichorchester* | streichquartett*",
        "flute": "flöte* | floete* | querflöte*", "saxophone": "saxophon* | saxofon*", "trumpet": "trompete*",
        "harp": "harfe*", "organ": "orgel*", "synth": "synthesizer* | synthie*", "accordion": "akkordeon* | ziehharmonika*"
        " | schifferklavier*", "choir": "chor | chöre | chorgesang* | chormusik*", "orchestral": "orchester* | sinfonisch*"
        " | symphonisch*",
        "rock": "rockmusik* | rockig* | rocksong*", "pop": "popmusik* | popsong*", "jazz": "jazzig* | jazzmusik*",
        "hip hop": "hiphop", "rap": "sprechgesang*", "folk": "volksmusik* | volkslied*", "classical": "klassik | klassische musik"
        " | klassischer musik", "electronic": "elektronisch* | elektro | elektromusik*", "ballad": "ballade*",
        "lullaby": "schlaflied* | wiegenlied* | gutenachtlied*", "march": "marsch | militärmarsch*", "waltz": "walzer*",
        "calm": "ruhig* | beruhigend*", "sad": "traurig*", "happy": "fröhlich* | froehlich* | glücklich* | heiter*",
        "romantic": "romantisch*", "energetic": "energisch* | energiegeladen* | kraftvoll*", "dark": "düster* | dunkl*"
        " | dunkel* | finster*", "epic": "episch*", "melancholic": "melancholisch* | schwermütig* | wehmütig*",
        "relaxing": "entspannend* | entspannt* | chillig*", "upbeat": "beschwingt* | schwungvoll* | munter* | mitreißend*",
        "xylophone": "xylophon*",
        "christmas": "weihnachtslied* | weihnachtsmusik*"
    },
    # Dutch: 'bas' is French 'bas' (low), 'mars' the planet and French 'mars' (March), 'gelukkig' also
    # 'luckily', 'klassiek' also 'classic': left out or in phrases. 'vals' (a waltz in Spanish, Swedish,
    # Romanian, Turkish) is also 'out of tune' here: not in 'vals zingen', 'klinkt vals'.
    "nl": {
        "brass": "blazers | blazerssectie* | koperblazers*",
        "acoustic": "akoestisch*",
        "cinematic": "filmisch* | cinematisch* | cinematografisch* | filmmuziek*",
        "harmonica": "mondharmonica*",
        "piano": "piano*", "guitar": "gitaar* | gitaren | gitarist*", "acoustic guitar": "akoestische gitaar* | akoestische gitaren",
        "electric guitar": "elektrische gitaar* | elektrische gitaren | e-gitaar*", "bass": "basgitaar* | baslijn* | baspartij* | met bas | met een bas | met basgitaar",
        "drums": "trommel* | slagwerk*", "violin": "viool* | violen | violist*", "strings": "strijkers | strijkinstrument*"
        " | strijkorkest* | strijkkwartet*", "flute": "fluit | dwarsfluit*", "saxophone": "saxofoon*",
        "trumpet": "trompet*", "organ": "orgel*", "synth": "synthesizer*", "accordion": "accordeon* | trekzak*",
        "choir": "koor | koorzang* | koormuziek*", "orchestral": "orkest* | symfonisch*",
        "rock": "rockmuziek* | rocknummer*", "pop": "popmuziek* | popnummer* | popliedje*", "jazz": "jazzmuziek*",
        "hip hop": "hiphop", "folk": "volksmuziek* | folkmuziek*", "classical": "klassieke muziek",
        "electronic": "elektronisch* | elektronische muziek", "lullaby": "slaapliedje* | wiegelied*", "waltz": "wals | walsje*",
        "-": "vals zingen | vals gezongen | vals spelen | klinkt vals",
        "ballad": "ballade*",
        "calm": "rustig*", "sad": "verdrietig* | droevig* | triest*", "happy": "vrolijk* | blij | blije",
        "romantic": "romantisch*", "energetic": "energiek* | energetisch*", "dark": "duister* | donker*",
        "epic": "episch*", "melancholic": "melancholisch* | weemoedig*", "relaxing": "ontspannen* | ontspannend*",
        "upbeat": "opgewekt*",
        "xylophone": "xylofoon*"
    },
    # Swedish, Norwegian, Danish: 'rolig' is calm in Norwegian and Danish but funny in Swedish; 'kör' is also
    # 'drive!'; 'kor' Turkish 'blind'; 'synt' a stem of 'syntes' (seemed); 'stryke' to iron; 'glad' English 'glad':
    # left out or in phrases. 'klaver' (piano in Danish and Norwegian) is Dutch for clover: whole forms only.
    "sv": {
        "acoustic": "akustisk*",
        "cinematic": "filmisk* | filmmusik*",
        "harmonica": "munspel*",
        "piano": "piano* | flygel*", "guitar": "gitarr*", "acoustic guitar": "akustisk gitarr*",
        "electric guitar": "elgitarr*", "bass": "elbas* | basgitarr*", "drums": "trumm*", "violin": "fiol*",
        "strings": "stråk*", "flute": "flöjt*", "saxophone": "saxofon*", "trumpet": "trumpet*", "harp": "harpa*",
        "organ": "orgel*", "synth": "synt | syntar | syntarna | synthesizer*", "accordion": "dragspel*",
        "choir": "kören | körsång*", "orchestral": "orkester* | orkestral* | symfonisk*",
        "rock": "rockmusik* | rocklåt*", "pop": "popmusik* | poplåt*", "hip hop": "hiphop", "folk": "folkmusik*",
        "classical": "klassisk musik", "electronic": "elektronisk*", "lullaby": "vaggvis*", "march": "marsch",
        "waltz": "vals", "ballad": "ballad*",
        "calm": "lugn*", "sad": "ledsen* | sorglig* | trist*", "happy": "glada | lycklig*",
        "romantic": "romantisk*", "energetic": "energisk* | energirik*", "dark": "mörk*", "epic": "episk*",
        "melancholic": "melankolisk* | vemodig*", "relaxing": "avslappnande | avkopplande", "upbeat": "upptempo*",
        "xylophone": "xylofon*",
        "christmas": "julsång* | julmusik*"
    },
    "no": {
        "fiddle": "hardingfele*",
        "acoustic": "akustisk*",
        "cinematic": "filmatisk* | filmmusikk*",
        "harmonica": "munnspill*",
        "piano": "piano* | flygel* | klaver | klaveret | klavermusikk* | klaverlåt* | klaversolo*", "guitar": "gitar*", "acoustic guitar": "akustisk gitar*",
        "electric guitar": "elgitar* | el-gitar*", "bass": "bassgitar* | el-bass*", "drums": "tromm*",
        "violin": "fiolin*", "strings": "strykere | strykerne | strykeorkester*", "flute": "fløyte*",
        "saxophone": "saxofon*", "trumpet": "trompet*", "harp": "harpe*", "organ": "orgel*",
        "synth": "synthesizer*", "accordion": "trekkspill*", "choir": "koret | korsang* | med kor | og kor | kor og", "orchestral": "orkester*"
        " | symfonisk*", "rock": "rockemusikk* | rocklåt*", "pop": "popmusikk* | poplåt*", "hip hop": "hiphop",
        "folk": "folkemusikk*", "classical": "klassisk musikk", "electronic": "elektronisk*", "lullaby": "vuggevise*",
        "march": "marsj", "waltz": "vals", "ballad": "ballade*",
        "calm": "fredelig*", "sad": "trist*", "happy": "glade | lykkelig*", "romantic": "romantisk*",
        "energetic": "energisk*", "dark": "mørk*", "epic": "episk*", "melancholic": "melankolsk* | vemodig*",
        "relaxing": "avslappende", "upbeat": "opptempo*",
        "xylophone": "xylofon*",
        "christmas": "julesang* | julemusikk*"
    },
    "da": {
        "acoustic": "akustisk*",
        "cinematic": "filmisk* | filmmusik*",
        "harmonica": "mundharmonika*",
        "piano": "piano* | flygel* | klaver | klaveret | klavermusik* | klaverstykke* | klaversolo* | klaverintro* | klavernummer* | klaverballade* | klavermelodi* | klaverstykker*", "guitar": "guitar* | gitar*", "acoustic guitar": "akustisk guitar*",
        "electric guitar": "elguitar* | el-guitar*", "bass": "basguitar* | el-bas*", "drums": "tromm*",
        "violin": "violin*", "strings": "strygere | strygerne | strygeorkester*", "flute": "fløjte*",
        "saxophone": "saxofon*", "trumpet": "trompet*", "harp": "harpe*", "organ": "orgel*",
        "synth": "synthesizer*", "accordion": "harmonika*", "choir": "koret | korsang* | med kor | og kor | kor og", "orchestral": "orkester*"
        " | symfonisk*", "rock": "rockmusik*", "pop": "popmusik*", "hip hop": "hiphop", "folk": "folkemusik*",
        "classical": "klassisk musik", "electronic": "elektronisk*", "lullaby": "vuggevise*", "waltz": "vals",
        "ballad": "ballade*",
        "calm": "fredelig*", "sad": "trist*", "happy": "glade | lykkelig*", "romantic": "romantisk*",
        "energetic": "energisk*", "dark": "mørk*", "epic": "episk*", "melancholic": "melankolsk* | vemodig*",
        "relaxing": "afslappende | afslappet", "upbeat": "optempo*",
        "xylophone": "xylofon*",
        "christmas": "julesang* | julemusik*"
    },
    # Icelandic: 'bassi' is Italian 'bassi' (low), 'rapp' Swedish 'rapp' (quick), 'dimm-' English 'dimmer':
    # in phrases or left out.
    "is": {
        "cinematic": "kvikmyndaleg* | kvikmyndatónlist*",
        "harmonica": "munnharp* | munnhörp*",
        "piano": "píanó* | flygil* | píanótónlist*", "guitar": "gítar* | gítartónlist*", "acoustic guitar": "kassagítar*",
        "electric guitar": "rafmagnsgítar* | rafgítar*", "bass": "bassagítar* | bassaleikar*", "drums": "tromm*",
        "violin": "fiðl*", "cello": "selló*", "strings": "strengjahljóðfær* | strengjasveit*", "flute": "flaut*",
        "saxophone": "saxófón*", "trumpet": "trompet*", "harp": "hörp*", "organ": "orgel*", "synth": "hljóðgervil*",
        "accordion": "harmonikk* | harmóník*", "choir": "kór | kórinn | kórnum | kórsöng*", "orchestral": "sinfóní*",
        "rock": "rokk*", "pop": "popp | popplag* | poppið | popptónlist*", "jazz": "djass*", "blues": "blús*",
        "rap": "rapplag*", "metal": "þungarokk*", "folk": "þjóðlag*", "classical": "klassísk tónlist | klassíska tónlist",
        "electronic": "raftónlist*", "techno": "teknó", "country": "kántrí", "disco": "diskó*", "ballad": "ballað*",
        "lullaby": "vögguvís*", "waltz": "vals",
        "calm": "róleg*", "sad": "sorgleg* | dapurleg*", "happy": "glaðleg* | glaður | glöð | hamingjusam*",
        "romantic": "rómantísk*", "energetic": "kraftmikil* | orkumikil*", "dark": "dimmt | dimmur | drungaleg*",
        "epic": "epísk* | stórfengleg*", "melancholic": "angurvær* | tregafull*", "relaxing": "afslappandi | slakandi",
        "upbeat": "hress* | fjörug*",
    },
    # -- Slavic, Baltic -------------------------------------------------------------------------------------
    # Russian, Ukrainian, Bulgarian: 'рок' is also fate ('злой рок'), 'поп' a priest, 'труба' a pipe, 'орган' an
    # organ of the body or of a state, 'метал' the metal itself in Ukrainian, 'классический' also 'classic'
    # ('классический рок'): only hyphenated compounds, phrases with 'музыка', 'в стиле', or other words
    # ('органная', 'попса'). 'хор' as a stem would take 'хорошо' (good): whole forms only. 'роял' as a stem would
    # take 'роялти': whole forms. 'сумн-' (sad in Ukrainian) starts 'сумнів' (doubt), read as not music.
    "ru": {
        "drill": "дрилл* | дрил",
        "post-punk": "пост-панк*", "phonk": "фонк*", "punk rock": "панк-рок* | панк рок*", "punk": "панк | панка | панком | "
        "панке | панков* | панк-",
        "bandura": "бандур*", "balalaika": "балалайк*",
        "acoustic": "акустическ*",
        "chiptune": "чиптюн*",
        "cinematic": "кинематографичн* | кинематографическ* | киношн*",
        "ukulele": "укулеле",
        "harmonica": "губная гармошка | губной гармошкой | губной гармошки | губную гармошку | губная гармоника",
        "piano": "пианин* | фортепиан* | рояль | рояля | рояле | роялем | пианист*", "guitar": "гитар*",
        "acoustic guitar": "акустическая гитара | акустической гитары | акустической гитаре | акустическую гитару"
                           " | акустической гитарой | акустик-гитар*",
        "electric guitar": "электрогитар* | электро-гитар* | электрическая гитара | электрической гитары"
                           " | электрическую гитару | электрической гитарой",
        "bass": "бас | баса | басом | басы | басов* | бас-гитар* | басист*", "drums": "барабан* | ударные | ударных | ударными",
        "violin": "скрипк* | скрипач*", "cello": "виолончел*", "strings": "струнн* | смычков*", "flute": "флейт*",
        "saxophone": "саксофон* | сакс | сакса | саксом", "harp": "арф*", "organ": "органн* | органист*",
        "synth": "синтезатор* | синт | синты | синтов | синтами | синтовый | синтовые", "accordion": "аккордеон* | баян*"
        " | гармонь | гармошк* | гармонист*", "sitar": "ситар*", "tabla": "табла", "choir": "хор | хора | хором | хоре"
        " | хоровая | хоровое | хоровой | хоровую | хоровые",
        "orchestral": "оркестр* | симфоническ*",
        "indie rock": "инди-рок*", "pop rock": "поп-рок* | стиле поп-рок | стилі поп-рок", "folk rock": "фолк-рок*", "rock": "рок- | жанр — рок | жанр - рок | жанр: рок | жанр рок | рок на русском | рок по-русски | рок на английском | рок no vocals | рок музык* | стиле рок | рокенрол* | рокерск* | русский рок | русского рока | хард рок | мрачный рок | тяжёлый рок | тяжелый рок | альтернативный рок | рок с | рок трек* | рок песн* | рок балад* | рок композици* | ,рок"
        " | панк рок | рок песн* | рок группы | рок баллад* | ,рок | энергичный рок | энергичного рока | тяжелый рок"
        " | тяжёлый рок | лёгкий рок | легкий рок | альтернативный рок | инди рок | мягкий рок | прогрессивный рок"
        " | классический рок | жесткий рок | жёсткий рок | драйвовый рок | сделай рок | сделайте рок | сделать рок"
        " | рок на эти | рок на мои | рок на слова", "pop": "поп- | поп музык* | поп песн* | поп трек* | поп композици* | стиле поп | попс* | поп с | весёлый поп | веселый поп | лёгкий поп | русский поп"
        " | ,поп",
        "jazz": "джаз*", "blues": "блюз*", "hip hop": "хип-хоп* | хип хоп* | хипхоп*", "rap": "рэп*",
        "reggaeton": "реггетон* | регетон*", "metal": "хэви-метал* | хеви-метал* | хеви метал* | металкор* | тяжёлый металл | тяжелый металл | тяжёлый метал | тяжелый метал | металл",
        "folk": "фолк* | народная музыка | народную музыку | народной музыки", "classical": "классическая музыка"
        " | классическую музыку | классической музыки | классической музыке",
        "electronic": "электронн* | электро | электроник*", "-": "электронная почта | электронной почты | электронную почту"
        " | электронной почте | сумнів*",
        "techno": "техно | tehno", "house": "хаус", "ambient": "эмбиент* | амбиент*", "lo-fi": "лоу-фай | лофай | лоуфай",
        "synthwave": "синтвейв* | синтвэйв* | синт-вейв*", "country": "кантри", "reggae": "регги", "funk": "фанк*",
        "soul": "соул", "r&b": "ритм-н-блюз* | эрнби | рнб", "disco": "диско", "bossa nova": "босса-нова | босса нова"
        " | боссанова | босанова", "samba": "самба | самбу | самбы", "tango": "танго", "flamenco": "фламенко",
        "cumbia": "кумбия | кумбию", "bhangra": "бхангра", "k-pop": "к-поп | кей-поп | кейпоп",
        "chanson": "шансон*", "indie": "инди | инди-музык* | инди-поп* | инди-фолк*", "synth-pop": "синти-поп* | синтипоп* | синтпоп*",
        "ballad": "баллад*", "lullaby": "колыбельн*", "march": "марш | марша | маршем | маршев*", "waltz": "вальс*",
        "calm": "спокойн* | умиротвор* | тихая | тихую | тихий | тихое", "sad": "грустн* | печальн*",
        "happy": "весел* | весёл* | радостн*", "romantic": "романтичн* | романтическ*",
        "energetic": "энергичн* | драйвов* | энергичный рок | энергичного рока | драйвовый рок", "dark": "мрачн* | тёмн* | темн*", "epic": "эпичн* | эпическ*",
        "melancholic": "меланхол* | тоскл*", "relaxing": "расслабля* | расслабленн* | релакс*",
        "upbeat": "бодр* | задорн* | зажигательн*",
        "xylophone": "ксилофон*",
        "marimba": "маримб*"
    },
    "uk": {
        "indie rock": "інді-рок*", "indie pop": "інді-поп*",
        "post-punk": "пост-панк*", "phonk": "фонк*", "punk rock": "панк-рок* | панк рок*", "punk": "панк | панка | панком | "
        "панке | панков* | панк-",
        "bandura": "бандур*",
        "acoustic": "акустичн*",
        "chiptune": "чиптюн*",
        "cinematic": "кінематографічн*",
        "ukulele": "укулеле",
        "harmonica": "губна гармоніка | губною гармонікою | губної гармоніки | губну гармоніку | губна гармошка",
        "piano": "фортепіан* | піаніно | піаніст*", "guitar": "гітар*",
        "acoustic guitar": "акустична гітара | акустичну гітару | акустичної гітари | акустичною гітарою",
        "electric guitar": "електрогітар* | електрична гітара | електричну гітару | електричної гітари",
        "bass": "бас | баса | басом | баси | басов* | бас-гітар* | басист*", "drums": "барабан* | ударні | ударних",
        "violin": "скрипк* | скрипц* | скрипал*", "cello": "віолончел*", "strings": "струнн* | смичков*", "flute": "флейт*",
        "saxophone": "саксофон*", "harp": "арф*", "organ": "органн*", "synth": "синтезатор* | синт | синти",
        "accordion": "акордеон* | баян*", "choir": "хор | хору | хором | хорі | хоров*", "orchestral": "оркестр* | симфонічн*",
        "pop rock": "поп-рок* | стиле поп-рок | стилі поп-рок", "folk rock": "фолк-рок*", "rock": "рок- | рок українською | рок англійською | рок російською | рок no vocals | інді-рок* | інді рок* | рок музик* | стилі рок | енергійний рок | рок для | рок-музик* | рок музик* | рок пісн* | важкий рок | ,рок", "pop": "поп- | поп музик* | стилі поп | попс* | ,поп | веселий поп | легкий поп | поп пісн*", "jazz": "джаз*",
        "blues": "блюз*", "hip hop": "хіп-хоп* | хіп хоп* | хіпхоп*", "rap": "реп | репу | репом | репер*",
        "folk": "фолк* | народна музика | народну музику | народної музики", "classical": "класична музика | класичну музику"
        " | класичної музики", "electronic": "електронн* | електро | електронік*", "techno": "техно", "house": "хаус",
        "ambient": "ембієнт* | амбієнт*", "lo-fi": "лоу-фай | лофай", "synthwave": "синтвейв*", "country": "кантрі",
        "reggae": "регі | реггі", "funk": "фанк*", "soul": "соул", "disco": "диско", "bossa nova": "босанова | боса-нова",
        "samba": "самба | самбу", "tango": "танго", "flamenco": "фламенко", "ballad": "балад*", "lullaby": "колисков*",
        "march": "марш | маршу | маршем", "waltz": "вальс*",
        "calm": "спокійн*", "sad": "сумн* | журлив*", "happy": "весел* | радісн*", "romantic": "романтичн*",
        "energetic": "енергійн* | драйвов*", "dark": "темн* | похмур*", "epic": "епічн*",
        "melancholic": "меланхол*", "relaxing": "розслаблю* | розслаблен* | релакс*", "upbeat": "бадьор*",
        "xylophone": "ксилофон*",
        "marimba": "маримб*"
    },
    "bg": {
        "acoustic": "акустичн*",
        "cinematic": "кинематографичн* | филмов*",
        "ukulele": "укулеле",
        "piano": "пиано | пианото | пианин* | пианист*", "guitar": "китар*", "acoustic guitar": "акустична китара"
        " | акустичната китара | акустични китари", "electric guitar": "електрическа китара | електрическата китара"
        " | електрокитар*", "bass": "бас | баса | бас китар* | бас-китар* | басист*", "drums": "барабан* | ударни",
        "violin": "цигулк*", "cello": "виолончел*", "strings": "струнн*", "flute": "флейт*", "saxophone": "саксофон*",
        "trumpet": "тромпет*", "harp": "арф*", "synth": "синтезатор*", "accordion": "акордеон*", "choir": "хор | хора"
        " | хорът | хоров*", "orchestral": "оркест* | симфоничн*",
        "pop rock": "поп-рок* | стиле поп-рок | стилі поп-рок", "folk rock": "фолк-рок*", "rock": "рок- | рок на български | рок на английски | стил рок | стила рок | рок no vocals | рок парче | рок парчета | рок музика | рок песен | рок песни | рокендрол* | рок балад* | рок песен | рок музика | ,рок | инструментален рок | no vocals рок | тежък рок | лек рок | рок инструментал*", "pop": "поп- | поп на | поп парче | поп музика | поп песен | поп песни | поп с | весел поп | ,поп",
        "jazz": "джаз*", "blues": "блус*", "hip hop": "хип-хоп* | хип хоп*", "rap": "рап", "metal": "метъл*",
        "folk": "фолк* | народна музика | народна песен | народни песни | народната песен", "bagpipes": "гайда | гайди | гайдата",
        "classical": "класическа музика | класическата музика",
        "clarinet": "кларинет*", "chalga": "чалга*",
        "electronic": "електронн* | електронен | електро", "techno": "техно", "house": "хаус", "ambient": "амбиент*",
        "country": "кънтри", "reggae": "реге", "funk": "фънк*", "soul": "соул", "disco": "диско", "samba": "самба",
        "tango": "танго", "flamenco": "фламенко", "ballad": "балад* | рок балад*", "lullaby": "приспивн*", "march": "марш",
        "waltz": "валс*",
        "calm": "спокойн*", "sad": "тъжн*", "happy": "весел* | радостн*", "romantic": "романтичн*",
        "energetic": "енергичн*", "dark": "мрачн* | тъмн*", "epic": "епичн*", "melancholic": "меланхол*",
        "relaxing": "релаксиращ* | отпускащ* | релакс*", "upbeat": "бодр* | жизнерадостн*",
        "xylophone": "ксилофон*",
        "marimba": "маримб*"
    },
    # Serbian in both scripts, Croatian: 'рок'/'rok' is also a deadline; 'hor' is Turkish 'hor'
    # (contempt): whole Cyrillic 'хор' only. 'truba' (trumpet) kept in Latin letters; Cyrillic 'труба' is a
    # Russian pipe, so only as an item of a list ('15 секунди, труба').
    "sr": {
        "brass": "трубачк* | trubačk* | plehan* | плехан* | дувачи* | дувачки* | duvači* | duvaci*",
        "acoustic": "akustičn* | акустичн*",
        "trap": "trep | треп | трап",
        "jazz": "џез* | džez*",
        "cinematic": "кинематографск* | filmsk* | kinematografsk* | филмск*",
        "pop": "весели поп | поп песм* | veseli pop",
        "ambient": "ambijent*",
        "ukulele": "укулеле",
        "harmonica": "usna harmonika | usnom harmonikom | usne harmonike | usnu harmoniku",
        "piano": "клавир* | klavir* | пијанин*", "guitar": "гитар* | gitar*",
        "acoustic guitar": "акустична гитара | акустичну гитару | akustična gitara | akustičnu gitaru",
        "electric guitar": "електрична гитара | електричну гитару | električna gitara | električnu gitaru",
        "bass": "бас-гитар* | бас гитар* | bas-gitar* | bas gitar* | басист* | basist*", "drums": "бубњ* | бубањ | bubnj* | bubanj",
        "violin": "виолин* | violin*", "cello": "виолончел* | violončel*", "strings": "гудач* | gudač*",
        "flute": "флаут* | flaut*", "saxophone": "саксофон* | saksofon*", "trumpet": "truba | trube | trubom | trubama | trubač* | трубом | трубама | трубач* | ,труба | ,трубе"
        " | трубач*", "harp": "харф* | harf*", "organ": "оргуљ* | orgulj*", "synth": "синтисајзер* | sintisajzer*",
        "accordion": "хармоник* | harmonik* | хармоника", "choir": "хор | хора | хором | хорск*",
        "orchestral": "оркестр* | orkestr* | оркестар",
        "rock": "рок- | рок no vocals | рок музик* | rok muzik* | рок песм* | rok pesm* | rok pjesm*", "folk": "народна музика | народну музику | narodna muzika",
        "classical": "класична музика | класичну музику | klasična muzika | klasičnu muziku",
        "electronic": "електронск* | elektronsk*", "lullaby": "успаванк* | uspavank*", "march": "марш",
        "waltz": "валцер* | valcer*", "ballad": "балад* | balad*",
        "calm": "мирн* | mirn* | смирен* | smiren*", "sad": "тужн* | tužn*", "happy": "весел* | vesel* | срећн* | srećn*"
        " | радосн* | radosn*", "romantic": "романтичн* | romantičn*", "energetic": "енергичн* | energičn*",
        "dark": "мрачн* | mračn*", "epic": "епск* | epsk*", "melancholic": "меланхоличн* | melankoličn*",
        "relaxing": "опуштајућ* | opuštajuć*", "upbeat": "живахн* | živahn*",
    },
    "hr": {
        "acoustic": "akustičn* | akusticn*",
        "cinematic": "filmsk* | kinematografsk*",
        "ambient": "ambijent*",
        "harmonica": "usna harmonika | usnom harmonikom | usne harmonike | usnu harmoniku",
        "piano": "klavir*", "guitar": "gitar*",
        "acoustic guitar": "akustična gitara | akustičnu gitaru | akustične gitare | akustičnom gitarom",
        "electric guitar": "električna gitara | električnu gitaru | električne gitare | električnom gitarom",
        "bass": "bas-gitar* | bas gitar* | basist*", "drums": "bubnj* | bubanj", "violin": "violin*",
        "cello": "violončel*", "strings": "gudač*", "flute": "flaut*", "saxophone": "saksofon*",
        "trumpet": "truba | trube | trubom | trubač*", "harp": "harf*", "organ": "orgulj*",
        "synth": "sintesajzer* | sintisajzer*", "accordion": "harmonik* | akordeon*", "choir": "pjevački zbor | zborsk*",
        "orchestral": "orkest*", "folk": "narodna glazba | narodnu glazbu | narodne pjesme",
        "classical": "klasična glazba | klasičnu glazbu | klasične glazbe", "electronic": "elektronsk* | elektroničk*",
        "lullaby": "uspavank*", "march": "koračnic*", "waltz": "valcer*", "ballad": "balad*",
        "calm": "mirn* | smiren*", "sad": "tužn*", "happy": "vesel* | sretn* | radosn*", "romantic": "romantičn*",
        "energetic": "energičn*", "dark": "mračn*", "epic": "epsk*", "melancholic": "melankoličn* | sjetn*",
        "relaxing": "opuštajuć* | opušten*", "upbeat": "živahn* | poletn*",
        "xylophone": "ksilofon*"
    },
    # Polish: 'bas' (French 'bas'), 'metalowy' (also made of metal), 'walc' as a stem ('walczyć', to fight),
    # 'skrzyp-' as a stem ('skrzypiące drzwi', creaking doors): whole forms or left out.
    "pl": {
        "acoustic": "akustyczn*", "disco polo": "disco polo",
        "cinematic": "filmow* | kinematograficzn*",
        "harmonica": "harmonijk*",
        "piano": "pianin* | fortepian*", "guitar": "gitar*",
        "acoustic guitar": "gitara akustyczna | gitarę akustyczną | gitarą akustyczną | gitary akustyczne"
                           " | akustyczna gitara | akustyczną gitarę | akustyczną gitarą | akustyczne gitary",
        "electric guitar": "gitara elektryczna | gitarę elektryczną | gitarą elektryczną | gitary elektryczne"
                           " | elektryczna gitara | elektryczną gitarę | elektryczną gitarą",
        "bass": "gitara basowa | gitarę basową | gitarą basową | basow* | basem | basista*",
        "drums": "perkusj* | bębn* | bęben", "violin": "skrzypce | skrzypcach | skrzypcami | skrzypcow* | skrzypek",
        "cello": "wiolonczel*", "strings": "smyczk* | smyczkow*", "flute": "flet | fletu | flecie | fletem | flety"
        " | flecista*", "saxophone": "saksofon*", "trumpet": "trąbk*", "harp": "harf*", "organ": "organy | organach"
        " | organami", "synth": "syntezator*", "accordion": "akordeon*", "choir": "chór | chóru | chórem | chóralny"
        " | chóralna | chóralne", "orchestral": "orkiestr* | symfoniczn*",
        "rock": "rockow*", "pop": "popow*", "jazz": "jazzow*", "blues": "bluesow*", "hip hop": "hiphopow* | hip-hopow*",
        "rap": "rapow*", "folk": "folkow* | muzyka ludowa | muzyki ludowej | muzykę ludową",
        "classical": "muzyka klasyczna | muzyki klasycznej | muzykę klasyczną | muzyką klasyczną",
        "electronic": "elektroniczn* | elektronik*", "lullaby": "kołysank*", "march": "marsz | marsza | marszem"
        " | marszow*", "waltz": "walc | walca | walcem | walczyk*", "ballad": "ballad*",
        "calm": "spokojn*", "sad": "smutn*", "happy": "wesoł* | radosn* | szczęśliw*", "romantic": "romantyczn*",
        "energetic": "energiczn* | energetyczn* | dynamiczn*", "dark": "mroczn* | ciemn*", "epic": "epick*",
        "melancholic": "melancholijn*", "relaxing": "relaksuj* | relaksacyjn* | odprężając*",
        "upbeat": "skoczn* | żywiołow*",
        "xylophone": "ksylofon*"
    },
    # Czech, Slovak: 'trubka' is also a pipe, 'sbor'/'zbor' also a corps, 'basa' also a prison (slang): in
    # phrases or left out. 'bicí' (drums) has no unaccented form: 'bici' is a bicycle in Italian and Spanish.
    "cs": {
        "brass": "dechovk* | dechová hudba | dechovou hudbu",
        "acoustic": "akustick*",
        "cinematic": "filmov*",
        "polka": "polka | polky | polku | polkou",
        "harmonica": "foukací harmonik* | foukačk*",
        "piano": "klavír* | pianin*", "guitar": "kytar*",
        "acoustic guitar": "akustická kytara | akustickou kytaru | akustické kytary | akustickou kytarou",
        "electric guitar": "elektrická kytara | elektrickou kytaru | elektrické kytary | elektrickou kytarou",
        "bass": "baskytar* | basov* | kontrabas*", "drums": "bicí | bicích | bicími | bubn* | buben",
        "violin": "housl*", "cello": "violoncell*", "strings": "smyčc*", "flute": "flétn*", "saxophone": "saxofon*",
        "trumpet": "trumpet*", "harp": "harf*", "organ": "varhan*", "synth": "syntezátor* | syntík*",
        "accordion": "akordeon* | harmonik*", "choir": "pěvecký sbor | pěveckým sborem | sborový zpěv | sborov*",
        "orchestral": "orchestr* | symfonick*",
        "rock": "rockov*", "pop": "popov*", "jazz": "jazzov*", "blues": "bluesov*", "hip hop": "hiphopov*",
        "rap": "rapov*", "metal": "metalov*", "folk": "folkov* | lidová hudba | lidovou hudbu | lidové písně"
        " | lidová píseň | lidovou píseň | lidovk*", "classical": "klasická hudba | klasickou hudbu | klasické hudby"
        " | vážná hudba | vážnou hudbu", "electronic": "elektronick* | elektronik*", "lullaby": "ukolébavk*",
        "march": "pochod | pochodu | pochodem | pochodov*", "waltz": "valčík*", "ballad": "balad*",
        "calm": "klidn* | uklidňuj*", "sad": "smutn*", "happy": "vesel* | radostn* | šťastn*", "romantic": "romantick*",
        "energetic": "energick*", "dark": "temn* | ponur*", "epic": "epick*", "melancholic": "melancholick*",
        "relaxing": "relaxační* | odpočinkov*", "upbeat": "svižn*",
        "xylophone": "xylofon*"
    },
    "sk": {
        "acoustic": "akustick*",
        "cinematic": "filmov*",
        "polka": "polka | polky | polku | polkou",
        "harmonica": "fúkacia harmonika | fúkacou harmonikou | fúkacej harmoniky | ústna harmonika",
        "piano": "klavír* | pianin*", "guitar": "gitar*",
        "acoustic guitar": "akustická gitara | akustickú gitaru | akustické gitary | akustickou gitarou",
        "electric guitar": "elektrická gitara | elektrickú gitaru | elektrické gitary | elektrickou gitarou",
        "bass": "basgitar* | basov* | kontrabas*", "drums": "bicie | bicích | bubn* | bubon", "violin": "husl* | husľ*",
        "cello": "violončel*", "strings": "sláčik*", "flute": "flaut*", "saxophone": "saxofón*", "trumpet": "trúbk*",
        "harp": "harf*", "synth": "syntetizátor*", "accordion": "akordeón*", "choir": "spevácky zbor | speváckym zborom"
        " | zborový spev", "orchestral": "orchestr* | symfonick*",
        "rock": "rockov*", "pop": "popov*", "jazz": "jazzov*", "rap": "rapov*", "folk": "folkov* | ľudová hudba"
        " | ľudovú hudbu | ľudové piesne | ľudová pieseň | ľudovú pieseň | ľudovú pesničku | ľudová pesnička | ľudovka"
        " | ľudovku", "classical": "klasická hudba | klasickú hudbu | vážna hudba | vážnu hudbu",
        "electronic": "elektronick*", "lullaby": "uspávank*", "march": "pochod | pochodu", "waltz": "valčík*",
        "ballad": "balad*",
        "calm": "pokojn* | upokojuj*", "sad": "smutn*", "happy": "vesel* | radostn* | šťastn*", "romantic": "romantick*",
        "energetic": "energick*", "dark": "temn* | ponur*", "epic": "epick*", "melancholic": "melancholick*",
        "relaxing": "relaxačn* | oddychov*", "upbeat": "svižn*",
        "xylophone": "xylofón*"
    },
    # Lithuanian: 'bosas' is also a boss, 'rami' Italian 'rami' (branches): phrases, or left out.
    "lt": {
        "acoustic": "akustin*", "polka": "polka | polką | polkos | polkę",
        "cinematic": "kinematografišk*",
        "harmonica": "lūpinė armonikėlė | lūpine armonikėle | lūpinės armonikėlės",
        "piano": "fortepijon* | pianin*", "guitar": "gitar*",
        "acoustic guitar": "akustinė gitara | akustinės gitaros | akustinę gitarą | akustine gitara",
        "electric guitar": "elektrinė gitara | elektrinės gitaros | elektrinę gitarą | elektrine gitara",
        "bass": "bosinė gitara | bosinės gitaros | bosinę gitarą | boso linija", "drums": "būgn*", "violin": "smuik*",
        "cello": "violončel*", "strings": "styginia* | styginių", "flute": "fleit*", "saxophone": "saksofon*",
        "trumpet": "trimit*", "harp": "arfa | arfos | arfą", "organ": "vargon*", "synth": "sintezator*",
        "accordion": "akordeon* | armonik*", "choir": "choras | choro | chorą", "orchestral": "orkestr* | simfonin*",
        "rock": "roko muzika | roko muzikos | roko daina | roko dainą | roko grupė | roko stiliaus | roko | rokas | roką", "jazz": "džiaz*", "blues": "bliuz*", "rap": "repas | repo muzika", "metal": "metalas",
        "folk": "folkas | liaudies muzika | liaudies muzikos | liaudies daina | liaudies dainos | liaudies* | liaudišk*",
        "kankles": "kankl*",
        "classical": "klasikinė muzika | klasikinės muzikos | klasikinę muziką", "electronic": "elektronin*",
        "country": "kantri", "ballad": "balad*", "lullaby": "lopšin*", "march": "maršas | maršą", "waltz": "valsas | valsą",
        "calm": "raminant* | ramią | ramiai | ramybė* | rami | ramios", "sad": "liūdn*", "happy": "linksm*", "romantic": "romantišk*",
        "energetic": "energing*", "dark": "tams* | niūr*", "epic": "epinė | epinis | epinę", "melancholic": "melancholišk*",
        "relaxing": "atpalaiduoj*", "upbeat": "nuotaiking* | žvali | žvalus | žvalią",
    },
    # -- Greek ------------------------------------------------------------------------------------------------
    # 'όργανο' is any instrument, 'χορός' a dance, 'χάους' chaos ('house' transliterated), 'επικ-' as a stem would
    # take 'επικίνδυνη' (dangerous): left out, or whole forms.
    "el": {
        "acoustic": "ακουστικ*",
        "cinematic": "κινηματογραφικ*",
        "ukulele": "γιουκαλίλι",
        "harmonica": "φυσαρμόνικα*",
        "piano": "πιάνο*", "guitar": "κιθάρ* | κιθαρ*", "acoustic guitar": "ακουστική κιθάρα | ακουστικής κιθάρας"
        " | ακουστικές κιθάρες", "electric guitar": "ηλεκτρική κιθάρα | ηλεκτρικής κιθάρας | ηλεκτρικές κιθάρες",
        "bass": "μπάσο | μπάσα | μπάσου | μπασίστ*", "drums": "ντραμς | τύμπανα", "percussion": "κρουστά",
        "violin": "βιολί | βιολιά | βιολιού | βιολιστ*", "cello": "βιολοντσέλο* | τσέλο", "strings": "έγχορδ*",
        "flute": "φλάουτο* | φλογέρα*", "saxophone": "σαξόφωνο* | σαξόφωνα | σαξ", "trumpet": "τρομπέτα*", "harp": "άρπα | άρπας",
        "organ": "εκκλησιαστικό όργανο", "synth": "συνθεσάιζερ", "accordion": "ακορντεόν", "bouzouki": "μπουζούκι*",
        "choir": "χορωδία* | χορωδιακ*", "orchestral": "ορχήστρα* | ορχηστρικ* | συμφωνικ*",
        "rock": "ροκ", "pop": "ποπ", "jazz": "τζαζ", "blues": "μπλουζ", "hip hop": "χιπ χοπ | χιπ-χοπ", "rap": "ραπ",
        "reggaeton": "ρεγκετόν", "metal": "μέταλ", "folk": "φολκ | παραδοσιακ*", "classical": "κλασική μουσική"
        " | κλασσική μουσική | κλασικής μουσικής", "electronic": "ηλεκτρονικ*", "-": "ηλεκτρονικό ταχυδρομείο",
        "techno": "τέκνο", "ambient": "άμπιεντ", "country": "κάντρι", "reggae": "ρέγκε", "funk": "φανκ", "soul": "σόουλ",
        "disco": "ντίσκο", "bossa nova": "μπόσα νόβα", "samba": "σάμπα", "tango": "ταγκό", "flamenco": "φλαμένκο",
        "rebetiko": "ρεμπέτικ*", "ballad": "μπαλάντα*", "lullaby": "νανούρισμα*", "march": "εμβατήριο*", "waltz": "βαλς",
        "calm": "ήρεμ* | ήσυχ*", "sad": "λυπητερ* | θλιμμέν* | λυπημέν*", "happy": "χαρούμεν* | χαρωπ* | εύθυμ*",
        "romantic": "ρομαντικ*", "energetic": "ενεργητικ* | δυναμικ*", "dark": "σκοτειν*",
        "epic": "επική | επικό | επικά | επικής | επικού | επικές | επικοί", "melancholic": "μελαγχολικ*",
        "relaxing": "χαλαρωτικ* | χαλαρ*", "upbeat": "κεφάτ* | ζωηρ*",
        "xylophone": "ξυλόφωνο*",
        "marimba": "μαρίμπα*"
    },
    # -- Finno-Ugric ------------------------------------------------------------------------------------------
    # Finnish: 'basso' and 'sello' are Italian 'low' and Spanish 'stamp', 'metalli' the metal itself, 'jouset'
    # also springs: only their other case forms and compounds.
    "fi": {
        "acoustic": "akustinen | akustisen | akustisella | akustista",
        "cinematic": "elokuvallis* | elokuvamusiikki*",
        "harmonica": "huuliharppu* | huuliharpu*",
        "piano": "piano* | flyygeli* | pianokappale* | pianomusiik*", "guitar": "kitar* | kitarakappale* | kitaramusiik*", "acoustic guitar": "akustinen kitara | akustisella kitaralla"
        " | akustista kitaraa | akustisen kitaran", "electric guitar": "sähkökitar*",
        "bass": "bassokitar* | bassolinj* | bassoa | bassolla", "drums": "rumpu* | rummu* | rummut", "violin": "viulu*",
        "cello": "selloa | sellolla | sellot", "strings": "jousisoitin* | jousisoittim* | jousiorkester* | jousikvartet*",
        "flute": "huilu*", "saxophone": "saksofon*", "trumpet": "trumpet*", "harp": "harppu*", "organ": "urku* | urut | uruilla",
        "synth": "syntikka* | syntikkakappale* | syntikkamusiik* | syntetisaattori*", "accordion": "harmonikk* | haitari* | haitarimusiik*", "choir": "kuoro*",
        "orchestral": "orkester* | sinfoni*",
        "rock": "rokki* | rokkia", "pop": "poppi*", "jazz": "jatsi*", "hip hop": "hiphop*", "rap": "räppi*",
        "metal": "hevi | heviä | hevimetalli* | metallimusiik* | metallibiis* | metallikappale* | metallia", "folk": "kansanmusiik*", "classical": "klassinen musiikki"
        " | klassista musiikkia | klassisen musiikin", "electronic": "elektroni*", "techno": "tekno", "country": "kantri",
        "disco": "disko", "ballad": "balladi*", "lullaby": "tuutulaulu* | kehtolaulu*", "march": "marssi*",
        "waltz": "valssi*",
        "calm": "rauhalli* | levolli*", "sad": "surullin*", "happy": "iloi* | onnellin*", "romantic": "romanttin*",
        "energetic": "energin*", "dark": "synkk* | tumma*", "epic": "eeppin*", "melancholic": "melankolin* | haike*",
        "relaxing": "rentouttav* | rento | rentoa | rauhoittav*", "upbeat": "pirte* | reipas | reippa*",
        "xylophone": "ksylofoni*"
    },
    # Hungarian: 'dob' is also 'throws', 'orgona' also lilac, 'zenekar' any band, 'induló' also 'starting',
    # 'kór' a disease: in phrases or other forms.
    "hu": {
        "acoustic": "akusztikus*", "polka": "polka | polkát | polkával | polkája | polkás* | polkából | polkára | polkában | polkához",
        "cinematic": "filmszerű* | filmzene*",
        "harmonica": "szájharmonik*",
        "piano": "zongor* | zongoradarab* | zongoraműv* | zongoraszóló*", "guitar": "gitár*", "acoustic guitar": "akusztikus gitár*", "electric guitar": "elektromos gitár*",
        "bass": "basszusgitár* | basszus*", "drums": "dobok | dobokkal | dobokat | dobot | dobos | dobszó* | dobjáték*",
        "percussion": "ütőhangszer*", "violin": "hegedű*", "cello": "cselló*", "strings": "vonós*",
        "flute": "fuvol* | furulyá* | furulya", "saxophone": "szaxofon*", "trumpet": "trombit*", "harp": "hárf*",
        "organ": "orgonazen* | orgonaszó* | orgonadarab* | orgonaműv*", "synth": "szintetizátor* | szinti*", "accordion": "harmonik* | tangóharmonik*",
        "choir": "=kórus*", "orchestral": "zenekari | szimfonikus* | nagyzenekar*",
        "rock": "rockzen* | rockos*", "pop": "popzen*", "jazz": "dzsessz* | jazzes*", "blues": "bluesos*",
        "hip hop": "hiphop*", "metal": "metál | metálos*", "folk": "népzen*", "classical": "komolyzen* | klasszikus zene*",
        "electronic": "elektronikus*", "lullaby": "altatódal* | bölcsődal*", "waltz": "keringőt | keringővel | bécsi keringő",
        "ballad": "ballad*",
        "calm": "nyugodt* | nyugis* | nyugtató* | békés*", "sad": "szomorú*", "happy": "vidám* | boldog*",
        "romantic": "romantikus*", "energetic": "energikus*", "dark": "sötét* | komor*", "epic": "epikus*",
        "melancholic": "melankolikus* | mélabús*", "relaxing": "relaxáló* | pihentető*", "upbeat": "pörgős* | lendületes*",
        "xylophone": "xilofon*"
    },
    # -- Turkic ---------------------------------------------------------------------------------------------
    # Turkish, Azerbaijani (typed without their letters too, each form by hand: 'turku' would be a Finnish
    # city): 'bas' is also 'press', 'ud' the Spanish 'Ud.', 'kanun' a law, 'arp' an arpeggiator, 'klasik' also
    # 'classic', 'tar' English tar: in phrases or left out. 'sakin' (calm) is also a resident: kept.
    "tr": {
        "acoustic": "akustik*",
        "cinematic": "sinematik* | film müziği",
        "harmonica": "ağız mızıkası | ağız mızıkasıyla | ağız mızıkalı",
        "piano": "piyano*", "guitar": "gitar*", "acoustic guitar": "akustik gitar*",
        "electric guitar": "elektro gitar* | elektrik gitar*", "bass": "bas gitar* | basgitar*",
        "drums": "davul* | bateri*", "percussion": "perküsyon* | perkusyon*", "violin": "keman*", "cello": "viyolonsel* | çello*",
        "strings": "yaylı çalgı* | yaylılar* | yaylilar*", "flute": "flüt*", "ney": "ney | neyin | neyle",
        "saxophone": "saksafon* | saksofon*", "trumpet": "trompet*", "organ": "kilise orgu", "synth": "sentezleyici*",
        "accordion": "akordeon*", "oud": "udlu | ud ile | ud taksimi | ud sesi | ve ud | ud ve", "saz": "bağlama* | baglama*",
        "darbuka": "darbuka*", "choir": "korosu | koroyla | korolar* | koro ile | korolu", "orchestral": "orkestr* | senfoni*",
        "jazz": "caz | cazlı | cazli", "hip hop": "hiphop", "folk": "halk müziği | halk muzigi | türkü*",
        "classical": "klasik müzik* | klasik muzik*", "electronic": "elektronik*", "techno": "tekno", "disco": "disko*",
        "ballad": "balad*", "lullaby": "ninni*", "march": "marş*", "waltz": "vals | valsi",
        "calm": "sakin* | huzurlu*", "sad": "hüzünlü* | huzunlu* | üzgün* | acıklı*", "happy": "mutlu* | neşeli* | neseli*",
        "romantic": "romantik*", "energetic": "enerjik*", "dark": "karanlık* | karanlik*", "epic": "epik*",
        "melancholic": "melankolik*", "relaxing": "rahatlatıcı* | rahatlatici* | dinlendirici*",
        "upbeat": "hareketli* | coşkulu* | coskulu*",
        "xylophone": "ksilofon*"
    },
    "az": {
        "cinematic": "kinematoqrafik* | film musiqisi",
        "guitar": "gitar*", "drums": "nağara* | baraban*", "violin": "skripka*", "kamancheh": "kamança*",
        "cello": "violonçel*", "flute": "fleyta*", "saxophone": "saksofon*", "accordion": "qarmon*", "saz": "saz",
        "tar": "tar ilə | tar və",
        "choir": "xor | xoru | xorun", "orchestral": "orkestr*", "mugham": "muğam* | mugam*", "jazz": "caz",
        "folk": "xalq musiqisi | xalq mahnısı | xalq mahnıları", "classical": "klassik musiqi*",
        "electronic": "elektron musiqi*", "ballad": "ballad*", "lullaby": "laylay*", "march": "marş*", "waltz": "vals",
        "calm": "sakit* | sakitləşdirici*", "sad": "kədərli* | qəmgin*", "happy": "şən | xoşbəxt* | sevincli*",
        "romantic": "romantik*", "energetic": "enerjili* | enerjik*", "dark": "qaranlıq* | tutqun*", "epic": "epik*",
        "melancholic": "melanxolik*", "relaxing": "rahatladıcı* | dincəldici*", "upbeat": "oynaq* | şux*",
    },
    # -- Semitic (the clitics 'و', 'ب', 'ال', 'ה', 'ו', 'ב' ... are read before each form) -----------------------
    # Arabic: 'كمان' is 'too' as well as the violin: only 'الكمان'; 'باص'/'باس' a bus / 'kissed'; 'هارب' a
    # fugitive; 'قانون' a law; 'سول' a name; 'سعيد', 'فرح' names; 'جاز' also 'it was allowed': with 'ال' or
    # 'موسيقى' only; 'مرح-' as a stem would take 'مرحبا' (hello): whole forms. 'عود' is also agarwood: kept
    # (the incense is no request for music). Romanisation (Arabizi): the forms people chat in.
    "ar": {
        "cinematic": "سينمائي*",
        "ukulele": "يوكوليلي | أوكوليلي",
        "harmonica": "هارمونيكا",
        "piano": "بيانو*", "guitar": "جيتار* | غيتار* | قيتار*", "acoustic guitar": "جيتار أكوستيك | غيتار أكوستيك"
        " | جيتار اكوستيك | غيتار اكوستيك", "electric guitar": "جيتار كهربائي | غيتار كهربائي | جيتار كهربا"
        " | غيتار كهربا", "bass": "جيتار باس | غيتار باس | خط الباس", "drums": "طبول | درامز", "darbuka": "طبلة | دربكة"
        " | دربوكة | darbuka", "violin": "كمنجة* | الكمان | kamanja | kamanga | عود وكمان | كمان وعود", "cello": "تشيلو", "strings": "وتريات", "flute": "فلوت",
        "ney": "ناي", "saxophone": "ساكسفون | ساكسوفون | ساكس", "trumpet": "ترومبيت", "harp": "قيثارة",
        "organ": "أورغ | اورغ | أرغن | ارغن", "synth": "سينث | سينثسايزر", "accordion": "أكورديون | اكورديون",
        "oud": "عود | 3od | 3ood", "-": "وعود", "choir": "كورال | جوقة", "orchestral": "أوركسترا* | اوركسترا* | سيمفوني*",
        "rock": "روك", "pop": "بوب", "jazz": "الجاز | موسيقى جاز", "blues": "بلوز", "hip hop": "هيب هوب | هيب-هوب",
        "rap": "راب", "reggaeton": "ريغيتون | ريجيتون", "metal": "ميتال | هيفي ميتال", "folk": "فولك | موسيقى شعبية",
        "classical": "موسيقى كلاسيكية | الموسيقى الكلاسيكية", "electronic": "موسيقى إلكترونية | موسيقى الكترونية | مقدمة إلكترونية | مقدمة الكترونية"
        " | الموسيقى الإلكترونية | الموسيقى الالكترونية", "techno": "تكنو", "house": "هاوس", "ambient": "أمبينت | امبينت",
        "lo-fi": "لو فاي | لوفاي", "synthwave": "سينث ويف | سينثويف", "country": "كانتري", "reggae": "ريغي | ريجي",
        "funk": "فانك", "r&b": "آر أند بي | ار اند بي", "disco": "ديسكو", "bossa nova": "بوسا نوفا", "samba": "سامبا",
        "tango": "تانغو | تانجو", "flamenco": "فلامنكو | فلامينكو", "cumbia": "كومبيا", "k-pop": "كي بوب", "ballad": "بالاد",
        "lullaby": "تهويدة* | هدهدة", "march": "مارش", "waltz": "فالس", "tarab": "طرب | tarab", "dabke": "دبكة | dabke",
        "khaleeji": "خليجي",
        "calm": "هادئة | هادئ | هادئه | هاديء | هاديه | hadi2 | hadi2a | hadye | hadya", "sad": "حزين* | hazin | hazeen | 7azin | 7azeen",
        "happy": "سعيدة | مبهج* | مفرح*", "romantic": "رومانسي* | romansi", "energetic": "حماسي* | نشيط*",
        "dark": "مظلم* | قاتم*", "epic": "ملحمي*", "melancholic": "كئيب* | شجن | شجية", "relaxing": "مريح* | استرخاء",
        "upbeat": "مرح | مرحة | حيوي*",
    },
    # Hebrew: 'רוק' is also spit, 'עוד' (oud) 'more', 'נבל' (harp) a scoundrel, 'סקס' (sax) sex, 'אפל' (dark) also
    # Apple, 'אפי' and 'נוגה' names, 'פאנק' both funk and punk, 'סול' the note G: left out or in phrases.
    "he": {
        "trap": "טראפ",
        "klezmer": "כלייזמר | קלזמר | כליזמר", "clarinet": "קלרינט*",
        "cinematic": "קולנועי*",
        "ukulele": "יוקלילי | יוקולילי",
        "harmonica": "מפוחית*",
        "piano": "פסנתר*", "guitar": "גיטר*", "acoustic guitar": "גיטרה אקוסטית | גיטרות אקוסטיות",
        "electric guitar": "גיטרה חשמלית | גיטרות חשמליות", "bass": "בס | גיטרה בס | גיטרת בס | קו בס",
        "drums": "תופים | תוף | מתופף*", "violin": "כינור*", "cello": "צ'לו | צ׳לו", "strings": "כלי מיתר | מיתרים",
        "flute": "חליל*", "saxophone": "סקסופון*", "trumpet": "חצוצר*", "organ": "עוגב*",
        "synth": "סינתיסייזר* | סינטיסייזר* | סינת'", "accordion": "אקורדיון*", "choir": "מקהל*",
        "orchestral": "תזמורת* | סימפוני*",
        "rock": "רוק בעברית | רוק באנגלית | רוק ישראלי | רוק ישן | רוק אלטרנטיבי | רוקנרול | ,רוק | רוק אנד רול | שיר רוק | שירי רוק | מוזיקת רוק | להקת רוק | רוק כבד | סגנון רוק | רוקיסטי* | רוק-",
        "pop": "פופ", "jazz": "ג'אז | ג׳אז", "blues": "בלוז", "hip hop": "היפ הופ | היפ-הופ", "rap": "ראפ",
        "reggaeton": "רגאטון", "metal": "מטאל", "folk": "פולק", "classical": "מוזיקה קלאסית",
        "electronic": "אלקטרונית | אלקטרוני", "techno": "טכנו", "house": "האוס", "ambient": "אמביינט",
        "lo-fi": "לו-פיי | לופיי | לו פיי", "country": "קאנטרי", "reggae": "רגאיי | רגיי", "funk": "פאנקי*",
        "disco": "דיסקו", "bossa nova": "בוסה נובה", "samba": "סמבה", "tango": "טנגו", "flamenco": "פלמנקו",
        "ballad": "בלד*", "lullaby": "שיר ערש | שירי ערש", "march": "מארש", "waltz": "ואלס",
        "calm": "רגוע* | שליו*", "sad": "עצוב*", "happy": "שמח* | עליז*", "romantic": "רומנטי*", "energetic": "אנרגטי*",
        "dark": "אפלה | אפלים | אפלות | קודר*", "epic": "אפית | אפיים | אפיות", "melancholic": "מלנכולי*",
        "relaxing": "מרגיע*", "upbeat": "קצבי*",
    },
    # -- Iranian, Indo-Aryan ----------------------------------------------------------------------------------
    # Persian: 'چنگ' (harp) is also a claw, 'ارگ' (organ) a citadel, 'نی' (ney) also 'isn't', 'کر' (choir)
    # deaf, 'درام' drama, 'بلوز' a blouse, 'تار' (tar) dark or a thread, 'سول' a name: left out or in phrases.
    # 'پاپ' is also the Pope: kept (a request for music names the genre).
    "fa": {
        "cinematic": "سینمایی*",
        "ukulele": "یوکللی | یوکوللی",
        "harmonica": "سازدهنی*",
        "piano": "پیانو*", "guitar": "گیتار*", "acoustic guitar": "گیتار آکوستیک | گیتار اکوستیک",
        "electric guitar": "گیتار الکتریک | گیتار برقی", "bass": "گیتار باس | خط باس", "drums": "درامز | طبل*",
        "tombak": "تنبک | تمبک", "daf": "دف", "violin": "ویولن* | ویولون*", "kamancheh": "کمانچه*",
        "cello": "ویولنسل*", "strings": "سازهای زهی | زهی", "flute": "فلوت", "saxophone": "ساکسیفون | ساکسوفون | ساکس",
        "trumpet": "ترومپت | شیپور", "synth": "سینت | سینتی‌سایزر | سینتی سایزر", "accordion": "آکاردئون | آکاردیون",
        "oud": "عود | بربط", "setar": "سه‌تار | سه تار", "santur": "سنتور", "choir": "گروه کر",
        "orchestral": "ارکستر* | سمفونی*",
        "rock": "راک", "pop": "پاپ", "jazz": "جاز", "blues": "موسیقی بلوز", "hip hop": "هیپ هاپ | هیپ‌هاپ", "rap": "رپ",
        "reggaeton": "رگیتون | رگاتون", "metal": "متال", "folk": "فولک | موسیقی محلی", "classical": "موسیقی کلاسیک",
        "electronic": "الکترونیک*", "techno": "تکنو", "house": "هاوس", "ambient": "امبینت", "lo-fi": "لوفای | لو-فای | لو فای",
        "synthwave": "سینث‌ویو | سینت ویو", "country": "کانتری", "reggae": "رگی", "funk": "فانک", "disco": "دیسکو",
        "bossa nova": "بوسا نوا", "samba": "سامبا", "tango": "تانگو", "flamenco": "فلامنکو", "k-pop": "کی‌پاپ | کی پاپ",
        "ballad": "بالاد", "lullaby": "لالایی*", "march": "مارش", "waltz": "والس",
        "calm": "آرام* | ملایم", "sad": "غمگین* | غم‌انگیز | غم انگیز", "happy": "شاد | شادمان* | خوش | خوشحال*",
        "romantic": "عاشقانه* | رمانتیک", "energetic": "پرانرژی | پر انرژی | پرشور", "dark": "تاریک* | تیره",
        "epic": "حماسی*", "melancholic": "مالیخولیایی | حزن‌انگیز | دلگیر*", "relaxing": "آرامش‌بخش | آرامبخش | آرامش بخش",
        "upbeat": "سرحال | ریتمیک",
    },
    # Hindi, Urdu, Nepali, Sanskrit (Devanagari and Urdu script, and the romanisation people type: 'gitaar',
    # 'udaas'): 'तार' (strings) is also a wire, 'कोरस' both choir and a song's chorus, 'मार्च'/'مارچ' also the
    # month, 'वीणा'/'veena' a name, 'بیس' (bass) twenty, 'ستار' (sitar) the name Sattar, 'ریپ' (rap) a crime,
    # 'खुश-' as a stem 'खुशबू' (fragrance): left out, or whole forms.
    "hi": {
        "cinematic": "सिनेमैटिक | सिनेमाई",
        "bhajan": "भजन* | bhajan", "devotional": "भक्ति गीत* | भक्ति संगीत*",
        "ukulele": "यूकुलेले",
        "harmonica": "हारमोनिका | माउथ ऑर्गन",
        "piano": "पियानो* | piyano", "guitar": "गिटार* | gitaar | gitaar*", "acoustic guitar": "एकॉस्टिक गिटार | अकूस्टिक गिटार"
        " | ध्वनिक गिटार", "electric guitar": "इलेक्ट्रिक गिटार", "bass": "बेस गिटार | बास गिटार", "drums": "ड्रम*",
        "bollywood": "बॉलीवुड* | बॉलिवुड*", "dhol": "ढोल | ढोलों | dhol", "dholak": "ढोलक* | dholak", "tabla": "तबला* | तबले", "violin": "वायलिन* | वॉयलिन*",
        "sarangi": "सारंगी | sarangi", "cello": "चेलो", "strings": "तार वाद्य*", "bansuri": "बांसुरी* | बाँसुरी* | bansuri",
        "flute": "फ्लूट | बांसुरी* | बाँसुरी* | bansuri", "saxophone": "सैक्सोफोन*", "trumpet": "ट्रम्पेट* | तुरही", "shehnai": "शहनाई | shehnai",
        "harp": "हार्प", "organ": "ऑर्गन", "harmonium": "हारमोनियम | harmonium", "synth": "सिंथ* | सिंथेसाइज़र*",
        "accordion": "अकॉर्डियन", "sitar": "सितार* | sitaar", "santoor": "संतूर | santoor", "choir": "गायक मंडली",
        "orchestral": "ऑर्केस्ट्रा | आर्केस्ट्रा",
        "rock": "रॉक", "pop": "पॉप", "jazz": "जैज़ | जैज", "blues": "ब्लूज़ | ब्लूज", "hip hop": "हिप हॉप | हिप-हॉप",
        "rap": "रैप", "reggaeton": "रेगेटन", "metal": "मेटल", "folk": "लोक संगीत | लोकगीत* | लोक गीत | फोक",
        "classical": "शास्त्रीय संगीत | शास्त्रीय", "electronic": "इलेक्ट्रॉनिक | इलेक्ट्रोनिक", "techno": "टेक्नो",
        "house": "हाउस", "ambient": "एम्बिएंट", "lo-fi": "लो-फाई | लोफाई | लो फाई | लोफ़ाई | लो-फ़ाई | लोफ़ी | लोफी",
        "synthwave": "सिंथवेव", "country": "कंट्री", "reggae": "रेगे", "funk": "फंक", "disco": "डिस्को",
        "bossa nova": "बोसा नोवा", "samba": "सांबा | साम्बा", "tango": "टैंगो", "flamenco": "फ्लेमेंको",
        "bhangra": "भांगड़ा | भंगड़ा | bhangda", "k-pop": "के-पॉप", "ballad": "बैलेड | गाथागीत*",
        "lullaby": "लोरी | लोरियां", "waltz": "वाल्ट्ज़ | वाल्ट्ज", "qawwali": "कव्वाली | qawwali | qawali",
        "ghazal": "ग़ज़ल | गज़ल | गजल | ghazal",
        "calm": "शांत* | शान्त* | सुकून* | shaant | shant | sukoon", "sad": "उदास* | दुखी | दर्द भरा | ग़मगीन | गमगीन"
        " | udaas | udas | dukhi | dard bhara | dard bhari", "happy": "खुश | खुशी | ख़ुश | ख़ुशी | खुशनुमा | प्रसन्न"
        " | आनंदमय | khush | khushi", "romantic": "रोमांटिक* | रोमैंटिक* | pyaar bhara | pyar bhara",
        "energetic": "ऊर्जावान | जोशीला | जोशीली | जोशीले | जोश भरा | josh bhara | joshila | joshili | dhamakedar",
        "dark": "डार्क | अंधेरा | अँधेरा | अंधेरे", "epic": "महाकाव्य* | एपिक", "melancholic": "विषाद*",
        "relaxing": "आरामदायक | आरामदेह | रिलैक्सिंग", "upbeat": "मस्ती भरा | मस्ती भरी | चुलबुला | चुलबुली | masti bhara"
        " | masti bhari",
    },
    "ur": {
        "cinematic": "سنیمائی | سینمائی",
        "harmonica": "ہارمونیکا | ماؤتھ آرگن",
        "piano": "پیانو*", "guitar": "گٹار* | گیٹار* | gitaar*", "acoustic guitar": "اکوسٹک گٹار", "electric guitar": "الیکٹرک گٹار | برقی گٹار",
        "bass": "باس گٹار", "drums": "ڈرم*", "dhol": "ڈھول | dhol", "dholak": "ڈھولک* | dholak", "tabla": "طبلہ* | طبلے",
        "violin": "وائلن* | وایولن*", "sarangi": "سارنگی", "bansuri": "بانسری* | bansuri", "flute": "فلوٹ | بانسری*",
        "sitar": "ستار | ستار کے | ستار پر | sitar",
        "saxophone": "سیکسوفون", "trumpet": "ٹرمپٹ", "shehnai": "شہنائی", "harp": "ہارپ", "harmonium": "ہارمونیم",
        "synth": "سنتھ*", "accordion": "اکارڈین", "choir": "کوائر", "orchestral": "آرکسٹرا | آرکیسٹرا",
        "qawwali": "قوالی | qawwali | qawali", "ghazal": "غزل* | ghazal", "rock": "راک", "pop": "پاپ", "jazz": "جاز",
        "hip hop": "ہپ ہاپ | ہپ-ہاپ", "classical": "کلاسیکی موسیقی | کلاسیکل", "electronic": "الیکٹرانک | الیکٹرونک",
        "lullaby": "لوری* | lori", "bhangra": "بھنگڑا | bhangra",
        "calm": "پرسکون | پُرسکون | سکون | sukoon", "sad": "اداس* | غمگین* | دکھی | udaas | udas",
        "happy": "خوش | خوشی | خوشگوار | khush | khushi", "romantic": "رومانوی* | رومانٹک*", "energetic": "پرجوش | جوشیلا"
        " | جوشیلی | joshila", "dark": "تاریک* | اندھیر*", "epic": "رزمیہ", "melancholic": "افسردہ*",
        "relaxing": "آرام دہ", "upbeat": "masti bhara",
    },
    "ne": {
        "cinematic": "सिनेमाटिक",
        "piano": "पियानो*", "guitar": "गिटार* | गितार*", "drums": "ड्रम*", "madal": "मादल*", "sarangi": "सारङ्गी | सारंगी",
        "bansuri": "बाँसुरी* | बांसुरी*", "violin": "भायोलिन*", "tabla": "तबला*", "harmonium": "हार्मोनियम | हारमोनियम",
        "rock": "रक", "pop": "पप", "jazz": "ज्याज", "rap": "र्‍याप | र्याप", "folk": "लोकगीत* | लोक गीत | लोक संगीत | लोक धुन*",
        "classical": "शास्त्रीय संगीत", "electronic": "इलेक्ट्रोनिक", "lullaby": "लोरी", "dohori": "दोहोरी",
        "calm": "शान्त* | शांत*", "sad": "उदास* | दुःखी | दुखी", "happy": "खुसी | रमाइलो", "romantic": "रोमान्टिक* | प्रेमिल*",
        "energetic": "उर्जावान | ऊर्जावान | जोशिलो", "dark": "अँध्यारो | अध्यारो", "epic": "महाकाव्यात्मक",
        "relaxing": "आरामदायी | आरामदायक",
    },
    "sa": {
        "flute": "वेणु* | वंशी*", "mridangam": "मृदङ्ग* | मृदंग*", "tabla": "तबला*", "sitar": "सितार*",
        "veena": "वीणा* | वीणय*",
        "classical": "शास्त्रीय सङ्गीत* | शास्त्रीयसङ्गीत*", "folk": "लोकगीत* | लोकसङ्गीत*",
        "calm": "शान्त* | प्रशान्त*", "sad": "करुण* | शोकपूर्ण* | शोकाकुल*", "happy": "आनन्द* | प्रसन्न*",
        "romantic": "शृङ्गार*", "epic": "वीररस*",
    },
    # Bengali, Punjabi: 'কোরাস' both choir and a song's chorus, 'মার্চ' also the month: left out.
    "bn": {
        "cinematic": "সিনেমাটিক",
        "flute": "বাঁশি* | বাশি*",
        "harmonica": "হারমোনিকা",
        "piano": "পিয়ানো*", "guitar": "গিটার*", "acoustic guitar": "অ্যাকোস্টিক গিটার", "electric guitar": "ইলেকট্রিক গিটার",
        "bass": "বেস গিটার", "drums": "ড্রাম*", "dhol": "ঢোল*", "tabla": "তবলা*", "violin": "বেহালা*", "cello": "চেলো",
        "bansuri": "বাঁশি* | বাশি*", "saxophone": "স্যাক্সোফোন*", "trumpet": "ট্রাম্পেট*", "harmonium": "হারমোনিয়াম*",
        "synth": "সিন্থ*", "sitar": "সেতার*", "sarod": "সরোদ*", "ektara": "একতারা*", "choir": "গায়কদল*",
        "orchestral": "অর্কেস্ট্রা*",
        "rock": "রক", "pop": "পপ", "jazz": "জ্যাজ", "blues": "ব্লুজ", "hip hop": "হিপ হপ | হিপ-হপ", "rap": "র‍্যাপ | র্যাপ",
        "metal": "মেটাল", "folk": "লোকগীতি* | লোক সংগীত | লোকসংগীত* | লোকসঙ্গীত* | লোকগান*", "baul": "বাউল*",
        "classical": "শাস্ত্রীয় সংগীত | শাস্ত্রীয় সঙ্গীত", "electronic": "ইলেকট্রনিক", "techno": "টেকনো",
        "lo-fi": "লো-ফাই | লোফাই", "country": "কান্ট্রি", "reggae": "রেগে", "disco": "ডিস্কো", "ballad": "ব্যালাড",
        "lullaby": "ঘুমপাড়ানি*", "waltz": "ওয়াল্টজ", "rabindra sangeet": "রবীন্দ্রসংগীত* | রবীন্দ্রসঙ্গীত*",
        "calm": "শান্ত*", "sad": "দুঃখের | দুঃখী | দুখী", "happy": "আনন্দের | খুশি* | হাসিখুশি", "romantic": "রোমান্টিক*",
        "energetic": "উদ্যমী | প্রাণবন্ত", "dark": "অন্ধকার*", "epic": "মহাকাব্যিক", "melancholic": "বিষণ্ণ* | বিষাদ*",
        "relaxing": "আরামদায়ক*",
    },
    "pa": {
        "cinematic": "ਸਿਨੇਮੈਟਿਕ",
        "piano": "ਪਿਆਨੋ*", "guitar": "ਗਿਟਾਰ*", "dhol": "ਢੋਲ | ਢੋਲੀ | dhol", "dholak": "ਢੋਲਕ*", "tabla": "ਤਬਲਾ* | ਤਬਲੇ",
        "drums": "ਡਰੱਮ* | ਡਰਮ*", "violin": "ਵਾਇਲਨ*", "sarangi": "ਸਾਰੰਗੀ", "bansuri": "ਬੰਸਰੀ* | ਬਾਂਸੁਰੀ*", "flute": "ਬੰਸਰੀ* | ਬਾਂਸੁਰੀ* | ਫਲੂਟ",
        "tumbi": "ਤੂੰਬੀ | tumbi", "algoza": "ਅਲਗੋਜ਼ੇ | ਅਲਗੋਜ਼ਾ | ਅਲਗੋਜੇ", "harmonium": "ਹਾਰਮੋਨੀਅਮ", "sitar": "ਸਿਤਾਰ*",
        "shehnai": "ਸ਼ਹਿਨਾਈ", "bhangra": "ਭੰਗੜਾ* | ਭੰਗੜੇ | bhangra", "giddha": "ਗਿੱਧਾ* | ਗਿੱਧੇ | giddha",
        "folk": "ਲੋਕ ਗੀਤ* | ਲੋਕ-ਗੀਤ* | ਲੋਕਗੀਤ*", "rock": "ਰੌਕ", "pop": "ਪੌਪ", "jazz": "ਜੈਜ਼ | ਜੈਜ",
        "hip hop": "ਹਿੱਪ ਹੌਪ | ਹਿਪ ਹੌਪ", "rap": "ਰੈਪ", "classical": "ਸ਼ਾਸਤਰੀ ਸੰਗੀਤ | ਕਲਾਸੀਕਲ",
        "electronic": "ਇਲੈਕਟ੍ਰਾਨਿਕ | ਇਲੈਕਟ੍ਰੌਨਿਕ", "lullaby": "ਲੋਰੀ*",
        "calm": "ਸ਼ਾਂਤ* | ਸਾਂਤ*", "sad": "ਉਦਾਸ* | ਦੁਖੀ", "happy": "ਖੁਸ਼ | ਖੁਸ਼ੀ | ਖ਼ੁਸ਼ | ਖ਼ੁਸ਼ੀ", "romantic": "ਰੋਮਾਂਟਿਕ*",
        "energetic": "ਜੋਸ਼ੀਲਾ | ਜੋਸ਼ੀਲੀ | ਜੋਸ਼ੀਲੇ", "dark": "ਹਨੇਰਾ | ਹਨੇਰੇ", "relaxing": "ਆਰਾਮਦਾਇਕ*", "upbeat": "ਮਸਤੀ*",
    },
    # -- Dravidian --------------------------------------------------------------------------------------------
    # Tamil, Telugu: 'வீணை'/'వీణ' (veena) is also 'in vain' / a name, 'பறை' (a drum) also 'to say', 'குத்து'
    # (kuthu) a punch, 'கோரஸ்' a song's chorus: left out or in phrases.
    "ta": {
        "cinematic": "சினிமாட்டிக்",
        "veena": "வீணை*",
        "harmonica": "ஹார்மோனிகா*",
        "piano": "பியானோ*", "guitar": "கிட்டார்* | கிதார்*", "drums": "டிரம்* | ட்ரம்*", "mridangam": "மிருதங்க*",
        "thavil": "தவில்*", "violin": "வயலின்*", "flute": "புல்லாங்குழல்*", "nadaswaram": "நாதஸ்வர* | நாகஸ்வர*",
        "saxophone": "சாக்ஸபோன்* | சாக்சபோன்*", "trumpet": "ட்ரம்பெட்*", "organ": "ஆர்கன்*", "synth": "சிந்த்*",
        "orchestral": "ஆர்கெஸ்ட்ரா* | ஆர்க்கெஸ்ட்ரா*",
        "rock": "ராக்", "pop": "பாப்", "jazz": "ஜாஸ்", "blues": "ப்ளூஸ்", "hip hop": "ஹிப் ஹாப் | ஹிப்ஹாப்", "rap": "ராப்",
        "metal": "மெட்டல்", "folk": "நாட்டுப்புற* | கிராமிய* | நாட்டுப்புற*", "carnatic": "கர்நாடக இசை* | கர்நாடக சங்கீத*",
        "classical": "செவ்வியல் இசை* | சாஸ்திரீய இசை*", "electronic": "எலக்ட்ரானிக்*", "kuthu": "குத்துப் பாட்டு* | குத்து பாட்டு*",
        "gaana": "கானா பாட்டு* | கானா பாடல்*", "lullaby": "தாலாட்டு*",
        "calm": "அமைதி* | நிதானமான", "sad": "சோக*", "happy": "மகிழ்ச்சி* | சந்தோஷ*", "romantic": "காதல் பாடல்*"
        " | ரொமான்டிக்* | ரொமாண்டிக்*", "energetic": "உற்சாக*", "dark": "இருண்ட*", "epic": "காவிய*",
        "relaxing": "இதமான | ஓய்வான",
    },
    "te": {
        "veena": "వీణ*",
        "cinematic": "సినిమాటిక్",
        "piano": "పియానో*", "guitar": "గిటార్*", "drums": "డ్రమ్*", "mridangam": "మృదంగ*", "tabla": "తబలా*",
        "violin": "వయొలిన్* | వయోలిన్*", "flute": "వేణువు* | ఫ్లూట్*", "saxophone": "సాక్సోఫోన్*",
        "nadaswaram": "నాదస్వర*", "synth": "సింథ్*", "orchestral": "ఆర్కెస్ట్రా*",
        "rock": "రాక్", "pop": "పాప్", "jazz": "జాజ్", "hip hop": "హిప్ హాప్ | హిప్‌హాప్", "rap": "ర్యాప్", "metal": "మెటల్",
        "folk": "జానపద* | ఫోక్*", "classical": "శాస్త్రీయ సంగీత*", "carnatic": "కర్ణాటక సంగీత*", "electronic": "ఎలక్ట్రానిక్*",
        "lullaby": "లాలి పాట* | జోల పాట* | లాలిపాట*",
        "calm": "ప్రశాంత* | శాంత*", "sad": "విషాద* | బాధాకర*", "happy": "సంతోష* | ఆనంద*", "romantic": "రొమాంటిక్* | ప్రేమ పాట*",
        "energetic": "ఉత్సాహ*", "dark": "చీకటి*", "epic": "ఇతిహాస*", "relaxing": "విశ్రాంతి*", "upbeat": "హుషారు* | హుషార*",
    },
    # -- Austronesian, Swahili ----------------------------------------------------------------------------------
    # Indonesian, Malay: 'bas' (French 'bas'), 'selo' (Croatian village), 'mars' (French March): in phrases.
    "id": {
        "acoustic": "akustik",
        "cinematic": "sinematik*",
        "guitar": "gitar*", "acoustic guitar": "gitar akustik*", "electric guitar": "gitar listrik* | gitar elektrik*",
        "bass": "gitar bas*", "drums": "gendang*", "percussion": "perkusi", "violin": "biola*",
        "strings": "alat musik gesek", "flute": "seruling* | suling*", "saxophone": "saksofon*",
        "trumpet": "terompet* | trompet*", "organ": "orgen*", "accordion": "akordeon*", "choir": "paduan suara",
        "orchestral": "orkestra*", "gamelan": "gamelan*", "angklung": "angklung*", "kendang": "kendang*",
        "dangdut": "dangdut*", "keroncong": "keroncong* | kroncong*", "classical": "musik klasik",
        "electronic": "musik elektronik", "ballad": "balada*", "lullaby": "lagu pengantar tidur | nina bobo | lagu nina bobo",
        "march": "lagu mars | mars militer", "waltz": "wals",
        "calm": "tenang* | damai", "sad": "sedih* | galau | pilu", "happy": "gembira* | bahagia | berbahagia | ceria* | riang*",
        "romantic": "romantis*", "energetic": "energik* | bersemangat | semangat", "dark": "gelap* | suram*",
        "epic": "epik* | megah", "melancholic": "melankolis* | sendu*", "relaxing": "santai* | menenangkan",
        "xylophone": "xilofon* | silofon*"
    },
    "ms": {
        "acoustic": "akustik",
        "cinematic": "sinematik*",
        "guitar": "gitar*", "acoustic guitar": "gitar akustik*", "electric guitar": "gitar elektrik*", "bass": "gitar bes*",
        "drums": "dram | gendang*", "violin": "biola*", "flute": "seruling*", "saxophone": "saksofon*", "trumpet": "trompet*",
        "accordion": "akordion*", "choir": "koir", "orchestral": "orkestra*", "classical": "muzik klasik",
        "electronic": "muzik elektronik", "ballad": "balada*", "lullaby": "lagu dodoi | dodoi | lagu tidur",
        "calm": "tenang*", "sad": "sedih* | pilu", "happy": "gembira* | bahagia | berbahagia | ceria* | riang*", "-": "bahagian*",
        "romantic": "romantik*",
        "energetic": "bertenaga | bersemangat", "dark": "gelap* | suram*", "epic": "epik*", "melancholic": "melankolik* | sayu",
        "relaxing": "santai* | menenangkan", "upbeat": "rancak*",
        "xylophone": "xilofon* | silofon*"
    },
    # Tagalog: 'alpa' (harp) and 'awit' (song) are no style; 'koro' as a stem would take Turkish 'korona'.
    "tl": {
        "cinematic": "sinematiko",
        "piano": "piyano*", "guitar": "gitara*", "drums": "tambol*", "violin": "biyolin*", "flute": "plawta*",
        "trumpet": "trumpeta*", "orchestral": "orkestra*", "kundiman": "kundiman*",
        "lullaby": "oyayi*", "march": "martsa*", "waltz": "balse",
        "calm": "kalmado* | mahinahon* | payapa*", "sad": "malungkot* | nakakalungkot | lungkot",
        "happy": "masaya* | maligaya*", "romantic": "romantiko* | romantik*", "energetic": "masigla*",
        "dark": "madilim*", "epic": "epiko*", "melancholic": "mapanglaw*", "relaxing": "nakakarelaks | nakakarelax | relaks",
    },
    # Swahili: 'gita' (guitar) is Italian 'gita', a trip; 'machi' (march) also the month: left out.
    "sw": {
        "piano": "kinanda*", "guitar": "gitaa*", "drums": "ngoma*", "violin": "fidla*", "flute": "filimbi*",
        "trumpet": "tarumbeta*", "choir": "kwaya*", "orchestral": "okestra*", "bongo flava": "bongo flava | bongo fleva",
        "taarab": "taarab*", "gospel": "injili", "lullaby": "kubembeleza | wimbo wa kubembeleza",
        "calm": "tulivu* | utulivu*", "sad": "huzuni*", "happy": "furaha*", "romantic": "kimapenzi | mapenzi",
        "energetic": "yenye nguvu", "dark": "giza*", "relaxing": "kupumzika | starehe", "upbeat": "changamfu*",
    },
    # -- Vietnamese, Thai ----------------------------------------------------------------------------------
    # Vietnamese, with and without its marks: 'trống' is also 'empty', 'sáo' also a starling: in phrases; 'buồn'
    # (sad) is read except in 'buồn ngủ' (sleepy), 'buồn cười' (funny), 'buồn nôn'; 'vui' except in 'vui lòng'
    # (please).
    "vi": {
        "cinematic": "điện ảnh | dien anh",
        "piano": "đàn piano | dương cầm | duong cam", "guitar": "ghi-ta | ghita | đàn ghi ta | đàn guitar | dan guitar",
        "acoustic guitar": "guitar mộc | ghi-ta mộc | guitar moc | ghita mộc", "electric guitar": "guitar điện | ghi-ta điện"
        " | guitar dien | ghita điện", "bass": "đàn bass | dan bass", "drums": "tiếng trống | bộ trống | nhịp trống"
        " | đánh trống | trống điện tử | tieng trong | bo trong | có trống | dùng trống | với trống | thêm trống", "violin": "vĩ cầm | vi cam | đàn violin",
        "cello": "đàn cello", "strings": "đàn dây | bộ dây", "flute": "sáo trúc | tiếng sáo | thổi sáo | sao truc",
        "saxophone": "kèn saxophone | kèn sax | ken sax", "trumpet": "kèn trumpet | kèn trompet", "harp": "đàn hạc | dan hac",
        "organ": "đàn organ | dan organ", "accordion": "phong cầm | đàn accordion", "dan tranh": "đàn tranh | dan tranh",
        "dan bau": "đàn bầu | dan bau", "choir": "hợp xướng | hop xuong | dàn hợp xướng | đồng ca",
        "orchestral": "dàn nhạc | giao hưởng | giao huong",
        "classical": "nhạc cổ điển | nhac co dien", "electronic": "nhạc điện tử | nhac dien tu", "country": "nhạc đồng quê"
        " | nhac dong que", "folk": "nhạc dân gian | nhac dan gian | dân ca | dan ca", "ballad": "nhạc trữ tình | trữ tình"
        " | nhac tru tinh", "bolero": "bolero", "lullaby": "hát ru | hat ru | bài ru | ru con", "march": "hành khúc | hanh khuc",
        "waltz": "van-xơ | valse",
        "calm": "êm dịu | nhẹ nhàng | nhe nhang | bình yên | binh yen | yên bình | yen binh | êm đềm",
        "sad": "buồn | nhạc buồn | nhac buon | bài buồn", "-": "buồn ngủ | buồn cười | buồn nôn | vui lòng | buồn chán",
        "happy": "vui tươi | vui tuoi | vui vẻ | vui ve | vui | hạnh phúc | hanh phuc", "romantic": "lãng mạn | lang man",
        "energetic": "sôi động | soi dong | năng động | nang dong | mạnh mẽ | manh me",
        "dark": "u tối | tăm tối | u ám | u am", "epic": "hùng tráng | hung trang | hoành tráng | hoanh trang | sử thi",
        "melancholic": "u buồn | u sầu | u sau | sầu muộn | man mác", "relaxing": "thư giãn | thu gian",
        "upbeat": "rộn ràng | ron rang | tươi vui",
    },
    # Thai (no spaces between words: a form is found anywhere, so the longer words that hold one are named
    # under '-': 'เทคโนโลยี' technology holds 'เทคโน' techno, 'ฟังก์ชัน' function 'ฟังก์' funk, 'เบสท์' best 'เบส'
    # bass). 'โซล' (soul) is also Seoul: in phrases.
    "th": {
        "cinematic": "ซีเนมาติก | แบบภาพยนตร์",
        "ukulele": "อูคูเลเล่",
        "harmonica": "ฮาร์โมนิกา",
        "piano": "เปียโน", "guitar": "กีตาร์", "acoustic guitar": "กีตาร์โปร่ง", "electric guitar": "กีตาร์ไฟฟ้า",
        "bass": "เบส", "drums": "กลอง", "violin": "ไวโอลิน", "cello": "เชลโล", "strings": "เครื่องสาย",
        "flute": "ฟลุต | ขลุ่ย", "saxophone": "แซกโซโฟน | แซ็กโซโฟน | แซ็ก", "trumpet": "ทรัมเป็ต", "harp": "ฮาร์ป",
        "organ": "ออร์แกน", "synth": "ซินธิไซเซอร์ | ซินธ์", "accordion": "แอคคอร์เดียน | หีบเพลงชัก",
        "ranat": "ระนาด", "khim": "ขิม", "choir": "คณะนักร้องประสานเสียง | ประสานเสียง", "orchestral": "ออร์เคสตรา",
        "rock": "ร็อค | ร็อก", "pop": "ป๊อป", "jazz": "แจ๊ส", "blues": "บลูส์", "hip hop": "ฮิปฮอป", "rap": "แร็พ | แร็ป",
        "reggaeton": "เร็กเกตอน", "metal": "เมทัล", "folk": "โฟล์ค | เพลงพื้นบ้าน", "classical": "ดนตรีคลาสสิก | เพลงคลาสสิก | ดนตรีคลาสสิค | เพลงคลาสสิค | คลาสสิคัล",
        "electronic": "อิเล็กทรอนิก | ดนตรีอิเล็กทรอนิกส์", "techno": "เทคโน", "house": "เฮาส์", "ambient": "แอมเบียนต์",
        "lo-fi": "โลไฟ", "synthwave": "ซินธ์เวฟ", "country": "คันทรี", "reggae": "เร็กเก้ | เรกเก้", "funk": "ฟังก์",
        "soul": "เพลงโซล | ดนตรีโซล", "r&b": "อาร์แอนด์บี", "disco": "ดิสโก้", "bossa nova": "บอสซาโนวา", "samba": "แซมบ้า",
        "tango": "แทงโก้", "flamenco": "ฟลาเมงโก", "cumbia": "คัมเบีย", "k-pop": "เคป๊อป", "j-pop": "เจป๊อป",
        "ballad": "บัลลาด", "lullaby": "เพลงกล่อมเด็ก", "march": "เพลงมาร์ช", "waltz": "วอลทซ์ | วอลซ์",
        "luk thung": "ลูกทุ่ง", "mor lam": "หมอลำ",
        "-": "เทคโนโลยี | ฟังก์ชัน | ฟังก์ชั่น | เบสท์",
        "calm": "สงบ", "sad": "เศร้า", "happy": "มีความสุข | สนุกสนาน", "romantic": "โรแมนติก", "energetic": "มีพลัง | คึกคัก",
        "dark": "ดาร์ก | มืดมน", "epic": "อลังการ | มหากาพย์", "melancholic": "เหงา", "relaxing": "ผ่อนคลาย",
        "upbeat": "สดใส",
    },
    # -- East Asian --------------------------------------------------------------------------------------------
    # Chinese (simplified and traditional) and Cantonese: '鼓' (drum) is read except in the words named under
    # '-' ('鼓励' encourage, '鼓掌' applaud); '小号' (trumpet) is also a small size, '流行' also 'popular' (only
    # before a kind of song: '流行情歌', '流行舞曲'; '比较流行的摇滚', '抖音上流行的说唱' are popular rock, rap), '电子'
    # also e-mail, '乡村' any countryside, '金属' the metal itself, '布鲁斯' also Bruce, '氛围' any mood, '琴' the
    # end of many an instrument: only in phrases. '爵士' is also a knighthood: kept.
    "zh": {
        "cinematic": "电影感 | 電影感 | 电影配乐 | 電影配樂 | 电影般 | 電影般",
        "chiptune": "芯片音乐 | 芯片音樂",
        "ukulele": "尤克里里",
        "harmonica": "口琴",
        "piano": "钢琴 | 鋼琴 | gang qin | gangqin", "guitar": "吉他 | 吉它 | jita", "acoustic guitar": "木吉他 | 原声吉他 | 原聲吉他 | 民谣吉他 | 民謠吉他"
        " | 古典吉他", "electric guitar": "电吉他 | 電吉他", "bass": "贝斯 | 貝斯 | 贝司 | 低音吉他", "drums": "鼓",
        "-": "鼓励 | 鼓勵 | 鼓舞 | 鼓掌 | 鼓吹 | 鼓起 | 鼓动 | 鼓動 | 鼓足 | 鼓膜 | 耳鼓 | 鼓鼓 | 退堂鼓 | 鼓里 | 鼓裡"
        " | 鼓胀 | 鼓脹 | 边鼓 | 邊鼓",
        "percussion": "打击乐 | 打擊樂 | 敲击乐", "violin": "小提琴", "cello": "大提琴", "strings": "弦乐 | 弦樂",
        "flute": "长笛 | 長笛", "bamboo flute": "笛子 | 竹笛", "saxophone": "萨克斯 | 薩克斯", "trumpet": "小号独奏 | 小號獨奏"
        " | 小号声 | 小號聲 | 小号手 | 小號手 | 爵士小号", "harp": "竖琴 | 豎琴", "organ": "管风琴 | 管風琴 | 风琴 | 風琴",
        "synth": "合成器", "accordion": "手风琴 | 手風琴", "oud": "乌德琴 | 烏德琴", "sitar": "西塔琴", "tabla": "塔布拉鼓",
        "guzheng": "古筝 | 古箏", "erhu": "二胡", "pipa": "琵琶", "guqin": "古琴", "yangqin": "扬琴 | 揚琴",
        "suona": "唢呐 | 嗩吶", "choir": "合唱 | 唱诗班 | 唱詩班", "orchestral": "管弦乐 | 管弦樂 | 交响 | 交響",
        "rock": "摇滚 | 搖滾 | yaogun | yao gun", "pop": "抒情流行 | 流行情歌 | 流行舞曲 | 流行民谣 | 流行民謠 | 流行抒情 | 流行说唱 | 流行乐 | 流行樂 | 流行音乐 | 流行音樂 | 流行歌 | 流行曲 | 流行风 | 流行風 | 华语流行 | 華語流行",
        "jazz": "爵士 | jueshi | jue shi", "blues": "蓝调 | 藍調 | 布鲁斯音乐 | 布魯斯音樂 | 布鲁斯风", "hip hop": "嘻哈", "rap": "说唱 | 說唱 | 饶舌 | 饒舌 | shuochang",
        "reggaeton": "雷鬼动 | 雷鬼動 | 雷鬼顿 | 雷鬼頓", "metal": "金属乐 | 金屬樂 | 重金属 | 重金屬 | 金属摇滚 | 金屬搖滾",
        "folk": "民谣 | 民謠 | minyao", "classical": "古典", "electronic": "dianyin | 电子乐 | 電子樂 | 电子音乐 | 電子音樂 | 电音 | 電音 | 电子舞曲 | 电子开场 | 电子风 | 电子风格 | 电子节奏"
        " | 電子舞曲 | 电子风 | 電子風", "house": "浩室", "ambient": "氛围音乐 | 氛圍音樂 | 环境音乐 | 環境音樂", "lo-fi": "低保真",
        "synthwave": "合成器浪潮 | 合成波", "country": "乡村音乐 | 鄉村音樂 | 乡村乐 | 鄉村樂 | 乡村歌曲 | 鄉村歌曲", "reggae": "雷鬼",
        "funk": "放克", "soul": "灵魂乐 | 靈魂樂", "r&b": "节奏布鲁斯 | 節奏布魯斯 | 节奏蓝调 | 節奏藍調",
        "disco": "迪斯科 | 迪斯可 | 迪士高", "bossa nova": "波萨诺瓦 | 巴萨诺瓦 | 波薩諾瓦 | 巴薩諾瓦", "samba": "桑巴 | 森巴",
        "tango": "探戈", "flamenco": "弗拉门戈 | 佛朗明哥 | 弗拉明戈 | 佛拉明哥", "cumbia": "昆比亚 | 昆比亞", "bhangra": "班格拉",
        "k-pop": "韩国流行 | 韓國流行 | k-pop | kpop", "j-pop": "日本流行 | j-pop | jpop", "ballad": "抒情歌 | 抒情曲 | 慢歌",
        "romantic": "情歌 | 浪漫", "lullaby": "摇篮曲 | 搖籃曲 | 催眠曲", "march": "进行曲 | 進行曲",
        "waltz": "圆舞曲 | 圓舞曲 | 华尔兹 | 華爾茲",
        "calm": "平静 | 平靜 | 安静 | 安靜 | 宁静 | 寧靜 | 恬静 | 恬靜", "sad": "悲伤 | 悲傷 | 伤感 | 傷感 | 难过 | 難過"
        " | 忧伤 | 憂傷 | 哀伤 | 哀傷", "happy": "欢快 | 歡快 | 快乐 | 快樂 | 开心 | 開心 | 愉快 | 喜悦 | 喜悅",
        "energetic": "充满活力 | 充滿活力 | 活力 | 动感 | 動感 | 激昂", "dark": "黑暗 | 暗黑 | 阴暗 | 陰暗",
        "epic": "史诗 | 史詩 | 恢弘 | 恢宏 | 磅礴 | 宏大", "melancholic": "忧郁 | 憂鬱 | 惆怅 | 惆悵 | 忧愁 | 憂愁 | 阴郁 | 陰鬱",
        "relaxing": "放松 | 放鬆 | 舒缓 | 舒緩 | 轻松 | 輕鬆", "upbeat": "轻快 | 輕快 | 明快",
        "xylophone": "木琴",
        "marimba": "马林巴"
    },
    "yue": {
        "cinematic": "電影感",
        "ukulele": "烏克麗麗 | 尤克里里",
        "harmonica": "口琴",
        "guitar": "結他 | 结他", "acoustic guitar": "木結他 | 木结他", "electric guitar": "電結他 | 电结他",
        "bass": "低音結他 | 低音结他", "saxophone": "色士風 | 色士风", "pop": "流行曲 | 流行嗰啲 | 流行嘅 | 流行歌 | 流行音樂 | 流行風", "disco": "的士高", "rap": "饒舌",
        "ballad": "慢歌", "happy": "開心 | 开心 | 歡樂", "sad": "傷感 | 唔開心", "relaxing": "輕鬆 | 舒服",
        "xylophone": "木琴",
        "marimba": "馬林巴"
    },
    # Japanese: 'ロック' is read except in 'ブロック' (block) and 'ロック画面' (lock screen), 'ラップ' except in
    # 'ラップトップ', 'ポップ' except in 'ポップアップ', 'ハウス' except in a few houses, 'テクノ' except in
    # 'テクノロジー', 'ベース' except as 'based on' ('ベースに'); 'ソウル' is also Seoul and 'フォーク' a fork: in
    # phrases. '琴' ends many a Chinese instrument: only '箏', 'お琴'. '琵琶' is read as the pipa (biwa).
    "ja": {
        "chiptune": "チップチューン",
        "cinematic": "映画的 | シネマティック | 映画音楽 | 映画のような",
        "ukulele": "ウクレレ",
        "harmonica": "ハーモニカ",
        "piano": "ピアノ", "guitar": "ギター", "acoustic guitar": "アコースティックギター | アコギ", "acoustic": "アコースティックで | アコースティックな | アコースティック調",
        "electric guitar": "エレキギター | エレキ", "bass": "ベース | ウッドベース | エレキベース",
        "drums": "ドラム", "taiko drums": "太鼓 | 和太鼓", "violin": "バイオリン | ヴァイオリン", "cello": "チェロ",
        "strings": "ストリングス | 弦楽", "flute": "フルート", "whistle": "口笛", "shakuhachi": "尺八",
        "saxophone": "サックス | サクソフォン | サキソフォン", "trumpet": "トランペット", "harp": "ハープ", "organ": "オルガン",
        "synth": "シンセ", "accordion": "アコーディオン", "koto": "箏 | お琴 | 琴の曲 | 琴の音 | 琴で | 琴を | 琴の入った | 琴が入った | 琴入り", "shamisen": "三味線", "sitar": "シタール",
        "tabla": "タブラ", "oud": "ウード", "choir": "聖歌隊 | クワイア", "orchestral": "オーケストラ | 管弦楽 | 交響",
        "rock": "ロック", "pop": "ポップ", "jazz": "ジャズ", "blues": "ブルース", "hip hop": "ヒップホップ", "rap": "ラップ",
        "reggaeton": "レゲトン", "metal": "メタル", "folk": "フォークソング | フォーク調 | フォークミュージック | 民謡",
        "classical": "クラシック", "electronic": "エレクトロ | 電子音楽", "techno": "テクノ", "house": "ハウス",
        "ambient": "アンビエント", "lo-fi": "ローファイ | ロウファイ | lofi | lo-fi", "synthwave": "シンセウェイブ | シンセウェーブ | シンセウェイヴ",
        "country": "カントリー", "reggae": "レゲエ", "funk": "ファンク", "soul": "ソウルミュージック | ネオソウル | ソウルフル",
        "r&b": "r&b", "disco": "ディスコ", "bossa nova": "ボサノバ | ボサノヴァ", "samba": "サンバ", "tango": "タンゴ",
        "flamenco": "フラメンコ", "cumbia": "クンビア", "bhangra": "バングラ", "k-pop": "ケーポップ | k-pop | kpop",
        "j-pop": "ジェイポップ | j-pop | jpop", "city pop": "シティポップ", "anime": "アニソン", "enka": "演歌",
        "ballad": "バラード", "lullaby": "子守唄 | 子守歌", "march": "行進曲 | マーチ", "waltz": "ワルツ",
        "-": "ブロック | ロック画面 | ロックダウン | ラップトップ | ラップタイム | サランラップ | ポップアップ | ポップコーン"
        " | テクノロジー | オペラハウス | ゲストハウス | シェアハウス | ビニールハウス | ベースに | ベースとし | データベース"
        " | バングラデシュ | ドラム式",
        "calm": "穏やか | 落ち着いた | 静か", "sad": "悲しい | 悲しげ | 悲しみ", "happy": "楽しい | 明るい | ハッピー | 幸せ",
        "romantic": "ロマンチック | ロマンティック", "energetic": "エネルギッシュ | パワフル", "dark": "ダーク | 暗い",
        "epic": "壮大 | エピック", "melancholic": "切ない | 哀愁 | 物悲しい | メランコリック", "relaxing": "癒し | 癒やし"
        " | リラックス | ゆったり", "upbeat": "アップテンポ | ノリノリ | ノリのいい | 軽快 | 元気な",
        "xylophone": "木琴 | シロフォン",
        "marimba": "マリンバ"
    },
    # Korean (a form is the start of a word: particles follow): '기타' is also 'other', '베이스' a base, '하프'
    # half, '펑크' both funk and punk, '해금' and '대금' also a ban lifted and a payment, '포크' a fork: in
    # phrases, or left out. '팝' is read except in '팝콘', '팝업'; '랩' except in '랩톱', '랩탑'.
    "ko": {
        "fantasy": "판타지", "city pop": "시티팝 | 시티 팝",
        "chiptune": "칩튠", "dance": "댄스",
        "cinematic": "시네마틱 | 영화 같은 | 영화같은 | 영화음악 | 영화 음악",
        "ukulele": "우쿨렐레",
        "harmonica": "하모니카",
        "piano": "피아노", "acoustic guitar": "어쿠스틱 기타 | 어쿠스틱기타 | 통기타",
        "electric guitar": "일렉 기타 | 일렉기타 | 일렉트릭 기타 | 전자 기타 | 전자기타 | 전기 기타 | 전기기타",
        "guitar": "기타 연주 | 기타 솔로 | 기타 리프 | 기타 사운드 | 기타 소리 | 기타 반주 | 기타 선율 | 기타와 | 기타를 | 기타랑 | 기타하고"
        " | 기타가 | 기타리스트 | 기타 톤 | 기타 no vocals | 기타 연주곡", "bass": "베이스 기타 | 베이스기타 | 베이스 라인 | 베이스라인 | 베이스 소리"
        " | 베이스가 | 베이스를 | 베이스와 | 베이시스트", "drums": "드럼", "violin": "바이올린", "cello": "첼로",
        "strings": "현악", "flute": "플루트 | 플룻 | 피리", "saxophone": "색소폰 | 섹소폰", "trumpet": "트럼펫",
        "harp": "하프 선율 | 하프 소리 | 하프 연주", "organ": "오르간", "synth": "신스 | 신디사이저 | 신시사이저",
        "accordion": "아코디언", "gayageum": "가야금", "janggu": "장구", "geomungo": "거문고", "gugak": "국악",
        "choir": "합창 | 콰이어", "orchestral": "오케스트라 | 관현악 | 교향",
        "rock": "록 | 록발라드 | 락 음악 | 락음악 | 락발라드 | 락 발라드 | 락밴드 | 락 밴드 | 락 스타일", "pop": "팝", "jazz": "재즈",
        "blues": "블루스", "hip hop": "힙합", "trap": "트랩", "rap": "랩", "reggaeton": "레게톤", "metal": "메탈",
        "folk": "포크송 | 포크 음악 | 포크 송", "classical": "클래식", "electronic": "일렉트로닉 | 전자음악 | 전자 음악",
        "techno": "테크노", "house": "하우스", "ambient": "앰비언트", "lo-fi": "로파이", "synthwave": "신스웨이브",
        "country": "컨트리", "reggae": "레게", "funk": "펑키", "soul": "소울", "r&b": "알앤비", "disco": "디스코",
        "bossa nova": "보사노바", "samba": "삼바", "tango": "탱고", "flamenco": "플라멩코", "k-pop": "케이팝 | k팝",
        "j-pop": "제이팝 | j팝", "ballad": "발라드 | 록발라드 | 락발라드", "lullaby": "자장가", "march": "행진곡",
        "waltz": "왈츠", "trot": "트로트",
        "-": "팝콘 | 팝업 | 랩톱 | 랩탑 | 록키 | 신스틸러",
        "calm": "잔잔 | 차분 | 평화로운", "sad": "슬픈 | 슬픔 | 슬프 | seulpeun | seulpun", "happy": "행복 | 밝은 | 즐거운",
        "romantic": "로맨틱 | 낭만", "energetic": "에너지 넘치는 | 에너제틱 | 힘찬", "dark": "어두운 | 어둡",
        "epic": "웅장 | 에픽 | 서사적", "melancholic": "우울 | 쓸쓸 | 멜랑꼴리", "relaxing": "편안 | 힐링",
        "upbeat": "신나는 | 신나게 | 경쾌 | 발랄",
        "xylophone": "실로폰",
        "marimba": "마림바"
    },
}
# fmt: on


# -- the scan -----------------------------------------------------------------------------------------------

NOT_MUSIC = "-"  # the key of forms that only stop a shorter form inside them ('鼓励' holds '鼓', drums)
RUN_ON = 6  # letters a stem may run on for: 'klavír' in 'klavírní', 'гитар' in 'гитарами'

# Scripts written without spaces between words (Thai, Lao, kana, Han): a form there is found anywhere in the text.
_UNSPACED = "\u0e00-\u0eff\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff66-\uff9f"
# Combining marks (the vowel signs of Indic scripts, Arabic and Hebrew points) and the zero-width joiners: letters of
# a word that `\w` does not count ('गिटार' is 'ग' 'ि' 'ट' 'ा' 'र'); the Indic blocks whole (but their dandas).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670"
    "\u06d6-\u06dc\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u0900-\u0963\u0966-\u0dff\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u200c\u200d\u20d0-\u20ff\ufe20-\ufe2f"
)
# A letter of a script that spaces its words, as one class (`re` tests it in one step; a combining mark after a
# whole word found is checked after: the class cannot hold both \\w and the marks).
_LETTER = f"[^\\W{_UNSPACED}]"
_MARK = re.compile(f"[{_MARKS}]")
# What a word starts after: a space or a punctuation mark (ASCII's, Latin-1's, general, CJK, the dandas, Arabic's),
# a symbol or an emoji, or a letter of a script without spaces (not the zero-width joiners: Persian writes them
# inside a word).
_BEFORE_WORD = (
    f"[\\s!-/:-@\\[-`{{-~\u00a0-\u00bf\u2000-\u200b\u200e-\u2bff\u3000-\u303f\u0964\u0965\u060c\u061b\u061f\u06d4"
    f"\U0001f000-\U0001faff{_UNSPACED}]"
)
# Every form of a spaced script is read as a stem by the pattern (the run-on, then no letter); whether a whole word
# or a hyphenated first part may end where the match does is read after, from the look-up.
_TAIL = f"{_LETTER}{{0,{RUN_ON}}}(?!{_LETTER})"
_FREE_BUCKET = 96  # first letters per pattern in the scripts without spaces: fewer alternatives tried at each
# Where people often type without accents ('musica clasica', 'kytara', 'πιανο'): a form is read without them too.
_UNACCENTED = frozenset({"ca", "cs", "el", "es", "fr", "hr", "hu", "it", "lt", "pl", "pt", "ro", "sk", "sr"})
# Words written onto the next in Arabic and Hebrew: 'and', 'with', 'for', 'the' ('بالعود', 'والجيتار', 'והגיטרה').
_AR_CLITICS = ("", "ال", "و", "وال", "ب", "بال", "ل", "لل", "ف", "فال", "ك", "كال")
_AR_BEFORE_AL = ("و", "ب", "ف", "ك")  # before a form written with its 'ال' ('الكمان': 'بالكمان', and 'للكمان')
_HE_CLITICS = ("", "ה", "ו", "ב", "ל", "מ", "ש", "כ", "וה", "וב", "ול", "ומ", "וש", "שה", "שב", "של", "מה", "כש")


class Found(NamedTuple):
    start: int
    end: int
    tag: str  # the English tag, 'no <tag>' where the request excludes it
    negated: bool


class _Scan(NamedTuple):
    blocks: frozenset[int]  # the 256-letter blocks its forms start in: a text with none of them is not read
    pattern: re.Pattern[str]


def _kind(form: str) -> str:
    if re.search(f"[{_UNSPACED}]", form):
        return "free"
    if form.endswith("*") or "\uac00" <= form[0] <= "\ud7af":  # Korean: particles follow the word ('피아노로')
        return "stem"
    if form.startswith(","):
        return "listed"
    return "joined" if form.endswith("-") else "word"


def _unaccented(form: str) -> str:
    bare = "".join(c for c in unicodedata.normalize("NFD", form) if not unicodedata.combining(c))
    return unicodedata.normalize("NFC", bare)


def _variants(lang: str, form: str) -> list[str]:
    """The forms people type for one form of the table: clitics written onto it, accents left off (not for a form
    marked '=': 'kórus' without its accent is Malay 'korus', the chorus of a song)."""
    if form.startswith("="):
        return [form[1:]]
    out = [form]
    if lang == "ar" and form.startswith("ال"):
        out = [form, *(c + form for c in _AR_BEFORE_AL), "لل" + form[2:]]
    elif lang == "ar":
        out = [c + form for c in _AR_CLITICS]
    elif lang == "he":
        out = [c + form for c in _HE_CLITICS]
    if lang in _UNACCENTED or lang == "el":
        bare = _unaccented(form)
        if bare != form and len(bare.rstrip("*-")) >= 5:  # not shorter: 'bicí' (drums) is 'bici', a bicycle
            out.append(bare)
    return out


_VIRAMAS = "\u094d\u09cd\u0a4d\u0bcd\u0c4d"  # Devanagari, Bengali, Gurmukhi, Tamil, Telugu


def _key(form: str, kind: str) -> str:
    """The letters a form is looked up by: a stem without its mark, and without a final virama (a case ending
    replaces it: 'கிட்டார்' is 'கிட்டாருடன்' with a guitar)."""
    if kind in ("stem", "joined") and form[-1] in "*-":
        form = form[:-1]
    if kind == "listed":
        return form[1:]
    return form[:-1] if kind == "stem" and form[-1] in _VIRAMAS else form


@cache
def _tables() -> tuple[dict[str, dict[str, tuple[str, ...]]], tuple[_Scan, ...]]:
    """The forms, as a look-up per kind, and the patterns that find them: a trie per script of their first letter
    (in the scripts without spaces, per group of first letters), each read in one pass of the text."""
    lookup: dict[str, dict[str, list[str]]] = {"word": {}, "stem": {}, "joined": {}, "free": {}, "listed": {}}
    tries: dict[tuple[int, int | str], dict[str, Any]] = {}
    for lang, table in FORMS.items():
        for tag, forms in table.items():
            for written in forms.split("|"):
                written = " ".join(unicodedata.normalize("NFKC", written).lower().split())
                for form in _variants(lang, written) if written else ():
                    kind = _kind(form)
                    key = _key(form, kind)
                    tags = lookup[kind].setdefault(key, [])
                    if tag not in tags:
                        tags.append(tag)
                    node = tries.setdefault(_group(key[0]), {})
                    for ch in key:
                        node = node.setdefault(ch, {})
                    node[""] = True
    scans = []
    for _, trie in sorted(tries.items()):
        firsts = sorted(trie)
        size = _FREE_BUCKET if re.match(f"[{_UNSPACED}]", firsts[0]) else len(firsts)
        for i in range(0, len(firsts), size):
            bucket = {ch: trie[ch] for ch in firsts[i : i + size]}
            blocks = frozenset(_LATIN_BLOCK if ord(ch) >> 8 in _LATIN_BLOCKS else ord(ch) >> 8 for ch in bucket)
            if re.match(f"[{_UNSPACED}]", firsts[0]):
                # The trie's first letters are the pattern's first step: `re` skips in C every position none starts.
                scans.append(_Scan(blocks, re.compile(f"({_pattern(bucket)})")))
            else:
                # A word starts after a space or a mark (the text is read with a space before it): `re` skips in C
                # to the next, tests the letter after it against the trie's first letters in one step, and only
                # then tries the forms that start with it.
                starts = "".join(re.escape(ch) for ch in bucket)
                pattern = f"{_BEFORE_WORD}(?=[{starts}])({_pattern(bucket)}{_TAIL})"
                scans.append(_Scan(blocks, re.compile(pattern)))
    frozen = {kind: {k: tuple(v) for k, v in table.items()} for kind, table in lookup.items()}
    return frozen, tuple(scans)


# The blocks of Latin letters (ASCII, Latin-1, the extensions, Vietnamese's): one pattern reads them, and it runs
# where the text has a letter of them (every text has an ASCII space).
_LATIN_BLOCKS = frozenset({0x00, 0x01, 0x02, 0x1E})
_LATIN_BLOCK = -1
_NOT_LATIN_1_LETTERS = bytes(b for b in range(256) if not chr(b).isalnum())


def _group(ch: str) -> tuple[int, int | str]:
    """Which pattern reads the forms that start with `ch`: one per block of letters that space their words (the
    Latin blocks as one, Greek's two, Arabic's two, Hangul's), one per script without spaces (per 96 first
    letters)."""
    block = ord(ch) >> 8
    if re.match(f"[{_UNSPACED}]", ch):
        return (1, unicodedata.name(ch, "").split(" ")[0])  # CJK, HIRAGANA, KATAKANA, THAI
    if block in _LATIN_BLOCKS or ch.isdigit():
        return (0, _LATIN_BLOCK)
    return (0, {0x1F: 0x03, 0x07: 0x06}.get(block, 0xAC if 0xAC <= block <= 0xD7 else block))


def _escape(ch: str) -> str:
    return r"\s+" if ch == " " else re.escape(ch)


def _pattern(node: dict[str, Any]) -> str:
    """A trie node as a pattern: the longer forms first, then the end of a form here (the scan takes the longest)."""
    alts = [_escape(ch) + _pattern(child) for ch, child in sorted(node.items()) if ch]
    if "" in node:
        alts.append("")
    if len(alts) == 1:
        return alts[0]
    return "(?:" + "|".join(alts) + ")"


def _identify(
    lookup: dict[str, dict[str, tuple[str, ...]]], matched: str, text: str, end: int
) -> tuple[tuple[str, ...], str] | None:
    """The tags of the form a match (ending at `end` in `text`) holds, and the letters a stem ran on for: a whole word
    only where no vowel sign goes on after it ('रक' is not in 'रकी'), a hyphenated first part before its hyphen."""
    key = " ".join(matched.split()) if " " in matched or "\n" in matched or "\t" in matched else matched
    if tags := lookup["word"].get(key):
        if not _MARK.match(text, end):
            return tags, ""
    elif tags := lookup["free"].get(key):
        return tags, ""
    if (tags := lookup["listed"].get(key)) and _listed(text, end - len(matched), end):
        return tags, ""
    if (tags := lookup["joined"].get(key)) and text.startswith("-", end) and text[end + 1 : end + 2].isalpha():
        return tags, ""
    stems = lookup["stem"]
    for k in range(len(key), max(len(key) - RUN_ON, 1) - 1, -1):
        if (tags := stems.get(key[:k])) is not None:
            return tags, key[k:]
    return None


def _listed(text: str, start: int, end: int) -> bool:
    """The word at `start`..`end` stands alone as an item of a list: a comma, a semicolon, a slash or a line's
    end on each side, and a comma on one of them or a colon before it ('песен, поп, 3 минути', 'стиль: поп'; not
    'поп пел', 'злой рок, и')."""
    before = text[max(0, start - 8) : start].rstrip(" \t")[-1:]
    after = text[end : end + 8].lstrip(" \t")[:1]
    if before not in ("", ",", ";", ":", "/", "\n") or after not in ("", ",", ";", "/", ".", "\n"):
        return False
    if not ("," in (before, after) or before == ":"):
        return False
    # A list of music: an item beside it names a piece, a style or a length ('Песен за бала, поп, 3 минути', 'трек:
    # рок, 120 bpm', 'стиль: поп'); not a village's things ('църква, поп, камбани') or fate's ('любовь, рок,
    # смерть'), nor a list of what to leave out ('кроме джаза, поп, рок').
    if _LIST_NOT.search(text[max(0, start - 40) : start]):
        return False
    items = _LIST_SPLIT.split(text[max(0, start - 60) : start])
    prev = items[-2] if len(items) > 1 else ""
    nxt = _LIST_SPLIT.split(text[end : end + 60])[1:2]
    return any(_LIST_OF_MUSIC.search(item) for item in (prev, *nxt))


_LIST_SPLIT = re.compile(r"[,;/\n]|:(?!\d\d)")  # (not the colon of a time: '1:40, рок')
_LIST_NOT = re.compile(r"(?<![^\W\d_])(?:кроме|без|не|ні|нет|освен|крім|окрім|except|without)(?![^\W\d_])")
_LIST_OF_MUSIC = re.compile(
    r"\d+\s*(?:мин|хв|сек|с\b|bpm|бпм|min|s\b)|\d:\d\d|минут|хвилин|секунд|песн|пісн|песен|трек|музык|музик|мелод|стил|жанр|джаз|блюз|хип|рэп|реп|"
    r"метал|фолк|электрон|електрон|диско|техно|хаус|инди|панк|соул|фанк|регги|балад|инструментал|вокал|гитар|гітар|"
    r"китар|пиан|піан|барабан|синт|бит\b|style|genre|song|track|"
    r"вариант|варіант|верси|версі|гимн|гімн|химн"  # ('нужен гимн для выпускного — 2 варианта, рок': takes of a piece)
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# A word that excludes the style word after it: 'без барабанов', 'sans piano', 'ohne Schlagzeug', '不要鼓'; 'no',
# 'none', 'nor' before a noun ('niente chitarre', 'eikä rumpuja', 'jangan ada dram'); and the verbs that take it out
# ('quita la guitarra', 'убери барабаны', 'hapus gitar'). Looked up as the word or two right before the form (an
# article between them is skipped: 'sin la guitarra'), not by a pattern: a set look-up per form found.
_WITHOUT_BEFORE = _words(
    """without no nada nothing nichts rien niente sin sem sans ohne kein keine keinen keiner keinem keines senza zonder geen без bez utan uten uden ingen
    inga tanpa không χωρίς בלי ללא sense bila fără fara walang wala san sine án be ilman بدون بلا دون بغیر بی بنا
    ni nem aucun aucune niente nessun nessuno nessuna ei eikä jangan tiada никаких жодних żadnych žádné žádnou niciun
    nicio hakuna engin engar enga καθόλου لا אין ikke inte не
    quita quitar quítale elimina eliminar saca sacar enlève enlever supprime supprimer retire retirer entferne entfernen
    lösche togli togliere rimuovi rimuovere remova remover tira tirar treu elimină scoate șterge verwijder haal fjern
    poista usuń wyrzuć odstraň odeber vyhoď odstráň pašalink убери уберите удали удалите прибери приберіть видали
    махни премахни ukloni makni izbaci уклони избаци αφαίρεσε βγάλε hapus buang hilangkan singkirkan keluarkan xóa
    xoá bỏ alisin tanggalin ondoa احذف أزل ازل شيل הסר תוריד תסיר"""
)
# The verbs of not wanting, before their object ('I don't want any guitar', 'no quiero guitarra'): only where the
# clause ends after it ('não quero bateria muito alta' says how loud, not whether).
_NOT_WANTED_BEFORE = frozenset(
    {"don't want", "dont want", "not want", "don't add", "dont add", "no quiero", "no pongas", "não quero", "nao quero",
     "não coloque", "non voglio", "non mettere", "will keine", "не хочу", "не добавляй", "tak usah", "tidak usah",
     "tak perlu", "tidak perlu", "gak usah", "nggak usah", "ga usah", "ga pake", "gak pake", "nggak pake"}
)  # fmt: skip
_WITHOUT_BEFORE_PAIRS = (
    frozenset(
        {"pas de", "nada de", "không có", "không dùng", "không cần", "من غير", "من دون", "jangan ada", "jangan pakai",
         "jangan guna", "jangan gunakan", "tidak ada", "tidak pakai", "tak ada", "tak pakai", "не надо", "pa gen",
         "gens de", "ta bort", "vedd ki"}
    )
    | _NOT_WANTED_BEFORE
)  # fmt: skip
_ARTICLES = _words("de di la il le les el los las o a az os as der die das den any the tiếng")
# ... written onto the form in the scripts without spaces ('不要鼓', '不要有鼓', 'ไม่มีกลอง')
_WITHOUT_GLUED_BEFORE = (
    "不要", "不用", "不需要", "没有", "沒有", "无", "無", "别", "別", "去掉", "去除", "删掉", "刪掉", "删除", "刪除", "拿掉",
    "移除", "唔要", "唔好有", "唔好", "冇", "不含", "不加", "ไม่มี", "ไม่เอา", "ไม่ใช้", "ไม่ต้องมี", "ลบ",
)  # fmt: skip
_GLUED_BETWEEN = ("有", "任何", "用", "加")  # '不要有鼓', '不要任何鼓'
# Hindi, Nepali, Sanskrit, Punjabi, Bengali 'without' goes before or after its word: before, only where no word
# comes before it ('बिना ड्रम के'; in 'भोकल बिना ज्याज' it is 'without vocals', and the jazz stays).
_WITHOUT_EITHER_SIDE = frozenset({"बिना", "विना", "ਬਿਨਾਂ", "ਬਿਨਾ", "বিনা"})
# ... and after it: 'ドラムなし', '드럼 없이', 'dob nélkül', 'davul olmadan', 'ड्रम के बिना', 'ड्रम नहीं', and the verbs
# that take it out where they follow their object ('gitarı sil', 'गिटार हटा दो', 'ギターを消して', '기타 지워').
_WITHOUT_GLUED_AFTER = (
    "なし", "無し", "抜き", "ぬき", "はなし", "は無し", "はいらない", "いらない", "不要", "없이", "없는", "빼고", "빼줘",
    "빼 줘", "제외하고", "말고", "を消して", "を消す", "を抜いて", "を削除", "を取って", "を無くして", "をなくして", "消して",
    "抜いて", "削除", "지워", "지우고", "없애", "ไม่เอา", "ไม่ต้อง", "ไม่ใส่",
    # not wanted, after the word ('ギターは要らない', 'ギターはいりません', '기타는 필요 없어')
    "は要らない", "要らない", "はいりません", "いりません", "は不要", "を入れないで", "入れないで", "は使わないで",
    "使わないで", "는 필요 없", "은 필요 없", "필요 없", "는 빼", "은 빼",
)  # fmt: skip
_WITHOUT_AFTER = (
    _words(
        """nélkül olmadan ছাড়া ছাড়াই இல்லாமல் இல்லாத இன்றி లేకుండా లేని नहीं ਨਹੀਂ sil silin kaldır çıkar çıxar götür
    সরাও raus weg eruit trim
    olmasın olmasin olmayacak istemiyorum istemem yok koyma ekleme kullanma nahi nahin नको نہیں नचाहिने चाहिँदैन
    வேண்டாம் வேண்டா వద్దు బేడ ਨਹੀਂ
    না নয় ਨਾ"""
    )
    | _WITHOUT_EITHER_SIDE
    | frozenset(_WITHOUT_GLUED_AFTER)
)
# Two words after the style word that say 'without' or 'take it out', whatever follows them ('ड्रम के बिना') ...
_TAKEN_OUT_AFTER_PAIRS = frozenset({"के बिना", "کے بغیر", "ਤੋਂ ਬਿਨਾਂ", "ਦੇ ਬਿਨਾਂ", "বাদ দাও", "را حذف", "را بردار", "حذف کن"})
# ... and those that say it is not wanted, which count only where their clause ends (see `excluded_after`)
_WITHOUT_AFTER_PAIRS = _TAKEN_OUT_AFTER_PAIRS | frozenset(
    # not needed, after the word ('гитара не нужна', 'drums не надо', 'gitara nie potrzebna')
    {"не нужна", "не нужно", "не нужен", "не нужны", "не надо", "не потрібна", "не потрібно", "не потрібні",
     "не треба", "nie potrzebna", "nie potrzebne", "nie potrzebny", "nicht nötig", "nicht gewünscht",
     # 'not at all', 'better not' ('ड्रम बिल्कुल नहीं', 'la batería mejor no')
     "बिल्कुल नहीं", "bilkul nahi", "bilkul nahin", "mejor no", "melhor não", "meglio di no", "lieber nicht",
     # Hindi and Urdu 'don't put / play' ('gitaar mat dalo'; 'mat' alone is Vietnamese 'mát' typed bare)
     "mat dalo", "mat daalo", "mat dalna", "mat daalna", "mat daalein", "mat dalein", "mat karo", "mat rakho",
     "mat lagao", "mat bajao", "mat use", "nahi chahiye", "nahin chahiye",
     "मत डालो", "मत डालना", "मत रखो", "मत बजाओ", "مت ڈالو", "مت رکھو",
     # ... and longer: 'Schlagzeug will ich keins', 'bubnjeve ne želim', 'bicie netreba', 'gitar gak usah'
     "will ich keins", "will ich keine", "will ich keinen", "will ich nicht", "brauche ich nicht",
     "brauch ich nicht", "bitte nicht", "ne želim", "ne zelim", "ne treba", "ne trebam", "ne zelimo", "ne želimo",
     "nechci", "nechcem", "netreba", "nepotrebujem", "nie chcę", "nie chce", "nie trzeba", "gak usah", "ga usah",
     "tak usah", "tidak usah", "nggak usah", "gak perlu", "tidak perlu", "tak perlu", "not needed", "not wanted",
     "не хочу", "не хочется", "не искам", "не трябва"}
)  # fmt: skip
_WITHOUT_AFTER_STEMS = (
    "हटा",
    "निकाल",
    "ہٹا",
    "نکال",
    "ਹਟਾ",
    "நீக்கு",
    "తీసేయ్",
    "없이",
    "없는",
    "빼고",
    "말고",
)  # 'हटा दो', 'हटाओ'
_CLAUSE_END = ",.;:!?।،؛"
_BEFORE_PAIR_SECONDS = frozenset(pair.split()[-1] for pair in _WITHOUT_BEFORE_PAIRS)
_GLUED_BEFORE_LASTS = frozenset(word[-1] for word in (*_WITHOUT_GLUED_BEFORE, *_GLUED_BETWEEN))
_GLUED_AFTER_FIRSTS = frozenset(word[0] for word in _WITHOUT_GLUED_AFTER)
_AFTER_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _phrase in sorted(_WITHOUT_AFTER_PAIRS):
    _AFTER_BY_FIRST[_phrase.split()[0]] = (*_AFTER_BY_FIRST.get(_phrase.split()[0], ()), _phrase)


def _word_before(text: str, at: int) -> tuple[str, int]:
    """The word that ends at the space text[at - 1], and where it starts."""
    begin = text.rfind(" ", 0, at - 1) + 1
    return text[begin : at - 1], begin


def excluded_after(text: str, end: int, start: int = -1) -> bool:
    """Whether the word (or two) right after a style word ending at text[end] takes it out: 'ドラムなし', 'gitar
    olmasın', 'guitar nahi chahiye', 'гитара не нужна' (the router asks this of its English terms too). A word of
    not wanting counts only where it ends its clause ('Drums bitte nicht zu laut', 'piano nahi to guitar chalega',
    'กลองไม่ต้องดังมาก' say how, not whether), and not after 'only' ('sirf guitar nahi, drums bhi')."""
    if end < len(text) and unicodedata.category(text[end]).startswith("M"):
        # a form found to a vowel sign or virama is the start of its word ('டிரம' of 'டிரம்ஸ்'): on to its end
        while end < len(text) and unicodedata.category(text[end])[0] in "LM":
            end += 1
    after = text[end : end + 1]
    if after in _GLUED_AFTER_FIRSTS:
        glued = next((w for w in _WITHOUT_GLUED_AFTER if text.startswith(w, end)), None)
        if glued is not None:
            return glued not in _NOT_WANTED or clause_ends(text, end + len(glued), glued=True)
    if after == " ":
        stop = text.find(" ", end + 1)
        raw = text[end + 1 : stop if stop >= 0 else len(text)]
        word = raw.rstrip(_CLAUSE_END)
        if word in _WITHOUT_AFTER or word.startswith(_WITHOUT_AFTER_STEMS):
            if word not in _NOT_WANTED:
                return True
            return clause_ends(text, end + 1 + len(word)) and not _ONLY_BEFORE.search(text[max(0, start - 12) : start])
        if word == "pois" and raw != word:  # Finnish 'kitara pois!', not Portuguese 'pois eu gosto', 'piano pois'
            return True
        for phrase in _AFTER_BY_FIRST.get(word, ()):  # (the phrases that start with this word)
            stop2 = end + 1 + len(phrase)
            if text.startswith(phrase, end + 1) and not text[stop2 : stop2 + 1].isalpha():
                return phrase in _TAKEN_OUT_AFTER_PAIRS or clause_ends(text, stop2)
    return False


# The words of not wanting (as against 'without'), which say whether only where their clause ends there.
_NOT_WANTED = frozenset(
    {"は要らない", "要らない", "はいらない", "いらない", "はいりません", "いりません", "は不要", "を入れないで", "入れないで",
     "は使わないで", "使わないで", "ไม่เอา", "ไม่ต้อง", "ไม่ใส่", "olmasın", "olmasin", "olmayacak", "istemiyorum", "istemem",
     "yok", "koyma", "ekleme", "kullanma", "nahi", "nahin", "नको", "نہیں", "না", "নয়", "ਨਾ", "नहीं", "ਨਹੀਂ", "नचाहिने",
     "चाहिँदैन", "வேண்டாம்", "வேண்டா", "వద్దు", "బేడ"}
)  # fmt: skip
# What may follow a word of not wanting in its clause: a please, a particle, a word for 'and' or 'but'.
_CLAUSE_GOES_ON = _words(
    """chahiye chahie chaiye please pls plz bitte por favor ya yaar bhai hai he dong deh aja sih lah nhé nha thanks
    merci gracias danke and und y e et i a og och en ve và dan и і та aber but pero mas ma mais ale но tapi lekin par
    or nor o ou oder или ni né atau hoặc veya lub nebo eller tai vagy sino sondern senão tho though lol haha thx
    at all anymore either
    ama fakat ancak چاہیے چاہئے চাই দরকার ਚਾਹੀਦਾ चाहिए नहीं"""
)
_GLUED_GOES_ON = ("です", "ね", "よ", "で", "から", "。", "、", "นะ", "ค่ะ", "ครับ", "คะ", "จ้า", "!", "！")
_ONLY_BEFORE = re.compile(r"(?:sirf|sirff|only|just|صرف|শুধু|केवल|सिर्फ|ਸਿਰਫ਼|ਸਿਰਫ|chỉ|hanya|cuma)\s+$")


def clause_ends(text: str, at: int, *, glued: bool = False) -> bool:
    """Whether the clause ends at text[at]: the text's end, a mark, or a word that may follow in the same breath
    (a please, 'and', 'but'); after a form written onto its word (Thai, Japanese), a space ends it too."""
    rest = text[at : at + 24]
    if not rest or rest[0] in _CLAUSE_END or rest[0] in "\n)!?。、！？」":
        return True
    if glued:
        return rest[0] == " " or rest.startswith(_GLUED_GOES_ON)
    if rest[0] != " ":
        return False
    following = rest[1:].split(" ", 1)[0].rstrip(_CLAUSE_END)
    return following in _CLAUSE_GOES_ON


def _excluded(text: str, start: int, end: int) -> bool:
    """Whether the word (or two) right before text[start:end], or right after it, takes it out: a look-up of a word
    or two, found by a search for a space (no pattern is run per form)."""
    if excluded_after(text, end, start):
        return True
    if not start:
        return False
    before = text[start - 1]
    if before != " ":  # written onto it, in a script without spaces ('不要鼓', '没有鼓', '不要有鼓', 'ไม่มีกลอง')
        if before not in _GLUED_BEFORE_LASTS:
            return False
        if text.endswith(_WITHOUT_GLUED_BEFORE, 0, start):
            return True
        between = next((b for b in _GLUED_BETWEEN if text.endswith(b, 0, start)), "")
        return bool(between) and text.endswith(_WITHOUT_GLUED_BEFORE, 0, start - len(between))
    word, begin = _word_before(text, start)
    for _ in range(2):  # the word before, then the one before it where that is an article ('sin la guitarra')
        if word in _WITHOUT_BEFORE:
            return True
        if word in _WITHOUT_EITHER_SIDE:
            return not begin or _word_before(text, begin)[0][-1:] in tuple(_CLAUSE_END)
        pair = f"{_word_before(text, begin)[0]} {word}" if begin and word in _BEFORE_PAIR_SECONDS else ""
        if (
            pair in _WITHOUT_BEFORE_PAIRS
        ):  # 'pas de batterie', 'ta bort gitarren'; 'no quiero guitarra', if it ends there
            return pair not in _NOT_WANTED_BEFORE or clause_ends(text, end)
        if word not in _ARTICLES or not begin:
            return False
        word, begin = _word_before(text, begin)
    return False


# ... or a suffix on it: Turkish and Azerbaijani 'davulsuz', Finnish 'rummuton', 'kitaratta'.
_NEG_SUFFIX = re.compile(r"s[ıiuü]z|t[oö]n$|tt[aä]$")


def _blocks(text: str) -> set[int]:
    """The 256-letter blocks the text's letters are in (Cyrillic is 4, Devanagari 9; -1 for Latin letters), in a few
    passes in C: one per block found (the high byte of each letter's UTF-16 code, all removed at once)."""
    latin_1 = text.encode("latin-1", "ignore").translate(None, _NOT_LATIN_1_LETTERS)
    found = {_LATIN_BLOCK} if latin_1 else set()
    if text.isascii():
        return found
    rest = text.encode("utf-16-le", "surrogatepass")[1::2].translate(None, b"\x00")
    while rest:
        block = rest[0]
        found.add(_LATIN_BLOCK if block in _LATIN_BLOCKS else block)
        rest = rest.translate(None, rest[:1])
    return found


def find(text: str) -> list[Found]:
    """Every form of the table in `text` (lower case, NFKC), leftmost and longest first, none overlapping.

    One pass of each pattern whose script's letters the text holds (forms compiled into tries, a bounded run-on
    for stems: 15 patterns in all, whatever the text), and for each form found a look-up of it and of the word or
    two around it: linear in the text."""
    lookup, scans = _tables()
    blocks = _blocks(text)
    padded = " " + text  # every word has a letter before it: a space, or what ends the word before
    hits: list[tuple[int, int, tuple[str, ...], str]] = []
    passes = 0
    for scan in scans:
        if scan.blocks.isdisjoint(blocks):
            continue
        passes += 1
        for m in scan.pattern.finditer(padded):
            start, end = m.span(1)
            hit = _identify(lookup, m.group(1), text, end - 1)
            if hit is not None:
                hits.append((start - 1, 1 - end, *hit))  # the longest first where two start together
    if passes > 1:
        hits.sort()  # each pattern's are in order; the patterns' are merged (no two share a first letter)
    out: list[Found] = []
    last = 0
    for start, neg_end, tags, run_on in hits:
        if start < last:
            continue
        last = end = -neg_end
        if NOT_MUSIC in tags:
            continue
        negated = bool(run_on and _NEG_SUFFIX.match(run_on)) or _excluded(text, start, end)
        for tag in tags:
            out.append(Found(start, end, f"no {tag}" if negated else tag, negated))
    return out


def style_tags(text: str) -> list[tuple[int, str]]:
    """(position, English tag) of every music style word of the table in `text` (lower case, NFKC), in order;
    'no drums' where the request excludes it ('без барабанов', 'sans piano', '不要鼓', 'ドラムなし')."""
    return [(f.start, f.tag) for f in find(text)]
