"""A story closed by a report's label and the writer's name ("Laporan: …"), under the desk's initials."""

from __future__ import annotations

from briefkit.importer.htmlpage import read_html

PARA = "Warga desa pesisir meminta pemerintah daerah segera membangun tanggul laut yang permanen dan kuat."


def _page(closing: str) -> str:
    body = "".join(f"<p>{PARA} Bagian {n}.</p>" for n in range(6))
    return (
        "<!doctype html><html><head><title>Tanggul laut diminta warga</title>"
        "<meta name='author' content='Redaksi Kabar Pantai'></head><body><article>"
        f"<h1>Tanggul laut diminta warga</h1>{body}{closing}</article></body></html>"
    )


def test_a_closing_report_label_names_the_writer_over_the_newsroom() -> None:
    article = read_html(_page("<p><b>(rdw/red)</b></p><p>Laporan: <b>Rina Dewi Lestari</b></p>"))
    assert article.authors == ("Rina Dewi Lestari",)


def test_a_report_label_in_the_middle_of_the_story_over_no_name_signs_nothing() -> None:
    # (over a name, "Laporan:" is a byline's label wherever it stands, as "Text:" or "Von" is)
    closing = f"<p>Laporan: <b>jumlah rumah yang rusak naik menjadi dua belas</b></p><p>{PARA}</p><p>{PARA}</p>"
    article = read_html(_page(closing))
    assert article.authors == ("Redaksi Kabar Pantai",)
