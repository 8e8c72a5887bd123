// A thin RAII layer over the SQLite C API: one connection, prepared statements with bound values, and
// errors as exceptions that the store's public functions turn into ToolErrors.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "core/message.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace plancheck::store {

// Any failure of the results database, as a catalogue message: SQLite's own text (English) becomes the
// {detail} of DbError, prefixed with what was being done.
class DbError : public std::runtime_error {
 public:
  explicit DbError(std::string detail) : DbError(Message{MsgId::DbError, {{"detail", std::move(detail)}}}) {}
  explicit DbError(Message message) : std::runtime_error(message.text(Lang::En)), message_(std::move(message)) {}
  const Message& message() const { return message_; }

 private:
  Message message_;
};

class Statement {
 public:
  Statement(sqlite3* db, std::string_view sql);
  ~Statement();
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  Statement(Statement&& other) noexcept;
  Statement& operator=(Statement&&) = delete;

  // Binding is by 1-based position, as in SQLite.
  Statement& bind(int index, std::string_view text);
  Statement& bind(int index, std::int64_t value);
  Statement& bind_null(int index);
  Statement& bind_real(int index, double value);
  // Text, or NULL when empty: optional columns stay NULL rather than "".
  Statement& bind_or_null(int index, std::string_view text);

  // Advances to the next row; false when done.
  bool step();
  // Runs a statement that returns no rows, then makes it ready for new bindings.
  void run();
  void reset();

  std::string text(int column) const;
  std::int64_t integer(int column) const;
  double real(int column) const;
  bool is_null(int column) const;

 private:
  sqlite3* db_;
  sqlite3_stmt* stmt_ = nullptr;
};

class Database {
 public:
  enum class Mode { ReadOnly, Create };
  Database(const std::string& path, Mode mode);
  ~Database();
  Database(const Database&) = delete;
  Database& operator=(const Database&) = delete;

  // Runs SQL without values (schema, pragmas, transactions).
  void exec(const char* sql);
  Statement prepare(std::string_view sql) { return Statement(db_, sql); }
  std::int64_t last_insert_id() const;
  int user_version();

 private:
  sqlite3* db_ = nullptr;
};

}  // namespace plancheck::store
