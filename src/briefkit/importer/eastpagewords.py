"""The furniture's words in the languages written right to left and in the Asian scripts.

A copied page's story ends where a box of other stories, the readers' comments or the comment
form begins (`pagewords.END_MARKER`; `storyedges.COMMENTS` through `farpagewords.COMMENTS`). Those
lists spoke the European languages only, so an Arabic, Persian, Hindi or Japanese page ran on into its related links,
its most-read box and its comments. Here are those headings in Arabic, Persian, Urdu, Hebrew,
Hindi, Bengali, Japanese, Chinese, Korean, Thai and Vietnamese: what a news site prints there.
The tags' label is in `farpagewords.FILED`.
"""

from __future__ import annotations

# Headings that open the boxes of links after a story: related stories, read also, most read, the latest
END = (
    # Arabic, Persian, Urdu
    r"(?:أخبار|اخبار|مواضيع|مقالات|مقالات|مطالب)\s+(?:ذات\s+صلة|مرتبطة?|مشابهة)|ذات\s+صلة|اقرأ\s+(?:أيضا|أيضاً|ايضا)|"
    r"الأكثر\s+(?:قراءة|مشاهدة|تداولا|تداولاً)|(?:آخر|أحدث)\s+الأخبار|"
    r"پربازدیدها|پربازدیدترین(?:\s?\u200c?ها)?|آخرین\s+اخبار|بیشتر\s+بخوانید|"
    r"متعلقہ\s+(?:خبریں|مضامین)|مزید\s+خبریں|سب\s+سے\s+زیادہ\s+پڑھی\s+جانے\s+والی|"
    # Hebrew
    r"כתבות\s+(?:נוספות|קשורות)|הנקראים\s+ביותר|עוד\s+באתר|"
    # Hindi, Bengali
    r"संबंधित\s+(?:खबरें|ख़बरें|समाचार|लेख)|(?:ये|यह)\s+भी\s+पढ़ें|ट्रेंडिंग|सबसे\s+ज्यादा\s+पढ़ी\s+गईं?|"
    r"(?:ताज़ा|ताजा)\s+(?:खबरें|ख़बरें)|लेटेस्ट\s+न्यूज़?|"
    r"সম্পর্কিত\s+(?:খবর|সংবাদ)|আরও\s+পড়ুন|সর্বাধিক\s+পঠিত|সর্বশেষ\s+খবর|"
    # Japanese, Chinese, Korean
    r"関連(?:ニュース|記事)|アクセスランキング|人気記事|最新ニュース|あわせて読みたい|おすすめ記事|"
    # (the day's other news, and the row of the page's print and back-to-the-list buttons under a story)
    r"(?:この日の|その他の|ほかの|他の|この日のほかの)ニュース|"
    r"(?:この記事を)?印刷(?:する)?(?:\s*(?:ニュース|記事)?一覧(?:へ|に)戻る)?|(?:ニュース|記事)一覧(?:へ|に)戻る|"
    r"相关(?:新闻|阅读|文章|报道)|相關(?:新聞|閱讀|文章|報導)|延伸(?:阅读|閱讀)|推荐阅读|推薦閱讀|"
    r"热门(?:新闻|文章|推荐)|熱門(?:新聞|文章|推薦)|(?:为你|為你)(?:推荐|推薦)|最新(?:新闻|新聞)|猜你喜欢|"
    r"热点新闻|熱點新聞|要闻(?:\s*top\s*10)?|おすすめニュース|人気ニュース|추천\s?기사|"
    r"관련\s?기사|많이\s+본\s+(?:뉴스|기사)|인기\s?기사|최신\s?뉴스|"
    # Thai, Vietnamese
    r"ข่าวที่เกี่ยวข้อง|ข่าวล่าสุด|ข่าวยอดนิยม|"
    r"tin\s+liên\s+quan|bài\s+(?:viết\s+)?liên\s+quan|đọc\s+nhiều\s+nhất|tin\s+mới\s+nhất|tin\s+khác|"
    # Tamil, Georgian, Armenian
    r"தொடர்புடைய\s+(?:செய்திகள்|கட்டுரைகள்)|அதிகம்\s+படித்தவை|சமீபத்திய\s+செய்திகள்|"
    r"მსგავსი\s+(?:სიახლეები|ამბები)|ბოლო\s+სიახლეები|Առնչվող\s+նորություններ|Վերջին\s+նորություններ"
)

# The label of one other story's link set between the story's paragraphs, its headline after it on the
# line ("اقرأ أيضًا: …", "ये भी पढ़ें: …", "আরও পড়ুন …"): every news site of these languages prints one or two
# inside the story, so they are read with `pagewords.READ_ALSO`, not only as the end's heading above
READ_ALSO = (
    # Arabic (the tanwin before or after the alif), Persian, Urdu
    r"اقرأ\s+(?:أ|ا)يض(?:اً|ًا|ا)|اقرأ\s+(?:المزيد|أيضا)|(?:اقرأ|إقرأ)\s+كذلك|"
    r"بیشتر\s+بخوانید|(?:این\s+را\s+هم|همچنین)\s+بخوانید|"
    r"(?:یہ|اسے)\s+بھی\s+پڑھیں|مزید\s+پڑھیں|"
    # Hebrew
    r"עוד\s+בנושא|(?:קראו|קרא)\s+(?:עוד|גם)|כתבה\s+קשורה|"
    # Hindi, Bengali (and the English "Also read" of South Asia's papers, run into its headline)
    r"(?:ये|यह|इसे)\s+भी\s+पढ़ें|और\s+पढ़ें|পড়ুন\s+আরও|(?:আরও|আরো)\s+পড়ুন|এটিও\s+পড়ুন|also\s+read|"
    # Japanese, Chinese, Korean, Thai, Vietnamese
    r"関連記事|あわせて読みたい|延伸(?:阅读|閱讀)|相关(?:阅读|新闻)|相關(?:閱讀|新聞)|관련\s?기사|"
    r"อ่านเพิ่มเติม|อ่านต่อ|xem\s+thêm|đọc\s+thêm|tin\s+liên\s+quan|"
    # Swahili
    r"soma\s+(?:pia|zaidi)|habari\s+(?:zinazohusiana|nyingine)"
)

# the word over the readers' comments ("٣ تعليقات", "نظرات", "コメント"), and the comment form's heading
COMMENTS = (
    r"(?:ال)?تعليقات|تعليقات\s+القراء|نظرات|دیدگاه(?:\u200c?ها)?|تبصرے|תגובות|टिप्पणि(?:यां|याँ)|কমেন্ট|মন্তব্য|"
    r"コメント|评论|評論|留言|댓글|ความคิดเห็น|bình\s+luận|ý\s+kiến\s+bạn\s+đọc|"
    r"(?:வாசகர்\s+)?கருத்துகள்|კომენტარები|Մեկնաբանություններ|"
    r"(?:اترك|أضف|اكتب)\s+(?:تعليقاً|تعليقا|تعليق)|ارسال\s+(?:نظر|دیدگاه)|دیدگاه\s+خود\s+را\s+بنویسید|"
    r"השאר(?:ו)?\s+תגובה|टिप्पणी\s+(?:करें|लिखें)|মন্তব্য\s+করুন|コメントを(?:書く|投稿)|"
    r"发表评论|發表評論|댓글\s+(?:쓰기|달기)|แสดงความคิดเห็น|(?:viết|gửi)\s+bình\s+luận"
)
