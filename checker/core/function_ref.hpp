// A non-owning reference to a callable, for callbacks that are called many times within one call and never
// stored: no allocation, one indirect call.
#pragma once

#include <memory>
#include <type_traits>
#include <utility>

namespace plancheck {

template <typename Signature>
class FunctionRef;

template <typename R, typename... Args>
class FunctionRef<R(Args...)> {
 public:
  template <typename Fn, typename = std::enable_if_t<!std::is_same_v<std::decay_t<Fn>, FunctionRef> &&
                                                     std::is_invocable_r_v<R, Fn&, Args...>>>
  FunctionRef(Fn&& fn)  // NOLINT(google-explicit-constructor): passed like a lambda
      : object_(const_cast<void*>(static_cast<const void*>(std::addressof(fn)))),
        call_([](void* object, Args... args) -> R {
          return (*static_cast<std::remove_reference_t<Fn>*>(object))(std::forward<Args>(args)...);
        }) {}

  R operator()(Args... args) const { return call_(object_, std::forward<Args>(args)...); }

 private:
  void* object_;
  R (*call_)(void*, Args...);
};

}  // namespace plancheck
