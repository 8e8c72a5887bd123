// Which organisation names are the same organisation: short forms (legal form, place prefix, 中国 dropped)
// and abbreviations.
#include "facts/own_organisation.hpp"

#include <string>
#include <utility>

#include "facts/own_organisation_detail.hpp"

namespace plancheck::facts {
namespace {

using namespace own_detail;

// Place prefixes (X省, X市…) off the front of a name, each as a shorter form.
std::vector<std::u32string> without_places(std::u32string name) {
  std::vector<std::u32string> out;
  for (int round = 0; round < 3; ++round) {
    std::size_t cut = 0;
    for (std::size_t i = 1; i < name.size() && i < 8; ++i) {
      if (is_place_char(name[i])) {
        cut = i + 1;
        break;
      }
    }
    if (cut == 0 || name.size() - cut < 2) break;
    name.erase(0, cut);
    out.push_back(name);
  }
  return out;
}

std::vector<std::u32string> forms_of(std::u32string name) {
  std::vector<std::u32string> out = {name};
  if (name.compare(0, 2, U"中国") == 0 && name.size() > 4) out.push_back(name.substr(2));
  // A park's or zone's governing committee is the park's own organ: 园区管委会 is the 园区.
  for (const char32_t* organ : {U"管理委员会", U"管委会", U"管委"}) {
    const std::u32string g(organ);
    if (name.size() >= g.size() + 2 && name.compare(name.size() - g.size(), g.size(), g) == 0) {
      out.push_back(name.substr(0, name.size() - g.size()));
      break;
    }
  }
  for (const char32_t* legal : {U"股份有限公司", U"有限责任公司", U"有限公司"}) {
    const std::u32string l(legal);
    for (std::size_t n = out.size(), i = 0; i < n; ++i) {
      const std::size_t at = out[i].find(l);
      if (at != std::u32string::npos && at >= 2) out.push_back(out[i].substr(0, at) + out[i].substr(at + l.size()));
    }
  }
  return out;
}

bool holds_ordinal(const std::u32string& s) {
  for (const char32_t cp : s) {
    if (cp == U'第' || (cp >= U'0' && cp <= U'9') || std::u32string_view(U"一二三四五六七八九十").find(cp) != std::u32string_view::npos) return true;
  }
  return false;
}

// `a` is `b` with some characters left out (none of them an ordinal or number).
bool abbreviates(const std::u32string& a, const std::u32string& b) {
  if (a.size() < 2 || a.size() >= b.size()) return false;
  std::u32string skipped;
  std::size_t i = 0;
  for (const char32_t cp : b) {
    if (i < a.size() && a[i] == cp) {
      ++i;
    } else {
      skipped += cp;
    }
  }
  return i == a.size() && !holds_ordinal(skipped);
}

}  // namespace

bool same_organisation(std::string_view mention, std::string_view own) {
  const std::u32string m = u32(mention);
  const std::u32string o = u32(own);
  if (m.empty() || o.empty()) return false;
  std::vector<std::u32string> mine = forms_of(o);
  std::vector<std::u32string> theirs = forms_of(m);
  for (const std::u32string& a : theirs) {
    for (const std::u32string& b : mine) {
      if (a.find(b) != std::u32string::npos || b.find(a) != std::u32string::npos) return true;
      if (abbreviates(a, b)) return true;
    }
  }
  // A mention without a place names the same organisation as the plan's name without its place.
  const bool mention_has_place = starts_with_place(m, 0, m.size());
  if (!mention_has_place) {
    for (const std::u32string& b : mine) {
      for (const std::u32string& shorter : without_places(b)) {
        for (const std::u32string& a : theirs) {
          if (shorter.find(a) != std::u32string::npos || a.find(shorter) != std::u32string::npos || abbreviates(a, shorter)) return true;
        }
      }
    }
  }
  return false;
}

namespace {

// The place a name opens with and its level word: "青山县" and 县 of 青山县委网信办, within its first
// kMaxPlace code points; an empty place when none (县委网信办) or a placeholder's (某县).
std::pair<std::u32string, char32_t> leading_place(std::string_view name) {
  constexpr std::size_t kMaxPlace = 8;
  const std::u32string u = own_detail::u32(name);
  for (std::size_t i = 2; i < u.size() && i <= kMaxPlace; ++i) {
    if (!own_detail::is_place_char(u[i]) && u[i] != U'盟') continue;
    const std::u32string place = u.substr(0, i + 1);
    if (place.find_first_of(U"某×XxＸ*○□") != std::u32string::npos) return {};
    return {place, u[i]};
  }
  return {};
}

}  // namespace

bool sibling_place(std::string_view mention, std::string_view own) {
  const auto [place, level] = leading_place(mention);
  const auto [own_place, own_level] = leading_place(own);
  return !place.empty() && !own_place.empty() && level == own_level && place != own_place;
}

}  // namespace plancheck::facts
