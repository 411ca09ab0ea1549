"""Writes the web items of a scenario: news articles, letters to the editor, consultation answers."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from simulator._places import AARHUS, SYDDJURS
from simulator._plan import TopicPlan
from simulator._timing import HOURS, LETTER_HOURS, NEWS_HOURS
from simulator.corpus import Answer, Article, Letter, slugify
from simulator.sources import OUTLETS

if TYPE_CHECKING:
    from simulator._generate import Builder

UPDATES = (
    "Opdateret: Artiklen er opdateret med en kommentar fra forvaltningen.",
    "Opdateret: Kommunen har efterfølgende oplyst, at sagen behandles på næste byrådsmøde.",
    "Rettelse: I en tidligere version stod der en forkert dato for mødet.",
)


def article(b: Builder, plan: TopicPlan, day: int) -> None:
    """A news article by one of the covering outlet's journalists; a few are edited later."""
    rng = b.rng
    outlet = OUTLETS[b.outlet_slug(plan)]
    title, lead, paragraphs = b.writer.article(plan.spec, outlet.name)
    published = b.moment(day, NEWS_HOURS)
    links: tuple[str, ...] = ()
    if plan.spec.links and plan.heat[day] > 0.5 and rng.random() < 0.5:
        links = (rng.choice(plan.spec.links[:2]),)
        paragraphs.insert(-1, f"Underskriftindsamlingen kan findes på {links[0]}")
    updated = note = None
    if rng.random() < 0.08:
        updated = min(published + timedelta(minutes=rng.randrange(40, 400)), b.horizon)
        note = rng.choice(UPDATES)
    number = len(b.corpus.articles) + 1001
    path = f"/news/{outlet.slug}/{published:%Y/%m}/{slugify(title)}-{number}.html"
    journalist = f"j-{outlet.slug}-{rng.randrange(len(outlet.journalists))}"
    b.corpus.articles.append(
        Article(
            outlet.slug,
            path,
            title,
            lead,
            tuple(paragraphs),
            plan.spec.section,
            journalist,
            published,
            plan.spec.id,
            updated,
            note,
            links,
        )
    )


def letter(b: Builder, plan: TopicPlan, day: int) -> None:
    """A letter to the editor signed 'Navn, By' (a campaign copy in a coordinated campaign)."""
    person, remote = b.author(plan, "letters", day)
    if plan.kind == "coordinated" and b.rng.random() < 0.9:
        title, paragraphs, self_ref = (
            b.rng.choice(plan.spec.titles),
            b.writer.copy(plan.spec, person),
            False,
        )
    else:
        title, paragraphs, written = b.writer.letter(plan.spec, person, cta=b.cta(plan, day), remote=remote)
        self_ref = written.self_ref
    area = {AARHUS: "Aarhus", SYDDJURS: "Syddjurs"}.get(plan.spec.municipality or "", "Danmark")
    number = len(b.corpus.letters) + 10001
    b.corpus.letters.append(
        Letter(
            number,
            f"/debat/laeserbreve/{number}.html",
            title,
            tuple(paragraphs),
            f"{person.name}, {person.signature}",
            area,
            person.key,
            b.moment(day, LETTER_HOURS),
            plan.spec.id,
        )
    )
    b.mark_self_ref(f"/debat/laeserbreve/{number}.html", self_ref)


def answer(b: Builder, plan: TopicPlan, day: int) -> None:
    """A consultation answer with postcode and town (a campaign copy in a coordinated campaign)."""
    assert plan.case is not None
    case = b.corpus.cases[plan.case]
    person, remote = b.author(plan, "consultation", day)
    if plan.kind == "coordinated" and b.rng.random() < 0.9:
        paragraphs, self_ref = b.writer.copy(plan.spec, person), False
    else:
        paragraphs, self_ref = b.writer.answer(plan.spec, person, case.title, remote=remote)
    organisation = None
    if b.rng.random() < 0.06:
        organisation = b.rng.choice(plan.spec.slots.get("forening", ("Grundejerforeningen", "Lokalrådet")))
    number = sum(1 for a in b.corpus.answers if a.case == case.slug) + 1
    path = f"/hoering/{case.slug}/svar/{number}.html"
    b.corpus.answers.append(
        Answer(
            case.slug,
            number,
            path,
            person.name,
            organisation,
            person.town.postcode,
            person.town.post_town,
            tuple(paragraphs),
            person.key,
            b.moment(day, HOURS),
            plan.spec.id,
        )
    )
    b.mark_self_ref(path, self_ref)
