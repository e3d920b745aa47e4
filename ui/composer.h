#pragma once

#include <QPlainTextEdit>
#include <QPointer>
#include <QWidget>

class QAbstractItemModel;
#include <QCompleter>
class QLabel;
class QPushButton;
class QTabBar;
class QTimer;

namespace confab::ui {

// The text field of the composer: Enter sends a chat reply (Shift+Enter is a new line),
// email replies send with Ctrl+Enter; @ and # open completion popups.
class ComposerEdit : public QPlainTextEdit
{
    Q_OBJECT
public:
    explicit ComposerEdit(QWidget *parent = nullptr);
    void setEnterSends(bool enterSends) { m_enterSends = enterSends; }
    bool enterSends() const { return m_enterSends; }
    void setCompleters(QCompleter *mentions, QCompleter *savedReplies);
    void setMentionsEnabled(bool enabled) { m_mentionsEnabled = enabled; }
    QCompleter *activeCompleter() const { return m_active; }
    // The word being completed: "@be" or "#ref", with its start position; empty when none.
    QString completionPrefix(int *start = nullptr) const;

Q_SIGNALS:
    void sendRequested();

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void updateCompletion();
    bool m_enterSends = true;
    bool m_mentionsEnabled = false;
    QCompleter *m_mentions = nullptr;
    QCompleter *m_saved = nullptr;
    QPointer<QCompleter> m_active;
};

// Reply / Note composer. Note mode tints the whole composer yellow and says who sees it; the
// mode is kept after sending; the button says what will happen. A reply that @mentions a
// teammate asks whether it should be a note instead (the classic leak). Drafts are reported
// (debounced) for the app to store per conversation; typing is reported for teammates.
class Composer : public QWidget
{
    Q_OBJECT
public:
    enum class Mode { Reply, Note };
    Q_ENUM(Mode)

    explicit Composer(QWidget *parent = nullptr);
    ~Composer() override;

    // Teammates (AgentsModel: display = name, IdRole = id) and saved replies
    // (SavedRepliesModel: display = title, BodyRole = body).
    void setModels(QAbstractItemModel *teammates, QAbstractItemModel *savedReplies);

    // A conversation was opened: its channel decides Enter vs Ctrl+Enter; draft restores
    // text and mode (an empty draft keeps the current mode).
    void setConversation(const QString &conversationId, const QString &channel, const QString &draftText,
                         const QString &draftMode);
    QString conversationId() const { return m_conversationId; }

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    QString text() const;
    void setText(const QString &text);
    ComposerEdit *editor() const { return m_edit; }
    QPushButton *sendButton() const { return m_send; }
    QTabBar *tabs() const { return m_tabs; }
    QColor tint() const;

    // The teammates named with @Name in `text` (ids), from the teammates model.
    QStringList mentionedAgents(const QString &text) const;

    static QString modeName(Mode mode); // "reply" | "note"

public Q_SLOTS:
    void send();
    void focusEditor();

Q_SIGNALS:
    // kind = "reply" | "note".
    void sendRequested(const QString &conversationId, const QString &kind, const QString &body,
                       const QStringList &mentions);
    void draftChanged(const QString &conversationId, const QString &text, const QString &mode);
    // mode = "reply" | "note": what the agent is typing (only a reply is shown to the customer).
    // Switching modes while typing stops the old mode's typing and starts the new one's.
    void typingChanged(const QString &conversationId, bool typing, const QString &mode);
    void modeChanged(confab::ui::Composer::Mode mode);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyMode();
    void updateSendButton();
    void onTextChanged();
    void stopTyping();
    void emitSend(const QString &kind, const QString &body, const QStringList &mentions);
    void flushDraft();

    QTabBar *m_tabs;
    QLabel *m_hint;
    ComposerEdit *m_edit;
    QPushButton *m_send;
    QLabel *m_keys;
    QCompleter *m_mentionCompleter;
    QCompleter *m_savedCompleter;
    QAbstractItemModel *m_teammates = nullptr;
    Mode m_mode = Mode::Reply;
    QString m_conversationId;
    QString m_channel;
    bool m_loading = false;
    bool m_typing = false;
    QTimer *m_draftTimer;
    QTimer *m_typingIdle;
    QTimer *m_typingRepeat;
};

} // namespace confab::ui
