/**
 * Word lists for the repetition check.
 *
 * A doubled character is only worth reporting for function words, which never reduplicate: 的的,
 * 了了, 是是, 在在, 和和, 对对 are slips of the keyboard. Content characters reduplicate all the time
 * (常常, 看看, 天天, 人人, 层层, 个个, 年年, 事事, 处处, 纷纷, 渐渐, 往往, 刚刚, 仅仅 …) and two
 * words meeting at a boundary repeat a character just as often (学生生活), so they are not checked.
 *
 * A function word may still meet itself at a word boundary: 目的 + 的, 为了 + 了解, 存在 + 在, 总和 +
 * 和, 针对 + 对象. `before` lists the characters that end a word with the doubled character (then the
 * first copy belongs to that word); `after` the characters that start a word with it (then the second
 * copy does).
 */

export interface DoubledCharRule {
  before?: string;
  after?: string;
}

export const DOUBLED_FUNCTION_CHARS: Readonly<Record<string, DoubledCharRule>> = {
  // 目的的实现, 标的的价值, 有的的确 … ; 的的确确 is AABB and handled generally.
  的: { before: '目标有', after: '确士' },
  // 为了了解, 除了了解, 不了了之, 了了解, 了结, 了却, 了如指掌, 了然, 了无, 了不起, 了望.
  了: { before: '不', after: '解结却如然无不望之事' },
  // 但是是否, 关键是是否, 是是非非 (AABB).
  是: { after: '否非' },
  // 存在在, 现在在, 所在在, 实在在, 正在在, 内在在, 潜在在, 旨在在 …; 在在职, 在在岗, 在在建, 在在校 ….
  在: { before: '存现所实正内外自潜旨重贵难好意志不健', after: '职岗编读建校线任逃押途案握即' },
  // 总和和, 调和和, 温和和 …; 和和谐, 和和睦, 和和平.
  和: { before: '总调温平柔缓共谐饱融祥随应附暖亲中讲违人政气惠宽', after: '谐睦平美气善解煦蔼畅顺衷' },
  // 针对对象, 面对对手, 应对对策, 核对对账 …; 对对外开放, 对对象进行, 对对方.
  对: {
    before: '针面应核相绝反比校查配一派成敌作不',
    after: '象手方策话照联应口子立抗称接标比外内待于付峙换冲齐折错白号头路等症岸焦流视',
  },
  // 参与与, 给与与; 与与会.
  与: { before: '参给赋授寄', after: '会' },
  // 涉及及, 以及及, 危及及, 普及及 …; 及及时.
  及: { before: '涉以危普顾企波触论提遍殃累推惠来不莫所力可', after: '时早格其' },
  // 一把把, 这把把握; 把把关, 把把握.
  把: { before: '一这那两几火拖门车扶刀手好加大', after: '关握手脉柄持控戏' },
  // 被被动, 被被告.
  被: { before: '棉', after: '动告害迫子褥捕申执' },
  // 即将将来, 大将将; 将将来, 将将军.
  将: { before: '即大上必武中少老干猛主闯', after: '来军领士近要就功' },
  // 首都都市, 古都都.
  都: { before: '首古京国大故建迁旧成', after: '市会城督江' },
  也: {},
};

/**
 * Two-character words whose doubling is legitimate (verb reduplication: 研究研究, 商量商量). Any
 * other doubled word ("工作工作") is a slip. Words starting with 一 (一天一天, 一步一步) and words
 * followed by a suffix that makes a longer word (发展 + 发展中国家, 生产 + 生产力) are allowed by rule.
 */
export const ALLOWED_DOUBLED_WORDS: ReadonlySet<string> = new Set([
  '研究', '讨论', '学习', '考虑', '商量', '休息', '活动', '锻炼', '整理', '检查', '了解', '打听',
  '收拾', '琢磨', '比划', '比画', '溜达', '打扫', '清理', '交流', '沟通', '尝试', '体验', '感受',
  '思考', '分析', '总结', '练习', '参观', '介绍', '说明', '解释', '调查', '研讨', '摸索', '试验',
  '合计', '估计', '计算', '准备', '安排', '提醒', '帮助', '关心', '照顾', '鼓励', '表扬', '批评',
  '教育', '打扮', '拾掇', '热闹', '高兴', '舒服', '痛快', '轻松', '暖和', '凉快', '清醒', '明白',
  '放松', '散步', '聊天', '走动', '串门', '见识', '认识', '熟悉', '谢谢', '哈哈', '嘻嘻', '呵呵',
  '咚咚', '嗡嗡', '哗啦', '滴答', '叮当', '扑通', '轰隆', '通红', '雪白', '冰凉', '笔直', '火热',
]);

/** A character after the second copy that turns it into a longer word: 发展 + 发展中, 生产 + 生产力. */
export const LONGER_WORD_SUFFIXES = '者员力业中性化家型式生率量';
