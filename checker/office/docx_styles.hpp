// Word paragraph styles (word/styles.xml): which make a heading and at what level, which carry numbering,
// which are table-of-contents entries, following w:basedOn.
#pragma once

#include <map>
#include <optional>
#include <string>

#include <pugixml.hpp>

namespace plancheck::office {

struct StyleNumbering {
  std::string num_id;
  std::optional<int> ilvl;
  std::string style_id;  // the style in the basedOn chain that names the list (levels link to it by w:pStyle)
};

class DocxStyles {
 public:
  DocxStyles() = default;
  explicit DocxStyles(pugi::xml_node styles_root);

  // 1..9 for a heading style (built-in Heading n, a localised name such as 标题 1, w:outlineLvl, or based on
  // one of these); 0 for body text.
  int heading_level(const std::string& style_id) const;
  // The list a style numbers its paragraphs with, own or inherited.
  std::optional<StyleNumbering> numbering(const std::string& style_id) const;
  // Entries of a table of contents (TOC 1…9, 目录 1…9): generated text, not plan text.
  bool is_toc(const std::string& style_id) const;
  bool bold(const std::string& style_id) const;
  // The default paragraph style, for paragraphs that name none.
  const std::string& default_style() const { return default_; }

 private:
  struct Style {
    std::string name;
    std::string based_on;
    std::optional<int> outline_level;  // w:outlineLvl (0-based; 9 is body text)
    std::optional<StyleNumbering> numbering;
    std::optional<bool> bold;
  };
  const Style* find(const std::string& id) const;

  std::map<std::string, Style> styles_;
  std::string default_;
};

// The level a style name stands for: "heading 2", "Heading 2", "标题 2", "標題 2", "Überschrift 2" → 2; 0 else.
int heading_level_of_name(const std::string& name);

}  // namespace plancheck::office
