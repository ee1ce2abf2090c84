"""The notices a site prints beside every story (its standards, a browser notice, a campaign's counter, a
release's number, a related story run into its label, the house's product to download) go; the story's
sentences on the same subjects stay. Also the furniture the older passes now know in more shapes: a
placeholder that says its content is not shown, a poll's button run into its last answer, a bar of a
save and a gift button run together, an offer for all of a house's paid articles, a contest's call.

The lines are written for these tests in the eight languages, in the shapes pages print them.
"""

from __future__ import annotations

import pytest

from briefkit.importer import embeds, houselines, pagecalls, readwalls
from briefkit.importer.sitenotices import notice_line, without_notices

NOTICES = [
    # the house's word on its own reporting
    "Why you can trust Harbour Radio News",
    "Warum Sie uns vertrauen können",
    "Pourquoi vous pouvez nous faire confiance",
    "Por qué puedes confiar en nosotros",
    "Waarom u ons kunt vertrouwen",
    "Our editorial standards",
    "Our inquest reporting policy: we name the dead when the coroner does, and we tell the family first.",
    "Unsere redaktionellen Grundsätze",
    "Nuestros principios editoriales",
    "Наши редакционные принципы",
    # the reader's browser addressed
    "Please use a recent browser for the full map",
    "Your browser does not support the audio element.",
    "Ihr Browser unterstützt diese Grafik nicht.",
    "Votre navigateur ne permet pas d'afficher cette carte",
    "Su navegador no es compatible con este reproductor",
    "Ваш браузер не поддерживает видео",
    # a campaign's counter
    "12.480 von 20.000 Unterschriften",
    "3,112 of 5,000 signatures",
    "€8,250 raised of €15,000 goal",
    "1 204 signatures sur 2 000",
    "7.431 de 10.000 firmas",
    "2 311 из 5 000 подписей",
    # a press release's number on its own line
    "Press Release Number: PR/26/61",
    "Pressemitteilung Nr. 118/2026",
    "Communiqué de presse n° 42",
    "Nota de prensa nº 17/2026",
    # a related story's headline run into its label
    "Related Ferry timetable changes from Monday",
    "Relacionado El puerto amplía su horario de invierno",
    "Leggi anche Il porto raddoppia le corse notturne",
    "Lees ook De veerboot vaart voortaan ook 's nachts",
    "Nossos princípios editoriais",
    "Este vídeo não está disponível no seu navegador",
    # the house's product offered for download
    "REPORT: Download our Harbour Traffic Review 2027 (Members)",
    "Téléchargez notre guide des marées",
    # a broadcaster's note of a programme under its label
    "Programmtipp: Am Freitag ab 20 Uhr – die Reportage vom Hafen",
    "On air: the harbour debate, Sunday at 9 am",
    # the house's own event for its readers
    "Readers can put their questions to the harbour master at our next live Q&A on 3 June.",
    # a trial of the subscription, the way in for those who pay, a campaign's button, a raffle
    "Jetzt 4 Wochen kostenlos testen",
    "Try 30 days for £1",
    "Prueba un mes gratis",
    "Попробуйте месяц бесплатно",
    "¿Ya tienes cuenta? Inicia sesión",
    "Déjà abonné ? Connectez-vous",
    "Sign the petition",
    "Firma la petizione",
    "Faites un don",
    "Пожертвовать",
    "Concurso: gana dos entradas para el concierto del puerto",
    "Winactie: win twee kaartjes voor de veerboot",
    # an ad's note that the story goes on, a topic's follow button, the search engine's button for the house
    "Der Artikel wird nach der Anzeige fortgesetzt",
    "Продолжение после рекламы",
    "Thema folgen",
    "Suivre ce sujet",
    "Volg dit onderwerp",
    "Add Harbour Radio as a preferred source on Google",
    # the note that the story belongs to the house's series
    "This story is part of our series on island life",
    "Dieser Artikel ist Teil unserer Serie „Inselleben“",
]
STORY = [
    "Residents said they trust the harbour master to keep the ferry running.",
    "Our policy is simple, the mayor said: nobody pays more than last year.",
    "The ministry said its standards for ferries would be reviewed in the spring.",
    "The browser maker said the update would reach users within a week.",
    "Users of older browsers could not open the council's booking page on Monday.",
    "Nearly 12,000 residents signed the petition against the closure of the ferry.",
    "Twelve of the sixteen districts reported a rise in visitors.",
    "The press release said the ferry would run until midnight.",
    "Related costs rose by 4 per cent, the operator said.",
    "Relacionado con el puerto, el alcalde anunció una nueva línea.",
    "Download speeds on the island doubled after the new cable arrived.",
    "The harbour board will discuss the timetable at its next meeting in June.",
    "Residents can try the new ferry for free during the first week, the operator said.",
    "Test results from the first month showed the boats ran on time.",
    "Already in March the council had signed the contract with the operator.",
    "Leggi anche il regolamento del porto, ha detto il sindaco.",
    "The booking page now works in your browser without an app, the operator said.",
    "Die Stadt setzt weiter auf Werbung.",
    "Follow the signs to the pier, the operator said.",
    "The council is the preferred source of figures on the ferry.",
    "This ferry is part of a fleet of six, the operator said.",
    "Supporters of the ferry signed a petition last year.",
    "The concurso for the new pier was won by a firm from Vigo.",
]


@pytest.mark.parametrize("line", NOTICES)
def test_a_sites_notice_goes(line: str) -> None:
    assert notice_line(line)


@pytest.mark.parametrize("line", STORY)
def test_the_storys_sentences_on_the_same_subjects_stay(line: str) -> None:
    assert not notice_line(line)


def test_a_campaigns_counter_goes_with_its_label_and_its_button() -> None:
    body = [
        "The association wants the old weir at the mill removed before the salmon return in autumn.",
        "Petition: Free the river now!",
        "3,112 of 5,000 signatures",
        "Sign now",
        "The district will decide on the weir in March, after an expert's report on the fish ladder.",
    ]
    assert without_notices(body) == [body[0], body[4]]


def test_a_label_over_something_else_stays_beside_a_counter() -> None:
    body = ["The figures in the river report:", "Salmon counted in 2025", "3,112 of 5,000 signatures", "Results"]
    assert without_notices(body) == body[:2] + body[3:]


PLACEHOLDERS = [
    "Este contenido de la red social no se muestra porque no has aceptado las cookies.",
    "Dieser Inhalt wird nicht angezeigt, weil Sie der Nutzung von Cookies nicht zugestimmt haben.",
    "This content is not displayed because you have not accepted third-party cookies.",
    "Il contenuto non è visualizzato perché non hai accettato i cookie.",
]


@pytest.mark.parametrize("line", PLACEHOLDERS)
def test_a_placeholder_saying_its_content_is_not_shown_goes(line: str) -> None:
    assert readwalls.wall_line(line)


def test_a_placeholder_word_in_a_story_sentence_stays() -> None:
    assert not readwalls.wall_line("The content of the report was shown to councillors, who accepted it on Monday.")


def test_a_polls_button_run_into_its_last_answer_goes_with_the_question() -> None:
    blocks = [
        "The ferry will run every hour from May, the operator said on Tuesday.",
        "Poll",
        "Should the ferry run at night too?",
        "Yes, every night No, only at weekendsVote",
        "The operator will publish the new timetable in April.",
    ]
    assert embeds.without_polls(blocks) == [blocks[0], blocks[4]]


def test_a_save_and_a_gift_button_run_together_are_a_bar() -> None:
    assert houselines.button_bar("Artikel merkenDiesen Artikel verschenken")
    assert houselines.button_bar("Save articleGift this article")
    assert not houselines.button_bar("Gift aid for the harbour")


OFFERS = [
    "Lesen Sie alle Plus-Artikel 4 Wochen für 1 € – danach 7,99 € monatlich.",
    "Read all premium articles for £1 a week",
    "Jetzt mitspielen: Das Hafen-Adventsgeld – 500 Euro jeden Tag!",
    "Enter now: win a weekend on the island for two!",
    "Participez et gagnez : deux places pour le concert !",
]


@pytest.mark.parametrize("line", OFFERS)
def test_an_offer_for_all_paid_articles_and_a_contests_call_go(line: str) -> None:
    assert pagecalls.is_page_call(line, len(line.split()))


@pytest.mark.parametrize(
    "line",
    [
        "Readers of all articles on the site paid 4 € more this year, the publisher said.",
        "Play resumed at 3 pm after the rain, and the home side won by 12 runs.",
        "The lottery paid out 500 euros to each winner, the operator said.",
    ],
)
def test_a_story_on_prices_and_games_stays(line: str) -> None:
    assert not pagecalls.is_page_call(line, len(line.split()))


def test_a_documents_link_goes_with_its_type_and_size() -> None:
    body = [
        "The harbour board published its review of the ferry contract on Tuesday afternoon.",
        "Ferry contract review",
        "PDF, 1.8MB · Harbour Board",
        "The review found that the operator had missed its punctuality target in nine of twelve months.",
    ]
    assert without_notices(body) == [body[0], body[3]]


def test_a_sentence_over_a_files_size_stays() -> None:
    body = ["The board's review runs to forty pages.", "PDF (1.8 MB)", "It will be debated in March, the board said."]
    assert without_notices(body) == [body[0], body[2]]


def test_a_programme_notes_label_goes_with_the_line_under_it() -> None:
    body = [
        "The lifeboat crew trained for six months before the first rescue of the winter.",
        "Programmtipp",
        "Am Sonntag ab 18 Uhr: die ganze Reportage im Regionalmagazin.",
        "The crew now meets every Tuesday evening at the station.",
    ]
    assert without_notices(body) == [body[0], body[3]]


def test_a_may_interest_you_label_ends_over_the_other_storys_headline() -> None:
    from briefkit.importer import pagewords

    assert pagewords.READ_ALSO.match("Quizás te interese")
    assert pagewords.END_MARKER.match("Вам может быть интересно")
    assert not pagewords.READ_ALSO.match("Quizás te interese saber que el puerto abre")
