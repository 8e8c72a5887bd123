// A JSON text written as it is produced, with no document tree: the same bytes as nlohmann-json's
// `dump(2, ' ', false, error_handler_t::replace)` of the equivalent value (two-space indent, "key": value,
// empty containers as [] and {}, strings escaped as nlohmann escapes them). The JSON report writes each plan
// through it straight into its output buffer (issue 14: building a tree per plan cost as much as writing it).
#pragma once

#include <charconv>
#include <string>
#include <string_view>
#include <vector>

namespace plancheck::report {

// `s` as a JSON string literal, appended to `out`: `"` `\` and control characters escaped (\b \f \n \r \t,
// others \u00xx), everything else as is. Ill-formed UTF-8 is replaced as nlohmann's `replace` handler does.
void append_json_string(std::string& out, std::string_view s);

// `value` as nlohmann-json writes a double (shortest round trip, ".0" on whole numbers), appended to `out`.
void append_json_number(std::string& out, double value);

class JsonOut {
 public:
  // Writes into `out`; `depth` is the indent (in spaces) of the value about to be written, for a value nested
  // in a document framed elsewhere.
  explicit JsonOut(std::string& out, unsigned depth = 0) : out_(out), base_(depth) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }

  // Inside an object: the next member's key; its value follows.
  void key(std::string_view name);

  void value(std::string_view s) { before_value(); append_json_string(out_, s); }
  void value(const std::string& s) { value(std::string_view(s)); }
  void value(const char* s) { value(std::string_view(s)); }
  void value(bool b) { before_value(); out_ += b ? "true" : "false"; }
  void value(int n) { integer(n); }
  void value(long n) { integer(n); }
  void value(long long n) { integer(n); }
  void value(unsigned n) { integer(n); }
  void value(unsigned long n) { integer(n); }
  void value(unsigned long long n) { integer(n); }
  void value(double d) { before_value(); append_json_number(out_, d); }
  void null() { before_value(); out_ += "null"; }

  // key + value in one call.
  template <typename T>
  void field(std::string_view name, const T& v) {
    key(name);
    value(v);
  }
  void null_field(std::string_view name) {
    key(name);
    null();
  }
  // An array of strings.
  void field(std::string_view name, const std::vector<std::string>& items);

 private:
  struct Level {
    bool members = false;  // something was written inside
  };
  void open(char bracket);
  void close(char bracket);
  void before_value();  // separator and indent for an array element; nothing after a key
  void newline_indent(std::size_t levels, bool comma = false);  // a "," first when `comma`
  template <typename Integer>
  void integer(Integer n) {
    before_value();
    char digits[24];
    out_.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
  }

  std::string& out_;
  unsigned base_;
  std::vector<Level> levels_;
  bool after_key_ = false;
};

}  // namespace plancheck::report
