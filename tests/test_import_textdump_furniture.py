"""Furniture that publishing systems print after (or inside) every story, read from a copied page:
a newsletter's sign-up box, the heading over the readers' comments. Each is told by its shape and
by vocabulary every site of a language shares.

The dumps are written for these tests, in the shapes real pages give.
"""

from __future__ import annotations

from briefkit.importer import boilerplate, pagedata, signups, supportboxes
from briefkit.importer.textdump import read_text_dump

STORY = [
    "The Valley Post",
    "News",
    "Weather",
    "Ferry crossings resume after a week of storms",
    "By Ann Example",
    "4 May 2021",
    "The first ferry in eight days left the harbour at dawn on Tuesday, carrying mostly lorries that had "
    "waited on the quay since the storm closed the crossing.",
    "Harbour staff spent the weekend clearing debris from the slipway and checking the mooring posts, "
    "two of which had to be replaced before any boat could dock.",
    "The operator said timetables would return to normal by the end of the week, though the late "
    "evening crossing stays suspended until the lights on the pier are repaired.",
    "Islanders who had been stranded on the mainland queued for the first boats, many of them with "
    "shopping for neighbours who had run short of supplies during the closure.",
]


def _dump(*parts: list[str]) -> str:
    return "\n".join(line for part in parts for line in part) + "\n"


def test_a_sign_up_box_after_the_story_goes_in_each_language() -> None:
    boxes = [
        ["Get the morning briefing in your inbox", "Five stories before breakfast, every weekday.", "Email Sign up"],
        ["Ricevi le notizie nella tua casella di posta", "Una mail al giorno con le storie della valle.", "Invia"],
        ["Recibe las noticias en tu correo", "Un resumen cada mañana con lo más importante.", "Enviar"],
    ]
    for box in boxes:
        body = read_text_dump(_dump(STORY, box, ["© 2021 The Valley Post"])).body
        assert "shopping for neighbours" in body
        for line in box:
            assert line not in body, line


def test_a_sign_up_box_inside_the_story_goes_and_the_story_around_it_stays() -> None:
    box = [
        "Receba as notícias do vale no seu e-mail",
        "Inscreva-se gratuitamente e receba um resumo diário das notícias.",
        "Quero receber",
    ]
    body = read_text_dump(_dump(STORY[:8], box, STORY[8:])).body
    assert all(line not in body for line in box)
    assert "two of which had to be replaced" in body
    assert "stays suspended until the lights on the pier are repaired" in body


def test_a_story_sentence_about_a_mailbox_is_no_sign_up_box() -> None:
    assert not signups.is_anchor("The clerk checks the inbox of the town hall twice a day.")
    assert not signups.is_anchor("Is your inbox full of offers you never asked for?")
    kept, gone = signups.without_signup_boxes(
        ["Why the inbox problem is getting worse", "Most offices receive more mail than they can read."]
    )
    assert not gone and len(kept) == 2


def test_a_newsletters_closing_thanks_to_its_reader_goes_in_each_language() -> None:
    for line in (
        "Thanks for reading the valley letter! Subscribe for free to get new posts.",
        "Grazie per aver letto questa lettera! Iscriviti per ricevere i nuovi articoli.",
        "Bedankt voor het lezen! Schrijf je in en ontvang elke week een nieuwe brief.",
    ):
        assert boilerplate.is_interface_line(line), line
    # thanks to the reader inside the story's own sentence stays
    assert not boilerplate.is_interface_line("The mayor thanked the volunteers for reading to the children.")


def test_the_heading_over_the_comments_with_their_count_ends_the_story() -> None:
    for heading in ("Reacties (12)", "Comentários (3)", "Kommentare", "Комментарии (7)"):
        tail = [heading, "A fine piece, but without a ferry I cannot reach my village at all."]
        body = read_text_dump(_dump(STORY, tail)).body
        assert "shopping for neighbours" in body
        assert "cannot reach my village" not in body, heading


def test_the_author_box_under_a_blog_post_goes_with_its_signing_line() -> None:
    header = ["The Lake Review", "Why the old boathouse is being restored", "By Ann Example", "2 June 2023"]
    story = [
        "The boathouse at the north end of the lake has stood empty for thirty years, its doors nailed shut.",
        "A group of rowers raised the money to repair the roof last winter, with help from the council.",
        "The council has now agreed to lease them the building for a nominal rent over twenty years.",
        "The first boats are expected back on the water in the spring, once the slipway is cleared.",
    ]
    for signing in ("Written by Ann Example", "Escrito por Ann Example", "Geschrieben von Ann Example"):
        box = [signing, "120 followers", "Ann writes about lakes, rivers and the people who row on them."]
        body = read_text_dump(_dump(header, story, box)).body
        assert "once the slipway is cleared" in body
        assert "Ann writes about lakes" not in body, signing
    # a story that goes on at length after the line is not ended by it
    long_tail = [f"Paragraph {n} of the story goes on about the rowing club and its members." for n in range(6)]
    body = read_text_dump(_dump(header, story, ["Written by Ann Example"], long_tail)).body
    assert "Paragraph 5 of the story" in body


def test_a_follow_button_beside_the_name_is_not_part_of_it() -> None:
    from briefkit.importer.bylines import parse_byline

    assert parse_byline("Ann Example Follow") == ("Ann Example",)
    assert parse_byline("Ana Ejemplo Seguir") == ("Ana Ejemplo",)


def test_a_read_also_label_glued_to_another_storys_headline_goes() -> None:
    assert boilerplate.is_interface_line("Lees ookNieuwe brug over de haven gaat in mei open")
    assert boilerplate.is_interface_line("Leia também: Feira do livro volta à praça no sábado")
    # a sentence of the story that begins with the same words keeps its full stop and stays
    assert not boilerplate.is_interface_line("Leggi anche tu il rapporto e decidi da solo cosa pensarne.")


def test_a_pointer_to_another_story_goes_whatever_frames_its_label() -> None:
    for line in (
        "► Auch interessant: Neue Fähre zwischen den Inseln ab Mai",
        "(Also on the blog: What a winter on the river taught me about rope)",
        "Read | Harbour fees rise for the third year running",
        "Lire aussi. Le port de plaisance agrandi avant l'été",
        "También te puede interesar: El ayuntamiento aprueba el plan de carriles bici en los barrios del norte",
        "Ti potrebbe interessare: Il traghetto notturno torna in servizio",
    ):
        assert boilerplate.is_interface_line(line), line
    # the story's own sentences that begin with the same words stay
    for line in (
        "Read the council's full report before the vote on Thursday",
        "Also on Tuesday the harbour master closed the northern slipway",
        "Lesen Sie auch die Antwort der Stadt, die am Montag veröffentlicht wurde.",
    ):
        assert not boilerplate.is_interface_line(line), line


def test_a_pointer_inside_the_story_goes_and_the_story_around_it_stays() -> None:
    pointer = ["► Lire aussi. Le port de plaisance agrandi avant l'été"]
    body = read_text_dump(_dump(STORY[:8], pointer, STORY[8:])).body
    assert "Le port de plaisance agrandi" not in body
    assert "Harbour staff spent the weekend" in body and "Islanders who had been stranded" in body


def test_a_cookie_notice_goes_in_each_language() -> None:
    for notice in (
        "Este sitio web utiliza cookies para mejorar la navegación. Aceptar",
        "Diese Website verwendet Cookies. Wenn Sie weiterlesen, stimmen Sie zu.",
        "Questo sito usa i cookie per migliorare la navigazione. Accetta",
    ):
        assert boilerplate.is_cookie_banner(notice), notice
    assert not boilerplate.is_cookie_banner("The bakery sells cookies and bread from six in the morning.")


def test_the_heading_over_a_press_offices_other_releases_ends_the_release() -> None:
    from briefkit.importer.pagewords import END_MARKER

    for heading in ("Otras notas de prensa", "Weitere Pressemitteilungen", "Other press releases"):
        assert END_MARKER.match(heading), heading
        tail = [heading, "New customer office opens in the centreSummer campaign for saving water"]
        body = read_text_dump(_dump(STORY, tail)).body
        assert "shopping for neighbours" in body
        assert "Summer campaign for saving water" not in body, heading


def test_a_story_line_near_a_sign_up_box_stays_though_it_speaks_of_support() -> None:
    box = ["Get the valley news in your inbox", "One e-mail every morning.", "Sign up"]
    above = "The council will support the plan, officials said."
    kept, gone = signups.without_signup_boxes([*STORY[6:8], above, *box, STORY[8]])
    assert above in kept and STORY[8] in kept
    assert gone == box
    # a pronoun's letters inside a word make no reader's mailbox
    assert not signups.is_anchor("Der Streit um das Postfach dauert jeden Tag länger.")


def test_a_letter_box_told_by_its_button_goes_without_naming_a_mailbox() -> None:
    from briefkit.importer.signups import without_buttoned_boxes

    story = "The ferry now leaves at half past six, and the last boat returns at nine in the evening."
    box = ["The Harbour Letter", "Timetables, weather and quay news every Monday.", "Subscribe now"]
    assert without_buttoned_boxes([story, *box, story]) == [story, story]
    # a subheading over a short paragraph, then another subheading: the story's own sections
    sections = ["What changes", "The first boat leaves earlier.", "Fares", story]
    assert without_buttoned_boxes(sections) == sections


def test_a_share_row_with_its_label_and_print_button_ends_the_story() -> None:
    for row in (
        "Artikel teilen: Facebook WhatsApp E-Mail Drucken",
        "Teile diesen Beitrag: Facebook Mastodon Telegram E-Mail",
        "Share this story: Facebook X Print",
    ):
        assert boilerplate.is_interface_line(row), row
    assert not boilerplate.is_interface_line("Teilen Sie Ihre Meinung: Wir freuen uns auf Zuschriften")
    body = read_text_dump(_dump(STORY, ["Share this story: Facebook X Print", "Harbour Ferries Weather"])).body
    assert "Share this story" not in body and STORY[-1] in body


def test_a_subscription_offer_under_the_story_goes_and_a_reported_price_stays() -> None:
    offer = "The Valley Post is independent. Support us with a subscription from 5 euros a month!"
    for line in (
        offer,
        "Dit artikel is gratis voor je. Neem nu een abonnement voor € 2 per week.",
        "Subscribe for $1 a week and get every story first.",
    ):
        assert supportboxes.is_subscription_offer(line), line
    # the story's own report of a price, in nobody's voice, stays
    assert not supportboxes.is_subscription_offer("The ferry's season ticket now costs 120 euros, the operator said.")
    assert not supportboxes.is_subscription_offer("A subscription to the harbour's newsletter costs 5 euros a year.")
    body = read_text_dump(_dump(STORY, [offer])).body
    assert "Support us" not in body and STORY[-1] in body


def test_a_label_ending_on_its_date_over_the_next_paragraph_is_the_storys() -> None:
    # "Conclusion on 15 June 2006:" introduces the paragraph under it; a dateline does not end in a colon
    assert not pagedata.is_page_data("Conclusion on 15.06.2006:")
    assert not pagedata.is_page_data("Update 12.3.2021:")
    assert pagedata.is_page_data("Published: 05.01.2020 Filed under:")
    assert pagedata.is_page_data("Updated 12.03.2021:")
    assert pagedata.is_page_data("15.06.2006")


def test_the_newsrooms_request_for_tips_goes_and_a_story_about_tips_stays() -> None:
    for line in (
        "Have a story idea? Email our newsroom at tips@valley.example",
        "Heb je een tip voor de redactie? Stuur ons een bericht via WhatsApp: 06-12345678",
    ):
        assert boilerplate.is_interface_line(line), line
    assert not boilerplate.is_interface_line("Police asked anyone with tips to call 555-0100.")
    assert not boilerplate.is_interface_line("Why did the newsroom close? Staff said the owner sold it.")
    tip = ["Have a story idea? Email our newsroom at tips@valley.example"]
    body = read_text_dump(_dump(STORY, tip)).body
    assert "story idea" not in body and STORY[-1] in body
