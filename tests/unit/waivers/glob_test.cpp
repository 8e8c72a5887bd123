#include <gtest/gtest.h>

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
        GlobCase{"", "a", false}));

}  // namespace
}  // namespace plancheck::waivers
