"""A page's notes about itself, one line each: they go; the story's sentences on the same subjects stay.

The lines are written for these tests in the eight languages, in the shapes pages print them.
"""

from __future__ import annotations

import pytest

from briefkit.importer.boilerplate import is_interface_line

NOTES = [
    "Para ver el vídeo de esta noticia necesitas activar JavaScript.",
    "Bitte aktivieren Sie JavaScript, um das Video zu sehen.",
    "Dit is een bericht van een sociaal netwerk. Om het te bekijken moet je cookies van derden toestaan.",
    "Cet article est paru dans le numéro 1187 de notre magazine, en kiosque le 3 mai.",
    "Dieser Artikel erschien zuerst in der Ausgabe 18/2021 unseres Wochenblatts.",
    "Cet article est paru dans La Gazette du Port n° 1032 du 4 mai 2026.",
    "Dieser Beitrag erschien im Hafenblatt Nr. 17 vom April.",
    "URL dieses Artikels: https://news.example.org/hafen/mole-1234.html",
    "(This story was auto-generated from a syndicated feed and not edited by our staff.)",
    "Zum Kommentieren müssen Sie angemeldet sein.",
    "You must be logged in to comment.",
    "Jetzt testen Bereits Abonnent? Hier anmelden",
    "Lesen Sie weiter mit Hafen+: 4 Wochen für 1 €, danach 7,99 € im Monat.",
    "Do you have an opinion on the issues raised in this article? Email us a letter of up to 250 words.",
    "Receba as notícias do porto no seu WhatsApp: entre no nosso canal",
    "Подписывайтесь на наш телеграм-канал — новости порта каждый день",
    "Compartilhe no WhatsApp",
    "Télécharger le rapport (PDF, 2,4 Mo)",
    "View comments on the full site",
]
STORY = [
    "The harbour office now runs its booking site without JavaScript, so older phones can use it too.",
    "Cookies from the harbour bakery were handed out to the pilots at the opening.",
    "The first issue of the harbour's newsletter appeared in 1921, when the pier was built.",
    "Fishermen said they would comment on the plan once the board had logged in the final figures.",
    "The port's messages reach the crews on a radio channel that every boat keeps open.",
    "This article's ferry, the no. 12, appeared in the harbour at dawn after a night at sea.",
]


@pytest.mark.parametrize("line", NOTES)
def test_a_pages_note_about_itself_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize("line", STORY)
def test_the_storys_sentences_on_the_same_subjects_stay(line: str) -> None:
    assert not is_interface_line(line)


# What a page discloses of itself and what it asks of its reader, one line each, in the eight languages.
DISCLOSURES_AND_CALLS = [
    "Sie lesen gerade einen von 5 kostenlosen Artikeln in diesem Monat.",
    "You have 2 free articles left this month.",
    "Questo contenuto è riservato agli abbonati.",
    "Assine a revista do porto a partir de 2,50 € por mês.",
    "Offre découverte : 1 € le premier mois pour lire tous nos articles sur la côte",
    "Hier sehen Sie einen externen Inhalt von YouTube. Zum Anzeigen bitte laden",
    "Embedded content from mastodon.social is not available in this view",
    "Artikel anhören 3:05 Min. · Gesprochen von einer KI-Stimme",
    "Escuchar este artículo 6 min",
    "Cet article contient des liens d'affiliation : nous touchons une petite commission.",
    "Este artículo contiene enlaces de afiliados.",
    "Точка зрения автора может не совпадать с позицией редакции.",
    "Die Meinung des Gastautors gibt nicht unbedingt die Meinung der Redaktion wieder.",
    "This report is free to read as a public service.",
    "Regional Court Reporting is public interest journalism funded by a trust for local media.",
    "Para comentar, ingresá con tu cuenta.",
    "Per commentare accedi con il tuo account.",
    "Conforme a los criterios de la Red de Periodismo Fiable. Conocé más",
    "Ver galeria em ecrã inteiro 12 fotografias",
    "Bildergalerie im Vollbild öffnen",
    "Zur Merkliste hinzufügen",
    "Ajouter à la liste de courses",
    "Ausgabe 12/2025 jetzt im Shop bestellen – versandkostenfrei",
    "Tippspiel: Jetzt den 4. Spieltag tippen und ein Trikot gewinnen!",
    "Steun onafhankelijke natuurjournalistiek en word lid vanaf 4 euro per maand.",
    "Support independent harbour journalism: become a member today.",
    "Sponsored Segeljacken im Zweierpack – jetzt für 89,90 €",
    "Sondage : Prenez-vous encore le ferry le dimanche ? Oui Non",
    "Wie hat Ihnen dieses Rezept geschmeckt?",
    "Beoordeel dit recept",
    "Read the full timetable for the winter ferries →",
    "Haben Sie eine Frage zur Fähre? Schreiben Sie uns über unser Formular.",
    # the editors disown the views their contributors expressed
    "The views expressed in guest columns are the writers' own and do not necessarily reflect ours.",
    "Die in Gastbeiträgen geäußerten Meinungen sind nicht unbedingt die des Verlags.",
    "Le Quai n'est pas responsable des opinions exprimées par ses chroniqueurs.",
    "El Muelle no se hace responsable de las opiniones expresadas por sus columnistas.",
    "Il Molo non è responsabile delle opinioni espresse dagli autori.",
    "O Cais não se responsabiliza pelas opiniões expressas pelos colunistas.",
    "De Kade is niet verantwoordelijk voor de meningen die gastschrijvers hebben geuit.",
    "Редакция не несет ответственности за мнения, выраженные авторами колонок.",
    # the comments kept for members, behind a sign-in
    "Comments are open to subscribers only. Sign in to join the discussion.",
    "Kommentare nur für Abonnenten: Bitte melden Sie sich an.",
    "Los comentarios son solo para suscriptores. Inicia sesión.",
    # the call to follow the site on a news app or a messenger
    "Follow the Harbour Gazette on Google News",
    "Folgen Sie uns auf WhatsApp",
    "Suivez Le Quai sur Google Actualités",
    "Síguenos en Telegram",
    "Seguici su Google News",
    "Siga o Cais no Google Notícias",
    "Volg De Kade op WhatsApp",
    "Подписывайтесь на «Причал» в Telegram",
    "ALERT: Never miss a sailing – join our channel on WhatsApp today!",
    # a contest's call, with the call to take part
    "Win two tickets for the harbour concert – enter here",
    "Gewinnen Sie eine Hafenrundfahrt: Jetzt mitmachen!",
    "Gagnez un week-end sur l'île : participez ici",
    "Vinci una cena sul porto: partecipa subito",
    "Dê o seu palpite e concorra a uma camisa do clube.",
    "Maak kans op een boottocht: doe mee!",
    "Выиграйте билеты на концерт — участвуйте!",
    # a witness's call to the newsroom, named instead of "us"
    "Vous avez vu quelque chose ? Contactez la rédaction au 02 11 22 33 44",
    "Did you see the fire? Contact the newsroom on 0123 456 789",
]
STORY_ON_THE_SAME_SUBJECTS = [
    "The paper gave readers five free articles a month before the harbour board's vote, its editor said.",
    "Subscribers to the ferry pass pay 39 € per month, up from 35 € last year.",
    "The pilots said the external content of the report had been checked by the coast guard.",
    "The skipper read the letter aloud by the quay, and his voice broke at the end.",
    "The company earns a commission on every ticket its affiliate agencies sell.",
    "The mayor's opinion does not necessarily match that of the council, she told the meeting.",
    "Support for the new breakwater grew after the storm, according to the survey.",
    "Residents can now order firewood at the village shop, which opens on Saturdays.",
    "Fans who bet on the derby hoped to win back what they lost last season.",
    "The museum will add a second gallery for the harbour photographs next spring.",
    "The court's records are free to read for anyone who asks at the desk.",
    "Wie hat Ihnen die Fähre gefallen, fragten die Reporter die Passagiere am Kai.",
    "The ferry runs from the quay to the island → and back twice a day.",
    "Who answers the islanders' letters? The harbour master said he would write to us next week.",
    "The views expressed at the hearing were mixed, and the board is not responsible for the pier.",
    "Islanders follow the harbour debate closely and many joined a group to discuss it.",
    "Comments on the plan can be sent by post until Friday; sign the petition at the town hall.",
    "Win or lose, the crew will enter the regatta again next year.",
    "Children can enter the draw to win a boat trip, the organisers said.",
]


@pytest.mark.parametrize("line", DISCLOSURES_AND_CALLS)
def test_a_pages_disclosure_or_call_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize("line", STORY_ON_THE_SAME_SUBJECTS)
def test_the_storys_sentences_on_calls_and_disclosures_stay(line: str) -> None:
    assert not is_interface_line(line)


# The same notes and calls in the other languages: each rule holds its words in all eight.
IN_EVERY_LANGUAGE = [
    # a metered paywall's count of free reads
    "Vous lisez l'un de vos 3 articles gratuits ce mois-ci.",
    "Estás leyendo uno de tus 4 artículos gratis del mes.",
    "Está a ler um dos 3 artigos gratuitos deste mês.",
    "Je leest nu een van je 3 gratis artikelen deze maand.",
    "Вы читаете одну из 5 бесплатных статей в этом месяце.",
    # a subscription offer with its price
    "Abonnieren Sie jetzt: 4 Wochen für 1 €",
    "Suscríbete desde 1,99 € al mes.",
    "Abbonati a 2,99 € al mese.",
    "Word abonnee vanaf 3 euro per maand.",
    "Подпишитесь за 199 руб в месяц.",
    # an embedded post's placeholder
    "Contenu externe de Instagram : cliquez pour l'afficher",
    "Contenido externo de TikTok. Pulsa para cargar",
    "Contenuto esterno da YouTube: clicca per caricare",
    "Conteúdo externo do Instagram. Clique para carregar",
    "Externe inhoud van YouTube: klik om te laden",
    "Внешний контент из YouTube: нажмите, чтобы загрузить",
    # an audio player's note
    "Écouter cet article 5 min",
    "Ascolta l'articolo 4:20",
    "Artikel beluisteren 3 min",
    "Слушать статью 6 мин",
    "Listen to this article 7 min",
    "Lido por uma voz sintética",
    # an affiliate disclosure
    "Dieser Artikel enthält Affiliate-Links.",
    "This article contains affiliate links.",
    "Questo articolo contiene link di affiliazione.",
    "Este artigo contém links de afiliados.",
    "Dit artikel bevat affiliatelinks.",
    "Статья содержит партнёрские ссылки.",
    # the editors' disclaimer under an opinion
    "The views expressed are the author's and do not necessarily reflect those of the editors.",
    "Les opinions exprimées n'engagent que leur auteur et pas nécessairement la rédaction.",
    "La opinión del autor no necesariamente coincide con la de la redacción.",
    "Le opinioni espresse non riflettono necessariamente quelle della redazione.",
    "As opiniões do autor não refletem necessariamente a posição do jornal.",
    "De mening van de auteur komt niet noodzakelijk overeen met die van de redactie.",
    # a note that the story is free to read
    "Dieser Artikel ist frei zugänglich.",
    "Cet article est en accès libre.",
    "Este artículo es de acceso libre como servicio público.",
    "Questo articolo è ad accesso libero.",
    "Este artigo é de acesso livre.",
    "Dit artikel is gratis te lezen als publieke dienst.",
    "Эта статья в открытом доступе.",
    # the login a comment needs
    "Pour commenter, connectez-vous.",
    "Para comentar, inicia sesión.",
    "Para comentar, faça login.",
    "Om te reageren moet je ingelogd zijn.",
    "Чтобы комментировать, войдите.",
    # a trust badge
    "Nach den Kriterien der Initiative für vertrauenswürdigen Journalismus. Mehr erfahren",
    "Selon les critères du label de confiance. En savoir plus",
    "Secondo i criteri della Carta della fiducia. Scopri di più",
    "De acordo com os critérios de confiança jornalística. Saiba mais",
    "Volgens de criteria van het vertrouwenslabel. Meer weten",
    "В соответствии с критериями доверия. Подробнее",
    # a gallery's full-screen button
    "View gallery full screen",
    "Voir la galerie en plein écran",
    "Ver galería en pantalla completa",
    "Apri la galleria a schermo intero",
    "Bekijk foto's op volledig scherm",
    "Смотреть галерею на весь экран",
    # a button that keeps an item
    "Add to shopping list",
    "Añadir a la lista de la compra",
    "Aggiungi alla lista della spesa",
    "Adicionar à lista de compras",
    "Toevoegen aan boodschappenlijst",
    "Добавить в список покупок",
    # a shop's call to order the print issue
    "Order issue 7/2025 now in our shop",
    "Commandez le numéro 412 dans notre boutique, livraison gratuite",
    "Pide el número 88 en nuestra tienda, envío gratis",
    "Ordina il numero 31 nel nostro negozio, spedizione gratuita",
    "Encomende a edição 120 na nossa loja, portes grátis",
    "Bestel editie 9 nu in onze webshop",
    "Закажите выпуск 14 в нашем магазине сейчас",
    # a tipping game's call
    "Predict the scores now and win a signed ball!",
    "Pronostiquez le match et gagnez deux places !",
    "¡Apuesta ahora y gana una camiseta!",
    "Scommetti ora e vinci due biglietti!",
    "Palpite agora e ganhe um cachecol!",
    "Voorspel nu de uitslag en win een shirt!",
    "Сделайте прогноз сейчас и выиграйте билеты!",
    # an appeal to support the newsroom
    "Unterstützen Sie unabhängigen Lokaljournalismus.",
    "Soutenez le journalisme indépendant.",
    "Apoya el periodismo local.",
    "Sostieni il giornalismo indipendente.",
    "Apoie o jornalismo independente.",
    "Поддержите независимую журналистику.",
]


@pytest.mark.parametrize("line", IN_EVERY_LANGUAGE)
def test_each_note_and_call_holds_in_the_eight_languages(line: str) -> None:
    assert is_interface_line(line)


# The house disowning its contributors' opinions, in the eight languages: the disclaimer under an opinion piece.
DISOWNED_OPINIONS = [
    "The Harbour Post is not responsible for the views expressed by its contributors.",
    "Das Hafenblatt übernimmt keine Verantwortung für die Meinungen seiner Gastautoren.",
    "Le Quai n'est pas responsable des opinions exprimées par ses collaborateurs.",
    "El Diario del Puerto no se hace responsable de las opiniones de sus colaboradores.",
    "Il Molo non è responsabile delle opinioni espresse dai suoi collaboratori.",
    "O Cais não se responsabiliza pelas opiniões dos seus colunistas.",
    "De Havenkrant is niet verantwoordelijk voor de meningen van haar auteurs.",
    "Редакция не несёт ответственности за мнения авторов.",
]
# a story's own sentence on whose views someone is not responsible for: no contributors, no house
OWNED_VIEWS = [
    "The harbour master said the board is not responsible for the views of the fishermen who protested.",
    "Der Bürgermeister übernimmt keine Verantwortung für die Meinungen im Stadtrat, sagte er.",
]


@pytest.mark.parametrize("line", DISOWNED_OPINIONS)
def test_the_house_disowning_its_contributors_opinions_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize("line", OWNED_VIEWS)
def test_a_story_on_who_answers_for_views_stays(line: str) -> None:
    assert not is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Comments are closed.",
        "Leserkommentare sind für diesen Artikel deaktiviert.",
        "Les commentaires sont fermés pour cet article.",
        "Los comentarios están cerrados para esta noticia.",
        "I commenti sono chiusi.",
        "Comentários desativados.",
        "Reageren is niet mogelijk.",
        "Комментарии к этой статье закрыты.",
        "Die Diskussion zu diesem Beitrag wurde geschlossen.",
        "La discussion sur cet article est close.",
        "Обсуждение этой новости закрыто.",
        "Get the harbour news first – join us on WhatsApp now!",
        "Únete a nuestro grupo de Telegram y recibe las noticias del puerto.",
    ],
)
def test_closed_comments_and_a_call_to_join_a_messenger_are_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Comments were closed after threats against the harbour master.",
        "The council closed the comments period on the plan in March after 400 replies from residents.",
        "Fishermen joined a WhatsApp group to organise the protest, the union said.",
        "Die Diskussion über den neuen Hafen wurde im Stadtrat nach zwei Stunden geschlossen, ohne Beschluss.",
    ],
)
def test_a_story_on_closed_comments_or_a_messenger_group_stays(line: str) -> None:
    assert not is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Published in The Harbour Gazette, March 3rd, 2026",
        "Erschienen in der Printausgabe vom 03.03.2026",
        "Paru dans l'édition du 3 mars",
        "Publicado en la edición impresa del 3 de marzo de 2026",
        "Pubblicato sull'edizione del 3 marzo 2026",
        "Publicado na edição impressa de 3 de março de 2026",
        "Verschenen in de krant van 3 maart 2026",
        "Опубликовано в газете «Гавань» 3 марта 2026",
    ],
)
def test_a_printed_storys_line_on_its_issue_is_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize(
    "line",
    [
        "Published on 3 March 2026",  # a dateline, read for the date
        "Gepubliceerd op 3 maart 2026",
        "Published in the journal Nature, the study followed 400 harbour seals.",
        "Published in 2019, the report found the harbour wall was too low.",
    ],
)
def test_a_dateline_or_a_sentence_on_where_a_study_appeared_is_no_print_line(line: str) -> None:
    from briefkit.importer.pagenotes import is_print_line

    assert not is_print_line(line, len(line.split()))


# The disclaimer that gives the views voiced in an opinion piece to its writer alone, in the eight languages.
VIEWS_OF_THE_WRITER = [
    "The opinions expressed here are the columnist's own.",
    "Die in dieser Kolumne geäußerten Ansichten sind die der Autorin.",
    "Les avis exprimés dans cette chronique sont ceux de leur auteur.",
    "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autora.",
    "Le opinioni espresse in questa rubrica sono esclusivamente dell'autrice.",
    "As opiniões expressas neste espaço são da inteira responsabilidade do colunista.",
    "De in deze rubriek geuite standpunten zijn die van de schrijver.",
    "Высказанные в колонке мнения принадлежат автору.",
]
# a story's sentence on views voiced somewhere, with a writer named but not as the views' owner
VIEWS_OF_OTHERS = [
    "The views expressed at the ferry meeting were mixed, the author of the harbour study said.",
    "Las opiniones expresadas por los vecinos del autor del proyecto fueron muy críticas.",
]


@pytest.mark.parametrize("line", VIEWS_OF_THE_WRITER)
def test_views_given_to_the_writer_alone_are_furniture(line: str) -> None:
    assert is_interface_line(line)


@pytest.mark.parametrize("line", VIEWS_OF_OTHERS)
def test_a_story_on_views_voiced_elsewhere_stays(line: str) -> None:
    assert not is_interface_line(line)


def test_the_search_engines_button_for_the_house_is_furniture_on_a_saved_page_too() -> None:
    # a saved page prints it as a link beside "Follow us", the two run together in one block
    assert is_interface_line("Follow UsAdd The Quay Gazette as a preferred source on Google")
    assert is_interface_line("Füge uns als bevorzugte Quelle bei Google hinzu")
    assert not is_interface_line("The harbour board is the preferred source of tide tables for the pilots.")
