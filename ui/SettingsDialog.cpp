#include "SettingsDialog.h"

#include "PlainText.h"
#include "StartAtLogin.h"
#include "Theme.h"
#include "api/AsanaClient.h"
#include "api/NameText.h"
#include "auth/AccountController.h"
#include "feed/SubscriptionModel.h"
#include "i18n/Translations.h"
#include "store/Settings.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMetaMethod>
#include <QPushButton>
#include <QRadioButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QSlider>
#include <QSpinBox>
#include <QStackedWidget>
#include <QSystemTrayIcon>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <chrono>

namespace AsanaFeed {

namespace {

constexpr int gidRole = Qt::UserRole + 1;
constexpr int levelColumn = 2;

QLabel* heading(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    return label;
}

// A line that explains the control above it, in the quieter colour.
QLabel* note(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// Indents a control under the one it belongs to (a checkbox's own indicator width).
QWidget* indented(QWidget* content, QWidget* parent)
{
    auto* holder = new QWidget(parent);
    auto* layout = new QHBoxLayout(holder);
    layout->setContentsMargins(content->fontMetrics().height() * 3 / 2, 0, 0, 0);
    layout->addWidget(content);
    return holder;
}

void showError(QLabel* label, const QString& text)
{
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, Theme::errorColor(label->palette()));
    label->setPalette(palette);
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// Hours and minutes as the locale writes them (its short format may carry seconds).
QString timeFormat()
{
    const QString format = QLocale().timeFormat(QLocale::ShortFormat);
    return format.contains(QLatin1String("ap"), Qt::CaseInsensitive) ? QStringLiteral("h:mm AP")
                                                                     : QStringLiteral("HH:mm");
}

QFormLayout* compactForm()
{
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    return form;
}

QString levelText(SettingsDialog::NotifyLevel level)
{
    switch (level) {
    case SettingsDialog::NotifyLevel::InvolvesMe:
        return SettingsDialog::tr("What involves me");
    case SettingsDialog::NotifyLevel::AllActivity:
        return SettingsDialog::tr("All activity");
    case SettingsDialog::NotifyLevel::Muted:
        return SettingsDialog::tr("Nothing (muted)");
    }
    return {};
}

} // namespace

SettingsDialog::SettingsDialog(Settings* settings, SubscriptionModel* subscriptions, StartAtLogin* startAtLogin,
                               QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_subscriptions(subscriptions)
    , m_startAtLogin(startAtLogin)
    , m_trayAvailable(QSystemTrayIcon::isSystemTrayAvailable())
    , m_startLanguage(settings->language())
{
    setWindowTitle(tr("Settings"));
    setAccessibleName(tr("Settings"));
    const int unit = fontMetrics().height();
    resize(qMin(unit * 46, 760), qMin(unit * 33, 540));

    auto* layout = new QVBoxLayout(this);
    auto* body = new QHBoxLayout;
    m_pageList = new QListWidget(this);
    m_pageList->setAccessibleName(tr("Settings pages"));
    m_pageList->setFrameShape(QFrame::StyledPanel);
    m_pageList->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages = new QStackedWidget(this);
    body->addWidget(m_pageList);
    body->addWidget(m_pages, 1);
    layout->addLayout(body, 1);

    addPage(tr("Account"), buildAccountPage());
    addPage(tr("Subscriptions"), buildSubscriptionsPage());
    addPage(tr("Notifications"), buildNotificationsPage());
    addPage(tr("Appearance"), buildAppearancePage());
    addPage(tr("Behaviour"), buildBehaviourPage());
    addPage(tr("Advanced"), buildAdvancedPage());
    m_pageList->setFixedWidth(m_pageList->sizeHintForColumn(0) + 2 * m_pageList->frameWidth() + unit * 2);
    for (int row = 0; row < m_pageList->count(); ++row) {
        m_pageList->item(row)->setSizeHint(QSize(0, unit * 2)); // rows to aim at, as in a sidebar
    }
    connect(m_pageList, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    m_pageList->setCurrentRow(0);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    m_pauseEnds.setSingleShot(true);
    connect(&m_pauseEnds, &QTimer::timeout, this, &SettingsDialog::refreshPause);
    connect(m_settings, &Settings::changed, this, &SettingsDialog::refresh);
    if (m_subscriptions) {
        SubscriptionModel* model = m_subscriptions;
        connect(model, &QAbstractItemModel::modelReset, this, &SettingsDialog::syncSubscriptions);
        connect(model, &QAbstractItemModel::rowsInserted, this, &SettingsDialog::syncSubscriptions);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &SettingsDialog::syncSubscriptions);
        connect(model, &QAbstractItemModel::dataChanged, this, &SettingsDialog::syncSubscriptions);
        connect(model, &QAbstractItemModel::layoutChanged, this, &SettingsDialog::syncSubscriptions);
    }
    if (m_startAtLogin) {
        connect(m_startAtLogin, &StartAtLogin::changed, this, &SettingsDialog::refreshStartAtLogin);
    }
    refresh();
    refreshAccount();
    refreshStartAtLogin();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(const QString& title, QWidget* content)
{
    // Each page scrolls on its own: nothing is cut off on a small screen or at a large scale.
    auto* page = new QWidget;
    auto* layout = new QVBoxLayout(page);
    auto* titleLabel = new QLabel(title, page);
    titleLabel->setTextFormat(Qt::PlainText);
    QFont font = titleLabel->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.25);
    titleLabel->setFont(font);
    layout->addWidget(titleLabel);
    layout->addSpacing(titleLabel->fontMetrics().height() / 3);
    layout->addWidget(content, 1);
    auto* scroll = new QScrollArea(m_pages);
    scroll->setWidget(page);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(title);
    m_pages->addWidget(scroll);
    m_pageList->addItem(title);
}

QWidget* SettingsDialog::buildAccountPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_accountName = new QLabel(page);
    m_accountName->setTextFormat(Qt::PlainText);
    m_accountName->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont font = m_accountName->font();
    font.setBold(true);
    m_accountName->setFont(font);
    m_accountEmail = new QLabel(page);
    m_accountEmail->setTextFormat(Qt::PlainText);
    m_accountEmail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_accountWorkspaces = note(QString(), page);
    m_accountStatusText = new QLabel(page);
    m_accountStatusText->setTextFormat(Qt::PlainText);
    m_accountStatusText->setWordWrap(true);
    layout->addWidget(m_accountName);
    layout->addWidget(m_accountEmail);
    layout->addWidget(m_accountWorkspaces);
    layout->addWidget(m_accountStatusText);

    auto* row = new QHBoxLayout;
    m_signInButton = new QPushButton(tr("Sign In…"), page);
    m_signInButton->setObjectName(QStringLiteral("signIn"));
    m_signInButton->setAutoDefault(false);
    m_signOutButton = new QPushButton(tr("Sign Out…"), page);
    m_signOutButton->setObjectName(QStringLiteral("signOut"));
    m_signOutButton->setAutoDefault(false);
    row->addWidget(m_signInButton);
    row->addWidget(m_signOutButton);
    row->addStretch(1);
    layout->addSpacing(fontMetrics().height() / 2);
    layout->addLayout(row);
    m_keychainNote = note(tr("Your sign-in is kept in this computer's keychain, never in a file. Signing out asks "
                             "whether to keep this computer's copy of the feed."),
                          page);
    layout->addWidget(m_keychainNote);
    layout->addStretch(1);
    connect(m_signInButton, &QPushButton::clicked, this, &SettingsDialog::signInRequested);
    connect(m_signOutButton, &QPushButton::clicked, this, &SettingsDialog::signOutRequested);
    return page;
}

QWidget* SettingsDialog::buildSubscriptionsPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout;
    m_followButton = new QPushButton(tr("Choose What to Follow…"), page);
    m_followButton->setObjectName(QStringLiteral("follow"));
    m_followButton->setAutoDefault(false);
    row->addWidget(m_followButton);
    row->addStretch(1);
    layout->addLayout(row);
    layout->addWidget(note(tr("For each project or task you follow, choose what notifies you. Muted ones stay in "
                              "the feed without notifications."),
                           page));

    m_subscriptionList = new QTreeWidget(page);
    m_subscriptionList->setObjectName(QStringLiteral("subscriptionLevels"));
    m_subscriptionList->setAccessibleName(tr("Notifications for what you follow"));
    m_subscriptionList->setColumnCount(3);
    m_subscriptionList->setHeaderLabels({tr("Name"), tr("Type"), tr("Notify me about")});
    m_subscriptionList->setRootIsDecorated(false);
    m_subscriptionList->setUniformRowHeights(true);
    m_subscriptionList->setSelectionMode(QAbstractItemView::NoSelection);
    m_subscriptionList->setFocusPolicy(Qt::NoFocus);
    m_subscriptionList->setTextElideMode(Qt::ElideMiddle);
    m_subscriptionList->header()->setStretchLastSection(false);
    m_subscriptionList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_subscriptionList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_subscriptionList->header()->setSectionResizeMode(levelColumn, QHeaderView::ResizeToContents);
    layout->addWidget(m_subscriptionList, 1);
    m_noSubscriptions = note(tr("Nothing is followed yet."), page);
    layout->addWidget(m_noSubscriptions);
    m_subscriptionError = new QLabel(page);
    m_subscriptionError->setTextFormat(Qt::PlainText);
    m_subscriptionError->setWordWrap(true);
    m_subscriptionError->setVisible(false);
    layout->addWidget(m_subscriptionError);
    connect(m_followButton, &QPushButton::clicked, this, &SettingsDialog::followRequested);
    syncSubscriptions();
    return page;
}

QWidget* SettingsDialog::buildNotificationsPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    m_notificationsEnabled = new QCheckBox(tr("Notify me about new activity"), page);
    m_notificationsEnabled->setObjectName(QStringLiteral("notificationsEnabled"));
    layout->addWidget(m_notificationsEnabled);
    layout->addWidget(indented(note(tr("What involves you: assigned to you, a comment that mentions you, a change "
                                       "to a task you created, are assigned to or follow — and everything of what "
                                       "you set to all activity. Never what you did yourself."),
                                    page),
                               page));

    m_pauseRow = new QWidget(page);
    auto* pauseLayout = new QHBoxLayout(m_pauseRow);
    pauseLayout->setContentsMargins(0, 0, 0, 0);
    m_pauseText = new QLabel(m_pauseRow);
    m_pauseText->setTextFormat(Qt::PlainText);
    m_pauseText->setWordWrap(true);
    m_resumeButton = new QPushButton(tr("Resume"), m_pauseRow);
    m_resumeButton->setObjectName(QStringLiteral("resume"));
    m_resumeButton->setAutoDefault(false);
    pauseLayout->addWidget(m_pauseText, 1);
    pauseLayout->addWidget(m_resumeButton);
    layout->addWidget(indented(m_pauseRow, page));

    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(tr("Quiet hours"), page));
    auto* quietRow = new QHBoxLayout;
    m_quietHours = new QCheckBox(tr("No notifications from"), page);
    m_quietHours->setObjectName(QStringLiteral("quietHours"));
    m_quietFrom = new QTimeEdit(page);
    m_quietFrom->setObjectName(QStringLiteral("quietFrom"));
    m_quietFrom->setAccessibleName(tr("Quiet hours start"));
    m_quietFrom->setDisplayFormat(timeFormat());
    auto* toLabel = new QLabel(tr("to"), page);
    m_quietToLabel = toLabel;
    m_quietTo = new QTimeEdit(page);
    m_quietTo->setObjectName(QStringLiteral("quietTo"));
    m_quietTo->setAccessibleName(tr("Quiet hours end"));
    m_quietTo->setDisplayFormat(timeFormat());
    toLabel->setBuddy(m_quietTo);
    quietRow->addWidget(m_quietHours);
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(toLabel);
    quietRow->addWidget(m_quietTo);
    quietRow->addStretch(1);
    layout->addLayout(quietRow);

    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(tr("Sound"), page));
    m_sound = new QCheckBox(tr("Play a sound with each notification"), page);
    m_sound->setObjectName(QStringLiteral("sound"));
    layout->addWidget(m_sound);
    auto* volumeRow = new QHBoxLayout;
    auto* volumeLabel = new QLabel(tr("&Volume:"), page);
    m_volume = new QSlider(Qt::Horizontal, page);
    m_volume->setObjectName(QStringLiteral("volume"));
    m_volume->setAccessibleName(tr("Volume"));
    m_volume->setRange(0, 100);
    m_volume->setPageStep(10);
    volumeLabel->setBuddy(m_volume);
    m_playButton = new QPushButton(tr("Play"), page);
    m_playButton->setObjectName(QStringLiteral("play"));
    m_playButton->setAccessibleName(tr("Play the notification sound"));
    m_playButton->setAutoDefault(false);
    volumeRow->addWidget(volumeLabel);
    volumeRow->addWidget(m_volume, 1);
    volumeRow->addWidget(m_playButton);
    m_volumeRow = new QWidget(page);
    m_volumeRow->setLayout(volumeRow);
    volumeRow->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(indented(m_volumeRow, page));

    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(tr("Clicking a notification"), page));
    m_click = new QComboBox(page);
    m_click->setObjectName(QStringLiteral("click"));
    m_click->setAccessibleName(tr("Clicking a notification"));
    m_click->addItem(tr("Shows the event in the feed"), int(Settings::NotificationClick::ShowInFeed));
    m_click->addItem(tr("Opens it in Asana"), int(Settings::NotificationClick::OpenInAsana));
    auto* clickRow = new QHBoxLayout;
    clickRow->addWidget(m_click);
    clickRow->addStretch(1);
    layout->addLayout(clickRow);
    layout->addStretch(1);

    connect(m_notificationsEnabled, &QCheckBox::toggled, m_settings, &Settings::setNotificationsEnabled);
    connect(m_resumeButton, &QPushButton::clicked, this, [this] { m_settings->setNotificationsPausedUntil({}); });
    const auto writeQuietHours = [this] {
        m_settings->setQuietHours(m_quietHours->isChecked(), m_quietFrom->time(), m_quietTo->time());
    };
    connect(m_quietHours, &QCheckBox::toggled, this, writeQuietHours);
    connect(m_quietFrom, &QTimeEdit::timeChanged, this, writeQuietHours);
    connect(m_quietTo, &QTimeEdit::timeChanged, this, writeQuietHours);
    connect(m_sound, &QCheckBox::toggled, m_settings, &Settings::setNotificationSound);
    connect(m_volume, &QSlider::valueChanged, m_settings, &Settings::setNotificationVolume);
    connect(m_playButton, &QPushButton::clicked, this, [this] { emit playSoundRequested(m_volume->value()); });
    connect(m_click, &QComboBox::activated, this, [this](int index) {
        m_settings->setNotificationClick(Settings::NotificationClick(m_click->itemData(index).toInt()));
    });
    return page;
}

QWidget* SettingsDialog::buildAppearancePage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Colours"), page));
    m_scheme = new QButtonGroup(page);
    const QList<std::pair<Settings::ColorScheme, QString>> schemes{
        {Settings::ColorScheme::System, tr("Follow the system")},
        {Settings::ColorScheme::Light, tr("Light")},
        {Settings::ColorScheme::Dark, tr("Dark")},
    };
    for (const auto& [scheme, text] : schemes) {
        auto* button = new QRadioButton(text, page);
        button->setObjectName(QStringLiteral("scheme%1").arg(int(scheme)));
        m_scheme->addButton(button, int(scheme));
        layout->addWidget(button);
    }
    m_schemeOverride = note(tr("The ASANAFEED_PALETTE environment variable chooses the colours for this run."), page);
    m_schemeOverride->setVisible(Theme::environmentOverride().has_value());
    layout->addWidget(m_schemeOverride);

    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(tr("Feed"), page));
    m_compactRows = new QCheckBox(tr("Compact rows"), page);
    m_compactRows->setObjectName(QStringLiteral("compactRows"));
    layout->addWidget(m_compactRows);
    layout->addWidget(indented(note(tr("Less space around each row, and a comment's first line only."), page), page));

    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(tr("Language"), page));
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->setAccessibleName(tr("Language"));
    //: %1: the name of the system's language, in that language ("Deutsch")
    m_language->addItem(
        tr("System language (%1)").arg(Translations::nativeName(Translations::languageFor(QLocale::system()))),
        QString());
    for (const QString& language : Translations::languages()) {
        m_language->addItem(Translations::nativeName(language), language);
    }
    layout->addWidget(m_language, 0, Qt::AlignLeft);
    // The language is read at start-up: a change offers to restart now.
    m_languageRestart = new QWidget(page);
    auto* restartRow = new QHBoxLayout(m_languageRestart);
    restartRow->setContentsMargins(0, 0, 0, 0);
    restartRow->addWidget(note(tr("Asana Feed speaks the new language from its next start."), m_languageRestart), 1);
    auto* restartButton = new QPushButton(tr("Restart Now"), m_languageRestart);
    restartButton->setObjectName(QStringLiteral("restartNow"));
    restartButton->setAutoDefault(false);
    connect(restartButton, &QPushButton::clicked, this, &SettingsDialog::restartRequested);
    restartRow->addWidget(restartButton);
    m_languageRestart->setVisible(false);
    layout->addWidget(m_languageRestart);
    connect(m_language, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_settings->setLanguage(m_language->itemData(index).toString());
        m_languageRestart->setVisible(m_settings->language() != m_startLanguage);
    });
    layout->addStretch(1);

    connect(m_scheme, &QButtonGroup::idClicked, this,
            [this](int id) { m_settings->setColorScheme(Settings::ColorScheme(id)); });
    connect(m_compactRows, &QCheckBox::toggled, m_settings, &Settings::setCompactRows);
    return page;
}

QWidget* SettingsDialog::buildBehaviourPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(heading(tr("Starting"), page));
    m_startAtLoginBox = new QCheckBox(tr("Start Asana Feed when I log in"), page);
    m_startAtLoginBox->setObjectName(QStringLiteral("startAtLogin"));
    layout->addWidget(m_startAtLoginBox);
    m_startMinimized = new QCheckBox(tr("In the tray, without opening the window"), page);
    m_startMinimized->setObjectName(QStringLiteral("startMinimized"));
    layout->addWidget(indented(m_startMinimized, page));
    m_startAtLoginMessage = new QLabel(page);
    m_startAtLoginMessage->setTextFormat(Qt::PlainText);
    m_startAtLoginMessage->setWordWrap(true);
    m_startAtLoginMessage->setVisible(false);
    layout->addWidget(indented(m_startAtLoginMessage, page));

    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(tr("Closing the window"), page));
    m_closeToTray = new QCheckBox(tr("Keep running in the tray"), page);
    m_closeToTray->setObjectName(QStringLiteral("closeToTray"));
    layout->addWidget(m_closeToTray);
    m_noTray = note(tr("This desktop has no system tray: closing the window quits Asana Feed, and it always "
                       "starts with its window."),
                    page);
    m_noTray->setObjectName(QStringLiteral("noTray"));
    layout->addWidget(indented(m_noTray, page));

    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(tr("Feed"), page));
    m_doneOnOpen = new QCheckBox(tr("Mark an event done when I open it in Asana"), page);
    m_doneOnOpen->setObjectName(QStringLiteral("doneOnOpen"));
    layout->addWidget(m_doneOnOpen);
    QFormLayout* form = compactForm();
    m_retention = new QSpinBox(page);
    m_retention->setObjectName(QStringLiteral("retentionDays"));
    m_retention->setRange(1, 3650);
    m_retention->setKeyboardTracking(false);
    form->addRow(tr("&Days of history to keep:"), m_retention);
    layout->addLayout(form);
    layout->addWidget(note(tr("Older events are removed from this computer, at once and then daily."), page));
    layout->addStretch(1);

    connect(m_startAtLoginBox, &QCheckBox::toggled, this, &SettingsDialog::onStartAtLoginToggled);
    connect(m_startMinimized, &QCheckBox::toggled, m_settings, &Settings::setStartMinimized);
    connect(m_closeToTray, &QCheckBox::toggled, m_settings, &Settings::setCloseToTray);
    connect(m_doneOnOpen, &QCheckBox::toggled, m_settings, &Settings::setDoneOnOpen);
    connect(m_retention, &QSpinBox::valueChanged, m_settings, &Settings::setRetentionDays);
    return page;
}

QWidget* SettingsDialog::buildAdvancedPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    layout->addWidget(heading(tr("Request budget"), page));
    QFormLayout* budgetForm = compactForm();
    m_budget = new QSpinBox(page);
    m_budget->setObjectName(QStringLiteral("requestsPerMinute"));
    m_budget->setRange(1, 1500);
    m_budget->setKeyboardTracking(false);
    budgetForm->addRow(tr("&Requests a minute, at most:"), m_budget);
    layout->addLayout(budgetForm);
    layout->addWidget(note(tr("Asana allows 150 requests a minute on free plans and 1,500 on paid ones. Applies at "
                              "once."),
                           page));

    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(tr("Asana's address"), page));
    m_apiUrl = new QLineEdit(page);
    m_apiUrl->setObjectName(QStringLiteral("apiBaseUrl"));
    m_apiUrl->setAccessibleName(tr("API address"));
    m_apiUrl->setPlaceholderText(QString::fromLatin1(AsanaClient::defaultBaseUrl));
    m_apiUrl->setClearButtonEnabled(true);
    layout->addWidget(m_apiUrl);
    m_apiUrlMessage = new QLabel(page);
    m_apiUrlMessage->setTextFormat(Qt::PlainText);
    m_apiUrlMessage->setWordWrap(true);
    m_apiUrlMessage->setVisible(false);
    layout->addWidget(m_apiUrlMessage);
    layout->addWidget(note(tr("For testing against another server, such as asana-sim; empty for Asana's own. Takes "
                              "effect when Asana Feed next starts. A sign-in belongs to the server that issued it: at "
                              "another address you sign in again."),
                           page));

    layout->addSpacing(fontMetrics().height() / 2);
    layout->addWidget(heading(tr("Sign-in redirect"), page));
    QFormLayout* portForm = compactForm();
    m_redirectPort = new QSpinBox(page);
    m_redirectPort->setObjectName(QStringLiteral("redirectPort"));
    m_redirectPort->setRange(1, 65535);
    m_redirectPort->setKeyboardTracking(false);
    m_redirectPort->setGroupSeparatorShown(false);
    portForm->addRow(tr("&Port on this computer:"), m_redirectPort);
    layout->addLayout(portForm);
    m_redirectUrl = note(QString(), page);
    layout->addWidget(m_redirectUrl);
    layout->addStretch(1);

    connect(m_budget, &QSpinBox::valueChanged, m_settings, &Settings::setRequestsPerMinute);
    connect(m_apiUrl, &QLineEdit::textEdited, this, &SettingsDialog::validateApiUrl);
    connect(m_apiUrl, &QLineEdit::editingFinished, this, &SettingsDialog::commitApiUrl);
    connect(m_redirectPort, &QSpinBox::valueChanged, this,
            [this](int port) { m_settings->setOAuthRedirectPort(quint16(port)); });
    return page;
}

void SettingsDialog::refresh()
{
    // Controls show the settings; showing them writes nothing back.
    {
        const QSignalBlocker blockEnabled(m_notificationsEnabled);
        const QSignalBlocker blockQuiet(m_quietHours);
        const QSignalBlocker blockFrom(m_quietFrom);
        const QSignalBlocker blockTo(m_quietTo);
        const QSignalBlocker blockSound(m_sound);
        const QSignalBlocker blockVolume(m_volume);
        m_notificationsEnabled->setChecked(m_settings->notificationsEnabled());
        m_quietHours->setChecked(m_settings->quietHoursEnabled());
        m_quietFrom->setTime(m_settings->quietFrom());
        m_quietTo->setTime(m_settings->quietTo());
        m_sound->setChecked(m_settings->notificationSound());
        m_volume->setValue(m_settings->notificationVolume());
        m_click->setCurrentIndex(m_click->findData(int(m_settings->notificationClick())));
    }
    {
        const QSignalBlocker blockScheme(m_scheme);
        const QSignalBlocker blockCompact(m_compactRows);
        if (QAbstractButton* button = m_scheme->button(int(m_settings->colorScheme()))) {
            button->setChecked(true);
        }
        m_compactRows->setChecked(m_settings->compactRows());
        const QSignalBlocker blockLanguage(m_language);
        m_language->setCurrentIndex(std::max(0, m_language->findData(m_settings->language())));
    }
    {
        const QSignalBlocker blockMinimized(m_startMinimized);
        const QSignalBlocker blockClose(m_closeToTray);
        const QSignalBlocker blockDone(m_doneOnOpen);
        const QSignalBlocker blockRetention(m_retention);
        m_startMinimized->setChecked(m_settings->startMinimized());
        m_closeToTray->setChecked(m_settings->closeToTray());
        m_doneOnOpen->setChecked(m_settings->doneOnOpen());
        m_retention->setValue(m_settings->retentionDays());
    }
    {
        const QSignalBlocker blockBudget(m_budget);
        const QSignalBlocker blockPort(m_redirectPort);
        m_budget->setValue(m_settings->requestsPerMinute());
        m_redirectPort->setValue(m_settings->oauthRedirectPort());
        m_redirectUrl->setText(tr("The redirect URL registered for the OAuth app must be %1. Takes effect when Asana "
                                  "Feed next starts.")
                                   .arg(QStringLiteral("http://127.0.0.1:%1%2")
                                            .arg(m_settings->oauthRedirectPort())
                                            .arg(m_settings->oauthCallbackPath())));
        // What is being typed stays until it is finished.
        if (!m_apiUrl->hasFocus()) {
            const QUrl url = m_settings->apiBaseUrl();
            m_apiUrl->setText(url.isEmpty() ? QString() : url.toString());
            validateApiUrl(m_apiUrl->text());
        }
    }
    refreshPause();
    syncSubscriptions();
    refreshEnabled();
}

void SettingsDialog::refreshPause()
{
    m_pauseEnds.stop();
    const QDateTime until = m_settings->notificationsPausedUntil();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool paused = until.isValid() && until > now;
    m_pauseRow->setVisible(paused);
    if (!paused) {
        return;
    }
    if (m_settings->notificationsPausedUntilResumed()) {
        m_pauseText->setText(tr("Notifications are paused until you resume them."));
        return;
    }
    const QDateTime local = until.toLocalTime();
    const QLocale locale;
    m_pauseText->setText(
        local.date() == QDate::currentDate()
            ? tr("Notifications are paused until %1.").arg(locale.toString(local.time(), QLocale::ShortFormat))
            : tr("Notifications are paused until %1.").arg(locale.toString(local, QLocale::ShortFormat)));
    // The line goes when the pause ends (checked again at least hourly: the clock may jump).
    const qint64 left = now.msecsTo(until) + 500;
    m_pauseEnds.start(std::chrono::milliseconds(std::min<qint64>(left, 3600 * 1000)));
}

void SettingsDialog::refreshEnabled()
{
    const bool notify = m_notificationsEnabled->isChecked();
    for (QWidget* widget : std::initializer_list<QWidget*>{m_pauseRow, m_quietHours, m_sound, m_click}) {
        widget->setEnabled(notify);
    }
    for (QWidget* widget : std::initializer_list<QWidget*>{m_quietFrom, m_quietToLabel, m_quietTo}) {
        widget->setEnabled(notify && m_quietHours->isChecked());
    }
    m_volumeRow->setEnabled(notify && m_sound->isChecked());
    m_playButton->setEnabled(notify && m_sound->isChecked() && canPlaySound());

    m_closeToTray->setEnabled(m_trayAvailable);
    m_noTray->setVisible(!m_trayAvailable);
    const bool startsAtLogin = m_startAtLoginBox->isChecked();
    m_startMinimized->setEnabled(m_trayAvailable && startsAtLogin && m_startAtLoginBox->isEnabled());
}

bool SettingsDialog::canPlaySound() const
{
    // Only when someone plays it: a Play button that does nothing is worse than none.
    return isSignalConnected(QMetaMethod::fromSignal(&SettingsDialog::playSoundRequested));
}

void SettingsDialog::showEvent(QShowEvent* event)
{
    refreshEnabled();
    refreshStartAtLogin(); // the person may have changed it in the desktop's own settings
    QDialog::showEvent(event);
}

void SettingsDialog::done(int result)
{
    commitApiUrl(); // what was typed last counts, as in every other field
    QDialog::done(result);
}

void SettingsDialog::setTrayAvailable(bool available)
{
    m_trayAvailable = available;
    refreshEnabled();
}

void SettingsDialog::setDemo(bool demo)
{
    m_demo = demo;
    refreshStartAtLogin();
}

void SettingsDialog::onStartAtLoginToggled(bool on)
{
    if (!m_startAtLogin) {
        return;
    }
    m_startAtLogin->setEnabled(on); // its changed() shows the outcome, an error included
}

void SettingsDialog::refreshStartAtLogin()
{
    const bool available = m_startAtLogin && !m_demo;
    {
        const QSignalBlocker block(m_startAtLoginBox);
        m_startAtLoginBox->setEnabled(available);
        m_startAtLoginBox->setChecked(available && m_startAtLogin->isEnabled());
    }
    if (m_demo) {
        m_startAtLoginMessage->setForegroundRole(QPalette::PlaceholderText);
        m_startAtLoginMessage->setPalette(QPalette());
        m_startAtLoginMessage->setText(tr("The demo leaves how this computer starts as it is."));
        m_startAtLoginMessage->setVisible(true);
    } else if (!available) {
        m_startAtLoginMessage->setVisible(false);
    } else {
        showError(m_startAtLoginMessage, m_startAtLogin->error());
    }
    refreshEnabled();
}

void SettingsDialog::validateApiUrl(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty() || Settings::isAcceptableApiBaseUrl(QUrl(trimmed, QUrl::StrictMode))) {
        showError(m_apiUrlMessage, QString());
        return;
    }
    showError(m_apiUrlMessage, tr("Not used: the address must start with https://, or be http:// on this computer "
                                  "(127.0.0.1 or localhost)."));
}

void SettingsDialog::commitApiUrl()
{
    const QString text = m_apiUrl->text().trimmed();
    validateApiUrl(text);
    if (!m_settings->setApiBaseUrl(text.isEmpty() ? QUrl() : QUrl(text, QUrl::StrictMode))) {
        return; // refused: the message says why, and the setting keeps its value
    }
}

void SettingsDialog::syncSubscriptions()
{
    if (!m_subscriptionList) {
        return;
    }
    QList<QString> gids;
    if (m_subscriptions) {
        for (int row = 0; row < m_subscriptions->rowCount(); ++row) {
            gids.append(m_subscriptions->index(row, 0).data(SubscriptionModel::GidRole).toString());
        }
    }
    // Rows that went, then the ones that are (their combo boxes kept: one may be open).
    for (int i = m_subscriptionList->topLevelItemCount() - 1; i >= 0; --i) {
        if (!gids.contains(m_subscriptionList->topLevelItem(i)->data(0, gidRole).toString())) {
            delete m_subscriptionList->takeTopLevelItem(i);
        }
    }
    for (int row = 0; row < gids.size(); ++row) {
        const QString& gid = gids.at(row);
        QTreeWidgetItem* item = nullptr;
        for (int i = 0; i < m_subscriptionList->topLevelItemCount(); ++i) {
            if (m_subscriptionList->topLevelItem(i)->data(0, gidRole).toString() == gid) {
                item = m_subscriptionList->topLevelItem(i);
                break;
            }
        }
        if (!item) {
            item = new QTreeWidgetItem;
            item->setData(0, gidRole, gid);
            m_subscriptionList->insertTopLevelItem(std::min(row, m_subscriptionList->topLevelItemCount()), item);
            auto* levels = new QComboBox;
            for (const NotifyLevel level : {NotifyLevel::InvolvesMe, NotifyLevel::AllActivity, NotifyLevel::Muted}) {
                levels->addItem(levelText(level), int(level));
            }
            m_subscriptionList->setItemWidget(item, levelColumn, levels);
            connect(levels, &QComboBox::activated, this,
                    [this, gid, levels](int index) { chooseLevel(gid, NotifyLevel(levels->itemData(index).toInt())); });
        }
        const QModelIndex index = m_subscriptions->index(row, 0);
        const QString name = nameText(index.data(Qt::DisplayRole).toString());
        item->setText(0, name);
        item->setToolTip(0, PlainText::toolTip(name));
        item->setText(1, SubscriptionModel::typeText(index.data(SubscriptionModel::ResourceTypeRole).toString()));
        if (auto* levels = qobject_cast<QComboBox*>(m_subscriptionList->itemWidget(item, levelColumn))) {
            const QSignalBlocker block(levels);
            levels->setAccessibleName(tr("Notify me about %1").arg(name));
            levels->setCurrentIndex(levels->findData(int(notifyLevel(*m_settings, *m_subscriptions, gid))));
        }
    }
    m_noSubscriptions->setVisible(gids.isEmpty());
    m_subscriptionList->setVisible(!gids.isEmpty());
}

SettingsDialog::NotifyLevel SettingsDialog::notifyLevel(const Settings& settings,
                                                        const SubscriptionModel& subscriptions, const QString& gid)
{
    if (subscriptions.isMuted(gid)) {
        return NotifyLevel::Muted;
    }
    return settings.notifyAllActivity().contains(gid) ? NotifyLevel::AllActivity : NotifyLevel::InvolvesMe;
}

QComboBox* SettingsDialog::levelBox(const QString& gid) const
{
    for (int i = 0; i < m_subscriptionList->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = m_subscriptionList->topLevelItem(i);
        if (item->data(0, gidRole).toString() == gid) {
            return qobject_cast<QComboBox*>(m_subscriptionList->itemWidget(item, levelColumn));
        }
    }
    return nullptr;
}

std::optional<SettingsDialog::NotifyLevel> SettingsDialog::shownLevel(const QString& gid) const
{
    const QComboBox* levels = levelBox(gid);
    return levels ? std::optional<NotifyLevel>(NotifyLevel(levels->currentData().toInt())) : std::nullopt;
}

void SettingsDialog::chooseLevel(const QString& gid, NotifyLevel level)
{
    if (!m_subscriptions || !m_subscriptions->contains(gid)) {
        return;
    }
    // The mute lives with the history (per account), "all activity" in the settings.
    if (!m_subscriptions->setMuted(gid, level == NotifyLevel::Muted)) {
        showError(m_subscriptionError, tr("The choice could not be kept: %1").arg(m_subscriptions->error()));
        syncSubscriptions();
        return;
    }
    showError(m_subscriptionError, QString());
    m_settings->setNotifyAllActivity(gid, level == NotifyLevel::AllActivity);
    syncSubscriptions();
}

void SettingsDialog::attachTo(AccountController* accounts)
{
    const auto show = [this, accounts] {
        switch (accounts->state()) {
        case AccountController::State::SignedOut:
            setAccount(std::nullopt, AccountStatus::SignedOut);
            break;
        case AccountController::State::Loading:
        case AccountController::State::SignedIn:
            setAccount(accounts->account(), AccountStatus::SignedIn);
            break;
        case AccountController::State::NeedsSignIn:
            setAccount(accounts->account(), AccountStatus::NeedsSignIn, accounts->stateReason());
            break;
        case AccountController::State::SigningOut:
            setAccount(accounts->account(), AccountStatus::SigningOut);
            break;
        }
    };
    connect(accounts, &AccountController::stateChanged, this, show);
    connect(accounts, &AccountController::accountChanged, this, show);
    show();
}

void SettingsDialog::setAccount(const std::optional<AccountInfo>& account, AccountStatus status, const QString& reason)
{
    m_account = account;
    m_accountStatus = status;
    m_accountReason = reason;
    refreshAccount();
}

void SettingsDialog::refreshAccount()
{
    const bool known = m_account.has_value() &&
                       (m_accountStatus == AccountStatus::SignedIn || m_accountStatus == AccountStatus::NeedsSignIn ||
                        m_accountStatus == AccountStatus::SigningOut);
    const QString name = known ? nameText(m_account->name) : QString();
    const QString email = known ? nameText(m_account->email) : QString();
    m_accountName->setText(name.isEmpty() ? email : name);
    m_accountName->setVisible(known);
    m_accountEmail->setText(email);
    m_accountEmail->setVisible(known && !name.isEmpty() && !email.isEmpty());
    QStringList workspaces;
    if (known) {
        for (const AccountInfo::Workspace& workspace : m_account->workspaces) {
            workspaces.append(nameText(workspace.name));
        }
    }
    m_accountWorkspaces->setText(tr("Workspaces: %1").arg(QLocale().createSeparatedList(workspaces)));
    m_accountWorkspaces->setVisible(!workspaces.isEmpty());

    QString status;
    QString signIn;
    bool signOut = false;
    switch (m_accountStatus) {
    case AccountStatus::SignedOut:
        status = tr("Not signed in. Sign in to Asana to see what happens in your projects as it happens.");
        signIn = tr("Sign In…");
        break;
    case AccountStatus::SignedIn:
        status = tr("Signed in to Asana.");
        signOut = true;
        break;
    case AccountStatus::NeedsSignIn:
        status = m_accountReason.isEmpty() ? tr("The sign-in needs renewing.") : m_accountReason;
        signIn = tr("Sign In Again…");
        signOut = true;
        break;
    case AccountStatus::SigningOut:
        status = tr("Signing out…");
        break;
    case AccountStatus::EnvironmentToken:
        status = tr("This run uses the token in the ASANA_TOKEN environment variable: nobody is signed in here. "
                    "Unset it to sign in.");
        break;
    case AccountStatus::Demo:
        status = tr("The demo has no account: it shows a simulated workspace.");
        break;
    }
    m_accountStatusText->setText(status);
    m_signInButton->setText(signIn);
    m_signInButton->setVisible(!signIn.isEmpty());
    m_signOutButton->setVisible(signOut);
    // Searching needs an account Asana accepts (or the demo's), as the window's Follow does.
    m_followButton->setEnabled(m_accountStatus == AccountStatus::SignedIn ||
                               m_accountStatus == AccountStatus::EnvironmentToken ||
                               m_accountStatus == AccountStatus::Demo);
    m_keychainNote->setVisible(m_accountStatus == AccountStatus::SignedOut ||
                               m_accountStatus == AccountStatus::SignedIn ||
                               m_accountStatus == AccountStatus::NeedsSignIn);
}

void SettingsDialog::showPage(Page page)
{
    m_pageList->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

QString SettingsDialog::pageTitle(Page page) const
{
    const QListWidgetItem* item = m_pageList->item(int(page));
    return item ? item->text() : QString();
}

QString SettingsDialog::accountText() const
{
    QStringList lines;
    for (const QLabel* label : {m_accountName, m_accountEmail, m_accountWorkspaces, m_accountStatusText}) {
        if (!label->isHidden() && !label->text().isEmpty()) {
            lines.append(label->text());
        }
    }
    return lines.join(QLatin1Char('\n'));
}

QString SettingsDialog::apiUrlMessage() const
{
    return m_apiUrlMessage->isHidden() ? QString() : m_apiUrlMessage->text();
}

QString SettingsDialog::startAtLoginMessage() const
{
    return m_startAtLoginMessage->isHidden() ? QString() : m_startAtLoginMessage->text();
}

} // namespace AsanaFeed
