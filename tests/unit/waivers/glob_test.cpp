#include <gtest/gtest.h>

#include <string>

#include "../../support/test_names.hpp"
#include "waivers/glob.hpp"

namespace plancheck::waivers {
namespace {

struct GlobCase {
  const char* pattern;
  const char* path;
  bool matches;
};

std::ostream& operator<<(std::ostream& os, const GlobCase& c) { return os << c.pattern << " ~ " << c.path; }

class GlobTest : public ::testing::TestWithParam<GlobCase> {};

TEST_P(GlobTest, MatchesAsDocumented) {
  EXPECT_EQ(glob_match(GetParam().pattern, GetParam().path), GetParam().matches);
}

INSTANTIATE_TEST_SUITE_P(
    Table, GlobTest,
    ::testing::Values(
        GlobCase{"plans/**/xinzhou*.txt", "plans/shanxi/2023/xinzhou-plan.txt", true},
        GlobCase{"plans/**/xinzhou*.txt", "plans/xinzhou.txt", true},            // ** also matches no folder
        GlobCase{"plans/**/xinzhou*.txt", "plans/shanxi/xinzhou.md", false},
        GlobCase{"plans/*.txt", "plans/a.txt", true},
        GlobCase{"plans/*.txt", "plans/sub/a.txt", false},                      // * stays in one folder
        GlobCase{"plans/?.txt", "plans/a.txt", true},
        GlobCase{"plans/?.txt", "plans/ab.txt", false},
        GlobCase{"plans/??预案.txt", "plans/忻州预案.txt", true},               // ? is one code point
        GlobCase{"plans/?预案.txt", "plans/忻州预案.txt", false},
        GlobCase{"plans/?", "plans/", false},
        GlobCase{"plans/*.txt", "/srv/filed/plans/a.txt", true},               // relative: any folder boundary
        GlobCase{"plans/*.txt", "/srv/myplans/a.txt", false},
        GlobCase{"/srv/*.txt", "/srv/a.txt", true},
        GlobCase{"/srv/*.txt", "/x/srv/a.txt", false},                          // absolute: anchored
        GlobCase{"plans/*.txt", "./plans/a.txt", true},
        GlobCase{"plans/*.txt", "plans\\a.txt", true},
        GlobCase{"**", "any/where/at/all.md", true},
        GlobCase{"*", "a/b", true},                                              // from the last folder on
        GlobCase{"samples/chongqing-plan.md", "samples/chongqing-plan.md", true},
        GlobCase{"samples/chongqing-plan.md", "samples/chongqing-plan.md.bak", false},
        GlobCase{"structure.*", "structure.numbering", true},                  // rule ids use the same globs
        GlobCase{"structure.*", "drill.frequency", false},
        GlobCase{"", "a", false},
        GlobCase{"a/**/b/**/c.md", "a/b/c.md", true},                             // several "**/"
        GlobCase{"a/**/b/**/c.md", "a/x/b/y/z/c.md", true},
        GlobCase{"a/**/b/**/c.md", "a/x/y/z/c.md", false},
        GlobCase{"a**c.md", "a/x/y/c.md", true},                                 // ** crosses folders
        GlobCase{"a*c.md", "a/x/c.md", false},
        GlobCase{"***.md", "x/y.md", true},                                      // "**" then "*"
        GlobCase{"*预案*", "忻州预案.txt", true},
        GlobCase{"x/*?", "x/忻", true},
        GlobCase{"x/?*?", "x/忻", false}),
    [](const auto& info) {
      return plancheck::testing::numbered_name(info.index, std::string(info.param.pattern) + " " + info.param.path);
    });

// Backtracking over stars is exponential in their number (20 stars took half a minute, 200 never ended);
// the match must cost (path length) × (pattern length), so these return at once.
TEST(GlobMatch, ManyStarsAreNotExponential) {
  std::string pattern;
  for (int i = 0; i < 200; ++i) pattern += "*a";
  const std::string path(400, 'a');
  EXPECT_FALSE(glob_match(pattern + "b", path));
  EXPECT_TRUE(glob_match(pattern, path));
  std::string deep;
  for (int i = 0; i < 200; ++i) deep += "**/a";
  std::string folders;
  for (int i = 0; i < 300; ++i) folders += "a/";
  EXPECT_FALSE(glob_match(deep + "/b", folders + "c"));
  EXPECT_TRUE(glob_match(deep, folders + "a"));
}

}  // namespace
}  // namespace plancheck::waivers
