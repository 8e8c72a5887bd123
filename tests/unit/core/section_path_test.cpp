// Section paths: whether a path is a section itself or inside one, against one root or a set of them.
#include <gtest/gtest.h>

#include <string>
#include <unordered_set>
#include <vector>

#include "core/document.hpp"

namespace plancheck {
namespace {

std::string path_of(std::initializer_list<const char*> headings) {
  std::string out;
  for (const char* h : headings) {
    if (!out.empty()) out += kSectionPathSeparator;
    out += h;
  }
  return out;
}

TEST(SectionPath, WithinASectionIsItselfOrBelowIt) {
  const std::string root = path_of({"四、应急响应"});
  EXPECT_TRUE(is_within_section(root, root));
  EXPECT_TRUE(is_within_section(path_of({"四、应急响应", "（一）先期处置"}), root));
  EXPECT_FALSE(is_within_section("四、应急响应措施", root));  // a longer heading, not a subsection
  EXPECT_FALSE(is_within_section("三、组织机构", root));
}

// The answers for one set of roots, checked against is_within_section root by root.
void expect_as_each_root_says(const std::vector<std::string>& root_list, const std::vector<std::string>& paths) {
  const std::unordered_set<std::string_view> roots(root_list.begin(), root_list.end());
  for (const std::string& p : paths) {
    bool within = false;
    bool strictly = false;
    for (const std::string& r : root_list) {
      within = within || is_within_section(p, r);
      strictly = strictly || (is_within_section(p, r) && p != r);
    }
    EXPECT_EQ(is_within_any(p, roots, false), within) << p << " among " << roots.size();
    EXPECT_EQ(is_within_any(p, roots, true), strictly) << p << " among " << roots.size() << ", strictly";
  }
}

TEST(SectionPath, WithinAnyOfAFewRootsOrOfMany) {
  const std::vector<std::string> paths = {
      path_of({"一、总则"}),
      path_of({"一、总则", "（一）编制目的"}),
      path_of({"一、总则", "（一）编制目的", "1. 说明"}),
      path_of({"一、总则补充"}),
      path_of({"二、组织机构"}),
      path_of({"二、组织机构", "（一）领导小组"}),
      path_of({"三、监测预警", "（一）预警分级"}),
      "",
  };
  const std::vector<std::string> few = {path_of({"一、总则"}), path_of({"二、组织机构", "（一）领导小组"})};
  expect_as_each_root_says(few, paths);
  expect_as_each_root_says({path_of({"一、总则", "（一）编制目的"})}, paths);
  // More roots than are compared in place: the ancestors are looked up instead, with the same answers.
  std::vector<std::string> many = few;
  for (int i = 0; i < 12; ++i) many.push_back(path_of({"九、附则", std::to_string(i).c_str()}));
  expect_as_each_root_says(many, paths);
  EXPECT_FALSE(is_within_any(path_of({"一、总则"}), {}, false));
}

}  // namespace
}  // namespace plancheck
