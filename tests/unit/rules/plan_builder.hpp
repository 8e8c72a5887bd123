// Builds a small Document by hand for unit tests ("# heading" lines, one paragraph per other line), so
// facts and rule kinds can be tested without depending on the parser.
#pragma once

#include <memory>
#include <sstream>
#include <string>

#include "core/document.hpp"

namespace plancheck::testing {

inline Document build_plan(const std::string& markdown) {
  Document doc;
  doc.source = std::make_shared<const SourceText>(markdown);
  std::istringstream in(markdown);
  std::string line;
  std::size_t offset = 0;
  int line_no = 0;
  std::vector<Section*> stack;  // open sections by depth
  while (std::getline(in, line)) {
    ++line_no;
    const std::size_t line_offset = offset;
    offset += line.size() + 1;
    if (line.empty()) continue;
    std::size_t hashes = 0;
    while (hashes < line.size() && line[hashes] == '#') ++hashes;
    if (hashes > 0 && hashes < line.size() && line[hashes] == ' ') {
      Section s;
      s.title = line.substr(hashes + 1);
      s.heading = s.title;
      s.depth = static_cast<int>(hashes);
      s.location = Location{line_offset, line_no, 1};
      while (stack.size() >= hashes) stack.pop_back();
      std::vector<Section>& siblings = stack.empty() ? doc.sections : stack.back()->children;
      siblings.push_back(std::move(s));
      stack.push_back(&siblings.back());
      continue;
    }
    Block b;
    b.text = line;
    b.location = Location{line_offset, line_no, 1};
    b.segments.push_back({0, static_cast<std::uint32_t>(line_offset), static_cast<std::uint32_t>(line.size())});
    if (stack.empty()) {
      doc.preamble.push_back(std::move(b));
    } else {
      stack.back()->blocks.push_back(std::move(b));
    }
  }
  return doc;
}

}  // namespace plancheck::testing
