"""Which files to import, how to decode them, and which reader each one needs.

Decoding is strict on purpose: a file that is not text (an image, a PDF, a page saved in an
encoding we cannot tell) must be refused with a message, not turned into a briefing of mojibake.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import replace
from pathlib import Path

from briefkit.importer.article import Article, ImportProblem

TEXT_SUFFIXES = (".txt", ".md", ".markdown")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES


def expand(paths: list[Path]) -> tuple[list[Path], list[tuple[Path, str]]]:
    """Files to import (a folder gives its .txt/.md/.html/.htm files, sorted) and paths refused."""
    files: list[Path] = []
    refused: list[tuple[Path, str]] = []
    for path in paths:
        if path.is_dir():
            found = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in SUFFIXES)
            if not found:
                refused.append((path, "the folder holds no .txt, .md, .html or .htm file"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        else:
            refused.append((path, "no such file or folder"))
    return list(dict.fromkeys(files)), refused


def decode(raw: bytes, *, html: bool, charset: str | None = None) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, or an HTML page's charset.

    An HTML page's charset is `charset` (what the server said it sends) or what the page
    declares in `<meta>`. A page in UTF-8 with a few stray bytes of an older encoding (a
    template pasted from elsewhere) reads as browsers show it: the stray bytes as Windows-1252.
    """
    if not raw.strip():
        raise ImportProblem("the file is empty")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            pass
    if b"\x00" in raw[:4096]:
        raise ImportProblem("not a text file (it holds binary data)", "import a .txt dump or a saved .html page")
    declared = _codec(charset or _declared_charset(raw)) if html else None
    if raw.startswith(b"\xef\xbb\xbf"):
        declared = "utf-8-sig"  # a byte-order mark outranks what the server or the page says
    elif declared and _codec_name(declared) not in ("utf-8", "utf-16") and _utf8_text(raw):
        declared = "utf-8"  # a page saved as UTF-8 under its template's old label: legacy text is never valid UTF-8
    for encoding in ([declared] if declared else []) + ["utf-8-sig"]:
        try:
            text = _windows_1252(raw) if encoding == "cp1252" else raw.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        if _control_ratio(text) > 0.01:
            raise ImportProblem(
                "not a text file (it holds control characters)", "import a .txt dump or a saved .html page"
            )
        return text
    repaired = _stray_bytes(raw) if html and declared in (None, "utf-8", "utf8") else None
    if repaired is not None:
        return repaired
    if html and (declared is None or declared in ("utf-8", "utf8") and not _utf8_text(raw, partly=True)):
        # an old page that names no charset, or names UTF-8 over bytes of which no character is: browsers
        # guess (or show the replacement character for each letter), so do we
        return _guessed(raw)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ImportProblem(
            f"undecodable bytes: not UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start})",
            "save the text as UTF-8 and import it again",
        ) from None
    raise ImportProblem("undecodable bytes")


def _codec_name(label: str) -> str:
    try:
        return codecs.lookup(label).name
    except LookupError:
        return label


def _utf8_text(raw: bytes, *, partly: bool = False) -> bool:
    """Whether the bytes are UTF-8 text with letters past ASCII (`partly`: at least one such letter
    among bytes that are not UTF-8)."""
    if raw.isascii():
        return False
    text = raw.decode("utf-8", errors="surrogateescape")
    if partly:
        return any(ch >= "\x80" and not "\udc80" <= ch <= "\udcff" for ch in text)
    return not any("\udc80" <= ch <= "\udcff" for ch in text)


def _stray_bytes(raw: bytes) -> str | None:
    """UTF-8 text whose few undecodable bytes (at most 1 in 1000) are read as Windows-1252."""
    text = raw.decode("utf-8", errors="surrogateescape")
    stray = sum(1 for ch in text if "\udc80" <= ch <= "\udcff")
    if stray > max(1, len(raw) // 1000):
        return None
    return (
        "".join(
            bytes([ord(ch) - 0xDC00]).decode("cp1252", errors="replace") if "\udc80" <= ch <= "\udcff" else ch
            for ch in text
        )
        if stray
        else text
    )


def strip_xml_declaration(text: str) -> str:
    """An XHTML page's `<?xml … encoding=…?>` line: the text is decoded already, and lxml refuses it then."""
    return re.sub(r"^\s*<\?xml[^>]*\?>", "", text, count=1)


# Legacy labels as browsers read them (the WHATWG Encoding Standard): a page labelled Latin-1
# or ASCII is decoded as Windows-1252, whose curly quotes, dashes and euro sign sit where
# Latin-1 has invisible control codes, and so on for the other supersets.
_LATIN_1_LABELS = "iso-8859-1 iso8859-1 iso_8859-1 latin1 latin-1 l1 cp819 ibm819 us-ascii ascii windows-1252 x-cp1252"
_BROWSER_CODEC = {
    **dict.fromkeys(_LATIN_1_LABELS.split(), "cp1252"),
    **dict.fromkeys(("iso-8859-9", "iso8859-9", "latin5", "l5", "windows-1254"), "cp1254"),
    **dict.fromkeys(("tis-620", "iso-8859-11", "windows-874"), "cp874"),
    **dict.fromkeys(("gb2312", "gbk", "x-gbk", "gb18030"), "gb18030"),
    **dict.fromkeys(("euc-kr", "ks_c_5601-1987", "windows-949"), "cp949"),
    **dict.fromkeys(("shift_jis", "shift-jis", "sjis", "x-sjis", "windows-31j"), "cp932"),
    "big5": "big5hkscs",
}


def _codec(label: str | None) -> str | None:
    if not label:
        return None
    label = label.strip().lower()
    return _BROWSER_CODEC.get(label, label)


def _windows_1252(raw: bytes) -> str:
    """Windows-1252 as browsers decode it: its five unassigned bytes stay the control codes
    Latin-1 gives them, instead of failing the whole page."""
    return raw.decode("cp1252", errors="surrogateescape").translate(_UNASSIGNED_1252)


_UNASSIGNED_1252 = {0xDC00 + b: b for b in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


# An unlabelled legacy page's code page by its declared language, as browsers pick one by
# locale; a language not listed is read as Windows-1252 (theirs for Western Europe and the
# Americas).
_LANG_CODEC = {
    **dict.fromkeys(("ru", "uk", "be", "bg", "sr", "mk", "kk", "ky", "tg", "mn"), "cp1251"),
    **dict.fromkeys(("pl", "cs", "sk", "hu", "sl", "hr", "ro", "bs", "sq"), "cp1250"),
    **dict.fromkeys(("tr", "az"), "cp1254"),
    **dict.fromkeys(("lt", "lv", "et"), "cp1257"),
    **dict.fromkeys(("ar", "fa", "ur"), "cp1256"),
    "el": "cp1253",
    "he": "cp1255",
    "vi": "cp1258",
    "ja": "cp932",
    "zh": "gb18030",
    "ko": "cp949",
    "th": "cp874",
}


def _guessed(raw: bytes) -> str:
    """The text of a page in an unnamed legacy encoding, as a browser would read it: the code
    page of the page's `lang`; without one, charset_normalizer (installed with trafilatura) only
    tells the script (its guess among Latin code pages is poor on news pages: Windows-1250 for
    French), and a Latin script is read as Windows-1252."""
    m = re.search(rb"<html[^>]*\slang=[\"']?([A-Za-z]{2,3})", raw[:4096], re.I)
    codec = _LANG_CODEC.get(m.group(1).decode("ascii").lower(), "cp1252") if m else None
    if codec is None:
        codec = _script_codec(raw) or "cp1252"
    if codec == "cp1252":
        return _windows_1252(raw)
    return raw.decode(codec, errors="replace")


def _script_codec(raw: bytes) -> str | None:
    """charset_normalizer's guess when it reads a script other than Latin, else None."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:
        return None
    best = from_bytes(raw).best()
    if best is None or all("Latin" in a or "Punctuation" in a for a in best.alphabets):
        return None
    return str(best.encoding)


def _declared_charset(raw: bytes) -> str | None:
    """The `<meta>` charset anywhere in the head: browsers look at the first 1,024 bytes, then
    read the page again when the head names another one later (after long inline scripts)."""
    end = raw.find(b"</head>", 0, 65536)
    m = re.search(rb"<meta[^>]+charset=[\"']?([A-Za-z0-9_-]+)", raw[: end if end > 0 else 4096], re.I)
    return m.group(1).decode("ascii").lower() if m else None


def _control_ratio(text: str) -> float:
    sample = text[:20000]
    bad = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    return bad / max(1, len(sample))


def is_html(path: Path, text: str) -> bool:
    if path.suffix.lower() in HTML_SUFFIXES:
        return True
    if path.suffix.lower() in TEXT_SUFFIXES:
        return False
    return bool(re.match(r"\s*(?:<!doctype\s+html|<html)", text[:500], re.I))


def read_article(path: Path, extra_boilerplate: tuple[str, ...] = ()) -> Article:
    """The `Article` in one file; `ImportProblem` says what is wrong with it."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ImportProblem(f"cannot read the file: {exc.strerror or exc}") from None
    html = path.suffix.lower() in HTML_SUFFIXES or bool(re.match(rb"\s*(?:<!doctype\s+html|<html)", raw[:500], re.I))
    text = decode(raw, html=html)
    if is_html(path, text):
        return _read_page(text, extra_boilerplate)
    from briefkit.importer import pagesize
    from briefkit.importer.textdump import read_text_dump

    markdown = path.suffix.lower() in (".md", ".markdown")
    # a stray NUL past the first bytes (a saved page's text is refused for one before them) carries no
    # text, and a briefing holding one is no text file to `check` (a saved page's parser drops them too)
    text, cut = pagesize.cut_text(text.replace("\x00", ""))
    text, cut_short = pagesize.cut_lines(text)
    notes = [pagesize.CUT_STORY_NOTE.format(n=pagesize.MAX_STORY_CHARS)] if cut else []
    notes += [pagesize.CUT_LINES_NOTE.format(n=pagesize.MAX_LINES)] if cut_short else []
    try:
        article = read_text_dump(text, markdown=markdown, extra_boilerplate=extra_boilerplate)
    except ImportProblem as exc:  # a draft of a text read in part says so too
        if exc.draft is not None and notes:
            exc.draft = replace(exc.draft, notes=(*exc.draft.notes, *notes))
        raise
    return replace(article, notes=(*article.notes, *notes)) if notes else article


def is_url(source: str) -> bool:
    """A source given as a web address rather than a file."""
    return bool(re.match(r"^https?://", source, re.I))


def read_url(
    url: str, extra_boilerplate: tuple[str, ...] = (), *, timeout: float | None = None, max_bytes: int | None = None
) -> Article:
    """The `Article` at a web address: fetched (see `fetch`), then read as a saved page is.

    The page's address after redirects is what its relative links and a missing canonical
    link fall back to.
    """
    from briefkit.importer.fetch import MAX_BYTES, TIMEOUT, fetch

    got = fetch(url, timeout=timeout or TIMEOUT, max_bytes=max_bytes or MAX_BYTES)
    if not got.content_type and not re.match(rb"\s*(?:<!doctype\s+html|<html|<\?xml)", got.body[:500], re.I):
        raise ImportProblem(
            "not an HTML page: the server did not say what it sent, and it does not read as HTML",
            "give the address of the article's web page",
        )
    text = decode(got.body, html=True, charset=got.charset)
    return _read_page(text, extra_boilerplate, page_url=got.url)


def _read_page(text: str, extra_boilerplate: tuple[str, ...], *, page_url: str | None = None) -> Article:
    """`htmlpage.read_html`, with the rest of the reader imported after the story's child has started
    (see `htmlstart`): the child does not wait for modules only the parent uses."""
    try:
        from briefkit.importer.htmlstart import start_reading
    except ImportError as exc:  # lxml missing
        raise _needs_lxml(exc) from None
    started = start_reading(strip_xml_declaration(text))
    try:
        from briefkit.importer.htmlpage import read_started
    except ImportError as exc:
        started.story_soon.cancel()
        raise _needs_lxml(exc) from None
    return read_started(started, extra_boilerplate=extra_boilerplate, page_url=page_url)


def _needs_lxml(exc: ImportError) -> ImportProblem:
    return ImportProblem(
        f"reading HTML pages needs lxml and trafilatura ({exc.name} is missing)",
        "pip install 'briefkit[import]'",
    )
