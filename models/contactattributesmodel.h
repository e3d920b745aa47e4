#pragma once

#include "models/attributeformat.h"

#include <QAbstractListModel>

namespace confab::models {

// Formatted attributes of one contact (standard or custom), with a filter for long lists.
// setRows() updates in place when the same keys come back in the same order (the usual case:
// a value changed), and resets only when keys appear or disappear.
class ContactAttributesModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KeyRole = Qt::UserRole + 1,
        LabelRole,
        TextRole,  // also Qt::DisplayRole
        KindRole,  // AttributeKind as int
        UrlRole,   // QUrl for links and emails, else invalid
    };
    Q_ENUM(Role)

    explicit ContactAttributesModel(QObject *parent = nullptr);

    void setRows(const QList<FormattedAttribute> &rows);
    const QList<FormattedAttribute> &allRows() const { return m_all; }
    int totalCount() const { return int(m_all.size()); }

    // Case-insensitive match on label, key and shown value; empty shows everything.
    void setFilter(const QString &text);
    QString filter() const { return m_filter; }

    const FormattedAttribute &rowAt(int row) const { return m_shown.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<FormattedAttribute> filtered() const;
    void show(QList<FormattedAttribute> rows);

    QList<FormattedAttribute> m_all;
    QList<FormattedAttribute> m_shown;
    QString m_filter;
};

} // namespace confab::models
