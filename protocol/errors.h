#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace confab::protocol {

// The error codes of the contract (protocol-v1.md, "Errors").
enum class ErrorCode {
    BadRequest,
    Unauthorized,
    Forbidden,
    NotFound,
    Conflict,
    TooLarge,
    RateLimited,
    Internal,
};

QString errorCodeName(ErrorCode code);
std::optional<ErrorCode> errorCodeFromName(const QString &name);
int httpStatusFor(ErrorCode code);

// A typed error: what went wrong, in a code the other side understands, and in words.
struct Error
{
    ErrorCode code = ErrorCode::BadRequest;
    QString message;
};

// A value or an error. Small on purpose: C++20 has no std::expected yet.
template<typename T>
class Result
{
public:
    Result(T value) : m_value(std::move(value)) { }
    Result(Error error) : m_error(std::move(error)) { }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    T &value() { return *m_value; }
    const T &value() const { return *m_value; }
    T &operator*() { return *m_value; }
    const T &operator*() const { return *m_value; }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

} // namespace confab::protocol
