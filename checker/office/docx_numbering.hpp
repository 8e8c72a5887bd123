// Word's automatic numbering (word/numbering.xml): abstract lists and their levels, list instances with
// their overrides, and the counters that give each numbered paragraph the number Word shows.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <string>

#include <pugixml.hpp>

#include "office/number_format.hpp"

namespace plancheck::office {

struct ListLevel {
  int start = 1;
  std::string num_fmt = "decimal";
  std::string level_text;
  std::optional<int> restart;  // w:lvlRestart: restart after a level numbered below this (1-based); 0 never
  bool legal = false;          // w:isLgl: every number shown in decimal
  std::string suffix = "tab";  // tab, space or nothing
  std::string paragraph_style; // w:pStyle: the style that carries this level
};

// The number of one paragraph, as Word draws it before the text.
struct ListLabel {
  std::string text;     // "第一章", "（三）", "1.2"; "" for format none
  std::string suffix;   // what follows the label: " " (tab or space) or ""
  bool bullet = false;  // w:numFmt bullet: `text` is the bullet character
};

class DocxNumbering {
 public:
  DocxNumbering() = default;
  explicit DocxNumbering(pugi::xml_node numbering_root);

  // Advances the counters for a paragraph of list `num_id` at level `ilvl` and returns its label; nullopt
  // when the list or level is not defined (or num_id is "0", which switches numbering off).
  std::optional<ListLabel> next(const std::string& num_id, int ilvl);

  // The level of list `num_id` whose w:pStyle is `style_id` (numbering through a style), 0 if none.
  int level_for_style(const std::string& num_id, const std::string& style_id) const;

 private:
  using Levels = std::array<ListLevel, 9>;
  struct Instance {
    std::string abstract_id;
    std::array<std::optional<int>, 9> start_override;
    std::array<std::optional<ListLevel>, 9> level_override;
  };
  using Counters = LevelCounters<9>;

  const ListLevel& level(const Instance& instance, int ilvl) const;

  std::map<std::string, Levels> abstracts_;
  std::map<std::string, Instance> instances_;
  std::map<std::string, Counters> counters_;  // per abstract list: instances of one list continue it
  std::map<std::string, bool> used_;          // instances already seen (their start overrides applied)
};

}  // namespace plancheck::office
