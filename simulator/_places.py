"""Real Danish places the simulated people live in and write about.

Public facts: municipality codes and names (DAGI / Danmarks Statistik), postcodes and
post-town names (PostNord). ``tests/simulator/test_places.py`` checks every entry against
the reference tables in ../shared/data (test data, never read here).
"""

from __future__ import annotations

from dataclasses import dataclass

AARHUS = "0751"
SYDDJURS = "0706"

MUNICIPALITIES: dict[str, str] = {
    "0101": "København", "0147": "Frederiksberg", "0157": "Gentofte", "0173": "Lyngby-Taarbæk",
    "0217": "Helsingør", "0219": "Hillerød", "0223": "Hørsholm", "0259": "Køge", "0265": "Roskilde",
    "0316": "Holbæk", "0330": "Slagelse", "0370": "Næstved", "0376": "Guldborgsund", "0461": "Odense",
    "0479": "Svendborg", "0510": "Haderslev", "0540": "Sønderborg", "0561": "Esbjerg", "0580": "Aabenraa",
    "0607": "Fredericia", "0615": "Horsens", "0621": "Kolding", "0630": "Vejle", "0657": "Herning",
    "0661": "Holstebro", "0706": "Syddjurs", "0707": "Norddjurs", "0710": "Favrskov", "0727": "Odder",
    "0730": "Randers", "0740": "Silkeborg", "0746": "Skanderborg", "0751": "Aarhus", "0787": "Thisted",
    "0791": "Viborg", "0813": "Frederikshavn", "0851": "Aalborg", "0860": "Hjørring",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Town:
    """A place people live: what they call it, its postcode and post town, its municipality."""

    name: str
    postcode: str
    post_town: str
    code: str
    weight: float = 1.0
    signatures: tuple[str, ...] = ()
    demonym: str | None = None

    def signature_forms(self) -> tuple[str, ...]:
        """How people sign a letter from here ('Viby J', 'Viby', '8260 Viby J')."""
        return self.signatures or (self.name,)


def _t(name: str, pc: str, post: str, code: str, w: float = 1.0, *sig: str, dem: str | None = None) -> Town:
    return Town(name, pc, post, code, w, tuple(sig), dem)


AARHUS_TOWNS: tuple[Town, ...] = (
    _t("Aarhus C", "8000", "Aarhus C", AARHUS, 6, "Aarhus C", "Aarhus", "Århus C", dem="aarhusianer"),
    _t("Frederiksbjerg", "8000", "Aarhus C", AARHUS, 3, "Frederiksbjerg", "Aarhus C", dem="aarhusianer"),
    _t("Trøjborg", "8000", "Aarhus C", AARHUS, 2, "Trøjborg", "Aarhus C", dem="aarhusianer"),
    _t("Aarhus N", "8200", "Aarhus N", AARHUS, 4, "Aarhus N", "Århus N", dem="aarhusianer"),
    _t("Hasle", "8210", "Aarhus V", AARHUS, 2, "Hasle", "Aarhus V"),
    _t("Aarhus V", "8210", "Aarhus V", AARHUS, 2, "Aarhus V"),
    _t("Brabrand", "8220", "Brabrand", AARHUS, 3, "Brabrand"),
    _t("Gellerup", "8220", "Brabrand", AARHUS, 2, "Gellerup", "Brabrand"),
    _t("Åbyhøj", "8230", "Åbyhøj", AARHUS, 2, "Åbyhøj"),
    _t("Risskov", "8240", "Risskov", AARHUS, 3, "Risskov"),
    _t("Egå", "8250", "Egå", AARHUS, 1, "Egå"),
    _t("Viby J", "8260", "Viby J", AARHUS, 4, "Viby J", "Viby", "Viby J."),
    _t("Højbjerg", "8270", "Højbjerg", AARHUS, 3, "Højbjerg"),
    _t("Tranbjerg", "8310", "Tranbjerg J", AARHUS, 2, "Tranbjerg J", "Tranbjerg"),
    _t("Mårslet", "8320", "Mårslet", AARHUS, 1, "Mårslet"),
    _t("Beder", "8330", "Beder", AARHUS, 1, "Beder"),
    _t("Malling", "8340", "Malling", AARHUS, 1, "Malling"),
    _t("Solbjerg", "8355", "Solbjerg", AARHUS, 1, "Solbjerg"),
    _t("Tilst", "8381", "Tilst", AARHUS, 1, "Tilst"),
    _t("Sabro", "8471", "Sabro", AARHUS, 1, "Sabro"),
    _t("Harlev", "8462", "Harlev J", AARHUS, 1, "Harlev J", "Harlev"),
    _t("Lystrup", "8520", "Lystrup", AARHUS, 2, "Lystrup"),
    _t("Hjortshøj", "8530", "Hjortshøj", AARHUS, 1, "Hjortshøj"),
    _t("Skødstrup", "8541", "Skødstrup", AARHUS, 1, "Skødstrup"),
)

SYDDJURS_TOWNS: tuple[Town, ...] = (
    _t("Ebeltoft", "8400", "Ebeltoft", SYDDJURS, 4, "Ebeltoft", dem="ebeltoftborger"),
    _t("Femmøller", "8400", "Ebeltoft", SYDDJURS, 1, "Femmøller", "Ebeltoft"),
    _t("Tirstrup", "8400", "Ebeltoft", SYDDJURS, 1, "Tirstrup"),
    _t("Rønde", "8410", "Rønde", SYDDJURS, 3, "Rønde"),
    _t("Feldballe", "8410", "Rønde", SYDDJURS, 1, "Feldballe", "Rønde"),
    _t("Knebel", "8420", "Knebel", SYDDJURS, 1, "Knebel"),
    _t("Balle", "8444", "Balle", SYDDJURS, 1, "Balle"),
    _t("Hornslet", "8543", "Hornslet", SYDDJURS, 3, "Hornslet"),
    _t("Mørke", "8544", "Mørke", SYDDJURS, 2, "Mørke"),
    _t("Ryomgård", "8550", "Ryomgård", SYDDJURS, 1, "Ryomgård"),
    _t("Kolind", "8560", "Kolind", SYDDJURS, 1, "Kolind"),
    _t("Thorsager", "8410", "Rønde", SYDDJURS, 1, "Thorsager"),
    _t("Nimtofte", "8581", "Nimtofte", SYDDJURS, 1, "Nimtofte"),
)

#: towns all over Denmark; weights roughly follow population. Viby Sjælland is the Viby trap.
REMOTE_TOWNS: tuple[Town, ...] = (
    _t(
        "København", "2200", "København N", "0101", 14, "København", "København N", "Kbh N", dem="københavner"
    ),
    _t("København S", "2300", "København S", "0101", 6, "København S", "Amager", dem="københavner"),
    _t("Valby", "2500", "Valby", "0101", 4, "Valby", dem="københavner"),
    _t("Frederiksberg", "2000", "Frederiksberg", "0147", 5, "Frederiksberg"),
    _t("Charlottenlund", "2920", "Charlottenlund", "0157", 2, "Charlottenlund"),
    _t("Kongens Lyngby", "2800", "Kongens Lyngby", "0173", 2, "Kgs. Lyngby", "Lyngby"),
    _t("Helsingør", "3000", "Helsingør", "0217", 2, "Helsingør"),
    _t("Hillerød", "3400", "Hillerød", "0219", 2, "Hillerød"),
    _t("Hørsholm", "2970", "Hørsholm", "0223", 1, "Hørsholm"),
    _t("Roskilde", "4000", "Roskilde", "0265", 3, "Roskilde", dem="roskildenser"),
    _t("Viby Sjælland", "4130", "Viby Sjælland", "0265", 1, "Viby Sj.", "Viby", "Viby Sjælland"),
    _t("Køge", "4600", "Køge", "0259", 2, "Køge"),
    _t("Holbæk", "4300", "Holbæk", "0316", 2, "Holbæk"),
    _t("Slagelse", "4200", "Slagelse", "0330", 2, "Slagelse"),
    _t("Næstved", "4700", "Næstved", "0370", 2, "Næstved"),
    _t("Nykøbing F", "4800", "Nykøbing F", "0376", 1, "Nykøbing F"),
    _t("Odense", "5000", "Odense C", "0461", 8, "Odense", "Odense C", dem="odenseaner"),
    _t("Odense M", "5230", "Odense M", "0461", 2, "Odense M", "Odense"),
    _t("Svendborg", "5700", "Svendborg", "0479", 2, "Svendborg"),
    _t("Haderslev", "6100", "Haderslev", "0510", 1, "Haderslev"),
    _t("Sønderborg", "6400", "Sønderborg", "0540", 2, "Sønderborg"),
    _t("Esbjerg", "6700", "Esbjerg", "0561", 4, "Esbjerg", dem="esbjergenser"),
    _t("Aabenraa", "6200", "Aabenraa", "0580", 1, "Aabenraa"),
    _t("Fredericia", "7000", "Fredericia", "0607", 2, "Fredericia"),
    _t("Horsens", "8700", "Horsens", "0615", 3, "Horsens", dem="horsenser"),
    _t("Kolding", "6000", "Kolding", "0621", 3, "Kolding"),
    _t("Vejle", "7100", "Vejle", "0630", 3, "Vejle", dem="vejlenser"),
    _t("Herning", "7400", "Herning", "0657", 3, "Herning"),
    _t("Holstebro", "7500", "Holstebro", "0661", 2, "Holstebro"),
    _t("Grenaa", "8500", "Grenaa", "0707", 2, "Grenaa", "Grenå"),
    _t("Hinnerup", "8382", "Hinnerup", "0710", 1, "Hinnerup"),
    _t("Odder", "8300", "Odder", "0727", 1, "Odder"),
    _t("Randers", "8900", "Randers C", "0730", 4, "Randers", dem="randrusianer"),
    _t("Silkeborg", "8600", "Silkeborg", "0740", 3, "Silkeborg"),
    _t("Skanderborg", "8660", "Skanderborg", "0746", 2, "Skanderborg"),
    _t("Thisted", "7700", "Thisted", "0787", 1, "Thisted"),
    _t("Viborg", "8800", "Viborg", "0791", 2, "Viborg"),
    _t("Frederikshavn", "9900", "Frederikshavn", "0813", 2, "Frederikshavn"),
    _t("Aalborg", "9000", "Aalborg", "0851", 7, "Aalborg", dem="aalborgenser"),
    _t("Hjørring", "9800", "Hjørring", "0860", 2, "Hjørring"),
)

ALL_TOWNS: tuple[Town, ...] = AARHUS_TOWNS + SYDDJURS_TOWNS + REMOTE_TOWNS


def towns_of(code: str) -> tuple[Town, ...]:
    """The towns of one municipality (remote ones for any other code)."""
    if code == AARHUS:
        return AARHUS_TOWNS
    if code == SYDDJURS:
        return SYDDJURS_TOWNS
    return tuple(t for t in REMOTE_TOWNS if t.code == code)
