"""A row of share buttons under a post, copied as one line of commands.

A blog's or a site's share row prints its buttons' labels one after another: send the post by
e-mail, blog it, share it on a network ("Email This BlogThis! Share to X"). Copied, it is a short line
that ends on "share on" and a network's name, with a second command before it (another share, the
e-mail's): a story's sentence ends on its mark and names no network this way. A row that opens
with two shares ("Share on X Share on Y Send by Z Comments (4)") is one too, whatever it ends on.
"""

from __future__ import annotations

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


def is_share_row(text: str) -> bool:
    """A short line of share buttons: it ends on a share to a network, with a second command before."""
    text = text.strip()
    if not 0 < len(words(text)) <= ROW_WORDS:
        return False
    return _SHARE_LAST.search(text) is not None and _SECOND.search(text) is not None or bool(_TWO_SHARES.search(text))
