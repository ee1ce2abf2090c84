"""The page's own address as its share box shows it beside a "copy link" button.

A share box prints the address it would copy: "Copy link: https://…", "Link kopieren", "Copier le lien",
"Skopírovať odkaz: https://…". A text dump keeps it, often as the only trace of the page's address, and
many sites file stories by day ("/2026/03/12/…"): a dump that prints no date of its own is dated by
it (`dumpdates.address_date`). A link after any other label ("Read more: https://…") is another page's.
The labels are the button's words in the languages the importer reads.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later

_COPY_LINK = compile_later(
    r"^(?:copy\s+(?:the\s+)?link|link\s+(?:kopieren|copiëren|kopiëren|copiare)|copier\s+le\s+lien|"
    r"copiar\s+(?:el\s+)?(?:enlace|link|o\s+link)|copia\s+(?:il\s+)?link|kopieer\s+(?:de\s+)?link|"
    r"скопировать\s+ссылку|копировать\s+ссылку|s?kopírovať\s+odkaz|zkopírovat\s+odkaz|kopírovat\s+odkaz|"
    r"s?kopiuj\s+link|kopiraj\s+(?:poveznicu|link|povezavo)|kopiera\s+länk|kopier\s+link(?:en)?|"
    r"kopioi\s+linkki|bağlantıyı\s+kopyala|linki\s+kopyala|copiază\s+linkul|link\s+másolása|"
    r"αντιγραφή\s+συνδέσμου|копіювати\s+посилання|копирай\s+линка|kopijuoti\s+nuorodą|kopēt\s+saiti|"
    r"kopeeri\s+link|salin\s+tautan)\s*:?\s*(https?://\S+)$",
    re.I,
)


def copied_addresses(units: list[str]) -> list[str]:
    """The addresses the page's "copy link" boxes show, in the page's order."""
    return [m.group(1) for u in units if (m := _COPY_LINK.match(re.sub(r"\s+", " ", u).strip()))]
