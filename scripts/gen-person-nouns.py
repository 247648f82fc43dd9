#!/usr/bin/env python3
"""Write the Chinese pack's `personNouns` lexicon: common nouns for people who may speak unnamed (售票员, 游客, 吉他手).

News quotes many people by what they are rather than by name, and the guideline names such a speaker as
the text does (一位老人 → 老人). A hand-written list misses most of them; this script selects them from a
maintained, licensed dictionary instead.

Source: the part-of-speech-tagged dictionary `dict.txt` of the Chinese segmenter jieba 0.42.1 (MIT licence), read
by `jieba_dict.py`: nothing of it is committed but the words this script selects.

Selection: nouns (tag `n`) of two to four ideographs, used at least MIN_FREQUENCY times in jieba's counts
(MIN_FREQUENCY_TWO for two ideographs),
that end in a morpheme naming a person by occupation, role or group (PERSON_ENDINGS: 员, 者, 师, 兵, 人 of
召集人…, and 徒, 犯, 匪 of those who offend); words
of four ideographs only when they end in such a shorter noun or in 学家.
Some endings are also ordinary morphemes (家 of 国家, 手 of 右手, 生 of 产生), so each ending carries the
words it must not take: only longer words (科学家), or a list of exclusions. The hand-chosen words of EXTRA,
people not named by such an ending (老人, 孩子们, 乡亲们), are added. Words are written in simplified script
only: the pack compiler adds traditional spellings (see scripts/gen-script-variants.py).

The lexicon is written into `Sources/QuoteKit/Resources/RulePacks/zh.yaml` between BEGIN/END markers; run
`scripts/pack-rules.sh` afterwards.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from jieba_dict import dictionary as jieba_dictionary, entries, is_ideographs, write_lexicon  # noqa: E402

MIN_FREQUENCY = 10
# Two-character words are often verbs or things with a person ending (升官, 扳手): only the common ones.
MIN_FREQUENCY_TWO = 200

# ending → (shortest word length, words with that ending that are not people)
PERSON_ENDINGS = {
    "员": (2, {"动员", "复员", "减员", "裁员", "满员", "人员编制"}),
    "者": (2, {"或者", "再者", "两者", "二者", "三者", "前者", "后者", "或是者", "四者"}),
    "师": (2, {"京师", "誓师", "出师", "班师", "王师", "水师", "会师", "舰师"}),
    "家": (3, {"老人家", "亲家", "娘家", "婆家", "冤家", "仇家", "皇家", "国家", "公家", "人家", "大家", "东家"}),
    "兵": (2, set()),
    "官": (2, {"器官", "感官", "五官", "百官", "文武百官", "官官"}),
    "士": (2, {"烈士陵", "的士", "巴士", "贵士"}),
    "迷": (2, {"昏迷", "沉迷", "痴迷", "执迷", "着迷", "低迷", "迷迷"}),
    "友": (2, set()),
    "民": (2, {"殖民", "民民", "利民", "便民", "扰民", "安民", "为民", "爱民", "富民", "惠民"}),
    "手": (2, {"双手", "右手", "左手", "动手", "人手", "出手", "下手", "上手", "入手", "着手", "到手", "把手", "联手", "携手",
              "拍手", "洗手", "招手", "放手", "伸手", "握手", "拱手", "插手", "亲手", "顺手", "随手", "徒手", "转手", "经手",
              "分手", "失手", "得手", "接手", "扶手", "棘手", "妙手", "毒手", "黑手", "快手", "一手", "两手", "空手", "举手",
              "撒手", "脱手", "信手", "搭手", "歇手", "住手", "罢手", "着手", "赤手", "只手", "纤手", "玉手", "手手"}),
    "人": (3, {"机器人", "周作人", "活死人", "睡美人", "稻草人", "木头人", "得罪人", "天地人", "透明人", "直立人", "元谋人", "马坝人",
              "所有人", "个别人", "天下人", "阴阳人", "两性人", "剧中人", "画中人", "一家人", "全家人", "一代人", "一班人", "自由人",
              "女真人", "色目人", "印加人", "利安人", "高棉人", "爪哇人"}),
    "徒": (2, {"师徒", "司徒", "高徒", "徒徒"}),
    "犯": (2, set()),
    "匪": (2, set()),
    "贼": (2, {"乌贼", "大眼贼"}),
    "盗": (2, {"被盗", "防盗", "失盗"}),
    "工": (2, {"化工", "人工", "手工", "加工", "施工", "分工", "竣工", "开工", "完工", "停工", "罢工", "怠工", "做工", "动工",
              "用工", "招工", "务工", "打工", "返工", "石化工", "轻工", "重工", "军工", "电工程", "化工厂"}),
}
# Words a person ending makes look like people that are verbs, things or units (当兵, 便士, 步兵师).
NOT_PEOPLE = {"交手", "做官", "当兵", "当官", "派兵", "屯兵", "用兵", "重兵", "小手", "松手", "身手", "回老家", "师师", "理工", "森工",
              "刀工", "总动员", "步兵师", "装甲师", "便士", "交朋友", "手把手", "手拉手", "摊摊手", "过家家", "超国家", "核国家", "热加工",
              "煤化工", "精加工", "佳洁士", "劳力士", "大流士", "后举兵", "性器官", "机械手", "武会友", "官运官", "科取士", "坦克师",
              "炮兵师", "亲戚家", "朋友家", "地主家", "孩子家", "女人家", "男人家", "姑娘家", "百姓家", "邻居家", "主人家"}
# Words whose ending is too often something else (产生, 人生) but that name people.
ENDING_WORDS = {"学生", "医生", "考生", "先生", "研究生", "毕业生", "大学生", "中学生", "小学生", "实习生", "留学生", "师生", "书生"}
EXTRA = ["老人", "老汉", "老大爷", "老太太", "老大娘", "女孩子", "女孩", "男孩子", "男孩", "孩子们", "小伙子", "姑娘", "妇女",
         "司机", "护士", "同胞", "游客", "顾客", "乘客", "店主", "摊主", "干部", "村干部", "负责人", "观众", "老乡", "乡亲们",
         "群众", "代表", "警察", "警方", "家长", "家属", "市民", "村民", "网民", "选民", "居民", "人员", "工作人员", "同行",
         # people by occupation or condition in two characters ending in 人 (the ending takes three: 个人, 别人 are no
         # one in particular; 女人, 客人 in fiction are someone the story named)
         "工人", "病人", "军人", "商人", "证人", "犯人", "艺人", "友人", "盲人", "穷人", "富人",
         # the stars, hosts and writers of entertainment and sports news (女星李秋芳说)
         "男星", "女星", "影星", "歌星", "球星", "童星", "巨星", "明星", "笑星", "影后", "影帝", "歌后", "天后", "名模", "主播",
         "编剧",
         # people by sex and age, the commonest way news names a passer-by (一位中年男子说)
         "男子", "女子", "少女", "妇人", "老妇", "老翁", "老板", "老板娘",
         # makers of films and shows, the rich, and a relative named by no one's relation (一位亲戚说)
         "制作人", "监制", "大亨", "富商", "亲戚",
         # a couple, whom news counts as one pair (一对夫妇说)
         "夫妇", "夫妻",
         # sellers, passengers, listeners and fans, and people named by age and sex in everyday speech (一位大婶说)
         "伙计", "小伙计", "店员", "售货员", "小贩", "摊贩", "保姆", "主妇", "家庭主妇", "果农", "菜农", "村妇", "农妇",
         "船长", "旅客", "听众", "嘉宾", "歌迷", "影迷", "粉丝", "大叔", "大婶", "老伯", "老太", "老头", "老奶奶", "老爷爷",
         "小伙", "小姑娘",
         # the people at large (老百姓说), which names avoid as 姓 is in none
         "百姓", "老百姓",
         # the official in charge or the people concerned, as reports name them after their body (青山市教育局有关负责人说)
         "有关负责人", "相关负责人", "有关人士", "相关人士",
         # players and believers (乐手李大山, 教徒林秀雲), and patients named by their illness (糖尿病患者)
         "乐手", "鼓手", "吉他手", "教徒", "信徒", "门徒", "患者", "病患",
         # people of business and the law in news reports (一名主管表示, 被告辩称), and children by age (一名女童说)
         "主管", "业者", "店家", "厂商", "业主", "股东", "房东", "房客", "幕僚", "助理", "民众", "警员", "嫌犯", "被告", "原告",
         # the parties of an appeal, an application or a complaint, as court and consumer news names them (上诉人说)
         "上诉人", "被上诉人", "申请人", "被申请人", "申诉人", "投诉人", "举报人", "起诉人", "调解员",
         # people of the street, the housing estate and the village in Taiwan and Hong Kong reports (檔主, 劏房戶, 里民, 族人)
         "摊商", "档主", "住户", "屋主", "租客", "劏房户", "街坊", "里民", "乡亲", "网红", "商家", "茶农", "族人", "阿嬷", "阿公",
         "孩童", "学子",
         # neighbours, whom a report names by where they stand as often as by whose they are (隔壁邻居说)
         "邻居",
         "伤者", "遗属", "少妇", "女童", "男童", "学童", "画家", "社工", "义工", "志工", "看护",
         # players by their place or standing in a team, as sports news names them before the name (前锋张明说)
         "前锋", "后卫", "中锋", "边锋", "门将", "主帅", "国脚", "名将", "老将", "宿将", "新秀", "大将",
         # winners named by their place or prize (女子跳远冠军李秋芳说, 金奖得主张明表示)
         "冠军", "亚军", "季军", "得主", "卫冕冠军", "世界冠军",
         # the one a win is owed to (逆转功臣李大山说)
         "功臣",
         # children and men as a story or a report names them (孩子喊道, 一位卖菜的老头儿说), and those who rob (劫匪说)
         "孩子", "小孩子", "汉子", "老头儿", "老头子", "歹徒", "匪徒", "劫匪", "绑匪", "小偷",
         # the press as a body that reports and comments (当地媒体评论说, 境外媒体称), named as the text names it
         "媒体", "传媒", "新闻传媒", "报刊", "新闻界",
         # the leaders of a body or a place, named by it (乡镇领导提出, 公司领导说)
         "领导",
         # occupations of care, rescue, the outdoors, the sea, the farm, culture and music that news names people by
         # (护理师回答, 消防员说) and that the dictionary lacks
         "护理师", "护理长", "护工", "助产士", "心理师", "心理咨询师", "咨询师", "康复师", "消防员", "消防队员", "救生员",
         "安全员", "护林员", "巡护员", "管护员", "巡山员", "导游", "导览员", "馆员", "园长", "船员", "船东", "渔工", "蜂农",
         "花农", "烟农", "棉农", "主唱", "贝斯手", "键盘手", "领队", "队医",
         # people of a wedding, a housing estate, deliveries, schools and clubs, as everyday news names them (新郎王立新说,
         # 一位保安说, 一位车主说)
         "新郎", "新娘", "保安", "门卫", "保洁员", "网格员", "快递员", "外卖员", "骑手", "应届生", "本科生", "硕士生", "博士生",
         "店长", "船工", "艄公", "渡工", "车主", "泳客", "书友", "熟客", "车友", "骑友", "棋友", "球友",
         # the police by their branch, which the dictionary tags as abbreviations (民警王立新说, 一名交警表示)
         "民警", "交警", "刑警", "特警", "片警", "干警", "辅警", "民辅警", "巡警", "法警", "狱警", "协警", "女警"]


def select(dictionary):
    words = set(EXTRA) | ENDING_WORDS
    for word, frequency, tag in entries(dictionary):
        if tag != "n":
            continue
        if frequency < (MIN_FREQUENCY_TWO if len(word) == 2 else MIN_FREQUENCY) or not (2 <= len(word) <= 4) or not is_ideographs(word):
            continue
        rule = PERSON_ENDINGS.get(word[-1])
        if rule and len(word) >= rule[0] and word not in rule[1] and word not in NOT_PEOPLE:
            words.add(word)
    # Four ideographs are often idioms (纸上谈兵) or names from fiction (…大师): only a person noun with a modifier
    # (公安人员, 共产党员) or a discipline (经济学家).
    shorter = {w for w in words if len(w) < 4}
    # A name with an honorific (…大师, …祖师) is a person of a story, not a noun.
    words = {w for w in words if len(w) < 4 or (w[2:] in shorter or w[1:] in shorter or w.endswith("学家"))
             and not w.endswith(("大师", "祖师"))}
    return sorted(words, key=lambda w: (len(w), w))


def main():
    words = select(jieba_dictionary())
    write_lexicon("personNouns", words, "gen-person-nouns.py", indent=15, what="person nouns")


if __name__ == "__main__":
    main()
