#include "SubscriptionsDialog.h"

#include "PlainText.h"
#include "Theme.h"
#include "feed/SubscriptionModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace AsanaFeed {

namespace {

enum ResultRole { GidRole = Qt::UserRole + 1, TypeRole, NameRole };

QLabel* makeHeading(const QString& text, QWidget* parent)
{
    auto* heading = new QLabel(text, parent);
    heading->setTextFormat(Qt::PlainText);
    QFont font = heading->font();
    font.setBold(true);
    heading->setFont(font);
    return heading;
}

} // namespace

SubscriptionsDialog::SubscriptionsDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Follow in Asana"));
    setAccessibleName(tr("Follow in Asana"));
    const int unit = fontMetrics().height();
    resize(qMin(unit * 40, 720), qMin(unit * 34, 560));

    auto* layout = new QVBoxLayout(this);
    layout->setSpacing(unit / 2);

    layout->addWidget(makeHeading(tr("Find a project, task, goal or portfolio"), this));
    auto* workspaceRow = new QHBoxLayout;
    auto* workspaceLabel = new QLabel(tr("&Workspace:"), this);
    m_workspaces = new QComboBox(this);
    m_workspaces->setAccessibleName(tr("Workspace"));
    m_workspaces->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workspaces->setMinimumContentsLength(16);
    workspaceLabel->setBuddy(m_workspaces);
    workspaceRow->addWidget(workspaceLabel);
    workspaceRow->addWidget(m_workspaces, 1);
    layout->addLayout(workspaceRow);

    m_searchField = new QLineEdit(this);
    m_searchField->setPlaceholderText(tr("Search by name, or paste a link from Asana"));
    m_searchField->setAccessibleName(tr("Search, or paste a link"));
    m_searchField->setClearButtonEnabled(true);
    layout->addWidget(m_searchField);

    m_results = new QTreeWidget(this);
    m_results->setAccessibleName(tr("Found"));
    m_results->setColumnCount(2);
    m_results->setHeaderLabels({tr("Name"), tr("Type")});
    m_results->setRootIsDecorated(false);
    m_results->setUniformRowHeights(true);
    m_results->setAlternatingRowColors(true);
    m_results->setTextElideMode(Qt::ElideMiddle);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    layout->addWidget(m_results, 3);

    m_message = new QLabel(this);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto* findRow = new QHBoxLayout;
    m_moreButton = new QPushButton(tr("Load More Projects"), this);
    m_moreButton->setAutoDefault(false);
    m_moreButton->setVisible(false);
    m_followButton = new QPushButton(tr("&Follow"), this);
    m_followButton->setDefault(true);
    m_followButton->setEnabled(false);
    findRow->addWidget(m_moreButton);
    findRow->addStretch(1);
    findRow->addWidget(m_followButton);
    layout->addLayout(findRow);

    layout->addSpacing(unit / 2);
    layout->addWidget(makeHeading(tr("Following"), this));
    m_subscriptionsView = new QTreeView(this);
    m_subscriptionsView->setAccessibleName(tr("Following"));
    m_subscriptionsView->setRootIsDecorated(false);
    m_subscriptionsView->setUniformRowHeights(true);
    m_subscriptionsView->setAlternatingRowColors(true);
    m_subscriptionsView->setTextElideMode(Qt::ElideMiddle);
    m_subscriptionsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_subscriptionsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    layout->addWidget(m_subscriptionsView, 2);
    m_noSubscriptions = new QLabel(tr("Nothing is followed yet. Find a project above and choose Follow."), this);
    m_noSubscriptions->setForegroundRole(QPalette::PlaceholderText);
    m_noSubscriptions->setWordWrap(true);
    layout->addWidget(m_noSubscriptions);

    auto* manageRow = new QHBoxLayout;
    m_pauseButton = new QPushButton(tr("Pause"), this);
    m_muteButton = new QPushButton(tr("Mute"), this);
    m_muteButton->setToolTip(tr("Muted: its events stay in the feed, without notifications"));
    m_retryButton = new QPushButton(tr("Retry"), this);
    m_removeButton = new QPushButton(tr("Remove…"), this);
    for (QPushButton* button : {m_pauseButton, m_muteButton, m_retryButton, m_removeButton}) {
        button->setAutoDefault(false);
        button->setEnabled(false);
    }
    manageRow->addWidget(m_pauseButton);
    manageRow->addWidget(m_muteButton);
    manageRow->addWidget(m_retryButton);
    manageRow->addStretch(1);
    manageRow->addWidget(m_removeButton);
    layout->addLayout(manageRow);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_searchField, &QLineEdit::textChanged, this, &SubscriptionsDialog::onTextChanged);
    connect(m_results, &QTreeWidget::currentItemChanged, this, &SubscriptionsDialog::updateFollowButton);
    connect(m_results, &QTreeWidget::itemActivated, this, &SubscriptionsDialog::followSelected);
    connect(m_followButton, &QPushButton::clicked, this, &SubscriptionsDialog::followSelected);
    connect(m_workspaces, &QComboBox::currentIndexChanged, this, [this] {
        browse();
        if (m_listing == Listing::Search) {
            onTextChanged(m_searchField->text());
        }
    });
    connect(m_pauseButton, &QPushButton::clicked, this, [this] {
        const QString gid = selectedSubscription();
        const QModelIndex index = m_subscriptions->index(m_subscriptions->rowOf(gid), 0);
        m_subscriptions->setPaused(gid, !index.data(SubscriptionModel::PausedRole).toBool());
    });
    connect(m_muteButton, &QPushButton::clicked, this, [this] {
        const QString gid = selectedSubscription();
        m_subscriptions->setMuted(gid, !m_subscriptions->isMuted(gid));
    });
    connect(m_retryButton, &QPushButton::clicked, this, [this] { m_subscriptions->retry(selectedSubscription()); });
    connect(m_removeButton, &QPushButton::clicked, this, [this] {
        const QString gid = selectedSubscription();
        const QString name = m_subscriptions->index(m_subscriptions->rowOf(gid), 0).data().toString();
        const std::optional<bool> dropHistory = askRemove(name);
        if (dropHistory && !m_subscriptions->remove(gid, *dropHistory)) {
            showMessage(tr("The subscription could not be removed: %1").arg(m_subscriptions->error()), true);
        } else if (dropHistory) {
            showMessage(*dropHistory ? tr("Stopped following %1; its events were removed.").arg(name)
                                     : tr("Stopped following %1; its events stay in the feed.").arg(name));
            updateFollowButton();
        }
    });
    m_searchField->setFocus();
}

SubscriptionsDialog::~SubscriptionsDialog() = default;

void SubscriptionsDialog::attachTo(SubscriptionModel* subscriptions, ResourceSearch* search)
{
    m_subscriptions = subscriptions;
    m_search = search;
    m_subscriptionsView->setModel(subscriptions);
    QHeaderView* header = m_subscriptionsView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(SubscriptionModel::NameColumn, QHeaderView::Stretch);
    for (int column :
         {SubscriptionModel::TypeColumn, SubscriptionModel::StateColumn, SubscriptionModel::LastEventColumn}) {
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    }
    connect(m_subscriptionsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &SubscriptionsDialog::updateSubscriptionButtons);
    connect(subscriptions, &QAbstractItemModel::modelReset, this, &SubscriptionsDialog::updateSubscriptionButtons);
    connect(subscriptions, &QAbstractItemModel::rowsInserted, this, &SubscriptionsDialog::updateSubscriptionButtons);
    connect(subscriptions, &QAbstractItemModel::rowsRemoved, this, &SubscriptionsDialog::updateSubscriptionButtons);
    connect(subscriptions, &QAbstractItemModel::dataChanged, this, &SubscriptionsDialog::updateSubscriptionButtons);

    connect(search, &ResourceSearch::resultsChanged, this, [this](const QList<FoundResource>& found) {
        if (m_listing != Listing::Search) {
            return;
        }
        showResults(found, Listing::Search, false);
        showMessage(found.isEmpty() ? tr("Nothing in this workspace matches “%1”.").arg(m_searchField->text().trimmed())
                                    : QString());
    });
    connect(search, &ResourceSearch::projectsArrived, this, [this](const QList<FoundResource>& projects, bool first) {
        if (m_listing != Listing::Browse) {
            return;
        }
        QList<FoundResource> listed = projects;
        if (first && !currentWorkspace().isEmpty()) {
            // The whole workspace comes first; Asana answers it for Enterprise service accounts only.
            listed.prepend({currentWorkspace(), QStringLiteral("workspace"), m_workspaces->currentText()});
        }
        showResults(listed, Listing::Browse, !first);
        showMessage(first && projects.isEmpty() ? tr("This workspace has no projects you can see.") : QString());
    });
    connect(search, &ResourceSearch::resolved, this, [this](const FoundResource& resource) {
        if (m_listing != Listing::Link) {
            return;
        }
        showResults({resource}, Listing::Link, false);
        m_results->setCurrentItem(m_results->topLevelItem(0));
        showMessage(m_subscriptions->contains(resource.gid) ? tr("You already follow it.")
                                                            : tr("Found it: choose Follow to see its events."));
    });
    connect(search, &ResourceSearch::failed, this, [this](const QString& message) { showMessage(message, true); });
    connect(search, &ResourceSearch::workspacesArrived, this, [this](const QList<FoundResource>& found) {
        QList<AccountInfo::Workspace> workspaces;
        for (const FoundResource& workspace : found) {
            workspaces.append({workspace.gid, workspace.name});
        }
        setWorkspaces(workspaces);
        if (workspaces.isEmpty()) {
            showMessage(tr("This account has no workspace to search."), true);
        }
    });
    connect(m_moreButton, &QPushButton::clicked, search, &ResourceSearch::moreProjects);
    updateSubscriptionButtons();
}

void SubscriptionsDialog::setWorkspaces(const QList<AccountInfo::Workspace>& workspaces, const QString& current)
{
    if (workspaces.isEmpty()) {
        if (m_search) {
            m_search->listWorkspaces();
        }
        return;
    }
    const QSignalBlocker blocker(m_workspaces);
    m_workspaces->clear();
    for (const AccountInfo::Workspace& workspace : workspaces) {
        m_workspaces->addItem(workspace.name.isEmpty() ? tr("Workspace") : workspace.name, workspace.gid);
    }
    m_workspaces->setCurrentIndex(qMax(0, m_workspaces->findData(current)));
    m_workspaces->setEnabled(workspaces.size() > 1);
    browse();
}

QString SubscriptionsDialog::currentWorkspace() const
{
    return m_workspaces->currentData().toString();
}

QString SubscriptionsDialog::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

QStringList SubscriptionsDialog::resultTexts() const
{
    QStringList texts;
    for (int i = 0; i < m_results->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* item = m_results->topLevelItem(i);
        texts.append(QStringLiteral("%1 (%2)").arg(item->text(0), item->text(1)));
    }
    return texts;
}

void SubscriptionsDialog::browse()
{
    if (!m_search || currentWorkspace().isEmpty()) {
        return;
    }
    if (m_listing == Listing::Browse) {
        m_results->clear();
        updateFollowButton();
    }
    m_search->browseProjects(currentWorkspace());
}

bool SubscriptionsDialog::looksLikeLink(const QString& text)
{
    if (text.contains(QLatin1String("://")) || text.contains(QLatin1String("asana.com/"))) {
        return true;
    }
    // A long number is a gid; a short one (a year, a version) is more likely part of a name.
    constexpr qsizetype shortestGid = 12;
    return text.size() >= shortestGid && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.isDigit(); });
}

void SubscriptionsDialog::onTextChanged(const QString& rawText)
{
    if (!m_search) {
        return;
    }
    QString text = rawText.trimmed();
    const QString workspace = currentWorkspace();
    if (text.isEmpty()) {
        m_search->search(workspace, QString()); // drops what is being searched
        m_listing = Listing::Browse;
        showMessage({});
        browse();
        return;
    }
    if (looksLikeLink(text)) {
        m_listing = Listing::Link;
        m_search->search(workspace, QString());
        if (text.startsWith(QLatin1String("app.asana.com/"))) {
            text.prepend(QLatin1String("https://"));
        }
        m_results->clear();
        updateFollowButton();
        showMessage(tr("Looking up the link…"));
        m_search->resolve(text);
        return;
    }
    m_listing = Listing::Search;
    showMessage(tr("Searching…"));
    m_search->search(workspace, text);
}

void SubscriptionsDialog::showResults(const QList<FoundResource>& found, Listing listing, bool append)
{
    m_listing = listing;
    const QString current =
        m_results->currentItem() ? m_results->currentItem()->data(0, GidRole).toString() : QString();
    if (!append) {
        m_results->clear();
    }
    for (const FoundResource& resource : found) {
        auto* item = new QTreeWidgetItem(m_results);
        item->setText(0, resource.name.isEmpty() ? tr("(no name)") : resource.name);
        item->setToolTip(0, PlainText::toolTip(resource.name));
        if (resource.type == QLatin1String("workspace")) {
            item->setText(0, tr("All of %1").arg(item->text(0)));
            item->setToolTip(0, tr("Every event in the workspace. Asana gives these to service accounts of "
                                   "Enterprise+ domains only; for anyone else it is refused."));
        }
        item->setData(0, GidRole, resource.gid);
        item->setData(0, TypeRole, resource.type);
        item->setData(0, NameRole, resource.name);
        const bool followed = m_subscriptions && m_subscriptions->contains(resource.gid);
        item->setText(1, followed ? tr("%1 · following").arg(SubscriptionModel::typeText(resource.type))
                                  : SubscriptionModel::typeText(resource.type));
        if (resource.gid == current) {
            m_results->setCurrentItem(item);
        }
    }
    m_moreButton->setVisible(listing == Listing::Browse && m_search && m_search->hasMoreProjects());
    updateFollowButton();
}

void SubscriptionsDialog::showMessage(const QString& text, bool error)
{
    m_message->setText(text);
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText,
                     error ? Theme::errorColor(palette) : QWidget::palette().color(QPalette::WindowText));
    m_message->setPalette(palette);
    m_message->setVisible(!text.isEmpty());
}

void SubscriptionsDialog::updateFollowButton()
{
    const QTreeWidgetItem* item = m_results->currentItem();
    const bool followed = item && m_subscriptions && m_subscriptions->contains(item->data(0, GidRole).toString());
    m_followButton->setEnabled(item && !followed && m_subscriptions);
    m_followButton->setText(followed ? tr("Following") : tr("&Follow"));
}

void SubscriptionsDialog::followSelected()
{
    QTreeWidgetItem* item = m_results->currentItem();
    if (!item || !m_subscriptions) {
        return;
    }
    const QString gid = item->data(0, GidRole).toString();
    const QString name = item->data(0, NameRole).toString();
    const QString type = item->data(0, TypeRole).toString();
    if (m_subscriptions->contains(gid)) {
        selectSubscription(gid);
        return;
    }
    if (!m_subscriptions->follow(gid, name, type)) {
        showMessage(tr("The subscription could not be saved: %1").arg(m_subscriptions->error()), true);
        return;
    }
    item->setText(1, tr("%1 · following").arg(SubscriptionModel::typeText(type)));
    showMessage(tr("Following %1. Its new events appear in the feed as they happen.")
                    .arg(name.isEmpty() ? SubscriptionModel::typeText(type) : name));
    selectSubscription(gid);
    updateFollowButton();
}

void SubscriptionsDialog::selectSubscription(const QString& gid)
{
    if (!m_subscriptions) {
        return;
    }
    const int row = m_subscriptions->rowOf(gid);
    if (row >= 0) {
        m_subscriptionsView->setCurrentIndex(m_subscriptions->index(row, 0));
        m_subscriptionsView->scrollTo(m_subscriptions->index(row, 0));
    }
}

QString SubscriptionsDialog::selectedSubscription() const
{
    const QModelIndex current = m_subscriptionsView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(SubscriptionModel::GidRole).toString() : QString();
}

void SubscriptionsDialog::updateSubscriptionButtons()
{
    const bool any = m_subscriptions && m_subscriptions->rowCount() > 0;
    m_subscriptionsView->setVisible(any);
    m_noSubscriptions->setVisible(!any);
    const QModelIndex current = m_subscriptionsView->currentIndex();
    const bool selected = current.isValid();
    const bool paused = selected && current.data(SubscriptionModel::PausedRole).toBool();
    const bool muted = selected && current.data(SubscriptionModel::MutedRole).toBool();
    m_pauseButton->setEnabled(selected);
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    m_muteButton->setEnabled(selected);
    m_muteButton->setText(muted ? tr("Unmute") : tr("Mute"));
    m_retryButton->setEnabled(selected && current.data(SubscriptionModel::RetryableRole).toBool());
    m_removeButton->setEnabled(selected);
}

std::optional<bool> SubscriptionsDialog::askRemove(const QString& name)
{
    if (m_removeQuestion) {
        return m_removeQuestion(name);
    }
    QMessageBox box(QMessageBox::Question, tr("Stop Following"), tr("Stop following %1?").arg(name),
                    QMessageBox::NoButton, this);
    box.setTextFormat(Qt::PlainText);
    box.setInformativeText(tr("The events of it already in the feed can stay there, or be removed with it."));
    QPushButton* keep = box.addButton(tr("Keep Its Events"), QMessageBox::AcceptRole);
    QPushButton* drop = box.addButton(tr("Remove Its Events"), QMessageBox::DestructiveRole);
    box.addButton(QMessageBox::Cancel);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == keep) {
        return false;
    }
    if (box.clickedButton() == drop) {
        return true;
    }
    return std::nullopt;
}

} // namespace AsanaFeed
