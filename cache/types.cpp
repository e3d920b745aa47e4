#include "cache/types.h"

namespace confab::cache {

using namespace Qt::StringLiterals;

QString outboxKindName(OutboxKind kind)
{
    switch (kind) {
    case OutboxKind::Send:
        return u"send"_s;
    case OutboxKind::Start:
        return u"start"_s;
    case OutboxKind::Update:
        return u"update"_s;
    case OutboxKind::UpdateContact:
        return u"update_contact"_s;
    case OutboxKind::DeleteNote:
        return u"delete_note"_s;
    }
    return u"send"_s;
}

QString outboxStateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Pending:
        return u"pending"_s;
    case OutboxState::Sending:
        return u"sending"_s;
    case OutboxState::Failed:
        return u"failed"_s;
    case OutboxState::Conflict:
        return u"conflict"_s;
    case OutboxState::Held:
        return u"held"_s;
    }
    return u"pending"_s;
}

protocol::AgentRequest OutboxEntry::requestWithReq(const QString &req) const
{
    protocol::AgentRequest copy = request;
    std::visit(
        [&req](auto &r) {
            if constexpr (requires { r.req; })
                r.req = req;
        },
        copy);
    return copy;
}

} // namespace confab::cache
