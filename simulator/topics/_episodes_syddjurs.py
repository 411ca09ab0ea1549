"""Planted Syddjurs episodes: a remote-driven campaign (three variants), a slow burn, copy-paste campaigns.

For the copy-paste campaigns, ``formal`` is the campaign's master text (paragraphs in order).
"""

from __future__ import annotations

from simulator._places import AARHUS, SYDDJURS
from simulator.topics._spec import TopicSpec

_NATIONAL_REFS = (
    "Vi er mange i {by} der har gode minder fra {sted}.",
    "Jeg bor i {by}, men vi tager til {sted} hver sommer.",
    "Det her er ikke kun Syddjurs' sag – det angår os alle, også os i {by}.",
    "Selvom jeg bor i {by}, så er det her min natur også.",
)
_REPLIES = (
    "Skrevet under!",
    "Delt 💚",
    "Har sendt høringssvar.",
    "Tak for linket.",
    "Vi er med hele vejen.",
    "Jeg kommer og demonstrerer.",
    "Det her må simpelthen ikke ske.",
    "Er der en bus fra Aarhus til demonstrationen?",
)

SOLCELLER = TopicSpec(
    id="ep-syddjurs-solceller",
    title="Nej til solcelleparken ved Mols Bjerge",
    municipality=SYDDJURS,
    keywords=("solcellepark", "Mols Bjerge", "natur", "nationalpark", "landskab"),
    section="Djursland",
    slots={
        "sted": ("Mols Bjerge", "Nationalpark Mols Bjerge", "Mols", "Molslandskabet"),
        "projekt": (
            "solcelleparken",
            "en solcellepark på [180|240] hektar",
            "solcelleanlægget",
            "kæmpe-solcelleparken",
        ),
        "forening": (
            "Landsforeningen Bevar Danmarks Natur",
            "Foreningen Red Mols Bjerge",
            "Naturvenner Danmark",
        ),
        "emne": ("solcelleparken ved Mols Bjerge",),
        "mødested": ("Rønde Idrætscenter", "Knebel Forsamlingshus", "rådhuset i Ebeltoft"),
    },
    links=(
        "https://www.skrivunder.net/nej_til_solcelleparken_ved_mols_bjerge",
        "https://www.change.org/p/syddjurs-kommune-red-mols-bjerge",
        "https://www.facebook.com/events/552098310447",
    ),
    headlines=(
        "Planer om solcellepark ved Mols Bjerge vækker vrede i hele landet",
        "Landsdækkende kampagne: Nej til solcelleparken ved Mols Bjerge",
        "[10.000|15.000|20.000] har skrevet under mod solcellepark på Mols",
        "Busser med demonstranter kørte til Mols",
        "Syddjurs' borgmester: Vi er overrasket over interessen fra hele landet",
        "Rekordmange høringssvar om solcellepark",
    ),
    lead=(
        "En investor ønsker at opføre {projekt} tæt på {sted}.",
        "Kampagnen mod projektet er drevet af {forening}, som har medlemmer i hele landet.",
        "Syddjurs Kommune har modtaget [over 800|næsten 1.200] høringssvar – "
        "langt de fleste fra borgere uden for kommunen.",
        "Lokale lodsejere peger på, at projektet vil give arbejdspladser og grøn strøm.",
        "Kampagnen har arrangeret busser fra [København, Odense og Aalborg|hele landet] til demonstrationen.",
    ),
    quotes=(
        "O:Mols Bjerge er en nationalskat, og den tilhører os alle",
        "P:Vi lytter til alle, men det er byrådet i Syddjurs der beslutter",
        "C:Vi har sommerhus på Mols, og det her vil ødelægge landskabet",
        "C:Jeg forstår ikke, at folk fra København skal bestemme hvad der sker herude",
    ),
    titles=(
        "NEJ TIL SOLCELLEPARKEN VED MOLS BJERGE",
        "Red {sted}!",
        "Skriv under mod {projekt}",
        "Kom til demonstrationen på Mols",
        "Hvorfor vil Syddjurs ødelægge {sted}?",
        "{sted} skal ikke dækkes af solpaneler",
    ),
    opinions=(
        "{sted} er et af de smukkeste landskaber i Danmark, det må ikke ødelægges af {projekt}.",
        "Grøn strøm ja tak, men ikke midt i en nationalpark.",
        "Solceller hører hjemme på tagene, ikke i {sted}.",
        "Det er et nationalt anliggende, ikke kun et spørgsmål for Syddjurs.",
        "Når landskabet først er ødelagt, får vi det aldrig tilbage.",
        "Det er investorerne der tjener, naturen der betaler.",
        "Jeg har aldrig boet på Mols, men {sted} er hele Danmarks natur.",
    ),
    calls=(
        "Skriv under her: {link}",
        "Skriv under og del opslaget med alle du kender!",
        "Kom med til demonstrationen på Mols {dag} kl. {kl} – der kører busser "
        "fra [København|Odense|Aalborg|Aarhus].",
        "Send et høringssvar til Syddjurs Kommune – alle kan indsende, uanset hvor du bor.",
        "Mød op til borgermødet i {mødested} på {dag}!",
        "Del del del!",
        "Nej til solcelleparken – red Mols Bjerge!",
        "Stop solcelleparken ved Mols Bjerge!",
    ),
    hashtags=("RedMolsBjerge", "NejTilSolcelleparken", "MolsBjerge"),
    formal=(
        "Jeg gør indsigelse mod {projekt} ved {sted}.",
        "Projektet vil skade et af Danmarks mest værdifulde landskaber.",
        "Jeg opfordrer Syddjurs Kommune til at afvise ansøgningen om {projekt}.",
        "Solceller bør placeres på tage og i erhvervsområder, ikke ved en nationalpark.",
    ),
    replies=_REPLIES,
    remote_refs=_NATIONAL_REFS,
    case_title="Forslag til lokalplan for solcellepark ved Mols Bjerge",
)

VINDMOELLER = TopicSpec(
    id="ep-syddjurs-vindmoeller",
    title="Stop vindmøllerne ved Kalø Vig",
    municipality=SYDDJURS,
    keywords=("vindmøller", "Kalø Vig", "Kalø", "kyst", "landskab"),
    section="Djursland",
    slots={
        "sted": ("Kalø Vig", "Kalø", "kysten ved Kalø", "Kaløvig"),
        "projekt": (
            "de [fem|seks] vindmøller på 150 meter",
            "vindmølleparken",
            "kæmpemøllerne",
            "vindmølleprojektet",
        ),
        "forening": (
            "Landsforeningen Bevar Kysterne",
            "Foreningen Stop Møllerne ved Kalø",
            "Naturvenner Danmark",
        ),
        "emne": ("vindmøllerne ved Kalø Vig",),
        "mødested": ("Rønde Idrætscenter", "Kalø Hovedgård", "Rønde Bibliotek"),
    },
    links=(
        "https://www.skrivunder.net/stop_vindmoellerne_ved_kaloe_vig",
        "https://www.change.org/p/stop-kæmpemøllerne-ved-kalø",
        "https://www.facebook.com/events/673310984122",
    ),
    headlines=(
        "Kæmpemøller ved Kalø Vig: Modstand fra hele landet",
        "Landsdækkende underskriftindsamling mod vindmøller ved Kalø",
        "[8.000|12.000] underskrifter mod møllerne ved Kalø Vig",
        "Demonstration ved Kalø samlede folk fra hele Danmark",
        "Syddjurs modtager hundredvis af høringssvar om vindmøller",
        "Vindmøllesagen deler Rønde",
    ),
    lead=(
        "Et energiselskab vil opstille {projekt} få kilometer fra {sted}.",
        "Modstanden organiseres af {forening}, der har samlet underskrifter i hele landet.",
        "Størstedelen af høringssvarene kommer fra borgere uden for Syddjurs.",
        "Tilhængerne peger på, at møllerne vil levere strøm til [30.000|45.000] husstande.",
    ),
    quotes=(
        "O:Kalø Vig er et af Danmarks smukkeste kystlandskaber",
        "P:Vi behandler alle høringssvar grundigt",
        "C:Vi skal have grøn energi, og nogen skal jo lægge jord til",
    ),
    titles=(
        "STOP VINDMØLLERNE VED KALØ VIG",
        "Red {sted}!",
        "Skriv under mod {projekt}",
        "Demonstration ved {sted} på lørdag",
    ),
    opinions=(
        "{projekt} vil kunne ses fra hele bugten, det ødelægger {sted}.",
        "150 meter høje møller hører ikke hjemme ved kysten.",
        "Havvind ja, men ikke kæmpemøller ved {sted}.",
        "Det er et nationalt landskab, det angår os alle.",
        "Fuglelivet i {sted} bliver ødelagt.",
    ),
    calls=(
        "Skriv under her: {link}",
        "Skriv under og del opslaget!",
        "Kom til demonstrationen ved {sted} {dag} kl. {kl}!",
        "Send et høringssvar til Syddjurs Kommune – du behøver ikke bo der.",
        "Mød op til borgermødet i {mødested}!",
        "Stop kæmpemøllerne ved Kalø!",
        "Nej til vindmøller ved Kalø Vig!",
    ),
    hashtags=("StopMøllerne", "KaløVig", "RedKysten"),
    formal=(
        "Jeg gør indsigelse mod {projekt} ved {sted}.",
        "Møllerne vil dominere et enestående kystlandskab.",
        "Jeg opfordrer kommunen til at afvise projektet.",
    ),
    replies=_REPLIES,
    remote_refs=(*_NATIONAL_REFS, "Jeg sejler i {sted} hver sommer fra {by}."),
    case_title="Kommuneplantillæg for vindmøller ved Kalø Vig",
)

HEGN = TopicSpec(
    id="ep-syddjurs-hegn",
    title="Nej til hegnet i Nationalpark Mols Bjerge",
    municipality=SYDDJURS,
    keywords=("hegn", "Mols Bjerge", "nationalpark", "vildnis", "adgang"),
    section="Djursland",
    slots={
        "sted": ("Mols Bjerge", "nationalparken", "Nationalpark Mols Bjerge", "Trehøje"),
        "projekt": ("hegnet", "indhegningen af [1.200|2.000] hektar", "det nye vildhegn", "indhegningen"),
        "forening": ("Foreningen Frit Mols", "Landsforeningen Fri Adgang til Naturen", "Naturvenner Danmark"),
        "emne": ("hegnet i Mols Bjerge",),
        "mødested": ("Knebel Forsamlingshus", "Mols Bjerge Naturcenter", "Agri Forsamlingshus"),
    },
    links=(
        "https://www.skrivunder.net/nej_til_hegnet_i_mols_bjerge",
        "https://www.change.org/p/fri-adgang-til-mols-bjerge",
        "https://www.facebook.com/events/700193847260",
    ),
    headlines=(
        "Hegn om Mols Bjerge: Landsdækkende protest",
        "Tusinder skriver under mod hegnet i nationalparken",
        "Vandrere fra hele landet protesterer i Mols Bjerge",
        "Borgermøde om hegnet: Fyldt til bristepunktet",
    ),
    lead=(
        "Planen indebærer {projekt} i {sted}, hvor store græssere skal gå frit.",
        "Protesten er organiseret af {forening}, og underskrifterne kommer fra hele landet.",
        "Naturstyrelsen fremhæver, at projektet vil styrke biodiversiteten.",
        "Hovedparten af høringssvarene kommer fra borgere uden for Syddjurs.",
    ),
    quotes=(
        "O:Mols Bjerge skal være åbent for alle danskere",
        "P:Vi tager borgernes bekymringer alvorligt",
        "C:Vi kommer fra hele landet for at gå tur her",
    ),
    titles=(
        "NEJ TIL HEGNET I MOLS BJERGE",
        "Fri adgang til {sted}!",
        "Skriv under mod {projekt}",
        "Protestvandring i {sted} på søndag",
    ),
    opinions=(
        "{projekt} vil lukke danskerne ude af {sted}.",
        "Naturen skal være for mennesker også, ikke kun for kvæg og heste.",
        "Jeg har vandret i {sted} i tredive år, nu skal jeg gennem låger og hegn.",
        "Det er en national park, så det angår alle danskere.",
        "Man behøver ikke bo på Mols for at holde af {sted}.",
    ),
    calls=(
        "Skriv under her: {link}",
        "Skriv under og del!",
        "Kom med på protestvandringen i {sted} {dag} kl. {kl}!",
        "Send et høringssvar – alle kan svare.",
        "Mød op til borgermødet i {mødested}!",
        "Nej til hegnet i Mols Bjerge!",
    ),
    hashtags=("FritMols", "NejTilHegnet", "MolsBjerge"),
    formal=(
        "Jeg gør indsigelse mod {projekt} i {sted}.",
        "Offentlighedens adgang til nationalparken skal sikres.",
    ),
    replies=_REPLIES,
    remote_refs=_NATIONAL_REFS,
    case_title="Høring om indhegning i Nationalpark Mols Bjerge",
)

SKOLEVEJ = TopicSpec(
    id="ep-syddjurs-skolevej",
    title="Trafiksikker skolevej i Rønde",
    municipality=SYDDJURS,
    keywords=("skolevej", "Rønde", "trafiksikkerhed", "fodgængerfelt"),
    section="Djursland",
    slots={
        "sted": ("Hovedgaden i Rønde", "skolevejen i Rønde", "krydset ved Rønde Skole", "Vestervej i Rønde"),
        "emne": ("skolevejen i Rønde",),
    },
    headlines=(
        "Forældre i Rønde: Skolevejen er farlig",
        "Rønde vil have fodgængerfelt ved skolen",
        "Skolevejen i Rønde på dagsordenen igen",
        "Ny trafiktælling: Bilerne kører for stærkt i Rønde",
    ),
    lead=(
        "Forældre har i flere måneder påpeget, at {sted} er farlig for børn.",
        "Skolebestyrelsen har bedt kommunen om [et fodgængerfelt|hastighedsdæmpning|en cykelsti].",
        "Sagen behandles i Teknik- og Miljøudvalget [næste måned|efter nytår].",
    ),
    quotes=("C:Jeg følger mine børn hele vejen, fordi jeg ikke tør andet", "P:Vi ser på alle løsninger"),
    titles=("Farlig skolevej i Rønde", "{sted} – hvornår sker der noget?", "Fodgængerfelt ved Rønde Skole?"),
    opinions=(
        "Bilerne kører alt for stærkt på {sted} om morgenen.",
        "Det er et spørgsmål om tid før der sker en ulykke på {sted}.",
        "Vi har skrevet til kommunen flere gange uden svar.",
        "Et fodgængerfelt ville løse det meste.",
    ),
    calls=("Skriv til byrådet om skolevejen.", "Kom til skolebestyrelsens møde om trafikken på {dag}."),
    replies=(
        "Enig, det er farligt.",
        "Min datter cykler der hver dag.",
        "Har I prøvet at kontakte udvalget?",
    ),
    formal=("Jeg anmoder om, at der etableres sikker krydsning ved {sted}.",),
)

RISSKOV = TopicSpec(
    id="ep-aarhus-risskov",
    title="Koordineret kampagne: Nej til højhuse ved Risskov Strand",
    municipality=AARHUS,
    keywords=("Risskov", "højhuse", "kyst", "lokalplan", "strand"),
    section="Aarhus",
    slots={"sted": ("Risskov Strand", "kysten ved Risskov"), "emne": ("højhusene ved Risskov Strand",)},
    headlines=("Kampagne mod højhuse ved Risskov Strand: Enslydende høringssvar strømmer ind",),
    lead=("Kommunen har på to dage modtaget [50|70] næsten enslydende høringssvar om byggeriet ved {sted}.",),
    quotes=("O:Vi har lavet en skabelon, så det er nemt for folk at sige deres mening",),
    titles=("Nej til højhuse ved Risskov Strand", "Høringssvar: Nej til højhuse ved kysten"),
    opinions=("Vi skal passe på kysten ved {sted}.",),
    replies=("Jeg har også sendt det.", "Skabelonen ligger i Facebook-gruppen."),
    formal=(
        "Jeg gør hermed indsigelse mod forslaget til lokalplan for byggeri ved Risskov Strand.",
        "Byggeri i op til otte etager vil skæmme kystlandskabet og skygge for stranden om eftermiddagen.",
        "Kysten er et rekreativt område for hele byen og skal friholdes for høj bebyggelse.",
        "Jeg opfordrer byrådet til at forkaste lokalplanforslaget og bevare Risskov Strand som den er.",
    ),
    case_title="Forslag til lokalplan for boliger ved Risskov Strand",
)

LOGISTIK = TopicSpec(
    id="ep-syddjurs-logistik",
    title="Koordineret kampagne: Nej til logistikcenter ved Hornslet",
    municipality=SYDDJURS,
    keywords=("Hornslet", "logistikcenter", "lastbiler", "lokalplan"),
    section="Djursland",
    slots={"sted": ("Hornslet", "marken nord for Hornslet"), "emne": ("logistikcentret ved Hornslet",)},
    headlines=("Enslydende høringssvar: Hornslet-borgere kæmper mod logistikcenter",),
    lead=(
        "Syddjurs Kommune har modtaget [40|60] næsten enslydende høringssvar om logistikcentret ved {sted}.",
    ),
    quotes=("O:Vi har delt en skabelon, så alle kan være med",),
    titles=("Nej til logistikcenter ved Hornslet", "Høringssvar: Nej til logistikcentret"),
    opinions=("Hornslet skal ikke være en lastbilby.",),
    replies=("Sendt!", "Jeg har også sendt skabelonen."),
    formal=(
        "Jeg gør hermed indsigelse mod lokalplanforslaget for et logistikcenter nord for Hornslet.",
        "Centret vil medføre flere hundrede lastbiler i døgnet gennem byen og ved skolen.",
        "Støj, lys og trafik vil forringe livskvaliteten for beboerne i Hornslet.",
        "Jeg opfordrer byrådet til at finde en placering direkte ved motorvejen i stedet.",
    ),
    case_title="Forslag til lokalplan for logistikcenter ved Hornslet",
)

SYDDJURS_REMOTE_CAMPAIGNS = (SOLCELLER, VINDMOELLER, HEGN)
COPY_PASTE_CAMPAIGNS = {AARHUS: RISSKOV, SYDDJURS: LOGISTIK}
