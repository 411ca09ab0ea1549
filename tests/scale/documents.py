"""Many realistic Danish documents, fast, for the cluster tests (a plain builder, not a fixture)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from bench.bench_index import enriched_document
from schema import CueHit, EnrichedDocument

PLACES = [
    "Viby", "Hasle", "Brabrand", "Risskov", "Lystrup", "Rønde", "Ebeltoft", "Hornslet", "Tarup", "Valby",
]  # fmt: skip
SUBJECTS = [
    "vindmøllerne", "skolen", "letbanen", "cykelstien", "træerne", "biblioteket", "svømmehallen",
    "lokalplanen", "busruten", "plejehjemmet", "havnen", "solcelleparken",
]  # fmt: skip
SENTENCES = [
    "Vi borgere er dybt bekymrede for {s}.",
    "Byrådet har slet ikke lyttet til beboerne i {p}.",
    "Mød op til borgermødet på {p} Skole torsdag aften.",
    "Skriv under på underskriftindsamlingen mod planerne.",
    "Det er en skandale, at kommunen vil ændre {s} uden dialog.",
    "Forvaltningen oplyser, at høringsfristen udløber om to uger.",
    "Politikerne bør tænke på børnene og de ældre i lokalområdet.",
    "Et flertal i udvalget støtter forslaget, men oppositionen er imod.",
]
PLATFORMS = ["news", "letters", "consultation", "council", "reddit", "mastodon", "bluesky"]
MUNICIPALITIES = ["0751", "0706", "0461", "0101"]
START = datetime(2026, 1, 1, tzinfo=UTC)


def iter_documents(
    n: int, seed: int = 11, step: timedelta = timedelta(minutes=5)
) -> Iterator[EnrichedDocument]:
    """n documents, one every ``step`` from 1 January 2026 (50k every 5 minutes: six months)."""
    rng = random.Random(seed)
    for k in range(n):
        place, subject = rng.choice(PLACES), rng.choice(SUBJECTS)
        text = " ".join(
            [f"{subject.capitalize()} i {place} skal spares væk."]
            + [rng.choice(SENTENCES).format(s=subject, p=place) for _ in range(rng.randint(3, 8))]
        )
        platform = rng.choice(PLATFORMS)
        published = START + step * k
        cue = (
            [CueHit(family="sign", text="Skriv under", lemma="skriv under")] if "Skriv under" in text else []
        )
        yield enriched_document(  # keyword arguments are evaluated in order: the rng sequence is fixed
            k,
            platform,
            title=f"{subject.capitalize()} i {place}",
            text=text,
            published=published,
            pseudonym=f"p-{rng.randrange(5_000):020x}",
            municipality_code=rng.choice(MUNICIPALITIES),
            cues=cue,
        )


def make_documents(n: int, seed: int = 11, step: timedelta = timedelta(minutes=5)) -> list[EnrichedDocument]:
    """The n documents of ``iter_documents`` as a list."""
    return list(iter_documents(n, seed, step))
