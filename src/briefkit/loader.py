"""Finding and reading content files.

A document's type is its folder under content/ and its id is its file name, so discovery is
the first place an id can be wrong. Bytes are decoded here, once, to LF-terminated text
(UTF-8 with or without BOM; CRLF and CR line ends accepted) so later stages see one shape.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from briefkit.config import SiteConfig
from briefkit.diagnostics import Diagnostics, Pos
from briefkit.model import Content, DocKind
from briefkit.urls import ID_RE, slugify

MAX_FILE_BYTES = 4 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class SourceFile:
    path: str  # site-relative POSIX path, as diagnostics print it
    kind: DocKind
    id: str
    text: str
    digest: str  # sha256 of the raw bytes: the cache key of everything derived from this file


def decode(raw: bytes, path: str, diags: Diagnostics) -> str | None:
    """UTF-8 (BOM optional) to text with LF line ends; a diagnostic for anything else."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        diags.error("the file is UTF-16; briefkit reads UTF-8", Pos(path, 1, 1), "re-save the file as UTF-8")
        return None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        col = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        diags.error(
            f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x})",
            Pos(path, line, col),
            "re-save the file as UTF-8 (it may be Latin-1 or Windows-1252)",
        )
        return None
    if "\x00" in text:
        diags.error("the file holds NUL bytes: it is not a text file", Pos(path, 1, 1))
        return None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def discover(config: SiteConfig, diags: Diagnostics) -> list[tuple[Path, str, DocKind]]:
    """Every `*.md` under content/<kind>/, sorted, as (absolute path, site path, kind)."""
    content = config.content_dir
    if not content.is_dir():
        diags.error(
            "the site has no content/ folder",
            Pos("content/"),
            "create content/briefings/, content/actors/ and content/sanctions/",
        )
        return []
    root = config.root
    real_content = content.resolve()
    found: list[tuple[Path, str, DocKind]] = []
    for kind in DocKind:
        base = content / kind.value
        if not base.is_dir():
            continue
        if not base.resolve().is_relative_to(real_content):
            diags.error(
                f"content/{kind.value}/ links to a place outside the site's content/",
                Pos(f"content/{kind.value}/"),
                "make it a real folder inside the site",
            )
            continue
        # Linked folders are not entered, so only linked files need resolving (resolving
        # every path costs more than reading a big site's front matter); directory entries
        # say which are links without a stat, and paths are joined as strings.
        prefix = base.relative_to(root).as_posix() + "/"
        stack = [(str(base), prefix)]
        while stack:
            folder, rel_folder = stack.pop()
            with os.scandir(folder) as it:
                entries = sorted(it, key=lambda e: e.name)
            subfolders = []
            for e in entries:
                name = e.name
                if name.startswith("."):
                    continue
                if e.is_dir(follow_symlinks=False):
                    subfolders.append((e.path, rel_folder + name + "/"))
                    continue
                if not name.endswith(".md") or (e.is_symlink() and e.is_dir()):  # linked folders: not entered
                    continue
                rel = rel_folder + name
                if e.is_symlink() and not Path(e.path).resolve().is_relative_to(real_content):
                    diags.error(
                        "this file links to a place outside the site's content/",
                        Pos(rel),
                        "copy the file into the site instead of linking to it",
                    )
                    continue
                found.append((Path(e.path), rel, kind))
            stack.extend(reversed(subfolders))
    for stray in sorted(content.glob("*.md")):
        diags.warning(
            "a document directly in content/ is not read",
            Pos(stray.relative_to(root).as_posix()),
            "move it into content/briefings/, content/actors/ or content/sanctions/",
        )
    return found


def read_source(path: Path, rel: str, kind: DocKind, diags: Diagnostics) -> SourceFile | None:
    doc_id = path.stem
    if not ID_RE.match(doc_id):
        diags.error(
            f"'{path.name}' is not a valid id: ids are lower-case words joined by hyphens",
            Pos(rel),
            f"rename it to '{slugify(doc_id)}.md'",
        )
        return None
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            diags.error(
                f"the file is too large ({size:,} bytes; the limit is {MAX_FILE_BYTES:,})",
                Pos(rel),
                "split it into several briefings",
            )
            return None
        raw = path.read_bytes()
    except OSError as exc:
        diags.error(f"cannot read the file: {exc.strerror}", Pos(rel))
        return None
    if not raw.strip():
        diags.error("the file is empty", Pos(rel, 1, 1), "a document starts with `---` front matter")
        return None
    text = decode(raw, rel, diags)
    if text is None:
        return None
    return SourceFile(rel, kind, doc_id, text, hashlib.sha256(raw).hexdigest())


def load_content(config: SiteConfig, diags: Diagnostics, *, drafts: bool = False) -> Content:
    """Read and validate every document: the whole `content/` as one typed store."""
    from briefkit.schema import parse_document
    from briefkit.sitechecks import check_content

    docs = []
    broken: dict[str, DocKind] = {}
    for path, rel, kind in discover(config, diags):
        src = read_source(path, rel, kind, diags)
        doc = parse_document(src, config, diags) if src is not None else None
        if doc is not None:
            docs.append(doc)
        elif ID_RE.match(path.stem):
            broken[path.stem] = kind
    return check_content(docs, config, diags, drafts=drafts, broken=broken)
