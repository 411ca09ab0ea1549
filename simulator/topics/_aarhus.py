"""Everyday local debate in Aarhus: the background every detector must stay calm about.

Quotes start with 'P:' (a politician speaks), 'C:' (a citizen) or 'O:' (an organisation).
"""

from __future__ import annotations

from simulator._places import AARHUS
from simulator.topics._spec import TopicSpec

PARKERING = TopicSpec(
    id="bg-aarhus-parkering",
    title="Parkering og p-afgifter i Aarhus midtby",
    municipality=AARHUS,
    keywords=("parkering", "p-afgift", "beboerlicens", "p-plads"),
    section="Aarhus",
    slots={
        "sted": ("Frederiksbjerg", "Trøjborg", "midtbyen", "Latinerkvarteret", "Ø-gaderne", "Aarhus C"),
        "afgift": (
            "p-afgiften",
            "betalingsparkeringen",
            "parkeringsafgiften",
            "beboerlicensen",
            "p-licensen",
        ),
        "emne": ("parkering i midtbyen", "p-afgifterne", "beboerparkering"),
    },
    headlines=(
        "Ny betalingsparkering i {sted}: Beboere frygter p-kaos",
        "Byrådet vil hæve {afgift} med [20|25|30] procent",
        "P-pladser forsvinder i {sted}[ – handlende er bekymrede|]",
        "Beboerlicensen bliver dyrere fra nytår",
        "Så meget tjener kommunen på parkeringsbøder",
        "Handlende i {sted}: Kunderne bliver væk på grund af {afgift}",
    ),
    lead=(
        "Aarhus Kommune [foreslår|har besluttet] at udvide betalingszonen til "
        "{sted} fra [1. januar|næste år|foråret].",
        "Ifølge forvaltningen skal ændringen [mindske biltrafikken|frigøre "
        "plads til cykler og grønne områder].",
        "[Omkring|Cirka] [300|450|600] p-pladser bliver berørt af ændringen.",
        "Sagen skal behandles i [Teknisk Udvalg|byrådet] [i næste uge|inden jul|i december].",
        "Flere beboere har [klaget til kommunen|skrevet til rådmanden] over de nye regler.",
        "En beboerlicens koster i dag [1.200|1.500|1.800] kroner om året.",
    ),
    quotes=(
        "P:Vi er nødt til at prioritere pladsen i byen anderledes, og det betyder færre biler i {sted}",
        "C:Det rammer de handlende [hårdt|helt urimeligt], og kunderne kører "
        "bare til [Tilst|Viby|Bruuns Galleri]",
        "C:Jeg har boet her i [20|30] år og har aldrig haft problemer med at finde en plads før nu",
    ),
    titles=(
        "P-afgift i {sted} igen igen",
        "Er der andre der er trætte af {afgift}?",
        "Parkering i {sted} – hvad gør I?",
        "Nu skal vi også betale for at parkere foran vores egen dør",
        "Hvor parkerer man billigst i Aarhus?",
    ),
    opinions=(
        "Jeg forstår godt at man vil have færre biler i midtbyen, men {afgift} rammer skævt.",
        "Det er [blevet umuligt|næsten umuligt] at finde en p-plads i {sted} efter kl. 17.",
        "Hvorfor skal beboerne betale for at kommunen mangler penge?",
        "[Min|Vores] beboerlicens er steget [to|tre] gange på [fem|to] år.",
        "Sælg bilen. Det er den eneste løsning i {sted}.",
        "Håndværkerne kan ikke komme til, fordi der ikke er nogen steder at holde.",
        "[Ærligt talt|Helt ærligt] så er {afgift} jo bare en ekstra skat.",
        "P-vagterne er [hurtigere end lynet|overalt] i {sted}.",
        "Man kunne bygge et p-hus i stedet for at fjerne pladserne.",
    ),
    replies=(
        "Bare tag bussen.",
        "Har du prøvet p-huset ved [Dokk1|Navitas|Bruuns]?",
        "Det er stadig billigere end i København.",
    ),
    english=(
        "Anyone know how the resident parking permit works in Aarhus C?",
        "Parking in {sted} is a nightmare after 5 pm.",
    ),
    formal=(
        "Jeg er imod udvidelsen af betalingszonen til {sted}, da den vil ramme beboere og handlende.",
        "Forslaget tager ikke højde for [ældre|gangbesværede|håndværkere], der er afhængige af bil.",
    ),
)

CYKEL = TopicSpec(
    id="bg-aarhus-cykel",
    title="Cykelstier og cykeltrafik i Aarhus",
    municipality=AARHUS,
    keywords=("cykelsti", "cyklister", "kryds", "cykeltrafik"),
    section="Trafik",
    slots={
        "sted": ("Randersvej", "Nørrebrogade", "Vesterbrogade", "Ringgaden", "Silkeborgvej", "Viby Ringvej"),
        "emne": ("cykelstierne", "cykeltrafikken i Aarhus"),
    },
    headlines=(
        "Ny supercykelsti skal forbinde {sted} med midtbyen",
        "Cyklister klager: Farligt kryds på {sted}",
        "Kommunen vil bruge [40|55|80] millioner på cykelstier",
        "Cykelsti på {sted} forsinket [et halvt år|igen]",
        "Ulykke i krydset ved {sted}: Cyklist kørt ned",
        "Flere aarhusianere cykler til arbejde",
    ),
    lead=(
        "Kommunen har afsat penge til [en ny|en bredere|en dobbeltrettet] cykelsti langs {sted}.",
        "Ifølge en ny trafiktælling passerer [8.000|11.000|14.000] cyklister {sted} på en hverdag.",
        "Arbejdet forventes at gå i gang [til foråret|efter sommerferien|næste år].",
        "Cyklistforbundet har længe peget på {sted} som et af byens farligste steder.",
    ),
    quotes=(
        "P:Vi vil gøre det trygt at cykle i hele byen, også på {sted}",
        "C:Jeg cykler her hver dag med mine børn, og det er ærligt talt livsfarligt",
        "O:Det har taget alt for lang tid, og imens kommer folk til skade",
    ),
    titles=(
        "Cykelstien på {sted} er en vittighed",
        "Hvem har designet krydset ved {sted}??",
        "Tip til cykelrute fra Viby til midtbyen?",
        "Endelig kommer der cykelsti på {sted}",
    ),
    opinions=(
        "Cykelstien på {sted} er alt for smal, når der kommer ladcykler.",
        "Bilisterne holder aldrig tilbagesving for cyklister i krydset ved {sted}.",
        "Jeg har næsten været kørt ned [to|tre] gange i år.",
        "Det er fint med cykelstier, men de skal også ryddes for blade og sne.",
        "Aarhus kalder sig cykelby, men det mærker man ikke på {sted}.",
        "[Fedt|Godt] at der endelig sker noget.",
        "Pengene burde bruges på [skolerne|ældreplejen|vejene] i stedet.",
        "Cyklister kører også over for rødt, lad os nu være ærlige.",
    ),
    replies=(
        "Cykelhjelm, folkens.",
        "Jeg tager bare omvejen over Trøjborg.",
        "Det er bilerne der er problemet.",
    ),
    english=("Is it just me or is the bike lane on {sted} way too narrow?",),
    formal=("Jeg støtter anlæg af cykelsti på {sted}, men opfordrer til at bevare fortovets bredde.",),
)

BOLIG = TopicSpec(
    id="bg-aarhus-bolig",
    title="Boligbyggeri og huslejer i Aarhus",
    municipality=AARHUS,
    keywords=("husleje", "boliger", "lejlighed", "almene boliger"),
    section="Aarhus",
    slots={
        "sted": ("Aarhus Ø", "Gellerup", "Bispehaven", "Lisbjerg", "Frederiksbjerg", "Brabrand"),
        "emne": ("boligbyggeriet", "huslejerne i Aarhus"),
    },
    headlines=(
        "Huslejen i Aarhus stiger [igen|for femte år i træk]",
        "[600|900|1.200] nye boliger på vej i {sted}",
        "Studerende: Umuligt at finde en bolig i Aarhus",
        "Almene boliger i {sted} skal rives ned",
        "Investorer køber op i {sted}",
        "Byrådet godkender ny bydel i {sted}",
    ),
    lead=(
        "Ifølge en ny analyse er kvadratmeterprisen i Aarhus steget med [6|8|11] procent det seneste år.",
        "Planen omfatter både [almene boliger|ejerboliger|studieboliger] og erhverv.",
        "Boligforeningen forventer at [nedrive|renovere] [200|300|400] lejligheder.",
        "Kritikere frygter, at byen bliver for dyr for almindelige familier.",
    ),
    quotes=(
        "P:Vi skal bygge en by, hvor der er plads til alle",
        "C:Jeg har været på venteliste i [tre|fire] år",
        "C:Det er ikke for almindelige mennesker at bo i Aarhus længere",
    ),
    titles=(
        "Husleje i Aarhus – er det bare mig?",
        "Søger værelse i Aarhus, nogen tips?",
        "{sted} bliver ikke til at kende",
        "Hvorfor bygger man kun dyre lejligheder?",
    ),
    opinions=(
        "[8.500|9.000|10.500] kr. for en toer i {sted} er helt sindssygt.",
        "Der bygges kun luksuslejligheder til folk fra København.",
        "{sted} har ændret sig helt de sidste ti år.",
        "Jeg er glad for at der bygges, byen vokser jo.",
        "Det er investorerne der vinder, ikke os der skal bo her.",
        "Min datter har ledt efter et værelse siden [juni|august].",
    ),
    replies=(
        "Prøv Boligportalen, men pas på svindlere.",
        "Flyt til Randers, haha.",
        "Det er udbud og efterspørgsel.",
    ),
    english=(
        "Any tips for finding a room in Aarhus? Rent prices are insane.",
        "Moving to Aarhus for a job, which area should I look at?",
    ),
    formal=(
        "Jeg gør indsigelse mod bebyggelsens højde i {sted}.",
        "Lokalplanen bør sikre flere almene boliger og grønne friarealer.",
    ),
)

BUS = TopicSpec(
    id="bg-aarhus-bus",
    title="Bybusser og Midttrafik i Aarhus",
    municipality=AARHUS,
    keywords=("bus", "Midttrafik", "køreplan", "afgange"),
    section="Trafik",
    slots={
        "sted": ("linje 2A", "linje 3A", "linje 4A", "linje 5A", "linje 18"),
        "emne": ("busdriften", "bybusserne"),
    },
    headlines=(
        "Midttrafik skærer i bybusserne: {sted} kører sjældnere",
        "Buschauffører mangler: Aflyste afgange på {sted}",
        "Ny køreplan fra [december|januar] – her er ændringerne",
        "Passagerer raser over forsinkede busser",
    ),
    lead=(
        "Fra [næste måned|december] kører {sted} kun hvert [10.|15.|20.] minut uden for myldretiden.",
        "Midttrafik begrunder ændringen med [faldende passagertal|stigende udgifter|mangel på chauffører].",
        "Ifølge Midttrafik er [4|7|9] procent af afgangene blevet aflyst i [oktober|september].",
    ),
    quotes=(
        "O:Vi beklager over for passagererne, men vi kan ikke skaffe chauffører nok",
        "C:Jeg står og venter i kulden hver morgen",
    ),
    titles=(
        "{sted} kom bare ikke i morges??",
        "Er {sted} aflyst igen?",
        "Busserne i Aarhus er blevet en joke",
    ),
    opinions=(
        "{sted} var [20|25|30] minutter forsinket i morges og ingen info på skærmen.",
        "Hvordan skal man få folk til at droppe bilen når {sted} kører hver halve time?",
        "Chaufførerne gør det godt, det er systemet der er problemet.",
        "Jeg er gået over til cyklen efter den nye køreplan.",
        "Appen viser busser der slet ikke kommer.",
    ),
    replies=("Samme her.", "Midttrafik as usual.", "Jeg har klaget, fik et standardsvar."),
    english=("Does anyone know if bus 2A is running today?", "Why is the bus always late in the morning?"),
)

AFFALD = TopicSpec(
    id="bg-aarhus-affald",
    title="Affaldssortering og tømning i Aarhus",
    municipality=AARHUS,
    keywords=("affald", "skraldespand", "sortering", "tømning"),
    section="Aarhus",
    slots={
        "spand": ("madaffaldsspanden", "den nye firkammerspand", "papirspanden", "restaffaldsspanden"),
        "sted": ("Viby", "Brabrand", "Risskov", "Højbjerg", "Trøjborg", "Tilst"),
        "emne": ("den nye affaldsordning", "affaldssorteringen"),
    },
    headlines=(
        "Ny affaldsordning: Borgere klager over overfyldte spande",
        "Skraldebilen kom ikke i {sted}",
        "Storskrald skal nu bestilles på forhånd",
        "Kommunen indrømmer problemer med tømning af {spand}",
    ),
    lead=(
        "Siden [sommer|oktober] har husstandene i Aarhus skullet sortere i ti fraktioner.",
        "Renovationen har modtaget [hundredvis af|over 2.000] klager over manglende tømning.",
        "Kommunen oplyser, at problemerne skyldes [en ny entreprenør|sygdom "
        "blandt skraldemændene|nye ruter].",
    ),
    quotes=("P:Vi arbejder på at få styr på ruterne", "C:Vores spand har stået fyldt i [to|tre] uger nu"),
    titles=(
        "Er der andre der ikke har fået tømt {spand}?",
        "Hvor kommer pizzabakker hen??",
        "Skraldebilen springer vores vej over igen",
    ),
    opinions=(
        "Vi har ikke fået tømt {spand} i [to|tre] uger i {sted}.",
        "Jeg vil gerne sortere, men der er ikke plads til fire spande i en lejlighed.",
        "Det lugter helt forfærdeligt i gården nu.",
        "Genbrugsstationen er super, det er tømningen der halter.",
    ),
    replies=(
        "Pizzabakker er restaffald hvis de er fedtede.",
        "Skriv til kommunen via appen, det virkede for os.",
    ),
    english=("Where does cardboard go in the new Aarhus sorting system?",),
)

DAGTILBUD = TopicSpec(
    id="bg-aarhus-dagtilbud",
    title="Daginstitutioner og normeringer i Aarhus",
    municipality=AARHUS,
    keywords=("vuggestue", "pædagoger", "normering", "børnehave"),
    section="Aarhus",
    slots={
        "sted": ("Viby", "Hasle", "Gellerup", "Lystrup", "Tranbjerg", "Risskov"),
        "emne": ("normeringerne", "daginstitutionerne"),
    },
    headlines=(
        "Forældre i {sted}: For få voksne i vuggestuen",
        "Aarhus mangler pædagoger – vikarer dækker hullerne",
        "Ny daginstitution i {sted} åbner [til august|senere end lovet]",
        "Budgetforlig giver flere penge til børnene",
    ),
    lead=(
        "Ifølge fagforeningen mangler der [200|300] uddannede pædagoger i kommunen.",
        "Forældrebestyrelsen i {sted} har sendt et brev til rådmanden.",
        "I budgetforliget er der afsat [30|45] millioner kroner til flere pædagoger.",
    ),
    quotes=(
        "C:Vi kan se det på børnene, når der er for få voksne",
        "P:Vi er nødt til at gøre faget mere attraktivt",
    ),
    titles=(
        "Vuggestue i {sted} – erfaringer?",
        "Pædagogerne løber stærkt",
        "Hvordan er normeringen i jeres børnehave?",
    ),
    opinions=(
        "Der er tre voksne til [18|20|22] børn om eftermiddagen i vores børnehave i {sted}.",
        "Pædagogerne gør det fantastisk under de vilkår de har.",
        "Det er ikke nok at bygge nye huse, der skal også være personale.",
        "Vi har fået ny leder tre gange på et år.",
    ),
    replies=("Samme oplevelse i Åbyhøj.", "Det er en landsdækkende krise.", "Skriv til forældrebestyrelsen."),
)

HAVN = TopicSpec(
    id="bg-aarhus-havn",
    title="Havnen og Aarhus Ø",
    municipality=AARHUS,
    keywords=("havn", "Aarhus Ø", "havnebad", "containerterminal"),
    section="Aarhus",
    slots={
        "sted": ("Aarhus Ø", "Bassin 7", "havnebadet", "Lighthouse", "containerhavnen"),
        "emne": ("havnen", "Aarhus Ø"),
    },
    headlines=(
        "Havnebadet [slår besøgsrekord|lukker for sæsonen]",
        "Aarhus Havn vil udvide containerterminalen",
        "Bassin 7: Nye planer for området ved havnen",
        "Beboere på Aarhus Ø: Trafikken er et problem",
    ),
    lead=(
        "Havnen har fremlagt planer om at udvide [mod øst|med 44 hektar] i de kommende år.",
        "Beboerne på Aarhus Ø har længe efterlyst [bedre busforbindelser|flere grønne områder|en skole].",
        "Området ved {sted} skal ifølge planen omdannes til [boliger|et rekreativt område|kontorer].",
    ),
    quotes=(
        "O:Havnen er byens vigtigste arbejdsplads, og vi skal kunne vokse",
        "C:Vi savner liv og grønt på Ø'en",
    ),
    titles=("Hvad sker der på {sted}?", "Sauna ved havnen – ja tak", "Aarhus Ø er blæsende men smuk"),
    opinions=(
        "{sted} er blevet et af de fedeste steder i byen om sommeren.",
        "Det er en betonørken på Aarhus Ø, der mangler træer.",
        "Jeg bader ved havnen hele vinteren, det er fantastisk.",
    ),
    replies=("Elsker havnebadet!", "Det blæser altid derude.", "Hvornår kommer skolen på Ø'en?"),
    english=("The harbour bath is great, highly recommend for newcomers.",),
)

KULTUR = TopicSpec(
    id="bg-aarhus-kultur",
    title="Kulturliv og kulturstøtte i Aarhus",
    municipality=AARHUS,
    keywords=("kultur", "spillested", "kulturbudget", "museum"),
    section="Kultur",
    slots={
        "sted": ("Godsbanen", "Dokk1", "Musikhuset", "Aros", "Den Gamle By", "Voxhall", "Train"),
        "emne": ("kulturlivet i Aarhus",),
    },
    headlines=(
        "{sted} får [nye|færre] penge i kulturbudgettet",
        "Rekordmange besøgende på {sted}",
        "Spillestedet {sted} kæmper økonomisk",
        "Kulturlivet frygter besparelser",
    ),
    lead=(
        "Byrådet har afsat [12|20] millioner kroner til kulturen over de næste fire år.",
        "{sted} havde sidste år [300.000|450.000|over en million] besøgende.",
        "Flere mindre kulturaktører har fået afslag på støtte.",
    ),
    quotes=(
        "P:Kulturen er det, der gør Aarhus til en levende by",
        "O:Vi får sværere og sværere ved at få økonomien til at hænge sammen",
    ),
    titles=(
        "Koncert på {sted} i aften – nogen der skal med?",
        "Hvad er jeres yndlingssted i Aarhus?",
        "Kulturbudgettet er en skandale",
    ),
    opinions=(
        "{sted} er det bedste ved at bo i Aarhus.",
        "Man skærer altid først på kulturen, det er så kortsigtet.",
        "Der er for mange penge til de store institutioner og for lidt til de små.",
        "Jeg var på {sted} i weekenden, helt fantastisk.",
    ),
    replies=("Skal helt sikkert derind!", "Aros er overvurderet, sorry.", "Den Gamle By til jul er et must."),
    english=(
        "Any recommendations for live music in Aarhus this weekend?",
        "Just visited {sted}, what a great place.",
    ),
)

AARHUS_BACKGROUND = (PARKERING, CYKEL, BOLIG, BUS, AFFALD, DAGTILBUD, HAVN, KULTUR)
