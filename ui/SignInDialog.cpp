#include "SignInDialog.h"

#include "Theme.h"
#include "auth/AccountController.h"

#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace AsanaFeed {

namespace {

QLabel* makeTitle(const QString& text, QWidget* parent)
{
    auto* title = new QLabel(text, parent);
    title->setTextFormat(Qt::PlainText);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    title->setFont(font);
    return title;
}

} // namespace

SignInDialog::SignInDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Sign in to Asana"));
    setAccessibleName(tr("Sign in to Asana"));
    const int unit = fontMetrics().height();
    setMinimumWidth(qMin(unit * 30, 560));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(unit / 2);

    m_notice = makeText(QString(), this);
    m_notice->setAutoFillBackground(true);
    m_notice->setBackgroundRole(QPalette::AlternateBase);
    m_notice->setMargin(unit / 2);
    m_notice->setVisible(false);
    layout->addWidget(m_notice);

    m_pages = new QStackedWidget(this);

    // The choices.
    QVBoxLayout* chooseLayout =
        addPage(tr("Sign in to Asana"), {tr("Asana Feed shows what happens in your Asana projects as it happens. "
                                            "Your sign-in is kept in this computer's keychain, never in a file.")});
    QWidget* choose = chooseLayout->parentWidget();

    // With an OAuth client: "Sign in with Asana", and the token as the other way.
    m_withOAuth = new QWidget(choose);
    auto* withOAuthLayout = new QVBoxLayout(m_withOAuth);
    withOAuthLayout->setContentsMargins(0, 0, 0, 0);
    withOAuthLayout->setSpacing(unit / 2);
    m_oauthButton = new QPushButton(tr("Sign in with Asana…"), m_withOAuth);
    m_oauthButton->setAccessibleName(tr("Sign in with Asana in the browser"));
    m_oauthButton->setDefault(true);
    connect(m_oauthButton, &QPushButton::clicked, this, [this] {
        m_error->clear();
        m_error->setVisible(false);
        emit oauthRequested();
    });
    withOAuthLayout->addSpacing(unit / 4);
    withOAuthLayout->addWidget(m_oauthButton, 0, Qt::AlignLeft);
    withOAuthLayout->addSpacing(unit / 2);
    auto* patTitle = makeText(tr("Or use a personal access token"), m_withOAuth);
    QFont bold = patTitle->font();
    bold.setBold(true);
    patTitle->setFont(bold);
    withOAuthLayout->addWidget(patTitle);
    auto* patHint =
        new QLabel(tr("Create one in Asana's <a href=\"https://app.asana.com/0/my-apps\">developer console</a> "
                      "(My apps → Personal access tokens). It is checked with Asana before it is kept."),
                   m_withOAuth);
    patHint->setTextFormat(Qt::RichText);
    patHint->setWordWrap(true);
    patHint->setOpenExternalLinks(true);
    patHint->setTextInteractionFlags(Qt::TextBrowserInteraction);
    withOAuthLayout->addWidget(patHint);
    chooseLayout->addWidget(m_withOAuth);

    // Without one (a copy built without a registered app): the token alone, said plainly.
    m_tokenOnly = new QWidget(choose);
    auto* tokenOnlyLayout = new QVBoxLayout(m_tokenOnly);
    tokenOnlyLayout->setContentsMargins(0, 0, 0, 0);
    tokenOnlyLayout->setSpacing(unit / 2);
    tokenOnlyLayout->addWidget(
        makeText(tr("This copy of Asana Feed signs in with a personal access token: a key that you make in Asana, "
                    "which lets the app read your Asana account as you. You can revoke it in Asana at any time."),
                 m_tokenOnly));
    tokenOnlyLayout->addWidget(makeText(tr("To get one, open Asana's token page, choose \"Create new token\", give it "
                                           "a name such as \"Asana Feed\", then copy the token and paste it here. "
                                           "It is checked with Asana before it is kept."),
                                        m_tokenOnly));
    m_tokenPageButton = new QPushButton(tr("Open Asana's Token Page"), m_tokenOnly);
    m_tokenPageButton->setAccessibleName(tr("Open Asana's token page in the browser"));
    m_tokenPageButton->setAutoDefault(false);
    connect(m_tokenPageButton, &QPushButton::clicked, this, [] { QDesktopServices::openUrl(tokenPageUrl()); });
    tokenOnlyLayout->addWidget(m_tokenPageButton, 0, Qt::AlignLeft);
    chooseLayout->addWidget(m_tokenOnly);
    m_tokenOnly->setVisible(false);

    addEntryRow(chooseLayout,
                {&m_tokenField, &m_tokenButton, tr("Paste a personal access token"), tr("Personal access token"),
                 tr("Use token"), tr("Checking the token with Asana…"), &SignInDialog::tokenSubmitted});
    m_tokenField->setEchoMode(QLineEdit::Password);
    m_tokenButton->setAccessibleName(tr("Use the personal access token"));
    chooseLayout->addStretch(1);

    // Waiting for the browser's redirect.
    QVBoxLayout* waitingLayout = addPage(
        tr("Continue in your browser"),
        {tr("Asana's sign-in page has opened in your browser. Allow Asana Feed access there; this window continues "
            "by itself."),
         tr("If the browser cannot come back to this app (for example on a locked-down computer), Asana can show you "
            "a code to paste here instead.")});
    m_pasteCodeButton = new QPushButton(tr("Paste a code instead"), waitingLayout->parentWidget());
    m_pasteCodeButton->setAccessibleName(tr("Sign in by pasting a code"));
    connect(m_pasteCodeButton, &QPushButton::clicked, this, [this] { emit outOfBandRequested(); });
    waitingLayout->addWidget(m_pasteCodeButton, 0, Qt::AlignLeft);
    waitingLayout->addStretch(1);

    // The pasted code.
    QVBoxLayout* codeLayout = addPage(tr("Paste the code from Asana"),
                                      {tr("Allow access on the page that opened in your browser, then copy the code "
                                          "it shows and paste it here.")});
    addEntryRow(codeLayout, {&m_codeField, &m_codeButton, tr("Code"), tr("Code from Asana"), tr("Continue"),
                             tr("Finishing the sign-in…"), &SignInDialog::codeSubmitted});
    codeLayout->addStretch(1);
    layout->addWidget(m_pages, 1);

    auto* busyRow = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setTextVisible(false);
    m_busy->setMaximumWidth(unit * 6);
    m_busy->setMaximumHeight(unit * 3 / 4);
    busyRow->addWidget(m_busy);
    m_busyText = makeText(QString(), this);
    busyRow->addWidget(m_busyText, 1);
    layout->addLayout(busyRow);

    m_error = makeText(QString(), this);
    m_error->setAccessibleName(tr("Sign-in problem"));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, Theme::errorColor(palette()));
    m_error->setPalette(errorPalette);
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_cancelButton = buttons->button(QDialogButtonBox::Cancel);
    m_cancelButton->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    layout->addWidget(buttons);

    setPage(Page::Choose);
    setVerifying(false);
}

SignInDialog::~SignInDialog() = default;

QVBoxLayout* SignInDialog::addPage(const QString& title, const QStringList& paragraphs)
{
    auto* page = new QWidget(m_pages);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(fontMetrics().height() / 2);
    layout->addWidget(makeTitle(title, page));
    for (const QString& paragraph : paragraphs) {
        layout->addWidget(makeText(paragraph, page));
    }
    m_pages->addWidget(page);
    return layout;
}

void SignInDialog::addEntryRow(QVBoxLayout* layout, const Entry& entry)
{
    auto* row = new QHBoxLayout;
    auto* field = new QLineEdit(layout->parentWidget());
    field->setInputMethodHints(Qt::ImhSensitiveData | Qt::ImhNoPredictiveText | Qt::ImhNoAutoUppercase);
    field->setPlaceholderText(entry.placeholder);
    field->setAccessibleName(entry.accessibleName);
    row->addWidget(field, 1);
    auto* button = new QPushButton(entry.buttonText, layout->parentWidget());
    row->addWidget(button);
    layout->addLayout(row);
    *entry.field = field;
    *entry.button = button;
    const auto submit = [this, field, busyText = entry.busyText, submitted = entry.submitted] {
        const QString value = field->text().trimmed();
        if (value.isEmpty() || m_verifying) {
            return;
        }
        setVerifying(true, busyText);
        emit(this->*submitted)(value);
    };
    connect(button, &QPushButton::clicked, this, submit);
    connect(field, &QLineEdit::returnPressed, this, submit);
    connect(field, &QLineEdit::textChanged, this, &SignInDialog::updateButtons);
}

QLabel* SignInDialog::makeText(const QString& text, QWidget* parent) const
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}

void SignInDialog::attachTo(AccountController* accounts)
{
    setOAuthAvailable(accounts->canUseOAuth());
    connect(this, &SignInDialog::oauthRequested, accounts, &AccountController::signInWithBrowser);
    connect(this, &SignInDialog::outOfBandRequested, accounts, &AccountController::signInOutOfBand);
    connect(this, &SignInDialog::codeSubmitted, accounts, &AccountController::submitCode);
    connect(this, &SignInDialog::tokenSubmitted, accounts, &AccountController::signInWithToken);
    connect(this, &SignInDialog::cancelRequested, accounts, &AccountController::cancelSignIn);
    connect(this, &QDialog::finished, accounts, &AccountController::cancelSignIn);
    connect(accounts, &AccountController::signInProgress, this, [this](AccountController::Progress progress) {
        switch (progress) {
        case AccountController::Progress::WaitingForBrowser:
            showWaiting();
            break;
        case AccountController::Progress::WaitingForCode:
            showCodeEntry();
            break;
        case AccountController::Progress::Verifying:
            showVerifying(tr("Keeping the sign-in…"));
            break;
        }
    });
    connect(accounts, &AccountController::signInFailed, this, &SignInDialog::showError);
    connect(accounts, &AccountController::signInSucceeded, this, &SignInDialog::succeeded);
}

QUrl SignInDialog::tokenPageUrl()
{
    return QUrl(QStringLiteral("https://app.asana.com/0/my-apps"));
}

void SignInDialog::setOAuthAvailable(bool available)
{
    m_oauthAvailable = available;
    m_withOAuth->setVisible(available);
    m_tokenOnly->setVisible(!available);
    m_oauthButton->setDefault(available);
    updateButtons();
    if (!available) {
        m_tokenField->setFocus();
    }
}

void SignInDialog::setNotice(const QString& notice)
{
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

SignInDialog::Page SignInDialog::page() const
{
    return static_cast<Page>(m_pages->currentIndex());
}

QString SignInDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void SignInDialog::setPage(Page page)
{
    m_pages->setCurrentIndex(static_cast<int>(page));
    m_attemptRunning = page != Page::Choose;
    m_cancelButton->setText(page == Page::Choose ? tr("Not now") : tr("Cancel"));
    switch (page) {
    case Page::Choose:
        (m_oauthAvailable ? static_cast<QWidget*>(m_oauthButton) : m_tokenField)->setFocus();
        break;
    case Page::Waiting:
        m_pasteCodeButton->setFocus();
        break;
    case Page::Code:
        m_codeField->clear();
        m_codeField->setFocus();
        break;
    }
}

void SignInDialog::setVerifying(bool verifying, const QString& message)
{
    m_verifying = verifying;
    const bool waiting = page() == Page::Waiting;
    m_busy->setVisible(verifying || waiting);
    m_busyText->setText(verifying ? message : (waiting ? tr("Waiting for the browser…") : QString()));
    m_busyText->setVisible(m_busy->isVisible());
    if (verifying) {
        m_error->clear();
        m_error->setVisible(false);
    }
    updateButtons();
}

void SignInDialog::updateButtons()
{
    m_oauthButton->setEnabled(m_oauthAvailable && !m_verifying);
    m_tokenField->setEnabled(!m_verifying);
    m_tokenButton->setEnabled(!m_verifying && !m_tokenField->text().trimmed().isEmpty());
    m_codeField->setEnabled(!m_verifying);
    m_codeButton->setEnabled(!m_verifying && !m_codeField->text().trimmed().isEmpty());
    m_pasteCodeButton->setEnabled(!m_verifying);
}

void SignInDialog::showWaiting()
{
    setPage(Page::Waiting);
    setVerifying(false);
}

void SignInDialog::showCodeEntry()
{
    setPage(Page::Code);
    setVerifying(false);
}

void SignInDialog::showVerifying(const QString& message)
{
    setVerifying(true, message);
}

void SignInDialog::showError(const QString& message)
{
    setPage(Page::Choose);
    setVerifying(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
    // The inputs were off while the attempt ran, so the page's first choice could not take the
    // focus then: it does now.
    (m_oauthAvailable ? static_cast<QWidget*>(m_oauthButton) : m_tokenField)->setFocus();
}

void SignInDialog::succeeded()
{
    m_tokenField->clear();
    m_codeField->clear();
    setVerifying(false);
    m_attemptRunning = false;
    accept();
}

void SignInDialog::reject()
{
    // Cancel on a running attempt goes back to the choices; on the choices it closes.
    if (m_attemptRunning || m_verifying) {
        const bool wasOnChoices = page() == Page::Choose;
        emit cancelRequested();
        setPage(Page::Choose);
        setVerifying(false);
        if (!wasOnChoices) {
            return;
        }
    }
    m_tokenField->clear();
    QDialog::reject();
}

} // namespace AsanaFeed
