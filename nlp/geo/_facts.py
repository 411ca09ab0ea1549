"""Public fact tables of Danish administrative geography, written out in the code.

Sources:
- The 98 municipalities with their four-digit codes, Danish names and regions: the official
  list of Danmarks Administrative Geografiske Inddeling (DAGI, Klimadatastyrelsen) as published
  by Danmarks Statistik (classification KOMMUNER, in force since 2007-01-01).
- The five regions and their codes: the same classification (REGIONER).
- City districts (bydele) of København, Aarhus, Odense and Aalborg: the municipalities' own
  district names (København's 10 bydele; Aarhus's, Odense's and Aalborg's well-known districts).
- Landscapes (Jylland, Fyn, Djursland ...) and demonyms ("aarhusianer"): Den Danske Ordbog.
- Danish names of foreign countries: Retskrivningsordbogen's list of country names.

Everything else (towns, postcodes, coordinates) comes from installed packages; see _sources.py.
"""

from __future__ import annotations

#: region code -> official Danish name
REGIONS: dict[str, str] = {
    "1081": "Region Nordjylland",
    "1082": "Region Midtjylland",
    "1083": "Region Syddanmark",
    "1084": "Region Hovedstaden",
    "1085": "Region Sjælland",
}

#: (code, Danish name, region code) of the 98 municipalities
MUNICIPALITIES: tuple[tuple[str, str, str], ...] = (
    ("0101", "København", "1084"),
    ("0147", "Frederiksberg", "1084"),
    ("0151", "Ballerup", "1084"),
    ("0153", "Brøndby", "1084"),
    ("0155", "Dragør", "1084"),
    ("0157", "Gentofte", "1084"),
    ("0159", "Gladsaxe", "1084"),
    ("0161", "Glostrup", "1084"),
    ("0163", "Herlev", "1084"),
    ("0165", "Albertslund", "1084"),
    ("0167", "Hvidovre", "1084"),
    ("0169", "Høje-Taastrup", "1084"),
    ("0173", "Lyngby-Taarbæk", "1084"),
    ("0175", "Rødovre", "1084"),
    ("0183", "Ishøj", "1084"),
    ("0185", "Tårnby", "1084"),
    ("0187", "Vallensbæk", "1084"),
    ("0190", "Furesø", "1084"),
    ("0201", "Allerød", "1084"),
    ("0210", "Fredensborg", "1084"),
    ("0217", "Helsingør", "1084"),
    ("0219", "Hillerød", "1084"),
    ("0223", "Hørsholm", "1084"),
    ("0230", "Rudersdal", "1084"),
    ("0240", "Egedal", "1084"),
    ("0250", "Frederikssund", "1084"),
    ("0253", "Greve", "1085"),
    ("0259", "Køge", "1085"),
    ("0260", "Halsnæs", "1084"),
    ("0265", "Roskilde", "1085"),
    ("0269", "Solrød", "1085"),
    ("0270", "Gribskov", "1084"),
    ("0306", "Odsherred", "1085"),
    ("0316", "Holbæk", "1085"),
    ("0320", "Faxe", "1085"),
    ("0326", "Kalundborg", "1085"),
    ("0329", "Ringsted", "1085"),
    ("0330", "Slagelse", "1085"),
    ("0336", "Stevns", "1085"),
    ("0340", "Sorø", "1085"),
    ("0350", "Lejre", "1085"),
    ("0360", "Lolland", "1085"),
    ("0370", "Næstved", "1085"),
    ("0376", "Guldborgsund", "1085"),
    ("0390", "Vordingborg", "1085"),
    ("0400", "Bornholm", "1084"),
    ("0410", "Middelfart", "1083"),
    ("0420", "Assens", "1083"),
    ("0430", "Faaborg-Midtfyn", "1083"),
    ("0440", "Kerteminde", "1083"),
    ("0450", "Nyborg", "1083"),
    ("0461", "Odense", "1083"),
    ("0479", "Svendborg", "1083"),
    ("0480", "Nordfyns", "1083"),
    ("0482", "Langeland", "1083"),
    ("0492", "Ærø", "1083"),
    ("0510", "Haderslev", "1083"),
    ("0530", "Billund", "1083"),
    ("0540", "Sønderborg", "1083"),
    ("0550", "Tønder", "1083"),
    ("0561", "Esbjerg", "1083"),
    ("0563", "Fanø", "1083"),
    ("0573", "Varde", "1083"),
    ("0575", "Vejen", "1083"),
    ("0580", "Aabenraa", "1083"),
    ("0607", "Fredericia", "1083"),
    ("0615", "Horsens", "1082"),
    ("0621", "Kolding", "1083"),
    ("0630", "Vejle", "1083"),
    ("0657", "Herning", "1082"),
    ("0661", "Holstebro", "1082"),
    ("0665", "Lemvig", "1082"),
    ("0671", "Struer", "1082"),
    ("0706", "Syddjurs", "1082"),
    ("0707", "Norddjurs", "1082"),
    ("0710", "Favrskov", "1082"),
    ("0727", "Odder", "1082"),
    ("0730", "Randers", "1082"),
    ("0740", "Silkeborg", "1082"),
    ("0741", "Samsø", "1082"),
    ("0746", "Skanderborg", "1082"),
    ("0751", "Aarhus", "1082"),
    ("0756", "Ikast-Brande", "1082"),
    ("0760", "Ringkøbing-Skjern", "1082"),
    ("0766", "Hedensted", "1082"),
    ("0773", "Morsø", "1081"),
    ("0779", "Skive", "1082"),
    ("0787", "Thisted", "1081"),
    ("0791", "Viborg", "1082"),
    ("0810", "Brønderslev", "1081"),
    ("0813", "Frederikshavn", "1081"),
    ("0820", "Vesthimmerland", "1081"),
    ("0825", "Læsø", "1081"),
    ("0840", "Rebild", "1081"),
    ("0846", "Mariagerfjord", "1081"),
    ("0849", "Jammerbugt", "1081"),
    ("0851", "Aalborg", "1081"),
    ("0860", "Hjørring", "1081"),
)

#: other spellings of municipality names (the official name is in MUNICIPALITIES)
MUNICIPALITY_ALIASES: dict[str, str] = {
    "Århus": "0751",
    "Ålborg": "0851",
    "Åbenrå": "0580",
    "Kjøbenhavn": "0101",
    "Copenhagen": "0101",
    "Kbh": "0101",
    "Kbh.": "0101",
    "KBH": "0101",
    "CPH": "0101",
    "Cph": "0101",
    "Høje Taastrup": "0169",
    "Lyngby": "0173",
    "Kongens Lyngby": "0173",
    "Vesthimmerlands": "0820",
    "Nordfyn": "0480",
    "Ikast": "0756",
    "Brande": "0756",
    "Ringkøbing": "0760",
    "Skjern": "0760",
    "Faaborg": "0430",
    "Midtfyn": "0430",
    "Læso": "0825",
    "Gladsaxe Municipality": "0159",
}

#: city districts that are neither postcodes nor towns in the packaged data: name -> municipality
DISTRICTS: dict[str, str] = {
    # København (the ten bydele and well-known quarters)
    "Indre By": "0101",
    "Østerbro": "0101",
    "Nørrebro": "0101",
    "Vesterbro": "0101",
    "Kongens Enghave": "0101",
    "Sydhavnen": "0101",
    "Valby": "0101",
    "Vanløse": "0101",
    "Brønshøj": "0101",
    "Husum": "0101",
    "Bispebjerg": "0101",
    "Nordvest": "0101",
    "Amager Øst": "0101",
    "Amager Vest": "0101",
    "Amagerbro": "0101",
    "Islands Brygge": "0101",
    "Ørestad": "0101",
    "Christianshavn": "0101",
    "Christiania": "0101",
    "Nordhavn": "0101",
    "Sundby": "0101",
    # Aarhus
    "Midtbyen": "0751",
    "Frederiksbjerg": "0751",
    "Trøjborg": "0751",
    "Gellerup": "0751",
    "Hasle": "0751",
    "Skejby": "0751",
    "Vejlby": "0751",
    "Holme": "0751",
    "Gammel Brabrand": "0751",
    "Aarhus Ø": "0751",
    "Aarhus Havn": "0751",
    "Bispehaven": "0751",
    "Herredsvang": "0751",
    "Ellekær": "0751",
    "Christiansbjerg": "0751",
    "Elev": "0751",
    "Lisbjerg": "0751",
    "Harlev": "0751",
    "Sønderhøj": "0751",
    # Odense
    "Vollsmose": "0461",
    "Bolbro": "0461",
    "Dalum": "0461",
    "Hjallese": "0461",
    "Tarup": "0461",
    "Bellinge": "0461",
    "Holluf Pile": "0461",
    "Fraugde": "0461",
    "Korup": "0461",
    "Sanderum": "0461",
    # Aalborg
    "Hasseris": "0851",
    "Vejgaard": "0851",
    "Aalborg Øst": "0851",
    "Gug": "0851",
    "Skalborg": "0851",
    "Nørresundby": "0851",
    "Vestbyen": "0851",
}

#: landscapes and parts of the country: no single municipality, kind 'region'
# fmt: off
LANDSCAPES: tuple[str, ...] = (
    "Danmark", "Jylland", "Nordjylland", "Midtjylland", "Østjylland", "Vestjylland", "Sydjylland",
    "Sønderjylland", "Midt- og Vestjylland", "Fyn", "Sydfyn", "Nordfyn", "Vestfyn", "Sjælland",
    "Nordsjælland", "Vestsjælland", "Sydsjælland", "Midtsjælland", "Østsjælland", "Djursland",
    "Himmerland", "Vendsyssel", "Thy", "Salling", "Mols", "Lolland-Falster", "Falster", "Møn",
    "Storkøbenhavn", "Hovedstadsområdet", "Trekantområdet", "Syddanmark", "Limfjorden", "Vadehavet",
)
# fmt: on

#: short forms of region names -> region code
REGION_ALIASES: dict[str, str] = {
    "Region Nordjylland": "1081",
    "Region Midtjylland": "1082",
    "Region Syddanmark": "1083",
    "Region Hovedstaden": "1084",
    "Region Sjælland": "1085",
    "Region Midt": "1082",
    "Region Nord": "1081",
    "Region Syd": "1083",
}

#: singular demonyms -> municipality; inflected forms are generated (-e, -ne, -en, -s)
DEMONYMS: dict[str, str] = {
    "aarhusianer": "0751",
    "århusianer": "0751",
    "københavner": "0101",
    "odenseaner": "0461",
    "aalborgenser": "0851",
    "ålborgenser": "0851",
    "esbjergenser": "0561",
    "randrusianer": "0730",
    "horsensianer": "0615",
    "vejlenser": "0630",
    "koldingenser": "0621",
    "silkeborgenser": "0740",
    "viborgenser": "0791",
    "svendborgenser": "0479",
    "roskildenser": "0265",
    "helsingoraner": "0217",
    "herningenser": "0657",
    "fredericianer": "0607",
    "frederiksberger": "0147",
    "bornholmer": "0400",
    "samsing": "0741",
    "fanniker": "0563",
    "læsøbo": "0825",
    "ærøbo": "0492",
    "morsingbo": "0773",
    "langelænder": "0482",
    "nørrebroer": "0101",
    "vesterbroer": "0101",
    "østerbroer": "0101",
    "amagerkaner": "0101",
    "hillerødborger": "0219",
    "skanderborgenser": "0746",
    "holstebroenser": "0661",
    "sønderborgenser": "0540",
    "haderslevenser": "0510",
    "næstvedborger": "0370",
}

#: Danish names of countries, continents and foreign capitals (recognised as LOC only)
# fmt: off
FOREIGN_PLACES: tuple[str, ...] = (
    "Europa", "Asien", "Afrika", "Amerika", "Nordamerika", "Sydamerika", "Australien", "Norden",
    "Skandinavien", "Grønland", "Færøerne", "Island", "Norge", "Sverige", "Finland", "Tyskland",
    "Holland", "Nederlandene", "Belgien", "Frankrig", "Spanien", "Portugal", "Italien", "Grækenland",
    "Schweiz", "Østrig", "Polen", "Tjekkiet", "Ungarn", "Rumænien", "Bulgarien", "Ukraine", "Rusland",
    "Estland", "Letland", "Litauen", "Irland", "England", "Skotland", "Wales", "Storbritannien", "UK",
    "USA", "Canada", "Mexico", "Brasilien", "Argentina", "Kina", "Japan", "Indien", "Pakistan",
    "Afghanistan", "Irak", "Iran", "Syrien", "Tyrkiet", "Israel", "Palæstina", "Gaza", "Egypten",
    "Libanon", "Somalia", "Marokko", "Kosovo", "Serbien", "Bosnien", "Kroatien", "Sydafrika",
    "Nigeria", "Vietnam", "Thailand", "Indonesien", "Korea", "Sydkorea", "Nordkorea", "Berlin",
    "London", "Paris", "Oslo", "Stockholm", "Malmö", "Malmø", "Hamborg", "Bruxelles", "Washington",
    "New York", "Moskva", "Beijing", "Kiev", "Kyiv", "Rom", "Madrid", "Nuuk", "Tórshavn", "Flensborg",
    "Sydslesvig", "Slesvig", "Göteborg", "Gøteborg", "Helsingborg",
)
# fmt: on

#: the most common Danish first names (Danmarks Statistik, "Navne i hele befolkningen"): a town
#: name right after one of these is a surname ('Jens Borup', 'Mette Lystrup')
# fmt: off
FIRST_NAMES: frozenset[str] = frozenset({
    "anders", "anna", "anne", "bente", "birgit", "camilla", "carsten", "charlotte", "christian",
    "dorte", "emma", "frederik", "gitte", "hanne", "hans", "helle", "henrik", "ida", "inge", "jan",
    "jens", "jesper", "jette", "julie", "jørgen", "karen", "kasper", "katrine", "kim", "kirsten",
    "lars", "lasse", "lene", "lise", "lone", "louise", "mads", "maja", "maria", "marianne", "martin",
    "mathias", "mette", "michael", "mikkel", "morten", "niels", "ole", "per", "peter", "pia", "poul",
    "rasmus", "sofie", "steen", "susanne", "søren", "thomas", "tina", "torben",
})
# fmt: on
