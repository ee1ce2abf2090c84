"""The words a consent banner uses for cookies when it does not write "cookie", in each language.

A banner at the top of a copied page is a sentence of prose: read as the story's first line it
pulls the story's start up over the headline. Many banners never write "cookie": French ones
say "traceurs" or "témoins", English ones "trackers", and the languages of the smaller sites
have their own word ("galetes", "kolačići", "piškotki", "бисквитки", "sīkdatnes"). And the site
speaks of itself using them ("nous utilisons", "fem servir"): that, or the words of consent and
personalised advertising, is what tells the banner from a story about tracking.
"""

from __future__ import annotations

# the things a site stores in the reader's browser, named as banners name them without "cookie"
# (a line of a few dozen words at most: a story about trackers is longer)
COOKIE_WORDS = (
    r"trackers?|traceurs?|témoins|galetes|kolačić\w*|piškot\w*|piškót\w*|бисквитк\w*|колачић\w*|"
    r"slapuk\w*|sīkdatn\w*|küpsis\w*|evästee\w*|ciasteczk\w*|çerez\w*|sütik\w*|куки|"
    # Norwegian "informasjonskapsler", Swedish "kakor", Icelandic "vafrakökur"
    r"informasjonskaps\w*|kakor|kakorna|vafrakök\w*"
)
# the site speaking of itself as the one that sets them, and the consent and advertising they serve
SITE_USES = (
    r"we\s+use|nous\s+utilisons|nous\s+et\s+nos\s+partenaires|wir\s+(?:verwenden|nutzen)|utilizamos|usamos|"
    r"utilizziamo|usiamo|wij\s+gebruiken|we\s+gebruiken|мы\s+используем|fem\s+servir|utilitzem|koristimo|"
    r"používame|uporabljamo|използва\w*|naudojame|izmantojam|kasutame|mesurer\s+l['’]audience|"
    r"personali[sz]\w+|personalitz\w+|publicit\w+\s+personali\w+|"
    # "we use" in the Nordic languages, Finnish, Polish, Czech, Turkish, Romanian, Hungarian, Greek
    r"vi\s+(?:använder|bruker|benytter|bruger|anvender)|käytämme|używamy|používáme|kullanıyoruz|folosim|"
    r"használunk|χρησιμοποιούμε|"
    # the reader's privacy, named beside them in the Nordic languages ("Les mer om personvern")
    r"personvern|integritetspolicy|persondatapolitik|privatlivspolitik|tietosuoja\w*"
)
BANNER_WORDS = 40  # a banner that names them so is a sentence or two
