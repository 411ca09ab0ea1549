"""The writing varies like real Danish debate, and location signals are realistic, not labels."""

from __future__ import annotations

import difflib
import re
from collections import Counter

from simulator._catalog import reveals_home
from simulator._places import AARHUS, ALL_TOWNS

_EMOJI = re.compile("[\U0001f300-\U0001faff☀❤]")


def test_texts_vary(items):
    short = [i.text for i in items if i.platform in ("reddit", "mastodon")]
    assert len(set(short)) / len(short) >= 0.9
    words = Counter(w for t in short for w in re.findall(r"\w+", t.lower()))
    assert len(words) >= 1_200


def test_informal_writing_has_lower_case_typos_emoji_and_some_english(items):
    texts = [i.text for i in items if i.platform in ("reddit", "mastodon")]
    assert sum(t == t.lower() and any(c.isalpha() for c in t) for t in texts) >= 50
    assert sum(bool(_EMOJI.search(t)) for t in texts) >= 100
    assert sum(t.endswith(("!!", "!!!")) or "!! " in t for t in texts) >= 20
    english = [t for t in texts if re.search(r"\b(the|is|anyone|what)\b", t) and not re.search(r"[æøå]", t)]
    assert 10 <= len(english) <= 0.15 * len(texts)
    dictionary = Counter(w for t in texts for w in re.findall(r"\w+", t.lower()))
    typos = [w for w in ("vanvittigt", "kommunen", "borgerne") if dictionary[w]]
    variants = sum(n for w, n in dictionary.items() if len(w) > 6 and n == 1)
    assert typos and variants >= 200  # misspelt one-offs next to the common words


def test_letters_are_signed_and_answers_give_postcode_and_town(scenario):
    people = scenario.corpus.population.by_key
    for letter in scenario.corpus.letters:
        name, _, town = letter.signature.rpartition(", ")
        assert name == people[letter.author].name and town in people[letter.author].town.signature_forms()
    towns = {(t.postcode, t.post_town) for t in ALL_TOWNS}
    assert all((a.postcode, a.town) in towns for a in scenario.corpus.answers)


def test_ambiguous_viby_appears_from_both_municipalities(scenario):
    truth = scenario.truth
    viby = Counter()
    for letter in scenario.corpus.letters:
        if letter.signature.endswith(("Viby", "Viby J", "Viby J.", "Viby Sj.", "Viby Sjælland")):
            viby[truth.authors[letter.author].home_code] += 1
    people = scenario.corpus.population.people
    homes = {p.home_code for p in people if p.town.name in ("Viby J", "Viby Sjælland")}
    assert homes == {AARHUS, "0265"}
    assert viby[AARHUS] >= 1


def _fold(text: str) -> list[str]:
    text = text.lower().replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    return re.findall(r"\w+", text)


def test_self_references_name_the_authors_real_home(scenario):
    refs = scenario.corpus.self_refs
    assert len(refs) >= 150
    people = scenario.corpus.population.by_key
    toots = [t for t in scenario.corpus.toots if f"toot:{t.id}" in refs]
    assert len(toots) >= 20
    for toot in toots:
        person = people[toot.account]
        words = _fold(toot.text)
        best = 0.0
        for form in {*person.town.signature_forms(), person.town.name}:
            target = " ".join(_fold(form))
            n = len(target.split())
            grams = [" ".join(words[k : k + n]) for k in range(len(words) - n + 1)]
            best = max([best, *(difflib.SequenceMatcher(None, g, target).ratio() for g in grams)])
        assert best >= 0.8, (toot.text, person.town.name)  # typos may hit the town name too


def test_mastodon_profiles_reveal_home_only_sometimes(scenario):
    people = [p for p in scenario.corpus.population.people if p.mastodon and p.role is None]
    share = sum(reveals_home(p.mastodon, p) for p in people) / len(people)
    assert 0.4 <= share <= 0.8
    coarse = [p for p in people if any(v in ("Danmark", "Jylland", "DK") for _, v in p.mastodon.fields)]
    assert coarse
