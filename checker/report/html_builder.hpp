// Writing HTML (and inline SVG) so that text cannot skip the escaper and every opened element is closed.
#pragma once

#include <initializer_list>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace plancheck::report {

// Tag and attribute names are the caller's literals; attribute values and text always go through
// html_escape. trusted() is only for markup the binary itself ships (the embedded stylesheet).
class HtmlBuilder {
 public:
  using Attributes = std::initializer_list<std::pair<std::string_view, std::string_view>>;

  explicit HtmlBuilder(std::ostream& out) : out_(out) {}
  HtmlBuilder(const HtmlBuilder&) = delete;
  HtmlBuilder& operator=(const HtmlBuilder&) = delete;
  ~HtmlBuilder() { close_all(); }

  // <tag attrs…>; closed by close().
  HtmlBuilder& open(std::string_view tag, Attributes attributes = {});
  // Closes the most recently opened element that is still open.
  HtmlBuilder& close();
  void close_all();
  // <tag attrs…>text</tag>
  HtmlBuilder& element(std::string_view tag, std::string_view text, Attributes attributes = {});
  // <tag attrs…/>: HTML void elements and childless SVG shapes.
  HtmlBuilder& empty(std::string_view tag, Attributes attributes = {});
  HtmlBuilder& text(std::string_view text);
  HtmlBuilder& trusted(std::string_view markup);

 private:
  void start_tag(std::string_view tag, Attributes attributes);

  std::ostream& out_;
  std::vector<std::string> open_;
};

}  // namespace plancheck::report
