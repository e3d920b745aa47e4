#include "models/contactattributesmodel.h"

namespace confab::models {

ContactAttributesModel::ContactAttributesModel(QObject *parent) : QAbstractListModel(parent) { }

void ContactAttributesModel::setRows(const QList<FormattedAttribute> &rows)
{
    m_all = rows;
    show(filtered());
}

void ContactAttributesModel::setFilter(const QString &text)
{
    const QString f = text.trimmed();
    if (f == m_filter)
        return;
    m_filter = f;
    show(filtered());
}

QList<FormattedAttribute> ContactAttributesModel::filtered() const
{
    if (m_filter.isEmpty())
        return m_all;
    QList<FormattedAttribute> out;
    for (const FormattedAttribute &a : m_all) {
        if (a.label.contains(m_filter, Qt::CaseInsensitive) || a.key.contains(m_filter, Qt::CaseInsensitive)
            || a.text.contains(m_filter, Qt::CaseInsensitive))
            out.append(a);
    }
    return out;
}

void ContactAttributesModel::show(QList<FormattedAttribute> rows)
{
    bool sameKeys = rows.size() == m_shown.size();
    for (qsizetype i = 0; sameKeys && i < rows.size(); ++i)
        sameKeys = rows.at(i).key == m_shown.at(i).key;
    if (!sameKeys) {
        beginResetModel();
        m_shown = std::move(rows);
        endResetModel();
        return;
    }
    for (qsizetype i = 0; i < rows.size(); ++i) {
        if (rows.at(i) == m_shown.at(i))
            continue;
        m_shown[i] = rows.at(i);
        const QModelIndex idx = index(int(i), 0);
        Q_EMIT dataChanged(idx, idx);
    }
}

int ContactAttributesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_shown.size());
}

QVariant ContactAttributesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FormattedAttribute &a = m_shown.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return a.text;
    case Qt::ToolTipRole:
        return a.toolTip.isEmpty() ? QVariant() : QVariant(a.toolTip);
    case Qt::AccessibleTextRole:
        return QString(a.label + QStringLiteral(": ") + a.text);
    case KeyRole:
        return a.key;
    case LabelRole:
        return a.label;
    case KindRole:
        return int(a.kind);
    case UrlRole:
        return a.url.isValid() ? QVariant(a.url) : QVariant();
    default:
        return {};
    }
}

QHash<int, QByteArray> ContactAttributesModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KeyRole, "key");
    names.insert(LabelRole, "label");
    names.insert(TextRole, "text");
    names.insert(KindRole, "kind");
    names.insert(UrlRole, "url");
    return names;
}

} // namespace confab::models
