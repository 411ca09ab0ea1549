"""Search results as CSV or XLSX files an analyst can open in Excel.

Cells that a spreadsheet would read as a formula (starting with = + - @) are neutralised:
in CSV with a leading apostrophe, in XLSX by storing them as text. CSV is UTF-8 with a BOM,
separated by ';' in Danish (Excel with Danish locale) and ',' in English.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from datetime import datetime

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter

from schema import EnrichedDocument
from ui.fmt import local
from ui.i18n import Lang, current_lang, t

COLUMNS = (
    "published",
    "platform",
    "source",
    "municipality",
    "issue",
    "title",
    "text",
    "url",
    "author",
    "actor_type",
    "lang",
    "cues",
    "hashtags",
    "id",
)
_EXCEL_MAX_CELL = 32_767
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

Row = dict[str, object]


def rows(documents: Sequence[EnrichedDocument], municipality_names: dict[str, str]) -> list[Row]:
    """One row per document. Authors are shown as their pseudonym unless they are a public actor."""
    out: list[Row] = []
    for doc in documents:
        author = None
        if doc.author is not None:
            author = doc.author.display_name or doc.author.pseudonym
        out.append(
            {
                "published": local(doc.published_at).replace(tzinfo=None, microsecond=0),
                "platform": doc.platform.value,
                "source": doc.source_id,
                "municipality": municipality_names.get(
                    doc.municipality_code or "", doc.municipality_code or ""
                ),
                "issue": doc.issue_id or "",
                "title": doc.title or "",
                "text": doc.text,
                "url": doc.url,
                "author": author or "",
                "actor_type": doc.author.actor_type if doc.author else "",
                "lang": doc.lang,
                "cues": ", ".join(sorted({c.family for c in doc.cues})),
                "hashtags": " ".join(f"#{h.lstrip('#')}" for h in doc.hashtags),
                "id": doc.id,
            }
        )
    return out


def headers(lang: Lang | None = None) -> list[str]:
    """Column headings in the session's language."""
    return [t(f"export.col.{c}", lang or current_lang()) for c in COLUMNS]


def to_csv(data: Sequence[Row], lang: Lang | None = None) -> bytes:
    """CSV bytes (UTF-8 with BOM; ';' in Danish, ',' in English)."""
    return table_csv(headers(lang), [[row[c] for c in COLUMNS] for row in data], lang)


def table_csv(header: Sequence[str], data: Sequence[Sequence[object]], lang: Lang | None = None) -> bytes:
    """Any table as CSV the same way (BOM, Danish ';', formulas neutralised), e.g. the audit log."""
    delimiter = ";" if (lang or current_lang()) == "da" else ","
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows([_csv_cell(v) for v in row] for row in data)
    return buffer.getvalue().encode("utf-8-sig")


def to_xlsx(data: Sequence[Row], lang: Lang | None = None) -> bytes:
    """An XLSX workbook with one sheet, a bold frozen header row and an auto-filter."""
    lang = lang or current_lang()
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = t("export.sheet", lang)
    sheet.append(headers(lang))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for r, row in enumerate(data, start=2):
        for c, name in enumerate(COLUMNS, start=1):
            value = row[name]
            cell = sheet.cell(row=r, column=c)
            if isinstance(value, datetime):
                cell.value = value
                cell.number_format = "yyyy-mm-dd hh:mm"
            else:
                cell.value = str(value)[:_EXCEL_MAX_CELL]
                cell.data_type = "s"  # never a formula
    widths = {"published": 17, "title": 50, "text": 80, "url": 40, "id": 30}
    for c, name in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(c)].width = widths.get(name, 16)
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _csv_cell(value: object) -> str:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M")
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text
