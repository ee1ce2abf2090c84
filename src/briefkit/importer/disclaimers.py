"""A disclaimer the page prints under or beside its story, opened by its own label: "Disclaimer: …".

Sites that carry syndicated, sponsored or readers' content set a paragraph under every story that
disowns it: "Legal Disclaimer: the information is provided as is", "(Disclaimer: the views of the
experts are their own)", "声明：本网转载其他媒体内容…", "Haftungsausschluss: …". The label names the
paragraph for what it is, in whatever language the page is in, so the line is furniture however long
it runs; a story quoting a disclaimer does so inside a sentence, never as a line that opens with the
label and its colon.
"""

from __future__ import annotations

import re

from briefkit.importer.lazyre import compile_later

# The label, optionally in brackets or after a legal/important qualifier, then its colon (or a dash).
# Only the words that mean "disclaimer" (a disowning of responsibility), never a bare "note", "warning" or
# "statement", which also open an editor's note or a quoted statement.
_LABEL = compile_later(
    r"^[\s(\[*【]*(?:(?:legal|important|general)\s+)?(?:"
    r"disclaimer|haftungsausschluss|rechtlicher\s+hinweis|"
    r"clause\s+de\s+non[- ]responsabilité|avis\s+de\s+non[- ]responsabilité|"
    r"descargo\s+de\s+responsabilidad|exención\s+de\s+responsabilidad|aviso\s+legal|"
    r"esclusione\s+di\s+responsabilità|dichiarazione\s+di\s+non\s+responsabilità|"
    r"isenção\s+de\s+responsabilidade|aviso\s+de\s+isenção|vrijwaring|"
    r"отказ\s+от\s+ответственности|дисклеймер|відмова\s+від\s+відповідальності|отказ\s+от\s+отговорност|"
    r"wyłączenie\s+odpowiedzialności|zastrzeżenie\s+prawne|sorumluluk\s+reddi|yasal\s+uyarı|"
    r"ansvarsfriskrivning|ansvarsfraskrivelse|vastuuvapauslauseke|felelősségkizárás|jogi\s+nyilatkozat|"
    r"vyloučení\s+odpovědnosti|zřeknutí\s+se\s+odpovědnosti|declinarea\s+responsabilității|"
    r"αποποίηση\s+ευθύνης|penafian|tuyên\s+bố\s+miễn\s+trừ\s+trách\s+nhiệm|miễn\s+trừ\s+trách\s+nhiệm|"
    r"إخلاء\s+(?:ال)?مسؤولية|سلب\s+مسئولیت|अस्वीकरण|"
    r"免责声明|免責聲明|免責事項|免责|版权声明|版權聲明|声明|聲明|면책\s*(?:조항|공고)?"
    r")\s*(?:[:：—–-]|(?<=[^\W\d_])[】\]]\s*)",
    re.I,
)
_MIN_CHARS = 12  # the label and a few words after it: "Disclaimer:" alone is a heading, cut elsewhere


def is_disclaimer(text: str) -> bool:
    """Whether the line opens with a disclaimer's label and goes on to say something after it."""
    m = _LABEL.match(text)
    return m is not None and len(text.strip()) - m.end() >= _MIN_CHARS
