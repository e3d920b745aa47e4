#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListView;
class QPlainTextEdit;

namespace confab::models {
class ArticleSearchModel;
} // namespace confab::models

namespace confab::ui {

// The composer's article popup (Ctrl+Shift+H or its button): type to search the synced help
// articles; Up/Down move; Enter inserts the article's title and link at the cursor,
// Shift+Enter its full text; Ctrl+O opens it in the help center to read first; Escape closes.
class ArticlePicker : public QFrame
{
    Q_OBJECT
public:
    explicit ArticlePicker(models::ArticleSearchModel *model, QWidget *parent = nullptr);
    ~ArticlePicker() override;

    // Opens below the editor's cursor, inserting into it on Enter.
    void popupFor(QPlainTextEdit *editor);
    // Opens at a global position, only emitting insertRequested.
    void popupAt(const QPoint &globalPos);

    QLineEdit *searchField() const { return m_search; }
    QListView *list() const { return m_list; }
    models::ArticleSearchModel *model() const { return m_model; }
    QString currentArticleId() const;

Q_SIGNALS:
    // The text to insert (also inserted into the editor given to popupFor).
    void insertRequested(const QString &text);
    void readRequested(const QString &articleId);
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void accept(bool fullText);
    void moveCurrent(int delta);
    void updateEmpty();

    models::ArticleSearchModel *m_model;
    QLineEdit *m_search;
    QListView *m_list;
    QLabel *m_empty;
    QLabel *m_hint;
    QPointer<QPlainTextEdit> m_editor;
};

} // namespace confab::ui
