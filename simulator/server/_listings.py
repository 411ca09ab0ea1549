"""HTML listings: letters to the editor and a consultation portal (listing + detail pages).

The class names are what config/demo.yaml's selectors target; each field selector matches
on the listing item and on the detail page alike, except the body text (detail page only).
"""

from __future__ import annotations

from html import escape

from simulator.corpus import Answer, Case, Letter
from simulator.server._html import Response, html_response, page, pager, paragraphs, time_tag

LETTERS_PAGE_SIZE = 20
ANSWERS_PAGE_SIZE = 25
LETTERS_SITE = "Debatten – læserbreve fra Østjylland"
PORTAL_SITE = "Høringsportalen"


def letters_listing(visible: list[Letter], page_no: int) -> Response:
    """One page of letters, newest first, with title, date, signature and a teaser."""
    pages = max(1, -(-len(visible) // LETTERS_PAGE_SIZE))
    chunk = visible[(page_no - 1) * LETTERS_PAGE_SIZE : page_no * LETTERS_PAGE_SIZE]
    rows = "\n".join(
        f"""<li class="brev" id="brev-{x.id}">
<h2 class="brev-titel"><a href="/debat/laeserbreve/{x.id}.html">{escape(x.title)}</a></h2>
<p class="brev-meta">{time_tag(x.published)} · <span class="omraade">{escape(x.area)}</span> · <span class="signatur">{escape(x.signature)}</span></p>
<p class="teaser">{escape(_teaser(x.paragraphs))}</p>
</li>"""  # noqa: E501
        for x in chunk
    )
    nav = pager("/debat/laeserbreve", page_no, pages)
    body = f'<h1>Læserbreve</h1>\n<ol class="brevliste">\n{rows}\n</ol>\n{nav}'
    return html_response(page(f"Læserbreve – side {page_no}", body, site=LETTERS_SITE))


def letter_page(letter: Letter) -> Response:
    """A letter: title, date, body, and the signature line 'Navn, By'."""
    body = f"""<article class="laeserbrev" id="brev-{letter.id}">
<p class="kicker">Læserbrev · <span class="omraade">{escape(letter.area)}</span></p>
<h1 class="brev-titel">{escape(letter.title)}</h1>
<p class="brev-meta">{time_tag(letter.published)}</p>
<div class="brev-tekst">
{paragraphs(letter.paragraphs)}
</div>
<p class="signatur">{escape(letter.signature)}</p>
<p class="ansvar">Læserbreve er udtryk for skribentens egen holdning.</p>
</article>"""
    return html_response(page(letter.title, body, site=LETTERS_SITE))


def answers_listing(case: Case, visible: list[Answer], page_no: int) -> Response:
    """One page of a consultation's answers as a table: sender, organisation, postcode, town, date."""
    pages = max(1, -(-len(visible) // ANSWERS_PAGE_SIZE))
    chunk = visible[(page_no - 1) * ANSWERS_PAGE_SIZE : page_no * ANSWERS_PAGE_SIZE]
    rows = "\n".join(
        f"""<tr class="svar" id="svar-{a.number}"><td class="nr">{a.number}</td>
<td class="afsender"><a href="/hoering/{case.slug}/svar/{a.number}.html">{escape(a.sender)}</a></td>
<td class="organisation">{escape(a.organisation or "")}</td><td class="postnr">{a.postcode}</td>
<td class="by">{escape(a.town)}</td><td class="dato">{time_tag(a.published, False)}</td></tr>"""
        for a in chunk
    )
    body = f"""<h1 class="sag-titel">{escape(case.title)}</h1>
<p class="sag-info">Høringssvar modtaget i sagen.
Svarene offentliggøres med afsenders navn, postnummer og by.</p>
<table class="hoeringssvar-liste">
<thead><tr><th>Nr.</th><th>Afsender</th><th>Organisation</th><th>Postnr.</th><th>By</th><th>Modtaget</th></tr></thead>
<tbody>
{rows}
</tbody>
</table>
{pager(f"/hoering/{case.slug}/svar", page_no, pages)}"""
    return html_response(page(f"Høringssvar: {case.title}", body, site=PORTAL_SITE))


def answer_page(case: Case, answer: Answer) -> Response:
    """One answer with its fields (the organisation row only when there is one) and text."""
    org = (
        f'<dt>Organisation</dt><dd class="organisation">{escape(answer.organisation)}</dd>'
        if answer.organisation
        else ""
    )
    body = f"""<article class="hoeringssvar" id="svar-{answer.number}">
<h1 class="svar-titel">Høringssvar nr. {answer.number}: {escape(case.title)}</h1>
<dl class="svar-felter">
<dt>Afsender</dt><dd class="afsender">{escape(answer.sender)}</dd>
{org}
<dt>Postnummer</dt><dd class="postnr">{answer.postcode}</dd>
<dt>By</dt><dd class="by">{escape(answer.town)}</dd>
<dt>Modtaget</dt><dd class="dato">{time_tag(answer.published)}</dd>
</dl>
<div class="svar-tekst">
{paragraphs(answer.paragraphs)}
</div>
</article>
<p><a href="/hoering/{case.slug}/svar">Tilbage til alle høringssvar</a></p>"""
    return html_response(page(f"Høringssvar nr. {answer.number}", body, site=PORTAL_SITE))


def portal_index(cases: list[Case], counts: dict[str, int]) -> Response:
    """The portal's list of consultations."""
    rows = "".join(
        f'<li><a href="/hoering/{c.slug}/svar">{escape(c.title)}</a> ({counts.get(c.slug, 0)} svar)</li>'
        for c in cases
    )
    return html_response(
        page("Høringer", f'<h1>Høringer</h1><ul class="sager">{rows}</ul>', site=PORTAL_SITE)
    )


def _teaser(texts: tuple[str, ...]) -> str:
    text = " ".join(texts)
    return text if len(text) <= 180 else text[:180].rsplit(" ", 1)[0] + " …"
