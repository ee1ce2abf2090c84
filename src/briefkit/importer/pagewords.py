"""The words of a page's furniture in the languages news is written in, as whole short lines.

A menu item, a share button or the heading over related links says the same few words on every
site of a language ("Teilen", "Mehr zum Thema", "Lire aussi", "Noticias relacionadas"). These are
the vocabulary of page furniture, not any publisher's phrases: each list is what such a label
says in German, French, Spanish, Italian, Portuguese, Dutch and Polish (English is in
`boilerplate`). A line is furniture only when it is nothing but such a label.
"""

from __future__ import annotations

import re

from briefkit.importer import eastpagewords, farpagewords, worldpagewords
from briefkit.importer.lazyre import compile_later

# a row of share buttons copied as one line ("Twitter Facebook WhatsApp Email", "… E-Mail Drucken")
_SHARE_BUTTON = (
    r"(?:facebook|twitter|x|whatsapp|linkedin|telegram|pinterest|reddit|xing|flipboard|e-?mail|mail|sms|print|"
    r"messenger|threads|bluesky|mastodon|vk|viber|"
    # the row's print button, in each language
    r"drucken|imprimer|imprimir|stampa|afdrukken|printen|печать|друк|yazdır|"
    # the row's copy-link button closing it ("Facebook WhatsApp E-mail Copier le lien"), in each language
    r"(?:copy|copier|copiar|copia|kopiuj)\s+(?:the\s+)?(?:link|lien|le\s+lien|enlace|el\s+enlace|il\s+link|o\s+link)|"
    r"link\s+(?:kopieren|kopiëren|kopiéren|kopiera|kopier)|kopi[eé]r\s+(?:link|lenke)|kopiera\s+länk|kopioi\s+linkki)"
)
_SHARE_ROW = rf"(?:{_SHARE_BUTTON}\s*[,|·]?\s*){{2,}}"
# a writer's post, closing a byline's role line ("Asia correspondent") or a name's line ("Jane Roe Reporter")
ROLE_POSTS = (
    r"correspondent|editor|reporter|writer|journalist|columnist|korrespondent(?:in)?|redakteur(?:in)?|reporter(?:in)?|"
    r"journalist(?:in)?|correspondant(?:e)?|journaliste|corresponsal|periodista|corrispondente|giornalista|"
    r"correspondente|jornalista|verslaggever|correspondent(?:e)?|корреспондент|журналист"
)
# Lines that are only a control or a navigation label.
_UI = (
    # German
    r"teilen|artikel\s+teilen|beitrag\s+teilen|seite\s+teilen|drucken|artikel\s+drucken|suche|suchen|menü|"
    r"navigation|anmelden|abmelden|einloggen|registrieren|kontakt|impressum|datenschutz(?:erklärung)?|"
    r"inhalt|inhaltsverzeichnis|kategorien?|schlagwörter|schlagworte(?:\s+zum\s+thema)?|themen|thema|"
    r"tags|stichworte|weiterlesen|mehr\s+lesen(?:\s+über)?|zurück|nach\s+oben|startseite|abo|abonnieren|"
    r"community|newsletter\s+abonnieren|zur\s+startseite|merken|gemerkt|kommentieren|antworten|"
    r"zum\s+artikel|zur\s+übersicht|alle\s+artikel|mehr\s+anzeigen|bild\s+vergrößern|"
    r"\(noch\s+keine\s+bewertungen\)|artikel\s+bewerten|"
    # French
    r"partager|imprimer|rechercher|recherche|connexion|se\s+connecter|s'abonner|s’abonner|abonnez-vous|"
    r"accueil|sommaire|catégories?|mots-clés|étiquettes|lire\s+la\s+suite|retour|haut\s+de\s+page|"
    r"réagir|commenter|"
    # Spanish / Portuguese / Italian
    r"compartir|imprimir|buscar|búsqueda|iniciar\s+sesión|suscríbete|etiquetas|temas|categorías|"
    r"leer\s+más|inicio|valora\s+esta\s+noticia|infórmate\s+más|informate\s+más|"
    r"compartilhar|partilhar|pesquisar|assine|entrar|leia\s+mais|"
    r"condividi|stampa|cerca|accedi|abbonati|leggi\s+tutto|argomenti|"
    # Dutch / Polish
    r"delen|zoeken|inloggen|abonneren|lees\s+meer|udostępnij|szukaj|zaloguj|"
    # printing, downloading and buying the page, following the site, in each language
    r"(?:als\s+)?pdf(?:[- ]version)?(?:\s+herunterladen)?|(?:dieses\s+\w+\s+als\s+)?pdf\s+herunterladen|herunterladen|"
    r"download(?:\s+(?:pdf|as\s+pdf))?|print\s+(?:recipe|page|version)|rezept\s+drucken|(?:ausgabe|heft)\s+kaufen|"
    # a recipe blog's link down to its recipe card, in each language
    r"(?:jump|skip|go)\s+to\s+(?:the\s+)?recipe|zum\s+rezept(?:\s+springen)?|(?:aller|passer)\s+à\s+la\s+recette|"
    r"(?:saltar|ir)\s+a\s+la\s+receta|(?:vai|salta)\s+alla\s+ricetta|(?:ir|saltar)\s+para\s+a\s+receita|"
    r"(?:naar|ga\s+naar)\s+(?:het\s+)?recept|перейти\s+к\s+рецепту|"
    # a recipe's button that puts its ingredients on the reader's shopping list
    r"(?:zur\s+)?einkaufsliste\s+hinzufügen|auf\s+die\s+einkaufsliste|add\s+to\s+(?:my\s+|your\s+)?shopping\s+list|"
    r"ajouter\s+à\s+(?:ma\s+|la\s+)?liste\s+de\s+courses|añadir\s+a\s+la\s+lista\s+de\s+(?:la\s+)?compra|"
    r"aggiungi\s+alla\s+lista\s+della\s+spesa|adicionar\s+à\s+lista\s+de\s+compras|"
    r"(?:toevoegen\s+aan|op)\s+(?:je\s+|de\s+)?boodschappenlijst(?:je)?|добавить\s+в\s+список\s+покупок|"
    r"télécharger(?:\s+(?:le\s+pdf|au\s+format\s+\w+))?|descargar(?:\s+pdf)?|scarica(?:\s+pdf)?|"
    # reading the page aloud, and who may read it (its reading time is `boilerplate`'s page data)
    r"(?:artikel|beitrag|text)\s+(?:zum\s+)?(?:an)?hören|vorlesen(?:\s+lassen)?|(?:é|e)couter(?:\s+(?:cet|l['’])\s*article)?|"
    r"escuchar(?:\s+(?:la\s+)?noticia|\s+(?:el\s+)?art[ií]culo)?|escucha\s+la\s+noticia|ascolta(?:\s+l['’]articolo)?|"
    r"ouvir(?:\s+(?:(?:a|o)\s+)?(?:notícia|matéria|artigo|texto|reportagem))?|(?:artikel\s+)?(?:beluisteren|voorlezen)|"
    r"article\s+réservé\s+aux\s+abonnés|nur\s+für\s+abonnenten|exclusivo\s+(?:para\s+)?suscriptores|"
    # sharing the page on a network or by mail, copying its link, its comment count, in each language
    r"tweet|tweeter|twittern|tuitear|twitta|tuitar|"
    # a row of share buttons copied as one line ("Twitter Facebook WhatsApp Email"), saving the page for later
    rf"{_SHARE_ROW}|"
    r"speichern|enregistrer|guardar|salva|salvar|opslaan|сохранить|"
    r"(?:jetzt|hier)\s+abonnieren|"
    # a magazine's promotion of its issue on sale
    r"(?:die\s+)?aktuelle\s+ausgabe|(?:the\s+)?(?:current|latest)\s+issue|(?:le\s+)?dernier\s+numéro|"
    r"(?:el\s+)?último\s+número|edición\s+actual|(?:l['’])?ultimo\s+numero|numero\s+in\s+edicola|"
    r"edição\s+atual|(?:de\s+)?(?:huidige|nieuwste)\s+editie|(?:текущий|свежий)\s+номер|"
    # "Artikel teilen: WhatsApp Facebook E-Mail": the label, a colon, the row of networks
    # (or "Teile diesen Beitrag:", "Share this story:"; the row may end in the print button)
    r"(?:(?:artikel|beitrag|article|art[ií]culo|articolo|artigo|story)\s+)?(?:share|teilen|teile|partager|partagez|"
    r"compartir|comparte|condividi|partilhar|compartilhar|compartilhe|delen|deel|поделиться)"
    r"(?:\s+(?:diesen\s+(?:beitrag|artikel)|this\s+(?:article|story|post)|cet\s+article|este\s+(?:art[ií]culo|artigo)|"
    r"questo\s+articolo|dit\s+artikel|deze\s+pagina))?\s*:\s*(?:(?:facebook|twitter|x|whatsapp|linkedin|telegram|"
    r"pinterest|reddit|xing|flipboard|e-?mail|mail|sms|messenger|threads|bluesky|mastodon|vk|instagram|"
    r"drucken|print|imprimer|imprimir|stampa|afdrukken|печать|"
    r"(?:link\s+)?(?:kopieren|copy(?:\s+link)?|copier(?:\s+le\s+lien)?))\s*[,|·]?\s*)+|"
    r"(?:share|teilen|partager|compartir|condividi|partilhar|compartilhar|delen|поделиться)"
    r"(?:\s+(?:on|auf|bei|sur|en|su|no|em|op|via|per|в))?\s+(?:facebook|twitter|x|whatsapp|linkedin|telegram|"
    r"pinterest|reddit|bluesky|threads|xing|mastodon|flipboard|e-?mail|mail|vk|вконтакте)|"
    r"(?:send|share)\s+(?:by|via)\s+e-?mail|e-?mail\s+(?:this|versenden|senden)|per\s+e-?mail\s+(?:versenden|teilen|senden|delen)|"
    r"envoyer\s+par\s+(?:e-?mail|courriel)|enviar\s+por\s+(?:e-?mail|correo(?:\s+electr[oó]nico)?)|"
    r"invia\s+(?:per|via)\s+e-?mail|"
    r"(?:copy|copiar|copier|copia|kopieren|kopiëren)\s+(?:the\s+)?(?:link|lien|le\s+lien|enlace|el\s+enlace|il\s+link|"
    r"o\s+link)|link\s+(?:kopieren|kopiëren|copiado|copied)|(?:копировать|скопировать)\s+ссылку|"
    r"(?:ver\s+|voir\s+(?:les\s+)?|see\s+(?:all\s+)?|show\s+(?:all\s+)?|alle\s+|vedi\s+(?:i\s+)?|ver\s+os\s+)?"
    r"\d{1,5}\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|comentários|reacties|reacciones|"
    r"комментари(?:й|я|ев))|"
    # how often the page was liked, shared or read ("66 Likes", "48566 views"), in each language
    r"\d{1,3}(?:[.,\s]?\d{3})*\s+(?:likes?|gefällt\s+mir|j['’]aime|me\s+gusta|mi\s+piace|curtidas|shares?|"
    r"views|aufrufe|vues|visitas|visualizzazioni|visualizações|weergaven|просмотр(?:а|ов)?)|"
    r"ou(?:ç|c)a(?:\s+(?:este|o|a)\s+(?:artigo|texto|notícia|matéria))?|слушать(?:\s+статью)?|"
    # a byline's role line under the name ("Asia correspondent @handle")
    rf"(?:[\w.-]+\s+){{0,3}}(?:{ROLE_POSTS})(?:\s+@\w{{2,30}})?|"
    # a media player's position and length ("00:00/03:12")
    r"\d{1,2}:\d{2}(?::\d{2})?\s*/\s*\d{1,2}:\d{2}(?::\d{2})?|"
    # the label over an advertisement, in each language
    r"anzeige|werbung|publicité|publicidad|pubblicità|publicidade|advertentie|реклама|"
    # skip links
    r"(?:zum|direkt\s+zum)\s+(?:inhalt|hauptinhalt)(?:\s+springen)?|aller\s+au\s+contenu(?:\s+principal)?|"
    r"ir\s+al\s+contenido(?:\s+principal)?|vai\s+al\s+contenuto(?:\s+principale)?|naar\s+(?:de\s+)?inhoud|"
    r"ir\s+para\s+o\s+conteúdo|"
    # Russian
    r"поделиться|поиск|найти|войти|выйти|меню|главная|подписаться|распечатать|печать|теги|рубрики|"
    # giving the article to a reader without a subscription, in each language
    r"(?:gift|share)\s+(?:this\s+)?(?:article|story)|(?:artikel|beitrag)\s+verschenken|offrir\s+(?:cet\s+)?article|"
    r"regalar\s+(?:este\s+)?artículo|regala\s+(?:questo\s+|l['’])?articolo|(?:oferecer|presentear)\s+(?:este\s+)?artigo|"
    r"(?:artikel\s+)?cadeau\s+geven|подарить\s+статью|"
    # reading the page aloud, with a word for what is read ("Ouça este conteúdo", "Luister naar dit artikel")
    r"(?:ouça|ouca|ouvir|escuchar|escucha|escuche|écouter|ecouter|écoutez|ascolta|ascoltare|luister(?:en)?|"
    r"слушать|прослушать|послушать)(?:\s+(?:naar|a|à))?"
    r"(?:\s+(?:este|esta|o|a|la|el|l['’]|le|cet|cette|ce|questo|questa|il|dit|deze|het|de|эту|этот))?\s*"
    r"(?:artigo|texto|notícia|noticia|matéria|conteúdo|reportagem|artículo|contenido|article|contenu|texte|"
    r"articolo|notizia|contenuto|artikel|bericht|tekst|статью|новость|материал|текст)|"
    # German puts the verb after the piece, or asks politely
    r"(?:(?:diesen|den)\s+)?(?:artikel|beitrag)\s+anhören|hören\s+sie\s+(?:diesen|den)\s+(?:artikel|beitrag)"
)
# "Zitiervorschlag", "Suggested citation", "Pour citer cet article": the label over the line a study or a
# think tank's paper prints for citing it (authors, year, title), in each language
CITE_LABEL = (
    r"(?:suggested\s+citation|how\s+to\s+cite(?:\s+this(?:\s+\w+)?)?|cite\s+(?:this(?:\s+\w+)?|as)|"
    r"zitiervorschlag|zitierhinweis|zitierweise|zitiervorlage|(?:bitte\s+)?zitieren\s+als|so\s+zitieren\s+sie(?:\s+\w+)?|"
    r"(?:pour|comment)\s+citer(?:\s+(?:cet|ce|cette)\s+\w+)?|citation\s+(?:suggérée|recommandée)|référence\s+à\s+citer|"
    r"c[oó]mo\s+citar(?:\s+(?:este|esta)\s+\w+)?|citar\s+como|cita\s+sugerida|forma\s+de\s+citar|"
    r"come\s+citare(?:\s+(?:questo|questa)\s+\w+)?|citazione\s+(?:suggerita|consigliata)|citare\s+come|"
    r"como\s+citar(?:\s+(?:este|esta)\s+\w+)?|citação\s+sugerida|"
    r"citeren\s+als|citeerwijze|citeer\s+als|aanbevolen\s+citatie|"
    r"как\s+цитировать(?:\s+\w+)?|для\s+цитирования|ссылка\s+для\s+цитирования|рекомендуемая\s+ссылка)"
)
# the label alone on its line, over the reference
CITE_ONLY = compile_later(rf"^{CITE_LABEL}\s*:?$", re.I)
# the same label with the citation after it on its line, which names the year: "Suggested citation:
# Roe, J. (2026): Title."
CITATION_LINE = compile_later(rf"^{CITE_LABEL}\s*:\s+\S.*\b(?:1[89]|20)\d\d\b", re.I)
# Headings that open the furniture after a story: related links, most read, more on the topic.
_END = (
    rf"{worldpagewords.END}|{worldpagewords.READ_ALSO}|{farpagewords.END}|{farpagewords.READ_ALSO}|{eastpagewords.END}|"
    r"ähnliche\s+(?:beiträge|artikel|themen)|verwandte\s+(?:themen|artikel|beiträge)|mehr\s+zum\s+thema|"
    r"mehr\s+(?:zu|aus|von)\s+\w+(?:\s+\w+)?|weitere\s+(?:artikel|beiträge|meldungen|nachrichten|themen)"
    r"(?:\s+\w+){0,3}|auch\s+interessant|das\s+könnte\s+(?:dich|sie)\s+(?:auch\s+)?interessieren|"
    r"die\s+meistgelesenen(?:\s+artikel)?|meistgelesen|am\s+meisten\s+gelesen|neueste\s+beiträge|"
    r"schon\s+gelesen\??|zum\s+weiterlesen|lesen\s+sie\s+auch|empfohlene\s+artikel|"
    r"dieser\s+artikel\s+gefällt\s+ihnen\??|"
    r"(?:à\s+)?lire\s+aussi|sur\s+le\s+même\s+sujet|les\s+plus\s+lus|articles?\s+similaires|"
    # "more content", in each language
    r"(?:weitere|mehr)\s+inhalte|more\s+content|plus\s+de\s+contenus?|más\s+contenidos?|altri\s+contenuti|"
    r"mais\s+conteúdos?|meer\s+inhoud|другие\s+материалы|"
    # "on the same subject", in the other languages
    r"sobre\s+(?:el|o)\s+mesmo\s+(?:tema|assunto)|sobre\s+el\s+mismo\s+tema|zum\s+(?:gleichen|selben)\s+thema|"
    r"sullo\s+stesso\s+(?:tema|argomento)|over\s+hetzelfde\s+onderwerp|on\s+the\s+same\s+(?:topic|subject)|"
    r"по\s+теме|на\s+(?:эту\s+же|ту\s+же)\s+тему|"
    r"voir\s+aussi|dans\s+la\s+même\s+rubrique|(?:pour\s+)?aller\s+plus\s+loin|"
    r"(?:quiz[aá]s?|tal\s+vez)\s+(?:te|le)\s+interese|vous\s+(?:aimerez|pourriez\s+aimer)\s+aussi|"
    r"talvez\s+(?:você\s+)?se\s+interesse|você\s+também\s+pode\s+gostar|вам\s+может\s+быть\s+интересно|"
    r"(?:noticias|notas)\s+relacionadas|otras\s+noticias|(?:también\s+)?te\s+puede\s+interesar|lo\s+más\s+leído|(?:las\s+|los\s+)?más\s+le[ií]d[oa]s|más\s+noticias|"
    r"artículos\s+relacionados|le[eé]\s+también|lea\s+también|"
    r"veja\s+também|leia\s+também|mais\s+lidas|as\s+mais\s+lidas|notícias\s+relacionadas|"
    r"leggi\s+anche|potrebbe\s+interessarti|articoli\s+correlati|i\s+più\s+letti|"
    r"lees\s+ook|gerelateerde\s+artikelen|meest\s+gelezen|zobacz\s+również|czytaj\s+też|"
    r"want\s+more\??|related\s+posts|related\s+recipes|you\s+might\s+also\s+like|more\s+stories|"
    # the site's running feed of its latest headlines, set under the story ("Лента новостей", "Newsticker")
    r"лента\s+новостей|последние\s+новости|newsticker|neueste\s+nachrichten|latest\s+news|"
    r"dernières\s+(?:infos|actualités|nouvelles)|fil\s+info|últimas\s+noticias|ultime\s+notizie|"
    r"últimas\s+notícias|laatste\s+nieuws|"
    # "In other news": the box of the site's other stories, in each language
    r"in\s+other\s+news|in\s+anderen\s+nachrichten|dans\s+l['’]actualité|autres\s+actualités|en\s+otras\s+noticias|"
    r"in\s+altre\s+notizie|noutras\s+notícias|em\s+outras\s+notícias|in\s+ander\s+nieuws|ander\s+nieuws|"
    r"другие\s+новости|"
    # the author box, the share row and the comment form that follow a story, in each language
    r"(?:themen|schlagwörter|schlagworte|stichworte)\s+(?:in|zu)\s+diesem\s+(?:artikel|beitrag)|"
    r"über\s+(?:den\s+autor|die\s+autorin)|zum\s+autor|zur\s+autorin|about\s+the\s+author|"
    r"à\s+propos\s+de\s+l['’]auteur|sobre\s+el\s+autor|sobre\s+o\s+autor|sull['’]autore|over\s+de\s+auteur|"
    r"teilen\s+sie\s+dies(?:en\s+(?:artikel|beitrag))?\s+mit|share\s+this|like\s+this|gefällt\s+mir|"
    # the comment form's heading, which asks the reader to write one, in each language
    r"(?:einen\s+)?kommentar\s+(?:verfassen|hinterlassen|abgeben|schreiben)|schreibe?n?\s+sie\s+einen\s+kommentar|"
    r"schreibe?\s+einen\s+kommentar|(?:leave|post|add|write)\s+a\s+(?:comment|reply)|"
    r"(?:laisser|ajouter|écrire|poster|publier)\s+un\s+commentaire|"
    r"(?:deja|deje|escribe|escriba|añade|añadir|agregar|publicar)\s+(?:un|tu|su)\s+comentario|"
    r"(?:lascia|lasciare|scrivi|aggiungi)\s+un\s+commento|"
    r"(?:deixe|deixar|escreva|adicione|publique)\s+(?:um|seu|o\s+seu)\s+comentário|"
    r"(?:plaats|schrijf)\s+(?:een|je|uw)\s+reactie|"
    r"(?:оставить|оставьте|написать|напишите|добавить)\s+комментарий|"
    # the heading over the readers' comments, with their count after it ("Reacties (12)")
    r"(?:kommentare|commentaires|comentarios|commenti|comentários|reacties|respostas|respuestas|risposte|"
    r"комментарии)(?:\s*\(\d{1,5}\))?|"
    # "Réactions (24)": the readers' reactions, a heading only with their count (bare, the story's own subheading)
    r"(?:réactions|reactions|reaktionen|reazioni|reações|reacciones|реакции)\s*\(\d{1,5}\)|"
    r"partager\s+(?:cet\s+article|la\s+publication)|comparte\s+esta\s+noticia|condividi\s+questo\s+articolo|"
    # the list of a press office's other releases under one ("Weitere Pressemitteilungen", "Otras notas de prensa")
    r"(?:more|other|weitere|andere|autres|otras|otros|más|altre|altri|outras|outros|mais|meer|другие)\s+"
    r"(?:press\s+releases|pressemitteilungen|communiqués(?:\s+de\s+presse)?|notas\s+de\s+prensa|"
    r"comunicados(?:\s+de\s+(?:prensa|imprensa))?|comunicati(?:\s+stampa)?|notas\s+(?:de\s+|à\s+)?imprensa|"
    r"persberichten|пресс-релизы)|"
    # the box of whom to ask about it, under a press release
    r"ansprechpartner(?:in)?|pressekontakte?|medienkontakte?|press\s+contacts?|media\s+contacts?|contacts?\s+presse|"
    r"contacto\s+(?:de\s+)?prensa|contatt[oi]\s+stampa|contato\s+(?:de\s+|para\s+a\s+)?imprensa|perscontact|"
    r"контакты\s+для\s+сми|"
    # the paper a research release reports on, cited under it, and the box of links after it
    r"original(?:publikation|veröffentlichung)|original\s+(?:publication|paper)|publication\s+originale|"
    r"publicación\s+original|pubblicazione\s+originale|publicação\s+original|oorspronkelijke\s+publicatie|"
    r"оригинальная\s+публикация|zusatzinformationen|"
    # the form that asks the reader to report a mistake in the story, set under it
    r"(?:report|reportar|reporte|reporta|signaler|signalez|segnala|segnalare|melden\s+sie)\s+(?:an?\s+|un[ae]?\s+|um\s+|"
    r"een\s+|einen\s+)?(?:error|errors|erro|erreur|errore|fout|fehler)|(?:tipp)?fehler\s+melden|fout\s+melden|"
    r"сообщить\s+об\s+ошибке|"
    # the box that tells how to cite the piece, under a study or a think tank's paper
    rf"{CITE_LABEL}"
)
# the labels alone, for a pointer to one other story after one of them on its line (`houselines`)
END_LABEL = _END
# a pointer's mark before a box's label ("► See also:", "▶️ Related"): an arrow or a bullet, an emoji's variant
_POINTER = r"(?:[\u2190-\u21ff\u25a0-\u25ff\u2794-\u27bf»›•]\ufe0f?\s*)?"
# "Die meistgelesenen Artikel bei X", "Most read on X": such a heading may name the site after it
_SITE_SUFFIX = r"(?:\s+(?:bei|auf|von|aus|im|on|at|from|in|en|sur|de|di|da|op)\s+(?:(?![.!?](?:\s|$)).){1,40})?"
UI_LINE = compile_later(rf"^(?:{_UI})\s*[:.!]?$", re.I)
SHARE_ROW = compile_later(rf"^{_SHARE_ROW}$", re.I)
SHARE_BUTTON = _SHARE_BUTTON  # one share button's name, for a row read word by word (`sharerows`)
# "Del episoden: Facebook LinkedIn Kopiér link": the networks' buttons under a short label of the row's own, in any
# language (the networks' names are the same in all); "Seite drucken | Druckversion | Seite versenden": a row of
# three and more short links parted by bars, none a sentence; "Share this article Facebook X Email Print": four
# buttons and more under a label with no colon, as no headline names networks one after another
CONTROL_ROW = compile_later(
    rf"^(?:[^\W\d_][^:.!?\n]{{0,30}}:\s*{_SHARE_ROW}|[^\W\d_][^:.!?\n]{{0,30}}?\s(?:{_SHARE_BUTTON}\s*[,|·]?\s*){{4,}}"
    rf"|[^|.!?\n]{{1,30}}(?:\s\|\s[^|.!?\n]{{1,30}}){{2,}})$",
    re.I,
)
END_MARKER = compile_later(rf"^{_POINTER}(?:{_END}){_SITE_SUFFIX}\s*[:.!]?$", re.I)
# the words a cookie notice has besides "cookies" in the other listed languages: this site, browsing, consent
COOKIE_NOTICE = (
    r"(?:diese|unsere)\s+(?:website|webseite|seite)|datenschutz\w*|zustimm\w*|akzeptier\w*|ce\s+site|navigation|"
    r"consentement|accepter|este\s+(?:sitio|site)|sitio\s+web|navegaci[oó]n|navegação|consentimiento|aceptar|aceitar|"
    r"questo\s+sito|navigazione|consenso|accett\w+|deze\s+(?:web)?site|toestemming|accepteren|сайт\w*|согласи\w+"
)
# "Thanks for reading X! Subscribe …": a newsletter's closing line to its reader, in each language
THANKS_FOR_READING = compile_later(
    r"^(?:thanks?\s+(?:you\s+)?for\s+reading|danke\s+(?:fürs|für\s+das|für\s+ihr(?:e)?)\s+(?:lesen|interesse)|"
    r"merci\s+(?:d['’]avoir\s+lu|de\s+(?:votre\s+)?lecture)|gracias\s+por\s+(?:leer|tu\s+lectura)|"
    r"grazie\s+(?:per\s+(?:aver|avere)\s+letto|della\s+lettura)|obrigad[oa]\s+por\s+(?:ler|sua\s+leitura)|"
    r"bedankt\s+voor\s+het\s+lezen|спасибо,?\s+что\s+(?:прочитали|читаете))\b",
    re.I,
)
# "Lesen Sie auch:", "Leggi anche": a label that introduces the link to one other story under it
_READ_ALSO = (
    rf"^{_POINTER}(?:lesen\s+sie\s+auch|lies\s+auch|auch\s+interessant|das\s+könnte\s+sie\s+(?:auch\s+)?interessieren|"
    r"(?:à\s+)?lire\s+(?:aussi|également)|voir\s+aussi|sur\s+le\s+même\s+sujet|"
    r"(?:también\s+)?(?:te|le)\s+puede\s+interesar|(?:quiz[aá]s?|tal\s+vez)\s+(?:te|le)\s+interese|"
    r"vous\s+(?:aimerez|pourriez\s+aimer)\s+aussi|talvez\s+(?:você\s+)?se\s+interesse|você\s+também\s+pode\s+gostar|"
    r"вам\s+может\s+быть\s+интересно|le[eé]r?\s+también|lea\s+también|ver\s+también|"
    r"leia\s+também|veja\s+também|(?:ler|leia)\s+mais|leggi\s+anche|(?:ti\s+)?potrebbe(?:ro)?\s+interessar(?:ti|e)|"
    r"lees\s+ook|ook\s+interessant|meer\s+over\s+(?:dit|het)\s+onderwerp|czytaj\s+też|zobacz\s+również|читайте\s+также|читать\s+также|"
    # "Zie ook:", "Te recomendamos:", "Ранее мы писали:": one other story the page points to, recommends or wrote before
    r"zie\s+ook|(?:te|le|les)\s+recomendamos|ранее\s+мы\s+писали|материалы\s+по\s+теме|"
    # "Mehr zum Thema", "More on this topic": the label of one more story on the subject, in each language
    r"mehr\s+zum\s+thema|more\s+on\s+this(?:\s+(?:topic|story|subject))?|plus\s+sur\s+(?:ce|le)\s+sujet|"
    r"más\s+sobre\s+(?:este|el)\s+tema|mais\s+sobre\s+(?:este|o)\s+(?:tema|assunto)|"
    r"altro\s+sull['’]argomento|больше\s+по\s+теме|"
    # "Related story", "Noticia relacionada": the label of one related story, in each language
    r"related\s+(?:story|article|coverage)|(?:verwandter|passender)\s+artikel|(?:à\s+lire\s+)?sur\s+le\s+même\s+sujet|"
    r"articles?\s+(?:lié|associé)s?|noticias?\s+relacionadas?|notizi[ae]\s+correlat[ae]|notícias?\s+relacionadas?|"
    r"gerelateerd(?:e)?\s+(?:artikel|nieuws)|связанн\w+\s+(?:новост\w+|материал\w*|стать\w+)|"
    rf"{worldpagewords.READ_ALSO}|{farpagewords.READ_ALSO}|{eastpagewords.READ_ALSO})"
)
_READ_ALSO_AT = compile_later(_READ_ALSO, re.I)


def opens_read_also(text: str) -> bool:
    """Whether the line opens with a read-also label (after its pointer), whatever follows it.

    Every pattern made of `_READ_ALSO` and more after it (`READ_ALSO`, `READ_ALSO_LINK`, `sitenotices`' run-in
    label) matches only a line where `_READ_ALSO` alone matches at its start, so this is their `needs`: most lines
    open with no label, and those long patterns are then neither run nor, on most pages, compiled."""
    return _READ_ALSO_AT.match(text) is not None


READ_ALSO = compile_later(rf"{_READ_ALSO}\s*[:.!]?$", re.I, needs=opens_read_also)
# a letter of a script with no capitals (Hebrew, Arabic, the Indic scripts, Thai, CJK): a headline there opens on
# no capital, so a space after the label is all that parts the two
_CASELESS = r"[\u0590-\u08ff\u0900-\u0dff\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7af]"
# the same label with the other story's headline on its line, after a colon or a bar or glued to it ("Lees
# ookDe …") (or after a full stop, "LIRE AUSSI. Tramway : …", when a capital opens the headline)
READ_ALSO_LINK = compile_later(
    rf"{_READ_ALSO}(?:\s*[:|–-]\s*|\.\s+(?-i:(?=[A-ZÀ-ÞА-Я«„\"]))|(?-i:(?=[A-ZÀ-ÞА-Я«„\"]))|\s+(?={_CASELESS}))\S",
    re.I,
    needs=opens_read_also,
)
# "Noch 0 von 3 freien Artikeln", "You have 2 free articles left": a metered paywall's count of free reads
FREE_READS = (
    r"\b(?:free|freie[nr]?|kostenlose[nr]?|gratuits?|gratuites?|gratis|gratuit[oia]s?|бесплатн\w*)\s+"
    r"(?:articles?|artikel\w*|art[ií]culos?|articoli|artigos?|stories|reads|статей|статьи|материал\w*)\b"
    r"|\b(?:articles?|art[ií]culos?|articoli|artigos?)\s+(?:gratuit\w*|gratis|grátis)\b"
)
# "Download the X app for alerts", "Laden Sie sich die X-App herunter": a promotion for the publisher's app
APP_PROMO = compile_later(
    r"^(?:(?:download|get|install)\s+(?:the|our)\s|(?:laden\s+sie\s+(?:sich\s+)?|lade\s+dir\s+|hol(?:en\s+sie\s+sich|\s+dir)\s+)"
    r"(?:die|unsere)\s|téléchargez\s+(?:l['’]|notre\s)|descarg(?:a|ue)\s+(?:la|nuestra)\s|scarica\s+(?:l['’]|la\s+nostra\s)|"
    r"(?:baixe|descarregue)\s+(?:o|a|nosso|nossa)\s|download\s+(?:de|onze)\s|скачайте\s)"
    r".{0,40}?(?:\bapp\b|-app\b|\bappli(?:cation)?\b|\baplicaci[oó]n\b|\baplicativo\b|\bприложение\b)",
    re.I,
)
# "Audio herunterladen (2,1 MB | MP3)": a file's download link, its size in brackets
FILE_SIZE = compile_later(
    r"\(\s*(?:[A-Za-z0-9]{2,5}\s*[|,·/]\s*)?\d+(?:[.,]\d+)?\s*(?:[kKMG]i?B|[kKMG]o|[КкМГ]Б)"  # "Mo" (fr), "МБ" (ru)
    r"\s*(?:[|,·/]\s*[A-Za-z0-9]{2,5}\s*)?\)"
)
# "Themen: …, … Download (123 KB)": a file's link with its contents listed before it; the size closes the line
FILE_SIZE_LAST = compile_later(FILE_SIZE.pattern + r"\s*$")
# "Gewinnspiel: …", "Giveaway: …": a raffle's box, its label opening the paragraph
RAFFLE_LABEL = compile_later(
    r"^(?:gewinnspiel|verlosung|giveaway|competition|sweepstakes?|(?:jeu[- ])?concours|sorteo|concorso|"
    r"passatempo|winactie|prijsvraag|розыгрыш)\s*:\s",
    re.I,
)
# What a site prints about itself under the story, in each language: an appeal to share the piece
# ("Liked it? Don't forget to share!"), the design's credit, a licence notice, the label of the issue
# a magazine piece appeared in
SHARE_APPEAL = compile_later(
    r"(?:^|[?!.]\s+)(?:(?:don['’]t\s+forget|remember)\s+to\s+share|(?:vergiss|vergessen\s+sie)\s+nicht,?\s+(?:\w+\s+){0,3}zu\s+teilen|"
    r"n['’]oubliez\s+pas\s+de\s+(?:le\s+|la\s+)?partager|no\s+olvides\s+compartir|non\s+dimenticare\s+di\s+condivider|"
    r"não\s+se\s+esqueça\s+de\s+compartilhar|vergeet\s+niet\s+(?:\w+\s+){0,2}te\s+delen|не\s+забудьте\s+поделиться)",
    re.I,
)
SITE_CREDIT = compile_later(
    r"^(?:(?:web)?design|theme|template|(?:proudly\s+)?powered)\s+(?:by|von|par|por|di|da|door|от)\s"
    r"|^(?:erschienen\s+in|appeared\s+in|paru\s+dans|publicado\s+en|pubblicato\s+su|verschenen\s+in)\s*:?$",
    re.I,
)
# a sponsor's label over a section or beside a story ("Supported by …", "Transport coverage supported by …",
# "Gesponsert von …", "En partenariat avec …"), in the eight languages ("presented by" names a show's host too)
SPONSOR_LABEL = compile_later(
    r"^(?:(?:this\s+)?(?:[\w&-]+\s+){0,2}(?:coverage|content|series|reporting|journalism|section|newsletter|podcast)"
    r"\s+(?:is\s+)?)?(?:supported|sponsored|funded|underwritten|made\s+possible|brought\s+to\s+you)\s+by\s"
    r"|^(?:in\s+(?:partnership|association)\s+with|unterstützt\s+von|gesponsert\s+von|in\s+kooperation\s+mit|"
    r"mit\s+freundlicher\s+unterstützung|sponsorisé\s+par|en\s+partenariat\s+avec|avec\s+le\s+soutien\s+de|"
    r"patrocinado\s+por|con\s+el\s+apoyo\s+de|apoiado\s+por|em\s+parceria\s+com|com\s+o\s+apoio\s+d[aeo]|"
    r"sponsorizzato\s+da|in\s+partnership\s+con|con\s+il\s+(?:supporto|sostegno)\s+di|gesponsord\s+door|"
    r"mogelijk\s+gemaakt\s+door|при\s+поддержке|в\s+партн[её]рстве\s+с)\s",
    re.I,
)
_LICENCE = r"\b(?:licen[cs]|lizen[sz]|licencia|licenza|licença|licentie|лиценз)"
LICENCE_NOTICE = compile_later(
    rf"\bcreative\s+commons\b.{{0,60}}{_LICENCE}|{_LICENCE}.{{0,60}}\bcreative\s+commons\b", re.I
)
# "This issue is brought to you by …", "Diese Ausgabe wird präsentiert von …": a newsletter's sponsor named with the
# issue itself as the subject, whatever the paragraph then says of the sponsor's product
SPONSORED_ISSUE = compile_later(
    r"^(?:this|today['’]s|this\s+week['’]s)\s+(?:issue|edition|newsletter|episode|email|e-mail|letter|briefing)\s+"
    r"(?:is|was|comes\s+to\s+you)\s+(?:(?:brought\s+to\s+you|sponsored|supported|made\s+possible|presented|underwritten|"
    r"powered)\s+)?by\s"
    r"|^(?:diese|die\s+heutige)\s+(?:ausgabe|newsletter-ausgabe)\s+(?:wird|ist)\s+(?:\w+\s+){0,2}"
    r"(?:präsentiert|unterstützt|gesponsert|ermöglicht)\s+(?:von|durch)\s"
    r"|^(?:cette|ce)\s+(?:édition|numéro|newsletter|lettre)\s+(?:vous\s+est\s+(?:proposée?|offerte?)|est\s+"
    r"(?:proposée?|présentée?|sponsorisée?|soutenue?|offerte?))\s+par\s"
    r"|^(?:esta\s+(?:edición|newsletter)|este\s+(?:número|boletín))\s+(?:es|está)\s+(?:patrocinad[oa]|presentad[oa]|"
    r"ofrecid[oa])\s+por\s",
    re.I,
)
# "Erstellt am 6. Mai 2014 um 23:30 und abgelegt unter Linux, Tutorials": a blog post's footer line
FILED_FOOTER = compile_later(
    r"^(?:erstellt|veröffentlicht|geschrieben|verfasst|posted|published|written|this\s+entry\s+was\s+posted|publié|"
    r"publicado|pubblicato|geplaatst|опубликовано)\b.*\b(?:abgelegt\s+unter|filed\s+under|posted\s+in|"
    r"publié\s+dans|archivado\s+en|archiviato\s+in|geplaatst\s+in|arquivado\s+em|рубрик[аие])\b",
    re.I,
)
# "Nächste Vorstellungen: 14. und 22. Februar. Karten unter 0561 10940.": a service note under a label,
# with a telephone number (a leading zero or a country code, then groups of digits) to call
SERVICE_LABEL = compile_later(r"^(?-i:[A-ZÀ-ÞА-Я])[\w-]*(?:\s+[\w-]+){0,2}\s*:\s")
PHONE = compile_later(
    r"(?<![\d.,])(?<!\d\s)(?:\+\d{1,3}[\s/-]?\(?0?\)?\d{2,5}|\(?0\d{2,5}\)?)[\s/-]?\d{3,}(?:[\s-]\d{2,})*(?![\d.,]\d)"
)
# "Voor vragen van journalisten: bel …", "Media enquiries: …", "Für Presseanfragen: …": the line under a press
# contact's box, its label (questions of the press, in each language) before a colon
PRESS_ENQUIRIES = compile_later(
    r"^(?:for\s+)?(?:(?:media|press)\s+(?:enquiries|inquiries|questions|requests)|(?:questions|enquiries|inquiries)\s+"
    r"from\s+(?:the\s+)?(?:media|press|journalists)|(?:für\s+)?(?:presse|medien)(?:anfragen|rückfragen|vertreter\w*)|"
    r"(?:für\s+)?(?:anfragen|rückfragen|fragen)\s+(?:der|von)\s+(?:presse|medien|journalist\w*)|"
    r"(?:pour\s+les\s+)?(?:demandes|questions)\s+(?:de\s+la\s+presse|des\s+(?:médias|journalistes))|"
    r"(?:para\s+)?(?:consultas|solicitudes|preguntas)\s+de\s+(?:la\s+)?(?:prensa|medios|periodistas)|"
    r"(?:per\s+)?(?:richieste|domande|informazioni)\s+(?:della|dalla|alla|per\s+la)\s+stampa|"
    r"(?:per\s+)?(?:richieste|domande)\s+(?:dei|dai)\s+giornalisti|"
    r"(?:para\s+)?(?:pedidos|perguntas|solicitações)\s+(?:da\s+imprensa|de\s+jornalistas)|"
    r"voor\s+(?:vragen|verzoeken)\s+van\s+(?:de\s+)?(?:pers|journalisten|media)|(?:pers|media)vragen|"
    r"(?:для|вопросы)\s+(?:сми|журналистов|прессы))\s*:\s+\S",
    re.I,
)
# "Continue reading with Daily+": the paywall's button under the story's free part
CONTINUE_WITH = compile_later(
    r"^(?:weiterlesen|(?:continue|keep)\s+reading|lire\s+la\s+suite|seguir\s+leyendo|continua\s+a\s+leggere|"
    r"continue\s+lendo|verder\s+lezen|читать\s+дальше)\s+(?:mit|with|avec|con|com|met|с)\s+\S",
    re.I,
)
# "Three nights from £465 per person. Valid until 30 November.": an offer's box, its price and its term
OFFER_TERM = compile_later(
    r"\b(?:valid\s+until|gültig\s+bis|valable\s+jusqu|válid[oa]\s+hasta|valid[oa]\s+fino|válid[oa]\s+até|"
    r"geldig\s+tot|действует\s+до)\b",
    re.I,
)
# a price: the sign before or after the figure ("€5", "1 €": no word boundary after the sign), or the word after it
PRICE = compile_later(r"[£$€]\s?\d|\d\s?(?:€|£|(?:euros?|eur|руб)\b)", re.I)


def shouted_read_also(text: str) -> bool:
    """ "LEGGI ANCHE Montevarchi, …": the label in capitals, then the other story's headline after a space."""
    m = _READ_ALSO_AT.match(text)
    rest = text[m.end() :] if m else ""
    return bool(m and m.group(0).isupper() and rest[:1].isspace() and rest.lstrip()[:1].isupper())


# the label that leads on to another story, run into that story's headline when a page's link box is copied
# ("Seguí leyendoGlaciares …", "Weiterlesen im DossierDer …" is not it: the capital must follow the label)
_READ_ON_GLUED = compile_later(
    r"^(?:segu[ií]\s+leyendo|sigue\s+leyendo|continúa\s+leyendo|continue\s+reading|read\s+more|weiterlesen|"
    r"lire\s+la\s+suite|continua\s+a\s+leggere|continue\s+a\s+ler|lees\s+verder|читать\s+далее|"
    # "Más informaciónEl Gobierno …": a box of links headed "more information", glued to its first title
    r"more\s+information|mehr\s+informationen|plus\s+d['’]informations?|en\s+savoir\s+plus|m[aá]s\s+informaci[oó]n|"
    r"maggiori\s+informazioni|per\s+saperne\s+di\s+più|mais\s+informaç[oõ]es|saiba\s+mais|meer\s+informatie|"
    r"lees\s+meer|подробнее)"
    r"(?-i:(?=[A-ZÀ-ÞА-Я«„\"]))\S",
    re.I,
)
# "Mehr zum ThemaKreißsaal …": a related-links heading run into the one headline under it when the page's
# text is copied, a small letter meeting a capital
# (its `needs`: the small letter and the capital after it, case-sensitive as inside the pattern, stand somewhere in
# the line; a line without them, nearly every line, never runs the long alternation of headings)
_GLUE = compile_later(r"[a-zß-ÿа-яё][A-ZÀ-ÞА-ЯЁ]")
_END_GLUED = compile_later(
    rf"^(?:{_END})(?-i:(?<=[a-zß-ÿа-яё])[A-ZÀ-ÞА-ЯЁ])\S", re.I, needs=lambda text: _GLUE.search(text) is not None
)
SPACED_TITLE_WORDS = 3


def read_on_glued(text: str) -> bool:
    """ "Seguí leyendoGlaciares …": a "read on" label run into the other story's headline, no space between."""
    return _READ_ON_GLUED.match(text) is not None


def end_label_glued(text: str) -> bool:
    """ "Mehr zum ThemaKreißsaal …": a related-links heading glued to the other story's headline."""
    return _END_GLUED.match(text) is not None


def spaced_read_also(text: str) -> bool:
    """ "Lees ook Waarom …", "Leggi anche Mutui, …": the label in any case, a space, then a headline that opens
    with a capital and has no sentence's end. Alone this may still be a sentence that lost its mark, so the
    caller asks the story to go on under it (`storyboxes`)."""
    m = _READ_ALSO_AT.match(text)
    rest = text[m.end() :] if m else ""
    return bool(
        m
        and rest[:1].isspace()
        and rest.lstrip()[:1].isupper()
        and len(rest.split()) >= SPACED_TITLE_WORDS
        and not rest.rstrip().endswith((".", "!", "…"))
    )
