// The words organisations' names are recognised by (name_words.hpp).
#include "facts/name_words.hpp"

#include "text/utf8.hpp"

namespace plancheck::facts::own_detail {

// Words organisations' names end with. Strong ones name an organisation on their own (宏达机械有限公司);
// the others only after a place name (滨江市卫生健康委员会, 江川省通信管理局), since 信息部, 科技处 or 网络中心
// are departments of any organisation.
const std::vector<std::u32string>& strong_units() {
  static const std::vector<std::u32string> w = {
      U"股份有限公司", U"有限责任公司", U"有限公司", U"分公司", U"公司", U"集团", U"银行", U"分行", U"支行",
      U"医院", U"卫生院", U"大学", U"学院", U"学校", U"中学", U"小学", U"研究院", U"研究所", U"人民政府",
      U"管委会", U"管理委员会"};
  return w;
}
const std::vector<std::u32string>& place_units() {
  static const std::vector<std::u32string> w = {
      U"委员会", U"办公室", U"中心", U"局", U"委", U"厅", U"办", U"署", U"站", U"院", U"所", U"党工委", U"政府",
      // a city district's sub-district office (临江区桐华街道, 临江区桐华街道办事处)
      U"街道", U"办事处",
      // public institutions named after a place: 江州市广播电视台, 滨江市图书馆
      U"电视台", U"电台", U"博物馆", U"图书馆", U"文化馆", U"档案馆", U"纪念馆", U"科技馆", U"美术馆"};
  return w;
}

// Verbs and function words a name never contains: it starts after the last of them.
const std::vector<std::u32string>& cut_words() {
  static const std::vector<std::u32string> w = {
      U"适用于", U"适用", U"负责", U"组织", U"协调", U"成立", U"设立", U"组建", U"根据", U"按照", U"依据", U"作为",
      U"隶属", U"属于", U"坚持", U"报告", U"提高", U"规范", U"健全", U"建立", U"加强", U"做好", U"维护",
      U"确保", U"指导", U"督促", U"要求", U"开展", U"实施", U"制定", U"落实", U"统筹", U"推进",
      U"完善", U"提升", U"通知", U"协助", U"配合", U"联系", U"委托", U"会同", U"包括", U"涉及", U"所在", U"简称", U"以下称", U"下称", U"称为", U"下属", U"所属", U"直属", U"控股",
      // what a unit rules or counts is no name ("各区教育局和所辖学校", "南京、苏州两个数据中心")
      U"所辖", U"辖区", U"两个", U"三个", U"四个", U"多个", U"若干",
      // how often ("每年至少组织一次公司级网络安全应急演练")
      U"一次", U"两次", U"二次", U"多次", U"每次", U"首次", U"再次",
      U"保证", U"保障", U"结合", U"构建", U"打造", U"形成", U"推动", U"促进", U"提供", U"导致", U"造成", U"可能",
      U"影响", U"发生", U"出现", U"引起", U"致使", U"需要", U"请求", U"申请", U"事件", U"执行", U"并", U"覆盖", U"防范",
      // verbs whose object the organisation is (有序处置公司办公网…, 按公司《…规程》执行, 危害公司利益)
      U"处置", U"危害", U"损害", U"侵害", U"攻击", U"代表", U"按",
      // verbs of taking work on (承担公司网络安全应急管理日常工作, 兼任公司…, 履行公司…职责, 参与公司…)
      U"承担", U"承办", U"兼任", U"履行", U"参与",
      // verbs of obeying a superior (服从省公司统一指挥, 听从…调度, 接受…指导, 请示…)
      U"服从", U"听从", U"遵从", U"接受", U"请示",
      // verbs of deciding and including (统一领导公司…工作, 研究决定公司…重大事项, 纳入公司年度培训计划)
      U"领导", U"决定", U"审定", U"审批", U"批准", U"纳入", U"列入",
      // what introduces a subsidiary's name (控股子公司星汇支付有限公司); a name ending 电子公司 keeps it, since
      // a name starts after a cut word only before its unit
      U"子公司",
      U"由", U"于", U"对", U"向", U"在", U"为", U"是", U"与", U"及", U"或", U"的", U"将", U"请", U"报", U"等",
      // "为了把公司网络安全事件应急工作抓实抓细", "指中国人民银行及其江城市分行": a particle, a pronoun
      U"把", U"其",
      // a position and what it does ("领导小组组长宣布学校进入应急状态": a university's table cell)
      U"组长", U"宣布", U"宣告", U"进入", U"启动"};
  return w;
}

NameWordList name_word_list() {
  NameWordList out;
  const auto add = [&out](const std::vector<std::u32string>& list, NameWordList::Kind kind) {
    for (const std::u32string& word : list) {
      out.literals.push_back(text::to_utf8(word));
      out.kinds.push_back(kind);
      out.length.push_back(static_cast<std::uint8_t>(word.size()));
    }
  };
  add(strong_units(), NameWordList::Strong);
  add(place_units(), NameWordList::Place);
  add(cut_words(), NameWordList::Cut);
  return out;
}

}  // namespace plancheck::facts::own_detail
