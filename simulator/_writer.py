"""Writes the texts: posts, comments, toots, letters, consultation answers and news articles."""

from __future__ import annotations

import random
from dataclasses import dataclass

from simulator._names import person_name
from simulator._people import Person
from simulator._places import MUNICIPALITIES, REMOTE_TOWNS, towns_of
from simulator._style import apply_style
from simulator._synonyms import vary
from simulator._template import expand, tidy
from simulator.topics import TopicSpec
from simulator.topics._generic import (
    ASIDES,
    CONSULTATION_CLOSERS,
    CONSULTATION_OPENERS,
    LETTER_CLOSERS,
    LETTER_OPENERS,
    REACTIONS,
    REMOTE_REFS,
    SELF_REFS,
    WEEKDAYS,
)

#: who speaks for the municipality in quotes
OFFICIALS: dict[str, dict[str, tuple[str, ...]]] = {
    "0751": {"borgmester": ("Henrik Skov Mortensen",), "rådmand": ("Jonas Vinther", "Sanne Friis Holm")},
    "0706": {"borgmester": ("Lene Bach Kristensen",), "rådmand": ("Mogens Thygesen",)},
}
_NATIONAL_OFFICIALS: dict[str, tuple[str, ...]] = {
    "borgmester": ("Lene Bach Kristensen",),
    "rådmand": ("Jonas Vinther",),
}
_WHO = {
    "P": ("rådmand {rådmand}", "borgmester {borgmester}", "byrådsmedlem {navn}", "udvalgsformand {navn}"),
    "C": ("{navn}, der bor i {lokal_by}", "{navn} fra {lokal_by}", "{navn}, som bor i området"),
    "O": ("{navn} fra {forening}", "formand for {forening} {navn}", "talsperson {navn}"),
}
_CLOSINGS = (
    "Sagen behandles [i byrådet|i udvalget] [i næste uge|inden længe|efter nytår].",
    "{avis} har forsøgt at få en kommentar fra [forvaltningen|rådmanden], men det er ikke lykkedes.",
    "Det har ikke været muligt at få en kommentar fra kommunen.",
    "",
)


@dataclass(frozen=True, slots=True)
class Written:
    """A text with what it reveals: whether it refers to the author's home, and its links."""

    text: str
    self_ref: bool = False
    links: tuple[str, ...] = ()


class Writer:
    """Turns topic pools, a person and a moment into text, deterministically from ``rng``."""

    def __init__(
        self, rng: random.Random, neighbours: dict[str | None, list[TopicSpec]] | None = None
    ) -> None:
        self.rng = rng
        self.neighbours = neighbours or {}

    # citizens -------------------------------------------------------------------------------
    def title(self, spec: TopicSpec, person: Person) -> str:
        """A post or letter title."""
        text = tidy(expand(self.rng.choice(spec.titles), self._slots(spec, person), self.rng))
        return apply_style(text, person.style, self.rng) if self.rng.random() < 0.5 else text

    def post(
        self, spec: TopicSpec, person: Person, *, cta: float, remote: bool, size: tuple[int, int]
    ) -> Written:
        """Body of a Reddit post or comment: opinions, maybe a reaction, a self-reference, a call."""
        rng = self.rng
        slots = self._slots(spec, person)
        if spec.english and rng.random() < 0.05:
            return Written(tidy(expand(rng.choice(spec.english), slots, rng)))
        parts: list[str] = []
        if rng.random() < 0.35:
            parts.append(rng.choice(spec.replies + REACTIONS))
        count = rng.randint(*size)
        parts.extend(rng.sample(spec.opinions, min(count, len(spec.opinions))))
        if rng.random() < 0.15:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(ASIDES))
        others = [s for s in self.neighbours.get(spec.municipality, []) if s.id != spec.id]
        if others and rng.random() < 0.08:  # people drift to other local matters
            other = rng.choice(others)
            parts.append(expand(rng.choice(other.opinions), self._slots(other, person), rng))
        self_ref = rng.random() < person.self_reference * (1.6 if remote else 1.0)
        if self_ref:
            parts.insert(rng.randrange(len(parts) + 1), rng.choice(self._refs(spec, remote)))
        links: tuple[str, ...] = ()
        if spec.calls and rng.random() < cta:
            call = rng.choice(spec.calls)
            parts.append(call)
            if "{link}" in call:
                link = rng.choice(spec.links)
                slots = {**slots, "link": (link,)}
                links = (link,)
        text = tidy(vary(" ".join(expand(p, slots, rng) for p in parts), rng))
        return Written(apply_style(text, person.style, rng), self_ref, links)

    def toot(
        self, spec: TopicSpec, person: Person, *, cta: float, remote: bool, tags: tuple[str, ...]
    ) -> Written:
        """A Mastodon status: a short post with hashtags at the end (sometimes inline)."""
        written = self.post(spec, person, cta=cta, remote=remote, size=(1, 2))
        shown = [f"#{t}" for t in tags]
        return Written(f"{written.text} {' '.join(shown)}", written.self_ref, written.links)

    def letter(
        self, spec: TopicSpec, person: Person, *, cta: float, remote: bool
    ) -> tuple[str, list[str], Written]:
        """A letter to the editor: title, paragraphs (signature separate), and what it reveals."""
        rng = self.rng
        slots = self._slots(spec, person)
        paragraphs = [expand(rng.choice(LETTER_OPENERS), slots, rng)]
        body = rng.sample(spec.opinions, min(rng.randint(3, 5), len(spec.opinions)))
        for i in range(0, len(body), 2):
            paragraphs.append(" ".join(expand(s, slots, rng) for s in body[i : i + 2]))
        self_ref = rng.random() < 0.3 + person.self_reference
        if self_ref:
            paragraphs.insert(1, expand(rng.choice(self._refs(spec, remote)), slots, rng))
        links: tuple[str, ...] = ()
        if spec.calls and rng.random() < cta:
            link = rng.choice(spec.links) if spec.links else ""
            paragraphs.append(expand(rng.choice(spec.calls), {**slots, "link": (link,)}, rng))
            links = (link,) if link and link in paragraphs[-1] else ()
        paragraphs.append(expand(rng.choice(LETTER_CLOSERS), slots, rng))
        done = [
            apply_style(tidy(vary(p, rng, 0.2)), person.style, rng, informal=False)
            for p in paragraphs
            if p.strip()
        ]
        title = tidy(expand(rng.choice(spec.titles), slots, rng))
        return title, done, Written("", self_ref, links)

    def answer(
        self, spec: TopicSpec, person: Person, case_title: str, *, remote: bool
    ) -> tuple[list[str], bool]:
        """A consultation answer: opener, formal arguments, perhaps an opinion, a closing."""
        rng = self.rng
        slots = {**self._slots(spec, person), "sag": (case_title,)}
        pool = spec.formal or spec.opinions
        paragraphs = [expand(rng.choice(CONSULTATION_OPENERS), slots, rng)]
        paragraphs += [expand(s, slots, rng) for s in rng.sample(pool, min(rng.randint(1, 3), len(pool)))]
        if rng.random() < 0.5:
            paragraphs.append(expand(rng.choice(spec.opinions), slots, rng))
        self_ref = rng.random() < person.self_reference
        if self_ref:
            paragraphs.insert(1, expand(rng.choice(self._refs(spec, remote)), slots, rng))
        paragraphs.append(rng.choice(CONSULTATION_CLOSERS))
        return [
            apply_style(tidy(vary(p, rng, 0.15)), person.style, rng, informal=False) for p in paragraphs
        ], self_ref

    def copy(self, spec: TopicSpec, person: Person) -> list[str]:
        """One copy of a campaign's master text, pasted as it is.

        Now and then one paragraph is left out, or one sentence of the sender's own added.
        """
        rng = self.rng
        out = [p for i, p in enumerate(spec.formal) if not i or rng.random() >= 0.03]
        if rng.random() < 0.15:
            own = expand(rng.choice(spec.opinions), self._slots(spec, person), rng)
            out.insert(1, apply_style(own, person.style, rng, informal=False))
        out.append(rng.choice(("Med venlig hilsen", "Venlig hilsen", "Mvh.")))
        return out

    def statement(self, spec: TopicSpec) -> str:
        """What a politician posts: one of the topic's politician quotes, as a full sentence."""
        said = [q.split(":", 1)[1] for q in spec.quotes if q.startswith("P:")] or [spec.title]
        return tidy(expand(self.rng.choice(said), self._slots(spec, None), self.rng)) + "."

    # journalists ------------------------------------------------------------------------------
    def article(self, spec: TopicSpec, outlet_name: str) -> tuple[str, str, list[str]]:
        """A news article: headline, lead and body paragraphs with attributed quotes."""
        rng = self.rng
        slots = {**self._slots(spec, None), "avis": (outlet_name,)}
        title = tidy(expand(rng.choice(spec.headlines), slots, rng))
        sentences = rng.sample(spec.lead, min(rng.randint(3, 5), len(spec.lead)))
        lead = tidy(expand(sentences[0], slots, rng))
        body = [tidy(expand(s, slots, rng)) for s in sentences[1:]]
        for quote in rng.sample(spec.quotes, min(rng.randint(1, 2), len(spec.quotes))):
            speaker, said = quote.split(":", 1)
            who = expand(rng.choice(_WHO[speaker]), slots, rng)
            body.insert(rng.randrange(len(body) + 1), tidy(f"– {expand(said, slots, rng)}, siger {who}."))
        if rng.random() < 0.4:
            opinion = expand(rng.choice(spec.opinions), slots, rng)
            body.append(f"På sociale medier skriver flere, at {opinion[0].lower()}{opinion[1:]}")
        body.append(tidy(expand(rng.choice(_CLOSINGS), slots, rng)))
        return title, lead, [p for p in body if p]

    # helpers ----------------------------------------------------------------------------------
    def _refs(self, spec: TopicSpec, remote: bool) -> tuple[str, ...]:
        if remote:
            return spec.remote_refs + REMOTE_REFS if spec.remote_refs else REMOTE_REFS
        return SELF_REFS

    def _slots(self, spec: TopicSpec, person: Person | None) -> dict[str, tuple[str, ...]]:
        rng = self.rng
        code = spec.municipality
        officials = OFFICIALS.get(code or "", _NATIONAL_OFFICIALS)
        towns = towns_of(code) if code else REMOTE_TOWNS
        context: dict[str, tuple[str, ...]] = {
            "kommune": (MUNICIPALITIES.get(code or "", "Danmark"),),
            "navn": tuple(person_name(rng) for _ in range(2)),
            "lokal_by": tuple(t.name for t in rng.sample(towns, min(3, len(towns)))),
            "dag": WEEKDAYS,
            "kl": ("10.00", "12.00", "16.30", "17.00", "19.00", "19.30"),
            "link": spec.links or ("",),
            "sag": (spec.case_title or spec.title,),
            "forening": ("Grundejerforeningen", "Lokalrådet", "Beboerforeningen"),
            "mødested": ("rådhuset", "biblioteket", "forsamlingshuset"),
            "avis": ("avisen",),
            **officials,
        }
        if person is not None:
            context["by"] = (person.signature, person.town.name)
        return spec.merged_slots(context)
