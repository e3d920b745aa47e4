#include "policy.h"

namespace confab::server::policy {

using protocol::Error;
using protocol::ErrorCode;

std::optional<Error> checkAssignment(const protocol::Agent &by, const QString &from, const QString &to)
{
    // Null and empty both mean "unassigned".
    const QString a = from.isEmpty() ? QString() : from;
    const QString b = to.isEmpty() ? QString() : to;
    if (a == b || by.isLeadOrAdmin())
        return std::nullopt;
    if (a.isNull() && b == by.id)
        return std::nullopt; // taking an unassigned conversation
    if (a == by.id && b.isNull())
        return std::nullopt; // handing back one's own
    if (!a.isNull() && a != by.id)
        return Error { ErrorCode::Forbidden,
                       QStringLiteral("This conversation is assigned to someone else; only leads and admins can "
                                      "reassign it.") };
    return Error { ErrorCode::Forbidden,
                   QStringLiteral("Only leads and admins can assign a conversation to someone else.") };
}

std::optional<Error> checkDeleteNote(const protocol::Agent &by, const protocol::Message &message)
{
    if (message.isSystem())
        return Error { ErrorCode::Forbidden, QStringLiteral("System messages cannot be deleted.") };
    if (!message.isNote())
        return Error { ErrorCode::Forbidden,
                       QStringLiteral("Only internal notes can be deleted; this reply has reached the customer.") };
    const bool isAuthor = message.author.type == QLatin1String("agent") && message.author.id == by.id;
    if (!isAuthor && !by.isLeadOrAdmin())
        return Error { ErrorCode::Forbidden, QStringLiteral("Only the note's author, leads and admins can delete it.") };
    return std::nullopt;
}

} // namespace confab::server::policy
