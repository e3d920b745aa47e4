#pragma once

#include "protocol/entities.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace confab::ui {

// Edits this computer's admin link templates (the workspace's, set by admins on the server,
// are shown read-only). Templates use {placeholders}: id, external_id, email, name or any
// attribute key; values are URL-encoded when the link is opened.
class AdminLinksDialog : public QDialog
{
    Q_OBJECT
public:
    AdminLinksDialog(const QList<protocol::AdminLink> &workspaceLinks, const QList<protocol::AdminLink> &localLinks,
                     QWidget *parent = nullptr);

    QList<protocol::AdminLink> localLinks() const { return m_links; }

    QLineEdit *titleEdit() const { return m_title; }
    QLineEdit *templateEdit() const { return m_template; }
    QPushButton *addButton() const { return m_add; }
    QListWidget *list() const { return m_list; }
    QLabel *errorLabel() const { return m_error; }

private:
    void addOrUpdate();
    void removeSelected();
    void showSelected();
    void refreshList();

    QList<protocol::AdminLink> m_links;
    QListWidget *m_list;
    QLineEdit *m_title;
    QLineEdit *m_template;
    QLabel *m_error;
    QPushButton *m_add;
    QPushButton *m_remove;
};

} // namespace confab::ui
