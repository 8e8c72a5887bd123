// Builds small Documents by hand (sections of paragraphs, list items and table rows) for the grading and
// timing extractor tests, so they do not depend on the parser.
#pragma once

#include <string>
#include <vector>

#include "core/document.hpp"
#include "facts/passages.hpp"

namespace plancheck::facts::testing {

class DocBuilder {
 public:
  DocBuilder& section(const std::string& title) {
    Section s;
    s.title = title;
    s.heading = title;
    doc_.sections.push_back(std::move(s));
    return *this;
  }
  DocBuilder& para(const std::string& text) { return block(BlockKind::Paragraph, text, {}); }
  DocBuilder& item(const std::string& text) { return block(BlockKind::ListItem, text, {}); }
  DocBuilder& row(const std::vector<std::string>& cells) {
    std::string text;
    for (const std::string& c : cells) text += (text.empty() ? "" : " | ") + c;
    return block(BlockKind::TableRow, text, cells);
  }
  // Passages point into the document: keep the builder alive while they are used.
  Passages passages() const { return Passages::from(doc_); }
  const Document& doc() const { return doc_; }

 private:
  DocBuilder& block(BlockKind kind, const std::string& text, std::vector<std::string> cells) {
    if (doc_.sections.empty()) section("正文");
    Block b;
    b.kind = kind;
    b.text = text;
    b.cells = std::move(cells);
    doc_.sections.back().blocks.push_back(std::move(b));
    return *this;
  }
  Document doc_;
};

}  // namespace plancheck::facts::testing
