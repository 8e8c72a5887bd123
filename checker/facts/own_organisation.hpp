// The plan's own organisation, and the organisation names its text mentions: what the plan says, never
// whether a name belongs there (rules/foreign_organisation.* judges that).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/document.hpp"
#include "core/result.hpp"
#include "facts/passages.hpp"

namespace plancheck::facts {

// Organisation-like names in normalised text `norm`: a place name (X省, X市, X县, X区, X州…) followed by a
// unit word (局, 委员会, 办公室, 中心, 医院…), or a name ending in a word only organisations end with (公司,
// 集团, 银行, 分行, 医院, 大学, 学院, 学校, 研究院…) whose own part is not generic (本/各/有关/上级, 网络安全,
// 技术服务…). Each name starts after the verb or function word before it (适用于, 成立, 由, 在…). Names inside
// 《》 (document titles) are not mentions. Byte spans of `norm`, in order.
std::vector<Span> organisation_mentions(std::string_view norm);

// Whether normalised text `norm` ends with a word organisations and their units end with (公司, 委员会,
// 中心, 局…, or 单位, 部门, 机构): an item of a list of units ("所属各地市供电公司、…").
bool ends_with_unit_word(std::string_view norm);

// The organisation a plan title names: the name before the plan words ("XX市卫生健康委员会网络安全事件应急
// 预案" → "XX市卫生健康委员会"), or the whole title when it is only a name; "" when it names none.
std::string organisation_in_title(std::string_view norm_title);

// True when `mention` (normalised) names the organisation `own` (normalised) or a part of it: one holds the
// other, with or without its legal form (股份有限公司…) or its place prefix (省/市/县…) or 中国; or `mention`
// is an abbreviation of `own` (its characters in order: 市卫健委 of XX市卫生健康委员会, 市金融监管局 of
// 重庆市地方金融监督管理局), unless what it leaves out holds an ordinal or a number (滨江市人民医院 is not
// 滨江市第二人民医院).
bool same_organisation(std::string_view mention, std::string_view own);

// True when `mention` opens with a place of the same level as the one `own` opens with, but another place
// ("青山县委网信办" against 临川县…: an authority named in another county's plan, not this plan's).
bool sibling_place(std::string_view mention, std::string_view own);

struct OwnOrganisation {
  std::string name;     // normalised ("" when the plan's organisation cannot be read)
  std::string written;  // as the plan writes it
  std::string source;   // metadata | title | notice | definition | signature
  Evidence evidence;    // where it was read (location unknown for document metadata)
  bool known() const { return !name.empty(); }
};

// The plan's own organisation, read from (first that names one): a plan XML's <organisation>, the plan's
// title (or the name line above a bare "网络安全事件应急预案" title), the issuing notice ("X关于印发…的通知",
// its 落款), a Word/OpenDocument company property that is an organisation's name, a name defined early on as
// "（以下简称…）", the 落款 at the end of the plan.
OwnOrganisation read_own_organisation(const Document& doc, const Passages& passages);

// The passages of the plan's 落款: the name lines right before (or holding) a date line at the end of the
// plan or of its issuing notice.
std::vector<std::size_t> signature_passages(const Passages& passages);

}  // namespace plancheck::facts
