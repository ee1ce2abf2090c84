"""Whether an element stands in a picture's caption: a `<figcaption>`, or a box its class names as one.

Many templates set a picture's caption in a plain `<div>` or `<p>` whose class says what it is:
"caption", "wp-caption-text", Spanish "pie" (de foto), French "légende", Italian "didascalia", German
"Bildunterschrift", Dutch "onderschrift". A name credited inside one is the photographer's, even when
the credit's own class says "author" ("autor-foto": the picture's author).
"""

from __future__ import annotations

import re
from typing import Any

from briefkit.importer.elementtext import clean_text
from briefkit.importer.lazyre import compile_later

# the caption's word in a class, in the languages news is written in, set apart from the class's other words
# ("pie" alone or as "pie-foto", not "piece"; "legend" but not "legendary")
_CAPTION_CLASS = compile_later(
    r"caption|(?<![a-z])(?:l[eé]gende?s?|leyenda|legenda|didascalia|pie|piefoto|bildunterschrift|bildtext|"
    r"unterschrift|onderschrift|bijschrift|fotobijschrift|podpis|подпись|λεζάντα|alt[ıi]yaz[ıi])(?![a-z])",
    re.IGNORECASE,
)
_CLIMB = 3  # the credit's own span, the caption's line, the caption's box


def caption_box(el: Any) -> Any | None:
    """The caption the element stands in (a `<figcaption>`, or a near ancestor classed as a caption), or None."""
    for depth, box in enumerate(el.iterancestors()):
        if box.tag in ("body", "html", "article", "main"):
            return None
        if box.tag == "figcaption":
            return box
        if depth < _CLIMB and _CAPTION_CLASS.search(f"{box.get('class') or ''} {box.get('id') or ''}"):
            return box
    return None


def picture_credit(el: Any, text: str) -> bool:
    """An "author" inside a picture's caption that prints more than it: the photographer's credit
    ("… en Cartagena. <span class=autor-foto>Agency/Sam Poe</span>"), not the story's writer. A caption
    holding the name alone is a writer's portrait, whose name it is."""
    caption = caption_box(el)
    return caption is not None and len(clean_text(caption.text_content())) > len(text) + 10
