#include "models/contactadminlinks.h"

#include "models/attributeformat.h"
#include "protocol/limits.h"

#include <QRegularExpression>
#include <QSettings>

namespace confab::models {

using namespace Qt::StringLiterals;

namespace {
const QRegularExpression &placeholderPattern()
{
    // The same placeholder syntax protocol::expandAdminLink fills.
    static const QRegularExpression re(u"\\{([A-Za-z0-9_.-]+)\\}"_s);
    return re;
}

bool openableScheme(const QString &scheme)
{
    return scheme == "http"_L1 || scheme == "https"_L1 || scheme == "mailto"_L1;
}
} // namespace

QStringList AdminLinks::placeholders(const QString &urlTemplate)
{
    QStringList out;
    auto it = placeholderPattern().globalMatch(urlTemplate);
    while (it.hasNext()) {
        const QString key = it.next().captured(1);
        if (!out.contains(key))
            out.append(key);
    }
    return out;
}

ExpandedAdminLink AdminLinks::expand(const protocol::AdminLink &link, const protocol::Contact &contact, bool local)
{
    ExpandedAdminLink e;
    e.title = link.title.trimmed().isEmpty() ? link.urlTemplate : link.title.trimmed();
    e.urlTemplate = link.urlTemplate;
    e.local = local;
    for (const QString &key : placeholders(link.urlTemplate)) {
        bool missing = false;
        protocol::expandAdminLink(u'{' + key + u'}', contact, &missing);
        if (missing)
            e.missing.append(key);
    }
    const QString text = protocol::expandAdminLink(link.urlTemplate, contact);
    const QUrl url(text, QUrl::TolerantMode);
    if (!e.missing.isEmpty()) {
        QStringList labels;
        for (const QString &key : std::as_const(e.missing))
            labels.append(AttributeFormat::label(key));
        e.problem = tr("This customer has no %1, so the link cannot be filled in.").arg(labels.join(tr(", ")));
    } else if (!url.isValid() || !openableScheme(url.scheme().toLower())
               || (url.scheme().compare("mailto"_L1, Qt::CaseInsensitive) != 0 && url.host().isEmpty())) {
        e.problem = tr("Only http, https and mailto links can be opened.");
    }
    if (e.problem.isEmpty())
        e.url = url;
    return e;
}

QString AdminLinks::checkTemplate(const QString &title, const QString &urlTemplate)
{
    if (title.trimmed().isEmpty())
        return tr("Give the link a title.");
    if (title.size() > protocol::limits::MaxNameChars)
        return tr("The title is too long (at most %1 characters).").arg(protocol::limits::MaxNameChars);
    if (urlTemplate.trimmed().isEmpty())
        return tr("Enter the link's address.");
    if (urlTemplate.size() > protocol::limits::MaxUrlChars)
        return tr("The address is too long (at most %1 characters).").arg(protocol::limits::MaxUrlChars);
    QString sample = urlTemplate.trimmed();
    sample.replace(placeholderPattern(), u"x"_s);
    const QUrl url(sample, QUrl::StrictMode);
    if (!url.isValid() || !openableScheme(url.scheme().toLower()))
        return tr("The address must start with http://, https:// or mailto:.");
    if (url.scheme().compare("mailto"_L1, Qt::CaseInsensitive) != 0 && url.host().isEmpty())
        return tr("The address has no host name.");
    if (urlTemplate.count(u'{') != urlTemplate.count(u'}'))
        return tr("A placeholder is not closed: write it as {attribute}.");
    return {};
}

QList<protocol::AdminLink> AdminLinks::loadLocal(QSettings &settings)
{
    QList<protocol::AdminLink> out;
    const int n = settings.beginReadArray(u"sidebar/adminLinks"_s);
    for (int i = 0; i < n; ++i) {
        settings.setArrayIndex(i);
        protocol::AdminLink l;
        l.title = settings.value(u"title"_s).toString();
        l.urlTemplate = settings.value(u"urlTemplate"_s).toString();
        if (checkTemplate(l.title, l.urlTemplate).isEmpty())
            out.append(l);
    }
    settings.endArray();
    return out;
}

void AdminLinks::saveLocal(QSettings &settings, const QList<protocol::AdminLink> &links)
{
    settings.remove(u"sidebar/adminLinks"_s);
    settings.beginWriteArray(u"sidebar/adminLinks"_s, int(links.size()));
    for (int i = 0; i < links.size(); ++i) {
        settings.setArrayIndex(i);
        settings.setValue(u"title"_s, links.at(i).title);
        settings.setValue(u"urlTemplate"_s, links.at(i).urlTemplate);
    }
    settings.endArray();
}

// ---------------------------------------------------------------- model

ContactAdminLinksModel::ContactAdminLinksModel(QObject *parent) : QAbstractListModel(parent) { }

void ContactAdminLinksModel::setWorkspaceLinks(const QList<protocol::AdminLink> &links)
{
    if (links == m_workspace)
        return;
    m_workspace = links;
    rebuild();
}

void ContactAdminLinksModel::setLocalLinks(const QList<protocol::AdminLink> &links)
{
    if (links == m_local)
        return;
    m_local = links;
    rebuild();
}

void ContactAdminLinksModel::setContact(const std::optional<protocol::Contact> &contact)
{
    if (contact == m_contact)
        return;
    m_contact = contact;
    rebuild();
}

void ContactAdminLinksModel::rebuild()
{
    QList<ExpandedAdminLink> rows;
    if (m_contact) {
        for (const protocol::AdminLink &l : std::as_const(m_workspace))
            rows.append(AdminLinks::expand(l, *m_contact, false));
        for (const protocol::AdminLink &l : std::as_const(m_local))
            rows.append(AdminLinks::expand(l, *m_contact, true));
    }
    if (rows.size() == m_rows.size()) {
        bool sameTemplates = true;
        for (qsizetype i = 0; sameTemplates && i < rows.size(); ++i)
            sameTemplates = rows.at(i).urlTemplate == m_rows.at(i).urlTemplate && rows.at(i).local == m_rows.at(i).local;
        if (sameTemplates) {
            for (qsizetype i = 0; i < rows.size(); ++i) {
                if (rows.at(i) == m_rows.at(i))
                    continue;
                m_rows[i] = rows.at(i);
                Q_EMIT dataChanged(index(int(i), 0), index(int(i), 0));
            }
            return;
        }
    }
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int ContactAdminLinksModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ContactAdminLinksModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExpandedAdminLink &l = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return l.title;
    case UrlRole:
        return l.url;
    case UrlTextRole:
        return l.url.isValid() ? l.url.toString(QUrl::FullyEncoded) : QString();
    case TemplateRole:
        return l.urlTemplate;
    case MissingRole:
        return l.missing;
    case LocalRole:
        return l.local;
    case ProblemRole:
        return l.problem;
    case Qt::ToolTipRole:
        return l.problem.isEmpty() ? l.url.toDisplayString() : l.problem;
    case Qt::AccessibleDescriptionRole:
        return l.problem.isEmpty() ? tr("Opens %1 in the browser").arg(l.url.toDisplayString()) : l.problem;
    default:
        return {};
    }
}

Qt::ItemFlags ContactAdminLinksModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    return m_rows.at(index.row()).url.isValid() ? (Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren)
                                                : Qt::ItemNeverHasChildren;
}

QHash<int, QByteArray> ContactAdminLinksModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(TitleRole, "title");
    names.insert(UrlRole, "url");
    names.insert(UrlTextRole, "urlText");
    names.insert(TemplateRole, "urlTemplate");
    names.insert(MissingRole, "missing");
    names.insert(LocalRole, "local");
    names.insert(ProblemRole, "problem");
    return names;
}

} // namespace confab::models
