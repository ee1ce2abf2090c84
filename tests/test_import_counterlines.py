"""A post's line of labelled counts under its headline is no headline and gives no date."""

from __future__ import annotations

from briefkit.importer.headshapes import counters_line
from briefkit.importer.textdump import read_text_dump

_THREAD = (
    "Estuary Forum\nHome\nTopics\nLog in\n"
    "Estuary Forum > Local > Thread\n"
    "[Report] The ferry meeting at the chapel hall, and what the trust told us\n\n"
    "Replies: 7\u3000Views: 1,204\u3000Last update: 9 May 2024 18:20\n\n"  # spaced as a CJK layout does
    "1\u3000Posted by tidewatcher\u30006 May 2024 20:15\u3000#4411\n\n"
    "Evening all. I went to the meeting about the old ferry at the chapel hall tonight and took notes, "
    "so here is what the trust said for those who could not come along.\n\n"
    "The short version is that the crossing will not run this summer, because the hull failed its survey "
    "in March and the trust has only raised a third of what a second-hand boat would cost.\n\n"
    "The chair said they had looked at a lease from a yard up the coast, but the insurer would not cover "
    "a boat that old on the estuary, so that idea is gone for now, which was a blow to the room.\n\n"
    "There will be a public meeting with the harbour board in June, and the trust asked anyone with "
    "time on a weekend to help with the fundraising stall at the market on the quay.\n"
)


def test_counters_under_the_headline_are_not_the_title_and_give_no_date() -> None:
    article = read_text_dump(_THREAD)
    assert article.title == "[Report] The ferry meeting at the chapel hall, and what the trust told us"
    assert article.published is not None and str(article.published)[:10] == "2024-05-06"


def test_a_line_of_dated_labels_is_no_counters_line() -> None:
    assert counters_line("Replies：7　Views：1,204")
    assert counters_line("返答：7　表示：1,204　更新：2024年5月9日")
    assert not counters_line("Published: 6 May 2024 | Updated: 9 May 2024")
    assert not counters_line("Part 2: the crossing")


_CJK_THREAD = (
    "みさき掲示板\nトップ\n話題\nログイン\n"
    "みさき掲示板 > 話題 > スレッド\n"
    "【まとめ】渡し船の存続について、昨夜の住民集会で聞いたこと\n\n"
    "返答：7\u3000表示：1,204\u3000最終更新：2024年5月9日 18:20\n\n"
    "1\u3000投稿者：しおまち\u30002024年5月6日(月) 20:15\u3000ID:aB3xYz\n\n"
    "こんばんは。昨夜、公民館で開かれた渡し船についての住民集会に参加してきたので、聞いた内容をここにまとめておきます。"
    "来られなかった方の参考になればうれしいです。\n\n"
    "結論から書くと、今年の夏は渡し船は運航しないことになりました。三月の検査で船体に問題が見つかり、"
    "修理か買い替えが必要ですが、集まった寄付はまだ必要な額の三分の一ほどだそうです。\n\n"
    "運営する団体の代表は、近くの造船所から船を借りる案も検討したものの、保険会社が古い船の運航を引き受けなかったと説明しました。"
    "会場からは残念がる声が多く聞かれました。\n\n"
    "六月には港の管理者との話し合いが予定されていて、週末に募金の手伝いができる人を募集しているとのことです。\n"
)


def test_counters_under_a_cjk_headline_are_not_the_title_and_give_no_date() -> None:
    article = read_text_dump(_CJK_THREAD)
    assert article.title == "【まとめ】渡し船の存続について、昨夜の住民集会で聞いたこと"
    assert article.published is not None and str(article.published)[:10] == "2024-05-06"
