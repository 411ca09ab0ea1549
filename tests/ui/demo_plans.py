"""What the UI test deployment is made of: places, sources, and six planned local issues."""

from __future__ import annotations

from dataclasses import dataclass, field

from schema.raw import Platform, SourceKind

AARHUS, SYDDJURS = "0751", "0706"
CENTRES = {AARHUS: (56.1567, 10.2108), SYDDJURS: (56.3192, 10.5872)}
REMOTE_HOMES = ["0101", "0461", "0851", "0730", "0630", "0561", "0265", "0147", "0157", "0791"]

SOURCES = [
    ("aarhus-stiftstidende", SourceKind.NEWS_FEED, Platform.NEWS, "Aarhus Stiftstidende"),
    ("laeserbreve", SourceKind.HTML_LISTING, Platform.LETTERS, "Læserbreve"),
    ("reddit-aarhus", SourceKind.REDDIT, Platform.REDDIT, "r/Aarhus"),
    ("mastodon-dk", SourceKind.MASTODON, Platform.MASTODON, "Mastodon (#aarhus, #syddjurs)"),
    ("hoeringsportal", SourceKind.HTML_LISTING, Platform.CONSULTATION, "Høringsportalen"),
]


@dataclass
class IssuePlan:
    """One planned issue: where, what it says, and how it grows."""

    issue_id: str
    label: str
    municipality: str
    place: str
    keywords: list[str]
    sentences: list[str]
    cues: list[tuple[str, str, str]]
    daily: list[int]
    remote_share: float
    hashtags: list[str] = field(default_factory=list)
    status: str = "active"


PLANS = [
    IssuePlan(
        "issue-ingerslev-traer",
        "træ · fældning · Ingerslev Boulevard",
        AARHUS,
        "Ingerslev Boulevard",
        ["træ", "fældning", "ingerslev", "boulevard", "bevar", "lindetræ"],
        [
            "Kommunen vil fælde de gamle lindetræer på Ingerslev Boulevard for at lave nye cykelstier.",
            "Bevar træerne på Ingerslev Boulevard! De er over hundrede år gamle.",
            "Vi samler underskrifter mod fældningen af træerne på Ingerslev Boulevard.",
            "Mød op til borgermødet om træerne på torsdag kl. 19 i Frederiksbjerg.",
            "Skriv under nu – der er allerede 2.000 underskrifter for at redde træerne.",
            "Husk at sende et høringssvar om træfældningen inden fristen.",
        ],
        [
            ("petition", "underskriftindsamling", "Vi samler underskrifter mod fældningen"),
            ("show_up", "mød op", "Mød op til borgermødet om træerne på torsdag"),
            ("sign", "skriv under", "Skriv under nu – der er allerede 2.000 underskrifter"),
            ("save_stop", "bevar", "Bevar træerne på Ingerslev Boulevard!"),
        ],
        [0] * 44 + [1, 2, 1, 3, 2, 5, 9, 14, 22, 31, 38, 41],
        0.1,
        ["bevartræerne", "aarhus"],
    ),
    IssuePlan(
        "issue-mols-solceller",
        "solcelle · park · Mols Bjerge",
        SYDDJURS,
        "Mols Bjerge",
        ["solcelle", "park", "mols", "bjerge", "natur", "nationalpark"],
        [
            "Et solcelleanlæg på 200 hektar ved Mols Bjerge vil ødelægge nationalparken.",
            "Nej til solceller i Mols Bjerge – naturen tilhører hele Danmark.",
            "Del opslaget, så flere hører om solcelleparken ved Mols Bjerge.",
            "Her i Odense følger vi sagen om Mols Bjerge med stor bekymring.",
            "Skriv under mod solcelleparken: skrivunder.net/mols-bjerge",
        ],
        [
            ("save_stop", "nej til", "Nej til solceller i Mols Bjerge"),
            ("share", "del opslaget", "Del opslaget, så flere hører om solcelleparken"),
            ("petition_link", "skrivunder.net", "Skriv under mod solcelleparken: skrivunder.net/mols-bjerge"),
        ],
        [0] * 48 + [2, 4, 7, 12, 18, 24, 27, 25],
        0.7,
        ["redmolsbjerge"],
    ),
    IssuePlan(
        "issue-tranbjerg-skole",
        "skole · lukning · Tranbjerg",
        AARHUS,
        "Tranbjerg Skole",
        ["skole", "lukning", "tranbjerg", "elev", "budget"],
        [
            "Forslaget om at lukke Tranbjerg Skole møder modstand blandt forældrene.",
            "Byrådet diskuterer skolestrukturen, og Tranbjerg Skole er i farezonen.",
            "Forældrerådet på Tranbjerg Skole opfordrer alle til at sende høringssvar.",
        ],
        [("consultation", "høringssvar", "opfordrer alle til at sende høringssvar")],
        [0] * 20 + [1 + i // 5 + i % 2 for i in range(36)],
        0.05,
    ),
    IssuePlan(
        "issue-letbane",
        "letbane · forsinkelse · Aarhus",
        AARHUS,
        "Letbanen",
        ["letbane", "forsinkelse", "sporarbejde", "aflysning"],
        [
            "Letbanen er igen forsinket på strækningen mod Lystrup.",
            "Endnu en morgen med aflyste afgange på letbanen. Det er ikke holdbart.",
            "Sporarbejdet på letbanen varer tre uger længere end planlagt.",
        ],
        [],
        [3 + (i * 7) % 4 for i in range(56)],  # steady, heated, no calls to action
        0.15,
    ),
    IssuePlan(
        "issue-snerydning",
        "sne · rydning · Risskov",
        AARHUS,
        "Risskov",
        ["sne", "rydning", "vej", "saltning", "fortov"],
        [
            "Sneen er ikke ryddet på villavejene i Risskov.",
            "Hvornår bliver fortovene saltet i Risskov? Det er glat.",
        ],
        [],
        [0] * 30 + [2, 6, 9, 4, 2, 1] + [0] * 20,
        0.0,
        status="dormant",
    ),
    IssuePlan(
        "issue-ebeltoft-havn",
        "parkering · havn · Ebeltoft",
        SYDDJURS,
        "Ebeltoft Havn",
        ["parkering", "havn", "ebeltoft", "turist"],
        [
            "Parkeringsafgiften ved Ebeltoft Havn rammer de lokale handlende.",
            "Turisterne finder ingen parkering ved havnen i Ebeltoft om sommeren.",
        ],
        [],
        [1, 2, 1, 2, 3, 1, 2, 1, 1, 2] + [0] * 46,
        0.2,
        status="merged",
    ),
]

OPENERS = ["", "Ærligt talt: ", "Jeg må sige, at ", "Som borger synes jeg, ", "Kort sagt: "]
CLOSERS = ["", " Det må vi kunne gøre bedre.", " Hvad mener I?", " Tak for debatten.", " #dkpol"]
