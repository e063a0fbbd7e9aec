/** What a writer types into the form: a value for every field a built-in template declares. */
export const FIELD_VALUES: Readonly<Record<string, string>> = {
  单位名称: '和平街道',
  年份: '2026',
  成文日期: '2026年4月8日',
  会议名称: '区委十三届七次全会',
  主送机关: '区委办公室',
  署名机关: '中共和平街道工作委员会',
  上级精神: '党的二十大和二十届历次全会精神',
  上级机关: '区委、区政府',
  时段: '上半年',
  下一时段: '下半年',
  辖区: '全区',
  报告主体: '区委常委会',
  标题首行: '坚定信心  担当实干  砥砺奋进',
  标题次行: '奋力开创高质量发展新局面',
};
