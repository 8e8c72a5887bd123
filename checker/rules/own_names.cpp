#include "rules/own_names.hpp"

#include <algorithm>
#include <string_view>

#include "facts/scan.hpp"
#include "text/search.hpp"

namespace plancheck::rules {
namespace {

// A name that opens with a place or a level above the organisation (省委网信办, 市公安局, 国家…, 上级主管部门)
// is someone else's, whatever body of the plan it was merged with.
bool names_a_place_or_superior(std::string_view name) {
  return facts::starts_with_any(name, 0, {"省", "市", "县", "区", "州", "盟", "旗", "自治区", "国家", "国务院", "中央", "中共",
                                          "全国", "上级", "属地"});
}

// A name written right after a place or a superior is the end of that one's name: "网信办" in "省委网信办".
bool after_place_or_superior(std::string_view text, std::size_t begin) {
  for (std::string_view w : {"省", "市", "县", "区", "州", "委", "国家", "中央", "上级", "属地", "自治区"}) {
    if (text::ends_with_at(text, begin, w)) return true;
  }
  return false;
}

// A body the plan sets up under its own: one that belongs to another of its bodies (下设, 领导小组办公室), or
// its leading or command body.
bool own_body(const facts::OrgBody& b) {
  return !names_a_place_or_superior(b.name) &&
         (!b.parent.empty() || b.category == facts::BodyCategory::Leading || b.category == facts::BodyCategory::Command);
}

// Whether the name at `span` is the start of a longer word: an alias ending in 部 followed by 门 ("网信部" in
// "属地省级网信部门") names the generic department, not the plan's own body.
bool part_of_a_word(std::string_view text, facts::Span span) {
  return text::ends_with_at(text, span.end, "部") && text.compare(span.end, std::string_view("门").size(), "门") == 0;
}

}  // namespace

void OwnNames::build() {
  built_ = true;
  const facts::Passages& ps = facts_.passages;
  const auto text_of = [&](std::size_t passage, facts::Span s) {
    return std::string_view(ps.items[passage].norm.text).substr(s.begin, s.end - s.begin);
  };
  for (const facts::Body& b : facts_.bodies.bodies) {
    for (const facts::BodyMention& m : b.mentions) {
      if (facts::starts_with_own_word(text_of(m.passage, m.span)) && !part_of_a_word(ps.items[m.passage].norm.text, m.span)) {
        spans_[m.passage].push_back(m.span);
      }
    }
  }
  for (const facts::OrgBody& b : facts_.organisation.bodies) {
    if (!own_body(b)) continue;
    for (const facts::OrgPlace& m : b.mentions) {
      if (names_a_place_or_superior(text_of(m.passage, m.span)) ||
          after_place_or_superior(ps.items[m.passage].norm.text, m.span.begin) ||
          part_of_a_word(ps.items[m.passage].norm.text, m.span)) {
        continue;
      }
      spans_[m.passage].push_back(m.span);
    }
  }
}

bool OwnNames::body_starts_at(std::string_view s, std::size_t at) {
  if (!names_indexed_) {
    names_indexed_ = true;
    for (const facts::OrgBody& b : facts_.organisation.bodies) {
      names_.insert(b.name);
      for (const std::string& a : b.aliases) names_.insert(a);
    }
    for (std::string_view n : names_) {
      if (std::find(name_lengths_.begin(), name_lengths_.end(), n.size()) == name_lengths_.end()) name_lengths_.push_back(n.size());
    }
  }
  return std::any_of(name_lengths_.begin(), name_lengths_.end(), [&](std::size_t n) {
    return at + n <= s.size() && names_.count(s.substr(at, n)) > 0;
  });
}

const facts::SpanSet& OwnNames::in(std::size_t passage) {
  if (!built_) build();
  const auto known = sets_.find(passage);
  if (known != sets_.end()) return known->second;
  const auto spans = spans_.find(passage);
  if (spans == spans_.end()) return none_;
  return sets_.emplace(passage, facts::SpanSet(spans->second)).first->second;
}

}  // namespace plancheck::rules
