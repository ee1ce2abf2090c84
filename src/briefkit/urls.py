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


@lru_cache(maxsize=8192)
def slugify(text: str) -> str:
    """ASCII kebab-case: 'Luxury goods' -> 'luxury-goods'; 'Côte d'Ivoire' -> 'cote-d-ivoire'.

    Cached: a site has few distinct tags, and relating 1,000 briefings slugified ~7,000."""
    norm = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", norm.lower()).strip("-")
    return slug or "tag"
