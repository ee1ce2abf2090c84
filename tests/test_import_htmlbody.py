"""What a saved page's story keeps and leaves out, read through `read_html` as a user imports it."""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

STORY = [
    "The river authority opened the new flood gates on Tuesday after three years of building work.",
    "Engineers say the gates can hold back water two metres higher than the old wall ever could.",
    "Farmers downstream had asked for the work since the spring floods of the previous decade.",
    "The town council will pay for the upkeep of the gates from next year's budget onwards.",
    "A second set of gates further up the valley is planned but has no money behind it yet.",
]


def _page(middle: str = "", tail: str = "", head: str = "") -> str:
    paras = "".join(f"<p>{s}</p>" for s in STORY[:3]) + middle + "".join(f"<p>{s}</p>" for s in STORY[3:])
    return (
        "<html lang='en'><head><title>Flood gates open on the river</title></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav><article>"
        f"<h1>Flood gates open on the river</h1>{head}{paras}{tail}</article>"
        "<footer><p>All rights reserved.</p></footer></body></html>"
    )


def test_bare_links_to_other_stories_under_a_label_are_left_out() -> None:
    tail = (
        "<p><em>You may also want to read:</em></p>"
        "<p><a href='https://example.org/news/bridges-12.html'>Bridges: the old bridge closes for repairs</a></p>"
        "<p><a href='https://example.org/news/harbour-3.html'>Harbour: dredging to start next month</a></p>"
    )
    body = read_html(_page(tail=tail)).body
    assert STORY[-1] in body
    assert "old bridge closes" not in body and "dredging to start" not in body
    assert "also want to read" not in body


def test_a_label_or_heading_with_nothing_under_it_ends_no_story() -> None:
    body = read_html(_page(tail="<p>Further reading on this topic:</p>")).body
    assert body.endswith(STORY[-1])
    body = read_html(_page(tail="<h2>More from the valley towns</h2>")).body
    assert body.endswith(STORY[-1])


def test_a_list_of_section_headlines_with_the_page_own_title_unlinked_is_left_out() -> None:
    items = "".join(
        f"<li><a href='https://example.org/news/{n}'>{t}</a></li>"
        for n, t in [(1, "Old bridge closes for repairs in May"), (2, "Harbour dredging to start next month")]
    )
    ferry = "<li><a href='https://example.org/news/3'>New ferry for the island</a></li>"
    head = f"<ul>{items}<li>Flood gates open on the river</li>{ferry}</ul>"
    body = read_html(_page(head=head)).body
    assert STORY[0] in body
    assert "Old bridge closes" not in body and "New ferry" not in body


def test_a_list_with_sentences_and_links_inside_them_stays() -> None:
    middle = (
        "<ul><li>The gates were built by a local firm, <a href='https://example.org/firm'>Riverworks</a>, "
        "over three summers.</li><li>They close in under ten minutes when the water rises quickly.</li></ul>"
    )
    body = read_html(_page(middle=middle)).body
    assert "close in under ten minutes" in body and "over three summers" in body


def test_an_embedded_social_post_is_not_the_story() -> None:
    middle = (
        "<blockquote class='twitter-tweet'><p lang='en'>Watching the gates close for the first time today, "
        "what a sight for the whole valley to see.</p>&mdash; A resident (@someone) May 3, 2022</blockquote>"
    )
    body = read_html(_page(middle=middle)).body
    assert STORY[3] in body
    assert "what a sight" not in body


def test_a_report_in_the_first_person_plural_about_members_is_no_appeal() -> None:
    middle = (
        "<p>When we compared the teams, we saw that the members who spoke least still shaped the outcome, "
        "because the other members waited for them before any vote was taken in our trials.</p>"
        "<p>You could call this patience, and we found that teams whose members waited scored higher.</p>"
    )
    body = read_html(_page(middle=middle)).body
    assert "members who spoke least" in body and "You could call this patience" in body


def test_the_label_over_an_advertisement_is_not_the_story() -> None:
    middle = "<p>Anzeige</p><p>Publicidad</p>"
    body = read_html(_page(middle=middle)).body
    assert STORY[3] in body
    assert "Anzeige" not in body and "Publicidad" not in body


def test_a_widget_that_prints_its_pictures_addresses_as_text_is_left_out() -> None:
    # a related-posts slider whose template printed its data: picture address, size, author, dates, title
    from briefkit.importer.boilerplate import filter_blocks

    slide = (
        "Weirhttps://example.org/uploads/2022/10/weir-2.jpg 1050 1860 Jane Roe Jane Roe2022-10-27 08:32:16"
        "2022-10-27 08:33:12The second weir gets new gates"
    )
    picture = "![The new gates](https://example.org/uploads/2022/10/gates.jpg)"
    kept = filter_blocks([*STORY[:3], picture, *STORY[3:], slide]).kept
    assert slide not in kept
    assert picture in kept and STORY[-1] in kept


LEAD = (
    "The valley's new flood gates, three years in the making, were opened on Tuesday morning by the"
    " river authority in front of a small crowd of farmers and council members."
)


def _lead_page(shown: str) -> str:
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    return (
        f"<html lang='en'><head><title>Flood gates open on the river</title>"
        f"<meta name='description' content=\"{LEAD}\"></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<div class='header'><h1>Flood gates open on the river</h1>{shown}</div>"
        f"<article>{paras}</article><footer><p>All rights reserved.</p></footer></body></html>"
    )


def test_a_lead_paragraph_printed_apart_from_the_story_opens_the_body() -> None:
    article = read_html(_lead_page(f"<div class='abstract'>{LEAD}</div>"))
    assert article.body.startswith(LEAD)
    assert STORY[0] in article.body
    assert article.body.count("three years in the making") == 1


def test_a_description_only_the_page_metadata_carries_stays_out_of_the_body() -> None:
    data = f'<script type="application/ld+json">{{"description": "{LEAD}"}}</script>'
    for shown in ("", data):
        body = read_html(_lead_page(shown)).body
        assert "three years in the making" not in body
        assert body.startswith(STORY[0])


def test_the_press_contact_box_under_a_release_is_left_out() -> None:
    for label in ("Pressekontakt", "Media contacts", "Contact presse"):
        tail = f"<h2>{label}</h2><p>Ann Example</p><p>Harbour office, Quay Street 4</p><p>Phone 0123 456 789</p>"
        body = read_html(_page(tail=tail)).body
        assert body.endswith(STORY[-1])
        assert "Quay Street" not in body and label not in body


def test_short_lines_above_the_story_headline_are_left_out() -> None:
    # the extractor keeps the section's label and a box's heading that the page prints above the headline
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    page = (
        "<html lang='en'><head><title>Flood gates open on the river</title></head><body><div class='main'>"
        "<h2>Press releases</h2><h3>Most discussed</h3>"
        f"<h2>Flood gates open on the river</h2>{paras}</div></body></html>"
    )
    body = read_html(page).body
    assert "Press releases" not in body and "Most discussed" not in body
    assert STORY[0] in body and STORY[-1] in body


def test_the_cited_paper_under_a_research_release_is_left_out() -> None:
    # an institute's release ends with the paper it reports on, under its own heading
    tail = (
        "<h4>Original publication</h4>"
        "<p>Doe J., Roe R. (2021): Gate pressure in lowland rivers. Journal of Water Works 12, 33-41.</p>"
    )
    body = read_html(_page(tail=tail)).body
    assert "Original publication" not in body and "Gate pressure in lowland rivers" not in body
    assert STORY[-1] in body


def test_a_paragraph_closed_by_a_credit_element_is_a_caption_not_the_story() -> None:
    head = (
        "<img src='https://example.org/gates.jpg'>"
        "<p class='summary'>The new gates seen from the north bank at dawn. "
        "<span class='photo-credit'>By River Authority</span></p>"
    )
    article = read_html(_page(head=head))
    assert "seen from the north bank" not in article.body and "River Authority" not in article.body
    assert STORY[0] in article.body
    assert [i.caption for i in article.images] == ["The new gates seen from the north bank at dawn."]
    assert "River Authority" in (article.images[0].credit or "")


def test_a_story_paragraph_with_a_credit_element_inside_it_stays() -> None:
    middle = "<p>The gates were designed abroad, <span class='credit'>the engineers said</span>, and built here.</p>"
    body = read_html(_page(middle=middle)).body
    assert "designed abroad" in body


def test_a_link_framed_by_arrows_is_a_pointer_to_another_story() -> None:
    link = "<a href='https://example.org/news/ferry-3.html'>&gt;&gt; Ferry service cut for the winter &lt;&lt;</a>"
    middle = f"<p>{link}</p>"
    body = read_html(_page(middle=middle)).body
    assert "Ferry service cut" not in body and STORY[3] in body


def test_a_pointer_to_another_story_inside_the_story_is_left_out() -> None:
    for pointer in (
        "<p>Read | <a href='https://example.org/news/locks-4.html'>Why the old locks failed in the storm</a></p>",
        "<p>(Also on the blog: <a href='https://example.org/b/7.html'>My first winter by the river</a>)</p>",
        "<p><strong>Lire aussi.</strong> <a href='https://example.org/a/9.html'>Les écluses rouvrent au printemps</a></p>",
    ):
        body = read_html(_page(middle=pointer)).body
        assert "locks failed" not in body and "first winter" not in body and "écluses rouvrent" not in body, pointer
        assert STORY[2] in body and STORY[3] in body


def test_a_paragraph_quoted_in_german_quotation_marks_stays() -> None:
    middle = "<p>»Die Tore halten das Wasser zurück, das hat der Winter gezeigt«</p>"
    body = read_html(_page(middle=middle)).body
    assert "Die Tore halten das Wasser" in body


def test_stories_the_page_appends_under_one_section_label_are_left_out() -> None:
    def appended(headline: str, text: str) -> str:
        return f"<h2>Local</h2><h2>{headline}</h2><p>{text}</p>"

    tail = appended(
        "Library reopens after the roof repairs", "The town library opened its doors again on Monday morning."
    ) + appended("Ferry timetable changes for winter", "The ferry will run twice a day from November until March.")
    body = read_html(_page(tail=tail)).body
    assert body.rstrip().endswith(STORY[-1])
    assert "Library reopens" not in body and "ferry will run" not in body


def test_a_story_own_subheadings_over_each_other_stay() -> None:
    tail = "<h2>What comes next</h2><h3>The second set of gates</h3><p>Work up the valley may start in two years.</p>"
    body = read_html(_page(tail=tail)).body
    assert "Work up the valley" in body


def test_the_comment_form_heading_and_its_notice_are_left_out_in_each_language() -> None:
    # a comment form under the story, with no comment yet: its heading asks the reader to write one
    for label in ("Kommentar schreiben", "Ajouter un commentaire", "Deja un comentario", "Оставить комментарий"):
        tail = (
            f"<div><h3>{label}</h3><p>Please keep to the house rules. Every note is read by an editor first.</p></div>"
        )
        body = read_html(_page(tail=tail)).body
        assert body.endswith(STORY[-1]), label
        assert "house rules" not in body and label not in body


def test_a_newsletter_box_is_an_appeal_in_dutch_spanish_french_and_russian() -> None:
    # each: the sign-up verb and the newsletter's name, in the house's voice
    for box in (
        "Schrijf je in voor onze nieuwsbrief en lees elke ochtend wat er speelt aan de rivier.",
        "Suscríbete a nuestro boletín y recibe cada mañana lo que pasa en el río.",
        "Abonnez-vous à notre lettre d'information pour suivre chaque matin la vie du fleuve.",
        "Подпишитесь на нашу рассылку, чтобы каждое утро узнавать новости о реке.",
    ):
        body = read_html(_page(tail=f"<div class='box'><p>{box}</p></div>")).body
        assert box not in body and body.endswith(STORY[-1]), box


def test_a_story_sentence_about_signing_or_a_council_newsletter_stays() -> None:
    sentences = (
        "Мы подписали договор с подрядчиком, и наши рабочие начнут ремонт шлюза уже в июле.",
        "De gemeente stuurt een nieuwsbrief aan alle bewoners van de wijk over de werkzaamheden.",
    )
    for sentence in sentences:
        assert sentence in read_html(_page(middle=f"<p>{sentence}</p>")).body


def _abridged_page(description: str) -> str:
    paras = "".join(f"<p>{s}</p>" for s in STORY)
    return (
        "<html lang='en'><head><title>Flood gates open on the river</title>"
        f"<meta name='description' content='{description}'></head><body>"
        "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        f"<div class='header'><h1>Flood gates open on the river</h1><p>{FULL_LEAD}</p></div>"
        f"<article>{paras}</article><footer><p>All rights reserved.</p></footer></body></html>"
    )


FULL_LEAD = (
    "After years of delays and two changes of contractor, the valley finally has a modern defence "
    "against the kind of floods that ruined its harbour, its mills and hundreds of homes."
)


def test_a_lead_the_description_abridges_opens_the_story() -> None:
    # the description rewords the lead a little and stops short: the page's paragraph is the lead
    description = "After years of delays and two changes of contractor the valley has a modern defence against"
    body = read_html(_abridged_page(description)).body
    assert body.startswith(FULL_LEAD)
    assert STORY[0] in body


def test_a_lead_set_in_a_div_of_its_own_text_is_found_as_a_paragraph_is() -> None:
    # the lead printed as a div's own text (a byline's div between it and the headline)
    description = "After years of delays and two changes of contractor the valley has a modern defence against"
    page = _abridged_page(description).replace(
        f"<p>{FULL_LEAD}</p>", f"<div class='by'>Jo Hart</div><div class='top'>{FULL_LEAD}</div>"
    )
    assert read_html(page).body.startswith(FULL_LEAD)


def test_a_div_holding_blocks_is_no_lead_however_many_of_the_words_it_holds() -> None:
    description = "After years of delays and two changes of contractor the valley has a modern defence against"
    page = _abridged_page(description).replace(
        f"<p>{FULL_LEAD}</p>", f"<div>Read on<ul><li>{FULL_LEAD}</li></ul></div>"
    )
    assert not read_html(page).body.startswith("Read on")


def test_a_paragraph_sharing_few_of_the_descriptions_words_is_no_lead() -> None:
    description = "A new barrier on the river protects the old harbour town from spring floods for good"
    body = read_html(_abridged_page(description)).body
    assert FULL_LEAD not in body


def test_a_teaser_retelling_the_story_in_its_own_words_is_no_lead() -> None:
    # every word of the paragraph is one the story uses: the story told again, not its lead
    retold = f"{STORY[1]} {STORY[0]}"
    page = _abridged_page("The river authority opened the new flood gates on Tuesday after").replace(FULL_LEAD, retold)
    body = read_html(page).body
    assert retold not in body
    assert body.count(STORY[0]) == 1


def test_the_contributors_credit_closes_the_story_and_what_follows_it_goes() -> None:
    # the wire's own attribution under its last paragraph is the story's close, not furniture
    tail = (
        "<p>Reporting by Ana Field; additional reporting by Tom Reyes; Editing by Lee Marsh</p>"
        "<p>Our Standards: The Trust Principles.</p>"
    )
    body = read_html(_page(tail=tail)).body
    assert body.rstrip().endswith("Reporting by Ana Field; additional reporting by Tom Reyes; Editing by Lee Marsh")
    assert "Trust Principles" not in body


def test_the_sites_own_lines_inside_the_story_element_go_as_in_a_copied_page() -> None:
    # a pointer to more news "here", a funding note and a notice for registered readers, each a
    # paragraph of the story's element: the extractor keeps them, the house-line pass does not
    middle = (
        "<p>Find all our stories from the river valley here.</p>"
        "<p>This reporting is funded in part by the Valley Press Fund.</p>"
        "<p>This feature is only for registered readers</p>"
    )
    body = read_html(_page(middle=middle)).body
    assert all(s in body for s in STORY)
    assert "river valley here" not in body and "Valley Press Fund" not in body and "registered readers" not in body
