#include "storage.h"

#include "sqlstorage.h"

namespace confab::server {

using namespace Qt::StringLiterals;

std::unique_ptr<Storage> createStorage(const QString &spec, QString *error)
{
    auto fail = [&](const QString &message) -> std::unique_ptr<Storage> {
        if (error)
            *error = message;
        return nullptr;
    };
    const QString s = spec.trimmed();
    if (s.isEmpty())
        return fail(u"no database given: use sqlite:PATH, a file path or postgres://USER@HOST:PORT/DB"_s);
    if (s.startsWith("postgres://"_L1, Qt::CaseInsensitive) || s.startsWith("postgresql://"_L1, Qt::CaseInsensitive)) {
        QString why;
        auto target = PostgresTarget::fromUrl(s, &why);
        if (!target)
            return fail(why);
        if (error)
            error->clear();
        return std::make_unique<SqlStorage>(*target);
    }

    QString path = s;
    if (s.startsWith("sqlite:"_L1, Qt::CaseInsensitive)) {
        path = s.mid(7);
        if (path.startsWith("//"_L1)) // sqlite:///abs/path
            path = path.mid(2);
    } else {
        // Anything else that looks like a URL is a scheme we do not know; the rest is a file path.
        const qsizetype colon = s.indexOf("://"_L1);
        if (colon > 0)
            return fail(u"unknown database scheme '%1': use sqlite:PATH or postgres://…"_s.arg(s.left(colon)));
    }
    if (path.isEmpty())
        return fail(u"no database path given after 'sqlite:'"_s);
    if (error)
        error->clear();
    return std::make_unique<SqlStorage>(path);
}

} // namespace confab::server
