#pragma once

#include "errors.h"

#include <QtCore/qstring.h>

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace confab::protocol {

// Reads typed fields out of a JSON object, remembering the first problem.
// Unknown fields are ignored (forward compatibility); missing optional ones give defaults.
class JsonReader
{
public:
    explicit JsonReader(const QJsonObject &object, QString context = {});

    enum Presence { Optional, Required };

    QString string(QLatin1StringView key, Presence presence, qsizetype maxChars);
    // A string or null; null/absent gives a null QString.
    QString nullableString(QLatin1StringView key, qsizetype maxChars);
    // A string that must be one of the allowed values.
    QString oneOf(QLatin1StringView key, Presence presence, std::initializer_list<QLatin1StringView> allowed);
    qint64 integer(QLatin1StringView key, Presence presence, qint64 min, qint64 max, qint64 fallback = 0);
    bool boolean(QLatin1StringView key, Presence presence, bool fallback = false);
    QDateTime time(QLatin1StringView key, Presence presence);
    QDateTime nullableTime(QLatin1StringView key);
    QStringList stringList(QLatin1StringView key, Presence presence, qsizetype maxItems, qsizetype maxChars);
    QJsonObject object(QLatin1StringView key, Presence presence);
    QJsonArray array(QLatin1StringView key, Presence presence, qsizetype maxItems);
    bool has(QLatin1StringView key) const;

    bool ok() const { return !m_error.has_value(); }
    const Error &error() const { return *m_error; }
    void fail(const QString &message);
    std::optional<Error> takeError() { return std::move(m_error); }

private:
    QString where(QLatin1StringView key) const;
    // A copy (implicitly shared, so cheap): readers are often built from a temporary such as
    // value.toObject(), which a reference would outlive.
    QJsonObject m_object;
    QString m_context;
    std::optional<Error> m_error;
};

} // namespace confab::protocol
