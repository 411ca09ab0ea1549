"""Sentences any topic can use: reactions, self-references, openers and closings."""

from __future__ import annotations

from simulator.topics._spec import Pool

REACTIONS: Pool = (
    "Helt enig.", "Enig!", "Fuldstændig enig med dig.", "Det her er præcis mit problem med det.",
    "Det er da [vanvittigt|helt vildt|til at blive tosset over].", "Hvem har dog fundet på det?",
    "Typisk [kommunen|politikerne|Aarhus Kommune|rådhuset].", "Der er altid nogen der brokker sig.",
    "Godt skrevet[!|.]", "Tak fordi du tager det op.", "Det tror jeg ærligt talt ikke på.",
    "Kilde?", "Har du et link til det?", "Det var også min første tanke.", "Jeg er lidt splittet her.",
    "Nu skal man jo heller ikke overdrive.", "Ja og nej.", "Det har du ret i.", "Ej kom nu.",
    "Præcis det her.", "Det er sgu da for dårligt.", "Hvorfor overrasker det mig ikke.", "+1",
    "Man kunne jo også bare spørge borgerne først.", "Jeg forstår simpelthen ikke logikken.",
    "Der er vist nogen der har glemt at regne på det.", "Hold nu op.", "Det er jo sund fornuft.",
    "Nogen der ved hvornår det bliver besluttet?", "Det lyder som en god idé, ærligt.",
    "Jeg synes folk skal slappe lidt af.", "Det bliver spændende at se hvad der sker.",
    "Det er ikke første gang vi hører det.", "Lad os nu se hvad byrådet siger.", "Suk.",
)  # fmt: skip

SELF_REFS: Pool = (
    "Her i {by} [oplever vi det samme|er det præcis det samme|snakker alle om det].",
    "Jeg bor selv i {by}[, og jeg kender problemet alt for godt| og følger det tæt| og er træt af det].",
    "Vi i {by} [har sagt det i årevis|er mange der mener det samme|bliver aldrig hørt].",
    "Herude i {by} [mærker vi det hver dag|er der ingen der spørger os].",
    "Som [beboer|borger|en der bor] i {by} [kan jeg kun sige|må jeg sige] at det fylder meget.",
    "Hilsen en træt borger fra {by}.",
)

REMOTE_REFS: Pool = (
    "Jeg bor [godt nok|selv] i {by}, men [det her angår os alle|naturen er fælles|vi kommer der hvert år].",
    "Selvom jeg bor i {by}, [må jeg blande mig|kan jeg ikke tie stille|er det her vigtigt for mig].",
    "Vi er mange [her i|oppe i|nede i|ovre i] {by} der følger med i det her.",
    "Hilsen fra {by}[ - vi står sammen med jer|. Hold fast!|].",
    "Fra os i {by}: [I er ikke alene|hold ud|det her må ikke ske].",
    "Vi har sommerhus [på Mols|ved Ebeltoft|på Djursland], men bor til daglig i {by}.",
    "Jeg er vokset op [på Djursland|i Aarhus|i området], men bor i dag i {by}.",
)

LETTER_OPENERS: Pool = (
    "Jeg [vil gerne|må] [kommentere|sige noget til] debatten om {emne}.",
    "[Endnu en gang|Igen] [må jeg|vil jeg] tage fat i {emne}.",
    "Debatten om {emne} har fyldt meget de seneste uger.",
    "Jeg har fulgt sagen om {emne} med [stigende undren|stor interesse|bekymring].",
    "",
)

LETTER_CLOSERS: Pool = (
    "Tak for ordet.",
    "Det er på tide at nogen lytter.",
    "Jeg håber byrådet tager det alvorligt.",
    "Lad os få en ordentlig debat om det.",
    "Det fortjener vi som borgere.",
    "",
)

CONSULTATION_OPENERS: Pool = (
    "Hermed mit høringssvar til {sag}.",
    "Jeg skal hermed [indsende|afgive] høringssvar vedrørende {sag}.",
    "[Vi|Jeg] [fremsender|sender] hermed [vores|mit] høringssvar [i forbindelse med|til] {sag}.",
    "Høringssvar vedr. {sag}.",
)

CONSULTATION_CLOSERS: Pool = (
    "Med venlig hilsen",
    "Venlig hilsen",
    "Mvh.",
    "På forhånd tak for behandlingen af høringssvaret.",
)

WEEKDAYS = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
MONTHS = (
    "januar", "februar", "marts", "april", "maj", "juni",
    "juli", "august", "september", "oktober", "november", "december",
)  # fmt: skip

#: topic-neutral asides people add to anything (noise a topic model has to see through)
ASIDES: Pool = (
    "Det er i øvrigt ikke første gang, vi ser det her.", "Jeg har fulgt med i debatten et stykke tid.",
    "Min nabo sagde præcis det samme i går.", "Vi snakkede om det ved aftensmaden i går.",
    "Sådan har det været i [mange år|årevis|lang tid].", "Det minder mig om sagen fra sidste år.",
    "Men hvad ved jeg, jeg er bare en almindelig borger.", "Nu må vi se, hvad der sker.",
    "Det kommer nok til at koste os alle sammen i sidste ende.",
    "Der er vist ingen, der har tænkt det til ende.",
    "Det er det, jeg hele tiden har sagt.", "Jeg har skrevet til kommunen, men aldrig fået svar.",
    "Min svigermor er helt oppe i det røde felt over det.", "Lad os nu holde debatten i en ordentlig tone.",
    "Der skal nok komme en løsning, men det tager tid.", "Det er jo vores allesammens penge.",
    "Og så regner det igen.", "Sikke et vejr i dag, forresten.", "Sorry for stavefejl, skriver fra mobilen.",
    "Edit: rettet en stavefejl.", "Jeg stemte på dem sidst, men aldrig igen.", "Nogen der ved mere?",
    "Tak for alle svarene.", "Jeg forstår godt begge sider.", "Det er sgu svært at blive klog på.",
    "Hvis bare de havde lyttet til os fra starten.", "Man kan ikke gøre alle tilfredse.",
    "Der er to sider af den sag.", "Jeg er ikke ekspert, men det virker underligt.",
)  # fmt: skip
