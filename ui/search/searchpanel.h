#pragma once

#include <QDialog>
#include <QStyledItemDelegate>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListView;

namespace confab::models {
class AgentDirectory;
class SearchModel;
} // namespace confab::models

namespace confab::ui {

// One search result: contact and time on top, then the snippet with the matches highlighted.
class SearchResultDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    static int rowHeight(const QFont &font);
};

// Ctrl+F: search the whole local cache (messages, subjects, contacts), offline. Results are
// conversations, newest first or best match, narrowed by status, assignee, channel and date.
// Enter or a click opens the conversation; Escape closes.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    SearchPanel(models::SearchModel *model, const models::AgentDirectory *agents, QWidget *parent = nullptr);

    void focusSearch();
    // Rebuilds the assignee filter (teammates change).
    void refreshAssignees();

    QLineEdit *searchField() const { return m_search; }
    QComboBox *statusFilter() const { return m_status; }
    QComboBox *assigneeFilter() const { return m_assignee; }
    QComboBox *channelFilter() const { return m_channel; }
    QComboBox *dateFilter() const { return m_date; }
    QCheckBox *bestMatch() const { return m_ranked; }
    QListView *results() const { return m_results; }
    QLabel *summary() const { return m_summary; }

Q_SIGNALS:
    // messageId is empty for subject and contact hits.
    void conversationRequested(const QString &conversationId, const QString &messageId);
    void closeRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilters();
    void openCurrent();
    void updateSummary();

    models::SearchModel *m_model;
    const models::AgentDirectory *m_agents;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_assignee;
    QComboBox *m_channel;
    QComboBox *m_date;
    QCheckBox *m_ranked;
    QListView *m_results;
    QLabel *m_summary;
};

// The search panel in its own window next to the main window (non-modal).
class SearchDialog : public QDialog
{
    Q_OBJECT
public:
    SearchDialog(models::SearchModel *model, const models::AgentDirectory *agents, QWidget *parent = nullptr);
    SearchPanel *panel() const { return m_panel; }
    void showAndFocus();

private:
    SearchPanel *m_panel;
};

} // namespace confab::ui
