"""The heading a newsletter's or a blog's platform sets over the readers' discussion under a post.

"Discussion about this post", "Diskussion zu diesem Beitrag": the platform names the thread and the
post it hangs under, in the reader's language. A story's own subheading "Discussion" (a paper's
section) names no post after it, so only the heading with its "about this post" is one.
"""

from __future__ import annotations

# the discussion's word, "about", "this", then the post's word, in each language
DISCUSSION = (
    r"(?:discussion|diskussion|discusión|discussione|discussão|discussie|обсуждение)\s+"
    r"(?:about|on|of|zu|über|sur|à\s+propos\s+de|sobre|de|su|di|over|van|по|к)\s+"
    r"(?:this|diesem|dieser|ce(?:t|tte)?|este|esta|esto|questo|questa|deze|dit|этой|этому|этом)\s+"
    r"(?:post|beitrag|artikel|article|billet|publicación|publicação|artículo|artigo|articolo|bericht|"
    r"записи|посту|статье|материалу)"
)
