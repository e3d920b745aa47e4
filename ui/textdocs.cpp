#include "ui/textdocs.h"

#include <QRegularExpression>
#include <QTextDocument>
#include <QTextOption>

using namespace Qt::StringLiterals;

namespace confab::ui {

bool mayContainLinks(const QString &text)
{
    return text.contains("://"_L1) || text.contains("www."_L1) || text.contains(u'@');
}

QString linkifiedHtml(const QString &text)
{
    static const QRegularExpression links(
        uR"((https?://[^\s<>"']+[^\s<>"'.,;:!?)\]]|www\.[^\s<>"']+[^\s<>"'.,;:!?)\]]|[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+))"_s);
    QString html = u"<p style=\"white-space: pre-wrap; margin: 0\">"_s;
    qsizetype last = 0;
    auto it = links.globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        html += text.mid(last, m.capturedStart() - last).toHtmlEscaped();
        const QString shown = m.captured(0);
        QString href = shown;
        if (shown.startsWith("www."_L1))
            href = u"https://"_s + shown;
        else if (!shown.contains("://"_L1))
            href = u"mailto:"_s + shown;
        html += u"<a href=\""_s + href.toHtmlEscaped() + u"\">"_s + shown.toHtmlEscaped() + u"</a>"_s;
        last = m.capturedEnd();
    }
    html += text.mid(last).toHtmlEscaped();
    html += u"</p>"_s;
    return html;
}

QTextDocument *makeBodyDocument(const QString &text, const QFont &font, qreal width)
{
    auto *doc = new QTextDocument;
    doc->setDefaultFont(font);
    doc->setDocumentMargin(0);
    QTextOption option = doc->defaultTextOption();
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    doc->setDefaultTextOption(option);
    doc->setUndoRedoEnabled(false);
    if (mayContainLinks(text))
        doc->setHtml(linkifiedHtml(text));
    else
        doc->setPlainText(text);
    doc->setTextWidth(width);
    return doc;
}

} // namespace confab::ui
