"""What a site prints about itself beside the story, one line at a time: its offers, its call for tips, and
the union of every such kind (`is_site_note`) that the boilerplate filter asks of each line.

Apart from `pagewords` (the words themselves) so that the word lists and the judgements made with them stay
in modules of a readable size; the judgements read `pagewords`, `pagenotes` and `storynotes`, none of which
reads this.
"""

from __future__ import annotations

import re

from briefkit.importer import pagenotes, pagewords, storynotes
from briefkit.importer.lazyre import compile_later


def is_offer(text: str) -> bool:
    """A price and the term it holds for: an offer's box, not the story's report of a price."""
    return pagewords.OFFER_TERM.search(text) is not None and pagewords.PRICE.search(text) is not None


# "Have a story idea? Email our newsroom at …", "Heb je een tip voor de redactie? Stuur ons …": the newsroom asks
# for tips, with the way to reach it (an address, a number, a messenger)
_TIP = compile_later(
    r"\b(?:tips?|story\s+idea|news\s+tip|hinweis\w*|tipps?|newsroom|redaktion|redactie|rédaction|redacción|"
    r"redazione|redação|редакци\w+)\b",
    re.I,
)
_REACH = compile_later(r"[\w.+-]+@[\w-]+\.[\w.]+|\bwhats\s?app\b|\bsignal\b|\btelegram\b", re.I)


def is_tip_line(text: str, n: int) -> bool:
    """The newsroom's request for tips, with how to send them, asked of the reader: no sentence of the story."""
    # (the cheap tests first: the same answer, the address searched only on a short line that asks)
    if n > 30 or "?" not in text or _TIP.search(text) is None:
        return False
    return _REACH.search(text) is not None or pagewords.PHONE.search(text) is not None


def is_site_note(text: str, n: int) -> bool:
    """What a site prints about itself beside the story, told by its words and its length (`n` words): a
    promotion of its app, a file's download link, a raffle, an appeal to share, the design's credit, a
    licence, a blog's filing footer, a service note with a phone number, the press's line for its questions,
    the paywall's button, an offer,
    a sponsor's label, the line that tells how to cite the piece, a note on the story (`storynotes`)."""
    return (
        n <= 25
        and pagewords.APP_PROMO.match(text) is not None
        or n <= 14
        and pagewords.FILE_SIZE.search(text) is not None
        or n <= 30
        and pagewords.FILE_SIZE_LAST.search(text) is not None
        or n <= 60
        and pagewords.RAFFLE_LABEL.match(text) is not None
        or n <= 14
        and pagewords.SHARE_APPEAL.search(text) is not None
        or n <= 20
        and pagewords.SITE_CREDIT.match(text) is not None
        or n <= 25
        and pagewords.LICENCE_NOTICE.search(text) is not None
        or n <= 40
        and pagewords.FILED_FOOTER.match(text) is not None
        or n <= 30
        and pagewords.SERVICE_LABEL.match(text) is not None
        and pagewords.PHONE.search(text) is not None
        or n <= 30
        and pagewords.PRESS_ENQUIRIES.match(text) is not None
        or n <= 8
        and pagewords.CONTINUE_WITH.match(text) is not None
        or n <= 30
        and is_offer(text)
        or n <= 12
        and pagewords.SPONSOR_LABEL.match(text) is not None
        and not text.rstrip().endswith(".")
        or n <= 60
        and pagewords.CITATION_LINE.match(text) is not None
        or n <= 60
        and pagewords.SPONSORED_ISSUE.match(text) is not None
        or is_tip_line(text, n)
        or pagenotes.is_page_note(text, n)
        or storynotes.is_story_note(text, n)
    )
