"""Many realistic Danish documents, fast, for the cluster tests (a plain builder, not a fixture)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

from index.analysis import is_stop_word, words
from schema import AuthorRef, CueHit, EnrichedDocument, content_hash, url_id

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
        url = f"https://debat.example.dk/{platform}/{k}"
        published = START + step * k
        cue = (
            [CueHit(family="sign", text="Skriv under", lemma="skriv under")] if "Skriv under" in text else []
        )
        yield EnrichedDocument(
            id=url_id(url),
            source_id=f"src-{platform}",
            source_kind="html_listing",
            platform=platform,
            url=url,
            title=f"{subject.capitalize()} i {place}",
            text=text,
            published_at=published,
            fetched_at=published,
            enriched_at=published,
            author=AuthorRef(pseudonym=f"p-{rng.randrange(5_000):020x}"),
            content_hash=content_hash(text),
            lang="da",
            lang_confidence=0.98,
            lemma_text=" ".join(w for w in words(text) if not is_stop_word(w)),
            word_count=len(text.split()),
            municipality_code=rng.choice(MUNICIPALITIES),
            cues=cue,
        )


def make_documents(n: int, seed: int = 11, step: timedelta = timedelta(minutes=5)) -> list[EnrichedDocument]:
    """The n documents of ``iter_documents`` as a list."""
    return list(iter_documents(n, seed, step))
