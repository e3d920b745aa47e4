#pragma once

#include <QFont>
#include <QString>

class QTextDocument;

namespace confab::ui {

// A message body as a laid-out document: plain text with web links and email addresses
// made clickable, whitespace and line breaks kept, long words wrapped anywhere.
QTextDocument *makeBodyDocument(const QString &text, const QFont &font, qreal width);
// The body as HTML (escaped, with anchors); exposed for tests.
QString linkifiedHtml(const QString &text);
bool mayContainLinks(const QString &text);

} // namespace confab::ui
