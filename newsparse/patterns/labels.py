"""Byline vocabularies: the labels pages put before a source, an author or an editor.

Simplified and traditional forms are listed together; ``[:：]`` accepts both colon widths.
"""

import re

from newsparse.patterns.dates import PUBLISHED_LABEL, UPDATED_LABEL

# What sets a label's value after it: a colon, or a bar or a slash ("文丨张三", "来源|央视新闻",
# "來源/聯合報"; "丨" is a CJK stroke self-media pages set as a bar), or the full-width equals
# sign of Japanese credits ("取材・文＝山田太郎"), or the bracket a label is set in ("【作者】张三").
LABEL_MARKS = ":：丨|｜/／＝】"
COLON = rf"\s*[{LABEL_MARKS}]\s*"

# 来源/來源/出典/Source: the outlet or agency the story comes from (never a person); 转自, the one
# it is reposted from ("本文转载自人民网", with no colon needed); 供稿, the office that
# supplied it, as institutions' sites credit their news ("供稿：党委宣传部"); "Source" in
# fifteen more languages ("Quelle: kathpress", "Fuente: EFE"), each a word of its own ("Cat
# Lafuente / June 12" names no source).
SOURCE_LABEL = (
    # (a government page's publishing body too: "发布机构：市人民政府办公室")
    r"(?:来源|來源|稿源|(?:本文|文章)?(?:转载|轉載)自|转自|轉自|出处|出處|出典|情報元|配信元|供稿单位|供稿單位|供稿|发布机构|發佈機構|發布機構|"
    r"(?<![^\W\d_])(?:Source|"
    r"Quelle|Fuente|Fonte|Sursa|Źródło|Bron|Kilde|Källa|Lähde|Источник|Джерело|Kaynak|Nguồn|Sumber|Zdroj|Forrás|"
    r"Izvor|Πηγή))"
)
# The same office credited before the word ("医技药剂党支部、药剂科供稿"), in a credit line.
SUPPLIED_BY = re.compile(r"(?:^|(?<=\s))(?P<office>[\u4e00-\u9fff、，·]{2,24})供稿(?=\s|$)")
# A CJK date's label, whole ("發布時間", "更新日期", "时间"): a field's value ends before it
CJK_DATE_LABEL = r"(?:发布|發布|發佈|发表|發表|更新|修改|出版|最后更新|最後更新|成文)?(?:时间|時間|日期)"
# A government document's issuing authority, which wrote it: its author, an office
# ("发文机关：吉林省人民政府"), read whole where a person's name would be
ISSUER_LABEL = r"(?:发文机关|發文機關)"
# 责任编辑/責任編輯/责编/编辑/Edited by: the desk editor (never an author); 监制, the editor in charge;
# Indonesian and Malay "Penyunting" and "Redaktur" ("Pewarta: … | Penyunting: …"), Vietnamese "Biên tập";
# "Edited by" in Portuguese, Spanish, French and German, and the editing desk's credit with its colon
# ("Edição: …", "Edición: …", "Redaktion: …", Dutch "Eindredactie: …"), each as a credit line
# capitalises it; "Edited by" in the Nordic languages and Dutch, German "Lektorat" (copy-editing),
# Polish "Redakcja", and the editor's title in Russian, Turkish, Hungarian and Greek.
EDITOR_LABEL = (
    # (the stages of an editorial review too: 初审, 复审, 终审, 审校)
    r"(?:责任编辑|責任編輯|责编|責編|编辑|編輯|主编|主編|审核|審核|校对|校對|监制|監製|"
    r"审核人|審核人|审校|審校|初审|初審|复审|複審|终审|終審|"
    r"(?-i:Edited by|EDITED BY|Editado por|EDITADO POR|[ÉE]dit[ée] par|ÉDITÉ PAR|Bearbeitet von|"
    r"Edição|Edición|Redaktion|(?:Eind)?[Rr]edactie|Redigert av|Redigerad av|Redigeret af|Bewerkt door|"
    r"Lektorat|Redakcja)|Editor|Penyunting|Redaktur|Biên tập|Редактор|Editör|Szerkesztő|Επιμέλεια)"
)
# 作者/记者/撰文/采写/文: the people who wrote (or reported and wrote) it ("文" alone only as a word: not "原文：");
# an oral history's teller (口述) and who wrote it up (整理) alike;
# 文/图 and 图文 (words and pictures) name the writer too, and Japanese blogs' 投稿者 (poster) the post's,
# Korean pages' 작성자 and 글쓴이 (writer) theirs.
AUTHOR_LABEL = (
    r"(?:作者|作\s*者|著者|筆者|執筆者|投稿者|记者|記者|本报记者|本報記者|本网记者|本網記者|通讯员|通訊員|撰文|撰稿人|撰稿|执笔人|執筆人|执笔|執筆|"
    r"采写|採寫|编译|編譯|(?<![\u4e00-\u9fff])(?:口述|整理)|작성자|글쓴이|"
    r"(?<!\w)文字|(?<!\w)文(?:\s*[/／・]\s*(?:[图圖]|写真))?|(?<!\w)[图圖]文|写真・文|ライター|Author)"
)

# 摄影/攝影: the photographer, read and left out ("撰文：王小明　攝影：李大華"), as the
# production's crew is (策划 planning, 出品 produced by, 统筹 coordination: "监制：赵六 策划：钱七"),
# and whoever put the page online (发布人)
_PHOTO_WORDS = r"摄影|攝影|图片|圖片|写真|撮影|策划|策劃|出品|统筹|統籌|发布人|發布人|發佈人"
# "图" (picture) alone is a label only before a slash or a bar ("文/张三 图/李四", "文丨张三 图丨李四"):
# "地图/…" is a map.
# A picture's credit labelled in English or German ("Image source: Getty Images") is no
# "Source:" of the story.
_PICTURE_CREDIT = r"(?:image|photo|picture|bild|foto)\s?(?:source|credits?|quelle)"
PHOTO_LABEL = rf"(?:{_PHOTO_WORDS}|(?<!\w)[图圖](?=\s*[/／|｜丨])|{_PICTURE_CREDIT})"
PHOTO_LABEL_RE = re.compile(rf"^(?:{_PHOTO_WORDS}|[图圖]|{_PICTURE_CREDIT})$", re.IGNORECASE)
# The same role inside a reporters' credit with no colon ("记者 张三 摄影 李四"): the names
# after it took the pictures (a video's too: 摄像; "图" alone, the pictures)
PHOTO_ROLE_IN_CREDIT = re.compile(rf"(?:^|[\s/／|｜])(?:{_PHOTO_WORDS}|摄像|攝像|图|圖)(?=$|[\s/／:：])")

# A line of its own that is a byline field: "来源：中新网", "責任編輯:馮長海".
# Several fields may share a line ("来源：新华网 作者：张三 编辑：李四").
BYLINE_FIELD = re.compile(
    # A label's value is short: a name or an outlet.
    # "Edited by" needs no colon: its "by" sets the value after it (in capitals: a sentence's
    # "… was edited by John Smith" is no credit), as "por", "par" and "von" do theirs
    rf"(?P<label>{SOURCE_LABEL}|{EDITOR_LABEL}|{AUTHOR_LABEL}|{PHOTO_LABEL}|{ISSUER_LABEL})"
    r"(?:" + COLON + r"|(?:(?<=by)|(?<=por|par|von)|(?<=door)|(?<=av|af))\s+|(?<=载自|載自)\s*)"
    r"(?P<value>[^\s:：|｜丨。【】]{1,30}(?:[ \u3000][^\s:：|｜丨。【】]{1,30}){0,5}?)"
    # The next label may follow with no space between ("来源：证券时报网作者：李在山"), or an
    # aside in full-width brackets with a label of its own ("来源：侠客岛（ID：xiake_island）"; a
    # note's "(Stand: 5. Februar 2020)" after a table's "Quelle:" is no credit's).
    rf"(?=\s*(?:$|[|｜丨】]|\s*【?(?:{SOURCE_LABEL}|{EDITOR_LABEL}|{AUTHOR_LABEL}|{PHOTO_LABEL}|{ISSUER_LABEL}|{CJK_DATE_LABEL})"
    rf"{COLON}|\s+\d{{4}}|\s*（[^（()）:：]{{0,12}}[:：]))",
    re.IGNORECASE,
)
SOURCE_LABEL_RE = re.compile(rf"^{SOURCE_LABEL}$", re.IGNORECASE)
ISSUER_LABEL_RE = re.compile(rf"^{ISSUER_LABEL}$")
EDITOR_LABEL_RE = re.compile(rf"^{EDITOR_LABEL}$", re.IGNORECASE)

# A reporter's title, "this paper's" or "special" before it ("本报记者", "特约记者"): no name.
_TITLE_PREFIX = r"(?:本报|本報|本网|本網|特约|特約)"
_REPORTER_TITLE = rf"{_TITLE_PREFIX}?(?:记者|記者|通讯员|通訊員|撰稿人)"
# Editor notes that close a story: 【编辑:王琴】, （责任编辑：张三）, (编辑 李四).
TRAILING_EDITOR = re.compile(rf"[【\[（(]\s*{EDITOR_LABEL}\s*[:：]?\s*(?P<names>[^】\]）)]{{1,30}}?)\s*[】\]）)]\s*$")
# An author credit that closes a story: (郭愛青), （记者 张三 李四）, (文/图 张三 李四), (完)
TRAILING_AUTHOR = re.compile(
    r"[（(]\s*(?:(?:本报|本報|本网|本網)?(?:记者|記者|通讯员|通訊員|[文图圖]\s*[/／]\s*[文图圖]|文|作者)\s*[:：・／/＝]?\s*)?"
    r"(?P<names>[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,5})\s*[)）]\s*$"
)
# The writer's name in brackets after a story's last sentence, as German regional papers and
# others sign ("… bleibt spannend. (Christian P. Stadtfeld) +++"); a label, a colon or a
# number in the brackets makes them something else ("(Foto: …)", "(Lk 2,1)").
TRAILING_NAME = re.compile(r"(?<=[.!?…\"“”»])\s*\((?P<names>[^():：\d]{5,80})\)\s*(?:\+{3})?\s*$")
# An institution's name, which such brackets give as often as a writer's ("(Max Planck
# Institut)"): where a page declares one as the author, it is taken as declared.
INSTITUTION = re.compile(
    r"\b(?:institut(?:e|o)?|universit(?:y|ät|é|à|ad|ade)|stiftung|foundation|fundación|fondation|verband|"
    r"verein|association|society|zentrum|akademie|academy|hochschule|museum|ministerium|bundesamt|landkreis)\b",
    re.IGNORECASE,
)
# A reporters' credit without a colon, a line of its own: "新华网黑龙江频道 记者 伊琳 李清芬",
# "新京报记者 彭冲 山东冠县报道", "本报记者 张三 通讯员 李四", "記者王小明／台北報導".  An outlet may
# stand before the first label and "…报道" (reporting from …) after the names.
REPORTER_CREDIT = re.compile(
    rf"^(?:[\u4e00-\u9fff\w]{{1,12}}\s*)?(?:{_REPORTER_TITLE}\s*"
    r"[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4}){0,5}\s*)+"
    r"(?:\s[\u4e00-\u9fff]{2,10}(?:报道|報導)|\s*[/／]\s*[\u4e00-\u9fff]{2,10}(?:报道|報導)|"
    r"\s*(?:发自|發自)[\u4e00-\u9fff]{2,8})?$"
)
# Credits set without colons, a line of their own: "编辑 刘晓阳 校对 李铭", "摄影/张艳 编辑/苏芳",
# "执笔/叨叨姐、胡一刀".  Photographers are read and left out.
_CREDIT_ROLE = (
    r"责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|摄影|攝影|记者|記者|作者|执笔|執筆|采写|採寫|"
    r"撰文|通讯员|通訊員|实习生|實習生|口述|整理"
)
CREDIT_PART = re.compile(
    # "文" and "图" are roles only before a slash or a bar: "文 章" is a word.
    # "文/图" and "图文" (words and pictures) credit the writer.
    rf"(?:(?P<role>{_CREDIT_ROLE}|文\s*[/／]\s*[图圖]|[图圖]文)\s*[/／|｜\s:：]|(?P<short_role>文|图|圖)\s*[/／|｜])\s*"
    rf"(?:{_REPORTER_TITLE}\s*)?"
    rf"(?P<names>[\u4e00-\u9fff·]{{2,4}}(?:[、&＆\s]+(?!{_TITLE_PREFIX}?(?:{_CREDIT_ROLE}|文|图|圖)[/／|｜\s])"
    rf"[\u4e00-\u9fff·]{{2,4}})*)"
)
CREDIT_EDITOR_ROLE = re.compile(r"^(?:责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核)$")
CREDIT_PHOTO_ROLE = re.compile(r"^(?:摄影|攝影|图|圖|摄|攝)$")
# The role after the names, as papers also credit: "张三/文 李四/图", "本报记者 王五／摄".
NAMES_THEN_ROLE = re.compile(
    rf"(?:{_REPORTER_TITLE}\s*)?(?P<names>[\u4e00-\u9fff·]{{2,4}}(?:[、\s]+[\u4e00-\u9fff·]{{2,4}}){{0,3}})\s*[/／]\s*"
    r"(?P<role>文[/／]?[图圖]|[图圖]文|文|[图圖]|摄影|攝影|摄|攝)(?=\s|$)"
)
# A Korean reporter's credit, a line of its own: "이용민 기자", "대전일보 이용민 기자 min@…",
# "홍길동·김철수 기자", "김철수 특파원" (correspondent), "홍길동 선임기자" (a senior reporter: the
# grade is no name; a photographer, "사진기자", no author).
_KOREAN_REPORTER_GRADE = r"선임|수석|객원|수습|전문"
# The names, then the grade and the role, and the e-mail address a credit may close on
_KOREAN_CREDIT = (
    rf"(?P<names>(?!(?:사진|{_KOREAN_REPORTER_GRADE})기자)[가-힣]{{2,4}}(?:\s*[·,]\s*[가-힣]{{2,4}})*)\s?"
    rf"(?:{_KOREAN_REPORTER_GRADE})?(?:기자|특파원)(?:\s+[\w.+-]+@[\w.-]+)?"
)
KOREAN_REPORTER = re.compile(rf"^(?:\S{{1,12}}\s+)?{_KOREAN_CREDIT}$")
# The same credit closing the story's last sentence, after a slash or a space ("… 전망이다.
# /홍길동 기자 gildong@example.com", "… 밝혔다. 홍길동 기자"): the sentence's end first.
KOREAN_CLOSING_CREDIT = re.compile(rf"(?<=[.!?다요\]\)”\"])\s*/?\s*{_KOREAN_CREDIT}\s*$")
# A Japanese reporter's credit, a line of its own: the desk or outlet and the role before the
# names ("編集委員　中沢克二", "ワシントン支局　山田太郎", "日経ビジネス記者　鈴木花子", "ITmedia編集部　山田太郎",
# "筆者　山田太郎") or the role after
# them ("山田太郎記者").  Japanese names need no Chinese surname: the role vouches for them.
_JAPANESE_ROLE = (
    r"(?:特別|客員|上級)?(?:編集委員|論説委員|解説委員|専門委員)|論説主幹|論説副?委員長|編集長|"
    r"記者|特派員|(?:支局|総局)長?|(?:政治|経済|社会|国際|科学|運動|文化|生活)部|編集部|筆者|著者"
)
_JAPANESE_NAME = r"[\u4e00-\u9fff々]{2,6}|[\u4e00-\u9fff々]{1,3}[\u3041-\u3096]{2,5}"
_READING = r"[\u3041-\u3096\u30a1-\u30fa]{1,8}"  # a name's reading, in hiragana or katakana
JAPANESE_REPORTER = re.compile(
    # the role, then the names ("編集部・山田太郎"); "文" (text) set apart by a middle dot, then one
    rf"^(?:[^\s]{{0,16}}?(?:{_JAPANESE_ROLE}))[・\s]*"
    rf"(?P<before>(?:{_JAPANESE_NAME})(?:[・、\s]+(?:{_JAPANESE_NAME}))*)$|^文・(?P<text_by>{_JAPANESE_NAME})$|"
    # a name before its role may space the family name from the given one ("山田 太郎 記者")
    rf"^(?:(?P<after>{_JAPANESE_NAME})|(?P<spaced>[\u4e00-\u9fff々]{{1,3}}[ \u3000][\u4e00-\u9fff々]{{1,3}}))"
    rf"\s*(?:{_JAPANESE_ROLE})$|"
    # a name with its reading in kana, family and given names set apart, as a writer's
    # signature gives it ("山田太郎（やまだ・たろう）"; "東京（とうきょう）" is a word's)
    rf"^(?P<read>{_JAPANESE_NAME})\s*[（(]{_READING}[・ \u3000]{_READING}[)）]$"
)
# Roles and labels around a Korean byline's names: reporter, correspondent, "text by", "reported by"
KOREAN_ROLES = frozenset(
    (
        *("기자", "특파원", "선임기자", "객원기자", "수습기자"),
        *("통신원", "논설위원", "위원", "편집장", "에디터"),
        *("글", "취재", "정리", "기사"),
    )
)
KOREAN_PHOTO = frozenset(("사진", "사진기자"))
# The labels a Korean page sets before a story's dates: entered, changed, registered, issued,
# approved, sent, updated ("입력 2023.12.06 17:35")
KOREAN_DATE_LABEL = r"(?:입력|수정|등록|발행|승인|송고|업데이트)"
# What a Korean page's buttons and links say after "기사" (story), "사진" (picture) or "글"
# (post): the original, a tip, share, save, list, search, print, view, comments, subscribe...
_KOREAN_INTERFACE = (
    r"원문|제보|공유|저장|스크랩|목록|검색|수정|삭제|인쇄|보내기|보기|더보기|링크|댓글|전체|쓰기|듣기|읽기|구독|추천|"
    r"확대|축소|크게|작게"
)
# A Korean credit line of roles before names: "글 김철수 · 사진 이영희", "취재 김철수, 정리 이영희";
# the labels of a date are no names ("기사입력 2023-12-06": the story entered)
KOREAN_CREDIT_PART = re.compile(
    # the role may stand in brackets ("[글] 김철수"), the writer take the pictures too ("글·사진
    # 김철수"), and the name keep its title after it ("글=김철수 기자"); "기자명" is the reporter's name
    # a bracket, a mark or a space part the role from the name: "글자크기" (font size) is no credit
    rf"\[?(?P<role>글\s*·\s*사진|글|취재|정리|기사|기자명|사진|영상)(?:\]\s*|\s*[:=/]\s*|\s+)"
    rf"(?!(?:{KOREAN_DATE_LABEL}|{_KOREAN_INTERFACE})(?:\s|$))(?P<name>[가-힣]{{2,4}})(?:\s*기자)?(?:\s*[·/|,]\s*|\s*$)"
)
# What an outlet's name ends in: daily, newspaper, news, broadcasting, agency, economy
KOREAN_OUTLET = re.compile(r"(?:일보|신문|뉴스|방송|통신|경제|매일|미디어|닷컴|타임스|편집부|기자단)$")
# The interns credited with the reporters ("本报记者 张三 实习生 李四") are named after a label too
REPORTER_LABEL = re.compile(rf"{_REPORTER_TITLE}|实习生|實習生")
# A news service's dateline opening the story, its reporters in brackets after it:
# "新华社巴黎12月9日电（记者唐霁）", "中新网北京12月6日电 (记者 张三 李四)", "本报讯（记者 王五 通讯员 赵六）",
# "长江网10月4日讯（记者陈智 整合）".  The dateline names no one, the brackets must hold a label.
OPENING_CREDIT = re.compile(
    r"^[^\s（(，,。]{1,30}?(?:电|電|讯|訊)\s*[（(](?P<credit>[^（()）]{0,12}?(?:记者|記者|通讯员|通訊員)[^（()）]{2,40})[）)]|"
    # Taiwan's and Hong Kong's papers set it in brackets of its own ("〔記者王冠仁／台北報導〕"),
    # or run the story on after "報導" with no bracket or space ("記者王冠仁／台北報導今年…")
    r"^[〔【\[（(]?\s*(?P<report>(?:记者|記者)[^〕】\]）)/／]{2,30})[/／]\s*[\u4e00-\u9fff]{2,10}(?:报道|報導)\s*[〕】\]）)]?|"
    # Korean agencies: the place and the agency, then the reporters ("(서울=연합뉴스) 홍길동
    # 기자 = …", "【서울=뉴시스】홍길동 기자 = …"); Japanese papers: the place, then the
    # reporters ("【ワシントン＝山田太郎】")
    r"^[(\[【]\s*[가-힣\w]{1,10}\s*=\s*(?P<korean_agency>[가-힣\w]{1,10})\s*[)\]】]\s*"
    r"(?P<korean>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원)\s*=|"
    r"^【[^＝=】]{1,12}[＝=](?P<japanese>[^】]{2,30})】|"
    # Taiwan's Central News Agency: the agency, the reporters and the place run together
    # before the date ("（中央社記者王小明台北12日電）"), the place to be told from the names;
    # pages that carry its stories may leave out the brackets ("中央社記者王小明台北12日電 …")
    r"^[（(]?\s*(?P<cna_agency>[\u4e00-\u9fff]{2,4}社)?(?:记者|記者)(?P<cna>[\u4e00-\u9fff、，]{4,30}?)"
    r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:專|专)?(?:電|电)(?:\s*[）)]|\s)|"
    # Hong Kong's papers head their own stories "【明報專訊】": the outlet is the source
    r"^【(?P<outlet>[\u4e00-\u9fff]{2,6})(?:專訊|专讯)】|"
    # Korean papers mark their own story with their name in brackets, and the reporters'
    # ("[서울신문]", "[아시아경제 홍길동 기자]")
    r"^\[(?P<korean_outlet>[가-힣]{1,8}(?:신문|일보|경제|뉴스|방송|타임스|데일리|저널))"
    r"(?:\s+(?P<korean_reporters>[가-힣]{2,4}(?:\s*[·,]\s*[가-힣]{2,4})*)\s*(?:기자|특파원))?\]|"
    # a local paper's brackets opening the story with no dateline ("（记者 张三 通讯员 李四）近日，…",
    # "【记者 张三】"), the forms above tried first; no photographer's ("（新华社记者 张三 摄）", a caption)
    r"^[（(【〔](?P<local>[^（()）【】〔〕/／]{0,12}?(?:记者|記者|通讯员|通訊員)[^（()）【】〔〕/／]{2,40})(?<![摄攝])[）)】〕]|"
    # or no brackets at all, the paper's mark, then labels and names each set apart by a space
    # before the story runs on ("本报讯 记者 张三 通讯员 李四 今年以来…"): a name is a word of its own
    r"^(?:本报讯|本報訊|本网讯|本網訊)\s*(?P<runin>(?:(?:记者|記者|通讯员|通訊員|实习生|實習生)\s*"
    r"(?:[\u4e00-\u9fff]{2,4}\s+)+)+)"
)
# A news service's dateline with or without its reporters: the agency or paper, the place,
# the day ("新华社北京12月6日电", "中新网河南6日电", "（中央社台北6日電）", "长江网10月4日讯",
# "据财联社9月26日消息").  The service is the story's source; the place holds none of the
# words an outlet's name ends in, which tells "中国日报网" + "北京" from "中国日报" + "网北京".
SERVICE_DATELINE = re.compile(
    r"^[（(]?\s*(?:据|據)?(?P<agency>[\u4e00-\u9fff]{1,8}?(?:社|网|網|报|報))[^\W\d_社网網报報]{0,8}"
    r"(?:\d{4}年)?(?:\d{1,2}月)?\d{1,2}日(?:专|專)?(?:(?:综合|綜合)?(?:外电|外電))?(?:电|電|讯|訊|报道|報導|消息)"
)
# "This paper", "this site", "this station": the page's own outlet, no source of its own story
OWN_OUTLET = frozenset({"本报", "本報", "本网", "本網", "本台", "本社", "我报", "我報"})
REPORTED_FROM = re.compile(
    r"(?:\s|\s*[/／]\s*)[\u4e00-\u9fff]{0,10}(?:报道|報導)$|\s*(?:发自|發自)[\u4e00-\u9fff]{2,8}$"
)

# A forum post's closing line names its poster: "本贴由 大卫 于2005年8月12日16:12:21在〖…〗发表".
FORUM_POSTER = re.compile(r"^(?:本贴|本帖|本文)由\s*(?P<name>[^\s\d]{1,20}?)\s*于\s*\d{4}\s*年")

# Words that end a Chinese story, or stand after a byline label, but are no name:
# "作者：未知" (unknown), "佚名" (anonymous), "网络整理" (compiled from the web), "小编".
NOT_A_NAME = frozenset(
    {
        *("完", "完毕", "待续", "待續", "图", "圖", "资料图", "資料圖", "摄", "攝", "全文完"),
        *(
            "未知",
            "佚名",
            "匿名",
            "不详",
            "不詳",
            "网络",
            "網絡",
            "网友",
            "網友",
            "小编",
            "小編",
            "本站",
            "本网",
            "本網",
        ),
        *("综合", "綜合", "整理", "网络整理", "網絡整理", "原创", "原創", "转载", "轉載", "管理员", "管理員", "编辑部"),
        # the labels themselves, read as a name where no colon follows them
        *("作者", "著者", "筆者", "记者", "記者", "编辑", "編輯", "編集", "編集部"),
        # agencies and desks a Japanese label may give in katakana ("文：ロイター")
        *("ロイター", "ブルームバーグ", "ニュース", "スタッフ", "ライター", "エディター", "ニュースデスク"),
    }
)

# English bylines: "By Jane Doe and John Roe", "By JANE DOE, Reuters".
BY_PREFIX = re.compile(
    # a dash may lead a signature closing the story ("-- By Michael Russell")
    r"^\s*(?:[-–—]{1,2}\s*)?"
    r"(?:(?:more (?:stories|articles|posts) |written |words |posted |reported |story |article |published |"
    r"submitted )?by|"
    # "Veröffentlicht von", "Beiträge von", "publié par", "publicado por", "pubblicato da"
    r"(?:(?:veröffentlicht|geschrieben|verfasst|erstellt|publiziert|beiträge|gepostet|eingestellt|gespeichert|"
    # what the piece is: "Ein Kommentar von", "Ein Artikel von", "Pressemitteilung von", "Propos recueillis par"
    r"(?:eine?\s+)?(?:blog-?\s?|gast)?(?:beitrag|artikel|kommentar|bericht|analyse|kolumne|rezension|reportage|"
    r"pressemitteilung)|"
    r"(?:propos\s+)?recueillie?s?|"
    r"rezept|alles|mehr|"
    r"publié|écrit|rédigé|publicado|escrito|geplaatst|geschreven)\s+)?(?:von|par|por|door)|"
    r"(?:pubblicato|scritto)\s+da|"
    # Scandinavian "Av"/"Af" ("Skrevet af"), Italian "a cura di", Czech, Polish, Russian, Turkish labels
    r"(?:(?:skrevet|skrivet)\s+)?a[vf]|a\s+cura\s+di|napsala?|napisała?|autorka|autorzy|autoři|tekst|а[ву]тор(?:ы)?|текста?|"
    # Serbian Cyrillic "Аутор", Croatian, Serbian and Bosnian "writes" and "wrote" ("Piše: Ivan Horvat"),
    # Lithuanian and Latvian labels
    r"piše|пише|napisa(?:o|la)|написа(?:о|ла)|autorius|autorė|autors|avtor(?:ica|ji)?|"
    # Spanish "writes" ("Escribe Camila Méndez", "Escriben Ana Pérez y Luis Gómez")
    r"escriben?|"
    # Turkish: the writer, the reporter, and "Haber:" (news by) and "Yazan:" (written by) with a colon
    r"yazar|muhabir|haber(?=\s*:)|yazan(?=\s*:)|"
    # Finnish, Hungarian, Indonesian ("Oleh:" with its colon: Oleh is a given name too),
    # Greek ("Του Γιάννη …", of), Hebrew and Arabic labels
    r"teksti|kirjoittaja|szerző|szerzők|írta|oleh(?=\s*:)|penulis|του|της|από\s+(?:τον|την|τη)|συντάκτ(?:ης|ρια)|"
    # (Arabic "wrote", of a man or a woman, before a colon or a dash: "كتبت: سارة أحمد", "كتب - محمد علي";
    # "prepared by", "report", "follow-up" before a colon)
    r"מאת|بقلم|كتبت?(?=\s*[:\-–—])|(?:إعداد|تقرير|متابعة)(?=\s*:)|نویسنده|"
    # Urdu "written by", Persian "reporter", Bengali "writer", Hebrew "reporter" (כתב, כתבת: a
    # word of its own otherwise) and Swahili "writer", each with its colon
    r"(?:تحریر|خبرنگار|লেখক|כתבת?|mwandishi)(?=\s*:)|"
    # Vietnamese (the author, the reporter), Hindi (the writer, "by", the correspondent, the report:
    # those ending in a vowel sign, no word character for \b, take the space before the name),
    # Thai and Filipino ("Isinulat ni", written by) labels
    r"tác giả|phóng viên(?=\s*:)|लेखक|(?:द्वारा|संवाददाता)[\s:]*(?=\w)|रिपोर्ट(?=\s*:)|ผู้เขียน|โดย|isinulat\s+ni|"
    # "Text und Fotos:", "Texto y fotos:", "Reportagem:", and Spanish "Redacción:" (written by)
    # with its colon: without one it is the newsroom's own credit ("Redacción EFE")
    r"(?:text|texte|texto)(?:\s*(?:und|and|&|et|y|e|en)\s*(?:fotos?|photos?|bilder|fotografías?|foto's))?|"
    r"reportagem|reportaje|redacci(?:[oó]n|ó)(?=\s*:)|"
    # a reporter's label, with its colon: "Reporter:", Turkish "Muhabir:", Indonesian "Wartawan:",
    # "Laporan wartawan:" (the reporter's report), "Pewarta:" (the wire's word), "Jurnalis:",
    # "Kontributor:"; and Indonesian "Ditulis oleh" (written by)
    r"(?:reporter|muhabir|(?:laporan\s+)?wartawan|pewarta|jurnalis|kontributor|words)(?=\s*:)|contributors?|ditulis\s+oleh|"
    # Polish "compiled by" ("Opracował: Jan Kowalski", "Opracowanie: …"), with its colon
    r"opracowa(?:ł|ła|nie)(?=\s*:)|"
    # German gendered forms: "Autor/in", "Autor*in", "AutorIn", "Autor:in"
    r"from|di|autor(?:[/*:_]?in(?:nen)?|en|a|e)?|auteure?s?|authors?|interview(?=\s*:)|"
    # an author's box titled "About the author - Jane Doe"
    r"(?:about the author|über (?:den autor|die autorin)|à propos de l'auteure?|sobre el autor|sobre a autora?)"
    r"(?:\s*[-–—]\s*)?)\b[\s:]*(?:[-–—]\s+)?",
    re.IGNORECASE,
)
# An author label that begins a line of its own anywhere on the page, its value after it or
# on the next line: "Autor: Fritz Imhof", "Autorin:" / "Uta Staschewski", and a box's title
# with no colon ("<h4>Autor</h4><p>Nikolai Huke</p>").  "Autor:innen" (a gendered plural, no
# label) has no space after its colon.
AUTHOR_LINE = re.compile(
    r"^[ \t]*(?:autor(?:[/*_]?in)?|author|auteure?|autore|autora|verfasser(?:in)?|written by)[ \t]*"
    r"(?:[:：](?:[ \t]+(?P<value>\S[^\n]*))?)?[ \t]*$",
    re.IGNORECASE | re.MULTILINE,
)
# The fields of a book's or a product's record ("Titel:", "Verlag:", "ISBN"): an "Autor:"
# among them names the book's author, not the page's.
RECORD_FIELD = re.compile(
    r"^\s*(?:titel|title|verlag|publisher|seiten|pages|isbn|illustrat\w*|übersetz\w*|translat\w*|genre|"
    r"erscheinungs\w*|preis|price|format|éditeur|editorial|editore)\b",
    re.IGNORECASE | re.MULTILINE,
)

# News agencies whose names are words, not initials: Spain's, Portugal's, Belgium's, Japan's,
# Indonesia's, Malaysia's, Romania's, Mexico's, Argentina's.
_WORD_AGENCIES = r"europa press|lusa|belga|jiji|antara|bernama|agerpres|notimex|t[ée]lam"
# Agencies a story credits in brackets, at its top or under it ("Bern (sda) -", "(epd)"):
# Switzerland's, the churches' and Poland's, the Netherlands', Russia's and Turkey's.
_BRACKETED_AGENCIES = r"sda|kna|epd|pap|anp|tass|ria novosti|interfax|anadolu"
# A news agency's name alone on a line under the headline: the story's source, as a byline.
_AGENCY_NAMES = (
    r"associated press|canadian press|press association|pa media|reuters|thomson reuters|"
    r"afp|agence france-presse|dpa|deutsche presse-agentur|apa|efe|ansa|kyodo(?: news)?|yonhap|xinhua|"
    rf"bloomberg(?: news)?|cnn wire|{_WORD_AGENCIES}|"
    # their initials, as a byline gives them ("By AP", "By PTI"): in capitals
    r"(?-i:AP|UPI|PTI|IANS|ANI)"
)
# "Agencia EFE", "Agência Lusa", "Agenzia ANSA": the agency named as one; Japan's, China's
# and Korea's in their own scripts, named in full ("共同" alone is a word: joint)
AGENCY_LINE = re.compile(
    rf"^\s*(?:the )?(?P<agency>(?:ag[eê]ncia |agenzia )?(?:{_AGENCY_NAMES})|"
    r"共同通信社?|時事通信社?|新华社|新華社|中新社|연합뉴스)\s*$",
    re.IGNORECASE,
)
# A Japanese wire story's dateline: the place and the agency in lenticular brackets, as the
# story opens ("【ワシントン共同】米政府は…") or on a line of its own.
# The wires Japanese papers credit (Kyodo, Jiji, Reuters, Xinhua, Yonhap, Bloomberg)
JAPANESE_WIRES = ("共同", "時事", "ロイター", "新華社", "聯合", "ブルームバーグ")
JAPANESE_WIRE = re.compile(rf"^\s*【[^】]{{1,12}}?(?P<agency>{'|'.join(JAPANESE_WIRES)})】")
# A Japanese paper's credit closing the story: the place, then its reporters or the wire the
# story came by ("（ワシントン＝山田太郎）", "（ニューヨーク=山田太郎、鈴木花子）", "（北京＝共同）");
# not a picture's credit, a figure's source or a unit ("（写真＝共同）", "（単位＝億円）")
JAPANESE_CLOSING_CREDIT = re.compile(
    r"[（(](?!写真|撮影|画像|動画|映像|図|表|グラフ|単位|注|出所|出典|資料)[^\s（()）＝=]{1,12}[＝=](?P<names>[\u4e00-\u9fff々ァ-ヶー]{2,8}(?:、[\u4e00-\u9fff々ァ-ヶー]{2,8}){0,5})[)）]\s*$"
)
# The agency after a reporter's name with nothing between ("Tom Davies Associated Press")
AGENCY_AFTER_NAME = re.compile(rf"(?<=[^\W\d])(?<!\bthe)\s+(?P<agency>(?:the )?(?:{_AGENCY_NAMES}))\s*$", re.IGNORECASE)
# A closing line crediting the agencies the story draws on, in brackets or after "with":
# "(dpa)", "(dpa/AFP)", "Mit Material von dpa", "*Com informações da Reuters", "(Con
# información de AFP, EFE y Reuters)", "Avec AFP": its source, no sentence of the story.
_CLOSING_AGENCY_NAME = (
    rf"(?:the )?(?:{_AGENCY_NAMES}|{_BRACKETED_AGENCIES}|ag[êe]ncia brasil|"
    # Japan's, Korea's and China's, in brackets under the story: "（共同）", "(연합뉴스)", "（新华社）"
    r"共同(?:通信)?|時事(?:通信)?|연합뉴스|뉴시스|新华社|新華社|中新社)"
)
_CLOSING_AGENCIES = (
    rf"(?P<agency>{_CLOSING_AGENCY_NAME})(?:\s*(?:[/,&]|\s(?:and|und|et|y|e))\s*{_CLOSING_AGENCY_NAME})*"
)
_CREDITED_WITH = r"(?:mit material (?:von|der|des)|com informações d[aoe]s?|con información de|com|con|avec|with|mit)"
CLOSING_AGENCY = re.compile(
    rf"^[\s*]*(?:(?P<bracket>[(（])\s*(?:{_CREDITED_WITH}\s+)?|{_CREDITED_WITH}\s+){_CLOSING_AGENCIES}\s*(?(bracket)[)）])\.?\s*$",
    re.IGNORECASE,
)
# The agencies a byline credits in brackets after the names ("Max Mustermann (dpa)", "Jean
# Dupont (avec AFP)", "María López (EFE/Reuters)").
AGENCY_IN_BRACKETS_AFTER = re.compile(
    rf"(?<=\w)\s*[(（]\s*(?:{_CREDITED_WITH}\s+)?{_CLOSING_AGENCIES}\s*[)）]\s*$", re.IGNORECASE
)
# A wire story's dateline: the place, then the agency in brackets ("WASHINGTON (AP) —",
# "Berlin (dpa) -", "MADRID (EFE).-"): an agency the list names, or an acronym in capitals.
OPENING_AGENCY = re.compile(
    r"^[A-ZÀ-Ý][\w.,'’ -]{1,40}?\s*\((?P<agency>(?:the )?(?:associated press|reuters|thomson reuters|afp|dpa|apa|efe|"
    r"ansa|kyodo|yonhap|xinhua|bloomberg|"
    rf"{_BRACKETED_AGENCIES}|{_WORD_AGENCIES}|"
    r"(?-i:[A-Z]{2,5})))\)\s*(?:[—–-]|\.-|:)",
    re.IGNORECASE,
)
# A wire story's dateline in Russian, Ukrainian or Belarusian: the place and the day, then
# the agency after a dash, between slashes or as its address ("МОСКВА, 5 дек — РИА Новости.",
# "МОСКВА, 5 декабря. /ТАСС/.", "Москва. 5 декабря. INTERFAX.RU -", "КИЇВ, 5 грудня - Укрінформ.").
_CYRILLIC_AGENCIES = (
    # (the longer names first: "Интерфакс-Украина" before "Интерфакс")
    r"РИА Новости|ИТАР-ТАСС|ТАСС|Интерфакс-Украина|Інтерфакс-Україна|Интерфакс|INTERFAX\.RU|Interfax|ПРАЙМ|"
    r"Sputnik|RT|Регнум|REGNUM|Укринформ|Укрінформ|УНИАН|УНІАН|УНН|БелТА|Казинформ"
)
CYRILLIC_WIRE = re.compile(
    r"^[А-ЯЁІЇЄҐ][А-ЯЁІЇЄҐа-яёіїєґ'’ -]{1,30}[,.]\s*\d{1,2}\s+[а-яёіїєґ]{3,9}\.?\s*"
    rf"(?:[—–-]\s*|/)?(?P<agency>{_CYRILLIC_AGENCIES})(?:/|\b)"
)
# An English month's name or its abbreviation, as a date in words opens ("Mar. 12", "March 12")
ENGLISH_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# Where a byline's names end: a date, a time, a separator, or a "posted/updated" note.
BYLINE_END = re.compile(
    # the agency after the last name ("By JANE DOE and JOHN ROE Associated Press"), or alone
    r"(?:^|\s+)(?:the\s+)?(?:associated press|agence france-presse|thomson reuters|reuters|bloomberg news)\b.*$|"
    # the outlet a piece was written for ("Jane Doe For Daily Mail Australia", "… for The Times")
    r"\s+for\s+\S.*$|"
    # the date's article, which could lead a surname ("Jean le Rond"), before the day: "Par Jean
    # Dupont le 12 mars 2024", Swedish "Anna Svensson den 12 mars"
    r"\s+(?-i:le|den)(?=\s+\d).*$|"
    r"\s*(?:[|•·—–]|\bposted\b|"
    # a date's label, in every language the date readers know ("Par Jean Dupont Publié le …",
    # "Von Anna Berg Aktualisiert am …", "By Jane Doe Last updated …")
    rf"{UPDATED_LABEL.pattern}|{PUBLISHED_LABEL.pattern.pattern}|"
    rf"\b{ENGLISH_MONTH}\s+\d|\d).*$",
    re.IGNORECASE | re.DOTALL,
)
# Roles and links that follow a name ("Jane Doe, Staff Writer", "John Roe Twitter").
BYLINE_TAIL = re.compile(
    r"[\s,]*\b(?:(?:senior|staff|chief|political|contributing|special|foreign|national|"
    r"business|sports|deputy|managing|executive|associate|assistant|guest|freelance|"
    r"politics|news|culture|tech|technology|science|health|entertainment|music|food|travel|opinion|"
    r"investigative|digital|local|metro|world|international|legal|economics|features|arts|"
    r"fashion|style|lifestyle|data|video|audio|photo)\s+)*"
    r"(?:writer|reporter|editor|correspondent|contributor|columnist|journalist|producer|"
    r"photographer|twitter|facebook|email|e-mail|instagram|linkedin|follow|ceo|founder|"
    # the roles in other languages: Russian, Turkish, Indonesian, Spanish, Italian, French
    r"корреспондент|обозреватель|журналист|редактор|muhabir|muhabiri|editör|wartawan|redaktur|"
    r"corresponsal|periodista|redactora?|giornalista|inviato|journaliste|correspondante?|"
    # German, Dutch, French, Italian and Portuguese ones
    r"(?:chef)?redakteur(?:in)?|korrespondent(?:in)?|journalistin|volontär(?:in)?|redacteur|verslaggever|"
    r"rédact(?:eur|rice)|chroniqueu(?:r|se)|redattore|redattrice|corrispondente|repórter|jornalista|colunista|"
    # the special correspondent in French, Spanish and Portuguese; Polish, Czech and Scandinavian roles
    r"envoyée?\s+spéciale?|enviad[oa]\s+especial|dziennikar(?:z|ka)|redaktor(?:ka)?|redaktør|reportér(?:ka)?|"
    r"reporterka|korespondent(?:ka)?|novinář(?:ka)?|"
    r"view profile|more from|more (?:stories|articles|posts)|all (?:stories|articles|posts)|see all|"
    # the same links in German, French, Spanish, and "… ago" after the name
    r"alle (?:artikel|beiträge)|mehr (?:artikel|beiträge)|tous les articles|voir le profil|folgen?|hace|il y a)s?\b.*$|"
    r"\s*@\w+.*$",
    re.IGNORECASE | re.DOTALL,
)
NAME_SPLIT = re.compile(
    r"\s*(?:,|;|&|\band\b|\bund\b|\bet\b|、|，|\s\|\s|\s/\s|"
    # "and" in more languages, in lower case between spaces: never a capital initial ("Jane E. Doe");
    # not the Dutch "en", the Spanish and French "in" ("Hecho en Bolivia").  Greek's takes the
    # next name's article ("… και της Μαρίας Νικολάου")
    r"(?-i:\s(?:e|og|och|és|ja|ve|và|și|и|і|та|a|dan|και(?:\s(?:του|της))?|و)\s)|"
    # Spanish "y", and Polish, Croatian and Catalan "i", only before a name of two words or
    # more: before a lone surname it joins a person's two ("José Ortega y Gasset", "Josep Puig
    # i Cadafalch")
    r"\sy\s(?=[^\s,;&]+\s+[^\s,;&])|(?-i:\si\s(?=[^\s,;&]+\s+[^\s,;&])))\s*",
    re.IGNORECASE,
)

# Words that show a byline candidate is not a person.
# Chinese organisation names end in their kind, and a byline naming one names no person.
# The kinds of a news outlet's name: "参考消息", "新京报", "环球网", "新浪科技".
_NEWS_OUTLET_KINDS = (
    r"网|網|报|報|社|电视台|電視台|频道|頻道|新闻|新聞|消息|资讯|資訊|科技|财经|財經|周刊|週刊|杂志|雜誌|"
    r"传媒|傳媒|媒体|媒體|在线|在線|头条|頭條"
)
# Any organisation: an outlet, a company (网络, 公司: "大汉网络", the software house behind
# many government sites, is no outlet), a desk's product (行情, 整理) or a self-media account.
CJK_ORGANISATION = re.compile(
    rf"(?:{_NEWS_OUTLET_KINDS}|网络|網絡|集团|集團|公司|中心|官网|官網|行情|整理|报道|報導|"
    r"企鹅号|百家号|头条号|公众号|大鱼号|澎湃号)$"
)
CJK_NEWS_OUTLET = re.compile(rf"(?:{_NEWS_OUTLET_KINDS})$")
# Interface words a byline runs into ("作者：X 返回首页，查看更多"): no name holds them.
CJK_INTERFACE = re.compile(
    r"查看|更多|返回|点击|點擊|登录|登錄|注册|註冊|分享|收藏|评论|評論|关注|關注|订阅|訂閱|下载|下載"
)
# A portal's channel after its brand in the site's name (网易财经, 新浪新闻): the brand
# alone as the author ("网易") names the site, not a person.
SITE_CHANNEL = re.compile(
    r"(?:新闻|新聞|财经|財經|科技|体育|體育|娱乐|娛樂|汽车|汽車|时尚|時尚|健康|教育|房产|房產|军事|軍事|"
    r"文化|旅游|旅遊|游戏|遊戲|数码|數碼|手机|手機|历史|歷史|读书|讀書|视频|視頻|订阅|訂閱|网|網)$"
)
# A news agency's closing credit: "(Reporting by Jane Doe in London; additional reporting by
# Max Roe; Writing by Ann Lee; Editing by John Roe)".  Each role's names run to the next role.
_WIRE_ROLE = r"(?:(?:additional|with|and)\s+)?(?:reporting|writing|editing|compiled|graphics|research|fact-checking)"
WIRE_CREDIT = re.compile(rf"^\(?\s*{_WIRE_ROLE}\s+by\s", re.IGNORECASE)
WIRE_CREDIT_PART = re.compile(
    rf"(?P<role>{_WIRE_ROLE})\s+by\s+(?P<names>.+?)\s*(?=[;,]?\s*{_WIRE_ROLE}\s+by\s|[;)]|\.?\s*$)",
    re.IGNORECASE,
)
# The place after a reporter's name in such a credit ("Jane Doe in London").
WIRE_PLACE = re.compile(r"\s+in\s+[A-Z][\w.'’ -]*$")

# A note on the writer closing the story: "Phil Helsel is a reporter for NBC News.", "Perry
# Bacon Jr. is a senior writer for FiveThirtyEight.", "Anna Berg ist Redakteurin im Ressort
# Politik."; or where to write to them: "Write to Al Root at allen.root@dowjones.com".
_NOTED_NAME = r"[^\W\d_][\w.'’-]*(?: [^\W\d_][\w.'’-]*){1,4}"
AUTHOR_NOTE = re.compile(
    # the writer's address may follow the name: "Jeff Foust (jeff@thespacereview.com) is the editor …"
    rf"^(?P<name>{_NOTED_NAME})(?: \([\w.+-]+@[\w-]+(?:\.[\w-]+)+\))? (?:is|was) (?:a|an|the) (?:[\w'’-]+ ){{0,4}}?"
    r"(?:writer|reporter|correspondent|editor|columnist|contributor|journalist|producer|critic)s?\b.{0,200}$|"
    rf"^(?P<german>{_NOTED_NAME}) (?:ist|war) (?:[\w'’-]+ ){{0,3}}?"
    r"(?i:redakteur(?:in)?|autor(?:in)?|korrespondent(?:in)?|reporter(?:in)?|journalist(?:in)?)\b.{0,200}$|"
    rf"^(?:[Ww]rite to|[Ee]-?mail|[Cc]ontact) (?P<address>{_NOTED_NAME}) at [\w.+-]+@[\w-]+(?:\.[\w-]+)+\b.{{0,200}}$"
)

# Those who helped the writer, closing the story: "Keith Bradsher contributed reporting from
# Hong Kong.", "Associated Press writers Alan Fram and Zeke Miller contributed to this report."
CONTRIBUTOR_NOTE = re.compile(
    r"^[^\W\d_][^.!?]{2,200}? contributed (?:(?:(?:additional )?reporting|research)"
    r"(?: (?:to|for) this (?:report|story|article))?|(?:to|for) this (?:report|story|article))"
    r"(?: from [^.!?]{2,80})?\.?$"
)

# A newsroom's collective credit ("AOL Staff", "BWW News Desk", "PETA-Team", "auto-motor.at
# Redaktion"): the author field as the page fills it, though it names no person.  A role
# ("Staff Writer") or a lone "Editor" is no credit.
STAFF_CREDIT = re.compile(
    r"^(?:[\w.&'’]+[\s-]){1,4}(?:staff(?: reports?)?|(?:news ?)?desk|newsdesk|(?:web)?team|newsroom|"
    r"editors|redaktion|rédaction|redazione|redacción)$|"
    # the newsroom before the outlet's name: "Redacción EFE", "Redakcja Forsal.pl", "Redaktion Kreiszeitung"
    r"^(?:redacci[oó]n|reda[cç][aã]o|r[ée]daction|redazione|redakcja|redaktion)(?:[\s-][\w.&'’]+){1,4}$",
    re.IGNORECASE,
)
# The newsroom credited alone, a credit too ("Redação", "Por Redacción", "Redaktion").
_NEWSROOM_WORDS = (
    r"redaktion|reda[cç][aã]o|redacci[oó]n|r[ée]daction|redazione|redakcja|redakce|redakcia|"
    # the editorial department, as Japanese and Chinese pages credit it
    r"編集部|编辑部|編輯部"
)
NEWSROOM_ALONE = re.compile(_NEWSROOM_WORDS, re.IGNORECASE)  # to be matched whole
# What stands between "by" and a newsroom credited alone: "Da Redação" (from the newsroom),
# "Von der Redaktion", "Par la rédaction", "A cura della redazione"; before a name, "der"
# and "da" are the name's own ("von der Leyen", "da Silva").
NEWSROOM_PREFIX = re.compile(
    rf"^(?:(?:a cura )?(?:da|do|dalla|della|de la|der|la|the)\s+)(?=(?:{_NEWSROOM_WORDS})$)", re.IGNORECASE
)
# A credit line that names no one: "From staff reports", "Staff and wire reports", "By Staff
# Writer" (the role its name's link left); byline matter all the same.
NO_ONE_CREDIT = re.compile(
    # the outlet's name may lead the reports ("Detroit News wire services", "Times staff and wire
    # reports"), not "staff" alone: "AOL Staff" is a newsroom's credit
    r"^(?:from |by )?(?:(?:(?:the )?(?-i:[A-Z][\w.&'’-]*) ){0,3}"
    r"(?:(?:staff|wire|news|agency)(?: and (?:wire|news|agency))? (?:reports?|services?)|wire reports)|"
    r"staff(?: writers?| reporters?)?|staff report)$",
    re.IGNORECASE,
)
NOT_PERSON = re.compile(
    r"\b(?:staff|editors?|editorial|team|desk|newsroom|news|agency|press|associated|"
    r"reuters|afp|ap|contributors?|correspondent|writer|reporter|admin|administrator|"
    r"inc|ltd|llc|gmbh|media|group|online|magazine|times|post|daily|herald|"
    r"com|org|net|updated|published|posted|share|email|follow|view|profile|people|edited|edition|"
    # Interface words that bylines run into ("Click Here", "Text Size", "Sign in")
    r"click|here|size|login|log in|sign in|sign up|register|subscribe|search|menu|comments?|"
    # The same in German, sponsored-content widgets, and labels that stand where a name
    # would ("Datum", "Name")
    r"beiträge|publiziert|veröffentlicht|sponsored|gesponserte|inhalte|paid|content|advertorial|anzeige|"
    r"datum|name|no author|profil|über|zum|zur|zeige|"
    # what a list of further stories is headed with ("Must Read Stories", "Ähnliche Themen")
    r"stories|articles|artikel|themen|timeline|picks|guides?|related|popular|trending|latest|recommended|"
    # an outlet's channel after its name ("CNN Business", "NBC Sports", "Fox Weather")
    r"business|politics|sports?|weather|entertainment|lifestyle|technology|"
    # what a comment form calls an unnamed visitor, a blog platform a hidden profile
    # ("Unknown"), a CMS its installing account ("Super User")
    r"guest|gast|гость|anonymous|anonym|anonyme|anónimo|anonimo|"
    # a picture's courtesy credit, where a name would stand
    r"cortes[ií]a|courtesy|"
    r"unknown|unbekannt|inconnu|desconocido|desconhecido|sconosciuto|super user|"
    # Public bodies and institutions, which issue releases but are no one's name
    r"department|ministry|police|council|commission|bureau|customs|protection|administration|government|"
    # agencies, desks and roles of other languages ("Haber Merkezi", the Turkish newsroom)
    r"kyodo|yonhap|xinhua|tass|interfax|anadolu|merkezi|корреспондент|обозреватель|"
    # the newsroom credited as a desk: "Redacción EFE", "Redação", "La Rédaction", "Redakcja"
    r"redacci[oó]n|reda[cç][aã]o|r[ée]daction|redazione|redakcja|redakce|redakcia|редакция|редакція|"
    # an outlet's own words for itself: "Noticias El Comercio", "Página Siete Digital"
    r"noticias|notícias|notizie|nachrichten|digital)\b|"
    # the same desks and teams in Hindi ("वाराणसी ब्यूरो", Varanasi bureau), where \b fails on vowel signs
    r"ब्यूरो|डेस्क|टीम|संवाददाता|न्यूज़|न्यूज|"
    r"\bred\.(?!\w)|"  # "Red.", the newsroom's abbreviation in German
    r"@|https?:|www\.|\d",
    re.IGNORECASE,
)

# What a 来源 label may give that is no outlet: "this site's own", "the internet", "reprinted".
NO_SOURCE = frozenset(
    (
        *("本站原创", "本网原创", "本網原創", "互联网", "互聯網"),
        *("网络转载", "網絡轉載", "综合报道", "綜合報道"),
        *("转载文章", "轉載文章"),  # "a reprinted article": what the piece is, no outlet
    )
)
