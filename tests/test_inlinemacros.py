"""The `inline` tag: a macro's markup written out in place, from its one source."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest

from briefkit.config import SiteConfig
from briefkit.render import Renderer

MACROS = """{% macro stamp(d) %}<time datetime="{{ d }}">{{ d }}</time>{% endmacro %}
{% macro row(x) %}
<li>{% inline stamp(d=x.day) %} {{ x.name }}</li>
{% endmacro %}
{% macro called(items) %}
<ul>
{% for x in items %}
  {{ row(x) }}|
{% endfor %}
</ul>
{% endmacro %}
{% macro rows(items) %}
<ul>
{% for x in items %}
  {% inline row %}|
{% endfor %}
</ul>
{% endmacro %}
"""


def _env(templates: dict[str, str]) -> jinja2.Environment:
    return jinja2.Environment(loader=jinja2.DictLoader(templates), autoescape=True, trim_blocks=True,
                              lstrip_blocks=True, extensions=["briefkit.inlinemacros.InlineMacros"])


def test_a_written_out_macro_gives_what_calling_it_gives() -> None:
    # The copy is what the macro outputs; the text around the tag stays as written.
    env = _env({"m.html": MACROS})
    m = env.get_template("m.html").module
    items = [{"day": "2024-06-19", "name": "A <b>"}, {"day": "2025-01-02", "name": "B"}]
    called = str(m.called(items))
    assert str(m.rows(items)) == called
    assert called.count("|") == 2
    assert "A &lt;b&gt;" in called and '<time datetime="2024-06-19">' in called


def test_a_macro_of_another_template_is_written_out() -> None:
    env = _env({"m.html": MACROS, "p.html": '{% for x in xs %}[{% inline row from "m.html" %}]{% endfor %}'})
    assert env.get_template("p.html").render(xs=[{"day": "d1", "name": "n"}]) == (
        '[<li><time datetime="d1">d1</time> n</li>\n]')


def test_an_unknown_macro_is_an_error_at_its_line() -> None:
    env = _env({"p.html": "one\ntwo {% inline nothing %}\n"})
    with pytest.raises(jinja2.TemplateSyntaxError) as err:
        env.get_template("p.html")
    assert err.value.lineno == 2 and "no macro of that name" in err.value.message  # type: ignore[operator]


def test_a_macro_that_writes_itself_out_is_an_error_not_a_hang() -> None:
    env = _env({"p.html": "{% macro loop() %}x{% inline loop %}{% endmacro %}{% inline loop %}"})
    with pytest.raises(jinja2.TemplateSyntaxError, match="nested too deeply"):
        env.get_template("p.html")


def test_a_template_is_compiled_anew_when_a_macro_it_copies_changes(tmp_path: Path) -> None:
    # The compiled-template cache keys a template by its own source; one that copies a macro
    # from another must not keep the old copy when only the other file changed.
    templates = tmp_path / "templates"
    templates.mkdir()
    (templates / "_parts.html").write_text("{% macro tag(t) %}<i>{{ t }}</i>{% endmacro %}\n")
    (templates / "page.html").write_text('  {% inline tag(t=word) from "_parts.html" %}\n')
    config = SiteConfig(root=tmp_path, title="T", base_url="https://example.org/")
    assert Renderer(config, keep_compiled=True).env.get_template("page.html").render(word="w") == "  <i>w</i>\n"
    (templates / "_parts.html").write_text("{% macro tag(t) %}<b>{{ t }}</b>{% endmacro %}\n")
    assert Renderer(config, keep_compiled=True).env.get_template("page.html").render(word="w") == "  <b>w</b>\n"
