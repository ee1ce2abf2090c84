"""A row of share buttons under a post, copied as one line of commands.

A blog's or a site's share row prints its buttons' labels one after another: send the post by
e-mail, blog it, share it on a network ("Email This BlogThis! Share to X"). Copied, it is a short line
that ends on "share on" and a network's name, with a second command before it (another share, the
e-mail's): a story's sentence ends on its mark and names no network this way. A row that opens
with two shares ("Share on X Share on Y Send by Z Comments (4)") is one too, whatever it ends on, and
so is a row of two networks' buttons or more under one word of its own, the row's label with no colon
("Jaa Facebook Twitter WhatsApp", "Delen Facebook Twitter Mail"): the networks' names are the same in
every language, and a writer's name is none of them. Where a page spells the networks in its own script
("Фејсбук Твитер Вајбер Штампај", "فيسبوك تويتر واتساب", "פייסבוק טוויטר"), the row is the same.
"""

from __future__ import annotations

import re

from briefkit.importer import pagewords
from briefkit.importer.blocktext import words
from briefkit.importer.lazyre import compile_later

# "share to X", "Partilhar no X", "Auf X teilen": a share button's label, in each language
_SHARE = (
    r"(?:share\s+(?:to|on|via)|(?:teilen\s+(?:auf|via|in))|partager\s+(?:sur|via)|compartir\s+(?:en|con|via)|"
    r"condividi\s+(?:su|via)|(?:partilhar|compartilhar)\s+(?:no|na|em|via)|delen\s+(?:op|via)|поделиться\s+в)\s+\S+"
)
_SHARE_LAST = compile_later(rf"(?i:{_SHARE})$")
# a second command before it: another share, or sending the post by e-mail
_SECOND = compile_later(rf"(?i:{_SHARE}\s.*{_SHARE}$|\b(?:e-?mail|email|correo|courriel|posta|почт\w*)\b.*{_SHARE}$)")
_TWO_SHARES = compile_later(rf"(?i:{_SHARE}\s.*{_SHARE})")
ROW_WORDS = 20
# the networks' (and the print button's) names as Cyrillic, Greek, Arabic, Hebrew and East Asian pages
# spell them
_SCRIPT_NETWORKS = (
    r"ф[еэ]й?[јй]?сбу[кц]|тв[иі]т+[еэ]р|ва[јй]бер|в[аоі]т?сап|в[ао]тсап|телеграм|инстаграм|інстаграм|"
    r"вконтакте|одноклассники|линкедин|мейл|имейл|е-?пошта|пошта|почта|штампај|штампа|печать|друк|"
    r"друкувати|принтирај|φέισμπουκ|τουίτερ|εκτύπωση|"
    r"فيسبوك|فيس\s+بوك|تويتر|واتساب|واتس\s+اب|تيليجرام|تلغرام|طباعة|فیسبوک|توییتر|تلگرام|چاپ|"
    r"פייסבוק|טוויטר|וואטסאפ|הדפסה|"
    r"フェイスブック|ツイッター|ライン|微信|微博|朋友圈|QQ空间|카카오톡|카카오스토리|페이스북|트위터|인쇄"
)
_SCRIPT_ROW = compile_later(rf"^(?:[^\W\d_]{{2,20}}\s+)?(?:(?:{_SCRIPT_NETWORKS})\s*[,|·]?\s*){{2,}}$", re.I)


# a network's button alone, as a tool row names it (LINE is a network in Japan, Taiwan and Thailand)
_NETWORK = compile_later(rf"^(?:{pagewords.SHARE_BUTTON}|line|{_SCRIPT_NETWORKS})$", re.I)
TOOL_ROW_WORDS = 6  # a row of a few buttons
TOOL_CHARS = 5  # a tool's label among them ("copy link", "font size" in a CJK script): a word, no phrase


def tool_row(text: str) -> bool:
    """Networks' buttons and the page's tools on one short line ("LINE Facebook <copy link> <font size>"): half
    its words or more name a network, the others short labels with no sentence's mark nor a small Latin letter
    (a headline's "and", "fined")."""
    tokens = text.split()
    if not 2 <= len(tokens) <= TOOL_ROW_WORDS or any(t[-1] in ".,;:!?。、，" for t in tokens):
        return False
    networks = sum(1 for t in tokens if _NETWORK.match(t))
    if networks < 2 or 2 * networks < len(tokens):
        return False
    return all(_NETWORK.match(t) or len(t) <= TOOL_CHARS and not any("a" <= c <= "z" for c in t) for t in tokens)


def is_share_row(text: str) -> bool:
    """A short line of share buttons: it ends on a share to a network, with a second command before."""
    text = text.strip()
    if not 0 < len(words(text)) <= ROW_WORDS:
        return False
    if _SHARE_LAST.search(text) is not None and _SECOND.search(text) is not None or _TWO_SHARES.search(text):
        return True
    if _SCRIPT_ROW.match(text):
        return True
    label, _, row = text.partition(" ")
    return label.isalpha() and 2 <= len(label) <= 20 and bool(pagewords.SHARE_ROW.match(row.strip()))
