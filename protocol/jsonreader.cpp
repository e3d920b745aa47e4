#include "jsonreader.h"

#include "timeutil.h"

#include <cmath>

namespace confab::protocol {

JsonReader::JsonReader(const QJsonObject &object, QString context) : m_object(object), m_context(std::move(context)) { }

QString JsonReader::where(QLatin1StringView key) const
{
    return m_context.isEmpty() ? QString(key) : m_context + QLatin1Char('.') + key;
}

void JsonReader::fail(const QString &message)
{
    if (!m_error)
        m_error = Error { ErrorCode::BadRequest, message };
}

bool JsonReader::has(QLatin1StringView key) const
{
    return m_object.contains(key);
}

QString JsonReader::string(QLatin1StringView key, Presence presence, qsizetype maxChars)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (presence == Required)
            fail(QStringLiteral("missing field '%1'").arg(where(key)));
        return {};
    }
    if (!v.isString()) {
        fail(QStringLiteral("field '%1' must be a string").arg(where(key)));
        return {};
    }
    QString s = v.toString();
    if (s.size() > maxChars) {
        if (m_error)
            return {};
        m_error = Error { ErrorCode::TooLarge,
                          QStringLiteral("field '%1' is longer than %2 characters").arg(where(key)).arg(maxChars) };
        return {};
    }
    if (presence == Required && s.isEmpty())
        fail(QStringLiteral("field '%1' must not be empty").arg(where(key)));
    return s;
}

QString JsonReader::nullableString(QLatin1StringView key, qsizetype maxChars)
{
    return string(key, Optional, maxChars);
}

QString JsonReader::oneOf(QLatin1StringView key, Presence presence, std::initializer_list<QLatin1StringView> allowed)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (presence == Required)
            fail(QStringLiteral("missing field '%1'").arg(where(key)));
        return {};
    }
    if (!v.isString()) {
        fail(QStringLiteral("field '%1' must be a string").arg(where(key)));
        return {};
    }
    const QString s = v.toString();
    for (auto a : allowed)
        if (s == a)
            return s;
    // However long, a value outside the set is a bad request, not a too-large one.
    fail(QStringLiteral("field '%1' has an unknown value '%2'").arg(where(key), s.left(64)));
    return {};
}

qint64 JsonReader::integer(QLatin1StringView key, Presence presence, qint64 min, qint64 max, qint64 fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (presence == Required)
            fail(QStringLiteral("missing field '%1'").arg(where(key)));
        return fallback;
    }
    if (!v.isDouble()) {
        fail(QStringLiteral("field '%1' must be a number").arg(where(key)));
        return fallback;
    }
    const double d = v.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || d < double(min) || d > double(max)) {
        fail(QStringLiteral("field '%1' must be a whole number from %2 to %3").arg(where(key)).arg(min).arg(max));
        return fallback;
    }
    return qint64(d);
}

bool JsonReader::boolean(QLatin1StringView key, Presence presence, bool fallback)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (presence == Required)
            fail(QStringLiteral("missing field '%1'").arg(where(key)));
        return fallback;
    }
    if (!v.isBool()) {
        fail(QStringLiteral("field '%1' must be true or false").arg(where(key)));
        return fallback;
    }
    return v.toBool();
}

QDateTime JsonReader::time(QLatin1StringView key, Presence presence)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (presence == Required)
            fail(QStringLiteral("missing field '%1'").arg(where(key)));
        return {};
    }
    if (!v.isString()) {
        fail(QStringLiteral("field '%1' must be an RFC 3339 timestamp string").arg(where(key)));
        return {};
    }
    const QString s = v.toString();
    if (s.isEmpty()) {
        // Tolerated as "no time" for optional fields; a required time must be present.
        if (presence == Required)
            fail(QStringLiteral("field '%1' must not be empty").arg(where(key)));
        return {};
    }
    QDateTime t = parseTime(s);
    if (!t.isValid())
        fail(QStringLiteral("field '%1' must be an RFC 3339 timestamp").arg(where(key)));
    return t;
}

QDateTime JsonReader::nullableTime(QLatin1StringView key)
{
    return time(key, Optional);
}

QStringList JsonReader::stringList(QLatin1StringView key, Presence presence, qsizetype maxItems, qsizetype maxChars)
{
    const QJsonValue v = m_object.value(key);
    QStringList out;
    if (v.isUndefined() || v.isNull()) {
        if (presence == Required)
            fail(QStringLiteral("missing field '%1'").arg(where(key)));
        return out;
    }
    if (!v.isArray()) {
        fail(QStringLiteral("field '%1' must be an array of strings").arg(where(key)));
        return out;
    }
    const QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        if (!m_error)
            m_error = Error { ErrorCode::TooLarge,
                              QStringLiteral("field '%1' has more than %2 items").arg(where(key)).arg(maxItems) };
        return out;
    }
    out.reserve(a.size());
    for (const QJsonValue &item : a) {
        if (!item.isString()) {
            fail(QStringLiteral("field '%1' must be an array of strings").arg(where(key)));
            return {};
        }
        QString s = item.toString();
        if (s.size() > maxChars) {
            if (!m_error)
                m_error = Error { ErrorCode::TooLarge,
                                  QStringLiteral("an item of '%1' is longer than %2 characters").arg(where(key)).arg(maxChars) };
            return {};
        }
        out.append(s);
    }
    return out;
}

QJsonObject JsonReader::object(QLatin1StringView key, Presence presence)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (presence == Required)
            fail(QStringLiteral("missing field '%1'").arg(where(key)));
        return {};
    }
    if (!v.isObject()) {
        fail(QStringLiteral("field '%1' must be an object").arg(where(key)));
        return {};
    }
    return v.toObject();
}

QJsonArray JsonReader::array(QLatin1StringView key, Presence presence, qsizetype maxItems)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull()) {
        if (presence == Required)
            fail(QStringLiteral("missing field '%1'").arg(where(key)));
        return {};
    }
    if (!v.isArray()) {
        fail(QStringLiteral("field '%1' must be an array").arg(where(key)));
        return {};
    }
    QJsonArray a = v.toArray();
    if (a.size() > maxItems) {
        if (!m_error)
            m_error = Error { ErrorCode::TooLarge,
                              QStringLiteral("field '%1' has more than %2 items").arg(where(key)).arg(maxItems) };
        return {};
    }
    return a;
}

} // namespace confab::protocol
