/// The word lists the work linker matches with tries: reporting cues, the
/// words allowed between a title and its cue, collection suffixes, author
/// surnames and roles, and their English counterparts.
///
/// Every list is matched with ``Lexicon`` (forward or backward from a mark),
/// never searched for word by word.
enum WorkLexicons {
    /// Verbs that introduce what a work (or a person in a work) says.
    static let cues = Lexicon([
        "指出", "强调", "写道", "写到", "提出", "认为", "说", "说道", "讲", "讲道", "讲到", "谈到", "提到", "明确", "规定",
        "记载", "记述", "记录", "所载", "载", "载有", "云", "曰", "称", "阐述", "论述", "阐明", "表示", "要求", "宣告",
        "宣布", "申明", "描述", "描写", "描绘", "警示", "告诫", "总结", "揭示", "概括", "号召", "倡导", "主张", "断言",
        "回忆", "报道", "显示", "介绍", "统计", "呼吁", "引用", "写", "道", "有言", "有云", "开篇", "开宗明义",
        "有这样一句话", "有这样一段话", "有一句话", "有一段话", "有句话", "有段话", "中说", "提醒", "深刻指出",
        "明确指出", "强调指出", "明确提出", "郑重宣告", "开篇即说", "开篇就说", "强调说", "重申",
    
        "說", "說道", "講", "講道", "講到", "談到", "寫道", "寫到", "寫", "記載", "記述", "記錄", "所載", "載", "載有", "認為", "強調", "規定", "闡述", "論述", "闡明", "表示", "宣佈", "描述", "描寫", "描繪", "總結", "號召", "倡導", "主張", "斷言", "回憶", "報道", "報導", "顯示", "介紹", "統計", "呼籲", "引用", "有這樣一句話", "有這樣一段話", "中說", "提醒", "強調指出", "開篇", "開宗明義", "指稱", "聲稱", "批評", "評論", "稱讚", "讚揚", "坦言", "直言", "直指",
    ])

    /// Words that may stand between a title and its cue: 一文, 中, 明确, 开宗明义地…
    static let middle = Lexicon([
        "一文", "一书", "一诗", "一篇", "一词", "一曲", "一剧", "一信", "一章", "一节", "这篇文章", "这篇讲话", "这本书",
        "这部著作", "这首诗", "文章", "讲话", "中", "里", "里面", "之中", "上", "开篇", "篇首", "开头", "一开头", "结尾",
        "末尾", "序言", "前言", "后记", "导言", "引言", "正文", "也", "还", "又", "更", "曾", "曾经", "就", "均", "都",
        "即", "便", "同时", "明确", "明确地", "深刻", "深刻地", "进一步", "鲜明", "鲜明地", "郑重", "郑重地", "开宗明义地",
        "精辟", "精辟地", "特别", "反复", "多次", "再次", "专门", "集中", "首次", "第一次", "有", "有过", "这样", "如此",
        "地", "早就", "早已", "开门见山地", "生动", "生动地", "形象地", "详细", "详细地", "具体", "具体地", "系统",
        "系统地", "全面", "全面地", "科学", "科学地", "深入", "深入地", "一针见血地", "则", "亦", "并", "并且", "而且",
        "进而", "此外", "另外", "随后", "接着", "其后", "最后", "首先", "其中", "对此", "中也", "里也", "中还", "中曾",
        "原文", "中有", "里有",
    
        "一書", "一詩", "一篇", "這篇文章", "這篇講話", "這本書", "這部著作", "這首詩", "文章", "講話", "裡", "裏", "裡面", "開篇", "開頭", "結尾", "後記", "導言", "還", "曾經", "進一步", "鮮明", "鄭重", "開宗明義地", "精闢", "反覆", "專門", "這樣", "詳細", "具體", "系統", "深入", "並", "並且", "進而", "隨後", "接著", "最後", "其中", "對此", "中也", "裡也", "中還", "原文", "中有", "裡有", "一篇文章", "的一篇文章", "社論", "評論", "報道", "報導", "文中", "書中", "诗中", "詩中", "大序", "小序", "序", "第一句", "第一段", "一开始", "一開始", "开卷", "開卷", "卷首",
    ])

    /// What may follow a cue before the quote: 这样一段话, 如下, 了.
    static let fillers = Lexicon([
        "了", "道", "过", "着", "这样一段话", "这样一句话", "这样的话", "一段话", "一句话", "如下", "了这样一段话",
        "了这样一句话", "如下内容", "下面这段话", "这样写道",
    
        "的", "這樣一段話", "這樣一句話", "這樣的話", "一段話", "一句話", "了這樣一段話", "了這樣一句話", "下面這段話", "這樣寫道", "如下的",
    ])

    /// Words after 《…》 that make it the place a person speaks in: 在《…》一文中.
    static let inWorkTail = Lexicon([
        "中", "里", "里面", "之中", "一文中", "一书中", "一诗中", "一篇中", "一信中", "一章中", "文中", "书中", "诗中",
        "讲话中", "一文里", "一书里", "序言中", "前言中", "开篇", "结尾",
    
        "一書中", "一詩中", "一篇中", "書中", "詩中", "講話中", "一文裡", "一書裡", "裡", "裏", "裡面", "序言中", "開篇", "結尾",
    ])

    /// Title endings that mark a collection of works.
    static let collectionSuffixes = Lexicon([
        "文选", "文集", "选集", "全集", "文稿", "文库", "诗集", "诗选", "诗词选", "文存", "选编", "汇编", "丛书", "论文集",
        "书信集", "著作集", "著作选", "文丛", "摘编", "作品集", "散文集", "小说集", "杂文集", "言论集", "讲话集", "合集",
        "文钞", "文录", "年谱", "精选", "选读", "读本", "遗集",
    
        "文選", "文集", "選集", "全集", "文稿", "文庫", "詩集", "詩選", "文存", "選編", "匯編", "叢書", "論文集", "書信集", "著作集", "著作選", "作品集", "散文集", "小說集", "雜文集", "言論集", "講話集", "年譜", "選讀", "讀本",
    ])

    /// Topics written between an author's name and a collection suffix (习近平 + 经济 + 文选).
    static let collectionTopics = Lexicon([
        "经济", "政治", "军事", "哲学", "文学", "外交", "科技", "科学", "教育", "文化", "诗词", "书信", "书法", "美学",
        "历史", "法律", "法学", "社会", "新闻", "艺术", "散文", "小说", "杂文", "论文", "著作", "思想", "理论", "早期",
        "晚年", "青年", "自选", "手稿", "演讲", "讲话", "诗歌",
    ])

    /// Nouns for a collection's members: 《…》第一卷中不少著作.
    static let memberNouns = Lexicon([
        "著作", "文章", "篇目", "篇章", "文献", "讲话", "诗篇", "作品", "名篇", "篇文章", "论述", "诗作", "文稿", "书信",
        "重要讲话", "重要论述", "重要文章",
    
        "著作", "文章", "篇章", "文獻", "講話", "詩篇", "作品", "名篇", "論述", "詩作", "書信", "重要講話", "重要論述",
    ])

    /// Words that announce a list of member works.
    static let listing = Lexicon([
        "比如", "例如", "譬如", "诸如", "其中", "包括", "收录", "收入", "收有", "包含", "如", "像", "分别",
    
        "譬如", "諸如", "包含", "收錄",
    ])

    /// After a member title: 选自/收入/载于 the next title.
    static let containedIn = Lexicon([
        "选自", "收入", "收入于", "收录于", "收于", "载于", "刊于", "刊载于", "原载于", "原载", "出自", "见于", "选入",
        "编入", "收在", "发表于", "一文选自", "一文收入", "一文载于", "一文收录于", "一诗选自", "一诗收入", "一书收入",
    
        "收錄於", "刊載於", "選自", "選入", "編入", "發表於", "一文選自", "一文收入", "一文載於", "載於", "原載於",
    ])

    /// After a collection title: 收录了/包括 the following titles.
    static let contains = Lexicon([
        "收录了", "收入了", "收有", "收录", "包括", "包含", "收集了", "汇集了", "选编了", "选入了",
    
        "收錄了", "收錄", "選編了", "選入了", "匯集了", "收集了",
    ])

    /// Role words written after a name (张明教授, 习近平总书记).
    static let rolesAfterName = Lexicon([
        "总书记", "主席", "总理", "教授", "先生", "女士", "老师", "博士", "院士", "同志", "书记", "主任", "部长", "校长",
        "研究员", "委员", "局长", "省长", "市长", "县长", "院长", "所长", "会长", "大师", "老人",
    ])

    /// Words that may stand just before a name: 诗人杜甫, 唐代王维.
    static let beforeName = Lexicon([
        "诗人", "作家", "学者", "哲学家", "思想家", "文学家", "史学家", "历史学家", "经济学家", "科学家", "教授", "记者",
        "著名", "知名", "作者", "编者", "唐代", "宋代", "汉代", "明代", "清代", "元代", "晋代", "唐朝", "宋朝", "古代",
        "近代", "现代", "当代", "先秦", "战国", "春秋", "东汉", "西汉", "北宋", "南宋", "老", "小",
    ])

    /// Compound surnames.
    static let compoundSurnames: Set<String> = [
        "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "令狐", "夏侯",
        "端木", "西门", "南宫", "独孤", "百里", "呼延",
    ]

    /// Whether the two scalars at `start` form a compound surname (no string is built).
    static func isCompoundSurname(_ s: [Unicode.Scalar], at start: Int) -> Bool {
        guard start >= 0, start + 1 < s.count else { return false }
        return compoundSurnamePairs.contains(UInt64(s[start].value) << 32 | UInt64(s[start + 1].value))
    }

    /// ``compoundSurnames`` as pairs of scalars packed in one integer.
    private static let compoundSurnamePairs: Set<UInt64> = Set(compoundSurnames.map { name in
        let v = name.unicodeScalars.map(\.value)
        return UInt64(v[0]) << 32 | UInt64(v[1])
    })

    /// Common single-character surnames.
    static let surnames: Set<UInt32> = {
        let text = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习鞠"
        return Set(text.unicodeScalars.map(\.value))
    }()

    /// Characters that end a run of text but never a name (的, 了, 在…).
    static let notNameChars: Set<UInt32> = {
        let text = "的了在是和与及对于把被从以为有等中上下也都就还又这那其之并而或但所着过吗呢吧啊们个些读看写说到向给让将"
        return Set(text.unicodeScalars.map(\.value))
    }()

    /// English cue verbs after a title or its author.
    static let englishCues = Lexicon([
        "writes", "wrote", "says", "said", "states", "stated", "notes", "noted", "argues", "argued", "observes",
        "observed", "declares", "declared", "reads", "read", "begins", "began", "opens", "opened", "tells us",
        "reminds us", "asks", "asked", "insists", "insisted", "claims", "claimed", "concludes", "concluded", "explains",
        "explained", "remarks", "remarked", "recalls", "recalled", "puts it", "begins with", "opens with", "ends with",
        "warns", "warned", "put it",
    ], caseInsensitive: true)

    /// English words allowed between a title and its cue.
    static let englishMiddle = Lexicon([
        "the", "author", "poet", "narrator", "writer", "he", "she", "they", "it", "also", "famously", "once",
        "memorably", "as", "line", "lines", "sentence", "passage", "words", "following", "opening", "first", "last",
        "final", "there", "this", "that", "which", "where", "then", "simply", "plainly", "with", "and", "adding", "later",
        "continues", "continued", "goes on", "went on", "on",
    ], caseInsensitive: true)

    /// Nouns after which a quoted English title names a work: the poem "Ozymandias".
    static let englishWorkNouns = Lexicon([
        "essay", "poem", "article", "story", "chapter", "song", "short story", "sonnet", "ode", "ballad", "tale",
        "column", "editorial", "op-ed", "paper", "lecture", "speech", "hymn", "novella", "pamphlet", "report",
    ], caseInsensitive: true)
}
