#include "ui/logindialog.h"

#include "ui/icons.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace confab::ui {

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent), m_server(new QLineEdit(this)), m_email(new QLineEdit(this)), m_password(new QLineEdit(this)),
      m_remember(new QCheckBox(tr("&Remember me on this computer"), this)), m_error(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setObjectName(u"loginDialog"_s);
    setWindowTitle(tr("Sign in to Confab"));
    setWindowIcon(icon(IconName::App));
    m_server->setObjectName(u"server"_s);
    m_server->setAccessibleName(tr("Server address"));
    m_server->setPlaceholderText(u"https://support.example.com"_s);
    m_email->setObjectName(u"email"_s);
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("you@example.com"));
    m_password->setObjectName(u"password"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_remember->setObjectName(u"remember"_s);
    m_remember->setAccessibleName(tr("Remember me"));
    m_remember->setChecked(true);
    m_error->setObjectName(u"error"_s);
    m_error->setWordWrap(true);
    m_error->setAccessibleName(tr("Sign-in problem"));
    QPalette pal = m_error->palette();
    pal.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    m_error->setPalette(pal);
    m_error->hide();

    QPushButton *signIn = m_buttons->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    signIn->setObjectName(u"signIn"_s);
    signIn->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &LoginDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit *e : { m_server, m_email, m_password })
        connect(e, &QLineEdit::textChanged, this, &LoginDialog::validate);

    auto *form = new QFormLayout;
    form->addRow(tr("Se&rver:"), m_server);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_remember);
    auto *layout = new QVBoxLayout(this);
    auto *title = new QLabel(tr("<b>Sign in</b> with your team's Confab server"), this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(420);
    validate();
}

void LoginDialog::setServer(const QString &server)
{
    m_server->setText(server);
}
void LoginDialog::setEmail(const QString &email)
{
    m_email->setText(email);
    if (!email.isEmpty())
        m_password->setFocus();
}
void LoginDialog::setRemember(bool remember)
{
    m_remember->setChecked(remember);
}
void LoginDialog::setRememberAvailable(bool available, const QString &why)
{
    m_remember->setEnabled(available);
    if (!available) {
        m_remember->setChecked(false);
        m_remember->setToolTip(why);
    }
}
QString LoginDialog::server() const
{
    return m_server->text().trimmed();
}
QString LoginDialog::email() const
{
    return m_email->text().trimmed();
}
QString LoginDialog::password() const
{
    return m_password->text();
}
bool LoginDialog::remember() const
{
    return m_remember->isChecked();
}

void LoginDialog::validate()
{
    const bool ok = !server().isEmpty() && email().contains(u'@') && !password().isEmpty();
    m_buttons->buttons().constFirst()->setEnabled(ok);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(ok);
    }
}

void LoginDialog::submit()
{
    QUrl url = QUrl::fromUserInput(server());
    if (!url.isValid() || url.host().isEmpty()) {
        setError(tr("“%1” is not a server address.").arg(server()));
        return;
    }
    setError({});
    Q_EMIT signInRequested(url, email(), password(), remember());
}

void LoginDialog::setBusy(bool busy)
{
    for (QWidget *w : std::initializer_list<QWidget *> { m_server, m_email, m_password, m_remember })
        w->setEnabled(!busy);
    for (QAbstractButton *b : m_buttons->buttons()) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole) {
            b->setEnabled(!busy);
            b->setText(busy ? tr("Signing in…") : tr("&Sign In"));
        }
    }
    if (!busy)
        validate();
}

void LoginDialog::setError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    if (!message.isEmpty()) {
        m_password->selectAll();
        m_password->setFocus();
    }
}

} // namespace confab::ui
