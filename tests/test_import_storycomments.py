"""A story body named like a comment section ("commento-testo": an Italian opinion piece) is read as the story;
a readers' thread under the story is still left out.

Pages written for the test, in the project's own words.
"""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

PARAGRAPHS = [
    "Il consiglio comunale ha approvato ieri sera il nuovo piano per le piste ciclabili del quartiere nord, "
    "dopo una discussione durata quasi tre ore e molte proposte di modifica.",
    "Secondo la giunta, i primi cantieri apriranno in primavera e riguarderanno le strade vicino alle scuole, "
    "dove il traffico del mattino crea i problemi maggiori per chi va in bicicletta.",
    "Le associazioni dei residenti chiedono però tempi certi e un calendario pubblico dei lavori, perché i "
    "progetti annunciati negli anni passati sono rimasti quasi tutti sulla carta.",
    "Il finanziamento arriva in gran parte dalla regione, che ha messo a disposizione due milioni di euro per "
    "i comuni della provincia che presentano un progetto entro la fine dell'anno.",
]
THREAD = (
    '<div class="comments-area"><h3>3 commenti</h3>'
    '<div class="comment"><p class="comment-author">Lettore Uno</p><p>Finalmente una buona notizia per chi '
    "pedala tutti i giorni verso il centro della città.</p></div>"
    '<div class="comment"><p class="comment-author">Lettrice Due</p><p>Vedremo se i lavori partiranno davvero '
    "questa volta, ne dubito molto sinceramente.</p></div></div>"
)


def page(body_class: str) -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    return (
        "<!doctype html><html lang='it'><head><title>Piste ciclabili, il piano passa in consiglio</title></head>"
        "<body><main><article><header><p class='kicker'>Mobilità · Commento</p>"
        "<h1>Piste ciclabili, il piano passa in consiglio</h1>"
        "<p class='sommario'>Tre ore di discussione e un voto largo: ora servono i cantieri.</p></header>"
        f"<div class='{body_class}'>{paragraphs}</div></article>{THREAD}</main></body></html>"
    )


def test_a_body_named_like_a_comment_section_is_the_story() -> None:
    body = read_html(page("commento-testo")).body
    for paragraph in PARAGRAPHS:
        assert paragraph[:60] in body
    assert "Finalmente una buona notizia" not in body


def test_the_readers_thread_after_the_story_stays_out() -> None:
    body = read_html(page("articolo-testo")).body
    assert PARAGRAPHS[-1][:60] in body
    assert "Finalmente una buona notizia" not in body
    assert "Vedremo se i lavori" not in body
