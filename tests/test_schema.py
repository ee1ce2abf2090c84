"""Front matter -> model: every fault is reported at its line and column, with a hint."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

import pytest

from briefkit.config import load_config
from briefkit.diagnostics import Diagnostics
from briefkit.loader import load_content
from briefkit.model import ActorKind


def load(root: Path, **kw):
    diags = Diagnostics()
    config = load_config(root, diags)
    assert config is not None, [d.format() for d in diags]
    content = load_content(config, diags, **kw)
    return content, [d.format() for d in diags.sorted()]


def briefing(front: str, body: str = "Text.\n") -> str:
    return "---\n" + front.strip("\n") + "\n---\n" + body


BASE = "title: T\nsummary: S\ndate: 2024-02-20\n"


def test_minimal_site_loads_typed_model(make_site):
    content, msgs = load(make_site())
    assert msgs == []
    b = content.briefings["a-gift"]
    assert b.date == datetime(2024, 2, 20, 21, 48, tzinfo=timezone.utc) and not b.date_only
    assert [(r.id, r.role) for r in b.actors] == [("vladimir-putin", "giver"), ("kim-jong-un", None)]
    assert b.sanctions[0].provision == "op8-a-iii"
    assert b.images[0].credit == "AFP via Getty Images" and b.images[0].src is None
    assert b.body_line == 14 and b.body.strip() == "Vladimir Putin gave Kim Jong-un a car."
    putin = content.actors["vladimir-putin"]
    assert putin.kind is ActorKind.PERSON and putin.ids == (("wikidata", "Q7747"),)
    assert content.sanctions["unscr-1718"].provision("op8-a-iii").label == "OP 8(a)(iii)"


def test_unknown_actor_names_line_column_and_suggestion(make_site):
    root = make_site({"content/briefings/x.md": briefing(BASE + "actors:\n  - vladimir-putn\n")})
    _, msgs = load(root)
    assert "content/briefings/x.md:6:5: error: unknown actor 'vladimir-putn'\n" \
           "  hint: did you mean 'vladimir-putin'?" in msgs


def test_unknown_key_with_did_you_mean(make_site):
    root = make_site({"content/briefings/x.md": briefing(BASE + "tgas: [a]\n")})
    _, msgs = load(root)
    assert msgs == ["content/briefings/x.md:5:1: error: unknown field 'tgas' in a briefing\n"
                    "  hint: did you mean 'tags'?"]


def test_two_faults_in_one_file_both_reported(make_site):
    root = make_site({"content/briefings/x.md": briefing(
        BASE + "actors: [kim-jong-uun]\nsanctions:\n  - {id: unscr-1718, provision: op9}\n")})
    _, msgs = load(root)
    assert any("x.md:5:10: error: unknown actor 'kim-jong-uun'" in m for m in msgs)
    assert any("x.md:7:33: error: unknown provision 'op9' of sanction 'unscr-1718'" in m for m in msgs)


@pytest.mark.parametrize("front, expected", [
    ("title: T\nsummary: S\n", "x.md:2:1: error: a briefing is missing the required field 'date'"),
    ("title: T\nsummary: S\ndate: 20 Feb 2024\n", "x.md:4:7: error: 'date' is not a date or date-time: '20 Feb 2024'"),
    ("title: T\nsummary: S\ndate: 2024-02-31\n", "x.md:4:7: error: 'date': invalid value '2024-02-31'"),
    ("title: [T]\nsummary: S\ndate: 2024-02-20\n", "x.md:2:8: error: 'title' must be text, not a list"),
    (BASE + "draft: maybe\n", "x.md:5:8: error: 'draft' must be true or false, not text"),
    (BASE + "tags: sanctions\n", "x.md:5:7: error: 'tags' must be a list, not text"),
    (BASE + "images:\n  - caption: A car\n", "x.md:6:5: error: an image needs a credit"),
    (BASE + "images:\n  - {credit: AP}\n", "x.md:6:5: error: an image needs a caption"),
    (BASE + "images:\n  - {caption: c, credit: AP, src: a.jpg}\n", "x.md:6:5: error: an image with a src needs alt text"),
    (BASE + "images:\n  - {caption: c, credit: AP, alt: a, src: ../../x.jpg}\n", "leaves the site's content/ folder"),
    (BASE + "images:\n  - {caption: c, credit: AP, alt: a, src: 'javascript:alert(1)'}\n", "must be an http(s) URL or a path under content/"),
    (BASE + "sanctions: [vladimir-putin]\n", "x.md:5:13: error: unknown sanction 'vladimir-putin'"),
    (BASE + "source: {url: 'javascript:alert(1)'}\n", "'url' must be an http(s) URL"),
    (BASE + "updated: 2024-01-01\n", "'updated' is earlier than 'date'"),
    ("title: T\nsummary: S\ndate: 2024-02-20\nbad: !!python/object/apply:os.system ['true']\n",
     "x.md:5:6: error: the YAML tag '!!python/object/apply:os.system' is not allowed"),
    ("title: 'T\nsummary: S\n", "x.md:"),
])
def test_faults_are_located(make_site, front, expected):
    root = make_site({"content/briefings/x.md": briefing(front)})
    content, msgs = load(root)
    assert any(expected in m for m in msgs), msgs
    assert all(m.startswith("content/briefings/x.md:") for m in msgs), msgs


def test_registry_faults(make_site):
    root = make_site({
        "content/actors/bad.md": "---\nname: X\nkind: persn\ncountry: Russia\n---\n",
        "content/sanctions/bad-s.md": "---\ntitle: X\nprovisions:\n  op1: [a]\n---\n",
    })
    _, msgs = load(root)
    assert "content/actors/bad.md:3:7: error: 'kind' must be one of person, organisation, state, not 'persn'\n" \
           "  hint: did you mean 'person'?" in msgs
    assert any("bad.md:4:10: error: 'country' must be an ISO 3166-1 alpha-2 code" in m for m in msgs)
    assert any("bad-s.md:2:1: error: a sanction is missing the required field 'issuer'" in m for m in msgs)
    assert any("bad-s.md:4:8: error: provision 'op1' must be a map with a label" in m for m in msgs)


def test_duplicate_ids_across_kinds(make_site):
    root = make_site({"content/briefings/kim-jong-un.md": briefing(BASE)})
    _, msgs = load(root)
    assert any("duplicate id 'kim-jong-un'" in m for m in msgs)


def test_invalid_file_name_is_an_error(make_site):
    root = make_site({"content/briefings/My Story.md": briefing(BASE)})
    _, msgs = load(root)
    assert any("'My Story.md' is not a valid id" in m and "my-story.md" in m for m in msgs)


def test_drafts_only_with_flag(make_site):
    root = make_site({"content/briefings/d.md": briefing(BASE + "draft: true\n")})
    assert "d" not in load(root)[0].briefings
    assert "d" in load(root, drafts=True)[0].briefings


def test_naive_datetime_is_in_site_timezone(make_site):
    root = make_site({
        "site.yaml": "title: T\nbase_url: https://example.org/\ntimezone: Europe/London\n",
        "content/briefings/x.md": briefing("title: T\nsummary: S\ndate: 2024-06-19 18:05:00\n"),
    })
    b = load(root)[0].briefings["x"]
    assert b.date.utcoffset().total_seconds() == 3600


def test_missing_local_image_is_one_warning(make_site):
    """The build reports a missing picture; the schema used to report it a second time."""
    from briefkit.build import check

    root = make_site({"content/briefings/x.md": briefing(
        BASE + "images:\n  - {caption: c, credit: AP, alt: a, src: images/none.jpg}\n")})
    msgs = [d.format() for d in check(root).sorted()]
    about = [m for m in msgs if "images/none.jpg" in m]
    assert len(about) == 1, msgs
    assert "warning: image 'images/none.jpg' not found" in about[0]
