#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace rakkan {

// What went wrong, as something a program can branch on. Each code has a stable name (see errorCodeName) that
// appears in --json output, so scripts do not depend on translated text.
enum class ErrorCode {
    Io,
    NotFound,
    PermissionDenied,
    Empty,
    UnsupportedFormat,
    Corrupt,
    Truncated,
    TooLarge,
    NoComposite,
    TooFlat,
    SymlinkLoop,
    Database,
    Locked,
    DiskFull,
    SchemaTooNew,
    NotACatalog,
    InvalidArgument,
    Cancelled,
    WrongPassphrase,
    Unavailable, // a system service Rakkan needs is missing (a keychain, ...)
    Conflict,    // the state changed under the request (another catalogue opened, a record edited elsewhere)
};

QString errorCodeName(ErrorCode code);

// An error carries its code and a message already translated into the user's language, so that every layer can
// show it as it is.
struct Error
{
    ErrorCode code = ErrorCode::Io;
    QString message;
};

// A value or an error. Errors are values in Rakkan: no exception crosses a module boundary.
template <typename T> class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }

    T &value() & { return *m_value; }
    const T &value() const & { return *m_value; }
    T &&value() && { return std::move(*m_value); }
    T *operator->() { return &*m_value; }
    const T *operator->() const { return &*m_value; }
    T &operator*() & { return *m_value; }
    const T &operator*() const & { return *m_value; }

    const Error &error() const { return m_error; }

private:
    std::optional<T> m_value;
    Error m_error;
};

template <> class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_failed(true), m_error(std::move(error)) {}

    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return m_error; }

private:
    bool m_failed = false;
    Error m_error;
};

inline Error makeError(ErrorCode code, QString message)
{
    return Error{code, std::move(message)};
}

} // namespace rakkan

// Propagates the error of a Result out of the current function, which must return a Result. Two forms:
//   RAKKAN_TRY(tx.commit());                          the error goes up, nothing is kept
//   RAKKAN_TRY(auto stmt, db.prepare(sql));           the error goes up, or stmt is bound to the value
// The second declares its variable in the enclosing scope, so it cannot be the body of an unbraced if.
#define RAKKAN_TRY(...) RAKKAN_TRY_PICK(__VA_ARGS__, RAKKAN_TRY_BIND, RAKKAN_TRY_CHECK, )(__VA_ARGS__)

#define RAKKAN_TRY_PICK(first, second, chosen, ...) chosen
#define RAKKAN_TRY_CONCAT_(a, b) a##b
#define RAKKAN_TRY_CONCAT(a, b) RAKKAN_TRY_CONCAT_(a, b)
#define RAKKAN_TRY_CHECK(expr)                                                                                         \
    do {                                                                                                               \
        auto &&rakkanTryResult_ = (expr);                                                                              \
        if (!rakkanTryResult_.ok())                                                                                    \
            return rakkanTryResult_.error();                                                                           \
    } while (false)
#define RAKKAN_TRY_BIND(declaration, expr) RAKKAN_TRY_BIND_(RAKKAN_TRY_CONCAT(rakkanTry_, __LINE__), declaration, expr)
#define RAKKAN_TRY_BIND_(result, declaration, expr)                                                                    \
    auto result = (expr);                                                                                              \
    if (!result.ok())                                                                                                  \
        return result.error();                                                                                         \
    declaration = std::move(result).value()
