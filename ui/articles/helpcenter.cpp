#include "ui/articles/helpcenter.h"

#include "models/articlemodel.h"
#include "ui/sidebar/sidebarwidgets.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace confab::ui {

using namespace Qt::StringLiterals;
using models::ArticleSearchModel;

HelpCenterView::HelpCenterView(ArticleSearchModel *model, QWidget *parent) : QWidget(parent), m_model(model)
{
    setAccessibleName(tr("Help center"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    m_search = new QLineEdit(this);
    m_search->setObjectName(u"helpSearch"_s);
    m_search->setPlaceholderText(tr("Search help articles…"));
    m_search->setAccessibleName(tr("Search help articles"));
    m_search->setClearButtonEnabled(true);
    layout->addWidget(m_search);

    auto *split = new QSplitter(Qt::Vertical, this);
    m_list = new QListView(split);
    m_list->setObjectName(u"helpList"_s);
    m_list->setAccessibleName(tr("Articles"));
    m_list->setModel(model);
    m_list->setItemDelegate(new sidebar::TwoLineDelegate(-1, ArticleSearchModel::ExcerptRole, -1, m_list));
    m_list->setUniformItemSizes(true);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_reader = new QTextBrowser(split);
    m_reader->setObjectName(u"helpReader"_s);
    m_reader->setAccessibleName(tr("Article"));
    m_reader->setOpenExternalLinks(true);
    m_reader->setPlaceholderText(tr("Pick an article to read it here before you send it."));
    split->addWidget(m_list);
    split->addWidget(m_reader);
    split->setStretchFactor(1, 2);
    layout->addWidget(split, 1);

    auto *buttons = new QHBoxLayout;
    m_insertLink = new QPushButton(tr("Insert &link"), this);
    m_insertLink->setObjectName(u"insertArticleLink"_s);
    m_insertLink->setToolTip(tr("Insert the article's title and link into the reply"));
    m_insertText = new QPushButton(tr("Insert full &text"), this);
    m_insertText->setObjectName(u"insertArticleText"_s);
    m_insertText->setToolTip(tr("Insert the whole article into the reply"));
    buttons->addWidget(m_insertLink);
    buttons->addWidget(m_insertText);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_insertLink->setEnabled(false);
    m_insertText->setEnabled(false);

    connect(m_search, &QLineEdit::textChanged, m_model, &ArticleSearchModel::setQuery);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            m_list->setCurrentIndex(m_model->index(0, 0));
            m_list->setFocus();
        }
    });
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showIndex(current); });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        showIndex(index);
        m_reader->setFocus();
    });
    connect(m_insertLink, &QPushButton::clicked, this, [this] { insert(false); });
    connect(m_insertText, &QPushButton::clicked, this, [this] { insert(true); });
}

void HelpCenterView::focusSearch()
{
    m_model->preload();
    m_search->setFocus(Qt::OtherFocusReason);
    m_search->selectAll();
}

void HelpCenterView::showIndex(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    showArticle(index.data(ArticleSearchModel::IdRole).toString());
}

void HelpCenterView::showArticle(const QString &articleId)
{
    m_model->preload();
    const std::optional<protocol::Article> article = m_model->article(articleId);
    if (!article) {
        m_shown.clear();
        m_reader->clear();
        m_insertLink->setEnabled(false);
        m_insertText->setEnabled(false);
        return;
    }
    m_shown = articleId;
    QString html = u"<h2>%1</h2>"_s.arg(article->title.toHtmlEscaped());
    // Bodies are plain text: paragraphs on blank lines, line breaks kept.
    const QStringList paragraphs = article->body.split(u"\n\n"_s, Qt::SkipEmptyParts);
    for (const QString &p : paragraphs)
        html += u"<p>%1</p>"_s.arg(p.trimmed().toHtmlEscaped().replace(u'\n', u"<br>"_s));
    if (!article->url.isEmpty())
        html += u"<p><a href=\"%1\">%2</a></p>"_s.arg(article->url.toHtmlEscaped(), article->url.toHtmlEscaped());
    m_reader->setHtml(html);
    m_insertLink->setEnabled(true);
    m_insertText->setEnabled(true);
}

void HelpCenterView::insert(bool fullText)
{
    const std::optional<protocol::Article> article = m_model->article(m_shown);
    if (!article)
        return;
    Q_EMIT insertRequested(fullText ? ArticleSearchModel::fullText(*article) : ArticleSearchModel::linkText(*article));
}

} // namespace confab::ui
