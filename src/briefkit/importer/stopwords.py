"""Function words: what running prose is full of and page furniture is not.

A sentence in any European language is about a third articles, pronouns, prepositions,
conjunctions and auxiliaries; a tag cloud, a list of names, a menu printed on one line or a row
of product labels has almost none, however long it is. The share of such words tells the two
apart without knowing any publisher's vocabulary. The lists are the commonest function words of
English, German, French, Spanish, Italian, Portuguese, Dutch, Polish and Russian; a text in a
language not listed (or one written without spaces) has no share at all, which callers read as
"cannot tell", never as "furniture". More languages' function words and markers are joined from
`worldstopwords`.
"""

from __future__ import annotations

from briefkit.importer import worldstopwords
from briefkit.importer.lazyre import compile_later

_WORDS = """
a an the and or but of to in on at by for with from as is are was were be been being it its this that
these those he she they we you i his her their our my your not no if than then so do does did has have
had will would can could should may might must which who whom what when where there here also only
der die das den dem des ein eine einer eines einem einen und oder aber nicht ist sind war waren wird
werden wurde wurden hat haben hatte sich mit von zu zum zur im in an am auf aus bei nach vor für über
unter durch um auch noch nur schon sie er es wir ihr ich man dass als wie wenn so doch denn ob sein
seine ihre ihren einen kein keine mehr sehr dann dort hier diese dieser dieses wo was muss müssen musste
kann können konnte soll sollen sollte will wollen wollte darf dürfen gibt gab geht ging viel viele immer
le la les un une des du de et ou mais ne pas est sont était été être a ont avait il elle ils elles
nous vous je on ce cet cette ces qui que quoi dont où dans sur sous par pour avec sans en au aux
plus se sa son ses leur leurs comme si aussi y
el la los las un una unos unas y o pero no es son era fue ser ha han había de del al en con por para
sin sobre entre que quien cual como cuando donde se su sus lo le les más muy también ya este esta
estos estas ese esa
il lo gli i uno una e o ma non è sono era stato essere ha hanno di da in con su per tra fra che chi
come quando dove si suo sua suoi sue loro più anche del della dei delle al alla ai alle nel nella
o a os as um uma uns umas e ou mas não é são era foi ser tem têm de do da dos das em no na nos nas
com por para sem sobre entre que quem como quando onde se seu sua seus suas mais muito também já
de het een en of maar niet is zijn was waren wordt worden heeft hebben had van te in op aan bij met
voor door naar om uit over onder dat die dit deze ze hij zij wij we ik je er ook nog al als wanneer
w z i a o na do od za po przez dla nie jest są był była było to ten ta te się że jak ale czy oraz
и в во не на с со что как а но или к по из у за от до о об для это он она они мы вы я его её их был
была было были есть также уже только же бы ли при после когда если чтобы так то все всё всех этот эта эти
этого этой этом который которая которое которые которых которой котором будет будут может ни даже ещё
еще где там тем того том чем под над без через между ему ей им себя свой своей своих
"""
FUNCTION_WORDS = frozenset(_WORDS.split()) | frozenset(worldstopwords.WORDS.split())
_WORD = compile_later(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")


def share(text: str) -> float | None:
    """The share of function words among a text's words; None when it has fewer than eight words."""
    words = _WORD.findall(text.casefold())
    if len(words) < 8:
        return None
    return sum(w in FUNCTION_WORDS for w in words) / len(words)


# Words frequent in one of the languages above and rare in the others: enough to name the language
# of a page that does not declare it (trafilatura's fallback reads a page with its language's stopwords).
_MARKERS = {
    "en": "the and of is with that was for are this",
    "de": "der die und ist nicht mit das sich auch dem",
    "fr": "le les et est une des dans pour qui pas",
    "es": "el los las y es del por para una con",
    "it": "il gli della che è non per sono di una",
    "pt": "os não uma é do da em com são que",
    "nl": "het een en niet van op zijn dat met voor",
    "pl": "w z nie jest się że na do jak to",
    "ru": "и в не на что как это с по он",
}
_MARKER_SETS = {lang: frozenset(words.split()) for lang, words in {**_MARKERS, **worldstopwords.MARKERS}.items()}


def guess_language(text: str) -> str | None:
    """The ISO 639-1 code of the listed language the text is written in, or None when unclear."""
    words = _WORD.findall(text[:20000].casefold())
    counts = sorted(((sum(w in marks for w in words), lang) for lang, marks in _MARKER_SETS.items()), reverse=True)
    (best, lang), (second, _) = counts[0], counts[1]
    return lang if best >= 8 and best >= 1.5 * second else None
