<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
<context>
    <name>AsanaFeed::AccountController</name>
    <message>
        <source>The sign-in of %1 was issued by %2 and is not used with %3. Sign in again to use this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in of %1 is no longer on this computer. Sign in again to resume the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1), so the sign-in could not be read. Sign in again to resume the feed; it is kept for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be read from the keychain (%1). Sign in again to resume the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana did not say which account this is. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1): you are signed in for this run only. Start a keychain (such as GNOME Keyring or KWallet) to stay signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not keep the sign-in (%1): you are signed in for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available: you are signed in for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The renewed sign-in could not be kept in the keychain (%1); it is used for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out; the history on this computer was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out; the history stays on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::AccountSession</name>
    <message>
        <source>The sign-in cannot be renewed (no refresh token). Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana refused to renew the sign-in (%1). Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be renewed (%1); trying again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana no longer accepts the personal access token. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana no longer accepts the sign-in and it could not be renewed. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana keeps refusing the renewed sign-in. Please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in could not be revoked at Asana (%1); it was removed from this computer. You can revoke the app&apos;s access in Asana&apos;s settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored sign-in could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::Application</name>
    <message>
        <source>This desktop has no system tray, so Asana Feed opened its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Asana Feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana Feed is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It keeps the feed up to date in the tray and tells you about what involves you. To quit, choose Quit Asana Feed in the tray icon&apos;s menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the demo workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events from the simulated projects appear here within a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana refused the token in the ASANA_TOKEN environment variable. Set a valid personal access token there, or unset it and sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::AsanaClient</name>
    <message>
        <source>&quot;%1&quot; is not a valid URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plain http is only allowed to a loopback host, not to %1; use https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported URL scheme &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the credentials were issued by %1 and are not sent to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>no complete answer within %n s</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the answer is not JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::Demo</name>
    <message>
        <source>the demo simulator could not listen on 127.0.0.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo could not create its temporary store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the demo history could not be stored: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::EventDelegate</name>
    <message>
        <source>Asana could not say what happened in this time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::EventPoller</name>
    <message>
        <source>Asana said there was more, but the page moved the sync token no further</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana answered 412 without a new sync token</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::EventStore</name>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local history could not be read (%1) and was set aside as %2; a new history was started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The history cannot be kept on this computer (cannot use the state file %1: %2); the feed is kept for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Asana Feed history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by an older version of Asana Feed; open it once with --follow or the window to upgrade it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in use by another program (%2); nothing was changed, try again when it is done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot configure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and could not be moved aside</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the schema version of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Asana Feed (schema %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot migrate %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>migration to schema 5 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the sync token to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the events to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the gap to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot remove the subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot save details to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mark the event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot mark the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot prune the history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::FeedView</name>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Asana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Not Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide events in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide events by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::FilterBar</name>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search people, tasks, projects…  (Ctrl+F or /)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only these people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only these projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only these kinds of resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments and stories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only unread events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only events marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events marked as done (E) leave the feed and are kept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not: %1 ×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden from the feed: %1. Click to show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1 again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a followed item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No projects yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::FollowCommand</name>
    <message>
        <source>standard output is closed; stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the renewed sign-in could not be kept in the keychain (%1); it is used for this run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the access token has expired; renewing the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Run asana-feed --sign-in, then --follow again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>standard output is not being read; %n bytes were not written</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>standard output is not being read; pausing until it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output is being read again; resuming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the sync token expired; events before %2 may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %2; giving up after %n attempts</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: backing off for %2 s: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: rate-limited for %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: Asana asked for a new access token; renewing the sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the token was rejected: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every subscription failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::FreedesktopNotifications</name>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open in Asana</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::KeychainTokenStore</name>
    <message>
        <source>the system keychain is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access to the keychain was refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no desktop session bus (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the desktop session bus does not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain service (such as GNOME Keyring or KWallet) runs in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain entry for this account is damaged; please sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::LoopbackRedirect</name>
    <message>
        <source>Asana Feed has the answer. You can close this page and return to the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is not part of a sign-in in progress.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::MainWindow</name>
    <message>
        <source>No events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity in the projects you follow appears here as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: a simulated workspace, nothing is kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A simulated workspace on this computer: no account, nothing is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notice action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss the notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty state action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow Projects and Tasks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo: its tasks are not in Asana, so there is nothing to open there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark All Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;Newest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clear Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Asana Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Asana Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Asana Feed %1&lt;/h3&gt;&lt;p&gt;What happens in Asana, as it happens: a live feed of readable sentences, in a window or from the tray.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More menus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana Feed — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to Asana to see what happens in your projects as it happens — or try asana-feed --demo first to see how it looks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again to resume the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened meanwhile appears here once you have signed in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — sign in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the token from the ASANA_TOKEN environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana user %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to another account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Using the token from ASANA_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in is revoked at Asana and removed from this computer&apos;s keychain. The feed&apos;s history on this computer can stay for the next sign-in, or go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out, Keep History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out and Remove History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That event is no longer in the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is marked done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events marked as done (E, or from an event&apos;s menu) leave the feed and are kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event is marked done. The Done view shows them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches the filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try other words, or clear the filters to see every event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>last update %n s ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last update %n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>last update %n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New events cannot be saved: %1. They are fetched again once the history can be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New activity in what you follow appears here as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not following anything yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the projects, tasks, goals or portfolios to follow: what happens in them appears here as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow a Project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsanaFeed::NewEventsPill</name>
    <message>
        <source>Go to the newest events</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsanaFeed::NotificationCenter</name>
    <message numerus="yes">
        <source>%n new events while you were away</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AsanaFeed::OAuthSignIn</name>
    <message>
        <source>No answer from the sign-in server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server&apos;s answer carried no access token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in server refused the request (HTTP %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in timed out: no answer from the browser in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No OAuth client id is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no way to open a browser here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot listen for the sign-in redirect on 127.0.0.1 port %1; is another sign-in running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted code is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access was denied in the browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana refused the sign-in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in redirect carried no authorization code.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::PatSignIn</name>
    <message>
        <source>The token is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana did not accept the token (%1). Check that it was copied whole and has not been deleted in Asana&apos;s developer console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana could not be asked about the token (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana&apos;s answer about the account could not be understood.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::ResourceSearch</name>
    <message>
        <source>Asana could not search: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana could not list the projects: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana could not list the workspaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana has no project, task or goal by that link, or it is not shared with you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana could not say what the link names: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SettingsDialog</name>
    <message>
        <source>What involves me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing (muted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Behaviour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in is kept in this computer&apos;s keychain, never in a file. Signing out asks whether to keep this computer&apos;s copy of the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose What to Follow…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each project or task you follow, choose what notifies you. Muted ones stay in the feed without notifications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications for what you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is followed yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me about new activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What involves you: assigned to you, a comment that mentions you, a change to a task you created, are assigned to or follow — and everything of what you set to all activity. Never what you did yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notifications from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play a sound with each notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Volume:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Play the notification sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicking a notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows the event in the feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens it in Asana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ASANAFEED_PALETTE environment variable chooses the colours for this run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compact rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less space around each row, and a comment&apos;s first line only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language (%1)</source>
        <extracomment>%1: the name of the system&apos;s language, in that language (&quot;Deutsch&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana Feed speaks the new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restart Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start Asana Feed when I log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the tray, without opening the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep running in the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This desktop has no system tray: closing the window quits Asana Feed, and it always starts with its window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark an event done when I open it in Asana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Days of history to keep:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older events are removed from this computer, at once and then daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Requests a minute, at most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana allows 150 requests a minute on free plans and 1,500 on paid ones. Applies at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For testing against another server, such as asana-sim; empty for Asana&apos;s own. Takes effect when Asana Feed next starts. A sign-in belongs to the server that issued it: at another address you sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in redirect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect URL registered for the OAuth app must be %1. Takes effect when Asana Feed next starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications are paused until you resume them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications are paused until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo leaves how this computer starts as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not used: the address must start with https://, or be http:// on this computer (127.0.0.1 or localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notify me about %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The choice could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspaces: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in. Sign in to Asana to see what happens in your projects as it happens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in to Asana.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in needs renewing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign In Again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This run uses the token in the ASANA_TOKEN environment variable: nobody is signed in here. Unset it to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo has no account: it shows a simulated workspace.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SignInCommand</name>
    <message>
        <source>asana-feed: no token on standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asana-feed: no OAuth client id. Register an app in Asana&apos;s developer console (My apps → Create new app; under OAuth add the redirect URL %1 exactly), then set the ASANA_CLIENT_ID environment variable to its client id (and ASANA_CLIENT_SECRET if the app requires it), or set oauth/clientId in the settings, or build with -DASANAFEED_OAUTH_CLIENT_ID=&lt;id&gt;. Or keep a personal access token: asana-feed --sign-in --token-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asana-feed: to sign in, open this address in a browser and allow access, then paste the code Asana shows here and press Enter (within 5 minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asana-feed: to sign in, open this address in a browser (waiting up to 5 minutes):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asana-feed: sign-in failed: standard input ended before a code was pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asana-feed: sign-in failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asana-feed: sign-in failed: the server did not say which account this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asana-feed: no keychain is available (%1); nothing was kept. asana-feed keeps secrets only in the OS keychain — start a keychain (e.g. gnome-keyring or KWallet) or use ASANA_TOKEN for --follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>asana-feed: the keychain refused to keep the token: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SignInDialog</name>
    <message>
        <source>Sign in to Asana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana Feed shows what happens in your Asana projects as it happens. Your sign-in is kept in this computer&apos;s keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Asana…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Asana in the browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or use a personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create one in Asana&apos;s &lt;a href=&quot;https://app.asana.com/0/my-apps&quot;&gt;developer console&lt;/a&gt; (My apps → Personal access tokens). It is checked with Asana before it is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the token with Asana…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the personal access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue in your browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana&apos;s sign-in page has opened in your browser. Allow Asana Feed access there; this window continues by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the browser cannot come back to this app (for example on a locked-down computer), Asana can show you a code to paste here instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste a code instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in by pasting a code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the code from Asana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow access on the page that opened in your browser, then copy the code it shows and paste it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code from Asana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finishing the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in with Asana needs this copy to be registered as an app with Asana (see &quot;Signing in&quot; in the README: set ASANA_CLIENT_ID). A personal access token works without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping the sign-in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the browser…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::StartAtLogin</name>
    <message>
        <source>Asana Feed could not be set to start at login (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana Feed could not be kept from starting at login (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SubscriptionModel</name>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (gid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, muted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last event</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::SubscriptionsDialog</name>
    <message>
        <source>Follow in Asana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a project, task, goal or portfolio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name, or paste a link from Asana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search, or paste a link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load More Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is followed yet. Find a project above and choose Follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muted: its events stay in the feed, without notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription could not be removed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following %1; its events were removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped following %1; its events stay in the feed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this workspace matches “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace has no projects you can see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found it: choose Follow to see its events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account has no workspace to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event in the workspace. Asana gives these to service accounts of Enterprise+ domains only; for anyone else it is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The subscription could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following %1. Its new events appear in the feed as they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unmute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Following</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop following %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The events of it already in the feed can stay there, or be removed with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Its Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Its Events</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::TrayController</name>
    <message>
        <source>Open Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an Hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until Tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until I Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign Out…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit Asana Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Notifications (Paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume Notifications (Paused until %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications paused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaFeed::TrayPopup</name>
    <message>
        <source>Asana Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Feed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark All Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause notifications, settings, sign out, quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n unread</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>All caught up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing yet: new activity shows up here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as unread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done: it leaves the feed&apos;s default view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AsanaUrl</name>
    <message>
        <source>an Asana gid or link is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an Asana gid: gids have at most %2 digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Asana page that names no project, task, goal or portfolio to follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an Asana link of a form this version does not read; give the gid of the project, task or goal instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is neither an Asana gid nor a link to an Asana project, task, goal or portfolio</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A live activity feed for Asana.

Headless follow mode streams events as JSON lines to stdout; the token is read from the ASANA_TOKEN environment variable, else the account signed in with --sign-in is used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stream the events of a task, project or goal, given by its GID or Asana link (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Asana API base URL (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds between polls when caught up (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send at most N requests a minute for the account (default 150, Asana&apos;s limit on free plans; up to 1500 on paid plans).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the events and sync tokens in this database; a later run resumes from it and prints only events it had not stored before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print every event and gap stored in --state FILE (oldest first) as JSON lines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window on a built-in simulated workspace (no account, nothing kept).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the events of a task or project in the window, given by its GID or Asana link (repeatable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with Asana in the browser (OAuth) and keep the token in the OS keychain for --follow. The client id comes from ASANA_CLIENT_ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sign-in: read a personal access token from standard input instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --sign-in: nothing listens for the browser&apos;s redirect; Asana shows a code to paste here (one line on standard input). For machines where the loopback redirect cannot be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start in the system tray, without opening the window (where the desktop has a tray; elsewhere the window opens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--base-url: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--interval: &quot;%1&quot; is not a number of seconds from 0.05 to 86400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--budget: &quot;%1&quot; is not a number of requests from 1 to 1500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--token-stdin needs --sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out-of-band needs --sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--out-of-band is for OAuth and cannot be combined with --token-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--sign-in can only be combined with --base-url, --token-stdin and --out-of-band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--minimized is for the window, not for --follow or --export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--state: a file name is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export needs --state FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--export and --follow cannot be combined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo cannot be combined with --follow, --subscribe or --state</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventFormatter</name>
    <message>
        <source>%2 was completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 completed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reopened %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was marked complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 marked %2 complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was assigned to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You assigned %2 to yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned %2 to themselves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 assigned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was unassigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unassigned %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date of %2 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the due date of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date of %2 was changed to %4</source>
        <extracomment>%4 is a date as Asana wrote it (Dec 3)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the due date of %2 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date of %2 was changed from %6 to %4</source>
        <extracomment>%6 is the old date, %4 the new one, as Asana wrote them (Dec 1, Dec 3)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the due date of %2 from %6 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The due date of %2 was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed the due date of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date of %2 was changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the start date of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date of %2 was changed to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the start date of %2 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date of %2 was changed from %6 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the start date of %2 from %6 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The start date of %2 was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed the start date of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renamed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description of %2 was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited the description of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 was added as a collaborator on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added %3 as a collaborator on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You added yourself as a collaborator on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added themselves as a collaborator on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were added as a collaborator on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collaborator was added to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added a collaborator to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 was removed as a collaborator on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed %3 as a collaborator on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You removed yourself as a collaborator on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed themselves as a collaborator on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You were removed as a collaborator on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collaborator was removed from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed a collaborator from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 was set to %4 on %2</source>
        <extracomment>%3 is a custom field (Priority), %4 its new value (High)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 set %3 to %4 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 was changed from %6 to %4 on %2</source>
        <extracomment>%3 is a custom field (Priority), %6 its old value (Low), %4 its new value (High)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %3 from %6 to %4 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3 was changed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed %3 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field was changed on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed a field on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was added to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was removed from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed %2 from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was moved to %3</source>
        <extracomment>%3 is a section of a project (Done)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moved %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment was added to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 commented on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment on %2 was edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 edited a comment on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment on %2 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted a comment on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment on %2 was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored a comment on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file was attached to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 attached a file to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was liked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 liked %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section %2 was created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created the section %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section %2 was created in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created the section %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section %2 was renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 renamed the section %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section %2 was updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 updated the section %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section %2 was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deleted the section %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The section %2 was restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 restored the section %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 was %5</source>
        <extracomment>%5 is an action word sent by Asana that this version does not know, as sent (levitated)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %5 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:mm</source>
        <comment>time format</comment>
        <extracomment>A time of day, as a QDateTime format (HH hours, mm minutes)</extracomment>
        <translation>HH:mm</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>date format</comment>
        <extracomment>A moment of this year, as a QDateTime format (d day, MMM short month name)</extracomment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>yesterday %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy HH:mm</source>
        <comment>date format</comment>
        <extracomment>A moment of an earlier year, as a QDateTime format (d day, MMM short month name)</extracomment>
        <translation>d MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>You</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some events may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: some events may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events before %1 may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2: events before %1 may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events between %1 and %2 may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%3: events between %1 and %2 may be missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>ddd HH:mm</source>
        <comment>date format</comment>
        <extracomment>A moment this week, as a QDateTime format (ddd short weekday name)</extracomment>
        <translation>ddd HH:mm</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A day of an earlier year, as a QDateTime format (d day, MMM short month name)</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dddd d MMMM</source>
        <comment>date format</comment>
        <extracomment>A day header of this year, as a QDate format (dddd weekday name, MMMM month name)</extracomment>
        <translation>dddd d MMMM</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date format</comment>
        <extracomment>A day header of an earlier year, as a QDate format (MMMM month name)</extracomment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaborators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FeedHealth</name>
    <message>
        <source>A followed item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syncing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backing off until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate-limited until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rate-limited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign-in needed: the token was refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana does not know it (it may have been deleted, or this account cannot see it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this account has no access to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it needs a paid Asana plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana asked for fewer requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana had a problem on its side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana did not accept the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana cannot be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection to Asana could not be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana&apos;s answer was too large to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana&apos;s answer could not be understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address is not a secure (https) one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the history on this computer cannot be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something went wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs a paid plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused by Asana</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>insecure address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not following anything</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n followed items live</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n live</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and one other</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n others</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Asana refused it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be followed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be followed: %2. Asana says: “%3”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: Asana cannot be reached from this computer. The feed tries again at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: Asana cannot be reached from this computer. The feed keeps trying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana asked for fewer requests from this account: the feed waits until %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asana asked for fewer requests from this account: the feed waits a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a request failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. The feed tries again at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2. The feed tries again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NotificationBatcher</name>
    <message numerus="yes">
        <source>%n new events</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new events in %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NotificationRules</name>
    <message>
        <source>assigned you %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentioned you on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mentioned you in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added you as a collaborator on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1, assigned to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1, which you created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1, which you follow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>cannot use the state file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such state file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot export the state file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export could not be written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot run ASANAFEED_SIGNIN_BROWSER (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the token from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the signed-in account&apos;s credentials were issued by %1 and are not sent to %2; sign in there with asana-feed --sign-in --base-url, or set ASANA_TOKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no OAuth client id (ASANA_CLIENT_ID): the sign-in cannot be renewed, so following stops when its access token expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no token: run asana-feed --sign-in, or set the ASANA_TOKEN environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start again; start Asana Feed yourself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;asana-feed --help&apos; for more information.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
