#pragma once

#include "protocol/entities.h"

#include <optional>

// Who may do what, beyond being signed in. One place for the role rules of protocol-v1.md so
// that storage (which enforces them inside the write transaction) and anything that wants to
// explain them (hints, docs, tests) agree.
namespace confab::server::policy {

// Changing a conversation's assignee from `from` to `to` (a null QString = unassigned).
// Leads and admins may assign to anyone; anyone may take an unassigned conversation (null → self)
// or hand back their own (self → null). Anything else is forbidden, with a plain reason.
// Setting the assignee to its current value is not a change and always allowed.
std::optional<protocol::Error> checkAssignment(const protocol::Agent &by, const QString &from, const QString &to);

// Deleting a message with delete_note: only notes (a reply reached the customer; system
// messages are the record), and only by the note's author, a lead or an admin.
std::optional<protocol::Error> checkDeleteNote(const protocol::Agent &by, const protocol::Message &message);

} // namespace confab::server::policy
