"""Danish personal names and the user names people pick on Reddit and Mastodon."""

from __future__ import annotations

import random

FIRST_NAMES = (
    "Anne", "Mette", "Hanne", "Lene", "Susanne", "Camilla", "Louise", "Maria", "Sofie", "Ida", "Emma",
    "Julie", "Line", "Karen", "Birgitte", "Helle", "Tina", "Pia", "Kirsten", "Marianne", "Signe",
    "Freja", "Cecilie", "Maja", "Nanna", "Astrid", "Inger", "Lone", "Dorthe", "Gitte", "Rikke",
    "Jens", "Peter", "Lars", "Michael", "Henrik", "Thomas", "Søren", "Jan", "Niels", "Martin",
    "Anders", "Rasmus", "Mads", "Jesper", "Morten", "Kasper", "Christian", "Mikkel", "Frederik",
    "Jonas", "Emil", "Magnus", "Oliver", "Bent", "Poul", "Erik", "Torben", "Kim", "Ole", "Jørgen",
    "Steen", "Klaus", "Bo", "Jakob", "Simon", "Troels", "Asger", "Villads", "Esben", "Carsten",
    "Ahmed", "Fatima", "Ali", "Sara", "Omar", "Aisha", "Mehmet", "Leyla", "Anh", "Piotr",
)  # fmt: skip

MIDDLE_NAMES = (
    "Marie",
    "Louise",
    "Bach",
    "Holm",
    "Skov",
    "Kjær",
    "Dam",
    "Lund",
    "Juul",
    "Krogh",
    "Bundgaard",
)

LAST_NAMES = (
    "Jensen", "Nielsen", "Hansen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
    "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Christiansen",
    "Poulsen", "Johansen", "Møller", "Mortensen", "Knudsen", "Jakobsen", "Mikkelsen", "Lauridsen",
    "Frederiksen", "Bach", "Holm", "Kjær", "Dam", "Lund", "Skov", "Vestergaard", "Bruun", "Krogh",
    "Gade", "Dahl", "Lind", "Brandt", "Friis", "Ravn", "Bak", "Nygaard", "Overgaard", "Østergaard",
    "Winther", "Storm", "Berg", "Juhl", "Koch", "Hedegaard", "Thygesen", "Bisgaard", "Kirkegaard",
    "Mogensen", "Laursen", "Iversen", "Eriksen", "Svendsen", "Hussein", "Yilmaz", "Ahmadi", "Nguyen",
    "Kowalski", "Ibrahim", "Said",
)  # fmt: skip

_NICK_WORDS = (
    "cykel",
    "kaffe",
    "hygge",
    "regn",
    "fjord",
    "bøgeskov",
    "mågen",
    "rugbrød",
    "bolsje",
    "kanel",
    "tang",
    "vinter",
    "bakke",
    "havn",
    "snaps",
    "viking",
    "trille",
    "skovsnegl",
    "ravn",
    "sild",
)
_NICK_EN = ("Nordic", "Quiet", "Grumpy", "Happy", "Lazy", "Salty", "Rainy", "Danish", "Cozy", "Random")
_NICK_EN2 = ("Biscuit", "Viking", "Herring", "Potato", "Cyclist", "Otter", "Moose", "Pancake", "Raven")


def person_name(rng: random.Random) -> str:
    """A full Danish name; one in six has a middle name."""
    first = rng.choice(FIRST_NAMES)
    last = rng.choice(LAST_NAMES)
    if rng.random() < 1 / 6:
        middle = rng.choice(MIDDLE_NAMES)
        if middle != last:
            return f"{first} {middle} {last}"
    return f"{first} {last}"


def user_name(rng: random.Random, name: str) -> str:
    """A handle such as 'mads_k', 'kaffebakke88' or 'GrumpyHerring'."""
    first, *_, last = name.split()
    kind = rng.randrange(6)
    if kind == 0:
        return f"{first.lower()}_{last[0].lower()}"
    if kind == 1:
        return f"{first.lower()}{last.lower()}{rng.randrange(60, 100)}"
    if kind == 2:
        return f"{rng.choice(_NICK_WORDS)}{rng.choice(_NICK_WORDS)}{rng.randrange(1, 99)}"
    if kind == 3:
        return f"{rng.choice(_NICK_EN)}{rng.choice(_NICK_EN2)}{rng.randrange(100, 9999)}"
    if kind == 4:
        return f"{first}{last[:3]}"
    return f"{rng.choice(_NICK_WORDS)}_{first.lower()}"


def ascii_handle(handle: str) -> str:
    """Handles allow only ASCII letters, digits and '_'."""
    folded = handle.replace("æ", "ae").replace("ø", "oe").replace("å", "aa")
    folded = folded.replace("Æ", "Ae").replace("Ø", "Oe").replace("Å", "Aa")
    return "".join(ch for ch in folded if ch.isascii() and (ch.isalnum() or ch == "_"))
