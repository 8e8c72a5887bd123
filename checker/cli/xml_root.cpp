#include "cli/xml_root.hpp"

namespace plancheck::cli {

namespace {

// Past the end of the markup that starts at `pos` ("<?…?>", "<!--…-->", "<!…>"), or npos.
std::size_t skip_markup(std::string_view text, std::size_t pos) {
  if (text.compare(pos, 4, "<!--") == 0) {
    const std::size_t end = text.find("-->", pos + 4);
    return end == std::string_view::npos ? end : end + 3;
  }
  if (text.compare(pos, 2, "<?") == 0) {
    const std::size_t end = text.find("?>", pos + 2);
    return end == std::string_view::npos ? end : end + 2;
  }
  // <!DOCTYPE …> may hold an internal subset in brackets.
  const std::size_t bracket = text.find('[', pos);
  const std::size_t close = text.find('>', pos);
  if (bracket != std::string_view::npos && bracket < close) {
    const std::size_t end = text.find("]>", bracket);
    return end == std::string_view::npos ? end : end + 2;
  }
  return close == std::string_view::npos ? close : close + 1;
}

}  // namespace

std::string xml_root_name(std::string_view text) {
  std::size_t pos = 0;
  while ((pos = text.find('<', pos)) != std::string_view::npos) {
    if (pos + 1 < text.size() && (text[pos + 1] == '?' || text[pos + 1] == '!')) {
      pos = skip_markup(text, pos);
      continue;
    }
    const std::size_t begin = pos + 1;
    const std::size_t end = text.find_first_of(" \t\r\n/>", begin);
    std::string name(text.substr(begin, end == std::string_view::npos ? std::string_view::npos : end - begin));
    const std::size_t colon = name.find(':');
    return colon == std::string::npos ? name : name.substr(colon + 1);
  }
  return {};
}

}  // namespace plancheck::cli
