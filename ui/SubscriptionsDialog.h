// SubscriptionsDialog: choosing what to follow. Above, finding it: a workspace, a search field
// that searches projects, tasks, goals and portfolios as the person types (or recognises a pasted
// Asana link), and the workspace's projects to browse when nothing is typed. Below, what is
// followed: each subscription's name, kind, state and last event, with Pause, Mute, Retry and
// Remove. It only asks and shows: a ResourceSearch finds, a SubscriptionModel follows
// (attachTo()).
#pragma once

#include "api/AccountInfo.h"
#include "api/ResourceSearch.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;
class QTreeWidget;
class QTreeWidgetItem;

namespace AsanaFeed {

class SubscriptionModel;

class SubscriptionsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SubscriptionsDialog)

public:
    // What to do with a removed subscription's events: true drops them, false keeps them,
    // nothing cancels. The default asks the person.
    using RemoveQuestion = std::function<std::optional<bool>(const QString& name)>;

    explicit SubscriptionsDialog(QWidget* parent = nullptr);
    ~SubscriptionsDialog() override;

    // `subscriptions` and `search` must outlive the dialog's use of them.
    void attachTo(SubscriptionModel* subscriptions, ResourceSearch* search);
    // The account's workspaces (empty: the dialog asks Asana for them). `current` is chosen.
    void setWorkspaces(const QList<AccountInfo::Workspace>& workspaces, const QString& current = {});
    void setRemoveQuestion(RemoveQuestion question) { m_removeQuestion = std::move(question); }

    [[nodiscard]] QString currentWorkspace() const;
    [[nodiscard]] QString messageText() const;
    // The found results as "name (type)" lines, for tests and accessibility checks.
    [[nodiscard]] QStringList resultTexts() const;
    [[nodiscard]] QComboBox* workspaceBox() const { return m_workspaces; }
    [[nodiscard]] QLineEdit* searchField() const { return m_searchField; }
    [[nodiscard]] QTreeWidget* resultsView() const { return m_results; }
    [[nodiscard]] QPushButton* followButton() const { return m_followButton; }
    [[nodiscard]] QPushButton* moreButton() const { return m_moreButton; }
    [[nodiscard]] QTreeView* subscriptionsView() const { return m_subscriptionsView; }
    [[nodiscard]] QPushButton* pauseButton() const { return m_pauseButton; }
    [[nodiscard]] QPushButton* muteButton() const { return m_muteButton; }
    [[nodiscard]] QPushButton* retryButton() const { return m_retryButton; }
    [[nodiscard]] QPushButton* removeButton() const { return m_removeButton; }

    // Selects the followed subscription `gid` (for tests, and after following it).
    void selectSubscription(const QString& gid);

private:
    enum class Listing { Browse, Search, Link };

    void onTextChanged(const QString& text);
    void showResults(const QList<FoundResource>& found, Listing listing, bool append);
    void showMessage(const QString& text, bool error = false);
    void followSelected();
    void updateFollowButton();
    void updateSubscriptionButtons();
    void browse();
    [[nodiscard]] QString selectedSubscription() const;
    [[nodiscard]] static bool looksLikeLink(const QString& text);
    [[nodiscard]] std::optional<bool> askRemove(const QString& name);

    QPointer<SubscriptionModel> m_subscriptions;
    QPointer<ResourceSearch> m_search;
    RemoveQuestion m_removeQuestion;
    Listing m_listing = Listing::Browse;

    QComboBox* m_workspaces = nullptr;
    QLineEdit* m_searchField = nullptr;
    QTreeWidget* m_results = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_followButton = nullptr;
    QPushButton* m_moreButton = nullptr;
    QTreeView* m_subscriptionsView = nullptr;
    QLabel* m_noSubscriptions = nullptr;
    QPushButton* m_pauseButton = nullptr;
    QPushButton* m_muteButton = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_removeButton = nullptr;
};

} // namespace AsanaFeed
