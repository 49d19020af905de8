"""The commonest characters of Chinese, Japanese and Korean text, to tell a right reading
of a page's bytes from a wrong one.

GBK, Big5, Shift_JIS and EUC-KR each decode most of the others' byte pairs without an
error, so a page declaring one and written in another reads "cleanly" as nonsense.  In any
right reading a few hundred characters make up most of the text (the particles, the
commonest words); in a wrong one the characters fall all over the table.  Simplified and
traditional forms are both listed; kana are all common (Japanese writes its grammar in
hiragana); of Hangul, the commonest syllables.
"""

COMMON_CJK = frozenset(
    # Chinese, simplified: the commonest three hundred or so
    "的一是不了人我在有他这中大来上个国到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多"
    "天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但"
    "身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四"
    "第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通"
    "目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物"
    "台记边共风战干接它许八特觉望直服林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队"
    "跟带花快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程告江语英"
    "基派满式李息写呢识极令黄德收钱党未持取设始版双历越史商千片容研像找友孩站广改议形委早房音火际则首单据导影失拿"
    "网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切府"
    # the same words' traditional forms
    "這們國來個為時會說對過經還後發現學實當從點無與開關間體將電長動產問應種頭機進見質義樣兩氣軍變總條員設計報業區"
    "東車書聽覺話讓認論題邊麼爭強統歷據議導單萬雖壞興態務識隊際團寫響臺灣亞陸價錢網視聞雙級參歲記區灣"
    # hiragana and katakana, every one
    "ぁあぃいぅうぇえぉおかがきぎくぐけげこごさざしじすずせぜそぞただちぢっつづてでとどなにぬねのはばぱひびぴふぶぷ"
    "へべぺほぼぽまみむめもゃやゅゆょよらりるれろゎわゐゑをんゔゕゖァアィイゥウェエォオカガキギクグケゲコゴサザシジス"
    "ズセゼソゾタダチヂッツヅテデトドナニヌネノハバパヒビピフブプヘベペホボポマミムメモャヤュユョヨラリルレロヮワヰヱ"
    "ヲンヴヵヶー"
    # Hangul: the commonest syllables
    "이다는의에을가고하한지기로서사리아대자어일정나시도를인수부전상해구라게있보우그스주제국여면위문장적성들으것만진"
    "신계원관소중경학회과내개공무유조동화물요히세선연비방후미실생간안당민마속때저음없했되말년러거니습까였은와던며터"
    "할및더또등및못같오모두번째"
)
