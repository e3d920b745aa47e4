#pragma once

#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QPushButton;

namespace confab::models {
class OutboxModel;
}

namespace confab::ui {

// The Outbox panel: every action that has not reached the server — waiting, held, refused or
// in conflict — with its conversation, age and the reason in plain words. Retry (Apply mine for
// a conflict, Send for a held left-over), Edit (the text goes back into the composer) and
// Discard (Keep theirs for a conflict), the last after a confirmation.
class OutboxPanel : public QWidget
{
    Q_OBJECT
public:
    explicit OutboxPanel(models::OutboxModel *model, QWidget *parent = nullptr);

    QListView *list() const { return m_list; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *discardButton() const { return m_discard; }
    // Selects the row of an outbox entry (e.g. a conflict that just appeared).
    void selectEntry(qint64 outboxId);
    // Tests answer the confirmation themselves.
    void setConfirm(std::function<bool(const QString &title, const QString &text)> confirm);

Q_SIGNALS:
    // Edit: the text to put back into the composer of that conversation.
    void editRequested(const QString &conversationId, const QString &kind, const QString &text);
    void openConversationRequested(const QString &conversationId);

private:
    void updateButtons();
    void updateEmpty();
    void retry();
    void edit();
    void discard();

    models::OutboxModel *m_model;
    QListView *m_list;
    QLabel *m_empty;
    QLabel *m_reason;
    QPushButton *m_retry;
    QPushButton *m_edit;
    QPushButton *m_discard;
    std::function<bool(const QString &, const QString &)> m_confirm;
};

} // namespace confab::ui
