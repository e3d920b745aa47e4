#pragma once

#include <QDialog>
#include <QUrl>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace confab::ui {

// Sign in: server URL, email, password and "remember me" (the token goes to the system
// keychain). The app performs the sign-in and reports back with setBusy/setError.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoginDialog(QWidget *parent = nullptr);

    void setServer(const QString &server);
    void setEmail(const QString &email);
    void setRemember(bool remember);
    void setRememberAvailable(bool available, const QString &why = {});
    QString server() const;
    QString email() const;
    QString password() const;
    bool remember() const;

public Q_SLOTS:
    void setBusy(bool busy);
    void setError(const QString &message);

Q_SIGNALS:
    void signInRequested(const QUrl &server, const QString &email, const QString &password, bool remember);

private:
    void submit();
    void validate();

    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_remember;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace confab::ui
