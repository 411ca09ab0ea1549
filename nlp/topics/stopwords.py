"""Danish stop words for the topic vectorizer: spaCy's list plus the debate's function words."""

from __future__ import annotations

from functools import cache

#: Words that carry no topic in Danish public debate but are not in spaCy's list: frequent
#: verbs (as lemmas), fillers and discourse particles of social media, abbreviations and web
#: residue. Call-to-action words ("skrive", "dele", "møde", "bevare", "stoppe") are NOT here:
#: they tell mobilisations apart.
# fmt: off
DOMAIN_FUNCTION_WORDS = frozenset({
    "altså", "bare", "egentlig", "faktisk", "helt", "hmm", "jamen", "jo", "ja", "nej", "okay", "ok",
    "rigtig", "rigtigt", "sgu", "simpelthen", "virkelig", "vel", "vist", "nok", "sikkert", "slet", "lige",
    "ret", "godt", "ganske", "bestemt", "netop", "især", "fx", "eks", "osv", "mv", "ift", "pga", "ca", "kl",
    "dvs", "bla", "evt", "inkl", "iflg", "mht", "vha", "hej", "hejsa", "tak", "mvh", "kh", "vh", "hilsen",
    "venlig", "venlige", "være", "have", "havde", "blive", "blev", "bliver", "gå", "går", "gik", "få",
    "får", "fik", "gøre", "gør", "gjorde", "komme", "kommer", "kom", "sige", "siger", "sagde", "se", "ser",
    "så", "tage", "tager", "tog", "give", "giver", "gav", "ville", "vil", "kunne", "kan", "skulle", "skal",
    "måtte", "må", "burde", "bør", "tro", "tror", "troede", "mene", "mener", "mente", "synes", "syntes",
    "vide", "ved", "vidste", "finde", "finder", "fandt", "stå", "står", "stod", "ligge", "ligger", "lå",
    "holde", "holder", "holdt", "lade", "lader", "lod", "kende", "kender", "sætte", "sætter", "bruge",
    "bruger", "ting", "sag", "sager", "gang", "gange", "måde", "dag", "dage", "år", "uge", "tid", "folk",
    "person", "personer", "man", "mand", "menneske", "mennesker", "noget", "nogen", "alle", "alt", "ingen",
    "intet", "anden", "andet", "andre", "hver", "hvert", "sådan", "sådanne", "således", "dertil", "hertil",
    "herfra", "derudover", "desuden", "endvidere", "http", "https", "www", "dk", "com", "org", "net",
    "html", "amp", "nbsp", "rt", "via",
})
# fmt: on


@cache
def danish_stop_words() -> tuple[str, ...]:
    """Danish stop words: spaCy's 219 plus the debate's function words, sorted.

    Examples:
        >>> "og" in danish_stop_words() and "gøre" in danish_stop_words()
        True
        >>> "bevare" in danish_stop_words()
        False
    """
    from spacy.lang.da.stop_words import STOP_WORDS

    return tuple(sorted({w.lower() for w in STOP_WORDS} | DOMAIN_FUNCTION_WORDS))
