// Reading the plan's own organisation (title, issuing notice, metadata, definition, 落款) and the organisation
// names a text mentions, with the forms a name is also written in.
#include <gtest/gtest.h>

#include "facts/name_words.hpp"
#include "facts/own_organisation.hpp"
#include "plan_builder.hpp"
#include "text/literal_index.hpp"
#include "text/normalize.hpp"

namespace plancheck::facts {
namespace {

OwnOrganisation own_of(const std::string& text) {
  const Document doc = testing::build_plan(text);
  return read_own_organisation(doc, Passages::from(doc));
}

std::vector<std::string> mentions(const std::string& text) {
  const std::string norm = plancheck::text::normalized(text);
  std::vector<std::string> out;
  for (const Span s : organisation_mentions(norm)) out.push_back(norm.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(OwnOrganisation, TheTitleNamesIt) {
  EXPECT_EQ(organisation_in_title("滨江市卫生健康委员会网络安全事件应急预案"), "滨江市卫生健康委员会");
  EXPECT_EQ(organisation_in_title("某某银行股份有限公司网络与信息安全突发事件应急预案"), "某某银行股份有限公司");
  EXPECT_EQ(organisation_in_title("东湖理工大学网络安全事件应急预案"), "东湖理工大学");
  EXPECT_EQ(organisation_in_title("忻州经济开发区网络与信息安全应急预案"), "忻州经济开发区");
  EXPECT_EQ(organisation_in_title("青川县人民政府办公室"), "青川县人民政府办公室");
  // The name, then what the plan covers.
  EXPECT_EQ(organisation_in_title("华鼎化工集团有限公司工业控制系统网络安全事件专项应急预案"), "华鼎化工集团有限公司");
  EXPECT_EQ(organisation_in_title("某市政务云平台网络安全事件应急预案"), "");
  // The national and MIIT plans name no organisation of their own in their titles.
  EXPECT_EQ(organisation_in_title("国家网络安全事件应急预案"), "");
  EXPECT_EQ(organisation_in_title("公共互联网网络安全突发事件应急预案"), "");
  // A note on the document speaks of the plan, naming no one (a wiki export's callout above the title).
  EXPECT_EQ(organisation_in_title("本文档为公司级应急预案"), "");
  EXPECT_EQ(organisation_in_title("我公司网络安全事件应急预案"), "");
}

TEST(OwnOrganisation, ReadFromTitleHeadingTraditionalCharactersKeptAsWritten) {
  const OwnOrganisation own = own_of("# 華興銀行澳城分行網絡安全事件應急預案\n## 一、總則\n本行制定本預案。\n");
  EXPECT_EQ(own.name, "华兴银行澳城分行");
  EXPECT_EQ(own.written, "華興銀行澳城分行");
  EXPECT_EQ(own.source, "title");
}

TEST(OwnOrganisation, ReadFromTheIssuingNoticeOrADefinitionOrTheSignature) {
  EXPECT_EQ(own_of("工业和信息化部关于印发《公共互联网网络安全突发事件应急预案》的通知\n\n各省通信管理局：\n\n现将预案印发给你们，请遵照执行。\n\n"
                   "公共互联网网络安全突发事件应急预案\n\n1 总则\n\n本预案适用于基础电信企业。\n")
                .name,
            "工业和信息化部");
  const OwnOrganisation defined = own_of("第一篇 总则\n\n一、编制目的\n\n建立健全重庆市地方金融监督管理局（以下简称市金融监管局）网络安全事件应急工作机制。\n");
  EXPECT_EQ(defined.name, "重庆市地方金融监督管理局");
  EXPECT_EQ(defined.source, "definition");
  const OwnOrganisation signed_by = own_of("一、总则\n\n本预案自印发之日起施行。\n\n东湖理工大学\n2024年3月1日\n");
  EXPECT_EQ(signed_by.name, "东湖理工大学");
  EXPECT_EQ(signed_by.source, "signature");
  EXPECT_GT(signed_by.evidence.location.line, 0);
  // A title wrapped onto a second line is not in the source as one string: the name's line is the place.
  Document two_lines = testing::build_plan("临江市融媒体中心网络安全事件应\n急预案\n\n第一条 为有效预防网络安全事件，制定本预案。\n");
  two_lines.metadata.title = "临江市融媒体中心网络安全事件应急预案";
  const OwnOrganisation wrapped = read_own_organisation(two_lines, Passages::from(two_lines));
  EXPECT_EQ(wrapped.name, "临江市融媒体中心");
  EXPECT_EQ(wrapped.source, "title");
  EXPECT_EQ(wrapped.evidence.location.line, 1);
}

TEST(OwnOrganisation, AWordCompanyPropertyComesAfterWhatThePlanSays) {
  Document doc = testing::build_plan("# 东湖理工大学网络安全事件应急预案\n## 一、总则\n本校制定本预案。\n");
  doc.format = InputFormat::Docx;
  doc.metadata.organisation = "西山职业技术学院";  // the machine the file was copied from
  EXPECT_EQ(read_own_organisation(doc, Passages::from(doc)).name, "东湖理工大学");
  Document untitled = testing::build_plan("一、总则\n\n本校制定本预案。\n");
  untitled.format = InputFormat::Docx;
  untitled.metadata.organisation = "Microsoft";
  EXPECT_FALSE(read_own_organisation(untitled, Passages::from(untitled)).known()) << "not an organisation's name";
  untitled.metadata.organisation = "东湖理工大学";
  const OwnOrganisation own = read_own_organisation(untitled, Passages::from(untitled));
  EXPECT_EQ(own.name, "东湖理工大学");
  EXPECT_EQ(own.source, "metadata");
}

TEST(OwnOrganisation, UnknownWhenNothingNamesIt) {
  EXPECT_FALSE(own_of("# 国家网络安全事件应急预案\n## 1 总则\n各省（区、市）负责本地区工作。\n").known());
  // A sentence among the first lines is no title: "为建立健全公司" names no one.
  EXPECT_FALSE(own_of("# 网络安全事件应急预案\n## 1 总则\n为建立健全公司网络安全事件应急工作机制，结合公司实际，制定本预案。\n").known());
}

TEST(OrganisationMentions, NamesStartAfterTheVerbAndEndBeforeTheBody) {
  EXPECT_EQ(mentions("本预案适用于宏达机械制造有限公司各部门。"), std::vector<std::string>{"宏达机械制造有限公司"});
  EXPECT_EQ(mentions("成立华北通信有限公司网络安全应急领导小组办公室。"), std::vector<std::string>{"华北通信有限公司"});
  EXPECT_EQ(mentions("本预案適用於遠洋銀行澳城分行。"), std::vector<std::string>{"远洋银行澳城分行"});
  EXPECT_EQ(mentions("立即向江川省通信管理局报告。"), std::vector<std::string>{"江川省通信管理局"});
  EXPECT_EQ(mentions("本预案适用于宏达机械有限公司和华北通信有限公司各部门。"),
            (std::vector<std::string>{"宏达机械有限公司", "华北通信有限公司"}))
      << "every name of a run of text";
}

TEST(OrganisationMentions, GenericBodiesDepartmentsAndTitlesAreNotNames) {
  for (const char* text : {"本公司信息部负责。", "报告上级公司和有关单位。", "各医院、各学校做好防范。", "科技部负责解释。",
                           "与网络安全服务公司签订协议。", "依据《滨江市人民医院网络安全管理办法》执行。", "提高本分行应对能力。",
                           // a unit word opening a common word (所有), an industry alone, a clause ending in 集团
                           "适用于我院本部及东院区、南院区所有信息系统。", "适用于集团所属各码头公司、物流公司。",
                           "其网络安全事件需要集团支援的，纳入统一处置。"}) {
    EXPECT_TRUE(mentions(text).empty()) << text << ": " << (mentions(text).empty() ? "" : mentions(text).front());
  }
}

// The name words' database compiled at build time is of today's words and runs here, so no check compiles
// it; and it finds what one compiled now finds.
TEST(OrganisationMentions, UnitWordsEndAListedUnit) {
  EXPECT_TRUE(ends_with_unit_word("所属各地市供电公司"));
  EXPECT_TRUE(ends_with_unit_word("市卫生健康委员会"));
  EXPECT_TRUE(ends_with_unit_word("公司直属各单位"));
  EXPECT_FALSE(ends_with_unit_word("公司本部"));
  EXPECT_FALSE(ends_with_unit_word("网络安全事件"));
}

TEST(OrganisationMentions, TheNameWordsDatabaseFromTheBuildIsUsed) {
  const std::vector<std::string> words = own_detail::name_word_list().literals;
  const text::LiteralIndex saved(words, own_detail::saved_name_words());
  EXPECT_TRUE(saved.loaded());
  const text::LiteralIndex compiled(words);
  std::vector<text::LiteralHit> a, b;
  const std::string text = text::normalized("由滨江市通信管理局负责，协调宏达股份有限公司和市卫生健康委员会办公室");
  saved.scan(text, a);
  compiled.scan(text, b);
  ASSERT_EQ(a.size(), b.size());
  EXPECT_GT(a.size(), 8U);
  for (std::size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].begin, b[i].begin);
    EXPECT_EQ(a[i].end, b[i].end);
    EXPECT_EQ(a[i].id, b[i].id);
  }
}

TEST(SameOrganisation, ShortFormsAndAbbreviationsAreTheSameOrganisation) {
  EXPECT_TRUE(same_organisation("市卫健委", "滨江市卫生健康委员会"));
  EXPECT_TRUE(same_organisation("市金融监管局", "重庆市地方金融监督管理局"));
  EXPECT_TRUE(same_organisation("中共忻州经济开发区工作委员会", "忻州经济开发区"));
  EXPECT_TRUE(same_organisation("某某银行", "某某银行股份有限公司"));
  EXPECT_TRUE(same_organisation("远通电信江川省分公司", "远通电信股份有限公司江川省分公司"));
  EXPECT_TRUE(same_organisation("工商银行滨江分行", "中国工商银行股份有限公司滨江分行"));
}

TEST(SameOrganisation, AnotherPlaceOrOrdinalIsAnotherOrganisation) {
  EXPECT_FALSE(same_organisation("江城市卫生健康委员会", "滨江市卫生健康委员会"));
  EXPECT_FALSE(same_organisation("滨江市人民医院", "滨江市第二人民医院"));
  EXPECT_FALSE(same_organisation("宏达机械制造有限公司", "星云科技有限公司"));
  EXPECT_FALSE(same_organisation("远洋银行澳城分行", "华兴银行澳城分行"));
}

}  // namespace
}  // namespace plancheck::facts
