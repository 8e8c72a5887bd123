#include "report/html_builder.hpp"

#include "report/html_escape.hpp"

namespace plancheck::report {

namespace {

// Line breaks after these keep reports and their golden diffs readable; the white space sits between
// block boxes, where HTML ignores it. Containers also break after their start tag.
bool in(std::string_view tag, std::initializer_list<std::string_view> tags) {
  for (std::string_view t : tags) {
    if (t == tag) return true;
  }
  return false;
}

bool is_container(std::string_view tag) {
  return in(tag, {"html", "head", "body", "section", "header", "nav", "div", "table", "thead", "tbody", "tr", "ul", "ol",
                  "svg", "g", "dl", "figure", "colgroup"});
}

bool breaks_after(std::string_view tag) {
  return is_container(tag) || in(tag, {"style", "meta", "title", "li", "p", "h1", "h2", "h3", "h4", "blockquote",
                                       "rect", "text", "desc", "line", "dt", "dd"});
}

}  // namespace

void HtmlBuilder::start_tag(std::string_view tag, Attributes attributes) {
  out_ << '<' << tag;
  for (const auto& [name, value] : attributes) out_ << ' ' << name << "=\"" << html_escape(value) << '"';
}

HtmlBuilder& HtmlBuilder::open(std::string_view tag, Attributes attributes) {
  start_tag(tag, attributes);
  out_ << '>';
  if (is_container(tag)) out_ << '\n';
  open_.emplace_back(tag);
  return *this;
}

HtmlBuilder& HtmlBuilder::close() {
  if (open_.empty()) return *this;
  out_ << "</" << open_.back() << '>';
  if (breaks_after(open_.back())) out_ << '\n';
  open_.pop_back();
  return *this;
}

void HtmlBuilder::close_all() {
  while (!open_.empty()) close();
}

HtmlBuilder& HtmlBuilder::element(std::string_view tag, std::string_view text, Attributes attributes) {
  start_tag(tag, attributes);
  out_ << '>' << html_escape(text) << "</" << tag << '>';
  if (breaks_after(tag)) out_ << '\n';
  return *this;
}

HtmlBuilder& HtmlBuilder::empty(std::string_view tag, Attributes attributes) {
  start_tag(tag, attributes);
  out_ << "/>";
  if (breaks_after(tag)) out_ << '\n';
  return *this;
}

HtmlBuilder& HtmlBuilder::text(std::string_view text) {
  out_ << html_escape(text);
  return *this;
}

HtmlBuilder& HtmlBuilder::trusted(std::string_view markup) {
  out_ << markup;
  return *this;
}

}  // namespace plancheck::report
