// JsonOut writes the bytes nlohmann-json's dump(2, ' ', false, replace) writes for the same value: the JSON
// report's contract did not change when the writer stopped building a tree (issue 14).
#include "report/json_out.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace plancheck::report {
namespace {

using Json = nlohmann::ordered_json;

std::string reference(const Json& j) { return j.dump(2, ' ', false, Json::error_handler_t::replace); }

const std::vector<std::string>& strings() {
  static const std::vector<std::string> pool = {
      "", "plain", "网络安全事件应急预案", "quote \" and \\ backslash", "tab\tnew\nline\rcr",
      std::string("nul\0byte", 8), "\x01\x02\x1f\x7f", "\b\f", "emoji 😀 and 〇", "/slash/",
      "\xff", "cut \xe4\xb8", "\xe4\xb8\xad\xff\xe6\x96\x87", "\xc0\xaf overlong", "\xed\xa0\x80 surrogate",
      "key with : and ,"};
  return pool;
}

// Builds the same random value twice, as a tree and through JsonOut.
class Twin {
 public:
  Twin(std::string& out, unsigned depth, unsigned seed) : out_(out, depth), random_(seed) {}

  Json value(int levels) {
    const int kind = static_cast<int>(random_() % (levels > 0 ? 9 : 7));
    switch (kind) {
      case 0: out_.null(); return nullptr;
      case 1: { const bool b = random_() % 2 == 0; out_.value(b); return b; }
      case 2: { const long long n = static_cast<long long>(random_()) - (1LL << 31); out_.value(n); return n; }
      case 3: { const double d = std::round(std::uniform_real_distribution<double>(0, 1)(random_) * 10000) / 10000;
                out_.value(d); return d; }
      case 4: { const double d = static_cast<double>(random_() % 3); out_.value(d); return d; }
      case 5: case 6: { const std::string& s = strings()[random_() % strings().size()]; out_.value(s); return s; }
      case 7: {
        Json a = Json::array();
        out_.begin_array();
        for (unsigned n = random_() % 4; n > 0; --n) a.push_back(value(levels - 1));
        out_.end_array();
        return a;
      }
      default: {
        Json o = Json::object();
        out_.begin_object();
        for (unsigned n = random_() % 4; n > 0; --n) {
          const std::string key = strings()[random_() % strings().size()] + std::to_string(n);
          out_.key(key);
          o[key] = value(levels - 1);
        }
        out_.end_object();
        return o;
      }
    }
  }

 private:
  JsonOut out_;
  std::mt19937 random_;
};

TEST(JsonOut, WritesWhatNlohmannDumps) {
  for (unsigned seed = 1; seed <= 500; ++seed) {
    std::string out;
    Twin twin(out, 0, seed);
    const Json tree = twin.value(4);
    ASSERT_EQ(out, reference(tree)) << "seed " << seed;
  }
}

TEST(JsonOut, NestedAtADepthIndentsEveryLine) {
  for (unsigned seed = 1; seed <= 100; ++seed) {
    std::string out;
    Twin twin(out, 4, seed);
    std::string expected = reference(twin.value(3));
    for (std::size_t at = expected.find('\n'); at != std::string::npos; at = expected.find('\n', at + 1)) {
      expected.insert(at + 1, 4, ' ');
    }
    ASSERT_EQ(out, expected) << "seed " << seed;
  }
}

TEST(JsonOut, EmptyContainersAndMembers) {
  std::string out;
  JsonOut j(out);
  j.begin_object();
  j.key("a");
  j.begin_array();
  j.end_array();
  j.field("b", std::vector<std::string>{"x", "y"});
  j.key("c");
  j.begin_object();
  j.end_object();
  j.field("d", 0.0);
  j.end_object();
  EXPECT_EQ(out, "{\n  \"a\": [],\n  \"b\": [\n    \"x\",\n    \"y\"\n  ],\n  \"c\": {},\n  \"d\": 0.0\n}");
}

// Keys longer than the writer's one-append buffer and indentation deeper than its reused line of spaces
// (70 levels: 140 spaces) take the general paths, with the same bytes.
TEST(JsonOut, LongKeysAndDeepNestingAsNlohmann) {
  std::string out;
  JsonOut j(out);
  Json tree = Json::object();
  Json* at = &tree;
  const std::string long_key(100, 'k');
  for (int level = 0; level < 70; ++level) {
    j.begin_object();
    j.field("n", static_cast<long long>(level));
    (*at)["n"] = level;
    const std::string key = level % 2 == 0 ? long_key : "child";
    j.key(key);
    at = &(*at)[key];
  }
  j.value(std::string("leaf"));
  *at = "leaf";
  for (int level = 0; level < 70; ++level) j.end_object();
  EXPECT_EQ(out, reference(tree));
}

// Long strings, so that whole blocks of sixteen bytes are copied at once: every kind of byte the block test
// tells apart (three-byte leads E0..EF, two- and four-byte sequences, continuation bytes out of place, cut
// sequences, characters to escape), at every position against the block edges.
TEST(JsonOut, LongStringsEscapeLikeNlohmann) {
  const std::vector<std::string> pieces = {
      "网络安全", "事件", "a", "Plan 2025", "\u1234", "\u20AC", "\u3001", "\uFF0C", "\uE000", "\uEFFF", "\u0800",
      "\u0FFF", "\uD7FF", "\u00E9", "\u07FF", "\U0001F600", "\"", "\\", "\n", "\x01", "\x7f", " ", "\xE4\xB8",
      "\xED\xA0\x80", "\xE0\x80\x80", "\xC0\xAF", "\x80", "\xBF", "\xFF", "\xF4\x90\x80\x80"};
  std::mt19937 random(20261205);
  for (int round = 0; round < 4000; ++round) {
    std::string s;
    const bool clean = round % 2 == 0;  // half of them well-formed, so that most blocks take the fast path
    for (int n = std::uniform_int_distribution<int>(0, 40)(random); n > 0; --n) {
      const std::size_t last = clean ? 15 : pieces.size() - 1;
      s += pieces[std::uniform_int_distribution<std::size_t>(0, last)(random)];
    }
    std::string out;
    append_json_string(out, s);
    ASSERT_EQ(out, Json(s).dump(-1, ' ', false, Json::error_handler_t::replace)) << s;
  }
}

TEST(JsonOut, StringsEscapeLikeNlohmann) {
  for (const std::string& s : strings()) {
    std::string out;
    append_json_string(out, s);
    EXPECT_EQ(out, Json(s).dump(-1, ' ', false, Json::error_handler_t::replace)) << s;
  }
}

}  // namespace
}  // namespace plancheck::report
