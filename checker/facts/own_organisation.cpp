// Where the plan's own organisation is read: document metadata, the title, the issuing notice, an early
// "（以下简称…）" definition, the 落款.
#include "facts/own_organisation.hpp"

#include <algorithm>

#include "facts/aliases.hpp"
#include "facts/own_organisation_detail.hpp"
#include "facts/scan.hpp"
#include "text/normalize.hpp"
#include "text/utf8.hpp"

namespace plancheck::facts {
namespace {

using namespace own_detail;

bool is_date(std::string_view norm) {
  const std::u32string s = u32(norm);
  int digits = 0;
  bool year = false;
  for (const char32_t cp : s) {
    if ((cp >= U'0' && cp <= U'9') || std::u32string_view(U"〇零一二三四五六七八九十").find(cp) != std::u32string_view::npos) {
      ++digits;
    } else if (cp == U'年') {
      year = true;
    } else if (cp != U'月' && cp != U'日' && cp != U'-' && cp != U'.' && cp != U'/' && cp != U' ') {
      return false;
    }
  }
  return digits >= 6 && (year || s.find(U'-') != std::u32string::npos || s.find(U'.') != std::u32string::npos);
}

OwnOrganisation from_passage(const Document& doc, const Passage& p, const std::string& name, const char* source) {
  OwnOrganisation own;
  own.name = name;
  own.source = source;
  const std::size_t at = p.norm.text.find(name);
  const Span span{static_cast<std::uint32_t>(at == std::string::npos ? 0 : at),
                  static_cast<std::uint32_t>(at == std::string::npos ? 0 : at + name.size())};
  own.written = at == std::string::npos ? name : original_text(p, span);
  while (!own.written.empty() && own.written.back() == ' ') own.written.pop_back();
  own.evidence = evidence_for(doc, p, span);
  return own;
}

OwnOrganisation from_text(const Document& doc, const std::string& written, const std::string& name, const char* source) {
  OwnOrganisation own;
  own.name = name;
  own.source = source;
  own.evidence.text = written;
  // The name as the plan writes it (traditional characters kept): the part of `written` it normalises from.
  const text::NormalizedText norm = text::normalize_for_matching(written);
  const std::size_t at = norm.text.find(name);
  own.written = at == std::string::npos ? name
                                        : written.substr(norm.origin_of(at), norm.origin_of(at + name.size() - 1) -
                                                                                 norm.origin_of(at) +
                                                                                 text::utf8_sequence_length(written, norm.origin_of(at + name.size() - 1)));
  if (doc.source && std::string_view(source) != "metadata") {
    // A title set on two lines (a name over the rest, or wrapped at the page's width) is not in the source
    // as one string: its first line holds the name.
    std::size_t at = doc.source->text().find(written);
    if (at == std::string::npos) at = doc.source->text().find(own.written);
    if (at != std::string::npos) own.evidence.location = doc.source->locate(at);
  }
  return own;
}

}  // namespace

std::vector<std::size_t> signature_passages(const Passages& passages) {
  std::vector<std::size_t> out;
  const auto scan = [&](std::size_t from, std::size_t to) {  // [from, to): the date, and the name before it
    for (std::size_t i = to; i-- > from && to - i <= 4;) {
      const Passage& p = passages.items[i];
      const bool date = is_date(p.norm.text);
      const bool named_with_date = !date && !name_line(p.norm.text).empty() && p.norm.text.find("年") != std::string::npos;
      if (!date && !named_with_date) continue;
      if (named_with_date) out.push_back(i);
      for (std::size_t k = i; k-- > from && i - k <= 2;) {
        if (name_line(passages.items[k].norm.text).empty()) break;
        out.push_back(k);
      }
      return;
    }
  };
  std::size_t front_end = 0;
  while (front_end < passages.items.size() && passages.items[front_end].where == Where::FrontMatter) ++front_end;
  scan(0, front_end);
  scan(front_end, passages.items.size());
  std::sort(out.begin(), out.end());
  return out;
}

OwnOrganisation read_own_organisation(const Document& doc, const Passages& passages) {
  // A plan XML's <organisation> is the plan's own statement; a Word or OpenDocument file's company property
  // is whatever the editing machine was set up with (or the body the file was copied from), so it comes
  // after what the plan itself says.
  if (const std::string name = text::normalized(doc.metadata.organisation); !name.empty() && doc.format == InputFormat::Xml) {
    return from_text(doc, doc.metadata.organisation, name, "metadata");
  }
  if (const std::string name = organisation_in_title(text::normalized(doc.metadata.title)); !name.empty()) {
    return from_text(doc, doc.metadata.title, name, "title");
  }
  // A title heading or the first lines: "星云科技有限公司 Incident Response Plan（网络安全事件应急预案）", or
  // a name line above a bare "网络安全事件应急预案".
  std::size_t looked = 0;
  for (const Passage& p : passages.items) {
    if (p.where == Where::FrontMatter) continue;
    if (++looked > 3) break;
    const std::string& t = p.norm.text;
    if (t.find("预案") == std::string::npos) continue;
    // A sentence is no title: "为建立健全公司网络安全事件应急工作机制，…，制定本预案。" names no one.
    if (t.find("，") != std::string::npos || t.find("。") != std::string::npos) continue;
    std::string name = organisation_in_title(t);
    if (name.empty() && t.find("预案") != std::string::npos) {
      const std::size_t at = t.find(' ');
      if (at != std::string::npos) name = organisation_in_title(t.substr(0, at));
    }
    if (!name.empty()) return from_passage(doc, p, name, "title");
  }
  if (const std::string name = name_line(text::normalized(doc.metadata.title)); !name.empty()) {
    return from_text(doc, doc.metadata.title, name, "title");
  }
  // The issuing notice: "X关于印发《…》的通知", or its 落款.
  for (std::size_t i = 0; i < passages.items.size(); ++i) {
    const Passage& p = passages.items[i];
    if (p.where != Where::FrontMatter && i >= 3) break;
    const std::size_t at = p.norm.text.find("关于印发");
    if (at != std::string::npos && at > 0) {
      const std::string name = name_line(p.norm.text.substr(0, at));
      if (!name.empty()) return from_passage(doc, p, name, "notice");
    }
  }
  if (const std::string name = name_line(text::normalized(doc.metadata.issuer)); !name.empty()) {
    return from_text(doc, doc.metadata.issuer, name, "notice");
  }
  if (const std::string name = name_line(text::normalized(doc.metadata.organisation)); !name.empty()) {
    return from_text(doc, doc.metadata.organisation, name, "metadata");
  }
  // A name the plan defines early: "重庆市地方金融监督管理局（以下简称市金融监管局）".
  looked = 0;
  for (const Passage& p : passages.items) {
    if (p.where == Where::FrontMatter || !p.block) continue;
    if (++looked > 12) break;
    for (const Span m : organisation_mentions(p.norm.text)) {
      if (alias_opening_end(p.norm.text, m.end) != m.end) {
        return from_passage(doc, p, p.norm.text.substr(m.begin, m.end - m.begin), "definition");
      }
    }
  }
  const std::vector<std::size_t> signed_by = signature_passages(passages);
  for (auto it = signed_by.rbegin(); it != signed_by.rend(); ++it) {
    const Passage& p = passages.items[*it];
    if (const std::string name = name_line(p.norm.text); !name.empty()) return from_passage(doc, p, name, "signature");
  }
  return {};
}

}  // namespace plancheck::facts
