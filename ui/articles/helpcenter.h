#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QPushButton;
class QTextBrowser;

namespace confab::models {
class ArticleSearchModel;
} // namespace confab::models

namespace confab::ui {

// "Help center": search the synced articles and read one before sending it; buttons insert
// its title and link or its full text into the reply.
class HelpCenterView : public QWidget
{
    Q_OBJECT
public:
    explicit HelpCenterView(models::ArticleSearchModel *model, QWidget *parent = nullptr);

    // Shows an article (e.g. from the picker's "read").
    void showArticle(const QString &articleId);
    QString shownArticleId() const { return m_shown; }
    void focusSearch();

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    QTextBrowser *reader() const { return m_reader; }
    QPushButton *insertLinkButton() const { return m_insertLink; }
    QPushButton *insertTextButton() const { return m_insertText; }

Q_SIGNALS:
    void insertRequested(const QString &text);

private:
    void showIndex(const QModelIndex &index);
    void insert(bool fullText);

    models::ArticleSearchModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QTextBrowser *m_reader;
    QPushButton *m_insertLink;
    QPushButton *m_insertText;
    QString m_shown;
};

} // namespace confab::ui
