"""Chinese surnames, to tell a name printed without a label from a word that stands alone.

A line of two or three characters under a headline, a closing "(…)" or an element classed
"author" is a byline only when it reads as a person's name: a surname, then one or two
characters.  Short words stand alone as often ("图集", "行情", "划重点"), and no colon
vouches for them.  The common surnames cover nearly everyone (the top few hundred hold
well over 95% of the population); simplified and traditional forms are both listed.
Surnames that are everyday words first ("明", "国", "文", "和") are left out: a rare
surname lost costs one name, an everyday word taken costs a wrong author.
"""

SINGLE_SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭向曾肖萧田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱丘江尹薛闫阎段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔"
    "汤常温康施牛樊葛邢齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴"
    "霍涂成苗谷盛曲翁冉骆蓝游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农卓古吉缪简车项连芦卢麦褚娄窦戚岑景"
    "党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封"
    "谈匡鞠惠荆乐冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻厉伊仝区郜阚权帅屠豆朴盖练廉禹井祖漆巴丰卿狄"
    "计索宣晋初芮晁扈阙浦戈伏鹿薄邸雍辜羊裘亓修邰赫杭况宿鲜印逯隆茹诸战慕危亢嵇湛宾戎勾茅揭尉冶斯束檀衣"
    "昝幸奉衡尧闭钮竺缑訾习郦厍慎"
    # traditional forms of the above
    "張劉陳楊黃趙吳孫馬許韓馮鄧謝蕭葉蘇呂盧鐘譚陸賈韋鄒劉邱龍陶賀顧龔錢嚴戴湯溫齊喬龐顏聶魯嚴詹歐關蘭"
    "寧紀畢單裴塗駱藍靳鮑饒車項連蘆婁竇費衛臧閔鄔邊師欒隋鄺譚鄭鄧羅曾潘蔣蔡魏丁任沈姚崔范金石廖夏韋方白"
    "孟熊秦江尹薛閻段雷侯史黎毛郝邵萬覃武莫孔常施牛樊葛邢易伍莊章岳翟殷申耿焦俞左柳甘祝包尚符舒阮柯梅童凌"
    "季霍成苗谷盛曲翁冉辛管柴蒙華喻祁蒲房滕屈解牟艾尤陽穆農卓古吉繆簡麥褚戚岑景黨宮卜冷晏席米柏宗瞿桂全"
    "佟應苟卞姬仇商刁沙榮巫寇桑郎甄叢仲虞敖鞏佘池查麻苑遲官封談匡鞠惠荊樂冀郁胥班儲栗燕楚鄢勞諶奚皮粟冼藺"
    "樓盤滿聞厲伊仝區郜闞權帥屠豆樸蓋練廉禹井祖漆巴豐卿狄計索宣晉初芮晁扈闕浦戈伏鹿薄邸雍辜羊裘亓修邰赫杭"
    "況宿鮮印逯隆茹諸戰慕危亢嵇湛賓戎勾茅揭尉冶斯束檀衣昝幸奉衡堯閉鈕竺緱訾習酈厙慎"
)

COMPOUND_SURNAMES = frozenset(
    (
        *("欧阳", "歐陽", "司马", "司馬", "上官", "诸葛", "諸葛", "东方", "東方", "皇甫", "尉迟", "尉遲"),
        *("公孙", "公孫", "慕容", "长孙", "長孫", "宇文", "司徒", "令狐", "夏侯", "端木", "西门", "西門"),
        *("南宫", "南宮", "独孤", "獨孤", "轩辕", "軒轅", "澹台", "申屠", "太史", "呼延", "闻人", "聞人"),
        *("赫连", "赫連", "钟离", "鍾離", "宗政", "濮阳", "濮陽", "淳于", "单于", "單于", "拓跋", "百里"),
        *("东郭", "東郭", "左丘", "第五", "司空", "万俟", "萬俟"),
    )
)

# The places a Taiwanese agency's dateline names after its reporters with nothing between
# ("（中央社記者王小明台北12日電）"): Taiwan's cities and counties and the capitals and cities its
# correspondents file from, simplified forms beside traditional ones.
DATELINE_PLACES = frozenset(
    (
        *("台北", "臺北", "新北", "桃園", "台中", "臺中", "台南", "臺南", "高雄", "基隆", "新竹", "苗栗", "彰化"),
        *("南投", "雲林", "嘉義", "屏東", "宜蘭", "花蓮", "台東", "臺東", "澎湖", "金門", "馬祖", "連江"),
        *("北京", "上海", "廣州", "广州", "深圳", "香港", "澳門", "澳门", "東京", "东京", "大阪", "首爾", "首尔"),
        *("華盛頓", "华盛顿", "紐約", "纽约", "洛杉磯", "洛杉矶", "舊金山", "旧金山", "芝加哥", "休士頓", "多倫多"),
        *("溫哥華", "倫敦", "伦敦", "巴黎", "柏林", "莫斯科", "布魯塞爾", "布鲁塞尔", "日內瓦", "日内瓦", "羅馬"),
        *("罗马", "馬德里", "维也纳", "維也納", "新加坡", "曼谷", "雅加達", "雅加达", "吉隆坡", "馬尼拉", "马尼拉"),
        *("河內", "河内", "胡志明市", "新德里", "雪梨", "悉尼", "墨爾本", "墨尔本", "杜拜", "迪拜", "開羅", "开罗"),
        *("耶路撒冷", "特拉維夫", "基輔", "基辅", "斯德哥爾摩", "聯合國", "联合国"),
    )
)

# Countries as an address ends on them ("GIROMATCH, Frankfurt a. M., Germany"), in English and
# in their own languages, lower case: an author field ending on one holds an organisation's
# address, whose one-word parts are places, not people.
COUNTRY_NAMES = frozenset(
    (
        *("germany", "deutschland", "austria", "österreich", "switzerland", "schweiz", "suisse", "svizzera"),
        *("france", "belgium", "belgique", "belgië", "netherlands", "nederland", "luxembourg", "italy", "italia"),
        *("spain", "españa", "portugal", "poland", "polska", "czech republic", "czechia", "česko", "slovakia"),
        *("hungary", "magyarország", "romania", "românia", "greece", "ελλάδα", "turkey", "türkiye", "russia"),
        *("россия", "ukraine", "україна", "sweden", "sverige", "norway", "norge", "denmark", "danmark"),
        *("finland", "suomi", "ireland", "uk", "united kingdom", "england", "scotland", "usa", "u.s.a.", "us"),
        *("united states", "canada", "mexico", "méxico", "brazil", "brasil", "argentina", "chile", "colombia"),
        *("peru", "perú", "australia", "new zealand", "india", "japan", "china", "singapore", "south africa"),
        *("nigeria", "kenya", "israel", "egypt"),
    )
)
