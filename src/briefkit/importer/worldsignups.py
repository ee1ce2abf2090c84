"""A newsletter's sign-up box and a readers' poll in the languages beyond the importer's first eight.

`signups` knows the box by the reader's mailbox ("your inbox"), the letter's name and the button's
verb in German, English, French, Spanish, Italian, Portuguese, Dutch and Russian; `embeds` knows a
poll by its label, its yes and no buttons and its vote button in the same languages. A page in
Swedish, Danish, Norwegian, Polish, Czech, Slovak, Turkish, Hungarian, Romanian, Greek, Ukrainian or
Finnish prints the same box and the same poll under its own words ("i din inkorg", "e-postanızda",
"Iratkozzon fel hírlevelünkre"; "Anketa" over "Ano Ne" and "Hlasovalo 8 214 čtenářů"), and without
them its copied text keeps them as the story's lines. The words are the ones the big publishing
systems and newsletter services ship translated, not any one site's phrase.
"""

from __future__ import annotations

# the reader's own mailbox, the possessive in the phrase ("i din inkorg", "e-postanızda", "sähköpostiisi")
YOUR_MAILBOX = (
    r"i\s+din\s+(?:inkorg|mejl|mail|e-?post(?:låda)?|indbakke)|i\s+innboksen\s+din|på\s+din\s+e-?post|"
    r"na\s+(?:twoją|twoja|pana|pani|swoją)\s+(?:skrzynkę|skrzynke|e-?mail)|do\s+(?:vaší|vaši|své)\s+"
    r"(?:e-?mailové\s+)?schránky|do\s+(?:vášho|vašeho)\s+e-?mailu|do\s+vašej\s+(?:e-?mailovej\s+)?schránky|"
    r"e-?postanız\w*|gelen\s+kutunuz\w*|(?:e-?mail\s*)?postafiókjába|e-?mail\s*fiókjába|"
    r"în\s+(?:inbox(?:ul)?\s+(?:tău|dumneavoastră|dvs\.?)|căsuța\s+(?:ta|dumneavoastră|dvs\.?)(?:\s+de\s+e-?mail)?)|"
    r"στο\s+(?:email|e-mail|ηλεκτρονικ[όο]\s+ταχυδρομε[ίι]ο)\s+σας|στα\s+εισερχ[όο]μεν[άα]\s+σας|"
    r"на\s+(?:вашу|свою|твою)\s+(?:пошту|скриньку|електронну\s+пошту)|sähköpostiisi|postilaatikkoosi"
)
# the letter itself, by the names it goes by
LETTER = (
    r"nyhetsbrev\w*|nyhedsbrev\w*|biuletyn\w*|zpravodaj\w*|bülten\w*|hírlevel\w*|hírlevél\w*|buletin\w*|"
    r"ενημερωτικ[όο]\s+δελτ[ίι]ο|розсилк\w*|uutiskirje\w*"
)
# the words of signing up, on the pitch's line and on the button ("Anmäl", "Zapisz się", "Tilaa")
SIGN_UP = (
    r"prenumerera|anmäl(?:\s+dig)?|registrera\s+dig|tilmeld(?:\s+dig)?|abonner|meld\s+deg\s+på|zapisz(?:\s+się)?|"
    r"zasubskrybuj|subskrybuj|přihlas\w*|odebír\w*|prihlás\w*|abone\s+ol\w*|kaydol\w*|feliratkoz\w*|"
    r"iratkozz\w*\s+fel|abonea\w*|abonați-vă|înscrie-te|εγγραφ\w*|γραφτ[είε]\w*|підпиш\w*|підписатися|tilaa|"
    r"tilaamalla|liity"
)

# a poll's label, its yes and its no, and the count of the votes cast under its answers
POLL_LABEL = (
    r"anketa|ankieta|sonda|sondaż|omröstning|afstemning|avstemning|anket|szavazás|sondaj|δημοσκ[όο]πηση|"
    r"ψηφοφορ[ίι]α|опитування|голосування|kysely|gallup"
)
YES = r"ja|tak|ano|áno|evet|igen|da|ναι|так|kyllä"
NO = r"nej|nei|nie|ne|hayır|nem|nu|[όο]χι|ні|ei"
VOTES = (
    r"röst\w*|stemm\w*|stemt|głos\w*|hlas\w*|oy|oylar|szavaz\w*|vot\w*|ψ[ήη]φ\w*|голос\w*|проголосува\w*|"
    r"ään\w*|äänest\w*"
)
