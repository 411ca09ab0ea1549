"""Handlers of the simulated websites: robots.txt, the front page, news, letters, consultations."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from simulator.corpus import Answer, Letter
from simulator.server import _listings, _news
from simulator.server._html import Response, html_response, not_found, page, page_number
from simulator.sources import HASHTAGS, SUBREDDITS

if TYPE_CHECKING:
    from simulator.server._site import Site

ROBOTS = "User-agent: *\nDisallow: /private/\n"


def robots(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    return Response(200, "text/plain; charset=utf-8", ROBOTS.encode())


def index(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    news = "".join(
        f'<li><a href="/news/{o}/">{site.scenario.corpus.outlets[o].name}</a></li>' for o in site.articles
    )
    subs = "".join(f'<li><a href="/r/{s}/new.json">r/{s}</a></li>' for s in SUBREDDITS)
    tags = "".join(f'<li><a href="/api/v1/timelines/tag/{t}">#{t}</a></li>' for t in HASHTAGS)
    body = (
        f"<h1>Debatradar demo</h1><p>Simuleret offentlig debat – alle personer og hændelser er fiktive.</p>"
        f"<h2>Nyheder</h2><ul>{news}</ul><h2>Debat</h2><ul>"
        '<li><a href="/debat/laeserbreve">Læserbreve</a></li><li><a href="/hoering/">Høringer</a></li></ul>'
        f"<h2>Reddit</h2><ul>{subs}</ul><h2>Mastodon</h2><ul>{tags}</ul>"
    )
    return html_response(page("Forside", body, site="Debatradar demo"))


def private(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    return html_response(
        page("Privat", "<h1>Privat område</h1><p>Robots.txt forbyder adgang hertil.</p>", site="Privat")
    )


def feed(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    outlet = site.scenario.corpus.outlets.get(m["outlet"])
    page_no = page_number(q)
    if outlet is None or page_no is None:
        return not_found("Debatradar demo", "Feedet findes ikke.")
    visible = [a for a in site.articles[outlet.slug] if site.seen(a.published)]
    authors = {k: p.name for k, p in site.people.items() if k.startswith("j-")}
    return _news.rss_feed(outlet, visible, page_no, site.origin, authors)


def front(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    outlet = site.scenario.corpus.outlets.get(m["outlet"])
    if outlet is None:
        return not_found("Debatradar demo")
    return _news.outlet_front(outlet, [a for a in site.articles[outlet.slug] if site.seen(a.published)])


def article(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    article = site.article_by_path.get(m.group(0))
    if article is None or not site.seen(article.published):
        return not_found("Debatradar demo", "Artiklen findes ikke.")
    outlet = site.scenario.corpus.outlets[article.outlet]
    related = [a for a in site.articles[outlet.slug] if a.path != article.path and site.seen(a.published)][:3]
    return _news.article_page(
        outlet, article, site.origin, site.people[article.author].name, site.clock, related
    )


def letters(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    page_no = page_number(q)
    if page_no is None:
        return not_found(_listings.LETTERS_SITE)
    return _listings.letters_listing([x for x in site.letters if site.seen(x.published)], page_no)


def letter(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    letter: Letter | None = site.letter_by_id.get(int(m["id"]))
    if letter is None or not site.seen(letter.published):
        return not_found(_listings.LETTERS_SITE, "Læserbrevet findes ikke.")
    return _listings.letter_page(letter)


def portal(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    counts = {s: sum(1 for a in xs if site.seen(a.published)) for s, xs in site.answers.items()}
    return _listings.portal_index(list(site.scenario.corpus.cases.values()), counts)


def answers(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    case = site.scenario.corpus.cases.get(m["case"])
    page_no = page_number(q)
    if case is None or page_no is None:
        return not_found(_listings.PORTAL_SITE, "Høringen findes ikke.")
    return _listings.answers_listing(
        case, [a for a in site.answers[case.slug] if site.seen(a.published)], page_no
    )


def answer(site: Site, m: re.Match[str], q: dict[str, list[str]]) -> Response:
    case = site.scenario.corpus.cases.get(m["case"])
    found: Answer | None = None
    if case is not None:
        found = next((a for a in site.answers[case.slug] if a.number == int(m["n"])), None)
    if case is None or found is None or not site.seen(found.published):
        return not_found(_listings.PORTAL_SITE, "Høringssvaret findes ikke.")
    return _listings.answer_page(case, found)
