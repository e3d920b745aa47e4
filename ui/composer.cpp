#include "ui/composer.h"

#include "models/pickermodels.h"
#include "protocol/limits.h"
#include "ui/icons.h"
#include "ui/theme.h"

#include <QAbstractItemView>
#include <QBoxLayout>
#include <QCompleter>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QTabBar>
#include <QTextBlock>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace confab::ui {

// ---------- ComposerEdit

ComposerEdit::ComposerEdit(QWidget *parent) : QPlainTextEdit(parent)
{
    setObjectName(u"composerEdit"_s);
    setTabChangesFocus(true);
}

void ComposerEdit::setCompleters(QCompleter *mentions, QCompleter *savedReplies)
{
    m_mentions = mentions;
    m_saved = savedReplies;
}

QString ComposerEdit::completionPrefix(int *start) const
{
    const QTextCursor cursor = textCursor();
    const QString block = cursor.block().text();
    const int col = cursor.positionInBlock();
    int i = col;
    while (i > 0 && (block.at(i - 1).isLetterOrNumber() || block.at(i - 1) == u'_' || block.at(i - 1) == u'-'
                     || block.at(i - 1) == u'.'))
        --i;
    if (i == 0)
        return {};
    const QChar trigger = block.at(i - 1);
    if (trigger != u'@' && trigger != u'#')
        return {};
    if (i - 1 > 0 && !block.at(i - 2).isSpace())
        return {}; // an email address or a word#tag, not a completion
    if (start)
        *start = cursor.block().position() + i - 1;
    return block.mid(i - 1, col - i + 1);
}

void ComposerEdit::updateCompletion()
{
    const QString prefix = completionPrefix();
    QCompleter *want = nullptr;
    if (prefix.startsWith(u'@') && m_mentionsEnabled)
        want = m_mentions;
    else if (prefix.startsWith(u'#'))
        want = m_saved;
    for (QCompleter *c : { m_mentions, m_saved }) {
        if (c && c != want)
            c->popup()->hide();
    }
    m_active = want;
    if (!want)
        return;
    want->setCompletionPrefix(prefix.mid(1));
    if (want->completionCount() == 0) {
        want->popup()->hide();
        return;
    }
    QRect rect = cursorRect();
    rect.setWidth(std::max(260, want->popup()->sizeHintForColumn(0) + 24));
    want->complete(rect);
    want->popup()->setCurrentIndex(want->completionModel()->index(0, 0));
}

void ComposerEdit::keyPressEvent(QKeyEvent *event)
{
    if (m_active && m_active->popup()->isVisible()) {
        switch (event->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            event->ignore(); // the completer's popup handles these
            return;
        default:
            break;
        }
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        const auto mods = event->modifiers() & ~Qt::KeypadModifier;
        if (mods & Qt::ControlModifier) {
            Q_EMIT sendRequested();
            return;
        }
        if (mods & Qt::ShiftModifier) {
            textCursor().insertText(u"\n"_s);
            ensureCursorVisible();
            return;
        }
        if (m_enterSends && mods == Qt::NoModifier) {
            Q_EMIT sendRequested();
            return;
        }
    }
    QPlainTextEdit::keyPressEvent(event);
    if (!event->text().isEmpty() || event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete)
        updateCompletion();
}

void ComposerEdit::focusOutEvent(QFocusEvent *event)
{
    QPlainTextEdit::focusOutEvent(event);
}

// ---------- Composer

Composer::Composer(QWidget *parent)
    : QWidget(parent), m_tabs(new QTabBar(this)), m_hint(new QLabel(this)), m_edit(new ComposerEdit(this)),
      m_send(new QPushButton(this)), m_keys(new QLabel(this)), m_mentionCompleter(new QCompleter(this)),
      m_savedCompleter(new QCompleter(this)), m_draftTimer(new QTimer(this)), m_typingIdle(new QTimer(this)),
      m_typingRepeat(new QTimer(this))
{
    setObjectName(u"composer"_s);
    setAccessibleName(tr("Composer"));
    setAutoFillBackground(true);

    m_tabs->setObjectName(u"composerMode"_s);
    m_tabs->setAccessibleName(tr("Reply or internal note"));
    m_tabs->addTab(icon(IconName::Chat), tr("Reply"));
    m_tabs->addTab(icon(IconName::Note), tr("Note"));
    m_tabs->setTabToolTip(0, tr("Reply to the customer (R)"));
    m_tabs->setTabToolTip(1, tr("Internal note for your team (N)"));
    m_tabs->setDrawBase(false);
    m_tabs->setExpanding(false);
    // Both tabs always whole: a long note hint (Russian, Greek, Tamil) wraps instead of squeezing them.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    connect(m_tabs, &QTabBar::currentChanged, this, [this](int i) { setMode(i == 1 ? Mode::Note : Mode::Reply); });

    m_hint->setObjectName(u"composerHint"_s);
    m_hint->setText(tr("Internal note — only your team sees this"));
    m_hint->setAccessibleName(m_hint->text());
    QFont bold = m_hint->font();
    bold.setBold(true);
    m_hint->setFont(bold);
    m_hint->setWordWrap(true);

    m_edit->setAccessibleName(tr("Message"));
    m_edit->setMinimumHeight(60);
    m_edit->setCompleters(m_mentionCompleter, m_savedCompleter);
    connect(m_edit, &ComposerEdit::sendRequested, this, &Composer::send);
    connect(m_edit, &QPlainTextEdit::textChanged, this, &Composer::onTextChanged);

    m_send->setObjectName(u"sendButton"_s);
    m_send->setDefault(false);
    m_send->setIcon(icon(IconName::Send));
    connect(m_send, &QPushButton::clicked, this, &Composer::send);

    m_keys->setObjectName(u"composerKeys"_s);
    QFont small = m_keys->font();
    small.setPointSizeF(small.pointSizeF() * 0.86);
    m_keys->setFont(small);
    m_keys->setForegroundRole(QPalette::PlaceholderText);

    for (QCompleter *c : { m_mentionCompleter, m_savedCompleter }) {
        c->setWidget(m_edit);
        c->setCompletionMode(QCompleter::PopupCompletion);
        c->setCaseSensitivity(Qt::CaseInsensitive);
        c->setMaxVisibleItems(8);
        c->popup()->setAccessibleName(c == m_mentionCompleter ? tr("Teammates") : tr("Saved replies"));
    }
    m_savedCompleter->setFilterMode(Qt::MatchContains);
    connect(m_mentionCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                int start = -1;
                const QString prefix = m_edit->completionPrefix(&start);
                if (start < 0)
                    return;
                QTextCursor cursor = m_edit->textCursor();
                cursor.setPosition(start);
                cursor.setPosition(start + int(prefix.size()), QTextCursor::KeepAnchor);
                cursor.insertText(u'@' + index.data(Qt::DisplayRole).toString() + u' ');
                m_edit->setTextCursor(cursor);
            });
    connect(m_savedCompleter, qOverload<const QModelIndex &>(&QCompleter::activated), this,
            [this](const QModelIndex &index) {
                int start = -1;
                const QString prefix = m_edit->completionPrefix(&start);
                if (start < 0)
                    return;
                QTextCursor cursor = m_edit->textCursor();
                cursor.setPosition(start);
                cursor.setPosition(start + int(prefix.size()), QTextCursor::KeepAnchor);
                cursor.insertText(index.data(models::SavedRepliesModel::BodyRole).toString());
                m_edit->setTextCursor(cursor);
            });

    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(700);
    connect(m_draftTimer, &QTimer::timeout, this, &Composer::flushDraft);
    m_typingIdle->setSingleShot(true);
    m_typingIdle->setInterval(4000);
    connect(m_typingIdle, &QTimer::timeout, this, &Composer::stopTyping);
    m_typingRepeat->setInterval(5000);
    connect(m_typingRepeat, &QTimer::timeout, this, [this] {
        if (m_typing)
            Q_EMIT typingChanged(m_conversationId, true, modeName(m_mode));
    });

    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(m_tabs);
    top->addSpacing(8);
    top->addWidget(m_hint, 1);
    top->addStretch(); // takes the room (tabs stay left) while the hint is hidden
    auto *bottom = new QHBoxLayout;
    bottom->setContentsMargins(0, 0, 0, 0);
    bottom->addWidget(m_keys);
    bottom->addStretch();
    bottom->addWidget(m_send);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 8);
    layout->setSpacing(6);
    layout->addLayout(top);
    layout->addWidget(m_edit, 1);
    layout->addLayout(bottom);

    setFocusProxy(m_edit);
    applyMode();
    setConversation({}, u"chat"_s, {}, {});
}

Composer::~Composer() = default;

void Composer::setModels(QAbstractItemModel *teammates, QAbstractItemModel *savedReplies)
{
    m_teammates = teammates;
    m_mentionCompleter->setModel(teammates);
    m_savedCompleter->setModel(savedReplies);
}

QString Composer::modeName(Mode mode)
{
    return mode == Mode::Note ? u"note"_s : u"reply"_s;
}

QString Composer::text() const
{
    return m_edit->toPlainText();
}

void Composer::setText(const QString &text)
{
    m_edit->setPlainText(text);
    m_edit->moveCursor(QTextCursor::End);
}

QColor Composer::tint() const
{
    return palette().color(QPalette::Window);
}

void Composer::setConversation(const QString &conversationId, const QString &channel, const QString &draftText,
                               const QString &draftMode)
{
    if (m_draftTimer->isActive()) {
        m_draftTimer->stop();
        flushDraft();
    }
    stopTyping();
    m_loading = true;
    m_conversationId = conversationId;
    m_channel = channel;
    m_edit->setEnterSends(channel != "email"_L1);
    m_edit->setPlainText(draftText);
    m_edit->moveCursor(QTextCursor::End);
    if (!draftText.isEmpty() && !draftMode.isEmpty())
        setMode(draftMode == "note"_L1 ? Mode::Note : Mode::Reply);
    m_loading = false;
    setEnabled(!conversationId.isEmpty());
    updateSendButton();
}

void Composer::setMode(Mode mode)
{
    if (m_mode == mode && m_tabs->currentIndex() == (mode == Mode::Note ? 1 : 0))
        return;
    const Mode previous = m_mode;
    m_mode = mode;
    if (m_typing && previous != mode && !m_conversationId.isEmpty()) {
        // The customer sees only reply typing: stop the old mode's indicator at once, then type
        // on in the new mode.
        Q_EMIT typingChanged(m_conversationId, false, modeName(previous));
        Q_EMIT typingChanged(m_conversationId, true, modeName(mode));
    }
    applyMode();
    if (!m_loading && !text().isEmpty())
        m_draftTimer->start();
    Q_EMIT modeChanged(mode);
}

void Composer::applyMode()
{
    const bool note = m_mode == Mode::Note;
    {
        const QSignalBlocker block(m_tabs);
        m_tabs->setCurrentIndex(note ? 1 : 0);
    }
    const Theme &t = Theme::current();
    QPalette pal = QWidget::palette();
    if (note) {
        pal.setColor(QPalette::Window, t.composerNote);
        pal.setColor(QPalette::Base, t.noteBackground);
        pal.setColor(QPalette::Text, t.text);
    } else {
        pal = parentWidget() ? parentWidget()->palette() : QPalette();
        pal.setColor(QPalette::Window, pal.color(QPalette::Base));
    }
    setPalette(pal);
    m_hint->setVisible(note);
    m_edit->setMentionsEnabled(note);
    m_edit->setPlaceholderText(note ? tr("Write an internal note — @mention a teammate to notify them")
                                    : tr("Reply to the customer — type # for saved replies"));
    m_edit->setAccessibleDescription(note ? m_hint->text() : tr("Reply to the customer"));
    updateSendButton();
}

void Composer::updateSendButton()
{
    const bool note = m_mode == Mode::Note;
    m_send->setText(note ? tr("Add note") : tr("Send reply"));
    m_send->setAccessibleName(m_send->text());
    m_send->setEnabled(!text().trimmed().isEmpty() && !m_conversationId.isEmpty());
    const bool email = m_channel == "email"_L1;
    m_keys->setText(email ? tr("Ctrl+Enter to send · Enter for a new line")
                          : tr("Enter to send · Shift+Enter for a new line"));
    const QKeySequence key(Qt::CTRL | Qt::Key_Return); // sends in every channel
    m_send->setToolTip(tr("%1 (%2)").arg(m_send->text(), key.toString(QKeySequence::NativeText)));
}

QStringList Composer::mentionedAgents(const QString &text) const
{
    QStringList ids;
    if (!m_teammates || !text.contains(u'@'))
        return ids;
    for (int row = 0; row < m_teammates->rowCount(); ++row) {
        const QModelIndex index = m_teammates->index(row, 0);
        const QString name = index.data(Qt::DisplayRole).toString();
        const QString id = index.data(models::AgentsModel::IdRole).toString();
        if (name.isEmpty())
            continue;
        const QString first = name.section(u' ', 0, 0);
        const QRegularExpression re(u"(^|\\s)@("_s + QRegularExpression::escape(name) + u"|"_s
                                        + QRegularExpression::escape(first) + u")(?![\\w])"_s,
                                    QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
        if (re.match(text).hasMatch())
            ids.append(id);
    }
    return ids;
}

void Composer::send()
{
    if (m_conversationId.isEmpty())
        return;
    const QString body = text();
    if (body.trimmed().isEmpty())
        return;
    if (body.size() > protocol::limits::MaxMessageBodyChars) {
        QMessageBox::warning(this, tr("Message too long"),
                             tr("A message can hold at most %1 characters; this one has %2.")
                                 .arg(protocol::limits::MaxMessageBodyChars)
                                 .arg(body.size()));
        return;
    }
    const QStringList mentions = mentionedAgents(body);
    if (m_mode == Mode::Reply && !mentions.isEmpty()) {
        // The classic leak: an @mention in a reply is meant for the team, not the customer.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Send to the customer?"),
                                    tr("This goes to the customer — send as a note instead?"), QMessageBox::NoButton,
                                    this);
        box->setObjectName(u"mentionGuard"_s);
        box->setInformativeText(tr("You mentioned a teammate in a reply. Replies are seen by the customer; notes "
                                   "only by your team."));
        QPushButton *asNote = box->addButton(tr("Send as Note"), QMessageBox::AcceptRole);
        asNote->setObjectName(u"sendAsNote"_s);
        QPushButton *asReply = box->addButton(tr("Send Reply Anyway"), QMessageBox::DestructiveRole);
        asReply->setObjectName(u"sendAsReply"_s);
        box->addButton(QMessageBox::Cancel);
        box->setDefaultButton(asNote);
        box->setAttribute(Qt::WA_DeleteOnClose);
        const QString conversation = m_conversationId;
        connect(box, &QMessageBox::buttonClicked, this, [this, asNote, asReply, body, mentions, conversation](QAbstractButton *b) {
            if (conversation != m_conversationId)
                return;
            if (b == asNote)
                emitSend(u"note"_s, body, mentions);
            else if (b == asReply)
                emitSend(u"reply"_s, body, {});
            else
                m_edit->setFocus();
        });
        box->open();
        return;
    }
    emitSend(modeName(m_mode), body, m_mode == Mode::Note ? mentions : QStringList());
}

void Composer::emitSend(const QString &kind, const QString &body, const QStringList &mentions)
{
    const QString conversation = m_conversationId;
    Q_EMIT sendRequested(conversation, kind, body, mentions);
    m_loading = true;
    m_edit->clear();
    m_loading = false;
    m_draftTimer->stop();
    stopTyping();
    // The mode stays as it is: a note is followed by more notes until the agent switches.
    Q_EMIT draftChanged(conversation, QString(), modeName(m_mode));
    updateSendButton();
    m_edit->setFocus();
}

void Composer::focusEditor()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
}

void Composer::onTextChanged()
{
    updateSendButton();
    if (m_loading || m_conversationId.isEmpty())
        return;
    m_draftTimer->start();
    if (text().isEmpty()) {
        stopTyping();
        return;
    }
    if (!m_typing) {
        m_typing = true;
        Q_EMIT typingChanged(m_conversationId, true, modeName(m_mode));
        m_typingRepeat->start();
    }
    m_typingIdle->start();
}

void Composer::stopTyping()
{
    m_typingIdle->stop();
    m_typingRepeat->stop();
    if (!m_typing)
        return;
    m_typing = false;
    Q_EMIT typingChanged(m_conversationId, false, modeName(m_mode));
}

void Composer::flushDraft()
{
    if (!m_conversationId.isEmpty())
        Q_EMIT draftChanged(m_conversationId, text(), modeName(m_mode));
}

void Composer::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::ApplicationPaletteChange)
        applyMode();
    QWidget::changeEvent(event);
}

} // namespace confab::ui
