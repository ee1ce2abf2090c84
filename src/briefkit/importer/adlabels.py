"""The labels an advertisement or a sponsor's piece carries, in every language the importer reads.

Three passes look for such a label — a saved page's box opened by one (`htmltails`), a copied page's
line alone over an ad's copy or glued to it (`storyboxes`), a label before a separator on the ad's
line (`storytrim`) — and each once kept its own list, so a language added to one was missing from
the others ("Inzercia" over a Slovak classified, "Oglasno sporočilo" over a Slovenian shop's offer).
The words live here once, as plain words; each pass builds its pattern from them.

A label is the word a site prints alone over the ad (the law asks for it in most of these
countries), never a word a story's sentence would stand on its own line with.
"""

from __future__ import annotations

import re

# the label words and phrases, lower case, "|"-joined by language (several languages share a word)
_BY_LANGUAGE: dict[str, str] = {
    "en": "advertisement|advert|ad|adv|sponsored|promoted|advertorial|paid content|paid post|partner content",
    "de": "anzeige|werbung|gesponsert|gesponserter|gesponserter inhalt|werbemitteilung",
    "fr": "publicité|sponsorisé|sponsorisée|sponsorisés|sponsorisées|contenu sponsorisé|publireportage",
    "es": "publicidad|patrocinado|patrocinada|patrocinados|patrocinadas|contenido patrocinado",
    "ca": "publicitat|contingut patrocinat",
    "it": "pubblicità|sponsorizzato|sponsorizzata|sponsorizzati|contenuto sponsorizzato",
    "pt": "publicidade|conteúdo patrocinado|publieditorial",
    "nl": "advertentie|gesponsord|gesponsorde|gesponsorde inhoud",
    "ru uk bg": "реклама|на правах рекламы|партнерский материал|партнерський матеріал|платена публикация",
    "pl": "reklama|artykuł sponsorowany|materiał sponsorowany|materiał partnera",
    "cs sk": "komerční sdělení|reklamní sdělení|inzercia|inzerát|komerčná prezentácia|platená prezentácia",
    "sl hr sr": "oglas|oglasno sporočilo|plačana objava|oglasna vsebina|plaćeni oglas|sponzorirano|sponzorisano",
    "hu ro": "hirdetés|szponzorált tartalom|publicitate|reclamă|conținut sponsorizat",
    "el tr": "διαφήμιση|χορηγούμενο|reklam|sponsorlu içerik",
    "fi sv": "mainos|kaupallinen yhteistyö|annons|annonssamarbete",
    "da no": "annonce|sponsoreret|annonse|annonsørinnhold",
    # a partner's paid piece ("Partner content", "Materiał partnera", "Contenu partenaire")
    "partner": "partnerinhalt|partnerinhoud|contenu partenaire|contenido de socio|contenido de partner|"
    "contenuto partner|contenuto del partner|conteúdo de parceiro|conteúdo parceiro|partnerský materiál|"
    "partnerský obsah|obsah partnera|материал партнера|материал партнёра|партнёрский материал|partnertartalom",
    "lt lv et id": "užsakomasis turinys|reklāma|reklāmraksts|reklaam|iklan|konten bersponsor",
}
AD_LABELS: tuple[str, ...] = tuple(w for joined in _BY_LANGUAGE.values() for w in joined.split("|"))


def _alternation(words: tuple[str, ...]) -> str:
    """The words as one regex alternation, the longest first (so "gesponserter inhalt" is not cut to "gesponserter"), a
    phrase's space matching any run of spaces."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _unaccented_greek(word: str) -> str:
    """Greek in capitals drops the accents ("ΔΙΑΦΗΜΙΣΗ")."""
    return word.translate(str.maketrans("άέήίόύώ", "αεηιουω"))


def words() -> str:
    """The labels for a pattern compiled with `re.IGNORECASE`."""
    return _alternation(AD_LABELS)


# words a story's line may begin with ("Ad Ancona …", "AD 79", "Reklama w telewizji …"): a label only alone
_SENTENCE_STARTS = frozenset({"ad", "adv", "iklan", "reklam", "reklama", "oglas", "annonce", "promoted"})


def shouted_words() -> str:
    """The labels in capitals, for a case-sensitive pattern ("ANZEIGE Jetzt …")."""
    glued = tuple(w for w in AD_LABELS if w not in _SENTENCE_STARTS)
    return _alternation(tuple(_unaccented_greek(w).upper() for w in glued) + tuple(w.upper() for w in glued))


def titled_words() -> str:
    """The labels with a capital first letter, for a case-sensitive pattern ("Anzeige Jetzt …")."""
    return _alternation(tuple(w[:1].upper() + w[1:] for w in AD_LABELS if w not in _SENTENCE_STARTS))
