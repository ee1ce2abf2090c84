"""`briefkit import`: news articles (page-text dumps, saved HTML pages) into annotated briefings.

One reader per source format (`textdump`, `html`) produces an `article.Article`; `annotate`
matches it against the site's registry; `writer` turns both into a briefing document through
the same front-matter code the loader reads.
"""
