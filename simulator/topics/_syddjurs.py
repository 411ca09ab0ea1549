"""Everyday local debate in Syddjurs, and the national background both municipalities share."""

from __future__ import annotations

from simulator._places import SYDDJURS
from simulator.topics._spec import TopicSpec

FAERGE = TopicSpec(
    id="bg-syddjurs-faerge",
    title="Færgeruten og færgehavnen i Ebeltoft",
    municipality=SYDDJURS,
    keywords=("færge", "Mols-Linien", "færgehavn", "billetpriser"),
    section="Djursland",
    slots={
        "sted": ("Ebeltoft Færgehavn", "færgehavnen i Ebeltoft", "Mols-Linien", "ruten til Sjællands Odde"),
        "emne": ("færgeruten", "Mols-Linien"),
    },
    headlines=(
        "Mols-Linien [skærer afgange|hæver priserne] på ruten fra Ebeltoft",
        "Færgehavnen i Ebeltoft skal have nyt liv",
        "Pendlere: Billetpriserne er for høje",
        "Ny færge indsat på ruten [i foråret|til sommer]",
    ),
    lead=(
        "Ruten mellem Ebeltoft og Sjællands Odde havde sidste år [1,2|1,5] millioner passagerer.",
        "Syddjurs Kommune ønsker [flere afgange|lavere priser|en ny havneplan].",
        "Erhvervslivet på Djursland kalder færgen afgørende for området.",
    ),
    quotes=("P:Færgen er vores forbindelse til resten af landet", "O:Vi arbejder for at holde priserne nede"),
    titles=(
        "Færgen fra Ebeltoft – hvor dyr er den blevet?",
        "Aflyst færge igen i dag",
        "Rabatkort til færgen – værd det?",
    ),
    opinions=(
        "Det er blevet dyrt at pendle over vandet.",
        "Færgehavnen i Ebeltoft ligner noget der er glemt.",
        "Uden færgen dør Ebeltoft langsomt.",
        "Jeg tager altid færgen når vi skal til København.",
    ),
    replies=("Køb klippekort, det er billigere.", "Det er blæsten, ikke rederiet.", "Enig."),
)

LANDDISTRIKT = TopicSpec(
    id="bg-syddjurs-landdistrikt",
    title="Landsbyerne i Syddjurs: butikker, busser og fællesskab",
    municipality=SYDDJURS,
    keywords=("landsby", "butik", "lokalråd", "forsamlingshus"),
    section="Djursland",
    slots={
        "sted": ("Tirstrup", "Knebel", "Balle", "Nimtofte", "Feldballe", "Kolind"),
        "emne": ("landsbyerne", "livet på landet i Syddjurs"),
    },
    headlines=(
        "Sidste butik i {sted} lukker",
        "Landsbyen {sted} mister sin bus",
        "Ildsjæle i {sted} vil redde forsamlingshuset",
        "Lokalråd: Kommunen glemmer landsbyerne",
        "Fællesspisning i {sted} samler [150|200] mennesker",
    ),
    lead=(
        "Dagligvarebutikken i {sted} har [kæmpet|haft underskud] i flere år.",
        "Lokalrådet har sendt et brev til byrådet om [busforbindelser|bredbånd|skolevej].",
        "Kommunen har en pulje til udvikling af landdistrikterne.",
    ),
    quotes=(
        "C:Når butikken lukker, flytter de unge familier",
        "O:Vi gør det selv, for ellers sker der ikke noget",
    ),
    titles=(
        "Butikken i {sted} lukker – hvad gør vi?",
        "Fællesspisning i {sted} var et hit",
        "Bredbånd på landet er stadig elendigt",
    ),
    opinions=(
        "Uden en butik er {sted} ikke længere en rigtig landsby.",
        "Det er ildsjælene der holder liv i {sted}.",
        "Kommunen bruger alle pengene i Hornslet og Ebeltoft.",
        "Bussen kører to gange om dagen, det er ikke nok.",
    ),
    replies=("Støt op om den lokale købmand!", "Flot initiativ.", "Samme i Nimtofte."),
)

AELDRE = TopicSpec(
    id="bg-syddjurs-aeldre",
    title="Ældrepleje og plejeboliger i Syddjurs",
    municipality=SYDDJURS,
    keywords=("ældrepleje", "hjemmepleje", "plejehjem", "sosu"),
    section="Djursland",
    slots={
        "sted": (
            "plejehjemmet i Rønde",
            "ældrecentret i Ebeltoft",
            "hjemmeplejen i Hornslet",
            "plejecentret i Kolind",
        ),
        "emne": ("ældreplejen i Syddjurs",),
    },
    headlines=(
        "Hjemmeplejen i Syddjurs mangler [30|40] medarbejdere",
        "Pårørende: Min mor fik ikke sin medicin",
        "Nyt plejecenter i Rønde [godkendt|udskudt]",
        "Ældreplejen får ekstra millioner",
    ),
    lead=(
        "Kommunen har svært ved at rekruttere [social- og sundhedsassistenter|sygeplejersker].",
        "Byrådet har afsat [5|8] millioner kroner ekstra til ældreområdet.",
        "Ventelisten til en plejebolig er [tre|fire] måneder.",
    ),
    quotes=("O:Personalet gør alt hvad de kan", "P:Vi skal have flere hænder ind i ældreplejen"),
    titles=(
        "Hjemmeplejen i Syddjurs – oplevelser?",
        "Vi skal passe på vores ældre",
        "Plejebolig – hvor lang er ventetiden?",
    ),
    opinions=(
        "Min far får besøg af en ny hjælper hver eneste dag.",
        "Personalet på {sted} er fantastisk, men de løber alt for stærkt.",
        "Det er en skam at vores ældre skal vente så længe på en plejebolig.",
        "Der skal flere penge til, så enkelt er det.",
    ),
    replies=("Helt enig, det er et svigt.", "Tak til alle sosu'er derude.", "Skriv til ældrerådet."),
)

TURISME = TopicSpec(
    id="bg-syddjurs-turisme",
    title="Turisme og sommerhuse på Djursland",
    municipality=SYDDJURS,
    keywords=("turister", "sommerhus", "strand", "overnatninger"),
    section="Djursland",
    slots={
        "sted": ("Ebeltoft", "Femmøller Strand", "Fregatten Jylland", "Glasmuseet", "Ebeltoft Strand"),
        "emne": ("turismen på Djursland",),
    },
    headlines=(
        "Rekord: Flere turister end nogensinde på Djursland",
        "Sommerhusejere klager over [parkering|støj] ved {sted}",
        "Ebeltoft vil tiltrække flere turister uden for sæsonen",
        "{sted} får ny attraktion",
    ),
    lead=(
        "Turistorganisationen oplyser, at antallet af overnatninger steg med [6|9] procent.",
        "Turismen skaber [1.500|2.000] arbejdspladser i området.",
        "Kommunen vil bruge penge på [stier|toiletter|parkering] ved stranden.",
    ),
    quotes=("O:Turisterne er guld værd for byen", "C:Om sommeren kan vi ikke komme frem for biler"),
    titles=(
        "Bedste strand på Mols?",
        "Turister i Ebeltoft – fantastisk eller irriterende?",
        "Hvad skal man se i {sted}?",
    ),
    opinions=(
        "{sted} er helt fantastisk uden for sæsonen.",
        "Om sommeren er Ebeltoft én stor p-plads.",
        "Turismen er det eneste der holder butikkerne i gang.",
        "Vi skal passe på at naturen ikke bliver slidt op.",
    ),
    replies=(
        "Femmøller er bedst!",
        "Prøv Glasmuseet, det er virkelig fint.",
        "Enig, det er for meget om sommeren.",
    ),
)

SKOLE = TopicSpec(
    id="bg-syddjurs-skole",
    title="Skoler og skolebusser i Syddjurs",
    municipality=SYDDJURS,
    keywords=("skole", "skolebus", "lærere", "vikar"),
    section="Djursland",
    slots={
        "sted": ("Hornslet Skole", "Mørke Skole", "Rønde Skole", "Ebeltoft Skole", "Kolind Centralskole"),
        "emne": ("skolerne i Syddjurs",),
    },
    headlines=(
        "Syddjurs vil [renovere|udbygge] {sted}",
        "Forældre klager over skolebusserne",
        "Lærermangel: Hver femte time dækkes af vikarer",
        "Ny skolestrategi i Syddjurs",
    ),
    lead=(
        "Kommunen har afsat [20|35] millioner kroner til renovering.",
        "Skolebestyrelsen på {sted} har bedt om et møde med udvalget.",
        "Elevtallet forventes at [stige|falde] de kommende år.",
    ),
    quotes=(
        "P:Vi vil have gode skoler i hele kommunen",
        "C:Bussen kører så tidligt at de mindste er trætte inden skolen starter",
    ),
    titles=(
        "Skolebussen fra Tirstrup – kender andre det?",
        "Vikartimer på {sted}",
        "Ny skolestrategi – hvad betyder den?",
    ),
    opinions=(
        "Min søn på {sted} har haft vikar i dansk [hele efteråret|i seks uger].",
        "Skolebussen kører alt for tidligt om morgenen.",
        "Godt at der endelig kommer penge til {sted}.",
    ),
    replies=("Samme på Mørke Skole.", "Tal med skolebestyrelsen.", "Det er en landsdækkende udfordring."),
)

VEJE = TopicSpec(
    id="bg-syddjurs-veje",
    title="Veje og vejarbejde på Djursland",
    municipality=SYDDJURS,
    keywords=("vejarbejde", "rute 15", "omfartsvej", "kryds"),
    section="Djursland",
    slots={
        "sted": ("rute 15", "rute 21", "Hornslet omfartsvej", "vejen mellem Rønde og Ebeltoft", "Grenåvej"),
        "emne": ("vejene på Djursland",),
    },
    headlines=(
        "Vejarbejde på {sted}: Forvent forsinkelser",
        "Borgere efterlyser cykelsti langs {sted}",
        "Farligt kryds på {sted} skal ombygges",
        "Hornslet får omfartsvej – tidsplanen skrider",
    ),
    lead=(
        "Vejdirektoratet forventer at arbejdet varer [seks uger|tre måneder].",
        "Der har været [fire|seks] ulykker i krydset de seneste år.",
        "Projektet koster [45|60] millioner kroner.",
    ),
    quotes=("C:Vi har ventet på den vej i tyve år", "C:Der skal ske en ulykke mere før nogen gør noget"),
    titles=("Kø på {sted} hver morgen", "Hvornår er vejarbejdet færdigt?", "Farligt kryds ved Hornslet"),
    opinions=(
        "Det tager nu [20|30] minutter ekstra at køre til Aarhus.",
        "Der mangler en cykelsti langs {sted}, det er livsfarligt.",
        "Godt at der sker noget med vejene på Djursland.",
    ),
    replies=("Kør over Rønde i stedet.", "Enig, det er håbløst.", "Kommer det nogensinde?"),
)

OEKONOMI = TopicSpec(
    id="bg-national-oekonomi",
    title="Priser, renter og privatøkonomi",
    municipality=None,
    keywords=("inflation", "priser", "renten", "elpris"),
    section="Økonomi",
    slots={
        "vare": ("fødevarerne", "smørret", "kaffen", "elprisen", "huslejen"),
        "emne": ("priserne", "inflationen"),
    },
    headlines=(
        "Inflationen [stiger|falder] igen: {vare} bliver dyrere",
        "Nationalbanken [hæver|sænker] renten",
        "Danskerne sparer på varmen",
        "Økonomer: Værsgo at vente med at købe bolig",
    ),
    lead=(
        "Forbrugerpriserne steg med [2,1|2,8|3,4] procent det seneste år ifølge Danmarks Statistik.",
        "Især {vare} trækker op i prisindekset.",
        "Flere familier har svært ved at få økonomien til at hænge sammen.",
    ),
    quotes=(
        "O:Vi forventer at priserne stabiliserer sig i løbet af næste år",
        "C:Vi har skåret ned på alt det sjove",
    ),
    titles=(
        "Hvad gør I for at spare penge?",
        "{vare} er blevet helt vanvittig dyr",
        "Renten – fast eller variabel?",
    ),
    opinions=(
        "{vare} koster næsten det dobbelte af for to år siden.",
        "Vi handler kun i discountbutikker nu.",
        "Det er de unge familier der bliver ramt hårdest.",
        "Lønnen følger slet ikke med priserne.",
    ),
    replies=("Lidl er billigst.", "Det er krigen der driver det.", "Samme her, vi har opsagt streaming."),
    english=("Grocery prices in Denmark are getting ridiculous.",),
)

SYDDJURS_BACKGROUND = (FAERGE, LANDDISTRIKT, AELDRE, TURISME, SKOLE, VEJE)
NATIONAL_BACKGROUND = (OEKONOMI,)
