"""The site's URL scheme, in one place.

Paths here are *site paths*: relative to the site root, no leading slash, directories ending
in "/" (`briefings/<id>/`). `SiteConfig.url()` / `abs_url()` put the base path or the whole
base URL in front, so a sub-path deployment (`https://user.github.io/repo/`) is one setting.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from briefkit.model import DocKind

ID_RE = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
IMAGES_DIR = "images"  # content/images/** is published at images/**


def doc_path(kind: DocKind, doc_id: str) -> str:
    return f"{kind.value}/{doc_id}/"


def briefing_path(doc_id: str) -> str:
    return doc_path(DocKind.BRIEFING, doc_id)


def actor_path(doc_id: str) -> str:
    return doc_path(DocKind.ACTOR, doc_id)


def sanction_path(doc_id: str) -> str:
    return doc_path(DocKind.SANCTION, doc_id)


def tag_path(slug: str) -> str:
    return f"tags/{slug}/"


def provision_anchor(key: str) -> str:
    return f"provision-{slugify(key)}"


# Letters that Unicode's decomposition gives no ASCII base, spelled as they are usually
# transliterated: without this every Russian or Greek tag fell back to the one address "tag",
# and "Straße" lost its ß.
_CYRILLIC = "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh shch - y - e yu ya i yi ye g"  # "-": not spelled
_GREEK = "a v g d e z i th i k l m n x o p r s s t y f ch ps o"
_SPELLED = str.maketrans(
    {
        **dict(zip("ßæøœđłþð", ["ss", "ae", "o", "oe", "d", "l", "th", "d"], strict=True)),
        **dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ", [v.strip("-") for v in _CYRILLIC.split()], strict=True)),
        **dict(zip("αβγδεζηθικλμνξοπρσςτυφχψω", _GREEK.split(), strict=True)),
    }
)


@lru_cache(maxsize=8192)
def slugify(text: str) -> str:
    """ASCII kebab-case: 'Luxury goods' -> 'luxury-goods'; 'Côte d'Ivoire' -> 'cote-d-ivoire';
    'Санкции' -> 'sanktsii'.

    Cached: a site has few distinct tags, and relating 1,000 briefings slugified ~7,000."""
    # spelled before the decomposition (й is not и) and after it (ά is α and an accent)
    spelled = unicodedata.normalize("NFKD", text.lower().translate(_SPELLED)).translate(_SPELLED)
    norm = spelled.encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", norm).strip("-")
    return slug or "tag"
