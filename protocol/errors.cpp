#include "errors.h"

#include <array>

namespace confab::protocol {

namespace {
struct CodeInfo
{
    ErrorCode code;
    const char16_t *name;
    int status;
};
constexpr std::array<CodeInfo, 8> kCodes { {
    { ErrorCode::BadRequest, u"bad_request", 400 },
    { ErrorCode::Unauthorized, u"unauthorized", 401 },
    { ErrorCode::Forbidden, u"forbidden", 403 },
    { ErrorCode::NotFound, u"not_found", 404 },
    { ErrorCode::Conflict, u"conflict", 409 },
    { ErrorCode::TooLarge, u"too_large", 413 },
    { ErrorCode::RateLimited, u"rate_limited", 429 },
    { ErrorCode::Internal, u"internal", 500 },
} };
} // namespace

QString errorCodeName(ErrorCode code)
{
    for (const auto &info : kCodes)
        if (info.code == code)
            return QString::fromUtf16(info.name);
    return QStringLiteral("internal");
}

std::optional<ErrorCode> errorCodeFromName(const QString &name)
{
    for (const auto &info : kCodes)
        if (name == QStringView(info.name))
            return info.code;
    return std::nullopt;
}

int httpStatusFor(ErrorCode code)
{
    for (const auto &info : kCodes)
        if (info.code == code)
            return info.status;
    return 500;
}

} // namespace confab::protocol
