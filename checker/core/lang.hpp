// Output language and a text held in both of plancheck's languages.
#pragma once

#include <string>

namespace plancheck {

enum class Lang { Zh, En };

struct LocalizedText {
  std::string zh;
  std::string en;

  // The text in `lang`, falling back to the other language when that one is empty.
  const std::string& in(Lang lang) const {
    if (lang == Lang::En) return en.empty() ? zh : en;
    return zh.empty() ? en : zh;
  }
  bool empty() const { return zh.empty() && en.empty(); }
};

}  // namespace plancheck
