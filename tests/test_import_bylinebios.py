"""A story's last line on its writer, opening with the byline's full name, is the writer's bio."""

from briefkit.importer.bylinebios import is_byline_bio, printed_name
from briefkit.importer.storyboxes import without_boxes

AUTHORS = ("Marta Lindqvist",)


def test_titles_before_the_name_and_a_verb_after_it() -> None:
    line = "Prof. Dr. Marta Lindqvist leitet das Labor für Bodenkunde in Gießen. Sie forscht seit 2009 zu Mooren."
    assert printed_name(line, AUTHORS) == "Prof. Dr. Marta Lindqvist"
    assert is_byline_bio("Marta Lindqvist teaches hydrology and writes on rivers.", AUTHORS)


def test_a_line_about_someone_else_or_a_long_paragraph_is_no_bio() -> None:
    assert not is_byline_bio("Peter Holm leitet das Labor seit 2009.", AUTHORS)
    assert not is_byline_bio("Marta Lindqvist, the mayor said, will decide.", AUTHORS)
    long_line = "Marta Lindqvist leitet das Labor. " + "Es geht um viele Messungen im Moor. " * 12
    assert not is_byline_bio(long_line, AUTHORS)
    assert not is_byline_bio("Marta Lindqvist leitet das Labor", AUTHORS)  # no sentence


def test_the_bio_closing_a_copied_story_is_cut() -> None:
    story = [
        "Moore speichern mehr Kohlenstoff als Wälder, zeigt eine neue Messreihe.",
        "Die Forscher haben zwölf Standorte über drei Jahre beobachtet.",
        "Entwässerte Flächen geben dabei große Mengen Gas ab.",
        "Eine Wiedervernässung könnte das in wenigen Jahren umkehren.",
        "Dr. Marta Lindqvist leitet das Labor für Bodenkunde in Gießen.",
    ]
    body, _ = without_boxes(story, AUTHORS)
    assert body == story[:-1]


def test_a_saved_page_s_card_with_a_titled_name_and_a_verb_is_left_out() -> None:
    import lxml.html

    from briefkit.importer.writerbios import without_writer_bio

    story = [
        "Moore speichern mehr Kohlenstoff als Wälder, zeigt eine neue Messreihe aus dem Norden.",
        "Die Forscher haben zwölf Standorte über drei Jahre beobachtet und Proben genommen.",
        "Entwässerte Flächen geben dabei große Mengen Gas ab, vor allem im Sommer.",
    ]
    bio = "leitet das Labor für Bodenkunde in Gießen. Sie forscht seit 2009 zu Mooren."
    paragraphs = "".join(f"<p>{s}</p>" for s in story)
    card = f"<div class='box'><img src='m.jpg' alt=''><p><strong>Dr. Marta Lindqvist</strong> {bio}</p></div>"
    tree = lxml.html.document_fromstring(f"<html><body><article><div>{paragraphs}</div>{card}</article></body></html>")
    assert without_writer_bio([*story, f"**Dr. Marta Lindqvist** {bio}"], AUTHORS, tree) == story
    inside = lxml.html.document_fromstring(
        f"<html><body><article><div>{paragraphs}<p>Dr. Marta Lindqvist {bio}</p></div></article></body></html>"
    )
    kept = [*story, f"Dr. Marta Lindqvist {bio}"]
    assert without_writer_bio(kept, AUTHORS, inside) == kept  # the story's own element: no card
