// SignInDialog: the two ways in — "Sign in with Asana" (OAuth in the browser, or a pasted code
// where the browser cannot reach back) and a personal access token — and what is happening with
// the attempt. A copy built without an OAuth client offers the token alone, saying what it is and
// where Asana makes one. It only asks and shows: an AccountController runs the sign-in (attachTo()).
#pragma once

#include <QDialog>
#include <QUrl>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace AsanaFeed {

class AccountController;

class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    enum class Page { Choose, Waiting, Code };

    explicit SignInDialog(QWidget* parent = nullptr);
    ~SignInDialog() override;

    // Asks `accounts` to run what the person chooses, and shows how it goes.
    void attachTo(AccountController* accounts);

    // Asana's page where a person makes a personal access token.
    [[nodiscard]] static QUrl tokenPageUrl();

    // Without an OAuth client there is no "Sign in with Asana": the first page explains the
    // personal access token instead, with a button that opens Asana's token page.
    void setOAuthAvailable(bool available);
    [[nodiscard]] bool isOAuthAvailable() const { return m_oauthAvailable; }
    // A line above the choices, e.g. why the sign-in is asked for again.
    void setNotice(const QString& notice);

    // The browser was opened: wait for the redirect (with a way to paste a code instead).
    void showWaiting();
    // The out-of-band attempt runs: the person pastes the code Asana showed.
    void showCodeEntry();
    // A code or token is being checked: inputs are off until succeeded() or showError().
    void showVerifying(const QString& message);
    // The attempt failed: back to the choices with the reason.
    void showError(const QString& message);
    // Signed in: the dialog closes (and forgets the token it was given).
    void succeeded();

    [[nodiscard]] Page page() const;
    [[nodiscard]] QString errorText() const;
    [[nodiscard]] bool isVerifying() const { return m_verifying; }
    [[nodiscard]] QPushButton* oauthButton() const { return m_oauthButton; }
    [[nodiscard]] QPushButton* tokenPageButton() const { return m_tokenPageButton; }
    [[nodiscard]] QLineEdit* tokenField() const { return m_tokenField; }
    [[nodiscard]] QPushButton* tokenButton() const { return m_tokenButton; }
    [[nodiscard]] QPushButton* pasteCodeButton() const { return m_pasteCodeButton; }
    [[nodiscard]] QLineEdit* codeField() const { return m_codeField; }
    [[nodiscard]] QPushButton* codeButton() const { return m_codeButton; }

signals:
    void oauthRequested();
    void outOfBandRequested();
    void codeSubmitted(const QString& code);
    void tokenSubmitted(const QString& token);
    // The running attempt is abandoned (Cancel, Back, or the dialog closed).
    void cancelRequested();

public slots:
    void reject() override;

private:
    // A line to paste into and its button; Enter or the button emits `submitted` with the text.
    struct Entry
    {
        QLineEdit** field;
        QPushButton** button;
        QString placeholder;
        QString accessibleName;
        QString buttonText;
        QString busyText;
        void (SignInDialog::*submitted)(const QString&);
    };
    void addEntryRow(QVBoxLayout* layout, const Entry& entry);
    // A page of the dialog (in Page order) with its title and text; its layout, to add to.
    QVBoxLayout* addPage(const QString& title, const QStringList& paragraphs);
    void setPage(Page page);
    void setVerifying(bool verifying, const QString& message = {});
    void updateButtons();
    [[nodiscard]] QLabel* makeText(const QString& text, QWidget* parent) const;

    QStackedWidget* m_pages = nullptr;
    QLabel* m_notice = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_busyText = nullptr;
    QProgressBar* m_busy = nullptr;
    QWidget* m_withOAuth = nullptr; // "Sign in with Asana", then "Or use a personal access token"
    QWidget* m_tokenOnly = nullptr; // what a personal access token is, and where to make one
    QPushButton* m_oauthButton = nullptr;
    QPushButton* m_tokenPageButton = nullptr;
    QLineEdit* m_tokenField = nullptr;
    QPushButton* m_tokenButton = nullptr;
    QPushButton* m_pasteCodeButton = nullptr;
    QLineEdit* m_codeField = nullptr;
    QPushButton* m_codeButton = nullptr;
    QPushButton* m_cancelButton = nullptr;
    bool m_oauthAvailable = true;
    bool m_verifying = false;
    bool m_attemptRunning = false;
};

} // namespace AsanaFeed
