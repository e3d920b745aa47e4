#pragma once

#include <QObject>
#include <QStringList>

class QAction;
class QToolButton;

namespace confab::cache {
class Cache;
} // namespace confab::cache

namespace confab::models {
class AgentDirectory;
class AgentPresence;
class ArticleSearchModel;
class AssignPickerModel;
class ContactDetails;
class SearchModel;
class TriageCommands;
class TriageConflicts;
} // namespace confab::models

namespace confab::ui {

class ArticlePicker;
class MainWindow;
class SearchDialog;
class SidebarPanel;
class TriageActions;

// Puts issue 6 into the main window through its public interface only: the customer sidebar
// and help center in the customer dock, the article picker on the composer (button and
// Ctrl+Shift+H), local search (Ctrl+F), and triage on the list's selection (multi-select,
// A / I / E / O / Z / P / T, a Triage menu, conflict dialogs). Owns the models it needs, kept
// current from Cache::changed. Lives as long as the window (its child).
class SidebarFeatures : public QObject
{
    Q_OBJECT
public:
    SidebarFeatures(cache::Cache &cache, models::AgentDirectory &agents, MainWindow *window);
    ~SidebarFeatures() override;

    // Teammates' presence: connect the sync session's `presence` signal to its onPresence.
    models::AgentPresence *presence() const { return m_presence; }
    models::ContactDetails *contactDetails() const { return m_details; }
    SidebarPanel *panel() const { return m_panel; }
    ArticlePicker *articlePicker() const { return m_picker; }
    SearchDialog *searchDialog() const { return m_search; }
    TriageActions *triage() const { return m_triage; }
    QToolButton *articleButton() const { return m_articleButton; }

    // The conversations triage acts on: the list's selected rows, else the open conversation.
    QStringList selectedConversations() const;

private:
    void addArticleButton();

    MainWindow *m_window;
    models::AgentPresence *m_presence;
    models::ContactDetails *m_details;
    models::ArticleSearchModel *m_pickerArticles;
    models::ArticleSearchModel *m_helpArticles;
    models::SearchModel *m_searchModel;
    models::TriageCommands *m_commands;
    models::AssignPickerModel *m_assignModel;
    models::TriageConflicts *m_conflicts;
    SidebarPanel *m_panel;
    ArticlePicker *m_picker;
    SearchDialog *m_search;
    TriageActions *m_triage;
    QToolButton *m_articleButton = nullptr;
};

} // namespace confab::ui
