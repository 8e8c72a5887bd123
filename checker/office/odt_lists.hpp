// OpenDocument list and outline numbering (text:list-style, text:outline-style): the numbers LibreOffice
// and WPS draw before list items and headings, which content.xml does not store.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>

#include <pugixml.hpp>

#include "office/number_format.hpp"

namespace plancheck::office {

class OdtLists {
 public:
  // Reads the list styles and the outline style of a styles.xml or content.xml root (call for both).
  void read_styles(pugi::xml_node root);

  // A new list of `style` starts (a text:list that does not continue an earlier one): its counters restart.
  void restart(const std::string& style);
  // The next item of list `style` at `level` (1-based) is to show `value` (text:start-value).
  void set_start(const std::string& style, int level, int value);
  // The label of the next item of list `style` at `level`, counters advanced; nullopt when the style has no
  // number at that level. The outline's style is "" (headings numbered by text:outline-style).
  std::optional<std::string> next(const std::string& style, int level);

  // Whether list `style` shows a bullet at `level`.
  bool is_bullet(const std::string& style, int level) const;

  static constexpr int kLevels = 10;

 private:
  struct Level {
    std::string format;        // style:num-format: "1", "一, 二, 三, ...", "" for none
    std::string prefix, suffix;
    std::string list_format;   // loext:num-list-format "第%1%篇" when the producer wrote it
    int display_levels = 1;
    int start = 1;
    bool bullet = false;
    std::string bullet_char;
    bool space_after = false;  // text:label-followed-by space or listtab
  };
  using Counters = LevelCounters<kLevels>;
  void read_style(pugi::xml_node style, std::array<Level, kLevels>& levels);

  std::map<std::string, std::array<Level, kLevels>> styles_;
  std::map<std::string, Counters> counters_;
};

}  // namespace plancheck::office
