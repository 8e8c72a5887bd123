#include "ruleset/ruleset_file.hpp"

#include <optional>
#include <set>

#include <pugixml.hpp>

#include "core/source_text.hpp"
#include "text/ingest.hpp"

namespace plancheck::ruleset {
namespace {

std::string trim(const std::string& s) {
  const char* ws = " \t\r\n";
  const std::size_t b = s.find_first_not_of(ws);
  if (b == std::string::npos) return {};
  return s.substr(b, s.find_last_not_of(ws) - b + 1);
}

// All character data directly inside `node` (pugixml's child_value() stops at the first run).
std::string text_of(const pugi::xml_node& node) {
  std::string out;
  for (const pugi::xml_node& c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) out += c.value();
  }
  return trim(out);
}

// supplement="true" (or "1", the schema's other true) on the root element.
bool is_supplement(const pugi::xml_node& root) { return root.attribute("supplement").as_bool(false); }

std::vector<pugi::xml_node> elements(const pugi::xml_node& node) {
  std::vector<pugi::xml_node> out;
  for (const pugi::xml_node& c : node.children()) {
    if (c.type() == pugi::node_element) out.push_back(c);
  }
  return out;
}

class Reader {
 public:
  Reader(std::string path, const std::string& text) : path_(std::move(path)), source_(text) {}

  int line_of(const pugi::xml_node& node) const {
    return source_.locate(static_cast<std::size_t>(node.offset_debug())).line;
  }
  ToolError error_at(const pugi::xml_node& node, MsgId id, MessageFields fields = {}) const {
    ToolError e = ruleset_error(path_, 0, id, std::move(fields));
    e.location = source_.locate(static_cast<std::size_t>(node.offset_debug()));
    return e;
  }
  ToolError error_at_offset(std::ptrdiff_t offset, MsgId id, MessageFields fields = {}) const {
    ToolError e = ruleset_error(path_, 0, id, std::move(fields));
    e.location = source_.locate(offset < 0 ? 0 : static_cast<std::size_t>(offset));
    return e;
  }

  Param param(const pugi::xml_node& node) const {
    Param p;
    p.name = node.name();
    p.value = text_of(node);
    for (const pugi::xml_attribute& a : node.attributes()) p.attributes[a.name()] = a.value();
    p.line = line_of(node);
    p.file = path_;
    return p;
  }

  RuleElement rule(const pugi::xml_node& node) const {
    RuleElement r;
    r.kind = node.name();
    r.id = node.attribute("id").value();
    for (const pugi::xml_attribute& a : node.attributes()) {
      if (std::string(a.name()) != "id") r.attributes[a.name()] = a.value();
    }
    for (const pugi::xml_node& c : elements(node)) r.children.push_back(param(c));
    r.file = path_;
    r.line = line_of(node);
    return r;
  }

  Result<RulesetFile> read(const pugi::xml_node& root) const;

 private:
  std::optional<ToolError> read_review(const pugi::xml_node& node, ReviewSpec& out) const;
  ReviewSource source_of(const pugi::xml_node& node) const { return {path_, line_of(node)}; }

 public:

 private:
  std::string path_;
  SourceText source_;
};

Result<RulesetFile> Reader::read(const pugi::xml_node& root) const {
  if (std::string(root.name()) != "ruleset") {
    return error_at(root, MsgId::RulesetRootNotRuleset, {{"root", root.name()}});
  }
  RulesetFile f;
  f.path = path_;
  f.id = root.attribute("id").value();
  f.version = root.attribute("version").value();
  if (f.id.empty() || f.version.empty()) return error_at(root, MsgId::RulesetNeedsIdVersion);
  f.extends = root.attribute("extends").value();
  f.effective_from = root.attribute("effective-from").value();
  f.effective_until = root.attribute("effective-until").value();
  f.supplement = is_supplement(root);
  if (!f.extends.empty()) f.extends_line = line_of(root);
  std::set<std::string> seen;
  for (const pugi::xml_node& c : elements(root)) {
    const std::string name = c.name();
    if (name == "title") {
      const LocalizedText t = localized(param(c));
      if (!t.zh.empty()) f.title.zh = t.zh;
      if (!t.en.empty()) f.title.en = t.en;
    } else if (name == "derives-from") {
      f.derives_from = text_of(c);
    } else if (name == "review") {
      if (!f.review.empty() || f.review.rating_given || f.review.fail.given || f.review.revise.given) {
        return error_at(c, MsgId::RulesetReviewTwice);
      }
      if (auto err = read_review(c, f.review)) return *err;
    } else if (name == "disable") {
      const std::string rule = c.attribute("rule").value();
      if (rule.empty()) return error_at(c, MsgId::RulesetDisableNeedsRule);
      f.disables.push_back({rule, line_of(c)});
    } else {
      RuleElement r = rule(c);
      if (r.id.empty()) return error_at(c, MsgId::RulesetRuleNeedsId, {{"element", name}});
      if (!seen.insert(r.id).second) return error_at(c, MsgId::RulesetRuleTwice, {{"id", r.id}});
      f.rules.push_back(std::move(r));
    }
  }
  return f;
}

std::vector<Severity> severities(const pugi::xml_attribute& list) {
  std::vector<Severity> out;
  std::string word;
  const std::string text = std::string(list.value()) + " ";
  for (char ch : text) {
    if (ch != ' ' && ch != '\t' && ch != '\n' && ch != '\r') {
      word += ch;
      continue;
    }
    if (auto s = parse_severity(word)) out.push_back(*s);
    word.clear();
  }
  return out;
}

ReviewThreshold threshold(const pugi::xml_node& node) {
  ReviewThreshold t;
  t.given = true;
  auto count = [&](const char* name, std::optional<int>& into) {
    if (const pugi::xml_attribute a = node.attribute(name)) into = a.as_int();
  };
  count("not-met", t.not_met);
  count("key-not-met", t.key_not_met);
  count("partly-met", t.partly_met);
  count("key-partly-met", t.key_partly_met);
  return t;
}

LocalizedText names(const pugi::xml_node& node) {
  return {trim(node.attribute("zh").value()), trim(node.attribute("en").value())};
}

// The schema has checked the shape (ruleset.xsd); what is left is ids written twice in one block.
std::optional<ToolError> Reader::read_review(const pugi::xml_node& node, ReviewSpec& out) const {
  std::set<std::string> ids;
  for (const pugi::xml_node& c : elements(node)) {
    const std::string name = c.name();
    if (name == "rating") {
      out.not_met = severities(c.attribute("not-met"));
      out.partly_met = severities(c.attribute("partly-met"));
      out.rating_given = true;
    } else if (name == "conclusion") {
      for (const pugi::xml_node& t : elements(c)) (std::string(t.name()) == "fail" ? out.fail : out.revise) = threshold(t);
    } else if (name == "group") {
      ReviewGroup g{c.attribute("id").value(), names(c), {}, source_of(c)};
      if (!ids.insert(g.id).second) return error_at(c, MsgId::RulesetReviewDuplicate, {{"id", g.id}});
      for (const pugi::xml_node& e : elements(c)) {
        ReviewElement element;
        element.id = e.attribute("id").value();
        if (!ids.insert(element.id).second) return error_at(e, MsgId::RulesetReviewDuplicate, {{"id", element.id}});
        element.name = names(e);
        element.source = source_of(e);
        if (const pugi::xml_attribute key = e.attribute("key")) {
          element.key = key.as_bool();
          element.key_given = true;
        }
        element.replace_rules = e.attribute("replace-rules").as_bool(false);
        for (const pugi::xml_node& r : elements(e)) element.rules.push_back({r.attribute("ref").value(), source_of(r)});
        g.elements.push_back(std::move(element));
      }
      out.groups.push_back(std::move(g));
    }
  }
  return std::nullopt;
}

}  // namespace

LocalizedText localized(const Param& p) {
  LocalizedText t;
  auto attr = [&](const char* name) {
    auto it = p.attributes.find(name);
    return it == p.attributes.end() ? std::string() : trim(it->second);
  };
  t.zh = attr("zh");
  t.en = attr("en");
  if (!p.value.empty()) (attr("lang") == "en" ? t.en : t.zh) = p.value;
  return t;
}

std::optional<bool> peek_supplement(const std::string& path) {
  const Result<std::string> bytes = text::read_file_bytes(path);
  if (!bytes) return std::nullopt;
  pugi::xml_document doc;
  if (!doc.load_buffer(bytes.value().data(), bytes.value().size(), pugi::parse_default, pugi::encoding_utf8)) return std::nullopt;
  return is_supplement(doc.document_element());
}

Result<RulesetFile> read_ruleset_file(const std::string& path, const xml::Schema* schema) {
  // Not an ifstream: a FIFO or /dev/zero named as a ruleset (or by extends=) must be refused, not read forever.
  const Result<std::string> bytes = text::read_file_bytes(path);
  if (!bytes) {
    ToolError e = ruleset_error(path, 0, MsgId::RulesetUnreadable);
    e.message.because.push_back(bytes.error().message);
    return e;
  }
  const std::string& text = bytes.value();
  if (auto err = xml::check_xml(text, path, schema)) {
    ToolError e = *err;
    e.kind = ErrorKind::Ruleset;  // whatever libxml2 found, for the user it is a broken ruleset
    return e;
  }
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed =
      doc.load_buffer(text.data(), text.size(), pugi::parse_default, pugi::encoding_utf8);
  Reader reader(path, text);
  if (!parsed) return reader.error_at_offset(parsed.offset, MsgId::XmlReadError, {{"detail", parsed.description()}});
  return reader.read(doc.document_element());
}

}  // namespace plancheck::ruleset
