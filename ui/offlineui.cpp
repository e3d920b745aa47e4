#include "ui/offlineui.h"

#include "cache/cache.h"
#include "models/awaysummary.h"
#include "models/outboxmodel.h"
#include "ui/composer.h"
#include "ui/connectionindicator.h"
#include "ui/feedview.h"
#include "ui/mainwindow.h"
#include "ui/outboxpanel.h"
#include "ui/undobar.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QBoxLayout>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTextDocument>
#include <QTextEdit>

using namespace Qt::StringLiterals;

namespace confab::ui {

namespace {

// Whether the focused widget has its own undo to give (then Ctrl+Z is its).
bool focusHasOwnUndo()
{
    QWidget *w = QApplication::focusWidget();
    if (auto *e = qobject_cast<QPlainTextEdit *>(w))
        return !e->isReadOnly() && e->document()->isUndoAvailable();
    if (auto *e = qobject_cast<QTextEdit *>(w))
        return !e->isReadOnly() && e->document()->isUndoAvailable();
    if (auto *e = qobject_cast<QLineEdit *>(w))
        return e->isUndoAvailable();
    return false;
}

} // namespace

QString OfflineUi::undoSecondsKey()
{
    return u"offline/undoSendSeconds"_s;
}

int OfflineUi::undoSecondsSetting()
{
    return qBound(0, QSettings().value(undoSecondsKey(), 5).toInt(), 60);
}

OfflineUi::OfflineUi(MainWindow *window, cache::Cache &cache, models::OutboxModel *outbox, models::AwaySummary *away)
    : QObject(window), m_window(window), m_cache(cache), m_outbox(outbox), m_awayModel(away)
{
    // The Outbox dock.
    m_dock = new QDockWidget(tr("Outbox"), window);
    m_dock->setObjectName(u"outboxDock"_s);
    m_dock->setAccessibleName(tr("Outbox: actions not yet on the server"));
    m_panel = new OutboxPanel(outbox, m_dock);
    m_dock->setWidget(m_panel);
    window->addDockWidget(Qt::RightDockWidgetArea, m_dock);
    m_dock->hide();
    connect(m_panel, &OutboxPanel::editRequested, this, &OfflineUi::putBackInComposer);
    connect(m_panel, &OutboxPanel::openConversationRequested, window, &MainWindow::openConversation);
    auto updateTitle = [this] {
        const int n = m_outbox->rowCount();
        m_dock->setWindowTitle(n ? tr("Outbox (%1)").arg(n) : tr("Outbox"));
    };
    connect(outbox, &models::OutboxModel::countsChanged, this, updateTitle);
    updateTitle();
    // A refused or conflicted action is surfaced at once, in plain words.
    connect(outbox, &models::OutboxModel::problemAppeared, this,
            [this](qint64 id, const QString &title, const QString &reason) {
                // A refused or conflicted triage change (assign, snooze, resolve…) may be
                // explained by the triage conflict dialog; then the Outbox only lists it.
                const int row = m_outbox->rowOf(id);
                if (m_triageElsewhere && row >= 0 && m_outbox->entry(row).kind == cache::OutboxKind::Update
                    && m_outbox->entry(row).state != cache::OutboxState::Held)
                    return;
                showOutbox();
                m_panel->selectEntry(id);
                if (m_window)
                    m_window->statusBar()->showMessage(tr("Not sent — %1: %2").arg(title, reason), 15000);
            });
    connect(window->connectionIndicator(), &ConnectionIndicator::outboxRequested, this, &OfflineUi::showOutbox);

    // Undo send.
    m_undoBar = new UndoBar(cache, window->feedView());
    connect(m_undoBar, &UndoBar::undone, this, &OfflineUi::putBackInComposer);
    qApp->installEventFilter(this);

    // Actions that cannot be written to disk yet.
    m_unsaved = new QLabel(window);
    m_unsaved->setObjectName(u"unsavedWarning"_s);
    m_unsaved->setStyleSheet(u"color: #c0392b; font-weight: bold;"_s);
    m_unsaved->hide();
    window->statusBar()->addPermanentWidget(m_unsaved);
    connect(&cache, &cache::Cache::unsavedChanged, this, [this](int count, const QString &reason) {
        m_unsaved->setVisible(count > 0);
        m_unsaved->setText(count == 1 ? tr("⚠ 1 action not yet saved — retrying") : tr("⚠ %n actions not yet saved — retrying", nullptr, int(count)));
        m_unsaved->setToolTip(
            tr("Confab cannot write to its local cache (%1). What you did is kept in memory and saved as soon as the "
               "disk allows; nothing is dropped. Free some disk space or close the program that locks the file.")
                .arg(reason));
        if (count > 0 && m_window)
            m_window->statusBar()->showMessage(tr("Could not save to disk: %1. Kept in memory, retrying.").arg(reason),
                                               15000);
    });

    // While you were away.
    m_away = new QFrame(window->feedView());
    m_away->setObjectName(u"awayBanner"_s);
    m_away->setAccessibleName(tr("While you were away"));
    m_away->setAutoFillBackground(true);
    m_away->setFrameShape(QFrame::StyledPanel);
    m_away->setStyleSheet(u"#awayBanner { background: #eaf2fb; border: 1px solid #9cc3ea; border-radius: 6px; }"
                          u" #awayBanner QLabel { color: #1d3557; }"_s);
    m_awayText = new QLabel(m_away);
    m_awayText->setWordWrap(true);
    m_awayText->setTextFormat(Qt::RichText);
    m_awayText->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_awayText, &QLabel::linkActivated, this, [this](const QString &link) {
        if (m_window && link.startsWith("conversation:"_L1))
            m_window->openConversation(link.mid(13));
    });
    auto *dismiss = new QPushButton(tr("Dismiss"), m_away);
    dismiss->setObjectName(u"awayDismiss"_s);
    connect(dismiss, &QPushButton::clicked, m_away, &QWidget::hide);
    auto *awayLayout = new QHBoxLayout(m_away);
    awayLayout->setContentsMargins(12, 8, 8, 8);
    awayLayout->addWidget(m_awayText, 1);
    awayLayout->addWidget(dismiss, 0, Qt::AlignTop);
    m_away->hide();
    window->feedView()->installEventFilter(this);
    if (away)
        connect(away, &models::AwaySummary::summaryReady, this, &OfflineUi::showAwaySummary);

    // Quitting while something is held or unsaved asks first.
    window->installEventFilter(this);
    m_ask = [this](int held, int unsaved) {
        QMessageBox box(m_window);
        box.setIcon(QMessageBox::Question);
        box.setWindowTitle(tr("Quit Confab?"));
        QStringList lines;
        if (held)
            lines.append(held == 1 ? tr("A message is still inside the undo time and has not been sent.") : tr("%n messages are still inside the undo time and have not been sent.", nullptr, int(held)));
        if (unsaved)
            lines.append(unsaved == 1 ? tr("An action could not be saved to disk yet and would be lost.") : tr("%n actions could not be saved to disk yet and would be lost.", nullptr, int(unsaved)));
        box.setText(lines.join(u' '));
        QPushButton *send = held ? box.addButton(tr("Send Now and Quit"), QMessageBox::AcceptRole)
                                 : box.addButton(tr("Quit Anyway"), QMessageBox::DestructiveRole);
        QPushButton *drafts = held ? box.addButton(tr("Keep as Drafts and Quit"), QMessageBox::DestructiveRole) : nullptr;
        QPushButton *cancel = box.addButton(QMessageBox::Cancel);
        box.setDefaultButton(cancel);
        box.exec();
        if (box.clickedButton() == send)
            return QuitChoice::SendNow;
        if (drafts && box.clickedButton() == drafts)
            return QuitChoice::KeepAsDrafts;
        return QuitChoice::Cancel;
    };

    buildMenu();
    cache.setUndoWindowMs(undoSecondsSetting() * 1000);

    // What the last session left for the agent (refused, in conflict, or held when it ended).
    for (int row = 0; row < outbox->rowCount(); ++row) {
        const QModelIndex i = outbox->index(row);
        if (i.data(models::OutboxModel::IsProblemRole).toBool() || i.data(models::OutboxModel::CanRetryRole).toBool()) {
            showOutbox();
            m_panel->selectEntry(i.data(models::OutboxModel::IdRole).toLongLong());
            window->statusBar()->showMessage(tr("Some of your actions were not sent — see the Outbox."), 15000);
            break;
        }
    }
}

OfflineUi::~OfflineUi()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void OfflineUi::setQuitQuestion(std::function<QuitChoice(int, int)> ask)
{
    m_ask = std::move(ask);
}

void OfflineUi::buildMenu()
{
    // The View menu is the one holding the sidebar toggle; append to it.
    QMenu *view = nullptr;
    for (QAction *a : m_window->menuBar()->actions())
        if (QMenu *m = a->menu())
            for (QAction *inner : m->actions())
                if (inner->objectName() == "actionSidebar"_L1)
                    view = m;
    if (!view)
        view = m_window->menuBar()->addMenu(tr("&Offline"));
    m_outboxAction = m_dock->toggleViewAction();
    m_outboxAction->setObjectName(u"actionOutbox"_s);
    m_outboxAction->setText(tr("&Outbox"));
    m_outboxAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_window->addAction(m_outboxAction);
    view->addSeparator();
    view->addAction(m_outboxAction);
    QMenu *undo = view->addMenu(tr("&Undo Send"));
    undo->setObjectName(u"menuUndoSend"_s);
    auto *group = new QActionGroup(undo);
    const int current = undoSecondsSetting();
    for (int seconds : { 0, 5, 10, 20, 30 }) {
        QAction *a = undo->addAction(seconds ? tr("Hold for %1 seconds").arg(seconds) : tr("Off"));
        a->setObjectName(u"actionUndoSend%1"_s.arg(seconds));
        a->setCheckable(true);
        a->setChecked(seconds == current);
        group->addAction(a);
        connect(a, &QAction::triggered, this, [this, seconds] { setUndoSeconds(seconds); });
    }
}

void OfflineUi::setUndoSeconds(int seconds)
{
    QSettings().setValue(undoSecondsKey(), seconds);
    m_cache.setUndoWindowMs(seconds * 1000);
}

void OfflineUi::showOutbox()
{
    m_dock->show();
    m_dock->raise();
    m_panel->list()->setFocus(Qt::OtherFocusReason);
}

void OfflineUi::showAwaySummary()
{
    if (!m_awayModel)
        return;
    const models::AwaySummary::Summary &s = m_awayModel->last();
    if (s.isEmpty())
        return;
    QString html = u"<b>%1</b>"_s.arg(s.headline().toHtmlEscaped());
    int shown = 0;
    for (const auto &item : s.items) {
        if (++shown > 6) {
            html += u"<br>"_s + tr("…and %1 more").arg(int(s.items.size()) - 6).toHtmlEscaped();
            break;
        }
        html += u"<br>• <a href=\"conversation:%1\">%2</a> — %3"_s.arg(item.conversationId.toHtmlEscaped(),
                                                                     item.title.toHtmlEscaped(),
                                                                     item.text.toHtmlEscaped());
    }
    m_awayText->setText(html);
    QWidget *host = m_window->feedView();
    m_away->setFixedWidth(qMax(280, host->width() - 24));
    m_away->adjustSize();
    m_away->move(12, 12);
    m_away->show();
    m_away->raise();
}

bool OfflineUi::undoLastSend()
{
    if (!m_window)
        return false;
    return m_undoBar->undoLatest(m_window->currentConversationId()) || m_undoBar->undoLatest();
}

void OfflineUi::putBackInComposer(const QString &conversationId, const QString &kind, const QString &text)
{
    if (!m_window || conversationId.isEmpty())
        return;
    Composer *composer = m_window->composer();
    if (m_window->currentConversationId() != conversationId)
        m_window->openConversation(conversationId);
    const QString current = composer->text();
    // The draft may already hold it (the cache writes it there too); never duplicate it.
    QString merged = text;
    if (!current.trimmed().isEmpty() && !current.contains(text))
        merged = current + u"\n\n"_s + text;
    else if (current.contains(text))
        merged = current;
    composer->setMode(kind == "note"_L1 ? Composer::Mode::Note : Composer::Mode::Reply);
    composer->setText(merged);
    composer->focusEditor();
    m_window->statusBar()->showMessage(tr("Not sent — the text is back in the composer."), 6000);
}

bool OfflineUi::eventFilter(QObject *watched, QEvent *event)
{
    if (m_window && watched == m_window && event->type() == QEvent::Close) {
        const int held = int(m_cache.heldSends().size());
        const int unsaved = m_cache.unsavedCount();
        if (held || unsaved) {
            const QuitChoice choice = m_ask ? m_ask(held, unsaved) : QuitChoice::SendNow;
            if (choice == QuitChoice::Cancel) {
                event->ignore();
                return true;
            }
            if (choice == QuitChoice::SendNow) {
                m_cache.releaseHeldSends();
            } else {
                for (const cache::HeldSend &h : m_cache.heldSends())
                    m_cache.undoSend(h.clientId); // the text becomes the draft, in the same write
            }
        }
        return false;
    }
    if (m_window && watched == m_window->feedView() && event->type() == QEvent::Resize && m_away->isVisible()) {
        m_away->setFixedWidth(qMax(280, m_window->feedView()->width() - 24));
        m_away->adjustSize();
    }
    auto *receiver = qobject_cast<QWidget *>(watched);
    if ((event->type() == QEvent::ShortcutOverride || event->type() == QEvent::KeyPress) && m_window && receiver
        && receiver->window() == m_window) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) && !m_cache.heldSends().isEmpty() && !focusHasOwnUndo()) {
            if (event->type() == QEvent::ShortcutOverride) {
                event->accept(); // the key press comes to us, not to a shortcut
                return false;
            }
            if (undoLastSend())
                return true;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace confab::ui
