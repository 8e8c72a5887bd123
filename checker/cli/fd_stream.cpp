#include "cli/fd_stream.hpp"

#include <cerrno>
#include <unistd.h>

namespace plancheck::cli {

namespace {
constexpr std::size_t kBufferBytes = 64 * 1024;
}

FdStreamBuf::FdStreamBuf(int fd) : fd_(fd), buffer_(kBufferBytes) { setp(buffer_.data(), buffer_.data() + buffer_.size()); }

FdStreamBuf::~FdStreamBuf() { drain(); }

bool FdStreamBuf::write_all(const char* data, std::size_t size) {
  while (size > 0 && error_ == 0) {
    const ssize_t n = ::write(fd_, data, size);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      error_ = n < 0 ? errno : EIO;
      break;
    }
    data += n;
    size -= static_cast<std::size_t>(n);
  }
  return error_ == 0;
}

bool FdStreamBuf::drain() {
  const bool ok = write_all(pbase(), static_cast<std::size_t>(pptr() - pbase()));
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  return ok;
}

FdStreamBuf::int_type FdStreamBuf::overflow(int_type c) {
  if (!drain()) return traits_type::eof();
  if (traits_type::eq_int_type(c, traits_type::eof())) return traits_type::not_eof(c);
  *pptr() = traits_type::to_char_type(c);
  pbump(1);
  return c;
}

std::streamsize FdStreamBuf::xsputn(const char* s, std::streamsize n) {
  if (error_ != 0) return 0;
  const auto size = static_cast<std::size_t>(n);
  if (size <= static_cast<std::size_t>(epptr() - pptr())) {
    traits_type::copy(pptr(), s, size);
    pbump(static_cast<int>(size));
    return n;
  }
  // Larger than the room left: write what is buffered, then the piece itself without copying it.
  if (!drain() || !write_all(s, size)) return 0;
  return n;
}

void FdStreamBuf::abandon() {
  setp(buffer_.data(), buffer_.data() + buffer_.size());
  if (error_ == 0) error_ = ECANCELED;
}

int FdStreamBuf::sync() { return drain() ? 0 : -1; }

}  // namespace plancheck::cli
