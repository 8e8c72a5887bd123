// An output stream over a file descriptor that remembers why a write failed (EPIPE, ENOSPC, EIO…), so a
// report that could not be written is an error with its cause rather than a silent loss.
#pragma once

#include <ostream>
#include <streambuf>
#include <vector>

namespace plancheck::cli {

class FdStreamBuf final : public std::streambuf {
 public:
  explicit FdStreamBuf(int fd);
  ~FdStreamBuf() override;
  FdStreamBuf(const FdStreamBuf&) = delete;
  FdStreamBuf& operator=(const FdStreamBuf&) = delete;

  // The errno of the first failed write; 0 while every write succeeded. After a failure further output
  // is dropped (the stream reports failure), never retried.
  int error() const { return error_; }
  // Drops what is buffered and everything written later: the descriptor is about to be closed.
  void abandon();

 protected:
  int_type overflow(int_type c) override;
  std::streamsize xsputn(const char* s, std::streamsize n) override;
  int sync() override;

 private:
  bool drain();
  bool write_all(const char* data, std::size_t size);

  int fd_;
  int error_ = 0;
  std::vector<char> buffer_;
};

// std::ostream owning an FdStreamBuf; the descriptor is not closed by it.
class FdOStream final : public std::ostream {
 public:
  explicit FdOStream(int fd) : std::ostream(nullptr), buf_(fd) { rdbuf(&buf_); }
  // Flushes; the errno of the first failed write, 0 when all output reached the descriptor.
  int finish() {
    flush();
    return buf_.error();
  }
  void abandon() { buf_.abandon(); }

 private:
  FdStreamBuf buf_;
};

}  // namespace plancheck::cli
