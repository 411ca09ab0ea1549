"""A tiny template language for varied Danish text.

Syntax:
    ``{name}``      a slot, filled from the slots mapping (a value may itself be a template);
    ``[a|b|c]``     one of the alternatives, chosen at random (alternatives may nest);
    ``[?text]``     optional text, kept half of the time.

Everything is chosen with the caller's ``random.Random``, so expansion is deterministic.
"""

from __future__ import annotations

import random
import re
from collections.abc import Mapping, Sequence

_SLOT = re.compile(r"\{([a-zæøå_0-9]+)\}")
_GROUP = re.compile(r"\[([^\[\]]*)\]")
_MAX_DEPTH = 8


class TemplateError(ValueError):
    """A template names a slot that does not exist or nests too deeply."""


def expand(template: str, slots: Mapping[str, Sequence[str]], rng: random.Random, _depth: int = 0) -> str:
    """Expand a template: choose alternatives and fill slots, recursively.

    Examples:
        >>> expand("[Hej|Goddag] {by}", {"by": ["Viby J"]}, random.Random(1))
        'Hej Viby J'
    """
    if _depth > _MAX_DEPTH:
        raise TemplateError(f"template nests more than {_MAX_DEPTH} levels: {template[:60]!r}")
    text = _choose(template, rng)

    def fill(match: re.Match[str]) -> str:
        name = match.group(1)
        values = slots.get(name)
        if not values:
            raise TemplateError(f"unknown slot {{{name}}} in {template[:60]!r}")
        return expand(rng.choice(list(values)), slots, rng, _depth + 1)

    return _SLOT.sub(fill, text)


def _choose(text: str, rng: random.Random) -> str:
    """Resolve ``[...]`` groups from the innermost out."""
    while "[" in text:
        resolved = _GROUP.sub(lambda m: _pick(m.group(1), rng), text)
        if resolved == text:
            break
        text = resolved
    if "[" in text or "]" in text:
        raise TemplateError(f"unbalanced brackets in template: {text[:60]!r}")
    return text


def _pick(group: str, rng: random.Random) -> str:
    if group.startswith("?"):
        return group[1:] if rng.random() < 0.5 else ""
    return rng.choice(group.split("|"))


def tidy(text: str) -> str:
    """Collapse the spaces optional parts leave, and start each sentence with a capital letter."""
    text = re.sub(r"[ \t]+", " ", text)
    text = re.sub(r" ([,.!?:;])", r"\1", text).strip()
    return _SENTENCE_START.sub(_capital, text)


_SENTENCE_START = re.compile(r"(^|(\S*)[.!?] )([a-zæøå])")
_ABBREVIATIONS = frozenset({"kr", "kl", "ca", "nr", "bl.a", "f.eks", "mht", "vedr", "evt", "jf", "mv", "osv"})


def _capital(match: re.Match[str]) -> str:
    before = (match.group(2) or "").lower()
    if before in _ABBREVIATIONS:
        return match.group(0)
    return match.group(1) + match.group(3).upper()
