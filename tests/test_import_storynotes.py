"""A page's notes on the story it carries and the buttons beside it, one line each: they go; the
story's sentences on translators, mistakes, advertising and first publications stay.

The lines are written for these tests, in the eight languages, in the shapes pages print them.
"""

from __future__ import annotations

import pytest

from briefkit.importer.boilerplate import is_interface_line

NOTES = [
    # where the story was published first
    "Dieser Artikel ist zuerst auf hafenblatt.example erschienen.",
    "This story was originally published by The Estuary Post.",
    "Cet article a été initialement publié sur le site du Quai.",
    "Este artículo se publicó originalmente en El Muelle.",
    "Questo articolo è stato pubblicato originariamente su Il Molo.",
    "Este artigo foi publicado originalmente no Cais.",
    "Dit artikel verscheen eerder op De Kade.",
    "Эта статья впервые опубликована на сайте «Причал».",
    # a machine's translation
    "Dieser Text wurde mit Hilfe künstlicher Intelligenz übersetzt und redaktionell geprüft.",
    "This article was translated with the help of AI and reviewed by our editors.",
    "Cet article a été traduit avec l'aide de l'intelligence artificielle.",
    "Este artículo fue traducido automáticamente.",
    # the story goes on below an advertisement
    "Weiterlesen nach der Anzeige",
    "Article continues below advertisement",
    "La suite après cette publicité",
    "El artículo continúa después del anuncio",
    "L'articolo continua dopo la pubblicità",
    "Het artikel gaat verder na de advertentie",
    "Продолжение после рекламы",
    # the story goes on below an advertisement the line does not name
    "Story continues below",
    "L'articolo continua sotto",
    "Der Artikel geht unten weiter",
    # the story read aloud by a machine: its player's note
    "Audio generated with artificial intelligence",
    "Audio généré par intelligence artificielle",
    # the call to report a mistake
    "Haben Sie einen Fehler entdeckt? Melden Sie ihn uns.",
    "Report an error in this article",
    "Spotted a mistake? Let us know.",
    "Vous avez repéré une erreur ? Signalez-la-nous.",
    "¿Has visto un error? Avísanos.",
    "Hai trovato un errore? Segnalacelo.",
    "Encontrou um erro? Avise-nos.",
    "Fout gezien? Laat het ons weten.",
    "Нашли ошибку? Выделите её и нажмите Ctrl+Enter.",
    # the answer names the page of corrections
    "Fehler entdeckt? Alle Korrekturen finden Sie hier.",
    "Found an error? See our corrections page.",
    "¿Encontró un error? Consulte nuestras correcciones.",
    # the whole piece on air, or watched again
    "Das ganze Interview hören Sie am Sonntag um 18 Uhr im Hafenfunk.",
    "Watch the full report on the evening bulletin at 7pm",
    "Revoir le reportage dans le journal de 19h",
    "🎙 Escucha la entrevista completa con la capitana en el programa de la mañana",
    "Rivedi il servizio nella sezione on demand",
    "Assista à reportagem completa no jornal da noite",
    "Kijk de hele uitzending terug op de site",
    "Смотрите сюжет полностью в вечернем выпуске",
    # a machine's share in writing the piece
    "Dieser Beitrag wurde mit Unterstützung von KI erstellt und redaktionell geprüft.",
    "This article was written with the help of artificial intelligence.",
    "Cet article a été rédigé avec l'aide de l'intelligence artificielle.",
    "Este artículo fue generado con ayuda de inteligencia artificial.",
    "Questo articolo è stato scritto con l'aiuto dell'intelligenza artificiale.",
    "Este artigo foi gerado com apoio de IA.",
    "Dit artikel is gemaakt met hulp van AI.",
    "Эта статья создана с помощью ИИ.",
    # back to the list, print, save
    "Zurück zur Übersicht",
    "Back to all news",
    "Retour à la liste des actualités",
    "Volver al listado de noticias",
    "Torna all'elenco delle notizie",
    "Voltar para a lista de notícias",
    "Terug naar het overzicht",
    "Вернуться к списку новостей",
    "Diesen Artikel drucken",
    "Imprimer cet article",
    "Guardar artículo",
    "Salva articolo",
    "Artikel bewaren",
    "Сохранить статью",
    # a gallery's button, by the pictures it opens
    "Alle Bilder anzeigen",
    "Bildergalerie: 12 Fotos",
    "Voir les 8 photos",
    "Ver las 15 fotos",
    "Guarda tutte le foto",
    "Veja as 10 fotos",
    "Bekijk alle 12 foto's",
    "Смотреть все фото",
]
STORY = [
    "The translator said the AI tools could never replace a human ear for dialect.",
    "Die Übersetzerin sagt, künstliche Intelligenz werde ihren Beruf verändern.",
    "The advertising campaign continues until the end of the month.",
    "The board found an error in the figures and said it would report it to the ministry.",
    "Did the mayor report the error to the council?",
    "Les erreurs de calcul ont été signalées au préfet en mars.",
    "Back to the harbour the boats came, one after another.",
    "The story was first published in 1921 in a local almanac, the historian said.",
    "Der Bericht wurde zuerst im Stadtrat vorgestellt und erst später veröffentlicht.",
    "Print and save the forms before the office closes, the clerk said.",
    "Zurück zur Normalität ging es erst im Mai.",
    "Alle Bilder zeigen den Hafen im Winter.",
    "The show had 12 pictures on the wall.",
    "Vedi le 3 foto: il molo, la chiusa e il faro.",
    "Were there errors? The corrections came a week later, the auditor said.",
    "The software written by the start-up uses AI to sort the post.",
    "Der Beitrag für den Hafenverein wurde erneut erhöht.",
    "Figures show the full report was ignored by the board.",
    "The interview lasted an hour, and the whole crew listened in.",
    "The fake audio was generated with AI, the court heard.",
    "The cable story continues below the bridge deck, said the engineer.",
    "The water continues below",
]


@pytest.mark.parametrize("line", NOTES)
def test_a_note_on_the_story_or_a_button_beside_it_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize("line", STORY)
def test_the_storys_sentences_on_the_same_subjects_stay(line: str) -> None:
    assert not is_interface_line(line)


@pytest.mark.parametrize(
    "row", ["Onderwerpen: haven, sluis", "Thèmes : port, écluse", "Temas: porto, eclusa", "Темы: порт"]
)
def test_a_topics_row_is_page_data_in_the_other_languages(row: str) -> None:
    from briefkit.importer.pagedata import is_page_data

    assert is_page_data(row)


@pytest.mark.parametrize(
    "line",
    [
        "Den ganzen Beitrag zeigen wir noch einmal am Sonntag um 18:30 Uhr im Regionalmagazin.",
        "The full report will be repeated on Sunday at 9.30pm.",
        "Le reportage sera rediffusé samedi à 12h15.",
        "El reportaje se emitirá de nuevo el domingo a las 14:00.",
        "Il servizio andrà in replica domenica alle 13.30.",
        "A reportagem será reexibida no sábado às 10h.",
        "De uitzending wordt zondag om 18.00 uur herhaald.",
        "Сюжет повторят в субботу в 10:30.",
    ],
)
def test_a_broadcast_pieces_second_airing_is_a_note(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "The council met again on Thursday at 18:30 to discuss the report from the auditors.",
        "Der Beitrag wurde erneut um 18:30 Uhr im Ausschuss diskutiert.",
        "The ferry will run again on Sunday at 9:30, the operator said.",
    ],
)
def test_a_storys_meeting_again_at_an_hour_stays(line: str) -> None:
    assert not is_interface_line(line)


CORRECTIONS = [
    "Hinweis: In einer früheren Version dieses Artikels stand eine falsche Zahl der Leser. Wir haben sie berichtigt.",
    "Correction: An earlier version of this story misstated the year the library opened.",
    "Une version précédente de cet article donnait une mauvaise date d'ouverture de la bibliothèque.",
    "Una versión anterior de esta noticia atribuía la cita al alcalde y no a la bibliotecaria.",
    "Una versione precedente di questo articolo riportava un orario sbagliato.",
    "Uma versão anterior deste texto informava incorretamente o horário da biblioteca.",
    "In een eerdere versie van dit artikel stond een verkeerd aantal bezoekers.",
    "В предыдущей версии статьи было неверно указано число читателей.",
]


@pytest.mark.parametrize("line", CORRECTIONS)
def test_a_correction_note_on_an_earlier_version_of_the_piece_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "An earlier version of the bylaw let the library close on Sundays in the summer.",
        "Die frühere Fassung des Gesetzes sah keine Öffnung am Sonntag vor.",
        "Une version précédente du règlement fermait la bibliothèque le dimanche.",
        "La première version du texte a circulé le 2 mai sur un forum de lecteurs.",  # another text, first
    ],
)
def test_a_storys_sentence_on_an_earlier_version_of_something_else_stays(line: str) -> None:
    assert not is_interface_line(line)


def test_a_russian_storys_earlier_version_of_a_laws_article_stays() -> None:
    assert not is_interface_line("В предыдущей версии статьи 12 закона срок подачи заявлений был короче.")
