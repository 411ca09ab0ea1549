"""Decoys: lots of debate that must NOT raise an alert.

A national election (volume without local focus), a recurring event (a burst of
announcements, not a mobilisation), a heated debate without calls to action, and a
seasonal topic.
"""

from __future__ import annotations

from simulator._places import AARHUS
from simulator.topics._spec import TopicSpec

VALG = TopicSpec(
    id="decoy-valg",
    title="Folketingsvalget",
    municipality=None,
    keywords=("folketingsvalg", "valgkamp", "partier", "statsminister", "meningsmåling"),
    section="Politik",
    slots={
        "parti": (
            "Socialdemokratiet",
            "Venstre",
            "SF",
            "Moderaterne",
            "Liberal Alliance",
            "Danmarksdemokraterne",
            "Enhedslisten",
            "De Konservative",
            "Radikale Venstre",
            "Dansk Folkeparti",
            "Alternativet",
        ),
        "sag": (
            "ældreplejen",
            "klimaet",
            "skatten",
            "sundhedsvæsenet",
            "udlændingepolitikken",
            "forsvaret",
            "boligpriserne",
        ),
        "emne": ("valgkampen", "folketingsvalget"),
    },
    headlines=(
        "Statsministeren udskriver folketingsvalg",
        "Ny måling: {parti} går frem, {parti} går tilbage",
        "Partilederrunde: Opgør om {sag}",
        "Valgkampen handler om {sag}",
        "Valgnatten: Sådan gik det",
        "Eksperter: Det bliver et tæt valg",
        "Rekordmange har brevstemt",
    ),
    lead=(
        "Ifølge den seneste måling står {parti} til [11|14|18|22] procent af stemmerne.",
        "Debatten om {sag} har fyldt meget i valgkampen.",
        "Valget finder sted [om tre uger|tirsdag|om 14 dage].",
        "Vælgerne peger på {sag} som det vigtigste emne.",
        "Flere partier har lovet milliarder til {sag}.",
    ),
    quotes=(
        "P:Danmark har brug for en ny retning",
        "P:Vi går til valg på {sag}",
        "C:Jeg ved stadig ikke hvem jeg skal stemme på",
    ),
    titles=(
        "Hvem stemmer I på?",
        "{parti} og {sag} – giver det mening?",
        "Valgtest: Jeg fik {parti}, overrasket?",
        "Partilederrunden i aftes – hvem vandt?",
        "Valgplakaterne er allerede oppe",
    ),
    opinions=(
        "{parti} har ingen plan for {sag}.",
        "Jeg har stemt på {parti} hele mit liv, men nu er jeg i tvivl.",
        "Valgkampen handler alt for lidt om {sag}.",
        "Det er de samme løfter hver gang.",
        "Husk at stemme, det er vigtigt!",
        "Jeg synes {parti} stod stærkt i debatten i går.",
        "Det bliver spændende hvem der danner regering.",
    ),
    replies=(
        "Husk at stemme!",
        "{parti} all the way.",
        "Meningsmålinger er noget vrøvl.",
        "Jeg brevstemmer i morgen.",
    ),
    english=("Can EU citizens vote in the Danish general election?",),
)

FESTUGE = TopicSpec(
    id="decoy-festuge",
    title="Aarhus Festuge",
    municipality=AARHUS,
    keywords=("festuge", "koncert", "program", "kultur"),
    section="Kultur",
    slots={
        "sted": ("Mølleparken", "Aarhus Å", "Bispetorv", "Tivoli Friheden", "Store Torv", "Domkirkepladsen"),
        "emne": ("festugen",),
    },
    headlines=(
        "Festugens program er klar: Her er højdepunkterne",
        "Fuld fart på festugen i {sted}",
        "Rekordmange gæster til festugens åbning",
        "Festugen slutter med fyrværkeri over Aarhus",
    ),
    lead=(
        "Festugen byder i år på mere end [400|500] arrangementer i hele byen.",
        "Åbningskoncerten foregår i {sted} fredag aften.",
        "Mange af arrangementerne er gratis.",
    ),
    quotes=("O:Festugen er hele byens fest", "C:Vi kommer hvert år, det er det bedste ved Aarhus"),
    titles=("Festuge – hvad skal I se?", "Gratis koncert i {sted} i aften", "Festugen er i gang!"),
    opinions=(
        "Festugen er årets bedste uge i Aarhus.",
        "Koncerten i {sted} i går var helt fantastisk.",
        "Det er blevet lidt for kommercielt, synes jeg.",
        "Kom forbi {sted} i aften, der er fest.",
    ),
    replies=("Vi ses der!", "Skal helt sikkert derind.", "Billetterne er udsolgt."),
    english=("What are the must-see events at Aarhus Festuge this year?",),
)

JUL = TopicSpec(
    id="decoy-jul",
    title="Jul i Aarhus: julemarked og juletræstænding",
    municipality=AARHUS,
    keywords=("jul", "julemarked", "juletræ", "Den Gamle By"),
    section="Kultur",
    slots={
        "sted": ("Store Torv", "Den Gamle By", "Tivoli Friheden", "Bispetorv", "Strøget"),
        "emne": ("julen i Aarhus",),
    },
    headlines=(
        "Juletræet på Store Torv tændes søndag",
        "Julemarkedet i {sted} åbner",
        "Jul i Den Gamle By: Rekordmange besøgende",
        "Juleudsmykningen på Strøget er tilbage",
    ),
    lead=(
        "Juletræstændingen foregår søndag kl. 16 med musik og æbleskiver.",
        "Julemarkedet i {sted} har i år [60|80] boder.",
        "Den Gamle By forventer [200.000|250.000] gæster i julen.",
    ),
    quotes=("O:Vi glæder os til at byde velkommen til jul", "C:Det er blevet en fast tradition for os"),
    titles=(
        "Julemarked i Aarhus – hvilket er bedst?",
        "Juletræstænding på søndag – hvem kommer?",
        "Jul i Den Gamle By er magisk",
    ),
    opinions=(
        "Den Gamle By til jul er det hyggeligste i hele Aarhus.",
        "Gløggen på {sted} var alt for dyr i år.",
        "Kom ned på {sted} til juletræstændingen, det er så hyggeligt.",
        "Julemarkedet er blevet for stort.",
    ),
    replies=("Vi kommer!", "Æbleskiver 🙌", "Det er så hyggeligt."),
    english=("Best Christmas market in Aarhus?",),
)

KULTURNAT = TopicSpec(
    id="decoy-kulturnat",
    title="Kulturnat i Aarhus",
    municipality=AARHUS,
    keywords=("kulturnat", "program", "museer", "aften"),
    section="Kultur",
    slots={
        "sted": ("Aros", "Dokk1", "Den Gamle By", "Domkirken", "Godsbanen", "Rådhuset"),
        "emne": ("Kulturnatten",),
    },
    headlines=(
        "Kulturnatten: [150|200] arrangementer på én aften",
        "Kulturnat: Åbne døre på {sted} til midnat",
        "Rekordmange til Kulturnat i Aarhus",
        "Her er Kulturnattens højdepunkter",
    ),
    lead=(
        "Med et kulturpas får man adgang til alle arrangementer og busserne i midtbyen.",
        "På {sted} kan man i år opleve [koncerter|rundvisninger|lysshows] til langt ud på aftenen.",
        "Arrangørerne forventer over [40.000|50.000] gæster.",
    ),
    quotes=("O:Kulturnatten er byens største fest for kulturen", "C:Vi tager børnene med hvert år"),
    titles=("Kulturnat – hvad skal I se?", "Kulturpas til salg", "Lysshowet på {sted} var vildt"),
    opinions=(
        "Kulturnatten er en af årets bedste aftener i Aarhus.",
        "Kom forbi {sted}, der er rundvisning hele aftenen.",
        "Køen ved {sted} var alt for lang i år.",
        "Lysshowet på {sted} var helt magisk.",
    ),
    replies=("Vi ses derinde!", "Skal helt sikkert med.", "Hvor køber man kulturpas?"),
    english=("What should I see at Culture Night in Aarhus?",),
)

SPOT = TopicSpec(
    id="decoy-spot",
    title="SPOT Festival i Aarhus",
    municipality=AARHUS,
    keywords=("festival", "koncert", "musik", "billetter"),
    section="Kultur",
    slots={"sted": ("Musikhuset", "Godsbanen", "Voxhall", "Train", "Aarhus Ø"), "emne": ("SPOT Festival",)},
    headlines=(
        "SPOT Festival: [200|250] koncerter på tre dage",
        "Ny musik i {sted}: Her er festivalens program",
        "SPOT slår rekord",
    ),
    lead=(
        "Festivalen præsenterer ny nordisk musik på scener i hele byen.",
        "Koncerterne i {sted} er udsolgt.",
    ),
    quotes=("O:Vi viser fremtidens musik", "C:Vi har hørt fem nye bands i dag"),
    titles=("SPOT – hvem skal man høre?", "Koncert i {sted} i aften", "SPOT-armbånd til salg"),
    opinions=(
        "SPOT er den bedste måde at opdage ny musik på.",
        "Koncerten i {sted} var årets oplevelse.",
        "Kom forbi {sted} i aften.",
    ),
    replies=("Vi ses!", "Lyder godt.", "Udsolgt desværre."),
)

LETBANE = TopicSpec(
    id="decoy-letbane",
    title="Letbanens forsinkelser og aflysninger",
    municipality=AARHUS,
    keywords=("letbane", "forsinkelser", "aflyst", "togbusser"),
    section="Trafik",
    slots={
        "strækning": (
            "Grenaabanen",
            "strækningen til Odder",
            "Lisbjerg-linjen",
            "strækningen over Randersvej",
        ),
        "emne": ("letbanen",),
    },
    headlines=(
        "Letbanen holder stille igen: Togbusser indsat på {strækning}",
        "Passagerer raser: Tredje nedbrud på en uge",
        "Letbanen: Nye forsinkelser på {strækning}",
        "Letbanens direktør: Vi beklager",
    ),
    lead=(
        "En signalfejl betød, at letbanen holdt stille i [tre|fem|otte] timer.",
        "Det er [tredje|fjerde] gang på kort tid, at {strækning} er ramt.",
        "Letbanen oplyser, at fejlen skyldes [en softwarefejl|en defekt sporskifte|mangel på reservedele].",
    ),
    quotes=(
        "O:Vi beklager over for vores passagerer og arbejder på en løsning",
        "C:Jeg kom for sent på arbejde for tredje gang i denne uge",
    ),
    titles=(
        "Letbanen er nede IGEN",
        "Er der nogen der ved hvorfor letbanen holder stille?",
        "Letbanen – en milliardskandale",
    ),
    opinions=(
        "Letbanen er den dyreste fejltagelse i Aarhus' historie.",
        "Togbusserne er fyldte og kommer for sent.",
        "Hvem har ansvaret for det her rod?",
        "Jeg er så træt af letbanen, jeg tager bilen nu.",
        "Det var aldrig en god idé at bygge den letbane.",
        "Når den kører, er den faktisk fantastisk.",
        "Hvordan kan det være så svært at få et tog til at køre til tiden?",
        "Jeg har mistet al tillid til letbanen.",
    ),
    replies=(
        "Samme lort hver uge.",
        "Hold nu op.",
        "Den kører jo fint i dag?",
        "Det er signalerne, altid signalerne.",
        "Skandale.",
        "Kør i bil, problem løst.",
        "Hvornår lærer de det?",
        "Jeg grinede højt, det er så typisk.",
    ),
    english=("Is the light rail down again? Stuck at the station.",),
)

SNE = TopicSpec(
    id="decoy-sne",
    title="Snerydning og glatføre i Aarhus",
    municipality=AARHUS,
    keywords=("sne", "snerydning", "glatføre", "saltning"),
    section="Aarhus",
    slots={
        "sted": (
            "cykelstierne",
            "fortovene",
            "villavejene i Viby",
            "Randersvej",
            "stierne i Risskov",
            "vejene i Lystrup",
        ),
        "emne": ("snerydningen",),
    },
    headlines=(
        "Sneen vælter ned: Sådan rydder kommunen",
        "Borgere klager over manglende snerydning på {sted}",
        "Glatføre: Flere cyklister styrtet",
        "Sneen fortsætter i nat",
    ),
    lead=(
        "DMI varsler op til [10|15|20] centimeter sne i løbet af natten.",
        "Kommunen har [40|60] saltbiler og sneplove i gang.",
        "Ifølge kommunen ryddes de store veje først.",
    ),
    quotes=(
        "P:Vi rydder så hurtigt vi kan, men vi kan ikke være alle steder",
        "C:Jeg kunne ikke komme ud af min indkørsel",
    ),
    titles=("Er der ryddet sne på {sted}?", "Snekaos i Aarhus", "Hvem har ansvaret for at rydde fortovet?"),
    opinions=(
        "{sted} er ikke blevet ryddet endnu, det er livsfarligt.",
        "Kommunen bliver overrasket over sneen hvert eneste år.",
        "Husk at rydde fortovet foran dit hus, det er din pligt.",
        "Sneen er smuk, men cykelturen var et mareridt.",
    ),
    replies=("Pas på derude!", "Her er stadig ikke ryddet.", "Det er vinter, det sner."),
    english=("Are the bike lanes cleared of snow today?",),
)

BADEVAND = TopicSpec(
    id="decoy-badevand",
    title="Badevand og alger ved Aarhus' strande",
    municipality=AARHUS,
    keywords=("badevand", "alger", "strand", "badeforbud"),
    section="Aarhus",
    slots={
        "sted": ("Den Permanente", "Bellevue Strand", "Ballehage", "Moesgård Strand", "havnebadet"),
        "emne": ("badevandet",),
    },
    headlines=(
        "Badeforbud ved {sted} efter kraftig regn",
        "Blågrønalger ved {sted}: Kommunen fraråder badning",
        "Hedebølge: Tusinder på stranden",
        "Badevandet er [godt|dårligt] i denne uge",
    ),
    lead=(
        "Kommunen har målt for høje værdier af bakterier ved {sted}.",
        "Advarslen gælder foreløbig [et døgn|to døgn].",
        "Varmen har fået algerne til at blomstre op flere steder i bugten.",
    ),
    quotes=("P:Vi måler vandet hver dag i sæsonen", "C:Vi kørte herned og så stod der badeforbud"),
    titles=("Kan man bade ved {sted} i dag?", "Alger ved {sted}?", "Badevand i Aarhus – hvor er det bedst?"),
    opinions=(
        "Vandet ved {sted} var helt grønt i dag.",
        "Kommunen skulle bruge flere penge på kloakkerne.",
        "Det er hvert år det samme efter skybrud.",
        "{sted} er stadig byens bedste badested.",
    ),
    replies=("Tjek appen inden du tager afsted.", "Var der i går, det var fint.", "Ærgerligt!"),
    english=("Is it safe to swim at {sted} today?",),
)
