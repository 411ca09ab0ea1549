"""How a person writes: case, typos, emoji, exclamation marks, hashtags.

The same sentence pool reads differently in different hands; a topic model has to see
through lower-case posts, typos and emoji, as on the real platforms.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass

EMOJI = (
    "😡",
    "🙏",
    "👍",
    "🌳",
    "💚",
    "😢",
    "🤦",
    "😂",
    "🙄",
    "❤️",
    "👏",
    "😤",
    "🚲",
    "☀️",
    "🤷",
    "💪",
    "😬",
    "📢",
)
_ASCII_FOLD = {"æ": "ae", "ø": "oe", "å": "aa", "Æ": "Ae", "Ø": "Oe", "Å": "Aa"}
_WORD = re.compile(r"\w{4,}")


@dataclass(frozen=True, slots=True)
class Style:
    """One person's writing habits (probabilities per text or per word)."""

    lowercase: bool = False
    typo_rate: float = 0.0
    emoji_rate: float = 0.0
    exclaim_rate: float = 0.0
    ascii_letters: bool = False
    no_final_period: bool = False

    @classmethod
    def draw(cls, rng: random.Random) -> Style:
        """A random but plausible style: most people write tidily, some do not."""
        sloppy = rng.random() < 0.25
        return cls(
            lowercase=rng.random() < (0.35 if sloppy else 0.05),
            typo_rate=rng.choice((0.0, 0.0, 0.01, 0.02)) + (0.03 if sloppy else 0.0),
            emoji_rate=rng.choice((0.0, 0.0, 0.1, 0.3, 0.6)),
            exclaim_rate=rng.choice((0.0, 0.05, 0.2)),
            ascii_letters=rng.random() < 0.02,
            no_final_period=sloppy and rng.random() < 0.5,
        )


FORMAL = Style()


def apply_style(text: str, style: Style, rng: random.Random, *, informal: bool = True) -> str:
    """Rewrite a text the way this person would type it.

    Formal texts (letters, consultation answers, news) only get the person's typos.
    """
    out = _typos(text, style.typo_rate, rng)
    if not informal:
        return out
    if style.ascii_letters:
        out = "".join(_ASCII_FOLD.get(ch, ch) for ch in out)
    if style.exclaim_rate and rng.random() < style.exclaim_rate:
        out = re.sub(r"\.(\s|$)", lambda m: "!" + m.group(1), out, count=1)
        out = out.rstrip(".") + rng.choice(("!", "!!", "!!!"))
    if style.no_final_period:
        out = out.rstrip(".")
    if style.lowercase:
        out = out.lower()
    if style.emoji_rate and rng.random() < style.emoji_rate:
        out = f"{out} {rng.choice(EMOJI)}" + (rng.choice(EMOJI) if rng.random() < 0.3 else "")
    return out


def _typos(text: str, rate: float, rng: random.Random) -> str:
    if rate <= 0:
        return text

    def maybe(match: re.Match[str]) -> str:
        word = match.group(0)
        if rng.random() >= rate:
            return word
        i = rng.randrange(1, len(word) - 1)
        kind = rng.randrange(4)
        if kind == 0:  # swap two letters
            return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
        if kind == 1:  # drop one
            return word[:i] + word[i + 1 :]
        if kind == 2:  # double one
            return word[:i] + word[i] + word[i:]
        return word[:i] + _ASCII_FOLD.get(word[i], word[i]) + word[i + 1 :]

    return _WORD.sub(maybe, text)
